"""Indonesian extraction: an article in Indonesian → subject–predicate–object triples, by rules over word data.

Names are chunked by capitals, titles and cue words (kg/lang/id/titles.json, organizations.json, groups.json);
verbs are read through their morphology (:mod:`kg.morph_id`) and the verb lexicon (kg/lang/id/verbs.json);
meN- is active (subject first), di- passive (agent after "oleh" or right after the verb). Each sentence is parsed
once by kg's Indonesian spaCy pipeline: its named entities help the rules where no cue word decides (a body
after a title, two names after a title), and the parse feeds the shared relation step (:mod:`kg.relate`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from kg import gazetteer, nametype
from kg import lang as langdata
from kg import morph_id, nlp, ontology, relate
from kg.dates import resolve_date
from kg.records import Article, Node, Triple
from kg.segment import sentences

LANG = "id"
_TOKEN = re.compile(r"[A-Z]\.(?=\s*[A-Z])|\w+(?:[-'’.]\w+)*|[^\w\s]")
_PLACE_TYPES = {"Country", "Location"}
_REGION_OFFICES = {"holds_role", "leads"}
_ROMAN = re.compile(r"(?=[IVXL])X{0,3}L?X{0,3}(IX|IV|V?I{0,3})")
# the article inside an Arabic name ("Bashar al-Assad", "Walid al-Moualem"), written in lower case
_NAME_ARTICLE = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|an|ud|ul)-[A-Z][\w']+")
_REGNAL = frozenset({"II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"})  # "Raja Abdullah II"
_LIST_LINKS = frozenset({"dan", "serta", "atau", "maupun"})  # words that go on a list of names
_ACT_DESCRIPTIONS = frozenset({"pertama", "perdana", "kali", "resmi", "singkat", "mendadak", "terakhir", "kedua", "ketiga",
                               "bilateral", "tertutup"})  # words between an act's noun and its agent
_HEARSAY = frozenset({"isu", "kabar", "rumor", "desas-desus", "spekulasi"})  # words that make what follows hearsay
_PLACE_ROLES = frozenset({"governor", "deputy governor", "mayor", "deputy mayor", "regent", "deputy regent", "village head",
                          "district head"})  # posts held in a place, not in a body


@dataclass(slots=True)
class _Tok:
    text: str
    low: str
    cap: bool
    caps: bool  # an acronym: every letter upper case
    begin: int = 0  # character offsets in the sentence
    stop: int = 0


@dataclass(slots=True)
class _Mention:
    start: int
    end: int  # token index after the mention
    node: Node
    role: str | None = None
    affil: Node | None = None  # the country or organisation of a title without a name ("Presiden Kazakhstan")
    head: bool | None = None  # whether that title heads ``affil`` (None: as the title alone says)


@dataclass(slots=True)
class _Verb:
    start: int
    end: int
    kind: str  # "lex", "report", "other"
    entry: dict | None = None
    voice: str = morph_id.BARE
    subject: list = field(default_factory=list)  # the grammatical subject (patient for passives)
    objects: list = field(default_factory=list)
    control: bool = False


# ---------------------------------------------------------------- word data


class _Lexicon:
    """Every Indonesian word table, loaded once; multi-word keys indexed by their first word."""

    def __init__(self) -> None:
        verbs = langdata.data(LANG, "verbs")
        titles = langdata.data(LANG, "titles")
        groups = langdata.data(LANG, "groups")
        orgs = langdata.data(LANG, "organizations")
        fw = langdata.data(LANG, "function_words")
        dates = langdata.data(LANG, "dates")
        self.verbs: dict[str, dict | None] = {k: _entry(v) for k, v in verbs["verbs"].items()}
        self.reporting = set(verbs["reporting"])
        self.light = set(verbs["light_verbs"])
        self.event_light = {k: v for k, v in verbs.get("event_light_verbs", {}).items() if not k.startswith("_")}
        self.symmetric = set(verbs.get("symmetric", ()))
        self.phrases = _index({k: _entry(v) for k, v in verbs["phrases"].items()})
        self.pred_nouns = _index(verbs["predicate_nouns"])
        self.action_nouns = verbs["action_nouns"]
        self.recip = _index(verbs["reciprocal_nouns"])
        self.roles = _index(titles["roles"])
        self.heads = set(titles["heads"])
        self.function_heads = set(titles.get("functions", {}).get("heads", ()))
        self.functions = titles.get("functions", {}).get("words", {})
        self.relational = _index(titles["relational"])
        self.possessed = {k: v for k, v in titles.get("possessed", {}).items() if not k.startswith("_")}
        self.postnominal = titles["postnominal"]
        self.unit_heads = {k: v for k, v in titles["unit_heads"].items() if not k.startswith("_")}
        self.citizenship = _index({w: True for w in titles["citizenship"]["words"]})
        self.married_couple = _index({w: True for w in titles["married_couple"]["words"]})
        self.team_roles = {k: v for k, v in titles["team_roles"].items() if not k.startswith("_")}
        self.band_roles = set(titles.get("band_roles", {}).get("words", ()))
        self.scoring = {k: set(v) for k, v in titles["scoring"].items() if not k.startswith("_")}
        self.former = set(titles["former"])
        self.acting = _index({a: True for a in titles["acting"]})
        self.deputy = set(titles.get("deputy", ()))
        self.elect = set(titles["elect"])
        self.candidate = _index({c: True for c in titles["candidate"]})
        self.honorifics = set(titles["honorifics"])
        # Malay honours of more than one word, and with the apostrophe the tokenizer splits off ("Dato' Seri")
        self.honour_phrases = _index({h.replace("'", " '"): True for h in titles["honorifics"] if " " in h or "'" in h})
        self.groups = _index(groups["groups"])
        self.group_orgs = set(groups["organizations"])
        self.people_nouns = set(groups["people_nouns"])
        self.modifiers = groups["modifiers"]
        self.collectives = set(groups.get("collectives", ()))
        self.force_nouns = set(groups.get("force_nouns", ()))
        self.org_cues = _index({c: True for c in orgs["org_cues"]})
        self.place_cues = _index({c: True for c in orgs["place_cues"]})
        self.words = _index(orgs["words"])
        self.of_heads = set(orgs["of_heads"])
        self.place_nouns = _index(orgs["place_nouns"])
        self.negators = set(fw["negators"])
        self.irrealis = set(fw["irrealis"])
        self.settled_markers = set(fw["settled_future"]["markers"])  # "X akan menggantikan Y": decided, so stated
        self.settled_properties = set(fw["settled_future"]["properties"])
        self.adverbs = _index({a: True for a in fw["adverbs"]})
        self.time_words = set(fw["time_words"])
        self.np_prefixes = _index({a: True for a in fw["np_prefixes"]})
        self.coordinators = set(fw["coordinators"])
        self.anaphor_links = set(fw.get("anaphor_links", ()))
        self.inherit = set(fw["inherit"])
        self.clause_breaks = set(fw["clause_breaks"])
        self.adverbial_openers = frozenset(fw.get("adverbial_openers", {}).get("words", ()))
        self.event_adjuncts = set(fw.get("event_adjuncts", ()))
        self.control_markers = set(fw["control_markers"])
        self.pronouns = set(fw["pronouns_person"])
        self.own_side = set(fw["own_side"])
        self.pronouns_skip = set(fw["pronouns_skip"])
        self.prepositions = set(fw["prepositions"])
        self.copulas = set(fw["copulas"])
        self.ordinals = set(fw.get("ordinals", ()))
        self.ordinal_words = list(fw.get("ordinals", ()))  # in order: "pertama" is the first
        # kinship words: "ibunda Galih" names Galih's mother (shared with the entity resolver)
        self.relation_nouns = set(langdata.data(LANG, "resolve").get("relation_nouns", ()))
        self.not_verbs = set(fw["not_verbs"])
        self.initial_common = set(fw["sentence_initial_common"])
        self.not_names = set(fw["not_names"])
        self.intent_nouns = set(fw["intent_nouns"])
        self.claim_nouns = set(fw["claim_nouns"])
        hearsay = langdata.data(LANG, "relate").get("hearsay", {})  # shared with the relation step (kg.relate.hearsay)
        self.hearsay, self.reports, self.denials = (set(hearsay.get(k, ())) for k in ("nouns", "report_nouns", "denials"))
        self.role_links = set(fw["role_links"])
        self.resign_words = tuple(w.split() for w in fw.get("resign_words", ()))
        self.seek_words = tuple(w.split() for w in fw.get("seek_words", ()))
        self.portfolio_skip = set(fw["portfolio_skip"])
        self.descriptors = set(fw["person_descriptors"])
        self.event_cues = _index(orgs["event_cues"])
        self.election_kinds = _index(orgs["election_kinds"])
        self.product_kinds = {w: kind for w, kind in orgs["product_kinds"].items() if not w.startswith("_")}
        self.award_cues = {k: v for k, v in orgs.get("award_cues", {}).items() if not k.startswith("_")}
        self.national_roles = set(titles["national_roles"])
        self.local_roles = set(titles["local_roles"])
        self.vague_places = _index({w: True for w in orgs["vague_places"]})
        self.company_cues = set(orgs["company_cues"])
        self.apposition_leads = set(fw["apposition_leads"])
        self.directions = orgs["directions"]
        self.org_suffixes = set(orgs["org_suffixes"])
        self.place_suffixes = set(orgs["place_suffixes"])
        self.hypothetical = set(fw["hypothetical"])
        self.name_tails = set(fw["name_tails"])
        self.affiliation_nouns = fw["affiliation_nouns"]
        self.base_cues = _index({c: True for c in fw["base_cues"]})
        self.funding_nouns = _index({c: True for c in fw["funding_nouns"]})
        self.receive_verbs = set(fw["receive_verbs"])
        self.money_nouns = set(fw.get("money_nouns", ()))
        self.currencies = set(fw.get("currencies", ()))
        self.ministries = orgs["ministries"]
        self.minister_titles = orgs["minister_titles"]
        self.org_before = set(orgs["org_before"])
        self.predicated_bodies = set(orgs["predicated_bodies"])
        self.parties = set(orgs["parties"])
        self.party_units = {u.lower() for u in orgs.get("party_units", ())}
        self.party_members = {k: v for k, v in orgs.get("party_members", {}).items() if not k.startswith("_")}
        self.regional_orgs = set(orgs["regional_orgs"])
        self.place_levels = orgs["place_levels"]
        self.territory_cues = frozenset(orgs["territory_cues"]) | frozenset(self.place_levels)
        self.disasters = _index(orgs["disasters"])
        self.disaster_heads = {english.split()[-1].lower() for english in orgs["disasters"].values()}
        self.magnitude_words = set(orgs["magnitude_words"])
        self.disaster_degrees = frozenset(orgs["disaster_degrees"])
        self.long_name_cues = set(orgs["long_name_cues"])
        self.event_suffixes = set(orgs.get("event_suffixes", ()))
        self.venue_verbs = set(orgs.get("event_venue_verbs", ()))
        self.site_verbs = frozenset(orgs.get("site_verbs", ()))
        self.inner_bodies = frozenset(orgs.get("inner_bodies", {}).get("words", ()))
        self.departments = frozenset(orgs.get("departments", {}).get("words", ()))
        self.body_classes = {k: v for k, v in orgs.get("body_classes", {}).items() if not k.startswith("_")}
        self.event_classes = {w.lower() for w in orgs.get("event_classes", ())}
        self.unsited_events = {w.lower() for w in orgs.get("unsited_events", ())}
        self.venue_words = set(orgs.get("venue_words", {}).get("words", ()))
        self.unit_cues = _index({w: True for w in orgs.get("unit_cues", {}).get("words", ())})
        self.gathering_nouns = _index({k: v for k, v in orgs.get("gathering_nouns", {}).items() if not k.startswith("_")})
        self.future_markers = set(dates.get("future_markers", ()))
        self.generic_events = {w.lower() for w in orgs.get("generic_events", ())}
        self.facility_nouns = _index({n: True for n in orgs.get("facility_nouns", ())})
        self.ministry_cues = set(orgs.get("ministry_cues", ()))
        self.subsidiary_nouns = _index({n: True for n in orgs.get("subsidiary_nouns", ())})
        self.part_nouns = _index({n: True for n in orgs.get("part_nouns", ())})
        self.function = (self.negators | self.irrealis | self.time_words | self.coordinators | self.inherit | self.clause_breaks
                         | self.pronouns | self.pronouns_skip | self.prepositions | self.copulas | self.hypothetical
                         | {w for words in fw["adverbs"] for w in words.split()})
        self.stopwords = set(langdata.data(LANG, "stopwords").get("stopwords", ()))
        self.calendar = set(dates.get("weekdays", {})) | set(dates.get("months", {}))
        self.known_bases = set(self.verbs) | self.reporting | self.light
        self.demonym = {e["name"]: e["demonyms"]["en"][0] for e in gazetteer.entries() if e.get("demonyms", {}).get("en")}
        self.ranges = _ontology_signatures()
        try:
            from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

            stemmer = StemmerFactory().create_stemmer()
            self.stem = lru_cache(maxsize=65536)(stemmer.stem)
            self.dictionary = set(StemmerFactory().get_words_from_file())
        except ImportError:  # PySastrawi is optional: own morphology still covers meN-/di-/ber-/ter-
            self.stem = None
            self.dictionary = set()


def _entry(value):
    if value is None or isinstance(value, dict):
        return value
    return {"p": value}


def _index(table: dict) -> dict[str, list[tuple[tuple[str, ...], object]]]:
    """Multi-word keys by first word, longest first, for longest-match lookups."""
    out: dict[str, list] = {}
    for key, value in table.items():
        words = tuple(key.split())
        out.setdefault(words[0], []).append((words, value))
    for entries in out.values():
        entries.sort(key=lambda e: -len(e[0]))
    return out


@cache
def _lexicon() -> _Lexicon:
    return _Lexicon()


def _ontology_signatures() -> dict[str, tuple[str, str]]:
    """relation → (domain, range) local class names, from the ontology."""
    out = {}
    for name in ontology.properties():
        t = ontology.term(name)
        domain = t.domain[0].rsplit("#", 1)[-1] if t.domain else "Entity"
        range_ = t.range[0].rsplit("#", 1)[-1] if t.range else "Entity"
        out[name] = (domain, range_)
    return out


def _fits(type_: str, cls: str) -> bool:
    return cls == "Entity" or cls in ontology.superclasses(type_)


def _match(toks: list[_Tok], i: int, table: dict) -> tuple[int, object] | None:
    """The longest key of ``table`` starting at token i: (number of tokens, value)."""
    if i >= len(toks):
        return None
    for words, value in table.get(toks[i].low, ()):
        n = len(words)
        if i + n <= len(toks) and all(toks[i + k].low == words[k] for k in range(1, n)):
            return n, value
    return None


def _match_bare(toks: list[_Tok], i: int, table: dict) -> tuple[int, object] | None:
    """A one-word key with the possessive -nya removed: "keprihatinannya" → "keprihatinan"."""
    low = toks[i].low
    if low.endswith("nya") and len(low) > 6:
        for words, value in table.get(low[:-3], ()):
            if len(words) == 1:
                return 1, value
    return None


# ---------------------------------------------------------------- the article


@dataclass(slots=True)
class _Doc:
    """What one article has named so far: people by role and the last person (for dia/ia)."""

    by_role: dict = field(default_factory=dict)
    last_person: Node | None = None
    prev_person: Node | None = None  # the person named before the last one
    countries: dict = field(default_factory=dict)  # country name → Node, mentions counted in ``counts``
    counts: dict = field(default_factory=dict)
    unplaced: list = field(default_factory=list)  # (person, role) of national titles named without a country
    opening: dict = field(default_factory=dict)  # "Posisi Tokayev" → "Tokayev": names whose first word opened a sentence
    orgs: dict = field(default_factory=dict)  # short forms of company names named so far ("Kirimin" → PT Kirimin Cepat Indonesia)
    person_words: set = field(default_factory=set)
    heads: dict = field(default_factory=dict)  # "forum" → the last body or event named "Forum X": "Forum itu" points back to it
    last_pair: Node | None = None  # the first of the last "X-Y" ticket named: "pasangan itu" points back to it
    ner: dict = field(default_factory=dict)  # this sentence's names as the model's NER reads them: token → (end token, type)
    patients: dict = field(default_factory=dict)
    list_org: tuple | None = None  # (token after a titled name, its organisation): the next title in a list may share it  # predicate → the last one it was done to with no agent named ("X ditangkap")
    events: list = field(default_factory=list)  # this sentence's named events and described people: (first char, end char, Node)
    year: int | None = None  # the article's year, which names the elections it speaks of


def triples(article: Article) -> list[Triple]:
    """The triples of an Indonesian article.

    >>> from kg.records import Article
    >>> art = Article("a", "Presiden Rusia Vladimir Putin memecat Sergei Ivanov pada Senin (3/1/2022).", "id", "2022-01-05")
    >>> sorted((t.subject.name, t.predicate, t.object.name, t.date) for t in triples(art))
    [('Vladimir Putin', 'dismissed', 'Sergei Ivanov', '2022-01-03'), ('Vladimir Putin', 'holds_role', 'Russia', '2022-01-03')]
    """
    lex = _lexicon()
    doc = _Doc(year=int(article.date[:4]) if article.date and article.date[:4].isdigit() else None)
    out: list[Triple] = []
    seen: set = set()
    pending = []
    sents = sentences(article.text, LANG)
    parsed = nlp.parse(LANG, [s.text for s in sents], deps=False)  # the relation step parses what it reads
    # per sentence, the named events the rules read ("KTT ke-43 ASEAN") and the people they read in descriptions
    # ("Presiden Ukraina tersebut"), for the shared relation step
    events = []
    for sent, sent_doc in zip(sents, parsed):
        facts = _sentence_facts(sent.text, lex, doc, sent_doc)
        events.append(doc.events)
        if doc.unplaced:
            pending.append((sent, list(doc.unplaced)))
            doc.unplaced.clear()
        if not facts:
            continue
        _add(out, seen, article, sent, facts)
    for sent, unplaced in pending:
        _add(out, seen, article, sent, _placed_roles(doc, unplaced))
    rules = _canonical_people(out, doc.opening)
    if not relate.ENABLED:
        return rules
    return relate.merged(rules, relate.triples(article, sents, parsed, events))


def _add(out: list, seen: set, article: Article, sent, facts) -> None:
    if not facts:
        return
    date = resolve_date(sent.text, LANG, article.date)
    for subj, pred, obj, role, conf in facts:
        key = (subj.name, pred, obj.name, role, sent.start)
        if key in seen or subj.name == obj.name:
            continue
        seen.add(key)
        out.append(Triple(article.id, subj, pred, obj, sent.text, sent.start, sent.end, LANG, date, conf, role))


def _drop_common_first(t: Triple, drop: dict[str, str]) -> Triple:
    def fix(n: Node) -> Node:
        rest = drop.get(n.name) if n.type == "Person" else None
        if rest is None:
            return n
        first = n.name[: -len(rest)]
        return Node(rest, "Person", tuple(dict.fromkeys(a.removeprefix(first) for a in n.aliases)))

    subj, obj = fix(t.subject), fix(t.object)
    if subj is t.subject and obj is t.object:
        return t
    return Triple(t.doc_id, subj, t.predicate, obj, t.evidence, t.sentence_start, t.sentence_end, t.lang, t.date, t.confidence, t.role)


def _placed_roles(doc: _Doc, unplaced: list) -> list[tuple]:
    """National offices named without a country ("mantan presiden Nursultan Nazarbayev") are placed in the
    article's country when one country clearly dominates it (at least three mentions, more than all others); a
    person the gazetteer knows holds them in the state they serve, and only where the article names it
    ("Presiden Erdogan ... Turki": Turkey)."""
    known = [(p, r, gazetteer.office_state(p.name)) for p, r in unplaced]
    facts = [(p, "holds_role", doc.countries[state], r, 0.6) for p, r, state in known if state in doc.countries]
    rest = [(p, r) for p, r, state in known if not state]
    if not rest or not doc.counts:
        return facts
    top, n = max(doc.counts.items(), key=lambda kv: kv[1])
    if n < 3 or n <= sum(doc.counts.values()) - n:
        return facts
    return facts + [(person, "holds_role", doc.countries[top], role, 0.4) for person, role in rest]


def _canonical_people(found: list[Triple], opening: dict[str, str]) -> list[Triple]:
    """Short person names ("Tokayev") take the article's full name ("Kassym-Jomart Tokayev").

    A sentence-opening common word read as a first name ("Posisi Tokayev ...") is dropped when the rest
    of the name is a person the article names on its own.
    """
    alone = {n.name for t in found for n in (t.subject, t.object) if n.type == "Person" and " " not in n.name}
    drop = {name: rest for name, rest in opening.items() if rest in alone}
    if drop:
        found = [_drop_common_first(t, drop) for t in found]
    # "Michelle Obama, istri Obama": a relative who shares the short name's surname is someone else
    apart = {(n.name, o.name) for t in found if t.predicate in relate.KINSHIP for n, o in ((t.subject, t.object), (t.object, t.subject))
             if n.type == "Person" and " " not in n.name and n.name in o.name.split()}
    full: dict[str, list[Node]] = {}
    for t in found:
        for n in (t.subject, t.object):
            if n.type == "Person" and len(n.name.split()) > 1:
                for word in n.name.split():
                    if len(word) > 2:
                        full.setdefault(word, []).append(n)

    def fix(n: Node) -> Node:
        if n.type != "Person" or " " in n.name:
            return n
        longer = max((c for c in full.get(n.name, ()) if (n.name, c.name) not in apart), key=lambda c: len(c.name), default=None)
        if longer is None:
            return n
        aliases = tuple(dict.fromkeys((*n.aliases, n.name)))
        return Node(longer.name, "Person", aliases)

    out = []
    for t in found:
        subj, obj = fix(t.subject), fix(t.object)
        if subj.name != obj.name:
            out.append(replace(t, subject=subj, object=obj))
    return out


# ---------------------------------------------------------------- one sentence


def _tokens(text: str) -> list[_Tok]:
    out = []
    for m in _TOKEN.finditer(text):
        w = m.group()
        letters = [c for c in w if c.isalpha()]
        out.append(_Tok(w, w.lower().replace("’", "'"), w[0].isupper(), len(letters) >= 2 and all(c.isupper() for c in letters),
                        m.start(), m.end()))
    return out


def _count_countries(toks, lex, doc: _Doc) -> None:
    i = 0
    while i < len(toks):
        hit = _country_at(toks, i, lex) if toks[i].cap else None
        if hit and hit[1].type == "Country":
            doc.countries.setdefault(hit[1].name, Node(hit[1].name, "Country", hit[1].aliases))
            doc.counts[hit[1].name] = doc.counts.get(hit[1].name, 0) + 1
            i = hit[0]
        else:
            i += 1


_NER_TYPES = {"PER": "Person", "ORG": "Organization", "LOC": "Location"}


def _ner_names(toks: list[_Tok], parsed) -> dict[int, tuple[int, str]]:
    """The model's names on the rule tokens: first token → (token after, kg type), for the names whose edges
    fall on token edges."""
    if parsed is None:
        return {}
    first = {t.begin: k for k, t in enumerate(toks)}
    after = {t.stop: k + 1 for k, t in enumerate(toks)}
    out = {}
    for ent in parsed.ents:
        kind = _NER_TYPES.get(ent.label_)
        text = ent.text.rstrip(" (")
        i, j = first.get(ent.start_char), after.get(ent.start_char + len(text))
        if kind and i is not None and j is not None and j > i:
            out[i] = (j, kind)
    return out


_TEAM_PREDICATES = frozenset({"plays_for", "coaches"})


def _described(toks, m: _Mention, lex: _Lexicon) -> bool:
    """Whether a person's mention describes one named before by a title and no word of the name ("Presiden
    Ukraina tersebut", "Presiden"), so that the shared relation step, which reads only names, links it as that
    person. Pronouns are left to the rules' own frames: "dia" is too often another than the last one named."""
    if m.node.type != "Person" or m.end - m.start == 1 and toks[m.start].low in lex.pronouns:
        return False
    surface = _span_text(toks, m.start, m.end).lower()
    return not any(w.lower() in surface for w in m.node.name.split())


def _sentence_facts(text: str, lex: _Lexicon, doc: _Doc, parsed=None) -> list[tuple]:
    toks = _tokens(text)
    doc.ner = _ner_names(toks, parsed)
    doc.list_org = None  # token positions are this sentence's
    facts: list[tuple] = []
    _count_countries(toks, lex, doc)
    mentions = _chunk(toks, lex, doc, facts)
    _classed_names(toks, mentions, lex)
    _spelled_acronyms(toks, mentions, lex)
    doc.events = [(toks[m.start].begin, toks[m.end - 1].stop, m.node) for m in mentions
                  if m.end - m.start > 1 and m.node.type == "Event" or _described(toks, m, lex)]
    at: list[_Mention | None] = [None] * len(toks)
    for m in mentions:
        for k in range(m.start, m.end):
            at[k] = m
    starts = {m.start: m for m in mentions}
    _pattern_facts(toks, mentions, starts, at, lex, facts, doc)
    _gathering_venues(toks, at, starts, lex, facts)
    _classed_places(toks, mentions, starts, lex, facts)
    _married_pair(toks, mentions, starts, lex, facts)
    verbs = _verbs(toks, at, lex)
    _done_by(toks, starts, at, lex, doc, facts)
    _clause_facts(toks, at, starts, verbs, lex, facts, doc)
    _person_from_body(toks, mentions, starts, verbs, doc, facts)
    holders = _office_holders(toks, mentions)
    if holders:
        # "menunjuk Anwar sebagai Perdana Menteri Malaysia yang baru menggantikan Ismail Sabri": the new office
        # holder replaced him, not the office
        facts = [(holders.get(id(subj), subj), pred, holders.get(id(obj), obj), role, conf) for subj, pred, obj, role, conf in facts]
        facts = [f for f in facts if f[0] is not f[2]]
    checked = []
    for subj, pred, obj, role, conf in facts:
        if pred in _TEAM_PREDICATES and obj.type == "Person":
            obj = Node(obj.name, "Organization", obj.aliases)  # "bermain untuk Juventus": a team the tagger took for a person
        domain, range_ = lex.ranges.get(pred, ("Entity", "Entity"))
        # a city may stand for its government ("Moskow mengirim pesawat"): places act as subjects
        subj_type = "Organization" if subj.type == "Location" and domain == "Agent" else subj.type
        # a region stands for its government as the seat of an office ("Gubernur Jawa Tengah")
        obj_type = "Organization" if obj.type == "Location" and pred in _REGION_OFFICES else obj.type
        if _fits(subj_type, domain) and _fits(obj_type, range_):
            checked.append((subj, pred, obj, role, conf))
    return checked


# ---------------------------------------------------------------- names


def _chunk(toks: list[_Tok], lex: _Lexicon, doc: _Doc, facts: list) -> list[_Mention]:
    """Entity mentions left to right; role facts of titles and appositions go to ``facts``."""
    out: list[_Mention] = []
    i = 0
    n = len(toks)
    while i < n:
        m = _described_person(toks, i, lex, doc, facts) if doc.last_person is not None else None
        if m is None and doc.last_person is not None and (toks[i].low.endswith("nya") or toks[i].low == "sang"):
            m = _possessed_person(toks, i, lex, doc, facts)
        if m is None:
            m = _mention_at(toks, i, lex, doc, facts)
        if m is None and toks[i].low in lex.own_side:
            speaker = _speaker(toks, i, out, lex)
            if speaker is not None:
                m = _Mention(i, i + 1, speaker.node)  # "Polisi mengatakan pihaknya ...": the side that speaks
        if m is None and toks[i].low == "pasangan" and doc.last_pair is not None:
            k = i + 1
            while k < len(toks) and k - i <= 4 and toks[k].low not in ("itu", "tersebut", "ini") and (toks[k].low.isalnum() and not toks[k].cap):
                k += 1
            if k < len(toks) and k - i <= 4 and toks[k].low in ("itu", "tersebut", "ini"):
                m = _Mention(i, k + 1, Node(doc.last_pair.name, "Person", (*doc.last_pair.aliases, _span_text(toks, i, k + 1))))
        if m is None or isinstance(m, int):
            i += m or 1
            continue
        if isinstance(m, list) and len(m) == 2 and all(x.node.type == "Person" for x in m):
            doc.last_pair = m[0].node
        ms = m if isinstance(m, list) else [m]
        for x in ms:
            if x.node.type == "Person" and not (x.affil is not None and x.node.name == _span_text(toks, x.start, x.end)):
                if doc.last_person is not None and doc.last_person.name != x.node.name:
                    doc.prev_person = doc.last_person
                doc.last_person = x.node  # an office named without its holder ("wali kota Surakarta") is no antecedent
                doc.person_words.update(w for w in x.node.name.split() if len(w) > 2)
            elif x.node.type == "Organization":
                _remember_org(toks, x, lex, doc)
            if (x.node.type in ("Organization", "Event") and x.end > x.start + 1 and toks[x.start].cap
                    and (not toks[x.start].caps or x.node.type == "Event" and _match(toks, x.start, lex.event_cues))
                    and (_common_word(toks[x.start].low, lex) or x.node.type == "Event")):
                # a common noun heading the name: Forum, Komisi, Bank; an event's cue word, even an acronym ("KTT itu")
                doc.heads[toks[x.start].low] = x.node

        m = ms[-1]
        end = _apposition(toks, m, lex, doc, facts)
        if end > m.end:
            m.end = end
        out.extend(ms)
        i = m.end
    return out


