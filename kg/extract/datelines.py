"""The publication date of a report: its dateline, at the top of the page or at its foot.

A dateline near the top ("Thứ năm, 28/04/2022 09:20", "Ngày đăng : 19-07-2021",
" date 2026-01-07", "(10/11/2017 16:10)"), or a labelled one at the foot ("Ngày đăng:
16/04/2024"), or the report's metadata.
"""

from __future__ import annotations

import re
from datetime import date

from ..models import Report, Span
from .text import FULL_DATE, TIME, layout, lines

_ISO = re.compile(r"(?<![\d])(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})(?![\d])")


def valid_day(d: int, m: int, y: int | None) -> bool:
    if not (1 <= m <= 12 and 1 <= d <= 31):
        return False
    try:
        date(y or 2000, m, d)
    except ValueError:
        return False
    return True


def published_date(report: Report) -> tuple[date | None, Span | None]:
    """The publication date from the report's metadata or a dateline near the top."""
    if report.published:
        return report.published, None
    text = report.view
    lay = layout(report)
    for ln in lines(text)[:14]:
        if ln.start >= lay.body_start and ln.words >= 12:
            # A running line can still open with the site's date stamp: " date 2026-01-07 Chiều 7/1, ..."
            m = re.match(r"\s*date\s+((?:19|20)\d{2})-(\d{2})-(\d{2})", text[ln.start:ln.end])
            if m:
                span = Span.of(report.text, ln.start + m.start(1), ln.start + m.end(3))
                return date(int(m[1]), int(m[2]), int(m[3])), span
            break
        s = ln.text
        labelled = re.search(r"(?:ngày đăng|cập nhật|đăng ngày|date|thứ|chủ nhật|gmt)", s, re.IGNORECASE)
        has_time = re.search(TIME, s)
        short = ln.words <= 14
        for m in re.finditer(FULL_DATE, s):
            if not (labelled or has_time or (short and re.fullmatch(rf"[\W\w]{{0,20}}{FULL_DATE}\W*", s))):
                continue
            day = full_date(m.group(0))
            if day:
                return day, Span.of(report.text, ln.start + m.start(), ln.start + m.end())
    # A crawl may put the dateline at the foot of the page, labelled: "Ngày đăng: 16/04/2024".
    for ln in reversed(lines(text)[-6:]):
        if ln.start < lay.body_start or ln.words > 14:
            continue
        label = _FOOT_LABEL.match(ln.text)
        if label is None:
            continue
        m = re.match(FULL_DATE, ln.text[label.end():])
        if m and (day := full_date(m.group(0))):
            at = ln.start + label.end()
            return day, Span.of(report.text, at, at + len(m.group(0)))
    return None, None


def full_date(written: str) -> date | None:
    """A FULL_DATE as written ("16/04/2024", "16-4-2024", "2024-04-16"), or None if no such day."""
    iso = _ISO.fullmatch(written)
    if iso:
        y, mo, d = int(iso["y"]), int(iso["m"]), int(iso["d"])
    else:
        d, mo, y = (int(x) for x in re.split(r"[/.-]", written))
    return date(y, mo, d) if valid_day(d, mo, y) else None


# The label of a dateline at the foot of a page: "Ngày đăng: 16/04/2024", "Cập nhật lúc 09:15 ngày 16/4/2024".
_FOOT_LABEL = re.compile(
    r"(?:ngày đăng|đăng ngày|ngày cập nhật|cập nhật(?: lúc)?|ngày xuất bản|xuất bản)\s*:?\s*"
    r"(?:(?:lúc\s*)?\d{1,2}[:h]\d{2}\s*(?:,\s*)?)?(?:ngày\s*)?",
    re.IGNORECASE,
)
