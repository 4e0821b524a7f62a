"""Progress of long steps: a bar on a terminal, a periodic one-line log elsewhere, nothing when switched off."""

from __future__ import annotations

import io

from kg.progress import Progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_log_line_per_interval_when_not_on_a_terminal():
    stream = io.StringIO()
    with Progress("extract", "doc", every=0.0, stream=stream) as shown:
        shown.update(1, sentences=12)
        shown.update(2, sentences=30)
    lines = stream.getvalue().splitlines()
    assert len(lines) == 2 and all(line.startswith("kg: extract: ") for line in lines)
    assert "3 doc" in lines[-1] and "42 sentences" in lines[-1] and "sentences/s" in lines[-1]


def test_short_steps_and_switched_off_progress_print_nothing():
    for enabled, every in ((None, 30.0), (False, 0.0)):
        stream = io.StringIO()
        with Progress("write", "triple", enabled, every=every, stream=stream) as shown:
            shown.update(5)
        assert stream.getvalue() == ""


def test_a_bar_on_a_terminal():
    stream = Terminal()
    with Progress("extract", "doc", stream=stream) as shown:
        shown.update(3, sentences=7)
    assert "extract" in stream.getvalue() and "kg: extract" not in stream.getvalue()
