"""English extraction: tables of sentences (written for these tests) and the triples they must or must not give."""

from __future__ import annotations

import pytest

from kg import extract_en, ontology
from kg import lang as langdata
from kg.records import Article

pytest.importorskip("spacy")


def _extract(text: str, date: str | None = "2024-03-15"):
    return extract_en.triples(Article(id="t", text=text, lang="en", date=date))


def _facts(text: str) -> set[tuple[str, str, str]]:
    return {(t.subject.name, t.predicate, t.object.name) for t in _extract(text)}


def _roles(text: str) -> set[tuple[str, str, str, str | None]]:
    return {(t.subject.name, t.predicate, t.object.name, t.role) for t in _extract(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # active, passive with agent, synonyms merged
        ("Prime Minister Lena Varga fired Tomas Herczeg on Monday.", ("Lena Varga", "dismissed", "Tomas Herczeg")),
        ("Tomas Herczeg was sacked by Lena Varga.", ("Lena Varga", "dismissed", "Tomas Herczeg")),
        ("Lena Varga removed Tomas Herczeg from office.", ("Lena Varga", "dismissed", "Tomas Herczeg")),
        ("Tomas Herczeg was dismissed by Lena Varga after the vote.", ("Lena Varga", "dismissed", "Tomas Herczeg")),
        # phrasal verbs and prepositional objects
        ("Paulo Mendes met with Aiko Tanaka in Lisbon.", ("Paulo Mendes", "met", "Aiko Tanaka")),
        ("Riot police clashed with farmers outside the ministry.", ("riot police", "clashed_with", "farmers")),
        ("Human Rights Watch called on Zambian police to free the students.", ("Human Rights Watch", "urged", "Zambian police")),
        ("Mayor Ruth Okafor took over from Daniel Mensah in June.", ("Ruth Okafor", "replaced", "Daniel Mensah")),
        # control: the verb's own object is the addressee, the wished-for act is not a fact
        ("The European Union urged the authorities to respect the rights of protesters.", ("European Union", "urged", "authorities")),
        ("Siemens agreed to acquire Varian Medical for $16 billion.", ("Siemens", "agreed_to_acquire", "Varian Medical")),
        # coordination of subjects, verbs and objects
        ("Chile and Peru condemned the attack on Bolivia's embassy and criticized Venezuela.", ("Peru", "criticized", "Venezuela")),
        ("Chile and Peru condemned Venezuela.", ("Chile", "condemned", "Venezuela")),
        ("Chile and Peru condemned Venezuela.", ("Peru", "condemned", "Venezuela")),
        ("Police arrested Marco Bianchi and Luca Ferri.", ("police", "arrested", "Luca Ferri")),
        ("Police detained Marco Bianchi and later released him.", ("police", "released", "Marco Bianchi")),
        # relative clauses
        ("Anna Lind, who replaced Erik Sand in 2020, visited Oslo.", ("Anna Lind", "replaced", "Erik Sand")),
        ("Anna Lind, who was appointed by King Olav, visited Oslo.", ("Olav", "appointed", "Anna Lind")),
        # reported speech: the reported actor, not the speaker
        ("Inspector Raj Patel said that rebels had attacked Goma.", ("rebels", "attacked", "Goma")),
        ("Rebels attacked Goma, Raj Patel told reporters.", ("rebels", "attacked", "Goma")),
        # reciprocal actions with a plural subject
        ("Ethiopia's army and the Tigray People's Liberation Front clashed near Mekelle.",
         ("Ethiopia's army", "clashed_with", "Tigray People's Liberation Front")),
        ("Marta Kowalski and Ivan Petrenko shook hands before the talks.", ("Marta Kowalski", "shook_hands_with", "Ivan Petrenko")),
        ("The strike led to clashes between students and police.", ("students", "clashed_with", "police")),
        ("Emmanuel Macron spoke to Olaf Scholz by phone on Sunday.", ("Emmanuel Macron", "told", "Olaf Scholz")),
        # light-verb frames
        ("A Kenyan court issued a warrant against Samuel Otieno.", ("Kenyan court", "issued_warrant_against", "Samuel Otieno")),
        ("Police used tear gas to disperse demonstrators in the capital.", ("police", "used_tear_gas_on", "demonstrators")),
        # a participle clause's actor is the main clause's subject
        ("Government troops shelled the town of Kassala, killing four civilians.", ("government troops", "killed", "civilians")),
        ("Government troops shelled the town of Kassala, killing four civilians.", ("government troops", "attacked", "Kassala")),
        # a place named by a common noun with a proper modifier
        ("Soldiers raided the Dadaab refugee camp.", ("soldiers", "attacked", "Dadaab refugee camp")),
        # event nouns with their agent and object
        ("Aid groups condemned Russia's invasion of Ukraine.", ("Russia", "invaded", "Ukraine")),
        ("Microsoft completed its takeover of Activision Blizzard in 2023.", ("Microsoft", "acquired", "Activision Blizzard")),
        ("Officials welcomed the arrest of Ivan Kovac by Croatian police.", ("Croatian police", "arrested", "Ivan Kovac")),
        # possessive descriptions
        ("Maria Gomez kept her seat in the Texas Senate.", ("Maria Gomez", "member_of", "Texas Senate")),
    ],
)
def test_clauses(text, expected):
    assert expected in _facts(text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # negation and modality: no triple
        ("Lena Varga did not dismiss Tomas Herczeg.", ("Lena Varga", "dismissed", "Tomas Herczeg")),
        ("Lena Varga never met Tomas Herczeg.", ("Lena Varga", "met", "Tomas Herczeg")),
        ("Lena Varga may dismiss Tomas Herczeg.", ("Lena Varga", "dismissed", "Tomas Herczeg")),
        ("Lena Varga will try to meet Tomas Herczeg.", ("Lena Varga", "met", "Tomas Herczeg")),
        ("Lena Varga plans to visit Hungary next year.", ("Lena Varga", "visited", "Hungary")),
        # applying or bidding to do something is not doing it
        ("Norway and Iceland applied to join the European Union.", ("Norway", "member_of", "European Union")),
        ("Iceland submitted a request to join the European Union.", ("Iceland", "member_of", "European Union")),
        ("Lena Varga is expected to meet Tomas Herczeg.", ("Lena Varga", "met", "Tomas Herczeg")),
        ("Lena Varga would arrest Tomas Herczeg if he returned.", ("Lena Varga", "arrested", "Tomas Herczeg")),
        ("If Lena Varga meets Tomas Herczeg, talks will follow.", ("Lena Varga", "met", "Tomas Herczeg")),
        ("Lena Varga denied that she had met Tomas Herczeg.", ("Lena Varga", "met", "Tomas Herczeg")),
        # the speaker is not the actor of what is reported
        ("Raj Patel said rebels attacked Goma.", ("Raj Patel", "attacked", "Goma")),
        # the addressee of "urged ... to" does not do the urged act
        ("Amnesty urged Zambian police to release Peter Banda.", ("Zambian police", "released", "Peter Banda")),
        # planned or cancelled events named by nouns
        ("Xi Jinping's planned visit to Moscow was postponed.", ("Xi Jinping", "visited", "Moscow")),
        ("Xi Jinping will not make a visit to Moscow.", ("Xi Jinping", "visited", "Moscow")),
        ("Officials drew up plans for a visit by Xi Jinping to Moscow.", ("Xi Jinping", "visited", "Moscow")),
        ("Aides discussed plans for a summit between Lena Varga and Tomas Herczeg.", ("Lena Varga", "met", "Tomas Herczeg")),
        ("A proposed meeting between Lena Varga and Tomas Herczeg was called off.", ("Lena Varga", "met", "Tomas Herczeg")),
        # "the companies said ..., beating X": the speakers are not one company, and not the actor
        ("Nvidia will buy Mellanox, the companies said on Monday, beating rival bidder Intel.", ("Mellanox", "defeated", "Intel")),
        # a title is not an organisation
        ("Prime Minister Mark Rutte sacked Wopke Hoekstra.", ("Mark Rutte", "holds_role", "Prime")),
        # "the Syrian border" is not a description of the city named before it
        ("Rescuers searched for survivors in Antakya, a city near the Syrian border.", ("Antakya", "located_in", "Syria")),
        # "chief of naval staff" is a post, not the leadership of a group called "staff"
        ("Rear Admiral Ali Musa was named chief of naval staff.", ("Ali Musa", "leads", "naval staff")),
        # giving a quote to a news agency is not an event
        ('"We will not back down," Lapid told Reuters.', ("Lapid", "told", "Reuters")),
        # telling reporters or staff is the audience of a quote
        ("Doug Parker told employees in a memo that the cuts were painful.", ("Doug Parker", "told", "employees")),
        # "both sides" are not the last two people named
        ("Ines Duarte met Olaf Brandt. Guterres urged both sides to talk.", ("Guterres", "urged", "Ines Duarte")),
        # passives without an agent are not annotated facts
        ("Tomas Herczeg was arrested on Monday.", ("Tomas Herczeg", "arrested", "Tomas Herczeg")),
        # who makes a replacement does not replace anyone
        ("Mayor Ana Ruiz replaced Tom Berg with Rosa Vidal on Monday.", ("Ana Ruiz", "replaced", "Tom Berg")),
    ],
)
def test_no_triple_for_unasserted_events(text, unexpected):
    assert unexpected not in _facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry dismissed claims that Valdoria attacked Ostmark.",  # the content of a claim
        "Officials denied reports that Valdoria attacked Ostmark.",  # a denied report
        "There is no evidence that Valdoria attacked Ostmark.",  # negated evidence
        "Allegations that Valdoria attacked Ostmark surfaced on Monday.",  # hearsay, with no denial
    ],
)
def test_the_content_of_a_claim_or_of_a_denied_report_is_not_stated(text):
    assert ("Valdoria", "attacked", "Ostmark") not in _facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Officials confirmed reports that Valdoria attacked Ostmark.",  # a report confirmed
        "Officials said that Valdoria attacked Ostmark.",  # speech: its content is told as fact
    ],
)
def test_a_confirmed_report_or_a_statement_is_stated(text):
    assert ("Valdoria", "attacked", "Ostmark") in _facts(text)


def test_a_succession_decided_and_announced_in_the_future_is_stated():
    # the shared gold states "X will replace Y" as done (a realised decision with future effect); other
    # future events, and a succession only possible, stay unasserted
    assert ("Lena Varga", "replaced", "Tomas Herczeg") in _facts(
        "Lena Varga will replace Tomas Herczeg as chief executive of Orbis Bank on May 2, the bank said.")
    assert ("Lena Varga", "succeeded", "Tomas Herczeg") in _facts("Lena Varga will succeed Tomas Herczeg as chair of Orbis Bank.")
    assert ("Lena Varga", "replaced", "Tomas Herczeg") not in _facts("Lena Varga could replace Tomas Herczeg as coach.")
    assert ("Lena Varga", "met", "Tomas Herczeg") not in _facts("Lena Varga will meet Tomas Herczeg in Paris next week.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # titles with nationality adjectives and country names
        ("Kenyan President William Ruto visited Kampala.", ("William Ruto", "holds_role", "Kenya", "president")),
        ("U.S. Secretary of State Marco Rubio arrived in Panama.", ("Marco Rubio", "holds_role", "United States", "secretary of state")),
        ("Brazilian Foreign Minister Mauro Vieira spoke first.", ("Mauro Vieira", "holds_role", "Brazil", "foreign minister")),
        ("Former Japanese Prime Minister Taro Aso arrived.", ("Taro Aso", "holds_role", "Japan", "former prime minister")),
        # appositions after and before the name
        ("Hilde Berg, the former head of the Norwegian Police Security Service, resigned.",
         ("Hilde Berg", "headed", "Norwegian Police Security Service", "former head")),
        ("Omar Haddad, chief executive of Nordwind Logistics, declined to comment.",
         ("Omar Haddad", "leads", "Nordwind Logistics", "chief executive")),
        ("The former Chilean president, Michelle Bachelet, spoke at the event.",
         ("Michelle Bachelet", "holds_role", "Chile", "former president")),
        ("The head of the city fraud unit, Inspector Joan Kerr, confirmed the arrests.",
         ("Joan Kerr", "leads", "city fraud unit", "head")),
        # a possessive country before the title
        ("Ghana's President Nana Akufo-Addo opened the summit.", ("Nana Akufo-Addo", "holds_role", "Ghana", "president")),
        # "his Kenyan counterpart": the same post in another country
        ("Ugandan President Yoweri Museveni met his Kenyan counterpart, William Ruto, in Kampala.",
         ("William Ruto", "holds_role", "Kenya", "president")),
        # roles stated by a copula or "became", "appointed as"
        ("Bola Tinubu was sworn in as president of Nigeria on Monday.", ("Bola Tinubu", "holds_role", "Nigeria", "president")),
        ("Satya Nadella became chief executive of Microsoft in 2014.", ("Satya Nadella", "leads", "Microsoft", "chief executive")),
        ("Ngozi Okonjo-Iweala is the director-general of the World Trade Organization.",
         ("Ngozi Okonjo-Iweala", "leads", "World Trade Organization", "director general")),
        ("Olena Shevchenko was appointed as ambassador to Canada, the foreign ministry said.",
         ("Olena Shevchenko", "holds_role", "Canada", "ambassador")),
        # a party whose name holds a country word is not the country
        ("Pakistan Tehreek-e-Insaf leader Imran Khan addressed supporters.",
         ("Imran Khan", "leads", "Pakistan Tehreek-e-Insaf", "leader")),
        # an organisation named before a title
        ("Boeing chief executive Kelly Ortberg met union leaders.", ("Kelly Ortberg", "leads", "Boeing", "chief executive")),
        # a country's leader, present or former, holds a post in it; the role says "former"
        ("Ecuadorian leader Rosa Quimbaya opened the port.", ("Rosa Quimbaya", "holds_role", "Ecuador", "leader")),
        ("Former Ecuadorian leader Rosa Quimbaya opened the port.", ("Rosa Quimbaya", "holds_role", "Ecuador", "former leader")),
        # a title the parser hangs on another word is read from the words right before the name
        ("The union expects respect from Peru and Chilean President Tomas Ibarra.",
         ("Tomas Ibarra", "holds_role", "Chile", "president")),
        # "sworn in as" a capitalised title, with its country after "of" or before it
        ("Lena Varga has been sworn in as the new Prime Minister of Hungary.",
         ("Lena Varga", "holds_role", "Hungary", "prime minister")),
        ("Lena Varga has been sworn in as Hungary's next Prime Minister.",
         ("Lena Varga", "holds_role", "Hungary", "prime minister")),
        # an abbreviated title, after a region's name that opens with a title word
        ("Former West Java Gov. Rudi Hartono received 20% of the votes.", ("Rudi Hartono", "holds_role", "West Java", "former governor")),
        # one dismissed "as" a post held it
        ("Chilean President Tomas Ibarra spoke. Mr Ibarra sacked Ms Rosa Vidal as interior minister on Monday.",
         ("Rosa Vidal", "holds_role", "Chile", "interior minister")),
        # a child named in an apposition, as a son or daughter is
        ("Ana Ruiz, the eldest child of Tomas Ruiz, opened the factory.", ("Ana Ruiz", "child_of", "Tomas Ruiz", None)),
        # a capitalised title set off after the name
        ("Mr Osei, Chairman of the National Planning Commission, said the plan was ready.",
         ("Osei", "leads", "National Planning Commission", "chairman")),
        # a rank held at a named body; a university is an organisation, not a place
        ("Tomas Berg, a professor at the University of Tartu, led the study.",
         ("Tomas Berg", "holds_role", "University of Tartu", "professor")),
        # each of two titled names keeps its own title, however the parser hangs them
        ("Chilean President Tomas Ibarra and North Korean leader Kim Jong Un signed a pact in Singapore on Tuesday.",
         ("Kim Jong Un", "holds_role", "North Korea", "leader")),
        ("Canadian mining firm Teck Resources and gold and copper producer Barrick opened a mine.",
         ("Teck Resources", "based_in", "Canada", None)),
    ],
)
def test_titles_and_appositions(text, expected):
    assert expected in _roles(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya closed its border. Police in Mombasa, the country's second city, made arrests.", ("Mombasa", "located_in", "Kenya")),
        ("The village of Kodari, in Sindhupalchok district, was flooded.", ("Kodari", "located_in", "Sindhupalchok district")),
        ("Talks took place at the Grand Hotel Europa on Lake Lucerne.", ("Grand Hotel Europa", "located_in", "Lake Lucerne")),
        # a place the tagger read as a person's name, where news puts places: after "in", after a place and a comma
        ("Two new clusters were detected in Raub, Pahang on Tuesday.", ("Raub", "located_in", "Pahang")),
        ("The team played at Darulaman Stadium in Alor Star.", ("Darulaman Stadium", "located_in", "Alor Star")),
        ("Protesters gathered in Lima, the Peruvian capital.", ("Lima", "capital_of", "Peru")),
        ("Nurses marched in Porto. Their union met in the Portuguese city again.", ("Porto", "located_in", "Portugal")),
        ("Houston-based Halvard Energy bought two fields.", ("Halvard Energy", "based_in", "Houston")),
        ("Canadian mining company Teck Resources sold its coal unit.", ("Teck Resources", "based_in", "Canada")),
        # a country's named body
        ("Kenya's Safaricom raised its prices on Monday.", ("Safaricom", "based_in", "Kenya")),
        ("The deal was signed by Japan's Toyota Motor on Friday.", ("Toyota Motor", "based_in", "Japan")),
        ("Rio Tinto, the Anglo-Australian mining giant, cut jobs. Glencore, a Swiss commodities group, cut jobs.",
         ("Glencore", "based_in", "Switzerland")),
        ("Teck Resources said its mines in Chile were safe.", ("Teck Resources", "operates_in", "Chile")),
        # a lowercase common noun is not part of a name
        ("A court jailed Do Kwon, the founder of the failed crypto platform Terraform Labs.", ("Do Kwon", "founded", "Terraform Labs")),
        # a plural head shared by two names
        ("Analysts praised Equinor's fields in the Barents and Norwegian Seas.", ("Equinor", "operates_in", "Norwegian Sea")),
        ("Analysts praised Equinor's fields in the Barents and Norwegian Seas.", ("Equinor", "operates_in", "Barents Sea")),
        # relational nouns
        ("Wang Lei, a spokesman for the Chinese foreign ministry, rejected the report.",
         ("Wang Lei", "spokesperson_of", "Chinese foreign ministry")),
        ("Maja Gojkovic resigned in May. Her successor, Ana Brnabic, visited Brussels.",
         ("Ana Brnabic", "succeeded", "Maja Gojkovic")),
    ],
)
def test_places_and_organisations(text, expected):
    assert expected in _facts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # pronouns and definite descriptions point back to the entity named earlier
        ("Chancellor Olaf Brandt arrived late. He met Ines Duarte at noon.", ("Olaf Brandt", "met", "Ines Duarte")),
        ("Ines Duarte was elected in May. On Friday she fired Rui Costa.", ("Ines Duarte", "dismissed", "Rui Costa")),
        ("Portuguese President Ines Duarte spoke on TV. Later the president dismissed Rui Costa.",
         ("Ines Duarte", "dismissed", "Rui Costa")),
        # surname after full name
        ("Ines Duarte won the vote. Duarte then met Olaf Brandt.", ("Ines Duarte", "met", "Olaf Brandt")),
        # "his government" is the government of the country the person leads
        ("Peruvian President Jorge Salas dismissed his government on Sunday.",
         ("Jorge Salas", "dismissed", "Government of Peru")),
        # "the two leaders" are the last two people named
        ("President Ines Duarte welcomed Olaf Brandt to Lisbon. The two leaders shook hands at the palace.",
         ("Ines Duarte", "shook_hands_with", "Olaf Brandt")),
        # "the former spy chief" names the person described as a former head earlier
        ("Aidos Sarym, the former head of the State Security Service, was detained. Prosecutors charged the former spy chief.",
         ("prosecutors", "charged", "Aidos Sarym")),
        # nearest person first for an object pronoun: "called X and invited him"
        ("Mark Carney spoke on Monday. Anthony Albanese called Prabowo Subianto and invited him to Canberra.",
         ("Anthony Albanese", "invited", "Prabowo Subianto")),
        # "Police ... said they were questioning them": they = the police, them = the detainees
        ("Police detained two activists in Kisumu and said they were questioning them.", ("police", "interviewed", "activists")),
        # names with lowercase particles, and their short forms
        ("President Luiz Inácio Lula da Silva spoke first. Lula, 78, later met Javier Milei.",
         ("Luiz Inácio Lula da Silva", "met", "Javier Milei")),
        # "X said it ...": the speaking organisation
        ("Microsoft said it had acquired Nuance Communications.", ("Microsoft", "acquired", "Nuance Communications")),
        # a speaker the tagger does not know is still a person for later pronouns
        ('"We will win," Lapid told Reuters. He later met Ayelet Shaked.', ("Lapid", "met", "Ayelet Shaked")),
        # a known-gender pronoun skips a more recent person of unknown gender
        ("Ines Duarte spoke about her plans. Rui Costa said she was right. She accused Rui Costa of lying.",
         ("Ines Duarte", "accused", "Rui Costa")),
    ],
)
def test_coreference(text, expected):
    assert expected in _facts(text)


