from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.pipeline import report_graph
from kg.read import read_report
from kg.store import Store
from kg.validate import validate_quads, validate_store
from kg.vocab import vgk
from tests.conftest import SEEDS


def test_seed_graphs_conform(seed_store: Path) -> None:
    assert validate_store(Store(str(seed_store), read_only=True)) == []


@pytest.mark.parametrize(
    ("drop", "message"),
    [(vgk("sourceFile"), "sourceFile"), (vgk("reports"), "vgk:Meeting"), (vgk("evidence"), "span")],
)
def test_a_broken_graph_does_not_conform(seed_store: Path, drop: ox.NamedNode, message: str) -> None:
    store = Store(str(seed_store), read_only=True)
    graph, quads, _ = report_graph(read_report(SEEDS / "004_2a1da29baf66937e.txt"))
    reference = [q for q in store.raw if q.graph_name != graph and "graph/" in str(q.graph_name)]
    broken = [q for q in quads if q.predicate != drop]
    violations = validate_quads(graph.value, broken, reference)
    assert violations
    assert any(message in v.message or message in str(v) for v in violations)


def test_a_mention_with_a_wrong_span_does_not_conform(seed_store: Path) -> None:
    store = Store(str(seed_store), read_only=True)
    graph, quads, _ = report_graph(read_report(SEEDS / "004_2a1da29baf66937e.txt"))
    reference = [q for q in store.raw if "graph/" in str(q.graph_name)]
    bad = [ox.Quad(q.subject, q.predicate, ox.Literal(q.object.value + "x"), q.graph_name)
           if q.predicate == vgk("exact") else q for q in quads]
    assert any("end - start" in v.message for v in validate_quads(graph.value, bad, reference))


def test_violations_name_their_span(tmp_path: Path) -> None:
    from kg.pipeline import build

    store = Store(str(tmp_path / "st"))
    build([str(SEEDS / "004_2a1da29baf66937e.txt")], store)
    graph = next(g for g in store.named_graphs() if "/report/" in g.value)
    exact = next(q for q in store.raw.quads_for_pattern(None, vgk("exact"), None, graph))
    store.raw.update(f"DELETE DATA {{ GRAPH {graph} {{ {exact.subject} {vgk('exact')} {exact.object} }} }}; "
                     f"INSERT DATA {{ GRAPH {graph} {{ {exact.subject} {vgk('exact')} \"?\" }} }}")
    violations = validate_store(store)
    assert violations
    assert any("«?»" in str(v) and graph.value in str(v) for v in violations)


@pytest.mark.parametrize(
    ("name", "conforms"),
    [("Lò Văn Thạch", True), ("Kim Dae-ho", True), ("Kim-Dae-Ho", True), ("Oh-Sae-hoon", True),
     ("Thạch", False), ("Lò  Văn Thạch", False), ("Kim-", False), ("-Dae", False)],
)
def test_an_officials_name_has_two_words_or_hyphenated_syllables(seed_store: Path, name: str, conforms: bool) -> None:
    store = Store(str(seed_store), read_only=True)
    graph, quads, _ = report_graph(read_report(SEEDS / "004_2a1da29baf66937e.txt"))
    reference = [q for q in store.raw if "graph/" in str(q.graph_name)]
    official = next(q.subject for q in quads if q.object == vgk("Official"))
    renamed = [ox.Quad(q.subject, q.predicate, ox.Literal(name), q.graph_name)
               if q.subject == official and q.predicate.value == "https://schema.org/name" else q for q in quads]
    names = [v for v in validate_quads(graph.value, renamed, reference) if "name" in v.message]
    assert (names == []) is conforms
