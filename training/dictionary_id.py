"""Build kg/lang/id/verb_dictionary.tsv (Indonesian verb, word or base → one English verb lemma) and
kg/lang/id/noun_dictionary.tsv (Indonesian noun → one English noun lemma).

    apt-get install wordnet-base dict-freedict-eng-ind     # Princeton WordNet 3.0; FreeDict English→Indonesian
    python training/dictionary_id.py [--pos v|n] [--data ../shared/data]

Sources: Wordnet Bahasa (../shared/data/wordnet-bahasa/wn-data-ind.tab, MIT) joined on synset offsets with
Princeton WordNet 3.0 as Debian ships it (/usr/share/wordnet, WordNet 3.0 licence). Debian's data.verb is
shifted by 18 bytes from the 3,046th verb synset on (the PWN 3.0 offsets wn-data-ind.tab uses do not resolve
there; the shift is measured here, not assumed; nouns resolve unshifted). For each Indonesian lemma the English lemma with the most
weight wins: summed over the lemma's synsets, each English word scores 1 + its tagged-sense count
(cntlist.rev), divided by its position in the synset. FreeDict eng-ind (CC BY-SA 3.0, Wiktionary data), read
backwards for its entries of the part of speech, fills words Wordnet Bahasa lacks. The table is derived data and is shared
under CC BY-SA 3.0 because of FreeDict.
"""

from __future__ import annotations

import argparse
import bisect
import gzip
import re
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORDNET = Path("/usr/share/wordnet")
FREEDICT = Path("/usr/share/dictd/freedict-eng-ind.dict.dz")
OUT = {"v": ROOT / "kg" / "lang" / "id" / "verb_dictionary.tsv", "n": ROOT / "kg" / "lang" / "id" / "noun_dictionary.tsv"}
_FILE = {"v": "verb", "n": "noun"}
_SENSE = {"v": 2, "n": 1}  # the ss_type digit of a WordNet sense key


def debian_synsets(pos: str) -> dict[int, list[tuple[str, int]]]:
    """Debian data.verb / data.noun: offset → [(English lemma, lex file.lex id key part)] in synset order."""
    out = {}
    with open(WORDNET / f"data.{_FILE[pos]}", encoding="latin-1") as handle:
        for line in handle:
            if line.startswith("  "):
                continue
            parts = line.split()
            offset, lexfile, count = int(parts[0]), parts[1], int(parts[3], 16)
            words = [(parts[4 + 2 * i].lower(), f"{lexfile}:{int(parts[5 + 2 * i], 16):02d}") for i in range(count)]
            out[offset] = words
    return out


def tag_counts() -> dict[str, int]:
    counts = {}
    with open(WORDNET / "cntlist.rev", encoding="latin-1") as handle:
        for line in handle:
            key, _sense, count = line.split()
            counts[key] = int(count)
    return counts


def indonesian_lemmas(data: Path, pos: str) -> dict[str, list[int]]:
    """Indonesian lemma → PWN 3.0 synset offsets of one part of speech (Wordnet Bahasa)."""
    out: dict[str, list[int]] = defaultdict(list)
    with open(data / "wordnet-bahasa" / "wn-data-ind.tab", encoding="utf-8") as handle:
        for line in handle:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 3 and parts[0].endswith(f"-{pos}") and parts[1].endswith("lemma"):
                word = parts[2].strip().lower()
                if word and " " not in word:
                    out[word].append(int(parts[0][:8]))
    return out


def offset_map(pwn: set[int], debian: list[int]) -> dict[int, int]:
    """PWN 3.0 offset → Debian offset. The files differ by a few edited glosses, each shifting every later
    offset by a constant, so offsets are walked in order keeping the current shift; where it stops resolving,
    the new shift is the one that resolves the next several offsets together (measured, not assumed)."""
    known = set(debian)
    ordered = sorted(pwn)
    out = {}
    shift = 0
    shifts = [(ordered[0], 0)] if ordered else []
    for i, o in enumerate(ordered):
        if o + shift not in known:
            window = ordered[i:i + 8]
            j = bisect.bisect_left(debian, o)
            candidates = {debian[k] - o for k in range(max(0, j - 40), min(len(debian), j + 40))}
            best = max(sorted(candidates), key=lambda s: sum(w + s in known for w in window), default=None)
            if best is None or sum(w + best in known for w in window) < min(len(window), 4):
                continue  # an offset of its own that resolves nowhere: skip it, keep the shift
            shift = best
            shifts.append((o, shift))
        out[o] = o + shift
    print(f"offsets: {len(pwn)} PWN synsets, {len(out)} resolved; shifts {shifts}")
    return out