def test_names_are_full_names_with_surface_aliases():
    [holds] = [t for t in _extract("Kenyan President William Ruto visited Kampala.") if t.predicate == "holds_role"]
    assert holds.subject.name == "William Ruto"
    assert holds.subject.type == "Person"
    assert "Kenyan President William Ruto" in holds.subject.aliases
    assert holds.object.type == "Country"
    assert "Kenyan" in holds.object.aliases


def test_group_nouns_are_groups_named_without_determiner():
    [t] = [t for t in _extract("The security forces arrested the rioters.") if t.predicate == "arrested"]
    assert (t.subject.name, t.subject.type) == ("security forces", "Group")
    assert (t.object.name, t.object.type) == ("rioters", "Group")


def test_acronym_in_parentheses_is_an_alias():
    text = "The National Anti-Corruption Bureau (NABU) charged Oleh Tatarov. NABU also questioned Ivan Melnyk."
    triples = _extract(text)
    [charged] = [t for t in triples if t.predicate == "charged"]
    assert charged.subject.name == "National Anti-Corruption Bureau"
    assert "NABU" in charged.subject.aliases
    assert any(t.subject.name == "National Anti-Corruption Bureau" and t.predicate == "interviewed" for t in triples)


def test_dates_offsets_and_evidence():
    text = "Headline Without Full Stop\nLena Varga fired Tomas Herczeg last Thursday. Later she met Anna Lind."
    triples = _extract(text, date="2024-03-15")  # a Friday
    fired = next(t for t in triples if t.predicate == "dismissed")
    assert fired.date == "2024-03-14"
    assert text[fired.sentence_start : fired.sentence_end] == fired.evidence == "Lena Varga fired Tomas Herczeg last Thursday."
    met = next(t for t in triples if t.predicate == "met")
    assert met.date == "2024-03-15"
    assert all(t.lang == "en" and t.doc_id == "t" for t in triples)


def test_every_predicate_and_class_is_in_the_ontology():
    frames = langdata.data("en", "verbs")
    predicates = {p.lstrip("^") for p in frames["frames"].values()} | set(frames["nominal_between"].values())
    predicates |= set(frames["symmetric"])
    nouns = langdata.data("en", "nouns")
    predicates |= {p for p, _ in nouns["relations"].values()} | {p for p, _ in nouns["possessed_in"].values()}
    predicates |= {"holds_role", "leads", "headed", "located_in", "capital_of", "based_in"}
    known = set(ontology.properties())
    assert predicates - known == set()
    classes = {c for _, kinds in nouns["possessed_in"].values() for c in kinds} | {"Person", "Organization", "Group", "Country", "Location"}
    assert classes - set(ontology.classes()) == set()


def test_extracted_triples_use_only_ontology_terms():
    text = ("Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi, the Kenyan capital. "
            "Police clashed with protesters. The two presidents shook hands.")
    triples = _extract(text)
    assert triples
    assert {t.predicate for t in triples} <= set(ontology.properties())
    assert {n.type for t in triples for n in (t.subject, t.object)} <= set(ontology.classes())


def test_streaming_many_articles_gives_the_same_triples():
    texts = ["Kenyan President William Ruto visited Kampala. He met Yoweri Museveni.",
             "",
             "Police arrested two activists in Kisumu and said they were questioning them."]
    articles = [Article(id=f"a{i}", text=t, lang="en", date="2024-03-15") for i, t in enumerate(texts)]
    streamed = list(extract_en.triples_of_articles(articles, batch_size=2))
    assert [a.id for a, _ in streamed] == ["a0", "a1", "a2"]
    for article, got in streamed:
        assert got == extract_en.triples(article)
    assert streamed[0][1] and not streamed[1][1] and streamed[2][1]


def test_model_is_loaded_once():
    assert extract_en.nlp() is extract_en.nlp()


# ---------------------------------------------------------------- broad news frames (sentences written for these tests)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Goldman Sachs advised Norvik Foods on the sale.", ("Goldman Sachs", "advised", "Norvik Foods")),
        ("Norvik Foods was advised by Goldman Sachs, while Nordea advised the buyer.", ("Goldman Sachs", "advised", "Norvik Foods")),
        ("Karl Brenner testified against Otto Vieth at the trial in Munich.", ("Karl Brenner", "testified_against", "Otto Vieth")),
        ("Valmont Rail awarded the contract to Delmar Construction last year.", ("Valmont Rail", "awarded_contract_to", "Delmar Construction")),
        ("Ana Ruiz graduated from Stanford University in 1998.", ("Ana Ruiz", "alumnus_of", "Stanford University")),
        ("Cyclone Idai battered Mozambique on Thursday.", ("Cyclone Idai", "hit", "Mozambique")),
        ("Japan sent a medical team to Ankara after the earthquake.", ("Japan", "sent", "Ankara")),
        ("The Red Cross began airlifting tents to Kandahar.", ("Red Cross", "sent", "Kandahar")),
        ("Fatima Noor called on Prime Minister Rui Costa on Friday.", ("Fatima Noor", "met", "Rui Costa")),
        ("Fatima Noor called on Rui Costa to release the prisoners.", ("Fatima Noor", "urged", "Rui Costa")),
        ("Mayor Tom Berg directed Rosa Vidal to close the market.", ("Tom Berg", "ordered", "Rosa Vidal")),
        ("Rosa Vidal asked Tom Berg to close the market.", ("Rosa Vidal", "called_on", "Tom Berg")),
        # the act a noun names is the subject's own after a light verb, or with a pronoun of the subject's kind
        ("Kestrel Labs completed the acquisition of Norvik Foods in March.", ("Kestrel Labs", "acquired", "Norvik Foods")),
        ("Ana Ruiz was outspoken in her criticism of Tom Berg.", ("Ana Ruiz", "criticized", "Tom Berg")),
        ("Chile reaffirmed its support of Peru on Monday.", ("Chile", "supported", "Peru")),
        # a participle that opens the sentence, with its agent: the main clause's subject is its patient
        ("Founded by Ana Ruiz in 1998, Kestrel Labs now employs 300 people.", ("Ana Ruiz", "founded", "Kestrel Labs")),
        ("Chile condemned Argentina's new border rules.", ("Chile", "condemned", "Argentina")),
        ("Sara Lind joined the Green Party in 2015.", ("Sara Lind", "member_of", "Green Party")),
        # a possessed headquarters with its place before or after it
        ("The talks took place at the IAEA's Vienna headquarters.", ("International Atomic Energy Agency", "based_in", "Vienna")),
        ("Vantara Bank opened its headquarters in Tallinn.", ("Vantara Bank", "based_in", "Tallinn")),
        ("Ms Lind won a leadership contest against Tom Berg on Friday.", ("Lind", "defeated", "Tom Berg")),
        # "replaced X with Y": Y replaced X
        ("Mayor Ana Ruiz replaced Tom Berg with Rosa Vidal on Monday.", ("Rosa Vidal", "replaced", "Tom Berg")),
        # told in the past, what X did "before meeting Y" happened, and so did the meeting
        ("Ana Ruiz visited Lima before meeting Peruvian leader Tomas Ibarra in Cusco.", ("Ana Ruiz", "met", "Tomas Ibarra")),
        # a name seen before and mistagged as a common noun at the start of a sentence
        ("Senator Budi Pranoto arrived on Monday. Pranoto held discussions with Tomas Ibarra.", ("Budi Pranoto", "met", "Tomas Ibarra")),
        ("Estonia became the newest member of the Nordic Council last year.", ("Estonia", "member_of", "Nordic Council")),
        ("Ivo Marin edged out Petar Kos in the runoff.", ("Ivo Marin", "defeated", "Petar Kos")),
        ("Lara Weiss lambasted Tom Berg over the delays.", ("Lara Weiss", "criticized", "Tom Berg")),
        ("Amina Diallo travelled to Dakar on Monday.", ("Amina Diallo", "visited", "Dakar")),
        # the second object hung on the first one's date
        ("Amina Diallo visited Senegal on 4 May and Mali from 6 to 8 May.", ("Amina Diallo", "visited", "Mali")),
        ("Gunmen abducted Father Paul Okoro in Kaduna.", ("gunmen", "kidnapped", "Paul Okoro")),
        ("Sundar Rao invested in Kestrel Labs in 2019.", ("Sundar Rao", "invested_in", "Kestrel Labs")),
    ],
)
def test_news_frames(text, expected):
    assert expected in _facts(text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # "join" a country in doing something is no membership
        ("Chile joined Peru in condemning the vote.", ("Chile", "member_of", "Peru")),
        # only events strike places as disasters; an army hitting a town attacks it
        ("The army hit Kherson with rockets.", ("army", "hit", "Kherson")),
        # "called on X" without an infinitive is a visit, not an appeal
        ("Fatima Noor called on Prime Minister Rui Costa on Friday.", ("Fatima Noor", "urged", "Rui Costa")),
        # a question is no call to act: "ask" calls on someone only with an infinitive
        ("Asked by Tom Berg about the delays, Rosa Vidal declined to comment.", ("Tom Berg", "called_on", "Rosa Vidal")),
        ("Rosa Vidal was asked by Tom Berg about the delays.", ("Tom Berg", "called_on", "Rosa Vidal")),
        # a pronoun of another kind than the subject's is not the subject's act
        ("Ana Ruiz welcomed its support for Tom Berg.", ("Ana Ruiz", "supported", "Tom Berg")),
        # a director of a film gives no order: "direct" orders only with an infinitive
        ("Ana Ruiz starred in the film Blue Harbour, directed by Tom Berg.", ("Tom Berg", "ordered", "Blue Harbour")),
        # a stance on a thing someone owns is on the owner only when the owner is named
        ("Chile condemned the new border rules.", ("Chile", "condemned", "rules")),
        # studying a subject is not being an alumnus of it
        ("Ana Ruiz studied at night while working in Lima.", ("Ana Ruiz", "alumnus_of", "Lima")),
    ],
)
def test_news_frames_must_not(text, unexpected):
    assert unexpected not in _facts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dateline naming its country places the city
        ("Headline here\nPORTO ALEGRE, Brazil — Floods forced thousands from their homes on Friday.",
         ("Porto Alegre", "located_in", "Brazil")),
        # an unqualified minister in a story datelined in a capital is a minister of that country
        ("MANILA — Finance Minister Rosa Dizon met Philippine bankers on Monday.", ("Rosa Dizon", "holds_role", "Philippines")),
        # a sentence that says where it happens overrides the dateline
        ("BRUSSELS — Belgian unions marched. In Berlin, Chancellor Olaf Brandt met Anna Kowal.", ("Olaf Brandt", "holds_role", "Germany")),
        # an organisation that appoints someone to a post is where the post is
        ("Norvik Foods appointed Lena Haug as chief executive.", ("Lena Haug", "leads", "Norvik Foods")),
        ("MANILA — Philippine regulators fined Luzon Telecom for breaching data rules.", ("Philippine regulators", "fined", "Luzon Telecom")),
        # the dateline is not the subject of the first sentence
        ("LIMA, May 3 — President Ana Flores fired Carlos Vega on Tuesday.", ("Ana Flores", "dismissed", "Carlos Vega")),
        # party membership
        ("Senator Mia Holt of the Progressive Party criticized Dan Rees.", ("Mia Holt", "member_of", "Progressive Party")),
        ("Green Party lawmaker Ana Pires criticized Marco Silva.", ("Ana Pires", "member_of", "Green Party")),
    ],
)
def test_datelines_and_parties(text, expected):
    assert expected in _facts(text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        ("LIMA, May 3 — President Ana Flores fired Carlos Vega on Tuesday.", ("Lima", "dismissed", "Carlos Vega")),
        # a dateline city the gazetteer places is no statement of the article
        ("MANILA — Finance Minister Rosa Dizon met Philippine bankers on Monday.", ("Manila", "located_in", "Philippines")),
        # a dateline country the story never speaks of is no home for its officials ("BRUSSELS —" heads EU news)
        ("BRUSSELS — Finance Minister Rosa Dizon met EU officials on Monday.", ("Rosa Dizon", "holds_role", "Belgium")),
        ("BRUSSELS — Belgian unions marched. In Berlin, Chancellor Olaf Brandt met Anna Kowal.", ("Olaf Brandt", "holds_role", "Belgium")),
        # a sentence that names another country leaves an unqualified title unplaced
        ("TOKYO — Japanese steelmakers gained. President Tom Reed later approved the deal for Washington.",
         ("Tom Reed", "holds_role", "Japan")),
        # "X of Petrobras" is no party membership
        ("Ana Pires of the Workers' Party met Marco Silva of Petrobras.", ("Marco Silva", "member_of", "Petrobras")),
        # a minister named with a country keeps it
        ("MANILA — Japanese Finance Minister Taro Ono met bankers on Monday.", ("Taro Ono", "holds_role", "Philippines")),
    ],
)
def test_datelines_and_parties_must_not(text, unexpected):
    assert unexpected not in _facts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "A joined B and C in criticising D": every one of them criticised D
        ("Kenya joined Uganda and Tanzania in condemning Sudan's blockade.", ("Kenya", "condemned", "Sudan")),
        ("Kenya joined Uganda and Tanzania in condemning Sudan's blockade.", ("Tanzania", "condemned", "Sudan")),
        # the one found guilty of an act did it
        ("Omar Haddad was found guilty of steering a contract to Qasr Builders.", ("Omar Haddad", "awarded_contract_to", "Qasr Builders")),
        # "by Ving": the clause's subject acts
        ("Voltara expanded by buying Sunmark Energy.", ("Voltara", "acquired", "Sunmark Energy")),
        # a gerund after "after", "when", "while": the main clause's subject acts, a passive's too
        ("Omar Haddad was detained after attacking Pedro Ruiz.", ("Omar Haddad", "attacked", "Pedro Ruiz")),
        ("Ana Diaz was accompanied by Luis Mora when meeting Eva Dvorak in Lima.", ("Ana Diaz", "met", "Eva Dvorak")),
        ("Eva Dvorak smiled while visiting Nairobi on Monday.", ("Eva Dvorak", "visited", "Nairobi")),
        # relatives and other relational appositions
        ("Piotr Zielinski hired his brother-in-law, Tomasz Nowak, in 2019.", ("Tomasz Nowak", "relative_of", "Piotr Zielinski")),
        ("Ana Diaz, an adviser to President Luis Mora, met Pedro Ruiz.", ("Ana Diaz", "advised", "Luis Mora")),
        ("Pedro Ruiz, a graduate of Yale University, met Ana Diaz.", ("Pedro Ruiz", "alumnus_of", "Yale University")),
        # a passive agent the parser hangs under a gerund-like adjective
        ("Tomas Brenner, who was endorsed by outgoing governor Ilse Vogt, won the vote.", ("Ilse Vogt", "supported", "Tomas Brenner")),
    ],
)
def test_coordination_gerunds_and_relations(text, expected):
    assert expected in _facts(text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # an accusation of an act is not the act
        ("Critics accused Omar Haddad of steering a contract to Qasr Builders.", ("Omar Haddad", "awarded_contract_to", "Qasr Builders")),
        # a son-in-law is no son
        ("Pavel Kral, the son-in-law of Jan Novak, met Eva Dvorak.", ("Pavel Kral", "child_of", "Jan Novak")),
        # "before buying" has not happened yet when the story is not told in the past
        ("Voltara will wait a year before buying Sunmark Energy.", ("Voltara", "acquired", "Sunmark Energy")),
        # after an active verb with a person as object, who does the act of "while Ving" is unclear
        ("Police detained Omar Haddad while attacking Pedro Ruiz.", ("police", "attacked", "Pedro Ruiz")),
        # a bare title without a named principal is a role, not advice to someone
        ("Ana Diaz, the national security adviser, met Pedro Ruiz.", ("Ana Diaz", "advised", "Pedro Ruiz")),
    ],
)
def test_coordination_gerunds_and_relations_must_not(text, unexpected):
    assert unexpected not in _facts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named family owns what it controls a share of
        ("Orkla Foods has the support of the Halvorsen family, which controls 40 percent of the company.",
         ("Halvorsen family", "owns", "Orkla Foods")),
        # "the storm" is the storm named before it
        ("Hurricane Delia killed four people in Cuba. The storm made landfall in Matanzas province on Friday.",
         ("Hurricane Delia", "hit", "Matanzas province")),
        # two-word nationality before an organisation description
        ("South African mining group Kopano Minerals bought Lusaka Copper.", ("Kopano Minerals", "based_in", "South Africa")),
        ("Indonesian patrols clashed with Chinese vessels near the islands.", ("Indonesian patrols", "clashed_with", "Chinese vessels")),
    ],
)
def test_groups_events_and_owners(text, expected):
    assert expected in _facts(text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # what a deal would give is not yet owned
        ("Mehta said the deal would give Orkla Foods its first plants in Kenya.", ("Orkla Foods", "operates_in", "Kenya")),
        # "the storm" with no storm named before points nowhere
        ("Lina Haddad met Omar Saleh after the storm.", ("Lina Haddad", "met", "storm")),
        # "a family" with no name is no entity
        ("A family in Leeds sued Northvale Water.", ("family", "sued", "Northvale Water")),
    ],
)
def test_groups_events_and_owners_must_not(text, unexpected):
    assert unexpected not in _facts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the appointee, not the appointer, replaces the predecessor
        ("President Ana Flores appointed Luis Prado as finance minister, replacing Jorge Vela.", ("Luis Prado", "replaced", "Jorge Vela")),
        # "the Thai company" is the company named before that is based in Thailand
        ("Norvik Foods agreed to buy Bangkok-based Siam Snacks. HSBC advised the Thai company.", ("HSBC", "advised", "Siam Snacks")),
        # "the bank" is the bank the story is about, not the latest name
        ("Northwind Bank agreed to buy its rival Banco Sul. The bank was advised by JPMorgan.", ("JPMorgan", "advised", "Northwind Bank")),
        # "the company" inside the sentence naming it
        ("The plan has the support of Orkla Foods's founding Berg family, which owns 30 percent of the company.",
         ("Berg family", "owns", "Orkla Foods")),
    ],
)
def test_descriptions_point_back(text, expected):
    assert expected in _facts(text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        ("President Ana Flores appointed Luis Prado as finance minister, replacing Jorge Vela.", ("Ana Flores", "replaced", "Jorge Vela")),
        ("Norvik Foods agreed to buy Bangkok-based Siam Snacks. HSBC advised the Thai company.", ("HSBC", "advised", "Norvik Foods")),
        ("Northwind Bank agreed to buy its rival Banco Sul. The bank was advised by JPMorgan.", ("JPMorgan", "advised", "Banco Sul")),
    ],
)
def test_descriptions_point_back_must_not(text, unexpected):
    assert unexpected not in _facts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # capitals stand for their governments in diplomacy
        ("Washington urged Beijing to release the activists.", ("United States", "urged", "China")),
        ("Prime Minister Lee Chen, who urged Jakarta to return the boats, met reporters.", ("Lee Chen", "urged", "Indonesia")),
        # a company hires someone into a post it names
        ("Norvik Foods hired Sara Lund as its chief financial officer.", ("Sara Lund", "holds_role", "Norvik Foods")),
    ],
)
def test_metonymy_and_posts(text, expected):
    assert expected in _facts(text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # a visit to a capital is a visit to the city
        ("Lee Chen visited Jakarta on Monday.", ("Lee Chen", "visited", "Indonesia")),
        # a place does not kill: "which" here is not the county
        ("Gunmen attacked a police station in Garissa county, which killed four officers.", ("Garissa county", "killed", "officers")),
    ],
)
def test_metonymy_and_posts_must_not(text, unexpected):
    assert unexpected not in _facts(text)


