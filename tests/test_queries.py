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
    assert {r["what"] for r in got} == {"role", "meeting", "occupancy"}
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


@pytest.mark.parametrize(("query", "param", "value", "column"), [
    ("01_officials_at_province_meetings.rq", "province", "Trà Vinh", "province"),
    ("01_officials_at_province_meetings.rq", "year", "2023", "year"),
    ("03_meetings_per_province_year.rq", "province", "Trà Vinh", "province"),
    ("07_documents.rq", "number", "19/2014/QĐ-TTg", "number"),
    ("02_roles_by_official.rq", "name", "Nguyễn Quỳnh Thiện", "name"),
    ("05_officials_who_met.rq", "name1", "Lê Đức Tiến", "name1"),
    ("06_official_timeline.rq", "name", "Võ Văn Hưng", "name"),
])
def test_a_bound_parameter_keeps_only_its_rows(seed_store: Path, query: str, param: str, value: str,
                                               column: str) -> None:
    got = rows(seed_store, f"queries/{query}", "--param", f"{param}={value}")
    assert got and {r[column] for r in got} == {value}
    every = rows(seed_store, f"queries/{query}")
    assert len(got) == sum(1 for r in every if r.get(column) == value)


def test_province_and_year_together_keep_exactly_that_years_rows_in_order(dev_store: Path) -> None:
    q = "queries/01_officials_at_province_meetings.rq"
    every = rows(dev_store, q)
    province = max({r["province"] for r in every}, key=lambda p: len({r["year"] for r in every if r["province"] == p}))
    years = {r["year"] for r in every if r["province"] == province}
    assert len(years) >= 2
    for year in years:
        got = rows(dev_store, q, "--param", f"province={province}", "--param", f"year={year}")
        assert got and got == [r for r in every if r["province"] == province and r["year"] == year]


def test_the_year_of_a_meeting_is_the_year_query_03_counts_it_under(dev_store: Path) -> None:
    """01 and 03 define a meeting's year the same way: its date, else the report's publication."""
    attended = rows(dev_store, "queries/01_officials_at_province_meetings.rq")
    counted = rows(dev_store, "queries/03_meetings_per_province_year.rq")
    assert {r["year"] for r in attended} >= {"(unknown)"} | {r["date"][:4] for r in attended if "date" in r}
    assert {(r["province"], r["year"], r["kind"]) for r in attended} <= {
        (r["province"], r["year"], r["kind"]) for r in counted}


def test_each_meeting_is_counted_once_per_province_and_year(dev_store: Path) -> None:
    """Meetings of no known province count once, as "(unknown)", not once per province."""
    got = rows(dev_store, "queries/03_meetings_per_province_year.rq")
    meetings = rows(dev_store, "SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { GRAPH ?r { ?m a vgk:Meeting } }")
    assert sum(int(r["meetings"]) for r in got) == int(meetings[0]["n"])
    assert any(r["province"] == "(unknown)" for r in got)


@pytest.mark.parametrize(("query", "key"), [
    ("05_officials_who_met.rq", ("name1", "name2", "report")),
    ("06_official_timeline.rq", ("name", "report", "what", "detail")),
])
def test_a_report_of_no_known_province_is_not_listed_under_every_province(dev_store: Path, query: str,
                                                                          key: tuple[str, ...]) -> None:
    got = rows(dev_store, f"queries/{query}")
    assert any("province" not in r for r in got)  # the dev set has such reports
    assert len(got) == len({tuple(r.get(k) for k in key) for r in got})


# Two made-up reports: one of Lào Cai, one of no province; both cite 19/2014/QĐ-TTg.
MADE_UP = {
    "lao-cai.txt": "Lào Cai: Hội nghị tổng kết công tác khoa học và công nghệ năm 2023\n\nSáng ngày 12/1/2024, Sở Khoa "
                   "học và Công nghệ tỉnh Lào Cai tổ chức Hội nghị tổng kết công tác năm 2023. Đồng chí Lò Văn Thạch, "
                   "Phó Chủ tịch UBND tỉnh Lào Cai chủ trì hội nghị. Dự hội nghị có bà Hà Thị Mơ, Giám đốc Sở Khoa học "
                   "và Công nghệ.\n\nHội nghị đánh giá việc áp dụng hệ thống quản lý chất lượng theo Quyết định số "
                   "19/2014/QĐ-TTg của Thủ tướng Chính phủ.\n\nMinh Khôi\n",
    "nowhere.txt": "Hội thảo về hệ thống quản lý chất lượng trong cơ quan hành chính\n\nHội thảo do Trung tâm Năng suất "
                   "tổ chức đã trao đổi kinh nghiệm áp dụng Quyết định số 19/2014/QĐ-TTg của Thủ tướng Chính phủ. Ông "
                   "Giàng Seo Phử, Phó Giám đốc Trung tâm phát biểu tại hội thảo.\n\nThu Trang\n",
    "a-lao-cai-undated.txt": "Hội thảo khoa học về cây dược liệu tại Lào Cai\n\nSở Khoa học và Công nghệ tỉnh Lào Cai "
                             "tổ chức hội thảo khoa học về phát triển cây dược liệu. Ông Vàng A Dính, Phó Giám đốc Sở "
                             "Khoa học và Công nghệ tỉnh Lào Cai chủ trì hội thảo.\n\nMinh Khôi\n",
}


@pytest.fixture(scope="module")
def made_up_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    src = tmp_path_factory.mktemp("made-up")
    for name, text in MADE_UP.items():
        (src / name).write_text(text, encoding="utf-8")
    store = src / "store"
    r = run_kg("build", str(src), "--store", str(store))
    assert r.returncode == 0, r.stderr
    return store


def test_query_04_keeps_the_provinces_when_a_citing_report_has_none(made_up_store: Path) -> None:
    [row] = rows(made_up_store, "queries/04_documents_cited_by_several_reports.rq")
    assert (row["number"], row["reports"], row["provinces"]) == ("19/2014/QĐ-TTg", "2", "Lào Cai")


def test_query_01_gives_roles_review_years_and_meetings_of_no_province(made_up_store: Path) -> None:
    got = {r["name"]: r for r in rows(made_up_store, "queries/01_officials_at_province_meetings.rq")}
    assert (got["Lò Văn Thạch"]["role"], got["Lò Văn Thạch"]["reviewYear"], got["Lò Văn Thạch"]["chaired"]) == (
        "Phó Chủ tịch Ủy ban nhân dân tỉnh Lào Cai", "2023", "true")
    assert got["Lò Văn Thạch"]["province"] == "Lào Cai" and got["Lò Văn Thạch"]["date"] == "2024-01-12"
    assert got["Giàng Seo Phử"]["province"] == "(unknown)"  # a meeting of no known province is listed
    unknown = rows(made_up_store, "queries/01_officials_at_province_meetings.rq", "--param", "province=unknown")
    assert {r["name"] for r in unknown} == {"Giàng Seo Phử"}


def test_query_01_lists_undated_meetings_after_the_dated_ones(made_up_store: Path) -> None:
    got = [r for r in rows(made_up_store, "queries/01_officials_at_province_meetings.rq") if r["province"] == "Lào Cai"]
    assert [("date" in r, r["name"]) for r in got] == [(True, "Hà Thị Mơ"), (True, "Lò Văn Thạch"),
                                                       (False, "Vàng A Dính")]
