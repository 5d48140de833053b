"""The meeting a report is about: that it is one, its kind, its date, the year it reviews,
its organiser, and whether the report's province only joined it from a bridge point.

* Publication date: :mod:`kg.extract.datelines`.
* The event: the grammar of the headline and the lead (kg/lexicon/meeting.toml).  Each
  sentence's first *anchor* is the event it tells of: the head of an event's noun phrase
  ("Lễ", "Hội thảo", "buổi làm việc", "Hội đồng ... tư vấn"), a generic head whose
  modifier's first cue decides ("Hội nghị tổng kết", "Hội nghị tư vấn", "Hội nghị góp ý"
  is of no kind), a word that opens another event ("Lễ khai giảng khóa tập huấn"), or
  only the event's verb ("Quảng Nam trao giải ...", "Đoàn công tác làm việc với ...").
  Words before it can make it no event of this report: a document's name ("Nghị quyết
  Hội nghị Trung ương 6"), the passive ("được tập huấn"), a purpose ("nhằm tôn vinh"), a
  body's or building's name ("Ban Tổ chức Hội thi", "Trung tâm Hội nghị").  The first
  sentence (headline, then lead) whose anchor has a kind decides; a meeting whose
  anchors have none is OtherMeeting.
  A briefing (giao ban) is a review only when it reviews a period; a contest that is held
  (tổ chức Hội thi ...), or a review that closes one (Tổng kết và trao giải ...), is a
  ceremony.  Where the layout's headline names no event, the lines above the body are
  read too (a site's search box taken for the headline; a lead put above the body).
  A head that names no event of this report takes its modifier with it ("Ban Tổ chức Lễ
  kỷ niệm", "Chuẩn bị Lễ khánh thành": no ceremony); a ceremony's verb after an
  inspection is what the works inspected await ("kiểm tra các dự án khởi công mới").
  Where the headline and lead name no event (they open with commentary) or none of a
  kind, an attendance the body states decides: "Đến tham dự chương trình có đồng chí X",
  "các đồng chí: A; B; C dự Lễ công bố ..." (a ceremony), "Buổi tọa đàm có sự tham dự
  của ..." (a seminar); not one planned or of another time ("dự kiến có sự tham dự của",
  "Thành phần tham dự gồm", "từng dự Hội nghị Trung ương 8").
  An event announced, planned or decided is none held: a body set up ("quyết định thành
  lập đoàn kiểm tra ... do bà X làm trưởng đoàn"), a plan's title ("vừa ban hành kế
  hoạch tiếp xúc cử tri trước kỳ họp": the headline's event too is the plan's), a
  sentence opening with a plan ("Theo kế hoạch, ...", "Dự kiến, ..."); nor is another
  event that dates it ("tiếp xúc cử tri trước kỳ họp thứ 12") or the one whose holding is
  the work reviewed ("họp tổng kết công tác tổ chức Hội nghị Công bố ...": a review).  A
  photo's caption ("Lễ ký kết ... (Ảnh: X)", "Ảnh: ...") is read only where nothing else
  names an event.  Receiving a guest ("tiếp Đại sứ ...", "tiếp xã giao bà ...") and a
  visit with gifts ("thăm, tặng quà ...") are working sessions.
* Date: the first date in the lead written as an event's date ("Chiều ngày 29/12",
  "Sáng 15/1", "Ngày 19 tháng 7 năm 2021", "Ngày 25-3,", "Trong 2 ngày 12-13/3"), never a
  document's date ("Quyết định số ... ngày 18/5/2016", "Ngày 26/7/2016, UBND tỉnh ban
  hành ...").  A date without a year takes it only where the text makes it certain, in
  this order: the publication date (the latest such day not after it), the same day
  written with its year elsewhere ("... 07/07/2025" under a photo; never the day an
  anniversary commemorates), a dateline's date or a site's month stamp, the month
  written with its year ("trong tháng 8/2025"), a status date the meeting follows
  ("tính đến ngày 30/9/2024"), the period a review reviews (a review follows its
  period's end), the year it plans for (kg/lexicon/meeting.toml [plan_year]), the year
  in the event's name ("Hội thảo ... năm 2013", "kỷ niệm 65 năm (1959 – 2024)").  A
  congress opens its term: a publication two years after it is a re-publication.  With
  no day written, "today" or "yesterday" ("Hôm nay, ...", "Chiều qua, ...") is the
  publication's day or the one before; else the page's own month stamp ("date 2021-11")
  gives the month, else the event's named year or the publication's year is the date
  ("vừa tổ chức", "mới đây").  A month stamp far from every year the headline and lead
  write, or from the dateline, is the page's, not the event's (" date 2021-05" over
  "tổng kết công tác năm 2016").  An award's year early in a year dates the event where
  the text dates the contest's own days in the weeks before.
* Review year: the period the first review cue names, up to the turn to the next period
  after a joiner ("tổng kết kế hoạch năm 2022 và triển khai kế hoạch năm 2023" 2022;
  "tổng kết năm 2020" 2020;
  "giai đoạn 2016–2020" 2020, from 2016; "6 tháng đầu năm", "9 tháng", "từ đầu năm": the
  meeting's year, or the year of the later part after the turn: "sơ kết 6 tháng đầu năm
  ... cho 6 tháng cuối năm 2031" 2031, the meeting's year too; a mid-term review: up to
  the meeting's year).
* Online meetings: a national body's meeting held online ("Bộ ... tổ chức Hội nghị trực
  tuyến toàn quốc ...; tại điểm cầu tỉnh ...") is not held in the report's province,
  which only joined it from a bridge point.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from typing import Any

from .. import lexicon
from ..models import DateMention, MeetingResult, Report, Span
from ..normalize import fold
from .datelines import full_date, published_date, site_today_lines, valid_day
from .text import FULL_DATE, LOWER, UPPER, alternation, is_clutter, layout, lines, sentences
from .titles import expand, head_at


def _rx(phrases: list[str] | tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``phrases`` (folded) as whole words, longest first, any case, any spacing."""
    return re.compile(rf"(?<![\w])(?:{alternation(phrases)})(?![\w])", re.IGNORECASE)


def _before(phrases: list[str], gap: str = r"\s+") -> re.Pattern[str]:
    """``phrases`` ending right before the end of the text looked at (``gap`` between)."""
    return re.compile(rf"(?<![\w])(?:{alternation(phrases)}){gap}$", re.IGNORECASE)


@cache
def _lex() -> dict[str, Any]:
    return lexicon.load("meeting")


# -------------------------------------------------------------------- the event's anchor


@dataclass(frozen=True)
class _Item:
    start: int  # offsets into the view
    end: int
    role: str  # head | generic | cue | open | briefing | org
    kind: str


@dataclass(frozen=True)
class _Anchor:
    kind: str
    strength: int  # 2: decides the kind; 1: a meeting of no kind
    start: int
    end: int
    role: str
    where: str  # headline | lead | title
    sentence: tuple[int, int]


_YEAR = r"(?:19|20)\d{2}"
# "tổ chức Chợ công nghệ ...", "tổ chức chương trình “...”", "đã tiến hành thẩm định ...":
# an event whatever its noun (the verb in lower case: "Ban Tổ chức" is a body)
_ORG_VERB = rf"(?-i:tổ chức\s+(?=[{UPPER}“\"]|chương trình|cuộc thi|hội thi)|tiến hành(?=\s))"
# "tiếp Đại sứ Nhật Bản", "tiếp xã giao bà ...": receiving a guest is a working session (the
# verb in lower case, a capital or a guest's word after it, cues.toml [attend]
# receive_guests: not "tiếp tục", "Ban Tiếp công dân")
_GUESTS = alternation(lexicon.load("cues")["attend"]["receive_guests"])
_RECEIVE = rf"(?-i:tiếp)(?=\s+(?:xã giao\s+)?(?:[{UPPER}]|(?:{_GUESTS})\s))"
_NOT_ORG_VERB = re.compile(r"(?:ban|các|những|cơ quan|cá nhân|và|,)\s*$", re.IGNORECASE)


def _key(phrase: str) -> str:
    return " ".join(fold(phrase).lower().split())


