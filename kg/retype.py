"""The class of a name the English tagger found, read again from its words and context.

``en_core_web_sm`` types the names it has not seen by a few words around them, and on real news it often
types them wrong: a Malaysian town a person ("Skudai"), a party a person ("Umno"), a town a company
("Segamat"), a surname an organisation ("Trump said"). kg's relation rules and model read the classes, so a
wrong class loses the triple. This module rescores each entity with a logistic regression over the tagger's
label, the words of the name and its neighbours (the words before and after, its dependency and head), trained
by ``python training/train_retype.py`` on the typed names of kg's own English relation annotations of real news
and MEN's entity annotations (``kg/models/retype/MODEL_CARD.md``). The spaCy
component :data:`COMPONENT` runs it right after the English NER and relabels an entity only where the model is
sure (``FLOOR``) and the gazetteer does not know the name.
"""

from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass
from functools import cache
from importlib import resources

from kg.errors import KGError

COMPONENT = "kg_retype_en"
FLOOR = 0.7  # how sure the model must be to overrule the tagger (training/train_retype.py measures the choice)

# the tagger's labels the model checks, by the class it predicts; nationalities and parties' adjectives (NORP:
# "Kenyan", "Republican") are left to the rules, which read them through their own lexicons
NER_CLASS = {"PERSON": "PER", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE", "EVENT": "EVENT",
             "PRODUCT": "PRODUCT", "WORK_OF_ART": "PRODUCT"}
# kg's ontology classes, by the class the model predicts (countries are places to the tagger: "GPE")
ONTOLOGY_CLASS = {"Person": "PER", "Organization": "ORG", "Location": "PLACE", "Country": "PLACE", "Event": "EVENT",
                  "Product": "PRODUCT", "Group": "GROUP"}
# the label a relabelled entity gets
LABEL = {"PER": "PERSON", "ORG": "ORG", "PLACE": "GPE", "GROUP": "NORP", "EVENT": "EVENT", "PRODUCT": "PRODUCT"}


def features(doc, span) -> list[str]:
    """The feature strings of one entity ``span`` of a parsed ``doc``: the tagger's label, the words of the name
    (first, last, last three letters; whether the last is a word the lexicon lists for bodies, places or events),
    the two words before and after, and the dependency of the name's head with its head word. The name-type
    model's probabilities are left out: they made the model overrule the tagger on names the letters misread
    ("Tom Baker" reads as a company's); on held-out names it then broke eight times as many for three quarters
    more fixed."""
    label = span.label_
    out = [f"ner={label}", f"n={min(len(span), 4)}"]
    words = [t.lower_ for t in span]
    out += [f"w={w}" for w in words] + [f"l={words[-1]}", f"f={words[0]}", f"s3={words[-1][-3:]}"]
    before = [doc[i].lower_ for i in range(max(0, span.start - 2), span.start)]
    after = [doc[i].lower_ for i in range(span.end, min(len(doc), span.end + 2))]
    if before:
        out += [f"p1={before[-1]}", f"p1n={before[-1]}|{label}"]
    else:
        out.append("p1=<s>")
    if len(before) == 2:
        out.append(f"p2={before[0]} {before[1]}")
    if after:
        out += [f"n1={after[0]}", f"n1n={after[0]}|{label}"]
    else:
        out.append("n1=</s>")
    if len(after) == 2:
        out.append(f"n2={after[0]} {after[1]}")
    lex = _words()
    for kind in ("org", "place", "event"):
        if words[-1] in lex[kind]:
            out.append(f"suf={kind}")  # "Tata Sons", "Castlefrank Road", "Fan Expo": the kind its last word names
    root = span.root
    out += [f"dep={root.dep_}", f"hd={root.dep_}|{root.head.lemma_.lower()}"]
    if root.dep_ == "pobj":
        out.append(f"prep={root.head.lower_}|{root.head.head.lemma_.lower()}")
    if span.text.isupper():
        out.append("caps")
    return out


