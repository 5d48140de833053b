"""The build: read -> extract -> resolve -> RDF -> store, report by report.

A report whose text and extractor version are unchanged since it was last built
(``vgk:contentHash`` in its graph) is skipped; any other is extracted and its graph
replaced in one transaction.  Reference data (ontology, provinces, the catalogue of
documents) are (re)loaded into their own graphs when they changed.
"""

from __future__ import annotations

import collections
import gc
import hashlib
import itertools
import multiprocessing
import multiprocessing.pool
import os
import signal
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from . import occupancies, shacl
from .endpoint import Endpoint
from .extract import EXTRACTOR_VERSION, extract
from .models import Report
from .rdf import catalogue_quads, content_hash, province_quads, report_quads
from .read import Skipped, discover, read_found
from .resolve import report_iri, resolve
from .store import Store, nquads
from .validate import reference_subset
from .vocab import (
    GRAPH_CATALOGUE,
    GRAPH_OCCUPANCIES,
    GRAPH_ONTOLOGY,
    GRAPH_PROVINCES,
    GRAPH_UNFINISHED,
    ontology_path,
    vgk,
)


@dataclass
class BuildSummary:
    built: int = 0
    unchanged: int = 0
    # Of the reports built (not the unchanged ones), as kg stats counts them in the store:
    officials: int = 0  # officials named, once in each report that names them ("officials named")
    meetings: int = 0  # one a report
    documents: int = 0  # documents cited, once in each report that cites them ("documents cited")
    citations: int = 0  # places in the texts where a document is cited
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[Skipped] = field(default_factory=list)  # built, but without some facts
    encodings: dict[str, str] = field(default_factory=dict)  # source file -> encoding, where not UTF-8
    interrupted: bool = False
    pruned: int = 0
    compacted: bool = False
    occupancies: occupancies.Refresh | None = None  # what the derived graph of posts took in

    @property
    def reports(self) -> int:
        return self.built + self.unchanged


# Marks a reference graph with the hash of what was loaded (not vgk:contentHash, whose
# domain is vgk:Report).
VERSION_MARK = ox.NamedNode("http://purl.org/dc/terms/hasVersion")


def ontology_quads() -> list[ox.Quad]:
    path = ontology_path()
    return [ox.Quad(t.subject, t.predicate, t.object, GRAPH_ONTOLOGY)
            for t in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)]


def _hash_quads(quads: Iterable[ox.Quad]) -> str:
    h = hashlib.sha256()
    for q in quads:
        h.update(str(q).encode())
    return h.hexdigest()


# Where a build writes: the local store, or a SPARQL server (kg build --endpoint).
Target = Store | Endpoint

# A build compacts the store (Store.optimize) when it bulk-loaded at least this many new
# reports, and at least as many as the store held before: a first build of 5,000 reports
# or more, or one that doubles the store.  The bulk loader leaves its files unmerged,
# and on them a lookup reads every file: at 100k reports a province's meetings take 520 ms before
# compaction and 150 ms after, for some 50 s of compaction in a 521 s build
# (bench/RESULTS.md).  Yesterday's crawl added to a large store is left to RocksDB's own
# merging and to `kg optimize`, whose cost grows with the whole store.
COMPACT_AFTER = 5_000

# A build that must make again at least this many reports, and at least half of those in
# the store (`--force`, or a new extractor version after an upgrade or a rule change),
# writes a fresh store with the bulk loader and swaps it in at the end, instead of
# replacing each graph in a transaction: at 10k reports that is as fast as a first build
# (bench/RESULTS.md), against some 2.6 times slower.  The old store stays as it was
# until the swap, so a build stopped before it leaves every report at its old graph.
FRESH_STORE_AFTER = 5_000


def ensure_reference(store: Target) -> list[ox.Quad]:
    """Load the reference graphs where they are missing or out of date; return their quads."""
    every: list[ox.Quad] = []
    for graph, quads in ((GRAPH_ONTOLOGY, ontology_quads()), (GRAPH_PROVINCES, list(province_quads())),
                         (GRAPH_CATALOGUE, list(catalogue_quads()))):
        every.extend(quads)
        digest = _hash_quads(quads)
        if store.graph_value(graph, VERSION_MARK) == digest:
            continue
        marker = ox.Quad(graph, VERSION_MARK, ox.Literal(digest), graph)
        store.replace_graph(graph, [*quads, marker])
    return every


def report_graph(report: Report) -> tuple[ox.NamedNode, list[ox.Quad], dict[str, int]]:
    """The named graph of one report, its quads, and counts for the summary."""
    ex = extract(report)
    res = resolve(ex)
    quads = report_quads(res, EXTRACTOR_VERSION)
    counts = {"officials": len(res.people), "meetings": 1, "documents": len(res.documents),
              "citations": len(ex.citations)}
    return ox.NamedNode(res.report_iri), quads, counts


