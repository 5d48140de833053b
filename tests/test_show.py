"""kg show: a report's text with its mentions highlighted, and its facts with their spans.

Regenerate the golden files after an intended change with:  UPDATE_GOLDEN=1 make test
"""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from kg.show import STYLES, Shown, from_file, highlighted
from tests.conftest import ROOT, SEEDS, report, run_kg

GOLDEN = ROOT / "tests" / "golden"
SEED = "002_e160d4971ffb8074.txt"


def _golden(name: str, got: str) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(got, encoding="utf-8")
    assert path.exists(), f"no golden file {path}; run with UPDATE_GOLDEN=1"
    assert got == path.read_text(encoding="utf-8")


@pytest.mark.parametrize(("fmt", "golden"), [("text", f"show-{SEED}"), ("json", f"show-{SEED}.json")])
def test_show_of_a_seed_matches_its_golden_output(fmt: str, golden: str) -> None:
    r = run_kg("show", str(SEEDS / SEED), "--format", fmt)
    assert r.returncode == 0, r.stderr
    _golden(golden, r.stdout)


def test_every_mention_is_in_the_text_where_it_says() -> None:
    shown = from_file(str(SEEDS / SEED))
    assert shown.text and shown.mentions
    for m in shown.mentions:
        assert shown.text[m.start:m.end] == m.exact
    kinds = {m.kind for m in shown.mentions}
    assert {"official", "role", "province", "date", "author", "document"} <= kinds


def test_each_mention_is_highlighted_by_its_kind() -> None:
    shown = from_file(str(SEEDS / SEED))
    text = highlighted(shown)
    styled = {(s.start, s.end): str(s.style) for s in text.spans}
    for m in shown.mentions:
        assert styled[(m.start, m.end)] == STYLES[m.kind]


def test_the_store_shows_what_the_file_shows(seed_store: Path) -> None:
    """Found in the store by its name, a report has the facts, the text and the spans that its
    file extracted now has (the store keeps the text, schema:text)."""
    stored = run_kg("show", SEED, "--store", str(seed_store), "--format", "json")
    fresh = run_kg("show", str(SEEDS / SEED), "--format", "json")
    assert stored.returncode == 0, stored.stderr
    assert json.loads(stored.stdout) == json.loads(fresh.stdout)


@pytest.mark.parametrize("name", ["002_e160d4971ffb8074", "002_E160D4971FFB8074.TXT", "seeds/002_e160d4971ffb8074.txt",
                                  "https://w3id.org/vngovkg/id/report/002-e160d4971ffb8074-txt"])
def test_a_report_of_the_store_by_its_name_however_typed(seed_store: Path, name: str) -> None:
    r = run_kg("show", name, "--store", str(seed_store), "--format", "json", "--no-text")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["report"]["file"] == SEED


@pytest.mark.parametrize(("name", "message"), [
    ("002_e160d4971ffb807.txt", "did you mean 002_e160d4971ffb8074.txt?"),
    ("atlantis.txt", "no report named 'atlantis.txt' in the store"),
])
def test_a_report_that_is_not_there(seed_store: Path, name: str, message: str) -> None:
    r = run_kg("show", name, "--store", str(seed_store))
    assert r.returncode == 1 and message in r.stderr and "Traceback" not in r.stderr


def test_no_file_and_no_store(tmp_path: Path) -> None:
    r = run_kg("show", "nope.txt", "--store", str(tmp_path / "none"))
    assert r.returncode == 1 and "Error: no file nope.txt, and no store at" in r.stderr
    assert not (tmp_path / "none").exists()


def test_one_line_of_json_lines(tmp_path: Path) -> None:
    text = ("Hội nghị tổng kết năm 2023\n\nSáng 10/1/2024, Sở Khoa học và Công nghệ tỉnh Lào Cai tổ chức hội nghị tổng "
            "kết. Đồng chí Lò Văn Thạch, Phó Chủ tịch UBND tỉnh Lào Cai chủ trì hội nghị.")
    f = tmp_path / "two.jsonl"
    f.write_text(json.dumps({"text": "Tin ngắn về thời tiết."}, ensure_ascii=False) + "\n"
                 + json.dumps({"text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    both = run_kg("show", str(f))
    assert both.returncode == 1 and "holds 2 reports" in both.stderr and f"{f}#LINE" in both.stderr
    r = run_kg("show", f"{f}#2", "--format", "json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["province"]["label"] == "Lào Cai"
    [official] = data["officials"]
    assert (official["name"], official["chaired"]) == ("Lò Văn Thạch", True)
    assert [x["title"] for x in official["roles"]] == ["Phó Chủ tịch Ủy ban nhân dân tỉnh Lào Cai"]


def test_a_made_up_report_shows_each_fact_with_its_span() -> None:
    from kg.pipeline import report_graph
    from kg.show import facts, render

    rep = report("Lễ trao giải Hội thi sáng tạo kỹ thuật\n\nChiều 5/3/2025, tại tỉnh Điện Biên, ông Lò Văn Thạch, Giám "
                 "đốc Sở Khoa học và Công nghệ phát biểu tại lễ. Theo Nghị quyết số 57-NQ/TW ...\n\nHà Thị Mơ")
    graph, quads, _ = report_graph(rep)
    shown: Shown = facts(quads, graph.value)
    shown.text = rep.text
    assert shown.province and shown.province["label"] == "Điện Biên"
    assert [d["number"] for d in shown.documents] == ["57-NQ/TW"]
    [official] = [o for o in shown.officials if o["name"] == "Lò Văn Thạch"]
    assert official["spoke"] and official["roles"][0]["title"] == "Giám đốc Sở Khoa học và Công nghệ"
    start = rep.text.index("57-NQ/TW")
    assert shown.documents[0]["mentions"][0]["start"] == start
    from rich.console import Console

    console = Console(width=100, record=True, file=io.StringIO())
    console.print(render(shown, lang="en"))
    out = console.export_text()
    assert f"{start}–{start + len('57-NQ/TW')}" in out and "spoke" in out
