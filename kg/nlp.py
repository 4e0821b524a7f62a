"""The spaCy pipelines kg parses with, one per language, loaded once per process and only from disk:
English from the installed ``en_core_web_sm`` package (see :func:`kg.extract_en.nlp`), Indonesian from kg's
own model folder ``kg/lang/id/model`` (trained by ``training/train_id.py``; see its MODEL_CARD.md)."""

from __future__ import annotations

from functools import cache
from importlib import resources

from kg.errors import KGError


# Unicode space separators (no-break, narrow no-break, figure, thin, ideographic …) that published news carries:
# spaCy would make each a token of its own and the NER would run names across it. Each becomes one plain space,
# so every character offset stays the same.
_SPACES = str.maketrans(dict.fromkeys("\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000", " "))


def plain_spaces(text: str) -> str:
    """``text`` with every Unicode space separator as a plain space (same length, same offsets).

    >>> plain_spaces("Rp\u00a05\u202fjuta")
    'Rp 5 juta'
    """
    return text.translate(_SPACES)


@cache
def pipeline(lang: str):
    """The parsing pipeline of ``lang`` (tokens, POS, dependencies, entities)."""
    if lang == "en":
        from kg import extract_en

        return extract_en.nlp()
    nlp = load(resources.files("kg.lang").joinpath(lang, "model"), lang)
    if "ner" in nlp.pipe_names:
        add_name_checks(nlp, lang)
    return nlp


def load(path, lang: str):
    """The spaCy pipeline saved in the folder ``path``, or a :class:`KGError` of one line that names the folder
    when it is missing or damaged (a truncated weights file, broken JSON or config)."""
    import spacy

    rebuild = f"rebuild it with: python training/train_{lang}.py"
    if not path.is_dir():
        raise KGError(f"no spaCy model for language {lang!r} in {path}; {rebuild}")
    try:
        return spacy.load(str(path))
    except Exception as error:  # spaCy and its serialisers raise many kinds (msgpack, JSON, config, shapes)
        detail = (str(error).strip().splitlines() or [""])[0][:200]
        raise KGError(f"spaCy model in {path} cannot be read ({type(error).__name__}: {detail}); {rebuild}") from None


def add_name_checks(nlp, lang: str) -> None:
    """What kg runs after a trained NER: names it ran together or widened by a title are cut to their edges
    (:mod:`kg.names`), names it typed against their letters are retyped (:mod:`kg.nametype`,
    kg/models/nametype/MODEL_CARD.md), then names the gazetteer knows become entities where it found none
    (:func:`kg.gazetteer.known_names`). ``bench/bench_nlp_id.py`` scores the three with it."""
    from spacy.language import Language

    from kg import gazetteer, names, nametype

    nametype.add_to(nlp)
    names.add_to(nlp, lang)
    name = f"kg_gazetteer_{lang}"
    if name not in Language.factories:
        Language.factory(name, func=lambda nlp, name: lambda doc: gazetteer.known_names(doc, lang))
    nlp.add_pipe(name, last=True)


def parse(lang: str, texts: list[str], deps: bool = True) -> list:
    """Parsed ``Doc`` objects of ``texts`` (one per text, in order). With ``deps=False`` the dependency parser
    is left out (where the pipeline's other components do not depend on it) and :func:`add_deps` adds it later
    to the docs that need it: Indonesian's rules read no dependencies, only the relation step does, and only for
    sentences with two mentions, so parsing the rest is wasted time."""
    nlp = pipeline(lang)
    skip = [] if deps or not _parser_stands_alone(nlp) else ["parser"]
    return list(nlp.pipe([plain_spaces(t) for t in texts], batch_size=64, disable=skip))


def add_deps(lang: str, docs) -> None:
    """Add the dependency parse to each of ``docs`` that has none (parsed with ``deps=False``), in place."""
    todo = [d for d in docs if not d.has_annotation("DEP")]
    if todo:
        for _ in pipeline(lang).get_pipe("parser").pipe(todo, batch_size=64):
            pass


def _parser_stands_alone(nlp) -> bool:
    """Whether ``nlp``'s parser can run after the rest: it has its own token vectors (no shared tok2vec or
    transformer that it listens to)."""
    return "parser" in nlp.pipe_names and not {"tok2vec", "transformer"} & set(nlp.pipe_names)


_PLACE_ENTS = frozenset({"GPE", "LOC"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def split_off_title(token):
    """The name a title right after ``token`` belongs to, where the parser split one phrase into two arguments of
    the same verb ("sending [France] [goalkeeper Hugo Lloris] the wrong way": the country opens the title); else
    None. Callers decide whether the word after ``token`` is a title and the name a person's."""
    doc = token.doc
    if token.i + 1 >= len(doc):
        return None
    nxt = doc[token.i + 1]
    head = nxt.head
    if nxt.dep_ == "compound" and head.i > token.i and head.dep_ == token.dep_ and head.head.i == token.head.i:
        return head
    return None


def misread_place_subject(token) -> bool:
    """Whether a clause's subject is the second place of "Miami, Florida" that the parser split off from a
    noun phrase ("A raid in Miami, Florida was carried out by ..."): a place right after "<place> ," while
    the same verb has another subject. It qualifies the first place and is no argument of the verb."""
    if token.dep_ not in _SUBJECT_DEPS or token.ent_type_ not in _PLACE_ENTS or token.i < 2:
        return False
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    if start < 2 or doc[start - 1].text != ",":
        return False
    return doc[start - 2].ent_type_ in _PLACE_ENTS and any(
        c.dep_ in _SUBJECT_DEPS and c.i != token.i for c in token.head.children)
