"""The one exception family of kg; only the CLI turns these into messages and exit codes."""


class KGError(Exception):
    """Root of every error kg raises on purpose; ``exit_code`` is what the ``kg`` command exits with."""

    exit_code = 1


class UsageError(KGError):
    """A command given something it cannot use (a bad URI scheme, a folder that is not a build folder)."""

    exit_code = 2


class ResourceError(KGError):
    """The machine refused: disk full, read-only or forbidden folder, out of memory, a build lock held too long."""

    exit_code = 3


class InputError(KGError):
    """An input file or record that cannot be read as an article.

    ``source`` names the file (and ``line`` the line, for JSONL) so the message can point at it.
    """

    def __init__(self, source: str, message: str, line: int | None = None):
        self.source = source
        self.line = line
        self.reason = message
        shown = source if source.isprintable() else source.encode("unicode_escape").decode("ascii")
        where = f"{shown}:{line}" if line is not None else shown
        super().__init__(f"{where}: {message}")  # one line, even for a file name with a newline in it


class LanguageError(KGError):
    """A language kg has no data for."""


class StoreError(KGError):
    """The embedded graph store or a Neo4j server refused an operation."""


class OntologyError(KGError):
    """A class or property that the ontology does not define."""
