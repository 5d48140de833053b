"""The SHACL shapes of ontology/shapes.ttl, compiled for the build.

pyshacl is the reference (``kg validate`` uses it) but costs about 0.1 s a report; the
build checks every report before storing it, so it runs the same shapes compiled into
checks: property constraints evaluated over an index of the report's triples, SPARQL
constraints run by an in-memory Oxigraph store (a few milliseconds).  The compiler
supports the constraints shapes.ttl uses — targetClass, targetSubjectsOf, property
paths that are single IRIs, minCount, maxCount, datatype, class, pattern,
minInclusive, ``sh:or`` of datatypes, ``sh:node``, and SPARQL-based constraints — and
refuses anything else, so a shape it cannot check is never silently skipped.
tests/test_shacl.py checks that it finds the same violations as pyshacl.
"""

from __future__ import annotations

import re
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
    """One constraint of one shape: the chain of paths from the focus node to the nodes
    tested (sh:node nesting), what is tested, and for SPARQL constraints the query."""

    shape: str
    path: str | None
    message: str
    via: tuple[str, ...] = ()
    kind: str = ""  # minCount maxCount datatype class pattern minInclusive or nodeClass sparql
    arg: object = None  # (path, value) for property constraints; the class for nodeClass; IRIs named for sparql
    query: str = ""  # the SPARQL constraint's SELECT, $this as ?this


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


def _property_checks(g: _Graph, prop: object, shape: str, depth: int, via: tuple[str, ...] = ()) -> list[Check]:
    """Checks of one property shape, on the nodes reached from the focus through ``via``."""
    _unsupported(g.predicates(prop), _PROPERTY_KEYS, f"a property of {shape}")
    path_term = g.value(prop, sh("path"))
    if not isinstance(path_term, ox.NamedNode):
        raise OntologyError(f"shapes.ttl: {shape} has a property path that is not a single IRI")
    path = path_term.value
    msg = str(getattr(g.value(prop, sh("message")), "value", "") or "")
    out = []

    def add(kind: str, arg: object, default: str) -> None:
        out.append(Check(shape, path, msg or default, via, kind, (path, arg)))

    for kind, convert in (("minCount", int), ("maxCount", int), ("datatype", str), ("class", str),
                          ("pattern", lambda v: re.compile(str(v))), ("minInclusive", float)):
        term = g.value(prop, sh(kind))
        if term is not None:
            value = convert(term.value)  # type: ignore[attr-defined]
            add(kind, value, f"{kind} {term.value} not met")  # type: ignore[attr-defined]
    alternatives = g.value(prop, sh("or"))
    if alternatives is not None:
        dts = set()
        for alt in g.list_items(alternatives):
            _unsupported(g.predicates(alt), {"datatype"}, f"{shape} sh:or")
            dts.add(g.value(alt, sh("datatype")).value)  # type: ignore[union-attr]
        add("or", frozenset(dts), "value has none of the allowed datatypes")
    node = g.value(prop, sh("node"))
    if node is not None:
        for c in _node_checks(g, node, depth + 1, (*via, path)):
            out.append(Check(shape, path, msg or c.message, c.via, c.kind, c.arg, c.query))
    return out


def _node_checks(g: _Graph, shape_node: object, depth: int = 0, via: tuple[str, ...] = ()) -> list[Check]:
    """The checks of a node shape, on the nodes reached from the focus through ``via``."""
    name = getattr(shape_node, "value", str(shape_node))
    _unsupported(g.predicates(shape_node), _NODE_KEYS | {"type"}, name)
    if depth > 4:
        raise OntologyError(f"shapes.ttl: sh:node nests too deep at {name}")
    out: list[Check] = []
    cls = g.value(shape_node, sh("class"))
    if cls is not None:
        out.append(Check(name, None, f"not an instance of <{cls.value}>", via, "nodeClass",  # type: ignore[attr-defined]
                         cls.value))  # type: ignore[attr-defined]
    for prop in g.objects(shape_node, sh("property")):
        out.extend(_property_checks(g, prop, name, depth, via))
    for sparql in g.objects(shape_node, sh("sparql")):
        if via:
            raise OntologyError(f"shapes.ttl: a SPARQL constraint inside sh:node ({name}) cannot be checked")
        select = g.value(sparql, sh("select"))
        msg = str(getattr(g.value(sparql, sh("message")), "value", "") or "SPARQL constraint")
        if select is None:
            raise OntologyError(f"shapes.ttl: a SPARQL constraint of {name} has no sh:select")
        text = select.value  # type: ignore[attr-defined]
        out.append(Check(name, None, msg, via, "sparql", _iris_named(text), text.replace("$this", "?this")))
    return out


