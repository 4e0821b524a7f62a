"""Entity resolution: the nodes of all triples → one :class:`Entity` per real-world thing, with stable IDs.

Mentions are merged in three rings, always within one ontology type:

1. *Within an article*: a full name with its later short forms (``Tokayev``, ``Gloria Arroyo``),
   title-only mentions (``Presiden``, ``Menlu AS``) with the one person carrying that title, acronyms
   with the name whose initials they are (``KPK``), short organisation names with the one longer
   name (``Pioneer``), place descriptions (``the Swiss city``) with the one known place that fits.
2. *Across articles and languages*: equal transliteration keys (Massimov/Masimov, Tokayev/Toqaev,
   Kassym-Jomart/Kasim Jomart), equal gazetteer entries (Rusia/Russia, AS/U.S., CSTO/Organisasi
   Perjanjian Keamanan Kolektif, Jokowi/Joko Widodo), and a one-word person name with the one full
   name in the corpus that contains it (Nazarbayev never joins Dinara Nazarbayeva: different key).
3. *With an existing build*: existing entities take part like articles, but two existing entities are
   never merged and keep their IDs and names; new surface forms become aliases.

Two different gazetteer entries are never merged. Country and Location meet only through the
gazetteer (a node typed Location that the gazetteer knows as a country becomes the Country).
Group nodes ("authorities", "protesters") and mentions without a proper name ("the government",
"the president" when no person of the article carries that title) stay within their article: the same
words in two articles usually mean different people. Their IDs end in ``--<article id>``.

IDs are ``<type>/<slug of the English name>`` (``person/kassym-jomart-tokayev``), made from the
cluster's content, never from input order; a clash with a different entity adds a digest of its
aliases and articles. The English name is the gazetteer's, else (persons) the fullest, most used
spelling, else (others) the English form. An existing ID never changes, so an entity first seen
under a poorer name (a lone surname) keeps that ID when a later build brings the full name — the one
case where building A then B differs from building A+B at once.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from kg import gazetteer
from kg import lang as langdata
from kg.errors import KGError
from kg.gazetteer import strip_accents
from kg.records import Alias, Entity, Node, Triple

#: Types whose mentions are only ever merged inside one article.
ARTICLE_SCOPED_TYPES = frozenset({"Group"})
_PLACE_TYPES = frozenset({"Country", "Location"})


# --------------------------------------------------------------------------- keys


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Lowercase ASCII-ish form: accents, apostrophes and punctuation removed, hyphens as spaces.

    >>> fold("Kassym-Jomart  Tokayev"), fold("Ma'ruf Amin"), fold("“teroris”")
    ('kassym jomart tokayev', 'maruf amin', 'teroris')
    """
    text = strip_accents(text).lower()
    text = re.sub(r"['’`ʼ]", "", text)
    text = re.sub(r"[^\w&]+", " ", text)
    return " ".join(text.replace("_", " ").split())


_TRANSLIT = [
    (re.compile(r"(?<=[aeiou])y(?=[aeiou])"), ""),  # Tokayev ~ Tokaev
    (re.compile(r"zh"), "j"),  # Zhanaozen ~ Janaozen
    (re.compile(r"kh"), "h"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"th"), "t"),  # Anthony ~ Antony
    (re.compile(r"ck"), "k"),
    (re.compile(r"q"), "k"),  # Toqaev ~ Tokaev
    (re.compile(r"x"), "ks"),  # Alexander ~ Aleksander
    (re.compile(r"tz"), "ts"),
    (re.compile(r"y"), "i"),  # Kassym ~ Kasim, Sergey ~ Sergei
    (re.compile(r"w(?=[aeiou])"), "v"),
    (re.compile(r"(.)\1+"), r"\1"),  # Massimov ~ Masimov
]


@lru_cache(maxsize=200_000)
def name_key(text: str) -> str:
    """A transliteration-aware key: spelling variants of one name share it.

    >>> name_key("Kassym-Jomart Tokayev") == name_key("Kasim Jomart Toqaev")
    True
    >>> name_key("Massimov") == name_key("Masimov"), name_key("Nazarbayev") == name_key("Nazarbayeva")
    (True, False)
    """
    out = []
    for token in fold(text).split():
        for pattern, repl in _TRANSLIT:
            token = pattern.sub(repl, token)
        out.append(token)
    return " ".join(out)


def slug(text: str) -> str:
    """An IRI-path-segment-safe slug: lowercase letters and digits joined by hyphens.

    >>> slug("Kassym-Jomart Tokayev"), slug("Ma'ruf Amin"), slug("São Tomé & Príncipe")
    ('kassym-jomart-tokayev', 'maruf-amin', 'sao-tome-principe')
    >>> slug("???") != slug("!!!")
    True
    """
    original = text
    text = strip_accents(text).lower()
    text = re.sub(r"['’`ʼ]", "", text)
    text = re.sub(r"[\W_]+", "-", text).strip("-")
    # a name of punctuation only still gets an ID of its own, from a hash of what it was
    return text or "x" + hashlib.sha1(original.encode("utf-8")).hexdigest()[:8]


