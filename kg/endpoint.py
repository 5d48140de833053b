"""A remote SPARQL 1.1 store as the target of a build (``kg build --endpoint URL``).

It offers the build the same few operations as :class:`kg.store.Store`, over HTTP:

- ``protocol="update"`` (the default): each report's graph is replaced by one SPARQL 1.1
  Update request, ``DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> { ... } }``, and new
  reports are sent many to a request.  Oxigraph (like Fuseki and GraphDB) runs one
  update request as one transaction, so a reader sees a report's old graph or its new
  one, never half of it.
- ``protocol="gsp"``: one SPARQL 1.1 Graph Store Protocol ``PUT /store?graph=<g>`` per
  report.  Portable to any GSP server, but Oxigraph 0.5 clears the graph and loads the
  new one in two transactions, so a reader may briefly see the report missing; use it
  for stores whose PUT is one transaction, or when nobody queries during the build.

URLs are those of ``oxigraph serve`` (``URL/query``, ``URL/update``, ``URL/store``);
Fuseki's dataset URL (``http://host:3030/DATASET``) has the same ``query``/``update``
paths.
"""

from __future__ import annotations

import http.client
import urllib.parse
from collections.abc import Iterable
from typing import Any

import pyoxigraph as ox

from .errors import StoreError
from .vocab import PREFIXES

# Oxigraph refuses SPARQL bodies over 1 MiB; requests stay well under it.
MAX_REQUEST_BYTES = 512 * 1024
PROTOCOLS = ("update", "gsp")


class EndpointError(StoreError):
    hint = "start a writable server first (kg serve --read-write --store DIR) and pass its URL to --endpoint"


def _prologue() -> str:
    return "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())


def _triples(quads: Iterable[ox.Quad]) -> str:
    return "".join(f"{q.subject} {q.predicate} {q.object} .\n" for q in quads)


