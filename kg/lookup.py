"""Forgiving look-ups: what a person types, matched to what the graph stores.

A person types "tra vinh", "Thanh Hoá" (the old place of the tone mark), "TP HCM",
"Huế", "vo van hung", "19/2014/qd-ttg", in NFD from some keyboards, with a trailing
space.  The graph stores "Trà Vinh", "Thanh Hóa", "Hồ Chí Minh", "Thừa Thiên Huế" (and,
from 2025, "Huế"), "Võ Văn Hưng", "19/2014/QĐ-TTg".  This module turns the first into the
second *before* a query binds it (pyoxigraph substitutions take the stored value; nothing
is formatted into SPARQL):

* :func:`key` is the matching key: NFC, no tone or vowel marks, đ as d, case folded,
  every run of what is not a letter or digit one space.  Two values match when their
  keys are equal; where several stored values share the key, those that agree with the
  typed tone marks too (:func:`tone_key`) are preferred.
* :func:`provinces_named` reads the provinces' names and aliases (kg/lexicon/provinces.toml),
  old and new (before and after 1 July 2025), and with ``merged`` the provinces merged
  into the same unit.
* :class:`Index` matches any list of stored values (officials' names, document numbers)
  and proposes the closest ones when nothing matches ("did you mean Trà Vinh?").
* :func:`resolve_param` does it for one ``--param NAME=VALUE`` of a query, by what the
  parameter names (kg/data/lookup.toml).

Also here, because every listing needs it: :func:`collation_key`, Vietnamese collation
(ICU through PyICU: a < ă < â < b ... d < đ, tones after letters), and the reading of a
query's header, projection and ORDER BY (:func:`query_info`).
"""

from __future__ import annotations

import difflib
import re
import tomllib
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any, Protocol

import pyoxigraph as ox

from . import lexicon
from .errors import QueryError
from .normalize import fold, squash, strip_tones
from .vocab import SCHEMA, VGK

# ---------------------------------------------------------------- keys


_NOT_WORD = re.compile(r"[\W_]+")


def clean(text: str) -> str:
    """What a person typed, as the graph writes values: NFC, the eth of old encodings as
    Đ, single spaces, trimmed (" Trà  Vinh " -> "Trà Vinh")."""
    return squash(unicodedata.normalize("NFC", text))


def key(text: str) -> str:
    """The matching key: no tone or vowel marks, đ as d, case folded, punctuation and
    spaces one space ("TP. Hồ Chí Minh" -> "tp ho chi minh", "19/2014/QĐ-TTg" -> "19 2014 qd ttg")."""
    return " ".join(_NOT_WORD.sub(" ", strip_tones(clean(text)).casefold()).split())


def tone_key(text: str) -> str:
    """The key with the marks kept, in their modern place ("Thanh Hoá" and "thanh hóa"
    agree; "Văn" and "Vân" do not)."""
    return " ".join(_NOT_WORD.sub(" ", fold(clean(text)).casefold()).split())


# ---------------------------------------------------------------- collation


@cache
def _collator() -> Any:
    import icu  # PyICU (the pyicu-wheels package: ICU inside the wheel)

    return icu.Collator.createInstance(icu.Locale("vi"))


def collation_key(text: str) -> bytes:
    """Vietnamese collation: "Bắc Kạn" < "Bình Phước", "Đà Nẵng" after "Dũng", "Ngô"
    before "Nguyễn" (o < ô < ơ < u), the tones after the letters."""
    return bytes(_collator().getSortKey(unicodedata.normalize("NFC", text)))


def collated(values: Iterable[str]) -> list[str]:
    return sorted(values, key=collation_key)


# ---------------------------------------------------------------- data


@cache
def _data() -> dict[str, Any]:
    raw = resources.files("kg").joinpath("data", "lookup.toml").read_text(encoding="utf-8")
    return tomllib.loads(raw)


def param_kind(name: str) -> str:
    """What a query parameter names: "province", "official", "document", "year" or "text"."""
    return str(_data()["parameters"].get(name, "text"))


@cache
def _placeholders() -> dict[str, str]:
    out: dict[str, str] = {}
    for value, spellings in _data()["placeholders"].items():
        for s in (value, *spellings):
            out[key(s)] = value
    return out


def placeholder(typed: str) -> str | None:
    """ "(unknown)" for "unknown", "(national)" for "trung ương"; None for anything else."""
    return _placeholders().get(key(typed))


# ---------------------------------------------------------------- matching


