"""kg export: every format read back with the node and edge counts of the store."""

from __future__ import annotations

import json
import re
import urllib.parse
from hashlib import sha256
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
import rdflib

from kg.export import _facets, vendored
from kg.lookup import collation_key
from kg.store import Store
from tests import browser
from tests.conftest import ROOT, run_kg

# What each view holds, asked of the store with queries of the test's own: sets of node
# IRIs and of (source, target) edges.
OCC = "<https://w3id.org/vngovkg/id/graph/occupancies>"
NODES = {
    "people": ["SELECT DISTINCT ?x WHERE { GRAPH ?g { ?x a vgk:Official } }",
               "SELECT DISTINCT ?x WHERE { GRAPH ?g { ?x a vgk:Meeting } }",
               "SELECT DISTINCT ?x WHERE { GRAPH ?g { ?m a vgk:Meeting ; vgk:heldIn ?x } }",
               f"SELECT DISTINCT ?x WHERE {{ GRAPH {OCC} {{ ?o vgk:post ?x }} }}",
               f"SELECT DISTINCT ?x WHERE {{ GRAPH {OCC} {{ ?o vgk:post ?p . ?p vgk:province ?x }} }}"],
    "documents": ["SELECT DISTINCT ?x WHERE { GRAPH ?g { ?x a vgk:Report } }",
                  "SELECT DISTINCT ?x WHERE { GRAPH ?g { ?r vgk:cites ?x } }",
                  "SELECT DISTINCT ?x WHERE { GRAPH ?g { ?r a vgk:Report ; vgk:province ?x } }",
                  "SELECT DISTINCT ?x WHERE { GRAPH ?g { ?r vgk:cites ?d . ?d vgk:issuerProvince ?x } }"],
}
NODES["all"] = [*NODES["people"], *NODES["documents"],
                "SELECT DISTINCT ?x WHERE { GRAPH ?g { ?ra vgk:organization ?x } }",
                "SELECT DISTINCT ?x WHERE { GRAPH ?g { ?ra vgk:organization ?o . ?o vgk:province ?x } }",
                "SELECT DISTINCT ?x WHERE { GRAPH ?g { ?r a vgk:Report ; schema:author ?x } }"]
EDGES = {
    "people": ["SELECT DISTINCT ?a ?b WHERE { GRAPH ?g { ?a a vgk:Official ; vgk:attended ?b } }",
               "SELECT DISTINCT ?a ?b WHERE { GRAPH ?g { ?a a vgk:Meeting ; vgk:heldIn ?b } }",
               f"SELECT DISTINCT ?a ?b WHERE {{ GRAPH {OCC} {{ ?o vgk:holder ?a ; vgk:post ?b }} }}",
               f"SELECT DISTINCT ?a ?b WHERE {{ GRAPH {OCC} {{ ?o vgk:post ?a . ?a vgk:province ?b }} }}"],
    "documents": ["SELECT DISTINCT ?a ?b WHERE { GRAPH ?g { ?a vgk:cites ?b } }",
                  "SELECT DISTINCT ?a ?b WHERE { GRAPH ?g { ?a a vgk:Report ; vgk:province ?b } }",
                  "SELECT DISTINCT ?a ?b WHERE { GRAPH ?g { ?r vgk:cites ?a . ?a vgk:issuerProvince ?b } }"],
}
EDGES["all"] = [*EDGES["people"], *EDGES["documents"],
                "SELECT DISTINCT ?a ?b WHERE { GRAPH ?g { ?a a vgk:Report ; vgk:reports ?b } }",
                "SELECT DISTINCT ?a ?b WHERE { GRAPH ?g { ?a vgk:holds ?ra . ?ra vgk:organization ?b } }",
                "SELECT DISTINCT ?a ?b WHERE { GRAPH ?g { ?ra vgk:organization ?a . ?a vgk:province ?b } }",
                "SELECT DISTINCT ?a ?b WHERE { GRAPH ?g { ?a a vgk:Report ; schema:author ?b } }"]


def expected(store_dir: Path, view: str) -> tuple[int, int]:
    store = Store(str(store_dir), read_only=True)
    nodes = {row["x"].value for q in NODES[view] for row in store.query(q)}
    edges = {(row["a"].value, row["b"].value) for q in EDGES[view] for row in store.query(q)}
    return len(nodes), len(edges)


