"""Train kg's English name-class model (kg/models/retype): the class of a name the English tagger found, from its
label, its words and its context.

    python training/train_retype.py [--seed 0] [--c 1.0]

Examples are the entities ``en_core_web_sm`` (as kg runs it) finds in the English sentences of kg's own relation
annotations (``training/relations/*.jsonl``: NTREX, MEN, GUM Wikinews, UD PUD, re3d; texts read from
../shared/data, never copied) whose head lies in an annotated subject or object: the annotation's class is the
answer (countries and places are one class, as the tagger's GPE). Names the gazetteer knows are left out: kg
types those from the gazetteer, and the annotations call a country acting as a state an organisation, which
is no error of the tagger. So are names holding a title word ("Jakarta Gov Anies Baswedan"): the rules cut
those by the tagger's class, and kg leaves it.

The documents ``training/train_relations.py`` holds out (20% by hash) are held out here too: the model is fitted
on the rest (scikit-learn's multinomial logistic regression over ``kg.retype.features``) and scored on them, so
``bench/bench_corpus.py`` scores kg on sentences this model never saw. The model card gives the tagger's
accuracy against the model's at each floor, what the floor fixes and breaks, and the confusion by class.
Takes about two minutes on one core (most of it parsing).
"""

from __future__ import annotations

import argparse
import functools
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

from kg import retype  # noqa: E402

OUT = ROOT / "kg" / "models" / "retype"
FLOORS = (0.5, 0.6, 0.7, 0.8, 0.9)  # kg.retype.FLOOR is one of them


def tagged(texts: list[str]) -> list:
    """``texts`` parsed by kg's English pipeline without this model (the tagger's own labels are what it learns to
    check)."""
    from kg import nlp

    pipeline = nlp.pipeline("en")
    with pipeline.select_pipes(disable=[n for n in pipeline.pipe_names if n == retype.COMPONENT]):
        return nlp.parse("en", texts)


def examples():
    """(held out?, tagger's class, annotated class, features, name) for each entity the tagger finds in an
    annotated English subject or object."""
    import relation_corpus
    import train_relations

    from kg import gazetteer

    known = functools.partial(gazetteer.lookup, lang="en")
    records = [r for r in relation_corpus.read(sorted(train_relations.ANNOTATIONS.glob("*.jsonl")))
               if relation_corpus.lang(r["id"]) == "en" and r["triples"]]
    texts = [relation_corpus.text(r["id"]) for r in records]
    for r, text, doc in zip(records, texts, tagged(texts)):
        gold = {}
        for t in r["triples"]:
            for end in ("s", "o"):
                kind = retype.ONTOLOGY_CLASS.get(t.get(end + "t"))
                at = text.find(t[end])
                span = doc.char_span(at, at + len(t[end]), alignment_mode="expand") if kind and at >= 0 else None
                if span is not None:
                    gold.setdefault((span.start, span.end), kind)
        held = train_relations.held_out(train_relations._document(r["id"]))
        for e in doc.ents:
            now = retype.NER_CLASS.get(e.label_)
            answer = next((kind for (s, end), kind in gold.items() if s <= e.root.i < end), None)
            if answer is None or not retype.decides(e, known):
                continue
            yield held, now, answer, retype.features(doc, e), e.text


MEN_CLASSES = {"PERSON": "PER", "ORGANIZATION": "ORG", "LOCATION": "PLACE", "FACILITY": "PLACE", "NORP": "GROUP",
               "EVENT": "EVENT", "PRODUCT": "PRODUCT"}


def men_examples():
    """The same, for the entities the tagger finds in MEN's 200 Malaysian English news articles
    (../shared/data/en-men, MIT), MEN's own entity annotation as the answer (MEN types every name, not only
    those in a relation); held out by article as ``training/train_relations.py`` holds MEN's sentences out."""
    import train_relations

    from kg import gazetteer

    known = functools.partial(gazetteer.lookup, lang="en")
    folder = ROOT.parent / "shared" / "data" / "en-men"
    articles = json.loads((folder / "annotated_set.json").read_text(encoding="utf-8"))
    texts = [(folder / "article_text" / f"{a['id']}.txt").read_text(encoding="utf-8") for a in articles]
    for article, doc in zip(articles, tagged(texts)):
        spans = [(e["position"]["start_offset"], e["position"]["end_offset"], MEN_CLASSES[e["label"]])
                 for e in article["entities"] if e["label"] in MEN_CLASSES]
        held = train_relations.held_out("men/" + article["id"])
        for e in doc.ents:
            now = retype.NER_CLASS.get(e.label_)
            at = e.root.idx
            answer = next((kind for start, end, kind in spans if start <= at < end), None)
            if answer is None or not retype.decides(e, known):
                continue
            yield held, now, answer, retype.features(doc, e), e.text


def fit(rows, c: float, seed: int):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([dict.fromkeys(r[3], 1) for r in rows])
    clf = LogisticRegression(C=c, max_iter=3000, random_state=seed)
    clf.fit(x, [r[2] for r in rows])
    return vec, clf


