"""The relation step both languages share: verbs of a dependency parse that link two named entities.

Input is a parsed spaCy ``Doc`` per sentence (English: en_core_web_sm; Indonesian: kg's own model in
``kg/lang/id/model``); output is kg's :class:`~kg.records.Triple`. A verb's subject and object (or the
object of a preposition that depends on it; passives swapped through their agent) become a triple when both
are entity mentions found by the model's NER. The predicate is the ontology property the verb means
(the language's verb lexicon, then the English frame table), else the generic ``related`` property carrying
the verb's English lemma in ``Triple.verb``. The language's words live in ``kg/lang/<code>/relate.json``:
which dependency labels mean subject, object, passive subject and agent, prepositions in English,
negators, modal and conditional words, and the verbs that only report speech.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from kg import gazetteer, morph_id, ontology
from kg import lang as langdata
from kg.dates import resolve_date
from kg.nlp import add_deps, misread_place_subject, split_off_title
from kg.records import Article, Node, Triple

ENABLED = True  # switched off only to measure what the step adds (bench/bench_quality.py --ablate)
LEARNED = True  # the learned pair model (kg/relmodel.py) beside the verb links; off only for ablation
GENERIC = "related"  # the property of a verb link whose verb maps to no ontology property
CONFIDENCE = {True: 0.6, False: 0.45}  # mapped to an ontology property / generic


@dataclass(frozen=True, slots=True)
class _Mention:
    start: int  # token indices in the sentence Doc
    end: int
    node: Node


@dataclass(frozen=True)
class _Lang:
    code: str
    subj: frozenset[str]
    obj: frozenset[str]
    pass_subj: frozenset[str]
    agent: frozenset[str]  # relations whose dependent is the passive's agent (or holds it, English "agent" → pobj)
    agent_case: frozenset[str]  # prepositions that mark an agent ("oleh")
    prep: frozenset[str]  # relations of prepositional dependents
    case: frozenset[str]  # relations of a preposition under its noun (UD "case")
    inherit: frozenset[str]  # relations through which a verb shares its head's subject (conj, xcomp)
    relcl: frozenset[str]  # relative clauses: the head noun is the subject
    negators: frozenset[str]
    irrealis: frozenset[str]  # modals, future and condition markers: the event is not asserted
    intent_nouns: frozenset[str]  # a purpose clause after one of these is only asked or planned ("permohonan untuk")
    skip: frozenset[str]  # English lemmas of verbs that only report or state
    known_verbs: str  # what to do with a verb the language's rules know: "property", "related" or "skip"
    prepositions: dict  # the language's prepositions → English
    labels: dict  # NER label → ontology class
    hearsay: frozenset[str] = frozenset()  # nouns whose content clause is not asserted ("allegations that ...")
    reports: frozenset[str] = frozenset()  # nouns whose content clause is asserted unless they are denied ("reports that ...")
    denials: frozenset[str] = frozenset()  # verbs that deny what their object reports
    complementizers: frozenset[str] = frozenset()  # words that open a content clause ("that", "bahwa")
    noun_negators: frozenset[str] = frozenset()  # words that deny a noun ("no evidence")
    relatives: frozenset[str] = frozenset()  # kinship words that name a relative of the name after them ("ibunda Galih")
    bare_agent: bool = False  # a passive verb's object is its agent ("dibakar KKB": burned by the KKB)
    naming: frozenset[str] = frozenset()  # words by which a noun gives its name: "a model called X", "penulis bernama X"
    gerund_preps: frozenset[str] = frozenset()  # prepositions whose gerund shares the clause's subject ("by handing")
    list_openers: frozenset[str] = frozenset()  # words that open a list naming a noun's members ("namely", "yakni")
    list_joiners: frozenset[str] = frozenset()  # words that join the items of such a list ("and", "dan")
    recipient_cases: frozenset[str] = frozenset()  # prepositions of a recipient the parser may hang on the object ("kepada")


@cache
def _lang(code: str) -> _Lang:
    d = langdata.data(code, "relate")
    return _Lang(
        code=code,
        **{k: frozenset(d.get(k, ())) for k in ("subj", "obj", "pass_subj", "agent", "agent_case", "prep", "case", "inherit", "relcl", "negators", "irrealis", "intent_nouns", "skip")},
        known_verbs=d.get("known_verbs", "property"),
        prepositions=d.get("prepositions", {}),
        labels=d.get("labels", {}),
        relatives=frozenset(langdata.data(code, "resolve").get("relation_nouns", ())) if d.get("kinship_before_owner") else frozenset(),
        bare_agent=bool(d.get("bare_passive_agent")),
        naming=frozenset(d.get("naming", ())),
        gerund_preps=frozenset(d.get("gerund_preps", ())),
        list_openers=frozenset(d.get("lists", {}).get("openers", ())),
        list_joiners=frozenset(d.get("lists", {}).get("joiners", ())),
        recipient_cases=frozenset(d.get("recipient_cases", ())),
        **{field: frozenset(d.get("hearsay", {}).get(key, ())) for field, key in (
            ("hearsay", "nouns"), ("reports", "report_nouns"), ("denials", "denials"), ("complementizers", "complementizers"),
            ("noun_negators", "noun_negators"))},
    )


@cache
def _frames() -> dict[str, str]:
    """English verb (or "verb preposition") → ontology property, from kg/lang/en/verbs.json's plain frames."""
    frames = langdata.data("en", "verbs").get("frames", {})
    return {k: v for k, v in frames.items() if "*" not in k}


@cache
def verb_dictionary(code: str) -> dict[str, str]:
    """The language's verb dictionary (word or base → English lemma), ``kg/lang/<code>/verb_dictionary.tsv``."""
    out = dict(langdata.table(code, "verb_dictionary"))
    if code == "id":
        # the dictionary lists active forms (mengawasi); their bases (awasi) let passives (diawasi) through
        for word, english in list(out.items()):
            for base, voice in morph_id.candidates(word):
                if voice == morph_id.ACTIVE:
                    out.setdefault(base, english)
    return out


