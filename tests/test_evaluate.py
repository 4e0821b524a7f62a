"""The scorer matches names, aliases and predicate wordings as the gold README describes."""

from __future__ import annotations

import json

import pytest

from kg.evaluate import Report, read_gold, score_document, triple_matches
from kg.errors import InputError
from kg.records import Node, Triple

GOLD = {
    "subject": "Amina Yusuf",
    "subject_aliases": ["Governor Yusuf", "the governor"],
    "relation": "dismissed",
    "relation_any": ["dismiss", "fire", "sack", "remove from office"],
    "object": "Tunde Bello",
    "object_aliases": ["Bello"],
}


def triple(s, p, o, s_aliases=(), o_aliases=()):
    return Triple("d", Node(s, "Person", tuple(s_aliases)), p, Node(o, "Person", tuple(o_aliases)), "E.", 0, 2, "en")


@pytest.mark.parametrize(
    "t, expected",
    [
        (triple("Amina Yusuf", "dismissed", "Tunde Bello"), True),
        (triple("Yusuf", "fired", "Bello"), True),  # shorter names whose words are all in the longer one
        (triple("AMINA YUSUF", "sacked", "Tunde  Bello"), True),  # case and spacing ignored
        (triple("Amína Yúsuf", "removes_from_office", "Tunde Bello"), True),  # accents, tense and _ ignored
        (triple("Someone", "dismissed", "Tunde Bello", s_aliases=["Governor Yusuf"]), True),  # via an alias
        (triple("Amina Yusuf", "appointed", "Tunde Bello"), False),
        (triple("Tunde Bello", "dismissed", "Amina Yusuf"), False),  # direction matters
        (triple("Amina Okoro", "dismissed", "Tunde Bello"), False),
    ],
)
def test_triple_matches(t, expected):
    assert triple_matches(t, GOLD) is expected


def test_a_symmetric_property_matches_either_way_round():
    gold = {"subject": "Amina Yusuf", "relation": "met", "object": "Tunde Bello"}
    assert triple_matches(triple("Tunde Bello", "met", "Amina Yusuf"), gold)
    assert triple_matches(triple("Tunde Bello", "relative_of", "Amina Yusuf"), dict(gold, relation="relative_of"))
    assert not triple_matches(triple("Tunde Bello", "dismissed", "Amina Yusuf"), dict(gold, relation="dismissed"))


def test_a_post_matches_a_gold_post_worded_by_its_title():
    gold = {"subject": "Amina Yusuf", "relation": "holds_role", "relation_any": ["holds_role", "CEO", "CEO of"],
            "object": "Tunde Bello"}
    ceo = Triple("d", Node("Amina Yusuf", "Person"), "leads", Node("Tunde Bello", "Organization"), "E.", 0, 2, "en", role="ceo")
    assert triple_matches(ceo, gold)
    assert not triple_matches(Triple("d", ceo.subject, "leads", ceo.object, "E.", 0, 2, "en", role="chairman"), gold)
    # only posts: a title carried by another property says nothing of the post
    assert not triple_matches(Triple("d", ceo.subject, "works_for", ceo.object, "E.", 0, 2, "en", role="ceo"), gold)
    assert not triple_matches(ceo, dict(gold, relation="founded"))


def test_a_verb_link_with_its_preposition_matches_the_bare_verb_and_the_whole_wording():
    def link(verb):
        return Triple("d", Node("Amina Yusuf", "Person"), "related", Node("Tunde Bello", "Person"), "E.", 0, 2, "en", verb=verb)

    gold = {"subject": "Amina Yusuf", "relation": "transferred_ownership", "relation_any": ["sell"], "object": "Tunde Bello"}
    assert triple_matches(link("sell to"), gold)  # the bare verb of "sell to"
    assert triple_matches(link("sell to"), dict(gold, relation_any=["sell to"]))
    assert not triple_matches(link("buy from"), gold)
    assert not triple_matches(link("sell"), dict(gold, relation_any=["sell off"]))  # only a preposition drops


def test_score_document_counts_each_gold_once_and_dedupes():
    gold_doc = {"id": "g", "source": "g.txt", "triples": [GOLD, {**GOLD, "relation": "met", "relation_any": ["meet"]}]}
    extracted = [
        triple("Amina Yusuf", "dismissed", "Tunde Bello"),
        triple("Amina Yusuf", "dismissed", "Tunde Bello"),  # the same fact twice counts once
        triple("Amina Yusuf", "praised", "Tunde Bello"),
    ]
    score = score_document(gold_doc, extracted)
    assert (score.gold, score.extracted, score.matched) == (2, 2, 1)
    assert score.precision == 0.5 and score.recall == 0.5 and score.f1 == 0.5
    assert [g["relation"] for g in score.misses] == ["met"]
    assert [t.predicate for t in score.false_positives] == ["praised"]
    report = Report([score, score_document({"id": "h", "source": "h.txt", "triples": [GOLD]}, [])])
    assert report.precision == 0.5 and report.recall == pytest.approx(1 / 3)


def test_broken_gold_names_line(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"id": "a", "source": "a.txt", "triples": []}) + "\n{oops\n")
    with pytest.raises(InputError, match=r"gold.jsonl:2"):
        read_gold(path)
