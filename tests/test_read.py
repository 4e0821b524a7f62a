"""Reading inputs: every kind of file, and every kind of bad input as a one-line error naming it."""

from __future__ import annotations

import json

import pytest

from kg.errors import InputError
from kg.read import read_articles

ID_TEXT = "Menteri itu mengatakan bahwa pemerintah akan membantu para korban banjir di Jawa Barat pada hari Senin."
EN_TEXT = "The minister said that the government would help the flood victims in the north of the country on Monday."


def collect(paths, **kw):
    errors: list[InputError] = []
    articles = list(read_articles(paths, on_error=errors.append, **kw))
    return articles, errors


def test_text_file_detects_language_and_date_in_name(tmp_path):
    (tmp_path / "floods-2023-02-14.txt").write_text(ID_TEXT, encoding="utf-8")
    (articles, errors) = collect([tmp_path / "floods-2023-02-14.txt"])
    assert errors == []
    assert [(a.id, a.lang, a.date) for a in articles] == [("floods-2023-02-14", "id", "2023-02-14")]
    assert articles[0].text == ID_TEXT


def test_folder_is_read_recursively_in_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text(EN_TEXT)
    (tmp_path / "one.txt").write_text(ID_TEXT)
    (tmp_path / "notes.csv").write_text("ignored")
    articles, errors = collect([tmp_path])
    assert errors == []
    assert [(a.id, a.lang) for a in articles] == [("two", "en"), ("one", "id")] or [(a.id, a.lang) for a in articles] == [("one", "id"), ("two", "en")]
    assert len(articles) == 2


def test_jsonl_metadata_and_broken_line(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": EN_TEXT, "date": "2022-01-05", "url": "https://example.org/a1", "title": "Floods"}),
        '{"id": "a2", "text": ',
        json.dumps({"id": "a3", "text": ID_TEXT, "lang": "id"}),
        json.dumps({"text": EN_TEXT}),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    articles, errors = collect([path])
    assert [(a.id, a.lang, a.date) for a in articles] == [("a1", "en", "2022-01-05"), ("a3", "id", None)]
    assert articles[0].url == "https://example.org/a1" and articles[0].title == "Floods"
    assert [(e.source, e.line) for e in errors] == [(str(path), 2), (str(path), 4)]
    assert "broken JSON" in str(errors[0]) and f"{path}:2" in str(errors[0])
    assert "'id'" in str(errors[1])


def test_html_boilerplate_is_removed(tmp_path):
    body = "".join(f"<p>{s}</p>" for s in [EN_TEXT, "The river rose by two metres overnight and several roads were closed by the police."])
    html = f"<html><head><title>Floods</title><script>var x = 1;</script></head><body><nav>Home | World | Sport</nav><article>{body}</article><footer>Copyright 2024 Example News. All rights reserved.</footer></body></html>"
    (tmp_path / "page.html").write_text(html)
    articles, errors = collect([tmp_path / "page.html"])
    assert errors == []
    assert "flood victims" in articles[0].text
    assert "var x" not in articles[0].text and "Home | World" not in articles[0].text


@pytest.mark.parametrize(
    "name, content, reason",
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n ", "empty file"),
        ("binary.txt", bytes(range(256)) * 4, "binary file"),
        ("latin1.txt", "Le président a été reçu à Genève avec ses ministres.".encode("latin-1"), "not UTF-8"),
        ("scripts.html", b"<html><head><script>alert(1)</script></head><body><script>var a=2;</script></body></html>", "no article text"),
        ("digits.txt", b"12345 67890", "no words"),
        ("data.csv", b"a,b", "unsupported file type"),
    ],
)
def test_bad_input_is_one_line_error_and_others_go_on(tmp_path, name, content, reason):
    bad = tmp_path / name
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text(EN_TEXT)
    articles, errors = collect([bad, good])
    assert [a.id for a in articles] == ["good"]
    assert len(errors) == 1
    message = str(errors[0])
    assert "\n" not in message and message.startswith(str(bad)) and reason in message


def test_missing_path(tmp_path):
    articles, errors = collect([tmp_path / "nope.txt"])
    assert articles == [] and "no such file" in str(errors[0])


def test_undetectable_language_asks_for_lang(tmp_path):
    (tmp_path / "x.txt").write_text("Zxq vlorp.")
    articles, errors = collect([tmp_path / "x.txt"])
    assert articles == [] and "--lang" in str(errors[0])
    articles, errors = collect([tmp_path / "x.txt"], lang="en", date="2020-02-02")
    assert [(a.lang, a.date) for a in articles] == [("en", "2020-02-02")]


def test_duplicate_ids_get_suffix(tmp_path):
    for d in ("a", "b"):
        (tmp_path / d).mkdir()
        (tmp_path / d / "same.txt").write_text(EN_TEXT)
    articles, _ = collect([tmp_path])
    assert sorted(a.id for a in articles) == ["same", "same-2"]


def test_default_raises(tmp_path):
    with pytest.raises(InputError):
        list(read_articles([tmp_path / "missing.txt"]))


def test_hostile_file_name_stays_on_one_line(tmp_path):
    bad = tmp_path / "evil\nname\t.txt"
    bad.write_bytes(b"")
    articles, errors = collect([bad])
    assert articles == [] and "\n" not in str(errors[0]) and "evil\\nname" in str(errors[0])
