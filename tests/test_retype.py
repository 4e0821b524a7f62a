"""kg.retype: the English name-class model, its spaCy component and what it changes in extraction."""

from __future__ import annotations

import json

import numpy as np
import pytest

from kg import extract_en, nlp, retype
from kg.errors import KGError
from kg.extract import triples
from kg.records import Article


def _tagged(text: str):
    """``text`` as en_core_web_sm tags it, without the model."""
    pipeline = extract_en.nlp()
    with pipeline.select_pipes(disable=[retype.COMPONENT]):
        return pipeline(text)


def _ents(doc):
    return [(e.text, e.label_) for e in doc.ents if e.label_ in retype.NER_CLASS]


def test_model_predicts_the_six_classes():
    assert sorted(retype.model().classes) == ["EVENT", "GROUP", "ORG", "PER", "PLACE", "PRODUCT"]


@pytest.mark.parametrize("text, name, tagged, fixed", [
    ("Villagers in Sungai Lui fled to higher ground.", "Sungai Lui", "PERSON", "GPE"),  # a village the tagger calls a person
    ("Trump said the deal was fair.", "Trump", "ORG", "PERSON"),  # a surname opening a clause
    ("Police in Segamat arrested two men on Friday.", "Segamat", "ORG", "GPE"),
    ("Mohd Redzuan Yusof said the ministry would act.", "Mohd Redzuan Yusof", "ORG", "PERSON"),
])
def test_english_pipeline_relabels_what_the_tagger_typed_wrong(text, name, tagged, fixed):
    assert (name, tagged) in _ents(_tagged(text))  # the tagger alone is wrong here
    assert (name, fixed) in _ents(nlp.parse("en", [text])[0])


def test_the_model_runs_right_after_the_english_ner():
    names = extract_en.nlp().pipe_names
    assert names.index("ner") + 1 == names.index(retype.COMPONENT)


def test_a_name_the_gazetteer_knows_keeps_its_label():
    doc = _tagged("Villagers in Sungai Lui fled to higher ground.")
    assert ("Sungai Lui", "PERSON") in _ents(retype.retype(doc, known=lambda surface: "known" if surface == "Sungai Lui" else None))


def test_nationalities_and_party_adjectives_are_left_to_the_rules():
    doc = _tagged("Republican Keith Rothfus criticized the bill.")
    assert ("Republican", "NORP") in [(e.text, e.label_) for e in retype.retype(doc, floor=0.0).ents]


def test_a_name_holding_a_title_keeps_its_label():
    # the rules cut the title off by the tagger's class; the model must not move such a name even when sure
    doc = _tagged("Former Jakarta Gov Budi Hartono lost the race.")
    before = _ents(doc)
    assert any(retype.holds_title(e) for e in doc.ents)
    assert _ents(retype.retype(doc, floor=0.0, known=lambda surface: None)) == before


def test_the_floor_decides_how_sure_the_model_must_be():
    text = "Lim Chee Keong visited Sungai Lui on Monday."
    doc = _tagged(text)
    span = next(e for e in doc.ents if e.text == "Sungai Lui")
    kind, p = retype.model().best(doc, span)
    assert span.label_ == "PERSON" and kind == "PLACE" and p < retype.FLOOR  # not sure enough: left alone
    assert ("Sungai Lui", "PERSON") in _ents(retype.retype(_tagged(text)))
    assert ("Sungai Lui", "GPE") in _ents(retype.retype(_tagged(text), floor=p - 0.01))


def test_features_name_the_label_words_and_context():
    doc = _tagged("Villagers in Sungai Lui fled to higher ground.")
    span = next(e for e in doc.ents if e.text == "Sungai Lui")
    feats = retype.features(doc, span)
    assert {"ner=PERSON", "p1=in", "n1=fled", "w=sungai", "l=lui", "dep=pobj", "prep=in|villager"} <= set(feats)
    assert feats == retype.features(doc, span)


def test_an_organisation_word_at_the_end_is_a_feature():
    doc = _tagged("Shares of Lestari Holdings fell on Monday.")
    span = next(e for e in doc.ents if e.text.endswith("Holdings"))
    assert "suf=org" in retype.features(doc, span)


def test_a_fixed_class_reaches_the_triples():
    # en_core_web_sm alone tags the (made-up) official an organisation, so a body would meet a person
    text = "Mohd Redzuan Yusof met Anwar Ibrahim in Putrajaya on Monday."
    assert ("Mohd Redzuan Yusof", "ORG") in _ents(_tagged(text))
    found = {(t.subject.name, t.subject.type, t.predicate, t.object.name) for t in triples(Article("r1", text, "en", "2023-03-29"))}
    assert ("Mohd Redzuan Yusof", "Person", "met", "Anwar Ibrahim") in found


@pytest.mark.parametrize("broken", ["no json", "bad npz", "wrong shape"])
def test_a_broken_model_is_one_clear_error(tmp_path, broken):
    (tmp_path / "model.json").write_text("{" if broken == "no json" else json.dumps({"features": ["a", "b"], "classes": ["PER", "ORG"]}))
    if broken == "bad npz":
        (tmp_path / "model.npz").write_bytes(b"not a numpy file")
    else:
        np.savez_compressed(tmp_path / "model.npz", weights=np.zeros((3, 2), dtype=np.float16), bias=np.zeros(2, dtype=np.float16))
    with pytest.raises(KGError) as err:
        retype.load(tmp_path)
    assert str(tmp_path) in str(err.value) and "\n" not in str(err.value) and "train_retype" in str(err.value)
