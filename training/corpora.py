"""Readers for the openly licensed training and evaluation data (kept in ../shared/data, never in the repo).

Each reader yields :class:`Sent` records in spaCy's run-time tokenisation: multiword tokens of UD
("menyetujuinya" = menyetujui + nya) are merged back into one token, as spaCy's Indonesian tokenizer leaves
them. Converting to spaCy ``Doc`` objects happens in :func:`docs`, so the readers stay plain Python.
"""

from __future__ import annotations

import zipfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
NLP_ID_WHEEL = "nlp_id-0.1.23.0-py3-none-any.whl"
NLP_ID_SHA256 = "358faafb1e4801d79d6c9c8cf20be9d62d990fff9563f2bb6ee1cd7731691384"


@dataclass
class Sent:
    words: list[str]
    spaces: list[bool] = field(default_factory=list)
    pos: list[str] | None = None
    heads: list[int] | None = None  # absolute index of each word's head (itself for the root)
    deps: list[str] | None = None
    ents: list[str] | None = None  # BILUO-free BIO tags: "B-PER", "I-ORG", "O"


# ---------------------------------------------------------------- UD (CoNLL-U)


def read_conllu(path: Path) -> Iterator[Sent]:
    """UD sentences with UPOS, heads and relations; multiword tokens merged into their surface form."""
    block: list[list[str]] = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line:
                if block:
                    yield _ud_sentence(block)
                block = []
            elif not line.startswith("#"):
                block.append(line.split("\t"))
    if block:
        yield _ud_sentence(block)


def _ud_sentence(rows: list[list[str]]) -> Sent:
    ranges: dict[int, tuple[int, str, str]] = {}  # first word id -> (last word id, surface, misc)
    words: dict[int, list[str]] = {}
    for row in rows:
        if "-" in row[0]:
            a, b = map(int, row[0].split("-"))
            ranges[a] = (b, row[1], row[9])
        elif "." not in row[0]:
            words[int(row[0])] = row
    # Map every UD word id to the index of the token it ends up in.
    token_of: dict[int, int] = {}
    tokens: list[dict] = []
    wid = 1
    while wid <= len(words):
        if wid in ranges:
            last, surface, misc = ranges[wid]
            members = list(range(wid, last + 1))
            # The content word carries the token: the first member that is not a clitic pronoun/particle.
            content = next((m for m in members if words[m][3] not in ("PRON", "PART", "DET")), members[0])
            tokens.append({"text": surface, "misc": misc, "members": members, "content": content})
            for m in members:
                token_of[m] = len(tokens) - 1
            wid = last + 1
        else:
            row = words[wid]
            tokens.append({"text": row[1], "misc": row[9], "members": [wid], "content": wid})
            token_of[wid] = len(tokens) - 1
            wid += 1
    sent = Sent(words=[], spaces=[], pos=[], heads=[], deps=[])
    for i, tok in enumerate(tokens):
        row = words[tok["content"]]
        head = int(row[6])
        # A head inside the same merged token (the clitic's own arc) climbs to the token's head.
        seen = set()
        while head and token_of[head] == i and head not in seen:
            seen.add(head)
            head = int(words[head][6])
        sent.words.append(tok["text"])
        sent.spaces.append("SpaceAfter=No" not in tok["misc"])
        sent.pos.append(row[3])
        sent.heads.append(token_of[head] if head else i)
        sent.deps.append("ROOT" if not head else row[7])
    return sent


# ---------------------------------------------------------------- kumparan POS (nlp-id wheel)

# kumparan's tagset → UPOS; closed-class words are then harmonised with UD (see harmonise_upos).
KUMPARAN_UPOS = {
    "NN": "NOUN", "NNP": "PROPN", "VB": "VERB", "JJ": "ADJ", "ADV": "ADV", "IN": "ADP", "SC": "SCONJ",
    "CC": "CCONJ", "PR": "PRON", "DT": "DET", "NUM": "NUM", "FW": "X", "NEG": "PART", "RP": "PART",
    "UH": "INTJ", "SYM": "PUNCT",
}


def nlp_id_wheel(cache: Path) -> Path:
    """The nlp-id wheel (MIT), fetched once with ``pip download --no-deps`` and checked by sha256."""
    import hashlib
    import subprocess
    import sys

    path = cache / NLP_ID_WHEEL
    if not path.exists():
        cache.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", str(cache), "nlp-id==0.1.23.0"], check=True)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != NLP_ID_SHA256:
        raise SystemExit(f"{path}: sha256 {digest} is not the expected {NLP_ID_SHA256}")
    return path