def test_predicate_lists_in_verb_lexicon_are_ontology_relations():
    verbs = langdata.data("en", "verbs")
    names = {n.lstrip("^") for section in ("possessor_target", "state_actor", "place_subject", "hierarchical") for n in verbs[section]}
    names |= set(verbs["event_subject"]) | set(langdata.data("en", "cues")["argument_classes"]) - {"_doc"}
    missing = sorted(n for n in names if n not in ontology.properties())
    assert not missing, f"kg/lang/en lists name predicates ontology/kg.ttl lacks: {missing}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a province the gazetteer does not know lies in the one country the sentence places events in
        ("Floods killed 12 people in northern Laos, burying homes in the province of Phongsaly.", ("Phongsaly", "located_in", "Laos")),
        # "the first / 11th X to V": the infinitive is a fact, done by the copula's subject
        ("Cyclone Mira hit Fiji on Monday. Mira was the third storm to batter the archipelago this year.", ("Cyclone Mira", "hit", "Fiji")),
        ("Cyclone Mira was the strongest storm to strike Tonga in a decade.", ("Cyclone Mira", "hit", "Tonga")),
    ],
)
def test_places_and_ordinal_infinitives(text, expected):
    assert expected in _facts(text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # two countries in the sentence: no guess where the province is
        ("Floods killed 12 people in Laos and Vietnam, burying homes in the province of Phongsaly.", ("Phongsaly", "located_in", "Laos")),
        # a purpose infinitive is not a fact
        ("Cyclone Mira was expected to strike Tonga on Friday.", ("Cyclone Mira", "hit", "Tonga")),
        ("Ana Lopes flew to Madrid to meet Pedro Sanz.", ("Ana Lopes", "met", "Pedro Sanz")),
    ],
)
def test_places_and_ordinal_infinitives_must_not(text, unexpected):
    assert unexpected not in _facts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lucia Ortiz ran on the ticket of the Green Alliance in 2021.", ("Lucia Ortiz", "member_of", "Green Alliance")),
        ("Recep Demir spoke by phone with Masoud Karimi on Tuesday.", ("Recep Demir", "held_call_with", "Masoud Karimi")),
        ("Lazard acted as adviser to Norvik Foods.", ("Lazard", "advised", "Norvik Foods")),
    ],
)
def test_chained_phrases(text, expected):
    assert expected in _facts(text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # a phone call is not a mere "told"
        ("Recep Demir spoke by phone with Masoud Karimi on Tuesday.", ("Recep Demir", "told", "Masoud Karimi")),
        # taking part in something that is not an event
        ("Students took part in the Lisbon protests.", ("students", "attended", "Lisbon")),
    ],
)
def test_chained_phrases_must_not(text, unexpected):
    assert unexpected not in _facts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title word inside an organisation's name
        ("The Justice Department sued Northvale Water on Monday.", ("Justice Department", "sued", "Northvale Water")),
        # a founder title is a founding
        ("Kestrel Labs founder Mira Solberg met Anton Vik.", ("Mira Solberg", "founded", "Kestrel Labs")),
        # a passive joined to an active verb shares its subject
        ("Jon Berg stepped down as chief executive and was replaced by Ida Holm.", ("Ida Holm", "replaced", "Jon Berg")),
    ],
)
def test_names_titles_and_pronouns(text, expected):
    assert expected in _facts(text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        ("The Justice Department sued Northvale Water on Monday.", ("Department", "sued", "Northvale Water")),
    ],
)
def test_names_titles_and_pronouns_must_not(text, unexpected):
    assert unexpected not in _facts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relational noun with a possessive points to the relative an earlier sentence named
        ("Omar Haddad hired his cousin, Sami Haddad. Sami Haddad later testified against his relative.",
         ("Sami Haddad", "testified_against", "Omar Haddad")),
        ("Lena Marsh is the daughter of Paul Marsh. She said police had arrested her father.", ("police", "arrested", "Paul Marsh")),
    ],
)
def test_relatives_point_back(text, expected):
    assert expected in _facts(text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # "her son" is not the father the earlier sentence named
        ("Lena Marsh is the daughter of Paul Marsh. She said police had arrested her son.", ("police", "arrested", "Paul Marsh")),
    ],
)
def test_relatives_point_back_must_not(text, unexpected):
    assert unexpected not in _facts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chelsea lost to Arsenal on Sunday.", ("Arsenal", "defeated", "Chelsea")),
        ("Kestrel Labs raised $20 million from Sequoia Capital.", ("Sequoia Capital", "invested_in", "Kestrel Labs")),
        ("Norway summoned Russia's ambassador, Teodor Belov, on Monday.", ("Norway", "called_on", "Teodor Belov")),
        ("Orkla Foods bought a stake in Kestrel Labs.", ("Orkla Foods", "owns", "Kestrel Labs")),
        # a stance one draws, faces or wins from someone is theirs towards the subject
        ("Germany has drawn criticism from Donald Trump.", ("Donald Trump", "criticized", "Germany")),
        ("Ukraine received support from Poland.", ("Poland", "supported", "Ukraine")),
    ],
)
def test_more_news_verbs(text, expected):
    assert expected in _facts(text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # a government formed is no organisation founded; signing with a company is no membership
        ("Moshe Levin formed a government with Avi Kaplan.", ("Moshe Levin", "founded", "Government of Israel")),
        ("Vexa Systems signed with Orkla Foods on Monday.", ("Vexa Systems", "member_of", "Orkla Foods")),
        # losing to someone is no victory over them
        ("Chelsea lost to Arsenal on Sunday.", ("Chelsea", "defeated", "Arsenal")),
        # raising money from a country's investors is no funding by the country
        ("Kestrel Labs raised $20 million in Norway.", ("Norway", "funded", "Kestrel Labs")),
    ],
)
def test_more_news_verbs_must_not(text, unexpected):
    assert unexpected not in _facts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a regional post named after the name
        ("Governor Rita Vance of Oregon signed the bill.", ("Rita Vance", "holds_role", "Oregon")),
        # "New" is part of a place's name, not the qualifier of a title
        ("Senator Tom Hale of New York praised Joe Biden.", ("Tom Hale", "represents", "New York")),
        # the seat after "for" is a place, whatever the tagger took it for; a party after "for" is still a party
        ("Jess Parker, the MP for Bristol Central, said the plan was flawed.", ("Jess Parker", "represents", "Bristol Central")),
        ("Jess Parker, the MP for the Labour Party, spoke.", ("Jess Parker", "member_of", "Labour Party")),
        # and so is the seat before the title, when its letters do not read as a body's
        ("Tebrau assemblyman Lim Kok Wah opened the new market on Sunday.", ("Lim Kok Wah", "represents", "Tebrau")),
        ("Tom Hale visited New Zealand in May.", ("Tom Hale", "visited", "New Zealand")),
        ("Lisbon mayor Rui Moura met Anne Hidalgo, the mayor of Paris.", ("Anne Hidalgo", "holds_role", "Paris")),
        # party words before a member's title
        ("Republican Senator Tom Hale criticized Joe Biden.", ("Tom Hale", "member_of", "Republican Party")),
        ("Labour lawmaker Jess Parker met Rishi Sunak.", ("Jess Parker", "member_of", "Labour Party")),
    ],
)
def test_regional_posts_and_party_words(text, expected):
    assert expected in _facts(text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # "Labour Minister" is a portfolio, not a party
        ("Labour Minister Ana Ruiz met Pedro Sanz.", ("Ana Ruiz", "member_of", "Labour Party")),
        # a party named after a member's name is membership, not a post held in it
        ("Congressman Luis Vega of the Popular Unity party spoke.", ("Luis Vega", "holds_role", "Popular Unity party")),
        # "Democratic" before a title that is no party post
        ("Democratic Republic of Congo President Felix Tshisekedi met Paul Kagame.", ("Felix Tshisekedi", "member_of", "Democratic Party")),
    ],
)
def test_regional_posts_and_party_words_must_not(text, unexpected):
    assert unexpected not in _facts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # company-form and sector words end organisation names the tagger may miss
        ("Karlsson Pack AB bought Vestra Logistics.", ("Karlsson Pack AB", "acquired", "Vestra Logistics")),
        ("Bumi Steel Tbk sued Harapan Engineering.", ("Bumi Steel Tbk", "sued", "Harapan Engineering")),
    ],
)
def test_company_words(text, expected):
    facts = {(s, p, o) for s, p, o in _facts(text)}
    assert expected in facts
    types = {t.subject.name: t.subject.type for t in _extract(text)}
    assert types[expected[0]] == "Organization"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "his rival" is the one an earlier sentence set against him
        ("Ana Ruiz defeated Pedro Sanz in the runoff. Sanz conceded and congratulated his rival.", ("Pedro Sanz", "congratulated", "Ana Ruiz")),
    ],
)
def test_opponents_point_back(text, expected):
    assert expected in _facts(text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # meeting someone does not make them a rival
        ("Ana Ruiz met Pedro Sanz. Sanz later congratulated his rival.", ("Pedro Sanz", "congratulated", "Ana Ruiz")),
    ],
)
def test_opponents_point_back_must_not(text, unexpected):
    assert unexpected not in _facts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's leader hires and fires that state's ministers
        ("Peruvian President Ana Flores dismissed Interior Minister Jorge Vela on Tuesday.", ("Jorge Vela", "holds_role", "Peru")),
    ],
)
def test_officials_of_the_leaders_state(text, expected):
    assert expected in _facts(text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # meeting a minister says nothing of whose minister he is
        ("U.S. President Joe Biden met Foreign Minister Wang Yi.", ("Wang Yi", "holds_role", "United States")),
        # a company chief is no head of state
        ("Exxon chief executive Darren Woods fired Finance Director Ali Reza.", ("Ali Reza", "holds_role", "United States")),
    ],
)
def test_officials_of_the_leaders_state_must_not(text, unexpected):
    assert unexpected not in _facts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Orkla Foods invested 5 million euros in Kestrel Labs.", ("Orkla Foods", "invested_in", "Kestrel Labs")),
        ("The Philippine coast guard accused Chinese vessels of ramming a boat.", ("Philippine coast guard", "accused", "Chinese vessels")),
    ],
)
def test_amounts_and_group_words(text, expected):
    assert expected in _facts(text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # an opposition leader leads the opposition, not the country
        ("Senegal's opposition leader Ousmane Diop met Macky Fall.", ("Ousmane Diop", "leads", "Senegal")),
    ],
)
def test_amounts_and_group_words_must_not(text, unexpected):
    assert unexpected not in _facts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vexa Systems was fined 1.2 billion euros by Ireland's Data Protection Commission.",
         ("Data Protection Commission", "fined", "Vexa Systems")),
        ("Recep Demir spoke with Masoud Karimi by phone on Friday.", ("Recep Demir", "held_call_with", "Masoud Karimi")),
    ],
)
def test_amount_agents_and_phrase_order(text, expected):
    assert expected in _facts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Waymo, a subsidiary of Alphabet, sued Uber.", ("Waymo", "subsidiary_of", "Alphabet")),
        ("Alphabet, the parent of Google, hired Ana Ruiz.", ("Google", "subsidiary_of", "Alphabet")),
        ("Ana Ruiz, a major shareholder in Vexa Systems, met Jonas Lund.", ("Ana Ruiz", "owns", "Vexa Systems")),
    ],
)
def test_ownership_descriptions(text, expected):
    assert expected in _facts(text)
    types = {t.subject.name: t.subject.type for t in _extract(text)} | {t.object.name: t.object.type for t in _extract(text)}
    assert types[expected[2]] == "Organization"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Firefighters rescued forty villagers from the flooded valley on Sunday.", ("firefighters", "rescued", "villagers")),
        ("UEFA suspended the Hellenic Football Federation over political meddling.",
         ("UEFA", "suspended", "Hellenic Football Federation")),
        ("The Court of Appeal ruled against Brightwell Energy in the dispute.",
         ("Court of Appeal", "ruled_against", "Brightwell Energy")),
        ("The Lakota Farmers Union filed a complaint against Mersey Chemicals with the environment tribunal.",
         ("Lakota Farmers Union", "filed_complaint_against", "Mersey Chemicals")),
        ("The Lakota Farmers Union filed a complaint against Mersey Chemicals with the environment tribunal.",
         ("Lakota Farmers Union", "filed_complaint_with", "environment tribunal")),
        ("The Teachers Federation of Ghana, which represents 90,000 teachers, rejected the offer.",
         ("Teachers Federation of Ghana", "represents", "teachers")),
        ("Freedom House ranked Norway first in its annual survey.", ("Freedom House", "ranked", "Norway")),
        ("Shipyard workers walked off the job at Harland Yards on Monday.",
         ("shipyard workers", "went_on_strike_at", "Harland Yards")),
        ("Vietnam exported rice to Ghana and Senegal last year.", ("Vietnam", "exported_to", "Senegal")),
        ("Poland imported 3 million tonnes of coal from Colombia last year.", ("Poland", "imported_from", "Colombia")),
    ],
)
def test_trade_court_and_labour_verbs(text, expected):
    assert expected in _facts(text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # a complaint is no accusation of its own, and the court it went to is not its target
        ("The Lakota Farmers Union filed a complaint against Mersey Chemicals with the environment tribunal.",
         ("Lakota Farmers Union", "accused", "Mersey Chemicals")),
        ("The Lakota Farmers Union filed a complaint against Mersey Chemicals with the environment tribunal.",
         ("Lakota Farmers Union", "filed_complaint_against", "environment tribunal")),
        # rescuing is not mere help; shipping goods abroad is no sending of envoys
        ("Firefighters rescued forty villagers from the flooded valley on Sunday.", ("firefighters", "helped", "villagers")),
        ("Vietnam exported rice to Ghana and Senegal last year.", ("Vietnam", "sent", "Ghana")),
        # a walk-out is no attack
        ("Shipyard workers walked off the job at Harland Yards on Monday.", ("shipyard workers", "attacked", "Harland Yards")),
    ],
)
def test_trade_court_and_labour_verbs_must_not(text, unexpected):
    assert unexpected not in _facts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place named with the country or region around it, even when the tagger calls it an organisation
        ("Most of the ferries left from Sfax, Tunisia, before dawn.", ("Sfax", "located_in", "Tunisia")),
        ("Police raided a warehouse in Gdansk, Poland, on Tuesday.", ("Gdansk", "located_in", "Poland")),
        ("The tanker was told to anchor off Pozzallo, Sicily, for the night.", ("Pozzallo", "located_in", "Sicily")),
        ("A bridge collapsed in India's Bihar on Sunday.", ("Bihar", "located_in", "India")),
        ("A bus overturned near Gaya in Bihar state, India, late on Sunday.", ("Bihar state", "located_in", "India")),
        ("Dockworkers walked off the job at Brazil's Port of Santos on Wednesday.", ("Port of Santos", "located_in", "Brazil")),
        # a body of a wider organisation; a lawyer named with the client
        ("Europol, the European Union's law enforcement agency, opened the inquiry.", ("Europol", "part_of", "European Union")),
        ("Nadia Holm's lawyer Piet Smit appealed the verdict.", ("Piet Smit", "lawyer_of", "Nadia Holm")),
        ("Piet Smit, the lawyer for Nadia Holm, appealed the verdict.", ("Piet Smit", "lawyer_of", "Nadia Holm")),
        ("Hundreds of survivors were pulled from the rubble by firefighters.", ("firefighters", "rescued", "survivors")),
        # "the Strasbourg-based court": the court named before, based there
        ("The European Court of Justice ruled against Poland. The Luxembourg-based court ordered Warsaw to pay a fine.",
         ("European Court of Justice", "based_in", "Luxembourg")),
    ],
)
def test_places_in_wider_places_and_bodies(text, expected):
    assert expected in _facts(text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # lists of places are no hierarchy
        ("The minister visited Lyon, Paris and Nice last week.", ("Lyon", "located_in", "Paris")),
        ("Flights from Lyon, Paris, Nice and Lille were cancelled.", ("Paris", "located_in", "Nice")),
        ("Talks in Germany, France and Poland ended without a deal.", ("Germany", "located_in", "France")),
        ("Floods hit Kerala state, India, and Sylhet division, Bangladesh.", ("India", "located_in", "Sylhet division")),
        # a person named with the country's possessive is no place in it
        ("China's Xi Jinping met Russia's Vladimir Putin.", ("Xi Jinping", "located_in", "China")),
        # an organisation acting as subject stays one
        ("Toyota, Japan, said profits rose.", ("Toyota", "located_in", "Japan")),
        # a based-in description points back only to a body of its own kind
        ("Orkla Bank said profits rose. The Geneva-based court fined Tom Smith.", ("Orkla Bank", "based_in", "Geneva")),
        # a country's agency is no part of a party, and a lawyer's title is no role in the client
        ("Nadia Holm's lawyer Piet Smit appealed the verdict.", ("Piet Smit", "holds_role", "Nadia Holm")),
    ],
)
def test_places_in_wider_places_and_bodies_must_not(text, unexpected):
    assert unexpected not in _facts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people named only as envoys or staff of a body: the body acts
        ("Delegates from the European Union and Japan clashed with the G77 group over the draft.",
         ("Japan", "clashed_with", "G77")),
        ("Rescue workers from the Civil Defence Directorate pulled survivors from the wreckage.",
         ("Civil Defence Directorate", "rescued", "survivors")),
        ("Labour Minister Fernanda Lopes met Sindestiva leaders in Brasilia.", ("Fernanda Lopes", "met", "Sindestiva")),
        # a plural description before several names describes each of them
        ("Kestrel Labs was founded by former Siemens engineers Ana Ruiz and Tom Berg.", ("Tom Berg", "founded", "Kestrel Labs")),
    ],
)
def test_bodies_acting_through_people(text, expected):
    assert expected in _facts(text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # named people, and former staff, act for themselves
        ("Kestrel Labs was founded by former Siemens engineers Ana Ruiz and Tom Berg.", ("Siemens", "founded", "Kestrel Labs")),
        ("Kestrel Labs was founded by former Siemens employees in 2019.", ("Siemens", "founded", "Kestrel Labs")),
        # workers from a country are not the country acting
        ("Workers from Indonesia protested against the company.", ("Indonesia", "protested_against", "company")),
    ],
)
def test_bodies_acting_through_people_must_not(text, unexpected):
    assert unexpected not in _facts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence-initial name the small model reads as an adverbial is still the subject
        ("FIFA suspended the Hellenic Football Federation on Friday over political meddling.",
         ("FIFA", "suspended", "Hellenic Football Federation")),
        ("UEFA fined Galatasaray on Monday.", ("UEFA", "fined", "Galatasaray")),
        # the second phrase of a frame may hang on the first one's object
        ("Norway on Friday filed a complaint with the European Free Trade Association against Iceland over fish quotas.",
         ("Norway", "filed_complaint_against", "Iceland")),
    ],
)
def test_misread_subjects_and_hanging_phrases(text, expected):
    assert expected in _facts(text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        ("On Monday the talks stalled.", ("Monday", "stalled", "talks")),
        ("Norway on Friday filed a complaint with the European Free Trade Association against Iceland over fish quotas.",
         ("Norway", "filed_complaint_with", "Iceland")),
    ],
)
def test_misread_subjects_and_hanging_phrases_must_not(text, unexpected):
    assert unexpected not in _facts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # nationality adjectives the stem rule cannot undo, and Congo as news names it
        ("Congolese Foreign Minister Patrick Mbuyi urged the UN Security Council to act.",
         ("Patrick Mbuyi", "holds_role", "Democratic Republic of the Congo")),
        ("Moroccan Interior Minister Karim Alaoui visited Rabat.", ("Karim Alaoui", "holds_role", "Morocco")),
        ("Congo accused Rwanda of arming the rebels.", ("Democratic Republic of the Congo", "accused", "Rwanda")),
    ],
)
def test_irregular_nationalities(text, expected):
    assert expected in _facts(text)