@dataclass(frozen=True)
class Compiled:
    checks: tuple[Check, ...]
    target_sets: tuple[tuple[frozenset[str], frozenset[str]], ...]  # (classes, subjects-of predicates) per check


@cache
def compiled(path: str | None = None) -> Compiled:
    """The checks of shapes.ttl (or another shapes file)."""
    file = Path(path) if path else shapes_path()
    g = _Graph(ox.parse(path=str(file), format=ox.RdfFormat.TURTLE))
    checks: list[Check] = []
    target_sets: list[tuple[frozenset[str], frozenset[str]]] = []
    for shape in sorted(set(g.subjects_of_type(sh("NodeShape"))), key=str):
        classes = frozenset(c.value for c in g.objects(shape, sh("targetClass")))  # type: ignore[attr-defined]
        subjects_of = frozenset(p.value for p in g.objects(shape, sh("targetSubjectsOf")))  # type: ignore[attr-defined]
        if not classes and not subjects_of:
            continue  # used only through sh:node
        for c in _node_checks(g, shape):
            checks.append(c)
            target_sets.append((classes, subjects_of))
    return Compiled(tuple(checks), tuple(target_sets))


def _iris_named(sparql: str) -> frozenset[str] | None:
    """The IRIs a SPARQL constraint names (prefixed names expanded), or None when it has a
    variable in predicate position: then it may match any triple."""
    prefixes = {m.group(1): m.group(2) for m in re.finditer(r"PREFIX\s+([\w-]*):\s*<([^>]*)>", sparql, re.I)}
    body = re.sub(r"PREFIX\s+[\w-]*:\s*<[^>]*>", "", sparql, flags=re.I)
    body = body.split("WHERE", 1)[1] if "WHERE" in body else body
    # A variable in predicate position: "?s ?p ?o", "$this ?p ?o".
    if re.search(r"(?:[{.]|^)\s*(?:[?$]\w+|<[^>]*>|[\w-]*:\w+)\s+[?$]\w+\s|;\s*[?$]\w+\s", body):
        return None
    iris = set(re.findall(r"<([^>]+)>", body))
    for pfx, local in re.findall(r"(?<![\w<])([\w-]*):(\w+)", body):
        if pfx in prefixes:
            iris.add(prefixes[pfx] + local)
    return frozenset(iris | {RDF_TYPE.value})


_RDF_TYPE = RDF_TYPE.value
_XSD = "http://www.w3.org/2001/XMLSchema#"
_NUMERIC = {_XSD + t for t in ("integer", "decimal", "double", "float", "int", "long", "nonNegativeInteger")}


def _datatype(term: object) -> str | None:
    if isinstance(term, ox.Literal):
        if term.language:
            return "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
        return term.datatype.value
    return None


class ReferenceIndex:
    """Reference quads (ontology, provinces, catalogue) by subject, built once for many
    :func:`check` calls: a report's graph needs only those of the nodes it points to."""

    def __init__(self, reference: Iterable[ox.Quad]) -> None:
        self.by_subject: dict[object, list[ox.Quad]] = {}
        for q in reference:
            self.by_subject.setdefault(q.subject, []).append(q)


