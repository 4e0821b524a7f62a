"""Build, start and stop the real Neo4j 5.26 server of neo4j-server/ (test and benchmark tooling, not kg itself).

    python scripts/neo4j_server.py build                      # resolve Maven artifacts, compile the launcher
    python scripts/neo4j_server.py start --dir .neo4j         # start in the background, print the bolt URI
    python scripts/neo4j_server.py stop --dir .neo4j          # stop it by the process id it recorded
    python scripts/neo4j_server.py run --bolt-port 7687 --http-port 7474   # foreground until Ctrl-C
    python scripts/neo4j_server.py admin --dir .neo4j -- database import full @csv/neo4j-admin.args neo4j

The server listens on 127.0.0.1 only. Authentication is on when NEO4J_PASSWORD is set (user ``neo4j``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROJECT = ROOT / "neo4j-server"
CLASSES = PROJECT / "target" / "classes"
CLASSPATH_FILE = PROJECT / "target" / "classpath.txt"
MAIN_CLASS = "kg.neo4jserver.TestServer"
READY = "READY "


class ServerError(RuntimeError):
    """The test server could not be built, started or stopped."""


def missing_tools() -> str | None:
    """Why the server cannot be built here (no java or mvn on PATH), or None when it can."""
    missing = [tool for tool in ("java", "mvn") if shutil.which(tool) is None]
    if missing:
        return f"the Neo4j test server needs {' and '.join(missing)} on PATH (run .ci/neo4j-setup.sh)"
    return None


def _sources() -> list[Path]:
    return [PROJECT / "pom.xml", *sorted((PROJECT / "src").rglob("*.java"))]


def _is_built() -> bool:
    main = CLASSES / (MAIN_CLASS.replace(".", "/") + ".class")
    if not (main.exists() and CLASSPATH_FILE.exists()):
        return False
    built = min(main.stat().st_mtime, CLASSPATH_FILE.stat().st_mtime)
    return all(src.stat().st_mtime <= built for src in _sources())


def build(force: bool = False) -> str:
    """Compile the launcher and resolve Neo4j's jars with Maven; return the Java classpath.

    Tries offline first (``mvn -o``: everything already in ~/.m2) and goes to Maven Central only when
    something is missing.
    """
    reason = missing_tools()
    if reason:
        raise ServerError(reason)
    if force or not _is_built():
        goals = ["-B", "-q", "-f", str(PROJECT / "pom.xml"), "compile", "dependency:build-classpath",
                 f"-Dmdep.outputFile={CLASSPATH_FILE}"]
        offline = subprocess.run(["mvn", "-o", *goals], capture_output=True, text=True)
        if offline.returncode != 0:
            online = subprocess.run(["mvn", *goals], capture_output=True, text=True)
            if online.returncode != 0:
                tail = (online.stdout + online.stderr).strip().splitlines()[-15:]
                raise ServerError("mvn could not build neo4j-server/:\n" + "\n".join(tail))
        # A no-op compile keeps old timestamps; touch so _is_built sees this build as current.
        os.utime(CLASSPATH_FILE)
        (CLASSES / (MAIN_CLASS.replace(".", "/") + ".class")).touch()
    return f"{CLASSES}{os.pathsep}{CLASSPATH_FILE.read_text(encoding='utf-8').strip()}"


@dataclass
class Neo4jServer:
    """A running test server: its process, addresses and directory (the store is in ``directory/data``)."""

    pid: int
    bolt_uri: str
    http_uri: str
    directory: Path
    user: str = "neo4j"
    password: str = ""
    _process: subprocess.Popen | None = field(default=None, repr=False)

    @property
    def auth(self) -> tuple[str, str]:
        return (self.user, self.password)

    @property
    def bolt_port(self) -> int:
        return int(self.bolt_uri.rsplit(":", 1)[1])

    @property
    def http_port(self) -> int:
        return int(self.http_uri.rsplit(":", 1)[1])

    def alive(self) -> bool:
        if self._process is not None:
            return self._process.poll() is None
        return _is_our_server(self.pid)

    def stop(self, timeout: float = 60) -> None:
        """Shut down cleanly (SIGTERM); SIGKILL if it has not ended after ``timeout`` seconds."""
        self._signal(signal.SIGTERM, timeout)

    def kill(self) -> None:
        """End the JVM at once with SIGKILL, as a crash would (no shutdown, no checkpoint)."""
        self._signal(signal.SIGKILL, 30)

    def _signal(self, sig: int, timeout: float) -> None:
        if not self.alive():
            return
        os.kill(self.pid, sig)
        deadline = time.monotonic() + timeout
        while self.alive():
            if time.monotonic() > deadline:
                os.kill(self.pid, signal.SIGKILL)
                deadline = time.monotonic() + 30
            time.sleep(0.1)
        if self._process is not None:
            self._process.wait()
        (self.directory / "server.pid").unlink(missing_ok=True)


def _is_our_server(pid: int) -> bool:
    """True when ``pid`` is alive and is a TestServer JVM (a recycled pid must not be signalled)."""
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    zombie = any(line.startswith("State:") and "Z" in line.split()[1] for line in status.splitlines())
    return MAIN_CLASS.encode() in cmdline and not zombie


def start(
    directory: str | Path,
    bolt_port: int = 0,
    http_port: int = 0,
    password: str | None = None,
    heap: str = "1g",
    page_cache: str = "64m",
    timeout: float = 180,
) -> Neo4jServer:
    """Start a server on ``directory`` (created if needed) and return once it answers a Bolt query.

    Port 0 picks a free port. An existing store in ``directory/data`` is reused (and recovered after a
    crash). The server runs in its own session, so it outlives a parent that does not stop it.
    """
    directory = Path(directory).resolve()
    directory.mkdir(parents=True, exist_ok=True)
    classpath = build()
    env = {k: v for k, v in os.environ.items() if k != "NEO4J_PASSWORD"}
    if password:
        env["NEO4J_PASSWORD"] = password
    out = directory / "server.out"
    command = [
        "java", f"-Xmx{heap}", "-XX:+UseG1GC", "-cp", classpath, MAIN_CLASS,
        "--dir", str(directory), "--bolt-port", str(bolt_port), "--http-port", str(http_port),
        "--page-cache", page_cache,
    ]
    with open(out, "w", encoding="utf-8") as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                   env=env, start_new_session=True)
    (directory / "server.pid").write_text(f"{process.pid}\n", encoding="utf-8")
    deadline = time.monotonic() + timeout
    server = None
    while server is None:
        if process.poll() is not None:
            raise ServerError(f"Neo4j test server exited with {process.returncode}; see {out}:\n"
                              + out.read_text(encoding="utf-8", errors="replace")[-3000:])
        if time.monotonic() > deadline:
            process.kill()
            process.wait()
            raise ServerError(f"Neo4j test server did not start within {timeout:.0f} s; see {out}")
        for line in out.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith(READY):
                bolt, http = (uri.rstrip("/") for uri in line[len(READY):].split())
                server = Neo4jServer(process.pid, bolt, http, directory, password=password or "",
                                     _process=process)
                break
        else:
            time.sleep(0.2)
    wait_until_answers(server, deadline - time.monotonic())
    return server


ADMIN_CLASS = "org.neo4j.cli.AdminTool"


def admin(arguments: list[str], home: str | Path, heap: str = "1g", timeout: float | None = None) -> subprocess.CompletedProcess:
    """Run the real ``neo4j-admin`` (its main class, from the same Maven classpath as the server) with
    NEO4J_HOME=``home``, in ``home``: ``admin(["database", "import", "full", ...], home)`` writes the database
    into ``home/data``, where ``start(home)`` then serves it. Neo4j publishes no tarball on Maven Central, but
    the import tool (``org.neo4j:neo4j-import-tool``) and the command line come with the server's jars.
    """
    home = Path(home).resolve()
    (home / "conf").mkdir(parents=True, exist_ok=True)
    (home / "conf" / "neo4j.conf").touch()
    env = {**{k: v for k, v in os.environ.items() if k != "NEO4J_PASSWORD"}, "NEO4J_HOME": str(home), "NEO4J_CONF": str(home / "conf")}
    command = ["java", f"-Xmx{heap}", "-cp", build(), ADMIN_CLASS, *arguments]
    return subprocess.run(command, cwd=home, env=env, capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL)


def wait_until_answers(server: Neo4jServer, timeout: float = 60) -> None:
    """Block until ``RETURN 1`` over Bolt succeeds (the loader's own query function does the asking)."""
    sys.path.insert(0, str(ROOT))
    from kg.errors import StoreError
    from kg.load import query

    deadline = time.monotonic() + max(timeout, 5)
    while True:
        try:
            if query(server.bolt_uri, server.user, server.password, "RETURN 1 AS one")[1] == [[1]]:
                return
        except StoreError as error:
            if time.monotonic() > deadline or not server.alive():
                server.stop()
                raise ServerError(f"Neo4j at {server.bolt_uri} does not answer: {error}") from error
        time.sleep(0.3)


def attach(directory: str | Path) -> Neo4jServer:
    """The server started earlier on ``directory`` (by ``start`` in another process)."""
    directory = Path(directory).resolve()
    try:
        pid = int((directory / "server.pid").read_text(encoding="utf-8"))
        lines = (directory / "server.out").read_text(encoding="utf-8", errors="replace").splitlines()
    except (OSError, ValueError) as error:
        raise ServerError(f"no Neo4j test server recorded in {directory}: {error}") from error
    ready = [line for line in lines if line.startswith(READY)]
    if not ready or not _is_our_server(pid):
        raise ServerError(f"the Neo4j test server recorded in {directory} (pid {pid}) is not running")
    bolt, http = (uri.rstrip("/") for uri in ready[-1][len(READY):].split())
    return Neo4jServer(pid, bolt, http, directory, password=os.environ.get("NEO4J_PASSWORD", ""))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("build", help="resolve Neo4j with Maven and compile the launcher")
    command = sub.add_parser("admin", help="run neo4j-admin with NEO4J_HOME=--dir (the server must be stopped)")
    command.add_argument("--dir", default=str(ROOT / ".neo4j"), help="server directory (default .neo4j)")
    command.add_argument("arguments", nargs=argparse.REMAINDER, help="neo4j-admin's arguments (after --)")
    for name, text in (("start", "start in the background and print the bolt URI"),
                       ("run", "run in the foreground until Ctrl-C"),
                       ("stop", "stop the server recorded in --dir")):
        command = sub.add_parser(name, help=text)
        command.add_argument("--dir", default=str(ROOT / ".neo4j"), help="server directory (default .neo4j)")
        if name != "stop":
            command.add_argument("--bolt-port", type=int, default=7687, help="0 = any free port (default 7687)")
            command.add_argument("--http-port", type=int, default=7474, help="0 = any free port (default 7474)")
            command.add_argument("--heap", default="1g")
            command.add_argument("--page-cache", default="64m")
    args = parser.parse_args(argv)
    try:
        if args.command == "build":
            build(force=True)
            print(f"built {PROJECT}")
        elif args.command == "admin":
            done = admin(args.arguments[1:] if args.arguments[:1] == ["--"] else args.arguments, args.dir)
            sys.stdout.write(done.stdout)
            sys.stderr.write(done.stderr)
            return done.returncode
        elif args.command == "stop":
            server = attach(args.dir)
            server.stop()
            print(f"stopped pid {server.pid}")
        else:
            server = start(args.dir, args.bolt_port, args.http_port, os.environ.get("NEO4J_PASSWORD"),
                           heap=args.heap, page_cache=args.page_cache)
            print(f"{server.bolt_uri} {server.http_uri}/browser/ pid {server.pid}", flush=True)
            if args.command == "run":
                stop_signals = {signal.SIGINT, signal.SIGTERM}
                signal.pthread_sigmask(signal.SIG_BLOCK, stop_signals)
                try:
                    signal.sigwait(stop_signals)
                finally:
                    server.stop()
    except ServerError as error:
        print(f"neo4j_server: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
