"""``kg show REPORT``: one report as the graph has it, every fact with the span it was read from.

REPORT is a report file (read and extracted now, as a build would: how a developer sees
what the rules make of a text) or the name of a report in the store (its
``vgk:sourceFile``, e.g. ``d016.txt``, matched forgivingly; what an analyst checks a row
of a query against).  Either way the facts come from the report's named graph: the
province, the meeting (kind, date, reviewed year, where), the officials (their roles and
how they took part), the documents cited and the bylines, each with its mentions
(``vgk:evidence``: start, end, the exact text).  The text is printed with every mention
highlighted by kind, then the facts; ``--format json`` gives the same for tools.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rich.console import Console, Group
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from .errors import InputError, KgError
from .lookup import Index, term_labels
from .vocab import GRAPH_CATALOGUE, GRAPH_PROVINCES, RDF, RDFS, SCHEMA, VGK


class ShowError(KgError):
    hint = "give a report file (kg show reports/d016.txt) or a report's name in the store (kg show d016.txt)"


# How each kind of mention is highlighted, and its name in the legend.
STYLES = {"official": "bold blue", "role": "cyan", "province": "bold green", "date": "dark_orange",
          "document": "bold red", "author": "magenta", "organizer": "yellow"}
LEGEND = {"official": "official", "role": "role", "province": "province", "date": "meeting date",
          "document": "document", "author": "byline", "organizer": "organiser"}


@dataclass(frozen=True)
class Mention:
    kind: str  # a key of STYLES
    start: int
    end: int
    exact: str
    of: str  # what it is evidence of, as shown: a name, a title, a number

    def at(self) -> str:
        return f"{self.start}–{self.end}"


@dataclass
class Shown:
    """One report's facts (the graph of one report), ready to print."""

    file: str
    iri: str
    headline: str | None = None
    published: str | None = None
    url: str | None = None
    text: str | None = None
    province: dict[str, Any] | None = None
    meeting: dict[str, Any] = field(default_factory=dict)
    officials: list[dict[str, Any]] = field(default_factory=list)
    documents: list[dict[str, Any]] = field(default_factory=list)
    authors: list[dict[str, Any]] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)


# ---------------------------------------------------------------- reading the graph


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1] if "#" in iri else iri.rsplit("/", 1)[-1]


@cache
def _titles() -> dict[str, str]:
    """Catalogue titles by document IRI (the catalogue graph the build loads)."""
    from .rdf import catalogue_quads

    return {q.subject.value: q.object.value for q in catalogue_quads()
            if q.predicate.value == SCHEMA + "name" and q.graph_name == GRAPH_CATALOGUE
            and q.subject.value.startswith("https://w3id.org/vngovkg/id/doc/")}


@cache
def _province_labels() -> dict[str, str]:
    from .rdf import province_quads

    return {q.subject.value: q.object.value for q in province_quads()
            if q.predicate.value == RDFS + "label" and q.graph_name == GRAPH_PROVINCES}