def _holder_before(mentions: list[_Mention], start: int, toks=None, lex=None) -> _Mention | None:
    """The nearest person named before token ``start`` (not an office named without its holder); with ``toks``,
    past the agent of a passive verb: in "Edhy ditunjuk Presiden Jokowi menjadi Menteri KKP" the office is
    Edhy's, the President only appointed him (None when no one is named before the verb)."""
    person = next((p for p in reversed(mentions) if p.end < start and p.node.type == "Person" and p.affil is None), None)
    if person is None or toks is None:
        return person
    k = person.start - 1
    if k >= 0 and toks[k].low == "oleh":
        k -= 1
    hit = morph_id.analyse(toks[k].low, lex.verbs, lex.stem) if k >= 0 and toks[k].low.isalpha() and not toks[k].cap else None
    entry = lex.verbs.get(hit[0]) if hit is not None else None
    prop = entry.get("p") if isinstance(entry, dict) else entry
    designated = hit is not None and hit[1] == morph_id.PASSIVE and prop in _DESIGNATING
    # "Ana menggantikan Tom sebagai CEO": the successor takes the post, the one replaced held it before (who still
    # holds it in "Ana akan menggantikan Tom sebagai CEO"; in "menggantikan Tom yang digeser menjadi CEO" Tom takes it)
    succeeded = hit is not None and hit[1] != morph_id.PASSIVE and prop in _SUCCEEDING and toks[person.start - 1].low != "oleh" \
        and person.end == start - 1 and toks[start - 1].low == "sebagai" and not (k >= 1 and toks[k - 1].low in ("akan", "bakal"))
    if not designated and not succeeded:
        return person  # "GoTo dipimpin oleh Andre sebagai CEO": the leader is the one the post is said of
    return next((p for p in reversed(mentions) if p.end <= k and p.node.type == "Person" and p.affil is None), None)


# verbs that make their object something ("ditunjuk Presiden menjadi Menteri"): in the passive, the post after
# "sebagai"/"menjadi" is the subject's, not the agent's
_DESIGNATING = frozenset({"appointed", "swore_in", "elected", "nominated", "dismissed", "declared", "assigned"})
# verbs whose subject takes over the object's post: "X menggantikan Y sebagai CEO" gives the post to X
_SUCCEEDING = frozenset({"replaced", "succeeded"})


def _listed_with(toks, mentions: list[_Mention], last: _Mention) -> list[_Mention]:
    """``last`` and the mentions listed before it ("Rusia, India, dan Tiongkok" for Tiongkok): each joined to the
    next by a comma, "dan", "serta" or ", dan" and nothing else."""
    ends = {m.end: m for m in mentions if m.affil is None}
    out = [last]
    k = last.start
    while k > 0:
        j = k - 1
        if toks[j].low in ("dan", "serta") and j > 0 and toks[j - 1].text == ",":
            j -= 1
        if toks[j].low not in ("dan", "serta", ",") or j not in ends:
            break
        out.insert(0, ends[j])
        k = ends[j].start
    return out


def _office_holders(toks, mentions: list[_Mention]) -> dict[int, Node]:
    """id(office node) → the person it is given to, for each office named without its holder right after
    "sebagai" ("X ... sebagai Perdana Menteri Malaysia"): the nearest person named before it."""
    out = {}
    for m in mentions:
        if m.affil is None or m.start == 0 or toks[m.start - 1].low != "sebagai" or m.node.name != _span_text(toks, m.start, m.end):
            continue
        person = _holder_before(mentions, m.start, toks, _lexicon())
        if person is not None:
            out[id(m.node)] = person.node
    return out


def _remember_org(toks, m: _Mention, lex, doc: _Doc) -> None:
    """A company named in full ("PT Kirimin Cepat Indonesia Tbk") is named later by its core words ("Kirimin Cepat
    Indonesia", "Kirimin"): remember them for the article."""
    words = [t for t in toks[m.start:m.end] if t.text not in "()"]
    if (len(words) >= 2 and words[-1].low in lex.org_suffixes and words[0].cap and not words[0].caps
            and not _common_word(words[0].low, lex) and not _match(words, 0, lex.org_cues)):
        doc.orgs.setdefault(words[0].text, m.node)  # "Inpex Corporation", "Grab Holdings": later "Inpex", "Grab"
    if not words or words[0].low not in lex.company_cues:
        return
    core = [t for t in words[1:] if t.low not in lex.company_cues and not t.caps]
    if core:
        doc.orgs.setdefault(" ".join(t.text for t in core), m.node)
        first = core[0]
        if len(core) > 1 and len(first.text) > 3 and not (_match([first], 0, lex.org_cues) or _match([first], 0, lex.words) or _common_word(first.low, lex)):
            doc.orgs.setdefault(first.text, m.node)  # "Kirimin", not "Bank" of "PT Bank Mandiri"
    for t in words[1:]:
        if t.caps and len(t.text) > 1:
            doc.orgs.setdefault(t.text, m.node)  # the ticker or acronym in brackets


def _known_org(toks, i, doc: _Doc | None) -> tuple[int, Node] | None:
    """A company named earlier in the article by its short form, longest first: (index after, Node)."""
    if doc is None or not doc.orgs or i >= len(toks) or not toks[i].cap:
        return None
    for k in range(min(len(toks), i + 4), i, -1):
        if all(toks[x].cap for x in range(i, k)):
            node = doc.orgs.get(_span_text(toks, i, k))
            if node is not None:
                return k, Node(node.name, node.type, tuple(dict.fromkeys((*node.aliases, _span_text(toks, i, k)))))
    return None


def _speaker(toks, i, before: list[_Mention], lex) -> _Mention | None:
    """Who "pihaknya" at i stands for: the subject of the reporting verb before it ("Polisi mengatakan pihaknya ...")."""
    for x in reversed(before):
        if x.start > 0 and toks[x.start - 1].low in lex.prepositions:
            continue
        if any(morph_id.analyse(toks[k].low, lex.reporting) for k in range(x.end, min(i, x.end + 4))):
            return x
    return None


def _mention_at(toks, i, lex: _Lexicon, doc: _Doc, facts):
    t = toks[i]
    low = t.low
    if i > 0 and toks[i - 1].low in lex.currencies and t.cap:
        return 1  # "100 juta dollar AS", "dolar Singapura": a currency, not the country
    if low in lex.pronouns:
        return _Mention(i, i + 1, doc.last_person) if doc.last_person else None
    rel = _relational(toks, i, lex, doc, facts)
    if rel:
        return rel
    product = _product(toks, i, lex)
    if product:
        return product
    paired = _paired_titles(toks, i, lex, doc, facts)
    if paired:
        return paired
    titled = _titled(toks, i, lex, doc, facts)
    if titled:
        return titled
    role = _role_at(toks, i, lex)
    if role and (toks[i].cap or role[0] > 1):
        return role[0]  # a title with no name: its words are not names either
    if t.cap and i > 0 and toks[i - 1].low in lex.event_classes:
        classed = _classed_event(toks, i, lex)  # "acara Hari Jadi Banyuwangi", "ajang American Music Awards 2019"
        if classed is not None:
            return classed
    if t.cap and low in lex.event_classes and i + 1 < len(toks) and toks[i + 1].cap:
        return 1  # "Acara Jakarta Fair 2019 ...": the class noun opening a sentence is no part of the name
    if t.cap and i == 0 and low in lex.affiliation_nouns and not t.caps and i + 1 < len(toks) and toks[i + 1].cap:
        return 1  # "Karyawan Pertamina Budi ...": nor is a word for someone's tie to a body (read as in mid-sentence)
    if t.cap and (i == 0 or toks[i - 1].text in "“\"'‘(") and _match(toks, i, lex.groups):
        group = _group(toks, i, lex)  # "Pasukan Israel ..." opening a sentence: troops, not a named force
        if group and group.end > i + 1:
            return group
    disaster = _disaster(toks, i, lex)
    if disaster:
        return disaster
    back = doc.heads.get(low)
    if back is not None and i + 1 < len(toks) and toks[i + 1].low in lex.anaphor_links and (i == 0 or not toks[i - 1].cap):
        end = i + 2 if toks[i + 1].low != "yang" else i + 1  # "Komisi itu", "Forum yang digelar ...": the body just named
        return _Mention(i, end, Node(back.name, back.type, (*back.aliases, _span_text(toks, i, end))))
    if t.cap:
        known = _known_org(toks, i, doc)
        if known:
            end = known[0]
            while end < len(toks) and toks[end].cap and (toks[end].low in lex.org_suffixes or toks[end].low in lex.company_cues):
                end += 1  # the full name again: "Inpex Corporation", "Grab Holdings"
            return _Mention(i, end, known[1] if end == known[0] else Node(known[1].name, known[1].type, (*known[1].aliases, _span_text(toks, i, end))))
        event = _event(toks, i, lex) or _suffix_event(toks, i, lex) or _award(toks, i, lex)
        if event:
            return event
        org = _org(toks, i, lex)
        if org:
            return _read_on(toks, org, lex, doc)
        place = _cue_place(toks, i, lex)
        if place:
            return place
    award = _award(toks, i, lex) if not t.cap else None
    if award:
        return award  # "penghargaan Kalpataru"
    election = _election(toks, i, lex, doc) if not t.cap else None
    if election:
        return election  # "pemilihan presiden Peru"
    group = _group(toks, i, lex)
    if group:
        return group
    if t.cap and t.text[0].isalpha():
        if _opening_verb(toks, i, lex, doc):
            return 1  # "Ditambahkan Renzo Rosso, ...": the verb opening the sentence is no part of the name after it
        return _event(toks, i, lex) or _name(toks, i, lex, doc, facts)
    return None


def _opening_verb(toks, i: int, lex, doc: _Doc) -> bool:
    """Whether the capitalised word at ``i``, first in its sentence, is a verb in the passive or active voice
    ("Dijelaskan", "Menegaskan") whose base the lexicons know, with a name the NER reads starting right after it:
    the reporting inversion "Ditambahkan X, ..." (it is added by X) puts the verb before the speaker."""
    if i > 0 and toks[i - 1].text not in "“\"'‘(" or i + 1 >= len(toks) or doc.ner.get(i) is not None \
            or doc.ner.get(i + 1) is None:
        return False
    reading = morph_id.analyse(toks[i].low, lex.known_bases) or morph_id.analyse(toks[i].low, relate.verb_dictionary(LANG))
    return reading is not None and reading[1] in (morph_id.PASSIVE, morph_id.ACTIVE)


def _read_on(toks, m, lex, doc: _Doc):
    """An organisation the rules end early that the NER reads on as one name: "UIN Syarif Hidayatullah",
    "Universitas Gadjah Mada" (a body named after a person, whose name the rules would take for the person's).
    Only capitalised words that open no title or honorific may be added, and none that starts a cue word, a
    ministry, a known body or a country (a unit and the body it is part of stay two names)."""
    if not isinstance(m, _Mention) or m.node.type != "Organization":
        return m
    hint = doc.ner.get(m.start)
    if hint is None or hint[1] != "Organization" or hint[0] <= m.end:
        return m
    if any(_match(toks, k, lex.org_cues) for k in range(m.start + 1, hint[0])):
        return m  # "Inspektorat Jenderal Kementerian ESDM": a unit and its ministry, which the rules keep apart
    for k in range(m.end, hint[0]):
        if not toks[k].cap or not toks[k].text[0].isalpha() or _role_at(toks, k, lex) or toks[k].low in lex.honorifics:
            return m
        country = _country_at(toks, k, lex)
        if country is not None and k > m.end and country[0] == hint[0] and country[1].type == "Country":
            break  # "Lembaga Ilmu Pengetahuan Indonesia": the country closes the body's own name
        if _match(toks, k, lex.org_cues) or toks[k].low in lex.ministries or _known_org(toks, k, doc) or country:
            return m  # "Komisi XI DPR RI", "Ditjen Pajak Kementerian Keuangan": a unit and the body it is part of
    node = _org_name(toks, m.start, hint[0], lex)
    return _Mention(m.start, hint[0], Node(node.name, "Organization", (*node.aliases, *m.node.aliases)))


def _disaster(toks, i, lex):
    """A disaster (a natural one, or a fire) as the actor of its verb: "banjir bandang melanda X", "Gempa magnitudo
    6,2 mengguncang Y", "Kebakaran hebat melanda Z"."""
    hit = _match(toks, i, lex.disasters)
    if not hit or i > 0 and toks[i - 1].low.isalnum() and toks[i - 1].low not in lex.coordinators:
        return None  # only as the head of a clause: "lokasi banjir", "Posko Banjir Sigi" name no disaster that acts
    n, english = hit
    end = i + n
    if end < len(toks) and toks[end].low in lex.disaster_degrees:
        end += 1  # "banjir besar", "kebakaran hebat": how strong it was
    if end + 1 < len(toks) and toks[end].low in lex.magnitude_words and re.fullmatch(r"[\d.,]+", toks[end + 1].text):
        end += 2  # "gempa magnitudo 6,2", "gempa berkekuatan 5,6 SR"
        if end + 1 < len(toks) and toks[end].text in ",." and toks[end + 1].text.isdigit():
            end += 2  # the decimal part after the comma
        if end < len(toks) and toks[end].low in ("sr", "skala"):
            end += 1
    if end + 1 < len(toks) and toks[end].low in ("dan", "serta"):
        more = _match(toks, end + 1, lex.disasters)
        if more:  # "banjir bandang dan tanah longsor": one event of two kinds
            english, end = f"{english} and {more[1]}", end + 1 + more[0]
    if end < len(toks) and toks[end].cap:  # "Erupsi Gunung Semeru", "Gempa Cianjur": the disaster named by its place
        place = _country_at(toks, end, lex) or (lambda c: (c.end, c.node) if c else None)(_cue_place(toks, end, lex))
        if place and place[1].type in _PLACE_TYPES:
            english, end = f"{place[1].name} {english}", place[0]
    return _Mention(i, end, Node(english, "Event", (_span_text(toks, i, end),)))


def _event(toks, i, lex):
    """A named event: Pilpres 2019, KTT ASEAN, Piala Dunia 2022 (cue word, capitalised words, a year)."""
    cue = _match(toks, i, lex.event_cues)
    if not cue:
        return None
    j = i + cue[0]
    year = None
    nth = None
    if j + 1 < len(toks) and _ordinal(toks[j].low, lex) and toks[j + 1].cap:
        nth = _english_ordinal(toks[j].low, lex)  # "KTT ke-43 ASEAN": the 43rd ASEAN Summit
        j += 1
    while j < len(toks) and (toks[j].cap or re.fullmatch(r"(19|20)\d\d", toks[j].text)):
        if toks[j].text.isdigit():
            year = toks[j].text
            j += 1
            break
        j += 1
    surface = _span_text(toks, i, j)
    entry = gazetteer.lookup(surface, LANG)
    if entry:
        return _Mention(i, j, Node(entry.name, entry.type, (surface,)))
    rest = _span_text(toks, i + cue[0] + (1 if nth else 0), j - (1 if year else 0))
    if not rest and not year and not nth and cue[1].lower() in lex.generic_events:
        return None  # "Festival itu", "Konferensi pers": a generic word opening a sentence names no event
    name = " ".join(x for x in (year, nth, rest, cue[1]) if x)
    return _Mention(i, j, Node(name, "Event", (surface,)))


def _english_ordinal(low: str, lex) -> str:
    """"ke-43" → "43rd", "ketiga" → "3rd"."""
    digits = re.sub(r"\D", "", low)
    n = int(digits) if digits else lex.ordinal_words.index(low) + 1
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _product(toks, i, lex) -> _Mention | None:
    """A made thing named by its model after a word for its kind: "roket Falcon 9", "satelit SATRIA-1", "pesawat
    Boeing 737". The model designation (a number in the name) tells it from an owner named after the word
    ("pesawat Susi Air" is the airline's plane, not a plane called Susi Air)."""
    if toks[i].low not in lex.product_kinds:
        return None
    first = i + 1
    while first < len(toks) and first - i <= 2 and toks[first].low.isalpha() and not toks[first].cap:
        first += 1  # "kapal selam KRI Nanggala-402", "jet tempur F-16": the kind's own words
    if first >= len(toks) or not toks[first].cap:
        return None
    j = first
    while j < len(toks) and j - first < 4 and (toks[j].cap or toks[j].text.isdigit()) and toks[j].low not in lex.calendar:
        j += 1
    if not any(c.isdigit() for k in range(first, j) for c in toks[k].text):
        return None
    name = _span_text(toks, first, j)
    return _Mention(i, j, Node(name, "Product", (name, _span_text(toks, i, j), f"{name} {lex.product_kinds[toks[i].low]}")))


def _election(toks, i, lex, doc: _Doc) -> _Mention | None:
    """An election named by its kind in lower case ("pemilihan presiden Peru", "pemilu tahun lalu"): named as English
    news names it, by its year (written, else the article's; "tahun lalu" the one before), its country (written
    after it, else the one the article has named most so far) and its kind: "2021 Peruvian presidential election"."""
    cue = _match(toks, i, lex.election_kinds)
    if not cue:
        return None
    j = i + cue[0]
    country = _country_at(toks, j, lex) if j < len(toks) and toks[j].cap else None
    if country is not None and country[1].type != "Country":
        country = None
    if country is not None:
        j = country[0]
    year = doc.year
    if j < len(toks) and re.fullmatch(r"(19|20)\d\d", toks[j].text):
        year, j = int(toks[j].text), j + 1
    elif j + 1 < len(toks) and toks[j].low == "tahun" and toks[j + 1].low == "lalu" and year:
        year, j = year - 1, j + 2
    elif j < len(toks) and toks[j].low in ("mendatang", "depan") or j + 1 < len(toks) and toks[j + 1].low in ("mendatang", "depan"):
        return None  # "pemilu tahun depan": not yet held, so not named by the article's year
    name = country[1].name if country is not None else max(doc.counts, key=doc.counts.get, default=None)
    demonym = gazetteer.demonym_of(name, "en") if name else None
    if not year or not demonym:
        return None
    return _Mention(i, j, Node(f"{year} {demonym} {cue[1]} election", "Event", (_span_text(toks, i, j),)))


def _classed_event(toks, i, lex) -> _Mention | None:
    """A named event after a noun that says it is one ("acara", "ajang"): the capitalised words and a year."""
    j = i
    while j < len(toks) and j - i < 8 and (toks[j].cap or toks[j].text.isdigit() and j > i) and toks[j].low not in lex.calendar:
        j += 1
    if j == i:
        return None
    surface = _span_text(toks, i, j)
    entry = gazetteer.lookup(surface, LANG)
    if entry:
        return _Mention(i, j, Node(entry.name, entry.type, (surface,)))
    return _Mention(i, j, Node(surface, "Event", (surface,)))


def _award(toks, i, lex):
    """A named award: "Hadiah Nobel Perdamaian", "penghargaan Kalpataru" (a cue word, then capitalised words and a year)."""
    if toks[i].low not in lex.award_cues or i + 1 >= len(toks) or not toks[i + 1].cap:
        return None
    j = i + 1
    while j < len(toks) and (toks[j].cap or re.fullmatch(r"(19|20)\d\d", toks[j].text)):
        j += 1
    surface = _span_text(toks, i, j)
    entry = gazetteer.lookup(surface, LANG)
    if entry:
        return _Mention(i, j, Node(entry.name, entry.type, (surface,)))
    return _Mention(i, j, Node(surface, "Award", (surface,)))


def _suffix_event(toks, i, lex):
    """A named event ending in an English event word, with its year: "Indonesia Open 2025", "Jakarta Marathon"."""
    j = i
    while j < len(toks) and j - i < 6 and toks[j].cap and toks[j].low not in lex.calendar:
        j += 1
    k = next((k for k in range(j, i + 1, -1) if toks[k - 1].low in lex.event_suffixes), None)
    if k is None or (i > 0 and toks[i - 1].cap):
        return None
    if k < len(toks) and re.fullmatch(r"(19|20)\d\d", toks[k].text):
        k += 1
    surface = _span_text(toks, i, k)
    return _Mention(i, k, Node(surface, "Event", (surface,)))


def _span_text(toks, i, j) -> str:
    out = ""
    for k in range(i, j):
        w = toks[k].text
        if k > i and w not in ",.)" and toks[k - 1].text not in "(" and w not in "-'’" and toks[k - 1].text not in "-'’":
            out += " "
        out += w
    return out


def _acronym_after(toks, j):
    """'(CSTO)' right after a name: (acronym, index after ')')."""
    if j + 2 < len(toks) and toks[j].text == "(" and toks[j + 2].text == ")" and toks[j + 1].caps:
        return toks[j + 1].text, j + 3
    return None, j


_CLOSERS = frozenset({",", ".", ";", ")", ":"})
_CLOSING_WORDS = frozenset({"dan", "serta", "dalam", "pada", "yang", "di", "untuk", "sebagai"})


def _abbreviates(short: str, words: list[str]) -> bool:
    """Whether ``short`` is made of the openings (two letters or more) of two or more of ``words``, in order, as
    Indonesian syllable short forms are ("tipikor": TIndak PIdana KORupsi).

    >>> _abbreviates("tipikor", ["pengadilan", "tindak", "pidana", "korupsi"]), _abbreviates("jakarta", ["pengadilan", "negeri"])
    (True, False)
    """
    @cache
    def fits(k: int, w: int, pieces: int) -> bool:
        if k == len(short):
            return pieces >= 2
        for x in range(w, len(words)):
            for n in range(min(len(words[x]), len(short) - k), 1, -1):
                if words[x][:n] == short[k : k + n] and fits(k + n, x + 1, pieces + 1):
                    return True
        return False

    return fits(0, 0, 0)


def _short_form_after(toks, j) -> bool:
    """'(Parekraf)', '(Menparekraf)': one capitalised word in brackets right after a name, its short form."""
    return j + 2 < len(toks) and toks[j].text == "(" and toks[j + 2].text == ")" and toks[j + 1].cap and toks[j + 1].text.isalpha()


def _country_at(toks, j, lex, strict: bool = False) -> tuple[int, Node] | None:
    """A country or a known place (capitalised, longest first, at most four words).

    "Sulawesi Tengah" is a region of its own even when only "Sulawesi" is known: a direction word after
    a known place makes a new place.
    """
    if j >= len(toks) or not toks[j].cap:
        return None
    for k in range(min(len(toks), j + 4), j, -1):
        if not all(toks[x].cap or toks[x].text in "-" for x in range(j, k)):
            continue
        surface = _span_text(toks, j, k)
        entry = gazetteer.lookup(surface, LANG)
        if entry and entry.type != "Person":
            if k < len(toks) and toks[k].cap and toks[k].low in lex.directions:
                wider = _span_text(toks, j, k + 1)
                return k + 1, Node(f"{lex.directions[toks[k].low]} {entry.name}", "Location", (wider,))
            if strict and entry.type == "Location" and k < len(toks) and _name_word(toks, k, lex) and not _country_at(toks, k, lex):
                return None  # "Padang Lawas", "Nursultan Nazarbayev": a longer name that starts with a place
            return k, Node(entry.name, entry.type, (surface,))
    return None


def _english(units: list[tuple[str, str]], lex) -> str | None:
    """Head-first Indonesian words → an English name; None when a word is unknown."""
    if not units:
        return None
    head_id, head = units[0][0], units[0][1][0]
    mods = [u[1] for u in units[1:]]
    if head_id in lex.of_heads and len(mods) == 1:
        return f"{head} of {mods[0][0]}"
    return " ".join([m[1] for m in reversed(mods)] + [head])


def _units(toks, i, j, lex) -> list | None:
    units = []
    k = i
    while k < j:
        hit = _match(toks, k, lex.words)
        if not hit:
            return None
        units.append((" ".join(toks[x].low for x in range(k, k + hit[0])), hit[1]))
        k += hit[0]
    return units


def _org_name(toks, i, j, lex) -> Node:
    surface = _span_text(toks, i, j)
    entry = gazetteer.lookup(surface, LANG)
    if entry:
        return Node(entry.name, entry.type, (surface,))
    country = None
    k = j
    for c in range(i + 1, j):
        hit = _country_at(toks, c, lex)
        if hit and hit[0] == j and hit[1].type == "Country":
            country, k = hit[1], c
            break
    units = _units(toks, i, k, lex)
    name = _english(units, lex) if units else None
    if name and country:
        name = f"{name} of {country.name}"
    return Node(name or surface, "Organization", (surface,))


def _org(toks, i, lex, lower: bool = False):
    """An organisation name starting with a cue word: Kementerian Pertahanan Rusia, Dewan Keamanan Nasional (DKN)."""
    cue = _match(toks, i, lex.org_cues)
    if not cue:
        return _acronym(toks, i, lex) if toks[i].caps else None
    j = i + cue[0]
    if lower:
        while j < len(toks) and not toks[j].cap and _match(toks, j, lex.words):
            j += _match(toks, j, lex.words)[0]
        if j == i + cue[0]:
            return None
    else:
        if not all(toks[k].cap for k in range(i, j)):
            return None
        unknown = 0  # proper-name words ("Partai Golkar"): one, then only known words may follow
        company = toks[i].low in lex.company_cues
        unit = _match(toks, i, lex.unit_cues) is not None
        end = _company_end(toks, i, j, lex) if company else _spelled_out(toks, i, j, lex)
        if end:
            j = end
        while not end and j < len(toks) and (toks[j].cap or toks[j].text.isdigit()) and toks[j].low not in lex.calendar:
            if unit and j > i + cue[0] and _ministry_at(toks, j, lex):
                break  # "Ditjen Pajak Kementerian Keuangan": the unit's name ends where its ministry's begins
            country = _country_at(toks, j, lex)
            if country and country[1].type == "Country":
                j = _known_org_end(toks, i, country[0]) or country[0]  # "Partai Demokrasi Indonesia Perjuangan"
                break
            if country and country[1].type == "Location":  # "Polda Jawa Timur": a place inside the name
                j = country[0]
                unknown = 0
                continue
            known = _match(toks, j, lex.words)
            if known:
                j += known[0]
                unknown = 0 if company else unknown  # company names mix many proper words
                continue
            if toks[j].text.isdigit() and j + 1 < len(toks) and toks[j + 1].cap:
                j += 1  # "Densus 88 Antiteror"
                continue
            if j == i + cue[0] and _ROMAN.fullmatch(toks[j].text):
                j += 1  # "Komisi X", "Komisi III", "Kodam IV": the number of the unit
                continue
            if toks[j].caps and j > i + 1:
                break  # an acronym after a name is another name ("PT Bursa Efek Surabaya BES")
            if toks[j].low in lex.company_cues and toks[i].low in lex.company_cues:  # "PT Unilever Indonesia Tbk"
                j += 1
                break
            if unknown and toks[i].low in lex.long_name_cues and unknown < 2 and _run_closes(toks, j, lex) and not _after_title(toks, i, lex):
                unknown += 1  # "Universitas Gadjah Mada,": a second proper word closing the run, no holder after a title
                j += 1
                continue
            if unknown or _match(toks, j, lex.roles) or toks[j].low in lex.honorifics:
                break
            if (j > i + cue[0] and not unknown and not company and j + 1 < len(toks) and _name_word(toks, j, lex)
                    and _name_word(toks, j + 1, lex) and not _match(toks, j + 1, lex.words)):
                break  # "Partai Demokrat Andi Saputra": known words make the name, two name words are a person  # "Badan Gizi Nasional Dadan": a second unknown word starts the holder's name
            unknown += 1
            j += 1
        if toks[i].low in lex.ministry_cues or unit and not _ministry_at(toks, j, lex):
            j = _portfolio_end(toks, j, lex) or j  # "Kementerian Kelautan dan Perikanan", "Ditjen Bea dan Cukai"
        ministry = lex.ministries.get(" ".join(toks[x].low for x in range(i, j)))
        if ministry and (j == i + cue[0] or j == i + cue[0] + 1 and toks[j - 1].caps):
            return _Mention(i, j, Node(ministry, "Organization", (_span_text(toks, i, j),)))  # "Kemendagri", "Kementerian ESDM"
        if j == i + cue[0] and toks[i].low not in ("kremlin",):
            return None  # a bare cue word ("Dewan") is not a name
    if j + 2 < len(toks) and toks[j].text == "(" and toks[j + 2].text == ")" and toks[j + 1].low in lex.company_cues:
        j += 3  # "PT Pertamina (Persero)"
        if j < len(toks) and toks[j].low in lex.company_cues and toks[j].cap:
            j += 1  # "PT Bank Mandiri (Persero) Tbk"
    node = _org_name(toks, i, j, lex)
    acr, after = _acronym_after(toks, j)
    if acr is None and _short_form_after(toks, j) and _abbreviates(toks[j + 1].low, [toks[x].low for x in range(i, j)]):
        acr, after = toks[j + 1].text, j + 3  # "Pengadilan Tindak Pidana Korupsi (Tipikor)": a syllable short form
    if acr:
        entry = gazetteer.lookup(acr, LANG)
        name = entry.name if entry and entry.type == "Organization" else node.name
        node = Node(name, "Organization", (*node.aliases, acr))
        j = after
    return _regional(toks, _Mention(i, j, node), lex)


def _ministry_at(toks, j, lex) -> bool:
    """Whether a ministry's name starts at j: "Kementerian ...", "Kemenkeu"."""
    return j < len(toks) and toks[j].cap and (toks[j].low in lex.ministry_cues or toks[j].low.startswith("kemen")
                                              or toks[j].low in lex.ministries)


def _known_org_end(toks, i, j) -> int | None:
    """The end of the longest organisation the gazetteer knows that starts at i and runs on past j in capitalised
    words: a country's name inside it ends no name ("Partai Demokrasi Indonesia Perjuangan")."""
    end = None
    for k in range(j + 1, min(len(toks), j + 4) + 1):
        if not toks[k - 1].cap:
            break
        entry = gazetteer.lookup(_span_text(toks, i, k), LANG)
        if entry is not None and entry.type == "Organization":
            end = k
    return end


def _portfolio_end(toks, j, lex) -> int | None:
    """The end of a ministry's portfolio that goes on after "dan" ("Pendidikan Dasar dan Menengah", "Kelautan dan
    Perikanan"): common words, capitalised, on both sides of the coordinator; None when j starts no such run.
    Names are mostly no dictionary words, so "Menteri Keuangan Sri Mulyani dan ..." stops at "Mulyani"."""
    k = j
    while k < len(toks) and toks[k].cap and not toks[k].caps and _common_word(toks[k].low, lex) and not _match(toks, k, lex.roles):
        k += 1
    if k >= len(toks) or toks[k].low not in ("dan", "serta") or (k > j and not toks[j].cap) or not (k > j or j > 0 and toks[j - 1].cap):
        return None
    end = k + 1
    known = _match(toks, end, lex.words)
    if known and known[0] > 1 and all(toks[x].cap for x in range(end, end + known[0])):
        end += known[0]  # "Pariwisata dan Ekonomi Kreatif": a portfolio of several words the lexicon knows
    while (end < len(toks) and toks[end].cap and not toks[end].caps and _common_word(toks[end].low, lex)
           and not _match(toks, end, lex.roles) and not _match(toks, end, lex.org_cues) and not _country_at(toks, end, lex)
           and (end == k + 1 or _match(toks, end, lex.words))):
        end += 1  # one word after "dan", more only of the names' own vocabulary: "Budi", "Dito" may start the holder's name
    more = end
    while more < len(toks) and more - end < 4 and toks[more].cap and not toks[more].caps and _common_word(toks[more].low, lex):
        more += 1
    if more > end and (_acronym_after(toks, more)[0] or _short_form_after(toks, more)):
        end = more  # "Energi dan Sumber Daya Mineral (ESDM)": the portfolio runs on to its acronym or short form
    return end if end > k + 1 else None


