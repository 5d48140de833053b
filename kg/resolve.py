"""Resolve and link: give every extracted thing its deterministic identity.

* A report is ``res:report/SLUG`` of its source file; its meeting ``res:meeting/SLUG``.
* An official is one node across reports: ``res:person/national/NAME`` when a role
  the report gives is a national post (minister, Politburo, ...), else
  ``res:person/PROVINCE/NAME`` for the province of the body the title names or, failing
  that, of the report.  Two people of the same name in different provinces stay two; a
  person of a report with no province gets a node of that report alone.
* A legal document is one node per real document (CONTRACT): national documents by
  number (``res:doc/19-2014-qd-ttg``), local ones by issuing province and number
  (``res:doc/ha-nam/14-2021-qd-ubnd``).  A number without a year ("712/QĐ-TTg") takes
  its year from the text or the catalogue; if neither knows it, it stays year-less.
* Organisations: ``res:org/PROVINCE/BODY`` or ``res:org/national/BODY``.

Identity depends only on the report itself and the reference data, never on which other
reports were built before, so a report's graph can be rebuilt alone.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from . import lexicon
from .extract.titles import expand, is_national_body
from .lexicon import Province
from .models import Citation, Extraction, Person, RoleMention
from .normalize import fold, slug, squash

BASE = "https://w3id.org/vngovkg/id/"


def report_iri(source_file: str) -> str:
    return f"{BASE}report/{slug(source_file)}"


def province_iri(key: str) -> str:
    return f"{BASE}province/{key}"


@dataclass
class ResolvedRole:
    iri: str
    role: RoleMention
    org_iri: str | None
    org_name: str | None
    org_province: str | None  # province key of the body


@dataclass
class ResolvedPerson:
    iri: str
    person: Person
    roles: list[ResolvedRole] = field(default_factory=list)
    scope: str = "provincial"  # "national" | "provincial" | "report"


@dataclass
class ResolvedDocument:
    iri: str
    number: str
    doc_type: str
    scope: str
    year: int | None
    date: str | None
    issuer_iri: str | None
    issuer_name: str | None
    issuer_province: str | None  # province key, for local documents
    citations: list[Citation] = field(default_factory=list)
    own: bool = False  # the report is this document's text (its own number), not a citation of it


@dataclass
class Resolved:
    extraction: Extraction
    report_iri: str
    meeting_iri: str
    province: Province | None  # the report's province as named when written
    people: list[ResolvedPerson]
    documents: list[ResolvedDocument]
    organizations: dict[str, tuple[str, str | None]]  # iri -> (name, province key)


def _when(ex: Extraction) -> date | None:
    m = ex.meeting
    if m.published:
        return m.published
    if m.date and len(m.date) == 10:
        return date.fromisoformat(m.date)
    return None


_UNIT_WORDS = re.compile(r"\s+(?:tỉnh|thành phố|TP\.?|Tp\.?)\s*$", re.IGNORECASE)


@cache
def _joint_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = lexicon.load("posts")["joints"]
    places = "|".join(re.escape(w) for w in data["places"])
    # (case matters: the "xã" of a place is lower-case, the "Xã" of "Xã hội" is not)
    return re.compile(data["pattern"]), re.compile(rf"(?<!\w)(?:{places}|và)(?!\w)")


def _joints(base: str) -> str:
    """A body's name with its last dash, "&" or comma read as "và" where the name has no
    "và" and no place in it (kg/lexicon/posts.toml [joints]): "Sở Khoa học - Công nghệ"
    and "Sở Khoa học và Công nghệ" are one body."""
    joint, keep = _joint_patterns()
    found = list(joint.finditer(base))
    if not found or keep.search(base):
        return base
    last = found[-1]
    return squash(f"{base[:last.start()]} và {base[last.end():]}")


def org_identity(org: str, province_key: str | None, national: bool) -> tuple[str, str]:
    """(IRI, canonical name) of a body named ``org`` (abbreviations expanded here), as
    the roles' organisations get them: kg/posts.py names the bodies of posts with it."""
    return _org_identity(expand(org), province_key, national)


