from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_kg

QUERIES = sorted((ROOT / "queries").glob("*.rq"))


def test_there_are_queries() -> None:
    assert len(QUERIES) >= 6


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.name)
def test_each_query_has_a_header_and_runs(seed_store: Path, path: Path) -> None:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# ") and len(first) > 20, "a query starts with a comment saying what it answers"
    r = run_kg("query", "--store", str(seed_store), "--format", "json", str(path))
    assert r.returncode == 0, r.stderr
    json.loads(r.stdout)


def rows(seed_store: Path, query: str, *extra: str) -> list[dict[str, str]]:
    r = run_kg("query", "--store", str(seed_store), "--format", "json", query, *extra)
    assert r.returncode == 0, r.stderr
    return [{k: v["value"] for k, v in b.items()} for b in json.loads(r.stdout)["results"]["bindings"]]


def test_demo_shows_the_officials_at_their_meetings(seed_store: Path) -> None:
    got = rows(seed_store, "queries/01_officials_at_province_meetings.rq")
    assert {"name": "Nguyễn Quỳnh Thiện", "province": "Trà Vinh", "kind": "ReviewConference"}.items() <= next(
        r for r in got if r["name"] == "Nguyễn Quỳnh Thiện").items()
    vo = next(r for r in got if r["name"] == "Võ Văn Hưng")
    assert (vo["province"], vo["kind"], vo["date"], vo["chaired"]) == ("Quảng Trị", "WorkingSession", "2023-11-29",
                                                                       "true")


def test_timeline_of_one_official_in_date_order(seed_store: Path) -> None:
    got = rows(seed_store, "queries/06_official_timeline.rq", "--param", "name=Huỳnh Minh Tuấn")
    assert {r["name"] for r in got} == {"Huỳnh Minh Tuấn"}
    assert {r["what"] for r in got} == {"role", "meeting"}
    assert [r["date"] for r in got] == sorted(r["date"] for r in got)


def test_roles_query_names_the_report(seed_store: Path) -> None:
    got = rows(seed_store, "queries/02_roles_by_official.rq")
    thien = {r["role"] for r in got if r["name"] == "Nguyễn Quỳnh Thiện"}
    assert thien == {"Tỉnh ủy viên", "Phó Chủ tịch Ủy ban nhân dân tỉnh Trà Vinh"}
    assert all(r["report"].endswith(".txt") for r in got)


def test_co_attendance_pairs(seed_store: Path) -> None:
    got = rows(seed_store, "queries/05_officials_who_met.rq")
    assert {"name1": "Lê Đức Tiến", "name2": "Võ Văn Hưng"}.items() <= next(
        r for r in got if r["name1"] == "Lê Đức Tiến" and r["name2"] == "Võ Văn Hưng").items()
