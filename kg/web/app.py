"""The web app of ``kg serve``: entity pages, search, VoID, and the SPARQL server behind.

- ``/id/PATH``: the resource ``res:PATH`` (``https://w3id.org/vngovkg/id/PATH``) as a page,
  or as RDF by content negotiation (Turtle, JSON-LD, N-Triples, RDF/XML; or
  ``?format=ttl|jsonld|nt|rdf``), the way Pubby and LodView publish linked data.
- ``/search?q=...``: the search box.
- ``/.well-known/void``: the VoID description of the dataset (Turtle unless a browser asks).
- anything else: passed to the SPARQL server (kg/web/proxy.py), when there is one behind.

Pages are read by SPARQL over HTTP from ``query_url``, never from the store, so they
work against any SPARQL 1.1 store the build can push to.  They are plain HTML, no script.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pyoxigraph as ox
from jinja2 import Environment, FileSystemLoader
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route

from ..vocab import PREFIXES, RDF, RDFS, RES, SCHEMA, VGK
from . import negotiate, pages, proxy
from . import void as void_mod
from .search import Index, Matcher
from .sparql import Sparql, SparqlError, resource

HERE = Path(__file__).resolve().parent
VOID_TTL_S = 60.0  # counts are computed again at most once a minute
# Prefixes of the RDF served (res: aside: its local names have slashes, which Turtle escapes).
RDF_PREFIXES = {k: v for k, v in PREFIXES.items() if k != "res"}
_MARK = re.compile(r"(\d{1,9})-(\d{1,9})")
KIND_LABELS = {"person": "Official", "report": "Report", "meeting": "Meeting", "document": "Legal document",
               "province": "Province", "post": "Post", "organization": "Organization", "role": "Role assignment",
               "occupancy": "Occupancy", "author": "Byline", "resource": "Resource", "mention": "Mention"}


def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["page"] = pages.page_url
    env.filters["short"] = _short
    return env


def _short(iri: str) -> str:
    """An IRI written with the project's prefixes (vgk:Official, res:person/...)."""
    for k, v in PREFIXES.items():
        if iri.startswith(v) and len(iri) > len(v):
            return f"{k}:{iri[len(v):]}"
    return iri


class Site:
    """What the routes share: the endpoint, the HTTP clients, the caches."""

    def __init__(self, query_url: str, upstream: str | None, timeout: float, matcher: Matcher | None) -> None:
        self.query_url = query_url
        self.upstream = upstream
        self.timeout = timeout
        self.matcher = matcher
        self.env = _environment()
        self.client: httpx.AsyncClient | None = None
        self.sparql: Sparql | None = None
        self.index: Index | None = None
        self._labels: dict[str, dict[str, str]] | None = None
        self._void: tuple[float, dict[str, Any]] | None = None
        self._void_lock = asyncio.Lock()

    async def open(self) -> None:
        self.client = httpx.AsyncClient(limits=httpx.Limits(max_connections=32, max_keepalive_connections=16))
        self.sparql = Sparql(self.query_url, self.client, timeout=self.timeout)
        self.index = Index(self.sparql, self.matcher)

    async def close(self) -> None:
        if self.client is not None:
            await self.client.aclose()

    @property
    def sp(self) -> Sparql:
        assert self.sparql is not None
        return self.sparql

    async def labels(self) -> dict[str, dict[str, str]]:
        """Term IRI -> language -> label, from the ontology's graph (kept once read)."""
        if self._labels is None:
            out: dict[str, dict[str, str]] = {}
            for row in await self.sp.rows("labels"):
                out.setdefault(str(row["term"]), {})[row["label"].lang or ""] = str(row["label"])
            self._labels = out
        return self._labels

    async def void_counts(self) -> dict[str, Any]:
        async with self._void_lock:
            now = time.monotonic()
            if self._void is None or now - self._void[0] > VOID_TTL_S:
                self._void = (now, await void_mod.counts(self.sp))
            return self._void[1]

    def render(self, template: str, ctx: dict[str, Any], status: int = 200,
               headers: dict[str, str] | None = None) -> HTMLResponse:
        html = self.env.get_template(template).render(**ctx)
        return HTMLResponse(html, status_code=status, headers=headers)


def _labeller(labels: dict[str, dict[str, str]]) -> Any:
    def label(iri: str, lang: str = "en") -> str:
        by_lang = labels.get(str(iri))
        if not by_lang:
            return _short(str(iri))
        return by_lang.get(lang) or by_lang.get("en") or next(iter(by_lang.values()))
    return label


def _rdf_links(path: str) -> list[tuple[str, str, str]]:
    return [(f"/id/{path}?format={f.name}", f.label, f.media_type.split(";")[0]) for f in negotiate.RDF_FORMS]