def _pick(typed: str, hits: Sequence[str]) -> list[str]:
    """Of the stored values whose key is the typed value's, those that agree with its tone
    marks too where any does: "Nguyễn Văn Ân" typed finds that name alone, "Nguyen Van An"
    every name written with those letters."""
    tk = tone_key(typed)
    same = [h for h in hits if tone_key(h) == tk]
    return list(dict.fromkeys(same or hits))


def _closest(k: str, keys: Iterable[str], n: int, cutoff: float = 0.75, margin: float = 0.05) -> list[str]:
    """The keys most like ``k``: at most ``n``, each about as close as the closest."""
    scored = []
    for x in keys:
        m = difflib.SequenceMatcher(None, k, x)
        if m.real_quick_ratio() >= cutoff and m.quick_ratio() >= cutoff and m.ratio() >= cutoff:
            scored.append((m.ratio(), x))
    scored.sort(key=lambda t: -t[0])
    return [x for r, x in scored[:n] if r >= scored[0][0] - margin]


class Index:
    """Stored values matched by their keys; the closest ones proposed for a miss."""

    def __init__(self, values: Iterable[str]) -> None:
        self.by_key: dict[str, list[str]] = defaultdict(list)
        for v in values:
            self.by_key[key(v)].append(v)

    def __len__(self) -> int:
        return len(self.by_key)

    def find(self, typed: str) -> list[str]:
        """The stored values the typed one means (empty: none)."""
        return _pick(typed, self.by_key.get(key(typed), []))

    def close(self, typed: str, n: int = 3) -> list[str]:
        """The stored values closest to the typed one, best first (for "did you mean")."""
        k = key(typed)
        keys: Iterable[str] = self.by_key
        if len(self.by_key) > 5000:  # a large store: the keys that share a word, not all of them
            words = set(k.split())
            keys = [x for x in self.by_key if words & set(x.split())]
        best = _closest(k, keys, n)
        if not best:  # a word typed alone ("Thiện"): the values containing it
            best = [x for x in keys if re.search(rf"\b{re.escape(k)}\b", x)][:n] if k else []
        return [self.by_key[b][0] for b in best]


# ---------------------------------------------------------------- provinces


@dataclass(frozen=True)
class ProvinceMatch:
    key: str  # IRI segment: "thua-thien-hue"
    label: str  # rdfs:label: "Thừa Thiên Huế"

    @property
    def iri(self) -> str:
        from .resolve import province_iri

        return province_iri(self.key)


@cache
def _province_index() -> tuple[dict[str, list[str]], dict[str, str]]:
    """Key of every name, alias and IRI segment -> province keys; and key -> a name to show."""
    names: dict[str, list[str]] = defaultdict(list)
    shown: dict[str, str] = {}
    for p in lexicon.provinces().values():
        for n in (p.name, *p.aliases, p.key):
            k = key(n)
            if p.key not in names[k]:
                names[k].append(p.key)
            shown.setdefault(k, p.name)
    return names, shown


@cache
def _unit_words() -> tuple[str, ...]:
    return tuple(sorted({key(u) for u in _data()["units"]}, key=len, reverse=True))


def _province_keys(typed: str) -> list[str]:
    names, _ = _province_index()
    k = key(typed)
    if k in names:
        return names[k]
    for unit in _unit_words():  # "tỉnh Trà Vinh", "TP. Huế"
        if k.startswith(unit + " ") and k[len(unit) + 1:] in names:
            return names[k[len(unit) + 1:]]
    return []


def _same_place(k: str) -> list[str]:
    """The unit of after 1 July 2025 that took a province's name (or is that province
    alone), and the other way round, as kg.lexicon.province_as_of reads them."""
    from .normalize import slug

    table = lexicon.provinces()
    p = table[k]

    def took(unit: lexicon.Province, old: str) -> bool:
        return slug(unit.name) == old or unit.members == (old,)

    if p.merged_into and took(table[p.merged_into], k):
        return [p.merged_into]
    return [m for m in p.members if took(p, m)]


def provinces_named(typed: str, *, merged: bool = False) -> list[ProvinceMatch]:
    """The provinces a person means by ``typed``: by name, alias ("TP HCM", "Huế" for
    Thừa Thiên Huế) or IRI segment, however written; a name that is both a province of
    before 1 July 2025 and a unit after it ("Tuyên Quang", "Huế") is both.  With
    ``merged``, also the provinces merged into the same unit (Hà Giang for Tuyên Quang)."""
    table = lexicon.provinces()
    found = list(_province_keys(typed))
    for k in list(found):  # the same place before and after the merger ("TP HCM" is both Hồ Chí Minh)
        for other in _same_place(k):
            if other not in found:
                found.append(other)
    if merged:
        for k in list(found):
            unit = table[k].merged_into or (k if table[k].members else None)
            if unit:
                for m in (unit, *table[unit].members):
                    if m not in found:
                        found.append(m)
    return [ProvinceMatch(k, table[k].name) for k in found]


