"""kg/lookup.py: what a person types matched to what the graph stores; collation; reading a query."""

from __future__ import annotations

import unicodedata

import pyoxigraph as ox
import pytest

from kg import lookup
from kg.errors import QueryError
from kg.lookup import Index, collated, key, provinces_named, query_info, resolve_param, sort_rows


def nfd(s: str) -> str:
    return unicodedata.normalize("NFD", s)


# Every way of typing a province the issue names, and some of our own.
@pytest.mark.parametrize(("typed", "labels"), [
    ("Trà Vinh", ["Trà Vinh"]),
    ("Tra Vinh", ["Trà Vinh"]),  # no tone marks
    ("tra vinh", ["Trà Vinh"]),  # lower case
    ("TRÀ VINH", ["Trà Vinh"]),
    ("Trà Vinh ", ["Trà Vinh"]),  # a trailing space
    ("  Trà   Vinh", ["Trà Vinh"]),
    (nfd("Trà Vinh"), ["Trà Vinh"]),  # decomposed input (NFD)
    ("tra-vinh", ["Trà Vinh"]),  # the IRI segment
    ("Thanh Hoá", ["Thanh Hóa"]),  # the old place of the tone mark
    ("thanh hoa", ["Thanh Hóa"]),
    (nfd("Thanh Hoá"), ["Thanh Hóa"]),
    ("Khánh Hoà", ["Khánh Hòa"]),
    ("TP HCM", ["Hồ Chí Minh"]),  # an alias (before and after the merger: the same label)
    ("tp. hcm", ["Hồ Chí Minh"]),
    ("Sài Gòn", ["Hồ Chí Minh"]),
    ("Huế", ["Thừa Thiên Huế", "Huế"]),  # the alias of Thừa Thiên Huế, and the city of 2025
    ("hue", ["Thừa Thiên Huế", "Huế"]),
    ("Thừa Thiên - Huế", ["Thừa Thiên Huế", "Huế"]),
    ("tỉnh Điện Biên", ["Điện Biên"]),  # the unit before the name
    ("thành phố Cần Thơ", ["Cần Thơ"]),
    ("Bắc Cạn", ["Bắc Kạn"]),  # the old spelling
    ("Dak Lak", ["Đắk Lắk"]),  # đ typed as d
])
def test_a_province_however_typed(typed: str, labels: list[str]) -> None:
    assert list(dict.fromkeys(p.label for p in provinces_named(typed))) == labels


def test_old_and_new_names_of_the_same_place() -> None:
    keys = [p.key for p in provinces_named("Tuyên Quang")]
    assert keys == ["tuyen-quang", "tuyen-quang-2025"]
    assert "ha-giang" not in keys  # a merged province only on request
    merged = [p.key for p in provinces_named("Tuyên Quang", merged=True)]
    assert "ha-giang" in merged and "tuyen-quang-2025" in merged
    assert {p.key for p in provinces_named("Hà Giang", merged=True)} >= {"ha-giang", "tuyen-quang-2025", "tuyen-quang"}


@pytest.mark.parametrize(("typed", "closest"), [
    ("Tra Vnh", "Trà Vinh"),
    ("Thanh Hao", "Thanh Hóa"),
    ("Lao Kai", "Lào Cai"),
])
def test_a_province_that_matches_nothing_gets_the_closest(typed: str, closest: str) -> None:
    assert provinces_named(typed) == []
    assert lookup.province_suggestions(typed)[0] == closest


def test_nothing_close_to_a_made_up_place() -> None:
    assert provinces_named("Atlantis") == [] and lookup.province_suggestions("Atlantis") == []


NAMES = ["Lò Văn Thạch", "Hà Thị Mơ", "Nguyễn Văn An", "Nguyễn Văn Ân", "Ngô Thị Huệ"]