def _count_items(files: list[Path]) -> int:
    n = 0
    for f in files:
        if f.suffix.lower() == ".jsonl":
            try:
                with f.open("rb") as fh:
                    n += sum(1 for line in fh if line.strip())
            except OSError:
                n += 1
        else:
            n += 1
    return n


@dataclass(frozen=True)
class Built:
    """What a worker sends back for one report: its graph as N-Quads (UTF-8, encoded in the
    worker rather than by the one writer), or why not."""

    source_file: str
    iri: str
    nquads: bytes
    counts: dict[str, int]
    problem: str | None = None
    posts: tuple[occupancies.Row, ...] = ()  # its statements of posts (kg/occupancies.py)
    warning: str | None = None  # built, but without some facts (see _work)


_REFERENCE: shacl.ReferenceIndex | None = None


# A report that touches every lexicon, so that a worker loads them all before it freezes them.
_WARM_UP = Report(source_file="warm-up.txt", text=(
    "Hội nghị tổng kết năm 2023\n\nNgày 29/11/2023, đồng chí Nguyễn Văn An, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh "
    "Trà Vinh chủ trì hội nghị; dự có ông Trần Thị Bình, Giám đốc Sở KH&CN. Theo Quyết định số 19/2014/QĐ-TTg "
    "và Nghị quyết 57-NQ/TW.\n\nMinh Anh"))


def _init_worker(reference_nquads: str | None, version: str) -> None:
    global _REFERENCE, EXTRACTOR_VERSION
    # The version the build compares the stored hashes with: the worker's own import
    # could see other files than the build did (an upgrade while it runs).
    EXTRACTOR_VERSION = version
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the main process handles Ctrl-C and stops the pool
    _REFERENCE = None if reference_nquads is None else shacl.ReferenceIndex(
        ox.parse(reference_nquads.encode(), format=ox.RdfFormat.N_QUADS))
    _work(_WARM_UP)
    # The lexicons, patterns and reference quads live as long as the worker: move them out
    # of the collector's sight, and collect young objects less often (a report makes tens of
    # thousands of short-lived objects).  Together about a fifth faster (bench/RESULTS.md).
    gc.freeze()
    gc.set_threshold(20_000, 20, 20)


def _work(report: Report) -> Built:
    """read -> extract -> resolve -> RDF -> shapes, for one report (runs in a worker).

    A graph that breaks the shapes is stored without the facts of the nodes that break
    them (an extraction bug should cost those facts, not the whole report), with a
    warning that names them; a graph that still breaks them is not stored at all."""
    graph, quads, counts = report_graph(report)
    warning = None
    if _REFERENCE is not None:
        violations = shacl.check(quads, _REFERENCE)
        if violations:
            first = violations[0]
            said = f"{len(violations)} violations, first: {first.focus} {first.path or ''}: {first.message}"
            kept = _without(quads, violations)
            if kept is None:
                return Built(report.source_file, graph.value, b"", counts,
                             f"its graph breaks the shapes ({said}); please report this")
            warning = (f"built without the {len(quads) - len(kept)} facts that break the shapes ({said}); "
                       "please report this")
            quads = kept
    return Built(report.source_file, graph.value, nquads(quads).encode(), counts,
                 posts=tuple(occupancies.statements_of(quads)), warning=warning)


def _without(quads: list[ox.Quad], violations: list[shacl.Result], rounds: int = 3) -> list[ox.Quad] | None:
    """``quads`` less every quad of a node that breaks the shapes (as subject or object),
    checked again; None if that does not make them hold (or would leave no report)."""
    for _ in range(rounds):
        bad = {v.focus for v in violations}
        quads = [q for q in quads if getattr(q.subject, "value", None) not in bad
                 and getattr(q.object, "value", None) not in bad]
        if not any(q.object == vgk("Report") for q in quads):
            return None
        violations = shacl.check(quads, _REFERENCE or ())
        if not violations:
            return quads
    return None