def export(store: Path, tmp_path: Path, fmt: str, *extra: str) -> Path:
    out = tmp_path / f"graph.{fmt}"
    r = run_kg("export", "--store", str(store), "--format", fmt, "-o", str(out), *extra)
    assert r.returncode == 0, r.stderr
    assert out.is_file() and r.stderr.startswith(f"wrote {out}")
    return out


def read_back(fmt: str, path: Path) -> nx.DiGraph:
    if fmt == "graphml":
        return nx.read_graphml(path)
    if fmt == "gexf":
        return nx.read_gexf(path)
    if fmt == "dot":
        return nx.DiGraph(nx.nx_pydot.read_dot(path))
    if fmt == "cyjs":
        return nx.cytoscape_graph(json.loads(path.read_text(encoding="utf-8")))
    raise AssertionError(fmt)


@pytest.mark.parametrize("view", ["people", "documents", "all"])
@pytest.mark.parametrize("fmt", ["graphml", "gexf", "dot", "cyjs"])
def test_graph_formats_read_back_with_the_counts_of_the_store(seed_store: Path, tmp_path: Path, fmt: str,
                                                              view: str) -> None:
    g = read_back(fmt, export(seed_store, tmp_path, fmt, "--view", view))
    nodes, edges = expected(seed_store, view)
    assert (g.number_of_nodes(), g.number_of_edges()) == (nodes, edges)
    assert nodes > 10 and edges > 10


def _node(g: nx.DiGraph, label: str) -> tuple[str, dict[str, str]]:
    return next((n, d) for n, d in g.nodes(data=True) if d.get("label") == label)


def test_people_view_carries_roles_and_chairing(seed_store: Path, tmp_path: Path) -> None:
    g = nx.read_graphml(export(seed_store, tmp_path, "graphml", "--view", "people"))
    vo, attrs = _node(g, "Võ Văn Hưng")
    assert attrs["type"] == "Official" and attrs["iri"].startswith("https://w3id.org/vngovkg/id/person/")
    assert {"Chủ tịch Ủy ban nhân dân tỉnh", "Phó Bí thư Tỉnh ủy"} <= set(attrs["roles"].split("; "))
    [(meeting, edge)] = [(v, d) for _, v, d in g.out_edges(vo, data=True) if d["relation"] != "held"]
    assert edge["relation"] == "chaired" and edge["chaired"] in (True, "true", "True")
    assert g.nodes[meeting]["type"] == "Meeting" and g.nodes[meeting]["date"] == "2023-11-29"
    assert {g.nodes[p]["label"] for p in g.successors(meeting)} == {"Quảng Trị"}


@pytest.mark.parametrize("name", ["Trà Vinh", "tra vinh", "tra-vinh", "TRÀ VINH"])
def test_province_keeps_the_reports_about_it(seed_store: Path, tmp_path: Path, name: str) -> None:
    g = nx.read_graphml(export(seed_store, tmp_path, "graphml", "--view", "people", "--province", name))
    officials = {d["label"] for _, d in g.nodes(data=True) if d["type"] == "Official"}
    assert "Nguyễn Quỳnh Thiện" in officials and "Võ Văn Hưng" not in officials
    assert {d["label"] for _, d in g.nodes(data=True) if d["type"] == "Province"} == {"Trà Vinh"}


def _store_quads(store_dir: Path) -> list[ox.Quad]:
    return list(Store(str(store_dir), read_only=True).raw)


def test_nq_dumps_every_quad_of_the_store(seed_store: Path, tmp_path: Path) -> None:
    got = set(ox.parse(path=str(export(seed_store, tmp_path, "nq")), format=ox.RdfFormat.N_QUADS))
    assert got == set(_store_quads(seed_store))


def test_ttl_dumps_every_triple_of_the_union(seed_store: Path, tmp_path: Path) -> None:
    g = rdflib.Graph().parse(export(seed_store, tmp_path, "ttl"), format="turtle")
    union = {(q.subject, q.predicate, q.object) for q in _store_quads(seed_store)}
    assert len(g) == len(union)


