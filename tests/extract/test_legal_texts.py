"""Citations in dense legal and administrative text: the made-up decisions, plans,
resolutions, notices, submissions and reports of tests/extract/legal/, every citation
listed by hand in citations.toml, the text's own number apart."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from kg.extract import extract_citations
from kg.models import Report
from kg.normalize import nfc
from kg.pipeline import report_graph
from kg.vocab import vgk

LEGAL = Path(__file__).parent / "legal"
TEXTS = tomllib.loads((LEGAL / "citations.toml").read_text(encoding="utf-8"))["text"]


def _report(name: str) -> Report:
    return Report(source_file=name, text=nfc((LEGAL / name).read_text(encoding="utf-8")))


def _read(name: str) -> tuple[set[str], set[str]]:
    """(cited numbers, own numbers) the parser reads in one text."""
    cs = extract_citations(_report(name))
    return {c.number for c in cs if not c.own}, {c.number for c in cs if c.own}


def test_enough_texts_of_every_kind() -> None:
    assert len(TEXTS) >= 10
    assert sum(len(t["cites"]) for t in TEXTS) >= 120
    kinds = {t["file"].split("_")[1] for t in TEXTS}
    assert {"quyet", "nghi", "ke", "thong", "to", "bao", "luat", "cong"} <= kinds


def test_precision_and_recall_on_dense_legal_text() -> None:
    tp = fp = fn = 0
    wrong = []
    for t in TEXTS:
        got, _ = _read(t["file"])
        want = {nfc(n) for n in t["cites"]}
        tp, fp, fn = tp + len(got & want), fp + len(got - want), fn + len(want - got)
        wrong += [f"{t['file']}: extra {n}" for n in sorted(got - want)]
        wrong += [f"{t['file']}: miss {n}" for n in sorted(want - got)]
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    assert precision >= 0.99 and recall >= 0.97, "\n".join(wrong)


@pytest.mark.parametrize("text", TEXTS, ids=[t["file"] for t in TEXTS])
def test_the_own_number_is_apart(text: dict[str, object]) -> None:
    _, own = _read(str(text["file"]))
    assert own == {nfc(str(text["own"]))}


def test_the_own_number_is_the_text_of_not_a_citation() -> None:
    graph, quads, _ = report_graph(_report("01_quyet_dinh_quy_che.txt"))
    by_predicate: dict[str, set[str]] = {}
    for q in quads:
        if q.subject == graph:
            by_predicate.setdefault(q.predicate.value, set()).add(q.object.value)
    (own,) = by_predicate[vgk("textOf").value]
    assert own.endswith("/17-2023-qd-ubnd")
    assert own not in by_predicate[vgk("cites").value]
    assert len(by_predicate[vgk("cites").value]) == 12
