"""Train kg's name-type model (kg/models/nametype): person, organisation or place, from a name's letters.

    python training/train_nametype.py [--seed 0]

Names come from kg's own annotations and gazetteer, never from evaluation text:
- ``training/entities/*.jsonl``: the PER / ORG / LOC names of kumparan sentences (kg's annotations; the texts
  stay in the nlp-id wheel). The NTREX batches are left out (NTREX's English side is scored by
  ``bench/bench_corpus.py``).
- ``training/relations/*.jsonl``: the typed subjects and objects of kg's relation annotations (NTREX, MEN,
  GUM Wikinews, UD PUD, re3d, kumparan, idner-news-2k train, UD Indonesian), from the documents the relation
  model trains on only (``train_relations.held_out`` keeps the same 20% aside).
- MEN's Malaysian English articles (../shared/data/en-men): its PERSON / ORGANIZATION / LOCATION spans, from the
  same training articles.
- idner-news-2k train (../shared/data/id-ner): its PER / ORG / LOC names, same split.
- ``kg/lang/gazetteer.json``: every person, organisation, country and place kg knows, with its aliases.
Countries count as places. A name typed two ways is kept under each.

10% of the distinct names (by a hash of the name) are held out to score the model; the shipped model is then
fitted on all of them (scikit-learn's multinomial logistic regression over ``kg.nametype.features``) and
written as float16 weights with a model card. Takes under a minute on one core.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from kg import nametype  # noqa: E402

OUT = ROOT / "kg" / "models" / "nametype"
DATA = ROOT.parent / "shared" / "data"
ENTITY_LABELS = {"PER": "Person", "ORG": "Organization", "LOC": "Location"}
TRIPLE_TYPES = {"Person": "Person", "Organization": "Organization", "Location": "Location", "Country": "Location"}


def _held_out_document(sentence_id: str) -> bool:
    import train_relations

    return train_relations.held_out(train_relations._document(sentence_id))


def entity_names() -> Counter:
    out = Counter()
    for path in sorted((HERE / "entities").glob("*.jsonl")):
        if path.name.startswith("ntrex"):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if _held_out_document(record["id"]):
                continue
            for e in record["entities"]:
                out[(e["text"], ENTITY_LABELS[e["label"]])] += 1
    return out


def relation_names() -> Counter:
    out = Counter()
    for path in sorted((HERE / "relations").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if not record["triples"] or _held_out_document(record["id"]):
                continue
            for t in record["triples"]:
                for end in ("s", "o"):
                    cls = TRIPLE_TYPES.get(t.get(end + "t", ""))
                    if cls and t.get(end):
                        out[(t[end], cls)] += 1
    return out


def men_names() -> Counter:
    """MEN's PERSON / ORGANIZATION / LOCATION spans, from the articles the relation model trains on."""
    import train_relations

    folder = DATA / "en-men"
    labels = {"PERSON": "Person", "ORGANIZATION": "Organization", "LOCATION": "Location"}
    out = Counter()
    for article in json.loads((folder / "annotated_set.json").read_text(encoding="utf-8")):
        if train_relations.held_out("men/" + article["id"]):
            continue
        text = (folder / "article_text" / f"{article['id']}.txt").read_text(encoding="utf-8")
        for e in article["entities"]:
            if e["label"] in labels:
                name = " ".join(text[e["position"]["start_offset"]: e["position"]["end_offset"]].split())
                if name:
                    out[(name, labels[e["label"]])] += 1
    return out


def idner_names() -> Counter:
    """idner-news-2k train's PER / ORG / LOC names (its test split is never read)."""
    import corpora
    import train_relations

    out = Counter()
    for k, sent in enumerate(corpora.read_ner(DATA / "id-ner" / "idner-news-2k" / "train.txt")):
        if train_relations.held_out(f"idner/{k // 10}"):
            continue
        words, label = [], None
        for word, tag in [*zip(sent.words, sent.ents), ("", "O")]:
            if tag.startswith("I-") and tag[2:] == label:
                words.append(word)
                continue
            if words and label in ENTITY_LABELS:
                out[(" ".join(words), ENTITY_LABELS[label])] += 1
            words, label = ([word], tag[2:]) if tag != "O" else ([], None)
    return out


def gazetteer_names() -> Counter:
    data = json.loads((ROOT / "kg" / "lang" / "gazetteer.json").read_text(encoding="utf-8"))
    out = Counter()
    for entry in data["entries"]:
        cls = TRIPLE_TYPES.get(entry.get("type", ""))
        if not cls:
            continue
        for name in [entry["name"], *(a for names in entry.get("aliases", {}).values() for a in names)]:
            out[(name, cls)] += 1
    return out


def _held_out_name(name: str) -> bool:
    return int(hashlib.sha256(name.lower().encode()).hexdigest(), 16) % 10 == 0


def matrix(names: list[str]):
    from scipy.sparse import csr_matrix

    rows, cols = [], []
    for i, name in enumerate(names):
        for j in set(nametype.features(name)):
            rows.append(i)
            cols.append(j)
    return csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(len(names), 1 << nametype.BITS))


def fit(pairs: list[tuple[str, str]], c: float, seed: int):
    from sklearn.linear_model import LogisticRegression

    x = matrix([n for n, _ in pairs])
    y = [nametype.CLASSES.index(cls) for _, cls in pairs]
    model = LogisticRegression(C=c, max_iter=2000, random_state=seed)
    model.fit(x, y)
    return model


