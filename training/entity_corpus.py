"""kg's named-entity annotations of real Indonesian news sentences: validator, agreement and training data.

    python training/relation_corpus.py show kumparan 0 40            # sentences to annotate: id, sha, text
    python training/entity_corpus.py validate training/entities/*.jsonl
    python training/entity_corpus.py agree SECOND.jsonl training/entities/*.jsonl

Sentences are named exactly as in ``training/relation_corpus.py`` (the texts stay in ../shared/data and the
nlp-id wheel). Each line lists every PER / ORG / LOC name of one sentence, in the order they are written; a
name written twice is listed twice (see ``training/entities/GUIDELINES.md``):

    {"id": "kumparan:17", "sha": "<first 10 hex of the sentence's sha256>", "entities": [
        {"text": "Joko Widodo", "label": "PER"}, {"text": "Jakarta", "label": "LOC"}]}
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import relation_corpus  # noqa: E402

LABELS = ("PER", "ORG", "LOC")
ANNOTATIONS = HERE / "entities"


def spans(record: dict, sentence: str) -> list[tuple[int, int, str]]:
    """Character spans of a record's entities, each found after the previous one, on word boundaries.

    Raises ValueError naming the first entity that cannot be placed.
    """
    out, at = [], 0
    for e in record["entities"]:
        name, label = e.get("text") or "", e.get("label")
        if label not in LABELS:
            raise ValueError(f"label {label!r} is not one of {', '.join(LABELS)}")
        start = at
        while True:
            start = sentence.find(name, start) if name else -1
            if start < 0:
                raise ValueError(f"{name!r} is not written in the sentence after position {at}")
            end = start + len(name)
            if _boundary(sentence, start) and _boundary(sentence, end):
                break
            start += 1
        out.append((start, end, label))
        at = end
    return out


def _boundary(text: str, i: int) -> bool:
    return i <= 0 or i >= len(text) or not (text[i - 1].isalnum() and text[i].isalnum())


def validate(paths) -> list[str]:
    """Every problem of the annotation files, one line each (empty when they are sound)."""
    errors: list[str] = []
    for where, record, sentence in relation_corpus.annotated(paths, errors):
        if relation_corpus.lang(record["id"]) != "id":
            errors.append(f"{where}: {record['id']} is not an Indonesian sentence")
        if not isinstance(record.get("entities"), list) or not all(isinstance(e, dict) for e in record["entities"]):
            errors.append(f"{where}: 'entities' must be a list of objects")
            continue
        try:
            spans(record, sentence)
        except ValueError as error:
            errors.append(f"{where}: {error}")
    return errors


def read(paths) -> list[dict]:
    return relation_corpus.read(paths)


def sentences(paths):
    """corpora.Sent with BIO tags for every annotated sentence whose names fall on word boundaries of the
    source's own tokens (kumparan's tokens; whitespace tokens elsewhere)."""
    import corpora

    kumparan = None
    for record in read(paths):
        sentence = relation_corpus.text(record["id"])
        source, _, k = record["id"].partition(":")
        if source == "kumparan":
            if kumparan is None:
                kumparan = list(corpora.read_kumparan(corpora.nlp_id_wheel(relation_corpus.CACHE)))
            words, spaces = kumparan[int(k)].words, kumparan[int(k)].spaces
        else:
            words = sentence.split()
            spaces = [True] * len(words)
        starts, at = [], 0
        for w, sp in zip(words, spaces):
            at = sentence.find(w, at)
            starts.append(at)
            at += len(w)
        if -1 in starts:
            continue
        tags = ["O"] * len(words)
        ok = True
        for start, end, label in spans(record, sentence):
            inside = [i for i, s in enumerate(starts) if start <= s < end]
            if not inside or starts[inside[0]] != start or starts[inside[-1]] + len(words[inside[-1]]) != end:
                ok = False  # a name inside a token ("(KPU)" as one token): leave the sentence out
                break
            tags[inside[0]] = f"B-{label}"
            for i in inside[1:]:
                tags[i] = f"I-{label}"
        if ok:
            yield corpora.Sent(words=list(words), spaces=list(spaces), ents=tags)


def agreement(first: list[dict], second: list[dict]) -> dict:
    """Entity-level P/R/F1 of ``second`` against ``first`` over the sentences both annotate (exact span and
    label), and the same ignoring labels."""
    mine = {r["id"]: r for r in first}
    both = [(mine[r["id"]], r) for r in second if r["id"] in mine]
    tp = tp_span = n_first = n_second = 0
    for a, b in both:
        text = relation_corpus.text(a["id"])
        x, y = set(spans(a, text)), set(spans(b, text))
        tp += len(x & y)
        tp_span += len({s[:2] for s in x} & {s[:2] for s in y})
        n_first += len(x)
        n_second += len(y)

    def f1(t):
        p, r = t / n_second if n_second else 0.0, t / n_first if n_first else 0.0
        return round(2 * p * r / (p + r), 3) if p + r else 0.0

    return {"sentences": len(both), "entities_first": n_first, "entities_second": n_second,
            "f1": f1(tp), "f1_spans": f1(tp_span)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    v = sub.add_parser("validate", help="check annotation files; exit 1 on any problem")
    v.add_argument("files", nargs="+", type=Path)
    a = sub.add_parser("agree", help="agreement of a second pass with the first")
    a.add_argument("second", type=Path)
    a.add_argument("files", nargs="+", type=Path)
    args = parser.parse_args()
    if args.command == "validate":
        errors = validate(args.files)
        for line in errors:
            print(line)
        n = sum(1 for _ in read(args.files)) if not errors else 0
        print(f"{len(errors)} problems" + (f"; {n} sentences" if not errors else ""), file=sys.stderr)
        sys.exit(1 if errors else 0)
    print(json.dumps(agreement(read(args.files), read([args.second])), indent=1))


if __name__ == "__main__":
    main()
