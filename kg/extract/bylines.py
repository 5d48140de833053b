"""Bylines: who wrote the report (schema:author), as opposed to who took part.

A byline is a short line standing alone, right after the last paragraph of the body
("Trúc Ly", "Tin, ảnh: Nông Thị Nguyệt", "Hà Nhật Mai - Chi cục TCĐLC", a user name
such as "hbnguyet"), or right under the headline followed by a time or a bar
("Thu Hà 14:28, 16/05/2024", "TÂM ĐAN |").  A name after "Ảnh:" alone is a photo
credit, not an author.  Pen names need not start with a family name, so a byline is
found by where it stands and how it is shaped, not by the surname list.
"""

from __future__ import annotations

import re
from functools import cache

from ..lexicon import words
from ..models import Byline, Report, Span
from .text import FULL_DATE, LOWER, TIME, UPPER, WORD_RE, Line, is_clutter, layout, lines, phrase_re

_CAP = rf"[{UPPER}][{LOWER}]*"
_UPPER = rf"[{UPPER}]{{2,}}"
_NAME = rf"(?:{_CAP}(?:\s+{_CAP}){{1,4}}|{_UPPER}(?:\s+{_UPPER}){{1,4}})"
_HANDLE = r"[a-z][a-z0-9._]{3,19}"


@cache
def _labels() -> tuple[tuple[str, ...], tuple[str, ...]]:
    return words("bylines", "byline", "labels"), words("bylines", "byline", "photo_labels")


@cache
def _not_author_words() -> re.Pattern[str]:
    # Bodies and page words are never a person's name: "Sở Khoa học và Công nghệ", "Phòng Quản lý".
    alts = "|".join(re.escape(w) for w in words("bylines", "byline", "not_author_starts"))
    return re.compile(rf"^(?:{alts})\b")


def _name_in(line: str) -> tuple[int, int] | None:
    """Where the author's name is in a byline-shaped line, or None."""
    labels, photo = _labels()
    s = line
    low = s.lower()
    off = 0
    for p in photo:
        if low.startswith(p.lower()) and re.match(r"\s*:", s[len(p):]):
            return None  # "Ảnh: X" is a photo credit
    for lab in labels:
        if low.startswith(lab.lower()):
            m = re.match(r"\s*[:\-–]\s*", s[len(lab):])
            if m:
                off = len(lab) + m.end()
                break
    rest = s[off:]
    m = re.match(rf"({_NAME}|{_HANDLE})(?=\s*(?:$|[-–|(,]|và\s|{TIME}|{FULL_DATE}))", rest)
    if not m:
        return None
    name = m.group(1)
    if _not_author_words().match(name):
        return None
    tail = rest[m.end():].strip()
    if re.fullmatch(_HANDLE, name) and (tail or off):
        return None
    if tail and not re.match(rf"^(?:[-–|(]|{TIME}|{FULL_DATE}|,|và\s)", tail):
        return None
    return off + m.start(1), off + m.end(1)


def _more_names(line: str, end: int) -> list[tuple[int, int]]:
    """Further authors on the same line: "Minh Anh - Thu Hà", "Minh Anh, Thu Hà", "Minh Anh và Thu Hà"."""
    out = []
    pos = end
    while True:
        m = re.match(rf"\s*(?:,|-|–|và)\s*({_NAME})(?=\s*(?:$|[-–|(,]|và\s))", line[pos:])
        if not m or _not_author_words().match(m.group(1)):
            break
        out.append((pos + m.start(1), pos + m.end(1)))
        pos += m.end(1)
    return out


def _with_unit(line: str) -> bool:
    """A short name with the writer's unit after a dash or in brackets: "Thu Hà (Trung tâm
    Thông tin và Thống kê KH&CN)", "Lê Thanh Hải - Trung tâm Ứng dụng tiến bộ KH&CN"."""
    unit = re.search(r"\s[-–]\s*|\(", line)
    if unit is None or len(WORD_RE.findall(line)) > 18 or len(WORD_RE.findall(line[:unit.start()])) > 5:
        return False
    tail = line[unit.end():].lstrip()
    # A caption is no byline: "Ông X - Sở KH&CN phát biểu tại hội nghị".
    return (_not_author_words().match(tail) is not None and _verbs().search(tail) is None
            and not line.rstrip(")").endswith((".", ":", ";", "!", "?")))


@cache
def _verbs() -> re.Pattern[str]:
    """What the people of a caption do (kg/lexicon/cues.toml): "phát biểu", "trao", "dự"."""
    return phrase_re([w for kind in ("attend", "chair", "speak") for w in words("cues", kind, "phrases")])


def _too_long(ln: Line) -> bool:
    """Longer than a byline: over 8 words, unless a name with its unit."""
    return ln.words > 8 and not _with_unit(ln.text)


def extract_bylines(report: Report) -> list[Byline]:
    text = report.text
    ls = lines(text)
    lay = layout(report)
    out: list[Byline] = []
    # At the end: the first short lines after the last paragraph of the body.
    after = [ln for ln in ls if ln.start > lay.body_end][:3]
    # A long name-and-unit line counts as the body's last paragraph by its length.
    last = next((ln for ln in ls if ln.end == lay.body_end), None)
    if last is not None and last.start > lay.body_start and _with_unit(last.text):
        after.insert(0, last)
    for ln in after:
        if is_clutter(ln.text):
            break
        if _too_long(ln) or ln.text.endswith((".", ":")):
            continue  # a last short sentence ("Xem nội dung chi tiết tại đây."), not a byline
        hit = _name_in(ln.text)
        if hit:
            for a, b in [hit, *_more_names(ln.text, hit[1])]:
                s, e = ln.start + a, ln.start + b
                out.append(Byline(name=" ".join(text[s:e].split()), span=Span.of(text, s, e)))
            break
    # At the top: a name line right under the headline, followed by a time, a date or a bar.
    if lay.headline is not None:
        nxt = [ln for ln in ls if ln.start > lay.headline.end][:2]
        for ln in nxt:
            if ln.start >= lay.body_start:
                break
            labelled = re.match(r"^(?:Tác giả|Tin, ảnh|Bài, ảnh)\s*:", ln.text)
            if re.search(rf"\||{TIME}|{FULL_DATE}", ln.text) or labelled:
                hit = _name_in(ln.text)
                if hit:
                    s, e = ln.start + hit[0], ln.start + hit[1]
                    out.append(Byline(name=" ".join(text[s:e].split()), span=Span.of(text, s, e)))
                    break
    return out
