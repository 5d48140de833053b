"""Everything the pages do not answer goes on to the SPARQL server behind them.

The Oxigraph server listens on a private port; its query page (YASGUI at ``/``), the
SPARQL endpoint (``/query``, ``/sparql``), updates (``/update``) and the Graph Store
(``/store``) are passed through as they are, with one change: a query that does not
declare the prefixes ``kg query`` predeclares (``vgk:``, ``res:``, ``schema:``, ...,
kg/vocab.py) gets them, so that what works in ``kg query`` works in YASGUI and curl.
"""

from __future__ import annotations

import re
import urllib.parse

import httpx
from starlette.background import BackgroundTask
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

from ..vocab import PREFIXES

QUERY_PATHS = ("/query", "/sparql")
_HOP = {"connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te", "trailer",
        "transfer-encoding", "upgrade", "host", "content-length"}
_DECLARED = re.compile(r"\bPREFIX\s+([A-Za-z][\w.-]*)?\s*:", re.IGNORECASE)


def with_prefixes(query: str) -> str:
    """``query`` with a PREFIX line before it for each predeclared prefix it does not declare."""
    declared = {m.group(1) or "" for m in _DECLARED.finditer(query)}
    missing = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items() if k not in declared)
    return missing + query


def _rewrite(method: str, path: str, query_string: str, content_type: str, body: bytes) -> tuple[str, bytes]:
    """The query string and body with the prefixes added to a query (other requests unchanged)."""
    if path not in QUERY_PATHS:
        return query_string, body
    if method == "GET" or (method == "POST" and "query=" in query_string):
        params = urllib.parse.parse_qsl(query_string, keep_blank_values=True)
        if any(k == "query" for k, _ in params):
            params = [(k, with_prefixes(v) if k == "query" else v) for k, v in params]
            return urllib.parse.urlencode(params), body
    if method == "POST":
        kind = content_type.split(";")[0].strip().lower()
        if kind == "application/x-www-form-urlencoded":
            params = urllib.parse.parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True)
            params = [(k, with_prefixes(v) if k == "query" else v) for k, v in params]
            return query_string, urllib.parse.urlencode(params).encode("utf-8")
        if kind == "application/sparql-query":
            return query_string, with_prefixes(body.decode("utf-8", "replace")).encode("utf-8")
    return query_string, body


async def forward(request: Request, client: httpx.AsyncClient, upstream: str, timeout: float | None) -> Response:
    """Pass ``request`` to ``upstream`` (a base URL) and stream its answer back."""
    body = await request.body()
    query_string, body = _rewrite(request.method, request.url.path, request.url.query,
                                  request.headers.get("content-type", ""), body)
    url = upstream + request.url.path + (f"?{query_string}" if query_string else "")
    headers = [(k, v) for k, v in request.headers.items() if k.lower() not in _HOP]
    if "accept-encoding" not in request.headers:  # else httpx asks for gzip the client may not read
        headers.append(("accept-encoding", "identity"))
    req = client.build_request(request.method, url, headers=headers, content=body or None,
                               timeout=httpx.Timeout(timeout, connect=10.0))
    try:
        answer = await client.send(req, stream=True)
    except httpx.HTTPError as e:
        return Response(f"the SPARQL server behind this page does not answer: {e}\n", status_code=502,
                        media_type="text/plain")
    out_headers = {k: v for k, v in answer.headers.items() if k.lower() not in _HOP}
    return StreamingResponse(answer.aiter_raw(), status_code=answer.status_code, headers=out_headers,
                             background=BackgroundTask(answer.aclose))
