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
    import spacy

    path = resources.files("kg.lang").joinpath(lang, "model")
    if not path.is_dir():
        raise KGError(f"no spaCy model for language {lang!r} in {path}; rebuild it with: python training/train_{lang}.py")
    return spacy.load(str(path))


def parse(lang: str, texts: list[str]) -> list:
    """Parsed ``Doc`` objects of ``texts`` (one per text, in order)."""
    return list(pipeline(lang).pipe([plain_spaces(t) for t in texts], batch_size=64))
