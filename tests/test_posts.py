"""Posts and occupancies: who held which post when, across reports (kg/posts.py, kg/occupancies.py).

Every report here is made up (people, dates); the provinces are real."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg import occupancies, pipeline, serve
from kg.endpoint import Endpoint
from kg.occupancies import Statement, derive
from kg.pipeline import build, report_graph
from kg.posts import position_and_body, single_holder
from kg.store import Store
from kg.validate import validate_quads
from kg.vocab import GRAPH_OCCUPANCIES, GRAPH_UNFINISHED, LABEL, RES, vgk
from tests.conftest import KG, ROOT, report

OCC = f"<{GRAPH_OCCUPANCIES.value}>"
POST = RES + "post/"
PERSON = RES + "person/"

# ------------------------------------------------------------------ what a title's post is


@pytest.mark.parametrize(("title", "position", "body"), [
    ("Giám đốc Sở Khoa học và Công nghệ", "Giám đốc", "Sở Khoa học và Công nghệ"),
    ("nguyên Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh", "Phó Chủ tịch Thường trực", "Ủy ban nhân dân tỉnh"),
    ("Phó Chủ tịch TT Ủy ban nhân dân tỉnh", "Phó Chủ tịch Thường trực", "Ủy ban nhân dân tỉnh"),
    ("Ủy viên Ban Thường vụ Tỉnh ủy", "Ủy viên Ban Thường vụ", "Tỉnh ủy"),
    ("Ủy viên Ban Thường vụ Huyện ủy Cầu Kè", "Ủy viên Ban Thường vụ", "Huyện ủy Cầu Kè"),
    ("Tỉnh ủy viên", "Tỉnh ủy viên", "Tỉnh ủy"),
    ("Ủy viên Ban Chấp hành Đảng bộ tỉnh", "Tỉnh ủy viên", "Tỉnh ủy"),
    ("Trưởng Ban Tuyên giáo Tỉnh ủy", "Trưởng ban", "Ban Tuyên giáo Tỉnh ủy"),
    ("Quyền Giám đốc Sở Y tế", "Giám đốc", "Sở Y tế"),
    ("Ủy viên Ban Chấp hành Trung ương Đảng", "Ủy viên Trung ương Đảng", None),
    ("Phó Chủ tịch", "Phó Chủ tịch", None),
])
def test_a_title_is_position_words_and_a_body(title: str, position: str, body: str | None) -> None:
    got = position_and_body(title)
    assert got is not None and got[:2] == (position, body)


@pytest.mark.parametrize(("position", "one"), [
    ("Giám đốc", True), ("Bí thư", True), ("Trưởng ban", True), ("Phó Chủ tịch Thường trực", True),
    ("Tổng Thư ký", True), ("Phó Giám đốc", False), ("Phó Chủ tịch", False), ("Ủy viên Ban Thường vụ", False),
    ("Tỉnh ủy viên", False), ("Đại biểu Quốc hội", False), ("Thứ trưởng", False),
])
def test_heads_and_the_standing_deputy_are_held_by_one_at_a_time(position: str, one: bool) -> None:
    assert single_holder(position) is one


def _posts(text: str) -> dict[str, set[str]]:
    """Person slug -> the post IRIs their roles name, in a report of ``text``."""
    _, quads, _ = report_graph(report(text))
    holds = {q.object: q.subject.value.rsplit("/", 1)[-1] for q in quads if q.predicate == vgk("holds")}
    out: dict[str, set[str]] = {}
    for q in quads:
        if q.predicate == vgk("post") and q.subject in holds:
            out.setdefault(holds[q.subject], set()).add(q.object.value[len(POST):])
    return out


@pytest.mark.parametrize("text", [
    "Sáng 3/4/2023, Sở Khoa học và Công nghệ tỉnh Khánh Hoà tổ chức hội nghị tổng kết. Dự hội nghị có ông Mạc "
    "Văn Khiêm, GĐ Sở KH&CN tỉnh Khánh Hoà.",
    "Sáng 3/4/2023, UBND tỉnh Khánh Hòa tổ chức hội nghị. Ông Mạc Văn Khiêm, Giám đốc Sở Khoa học - Công nghệ "
    "tỉnh Khánh Hòa phát biểu.",
    "Sáng 3/4/2023, UBND tỉnh Khánh Hòa tổ chức hội nghị. Dự có ông Mạc Văn Khiêm, Giám đốc Sở Khoa học và "
    "Công nghệ.",
    "Sáng 3/4/2023, UBND tỉnh Khánh Hòa tổ chức hội nghị. Dự có ông Mạc Văn Khiêm, Giám đốc Sở KH-CN Khánh Hòa.",
])
def test_every_writing_of_one_post_gives_one_node(text: str) -> None:
    assert _posts(text)["mac-van-khiem"] == {"khanh-hoa/so-khoa-hoc-va-cong-nghe/giam-doc"}


@pytest.mark.parametrize(("text", "person", "post"), [
    ("Sáng 3/4/2023, UBND tỉnh Khánh Hòa họp. Dự có bà Hà Thị Mơ, Uỷ viên Ban Thường vụ Tỉnh uỷ.", "ha-thi-mo",
     "khanh-hoa/tinh-uy/uy-vien-ban-thuong-vu"),
    ("Sáng 3/4/2023, UBND tỉnh Khánh Hòa họp. Dự có ông Lò Văn Thạch, UVBTV Tỉnh ủy.", "lo-van-thach",
     "khanh-hoa/tinh-uy/uy-vien-ban-thuong-vu"),
    ("Sáng 3/4/2023, UBND tỉnh Khánh Hòa họp. Dự có bà Kiều Thị Nga, Ủy viên Ban Chấp hành Đảng bộ tỉnh.",
     "kieu-thi-nga", "khanh-hoa/tinh-uy/tinh-uy-vien"),
    ("Sáng 3/4/2023, UBND tỉnh Khánh Hòa họp. Dự có bà Kiều Thị Nga, Tỉnh ủy viên.", "kieu-thi-nga",
     "khanh-hoa/tinh-uy/tinh-uy-vien"),
    ("Sáng 3/4/2023, UBND tỉnh Khánh Hòa họp. Dự có bà Hà Thị Mơ, Phó Chủ tịch TT UBND tỉnh.", "ha-thi-mo",
     "khanh-hoa/uy-ban-nhan-dan/pho-chu-tich-thuong-truc"),
])
def test_a_committee_member_and_a_party_member_are_posts_of_the_party_body(text: str, person: str, post: str) -> None:
    assert post in _posts(text)[person]


@pytest.mark.parametrize("text", [
    "Sáng 3/4/2023, UBND tỉnh Hà Giang họp. Dự có ông Lò Văn Thạch, Giám đốc Sở Khoa học và công nghệ tỉnh Hà "
    "Giang; bà Hà Thị Mơ, nguyên Giám đốc Sở KH&CN.",
    "Sáng 3/4/2023, UBND tỉnh Hà Giang họp. Dự có ông Lò Văn Thạch, Trưởng Ban Tuyên giáo Tỉnh ủy; bà Hà Thị Mơ, "
    "nguyên Trưởng ban Tuyên giáo Tỉnh ủy Hà Giang.",
])
def test_a_post_written_two_ways_in_one_report_is_described_once(text: str) -> None:
    _, quads, _ = report_graph(report(text))
    posts = {q.object for q in quads if q.predicate == vgk("post")}
    assert len(posts) == 1
    for predicate in (LABEL, vgk("position"), vgk("organization")):
        assert len([q for q in quads if q.subject in posts and q.predicate == predicate]) == 1


@pytest.mark.parametrize("text", [
    "Sáng 3/4/2023, UBND tỉnh Khánh Hòa họp. Dự có ông Lò Văn Thạch, Phó Chủ tịch; bà Hà Thị Mơ, Giám đốc Sở.",
    "Sáng 3/4/2023, UBND tỉnh Khánh Hòa họp. Dự có ông Lò Văn Thạch, Bí thư Đảng ủy.",
])
def test_a_title_that_does_not_say_which_body_is_no_post(text: str) -> None:
    assert _posts(text) == {}


# ------------------------------------------------------------------ the rules, on statements

D = date.fromisoformat
P = POST + "tra-vinh/so-xay-dung/giam-doc"
A, B = PERSON + "tra-vinh/lo-van-thach", PERSON + "tra-vinh/ha-thi-mo"


def _s(n: int, holder: str, when: str | None, former: bool = False) -> Statement:
    return Statement(f"{RES}role/r{n}/x/1", holder, D(when) if when else None, former)


def _spans(occs: list[occupancies.Occupancy]) -> list[tuple[str, str | None, str | None, str | None, int, bool]]:
    def iso(d: date | None) -> str | None:
        return d.isoformat() if d else None

    return [(o.holder[len(PERSON):], iso(o.first), iso(o.last), iso(o.ended), len(o.evidence), o.succeeds is not None)
            for o in occs]


@pytest.mark.parametrize(("single", "statements", "expected"), [
    # A seen a year apart, then a report calls A former and B the holder: A ended, B succeeds.
    (True, [_s(1, A, "2020-03-12"), _s(2, A, "2021-03-15"), _s(3, A, "2021-10-20", True), _s(3, B, "2021-10-20")],
     [("tra-vinh/lo-van-thach", "2020-03-12", "2021-03-15", "2021-10-20", 3, False),
      ("tra-vinh/ha-thi-mo", "2021-10-20", "2021-10-20", None, 1, True)]),
    # Deputies: two at once, each one occupancy, no succession.
    (False, [_s(1, A, "2021-05-10"), _s(1, B, "2021-05-10"), _s(2, A, "2022-05-10"), _s(2, B, "2022-05-10")],
     [("tra-vinh/ha-thi-mo", "2021-05-10", "2022-05-10", None, 2, False),
      ("tra-vinh/lo-van-thach", "2021-05-10", "2022-05-10", None, 2, False)]),
    # A, then B, then A again: the reports show the gap, so A has two occupancies.
    (True, [_s(1, A, "2019-04-02"), _s(2, B, "2020-04-02"), _s(3, A, "2021-04-02")],
     [("tra-vinh/lo-van-thach", "2019-04-02", "2019-04-02", None, 1, False),
      ("tra-vinh/ha-thi-mo", "2020-04-02", "2020-04-02", None, 1, True),
      ("tra-vinh/lo-van-thach", "2021-04-02", "2021-04-02", None, 1, True)]),
    # Seen twice, far apart, nobody between: one occupancy.
    (True, [_s(1, A, "2016-01-05"), _s(2, A, "2023-09-30")],
     [("tra-vinh/lo-van-thach", "2016-01-05", "2023-09-30", None, 2, False)]),
    # "nguyên" between two sightings of a deputy: two occupancies, the first ended.
    (False, [_s(1, A, "2018-06-01"), _s(2, A, "2019-06-01", True), _s(3, A, "2022-02-02")],
     [("tra-vinh/lo-van-thach", "2018-06-01", "2018-06-01", "2019-06-01", 2, False),
      ("tra-vinh/lo-van-thach", "2022-02-02", "2022-02-02", None, 1, False)]),
    # Called former before ever seen: an occupancy with no span, ended by then.
    (True, [_s(1, A, "2017-07-07", True), _s(2, B, "2018-01-01")],
     [("tra-vinh/lo-van-thach", None, None, "2017-07-07", 1, False),
      ("tra-vinh/ha-thi-mo", "2018-01-01", "2018-01-01", None, 1, False)]),
    # Undated statements: evidence, no dates (of the last occupancy where there are dated ones).
    (True, [_s(1, A, None)], [("tra-vinh/lo-van-thach", None, None, None, 1, False)]),
    (True, [_s(1, A, "2020-01-01"), _s(2, A, None)], [("tra-vinh/lo-van-thach", "2020-01-01", "2020-01-01", None, 2,
                                                       False)]),
    # Two holders seen on the same day of a single-holder post: the reports contradict, no succession.
    (True, [_s(1, A, "2020-01-01"), _s(2, B, "2020-01-01")],
     [("tra-vinh/ha-thi-mo", "2020-01-01", "2020-01-01", None, 1, False),
      ("tra-vinh/lo-van-thach", "2020-01-01", "2020-01-01", None, 1, False)]),
])
def test_occupancies_of_a_post(single: bool, statements: list[Statement],
                               expected: list[tuple[str, str | None, str | None, str | None, int, bool]]) -> None:
    occs = derive(P, single, statements)
    assert _spans(occs) == expected
    assert len({o.iri for o in occs}) == len(occs)
    for o in occs:
        if o.succeeds:
            before = next(b for b in occs if b.iri == o.succeeds)
            assert before.last is not None and o.first is not None and before.last < o.first


# ------------------------------------------------------------------ built from reports

LEAD = "{day}, UBND tỉnh {province} tổ chức hội nghị tổng kết công tác năm. "
REPORTS = {
    # One post held by A, seen in two reports a year apart, then by B after a report calls A former.
    "a1.txt": LEAD + "Dự hội nghị có ông Lò Văn Thạch, Giám đốc Sở KH&CN tỉnh Trà Vinh.",
    "a2.txt": LEAD + "Ông Lò Văn Thạch, Giám đốc Sở Khoa học và Công nghệ tỉnh Trà Vinh phát biểu.",
    "a3.txt": LEAD + "Dự có bà Hà Thị Mơ, Giám đốc Sở Khoa học và Công nghệ tỉnh Trà Vinh; ông Lò Văn Thạch, nguyên "
                     "Giám đốc Sở KH&CN tỉnh Trà Vinh.",
    # A deputy post held by two people at once.
    "b1.txt": LEAD + "Dự có ông Đinh Văn Tú, Phó Giám đốc Sở Y tế tỉnh Trà Vinh; bà Kiều Thị Nga, Phó Giám đốc Sở Y tế "
                     "tỉnh Trà Vinh.",
    "b2.txt": LEAD + "Dự có bà Kiều Thị Nga, Phó Giám đốc Sở Y tế tỉnh Trà Vinh; ông Đinh Văn Tú, Phó Giám đốc Sở Y tế "
                     "tỉnh Trà Vinh.",
    # A post of a province merged in 2025, and the post of the province it became part of.
    "c1.txt": LEAD + "Dự có ông Lâm Văn Bảy, Giám đốc Sở Tài chính tỉnh Trà Vinh.",
    "c2.txt": LEAD + "Dự có ông Lâm Văn Bảy, Giám đốc Sở Tài chính tỉnh Vĩnh Long.",
    # An undated statement.
    "d1.txt": "UBND tỉnh Trà Vinh tổ chức hội nghị. Dự có ông Tạ Văn Đông, Giám đốc Sở Nội vụ tỉnh Trà Vinh.",
}
WHEN = {"a1.txt": ("Sáng 12/3/2020", "Trà Vinh"), "a2.txt": ("Sáng 15/3/2021", "Trà Vinh"),
        "a3.txt": ("Sáng 20/10/2021", "Trà Vinh"), "b1.txt": ("Chiều 10/5/2021", "Trà Vinh"),
        "b2.txt": ("Chiều 10/5/2022", "Trà Vinh"), "c1.txt": ("Sáng 5/11/2024", "Trà Vinh"),
        "c2.txt": ("Sáng 15/9/2025", "Vĩnh Long")}


def write_reports(folder: Path, names: list[str] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names or list(REPORTS):
        day, province = WHEN.get(name, ("", ""))
        text = REPORTS[name].format(day=day, province=province) if day else REPORTS[name]
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def occ_rows(store: Store) -> list[tuple[str, str, str | None, str | None, str | None, str | None]]:
    """(post, holder, first, last, ended, holder succeeded) of every occupancy, sorted."""
    rows = store.query(f"""SELECT ?post ?h ?f ?l ?e ?bh WHERE {{ GRAPH {OCC} {{
        ?o vgk:post ?post ; vgk:holder ?h .
        OPTIONAL {{ ?o vgk:firstSeen ?f }} OPTIONAL {{ ?o vgk:lastSeen ?l }} OPTIONAL {{ ?o vgk:endedBy ?e }}
        OPTIONAL {{ ?o vgk:succeeds/vgk:holder ?bh }} }} }}""")

    def v(t: ox.Literal | ox.NamedNode | None, prefix: str = "") -> str | None:
        return None if t is None else t.value[len(prefix):]

    return sorted((v(r["post"], POST) or "", v(r["h"], PERSON) or "", v(r["f"]), v(r["l"]), v(r["e"]),
                   v(r["bh"], PERSON)) for r in rows)


EXPECTED = [
    ("tra-vinh/so-khoa-hoc-va-cong-nghe/giam-doc", "tra-vinh/ha-thi-mo", "2021-10-20", "2021-10-20", None,
     "tra-vinh/lo-van-thach"),
    ("tra-vinh/so-khoa-hoc-va-cong-nghe/giam-doc", "tra-vinh/lo-van-thach", "2020-03-12", "2021-03-15", "2021-10-20",
     None),
    ("tra-vinh/so-noi-vu/giam-doc", "tra-vinh/ta-van-dong", None, None, None, None),
    ("tra-vinh/so-tai-chinh/giam-doc", "tra-vinh/lam-van-bay", "2024-11-05", "2024-11-05", None, None),
    ("tra-vinh/so-y-te/pho-giam-doc", "tra-vinh/dinh-van-tu", "2021-05-10", "2022-05-10", None, None),
    ("tra-vinh/so-y-te/pho-giam-doc", "tra-vinh/kieu-thi-nga", "2021-05-10", "2022-05-10", None, None),
    ("vinh-long-2025/so-tai-chinh/giam-doc", "vinh-long-2025/lam-van-bay", "2025-09-15", "2025-09-15", None, None),
]


def derived(store: Store) -> set[ox.Quad]:
    return set(store.raw.quads_for_pattern(None, None, None, GRAPH_OCCUPANCIES))


def consistent(store: Store) -> bool:
    """The derived graph is what a computation from scratch on the report graphs gives."""
    return derived(store) == set(occupancies.compute(store))


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("posts")
    build([str(write_reports(base / "in"))], Store(str(base / "store")))
    return base / "store"


def test_the_reports_give_these_occupancies(built: Path) -> None:
    store = Store(str(built), read_only=True)
    assert occ_rows(store) == EXPECTED
    assert consistent(store)


def test_the_split_read_selects_what_the_one_query_defines(built: Path) -> None:
    store = Store(str(built), read_only=True)
    one = occupancies.Statements()
    query = occupancies._STATEMENTS
    for row in store.query(query):
        when = occupancies._date(row["md"]) or occupancies._date(row["pub"])
        one.add(row["r"].value, [(row["post"].value, Statement(row["ra"].value, row["holder"].value, when,
                                                                 row["former"] is not None),
                                  occupancies.PostInfo(row["label"].value, row["position"].value,
                                                       row["single"] is not None,
                                                       None if row["province"] is None else row["province"].value,
                                                       None if row["org"] is None else row["org"].value))])

    def norm(r: occupancies.Statements) -> tuple[dict[str, list[Statement]], dict[str, object], dict[str, set[str]]]:
        return ({k: sorted(v, key=lambda x: x.ra) for k, v in r.statements.items()}, dict(r.info), dict(r.of_report))

    assert norm(occupancies._read(store, None)) == norm(one)
    some = sorted(one.statements)[:3]
    assert norm(occupancies._read(store, some))[0] == {k: v for k, v in norm(one)[0].items() if k in some}


@pytest.mark.parametrize(("now", "post"), [
    ("nay là Phó Chủ tịch UBND tỉnh", "tra-vinh/uy-ban-nhan-dan/pho-chu-tich"),
    ("nay là Giám đốc Sở Tài chính tỉnh Trà Vinh", "tra-vinh/so-tai-chinh/giam-doc"),
])
def test_former_holder_now_in_another_post_ends_one_occupancy_and_begins_another(tmp_path: Path, now: str,
                                                                                  post: str) -> None:
    src = tmp_path / "in"
    src.mkdir()
    _edit(src, "x1.txt", LEAD.format(day="Sáng 3/3/2020", province="Trà Vinh")
          + "Dự có ông Lò Văn Thạch, Giám đốc Sở KH&CN tỉnh Trà Vinh.")
    _edit(src, "x2.txt", LEAD.format(day="Sáng 20/10/2021", province="Trà Vinh")
          + f"Dự có ông Lò Văn Thạch, nguyên Giám đốc Sở KH&CN, {now}.")
    store = Store(str(tmp_path / "store"))
    build([str(src)], store)
    assert [r for r in occ_rows(store) if r[1] == "tra-vinh/lo-van-thach"] == sorted([
        ("tra-vinh/so-khoa-hoc-va-cong-nghe/giam-doc", "tra-vinh/lo-van-thach", "2020-03-03", "2020-03-03",
         "2021-10-20", None),
        (post, "tra-vinh/lo-van-thach", "2021-10-20", "2021-10-20", None, None)])


def test_an_occupancy_rests_on_its_statements(built: Path) -> None:
    store = Store(str(built), read_only=True)
    rows = store.query(f"""SELECT ?file WHERE {{ GRAPH {OCC} {{ ?o vgk:holder <{PERSON}tra-vinh/lo-van-thach> ;
        vgk:evidence ?ra }} GRAPH ?g {{ ?ra vgk:statedIn/vgk:sourceFile ?file }} }}""")
    assert sorted(r["file"].value for r in rows) == ["a1.txt", "a2.txt", "a3.txt"]


def test_the_derived_graph_conforms_to_the_shapes(built: Path) -> None:
    store = Store(str(built), read_only=True)
    union = list(store.raw)
    assert validate_quads(GRAPH_OCCUPANCIES.value, union, []) == []
    broken = [ox.Quad(q.subject, q.predicate, ox.Literal("2030-01-01", datatype=q.object.datatype), q.graph_name)
              if q.predicate == vgk("firstSeen") and q.graph_name == GRAPH_OCCUPANCIES else q for q in union]
    assert any("first seen no later" in v.message for v in validate_quads(GRAPH_OCCUPANCIES.value, broken, []))


def _q(store: Store, query: str, **params: str) -> list[dict[str, str]]:
    sparql = (ROOT / "queries" / query).read_text(encoding="utf-8")
    res = store.query(sparql, {k: ox.Literal(v) for k, v in params.items()})
    names = [v.value for v in res.variables]
    return [{k: row[k].value for k in names if row[k] is not None} for row in res]


@pytest.mark.parametrize(("day", "expected"), [
    ("2020-06-01", {("Lò Văn Thạch", "covers")}),
    ("2021-03-15", {("Lò Văn Thạch", "covers")}),
    ("2021-06-01", {("Lò Văn Thạch", "last seen before"), ("Hà Thị Mơ", "first seen after")}),
    ("2021-10-20", {("Hà Thị Mơ", "covers")}),
    ("2019-01-01", {("Lò Văn Thạch", "first seen after")}),
    ("2024-01-01", {("Hà Thị Mơ", "last seen before")}),
])
def test_who_held_a_post_on_a_date(built: Path, day: str, expected: set[tuple[str, str]]) -> None:
    store = Store(str(built), read_only=True)
    got = _q(store, "08_post_holders.rq", province="Trà Vinh", position="Giám đốc", date=day)
    assert {(r["name"], r["when"]) for r in got if "Khoa học" in r["post"]} == expected
    assert {r["date"] for r in got} == {day}


def test_holders_of_a_post_by_label_and_of_a_deputy_post(built: Path) -> None:
    store = Store(str(built), read_only=True)
    got = _q(store, "08_post_holders.rq", province="Trà Vinh",
             post="Giám đốc Sở Khoa học và Công nghệ tỉnh Trà Vinh")
    assert [(r["name"], r.get("endedBy")) for r in got] == [("Lò Văn Thạch", "2021-10-20"), ("Hà Thị Mơ", None)]
    deputies = _q(store, "08_post_holders.rq", province="Trà Vinh", position="Phó Giám đốc")
    assert {(r["name"], r["firstSeen"], r["lastSeen"]) for r in deputies} == {
        ("Đinh Văn Tú", "2021-05-10", "2022-05-10"), ("Kiều Thị Nga", "2021-05-10", "2022-05-10")}


def test_succession_lists_single_holder_posts_with_their_holders_in_order(built: Path) -> None:
    store = Store(str(built), read_only=True)
    got = _q(store, "09_succession.rq")
    assert [(r["post"], r["name"], r["firstSeen"], r.get("after")) for r in got] == [
        ("Giám đốc Sở Khoa học và Công nghệ tỉnh Trà Vinh", "Lò Văn Thạch", "2020-03-12", None),
        ("Giám đốc Sở Khoa học và Công nghệ tỉnh Trà Vinh", "Hà Thị Mơ", "2021-10-20", "Lò Văn Thạch")]
    assert _q(store, "09_succession.rq", province="Trà Vinh", position="Giám đốc") == got
    assert _q(store, "09_succession.rq", province="Vĩnh Long") == []


def test_the_timeline_shows_occupancies(built: Path) -> None:
    store = Store(str(built), read_only=True)
    got = [r for r in _q(store, "06_official_timeline.rq", name="Lò Văn Thạch") if r["what"] == "occupancy"]
    assert [(r["date"], r["detail"], r["report"]) for r in got] == [
        ("2020-03-12", "Giám đốc Sở Khoa học và Công nghệ tỉnh Trà Vinh: seen 2020-03-12 to 2021-03-15, former by "
                       "2021-10-20", "a1.txt")]


def test_posts_of_a_province_merged_in_2025_ended_with_it(built: Path) -> None:
    """The README's question: which posts of a province merged in 2025 ended, and who held them last."""
    store = Store(str(built), read_only=True)
    rows = store.query(f"""SELECT ?label ?new WHERE {{
        GRAPH <{RES}graph/provinces> {{ ?pv vgk:mergedInto ?into . ?into rdfs:label ?new }}
        GRAPH {OCC} {{ ?post vgk:province ?pv ; rdfs:label ?label }} }}""")
    assert {(r["label"].value, r["new"].value) for r in rows} == {
        ("Giám đốc Sở Khoa học và Công nghệ tỉnh Trà Vinh", "Vĩnh Long"),
        ("Giám đốc Sở Tài chính tỉnh Trà Vinh", "Vĩnh Long"), ("Giám đốc Sở Nội vụ tỉnh Trà Vinh", "Vĩnh Long"),
        ("Phó Giám đốc Sở Y tế tỉnh Trà Vinh", "Vĩnh Long")}
    ended = _q(store, "08_post_holders.rq", province="Trà Vinh")
    assert {r["mergedInto"] for r in ended} == {"Vĩnh Long"} and len({r["post"] for r in ended}) == 4
    after = _q(store, "08_post_holders.rq", province="Vĩnh Long", position="Giám đốc")
    assert [(r["post"], r["firstSeen"], r.get("mergedInto")) for r in after] == [
        ("Giám đốc Sở Tài chính tỉnh Vĩnh Long", "2025-09-15", None)]


