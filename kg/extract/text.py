"""Layout of a report: lines, sentences, the headline, the body, page clutter.

Pure functions over a report's text; every span they return points into it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from ..lexicon import words
from ..models import Report
from ..normalize import fold

WORD_RE = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")

# Upper- and lower-case letters of Vietnamese, for character classes: "À-Ỹ" as a range
# holds lower-case letters too (đ, ã ...), so the classes are spelled out.
_LATIN = [chr(c) for c in (*range(0x41, 0x5B), *range(0x61, 0x7B), *range(0xC0, 0x250), *range(0x1EA0, 0x1EFA))]
UPPER = "".join(c for c in _LATIN if c.isupper() and c.isalpha())
LOWER = "".join(c for c in _LATIN if c.islower() and c.isalpha())
CAP_WORD = rf"[{UPPER}][{LOWER}]*(?:'[{UPPER}{LOWER}][{LOWER}]*)?"

# A full date "29/12/2021", "13-04-2020", "25.5.2018" or ISO "2026-01-07".
FULL_DATE = r"(?:\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})"
TIME = r"\d{1,2}[:h]\d{2}(?::\d{2})?"


def phrase_re(phrases: list[str] | tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``phrases`` (folded) as whole words, longest first, in any case."""
    alts = sorted({fold(p) for p in phrases}, key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(a) for a in alts) + r")(?![\w])", re.IGNORECASE)


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str

    @property
    def words(self) -> int:
        return len(WORD_RE.findall(self.text))


def lines(text: str) -> list[Line]:
    """Non-blank lines, stripped, with their offsets."""
    out = []
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            out.append(Line(pos + lead, pos + lead + len(stripped), stripped))
        pos += len(raw) + 1
    return out


# Abbreviations that end in a period without ending the sentence:
# "TP. Thái Nguyên", "PGS.TS. Phạm Hồng Thái", "Ths. Dương Bình Phú", "P.Giám đốc".
_NO_SPLIT_BEFORE = re.compile(
    r"(?:\b(?:TP|Tp|tp|TS|Ts|ThS|Ths|PGS|GS|Th\.S|BS|KS|P|St|Mr|Mrs|ông|bà|Đ/c|đ/c|v\.v|TT|Q|H|X))$"
)
_SENT_END = re.compile(r"(?:[.!?…]+[\"”’)]*)(?=\s|[A-ZÀ-ỸĐ]|$)|\n")


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans in ``text[start:end]``: split at . ! ? and at line breaks; a period
    straight before a capital splits too ("đã đến dự.Phó Chủ tịch"), except after a
    known abbreviation or inside a number."""
    end = len(text) if end is None else end
    out = []
    s = start
    for m in _SENT_END.finditer(text, start, end):
        if m.group(0) != "\n" and _NO_SPLIT_BEFORE.search(text, max(start, m.start() - 6), m.start()):
            continue
        e = m.end() if m.group(0) != "\n" else m.start()
        if text[s:e].strip():
            ls = len(text[s:e]) - len(text[s:e].lstrip())
            out.append((s + ls, e - (len(text[s:e]) - len(text[s:e].rstrip()))))
        s = m.end()
    if s < end and text[s:end].strip():
        ls = len(text[s:end]) - len(text[s:end].lstrip())
        out.append((s + ls, end - (len(text[s:end]) - len(text[s:end].rstrip()))))
    return out


@cache
def _clutter() -> re.Pattern[str]:
    alts = "|".join(re.escape(w.lower()) for w in words("bylines", "byline", "clutter"))
    return re.compile(rf"(?:{alts})(?:$|:| (?=.{{0,24}}$))")


_DATELINE = re.compile(
    rf"^(?:[^\w]*(?:ngày đăng|cập nhật|ngày|date|thứ \w+|chủ nhật)\s*[:,\-–]?\s*)?(?:{TIME}\s*[,\-–|]?\s*)?"
    rf"(?:thứ \w+|chủ nhật)?\s*[,\-–|]?\s*{FULL_DATE}(?:\s*[,\-–|]?\s*{TIME}(?:\s*GMT\+\d+)?)?\W*$",
    re.IGNORECASE,
)


def is_clutter(line: str) -> bool:
    """Page furniture: menus, counters, share buttons, "Tin tức sự kiện", datelines."""
    low = line.lower().strip(" •|:>-–")
    if not low:
        return True
    if _clutter().match(low):
        return True
    if _DATELINE.match(line):
        return True
    if re.fullmatch(r"[\W\d_]+", line):
        return True
    return low.startswith(("skip ", "xuất bản thông tin", "trang chủ", "lượt xem", "lượt truy cập", "thống kê",
                           "chi tiết tin", "chi tiet", "tin tức - sự kiện", "a- a a+", "tăng tương phản"))


def _is_paragraph(ln: Line) -> bool:
    """A line of running text rather than a headline: it ends a sentence, holds a
    sentence break, or is too long for a headline."""
    return ln.words >= 46 or (ln.words >= 10 and (bool(re.search(r"[.!?…]\s+\S", ln.text)) or ln.text.endswith(".")))


@dataclass(frozen=True)
class Layout:
    headline: Line | None
    body_start: int  # offset where the body (first real paragraph) begins
    body_end: int  # offset where the body ends (before the byline and page clutter)
    lead: tuple[tuple[int, int], ...]  # the first sentences of the body


@lru_cache(maxsize=256)
def layout(report: Report) -> Layout:
    text = report.text
    ls = lines(text)
    headline = None
    body = None
    for i, ln in enumerate(ls[:12]):
        if is_clutter(ln.text):
            continue
        if _is_paragraph(ln):
            body = i
            break
        if (headline is None and 4 <= ln.words <= 45 and not ln.text.startswith(("!", "|", "(", "["))
                and not ln.text.isupper()):
            headline = ln
    if headline is not None:
        after = ls.index(headline) + 1
        body = next((i for i in range(after, len(ls))
                     if (ls[i].words >= 20 or _is_paragraph(ls[i])) and not is_clutter(ls[i].text)), body)
    if body is None:
        body = next((i for i, ln in enumerate(ls) if ln.words >= 12), 0)
    body_start = ls[body].start if ls else 0
    last = body
    for i in range(body, len(ls)):
        if ls[i].words >= 12 and not is_clutter(ls[i].text):
            last = i
    body_end = ls[last].end if ls else 0
    lead: list[tuple[int, int]] = []
    for i in range(body, len(ls)):
        if len(lead) >= 3:
            break
        if ls[i].words < 12 or is_clutter(ls[i].text):
            continue
        lead.extend(sentences(text, ls[i].start, ls[i].end)[: 3 - len(lead)])
    return Layout(headline=headline, body_start=body_start, body_end=body_end, lead=tuple(lead))


def alternation(phrases: list[str] | tuple[str, ...]) -> str:
    """A regex alternation of ``phrases`` (folded), longest first; a space inside a phrase
    matches any run of white space: for lexicon lists of words and phrases."""
    return "|".join(re.escape(fold(w)).replace(r"\ ", r"\s+") for w in sorted(set(phrases), key=len, reverse=True))
