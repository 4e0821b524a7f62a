"""Scores and speed of kg's Indonesian spaCy pipeline (kg/lang/id/model) on held-out data never trained on.

Run: python bench/bench_nlp_id.py [--model DIR] [--data ../shared/data]

- POS (UPOS accuracy): kumparan held-out (the last 2,000 sentences of the nlp-id wheel's data, tags mapped to
  UPOS as in training) and UD Indonesian CSUI test.
- Dependencies (UAS/LAS, spaCy's scorer: punctuation not counted): CSUI test and GSD test.
- Entities (P/R/F1, PER/ORG/LOC): idner-news-2k test; NER-UI (IndoLEM, whole file) and NERGrit test as texts
  from other sources (their licences are unclear, so they are only ever scored).
- Speed: tokens per second on one core, raw text through tokenizer and all components.
Gold tokenisation is used for scoring. The last line is machine-readable:
``id-nlp: pos=… las=… ner_f1=… tok_s=…`` (pos on kumparan held-out, las on CSUI test, ner on idner test).
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")  # one core, as the goal is stated
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training"))

import corpora  # noqa: E402


def _score(nlp, sents, per_doc: int = 1) -> dict:
    from spacy.tokens import Doc
    from spacy.training import Example

    refs = corpora.docs(nlp, sents, per_doc=per_doc)
    examples = [Example(Doc(nlp.vocab, words=[t.text for t in r], spaces=[bool(t.whitespace_) for t in r]), r) for r in refs]
    return nlp.evaluate(examples)


def run(model: Path, data: Path, cache: Path) -> dict:
    """Every score of the bench, as a flat dict (also what the model card reports)."""
    import spacy

    import train_id

    nlp = spacy.load(model)
    ud = data / "ud-indonesian"
    ner = data / "id-ner"
    s = train_id.splits(data, cache, team_entities=False)
    csui = list(corpora.read_conllu(ud / "id_csui-ud-test.conllu"))
    gsd = list(corpora.read_conllu(ud / "id_gsd-ud-test.conllu"))
    out: dict[str, float] = {}
    out["pos_kumparan"] = _score(nlp, s["kumparan_test"])["pos_acc"]
    r = _score(nlp, csui, per_doc=8)
    out["pos_csui"], out["uas_csui"], out["las_csui"] = r["pos_acc"], r["dep_uas"], r["dep_las"]
    r = _score(nlp, gsd, per_doc=8)
    out["uas_gsd"], out["las_gsd"] = r["dep_uas"], r["dep_las"]
    ner_sets = (("idner", ner / "idner-news-2k" / "test.txt"), ("nerui", ner / "indolem-nerui" / "nergithub.txt"),
                ("nergrit", ner / "nergrit" / "test_preprocess.txt"))
    for key, path in ner_sets:
        r = _score(nlp, list(corpora.read_ner(path)))
        out[f"ner_p_{key}"], out[f"ner_r_{key}"], out[f"ner_f_{key}"] = r["ents_p"], r["ents_r"], r["ents_f"]
    # as kg runs it: the NER followed by kg's name checks (kg.nlp.add_name_checks): person-tagged names whose
    # letters say otherwise are retyped, and names the gazetteer knows are added where the NER found none
    from kg import nlp as kg_nlp

    plain = list(nlp.pipe_names)
    kg_nlp.add_name_checks(nlp, "id")
    for key, path in ner_sets:
        r = _score(nlp, list(corpora.read_ner(path)))
        out[f"kg_ner_p_{key}"], out[f"kg_ner_r_{key}"], out[f"kg_ner_f_{key}"] = r["ents_p"], r["ents_r"], r["ents_f"]
    for name in [n for n in nlp.pipe_names if n not in plain]:
        nlp.remove_pipe(name)
    out["tok_s"] = tokens_per_second(nlp, [" ".join(x.words) for x in csui + gsd])
    return out


def tokens_per_second(nlp, texts: list[str]) -> float:
    for _ in nlp.pipe(texts[:50]):
        pass  # warm up
    started = time.perf_counter()
    n = sum(len(doc) for doc in nlp.pipe(texts, batch_size=64))
    return n / (time.perf_counter() - started)


CARD = """# kg_id_news — kg's Indonesian news pipeline