# ------------------------------------------------------------------ always consistent


def _edit(folder: Path, name: str, text: str) -> None:
    (folder / name).write_text(text, encoding="utf-8")


def test_a_changed_report_recomputes_its_posts_alone_and_gives_what_a_full_computation_gives(tmp_path: Path) -> None:
    src = write_reports(tmp_path / "in")
    store = Store(str(tmp_path / "store"))
    first = build([str(src)], store)
    assert first.occupancies is not None and first.occupancies.mode == "full"
    again = build([str(src)], store)
    assert again.occupancies is not None and again.occupancies.mode == "unchanged"
    # a3 no longer calls Thạch former, and a new report shows Thạch again in 2022.
    _edit(src, "a3.txt", REPORTS["a3.txt"].split("; ông")[0].format(day="Sáng 20/10/2021", province="Trà Vinh") + ".")
    _edit(src, "a4.txt", LEAD.format(day="Sáng 2/2/2022", province="Trà Vinh")
          + "Dự có ông Lò Văn Thạch, Giám đốc Sở KH&CN tỉnh Trà Vinh.")
    changed = build([str(src)], store)
    assert changed.occupancies is not None and changed.occupancies.mode == "incremental"
    assert changed.occupancies.reports == 2 and changed.occupancies.posts == 1
    assert consistent(store)
    rows = [r for r in occ_rows(store) if "khoa-hoc" in r[0]]
    assert rows == [  # Thạch, Mơ, Thạch again: Mơ between shows the gap
        ("tra-vinh/so-khoa-hoc-va-cong-nghe/giam-doc", "tra-vinh/ha-thi-mo", "2021-10-20", "2021-10-20", None,
         "tra-vinh/lo-van-thach"),
        ("tra-vinh/so-khoa-hoc-va-cong-nghe/giam-doc", "tra-vinh/lo-van-thach", "2020-03-12", "2021-03-15", None,
         None),
        ("tra-vinh/so-khoa-hoc-va-cong-nghe/giam-doc", "tra-vinh/lo-van-thach", "2022-02-02", "2022-02-02", None,
         "tra-vinh/ha-thi-mo")]