def _trie(phrases: list[str]) -> str:
    """An alternation of ``phrases`` nested by their words ("hội (?:nghị|thảo|thi)"), the
    longer first at every word: one pattern over a sentence tries each word once, not
    every phrase at every word."""
    root: dict[str, dict] = {}
    for p in phrases:
        node = root
        for w in _key(p).split():
            node = node.setdefault(w, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        alts = []
        for w in sorted((k for k in node if k), key=len, reverse=True):
            child = node[w]
            sub = build(child)
            alts.append(re.escape(w) + (rf"(?:\s+{sub})" + ("?" if "" in child else "") if sub else ""))
        return f"(?:{'|'.join(alts)})" if alts else ""

    return build(root)


@cache
def _item_index() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    """One pattern for every event word of kg/lexicon/meeting.toml, and what each is:
    (role, kind) by its folded, lower-case, single-spaced text."""
    lx = _lex()
    table: dict[str, tuple[str, str]] = {}
    for k in lx["kind"]:
        for p in k["heads"]:
            table.setdefault(_key(p), ("head", k["name"]))
    for p in lx["contest"]["heads"]:
        table.setdefault(_key(p), ("contest", "Ceremony"))
    for p in lx["opening"]["phrases"]:
        table.setdefault(_key(p), ("open", "Ceremony"))
    for p in lx["briefing"]["cues"]:
        table.setdefault(_key(p), ("briefing", "ReviewConference"))
    for k in lx["kind"]:
        for p in k["cues"]:
            table.setdefault(_key(p), ("cue", k["name"]))
    for p in lx["generic_heads"]["phrases"]:
        table.setdefault(_key(p), ("generic", "OtherMeeting"))
    c = lx["council"]
    council = (rf"(?:(?:{alternation(c['after'])})\s+hội đồng(?![\w])(?!\s+nhân dân)"
               rf"|hội đồng(?:\s+[^\s,.;:()]+){{0,2}}?\s+(?:{alternation(c['does'])}))(?![\w])")
    words = _trie(list(table))
    pattern = re.compile(rf"(?<![\w])(?:(?P<council>{council})|(?P<org>{_ORG_VERB})|(?:{words})(?![\w])"
                         rf"|(?P<receive>{_RECEIVE}))",
                         re.IGNORECASE)
    return pattern, table


@cache
def _guards() -> dict[str, re.Pattern[str]]:
    ne = _lex()["not_event"]
    docs = alternation(ne["documents"]) + "|(?-i:" + alternation(ne["documents_capitalised"]) + ")"
    return {
        "passive": _before(ne["passive"]),
        "attribute": _before(ne["attribute"]),
        "purpose": _before(ne["purpose"], r"\s+(?:[^\s,.;]+\s+){0,2}"),
        # a body's name, with up to two capitalised words of it before the event's:
        # "Trung tâm Hội nghị tỉnh", "Trung tâm Báo chí Đại hội XIV"
        "names": _before(ne["names"], rf"(?:\s+(?-i:[{UPPER}])\w*(?:\s+(?-i:[{LOWER}])\w*)?){{0,2}}\s+"),
        "adopted": _before(ne["adopted"]),
        "inspected": _before(ne["inspected"], r"\s+(?:[^\s,.;]+\s+){0,8}"),
        "planned": _before(ne["planned"], r"\s+(?:[^\s,.;]+\s+){0,5}"),
        "founded": _before(ne["founded"], r"\s+(?:[^\s,.;]+\s+){0,2}"),
        "time_of": _before(ne["time_of"]),
        "work_on": _before(ne["work_on"]),
        # "vừa ban hành kế hoạch tổ chức cho đại biểu tiếp xúc cử tri trước kỳ họp": in the title
        "issued": re.compile(rf"(?<![\w])(?:{alternation([*_lex()['document_issue']['phrases'], *ne['issued']])})"
                             rf"\s+(?:{docs})(?![\w])[^,.;()“”]{{0,90}}$", re.IGNORECASE),
        # "Nghị quyết Hội nghị Trung ương 6", "Kế hoạch tổ chức Hội nghị"
        "document": re.compile(rf"(?<![\w])(?:{docs})(?:\s+[^,.;()]{{0,25}}|\s+[^.;()]{{0,60}}?\s(?:của|tại)\s+)$",
                               re.IGNORECASE),
        "document_title": re.compile(rf"(?<![\w])(?:{docs})\b[^,.;]{{0,25}}$", re.IGNORECASE),
    }


def _inside_document_title(view: str, s: int, at: int) -> bool:
    """Is ``at`` inside a quoted title that follows a document's name
    ("Kế hoạch “Triển khai, công bố ...”")?"""
    before = view[s:at]
    opening = max(before.rfind("“"), before.rfind('"') if before.count('"') % 2 else -1)
    if opening < 0 or before.rfind("”") > opening:
        return False
    return bool(_guards()["document_title"].search(before[:opening]))


def _valid(view: str, s: int, it: _Item) -> bool:
    """Is the item an event of this report, not a word in a document's name, a passive,
    an attribute, a purpose, a body's name?"""
    before = view[max(s, it.start - 60):it.start]
    g = _guards()
    if _in_document(view, s, it.start):
        return False
    if it.role in ("head", "generic", "briefing", "contest") and any(
            g[k].search(before) for k in ("names", "adopted", "planned", "founded", "time_of", "work_on")):
        return False
    if it.role in ("cue", "open"):
        if g["passive"].search(before) or g["attribute"].search(before):
            return False
        if it.kind == "Ceremony" and it.role == "cue" and (g["purpose"].search(before)
                                                           or g["inspected"].search(before)):
            return False
    if it.role == "org" and (_NOT_ORG_VERB.search(view[max(s, it.start - 12):it.start])
                             or g["work_on"].search(view[max(s, it.start - 30):it.end] + " ")):
        return False  # "Ban Tổ chức", "công tác tổ chức Hội nghị ...": no event's verb
    if it.role == "contest" and view[s:it.start].strip(" “\"") and not _contest_verb().search(before):
        return False
    return True


@cache
def _contest_verb() -> re.Pattern[str]:
    return _before(_lex()["contest"]["verbs"])


def _items(view: str, s: int, e: int) -> list[_Item]:
    """Every event word of the sentence, in order; of two that overlap, the one that
    starts first (or the longer) is kept."""
    pattern, table = _item_index()
    out = []
    for m in pattern.finditer(view, s, e):
        if m["council"]:
            out.append(_Item(m.start(), m.end(), "head", "CouncilMeeting"))
        elif m["receive"]:
            out.append(_Item(m.start(), m.end(), "cue", "WorkingSession"))
        elif m["org"]:
            out.append(_Item(m.start(), m.start() + len(m[0].rstrip()), "org", "OtherMeeting"))
        else:
            role, kind = table[_key(m[0])]
            out.append(_Item(m.start(), m.end(), role, kind))
    return out


@cache
def _modifier_end() -> re.Pattern[str]:
    return re.compile(rf"[.:]|(?<![\w])(?:{alternation(_lex()['generic_heads']['modifier_ends'])})(?![\w])",
                      re.IGNORECASE)


def _window_end(view: str, start: int, e: int) -> int:
    """Where a generic head's modifier ends: after so many words, or at its end."""
    n = int(_lex()["generic_heads"]["window"])
    words = list(re.finditer(r"\S+", view[start:e]))
    end = start + words[n - 1].end() if len(words) >= n else e
    m = _modifier_end().search(view, start, end)
    return m.start() if m else end


@cache
def _briefing_review() -> re.Pattern[str]:
    return _rx(_lex()["briefing"]["reviews"])


_PERIOD_AFTER = re.compile(rf"(?<![\w])(?:năm\s+{_YEAR}|\d{{1,2}}\s+tháng|quý)(?![\w])", re.IGNORECASE)


def _briefing_kind(view: str, it: _Item, e: int, context: list[tuple[int, int]]) -> str:
    """A briefing (giao ban) is a review when it reviews a period, else of no kind."""
    if _PERIOD_AFTER.search(view, it.end, e):
        return "ReviewConference"
    if any(_briefing_review().search(view, s2, e2) for s2, e2 in context):
        return "ReviewConference"
    return "OtherMeeting"


@cache
def _event_verbs() -> re.Pattern[str]:
    return _rx(_lex()["event_verbs"]["phrases"])


@cache
def _tense_before() -> re.Pattern[str]:
    return _before(_lex()["event_verbs"]["tense"], r"\s+(?:[^\s,.;]+\s+){0,2}")


def _time_first(view: str, s: int, e: int) -> bool:
    """Does the sentence open with a time adverbial ("Sáng 12/3,", "Ngày 5/6/2024,",
    "Vừa qua,", "(Tin) - Chiều nay ...")?"""
    head = view[s:min(e, s + 60)]
    head = re.sub(r"^\s*(?:date\s+\S+\s+)?(?:\([^)]{0,30}\)\s*[-–:]?\s*|[A-ZĐ.]{2,12}\s*[-–:]\s*)?", "", head)
    if _recent().match(head):
        return True
    m = _DM.search(head)
    return m is not None and not head[:m.start()].strip(" ,(–-")


def _dated_by_part_of_day(view: str, s: int, e: int) -> bool:
    """Does the sentence date its event by a part of the day ("... làm việc với Sở Y tế
    diễn ra vào chiều ngày 10/9")?"""
    return any(m["pre"] and m["pre"].strip() and re.match(_DAY_PART, m["pre"].strip(), re.IGNORECASE)
               for m in _DM.finditer(view, s, e))


def _classify(view: str, sent: tuple[int, int], items: list[_Item], i: int, where: str,
              context: list[tuple[int, int]]) -> tuple[str, int, _Item] | None:
    """(kind, strength, item) of the event the i-th item names, or None if it names none."""
    s, e = sent
    it = items[i]
    nxt = next((j for j in range(i + 1, len(items)) if _valid(view, s, items[j])), None)
    follows = nxt is not None and items[nxt].start - it.end <= 16
    if it.role in ("head", "contest"):
        # "Lễ khai mạc Tuần lễ ...": what the ceremony opens decides
        if it.kind == "Ceremony" and follows and items[nxt].role == "open" and items[nxt].start - it.end <= 2:
            return _classify(view, sent, items, nxt, where, context)
        return it.kind, 2, it
    if it.role == "open":
        if follows and items[nxt].role in ("head", "generic", "briefing", "contest"):
            return _classify(view, sent, items, nxt, where, context)
        return "Ceremony", 2, it
    if it.role == "briefing":
        return _briefing_kind(view, it, e, context), 2, it
    if it.role == "org" and nxt is not None and items[nxt].start - it.end <= 2:
        return _classify(view, sent, items, nxt, where, context)  # "tổ chức Hội nghị tập huấn"
    if it.role in ("generic", "org"):
        end = _window_end(view, it.end, e)
        for j in range(i + 1, len(items)):
            c = items[j]
            if c.start >= end:
                break
            if not _valid(view, s, c):
                continue
            if c.role == "cue" or (c.role == "head" and c.kind == "CouncilMeeting"):
                return c.kind, 2, c
            if c.role == "briefing":
                return _briefing_kind(view, c, e, context), 2, c
        return "OtherMeeting", 1, it
    if it.role == "cue" and it.kind == "ReviewConference" and _closes_a_contest(view, items, i):
        it = _Item(it.start, it.end, "cue", "Ceremony")
    # A verb alone: the event in a headline; in a lead sentence only where the sentence
    # tells of its event (a time first, or đã/vừa/tổ chức before the verb).
    if (where != "lead" or _time_first(view, s, e) or _tense_before().search(view[max(s, it.start - 40):it.start])
            or _dated_by_part_of_day(view, s, e)):
        return it.kind, 2, it
    return None


def _closes_a_contest(view: str, items: list[_Item], i: int) -> bool:
    """Does the review close a contest or come with its awards ("Tổng kết và trao giải Hội
    thi ...", "vừa tổng kết hai cuộc thi ..."): the contest's closing ceremony?"""
    it = items[i]
    nxt = items[i + 1] if i + 1 < len(items) else None
    if nxt is None or nxt.start - it.end > 16:
        return False
    return nxt.role == "contest" or (nxt.role == "cue" and nxt.kind == "Ceremony"
                                     and re.fullmatch(r"\s*(?:,|và)\s*", view[it.end:nxt.start]) is not None)


@cache
def _plan_sentence() -> re.Pattern[str]:
    return re.compile(rf"[\s\-–(]*(?:{alternation(_lex()['not_event']['plan_sentence'])})(?![\w])", re.IGNORECASE)


def _anchor(view: str, sent: tuple[int, int], where: str, context: list[tuple[int, int]]) -> _Anchor | None:
    s, e = sent
    if _plan_sentence().match(view, s, e):
        return None  # "Theo kế hoạch, bà X chủ trì hội nghị ...": a plan, no event held
    items = _items(view, s, e)
    dead = -2  # the end of a head that names no event of this report, and its modifier's
    for i, it in enumerate(items):
        if it.start - dead <= 1 and it.role in ("cue", "open"):
            dead = it.end  # "Ban Tổ chức Lễ kỷ niệm", "Chuẩn bị Lễ khánh thành": the head's modifier
            continue
        if not _valid(view, s, it):
            if it.role in ("head", "generic", "contest", "briefing"):
                dead = it.end
            continue
        got = _classify(view, sent, items, i, where, context)
        if got is None:
            continue
        kind, strength, at = got
        return _Anchor(kind, strength, at.start, at.end, it.role, where, sent)
    return None


@cache
def _attendance() -> dict[str, re.Pattern[str]]:
    a = _lex()["attendance"]
    people = lexicon.load("people")
    who = alternation([*people["honorifics"]["words"], *people["plural_honorifics"]["words"], *a["people"]])
    nouns = alternation([*_lex()["meeting_nouns"]["phrases"], *a["objects"]])
    people_next = rf"(?:\s*:|\s+(?:(?P<who>{who})(?![\w])|(?=[{UPPER}])))"
    return {
        "cue": re.compile(rf"(?<![\w])(?:(?P<of>{alternation(a['of'])})|(?P<joined>{alternation(a['joined'])})"
                          rf"|(?P<verb>{alternation(a['verbs'])})"
                          rf"(?!\s+(?:{alternation(a['not_after'])})(?![\w])))(?![\w])", re.IGNORECASE),
        # the event attended, a few words after the verb: "dự lễ", "tham dự và phát biểu tại hội nghị"
        "event": re.compile(rf",?(?:\s+[^\s,.;:()]+){{0,4}}?\s+(?P<noun>{nouns})(?![\w])", re.IGNORECASE),
        # the people listed after it: "Dự có ông X", "Tham dự hội nghị có các đồng chí: ...",
        # "Đến dự, chúc mừng ngành có ..."
        "listing": re.compile(rf",?(?:\s+[^\s,.;:()]+){{0,6}}?\s+(?:{alternation(a['listing'])})"
                              + people_next, re.IGNORECASE),
        "people": re.compile(people_next, re.IGNORECASE),
        "word_before": re.compile(rf"(?<![\w])(?:{alternation(a['not_before_word'])})\s+$", re.IGNORECASE),
        "not_before": _rx(a["not_before"]),
        "named_after": re.compile(rf"\s+(?:(?i:{alternation(a['named_after'])})|[IVXL]+|\d+)(?![\w/.-])"),
    }


def _attendance_anchor(report: Report, lay: Any, context: list[tuple[int, int]]) -> _Anchor | None:
    """The first attendance the body states, as the event's anchor: "Đến tham dự chương
    trình có đồng chí X ...", "các đồng chí: A; B; C dự Lễ công bố ...", "Hội nghị có sự
    tham dự của ...".  Not an attendance planned or of another time ("dự kiến có sự tham
    dự của", "Thành phần tham dự gồm", "Trước đó, ông X đã dự ..."), nor a word that holds
    the verb ("dự án", "vinh dự", "Ủy viên dự khuyết")."""
    view = report.view
    g = _attendance()
    for m in g["cue"].finditer(view, lay.body_start, lay.body_end):
        a, b = m.span()
        s = max(view.rfind(ch, max(lay.body_start, a - 400), a) for ch in ".!?\n") + 1
        s = max(s, lay.body_start)
        if g["not_before"].search(view, s, a) or g["word_before"].search(view, max(s, a - 8), a):
            continue
        stop = re.compile(r"[.!?\n]").search(view, b)
        e = stop.start() if stop else lay.body_end
        noun: tuple[int, int] | None = None
        if m["joined"] and not ((who := g["people"].match(view, b, e)) and _people_at(view, who, e)):
            continue  # "Các dự án có sự tham gia của doanh nghiệp": no one named takes part
        if m["of"] or m["joined"]:
            # the event before "có sự tham dự của": "Buổi tọa đàm có sự tham dự của ..."
            clause = max(view.rfind(ch, s, a) for ch in ",;:") + 1
            got = _anchor(view, (max(s, clause), a), "body", context)
            if got is not None:
                return replace(got, where="body", sentence=(s, e))
        else:
            listing = g["listing"].match(view, b, e)
            if listing is not None and _people_at(view, listing, e):
                ev = g["event"].match(view, b, listing.end())
            else:
                ev = g["event"].match(view, b, e)
                if ev is None:
                    continue
            noun = ev.span("noun") if ev else None
            if noun is not None and g["named_after"].match(view, noun[1]):
                continue  # "dự Hội nghị Trung ương 8": another meeting, by its name
        if noun is not None:
            clause = re.compile(r"[,;:]").search(view, noun[0], e)
            got = _anchor(view, (noun[0], clause.start() if clause else e), "body", context)
            if got is not None:
                return replace(got, where="body", sentence=(s, e))
        at = noun or (a, b)
        return _Anchor("OtherMeeting", 1, at[0], at[1], "attend", "body", (s, e))
    return None


@cache
def _body_event() -> dict[str, re.Pattern[str]]:
    b = _lex()["body_event"]
    nouns = alternation(_lex()["meeting_nouns"]["phrases"])
    return {
        "office": _rx(b["taking_office"]),
        # a sentence opening at the event: "Tại | buổi lễ kỷ niệm ..., bà X ..."
        "at": re.compile(rf"[\s\-–(]*(?:{alternation(b['at'])})\s+(?=(?:{nouns})(?![\w]))", re.IGNORECASE),
        "other": _rx(b["other_times"]),
    }


def _body_anchor(report: Report, lay: Any, context: list[tuple[int, int]]) -> _Anchor | None:
    """The event the body tells of, where the headline and lead name none of a kind: the
    first attendance it states (:func:`_attendance_anchor`), or, if it comes first or the
    attendance names no kind, a speech of taking office (the ceremony that hands the post
    over: "Phát biểu nhận nhiệm vụ, ông X hứa ...") or a sentence opening at an event of a
    kind ("Tại buổi lễ kỷ niệm ..., bà X ...")."""
    attended = _attendance_anchor(report, lay, context)
    told = _told_event(report, lay, context, attended.sentence[0] if attended and attended.strength == 2 else None)
    if told is None or (attended is not None and attended.strength == 2 and attended.start < told.start):
        return attended
    return told


# Where the clause opening at an event ends: "Tại buổi lễ kỷ niệm ..., | bà X ...".
_CLAUSE_MARK = re.compile(r"[,;:]")


def _told_event(report: Report, lay: Any, context: list[tuple[int, int]], before: int | None) -> _Anchor | None:
    """The first event of a kind the body tells of, before ``before`` where given."""
    view = report.view
    g = _body_event()
    a = _attendance()
    end = lay.body_end if before is None else min(lay.body_end, before)
    for m in g["office"].finditer(view, lay.body_start, end):
        s = max(view.rfind(ch, max(lay.body_start, m.start() - 300), m.start()) for ch in ".!?\n") + 1
        if a["not_before"].search(view, max(s, lay.body_start), m.start()):
            continue  # "sẽ trao quyết định bổ nhiệm": not held
        office = _Anchor("Ceremony", 2, m.start(), m.end(), "cue", "body", (s, m.end()))
        end = m.start()
        break
    else:
        office = None
    for s, e in sentences(view, lay.body_start, min(end, lay.body_start + 6000)):
        at = g["at"].match(view, s, e)
        if at is None:
            continue
        clause = _CLAUSE_MARK.search(view, at.end(), e)
        stop = clause.start() if clause else e
        got = _anchor(view, (at.end(), stop), "body", context)
        if got is None or got.strength < 2 or g["other"].search(view, at.end(), stop) or (
                a["named_after"].match(view, got.end)):
            continue  # "Tại hội nghị năm trước", "Tại Hội nghị Trung ương 8": another meeting
        return replace(got, where="body", sentence=(s, e))
    return office


def _people_at(view: str, listing: re.Match[str], e: int) -> bool:
    """Do people follow the listing word: a colon, an honorific or a people-like word
    ("có ông", "gồm các đồng chí", "có đại diện"), a title ("có Thứ trưởng ...") or a
    name (two capitalised words)?"""
    at = listing.end()
    if view[at - 1] == ":" or listing["who"]:
        return True
    return head_at(view, at) is not None or re.match(rf"[{UPPER}]\w*\s+[{UPPER}]", view[at:e]) is not None


def _is_evidence(view: str, a: _Anchor, lead: list[tuple[int, int]]) -> bool:
    """Does the anchor show that the report is about a meeting?  A noun of an event in
    the headline, or in a lead with an event's verb ("Hội nghị được kết nối trực tuyến
    ... Tại điểm cầu tỉnh có sự tham dự của ..."); a verb of a ceremony, visit or course
    anywhere; a review's or council's verb only in a lead sentence that tells of its
    event."""
    if a.where == "title":
        # a line above the body may be a related article's title; a caption of someone
        # at the meeting ("Chủ tịch Ủy ban MTTQ tỉnh kết luận hội nghị") tells of it
        s, e = a.sentence
        return a.role in ("head", "generic") and any(
            not (m.start() < a.end and m.end() > a.start) for m in _event_verbs().finditer(view, s, e))
    if a.role == "org":
        # "tổ chức Chợ công nghệ ..." is an event's verb; "tiến hành" only where the
        # sentence tells of its event ("... đã tiến hành thẩm định"), not of a guide's steps
        s, e = a.sentence
        return (view[a.start:a.end].lower().startswith("tổ chức") or _time_first(view, s, e)
                or bool(_tense_before().search(view[max(s, a.start - 40):a.start])))
    if a.role == "cue":
        return a.where == "lead" or a.kind not in ("ReviewConference", "CouncilMeeting")
    if a.where != "lead":
        return True
    s, e = a.sentence
    return _time_first(view, s, e) or any(
        not (m.start() < a.end and m.end() > a.start)
        and not _NOT_ORG_VERB.search(view[max(s2, m.start() - 12):m.start()])  # "Ban Tổ chức" is no verb
        and not _in_document(view, s2, m.start())  # "ban hành kế hoạch tổ chức ...": a plan's title
        for s2, e2 in {a.sentence, *lead} for m in _event_verbs().finditer(view, s2, e2))


def _in_document(view: str, s: int, at: int) -> bool:
    """Is ``at`` inside a document's name or title ("Nghị quyết Hội nghị Trung ương 6",
    "vừa ban hành kế hoạch tổ chức cho đại biểu tiếp xúc cử tri trước kỳ họp")?"""
    g = _guards()
    return bool(g["document"].search(view[max(s, at - 60):at]) or g["issued"].search(view[max(s, at - 130):at])
                or _inside_document_title(view, s, at))


def _tells_of_a_document(view: str, sent: tuple[int, int]) -> bool:
    """Is the lead's sentence news of a document issued, every event it names in the
    document's title ("Thường trực HĐND tỉnh vừa ban hành kế hoạch tổ chức cho đại biểu
    tiếp xúc cử tri trước kỳ họp thứ 12")?  Then a headline's event is what the
    document plans, none held."""
    s, e = sent
    if not _issues_a_document().search(view, s, e):
        return False
    return all(_in_document(view, s, it.start) for it in _items(view, s, e))


@cache
def _issues_a_document() -> re.Pattern[str]:
    """A verb of issuing, having or drawing up a document before its name ("ban hành Kế
    hoạch", "xây dựng kế hoạch", "vừa có kế hoạch")."""
    ne = _lex()["not_event"]
    docs = alternation(ne["documents"]) + "|(?-i:" + alternation(ne["documents_capitalised"]) + ")"
    return re.compile(rf"(?<![\w])(?:(?:{alternation(_lex()['document_issue']['phrases'])})"
                      rf"|(?:{alternation(ne['issued'])})\s+(?:{docs}))(?![\w])", re.IGNORECASE)


# -------------------------------------------------------------------- dates

_DAY_PART = r"(?:sáng sớm|chiều tối|sáng|chiều|tối|trưa)"
# "29/12", "29/12/2021", "29-12", "29.12.2021", "ngày 19 tháng 7 năm 2021", "Sáng nay 11/1",
# "Hôm nay 3/10"; a meeting of several days is dated by its first: "ngày 12 và 13/3/2024",
# "ngày 12-13/3", "từ ngày 12 đến ngày 14/3", "trong 2 ngày (1 và 2-12)", "(8, 9 và 10-6)".
# (a word glued to the clutter before it, a capital after a letter, is still a word:
# "Trang chủTin tứcNgày 03/04/2017")
_WORD_START = r"(?:(?<![\w])|(?<=[^\W\d_])(?-i:(?=[NSCTH])))"
_DM = re.compile(
    rf"(?P<pre>(?:{_WORD_START}(?:{_DAY_PART}\s+(?:nay\s+|qua\s+)?|hôm\s+(?:nay|qua)\s+))?"
    rf"(?:(?:vào\s+|từ\s+)?{_WORD_START}ngày\s+(?:mùng\s+|mồng\s+)?)?)"
    r"(?<![\w/.-])(?P<d>\d{1,2})(?:(?:\s*(?:và|đến|[-–,])\s*(?:ngày\s+)?\d{1,2}){1,3}(?=\s*[/.-]\s*\d|\s+tháng\s+\d))?"
    r"\s*(?:(?P<sep>[/.-])\s*(?P<m>\d{1,2})(?:\s*(?P=sep)\s*(?P<y>(?:19|20)\d{2}))?"
    r"|\s+tháng\s+(?P<m2>\d{1,2})(?:\s*(?:,\s*)?năm\s+(?P<y2>(?:19|20)\d{2}))?)(?![\d/]|-\d)",
    re.IGNORECASE,
)
# Between a page's date stamp and the event's date written right after it: "(12/3/2021)
# Chiều 11/3", "12/3/2021 - Sáng 11/3".
_STAMP_GAP = re.compile(r"[\s)\]]*[-–:|]?\s*")
# ... the stamp opening the lead, a reference for a day written without its year
_LEAD_STAMP = re.compile(rf"\s*(?:date\s+\S+\s+)?(?:\([^()]{{0,30}}\)\s*[-–]?\s*)?[(\[]?\s*(?:ngày\s+)?({FULL_DATE})"
                         rf"[\s)\]]*[-–:|]?\s*(?=(?:{_DAY_PART}|ngày|hôm)(?![\w]))", re.IGNORECASE)
_DOC_CONTEXT = re.compile(r"(?:Nghị quyết|Quyết định|Kết luận|Chỉ thị|Kế hoạch|Đề án|Thông tư|Công văn|Chương trình)"
                          r"\s+[^,.;]{0,25}$", re.IGNORECASE)
_NUMBERED = re.compile(r"(?:số|ban hành|ký)\s+[^,;]{0,20}$", re.IGNORECASE)


@cache
def _meeting_words() -> re.Pattern[str]:
    return _rx(_lex()["meeting_nouns"]["phrases"])


@cache
def _document_issue() -> re.Pattern[str]:
    return _rx(_lex()["document_issue"]["phrases"])


def _meeting_dates(report: Report, spans: list[tuple[int, int]]) -> list[DateMention]:
    """Dates written as an event's date in the given sentences, in order."""
    view = report.view
    out = []
    meeting_words = _meeting_words()
    for s, e in spans:
        sent = view[s:e]
        # "Ngày 26/7/2016, UBND tỉnh đã ban hành Quyết định số ...": a document's date
        if _document_issue().search(sent) and not meeting_words.search(sent):
            continue
        found = list(_DM.finditer(sent))
        for i, m in enumerate(found):
            d = int(m["d"])
            mo = int(m["m"] or m["m2"] or 0)
            y = m["y"] or m["y2"]
            year = int(y) if y else None
            if not mo or not valid_day(d, mo, year):
                continue
            nxt = found[i + 1] if i + 1 < len(found) else None
            if year and nxt is not None and (nxt["pre"] or "").strip() and _STAMP_GAP.fullmatch(sent, m.end(),
                                                                                                nxt.start()):
                continue  # "12/3/2021 Chiều ngày 11/3/2021": the page's stamp, then the event's date
            pre = m["pre"] or ""
            before = sent[:m.start()]
            at_start = (not before.strip(" ,(–-")
                        or re.search(r"(?:^|[,(–-])\s*(?:\(\w+\)\s*-?\s*)?$", before) is not None)
            if not pre.strip() and not at_start:
                continue
            if _DOC_CONTEXT.search(before) or _NUMBERED.search(before):
                continue
            if not pre.strip() and re.search(r"\d\s*$", before):
                continue
            out.append(DateMention(span=Span.of(report.text, s + m.start("d"), s + m.end()), day=d, month=mo,
                                   year=year, role="meeting"))
    return out


def _latest_not_after(d: int, mo: int, ref: date) -> int | None:
    """The year of the latest day d/mo not after ``ref`` (within a year of it)."""
    for y in (ref.year, ref.year - 1):
        if valid_day(d, mo, y) and date(y, mo, d) <= ref:
            return y
    return None


def _first_not_before(d: int, mo: int, ref: date) -> int | None:
    for y in (ref.year, ref.year + 1):
        if valid_day(d, mo, y) and date(y, mo, d) >= ref:
            return y
    return None


_ISO_MONTH = re.compile(rf"(?<![\w])date\s+({_YEAR})-(\d{{2}})(?![\d-])")
_BRACKET_DATELINE = re.compile(rf"\s*(?:date\s+\S+\s+)?\([^()]{{0,30}}?({FULL_DATE})[^()]{{0,12}}\)\s*[:\-–]?")
_WRITTEN_DATE = re.compile(rf"(?<![\d/.-])({FULL_DATE})(?![\d/])")


def _reference_dates(report: Report, lead: list[tuple[int, int]], head: list[tuple[int, int]],
                     years: frozenset[int] = frozenset()) -> list[date]:
    """Dates the meeting is not after when no publication date is known: a site's month
    stamp ("date 2023-10"), a dateline in brackets opening the lead ("(KHCN-03/11/2017):"),
    a date on a line before the body ("Lễ ... (12/12/2016)").  A month stamp of a year
    far from every year the headline and lead write (``years``) is the page's, not the
    report's: " date 2021-05" over "tổng kết công tác năm 2016"."""
    view = report.view
    lay = layout(report)
    out: list[date] = []
    for s, e in head + lead[:1]:
        m = _ISO_MONTH.search(view, s, min(e, s + 40))
        if m:
            y, mo = int(m[1]), int(m[2])
            if 1 <= mo <= 12 and _fits(y, years):
                out.append(date(y + (mo == 12), mo % 12 + 1, 1) - timedelta(days=1))
    if lead:
        s, e = lead[0]
        m = _BRACKET_DATELINE.match(view, s, e) or _LEAD_STAMP.match(view, s, e)
        if m and (day := full_date(m[1])):
            out.append(day)
    today = site_today_lines(report)
    for ln in lines(view[:lay.body_start]):
        if (ln.start, ln.end) in today:
            continue  # the site's header of today: the day of the crawl
        if (iso := _ISO_MONTH.search(ln.text)) and 1 <= int(iso[2]) <= 12 and _fits(int(iso[1]), years):
            y, mo = int(iso[1]), int(iso[2])
            out.append(date(y + (mo == 12), mo % 12 + 1, 1) - timedelta(days=1))
        for m in _WRITTEN_DATE.finditer(ln.text):
            before = ln.text[:m.start()]
            if _DOC_CONTEXT.search(before) or _NUMBERED.search(before):
                continue
            if day := full_date(m[1]):
                out.append(day)
    return out


def _fits(year: int, years: frozenset[int]) -> bool:
    """Does a page's stamp of ``year`` fit the years the text writes (none, or one of them
    within a year)?"""
    return not years or any(abs(year - y) <= 1 for y in years)


_TEXT_YEAR = re.compile(rf"(?<![\d/.\-–])(?<!date )({_YEAR})(?![\d/])")


def _text_years(view: str, spans: list[tuple[int, int]]) -> frozenset[int]:
    """The years the headline and lead write for themselves ("năm 2016", "giai đoạn
    2016-2020"), not a full date's or a document number's ("ngày 5/3/2016", "12/2016/QĐ-UBND")."""
    return frozenset(int(m[1]) for s, e in spans for m in _TEXT_YEAR.finditer(view, s, e))


def _month_stamp(report: Report) -> tuple[int, int] | None:
    """(year, month) of the page's own month stamp at its top ("date 2021-11": a month,
    no day), on a line before the body or opening the headline or the lead."""
    view = report.view
    lay = layout(report)
    starts = [ln.start for ln in lines(view[:lay.body_start])]
    starts += [x[0] for x in ([(lay.headline.start, 0)] if lay.headline else []) + list(lay.lead[:1])]
    for a in starts:
        m = _ISO_MONTH.match(view, a) or _ISO_MONTH.search(view, a, min(len(view), a + 40))
        if m and 1 <= int(m[2]) <= 12 and "\n" not in view[a:m.start()]:
            return int(m[1]), int(m[2])
    return None


def _same_day_year(view: str, d: int, mo: int) -> int | None:
    """The year of the same day written in full elsewhere ("... 07/07/2025" under a
    photo), when every such writing agrees and none is a document's date."""
    years = set()
    for m in _WRITTEN_DATE.finditer(view):
        day = full_date(m[1])
        if day is None or (day.day, day.month) != (d, mo):
            continue
        before = view[max(0, m.start() - 40):m.start()]
        if _DOC_CONTEXT.search(before) or _NUMBERED.search(before) or re.search(r"/\S*\s*$", before):
            continue
        if _since_before().search(view[max(0, m.start() - 60):m.start()]):
            continue  # "kỷ niệm ngày thành lập (15/8/1959 ...": the day it commemorates
        years.add(day.year)
    return years.pop() if len(years) == 1 else None


@cache
def _since_before() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])(?:{alternation(_lex()['named_year']['since'])})(?![\w])[^.;]{{0,50}}$",
                      re.IGNORECASE)


