"""Extraction: an article in its language → triples, by the extractor module for that language.

Each language with grammar of its own has a module ``kg.extract_<code>`` exposing
``triples(article) -> list[Triple]``; the words it needs live in ``kg/lang/<code>/``.
"""

from __future__ import annotations

import importlib

from kg import lang as langdata
from kg.errors import LanguageError
from kg.records import Article, Triple


def triples(article: Article) -> list[Triple]:
    """The triples of one article whose ``lang`` is set."""
    if article.lang not in langdata.languages():
        raise LanguageError(f"{article.source or article.id}: unknown language {article.lang!r}; supported: {', '.join(langdata.languages())}")
    module = importlib.import_module(f"kg.extract_{article.lang}")
    return module.triples(article)