@pytest.mark.parametrize(
    ("surface", "country"),
    [("Congo", "Democratic Republic of the Congo"), ("DRC", "Democratic Republic of the Congo"),
     ("Congo-Brazzaville", "Republic of the Congo"), ("Republic of the Congo", "Republic of the Congo")],
)
def test_congo_names(surface, country):
    assert extract_en._lookup(surface).name == country


@pytest.mark.parametrize(
    ("word", "country"),
    [("Congolese", "Democratic Republic of the Congo"), ("Somali", "Somalia"), ("Ivorian", "Ivory Coast"),
     ("Zambian", "Zambia"), ("Reuters", None), ("Khmer", None)],
)
def test_demonym_country(word, country):
    assert extract_en.demonym_country(word) == country


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A mob attacked the Golden Lotus temple in the town of Kandy.", ("mob", "attacked", "Golden Lotus temple")),
        ("The Redfox gang extorted more than $5 million from hospitals and schools.", ("Redfox gang", "extorted", "hospitals")),
        ("Selin Kurt, a reporter for the daily Haberler, was detained in Izmir.", ("Selin Kurt", "works_for", "Haberler")),
    ],
)
def test_collectives_temples_and_newsroom_staff(text, expected):
    assert expected in _facts(text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # an extortion's object is its victim, not the sum
        ("The Redfox gang extorted more than $5 million from hospitals and schools.", ("Redfox gang", "extorted", "$5 million")),
        # arrested members are not their gang acting, nor is the gang arrested as a body
        ("Police arrested four members of the Redfox gang on Monday.", ("Redfox gang", "arrested", "police")),
        ("Police arrested four members of the Redfox gang on Monday.", ("police", "arrested", "Redfox gang")),
        # an indefinite crowd as object is no named group
        ("Police arrested a crowd outside the Hilltop Hotel.", ("police", "arrested", "crowd")),
    ],
)
def test_collectives_temples_and_newsroom_staff_must_not(text, unexpected):
    assert unexpected not in _facts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # named examples stand for the collective they illustrate
        ("Rebels attacked several towns, including Goma and Bukavu.", ("rebels", "attacked", "Bukavu")),
        # backing by an investment firm is an investment
        ("Sequoia Capital backed Kestrel Labs in 2020.", ("Sequoia Capital", "invested_in", "Kestrel Labs")),
        ("The Halden Fund has backed a dozen startups, including Kestrel Labs and Orbit Robotics.",
         ("Halden Fund", "invested_in", "Orbit Robotics")),
    ],
)
def test_examples_and_investors(text, expected):
    assert expected in _facts(text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        ("Rebels attacked several towns, including Goma and Bukavu.", ("rebels", "attacked", "towns")),
        # a fund backing a state, or a party backing a candidate, is support, not investment
        ("The International Monetary Fund backed Pakistan with a new loan.",
         ("International Monetary Fund", "invested_in", "Pakistan")),
        ("The Labour Party backed Jane Doe.", ("Labour Party", "invested_in", "Jane Doe")),
    ],
)
def test_examples_and_investors_must_not(text, unexpected):
    assert unexpected not in _facts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "whose" points to the name before the comma
        ("The march was led by the Lakota Farmers Union, whose president Ana Ruiz demanded higher prices.",
         ("Ana Ruiz", "leads", "Lakota Farmers Union")),
        # a reciprocal event after which the subject acted: the subject took part
        ("Rebels seized the town of Walikale on Monday after heavy fighting with the national army.",
         ("rebels", "clashed_with", "army")),
        # a court finding a breach rules against the one in breach
        ("The Supreme Court found that Meridian Bank breached its contract with the city.",
         ("Supreme Court", "ruled_against", "Meridian Bank")),
        ("The European Court of Human Rights ruled on Tuesday that Greece violated the rights of a journalist.",
         ("European Court of Human Rights", "ruled_against", "Greece")),
    ],
)
def test_whose_reciprocal_events_and_rulings(text, expected):
    assert expected in _facts(text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        ("The march was led by the Lakota Farmers Union, whose president Ana Ruiz demanded higher prices.",
         ("Ana Ruiz", "holds_role", "United States")),
        # one who acted after an attack did not attack
        ("Police arrested three men after an attack on the Central Mosque.", ("police", "attacked", "Central Mosque")),
        # no breach found, or no court finding
        ("The Supreme Court found that Meridian Bank did not breach its contract.", ("Supreme Court", "ruled_against", "Meridian Bank")),
        ("Analysts said that Meridian Bank breached its contract.", ("analysts", "ruled_against", "Meridian Bank")),
    ],
)
def test_whose_reciprocal_events_and_rulings_must_not(text, unexpected):
    assert unexpected not in _facts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Orkla signed a joint venture with Nestle in 2020.", ("Orkla", "signed_agreement_with", "Nestle")),
        # bodies tied to one site have their seat where they sit; a named building lies there
        ("The union filed the case at the Industrial Relations Court in Mombasa.", ("Industrial Relations Court", "based_in", "Mombasa")),
        ("The US Embassy in Kyiv closed on Monday.", ("US Embassy", "located_in", "Kyiv")),
        ("Hackers attacked Sweden's Uppsala city council in May.", ("Uppsala city council", "based_in", "Sweden")),
        ("The archive went to Halvorsen College, located in Tromso, Norway, last year.", ("Halvorsen College", "based_in", "Tromso")),
        ("The rocket will be shown at the Bergmann Planetarium in Leipzig from June.", ("Bergmann Planetarium", "located_in", "Leipzig")),
        ("Hackers attacked Sweden's Uppsala city council in May.", ("hackers", "attacked", "Uppsala city council")),
    ],
)
def test_ventures_and_sited_bodies(text, expected):
    assert expected in _facts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a predicate noun after "is" stands for the subject as an apposition stands for the name before it
        ("Halvard Energy is an oil company based in Stavanger.", ("Halvard Energy", "based_in", "Stavanger")),
        ("Brightwater is a charity headquartered in Leeds.", ("Brightwater", "based_in", "Leeds")),
        ("Orkla is the firm that bought Nordvik Foods last year.", ("Orkla", "acquired", "Nordvik Foods")),
    ],
)
def test_a_predicate_noun_stands_for_the_subject(text, expected):
    assert expected in _facts(text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        ("Halvard Energy is not a company based in Stavanger.", ("Halvard Energy", "based_in", "Stavanger")),
        ("The winner is a company based in Stavanger, officials said.", ("winner", "based_in", "Stavanger")),
    ],
)
def test_a_negated_or_unnamed_predicate_noun_gives_no_fact(text, unexpected):
    assert unexpected not in _facts(text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # a national ministry is no body sited in its country by the possessive alone; the target is the council
        ("Turkey's Justice Ministry said it would study the ruling.", ("Justice Ministry", "located_in", "Turkey")),
        ("Hackers attacked Sweden's Uppsala city council in May.", ("hackers", "attacked", "Sweden")),
    ],
)
def test_ventures_and_sited_bodies_must_not(text, unexpected):
    assert unexpected not in _facts(text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # "two men" without "the" are new people, not the last two named
        ("Ray Dalio spoke in Davos. Oleksiy Honcharenko left. Investigators arrested two men in Houston on Friday.",
         ("investigators", "arrested", "Oleksiy Honcharenko")),
    ],
)
def test_indefinite_numbered_people_must_not_point_back(text, unexpected):
    assert unexpected not in _facts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Emre Kaya, who represents Selin Aydemir, appealed the ruling.", ("Emre Kaya", "represents", "Selin Aydemir")),
        ("Mexican authorities rescued 120 migrants from a truck in Veracruz.", ("Mexican authorities", "rescued", "migrants")),
        ("The ship sailed from Piraeus, Greece, to Haifa, Israel, last week.", ("Haifa", "located_in", "Israel")),
    ],
)
def test_new_relations_in_context(text, expected):
    assert expected in _facts(text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # an athlete or envoy standing for a country is no union representing members
        ("Ali Hassan represented Britain at the Olympics.", ("Ali Hassan", "represents", "United Kingdom")),
        ("The ship sailed from Piraeus, Greece, to Haifa, Israel, last week.", ("Piraeus", "located_in", "Haifa")),
    ],
)
def test_new_relations_in_context_must_not(text, unexpected):
    assert unexpected not in _facts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the association" points back to the association named shortly before
        ("The march was led by the Lakota Farmers Association. Minister Ana Ruiz met representatives of the association on Tuesday.",
         ("Ana Ruiz", "met", "Lakota Farmers Association")),
    ],
)
def test_kind_descriptions_point_back(text, expected):
    assert expected in _facts(text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # only a body of that kind: a bank is no association
        ("Meridian Bank cut rates. Minister Ana Ruiz met representatives of the association on Tuesday.",
         ("Ana Ruiz", "met", "Meridian Bank")),
    ],
)
def test_kind_descriptions_point_back_must_not(text, unexpected):
    assert unexpected not in _facts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kestrel Labs was founded in 2019 by former Siemens engineers Ana Ruiz and Tom Berg.", ("Tom Berg", "works_for", "Siemens")),
    ],
)
def test_job_words_after_a_firm(text, expected):
    assert expected in _facts(text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # the founded company is not the employer the job word names
        ("Kestrel Labs was founded in 2019 by former Siemens engineers Ana Ruiz and Tom Berg.", ("Tom Berg", "works_for", "Kestrel Labs")),
    ],
)
def test_job_words_after_a_firm_must_not(text, unexpected):
    assert unexpected not in _facts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Paris Criminal Court acquitted Marc Duval of fraud on Friday.", ("Paris Criminal Court", "acquitted", "Marc Duval")),
    ],
)
def test_acquittals(text, expected):
    assert expected in _facts(text)


def test_acquittal_is_no_release():
    assert ("Paris Criminal Court", "released", "Marc Duval") not in _facts(
        "The Paris Criminal Court acquitted Marc Duval of fraud on Friday.")


def test_description_that_leads_back_to_its_own_name_does_not_recurse():
    # "whose former boyfriend, the rapper Sam Reed": the misparse makes the description's target the name it
    # describes; kg once recursed until Python's limit on such a sentence (found on NTREX news)
    text = "Tickets went to fans of singer Nora Vale, whose former boyfriend, the rapper Sam Reed had toured Asia."
    found = extract_en.triples(Article("d", text, "en"))
    assert all(t.subject.name != t.object.name for t in found)


def test_no_break_spaces_read_as_spaces_and_offsets_stay_those_of_the_input():
    plain = "Chilean President Tomas Ibarra met Kenyan President Amina Wekesa in Santiago on Monday."
    nbsp = plain.replace("President ", "President\u00a0").replace("Tomas ", "Tomas\u202f")
    got = _extract(nbsp)
    assert {(t.subject.name, t.predicate, t.object.name) for t in got} == _facts(plain)
    assert ("Tomas Ibarra", "met", "Amina Wekesa") in _facts(plain)
    assert all(nbsp[t.sentence_start:t.sentence_end] == t.evidence for t in got)


def test_reflexive_pronoun_is_its_clauses_subject():
    # "himself" takes up the subject of its clause, never the last man named ("Tomas Herczeg"), so that man
    # is not the most recent antecedent for the "He" that follows
    text = ("Paulo Mendes won the party vote against Tomas Herczeg on Friday. "
            "Mr Mendes described himself as a leader for all members. He thanked Aiko Tanaka for her support.")
    assert ("Paulo Mendes", "thanked", "Aiko Tanaka") in _facts(text)


def test_a_title_standing_alone_is_no_antecedent():
    text = "Paulo Mendes was sworn in as Portugal's next Prime Minister. He thanked Aiko Tanaka for her support."
    thanked = {(s, o) for s, p, o in _facts(text) if p == "thanked"}
    assert thanked == {("Paulo Mendes", "Aiko Tanaka")}


def test_title_case_wire_dateline_is_no_part_of_the_sentence():
    text = "Sendai, Miyagi Pref., Feb. 2 (Jiji Press)--Japanese Prime Minister Kenji Morita visited Fukushima on Sunday."
    facts = _facts(text)
    assert ("Kenji Morita", "holds_role", "Japan") in facts
    assert not [f for f in facts if "Jiji" in f[0] + f[2]]
    assert extract_en.dateline_place(text)[0] == "Sendai"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an act named by a noun after "with" is the subject's own: "opened the session with an appeal to X"
        ("Aiko Tanaka opened the session with an appeal to Serbia and Kosovo to resume talks.", ("Aiko Tanaka", "urged", "Kosovo")),
        ("Paulo Mendes responded with an attack on Tomas Herczeg.", ("Paulo Mendes", "attacked", "Tomas Herczeg")),
    ],
)
def test_acts_named_after_with(text, expected):
    assert expected in _facts(text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # agreeing with a known criticism is no criticism of one's own
        ("Paulo Mendes agreed with the criticism of Tomas Herczeg.", ("Paulo Mendes", "criticized", "Tomas Herczeg")),
    ],
)
def test_acts_named_after_with_must_not(text, unexpected):
    assert unexpected not in _facts(text)


def test_bracketed_dateline_is_no_part_of_the_sentence():
    facts = _facts("[NAIROBI] US President Paulo Mendes met Kenyan leader Aiko Tanaka on Tuesday.")
    assert ("Paulo Mendes", "met", "Aiko Tanaka") in facts
    assert not [f for f in facts if "Nairobi" in (f[0], f[2])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relation of two words after a possessive: "Y's running mate"
        ("Rina Kusuma, Paulo Mendes's running mate, spoke in Lisbon.", ("Rina Kusuma", "running_mate_of", "Paulo Mendes")),
        # a second copula in coordination shares the first one's subject
        ("Rina Kusuma is 41 but became Paulo Mendes's running mate in May.", ("Rina Kusuma", "running_mate_of", "Paulo Mendes")),
        ("Rina Kusuma stepped down in May and became the chief executive of Brava Group.", ("Rina Kusuma", "leads", "Brava Group")),
    ],
)
def test_two_word_relations_and_coordinated_copulas(text, expected):
    assert expected in _facts(text)


def test_governor_general_is_an_office_of_the_articles_country():
    text = ("New Zealand's parliament met on Monday. Prime Minister Paulo Mendes of New Zealand spoke first. "
            "New Zealand voters had elected him in May. Governor-General Aiko Tanaka swore in the new cabinet in Wellington.")
    assert ("Aiko Tanaka", "holds_role", "New Zealand", "governor-general") in _roles(text) or \
        ("Aiko Tanaka", "holds_role", "New Zealand", "governor general") in _roles(text)


def test_emeritus_post_is_held_not_led_and_a_possessor_is_the_relations_other_end():
    roles = _roles("Paulo Mendes, Aiko Tanaka's successor and chairman emeritus of Brava Group, welcomed the decision.")
    assert ("Paulo Mendes", "holds_role", "Brava Group", "chairman emeritus") in roles
    assert ("Paulo Mendes", "succeeded", "Aiko Tanaka", None) in roles
    assert not [r for r in roles if r[1] == "leads" or r[1] == "succeeded" and r[2] == "Brava Group"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The High Court found Paulo Mendes guilty of fraud.", ("High Court", "convicted", "Paulo Mendes")),
        ("Paulo Mendes has been found guilty by the High Court of fraud.", ("High Court", "convicted", "Paulo Mendes")),
    ],
)
def test_small_clause_frames(text, expected):
    assert expected in _facts(text)


def test_small_clause_frame_negated_gives_nothing():
    assert not [f for f in _facts("The High Court found Paulo Mendes not guilty of fraud.") if f[1] == "convicted"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Iran-backed Houthi rebels fired two missiles on Monday.", ("Iran", "supported", "Houthi rebels")),
        ("The Tokyo-based carmaker Toyota recalled a million cars.", ("Toyota", "based_in", "Tokyo")),
        ("The Tata-owned airline Air India bought new jets.", ("Tata", "owns", "Air India")),
        # with no name after it, the phrase names the body itself
        ("The Saudi-led coalition bombed the port again on Sunday.", ("Saudi Arabia", "leads", "Saudi-led coalition")),
        ("The US-led coalition fought the insurgents for a decade.", ("United States", "leads", "US-led coalition")),
    ],
)
def test_hyphenated_participles_link_the_name_before_to_the_name_after(text, expected):
    assert expected in _facts(text)


def test_a_nationality_owning_something_is_not_its_state():
    found = _facts("A Chinese-owned company, Sinar Mas, bought the mine.")
    assert not [f for f in found if f[1] == "owns"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser hangs the name on the body, not on the title
        ("The chairman of Tata Sons, Natarajan Chandrasekaran, welcomed the deal.", ("Natarajan Chandrasekaran", "leads", "Tata Sons")),
        # a title written in capitals before the body and the name
        ("The Secretary General of NATO, Jens Stoltenberg, said on Monday that Finland joined.",
         ("Jens Stoltenberg", "leads", "North Atlantic Treaty Organization")),
        # a place noun likewise: the capital, not the country, is the place named
        ("The capital of Kenya, Nairobi, was calm on Monday.", ("Nairobi", "capital_of", "Kenya")),
    ],
)
def test_title_of_a_body_then_the_name_in_commas(text, expected):
    found = _facts(text)
    assert expected in found
    assert not [f for f in found if f[0] in ("General", "Kenya")]