_MONTH_YEAR = re.compile(rf"(?<![\w])tháng\s+(\d{{1,2}})\s*(?:/|-|năm)\s*({_YEAR})(?![\d])", re.IGNORECASE)


def _month_year(view: str, spans: list[tuple[int, int]], mo: int) -> int | None:
    """The year of the meeting's month written with its year ("trong tháng 8/2025")."""
    years = {int(m[2]) for s, e in spans for m in _MONTH_YEAR.finditer(view, s, e) if int(m[1]) == mo}
    return years.pop() if len(years) == 1 else None


@cache
def _status_date() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])(?:{alternation(_lex()['status_date']['phrases'])})\s*(?:ngày\s+)?({FULL_DATE})",
                      re.IGNORECASE)


def _status_dates(view: str, spans: list[tuple[int, int]]) -> list[date]:
    return [day for s, e in spans for m in _status_date().finditer(view, s, e) if (day := full_date(m[1]))]


# -------------------------------------------------------------------- review periods


@dataclass(frozen=True)
class _Period:
    first: int | None  # first year of a period of years ("giai đoạn 2016–2020")
    last: int | None  # the year it ends in, where written
    end_month: int | None  # the month it ends in: 12 for a year, 6 for "6 tháng đầu năm", None up to the meeting
    midterm: bool = False
    tasks: bool = False  # only the tasks of a year ("triển khai nhiệm vụ năm 2025")