def _run_closes(toks, j, lex) -> bool:
    """The capitalised run ends right after j."""
    return j + 1 >= len(toks) or not (toks[j + 1].cap or toks[j + 1].text.isdigit())


def _after_title(toks, i, lex) -> bool:
    """A role title ends right before i ("Direktur PT X", "Rektor Universitas Y")."""
    return any(_match(toks, x, lex.roles) and x + _match(toks, x, lex.roles)[0] == i for x in range(max(0, i - 3), i))


def _spelled_out(toks, i, j, lex) -> int | None:
    """The end of a name its bracketed acronym spells out: "Universitas Gadjah Mada (UGM)" (initials U-G-M)."""
    k = j
    while k < len(toks) and k - i < 8 and toks[k].cap and not toks[k].caps:
        k += 1
    if k == j or k + 2 >= len(toks) or toks[k].text != "(" or toks[k + 2].text != ")" or not toks[k + 1].caps:
        return None
    initials = "".join(toks[x].text[0].upper() for x in range(i, k) if toks[x].cap)
    acronym = "".join(c for c in toks[k + 1].text.upper() if c.isalpha())
    if not acronym or acronym[0] != initials[0] or acronym[-1] != initials[-1] or len(acronym) < len(initials) - 1:
        return None
    rest = iter(initials)
    return k if all(c in rest for c in acronym) else None


def _company_end(toks, i, j, lex) -> int | None:
    """Where a company name after PT/CV ends: at its legal suffix ("PT Nusantara Digital Tbk"), else at the end of
    its run of capitalised words, unless a title comes before it ("Direktur PT Maju Budi Santoso": the run may
    hold the director's name, so the word-by-word reading decides)."""
    k = j
    while k < len(toks) and k - j < 6 and (toks[k].cap or toks[k].text.isdigit()) and toks[k].low not in lex.calendar:
        if toks[k].low in lex.company_cues:
            return k + 1 if k > j else None
        if _match(toks, k, lex.roles) or toks[k].low in lex.honorifics or (toks[k].caps and k > j):
            return None
        k += 1
    if _after_title(toks, i, lex) and k - j >= 3:
        # "Direktur PT Kereta Api Indonesia Budi Santoso": a country's name ends the company's, the holder follows
        for c in range(j + 1, k - 1):
            hit = _country_at(toks, c, lex, strict=True)
            if hit and hit[1].type == "Country" and hit[0] < k:
                return hit[0]
    if k == j or k - j > 4 or (k < len(toks) and (toks[k].cap or toks[k].text.isdigit())):
        return None
    if _after_title(toks, i, lex) and not (k < len(toks) and toks[k].text == ","):
        return None  # (a comma ends the company's name: "Direktur PT Toyota Astra Motor Indonesia, Anton Jimmy")
    return k


def _admin_unit(toks, j, lex) -> tuple[int, Node] | None:
    """"Provinsi Bali", "Kota Medan", "Kabupaten Sigi" before a holder's name: the unit word, then its name (a known
    place, else a name whose letters read as a place's (:func:`_region_by_letters`: "Kabupaten Muara Enim Dewi
    Lestari"), else one word, so that "Kota Bekasi Saifuddaulah" leaves the name to the person)."""
    if j + 1 >= len(toks) or not toks[j].cap or toks[j].low not in lex.place_levels or not toks[j + 1].cap:
        return None
    inner = _country_at(toks, j + 1, lex)
    if inner and inner[1].type == "Location":
        end = inner[0]
    else:
        split = _region_by_letters(toks, j + 1, lex)
        end = split[0] if split else j + 2 if _name_word(toks, j + 1, lex) else None
    if end is None:
        return None
    entry = gazetteer.lookup(_span_text(toks, j, end), LANG)
    name = entry.name if entry else inner[1].name if inner and inner[0] == end else _span_text(toks, j + 1, end)
    return end, Node(name, "Location", (_span_text(toks, j, end),))


REGION_FLOOR = 0.85  # name-type probability that makes an unknown name after a regional body its region


def _region_by_letters(toks, j: int, lex) -> tuple[int, str] | None:
    """The end and name of an unknown region the gazetteer lacks, read from its letters (:mod:`kg.nametype`), at
    the start of a run of capitalised words after a regional body: "DPRD Muara Enim", "Ketua DPRD Muara Enim Budi
    Santoso" (the region, then its holder, whose name reads as a person's). A run of one word is left to the
    caller; the longest opening of up to three words that reads as a place's name wins."""
    from kg import nametype

    k = j
    while k < len(toks) and k - j < 6 and _name_word(toks, k, lex):
        k += 1
    if k - j < 2:
        return None
    for n in range(min(3, k - j), 0, -1):
        words = [t.text for t in toks[j:j + n]]
        kind, p = nametype.best(" ".join(words))
        if kind != "Location" or p < REGION_FLOOR:
            continue
        rest = " ".join(t.text for t in toks[j + n:k])
        if not rest or nametype.best(rest)[0] == "Person":
            return j + n, " ".join(words)
    return None


def _regional(toks, m: _Mention, lex) -> _Mention:
    """A regional office of a national body takes its region: "KPU Kota Makassar", "BPBD Sigi", "DPRD Sumatera Utara"."""
    words = {t.low for t in toks[m.start:m.end]}
    if m.end >= len(toks) or not toks[m.end].cap:
        return m
    if not words & lex.regional_orgs:
        # any body named by its acronym takes a known province or city after it: "MUI Jatim", "Kadin Jawa Barat"
        place = _country_at(toks, m.end, lex) if m.end == m.start + 1 and toks[m.start].caps else None
        if place is None or place[1].type != "Location":
            return m
    j = m.end
    place = _country_at(toks, j, lex)
    unit = _admin_unit(toks, j, lex)
    if place and place[1].type == "Country" and toks[j].caps:  # "KPU RI": the national body itself
        return _Mention(m.start, place[0], Node(m.node.name, m.node.type, (*m.node.aliases, _span_text(toks, m.start, place[0]))))
    if unit is not None:  # before the gazetteer: "Kota" alone is also a place name
        end, region = unit[0], unit[1].name
    elif place and place[1].type == "Location":
        end, region = place[0], place[1].name
    else:
        split = None if place else _region_by_letters(toks, j, lex)
        if split is not None:
            end, region = split
        elif (_name_word(toks, j, lex) and not place and (j + 1 >= len(toks) or not toks[j + 1].cap)
              and toks[j].low not in lex.directions):
            end, region = j + 1, toks[j].text  # "BPBD Sigi, ...": one unknown word closing the name is its region
        else:
            return m
    short = next((t.text for t in toks[m.start:m.end] if t.caps and len(t.text) > 1), None) or m.node.aliases[0]
    surface = _span_text(toks, m.start, end)
    name = f"{short} {region}"
    return _Mention(m.start, end, Node(name, "Organization", tuple(dict.fromkeys((*m.node.aliases, surface, name)))))


def _acronym(toks, i, lex):
    t = toks[i]
    hit = _country_at(toks, i, lex)
    if hit:
        return _regional(toks, _Mention(i, hit[0], hit[1]), lex) if hit[1].type == "Organization" else _Mention(i, hit[0], hit[1])
    if t.low in lex.calendar or len(t.text) < 2 or not t.text.isalpha() or set(t.text) <= set("IVX"):
        return None  # "Kabinet Indonesia Bersatu II", "Bank Mayapada II": a numeral, no body ("XL" is a firm)
    if t.low in lex.ministries:  # "KKP", "Kominfo" written in capitals
        return _Mention(i, i + 1, Node(lex.ministries[t.low], "Organization", (t.text,)))
    return _regional(toks, _Mention(i, i + 1, Node(t.text, "Organization", (t.text,))), lex)


def _cue_place(toks, i, lex):
    cue = _match(toks, i, lex.place_cues)
    if not cue or not all(toks[k].cap for k in range(i, i + cue[0])):
        return None
    j = i + cue[0]
    while j < len(toks) and toks[j].cap and toks[j].low not in lex.calendar:
        j += 1
    if j == i + cue[0]:
        return None
    surface = _span_text(toks, i, j)
    entry = gazetteer.lookup(surface, LANG)
    territory = " ".join(toks[k].low for k in range(i, i + cue[0])) in lex.territory_cues
    if entry is None and territory:
        # "Kabupaten Bogor", "Pulau Jawa": the unit is the place its name names; "Kota Meksiko" is no country
        entry = gazetteer.lookup(_span_text(toks, i + cue[0], j), LANG)
        entry = entry if entry is not None and entry.type == "Location" else None
    if entry:
        return _Mention(i, j, Node(entry.name, entry.type, (surface,)))
    # "Istana Negara" → State Palace; but a unit's name is a proper name ("Desa Saham" is no "Stock Village"), and
    # a site named after a place is not that place ("Danau Michigan", "Teluk Meksiko", "Plaza Indonesia")
    units = None if territory else _units(toks, i, j, lex)
    name = _english(units, lex) if units else None
    return _Mention(i, j, Node(name or surface, "Location", (surface,)))


def _group(toks, i, lex):
    """A group noun (pihak berwenang, militan-militan asing, warga Rusia) → an English group node."""
    j = i
    if toks[i].low == "para":
        j += 1
    if j >= len(toks):
        return None
    low = toks[j].low
    hit = _match(toks, j, lex.groups)
    if not hit and "-" in low:  # militan-militan
        left, _, right = low.partition("-")
        if left == right:
            hit = next(((1, value) for words, value in lex.groups.get(left, ()) if words == (left,)), None)
    if not hit and j > i and not toks[j].cap:
        people = _people_noun(low)
        hit = (1, people) if people else None  # "para eksekutif", "para insinyur": "para" says they are people
    if not hit or (toks[j].cap and j > 0):
        return None
    if j == i and j > 0 and not toks[j - 1].cap and _event_noun(toks[j - 1].low, lex) and toks[j].low in lex.group_orgs:
        return None  # "serangan militer", "bantuan militer": the body's word describes the act, no one acts
    n, english = hit
    key = " ".join(toks[x].low for x in range(j, j + n)).split("-")[0]
    k = j + n
    if key in lex.people_nouns:  # "orang Palestina": Palestinians; "orang" alone is no group
        country = _country_at(toks, k, lex)
        if not country:
            return None
        if country[1].type != "Country":  # "orang Eropa": Europeans of a continent or region
            surface = _span_text(toks, i, country[0])
            return _Mention(i, country[0], Node(f"people of {country[1].name}", "Group", (surface,)))
    if key in lex.force_nouns and k < len(toks) and toks[k].cap and not (j > 0 and toks[j - 1].low == "para"):
        body = _org(toks, k, lex) or (_acronym(toks, k, lex) if toks[k].caps else None)
        if body is not None and body.node.type == "Organization":  # "aparat Polda Metro Jaya", "pasukan AA": the body acts
            surface = _span_text(toks, i, body.end)
            return _Mention(i, body.end, Node(body.node.name, "Organization", (*body.node.aliases, surface)))
    mods = []
    while k < len(toks) and toks[k].low in lex.modifiers and not (toks[k].cap and _country_at(toks, k, lex)):
        mods.append(lex.modifiers[toks[k].low])
        k += 1
    country = _country_at(toks, k, lex)
    name = " ".join([*mods, english])
    org_like = key in lex.group_orgs or key in lex.force_nouns or key in lex.descriptors  # "korban Rina": a person
    if country and country[1].type == "Country":
        demonym = lex.demonym.get(country[1].name)
        name = f"{demonym} {name}" if demonym else f"{name} of {country[1].name}"
        k = country[0]
    elif country and country[1].type == "Location" and not org_like:
        name, k = f"{name} of {country[1].name}", country[0]  # "warga Bekasi": the residents act, not the city
    elif (not org_like and k < len(toks) and toks[k].cap and not toks[k].caps and _name_word(toks, k, lex)
          and (k + 1 >= len(toks) or not toks[k + 1].cap) and not _common_word(toks[k].low, lex)):
        name, k = f"{toks[k].text} {name}", k + 1  # "pengungsi Rohingya": a people's name, not a person
    type_ = "Organization" if key in lex.group_orgs or " ".join(toks[x].low for x in range(j, j + n)) in lex.group_orgs else "Group"
    return _Mention(i, k, Node(name, type_, (_span_text(toks, i, k),)))


_IRREGULAR_PLURALS = {"child": "children", "person": "people", "wife": "wives", "thief": "thieves"}


def _people_noun(word: str) -> str | None:
    """The English plural of a noun the dictionary glosses as a person in its most frequent WordNet sense
    ("eksekutif" → executives, "hakim" → judges), else None."""
    english = langdata.table(LANG, "noun_dictionary").get(word)
    if english is None or " " in english or langdata.table("en", "noun_classes").get(english) != "person":
        return None
    if english in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[english]
    if english.endswith("man"):
        return english[:-3] + "men"
    if english.endswith(("s", "x", "ch", "sh")):
        return english + "es"
    if english.endswith("y") and english[-2:-1] not in "aeiou":
        return english[:-1] + "ies"
    return english + "s"


def _name(toks, i, lex, doc, facts):
    """A capitalised name: a known place or country, an acronym, or a person."""
    t = toks[i]
    if t.low in lex.calendar or t.low in lex.stopwords and not t.caps:
        return None
    if t.caps:
        return _acronym(toks, i, lex)
    j = _name_end(toks, i, lex)
    hit = _country_at(toks, i, lex, strict=True)
    place = hit or (_country_at(toks, i, lex) if i + 1 < len(toks) and toks[i + 1].cap else None)
    named = _place_named_body(toks, i, place, lex) if place else None
    if named is not None:
        return named
    if hit and (hit[0] >= j or hit[1].type == "Country"):
        return _Mention(i, hit[0], hit[1])
    if j == i:
        return None
    if j > i + 1 and t.low.startswith(("ke", "pe")) and _event_noun(t.low, lex):
        return 1  # "... dan Kebijakan Vijaya Gadde": a derived noun (ke-/pe-…-an) never opens a name
    if i == 0 or toks[i - 1].text in "“\"'‘(":
        if j == i + 1 and _common_word(t.low, lex) and t.text not in doc.person_words and i not in doc.ner:
            return None
        if _event_noun(t.low, lex) or (t.low in lex.org_before or t.low in lex.descriptors) and j > i + 1:
            return 1  # "Penangkapan Budi ...", "Startup Kopiku ...": a common noun opens the sentence, the name follows
        if j > i + 1 and _common_word(t.low, lex):  # "Posisi Tokayev ...": decided once the article is read
            doc.opening[_span_text(toks, i, j)] = _span_text(toks, i + 1, j)
    # a country inside splits the chunk: "Widodo Indonesia"; not a name the model reads as one person's
    # ("Praveen Jordan", "Michael Jordan")
    person = doc.ner.get(i) == (j, "Person")
    for k in range(i + 1, j + 1):
        inner = _country_at(toks, k, lex) if k < len(toks) else None
        if inner and inner[1].type == "Country" and not (person and inner[0] == j):
            whole = _span_text(toks, i, inner[0])
            known = gazetteer.lookup(whole, LANG)
            if known is not None and known.type == "Organization" or doc.ner.get(i) == (inner[0], "Organization") \
                    and nametype.best(whole)[0] == "Organization":
                # "Garuda Indonesia", "Telkom Indonesia": a company whose name ends in its country's
                return _Mention(i, inner[0], Node(known.name if known else whole, "Organization", (whole,)))
            if known is None and doc.ner.get(i) == (inner[0], "Location") and nametype.best(whole)[0] == "Location" \
                    and gazetteer.lookup(_span_text(toks, i, k), LANG) is None:  # (not "Sulawesi Indonesia")
                return _Mention(i, inner[0], Node(whole, "Location", (whole,)))  # "Plaza Indonesia": a mall, not the country
            j = min(j, k)
            break
    hint = doc.ner.get(i)
    if hint and hint[0] < j and hint[0] in doc.ner:
        j = hint[0]  # the model reads two names in the run: "Freeport McMoran Richard Adkerson"
    before = toks[i - 1].low if i > 0 else ""
    surface = _span_text(toks, i, j)
    # "Joko Widodo-Ma'ruf Amin": a pair of people joined by a hyphen
    if j - i >= 3:
        for k in range(i + 1, j - 1):
            w = toks[k].text
            if "-" in w and all(p[:1].isupper() for p in w.split("-")) and not any(toks[x].low in ("the", "of", "and") for x in range(i, j)):
                left, right = w.split("-", 1)
                a = _span_text(toks, i, k) + " " + left
                b = right + " " + _span_text(toks, k + 1, j)
                first, second = _person_node(a), _person_node(b)
                facts.append((second, "running_mate_of", first, None, 0.5))  # "Prabowo Subianto-Gibran Rakabuming": a ticket
                return [_Mention(i, k + 1, first), _Mention(k, j, second)]
    last = toks[j - 1].low
    described = before in lex.org_before or i > 1 and toks[i - 2].low in lex.org_before and not toks[i - 1].cap and toks[i - 1].low.isalpha()
    if last in lex.org_suffixes or toks[i].low in lex.org_suffixes or described:
        return _Mention(i, j, Node(surface, "Organization", (surface,)))
    classed = any(x >= 0 and not toks[x].cap and ((_match(toks, x, lex.place_nouns) or (0, 0))[0] == i - x
                  or (_match(toks, x, lex.facility_nouns) or (0, 0))[0] == i - x) for x in (i - 3, i - 2, i - 1))
    placed = before in ("di", "ke", "dari", "menuju", "kota", "provinsi", "kabupaten", "kecamatan", "desa")
    if placed and before == "dari" and doc.ner.get(i) == (j, "Person"):
        placed = False  # "putra dari Yovie Widianto", "kritik dari Agus Hartono": whom the model reads as a person
    if placed and not classed and last not in lex.place_suffixes and hint == (j, "Organization"):
        kind, p = nametype.best(surface)
        placed = not (kind == "Organization" and p >= nametype.FLOOR)  # "pakar keamanan siber dari Telkomindo":
        # a body the model and the name's letters agree on
    if last in lex.place_suffixes or classed or placed:
        return _Mention(i, j, Node(surface, "Location", (surface,)))
    if hint is not None and hint[1] == "Organization":
        # "Persib Bandung mengalahkan Arema FC": a name without a cue word that the model reads as a body's,
        # with the legal form or club suffix it writes in capitals ("FC", "SC"), is one when its letters agree
        # (the model also tags people ORG: "pemimpin oposisi Anwar Ibrahim")
        end = hint[0]
        whole = _span_text(toks, i, end)
        if (end == j or end > j and all(toks[x].caps for x in range(j, end))) and nametype.best(whole)[0] == "Organization":
            return _Mention(i, end, Node(whole, "Organization", (whole,)))
    if hint is not None and hint[1] == "Location":
        # "di Hotel Mulia, Senayan, Jakarta", "di Lapangan Banteng Mall, Jakarta Pusat": a place the model
        # reads as one and whose letters say so too (a country word inside it no longer splits it)
        end = hint[0]
        whole = _span_text(toks, i, end)
        kind, p = nametype.best(whole)
        wider = _country_at(toks, end + 1, lex, strict=True) if end + 1 < len(toks) and toks[end].text == "," else None
        amount = i > 0 and toks[i - 1].low in ("ribu", "juta", "miliar", "triliun")  # (a number alone may be an address's)
        if (end == j or end > j and all(toks[x].cap for x in range(j, end))) and kind == "Location" and p >= nametype.FLOOR \
                and wider is not None and wider[1].type in _PLACE_TYPES and not amount:  # "100 juta Ringgit": money
            # (only where a known place follows its comma: the model also reads foreign people's names as places)
            return _Mention(i, end, Node(whole, "Location", (whole,)))
    return _Mention(i, j, _person_node(surface))


def _place_named_body(toks, i, place: tuple[int, Node], lex) -> _Mention | None:
    """A body named after a place or a country, whose name goes on in capitals to a word that ends the names of
    bodies: "Borneo FC", "Bali United", "Malaysia Airlines", "Jakarta Post" (else the place would be read alone and
    the rest as a name of its own)."""
    k = place[0]
    while k < len(toks) and k - place[0] < 3 and toks[k].cap and toks[k].text[0].isalpha() and toks[k].low not in lex.calendar:
        k += 1
    if k == place[0] or toks[k - 1].low not in lex.org_suffixes or k < len(toks) and toks[k].cap:
        return None  # the suffix must close the name: "Jakarta International Stadium" is a stadium
    surface = _span_text(toks, i, k)
    known = gazetteer.lookup(surface, LANG)
    return _Mention(i, k, Node(known.name if known else surface, "Organization", (surface,)))


def _name_end(toks, i, lex) -> int:
    """The end of a run of name words at i; a word that is no name alone may close a longer one ("Fajar Ramadhan")."""
    j = i
    while j < len(toks) and (_name_word(toks, j, lex) or j > i and toks[j].low in lex.name_tails and toks[j].cap
                             or j > i and _NAME_ARTICLE.fullmatch(toks[j].text)
                             or j > i and toks[j].text in _REGNAL
                             or j > i and toks[j].low in ("bin", "binti") and j + 1 < len(toks) and _name_word(toks, j + 1, lex)
                             or j > i and toks[j].low in lex.calendar and toks[j].cap and j + 1 < len(toks)
                             and _name_word(toks, j + 1, lex) and toks[j + 1].low not in lex.calendar
                             and not _common_word(toks[j + 1].low, lex)  # "Li Jun Hui"; not "Widodo Senin Berangkat"
                             or j > i and _particle_before_name(toks, j, lex)):
        j += 1
    return j


# lower-case particles inside European names ("David da Silva", "Virgil van Dijk", "Ursula von der Leyen")
_NAME_PARTICLES = frozenset({"da", "das", "de", "del", "della", "der", "den", "do", "dos", "du", "la", "le", "ter", "van", "von"})


def _particle_before_name(toks, j, lex) -> bool:
    """Whether ``toks[j]`` is a lower-case name particle that a name word follows (through another particle)."""
    k = j
    while k < len(toks) and toks[k].text in _NAME_PARTICLES and k - j < 2:
        k += 1
    return k > j and k < len(toks) and _name_word(toks, k, lex)


def _said_before(toks, end: int, phrases, lex) -> bool:
    """Whether one of ``phrases`` (word lists: "mundur", "mengundurkan diri") ends at ``end``, not negated."""
    for words in phrases:
        start = end - len(words) + 1
        if start >= 0 and [toks[k].low for k in range(start, end + 1)] == words:
            return not _negated(toks, start, lex)
    return False


def _event_noun(low: str, lex) -> bool:
    """A noun naming an act or event (penangkapan, kunjungan, pertemuan): never the first word of a name."""
    if low in lex.action_nouns or low in lex.pred_nouns or low in lex.recip:
        return True
    return low.startswith(("pe", "ke")) and low.endswith("an") and len(low) > 6 and _common_word(low, lex)


def _name_word(toks, j, lex) -> bool:
    t = toks[j]
    if not t.cap or not t.text[0].isalpha() or t.caps and len(t.text) > 1:
        return False
    if t.low in lex.calendar or _match(toks, j, lex.roles) or _match(toks, j, lex.org_cues) or t.low in lex.stopwords:
        return False
    if t.low in lex.not_names or t.low in lex.function:
        return False
    return True


def _common_word(low: str, lex) -> bool:
    if low in lex.stopwords or low in lex.initial_common or low in lex.not_verbs or low in lex.function:
        return True
    if low in lex.dictionary:
        return True
    if lex.stem is not None and lex.stem(low) in lex.dictionary and lex.stem(low) != low:
        return True
    return any(base in lex.known_bases for base, voice in morph_id.candidates(low) if voice != morph_id.BARE)


def _person(toks, i, lex, doc):
    """A person's name at i (after a title), or None."""
    j = _name_end(toks, i, lex)
    if j == i:
        return None
    place = _country_at(toks, i, lex)
    if place and (place[0] >= j or place[1].type == "Country"):
        return None  # "Presiden Rusia": a country, not a name
    return _Mention(i, j, _person_node(_span_text(toks, i, j)))


def _person_node(surface: str) -> Node:
    """A person by the name the gazetteer knows them by ("Jokowi" → Joko Widodo), else as written."""
    entry = gazetteer.lookup(surface, LANG)
    if entry and entry.type == "Person":
        return Node(entry.name, "Person", tuple(dict.fromkeys((surface, entry.name))))
    return Node(surface, "Person", (surface,))


_KIN_PREDICATES = frozenset({"married_to", "child_of"})


def _possessed_person(toks, i, lex, doc: _Doc, facts: list) -> _Mention | None:
    """"didampingi istrinya, Rina Kusuma", "kata juru bicaranya, Stephane Dujarric": a relation noun with -nya
    points back to the last person named; the person named after it holds that relation to them. "sang" before a
    word for a spouse or child says the same ("didampingi sang suami, Budi")."""
    start = i
    if toks[i].low == "sang":
        if i + 1 >= len(toks) or lex.possessed.get(toks[i + 1].low) not in _KIN_PREDICATES:
            return None
        i += 1
        stem = toks[i].low
    else:
        stem = toks[i].low[:-3]
    pred = lex.possessed.get(stem)
    if pred is None and i > 0:
        pred = lex.possessed.get(f"{toks[i - 1].low} {stem}")  # "juru bicaranya", "kuasa hukumnya"
        start = i - 1
    if pred is None:
        return None
    k = i + 1
    if k < len(toks) and toks[k].text == ",":
        k += 1
    if k >= len(toks) or not toks[k].cap:
        return None
    person = _titled(toks, k, lex, doc, facts) or _person(toks, k, lex, doc)
    if person is None or person.node.type != "Person" or person.node.name == doc.last_person.name:
        return None
    facts.append((person.node, pred, doc.last_person, None, 0.6))
    return _Mention(start, person.end, Node(person.node.name, "Person", (*person.node.aliases, _span_text(toks, start, person.end))), person.role)


def _described_person(toks, i, lex, doc: _Doc, facts: list) -> _Mention | None:
    """"Mantan menteri kesehatan Ethiopia tersebut": a title (with its country) closed by "tersebut"/"itu" points
    back to the last person named, who is taken to hold it."""
    role = _role_at(toks, i, lex)
    if role is None and (toks[i].low in lex.descriptors or toks[i].low in lex.affiliation_nouns) and toks[i].low != "pasangan" \
            and (i == 0 or not toks[i].cap):
        return _described_by_noun(toks, i, lex, doc, facts)  # "Mantan guru itu terpilih ...", "Politikus itu ..."
    if role is None or role[1] in lex.team_roles or role[1] in lex.band_roles:
        return None  # "pemain asal Brasil itu": a player's origin, and often not the player last named
    k = i + role[0]
    country = None
    while k < len(toks) and k - i <= 7 and toks[k].low not in ("tersebut", "itu"):
        if toks[k].cap:
            hit = _country_at(toks, k, lex)
            if (hit is None or hit[1].type != "Country") and role[2]:
                org = _org(toks, k, lex)  # "mantan Ketua Umum Partai Golkar itu": a head of a body the cue words name
                hit = (org.end, org.node) if org is not None and org.node.type == "Organization" else None
            if hit is None or hit[1].type not in ("Country", "Organization"):
                return None  # a name follows the title: the title's own holder, not one named before
            k, country = hit
            continue
        if not (toks[k].low.isalpha() or toks[k].low.isdigit()):  # "berusia 44 tahun" may stand in between
            return None
        k += 1
    back = _antecedent(toks, i, k, doc)
    if back is None:
        return None
    holder = doc.by_role.get((role[1], country.name if country is not None else None))
    if holder is not None and holder.name != back[0].name:
        # "Presiden Prancis itu": the one named before as France's president, though another president (or anyone
        # else) was named since
        back = (holder, _Mention(i, k + 1, Node(holder.name, "Person", (*holder.aliases, _span_text(toks, i, k + 1)))))
    if country is not None:
        _role_fact(back[0], role[1], role[2], role[3], country, facts)  # "mantan menteri kesehatan Ethiopia"
    return back[1]


def _antecedent(toks, i, k, doc: _Doc) -> tuple[Node, _Mention] | None:
    """The person a description from i to its closing "itu"/"tersebut" at k points back to, with the description's
    mention: the last one named, or the one before when the last is named earlier in this sentence ("Dasco
    mengatakan, mantan Ketua Umum Golkar itu ...": the speaker is not the one described); None when the description
    is not closed at k or that one has a single-word name."""
    if k >= len(toks) or toks[k].low not in ("tersebut", "itu"):
        return None
    person = doc.last_person
    if any(toks[x].text in set(person.name.split()) for x in range(i)):
        person = doc.prev_person
        if person is None or len(person.name.split()) < 2:
            return None
    return person, _Mention(i, k + 1, Node(person.name, "Person", (*person.aliases, _span_text(toks, i, k + 1))))


def _described_by_noun(toks, i, lex, doc: _Doc, facts: list) -> _Mention | None:
    """A person noun closed by "itu"/"tersebut" within a few plain words ("Mantan guru itu", "pilot berkewarganegaraan
    Selandia Baru itu") points back to the last person named, or the one before when the last is named earlier in
    this sentence; a citizenship the words state is that person's."""
    if i > 0 and toks[i - 1].low in lex.prepositions:
        return None
    k = i + 1
    while k < len(toks) and k - i <= 4 and toks[k].low not in ("tersebut", "itu"):
        if not toks[k].low.isalpha() or not toks[k].cap and (toks[k].low in lex.function or toks[k].low == "yang"):
            return None
        k += 1
    back = _antecedent(toks, i, k, doc)
    if back is None:
        return None
    for x in range(i + 1, k):
        cue = _match(toks, x, lex.citizenship)
        hit = _country_at(toks, x + cue[0], lex) if cue and x + cue[0] < k else None
        if hit and hit[1].type == "Country":
            facts.append((back[0], "citizen_of", hit[1], None, 0.6))
    return back[1]