@pytest.mark.parametrize(("typed", "found"), [
    ("Lò Văn Thạch", ["Lò Văn Thạch"]),
    ("lo van thach", ["Lò Văn Thạch"]),
    ("LÒ VĂN THẠCH ", ["Lò Văn Thạch"]),
    (nfd("Hà Thị Mơ"), ["Hà Thị Mơ"]),
    ("Ha  Thi Mo", ["Hà Thị Mơ"]),
    ("Nguyen Van An", ["Nguyễn Văn An", "Nguyễn Văn Ân"]),  # no marks: every name of those letters
    ("Nguyễn Văn Ân", ["Nguyễn Văn Ân"]),  # marks typed: the name they spell
    ("ngô thị huệ", ["Ngô Thị Huệ"]),
    ("Ngô Thị Hụê", ["Ngô Thị Huệ"]),  # a mark on the wrong vowel: the letters still match
])
def test_an_official_however_typed(typed: str, found: list[str]) -> None:
    assert Index(NAMES).find(typed) == found


NUMBERS = ["19/2014/QĐ-TTg", "57-NQ/TW", "TCVN ISO 9001:2015", "14/2021/QĐ-UBND", "44/2021/NQ-HĐND"]


@pytest.mark.parametrize(("typed", "found"), [
    ("19/2014/QĐ-TTg", ["19/2014/QĐ-TTg"]),
    ("19/2014/qd-ttg", ["19/2014/QĐ-TTg"]),  # đ as d, lower case
    ("19/2014/QÐ-TTg", ["19/2014/QĐ-TTg"]),  # the eth of old encodings
    ("57/NQ-TW", ["57-NQ/TW"]),  # the separators another way round
    ("tcvn iso 9001:2015", ["TCVN ISO 9001:2015"]),
    (" 44/2021/nq-hdnd", ["44/2021/NQ-HĐND"]),
])
def test_a_document_number_however_typed(typed: str, found: list[str]) -> None:
    assert Index(NUMBERS).find(typed) == found


@pytest.mark.parametrize(("typed", "closest"), [
    ("Lo Van Thac", "Lò Văn Thạch"),
    ("Ha Thi Moo", "Hà Thị Mơ"),
    ("19/2041/QĐ-TTg", "19/2014/QĐ-TTg"),
])
def test_a_miss_gets_the_closest_stored_value(typed: str, closest: str) -> None:
    idx = Index(NAMES + NUMBERS)
    assert idx.find(typed) == []
    assert idx.close(typed)[0] == closest


@pytest.mark.parametrize(("typed", "value"), [
    ("unknown", "(unknown)"), ("(unknown)", "(unknown)"), ("Không rõ", "(unknown)"), ("trung ương", "(national)"),
])
def test_placeholders(typed: str, value: str) -> None:
    r = resolve_param(None, "province", typed)
    assert [v.value for v in r.values] == [value] and r.matched


def test_a_year_must_be_a_year() -> None:
    assert [v.value for v in resolve_param(None, "year", " 2024 ").values] == ["2024"]
    with pytest.raises(QueryError, match="is not a year"):
        resolve_param(None, "year", "24")


def test_an_iri_is_bound_as_given() -> None:
    r = resolve_param(None, "province", "<https://w3id.org/vngovkg/id/province/tra-vinh>")
    assert r.values == [ox.NamedNode("https://w3id.org/vngovkg/id/province/tra-vinh")]


def test_a_parameter_of_no_kind_is_cleaned_only() -> None:
    r = resolve_param(None, "position", nfd("Giám  đốc "))
    assert [v.value for v in r.values] == ["Giám đốc"]


@pytest.mark.parametrize(("values", "ordered"), [
    (["Bình Phước", "Bắc Kạn", "An Giang"], ["An Giang", "Bắc Kạn", "Bình Phước"]),  # ă after a, before i
    (["Đà Nẵng", "Điện Biên", "Dũng", "Gia Lai"], ["Dũng", "Đà Nẵng", "Điện Biên", "Gia Lai"]),  # đ after d
    (["Nguyễn Văn An", "Ngô Thị Huệ"], ["Ngô Thị Huệ", "Nguyễn Văn An"]),  # o < ô < ơ < u
    (["Cần Thơ", "Cao Bằng"], ["Cao Bằng", "Cần Thơ"]),  # â is a letter after a
    (["Hạ Thị Mơ", "Há Thị Mơ", "Ha Thị Mơ", "Hà Thị Mơ"], ["Ha Thị Mơ", "Hà Thị Mơ", "Há Thị Mơ", "Hạ Thị Mơ"]),  # tones after letters
    (["Hạ Văn Mo", "Hà Văn Mơ"], ["Hạ Văn Mo", "Hà Văn Mơ"]),  # the letters first: o < ơ whatever the tones
])
def test_vietnamese_collation(values: list[str], ordered: list[str]) -> None:
    assert collated(values) == ordered