def english_verb(token, code: str) -> tuple[str | None, str | None, dict]:
    """(ontology property or None, English lemma or None, the lexicon's frame) of a verb token.

    English reads the token's lemma; Indonesian reads the word and its bases (:mod:`kg.morph_id`) first in
    kg's verb lexicon (which names ontology properties), then in the verb dictionary (English lemmas).
    """
    if code == "en":
        lemma = token.lemma_.lower()
        return _frames().get(lemma), lemma, {}
    if code == "id":
        lexicon = langdata.data("id", "verbs").get("verbs", {})
        dictionary = verb_dictionary("id")
        readings = morph_id.candidates(token.text)
        for base, _voice in readings:
            if base in lexicon:
                entry = lexicon[base]
                if entry is None:
                    return None, None, {}  # the lexicon says: not a verb that links entities
                frame = {"p": entry} if isinstance(entry, str) else entry
                if frame.get("p"):
                    return frame["p"], dictionary.get(base) or dictionary.get(token.text.lower()), frame
        for base, _voice in readings:
            english = dictionary.get(base)
            if english:
                return _frames().get(english), english, {}
    return None, None, {}


def mentions(doc, code: str) -> list[_Mention]:
    """The entity mentions of a parsed sentence, typed with the ontology's classes and named in English where
    the gazetteer knows the name: the model's entities, then gazetteer names the model missed (an entity
    ruler after the statistical NER, so countries and well-known bodies are found however the model does)."""
    labels = _lang(code).labels
    out = []
    taken: set[int] = set()
    for ent in doc.ents:
        cls = labels.get(ent.label_)
        country = gazetteer.country_of_demonym(ent.text, code) if ent.label_ == "NORP" else None
        if country:
            # "Chilean President X": the nationality adjective stands for its country
            out.append(_Mention(ent.start, ent.end, _node(country, "Country", ent.text)))
            taken.update(range(ent.start, ent.end))
            continue
        while len(ent) > 1 and ent[0].pos_ in _FUNCTION_POS:  # "Berdasarkan Diktum I": a capitalised preposition
            ent = ent[1:]
        if cls and ent[0].pos_ not in _FUNCTION_POS and not _calendar_word(ent, code) and not _portfolio(ent, code):
            m = _mention(ent.text, ent.start, ent.end, cls, code)
            if m:
                out.append(m)
                taken.update(range(ent.start, ent.end))
    i = 0
    while i < len(doc):
        first = doc[i]
        if i in taken or not first.is_title and not first.is_upper:  # no name of any length starts here
            i += 1
            continue
        for n in range(min(_LONGEST, len(doc) - i), 0, -1):
            if taken.intersection(range(i, i + n)):
                continue
            span = doc[i:i + n]
            entry = gazetteer.lookup(span.text, code)
            if entry and entry.type in ontology.classes():
                out.append(_Mention(i, i + n, _node(entry.name, entry.type, span.text)))
                taken.update(range(i, i + n))
                i += n - 1
                break
        i += 1
    out = _typed_by_their_nouns(doc, code, out) + _given_names(doc, code, taken)
    return sorted(out, key=lambda m: m.start)


def _typed_by_their_nouns(doc, code: str, found: list[_Mention]) -> list[_Mention]:
    """``found`` with each name a naming word gives a common noun typed by that noun's class when the noun has
    one: the tagger often reads a new name by its letters alone ("a village called Oakhollow" a product,
    "komunitas bernama Zentrix" a person); the noun says what it is."""
    out = []
    for m in found:
        noun = _naming_noun(doc, m.start, code)
        cls = _noun_class(noun, code) if noun is not None else None
        out.append(_Mention(m.start, m.end, replace(m.node, type=cls)) if cls and cls != m.node.type else m)
    return out


def _naming_noun(doc, start: int, code: str):
    """The common noun a naming word before ``start`` gives a name to ("a model called [X]", "perusahaan baru
    bernama [X]"), or None."""
    k = start - 1 - (start > 1 and doc[start - 1].lower_ == "the")
    if k < 1 or doc[k].lower_ not in _lang(code).naming:
        return None
    noun = k - 1
    while noun > 0 and doc[noun].pos_ == "ADJ":
        noun -= 1  # "perusahaan baru bernama X", past the noun's qualities
    return doc[noun] if doc[noun].pos_ == "NOUN" else None


@cache
def _noun_classes() -> dict[str, str]:
    """English common noun → the ontology class of what it names, from English's nouns.json: bodies, places and
    gatherings (a person's noun is read from the WordNet table)."""
    nouns = langdata.data("en", "nouns")
    out = {}
    for cls, keys in (("Organization", ("organizations", "company_nouns", "party_nouns")), ("Location", ("places", "settlements")),
                      ("Event", ("gathering_nouns",))):
        out.update({w: cls for key in keys for w in nouns.get(key, ()) if " " not in w})
    return out


def _noun_class(noun, code: str) -> str | None:
    """The class of what a common noun names, read through its English gloss: Person, Organization, Location,
    Event, or None when the noun does not say."""
    from kg import relmodel

    english = relmodel.gloss(noun, code)
    if langdata.table("en", "noun_classes").get(english) == "person":
        return "Person"
    return _noun_classes().get(english)