def _role_at(toks, i, lex):
    """A role title at i with its former/acting prefixes: (tokens, English role, is_head, former)."""
    j = i
    prefix = []
    former = False
    while j < len(toks):
        if toks[j].low in lex.former:
            former = True
            prefix.append("former")
            j += 1
            continue
        act = _match(toks, j, lex.acting)
        if act:
            prefix.append("acting")
            j += act[0]
            if j + 2 < len(toks) and toks[j].text == "(" and toks[j + 2].text == ")" and toks[j + 1].low in lex.acting:
                j += 3  # "pelaksana tugas (plt)"
            continue
        break
    hit = _match(toks, j, lex.roles)
    deputy = hit is None and j + 1 < len(toks) and toks[j].low in lex.deputy
    if deputy:
        hit = _match(toks, j + 1, lex.roles)  # "Wakil Sekjen PDIP": a deputy of a title the roles do not list with it
    if not hit:
        english = _english_title(toks, j) if j < len(toks) and toks[j].cap else None
        if english is None:
            return None
        n, role, head = english
        return j + n - i, " ".join([*prefix, role]), head, former
    n, role = hit
    if deputy:
        j, prefix = j + 1, [*prefix, "deputy"]
    key = " ".join(toks[x].low for x in range(j, j + n))
    end = j + n
    if key in lex.function_heads:  # "Pimpinan Finansial", "Pimpinan Legal dan Kebijakan": a head of a company function
        names = []
        while end < len(toks) and toks[end].low in lex.functions:
            names.append(lex.functions[toks[end].low])
            end += 1
            if end + 1 < len(toks) and toks[end].low == "dan" and toks[end + 1].low in lex.functions:
                end += 1
        if names:  # the function's head holds a post in the company, which another head leads
            role, key = f"{' and '.join(names)} {role}", None
    if end < len(toks) and toks[end].low in lex.elect:
        return None  # "presiden terpilih": a status, not an office held
    return end - i, " ".join([*prefix, role]), key in lex.heads and not deputy, former


@cache
def _english_roles() -> tuple[frozenset, frozenset, frozenset]:
    """The words that end an English job title ("Manager", "Director", "Officer": the one-word titles of kg's
    English role tables and their ``job_heads``), the English titles that head their body, and the English words
    of the noun dictionary."""
    roles = langdata.data("en", "roles")
    single = {w for w in (*roles["roles"], *roles["leader_roles"]) if " " not in w}
    english = frozenset(langdata.table(LANG, "noun_dictionary").values())
    return frozenset(single | set(roles.get("job_heads", {}).get("words", ()))), frozenset(roles["leader_roles"]), english


def _english_title(toks, i: int) -> tuple[int, str, bool] | None:
    """An English job title written into Indonesian text before its body ("Brand Manager Wuling Motors", "Sales &
    Marketing Director PT X", "Head of Communication PT Y"): (tokens, English role, whether it heads the body).
    Capitalised English words up to the last that names a job (at most five); after "Head of" the words the noun
    dictionary glosses as English, up to three. A founder's title is "founder", which kg reads as founding."""
    if i >= len(toks) or not toks[i].cap:
        return None
    ends, leaders, english = _english_roles()
    if not toks[i].text.isalpha():
        return None
    if toks[i].low == "head" and i + 2 < len(toks) and toks[i + 1].low == "of":
        k = i + 2
        while k < len(toks) and k - i < 5 and toks[k].cap and not toks[k].caps \
                and (toks[k].low in english or toks[k].low.rstrip("s") in english):  # "Communications"
            k += 1
        if k == i + 2:
            return None
        return k - i, " ".join(t.low for t in toks[i:k]), False
    last = None
    k = i
    while k < len(toks) and k - i < 5 and (toks[k].cap and toks[k].text.replace("-", "").isalpha() or toks[k].text in ("&", "and") and k > i):
        if toks[k].low in ends and not (toks[k].caps and toks[k].low not in leaders | {"ceo", "cfo", "coo", "cto", "cmo"}):
            last = k
        k += 1
    if last is None or last == i and toks[i].low not in leaders and toks[i].low not in ("founder", "co-founder"):
        return None  # one word alone names a job only if kg's English tables list it as a title
    title = " ".join(t.low for t in toks[i : last + 1])
    if toks[last].low in ("founder", "co-founder"):
        return last + 1 - i, "founder", False
    return last + 1 - i, title, title in leaders or toks[last].low == "ceo" or title == "president director"


def _affiliation(toks, j, lex, lower_ok: bool, local: bool = True, doc: _Doc | None = None):
    """The country or organisation after a title: (index after, Node); a region or city only for local offices
    (Gubernur Jawa Tengah), so that "presiden Nursultan Nazarbayev" is not a president of the city Nursultan."""
    if j >= len(toks):
        return None
    hit = _country_at(toks, j, lex)
    if hit and hit[1].type == "Organization":
        m = _regional(toks, _Mention(j, hit[0], hit[1]), lex)
        return m.end, m.node
    if hit and (hit[1].type != "Location" or local):
        return hit
    known = _known_org(toks, j, doc)
    if known:
        branch = _country_at(toks, known[0], lex)
        if branch and branch[1].type == "Country" and branch[0] < len(toks) and toks[branch[0]].cap:
            surface = _span_text(toks, j, branch[0])  # "Presiden Grab Indonesia Nadia": the company's national branch
            return branch[0], Node(surface, "Organization", (surface, *known[1].aliases))
        return known
    unit = _admin_unit(toks, j, lex) if local else None
    if unit:
        return unit
    org = _org(toks, j, lex, lower=lower_ok and not toks[j].cap) if (toks[j].cap or lower_ok) else None
    if org and org.node.type == "Organization":
        return org.end, org.node
    classed = _classed_body(toks, j, lex)
    if classed is not None:
        return classed
    if lower_ok and not toks[j].cap:
        group = _group(toks, j, lex)
        if (group is not None and group.node.type == "Group" and group.end < len(toks) and toks[group.end].cap
                and not _role_at(toks, group.end, lex)):
            return group.end, group.node  # "pemimpin oposisi Anwar Ibrahim": the opposition's leader, named after it
    hint = doc.ner.get(j) if doc is not None and toks[j].cap else None
    if hint is None or _role_at(toks, j, lex):
        return None
    surface = _span_text(toks, j, hint[0])
    holder = doc.ner.get(hint[0])
    two_names = (hint[1] == "Person" and holder is not None and holder[1] == "Person" and _name_word(toks, hint[0], lex)
                 and gazetteer.lookup(surface, LANG) is None)
    if hint[1] == "Organization" or two_names:
        # "CEO Gojek": a body no cue word marks, named by the model; "CEO Freeport McMoran Richard Adkerson":
        # of two unknown names the model reads right after a title, the first is the body and the second the holder
        return hint[0], Node(surface, "Organization", (surface,))
    if hint[1] == "Location" and local and holder is not None and holder[1] == "Person" and hint[0] - j <= 3:
        # "Camat Cibinong Budi": a local office, the place the model reads as one, then the holder's name
        return hint[0], Node(surface, "Location", (surface,))
    return None


def _party_unit(org: Node, lex) -> bool:
    """Whether an organisation is one of a party's boards by its name ("DPP", "Dewan Pimpinan Pusat")."""
    return any(a.lower().strip("()") in lex.party_units for a in (org.name, *org.aliases) if a)


def _party_at(toks, j, lex) -> tuple[int, Node] | None:
    """A political party named at ``j`` ("Perindo", "PDIP", "Partai Golkar"): (index after, Node), else None."""
    if toks[j].low in lex.parties:
        hit = _country_at(toks, j, lex)  # the gazetteer's English name where it has one
        node = hit[1] if hit and hit[1].type == "Organization" and hit[0] == j + 1 else Node(toks[j].text, "Organization", (toks[j].text,))
        return j + 1, node
    if toks[j].low == "partai" and j + 1 < len(toks) and toks[j + 1].cap:
        org = _org(toks, j, lex)
        if org is not None and org.node.type == "Organization":
            return org.end, org.node
    return None


def _closed_run(toks, j) -> tuple[int, Node] | None:
    """A run of capitalised words at ``j`` that a comma, a full stop or the end closes, as an organisation."""
    k = j
    while k < len(toks) and toks[k].cap and k - j < 5:
        k += 1
    if k == j or k < len(toks) and toks[k].text not in ",.;":
        return None
    surface = _span_text(toks, j, k)
    return k, Node(surface, "Organization", (surface,))


def _linked_body(toks, j, lex) -> tuple[int, Node] | None:
    """The band or team after a player's or member's post that a copula gives someone ("menjadi gitaris [grup band]
    Dewa 19 pada 2005", "sebagai kiper Persita."): capitalised words (and numbers after them), at most four, which
    no further capitalised word follows, so that no holder's name is taken for the body's."""
    k = j
    while k < len(toks) and k - j < 2 and not toks[k].cap and toks[k].low in lex.org_before:
        k += 1
    if k >= len(toks) or not toks[k].cap:
        return None
    e = k + 1
    while e < len(toks) and e - k < 4 and (toks[e].cap or toks[e].text.isdigit()):
        e += 1
    if e < len(toks) and toks[e].cap:
        return None
    surface = _span_text(toks, k, e)
    return e, Node(surface, "Organization", (surface,))


def _classed_body(toks, j, lex):
    """A body its class noun names after a title, set off from the holder by a comma: "pemain klub Arema, X",
    "gitaris grup band Nightglass, Y" → (index of the comma, the Organization)."""
    k = j
    while k < len(toks) and k - j < 2 and not toks[k].cap and toks[k].low in lex.org_before:
        k += 1
    if k == j or k >= len(toks) or not toks[k].cap or _role_at(toks, k, lex):
        return None
    end = _name_end(toks, k, lex)
    if end <= k or end >= len(toks) or toks[end].text != ",":
        return None
    surface = _span_text(toks, k, end)
    entry = gazetteer.lookup(surface, LANG)
    if entry is not None and entry.type != "Organization":
        return None
    return end, Node(entry.name, "Organization", (surface,)) if entry else Node(surface, "Organization", (surface,))


def _past_honours(toks, k, lex) -> int:
    """The first token after the honours that open a name at ``k`` ("Dato' Seri Anwar" → "Anwar"), never past
    the last capitalised word."""
    while k + 1 < len(toks):
        hit = _match(toks, k, lex.honour_phrases)
        n = hit[0] if hit else 1 if toks[k].low in lex.honorifics else 0
        if not n or k + n >= len(toks) or not toks[k + n].cap:
            return k
        k += n
    return k


def _titled(toks, i, lex, doc, facts):
    """Title [affiliation] [Name]: Presiden Rusia Vladimir Putin, Menlu AS, Ketua KPU Arief Budiman, Pak Jokowi."""
    t = toks[i]
    after = _past_honours(toks, i, lex)
    if after > i:
        role = _role_at(toks, after, lex)
        if role is None:
            p = _person(toks, after, lex, doc)
            if p:
                p.start = i
                p.node = Node(p.node.name, "Person", (*p.node.aliases, _span_text(toks, i, p.end)))
            return p
        i0, i = i, after
    else:
        i0 = i
    role = _role_at(toks, i, lex)
    if role is None:
        return None
    n, role_en, is_head, former = role
    j = i + n
    if j + 1 < len(toks) and _ordinal(toks[j].low, lex) and toks[j + 1].cap:
        j += 1  # "Presiden ke-3 Indonesia X": the holder's place in the line of holders
    title_cap = toks[i].cap or toks[i0].cap
    aff_start = j
    unit = lex.unit_heads.get(" ".join(toks[x].low for x in range(i, i + n)))
    aff = _unit_of(toks, j, unit, lex, doc) if unit else None
    if aff is None and title_cap:
        aff = _bracketed_org(toks, j, lex, role_en, i + 1)
    # "CEO Twitter A, Pimpinan Finansial B dan ...": a title in a list whose last holder's post was in a company
    shared = doc.list_org[1] if i0 > 0 and toks[i0 - 1].low in (",", "dan", "serta") and doc.list_org \
        and doc.list_org[0] == i0 - 1 and role_en.split()[-1] not in lex.national_roles else None
    if aff is None:  # (with a shared company the model's reading of the next name as a body is not taken)
        aff = _affiliation(toks, j, lex, lower_ok=is_head, local=role_en.split()[-1] in lex.local_roles or role_en in lex.team_roles,
                           doc=None if shared else doc)
    if aff is None and (role_en in lex.band_roles or role_en in lex.team_roles) and i0 > 0 \
            and (toks[i0 - 1].low in lex.role_links or toks[i0 - 1].low in lex.copulas):
        aff = _linked_body(toks, j, lex)  # "menjadi gitaris Dewa 19 pada 2005": the band, whatever the model reads
    person_next = doc is not None and (doc.ner.get(j) or (None, None))[1] == "Person"  # "Sekretaris Kabinet Andi Widjajanto"
    if (aff is None or j < len(toks) and _ROMAN.fullmatch(toks[j].text)) and n > 1 and toks[i + n - 1].cap \
            and _match(toks, i + n - 1, lex.org_cues) and not person_next:
        unit = _org(toks, i + n - 1, lex)  # "Ketua Komisi X Ratna": the title's last word opens the unit's name
        if unit is not None and unit.node.type == "Organization" and unit.end > j:
            aff = unit.end, unit.node
    if aff is None and title_cap and doc is not None and not shared and not role_en.endswith("minister") \
            and role_en not in lex.band_roles and role_en not in lex.team_roles:
        held = _portfolio_body(toks, j, lex, doc)
        if held is not None:
            aff, is_head = held, False  # the head of a unit of the body, named by its portfolio, holds a post in the body
    if aff is not None and aff[1].type == "Organization" and doc is not None:
        tagged = doc.ner.get(aff_start)
        if tagged is not None and tagged[1] == "Organization" and tagged[0] > aff[0] \
                and all(toks[x].cap and toks[x].low not in lex.honorifics for x in range(aff[0], tagged[0])) \
                and (doc.ner.get(_past_honours(toks, tagged[0], lex)) or (0, ""))[1] == "Person":
            # "Kabid Humas Polda Metro Jaya Kombes X": the model reads the body on to where the rank and the
            # holder's name begin
            aff = tagged[0], _org_name(toks, aff_start, tagged[0], lex)
    affil = None
    more = _portfolio_end(toks, j, lex) if title_cap and role_en.endswith("minister") else None
    if more is not None and (aff is None or aff[0] <= more):  # "Menteri Pendidikan Dasar dan Menengah Hendra": the portfolio goes on after "dan"
        title = " ".join(toks[x].low for x in range(i, i + n) if toks[x].low not in lex.former)
        portfolio = _span_text(toks, i + 1, more)
        ministry = lex.ministries.get(lex.minister_titles.get(title, ""))
        acr = _acronym_after(toks, more)[0]  # "(ESDM)": carried along, so that a later "Menteri ESDM" is this ministry
        affil = Node(ministry or f"Kementerian {portfolio}", "Organization",
                     (f"Kementerian {portfolio}" + (f" ({acr})" if acr else ""), _span_text(toks, i, more)))
        j = more
        if not acr and _short_form_after(toks, j):
            j += 3  # "(Menparekraf)": the holder's name comes after the short form
    elif aff:
        j, affil = aff
    elif title_cap and role_en.endswith("minister") and j < len(toks) and toks[j].cap:
        units = []
        k = j
        while k < len(toks) and toks[k].cap and (_match(toks, k, lex.words) or toks[k].low in lex.portfolio_skip):
            if toks[k].low in lex.portfolio_skip:  # "Menteri Koordinator Bidang Pangan"
                k += 1
                continue
            hit = _match(toks, k, lex.words)
            units.append(hit[1][0])
            k += hit[0]
        if units:
            head = "Coordinating Ministry" if role_en.startswith("coordinating") else "Ministry"
            surface = _span_text(toks, i, k)
            affil = Node(f"{head} of {' and '.join(units)}", "Organization", (surface,))
            j = k
    if affil is not None and affil.type == "Organization" and j < len(toks) and _party_unit(affil, lex):
        party = _party_at(toks, j, lex)
        if party is not None:
            # "Ketua DPP Partai Golkar X", "Ketua DPW PKB Jawa Timur Y": a post on one of the party's boards is a
            # post in the party, not its lead (the party's head is its "Ketua Umum")
            j, affil, is_head = party[0], party[1], False
            region = _country_at(toks, j, lex)
            if region is not None and region[1].type == "Location":
                j = region[0]
            if j + 1 < len(toks) and toks[j].low == "bidang" and toks[j + 1].cap:
                j += 1  # "Ketua DPP Golkar Bidang Ekokraf": the board member's portfolio, no name
                while j < len(toks) and toks[j].cap and (doc.ner.get(j) or (0, ""))[1] != "Person":
                    j += 1
    parent = None  # the body a unit belongs to, which its head holds a post in as well
    if affil is not None and affil.type == "Organization" and j < len(toks) and toks[j].caps and toks[j].low not in lex.honorifics:
        body = _acronym(toks, j, lex)  # "Ketua Komisi Fatwa MUI Jatim KH X": the unit, then the body it belongs to
        if body is not None and body.node.type == "Organization" and body.node.name != affil.name:
            facts.append((affil, "part_of", body.node, None, 0.6))
            j, parent = body.end, body.node if _department(affil, lex) else None
    if affil is not None and affil.type == "Organization" and j < len(toks) and toks[j].cap and doc is not None \
            and (doc.ner.get(j) or (0, ""))[1] != "Person" and not _role_at(toks, j, lex):
        held = _portfolio_body(toks, j, lex, doc, first=0)  # "Dirjen Bea Cukai Kemenkeu, X": the unit, then the body it is in
        if held is not None and held[1].name != affil.name:
            facts.append((affil, "part_of", held[1], None, 0.6))
            j, parent = held
    if affil is not None and j + 1 < len(toks) and toks[j].low == "untuk":
        host = _country_at(toks, j + 1, lex)  # "Duta Besar Norwegia untuk Indonesia, Erik Johansen": the host country
        if host and host[1].type == "Country":
            j = host[0]
    if affil is not None and j + 1 < len(toks) and _ordinal(toks[j].low, lex) and toks[j + 1].cap:
        j += 1  # "Presiden Indonesia ketiga B. J. Habibie"
    name_at = j
    acr, after = _acronym_after(toks, name_at)  # "Menteri Keuangan (Menkeu) Sri Mulyani"
    if not acr and name_at + 2 < len(toks) and toks[name_at].text == "(" and toks[name_at + 2].text == ")" and _role_at(toks, name_at + 1, lex):
        acr, after = toks[name_at + 1].text, name_at + 3  # the short title in brackets: "(Mendagri)", "(Menlu)"
    if acr:
        name_at = after
        if affil is None:  # "Menteri Luar Negeri (Menlu) RI Sekar Ayu": the country follows the short title
            aff = _affiliation(toks, after, lex, lower_ok=False, local=False, doc=doc)
            if aff and aff[1].type == "Country":
                name_at, affil = aff
    elif affil is not None and name_at + 1 < len(toks) and toks[name_at].caps and toks[name_at + 1].cap:
        name_at += 1  # "Direktur Utama PT Bursa Efek Surabaya BES Bastian Purnama"
    elif (name_at + 2 < len(toks) and toks[name_at].text == "(" and toks[name_at + 1].cap
          and (doc.ner.get(name_at + 1) or (0, "Person"))[1] == "Person"
          and not _abbreviates(toks[name_at + 1].low, [t.low for t in toks[aff_start:name_at]])):
        # a name in brackets that is no short form of the body before it ("Kepala Darul Quran (Daqu)")
        inner = _person(toks, name_at + 1, lex, doc)
        if inner is not None and inner.end < len(toks) and toks[inner.end].text == ")":
            name_at += 1  # "Presiden (Win Myint)": a quotation's holder, named by the editor in brackets
    if affil is not None and name_at + 1 < len(toks) and toks[name_at].low == "bidang" and toks[name_at + 1].cap:
        # "Deputi Komisioner OJK Bidang Edukasi dan Perlindungan Konsumen X": the post's portfolio, then the name
        k = name_at + 1
        while k < len(toks) and (toks[k].cap or toks[k].low in _LIST_LINKS) and (doc.ner.get(k) or (0, ""))[1] != "Person":
            k += 1
        if k < len(toks) and (doc.ner.get(k) or (0, ""))[1] == "Person":
            name_at, is_head = k, False  # the head of one of its divisions, not of the body
    name_at = _past_honours(toks, name_at, lex)
    person = _person(toks, name_at, lex, doc) if name_at < len(toks) and toks[name_at].cap else None
    if person is not None and (doc.ner.get(person.start) or (0, ""))[1] != "Person" \
            and any(_english_title(toks, x) is not None and not _match(toks, x, lex.roles) for x in range(i, i + n)):
        # an English title ("Chief Technology Officer XL Axiata, I Gede ..."): the words the model reads as no
        # person's name go on with the body's name, up to a comma or its short form in brackets
        k = person.start
        while k < len(toks) and toks[k].cap:
            k += 1
        if affil is not None and affil.type == "Organization" and k + 1 < len(toks) and toks[k].text in ",(":
            affil, name_at = _org_name(toks, aff_start, k, lex), k
        person = None
    if person is not None and affil is not None and affil.type == "Organization" and parent is None \
            and person.start == name_at and (doc.ner.get(person.start) or (0, ""))[1] != "Person" and _department(affil, lex):
        # "Kepala Divisi Pemasaran Telkom Budi Santoso": where the model reads a person's name inside the words after a
        # department, the words before that name are the body the department belongs to
        k = next((x for x in range(person.start + 1, person.end) if doc.ner.get(x) == (person.end, "Person")), None)
        if k is not None and not any(x in doc.ner or toks[x].low in lex.honorifics for x in range(person.start, k)):
            body = _org_name(toks, person.start, k, lex)
            if body.type == "Organization" and body.name != affil.name:
                facts.append((affil, "part_of", body, None, 0.6))
                name_at, parent, person = k, body, _person(toks, k, lex, doc)
    if person is not None and affil is None and title_cap and (role_en in lex.band_roles or role_en in lex.team_roles):
        # "Pebasket Satria Muda Budi Santoso", "Drumer Sheila Budi": the words before the name the model reads as a
        # person's are the team or band (which the model, knowing few of them, leaves untagged)
        k = next((x for x in range(person.start + 1, person.end) if (doc.ner.get(x) or (0, ""))[0] == person.end
                  and doc.ner[x][1] == "Person"), None)
        if k is not None and not any(x in doc.ner for x in range(person.start, k)):
            affil, name_at, person = _org_name(toks, person.start, k, lex), k, _person(toks, k, lex, doc)
    if person is not None and (affil is None or affil.type == "Organization" and person.start == j) and title_cap \
            and person.end + 1 < len(toks) and toks[person.end].text == "," \
            and ((doc.ner.get(person.start) or (0, ""))[1] != "Person" or (role_en in lex.band_roles or role_en in lex.team_roles)
                 and person.end - person.start == 1) and role_en.split()[-1] not in lex.national_roles \
            and role_en not in _PLACE_ROLES:
        # "Direktur Semen Gresik, Andi Wijaya": a title, names the model reads as no person's, and a person's name
        # set off by a comma; the first names are the body the holder works in ("Vokalis Coldplay, Chris Martin": a
        # band's or team's one word, whatever the model reads)
        k = person.end + 1
        k = _past_honours(toks, k, lex)
        holder = _person(toks, k, lex, doc)
        if holder is not None and (doc.ner.get(k) or (0, ""))[1] == "Person" and (
                holder.end >= len(toks) or toks[holder.end].text in ",." or not toks[holder.end].cap
                and toks[holder.end].low not in _LIST_LINKS):
            # (after a unit's name the words go on with it: "Manajer Tim Bulu Tangkis Sinar, X", "Kepala Divisi Riset Lintas Data, Y")
            body = _org_name(toks, person.start if affil is None else i + n - 1 if unit else aff_start, person.end, lex)
            if body.type == "Organization":
                affil, person = body, holder
    if person is None and affil is not None and name_at + 1 < len(toks) and toks[name_at].text == "," \
            and not (i0 > 0 and toks[i0 - 1].low in lex.copulas):
        # "Ketua KPU Makassar, Yasir Arafat Latif, mengatakan": the holder set off by commas, after any rank
        # ("Panglima TNI, Laksamana Yudo Margono"); a title after "adalah" is said of the subject before it, and
        # a name after the comma opens the next clause ("A adalah anggota Komisi X, B adalah anggota Komisi Y")
        k = name_at + 1
        k = _past_honours(toks, k, lex)
        p = _person(toks, k, lex, doc)
        if p is not None and (k > name_at + 1 or p.end - p.start > 1 and (
                p.end >= len(toks) or toks[p.end].text in ",." or not toks[p.end].cap and toks[p.end].low not in _LIST_LINKS)):
            person = p
    if person and person.end - person.start == 1 and affil is not None and affil.type == "Organization" and name_at == j:
        last = j - 1  # "Kepala Badan Gizi Nasional Dadang Suhendar": the organisation took the first name
        if (last - aff_start >= 2 and toks[last].cap and not toks[last].caps and not _match(toks, last, lex.words)
                and toks[last - 1].low not in lex.place_levels and not _country_at(toks, last, lex)  # "DPRD Kota Bekasi X": a place
                and (doc.ner.get(last) or (0, ""))[1] != "Organization"):  # "... SMK Kemdikbud Mustaghfirin": the body's name
            wider = _person(toks, last, lex, doc)
            if wider and wider.end == person.end:
                affil, j, name_at, person = _org_name(toks, aff_start, last, lex), last, last, wider
    if person and affil is None and shared is not None:
        affil = shared  # the list's company holds every post in it
    if person:
        surface = _span_text(toks, i0, person.end)
        node = Node(person.node.name, "Person", tuple(dict.fromkeys((*person.node.aliases, surface))))
        mention = _Mention(i0, person.end, node, role_en)
        doc.list_org = (person.end, affil) if affil is not None and affil.type == "Organization" else None
        sought = any(_match(toks, x, lex.candidate) and x + _match(toks, x, lex.candidate)[0] == i0 for x in range(max(0, i0 - 2), i0))
        if not sought:  # "calon wali kota Medan Bobby": an office sought is not held
            _role_fact(node, role_en, is_head, former, affil, facts)
            if parent is not None and not former:
                facts.append((node, "holds_role", parent, role_en, 0.8))  # the unit's head holds a post in its body
        ministry = _ministry(toks, i, n, lex) if affil is None and not sought and not former else None
        if ministry is not None:  # "Mendagri Tito": the home affairs minister of the article's country heads its ministry
            facts.append((node, "holds_role", ministry, role_en, 0.6))
        if affil is None and role_en.split()[-1] in lex.national_roles:
            doc.unplaced.append((node, role_en))
        doc.by_role[(role_en, affil.name if affil else None)] = node
        doc.by_role[(role_en, None)] = node
        return mention
    if not title_cap and affil is None:
        return None
    known = doc.by_role.get((role_en, affil.name if affil else None))
    if known and not (i0 > 0 and (toks[i0 - 1].low in lex.role_links or toks[i0 - 1].low in lex.copulas)):
        # "Perdana Menteri itu", "Presiden mengatakan": the holder named before; "yang menjadi Perdana Menteri termuda"
        # names an office someone takes, not its last holder
        return _Mention(i0, j, Node(known.name, "Person", (*known.aliases, _span_text(toks, i0, j))), role_en, affil)
    linked = i0 > 0 and (toks[i0 - 1].low in lex.role_links or toks[i0 - 1].low in lex.copulas)
    if affil is None and linked and not former:
        # "menjabat sebagai Menteri Perdagangan": a minister's office with no country is the ministry of the
        # article's country, as "Mendag Budi" is
        affil = _ministry(toks, i, n, lex)
    if affil is not None and (title_cap or linked):
        surface = _span_text(toks, i0, j)  # "Presiden Rusia", "menjabat wali kota Surakarta": an office named
        return _Mention(i0, j, Node(surface, "Person", (surface,)), role_en, affil, is_head)
    return None


def _department(unit: Node, lex) -> bool:
    """Whether a unit is a department of a body ("Divisi Perdagangan", "Biro Humas"), by the first word of a name
    the text gave it."""
    return any(a.split()[0].lower() in lex.departments for a in (unit.name, *unit.aliases) if a.strip())


def _ministry(toks, i, n, lex) -> Node | None:
    """The ministry a minister's title of ``n`` tokens at ``i`` names with no country ("Mendagri", "Menteri BUMN"),
    that of the article's country; None for other titles. "Menteri BUMN" keeps its Indonesian name ("Kementerian
    BUMN") as an alias."""
    title = " ".join(toks[x].low for x in range(i, i + n) if toks[x].low not in lex.former)
    ministry = lex.ministries.get(lex.minister_titles.get(title, ""))
    if not ministry:
        return None
    local = (f"Kementerian {_span_text(toks, i + 1, i + n)}",) if n > 1 and toks[i].low == "menteri" else ()
    return Node(ministry, "Organization", (ministry, *local))


