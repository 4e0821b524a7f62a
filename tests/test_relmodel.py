"""The learned relation model (kg/relmodel.py): candidates, features, glosses, loading, predictions."""

import json
import shutil
from importlib import resources

import numpy as np
import pytest

from kg import nlp, relate, relmodel
from kg.errors import KGError


def test_candidates_take_both_orders_within_reach_and_of_linkable_classes():
    spans = [(0, 2, "Person"), (3, 4, "Country"), (40, 41, "Organization"), (5, 6, "Product")]
    pairs = {(p.a_start, p.b_start) for p in relmodel.candidates(spans)}
    assert pairs == {(0, 3), (3, 0)}  # the Organization is 36 tokens away; a Product links to nothing


def test_overlapping_mentions_are_no_pair():
    assert relmodel.candidates([(0, 3, "Person"), (2, 4, "Organization")]) == []


def test_indonesian_and_english_titles_gloss_to_one_english_word():
    en = nlp.parse("en", ["The president spoke."])[0]
    id_ = nlp.parse("id", ["Presiden itu berbicara."])[0]
    assert relmodel.gloss(en[1], "en") == relmodel.gloss(id_[0], "id") == "president"


def test_indonesian_function_words_and_nouns_gloss_through_the_language_data():
    doc = nlp.parse("id", ["Anggota partai dari Kalimora."])[0]  # an invented place: no dictionary knows it
    assert [relmodel.gloss(t, "id") for t in doc] == ["member", "party", "from", "PROPN", "PUNCT"]


def test_a_word_both_dictionaries_list_is_glossed_as_the_tagger_reads_it_and_pronouns_are_no_places():
    # "kota" is a noun (city) and, in the verb dictionary, a verb ("fort"); "dia" is a pronoun, which Wordnet
    # Bahasa files under Iowa through the abbreviation "IA"
    doc = nlp.parse("id", ["Dia tinggal di kota itu sejak 2010."])[0]
    assert [t.pos_ for t in doc[:4]] == ["PRON", "VERB", "ADP", "NOUN"]
    assert [relmodel.gloss(t, "id") for t in doc[:6]] == ["he", "dwell", "in", "city", "the", "since"]


def test_a_head_chain_ends_at_the_root_once():
    doc = nlp.parse("en", ["Maria Lopez joined the Green Party in May."])[0]
    chain = relmodel._ancestors(doc[0])
    assert [t.i for t in chain] == [0, 1, 2]  # Maria → Lopez → joined (the root), not the root again and again


def test_features_are_the_same_with_the_sentences_shared_work():
    doc = nlp.parse("en", ["Maria Lopez, who joined the Green Party in May, met Omar Haddad in Lagos."])[0]
    spans = [(m.start, m.end, m.node.type) for m in relate.mentions(doc, "en")]
    pairs = relmodel.candidates(spans)
    shared = relmodel.Sentence(doc, "en")
    assert len(pairs) > 2
    for pair in pairs:
        assert sorted(relmodel.features(doc, pair, "en", shared)) == sorted(relmodel.features(doc, pair, "en"))


def test_features_name_classes_order_and_the_words_between():
    doc = nlp.parse("en", ["Maria Lopez joined the Green Party in May."])[0]
    found = relate.mentions(doc, "en")
    spans = [(m.start, m.end, m.node.type) for m in found]
    assert spans[:2] == [(0, 2, "Person"), (4, 6, "Organization")]
    feats = relmodel.features(doc, relmodel.Pair(0, 2, "Person", 4, 6, "Organization"), "en")
    assert "t=Person>Organization" in feats and "o=ab" in feats and "w=join" in feats
    reverse = relmodel.features(doc, relmodel.Pair(4, 6, "Organization", 0, 2, "Person"), "en")
    assert "o=ba" in reverse and set(feats) != set(reverse)