def _given_names(doc, code: str, taken: set[int]) -> list[_Mention]:
    """Names the NER missed that a naming word gives a common noun: "an AI model called AlphaFold2", "kendaraan
    bernama Hoverbike S3". Read from the words (the sentence may not be parsed yet): a noun, then a naming word,
    then a run of capitalised words. A person's noun ("a writer named X") makes the name a person's; otherwise the
    name-type model types it when sure, and a made thing (a product) it is."""
    from kg import nametype

    naming = _lang(code).naming
    out = []
    for k in range(1, len(doc) - 1):
        if doc[k].lower_ not in naming or k + 1 in taken:
            continue
        start = k + 1 + (doc[k + 1].lower_ == "the")
        noun = _naming_noun(doc, start, code)
        if noun is None:
            continue
        end = start
        while end < len(doc) and end not in taken and (doc[end].text[:1].isupper() or
                                                        end > start and (doc[end].like_num or doc[end].text == "-")):
            end += 1
        while end > start and doc[end - 1].is_punct:
            end -= 1  # no trailing hyphen
        if end == start:
            continue
        name = doc[start:end].text
        cls = _noun_class(noun, code)
        if cls is None:
            kind, p = nametype.best(name)
            cls = kind if p >= nametype.FLOOR and kind != "Person" else "Product"
        m = _mention(name, start, end, cls, code)
        if m:
            out.append(m)
            taken.update(range(start, end))
    return out


def _with_events(doc, found: list[_Mention], events) -> list[_Mention]:
    """``found`` with each event span (chars) of ``events`` as one mention in place of those it overlaps."""
    out = list(found)
    for first, end, node in events:
        span = doc.char_span(first, end, alignment_mode="expand")
        if span is None:
            continue
        out = [m for m in out if m.end <= span.start or m.start >= span.end]
        out.append(_Mention(span.start, span.end, node))
    return sorted(out, key=lambda m: m.start)


def _calendar_word(ent, code: str) -> bool:
    """A month or weekday the model took for a name: "sejak Mei", "5 Mei", "on Friday" (but "May said" may be
    Theresa May)."""
    if len(ent) != 1 or ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    return ent.text.lower() in _calendar(code) and (before.like_num or before.pos_ == "ADP")


def _portfolio(ent, code: str) -> bool:
    """A minister's portfolio written before the title, which the model took for a body: "Finance Minister X",
    "Housing and Local Government Deputy Minister Y" (the language's roles.json lists portfolio words)."""
    words, titles = _portfolio_words(code)
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return bool(words) and after is not None and after.lower_ in titles \
        and all(t.lower_ in words or t.pos_ in ("CCONJ", "PUNCT") for t in ent)


@cache
def _portfolio_words(code: str) -> tuple[frozenset[str], frozenset[str]]:
    """(portfolio words, first words of titles) from the language's roles.json."""
    roles = langdata.data(code, "roles")
    words = frozenset(w.lower() for w in roles.get("portfolios", {}).get("words", ()))
    titles = frozenset(r.split()[0].lower() for key in ("roles", "leader_roles") for r in roles.get(key, ()))
    deputies = frozenset(w.lower() for w in roles.get("deputies", {}).get("words", ()))
    return words, titles | deputies


@cache
def _calendar(code: str) -> frozenset[str]:
    dates = langdata.data(code, "dates")
    return frozenset(w.lower() for key in ("months", "weekdays") for w in dates.get(key, ()))


_LONGEST = 5  # tokens of the longest gazetteer name looked for
_FUNCTION_POS = frozenset({"ADP", "SCONJ", "CCONJ", "DET", "PART", "AUX", "PRON"})


def _mention(text: str, start: int, end: int, cls: str, code: str) -> _Mention | None:
    surface = text.strip(" \"'“”‘’")
    if not surface or not any(ch.isalpha() for ch in surface):
        return None
    entry = gazetteer.lookup(surface, code)
    if entry:
        return _Mention(start, end, _node(entry.name, entry.type, surface))
    name = _without_honours(surface, code) if cls == "Person" else surface
    return _Mention(start, end, _node(name, cls, surface)) if cls in ontology.classes() else None


def _without_honours(name: str, code: str) -> str:
    """A person's name without the honours written before it ("Tan Sri Muhyiddin Yassin" → "Muhyiddin Yassin"), as
    the language's rules name the person (English's roles.json lists them; Indonesian's NER is trained to leave
    them out)."""
    if code != "en":
        return name
    from kg import extract_en

    rest = extract_en.lexicon().honorifics.sub("", name)
    return rest if rest.strip() else name


def _node(name: str, cls: str, surface: str) -> Node:
    return Node(name=name, type=cls, aliases=(surface,) if surface != name else ())