def test_prune_and_force_keep_the_derived_graph_true(tmp_path: Path) -> None:
    src = write_reports(tmp_path / "in")
    store = Store(str(tmp_path / "store"))
    build([str(src)], store)
    (src / "a3.txt").unlink()
    (src / "d1.txt").unlink()
    pruned = build([str(src)], store, prune=True)
    assert pruned.pruned == 2 and consistent(store)
    holders = {(r[0], r[1]) for r in occ_rows(store)}
    assert ("tra-vinh/so-khoa-hoc-va-cong-nghe/giam-doc", "tra-vinh/ha-thi-mo") not in holders
    assert not any("noi-vu" in post for post, _ in holders)
    before = derived(store)
    build([str(src)], store, force=True)
    assert derived(store) == before and consistent(store)


def test_a_report_graph_written_without_its_occupancies_is_caught_up_by_the_next_build(tmp_path: Path) -> None:
    """As a build killed between writing a report and deriving leaves it: the next build,
    with nothing to extract, sees the digest differ and computes that report's posts."""
    src = write_reports(tmp_path / "in")
    store = Store(str(tmp_path / "store"))
    build([str(src)], store)
    _edit(src, "b2.txt", LEAD.format(day="Chiều 10/5/2022", province="Trà Vinh")
          + "Dự có bà Kiều Thị Nga, Phó Giám đốc Sở Y tế tỉnh Trà Vinh.")
    from kg.read import read_report

    graph, quads, _ = report_graph(read_report(src / "b2.txt"))
    store.replace_graph(graph, quads)  # the report's new graph, and no derivation
    assert not consistent(store)
    rerun = build([str(src)], store)
    assert rerun.built == 0 and rerun.occupancies is not None and rerun.occupancies.mode == "incremental"
    assert consistent(store)
    tu = next(r for r in occ_rows(store) if r[1] == "tra-vinh/dinh-van-tu")
    assert tu[2:4] == ("2021-05-10", "2021-05-10")


