"""The kg command end to end, run as users run it (a subprocess), on articles written for the tests."""

from __future__ import annotations

import json
import os
import select
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
EN = "Prime Minister Ada Obi dismissed Finance Minister Peter Okoye on Monday. Police arrested two protesters in Abuja."


def run(*args, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True, text=True, input=stdin, timeout=600)


def command_names():
    return sorted(cli.commands)


@pytest.mark.parametrize("name", command_names())
def test_every_command_has_help_with_an_example(name):
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0
    assert "Examples:" in result.output and f"kg {name}" in result.output
    assert cli.commands[name].help, f"kg {name} has no description"


def test_top_level_help():
    result = run("--help")
    assert result.returncode == 0 and "Examples:" in result.stdout
    for name in command_names():
        assert name in result.stdout


def test_build_then_query(tmp_path):
    out = tmp_path / "out"
    result = run("build", EXAMPLES, "-o", out)
    assert result.returncode == 0, result.stderr
    assert "2 documents" in result.stdout and "triples" in result.stdout
    for name in ("triples.jsonl", "entities.jsonl", "articles.jsonl", "graph.ttl", "graph.kuzu"):
        assert (out / name).exists(), name
    triples = [json.loads(line) for line in (out / "triples.jsonl").read_text().splitlines()]
    assert triples
    assert {"doc_id", "subject", "predicate", "object", "evidence", "sentence_start", "sentence_end", "lang", "date", "confidence"} <= set(triples[0])
    dismissed = [t for t in triples if t["predicate"] == "dismissed"]
    assert dismissed, "both example articles report a dismissal"
    result = run("query", out, "MATCH (p:Person)-[r:DISMISSED]->(o) RETURN p.name, o.name ORDER BY p.name", "--format", "json")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert sorted((r["p.name"], r["o.name"]) for r in rows) == sorted((t["subject"]["name"], t["object"]["name"]) for t in dismissed)
    csv_out = run("query", out, "MATCH (a:Article) RETURN a.id ORDER BY a.id", "--format", "csv")
    assert csv_out.stdout.splitlines()[0] == "a.id" and len(csv_out.stdout.splitlines()) == 3


def test_bad_inputs_fail_loudly_but_good_ones_are_built(tmp_path):
    bad = {
        "empty.txt": b"",
        "binary.txt": bytes(range(256)),
        "latin1.txt": "Le ministre a été reçu à Genève.".encode("latin-1"),
        "scripts.html": b"<html><script>var a = 1;</script></html>",
    }
    for name, content in bad.items():
        (tmp_path / name).write_bytes(content)
    (tmp_path / "feed.jsonl").write_text(json.dumps({"id": "ok1", "text": EN, "date": "2022-01-10"}) + "\n{broken\n")
    out = tmp_path / "out"
    result = run("build", *(tmp_path / n for n in bad), tmp_path / "feed.jsonl", tmp_path / "missing.txt", "-o", out)
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("kg: error:")]
    assert len(errors) == 6, result.stderr
    for name in [*bad, "feed.jsonl:2", "missing.txt"]:
        assert any(name in line for line in errors), name
    articles = [json.loads(line) for line in (out / "articles.jsonl").read_text().splitlines()]
    assert [a["id"] for a in articles] == ["ok1"]
    assert not [p for p in out.iterdir() if p.name.startswith(".")], "no temporary files are left behind"