def triples(article: Article, sentences, docs, events=None) -> list[Triple]:
    """The verb-linked triples of an article whose sentences are parsed (``docs[i]`` is ``sentences[i]``).
    ``events[i]``, where given, lists the named events the language's rules read in sentence ``i`` as (first
    char, end char, Node): for the verb links each stands for the model's mentions inside it ("KTT ke-43 ASEAN"
    is one event, not the bodies "KTT" and "ASEAN"); the learned pair model keeps the mentions it was trained on."""
    code = article.lang
    lang = _lang(code)
    out: list[Triple] = []
    # the verb links read the rules' events; the learned model reads the mentions it was trained on
    named_found = []
    for k, doc in enumerate(docs):
        named = mentions(doc, code)
        named_found.append((named, _with_events(doc, named, events[k]) if events and events[k] else named))
    # only sentences with two mentions are read through their dependencies: parse those that lack them
    add_deps(code, [doc for doc, (named, found) in zip(docs, named_found) if len(found) >= 2 or len(named) >= 2])
    for sent, doc, (named, found) in zip(sentences, docs, named_found):
        seen = set()
        if _SCORE.search(sent.text):
            out += _scorelines(article, sent, doc, named, resolve_date(sent.text, code, article.date), seen)
        if len(found) < 2 and len(named) < 2:
            continue
        by_token = {i: m for m in found for i in range(m.start, m.end)}
        date = resolve_date(sent.text, code, article.date)
        if LEARNED and len(named) >= 2:
            out += _learned(article, sent, doc, named, date, seen)
        for verb in doc:
            # a word with an object is a verb whatever the tagger said (objects hang only on predicates)
            if not (verb.pos_ == "VERB" or any(c.dep_ in lang.obj or c.dep_ in lang.pass_subj for c in verb.children)):
                continue
            if _negated(verb, lang):
                continue
            prop, english, frame = english_verb(verb, code)
            if prop in _CREATION and _causative(verb):
                continue  # "X membuat Y mengalami kerugian": X made Y suffer a loss and created nothing
            if english in lang.skip or (prop is None and english is None):
                continue
            links = list(_links(verb, lang, by_token))
            has_object = any(prep is None for _, _, prep in links)
            for subj, obj, prep in links:
                if subj.node.name == obj.node.name or subj is obj or _relative(doc, subj, lang) or _relative(doc, obj, lang):
                    continue
                pred = prop if prep is None else _prepositional(prop, english, frame, prep, lang, has_object)
                misfit = prop is not None and pred is None  # the verb's property has no place for this preposition
                if pred is not None and lang.known_verbs != "property":
                    # the rules know this verb and read its frame in context; where they found no triple,
                    # the link is kept only as a plain verb link, or not at all
                    if lang.known_verbs == "skip":
                        continue
                    pred = None
                if pred is not None and not ontology.admits(pred, subj.node.type, obj.node.type):
                    continue  # the property's domain or range has no place for them: a place visits nothing
                mapped = pred is not None
                if not mapped and (english is None or misfit or prep is not None
                                   and lang.prepositions.get(prep, prep) in _SOURCE and obj.node.type != "Person"
                                   or prep is not None and lang.prepositions.get(prep, prep) in _AUDIENCE
                                   and obj.node.type not in ("Organization", "Person")):
                    # a generic link must name its verb; a verb with a property whose frame has no place for this
                    # preposition ("replaced her with Y": Y is no party to a replacing by the subject) gives none;
                    # and a body or place one is "from" is no partner
                    continue
                if not mapped and any(c.dep_ == "oprd" and c.i > verb.i for c in verb.children):
                    continue  # "leaving France and Argentina level": the verb makes them be something, it acts on neither
                wording = english
                if not mapped and prep is not None and lang.prepositions.get(prep, prep) not in english.split():
                    wording = f"{english} {lang.prepositions.get(prep, prep)}"  # "submitted the papers to Y": submit to
                key = (subj.start, obj.start, pred or wording)
                if key in seen:
                    continue
                seen.add(key)
                out.append(Triple(
                    doc_id=article.id, subject=subj.node, predicate=pred or GENERIC, object=obj.node,
                    evidence=sent.text, sentence_start=sent.start, sentence_end=sent.end, lang=code, date=date,
                    confidence=CONFIDENCE[mapped], verb=None if mapped else wording,
                ))
    return out


_SCORE = re.compile(r"(\d{1,3})\s*[-–]\s*(\d{1,3})")
_SIDE_LINKS = frozenset({"&", "FC", "F.C.", "St.", "of", "de"})  # words inside a team's name


def _scorelines(article: Article, sent, doc, found: list[_Mention], date, seen: set) -> list[Triple]:
    """A result written as two sides and the score between them, as sports news writes it in any language
    ("Northgate Rovers 3-1 Castlemoor Athletic", "Hasil: Persikota 0 - 2 Bintang Timur FC"): the side with more points
    defeated the other; a draw gives nothing. Read from the words, not the NER, which often takes the score
    into a name; each side is a run of capitalised words, the first one opening the sentence or a phrase."""
    out = []
    for k in range(1, len(doc) - 1):
        for width in (1, 3):
            score = doc[k:k + width]
            hit = _SCORE.fullmatch(score.text.replace(" ", "")) if k + width < len(doc) else None
            if hit is None or width == 3 and score[1].text not in "-–":
                continue
            left, right = _side(doc, k, -1), _side(doc, k + width, 1)
            if left is None or right is None:
                continue
            points = int(hit.group(1)), int(hit.group(2))
            if points[0] == points[1]:
                continue  # a draw
            won, lost = (left, right) if points[0] > points[1] else (right, left)
            nodes = [_side_node(doc, span, found, article.lang) for span in (won, lost)]
            key = (won.start, lost.start, "defeated")
            if key in seen or nodes[0].name == nodes[1].name:
                continue
            seen.add(key)
            out.append(Triple(
                doc_id=article.id, subject=nodes[0], predicate="defeated", object=nodes[1], evidence=sent.text,
                sentence_start=sent.start, sentence_end=sent.end, lang=article.lang, date=date, confidence=CONFIDENCE[True],
            ))
    return out


def _side(doc, edge: int, step: int):
    """The run of capitalised words that ends just before ``edge`` (step -1) or starts at it (step 1): a side
    of a result. The left side must open the sentence or follow a punctuation mark."""
    k = edge - 1 if step < 0 else edge
    ends = []
    while 0 <= k < len(doc) and (doc[k].is_title or doc[k].is_upper and doc[k].is_alpha or doc[k].text in _SIDE_LINKS) \
            and not doc[k].like_num:
        ends.append(k)
        k += step
    if not ends or len(ends) > 5 or {doc[ends[-1]].text, doc[ends[0]].text} & {"&", "of", "de"}:
        return None
    if step < 0 and k >= 0 and not doc[k].is_punct:
        return None  # "won 3-1": a score after a verb is no result line
    if step > 0 and k < len(doc) and doc[k].like_num:
        return None  # a run of numbers, not one result
    return doc[min(ends):max(ends) + 1]


def _side_node(doc, span, found: list[_Mention], code: str) -> Node:
    """A side of a result as a node: a country (a national team) or a body the gazetteer or the NER knows, else
    a team (an organisation), a town's name included."""
    entry = gazetteer.lookup(span.text, code)
    if entry is not None and entry.type in ("Country", "Organization"):
        return Node(entry.name, entry.type, (span.text,))
    for m in found:
        if (m.start, m.end) == (span.start, span.end) and m.node.type in ("Country", "Organization"):
            return m.node
    return Node(span.text, "Organization", (span.text,))