@cache
def _words() -> dict[str, frozenset[str]]:
    """The English lexicon's last words of organisations', places' and events' names, and its title words."""
    from kg import extract_en

    lex = extract_en.lexicon()
    titles = lex.all_roles | lex.ranks | set(lex.abbreviations) | lex.qualifiers
    return {"org": lex.org_suffixes, "place": lex.place_suffixes, "event": lex.event_suffixes,
            "title": frozenset(w for w in titles if " " not in w)}


def holds_title(span) -> bool:
    """Whether a name holds a title word before its last ("Jakarta Gov Anies Baswedan"): the extractor's rules cut
    the title from such a name by its tagged class, so the class stays the tagger's."""
    titles = _words()["title"]
    return any(t.lower_.rstrip(".") in titles for t in span[:-1])


@dataclass
class Model:
    """Weights (features × classes) and bias of the logistic regression, and the classes' names."""

    index: dict[str, int]
    classes: list[str]
    weights: object  # numpy array
    bias: object

    def probabilities(self, feats: list[str]):
        import numpy as np

        rows = [self.index[f] for f in feats if f in self.index]
        z = self.weights[rows].sum(axis=0) + self.bias if rows else self.bias.copy()
        z = np.exp(z - z.max())
        return z / z.sum()

    def best(self, doc, span) -> tuple[str, float]:
        """The likeliest class of an entity and its probability."""
        p = self.probabilities(features(doc, span))
        k = int(p.argmax())
        return self.classes[k], float(p[k])


@cache
def model() -> Model:
    """The shipped model (``kg/models/retype``)."""
    return load(resources.files("kg").joinpath("models", "retype"))


def load(folder) -> Model:
    """A model from its folder; one clear error line when it is missing or broken."""
    import numpy as np

    try:
        meta = json.loads(folder.joinpath("model.json").read_text(encoding="utf-8"))
        with folder.joinpath("model.npz").open("rb") as handle:
            arrays = np.load(handle)
            weights, bias = arrays["weights"].astype(np.float32), arrays["bias"].astype(np.float32)
        index = {f: i for i, f in enumerate(meta["features"])}
        classes = list(meta["classes"])
        if weights.shape != (len(index), len(classes)) or bias.shape != (len(classes),):
            raise ValueError("weights do not match the feature and class lists")
    except (OSError, ValueError, KeyError, TypeError, EOFError, zipfile.BadZipFile) as error:
        raise KGError(f"name-class model in {folder} cannot be read ({error}); rebuild it with: python training/train_retype.py") from None
    return Model(index, classes, weights, bias)


def decides(span, known) -> bool:
    """Whether the model decides a tagged name's class: a label it checks, a name the gazetteer (``known``: a
    surface → entry lookup) does not know and no title inside it. Training learns from these names only."""
    return span.label_ in NER_CLASS and known(span.text) is None and not holds_title(span)


def retype(doc, floor: float = FLOOR, known=None):
    """``doc`` with each name entity relabelled where the model is at least ``floor`` sure of another class than
    the tagger's label says. Names the gazetteer knows keep their label (``known``: a surface → entry lookup;
    the extractors type those from the gazetteer)."""
    from spacy.tokens import Span

    if known is None:
        from kg import gazetteer

        def known(surface):
            return gazetteer.lookup(surface, "en")

    m = model()
    ents, changed = [], False
    for e in doc.ents:
        now = NER_CLASS.get(e.label_)
        if decides(e, known):
            kind, p = m.best(doc, e)
            if kind != now and p >= floor:
                e = Span(doc, e.start, e.end, label=LABEL[kind])
                changed = True
        ents.append(e)
    if changed:
        doc.ents = ents
    return doc


def add_to(nlp, after: str = "ner") -> None:
    """Run :func:`retype` right after ``nlp``'s NER (as component :data:`COMPONENT`)."""
    from spacy.language import Language

    if COMPONENT not in Language.factories:
        @Language.factory(COMPONENT, default_config={"floor": FLOOR})
        def make(nlp, name: str, floor: float):
            return lambda doc: retype(doc, floor)

    nlp.add_pipe(COMPONENT, after=after)
