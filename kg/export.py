"""``kg export``: the graph for visualisation (networkx formats, a self-contained HTML
page) or as RDF.

Views (node and edge types):

- ``people``: officials, meetings, provinces, posts; edges official -> meeting
  (``attended``, ``chaired``, ``spokeAt``, with the roles the report gives them), meeting
  -> province (``heldIn``), official -> post (``held``: first and last seen, ended by,
  how many occupancies; from the derived graph of occupancies) and post -> province
  (``province``).
- ``documents``: reports, legal documents, provinces; edges report -> document
  (``cites``), report -> province (``province``), document -> province
  (``issuerProvince``, local documents).
- ``all``: both, and report -> meeting (``reports``), official -> organisation (``holds``,
  with the titles), organisation -> province, report -> author (``author``).

``--province`` keeps the reports about that province and what they state.  RDF formats
(``ttl``, ``nq``, ``jsonld``) dump the quads: ``all`` the report graphs (and, unless a
province is chosen, the reference graphs); ``people`` and ``documents`` the statements
whose subject is a node of the view (for ``people`` also its role assignments and its
officials' occupancies).
"""

from __future__ import annotations

import json
import tomllib
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from hashlib import sha256
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox

from .errors import KgError
from .store import Store
from .vocab import GRAPH_CATALOGUE, GRAPH_OCCUPANCIES, GRAPH_ONTOLOGY, GRAPH_PROVINCES, VGK, query_path

VIEWS = ("people", "documents", "all")
GRAPH_FORMATS = ("graphml", "gexf", "dot", "cyjs", "html")
RDF_FORMATS = {"ttl": ox.RdfFormat.TURTLE, "nq": ox.RdfFormat.N_QUADS, "jsonld": ox.RdfFormat.JSON_LD}
FORMATS = (*GRAPH_FORMATS, *RDF_FORMATS)

# Node types and their colours (the HTML page's legend; the "color" attribute elsewhere).
COLOURS = {"Official": "#1f77b4", "Meeting": "#ff7f0e", "Province": "#2ca02c", "Report": "#9467bd",
           "LegalDocument": "#d62728", "Organization": "#8c564b", "Author": "#7f7f7f", "Post": "#17becf"}


REFERENCE_GRAPHS = (GRAPH_ONTOLOGY, GRAPH_PROVINCES, GRAPH_CATALOGUE)


class ExportError(KgError):
    hint = "see kg export --help"


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    nodes: int  # graph formats: nodes; RDF formats: distinct subjects
    edges: int  # graph formats: edges; RDF formats: quads (ttl: triples)


def province_iris(name: str, *, merged: bool = False) -> list[ox.NamedNode]:
    """The provinces a user names, matched as kg query matches them (kg/lookup.py): with or
    without tone marks, an alias ("TP HCM"), the old and the new unit of the same name
    ("Huế": Thừa Thiên Huế and the city of 2025); ``merged`` adds the provinces merged
    into the same unit on 1 July 2025."""
    from .lookup import province_suggestions, provinces_named

    found = provinces_named(name, merged=merged)
    if found:
        return [ox.NamedNode(p.iri) for p in found]
    close = province_suggestions(name)
    raise ExportError(f"no province named {name!r}" + (f"; did you mean {' or '.join(close)}?" if close else ""),
                      hint="use a province's name, e.g. Trà Vinh, Thừa Thiên Huế, TP HCM (tone marks optional)")


def _rows(store: Store, name: str, province: ox.NamedNode | None = None) -> Iterator[Any]:
    sparql = query_path(f"export/{name}").read_text(encoding="utf-8")
    yield from store.query(sparql, {"province": province} if province is not None else None)


def _value(term: Any) -> str:
    return "" if term is None else str(term.value)


def _add_node(g: nx.DiGraph, iri: str, node_type: str, label: str, **attrs: Any) -> None:
    """Add a node (or fill in attributes it lacks); attributes are strings, never None."""
    clean = {k: str(v) for k, v in attrs.items() if v not in (None, "")}
    if iri in g and "type" in g.nodes[iri]:
        for k, v in clean.items():
            g.nodes[iri].setdefault(k, v)
        return
    # New, or so far only the end of an edge: give it its attributes.
    g.add_node(iri, label=label or iri.rsplit("/", 1)[-1], type=node_type, iri=iri, color=COLOURS[node_type], **clean)