def _learned(article: Article, sent, doc, found: list[_Mention], date, seen: set) -> list[Triple]:
    """The links the learned pair model (:mod:`kg.relmodel`) makes between the sentence's mentions."""
    from kg import relmodel

    out = []
    spans = [(m.start, m.end, m.node.type) for m in found]
    by_span = {(m.start, m.end): m for m in found}
    lang = _lang(article.lang)
    for pair, prop, p in relmodel.predict(doc, spans, article.lang):
        subj, obj = by_span[(pair.a_start, pair.a_end)], by_span[(pair.b_start, pair.b_end)]
        if subj.node.name == obj.node.name:
            continue
        if prop not in KINSHIP and (_relative(doc, subj, lang) or _relative(doc, obj, lang)):
            continue  # "ibunda Galih tiba di Jakarta": the mother arrived, and she is no mention
        if prop in KINSHIP and not _states_kinship(doc, article.lang):
            continue  # two people named together are no couple: a family tie is stated by a word for it
        top = relmodel.meeting_point(doc, pair)
        if top is not None and (_negated(top, lang, claims=prop not in _STANDING) or top.lower_ in lang.irrealis or top.lemma_.lower() in lang.irrealis):
            # the words that link them are denied, modal, future or conditional, or are themselves a plan or a
            # schedule ("X dijadwalkan untuk mengunjungi Palu"): nothing is asserted
            continue
        if top is not None and prop not in _STANDING and planned(top, article.lang):
            continue  # "rencana kunjungan X ke Y", "plans for a meeting between X and Y": the act is only planned
        if prop in _CONTAINMENT and not (_same_country(subj.node, obj.node, article.lang) and _levels_fit(subj.node, obj.node, article.lang)):
            continue
        if prop in _CREATION and top is not None and _causative(top):
            continue
        seen.add((subj.start, obj.start, prop))
        out.append(Triple(
            doc_id=article.id, subject=subj.node, predicate=prop, object=obj.node, evidence=sent.text,
            sentence_start=sent.start, sentence_end=sent.end, lang=article.lang, date=date, confidence=round(p, 3),
        ))
    return out


# the properties of a family tie (what a kinship word states: "X, istri Budi"), for both extractors and this step
KINSHIP = frozenset({"married_to", "child_of", "relative_of"})


def _states_kinship(doc, code: str) -> bool:
    """Whether a word of the sentence, read in English as the pair model reads it, names a family tie."""
    from kg import relmodel

    cues = _kinship_glosses()
    return any(relmodel.gloss(t, code) in cues for t in doc)


@cache
def _kinship_glosses() -> frozenset[str]:
    return frozenset(langdata.data("en", "resolve").get("relation_nouns", ())) - {"mentor", "protege", "protégé"} \
        | frozenset(langdata.data("en", "relate").get("kinship_glosses", ()))


def _relative(doc, m: _Mention, lang: _Lang) -> bool:
    """Whether a person's mention stands after a kinship word and so names only whose relative is meant."""
    return m.node.type == "Person" and m.start > 0 and doc[m.start - 1].lower_ in lang.relatives


_CONTAINMENT = frozenset({"located_in", "capital_of", "based_in"})
_CREATION = frozenset({"founded", "built"})  # what a verb of making states only when it makes a thing, not makes one do


def _causative(verb) -> bool:
    """Whether a verb makes its object do or be something rather than makes the object: a predicate of its own
    follows the verb ("X membuat Y mengalami kerugian", "Menga membuat Y terus waspada", "X made Y angry")."""
    return any(c.dep_ in ("xcomp", "ccomp", "oprd") and c.i > verb.i for c in verb.children)


# what someone or something is, rather than what happened: a post or a seat named inside a claim is still told
# as fact ("allegations that Azam, as the agency's director, ..." leaves him its director)
_STANDING = frozenset({
    "holds_role", "leads", "headed", "member_of", "works_for", "spokesperson_of", "lawyer_of", "citizen_of", "represents",
    "plays_for", "located_in", "based_in", "held_in", "capital_of", "part_of", "subsidiary_of", "owns", "married_to",
    "child_of", "relative_of",
})
# prepositions (in English) whose object, a body or a place, is where something or someone comes from: quoted
# "from Reuters", led by a person "from Gojek"; only a verb frame that names them ("resign from") links it
_SOURCE = frozenset({"from"})
_AUDIENCE = frozenset({"before"})  # "testified before Congress": a body or a person one appears before (not a time or an event)


def _same_country(inner: Node, outer: Node, code: str) -> bool:
    """Whether a place (or seat) can lie in another as far as the gazetteer knows: a place it puts in a country
    lies only in that country or in places of that country ("Kuala Lumpur, Jawa Timur" is a list, not a chain)."""
    known = _place(inner, code)
    if known is None or known.country is None:
        return True
    if outer.type == "Country":
        return outer.name == known.country
    wider = _place(outer, code)
    return wider is not None and wider.country == known.country


def _levels_fit(inner: Node, outer: Node, code: str) -> bool:
    """Whether two places named with administrative units can nest: a unit lies only in a unit of a higher level
    ("Desa X" in "Kecamatan Y", never "Kecamatan X" in "Kecamatan Y": that is a list). True when either level is
    unknown (the language's ``place_levels``)."""
    levels = _place_levels(code)

    def level(node: Node) -> int | None:
        first = node.name.split()[:1] or [""]
        return levels.get(first[0].lower())

    a, b = level(inner), level(outer)
    return a is None or b is None or a < b


@cache
def _place_levels(code: str) -> dict[str, int]:
    return langdata.data(code, "organizations").get("place_levels", {})


def _place(node: Node, code: str):
    for surface in (*node.aliases, node.name):
        entry = gazetteer.lookup(surface, code) or gazetteer.lookup(surface, "en")
        if entry:
            return entry
    return None


