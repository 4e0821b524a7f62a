"""The build folder on disk: one writer at a time, and a build switched in whole or not at all.

What a build extracts is spilled into ``.OUT.spill-<pid>`` beside ``OUT`` (so memory stays flat), then the build is
written into a temporary sibling folder ``.OUT.tmp-<pid>`` and switched in with one atomic
``renameat2(RENAME_EXCHANGE)`` of the two folders (Linux), so ``OUT`` always holds a whole build, the old
one or the new one, never a mix, and stays a plain folder. Where the kernel or file system cannot swap two
folders, the old build is renamed aside (``.OUT.old-<pid>``) and the new one renamed in; a build that dies
between those two renames is put back by the next one. Writers take a lock first (``fcntl.flock`` on
``.OUT.lock`` beside ``OUT``); a second writer waits for it, up to a timeout. Under the lock, leftovers of
writers that died (temporary folders whose process is gone) are removed.
"""

from __future__ import annotations

import ctypes
import errno
import fcntl
import os
import re
import shutil
import stat
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from kg.errors import ResourceError, UsageError

LOCK_WAIT = 600.0  # seconds a second writer waits for the first
PAUSE_ENV = "KG_TEST_PAUSE_AT"
PAUSE_FOR_ENV = "KG_TEST_PAUSE_FOR"


def pause(stage: str) -> None:
    """Test hook: with ``KG_TEST_PAUSE_AT=<stage>`` in the environment, say so on stderr and sleep at ``stage``.

    The fault tests use it to kill a real build at a known point. Stages of ``kg build``: ``spill`` (half-way
    through extraction: the first article's triples spilled beside OUT), ``extract`` (articles read and
    extracted, nothing locked), ``locked`` (lock held, the previous build not yet read), one per output
    file before it is written (``triples.jsonl``, ``entities.jsonl``, ``articles.jsonl``, ``graph.ttl``,
    ``graph.kuzu``), ``switch`` (the new build complete beside the old) and ``switched`` (the new build in place,
    the old one not yet deleted). ``KG_TEST_PAUSE_FOR=<seconds>`` ends the pause after that long (default an hour).
    """
    if os.environ.get(PAUSE_ENV) == stage:
        sys.stderr.write(f"kg: paused at {stage}\n")
        sys.stderr.flush()
        time.sleep(float(os.environ.get(PAUSE_FOR_ENV, 3600)))


def target(out: str | os.PathLike) -> Path:
    """The real path of a build folder (a symbolic link to a folder is followed, so the folder itself is replaced)."""
    return Path(os.path.realpath(out))


@contextmanager
def locked(out: Path, wait: float = LOCK_WAIT, on_wait: Callable[[int | None], None] | None = None) -> Iterator[None]:
    """Hold the write lock of the build folder ``out``; wait up to ``wait`` seconds for another writer.

    ``on_wait(pid)`` is called once if the lock is busy (``pid`` of the holder, when known).
    """
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(out.parent / f".{out.name}.lock", os.O_RDWR | os.O_CREAT | os.O_CLOEXEC | os.O_NOFOLLOW, 0o644)
    except OSError as error:
        raise ResourceError(f"{out}: cannot lock the build folder: {os_reason(error)}") from error
    try:
        deadline = time.monotonic() + wait
        told = False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                holder = _holder(fd)
                if not told and on_wait is not None:
                    on_wait(holder)
                    told = True
                if time.monotonic() >= deadline:
                    who = f" (process {holder})" if holder else ""
                    raise ResourceError(f"{out}: another kg build{who} still holds the build folder after {wait:g} s; try again later or wait longer with --wait") from None
                time.sleep(0.1)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        yield
    finally:
        os.close(fd)  # releases the lock; the lock file stays (removing it would race with the next writer)


def check(out: Path, owns: Callable[[str], bool]) -> None:
    """Refuse an ``out`` that is a file, or a folder holding other things and no build (it would be replaced)."""
    if out.exists() and not out.is_dir():
        raise UsageError(f"{out}: is a file, not a build folder; choose a folder for -o")
    if out.is_dir() and not any(owns(p.name) for p in out.iterdir()) and any(not p.name.startswith(".") for p in out.iterdir()):
        raise UsageError(f"{out}: folder is not empty and holds no kg build; choose a new or empty folder for -o")


