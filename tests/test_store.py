from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.errors import QueryError, StoreError
from kg.pipeline import build
from kg.store import Store
from tests.conftest import SEEDS


def _count(store: Store, graph: str) -> int:
    return len(list(store.raw.quads_for_pattern(None, None, None, ox.NamedNode(graph))))


def test_rebuilding_a_report_replaces_its_graph_alone(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    a = src / "a.txt"
    b = src / "b.txt"
    lead = "Sáng 12/3/2024, Sở Khoa học và Công nghệ tỉnh Hà Giang tổ chức Hội nghị tổng kết công tác năm 2023. "
    a.write_text(lead + "Dự có đồng chí Hoàng Gia Long, Phó Chủ tịch UBND tỉnh.", encoding="utf-8")
    b.write_text(lead + "Dự có đồng chí Vàng Seo Dinh, Giám đốc Sở KH&CN.", encoding="utf-8")
    store = Store(str(tmp_path / "st"))
    s1 = build([str(src)], store)
    assert s1.built == 2
    ga, gb = "https://w3id.org/vngovkg/id/report/a-txt", "https://w3id.org/vngovkg/id/report/b-txt"
    before_b = sorted(map(str, store.raw.quads_for_pattern(None, None, None, ox.NamedNode(gb))))
    a.write_text(lead + "Dự có đồng chí Lý Thị Mai, Phó Chủ tịch HĐND tỉnh.", encoding="utf-8")
    s2 = build([str(src)], store)
    assert (s2.built, s2.unchanged) == (1, 1)
    names = {str(r["n"].value) for r in store.query(
        f"SELECT ?n WHERE {{ GRAPH <{ga}> {{ ?p a vgk:Official ; schema:name ?n }} }}")}
    assert names == {"Lý Thị Mai"}
    assert sorted(map(str, store.raw.quads_for_pattern(None, None, None, ox.NamedNode(gb)))) == before_b
    assert _count(store, ga) > 0


def test_force_rebuilds_unchanged_reports(tmp_path: Path) -> None:
    store = Store(str(tmp_path / "st"))
    build([str(SEEDS / "000_5a02dec71d9cc9a2.txt")], store)
    assert build([str(SEEDS / "000_5a02dec71d9cc9a2.txt")], store).unchanged == 1
    assert build([str(SEEDS / "000_5a02dec71d9cc9a2.txt")], store, force=True).built == 1


def test_query_sees_the_union_and_takes_substitutions(tmp_path: Path) -> None:
    store = Store(str(tmp_path / "st"))
    build([str(SEEDS)], store)
    q = "SELECT ?p ?name WHERE { ?p a vgk:Official ; schema:name ?name }"
    rows = list(store.query(q, {"name": ox.Literal("Võ Văn Hưng")}))
    assert len(rows) == 1
    # A value with quotes goes in as data, never as SPARQL.
    assert list(store.query(q, {"name": ox.Literal('x" } ; DROP ALL ; #')})) == []


def test_bad_query_is_a_query_error(tmp_path: Path) -> None:
    store = Store(str(tmp_path / "st"))
    with pytest.raises(QueryError):
        store.query("SELECT WHERE {")
    with pytest.raises(QueryError, match="projection"):
        store.query("SELECT ?p WHERE { ?p ?q ?name }", {"name": ox.Literal("x")})


def test_missing_store_read_only(tmp_path: Path) -> None:
    with pytest.raises(StoreError):
        Store(str(tmp_path / "nope"), read_only=True)


def test_documents_link_across_reports_as_the_contract_says(tmp_path: Path) -> None:
    """Two provinces' 14/2021/QĐ-UBND are two documents; 712/QĐ-TTg with and without its
    date is one, of 2017; "Nghị quyết 57 của Bộ Chính trị" is 57-NQ/TW."""
    src = tmp_path / "in"
    src.mkdir()
    lead = "Sáng 12/3/2024, Sở Khoa học và Công nghệ tỉnh {p} tổ chức Hội nghị tổng kết công tác năm 2023. "
    (src / "a.txt").write_text(lead.format(p="Hà Nam") + "Quyết định số 14/2021/QĐ-UBND; Quyết định số 712/QĐ-TTg; "
                               "Nghị quyết 57 của Bộ Chính trị.", encoding="utf-8")
    (src / "b.txt").write_text(lead.format(p="Đồng Nai") + "Quyết định số 14/2021/QĐ-UBND; Quyết định 712/QĐ-TTg "
                               "ngày 26/5/2017; Nghị quyết số 57-NQ/TW.", encoding="utf-8")
    store = Store(str(tmp_path / "st"))
    build([str(src)], store)
    rows = list(store.query("""SELECT ?num (COUNT(DISTINCT ?doc) AS ?nodes) (COUNT(DISTINCT ?r) AS ?reports)
        (SAMPLE(?y) AS ?year) WHERE { ?r vgk:cites ?doc . ?doc vgk:documentNumber ?num
        OPTIONAL { ?doc vgk:issuedYear ?y } } GROUP BY ?num"""))
    got = {r["num"].value: (int(r["nodes"].value), int(r["reports"].value), r["year"].value if r["year"] else None)
           for r in rows}
    assert got["14/2021/QĐ-UBND"] == (2, 2, "2021")
    assert got["712/QĐ-TTg"] == (1, 2, "2017")
    assert got["57-NQ/TW"] == (1, 2, "2024")


def _quads(graph: str, n: int) -> bytes:
    return "".join(f"<http://e/s{i}> <http://e/p> \"{i}\" <{graph}> .\n" for i in range(n)).encode()


def test_bulk_load_of_new_graphs_leaves_no_unfinished_list(tmp_path: Path) -> None:
    store = Store(str(tmp_path / "s"))
    store.add_new_graphs(_quads("http://e/g1", 5) + _quads("http://e/g2", 3), ["http://e/g1", "http://e/g2"])
    assert store.unfinished() == []
    assert (_count(store, "http://e/g1"), _count(store, "http://e/g2")) == (5, 3)


def test_an_unfinished_bulk_load_is_dropped_by_the_next_read_write_open(tmp_path: Path) -> None:
    """What a build killed inside the bulk loader leaves: the list, and part of a graph."""
    from kg.store import MEMBER
    from kg.vocab import GRAPH_UNFINISHED

    path = str(tmp_path / "s")
    store = Store(path)
    store.add_new_graphs(_quads("http://e/old", 4), ["http://e/old"])
    store.raw.extend([ox.Quad(GRAPH_UNFINISHED, MEMBER, ox.NamedNode(g), GRAPH_UNFINISHED)
                      for g in ("http://e/g1", "http://e/g2")])
    store.raw.bulk_load(_quads("http://e/g1", 2), format=ox.RdfFormat.N_QUADS)  # g1 half in, g2 not at all
    store.flush()
    del store
    assert [g.value for g in Store(path, read_only=True).unfinished()] == ["http://e/g1", "http://e/g2"]
    store = Store(path)
    assert store.unfinished() == []
    assert (_count(store, "http://e/g1"), _count(store, "http://e/old")) == (0, 4)
    assert GRAPH_UNFINISHED not in store.named_graphs()