# --------------------------------------------------------------------------- language data


@dataclass(frozen=True)
class _Words:
    titles: frozenset[str]
    ignore: frozenset[str]
    abbreviations: dict[str, str]
    function_words: frozenset[str]
    org_suffixes: frozenset[str]
    translations: dict[str, str]
    relation_nouns: frozenset[str]
    place_nouns: frozenset[str]
    locatives: frozenset[str]
    description_heads: frozenset[str]


@cache
def _words(lang: str) -> _Words:
    """The resolver words of ``lang`` together with English ones (news mixes English titles in)."""
    langs = [lang] if lang == "en" else [lang, "en"]
    merged: dict[str, list | dict] = {}
    for code in langs:
        data = langdata.data(code, "resolve") if code in langdata.languages() else {}
        for key, value in data.items():
            if isinstance(value, list):
                merged.setdefault(key, []).extend(value)
            elif isinstance(value, dict):
                merged.setdefault(key, {}).update({k: v for k, v in value.items() if k not in merged.get(key, {})})
    return _Words(
        titles=frozenset(merged.get("titles", ())),
        ignore=frozenset(merged.get("ignore", ())),
        abbreviations=dict(merged.get("abbreviations", {})),
        function_words=frozenset(merged.get("function_words", ())),
        org_suffixes=frozenset(merged.get("org_suffixes", ())),
        translations={fold(k): v for k, v in merged.get("translations", {}).items()},
        relation_nouns=frozenset(merged.get("relation_nouns", ())),
        place_nouns=frozenset(merged.get("place_nouns", ())),
        locatives=frozenset(merged.get("locatives", ())),
        description_heads=frozenset(merged.get("description_heads", ())),
    )


def _lookup(surface: str, lang: str) -> gazetteer.Entry | None:
    try:
        return gazetteer.lookup(surface, lang) or (gazetteer.lookup(surface, "en") if lang != "en" else None)
    except KGError:  # a language kg has no data for: English names only
        return gazetteer.lookup(surface, "en")


@cache
def _people() -> dict[str, str]:
    """Known people by the key of every spelling the gazetteer lists: ``antoni blinken`` → Antony Blinken."""
    index: dict[str, str] = {}
    for item in gazetteer.entries():
        if item.get("type") == "Person":
            for text in (item["name"], *(a for names in item.get("aliases", {}).values() for a in names)):
                index.setdefault(name_key(text), item["name"])
    return index


def _known_person(surfaces) -> str | None:
    """The gazetteer's English name of a person mention, by its whole words or by its name without titles."""
    people = _people()
    for s in surfaces:
        for text in (s.text, " ".join(s.core)):
            name = people.get(name_key(text)) if text else None
            if name:
                return name
    return None


def _is_place_word(token: str, lang: str) -> bool:
    """True for a country/place name or a nationality adjective (``AS``, ``Kazakh``, ``Rusia``)."""
    if not token[:1].isupper():
        return False
    entry = _lookup(token, lang)
    if entry is not None and entry.type in _PLACE_TYPES:
        return True
    return bool(gazetteer.country_of_demonym(token, lang) or (lang != "en" and gazetteer.country_of_demonym(token, "en")))


# --------------------------------------------------------------------------- mentions


def _tokens(surface: str) -> list[str]:
    surface = re.sub(r"\([^)]*\)", " ", surface)  # "Organisation (ACR)": the acronym is read separately
    # a curly apostrophe between letters belongs to the word ("Myanmar’s", "O’Brien"); elsewhere it quotes
    surface = re.sub(r"(?<=\w)’(?=\w)", "'", surface)
    return [t for t in re.split(r"[\s,;:\"“”‘’()]+", surface) if t and t.strip(".-'")]


@dataclass
class _Surface:
    text: str
    lang: str
    core: list[str]  # name tokens after leading titles/place words are stripped (persons) or articles (others)
    title: tuple[str, ...]  # expanded, lowercased title words before the core (persons)
    acronyms: list[str]  # acronyms this surface spells or carries in parentheses


@lru_cache(maxsize=100_000)
def _analyse(text: str, type_: str, lang: str) -> _Surface:
    """How a surface form reads: its name words, its title words, its acronyms (read-only, cached)."""
    words = _words(lang)
    tokens = _tokens(text)
    acronyms = [a for a in re.findall(r"\(([^)]*)\)", text) if _is_acronym(a.strip())]
    if len(tokens) == 1 and _is_acronym(tokens[0]):
        acronyms.append(tokens[0])
    title: list[str] = []
    i = 0
    if type_ == "Person":
        if _names_someone_else(tokens, words):
            return _Surface(text, lang, [], tuple(fold(t) for t in tokens), acronyms)
        while i < len(tokens):
            tok = tokens[i]
            low = fold(tok)
            rest = tokens[i + 1 :]
            if low in words.ignore or low in words.titles or low.rstrip(".") in words.abbreviations:
                expansion = words.abbreviations.get(low.rstrip("."))
                if low not in words.ignore:
                    title.extend((expansion or low).split())
                i += 1
                continue
            if "-" in tok and all(fold(p) in words.titles for p in tok.split("-") if p):
                title.extend(fold(tok).split())
                i += 1
                continue
            width = 2 if len(rest) >= 1 and _is_place_word(f"{tok} {rest[0]}", lang) else 1 if _is_place_word(tok, lang) else 0
            after = tokens[i + width :]
            if width and _title_context(title, after, words, lang):
                # "Presiden Rusia Vladimir Putin", "Kazakh President ...", "Menlu AS": part of the title
                title.extend(fold(" ".join(tokens[i : i + width])).split())
                i += width
                continue
            if rest and title and _is_acronym(tok) and len(rest) >= 2:
                title.append(fold(tok))  # "Ketua KPU Arief Budiman"
                i += 1
                continue
            break
    else:
        while i < len(tokens) and fold(tokens[i]) in words.ignore:
            i += 1
    core = tokens[i:]
    if type_ == "Location":
        core = _without_place_nouns(core, words)
    if type_ != "Person":
        core = _dedupe_reduplication(core)
    return _Surface(text, lang, core, tuple(title), acronyms)