def _join(values: Iterable[str]) -> str:
    return "; ".join(sorted(set(values)))


def property_graph(store: Store, view: str = "all", province: ox.NamedNode | None = None) -> nx.DiGraph:
    """The view as a networkx DiGraph: nodes keyed by IRI with label/type/iri/color and
    more attributes; edges with a ``relation`` attribute."""
    if view not in VIEWS:
        raise ExportError(f"unknown view {view!r}", hint=f"use one of {', '.join(VIEWS)}")
    g = nx.DiGraph(name=f"vngovkg {view}" + (f" {province.value.rsplit('/', 1)[-1]}" if province else ""))
    provinces = {row["pv"].value: row for row in _rows(store, "provinces.rq")}

    def add_province(iri: str) -> None:
        row = provinces.get(iri)
        _add_node(g, iri, "Province", _value(row["label"]) if row else "",
                  gsoCode=_value(row["gso"]) if row else None)

    people = view in ("people", "all")
    docs = view in ("documents", "all")
    # Titles per (official, report): on the official, and on their edges to that report's meeting.
    titles: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in _rows(store, "roles.rq", province):
        p, r, title = row["p"].value, row["r"].value, str(row["title"].value)
        titles[(p, r)].add(title)
        if view == "all" and row["org"] is not None:
            org = row["org"].value
            _add_node(g, org, "Organization", _value(row["orgName"]))
            if g.has_edge(p, org):
                g.edges[p, org]["titles"] = _join([*g.edges[p, org]["titles"].split("; "), title])
            else:
                g.add_edge(p, org, relation="holds", titles=title)
            if row["orgProvince"] is not None:
                add_province(row["orgProvince"].value)
                g.add_edge(org, row["orgProvince"].value, relation="province")
    if people:
        for row in _rows(store, "meetings.rq", province):
            m = row["m"].value
            kind = _value(row["kindLabel"]) or _value(row["kind"]).rsplit("#", 1)[-1]
            date = _value(row["date"])
            _add_node(g, m, "Meeting", " ".join(x for x in (kind, date) if x) or _value(row["headline"]),
                      kind=kind, date=date, headline=_value(row["headline"]))
            if row["heldIn"] is not None:
                add_province(row["heldIn"].value)
                g.add_edge(m, row["heldIn"].value, relation="heldIn")
            if view == "all":
                g.add_edge(row["r"].value, m, relation="reports")
        roles_of: dict[str, set[str]] = defaultdict(set)
        for (p, _r), ts in titles.items():
            roles_of[p] |= ts
        for row in _rows(store, "officials.rq", province):
            p, r = row["p"].value, row["r"].value
            _add_node(g, p, "Official", _value(row["name"]), roles=_join(roles_of[p]))
            if row["m"] is None:
                continue
            m = row["m"].value
            chaired, spoke = _value(row["chaired"]) == "true", _value(row["spoke"]) == "true"
            relation = "chaired" if chaired else "spokeAt" if spoke else "attended"
            g.add_edge(p, m, relation=relation, chaired=chaired, spoke=spoke, roles=_join(titles[(p, r)]))
        _add_occupancies(g, store, province, add_province)
    if docs or view == "all":
        for row in _rows(store, "reports.rq", province):
            r = row["r"].value
            _add_node(g, r, "Report", _value(row["headline"]) or _value(row["file"]), sourceFile=_value(row["file"]),
                      datePublished=_value(row["published"]))
            add_province(row["province"].value)
            g.add_edge(r, row["province"].value, relation="province")
            if view == "all" and row["author"] is not None:
                a = row["author"].value
                _add_node(g, a, "Author", _value(row["authorName"]))
                g.add_edge(r, a, relation="author")
        for row in _rows(store, "citations.rq", province):
            d = row["d"].value
            _add_node(g, d, "LegalDocument", _value(row["number"]), documentType=_value(row["typeLabel"]),
                      year=_value(row["year"]), title=_value(row["title"]))
            g.add_edge(row["r"].value, d, relation="cites")
            if row["issuerProvince"] is not None:
                add_province(row["issuerProvince"].value)
                g.add_edge(d, row["issuerProvince"].value, relation="issuerProvince")
    return g