def test_jsonld_keeps_the_named_graphs(seed_store: Path, tmp_path: Path) -> None:
    ds = rdflib.Dataset()
    ds.parse(export(seed_store, tmp_path, "jsonld"), format="json-ld")
    quads = _store_quads(seed_store)
    assert len(list(ds.quads((None, None, None, None)))) == len(quads)
    assert {str(c.identifier) for c in ds.graphs()} >= {q.graph_name.value for q in quads}


@pytest.mark.parametrize("view", ["people", "documents"])
def test_rdf_of_a_view_is_about_its_nodes(seed_store: Path, tmp_path: Path, view: str) -> None:
    g = nx.read_graphml(export(seed_store, tmp_path, "graphml", "--view", view))
    quads = list(ox.parse(path=str(export(seed_store, tmp_path, "nq", "--view", view)), format=ox.RdfFormat.N_QUADS))
    subjects = {q.subject.value for q in quads}
    assert set(g.nodes) <= subjects
    assert not any(q.predicate.value.endswith("#evidence") for q in quads)
    assert (view == "people") == any(q.predicate.value.endswith("#roleTitle") for q in quads)


@pytest.mark.parametrize(("args", "message"), [
    (["--format", "graphml", "--province", "Atlantis"], "no province named 'Atlantis'"),
    (["--format", "xls"], "Invalid value for '--format'"),
    (["--format", "graphml", "--view", "everyone"], "Invalid value for '--view'"),
])
def test_bad_arguments_get_one_clear_line(seed_store: Path, tmp_path: Path, args: list[str], message: str) -> None:
    r = run_kg("export", "--store", str(seed_store), "-o", str(tmp_path / "x"), *args)
    assert r.returncode != 0 and message in r.stderr and "Traceback" not in r.stderr
    assert not (tmp_path / "x").exists()


def test_unwritable_output_is_an_error(seed_store: Path, tmp_path: Path) -> None:
    r = run_kg("export", "--store", str(seed_store), "--format", "nq", "-o", str(tmp_path / "no" / "x.nq"))
    assert r.returncode == 1 and "Error: cannot write" in r.stderr and "does not exist" in r.stderr


def test_vendored_cytoscape_is_the_recorded_release() -> None:
    info = vendored()["cytoscape"]
    data = (ROOT / "kg" / "assets" / info["file"]).read_bytes()
    assert sha256(data).hexdigest() == info["sha256"]
    assert b"Cytoscape Consortium" in data[:300]  # its licence header is kept


def test_html_is_self_contained(seed_store: Path, tmp_path: Path) -> None:
    page = export(seed_store, tmp_path, "html").read_text(encoding="utf-8")
    assert not re.search(r"""<(script|link|img)[^>]+(src|href)=["']?(https?:)?//""", page)
    data = json.loads(re.search(r"var DATA = (\{.*?\});\n", page, re.S).group(1))  # type: ignore[union-attr]
    assert len(data["elements"]["nodes"]) == expected(seed_store, "all")[0]
    assert "Official" in data["legend"]


def _body(url: str) -> dict[str, str]:
    body = re.search(r"<body[^>]*>", browser.dom(url))
    assert body, "no body in the rendered DOM"
    return dict(re.findall(r'data-(\w+)="([\d.]+)"', body.group(0)))


def test_html_draws_every_node_in_headless_chromium(seed_store: Path, tmp_path: Path) -> None:
    page = export(seed_store, tmp_path, "html")
    nodes, edges = expected(seed_store, "all")
    attrs = _body(page.as_uri())
    assert {k: attrs[k] for k in ("nodes", "edges", "drawn")} == {"nodes": str(nodes), "edges": str(edges),
                                                                  "drawn": str(nodes)}
    shot = browser.screenshot(page.as_uri(), "export-seeds.png")
    assert shot.stat().st_size > 20_000  # a drawn graph, not a blank page


def test_html_labels_are_legible_at_the_initial_zoom(seed_store: Path, tmp_path: Path) -> None:
    """At the zoom the page opens with, the important nodes are labelled, their labels 13
    pixels high on screen (the old page drew 9-point labels at a zoom that made them 4
    pixels); the rest get theirs on hover."""
    page = export(seed_store, tmp_path, "html")
    attrs = _body(page.as_uri())
    assert float(attrs["labelpx"]) >= 12
    assert 8 <= int(attrs["labelled"]) < int(attrs["nodes"])