def _names_someone_else(tokens: list[str], words: _Words) -> bool:
    """``putri Nazarbayev``, ``Tokayev's mentor``: a relative or associate of the named person, not that person."""
    if tokens and fold(tokens[0]) in words.relation_nouns and len(tokens) > 1:
        return True
    return any(t.endswith(("'s", "’s")) for t in tokens[:-1]) and fold(tokens[-1]) in words.relation_nouns | words.titles


def _title_context(title: list[str], after: list[str], words: _Words, lang: str) -> bool:
    """Whether a place word at this point belongs to a title rather than to the name itself."""
    if after and (fold(after[0]) in words.titles or fold(after[0]).rstrip(".") in words.abbreviations):
        return True  # "Kazakh President ...", "US Secretary of State ..."
    if title and len(after) >= 2:
        return True  # "Presiden Rusia Vladimir Putin" (but "coach Jordan Henderson" keeps Jordan)
    return bool(title) and all(_is_place_word(t, lang) for t in after)  # "Menlu AS", "Presiden Kazakhstan"


def _without_place_nouns(tokens: list[str], words: _Words) -> list[str]:
    """``the town of Zhanaozen`` → ``Zhanaozen``; ``Mangistau province`` → ``Mangistau`` (a name must remain)."""
    kept = [t for t in tokens if fold(t) not in words.place_nouns]
    if not any(t[:1].isupper() and not gazetteer.country_of_demonym(t, "en") for t in kept):
        return tokens  # "Swiss city" is a description, not the place "Swiss"
    return kept


def _dedupe_reduplication(tokens: list[str]) -> list[str]:
    """Indonesian plural by reduplication: ``militan-militan`` → ``militan``."""
    out = []
    for tok in tokens:
        parts = tok.split("-")
        if len(parts) == 2 and parts[0].lower() == parts[1].lower():
            tok = parts[0]
        out.append(tok)
    return out


def _is_acronym(token: str) -> bool:
    letters = token.replace(".", "").replace("-", "").replace("&", "")
    return 2 <= len(letters) <= 8 and letters.isalnum() and sum(c.isupper() for c in letters) >= 2 and not letters[1:].islower()


def _has_proper_name(tokens: list[str], words: _Words) -> bool:
    return any(t[:1].isupper() and fold(t) not in words.function_words for t in tokens)


def _initials(tokens: list[str], words: _Words) -> set[str]:
    """Initials a name may be abbreviated to: with and without its function words."""
    parts = [p for t in tokens for p in re.split(r"-", t) if p]
    if len(parts) < 2:
        return set()
    full = "".join(p[0] for p in parts).lower()
    content = "".join(p[0] for p in parts if fold(p) not in words.function_words).lower()
    return {full, content}


@dataclass
class _Unit:
    """One distinct node shape of one article (or one existing entity): the thing clusters are made of."""

    idx: int
    type: str
    doc: str | None  # None for an existing entity
    lang: str
    surfaces: list[_Surface]
    names: Counter = field(default_factory=Counter)  # Node.name values with how often they were given
    english: set[str] = field(default_factory=set)  # names known to be English
    aliases: set[tuple[str, str]] = field(default_factory=set)
    mentions: int = 0
    docs: set[str] = field(default_factory=set)
    gaz: str | None = None
    gaz_country: str | None = None  # the country a known place lies in
    existing: Entity | None = None
    scoped: bool = False  # merged only inside its article

    def cores(self) -> list[list[str]]:
        return [s.core for s in self.surfaces if s.core]

    def person_full_keys(self) -> set[str]:
        return {name_key(" ".join(c)) for c in self.cores() if len(c) >= 2}



# --------------------------------------------------------------------------- union-find


