"""A learned relation model: for each ordered pair of entity mentions in a sentence, the ontology property that
links them, or none, with a calibrated probability.

One multinomial logistic regression serves every language. Its features are written in English wherever a
language's data can say the word in English (``gloss``: English lemmas; Indonesian through kg's title table,
prepositions, function words and the verb and noun dictionaries built from Wordnet Bahasa), so a model
trained mostly on English news transfers to Indonesian, and a new language needs data, not code. The rest is
language-neutral: the two mentions' ontology classes, their order and distance, the dependency path between
them in coarse Universal-Dependencies terms, and the word each mention hangs on with the relation it hangs by.
Every feature also comes in a copy marked with the language, so the weights hold what the languages share and,
beside it, what one of them does differently.

The model lives in ``kg/models/relations/`` (``model.npz`` weights of at least 0.02, sparse, half precision;
``model.json`` features, labels, temperature, calibration and threshold; ``MODEL_CARD.md``) and is trained by ``training/train_relations.py``. Scoring needs
only numpy.
"""

from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from itertools import chain

from kg import lang as langdata
from kg import morph_id
from kg.errors import KGError

NONE = "none"
MAX_GAP = 20  # tokens between two mentions beyond which no pair is scored
SUBJECT_TYPES = frozenset({"Person", "Organization", "Group", "Country", "Location", "Event"})
OBJECT_TYPES = frozenset({"Person", "Organization", "Group", "Country", "Location", "Event"})

# Coarse dependency relations, shared by en_core_web_sm's ClearNLP labels and UD
_COARSE = {
    "nsubj": "subj", "nsubjpass": "subj", "nsubj:pass": "subj", "csubj": "subj", "csubjpass": "subj", "expl": "subj",
    "dobj": "obj", "obj": "obj", "iobj": "obj", "dative": "obj", "attr": "obj", "oprd": "obj", "xcomp": "comp", "ccomp": "comp",
    "pobj": "nmod", "obl": "nmod", "obl:agent": "agent", "agent": "agent", "nmod": "nmod", "nmod:poss": "poss", "poss": "poss",
    "npadvmod": "nmod", "compound": "flat", "flat": "flat", "flat:name": "flat", "compound:plur": "flat", "nn": "flat",
    "appos": "appos", "conj": "conj", "amod": "amod", "acl": "acl", "relcl": "acl", "acl:relcl": "acl", "advcl": "advcl",
}
_COLLAPSE = frozenset({"prep", "case", "det", "punct", "cc", "mark"})


@dataclass(frozen=True, slots=True)
class Pair:
    """Two mentions of one sentence (token spans ``[start, end)``) with their ontology classes."""

    a_start: int
    a_end: int
    a_type: str
    b_start: int
    b_end: int
    b_type: str


def candidates(spans: list[tuple[int, int, str]]) -> list[Pair]:
    """Ordered mention pairs worth scoring: both orders of every two mentions at most ``MAX_GAP`` tokens apart."""
    out = []
    for i, (s1, e1, t1) in enumerate(spans):
        for j, (s2, e2, t2) in enumerate(spans):
            if i == j or s1 < e2 and s2 < e1:
                continue
            gap = s2 - e1 if s1 < s2 else s1 - e2
            if gap > MAX_GAP or t1 not in SUBJECT_TYPES or t2 not in OBJECT_TYPES:
                continue
            out.append(Pair(s1, e1, t1, s2, e2, t2))
    return out


class Sentence:
    """What the features of every pair in one parsed sentence share, worked out once: each token's gloss and
    each mention's chain of heads."""

    def __init__(self, doc, code: str):
        self.doc = doc
        self.glosses = [gloss(t, code) for t in doc]
        self._up: dict[tuple[int, int], list] = {}

    def ancestors(self, start: int, end: int) -> list:
        key = (start, end)
        if key not in self._up:
            self._up[key] = _ancestors(_head(self.doc, start, end))
        return self._up[key]


