"""Posts: one office in one body, the same node however a report writes it.

A role assignment (``vgk:RoleAssignment``, one per statement of a report) names a post:
the POSITION words of its title and the BODY it belongs to.  ``post_of`` reads them with
the title grammar (:func:`kg.extract.titles.parse_title`) from the role's full title,
abbreviations already expanded, and mints the post:

    "Giám đốc Sở KH&CN", "GĐ Sở Khoa học - Công nghệ tỉnh Trà Vinh", "Giám đốc Sở Khoa học
    và Công nghệ" (in a report about Trà Vinh)
        -> res:post/tra-vinh/so-khoa-hoc-va-cong-nghe/giam-doc
           vgk:position "Giám đốc"; vgk:organization res:org/tra-vinh/so-khoa-hoc-va-cong-nghe;
           vgk:province res:province/tra-vinh;
           rdfs:label "Giám đốc Sở Khoa học và Công nghệ tỉnh Trà Vinh"

The body is the role's organisation as kg/resolve.py names it (province name taken out,
joints such as " - " and "&" read as "và"), so the IRI depends on the post alone, never
on the writing or on other reports.  What belongs to the position rather than the body
(the standing deputy's "Thường trực", a member's committee "Ban Thường vụ") and which
posts several people hold at once is data: kg/lexicon/posts.toml.

A title with no body is a post only where its head names its body ("Tỉnh ủy viên",
"Đại biểu Quốc hội": in the person's province; "Ủy viên Trung ương Đảng": national);
"Phó Chủ tịch" alone is no post, since which body is not known; neither is a post whose
province is not known (a report of no province, a title naming none).

Each report's graph states its posts (``?ra vgk:post ?post`` and the post's
description), like the organisations it names.  Who held a post when is derived from
all reports together: kg/occupancies.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from pyoxigraph import Literal, NamedNode, Quad

from . import lexicon
from .extract.titles import is_national_body as _is_national  # one notion of a national body, the roles' too
from .extract.titles import parse_title
from .normalize import fold, slug, squash
from .resolve import BASE, Resolved, ResolvedPerson, ResolvedRole, org_identity, province_iri
from .vocab import LABEL, A, schema, vgk


@dataclass(frozen=True)
class Post:
    iri: str
    position: str  # the position words, normalised: "Phó Chủ tịch Thường trực"
    label: str  # the full title: "Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh Trà Vinh"
    org_iri: str | None
    org_name: str | None
    province: str | None  # province key of a provincial post
    single: bool  # held by one person at a time (a head, or the standing deputy)


@cache
def _data() -> dict:
    return lexicon.load("posts")


@cache
def _qualifiers() -> list[tuple[re.Pattern[str], str]]:
    q = _data()["qualifier"]
    spelled = {fold(w): fold(w) for w in q["words"]}
    spelled.update({fold(k): fold(v) for k, v in q["abbreviations"].items()})
    longest = sorted(spelled.items(), key=lambda kv: -len(kv[0]))
    return [(re.compile(rf"{re.escape(k)}(?!\w)\s*"), v) for k, v in longest]


@cache
def _committees() -> tuple[frozenset[str], list[str]]:
    c = _data()["committee"]
    return frozenset(fold(h).lower() for h in c["member_heads"]), sorted((fold(w) for w in c["words"]), key=len,
                                                                          reverse=True)


@cache
def _party_committees() -> list[tuple[str, str, str]]:
    """(unit, committee, member) of each level: ("tỉnh", "Tỉnh ủy", "Tỉnh ủy viên")."""
    return [(fold(p["unit"]), fold(p["committee"]), fold(p["member"])) for p in _data()["party_committee"]]


@cache
def _same_posts() -> dict[tuple[str, str], tuple[str, bool]]:
    return {(fold(e["position"]).lower(), fold(e["body"]).lower()): (fold(e["is"]), bool(e.get("national")))
            for e in _data()["same_post"]}


@cache
def _terms() -> re.Pattern[str]:
    return re.compile(_data()["terms"]["pattern"], re.IGNORECASE)


@cache
def _generic_bodies() -> frozenset[str]:
    return frozenset(slug(w) for w in _data()["generic_bodies"]["words"])


@cache
def _self_named() -> re.Pattern[str]:
    words = sorted((fold(w) for w in _data()["self_named"]["words"]), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.IGNORECASE)


def _starts(text: str, prefix: str) -> bool:
    """``text`` begins with the words of ``prefix`` (any case)."""
    return text.lower().startswith(prefix.lower()) and (len(text) == len(prefix) or not text[len(prefix)].isalnum())


@lru_cache(maxsize=8192)  # titles repeat from report to report
def position_and_body(title: str) -> tuple[str, str | None, bool] | None:
    """The position words and the body of a role's full title (abbreviations expanded, as
    ``vgk:roleTitle`` has it), and whether the position is a national one with no body;
    None where the title grammar reads no position there.

    "nguyên Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh" -> ("Phó Chủ tịch Thường trực",
    "Ủy ban nhân dân tỉnh", False); "Ủy viên Ban Thường vụ Tỉnh ủy" -> ("Ủy viên Ban
    Thường vụ", "Tỉnh ủy", False); "Tỉnh ủy viên" -> ("Tỉnh ủy viên", "Tỉnh ủy", False);
    "Bộ trưởng" -> ("Bộ trưởng", None, True)."""
    text = fold(squash(title))
    t = parse_title(text, 0)
    if t is None:
        return None
    head = t.head
    position = head.text
    rest = squash(text[t.head_end:])
    if head.body:
        if fold(position).lower().endswith(fold(head.body).lower()):  # "Trưởng Đoàn đại biểu Quốc hội"
            position = squash(position[: -len(head.body)] + " " + head.body.split()[0].lower())
        rest = squash(f"{head.body} {rest}")
    for pattern, spelled in _qualifiers():  # "Phó Chủ tịch TT UBND tỉnh": the standing deputy
        m = pattern.match(rest)
        if m and not position.endswith(spelled):
            position, rest = f"{position} {spelled}", rest[m.end():]
            break
    members, committees = _committees()
    if position.lower() in members:  # "Ủy viên Ban Thường vụ | Tỉnh ủy"
        for c in committees:
            if _starts(rest, c) and len(rest) > len(c):
                position, rest = f"{position} {c}", squash(rest[len(c):])
                break
    for unit, committee, member in _party_committees():
        # "Ủy viên Ban Chấp hành Đảng bộ tỉnh", "Ủy viên Tỉnh ủy", "Tỉnh ủy viên": one post.
        if position.lower() == member.lower():
            rest = squash(f"{committee} {rest}")
            break
        if position.lower().endswith("ban chấp hành") and _starts(rest, f"Đảng bộ {unit}"):
            position, rest = member, squash(f"{committee} {rest[len(f'Đảng bộ {unit}'):]}")
            break
        if position.lower() in members and _starts(rest, committee):
            position = member
            break
    same = _same_posts().get((position.lower(), rest.lower()))
    if same:
        return same[0], None, same[1]
    return position, rest or None, head.national and not rest


@cache
def _several() -> tuple[frozenset[str], re.Pattern[str], frozenset[str]]:
    s = _data()["several_holders"]
    words = sorted((fold(w) for w in s["words"]), key=len, reverse=True)
    return (frozenset(fold(w).lower() for w in s["first_words"]),
            re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)"),
            frozenset(fold(w).lower() for w in s["but_one"]))


def single_holder(position: str) -> bool:
    """A post one person holds at a time: a head ("Giám đốc", "Bí thư", "Trưởng ban"), or
    the standing deputy ("Phó Chủ tịch Thường trực"); not a deputy, a member or a delegate."""
    first_words, members, but_one = _several()
    p = fold(position)
    if p.lower() in but_one:
        return True
    qualified = any(p.endswith(spelled) for _, spelled in _qualifiers())
    if p.split()[0].lower() in first_words and not qualified:
        return False
    return not members.search(p)


def _person_province(person: ResolvedPerson) -> str | None:
    """The province key of a provincial person ("res:person/tra-vinh/..."), "national", or None."""
    if person.scope == "national":
        return "national"
    if person.scope == "provincial":
        return person.iri[len(f"{BASE}person/"):].split("/", 1)[0]
    return None


def _label(position: str, org_name: str | None, province: str | None) -> str:
    if org_name is None:
        if province is None:
            return position
        p = lexicon.provinces()[province]
        return f"{position} {'thành phố' if p.unit == 'thành phố' else 'tỉnh'} {p.name}"
    if position.lower().endswith(" ủy viên") or position.lower().endswith(" uỷ viên"):
        committee = position[: -len(" viên")]
        if _starts(org_name, committee):  # "Tỉnh ủy viên" of "Tỉnh ủy Trà Vinh": "Tỉnh ủy viên Trà Vinh"
            return squash(position + org_name[len(committee):])
    last, first = position.split()[-1], org_name.split()[0]
    if last.lower() == first.lower():  # "Trưởng ban" of "Ban Tuyên giáo ...": "Trưởng Ban Tuyên giáo ..."
        return squash(" ".join(position.split()[:-1]) + " " + org_name)
    return f"{position} {org_name}"


def post_of(role: ResolvedRole, person: ResolvedPerson) -> Post | None:
    """The post a role names, or None (see the module's docstring)."""
    parsed = position_and_body(role.role.title)
    if parsed is None:
        return None
    position, body, national_post = parsed
    org_iri = org_name = None
    if body is not None:
        body = squash(_terms().sub("", body))  # "Hội đồng nhân dân tỉnh nhiệm kỳ 2021-2026"
        national = (role.org_iri is not None and role.org_iri.startswith(f"{BASE}org/national/")) or _is_national(body)
        if role.org_iri is None and not national:
            return None  # a body of no known province
        org_iri, org_name = org_identity(body, None if national else role.org_province, national)
        if not org_iri or org_iri.rsplit("/", 1)[-1] in _generic_bodies():
            return None  # "Giám đốc Sở": which Sở is not known
        scope = "national" if national else role.org_province
        province = None if national else role.org_province
    else:
        if not _self_named().search(position):
            return None  # "Phó Chủ tịch" alone: which body is not known
        scope = "national" if national_post or role.role.national else _person_province(person)
        if scope is None:
            return None
        province = None if scope == "national" else scope
    if org_iri:
        path = org_iri[len(f"{BASE}org/"):]
        iri = f"{BASE}post/{path}/{slug(position)}"
    else:
        iri = f"{BASE}post/{scope}/{slug(position)}"
    return Post(iri=iri, position=position, label=_label(position, org_name, province), org_iri=org_iri,
                org_name=org_name, province=province, single=single_holder(position))


def post_quads(res: Resolved, graph: NamedNode) -> list[Quad]:
    """The posts of one report's roles, for its graph: each role's ``vgk:post``, each post's
    description, and the post's body where the report names it otherwise (a committee's
    member: the Tỉnh ủy, not its Ban Thường vụ)."""
    out: list[Quad] = []
    described: set[str] = set()
    for rp in res.people:
        for rr in rp.roles:
            post = post_of(rr, rp)
            if post is None:
                continue
            p = NamedNode(post.iri)
            out.append(Quad(NamedNode(rr.iri), vgk("post"), p, graph))
            if post.iri in described:
                continue  # described once, as its first role writes it ("Sở Khoa học và công nghệ" later)
            described.add(post.iri)
            out.append(Quad(p, A, vgk("Post"), graph))
            if post.single:
                out.append(Quad(p, A, vgk("SingleHolderPost"), graph))
            out.append(Quad(p, LABEL, Literal(post.label), graph))
            out.append(Quad(p, vgk("position"), Literal(post.position), graph))
            if post.org_iri and post.org_name:
                o = NamedNode(post.org_iri)
                out.append(Quad(p, vgk("organization"), o, graph))
                if post.org_iri not in res.organizations and post.org_iri not in described:
                    described.add(post.org_iri)
                    out.append(Quad(o, A, vgk("Organization"), graph))
                    out.append(Quad(o, schema("name"), Literal(post.org_name), graph))
                    if post.province:
                        out.append(Quad(o, vgk("province"), NamedNode(province_iri(post.province)), graph))
            if post.province:
                out.append(Quad(p, vgk("province"), NamedNode(province_iri(post.province)), graph))
    return out