def test_a_derived_graph_load_cut_short_is_dropped_and_made_again(tmp_path: Path) -> None:
    src = write_reports(tmp_path / "in")
    path = tmp_path / "store"
    store = Store(str(path))
    build([str(src)], store)
    whole = derived(store)
    # The bulk load was cut short: the graph is listed as unfinished and half there.
    store.raw.add(ox.Quad(GRAPH_UNFINISHED, ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#member"),
                          GRAPH_OCCUPANCIES, GRAPH_UNFINISHED))
    store.update(f"DELETE WHERE {{ GRAPH {OCC} {{ ?o {vgk('lastSeen')} ?l }} }}")
    store.close()
    reopened = Store(str(path))
    assert derived(reopened) == set()
    rerun = build([str(src)], reopened)
    assert rerun.occupancies is not None and rerun.occupancies.mode == "full"
    assert derived(reopened) == whole


def test_a_whole_graph_loaded_in_many_batches_is_the_graph(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(occupancies, "LOAD_BYTES", 2_000)  # a few posts a batch
    store = Store(str(tmp_path / "store"))
    first = build([str(write_reports(tmp_path / "in"))], store)
    assert first.occupancies is not None and first.occupancies.mode == "full"
    assert occ_rows(store) == EXPECTED and consistent(store)
    assert store.unfinished() == []


def test_a_rebuild_through_a_fresh_store_derives_into_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "FRESH_STORE_AFTER", 4)
    src = write_reports(tmp_path / "in")
    store = Store(str(tmp_path / "store"))
    build([str(src)], store)
    whole = derived(store)
    forced = build([str(src)], store, force=True)
    assert forced.occupancies is not None and forced.occupancies.mode == "full"
    assert derived(store) == whole and consistent(store)


