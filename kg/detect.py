"""Language detection: which of kg's languages an article is written in, by its function words.

Each language's ``kg/lang/<code>/stopwords.json`` lists frequent function words; the language whose words
cover most of the text wins. Two languages with distinct function words (Indonesian and English) separate
cleanly on a sentence or more; a new language is detected once its folder has a stopword list.
"""

from __future__ import annotations

import re
from functools import cache

from kg import lang as langdata
from kg.errors import LanguageError

_WORD = re.compile(r"[^\W\d_]+")
MIN_HITS = 3


def detect_language(text: str) -> str:
    """The code of the language ``text`` is written in.

    >>> detect_language("Presiden itu mengatakan bahwa pemerintah akan membantu para korban.")
    'id'
    >>> detect_language("The president said that the government would help the victims.")
    'en'
    """
    words = [w.lower() for w in _WORD.findall(text[:20000])]
    scores = {code: sum(w in stop for w in words) for code, stop in _stopwords().items()}
    best = max(scores, key=scores.get, default=None)
    if best is None or scores[best] < min(MIN_HITS, max(1, len(words) // 4)):
        raise LanguageError(f"cannot tell the language (known: {', '.join(sorted(scores))}); pass --lang")
    return best


@cache
def _stopwords() -> dict[str, frozenset[str]]:
    return {code: frozenset(langdata.data(code, "stopwords").get("stopwords", ())) for code in langdata.languages()}
