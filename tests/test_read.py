"""Reading inputs: every kind of file, and every kind of bad input as a one-line error naming it."""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import InputError, UsageError
from kg.read import clean, read_articles

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


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_unicode_text_behind_a_byte_order_mark_is_read(tmp_path, encoding):
    # Windows tools save "Unicode" text as UTF-16 with a byte-order mark; its NUL bytes are no sign of a binary
    bom = {"utf-16-be": b"\xfe\xff"}.get(encoding, b"")
    (tmp_path / "wide.txt").write_bytes(bom + EN_TEXT.encode(encoding))
    articles, errors = collect([tmp_path / "wide.txt"])
    assert errors == [] and articles[0].text == EN_TEXT


@pytest.mark.parametrize("content, reason", [(b"\xff\xfe" + b"\x00\xd8", "not UTF-16"), (b"\xff\xfe" + " \n".encode("utf-16-le"), "empty file")])
def test_broken_or_blank_text_behind_a_byte_order_mark_is_one_line_error(tmp_path, content, reason):
    (tmp_path / "wide.txt").write_bytes(content)
    articles, errors = collect([tmp_path / "wide.txt"])
    assert articles == [] and len(errors) == 1 and reason in str(errors[0]) and "\n" not in str(errors[0])


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


# ---------- bounded, type-checked input (issue 12) ----------


def test_fifo_and_device_are_reported_never_opened(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    signal.alarm(20)  # a FIFO opened for reading would block here forever
    try:
        articles, errors = collect([tmp_path / "pipe.txt", tmp_path / "zero.txt", tmp_path / "gone.txt"])
    finally:
        signal.alarm(0)
    assert articles == []
    assert ["FIFO" in str(errors[0]), "character device" in str(errors[1]), "broken symbolic link" in str(errors[2])] == [True] * 3


def test_folder_reports_what_it_cannot_read(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "broken.json").write_text("{")
    (tmp_path / "notes.csv").write_text("not an input")
    (tmp_path / "good.txt").write_text(EN_TEXT)
    articles, errors = collect([tmp_path])
    assert [a.id for a in articles] == ["good"]
    assert sorted(Path(e.source).name for e in errors) == ["broken.json", "pipe.txt"]


def test_size_cap_and_max_bytes(tmp_path):
    (tmp_path / "long.txt").write_text(EN_TEXT * 50)
    articles, errors = collect([tmp_path / "long.txt"], max_bytes=1000)
    assert articles == [] and "over the limit of 1000 bytes" in str(errors[0]) and "--max-bytes" in str(errors[0])
    articles, errors = collect([tmp_path / "long.txt"], max_bytes=10_000)
    assert errors == [] and len(articles) == 1


def test_jsonl_lines_split_on_newline_only(tmp_path):
    texts = [f"{EN_TEXT} One\u2028two.", f"{EN_TEXT} Three\u2029four.", f"{EN_TEXT} Five\x85six."]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps({"id": f"a{i}", "text": t}, ensure_ascii=False) for i, t in enumerate(texts)) + "\r\n", encoding="utf-8")
    articles, errors = collect([path])
    assert errors == []
    assert [a.text for a in articles] == [t.replace("\x85", " ") for t in texts]  # U+0085 is a C1 control: cleaned


@pytest.mark.parametrize(
    "record, words",
    [
        ({"date": 20220110}, "'date' must be a string or null, not a number (20220110)"),
        ({"title": {}}, "'title' must be a string or null, not an object ({})"),
        ({"url": 5}, "'url' must be a string or null, not a number (5)"),
        ({"lang": ["en"]}, "'lang' must be a string or null, not a list"),
        ({"id": True}, "'id' must be a non-empty string (or an integer), not a boolean (true)"),
        ({"id": {"x": 1}}, "'id' must be a non-empty string (or an integer), not an object"),
        ({"text": 5}, "'text' must be a string, not a number (5)"),
        ({"date": "yesterday"}, "'date' 'yesterday' is not a date; expected YYYY-MM-DD"),
        ({"date": "2022-02-30"}, "'date' '2022-02-30' is not a date"),
    ],
)
def test_every_jsonl_field_is_type_checked(tmp_path, record, words):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "a1", "text": EN_TEXT, **record}) + "\n", encoding="utf-8")
    articles, errors = collect([path])
    assert articles == [] and len(errors) == 1
    assert str(errors[0]) == f"{path}:1: {words}" or str(errors[0]).startswith(f"{path}:1: {words}")