_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_TIME_EXPR = re.compile(
    rf"(?P<span>(?<![\d/.-])(?:năm\s+)?(?P<y1>{_YEAR})\s*[-–]\s*(?P<y2>{_YEAR})(?![\d/]))"
    rf"|(?P<months>(?<![\d])(?P<n>\d{{1,2}})\s+tháng(?:\s+(?P<half>đầu|cuối))?(?:\s+năm)?(?:\s+(?P<ym>{_YEAR}))?)"
    rf"|(?P<quarter>(?<![\w])quý\s+(?P<q>IV|I{{1,3}}|[1-4])(?:\s*(?:/|-|năm)\s*(?P<yq>{_YEAR}))?)"
    rf"|(?P<ytd>(?<![\w])từ đầu năm(?:\s+(?P<yt>{_YEAR}))?)"
    rf"|(?P<year>(?<![\d/.-])(?:năm\s+)?(?P<y>{_YEAR})(?![\d/]))"
    rf"|(?P<bare>(?<![\w])năm(?=\s*(?:$|[,.;:]|và|\s+(?:qua|nay))))",
    re.IGNORECASE,
)


@cache
def _review_words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    r = _lex()["review"]
    # the turn to the next period comes after a joiner: "tổng kết kế hoạch năm 2022 | và
    # triển khai kế hoạch năm 2023" (the plan reviewed is 2022's)
    turn = re.compile(rf"(?:[,;–-]|(?<![\w])(?:{alternation(r['joiners'])}))\s*(?:{alternation(r['next_period'])})"
                      r"(?![\w])", re.IGNORECASE)
    return _rx(r["phrases"]), turn, _rx(r["tasks"])


