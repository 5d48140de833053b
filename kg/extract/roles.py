"""Roles: which titles of the text belong to which mention of a name.

A title is parsed with the grammar of :mod:`kg.extract.titles`.  It belongs to a name
when it stands right after it ("X, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh", "X - Giám
đốc Sở", "X (Giám đốc Sở Y tế)"), right before it, alone or in a run ("Phó Bí thư Tỉnh
ủy, Chủ tịch UBND tỉnh X"), after an appointment ("X giữ chức vụ Giám đốc Sở", "được
bầu làm", "tái đắc cử"; after a list, every name of it; further on in the sentence, after
another predicate: "X đến nhận công tác tại Sở Y tế để bổ nhiệm giữ chức vụ Giám đốc
Sở"), or heads a list after a plural ("các đồng chí Phó Chủ tịch UBND tỉnh: A, B và C",
"các Ủy viên Ban Thường vụ Tỉnh ủy: A, ...; B, ...", "03 Phó Giám đốc gồm ông A, bà B và
ông C"; items parted by dashes: "A- Giám đốc Sở Tài chính- B- C").
"""

from __future__ import annotations

import re
from functools import cache

from .. import lexicon
from ..models import Person, Report, RoleMention, Span
from ..normalize import fold
from .names import Mention
from .province import scan
from .text import UPPER, alternation
from .titles import (
    DASH_GAP,
    TITLE_SEP,
    Title,
    expand,
    follows_unparted,
    parse_title,
    shared_bodies,
    title_ending_at,
    title_parts,
    titles_before,
)


@cache
def list_gap() -> re.Pattern[str]:
    """What parts the names of a list: "A, B và C", "A; B", "A, Giám đốc Sở; ông B"."""
    hon = alternation(lexicon.load("people")["honorifics"]["words"])
    # (an aside in brackets after a name: "bà A (sinh năm 1974) và ông B")
    # (and a dash, a list's items parted by it: "A- Giám đốc Sở Tài chính- B- C")
    return re.compile(rf"(?:\s*\([^()]{{0,40}}\))?\s*(?:[,;]\s*(?:và\s+)?|và\s+|[-–—]\s*)(?:(?:{hon})\s*:?\s+)?",
                      re.IGNORECASE)


@cache
def _plural_before() -> re.Pattern[str]:
    """A plural ending where a title starts: "các đồng chí | Phó Chủ tịch ...", "các |
    Ủy viên Ban Thường vụ", "03 | Phó Giám đốc", "hai | Phó Chủ tịch"."""
    words = [*lexicon.load("people")["plural_honorifics"]["words"], *lexicon.load("titles")["plural"]["words"]]
    # (a number of people, not a date's: "03 Phó Giám đốc", not "Sáng 15/3 Phó Chủ tịch")
    return re.compile(r"(?<![\w/])(?:" + alternation(words) + r"|(?<![\d/.:-])\d{1,2})\s+$", re.IGNORECASE)


@cache
def _heading_gap() -> re.Pattern[str]:
    """Between a plural title and the list it heads: ":", "gồm", "là", and an honorific."""
    hon = alternation(lexicon.load("people")["honorifics"]["words"])
    lead = alternation(lexicon.load("titles")["plural"]["lead"])
    return re.compile(rf"\s*(?:(?:{lead})\s*:?|:)\s*(?:(?:{hon})\s*:?\s+)?$", re.IGNORECASE)


def _own_end(mt: Mention) -> int:
    """Where a mention and the titles after it end."""
    return max([mt.found.end, *(t.end for t in mt.titles if t.start >= mt.found.end)])


def _linked(view: str, prev: Mention, cur: Mention) -> bool:
    """``cur`` is the next item of the list ``prev`` is in: "A, Giám đốc Sở; B", "A và ông B"."""
    return bool(list_gap().fullmatch(view, _own_end(prev), cur.found.start))