def check(quads: Iterable[ox.Quad], reference: Iterable[ox.Quad] | ReferenceIndex = ()) -> list[Result]:
    """Every violation of the shapes in ``quads``; ``reference`` supplies what the
    report's nodes point to (the types and labels of provinces, kinds, types).

    Property constraints are evaluated here over an index of the triples; SPARQL-based
    constraints run in an in-memory Oxigraph store."""
    own = list(quads)
    index = reference if isinstance(reference, ReferenceIndex) else ReferenceIndex(reference)
    triples = list(own)
    for o in {q.object for q in own}:
        triples.extend(index.by_subject.get(o, ()))
    values: dict[tuple[object, str], set[object]] = {}
    types: dict[object, set[str]] = {}
    by_predicate: dict[str, list[ox.Quad]] = {}
    for q in triples:
        subject, predicate, obj = q.subject, q.predicate.value, q.object
        found = values.get((subject, predicate))
        if found is None:
            values[(subject, predicate)] = {obj}
        else:
            found.add(obj)
        same = by_predicate.get(predicate)
        if same is None:
            by_predicate[predicate] = [q]
        else:
            same.append(q)
        if predicate == _RDF_TYPE and isinstance(obj, ox.NamedNode):
            types.setdefault(subject, set()).add(obj.value)
    by_class: dict[str, set[object]] = {}
    for node, ts in types.items():
        for t in ts:
            by_class.setdefault(t, set()).add(node)
    comp = compiled()
    out: set[Result] = set()
    focus_of: dict[tuple[frozenset[str], frozenset[str]], set[object]] = {}  # shapes share targets
    sparql: list[tuple[Check, set[object]]] = []
    for c, target in zip(comp.checks, comp.target_sets, strict=True):
        focus = focus_of.get(target)
        if focus is None:
            classes, subjects = target
            focus = set()
            for cls in classes:
                focus |= by_class.get(cls, set())
            for p in subjects:
                focus |= {q.subject for q in by_predicate.get(p, ())}
            focus_of[target] = focus
        if not focus:
            continue
        if c.kind == "sparql":
            sparql.append((c, focus))
            continue
        for this in focus:
            tested: Iterable[object] = (this,)
            for step in c.via:
                tested = {v for t in tested for v in values.get((t, step), ())}
            if _violates(c, tested, values, types):
                out.add(Result(str(getattr(this, "value", this)), c.path, c.message))
    if sparql:
        # One store for every SPARQL constraint, holding only the triples whose predicates
        # they name (a constraint matches nothing else).
        named: set[str] | None = set()
        for c, _ in sparql:
            if c.arg is None or named is None:
                named = None
            else:
                named |= c.arg  # type: ignore[operator]
        chosen = triples if named is None else [q for p in named for q in by_predicate.get(p, ())]
        store = ox.Store()
        store.extend(ox.Quad(q.subject, q.predicate, q.object) for q in chosen)
        for c, focus in sparql:
            for r in store.query(c.query):  # type: ignore[union-attr]
                if r["this"] in focus:
                    out.add(Result(str(getattr(r["this"], "value", r["this"])), c.path, c.message))
    return sorted(out, key=lambda r: (r.focus, r.path or "", r.message))


def _violates(c: Check, nodes: Iterable[object], values: dict[tuple[object, str], set[object]],
              types: dict[object, set[str]]) -> bool:
    kind = c.kind
    if kind == "nodeClass":
        return any(c.arg not in types.get(n, ()) for n in nodes)
    path, arg = c.arg  # type: ignore[misc]
    if kind == "minCount":
        return any(len(values.get((n, path), ())) < arg for n in nodes)
    if kind == "maxCount":
        return any(len(values.get((n, path), ())) > arg for n in nodes)
    for n in nodes:
        vals = values.get((n, path))
        if not vals:
            continue
        if kind == "datatype":
            if any(_datatype(v) != arg for v in vals):
                return True
        elif kind == "class":
            if any(arg not in types.get(v, ()) for v in vals):
                return True
        elif kind == "or":
            if any(_datatype(v) not in arg for v in vals):
                return True
        elif kind == "pattern":
            if any(isinstance(v, ox.BlankNode) or not arg.search(str(getattr(v, "value", v))) for v in vals):
                return True
        elif kind == "minInclusive":
            for v in vals:
                try:
                    if _datatype(v) not in _NUMERIC or float(v.value) < arg:  # type: ignore[attr-defined]
                        return True
                except ValueError:
                    return True
    return False