def _org_identity(org: str, province_key: str | None, national: bool) -> tuple[str, str]:
    """(iri, canonical name) of a body: the province's name is taken out of the key, so
    "Ủy ban nhân dân tỉnh" and "Ủy ban nhân dân tỉnh Trà Vinh" of Trà Vinh are one body.
    (A comma left at an end is none of the name's: "Hội đồng nhân dân tỉnh," of a term taken
    out, "khóa XV, nhiệm kỳ 2021-2026".)"""
    base = squash(org).strip(" ,;")
    provinces = lexicon.provinces()
    if province_key:
        p = provinces[province_key]
        for n in sorted({p.name, *p.aliases}, key=len, reverse=True):
            pattern = rf"\s*(?:tỉnh|thành phố|TP\.?|Tp\.?)?\s*{re.escape(fold(n))}\b"
            base = re.sub(pattern, "", fold(base), flags=re.IGNORECASE)
        base = _UNIT_WORDS.sub("", base).strip(" ,-")
    base = _joints(base or squash(org))
    if national or not province_key:
        scope = "national" if national else None
        if scope is None:
            return "", base
        return f"{BASE}org/national/{slug(base)}", base
    p = provinces[province_key]
    unit = "thành phố" if p.unit == "thành phố" else "tỉnh"
    if re.search(r"(?:Tỉnh ủy|Thành ủy)$", base):  # "Ban Thường vụ Tỉnh ủy Trà Vinh"
        return f"{BASE}org/{province_key}/{slug(base)}", f"{base} {p.name}"
    return f"{BASE}org/{province_key}/{slug(base)}", f"{base} {unit} {p.name}"


def _home_province(person: Person) -> str | None:
    """The province of the bodies a person's own titles name ("Giám đốc Sở KH&CN tỉnh Sơn
    La" at a Thái Nguyên meeting is Sơn La's), a present post before a former one."""
    for r in sorted(person.roles, key=lambda r: r.former):
        if r.org_province and not r.national:
            return r.org_province
    return None


def _national_role(role: RoleMention) -> bool:
    """A national post: a national head ("Bộ trưởng"), or a body named for the whole
    country ("Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam", "... Trung ương"),
    as kg/posts.py reads it (:func:`kg.extract.titles.is_national_body`)."""
    return role.national or (role.organization is not None and is_national_body(expand(role.organization)))


def _person_scope(person: Person, report_province: str | None) -> tuple[str, str | None]:
    """("national", None) for a holder of a national post, whatever the report's province,
    else ("provincial", the province of the person's own body or else of the report), else
    ("report", None)."""
    if any(_national_role(r) for r in person.roles):
        return "national", None
    home = _home_province(person) or report_province
    if home:
        return "provincial", home
    return "report", None


def document_key(number: str, year: int | None) -> str:
    """IRI segment of a document: administrative and Party numbers restart every year,
    so a number without a year in it takes the year as part of its identity."""
    year_in_number = bool(re.search(r"/(?:19|20)\d{2}/|:(?:19|20)\d{2}|-\d{4}$", number))
    return slug(number) + (f"-{year}" if year and not year_in_number else "")


def _issuer_org(c: Citation, province_key: str | None) -> tuple[str | None, str | None]:
    data = lexicon.load("documents")["issuer"]
    code = c.issuer_code or ""
    cat = lexicon.catalogue().get(c.number)
    if cat and c.scope == "national":
        return f"{BASE}org/national/{slug(cat.issuer_name)}", cat.issuer_name
    name = None
    for i in data:
        if i["code"].upper() == code.upper():
            name = i["name"]
            break
    if name is None:
        return None, None
    if c.scope == "national":
        return f"{BASE}org/national/{slug(name)}", name
    if province_key:
        iri, full = _org_identity(name, province_key, national=False)
        return iri, full
    return None, None