def test_features_name_the_word_each_mention_hangs_on():
    doc = nlp.parse("en", ["Maria Lopez met Tomas Herczeg in Lisbon."])[0]
    feats = relmodel.features(doc, relmodel.Pair(0, 2, "Person", 3, 5, "Person"), "en", marked=False)
    assert "ha=subj|meet" in feats and "hb=obj|meet" in feats and "tha=Person>Person|subj|meet" in feats
    # Indonesian says it in the same English words: the verb through its dictionary, the oblique as a modifier
    doc = nlp.parse("id", ["Budi Santoso bertemu dengan Joko Widodo di Jakarta."])[0]
    feats = relmodel.features(doc, relmodel.Pair(0, 2, "Person", 4, 6, "Person"), "id", marked=False)
    assert "ha=subj|meet" in feats and "hb=nmod|meet" in feats
    # a mention at the root of the sentence hangs on nothing
    doc = nlp.parse("en", ["Maria Lopez, chair of the Green Party."])[0]
    spans = [(m.start, m.end) for m in relate.mentions(doc, "en")]
    root = next(t for t in doc if t.head.i == t.i)
    feats = relmodel.features(doc, relmodel.Pair(*spans[0], "Person", *spans[1], "Organization"), "en", marked=False)
    assert root.i in range(*spans[0]) and not any(f.startswith("ha=") for f in feats)

def test_every_feature_also_comes_marked_with_its_language():
    doc = nlp.parse("id", ["Budi Santoso bergabung dengan Partai Hijau pada Mei."])[0]
    feats = relmodel.features(doc, relmodel.Pair(0, 2, "Person", 4, 6, "Organization"), "id")
    shared = [f for f in feats if not f.startswith("id|")]
    assert shared and sorted(feats) == sorted(shared + [f"id|{f}" for f in shared])
    assert not any(f.startswith("en|") for f in feats)


def test_the_folded_weights_score_unmarked_features_as_training_scored_marked_ones():
    # kg scores a pair from its unmarked features with each language's copies folded into the weights; the
    # distribution must be the one the trained weights give the marked features
    import numpy as np

    model = relmodel.model()
    for code, text in (("id", "Presiden Joko Widodo bertemu Perdana Menteri Malaysia Anwar Ibrahim di Jakarta."),
                       ("en", "Chilean President Marta Rivas met Brazil's Lula in Brasilia on Monday.")):
        doc = nlp.parse(code, [text])[0]
        pairs = relmodel.candidates([(m.start, m.end, m.node.type) for m in relate.mentions(doc, code)])
        assert pairs
        for pair in pairs:
            marked = model.probabilities(relmodel.features(doc, pair, code))
            folded = model.language_probabilities(relmodel.features(doc, pair, code, marked=False), code)
            assert np.allclose(marked, folded, atol=1e-4)


def test_shipped_model_gives_a_distribution_over_its_labels():
    model = relmodel.model()
    assert relmodel.NONE in model.labels and "holds_role" in model.labels
    probs = model.probabilities(["t=Person>Country", "o=ba", "adj=Person>Country|ba", "never-seen-feature"])
    assert probs.shape == (len(model.labels),) and abs(float(probs.sum()) - 1) < 1e-6
    assert 0 < model.threshold < 1 and model.temperature > 0


def test_a_title_between_a_country_and_a_name_is_a_role():
    # written for this test: a demonym, a title, a name (the commonest way news states who holds an office)
    doc = nlp.parse("en", ["Chilean President Marta Rivas opened the summit on Monday."])[0]
    spans = [(m.start, m.end, m.node.type) for m in relate.mentions(doc, "en")]
    links = {(doc[p.a_start:p.a_end].text, label, doc[p.b_start:p.b_end].text) for p, label, _ in relmodel.predict(doc, spans, "en", threshold=0.3)}
    assert ("Marta Rivas", "holds_role", "Chilean") in links


def test_each_language_is_cut_at_its_own_threshold(tmp_path, monkeypatch):
    shipped = resources.files("kg").joinpath("models", "relations")
    shutil.copyfile(str(shipped.joinpath("model.npz")), tmp_path / "model.npz")
    meta = json.loads(shipped.joinpath("model.json").read_text(encoding="utf-8"))
    doc = nlp.parse("en", ["Chilean President Marta Rivas opened the summit on Monday."])[0]
    spans = [(m.start, m.end, m.node.type) for m in relate.mentions(doc, "en")]
    found = {}
    for en_threshold in (0.3, 1.01):
        meta.update(threshold=0.3, thresholds={"en": en_threshold, "id": 0.3})
        (tmp_path / "model.json").write_text(json.dumps(meta))
        monkeypatch.setattr(relmodel, "model", lambda: relmodel.load(tmp_path))
        found[en_threshold] = relmodel.predict(doc, spans, "en")
    assert found[0.3] and found[1.01] == []


