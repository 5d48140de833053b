"""The RDF of whole seed reports against golden files (N-Quads, sorted).

Regenerate after an intended change with:  UPDATE_GOLDEN=1 make test
"""

from __future__ import annotations

import os

import pytest

from kg.extract import EXTRACTOR_VERSION
from kg.pipeline import report_graph
from kg.read import read_report
from tests.conftest import ROOT, SEEDS

GOLDEN = ROOT / "tests" / "golden"


@pytest.mark.parametrize("seed", ["002_e160d4971ffb8074.txt", "004_2a1da29baf66937e.txt"])
def test_seed_graph_matches_golden(seed: str) -> None:
    graph, quads, _ = report_graph(read_report(SEEDS / seed))
    got = "\n".join(sorted(str(q) + " ." for q in quads)) + "\n"
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
