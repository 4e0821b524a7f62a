"""Reading inputs: .txt, .html/.htm, .jsonl files, folders (recursively) and "-" (stdin) → Articles.

A file that cannot be read is reported through ``on_error`` with a one-line reason naming it (and the
line, for JSONL), and reading goes on with the next input.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from kg.detect import detect_language
from kg.errors import InputError, KGError
from kg.records import Article

SUFFIXES = {".txt": "text", ".text": "text", ".md": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}
MAX_BYTES = 50 * 1024 * 1024
_DATE_IN_NAME = re.compile(r"(?<!\d)((?:19|20)\d\d)-([01]\d)-([0-3]\d)(?!\d)")


def _raise(error: InputError) -> None:
    raise error


def read_articles(
    paths: Iterable[str | Path],
    lang: str | None = None,
    date: str | None = None,
    on_error: Callable[[InputError], None] = _raise,
) -> Iterator[Article]:
    """Articles from files, folders and "-", with language and date set.

    ``lang`` and ``date`` override detection and metadata. Article ids are file stems (JSONL: the
    record's ``id``), made unique within the run by a numeric suffix.
    """
    seen: dict[str, int] = {}
    for path in paths:
        for article in _articles(str(path), on_error):
            try:
                article = _complete(article, lang, date)
            except KGError as error:
                on_error(InputError(article.source or article.id, str(error)))
                continue
            count = seen.get(article.id, 0)
            seen[article.id] = count + 1
            if count:
                article = _replace(article, id=f"{article.id}-{count + 1}")
            yield article


def _articles(path: str, on_error) -> Iterator[Article]:
    if path == "-":
        yield from _from_bytes("-", "stdin", sys.stdin.buffer.read(MAX_BYTES + 1), None, on_error)
        return
    p = Path(path)
    if p.is_dir():
        files = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES and not any(part.startswith(".") for part in f.relative_to(p).parts))
        if not files:
            on_error(InputError(path, f"folder has no {', '.join(sorted(SUFFIXES))} files"))
        for f in files:
            yield from _articles(str(f), on_error)
        return
    if not p.exists():
        on_error(InputError(path, "no such file or folder"))
        return
    kind = SUFFIXES.get(p.suffix.lower())
    if kind is None:
        on_error(InputError(path, f"unsupported file type {p.suffix or '(none)'!r}; accepted: {', '.join(sorted(SUFFIXES))}, folders, -"))
        return
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            on_error(InputError(path, f"file is {size / 1e6:.0f} MB; the limit is {MAX_BYTES // 1024 // 1024} MB per file (split it, e.g. as JSONL)"))
            return
        data = p.read_bytes()
    except OSError as error:
        on_error(InputError(path, f"cannot read: {error.strerror or error}"))
        return
    yield from _from_bytes(path, p.stem, data, kind, on_error)


def _from_bytes(source: str, stem: str, data: bytes, kind: str | None, on_error) -> Iterator[Article]:
    try:
        text = _decode(source, data)
        if kind is None:  # stdin: guess from the first character
            first = text.lstrip()[:1]
            kind = "jsonl" if first == "{" else "html" if first == "<" else "text"
        if kind == "jsonl":
            yield from _jsonl(source, text, on_error)
        elif kind == "html":
            yield _html(source, stem, text)
        else:
            yield _text(source, stem, text)
    except InputError as error:
        on_error(error)


def _decode(source: str, data: bytes) -> str:
    if len(data) > MAX_BYTES:
        raise InputError(source, f"input is over the {MAX_BYTES // 1024 // 1024} MB limit")
    if not data.strip():
        raise InputError(source, "empty file")
    if b"\x00" in data[:8192]:
        raise InputError(source, "binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(source, f"not UTF-8 (invalid byte 0x{data[error.start]:02x} at offset {error.start}); convert it, e.g. iconv -f latin1 -t utf-8") from None


def _text(source: str, stem: str, text: str) -> Article:
    if not any(c.isalpha() for c in text):
        raise InputError(source, "no words in file")
    return Article(id=stem, text=text, date=_date_in_name(stem), source=source)


def _html(source: str, stem: str, html: str) -> Article:
    import trafilatura  # heavy; only HTML inputs pay for it

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not text or not any(c.isalpha() for c in text):
        raise InputError(source, "no article text found in the HTML page")
    meta = trafilatura.extract_metadata(html)
    date = (meta.date if meta else None) or _date_in_name(stem)
    title = meta.title if meta else None
    url = meta.url if meta else None
    # the title is kept apart: headlines are not article sentences
    return Article(id=stem, text=text, date=date, title=title, url=url, source=source)


def _jsonl(source: str, text: str, on_error) -> Iterator[Article]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            on_error(InputError(source, f"broken JSON ({error.msg} at column {error.colno})", line=number))
            continue
        if not isinstance(record, dict):
            on_error(InputError(source, "each line must be a JSON object with 'id' and 'text'", line=number))
            continue
        missing = [k for k in ("id", "text") if not isinstance(record.get(k), (str, int)) or record.get(k) == ""]
        if missing:
            on_error(InputError(source, f"missing or empty {' and '.join(map(repr, missing))}", line=number))
            continue
        if not isinstance(record["text"], str) or not any(c.isalpha() for c in record["text"]):
            on_error(InputError(source, "'text' has no words", line=number))
            continue
        yield Article(
            id=str(record["id"]),
            text=record["text"],
            lang=record.get("lang") or None,
            date=record.get("date") or None,
            url=record.get("url"),
            title=record.get("title"),
            source=f"{source}:{number}",
        )


def _complete(article: Article, lang: str | None, date: str | None) -> Article:
    from kg import lang as langdata
    from kg.errors import LanguageError

    code = lang or article.lang or detect_language(article.text)
    if code not in langdata.languages():
        raise LanguageError(f"unknown language {code!r}; supported: {', '.join(langdata.languages())}")
    return _replace(article, lang=code, date=date or article.date)


def _date_in_name(stem: str) -> str | None:
    m = _DATE_IN_NAME.search(stem)
    return "-".join(m.groups()) if m else None


def _replace(article: Article, **changes) -> Article:
    from dataclasses import replace

    return replace(article, **changes)