def test_dates_are_normalised_and_the_date_flag_checked(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "a1", "text": EN_TEXT, "date": "2022-01-10T08:30:00+07:00"}) + "\n")
    articles, _ = collect([path])
    assert articles[0].date == "2022-01-10"
    with pytest.raises(UsageError, match="--date 'Monday' is not a date"):
        collect([path], date="Monday")


def test_surrogates_and_control_characters_are_cleaned(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text('{"id": "a\\udfff1", "title": "T\\u0000", "text": "' + EN_TEXT + ' Lone \\ud800 here\\u0007."}\n')
    articles, errors = collect([path])
    assert errors == []
    a = articles[0]
    assert (a.id, a.title) == ("a\ufffd1", "T ") and "Lone \ufffd here ." in a.text
    a.text.encode("utf-8")  # encodable


def test_json_file_with_one_record_or_a_list(tmp_path):
    (tmp_path / "one.json").write_text(json.dumps({"text": EN_TEXT}))
    (tmp_path / "many.json").write_text(json.dumps([{"id": "m1", "text": EN_TEXT}, {"id": "m2", "text": 7}]))
    articles, errors = collect([tmp_path / "one.json", tmp_path / "many.json"])
    assert [a.id for a in articles] == ["one", "m1"]
    assert len(errors) == 1 and str(errors[0]).startswith(f"{tmp_path / 'many.json'}[2]: 'text' must be a string")


@pytest.mark.parametrize("line", ["[" * 100_000, "1" * 5000, '"\\ud800"', "null", "[]"])
def test_hostile_json_lines_are_one_line_errors(tmp_path, line):
    path = tmp_path / "feed.jsonl"
    path.write_text(line + "\n")
    articles, errors = collect([path])
    assert articles == [] and len(errors) == 1 and "\n" not in str(errors[0]) and str(errors[0]).startswith(f"{path}:1: ")


# ---------- properties ----------

_records = st.fixed_dictionaries(
    {"id": st.text(min_size=1).filter(str.strip), "text": st.text()},
    optional={"lang": st.sampled_from(["en", "id"]), "title": st.text(), "url": st.text(), "date": st.dates().map(str)},
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(records=st.lists(_records, min_size=1, max_size=4, unique_by=lambda r: clean(r["id"])))
def test_any_jsonl_round_trips_or_is_a_one_line_error(tmp_path, records):
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps({**r, "text": "Kata " + r["text"]}) for r in records) + "\n", encoding="utf-8", errors="surrogatepass")
    articles, errors = collect([path], lang="en")
    assert len(articles) + len(errors) == len(records)
    assert all(isinstance(e, InputError) and "\n" not in str(e) for e in errors)
    by_id = {a.id: a for a in articles}
    for r in records:
        a = by_id.get(clean(r["id"]))
        if a is not None:
            assert a.text == clean("Kata " + r["text"]) and a.title == (clean(r["title"]) if r.get("title") else None)
            a.text.encode("utf-8"), a.id.encode("utf-8")


def test_an_impossible_date_in_a_file_name_is_no_date(tmp_path):
    (tmp_path / "floods-2023-02-31.txt").write_text(EN_TEXT)
    articles, _ = collect([tmp_path / "floods-2023-02-31.txt"])
    assert articles[0].date is None
