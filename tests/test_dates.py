"""Date expressions resolved against the article date."""

from __future__ import annotations

import pytest

from kg.dates import resolve_date


@pytest.mark.parametrize(
    "sentence, lang, article_date, expected",
    [
        ("Polisi menahan dua orang pada Senin (10/1/2022).", "id", None, "2022-01-10"),
        ("Gubernur meninjau lokasi Kamis lalu.", "id", "2022-01-10", "2022-01-06"),
        ("Presiden tiba pada hari Minggu.", "id", "2022-01-10", "2022-01-09"),
        ("Rapat digelar Senin depan.", "id", "2022-01-12", "2022-01-17"),
        ("Ia tiba kemarin.", "id", "2022-01-10", "2022-01-09"),
        ("Sidang digelar 5 Maret 2021.", "id", "2022-01-10", "2021-03-05"),
        ("Pekan ini seminggu penuh hujan.", "id", "2022-01-10", "2022-01-10"),
        ("The decree was published on Wednesday (5 January).", "en", "2022-01-07", "2022-01-05"),
        ("He resigned last Thursday.", "en", "2022-01-10", "2022-01-06"),
        ("They met on Jan. 21, 2022.", "en", None, "2022-01-21"),
        ("The vote is next Monday.", "en", "2022-01-10", "2022-01-17"),
        ("The court ruled on December 5.", "en", "2022-01-10", "2021-12-05"),
        ("Nothing dated here.", "en", None, None),
        ("The score was 3/1 at half time.", "en", "2022-01-10", "2022-01-10"),
    ],
)
def test_resolve_date(sentence, lang, article_date, expected):
    assert resolve_date(sentence, lang, article_date) == expected
