"""A VoID description of the dataset (https://www.w3.org/TR/void/), served at /.well-known/void.

Counts come from SPARQL over the endpoint, as ``kg stats`` counts them: the entities of
each class (``void:classPartition``), the documents the reports cite and the provinces
they are about (property partitions of the reports' class partition), and every quad of
every graph (``void:triples``).  It names the SPARQL endpoint, the dump (the Graph Store
of the server: all graphs as N-Quads), the space of resource IRIs, the vocabularies and
an example resource of each main kind.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pyoxigraph as ox

from ..vocab import RDF, RES, SCHEMA, VGK, XSD
from .sparql import Sparql

VOID = "http://rdfs.org/ns/void#"
DCTERMS = "http://purl.org/dc/terms/"
FOAF = "http://xmlns.com/foaf/0.1/"
PREFIXES = {"void": VOID, "dcterms": DCTERMS, "foaf": FOAF, "vgk": VGK, "schema": SCHEMA, "xsd": XSD}


def _n(local: str, ns: str = VOID) -> ox.NamedNode:
    return ox.NamedNode(ns + local)


def _int(n: int) -> ox.Literal:
    return ox.Literal(str(n), datatype=ox.NamedNode(XSD + "integer"))


async def counts(sp: Sparql) -> dict[str, Any]:
    classes, totals, examples = await asyncio.gather(sp.rows("void_classes"), sp.rows("void_counts"),
                                                     sp.rows("void_examples"))
    t = totals[0] if totals else {}
    return {
        "classes": {str(r["class"]): r["entities"].as_int() for r in classes},
        "quads": t["quads"].as_int() if "quads" in t else 0,
        "graphs": t["graphs"].as_int() if "graphs" in t else 0,
        "cited": t["cited"].as_int() if "cited" in t else 0,
        "provinces": t["provinces"].as_int() if "provinces" in t else 0,
        "examples": {str(r["kind"]): str(r["x"]) for r in examples},
    }


def triples(c: dict[str, Any], base: str) -> list[ox.Triple]:
    """The VoID graph of counts ``c`` for a server at ``base`` (no trailing slash)."""
    ds = ox.NamedNode(base + "/.well-known/void#dataset")
    out: list[ox.Triple] = []
    parts: list[ox.Triple] = []  # the partitions' own triples, written after the dataset's

    def add(s: ox.NamedNode | ox.BlankNode, p: ox.NamedNode, o: ox.NamedNode | ox.BlankNode | ox.Literal) -> None:
        (out if s == ds else parts).append(ox.Triple(s, p, o))

    add(ds, ox.NamedNode(RDF + "type"), _n("Dataset"))
    add(ds, _n("title", DCTERMS), ox.Literal("vngovkg: Vietnamese provincial government reports", language="en"))
    add(ds, _n("description", DCTERMS), ox.Literal(
        "Officials, their roles and posts, meetings, provinces and cited legal documents, extracted from news "
        "reports; one named graph per report, every fact with its evidence in the report's text. void:triples "
        "counts the statements of all graphs.", language="en"))
    add(ds, _n("homepage", FOAF), ox.NamedNode(base + "/search"))
    add(ds, _n("sparqlEndpoint"), ox.NamedNode(base + "/query"))
    add(ds, _n("dataDump"), ox.NamedNode(base + "/store"))
    add(ds, _n("uriSpace"), ox.Literal(RES))
    add(ds, _n("feature"), ox.NamedNode("http://www.w3.org/ns/formats/N-Quads"))
    for vocab in (VGK, SCHEMA):
        add(ds, _n("vocabulary"), ox.NamedNode(vocab))
    add(ds, _n("triples"), _int(c["quads"]))
    for iri in c["examples"].values():
        add(ds, _n("exampleResource"), ox.NamedNode(iri))
    for cls, n in sorted(c["classes"].items()):
        part = ox.BlankNode()
        add(ds, _n("classPartition"), part)
        add(part, _n("class"), ox.NamedNode(cls))
        add(part, _n("entities"), _int(n))
        if cls == VGK + "Report":
            for prop, distinct in ((VGK + "cites", c["cited"]), (VGK + "province", c["provinces"])):
                pp = ox.BlankNode()
                add(part, _n("propertyPartition"), pp)
                add(pp, _n("property"), ox.NamedNode(prop))
                add(pp, _n("distinctObjects"), _int(distinct))
    return out + parts


def serialize(ts: list[ox.Triple], fmt: ox.RdfFormat) -> bytes:
    return bytes(ox.serialize(ts, format=fmt, prefixes=PREFIXES))