def _paired_titles(toks, i, lex, doc: _Doc, facts: list) -> list[_Mention] | None:
    """"Gubernur dan Wakil Gubernur DKI Jakarta Anies Baswedan dan Sandiaga Uno": two titles share one body or place
    and are held by the two names after it, in order."""
    first = _role_at(toks, i, lex)
    if first is None or not toks[i].cap:
        return None
    k = i + first[0]
    if k + 1 >= len(toks) or toks[k].low not in ("dan", "serta") or not toks[k + 1].cap:
        return None
    scratch: list = []
    second = _titled(toks, k + 1, lex, doc, scratch)
    if second is None or second.node.type != "Person" or second.affil is not None:
        return None
    held = [f for f in scratch if f[0] is second.node and (f[3] is not None or f[1] == "headed")]
    if not held:
        return None
    affil = held[0][2]
    j = second.end
    j += 1 if j < len(toks) and toks[j].text == "," else 0
    if j + 1 >= len(toks) or toks[j].low not in ("dan", "serta") or not toks[j + 1].cap:
        return None
    other = _person(toks, j + 1, lex, doc)
    if other is None or other.node.type != "Person":
        return None
    name_start = second.end - (len(second.node.name.split()))
    holder = _person(toks, name_start, lex, doc) if 0 <= name_start < second.end else None
    if holder is None or holder.end != second.end:
        return None
    second_role = _role_at(toks, k + 1, lex)
    _role_fact(holder.node, first[1], first[2], first[3], affil, facts)
    _role_fact(other.node, second_role[1], second_role[2], second_role[3], affil, facts)
    facts.extend(f for f in scratch if f[0] is not second.node)  # facts about the body itself ("part_of")
    return [_Mention(i, holder.end, Node(holder.node.name, "Person", (*holder.node.aliases, _span_text(toks, i, holder.end))), first[1]),
            _Mention(j + 1, other.end, other.node, second_role[1])]


def _portfolio_body(toks, j, lex, doc: _Doc, first: int = 1) -> tuple[int, Node] | None:
    """"Direktur Pelayanan BPJS Ketenagakerjaan Krishna Syarif", "Direktur Barang Milik Negara Kementerian Keuangan,
    Encep": after a title, the capitalised words of its portfolio (which name no body the holder is tied to), then
    the body the post is in, then the holder's name: (index where the name starts, the body). None where no body
    closes the portfolio right before a person's name. The body may start ``first`` words after ``j`` (0 after a
    unit's name: "Kepala Departemen Operasi Divisi Produk Emas Pegadaian X")."""
    k = j
    while k < len(toks) and k - j <= 12:
        t = toks[k]
        if (doc.ner.get(k) or (0, ""))[1] == "Person" or k > j and _role_at(toks, k, lex) \
                or t.low in lex.honorifics or _match(toks, k, lex.honour_phrases):
            return None  # the holder's name, a rank or another title before any body: no portfolio here
        held = _body_then_holder(toks, k, lex, doc) if t.cap and k >= j + first else None
        if held is not None:
            return held
        if not (t.cap or k > j and t.low in ("dan", "&", ",") and k + 1 < len(toks) and (toks[k + 1].cap or toks[k + 1].low == "dan")):
            return None
        k += 1
    return None


def _body_then_holder(toks, k, lex, doc: _Doc) -> tuple[int, Node] | None:
    """A body named at ``k`` and right after it (past its short form in brackets, a comma and any rank) a person's
    name: (index where the name starts, the body)."""
    if toks[k].low in lex.honorifics or toks[k].low in lex.inner_bodies:
        return None  # a rank ("Polres Bogor AKP X"), or a faction or unit, which lies inside the body before it
    body = _affiliation(toks, k, lex, lower_ok=False, local=False, doc=doc)
    tagged = doc.ner.get(k)
    if tagged is not None and tagged[1] == "Organization" and (body is None or tagged[0] > body[0] or tagged[0] < body[0]
                                                              and (doc.ner.get(tagged[0]) or (0, ""))[1] == "Person"):
        # "BPJS Kesehatan": the model's whole name; "Kemenkeu Budi ...": the model's name ends where a person's begins
        short = _affiliation(toks[: tagged[0]], k, lex, lower_ok=False, local=False, doc=doc) if body is not None else None
        body = short if short is not None and short[0] == tagged[0] else (tagged[0], _org_name(toks, k, tagged[0], lex))
    if body is None or body[1].type != "Organization":
        return None
    h = _acronym_after(toks, body[0])[1]
    if h < len(toks) and toks[h].text == ",":
        h += 1
    h = _past_honours(toks, h, lex)
    if h < len(toks) and (doc.ner.get(h) or (0, ""))[1] == "Person" and _person(toks, h, lex, doc) is not None:
        return h, body[1]
    return None


def _unit_of(toks, j, unit: str, lex, doc: _Doc) -> tuple[int, Node] | None:
    """The unit a title heads, named by the place after it: "Kapolres Nduga, AKBP Rio" → (index after "Nduga",
    Polres Nduga). The place runs over capitalised words up to a comma or a rank; where the holder's name follows
    with neither between ("Kapolda Metro Jaya Fadil Imran"), the model's person name marks where the place ends."""
    k = j + 1 if j < len(toks) and toks[j].text.isdigit() and j + 1 < len(toks) and toks[j + 1].cap else j  # "Dandim 0501 Jakarta Pusat"
    while k < len(toks) and toks[k].cap and toks[k].text[0].isalpha() and toks[k].low not in lex.honorifics and not _role_at(toks, k, lex):
        k += 1
    if k == j or not toks[k - 1].cap:
        return None
    end = k
    if k < len(toks) and toks[k].text != "," and toks[k].low not in lex.honorifics:
        named = [x for x in range(j + 1, k) if (doc.ner.get(x) or (0, ""))[1] == "Person"]
        if named:
            end = named[0]
    first = j + 1 if toks[j].low in lex.place_levels and end > j + 1 else j
    place = _span_text(toks, first, end)
    name = f"{unit} {place}"
    return end, Node(name, "Organization", tuple(dict.fromkeys((name, f"{unit} {_span_text(toks, j, end)}"))))


def _bracketed_org(toks, j, lex, role_en: str, portfolio: int) -> tuple[int, Node] | None:
    """"Ketua Umum Persatuan Bulu Tangkis Seluruh Indonesia (PBSI) Agung": the body a title names, spelled out before
    its short form in brackets, the holder after them: (index where the holder's name starts, Node).

    Skips a region or "di <place>," after the brackets ("(SPN) Kabupaten Bekasi Joko", "(UNHCR) di Indonesia, Tom").
    A short title or company form in brackets ("(Menlu)", "(Persero)") is no such body; a run of plain name words
    needs a word of an organisation name, so that "Ketua Umum Susilo Bambang Yudhoyono (SBY)" stays a person.
    """
    minister = role_en.endswith("minister")
    if minister:
        j = portfolio  # "Menteri Energi dan Sumber Daya Mineral (ESDM)": the title took the first word of the portfolio
    k = j
    while k < len(toks) and k - j < 9 and (toks[k].cap or k > j and toks[k].low in lex.coordinators and k + 1 < len(toks) and toks[k + 1].cap):
        k += 1
    if k == j or k + 2 >= len(toks) or toks[k].text != "(" or not toks[k - 1].cap:
        return None
    close = k + 1
    while close < len(toks) and close - k <= 3 and toks[close].text != ")":
        close += 1
    inner = toks[k + 1:close]
    if close >= len(toks) or toks[close].text != ")" or not inner or not all(t.cap for t in inner) or not any(t.caps for t in inner):
        return None
    if _role_at(toks, k + 1, lex) or inner[0].low in lex.company_cues:
        return None
    whole = _org(toks, j, lex)
    if whole is not None and whole.end > close:
        return None  # the organisation reader took the brackets and what follows them ("(BPBD) Sigi")
    org_word = any(_match(toks, x, lex.org_cues) or _match(toks, x, lex.words) or _country_at(toks, x, lex) for x in range(j, k))
    if not (minister or org_word or k - j >= 4):
        return None
    acr = _span_text(toks, k + 1, close)
    entry = gazetteer.lookup(acr, LANG)
    surface = _span_text(toks, j, k)
    if entry is not None and entry.type == "Organization":
        node = Node(entry.name, "Organization", (surface, acr))
    else:
        base = _org_name(toks, j, k, lex)
        ministry = lex.ministries.get(f"kementerian {acr.lower()}") or lex.ministries.get(acr.lower()) if minister else None
        name = ministry or (f"Ministry of {base.name}" if minister and base.name != surface else base.name)
        aliases = (surface, acr, f"Kementerian {surface}", f"Kementerian {acr}") if minister else (surface, acr)
        node = Node(name, "Organization", aliases)
    after = close + 1
    unit = _admin_unit(toks, after, lex)
    if unit is not None and unit[0] < len(toks) and toks[unit[0]].cap:
        after = unit[0]
    elif after + 2 < len(toks) and toks[after].low == "di":
        place = _country_at(toks, after + 1, lex)
        if place and place[1].type in _PLACE_TYPES and place[0] < len(toks) and toks[place[0]].text == ",":
            after = place[0]  # the holder follows the comma
    holder = after + 1 if after + 1 < len(toks) and toks[after].text == "," else after
    if holder >= len(toks) or not toks[holder].cap:
        return None  # "Anggota DPR Budi Santoso (PDI-P) mengkritik": the brackets close a holder's name (the party)
    return after, node


def _role_fact(person: Node, role: str, is_head: bool, former: bool, affil: Node | None, facts: list) -> None:
    if affil is None:
        return
    if role in _lexicon().band_roles:
        if not former and affil.type == "Organization":
            facts.append((person, "member_of", affil, None, 0.7))  # "gitaris RHCP, X": the band's
        return  # "penyanyi Inggris X": an origin
    team = _lexicon().team_roles.get(role)
    if team is not None:
        if not former and affil.type in ("Country", "Organization"):
            facts.append((person, team, affil, None, 0.7))  # "kiper Vietnam X": the team of Vietnam
        elif not former and affil.type == "Location":
            # "pemain Barcelona X", "pelatih Bandung Y": a city before a player's or coach's post is its club
            facts.append((person, team, Node(affil.name, "Organization", affil.aliases), None, 0.6))
        return
    if is_head and former and affil.type == "Organization":
        facts.append((person, "headed", affil, None, 0.7))
    elif role == "founder" and affil.type == "Organization":
        facts.append((person, "founded", affil, None, 0.7))  # "pendiri Gojek, Nadiem Makarim"
    elif role == "member" and not former:
        facts.append((person, "member_of", affil, None, 0.8))  # "anggota Partai Golkar": a member, not an office
    elif role.split()[-1] == "spokesperson" and not former:
        facts.append((person, "spokesperson_of", affil, None, 0.8))  # "juru bicara Kemenlu X", as English's "spokesman for"
    elif is_head and affil.type in ("Organization", "Group") and role != "president":
        # "Ketua KPU X", "Panglima TNI X" lead the body, as English's leader titles do; a company's or party's
        # "presiden" is one of its officers (English's "president" is no leader title either)
        facts.append((person, "leads", affil, role, 0.8))
    else:
        facts.append((person, "holds_role", affil, role, 0.8))


def _relational(toks, i, lex, doc, facts):
    """Relational noun + owner + ", " (or "bernama") + person: "anggota Tim X, Teten Masduki" → Teten member_of
    Tim X; "seorang pegawai BRI bernama Putra" → Putra works_for BRI. An entry whose "dir" is "reverse" turns the
    triple round: "ibunda Kriss, Tuty" → Kriss child_of Tuty."""
    hit = _match(toks, i, lex.relational)
    if not hit:
        return None
    n, value = hit
    j = i + n
    owner = None
    titled = False
    found: list = []  # the owner's facts, kept only if the noun does describe a person named next
    if j < len(toks) and toks[j].cap and _role_at(toks, j, lex):
        # "Putra Presiden Joko Widodo (Jokowi) Gibran ...": the owner is a titled person (whose title is a fact too);
        # in "Wakil Ketua KPK Budi" no one follows, and "Ketua KPK Budi" is no chair but the deputy's own title
        owner = _titled(toks, j, lex, doc, found)
        titled = owner is not None and owner.node.type == "Person"
    if owner is None and j < len(toks):
        owner = _org(toks, j, lex) if toks[j].cap else None
        if owner is None and toks[j].cap:
            c = _country_at(toks, j, lex) or _known_org(toks, j, doc)  # "pemilik Twitter": a company the article named
            hint = doc.ner.get(j)
            if c is None and hint is not None and hint[1] == "Organization":
                c = hint[0], Node(_span_text(toks, j, hint[0]), "Organization", (_span_text(toks, j, hint[0]),))
            owner = _Mention(j, c[0], c[1]) if c else _person(toks, j, lex, doc)
    if owner is None:
        return None
    k = owner.end
    if titled and k + 2 < len(toks) and toks[k].text == "(" and toks[k + 2].text == ")":
        k += 3  # the owner's short name in brackets
    if k + 1 < len(toks) and (toks[k].text == "," or toks[k].low in ("bernama", "berinisial")):
        k += 1  # "pegawai BRI bernama Putra": the noun and its owner describe the person named next
    elif not (titled and k < len(toks) and toks[k].cap and not _role_at(toks, k, lex)):
        return None  # without a comma only a titled owner shows where its name ends
    person = _titled(toks, k, lex, doc, found) or _person(toks, k, lex, doc)
    if person is None or person.node.type != "Person":
        return None
    facts.extend(found)
    if value.get("dir") == "reverse":
        facts.append((owner.node, value["p"], person.node, None, 0.6))  # "ibunda Kriss, Tuty": Kriss is the child
    else:
        facts.append((person.node, value["p"], owner.node, None, 0.6))
    return _Mention(i, person.end, Node(person.node.name, "Person", (*person.node.aliases, _span_text(toks, i, person.end))), person.role)


def _kin_after(toks, k, lex, doc):
    """"istri Joko Widodo" at ``k``, set off after a person's name and closed by punctuation: (index after the
    relative, property, whether it points from the relative, the relative's Node), or None. Only kinship counts,
    whose other end is a person too."""
    hit = _match(toks, k, lex.relational)
    if not hit or hit[1]["p"] not in relate.KINSHIP or k + hit[0] >= len(toks) or not toks[k + hit[0]].cap:
        return None
    relative = _person(toks, k + hit[0], lex, doc)
    if relative is None or relative.node.type != "Person" or relative.end < len(toks) and toks[relative.end].text not in _CLOSERS:
        return None
    return relative.end, hit[1]["p"], hit[1].get("dir") == "reverse", relative.node


def _apposition(toks, m: _Mention, lex, doc, facts) -> int:
    """", mantan perdana menteri Kazakhstan dan ketua Dewan X," after a person, ", kota terbesar Y," after a place."""
    j = m.end
    if j + 1 >= len(toks) or toks[j].text != ",":
        if m.node.type == "Location" and j + 3 < len(toks) and toks[j].low == "yang" and toks[j + 1].low in lex.copulas:
            return _place_apposition(toks, m, j + 2, lex, facts) or m.end
        return m.end
    if m.node.type == "Country" and _capital_before(toks, m.start):
        c = _country_at(toks, j + 1, lex, strict=True)
        if c and c[1].type == "Location":
            facts.append((c[1], "capital_of", m.node, None, 0.6))  # "ibu kota Libya, Tripoli,"
            return c[0]
    if m.node.type == "Person":
        k = j + 1
        while k < len(toks) and toks[k].low in lex.apposition_leads:
            k += 1
        found = False
        q = k + 1
        if toks[k].low == "seorang" and q < len(toks) and toks[q].cap and toks[q].low in lex.party_members \
                and (q + 1 == len(toks) or toks[q + 1].text in (",", ".")):
            # "Alvin Bragg, seorang Demokrat,": a member of that party
            facts.append((m.node, "member_of", Node(lex.party_members[toks[q].low], "Organization", (toks[q].text,)), None, 0.6))
            return q + 1
        kin = _kin_after(toks, k, lex, doc)
        if kin is not None:  # "Iriana, istri Joko Widodo,": the kin noun and the relative after it
            end, pred, reverse, relative = kin
            facts.append((relative, pred, m.node, None, 0.6) if reverse else (m.node, pred, relative, None, 0.6))
            return end
        job = _job_at(toks, k, lex, doc)
        if job is not None:  # "Paul Barreira, profesor psikiatri di Harvard Medical School, berkata"
            end, words, body = job
            if lex.affiliation_nouns.get(words.split()[0]) == "works_for":
                facts.append((m.node, "works_for", body, None, 0.6))  # "X, staf di Kantor Berita Y,": a staff member's tie
            else:
                facts.append((m.node, "holds_role", body, _english_job(words), 0.6))
            if end + 1 < len(toks) and toks[end].text == ",":
                place = _country_at(toks, end + 1, lex, strict=True)
                after = place[0] if place else 0
                if place and place[1].type in _PLACE_TYPES and (after >= len(toks) or toks[after].text in _CLOSERS and not (
                        toks[after].text == "," and after + 1 < len(toks) and (toks[after + 1].low in lex.coordinators
                                                                               or _country_at(toks, after + 1, lex, strict=True)))):
                    facts.append((body, "based_in", place[1], None, 0.6))  # "... di Universitas X, Brasil,": where it is
                    end = place[0]
            return end + 1 if end < len(toks) and toks[end].text == "," else end
        while k < len(toks):
            role = _role_at(toks, k, lex)
            if role is None:
                rel = _match(toks, k, lex.relational)
                if rel:
                    owner = _affiliation(toks, k + rel[0], lex, lower_ok=False)
                    if owner:
                        facts.append((m.node, rel[1]["p"], owner[1], None, 0.6))
                        k, found = owner[0], True
                        if k < len(toks) and toks[k].low == "dan":
                            k += 1
                            continue
                break
            n, role_en, is_head, former = role
            # (the model's names help: "X, bek Chelsea," is the club the NER names)
            aff = _affiliation(toks, k + n, lex, lower_ok=is_head, local=role_en.split()[-1] in lex.local_roles, doc=doc)
            if aff is None and k + n + 1 < len(toks) and toks[k + n].low in ("di", "dari") and toks[k + n + 1].cap:
                # "X, kepala riset di Bank Mandiri,", "X, Public Relations Specialist dari Dekoruma,": a post held at a
                # body ("dari" a party says a member's party instead: "anggota DPR dari Partai Golkar")
                aff = _affiliation(toks, k + n + 1, lex, lower_ok=False, local=False, doc=doc)
                aff = aff if aff is not None and aff[1].type == "Organization" and not (
                    toks[k + n].low == "dari" and _party(toks, _Mention(k + n + 1, aff[0], aff[1]), lex)) else None
            if (aff is None or aff[1].type == "Person") and (role_en in lex.team_roles or role_en in lex.band_roles):
                aff = _closed_run(toks, k + n)  # "X, penyerang Persik Kediri,": a player plays for a body, never a person
            if aff is None or (k + n < len(toks) and toks[k + n].cap and aff[1].type == "Person"):
                break
            if aff[1].type == "Organization" and aff[0] < len(toks) and toks[aff[0]].cap:
                # "X, ketua Persatuan Petani Sawit Indonesia, ...": the person is named already, so capitalised
                # words that run on to the comma are the rest of the body's name, not a second person
                e = aff[0]
                while e < len(toks) and toks[e].cap:
                    e += 1
                if e < len(toks) and toks[e].text in (",", ".") and not any(
                        (doc.ner.get(x) or (0, ""))[1] == "Person" for x in range(aff[0], e)):
                    aff = (e, _org_name(toks, k + n, e, lex))
            if aff[0] < len(toks) and (_name_word(toks, aff[0], lex) or (doc.ner.get(aff[0]) or (0, ""))[1] == "Person"):
                break  # "menahan X, Presiden Myanmar Win Myint": the title names the next person, not X
            if aff[0] + 1 < len(toks) and toks[aff[0]].text == "," and (doc.ner.get(aff[0] + 1) or (0, ""))[1] == "Person":
                break  # "Ya, kapten Arsenal, Granit Xhaka,": the title's holder is set off by commas after it
            _role_fact(m.node, role_en, is_head, former, aff[1], facts)
            found = True
            k = aff[0]
            if k < len(toks) and toks[k].low == "dan" and k + 1 < len(toks):
                nxt = _role_at(toks, k + 1, lex)
                if nxt:
                    # "mantan perdana menteri X dan ketua Y": the "former" carries over
                    k += 1
                    if former and "former" not in nxt[1]:
                        n2, r2, h2, _ = nxt
                        aff2 = _affiliation(toks, k + n2, lex, lower_ok=h2, local=r2.split()[-1] in lex.local_roles)
                        if aff2:
                            _role_fact(m.node, r2, h2, True, aff2[1], facts)
                            k = aff2[0]
                            break
                    continue
            break
        if found:
            return k + 1 if k < len(toks) and toks[k].text == "," else k
        return m.end
    if m.node.type == "Location":
        c = _country_at(toks, j + 1, lex, strict=True)
        if c and c[1].type in _PLACE_TYPES and c[1].name != m.node.name and _inside(m.node, c, toks, lex, m.start):
            facts.append((m.node, "located_in", c[1], None, 0.6))
            _wider_place(toks, c[1], c[0], lex, facts)
            return c[0]
        wider = _admin_container(toks, m, j + 1, lex)
        if wider is not None:
            facts.append((m.node, "located_in", wider.node, None, 0.6))
            return m.end  # the wider unit stays a mention of its own
        return _place_apposition(toks, m, j + 1, lex, facts) or m.end
    if m.node.type == "Organization":
        c = _country_at(toks, j + 1, lex, strict=True)
        if c and c[1].type in _PLACE_TYPES and _closes_phrase(toks, m.start, c[0], lex):
            facts.append((m.node, "based_in", c[1], None, 0.6))  # "University of Bath, Inggris,": where it is
            _wider_place(toks, c[1], c[0], lex, facts)
            return c[0]
    return m.end


def _closes_phrase(toks, start: int, end: int, lex) -> bool:
    """Whether a place ending at ``end`` closes the noun phrase of a name starting at ``start``, set off by a comma
    ("University of Bath, Inggris, menemukan"), rather than opening a clause ("Menurut Bank Dunia, Indonesia akan
    ...") or going on with a list ("Google, Jepang, dan Korea"; "Apple, Google, Jepang"). A name after "di" is a
    venue whose place is where a thing happened, not news about the body."""
    if _listed(toks, start):
        return False
    k = start - 1
    while k >= 0 and start - k <= 6 and (toks[k].cap or toks[k].text.isdigit() or toks[k].text == "/" or toks[k].low in lex.venue_words):
        k -= 1  # back over the venue's own words: "di Ruang Rapat Komisi XI DPR RI", "di kawasan GBK"
    if k >= 0 and toks[k].low in ("di", "dalam"):
        return False  # "kata X di Gedung DPR, Jakarta, Senin": where something was said, the dateline's place
    if end < len(toks) and toks[end].text not in _CLOSERS:
        return False
    return not (end + 1 < len(toks) and toks[end].text == "," and (toks[end + 1].low in lex.coordinators
                                                                   or _country_at(toks, end + 1, lex, strict=True)))


def _job_at(toks, k, lex, doc: _Doc) -> tuple[int, str, Node] | None:
    """A job held at a named body, in an apposition: "profesor psikiatri di Harvard Medical School," or "kepala
    investasi di Horizon Investments." → (index after the body, the job's words, the body). The job is one to four
    plain words (no verb, no title the role tables know); the body is an organisation and closes the phrase."""
    if k + 2 < len(toks) and toks[k].low == "salah" and toks[k + 1].low == "satu":
        k += 2  # "salah satu staf dari X": one of its staff
    elif k + 1 < len(toks) and toks[k].low == "seorang":
        k += 1
    d = k
    while d < len(toks) and d - k < 4 and toks[d].low.isalpha() and not toks[d].cap and toks[d].low not in ("di", "dari", "pada") \
            and toks[d].low not in lex.function and morph_id.voice_of(toks[d].low) == morph_id.BARE:
        d += 1
    if d == k or d + 1 >= len(toks) or toks[d].low not in ("di", "dari", "pada") or not toks[d + 1].cap or _role_at(toks, k, lex) \
            or _match(toks, k, lex.relational):
        return None  # "politisi dari Partai Gerindra": a relational noun says member_of
    body = _read_on(toks, _org(toks, d + 1, lex), lex, doc) or _known_org(toks, d + 1, doc)
    if isinstance(body, tuple):
        end, node = body
    elif body is not None and body.node.type == "Organization":
        end, node = body.end, body.node
    else:
        hint = doc.ner.get(d + 1)
        if hint is None or hint[1] != "Organization":
            return None
        end, node = hint[0], Node(_span_text(toks, d + 1, hint[0]), "Organization", (_span_text(toks, d + 1, hint[0]),))
    if end < len(toks) and toks[end].text not in _CLOSERS and toks[end].low not in ("dan", "yang"):
        return None
    return end, " ".join(toks[x].low for x in range(k, d)), node


def _english_job(words: str) -> str:
    """A job's words in English, as kg's noun dictionary glosses them, the head last ("profesor psikiatri" →
    "psychiatry professor"); words it cannot gloss stay as written, and so does the whole when the head is one."""
    table = langdata.table(LANG, "noun_dictionary")
    head, *mods = words.split()
    if head not in table:
        return words
    return " ".join([table.get(w, w) for w in reversed(mods)] + [table[head]])


# an English agent noun (the usual shape of a job's name) as kg's noun dictionary glosses an Indonesian word:
# "pengamat" → observer, "ilmuwan" → scientist, "pakar" → expert, "analis" → analyst. Not -ant or -ent: the
# dictionary holds too many things so named ("acara" → event, "sementara" → transient)
_AGENT_GLOSS = re.compile(r"..(?:er|or|ist|yst|ian|ert)$")


def _job_noun_before(toks, start: int, lex) -> int | None:
    """The index of a job word before a body at ``start``, with at most two plain words and "dari" between
    ("pengamat politik dari Universitas X", "ilmuwan NASA"): a word the noun dictionary glosses as an English
    agent noun that names no bare tie to a body (the English "not_jobs": "warga" → member) and no title the role
    tables know ("ketua" is a post, read elsewhere)."""
    for k in range(start - 1, max(-1, start - 4), -1):
        word = toks[k].low
        if _agent_noun(word) and not _role_at(toks, k, lex):
            return k
        if not (word == "dari" and k == start - 1 or word.isalpha() and not toks[k].cap and word not in lex.function
                and word not in lex.stopwords):
            return None
    return None


def _agent_noun(word: str) -> bool:
    """Whether the noun dictionary glosses ``word`` as an English agent noun that names a job ("pengamat" →
    observer): a noun whose first WordNet sense is a person (``kg/lang/en/noun_classes.tsv``; the shape alone
    also fits "motor" and "order"), not one of the English "not_jobs" ("warga" → member)."""
    english = langdata.table(LANG, "noun_dictionary").get(word)
    return (english is not None and _AGENT_GLOSS.search(english) is not None and english not in _not_jobs()
            and langdata.table("en", "noun_classes").get(english) == "person")  # not "motor", "number", "order"


@cache
def _not_jobs() -> frozenset:
    """English person nouns that name no job held at a body (the glosses are English, so is the list)."""
    return frozenset(langdata.data("en", "nouns").get("not_jobs", {}).get("words", ()))


def _admin_container(toks, m: _Mention, k, lex) -> _Mention | None:
    """"Desa X, Kecamatan Y" / "Kecamatan Y, Kabupaten Z": an administrative unit and the wider unit it lies in.
    Both need a level word (desa < kecamatan < kabupaten/kota < provinsi), the second higher; a list is no apposition."""
    first = toks[m.start].low
    if first not in lex.place_levels or k >= len(toks) or toks[k].low not in lex.place_levels or not toks[k].cap:
        return None
    if lex.place_levels[toks[k].low] <= lex.place_levels[first]:
        return None
    wider = _cue_place(toks, k, lex)
    if wider is None:
        return None
    end = wider.end
    if end < len(toks) and (toks[end].low in lex.coordinators or end + 1 < len(toks) and toks[end].text == "," and toks[end + 1].low in lex.coordinators):
        return None
    if _list_goes_on(toks, end, lex):
        return None
    return wider


def _inside(place: Node, container: tuple[int, Node], toks, lex, start: int = 0) -> bool:
    """"Almaty, Kazakhstan" names a place and where it lies, unless it is a list ("Asia Tengah, Afghanistan dan ...")
    or the gazetteer places it elsewhere (a region with no country is not inside one)."""
    end = container[0]
    if end < len(toks) and toks[end].low in ("dan", "atau", "serta", "maupun"):
        return False
    if end + 1 < len(toks) and toks[end].text == "," and end + 2 < len(toks) and toks[end + 2].low in ("dan", "atau"):
        return False
    if _list_goes_on(toks, end, lex):
        return False
    known = gazetteer.lookup(place.aliases[0], LANG) if place.aliases else None
    if known is not None and known.country != container[1].name:
        # "Surabaya, Jawa Timur": a known place inside a province or state of its own country, not another
        # province ("Jawa Timur, Jawa Tengah" is a list) nor a city ("Surabaya, Malang")
        region = _region_country(container[1])
        return region is not None and not _listed(toks, start) and _region_country(place) is None and known.country in (None, region)
    return True


def _list_goes_on(toks, end: int, lex) -> bool:
    """Whether the name ending at ``end`` is inside a list: more names set off by commas follow it, then "dan" and a
    name ("Probolinggo, Pasuruan, Lumajang, dan Malang"). A chain of places ("Cakung, Jakarta Timur, DKI Jakarta")
    ends without one; "dan" right after the name is the callers' own check."""
    if end + 2 < len(toks) and toks[end].text == "," and toks[end + 1].low in ("hingga", "sampai") and toks[end + 2].cap:
        return True  # "Dari Paris, Delhi, Tokyo, hingga Jakarta": the list's last item follows
    k = end
    while k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].cap:
        k += 1
        while k < len(toks) and toks[k].cap:
            k += 1
    if k == end or k >= len(toks):
        return False
    if toks[k].text == "," and k + 1 < len(toks):
        k += 1
    return (toks[k].low in lex.coordinators or toks[k].low in ("hingga", "sampai")) and k + 1 < len(toks) and toks[k + 1].cap


def _listed(toks, start: int) -> bool:
    """Whether the name at ``start`` follows another after a comma: a list goes on ("..., Banten, DI Yogyakarta")."""
    return start >= 2 and toks[start - 1].text == "," and toks[start - 2].cap


@cache
def _provinces() -> frozenset[str]:
    """The English names of Indonesia's provinces and its capital district: ISO 3166-2 (pycountry) writes them as
    Indonesian news does ("Jawa Timur"), the gazetteer gives the English name ("East Java")."""
    try:
        import pycountry
    except ImportError:
        return frozenset()
    subs = pycountry.subdivisions.get(country_code="ID") or ()
    # the capital district is "Jakarta Raya" there, "Jakarta" in the news; the special region shares its name with
    # its city (Yogyakarta), so only its full name ("Daerah Istimewa Yogyakarta") may name it, as the gazetteer does
    found = [gazetteer.lookup(s.name if s.type == "Province" else s.name.split()[0], LANG)
             for s in subs if s.type in ("Province", "Capital district")]
    return frozenset(e.name for e in found if e is not None and e.type == "Location")