def heading_title(view: str, mt: Mention, stops: set[int]) -> Title | None:
    """A plural title that heads the list ``mt`` opens, shared by every name in it:
    "các đồng chí Phó Chủ tịch UBND tỉnh: A, B", "các Ủy viên Ban Thường vụ Tỉnh ủy: A,
    Phó Chủ tịch UBND tỉnh; B, ...", "03 Phó Giám đốc gồm ông A, bà B và ông C",
    "hai Phó Chủ tịch UBND tỉnh A và B"."""
    f = mt.found
    title = next((t for t in mt.titles if t.end <= f.start), None)
    if title is None or view[title.end:f.start].strip(" -–"):
        gap = _heading_gap().search(view, max(0, f.start - 30), f.start)
        if gap is None:
            return None
        title = title_ending_at(view, gap.start(), stops)
    if title is None or not _plural_before().search(view, max(0, title.start - 24), title.start):
        return None
    return title


_DASH = re.compile(r"[-–—]")
_RIGHT_SEP = re.compile(r"\s*(?:\([^)]{0,40}\)\s*)?(?:[,:]|[-–—])?\s*")
# A title in brackets right after the name: "ông Võ Thành Nam (Giám đốc Sở Y tế)".
_PAREN_TITLE = re.compile(r"\s*\(\s*")
_SPACES = re.compile(r"\s*")
# An abbreviation the grammar does not know, before the titles it does: "A, UBVBTV Tỉnh
# ủy, Phó Chủ tịch UBND tỉnh" (a slip of the pen) is passed over, not the end of the list.
_UNKNOWN = re.compile(rf"[{UPPER}]{{3,}}(?![\w])(?:[ \t]+[^\W\d_]+){{0,3}}[ \t]*,[ \t]*")


def right_titles(view: str, pos: int, stops: set[int]) -> list[Title]:
    """Titles listed right after a name: ", Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh", " - Giám
    đốc Sở", ", Ủy viên Bộ Chính trị – Thường trực Ban Bí thư"."""
    out: list[Title] = []
    dashed = False  # the last separator was a dash: "Ủy viên Bộ Chính trị – Thường trực Ban Bí thư"
    paren = _PAREN_TITLE.match(view, pos, pos + 4)
    name_dash = False  # a dash between the name and its first title: "A- Giám đốc Sở"
    if paren and parse_title(view, paren.end(), stops):
        cur = paren.end()  # "ông X (Giám đốc Sở Y tế)", "bà Y (Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh)"
    else:
        m = _RIGHT_SEP.match(view, pos, pos + 50)
        cur = m.end() if m else pos
        name_dash = _DASH.search(view, pos, cur) is not None
    while True:
        t = parse_title(view, cur, stops)
        if t is None:
            u = _UNKNOWN.match(view, cur)
            if u is None or u.end() in stops or not parse_title(view, u.end(), stops):
                break
            cur = u.end()
            continue
        gap = DASH_GAP.match(view, t.end, t.end + 20)
        if gap is not None and gap.end() in stops and not (name_dash and _DASH.search(view, t.end, gap.end())):
            # "A, Phó Thủ tướng Chính phủ B": the title is B's, standing before B's name; but
            # dashes between each name and its title part the items of a list of them: "A-
            # Giám đốc Sở Tài chính- B- Giám đốc Sở Y tế" (the title is A's).
            break
        if out and dashed and (not view[t.start].isupper() or (t.head_end == t.end and not t.head.national)):
            break  # "A – Phó Giám đốc Sở – Ủy viên", "– chủ tịch Hội đồng": a function at this meeting
        out.append(t)
        nxt = TITLE_SEP.match(view, t.end, t.end + 10)
        if not nxt or nxt.end() == t.end:
            # A second title right after the body of the first: "A, Phó Chủ tịch UBND tỉnh
            # Trưởng Ban Chỉ đạo chuyển đổi số tỉnh".
            after = _SPACES.match(view, t.end).end()
            second = parse_title(view, after, stops) if after not in stops and after > t.end else None
            if second is not None and follows_unparted(view, t, second):
                cur, dashed = after, False
                continue
            break
        dashed = "," not in nxt.group(0) and "kiêm" not in nxt.group(0).lower()
        cur = nxt.end()
        if cur in stops:
            break
    return shared_bodies(view, out)


@cache
def _tense() -> re.Pattern[str]:
    """What stands between a subject and its predicate: a comma, an aspect ("đã", "tiếp tục")."""
    return re.compile(rf"\s*,?\s*(?:(?:{alternation(lexicon.load('titles')['appointment']['aspect'])})\s+)*",
                      re.IGNORECASE)