def test_nothing_readable_writes_nothing(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run("build", tmp_path / "empty.txt", "-o", tmp_path / "out")
    assert result.returncode == 1 and "no article could be read" in result.stderr
    assert not (tmp_path / "out").exists()


def test_failed_rebuild_keeps_the_earlier_build(tmp_path):
    out = tmp_path / "out"
    assert run("build", EXAMPLES, "-o", out).returncode == 0
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    (tmp_path / "empty.txt").write_bytes(b"")
    assert run("build", tmp_path / "empty.txt", "-o", out).returncode == 1
    after = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    assert after == before


def test_stdin_and_extract_table(tmp_path):
    result = run("extract", "-", "--lang", "en", "--date", "2022-01-10", "--format", "table", stdin=EN)
    assert result.returncode == 0, result.stderr
    assert "dismissed" in result.stdout and "2022-01-10" in result.stdout


def test_query_without_build_is_one_line_error(tmp_path):
    result = run("query", tmp_path, "MATCH (n) RETURN n")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "kg build" in result.stderr


def test_huge_unpunctuated_article_does_not_stop_the_build(tmp_path):
    huge = tmp_path / "huge.txt"
    huge.write_text(("the minister said police arrested protesters in the city " * 30000).strip() + ".", encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text(EN, encoding="utf-8")
    out = tmp_path / "out"
    result = run("build", huge, good, "-o", out, "--lang", "en")
    assert result.returncode == 0, result.stderr
    triples = [json.loads(line) for line in (out / "triples.jsonl").read_text().splitlines()]
    assert {t["doc_id"] for t in triples} == {"good"}


# ---------- faults: killed builds, concurrent builds, full disks, hostile inputs (issue 12) ----------

ID_A = "Presiden Ani Wijaya memecat Menteri Keuangan Budi Santoso pada hari Senin. Polisi menangkap dua demonstran di Bandung."
ID_B = "Gubernur Citra Lestari mengunjungi Surabaya pada hari Selasa. Menteri Dodi Pratama mengkritik Gubernur Citra Lestari."
STAGES = ["extract", "locked", "triples.jsonl", "entities.jsonl", "articles.jsonl", "graph.ttl", "graph.kuzu", "switch"]


def snapshot(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def article_ids(out: Path) -> set[str]:
    return {json.loads(line)["id"] for line in (out / "articles.jsonl").read_text().splitlines()}


def leftovers(out: Path) -> list[str]:
    return sorted(p.name for p in out.parent.iterdir() if p.name.startswith(f".{out.name}.") and not p.name.endswith(".lock"))


def start(*args, env: dict | None = None) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "kg", *map(str, args)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, **(env or {})})


def wait_for_line(process: subprocess.Popen, text: str, timeout: float = 120) -> None:
    """Read the process's stderr until a line containing ``text`` (select: never block past the timeout)."""
    deadline = time.monotonic() + timeout
    seen = ""
    while time.monotonic() < deadline:
        ready, _, _ = select.select([process.stderr], [], [], 0.5)
        if ready:
            line = process.stderr.readline()
            seen += line
            if text in line:
                return
            if not line and process.poll() is not None:
                break
    process.kill()
    raise AssertionError(f"never printed {text!r}; stderr so far: {seen}")


@pytest.fixture
def articles(tmp_path) -> dict[str, Path]:
    paths = {}
    for name, text in {"a-2024-05-06": ID_A, "b-2024-05-07": ID_B}.items():
        paths[name] = tmp_path / f"{name}.txt"
        paths[name].write_text(text, encoding="utf-8")
    return paths


def test_killed_builds_leave_the_previous_build_byte_identical(tmp_path, articles):
    out = tmp_path / "out"
    assert run("build", articles["a-2024-05-06"], "-o", out).returncode == 0
    before = snapshot(out)
    for stage in STAGES:
        build = start("build", articles["b-2024-05-07"], "-o", out, env={"KG_TEST_PAUSE_AT": stage})
        wait_for_line(build, f"paused at {stage}")
        build.send_signal(signal.SIGKILL)
        build.wait()
        assert snapshot(out) == before, f"killed at {stage}, the build folder changed"
    # after eight kills (their temporary folders still beside OUT) the next build succeeds and cleans up
    result = run("build", articles["b-2024-05-07"], "-o", out)
    assert result.returncode == 0, result.stderr
    assert article_ids(out) == {"a-2024-05-06", "b-2024-05-07"} and leftovers(out) == []


def children(pid: int) -> list[int]:
    found = []
    for stat_file in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat_file.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat_file.parent.name))
    return found