A spaCy {spacy_version} pipeline `morphologizer → parser → ner` (each component with its own CNN tok2vec, no
pretrained vectors; the parser also reads the morphologizer's UPOS) that kg loads offline from this folder.
Rebuilt from scratch by `python training/train_id.py` (fixed seed 0; about 40 minutes on 2 cores: morphologizer
3,000 steps, parser 4,000 (16 minutes), NER 4,000); scored by `python bench/bench_nlp_id.py`.

## Data and licences
| component | trained on | licence |
| --- | --- | --- |
| morphologizer (UPOS) | kumparan POS news sentences (nlp-id 0.1.23.0 wheel, `nlp_id/data/dataset_postag.txt`; all but the last 2,000 sentences, and none that repeats one of those), tags mapped to UPOS; UD Indonesian CSUI train + GSD dev + PUD, seen 4 times. kumparan, GSD and PUD take CSUI's tag for every word CSUI tags one way (80%+ of 2+ occurrences; names and punctuation keep theirs), so one convention is learned | MIT; CC BY-SA 4.0 / 3.0 |
| parser | UD Indonesian CSUI train + GSD dev + PUD (90%; 10% picks the best checkpoint) | CC BY-SA 4.0 / 3.0 |
| ner (PER, ORG, LOC) | idner-news-2k train (dev picks the checkpoint) and kg's own entity annotations of {team_sentences:,} real news sentences (`training/entities/`: kumparan and NTREX's Indonesian translation; a blind second pass of 200 sentences agrees at entity F1 0.989) | MIT; the annotations are kg's, the NTREX sentences CC BY-SA 4.0 |

The weights are derived from CC BY-SA treebanks, so the model folder is shared under CC BY-SA 4.0.
No training text is stored here. NER-UI, NER-UGM and NERGrit (licences unclear) are never trained on; NER-UGM
is not scored either, since it shares 2,270 sentences with idner-news-2k.

## Scores on held-out data (gold tokenisation)
| what | data | score |
| --- | --- | --- |
| UPOS accuracy | kumparan held-out (2,000 sentences) | {pos_kumparan:.3f} |
| UPOS accuracy | UD CSUI test | {pos_csui:.3f} |
| UAS / LAS | UD CSUI test | {uas_csui:.3f} / {las_csui:.3f} |
| UAS / LAS | UD GSD test | {uas_gsd:.3f} / {las_gsd:.3f} |
| NER P / R / F1 | idner-news-2k test | {ner_p_idner:.3f} / {ner_r_idner:.3f} / {ner_f_idner:.3f} |
| NER P / R / F1 | IndoLEM NER-UI (other texts) | {ner_p_nerui:.3f} / {ner_r_nerui:.3f} / {ner_f_nerui:.3f} |
| NER P / R / F1 | NERGrit test (other texts) | {ner_p_nergrit:.3f} / {ner_r_nergrit:.3f} / {ner_f_nergrit:.3f} |
| NER P / R / F1, as kg runs it (+ name checks) | idner-news-2k test | {kg_ner_p_idner:.3f} / {kg_ner_r_idner:.3f} / {kg_ner_f_idner:.3f} |
| NER P / R / F1, as kg runs it (+ name checks) | IndoLEM NER-UI (other texts) | {kg_ner_p_nerui:.3f} / {kg_ner_r_nerui:.3f} / {kg_ner_f_nerui:.3f} |
| NER P / R / F1, as kg runs it (+ name checks) | NERGrit test (other texts) | {kg_ner_p_nergrit:.3f} / {kg_ner_r_nergrit:.3f} / {kg_ner_f_nergrit:.3f} |
| speed | raw text, one core | {tok_s:,.0f} tokens/s |

LAS and UAS are spaCy's (punctuation not counted). NER-UI and NERGrit annotate by other guidelines (e.g. NERGrit
tags fewer organisations), so their scores measure transfer, not the model's ceiling. Trained on idner-news-2k
alone (`--no-team-entities`, the previous model) the NER scored 0.817 on idner-news-2k test, 0.513 on NER-UI and
0.343 on NERGrit.

Another 15,600 kumparan sentences (14400–29999) were annotated later by the same guidelines (a blind second
pass of 200 of them agrees at entity F1 0.984). Trained with them as well (`--more-entities`, idner-news-2k seen 6
times instead of 3 to keep its share) the NER scored 0.874 on idner-news-2k test, 0.699 on NER-UI and 0.540 on
NERGrit, but kg's Indonesian extraction F1 fell from 0.653 to 0.641 on news-dev2 and from 0.954 to 0.921 on
news-dev (some names, such as "Nursultan Nazarbayev", were then tagged ORG), so this model is trained without them.
More text of the kind already annotated did not move NER-UI: its misses are mostly names never seen in training. Subword
vectors did not earn a place either: floret vectors (50,000 × 100, trained on 705k tokens of the same open
Indonesian training text) fed to the NER raised NER-UI to 0.722–0.725 and NERGrit to 0.53, but lowered
idner-news-2k test to 0.855–0.860, doubled the folder and lowered kg's Indonesian extraction on news-dev2 from
0.653 to 0.641 (a 20,000 × 64 table: NER-UI 0.733, idner-news-2k test 0.844).