def _period_after(view: str, at: int, e: int) -> _Period | None:
    """The period named after a review cue, before the text turns to the next tasks."""
    _, next_period, _ = _review_words()
    end = min(e, at + 110)
    m = next_period.search(view, at, end)
    if m:
        end = m.start()
    t = _TIME_EXPR.search(view, at, end)
    if t is None:
        return None
    if t["span"]:
        mid = "giữa nhiệm kỳ" in view[max(at, t.start() - 25):t.start()].lower()
        return _Period(int(t["y1"]), int(t["y2"]), 12, midterm=mid)
    if t["months"]:
        n = int(t["n"])
        if not 1 <= n <= 12:
            return None
        return _Period(None, int(t["ym"]) if t["ym"] else None, 12 if t["half"] == "cuối" else n)
    if t["quarter"]:
        q = t["q"].lower()
        qn = _ROMAN.get(q) or int(q)
        return _Period(None, int(t["yq"]) if t["yq"] else None, 3 * qn)
    if t["ytd"]:
        return _Period(None, int(t["yt"]) if t["yt"] else None, None)
    if t["year"]:
        return _Period(None, int(t["y"]), 12)
    return _Period(None, None, 12)


# The later part of a year, with its year: "6 tháng cuối năm 2031", "những tháng cuối năm
# 2031", "quý IV/2031", "quý III năm 2031".
_LATER_PART = re.compile(
    rf"(?<![\w])(?:(?:\d{{1,2}}|những|các)\s+tháng\s+cuối\s+năm|quý\s+(?:II|III|IV|[2-4])\s*(?:/|-|năm)?)"
    rf"\s*(?P<y>{_YEAR})(?![\d])", re.IGNORECASE)