def test_a_streaming_build_with_workers_killed_half_way(tmp_path, articles):
    """SIGKILL while two worker processes extract and triples are being spilled: the previous build stays
    byte-identical, the workers end, and the next build succeeds and removes the spill."""
    out = tmp_path / "out"
    assert run("build", articles["a-2024-05-06"], "-o", out).returncode == 0
    before = snapshot(out)
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"id": f"n{i}", "text": (ID_B + " ") * 40, "lang": "id"}) + "\n" for i in range(12)))
    build = start("build", feed, "-o", out, "--jobs", "2", env={"KG_TEST_PAUSE_AT": "spill"})
    wait_for_line(build, "paused at spill")
    workers = children(build.pid)
    assert len(workers) >= 2, "the build should run its extraction in worker processes"
    assert [p for p in tmp_path.iterdir() if p.name.startswith(".out.spill-")], "triples are spilled beside OUT"
    build.send_signal(signal.SIGKILL)
    build.wait()
    assert snapshot(out) == before
    deadline = time.monotonic() + 30
    while any(Path(f"/proc/{pid}").exists() and "Z" not in Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
              for pid in workers if Path(f"/proc/{pid}/stat").exists()):
        assert time.monotonic() < deadline, "worker processes outlived the killed build"
        time.sleep(0.2)
    result = run("build", feed, "-o", out, "--jobs", "2")
    assert result.returncode == 0, result.stderr
    assert article_ids(out) == {"a-2024-05-06", *(f"n{i}" for i in range(12))} and leftovers(out) == []


def test_a_build_killed_after_the_switch_is_the_new_build(tmp_path, articles):
    out = tmp_path / "out"
    assert run("build", articles["a-2024-05-06"], "-o", out).returncode == 0
    build = start("build", articles["b-2024-05-07"], "-o", out, env={"KG_TEST_PAUSE_AT": "switched"})
    wait_for_line(build, "paused at switched")
    build.send_signal(signal.SIGKILL)
    build.wait()
    assert article_ids(out) == {"a-2024-05-06", "b-2024-05-07"}
    assert run("query", out, "MATCH (a:Article) RETURN count(a)", "--format", "csv").stdout.splitlines()[1] == "2"
    assert run("build", articles["b-2024-05-07"], "-o", out).returncode == 0 and leftovers(out) == []


def test_two_concurrent_builds_keep_both_article_sets(tmp_path, articles):
    out = tmp_path / "out"
    assert run("build", EXAMPLES, "-o", out).returncode == 0
    # the first holds the lock for 20 s once it has it: the second (models loaded, articles extracted) arrives
    # while it is held, and says it waits
    first = start("build", articles["a-2024-05-06"], "-o", out, env={"KG_TEST_PAUSE_AT": "locked", "KG_TEST_PAUSE_FOR": "20"})
    wait_for_line(first, "paused at locked")
    second = start("build", articles["b-2024-05-07"], "-o", out)
    wait_for_line(second, "being built by another kg process")
    _, second_err = second.communicate(timeout=300)
    _, first_err = first.communicate(timeout=300)
    assert first.returncode == 0 and second.returncode == 0, first_err + second_err
    examples = {p.stem for p in EXAMPLES.iterdir()}
    assert article_ids(out) == examples | {"a-2024-05-06", "b-2024-05-07"}


def test_a_lock_held_too_long_is_one_line_and_exit_3(tmp_path, articles):
    out = tmp_path / "out"
    first = start("build", articles["a-2024-05-06"], "-o", out, env={"KG_TEST_PAUSE_AT": "locked"})
    try:
        wait_for_line(first, "paused at locked")
        result = run("build", articles["b-2024-05-07"], "-o", out, "--wait", "1")
        assert result.returncode == 3
        assert result.stderr.splitlines()[-1].startswith("kg: error:") and "another kg build" in result.stderr
        assert "Traceback" not in result.stderr
    finally:
        first.kill()
        first.wait()


FAULT = """
import errno, sys
import kg.{module} as target
def fail(*args, **kwargs):
    raise {error}
target.{function} = fail
from kg.cli import main
sys.argv = ["kg", *sys.argv[1:]]
main()
"""


