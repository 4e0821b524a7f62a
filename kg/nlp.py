"""The spaCy pipelines kg parses with, one per language, loaded once per process and only from disk:
English from the installed ``en_core_web_sm`` package (see :func:`kg.extract_en.nlp`), Indonesian from kg's
own model folder ``kg/lang/id/model`` (trained by ``training/train_id.py``; see its MODEL_CARD.md)."""

from __future__ import annotations

from functools import cache
from importlib import resources

from kg.errors import KGError


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
    return list(pipeline(lang).pipe(texts, batch_size=64))
