"""Reading inputs: .txt, .html/.htm, .jsonl and .json files, folders (recursively) and "-" (stdin) → Articles.

A file that cannot be read is reported through ``on_error`` with a one-line reason naming it (and the
line and field, for JSONL), and reading goes on with the next input. Input is bounded: regular files only
(a FIFO, device or socket is reported, never opened for reading), at most ``max_bytes`` per file, every
JSONL field type-checked, dates validated; control characters and lone surrogates are replaced.
"""

from __future__ import annotations

import codecs
import json
import os
import re
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import date as _date
from datetime import datetime
from pathlib import Path

from kg.detect import detect_language
from kg.errors import InputError, KGError, UsageError
from kg.records import Article

SUFFIXES = {".txt": "text", ".text": "text", ".md": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".json": "json"}
MAX_BYTES = 50 * 1024 * 1024  # per input file; kg build --max-bytes raises it
# C0/C1 controls other than tab, newline and carriage return, lone surrogates and the non-characters U+FFFE/U+FFFF:
# invalid in XML (GraphML), unencodable in UTF-8 (surrogates) or invisible; replaced before anything sees them
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_KINDS = {stat.S_IFIFO: "a FIFO (named pipe)", stat.S_IFCHR: "a character device", stat.S_IFBLK: "a block device", stat.S_IFSOCK: "a socket", stat.S_IFDIR: "a folder"}
_DATE_IN_NAME = re.compile(r"(?<!\d)((?:19|20)\d\d)-([01]\d)-([0-3]\d)(?!\d)")


def _raise(error: InputError) -> None:
    raise error


def read_articles(
    paths: Iterable[str | Path],
    lang: str | None = None,
    date: str | None = None,
    on_error: Callable[[InputError], None] = _raise,
    max_bytes: int = MAX_BYTES,
) -> Iterator[Article]:
    """Articles from files, folders and "-", with language and date set.

    ``lang`` and ``date`` override detection and metadata. Article ids are file stems (JSONL: the
    record's ``id``), made unique within the run by a numeric suffix. A file over ``max_bytes`` is reported.
    """
    if date is not None:
        checked = iso_date(date)
        if checked is None:
            raise UsageError(f"--date {date!r} is not a date; expected YYYY-MM-DD")
        date = checked
    seen: dict[str, int] = {}
    for path in paths:
        for article in _articles(os.fspath(path), on_error, max_bytes):
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


def _articles(path: str, on_error, max_bytes: int) -> Iterator[Article]:
    if path == "-":
        yield from _from_bytes("-", "stdin", sys.stdin.buffer.read(max_bytes + 1), None, on_error, max_bytes)
        return
    p = Path(path)
    try:
        info = os.stat(p)  # follows links: a link to /dev/zero is a character device
    except FileNotFoundError:
        on_error(InputError(path, "broken symbolic link" if os.path.islink(p) else "no such file or folder"))
        return
    except OSError as error:
        on_error(InputError(path, f"cannot read: {error.strerror or error}"))
        return
    if stat.S_ISDIR(info.st_mode):
        yield from _folder(path, p, on_error, max_bytes)
        return
    kind = SUFFIXES.get(p.suffix.lower())
    if kind is None:
        on_error(InputError(path, f"unsupported file type {p.suffix or '(none)'!r}; accepted: {', '.join(sorted(SUFFIXES))}, folders, -"))
        return
    data = _read_file(path, info, on_error, max_bytes)
    if data is not None:
        yield from _from_bytes(path, p.stem, data, kind, on_error, max_bytes)


def _folder(path: str, p: Path, on_error, max_bytes: int) -> Iterator[Article]:
    """The articles of a folder's files (recursively, hidden ones skipped); its other files are ignored."""
    try:
        files = sorted(
            f for f in p.rglob("*")
            if f.suffix.lower() in SUFFIXES and not f.is_dir() and not any(part.startswith(".") for part in f.relative_to(p).parts)
        )
    except OSError as error:
        on_error(InputError(path, f"cannot read folder: {error.strerror or error}"))
        return
    if not files:
        on_error(InputError(path, f"folder has no {', '.join(sorted(SUFFIXES))} files"))
    for f in files:  # FIFOs, devices and broken links among them are reported by _articles, not skipped silently
        yield from _articles(str(f), on_error, max_bytes)


