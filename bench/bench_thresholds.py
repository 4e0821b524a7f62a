"""How steady the relation model's per-language threshold is: the choice training makes, repeated on bootstrap
resamples of the held-out documents, for the shipped weights.

Run: python bench/bench_thresholds.py [--samples 40] [--seed 0]

training/train_relations.py picks each language's threshold as the one with the best held-out F1 among those
whose held-out precision reaches 0.75, on a 0.05 grid of a calibrated confidence cross-fitted over two halves of
the held-out documents ("training"). This script draws documents of the held-out 20% with replacement, repeats
the choice on the draw, and scores each chosen threshold on the whole held-out set as kg runs it (the shipped
calibration map). A wide spread says the choice rests on few held-out links, so small data changes move it. For
comparison it also repeats an alternative ("levels": the same criterion on the run-time confidence, among the
map's own levels). Needs ../shared/data (the annotated sentences' texts). The last line:
``thresholds: en_sd=… id_sd=… en_f1_sd=… id_f1_sd=…`` (training's rule).
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--samples", type=int, default=40, help="bootstrap draws of the held-out documents")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    import train_relations as training

    from kg import relmodel

    model = relmodel.model()
    labels = model.labels
    files = sorted(training.ANNOTATIONS.glob("*.jsonl"))
    test = [r for r in training.annotated_examples(files) if training.held_out(r[0])]
    probs = np.array([model.probabilities(r[1]) for r in test])  # the features as training writes them
    gold = np.array([labels.index(r[2]) if r[2] in labels else labels.index("none") for r in test])
    langs = np.array([r[4] for r in test])
    runtime = np.array([model.confidence(float(p)) for p in probs.max(axis=1)])  # what kg computes for each link

    documents = sorted({r[0] for r in test})
    rows_of = {d: np.array([k for k, r in enumerate(test) if r[0] == d]) for d in documents}
    rng = random.Random(args.seed)
    picks: dict[tuple[str, str], list] = {}
    hows: dict[tuple[str, str], Counter] = {}  # which of training's rules chose each threshold
    for _ in range(args.samples):
        draw = [rng.choice(documents) for _ in documents]
        idx = np.concatenate([rows_of[d] for d in draw])
        p, g, lang = probs[idx], gold[idx], langs[idx]
        halves = np.array([int(hashlib.sha256(f"{n}/{d}".encode()).hexdigest(), 16) % 2
                           for n, d in enumerate(draw) for _ in rows_of[d]])
        crossed = np.zeros(len(idx))
        for half in (0, 1):
            fitted = training._isotonic(p[halves != half], g[halves != half], labels)
            crossed[halves == half] = np.interp(p[halves == half].max(axis=1), *fitted)
        calibration = training._isotonic(p, g, labels)
        conf = np.interp(p.max(axis=1), *calibration)
        levels = sorted({round(float(v), 4) for v in calibration[1] if 0.2 <= v <= 0.95})
        for code in ("en", "id"):
            sel, whole = lang == code, langs == code
            for rule, (t, how) in (("training", training._language_threshold(training._threshold(p[sel], g[sel], labels, crossed[sel])[1])),
                                   ("levels", training._language_threshold(training._threshold(p[sel], g[sel], labels, conf[sel], levels)[1]))):
                picks.setdefault((rule, code), []).append(
                    (t, *training._scores(probs[whole], gold[whole], labels, t, runtime[whole])[:3]))
                hows.setdefault((rule, code), Counter())[how] += 1
    print(f"{args.samples} bootstrap draws of {len(documents)} held-out documents; each threshold scored on all of them at run time")
    print("rule     lang  threshold sd  range        P mean  P sd   R sd   F1 mean  F1 sd")
    for (rule, code), rows in sorted(picks.items()):
        a = np.array(rows)
        print(f"{rule:8} {code:4}  {a[:, 0].std():.3f}         {a[:, 0].min():.2f}–{a[:, 0].max():.2f}    {a[:, 1].mean():.3f}   "
              f"{a[:, 1].std():.3f}  {a[:, 2].std():.3f}  {a[:, 3].mean():.3f}    {a[:, 3].std():.3f}")
    for (rule, code), counts in sorted(hows.items()):
        print(f"{rule:8} {code:4}  chosen by: " + ", ".join(f"{how} {n}" for how, n in counts.most_common()))
    cur = {code: np.array(picks[("training", code)]) for code in ("en", "id")}
    print(f"thresholds: en_sd={cur['en'][:, 0].std():.3f} id_sd={cur['id'][:, 0].std():.3f} "
          f"en_f1_sd={cur['en'][:, 3].std():.3f} id_f1_sd={cur['id'][:, 3].std():.3f}")


if __name__ == "__main__":
    main()