def score(vec, clf, rows) -> dict:
    """The tagger's accuracy on ``rows``, the model's at each floor (with the names it fixes and breaks), and the
    confusion (annotated class → class after the model at the shipped floor)."""
    probs = clf.predict_proba(vec.transform([dict.fromkeys(r[3], 1) for r in rows]))
    classes = list(clf.classes_)
    out = {"names": len(rows), "tagger": sum(r[1] == r[2] for r in rows) / len(rows), "floors": [], "confusion": Counter()}
    for floor in FLOORS:
        right = fixed = broke = 0
        for p, r in zip(probs, rows):
            k = int(p.argmax())
            now = classes[k] if classes[k] != r[1] and p[k] >= floor else r[1]
            right += now == r[2]
            fixed += now != r[1] and now == r[2]
            broke += now != r[1] and r[1] == r[2]
            if floor == retype.FLOOR:
                out["confusion"][(r[2], r[1], now)] += 1
        out["floors"].append((floor, right / len(rows), fixed, broke))
    return out


CARD = """# kg English name-class model

Whether a name `en_core_web_sm` found is a person's, an organisation's, a place's, a group's, an event's or a
product's, from the tagger's label, the name's words (and whether its last is one the lexicon lists for bodies,
places or events) and its context (two words each side, its dependency and head word): a multinomial logistic regression (scikit-learn, C={c}, seed {seed})
over {n_features} features × {n_classes} classes, stored as float16 weights. kg runs it after the English NER
(`kg.retype`, component `kg_retype_en`) and relabels a name only where the model is at least {floor} sure of
another class and the gazetteer does not know the name. Written by `python training/train_retype.py` in
{seconds:.0f} s; do not edit by hand.

## Data

The entities the tagger finds in the annotated subjects and objects of kg's own English relation annotations of
real news (`training/relations/`: NTREX (CC BY-SA 4.0), MEN (MIT), GUM Wikinews (CC BY 2.5), UD PUD
(CC BY-SA 3.0), re3d (Dstl; CC BY 3.0 AU, OGL, public domain, CC BY-SA)), the annotation's class as the answer;
names the gazetteer knows are left out. {n_train} names from the training documents, {n_test} from the
documents `training/train_relations.py` holds out (20% by hash), which the shipped model never saw.
Classes among the training names: {classes}.

## Held-out scores ({n_test} names)

The tagger's class is right for {tagger:.3f} of them. With the model at each floor:

| floor | accuracy | names fixed | names broken |
| --- | --- | --- | --- |
{floors}

Confusion at the shipped floor ({floor}): annotated class, the tagger's class, the class after the model.

| annotated | tagger | after | names |
| --- | --- | --- | --- |
{confusion}

The class decides which relations kg reads (`bench/bench_corpus.py`, `bench/bench_quality.py --ablation`
give its effect on extraction; see the README).
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--c", type=float, default=1.0, help="inverse L2 strength of the logistic regression")
    args = parser.parse_args()
    started = time.time()
    rows = list(examples()) + list(men_examples())
    train = [r for r in rows if not r[0]]
    test = [r for r in rows if r[0]]
    vec, clf = fit(train, args.c, args.seed)
    scores = score(vec, clf, test)
    names = vec.get_feature_names_out().tolist()
    weights = clf.coef_.T.astype(np.float16)
    if len(clf.classes_) == 2:  # scikit-learn keeps one row for two classes
        raise SystemExit("train_retype: the data hold only two classes")
    args.out.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out / "model.npz", weights=weights, bias=clf.intercept_.astype(np.float16))
    (args.out / "model.json").write_text(json.dumps({"features": names, "classes": clf.classes_.tolist()}, ensure_ascii=False) + "\n",
                                         encoding="utf-8")
    seconds = time.time() - started
    (args.out / "MODEL_CARD.md").write_text(CARD.format(
        c=args.c, seed=args.seed, n_features=len(names), n_classes=len(clf.classes_), floor=retype.FLOOR, seconds=seconds,
        n_train=len(train), n_test=len(test), tagger=scores["tagger"],
        classes=", ".join(f"{k} {v}" for k, v in Counter(r[2] for r in train).most_common()),
        floors="\n".join(f"| {f} | {a:.3f} | {fx} | {br} |" for f, a, fx, br in scores["floors"]),
        confusion="\n".join(f"| {g} | {t} | {a} | {n} |" for (g, t, a), n in sorted(scores["confusion"].items(), key=lambda x: -x[1])
                            if not (g == t == a))), encoding="utf-8")
    best = next(a for f, a, _, _ in scores["floors"] if f == retype.FLOOR)
    print(f"retype: {len(train)} training names, {len(test)} held out; tagger {scores['tagger']:.3f}, "
          f"model at {retype.FLOOR} {best:.3f} ({seconds:.0f} s) -> {args.out}")


if __name__ == "__main__":
    main()