def test_no_link_between_names_that_share_only_a_sentence():
    doc = nlp.parse("en", ["Marta Rivas watched the match on television while Peru scored twice."])[0]
    spans = [(m.start, m.end, m.node.type) for m in relate.mentions(doc, "en")]
    assert relmodel.predict(doc, spans, "en") == []


def test_confidence_is_calibrated_monotonically_within_zero_and_one():
    model = relmodel.model()
    assert model.calibration, "the shipped model carries its held-out calibration"
    values = [model.confidence(p) for p in np.linspace(0, 1, 101)]
    assert all(0 <= v <= 1 for v in values) and values == sorted(values)


@pytest.mark.parametrize("damage", ["missing", "truncated", "mismatch", "calibration", "thresholds"])
def test_a_broken_model_gives_one_clear_error(tmp_path, damage):
    shipped = resources.files("kg").joinpath("models", "relations")
    for name in ("model.json", "model.npz"):
        shutil.copyfile(str(shipped.joinpath(name)), tmp_path / name)
    if damage == "missing":
        (tmp_path / "model.npz").unlink()
    elif damage == "truncated":
        (tmp_path / "model.npz").write_bytes((tmp_path / "model.npz").read_bytes()[:100])
    else:
        meta = json.loads((tmp_path / "model.json").read_text())
        if damage == "mismatch":
            meta["labels"] = meta["labels"][:-1]
        elif damage == "thresholds":
            meta["thresholds"] = {"id": "high"}
        else:
            meta["calibration"] = [[0.1, 0.5], [0.2]]
        (tmp_path / "model.json").write_text(json.dumps(meta))
    with pytest.raises(KGError) as error:
        relmodel.load(tmp_path)
    message = str(error.value)
    assert "\n" not in message and "train_relations.py" in message and str(tmp_path) in message


def test_the_model_loads_what_it_was_given(tmp_path):
    labels = ["none", "leads"]
    np.savez_compressed(tmp_path / "model.npz", weights=np.array([[0.0, 3.0]], dtype=np.float32), bias=np.zeros(2, dtype=np.float32))
    (tmp_path / "model.json").write_text(json.dumps({"labels": labels, "features": ["w=chair"], "temperature": 1.0, "threshold": 0.5}))
    model = relmodel.load(tmp_path)
    assert model.labels[int(model.probabilities(["w=chair"]).argmax())] == "leads"
    assert model.labels[int(model.probabilities([]).argmax())] in labels


def test_the_sparse_form_holds_the_same_weights(tmp_path):
    np.savez_compressed(tmp_path / "model.npz", rows=np.array([1], dtype=np.int32), cols=np.array([0], dtype=np.int16),
                        values=np.array([2.5], dtype=np.float16), bias=np.zeros(2, dtype=np.float32))
    (tmp_path / "model.json").write_text(json.dumps({"labels": ["leads", "none"], "features": ["w=say", "w=chair"]}))
    model = relmodel.load(tmp_path)
    assert model.weights.tolist() == [[0.0, 0.0], [2.5, 0.0]]
    assert model.labels[int(model.probabilities(["w=chair"]).argmax())] == "leads"


def test_only_properties_whose_domain_and_range_admit_the_classes_are_chosen():
    labels = ("none", "located_in", "based_in", "holds_role")
    assert relmodel._fitting(labels, "Organization", "Country").tolist() == [1.0, 0.0, 1.0, 0.0]
    assert relmodel._fitting(labels, "Location", "Country").tolist() == [1.0, 1.0, 0.0, 0.0]  # a place is no agent with a seat
    assert relmodel._fitting(labels, "Person", "Country").tolist() == [1.0, 0.0, 1.0, 1.0]