class _Clusters:
    def __init__(self, units: list[_Unit]):
        self.parent = list(range(len(units)))
        self.existing: list[set[str]] = [{u.existing.id} if u.existing else set() for u in units]
        self.known: list[set[str]] = [{u.gaz} if u.gaz else set() for u in units]

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if self.existing[ra] and self.existing[rb]:
            return False  # two existing entities keep their own IDs
        if self.known[ra] and self.known[rb] and self.known[ra] != self.known[rb]:
            return False  # two different gazetteer entries are two things
        ra, rb = min(ra, rb), max(ra, rb)
        self.parent[rb] = ra
        self.existing[ra] |= self.existing[rb]
        self.known[ra] |= self.known[rb]
        return True


# --------------------------------------------------------------------------- resolve


def resolve(triples: list[Triple], existing: Iterable[Entity] = ()) -> tuple[list[Triple], list[Entity]]:
    """Give every node of ``triples`` the ID of the entity it names; return the triples and all entities.

    ``existing`` are the entities of an earlier build: they keep their IDs and names and gain the new
    mentions, aliases and documents. The result lists existing and new entities sorted by ID.
    (:class:`Resolver` does the same over a stream of triples, keeping only the distinct node shapes.)

    >>> from kg.records import Node, Triple
    >>> def t(doc, s, o, lang="en"):
    ...     return Triple(doc, Node(s, "Person", (s,)), "met", Node(o, "Person", (o,)), "", 0, 0, lang)
    >>> out, ents = resolve([t("a", "Kassym-Jomart Tokayev", "Karim Massimov"), t("b", "Tokayev", "Karim Masimov", "id")])
    >>> sorted(e.id for e in ents)
    ['person/karim-massimov', 'person/kassym-jomart-tokayev']
    >>> out[1].subject.name, out[1].subject.id
    ('Kassym-Jomart Tokayev', 'person/kassym-jomart-tokayev')
    """
    resolver = Resolver(existing)
    for triple in triples:
        resolver.add(triple)
    entities = resolver.finish()
    return [resolver.resolved(t) for t in triples], entities


class Resolver:
    """Entity resolution over a stream of triples, in two passes: ``add`` every triple, ``finish``, then
    ``resolved`` each triple again (read back from disk, say).

    Only the distinct node shapes (article, type, name, aliases: the resolver's keys) are kept in memory,
    never the triples or their sentences, so a corpus of millions of triples resolves in the memory of its
    mentions. The result is exactly :func:`resolve`'s for the same triples in the same order.

    >>> from kg.records import Node, Triple
    >>> t = Triple("a", Node("Ada Obi", "Person", ("Ada Obi",)), "met", Node("Obi", "Person", ("Obi",)), "", 0, 0, "en")
    >>> r = Resolver()
    >>> r.add(t)
    >>> [e.id for e in r.finish()], r.resolved(t).object.id
    (['person/ada-obi'], 'person/ada-obi')
    """

    def __init__(self, existing: Iterable[Entity] = ()):
        self._existing = list(existing)
        self._existing_ids = {e.id for e in self._existing}
        self._pinned: list[tuple[int, str]] = []  # node units already resolved to an existing entity
        self._units: list[_Unit] = []
        self._by_shape: dict[tuple, int] = {}
        self._docs: set[str] = set()
        self._unit_entity: dict[int, Entity] | None = None

    def add(self, triple: Triple) -> None:
        """Count one triple's two nodes (first pass)."""
        if self._unit_entity is not None:
            raise KGError("Resolver.add after finish: add every triple first")
        self._docs.add(triple.doc_id)
        units, by_shape = self._units, self._by_shape
        for node in (triple.subject, triple.object):
            shape = (triple.doc_id, node.type, node.name, node.aliases)
            idx = by_shape.get(shape)
            if idx is None:
                idx = by_shape[shape] = len(units)
                units.append(_node_unit(idx, triple, node))
                if node.id in self._existing_ids:
                    self._pinned.append((idx, node.id))
            unit = units[idx]
            unit.mentions += 1
            unit.aliases |= {(s, triple.lang) for s in node.aliases if s}
            if node.name and not node.id and (node.name not in node.aliases or not node.aliases):
                # the extractor's own name: English when it differs from the surface forms
                unit.aliases.add((node.name, "en" if node.aliases else triple.lang))
            unit.names[node.name] += 1
            if triple.lang == "en" or (node.name and node.name not in node.aliases):
                unit.english.add(node.name)

    def finish(self) -> list[Entity]:
        """Cluster what was added (with the existing entities); return every entity, sorted by ID."""
        units = self._units
        entity_unit: dict[str, int] = {}
        for entity in sorted(self._existing, key=lambda e: e.id):
            entity_unit[entity.id] = len(units)
            units.append(_entity_unit(len(units), entity))
        clusters = _Clusters(units)
        for ui, eid in self._pinned:  # the earlier build's own triples stay with their entities
            clusters.union(entity_unit[eid], ui)
        _merge_by_keys(units, clusters)
        by_doc: dict[str, list[_Unit]] = defaultdict(list)
        for unit in units:
            if unit.doc is not None:
                by_doc[unit.doc].append(unit)
        for doc in sorted(by_doc):
            _merge_in_article(by_doc[doc], clusters)
        _merge_short_names_in_corpus(units, clusters)
        entities, self._unit_entity = _entities(units, clusters, self._docs)
        self._units = []  # the shapes' index (by_shape) is all the second pass needs
        return entities

    def resolved(self, triple: Triple) -> Triple:
        """``triple`` (one that was added) with both nodes named by their entity (second pass)."""
        if self._unit_entity is None:
            raise KGError("Resolver.resolved before finish")
        ends = []
        for node in (triple.subject, triple.object):
            entity = self._unit_entity[self._by_shape[(triple.doc_id, node.type, node.name, node.aliases)]]
            ends.append(Node(entity.name, entity.type, node.aliases, entity.id))
        return replace(triple, subject=ends[0], object=ends[1])


