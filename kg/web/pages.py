"""What each kind of page shows, read by SPARQL (the queries of kg/web/queries/).

Every function takes the endpoint and a resource's IRI and returns the template's
context; nothing here writes HTML (the templates do, escaping everything).
"""

from __future__ import annotations

import asyncio
import itertools
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from ..vocab import RES, SCHEMA, VGK
from .sparql import Row, Sparql, Value, resource

CONTEXT = 120  # characters of text shown on each side of a quote (the queries cut as many)

# The kind of page of each class, the first that a resource has deciding.
KINDS = [
    (VGK + "Official", "person"), (VGK + "Report", "report"), (VGK + "Meeting", "meeting"),
    (VGK + "LegalDocument", "document"), (VGK + "Province", "province"), (VGK + "Post", "post"),
    (VGK + "SingleHolderPost", "post"), (VGK + "Organization", "organization"),
    (VGK + "RoleAssignment", "role"), (VGK + "Occupancy", "occupancy"), (VGK + "Mention", "mention"),
    (SCHEMA + "Person", "author"),
]
# What a highlighted span of a report's text is evidence of (class -> CSS class).
MARK_KINDS = {VGK + "Official": "person", VGK + "RoleAssignment": "role", VGK + "LegalDocument": "document",
              VGK + "Province": "province", VGK + "Meeting": "date", VGK + "Organization": "org",
              SCHEMA + "Person": "author"}


def page_url(iri: str) -> str:
    """The page of a resource of ours on this server; any other IRI as it is."""
    return "/id/" + iri[len(RES):] if iri.startswith(RES) else iri


def kind_of(types: list[str]) -> str:
    present = set(types)
    return next((kind for cls, kind in KINDS if cls in present), "resource")


@dataclass
class Quote:
    """A fact's evidence: the span of a report's text, with the text around it."""

    report: str
    start: int
    end: int
    exact: str
    before: str = ""
    after: str = ""

    @property
    def href(self) -> str:
        """The report's page with this span highlighted, scrolled to it."""
        anchor = f"m{self.start}-{self.end}"
        return f"{page_url(self.report)}?mark={self.start}-{self.end}#{anchor}"


def quote(row: Row, report_key: str = "r") -> Quote | None:
    if "s" not in row or "e" not in row or report_key not in row:
        return None
    before = str(row.get("before", ""))
    after = str(row.get("after", ""))
    # The context stops at the paragraph, and starts and ends at a word.
    if "\n" in before:
        before = before.rsplit("\n", 1)[1]
    elif len(before) >= CONTEXT and " " in before:
        before = "…" + before.split(" ", 1)[1]
    if "\n" in after:
        after = after.split("\n", 1)[0]
    elif len(after) >= CONTEXT and " " in after:
        after = after.rsplit(" ", 1)[0] + "…"
    return Quote(str(row[report_key]), row["s"].as_int(), row["e"].as_int(), str(row.get("exact", "")),
                 before, after)


@dataclass
class Report:
    iri: str
    headline: str
    date: str  # the meeting's date, else the publication date
    published: str = ""

    @property
    def href(self) -> str:
        return page_url(self.iri)


def report_of(row: Row, key: str = "r") -> Report:
    iri = str(row[key])
    headline = str(row.get("headline") or row.get("file") or iri.rsplit("/", 1)[-1])  # no headline: its file
    return Report(iri, headline, str(row.get("date") or row.get("published") or ""), str(row.get("published", "")))


def _true(v: Value | None) -> bool:
    return v is not None and str(v) in ("true", "1")


# -- person ---------------------------------------------------------------------------------


@dataclass
class Statement:
    """One report's statement of a role: the title as written out, its report, its quote."""

    iri: str
    title: str
    report: Report
    quote: Quote | None
    post: str | None
    former: bool


@dataclass
class Occupancy:
    iri: str
    post: str
    label: str
    first: str
    last: str
    ended: str
    single: bool
    statements: list[Statement] = field(default_factory=list)