@pytest.mark.parametrize(("hash_", "narrower"), [("province=tra vinh", True), ("year=2021", True),
                                                 ("kind=Buổi làm việc", True), ("province=Atlantis", False)])
def test_html_filters_by_province_year_and_kind(seed_store: Path, tmp_path: Path, hash_: str, narrower: bool) -> None:
    page = export(seed_store, tmp_path, "html")
    attrs = _body(page.as_uri() + "#" + urllib.parse.quote(hash_, safe="="))
    if narrower:
        assert 0 < int(attrs["shown"]) < int(attrs["nodes"])
    else:  # nothing of that name to choose: every node stays
        assert "shown" not in attrs or attrs["shown"] == attrs["nodes"]


def test_html_has_an_edge_legend_and_the_filters_choices(seed_store: Path, tmp_path: Path) -> None:
    page = export(seed_store, tmp_path, "html").read_text(encoding="utf-8")
    data = json.loads(re.search(r"var DATA = (\{.*?\});\n", page, re.S).group(1))  # type: ignore[union-attr]
    relations = {e["data"]["relation"] for e in data["elements"]["edges"]}
    assert set(data["edgeLegend"]) == relations and {"chaired", "cites", "heldIn"} <= relations
    assert all(data["edgeLegend"][r]["label"] for r in relations)
    assert "Trà Vinh" in data["options"]["provinces"] and "2021" in data["options"]["years"]
    assert data["options"]["provinces"] == sorted(data["options"]["provinces"], key=collation_key)
    assert "Buổi làm việc" in data["options"]["kinds"]


def test_facets_of_a_made_up_graph() -> None:
    g = nx.DiGraph()
    g.add_node("m", type="Meeting", label="Lễ", kind="Ceremony", date="2024-03-05")
    g.add_node("r", type="Report", label="r.txt", datePublished="2024-03-06")
    g.add_node("pv", type="Province", label="Điện Biên")
    g.add_node("p", type="Official", label="Lò Văn Thạch")
    g.add_node("o", type="Organization", label="Sở Khoa học và Công nghệ")
    g.add_node("d", type="LegalDocument", label="57-NQ/TW")
    g.add_edges_from([("m", "pv"), ("r", "pv"), ("r", "m"), ("p", "m"), ("p", "o"), ("r", "d")])
    f = _facets(g)
    assert f["p"] == {"provinces": {"Điện Biên"}, "years": {"2024"}, "kinds": {"Ceremony"}}
    assert f["o"]["provinces"] == {"Điện Biên"} and f["d"]["kinds"] == {"Ceremony"}
    assert f["pv"]["provinces"] == {"Điện Biên"}


@pytest.mark.parametrize(("name", "province"), [("tra vinh", "Trà Vinh"), ("Trà Vinh ", "Trà Vinh"),
                                                ("tỉnh Quảng Trị", "Quảng Trị"), ("DONG THAP", "Đồng Tháp")])
def test_province_is_forgiving_like_the_cli(seed_store: Path, tmp_path: Path, name: str, province: str) -> None:
    g = nx.read_graphml(export(seed_store, tmp_path, "graphml", "--province", name))
    assert province in {d["label"] for _, d in g.nodes(data=True) if d["type"] == "Province"}


def test_a_province_with_no_reports_says_so(seed_store: Path, tmp_path: Path) -> None:
    r = run_kg("export", "--store", str(seed_store), "--format", "html", "--province", "Huế", "-o", str(tmp_path / "h.html"))
    assert r.returncode == 0 and "0 nodes" in r.stderr
    assert "Warning: no report of the store is about Huế (as Thừa Thiên Huế, Huế after 1 July 2025)" in r.stderr


def test_a_province_that_is_none_gets_the_closest(seed_store: Path, tmp_path: Path) -> None:
    r = run_kg("export", "--store", str(seed_store), "--format", "html", "--province", "Tra Vnh", "-o", str(tmp_path / "x"))
    assert r.returncode == 1 and "no province named 'Tra Vnh'; did you mean Trà Vinh?" in r.stderr
    assert not (tmp_path / "x").exists()