def _read_file(path: str, info: os.stat_result, on_error, max_bytes: int) -> bytes | None:
    """The bytes of a regular file of at most ``max_bytes``; None (reported) for anything else."""
    if not stat.S_ISREG(info.st_mode):
        on_error(InputError(path, f"not a regular file but {_KINDS.get(stat.S_IFMT(info.st_mode), 'a special file')}; kg reads regular files only"))
        return None
    if info.st_size > max_bytes:
        on_error(InputError(path, _too_big(info.st_size, max_bytes)))
        return None
    try:
        # O_NONBLOCK: should the path have become a FIFO since the stat, opening it must not hang
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC)
    except OSError as error:
        on_error(InputError(path, f"cannot read: {error.strerror or error}"))
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            on_error(InputError(path, "not a regular file; kg reads regular files only"))
            return None
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(max_bytes + 1)
    except OSError as error:
        on_error(InputError(path, f"cannot read: {error.strerror or error}"))
        return None
    finally:
        os.close(fd)
    if len(data) > max_bytes:  # grew since the stat
        on_error(InputError(path, _too_big(len(data), max_bytes)))
        return None
    return data


def _too_big(size: int, max_bytes: int) -> str:
    return f"file is over the limit of {_size(max_bytes)} per file ({_size(size)}); raise it with --max-bytes or split the file"


def _size(n: int) -> str:
    for unit, scale in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if n >= scale:
            return f"{n / scale:.3g} {unit}"
    return f"{n} bytes"


def _from_bytes(source: str, stem: str, data: bytes, kind: str | None, on_error, max_bytes: int) -> Iterator[Article]:
    try:
        text = _decode(source, data, max_bytes)
        if kind is None:  # stdin: guess from the first character
            first = text.lstrip()[:1]
            kind = "jsonl" if first == "{" else "html" if first == "<" else "text"
        if kind == "jsonl":
            yield from _jsonl(source, text, on_error)
        elif kind == "json":
            yield from _json(source, stem, text, on_error)
        elif kind == "html":
            yield _html(source, stem, text)
        else:
            yield _text(source, stem, text)
    except InputError as error:
        on_error(error)