@pytest.fixture
def rw_server(tmp_path: Path) -> Iterator[serve.Server]:
    with serve.start(tmp_path / "served", bind=f"127.0.0.1:{serve.free_port()}", read_write=True) as s:
        yield s


def test_a_build_through_an_endpoint_derives_what_a_local_build_does(rw_server: serve.Server, tmp_path: Path) -> None:
    src = write_reports(tmp_path / "in")
    local = Store(str(tmp_path / "local"))
    build([str(src)], local)
    endpoint = Endpoint(rw_server.url)
    build([str(src)], endpoint)

    def served() -> set[ox.Quad]:
        rows = endpoint.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH {OCC} {{ ?s ?p ?o }} }}")
        return {ox.Quad(r["s"], r["p"], r["o"], GRAPH_OCCUPANCIES) for r in rows}

    assert served() == derived(local)
    _edit(src, "a2.txt", LEAD.format(day="Sáng 16/3/2021", province="Trà Vinh")
          + "Ông Lò Văn Thạch, Giám đốc Sở KH&CN tỉnh Trà Vinh phát biểu.")
    again = build([str(src)], endpoint)
    assert again.occupancies is not None and again.occupancies.mode == "incremental"
    build([str(src)], local)
    assert served() == derived(local) and consistent(local)
    endpoint.close()


