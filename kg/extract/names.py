"""Names of people: where a run of capitalised syllables is a person's name.

Names are found by their shape in Vietnamese: a run of two to four capitalised
syllables.  A run is a name when its context says so (an honorific or degree before
it: "đồng chí", "Đ/c", "ông", "PGS.TS."; a title right before it: "Chủ tịch UBND tỉnh
Võ Văn Hưng"; a title right after it: "Trần Quốc Tỏ, Ủy viên Trung ương Đảng"), or,
with no such context, when it starts with a Vietnamese family name and underthesea
tags it a proper noun (:func:`confirm_with_tagger`).  Places, bodies and streets are
never names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from .. import lexicon, nlp
from ..models import Report
from ..normalize import fold, squash
from .text import LOWER, UPPER, alternation
from .titles import Title, head_at, head_first_words, heads_in, title_next_to


@cache
def _surnames() -> frozenset[str]:
    return frozenset(fold(w) for w in lexicon.load("people")["surnames"]["words"])


@cache
def _not_names() -> frozenset[str]:
    out = {fold(w).lower() for w in lexicon.load("people")["not_names"]["words"]}
    for p in lexicon.provinces().values():
        out.add(fold(p.name).lower())
        out.update(fold(a).lower() for a in p.aliases)
        out.update(fold(d).lower() for d in p.districts)
    return frozenset(out)


@cache
def _honorific_re() -> re.Pattern[str]:
    people = lexicon.load("people")
    hon = alternation(people["honorifics"]["words"])
    deg = alternation(people["degrees"]["words"])
    # "các đồng chí:", "Đ/c", "ông", then any chain of degrees: "Giáo sư, Viện sĩ, Tiến sĩ", "PGS.TS."
    # Not the end of a compound: the "CN" of "KH&CN" is not a degree (Cử nhân).
    return re.compile(
        rf"(?<![\w/&])(?:(?:các\s+)?(?P<hon>{hon})\s*:?\s+)?(?P<deg>(?:(?:{deg})\.?\s*,?\s*)+)?$",
        re.IGNORECASE,
    )


# Characters between an honorific or degree and what follows it ("ông:", "PGS.TS.", "TS, "),
# besides white space.
_HON_GAP = frozenset(".,:")


@cache
def _honorific_tails() -> tuple[str, ...]:
    """The last piece of every honorific and degree, lower-cased ("chí" of "đồng chí", "ts"
    of "PGS.TS"): a run whose preceding word is none of these has no honorific before it,
    and the costly search of :func:`_honorific_re` is skipped."""
    people = lexicon.load("people")
    words = [*people["honorifics"]["words"], *people["degrees"]["words"]]
    return tuple(sorted({re.split(r"[\s.,:]+", fold(w).lower().strip(" .,:"))[-1] for w in words}))


def _word_before(text: str) -> str:
    """The last word of ``text`` (letters, digits, "/" and "&", as the lookbehind of
    :func:`_honorific_re` counts them) once its trailing white space and _HON_GAP are gone."""
    end = len(text)
    while end and (text[end - 1] in _HON_GAP or text[end - 1].isspace()):
        end -= 1
    start = end
    while start and (text[start - 1].isalnum() or text[start - 1] in "_/&"):
        start -= 1
    return text[start:end].lower()


@cache
def _capital_honorifics() -> frozenset[str]:
    return frozenset(fold(w).lower() for w in lexicon.load("people")["honorifics"]["words"] if " " not in w)


@cache
def _degree_words() -> frozenset[str]:
    return frozenset(fold(w).lower().rstrip(".") for w in lexicon.load("people")["degrees"]["words"])


@cache
def _place_heads() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])(?:{alternation(lexicon.load('people')['place_heads']['words'])})\s*$")


# Words that are never the first word of a name although capitalised: position and
# body words, sentence openers ("Phó", "Sở", "Theo", "Tại" ...).
_NOT_FIRST = frozenset(
    "sở ban hội liên công trung văn lãnh đoàn các những đồng ông bà anh chị tại theo về dự tham phát báo kết sau "
    "trong ngày sáng chiều tối năm tháng quyết nghị thông kế luật tin ảnh toàn quang đại thành tỉnh huyện xã "
    "phường quận thị cục vụ viện bộ hiệu chánh chi thủ thứ tổng ủy uỷ giám chủ bí trưởng phó cán "
    "nhà giáo tiến thạc bác kỹ đ/c đc hội nghị lễ buổi".split()
)



@dataclass
class _Run:
    """Capitalised words next to each other, separated by single spaces only."""

    words: list[tuple[int, int]]

    @property
    def start(self) -> int:
        return self.words[0][0]

    @property
    def end(self) -> int:
        return self.words[-1][1]


_CAPW = rf"[{UPPER}][{LOWER}]*(?:'[{UPPER}{LOWER}][{LOWER}]*)?(?![\w'])"
_RUN = re.compile(rf"(?<![\w'])(?:{_CAPW})(?:[ \u00a0](?:{_CAPW}))*")
_RUN_WORD = re.compile(r"[^ \u00a0]+")


@lru_cache(maxsize=64)
def _cap_runs(view: str) -> tuple[_Run, ...]:
    """Capitalised words next to each other, separated by single spaces ("Nguyễn Văn A");
    an all-capitals word ("UBND", "KH&CN") or anything else ends a run."""
    out = []
    for m in _RUN.finditer(view):
        out.append(_Run([(m.start() + w.start(), m.start() + w.end()) for w in _RUN_WORD.finditer(m.group(0))]))
    return tuple(out)


@dataclass
class Found:
    start: int
    end: int
    honorifics: tuple[str, ...]
    strong: bool
    reference: bool = False  # a given name alone after an honorific: "ông Bửu"
    truncated: bool = False  # runs into the end of an excerpt: "Nguyễn Tiến D"


def _words_text(view: str, words: list[tuple[int, int]]) -> list[str]:
    return [view[s:e] for s, e in words]


def _is_nameish(view: str, words: list[tuple[int, int]]) -> bool:
    ws = _words_text(view, words)
    if not ws or ws[0].lower() in _NOT_FIRST or ws[0].lower() in head_first_words():
        return False
    if " ".join(ws).lower() in _not_names():
        return False
    # A name contains no place: "Quảng Ngãi Nguyễn Ngọc Sâm" is split before it is tested.
    return all(len(w) <= 7 for w in ws)


def _surname_suffix(view: str, run: _Run, min_len: int = 2, max_len: int = 4) -> int | None:
    """Index in the run where a name starting with a family name begins, or None.

    The part before it must be a place or nothing: "Quảng Ngãi Nguyễn Ngọc Sâm".  A family
    name may have two words ("Âu Dương Minh")."""
    ws = _words_text(view, run.words)
    surnames = _surnames()
    n = len(ws)
    for i in range(n):
        if ws[i] not in surnames and " ".join(ws[i:i + 2]) not in surnames:
            continue
        if not (min_len <= n - i <= max_len):
            continue
        prefix = " ".join(ws[:i]).lower()
        if i == 0 or prefix in _not_names():
            return i
        if i == 1 and prefix in _bare_bodies() and _head_ends_at(view, run.start):
            return i  # "Giám đốc Sở | Phạm Văn Cảnh"
    return None


@cache
def _bare_bodies() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon.load("people")["bare_bodies"]["words"])


def _head_ends_at(view: str, pos: int) -> bool:
    """A position head ends right before ``pos`` (spaces apart): "Giám đốc | Sở ..."."""
    return any(not view[h.end():pos].strip() for h in heads_in(view, max(0, pos - 30), pos))


def find_names(report: Report, exclude: list[tuple[int, int]]) -> list[Found]:
    view = report.view
    text_end = len(view.rstrip())
    hon_re = _honorific_re()
    tails = _honorific_tails()
    found: list[Found] = []
    excluded = {i for s, e in exclude for i in range(s, e)}
    for run in _cap_runs(view):
        # Words inside a byline or a place's name are not part of a name:
        # "UBND tỉnh Quảng Ngãi Nguyễn Ngọc Sâm" -> "Nguyễn Ngọc Sâm".
        kept = [w for w in run.words if w[0] not in excluded]
        if not kept:
            continue
        if len(kept) < len(run.words):
            i = run.words.index(kept[0])
            if run.words[i:] != kept:
                continue
            run = _Run(kept)
        before = view[max(0, run.start - 60):run.start]
        # Honorifics and degrees immediately before the run.
        hon: tuple[str, ...] = ()
        # (Ends with, not equals: the pattern also takes degrees run together, "TSCN".)
        m = hon_re.search(before) if _word_before(before).endswith(tails) else None  # leftmost: longest chain
        if m and not (m.group("hon") or m.group("deg")):
            m = None
        if m:
            hon = tuple(squash(x) for x in (m.group("hon"), m.group("deg")) if x)
        words = list(run.words)
        # A capitalised honorific opening the run ("Ông Võ Văn Truyền", "Bà Đỗ Thị Minh Hoa").
        if words and view[words[0][0]:words[0][1]].lower() in _capital_honorifics():
            hon = (*hon, view[words[0][0]:words[0][1]])
            words = words[1:]
        # Leading degree words inside the run ("Giáo sư Viện sĩ ...") are honorifics too.
        while words and view[words[0][0]:words[0][1]].lower().rstrip(".") in _degree_words():
            hon = (*hon, view[words[0][0]:words[0][1]])
            words = words[1:]
        if not words:
            continue
        # Cut at a position word inside the run: "Ông Nguyễn Văn A Phó Giám đốc".
        for i, (s, _e) in enumerate(words):
            if i and head_at(view, s):
                words = words[:i]
                break
        ws = _words_text(view, words)
        truncated = words[-1][1] >= text_end
        if hon:
            if len(words) == 1:
                if words[0][1] - words[0][0] >= 2 and ws[0].lower() not in _NOT_FIRST:
                    found.append(Found(words[0][0], words[0][1], hon, True, reference=True))
                continue
            sub = _Run(words)
            i = _surname_suffix(view, sub) if len(words) > 4 else 0
            if i is None:
                i = 0
            cut = words[i:i + 5]
            if _is_nameish(view, cut) and 2 <= len(cut) <= 5:
                found.append(Found(cut[0][0], cut[-1][1], hon, True, truncated=truncated))
            continue
        sub = _Run(words)
        i = _surname_suffix(view, sub)
        if i is None:
            # Five words, as names of the Central Highlands have ("Y Giang Gry Niê Knơng"),
            # only with a title next to them.
            i = _surname_suffix(view, sub, min_len=5, max_len=5)
            if i is None or not title_next_to(view, words[i][0], words[-1][1]):
                continue
        cut = words[i:]
        if len(cut) < 3 and not title_next_to(view, cut[0][0], cut[-1][1]):
            continue  # two syllables alone ("Lê Lợi", "Hà Tiên") need a title or honorific next to them
        if not _is_nameish(view, cut):
            continue
        s, e = cut[0][0], cut[-1][1]
        if i == 0 and _place_heads().search(view[max(0, s - 25):s]):
            continue
        # Strong when a title stands right before or after it.
        found.append(Found(s, e, hon, title_next_to(view, s, e), truncated=e >= text_end))
    return found


@dataclass
class Mention:
    """One mention of a name, the person it is (a key) and the titles beside it."""

    found: Found
    person: str = ""  # key
    titles: list[Title] = field(default_factory=list)


def confirm_with_tagger(view: str, weak: list[Found]) -> set[tuple[int, int]]:
    """The candidates underthesea tags a proper noun (Np) from edge to edge."""
    out = set()
    for f in weak:
        s = max(0, view.rfind("\n", 0, f.start) + 1)
        e = view.find("\n", f.end)
        e = len(view) if e < 0 else e
        try:
            toks = nlp.pos_tag(view, s, e)
        except ValueError:
            continue
        inside = [t for t in toks if t.start < f.end and t.end > f.start]
        if inside and all(t.pos == "Np" for t in inside) and inside[0].start <= f.start and inside[-1].end >= f.end:
            out.add((f.start, f.end))
    return out
