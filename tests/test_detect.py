from __future__ import annotations

import pytest

from kg.detect import detect_language
from kg.errors import LanguageError


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Pemerintah daerah akan membangun jembatan baru yang menghubungkan dua desa itu tahun depan.", "id"),
        ("Polisi menangkap tiga tersangka di Bandung.", "id"),
        ("The regional government will build a new bridge that connects the two villages next year.", "en"),
        ("Police arrested three suspects in Leeds on Sunday.", "en"),
    ],
)
def test_detect(text, lang):
    assert detect_language(text) == lang


def test_unknown_language_is_an_error():
    with pytest.raises(LanguageError, match="--lang"):
        detect_language("Xyzzy plugh frobozz.")
