"""Officials: their names, every role the report gives them, and how they took part.

The stages, each its own module: :mod:`kg.extract.names` finds the names,
:mod:`kg.extract.roles` gives each mention its titles, :mod:`kg.extract.participation`
reads who attended, chaired and spoke.  This module joins the mentions of one person
and runs the three in order.  A report that is about no meeting has no participants.

Names are no officials of the report where the page says so by its layout: in the
headlines of a strip of links to other articles ("Tin liên quan"), on a line of names
alone above the body (the writers: "ThS. Hà Thị Mơ, KS. Lò Văn Thạch"), and in the
page's staff credits ("Người đăng: Hà Thị Mơ", "Người duyệt: Lò Văn Thạch").  Two
spellings of one name in a report are one person (:func:`kg.extract.names.spelling_key`:
"Kpă Thuyên" and "Kpa Thuyên", "H'Hen Niê" and "H' Hen Niê").
"""

from __future__ import annotations

import re
from functools import cache

from .. import lexicon
from ..models import Byline, MeetingResult, Person, PersonMention, Report, Span
from ..normalize import fold, squash, unmix
from .names import Found, Mention, confirm_with_tagger, find_names, spelling_key
from .participation import participation
from .province import province_mentions
from .roles import appointed_titles, assign_titles, attach_roles, list_gap
from .text import UPPER, alternation, layout, lines


def _key(name: str) -> str:
    return fold(name).casefold()


@cache
def _related_header() -> re.Pattern[str]:
    ws = lexicon.load("people")["related_headers"]["words"]
    return re.compile(rf"^[^\w\n]*(?:{alternation(ws)})[^\w\n]*$", re.IGNORECASE | re.MULTILINE)


# A line of running text, not a linked headline: long, and ending a sentence or holding a break.
_PARAGRAPH = re.compile(r"[.!?…]\s+\S|[.!?…]\s*$")


def related_strips(report: Report) -> list[tuple[int, int]]:
    """The strips of links to other articles: a line that heads one ("Tin liên quan:",
    ":: Các tin khác") below the body's start, and the headlines under it, up to a
    paragraph of running text (where the article goes on after an inline strip)."""
    view = report.view
    out = []
    pos = layout(report).body_start
    while (m := _related_header().search(view, pos)) is not None:
        end = m.end()
        for ln in lines(view[m.end():]):
            if ln.words >= 25 and _PARAGRAPH.search(ln.text):
                break
            end = m.end() + ln.end
        out.append((m.start(), end))
        pos = max(end, m.end() + 1)
    return out


@cache
def _credit_line() -> re.Pattern[str]:
    ws = lexicon.load("people")["credit_labels"]["words"]
    return re.compile(rf"(?:^|(?<=[|•·;,.\-–—)\]\d]))[ \t]*(?:{alternation(ws)})[ \t]*:[^\n|]*",
                      re.IGNORECASE | re.MULTILINE)


def credit_lines(report: Report) -> list[tuple[int, int]]:
    """The page's staff credits, each from its label to the line's end or a bar ("Người
    cập nhật: Lò Văn Thạch", "Người đăng: Hà Thị Mơ | Người duyệt: Cầm Văn Khôi"): the
    names in them are no officials (people.toml [credit_labels])."""
    return [(m.start(), m.end()) for m in _credit_line().finditer(report.view)]


@cache
def _forms_of_address() -> frozenset[str]:
    return frozenset(fold(w).lower() for w in lexicon.load("people")["honorifics"]["words"])


# What may stand between the names of a line of writers: commas, dashes, "và", brackets.
_NAMES_GAP = re.compile(r"[\s,;&()\-–—]*(?:và)?[\s,;&()\-–—]*", re.IGNORECASE)


def _name_lines(report: Report, found: list[Found]) -> set[tuple[int, int]]:
    """Names on a line of names alone (with their degrees) above the body: the writers,
    not officials ("ThS. Hà Thị Mơ, KS. Lò Văn Thạch" under the headline)."""
    view = report.view
    body = layout(report).body_start
    out: set[tuple[int, int]] = set()
    by_line: dict[int, list[Found]] = {}
    for f in found:
        if f.start < body:
            by_line.setdefault(view.rfind("\n", 0, f.start) + 1, []).append(f)
    for ls, fs in by_line.items():
        le = view.find("\n", ls)
        le = len(view) if le < 0 else le
        cur = ls
        ok = True
        for f in sorted(fs, key=lambda f: f.start):
            if any(fold(h).lower() in _forms_of_address() for h in f.honorifics):
                ok = False  # "Đồng chí Lò Văn Thạch" alone: a caption, not a writer
                break
            gap = view[cur:f.start]
            for h in f.honorifics:
                gap = gap.replace(fold(h), " ")
            if not _NAMES_GAP.fullmatch(gap.replace(".", " ")):
                ok = False
                break
            cur = f.end
        if ok and _NAMES_GAP.fullmatch(view[cur:le].replace(".", " ")):
            out.update((f.start, f.end) for f in fs)
    return out