def _prepositional(prop, english, frame: dict, prep: str, lang: _Lang, has_object: bool) -> str | None:
    """The property of a verb's link to the object of a preposition: a frame naming that preposition
    ("meet with"; Indonesian frames list theirs, "or_prep" only when the verb has no direct object), else None."""
    if frame.get("p"):
        if prep in frame.get("prep", ()) or (prep in frame.get("or_prep", ()) and not has_object):
            return prop
        return None
    return _frames().get(f"{english} {lang.prepositions.get(prep, prep)}") if english else None


def merged(rules: list[Triple], found: list[Triple]) -> list[Triple]:
    """The language's rule triples plus the verb links between pairs the rules did not already relate in that
    sentence (rules read roles, coreference and frames more precisely; this step adds what they miss)."""
    linked = {}
    placed = {}  # sentence → the people the rules gave a post, and the bodies or places they hold it in
    names = {}  # sentence → the name and aliases of each entity the rules found there
    stated = {}  # (sentence, property) → the ends of the rules' triples of it
    for t in rules:
        linked.setdefault(t.sentence_start, []).append((_words(t.subject), _words(t.object)))
        stated.setdefault((t.sentence_start, t.predicate), []).append((_words(t.subject), _words(t.object)))
        if t.predicate in _POSTS:
            placed.setdefault(t.sentence_start, []).append((_words(t.subject), _words(t.object)))
        names.setdefault(t.sentence_start, []).extend(set(_words(n)) for n in (t.subject, t.object))
    # (sentence, property) → the ends the pair model linked by it: "X met Y" gives met once, not met and a
    # plain verb link related (meet) between the same two
    modelled = {}
    for t in found:
        if t.predicate != GENERIC:
            modelled.setdefault((t.sentence_start, t.predicate), []).append((_words(t.subject), _words(t.object)))
    out = list(rules)
    kept: dict[tuple, int] = {}  # one triple per sentence, ends, property and verb: the surest reading stays
    for t in found:
        same = (t.sentence_start, t.subject.name, t.predicate, t.verb, t.object.name)
        if same in kept:
            k = kept[same]
            if t.confidence > out[k].confidence:
                out[k] = t  # a score line and the pair model both read "A 2-1 B"
            continue
        s, o = _words(t.subject), _words(t.object)
        if any((_overlap(s, a) and _overlap(o, b)) or (_overlap(s, b) and _overlap(o, a)) for a, b in linked.get(t.sentence_start, ())):
            continue
        if any(s[0] in known and o[0] in known for known in names.get(t.sentence_start, ())):
            continue  # "Pengadilan Tindak Pidana Korupsi (Tipikor)": one entity by two of its names
        if t.predicate == GENERIC and t.verb:
            verb_property = (t.sentence_start, _frames().get(t.verb))
            if any(_overlap(s, a) or _overlap(o, b) for a, b in stated.get(verb_property, ())):
                continue  # "Washington sanctioned X": the rules read the verb's event with one of these ends (as the US)
            if any(_overlap(s, a) and _overlap(o, b) for a, b in modelled.get(verb_property, ())):
                continue  # the pair model read the same two by the verb's own property
        if t.predicate not in _STANDING and t.predicate != GENERIC and any(
                _overlap(o, b) and not _overlap(s, a) for a, b in stated.get((t.sentence_start, t.predicate), ())):
            continue  # "X replaced Y with Z": the rules read the event done to Y and named who did it
        if t.predicate in _POSTS and any(_overlap(s, a) or _overlap(o, b) for a, b in placed.get(t.sentence_start, ())):
            continue  # "Menteri PUPR Basuki, dan Kepala BNPB Doni": a title read by the rules places its holder, who holds no post of a neighbour's
        kept[same] = len(out)
        out.append(t)
    return out


_POSTS = frozenset({"holds_role", "leads", "headed"})


def _words(node: Node) -> list[frozenset[str]]:
    return [frozenset(gazetteer.fold(n).split()) for n in (node.name, *node.aliases)]


def _overlap(ours: list[frozenset[str]], theirs: list[frozenset[str]]) -> bool:
    return any(a and b and (a <= b or b <= a) for a in ours for b in theirs)


def _negated(verb, lang: _Lang, claims: bool = True) -> bool:
    """Whether the verb's event is denied or not asserted (negated, modal, future, conditional), the verb
    itself or the verb it is coordinated with; with ``claims``, also when it is only the content of a claim
    (:func:`hearsay`)."""
    for v in (verb, verb.head) if verb.dep_ in lang.inherit else (verb,):
        if any(c.dep_ == "neg" or c.lower_ in lang.negators or c.lower_ in lang.irrealis for c in v.children):
            return True
    if claims and hearsay(verb, lang.code):
        return True  # "X dismissed claims that Y attacked Z": the attack is only claimed
    # "berkomitmen untuk membantu", "plans to visit": a verb of intent governs the event
    if verb.dep_ in lang.inherit and verb.dep_ != "conj" and (verb.head.lower_ in lang.irrealis or verb.head.lemma_.lower() in lang.irrealis):
        return True
    # "mengajukan permohonan untuk bergabung", "a bid to join": the purpose of a request or a plan, whichever
    # word the parser hangs it on
    mark = next((c for c in verb.children if c.dep_ == "mark" or c.dep_ == "aux" and c.lower_ == "to"), None)
    return mark is not None and mark.i > 0 and mark.i < verb.i and \
        verb.doc[mark.i - 1].lower_.removesuffix("nya") in lang.intent_nouns


def planned(token, code: str) -> bool:
    """Whether a noun naming an act is the object of a plan, request or attempt: its head (through a preposition:
    "rencana untuk kunjungan", "plans for a visit") is one of the language's intent nouns (relate.json)."""
    lang = _lang(code)
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    head = token.head
    if head.pos_ == "ADP" and head.i != head.head.i:
        head = head.head
    return head.i < token.i and head.lower_.removesuffix("nya") in lang.intent_nouns