def facts(quads: Iterable[ox.Quad], report_iri: str, *, lang: str = "vi") -> Shown:
    """The facts of one report's graph (its quads), with their mentions."""
    props: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
    for q in quads:
        props[q.subject.value][q.predicate.value].append(q.object)
    labels = term_labels(lang)
    provinces = _province_labels()

    def one(s: str, p: str) -> str | None:
        values = props.get(s, {}).get(p)
        return str(values[0].value) if values else None

    def many(s: str, p: str) -> list[str]:
        return [str(v.value) for v in props.get(s, {}).get(p, [])]

    def spans(s: str) -> list[dict[str, Any]]:
        out = []
        for m in many(s, VGK + "evidence"):
            start, end = one(m, VGK + "start"), one(m, VGK + "end")
            if start is not None and end is not None:
                out.append({"start": int(start), "end": int(end), "exact": one(m, VGK + "exact") or ""})
        return sorted(out, key=lambda x: (x["start"], x["end"]))

    r = report_iri
    shown = Shown(file=one(r, VGK + "sourceFile") or _local(r), iri=r, headline=one(r, SCHEMA + "headline"),
                  published=one(r, SCHEMA + "datePublished"), url=one(r, SCHEMA + "url"),
                  text=one(r, SCHEMA + "text"))
    mentions: list[Mention] = []

    def note(kind: str, of: str, where: list[dict[str, Any]]) -> None:
        mentions.extend(Mention(kind, w["start"], w["end"], w["exact"], of) for w in where)

    pv = one(r, VGK + "province")
    if pv:
        label = provinces.get(pv, _local(pv))
        shown.province = {"iri": pv, "label": label, "mentions": spans(pv)}
        note("province", label, shown.province["mentions"])
    m = one(r, VGK + "reports")
    if m:
        kind = one(m, VGK + "meetingKind") or ""
        held, bridge = one(m, VGK + "heldIn"), one(m, VGK + "bridgePoint")
        meeting: dict[str, Any] = {
            "iri": m, "kind": _local(kind), "kindLabel": labels.get(kind, _local(kind)),
            "date": one(m, SCHEMA + "startDate"), "reviewYear": one(m, VGK + "reviewYear"),
            "reviewFrom": one(m, VGK + "reviewFrom"), "online": one(m, VGK + "online") == "true",
            "heldIn": provinces.get(held, held) if held else None,
            "bridgePoint": provinces.get(bridge, bridge) if bridge else None, "mentions": spans(m)}
        note("date", meeting["date"] or "date", meeting["mentions"])
        org = one(m, VGK + "organizer")
        if org:
            meeting["organizer"] = {"iri": org, "name": one(org, SCHEMA + "name"), "mentions": spans(org)}
            note("organizer", meeting["organizer"]["name"] or "", meeting["organizer"]["mentions"])
        shown.meeting = meeting
    for p, pp in props.items():
        if VGK + "Official" not in {str(t.value) for t in pp.get(RDF + "type", [])}:
            continue
        name = one(p, SCHEMA + "name") or _local(p)
        roles = []
        for ra in many(p, VGK + "holds"):
            org = one(ra, VGK + "organization")
            role = {"iri": ra, "title": one(ra, VGK + "roleTitle") or "", "former": one(ra, VGK + "former") == "true",
                    "organization": one(org, SCHEMA + "name") if org else None, "mentions": spans(ra)}
            roles.append(role)
            note("role", role["title"], role["mentions"])
        roles.sort(key=lambda x: (x["mentions"][0]["start"] if x["mentions"] else 1 << 62, x["title"]))
        official = {"iri": p, "name": name, "honorifics": sorted(many(p, VGK + "honorific")),
                    "attended": bool(m and m in many(p, VGK + "attended")),
                    "chaired": bool(m and m in many(p, VGK + "chaired")),
                    "spoke": bool(m and m in many(p, VGK + "spokeAt")), "roles": roles, "mentions": spans(p)}
        shown.officials.append(official)
        note("official", name, official["mentions"])
    for d in many(r, VGK + "cites"):
        dtype = one(d, VGK + "documentType") or ""
        doc = {"iri": d, "number": one(d, VGK + "documentNumber") or _local(d), "type": _local(dtype),
               "typeLabel": labels.get(dtype, _local(dtype)), "year": one(d, VGK + "issuedYear"),
               "date": one(d, VGK + "issuedDate"), "title": _titles().get(d),
               "issuerProvince": provinces.get(one(d, VGK + "issuerProvince") or "", None), "mentions": spans(d)}
        shown.documents.append(doc)
        note("document", doc["number"], doc["mentions"])
    for a in many(r, SCHEMA + "author"):
        author = {"iri": a, "name": one(a, SCHEMA + "name") or _local(a), "mentions": spans(a)}
        shown.authors.append(author)
        note("author", author["name"], author["mentions"])

    def first(x: dict[str, Any]) -> tuple[int, str]:
        return (x["mentions"][0]["start"] if x["mentions"] else 1 << 62, x.get("name") or x.get("number") or "")

    shown.officials.sort(key=first)
    shown.documents.sort(key=first)
    shown.authors.sort(key=first)
    shown.mentions = sorted(set(mentions), key=lambda x: (x.start, -x.end, x.kind))
    return shown


# ---------------------------------------------------------------- finding the report


def _read(path: Path, line: int | None) -> list[Any]:
    from .read import read_jsonl, read_report

    if path.suffix.lower() != ".jsonl":
        return [read_report(path)]
    items = list(read_jsonl(path))
    if line is not None:
        items = [x for x in items if getattr(x, "path", "").endswith(f":{line}")
                 or getattr(x, "source_file", "") in (f"{path.name}#{line}",)]
    return items


