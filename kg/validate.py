"""Validation of report graphs against ontology/shapes.ttl with pyshacl.

The data graph of a report is its own graph plus the reference graphs (provinces,
catalogue, ontology), so that ``sh:class vgk:Province`` finds the provinces' types.
Each violation names its report and, where the focus node is a mention, its span.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import pyoxigraph as ox
import rdflib

from .store import Store
from .vocab import GRAPH_ONTOLOGY, GRAPH_PROVINCES, shapes_path, vgk


@dataclass(frozen=True)
class Violation:
    report: str  # the report's graph IRI
    focus: str
    path: str | None
    message: str
    span: str | None = None  # "start-end «text»" of the text the focus node was read from, if any

    def __str__(self) -> str:
        where = f" {self.path}" if self.path else ""
        at = f" (text {self.span})" if self.span else ""
        return f"{self.report}: {self.focus}{where}{at}: {self.message}"


@cache
def _shapes() -> rdflib.Graph:
    g = rdflib.Graph()
    g.parse(str(shapes_path()), format="turtle")
    return g


def _to_rdflib(quads: Iterable[ox.Quad]) -> rdflib.Graph:
    data = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
    g = rdflib.Graph()
    if data:
        g.parse(data=data, format="nt")
    return g


def reference_quads(store: Store) -> list[ox.Quad]:
    """What the shapes need of the reference data: the provinces (whole), and the types
    of the meeting kinds and document types (sh:class looks them up)."""
    return reference_subset(q for graph in (GRAPH_PROVINCES, GRAPH_ONTOLOGY)
                            for q in store.raw.quads_for_pattern(None, None, None, graph))


def reference_subset(quads: Iterable[ox.Quad]) -> list[ox.Quad]:
    """The same subset as :func:`reference_quads`, taken from the reference quads themselves
    (a build through an endpoint has no local store to read them from)."""
    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    kinds = {vgk("MeetingKind"), vgk("DocumentType")}
    return [q for q in quads if q.graph_name == GRAPH_PROVINCES
            or (q.graph_name == GRAPH_ONTOLOGY and q.predicate == rdf_type and q.object in kinds)]


def validate_quads(report_graph: str, quads: list[ox.Quad], reference: list[ox.Quad]) -> list[Violation]:
    from pyshacl import validate

    data = _to_rdflib([*quads, *reference])
    # No inference: every class the shapes name is stated directly in the data.
    conforms, results, _ = validate(data, shacl_graph=_shapes(), inference="none", advanced=True,
                                    allow_warnings=False)
    if conforms:
        return []
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    out = []
    # Top-level results only: those of nested shapes (sh:node) come again under sh:detail.
    for r in results.objects(None, sh.result):
        focus = results.value(r, sh.focusNode)
        path = results.value(r, sh.resultPath)
        msg = results.value(r, sh.resultMessage)
        out.append(Violation(report_graph, str(focus), str(path) if path else None, str(msg)))
    return sorted(out, key=str)


def report_graphs(store: Store) -> list[ox.NamedNode]:
    return sorted({q.subject for q in store.raw.quads_for_pattern(None, vgk("sourceFile"), None)
                   if isinstance(q.subject, ox.NamedNode)}, key=lambda n: n.value)


def _span_of(quads: list[ox.Quad], focus: str) -> str | None:
    """Where in the report's text a node was read from: its own offsets (a mention) or
    those of its first piece of evidence."""
    def offsets(node: str) -> str | None:
        vals = {q.predicate.value.rsplit("#", 1)[-1]: q.object.value for q in quads if q.subject.value == node}
        if "start" in vals and "end" in vals:
            return f"{vals['start']}-{vals['end']} «{vals.get('exact', '')}»"
        return None

    own = offsets(focus)
    if own:
        return own
    for q in quads:
        if q.subject.value == focus and q.predicate == vgk("evidence"):
            return offsets(q.object.value)
    return None


def validate_store(store: Store) -> list[Violation]:
    reference = reference_quads(store)
    out: list[Violation] = []
    for g in report_graphs(store):
        quads = list(store.raw.quads_for_pattern(None, None, None, g))
        for v in validate_quads(g.value, quads, reference):
            out.append(Violation(v.report, v.focus, v.path, v.message, _span_of(quads, v.focus)))
    return out
