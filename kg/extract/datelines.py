"""The publication date of a report: its dateline, at the top of the page, after the lead
or at its foot.

A dateline stands on a line of its own or ends one: under the headline or over it
("Thứ năm, 28/04/2022 09:20", "Ngày đăng : 19-07-2021", "08:30 | 05/09/2022", " date
2026-01-07"), in brackets after the headline or a breadcrumb ("(10/11/2017 16:10)",
"Trang chủ >> Tin tức (30-12-2019)", "[05/09/2022 08:30]"), with the month named ("Th9
05, 2022", "Sep 5, 2022"), right after the lead or glued to the site's name there ("Sở
KH&CN tỉnh X05/09/2022"), or at the foot, labelled ("Ngày đăng: 16/04/2024") or alone
after the byline.  Where the page has two, the one nearest the headline is the article's:
the other is the site's clock, the time of the crawl ("Thứ Hai, ngày 23/07/2018 00:05
AM" over "Thứ Năm, ngày 05/12/2013 09:53 AM").  A print or crawl stamp ("Ngày in:
...", "Truy cập ngày ...", "Hôm nay: ...") is no publication date, nor is the site's
header of today over the headline, a short line beside it saying "Hôm nay" or the
weather ("Hôm nay\nThứ sáu, 12/08/2022\nLai Châu 24°C": the day of the crawl).
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from ..lexicon import words
from ..models import Report, Span
from .text import (
    ANY_DATE,
    CLOCK,
    FULL_DATE,
    MONTH_NAMES,
    NAMED_DATE,
    TIME,
    WEEKDAY,
    Line,
    alternation,
    is_clutter,
    is_dateline,
    layout,
    lines,
)

_ISO = re.compile(r"(?<![\d])(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})(?![\d])")
_DATE_RE = re.compile(ANY_DATE, re.IGNORECASE)
_MONTHS_EN = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTHS_VI = ("giêng", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười", "mười một", "mười hai")


def valid_day(d: int, m: int, y: int | None) -> bool:
    if not (1 <= m <= 12 and 1 <= d <= 31):
        return False
    try:
        date(y or 2000, m, d)
    except ValueError:
        return False
    return True


@cache
def _not_publication() -> re.Pattern[str]:
    """A print or crawl stamp, the site's clock: "Ngày in: ...", "Truy cập lúc ...", "Hôm nay: ..."."""
    return re.compile(rf"(?<![\w])(?:{alternation(words('bylines', 'dateline', 'not_publication'))})(?![\w])",
                      re.IGNORECASE)


@cache
def _site_today() -> re.Pattern[str]:
    """Words of a site's header of today ("Hôm nay", the weather: "Lai Châu 24°C")."""
    ws = words("bylines", "dateline", "site_today")
    alts = "|".join(re.escape(w) if not w[0].isalpha() else rf"(?<![\w]){re.escape(w)}(?![\w])" for w in ws)
    return re.compile(alts, re.IGNORECASE)


def _is_site_today(ls: list[Line], i: int, head: int | None) -> bool:
    """Is the date on line ``i`` the site's header of today, the day of the crawl: over
    the headline, a short line beside it saying "Hôm nay" or the weather ("Hôm nay\nThứ
    sáu, 12/08/2022\nLai Châu 24°C")?"""
    if head is not None and i > head:
        return False
    near = [ls[j] for j in range(max(0, i - 2), min(len(ls), i + 3)) if j != i]
    return any(ln.words <= 5 and _site_today().search(ln.text) for ln in near)


def site_today_lines(report: Report) -> list[tuple[int, int]]:
    """The lines (start, end) over the headline that are the site's header of today."""
    lay = layout(report)
    ls = lines(report.view)
    head = next((i for i, ln in enumerate(ls) if lay.headline is not None and ln.start == lay.headline.start), None)
    return [(ln.start, ln.end) for i, ln in enumerate(ls[:14])
            if ln.start < lay.body_start and _DATE_RE.search(ln.text) and _is_site_today(ls, i, head)]


# A date in brackets ending a line: "Lễ công bố quyết định (12/12/2016)", "[05/09/2022 08:30]".
_BRACKETED_END = re.compile(
    rf"[(\[]\s*(?:{CLOCK}\s*[,\-–|]?\s*)?(?P<d>{ANY_DATE})(?:\s*[,\-–|]?\s*{CLOCK})?\s*[)\]]\W*$", re.IGNORECASE)
