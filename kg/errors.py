"""The one exception hierarchy of vngovkg.

Every error the command line reports derives from :class:`KgError`; its ``hint`` says
what the user can do about it, and ``str(error)`` is a single line.
"""

from __future__ import annotations


class KgError(Exception):
    """Base of all vngovkg errors."""

    hint: str = ""

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(" ".join(message.split()))
        if hint is not None:
            self.hint = hint


class InputError(KgError):
    """A report file cannot be read (missing, undecodable, empty, too large)."""

    hint = "check the file, or leave it out of the build"

    def __init__(self, path: str, problem: str, *, hint: str | None = None) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}", hint=hint)


class LexiconError(KgError):
    """A lexicon or catalogue data file is malformed (a packaging bug)."""

    hint = "reinstall the package; the data files under kg/lexicon are damaged"


class OntologyError(KgError):
    """The ontology file is missing or unreadable."""

    hint = "the ontology/vngovkg.ttl file of the project must be present and valid Turtle"


class StoreError(KgError):
    """The store cannot be opened or written."""

    hint = "check the --store folder; only one kg process may write a store at a time"


class QueryError(KgError):
    """A SPARQL query is malformed or cannot be run."""

    hint = "check the query's syntax; prefixes vgk:, res:, schema:, rdfs: are predeclared"