def features(doc, pair: Pair, code: str, sentence: Sentence | None = None, marked: bool = True) -> list[str]:
    """The feature strings of one ordered pair (subject ``a``, object ``b``) in a parsed sentence (``sentence``:
    the sentence's shared work, when several pairs of it are scored). ``marked``: with each feature's copy marked
    with the language (as training writes them); :meth:`Model.language_probabilities` scores them unmarked."""
    sentence = sentence or Sentence(doc, code)
    glosses = sentence.glosses
    a, b = (pair.a_start, pair.a_end), (pair.b_start, pair.b_end)
    first, second = (a, b) if a[0] < b[0] else (b, a)
    order = "ab" if a[0] < b[0] else "ba"
    types = f"{pair.a_type}>{pair.b_type}"
    between = glosses[first[1]:second[0]]
    gap = len(between)
    out = [f"t={types}", f"o={order}", f"to={types}|{order}", f"g={_bucket(gap)}", f"tg={types}|{_bucket(gap)}"]
    if gap <= 10:
        words = set(between)
        out += [f"w={w}" for w in words] + [f"tw={types}|{order}|{w}" for w in words]
        if between:
            out += [f"wf={between[0]}", f"wl={between[-1]}", f"tl={types}|{order}|{between[-1]}"]
        else:
            out.append(f"adj={types}|{order}")
        out.append("ws=" + " ".join(between[:4]) if gap <= 4 else "ws=long")
    before = glosses[max(0, first[0] - 2):first[0]]
    after = glosses[second[1]:second[1] + 2]
    if before:
        out += [f"p1={before[-1]}", f"tp1={types}|{order}|{before[-1]}"]
    if len(before) == 2:
        out.append(f"p2={before[0]}")
    if after:
        out += [f"n1={after[0]}", f"tn1={types}|{order}|{after[0]}"]
    branches = _branches(doc, a, b, sentence)
    path, top = _path(doc, a, b, branches)
    out += [f"path={path}", f"tpath={types}|{path}"]
    if top is not None:
        out += [f"top={top.pos_}", f"topw={types}|{glosses[top.i]}"]
    # the words on the dependency path outside the two mentions: a trigger often sits there rather than
    # between the mentions ("X, who was later named chair of Y")
    on_path = {glosses[t.i] for t in _path_tokens(a, b, branches)}
    out += [f"pw={w}" for w in on_path] + [f"tpw={types}|{w}" for w in on_path]
    # what each mention hangs on, and how: the subject of "meet", the object of "with", the modifier of "minister"
    for side, (start, end), up in (("a", a, branches[0]), ("b", b, branches[1])):
        if len(up) > 1 and not start <= up[1].i < end:
            hang = f"{_coarse(up[0])}|{glosses[up[1].i]}"
            out += [f"h{side}={hang}", f"th{side}={types}|{hang}"]
    # each feature also in a copy of the language's own: the model learns what the languages share and where
    # one differs (its parser's habits, its word order), from one set of weights
    if marked:
        out += [f"{code}|{f}" for f in out]
    return out


def _language_copy(feature: str) -> tuple[str, str] | None:
    """(language, feature) of a feature's copy marked with its language ("id|w=meet"), else None. Unmarked
    features name their kind before "=" ("tw=Person>Country|ab|of"), so a marked one has no "=" before "|"."""
    head, bar, rest = feature.partition("|")
    return (head, rest) if bar and "=" not in head else None


def gloss(token, code: str) -> str:
    """A token as an English word where the language's data knows one; otherwise its coarse tag. A word both
    dictionaries list is read as the tagger reads it: "kota" is a city, not the verb "fort"; "orang" people, not
    "be"."""
    if token.is_punct:
        return token.text if token.text in {",", "(", ")", "'s", "’s", ":", "-", "–"} else "PUNCT"
    if token.like_num:
        return "NUM"
    if code == "en":
        return token.lemma_.lower() if token.is_alpha or token.lower_ in {"'s", "’s"} else token.pos_
    word = token.lower_
    function, nouns, verbs = _glossary(code)
    if word in function:
        return function[word]
    tables = (verbs, nouns) if token.pos_ in _VERBAL else (nouns, verbs)
    bases = (base for base, _voice in morph_id.candidates(token.text)) if code == "id" else ()
    for key in chain((word,), bases):
        for table in tables:
            if key in table:
                return table[key]
    return token.pos_


_VERBAL = frozenset({"VERB", "AUX"})


@cache
def _glossary(code: str) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """The language's word → English tables: its function words (single-word titles, prepositions, pronouns and
    other closed-class words, read first), then its noun and verb dictionaries."""
    rel = langdata.data(code, "relate")
    function = {**rel.get("gloss", {}), **rel.get("prepositions", {})}
    for word, english in langdata.data(code, "titles").get("roles", {}).items():
        if " " not in word:
            function[word] = english
    return function, langdata.table(code, "noun_dictionary"), langdata.table(code, "verb_dictionary")


