"""The build: read -> extract -> resolve -> RDF -> store, report by report.

A report whose text and extractor version are unchanged since it was last built
(``vgk:contentHash`` in its graph) is skipped; any other is extracted and its graph
replaced in one transaction.  Reference data (ontology, provinces, the catalogue of
documents) are (re)loaded into their own graphs when they changed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import pyoxigraph as ox

from .extract import EXTRACTOR_VERSION, extract
from .models import Report
from .rdf import catalogue_quads, content_hash, province_quads, report_quads
from .read import Skipped, discover, read_all
from .resolve import report_iri, resolve
from .store import Store
from .validate import reference_quads, validate_quads
from .vocab import GRAPH_CATALOGUE, GRAPH_ONTOLOGY, GRAPH_PROVINCES, ontology_path, vgk


@dataclass
class BuildSummary:
    built: int = 0
    unchanged: int = 0
    officials: int = 0
    meetings: int = 0
    documents: int = 0
    citations: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    encodings: dict[str, str] = field(default_factory=dict)  # source file -> encoding, where not UTF-8
    interrupted: bool = False

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


def ensure_reference(store: Store) -> None:
    """Load the reference graphs where they are missing or out of date."""
    for graph, quads in ((GRAPH_ONTOLOGY, ontology_quads()), (GRAPH_PROVINCES, list(province_quads())),
                         (GRAPH_CATALOGUE, list(catalogue_quads()))):
        digest = _hash_quads(quads)
        if store.graph_value(graph, VERSION_MARK) == digest:
            continue
        marker = ox.Quad(graph, VERSION_MARK, ox.Literal(digest), graph)
        store.replace_graph(graph, [*quads, marker])


def report_graph(report: Report) -> tuple[ox.NamedNode, list[ox.Quad], dict[str, int]]:
    """The named graph of one report, its quads, and counts for the summary."""
    ex = extract(report)
    res = resolve(ex)
    quads = report_quads(res, EXTRACTOR_VERSION)
    counts = {"officials": len(res.people), "meetings": 1, "documents": len(res.documents),
              "citations": len(ex.citations)}
    return ox.NamedNode(res.report_iri), quads, counts


def _count_items(paths: list[str]) -> int:
    files, _ = discover(paths)
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


def build(paths: list[str], store: Store, *, force: bool = False, validate: bool = True,
          progress: Callable[[str, int], None] | None = None) -> BuildSummary:
    """Build every report under ``paths`` into ``store``.

    Each report's graph is checked against the SHACL shapes before it is stored (unless
    ``validate`` is False) and replaces the report's old graph in one transaction, so a
    build stopped at any moment leaves every report at its old graph or its new one;
    the next build finishes the job.  ``progress(name, total)`` is called once per report."""
    summary = BuildSummary()
    ensure_reference(store)
    reference = reference_quads(store) if validate else []
    total = _count_items(paths)
    seen: dict[str, str] = {}
    try:
        for item in read_all(paths):
            if isinstance(item, Skipped):
                summary.skipped.append(item)
                continue
            report = item
            if progress:
                progress(report.source_file, total)
            iri = report_iri(report.source_file)
            if iri in seen:
                summary.skipped.append(Skipped(report.source_file, f"has the same name as {seen[iri]}, and report IRIs "
                                                                   "come from names; rename one of them"))
                continue
            seen[iri] = report.source_file
            if "encoding" in report.metadata:
                summary.encodings[report.source_file] = report.metadata["encoding"]
            graph = ox.NamedNode(iri)
            digest = content_hash(report.text, EXTRACTOR_VERSION)
            if not force and store.graph_value(graph, vgk("contentHash")) == digest:
                summary.unchanged += 1
                continue
            graph, quads, counts = report_graph(report)
            if validate:
                violations = validate_quads(graph.value, quads, reference)
                if violations:
                    why = (f"its graph breaks the shapes ({len(violations)} violations, first: "
                           f"{violations[0].message}); please report this")
                    summary.skipped.append(Skipped(report.source_file, why))
                    continue
            store.replace_graph(graph, quads)
            summary.built += 1
            summary.officials += counts["officials"]
            summary.meetings += counts["meetings"]
            summary.documents += counts["documents"]
            summary.citations += counts["citations"]
    except KeyboardInterrupt:
        summary.interrupted = True
    store.flush()
    return summary
