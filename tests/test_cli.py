from __future__ import annotations

import io
import json
import subprocess
import unicodedata
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS, run_kg


def test_build_prints_a_summary(tmp_path: Path) -> None:
    r = run_kg("build", str(SEEDS), "--store", str(tmp_path / "st"))
    assert r.returncode == 0, r.stderr
    assert "5 reports (5 built, 0 unchanged)" in r.stderr
    assert "0 skipped" in r.stderr


def test_query_json_is_w3c_sparql_results(seed_store: Path) -> None:
    r = run_kg("query", "--store", str(seed_store), "--format", "json",
               "SELECT ?name WHERE { ?p a vgk:Official ; schema:name ?name } ORDER BY ?name")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["head"]["vars"] == ["name"]
    names = [b["name"]["value"] for b in data["results"]["bindings"]]
    assert "Nguyễn Quỳnh Thiện" in names and "Võ Văn Hưng" in names


@pytest.mark.parametrize(("fmt", "first"), [("csv", "name\n"), ("tsv", "?name\n")])
def test_query_csv_tsv(seed_store: Path, fmt: str, first: str) -> None:
    r = run_kg("query", "--store", str(seed_store), "--format", fmt,
               "SELECT ?name WHERE { ?p a vgk:Official ; schema:name ?name }")
    assert r.returncode == 0
    assert r.stdout.startswith(first)


def test_query_table_and_file(seed_store: Path) -> None:
    r = run_kg("query", "--store", str(seed_store), "queries/01_officials_at_province_meetings.rq")
    assert r.returncode == 0, r.stderr
    assert "Nguyễn Quỳnh Thiện" in r.stdout


def test_a_long_one_line_query_is_a_query_not_a_file_name(seed_store: Path) -> None:
    """Longer than a file name may be (255 bytes), shorter than the 300 characters under which a file is looked for."""
    sparql = ("SELECT ?name WHERE { GRAPH ?report { ?official a vgk:Official ; schema:name ?name . "
              "OPTIONAL { ?official vgk:holds ?assignment . ?assignment vgk:roleTitle ?title } "
              "OPTIONAL { ?official vgk:attended ?meeting . ?meeting vgk:meetingKind ?kind } "
              "FILTER (CONTAINS(?name, \"Thiện\")) } } ORDER BY ?name")
    assert 255 < len(sparql) < 300
    r = run_kg("query", "--store", str(seed_store), "--format", "csv", sparql)
    assert r.returncode == 0, r.stderr
    assert "Nguyễn Quỳnh Thiện" in r.stdout


def test_query_param(seed_store: Path) -> None:
    r = run_kg("query", "--store", str(seed_store), "--format", "json", "queries/06_official_timeline.rq",
               "--param", "name=Võ Văn Hưng")
    data = json.loads(r.stdout)
    assert {b["name"]["value"] for b in data["results"]["bindings"]} == {"Võ Văn Hưng"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["query", "SELECT ?x WHERE {\n ?x ?y \n}"], "Error: the query does not parse: error at 3:"),
        (["query", "nope.rq"], "Error: no query file nope.rq"),
        (["query", "--param", "novalue", "SELECT * WHERE {?s ?p ?o} LIMIT 1"], "is not NAME=VALUE"),
    ],
)
def test_errors_are_one_line_with_exit_1(seed_store: Path, args: list[str], message: str) -> None:
    r = run_kg(*args[:1], "--store", str(seed_store), *args[1:])
    assert r.returncode == 1
    assert message in r.stderr
    assert "Traceback" not in r.stderr


def test_query_without_a_store(tmp_path: Path) -> None:
    r = run_kg("query", "--store", str(tmp_path / "none"), "SELECT * WHERE { ?s ?p ?o }")
    assert r.returncode == 1
    assert "Error: no store at" in r.stderr and "hint:" in r.stderr