kg runs the NER with three checks after it (`kg.nlp.add_name_checks`). First the edges of names are mended
(`kg/names.py`), by the conventions the NER was trained to: a role title before a person's name goes ("Menkes Nila
Moeloek" → "Nila Moeloek"; an honorific or rank only before two words of name, so "Gus Dur" stays), an acronym in
brackets after a name is a name of its own ("Partai Amanat Nasional (PAN)" → two names; a company's legal form
such as "(Persero)" stays), and a name the gazetteer knows that runs into a person's name is split off it when the
name-type model gives the rest 0.9 or more as a person's ("PDIP Nazaarudin Kiemas", "Chile Fernando Gonzalez").
Then a name tagged PER whose letters say, with
probability 0.9 or more, that it is an organisation's ("Indofood", "Telkom"), or with 0.97 a place's, is retyped
by kg's name-type model (`kg/nametype.py`, `kg/models/nametype/MODEL_CARD.md`). Then a run of capitalised words
that kg's gazetteer knows ("Surabaya", "DKI Jakarta", "Palestina"), or that its Indonesian lexicon lists among
parties and ministries ("Kemenkeu"), becomes an entity where the NER found none; a bare acronym must be in
capitals and one Indonesian uses ("UN" is the national exam here, not the United Nations). The "as kg runs it"
rows score the NER with all three; the gazetteer step raised NER-UI from 0.726 to 0.745, NERGrit from 0.516 to
0.528 and idner-news-2k test from 0.864 to 0.865, and the mended edges NER-UI from 0.745 to 0.755, NERGrit from
0.528 to 0.533 and idner-news-2k test from 0.865 to 0.871.

kumparan's tags look machine-made (held-out accuracy near 1.0 is agreement with a tagger's habits), so the UD
CSUI figure is the one to read for POS.

## The UPOS goal on CSUI

The goal of 0.96 UPOS on CSUI test is not met (0.942). Retrained later, the morphologizer step alone, one change
each, the same seed and 3,000 steps (UPOS with gold tokens, one sentence at a time; the shipped recipe rebuilt
this way read 0.945 on CSUI and 0.904 on GSD test):

| change | CSUI test | GSD test |
| --- | --- | --- |
| hash tables 4 times larger (rows 20,000 / 2,000 / 5,000 / 5,000) | 0.946 | 0.900 |
| UD alone, no kumparan | 0.947 | 0.897 |
| UD seen 12 times instead of 4 | 0.951 | 0.903 |
| UD seen 24 times | 0.953 | 0.904 |
| UD seen 12 times, tok2vec 96 wide and 4 deep | 0.950 | 0.904 |

Weighting UD more moves the tagger towards CSUI's conventions and away from kumparan's: with UD seen 24 times in
kg's pipeline (parser and NER unchanged), `bench/bench_nlp_id.py` read UPOS 0.948 on CSUI test but 0.987 instead of
0.996 on kumparan held-out, LAS 0.747 on CSUI and 0.654 on GSD, the NER the same. kg's rules read news in
kumparan's conventions, so that tagger was not shipped. A CNN tagger without pretrained vectors, on about 2,000
sentences of CSUI-style annotation, stays near 0.95 here; 0.96 likely needs pretrained contextual vectors, which
kg cannot download at run time.

## Limits
Trained on about 2,000 dependency-annotated sentences, so parses of long news sentences are often wrong at the
clause level (a verb after a run of names is sometimes read as part of the name); kg's relation step uses the
parse for arguments and keeps its rules where they measure better. NER knows PER, ORG and LOC only; kg adds
gazetteer names the model misses. The folder is about 16 MB (tok2vec layers of width 96 for the NER and 64 for the
morphologizer and the parser: the narrower parser reads about 20% more tokens a second than one of width 96, at 0.005
lower LAS on CSUI test, and kg's Indonesian extraction scored 0.470 F1 instead of 0.456 on
`bench/bench_corpus.py`).
"""


def write_card(model: Path, scores: dict, more_entities: bool = False) -> None:
    import spacy

    import train_id

    meta_path = model / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta["performance"] = {k: round(v, 4) for k, v in scores.items()}
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    team = sum(1 for path in train_id.team_files(more_entities) for line in path.open(encoding="utf-8") if line.strip())
    (model / "MODEL_CARD.md").write_text(CARD.format(spacy_version=spacy.__version__, team_sentences=team, **scores), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, default=ROOT / "kg" / "lang" / "id" / "model")
    parser.add_argument("--data", type=Path, default=corpora.SHARED_DATA)
    parser.add_argument("--cache", type=Path, default=ROOT / ".train" / "cache", help="where the nlp-id wheel is (downloaded if missing)")
    args = parser.parse_args()
    scores = run(args.model, args.data, args.cache)
    for key, value in scores.items():
        print(f"{key:16} {value:,.3f}")
    print(f"id-nlp: pos={scores['pos_kumparan']:.3f} las={scores['las_csui']:.3f} ner_f1={scores['kg_ner_f_idner']:.3f} "
          f"ner_ui_f1={scores['kg_ner_f_nerui']:.3f} tok_s={scores['tok_s']:.0f}")


if __name__ == "__main__":
    main()
