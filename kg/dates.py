"""Date expressions in a sentence ("Senin (10/1/2022)", "Kamis lalu", "last Thursday", "Jan. 5") → ISO dates.

Relative expressions are resolved against the article's date; the words come from ``kg/lang/<code>/dates.json``.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from kg import lang as langdata

_NUMERIC = re.compile(r"\b(\d{1,4})[/.-](\d{1,2})(?:[/.-](\d{2,4}))?\b")


def parse_iso(value: str | None) -> date | None:
    """``'2022-01-10'`` (or a longer ISO timestamp) → a date; None for anything else."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def resolve_date(sentence: str, lang: str, article_date: str | None) -> str | None:
    """The ISO date a sentence's events happened on, else the article date.

    >>> resolve_date("Presiden Tokayev memecat Massimov Kamis lalu.", "id", "2022-01-10")
    '2022-01-06'
    >>> resolve_date("He met Lavrov on Jan. 21, 2022.", "en", None)
    '2022-01-21'
    """
    anchor = parse_iso(article_date)
    found = _explicit(sentence, lang, anchor) or (_relative(sentence, lang, anchor) if anchor else None)
    if found:
        return found.isoformat()
    return anchor.isoformat() if anchor else None


def _explicit(sentence: str, lang: str, anchor: date | None) -> date | None:
    words = langdata.data(lang, "dates")
    order = words.get("numeric_order", "dmy")
    for m in _NUMERIC.finditer(sentence):
        a, b, c = m.groups()
        if len(a) == 4:  # 2022-01-10
            y, mo, d = int(a), int(b), int(c or 0)
        elif c is None:
            continue  # "10/1" alone is too often a score or a ratio
        else:
            d, mo = (int(a), int(b)) if order == "dmy" else (int(b), int(a))
            y = _year(int(c))
        found = _safe_date(y, mo, d)
        if found:
            return found
    pattern, months = _month_pattern(lang)
    m = pattern.search(sentence)
    if m:
        day = m.group("d1") or m.group("d2")
        year = m.group("y1") or m.group("y2")
        month = months[m.group("m").lower().rstrip(".")]
        y = int(year) if year else (anchor.year if anchor else None)
        if y is None:
            return None
        found = _safe_date(y, month, int(day))
        if found and not year and anchor and found > anchor + timedelta(days=31):
            found = _safe_date(y - 1, month, int(day))  # "5 December" in a January article is last year
        return found
    return None


def _relative(sentence: str, lang: str, anchor: date) -> date | None:
    words = langdata.data(lang, "dates")
    lowered = sentence.lower()
    for phrase, offset in sorted(words.get("relative_days", {}).items(), key=lambda kv: -len(kv[0])):
        if re.search(rf"\b{re.escape(phrase)}\b", lowered):
            return anchor + timedelta(days=offset)
    weekdays = words.get("weekdays", {})
    past = words.get("past_markers", ())
    future = words.get("future_markers", ())
    for m in re.finditer(r"\b[\w']+\b", lowered):
        if m.group() not in weekdays:
            continue
        if not _capitalised(sentence, m.start()):
            continue  # "minggu" is also "week" in Indonesian; names of days are capitalised
        target = weekdays[m.group()]
        before = re.findall(r"[\w']+", lowered[max(0, m.start() - 12) : m.start()])
        after = re.findall(r"[\w']+", lowered[m.end() : m.end() + 12])
        near = set(before[-1:]) | set(after[:1])
        delta = (anchor.weekday() - target) % 7
        if near & set(future):
            return anchor + timedelta(days=(target - anchor.weekday()) % 7 or 7)
        if near & set(past):
            return anchor - timedelta(days=delta or 7)
        return anchor - timedelta(days=delta)  # news reports the past: the latest such day
    return None


@cache
def _month_pattern(lang: str) -> tuple[re.Pattern, dict[str, int]]:
    months = langdata.data(lang, "dates").get("months", {})
    names = "|".join(sorted((re.escape(k) for k in months), key=len, reverse=True))
    pattern = re.compile(
        rf"(?:\b(?P<d1>\d{{1,2}})\s+(?P<m>{names})\.?(?:\s+(?P<y1>\d{{4}}))?\b)"
        rf"|(?:\b(?P<m2>{names})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y2>\d{{4}}))?)",
        re.IGNORECASE,
    )

    return _MonthPattern(pattern), months


class _MonthPattern:
    """Wraps the two alternatives so that group "m" names the month in either order."""

    def __init__(self, pattern: re.Pattern):
        self._pattern = pattern

    def search(self, text: str):
        m = self._pattern.search(text)
        return _MonthMatch(m) if m else None


class _MonthMatch:
    def __init__(self, m: re.Match):
        self._m = m

    def group(self, name: str):
        if name == "m":
            return self._m.group("m") or self._m.group("m2")
        return self._m.group(name)


def _capitalised(sentence: str, index: int) -> bool:
    return sentence[index].isupper()


def _year(y: int) -> int:
    return y + 2000 if y < 100 else y


def _safe_date(y: int, mo: int, d: int) -> date | None:
    try:
        return date(y, mo, d) if 1900 <= y <= 2100 else None
    except ValueError:
        return None
