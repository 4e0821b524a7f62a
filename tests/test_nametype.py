"""kg.nametype: the name-type model, its spaCy component and how the extractors use it."""

from __future__ import annotations

import numpy as np
import pytest
import spacy
from spacy.tokens import Span

from kg import nametype, nlp
from kg.errors import KGError
from kg.extract import triples
from kg.records import Article


def test_features_are_stable_hashed_indices():
    a = nametype.features("Budi Santoso")
    assert a == nametype.features("Budi Santoso")
    assert all(0 <= i < 1 << nametype.BITS for i in a)
    assert set(a) != set(nametype.features("Santoso Budi"))  # first and last words are marked
    assert nametype.features("   ") == []


@pytest.mark.parametrize("name, kind", [
    ("Siti Rahayu", "Person"),
    ("PT Sinar Makmur Sejahtera", "Organization"),
    ("Universitas Gadjah Mada", "Organization"),
    ("Kabupaten Sleman", "Location"),
])
def test_best_reads_the_letters(name, kind):
    found, p = nametype.best(name)
    assert found == kind and p > 0.9
    assert abs(sum(nametype.scores(name)) - 1) < 1e-6


def _doc(words, ents):
    doc = spacy.blank("id").make_doc(" ".join(words))
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return doc


def test_retype_moves_person_tagged_companies_only():
    doc = _doc(["Saham", "Indofood", "naik", ",", "kata", "Siti", "Rahayu", "di", "Kabupaten", "Sleman"],
               [(1, 2, "PER"), (5, 7, "PER"), (8, 10, "ORG")])
    out = nametype.retype(doc)
    assert [(e.text, e.label_) for e in out.ents] == [("Indofood", "ORG"), ("Siti Rahayu", "PER"), ("Kabupaten Sleman", "ORG")]


def test_retype_never_makes_a_person():
    doc = _doc(["Siti", "Rahayu", "hadir"], [(0, 2, "LOC")])
    assert [(e.text, e.label_) for e in nametype.retype(doc).ents] == [("Siti Rahayu", "LOC")]


def test_indonesian_pipeline_checks_names_after_the_ner():
    names = nlp.pipeline("id").pipe_names
    assert names.index("ner") + 1 == names.index("kg_name_edges_id") == names.index("kg_name_type") - 1


def test_known_names_the_ner_missed_become_entities():
    from kg import gazetteer

    words = ["Warga", "Surabaya", "dan", "DKI", "Jakarta", "ikut", "UN", ",", "kata", "Siti", "di", "Palestina"]
    doc = gazetteer.known_names(_doc(words, [(11, 12, "ORG")]), "id")
    # the longest known run wins; "UN" is the English acronym of a body Indonesian calls "PBB"; the tagger's own
    # entity stays as it is
    assert [(e.text, e.label_) for e in doc.ents] == [("Surabaya", "LOC"), ("DKI Jakarta", "LOC"), ("Palestina", "ORG")]


def test_parties_and_ministries_of_the_lexicon_are_known_names():
    from kg import gazetteer

    doc = gazetteer.known_names(_doc(["Kader", "Gerindra", "ke", "Kemenkeu", "."], []), "id")
    assert [(e.text, e.label_) for e in doc.ents] == [("Gerindra", "ORG"), ("Kemenkeu", "ORG")]


def test_a_short_word_opening_a_sentence_is_no_acronym():
    from kg import gazetteer

    assert not gazetteer.known_names(_doc(["Us", "too", "."], []), "en").ents


def test_indonesian_pipeline_adds_known_names_last():
    assert nlp.pipeline("id").pipe_names[-1] == "kg_gazetteer_id"


def test_english_person_tagged_as_a_place_keeps_the_role():
    # en_core_web_sm tags this (made-up) banker as a GPE; the letters say person, so the title gives the role
    text = "Sergio Ermotti served as chief executive of UBS."
    found = {(t.subject.name, t.subject.type, t.predicate, t.object.name) for t in triples(Article("n1", text, "en", "2023-03-29"))}
    assert ("Sergio Ermotti", "Person", "leads", "UBS") in found


@pytest.mark.parametrize("content", [b"", b"not a numpy file", None])
def test_a_broken_model_file_is_one_clear_error(tmp_path, content):
    path = tmp_path / "nametype.npz"
    if content is None:  # readable, but the wrong shape
        np.savez_compressed(path, weights=np.zeros((2, 4), dtype=np.float16), bias=np.zeros(2, dtype=np.float16))
    else:
        path.write_bytes(content)
    with pytest.raises(KGError) as err:
        nametype.load(path)
    assert str(path) in str(err.value) and "\n" not in str(err.value)


def test_missing_model_file_is_one_clear_error(tmp_path):
    with pytest.raises(KGError, match="nametype.npz"):
        nametype.load(tmp_path / "nametype.npz")


def test_english_place_tagged_as_a_person_is_a_place():
    # en_core_web_sm tags this Malaysian village as a PERSON; its letters say place
    found = {(t.subject.name, t.predicate, t.object.name, t.object.type)
             for t in triples(Article("n2", "Lim Chee Keong visited Kampung Batu Puteh on Monday.", "en", "2023-03-29"))}
    assert ("Lim Chee Keong", "visited", "Kampung Batu Puteh", "Location") in found