def province_suggestions(typed: str, n: int = 3) -> list[str]:
    names, shown = _province_index()
    k = key(typed)
    for unit in _unit_words():
        if k.startswith(unit + " "):
            k = k[len(unit) + 1:]
    best = _closest(k, names, n + 2)
    return list(dict.fromkeys(shown[b] for b in best))[:n]


# ---------------------------------------------------------------- the store's values


class Queryable(Protocol):
    def query(self, sparql: str, substitutions: dict[str, ox.NamedNode | ox.Literal] | None = None) -> Any: ...

    @property
    def raw(self) -> ox.Store: ...


_NAMES = """SELECT DISTINCT ?v WHERE { GRAPH ?g { ?p a vgk:Official ; schema:name ?v } }"""
_NUMBERS = """SELECT DISTINCT ?v WHERE { GRAPH ?g { ?r vgk:cites ?d . ?d vgk:documentNumber ?v } }"""
_OFFICIAL = ox.NamedNode(VGK + "Official")
_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_PREDICATE = {"official": ox.NamedNode(SCHEMA + "name"), "document": ox.NamedNode(VGK + "documentNumber")}
_LISTING = {"official": _NAMES, "document": _NUMBERS}


def stored(store: Queryable, kind: str, value: str) -> bool:
    """Whether the store holds ``value`` as an official's name or a document's number
    (one index lookup: the common case, a value typed as stored, scans nothing)."""
    from .vocab import GRAPH_CATALOGUE

    for n, q in enumerate(store.raw.quads_for_pattern(None, _PREDICATE[kind], ox.Literal(value), None)):
        if n > 50:
            break
        if kind == "document" and q.graph_name != GRAPH_CATALOGUE:
            return True  # a report's document, not the catalogue's alone
        if kind == "official" and next(iter(store.raw.quads_for_pattern(q.subject, _TYPE, _OFFICIAL, q.graph_name)),
                                       None) is not None:
            return True  # an official's name, not an organisation's or a byline's
    return False


_indexes: dict[tuple[int, str], Index] = {}


def index(store: Queryable, kind: str) -> Index:
    """Every official's name, or every document number, of the store (read once a process)."""
    k = (id(store), kind)
    if k not in _indexes:
        _indexes[k] = Index(str(row["v"].value) for row in store.query(_LISTING[kind]))
    return _indexes[k]


# ---------------------------------------------------------------- query parameters


@dataclass
class Resolved:
    """One ``--param NAME=VALUE``, looked up."""

    name: str
    typed: str
    kind: str
    values: list[ox.NamedNode | ox.Literal]  # what to bind, one run of the query each
    matched: bool  # False: nothing stored matches, the value is bound as typed
    suggestions: list[str] = field(default_factory=list)

    @property
    def shown(self) -> list[str]:
        return [str(v.value) for v in self.values]

    def note(self) -> str | None:
        """A line for stderr where the value bound is not the value typed; None otherwise."""
        if not self.matched or self.shown == [self.typed]:
            return None
        return f"{self.name}={self.typed!r} is " + " and ".join(repr(s) for s in self.shown)

    def miss(self) -> str:
        """The line for stderr when the query found nothing for the value."""
        what = {"province": "no province", "official": "no official", "document": "no document",
                "year": "no meeting of the year"}.get(self.kind, "nothing")
        line = f"{what} matches {self.name}={self.typed!r}"
        if self.suggestions:
            line += "; did you mean " + " or ".join(self.suggestions) + "?"
        return line


_YEAR = re.compile(r"\d{4}")