@dataclass
class Attendance:
    meeting: str
    report: Report
    kind: str | None
    where: str | None
    where_label: str | None
    chaired: bool
    spoke: bool
    quote: Quote | None


async def person(sp: Sparql, iri: str) -> dict[str, Any]:
    this = resource(iri)
    names, posts, labels, roles, meetings, mentions, co, reports = await asyncio.gather(
        sp.rows("person", this=this), sp.rows("person_posts", this=this), sp.rows("person_post_labels", this=this),
        sp.rows("person_roles", this=this), sp.rows("person_meetings", this=this),
        sp.rows("person_mentions", this=this), sp.rows("person_coattendees", this=this),
        sp.rows("person_reports", this=this))
    post_label = {str(r["post"]): str(r["label"]) for r in labels if "label" in r}
    statements: dict[str, Statement] = {}
    for row in roles:
        ra = str(row["ra"])
        if ra not in statements:
            statements[ra] = Statement(ra, str(row["title"]), report_of(row), quote(row),
                                       str(row["post"]) if "post" in row else None, _true(row.get("former")))
    occupancies: dict[str, Occupancy] = {}
    for row in posts:
        occ = str(row["occ"])
        if occ not in occupancies:
            occupancies[occ] = Occupancy(occ, str(row["post"]), post_label.get(str(row["post"]), str(row["post"])),
                                         str(row.get("first", "")), str(row.get("last", "")),
                                         str(row.get("ended", "")), _true(row.get("single")))
        ra = str(row.get("ra", ""))
        if ra in statements and statements[ra] not in occupancies[occ].statements:
            occupancies[occ].statements.append(statements[ra])
    in_posts = {s.iri for o in occupancies.values() for s in o.statements}
    first_quote: dict[str, Quote] = {}
    for row in mentions:
        q = quote(row)
        if q and q.report not in first_quote:
            first_quote[q.report] = q
    attendances = [Attendance(str(row["m"]), report_of(row), row.get("kind"), row.get("where"), row.get("whereLabel"),
                              _true(row.get("chaired")), _true(row.get("spoke")), first_quote.get(str(row["r"])))
                   for row in meetings]
    return {
        "names": names,
        "name": str(names[0]["name"]) if names else iri.rsplit("/", 1)[-1],
        "honorifics": sorted({h.strip() for row in names for h in str(row.get("honorifics", "")).split(",")
                              if h.strip()}),
        "occupancies": list(occupancies.values()),
        "statements": list(statements.values()),
        "other_statements": [s for s in statements.values() if s.iri not in in_posts],
        "meetings": attendances,
        "coattendees": co,
        "reports": [(report_of(row), row.get("provinceLabel"), first_quote.get(str(row["r"]))) for row in reports],
    }


# -- report ---------------------------------------------------------------------------------


@dataclass
class Segment:
    """A run of a report's text that the same spans cover."""

    text: str
    kind: str | None = None  # CSS class of the innermost span covering it, None for plain text
    href: str | None = None
    title: str | None = None
    target: bool = False  # inside the span the page was asked to highlight (?mark=)
    anchors: list[str] = field(default_factory=list)  # ids of the spans that start here


