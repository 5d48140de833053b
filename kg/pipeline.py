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

from .errors import InputError
from .extract import EXTRACTOR_VERSION, extract
from .models import Report
from .rdf import catalogue_quads, content_hash, province_quads, report_quads
from .read import Skipped, discover, read_report
from .resolve import report_iri, resolve
from .store import Store
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


def build(paths: list[str], store: Store, *, force: bool = False,
          progress: Callable[[str, int], None] | None = None) -> BuildSummary:
    """Build every report under ``paths`` into ``store``.  ``progress(name, total)`` is
    called once per file."""
    summary = BuildSummary()
    ensure_reference(store)
    files, skipped = discover(paths)
    summary.skipped.extend(skipped)
    seen: dict[str, str] = {}
    for path in files:
        if progress:
            progress(path.name, len(files))
        try:
            report = read_report(path)
        except InputError as e:
            summary.skipped.append(Skipped(e.path, e.problem))
            continue
        iri = report_iri(report.source_file)
        if iri in seen:
            summary.skipped.append(Skipped(str(path), f"has the same file name as {seen[iri]}; "
                                                      "report IRIs come from file names"))
            continue
        seen[iri] = str(path)
        graph = ox.NamedNode(iri)
        if not force and store.graph_value(graph, vgk("contentHash")) == content_hash(report.text, EXTRACTOR_VERSION):
            summary.unchanged += 1
            continue
        graph, quads, counts = report_graph(report)
        store.replace_graph(graph, quads)
        summary.built += 1
        summary.officials += counts["officials"]
        summary.meetings += counts["meetings"]
        summary.documents += counts["documents"]
        summary.citations += counts["citations"]
    store.flush()
    return summary
