"""Layout of a report: lines, sentences, the headline, the body, page clutter.

Pure functions over a report's text; every span they return points into it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache

from ..lexicon import words
from ..models import Report
from ..normalize import fold

WORD_RE = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
# A link written out: "http://laocai.gov.vn/tin-tuc/hoi-nghi-123.html", "www.baosonla.vn/...".
# Its slug is no words of the text: "Nguồn: https://.../hoi-nghi-tong-ket-cong-tac-nam-2023" is
# a short line of a source, not a paragraph.
URL_RE = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)


def count_words(text: str) -> int:
    """The words of ``text``, a link's slug not counted."""
    if "://" in text or "www." in text or "WWW." in text:
        text = URL_RE.sub(" ", text)
    return len(WORD_RE.findall(text))

# Upper- and lower-case letters of Vietnamese, for character classes: "À-Ỹ" as a range
# holds lower-case letters too (đ, ã ...), so the classes are spelled out.
_LATIN = [chr(c) for c in (*range(0x41, 0x5B), *range(0x61, 0x7B), *range(0xC0, 0x250), *range(0x1EA0, 0x1EFA))]
UPPER = "".join(c for c in _LATIN if c.isupper() and c.isalpha())
LOWER = "".join(c for c in _LATIN if c.islower() and c.isalpha())
CAP_WORD = rf"[{UPPER}][{LOWER}]*(?:'[{UPPER}{LOWER}][{LOWER}]*)?"

# A full date "29/12/2021", "13-04-2020", "25.5.2018" or ISO "2026-01-07".
FULL_DATE = r"(?:\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})"
TIME = r"\d{1,2}[:h]\d{2}(?::\d{2})?"
# A date with its month named before the day: "Th9 05, 2022", "Tháng 9 05, 2022", "Sep 5, 2022",
# or after it: "05 Sep 2022", "5 tháng Chín, 2022" (a site in English, or its Vietnamese skin).
MONTH_NAMES = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?"
               r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|th(?:áng)?\s*(?:1[0-2]|0?[1-9])(?![\d/.-])"
               r"|tháng\s+(?:một|hai|ba|tư|năm|sáu|bảy|tám|chín|mười một|mười hai|mười|giêng|chạp))")
NAMED_DATE = (rf"(?:(?<![\w])(?:{MONTH_NAMES})\.?\s*,?\s+\d{{1,2}}(?:st|nd|rd|th)?\s*,?\s+(?:19|20)\d{{2}}"
              rf"|(?<![\w/.-])\d{{1,2}}\s+(?:{MONTH_NAMES})\.?\s*,?\s+(?:19|20)\d{{2}})(?!\d)")
ANY_DATE = rf"(?:{FULL_DATE}|{NAMED_DATE})"