def _node_unit(idx: int, triple: Triple, node: Node) -> _Unit:
    lang = triple.lang
    type_ = node.type
    texts = list(dict.fromkeys(s for s in (node.name, *node.aliases) if s))
    gaz = gaz_country = None
    if type_ in _PLACE_TYPES | {"Organization"}:
        for text in texts:
            entry = _lookup(text, lang)
            if entry is None and type_ == "Country":
                country = gazetteer.country_of_demonym(text, lang) or gazetteer.country_of_demonym(text, "en")
                entry = gazetteer.Entry(country, "Country") if country else None
            if entry is not None and (entry.type == type_ or {entry.type, type_} <= _PLACE_TYPES):
                gaz, type_, gaz_country = entry.name, entry.type, entry.country
                break
    surfaces = [_analyse(t, type_, lang) for t in texts]
    if type_ == "Person":
        gaz = _known_person(surfaces)
    words = _words(lang)
    unit = _Unit(idx, type_, triple.doc_id, lang, surfaces, gaz=gaz, gaz_country=gaz_country, docs={triple.doc_id})
    if type_ in ARTICLE_SCOPED_TYPES:
        unit.scoped = True
    elif gaz is None and not any(_has_proper_name(s.core, words) for s in surfaces):
        unit.scoped = True  # "the president", "the government": no name to carry across articles
    elif gaz is None and type_ in _PLACE_TYPES and all(_is_description(t, words, lang) for t in texts):
        unit.scoped = True  # "the Swiss city"
    return unit


def _entity_unit(idx: int, entity: Entity) -> _Unit:
    texts = list(dict.fromkeys(a.text for a in entity.aliases)) or [entity.name]
    langs = {a.text: a.lang for a in entity.aliases}
    surfaces = [_analyse(t, entity.type, langs.get(t, "en")) for t in texts]
    unit = _Unit(idx, entity.type, None, "en", surfaces, existing=entity, docs=set(entity.docs))
    unit.aliases = {(a.text, a.lang) for a in entity.aliases}
    unit.names[entity.name] += 1
    unit.english.add(entity.name)
    unit.gaz = None
    if entity.type in _PLACE_TYPES | {"Organization"}:
        entry = _lookup(entity.name, "en")
        if entry is not None and entry.type == entity.type:
            unit.gaz = entry.name
    elif entity.type == "Person":
        unit.gaz = _known_person([_analyse(entity.name, "Person", "en")])
    # article-scoped entities of an earlier build never meet new articles
    unit.scoped = entity.type in ARTICLE_SCOPED_TYPES or "--" in entity.id.split("/", 1)[-1]
    return unit


def _unit_keys(unit: _Unit) -> set[str]:
    """Keys under which a unit meets units of other articles of the same type."""
    if unit.scoped:
        return set()
    keys = set()
    if unit.gaz:
        keys.add("gaz:" + unit.gaz)
    words = _words(unit.lang)
    for given in _possessive_free(unit.surfaces):
        if unit.type == "Person":
            if len(given) >= 2:
                keys.add("name:" + name_key(" ".join(given)))
            continue
        core = [t for t in given if fold(t) not in words.org_suffixes] if unit.type == "Organization" else given
        if core and _has_proper_name(core, words):
            keys.add("name:" + name_key(" ".join(core)).replace(" ", ""))
    return keys


def _merge_by_keys(units: list[_Unit], clusters: _Clusters) -> None:
    first: dict[tuple[str, str], int] = {}
    for unit in units:
        for key in sorted(_unit_keys(unit)):
            slot = (unit.type, key)
            if slot in first:
                clusters.union(first[slot], unit.idx)
            else:
                first[slot] = unit.idx


def _merge_in_article(units: list[_Unit], clusters: _Clusters) -> None:
    """Article-internal merges: same words, acronyms, short forms and title-only mentions."""
    by_type: dict[str, list[_Unit]] = defaultdict(list)
    for unit in units:
        by_type[unit.type].append(unit)
    for type_, group in sorted(by_type.items()):
        words = _words(group[0].lang)
        # the same words (after articles, plural markers and translation) are the same thing here
        seen: dict[str, int] = {}
        for unit in group:
            for key in sorted(_article_keys(unit, _words(unit.lang))):
                if key in seen:
                    clusters.union(seen[key], unit.idx)
                else:
                    seen[key] = unit.idx
        _merge_acronyms(group, clusters, words)
        if type_ == "Person":
            _merge_person_short_forms(group, clusters)
            _merge_titles(group, clusters)
        else:
            if type_ in _PLACE_TYPES:
                _merge_place_descriptions(group, clusters)
            _merge_name_prefixes(group, clusters)


