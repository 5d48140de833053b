"""RDF: the quads of one report's named graph, and of the reference data.

Everything extracted from a report lives in the graph named by the report's IRI
(CONTRACT), including the ``a vgk:Official`` and ``schema:name`` triples of people
who appear in other reports too.  Every official, role, citation, province and date
points (``vgk:evidence``) to a ``vgk:Mention``: the start and end offsets and the text
itself; the mention's report is the graph it is in.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from functools import cache

from pyoxigraph import Literal, NamedNode, Quad

from . import lexicon
from .models import Span
from .normalize import slug, squash
from .posts import post_quads
from .resolve import BASE, Resolved, document_key, province_iri
from .vocab import (
    GRAPH_CATALOGUE,
    GRAPH_PROVINCES,
    LABEL,
    RES,
    XSD,
    A,
    schema,
    vgk,
)


@cache
def _xsd(datatype: str) -> NamedNode:
    return NamedNode(XSD + datatype)


def _lit(value: str, datatype: str | None = None, lang: str | None = None) -> Literal:
    if lang:
        return Literal(value, language=lang)
    if datatype:
        return Literal(value, datatype=_xsd(datatype))
    return Literal(value)


def _date_literal(value: str) -> Literal:
    kind = {10: "date", 7: "gYearMonth", 4: "gYear"}[len(value)]
    return _lit(value, kind)


def content_hash(text: str, version: str) -> str:
    return hashlib.sha256(f"{version}\n{text}".encode()).hexdigest()


def report_quads(res: Resolved, version: str) -> list[Quad]:
    """Every quad of one report's graph, in a deterministic order."""
    ex = res.extraction
    rep = ex.report
    g = NamedNode(res.report_iri)
    r = NamedNode(res.report_iri)
    m = NamedNode(res.meeting_iri)
    out: list[Quad] = []

    def add(s: NamedNode, p: NamedNode, o: NamedNode | Literal) -> None:
        out.append(Quad(s, p, o, g))

    mention_base = f"{RES}mention/{slug(rep.source_file)}/"
    evidence, mention_class = vgk("evidence"), vgk("Mention")
    start, end, exact, integer = vgk("start"), vgk("end"), vgk("exact"), _xsd("integer")

    def mention(thing: NamedNode, span: Span) -> None:
        node = NamedNode(f"{mention_base}{span.start}-{span.end}")
        add(thing, evidence, node)
        add(node, A, mention_class)  # its report is its graph (and the report its IRI names)
        add(node, start, Literal(str(span.start), datatype=integer))
        add(node, end, Literal(str(span.end), datatype=integer))
        add(node, exact, Literal(span.text))

    add(r, A, vgk("Report"))
    add(r, vgk("sourceFile"), _lit(rep.source_file))
    add(r, vgk("contentHash"), _lit(content_hash(rep.text, version)))
    add(r, vgk("extractorVersion"), _lit(version))
    headline = rep.title
    if not headline:
        from .extract.text import layout  # the headline the layout found

        lay = layout(rep)
        headline = lay.headline.text if lay.headline else None
    if headline:
        headline = " ".join(headline.split())
        if headline.startswith("null "):  # a crawler's unset JavaScript field before the title
            headline = headline[5:]
        add(r, schema("headline"), _lit(headline))
    if ex.meeting.published:
        add(r, schema("datePublished"), _lit(ex.meeting.published.isoformat(), "date"))
    if rep.url:
        add(r, schema("url"), _lit(rep.url))
    # The text the offsets count in, so that a page can show every mention in place
    # (kg serve's report pages); about a tenth of the store.
    add(r, schema("text"), _lit(rep.text))
    for b in ex.bylines:
        author = NamedNode(f"{RES}author/{slug(b.name)}")
        add(r, schema("author"), author)
        add(author, A, schema("Person"))
        add(author, schema("name"), _lit(b.name))
        mention(author, b.span)
    if res.province:
        pv = NamedNode(province_iri(res.province.key))
        add(r, vgk("province"), pv)
        best = [pm for pm in ex.province.mentions if pm.key == ex.province.key]
        if best:
            mention(pv, max(best, key=lambda pm: pm.weight).span)
    # The meeting.
    add(r, vgk("reports"), m)
    add(m, A, vgk("Meeting"))
    add(m, vgk("meetingKind"), vgk(ex.meeting.kind))
    if res.province:
        # A national body's online meeting is not held in the province that joined it
        # from its bridge point (điểm cầu tỉnh X): the province is that, not heldIn.
        where = vgk("bridgePoint") if ex.meeting.bridge_point else vgk("heldIn")
        add(m, where, NamedNode(province_iri(res.province.key)))
    if ex.meeting.online:
        add(m, vgk("online"), _lit("true", "boolean"))
    if ex.meeting.organizer and ex.meeting.organizer_national:
        # a national organiser is one node across reports (a province's would need the
        # province's identity of its bodies: not stated yet)
        org = NamedNode(f"{RES}org/national/{slug(squash(ex.meeting.organizer))}")
        add(m, vgk("organizer"), org)
        add(org, A, vgk("Organization"))
        add(org, schema("name"), _lit(squash(ex.meeting.organizer)))
        if ex.meeting.organizer_span:
            mention(org, ex.meeting.organizer_span)
    if ex.meeting.date:
        add(m, schema("startDate"), _date_literal(ex.meeting.date))
        if ex.meeting.date_span:
            mention(m, ex.meeting.date_span)
    if ex.meeting.review_year:
        add(m, vgk("reviewYear"), _lit(f"{ex.meeting.review_year:04d}", "gYear"))
    if ex.meeting.review_from and ex.meeting.review_year and ex.meeting.review_from < ex.meeting.review_year:
        add(m, vgk("reviewFrom"), _lit(f"{ex.meeting.review_from:04d}", "gYear"))
    # Officials and their roles.
    for rp in res.people:
        p = NamedNode(rp.iri)
        person = rp.person
        add(p, A, vgk("Official"))
        add(p, schema("name"), _lit(person.name))
        for h in person.honorifics:
            add(p, vgk("honorific"), _lit(h))
        for pm in person.mentions:
            mention(p, pm.span)
        if person.attended or person.chaired or person.spoke:
            add(p, vgk("attended"), m)
        if person.chaired:
            add(p, vgk("chaired"), m)
        if person.spoke:
            add(p, vgk("spokeAt"), m)
        for rr in rp.roles:
            ra = NamedNode(rr.iri)
            add(p, vgk("holds"), ra)
            add(ra, A, vgk("RoleAssignment"))
            add(ra, vgk("roleTitle"), _lit(rr.role.title))
            add(ra, vgk("statedIn"), r)
            if rr.role.former:
                add(ra, vgk("former"), _lit("true", "boolean"))
            mention(ra, rr.role.span)
            if rr.org_iri:
                add(ra, vgk("organization"), NamedNode(rr.org_iri))
    for iri, (name, pkey) in sorted(res.organizations.items()):
        o = NamedNode(iri)
        add(o, A, vgk("Organization"))
        add(o, schema("name"), _lit(name))
        if pkey:
            add(o, vgk("province"), NamedNode(province_iri(pkey)))
    # Cited documents (and the document the report is the text of, by its own number).
    for d in res.documents:
        doc = NamedNode(d.iri)
        add(r, vgk("textOf") if d.own else vgk("cites"), doc)
        add(doc, A, vgk("LegalDocument"))
        add(doc, vgk("documentNumber"), _lit(d.number))
        add(doc, vgk("documentType"), vgk(d.doc_type))
        if d.year:
            add(doc, vgk("issuedYear"), _lit(f"{d.year:04d}", "gYear"))
        if d.date:
            add(doc, vgk("issuedDate"), _lit(d.date, "date"))
        if d.issuer_iri:
            add(doc, vgk("issuer"), NamedNode(d.issuer_iri))
        if d.issuer_province:
            add(doc, vgk("issuerProvince"), NamedNode(province_iri(d.issuer_province)))
        for c in d.citations:
            mention(doc, c.span)
    out.extend(post_quads(res, g))  # the posts the roles name
    # Deduplicate (a mention may be evidence of two things) keeping the order.
    seen: set[Quad] = set()
    uniq = []
    for q in out:
        if q not in seen:
            seen.add(q)
            uniq.append(q)
    return uniq


