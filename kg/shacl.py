"""The SHACL shapes of ontology/shapes.ttl, compiled to SPARQL and run by Oxigraph.

pyshacl is the reference (``kg validate`` uses it) but costs about 0.1 s a report; the
build checks every report before storing it, so it runs the same shapes compiled to
SPARQL queries over an in-memory Oxigraph store (a few milliseconds).  The compiler
supports the constraints shapes.ttl uses — targetClass, targetSubjectsOf, property
paths that are single IRIs, minCount, maxCount, datatype, class, pattern,
minInclusive, ``sh:or`` of datatypes, ``sh:node``, and SPARQL-based constraints — and
refuses anything else, so a shape it cannot check is never silently skipped.
tests/test_shacl.py checks that it finds the same violations as pyshacl.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pyoxigraph as ox

from .errors import OntologyError
from .vocab import shapes_path

SH = "http://www.w3.org/ns/shacl#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
RDF_FIRST = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#first")
RDF_REST = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#rest")
RDF_NIL = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#nil")

_PROPERTY_KEYS = {"path", "minCount", "maxCount", "datatype", "class", "pattern", "minInclusive", "or", "node",
                  "message", "name", "description"}
_NODE_KEYS = {"targetClass", "targetSubjectsOf", "property", "sparql", "class", "message", "name", "description"}


def sh(local: str) -> ox.NamedNode:
    return ox.NamedNode(SH + local)


@dataclass(frozen=True)
class Check:
    shape: str
    path: str | None
    message: str
    query: str  # SELECT ?this ?value: one row per violation


@dataclass(frozen=True)
class Result:
    focus: str
    path: str | None
    message: str


class _Graph:
    def __init__(self, triples: Iterable[ox.Triple]) -> None:
        self.triples = list(triples)

    def objects(self, s: object, p: ox.NamedNode) -> list[object]:
        return [t.object for t in self.triples if t.subject == s and t.predicate == p]

    def value(self, s: object, p: ox.NamedNode) -> object | None:
        objs = self.objects(s, p)
        return objs[0] if objs else None

    def predicates(self, s: object) -> set[str]:
        return {t.predicate.value for t in self.triples if t.subject == s}

    def subjects_of_type(self, cls: ox.NamedNode) -> list[object]:
        return [t.subject for t in self.triples if t.predicate == RDF_TYPE and t.object == cls]

    def list_items(self, head: object) -> list[object]:
        out = []
        while head != RDF_NIL:
            first = self.value(head, RDF_FIRST)
            if first is None:
                raise OntologyError("a malformed RDF list in shapes.ttl")
            out.append(first)
            nxt = self.value(head, RDF_REST)
            if nxt is None:
                raise OntologyError("a malformed RDF list in shapes.ttl")
            head = nxt
        return out


def _unsupported(keys: set[str], allowed: set[str], where: str) -> None:
    extra = {k[len(SH):] for k in keys if k.startswith(SH)} - allowed
    if extra:
        raise OntologyError(f"shapes.ttl: {where} uses {', '.join(sorted(extra))}, which kg/shacl.py cannot check")


def _property_checks(g: _Graph, prop: object, target: str, f: str, shape: str, depth: int) -> list[Check]:
    """Checks of one property shape.  ``target`` binds ?this (the node reported) and
    ``f`` (the node tested: ?this itself, or a node reached through sh:node)."""
    _unsupported(g.predicates(prop), _PROPERTY_KEYS, f"a property of {shape}")
    path_term = g.value(prop, sh("path"))
    if not isinstance(path_term, ox.NamedNode):
        raise OntologyError(f"shapes.ttl: {shape} has a property path that is not a single IRI")
    path = path_term.value
    msg = str(getattr(g.value(prop, sh("message")), "value", "") or "")
    out = []
    group = f"GROUP BY ?this {f if f != '?this' else ''}"
    lo = g.value(prop, sh("minCount"))
    if lo is not None:
        n = int(lo.value)  # type: ignore[attr-defined]
        out.append(Check(shape, path, msg or f"less than {n} values",
                         f"SELECT ?this (COUNT(DISTINCT ?v) AS ?value) WHERE {{ {target} "
                         f"OPTIONAL {{ {f} <{path}> ?v }} }} {group} HAVING (COUNT(DISTINCT ?v) < {n})"))
    hi = g.value(prop, sh("maxCount"))
    if hi is not None:
        n = int(hi.value)  # type: ignore[attr-defined]
        out.append(Check(shape, path, msg or f"more than {n} values",
                         f"SELECT ?this (COUNT(DISTINCT ?v) AS ?value) WHERE {{ {target} {f} <{path}> ?v }}"
                         f" {group} HAVING (COUNT(DISTINCT ?v) > {n})"))
    base = f"SELECT ?this ?value WHERE {{ {target} {f} <{path}> ?value ."
    datatype = g.value(prop, sh("datatype"))
    if datatype is not None:
        dt = datatype.value  # type: ignore[attr-defined]
        out.append(Check(shape, path, msg or f"value is not a literal of datatype <{dt}>",
                         f"{base} FILTER (!isLiteral(?value) || datatype(?value) != <{dt}>) }}"))
    cls = g.value(prop, sh("class"))
    if cls is not None:
        c = cls.value  # type: ignore[attr-defined]
        out.append(Check(shape, path, msg or f"value is not an instance of <{c}>",
                         f"{base} FILTER NOT EXISTS {{ ?value a <{c}> }} }}"))
    pattern = g.value(prop, sh("pattern"))
    if pattern is not None:
        out.append(Check(shape, path, msg or f"value does not match {pattern}",
                         f"{base} FILTER (isBlank(?value) || !REGEX(STR(?value), {pattern})) }}"))
    minimum = g.value(prop, sh("minInclusive"))
    if minimum is not None:
        out.append(Check(shape, path, msg or f"value is less than {minimum}",
                         f"{base} FILTER (!(?value >= {minimum})) }}"))
    alternatives = g.value(prop, sh("or"))
    if alternatives is not None:
        dts = []
        for alt in g.list_items(alternatives):
            _unsupported(g.predicates(alt), {"datatype"}, f"{shape} sh:or")
            dts.append(f"<{g.value(alt, sh('datatype')).value}>")  # type: ignore[union-attr]
        out.append(Check(shape, path, msg or "value has none of the allowed datatypes",
                         f"{base} FILTER (!isLiteral(?value) || datatype(?value) NOT IN ({', '.join(dts)})) }}"))
    node = g.value(prop, sh("node"))
    if node is not None:
        inner = f"?n{depth + 1}"
        for c in _node_checks(g, node, f"{target} {f} <{path}> {inner} .", inner, depth + 1):
            out.append(Check(shape, path, msg or c.message, c.query))
    return out


def _node_checks(g: _Graph, shape_node: object, target: str, f: str = "?this", depth: int = 0) -> list[Check]:
    """The checks of a node shape: ``target`` binds ?this (reported) and ``f`` (tested)."""
    name = getattr(shape_node, "value", str(shape_node))
    _unsupported(g.predicates(shape_node), _NODE_KEYS | {"type"}, name)
    if depth > 4:
        raise OntologyError(f"shapes.ttl: sh:node nests too deep at {name}")
    out: list[Check] = []
    cls = g.value(shape_node, sh("class"))
    if cls is not None:
        c = cls.value  # type: ignore[attr-defined]
        out.append(Check(name, None, f"not an instance of <{c}>",
                         f"SELECT ?this ?value WHERE {{ {target} BIND({f} AS ?value) "
                         f"FILTER NOT EXISTS {{ {f} a <{c}> }} }}"))
    for prop in g.objects(shape_node, sh("property")):
        out.extend(_property_checks(g, prop, target, f, name, depth))
    for sparql in g.objects(shape_node, sh("sparql")):
        if f != "?this":
            raise OntologyError(f"shapes.ttl: a SPARQL constraint inside sh:node ({name}) cannot be checked")
        select = g.value(sparql, sh("select"))
        msg = str(getattr(g.value(sparql, sh("message")), "value", "") or "SPARQL constraint")
        if select is None:
            raise OntologyError(f"shapes.ttl: a SPARQL constraint of {name} has no sh:select")
        out.append(Check(name, None, msg, "SPARQL:" + select.value.replace("$this", "?this")))  # type: ignore[attr-defined]
    return out


@dataclass(frozen=True)
class Compiled:
    checks: tuple[Check, ...]
    targets: tuple[str, ...]  # the target pattern of each check's shape


@cache
def compiled(path: str | None = None) -> Compiled:
    """The checks of shapes.ttl (or another shapes file)."""
    file = Path(path) if path else shapes_path()
    g = _Graph(ox.parse(path=str(file), format=ox.RdfFormat.TURTLE))
    checks: list[Check] = []
    targets: list[str] = []
    for shape in sorted(set(g.subjects_of_type(sh("NodeShape"))), key=str):
        found = [f"?this a <{cls.value}> ." for cls in g.objects(shape, sh("targetClass"))]  # type: ignore[attr-defined]
        found += [f"?this <{p.value}> [] ." for p in g.objects(shape, sh("targetSubjectsOf"))]  # type: ignore[attr-defined]
        if not found:
            continue  # used only through sh:node
        union = "{ " + " } UNION { ".join(found) + " }" if len(found) > 1 else found[0]
        target = f"{{ SELECT DISTINCT ?this WHERE {{ {union} }} }}"
        for c in _node_checks(g, shape, target):
            checks.append(c)
            targets.append(target)
    return Compiled(tuple(checks), tuple(targets))


def check(quads: Iterable[ox.Quad], reference: Iterable[ox.Quad] = ()) -> list[Result]:
    """Every violation of the shapes in ``quads``; ``reference`` supplies what the
    report's nodes point to (the types and labels of provinces, kinds, types)."""
    own = list(quads)
    objects = {q.object for q in own}
    store = ox.Store()
    store.extend(ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph())
                 for q in (*own, *(r for r in reference if r.subject in objects)))
    comp = compiled()
    out = set()
    for c, target in zip(comp.checks, comp.targets, strict=True):
        if c.query.startswith("SPARQL:"):
            focus = {r["this"] for r in store.query(f"SELECT ?this WHERE {target}")}
            rows = [r for r in store.query(c.query[len("SPARQL:"):]) if r["this"] in focus]
        else:
            rows = list(store.query(c.query))
        for r in rows:
            out.add(Result(str(getattr(r["this"], "value", r["this"])), c.path, c.message))
    return sorted(out, key=lambda r: (r.focus, r.path or "", r.message))