# A form of address alone, no name after it, and not of several people nor a possessive
# ("các ông", "của bà"): a pronoun.
_PRONOUN = re.compile(rf"(?<![\w/])(?<!các )(?<!hai )(?<!của )(?<!Các )(ông|bà)(?![\w])(?!\s*:?\s*(?-i:[{UPPER}]))",
                      re.IGNORECASE)
# How far back the person a pronoun stands for is looked for: a sentence or two.
_PRONOUN_REACH = 600


def _pronoun_mentions(view: str, mentions: list[Mention]) -> list[Mention]:
    """A pronoun that is the subject of an appointment, for the nearest person before it
    named with that form of address, a sentence or two back: "Ông Lò Văn Thạch có trình
    độ thạc sĩ. Trước khi được bổ nhiệm, ông giữ chức vụ Trưởng phòng Kế hoạch" (Thạch's
    post).  (Only for the post it gives; the pronoun is no mention of the person.)"""
    out: list[Mention] = []
    named = [mt for mt in mentions if mt.person and not mt.found.reference]
    if not named:
        return out
    stops = {mt.found.start for mt in mentions}
    for m in _PRONOUN.finditer(view):
        if not appointed_titles(view, m.end(), stops):
            continue
        word = m.group(1).lower()
        before = [mt for mt in named if m.start() - _PRONOUN_REACH <= mt.found.end <= m.start()
                  and any(fold(h).lower() == word for h in mt.found.honorifics)]
        if before:
            f = Found(m.start(), m.end(), (), True, reference=True)
            out.append(Mention(f, person=before[-1].person))
    return out


def _listed(view: str, found: list[Found], kept: set[tuple[int, int]]) -> list[Found]:
    """The names kept, and each candidate of a name's shape that is an item of a list with
    one of them, the two parted by nothing but a list's separator: a list of people is one
    of names ("các Phó Chủ tịch UBND tỉnh: Lò Văn Thạch- Cầm Văn Khôi- Lường Thị Sen", "ông
    A, Hà Thị Mơ và Lò Văn Thạch").  (A list of streets or schools is none: their names are
    no candidates after their head noun.)"""
    order = sorted(found, key=lambda f: f.start)
    keep = [(f.start, f.end) in kept for f in order]
    gap = list_gap()
    for pairs in (range(1, len(order)), range(len(order) - 2, -1, -1)):
        for i in pairs:
            j = i - 1 if pairs.step > 0 else i + 1
            a, b = (order[j], order[i]) if j < i else (order[i], order[j])
            if keep[j] and not keep[i] and not order[i].reference and gap.fullmatch(view, a.end, b.start):
                keep[i] = True
    return [f for f, k in zip(order, keep, strict=True) if k]


def extract_people(report: Report, meeting: MeetingResult, bylines: list[Byline]) -> list[Person]:
    view = report.view
    text = report.text
    exclude = [(b.span.start, b.span.end) for b in bylines]
    exclude += related_strips(report)
    exclude += credit_lines(report)
    # Names inside a province's name never count ("Lâm Đồng" is a province).
    places = [(m.span.start, m.span.end) for m in province_mentions(report)]
    found = find_names(report, exclude, places)
    writers = _name_lines(report, found)
    found = [f for f in found if (f.start, f.end) not in writers]
    full = [f for f in found if not f.reference]
    # Shape-only candidates must be proper nouns for underthesea too.
    weak = [f for f in full if not f.strong and not f.honorifics and not f.certain]
    if weak:
        confirmed = confirm_with_tagger(view, weak)
        full = _listed(view, full, {(f.start, f.end) for f in full
                                    if f.strong or f.honorifics or f.certain or (f.start, f.end) in confirmed})
    stops = {f.start for f in found}
    mentions = [Mention(f) for f in full]
    assign_titles(view, mentions, stops)
    # One person per name; truncated names at the end of an excerpt join the person they begin.
    people: dict[str, Person] = {}
    spellings: dict[str, str] = {}  # spelling key -> person key
    for mt in mentions:
        name = squash(text[mt.found.start:mt.found.end])
        key = _key(name)
        if mt.found.truncated and key not in people:
            owners = [k for k in people if k.startswith(key) and k != key]
            if len(owners) == 1:
                key = owners[0]
            else:
                continue
        key = spellings.setdefault(spelling_key(name), key)
        mt.person = key
        p = people.setdefault(key, Person(name=unmix(name)))
        p.mentions.append(PersonMention(name=name, span=Span.of(text, mt.found.start, mt.found.end),
                                        honorifics=mt.found.honorifics, strong=mt.found.strong))
        for h in mt.found.honorifics:
            if h not in p.honorifics:
                p.honorifics.append(h)
    # A given name alone after an honorific ("ông Bửu") refers to the one person it ends.
    for f in found:
        if not f.reference:
            continue
        given = _key(text[f.start:f.end])
        owners = [k for k in people if k.split()[-1] == given]
        if len(owners) == 1:
            mt = Mention(f, person=owners[0])
            mentions.append(mt)
    mentions.sort(key=lambda m: m.found.start)
    attach_roles(report, sorted([*mentions, *_pronoun_mentions(view, mentions)], key=lambda m: m.found.start),
                 people)
    if meeting.is_meeting:
        participation(report, mentions, people)
    return [p for p in people.values() if p.mentions]