def segments(text: str, spans: list[tuple[int, int, str, str]], target: tuple[int, int] | None) -> list[Segment]:
    """The text cut at every span's ends; each piece linked to the innermost span over it.

    ``spans`` are (start, end, kind, thing IRI); they may nest or cross.
    """
    n = len(text)
    spans = sorted({(max(0, s), min(n, e), k, t) for s, e, k, t in spans if 0 <= s < e}, key=lambda x: (x[0], -x[1]))
    cuts = sorted({0, n, *(s for s, *_ in spans), *(e for _, e, *_ in spans)})
    starts: dict[int, list[str]] = defaultdict(list)
    for s, e, _, _ in spans:
        anchor = f"m{s}-{e}"
        if anchor not in starts[s]:
            starts[s].append(anchor)
    out: list[Segment] = []
    open_spans: list[tuple[int, int, str, str]] = []
    i = 0
    for a, b in itertools.pairwise(cuts):
        while i < len(spans) and spans[i][0] <= a:
            open_spans.append(spans[i])
            i += 1
        open_spans = [sp for sp in open_spans if sp[1] > a]
        covering = [sp for sp in open_spans if sp[0] <= a and sp[1] >= b]
        seg = Segment(text[a:b], anchors=starts.get(a, []))
        if covering:
            s, e, kind, thing = min(covering, key=lambda sp: (sp[1] - sp[0], sp[2]))
            seg.kind, seg.href, seg.title = kind, page_url(thing), thing[len(RES):] if thing.startswith(RES) else thing
            seg.target = target is not None and any((sp[0], sp[1]) == target for sp in covering)
        out.append(seg)
    return out


async def report(sp: Sparql, iri: str, mark: tuple[int, int] | None) -> dict[str, Any]:
    this = resource(iri)
    info, mentions, people, documents, authors = await asyncio.gather(
        sp.rows("report", this=this), sp.rows("report_mentions", this=this), sp.rows("report_people", this=this),
        sp.rows("report_documents", this=this), sp.rows("report_authors", this=this))
    row = info[0] if info else {}
    kinds: dict[tuple[int, int, str], str] = {}
    for m in mentions:
        key = (m["s"].as_int(), m["e"].as_int(), str(m["thing"]))
        kind = MARK_KINDS.get(str(m.get("type", "")))
        if kind and (key not in kinds or list(MARK_KINDS.values()).index(kind) < list(MARK_KINDS.values()).index(
                kinds[key])):
            kinds[key] = kind
        kinds.setdefault(key, "other")
    first: dict[str, int] = {}
    for (s, _, thing) in sorted(kinds):
        first.setdefault(thing, s)
    text = str(row.get("text", ""))
    spans = [(s, e, k, t) for (s, e, t), k in kinds.items()]
    persons: dict[str, dict[str, Any]] = {}
    for p in people:
        entry = persons.setdefault(str(p["p"]), {"iri": str(p["p"]), "name": str(p["name"]), "titles": [],
                                                 "attended": _true(p.get("attended")),
                                                 "chaired": _true(p.get("chaired")), "spoke": _true(p.get("spoke"))})
        if "title" in p and str(p["title"]) not in entry["titles"]:
            entry["titles"].append(("nguyên " if _true(p.get("former")) else "") + str(p["title"]))
    ordered = sorted(persons.values(), key=lambda p: (first.get(p["iri"], 1 << 30), p["name"]))
    target = mark if mark and any((s, e) == mark for s, e, _, _ in spans) else None
    return {
        "info": row,
        "headline": str(row.get("headline") or row.get("file") or iri.rsplit("/", 1)[-1]),
        "segments": segments(text, spans, mark) if text else [],
        "has_text": bool(text),
        "spans": sorted(spans),
        "text": text,
        "mark": target,
        "mark_missing": mark is not None and target is None,
        "people": ordered,
        "documents": sorted(documents, key=lambda d: first.get(str(d["d"]), 1 << 30)),
        "authors": authors,
    }


# -- the other kinds ------------------------------------------------------------------------


async def meeting(sp: Sparql, iri: str) -> dict[str, Any]:
    this = resource(iri)
    info, people, titles = await asyncio.gather(sp.rows("meeting", this=this), sp.rows("meeting_people", this=this),
                                                sp.rows("meeting_titles", this=this))
    by_title: dict[str, list[str]] = defaultdict(list)
    for t in titles:
        if str(t["title"]) not in by_title[str(t["p"])]:
            by_title[str(t["p"])].append(str(t["title"]))
    persons: dict[str, dict[str, Any]] = {}
    for p in people:
        persons.setdefault(str(p["p"]), {"iri": str(p["p"]), "name": str(p["name"]), "quote": quote(p),
                                         "chaired": _true(p.get("chaired")), "spoke": _true(p.get("spoke")),
                                         "titles": by_title.get(str(p["p"]), [])})
    ordered = sorted(persons.values(), key=lambda p: (not p["chaired"], p["quote"].start if p["quote"] else 0))
    return {"info": info[0] if info else {}, "reports": [report_of(r) for r in info if "r" in r], "people": ordered}


