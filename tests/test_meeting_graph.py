"""The meeting in the graph: reviewed periods, online meetings with bridge points, their
shapes, and how queries/03 counts them.  Reports made up for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg import shacl
from kg.pipeline import report_graph
from kg.store import Store
from kg.validate import reference_quads, validate_quads
from kg.vocab import vgk
from tests.conftest import build_store, report, run_kg

# One national conference, told by two provinces that joined it from their bridge points,
# and a province's own online meeting.
BRIDGE_HA_GIANG = (
    "Hà Giang dự hội nghị trực tuyến toàn quốc ngành y tế\n\n"
    "Ngày 6/1/2024, Bộ Y tế tổ chức Hội nghị trực tuyến toàn quốc nhằm tổng kết công tác năm 2023 và triển khai "
    "nhiệm vụ năm 2024. Dự tại điểm cầu tỉnh Hà Giang có ông Lò Văn Thạch, Phó Chủ tịch UBND tỉnh Hà Giang, cùng lãnh "
    "đạo Sở Y tế tỉnh Hà Giang.\n"
)
BRIDGE_LAI_CHAU = (
    "Lai Châu tham dự hội nghị tổng kết ngành y tế\n\n"
    "Ngày 6/1/2024, Bộ Y tế tổ chức Hội nghị trực tuyến toàn quốc về tổng kết công tác năm 2023, triển khai nhiệm "
    "vụ năm 2024. Tham dự tại điểm cầu tỉnh Lai Châu có bà Hà Thị Mơ, Phó Chủ tịch UBND tỉnh Lai Châu và đại diện "
    "các sở, ngành của tỉnh Lai Châu.\n"
)
OWN_ONLINE = (
    "Điện Biên tổng kết 5 năm chuyển đổi số\n\n"
    "Sáng 9/1/2026, UBND tỉnh Điện Biên tổ chức hội nghị trực tuyến tổng kết 5 năm (2021 - 2025) thực hiện chuyển "
    "đổi số, kết nối đến các điểm cầu huyện. Ông Lò Văn Thạch, Phó Chủ tịch UBND tỉnh Điện Biên chủ trì hội nghị.\n"
)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("meetings")
    for name, text in (("hg.txt", BRIDGE_HA_GIANG), ("lc.txt", BRIDGE_LAI_CHAU), ("db.txt", OWN_ONLINE)):
        (folder / name).write_text(text, encoding="utf-8")
    return build_store(folder.parent / "meetings-store", folder)


def rows(store: Path, query: str, *extra: str) -> list[dict[str, str]]:
    r = run_kg("query", "--store", str(store), "--format", "json", query, *extra)
    assert r.returncode == 0, r.stderr
    return [{k: v["value"] for k, v in b.items()} for b in json.loads(r.stdout)["results"]["bindings"]]


def _meeting(store: Path, file: str) -> dict[str, str]:
    got = rows(store, f"""SELECT DISTINCT ?held ?bridge ?online ?org ?ry ?from WHERE {{
        ?r vgk:sourceFile "{file}" ; vgk:reports ?m .
        OPTIONAL {{ ?m vgk:heldIn ?h . ?h rdfs:label ?held }}
        OPTIONAL {{ ?m vgk:bridgePoint ?b . ?b rdfs:label ?bridge }}
        OPTIONAL {{ ?m vgk:online ?online }}
        OPTIONAL {{ ?m vgk:organizer ?o . ?o schema:name ?org }}
        OPTIONAL {{ ?m vgk:reviewYear ?ry }} OPTIONAL {{ ?m vgk:reviewFrom ?from }} }}""")
    assert len(got) == 1
    return got[0]


@pytest.mark.parametrize(("file", "province"), [("hg.txt", "Hà Giang"), ("lc.txt", "Lai Châu")])
def test_a_province_joined_a_national_meeting_from_its_bridge_point(store: Path, file: str, province: str) -> None:
    m = _meeting(store, file)
    assert (m.get("held"), m.get("bridge"), m.get("online"), m.get("org"), m.get("ry")) == (
        None, province, "true", "Bộ Y tế", "2023")


def test_a_provinces_own_online_meeting_is_held_there_and_reviews_its_period(store: Path) -> None:
    m = _meeting(store, "db.txt")
    assert (m.get("held"), m.get("bridge"), m.get("online"), m.get("ry"), m.get("from")) == (
        "Điện Biên", None, "true", "2025", "2021")


def test_query_03_counts_a_bridge_point_meeting_once_under_its_organiser(store: Path) -> None:
    got = rows(store, "queries/03_meetings_per_province_year.rq")
    national = [r for r in got if r["province"] == "Bộ Y tế"]
    assert national == [{"province": "Bộ Y tế", "year": "2024", "kind": "ReviewConference", "meetings": "1"}]
    assert not any(r["province"] in ("Hà Giang", "Lai Châu", "(unknown)") for r in got)
    assert {"province": "Điện Biên", "year": "2026", "kind": "ReviewConference", "meetings": "1"} in got
    bound = rows(store, "queries/03_meetings_per_province_year.rq", "--param", "province=Bộ Y tế")
    assert bound == national


def _period_quads(text: str) -> list[ox.Quad]:
    _, quads, _ = report_graph(report(text, "p.txt"))
    return quads


def _set(quads: list[ox.Quad], predicate: ox.NamedNode, value: ox.Literal | ox.NamedNode) -> list[ox.Quad]:
    meeting = next(q.subject for q in quads if q.predicate == vgk("meetingKind"))
    graph = quads[0].graph_name
    return [q for q in quads if q.predicate != predicate] + [ox.Quad(meeting, predicate, value, graph)]


GYEAR = ox.NamedNode("http://www.w3.org/2001/XMLSchema#gYear")
PROVINCE = ox.NamedNode("https://w3id.org/vngovkg/id/province/dien-bien")


@pytest.mark.parametrize(
    ("label", "brk", "message"),
    [
        ("period runs backwards", lambda q: _set(q, vgk("reviewFrom"), ox.Literal("2030", datatype=GYEAR)),
         "reviewFrom"),
        ("period of one year", lambda q: _set(q, vgk("reviewFrom"), ox.Literal("2025", datatype=GYEAR)),
         "reviewFrom"),
        ("held in its own bridge point", lambda q: _set(q, vgk("bridgePoint"), PROVINCE), "bridge point"),
        ("a bridge point offline", lambda q: _set(_set(q, vgk("bridgePoint"), PROVINCE), vgk("online"),
                                                  ox.Literal("false", datatype=ox.NamedNode(
                                                      "http://www.w3.org/2001/XMLSchema#boolean"))),
         "bridge point"),
    ],
)
def test_the_meeting_shapes_catch_a_broken_meeting(store: Path, label: str, brk, message: str) -> None:
    quads = _period_quads(OWN_ONLINE)
    ref = reference_quads(Store(str(store), read_only=True))
    assert not list(shacl.check(quads, ref))
    broken = brk(quads)
    mine = list(shacl.check(broken, ref))
    theirs = validate_quads("g", broken, ref)
    assert any(message in r.message for r in mine), label
    assert {(r.focus, r.path) for r in mine} == {(v.focus, v.path) for v in theirs}


GYEARMONTH = ox.NamedNode("http://www.w3.org/2001/XMLSchema#gYearMonth")


@pytest.mark.parametrize(("text", "value", "datatype"), [
    # A page's month stamp and no day written: the meeting's month, an xsd:gYearMonth that
    # the shapes accept.
    (" date 2021-11\nSở Y tế tỉnh Lai Châu tổ chức hội thảo về y học cổ truyền\n\nSở Y tế tỉnh Lai Châu vừa tổ chức "
     "hội thảo về phát triển y học cổ truyền. Dự hội thảo có bà Hà Thị Mơ, Phó Giám đốc Sở.", "2021-11", GYEARMONTH),
    # A report seen as a meeting by its body's attendance alone, no date anywhere: a meeting
    # of its noun's kind with no date.
    ("Những quyết sách mang tính bước ngoặt\n\nĐây là sự kiện có ý nghĩa lịch sử. Việc sắp xếp đơn vị hành chính mở "
     "ra không gian phát triển mới. Người dân hướng về các địa phương mới. Tại điểm cầu tỉnh Lai Châu, các đồng "
     "chí: Giàng A Tính, Bí thư Tỉnh ủy; Hà Văn Quang, Phó Chủ tịch UBND tỉnh dự Lễ công bố các Nghị quyết.",
     None, None),
])
def test_the_meeting_date_in_the_graph(store: Path, text: str, value: str | None, datatype: ox.NamedNode | None) -> None:
    quads = _period_quads(text)
    dates = [q.object for q in quads if q.predicate == ox.NamedNode("https://schema.org/startDate")]
    assert [(d.value, d.datatype) for d in dates] == ([(value, datatype)] if value else [])
    assert [q.object for q in quads if q.predicate == vgk("meetingKind")] == [vgk("Workshop" if value else "Ceremony")]
    assert not list(shacl.check(quads, reference_quads(Store(str(store), read_only=True))))
