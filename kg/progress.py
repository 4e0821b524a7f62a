"""Progress of kg's long steps: a tqdm bar on a terminal, else one log line on stderr every so often.

A step that ends before the first interval prints nothing, so short runs keep a clean stderr.
"""

from __future__ import annotations

import sys
import time

LOG_EVERY = 30.0  # seconds between log lines when stderr is not a terminal


class Progress:
    """Count the work of one step (``with Progress("extract", "doc") as p: p.update(1, sentences=12)``).

    ``enabled=None`` shows a bar on a terminal and logs otherwise; ``False`` shows nothing; ``True`` always
    shows (a bar on a terminal, log lines elsewhere). Extra counters given to ``update`` are summed and shown.
    """

    def __init__(self, step: str, unit: str, enabled: bool | None = None, total: int | None = None,
                 every: float = LOG_EVERY, stream=None):
        self.step, self.unit, self.total, self.every = step, unit, total, every
        self.stream = stream or sys.stderr
        self.count = 0
        self.extra: dict[str, int] = {}
        self.started = self._last = time.monotonic()
        self._bar = None
        self._log = enabled is not False
        if enabled is not False and _isatty(self.stream):
            from tqdm import tqdm

            self._bar = tqdm(desc=step, unit=unit, total=total, file=self.stream, leave=False, dynamic_ncols=True)
            self._log = False

    def update(self, n: int = 1, **extra: int) -> None:
        self.count += n
        for key, value in extra.items():
            self.extra[key] = self.extra.get(key, 0) + value
        if self._bar is not None:
            self._bar.update(n)
            if extra:
                self._bar.set_postfix(self.extra, refresh=False)
        elif self._log and time.monotonic() - self._last >= self.every:
            self._last = time.monotonic()
            self.stream.write(f"kg: {self.line()}\n")
            self.stream.flush()

    def line(self) -> str:
        """``extract: 1,200 doc (of 5,000), 15,300 sentences, 130 sentences/s, 95 s``."""
        seconds = max(time.monotonic() - self.started, 1e-9)
        parts = [f"{self.count:,} {self.unit}" + (f" (of {self.total:,})" if self.total else "")]
        parts += [f"{value:,} {key}" for key, value in self.extra.items()]
        rate_of, rate = (next(iter(self.extra.items())) if self.extra else (self.unit, self.count))
        parts.append(f"{rate / seconds:,.0f} {rate_of}/s")
        return f"{self.step}: {', '.join(parts)}, {seconds:.0f} s"

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _isatty(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