@pytest.mark.parametrize(
    "text",
    [
        "Business Secretary Greg Clark said on Monday that the plant would close.",
        "Environment and Water Minister Tuan Ibrahim Tuan Man said the plan was ready.",
        "Deputy Public Prosecutor Mohd Sophian Zakaria asked the witness a question.",
    ],
)
def test_a_portfolio_before_a_title_is_no_body(text):
    assert not [f for f in _facts(text) if f[2] in ("Business", "Water", "Public", "Environment")]


def test_exxon_before_a_title_is_still_a_body():
    assert ("Darren Woods", "leads", "Exxon") in _facts("Exxon chief executive Darren Woods said profits rose.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sen. Ted Cruz (R-Texas) criticized the bill on Monday.", {("Ted Cruz", "member_of", "Republican Party"), ("Ted Cruz", "represents", "Texas")}),
        ("Rep. Nancy Pelosi (D-Calif.) spoke on Monday.", {("Nancy Pelosi", "member_of", "Democratic Party"), ("Nancy Pelosi", "represents", "California")}),
        ("Republican Keith Rothfus criticized the bill.", {("Keith Rothfus", "member_of", "Republican Party")}),
    ],
)
def test_party_letters_seats_and_party_adjectives(text, expected):
    assert expected <= _facts(text)


def test_a_bracketed_span_of_years_is_no_party_and_seat():
    assert not [f for f in _facts("Joko Widodo (2014-2024) spoke on Monday.") if f[1] in ("member_of", "represents")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a party the lexicon does not list, written as a word; the tagger runs party and seat into one name
        ("Meanwhile, Tan Boon Lee (Warisan-Tanjong Aru) urged the government to act.",
         {("Tan Boon Lee", "member_of", "Warisan"), ("Tan Boon Lee", "represents", "Tanjong Aru")}),
        # a member the tagger reads as a body, with a stray space after the hyphen
        ("He was answering a question from Datuk Amir Khalid (Upko- Kadamaian) on poverty.",
         {("Amir Khalid", "member_of", "Upko"), ("Amir Khalid", "represents", "Kadamaian")}),
    ],
)
def test_a_party_written_as_a_word_before_a_seat(text, expected):
    assert expected <= _facts(text)


@pytest.mark.parametrize("text", ["The poet Sean Kelly (Anglo-Irish) read first.", "Shares of Maybank Islamic (KLSE-Kuala Lumpur) rose."])
def test_a_compound_adjective_or_a_body_in_brackets_is_no_party_and_seat(text):
    assert not [f for f in _facts(text) if f[1] in ("member_of", "represents")]


def test_a_place_described_as_a_township_or_street_lies_in_the_place_named():
    assert ("Kota Baru", "located_in", "Kelantan") in _facts("Kota Baru, a small township in Kelantan, was flooded.")
    assert ("Riverside Road", "located_in", "Camden") in _facts("Riverside Road, a busy street in Camden, was closed on Friday.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peter Martin, of business consultancy CGA, said sales rose.", ("Peter Martin", "works_for", "CGA")),
        ("Professor Jane Doe of Harvard University said the results were clear.", ("Jane Doe", "works_for", "Harvard University")),
    ],
)
def test_a_name_of_an_organisation_works_for_it(text, expected):
    assert expected in _facts(text)


def test_a_titled_name_of_an_organisation_holds_the_title_there_only():
    found = _facts("Chief executive Tim Cook of Apple spoke on Monday.")
    assert ("Tim Cook", "leads", "Apple") in found and ("Tim Cook", "works_for", "Apple") not in found
    assert not [f for f in _facts("John Smith of London won the race.") if f[1] == "works_for"]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Shadow Chancellor John McDonnell set out his plans.", "Shadow"),  # a qualifier of the title
        ("The roads included Jalan Sultan Yusoff and Jalan Tun Perak.", "Jalan"),  # a title inside a street's name
        ("The group met Communications and Multimedia Minister Annuar Musa today.", "Multimedia"),  # a portfolio
    ],
)
def test_words_around_titles_that_are_no_bodies(text, wrong):
    assert not [f for f in _facts(text) if f[2] == wrong]


def test_gop_before_a_title_is_the_party():
    assert ("Geoff Diehl", "member_of", "Republican Party") in _facts("Warren is running against GOP state Rep. Geoff Diehl.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The shot beat France goalkeeper Hugo Lloris in the 23rd minute.", ("Hugo Lloris", "plays_for", "France")),
        ("Chelsea striker Nicolas Jackson missed a chance.", ("Nicolas Jackson", "plays_for", "Chelsea")),
        ("Argentina coach Lionel Scaloni praised his team.", ("Lionel Scaloni", "coaches", "Argentina")),
    ],
)
def test_a_players_position_or_a_coachs_post_names_the_team(text, expected):
    found = _facts(text)
    assert expected in found
    assert not [f for f in found if f[1] in ("holds_role", "leads")]  # a position is no office of the country


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fans cheered as Blue Harbour drummer Tomas Herczeg walked on stage.", ("Tomas Herczeg", "member_of", "Blue Harbour")),
        ("The album was produced by Nightglass guitarist Ines Duarte.", ("Ines Duarte", "member_of", "Nightglass")),
    ],
)
def test_a_musicians_place_in_a_band_makes_a_member(text, expected):
    found = _facts(text)
    assert expected in found
    assert not [f for f in found if f[1] in ("holds_role", "leads")]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The award went to British singer Mara Quist.", "member_of"),
        ("Crowds gathered as Chilean drummer Tomas Herczeg began the show.", "member_of"),
        ("Former Nightglass guitarist Ines Duarte released a solo record.", "member_of"),
    ],
)
def test_an_origin_or_a_former_band_before_a_musician_is_no_membership(text, wrong):
    assert not [f for f in _facts(text) if f[1] == wrong]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wanderers striker Tomas Herczeg scored twice. The Wanderers climbed to third.", ("Tomas Herczeg", "plays_for", "Wanderers")),
        ("Nightglass guitarist Ines Duarte has left the band. Tickets for Nightglass went on sale on Monday.",
         ("Ines Duarte", "member_of", "Nightglass")),
    ],
)
def test_a_team_or_band_opening_a_sentence_is_known_by_its_capital_elsewhere(text, expected):
    assert expected in _facts(text)


def test_a_word_opening_a_sentence_is_no_team_without_other_evidence():
    found = _facts("Rookie quarterback Tomas Herczeg threw two touchdowns on Sunday.")
    assert not [f for f in found if f[1] in ("plays_for", "member_of", "coaches")]


@pytest.mark.parametrize(
    ("text", "player", "club"),
    [
        ("Pahang striker Rizal Hamdan scored twice against the leaders.", "Rizal Hamdan", "Pahang"),
        ("The visitors equalised through Dundee midfielder Callum Reid.", "Callum Reid", "Dundee"),
    ],
)
def test_a_place_before_a_players_position_names_its_club(text, player, club):
    found = [t for t in _extract(text) if t.predicate == "plays_for"]
    assert [(t.subject.name, t.object.name, t.object.type) for t in found] == [(player, club, "Organization")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nairobi is the capital of Kenya.", ("Nairobi", "capital_of", "Kenya")),
        ("Canberra is the capital city of Australia.", ("Canberra", "capital_of", "Australia")),
        ("Mombasa, which is the second city of Kenya, was calm.", ("Mombasa", "located_in", "Kenya")),
    ],
)
def test_a_place_said_to_be_a_capital_or_city_of_a_country(text, expected):
    found = [t for t in _extract(text) if (t.subject.name, t.predicate, t.object.name) == expected]
    assert found and found[0].object.type == "Country"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Justin Trudeau was first elected to Parliament in 2008.", ("Justin Trudeau", "elected_to", "Parliament")),
        ("Jane Smith was elected as chairwoman of the Liberal Party.", ("Jane Smith", "elected_to", "Liberal Party")),
        ("Tedros Adhanom was elected director-general of the World Health Organization on Tuesday.",
         ("Tedros Adhanom Ghebreyesus", "elected_to", "World Health Organization")),
    ],
)
def test_elected_to_a_body_or_its_head_post(text, expected):
    assert expected in _facts(text)


def test_appointed_to_a_post_is_not_elected():
    assert not [f for f in _facts("Jane Smith was appointed chairwoman of the Liberal Party.") if f[1] == "elected_to"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state or country closes "city, state" even where no comma follows it
        ("A separate raid in Miami, Florida was carried out by the FBI.", ("Miami", "located_in", "Florida")),
        ("She was kept at a base in Clearwater, Florida until she was eighteen.", ("Clearwater", "located_in", "Florida")),
        # a centre, museum or hospital named with the city it is in
        ("The shuttle will be sent to the California Science Center in Los Angeles.", ("California Science Center", "located_in", "Los Angeles")),
    ],
)
def test_places_and_sites_in_wider_places(text, expected):
    assert expected in _facts(text)


def test_a_country_named_before_a_companys_description_is_its_base():
    found = _facts("SoftBank Group has agreed to buy UK chip designer ARM Holdings in a big deal.")
    assert ("ARM Holdings", "based_in", "United Kingdom") in found
    assert not [f for f in _facts("British actor Hugh Grant spoke on Monday.") if f[1] == "based_in"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lim was born in Muar, Johor, and has a master's degree in law.", ("Muar", "located_in", "Johor")),
        ("The collections came from a museum in Durham, North Carolina, and a library in Iowa City.", ("Durham", "located_in", "North Carolina")),
    ],
)
def test_a_region_after_a_place_even_where_the_parser_makes_a_list(text, expected):
    assert expected in _facts(text)


@pytest.mark.parametrize("text", ["Attacks hit Lyon, Paris and Nice on Monday.", "Floods hit Selangor, Johor and Penang on Monday."])
def test_a_list_of_places_is_no_hierarchy(text):
    assert not [f for f in _facts(text) if f[1] == "located_in"]


def test_a_persons_party_is_led_by_them():
    assert ("Jeremy Corbyn", "leads", "Labour Party") in _facts("Jeremy Corbyn's Labour Party is to consider a radical plan.")
    assert not [f for f in _facts("Jeremy Corbyn's office is to consider a radical plan.") if f[1] == "leads"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kristin Wilkins, curator of the exhibition at the University of Southern Indiana, spoke on Monday.",
         ("Kristin Wilkins", "holds_role", "University of Southern Indiana")),
        ("Jane Doe, an epidemiologist at Oxford University, said the results were clear.", ("Jane Doe", "holds_role", "Oxford University")),
        # the body named before the job noun
        ("Ana Ruiz, a Stanford University professor, said the results were clear.", ("Ana Ruiz", "holds_role", "Stanford University")),
        ("For Tom Reyes, a Microsoft consultant in Texas, the deal was good news.", ("Tom Reyes", "holds_role", "Microsoft")),
    ],
)
def test_a_job_at_a_named_body(text, expected):
    assert expected in _facts(text)


def test_a_friend_at_a_club_holds_no_post():
    assert not [f for f in _facts("John Smith, a friend at the Rotary Club, said hello.") if f[1] == "holds_role"]


@pytest.mark.parametrize("text", ["John Smith, a Harvard graduate, said hello.", "John Smith, a Chelsea supporter, said hello."])
def test_a_non_job_noun_after_a_named_body_is_no_post(text):
    assert not [f for f in _facts(text) if f[1] == "holds_role"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He will face Green Party candidate Maria Olsen in the race.", ("Maria Olsen", "member_of", "Green Party")),
        ("The poll placed him behind Labour Party nominee John Harwood.", ("John Harwood", "member_of", "Labour Party")),
        ("Tom Baker, the Reform Party's nominee for Governor of Ohio, answered questions.", ("Tom Baker", "member_of", "Reform Party")),
        ("Sarah Vance, a Liberal Democrat candidate, said the seat was winnable.", ("Sarah Vance", "member_of", "Liberal Democrats")),
        ("Uggah will face PKR candidate Mikhael Abdullah next month.", ("Mikhael Abdullah", "member_of", "PKR")),
    ],
)
def test_a_partys_candidate_or_nominee_is_its_member(text, expected):
    assert expected in _facts(text)


def test_a_countrys_candidate_is_no_member_of_it():
    found = _facts("Indonesia's candidate Retno Marsudi lost the vote.")
    assert not [f for f in found if f[1] == "member_of"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan, a close U.S. ally, protested on Monday.", ("Japan", "allied_with", "United States")),
        ("Kenya, an ally of Britain, voted.", ("Kenya", "allied_with", "United Kingdom")),
        ("The army attacked the National Liberation Front, which is a close French ally.", ("National Liberation Front", "allied_with", "France")),
    ],
)
def test_an_ally_of_a_country_named_before_or_after_the_noun(text, expected):
    assert expected in _facts(text)


def test_an_ally_with_no_one_named_is_allied_with_no_one():
    assert not [f for f in _facts("Tom Lee, a longtime ally, spoke on Monday.") if f[1] == "allied_with"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The European Parliament gave the Sakharov Prize to Alexei Navalny.",
         {("European Parliament", "awarded", "Sakharov Prize"), ("Alexei Navalny", "won", "Sakharov Prize")}),
        ("The academy awarded one-half of the 2024 Nobel Prize in Physics to Jane Smith.", {("Jane Smith", "won", "Nobel Prize")}),
        ("Jane Smith was awarded the Pulitzer Prize for fiction by Columbia University.",
         {("Jane Smith", "won", "Pulitzer Prize"), ("Columbia University", "awarded", "Pulitzer Prize")}),
        ("The Booker Prize was awarded to Anna Burns in 2018.", {("Anna Burns", "won", "Booker Prize")}),
        ("Jane Smith received the Turing Award on Monday.", {("Jane Smith", "won", "Turing Award")}),
    ],
)
def test_prizes_are_awarded_and_won(text, expected):
    assert expected <= _facts(text)


def test_a_prize_committee_is_a_body_that_awards_the_prize():
    found = _extract("The Norwegian Nobel Prize Committee awarded the Nobel Peace Prize to Maria Ressa.")
    assert {(t.subject.name, t.subject.type) for t in found if t.predicate == "awarded"} == {("Nobel Prize Committee", "Organization")}


def test_a_prize_is_an_award_and_receiving_a_visitor_is_no_win():
    found = _extract("Jane Smith received the Turing Award on Monday.")
    assert {t.object.type for t in found if t.object.name == "Turing Award"} == {"Award"}
    assert not [f for f in _facts("Mayor Jane Smith received the Japanese delegation on Monday.") if f[1] == "won"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police arrested Budi, a member of a militant group called Jemaah Islamiyah.", ("Budi", "member_of", "Jemaah Islamiyah")),
        ("The rebels attacked a town called Bakhmut.", ("rebels", "attacked", "Bakhmut")),
    ],
)
def test_a_thing_introduced_by_its_name(text, expected):
    assert expected in _facts(text)


def test_an_ampersand_joins_one_name_and_a_council_stays_a_body_after_its_place():
    found = _facts("Kensington is a district of London. John Smith, the leader of Kensington & Chelsea council, resigned.")
    assert ("John Smith", "leads", "Kensington & Chelsea council") in found


def test_coordinated_subjects_of_their_meeting_met():
    assert ("Vladimir Putin", "met", "Xi Jinping") in _facts("Vladimir Putin and Xi Jinping discussed trade during their talks in Beijing.")
    assert not [f for f in _facts("Vladimir Putin praised their talks in Beijing.") if f[1] == "met"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser hangs the first titled name and its "and" among the second name's modifiers or appositions
        ('US President Joe Biden and South Korean leader Yoon Suk Yeol signed a "joint" statement at the end of their '
         "summit in Washington on Friday.", ("Joe Biden", "met", "Yoon Suk Yeol")),
        ("Japanese Prime Minister Fumio Kishida and South Korean leader Yoon Suk Yeol criticized North Korea on Friday.",
         ("Fumio Kishida", "criticized", "North Korea")),
        ("Japanese Prime Minister Fumio Kishida and South Korean leader Yoon Suk Yeol criticized North Korea on Friday.",
         ("Yoon Suk Yeol", "criticized", "North Korea")),
    ],
)
def test_titled_names_joined_by_and_are_both_subjects(text, expected):
    assert expected in _facts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body's name after a place noun and "of" stays a body's: "the area of" names no place here
        ("Soldiers entered the area of the Oromo Liberation Army, which is a key Eritrean ally.",
         ("Oromo Liberation Army", "allied_with", "Eritrea")),
        ("The ceasefire covers the territory of the Arakan Army, which has been a close Chinese ally.",
         ("Arakan Army", "allied_with", "China")),
        # a place's name after one is a place's
        ("Police sealed off the town of Zhanaozen in Mangistau province.", ("Zhanaozen", "located_in", "Mangistau province")),
    ],
)
def test_a_place_noun_of_a_name(text, expected):
    assert expected in _facts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a seat named by its place is a constituency its holder represents: the possessor, or who wins or keeps it
        ("Lina Tan will defend her Sungai Bakap state seat in the coming election.", ("Lina Tan", "represents", "Sungai Bakap")),
        ("Rafael Ortiz won the Tres Cruces seat by 400 votes.", ("Rafael Ortiz", "represents", "Tres Cruces")),
        # "her" seat is the subject's, not the rival's named last
        ("Aisha Rahman is facing Omar Idris in a close fight to keep her Sungai Bakap seat.",
         ("Aisha Rahman", "represents", "Sungai Bakap")),
    ],
)
def test_a_seat_named_by_its_place(text, expected):
    assert expected in _facts(text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        ("Rafael Ortiz contested the Tres Cruces seat.", ("Rafael Ortiz", "represents", "Tres Cruces")),
        ("Aisha Rahman is facing Omar Idris in a close fight to keep her Sungai Bakap seat.",
         ("Omar Idris", "represents", "Sungai Bakap")),
        ("Maria Lopez lost her Senate seat in 2020.", ("Maria Lopez", "represents", "Senate")),
    ],
)
def test_a_seat_named_by_its_place_must_not(text, unexpected):
    assert unexpected not in _facts(text)


def test_a_countrys_possession_that_is_no_body_is_not_based_there():
    assert not [f for f in _facts("Ukraine's NATO membership bid stalled in July.") if f[1] == "based_in"]


def test_an_arabic_name_keeps_its_article_and_hyphen():
    found = _facts("Egyptian President Abdel Fattah al-Sisi met Saudi Crown Prince Mohammed bin Salman in Riyadh.")
    assert ("Abdel Fattah el-Sisi", "met", "Mohammed bin Salman") in found
    assert ("Abdel Fattah el-Sisi", "holds_role", "Egypt") in found


def test_a_nations_people_is_a_group_and_any_people_is_not():
    assert ("Malcolm Turnbull", "thanked", "Australian people") in _facts("Malcolm Turnbull thanked the Australian people on Friday.")
    assert not [f for f in _facts("Malcolm Turnbull thanked ten people on Friday.") if f[1] == "thanked"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Indonesia held a vote. President Joko Widodo spoke in Jakarta, Indonesia. Prabowo Subianto won last month's presidential election.",
         ("Prabowo Subianto", "won", "2024 Indonesian presidential election")),
        ("Justin Trudeau's Liberal Party won Canada's 2015 federal election.", ("Liberal Party", "won", "2015 Canadian federal election")),
    ],
)
def test_an_election_is_named_by_its_year_country_and_kind(text, expected):
    assert expected in _facts(text)