def create_app(query_url: str, *, upstream: str | None = None, timeout: float = 30.0,
               matcher: Matcher | None = None) -> Starlette:
    """The app over the SPARQL endpoint ``query_url``; ``upstream``: the server to pass the rest to."""
    site = Site(query_url, upstream.rstrip("/") if upstream else None, timeout, matcher)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await site.open()
        try:
            yield
        finally:
            await site.close()

    async def common(request: Request) -> dict[str, Any]:
        labels = await site.labels()
        return {"label": _labeller(labels), "q": request.query_params.get("q", ""), "has_sparql": bool(site.upstream),
                "kind_labels": KIND_LABELS, "RES": RES, "VGK": VGK, "SCHEMA": SCHEMA, "RDF": RDF, "RDFS": RDFS}

    async def resource_page(request: Request) -> Response:
        path = request.path_params["path"]
        iri = RES + path
        try:
            this = resource(iri)
        except ValueError:
            return PlainTextResponse("not a resource of this dataset\n", status_code=404)
        asked = request.query_params.get("format")
        form = negotiate.by_name(asked) if asked else negotiate.choose(request.headers.get("accept"))
        vary = {"Vary": "Accept", "Link": ", ".join(f'<{href}>; rel="alternate"; type="{mt}"'
                                                    for href, _, mt in _rdf_links(path))}
        if form is None:
            return PlainTextResponse("ask for text/html, text/turtle, application/ld+json, application/n-triples "
                                     "or application/rdf+xml\n", status_code=406, headers=vary)
        rows = await site.sp.rows("types", this=this)
        types = list(dict.fromkeys(str(r["type"]) for r in rows if "type" in r))  # one row a graph
        exists = any(str(r.get("any", "")) == "true" for r in rows)
        if not exists:
            if form.rdf is not None:
                return PlainTextResponse(f"nothing is known of <{iri}>\n", status_code=404, headers=vary)
            return site.render("missing.html", {"iri": iri, **await common(request)}, status=404)
        if form.rdf is not None:
            out, inc = await asyncio.gather(
                site.sp.construct("CONSTRUCT { $this ?p ?o } WHERE { $this ?p ?o }", this=this),
                site.sp.construct("CONSTRUCT { ?s ?p $this } WHERE { ?s ?p $this } LIMIT 2000", this=this))
            triples = list(dict.fromkeys(out + inc))
            data = ox.serialize(triples, format=form.rdf, prefixes=RDF_PREFIXES)
            return Response(bytes(data), media_type=form.media_type, headers=vary)
        kind = pages.kind_of(types)
        if kind == "mention":
            found = await site.sp.rows("mention", this=this)
            if found:
                s, e = found[0]["s"].as_int(), found[0]["e"].as_int()
                return RedirectResponse(f"{pages.page_url(str(found[0]['r']))}?mark={s}-{e}#m{s}-{e}", 303,
                                        headers={"Vary": "Accept"})
        ctx: dict[str, Any] = {}
        if kind == "report":
            m = _MARK.fullmatch(request.query_params.get("mark", ""))
            ctx = await pages.report(site.sp, iri, (int(m.group(1)), int(m.group(2))) if m else None)
        elif kind in ("person", "meeting", "document", "province", "post", "organization", "author", "role"):
            ctx = await getattr(pages, kind)(site.sp, iri)
        triples = await pages.statements(site.sp, iri)
        ctx.update(iri=iri, path=path, kind=kind, types=types, triples=triples, rdf_links=_rdf_links(path))
        return site.render(f"{kind}.html" if kind not in ("occupancy", "resource") else "resource.html",
                           {**ctx, **await common(request)}, headers=vary)

    async def search_page(request: Request) -> Response:
        q = request.query_params.get("q", "").strip()[:200]
        assert site.index is not None
        found = await site.index.search(q) if q else None
        counts = await site.void_counts() if not q else None
        return site.render("search.html", {"found": found, "counts": counts, "query": q, **await common(request)})

    async def void_page(request: Request) -> Response:
        forms = (negotiate.TURTLE, negotiate.HTML, negotiate.JSONLD, negotiate.NTRIPLES, negotiate.RDFXML)
        asked = request.query_params.get("format")
        form = negotiate.by_name(asked) if asked else negotiate.choose(request.headers.get("accept"), forms)
        if form is None:
            return PlainTextResponse("ask for text/turtle or another RDF type\n", status_code=406)
        counts = await site.void_counts()
        base = str(request.base_url).rstrip("/")
        if form.rdf is None:
            return site.render("void.html", {"counts": counts, "base": base, **await common(request)},
                               headers={"Vary": "Accept"})
        data = void_mod.serialize(void_mod.triples(counts, base), form.rdf)
        return Response(data, media_type=form.media_type, headers={"Vary": "Accept"})

    async def stylesheet(request: Request) -> Response:
        return Response((HERE / "static" / "kg.css").read_bytes(), media_type="text/css",
                        headers={"Cache-Control": "max-age=300"})

    async def rest(request: Request) -> Response:
        if site.upstream is None:
            if request.url.path == "/":
                return RedirectResponse("/search", 303)
            return PlainTextResponse("not found\n", status_code=404)
        assert site.client is not None
        return await proxy.forward(request, site.client, site.upstream, None)

    async def sparql_failed(request: Request, exc: Exception) -> Response:
        return HTMLResponse(site.env.get_template("error.html").render(message=str(exc), q=""), status_code=502)

    methods = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"]
    routes = [
        Route("/id/{path:path}", resource_page, methods=["GET", "HEAD"]),
        Route("/search", search_page, methods=["GET", "HEAD"]),
        Route("/.well-known/void", void_page, methods=["GET", "HEAD"]),
        Route("/static/kg.css", stylesheet, methods=["GET", "HEAD"]),
        Route("/{path:path}", rest, methods=methods),
    ]
    return Starlette(routes=routes, lifespan=lifespan, exception_handlers={SparqlError: sparql_failed})