def resolve_param(store: Queryable | None, name: str, typed: str, *, merged: bool = False) -> Resolved:
    """The values ``--param NAME=TYPED`` binds: the stored value(s) it matches, by what the
    parameter names; the typed value itself (cleaned) where nothing matches."""
    kind = param_kind(name)
    value = clean(typed)
    if typed.startswith("<") and typed.endswith(">"):  # an IRI, bound as given
        return Resolved(name, typed, "iri", [ox.NamedNode(typed[1:-1])], True)
    marker = placeholder(value)
    if marker:
        return Resolved(name, typed, kind, [ox.Literal(marker)], True)
    if kind == "year":
        if not _YEAR.fullmatch(value):
            raise QueryError(f"--param {name}={typed!r} is not a year",
                             hint=f"give four digits ({name}=2024), or {name}=\"(unknown)\"")
        return Resolved(name, typed, kind, [ox.Literal(value)], True)
    if kind == "province":
        found = provinces_named(value, merged=merged)
        if found:
            labels = list(dict.fromkeys(p.label for p in found))
            return Resolved(name, typed, kind, [ox.Literal(x) for x in labels], True)
        return Resolved(name, typed, kind, [ox.Literal(value)], False, province_suggestions(value))
    if kind in ("official", "document") and store is not None:
        if stored(store, kind, value):
            return Resolved(name, typed, kind, [ox.Literal(value)], True)
        idx = index(store, kind)
        hits = idx.find(value)
        if hits:
            return Resolved(name, typed, kind, [ox.Literal(h) for h in collated(hits)], True)
        return Resolved(name, typed, kind, [ox.Literal(value)], False, idx.close(value))
    return Resolved(name, typed, kind, [ox.Literal(value)], True)


# ---------------------------------------------------------------- reading a query


_COMMENT = re.compile(r"""(<[^<>\s]*>|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')|#[^\n]*""")


def strip_comments(sparql: str) -> str:
    """The query without its comments (a # inside an IRI or a string is kept)."""
    return _COMMENT.sub(lambda m: m.group(1) or "", sparql)


@dataclass(frozen=True)
class QueryInfo:
    header: list[str]  # the leading comment, one line each, without "# "
    projection: list[str] | None  # the outer SELECT's variables; None for SELECT * or not a SELECT
    params: list[str]  # the parameters its header names (those of the projection)
    order: list[tuple[str, bool]] | None  # the outer ORDER BY as (variable, descending); None if not simple

    @property
    def title(self) -> str:
        """What the query answers, in its header's first words: "Who came after whom"."""
        para: list[str] = []
        for line in self.header:
            if not line.strip():
                break
            para.append(line.strip())
        text = " ".join(para)
        cut = re.search(r"\. |: |; | \(", text)
        return (text[:cut.start()] if cut else text).rstrip(".")

    def examples(self) -> dict[str, str]:
        """The example value the header gives each parameter: province="Trà Vinh", or a
        quoted value just after the variable (?number, the normalised number ("57-NQ/TW"))."""
        text = " ".join(line.strip() for line in self.header)
        out: dict[str, str] = {}
        for pattern in (r'\b(\w+)=("[^"]*"|[^\s,;)]+)', r'[?$](\w+)[^?$"]{0,40}"([^"]+)"'):
            for m in re.finditer(pattern, text):
                if m.group(1) in self.params:
                    out.setdefault(m.group(1), m.group(2).strip('"'))
        return out


def _projection(body: str) -> list[str] | None:
    m = re.search(r"(?i)\bSELECT\b(.*?)(?:\bWHERE\b|\{)", body, re.S)
    if not m:
        return None
    clause = re.sub(r"(?i)^\s*(DISTINCT|REDUCED)\b", "", m.group(1))
    if clause.strip().startswith("*"):
        return None
    out: list[str] = []
    depth, group = 0, ""
    for token in re.findall(r"[?$]\w+|\(|\)|[^\s()?$]+", clause):
        if token == "(":
            depth += 1
            group += " ("
        elif token == ")":
            depth -= 1
            group += " )"
            if depth == 0:
                alias = re.findall(r"(?i)\bAS\s+[?$](\w+)", group)
                if alias:
                    out.append(alias[-1])
                group = ""
        elif depth:
            group += " " + token
        elif token[0] in "?$":
            out.append(token[1:])
    return out


