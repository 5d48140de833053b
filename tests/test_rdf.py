"""The RDF of whole seed reports against golden files (N-Quads, sorted).

Regenerate after an intended change with:  UPDATE_GOLDEN=1 make test
"""

from __future__ import annotations

import os
from pathlib import Path

import pyoxigraph as ox
import pytest

import kg
from kg.extract import EXTRACTOR_VERSION
from kg.pipeline import report_graph
from kg.read import read_report
from tests.conftest import ROOT, SEEDS

GOLDEN = ROOT / "tests" / "golden"


def _masked(q: ox.Quad) -> str:
    if q.predicate.value.endswith(("#extractorVersion", "#contentHash")):
        return str(ox.Quad(q.subject, q.predicate, ox.Literal("(masked)"), q.graph_name))
    return str(q)


@pytest.mark.parametrize("seed", ["002_e160d4971ffb8074.txt", "004_2a1da29baf66937e.txt"])
def test_seed_graph_matches_golden(seed: str) -> None:
    graph, quads, _ = report_graph(read_report(SEEDS / seed))
    # The version and the hash it is part of change with every change of the code that
    # makes the graph (test_version_is_in_the_graph checks them); the rest must not.
    got = "\n".join(sorted(_masked(q) + " ." for q in quads)) + "\n"
    path = GOLDEN / (seed.rsplit(".", 1)[0] + ".nq")
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(got, encoding="utf-8")
    assert path.exists(), f"no golden file {path}; run with UPDATE_GOLDEN=1"
    assert got == path.read_text(encoding="utf-8")
    assert all(q.graph_name == graph for q in quads)


def test_every_official_role_and_citation_has_provenance() -> None:
    from kg.vocab import vgk

    _, quads, _ = report_graph(read_report(SEEDS / "004_2a1da29baf66937e.txt"))
    typed = {q.subject for q in quads if q.predicate.value.endswith("type")
             and q.object in (vgk("Official"), vgk("RoleAssignment"), vgk("LegalDocument"))}
    evidenced = {q.subject for q in quads if q.predicate == vgk("evidence")}
    assert typed and typed <= evidenced
    text = read_report(SEEDS / "004_2a1da29baf66937e.txt").text
    spans: dict[str, dict[str, str]] = {}
    for q in quads:
        if q.predicate in (vgk("start"), vgk("end"), vgk("exact")):
            spans.setdefault(q.subject.value, {})[q.predicate.value.rsplit("#", 1)[1]] = q.object.value
    for s in spans.values():
        assert text[int(s["start"]):int(s["end"])] == s["exact"]


def test_chaired_and_spoke_imply_attended() -> None:
    from kg.vocab import vgk

    _, quads, _ = report_graph(read_report(SEEDS / "004_2a1da29baf66937e.txt"))
    attended = {(q.subject, q.object) for q in quads if q.predicate == vgk("attended")}
    for q in quads:
        if q.predicate in (vgk("chaired"), vgk("spokeAt")):
            assert (q.subject, q.object) in attended


def test_version_is_in_the_graph() -> None:
    _, quads, _ = report_graph(read_report(SEEDS / "000_5a02dec71d9cc9a2.txt"))
    assert any(q.object.value == EXTRACTOR_VERSION for q in quads if q.predicate.value.endswith("extractorVersion"))


def test_the_version_follows_the_code_that_makes_the_graph(tmp_path: Path) -> None:
    from kg.extract import GRAPH_SOURCES, sources_digest

    assert "lexicon/*.toml" in GRAPH_SOURCES and "extract/*.py" in GRAPH_SOURCES
    a, b = tmp_path / "titles.toml", tmp_path / "people.py"
    a.write_text("[title]\nwords = ['Giám đốc']\n", encoding="utf-8")
    b.write_text("X = 1\n", encoding="utf-8")
    before = sources_digest([a, b], "underthesea 9.5.0")
    assert sources_digest([b, a], "underthesea 9.5.0") == before  # the order given does not matter
    assert sources_digest([a, b], "underthesea 9.6.0") != before
    a.write_text("[title]\nwords = ['Phó Giám đốc']\n", encoding="utf-8")
    assert sources_digest([a, b], "underthesea 9.5.0") != before
    assert EXTRACTOR_VERSION.startswith(kg.__version__ + "+")