def from_file(path: str, *, lang: str = "vi") -> Shown:
    """A report file read and extracted now (``FILE.jsonl#LINE`` for one line of JSON Lines)."""
    from .models import Report
    from .pipeline import report_graph
    from .read import Skipped

    line: int | None = None
    p = Path(path)
    if not p.is_file() and "#" in path:
        head, _, tail = path.rpartition("#")
        if tail.isdigit() and Path(head).is_file():
            p, line = Path(head), int(tail)
    items = _read(p, line)
    reports = [x for x in items if isinstance(x, Report)]
    if not reports:
        skipped = next((x for x in items if isinstance(x, Skipped)), None)
        raise InputError(str(p), skipped.reason if skipped else "holds no report" if line is None
                         else f"has no report on line {line}")
    if len(reports) > 1:
        raise ShowError(f"{p} holds {len(reports)} reports", hint=f"show one: kg show {p}#LINE (its line number)")
    report = reports[0]
    graph, quads, _ = report_graph(report)
    shown = facts(quads, graph.value, lang=lang)
    shown.text = report.text
    return shown


_FILES = "SELECT ?r ?f WHERE { GRAPH ?r { ?r a vgk:Report ; vgk:sourceFile ?f } }"


def from_store(store: Any, name: str, *, lang: str = "vi") -> Shown:
    """A report of the store by its source file name (or its IRI), matched forgivingly."""
    from .resolve import report_iri

    source = ox.NamedNode(VGK + "sourceFile")
    wanted = name[1:-1] if name.startswith("<") and name.endswith(">") else name
    candidates = [wanted, Path(wanted).name]
    graph: str | None = None
    if wanted.startswith("https://w3id.org/vngovkg/id/report/"):
        graph = wanted
    for c in candidates:
        if graph:
            break
        hit = next(iter(store.raw.quads_for_pattern(None, source, ox.Literal(c), None)), None)
        if hit is not None:
            graph = hit.subject.value
    if graph is None:
        iri = report_iri(Path(wanted).name)
        if next(iter(store.raw.quads_for_pattern(ox.NamedNode(iri), source, None, ox.NamedNode(iri))), None):
            graph = iri
    if graph is None:
        files = {str(row["f"].value): row["r"].value for row in store.query(_FILES)}
        idx = Index(files)
        stems = Index(Path(f).stem for f in files)  # "d016" for d016.txt
        by_stem = {Path(f).stem: f for f in files}
        hits = idx.find(Path(wanted).name) or [by_stem[x] for x in stems.find(Path(wanted).name)]
        if len(hits) == 1:
            graph = files[hits[0]]
        else:
            close = hits or idx.close(Path(wanted).name) or [f for f in files if Path(wanted).stem in f][:3]
            raise ShowError(f"no report named {name!r} in the store {store.path}"
                            + (f"; did you mean {' or '.join(close[:3])}?" if close else ""))
    quads = list(store.raw.quads_for_pattern(None, None, None, ox.NamedNode(graph)))
    return facts(quads, graph, lang=lang)


# ---------------------------------------------------------------- printing


def highlighted(shown: Shown) -> Text:
    """The report's text, each mention styled by its kind (longer spans first, so a name
    inside a role keeps its own style)."""
    text = Text(shown.text or "")
    for m in sorted(shown.mentions, key=lambda x: (-(x.end - x.start), x.start)):
        text.stylize(STYLES[m.kind], m.start, m.end)
    return text


def _at(where: list[dict[str, Any]]) -> str:
    return ", ".join(f"{w['start']}–{w['end']}" for w in where)


def _took_part(o: dict[str, Any], lang: str) -> str:
    words = {"vi": ("chủ trì", "phát biểu", "dự", "nêu tên"), "en": ("chaired", "spoke", "attended", "named")}[lang]
    parts = [w for w, flag in ((words[0], o["chaired"]), (words[1], o["spoke"])) if flag]
    return ", ".join(parts) or (words[2] if o["attended"] else words[3])