def _region_country(node: Node) -> str | None:
    """The country whose province or state ``node`` is ("Florida": United States; "" when the gazetteer gives
    none), or None when ``node`` is no province or state."""
    if node.type != "Location":
        return None
    if node.name in _provinces():
        return "Indonesia"
    if gazetteer.is_region(node.name, "en"):
        entry = gazetteer.lookup(node.name, "en")
        return entry.country if entry is not None and entry.country else ""
    return None


def _wider_place(toks, place: Node, end: int, lex, facts) -> None:
    """", Jawa Tengah" after "Kabupaten Magelang" that closed an apposition: the next link of the chain
    (street, regency, province), unless a list goes on ("X, Y, dan Z") or the gazetteer puts them in different countries."""
    if place.type != "Location" or end + 1 >= len(toks) or toks[end].text != ",":
        return
    wider = _country_at(toks, end + 1, lex, strict=True)
    if not wider or wider[1].type not in _PLACE_TYPES or wider[1].name == place.name:
        return
    if _region_country(place) is not None and wider[1].type != "Country":
        return  # "DKI Jakarta, Jawa Barat, Banten": provinces in a row are a list
    after = wider[0]
    if after < len(toks) and toks[after].low in lex.coordinators or after + 1 < len(toks) and toks[after].text == "," and toks[after + 1].low in lex.coordinators:
        return
    if _list_goes_on(toks, after, lex):
        return
    known = gazetteer.lookup(place.aliases[0], LANG) if place.aliases else None
    outer = gazetteer.lookup(wider[1].aliases[0], LANG) if wider[1].aliases else None
    if known is not None and known.country is not None:  # a known place needs a container known in the same country
        country = wider[1].name if wider[1].type == "Country" else outer.country if outer is not None else None
        if country != known.country:
            return
    facts.append((place, "located_in", wider[1], None, 0.6))


def _capital_before(toks, start: int) -> bool:
    """Whether "ibu kota" (or "ibukota") stands right before token ``start``."""
    return start >= 1 and toks[start - 1].low == "ibukota" or start >= 2 and toks[start - 2].low == "ibu" and toks[start - 1].low == "kota"


def _place_apposition(toks, m, k, lex, facts) -> int | None:
    """"kota terbesar (di) Kazakhstan" after a place name → located_in; "ibu kota X" → capital_of."""
    hit = _match(toks, k, lex.place_nouns)
    if not hit:
        return None
    capital = " ".join(toks[x].low for x in range(k, k + hit[0])) in ("ibu kota", "ibukota")
    j = k + hit[0]
    for _ in range(3):
        if j < len(toks) and not toks[j].cap and toks[j].low not in ("di", "dari", ","):
            j += 1
    if j < len(toks) and toks[j].low in ("di", "dari"):
        j += 1
    c = _country_at(toks, j, lex, strict=True)
    if not c or c[1].type not in _PLACE_TYPES:
        return None
    if toks[k].cap and _list_goes_on(toks, c[0], lex):
        return None  # "Kabupaten Tasikmalaya, Kabupaten Garut, Kabupaten Ciamis, dan ...": a list of units, not a chain
    facts.append((m.node, "capital_of" if capital and c[1].type == "Country" else "located_in", c[1], None, 0.6))
    _wider_place(toks, c[1], c[0], lex, facts)
    end = c[0]
    return end + 1 if end < len(toks) and toks[end].text == "," else end


# ---------------------------------------------------------------- patterns between names


def _pattern_facts(toks, mentions, starts, at, lex, facts, doc: _Doc | None = None) -> None:
    for idx, m in enumerate(mentions):
        j = m.end
        if j >= len(toks):
            continue
        low = toks[j].low
        # "pasukan pimpinan Rusia": Russia leads the troops
        if low in lex.postnominal and j + 1 in starts:
            facts.append((starts[j + 1].node, lex.postnominal[low], m.node, None, 0.6))
        elif (low in lex.postnominal and not toks[j].cap and j in starts and starts[j].node.type == "Person"
              and m.node.type in ("Organization", "Group") and starts[j].affil is None):
            # "KKB pimpinan Egianus Kogoya": the word is also a title, so the name after it was read with it
            facts.append((starts[j].node, lex.postnominal[low], m.node, None, 0.6))
        # "Ditjen Pajak Kementerian Keuangan": a ministry's unit named with the ministry
        if (m.node.type == "Organization" and _match(toks, m.start, lex.unit_cues) and j in starts
                and starts[j].node.type == "Organization" and _ministry_at(toks, j, lex)):
            facts.append((m.node, "part_of", starts[j].node, None, 0.6))
        if m.node.type == "Event":
            venue = _venue(toks, m, starts, lex)
            if venue is not None:
                facts.append((m.node, "held_in", venue.node, None, 0.6))
        # "Istana Kepresidenan di Jakarta": a place inside a place; "Pura X terletak di Y" says so with a verb
        if low in lex.site_verbs and m.node.type == "Location" and j + 1 < len(toks) and toks[j + 1].low == "di":
            j, low = j + 1, "di"
        if low == "di" and m.node.type == "Location" and j + 1 not in starts:
            cls = _match(toks, j + 1, lex.place_nouns)  # "kota Maungdaw di negara bagian Rakhine": past the class noun
            if cls and not toks[j + 1].cap and j + 1 + cls[0] in starts:
                j, low = j + cls[0], "di"
            k = j + 1  # "Provinsi Idlib di barat laut Suriah", "di wilayah timur Ukraina": past the compass words
            while k < len(toks) and not toks[k].cap:
                if k + 1 < len(toks) and f"{toks[k].low} {toks[k + 1].low}" in lex.directions:
                    k += 2  # "barat laut"
                elif toks[k].low in lex.directions or toks[k].low in ("wilayah", "kawasan", "bagian"):
                    k += 1
                else:
                    break
            if k > j + 1 and k in starts:
                j = k - 1
        if low == "di" and m.node.type == "Location" and j + 1 in starts and starts[j + 1].node.type in _PLACE_TYPES:
            known = gazetteer.lookup(m.node.aliases[0], LANG) if m.node.aliases else None
            if known is None or known.country is not None:  # a region ("Asia Tenggara di Roma") lies in no city
                facts.append((m.node, "located_in", starts[j + 1].node, None, 0.5))
        # "kantor KPU, Jakarta" / "markas NATO di Brussel": where an organisation sits
        if m.node.type == "Organization" and m.start > 0 and toks[m.start - 1].low in ("kantor", "markas", "markas besar") and low in (",", "di"):
            nxt = starts.get(j + 1)
            if nxt and nxt.node.type in _PLACE_TYPES:
                facts.append((m.node, "based_in", nxt.node, None, 0.5))
    # "Sutan, kader Partai X", "politikus Partai X Budi", "Budi (PAN)", "dua alumni ITB, A dan B": a person's
    # party, school or employer named by the noun before it
    for idx, m in enumerate(mentions):
        if m.node.type != "Organization" or m.start == 0:
            continue
        before = toks[m.start - 1].low
        # "Dea dari komunitas motor X", "Rina dari perusahaan konsultan Y": a person from a body of a kind people
        # belong to or work for
        k = m.start - 1
        while k > m.start - 4 and k > 0 and not toks[k].cap and toks[k].low.isalpha() and toks[k].low not in lex.body_classes:
            k -= 1
        if 1 < k < m.start and toks[k].low in lex.body_classes and toks[k - 1].low == "dari" \
                and all(not toks[x].cap and toks[x].low not in lex.function for x in range(k + 1, m.start)):
            owner = at[k - 2]
            if owner is not None and owner.node.type == "Person":
                facts.append((owner.node, lex.body_classes[toks[k].low], m.node, None, 0.6))
                continue
        people: list[_Mention] = []
        faction = _faction_party(toks, m, lex)  # "Fraksi PKS": its members are the party's
        pred = lex.affiliation_nouns.get(before)
        noun_at = m.start - 1
        if pred is None and m.start >= 2 and toks[m.start - 2].low in lex.affiliation_nouns and (before == "dari" or (
                before.isalpha() and not toks[m.start - 1].cap and before not in lex.function and before not in lex.stopwords
                and lex.affiliation_nouns[toks[m.start - 2].low] == "works_for")):
            # "politisi dari Partai X", "pilot pesawat Susi Air": the noun before names the person's tie to the body
            pred, noun_at = lex.affiliation_nouns[toks[m.start - 2].low], m.start - 2
        if pred is None and before in ("dari", "di"):
            # "pakar keamanan siber dari Telkomindo": a job word with its field, then the body
            for k in range(m.start - 3, max(-1, m.start - 6), -1):
                if lex.affiliation_nouns.get(toks[k].low) == "works_for" and all(
                        toks[x].low.isalpha() and not toks[x].cap and toks[x].low not in lex.function and toks[x].low not in lex.stopwords
                        for x in range(k + 1, m.start - 1)):
                    pred, noun_at = "works_for", k
                    break
        guessed = False
        if pred is None and doc is not None:
            noun_at = _job_noun_before(toks, m.start, lex)
            pred, guessed = ("works_for", True) if noun_at is not None else (None, False)
        if pred:
            nxt = starts.get(m.end)
            if guessed:
                # a job word the table does not list: only a name the tagger reads as a person's, right after the
                # body or its comma, is the one who holds it
                k = m.end + 1 if m.end < len(toks) and toks[m.end].text == "," else m.end
                person = starts.get(k)
                hint = doc.ner.get(k)
                if person is not None and person.node.type == "Person" and hint is not None and hint == (person.end, "Person"):
                    people = [person]
            elif nxt is not None and nxt.node.type == "Person":
                people = [nxt]  # "politikus Partai Golkar Budi Santoso"
            elif m.end + 1 < len(toks) and toks[m.end].text == "," and m.end + 1 in starts and starts[m.end + 1].node.type == "Person":
                people = [x for x in _np(toks, m.end + 1, starts, at, lex) if x.node.type == "Person"]  # "alumni ITB, A dan B"
            else:
                k = noun_at - 1
                while k >= 0 and toks[k].low.isalpha() and toks[k].low in ("yang", "merupakan", "adalah", "ialah", "juga", "seorang", "sebagai", "salah", "satu") or k >= 0 and toks[k].text == ",":
                    k -= 1
                owner = at[k] if k >= 0 and k < noun_at - 1 else None
                if (owner is not None and owner.node.type == "Person" and toks[owner.start].cap
                        and not (owner.start > 0 and (toks[owner.start - 1].low in lex.affiliation_nouns or _role_at(toks, owner.start - 1, lex)))):
                    people = [owner]  # "Nadiem, pendiri Gojek, lulusan X": Gojek is no person here
                else:
                    people = _enumerated(toks, m.end, starts, at, lex)  # "dua anggota TNI yang terluka adalah A dan B"
        elif (_party(toks, m, lex) or faction is not None) and before in ("(", "dari"):
            k = m.start - 2
            while before == "dari" and k > 0 and toks[k].low in ("berasal", "asal", "yang"):
                k -= 1  # "Budi Santoso yang berasal dari Partai Golkar"
            holder = at[k] if k >= 0 else None
            after = starts.get(m.end + 1) if m.end < len(toks) and toks[m.end].text == "," else starts.get(m.end)
            if before == "dari" and after is not None and after.node.type == "Person" and (
                    holder is None or toks[holder.start].low in lex.affiliation_nouns or _role_at(toks, holder.start, lex)):
                holder = after  # "Anggota Komisi X DPR dari Partai Demokrat, Vena Melinda,": the title's holder follows
            if holder is not None and holder.node.type == "Person":
                pred, people = "member_of", [holder]  # "Budi Santoso (PAN)", "Budi Santoso dari Partai Golkar"
        party = faction if pred == "member_of" else None
        for person in people:
            facts.append((person.node, pred, party or m.node, None, 0.6))
    # "perusahaan asal Singapura, X", "X yang berbasis di Bandung": where an organisation is based
    for i in range(len(toks)):
        cue = _match(toks, i, lex.base_cues)
        if not cue or i + cue[0] not in starts or at[i] is not None:
            continue
        place = starts[i + cue[0]]
        if place.node.type not in _PLACE_TYPES:
            continue
        org = at[i - 1] if i > 0 else None
        if org is not None and org.node.type == "Person" and toks[i].low == "asal" and place.node.type == "Country" and org.affil is None:
            facts.append((org.node, "citizen_of", place.node, None, 0.6))  # "Tedros Adhanom asal Ethiopia": a person's country
            continue
        if toks[i].low == "asal" and place.node.type == "Country" and org is None:
            person = _person_of_origin(toks, i, place, starts, at, lex)
            if person is not None:
                facts.append((person.node, "citizen_of", place.node, None, 0.6))
                continue
        if org is not None and org.node.type == "Person" and toks[i].low != "asal" and toks[i].low != "yang":
            org = _Mention(org.start, org.end, Node(org.node.name, "Organization", org.node.aliases))  # people have no headquarters
        if (org is None or org.node.type != "Organization") and place.end + 1 < len(toks) and toks[place.end].text == ",":
            org = starts.get(place.end + 1)  # "modal ventura asal Singapura, Lionrock Capital"
        if org is not None and org.node.type == "Person" and org.start > place.end and any(toks[x].low in lex.org_before for x in range(max(0, i - 3), i)):
            org = _Mention(org.start, org.end, Node(org.node.name, "Organization", org.node.aliases))  # "perusahaan asal Jepang, Sakura Robotics"
        if org is not None and org.node.type == "Organization":
            facts.append((org.node, "based_in", place.node, None, 0.6))
    # "mengalahkan A dari Inggris dan B dari Pakistan": a person written with "dari" and a country, the phrase
    # closed right after it, is that country's (a verb in between would make it a journey: "tiba dari Jepang")
    for m in mentions:
        land = starts.get(m.end + 1) if m.node.type == "Person" and m.end < len(toks) and toks[m.end].low == "dari" else None
        if land is not None and land.node.type == "Country" and (land.end >= len(toks) or toks[land.end].text in _CLOSERS
                                                                 or toks[land.end].low in _CLOSING_WORDS):
            facts.append((m.node, "citizen_of", land.node, None, 0.5))
    # "Budi Santoso, warga negara Malaysia", "X yang berkewarganegaraan Selandia Baru": a person's country
    for m in mentions:
        if m.node.type != "Person" or m.affil is not None:
            continue
        k = m.end + 1 if m.end < len(toks) and toks[m.end].low in (",", "yang") else m.end
        cue = _match(toks, k, lex.citizenship) if k < len(toks) else None
        if cue is None and k < len(toks) and toks[k].low in lex.copulas:
            # "X adalah pemain bola voli berkewarganegaraan Hungaria": the cue closes what the copula says X is
            e = k + 1
            while e < len(toks) and e - k <= 5 and toks[e].low.isalpha() and not toks[e].cap and not _match(toks, e, lex.citizenship):
                e += 1
            cue = _match(toks, e, lex.citizenship) if e < len(toks) else None
            k = e if cue else k
        land = _country_at(toks, k + cue[0], lex) if cue and k + cue[0] < len(toks) else None  # read past "warga negara Malaysia" as a group
        if land is not None and land[1].type == "Country":
            facts.append((m.node, "citizen_of", land[1], None, 0.6))
    # "Vietnam mencetak gol pertama melalui Doan Van Hau": a team scores through its player
    for m in mentions:
        if m.node.type not in ("Country", "Organization", "Person", "Location"):
            continue
        scored = False
        k = m.end
        while k < len(toks) and k < m.end + 10 and toks[k].text not in _CLOSERS and k not in starts:
            scored = scored or toks[k].low in lex.scoring["verbs"]
            if scored and toks[k].low in lex.scoring["via"]:
                k += 1
                while k < len(toks) and toks[k].low in lex.scoring["skip"]:
                    k += 1
                player = starts.get(k)
                if player is not None and _personal(player, doc):
                    # an unknown club read as a name, or a club named by its city ("Liverpool unggul lewat gol X")
                    team = m.node if m.node.type in ("Country", "Organization") else Node(m.node.name, "Organization", m.node.aliases)
                    for p in _np(toks, k, starts, at, lex):  # "lewat gol-gol dari A, B, dan C": each scorer
                        if _personal(p, doc):
                            facts.append((Node(p.node.name, "Person", p.node.aliases), "plays_for", team, None, 0.6))
                break
            k += 1
    # "Komisi X DPR RI", "Divisi Humas Polri": a unit named by its cue word, then the body it belongs to
    for m in mentions:
        parent = starts.get(m.end)
        if (parent is not None and m.node.type == "Organization" and parent.node.type == "Organization" and toks[parent.start].caps
                and _match(toks, m.start, lex.org_cues) and toks[m.start].low not in lex.company_cues and parent.node.name != m.node.name
                and _acronym_after(toks, parent.end)[0] is None):  # "Program Pembangunan PBB (UNDP)": one name spelled out
            facts.append((m.node, "part_of", parent.node, None, 0.6))
    # "PGE merupakan anak usaha PT Pertamina", "PT X, anak perusahaan Grup Y,": a company and its parent
    for i in range(1, len(toks)):
        noun = _match(toks, i, lex.subsidiary_nouns) if at[i] is None else None
        if not noun:
            continue
        k = i - 1
        while k > 0 and at[k] is None and (toks[k].low in lex.copulas or toks[k].low in ("yang", ",", "kini", "sebagai", "menjadi", "juga")):
            k -= 1
        child = at[k]
        parent = _parent_org(toks, i + noun[0], starts, at, lex)
        if child is not None and child.node.type == "Organization" and parent is not None and child.node.name != parent.name:
            facts.append((child.node, "subsidiary_of", parent, None, 0.6))
    # "Unit X adalah bagian dari Grup Y": the whole a copula links a name to; what "part" means follows the two
    # classes (a body in a body, a place in a place, a person in a body)
    for i in range(2, len(toks)):
        noun = _match(toks, i, lex.part_nouns) if at[i] is None else None
        whole = starts.get(i + noun[0]) if noun else None
        if whole is None or toks[i - 1].low not in lex.copulas:
            continue
        k = i - 2
        while k > 0 and at[k] is None and toks[k].low in ("juga", "pun", "kini", "masih", "memang"):
            k -= 1
        part = at[k]
        if part is None or part.end != k + 1 or part.node.name == whole.node.name:
            continue
        kinds = (part.node.type, whole.node.type)
        if kinds == ("Organization", "Organization"):
            facts.append((part.node, "part_of", whole.node, None, 0.6))
        elif part.node.type == "Location" and whole.node.type in ("Location", "Country"):
            facts.append((part.node, "located_in", whole.node, None, 0.6))
        elif kinds == ("Person", "Organization"):
            facts.append((part.node, "member_of", whole.node, None, 0.6))
    # "Arsy merupakan putra dari Yovie Widianto", "Rina adalah istri Agus": a person's tie, named by a relational
    # noun that a copula links to the person, to the one named after the noun
    for i in range(2, len(toks)):
        rel = _match(toks, i, lex.relational) if at[i] is None and not toks[i].cap else None
        if not rel:
            continue
        c = i - 1
        while c > 1 and at[c] is None and toks[c].low in ("sang", "seorang", "juga", "pun"):
            c -= 1
        subject = at[c - 1] if toks[c].low in lex.copulas and at[c] is None else None
        k = i + rel[0] + (1 if i + rel[0] < len(toks) and toks[i + rel[0]].low == "dari" else 0)
        owner = starts.get(k)
        domain, range_ = lex.ranges.get(rel[1]["p"], ("Entity", "Entity"))
        if subject is None or owner is None or subject.node.name == owner.node.name \
                or not _fits(subject.node.type, domain) or not _fits(owner.node.type, range_):
            continue
        facts.append((subject.node, rel[1]["p"], owner.node, None, 0.6))
    # "X mendapat kritikan dari Y", "X menuai pujian dari Y": an act done to X (a predicate noun whose target
    # follows "terhadap" or "kepada") that X receives from Y is Y's act on X
    for i in range(2, len(toks)):
        noun = _match(toks, i, lex.pred_nouns)
        if not noun or at[i] is not None or not {"terhadap", "kepada"} & set(noun[1]["prep"]) \
                or not morph_id.analyse(toks[i - 1].low, lex.receive_verbs) or _negated(toks, i - 1, lex):
            continue
        receiver = _receiver(toks, mentions, i - 1, lex)
        if receiver is None or any(toks[x].low in lex.clause_breaks or toks[x].text in ",;" for x in range(receiver.end, i - 1)):
            continue
        if any(toks[x].low in lex.action_nouns or _match(toks, x, lex.pred_nouns) for x in range(max(0, receiver.start - 2), receiver.start)):
            continue  # "Penangkapan para separatis itu menuai kecaman": the act on them is what is condemned
        k = i + noun[0]
        while k < len(toks) and k - i < 4 and toks[k].low != "dari" and not toks[k].cap and toks[k].low.isalpha():
            k += 1  # "kritik keras dari"
        if k + 1 >= len(toks) or toks[k].low != "dari":
            continue
        k += 1
        after_from = k
        while k < len(toks) and k not in starts and not toks[k].cap and toks[k].low.isalpha() and toks[k].low not in lex.clause_breaks:
            k += 1  # "dari sejumlah pengamat X"
        source = starts.get(k)
        if source is not None and k > after_from and source.node.type in _PLACE_TYPES:
            continue  # "dari publik Catalunya": people of the place, not the place
        if source is not None and source.node.type == "Organization" and source.end in starts \
                and starts[source.end].node.type == "Person":
            source = starts[source.end]  # "dari politikus Partai Demokrat X": the politician, named after the party
        if source is not None and source.node.type in ("Person", "Organization", "Country") and source.node.name != receiver.node.name:
            facts.append((source.node, noun[1]["p"], receiver.node, None, 0.5))
    # "X memperoleh pendanaan seri B dari Y": Y funded X
    for i in range(1, len(toks)):
        noun = _match(toks, i, lex.funding_nouns)
        if not noun or at[i] is not None or not morph_id.analyse(toks[i - 1].low, lex.receive_verbs) or i < 2:
            continue
        receiver = _receiver(toks, mentions, i - 1, lex)
        if receiver is None or any(toks[x].low in lex.clause_breaks or toks[x].text == ";" for x in range(receiver.end, i - 1)):
            continue
        if _negated(toks, i - 1, lex):
            continue
        k = i + noun[0]
        while k < len(toks) and k - i < 8 and toks[k].low != "dari" and toks[k].text not in ".;":
            k += 1
        if k >= len(toks) or toks[k].low != "dari":
            continue
        k += 1
        while k < len(toks) and k - i < 14 and k not in starts and toks[k].low.isalpha() and not toks[k].cap:
            k += 1  # "perusahaan modal ventura"
        if toks[k - 1].low == "asal" and k in starts and starts[k].end + 1 < len(toks) and toks[starts[k].end].text == ",":
            k = starts[k].end + 1  # "asal Singapura, Lionrock Capital"
        source = starts.get(k)
        if source is None or source.node.type == "Group":
            continue
        node = source.node
        if node.type in ("Location", "Person") and not gazetteer.lookup(node.aliases[0] if node.aliases else node.name, LANG):
            node = Node(node.name, "Organization", node.aliases)  # "dari East Ventures": a name after "dari" read as a place
        facts.append((node, "funded", receiver.node, None, 0.6))
    # "X ... sebagai Menteri Koordinator Kemaritiman": the office the nearest person before holds; a country or
    # body named right before "menjadi anggota NATO" is a member of it
    for m in mentions:
        if m.affil is None or m.start == 0:
            continue
        left = m.start - 2 if toks[m.start - 1].low == "sebagai" else m.start - 3 if toks[m.start - 1].low == "jabatan" \
            and m.start >= 2 and toks[m.start - 2].low == "dari" else None
        if left is not None and m.affil.type == "Organization" and _said_before(toks, left, lex.resign_words, lex):
            # "X mundur sebagai Ketua Umum PSSI", "mundur dari jabatan ...": X left the body, holds no post there
            person = _holder_before(mentions, m.start, toks, lex)
            if person is not None:
                facts.append((person.node, "resigned_from", m.affil, None, 0.6))
            continue
        if toks[m.start - 1].low not in lex.role_links and toks[m.start - 1].low not in lex.copulas or left is not None and _said_before(toks, left, lex.seek_words, lex):
            continue  # "mencalonkan diri sebagai Ketua Umum PSSI": an office sought is not held
        if m.end < len(toks) and toks[m.end].low in ("sebagai", "menjadi") and toks[m.start - 1].low.startswith("di"):
            continue  # "ditunjuk Raja Malaysia sebagai Perdana Menteri": the office before the post is the agent's
        role = _role_at(toks, m.start, lex)
        if role is None:
            continue
        if m.role == "member":
            nearest = next((p for p in reversed(mentions) if p.end < m.start and p.affil is None
                            and (p.start == 0 or toks[p.start - 1].low not in lex.prepositions)), None)
            if nearest is not None and nearest.node.type != "Person":
                if m.affil.type == "Organization":
                    # "Finlandia ... menjadi anggota NATO"; "Finlandia dan Swedia adalah anggota NATO": each of a list
                    for member in _listed_with(toks, mentions, nearest):
                        if member.node.type in ("Country", "Organization") and member.node.name != m.affil.name:
                            facts.append((member.node, "member_of", m.affil, None, 0.6))
                continue
        person = _holder_before(mentions, m.start, toks, lex)
        if person is not None:
            for holder in _listed_with(toks, mentions, person) if m.role == "member" else [person]:
                if holder.node.type == "Person":  # "Budi dan Ani menjadi anggota Partai Golkar": both
                    _role_fact(holder.node, m.role, role[2] if m.head is None else m.head, role[3], m.affil, facts)  # "menjabat sebagai CEO Gojek" leads it
            if m.start >= 2 and toks[m.start - 2].low in ("terpilih", "dipilih") and m.affil.type == "Organization" \
                    and not _negated(toks, m.start - 2, lex):
                facts.append((person.node, "elected_to", m.affil, None, 0.6))  # "terpilih sebagai Direktur WHO"
    # "presiden terpilih dalam Pilpres 2019": the people just named won the election
    for i, t in enumerate(toks):
        if t.low != "terpilih" or i + 1 >= len(toks) or toks[i + 1].low not in ("dalam", "pada", "di") or _negated(toks, i, lex):
            continue
        event = starts.get(i + 2)
        if event is None or event.node.type != "Event":
            continue
        people = [m for m in mentions if m.end <= i and m.node.type == "Person" and m.affil is None]
        if people:
            last = people[-1]
            winners = [m for m in people if m.end >= last.start - 1]  # the last name, or a hyphenated pair
            for w in winners:
                facts.append((w.node, "won", event.node, None, 0.5))
    # nominal events: "penangkapan Budi oleh polisi" (patient, then agent), "kunjungan Jokowi ke Papua" (agent, then goal)
    for i, t in enumerate(toks):
        if at[i] is not None or i + 1 not in starts:
            continue
        first = starts[i + 1]
        k = first.end
        if _unreal_act(toks, i, lex):
            continue
        action = lex.action_nouns.get(t.low)
        if action and k < len(toks) and toks[k].low == "oleh" and k + 1 in starts:
            facts.append((starts[k + 1].node, action, first.node, None, 0.5))
            continue
        noun = _match(toks, i, lex.pred_nouns)
        if noun and noun[0] == 1 and k < len(toks) and toks[k].low in noun[1]["prep"] and k + 1 in starts \
                and not _ahead(toks, starts[k + 1].end, lex):
            facts.append((first.node, noun[1]["p"], starts[k + 1].node, None, 0.5))
    # the same with a longer noun or words that describe the act before its agent: "kunjungan kerja X ke Y",
    # "kunjungan pertama X ke Y"
    for i in range(len(toks)):
        noun = _match(toks, i, lex.pred_nouns) if at[i] is None else None
        if noun is None:
            continue
        j = i + noun[0]
        while j < len(toks) and toks[j].low in _ACT_DESCRIPTIONS:
            j += 1
        if j == i + 1 or j not in starts or _unreal_act(toks, i, lex):
            continue  # (one word and its agent: read above)
        first = starts[j]
        k = first.end
        if first.node.type in ("Person", "Organization", "Country") and k < len(toks) and toks[k].low in noun[1]["prep"] \
                and k + 1 in starts and not _ahead(toks, starts[k + 1].end, lex):
            facts.append((first.node, noun[1]["p"], starts[k + 1].node, None, 0.5))
    # "Budi tiba di Jakarta setelah kunjungan ke Singapura", "Dalam kunjungannya ke Jepang, Presiden X bertemu ...": the
    # act a predicate noun names in an adjunct is the clause subject's
    for i in range(1, len(toks)):
        if toks[i - 1].low not in lex.event_adjuncts or at[i] is not None:
            continue
        noun = _match(toks, i, lex.pred_nouns) or _match_bare(toks, i, lex.pred_nouns)
        k = i + noun[0] if noun else 0
        if not noun or k >= len(toks) or toks[k].low not in noun[1]["prep"] or k + 1 not in starts:
            continue
        goal = starts[k + 1]
        heads = [m for m in mentions if m.end <= i - 1 and (m.start == 0 or toks[m.start - 1].low not in lex.prepositions)]
        if i - 1 == 0:  # a fronted adjunct: the subject follows its comma
            comma = next((x for x in range(goal.end, min(len(toks), goal.end + 4)) if toks[x].text == ","), None)
            heads = [starts[comma + 1]] if comma is not None and comma + 1 in starts else []
        if heads and heads[0].node.type in ("Person", "Organization", "Country") and heads[0].node is not goal.node \
                and not _negated(toks, i - 1, lex):
            facts.append((heads[0].node, noun[1]["p"], goal.node, None, 0.5))
    # "bentrokan antara para perusuh dan pasukan keamanan"
    for i in range(len(toks)):
        hit = _match(toks, i, lex.recip)
        if not hit or at[i] or _unreal_act(toks, i, lex):
            continue  # "rencana pertemuan antara X dan Y": a meeting planned has not taken place
        k = i + hit[0]
        for _ in range(3):
            if k < len(toks) and toks[k].low != "antara" and not at[k] and toks[k].text not in ",.":
                k += 1
        if k < len(toks) and toks[k].low == "antara" and k + 1 in starts:
            a = starts[k + 1]
            if a.end < len(toks) and toks[a.end].low in ("dan", "dengan") and a.end + 1 in starts:
                facts.append((a.node, hit[1], starts[a.end + 1].node, None, 0.6))