def test_an_election_with_no_country_or_still_ahead_is_not_named():
    assert not [f for f in _facts("Maria Lopez won the presidential election.") if f[1] == "won"]  # whose election?
    assert not [f for f in _facts("Indonesia votes soon. Indonesian minister Budi Santoso lost his election.") if f[1] == "won"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Maria Ressa, the winner of the Nobel Peace Prize, spoke on Monday.", ("Maria Ressa", "won", "Nobel Peace Prize")),
        ("Indonesia held a vote. President Joko Widodo spoke in Jakarta, Indonesia. Prabowo Subianto was confirmed the victor "
         "of last month's presidential election.", ("Prabowo Subianto", "won", "2024 Indonesian presidential election")),
    ],
)
def test_the_winner_or_victor_of_something_won_it(text, expected):
    assert expected in _facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Steve Whitmore told LA Weekly in a statement that the case was closed.",
        "Mike Pompeo told the U.N. Security Council on Thursday that sanctions must stay.",
    ],
)
def test_a_body_told_a_statement_is_its_audience_not_a_party(text):
    assert not [f for f in _facts(text) if f[1] == "told"]


def test_a_person_told_something_is_still_told():
    assert ("Antony Blinken", "told", "Sergey Lavrov") in _facts("Antony Blinken told Sergei Lavrov that the talks would go on.")


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("That exhibit combined the collections from Duke University, located in Durham, North Carolina, and University "
         "of Iowa in Iowa City.", ("Duke University", "located_in", "University of Iowa")),
        ("Cynthia Thompson, curator at the University of Arkansas, Fayetteville, said the images were rare.",
         ("Arkansas", "located_in", "Fayetteville")),
    ],
)
def test_a_listed_body_or_a_state_before_a_city_is_no_site(text, wrong):
    assert wrong not in _facts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Maria Jensen served as Siemens CEO from 2015 to 2021.", ("Maria Jensen", "leads", "Siemens")),
        ("Tomas Berg became Nokia chairman last year.", ("Tomas Berg", "leads", "Nokia")),
    ],
)
def test_a_post_named_after_its_firm_is_held_there(text, expected):
    facts = _facts(text)
    assert expected in facts
    assert not [f for f in facts if f[2].endswith(("CEO", "chairman"))]  # the title names no organisation


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a known person's unqualified state title is held in the state they serve, when the story names it
        ("Turkey sent troops to Syria. The launch was announced by President Recep Tayyip Erdoğan in Ankara and Damascus.",
         ("Recep Tayyip Erdoğan", "holds_role", "Turkey", "president")),
        ("Malaysian and Indonesian officials met. Prime Minister Anwar Ibrahim greeted President Joko Widodo.",
         ("Anwar Ibrahim", "holds_role", "Malaysia", "prime minister")),
    ],
)
def test_a_known_persons_state_title_is_placed_in_their_state(text, expected):
    assert expected in _roles(text)


@pytest.mark.parametrize(
    "text",
    [
        "President Joko Widodo opened the dam on Monday.",  # the story names no country: nothing to place it in
        "Brussels and Paris agreed. President Ursula von der Leyen spoke in France and Germany.",  # an EU post
    ],
)
def test_a_state_title_is_not_placed_where_the_story_or_the_person_gives_no_state(text):
    assert not [f for f in _facts(text) if f[1] == "holds_role"]


def test_titles_listed_after_a_firms_titled_name_are_posts_there():
    found = _roles("The meeting was attended by Nokia president Maria Jensen, deputy president Tomas Berg, "
                   "vice-president Anna Lind and treasurer Erik Sand.")
    assert {("Tomas Berg", "Nokia"), ("Anna Lind", "Nokia"), ("Erik Sand", "Nokia")} <= {(f[0], f[2]) for f in found}
    # a state title in the list is no post at the firm
    found = _facts("Apple CEO Maria Jensen and Finance Minister Tomas Berg spoke to reporters.")
    assert not [f for f in found if f[0] == "Tomas Berg" and f[2] == "Apple"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place noun names its wider place by possessive, nationality or a following "in", whatever the verb
        ("A strong quake hit Chile's Atacama region on Sunday.", ("Atacama region", "located_in", "Chile")),
        ("Volunteers are rebuilding the Peruvian town of Yungay.", ("Yungay", "located_in", "Peru")),
        ("Floods swamped Vietnam's resort island of Phu Quoc.", ("Phu Quoc", "located_in", "Vietnam")),
        ("Protests erupted in the town of Zhanaozen in Mangistau province.", ("Zhanaozen", "located_in", "Mangistau province")),
        # a title-case dateline with only a dash, where the second name is a known country or region
        ("Valparaiso, Chile — The port reopened on Monday.", ("Valparaiso", "located_in", "Chile")),
    ],
)
def test_a_place_noun_or_dateline_places_a_place_in_a_wider_one(text, expected):
    assert expected in _facts(text)


def test_a_title_case_name_pair_before_a_dash_is_no_dateline_unless_a_region_closes_it():
    assert not [f for f in _facts("Meanwhile, Petrov — who spoke on Monday — met Jensen.") if f[1] == "located_in"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Erik Sand stepped down as chief executive of Nokia.", ("Erik Sand", "resigned_from", "Nokia")),
        ("Erik Sand quit as head of the Norwegian Football Federation.", ("Erik Sand", "resigned_from", "Norwegian Football Federation")),
        ("Maria Jensen took office as president of Chile in March.", ("Maria Jensen", "holds_role", "Chile")),
        ("Israel launched airstrikes on Gaza on Friday.", ("Israel", "attacked", "Gaza")),
        ("The US carried out airstrikes against Houthi rebels in Yemen.", ("United States", "attacked", "Houthi rebels")),
    ],
)
def test_posts_left_or_taken_and_attacks_by_light_verbs(text, expected):
    assert expected in _facts(text)


def test_a_post_to_be_left_is_not_left_yet():
    assert not [f for f in _facts("Erik Sand will step down as chief executive of Nokia.") if f[1] == "resigned_from"]


def test_a_body_before_a_title_is_the_taggers_whole_name_and_no_word_of_abuse():
    found = _facts("The Power of Nutrition ambassador Tracey Ullman told the crowd.")
    assert ("Tracey Ullman", "holds_role", "Power of Nutrition") in found
    assert not [f for f in _facts('He spoke after "Mr Evil President" Trump called Kim a rocket man.') if f[1] == "holds_role"]


def test_a_unit_or_division_of_a_body_is_part_of_it():
    assert ("Instagram", "part_of", "Meta") in _facts("Instagram, a unit of Meta, launched the feature.")


def test_the_nationality_of_a_company_just_named_by_its_noun_is_its_base():
    text = "Lindqvist Group agreed to buy Siam FlexiFilm. The deal will enlarge the Swedish packaging group."
    assert ("Lindqvist Group", "based_in", "Sweden") in _facts(text)
    # the noun must end the company's name: "the Norwegian company" says nothing of Nokia
    assert not [f for f in _facts("Telenor and Nokia posted losses. The Norwegian company said prices fell.") if f[1] == "based_in"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an organisation's president heads it; a state's president and a vice-president hold a post
        ("Joe Garza, president of the Riverside Farmers Union, spoke on Monday.", ("Joe Garza", "leads", "Riverside Farmers Union", "president")),
        ("Kenyan President William Ruto visited Kampala.", ("William Ruto", "holds_role", "Kenya", "president")),
        ("FIFA banned Luis Ortega, vice-president of the Honduran Football Federation, for five years.",
         ("Luis Ortega", "holds_role", "Honduran Football Federation", "vice-president")),
    ],
)
def test_a_bodys_president_leads_it(text, expected):
    assert expected in _roles(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a member elected for a seat represents its place; a country's senator holds a post in the country
        ("Riverbend MP Amina Yusof asked the minister about the flood.", ("Amina Yusof", "represents", "Riverbend", "mp")),
        ("Senator Tom Walsh of Vermont opposed the bill.", ("Tom Walsh", "represents", "Vermont", "senator")),
        ("US senator Tom Walsh opposed the bill.", ("Tom Walsh", "holds_role", "United States", "senator")),
        # a party before the title is a party, not a seat
        ("Labour MP Ruth Okafor voted against the plan.", ("Ruth Okafor", "member_of", "Labour Party", None)),
    ],
)
def test_a_member_for_a_seat_represents_its_place(text, expected):
    found = _roles(text)
    assert expected in found
    assert not [f for f in found if f[1] == "represents" and f[2] != expected[2]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person described as a critic, supporter or opponent of someone
        ("Maria Lopes, a frequent critic of Prime Minister Jan Olsen, lost her seat.", ("Maria Lopes", "criticized", "Jan Olsen")),
        ("Ana Silva, a vocal supporter of the Green Party, spoke on Sunday.", ("Ana Silva", "supported", "Green Party")),
        ("Tom Lee, a staunch opponent of President Rosa Diaz, resigned.", ("Tom Lee", "opposed", "Rosa Diaz")),
    ],
)
def test_critics_supporters_and_opponents_by_their_noun(text, expected):
    assert expected in _facts(text)


def test_a_titled_name_inside_a_name_or_a_day_is_no_body():
    # Malay regnal names repeat the title: "Sultan Ahmad" before "Sultan Hamid" is part of one name
    assert not [f for f in _facts("On Monday Sultan Ahmad Sultan Hamid signed the decree.") if f[1] == "holds_role"]
    # a day before a company's name is no part of it
    assert ("Albert Bourla", "leads", "Pfizer") in _facts("On Tuesday Pfizer CEO Albert Bourla spoke.")
    assert ("Nora Lind", "headed", "Nokia") in _facts("Former Nokia chairwoman Nora Lind joined us.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's junta or parliament named by its possessive or nationality word
        ("Myanmar's junta arrested Win Htein on Friday.", ("Myanmar junta", "arrested", "Win Htein")),
        ("The Iranian parliament condemned Israel.", ("Parliament of Iran", "condemned", "Israel")),
    ],
)
def test_a_states_junta_or_parliament(text, expected):
    assert expected in _facts(text)


def test_the_army_and_its_chief_after_a_states_forces_are_named():
    text = ("Chad's military arrested Olaf Brand on Monday. The army detained Idriss Kamougue and handed power to "
            "military chief Mahamat Abakar.")
    found = _roles(text)
    assert ("Chad's military", "arrested", "Idriss Kamougue", None) in found  # "the army" is the forces named before
    assert ("Mahamat Abakar", "leads", "Chad's military", "military chief") in found
    # a chief whose state is said holds the post in it
    other = _roles("Chad's military arrested Idriss Kamougue. Pakistan's army chief Asim Munir met Xi Jinping.")
    assert not [f for f in other if f[0] == "Asim Munir" and f[1] == "leads"]


def test_a_capital_inside_one_unknown_word_names_a_brand_not_a_person():
    assert ("Elon Musk", "founded", "SpaceX") in _facts("Elon Musk founded SpaceX in 2002.")  # the tagger leaves SpaceX untyped
    # surnames with a capital inside stay people
    assert ("Ron DeSantis", "met", "Kevin McCarthy") in _facts("Ron DeSantis met Kevin McCarthy.")


def test_a_post_the_parser_hangs_on_the_dismissed_person(shared_dir):
    # real text: in "sacked the outspoken Ms Braverman as home secretary" the parser hangs "as" on the name
    text = " ".join((shared_dir / "corpus" / "dv-en-01.en.txt").read_text(encoding="utf-8").splitlines()[:2])
    found = {(t.subject.name, t.predicate, t.object.name, t.role) for t in _extract(text)}
    assert ("Suella Braverman", "holds_role", "United Kingdom", "home secretary") in found


@pytest.mark.parametrize(
    "text",
    [
        "Mette Borg appeared to challenge Ana Lutz on several issues.",
        "Tom Berg seemed to criticize Ana Lutz at the meeting.",
    ],
)
def test_what_someone_only_appears_to_do_is_not_asserted(text):
    assert not [f for f in _facts(text) if f[0] in ("Mette Borg", "Tom Berg")]


def test_the_place_named_before_a_settlement_noun_holds_the_settlement():
    assert ("Wajima", "located_in", "Ishikawa") in _facts("Kishida spoke at a school in the Ishikawa city of Wajima.")
    # "Ipoh district" is one place's name, not a district of Ipoh
    assert not [f for f in _facts("Several roads in Ipoh district will be closed from tomorrow.") if f[1] == "located_in"]


@pytest.mark.parametrize(
    "text",
    [
        "Maria Santos visited Oslo on Monday. “I met Jonas Gahr Store in the morning,” Santos said.",
        "Maria Santos visited Oslo on Monday. “Yesterday I met Jonas Gahr Store,” said Maria Santos.",
        "Maria Santos visited Oslo on Monday. Santos said: “I met Jonas Gahr Store in the morning.”",
    ],
)
def test_i_in_a_quotation_is_its_named_speaker(text):
    assert ("Maria Santos", "met", "Jonas Gahr Store") in _facts(text)


def test_quotations_and_their_speakers():
    text = "“I came,” Ana Ruiz said. “We left,” said the minister. Tom Berg told reporters: “I stayed.”"
    found = [(text[s:e], who) for s, e, who in extract_en.quotations(text)]
    assert ("I came,", "Ana Ruiz") in found and ("I stayed.", "Tom Berg") in found
    assert not [q for q in found if q[0].startswith("We")]  # no named speaker


def test_the_capital_named_in_a_story_about_one_country_is_its_capital():
    text = ("Protests spread across Kenya on Monday. Kenya's opposition called for calm. "
            "Kenyan police fired tear gas in the capital Nairobi.")
    assert ("Nairobi", "capital_of", "Kenya") in _facts(text)
    # a sentence that names another country leaves "the capital" unplaced
    other = ("Protests spread across Kenya on Monday. Kenya's opposition called for calm in Kenya. "
             "Police in Uganda fired tear gas in the capital Kampala.")
    assert not [f for f in _facts(other) if f[1] == "capital_of"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a summit named by its common noun after a name is an event one attends or speaks at
        ("Joko Widodo attended the G20 summit in Rome.", ("Joko Widodo", "attended", "G20 summit")),
        ("Maria Santos spoke at the World Economic Forum in Davos.", ("Maria Santos", "attended", "World Economic Forum")),
    ],
)
def test_attending_or_speaking_at_an_event(text, expected):
    assert expected in _facts(text)


def test_attending_a_school_is_no_event_attended():
    assert not [f for f in _facts("Tom Berg attended Harvard in the 1990s.") if f[1] == "attended"]


def test_a_fight_against_someone_is_a_clash_with_them():
    assert ("army", "clashed_with", "Taliban") in _facts("The army's battle against the Taliban continued for weeks.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Army Lt. Gen. Sam Ortiz said the coalition grieves.", ("Sam Ortiz", "member_of", "Army")),
        ("Navy Senior Chief Petty Officer Dan Reyes died in Syria.", ("Dan Reyes", "member_of", "Navy")),
    ],
)
def test_a_rank_after_a_force_makes_its_holder_a_member(text, expected):
    assert expected in _facts(text)


def test_a_unit_named_at_an_institution_is_part_of_it():
    found = _facts("The Tang Teaching Museum at Skidmore College showed the prints.")
    assert ("Tang Teaching Museum", "part_of", "Skidmore College") in found
    # a company at a university is no part of it
    assert not [f for f in _facts("Engineers from Nokia at Aalto University built the robot.") if f[1] == "part_of"]


def test_a_party_named_in_its_own_language_is_a_party():
    text = "Ahmad Tan will face Andria Dundang of Parti Sarawak Bersatu in the election."
    assert ("Andria Dundang", "member_of", "Parti Sarawak Bersatu") in _facts(text)
    assert not [f for f in _facts(text) if f[1] == "works_for"]


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        ("Brightline reporter Anna Kowalczyk was detained in Minsk.", ("Anna Kowalczyk", "works_for", "Brightline"), None),
        ("Norvik Holdings sold its former subsidiary Teravolt Energy in May.", ("Teravolt Energy", "subsidiary_of", "Norvik Holdings"), None),
        ("Norvik's subsidiary Teravolt built the plant.", ("Teravolt", "subsidiary_of", "Norvik"), None),
        ("Halvorsen's lawyer Maria Tenbury said the charges were false.", ("Maria Tenbury", "lawyer_of", "Halvorsen"),
         ("Maria Tenbury", "holds_role", "Halvorsen")),
    ],
)
def test_a_relational_noun_before_a_name_links_it_to_the_owner(text, expected, not_expected):
    found = _facts(text)
    if expected:
        assert expected in found
    if not_expected:
        assert not_expected not in found
    assert not any(p in ("works_for", "subsidiary_of", "lawyer_of") for _, p, _ in found) or expected


def test_a_relational_noun_says_an_unknown_name_is_an_organisation():
    # the tagger calls "Waymo" a work of art
    found = {(t.subject.name, t.subject.type, t.predicate, t.object.name) for t in _extract("Alphabet's subsidiary Waymo launched a taxi service.")}
    assert ("Waymo", "Organization", "subsidiary_of", "Alphabet") in found


def test_personnel_are_a_group():
    assert ("Dana Whitfield", "thanked", "NATO personnel") in _facts("Dana Whitfield thanked NATO personnel in Vilnius on Friday.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey, a NATO member, blocked the move.", ("Turkey", "member_of", "North Atlantic Treaty Organization")),
        ("Ahmed Yusuf, a Hamas member, was killed in the strike.", ("Ahmed Yusuf", "member_of", "Hamas")),
    ],
)
def test_a_member_described_with_the_body_before_the_noun(text, expected):
    assert expected in _facts(text)


def test_having_a_meeting_with_someone_is_meeting_them():
    assert ("Lena Varga", "met", "Aiko Tanaka") in _facts("Lena Varga had a meeting with Aiko Tanaka in Lisbon on Monday.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Border Agency chief commissioner Tan Sri Rahim Osman said the probe was over.", ("Rahim Osman", "holds_role", "Border Agency")),
        ("Datuk Seri Rahim Osman met Lee Hsien Loong in Singapore.", ("Rahim Osman", "met", "Lee Hsien Loong")),
        # the title before the honours is the person's
        ("Progressive Workers Party president Datuk Seri Dr Rahim Osman said the budget was ready.",
         ("Rahim Osman", "leads", "Progressive Workers Party")),
        ("Greek ambassador Dr Nikos Pappas said the budget was ready.", ("Nikos Pappas", "holds_role", "Greece")),
        # a police rank written before the name, as Malaysian news writes it
        ("Kuantan district police chief ACP Rahim Osman said the road was closed.", ("Rahim Osman", "leads", "Kuantan")),
        ("Selangor Criminal Investigation Department chief SAC Rahim Osman said the suspects were held.",
         ("Rahim Osman", "leads", "Selangor Criminal Investigation Department")),
    ],
)
def test_malaysian_honours_are_no_part_of_a_name(text, expected):
    facts = _facts(text)
    assert expected[0] in {f[0] for f in facts}
    assert not [f for f in facts if f[0].startswith(("Tan Sri", "Datuk"))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Green Party's Maria Olsen won the seat with 12,000 votes.", ("Maria Olsen", "member_of", "Green Party")),
        ("Veteran lawmaker Tom Reyes from the Reform Party lost his seat.", ("Tom Reyes", "member_of", "Reform Party")),
    ],
)
def test_a_partys_person_is_its_member(text, expected):
    assert expected in _facts(text)