def _decode(source: str, data: bytes, max_bytes: int) -> str:
    if len(data) > max_bytes:
        raise InputError(source, f"input is over the limit of {_size(max_bytes)}; raise it with --max-bytes")
    if not data.strip():
        raise InputError(source, "empty file")
    wide = _wide_encoding(data)
    if wide:
        # "Unicode" text as Windows tools save it: UTF-16 (or UTF-32) behind its byte-order mark
        try:
            text = data.decode(wide)
        except UnicodeDecodeError as error:
            raise InputError(source, f"not {wide.upper()} though it opens with its byte-order mark (bad bytes at offset {error.start})") from None
        if not text.strip():
            raise InputError(source, "empty file")
        return text
    if b"\x00" in data[:8192]:
        raise InputError(source, "binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(source, f"not UTF-8 (invalid byte 0x{data[error.start]:02x} at offset {error.start}); convert it, e.g. iconv -f latin1 -t utf-8") from None


def _wide_encoding(data: bytes) -> str | None:
    """"utf-32" or "utf-16" when ``data`` opens with that encoding's byte-order mark, else None (UTF-32's
    little-endian mark begins with UTF-16's, so it is tried first)."""
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return None


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
    # split on "\n" only: str.splitlines also breaks at U+2028, U+2029 and U+0085, which JSON allows raw in strings
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip(" \t\r"):
            continue
        try:
            yield _record(_parse(line, source, number), source, number, stem=None)
        except InputError as error:
            on_error(error)


def _json(source: str, stem: str, text: str, on_error) -> Iterator[Article]:
    """A .json file: one article record, or a list of them (then each needs its own 'id')."""
    try:
        value = _parse(text, source, None)
    except InputError as error:
        on_error(error)
        return
    if isinstance(value, list):
        for number, record in enumerate(value, start=1):
            try:
                yield _record(record, f"{source}[{number}]", None, stem=None)
            except InputError as error:
                on_error(error)
    else:
        try:
            yield _record(value, source, None, stem=stem)
        except InputError as error:
            on_error(error)


def _parse(text: str, source: str, line: int | None):
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        where = f"line {error.lineno} column {error.colno}" if line is None else f"column {error.colno}"
        raise InputError(source, f"broken JSON ({error.msg} at {where})", line=line) from None
    except (ValueError, RecursionError) as error:  # a 5,000-digit number, arrays nested too deep
        raise InputError(source, f"broken JSON ({(str(error).splitlines() or [''])[0][:80]})", line=line) from None


def _record(record, source: str, line: int | None, stem: str | None) -> Article:
    """An article from a JSON record, every field type-checked: InputError naming source, line and field."""
    def fail(message: str) -> InputError:
        return InputError(source, message, line=line)

    if not isinstance(record, dict):
        raise fail("each article must be a JSON object with 'id' and 'text'")
    if stem is not None:
        record = {"id": stem, **record}
    ident = record.get("id")
    if isinstance(ident, int) and not isinstance(ident, bool):
        ident = str(ident)
    missing = [k for k in ("id", "text") if record.get(k) in (None, "")]
    if missing:
        raise fail(f"missing or empty {' and '.join(map(repr, missing))}")
    if not isinstance(ident, str) or not ident.strip():
        raise fail(f"'id' must be a non-empty string (or an integer), not {_kind(record['id'])}")
    for name in ("text", "lang", "date", "url", "title"):
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            raise fail(f"'{name}' must be a string{'' if name == 'text' else ' or null'}, not {_kind(value)}")
    if not any(c.isalpha() for c in record["text"]):
        raise fail("'text' has no words")
    day = record.get("date") or None
    if day is not None:
        checked = iso_date(day)
        if checked is None:
            raise fail(f"'date' {day!r} is not a date; expected YYYY-MM-DD (or an ISO 8601 date-time)")
        day = checked
    return Article(
        id=ident,
        text=record["text"],
        lang=record.get("lang") or None,
        date=day,
        url=record.get("url") or None,
        title=record.get("title") or None,
        source=source if line is None else f"{source}:{line}",
    )


def _kind(value) -> str:
    shown = json.dumps(value, ensure_ascii=True)
    shown = shown if len(shown) <= 40 else shown[:37] + "..."
    kind = {bool: "a boolean", int: "a number", float: "a number", list: "a list", dict: "an object", str: "a string"}.get(type(value), "a value")
    return f"{kind} ({shown})"


def iso_date(value: str) -> str | None:
    """``value`` as an ISO date ``YYYY-MM-DD`` (a date-time keeps its date); None if it is not one.

    >>> iso_date("2022-01-10"), iso_date("2022-01-10T08:30:00+07:00"), iso_date("yesterday"), iso_date("2022-02-30")
    ('2022-01-10', '2022-01-10', None, None)
    """
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d\d-\d\d(?:[T ][0-9:.+\-Z]{2,40})?", value.strip()):
        return None
    value = value.strip()
    try:
        return (_date.fromisoformat(value) if len(value) == 10 else datetime.fromisoformat(value).date()).isoformat()
    except ValueError:
        return None


def clean(text: str) -> str:
    r"""``text`` with control characters (not tab, newline, carriage return) as spaces, lone surrogates and
    non-characters as U+FFFD, so every output format can hold it.

    >>> clean("a\x00b\udfffc")
    'a b\ufffdc'
    """
    if not _UNSAFE.search(text):
        return text
    return _UNSAFE.sub(lambda m: " " if m.group() < "\ud800" else "\ufffd", text)


def _complete(article: Article, lang: str | None, date: str | None) -> Article:
    from kg import lang as langdata
    from kg.errors import LanguageError

    article = _replace(
        article,
        **{name: clean(value) for name in ("id", "text", "title", "url", "source") if isinstance(value := getattr(article, name), str)},
    )
    code = lang or article.lang or detect_language(article.text)
    if code not in langdata.languages():
        raise LanguageError(f"unknown language {code!r}; supported: {', '.join(langdata.languages())}")
    return _replace(article, lang=code, date=date or article.date)


def _date_in_name(stem: str) -> str | None:
    m = _DATE_IN_NAME.search(stem)
    return iso_date("-".join(m.groups())) if m else None  # "2023-02-31" in a name is no date


def _replace(article: Article, **changes) -> Article:
    from dataclasses import replace

    return replace(article, **changes)