class Endpoint:
    """A SPARQL 1.1 server written through Update (or the Graph Store Protocol)."""

    def __init__(self, url: str, *, protocol: str = "update", timeout: float = 120.0) -> None:
        if protocol not in PROTOCOLS:
            raise EndpointError(f"unknown endpoint protocol {protocol!r}", hint=f"use one of {', '.join(PROTOCOLS)}")
        parsed = urllib.parse.urlsplit(url.rstrip("/"))
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise EndpointError(f"--endpoint {url!r} is not an http(s) URL",
                                hint="give the server's base URL, e.g. http://127.0.0.1:7878")
        self.url = url.rstrip("/")
        self.path = self.url  # what the build summary names as its store
        self.protocol = protocol
        self._base = parsed.path
        self._conn_args = (parsed.hostname or "localhost", parsed.port, timeout)
        self._https = parsed.scheme == "https"
        self._conn: http.client.HTTPConnection | None = None
        self._values: dict[str, dict[str, str]] = {}
        self._pending: list[str] = []
        self._pending_size = 0
        self.query("ASK { }")  # fail now, with a clear message, if nobody answers

    # -- HTTP ---------------------------------------------------------------------------

    def _request(self, method: str, path: str, body: bytes | None, headers: dict[str, str]) -> bytes:
        for attempt in (1, 2):  # one retry on a connection the server closed while idle
            if self._conn is None:
                host, port, timeout = self._conn_args
                cls = http.client.HTTPSConnection if self._https else http.client.HTTPConnection
                self._conn = cls(host, port, timeout=timeout)
            try:
                self._conn.request(method, self._base + path, body=body, headers=headers)
                response = self._conn.getresponse()
                data = response.read()
            except (ConnectionError, http.client.HTTPException, OSError) as e:
                self._conn.close()
                self._conn = None
                if attempt == 2 or not isinstance(e, (http.client.RemoteDisconnected, ConnectionResetError,
                                                      BrokenPipeError)):
                    raise EndpointError(f"cannot reach the SPARQL server at {self.url}: {e}") from e
                continue
            if response.status >= 400:
                detail = " ".join(data.decode("utf-8", "replace").split())[:300]
                if response.status == 403 and "read-only" in detail.lower():
                    raise EndpointError(f"the server at {self.url} is read-only",
                                        hint="serve the store with kg serve --read-write")
                raise EndpointError(f"{method} {self.url}{path} failed: HTTP {response.status}: {detail}")
            return data
        raise AssertionError("unreachable")

    def query(self, sparql: str, substitutions: dict[str, Any] | None = None) -> Any:
        """Run a SELECT/ASK over the server's union of graphs; rows as pyoxigraph solutions."""
        if substitutions:
            raise EndpointError("parameters are not supported over an endpoint")
        body = urllib.parse.urlencode({"query": _prologue() + sparql, "union-default-graph": ""}).encode()
        data = self._request("POST", "/query", body, {
            "Content-Type": "application/x-www-form-urlencoded",
            "Accept": "application/sparql-results+json"})
        return ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)

    def update(self, sparql: str) -> None:
        self._request("POST", "/update", sparql.encode("utf-8"),
                      {"Content-Type": "application/sparql-update; charset=utf-8"})

    # -- what the build uses ---------------------------------------------------------------

    def graph_values(self, predicate: ox.NamedNode) -> dict[str, str]:
        """Graph IRI -> the value of ``predicate`` in it, for every graph (one query, kept)."""
        key = predicate.value
        if key not in self._values:
            rows = self.query(f"SELECT ?g ?v WHERE {{ GRAPH ?g {{ ?s {predicate} ?v }} }}")
            self._values[key] = {row["g"].value: str(row["v"].value) for row in rows}
        return self._values[key]

    def graph_value(self, graph: ox.NamedNode, predicate: ox.NamedNode) -> str | None:
        """The value of ``predicate`` in ``graph``."""
        return self.graph_values(predicate).get(graph.value)

    def replace_graph(self, graph: ox.NamedNode, quads: Iterable[ox.Quad]) -> None:
        """Replace one named graph by ``quads`` (one request)."""
        quads = list(quads)
        if self.protocol == "gsp":
            self._put(graph, quads)
        else:
            self.update(self._replace_op(graph, quads))
        for values in self._values.values():
            values.pop(graph.value, None)

    def _put(self, graph: ox.NamedNode, quads: list[ox.Quad]) -> None:
        """Graph Store Protocol PUT of one graph."""
        self._request("PUT", "/store?" + urllib.parse.urlencode({"graph": graph.value}),
                      _triples(quads).encode("utf-8"), {"Content-Type": "application/n-triples"})

    @staticmethod
    def _replace_op(graph: ox.NamedNode, quads: list[ox.Quad]) -> str:
        return f"DROP SILENT GRAPH {graph} ;\nINSERT DATA {{ GRAPH {graph} {{\n{_triples(quads)}}} }}"

    def add_new_graphs(self, nquads: bytes, graphs: Iterable[str]) -> None:
        """Add the graphs of an N-Quads document (graphs that are new), each atomically.
        (``graphs`` names them; the document is grouped by graph here anyway.)"""
        by_graph: dict[str, list[ox.Quad]] = {}
        for q in ox.parse(nquads, format=ox.RdfFormat.N_QUADS):
            by_graph.setdefault(str(q.graph_name), []).append(q)
        for quads in by_graph.values():
            graph = quads[0].graph_name
            assert isinstance(graph, ox.NamedNode)
            if self.protocol == "gsp":
                self.replace_graph(graph, quads)
                continue
            op = self._replace_op(graph, quads)
            if len(op) > MAX_REQUEST_BYTES:  # too big for one update request: a GSP PUT of its own
                self.flush()
                self._put(graph, quads)
                continue
            if self._pending and self._pending_size + len(op) > MAX_REQUEST_BYTES:
                self.flush()
            self._pending.append(op)
            self._pending_size += len(op)
        self.flush()

    def drop_graph(self, graph: ox.NamedNode) -> None:
        if self.protocol == "gsp":
            self._request("DELETE", "/store?" + urllib.parse.urlencode({"graph": graph.value}), None, {})
        else:
            self.update(f"DROP SILENT GRAPH {graph}")

    def flush(self) -> None:
        """Send the update operations waiting to go (one request, one transaction)."""
        if self._pending:
            self.update(" ;\n".join(self._pending))
            self._pending, self._pending_size = [], 0

    def begin_fresh(self) -> None:
        """No fresh store to fill on a server: its graphs are replaced one by one."""
        return None

    def optimize(self) -> bool:
        """Nothing to do: the server looks after its own storage (so False: not compacted)."""
        return False

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