def _unreal_act(toks, i: int, lex) -> bool:
    """Whether the word before an act's noun at ``i`` makes it a plan or hearsay: "rencana akuisisi X oleh Y",
    "isu kedatangan X ke Y", "rencana untuk pertemuan antara X dan Y"."""
    if i > 1 and toks[i - 1].low in ("untuk", "bagi"):
        i -= 1
    return i > 0 and (toks[i - 1].low.removesuffix("nya") in lex.intent_nouns or toks[i - 1].low in _HEARSAY)


def _ahead(toks, end: int, lex) -> bool:
    """Whether the words right after an act named by a noun put it in the future ("kunjungan X ke Y pada Agustus
    mendatang")."""
    for x in range(end, min(len(toks), end + 6)):
        low = toks[x].low
        if low in ("akan", "bakal", "dijadwalkan", "direncanakan", "mendatang") or low == "depan" and x > 0 and toks[x - 1].low in (
                "bulan", "tahun", "minggu", "pekan"):
            return True
    return False


def _receiver(toks, mentions: list[_Mention], verb: int, lex) -> _Mention | None:
    """Who receives in "X mendapat/memperoleh ... dari Y": the last mention before the verb at ``verb`` that no
    preposition governs."""
    return next((m for m in reversed(mentions) if m.end <= verb and (m.start == 0 or toks[m.start - 1].low not in lex.prepositions)), None)


def _personal(m: _Mention, doc: _Doc | None) -> bool:
    """A person's mention, or a name the tagger reads as a person's whatever the rules typed it ("Fabinho")."""
    return m.node.type == "Person" or doc is not None and doc.ner.get(m.start) == (m.end, "Person")


def _venue(toks, m: _Mention, starts, lex) -> _Mention | None:
    """The place an event mention is held at: "KTT G20 di Bali", "KTT G20 yang digelar pada November di Nusa Dua"
    (a verb of holding and a date may come between; the place may follow its class noun: "di kota Solo"). An
    election has no venue without a verb of holding ("melantik bupati hasil Pilkada 2024 di Gedung X": the
    inauguration was there); nor has an event the clause puts in the future ("akan tampil di Piala AFF di
    Thailand", "Piala AFF di Thailand pada Juli mendatang")."""
    last = m.node.name.split()[-1].lower()
    if last in lex.disaster_heads:
        return None  # a disaster is not held: it hits a place
    j = m.end
    host = starts.get(j)
    if host is not None and host.node.type in _PLACE_TYPES and _YEAR.fullmatch(toks[j - 1].text) and (
            host.end >= len(toks) or not toks[host.end].cap and toks[host.end].low not in ("melawan", "kontra", "vs", "versus")):
        return host  # "Piala Asia 2027 Arab Saudi": the host named after the edition's year, as part of its name
    k = j
    if k < len(toks) and toks[k].low == "yang":
        k += 1
    while k < len(toks) and toks[k].low in ("juga", "kembali", "resmi", "telah", "sudah", "pernah"):
        k += 1  # "yang juga digelar", "telah berlangsung" (a planned event, "akan digelar", is not asserted)
    verb = k < len(toks) and toks[k].low in lex.venue_verbs
    if verb:
        k += 1
    elif k > j or last in lex.unsited_events:
        return None  # "KTT yang akan ..." without a verb of holding says nothing of where
    for _ in range(8):  # a date between: "pada 15-16 November 2022", "Kamis (12/5) lalu"
        if k < len(toks) and (toks[k].low in lex.time_words or toks[k].low in lex.calendar or toks[k].text in "-–/()"
                              or toks[k].text.isdigit() or re.fullmatch(r"[\d/.\-]+", toks[k].text)):
            k += 1
        else:
            break
    if k >= len(toks) or toks[k].low != "di" or k + 1 >= len(toks):
        return None
    k += 1
    cls = _match(toks, k, lex.place_nouns)  # "di Kota Surakarta", "di kota Solo"
    place = starts.get(k) or (starts.get(k + cls[0]) if cls and not toks[k].cap else None)
    if place is None or place.node.type not in _PLACE_TYPES:
        return None
    before = range(m.start - 1, -1, -1)
    for x in before:
        if toks[x].text in ",;:." or toks[x].low in lex.clause_breaks:
            break
        if toks[x].low in lex.irrealis:
            return None
    for x in range(place.end, len(toks)):
        if toks[x].text in ",;:." or toks[x].low in lex.clause_breaks:
            break
        if toks[x].low in lex.future_markers:
            return None
    return place


def _gathering_venues(toks, at, starts, lex, facts) -> None:
    """An event no name states, held at a place: "final yang berlangsung di Stadion Rizal Memorial", "upacara
    tersebut digelar di Istana Merdeka". The common noun makes the event, named in English ("final",
    "ceremony"), when :func:`_venue` finds its place."""
    for i, t in enumerate(toks):
        if at[i] is not None or t.cap and i > 0:
            continue
        found = _match(toks, i, lex.gathering_nouns)
        if not found or not found[1]:
            continue  # "konferensi pers": where news is told
        n, name = found
        end = i + n + (i + n < len(toks) and toks[i + n].low in ("itu", "tersebut", "ini"))
        m = _Mention(i, end, Node(name, "Event", (" ".join(x.text for x in toks[i:i + n]),)))
        venue = _venue(toks, m, starts, lex)
        if venue is not None:
            facts.append((m.node, "held_in", venue.node, None, 0.6))


def _past_article(toks, k: int) -> int:
    """The index after "salah satu", "sebuah" or "suatu" at ``k`` ("adalah salah satu desa"), else ``k``."""
    if k + 1 < len(toks) and toks[k].low == "salah" and toks[k + 1].low == "satu":
        return k + 2
    return k + 1 if k < len(toks) and toks[k].low in ("sebuah", "suatu") else k


def _class_after(toks, k: int, lex) -> str | None:
    """The class a copula or a comma at ``k`` gives the name before it: "adalah (sebuah / salah satu) desa" →
    Location, "merupakan perusahaan" → Organization; None if no class noun follows in lower case."""
    if k >= len(toks) or not (toks[k].text == "," or toks[k].low in lex.copulas):
        return None
    k = _past_article(toks, k + 1)
    if k >= len(toks) or toks[k].cap:
        return None
    if _match(toks, k, lex.place_nouns):
        return "Location"
    return "Organization" if toks[k].low in lex.predicated_bodies else None


def _spelled_acronyms(toks, mentions, lex) -> None:
    """A body's acronym in brackets right after the capitalised words it spells makes those words one body's name,
    whatever the tagger made of them, and stands for it: in "Grup musik Sinar Kota Senja (SKS) dibentuk oleh X" the
    subject is the band, named in full with its acronym as an alias, as a known body is ("Komisi Pemberantasan
    Korupsi (KPK)"); the tagger had read "Sinar Kota" as a person. Only an acronym the rules read as a body's, whose
    letters are the initials of two or more words in order, the first and last matching (``mentions`` changes in
    place)."""
    for short in list(mentions):
        s = short.start
        if short.end != s + 1 or s < 3 or short.end >= len(toks) or toks[s - 1].text != "(" or toks[short.end].text != ")" \
                or not toks[s].caps or short.node.type != "Organization":
            continue
        close = s - 1
        first = close
        while first > 0 and close - first < 8 and toks[first - 1].cap and not toks[first - 1].caps and toks[first - 1].text.isalpha():
            first -= 1
        start = next((k for k in range(close - 2, first - 1, -1) if _spelled_out(toks, k, k + 1, lex) == close), None)
        if start is None or len(toks[s].text) < 2:
            continue
        inside = [m for m in mentions if m is not short and m.start < close and m.end > start]
        if any(m.start < start or m.end > close for m in inside):
            continue  # a name that runs on past the spelled words is another reading, left to the rules
        whole = next((m for m in inside if (m.start, m.end) == (start, close) and m.node.type == "Organization"), None)
        node = whole.node if whole is not None else _org_name(toks, start, close, lex)
        node = Node(node.name, "Organization", tuple(dict.fromkeys((*node.aliases, toks[s].text))))
        for m in inside:
            mentions.remove(m)
        mentions.insert(mentions.index(short), _Mention(start, close, node))
        short.node = node


def _classed_names(toks, mentions, lex) -> None:
    """A name the tagger read as a person's that a copula or an apposition classes as a place or a body takes that
    class: "Sukarame Hilir adalah salah satu desa di ...", "Maju Data merupakan perusahaan riset ...". A person is
    never a village, so the class noun outweighs the tagger; a person the gazetteer knows keeps their class."""
    for idx, m in enumerate(mentions):
        if m.node.type != "Person":
            continue
        if m.start > 0 and toks[m.start - 1].text not in ",(" and toks[m.start - 1].low not in lex.prepositions:
            continue  # the name opens its clause or follows a preposition ("di Tembalang, sebuah desa ...")
        cls = _class_after(toks, m.end, lex)
        if cls is None:
            continue
        known = gazetteer.lookup(m.node.name, LANG)
        if known is not None and known.type == "Person":
            continue
        mentions[idx] = _Mention(m.start, m.end, Node(m.node.name, cls, m.node.aliases))


def _classed_places(toks, mentions, starts, lex, facts) -> None:
    """"Sukamaju adalah sebuah desa di Kabupaten Ciamis", "Tanjung Sari, salah satu kawasan wisata di Pulau Belitung": a place
    that a comma or a copula says is a village, a town, an area … lies in the place named after "di"."""
    for m in mentions:
        k = m.end
        if m.node.type != "Location" or k >= len(toks) or not (toks[k].text == "," or toks[k].low in lex.copulas):
            continue
        k = _past_article(toks, k + 1)
        cls = _match(toks, k, lex.place_nouns) if k < len(toks) and not toks[k].cap else None
        if not cls:
            continue
        e = k + cls[0]
        while e < len(toks) and e - k < 5 and toks[e].low != "di" and toks[e].low.isalpha() and not toks[e].cap:
            e += 1  # "sebuah kawasan wisata terpadu di", "desa yang terletak di"
        if e + 1 >= len(toks) or toks[e].low != "di":
            continue
        inner = _match(toks, e + 1, lex.place_nouns) if not toks[e + 1].cap else None  # "di kabupaten Magetan"
        place = starts.get(e + 1 + (inner[0] if inner else 0))
        if place is not None and place.node.type in ("Location", "Country") and place.node.name != m.node.name:
            facts.append((m.node, "located_in", place.node, None, 0.6))


def _married_pair(toks, mentions, starts, lex, facts) -> None:
    """"pasangan suami istri, X dan Y" and "X dan Y, pasangan suami istri" (titles.json ``married_couple``): the
    two people named are married."""
    for i in range(len(toks)):
        couple = _match(toks, i, lex.married_couple)
        if not couple:
            continue
        k = i + couple[0]
        k += k < len(toks) and toks[k].text == ","
        pair = [starts.get(k)]
        if pair[0] is not None and pair[0].end + 1 < len(toks) and toks[pair[0].end].low == "dan":
            pair.append(starts.get(pair[0].end + 1))
        else:  # the pair named before: "X dan Y, pasangan suami istri"
            before = [m for m in mentions if m.end <= i]
            j = i - 1 if i > 0 and toks[i - 1].text == "," else i
            if len(before) >= 2 and before[-1].end == j and toks[before[-2].end].low == "dan" and before[-2].end + 1 == before[-1].start:
                pair = before[-2:]
        if len(pair) == 2 and all(m is not None and m.node.type == "Person" for m in pair) and pair[0].node.name != pair[1].node.name:
            facts.append((pair[0].node, "married_to", pair[1].node, None, 0.7))


def _parent_org(toks, j, starts, at, lex) -> Node | None:
    """The company after "anak usaha" at j: the last name of its noun phrase ("holding BUMN pertambangan MIND ID"),
    adjacent acronyms read as one name."""
    run: list[_Mention] = []  # the last run of adjacent names
    gap = 0
    while j < len(toks) and gap <= 3:
        m = at[j]
        if m is not None and m.start == j:
            if not (run and run[-1].end == j and toks[j].caps and toks[run[-1].start].caps):
                run = []
            run.append(m)
            j, gap = m.end, 0
            continue
        if not toks[j].low.isalpha() or toks[j].cap or toks[j].low in lex.function or toks[j].low == "yang":
            break
        j, gap = j + 1, gap + 1  # "holding", "pertambangan": words describing the parent
    if not run or run[0].node.type != "Organization":
        return None
    if len(run) == 1:
        return run[0].node
    surface = _span_text(toks, run[0].start, run[-1].end)
    return Node(surface, "Organization", (surface,))


def _person_of_origin(toks, i, place: _Mention, starts, at, lex) -> _Mention | None:
    """The person a lower-case description "<noun> asal <country>" describes: the name right after it ("psikolog
    asal Inggris, Noel McDermott,") or the name it stands in apposition to ("Shin Tae-yong, pelatih asal Korea
    Selatan,"; "Lionel Messi adalah pemain asal Argentina"). Up to three lower-case words may make the noun."""
    k = i - 1
    while k >= 0 and i - k <= 3 and toks[k].low.isalpha() and (not toks[k].cap or k == 0) and at[k] is None and toks[k].low not in lex.function:
        k -= 1
    if not any(_person_noun(toks, x, lex) for x in range(k + 1, i)):
        return None  # no noun for a person before "asal" ("brand asal Italia, Gucci")
    if place.end < len(toks) and toks[place.end].low in ("itu", "ini", "tersebut"):
        return None  # "pemain asal Jerman itu": a person named elsewhere
    nxt = place.end + 1 if place.end < len(toks) and toks[place.end].text == "," else place.end
    after = starts.get(nxt)
    if after is not None and after.node.type == "Person":
        return after
    while k >= 0 and toks[k].low in ("seorang", "adalah", "merupakan", "sebagai", "yang"):
        k -= 1
    if k >= 0 and toks[k].text == ",":
        k -= 1
    before = at[k] if k >= 0 else None
    return before if before is not None and before.node.type == "Person" and before.end == k + 1 else None


def _person_noun(toks, k, lex) -> bool:
    """Whether the word at k names a kind of person: a descriptor ("aktris", "pemain"), a title, or a word the noun
    dictionary glosses as an English agent noun ("psikolog" → psychologist)."""
    word = toks[k].low
    return word in lex.descriptors or _role_at(toks, k, lex) is not None or _agent_noun(word)


def _faction_party(toks, m: _Mention, lex) -> Node | None:
    """The party of a faction in a legislature ("Fraksi PKS", "Fraksi Partai Gerindra"): its members are the
    party's members."""
    if toks[m.start].low != "fraksi" or m.end - m.start < 2:
        return None
    surface = _span_text(toks, m.start + 1, m.end)
    if not (surface.lower() in lex.parties or surface.lower().startswith("partai ")):
        return None
    entry = gazetteer.lookup(surface, LANG) or gazetteer.lookup(f"Partai {surface}", LANG)  # "Fraksi Demokrat"
    return Node(entry.name if entry else surface, "Organization", (surface,))


def _party(toks, m: _Mention, lex) -> bool:
    """A political party: named "Partai ..." or known as one ("Golkar", "PDI-P")."""
    if toks[m.start].low == "partai" or "Party" in m.node.name.split():
        return True
    return any(a.lower() in lex.parties or a.lower().startswith("partai ") for a in (m.node.name, *m.node.aliases))


# ---------------------------------------------------------------- verbs and clauses


def _verbs(toks, at, lex) -> list[_Verb]:
    out: list[_Verb] = []
    i = 0
    while i < len(toks):
        if at[i] is not None:
            i += 1
            continue
        phrase = _match(toks, i, lex.phrases)
        score = 0
        if not (phrase and phrase[1]):
            score = _score_after(toks, i)  # "menang 21-11 atas X", "kalah 0-3 dari X": a score splits the phrase
            phrase = _match([toks[i], *toks[i + 1 + score :]], 0, lex.phrases) if score else None
            if phrase and phrase[0] < 2:
                phrase = None
        if phrase and phrase[1]:
            entry = phrase[1]
            voice = morph_id.PASSIVE if entry.get("passive") else morph_id.ACTIVE
            out.append(_Verb(i, i + score + phrase[0], "lex", entry, voice))
            i += score + phrase[0]
            continue
        low = toks[i].low
        if not low.isalpha() or low in lex.not_verbs or low in lex.stopwords:
            i += 1
            continue
        hit = morph_id.analyse(low, lex.verbs, lex.stem)
        if hit:
            base, voice = hit
            entry = lex.verbs[base]
            allowed = entry.get("voices", ["active", "passive", "ter"]) if entry else ()
            if entry and voice == morph_id.BARE and low == base and low.endswith("kan") and morph_id.ACTIVE in allowed:
                voice = morph_id.ACTIVE  # "Persib kalahkan Persija": a bare verb in -kan is the informal active
            if entry and (voice in allowed or voice == morph_id.BARE and toks[i].cap and i == 0):
                out.append(_Verb(i, i + 1, "lex", entry, voice, control=bool(entry.get("control"))))
            elif voice != morph_id.BARE:
                out.append(_Verb(i, i + 1, "other", None, voice))
            # a bare root outside the verb's voices is a noun: "serangan", "hukum", "operasi"
        elif morph_id.analyse(low, lex.reporting):
            out.append(_Verb(i, i + 1, "report", None, morph_id.voice_of(low)))
        elif morph_id.voice_of(low) != morph_id.BARE and len(low) > 5 and low not in lex.dictionary:
            out.append(_Verb(i, i + 1, "other", None, morph_id.voice_of(low)))  # a root word ("medali", "menteri") is none
        i += 1
    return out


def _score_after(toks, i: int) -> int:
    """How many tokens after i write a match's score ("21-11", "3 - 1", "21-11 dan 21-19"); 0 if none."""
    if i + 1 >= len(toks) or not toks[i + 1].text[:1].isdigit():
        return 0
    k = i + 1
    while k < len(toks) and (_SCORE.fullmatch(toks[k].text) or toks[k].text == "-" and k > i + 1
                             or toks[k].low in ("dan", ",") and k > i + 1 and k + 1 < len(toks) and _SCORE.fullmatch(toks[k + 1].text)):
        k += 1
    return k - i - 1 if any(toks[x].text[:1].isdigit() for x in range(i + 1, k)) else 0


_SCORE = re.compile(r"\d{1,3}(?:-\d{1,3})?")
_YEAR = re.compile(r"(?:19|20)\d\d")


def _skippable(toks, j, lex) -> int:
    """How many tokens of an adverb or time expression end at j (scanning leftwards), 0 if none."""
    t = toks[j]
    if t.low in lex.time_words or t.low in lex.negators or t.low in lex.irrealis or t.low in lex.calendar:
        return 1
    if t.text in "()/" or t.text.isdigit() or re.fullmatch(r"[\d./-]+", t.text):
        return 1
    for n in (3, 2, 1):
        if j - n + 1 >= 0 and _match(toks, j - n + 1, lex.adverbs) == (n, True):
            return n
    if t.low in ("tegas", "resmi") and j > 0 and toks[j - 1].low in ("dengan", "secara"):
        return 2
    return 0


def _left(toks, at, i, lex, verb_ends=frozenset(), reporting_ends=frozenset()):
    """The grammatical subject before token i: (mentions, how) with how in direct/relative/inherit/none."""
    j = i - 1
    while j >= 0:
        m = at[j]
        if m is not None:
            if m.node.type == "Organization" and m.start >= 2 and m.end < len(toks) and toks[m.start - 1].text == "(" \
                    and toks[m.end].text == ")" and at[m.start - 2] is not None and at[m.start - 2].node.type == "Person":
                m = at[m.start - 2]  # "Anggota DPR Budi (PPP) mengkritik X": the party in brackets is Budi's; Budi acts
            found = [m]
            links = []
            k = m.start - 1
            if k >= 0 and at[k] is not None and at[k].end > m.start:  # the first of a hyphenated pair
                found.insert(0, at[k])
                k = at[k].start - 1
            while k > 0 and (toks[k].low in ("dan", "serta", "bersama", "beserta", ",", "atau")
                             or toks[k].text == "/" and found[0].node.type == "Person" and at[k - 1] is not None
                             and at[k - 1].node.type == "Person"):  # "Hafiz Faizal / Gloria Emanuelle": a pair
                prev = k - 1
                if at[prev] is None and toks[k].low in ("dan", "serta", "atau") and prev > 0 and toks[prev].text == ",":
                    prev -= 1  # "A, B, dan C": the comma before the last link
                if at[prev] is None:
                    break
                links.append(toks[k].low)
                found.insert(0, at[prev])
                k = at[prev].start - 1
            if "," in links and not set(links) - {","}:
                found = found[-1:]
            before = found[0].start - 1
            while before > 0 and _match(toks, before, lex.np_prefixes) and _match(toks, before, lex.np_prefixes)[0] == 1:
                before -= 1  # "dengan perwakilan Interpol": the preposition before the phrase's quantifier or noun
            if before >= 0 and toks[before].low in lex.prepositions:
                if toks[before].low in ("di", "ke", "dari", "dengan") and before - 1 in verb_ends and before - 1 not in reporting_ends:
                    return [], ("inherit", "serial")  # "tiba di Tokyo didampingi X": the place is the first verb's
                return [], "none"  # "bandara di Pakistan dimiliki ...": a place inside a phrase, not the subject
            if found[0].start - 1 in verb_ends and found[0].start - 1 not in reporting_ends:
                return [], "none"  # "yang menembak Budi masih diselidiki": Budi is the object of the verb before
            if _relative_named(toks, found[0], lex):
                return [], "none"  # "ibunda Galih tiba di Jakarta": Galih's mother arrived, not Galih
            return found, "direct"
        low = toks[j].low
        if low == "yang":
            k = j - 1
            if k >= 0 and toks[k].text == ",":
                k -= 1
            if k < 0 or at[k] is None:
                return [], "relative"
            head = at[k]
            if head.start > 0 and not toks[head.start].cap and at[head.start - 1] is not None:
                head = at[head.start - 1]  # "Junta militer yang ...": the first noun heads the phrase
            elif head.start > 0 and _modifier(toks, head.start - 1, lex) and toks[head.start - 1].low not in lex.collectives:
                return [], "relative"  # "siaran pers Bank Dunia yang ...": the bank only owns the head noun (a panel of judges is the judges)
            return [head], "relative"
        n = _skippable(toks, j, lex)
        if n:
            j -= n
            continue
        if low == "dengan" and j == i - 1 and morph_id.voice_of(toks[i].low) == morph_id.PASSIVE:
            j -= 1  # "tiba dengan didampingi X": the manner of the clause's act, whose subject is the verb's
            continue
        if low in lex.inherit or low == "," or low in lex.adverbial_openers:
            return [], ("inherit", low)
        if j in verb_ends:
            return [], ("inherit", "serial")  # "memutuskan menolak": the second verb shares the subject
        if _modifier(toks, j, lex) and j > 0 and at[j - 1] is not None:
            j -= 1  # "Tim SAR gabungan mengevakuasi": a plain word after the subject's name
            continue
        if _modifier(toks, j, lex) and j > 0 and j - 1 in verb_ends and j - 1 not in reporting_ends:
            return [], ("inherit", "serial")  # "gagal mewujudkan ambisi meraih ...": the noun's act is the subject's
        return [], "none"
    return [], "none"


def _modifier(toks, j, lex) -> bool:
    """A lower-case content word that can end a noun phrase (not a function word, not a prefixed verb)."""
    t = toks[j]
    if t.cap and not (j == 0 and _common_word(t.low, lex)):  # a sentence opens with a capital
        return False
    if not t.low.isalpha() or t.low in lex.function or t.low in lex.stopwords or t.low in lex.not_verbs:
        return False
    return morph_id.voice_of(t.low) == morph_id.BARE


def _negated(toks, i, lex, settled: bool = False) -> bool:
    """A negator or irrealis word before the verb, or a conditional opening its clause ("Jika X menyerang Y, ...").
    ``settled``: the verb states a succession, which a future marker leaves asserted ("X akan menggantikan Y")."""
    k = i - 1
    while k >= 0 and toks[k].text not in ",;:":
        if toks[k].low in lex.hypothetical:
            return True
        k -= 1
    if _hearsay(toks, i, lex):
        return True
    j = i - 1
    while j >= 0:
        low = toks[j].low
        if low in lex.negators or low in lex.irrealis and not (settled and low in lex.settled_markers):
            return True
        n = _skippable(toks, j, lex)
        if not n or low == "yang":
            return False
        j -= n
    return False


def _hearsay(toks, i, lex) -> bool:
    """Whether the verb at ``i`` tells the content of a claim the sentence does not assert: its clause opens with
    "bahwa" after a noun of hearsay ("tuduhan bahwa X menyuap Y"), or after a noun of report or evidence that a
    verb of denial or a negator governs ("membantah kabar bahwa X ditangkap", "tidak ada bukti bahwa ...")."""
    k = i - 1
    while k > 0 and i - k <= 12 and toks[k].text not in ".;:" and toks[k].low != "bahwa":
        k -= 1
    if k <= 0 or toks[k].low != "bahwa":
        return False
    noun = toks[k - 1].low
    if noun in lex.hearsay:
        return True
    return noun in lex.reports and any(t.low in lex.denials or t.low in lex.negators for t in toks[max(0, k - 5):k - 1])


_LIST_OPENERS = frozenset({"yakni", "yaitu"})  # "dua pihak swasta, yakni X dan Y": the names that spell out a noun
_ENUMERATORS = _LIST_OPENERS | {"adalah", "ialah"}


def _enumerated(toks, j, starts, at, lex) -> list[_Mention]:
    """The people a clause after a body lists by name: "(Sembilan) anggota DPRD yang diperiksa yakni A, B, dan C" →
    [A, B, C]. The list must follow "yakni/yaitu/adalah/ialah" within the clause (no comma or full stop before it)."""
    k = j
    while k < len(toks) and k - j <= 10 and toks[k].low not in _ENUMERATORS:
        if toks[k].text in ",.;:()" or toks[k].low in lex.affiliation_nouns:
            return []
        k += 1
    if k >= len(toks) or toks[k].low not in _ENUMERATORS:
        return []
    return [x for x in _np(toks, k + 1, starts, at, lex) if x.node.type == "Person"]


_PREDICATING = frozenset({"adalah", "merupakan", "ialah"})


def _predicated(toks, at, i, lex) -> list[_Mention]:
    """The name a copula predicates a relative clause's head noun of: "Gojek adalah perusahaan yang mengakuisisi
    Tokopedia" → [Gojek] for the verb at i. The head noun phrase holds only lower-case words or unnamed groups (at
    most five), so that a name inside it ("anak Andi yang ...") keeps the clause its own."""
    j = i - 1
    while j >= 0 and toks[j].low != "yang" and (n := _skippable(toks, j, lex)):
        j -= n
    if j < 1 or toks[j].low != "yang":
        return []
    k, words, group = j - 1, 0, False
    while k >= 0 and words < 5 and toks[k].low not in _PREDICATING and toks[k].text != ",":
        m = at[k]
        if m is not None and m.node.type == "Group":
            k, group = m.start - 1, True
        elif m is None and toks[k].low.isalpha() and (not toks[k].cap or k == 0) \
                and (toks[k].low not in lex.function or _ordinal(toks[k].low, lex)):  # "negara pertama yang ..."
            k -= 1
        else:
            return []
        words += 1
    if k < 1 or k == j - 1:
        return []
    if toks[k].text == ",":
        # "Acme, perusahaan yang berbasis di Singapura, membuka ...": an apposition, closed by a comma after the
        # clause, of common words to a name that no preposition governs ("Menurut Budi, orang yang ..." is no
        # apposition; "X, banyaknya turis China yang datang ..." starts a clause of its own)
        m = at[k - 1]
        closed = any(toks[x].text == "," for x in range(i + 1, len(toks)))
        if m is None or not closed or group or m.start > 0 and (toks[m.start - 1].low in lex.prepositions or toks[m.start - 1].low in lex.reporting):
            return []
    elif toks[k].low not in _PREDICATING:
        return []
    m = at[k - 1]
    return [m] if m is not None and m.node.type in ("Person", "Organization", "Country") else []


def _clefted(toks, v, starts, at, lex) -> tuple[int | None, list[_Mention]]:
    """The copula of a pseudo-cleft and the names it gives the relative clause before it: "Perusahaan yang
    mengakuisisi Tokopedia adalah Gojek" → (index of "adalah", [Gojek]); "Yang menandatangani perjanjian itu ialah A
    dan B" → [A, B]. The copula must close the clause within ten words of the verb, with no punctuation between,
    and a name must follow it at once; (None, []) when there is no such cleft."""
    k = v.end
    while k < len(toks) and k - v.end <= 10 and toks[k].low not in _ENUMERATORS:
        if toks[k].text in ",.;:()\"" or toks[k].low in lex.clause_breaks:
            return None, []
        k += 1
    if k >= len(toks) or toks[k].low not in _ENUMERATORS or k + 1 not in starts:
        return None, []
    named = [x for x in _np(toks, k + 1, starts, at, lex) if x.node.type in ("Person", "Organization", "Country")]
    return (k, named) if named else (None, [])


