"""The meeting a report is about: its kind, its date, the year it reviews.

* Publication date: :mod:`kg.extract.datelines`.
* Kind: the first rule of kg/lexicon/meeting.toml [[kind]] that the headline matches,
  else the first lead sentence that one matches.
* Date: the first date in the lead written as an event's date ("Chiều ngày 29/12",
  "Sáng 15/1", "Ngày 19 tháng 7 năm 2021", "Ngày 25-3,"), never a document's date
  ("Quyết định số ... ngày 18/5/2016").  A date without a year takes it only where the
  text makes it certain: from the publication date (the latest such day not after it),
  or for a review conference from the year it reviews (December of that year, January
  to March of the next), or from the year it plans for (kg/lexicon/meeting.toml
  [plan_year]: next year's tasks are set from September to December, a year's plan is
  launched from January to March).  "vừa tổ chức", "mới đây" with a publication date
  give the year.
"""

from __future__ import annotations

import re
from functools import cache

from .. import lexicon
from ..models import DateMention, MeetingResult, Report, Span
from .datelines import published_date, valid_day
from .text import layout, phrase_re, sentences


@cache
def _kind_rules() -> list[tuple[str, re.Pattern[str], bool]]:
    return [(k["name"], phrase_re(k["any"]), bool(k.get("requires_meeting")))
            for k in lexicon.load("meeting")["kind"]]


@cache
def _meeting_nouns() -> re.Pattern[str]:
    return phrase_re(lexicon.load("meeting")["meeting_nouns"]["phrases"])


@cache
def _recent() -> re.Pattern[str]:
    return phrase_re(lexicon.load("meeting")["recent"]["phrases"])


# Verbs that make a meeting noun an event of this report, not a name ("Nghị quyết Hội nghị
# Trung ương 6" is a document): "tổ chức Hội nghị", "dự hội nghị", "buổi làm việc".
_EVENT_VERBS = re.compile(
    r"(?<![\w])(?:tổ chức|diễn ra|dự|tham dự|chủ trì|làm việc|khai mạc|họp|phát biểu|tiếp|đón|ký kết|trao|"
    r"long trọng|tập huấn|kỷ niệm|khai trương|đã có|thăm)(?![\w])",
    re.IGNORECASE,
)
_DOC_CONTEXT = re.compile(r"(?:Nghị quyết|Quyết định|Kết luận|Chỉ thị|Kế hoạch|Đề án)\s+[^,.;]{0,25}$", re.IGNORECASE)

_DAY_PART = r"(?:sáng sớm|chiều tối|sáng|chiều|tối|trưa)"
# "29/12", "29/12/2021", "29-12", "29.12.2021", "ngày 19 tháng 7 năm 2021", "Sáng nay 11/1",
# "Hôm nay 3/10"; a meeting of
# several days is dated by its first: "ngày 12 và 13/3/2024", "ngày 12-13/3", "từ ngày 12
# đến ngày 14/3".
_DM = re.compile(
    rf"(?P<pre>(?:(?<![\w])(?:{_DAY_PART}\s+(?:nay\s+|qua\s+)?|hôm\s+(?:nay|qua)\s+))?"
    r"(?:(?:vào\s+|từ\s+)?(?<![\w])ngày\s+)?)"
    r"(?<![\w/.-])(?P<d>\d{1,2})(?:\s*(?:và|đến|[-–,])\s*(?:ngày\s+)?\d{1,2}(?=\s*[/.-]\s*\d))?"
    r"\s*(?:(?P<sep>[/.-])\s*(?P<m>\d{1,2})(?:\s*(?P=sep)\s*(?P<y>(?:19|20)\d{2}))?"
    r"|\s+tháng\s+(?P<m2>\d{1,2})(?:\s*(?:,\s*)?năm\s+(?P<y2>(?:19|20)\d{2}))?)(?![\d/]|-\d)",
    re.IGNORECASE,
)
def _meeting_dates(report: Report, spans: list[tuple[int, int]]) -> list[DateMention]:
    """Dates written as an event's date in the given sentences, in order."""
    view = report.view
    out = []
    for s, e in spans:
        sent = view[s:e]
        for m in _DM.finditer(sent):
            d = int(m["d"])
            mo = int(m["m"] or m["m2"] or 0)
            y = m["y"] or m["y2"]
            year = int(y) if y else None
            if not mo or not valid_day(d, mo, year):
                continue
            pre = m["pre"] or ""
            before = sent[:m.start()]
            at_start = (not before.strip(" ,(–-")
                        or re.search(r"(?:^|[,(–-])\s*(?:\(\w+\)\s*-?\s*)?$", before) is not None)
            if not pre.strip() and not at_start:
                continue
            if _DOC_CONTEXT.search(before) or re.search(r"(?:số|ban hành|ký)\s+[^,;]{0,20}$", before, re.IGNORECASE):
                continue
            if not pre.strip() and re.search(r"\d\s*$", before):
                continue
            out.append(DateMention(span=Span.of(report.text, s + m.start("d"), s + m.end()), day=d, month=mo,
                                   year=year, role="meeting"))
    return out


