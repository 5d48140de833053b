"""Roles: which titles of the text belong to which mention of a name.

A title is parsed with the grammar of :mod:`kg.extract.titles`.  It belongs to a name
when it stands right after it ("X, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh", "X - Giám
đốc Sở", "X (Giám đốc Sở Y tế)"), right before it ("Phó Chủ tịch UBND tỉnh X"), after
an appointment ("X giữ chức vụ Giám đốc Sở", "được bổ nhiệm"), or heads a list of bare
names after a plural honorific ("các đồng chí Phó Chủ tịch UBND tỉnh: A, B và C").
"""

from __future__ import annotations

import re
from functools import cache

from .. import lexicon
from ..models import Person, Report, RoleMention, Span
from ..normalize import fold
from .names import Mention
from .province import scan
from .text import alternation
from .titles import DASH_GAP, Title, expand, parse_title, title_before, title_parts


@cache
def _appointment() -> re.Pattern[str]:
    """The words that give a post: "giữ chức vụ", "được bổ nhiệm", "làm"."""
    phrases = lexicon.load("cues")["appointment"]["phrases"]
    return re.compile(rf"(?<![\w])(?:{alternation(phrases)})(?![\w])", re.IGNORECASE)

@cache
def _plural_before() -> re.Pattern[str]:
    """A plural honorific ending where a title starts: "các đồng chí | Phó Chủ tịch ..."."""
    words = lexicon.load("people")["plural_honorifics"]["words"]
    return re.compile(r"(?<![\w/])(?:" + alternation(words) + r")\s+$", re.IGNORECASE)


# Between the names of a list: "A, B và C", "A; B".
_LIST_GAP = re.compile(r"\s*(?:[,;]\s*(?:và\s+)?|và\s+)", re.IGNORECASE)
_COLON_GAP = re.compile(r"\s*:\s*$")


def shared_title(view: str, ordered: list[Mention], i: int, stops: set[int]) -> Title | None:
    """The title a list of bare names shares after a plural: "các đồng chí Phó Chủ tịch
    UBND tỉnh: A, B và C" or "các đồng chí Phó Chủ tịch UBND tỉnh A và B": A, B and C
    each hold it.  ``ordered[i]`` has no title of its own; walk back over the names
    before it that have none after them either, to the list's first name."""
    j = i
    while j > 0:
        prev, cur = ordered[j - 1], ordered[j]
        if not _LIST_GAP.fullmatch(view, prev.found.end, cur.found.start):
            break
        if any(t.start >= prev.found.end for t in prev.titles):
            return None  # "A, Giám đốc Sở, B": the names have titles of their own, no shared one
        j -= 1
    first = ordered[j].found
    title = next((t for t in ordered[j].titles if t.end <= first.start), None) if j < i else None
    if title is None:
        colon = _COLON_GAP.search(view, max(0, first.start - 6), first.start)
        if colon is None:
            return None
        title = title_before(view, colon.start(), stops)
    if title is None or not _plural_before().search(view, max(0, title.start - 24), title.start):
        return None
    return title


_RIGHT_SEP = re.compile(r"\s*(?:\([^)]{0,40}\)\s*)?(?:[,:]|[-–—])?\s*")
# A title in brackets right after the name: "ông Võ Thành Nam (Giám đốc Sở Y tế)".
_PAREN_TITLE = re.compile(r"\s*\(\s*")
_NEXT_TITLE = re.compile(r"\s*(?:,|kiêm)\s*", re.IGNORECASE)
_TENSE = re.compile(r"\s*(?:đã\s+|sẽ\s+)?")
_SPACES = re.compile(r"\s*")


def right_titles(view: str, pos: int, stops: set[int]) -> list[Title]:
    """Titles listed right after a name: ", Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh", " - Giám đốc Sở"."""
    out = []
    paren = _PAREN_TITLE.match(view, pos, pos + 4)
    if paren and parse_title(view, paren.end(), stops):
        cur = paren.end()  # "ông X (Giám đốc Sở Y tế)", "bà Y (Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh)"
    else:
        m = _RIGHT_SEP.match(view, pos, pos + 50)
        cur = m.end() if m else pos
    while True:
        t = parse_title(view, cur, stops)
        if t is None:
            break
        gap = DASH_GAP.match(view, t.end, t.end + 4)
        if gap is not None and gap.end() in stops:
            break  # "A, Phó Thủ tướng Chính phủ B": the title is B's, standing before B's name
        out.append(t)
        nxt = _NEXT_TITLE.match(view, t.end, t.end + 10)
        if not nxt:
            break
        cur = nxt.end()
        if cur in stops:
            break
    return out


def appointed_titles(view: str, pos: int, stops: set[int]) -> list[Title]:
    """'X giữ chức vụ Giám đốc Sở', 'X làm Trưởng ban', 'được bổ nhiệm Giám đốc Sở'."""
    m = _TENSE.match(view, pos, pos + 10)
    cur = m.end() if m else pos
    a = _appointment().match(view, cur)
    if not a:
        return []
    rest = _SPACES.match(view, a.end(), a.end() + 5)
    t = parse_title(view, rest.end() if rest else a.end(), stops)
    return [t] if t else []


def attach_roles(report: Report, mentions: list[Mention], people: dict[str, Person]) -> None:
    view = report.view
    text = report.text
    for mt in mentions:
        if not mt.person or mt.found.reference:
            continue
        p = people[mt.person]
        for t in mt.titles:
            full, org, scope = title_parts(view, t)
            org_province = None
            if org:
                places = [hit for hit in scan(view, t.start, t.end) if hit[3] >= 1.0]
                org_province = places[0][2] if places else None
            p.roles.append(RoleMention(
                title=full, span=Span.of(text, t.start, t.end), organization=org, org_province=org_province,
                national=t.head.national or scope == "national", former=t.former,
            ))
    for p in people.values():
        p.roles = _dedupe_roles(p.roles)


def _dedupe_roles(roles: list[RoleMention]) -> list[RoleMention]:
    """One role per title; a title that is the beginning of a longer one of the same
    person is the same role stated more briefly ("Viện trưởng" / "Viện trưởng Viện Ứng dụng Công nghệ")."""
    def k(r: RoleMention) -> str:
        return fold(expand(r.title)).casefold()

    keys = [k(r) for r in roles]
    out = []
    seen = set()
    for r, key in zip(roles, keys, strict=True):
        if key in seen:
            continue
        if any(other != key and other.startswith(key + " ") for other in keys):
            continue
        seen.add(key)
        out.append(r)
    return out


def assign_titles(view: str, mentions: list[Mention], stops: set[int]) -> None:
    """Give each mention the titles beside it (``stops``: where names start, which no
    title runs over): before it, after it, after an appointment word; a mention with none
    takes the title a list of bare names shares."""
    for mt in mentions:
        f = mt.found
        left = title_before(view, f.start, stops - {f.start})
        if left:
            mt.titles.append(left)
        rights = right_titles(view, f.end, stops - {f.start})
        mt.titles.extend(rights)
        tail = rights[-1].end if rights else f.end
        mt.titles.extend(appointed_titles(view, tail, stops - {f.start}))
    ordered = sorted(mentions, key=lambda m: m.found.start)
    for i, mt in enumerate(ordered):
        if not mt.titles:
            shared = shared_title(view, ordered, i, stops - {mt.found.start})
            if shared:
                mt.titles.append(shared)