# A date ending a short line of the site's or the writer's name, glued or not ("Sở KH&CN tỉnh
# Cao Bằng05/09/2022", "Minh Anh 05/09/2022 08:30"); a sentence's date has a word before it.
_ENDING = re.compile(rf"(?P<d>{ANY_DATE})(?:\s*[,\-–|]?\s*{CLOCK})?\W*$", re.IGNORECASE)
_IN_SENTENCE = re.compile(r"(?<![\w])(?:ngày|từ|đến|tới|số|năm|tháng|hạn|trước|sau|vào)\s*$", re.IGNORECASE)
_LABELLED = re.compile(rf"(?:ngày đăng|cập nhật|đăng ngày|đăng lúc|xuất bản|date|gmt|posted|published|{WEEKDAY})",
                       re.IGNORECASE)


# A date written out on a line of its own: "Ngày 13 tháng 6 năm 2024", "Thứ Năm, ngày 13
# tháng 6 năm 2024 09:20".
_LONG_DATE = r"\d{1,2}\s+tháng\s+\d{1,2}\s*,?\s*năm\s+(?:19|20)\d{2}"
_LONG_LINE = re.compile(
    rf"^\W*(?:{WEEKDAY}\s*[,\-–]?\s*)?(?:ngày\s+)?(?P<d>{_LONG_DATE})(?:\s*[,\-–|]?\s*{CLOCK})?\W*$", re.IGNORECASE)


def _in_line(text: str) -> tuple[int, int] | None:
    """Where the publication date is in a line before the body, or None: a dateline,
    labelled, with a time, or a date ending the line in brackets, or one written out
    alone on its line ("Ngày 13 tháng 6 năm 2024")."""
    if _not_publication().search(text):
        return None
    long = _LONG_LINE.match(text)
    if long:
        return long.span("d")
    m = _BRACKETED_END.search(text)
    if m:
        return m.span("d")
    labelled = _LABELLED.search(text) or re.search(TIME, text)
    short = len(re.findall(r"[^\W\d_]+", text)) <= 14
    for m in _DATE_RE.finditer(text):
        if labelled or (short and re.fullmatch(rf"[\W\w]{{0,20}}(?:{ANY_DATE})\W*", text, re.IGNORECASE)):
            return m.span()
    return None


def published_date(report: Report) -> tuple[date | None, Span | None]:
    """The publication date from the report's metadata or its dateline."""
    if report.published:
        return report.published, None
    text = report.view
    lay = layout(report)
    ls = lines(text)
    found: list[tuple[int, date, int, int]] = []  # (line index, day, start, end)
    head = next((i for i, ln in enumerate(ls) if lay.headline is not None and ln.start == lay.headline.start), None)
    for i, ln in enumerate(ls[:14]):
        if ln.start >= lay.body_start and ln.words >= 12:
            # A running line can still open with the site's date stamp: " date 2026-01-07 Chiều 7/1, ..."
            m = re.match(r"\s*date\s+((?:19|20)\d{2})-(\d{2})-(\d{2})", text[ln.start:ln.end])
            if m and not found and valid_day(int(m[3]), int(m[2]), int(m[1])):
                span = Span.of(report.text, ln.start + m.start(1), ln.start + m.end(3))
                return date(int(m[1]), int(m[2]), int(m[3])), span
            break
        at = _in_line(ln.text)
        if at and (day := full_date(ln.text[at[0]:at[1]])) and not _is_site_today(ls, i, head):
            found.append((i, day, ln.start + at[0], ln.start + at[1]))
    if found:
        below = [f for f in found if head is not None and f[0] > head]
        # Nearest the headline: the first under it, else the last over it (the site's clock comes first).
        _, day, s, e = below[0] if below else found[-1]
        return day, Span.of(report.text, s, e)
    # Right after the lead: a dateline of its own, or ending the site's or the writer's name.
    body = next((i for i, ln in enumerate(ls) if ln.start >= lay.body_start), len(ls))
    for ln in ls[body + 1:body + 5]:
        if ln.start > lay.body_end:
            break
        hit = _after_lead(ln.text)
        if hit:
            day, a, b = hit
            return day, Span.of(report.text, ln.start + a, ln.start + b)
    # At the foot: a labelled dateline ("Ngày đăng: 16/04/2024"), or one alone after the byline.
    tail = [ln for ln in ls if ln.start > lay.body_end]
    for ln in reversed(ls[-6:]):
        if ln.start < lay.body_start or ln.words > 14:
            continue
        label = _FOOT_LABEL.match(ln.text)
        if label is None:
            continue
        m = re.match(ANY_DATE, ln.text[label.end():], re.IGNORECASE)
        if m and (day := full_date(m.group(0))):
            at = ln.start + label.end()
            return day, Span.of(report.text, at, at + len(m.group(0)))
    for ln in tail[:3]:
        if is_dateline(ln.text) and not _not_publication().search(ln.text):
            m = _DATE_RE.search(ln.text)
            if m and (day := full_date(m.group(0))):
                return day, Span.of(report.text, ln.start + m.start(), ln.start + m.end())
        elif is_clutter(ln.text):
            break
    return None, None