def _is_meeting_sentence(view: str, s: int, e: int) -> bool:
    sent = view[s:e]
    for m in _meeting_nouns().finditer(sent):
        if _DOC_CONTEXT.search(sent[:m.start()]):
            continue
        return True
    return False


def _kind_of(view: str, s: int, e: int, is_meeting: bool) -> tuple[str, int, int] | None:
    sent = view[s:e]
    for name, pat, needs_meeting in _kind_rules():
        if needs_meeting and not is_meeting:
            continue
        for m in pat.finditer(sent):
            if _DOC_CONTEXT.search(sent[:m.start()]):
                continue
            return name, s + m.start(), s + m.end()
    return None


@cache
def _plan_year_rules() -> tuple[tuple[re.Pattern[str], range, int], ...]:
    """(pattern whose group 1 is the planned year, the meeting months it dates, the
    meeting's year less the planned year) from kg/lexicon/meeting.toml [plan_year]."""
    cues = lexicon.load("meeting")["plan_year"]
    gap = r"(?![\w])[^.;\n]{0,80}?(?<![\w])năm\s+((?:19|20)\d{2})(?![\d])"
    return tuple((re.compile(phrase_re(cues[key]).pattern + gap, re.IGNORECASE), months, shift)
                 for key, months, shift in (("ahead", range(9, 13), -1), ("launch", range(1, 4), 0)))


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


_REVIEW_YEAR = re.compile(r"(?<![\w])(?:tổng kết|sơ kết)(?![\w])[^.;\n]{0,90}?(?<![\d/-])((?:19|20)\d{2})(?![\d])",
                          re.IGNORECASE)


def extract_meeting(report: Report) -> MeetingResult:
    view = report.view
    lay = layout(report)
    published, _ = published_date(report)
    head = [(lay.headline.start, lay.headline.end)] if lay.headline else []
    lead = list(lay.lead)
    # Is the report about a meeting?  A meeting noun in the headline, or one in the lead
    # together with a verb that makes it this report's event.
    is_meeting = any(_is_meeting_sentence(view, s, e) for s, e in head) or any(
        _is_meeting_sentence(view, s, e) and _EVENT_VERBS.search(view[s:e]) for s, e in lead
    )
    kind, kind_span = "OtherMeeting", None
    for s, e in head + lead:
        k = _kind_of(view, s, e, is_meeting)
        if k:
            if k[0] != "OtherMeeting" or is_meeting:
                kind, kind_span = k[0], Span.of(report.text, k[1], k[2])
                is_meeting = True
            break
    review_year = None
    if kind == "ReviewConference":
        for s, e in head + lead:
            m = _REVIEW_YEAR.search(view, s, e)
            if m:
                review_year = int(m.group(1))
                break
    meeting_date, date_span = None, None
    if is_meeting:
        dates = _meeting_dates(report, lead + [x for x in sentences(view, lay.body_start, lay.body_end)[:6]
                                              if x not in lead])
        if dates:
            dm = dates[0]
            year = dm.year
            if year is None and published is not None:
                year = published.year if (dm.month, dm.day) <= (published.month, published.day) else published.year - 1
            if year is None and review_year is not None:
                if dm.month >= 10:
                    year = review_year
                elif dm.month <= 3:
                    year = review_year + 1
            if year is None:
                year = _plan_year(view, head + lead, dm.month)
            if year is not None:
                meeting_date = f"{year:04d}-{dm.month:02d}-{dm.day:02d}"
                date_span = dm.span
        elif published is not None and any(_recent().search(view, s, e) for s, e in lead):
            meeting_date = f"{published.year:04d}"
    return MeetingResult(
        kind=kind, is_meeting=is_meeting, kind_span=kind_span, date=meeting_date, date_span=date_span,
        review_year=review_year, published=published,
    )
