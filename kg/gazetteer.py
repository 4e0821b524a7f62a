"""Names kg knows in English: countries, major places and organisations, looked up by any surface form.

The data is ``kg/lang/gazetteer.json`` (language-independent entries with aliases per language),
``kg/lang/<code>/places.json`` (extra surface forms of one language) and pycountry's translated
country names for the language, when it ships them.
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from kg import lang as langdata


@dataclass(frozen=True, slots=True)
class Entry:
    """A known name: the English ``name``, its ontology ``type`` and, for places, the ``country`` it lies in."""

    name: str
    type: str
    country: str | None = None


@lru_cache(maxsize=1 << 16)
def fold(surface: str) -> str:
    """The lookup key of a surface form: accents, dots, hyphens and case removed.

    >>> fold("U.S.") == fold("US"), fold("Nur-Sultan")
    (True, 'nur sultan')
    """
    text = strip_accents(surface)
    text = text.replace(".", "").replace("’", "'")
    text = re.sub(r"[\s\-‐–—_]+", " ", text)
    return text.strip().lower()


def strip_accents(text: str) -> str:
    """``text`` without diacritics, compatibility forms decomposed (NFKD).

    >>> strip_accents("São Tomé")
    'Sao Tome'
    """
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


def lookup(surface: str, lang: str) -> Entry | None:
    """The known entity a capitalised surface form names in ``lang``, or None.

    >>> lookup("Rusia", "id")
    Entry(name='Russia', type='Country', country=None)
    >>> lookup("Moskow", "id").name
    'Moscow'
    """
    if not surface or surface == surface.lower():
        return None  # names are written with capitals; "as" and "us" are words
    key = fold(surface)
    forms = _two_letter_forms(lang).get(key) if len(key) == 2 else None
    if forms is not None and surface not in forms:
        return None  # "R.I.", "RI" and "Pa." are places; "Ri" is a surname, "Pa" and "Ma" words of names
    return _index(lang).get(key)


def is_region(surface: str, lang: str) -> bool:
    """Whether a surface form names a country or a first-level state, province or prefecture ("Florida", "Johor"),
    the places that close a "city, region" pair, as opposed to a city.

    >>> is_region("Florida", "en"), is_region("Indonesia", "en"), is_region("Paris", "en")
    (True, True, False)
    """
    entry = lookup(surface, lang)
    return entry is not None and (entry.type == "Country" or entry.type == "Location" and entry.name in _region_names())


def country_of_demonym(word: str, lang: str) -> str | None:
    """The English country name a nationality adjective points to, or None.

    >>> country_of_demonym("Kazakh", "en")
    'Kazakhstan'
    """
    if not word or word == word.lower():
        return None
    return _demonyms(lang).get(fold(word))


def office_state(person: str) -> str | None:
    """The country whose national offices a known person holds or held, by the English name, or None.

    >>> office_state("Recep Tayyip Erdoğan"), office_state("António Guterres")
    ('Turkey', None)
    """
    return _states().get(person)


@cache
def _states() -> dict[str, str]:
    return {item["name"]: item["state"] for item in entries() if item["type"] == "Person" and item.get("state")}


def entries() -> list[dict]:
    """The raw gazetteer entries (for resolvers that need every alias)."""
    return langdata.shared("gazetteer").get("entries", [])


@cache
def _index(lang: str) -> dict[str, Entry]:
    index: dict[str, Entry] = {}
    translate = _country_translation(lang)
    for item in entries():
        entry = Entry(item["name"], item["type"], item.get("country"))
        names = [item["name"], *item["aliases"].get("en", ()), *item["aliases"].get(lang, ())]
        if translate and item["type"] == "Country":
            names += [translate(n) for n in item["aliases"].get("en", ())]
        for name in names:
            index.setdefault(fold(name), entry)
        for name in item["aliases"].get(lang, ()):  # the language's own spelling wins over English collisions
            index[fold(name)] = entry
    states = dict(_subdivisions())  # "Florida", "Ishikawa", "Queensland": a state or province in its country
    for surface, (name, type_) in langdata.data(lang, "places").items():
        index[fold(surface)] = Entry(name, type_, states.get(name))
    for other in langdata.languages():  # the English names of places another language's data knows: "Central Java"
        for name, type_ in langdata.data(other, "places").values():
            index.setdefault(fold(name), Entry(name, type_, states.get(name)))
    for name, country in states.items():
        index.setdefault(fold(name), Entry(name, "Location", country))
    return index


@cache
def _two_letter_forms(lang: str) -> dict[str, frozenset[str]]:
    """The surfaces a lookup key of two letters matches: only the forms the gazetteer lists, as written, and an
    acronym listed with dots also without them ("U.S." and "US"). Folding ignores case and dots, so without this
    "Ri" would be Rhode Island (from "R.I.") and "Ma" Indonesia's supreme court (from "MA")."""
    names = [n for item in entries() for n in (item["name"], *item["aliases"].get("en", ()), *item["aliases"].get(lang, ()))]
    names += [surface for code in langdata.languages() for surface in langdata.data(code, "places")]
    names += [name for code in langdata.languages() for name, _ in langdata.data(code, "places").values()]
    names += [name for name, _ in _subdivisions()]
    forms: dict[str, set[str]] = {}
    for name in names:
        if len(fold(name)) == 2:
            bare = name.replace(".", "")
            forms.setdefault(fold(name), set()).update({name, bare} if bare.isupper() else {name})
    return {key: frozenset(v) for key, v in forms.items()}