def hearsay(verb, code: str) -> bool:
    """Whether the verb's clause is the content of a claim the sentence does not assert: it fills out a noun of
    hearsay ("allegations that X bribed Y", "tuduhan bahwa X menyuap Y"), or a noun of report or evidence that is
    denied or negated ("dismissed reports that X attacked Y", "tidak ada bukti bahwa ..."). The clause's noun is
    the word before its complementizer, or its head where it has none; parsers hang such clauses on the noun, on
    the verb before it or on the root, so the word order decides. The words are the language's ``hearsay`` lists
    in relate.json."""
    lang = _lang(code)
    v = verb
    for _ in range(4):  # up through coordinated and controlled verbs to the clause's own verb
        mark = next((c for c in v.children if c.dep_ == "mark" and c.lower_ in lang.complementizers and c.i < v.i), None)
        noun = v.doc[mark.i - 1] if mark is not None and mark.i > 0 else v.head if v.dep_ in _CONTENT and v.head.i != v.i else None
        if noun is not None and noun.pos_ in ("NOUN", "PROPN"):
            word = _word(noun, code)
            if word in lang.hearsay:
                return True
            return word in lang.reports and _denied(noun, lang, code)
        if mark is not None or v.dep_ not in lang.inherit or v.head.i == v.i:
            return False
        v = v.head
    return False


_CONTENT = frozenset({"acl", "ccomp"})  # a clause that fills out a noun ("claims that ...", "klaim bahwa ...")


def _word(token, code: str) -> str:
    return token.lemma_.lower() if code == "en" else token.lower_


def _denied(noun, lang: _Lang, code: str) -> bool:
    """A noun negated ("no evidence", "tidak ada bukti") or the object of a verb of denial ("denied reports")."""
    if any(c.dep_ == "neg" or c.lower_ in lang.negators or c.lower_ in lang.noun_negators for c in noun.children):
        return True
    governor = noun.head
    if governor.i == noun.i:
        return False
    if _word(governor, code) in lang.denials:
        return True
    return governor.pos_ in ("VERB", "AUX") and any(c.dep_ == "neg" or c.lower_ in lang.negators for c in governor.children)


def _links(verb, lang: _Lang, by_token: dict):
    """(subject, object, preposition or None) mention pairs a verb links."""
    subjects: list = []
    objects: list[tuple] = []
    bare: list = []  # agents written right after a passive, with no "oleh"
    passive = lang.bare_agent and verb.pos_ == "VERB" and (
        morph_id.voice_of(verb.text) == morph_id.PASSIVE or any(c.dep_ in lang.pass_subj for c in verb.children))
    for child in verb.children:
        dep = child.dep_
        if misread_place_subject(child):
            continue
        if dep in lang.subj:
            subjects += _arguments(child, by_token, lang)
        elif dep in lang.pass_subj:
            objects += [(m, None) for m in _arguments(child, by_token, lang)]
        elif dep in lang.obj and passive:
            bare += _arguments(child, by_token, lang)  # "pesawatnya dibakar KKB": the one named after a passive acts
        elif dep in lang.obj:
            objects += [(m, None) for m in _arguments(child, by_token, lang)]
            if lang.recipient_cases and child.i not in by_token:
                # "menyerahkan dokumen kepada X": the parser hangs the recipient on the object; it is the verb's
                for noun in child.children:
                    case = _case(noun, lang) if noun.dep_ == "nmod" else None
                    if case in lang.recipient_cases:
                        objects += [(m, case) for m in _arguments(noun, by_token, lang)]
        elif dep in lang.agent:
            nouns = [g for g in child.children if g.dep_ == "pobj"] or [child]
            for noun in nouns:
                subjects += _arguments(noun, by_token, lang)
        elif dep in lang.prep:
            if child.pos_ == "ADP":  # English: prep → pobj
                if child.lower_ not in lang.prepositions:
                    continue
                for noun in (g for g in child.children if g.dep_ == "pobj"):
                    objects += [(m, child.lower_) for m in _arguments(noun, by_token, lang)]
            else:  # UD: obl with its preposition under it
                case = _case(child, lang)
                if case in lang.agent_case:
                    subjects += _arguments(child, by_token, lang)
                elif case in lang.prepositions:
                    objects += [(m, case) for m in _arguments(child, by_token, lang)]
    if subjects and not objects and verb.dep_ == "acl" and verb.tag_ == "VBN" and any(c.dep_ in lang.agent for c in verb.children):
        # "the film Blue Harbour, directed by Tom Berg": a past participle after a noun, with its agent, acts on that noun
        objects = [(m, None) for m in _arguments(verb.head, by_token, lang)]
    if bare and not subjects:
        # a bare agent acts on the passive's subject only: "digarap PTBA bersama X" makes X PTBA's partner, not
        # what PTBA worked on
        subjects, objects = bare, [(m, prep) for m, prep in objects if prep is None]
    if not subjects:
        # a verb without its own subject shares its head's (coordination; for Indonesian also control and
        # adverbial clauses: "dinyatakan resmi bergabung", "saat menyambut"); a passive head gives its patient
        head = verb
        controlled = verb.dep_ == "xcomp"
        while not subjects and head.dep_ in lang.inherit and head.head is not head:
            head = head.head
            subjects = [m for c in head.children if c.dep_ in lang.subj or (controlled and c.dep_ in lang.pass_subj)
                        for m in _arguments(c, by_token, lang)]
        if not subjects and verb.dep_ in lang.relcl:
            subjects = _relative_head(verb, by_token, lang)
        if not subjects and verb.tag_ == "VBG":
            subjects = _gerund_subjects(verb, lang, by_token)
    listed = {id(m) for m, _ in objects}
    for subj in subjects:
        if id(subj) in listed:
            continue  # one item of a list the verb governs is not another's subject
        for obj, prep in objects:
            yield subj, obj, prep


