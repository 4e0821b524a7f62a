"""Indonesian verb morphology: a word → its base form and voice (meN- active, di- passive, ber-, ter-).

Bases keep their -kan/-i suffix (``menyalahkan`` → ``salahkan``) because the suffix changes the meaning
(temui "meet" / temukan "find"), so a lexicon lists the suffixed forms it means; PySastrawi's stemmer is the
last resort for odd forms.
"""

from __future__ import annotations

from collections.abc import Callable, Container
from functools import lru_cache

_VOWELS = frozenset("aeiou")
_CLITICS = ("nya", "lah", "kah", "pun")

ACTIVE, PASSIVE, BER, TER, BARE = "active", "passive", "ber", "ter", "bare"


def candidates(word: str) -> tuple[tuple[str, str], ...]:
    """Every (base, voice) reading of ``word``, most likely first; reduplication is folded.

    >>> candidates("ditangkap")[:2]
    (('ditangkap', 'bare'), ('tangkap', 'passive'))
    >>> ("pecat", "active") in candidates("memecat")
    True
    >>> ("serang", "active") in candidates("menyerang")
    True
    """
    return _candidates(word.lower())


@lru_cache(maxsize=65536)
def _candidates(word: str) -> tuple[tuple[str, str], ...]:
    out: list[tuple[str, str]] = [(word, BARE)]
    forms = [word]
    for clitic in _CLITICS:
        if word.endswith(clitic) and len(word) - len(clitic) >= 4:
            forms.append(word[: -len(clitic)])
    for form in forms:
        if "-" in form:  # hak-hak, tembak-menembak, memukul-mukul
            left, _, right = form.partition("-")
            if left == right or right.startswith(left[-3:]):
                form = left
                out.append((form, BARE))
        out.extend(_prefix_readings(form))
        if form != word:
            out.append((form, BARE))
    seen: set[tuple[str, str]] = set()
    result = []
    for reading in out:
        if len(reading[0]) >= 2 and reading not in seen:
            seen.add(reading)
            result.append(reading)
    return tuple(result)


def _prefix_readings(w: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if w.startswith("diper") and len(w) > 7:
        out += [("per" + w[5:], PASSIVE), (w[5:], PASSIVE)]
    if w.startswith("di") and len(w) > 4:
        out.append((w[2:], PASSIVE))
    if w.startswith("memper") and len(w) > 8:
        out += [("per" + w[6:], ACTIVE), (w[6:], ACTIVE)]
    if w.startswith("meng") and len(w) > 5:
        rest = w[4:]
        if rest[0] in _VOWELS:
            out += [("k" + rest, ACTIVE), (rest, ACTIVE)]
        else:
            out.append((rest, ACTIVE))
    elif w.startswith("meny") and len(w) > 5:
        out.append(("s" + w[4:], ACTIVE))
    elif w.startswith("mem") and len(w) > 4:
        rest = w[3:]
        if rest[0] in _VOWELS:
            out += [("p" + rest, ACTIVE), (rest, ACTIVE)]
        else:
            out.append((rest, ACTIVE))
    elif w.startswith("men") and len(w) > 4:
        rest = w[3:]
        if rest[0] in _VOWELS:
            out += [("t" + rest, ACTIVE), (rest, ACTIVE)]
        else:
            out.append((rest, ACTIVE))
    if w.startswith("me") and len(w) > 4 and w[2] in "lmnrwy":  # melantik, memenangkan, menikah
        out.append((w[2:], ACTIVE))
    if w.startswith("menge") and len(w) > 7:  # mengebom: one-syllable roots
        out.append((w[5:], ACTIVE))
    if w.startswith("ber") and len(w) > 5:
        out.append((w[3:], BER))
    elif w.startswith("be") and len(w) > 5 and w[2] != "r":  # bekerja, beternak
        out.append((w[2:], BER))
    elif w.startswith("bel") and len(w) > 5:  # belajar
        out.append((w[3:], BER))
    if w.startswith("ter") and len(w) > 5:
        out.append((w[3:], TER))
    return out


def voice_of(word: str) -> str:
    """The voice a word's prefix marks, whatever its base.

    >>> voice_of("dipimpin"), voice_of("memimpin"), voice_of("bertemu")
    ('passive', 'active', 'ber')
    """
    w = word.lower()
    if w.startswith("di") and len(w) > 4:
        return PASSIVE
    if w.startswith("me") and len(w) > 4:
        return ACTIVE
    if w.startswith("ber") and len(w) > 5:
        return BER
    if w.startswith("ter") and len(w) > 5:
        return TER
    return BARE


def analyse(word: str, known: Container[str], stem: Callable[[str], str] | None = None) -> tuple[str, str] | None:
    """The first (base, voice) reading whose base is in ``known``; PySastrawi's ``stem`` as a fallback.

    >>> analyse("menyalahkan", {"salahkan"})
    ('salahkan', 'active')
    >>> analyse("ditugaskan", {"tugaskan"})
    ('tugaskan', 'passive')
    """
    for base, voice in candidates(word):
        if base in known:
            return base, voice
    if stem is not None:
        w = word.lower()
        root = stem(w)
        # only a prefix may go: a stripped -kan/-i would change the verb (menunjukkan is not menunjuk)
        if root in known and any(w.endswith(root + c) for c in ("", *_CLITICS)):
            return root, voice_of(word)
    return None