@cache
def _region_names() -> frozenset[str]:
    return frozenset(name for name, _ in _subdivisions())


@cache
def _subdivisions() -> tuple[tuple[str, str], ...]:
    """(name, English country name) of the first-level subdivisions of the countries the gazetteer lists under
    "subdivisions", from pycountry's ISO 3166-2 data; names it skips (also words or people's names) are left out."""
    spec = langdata.shared("gazetteer").get("subdivisions", {})
    skip = {fold(n) for n in spec.get("skip", ())}
    countries = {item.get("code"): item["name"] for item in entries() if item["type"] == "Country"}
    try:
        import pycountry
    except ImportError:
        return ()
    out = []
    for code in spec.get("countries", ()):
        for sub in pycountry.subdivisions.get(country_code=code) or ():
            name = sub.name.split(" [")[0]  # "Wales [Cymru GB-CYM]"
            if any(c in name for c in "āīūēō"):
                name = strip_accents(name)  # a transliteration's long vowels: English writes "Maharashtra"
            if sub.parent_code is None and fold(name) not in skip and len(name) > 3 and code in countries:
                out.append((name, countries[code]))
    return tuple(out)


@cache
def demonym_of(country: str, lang: str) -> str | None:
    """The first nationality adjective the gazetteer lists for a country ('Indonesia' → 'Indonesian'), or None."""
    for item in entries():
        if item["name"] == country and item.get("demonyms", {}).get(lang):
            return item["demonyms"][lang][0]
    return None


@cache
def _demonyms(lang: str) -> dict[str, str]:
    return {fold(d): item["name"] for item in entries() for d in item.get("demonyms", {}).get(lang, ())}


def _country_translation(lang: str):
    if lang == "en":
        return None
    try:
        import pycountry

        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]).gettext
    except (ImportError, OSError):
        return None


_RULER_LABELS = {"Country": "LOC", "Location": "LOC", "Organization": "ORG", "Person": "PER"}
_LONGEST = 5  # words in the longest name looked for


@cache
def _foreign_acronyms(lang: str) -> frozenset[str]:
    """English acronyms of known names that ``lang`` does not use ("UN", "US" are "PBB", "AS" in Indonesian, where
    "UN" is the national exam): as bare capitals in ``lang``'s text they name something else."""
    out = set()
    for item in entries():
        own = {fold(a) for a in item["aliases"].get(lang, ())} | {fold(item["name"])}
        for alias in item["aliases"].get("en", ()):
            if alias.replace(".", "").isupper() and fold(alias) not in own:
                out.add(fold(alias))
    return frozenset(out)


@cache
def _org_names(lang: str) -> dict[str, Entry]:
    """Organisations the language's lexicon names by a short form: parties ("Golkar") and ministries ("Kemenkeu")."""
    orgs = langdata.data(lang, "organizations")
    names = [*orgs.get("parties", ()), *(k for k in orgs.get("ministries", {}) if not k.startswith("_"))]
    return {fold(n): Entry(n, "Organization") for n in names}


def ner_label(text: str, lang: str) -> str | None:
    """The NER label (PER, ORG, LOC) of a name this gazetteer, or the language's lexicon of parties and
    ministries, knows; else None."""
    entry = lookup(text, lang) or _org_names(lang).get(fold(text))
    return _RULER_LABELS.get(entry.type) if entry is not None else None


def foreign_acronym(text: str, lang: str) -> bool:
    """Whether ``text`` is an English acronym of a known name that ``lang`` does not use ("UN" in Indonesian)."""
    return text.isupper() and fold(text) in _foreign_acronyms(lang)


def known_names(doc, lang: str):
    """``doc`` with the names this gazetteer knows added as entities where the tagger found none: "Surabaya",
    "DKI Jakarta", "Palestina" missed by a statistical NER trained on a few thousand sentences. The longest
    known run of capitalised words wins; a word already inside an entity is left to the tagger; a bare
    acronym must be written in capitals and must be one the language uses. The spaCy component
    ``kg_gazetteer_<lang>`` (:func:`kg.nlp.add_name_checks`) runs this after the NER of kg's Indonesian pipeline
    (its model card gives the scores)."""
    from spacy.tokens import Span

    taken = {i for e in doc.ents for i in range(e.start, e.end)}
    found = []
    capital = [t.text[:1].isupper() for t in doc]
    i = 0
    while i < len(doc):
        hit = None
        if not capital[i] or i in taken:  # no name starts here
            i += 1
            continue
        for n in range(min(_LONGEST, len(doc) - i), 0, -1):
            if not capital[i + n - 1] or any(k in taken for k in range(i, i + n)):
                continue
            text = doc[i : i + n].text
            if foreign_acronym(text, lang) or n == 1 and len(text) <= 3 and not text.isupper():
                continue  # "UN" in Indonesian is an exam; "Us" opens a sentence
            label = ner_label(text, lang)
            if label is not None:
                hit = Span(doc, i, i + n, label=label)
                break
        if hit is not None:
            found.append(hit)
            i = hit.end
        else:
            i += 1
    if found:
        doc.ents = sorted([*doc.ents, *found], key=lambda e: e.start)
    return doc
