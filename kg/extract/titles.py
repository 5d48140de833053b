"""The title grammar: [nguyên] POSITION [BODY ...], parsed at an offset of the folded text.

POSITION comes from kg/lexicon/titles.toml (with its abbreviations: TUV, PGĐ,
P.Giám đốc ...); the BODY runs on over capitalised words, abbreviations and the
lower-case words of the title vocabulary, and stops at anything else: a verb ("phát
biểu"), punctuation, a person's name, or "và"/"kiêm" before another position.

    >>> parse_title(view, view.index("Phó Chủ tịch UBND tỉnh Trà Vinh"))
    Title(head="Phó Chủ tịch", text="Phó Chủ tịch Ủy ban nhân dân tỉnh Trà Vinh", ...)
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass
from functools import cache, lru_cache

from .. import lexicon
from ..normalize import fold, squash
from .text import CAP_WORD, UPPER

_WS = r"[ \t\u00a0]+"
_ABBREV_TOKEN = re.compile(
    rf"[{UPPER}]{{2,}}(?:\s?&\s?[{UPPER}]+|-[{UPPER}]+)*(?![\w])|[{UPPER}][{UPPER}a-zđ]*&[{UPPER}]+"
)
_CAP_WORD = re.compile(CAP_WORD)


@dataclass(frozen=True)
class Head:
    text: str  # canonical spelling: "Phó Giám đốc"
    national: bool
    bare: bool  # may stand alone as a title
    body: str | None = None  # the body word a head ends with: "Trưởng ban" -> "Ban"


@dataclass(frozen=True)
class Title:
    start: int
    end: int
    head: Head
    head_end: int
    former: bool
    acting: bool = False  # "Quyền Giám đốc": acting in the post

    def written(self, text: str) -> str:
        return squash(text[self.start:self.end])


@cache
def _heads() -> tuple[re.Pattern[str], dict[str, Head]]:
    data = lexicon.load("titles")
    table: dict[str, Head] = {}
    for p in data["position"]:
        table[fold(p["text"]).lower()] = Head(fold(p["text"]), bool(p.get("national")), p.get("bare", True),
                                              fold(p["body"]) if p.get("body") else None)
    for a in data["position_abbreviation"]:
        exp = fold(a["expands"])
        base = table.get(exp.lower())
        table[fold(a["text"]).lower()] = Head(exp, base.national if base else False, True)
    alts = sorted(table, key=len, reverse=True)
    # "Uỷ viên"/"Ủy viên" agree in the folded view; spaces inside a head may be runs.
    pat = re.compile(
        r"(?<![\w])(?P<former>nguyên\s+)?(?P<acting>(?:quyền|Q\.)\s*)?(?P<head>"
        + "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in alts)
        + r")(?![\w])",
        re.IGNORECASE,
    )
    return pat, table


@cache
def _vocabulary() -> re.Pattern[str]:
    ws = sorted({fold(w).lower() for w in lexicon.load("titles")["vocabulary"]["words"]}, key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ws) + r")(?![\w])",
                      re.IGNORECASE)


@cache
def _not_after_and() -> re.Pattern[str]:
    ws = sorted({fold(w) for w in lexicon.load("titles")["after_and"]["not_words"]}, key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(re.escape(w) for w in ws) + r")(?![\w])")


@cache
def not_roles() -> frozenset[str]:
    return frozenset(fold(w).lower() for w in lexicon.load("titles")["not_roles"]["words"])


@cache
def head_first_words() -> frozenset[str]:
    """First words of every position head ("Phó", "Chủ", "Giám" ...): never the first word of a name."""
    _, table = _heads()
    return frozenset(h.split()[0].lower() for h in table) | frozenset(
        h.text.split()[0].lower() for h in table.values())


def head_at(view: str, pos: int) -> re.Match[str] | None:
    """A position head starting at ``pos`` (any case: "Phó giám đốc", "làm chủ nhiệm")."""
    pat, _ = _heads()
    return pat.match(view, pos)


def heads_in(view: str, start: int, end: int) -> list[re.Match[str]]:
    pat, _ = _heads()
    return list(pat.finditer(view, start, end))


def _head_of(m: re.Match[str]) -> Head:
    _, table = _heads()
    return table[" ".join(m.group("head").lower().split())]


_GAP = re.compile(r"(?:[ \t]?[-–][ \t]?(?=\w)|[ \t\u00a0]+|[ \t]*&[ \t]*)")
_JOINER = re.compile(r"(?:và|kiêm|cùng)\s", re.IGNORECASE)
_TERM_NUMBER = re.compile(r"\d{4}\s?[-–]\s?\d{4}|\d{1,4}|[IVXL]+\b")  # "nhiệm kỳ 2021-2026", "khóa XV"
_TERMS = r"nhiệm kỳ|khóa|khoá"  # the words before an elected body's term
_TERM_WORD = re.compile(rf"(?:{_TERMS})\s*$", re.IGNORECASE)
# (and a term word with no term after it: "Giám đốc Sở khóa họp trước")
_TRAILING = re.compile(rf"(?:\s+(?:và|các|của|thuộc|cùng|phụ trách|với|tại|về|có|trong|là|{_TERMS}|-|–))+\s*$",
                       re.IGNORECASE)


# The word before a delegation's members: "Đoàn ĐBQH tỉnh", "Đoàn đại biểu Quốc hội".
_DELEGATION = re.compile(r"(?<![\w])Đoàn$")


def parse_title(view: str, pos: int, stops: Container[int] = ()) -> Title | None:
    """The title starting at ``pos`` (a position head must start there), or None.

    ``stops`` are offsets where the title must end (starts of person names)."""
    m = head_at(view, pos)
    if not m:
        return None
    head = _head_of(m)
    end = m.end()
    n = len(view)
    vocab = _vocabulary()
    body_words = 0
    while end < n:
        gap = _GAP.match(view, end, min(n, end + 4))
        if not gap:
            break
        nxt = gap.end()
        if nxt in stops:
            break
        dash = "-" in gap.group(0) or "–" in gap.group(0)
        joiner = _JOINER.match(view, nxt)
        if joiner:
            after = joiner.end()
            while after < n and view[after] == " ":
                after += 1
            if head_at(view, after) or after in stops or _not_after_and().match(view, after):
                break
        if dash and (head_at(view, nxt) or nxt in stops):
            break
        if head_at(view, nxt) and not dash:
            hm = head_at(view, nxt)
            assert hm is not None
            # A second position ("... Tỉnh ủy Phó Chủ tịch") starts a new title, except
            # the heads that are also bodies: "Hội đồng", "Ban", "Ủy ban" are not heads.
            # Nor is the delegation's name: "Phó Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh".
            if (hm.group("head")[0].isupper() and body_words > 0 and view[end - 1] != "&"
                    and not _DELEGATION.search(view, max(0, end - 6), end)):
                break
        w = vocab.match(view, nxt) or _ABBREV_TOKEN.match(view, nxt) or _CAP_WORD.match(view, nxt)
        if w and w.end() > nxt:
            end = w.end()
            body_words += 1
            continue
        w = _TERM_NUMBER.match(view, nxt)
        if w and _TERM_WORD.search(view, max(0, nxt - 12), nxt):
            end = w.end()
            continue
        break
    # Trim function words left hanging at the end: "... UBND tỉnh phụ trách", "... và".
    while True:
        t = _TRAILING.search(view, m.start(), end)
        if not t or t.start() <= m.end():
            break
        end = t.start()
    if not head.bare and end == m.end():
        return None
    text = " ".join(view[m.start("head"):end].split()).lower()
    if text in not_roles() or (re.match(r"(?:phó )?trưởng đoàn\b", text) and "quốc hội" not in text
                                and "đbqh" not in text):
        return None  # "làm Trưởng đoàn": a function at one meeting, not an office
    return Title(start=m.start(), end=end, head=head, head_end=m.end(), former=bool(m.group("former")),
                 acting=bool(m.group("acting")))


@cache
def _abbreviations() -> list[tuple[re.Pattern[str], str]]:
    out = []
    for a in lexicon.load("abbreviations")["abbreviation"]:
        out.append((re.compile(r"(?<![\w&])(?:" + a["pattern"] + r")(?![\w&])"), fold(a["expands"])))
    return out


@lru_cache(maxsize=4096)  # titles repeat from report to report; some 40 patterns each time
def expand(text: str) -> str:
    """Abbreviations of bodies and fields spelled out: 'UBND tỉnh' -> 'Ủy ban nhân dân tỉnh'."""
    out = text
    for pat, rep in _abbreviations():
        out = pat.sub(rep, out)
    return squash(out)


@cache
def _bodies() -> tuple[tuple[str, str], ...]:
    data = lexicon.load("titles")["bodies"]
    pairs = [(fold(b), scope) for scope in ("provincial", "national", "institutes") for b in data[scope]]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


def title_parts(view: str, title: Title) -> tuple[str, str | None, str | None]:
    """(full expanded title, organisation named by it or None, scope of that body or None).

    "Phó Chủ tịch UBND tỉnh Trà Vinh" -> ("Phó Chủ tịch Ủy ban nhân dân tỉnh Trà Vinh",
    "Ủy ban nhân dân tỉnh Trà Vinh", "provincial");  "Tỉnh ủy viên" -> (..., "Tỉnh ủy", "provincial")."""
    head = title.head.text
    rest = expand(view[title.head_end:title.end])
    if title.head.body and rest:
        # The head's last word begins the body's name; it keeps the capital it is written
        # with: "Trưởng Ban Tuyên giáo Tỉnh ủy" (the body "Ban Tuyên giáo"), but
        # "Trưởng phòng Kế hoạch" where the writer has it so.
        last = view[title.start:title.head_end].split()[-1]
        words = head.split()
        if last[:1].isupper() and words[-1].lower() == last.lower():
            head = " ".join([*words[:-1], last[0] + words[-1][1:]])
    full = squash(f"{'nguyên ' if title.former else ''}{'Quyền ' if title.acting else ''}{head} {rest}")
    if head.lower().endswith("ủy viên") and head.lower() != "ủy viên":
        org = head[: -len(" viên")]
        return full, fold(org[0].upper() + org[1:]), "provincial"
    if title.head.body:
        rest = squash(f"{title.head.body} {rest}")
    if not rest or re.match(rf"(?:{_TERMS})\b", rest, re.IGNORECASE):
        return full, None, None  # no body, or only the term of one: "Đại biểu Quốc hội khóa XV"
    low = rest.lower()
    for body, scope in _bodies():
        if low.startswith(body.lower()) and (len(low) == len(body) or not low[len(body)].isalnum()):
            if scope == "national" and re.search(r"\b(?:tỉnh|thành phố|huyện)\b", low):
                scope = "provincial"
            return full, rest, scope
    return full, rest, "provincial" if re.search(r"\b(?:tỉnh|thành phố|huyện)\b", low) else None


# ------------------------------------------------------------------ a title beside a name

# Between a name and a title after it: "X, Phó Chủ tịch", "X - Giám đốc", "X (Giám đốc ...".
_SEP = re.compile(r"\s*(?:[,:–—-]|\()\s*")
# Between a title and the name after it: "Chủ tịch UBND tỉnh Long An - Trần Văn Cần".
DASH_GAP = re.compile(r"\s*(?:[-–]\s*)?")
# What ends a clause: a title before a name is never looked for across it.
_CLAUSE_EDGE = re.compile(r"[,;.:()\n“”\"]|\s[-–]\s(?=\S)")


def title_before(view: str, name_start: int, stops: frozenset[int] | set[int] = frozenset()) -> Title | None:
    """A title that ends right before a name: "Chủ tịch UBND tỉnh Võ Văn Hưng",
    "Chủ tịch UBND tỉnh Long An - Trần Văn Cần"; the longest such title."""
    lo = max(0, name_start - 160)
    window_start = lo
    for m in _CLAUSE_EDGE.finditer(view[lo:name_start]):
        if lo + m.end() < name_start - 3:
            window_start = lo + m.end()
    best = None
    stop_set = {*stops, name_start}
    for h in heads_in(view, window_start, name_start):
        t = parse_title(view, h.start(), stop_set)
        if t is None:
            continue
        if DASH_GAP.fullmatch(view[t.end:name_start]) and (best is None or t.start < best.start):
            best = t
    return best


def title_next_to(view: str, s: int, e: int) -> bool:
    """A title right after the name ("X, Phó Chủ tịch", "X - Giám đốc") or right before it."""
    sep = _SEP.match(view, e, e + 8)
    if sep and head_at(view, sep.end()):
        return True
    return title_before(view, s) is not None