def _np(toks, j, starts, at, lex, genitive=False) -> list[_Mention]:
    """The entity heading the noun phrase at j, with its coordinated partners ("X dan Y", "X atau Y")."""
    limit = len(toks)
    k = j
    steps = 0
    while k < limit and steps < 8:
        steps += 1
        if k in starts:
            break
        if at[k] is not None:  # inside a mention that began earlier
            return []
        pre = _match(toks, k, lex.np_prefixes)
        t = toks[k]
        if pre:
            k += pre[0]
            continue
        if t.low in lex.event_classes and k + 1 in starts and starts[k + 1].node.type == "Event":
            k += 1  # "menghadiri acara Hari Jadi Banyuwangi": the event the class noun names
            continue
        if t.low in lex.descriptors and not t.cap:  # "buronan kasus narkoba Fredy Pratama"
            x = k + 1
            while x < limit and x - k <= 3 and x not in starts and _modifier(toks, x, lex):
                x += 1
            if x in starts and starts[x].node.type in ("Country", "Location") and starts[x].end < limit:
                x = starts[x].end  # "petenis Jepang(,) Naomi Osaka": the person's country, then the person
                x += 1 if x < limit and toks[x].text == "," else 0
            if x in starts and starts[x].node.type == "Person":
                k = x
                break
        if t.low in lex.org_before and not t.cap:
            x = next((x for x in (k + 1, k + 2) if x in starts), None)
            if x is not None and starts[x].node.type == "Organization" and all(toks[y].low.isalpha() and not toks[y].cap for y in range(k + 1, x)):
                k = x  # "startup Kopiku", "startup pembayaran PT X"
                break
            named = _named_after_origin(toks, k, starts, lex)
            if named is not None:  # "perusahaan asal Jepang, Inpex Corporation": the company, not its country
                return _np_from(toks, named, starts, lex)
        if t.low in lex.affiliation_nouns and not t.cap and k + 1 in starts and starts[k + 1].node.type == "Organization":
            org = starts[k + 1]  # "oleh dua alumni ITB, A dan B": the people, not their school
            if org.end + 1 < limit and toks[org.end].text == "," and org.end + 1 in starts and starts[org.end + 1].node.type == "Person":
                k = org.end + 1
                break
        if t.text in "“”\"'‘’" or re.fullmatch(r"[\d.,]+", t.text):
            k += 1
            continue
        hit = _match(toks, k, lex.place_nouns) or (_match(toks, k, lex.vague_places) if toks[k].low in lex.vague_places else None)
        if hit and k + hit[0] in starts and not t.cap:  # "kota Avdiivka": the name after its class noun
            k += hit[0]
            break
        if hit:  # "sebuah daerah di Almaty", "lokasi banjir di Sumatera Barat"
            x = k + hit[0]
            while x < limit and x - k < 4 and _modifier(toks, x, lex):
                x += 1
            if x < limit and toks[x].low == "di" and x + 1 in starts:
                k = x + 1
                break
        if t.low in lex.claim_nouns and not genitive:  # "menolak gugatan tim hukum X": the party behind the claim
            genitive = True
            k += 1
            continue
        if genitive and t.low == "asal":
            return []  # "sanksi kepada perusahaan asal China": the unnamed company, whose origin follows
        if genitive and t.low == "di":  # "keprihatinan atas situasi di Myanmar"
            k += 1
            continue
        if genitive and not t.cap and t.low not in lex.prepositions and t.text not in ",.;:" and t.low not in ("dan", "atau", "yang"):
            k += 1
            continue
        return []
    if k not in starts:
        return []
    return _np_from(toks, starts[k], starts, lex)


def _named_after_origin(toks, k, starts, lex) -> _Mention | None:
    """The name after "<company noun> [words] asal <place>, <Name>" at k, as an organisation; None if the phrase is other."""
    x = k + 1
    while x < len(toks) and x - k <= 4 and x not in starts and toks[x].low.isalpha() and not toks[x].cap and toks[x].low not in lex.function and toks[x].low != "asal":
        x += 1  # "startup pembayaran digital asal Bandung"
    if x >= len(toks) or toks[x].low != "asal" or x + 1 not in starts or starts[x + 1].node.type not in _PLACE_TYPES:
        return None
    place = starts[x + 1]
    name = starts.get(place.end + 1) if place.end + 1 < len(toks) and toks[place.end].text == "," else None
    if name is None or name.node.type not in ("Organization", "Person"):
        return None
    return _Mention(name.start, name.end, Node(name.node.name, "Organization", name.node.aliases))


def _np_from(toks, head: _Mention, starts, lex) -> list[_Mention]:
    """The noun phrase headed by ``head`` with its coordinated partners."""
    limit = len(toks)
    k = head.start
    if head.node.type == "Group" and toks[head.start].low.split("-")[0] in lex.descriptors or toks[head.start].low == "para":
        x = head.end
        while x < limit and x - head.end < 3 and x not in starts and _modifier(toks, x, lex):
            x += 1  # "tersangka kasus narkoba Fredy Pratama"
        if x in starts and starts[x].node.type == "Person":
            head = starts[x]
    out = [head]
    links = []
    e = head.end
    if e - 1 in starts and starts[e - 1] is not starts[k]:  # "Joko Widodo-Ma'ruf Amin": a pair sharing a token
        out.append(starts[e - 1])
        e = starts[e - 1].end
    while e + 1 < limit:
        origin = starts.get(e + 1) if toks[e].low in ("dari", "asal") and out[-1].node.type == "Person" else None
        if origin is not None and origin.node.type in ("Country", "Location") and origin.end + 1 < limit \
                and toks[origin.end].low in ("dan", "atau", "serta", ",") and origin.end + 1 in starts \
                and starts[origin.end + 1].node.type == "Person":
            e = origin.end  # "David Nabarro dari Inggris dan Sania Nishtar dari Pakistan": each named with where they are from
        pair = toks[e].text == "/" and out[-1].node.type == "Person" and e + 1 in starts and starts[e + 1].node.type == "Person"
        if toks[e].low not in ("dan", "atau", "serta", "maupun", ",") and not pair:
            break  # "Praveen Jordan / Melati Daeva": a pair of players goes on as "dan" does
        if toks[e].text == "," and {"dan", "atau", "serta"} & set(links):
            break  # "meluncurkan Raize dan Rocky, Honda dengan Jazz": "dan" closed the list; the comma opens a new clause
        if toks[e].text == "," and toks[e + 1].low in ("dan", "atau", "serta") and e + 2 < limit:
            e += 1  # "A, B, dan C": the comma before the last link (the standard style of a list)
        nxt = e + 1
        if nxt not in starts:  # "dan seorang kontraktor bernama Heri": a described partner named after bernama
            x = nxt
            while x < limit and x - nxt < 4 and not toks[x].cap and toks[x].low not in ("bernama", "berinisial") and toks[x].low.isalpha() and toks[x].low not in lex.function:
                x += 1
            if x + 1 < limit and toks[x].low in ("bernama", "berinisial") and x + 1 in starts and starts[x + 1].node.type == "Person":
                nxt = x + 1
            else:
                break
        links.append(toks[e].low)
        out.append(starts[nxt])
        e = starts[nxt].end
    return _closed_list(out, links)


def _closed_list(items: list, links: list[str]) -> list:
    """"A, B dan C" is a list; "A, B" alone is two phrases (a comma joins only a list closed by dan/atau)."""
    if "," in links and not set(links) - {","}:
        return items[:1]
    return items


def _after(toks, j, lex, preps, skip=frozenset()) -> int | None:
    """The index after one of ``preps`` reached from j over adverbs, time words and the entry's ``skip`` words
    ("menjatuhkan vonis lima tahun penjara kepada X"), or None."""
    k = j
    while k < len(toks):
        for p in preps:
            words = p.split()
            if all(k + x < len(toks) and toks[k + x].low == w for x, w in enumerate(words)):
                return k + len(words)
        t = toks[k]
        if (_match(toks, k, lex.adverbs) or t.low in lex.time_words and t.low != "yang" or t.low in lex.calendar or t.text in "()/"
                or re.fullmatch(r"[\d./,-]+", t.text) or t.low in skip):
            k += 1
            continue
        return None
    return None


def _done_by(toks, starts, at, lex, doc: _Doc, facts) -> None:
    """"Penangkapan tersebut dilakukan oleh Polri", "Penangkapan Budi dilakukan oleh polisi": the agent of an act a
    noun names. With no one named after the noun, the act was done to the last one a sentence before said it was done
    to with no agent ("Budi ditangkap di bandara.")."""
    for i, t in enumerate(toks):
        action = lex.action_nouns.get(t.low)
        if not action or at[i] is not None or i > 0 and toks[i - 1].low.removesuffix("nya") in lex.intent_nouns:
            continue
        j, patient = i + 1, None
        if j in starts:
            patient, j = starts[j].node, starts[j].end
        elif j < len(toks) and toks[j].low in ("itu", "tersebut", "ini"):
            patient, j = doc.patients.get(action), j + 1
        if patient is None or j + 2 >= len(toks) or toks[j].low not in ("dilakukan", "dilaksanakan") or toks[j + 1].low != "oleh":
            continue
        agent = starts.get(j + 2)
        if agent is not None and agent.node is not patient and agent.node.type in ("Person", "Organization", "Country") \
                and not _negated(toks, j, lex):
            facts.append((agent.node, action, patient, None, 0.5))


def _person_from_body(toks, mentions, starts, verbs, doc, facts) -> None:
    """"Rina Kusuma dari Bank Mandiri mengatakan ...": a person written with "dari" and a body, the phrase closed right
    after the body (by punctuation, a clause word or the sentence's verb), works for it, as "X of Y" does in English.
    A party's people are its members, which ``_pattern_facts`` reads; a verb between the two ("keluar dari") makes
    a movement, not a tie, and so does a verb the person is the object of ("merekrut X dari Persija"). Only a name
    the tagger, too, reads as a person's counts."""
    verb_starts = {v.start for v in verbs}
    for m in mentions:
        if m.node.type != "Person" or m.end + 1 >= len(toks) or toks[m.end].low != "dari" or doc.ner.get(m.start) != (m.end, "Person"):
            continue
        body = starts.get(m.end + 1)
        if body is None or body.node.type != "Organization":
            continue
        end = body.end
        if end < len(toks) and toks[end].text not in _CLOSERS and toks[end].low not in _CLOSING_WORDS and end not in verb_starts:
            continue
        if any(f[0] is m.node and f[2] is body.node for f in facts):
            continue  # the party rule, or another, has linked them already
        if any(v.kind != "report" and v.end <= m.start and m.start - v.end <= 3
               and all(toks[x].low.isalpha() and not toks[x].cap for x in range(v.end, m.start))
               for v in verbs):
            continue  # "mendatangkan penyerang X dari Lille": the object of a move comes from the body it leaves
        facts.append((m.node, "works_for", body.node, None, 0.5))


def _clause_facts(toks, at, starts, verbs, lex, facts, doc: _Doc | None = None) -> None:
    verb_ends = frozenset(v.end - 1 for v in verbs)
    reporting_ends = frozenset(v.end - 1 for v in verbs if v.kind == "report")  # "mengatakan X menangkap Y": X is a new subject
    for idx, v in enumerate(verbs):
        subj, how = _left(toks, at, v.start, lex, verb_ends, reporting_ends)
        cleft = None
        if how == "relative" and (not subj or len(subj) == 1 and (subj[0].node.type == "Group" or _described(toks, subj[0], lex))):
            cleft, named = _clefted(toks, v, starts, at, lex)  # "Perusahaan yang mengakuisisi X adalah Y": Y acquired X
            if not named:
                named = _predicated(toks, at, v.start, lex)  # "Y adalah perusahaan yang mengakuisisi X": Y acquired X
            if named:
                subj, how = named, "direct"
        if isinstance(how, tuple) and how[1] in lex.control_markers and _planned(toks, v.start, lex):
            v.subject = []
            continue  # "rencana untuk membebaskan": a plan, not an act
        if isinstance(how, tuple) and how[1] == "," and _previous(verbs, idx, toks, lex) is None:
            before = _before_comma(toks, at, v.start, lex)  # "Kuasa hukum Hasto, Ronny Talapessy, menuding ..."
            if before is not None:
                subj, how = [before], "direct"
            else:
                named = _examples_before_comma(toks, at, v.start, lex)  # "Belasan negara, termasuk A dan B, mendesak"
                if named:
                    subj, how = named, "direct"
        if isinstance(how, tuple):
            prev = _previous(verbs, idx, toks, lex)
            if prev is not None:
                if how[1] in lex.control_markers and prev.control:
                    subj = prev.objects if prev.voice != morph_id.PASSIVE else prev.subject
                    v.subject = subj
                    continue  # what someone is urged to do has not happened
                subj = prev.subject
                if how[1] in lex.adverbial_openers and prev.voice != morph_id.PASSIVE \
                        and any(o.node.type in ("Person", "Organization", "Country", "Group") for o in prev.objects):
                    subj = []  # "Polisi menangkap X saat menyerang Y": the one arrested, or the police, may be attacking
            elif how[1] in lex.inherit and how[1] not in lex.control_markers and how[1] not in lex.coordinators:
                subj = _copula_subject(toks, at, v.start, lex)  # "X akan menjadi perdana menteri setelah memimpin Y"
        v.subject = subj
        if v.kind == "lex" and v.voice in (morph_id.ACTIVE, morph_id.BARE, morph_id.BER, morph_id.TER) and not (v.voice == morph_id.TER and not v.entry.get("prep")):
            v.objects = _objects(toks, v, starts, at, lex)
        if v.kind == "lex" and v.voice == morph_id.PASSIVE:
            v.objects = _agents(toks, v, starts, at, lex)
            if not v.objects and doc is not None and subj and not _negated(toks, v.start, lex):
                doc.patients[v.entry["p"]] = subj[0].node  # "Duterte ditangkap di bandara": by whom, a later sentence may say
        if v.kind == "lex" and v.voice == morph_id.TER:
            agents = _agents(toks, v, starts, at, lex, only_oleh=True)
            if agents:
                v.objects = agents
                v.voice = morph_id.PASSIVE
        if cleft is not None:
            v.objects = [o for o in v.objects if o.end <= cleft]  # the names after the copula are the subject
        if v.kind != "lex" or _negated(toks, v.start, lex, settled=v.entry.get("p") in lex.settled_properties):
            if v.kind in ("other", "report") and v.entry is None and morph_id.analyse(toks[v.start].low, lex.light):
                # only a light verb makes the act its noun names: "menggelar pertemuan dengan X" met X, but
                # "menunggu kesepakatan dengan X" awaits one
                light = _light(toks, v, starts, at, lex)
                if light and not _negated(toks, v.start, lex):
                    for s in subj:
                        for o in light[1]:
                            facts.append((s.node, light[0], o.node, None, 0.6))
            continue
        is_light = morph_id.analyse(toks[v.start].low, lex.light)
        light = _light(toks, v, starts, at, lex) if is_light else None
        if light:
            for s in subj:
                for o in light[1]:
                    facts.append((s.node, light[0], o.node, None, 0.6))
            continue
        mutual = _light_noun(toks, v, lex) if is_light else v.entry.get("p") if not v.objects else None
        if mutual in lex.symmetric and len(subj) >= 2:
            for o in subj[1:]:  # "Indonesia dan Norwegia menandatangani nota kesepahaman": each with the other
                facts.append((subj[0].node, mutual, o.node, None, 0.6))
            continue
        body = _complaint_body(toks, v, starts, lex) if v.voice != morph_id.PASSIVE else None
        if body is not None:  # "menggugat Uni Eropa ke WTO", "melaporkan X ke Polda": the body the case is taken to
            for s in subj:
                facts.append((s.node, "filed_complaint_with", body.node, None, 0.6))
        for s in subj:
            for o in v.objects:
                if v.voice == morph_id.PASSIVE:
                    agent, patient = o, s
                else:
                    agent, patient = s, o
                pred = _as_override(toks, o if v.voice != morph_id.PASSIVE else v, v.entry) or v.entry["p"]
                if pred == "sent" and _money_sent(toks, v.end, lex):
                    pred = "funded"  # "menyalurkan dana 100 juta dolar kepada X": money sent is funding
                by_type = v.entry.get("by_type")
                if by_type and patient.node.type in by_type:
                    pred = by_type[patient.node.type]
                if v.entry.get("inverse"):
                    agent, patient = patient, agent  # "ASEAN beranggotakan Indonesia": Indonesia is the member
                facts.append((agent.node, pred, patient.node, None, 0.7))


def _complaint_body(toks, v: _Verb, starts, lex) -> _Mention | None:
    """The organisation after "ke"/"kepada" in the clause of a complaint verb (its entry's ``complaint_to``)."""
    preps = v.entry.get("complaint_to") if v.entry else None
    if not preps:
        return None
    for k in range(v.end, min(len(toks) - 1, v.end + 10)):
        if toks[k].text in ",;:." or toks[k].low in lex.clause_breaks:
            return None
        if toks[k].low in preps and k + 1 in starts and starts[k + 1].node.type == "Organization":
            return starts[k + 1]
    return None


def _money_sent(toks, j, lex) -> bool:
    """The thing sent right after the verb at j is money ("dana", "hibah", "pinjaman", a funding noun)."""
    while j < len(toks) and _match(toks, j, lex.np_prefixes):
        j += _match(toks, j, lex.np_prefixes)[0]
    return j < len(toks) and (toks[j].low in lex.money_nouns or bool(_match(toks, j, lex.funding_nouns)))


def _before_comma(toks, at, i, lex) -> _Mention | None:
    """The name closing an apposition right before the verb's comma, when no verb came before it."""
    j = i - 1
    while j >= 0 and _skippable(toks, j, lex) and toks[j].text != ",":
        j -= 1
    if j < 1 or toks[j].text != "," or at[j - 1] is None:
        return None
    m = at[j - 1]
    described = any(toks[x].text == "," for x in range(m.start, m.end))  # "Tunggal putra Indonesia, Rafi Ananda, menjuarai"
    if m.node.type not in ("Person", "Organization") or (m.start > 0 and toks[m.start - 1].text != "," and not described):
        return None  # "Perusahaan asal Singapura, Grab Holdings, mengakuisisi": companies are set off by commas too
    if m.node.type == "Organization" and m.start == 0:
        return None
    return m


def _examples_before_comma(toks, at, i, lex) -> list[_Mention]:
    """"Belasan perwakilan asing, termasuk Amerika Serikat dan Uni Eropa, mendesak ...": the named examples of a
    subject that is a plain noun stand in for it."""
    j = i - 1
    while j >= 0 and _skippable(toks, j, lex) and toks[j].text != ",":
        j -= 1
    if j < 1 or toks[j].text != ",":
        return []
    named: list[_Mention] = []
    k = j - 1
    while k >= 0:
        m = at[k]
        if m is not None:
            if m.node.type not in ("Person", "Organization", "Country", "Group") or m in named:
                return []
            named.insert(0, m)
            k = m.start - 1
        elif toks[k].low in ("dan", "serta", ","):
            k -= 1
        elif toks[k].low in ("termasuk", "seperti") and k > 0 and toks[k - 1].text == "," and named:
            return named
        else:
            return []
    return []


def _planned(toks, i, lex) -> bool:
    """A purpose clause after a noun of intent ("rencana untuk", "upaya agar") describes no event."""
    j = i - 1
    while j >= 0 and toks[j].low not in lex.control_markers:
        j -= 1
    if j <= 0:
        return False
    before = toks[j - 1].low
    return before.removesuffix("nya") in lex.intent_nouns or before in lex.irrealis  # "berkomitmen untuk membantu"


def _as_override(toks, after, entry) -> str | None:
    """"menetapkan X sebagai tersangka": the role after "sebagai" can change the relation (declared → charged)."""
    table = entry.get("as")
    if not table:
        return None
    k = after.end
    if k + 1 < len(toks) and toks[k].low == "sebagai":
        return table.get(toks[k + 1].low)
    return None


def _copula_subject(toks, at, i, lex) -> list[_Mention]:
    """The subject of the copula clause an adjunct verb at i follows ("X akan menjadi perdana menteri Kanada setelah
    memimpin Y"), else nothing."""
    for c in range(i - 2, -1, -1):
        if toks[c].text in ",;:" or toks[c].low in lex.clause_breaks or toks[c].low == "yang":
            return []
        if toks[c].low in lex.copulas and at[c] is None:
            found, how = _left(toks, at, c, lex)
            return found if how == "direct" else []
    return []


def _previous(verbs, idx, toks, lex):
    for p in range(idx - 1, -1, -1):
        prev = verbs[p]
        between = {toks[k].low for k in range(prev.end, verbs[idx].start)}
        if between & {"bahwa"}:
            return None
        return prev
    return None


def _ordinal(low: str, lex) -> bool:
    """"ketiga", "ke-3", "ke3": an ordinal."""
    return low in lex.ordinals or bool(re.fullmatch(r"ke-?\d+", low))


def _relative_named(toks, m: _Mention, lex) -> bool:
    """Whether a person's name stands for a relative of theirs: after a kinship word ("ibunda Galih", "Istri
    Budi Santoso" with the word outside the name) or with one opening the name the tagger read ("Istri Budi
    Santoso" as one name). "Putra" and "Putri" open names too, so only another word after them counts."""
    if m.node.type != "Person":
        return False
    if m.start > 0 and toks[m.start - 1].low in lex.relation_nouns:
        return True
    first = toks[m.start].low
    if m.role is not None and _role_at(toks, m.start, lex):
        return False  # "Putra Mahkota X": a title ("crown prince") that opens with a kinship word
    return first in lex.relation_nouns and m.end - m.start >= (3 if first in ("putra", "putri") else 2)


def _objects(toks, v: _Verb, starts, at, lex) -> list[_Mention]:
    entry = v.entry
    j = v.end
    if entry.get("obj"):  # mengerahkan pasukan ke X: the destination is the object
        k = j
        while k < len(toks) and toks[k].text not in ",;:" and toks[k].low not in lex.clause_breaks and k - j < 10:
            if toks[k].low == entry["obj"]:
                return _np(toks, k + 1, starts, at, lex)
            k += 1
        return []
    preps = entry.get("prep")
    if preps:
        k = _after(toks, j, lex, preps, frozenset(entry.get("skip", ())))
        if k is None:
            if not entry.get("optional_prep"):
                return []
            k = j
        return _np(toks, k, starts, at, lex)
    while j < len(toks) and (_match(toks, j, lex.adverbs) and toks[j].low not in ("lalu",)):
        j += _match(toks, j, lex.adverbs)[0]
    found = _np(toks, j, starts, at, lex)
    if not found:  # "menahan dua pihak swasta, yakni X dan Y": the names the list spells out
        k = j
        while k < len(toks) and k - j < 6 and at[k] is None and toks[k].text not in ".;:" and toks[k].low not in _LIST_OPENERS:
            k += 1
        if k < len(toks) and toks[k].low in _LIST_OPENERS:
            found = _np(toks, k + 1, starts, at, lex)
    elif len(found) == 1 and found[0].node.type == "Group":
        # "menangkap tiga tersangka, yakni A, B, dan C": the people a list after the group names are its members
        k = found[0].end
        if k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].low in _LIST_OPENERS:
            named = _np(toks, k + 2, starts, at, lex)
            if named and all(m.node.type == "Person" for m in named):
                found = named
    if entry.get("product"):
        return _products(toks, j, found, starts, at, lex)
    range_ = lex.ranges.get(entry["p"], ("Entity", "Entity"))[1]
    if not entry.get("or_prep") or any(_fits(x.node.type, range_) for x in found):
        return found
    # "mengirim bantuan ke Sigi", "melanda tujuh kecamatan di Kabupaten Sigi": the object is no name, the place after it is
    k = j
    while k < len(toks) and k - j < 8 and toks[k].text not in ",;:." and toks[k].low not in lex.clause_breaks and at[k] is None:
        if toks[k].low in entry["or_prep"]:
            n = k + 1  # "saham perusahaan rintisan logistik PT X": descriptive nouns before the name
            while n < len(toks) and n - k <= 4 and at[n] is None and toks[n].low.isalpha() and not toks[n].cap and toks[n].low not in lex.function:
                n += 1
            return _np(toks, n, starts, at, lex)
        k += 1
    return []


_MODEL_NUMBER = re.compile(r"(?=.*\d)[\w.-]+")  # "155", "S24", "X5": the number or code of a product's model


def _products(toks, j, found: list[_Mention], starts, at, lex) -> list[_Mention]:
    """The object of a launch verb at ``j``: what it names is a product, and the tagger, which knows none, reads an
    unknown one as a person ("meluncurkan Raize dan Rocky"). Past descriptive nouns ("varian baru dari Xpander",
    "generasi ke-11 dari Corolla", "motor retro modern, XSR155") the name they end in is the product, if it is no name
    of a body, place or known person ("merilis laporan Bank Dunia" releases no bank)."""
    if found and found[0].start == j:
        return [_as_product(_with_model_number(toks, m, starts, at)) if m.node.type == "Person" else m for m in found]
    if found and any(m.node.type != "Person" or not _unknown(m) for m in found):
        return found  # "merilis laporan Bank Dunia": read as before
    # a person's name far after the verb is no product ("meluncurkan paket yang dibanderol Rp 49 ribu")
    k, comma = j, False
    while k < len(toks) and k - j <= 6 and k not in starts and at[k] is None and not toks[k].cap:
        t = toks[k]
        if t.text == "," and not comma and k > j:
            comma = True
        elif not (re.fullmatch(r"ke-?\d+", t.low) or t.low.isalpha() and t.low not in _NOT_DESCRIPTIVE
                  and t.low not in lex.clause_breaks and t.low not in lex.coordinators and t.low not in lex.negators):
            return []
        k += 1
    if k == j or k >= len(toks) or toks[k - 1].text == "," and not comma:
        return []
    if k in starts and toks[k].cap:
        # the tagger reads a model's name as anything ("Corolla" a place, "Air Blade" a body); kg knowing it is the sign
        m = _with_model_number(toks, starts[k], starts, at)
        if m.node.type == "Product":
            return [m]
        if m.node.type == "Person" and any(_agent_noun(toks[x].low) for x in range(j, k)):
            return []  # "merilis identitas pelaku Budi": the name a person noun gives is a person's
        return [replace(m, node=replace(m.node, type="Product"))] if m.node.type != "Country" and _unknown(m) else []
    if k in starts or not toks[k].cap or at[k] is not None:
        return []
    e = k + 1
    while e < len(toks) and e not in starts and at[e] is None and (toks[e].cap or _MODEL_NUMBER.fullmatch(toks[e].text)):
        e += 1
    name = _span_text(toks, k, e)
    return [_Mention(k, e, Node(name, "Product", (name,)))]


# words a launch verb's descriptive object does not run on through: prepositions other than "dari" (where, when, for
# whom, with what), pronouns, and the words after which the name is the maker or author, not the thing made ("buku
# karya X", "motor besutan X")
_NOT_DESCRIPTIVE = frozenset({"di", "ke", "pada", "untuk", "bagi", "dengan", "kepada", "oleh", "tentang", "terhadap", "sejak",
                              "antara", "atas", "dalam", "soal", "mengenai", "terkait", "seperti", "sebagai",
                              "yang", "ini", "itu", "tersebut", "mereka", "kami", "kita", "ia", "dia", "saat", "ketika",
                              "karya", "milik", "buatan", "besutan", "garapan", "bikinan", "produksi", "keluaran", "rancangan"})


def _unknown(m: _Mention) -> bool:
    """A name typed only as the tagger read it: kg neither knows it (the gazetteer) nor gave it an English name."""
    surface = m.node.aliases[0] if m.node.aliases else m.node.name
    return m.node.name == surface and gazetteer.lookup(surface, LANG) is None


def _with_model_number(toks, m: _Mention, starts, at) -> _Mention:
    """``m`` with the model number written right after it ("Vario 160", "NMax 155")."""
    e = m.end
    if e < len(toks) and e not in starts and at[e] is None and _MODEL_NUMBER.fullmatch(toks[e].text) and toks[e].text[:1].isdigit():
        name = _span_text(toks, m.start, e + 1)
        return _Mention(m.start, e + 1, Node(name, m.node.type, (name,)))
    return m


def _as_product(m: _Mention) -> _Mention:
    """A launched name the tagger read as a person's is a product ("meluncurkan Raize")."""
    return replace(m, node=replace(m.node, type="Product")) if m.node.type == "Person" and _unknown(m) else m


def _agents(toks, v: _Verb, starts, at, lex, only_oleh=False) -> list[_Mention]:
    j = v.end
    if not only_oleh and j in starts:
        return _np(toks, j, starts, at, lex)
    k = _after(toks, j, lex, ["oleh"])
    if k is None:  # "dilantik sebagai Kapolri oleh Presiden": oleh later in the clause
        for x in range(j, min(len(toks), j + 8)):
            if toks[x].text in ",;:" or toks[x].low in lex.clause_breaks or toks[x].low == "yang":
                return []
            if toks[x].low == "oleh":
                k = x + 1
                break
        else:
            return []
    return _np(toks, k, starts, at, lex)


def _light_noun(toks, v: _Verb, lex) -> str | None:
    """The predicate of the predicate noun right after a light verb ("menandatangani nota kesepahaman"), else None."""
    j = v.end
    for _ in range(4):
        if j >= len(toks):
            return None
        hit = _match(toks, j, lex.pred_nouns) or _match_bare(toks, j, lex.pred_nouns)
        if hit:
            return hit[1]["p"]
        if not _match(toks, j, lex.adverbs):
            return None
        j += _match(toks, j, lex.adverbs)[0]
    return None


def _light(toks, v: _Verb, starts, at, lex):
    """Light verb + predicate noun + preposition + entity: "menggelar panggilan video dengan X" → held_call_with X;
    a light verb of holding + a named event: "menggelar Munas" → organized the congress."""
    j = v.end
    for _ in range(4):
        if j >= len(toks):
            return None
        hit = _match(toks, j, lex.pred_nouns) or _match_bare(toks, j, lex.pred_nouns)
        if hit:
            break
        held = morph_id.analyse(toks[v.start].low, lex.event_light)
        if held and held[1] in (morph_id.ACTIVE, morph_id.BARE) and j in starts and starts[j].node.type == "Event":
            return lex.event_light[held[0]], [starts[j]]
        if _match(toks, j, lex.adverbs):
            j += _match(toks, j, lex.adverbs)[0]
            continue
        return None
    else:
        return None
    n, value = hit
    k = j + n
    steps = 0
    while k < len(toks) and steps < 12:
        t = toks[k]
        if t.low in value["prep"]:
            objs = _np(toks, k + 1, starts, at, lex, genitive=True)
            return (value["p"], objs) if objs else None
        if t.text in ".;:" or t.low in lex.clause_breaks:
            return None
        k += 1
        steps += 1
    return None
