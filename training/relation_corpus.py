"""kg's relation annotations of real news sentences: where the sentences come from, and the validator.

    python training/relation_corpus.py show ntrex-en 1 40      # sentences to annotate: "id<TAB>text"
    python training/relation_corpus.py validate training/relations/*.jsonl

The sentences stay in ../shared/data (and the nlp-id wheel); only the annotations are committed, in
``training/relations/*.jsonl``. Each line annotates one sentence:

    {"id": "ntrex-id:17", "sha": "<first 10 hex of the sentence's sha256>", "triples": [
        {"s": "Joko Widodo", "st": "Person", "p": "holds_role", "o": "Indonesia", "ot": "Country"}]}

``s`` and ``o`` are spans exactly as the sentence writes them; ``p`` is an ontology property (or ``related``
with ``"v"``: the English verb); ``st``/``ot`` ontology classes. An empty list says the sentence states no
relation between named entities. Sources (ids):
- ``ntrex-en:N`` / ``ntrex-id:N``: line N (from 1) of NTREX-128 newstest2019, English source / Indonesian
  translation (CC BY-SA 4.0, ../shared/data/parallel-ntrex).
- ``gum:FILE:K``: sentence K (from 0) of a GUM Wikinews CoNLL-U file (CC BY 2.5).
- ``kumparan:K``: sentence K (from 0) of kumparan's POS data in the nlp-id 0.1.23.0 wheel (MIT), as
  training/corpora.py reads it.
- ``men:N:K``: sentence K (from 0, as kg's English sentence splitter cuts it) of MEN article N (MIT).
- ``idner:K``: sentence K (from 0) of idner-news-2k train (MIT), its tokens joined by spaces.
- ``pud-en:K``: sentence K (from 0) of UD English PUD (CC BY-SA 3.0).
- ``ud-id:NAME:K``: sentence K (from 0) of a UD Indonesian file (``id_csui-ud-train`` …; CC BY-SA 4.0).
- ``re3d:DOC:K``: sentence K (from 0, as kg's English sentence splitter cuts it) of re3d document DOC (its
  ``_id``; per-folder licences: CC BY 3.0 AU, OGL v3.0, public domain, CC BY-SA 3.0).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
CACHE = ROOT / ".train" / "cache"


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:10]


@cache
def _ntrex(side: str) -> list[str]:
    name = {"en": "newstest2019-src.eng.txt", "id": "newstest2019-ref.ind.txt"}[side]
    return (DATA / "parallel-ntrex" / name).read_text(encoding="utf-8").splitlines()


@cache
def _gum(name: str) -> list[str]:
    path = DATA / "en-gum-wikinews" / f"{name}.conllu"
    return [line[9:].strip() for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("# text = ")]


@cache
def _conllu(path: Path) -> list[str]:
    return [line[9:].strip() for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("# text = ")]


@cache
def _men(n: int) -> list[str]:
    sys.path.insert(0, str(ROOT))
    from kg.segment import sentences

    text = (DATA / "en-men" / "article_text" / f"article_{n}.txt").read_text(encoding="utf-8")
    return [s.text for s in sentences(text, "en", unclosed=False)]  # the numbering the annotations use


@cache
def _re3d() -> dict[str, list[str]]:
    """re3d's documents by id, each as kg's English sentence splitter cuts it, in folder then id order."""
    sys.path.insert(0, str(ROOT))
    from kg.segment import sentences

    out = {}
    for folder in sorted((DATA / "en-re3d").iterdir()):
        path = folder / "documents.json"
        if path.exists():
            lines = path.read_text(encoding="utf-8-sig").splitlines()
            for doc in sorted((json.loads(line) for line in lines if line.strip()), key=lambda d: d["_id"]):
                out[doc["_id"]] = [s.text for s in sentences(doc["text"], "en", unclosed=False)]
    return out


@cache
def _idner() -> list[str]:
    sys.path.insert(0, str(Path(__file__).parent))
    import corpora

    return [" ".join(s.words) for s in corpora.read_ner(DATA / "id-ner" / "idner-news-2k" / "train.txt")]


@cache
def _kumparan() -> list[str]:
    sys.path.insert(0, str(Path(__file__).parent))
    import corpora

    out = []
    for s in corpora.read_kumparan(corpora.nlp_id_wheel(CACHE)):
        out.append("".join(w + (" " if sp else "") for w, sp in zip(s.words, s.spaces)).strip())
    return out


def text(sentence_id: str) -> str:
    """The sentence an annotation id names (KeyError when there is none)."""
    source, _, rest = sentence_id.partition(":")
    try:
        if source in ("ntrex-en", "ntrex-id"):
            n = int(rest)
            if n < 1:
                raise IndexError
            return _ntrex(source[-2:])[n - 1]
        if source == "gum":
            name, _, k = rest.rpartition(":")
            return _gum(name)[int(k)]
        if source == "kumparan":
            return _kumparan()[int(rest)]
        if source == "men":
            n, _, k = rest.partition(":")
            return _men(int(n))[int(k)]
        if source == "idner":
            return _idner()[int(rest)]
        if source == "re3d":
            doc, _, k = rest.rpartition(":")
            return _re3d()[doc][int(k)]
        if source == "pud-en":
            return _conllu(DATA / "ud-english-pud" / "en_pud-ud-test.conllu")[int(rest)]
        if source == "ud-id":
            name, _, k = rest.rpartition(":")
            if "/" in name or not name.startswith("id_"):
                raise KeyError(sentence_id)
            return _conllu(DATA / "ud-indonesian" / f"{name}.conllu")[int(k)]
    except (IndexError, ValueError, OSError):
        pass
    raise KeyError(sentence_id)


def lang(sentence_id: str) -> str:
    return "id" if sentence_id.startswith(("ntrex-id", "kumparan", "ud-id", "idner")) else "en"


def read(paths) -> list[dict]:
    out = []
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append(json.loads(line))
    return out


def annotated(paths, errors: list[str]):
    """(where, record, sentence) for every line of annotation files whose sentence exists, in order; broken
    JSON, unknown sentences, a sentence annotated twice and a checksum that does not match add a line to
    ``errors`` (the checks every kind of annotation file shares)."""
    seen = set()
    for path in paths:
        for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
            where = f"{path}:{number}"
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                sentence = text(record["id"])
            except json.JSONDecodeError as error:
                errors.append(f"{where}: broken JSON ({error.msg})")
                continue
            except KeyError as error:
                errors.append(f"{where}: no sentence {error}")
                continue
            if record["id"] in seen:
                errors.append(f"{where}: {record['id']} annotated twice")
            seen.add(record["id"])
            if record.get("sha") != sha(sentence):
                errors.append(f"{where}: sha does not match the sentence {record['id']}")
            yield where, record, sentence


def validate(paths) -> list[str]:
    """Every problem of the annotation files, one line each (empty when they are sound)."""
    sys.path.insert(0, str(ROOT))
    from kg import ontology

    props, classes = ontology.properties(), set(ontology.classes())
    errors: list[str] = []
    for where, record, sentence in annotated(paths, errors):
        triples = record.get("triples")
        if not isinstance(triples, list):
            errors.append(f"{where}: 'triples' must be a list")
            continue
        keys = set()
        for t in triples:
            if not isinstance(t, dict):
                errors.append(f"{where}: a triple must be an object")
                continue
            for end in ("s", "o"):
                if not t.get(end) or t[end] not in sentence:
                    errors.append(f"{where}: {end}={t.get(end)!r} is not written in the sentence")
                if t.get(end + "t") not in classes:
                    errors.append(f"{where}: {end}t={t.get(end + 't')!r} is no ontology class")
            if t.get("p") not in props:
                errors.append(f"{where}: p={t.get('p')!r} is no ontology property")
            if t.get("p") == "related" and not t.get("v"):
                errors.append(f"{where}: a 'related' triple needs its English verb in 'v'")
            if t.get("s") == t.get("o"):
                errors.append(f"{where}: {t.get('s')!r} is related to itself")
            key = (t.get("s"), t.get("p"), t.get("o"))
            if key in keys:
                errors.append(f"{where}: {key} twice")
            keys.add(key)
    return errors


def agreement(first: list[dict], second: list[dict]) -> dict:
    """Triple agreement of two annotation passes over the same sentences: F1 of the second pass against the
    first, exact (same spans and property) and lenient (spans that contain one another, same property), and
    of the linked pairs alone (property ignored, direction kept)."""
    mine = {r["id"]: r["triples"] for r in first}
    out = {}
    for name, key in (("exact", lambda t: (t["s"], t["p"], t["o"])), ("lenient", None), ("pairs", lambda t: (t["s"], t["o"]))):
        matched = n1 = n2 = 0
        for r in second:
            a, b = mine.get(r["id"]), r["triples"]
            if a is None:
                continue
            n1, n2 = n1 + len(a), n2 + len(b)
            used = set()
            for t in b:
                for k, u in enumerate(a):
                    if k in used:
                        continue
                    same = key(t) == key(u) if key else (t["p"] == u["p"] and _near(t["s"], u["s"]) and _near(t["o"], u["o"]))
                    if same:
                        used.add(k)
                        matched += 1
                        break
        p = matched / n2 if n2 else 0.0
        rr = matched / n1 if n1 else 0.0
        out[name] = (p, rr, 2 * p * rr / (p + rr) if p + rr else 0.0, matched, n1, n2)
    return out


def _near(a: str, b: str) -> bool:
    return a in b or b in a


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    show = sub.add_parser("show", help="print sentences to annotate: id, sha, text")
    show.add_argument("source", choices=["ntrex-en", "ntrex-id", "kumparan", "pud-en", "idner", "re3d"] + [f"men:{n}" for n in range(1, 201)]
                      + [f"gum:{p.stem}" for p in sorted((DATA / "en-gum-wikinews").glob("*.conllu"))]
                      + [f"ud-id:{p.stem}" for p in sorted((DATA / "ud-indonesian").glob("*.conllu"))])
    show.add_argument("start", type=int)
    show.add_argument("end", type=int, help="last index, inclusive")
    check = sub.add_parser("validate", help="check annotation files; exit 1 on any problem")
    check.add_argument("files", nargs="+")
    agree = sub.add_parser("agree", help="agreement of a second pass (FILE) with the first passes (FILES)")
    agree.add_argument("second")
    agree.add_argument("files", nargs="+")
    args = parser.parse_args()
    if args.command == "show" and args.source == "re3d":  # one numbering over every document's sentences
        ids = [f"re3d:{doc}:{k}" for doc, sents in _re3d().items() for k in range(len(sents))]
        for sid in ids[args.start : args.end + 1]:
            print(f"{sid}\t{sha(text(sid))}\t{text(sid)}")
    elif args.command == "show":
        for k in range(args.start, args.end + 1):
            sid = f"{args.source}:{k}"
            try:
                sentence = text(sid)
            except KeyError:
                break
            print(f"{sid}\t{sha(sentence)}\t{sentence}")
    elif args.command == "agree":
        second = read([args.second])
        first = [r for r in read(args.files) if r["id"] in {x["id"] for x in second}]
        for name, (p, r, f, m, n1, n2) in agreement(first, second).items():
            print(f"{name:8} P {p:.3f} R {r:.3f} F1 {f:.3f}  ({m} matched; first pass {n1}, second pass {n2} triples; {len(second)} sentences)")
        for code in ("en", "id"):
            part = [x for x in second if lang(x["id"]) == code]
            f = agreement(first, part)["lenient"][2]
            print(f"lenient F1 {code}: {f:.3f} ({len(part)} sentences)")
    else:
        errors = validate(args.files)
        for e in errors:
            print(e)
        records = read(args.files)
        print(f"validate: {len(records)} sentences, {sum(len(r['triples']) for r in records)} triples, {len(errors)} errors")
        sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