def lit(v: str, dt: str | None = None) -> ox.Literal:
    return ox.Literal(v, datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#" + dt)) if dt else ox.Literal(v)


def test_rows_sort_by_collation_with_the_undated_and_unknown_last() -> None:
    rows = [{"p": lit("Bình Phước"), "d": lit("2024-01-02", "date")},
            {"p": lit("Bắc Kạn"), "d": None},
            {"p": lit("Bắc Kạn"), "d": lit("2023-05-01", "date")},
            {"p": lit("(unknown)"), "d": lit("2020-01-01", "date")},
            {"p": lit("Đồng Nai"), "d": lit("")}]
    got = sort_rows(rows, [("p", False), ("d", False)])
    assert [(r["p"].value, r["d"].value if r["d"] else None) for r in got] == [
        ("Bắc Kạn", "2023-05-01"), ("Bắc Kạn", None), ("Bình Phước", "2024-01-02"), ("Đồng Nai", ""),
        ("(unknown)", "2020-01-01")]


def test_numbers_sort_as_numbers_descending_with_the_unbound_last() -> None:
    rows = [{"n": lit("9", "integer")}, {"n": None}, {"n": lit("12", "integer")}, {"n": lit("2", "integer")}]
    assert [r["n"].value if r["n"] else None for r in sort_rows(rows, [("n", True)])] == ["12", "9", "2", None]


QUERY = """# Who chaired what (a made-up query).
# Parameters: ?name, e.g. name="Lò Văn Thạch", and ?year.
PREFIX vgk: <https://w3id.org/vngovkg/ontology#>
SELECT DISTINCT ?name ?year (COUNT(DISTINCT ?m) AS ?meetings) (SAMPLE(?k) AS ?kind) WHERE {
  ?p vgk:chaired ?m ; <https://schema.org/name> ?name .  # a comment with a ?var in it
} GROUP BY ?name ?year
ORDER BY DESC(?meetings) (!BOUND(?year)) ?name
"""


def test_a_query_header_projection_and_order() -> None:
    info = query_info(QUERY)
    assert info.title == "Who chaired what"
    assert info.projection == ["name", "year", "meetings", "kind"]
    assert info.params == ["name", "year"]
    assert info.examples() == {"name": "Lò Văn Thạch"}
    assert info.order == [("meetings", True), ("name", False)]


@pytest.mark.parametrize(("query", "projection", "order"), [
    ("SELECT * WHERE { ?s ?p ?o }", None, None),
    ("SELECT ?s WHERE { ?s ?p ?o } ORDER BY STR(?s)", ["s"], None),  # an expression: the engine's order
    ("SELECT ?s ?o { ?s <urn:x#y> ?o } ORDER BY ASC(?o) LIMIT 3", ["s", "o"], [("o", False)]),
])
def test_projection_and_order_of_other_queries(query: str, projection: list[str] | None,
                                               order: list[tuple[str, bool]] | None) -> None:
    info = query_info(query)
    assert (info.projection, info.order) == (projection, order)


def test_a_wrong_parameter_name_lists_the_valid_ones() -> None:
    with pytest.raises(QueryError) as e:
        lookup.check_params(query_info(QUERY), ["nmae"], "q.rq")
    assert "q.rq has no parameter 'nmae' (did you mean 'name'?)" in str(e.value)
    assert e.value.hint == "its parameters: name, year"
    lookup.check_params(query_info(QUERY), ["name", "kind"], "q.rq")  # any variable of the SELECT clause binds


def test_kinds_have_the_ontologys_labels() -> None:
    assert lookup.term_labels("vi")["ReviewConference"] == "Hội nghị tổng kết, sơ kết"
    assert lookup.term_labels("en")["WorkingSession"] == "Working session"
    assert lookup.term_labels("vi")["Decision"] == "Quyết định"


def test_key_is_the_same_for_every_spelling() -> None:
    assert len({key(s) for s in ("Thanh Hoá", "thanh hóa", nfd("THANH HOÁ"), " Thanh  Hoa ")}) == 1