class _Writer:
    """The one writer of the store.  New reports are written in batches (``add_new_graphs``:
    the local store's bulk loader, an endpoint's update requests); a report that replaces
    an older graph is one SPARQL update (DROP + INSERT, one transaction)."""

    # Batches of 64 MB: the bulk loader spends about a fifth less than with 16 MB, and a
    # 100k build still peaks well under 2 GB (bench/RESULTS.md).
    def __init__(self, store: Target, batch_bytes: int = 64 * 2**20) -> None:
        self.store = store
        self.batch: list[bytes] = []
        self.graphs: list[str] = []
        self.size = 0
        self.batch_bytes = batch_bytes
        self.written: set[str] = set()  # the IRIs of the new graphs written

    def add_new(self, iri: str, nquads: bytes) -> None:
        self.batch.append(nquads)
        self.graphs.append(iri)
        self.size += len(nquads)
        self.written.add(iri)
        if self.size >= self.batch_bytes:
            self.flush()

    def replace(self, iri: str, nquads: bytes) -> None:
        graph = ox.NamedNode(iri)
        quads = ox.parse(nquads, format=ox.RdfFormat.N_QUADS)
        self.store.replace_graph(graph, quads)

    def flush(self) -> None:
        if self.batch:
            self.store.add_new_graphs(b"".join(self.batch), self.graphs)
            self.batch, self.graphs, self.size = [], [], 0


