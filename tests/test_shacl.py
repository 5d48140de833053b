"""The compiled shapes (kg/shacl.py) find exactly what pyshacl finds."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kg import shacl
from kg.errors import OntologyError
from kg.pipeline import report_graph
from kg.read import read_report
from kg.store import Store
from kg.validate import reference_quads, validate_quads
from kg.vocab import vgk
from tests.conftest import SEEDS

SCHEMA = "https://schema.org/"


def both(seed_store: Path, quads: list[ox.Quad]) -> tuple[set[tuple[str, str | None]], set[tuple[str, str | None]]]:
    ref = reference_quads(Store(str(seed_store), read_only=True))
    mine = {(r.focus, r.path) for r in shacl.check(quads, ref)}
    theirs = {(v.focus, v.path) for v in validate_quads("g", quads, ref)}
    return mine, theirs


def _drop(quads: list[ox.Quad], predicate: str) -> list[ox.Quad]:
    return [q for q in quads if q.predicate.value != predicate]


def _retype(quads: list[ox.Quad], predicate: str, value: ox.Literal | ox.NamedNode) -> list[ox.Quad]:
    return [ox.Quad(q.subject, q.predicate, value, q.graph_name) if q.predicate.value == predicate else q
            for q in quads]


def _add_second(quads: list[ox.Quad], predicate: str, value: ox.Literal | ox.NamedNode) -> list[ox.Quad]:
    extra = [ox.Quad(q.subject, q.predicate, value, q.graph_name) for q in quads if q.predicate.value == predicate]
    return quads + extra[:1]


VGK = "https://w3id.org/vngovkg/ontology#"
BREAKS = [
    ("intact", lambda q: q),
    ("no sourceFile", lambda q: _drop(q, VGK + "sourceFile")),
    ("no meeting", lambda q: _drop(q, VGK + "reports")),
    ("no kind", lambda q: _drop(q, VGK + "meetingKind")),
    ("no evidence", lambda q: _drop(q, VGK + "evidence")),
    ("no role title", lambda q: _drop(q, VGK + "roleTitle")),
    ("no statedIn", lambda q: _drop(q, VGK + "statedIn")),
    ("no attended", lambda q: _drop(q, VGK + "attended")),
    ("no names", lambda q: _drop(q, SCHEMA + "name")),
    ("two source files", lambda q: _add_second(q, VGK + "sourceFile", ox.Literal("other.txt"))),
    ("start not integer", lambda q: _retype(q, VGK + "start", ox.Literal("x"))),
    ("date is a string", lambda q: _retype(q, SCHEMA + "startDate", ox.Literal("2023-11-29"))),
    ("kind is not a kind", lambda q: _retype(q, VGK + "meetingKind", ox.NamedNode(VGK + "Nope"))),
    ("province is not a province", lambda q: _retype(q, VGK + "heldIn", ox.NamedNode("https://example.org/x"))),
    ("author has no name", lambda q: [x for x in q if not (x.subject.value.startswith(
        "https://w3id.org/vngovkg/id/author/") and x.predicate.value == SCHEMA + "name")]),
    ("exact text off", lambda q: _retype(q, VGK + "exact", ox.Literal("?"))),
    ("one-word name", lambda q: _retype(q, SCHEMA + "name", ox.Literal("Hưng"))),
]


@pytest.mark.parametrize(("label", "brk"), BREAKS, ids=[b[0] for b in BREAKS])
@pytest.mark.parametrize("seed", ["004_2a1da29baf66937e.txt", "002_e160d4971ffb8074.txt"])
def test_same_violations_as_pyshacl(seed_store: Path, seed: str, label: str, brk) -> None:
    _, quads, _ = report_graph(read_report(SEEDS / seed))
    mine, theirs = both(seed_store, brk(quads))
    assert mine == theirs
    assert bool(mine) == (label != "intact")


def test_unsupported_constraints_are_refused(tmp_path: Path) -> None:
    shapes = tmp_path / "shapes.ttl"
    shapes.write_text("""@prefix sh: <http://www.w3.org/ns/shacl#> .
        @prefix ex: <https://example.org/> .
        ex:S a sh:NodeShape ; sh:targetClass ex:C ;
            sh:property [ sh:path ex:p ; sh:uniqueLang true ] .""", encoding="utf-8")
    with pytest.raises(OntologyError, match="uniqueLang"):
        shacl.compiled(str(shapes))


def test_every_check_is_compiled() -> None:
    comp = shacl.compiled()
    assert len(comp.checks) > 40
    assert any(c.kind == "sparql" and c.query.lstrip().upper().startswith("PREFIX") for c in comp.checks)
    assert vgk("sourceFile").value in {c.path for c in comp.checks}


@pytest.mark.parametrize(
    ("sparql", "named"),
    [
        ("PREFIX vgk: <https://w3id.org/vngovkg/ontology#> SELECT $this WHERE { $this vgk:start ?s ; vgk:end ?e }",
         {VGK + "start", VGK + "end"}),
        ("SELECT ?s WHERE { ?s <https://example.org/p> ?o }", {"https://example.org/p"}),
        ("SELECT ?s WHERE { ?s ?p ?o }", None),
        ("SELECT ?s WHERE { ?s a <https://example.org/C> ; ?p ?o }", None),
    ],
)
def test_sparql_constraints_see_the_triples_they_name(sparql: str, named: set[str] | None) -> None:
    got = shacl._iris_named(sparql)
    if named is None:
        assert got is None
    else:
        assert got is not None and named <= got
