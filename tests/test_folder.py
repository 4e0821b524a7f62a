"""The build folder on disk: switched in whole, one writer at a time, leftovers of dead writers cleaned."""

from __future__ import annotations

import os
import subprocess
import sys
import threading

import pytest

from kg import folder
from kg.errors import ResourceError, UsageError


def owned(name: str) -> bool:
    return name in ("a.txt", "b.txt")


def make_build(out, content: str) -> None:
    out.mkdir()
    (out / "a.txt").write_text(content)
    (out / "b.txt").write_text(content)


def files(out) -> dict[str, str]:
    return {p.name: p.read_text() for p in sorted(out.iterdir())}


def leftovers(out) -> list[str]:
    return sorted(p.name for p in out.parent.iterdir() if p.name.startswith(f".{out.name}.") and not p.name.endswith(".lock"))


def test_staged_build_replaces_the_old_one_whole_and_keeps_foreign_files(tmp_path):
    out = tmp_path / "out"
    make_build(out, "old")
    (out / "graph.trig").write_text("an export")
    inode = out.stat().st_ino
    with folder.staged(out, keep=lambda name: not owned(name)) as new:
        (new / "a.txt").write_text("new")
        (new / "b.txt").write_text("new")
        assert files(out) == {"a.txt": "old", "b.txt": "old", "graph.trig": "an export"}  # untouched until the switch
    assert files(out) == {"a.txt": "new", "b.txt": "new", "graph.trig": "an export"}
    assert out.stat().st_ino != inode and leftovers(out) == []


def test_an_error_inside_leaves_the_old_build_and_no_temporary_folder(tmp_path):
    out = tmp_path / "out"
    make_build(out, "old")
    with pytest.raises(OSError):
        with folder.staged(out, keep=lambda name: False) as new:
            (new / "a.txt").write_text("half")
            raise OSError(28, "No space left on device")
    assert files(out) == {"a.txt": "old", "b.txt": "old"} and leftovers(out) == []


def test_without_an_atomic_swap_the_fallback_still_switches(tmp_path, monkeypatch):
    monkeypatch.setattr(folder, "_exchange", lambda a, b: False)
    out = tmp_path / "out"
    make_build(out, "old")
    with folder.staged(out, keep=lambda name: False) as new:
        (new / "a.txt").write_text("new")
    assert files(out) == {"a.txt": "new"} and leftovers(out) == []


def test_a_writer_that_died_between_the_fallback_renames_is_repaired(tmp_path):
    out = tmp_path / "out"
    make_build(out, "old")
    dead = _dead_pid()
    os.rename(out, tmp_path / f".out.old-{dead}")  # the old build aside, the new one never renamed in
    (tmp_path / f".out.tmp-{dead}").mkdir()
    folder.clean(out)
    assert files(out) == {"a.txt": "old", "b.txt": "old"} and leftovers(out) == []


def test_clean_removes_only_leftovers_of_dead_processes(tmp_path):
    out = tmp_path / "out"
    make_build(out, "old")
    (tmp_path / f".out.tmp-{_dead_pid()}").mkdir()
    live = tmp_path / f".out.tmp-{os.getppid()}"
    live.mkdir()
    folder.clean(out)
    assert leftovers(out) == [live.name]


def test_check_refuses_a_file_or_a_folder_with_other_things(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(UsageError, match="is a file"):
        folder.check(tmp_path / "file", owned)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "thesis.tex").write_text("x")
    with pytest.raises(UsageError, match="not empty and holds no kg build"):
        folder.check(tmp_path / "docs", owned)
    (tmp_path / "empty").mkdir()
    folder.check(tmp_path / "empty", owned)
    folder.check(tmp_path / "new", owned)
    make_build(tmp_path / "build", "x")
    folder.check(tmp_path / "build", owned)


def test_a_second_writer_waits_for_the_lock(tmp_path):
    out = tmp_path / "out"
    order: list[str] = []
    waited: list[int | None] = []
    with folder.locked(out):
        second = threading.Thread(target=lambda: _lock_and_record(out, order, waited))
        second.start()
        second.join(0.5)
        assert second.is_alive(), "the second writer must wait"
        order.append("first done")
    second.join(10)
    assert order == ["first done", "second"] and waited == [os.getpid()]


def test_a_lock_held_too_long_is_one_clear_error(tmp_path):
    out = tmp_path / "out"
    with folder.locked(out):
        with pytest.raises(ResourceError, match=rf"another kg build \(process {os.getpid()}\) still holds .* after 0.3 s"):
            with folder.locked(out, wait=0.3):
                pass


def test_pause_hook_sleeps_only_at_its_stage(monkeypatch, capsys):
    monkeypatch.setenv(folder.PAUSE_ENV, "graph.ttl")
    monkeypatch.setenv(folder.PAUSE_FOR_ENV, "0")
    folder.pause("triples.jsonl")
    assert capsys.readouterr().err == ""
    folder.pause("graph.ttl")
    assert capsys.readouterr().err == "kg: paused at graph.ttl\n"


def _lock_and_record(out, order, waited):
    with folder.locked(out, on_wait=waited.append):
        order.append("second")


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid
