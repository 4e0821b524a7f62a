"""The records passed between stages: plain frozen dataclasses, no library types."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as read from an input; ``text`` is what offsets point into."""

    id: str
    text: str
    lang: str | None = None  # ISO 639-1 code, None until detected
    date: str | None = None  # ISO 8601 date of publication
    url: str | None = None
    title: str | None = None
    source: str | None = None  # the file (or "-") it came from


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of an article with its character span in ``Article.text``."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Node:
    """An entity as one triple names it.

    ``name`` is the English canonical name where kg knows one, ``aliases`` the surface forms
    seen in the text, ``type`` an ontology class local name (Person, Organization, ...).
    ``id`` is empty until :mod:`kg.resolve` assigns the stable entity ID.
    """

    name: str
    type: str
    aliases: tuple[str, ...] = ()
    id: str = ""


@dataclass(frozen=True, slots=True)
class Triple:
    """One subject–predicate–object fact with its provenance (the JSONL contract)."""

    doc_id: str
    subject: Node
    predicate: str  # ontology property local name, English: dismissed, urged, holds_role ...
    object: Node
    evidence: str  # the sentence
    sentence_start: int  # character offsets of the sentence in the article text
    sentence_end: int
    lang: str
    date: str | None = None
    confidence: float = 0.5
    role: str | None = None  # for holds_role: the role word in English ("president")
    verb: str | None = None  # for the generic "related" property: the linking verb's English lemma ("close")

    def provenance(self) -> dict:
        """Where the triple comes from: the properties a graph store keeps on its relationship."""
        return {
            "doc_id": self.doc_id,
            "evidence": self.evidence,
            "sentence_start": self.sentence_start,
            "sentence_end": self.sentence_end,
            "lang": self.lang,
            "date": self.date,
            "confidence": float(self.confidence),
            "role": self.role,
            "verb": self.verb,
        }

    def to_json(self) -> dict:
        """The triple as the JSONL contract spells it."""
        return {
            "doc_id": self.doc_id,
            "subject": _node_json(self.subject),
            "predicate": self.predicate,
            "object": _node_json(self.object),
            "evidence": self.evidence,
            "sentence_start": self.sentence_start,
            "sentence_end": self.sentence_end,
            "lang": self.lang,
            "date": self.date,
            "confidence": round(self.confidence, 3),
            "role": self.role,
            "verb": self.verb,
        }

    @classmethod
    def from_json(cls, data: dict) -> Triple:
        return cls(
            doc_id=data["doc_id"],
            subject=_node_from_json(data["subject"]),
            predicate=data["predicate"],
            object=_node_from_json(data["object"]),
            evidence=data["evidence"],
            sentence_start=data["sentence_start"],
            sentence_end=data["sentence_end"],
            lang=data["lang"],
            date=data.get("date"),
            confidence=data.get("confidence", 0.5),
            role=data.get("role"),
            verb=data.get("verb"),
        )


@dataclass(frozen=True, slots=True)
class Alias:
    text: str
    lang: str


@dataclass(frozen=True, slots=True)
class Entity:
    """One real-world entity after resolution: a node of the graph."""

    id: str
    name: str
    type: str
    aliases: tuple[Alias, ...] = ()
    mentions: int = 0
    docs: tuple[str, ...] = field(default=())

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "aliases": [{"text": a.text, "lang": a.lang} for a in self.aliases],
            "mentions": self.mentions,
            "docs": list(self.docs),
        }

    @classmethod
    def from_json(cls, data: dict) -> Entity:
        return cls(
            id=data["id"],
            name=data["name"],
            type=data["type"],
            aliases=tuple(Alias(a["text"], a["lang"]) for a in data.get("aliases", ())),
            mentions=data.get("mentions", 0),
            docs=tuple(data.get("docs", ())),
        )


def _node_json(node: Node) -> dict:
    return {"id": node.id, "name": node.name, "type": node.type, "aliases": list(node.aliases)}


def _node_from_json(data: dict) -> Node:
    return Node(name=data["name"], type=data["type"], aliases=tuple(data.get("aliases", ())), id=data.get("id", ""))