def render(shown: Shown, *, lang: str = "vi", text: bool = True) -> Group:
    """What ``kg show`` prints: headline, text with highlights and legend, then the facts."""
    parts: list[Any] = []
    parts.append(Text(shown.headline or shown.file, style="bold"))
    meta = [shown.file] + [x for x in (shown.published and f"published {shown.published}", shown.url) if x]
    parts.append(Text(" · ".join(meta), style="dim"))
    if text:
        parts.append(Rule("text", style="dim"))
        if shown.text:
            parts.append(highlighted(shown))
            legend = Text("mentions: ")
            for kind, label in LEGEND.items():
                if any(m.kind == kind for m in shown.mentions):
                    legend.append(label, style=STYLES[kind])
                    legend.append("  ")
            parts.append(legend)
        else:
            parts.append(Text("(the store holds no text for this report: build it again, or give its file)",
                              style="dim"))
    parts.append(Rule("facts", style="dim"))
    where = Table.grid(padding=(0, 2))
    where.add_column(style="bold", no_wrap=True)
    where.add_column()
    if shown.province:
        where.add_row("province", Text.assemble((shown.province["label"], STYLES["province"]),
                                                f"  at {_at(shown.province['mentions'])}" if
                                                shown.province["mentions"] else ""))
    else:
        where.add_row("province", Text("(none found)", style="dim"))
    mt = shown.meeting
    if mt:
        bits = [mt["kindLabel"]]
        if mt.get("date"):
            bits.append(f"{mt['date']}" + (f" at {_at(mt['mentions'])}" if mt["mentions"] else ""))
        else:
            bits.append("undated")
        if mt.get("reviewYear"):
            bits.append("reviews " + (f"{mt['reviewFrom']}–" if mt.get("reviewFrom") else "") + mt["reviewYear"])
        if mt.get("heldIn"):
            bits.append(f"held in {mt['heldIn']}")
        if mt.get("bridgePoint"):
            bits.append(f"joined online from {mt['bridgePoint']}")
        elif mt.get("online"):
            bits.append("online")
        if mt.get("organizer"):
            bits.append(f"organised by {mt['organizer']['name']}")
        where.add_row("meeting", "; ".join(bits))
    authors = ", ".join(f"{a['name']}" + (f" at {_at(a['mentions'])}" if a["mentions"] else "")
                        for a in shown.authors)
    where.add_row("byline", authors or Text("(none found)", style="dim"))
    parts.append(where)
    people = Table(title=f"officials ({len(shown.officials)})", title_justify="left", title_style="bold",
                   show_lines=False)
    people.add_column("name", no_wrap=True, style=STYLES["official"])
    people.add_column("took part", no_wrap=True)
    people.add_column("roles (at)", overflow="fold", ratio=1)
    people.add_column("at", overflow="fold")
    for o in shown.officials:
        roles = "\n".join(("nguyên " if r["former"] else "") + r["title"]
                          + (f" ({_at(r['mentions'])})" if r["mentions"] else "") for r in o["roles"])
        people.add_row(o["name"], _took_part(o, lang), roles, _at(o["mentions"]))
    parts.append(people)
    docs = Table(title=f"documents ({len(shown.documents)})", title_justify="left", title_style="bold")
    docs.add_column("number", no_wrap=True, style=STYLES["document"])
    docs.add_column("type", no_wrap=True)
    docs.add_column("year", no_wrap=True)
    docs.add_column("title", overflow="fold", ratio=1)
    docs.add_column("at", overflow="fold")
    for d in shown.documents:
        docs.add_row(d["number"], d["typeLabel"], d["year"] or "", d["title"] or "", _at(d["mentions"]))
    parts.append(docs)
    return Group(*parts)


def as_json(shown: Shown) -> dict[str, Any]:
    return {"report": {"file": shown.file, "iri": shown.iri, "headline": shown.headline,
                       "published": shown.published, "url": shown.url},
            "province": shown.province, "meeting": shown.meeting, "officials": shown.officials,
            "documents": shown.documents, "authors": shown.authors,
            "mentions": [{"kind": m.kind, "start": m.start, "end": m.end, "exact": m.exact, "of": m.of}
                         for m in shown.mentions],
            "text": shown.text}


def print_shown(shown: Shown, console: Console, *, lang: str = "vi", text: bool = True) -> None:
    console.print(render(shown, lang=lang, text=text), highlight=False)
