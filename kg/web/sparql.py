"""SPARQL over HTTP for the pages, with values bound safely.

The pages ask the SPARQL endpoint (SPARQL 1.1 Protocol, results in JSON), never the store
itself, so they work against any store the build can push to.  A query is a file of
``kg/web/queries/`` (or a string) with placeholders ``$name``; a placeholder takes only
a :class:`Term` made by :func:`resource` (an IRI checked to be under ``res:``),
:func:`literal` (a string escaped by the one function that does it) or :func:`integer`.
User input never reaches the query text any other way.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import pyoxigraph as ox

from ..errors import KgError
from ..vocab import PREFIXES, RES

QUERIES = Path(__file__).resolve().parent / "queries"

# Characters an IRI of ours may hold: RFC 3986's unreserved and sub-delimiters, ':', '@',
# '/', and percent escapes.  The minted IRIs are slugs, far narrower than this.
_IRI_PATH = re.compile(r"(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/]|%[0-9A-Fa-f]{2})*")
_PLACEHOLDER = re.compile(r"\$([A-Za-z_]\w*)")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class SparqlError(KgError):
    hint = "is the SPARQL endpoint up? kg serve starts one; kg serve --endpoint URL uses another"


@dataclass(frozen=True)
class Term:
    """A value written into a query: only the functions below make one."""

    sparql: str


def resource(iri: str) -> Term:
    """``<iri>`` for an IRI under ``res:`` that holds only IRI characters; ValueError otherwise."""
    if not iri.startswith(RES) or not _IRI_PATH.fullmatch(iri, len(RES)) or len(iri) > 2000:
        raise ValueError(f"not a resource IRI: {iri!r}")
    return Term(f"<{iri}>")


def literal(text: str) -> Term:
    """A string literal: backslash, quote and line ends escaped, other control characters dropped."""
    text = _CONTROL.sub("", text)
    escaped = (text.replace("\\", "\\\\").replace('"', '\\"')
               .replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t"))
    return Term(f'"{escaped}"')


def integer(value: int) -> Term:
    return Term(str(int(value)))


def prologue() -> str:
    """The prefixes ``kg query`` predeclares (kg/vocab.py), as SPARQL."""
    return "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())


@cache
def load(name: str) -> str:
    return (QUERIES / f"{name}.rq").read_text(encoding="utf-8")


def bind(sparql: str, terms: dict[str, Term]) -> str:
    """The query with each ``$name`` replaced by its term; every placeholder must have one."""
    def one(m: re.Match[str]) -> str:
        term = terms.get(m.group(1))
        if not isinstance(term, Term):
            raise KeyError(f"no term bound to ${m.group(1)}")
        return term.sparql

    return _PLACEHOLDER.sub(one, sparql)


class Value(str):
    """One value of a result row: the lexical form, with its kind, language and datatype."""

    kind: str  # "iri", "literal" or "bnode"
    lang: str | None
    datatype: str | None

    def __new__(cls, value: str, kind: str = "literal", lang: str | None = None,
                datatype: str | None = None) -> Value:
        v = super().__new__(cls, value)
        v.kind, v.lang, v.datatype = kind, lang, datatype
        return v

    @property
    def is_iri(self) -> bool:
        return self.kind == "iri"

    def as_int(self) -> int:
        try:
            return int(self)
        except ValueError:
            return 0


Row = dict[str, Value]


def _value(b: dict[str, Any]) -> Value:
    kind = {"uri": "iri", "bnode": "bnode"}.get(b["type"], "literal")
    return Value(b["value"], kind, b.get("xml:lang"), b.get("datatype"))


class Sparql:
    """An async client of one SPARQL endpoint (its query URL)."""

    def __init__(self, query_url: str, client: httpx.AsyncClient, timeout: float = 30.0) -> None:
        self.query_url = query_url
        self.client = client
        self.timeout = timeout

    async def _post(self, sparql: str, accept: str) -> bytes:
        try:
            r = await self.client.post(self.query_url, data={"query": prologue() + sparql},
                                       headers={"Accept": accept}, timeout=self.timeout)
        except httpx.HTTPError as e:
            raise SparqlError(f"cannot reach the SPARQL endpoint {self.query_url}: {e}") from e
        if r.status_code >= 400:
            detail = " ".join(r.text.split())[:300]
            raise SparqlError(f"the SPARQL endpoint answered HTTP {r.status_code}: {detail}")
        return r.content

    async def select(self, sparql: str, **terms: Term) -> list[Row]:
        data = await self._post(bind(sparql, terms), "application/sparql-results+json")
        doc = json.loads(data)
        if "boolean" in doc:
            return [{"boolean": Value("true" if doc["boolean"] else "false")}]
        return [{k: _value(v) for k, v in b.items()} for b in doc["results"]["bindings"]]

    async def rows(self, name: str, **terms: Term) -> list[Row]:
        """The rows of query file ``name``."""
        return await self.select(load(name), **terms)

    async def construct(self, sparql: str, **terms: Term) -> list[ox.Triple]:
        data = await self._post(bind(sparql, terms), "application/n-triples")
        return list(ox.parse(data, format=ox.RdfFormat.N_TRIPLES))