async def document(sp: Sparql, iri: str) -> dict[str, Any]:
    this = resource(iri)
    info, cites = await asyncio.gather(sp.rows("document", this=this), sp.rows("document_citations", this=this))
    reports: dict[str, tuple[Report, Any, list[Quote]]] = {}
    for row in cites:
        r = str(row["r"])
        entry = reports.setdefault(r, (report_of(row), row.get("provinceLabel"), []))
        q = quote(row)
        if q:
            entry[2].append(q)
    return {"info": info[0] if info else {}, "citations": list(reports.values())}


async def province(sp: Sparql, iri: str) -> dict[str, Any]:
    this = resource(iri)
    info, reports, people, documents, posts = await asyncio.gather(
        sp.rows("province", this=this), sp.rows("province_reports", this=this), sp.rows("province_people", this=this),
        sp.rows("province_documents", this=this), sp.rows("province_posts", this=this))
    seen: dict[str, tuple[Report, Any]] = {}
    for row in reports:
        if "r" in row and str(row["r"]) not in seen:
            seen[str(row["r"])] = (report_of(row), row.get("kind"))
    total = reports[0]["total"].as_int() if reports and "total" in reports[0] else 0
    return {"info": info[0] if info else {}, "merged_from": [r for r in info if "from" in r],
            "reports": list(seen.values()), "total": total, "people": people, "documents": documents,
            "posts": posts}


async def post(sp: Sparql, iri: str) -> dict[str, Any]:
    this = resource(iri)
    info, occupancies, roles = await asyncio.gather(sp.rows("post", this=this), sp.rows("post_occupancies", this=this),
                                                    sp.rows("post_roles", this=this))
    statements = []
    seen = set()
    for row in roles:
        if str(row["ra"]) in seen:
            continue
        seen.add(str(row["ra"]))
        statements.append({"person": str(row["p"]), "name": str(row["name"]), "title": str(row["title"]),
                           "former": _true(row.get("former")), "report": report_of(row), "quote": quote(row)})
    return {"info": info[0] if info else {}, "occupancies": occupancies, "statements": statements}


async def organization(sp: Sparql, iri: str) -> dict[str, Any]:
    this = resource(iri)
    info, links = await asyncio.gather(sp.rows("organization", this=this), sp.rows("organization_links", this=this))
    grouped: dict[str, list[Row]] = defaultdict(list)
    for row in links:
        grouped[str(row["kind"])].append(row)
    return {"names": sorted({str(r["name"]) for r in info if "name" in r}),
            "province": next((r for r in info if "province" in r), None), "links": grouped}


async def author(sp: Sparql, iri: str) -> dict[str, Any]:
    rows = await sp.rows("author", this=resource(iri))
    return {"name": str(rows[0]["name"]) if rows else "", "reports": [report_of(r) for r in rows if "r" in r]}


async def role(sp: Sparql, iri: str) -> dict[str, Any]:
    rows = await sp.rows("role", this=resource(iri))
    row = rows[0] if rows else {}
    return {"info": row, "evidence": quote(row) if row else None, "stated": report_of(row) if "r" in row else None}


async def statements(sp: Sparql, iri: str) -> dict[str, Any]:
    """Everything said of and about a resource (the table at the foot of every page)."""
    this = resource(iri)
    out, inc = await asyncio.gather(sp.rows("statements_out", this=this), sp.rows("statements_in", this=this))
    return {"out": out, "in": inc}