@pytest.mark.usefixtures("rules_only")
def test_a_companys_person_is_no_party_member():
    # the rules' reading: the learned model calls any body's possessive person its member (a known weakness)
    assert not [f for f in _facts("Microsoft's Ana Ruiz won the award.") if f[1] == "member_of"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a possessive inside the facility's name, and a later "he" that must not make the hospital a person
        ("The boy was flown to St Mary's Hospital in Leeds where he is listed in stable condition.",
         ("St Mary's Hospital", "located_in", "Leeds")),
        ("Volunteers cleaned the Sri Mariamman Temple in Singapore on Sunday.", ("Sri Mariamman Temple", "located_in", "Singapore")),
    ],
)
def test_a_named_facility_lies_in_the_place_after_it(text, expected):
    assert expected in _facts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tom Reyes scored for Portugal against Ghana on Monday.", ("Tom Reyes", "plays_for", "Portugal")),
        ("Ana Ruiz, who plays for Valencia CF, scored again.", ("Ana Ruiz", "plays_for", "Valencia CF")),
        ("Tom Reyes captained Portugal at the World Cup.", ("Tom Reyes", "plays_for", "Portugal")),
    ],
)
def test_playing_or_scoring_for_a_team(text, expected):
    assert expected in _facts(text)


def test_playing_for_time_is_no_team():
    assert not [f for f in _facts("Tom Reyes is playing for time, said Ana Ruiz.") if f[1] == "plays_for"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Governor Tom Reyes, a Republican, vetoed the bill.", ("Tom Reyes", "member_of", "Republican Party")),
        ("Ana Ruiz, a Democrat from Ohio, voted against it.", ("Ana Ruiz", "member_of", "Democratic Party")),
    ],
)
def test_a_person_described_as_a_partys_member(text, expected):
    assert expected in _facts(text)


def test_the_partys_leader_is_not_described_as_a_member():
    assert not [f for f in _facts("Tom Reyes, the Republican leader, spoke on Monday.") if f[1] == "member_of"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a nationality before a name with a person noun, or alone; a country's person; "of" a country
        ("Veteran golfers watched as Peruvian rookie Maria Lopez sank the putt.", ("Maria Lopez", "citizen_of", "Peru")),
        ("Kenyan Tom Kiprop won the race in Berlin.", ("Tom Kiprop", "citizen_of", "Kenya")),
        ("She lost the final to Norway's Ingrid Dahl on Sunday.", ("Ingrid Dahl", "citizen_of", "Norway")),
        ("The seeded player Yuki Tanaka of Japan was knocked out.", ("Yuki Tanaka", "citizen_of", "Japan")),
        # a description by apposition or copula
        ("Ana Quispe, a Peruvian engineer, designed the bridge.", ("Ana Quispe", "citizen_of", "Peru")),
        ("Tom Kiprop, a native of Kenya, coaches runners in Oregon.", ("Tom Kiprop", "citizen_of", "Kenya")),
        ("Ingrid Dahl is a Norwegian novelist who lives in Rome.", ("Ingrid Dahl", "citizen_of", "Norway")),
    ],
)
def test_a_nationality_makes_a_citizen(text, expected):
    assert expected in _facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Peruvian President Ana Quispe opened the bridge.",  # a post, not a nationality
        "Ana Quispe, a Peruvian lawyer at Rivas Partners, filed the case.",  # the firm is what is described
        "Tom Kiprop, a native of Ohio, coaches runners.",  # a state is no country
        "The 3rd Kenyan Infantry Division crossed the river.",  # a body, not a person
    ],
)
def test_no_citizenship_from_a_post_a_firm_or_a_place(text):
    assert not [f for f in _facts(text) if f[1] == "citizen_of"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A study by Kellerman University's Baxter Institute found the opposite.", ("Baxter Institute", "part_of", "Kellerman University")),
        ("Officials at the Interior Ministry's Border Police Unit said the crossing was closed.",
         ("Border Police Unit", "part_of", "Interior Ministry")),
    ],
)
def test_a_bodys_named_unit_is_part_of_it(text, expected):
    assert expected in _facts(text)


def test_a_title_word_inside_a_persons_name_is_part_of_it():
    # "King" inside a Chinese name: the whole name holds the seat, and no "Wei" is a king of anything
    facts = _roles("Sibu assemblyman Lau King Hock met Prime Minister Anwar Ibrahim on Monday.")
    assert ("Lau King Hock", "represents", "Sibu", "assemblyman") in facts
    assert not [f for f in facts if f[3] == "king"]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # "of State" is part of the title, not a body called "State"
        ("The ministry said Maria Lopez, the Secretary of State, called her counterpart.", "State"),
        # the country ends a firm's name; the chief executive holds no post in Malaysia
        ("Allianz Malaysia chief executive officer Tan Wei Ming said the firm grew.", "Malaysia"),
    ],
)
def test_no_post_at_a_word_of_the_title_or_of_a_firms_name(text, wrong):
    assert not [f for f in _facts(text) if f[1] == "holds_role" and f[2] == wrong]


@pytest.mark.parametrize(
    "text",
    ["Fishing boats gathered off the coast of Sonora, Mexico.", "Storms hit Queensland, Australia, on Monday."],
)
def test_a_region_written_with_its_country_lies_in_it(text):
    facts = _facts(text)
    region, country = ("Sonora", "Mexico") if "Sonora" in text else ("Queensland", "Australia")
    assert (region, "located_in", country) in facts
    assert (country, "located_in", region) not in facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a nationality or a country written before an event noun is its agent
        ("Israeli strikes on Rafah killed 20 people.", ("Israel", "attacked", "Rafah")),
        ("Fresh Canadian sanctions on Belarus took effect on Monday.", ("Canada", "sanctioned", "Belarus")),
        # a frame written with the plural noun
        ("The EU's sanctions on Belarus took effect.", ("European Union", "sanctioned", "Belarus")),
        # a strike conducted against someone
        ("Turkey conducted 12 airstrikes against the PKK in northern Iraq.", ("Turkey", "attacked", "PKK")),
    ],
)
def test_an_event_noun_with_its_agent_before_it(text, expected):
    assert expected in _facts(text)


def test_a_persons_spokesman_speaks_for_that_person():
    assert ("Tomas Herczeg", "spokesperson_of", "Lena Varga") in _facts(
        "Prime Minister Lena Varga's spokesman Tomas Herczeg said the talks would go ahead.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a deputy's title is a post held, never a lead, wherever the deputy word sits
        ("KPK deputy chairman Rina Kusuma said the case was closed.", ("Rina Kusuma", "holds_role", "Corruption Eradication Commission")),
        ("Toyota vice president Rina Kusuma resigned on Monday.", ("Rina Kusuma", "holds_role", "Toyota")),
        ("UN Deputy Secretary-General Amina Warsame visited Kyiv.", ("Amina Warsame", "holds_role", "United Nations")),
    ],
)
def test_a_deputy_holds_a_post_and_leads_nothing(text, expected):
    found = _facts(text)
    assert expected in found, found
    assert not any(p == "leads" for _, p, _ in found), found


def test_a_head_named_with_a_place_holds_a_post_there_and_leads_no_place():
    found = _facts("Selangor police chief Arif Rahman said the suspects were held.")
    assert ("Arif Rahman", "holds_role", "Selangor") in found, found
    assert not any(p == "leads" for _, p, _ in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Unilever finance director Marta Wisniewska said the results were strong.",
         ("Marta Wisniewska", "holds_role", "Unilever", "finance director")),
        ("Tomas Berg, Unilever's technical director, left in May.", ("Tomas Berg", "holds_role", "Unilever", "technical director")),
        ("Unilever managing director Piotr Nowak said the results were strong.", ("Piotr Nowak", "leads", "Unilever", "managing director")),
    ],
)
def test_a_word_before_director_or_head_narrows_the_post_to_one_function(text, expected):
    found = _roles(text)
    assert expected in found
    if expected[1] == "holds_role":
        assert not [f for f in found if f[1] == "leads"]  # a finance director does not run the company


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kedah Menteri Besar Datuk Rahim Salleh opened the bridge on Monday.", ("Rahim Salleh", "holds_role", "Kedah", "menteri besar")),
        ("Penang Chief Minister Lim Boon Hock opened the bridge on Monday.", ("Lim Boon Hock", "holds_role", "Penang", "chief minister")),
        ("Japan's PM Fumio Kishida opened the bridge on Monday.", ("Fumio Kishida", "holds_role", "Japan", "prime minister")),
    ],
)
def test_titles_of_several_words_and_abbreviated_titles_before_a_name(text, expected):
    assert expected in _roles(text)


def test_going_to_a_named_place_is_a_visit_and_to_a_body_is_not():
    assert {("Anna Lindqvist", "visited", "Kenya"), ("Anna Lindqvist", "visited", "Uganda")} <= _facts(
        "Anna Lindqvist went to Kenya and Uganda in June.")
    assert not [f for f in _facts("Anna Lindqvist went to the Supreme Court in June.") if f[1] == "visited"]


def test_a_surname_taken_for_a_body_is_a_person_when_who_describes_it():
    found = _extract("Ermotti will replace Ralph Hamers. Ermotti, who is the chief executive of Tesco, said it would grow.")
    assert [(t.subject.name, t.subject.type, t.predicate, t.object.name) for t in found if t.predicate == "leads"] == [
        ("Ermotti", "Person", "leads", "Tesco")]


def _misparsed(text: str, fix: dict[str, tuple[str, str]]):
    """``text`` parsed, then re-headed as a parser sometimes reads it: ``fix`` maps a word to (dependency, head word)."""
    from spacy.tokens import Doc

    doc = extract_en.nlp()(text)
    words = [t.text for t in doc]
    heads = [words.index(fix[t.text][1]) if t.text in fix else t.head.i for t in doc]
    deps = [fix[t.text][0] if t.text in fix else t.dep_ for t in doc]
    return Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc], tags=[t.tag_ for t in doc],
               pos=[t.pos_ for t in doc], lemmas=[t.lemma_ for t in doc], heads=heads, deps=deps,
               ents=[f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in doc])


def test_a_country_parsed_apart_from_its_players_title_stays_the_title_s():
    from kg import relate
    from kg.segment import sentences

    text = "Kane sent France goalkeeper Mike Maignan the wrong way."
    # the split the parser makes in real reports: the country one object, the titled name another
    doc = _misparsed(text, {"France": ("dobj", "sent"), "goalkeeper": ("compound", "Maignan"), "Mike": ("compound", "Maignan"),
                            "Maignan": ("dobj", "sent")})
    article = Article(id="t", text=text, lang="en", date="2024-03-15")
    sents = sentences(text, "en")
    found = {(t.subject.name, t.predicate, t.object.name) for t in extract_en.triples_from_docs(article, sents, [doc])}
    links = {(t.subject.name, t.predicate, t.object.name) for t in relate.triples(article, sents, [doc])}
    assert ("Mike Maignan", "plays_for", "France") in found
    assert not [f for f in found | links if f[2] == "France" and f[0] == "Kane"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lena Hoff of KPV was elected with 41,200 votes.", ("Lena Hoff", "member_of", "KPV")),
        ("She kept the seat against Tomas Brandt of NLU by a majority of 900.", ("Tomas Brandt", "member_of", "NLU")),
    ],
)
def test_a_person_of_an_unknown_body_in_an_election_is_its_member(text, expected):
    found = _facts(text)
    assert expected in found
    assert not [f for f in found if f[1] == "works_for"]


def test_a_partys_win_in_an_election_is_winning_it_and_in_a_place_is_not():
    assert ("Labour", "won", "2024 British general election") in _facts(
        "Labour's victory in the 2024 British general election ended years of Tory rule.")
    assert not [f for f in _facts("Labour's victory in Scotland surprised many.") if f[1] == "won"]


# ---------------------------------------------------------------- events and where they are held


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The G20 summit was held in Bali last November.", ("G20 summit", "held_in", "Bali")),
        ("The 2030 World Expo took place in Riyadh.", ("2030 World Expo", "held_in", "Riyadh")),
        # the place on the event's own noun, or right after it where the parse hangs it on the verb
        ("The Asian Games in Hangzhou opened on Saturday.", ("Asian Games", "held_in", "Hangzhou")),
        ("Prime Minister Lena Varga attended the G20 summit in New Delhi.", ("G20 summit", "held_in", "New Delhi")),
    ],
)
def test_an_event_is_held_in_a_place(text, expected):
    assert expected in _facts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Spain won the 2010 World Cup in Johannesburg.", ("Spain", "won", "2010 World Cup")),
        ("Spain won the 2014 World Cup in Johannesburg.", ("Spain", "won", "2014 World Cup")),
    ],
)
def test_an_events_year_stays_in_its_name(text, expected):
    # the year tells one edition from the next: without it every World Cup is one node of the graph
    assert expected in _facts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a gathering with no name is an event of its own, named by its phrase without qualities
        ("The two ministers spoke briefly after their summit in Reykjavik on Monday.", ("summit", "held_in", "Reykjavik")),
        ("Valencia beat Sevilla in a dramatic final at the Mestalla Stadium.", ("final", "held_in", "Mestalla Stadium")),
        ("During the signing ceremony at the Hotel Bristol in Oslo, both leaders smiled.",
         ("signing ceremony", "held_in", "Hotel Bristol")),
        ("The talks took place in Nairobi.", ("talks", "held_in", "Nairobi")),
        ("The ceremony was held in Wellington on Friday.", ("ceremony", "held_in", "Wellington")),
    ],
)
def test_an_unnamed_gathering_is_held_in_a_place(text, expected):
    assert expected in _facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "The attack in Kharkiv killed four people.",  # no gathering
        "The funeral will be held in Lisbon.",  # not yet
        "Mayor Tomas Herczeg told a press conference in Budapest that the bridge would reopen.",  # where news is told
        "The ceremony in March drew thousands.",  # a time, not a place
    ],
)
def test_no_venue_for_an_unnamed_gathering_that_is_not_one(text):
    assert not any(p == "held_in" for _, p, _ in _facts(text))


def test_the_gathering_a_sentence_names_again_is_the_same_event():
    text = "The leaders met for a summit in Reykjavik. The summit in the Icelandic capital ended on Tuesday."
    held = [(s, o) for s, p, o in _facts(text) if p == "held_in"]
    assert held and {s for s, _ in held} == {"summit"}, held


@pytest.mark.parametrize(
    "text",
    [
        "Opposition leader Tomas Herczeg was held in Budapest for two days.",  # a person is detained, not held
        "The Asian Games will take place in Nagoya.",  # not yet
        "The earthquake in Cianjur killed 300 people.",  # a disaster hits a place, it is not held there
        "Typhoon Haiyan in Tacloban destroyed thousands of homes.",
        "Prime Minister Lena Varga will attend the G20 summit in New Delhi.",  # the clause is not asserted
        "Lena Varga won the 2022 presidential election in Hungary.",  # an election's place is the race, not a venue
    ],
)
def test_only_an_event_that_took_place_is_held_somewhere(text):
    assert not any(p == "held_in" for _, p, _ in _facts(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ajax FC coach Erik Bakker said the team was ready.", ("Erik Bakker", "coaches", "Ajax FC")),
        ("Halden Holdings chairman Erik Bakker said profits fell.", ("Erik Bakker", "leads", "Halden Holdings")),
    ],
)
def test_a_sentence_opening_run_ending_in_a_body_word_is_the_body_before_a_title(text, expected):
    assert expected in _facts(text)


@pytest.mark.parametrize("text", [
    # the firm stands before the title, and the parser makes it a modifier of the title's noun
    "Jane Porter is the Siemens chief executive.",
    "Jane Porter became Siemens chief executive in 2011.",
    "Jane Porter served as Bank of America chief executive.",  # the whole name, not the word on the title
])
def test_a_firm_named_before_a_predicated_title_is_where_the_post_is(text):
    firm = "Bank of America" if "Bank" in text else "Siemens"
    assert ("Jane Porter", "leads", firm, "chief executive") in _roles(text)


@pytest.mark.parametrize("text, holder, body", [
    # a secretary-general heads the body, as "sekretaris jenderal" does in Indonesian
    ("The forum was opened by Arctic Council Secretary-General Ingrid Holm.", "Ingrid Holm", "Arctic Council"),
    # the tokenizer splits the hyphenated title in three; the parser hangs its last word apart
    ("Ingrid Holm, the Arctic Council secretary-general, opened the forum.", "Ingrid Holm", "Arctic Council"),
])
def test_a_secretary_general_leads_the_body(text, holder, body):
    assert (holder, "leads", body) in _facts(text)


@pytest.mark.parametrize("text", [
    "Etiqa general head of claims, Dana Wills, said customers could call an adjuster.",  # heads a unit, not the firm
    # the acronym names the party before it
    "Omar, who is the Parti Bersatu Sabah (PBS) deputy president, won the state seat under the coalition ticket.",
])
def test_a_name_before_a_title_of_a_unit_or_in_brackets_is_no_employer(text):
    found = _roles(text)
    assert not any(pred == "leads" for _, pred, _, _ in found), found
    assert not any(obj == "PBS" for _, _, obj, _ in found), found
    # the head of a unit holds a post in the firm, as kg's annotations have it ("Allianz general head of claims,
    # X": holds_role Allianz), and the learned model may say so; the firm is no employer and not led
    assert all(pred == "holds_role" for _, pred, obj, _ in found if obj == "Etiqa"), found


def test_a_short_name_in_brackets_is_no_part_of_the_name_before_it():
    # the tagger runs "Sabah Progressive Alliance (Sapa" together and stops before the bracket closes
    doc = extract_en.nlp()("The Sabah Progressive Alliance (Sapa) announced its candidates. Sapa president Lim Wei Jiet spoke.")
    assert [e.text for e in doc.ents if e.label_ == "ORG"][:2] == ["The Sabah Progressive Alliance", "Sapa"]
    doc = extract_en.nlp()("According to the Sarawak Information Unit (Sinfo) report, the bridge opened.")
    assert not [e for e in doc.ents if "(" in e.text]


def test_a_lone_surname_of_a_person_named_in_the_article_is_that_person():
    # the tagger leaves a surname out at the head of a sentence; once the article has named the person in full,
    # the surname is the person's
    text = "Governor Chidi Okonkwo met Judge Marta Lindqvist in Oslo on Monday. Okonkwo testified before the Senate on Friday."
    assert [f for f in _facts(text) if f[0] in ("Okonkwo", "Chidi Okonkwo") and f[2] == "Senate"]
    docs = [extract_en.nlp()(t) for t in ("Okonkwo praised Obama.", "The writer Jack London met Chidi Okonkwo.",
                                          "Lindqvist flew to London.")]
    extract_en._surnames_of_named_people(docs)
    assert [(e.text, e.label_) for e in docs[0].ents if e.text == "Okonkwo"] == [("Okonkwo", "PERSON")]
    # a surname the gazetteer knows as a place stays the place; a surname of no one named in full is left alone
    assert ("London", "GPE") in [(e.text, e.label_) for e in docs[2].ents]
    assert "Lindqvist" not in [e.text for e in docs[2].ents if e.label_ == "PERSON"]