def run_with_fault(module: str, function: str, error: str, *args) -> subprocess.CompletedProcess:
    """The real CLI in a subprocess with one library function replaced by one that raises ``error``."""
    code = FAULT.format(module=module, function=function, error=error)
    return subprocess.run([sys.executable, "-c", code, *map(str, args)], capture_output=True, text=True, timeout=600)


@pytest.mark.parametrize(
    "module, function, error, words",
    [
        ("rdf", "write", 'OSError(errno.ENOSPC, "No space left on device")', "No space left on device; free some disk space"),
        ("store", "write_store", 'OSError(errno.EROFS, "Read-only file system")', "Read-only file system"),
        ("pipeline", "_merge", "MemoryError()", "out of memory"),
    ],
)
def test_environment_errors_are_one_line_exit_3_and_keep_the_old_build(tmp_path, articles, module, function, error, words):
    out = tmp_path / "out"
    assert run("build", articles["a-2024-05-06"], "-o", out).returncode == 0
    before = snapshot(out)
    result = run_with_fault(module, function, error, "build", articles["b-2024-05-07"], "-o", out)
    assert result.returncode == 3, result.stderr
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("kg: error:") and words in result.stderr
    assert snapshot(out) == before and leftovers(out) == []


def test_debug_shows_the_traceback(tmp_path, articles):
    result = run_with_fault("rdf", "write", 'OSError(errno.ENOSPC, "No space left on device")',
                            "--debug", "build", articles["a-2024-05-06"], "-o", tmp_path / "out")
    assert result.returncode != 0 and "Traceback" in result.stderr


@pytest.fixture
def tiny_disk(tmp_path):
    """A 32 MB tmpfs (needs root and a kernel that lets this process mount); skipped elsewhere."""
    mount = tmp_path / "tiny"
    mount.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=32m", "tmpfs", str(mount)], capture_output=True).returncode:
        pytest.skip("cannot mount a tmpfs here (needs root); the simulated ENOSPC test covers the message")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(disk: Path, leave: int) -> None:
    vfs = os.statvfs(disk)
    (disk / f"filler-{leave}").write_bytes(b"x" * max(vfs.f_bavail * vfs.f_frsize - leave, 0))


def test_a_full_disk_is_one_line_and_the_old_build_stays(tiny_disk, articles):
    out = tiny_disk / "out"
    assert run("build", EXAMPLES, "-o", out).returncode == 0  # about 10 MB of the 32
    before = snapshot(out)
    for leave in (4 << 20, 8 << 10):  # too little for the store (Kùzu alone would spin forever), then for anything
        fill(tiny_disk, leave)
        result = run("build", articles["b-2024-05-07"], "-o", out)
        assert result.returncode == 3, result.stderr
        assert result.stderr.count("\n") == 1 and "No space left on device" in result.stderr
        assert snapshot(out) == before and leftovers(out) == []
    subprocess.run(["mount", "-o", "remount,ro", str(tiny_disk)], check=True)
    result = run("build", articles["b-2024-05-07"], "-o", out)
    assert result.returncode == 3 and result.stderr.count("\n") == 1 and "Read-only file system" in result.stderr


def test_graph_ttl_has_the_same_mode_as_the_other_files(tmp_path, articles):
    out = tmp_path / "out"
    result = subprocess.run([sys.executable, "-m", "kg", "build", str(articles["a-2024-05-06"]), "-o", str(out)],
                            capture_output=True, text=True, timeout=600, preexec_fn=lambda: os.umask(0o022))
    assert result.returncode == 0, result.stderr
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in out.iterdir()}
    assert set(modes.values()) == {0o644}, modes


def test_a_folder_that_is_not_a_build_is_refused(tmp_path, articles):
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "todo.md").write_text("buy milk")
    result = run("build", articles["a-2024-05-06"], "-o", tmp_path / "notes")
    assert result.returncode == 2 and "holds no kg build" in result.stderr
    assert [p.name for p in (tmp_path / "notes").iterdir()] == ["todo.md"]