def _bucket(n: int) -> str:
    for limit, name in ((0, "0"), (1, "1"), (2, "2"), (3, "3"), (5, "4-5"), (8, "6-8"), (12, "9-12")):
        if n <= limit:
            return name
    return "13+"


def _branches(doc, a: tuple[int, int], b: tuple[int, int], sentence: Sentence | None = None):
    """The ancestor chains from mention ``a``'s head and ``b``'s, and the token where they meet (or None)."""
    if sentence is not None:
        up_a, up_b = sentence.ancestors(*a), sentence.ancestors(*b)
    else:
        up_a, up_b = _ancestors(_head(doc, *a)), _ancestors(_head(doc, *b))
    on_b = {t.i for t in up_b}
    common = next((t for t in up_a if t.i in on_b), None)
    return up_a, up_b, common


def _path(doc, a: tuple[int, int], b: tuple[int, int], branches=None):
    """The dependency path from mention ``a``'s head to ``b``'s in coarse labels (prepositions and case markers
    folded in), and the token where the two branches meet (None when they meet in a mention)."""
    up_a, up_b, common = branches or _branches(doc, a, b)
    if common is None:
        return "none", None
    steps = [("^" + _coarse(t)) for t in up_a[: up_a.index(common)]]
    steps += [("v" + _coarse(t)) for t in reversed(up_b[: up_b.index(common)])]
    steps = [s for s in steps if s[1:] != "-"]
    path = " ".join(steps) if len(steps) <= 4 else "long"
    inside = a[0] <= common.i < a[1] or b[0] <= common.i < b[1]
    return path, None if inside else common


@cache
def _fitting(labels: tuple[str, ...], subject: str, obj: str):
    """1 for the labels whose ontology domain and range admit the two classes (and "none"), else 0: the model
    never says a company is located_in a country (located_in links places)."""
    import numpy as np

    from kg import ontology

    return np.array([1.0 if label == NONE or ontology.admits(label, subject, obj) else 0.0 for label in labels])


def meeting_point(doc, pair: Pair):
    """The token where the dependency paths from the pair's two mentions meet (None inside a mention)."""
    return _path(doc, (pair.a_start, pair.a_end), (pair.b_start, pair.b_end))[1]


def _path_tokens(a: tuple[int, int], b: tuple[int, int], branches) -> list:
    """The tokens on the dependency path between mention ``a``'s head and ``b``'s, outside both mentions."""
    up_a, up_b, common = branches
    if common is None:
        return []
    tokens = up_a[: up_a.index(common) + 1] + up_b[: up_b.index(common)]
    return [t for t in tokens if not (a[0] <= t.i < a[1] or b[0] <= t.i < b[1])]


def _head(doc, start: int, end: int):
    span = doc[start:end]
    return span.root


def _ancestors(token) -> list:
    """``token`` and its heads up to the root (at most 30)."""
    out = [token]
    while len(out) < 30:
        head = out[-1].head
        if head.i == out[-1].i:  # the root heads itself (spaCy builds a new Token object each time: compare indices)
            break
        out.append(head)
    return out


def _coarse(token) -> str:
    dep = token.dep_
    if dep in _COLLAPSE:
        return "-"
    return _COARSE.get(dep, _COARSE.get(dep.split(":")[0], "other"))


