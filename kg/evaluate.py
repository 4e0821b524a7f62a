"""Scoring extracted triples against gold triples (precision, recall, F1 per document and overall).

Matching follows the gold README: a triple is found when the subject and object names (or aliases) match
the gold names or aliases — case, accents and punctuation ignored, a shorter name matching when all its
words are in the longer one — and the predicate matches one of ``relation_any`` (tense and ``_`` ignored).
Extracted triples are deduplicated per document by (subject, predicate, object) first: gold lists facts,
not mentions. Each gold triple is matched at most once. A triple of the generic ``related`` property is read
by its English verb (``Triple.verb``), as the gold writes relations as English verbs ("sell to" also matches a
gold "sell": the preposition names the object's part, the verb the relation); a post (holds_role, leads,
headed, led) also matches a gold post whose wordings include the triple's title ("CEO of" for role "ceo").
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from kg import lang as langdata
from kg import ontology
from kg.errors import InputError
from kg.gazetteer import strip_accents
from kg.records import Article, Triple

_IRREGULAR = {
    "held": "hold", "met": "meet", "led": "lead", "told": "tell", "shook": "shake", "won": "win", "sent": "send",
    "took": "take", "gave": "give", "made": "make", "said": "say", "fought": "fight", "sought": "seek",
    "brought": "bring", "thought": "think", "left": "leave", "ran": "run", "began": "begin", "chose": "choose",
    "struck": "strike", "stood": "stand", "spoke": "speak", "wrote": "write", "drove": "drive", "fled": "flee",
    "beat": "beat", "bought": "buy", "sold": "sell", "paid": "pay", "lost": "lose", "kept": "keep", "went": "go",
    "came": "come", "became": "become", "found": "find", "hit": "hit", "put": "put", "set": "set", "shot": "shoot",
    "rose": "rise", "fell": "fall", "grew": "grow", "knew": "know", "saw": "see", "withdrew": "withdraw",
    "overtook": "overtake", "agreed": "agree", "disagreed": "disagree", "freed": "free", "decreed": "decree",
    "guaranteed": "guarantee", "undertook": "undertake", "forbade": "forbid", "swore": "swear", "broke": "break",
}


@dataclass
class DocScore:
    doc_id: str
    source: str
    gold: int
    extracted: int
    matched: int
    misses: list[dict] = field(default_factory=list)
    false_positives: list[Triple] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.extracted if self.extracted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)


@dataclass
class Report:
    docs: list[DocScore]

    @property
    def matched(self) -> int:
        return sum(d.matched for d in self.docs)

    @property
    def precision(self) -> float:
        n = sum(d.extracted for d in self.docs)
        return self.matched / n if n else 0.0

    @property
    def recall(self) -> float:
        n = sum(d.gold for d in self.docs)
        return self.matched / n if n else 0.0

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)


def evaluate(gold_path: str | Path, corpus_dir: str | Path | None = None) -> Report:
    """Extract every gold document's article and score the triples (micro-averaged overall).

    Articles are looked up by the gold ``source`` field in ``corpus_dir``, by default ``../corpus`` beside
    the gold file, else the gold file's own folder.
    """
    from kg.pipeline import extract_articles

    gold_path = Path(gold_path)
    docs = read_gold(gold_path)
    corpus = _corpus_dir(gold_path, corpus_dir)
    scores = []
    for doc in docs:
        source = corpus / doc["source"]
        try:
            text = source.read_text(encoding="utf-8")
        except OSError as error:
            raise InputError(str(source), f"article of gold document {doc['id']!r} cannot be read: {error.strerror}") from None
        article = Article(id=doc["id"], text=text, lang=doc.get("lang"), date=doc.get("date"), source=str(source))
        scores.append(score_document(doc, extract_articles([article])))
    return Report(scores)


def read_gold(path: Path) -> list[dict]:
    docs = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                doc = json.loads(line)
            except json.JSONDecodeError as error:
                raise InputError(str(path), f"broken JSON ({error.msg})", line=number) from None
            if not isinstance(doc, dict) or "triples" not in doc or "source" not in doc:
                raise InputError(str(path), "a gold line needs 'id', 'source' and 'triples'", line=number)
            docs.append(doc)
    return docs


def score_document(gold_doc: dict, triples: list[Triple]) -> DocScore:
    """Score one document's extracted triples against its gold triples."""
    unique: dict[tuple, Triple] = {}
    for t in triples:
        unique.setdefault((_norm(t.subject.name), _relation_key(relation_of(t)), _norm(t.object.name)), t)
    extracted = list(unique.values())
    gold = gold_doc["triples"]
    used: set[int] = set()
    matched_gold: set[int] = set()
    for gi, g in enumerate(gold):
        for ti, t in enumerate(extracted):
            if ti not in used and triple_matches(t, g):
                used.add(ti)
                matched_gold.add(gi)
                break
    return DocScore(
        doc_id=gold_doc["id"],
        source=gold_doc["source"],
        gold=len(gold),
        extracted=len(extracted),
        matched=len(matched_gold),
        misses=[g for gi, g in enumerate(gold) if gi not in matched_gold],
        false_positives=[t for ti, t in enumerate(extracted) if ti not in used],
    )


