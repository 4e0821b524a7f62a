"""kg.names: the edges of names after the Indonesian NER (titles, bracketed acronyms, two names run together)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from kg import names


def _mended(text: str, ents: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The entities of ``text`` after :func:`names.mend`, given the tagger's entities as (surface, label)."""
    doc = spacy.blank("id")(text)
    spans = []
    for surface, label in ents:
        start = text.index(surface)
        spans.append(doc.char_span(start, start + len(surface), label=label))
    doc.ents = spans
    return [(e.text, e.label_) for e in names.mend(doc, "id").ents]


@pytest.mark.parametrize("text, ents, expected", [
    # a role title is no part of a person's name
    ("Menkominfo Budi Hartono meresmikan gedung itu.", [("Menkominfo Budi Hartono", "PER")], [("Budi Hartono", "PER")]),
    ("Wakil Presiden Siti Aminah hadir.", [("Wakil Presiden Siti Aminah", "PER")], [("Siti Aminah", "PER")]),
    # a rank goes when two words of name follow it
    ("Laksamana Yudo Prasetyo tiba.", [("Laksamana Yudo Prasetyo", "PER")], [("Yudo Prasetyo", "PER")]),
    # an acronym in brackets is a name of its own; brackets around a name go
    ("Badan Riset Kelautan (BRK) menolak.", [("Badan Riset Kelautan (BRK)", "ORG")],
     [("Badan Riset Kelautan", "ORG"), ("BRK", "ORG")]),
    ("Badan Riset Kelautan (BRK menolak.", [("Badan Riset Kelautan (BRK", "ORG")],
     [("Badan Riset Kelautan", "ORG"), ("BRK", "ORG")]),
    ("Kata presiden (Jokowi) kemarin.", [("(Jokowi)", "PER")], [("Jokowi", "PER")]),
    # a known body and a person's name written side by side are two names
    ("kata politikus PDIP Hendra Wirawan kemarin.", [("PDIP Hendra Wirawan", "ORG")],
     [("PDIP", "ORG"), ("Hendra Wirawan", "PER")]),
    ("kata petenis Chile Diego Alvarez kemarin.", [("Chile Diego Alvarez", "PER")],
     [("Chile", "LOC"), ("Diego Alvarez", "PER")]),
])
def test_edges_are_mended(text, ents, expected):
    assert _mended(text, ents) == expected


@pytest.mark.parametrize("text, ents", [
    ("Gus Dur tiba.", [("Gus Dur", "PER")]),  # an honorific before one word is how the man is named
    ("MS Hidayat tiba.", [("MS Hidayat", "PER")]),  # initials, not the honorific "Ms"
    ("PT Kereta Api (Persero) merugi.", [("PT Kereta Api (Persero)", "ORG")]),  # a company's legal form
    ("Menteri Luar Negeri Korea Utara Ri Yong Ho tiba.", [("Ri Yong Ho", "PER")]),  # "Ri" is not "RI"
    ("Universitas Gadjah Mada menolak.", [("Universitas Gadjah Mada", "ORG")]),  # a person's name in a body's
    ("Bank Indonesia menolak.", [("Bank Indonesia", "ORG")]),
])
def test_whole_names_are_kept(text, ents):
    assert _mended(text, ents) == ents


@pytest.mark.parametrize("text, expected", [
    ("Rencana itu ditolak Menkes Nila Sari dalam rapat kemarin.", [("Nila Sari", "PER")]),
    ("Partai Keadilan Rakyat (PKR) menolak usul itu.", [("Partai Keadilan Rakyat", "ORG"), ("PKR", "ORG")]),
    ("Sikap itu disampaikan politikus Gerindra Andi Wiratama kepada wartawan.",
     [("Gerindra", "ORG"), ("Andi Wiratama", "PER")]),
])
def test_the_indonesian_pipeline_mends_what_its_ner_runs_together(text, expected):
    from kg import nlp

    assert [(e.text, e.label_) for e in nlp.pipeline("id")(text).ents] == expected
