"""Build kg/lang/en/noun_classes.tsv: English common nouns whose most frequent sense names a person.

    apt-get install wordnet-base        # Princeton WordNet 3.0 as Debian ships it (/usr/share/wordnet)
    python training/noun_classes.py

A noun is listed when the first synset ``index.noun`` gives it (WordNet orders senses by tagged frequency) lies in
the lexicographer file noun.person (number 18) and is a class, not an instance ("mathematician", "striker",
"passenger"; not "einstein"). Multi-word lemmas are left out: the extractors test one head noun. "star" is not
listed, its first sense being the celestial body. The rules read the table to tell a person described by a common
noun ("American rookie X", "X, an Israeli mathematician") from a thing. The table is derived from WordNet 3.0 and
shared under the WordNet 3.0 licence, whose notice heads the file.
"""

from __future__ import annotations

import argparse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORDNET = Path("/usr/share/wordnet")
OUT = ROOT / "kg" / "lang" / "en" / "noun_classes.tsv"
CLASSES = {18: "person"}  # WordNet lexicographer file number → class written to the table

HEADER = """\
# English noun -> class of its most frequent WordNet sense. Built by training/noun_classes.py from
# Princeton WordNet 3.0 (Debian wordnet-base). WordNet 3.0 Copyright 2006 by Princeton University.
# All rights reserved. Permission to use, copy, modify and distribute this software and database and its
# documentation for any purpose and without fee or royalty is hereby granted, provided that you agree to comply
# with the following copyright notice and statements, including the disclaimer, and that the same appear on ALL
# copies of the software, database and documentation, including modifications that you make for internal use or
# for distribution. THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
# REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. The name of Princeton University or Princeton may not be used
# in advertising or publicity pertaining to distribution of the software and/or database.
"""


def synset_classes(wordnet: Path) -> dict[int, tuple[int, bool]]:
    """data.noun: synset offset → (lexicographer file number, whether the synset is an instance)."""
    out = {}
    with open(wordnet / "data.noun", encoding="latin-1") as handle:
        for line in handle:
            if line.startswith("  "):
                continue  # the licence at the head of the file
            parts = line.split(" ", 2)
            out[int(parts[0])] = (int(parts[1]), " @i " in line)
    return out


def noun_classes(wordnet: Path) -> dict[str, str]:
    """Single-word noun lemma → class of its first sense, for the classes in CLASSES."""
    synsets = synset_classes(wordnet)
    out = {}
    with open(wordnet / "index.noun", encoding="latin-1") as handle:
        for line in handle:
            if line.startswith("  "):
                continue
            parts = line.split()
            lemma, pointers = parts[0], int(parts[3])
            first = int(parts[4 + pointers + 2])  # lemma pos synset_cnt p_cnt [ptr...] sense_cnt tagsense_cnt offsets
            lexfile, instance = synsets[first]
            if "_" not in lemma and not instance and lexfile in CLASSES:
                out[lemma] = CLASSES[lexfile]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--wordnet", type=Path, default=WORDNET, help="folder of WordNet 3.0 (data.noun, index.noun)")
    args = ap.parse_args()
    table = noun_classes(args.wordnet)
    body = "".join(f"{w}\t{c}\n" for w, c in sorted(table.items()))
    OUT.write_text(HEADER + body, encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(table)} nouns")


if __name__ == "__main__":
    main()