def triple_matches(t: Triple, g: dict) -> bool:
    """Whether an extracted triple states a gold triple: the relation by property or any of the gold's wordings,
    the ends by words; a symmetric property of the ontology (met, married_to) matches either way round."""
    relations = {_relation_key(r) for r in [g["relation"], *g.get("relation_any", ())]}
    if _relation_key(relation_of(t)) not in relations and _bare_verb(t) not in relations and not _same_post(t, g, relations):
        return False
    ours_s, ours_o = [t.subject.name, *t.subject.aliases], [t.object.name, *t.object.aliases]
    gold_s, gold_o = [g["subject"], *g.get("subject_aliases", ())], [g["object"], *g.get("object_aliases", ())]
    if names_match(ours_s, gold_s) and names_match(ours_o, gold_o):
        return True
    return _symmetric(t.predicate) and names_match(ours_s, gold_o) and names_match(ours_o, gold_s)


def _bare_verb(t: Triple) -> str | None:
    """A generic link's verb without the preposition the relation step wrote after it for its object ("sell to" →
    "sell"): a gold wording of the bare verb states it too."""
    if t.predicate != "related" or not t.verb or " " not in t.verb:
        return None
    verb, _, last = t.verb.rpartition(" ")
    return _relation_key(verb) if last in _link_prepositions() else None


@cache
def _link_prepositions() -> frozenset[str]:
    """The English prepositions the relation step writes after a generic link's verb (each language's
    ``prepositions`` in ``relate.json``)."""
    return frozenset(english for code in langdata.languages() for english in langdata.data(code, "relate").get("prepositions", {}).values())


# properties that state a post held at the object; the post itself is the triple's role
_POSTS = frozenset({"holds_role", "leads", "headed", "led"})


def _same_post(t: Triple, g: dict, relations: set[str]) -> bool:
    """Whether a triple and a gold triple state one post by its title: the gold writes the title among its
    wordings ("CEO of"), the triple carries it as its role ("Ralph Hamers –leads (ceo)→ UBS")."""
    return bool(t.role) and t.predicate in _POSTS and g["relation"] in _POSTS and _relation_key(t.role) in relations


def _symmetric(predicate: str) -> bool:
    try:
        return "http://www.w3.org/2002/07/owl#SymmetricProperty" in ontology.term(predicate).kinds
    except ontology.OntologyError:
        return False


def relation_of(t: Triple) -> str:
    """What a triple says links its ends: the property, or for a generic ``related`` link its English verb."""
    return t.verb if t.predicate == "related" and t.verb else t.predicate


def names_match(ours: list[str], theirs: list[str]) -> bool:
    """Whether one of our names and one of theirs name the same entity by their words (one's words all in the
    other's)."""
    mine = [w for w in (_words(n) for n in ours) if w]
    gold = [w for w in (_words(n) for n in theirs) if w]
    return any(a <= b or b <= a for a in mine for b in gold)


def _words(name: str) -> frozenset[str]:
    return frozenset(_norm(name).split())


def _norm(text: str) -> str:
    text = strip_accents(text).lower()
    text = text.replace("'s ", " ").replace("’s ", " ")
    return re.sub(r"[\W_]+", " ", text).strip()


def _relation_key(relation: str) -> str:
    return " ".join(_stem(w) for w in _norm(relation.replace("_", " ")).split())


def _stem(word: str) -> str:
    if word in _IRREGULAR:
        word = _IRREGULAR[word]
    if word.endswith("eed"):
        return word  # "succeed", "proceed": the "ed" is no past tense
    for suffix, repl in (("ied", "y"), ("ies", "y"), ("ed", ""), ("es", ""), ("s", "")):
        if suffix in ("es", "s") and word.endswith("ss"):
            break  # "dismiss", "press"
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            stem = word[: -len(suffix)] + repl
            if suffix == "ed" and len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "ls":
                stem = stem[:-1]  # "planned" → "plan"
            return stem.rstrip("e")
    return word.rstrip("e") if len(word) >= 3 else word


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _corpus_dir(gold_path: Path, corpus_dir: str | Path | None) -> Path:
    if corpus_dir:
        return Path(corpus_dir)
    beside = gold_path.resolve().parent.parent / "corpus"
    return beside if beside.is_dir() else gold_path.resolve().parent