def _add_occupancies(g: nx.DiGraph, store: Store, province: ox.NamedNode | None,
                     add_province: Callable[[str], None]) -> None:
    """Official -> post edges (``held``) from the occupancies, with the span the reports
    show: the earliest first seen, the latest last seen and ended by of the official's
    occupancies of that post, and how many there are.  With a province, its posts only."""
    for row in _rows(store, "occupancies.rq"):
        pp = _value(row["postProvince"])
        if province is not None and pp != province.value:
            continue
        p, post = row["p"].value, row["post"].value
        _add_node(g, p, "Official", _value(row["name"]))
        _add_node(g, post, "Post", _value(row["label"]), position=_value(row["position"]))
        if pp:
            add_province(pp)
            g.add_edge(post, pp, relation="province")
        first, last, ended = _value(row["first"]), _value(row["last"]), _value(row["ended"])
        if g.has_edge(p, post):
            e = g.edges[p, post]
            e["firstSeen"] = min(x for x in (e["firstSeen"], first) if x) if e["firstSeen"] or first else ""
            e["lastSeen"] = max(e["lastSeen"], last)
            e["endedBy"] = max(e["endedBy"], ended)
            e["occupancies"] += 1
        else:
            g.add_edge(p, post, relation="held", firstSeen=first, lastSeen=last, endedBy=ended, occupancies=1)


def cytoscape_elements(g: nx.DiGraph) -> dict[str, Any]:
    """Cytoscape.js JSON (``cyjs``), with string node ids (the IRIs)."""
    data = nx.cytoscape_data(g)
    for edge in data["elements"]["edges"]:
        edge["data"]["id"] = f"{edge['data']['source']}->{edge['data']['target']}"
    return data


def _write_dot(g: nx.DiGraph, path: Path) -> None:
    """Graphviz DOT through pydot; node names are the IRIs, quoted."""
    import pydot

    dot = pydot.Dot(graph_name="vngovkg", graph_type="digraph")
    for n, attrs in g.nodes(data=True):
        dot.add_node(pydot.Node(_dot_id(n), **{k: _dot_value(v) for k, v in attrs.items()}))
    for u, v, attrs in g.edges(data=True):
        dot.add_edge(pydot.Edge(_dot_id(u), _dot_id(v), **{k: _dot_value(x) for k, x in attrs.items()}))
    path.write_text(dot.to_string(), encoding="utf-8")