def read_kumparan(wheel: Path) -> Iterator[Sent]:
    """kumparan's POS-tagged news sentences, tags mapped to UPOS; split-off "nya" rejoined to its word."""
    text = zipfile.ZipFile(wheel).read("nlp_id/data/dataset_postag.txt").decode("utf-8")
    for block in text.replace("\r\n", "\n").split("\n\n"):
        words: list[str] = []
        pos: list[str] = []
        for line in block.split("\n"):
            parts = line.split("\t")
            if len(parts) != 2 or not parts[0]:
                continue
            word, tag = parts[0], parts[1].upper()
            if word.lower() == "nya" and words and words[-1][-1:].isalpha():
                words[-1] += word
                continue
            words.append(word)
            upos = KUMPARAN_UPOS.get(tag, "X")
            if upos == "PUNCT" and any(ch.isalnum() for ch in word):
                upos = "SYM"
            pos.append(upos)
        if words:
            yield Sent(words=words, spaces=_guess_spaces(words), pos=pos)


def _guess_spaces(words: list[str]) -> list[bool]:
    """Whitespace after each token as news text has it (no space before , . ) and after ( ")."""
    spaces = []
    for i, word in enumerate(words):
        following = words[i + 1] if i + 1 < len(words) else ""
        spaces.append(bool(following) and following not in {",", ".", ")", ":", ";", "?", "!", "%"} and word not in {"(", "["})
    return spaces


def harmonise_upos(sents: list[Sent], reference: list[Sent], min_count: int = 2, share: float = 0.8) -> dict[str, str]:
    """Give ``sents`` the tags that the ``reference`` treebank's conventions give each word, where they differ.

    kumparan tags "akan", "telah" ADV where UD CSUI says AUX, "namun" CCONJ where CSUI says ADV, "Rp" SYM where
    CSUI says NOUN; UD GSD and PUD differ from CSUI on some words too. For every word the reference tags one way
    in at least ``share`` of ``min_count``+ occurrences, that tag replaces the one in ``sents``, except on proper
    nouns and punctuation (names keep their tag whatever their words). Only the word→tag table is derived; it is
    computed at training time from the data.
    """
    counts: dict[str, Counter] = defaultdict(Counter)
    for sent in reference:
        for word, tag in zip(sent.words, sent.pos):
            counts[word.lower()][tag] += 1
    table = {}
    for word, counter in counts.items():
        tag, n = counter.most_common(1)[0]
        total = sum(counter.values())
        if total >= min_count and n / total >= share and tag not in ("PROPN", "PUNCT", "X"):
            table[word] = tag
    for sent in sents:
        sent.pos = [table.get(w.lower(), p) if p not in ("PROPN", "PUNCT") else p for w, p in zip(sent.words, sent.pos)]
    return table


# ---------------------------------------------------------------- NER (CoNLL-like)

NER_LABELS = {"PER": "PER", "PERSON": "PER", "LOC": "LOC", "LOCATION": "LOC", "PLACE": "LOC", "ORG": "ORG", "ORGANIZATION": "ORG", "ORGANISATION": "ORG"}


def read_ner(path: Path) -> Iterator[Sent]:
    """Sentences of an Indonesian NER file (token … BIO tag, whitespace separated; CRLF tolerated).

    Labels are folded to PER / LOC / ORG; others (TIME, QUANTITY) become O.
    """
    words: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.strip("\r\n")
            parts = line.split()
            if not parts:
                if words:
                    yield Sent(words=words, spaces=_guess_spaces(words), ents=tags)
                words, tags = [], []
                continue
            word, tag = parts[0], parts[-1]
            if tag != "O" and "-" in tag:
                prefix, label = tag.split("-", 1)
                label = NER_LABELS.get(label.upper())
                tag = f"{prefix.upper()}-{label}" if label else "O"
            elif tag != "O":
                tag = "O"
            words.append(word)
            tags.append(tag)
    if words:
        yield Sent(words=words, spaces=_guess_spaces(words), ents=tags)


# ---------------------------------------------------------------- to spaCy


def docs(nlp, sents: Iterable[Sent], per_doc: int = 1) -> list:
    """spaCy Docs from sentences, ``per_doc`` sentences joined into one Doc (sentence starts kept)."""
    from spacy.tokens import Doc
    from spacy.training import iob_to_biluo, biluo_tags_to_spans

    out = []
    batch: list[Sent] = []

    def flush():
        words, spaces, pos, heads, deps, ents, starts = [], [], [], [], [], [], []
        for sent in batch:
            offset = len(words)
            words += sent.words
            spaces += sent.spaces
            spaces[-1] = True
            starts += [True] + [False] * (len(sent.words) - 1)
            pos += sent.pos or [None] * len(sent.words)
            heads += [h + offset for h in sent.heads] if sent.heads else [None] * len(sent.words)
            deps += sent.deps or [None] * len(sent.words)
            ents += sent.ents or []
        has = lambda xs: any(x is not None for x in xs)  # noqa: E731
        doc = Doc(
            nlp.vocab, words=words, spaces=spaces,
            pos=pos if has(pos) else None,
            heads=heads if has(heads) else None,
            deps=deps if has(deps) else None,
            sent_starts=None if has(heads) else starts,
        )
        if ents:
            doc.ents = biluo_tags_to_spans(doc, iob_to_biluo(ents))
        out.append(doc)

    for sent in sents:
        batch.append(sent)
        if len(batch) == per_doc:
            flush()
            batch = []
    if batch:
        flush()
    return out