def build(paths: list[str], store: Target, *, force: bool = False, validate: bool = True, jobs: int | None = None,
          prune: bool = False, compact: bool = True, progress: Callable[[str, int], None] | None = None,
          stage: Callable[[str], None] | None = None) -> BuildSummary:
    """Build every report under ``paths`` into ``store``.

    Reports are extracted in ``jobs`` worker processes (default: every core; small
    builds run in this process) and written by this process alone.  Each report's graph
    is checked against the SHACL shapes (compiled to SPARQL, see kg/shacl.py) before it
    is stored (unless ``validate`` is False).  A report whose text and extractor version
    are unchanged is not extracted again.  Every report goes from its old graph to its new
    one in one transaction, so a build stopped at any moment leaves each report at one or
    the other; the next build finishes the job.  With ``prune``, the graphs of reports
    that are not under ``paths`` any more are removed.  After a large load of new reports
    the store is compacted (see ``COMPACT_AFTER``; ``compact=False`` leaves it to `kg
    optimize`).  ``progress(name, total)`` is called once per report, ``stage(what)``
    before the compaction."""
    summary = BuildSummary()
    loaded = ensure_reference(store)
    reference = reference_subset(loaded) if validate else None
    files, not_reports = discover(paths)
    total = _count_items(files)
    jobs = max(1, jobs or os.cpu_count() or 1)
    seen: dict[str, str] = {}
    hashes = store.graph_values(vgk("contentHash"))  # one scan, not one lookup a report
    fresh = _fresh_store(store, hashes, force)
    writer = _Writer(fresh or store)
    # The graphs the target has already: those of the store, or none in a fresh store.
    existing = {} if fresh else hashes
    known = occupancies.Statements()  # the statements of posts of the reports built (kg/occupancies.py)
    pool = None

    def pending() -> Iterator[Report]:
        for item in read_found(files, not_reports):
            if isinstance(item, Skipped):
                summary.skipped.append(item)
                continue
            report = item
            iri = report_iri(report.source_file)
            if iri in seen:
                summary.skipped.append(Skipped(report.source_file, f"has the same name as {seen[iri]}, and report "
                                                                   "IRIs come from names; rename one of them"))
                continue
            seen[iri] = report.source_file
            if "encoding" in report.metadata:
                summary.encodings[report.source_file] = report.metadata["encoding"]
            if not force and hashes.get(iri) == content_hash(report.text, EXTRACTOR_VERSION):
                summary.unchanged += 1
                if fresh:
                    writer.add_new(iri, store.graph_nquads(ox.NamedNode(iri)))
                if progress:
                    progress(report.source_file, total)
                continue
            yield report

    try:
        # The workers start only when there is work for them: a pool is worth its start-up
        # (a second or so a worker) for some 25 reports a worker, and an unchanged rebuild
        # starts none.
        todo = pending()
        first = list(itertools.islice(todo, 25 * jobs))
        jobs = min(jobs, max(1, len(first) // 25))
        work = itertools.chain(first, todo)
        if jobs > 1:
            ctx = multiprocessing.get_context("spawn")
            ref_text = None if reference is None else nquads(reference)
            pool = ctx.Pool(jobs, initializer=_init_worker, initargs=(ref_text, EXTRACTOR_VERSION))
            results: Iterable[Built] = _in_windows(pool, work, jobs * 64)
        else:
            _init_worker_inline(reference)
            results = map(_work, work)
        for built in results:
            if progress:
                progress(built.source_file, total)
            if built.problem:
                summary.skipped.append(Skipped(built.source_file, built.problem))
                continue
            if built.iri in existing:  # it has a graph already
                writer.replace(built.iri, built.nquads)
            else:
                writer.add_new(built.iri, built.nquads)
            summary.built += 1
            if built.warning:
                summary.warnings.append(Skipped(built.source_file, built.warning))
            known.add(built.iri, built.posts)
            for k in ("officials", "meetings", "documents", "citations"):
                setattr(summary, k, getattr(summary, k) + built.counts[k])
        writer.flush()
        gone = _gone(store, set(seen), summary.skipped) if prune else []
        summary.pruned = len(gone)
        if fresh:
            # Everything else the store holds comes along: reports not under PATHS (unless
            # pruned), reports whose files could not be read this time, other graphs.
            if stage:
                stage("copying the other graphs")
            left_out = {*gone, *writer.written, *(g.value for g in _REFERENCE_GRAPHS)}
            for g in store.named_graphs():
                if g.value not in left_out:
                    writer.add_new(g.value, store.graph_nquads(g))
            writer.flush()
            fresh.raw.extend(store.raw.quads_for_pattern(None, None, None, ox.DefaultGraph()))
        else:
            for iri in gone:
                store.drop_graph(ox.NamedNode(iri))
        target = fresh or store
        # Who held which post when, derived from all the reports (kg/occupancies.py): only
        # the posts of reports that changed; nothing when none did.
        if stage:
            stage("deriving the occupancies of posts")
        unchanged = not fresh and not writer.written and not summary.built and not gone
        summary.occupancies = occupancies.refresh(target, hashes if unchanged else None, full=bool(fresh),
                                                  known=known)
        if compact and len(writer.written) >= max(COMPACT_AFTER, len(existing)):
            if stage:
                stage("compacting the store")
            summary.compacted = target.optimize()
        if fresh:
            store.swap_in(fresh)
            fresh = None
    except KeyboardInterrupt:
        summary.interrupted = True
        if not fresh:
            writer.flush()
    finally:
        if pool is not None:
            pool.terminate()
            pool.join()
        if fresh:  # stopped before the swap: the store is as it was
            store.abandon_fresh(fresh)
    store.flush()
    return summary


# Graphs a build writes itself into every store, not copied from an old one.
_REFERENCE_GRAPHS = (GRAPH_ONTOLOGY, GRAPH_PROVINCES, GRAPH_CATALOGUE, GRAPH_UNFINISHED, GRAPH_OCCUPANCIES)


def _fresh_store(store: Target, hashes: dict[str, str], force: bool) -> Store | None:
    """A fresh store to build into, where most of the store must be made again (see
    ``FRESH_STORE_AFTER``), else None."""
    if len(hashes) < FRESH_STORE_AFTER:
        return None
    if force:
        redo = len(hashes)
    else:
        versions = store.graph_values(vgk("extractorVersion"))
        redo = sum(1 for g in hashes if versions.get(g) != EXTRACTOR_VERSION)
    if redo < FRESH_STORE_AFTER or 2 * redo < len(hashes):
        return None
    fresh = store.begin_fresh()
    if fresh is not None:
        ensure_reference(fresh)
    return fresh


def _init_worker_inline(reference: list[ox.Quad] | None) -> None:
    global _REFERENCE
    _REFERENCE = None if reference is None else shacl.ReferenceIndex(reference)


def _in_windows(pool: multiprocessing.pool.Pool, items: Iterator[Report], size: int,
                ahead: int = 12) -> Iterator[Built]:
    """Results of the workers, a window of ``size`` reports at a time, in order.  Up to
    ``ahead`` windows are handed to the workers before the caller gets the first: while
    the writer bulk-loads a batch (some 1,500 reports of 64 MB, a few seconds, the GIL
    released) the workers go on with the windows after it instead of waiting.  (Pool.imap
    would read all the input ahead and let results pile up; a bounded number of windows in
    flight keeps memory flat.)"""
    chunk = max(1, size // (4 * (pool._processes or 1)))  # type: ignore[attr-defined]
    in_flight: collections.deque[multiprocessing.pool.MapResult[Built]] = collections.deque()
    while True:
        while len(in_flight) < ahead:
            window = list(itertools.islice(items, size))
            if not window:
                break
            in_flight.append(pool.map_async(_work, window, chunksize=chunk))
        if not in_flight:
            return
        yield from in_flight.popleft().get()


def _gone(store: Target, kept: set[str], skipped: list[Skipped]) -> list[str]:
    """The graphs of reports not among ``kept`` (report IRIs), except those of files that
    are still there but could not be read this time: what --prune removes."""
    protected = {Path(s.path.split(":")[0]).name for s in skipped}
    rows = store.query("SELECT ?r ?f WHERE { GRAPH ?r { ?r a vgk:Report ; vgk:sourceFile ?f } }")
    gone = []
    for row in rows:
        iri, name = row["r"].value, str(row["f"].value)
        if iri in kept or name in protected or name.split("#")[0] in protected:
            continue
        gone.append(iri)
    return gone
