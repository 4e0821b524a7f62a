"""Name edges after a statistical NER: where a trained tagger ran two names into one, or kept a word that is
not part of the name.

A tagger trained on a few thousand sentences draws a name's edges by the capitals around it, so on news it has
not seen it often takes in the words next to a name:

- a title before a person's name: "Menlu Retno Marsudi" → ``Retno Marsudi`` (a title is no part of a name, so
  the title words come from the language's ``titles.json``: its roles and honorifics);
- an acronym in brackets after a full name: "Badan Narkotika Nasional (BNN)" → ``Badan Narkotika Nasional``
  and ``BNN``; a name in brackets alone loses them: "(Jokowi)" → ``Jokowi``;
- a known name and a person's name written side by side: "Telkom Arwin Rasyid" → ``Telkom`` and ``Arwin
  Rasyid``, when the gazetteer knows the first part and the letters of the rest (:mod:`kg.nametype`) say, with
  probability 0.9 or more, that it is a person's.

The spaCy component ``kg_name_edges_<lang>`` runs :func:`mend` after the NER of kg's Indonesian pipeline
(:func:`kg.nlp.add_name_checks`); ``bench/bench_nlp_id.py`` scores the NER with it.
"""

from __future__ import annotations

from functools import cache

from kg import gazetteer, nametype
from kg import lang as langdata

_OPEN, _CLOSE = "([", ")]"
# how sure the name-type model must be that the rest of a name is a person's before a known name is split off
PERSON_FLOOR = 0.9


@cache
def _titles(lang: str) -> tuple[frozenset, frozenset]:
    """The lower-cased word sequences of the language's role titles, and of its honorifics and ranks."""
    data = langdata.data(lang, "titles")

    def words(items) -> frozenset:
        return frozenset(tuple(w.split()) for w in items if not w.startswith("_"))

    return words(data.get("roles", {})), words(data.get("honorifics", ()))


@cache
def _longest_title(lang: str) -> int:
    """How many words the longest title or honorific of the language has."""
    roles, honorifics = _titles(lang)
    return max((len(t) for t in roles | honorifics), default=0)


def _title_end(words: list[str], lang: str) -> int:
    """How many words at the start of a person's name are titles (0 when the first is none). A role goes
    whenever a name follows ("Menlu Retno"); an honorific or rank only when written as a word ("Laksamana", not
    the initials "MS") and two words of name follow: "Gus Dur" is how that man is named."""
    roles, honorifics = _titles(lang)
    longest = _longest_title(lang)
    end = 0
    while end < len(words):
        cut = 0
        for n in range(min(longest, len(words) - end), 0, -1):
            key = tuple(w.lower().rstrip(".") for w in words[end : end + n])
            if key in roles or key in honorifics and not words[end].isupper() and len(words) - end - n >= 2:
                cut = n
                break
        if not cut:
            break
        end += cut
    return end


@cache
def _name_parts(lang: str) -> frozenset[str]:
    """Words in brackets that belong to a company's name ("PT PLN (Persero)"), not an acronym of it."""
    return frozenset(langdata.data(lang, "organizations").get("company_cues", ()))


def _known(text: str, lang: str) -> str | None:
    """The NER label of a name the gazetteer (or the language's lexicon of parties and ministries) knows, by
    the rules of :func:`kg.gazetteer.known_names`: a short word only in capitals ("RI", not the "Ri" of "Ri Yong
    Ho"), and no acronym the language does not use."""
    if len(text) <= 3 and not text.isupper() or gazetteer.foreign_acronym(text, lang):
        return None
    return gazetteer.ner_label(text, lang)


def _pieces(ent, lang: str) -> list[tuple[int, int, str]]:
    """The names (start, end, label) that one tagged entity stands for."""
    doc, start, end, label = ent.doc, ent.start, ent.end, ent.label_
    words = [t.text for t in ent]
    if words[0] in _OPEN and words[-1] in _CLOSE:  # "(Jokowi)"
        return [(start + 1, end - 1, label)] if end - start > 2 else []
    inside = next((k for k, w in enumerate(words) if w in _OPEN), None)
    if inside is not None and inside + 1 < len(words) and words[inside + 1].lower() in _name_parts(lang):
        inside = None  # "PT PLN (Persero)": one name
    if inside is not None:  # "Badan Narkotika Nasional (BNN)", or "(BNN" where the tagger stopped short
        close = next((k for k in range(inside + 1, len(words)) if words[k] in _CLOSE), len(words))
        out = []
        if inside:
            out.append((start, start + inside, label))
        if close > inside + 1 and words[inside + 1][:1].isupper():
            out.append((start + inside + 1, start + close, label))
        return out
    if label == "PER":
        cut = _title_end(words, lang)
        if 0 < cut < len(words) and words[cut][:1].isupper():
            return [(start + cut, end, label)]
    for k in range(1, len(words)):
        if not words[k][:1].isupper():
            continue
        last = start + k
        while last > start and not doc[last - 1].text[:1].isalnum():  # "Jakarta -" of a dateline
            last -= 1
        first = _known(doc[start:last].text, lang) if last > start else None
        if first is None or first == "PER":
            continue
        rest = doc[start + k : end].text
        kind, p = nametype.best(rest)
        if kind == "Person" and p >= PERSON_FLOOR and _known(rest, lang) is None:
            return [(start, last, first), (start + k, end, "PER")]
    return [(start, end, label)]


def mend(doc, lang: str):
    """``doc`` with each entity's edges mended as the module says."""
    from spacy.tokens import Span

    ents, changed = [], False
    for e in doc.ents:
        pieces = _pieces(e, lang)
        if pieces == [(e.start, e.end, e.label_)]:
            ents.append(e)
            continue
        changed = True
        ents.extend(Span(doc, s, t, label=label) for s, t, label in pieces if t > s)
    if changed:
        doc.ents = ents
    return doc


def add_to(nlp, lang: str) -> None:
    """Run :func:`mend` right after ``nlp``'s NER (as component ``kg_name_edges_<lang>``)."""
    from spacy.language import Language

    name = f"kg_name_edges_{lang}"
    if name not in Language.factories:
        Language.factory(name, func=lambda nlp, name: lambda doc: mend(doc, lang))
    nlp.add_pipe(name, after="ner")
