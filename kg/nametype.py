"""What kind of thing a name names, from its letters alone: a person, an organisation or a place.

The spaCy taggers kg uses often type a name they have not seen by its context only: "Sergio Ermotti" a place,
"Demis Hassabis" an organisation. The letters say more: "Sergio" starts persons' names, "-ton" ends places'
names, "Holdings" ends companies' names. This module scores a name with a logistic regression over hashed
character n-grams and words of the name, trained by ``python training/train_nametype.py`` on names typed in
kg's own annotations and gazetteer (see ``kg/models/nametype/MODEL_CARD.md``). The extractors ask it only when
the tagger's type and the name disagree, and follow it only when it is sure.

>>> kind, p = best("Sergio Ermotti")
>>> kind
'Person'
"""

from __future__ import annotations

import zlib
from functools import cache, lru_cache
from importlib import resources

from kg.errors import KGError

CLASSES = ("Person", "Organization", "Location")
BITS = 18
MODEL = "nametype.npz"
COMPONENT = "kg_name_type"
# how sure the model must be to overrule a tagger (held-out names it is this sure of are typed right 93% of the
# time); a person-tagged name becomes a place only at PLACE_FLOOR: companies are often named like places
FLOOR = 0.9
PLACE_FLOOR = 0.97


def features(name: str) -> list[int]:
    """Hashed feature indices of a name: its words (first and last marked), word shapes and the character
    2- to 5-grams of each word between boundary marks."""
    words = name.split()
    if not words:
        return []
    out = [f"n={min(len(words), 5)}"]
    for k, word in enumerate(words):
        low = word.lower()
        out.append(f"w={low}")
        if k == 0:
            out.append(f"f={low}")
        if k == len(words) - 1:
            out.append(f"l={low}")
        shape = "U" if word.isupper() and len(word) > 1 else "C" if word[:1].isupper() else "d" if word[:1].isdigit() else "l"
        out.append(f"s{k if k < 2 else 'x'}={shape}")
        padded = f"<{low}>"
        for n in range(2, 6):
            out += [f"g{n}={padded[i:i + n]}" for i in range(len(padded) - n + 1)]
    size = 1 << BITS
    return [zlib.crc32(f.encode()) % size for f in out]


@cache
def _weights():
    return load(resources.files("kg").joinpath("models", "nametype", MODEL))


def load(path):
    """The weights and biases stored at ``path`` (a file or a package resource); a missing, corrupt or
    misshapen file raises one :class:`KGError` line naming it."""
    import numpy as np

    try:
        with path.open("rb") as handle:
            data = np.load(handle)
            weights, bias = data["weights"].astype("float32"), data["bias"].astype("float32")
    except (OSError, ValueError, KeyError, EOFError) as err:
        raise KGError(f"{path}: cannot read the name-type model ({type(err).__name__}); "
                      "reinstall kg or rebuild it with python training/train_nametype.py") from None
    if weights.shape != (len(CLASSES), 1 << BITS) or bias.shape != (len(CLASSES),):
        raise KGError(f"{path}: the name-type weights have shape {weights.shape}, expected "
                      f"{(len(CLASSES), 1 << BITS)}; rebuild them with python training/train_nametype.py")
    return weights, bias


@lru_cache(maxsize=20000)
def scores(name: str) -> tuple[float, ...]:
    """The probability of each of :data:`CLASSES` for ``name``."""
    import numpy as np

    weights, bias = _weights()
    index = features(name)
    logits = weights[:, index].sum(axis=1) + bias if index else bias.copy()
    logits = logits - logits.max()
    p = np.exp(logits)
    return tuple(float(x) for x in p / p.sum())


def best(name: str) -> tuple[str, float]:
    """The likeliest class of a name and its probability."""
    p = scores(name)
    k = max(range(len(CLASSES)), key=p.__getitem__)
    return CLASSES[k], p[k]


# the NER labels of kg's Indonesian model for each class
NER_LABELS = {"Person": "PER", "Organization": "ORG", "Location": "LOC"}


def not_a_person(name: str, floor: float = FLOOR, place_floor: float = PLACE_FLOOR) -> str | None:
    """"Organization" or "Location" when the model is sure that a name tagged a person's is not one (``floor``
    for an organisation, ``place_floor`` for a place), else None."""
    kind, p = best(name)
    if kind != "Person" and p >= (place_floor if kind == "Location" else floor):
        return kind
    return None


def retype(doc, floor: float = FLOOR, place_floor: float = PLACE_FLOOR, labels: dict[str, str] = NER_LABELS):
    """``doc`` with a person-tagged entity relabelled where the name's letters say it is an organisation's
    (probability ``floor`` or more: "Indofood") or a place's (``place_floor`` or more: a company named like a
    place, "CEO Freeport McMoran X", reads as one at 0.91). The tagger's context knows better the other ways
    ("San Alfonso del Mar Resort" reads like a person's name; a resort or a business centre is an organisation
    or a place by how it is used): retyping those lowered kg's Indonesian extraction. The spaCy component
    ``kg_name_type`` runs this after the NER of kg's Indonesian pipeline."""
    from spacy.tokens import Span

    person = labels["Person"]
    ents, changed = [], False
    for e in doc.ents:
        kind = not_a_person(e.text, floor, place_floor) if e.label_ == person else None
        if kind is not None:
            e = Span(doc, e.start, e.end, label=labels[kind])
            changed = True
        ents.append(e)
    if changed:
        doc.ents = ents
    return doc


def add_to(nlp) -> None:
    """Run the check right after ``nlp``'s NER (as component :data:`COMPONENT`)."""
    from spacy.language import Language

    if COMPONENT not in Language.factories:
        @Language.factory(COMPONENT, default_config={"floor": FLOOR, "place_floor": PLACE_FLOOR})
        def make(nlp, name: str, floor: float, place_floor: float):
            return lambda doc: retype(doc, floor, place_floor)

    nlp.add_pipe(COMPONENT, after="ner")