def _possessive_free(surfaces: list[_Surface]) -> list[list[str]]:
    """Each surface's core, and again without an English possessive on its last word where it has one: the
    tagger often takes "'s" into a name ("Civic Party's Jeremy Tam"), and "Civic Party's" is then the same body
    as a "Civic Party" beside it. A name that only ever comes with it ("McDonald's") keeps it, since the shorter
    form then meets no other name and the canonical name is a form given."""
    cores = []
    for s in surfaces:
        if not s.core:
            continue
        cores.append(s.core)
        last = re.sub(r"(?<=\w)'s?$", "", s.core[-1])
        if last != s.core[-1] and last:
            cores.append([*s.core[:-1], last])
    return cores


def _article_keys(unit: _Unit, words: _Words) -> set[str]:
    keys = set()
    named = unit.gaz or any(_has_proper_name(s.core, words) for s in unit.surfaces)
    for s in unit.surfaces:
        if not s.core or (named and unit.type != "Group" and not _has_proper_name(s.core, words)):
            continue  # "the country" as an alias of Kazakhstan does not make Russia's "the country" Kazakhstan
        for k, core in enumerate(_possessive_free([s])):  # the name as given (translated), then without "'s"
            text = fold(" ".join(core))
            text = words.translations.get(text, text) if k == 0 else text
            short = unit.type == "Person" and len(core) < 2
            keys.add("short:" + name_key(text) if short else name_key(text).replace(" ", ""))
        if unit.type == "Group":
            for variant in _group_heads(s.core, unit.lang, words):
                keys.add(name_key(words.translations.get(variant, variant)).replace(" ", ""))
        if unit.type == "Person" and len(s.core) < 2:
            continue
        for acronym in s.acronyms:
            keys.add(name_key(acronym).replace(" ", ""))
    if unit.gaz:
        keys.add("gaz:" + unit.gaz)
    return keys


def _group_heads(core: list[str], lang: str, words: _Words) -> list[str]:
    """Shorter readings of a group: without a leading nationality, without a trailing place phrase.

    ``Kazakh local authorities`` → ``local authorities``; ``police in Almaty`` → ``police``.
    """
    out = []
    if len(core) > 1 and _is_place_word(core[0], lang):
        out.append(fold(" ".join(core[1:])))
    for i, tok in enumerate(core[1:], 1):
        if fold(tok) in words.locatives:
            out.append(fold(" ".join(core[:i])))
            break
    return out


def _merge_acronyms(group: list[_Unit], clusters: _Clusters, words: _Words) -> None:
    acronym_units: dict[str, set[int]] = defaultdict(set)
    for unit in group:
        for s in unit.surfaces:
            for acronym in s.acronyms:
                acronym_units[acronym.replace(".", "").replace("-", "").lower()].add(unit.idx)
    if not acronym_units:
        return
    for unit in group:
        for s in unit.surfaces:
            if len(s.core) < 2:
                continue
            for initials in _initials(s.core, words):
                for other in sorted(acronym_units.get(initials, ())):
                    clusters.union(other, unit.idx)


def _merge_person_short_forms(group: list[_Unit], clusters: _Clusters) -> None:
    """``Tokayev`` or ``Gloria Arroyo`` joins the one full name of the article that contains its words."""
    fulls = [u for u in group if u.person_full_keys()]
    for unit in group:
        for s in unit.surfaces:
            if not s.core:
                continue
            tokens = [name_key(t) for t in s.core]
            candidates = {
                clusters.find(f.idx)
                for f in fulls
                for c in f.cores()
                if len(c) > len(tokens) and _is_subsequence(tokens, [name_key(t) for t in c])
            }
            candidates.discard(clusters.find(unit.idx))
            if len(candidates) == 1:
                clusters.union(candidates.pop(), unit.idx)


def _is_subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(any(tok == other for other in it) for tok in short)


def _merge_titles(group: list[_Unit], clusters: _Clusters) -> None:
    """A title-only mention (``Presiden``, ``Menlu AS``) joins the one person of the article with that title."""
    titled: list[tuple[_Unit, tuple[str, ...]]] = [(u, s.title) for u in group for s in u.surfaces if s.core and s.title]
    for unit in group:
        if any(s.core for s in unit.surfaces):
            continue
        for s in unit.surfaces:
            if not s.title:
                continue
            for strict in (True, False):
                want = s.title if strict else _without_places(s.title, unit.lang)
                candidates = {
                    clusters.find(u.idx)
                    for u, title in titled
                    if (title if strict else _without_places(title, u.lang)) == want
                }
                if len(candidates) == 1:
                    clusters.union(candidates.pop(), unit.idx)
                    break
                if candidates:
                    break  # ambiguous: two people carry this title


def _without_places(title: tuple[str, ...], lang: str) -> tuple[str, ...]:
    return tuple(t for t in title if not _is_place_word(t.capitalize(), lang) and not _is_place_word(t.upper(), lang))