def clean(out: Path) -> None:
    """Remove what dead writers left beside ``out`` (call under the lock); put back a build left aside."""
    aside: list[tuple[float, Path]] = []
    pattern = re.compile(re.escape(f".{out.name}.") + r"(tmp|old|spill)-(\d+)")
    for p in out.parent.iterdir():
        m = pattern.fullmatch(p.name)
        if not m or (int(m.group(2)) != os.getpid() and _alive(int(m.group(2)))):
            continue
        if m.group(1) == "spill" and int(m.group(2)) == os.getpid():
            continue  # this build's own extracted triples, waiting to be resolved
        if m.group(1) == "old" and p.is_dir() and not p.is_symlink():
            aside.append((p.stat().st_mtime, p))
        else:
            remove(p)
    if aside and not os.path.lexists(out):
        aside.sort()
        os.rename(aside.pop()[1], out)  # died between "old build aside" and "new build in": the old one comes back
    for _, p in aside:
        remove(p)


@contextmanager
def spill(out: Path) -> Iterator[Path]:
    """A new empty folder beside ``out`` for what a build extracts before it takes the lock; removed at the end.

    It is on the same file system as the build (a full disk shows up while extracting, not after) and is
    named ``.OUT.spill-<pid>``, so a build killed while extracting leaves it to the next build's :func:`clean`.
    """
    path = out.parent / f".{out.name}.spill-{os.getpid()}"
    out.parent.mkdir(parents=True, exist_ok=True)
    remove(path)
    path.mkdir()
    try:
        yield path
    finally:
        remove(path)


@contextmanager
def staged(out: Path, keep: Callable[[str], bool]) -> Iterator[Path]:
    """A new empty folder beside ``out``; when the block ends without error it replaces ``out`` atomically.

    Entries of the old ``out`` for which ``keep(name)`` is true (files kg does not write, e.g. exports) are
    carried over into the new build; on any error the new folder is removed and ``out`` is untouched.
    """
    tmp = out.parent / f".{out.name}.tmp-{os.getpid()}"
    remove(tmp)
    tmp.mkdir()
    try:
        if out.is_dir():
            os.chmod(tmp, stat.S_IMODE(out.stat().st_mode))
        yield tmp
        if out.is_dir():
            _carry_over(out, tmp, keep)
        _fsync(tmp)
        pause("switch")
        _switch(tmp, out)
    except BaseException:
        remove(tmp)
        raise


def remove(path: Path) -> None:
    """Delete a file or folder if it is there; errors are ignored (a leftover is cleaned by the next build)."""
    try:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
    except OSError:
        pass


def os_reason(error: OSError) -> str:
    """A one-line reason for an OSError, with what to do for the common ones."""
    reason = error.strerror or str(error)
    hint = {
        errno.ENOSPC: "free some disk space",
        errno.EDQUOT: "free some disk space",
        errno.EROFS: "choose a writable folder",
        errno.EACCES: "no permission; choose another folder",
        errno.EPERM: "no permission; choose another folder",
    }.get(error.errno)
    where = f" ({error.filename})" if error.filename else ""
    return f"{reason}{where}" + (f"; {hint}" if hint else "")


def _switch(tmp: Path, out: Path) -> None:
    if not os.path.lexists(out):
        os.rename(tmp, out)
        pause("switched")
    elif _exchange(tmp, out):
        pause("switched")
        remove(tmp)  # now the old build
    else:
        old = out.parent / f".{out.name}.old-{os.getpid()}"
        os.rename(out, old)
        os.rename(tmp, out)
        pause("switched")
        remove(old)
    try:
        _fsync(out.parent)
    except OSError:
        pass  # the switch is done; durability of the directory entry is best effort


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically (Linux renameat2); False where the system cannot, so the caller falls back."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):
        return False
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code), str(b))


def _carry_over(old: Path, new: Path, keep: Callable[[str], bool]) -> None:
    for entry in old.iterdir():
        if entry.name.startswith(".") or not keep(entry.name) or os.path.lexists(new / entry.name):
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.copytree(entry, new / entry.name, symlinks=True)
            continue
        try:
            os.link(entry, new / entry.name, follow_symlinks=False)
        except OSError:
            shutil.copy2(entry, new / entry.name, follow_symlinks=False)


def _fsync(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _holder(fd: int) -> int | None:
    try:
        text = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
        return int(text) if text.isdigit() else None
    except OSError:
        return None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