def phrase_re(phrases: list[str] | tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``phrases`` (folded) as whole words, longest first, in any case."""
    alts = sorted({fold(p) for p in phrases}, key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(a) for a in alts) + r")(?![\w])", re.IGNORECASE)


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str

    @cached_property
    def words(self) -> int:
        return count_words(self.text)


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
# "TP. Thái Nguyên", "PGS.TS. Phạm Hồng Lam", "Ths. Dương Bình Lộc", "P.Giám đốc".
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


@cache
def _furniture() -> re.Pattern[str]:
    """A line that heads the furniture under an article, standing alone: a strip of
    related articles ("Tin liên quan", ":: Các tin khác", kg/lexicon/people.toml), the
    comments ("(0) Bình luận", "Ý kiến bạn đọc"), a site's lists ("Mới nhất")."""
    ws = [*words("people", "related_headers"), *words("bylines", "furniture", "headings")]
    return re.compile(rf"^[^\w]*(?:\(\d+\)\s*)?(?:{alternation(ws)})(?:\s*\(\d+\))?[^\w]*$", re.IGNORECASE)


@cache
def _footer() -> re.Pattern[str]:
    """The first words of a site's footer line: "POWERED BY ...", "Bản quyền thuộc ..."."""
    return re.compile(rf"^[^\w]*(?:{alternation(words('bylines', 'furniture', 'footer_starts'))})(?![\w])",
                      re.IGNORECASE)


# A publication dateline standing alone, in all its shapes: "Thứ năm, 28/04/2022 09:20 GMT+7",
# "Thứ Hai, ngày 05/09/2022 08:30 AM (GMT+7)", "08:30 | 05/09/2022", "[05/09/2022 08:30]",
# "3:14 CH,20/02/2019", "Cập nhật: 05/09/2022", "Th9 05, 2022".
_STAMP_LABEL = (r"(?:ngày đăng(?: tin)?|đăng ngày|ngày cập nhật|cập nhật(?: lúc| ngày)?|ngày xuất bản|xuất bản"
                r"|đăng lúc|ngày|date|published|posted|updated)")
WEEKDAY = r"(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s*nhật|T[2-7]|CN)(?![\w])"
_ZONE = r"\(?\s*GMT\s*[+-]\s*\d{1,2}(?::?\d{2})?\s*\)?"
CLOCK = rf"{TIME}(?:\s*(?:AM|PM|SA|CH))?(?:\s*{_ZONE})?"
_DATELINE = re.compile(
    rf"^[^\w\[(]*[\[(]?\s*(?:{_STAMP_LABEL}\s*[:,\-–]?\s*)?(?:(?:{WEEKDAY}|{CLOCK}|ngày|lúc)\s*[,\-–|]?\s*)*"
    rf"{ANY_DATE}(?:\s*[,\-–|]?\s*(?:{CLOCK}|lúc|{_ZONE}))*\s*[\])]?\W*$",
    re.IGNORECASE,
)


def is_dateline(line: str) -> bool:
    """A line that is a dateline and nothing else (a weekday, a time, a label around a date)."""
    return _DATELINE.match(line) is not None


def is_clutter(line: str) -> bool:
    """Page furniture: menus, counters, share buttons, "Tin tức sự kiện", datelines,
    headings of related articles and comments, a footer."""
    low = line.lower().strip(" •|:>-–")
    if not low:
        return True
    if _clutter().match(low):
        return True
    if _DATELINE.match(line) or _furniture().match(line) or _footer().match(line):
        return True
    if re.fullmatch(r"[\W\d_]+", line):
        return True
    return low.startswith(("skip ", "xuất bản thông tin", "trang chủ", "lượt xem", "lượt truy cập", "thống kê",
                           "chi tiết tin", "chi tiet", "tin tức - sự kiện", "a- a a+", "tăng tương phản"))


def _is_paragraph(ln: Line) -> bool:
    """A line of running text rather than a headline: it ends a sentence, holds a
    sentence break (not the period of an abbreviation: "TP. Cần Thơ"), or is too long
    for a headline."""
    if ln.words >= 46:
        return True
    if ln.words < 10:
        return False
    return ln.text.endswith(".") or len(sentences(ln.text)) > 1


@lru_cache(maxsize=1024)
def _key(text: str) -> str:
    return " ".join(WORD_RE.findall(fold(text).lower()))


def _repeats(ln: Line, headline: Line | None) -> bool:
    """The headline again (a page prints it twice: in the breadcrumb or the crawl's
    title, then over the article), as a whole or within it ("null Kế hoạch X" / "Kế hoạch X")."""
    if headline is None or ln.start == headline.start or ln.words < 0.7 * headline.words:
        return False
    a, b = _key(ln.text), _key(headline.text)
    if not a or not b:
        return False
    short, long_ = sorted((a, b), key=len)
    return short == long_ or (len(short) >= 0.7 * len(long_) and (long_.endswith(short) or long_.startswith(short)))


# A headline in a strip of related articles, dated: "Hội nghị tổng kết năm 2023 (05/01/2024)",
# "Hội thảo về chuyển đổi số 05/09/2022 08:30".  No sentence ends before the date.
_DATED_HEADLINE = re.compile(
    rf"^(?!.*[.!?…]\s*[\[(]?\s*(?:{CLOCK}\s*[,\-–|]?\s*)?{ANY_DATE})"
    rf".*[^\d\s/.,-]\s*[\[(-–|]?\s*(?:{CLOCK}\s*[,\-–|]?\s*)?{ANY_DATE}(?:\s*[,\-–|]?\s*{CLOCK})?\s*[\])]?\s*$",
    re.IGNORECASE,
)
# Running text: a long line that ends or breaks a sentence (a paragraph the article goes on with).
_RUNNING = re.compile(r"[.!?…]\s+\S|[.!?…]\s*$")


def is_running(ln: Line) -> bool:
    """A paragraph of running text: a dozen words or more that end or break a sentence."""
    return ln.words >= 12 and _RUNNING.search(ln.text) is not None


@dataclass(frozen=True)
class Layout:
    headline: Line | None
    body_start: int  # offset where the body (first real paragraph) begins
    body_end: int  # offset where the body ends (before the byline and page clutter)
    lead: tuple[tuple[int, int], ...]  # the first sentences of the body
    # where the furniture under the article begins (a strip of related articles, comments,
    # the footer: text of no part of the report), or the text's end
    foot: int = 0


def _furniture_start(ls: list[Line], body: int) -> int:
    """The index of the line heading the furniture under the article (related articles,
    comments, the footer), or len(ls).  A heading with running text after it was an inline
    strip ("Xem thêm:" within the article): the article goes on."""
    running_after = [False] * (len(ls) + 1)
    for i in range(len(ls) - 1, body, -1):
        running_after[i] = running_after[i + 1] or (ls[i].words >= 25 and bool(_RUNNING.search(ls[i].text)))
    for i in range(body + 1, len(ls)):
        t = ls[i].text
        if (_furniture().match(t) or _footer().match(t)) and not running_after[i + 1]:
            return i
    return len(ls)


def _dated_strip(ls: list[Line], body: int, last: int) -> int | None:
    """The first line of a strip of dated headlines at the foot of the page (two or more
    headlines ending in a date, with no heading over them), or None."""
    i, run = last, []
    while i > body:
        t = ls[i].text
        if ls[i].words >= 4 and (t[-1].isdigit() or t[-1] in ")]") and _DATED_HEADLINE.match(t):
            run.append(i)
        elif ls[i].words >= 12 and not is_clutter(t):
            break
        i -= 1
    return min(run) if len(run) >= 2 else None


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
                     if (ls[i].words >= 20 or _is_paragraph(ls[i])) and not is_clutter(ls[i].text)
                     and not _repeats(ls[i], headline)), body)
    if body is None:
        body = next((i for i, ln in enumerate(ls) if ln.words >= 12 and not _repeats(ln, headline)), 0)
    body_start = ls[body].start if ls else 0
    stop = _furniture_start(ls, body) if ls else 0
    last = body
    for i in range(body, stop):
        if ls[i].words >= 12 and not is_clutter(ls[i].text):
            last = i
    strip = _dated_strip(ls, body, last) if ls else None
    if strip is not None:
        stop = strip
        last = next((j for j in range(strip - 1, body - 1, -1) if ls[j].words >= 12 and not is_clutter(ls[j].text)),
                    body)
    body_end = ls[last].end if ls else 0
    foot = ls[stop].start if stop < len(ls) else len(text)
    lead: list[tuple[int, int]] = []
    for i in range(body, last + 1 if ls else 0):
        if len(lead) >= 3:
            break
        if ls[i].words < 12 or is_clutter(ls[i].text) or _repeats(ls[i], headline):
            continue
        lead.extend(sentences(text, ls[i].start, ls[i].end)[: 3 - len(lead)])
    return Layout(headline=headline, body_start=body_start, body_end=body_end, lead=tuple(lead), foot=foot)


def alternation(phrases: list[str] | tuple[str, ...]) -> str:
    """A regex alternation of ``phrases`` (folded), longest first; a space inside a phrase
    matches any run of white space: for lexicon lists of words and phrases."""
    return "|".join(re.escape(fold(w)).replace(r"\ ", r"\s+") for w in sorted(set(phrases), key=len, reverse=True))
