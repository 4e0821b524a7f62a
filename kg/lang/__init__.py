"""Language data: one folder per ISO 639-1 code holding JSON files (lexicons, cue words, dates).

Adding a language means adding a folder here; code reads the files through :func:`data`.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

from kg.errors import LanguageError


@cache
def languages() -> tuple[str, ...]:
    """The language codes kg has data for, e.g. ``('en', 'id')``."""
    root = resources.files("kg.lang")
    return tuple(sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith("_")))


@cache
def data(lang: str, name: str) -> dict:
    """The parsed ``kg/lang/<lang>/<name>.json``; ``{}`` when the language lacks that file.

    >>> "senin" in data("id", "dates")["weekdays"]
    True
    """
    if lang not in languages():
        raise LanguageError(f"unknown language {lang!r}; supported: {', '.join(languages())}")
    path = resources.files("kg.lang").joinpath(lang, f"{name}.json")
    if not path.is_file():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


@cache
def table(lang: str, name: str) -> dict[str, str]:
    """The word table ``kg/lang/<lang>/<name>.tsv`` (word, tab, English; ``#`` lines are comments); ``{}``
    when the language lacks it. Shared by every caller: copy it before changing it."""
    path = resources.files("kg.lang").joinpath(lang, f"{name}.tsv")
    if not path.is_file():
        return {}
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word, _, english = line.partition("\t")
            out[word] = english
    return out


@cache
def shared(name: str) -> dict:
    """A language-independent data file, ``kg/lang/<name>.json``."""
    path = resources.files("kg.lang").joinpath(f"{name}.json")
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
