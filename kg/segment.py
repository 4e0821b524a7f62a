"""Article text → article sentences with offsets; headlines, bylines, sign-offs and web boilerplate dropped.

Offsets always point into the unmodified article text, so evidence can be cut back out of it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg import gazetteer
from kg import lang as langdata
from kg.records import Sentence

_PARAGRAPH = re.compile(r"[^\n]+")
# A paragraph is an article paragraph only if it ends like prose: . ! ? … or one of them inside closing quotes.
_PROSE_END = re.compile(r"[.!?…][\"'”’»)\]]*+\s*+$")
# "JAKARTA, KOMPAS.com — " or "Geneva, Switzerland – ": a dateline before the first sentence.
_DATELINE = re.compile(r"^\s*(?:[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|\d{1,4}))*,\s*)+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|\d{1,4}))*\s*(?:\([^)]{1,40}\)\s*)?[—–-]{1,2}\s+")
_DATELINE_CAPS = re.compile(r"^\s*[A-Z][A-Z .'-]{2,40}\s*(?:\([^)]{1,40}\)\s*)?[—–-]{1,2}\s+")
# "Jakarta - ", "Bandung (ANTARA) – ": a place written as in prose, then a dash (detik.com's style); the words
# count as a dateline only when the gazetteer knows them as a place, since "Budi - " could open a sentence
_DATELINE_PLACE = re.compile(r"^\s*([A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){0,3})\s*(?:\([^)]{1,40}\)\s*)?[—–-]{1,2}\s+(?=\S)")
_PLACES = frozenset({"Location", "Country"})
# "(hui)", "(ant/abc)", "(***)": reporter sign-offs closing a paragraph.
# Every pattern below starts only where its run starts (a look-behind) and never gives back what a run
# consumed (possessive quantifiers), so a long run of dots, letters or spaces costs linear time, not quadratic.
_SIGNOFF = re.compile(r"(?<!\s)\s*+\((?:[a-z]{2,6}(?:[/,]\s*+[a-z]{2,6})*+|\*++)\)\s*+$")
_BOUNDARY = re.compile(r"(?<![.!?…])([.!?…]++[\"'”’»)\]]*+)(\s++)(?=[\"'“‘«(\[]?[A-Z0-9À-Þ])")
# Longer "sentences" are tables, lists or text without punctuation, not prose; parsers also choke on them.
MAX_SENTENCE_CHARS = 2000
# A paragraph with no closing stop is kept as prose only with this many words, this share of them lower-case.
PROSE_MIN_WORDS = 8
PROSE_LOWER_SHARE = 0.5
_WORD = re.compile(r"[\w.]+")
_NON_WORD = re.compile(r"[\W_]+")
_LETTER = re.compile(r"[^\W\d_]")
_INITIALS = re.compile(r"^(?:[^\W\d_]\.)*[^\W\d_]$")


def sentences(text: str, lang: str, unclosed: bool = True) -> list[Sentence]:
    """The article sentences of ``text``; with ``unclosed`` False, a paragraph counts only if it ends like prose
    (how the sentences of kg's annotated corpora were cut and numbered).

    >>> [s.text for s in sentences("Big News Today\\nThe minister resigned. Mr. Lee left.\\nAdvertisement", "en")]
    ['The minister resigned.', 'Mr. Lee left.']
    """
    seg = langdata.data(lang, "segment")
    boilerplate = {_fold(b) for b in seg.get("boilerplate", ())}
    prefixes = tuple(p.lower() for p in seg.get("line_prefixes", ()))
    abbreviations = {a.lower() for a in seg.get("abbreviations", ())}
    out: list[Sentence] = []
    for para in _PARAGRAPH.finditer(text):
        start, end = para.span()
        body = para.group()
        folded = _fold(body)
        if not folded or folded in boilerplate or body.strip().lower().startswith(prefixes):
            continue
        signoff = _SIGNOFF.search(body)
        if signoff:
            end = start + signoff.start()
            body = text[start:end]
        if not _PROSE_END.search(body) and not (unclosed and _unclosed_prose(body)):
            continue  # headline, byline, caption or navigation
        dateline = _DATELINE.match(body) or _DATELINE_CAPS.match(body) or _place_dateline(body, lang)
        if dateline:
            start += dateline.end()
        out.extend(_split(text, start, end, abbreviations))
    return out


def _unclosed_prose(body: str) -> bool:
    """Whether a paragraph that does not end like prose still reads as prose: a sentence whose full stop was lost
    ("Sungai itu meluap dan merendam tiga desa pada Senin malam"), long and mostly in lower-case words, where a
    headline, byline or menu is short or capitalises its words."""
    words = body.split()
    return len(words) >= PROSE_MIN_WORDS and sum(w[:1].islower() for w in words) >= PROSE_LOWER_SHARE * len(words)


def _place_dateline(body: str, lang: str) -> re.Match | None:
    found = _DATELINE_PLACE.match(body)
    if found is None:
        return None
    entry = gazetteer.lookup(found.group(1), lang)
    return found if entry is not None and entry.type in _PLACES else None


def _split(text: str, start: int, end: int, abbreviations: set[str]) -> Iterator[Sentence]:
    body = text[start:end]
    cut = 0
    word_start: dict[int, int] | None = None  # end of each run of letters, digits and dots → its start
    for m in _BOUNDARY.finditer(body):
        if m.group(1) == ".":
            if word_start is None:  # made once per paragraph: looking back from every full stop would be quadratic
                word_start = {w.end(): w.start() for w in _WORD.finditer(body)}
            dot = m.start()
            if _is_abbreviation(body[word_start.get(dot + 1, dot) : dot], abbreviations):
                continue
        yield from _sentence(text, start + cut, start + m.end(1))
        cut = m.end()
    yield from _sentence(text, start + cut, end)


def _sentence(text: str, start: int, end: int) -> Iterator[Sentence]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if 2 <= end - start <= MAX_SENTENCE_CHARS and _LETTER.search(text, start, end):
        yield Sentence(text[start:end], start, end)


def _is_abbreviation(word: str, abbreviations: set[str]) -> bool:
    """Whether ``word``, the letters, digits and dots before a full stop, is an abbreviation."""
    word = word.lower().rstrip(".")
    if not word:
        return False
    # initials ("J. Smith", "J.P. Morgan") and listed abbreviations ("Dr.", "U.S.") do not end sentences
    return bool(_INITIALS.match(word)) or word in abbreviations


def _fold(line: str) -> str:
    return _NON_WORD.sub(" ", line).strip().lower()
