from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import SEEDS, run_kg


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
