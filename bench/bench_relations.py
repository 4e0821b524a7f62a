"""The shipped relation model (kg/models/relations) on its held-out annotated sentences, and its speed.

Run: python bench/bench_relations.py

Scores the model as kg runs it (calibrated confidence, the model's threshold for the language) on the held-out documents of
kg's annotations (training/relations; the 20% that training/train_relations.py holds out by hash), per
language, then times feature extraction and scoring alone on already-parsed sentences. Needs ../shared/data.
The last line: ``relations: en_f1=… id_f1=… pairs_s=…``.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training"))


def main() -> None:
    import relation_corpus
    import train_relations

    from kg import relmodel

    model = relmodel.model()
    files = sorted(train_relations.ANNOTATIONS.glob("*.jsonl"))
    rows = [r for r in train_relations.annotated_examples(files) if train_relations.held_out(r[0])]
    counts: dict[str, Counter] = {}
    started = time.process_time()
    for _source, feats, label, _weight, code in rows:
        probs = model.probabilities(feats)
        k = int(probs.argmax())
        guess, conf = model.labels[k], model.confidence(float(probs[k]))
        c = counts.setdefault(code, Counter())
        emitted = guess != relmodel.NONE and conf >= model.thresholds.get(code, model.threshold)
        c["gold"] += label != relmodel.NONE
        c["emitted"] += emitted
        c["correct"] += emitted and guess == label
    seconds = time.process_time() - started
    print(f"held-out annotated pairs: {len(rows)} ({len(relation_corpus.read(files))} annotated sentences in all); thresholds {model.thresholds or model.threshold}")
    scores = {}
    for code, c in sorted(counts.items()):
        p = c["correct"] / c["emitted"] if c["emitted"] else 0.0
        r = c["correct"] / c["gold"] if c["gold"] else 0.0
        scores[code] = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{code}: P {p:.3f} R {r:.3f} F1 {scores[code]:.3f} ({c['correct']} of {c['emitted']} emitted, {c['gold']} gold links)")
    rate = len(rows) / seconds if seconds else 0.0
    print(f"scoring: {rate:,.0f} pairs per CPU-second (features already extracted)")
    print("relations: " + " ".join(f"{code}_f1={f:.3f}" for code, f in scores.items()) + f" pairs_s={rate:.0f}")


if __name__ == "__main__":
    main()
