"""The store: pyoxigraph on disk, one named graph per report.

Rebuilding a report replaces its graph in one SPARQL update, which Oxigraph applies as
one transaction: a reader sees the old graph or the new one, never half of each, and
other reports' graphs are untouched.  Queries see the union of all graphs as the
default graph (CONTRACT).
"""

from __future__ import annotations

import os
import shutil
import signal
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from .errors import QueryError, StoreError
from .vocab import GRAPH_UNFINISHED, PREFIXES, RDFS

MEMBER = ox.NamedNode(RDFS + "member")

DEFAULT_STORE = ".kg-store"


def default_store() -> str:
    """The store used without --store: $KG_STORE, else ./.kg-store."""
    return os.environ.get("KG_STORE") or DEFAULT_STORE


def nquads(quads: Iterable[ox.Quad]) -> str:
    """An N-Quads document of ``quads``."""
    return "".join(f"{q} .\n" for q in quads)


def insert_data(graph: ox.NamedNode, quads: Iterable[ox.Quad]) -> str:
    lines = [f"{q.subject} {q.predicate} {q.object} ." for q in quads]
    return f"INSERT DATA {{ GRAPH {graph} {{\n" + "\n".join(lines) + "\n} }"


# A rebuild of most of a store is written into a fresh store beside it and swapped in
# (Store.begin_fresh, Store.swap_in): "STORE.rebuild" while it is written, with a
# COMPLETE mark once it is whole; "STORE.old" for the moment of the swap.
FRESH_SUFFIX, OLD_SUFFIX, COMPLETE = ".rebuild", ".old", "COMPLETE"