@dataclass
class Model:
    """Weights (features × labels), bias, the calibration temperature and the emission threshold."""

    index: dict[str, int]
    labels: list[str]
    weights: object  # numpy array
    bias: object
    temperature: float = 1.0
    threshold: float = 0.5
    calibration: tuple = ()  # (x, y) breakpoints: predicted link probability → held-out accuracy
    thresholds: dict = field(default_factory=dict)  # language code → its own threshold, where training chose one
    _folded: dict = field(default_factory=dict, repr=False)  # language code → (index, weights) with its copies added

    def confidence(self, p: float) -> float:
        """A predicted link's probability as calibrated on held-out data."""
        import numpy as np

        return float(np.interp(p, *self.calibration)) if self.calibration else p

    def probabilities(self, feats: list[str]):
        """The distribution over labels of a pair's features, as training writes them (marked copies included)."""
        return self._softmax(self.index, self.weights, feats)

    def language_probabilities(self, feats: list[str], code: str):
        """The same distribution from a pair's unmarked features (``features(..., marked=False)``): each feature's
        weights already hold its copy's for the language (:meth:`folded`), so a pair sums half the rows."""
        index, weights = self.folded(code)
        return self._softmax(index, weights, feats)

    def folded(self, code: str):
        """(index, weights) in which a feature's row is its own weights plus those of its copy marked ``code``."""
        if code not in self._folded:
            import numpy as np

            names = [f for f in self.index if _language_copy(f) is None]
            names += [rest for f in self.index for lang, rest in [_language_copy(f) or ("", "")] if lang == code and rest not in self.index]
            index = {f: k for k, f in enumerate(names)}
            weights = np.zeros((len(names), self.weights.shape[1]), dtype=self.weights.dtype)
            for f, k in index.items():
                for key in (f, f"{code}|{f}"):
                    if key in self.index:
                        weights[k] += self.weights[self.index[key]]
            self._folded[code] = (index, weights)
        return self._folded[code]

    def _softmax(self, index, weights, feats: list[str]):
        import numpy as np

        rows = [index[f] for f in feats if f in index]
        z = weights[rows].sum(axis=0) + self.bias if rows else self.bias.copy()
        z = z / self.temperature
        z = np.exp(z - z.max())
        return z / z.sum()


@cache
def model() -> Model:
    """The shipped relation model (``kg/models/relations``)."""
    return load(resources.files("kg").joinpath("models", "relations"))


def load(folder) -> Model:
    """A relation model from its folder; one clear error line when it is missing or broken."""
    import numpy as np

    try:
        meta = json.loads(folder.joinpath("model.json").read_text(encoding="utf-8"))
        with folder.joinpath("model.npz").open("rb") as handle:
            arrays = np.load(handle)
            bias = arrays["bias"].astype(np.float32)
            if "values" in arrays:  # sparse: the weights that matter, as (row, column, value)
                weights = np.zeros((len(meta["features"]), len(meta["labels"])), dtype=np.float32)
                weights[arrays["rows"], arrays["cols"]] = arrays["values"]
            else:
                weights = arrays["weights"].astype(np.float32)
        index = {f: i for i, f in enumerate(meta["features"])}
        thresholds = {str(k): float(v) for k, v in (meta.get("thresholds") or {}).items()}
        if weights.shape != (len(index), len(meta["labels"])) or bias.shape != (len(meta["labels"]),):
            raise ValueError("weights do not match the feature and label lists")
    except (OSError, ValueError, KeyError, TypeError, EOFError, IndexError, zipfile.BadZipFile) as error:
        raise KGError(f"relation model in {folder} cannot be read ({error}); rebuild it with: python training/train_relations.py") from None
    calibration = tuple(meta.get("calibration") or ())
    if calibration and (len(calibration) != 2 or len(calibration[0]) != len(calibration[1])):
        raise KGError(f"relation model in {folder} cannot be read (calibration breakpoints do not pair up); rebuild it with: python training/train_relations.py")
    return Model(index, meta["labels"], weights, bias, float(meta.get("temperature", 1.0)), float(meta.get("threshold", 0.5)),
                 calibration, thresholds)


def predict(doc, spans: list[tuple[int, int, str]], code: str, threshold: float | None = None) -> list[tuple[Pair, str, float]]:
    """(pair, property, confidence) for the pairs of a sentence the model links; confidence is the calibrated
    probability. Of a pair's two orders only the more confident link is kept, and only when it reaches the
    model's threshold for the language (``code``)."""
    m = model()
    limit = m.thresholds.get(code, m.threshold) if threshold is None else threshold
    best: dict[tuple, tuple[Pair, str, float]] = {}
    pairs = candidates(spans)
    sentence = Sentence(doc, code) if pairs else None
    for pair in pairs:
        probs = m.language_probabilities(features(doc, pair, code, sentence, marked=False), code) \
            * _fitting(tuple(m.labels), pair.a_type, pair.b_type)
        k = int(probs.argmax())
        label, p = m.labels[k], m.confidence(float(probs[k]))
        if label == NONE or p < limit:
            continue
        key = tuple(sorted([(pair.a_start, pair.a_end), (pair.b_start, pair.b_end)]))
        if key not in best or p > best[key][2]:
            best[key] = (pair, label, p)
    return sorted(best.values(), key=lambda x: (x[0].a_start, x[0].b_start))