def test_bad_neo4j_uri_scheme_is_a_usage_error(tmp_path):
    for args in (["load", tmp_path, "--uri", "http://localhost:7474"], ["query", "--uri", "http://localhost:7474", "MATCH (n) RETURN n"]):
        result = run(*args)
        assert result.returncode == 2, result.stderr
        assert result.stderr.count("\n") == 1 and "bolt://" in result.stderr and "Traceback" not in result.stderr


def test_fifo_device_and_oversized_inputs_are_reported_without_hanging(tmp_path, articles):
    feed = tmp_path / "in"
    feed.mkdir()
    os.mkfifo(feed / "pipe.txt")
    (feed / "zero.txt").symlink_to("/dev/zero")
    (feed / "broken.json").write_text('{"id": "x", "text": ')
    (feed / "big.txt").write_text(ID_B * 100, encoding="utf-8")
    (feed / "ok.txt").write_text(ID_A, encoding="utf-8")
    out = tmp_path / "out"
    result = run("build", feed, "-o", out, "--max-bytes", "4K")
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("kg: error:")]
    assert len(errors) == 4, result.stderr
    for name, words in {"pipe.txt": "FIFO", "zero.txt": "character device", "broken.json": "broken JSON", "big.txt": "--max-bytes"}.items():
        assert any(name in line and words in line for line in errors), (name, result.stderr)
    assert article_ids(out) == {"ok"}
    assert run("build", feed / "big.txt", "-o", out, "--max-bytes", "1M").returncode == 0
    assert article_ids(out) == {"ok", "big"}


@pytest.mark.parametrize(
    "field, value, words",
    [
        ("date", 20220110, "'date' must be a string or null, not a number (20220110)"),
        ("title", {}, "'title' must be a string or null, not an object"),
        ("url", 5, "'url' must be a string or null, not a number"),
        ("date", "yesterday", "'date' 'yesterday' is not a date; expected YYYY-MM-DD"),
    ],
)
def test_ill_typed_jsonl_fields_are_one_line_naming_file_line_and_field(tmp_path, field, value, words):
    feed = tmp_path / "feed.jsonl"
    good = {"id": "ok", "text": ID_A, "lang": "id"}
    feed.write_text(json.dumps(good) + "\n" + json.dumps({"id": "bad", "text": ID_B, field: value}) + "\n", encoding="utf-8")
    result = run("build", feed, "-o", tmp_path / "out")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and f"feed.jsonl:2: {words}" in result.stderr
    assert article_ids(tmp_path / "out") == {"ok"}


def test_extract_min_confidence_keeps_only_triples_at_or_above_it(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Presiden Rusia Vladimir Putin memecat Menteri Pertahanan Sergei Shoigu pada Senin.", encoding="utf-8")
    every = [json.loads(line) for line in run("extract", str(article), "--lang", "id").stdout.splitlines()]
    assert every
    cut = sorted({t["confidence"] for t in every})[-1]
    kept = [json.loads(line) for line in run("extract", str(article), "--lang", "id", "--min-confidence", str(cut)).stdout.splitlines()]
    assert len(kept) == sum(t["confidence"] >= cut for t in every) and all(t["confidence"] >= cut for t in kept)
    assert run("extract", str(article), "--min-confidence", "1.5").returncode == 2


def test_build_min_confidence_writes_only_triples_at_or_above_it(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Presiden Rusia Vladimir Putin memecat Menteri Pertahanan Sergei Shoigu pada Senin.", encoding="utf-8")
    assert run("build", article, "--lang", "id", "-o", tmp_path / "all").returncode == 0
    every = [json.loads(line) for line in (tmp_path / "all" / "triples.jsonl").read_text(encoding="utf-8").splitlines()]
    cut = max(t["confidence"] for t in every)
    assert cut > min(t["confidence"] for t in every)  # the sentence gives triples of two confidences
    assert run("build", article, "--lang", "id", "--min-confidence", str(cut), "-o", tmp_path / "sure").returncode == 0
    kept = [json.loads(line) for line in (tmp_path / "sure" / "triples.jsonl").read_text(encoding="utf-8").splitlines()]
    assert kept and len(kept) == sum(t["confidence"] >= cut for t in every) and all(t["confidence"] >= cut for t in kept)