def province_quads() -> Iterator[Quad]:
    """Reference data: every province, its GSO code and what it was merged into."""
    g = GRAPH_PROVINCES
    for p in lexicon.provinces().values():
        s = NamedNode(province_iri(p.key))
        yield Quad(s, A, vgk("Province"), g)
        yield Quad(s, LABEL, _lit(p.name), g)
        yield Quad(s, schema("name"), _lit(f"{p.unit.capitalize()} {p.name}"), g)
        if p.gso:
            yield Quad(s, vgk("gsoCode"), _lit(p.gso), g)
        if p.merged_into:
            yield Quad(s, vgk("mergedInto"), NamedNode(province_iri(p.merged_into)), g)


def catalogue_quads() -> Iterator[Quad]:
    """Reference data: the catalogue of national documents, with titles."""
    g = GRAPH_CATALOGUE
    for e in lexicon.catalogue().values():
        s = NamedNode(f"{BASE}doc/{document_key(e.number, e.date.year)}")
        yield Quad(s, A, vgk("LegalDocument"), g)
        yield Quad(s, vgk("documentNumber"), _lit(e.number), g)
        yield Quad(s, vgk("documentType"), vgk(e.doc_type), g)
        yield Quad(s, vgk("issuedYear"), _lit(f"{e.date.year:04d}", "gYear"), g)
        yield Quad(s, vgk("issuedDate"), _lit(e.date.isoformat(), "date"), g)
        yield Quad(s, schema("name"), _lit(e.title, lang="vi"), g)
        issuer = NamedNode(f"{BASE}org/national/{slug(e.issuer_name)}")
        yield Quad(s, vgk("issuer"), issuer, g)
        yield Quad(issuer, A, vgk("Organization"), g)
        yield Quad(issuer, schema("name"), _lit(e.issuer_name), g)
