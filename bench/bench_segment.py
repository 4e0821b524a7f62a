"""Sentence segmentation on pathological text: long runs of dots, letters, spaces, initials, abbreviations.

Run: python bench/bench_segment.py [--bytes 1000000]

Before kg 0.1's linear rewrite of kg/segment.py, 100 KB of such text took minutes (quadratic look-backs
and backtracking); each case of 1 MB should now take well under 2 s of CPU.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def cases(n: int) -> dict[str, str]:
    return {
        "dots": "A" + "." * n + " B.",
        "dots without space": "." * n + "x",
        "one endless word": "x" * n + " end. More.",
        "initials": "A. " * (n // 3) + "end.",
        "abbreviations": "Dr. " * (n // 4) + "ok.",
        "spaces": "a" + " " * n + "b.",
        "letters and dots": "a." * (n // 2) + " B.",
        "capitalised words": "Abc Def, " * (n // 9) + "x.",
        "quotes": "." + '"' * n + "x.",
        "sign-off brackets": "(ab/" * (n // 4) + "x.",
        "one-sentence lines": "A b.\n" * (n // 5),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bytes", type=int, default=1_000_000)
    args = parser.parse_args()
    from kg.segment import sentences

    print(f"{'case':<22} {'chars':>9} {'CPU s':>7} {'sentences':>9}")
    for name, text in cases(args.bytes).items():
        started = time.process_time()
        found = sentences(text, "en")
        print(f"{name:<22} {len(text):>9} {time.process_time() - started:>7.2f} {len(found):>9}")


if __name__ == "__main__":
    main()