@cache
def _appointment() -> re.Pattern[str]:
    """The words that give a post: "giữ chức vụ", "được bổ nhiệm", "tái đắc cử", "làm"
    (cues.toml [appointment] and titles.toml [appointment]), "được" with who elects or
    appoints before the verb ("được Đại hội tín nhiệm bầu giữ"), and "chức (vụ, danh)"
    after them."""
    a = lexicon.load("titles")["appointment"]
    phrases = [*lexicon.load("cues")["appointment"]["phrases"], *a["phrases"]]
    agent = (rf"được\s+(?:[^\s,.;:()“”\"]+\s+){{1,6}}?(?:{alternation(a['agent_verbs'])})"
             rf"(?:\s+(?:{alternation(a['after_verbs'])}))*")
    return re.compile(rf"(?<![\w])(?:{alternation(phrases)}|{agent})(?:\s+(?:{alternation(a['post_words'])}))?(?![\w])",
                      re.IGNORECASE)


def appointed_titles(view: str, pos: int, stops: set[int]) -> list[Title]:
    """'X giữ chức vụ Giám đốc Sở', 'X làm Trưởng ban', 'X tái đắc cử chức Bí thư Huyện ủy',
    'X tiếp tục được Đại hội tín nhiệm bầu giữ chức Chủ tịch Hội ...'."""
    m = _tense().match(view, pos, pos + 24)
    cur = m.end() if m else pos
    a = _appointment().match(view, cur)
    if not a:
        return []
    rest = _SPACES.match(view, a.end(), a.end() + 5)
    t = parse_title(view, rest.end() if rest else a.end(), stops)
    return [t] if t else []


@cache
def _later_appointment() -> re.Pattern[str]:
    """An appointment further on in the subject's sentence, after its other predicate and
    a word joining the next one ([appointment] later): "X đến nhận công tác tại Sở Y tế
    để bổ nhiệm giữ chức vụ Giám đốc Sở Y tế", "X được điều động về Sở Tài chính và được
    bổ nhiệm giữ chức Phó Giám đốc", "... và giữ chức ...".  The subject receives the post
    ("được" before the verb) or holds it ("giữ", "làm" after it, or alone): not "... để bổ
    nhiệm Giám đốc Sở", someone's task."""
    a = lexicon.load("titles")["appointment"]
    verbs, holding = alternation(a["agent_verbs"]), alternation(a["holding"])
    return re.compile(
        rf"(?<![\w])(?:{alternation(a['later'])})\s+(?:(?:sẽ\s+)?được\s+(?:[^\s,.;:()“”\"]+\s+){{0,6}}?(?:{verbs})"
        rf"(?:\s+(?:{holding}))?|(?:(?:{verbs})\s+)?(?:{holding}))(?:\s+(?:{alternation(a['post_words'])}))?(?![\w])",
        re.IGNORECASE)


# Where the sentence of a subject ends: its appointment is looked for no further.
_SENTENCE_END = re.compile(rf"[;:()\n“”\"]|(?<![{UPPER}])\.(?!\d)")
# How far an appointment may stand from its subject.
_LATER_REACH = 240
# A post given to someone named after it is theirs: "... và bổ nhiệm chức vụ Phó Giám đốc Sở cho bà B".
_FOR = re.compile(r"\s*,?\s*(?:cho|đối với)\s", re.IGNORECASE)


def later_appointed(view: str, pos: int, stops: set[int]) -> list[Title]:
    """The post an appointment later in the sentence gives the subject that ends at ``pos``
    (:func:`_later_appointment`), where no other name stands between."""
    end = min(len(view), pos + _LATER_REACH)
    e = _SENTENCE_END.search(view, pos, end)
    end = e.start() if e else end
    nxt = min((s for s in stops if pos < s < end), default=end)
    m = _later_appointment().search(view, pos, nxt)
    if m is None:
        return []
    after = _SPACES.match(view, m.end()).end()
    t = parse_title(view, after, stops)
    if t is None or _FOR.match(view, t.end):
        return []
    return [t]


