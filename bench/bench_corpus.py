"""Extraction quality on kg's own annotated real news sentences: a yardstick far larger than news-dev2.

Run: python bench/bench_corpus.py [--sample 3000] [--rules-only [--held-out]] [--sources ntrex men gum] [--relations] [--diagnose]
     python bench/bench_corpus.py --documents      # whole held-out articles instead of lone sentences

Each annotated sentence (training/relations/*.jsonl, read from ../shared/data) goes through ``kg.extract`` as a
one-sentence article without a date, and its triples are matched to the sentence's annotations as ``kg
evaluate`` matches gold (names by words, relations by property or verb). Only the sentences that
training/train_relations.py holds out (one document in five, by hash) are scored, so the learned pair model is
never scored on what it was trained on; ``--rules-only`` switches the shared relation step off to score the
hand rules alone on every annotated sentence of the chosen sources (with ``--held-out``, on the held-out ones
only: the names of the others trained kg's name models). Sentences lack their article (no
coreference to earlier sentences, no dateline, no article country), so recall here is a floor.

``--documents`` reads each held-out document of the sources whose documents are real articles (GUM, MEN, re3d,
NTREX in both languages) as one article instead: its annotated sentences in order, a paragraph each, and the
article's triples matched to the annotations of all of them. Coreference to earlier sentences, a person named
again by surname and the article's country then count, as they do on real news.

Prints P/R/F1 per language and source, then per relation (``--relations``) and why the missed triples were missed
(``--diagnose``: kg linked the two ends by another relation or the other way round, found both as mentions but
linked nothing, or did not find one end or either as a mention). The last line:
``corpus: en_f1=… en_p=… en_r=… id_f1=… id_p=… id_r=…``.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training"))


# The annotation guidelines (training/relations/GUIDELINES.md) fold a player's team into member_of and a coach's into
# holds_role; kg states the narrower plays_for and coaches, which the shared gold accepts for them too. The shared
# gold also takes succeeded and replaced for one another (both list "take over from").
_FOLDED = {"member_of": ["plays_for"], "holds_role": ["coaches"], "succeeded": ["replaced"], "replaced": ["succeeded"]}


def _country_names(name: str, cls: str | None, lang: str) -> list[str]:
    """The country a span typed Country names by its people's adjective, as the gold of ../shared/eval lists it
    among the aliases: the annotation "the Iraqi city of Mosul" → Mosul located_in "Iraqi" states Iraq."""
    from kg import gazetteer

    country = gazetteer.country_of_demonym(name, lang) if cls == "Country" else None
    return [country] if country else []


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sample", type=int, default=3000, help="sentences per language at most (seeded sample; default 3000)")
    parser.add_argument("--rules-only", action="store_true", help="score the rules alone, on every annotated sentence")
    parser.add_argument("--held-out", action="store_true",
                        help="with --rules-only: only the held-out sentences (kg's trained models never saw them)")
    parser.add_argument("--sources", nargs="+", help="only these sources (id prefixes: ntrex-en, ntrex-id, men, gum, kumparan, idner, ...)")
    parser.add_argument("--relations", action="store_true", help="also print recall and precision per relation")
    parser.add_argument("--errors", metavar="RELATION", help="also list the misses and false positives of one relation ('all': of every relation)")
    parser.add_argument("--diagnose", action="store_true",
                        help="also say why each missed triple was missed (which end kg did not find as a mention, or "
                             "how kg linked the two instead) and count the reasons per language")
    parser.add_argument("--documents", action="store_true",
                        help="read each held-out document of the article sources (gum, men, re3d, ntrex) as one article")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    import relation_corpus
    import train_relations

    from kg import extract, relate
    from kg.evaluate import relation_of, triple_matches
    from kg.records import Article

    if not relation_corpus.DATA.is_dir():
        sys.exit(f"bench_corpus: {relation_corpus.DATA}: no such folder (the shared data)")
    if args.rules_only:
        relate.ENABLED = False
    rows = relation_corpus.read(sorted(train_relations.ANNOTATIONS.glob("*.jsonl")))
    if not args.rules_only or args.held_out:
        rows = [r for r in rows if train_relations.held_out(train_relations._document(r["id"]))]
    if args.sources:
        rows = [r for r in rows if any(r["id"].startswith(s + ":") or r["id"].split(":")[0] == s for s in args.sources)]
    by_lang: dict[str, list] = {}
    for r in rows:
        by_lang.setdefault(relation_corpus.lang(r["id"]), []).append(r)
    rng = random.Random(args.seed)
    totals: dict[str, Counter] = {}
    per_source: dict[tuple, Counter] = {}
    per_rel: dict[tuple, Counter] = {}
    reasons: dict[str, Counter] = {}
    started = time.time()
    n = 0
    for lang, items in sorted(by_lang.items()):
        units = _documents(items, train_relations) if args.documents else [[r] for r in items]
        if len(units) > args.sample:
            units = rng.sample(units, args.sample)
        for unit in units:
            r = unit[0]
            text = "\n\n".join(relation_corpus.text(u["id"]) for u in unit)
            found = extract.triples(Article("s", text, lang, None))
            n += len(unit)
            source = r["id"].split(":")[0]
            gold = [{"subject": g["s"], "relation": g.get("v") if g["p"] == "related" and g.get("v") else g["p"], "object": g["o"],
                     "relation_any": _FOLDED.get(g["p"], []),
                     "subject_aliases": _country_names(g["s"], g.get("st"), lang),
                     "object_aliases": _country_names(g["o"], g.get("ot"), lang)}
                    for u in unit for g in u["triples"]]
            used: set[int] = set()
            c = Counter(gold=len(gold), found=len(found), sents=len(unit))
            names = None  # the sentence's mentions, parsed only when a miss needs a reason
            for g in gold:
                hit = next((i for i, t in enumerate(found) if i not in used and triple_matches(t, g)), None)
                per_rel.setdefault((lang, g["relation"]), Counter())["gold"] += 1
                if hit is not None:
                    used.add(hit)
                    c["matched"] += 1
                    per_rel[(lang, g["relation"])]["matched"] += 1
                    continue
                why = ""
                if args.diagnose:
                    if names is None:
                        names = _mention_names(text, lang, found)
                    why = _reason(g, found, names)
                    reasons.setdefault(lang, Counter())[why] += 1
                    why = f" [{why}]"
                if args.errors in (g["relation"], "all"):
                    print(f"  miss  {r['id']}: {g['subject']} –{g['relation']}→ {g['object']}{why}  | {text[:140]}")
            for i, t in enumerate(found):
                rc = per_rel.setdefault((lang, relation_of(t)), Counter())
                rc["found"] += 1
                rc["right"] += i in used
                if i not in used and args.errors in (relation_of(t), "all"):
                    print(f"  extra {r['id']}: {t.subject.name} –{relation_of(t)}→ {t.object.name}  | {text[:140]}")
            totals.setdefault(lang, Counter()).update(c)
            per_source.setdefault((lang, source), Counter()).update(c)
    print(f"{'lang':4} {'source':16} {'sents':>6} {'gold':>5} {'found':>6} {'match':>6} {'P':>6} {'R':>6} {'F1':>6}")
    for (lang, source), c in sorted(per_source.items()):
        p, r = _pr(c)
        print(f"{lang:4} {source:16} {c['sents']:6} {c['gold']:5} {c['found']:6} {c['matched']:6} {p:6.3f} {r:6.3f} {f1(p, r):6.3f}")
    if args.relations:
        for lang in sorted(by_lang):
            print(f"-- {lang}: relation, gold, recall, found, precision")
            rels = sorted(((k[1], c) for k, c in per_rel.items() if k[0] == lang), key=lambda x: -(x[1]["gold"] + x[1]["found"]))
            for rel, c in rels[:25]:
                rec = c["matched"] / c["gold"] if c["gold"] else 0.0
                prec = c["right"] / c["found"] if c["found"] else 0.0
                print(f"   {rel:24} {c['gold']:5} {rec:6.2f} {c['found']:6} {prec:6.2f}")
    for lang, counts in sorted(reasons.items()):
        total = sum(counts.values())
        print(f"-- {lang}: why {total} gold triples were missed")
        for why, k in counts.most_common():
            print(f"   {why:44} {k:5} {k / total:6.1%}")
    print(f"({n} sentences{' in whole documents' if args.documents else ''}, {time.time() - started:.0f} s"
          f"{', rules only' if args.rules_only else ''}{', held-out sentences' if args.held_out or not args.rules_only else ''})")
    parts = []
    for lang in ("en", "id"):
        p, r = _pr(totals.get(lang, Counter()))
        parts.append(f"{lang}_f1={f1(p, r):.3f} {lang}_p={p:.3f} {lang}_r={r:.3f}")
    print("corpus: " + " ".join(parts))


DOCUMENT_SOURCES = ("gum", "men", "re3d", "ntrex-en", "ntrex-id")  # sources whose documents are whole articles


def _documents(rows: list[dict], train_relations) -> list[list[dict]]:
    """The rows of the article sources grouped by document, each document's sentences in their order (the last
    number of a sentence id counts its place)."""
    docs: dict[str, list[dict]] = {}
    for r in rows:
        if r["id"].split(":")[0] in DOCUMENT_SOURCES:
            docs.setdefault(train_relations._document(r["id"]), []).append(r)
    return [sorted(unit, key=lambda r: int(r["id"].rpartition(":")[2])) for _, unit in sorted(docs.items())]


def _mention_names(text: str, lang: str, found) -> list[list[str]]:
    """The names (with aliases) of every entity kg finds in a sentence: the parser's and gazetteer's mentions
    that the relation step reads, and the ends of the triples kg stated (the rules also read descriptions)."""
    from kg import nlp, relate

    doc = nlp.parse(lang, [text])[0]
    out = [[m.node.name, *m.node.aliases] for m in relate.mentions(doc, lang)]
    return out + [[n.name, *n.aliases] for t in found for n in (t.subject, t.object)]


def _reason(g: dict, found, names: list[list[str]]) -> str:
    """Why kg missed a gold triple, from what it found in the sentence: how it linked the two ends instead, or
    which end it did not find as a mention."""
    from kg.evaluate import names_match

    s_names = [g["subject"], *g.get("subject_aliases", ())]
    o_names = [g["object"], *g.get("object_aliases", ())]
    for t in found:
        ours_s, ours_o = [t.subject.name, *t.subject.aliases], [t.object.name, *t.object.aliases]
        if names_match(ours_s, s_names) and names_match(ours_o, o_names):
            return "both found, linked by another relation"
        if names_match(ours_s, o_names) and names_match(ours_o, s_names):
            return "both found, linked the other way round"
    has_s = any(names_match(n, s_names) for n in names)
    has_o = any(names_match(n, o_names) for n in names)
    if has_s and has_o:
        return "both found, not linked"
    return "subject not found" if has_o else "object not found" if has_s else "neither found"


def _pr(c: Counter) -> tuple[float, float]:
    return (c["matched"] / c["found"] if c["found"] else 0.0, c["matched"] / c["gold"] if c["gold"] else 0.0)


if __name__ == "__main__":
    main()