def _after_lead(text: str) -> tuple[date, int, int] | None:
    """The publication date on a line right after the lead: a dateline ("05/09/2022 08:30"),
    or a date ending a short line that is no sentence ("Sở KH&CN tỉnh X05/09/2022")."""
    if _not_publication().search(text) or len(re.findall(r"[^\W\d_]+", text)) > 20:
        return None
    if is_dateline(text):
        m = _DATE_RE.search(text)
        at = m.span() if m else None
    else:
        m = _ENDING.search(text)
        if m is None or re.search(r"[.!?…:;]", text[:m.start()]) or _IN_SENTENCE.search(text[:m.start()]):
            return None
        at = m.span("d")
    day = full_date(text[at[0]:at[1]]) if at else None
    return (day, at[0], at[1]) if day and at else None


def full_date(written: str) -> date | None:
    """A date as written ("16/04/2024", "16-4-2024", "2024-04-16", "Th9 05, 2022", "5 Sep
    2022"), or None if no such day."""
    iso = _ISO.fullmatch(written)
    long = re.fullmatch(_LONG_DATE, written, re.IGNORECASE)
    if iso:
        y, mo, d = int(iso["y"]), int(iso["m"]), int(iso["d"])
    elif long:
        d, mo, y = (int(x) for x in re.findall(r"\d+", written))
    elif re.fullmatch(FULL_DATE, written):
        d, mo, y = (int(x) for x in re.split(r"[/.-]", written))
    elif re.fullmatch(NAMED_DATE, written, re.IGNORECASE):
        month = re.search(MONTH_NAMES, written, re.IGNORECASE)
        assert month is not None
        mo = _month(month.group(0))
        rest = written[:month.start()] + " " + written[month.end():]
        nums = [int(x) for x in re.findall(r"\d+", rest)]
        if mo is None or len(nums) != 2:
            return None
        d, y = (nums[0], nums[1]) if nums[0] < 100 else (nums[1], nums[0])
    else:
        return None
    return date(y, mo, d) if valid_day(d, mo, y) else None


def _month(name: str) -> int | None:
    """The month a month's name gives: "Th9", "tháng 9", "Sep", "September", "tháng Chín"."""
    low = name.lower()
    digits = re.search(r"\d+", low)
    if digits:
        return int(digits.group(0))
    for i, en in enumerate(_MONTHS_EN, 1):
        if low.startswith(en):
            return i
    word = re.sub(r"^tháng\s+", "", low).strip()
    for i, vi in enumerate(_MONTHS_VI, 1):
        if word == vi:
            return i
    return 12 if word == "chạp" else (1 if word == "một" else None)


# The label of a dateline at the foot of a page: "Ngày đăng: 16/04/2024", "Cập nhật lúc 09:15 ngày 16/4/2024".
_FOOT_LABEL = re.compile(
    r"(?:ngày đăng|đăng ngày|ngày cập nhật|cập nhật(?: lúc)?|ngày xuất bản|xuất bản)\s*:?\s*"
    r"(?:(?:lúc\s*)?\d{1,2}[:h]\d{2}\s*(?:,\s*)?)?(?:ngày\s*)?",
    re.IGNORECASE,
)