def _review_period(view: str, spans: list[tuple[int, int]]) -> _Period | None:
    """The period the first review cue of the headline or lead names; failing a year,
    the first part of a year named; failing that, the year whose tasks are set."""
    cue, _, tasks = _review_words()
    partial = None
    for s, e in spans:
        for m in cue.finditer(view, s, e):
            p = _period_after(view, m.end(), e)
            if p is None:
                continue
            if p.last is not None:
                return p
            if p.end_month != 12 and (later := _LATER_PART.search(view, m.end(), e)):
                # "sơ kết 6 tháng đầu năm, bàn giải pháp thực hiện 6 tháng cuối năm 2031": the
                # year's later part after the turn names the year of the part reviewed
                return _Period(None, int(later["y"]), p.end_month)
            partial = partial or p
    if partial:
        return partial
    for s, e in spans:
        for m in tasks.finditer(view, s, e):
            y = re.search(rf"(?<![\d/.-])(?:năm\s+)?({_YEAR})(?![\d/])", view[m.end():min(e, m.end() + 60)])
            if y and not re.search(r"[.;]", view[m.end():m.end() + y.start()]):
                return _Period(None, int(y[1]), 12, tasks=True)
    return None


def _review_year(p: _Period, year: int | None, month: int | None) -> tuple[int | None, int | None]:
    """(reviewYear, reviewFrom) of a period, given the meeting's year and month where known."""
    if p.tasks and p.last is not None:
        # a year's tasks launched at the turn of the year report on the year just ended:
        # "triển khai nhiệm vụ năm 2027" in January 2027 (or December 2026) reviews 2026;
        # launched mid-year, with nothing ended, it is of its own year
        if year is not None and month is not None and (year, month) >= (p.last, 7):
            return p.last, None
        return p.last - 1, None
    if p.last is not None:
        last = p.last
        if (p.midterm or p.first is not None) and year is not None and last > year:
            last = year  # a mid-term review reviews up to its own year
        return last, p.first
    if year is None:
        return None, None
    if p.end_month == 12:
        # "tổng kết công tác năm": late in the year it is that year's, early in the next the last one's
        if month is not None and month >= 10:
            return year, None
        if month is not None and month <= 3:
            return year - 1, None
        return None, None
    return year, None  # "6 tháng đầu năm", "9 tháng", "từ đầu năm": the meeting's year


def _year_after_period(p: _Period, month: int) -> int | None:
    """The year of a meeting in ``month`` that reviews the period: a review follows its
    period's end within three months, or comes in its last two."""
    if p.last is None or p.end_month is None or p.tasks:
        return None
    delta = (month - p.end_month) % 12
    if delta <= 3:
        return p.last + (1 if month < p.end_month else 0)
    if delta >= 10:
        return p.last
    return None


# -------------------------------------------------------------------- planned and named years


@cache
def _plan_year_rules() -> tuple[tuple[re.Pattern[str], range, int], ...]:
    """(pattern whose group 1 is the planned year, the meeting months it dates, the
    meeting's year less the planned year) from kg/lexicon/meeting.toml [plan_year]."""
    cues = _lex()["plan_year"]
    gap = r"(?![\w])[^.;\n]{0,80}?(?<![\w])năm\s+((?:19|20)\d{2})(?![\d])"
    return tuple((re.compile(r"(?<![\w])(?:" + alternation(cues[key]) + ")" + gap, re.IGNORECASE), months, shift)
                 for key, months, shift in (("ahead", range(9, 13), -1), ("launch", range(1, 4), 0),
                                            ("during", range(1, 13), 0)))


def _plan_year(view: str, spans: list[tuple[int, int]], month: int) -> int | None:
    """The year of a meeting in ``month``, from the year its headline or lead plans for."""
    for pat, months, shift in _plan_year_rules():
        if month not in months:
            continue
        for s, e in spans:
            m = pat.search(view, s, e)
            if m:
                return int(m.group(1)) + shift
    return None


@cache
def _planned_before() -> re.Pattern[str]:
    """A year this close after a plan's or a review's word is not the event's own."""
    lx = _lex()
    words = [*lx["plan_year"]["words"], *lx["review"]["phrases"]]
    return re.compile(rf"(?<![\w])(?:{alternation(words)})(?![\w])[^,.;()“”]{{0,40}}$", re.IGNORECASE)


@cache
def _award_before() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])(?:{alternation(_lex()['named_year']['awards'])})(?![\w])[^.;]{{0,80}}$",
                      re.IGNORECASE)