def _is_description(text: str, words: _Words, lang: str = "en") -> bool:
    """``the Swiss city``, ``the Central Asian republic``: a place described by a common noun, not named.

    The head noun is lowercase ("Mexico City" is a name) and every capitalised word is a place or
    nationality word, not a name of its own ("Mangistau province" is named).
    """
    tokens = _tokens(text)
    if not any(t in words.description_heads for t in tokens):
        return False
    # judge each run of capitalised words by its last word: "Central Asian", "South African"
    run_ends = [t for i, t in enumerate(tokens) if t[:1].isupper() and (i + 1 == len(tokens) or not tokens[i + 1][:1].isupper())]
    return all(_is_place_word(t, lang) or t.lower().endswith(_ADJECTIVE_ENDINGS) for t in run_ends)


_ADJECTIVE_ENDINGS = ("an", "ese", "ish", "ic", "i")  # Asian, Chinese, British, Baltic, Kazakhstani


def _merge_place_descriptions(group: list[_Unit], clusters: _Clusters) -> None:
    """``the Swiss city`` joins the one known Swiss place of the article; ``the Central Asian republic`` the one country."""
    known = [u for u in group if u.gaz]
    for unit in group:
        words = _words(unit.lang)
        if unit.gaz or not all(_is_description(s.text, words, unit.lang) for s in unit.surfaces):
            continue  # named: "Zhanaozen, the town" is Zhanaozen
        for s in unit.surfaces:
            if not _is_description(s.text, words, unit.lang):
                continue
            countries = set()
            for tok in _tokens(s.text):
                if tok[:1].isupper():
                    entry = _lookup(tok, unit.lang)
                    demonym = gazetteer.country_of_demonym(tok, unit.lang) or gazetteer.country_of_demonym(tok, "en")
                    countries |= {c for c in (demonym, entry.name if entry and entry.type == "Country" else None) if c}
            candidates = {
                clusters.find(u.idx)
                for u in known
                if not countries or (u.gaz_country if unit.type == "Location" else u.gaz) in countries
            }
            if len(candidates) == 1:
                clusters.union(candidates.pop(), unit.idx)
                break


def _merge_name_prefixes(group: list[_Unit], clusters: _Clusters) -> None:
    """``Pioneer`` joins the one ``Pioneer Natural Resources`` of the article (names, not generic words)."""
    words = _words(group[0].lang)
    for unit in group:
        if unit.gaz:
            continue
        for s in unit.surfaces:
            if not s.core or not s.core[0][:1].isupper():
                continue
            short = [name_key(t) for t in s.core]
            candidates = set()
            for other in group:
                for c in other.cores():
                    long = [name_key(t) for t in c]
                    if len(long) > len(short) and long[: len(short)] == short and _has_proper_name(c, words):
                        candidates.add(clusters.find(other.idx))
            candidates.discard(clusters.find(unit.idx))
            if len(candidates) == 1:
                clusters.union(candidates.pop(), unit.idx)


_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _family_name_key(core: list[str]) -> str:
    """The key of the last name word, skipping generational suffixes: ``Benigno Aquino III`` → ``akino``."""
    words = [t for t in core if fold(t).rstrip(".") not in _NAME_SUFFIXES] or core
    return name_key(words[-1])


def _merge_short_names_in_corpus(units: list[_Unit], clusters: _Clusters) -> None:
    """A one-word person name joins the one full-name person of the corpus with that family name; else equal words merge."""
    persons = [u for u in units if u.type == "Person" and not u.scoped]
    members: dict[int, list[_Unit]] = defaultdict(list)
    for unit in persons:
        members[clusters.find(unit.idx)].append(unit)
    full_token_roots: dict[str, set[int]] = defaultdict(set)
    short_roots: list[tuple[int, set[str]]] = []
    for root, group in sorted(members.items()):
        fulls = [c for u in group for c in u.cores() if len(c) >= 2]
        if fulls:
            for c in fulls:  # across articles only the family name: "Karim" alone is not Karim Massimov
                full_token_roots[_family_name_key(c)].add(root)
        else:
            short_roots.append((root, {name_key(c[0]) for u in group for c in u.cores()}))
    mononyms: dict[str, int] = {}
    for root, tokens in short_roots:
        candidates = set().union(*(full_token_roots.get(t, set()) for t in tokens)) if tokens else set()
        if len(candidates) == 1:
            clusters.union(candidates.pop(), root)
        elif not candidates and len(tokens) == 1:
            token = next(iter(tokens))
            if token in mononyms:
                clusters.union(mononyms[token], root)
            else:
                mononyms[token] = root


# --------------------------------------------------------------------------- entities