def _case(noun, lang: _Lang) -> str | None:
    """The preposition a UD parse hangs under ``noun`` ("kepada" in "kepada X"), lower-cased, or None."""
    return next((g.lower_ for g in noun.children if g.dep_ in lang.case), None)


def _relative_head(verb, by_token: dict, lang: _Lang) -> list:
    """The mentions a relative clause's noun stands for: its own, else those of the name it is in apposition to
    ("Kirimin, an app that ...": the app is Kirimin)."""
    head = verb.head
    return _arguments(head, by_token, lang) or (_arguments(head.head, by_token, lang) if head.dep_ == "appos" else [])


def _gerund_subjects(verb, lang: _Lang, by_token: dict) -> list:
    """The doers of an English gerund clause without a subject of its own: the subject of the clause it hangs on,
    as an adverbial clause ("X attacked the town, killing Y") or after one of the language's gerund prepositions
    ("X ended the talks by handing the papers to Y"). A denied head gives none, nor a passive one (its subject is
    the one acted on)."""
    if verb.dep_ == "advcl":
        head = verb.head
    elif verb.dep_ == "pcomp" and verb.head.lower_ in lang.gerund_preps:
        head = verb.head.head
    else:
        return []
    if head.pos_ not in ("VERB", "AUX") or _negated(head, lang):
        return []
    return [m for c in head.children if c.dep_ in lang.subj for m in _arguments(c, by_token, lang)]


def _arguments(token, by_token: dict, lang: _Lang | None = None) -> list:
    """The mentions an argument token stands for: its own, else the person a title governs ("Presiden RI
    [Joko Widodo]": a person among its flat, appositive or modifying names), else a name in apposition, else the
    name a naming word gives the noun ("an AI model called X", "seorang penulis bernama X"), else the names a list
    after the noun spells out ("tiga tersangka, yakni A, B, dan C"); each with its coordinated mentions. A bare
    title with a country ("Presiden Ukraina") names no one."""
    naming = lang.naming if lang is not None else frozenset()
    out = []
    titled = split_off_title(token)
    if titled is not None and titled.i in by_token and by_token[titled.i].node.type == "Person":
        return []  # "sending France goalkeeper Hugo Lloris": one phrase the parser split in two objects; the first is a title's
    for t in [token, *token.conjuncts]:
        m = by_token.get(t.i)
        if m is None:
            named = [(c.dep_, by_token[c.i]) for c in t.children if c.i in by_token and c.dep_ in _NAME_DEPS
                     and not (c.dep_ == "nmod" and any(g.dep_ == "case" for g in c.children))]
            # (a name behind a preposition modifies the noun, it does not name it: "dakwaan terhadap Trump")
            m = next((n for _, n in named if n.node.type == "Person"), None) or next((n for d, n in named if d == "appos"), None) \
                or _named_by(t, by_token, naming)
        if t is token and token.i not in by_token:
            out += [m] if m is not None else _listed(token, by_token, lang)
            break  # a common noun's coordinated names are too often a misread list to stand in for it
        if m is not None and m not in out:
            out.append(m)
    return out


_NAME_DEPS = frozenset({"appos", "flat", "flat:name", "nmod", "compound"})
_LIST_GAP = 3  # words between a noun and the comma before the list that names its members ("three directors last month, namely")


def _listed(noun, by_token: dict, lang: _Lang | None) -> list:
    """The mentions a list opened by one of the language's ``list_openers`` spells out after a common noun or
    pronoun: "menangkap tiga tersangka, yakni A, B, dan C", "appointed three directors, namely A, B and C",
    "questioned several witnesses, including A". Read from the words: the parser hangs such lists anywhere. The
    list is the mentions after the opener joined by commas or "and"; anything else ends it."""
    if lang is None or not lang.list_openers or noun.pos_ not in ("NOUN", "NUM", "DET", "PRON"):
        return []
    doc = noun.doc
    k = noun.i + 1
    while k < len(doc) and k - noun.i <= _LIST_GAP and doc[k].text != "," and k not in by_token \
            and not doc[k].is_punct and doc[k].pos_ not in ("VERB", "AUX"):
        k += 1
    if k >= len(doc) or doc[k].text != ",":
        return []
    opener = next((n for n in range(3, 0, -1) if " ".join(t.lower_ for t in doc[k + 1:k + 1 + n]) in lang.list_openers), 0)
    if not opener:
        return []
    j, out = k + 1 + opener, []
    while j < len(doc):
        if j in by_token:
            m = by_token[j]
            if m not in out:
                out.append(m)
            j = max(m.end, j + 1)
        elif doc[j].text == "," or doc[j].lower_ in lang.list_joiners:
            j += 1
        else:
            break
    return out


_CLAUSE_DEPS = frozenset({"acl", "acl:relcl", "relcl"})
_QUALIFIER_DEPS = frozenset({"nmod", "compound", "amod"})


def _named_by(noun, by_token: dict, naming: frozenset):
    """The mention a naming word hanging on ``noun`` gives it as its name: "a model called [AlphaFold2]",
    "kendaraan bernama [Hoverbike S3]"; None when no naming word hangs on it or it names no mention. The word may
    hang on a noun that qualifies it ("tokoh antagonis bernama X": the parser hangs it on "antagonis")."""
    qualifiers = [c for c in noun.children if c.dep_ in _QUALIFIER_DEPS and c.i > noun.i and not any(g.dep_ == "case" for g in c.children)]
    for head in (noun, *qualifiers):
        for clause in head.children:
            if clause.dep_ in _CLAUSE_DEPS and clause.i > head.i and clause.lower_ in naming:
                return next((by_token[c.i] for c in clause.children if c.i > clause.i and c.i in by_token), None)
    return None