def test_skipped_files_are_named_and_counted(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text((SEEDS / "000_5a02dec71d9cc9a2.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (src / "empty.txt").write_text("", encoding="utf-8")
    (src / "binary.txt").write_bytes(bytes(range(256)) * 4)
    r = run_kg("build", str(src), "--store", str(tmp_path / "st"))
    assert r.returncode == 3
    assert "empty.txt: is empty" in r.stderr
    assert "binary.txt: is binary" in r.stderr
    assert "1 reports (1 built" in r.stderr and "2 skipped" in r.stderr
    strict = run_kg("build", str(src), "--store", str(tmp_path / "st"), "--strict")
    assert strict.returncode == 1
    q = run_kg("query", "--store", str(tmp_path / "st"), "--format", "csv",
               "SELECT ?f WHERE { ?r vgk:sourceFile ?f }")
    assert q.stdout.split() == ["f", "good.txt"]


def test_stats_and_validate(seed_store: Path) -> None:
    r = run_kg("stats", "--store", str(seed_store))
    assert r.returncode == 0
    assert "reports" in r.stdout and "officials" in r.stdout
    v = run_kg("validate", "--store", str(seed_store))
    assert v.returncode == 0, v.stdout
    assert "5 reports conform" in v.stderr


def test_version() -> None:
    r = run_kg("--version")
    assert r.returncode == 0 and "kg, version" in r.stdout


def test_documents_lists_every_document_with_its_citers(seed_store: Path) -> None:
    r = run_kg("documents", "--store", str(seed_store), "--format", "json")
    assert r.returncode == 0, r.stderr
    rows = {b["number"]["value"]: b for b in json.loads(r.stdout)["results"]["bindings"]}
    assert set(rows) == {"712/QĐ-TTg", "19/2014/QĐ-TTg", "996/QĐ-TTg", "100/QĐ-TTg", "844/QĐ-TTg",
                         "14/2021/QĐ-UBND", "TCVN ISO 9001:2015", "12/2016/QĐ-UBND", "44/2021/NQ-HĐND"}
    assert rows["844/QĐ-TTg"]["title"]["value"].startswith("Phê duyệt Đề án")
    assert rows["844/QĐ-TTg"]["files"]["value"] == "000_5a02dec71d9cc9a2.txt"
    assert rows["14/2021/QĐ-UBND"]["reports"]["value"] == "1"


def test_optimize_keeps_every_quad(tmp_path: Path) -> None:
    import pyoxigraph as ox

    from tests.conftest import build_store

    store = build_store(tmp_path / "store")
    before = sorted(map(str, ox.Store.read_only(str(store))))
    r = run_kg("optimize", "--store", str(store))
    assert r.returncode == 0, r.stderr
    assert "compacted" in r.stderr
    assert sorted(map(str, ox.Store.read_only(str(store)))) == before


def test_optimize_needs_a_store(tmp_path: Path) -> None:
    r = run_kg("optimize", "--store", str(tmp_path / "none"))
    assert r.returncode != 0
    assert r.stderr.startswith("Error: no store at") and not (tmp_path / "none").exists()


# ---------------------------------------------------------------- forgiving look-ups (issue 17)

Q01 = "queries/01_officials_at_province_meetings.rq"


def _json_rows(r: subprocess.CompletedProcess[str]) -> list[dict[str, str]]:
    assert r.returncode == 0, r.stderr
    return [{k: v["value"] for k, v in b.items()} for b in json.loads(r.stdout)["results"]["bindings"]]


def _nfd(s: str) -> str:
    return unicodedata.normalize("NFD", s)


@pytest.mark.parametrize(("query", "param", "typed", "stored"), [
    (Q01, "province", "Tra Vinh", "Trà Vinh"),  # no tone marks
    (Q01, "province", "tra vinh", "Trà Vinh"),  # lower case
    (Q01, "province", "Trà Vinh ", "Trà Vinh"),  # a trailing space
    (Q01, "province", _nfd("Trà Vinh"), "Trà Vinh"),  # decomposed (NFD)
    (Q01, "province", "tỉnh Trà Vinh", "Trà Vinh"),
    (Q01, "province", "QUANG TRI", "Quảng Trị"),
    ("queries/03_meetings_per_province_year.rq", "province", "dong thap", "Đồng Tháp"),
    ("queries/06_official_timeline.rq", "name", "vo van hung", "Võ Văn Hưng"),
    ("queries/06_official_timeline.rq", "name", _nfd("VÕ VĂN HƯNG"), "Võ Văn Hưng"),
    ("queries/02_roles_by_official.rq", "name", "Nguyen  Quynh Thien", "Nguyễn Quỳnh Thiện"),
    ("queries/05_officials_who_met.rq", "name1", "le duc tien", "Lê Đức Tiến"),
    ("queries/07_documents.rq", "number", "19/2014/qd-ttg", "19/2014/QĐ-TTg"),
    ("queries/07_documents.rq", "number", "44/2021/NQ-HDND", "44/2021/NQ-HĐND"),
])
def test_a_parameter_however_typed_gives_the_rows_of_the_stored_value(seed_store: Path, query: str, param: str,
                                                                     typed: str, stored: str) -> None:
    exact = _json_rows(run_kg("query", "--store", str(seed_store), "--format", "json", query,
                              "--param", f"{param}={stored}"))
    r = run_kg("query", "--store", str(seed_store), "--format", "json", query, "--param", f"{param}={typed}")
    assert exact and _json_rows(r) == exact
    assert f"note: {param}={typed!r} is {stored!r}" in r.stderr


def test_huế_finds_the_reports_of_thừa_thiên_huế(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "hue.txt").write_text(
        "Hội nghị tổng kết năm 2023\n\nSáng 10/1/2024, Sở Khoa học và Công nghệ tỉnh Thừa Thiên Huế tổ chức hội nghị "
        "tổng kết năm 2023. Ông Hồ Văn Lợi, Phó Chủ tịch UBND tỉnh Thừa Thiên Huế chủ trì hội nghị.\n\nMinh Khôi\n",
        encoding="utf-8")
    store = tmp_path / "st"
    assert run_kg("build", str(src), "--store", str(store)).returncode == 0
    r = run_kg("query", "--store", str(store), "--format", "json", Q01, "--param", "province=Huế")
    assert {(row["name"], row["province"]) for row in _json_rows(r)} == {("Hồ Văn Lợi", "Thừa Thiên Huế")}
    assert "is 'Thừa Thiên Huế' and 'Huế'" in r.stderr


@pytest.mark.parametrize(("query", "param", "typed", "message"), [
    (Q01, "province", "Tra Vnh", "Warning: no province matches province='Tra Vnh'; did you mean Trà Vinh?"),
    (Q01, "province", "Atlantis", "Warning: no province matches province='Atlantis'"),
    ("queries/06_official_timeline.rq", "name", "Vo Van Hun",
     "Warning: no official matches name='Vo Van Hun'; did you mean Võ Văn Hưng?"),
    ("queries/07_documents.rq", "number", "19/2041/QĐ-TTg",
     "Warning: no document matches number='19/2041/QĐ-TTg'; did you mean 19/2014/QĐ-TTg?"),
])
def test_a_value_that_matches_nothing_says_so_with_the_closest(seed_store: Path, query: str, param: str, typed: str,
                                                               message: str) -> None:
    r = run_kg("query", "--store", str(seed_store), "--format", "json", query, "--param", f"{param}={typed}")
    assert _json_rows(r) == []
    assert message in r.stderr


def test_a_wrong_parameter_name_lists_the_valid_ones(seed_store: Path) -> None:
    r = run_kg("query", "--store", str(seed_store), Q01, "--param", "provinc=Trà Vinh")
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert f"Error: {Q01} has no parameter 'provinc' (did you mean 'province'?)" in r.stderr
    assert "hint: its parameters: province, year" in r.stderr
    adhoc = run_kg("query", "--store", str(seed_store), "--param", "x=1", "SELECT ?n WHERE { ?p schema:name ?n }")
    assert adhoc.returncode == 1 and "has no parameter 'x'" in adhoc.stderr and "its parameters: n" in adhoc.stderr


def test_list_shows_the_shipped_queries_with_their_parameters() -> None:
    r = run_kg("query", "--list")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    for f in sorted((ROOT / "queries").glob("*.rq")):
        assert f"queries/{f.name}" in lines
    at = lines.index("queries/01_officials_at_province_meetings.rq")
    assert lines[at + 1].strip().startswith("Which officials attended")
    assert lines[at + 2].strip() == '--param province="Trà Vinh" --param year="2024"'


def test_a_shipped_query_by_its_number(seed_store: Path) -> None:
    r = run_kg("query", "--store", str(seed_store), "--format", "json", "07", "--param", "number=19/2014/QĐ-TTg")
    assert [row["number"] for row in _json_rows(r)] == ["19/2014/QĐ-TTg"]


def test_json_is_what_the_engine_writes(seed_store: Path) -> None:
    """The scorer reads kg query --format json: the W3C JSON of pyoxigraph, byte for byte."""
    import pyoxigraph as ox

    from kg.store import Store

    sparql = (ROOT / Q01).read_text(encoding="utf-8")
    r = run_kg("query", "--store", str(seed_store), "--format", "json", Q01)
    engine = Store(str(seed_store), read_only=True).query(sparql).serialize(format=ox.QueryResultsFormat.JSON)
    assert r.stdout.encode() == engine + b"\n"


# ---------------------------------------------------------------- readable tables


def _table_column(stdout: str, index: int) -> list[str]:
    lines = [x for x in stdout.splitlines() if x.startswith("│")]
    return [x.split("│")[index + 1].strip() for x in lines]


def test_tables_sort_in_vietnamese_collation(seed_store: Path) -> None:
    from kg.lookup import collated

    q = ("SELECT ?label WHERE { GRAPH <https://w3id.org/vngovkg/id/graph/provinces> { ?pv rdfs:label ?label } } "
         "ORDER BY ?label")
    got = _table_column(run_kg("query", "--store", str(seed_store), q).stdout, 0)
    assert got == collated(got) and len(got) > 60
    assert got.index("Bắc Kạn") < got.index("Bình Phước") < got.index("Cà Mau")
    assert got.index("Đà Nẵng") < got.index("Gia Lai") and got[-1] != "Đồng Tháp"


@pytest.mark.parametrize(("lang", "label"), [("vi", "Buổi làm việc"), ("en", "Working session")])
def test_tables_give_kinds_their_labels(seed_store: Path, lang: str, label: str) -> None:
    r = run_kg("query", "--store", str(seed_store), "--lang", lang, Q01, "--param", "province=Quảng Trị")
    assert r.returncode == 0, r.stderr
    assert label in r.stdout and "WorkingSession" not in r.stdout


@pytest.mark.parametrize("width", [100, 120, 160])
def test_tables_keep_names_whole_in_a_narrow_terminal(width: int) -> None:
    from rich.console import Console

    from kg.cli import _columns

    names = ["name", "role", "province", "year", "kind", "date", "report"]
    rows = [["Nguyễn Thị Thanh Hương", "Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh Quảng Ngãi; Tỉnh ủy viên",
             "Thừa Thiên Huế", "2024", "Hội nghị tổng kết, sơ kết", "2024-01-12", "bao-cao-tong-ket-2023.txt"],
            ["Lò Văn Thạch", "Giám đốc Sở Khoa học và Công nghệ", "Lào Cai", "(unknown)", "Lễ", "", "a.txt"]]
    table = _columns(names, rows, width)
    for row in rows:
        table.add_row(*row)
    console = Console(width=width, record=True, file=io.StringIO())
    console.print(table)
    text = console.export_text()
    assert max(len(x) for x in text.splitlines()) <= width
    cells = [[c.strip() for c in line.split("│")[1:-1]] for line in text.splitlines() if line.startswith("│")]
    for column in (0, 2, 5):  # names, provinces, dates: whole, on the row's first line
        assert {row[column] for row in rows} - {""} <= {c[column] for c in cells}


# ---------------------------------------------------------------- honest set-up


def test_a_missing_input_is_an_error_that_makes_nothing(tmp_path: Path) -> None:
    r = run_kg("build", str(tmp_path / "no-such-folder"), "--store", str(tmp_path / "st"))
    assert r.returncode == 1
    assert r.stderr.startswith(f"Error: no such file or folder: {tmp_path / 'no-such-folder'}")
    assert not (tmp_path / "st").exists()


def test_an_empty_input_is_a_warning(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    r = run_kg("build", str(tmp_path / "empty"), "--store", str(tmp_path / "st"))
    assert r.returncode == 0
    assert f"Warning: no reports under {tmp_path / 'empty'}" in r.stderr


def test_pruning_with_no_reports_found_is_refused(tmp_path: Path) -> None:
    store = tmp_path / "st"
    assert run_kg("build", str(SEEDS), "--store", str(store)).returncode == 0
    (tmp_path / "empty").mkdir()
    r = run_kg("build", str(tmp_path / "empty"), "--store", str(store), "--prune")
    assert r.returncode == 1 and "--prune would remove every report" in r.stderr
    assert "5 reports conform" in run_kg("validate", "--store", str(store)).stderr


def test_build_summary_and_stats_count_the_same_things(tmp_path: Path) -> None:
    import re

    store = tmp_path / "st"
    built = run_kg("build", str(SEEDS), "--store", str(store))
    m = re.search(r"(\d+) officials named, (\d+) meetings, (\d+) documents cited \((\d+) citations\)", built.stderr)
    assert m, built.stderr
    stats = run_kg("stats", "--store", str(store)).stdout
    counts = {row[0]: row[1] for row in (
        [c.strip() for c in line.split("│")[1:3]] for line in stats.splitlines() if line.startswith("│"))}
    assert [counts["officials named"], counts["meetings"], counts["documents cited"], counts["citations"]] == list(
        m.groups())
    assert int(counts["officials"]) <= int(counts["officials named"])
    assert "distinct legal documents cited" in stats  # each count says what it counts


def test_a_slash_in_a_prefixed_name_gets_the_iri_to_write(seed_store: Path) -> None:
    r = run_kg("query", "--store", str(seed_store), "SELECT ?l WHERE { GRAPH res:graph/provinces { ?p rdfs:label ?l } }")
    assert r.returncode == 1 and "Error: the query does not parse" in r.stderr
    assert "write <https://w3id.org/vngovkg/id/graph/provinces>" in r.stderr
    ok = run_kg("query", "--store", str(seed_store), "--format", "csv",
                "SELECT ?l WHERE { GRAPH <https://w3id.org/vngovkg/id/graph/provinces> { ?p rdfs:label ?l } } LIMIT 1")
    assert ok.returncode == 0 and ok.stdout.splitlines()[0] == "l"