def test_the_countrys_president_is_its_own_holder_though_another_was_named_since():
    text = ("French President Claire Morel met Indonesian President Budi Hartanto in Paris on Monday. "
            "The French president later criticized Russia.")
    facts = _facts(text)
    assert ("Claire Morel", "criticized", "Russia") in facts
    assert ("Budi Hartanto", "criticized", "Russia") not in facts


def test_the_agent_the_parser_hangs_on_the_post_after_as():
    # "was sworn in as prime minister by X": the parser reads "by X" as part of the post
    facts = _facts("Daniel Okafor was sworn in as prime minister by Governor General Ruth Adeyemi on Friday.")
    assert ("Ruth Adeyemi", "swore_in", "Daniel Okafor") in facts


@pytest.mark.parametrize(("text", "expected"), [
    # "comprise", "consist of" name a body's members; "include" is left out (it lists parts of anything, and
    # its relative clause often hangs on the wrong body)
    ("The G7 comprises the United States, Japan, Germany, Britain, France, Italy and Canada.",
     {("Japan", "member_of", "Group of Seven"), ("Canada", "member_of", "Group of Seven")}),
    ("The Arctic Council consists of Canada, Denmark and Norway.",
     {("Canada", "member_of", "Arctic Council"), ("Norway", "member_of", "Arctic Council")}),
])
def test_a_body_named_with_its_members(text, expected):
    assert expected <= _facts(text)


def test_a_trip_that_includes_places_has_no_members():
    assert not {f for f in _facts("The trip comprised stops in Jakarta and Bali.") if f[1] == "member_of"}


@pytest.mark.parametrize("text", [
    "Maria Lund succeeded Piet Vos as chief executive of Nordhavn Shipping in March.",
    "Maria Lund replaced Piet Vos as chief executive of Nordhavn Shipping in March.",
    # the parser hangs the agent on the post
    "Piet Vos was replaced as chief executive of Nordhavn Shipping by Maria Lund in March.",
])
def test_the_successor_holds_the_post_named_after_as(text):
    facts = _facts(text)
    assert ("Maria Lund", "leads", "Nordhavn Shipping") in facts
    assert ("Piet Vos", "leads", "Nordhavn Shipping") not in facts


def test_a_coach_who_took_over_from_another_coaches_the_club():
    facts = _facts("Maria Lund took over from Piet Vos as coach of Kestrel FC in June.")
    assert ("Maria Lund", "coaches", "Kestrel FC") in facts
    assert ("Piet Vos", "coaches", "Kestrel FC") not in facts


def test_a_common_word_that_opens_the_sentence_is_no_employer():
    # "Group" is capitalised because it opens the sentence; mid-sentence "the Commission" may name a body
    for text in ("Group chief executive Tom Berg said profits rose.",
                 "Group managing director Ahmad Fauzi Othman said the last two years had challenged the firm."):
        found = _facts(text)
        assert not any(obj == "Group" for _, _, obj in found), found


def test_an_honour_alone_names_no_one():
    # the tagger stops the name at the honour and the parser reads the Malay name "Nor" as a conjunction
    found = _facts("Kestrel Holdings Bhd has appointed Datuk Nor Hisham Yusof as its new chairman.")
    assert not any("Datuk" in (s, o) for s, _, o in found), found


@pytest.mark.parametrize("text", [
    "Lucia Ferro won Peru's presidential election.",  # a country's possessive names it, as "the Peruvian" would
    "Lucia Ferro was declared the winner of last month's presidential election in Peru.",  # the parser's object of a passive
])
def test_an_election_won_is_named_by_year_country_and_kind(text):
    assert ("Lucia Ferro", "won", "2024 Peruvian presidential election") in _facts(text)


def test_a_player_before_a_name_plays_for_the_team_named_first():
    # a player is on the team (member_of in the annotations), not an office holder in it
    facts = _facts("Kestrel City basketball player Tom Berg scored 30 points.")
    assert ("Tom Berg", "plays_for", "Kestrel City") in facts
    assert ("Tom Berg", "holds_role", "Kestrel City") not in facts


@pytest.mark.parametrize("text", [
    "Brazil suffered a 2-1 defeat to Argentina on Sunday.",
    "Brazil suffered a heavy loss against Argentina.",
    "Brazil lost against Argentina on Sunday.",
])
def test_the_side_a_defeat_is_suffered_to_won(text):
    assert ("Argentina", "defeated", "Brazil") in _facts(text)


@pytest.mark.usefixtures("rules_only")
def test_a_bodys_person_in_an_election_is_its_member():
    # the rules' own reading, which the learned model may also make
    facts = _facts("The pro-Beijing candidates elected were DAB's Ben Chan and FTU's Alice Mak.")
    assert {("Ben Chan", "member_of", "DAB"), ("Alice Mak", "member_of", "FTU")} <= facts
    # a titled person of a body is no candidate of it
    found = _facts("Kestrel University's Professor Dr Tom Hale said the party's failure to win the election was clear.")
    assert not any(p == "member_of" for _, p, _ in found), found


def test_a_name_the_tagger_leaves_out_is_typed_by_its_letters():
    # en_core_web_sm tags no entity at this surname; its letters say a person's, so the meeting is read
    assert ("Kavanaugh", "met", "Grassley") in _facts("The court heard that Kavanaugh met Grassley in March.")


def test_untagged_runs_of_proper_nouns_become_names_only_when_they_look_like_names():
    from spacy.tokens import Doc

    nlp = extract_en.nlp()

    def names(words, tags):
        doc = Doc(nlp.vocab, words=words, tags=tags)
        return [(e.text, e.label_) for e in extract_en._untagged_names(doc).ents]

    nnp = ["NNP", "NNP", "NNP"]
    assert names(["Tomasz", "Wielgosz", "resigned"], ["NNP", "NNP", "VBD"]) == [("Tomasz Wielgosz", "PERSON")]
    # common words only, a title, a month: no name
    assert names(["the", "Prison", "Service", "said"], ["DT", "NNP", "NNP", "VBD"]) == []
    assert names(["President", "Tomasz", "Wielgosz"], nnp) == [("Tomasz Wielgosz", "PERSON")]
    assert names(["since", "March", "Monday"], ["IN", "NNP", "NNP"]) == []
    # a single word opening the sentence is capitalised by its place
    assert names(["Wielgosz", "resigned"], ["NNP", "VBD"]) == []


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(("text", "expected"), [
    # the tagger reads the village's unknown name as a body's; the copula says it is a place
    ("Sukamaju is a village in Ciamis.", ("Sukamaju", "located_in", "Ciamis")),
    ("Wonosari, a town on Java, was flooded.", ("Wonosari", "located_in", "Java")),
])
def test_a_settlement_a_copula_or_apposition_names_lies_in_its_place(text, expected):
    # the rules' reading
    assert expected in _facts(text)


def test_a_body_described_as_a_company_stays_a_body():
    assert not [f for f in _facts("Acme is a company in Jakarta.") if f[1] == "located_in"]


@pytest.mark.usefixtures("rules_only")
def test_a_place_right_after_another_with_in_is_where_it_lies():
    # the rules' reading: the parser hangs both places on the verb
    assert ("Bodø", "located_in", "Nordland") in _facts("He settled in Bodø in Nordland after the war.")
    # a date after the place is no place
    assert not [f for f in _facts("He arrived in Bodø in March.") if f[1] == "located_in"]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(("text", "expected"), [
    # a city, its state and the state's country: a chain of places, not a list
    ("The fair opened in Dayton, Ohio, United States, on Friday.",
     {("Dayton", "located_in", "Ohio"), ("Ohio", "located_in", "United States")}),
    # the parser hangs the comma on the state: the phrase still ends there
    ("Storms hit Kuantan, Pahang, on Monday.", {("Kuantan", "located_in", "Pahang")}),
    ("Storms hit Kuantan, Pahang, Malaysia, on Monday.",
     {("Kuantan", "located_in", "Pahang"), ("Pahang", "located_in", "Malaysia")}),
])
def test_a_city_its_state_and_its_country_are_a_chain(text, expected):
    assert expected <= _facts(text)


@pytest.mark.parametrize("text", ["Trains left Lyon, Paris, France and Spain on time.", "They met in Lyon, Paris, France."])
def test_places_listed_before_a_country_are_no_chain(text):
    # Paris does lie in France; Lyon lies in no Paris
    assert not [f for f in _facts(text) if f[1] == "located_in" and f[0] == "Lyon"]


@pytest.mark.usefixtures("rules_only")
def test_an_untagged_name_whose_letters_read_as_a_body_is_no_person():
    # the tagger leaves the paper's name untyped; a two-word name is a person's only where its letters do not say otherwise
    assert not [f for f in _facts('Mr Brandt told The Sunday Telegraph: "The plan is sound."') if f[1] == "told"]
    assert ("Brandt", "told", "Tomas Herczeg") in _facts('Mr Brandt told Tomas Herczeg: "The plan is sound."')


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(("text", "expected"), [
    # a city's possessive sites a mosque, a hospital or a court as a country's does
    ("Crowds gathered at Jakarta's Istiqlal Mosque on Friday.", ("Istiqlal Mosque", "located_in", "Jakarta")),
    ("Texas's Supreme Court ruled on Friday.", ("Supreme Court", "based_in", "Texas")),
])
def test_a_place_possessive_sites_a_body_named_by_its_kind(text, expected):
    assert expected in _facts(text)


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(("text", "expected"), [
    # a body's spokesperson speaks for it (the ontology's spokesperson_of), as the annotations and the gold read it
    ("Acme Robotics spokeswoman Rosa Vidal declined to comment.", ("Rosa Vidal", "spokesperson_of", "Acme Robotics")),
    ("Former White House press secretary Tom Berg criticized the plan.", ("Tom Berg", "spokesperson_of", "White House")),
])
def test_a_bodys_spokesperson_speaks_for_it(text, expected):
    facts = _facts(text)
    assert expected in facts and not [f for f in facts if f[1] == "holds_role"], facts


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(("text", "expected"), [
    # plural people of a named body, whatever their trade (WordNet's first sense of the noun is a person)
    ("Dana Whitfield fired Corvex executives on Thursday.", ("Dana Whitfield", "dismissed", "Corvex executives")),
    ("Dana Whitfield met Google engineers in Jakarta.", ("Dana Whitfield", "met", "Google engineers")),
    # the body's name opening the sentence, where the tagger reads it as a common noun with a body's label
    ("Apple engineers visited Osaka.", ("Apple engineers", "visited", "Osaka")),
])
def test_people_of_a_named_body_are_a_group(text, expected):
    assert expected in _facts(text), _facts(text)


@pytest.mark.usefixtures("rules_only")
def test_plural_people_without_a_named_owner_are_no_group():
    # "engineers" alone is anyone's: no triple about some engineers
    assert not [f for f in _facts("Dana Whitfield met engineers in Jakarta.") if f[2] == "engineers"]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(("text", "expected"), [
    # a relative named in full after a person named by the surname they share is someone else, either way round
    ("Whitfield's wife, Dana Whitfield, opened the clinic.", ("Dana Whitfield", "married_to", "Whitfield")),
    ("Dana Whitfield, the wife of Whitfield, opened the clinic.", ("Dana Whitfield", "married_to", "Whitfield")),
    ("Whitfield's father, Leo Whitfield, built the mill in 1950.", ("Whitfield", "child_of", "Leo Whitfield")),
])
def test_a_relative_sharing_a_surname_is_another_person(text, expected):
    assert expected in _facts(text), _facts(text)


@pytest.mark.usefixtures("rules_only")
def test_a_relative_sharing_a_surname_leaves_the_first_person_named():
    # after the relative is set apart, the surname still names the first person, and the full name the relative
    text = ("Governor Whitfield met Rosa Lindqvist in Oslo on Monday. Whitfield's wife, Dana Whitfield, visited Bergen. "
            "Later Whitfield praised Lindqvist. Dana Whitfield met Ingrid Solberg.")
    found = _facts(text)
    assert ("Dana Whitfield", "married_to", "Whitfield") in found, found
    assert ("Whitfield", "praised", "Rosa Lindqvist") in found, found
    assert ("Dana Whitfield", "met", "Ingrid Solberg") in found, found


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(("text", "expected"), [
    # a score right after the beaten side makes the tagger read the side as an adverb: it is still the object
    ("Liverpool beat Everton 2-1 at Anfield on Sunday.", ("Liverpool", "defeated", "Everton")),
    ("Napoli defeated Lazio 3-0 in Naples.", ("Napoli", "defeated", "Lazio")),
])
def test_a_score_after_the_beaten_side(text, expected):
    assert expected in _facts(text), _facts(text)


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(("text", "expected"), [
    # the head of a unit ("of research") holds a post in the body; the head of the body itself leads it
    ("Maria Lopez, head of research at Barclays, said rates would fall.", ("Maria Lopez", "holds_role", "Barclays", "head of research")),
    ("Maria Lopez, director of communications at Oxfam, said aid was late.",
     ("Maria Lopez", "holds_role", "Oxfam", "director of communications")),
    ("Maria Lopez, the head of Barclays, said rates would fall.", ("Maria Lopez", "leads", "Barclays", "head")),
])
def test_the_head_of_a_unit_holds_a_post(text, expected):
    assert expected in _roles(text), _roles(text)


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(("text", "expected"), [
    # "part of" after a copula: a body in a body, a place in a place
    ("The Coast Guard is part of the Department of Homeland Security.", ("Coast Guard", "part_of", "Department of Homeland Security")),
    ("Credit Suisse became part of UBS in 2023.", ("Credit Suisse", "part_of", "UBS")),
    ("Rinca Island is part of Komodo National Park.", ("Rinca Island", "located_in", "Komodo National Park")),
])
def test_a_part_named_after_a_copula(text, expected):
    assert expected in _facts(text), _facts(text)


@pytest.mark.usefixtures("rules_only")
def test_a_visit_that_is_part_of_a_tour_names_no_whole():
    assert not [f for f in _facts("The visit by Anna Berg is part of a tour of Asia.") if f[1] in ("part_of", "located_in")]


def test_an_honour_the_tagger_split_off_joins_the_name_after_it():
    from spacy.tokens import Doc, Span

    nlp = extract_en.nlp()

    def people(words, spans):
        doc = Doc(nlp.vocab, words=words)
        doc.ents = [Span(doc, s, e, label="PERSON") for s, e in spans]
        return [e.text for e in extract_en._honoured_names(doc).ents]

    assert people(["with", "Datuk", "Seri", "Maximus", "Ongkili", "."], [(1, 3), (3, 5)]) == ["Datuk Seri Maximus Ongkili"]
    # the tagger left the name's first word out
    assert people(["appointed", "Datuk", "Nor", "Azri", "Zulfakar"], [(1, 2), (3, 5)]) == ["Datuk Nor Azri Zulfakar"]
    # two people right after the honour: it joins the first only
    assert people(["by", "Datuk", "Ahmad", "Rais", "Siti", "Aminah"], [(1, 2), (2, 4), (4, 6)]) == ["Datuk Ahmad Rais", "Siti Aminah"]
    # an honour with no name after it is no one
    assert people(["the", "Datuk", "said"], [(1, 2)]) == []


def test_a_seat_the_tagger_ran_into_its_title_is_named_without_it():
    found = _facts("The motion was filed by Kepong MP Lim Lip Eng on Monday.")
    assert ("Lim Lip Eng", "represents", "Kepong") in found
    assert not [f for f in found if f[2].endswith("MP")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Azalina Othman, a minister in the Prime Minister's Department, said the bill was ready.",
         ("Azalina Othman", "holds_role", "Prime Minister's Department")),
        ("The Economic Planning Unit in the Prime Minister's Department released the report.",
         ("Economic Planning Unit", "part_of", "Prime Minister's Department")),
        ("The Attorney General's Chambers charged Lim Guan Seng on Monday.", ("Attorney General's Chambers", "charged", "Lim Guan Seng")),
        ("Steve Whitmore, a spokesman for the LA Sheriff's Office, declined to comment.",
         ("Steve Whitmore", "spokesperson_of", "LA Sheriff's Office")),
    ],
)
def test_a_body_named_after_the_office_holder_it_serves(text, expected):
    assert expected in _facts(text)


def test_an_office_holders_office_in_lower_case_is_no_name():
    assert not [f for f in _facts("The president's office said the visit was cancelled.") if "office" in f[0] + f[2]]


def test_a_name_the_tagger_cut_at_an_honour_is_named_without_the_honour():
    text = ("Former prime minister Tan Sri Rahman Yusof met Datuk Seri Hasnah Ali on Monday. "
            "Minister in the Prime Minister's Department (Economy) Datuk Seri Mustafa Hamid said the index rose.")
    names = {n for t in extract_en.triples(Article("h1", text, "en", "2024-01-01")) for n in (t.subject.name, t.object.name)}
    assert {"Rahman Yusof", "Hasnah Ali", "Mustafa Hamid"} <= names
    assert not [n for n in names if n.split()[0] in ("Tan", "Sri", "Seri", "Datuk")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the tagger cuts a Malay name after its first word, or splits it among entities
        ("Jane Lim, a lecturer at Universiti Putra Malaysia, said the public were exposed.",
         ("Jane Lim", "holds_role", "Universiti Putra Malaysia")),
        ("That was the advice issued by Parti Pribumi Bersatu Malaysia (Bersatu) president Tan Sri Rahman Yusof to the youth.",
         ("Rahman Yusof", "leads", "Parti Pribumi Bersatu Malaysia")),
        ("Voters queued at Sekolah Kebangsaan Taman Melati in Setapak on Saturday.",
         ("Sekolah Kebangsaan Taman Melati", "located_in", "Setapak")),
    ],
)
def test_a_name_opened_by_a_malay_head_word_is_one_name(text, expected):
    assert expected in _facts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Universiti Malaya senior lecturer Awang Pawi said the party was weak.", ("Awang Pawi", "holds_role", "Universiti Malaya")),
        ("Harvard University professor Mazlan Ali said the vote was close.", ("Mazlan Ali", "holds_role", "Harvard University")),
    ],
)
def test_an_academic_post_after_the_body_that_holds_it(text, expected):
    assert expected in _facts(text)


@pytest.mark.parametrize("text", ["Emeritus Professor John Burrows said the flag was old.",
                                  "According to the Citation Index Professor Lee is the most cited scholar."])
def test_an_academic_rank_written_as_an_honour_names_no_body(text):
    assert not [f for f in _facts(text) if f[1] == "holds_role"]


def test_a_name_before_a_place_noun_in_a_title_is_a_place():
    found = _facts("Ipoh district police chief ACP Yahaya Hassan said the roads were closed.")
    assert ("Yahaya Hassan", "holds_role", "Ipoh") in found and ("Yahaya Hassan", "leads", "Ipoh") not in found


def test_her_act_makes_a_lone_name_read_as_a_body_a_person():
    found = {(t.subject.name, t.subject.type, t.predicate, t.object.name) for t in extract_en.triples(
        Article("w1", "Warren has been outspoken in her criticism of Donald Trump.", "en", "2024-01-01"))}
    assert ("Warren", "Person", "criticized", "Donald Trump") in found
    assert ("Google", "Organization", "criticized", "European Commission") in {
        (t.subject.name, t.subject.type, t.predicate, t.object.name) for t in extract_en.triples(
            Article("w2", "Google has been outspoken in its criticism of the European Commission.", "en", "2024-01-01"))}