_NAMED_YEAR = re.compile(rf"(?<![\w])năm\s+({_YEAR})(?![\d/])", re.IGNORECASE)
@cache
def _anniversary() -> re.Pattern[str]:
    """An anniversary's span in brackets: "kỷ niệm 65 năm ... (15/8/1959 – 15/8/2024)"."""
    words = alternation(_lex()["named_year"]["anniversary"])
    return re.compile(rf"(?<![\w])(?:{words})(?![\w])[^.;]{{0,90}}?\([^()]*?{_YEAR}\s*[-–][^()]*?({_YEAR})\s*\)",
                      re.IGNORECASE)
_SEASON = re.compile(rf"(?<![\w])lần thứ\s+\S+\s*\(\s*{_YEAR}\s*[-–]\s*({_YEAR})\s*\)", re.IGNORECASE)


def _named_year(view: str, spans: list[tuple[int, int]], month: int | None = None,
                day: int | None = None) -> int | None:
    """The year in the event's name, when the event's sentences name one: "Hội thảo ...
    năm 2013", "kỷ niệm 65 năm (1959 – 2024)", a contest's season "lần thứ XI
    (2023-2024)" (its last year).  A planned or reviewed year is not one, nor an
    award's year early in a year ("trao giải Cuộc thi ... năm 2023" on 15/1 may be of
    2024), unless the text dates the contest's own days early in that year ("Cuộc thi ...
    năm 2030" on 27/1, its entries received from 5/1/2030 to 20/1/2030)."""
    years = set()
    for s, e in spans:
        for m in _anniversary().finditer(view, s, e):
            years.add(int(m[1]))
        for m in _SEASON.finditer(view, s, e):
            years.add(int(m[1]))
        for m in _NAMED_YEAR.finditer(view, s, e):
            before = view[s:m.start() + 3]  # with its "năm": "đến năm 2030" is a target
            if _planned_before().search(before) or re.search(rf"{_YEAR}\s*[-–]\s*$", before):
                continue
            if month is not None and month <= 3 and _award_before().search(before) and not (
                    day is not None and _dated_before(view, int(m[1]), month, day)):
                continue
            if re.match(r"\s*[-–]\s*(?:19|20)\d{2}", view[m.end():m.end() + 8]):
                continue
            years.add(int(m[1]))
    return years.pop() if len(years) == 1 else None


def _dated_before(view: str, year: int, month: int, day: int) -> bool:
    """Does the text write a day of ``year`` in the two months before ``day``/``month``
    of it (not a document's date): the event is of that year?"""
    try:
        meeting = date(year, month, day)
    except ValueError:
        return False
    for m in _WRITTEN_DATE.finditer(view):
        got = full_date(m[1])
        if got is None or got.year != year or not timedelta(0) <= meeting - got <= timedelta(days=62):
            continue
        before = view[max(0, m.start() - 40):m.start()]
        if not (_DOC_CONTEXT.search(before) or _NUMBERED.search(before)):
            return True
    return False


@cache
def _congress_term() -> re.Pattern[str]:
    c = _lex()["congress"]
    return re.compile(rf"(?<![\w])(?:{alternation(c['heads'])})(?![\w])[^.;]{{0,120}}?(?<![\w])"
                      rf"(?:{alternation(c['term'])})\s+({_YEAR})\s*[-–]\s*{_YEAR}", re.IGNORECASE)


def _term_year(view: str, spans: list[tuple[int, int]]) -> int | None:
    """The first year of the term a congress opens ("Đại hội ... nhiệm kỳ 2018–2023": 2018)."""
    for s, e in spans:
        m = _congress_term().search(view, s, e)
        if m:
            return int(m[1])
    return None


_TODAY = re.compile(r"(?<![\w])(?:hôm|sáng|chiều|tối|trưa)\s+(?P<w>nay|qua)(?![\w])(?!\s*\(?\s*(?:ngày\s+)?\d)",
                    re.IGNORECASE)


def _today(view: str, lead: list[tuple[int, int]]) -> int | None:
    """Days before the publication of an event the lead dates by "today" or "yesterday"
    with no day written, near its sentence's start ("Hôm nay, tại thành phố ...", "Chiều
    qua, Sở Y tế ..."): 0 or 1; None if it dates none so."""
    for s, e in lead[:2]:
        m = _TODAY.search(view, s, min(e, s + 80))
        if m:
            return 0 if m["w"].lower() == "nay" else 1
    return None


@cache
def _recent() -> re.Pattern[str]:
    return _rx(_lex()["recent"]["phrases"])


# -------------------------------------------------------------------- organiser, online meetings


_ORGANISER = re.compile(
    rf"(?P<org>[{UPPER}][^,;:.()]{{2,120}}?)(?:\s*\([^()]{{1,30}}\))?\s+(?:đã\s+|vừa\s+|mới\s+|sẽ\s+|long trọng\s+)*"
    r"(?P<with>phối hợp\s+(?:với\s+)?[^;.]{2,120}?\s+)?tổ chức\s")
_BY = re.compile(rf"(?<![\w])do\s+(?P<org>[{UPPER}][^,;:.()]{{2,120}}?)(?:\s*\([^()]{{1,30}}\))?\s+(?:đã\s+)?"
                 r"(?:tổ chức|chủ trì tổ chức)(?![\w])")
_LOCAL = re.compile(r"(?<![\w])(?:tỉnh|thành phố|TP\.?|huyện|UBND|HĐND|Ủy ban nhân dân|Tỉnh ủy|Thành ủy|Sở|xã|quận)"
                    r"(?![\w])")


@cache
def _online() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    o = _lex()["online"]
    national = re.compile(rf"^(?:{alternation(o['national'])})(?![\w])"
                          rf"|(?<![\w])(?:{alternation(o['national_suffix'])})$", re.IGNORECASE)
    return _rx(o["phrases"]), _rx(o["nationwide"]), national


def _organiser(report: Report, sent: tuple[int, int]) -> tuple[str, Span, bool] | None:
    """The body that organised the event (the subject of "tổ chức", or "do X tổ chức"),
    as written, and whether the province co-organised it ("phối hợp với UBND tỉnh")."""
    view = report.view
    s, e = sent
    text = view[s:e]
    # leave out the dateline and the time and place adverbials before the subject
    skip = re.match(r"\s*(?:date\s+\S+\s+)?(?:\([^()]{0,30}\)\s*[-–:]?\s*|[A-ZĐ.]{2,12}\s*[-–:]\s*)?", text)
    at = skip.end() if skip else 0
    while True:
        m = re.match(r"(?:[^,;]{0,40}\d[^,;]{0,30}|(?:vừa qua|mới đây|tại\s+[^,;]{2,80}))\s*,\s*", text[at:],
                     re.IGNORECASE)
        if not m:
            break
        at += m.end()
    m = _BY.search(text) or _ORGANISER.match(text, at)
    if m is None:
        return None
    org = " ".join(m["org"].split())
    if len(org.split()) > 14 or _event_verbs().search(org):
        return None  # no body's name: "Sở X dự hội nghị trực tuyến ..."
    start = s + m.start("org")
    span = Span.of(report.text, start, start + len(m["org"].rstrip()))
    local_partner = bool("with" in m.groupdict() and m["with"] and _LOCAL.search(m["with"]))
    return org, span, local_partner


def _national(org: str) -> bool:
    """Is the body a national one (a ministry, the Government, a central Party body, a
    national association), and none of a province's?"""
    _, _, national = _online()
    return bool(national.search(org)) and not _LOCAL.search(org)


# -------------------------------------------------------------------- the report


@cache
def _photo_caption() -> re.Pattern[str]:
    labels = alternation(list(lexicon.words("bylines", "byline", "photo_labels")))
    return re.compile(rf"^\W*(?:{labels})\s*[:\-–]|\(\s*(?:{labels})\s*[:)\-–]|(?<![\w])(?i:ảnh minh họa)(?![\w])"
                      rf"|[.\-–|]\s*(?-i:Ảnh)\s*:", re.IGNORECASE)


def photo_caption(view: str, at: int) -> bool:
    """Is the line at ``at`` a photo's caption, marked as one ("Ảnh: Lễ ký kết năm 2023",
    "Lễ ký kết giữa hai bên (Ảnh: Hà Thị Mơ)", "... tại buổi làm việc. Ảnh: Lò Văn
    Thạch", "Ảnh minh họa")?  What it shows is no event of the report's text."""
    start = view.rfind("\n", 0, at) + 1
    end = view.find("\n", at)
    line = view[start:end if end >= 0 else len(view)]
    return len(line.split()) <= 40 and _photo_caption().search(line) is not None


# A line above the body opening with a bare full date, a capital after it with no comma:
# the page's date stamp before a headline ("12/3/2021 Sở Nội vụ tổ chức hội nghị ..."),
# not a lead that dates its event ("Ngày 11/3/2021, Sở Nội vụ ...", "– Chiều 8/11, ...").
_STAMPED = re.compile(rf"\s*(?:{FULL_DATE})(?:\s+\d{{1,2}}:\d{{2}})?\s+(?=[{UPPER}])")