def score(model, pairs: list[tuple[str, str]], floor: float) -> dict:
    x = matrix([n for n, _ in pairs])
    p = model.predict_proba(x)
    gold = np.array([nametype.CLASSES.index(cls) for _, cls in pairs])
    top = p.argmax(axis=1)
    sure = p.max(axis=1) >= floor
    per = {cls: float((top[gold == k] == k).mean()) for k, cls in enumerate(nametype.CLASSES) if (gold == k).any()}
    return {
        "names": len(pairs), "accuracy": float((top == gold).mean()), "per_class_recall": per,
        f"share_at_{floor}": float(sure.mean()), f"accuracy_at_{floor}": float((top[sure] == gold[sure]).mean()) if sure.any() else 0.0,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--c", type=float, default=4.0, help="inverse L2 strength of the logistic regression")
    parser.add_argument("--floor", type=float, default=0.9, help="probability the extractors require (scored on held-out names)")
    args = parser.parse_args()
    started = time.time()
    sources = {"entities": entity_names(), "relations": relation_names(), "men": men_names(), "idner": idner_names(), "gazetteer": gazetteer_names()}
    pairs = sorted({key for counts in sources.values() for key in counts})
    train = [p for p in pairs if not _held_out_name(p[0])]
    test = [p for p in pairs if _held_out_name(p[0])]
    held = score(fit(train, args.c, args.seed), test, args.floor)
    model = fit(pairs, args.c, args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    weights = model.coef_.astype(np.float16)
    np.savez_compressed(args.out / nametype.MODEL, weights=weights, bias=model.intercept_.astype(np.float16))
    classes = Counter(cls for _, cls in pairs)
    card = {
        "sources": {k: len(v) for k, v in sources.items()}, "names": len(pairs), "classes": dict(classes),
        "held_out": held, "c": args.c, "seed": args.seed, "seconds": round(time.time() - started, 1),
    }
    (args.out / "scores.json").write_text(json.dumps(card, indent=2) + "\n", encoding="utf-8")
    (args.out / "MODEL_CARD.md").write_text(CARD.format(
        weights_kb=(args.out / nametype.MODEL).stat().st_size // 1024, floor_share=held[f"share_at_{args.floor}"],
        floor_accuracy=held[f"accuracy_at_{args.floor}"], floor=args.floor, **{f"n_{k}": len(v) for k, v in sources.items()},
        **{f"c_{k}": v for k, v in classes.items()}, **{f"r_{k}": v for k, v in held["per_class_recall"].items()},
        names=len(pairs), held_names=held["names"], accuracy=held["accuracy"], c=args.c, seed=args.seed,
        seconds=card["seconds"]), encoding="utf-8")
    print(json.dumps(card, indent=2))


CARD = """# kg name-type model

Whether a name is a person's, an organisation's or a place's, from the name alone: a multinomial logistic
regression (scikit-learn, C={c}, seed {seed}) over hashed features of the name's words and their character 2- to
5-grams (`kg.nametype.features`, 2^18 buckets), stored as float16 weights ({weights_kb} KB). Written by
`python training/train_nametype.py` in {seconds} s on one core; do not edit by hand.

## Data ({names:,} distinct typed names: {c_Person:,} persons, {c_Organization:,} organisations, {c_Location:,} places)

| source | typed names | licence |
| --- | --- | --- |
| kg's entity annotations of kumparan sentences (`training/entities/`; NTREX batches left out) | {n_entities:,} | kg's own; texts MIT (nlp-id wheel) |
| typed subjects and objects of kg's relation annotations (`training/relations/`), training documents only | {n_relations:,} | kg's own; texts as in `kg/models/relations/MODEL_CARD.md` |
| MEN's PERSON / ORGANIZATION / LOCATION spans, training articles only | {n_men:,} | MIT |
| idner-news-2k train PER / ORG / LOC, training blocks only | {n_idner:,} | MIT |
| kg's gazetteer (`kg/lang/gazetteer.json`), with aliases; countries count as places | {n_gazetteer:,} | kg's own |

"Training documents only": the documents `training/train_relations.py` holds out (20% by hash) are left out
here too, so `bench/bench_corpus.py` scores kg on sentences whose names this model never saw. No evaluation
text (../shared/eval, NER-UI, NERGrit, idner-news-2k test) is read.

## Held-out scores (10% of the distinct names by hash, {held_names} names; model fitted on the rest)

| measure | score |
| --- | --- |
| accuracy | {accuracy:.3f} |
| recall: persons / organisations / places | {r_Person:.3f} / {r_Organization:.3f} / {r_Location:.3f} |
| share of names scored at {floor} or more | {floor_share:.3f} |
| accuracy on those | {floor_accuracy:.3f} |

## How kg uses it
Only where it is sure (probability {floor} or more) and only one way per language, where that measured better:
- Indonesian: after the NER, a name tagged PER is retyped ORG (or LOC, at probability 0.97; component
  `kg_name_type`). Scored by
  `python bench/bench_nlp_id.py` ("as kg runs it" rows of `kg/lang/id/model/MODEL_CARD.md`).
- English: a name of two to four capitalised words that en_core_web_sm tags as a place, product or other
  non-organisation type is read as a person's ("Sergio Ermotti" tagged GPE); one it tags as a person, as an
  organisation's (or at 0.97 a place's: "Kampung Batu Puteh").

## Limits
Organisations and places are confused most (a resort, a business centre or "Freeport McMoran" can read as
either); one-word names carry little (Japanese place names read like surnames), so kg never turns a name into a
person's from one word in English, and never retypes between organisations and places.
"""


if __name__ == "__main__":
    main()