def _dot_id(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def _dot_value(v: Any) -> str:
    return json.dumps(str(v).lower() if isinstance(v, bool) else str(v), ensure_ascii=False)


def _asset(name: str) -> str:
    return resources.files("kg").joinpath("assets", name).read_text(encoding="utf-8")


def vendored() -> dict[str, Any]:
    """kg/assets/VENDORED.toml, with a check that each file is the one recorded there."""
    info = tomllib.loads(_asset("VENDORED.toml"))
    for entry in info.values():
        digest = sha256(_asset(entry["file"]).encode("utf-8")).hexdigest()
        if digest != entry["sha256"]:
            raise ExportError(f"kg/assets/{entry['file']} is not {entry['package']} {entry['version']} "
                              "(its digest differs from VENDORED.toml)", hint="run make vendor")
    return info


# The HTML page's words for node types and edge relations (Vietnamese / English), and the
# colour and line of each relation in its edge legend.
TYPE_LABELS = {"Official": "Quan chức / official", "Meeting": "Cuộc họp / meeting", "Province": "Tỉnh / province",
               "Report": "Bài báo / report", "LegalDocument": "Văn bản / legal document",
               "Organization": "Cơ quan / organisation", "Author": "Tác giả / byline", "Post": "Chức vụ / post"}
RELATIONS = {
    "attended": ("dự / attended", "#9e9e9e", "solid"),
    "chaired": ("chủ trì / chaired", "#e377c2", "solid"),
    "spokeAt": ("phát biểu / spoke at", "#17becf", "solid"),
    "heldIn": ("tổ chức tại / held in", "#2ca02c", "dashed"),
    "province": ("thuộc tỉnh / of the province", "#98df8a", "dashed"),
    "cites": ("trích dẫn / cites", "#d62728", "solid"),
    "issuerProvince": ("ban hành tại / issued in", "#ff9896", "dashed"),
    "reports": ("đưa tin / reports", "#9467bd", "dotted"),
    "author": ("tác giả / byline", "#7f7f7f", "dotted"),
    "holds": ("giữ chức trong / holds a title in", "#8c564b", "solid"),
    "held": ("giữ chức vụ / held the post", "#bcbd22", "solid"),
}


def _facets(g: nx.DiGraph) -> dict[str, dict[str, set[str]]]:
    """For the page's filters: the provinces, years and meeting kinds each node belongs to.
    A meeting or a report has its own; an official, a document or a byline those of the
    meetings and reports next to it; an organisation or a post those of its officials."""
    facets: dict[str, dict[str, set[str]]] = {n: {"provinces": set(), "years": set(), "kinds": set()} for n in g}
    label = {n: str(d.get("label", "")) for n, d in g.nodes(data=True)}
    kind = {n: str(d.get("type", "")) for n, d in g.nodes(data=True)}
    for n, d in g.nodes(data=True):
        f = facets[n]
        if kind[n] == "Province":
            f["provinces"].add(label[n])
        elif kind[n] in ("Meeting", "Report"):
            year = str(d.get("date") or d.get("datePublished") or "")[:4]
            if year:
                f["years"].add(year)
            if d.get("kind"):
                f["kinds"].add(str(d["kind"]))
            for v in g.successors(n):
                if kind[v] == "Province":
                    f["provinces"].add(label[v])
    for n in g:  # a report's meeting gives it its kind and, where undated, its year
        if kind[n] == "Report":
            for v in g.successors(n):
                if kind[v] == "Meeting":
                    facets[n]["kinds"] |= facets[v]["kinds"]
                    facets[n]["years"] = facets[n]["years"] or set(facets[v]["years"])
    for passes in (("Official", "LegalDocument", "Author"), ("Organization", "Post")):
        for n in g:
            if kind[n] not in passes:
                continue
            sources = ("Meeting", "Report") if kind[n] in ("Official", "LegalDocument", "Author") else ("Official",)
            for v in (*g.successors(n), *g.predecessors(n)):
                if kind[v] in sources:
                    for k in ("provinces", "years", "kinds"):
                        facets[n][k] |= facets[v][k]
    return facets


def html_page(g: nx.DiGraph, title: str, *, lang: str = "vi") -> str:
    """One self-contained page: the graph drawn by Cytoscape.js (inlined), offline, with a
    force-directed layout, the important nodes labelled (the rest on hover), legends of
    node types and of edges, and filters by province, year, meeting kind and type."""
    from .lookup import collated, term_labels

    vendored()
    elements = cytoscape_elements(g)["elements"]
    facets = _facets(g)
    kinds = term_labels(lang)
    for node in elements["nodes"]:
        d = node["data"]
        f = facets[d["id"]]
        d["f_prov"], d["f_year"] = sorted(f["provinces"]), sorted(f["years"])
        d["f_kind"] = sorted(kinds.get(k, k) for k in f["kinds"])
        if d.get("type") == "Meeting" and d.get("kind"):
            d["kind"] = kinds.get(d["kind"], d["kind"])
    for edge in elements["edges"]:
        _, colour, line = RELATIONS.get(edge["data"].get("relation", ""), ("", "#bbbbbb", "solid"))
        edge["data"]["color"], edge["data"]["line"] = colour, line
    present = {str(d.get("type")) for _, d in g.nodes(data=True)}
    legend = {kind: {"color": colour, "label": TYPE_LABELS.get(kind, kind)}
              for kind, colour in COLOURS.items() if kind in present}
    relations = {str(d.get("relation")) for _, _, d in g.edges(data=True)}
    edge_legend = {r: {"label": label, "color": colour, "line": line}
                   for r, (label, colour, line) in RELATIONS.items() if r in relations}
    options = {"provinces": collated({p for f in facets.values() for p in f["provinces"]}),
               "years": sorted({y for f in facets.values() for y in f["years"]}),
               "kinds": collated({kinds.get(k, k) for f in facets.values() for k in f["kinds"]})}
    payload = json.dumps({"elements": elements, "legend": legend, "edgeLegend": edge_legend, "options": options,
                          "title": title}, ensure_ascii=False)
    page = _asset("export.html")
    return (page.replace("/*__TITLE__*/", _html_escape(title))
                .replace("/*__CYTOSCAPE__*/", _asset("cytoscape.min.js").replace("</script", "<\\/script"))
                .replace("/*__DATA__*/null", payload.replace("</", "<\\/")))


def _html_escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def view_quads(store: Store, view: str, province: ox.NamedNode | None = None) -> list[ox.Quad]:
    """The quads of a view (see the module's docstring)."""
    raw = store.raw
    chosen: set[str] | None = None  # report graphs, when a province is chosen
    if province is not None:
        chosen = {row["r"].value for row in _rows(store, "reports.rq", province)}
    if view == "all":
        if chosen is None:
            return list(raw)
        return [q for graph in sorted(chosen) for q in raw.quads_for_pattern(None, None, None, ox.NamedNode(graph))]
    keep = set(property_graph(store, view, province).nodes)
    if view == "people":  # and the officials' role assignments and occupancies
        keep |= {q.object.value for q in raw.quads_for_pattern(None, ox.NamedNode(VGK + "holds"), None)
                 if q.subject.value in keep}
        keep |= {q.subject.value for q in raw.quads_for_pattern(None, ox.NamedNode(VGK + "holder"), None,
                                                                GRAPH_OCCUPANCIES) if q.object.value in keep}
    evidence = ox.NamedNode(VGK + "evidence")  # provenance mentions belong to the "all" view
    return [q for q in raw
            if isinstance(q.subject, ox.NamedNode) and q.subject.value in keep and q.predicate != evidence
            and (chosen is None or q.graph_name.value in chosen or q.graph_name in REFERENCE_GRAPHS
                 or q.graph_name == GRAPH_OCCUPANCIES)]


def export(store: Store, fmt: str, path: str | Path, *, view: str = "all",
           province: str | None = None, merged: bool = False) -> ExportSummary:
    """Write the view of the store to ``path`` in ``fmt``."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}", hint=f"use one of {', '.join(FORMATS)}")
    if view not in VIEWS:
        raise ExportError(f"unknown view {view!r}", hint=f"use one of {', '.join(VIEWS)}")
    out = Path(path)
    if not out.parent.exists():
        raise ExportError(f"cannot write {out}: the folder {out.parent} does not exist")
    wheres: list[ox.NamedNode | None] = list(province_iris(province, merged=merged)) if province else [None]
    tmp = out.with_name(f".{out.name}.part")
    try:
        if fmt in RDF_FORMATS:
            quads = list(dict.fromkeys(q for where in wheres for q in view_quads(store, view, where)))
            rdf_format = RDF_FORMATS[fmt]
            if rdf_format.supports_datasets:
                ox.serialize(quads, str(tmp), format=rdf_format)
                count = len(quads)
            else:
                triples = list(dict.fromkeys(ox.Triple(q.subject, q.predicate, q.object) for q in quads))
                ox.serialize(triples, str(tmp), format=rdf_format)
                count = len(triples)
            summary = ExportSummary(out, len({q.subject for q in quads}), count)
        else:
            g = nx.compose_all([property_graph(store, view, where) for where in wheres])
            if fmt == "graphml":
                nx.write_graphml(g, tmp)
            elif fmt == "gexf":
                nx.write_gexf(g, tmp)
            elif fmt == "dot":
                _write_dot(g, tmp)
            elif fmt == "cyjs":
                tmp.write_text(json.dumps(cytoscape_elements(g), ensure_ascii=False, indent=1), encoding="utf-8")
            else:
                title = f"vngovkg: {view}" + (f", {province}" if province else "")
                tmp.write_text(html_page(g, title), encoding="utf-8")
            summary = ExportSummary(out, g.number_of_nodes(), g.number_of_edges())
        tmp.replace(out)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise ExportError(f"cannot write {out}: {e.strerror or e}") from e
    return summary