def test_a_build_killed_at_any_moment_and_run_again_leaves_true_occupancies(tmp_path: Path) -> None:
    rng = random.Random(20261216)
    src = write_reports(tmp_path / "in")
    store_dir = tmp_path / "store"
    build([str(src)], Store(str(store_dir)))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    n = 300  # enough reports for a build to take a few seconds
    for attempt in range(3):
        for i in range(n):  # a new version of each, every attempt
            _edit(src, f"z{i:03d}.txt", LEAD.format(day=f"Sáng {1 + i % 28}/{1 + attempt}/2023", province="Trà Vinh")
                  + f"Dự có ông Lò Văn Thạch, Giám đốc Sở Y tế tỉnh Trà Vinh. Bản {attempt}.\n\n"
                  + REPORTS["b1.txt"].format(day="Sáng 10/5/2021", province="Trà Vinh") * 8)
        proc = subprocess.Popen([*KG, "build", str(src), "--store", str(store_dir), "--jobs", "1"], cwd=ROOT,
                                env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(1.5, 5.0))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        rerun = subprocess.run([*KG, "build", str(src), "--store", str(store_dir)], cwd=ROOT, env=env,
                               capture_output=True, text=True, timeout=300)
        assert rerun.returncode == 0, rerun.stderr
        store = Store(str(store_dir), read_only=True)
        assert consistent(store), f"attempt {attempt}"
        assert ("tra-vinh/so-y-te/giam-doc", "tra-vinh/lo-van-thach", f"2023-{1 + attempt:02d}-01",
                f"2023-{1 + attempt:02d}-28", None, None) in occ_rows(store)
        del store