def _sibling(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def finish_swap(path: Path) -> None:
    """Finish a swap a stopped build left half done: the store folder is missing between
    its two renames.  The complete fresh store goes in, else the old one comes back; an
    old store left after a swap is removed."""
    old, fresh = _sibling(path, OLD_SUFFIX), _sibling(path, FRESH_SUFFIX)
    if not path.exists() and old.exists():
        (fresh if (fresh / COMPLETE).exists() else old).rename(path)
    if path.exists() and old.exists():
        shutil.rmtree(old, ignore_errors=True)


class Store:
    def __init__(self, path: str | None = None, *, read_only: bool = False, create: bool = True) -> None:
        self.path = Path(path or default_store())
        if not read_only:
            finish_swap(self.path)
        if not self.path.exists():
            if read_only or not create:
                raise StoreError(f"no store at {self.path}", hint="build one first: kg build PATH --store DIR")
        try:
            self._store = ox.Store.read_only(str(self.path)) if read_only else ox.Store(str(self.path))
        except OSError as e:
            msg = str(e).splitlines()[0] if str(e) else type(e).__name__
            if "lock" in msg.lower() or "resource temporarily unavailable" in msg.lower():
                raise StoreError(f"the store {self.path} is in use by another kg process ({msg})",
                                 hint="wait for the other kg build or kg serve to finish") from e
            raise StoreError(f"cannot open the store {self.path}: {msg}") from e
        if not read_only:
            self.recover()

    @property
    def raw(self) -> ox.Store:
        return self._store

    def replace_graph(self, graph: ox.NamedNode, quads: Iterable[ox.Quad]) -> None:
        """Replace one named graph with ``quads`` atomically."""
        update = f"DROP SILENT GRAPH {graph} ;\n" + insert_data(graph, quads)
        try:
            self._store.update(update)
        except (OSError, SyntaxError, ValueError) as e:
            raise StoreError(f"cannot write graph {graph.value} into {self.path}: {e}") from e

    def add_new_graphs(self, nquads: bytes, graphs: Iterable[str]) -> None:
        """Add the graphs of an N-Quads document, all new, with the bulk loader: about half
        the work of a transaction, but not atomic.  So the graphs are listed in
        ``GRAPH_UNFINISHED`` (one transaction) before the load and unlisted after it; a
        load cut short leaves the list, and :meth:`recover` drops what it names."""
        listed = [ox.Quad(GRAPH_UNFINISHED, MEMBER, ox.NamedNode(g), GRAPH_UNFINISHED) for g in graphs]
        try:
            self._store.extend(listed)
            self._store.bulk_load(nquads, format=ox.RdfFormat.N_QUADS)
            self._store.update(f"DROP SILENT GRAPH {GRAPH_UNFINISHED}")
        except (OSError, SyntaxError, ValueError) as e:
            raise StoreError(f"cannot write into {self.path}: {e}") from e

    def unfinished(self) -> list[ox.NamedNode]:
        """Graphs whose bulk load a stopped build left unfinished."""
        return [q.object for q in self._store.quads_for_pattern(GRAPH_UNFINISHED, MEMBER, None, GRAPH_UNFINISHED)
                if isinstance(q.object, ox.NamedNode)]

    def recover(self) -> int:
        """Drop the graphs of an unfinished bulk load (the next build makes them again)."""
        graphs = self.unfinished()
        if graphs:
            self._store.update(" ;\n".join(f"DROP SILENT GRAPH {g}" for g in [*graphs, GRAPH_UNFINISHED]))
            self._store.flush()
        return len(graphs)

    def drop_graph(self, graph: ox.NamedNode) -> None:
        self._store.update(f"DROP SILENT GRAPH {graph}")

    def update(self, sparql: str) -> None:
        """Run a SPARQL update (one transaction), as :meth:`kg.endpoint.Endpoint.update` does."""
        try:
            self._store.update(sparql)
        except (OSError, SyntaxError, ValueError) as e:
            raise StoreError(f"cannot update {self.path}: {e}") from e

    def graph_value(self, graph: ox.NamedNode, predicate: ox.NamedNode) -> str | None:
        for q in self._store.quads_for_pattern(None, predicate, None, graph):
            return str(q.object.value)
        return None

    def graph_values(self, predicate: ox.NamedNode) -> dict[str, str]:
        """Graph IRI -> the value of ``predicate`` in it, for every graph (one scan)."""
        return {q.graph_name.value: str(q.object.value) for q in self._store.quads_for_pattern(None, predicate, None)
                if isinstance(q.graph_name, ox.NamedNode)}

    def named_graphs(self) -> list[ox.NamedNode]:
        return [g for g in self._store.named_graphs() if isinstance(g, ox.NamedNode)]

    def query(self, sparql: str, substitutions: dict[str, ox.NamedNode | ox.Literal] | None = None) -> Any:
        subs = {ox.Variable(k): v for k, v in (substitutions or {}).items()}
        try:
            return self._store.query(sparql, use_default_graph_as_union=True, prefixes=PREFIXES,
                                     substitutions=subs or None)
        except SyntaxError as e:
            raise QueryError(f"the query does not parse: {e}") from e
        except (OSError, ValueError, TypeError, RuntimeError) as e:
            raise QueryError(f"the query failed: {e}") from e

    def flush(self) -> None:
        self._store.flush()

    def optimize(self) -> bool:
        """Compact the store: the bulk loader's files are merged, and lookups and scans run
        faster afterwards (bench/RESULTS.md).  True: it was compacted."""
        self._store.optimize()
        return True

    def graph_nquads(self, graph: ox.NamedNode) -> bytes:
        """One named graph as N-Quads."""
        return nquads(self._store.quads_for_pattern(None, None, None, graph)).encode()

    def begin_fresh(self) -> Store:
        """An empty store beside this one, to be filled and swapped in (``swap_in``): a
        rebuild of most reports bulk-loads it, several times faster than replacing each
        graph in a transaction, and this store stays as it was until the swap."""
        fresh = _sibling(self.path, FRESH_SUFFIX)
        shutil.rmtree(fresh, ignore_errors=True)  # what a stopped rebuild left
        return Store(str(fresh))

    def abandon_fresh(self, fresh: Store) -> None:
        fresh.close()
        shutil.rmtree(fresh.path, ignore_errors=True)

    def swap_in(self, fresh: Store) -> None:
        """Put the filled ``fresh`` store in this one's place: marked complete, then two
        renames (a stop between them is finished by the next read-write open, see
        ``finish_swap``); this object then reads and writes the new store."""
        fresh.close()
        (fresh.path / COMPLETE).touch()
        old = _sibling(self.path, OLD_SUFFIX)  # none is left: the open cleared it (finish_swap)
        # Ctrl-C waits for the swap: this object must end with an open store.
        blocked = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        try:
            self.close()
            self.path.rename(old)
            fresh.path.rename(self.path)
            (self.path / COMPLETE).unlink()
            self._store = ox.Store(str(self.path))
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
        shutil.rmtree(old, ignore_errors=True)

    def close(self) -> None:
        """Flush and let go of the store now (not when the collector gets to it), so that
        another open of it, even in this process, sees a closed store."""
        if self._store is not None:
            self._store.flush()
            self._store = None  # type: ignore[assignment]