def attach_roles(report: Report, mentions: list[Mention], people: dict[str, Person]) -> None:
    view = report.view
    text = report.text
    stops = {mt.found.start for mt in mentions}
    for mt in mentions:
        if not mt.person:
            continue
        titles = mt.titles
        if mt.found.reference:
            # A given name alone takes the post an appointment gives it: "bà Mơ giữ chức
            # Trưởng phòng Nội vụ" (no title beside it is read: "ông Thạch, Giám đốc ..."
            # may be a list's next name).
            titles = appointed_titles(view, mt.found.end, stops - {mt.found.start})
        p = people[mt.person]
        for t in titles:
            full, org, scope = title_parts(view, t)
            org_province = None
            if org:
                org_province = _place_of(view, t)
            p.roles.append(RoleMention(
                title=full, span=Span.of(text, t.start, t.end), organization=org, org_province=org_province,
                national=t.head.national or scope == "national", former=t.former,
            ))
    for p in people.values():
        p.roles = _dedupe_roles(p.roles)


def _place_of(view: str, t: Title) -> str | None:
    """The province a title's body names ("Sở Y tế tỉnh Sơn La", "UBND TP. Cần Thơ").  (Not
    a district's: the gazetteer lists some districts of each province, and a district
    name such as "Châu Thành" is in many provinces.)"""
    places = [h for h in scan(view, t.start, t.end) if h[3] >= 1.0]
    return places[0][2] if places else None


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
    title runs over): the run before it, the run after it, a post after an appointment
    word, a plural title heading the list it is in."""
    ordered = sorted(mentions, key=lambda m: m.found.start)
    lefts: list[list[Title]] = []
    rights: list[list[Title]] = []
    for mt in ordered:
        f = mt.found
        lefts.append(titles_before(view, f.start, stops - {f.start}))
        rights.append(right_titles(view, f.end, stops - {f.start}))
    # A run of titles between two names is the second one's where the first has its own
    # before it ("Bộ trưởng X, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Y": the list gives
    # each name its titles before it); else the first keeps what follows it and the
    # second takes the one title standing right before it ("A, Giám đốc Sở, Phó Chủ tịch
    # UBND tỉnh B").
    for i in range(1, len(ordered)):
        prev_right = {(t.start, t.end) for t in rights[i - 1]}
        if not prev_right or not lefts[i]:
            continue
        if lefts[i - 1]:
            rights[i - 1] = [t for t in rights[i - 1] if (t.start, t.end) not in {(x.start, x.end) for x in lefts[i]}]
        else:
            lefts[i] = [t for t in lefts[i] if (t.start, t.end) not in prev_right]
    appointed: list[list[Title]] = []
    for mt, left, right in zip(ordered, lefts, rights, strict=True):
        mt.titles.extend(left)
        mt.titles.extend(right)
        tail = right[-1].end if right else mt.found.end
        appointed.append(appointed_titles(view, tail, stops - {mt.found.start})
                         or later_appointed(view, tail, stops - {mt.found.start}))
    # linked[i]: ordered[i] is the next item of the list ordered[i - 1] is in.
    linked = [False] + [_linked(view, ordered[i - 1], ordered[i]) for i in range(1, len(ordered))]
    # A post given after the last name of a list is every name's: "A, Chủ tịch HĐND tỉnh;
    # B, Chủ tịch UBND tỉnh và C được bầu giữ chức Phó Bí thư Tỉnh ủy", "ông A và ông B giữ
    # chức Phó Giám đốc Sở".
    for i in range(len(ordered) - 1, -1, -1):
        ordered[i].titles.extend(t for t in appointed[i] if t not in ordered[i].titles)
        j = i
        while appointed[i] and j > 0 and linked[j]:
            j -= 1
            ordered[j].titles.extend(t for t in appointed[i] if t not in ordered[j].titles)
    # A plural title heading a list.
    i = 0
    while i < len(ordered):
        heading = heading_title(view, ordered[i], stops - {ordered[i].found.start})
        j = i
        if heading is not None:
            while True:
                if heading not in ordered[j].titles:
                    ordered[j].titles.append(heading)
                if j + 1 >= len(ordered) or not linked[j + 1]:
                    break
                j += 1
        i = j + 1