def _order(body: str) -> list[tuple[str, bool]] | None:
    close = body.rfind("}")
    m = re.search(r"(?i)\bORDER\s+BY\b(.*)$", body[close + 1:], re.S)
    if not m:
        return None
    clause = re.split(r"(?i)\b(LIMIT|OFFSET|VALUES)\b", m.group(1))[0]
    out: list[tuple[str, bool]] = []
    for token in re.findall(r"(?i)(?:ASC|DESC)\s*\(\s*[?$]\w+\s*\)|[?$]\w+|\S+", clause):
        t = token.strip()
        plain = re.fullmatch(r"[?$](\w+)", t)
        wrapped = re.fullmatch(r"(?i)(ASC|DESC)\s*\(\s*[?$](\w+)\s*\)", t)
        if re.fullmatch(r"(?i)\(?\s*!?\s*BOUND\s*\(\s*[?$]\w+\s*\)\s*\)?", t):
            continue  # (!BOUND(?date)): the unbound last, as sort_rows puts them anyway
        if plain:
            out.append((plain.group(1), False))
        elif wrapped:
            out.append((wrapped.group(2), wrapped.group(1).upper() == "DESC"))
        else:
            return None  # an expression: the engine's order stands
    return out or None


def query_info(sparql: str) -> QueryInfo:
    lines = sparql.splitlines()
    header: list[str] = []
    for line in lines:
        if not line.startswith("#"):
            break
        header.append(line[1:].removeprefix(" ").rstrip())
    body = strip_comments(sparql)
    projection = _projection(body)
    named: list[str] = []
    for line in header:
        for m in re.finditer(r"[?$](\w+)|\b(\w+)=", line):
            named.append(m.group(1) or m.group(2))
    params = [p for p in dict.fromkeys(named) if projection is None or p in projection]
    return QueryInfo(header, projection, params if projection is not None else [], _order(body))


def check_params(info: QueryInfo, names: Iterable[str], where: str) -> None:
    """A QueryError naming the valid parameters, for a name the query cannot bind."""
    if info.projection is None:
        return
    for name in names:
        if name in info.projection:
            continue
        valid = info.params or info.projection
        close = difflib.get_close_matches(name, valid, n=1, cutoff=0.5)
        raise QueryError(
            f"{where} has no parameter {name!r}" + (f" (did you mean {close[0]!r}?)" if close else ""),
            hint=f"its parameters: {', '.join(valid) or '(none)'}"
                 + ("" if info.params else " (a parameter must be a variable of the SELECT clause)"))


# ---------------------------------------------------------------- sorting rows


_NUMERIC = {"integer", "decimal", "double", "float", "int", "long", "short", "nonNegativeInteger",
            "positiveInteger", "negativeInteger", "nonPositiveInteger", "unsignedInt", "unsignedLong"}


def _missing(term: Any) -> bool:
    """Unbound, empty, or a placeholder such as "(unknown)": sorted last, either way."""
    if term is None:
        return True
    v = str(term.value)
    return not v or (v.startswith("(") and v.endswith(")"))


def _value_key(term: Any) -> tuple[int, float, bytes]:
    if isinstance(term, ox.Literal) and term.datatype.value.rsplit("#", 1)[-1] in _NUMERIC:
        try:
            return (0, float(term.value), b"")
        except ValueError:
            pass
    return (1, 0.0, collation_key(str(term.value)))


def sort_rows(rows: list[dict[str, Any]], order: Sequence[tuple[str, bool]],
              get: Callable[[dict[str, Any], str], Any] = dict.get) -> list[dict[str, Any]]:
    """``rows`` in the query's ORDER BY, values collated the Vietnamese way, numbers as
    numbers, and the unbound, empty and "(unknown)" last whichever the direction."""
    out = list(rows)
    for var, desc in reversed(order):
        present = [r for r in out if not _missing(get(r, var))]
        absent = [r for r in out if _missing(get(r, var))]
        present.sort(key=lambda r: _value_key(get(r, var)), reverse=desc)
        out = present + absent
    return out


# ---------------------------------------------------------------- labels of terms


@cache
def term_labels(lang: str = "vi") -> dict[str, str]:
    """The ontology's label of each meeting kind and document type, by its local name and
    by its IRI, in ``lang`` ("vi" or "en"): "ReviewConference" -> "Hội nghị tổng kết, sơ kết"."""
    from .vocab import RDF, RDFS, ontology_path

    triples = list(ox.parse(path=str(ontology_path()), format=ox.RdfFormat.TURTLE))
    kinds = {VGK + "MeetingKind", VGK + "DocumentType"}
    terms = {t.subject.value for t in triples
             if t.predicate.value == RDF + "type" and t.object.value in kinds and isinstance(t.subject, ox.NamedNode)}
    out: dict[str, str] = {}
    for t in triples:
        if t.predicate.value == RDFS + "label" and t.subject.value in terms and isinstance(t.object, ox.Literal) \
                and t.object.language == lang:
            out[t.subject.value.removeprefix(VGK)] = t.object.value
            out[t.subject.value] = t.object.value
    return out