def _document(c: Citation, province_key: str | None, report_slug: str) -> ResolvedDocument:
    number = c.number
    year = c.year
    cat = lexicon.catalogue().get(number)
    if cat and c.scope == "national":
        if year is None or year == cat.date.year:
            year = cat.date.year
    key = document_key(number, year)
    if c.scope == "national":
        iri = f"{BASE}doc/{key}"
        prov = None
    else:
        prov = c.issuer_province or province_key
        iri = f"{BASE}doc/{prov}/{key}" if prov else f"{BASE}doc/unknown/{report_slug}/{key}"
    issuer_iri, issuer_name = _issuer_org(c, prov)
    return ResolvedDocument(
        iri=iri, number=number, doc_type=c.doc_type, scope=c.scope, year=year,
        date=c.date or (cat.date.isoformat() if cat and c.scope == "national" else None),
        issuer_iri=issuer_iri, issuer_name=issuer_name, issuer_province=prov,
    )


def resolve(ex: Extraction) -> Resolved:
    rep_slug = slug(ex.report.source_file)
    rep_iri = report_iri(ex.report.source_file)
    when = _when(ex)
    province = lexicon.province_as_of(ex.province.key, when) if ex.province.key else None
    pkey = province.key if province else None
    orgs: dict[str, tuple[str, str | None]] = {}
    people: list[ResolvedPerson] = []
    for person in ex.people:
        scope, person_prov = _person_scope(person, ex.province.key)
        if person_prov:
            person_prov = lexicon.province_as_of(person_prov, when).key
        name_slug = slug(person.name)
        if scope == "national":
            iri = f"{BASE}person/national/{name_slug}"
        elif scope == "provincial":
            iri = f"{BASE}person/{person_prov}/{name_slug}"
        else:
            iri = f"{BASE}person/report/{rep_slug}/{name_slug}"
        rp = ResolvedPerson(iri=iri, person=person, scope=scope)
        # A body the title names without its province is of the person's own province
        # ("Lò Văn Thạch, Tỉnh ủy viên, Giám đốc Sở KH&CN tỉnh Sơn La": Sơn La's Tỉnh ủy),
        # else of the report's.
        home = _home_province(person) or ex.province.key
        for n, role in enumerate(person.roles, 1):
            org_iri = org_name = None
            org_prov = None
            if role.organization:
                national = role.national and not re.search(r"\b(?:tỉnh|thành phố|huyện)\b", role.organization,
                                                            re.IGNORECASE)
                org_prov = None if national else (role.org_province or home)
                if org_prov:
                    org_prov = lexicon.province_as_of(org_prov, when).key
                org_iri, org_name = _org_identity(expand(role.organization), org_prov, national)
                if org_iri:
                    orgs[org_iri] = (org_name, org_prov)
                else:
                    org_iri = org_name = None
            rp.roles.append(ResolvedRole(iri=f"{BASE}role/{rep_slug}/{name_slug}/{n}", role=role, org_iri=org_iri,
                                         org_name=org_name, org_province=org_prov))
        people.append(rp)
    docs: dict[str, ResolvedDocument] = {}
    for c in ex.citations:
        if c.issuer_province:  # "của UBND tỉnh Hà Giang": that province, as named when the report was written
            c = dataclasses.replace(c, issuer_province=lexicon.province_as_of(c.issuer_province, when).key)
        d = _document(c, pkey, rep_slug)
        if d.iri not in docs:
            docs[d.iri] = d
        docs[d.iri].citations.append(c)
        docs[d.iri].own = docs[d.iri].own or c.own
        if d.issuer_iri and d.issuer_name:
            orgs.setdefault(d.issuer_iri, (d.issuer_name, d.issuer_province))
    return Resolved(
        extraction=ex, report_iri=rep_iri, meeting_iri=f"{BASE}meeting/{rep_slug}", province=province,
        people=people, documents=list(docs.values()), organizations=orgs,
    )