def _entities(units: list[_Unit], clusters: _Clusters, triple_docs: set[str]) -> tuple[list[Entity], dict[int, Entity]]:
    """Entities of the clusters; existing ones keep ID and name.

    Counts come from the triples. An existing entity none of whose documents is among the triples (the
    caller passed only new articles) adds its earlier counts; one whose documents are all among them and
    that no triple names any more is dropped.
    """
    members: dict[int, list[_Unit]] = defaultdict(list)
    for unit in units:
        members[clusters.find(unit.idx)].append(unit)
    taken = {u.existing.id for u in units if u.existing}
    entities: list[Entity] = []
    unit_entity: dict[int, Entity] = {}
    pending = []
    for root, group in members.items():
        olds = [u.existing for u in group if u.existing]
        aliases = sorted(set().union(*(u.aliases for u in group)), key=lambda a: (a[1], a[0]))
        docs = sorted(set().union(*(u.docs for u in group)))
        mentions = sum(u.mentions for u in group)
        if olds:
            old = olds[0]
            new_docs = set().union(*(u.docs for u in group if u.existing is None))
            if set(old.docs) & triple_docs:
                docs = sorted((set(old.docs) - triple_docs) | new_docs)
            else:
                mentions += old.mentions
            if not docs:
                continue  # its articles were read again and no longer name it
            entity = Entity(old.id, old.name, old.type, tuple(Alias(t, l) for t, l in aliases), mentions, tuple(docs))
            entities.append(entity)
            for u in group:
                unit_entity[u.idx] = entity
        else:
            name = _canonical_name(group)
            pending.append((group[0].type, name, docs, aliases, mentions, group))
    # new IDs in an order that does not depend on input order
    for type_, name, docs, aliases, mentions, group in sorted(pending, key=lambda p: (p[0], p[1], p[2], p[3])):
        base = f"{type_.lower()}/{slug(name)}"
        if all(u.scoped for u in group):
            base += "--" + slug(docs[0])
        eid = base
        if eid in taken:
            digest = hashlib.sha1("\n".join(sorted({name_key(t) for t, _ in aliases}) + docs).encode()).hexdigest()
            eid = f"{base}-{digest[:8]}"
        taken.add(eid)
        entity = Entity(eid, name, type_, tuple(Alias(t, l) for t, l in aliases), mentions, tuple(docs))
        entities.append(entity)
        for u in group:
            unit_entity[u.idx] = entity
    entities.sort(key=lambda e: e.id)
    return entities, unit_entity


def _canonical_name(group: list[_Unit]) -> str:
    """The English name of a new entity: the gazetteer's, else the fullest English name given, else a surface."""
    gaz = Counter(u.gaz for u in group if u.gaz)
    if gaz:
        return min(gaz, key=lambda n: (-gaz[n], n))
    type_ = group[0].type
    docs: dict[str, set[str]] = defaultdict(set)  # candidate name → articles that use it
    english: set[str] = set()
    candidates: dict[str, tuple] = {}
    for unit in group:
        words = _words(unit.lang)
        for s in unit.surfaces:
            if not s.core:
                continue
            core = " ".join(s.core)
            text = words.translations.get(fold(core))
            if text:
                english.add(text)
            else:
                text = core
            docs[text] |= unit.docs
            if s.text in unit.english or unit.lang == "en":
                english.add(text)
            candidates.setdefault(text, (len(name_key(core).split()), _is_acronym(core)))
    if not candidates:  # title-only: keep the words as given
        votes: Counter = Counter()
        for unit in group:
            votes.update(unit.names)
        return min(votes, key=lambda n: (-votes[n], n))

    # the names the extractors gave (title words stripped), as opposed to cores read from longer aliases, in
    # which an unknown title word ("Menteri Pertanian X") can pass for a first name
    given = {" ".join(_analyse(n, type_, u.lang).core) for u in group for n in u.names}

    def rank(text: str) -> tuple:
        length, acronym = candidates[text]
        proper = text[:1].isupper()
        fullness = -min(length, 6)
        foreign = text not in english
        used = -len(docs[text])
        # a person's name is the same in every language: the fullest, most used spelling an extractor gave wins
        # (English breaks ties); other names are translated, so the English one wins
        order = (text not in given, fullness, used, foreign) if type_ == "Person" else (foreign, fullness, used)
        return (acronym and any(not a for _, a in candidates.values()), not proper if type_ != "Group" else False, *order, text)

    return min(candidates, key=rank)


# --------------------------------------------------------------------------- listing


def entities(out_dir, type: str | None = None, search: str | None = None) -> list[Entity]:  # noqa: A002
    """The entities of a build in ``out_dir`` (its ``entities.jsonl``), optionally of one type or matching a name.

    ``search`` matches the name or any alias, ignoring case, accents and spelling variants
    (``--search masimov`` finds Karim Massimov).
    """
    import json
    from pathlib import Path

    from kg.errors import InputError

    path = Path(out_dir) / "entities.jsonl"
    if not path.is_file():
        raise InputError(str(path), "no entities here; build first with: kg build ARTICLES -o OUT")
    found = []
    want = name_key(search) if search else None
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                entity = Entity.from_json(json.loads(line))
            except (ValueError, KeyError, TypeError) as error:
                raise InputError(str(path), f"not an entity record ({error})", line=number) from error
            if type and entity.type.lower() != type.lower():
                continue
            if want and not any(want in name_key(t) for t in (entity.name, *(a.text for a in entity.aliases))):
                continue
            found.append(entity)
    return sorted(found, key=lambda e: (-e.mentions, e.id))