def freedict_entries(pos: str) -> dict[str, list[str]]:
    """Indonesian word → English words whose FreeDict entry of that part of speech (<v>, <n>) lists it."""
    text = gzip.open(FREEDICT, "rt", encoding="utf-8").read()
    out: dict[str, list[str]] = defaultdict(list)
    lines = text.split("\n")
    for i, line in enumerate(lines[:-1]):
        m = re.match(r"^(?P<head>[a-z][a-z -]*?) (?:/+[^/]*/+ ?)*<" + pos + r">$", line)
        if not m or " " in m.group("head"):
            continue
        for word in lines[i + 1].split(","):
            word = word.strip().lower()
            if word and " " not in word:
                out[word].append(m.group("head"))
    return out


def build(data: Path, pos: str = "v") -> dict[str, str]:
    debian = debian_synsets(pos)
    counts = tag_counts()
    ind = indonesian_lemmas(data, pos)
    mapping = offset_map({o for offsets in ind.values() for o in offsets}, sorted(debian))
    freedict = freedict_entries(pos)
    table = {}
    for word, offsets in ind.items():
        score: Counter = Counter()
        for o in offsets:
            if o not in mapping:
                continue
            for rank, (english, key) in enumerate(debian[mapping[o]], start=1):
                if "_" in english:
                    continue
                score[english] += (1 + counts.get(f"{english}%{_SENSE[pos]}:{key}::", 0)) / rank
        if score:
            # A translation FreeDict also gives is preferred: WordNet's frequencies favour general verbs.
            agreed = [e for e in score if e in freedict.get(word, ())]
            table[word] = max(sorted(agreed or score), key=score.get)
    filled = 0
    for word, heads in freedict.items():
        if word not in table:
            table[word] = heads[0]
            filled += 1
    passives = _passive_duplicates(table) if pos == "v" else []
    for word in passives:
        del table[word]
    print(f"{_FILE[pos]}s: {len(table)} Indonesian words ({filled} from FreeDict; {len(passives)} passive forms left to their base)")
    return table


def _passive_duplicates(table: dict[str, str]) -> list[str]:
    """The passive di- forms whose base the table also translates, through the base or an active form
    ("dibakar" beside "bakar" and "membakar"). A passive means what its active means: Wordnet Bahasa lists a few
    passives as words of their own with a narrower sense ("dibakar" → bake, where "membakar" → burn), and kg reads
    a word's own entry before its base's, so these go."""
    import sys

    sys.path.insert(0, str(ROOT))
    from kg import morph_id

    bases = set(table)
    for word in table:
        bases.update(base for base, voice in morph_id.candidates(word) if voice == morph_id.ACTIVE)
    return sorted(w for w in table if w.startswith("di") and any(
        voice == morph_id.PASSIVE and base in bases for base, voice in morph_id.candidates(w)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--pos", choices=sorted(OUT), default="v", help="v: verbs (default), n: nouns")
    parser.add_argument("--out", type=Path, help="the table to write (default kg/lang/id/<verb|noun>_dictionary.tsv)")
    args = parser.parse_args()
    table = build(args.data, args.pos)
    args.out = args.out or OUT[args.pos]
    header = (f"# Indonesian {_FILE[args.pos]} → English lemma. Built by training/dictionary_id.py from Wordnet Bahasa (MIT),\n"
              "# Princeton WordNet 3.0 (WordNet 3.0 licence) and FreeDict eng-ind (CC BY-SA 3.0); this table: CC BY-SA 3.0.\n")
    args.out.write_text(header + "".join(f"{w}\t{e}\n" for w, e in sorted(table.items())), encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