def _title_lines(report: Report) -> list[tuple[int, int]]:
    """Lines before the body that may be the real headline where the layout took page
    clutter for it ("KIỂM TRA TIẾN ĐỘ ...", a headline after a site's name)."""
    lay = layout(report)
    out = []
    for ln in lines(report.view[:lay.body_start])[:14]:
        if lay.headline is not None and ln.start == lay.headline.start:
            continue
        if 4 <= ln.words <= 45 and not is_clutter(ln.text) and not photo_caption(report.view, ln.start):
            out.append((ln.start, ln.end))
    return out


def extract_meeting(report: Report) -> MeetingResult:
    view = report.view
    lay = layout(report)
    published, _ = published_date(report)
    head = [(lay.headline.start, lay.headline.end)] if lay.headline else []
    titles = _title_lines(report)
    # a line above the body that opens with a time is the lead's, taken for a headline
    # or clutter by the layout ("– Ngày 8/11, Ban tổ chức ... tổ chức lễ tổng kết ...")
    lead = [t for t in titles if len(view[t[0]:t[1]].split()) >= 12 and _time_first(view, *t)
            and not _STAMPED.match(view, *t)] + list(lay.lead)
    titles = [t for t in titles if t not in lead]
    # A photo's caption ("Lễ ký kết ... (Ảnh: ...)") may show another event than the
    # report's: it is read only where nothing else names one.
    captions = [("headline" if x in head else "lead", x) for x in head + lead if photo_caption(view, x[0])]
    head = [x for x in head if ("headline", x) not in captions]
    lead = [x for x in lead if ("lead", x) not in captions]
    context = head + lead
    # The event: each sentence's first anchor, headline first; where the headline names
    # none, the lines above the body may hold the real one (after a site's search box).
    anchors = [a for where, spans in (("headline", head), ("lead", lead)) for sent in spans
               if (a := _anchor(view, sent, where, context))]
    if lead and _tells_of_a_document(view, lead[0]):
        # news of a plan or a decision: the headline's event is what it plans ("Tiếp xúc
        # cử tri trước kỳ họp" over "... vừa ban hành kế hoạch tiếp xúc cử tri ..."), and a
        # photo's caption shows an earlier one ("Vòng chung kết Hội thi năm trước")
        anchors = [a for a in anchors if a.where != "headline"]
        titles = []
        captions = []
    if not any(a.where == "headline" for a in anchors) or not any(_is_evidence(view, a, lead) for a in anchors):
        anchors += [a for sent in titles if (a := _anchor(view, sent, "title", context))]
    is_meeting = any(_is_evidence(view, a, lead) for a in anchors)
    if not is_meeting and captions:
        anchors += [a for where, sent in captions if (a := _anchor(view, sent, where, context))]
        is_meeting = any(_is_evidence(view, a, lead) for a in anchors)
    if not (is_meeting and any(a.strength == 2 for a in anchors)) and (
            attended := _body_anchor(report, lay, context)) is not None:
        # the body says who attended what: the event is the one attended, of the kind the
        # headline and lead name, else of its own noun's ("dự lễ công bố": a ceremony); or
        # it tells of an event ("Phát biểu nhận nhiệm vụ, ông X ...", "Tại buổi lễ kỷ niệm, ...")
        is_meeting = True
        anchors = [a for a in anchors if a.where != "title"] + [attended] + [a for a in anchors if a.where == "title"]
    kind, kind_span, event = "OtherMeeting", None, None
    for a in anchors:
        if a.strength < 2:
            continue
        if not is_meeting:
            continue  # "Triển khai Kế hoạch của Tỉnh ủy": news of a plan, no meeting
        kind, kind_span, event = a.kind, Span.of(report.text, a.start, a.end), a
        break
    if event is None and is_meeting:
        first = next((a for a in anchors if _is_evidence(view, a, lead)), None)
        if first is not None:
            kind_span, event = Span.of(report.text, first.start, first.end), first
    if not is_meeting:
        kind, kind_span = "OtherMeeting", None

    # the body's first sentences (a long body is not split to its end for six of them)
    body = [x for x in sentences(view, lay.body_start, min(lay.body_end, lay.body_start + 4000))[:6] if x not in lead]
    period = _review_period(view, context)
    meeting_date, date_span = None, None
    meeting_year: int | None = None
    meeting_month: int | None = None
    years = _text_years(view, context)
    if is_meeting:
        dates = _meeting_dates(report, lead + body)
        if dates:
            dm = dates[0]
            assert dm.month is not None and dm.day is not None
            year = dm.year
            named_spans = head + [x for x in lead + body if x[0] <= dm.span.start <= x[1]]
            if event is not None and event.sentence not in named_spans:
                named_spans.append(event.sentence)
            if year is None and published is not None:
                year = _latest_not_after(dm.day, dm.month, published)
            if year is None:
                year = _same_day_year(view, dm.day, dm.month)
            if year is None and published is None:
                for ref in _reference_dates(report, lead, head, years):
                    year = _latest_not_after(dm.day, dm.month, ref)
                    if year is not None:
                        break
            term = _term_year(view, named_spans)
            if dm.year is None and year is not None and term is not None and not term - 1 <= year <= term + 1:
                year = term  # a re-publication's date: the congress opens its term
            if year is None:
                year = _month_year(view, context, dm.month)
            if year is None:
                for ref in _status_dates(view, context):
                    year = _first_not_before(dm.day, dm.month, ref)
                    if year is not None:
                        break
            if year is None and period is not None:
                year = _year_after_period(period, dm.month)
            if year is None:
                year = _plan_year(view, context, dm.month)
            if year is None:
                year = _named_year(view, named_spans, dm.month, dm.day)
            if year is not None:
                meeting_date = f"{year:04d}-{dm.month:02d}-{dm.day:02d}"
                date_span = dm.span
                meeting_year, meeting_month = year, dm.month
        else:
            stamp = _month_stamp(report)
            named_spans = head + lead[:2] + ([event.sentence] if event and event.sentence not in lead[:2] else [])
            named = _named_year(view, named_spans)
            if stamp is not None and named == stamp[0] - 1 and _named_year(view, named_spans, 1) is None:
                # an award's year is the contest's, given the year after: "trao giải Cuộc thi
                # ... năm 2020" on a page of 2021-06 is of the page's month
                named = None
            if stamp is not None and not (_fits(stamp[0], years) and (
                    published is None or (published.year, published.month) == stamp)):
                stamp = None  # the page's stamp, far from the text's years or its dateline
            today = _today(view, lead)
            if today is not None and published is not None:
                # "Hôm nay, ...", "Chiều qua, ...": the day of the publication, or the one before
                meeting_date = (published - timedelta(days=today)).isoformat()
            elif stamp is not None and named in (None, stamp[0]):
                # the page's own month stamp at the top ("date 2021-11"), no day written:
                # the month of the event it reports
                meeting_date = f"{stamp[0]:04d}-{stamp[1]:02d}"
            elif named is not None:
                meeting_date = f"{named:04d}"
            else:
                ref = published or next(iter(_reference_dates(report, lead, head, years)), None)
                if ref is not None and (any(_recent().search(view, s, e) for s, e in lead)
                                        or (ref.month, ref.day) > (1, 15)):
                    # news of an event with no date is of the year it is published in,
                    # unless published so early in January that it may be of December
                    meeting_date = f"{ref.year:04d}"
                elif ref is None and len(years) == 1 and _month_stamp(report) is not None:
                    # a page's stamp that the text's one year overrules: that year
                    meeting_date = f"{next(iter(years)):04d}"
            if meeting_date is not None:
                meeting_year = int(meeting_date[:4])
                if len(meeting_date) >= 7:
                    meeting_month = int(meeting_date[5:7])
    review_year = review_from = None
    if kind == "ReviewConference" and period is not None:
        review_year, review_from = _review_year(period, meeting_year, meeting_month)

    # The organiser, and an online meeting the province joined from a bridge point.
    organizer, organizer_span, organizer_national, local_partner = None, None, False, False
    for sent in ([event.sentence] if event and event.where == "lead" else []) + lead:
        got = _organiser(report, sent)
        if got:
            organizer, organizer_span, local_partner = got
            organizer = expand(organizer)
            organizer_national = _national(organizer)
            break
    said = context + body
    online_words, nationwide, _ = _online()
    online = is_meeting and any(online_words.search(view, s, e) for s, e in said)
    bridge = online and not local_partner and (
        organizer_national or (organizer is None and any(nationwide.search(view, s, e) for s, e in said)))
    return MeetingResult(
        kind=kind, is_meeting=is_meeting, kind_span=kind_span, date=meeting_date, date_span=date_span,
        review_year=review_year, published=published, organizer=organizer, organizer_span=organizer_span,
        review_from=review_from, online=online, bridge_point=bridge, organizer_national=organizer_national,
    )
