"""The title grammar: [nguyên] POSITION [BODY ...], parsed at an offset of the folded text.

POSITION comes from kg/lexicon/titles.toml (with its abbreviations: TUV, PGĐ,
P.Giám đốc ...); the BODY runs on over capitalised words, abbreviations and the
lower-case words of the title vocabulary, and stops at anything else: a verb ("phát
biểu"), punctuation, a person's name, or "và"/"kiêm" before another position.  How the
post is held may stand between head and body ("Phó Bí thư chuyên trách Đảng ủy Khối");
a committee's subjects listed with commas are its name up to the place that closes it
("Ban Chỉ đạo giảm nghèo, xây dựng nông thôn mới huyện X"); two heads across a dash
share the body after the second (:func:`shared_bodies`); a capitalised head right after a
body starts a second title (:func:`follows_unparted`: "Phó Chủ tịch UBND tỉnh Trưởng Ban
Chỉ đạo ..."); a number after a body's name is the unit's ("Trung tâm ... 3", "Đội 5"),
not what it counts ("Sở Y tế 5 năm qua"); a line break right after a body's noun goes on
into its field ("Phó Giám đốc Sở\nTài chính").

    >>> parse_title(view, view.index("Phó Chủ tịch UBND tỉnh Trà Vinh"))
    Title(head="Phó Chủ tịch", text="Phó Chủ tịch Ủy ban nhân dân tỉnh Trà Vinh", ...)
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Container
from dataclasses import dataclass
from functools import cache, lru_cache

from .. import lexicon
from ..normalize import fold, squash
from .text import CAP_WORD, LOWER, UPPER, alternation

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
    abbreviated: bool = False  # written as an abbreviation ("PGĐ", "PTP."): its expansion is the canonical text
    at_place: bool = False  # a diplomat's: "Đại sứ Việt Nam tại Nhật Bản"
    field: bool = False  # names a unit's field too: "Kế toán" of "Trưởng phòng Kế toán" is no new title

@dataclass(frozen=True)
class Title:
    start: int
    end: int
    head: Head
    head_end: int
    former: bool
    acting: bool = False  # "Quyền Giám đốc": acting in the post
    qualifier: tuple[int, int] | None = None  # "chuyên trách" of "Phó Bí thư chuyên trách Đảng ủy Khối": the post's
    body_start: int | None = None  # a body shared with the next head: "Phó Chủ tịch - Tổng Thư ký | Liên hiệp ..."

    def written(self, text: str) -> str:
        return squash(text[self.start:self.end])


# "Trung ương" in a head written short: "Ủy viên dự khuyết T.Ư Đảng", "Ủy viên TW Đảng".
_CENTRAL = r"(?:Trung\s+ương|T\.Ư|T\.W|TƯ|TW)"
_CENTRAL_RE = re.compile(r"(?<![\w.])(?:t\.ư|t\.w|tư|tw)(?![\w])")


@cache
def _heads() -> tuple[re.Pattern[str], dict[str, Head]]:
    data = lexicon.load("titles")
    table: dict[str, Head] = {}
    for p in data["position"]:
        table[fold(p["text"]).lower()] = Head(fold(p["text"]), bool(p.get("national")), p.get("bare", True),
                                              fold(p["body"]) if p.get("body") else None,
                                              at_place=bool(p.get("at_place")), field=bool(p.get("field")))
    for a in data["position_abbreviation"]:
        exp = fold(a["expands"])
        base = table.get(exp.lower())
        body = a.get("body") or (base.body if base else None)
        table[fold(a["text"]).lower()] = Head(exp, bool(a.get("national", base.national if base else False)),
                                              a.get("bare", True), fold(body) if body else None, abbreviated=True)
    alts = sorted(table, key=len, reverse=True)
    # "Uỷ viên"/"Ủy viên" agree in the folded view; spaces inside a head may be runs.  An
    # abbreviated head may end with a dot before the body: "PCT. UBND huyện", "PGĐ. Sở".
    pat = re.compile(
        r"(?<![\w])(?P<former>nguyên\s+)?(?P<acting>(?:quyền|Q\.)\s*)?(?P<head>"
        + "|".join(re.escape(a).replace(r"\ ", r"\s+").replace(r"trung\s+ương", _CENTRAL) for a in alts)
        + rf")(?![\w])(?-i:(?<=[{UPPER}])\.(?=[ \t\u00a0]+[{UPPER}]))?",
        re.IGNORECASE,
    )
    return pat, table


@cache
def _vocabulary() -> re.Pattern[str]:
    ws = sorted({fold(w).lower() for w in lexicon.load("titles")["vocabulary"]["words"]}, key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ws) + r")(?![\w])",
                      re.IGNORECASE)


def vocabulary_end(view: str, pos: int) -> int | None:
    """The end of the word or phrase of the title vocabulary at ``pos`` ("môi trường",
    "nông thôn", "thành phố"), or None."""
    m = _vocabulary().match(view, pos)
    return m.end() if m else None


@cache
def _qualifier() -> re.Pattern[str]:
    """Words right after a head that say how the post is held ([qualifiers]): "Phó Bí thư
    chuyên trách Đảng ủy Khối ...", "Ủy viên chuyên trách Ủy ban Kiểm tra Tỉnh ủy"."""
    ws = lexicon.load("titles")["qualifiers"]["words"]
    return re.compile(rf"{_SP}+(?P<q>{alternation(ws)})(?![\w])", re.IGNORECASE)


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
    key = " ".join(m.group("head").lower().split())
    return table[key] if key in table else table[_CENTRAL_RE.sub("trung ương", key)]


# ------------------------------------------------------------------ the body of a title
#
# A body runs from its first word (capitalised, an abbreviation, or a word of the
# title vocabulary: its name's first word is capitalised, Nghị định 30/2020/NĐ-CP) to a
# boundary, over lower-case words whatever they are: "Cục Năng lượng nguyên tử", "Quỹ
# Phát triển khoa học và công nghệ tỉnh".  The boundaries: a person's name, a new
# position, punctuation (a comma only where the name goes on, below), a clause word
# (a verb, a preposition, an honorific: [boundary] in titles.toml and the cue verbs of
# cues.toml), and a place that closes the body ("tỉnh", "huyện X", "TP. Cần Thơ").

_SP = r"[ \t\u00a0]"
# Between two words of a title: spaces, a dash ("Kế hoạch – Tài chính"), a comma, "&".
_GAP = re.compile(rf"{_SP}*(?:(?P<comma>,)|(?P<dash>[-–—])|(?P<amp>&))?{_SP}*")
_LOW_WORD = re.compile(rf"[{LOWER}]+(?![\w'])")
# Abbreviations with dots: "T.Ư", "S.T.I.D".
_DOTTED = re.compile(rf"[{UPPER}]{{1,4}}(?:\.[{UPPER}]{{1,4}})+(?![\w.])")
# A place that closes the body: the unit word and (maybe) its name.  Not the unit's
# Party or Youth Union: "tỉnh ủy", "Tỉnh đoàn", "huyện ủy".
_UNIT = re.compile(
    rf"(?:TP\.|Tp\.|(?:tỉnh|thành phố|Thành phố|huyện|quận|thị xã|xã|phường|thị trấn|TP|Tp)(?![\w]))"  # ("TP.Cần Thơ")
    rf"(?!{_SP}*(?:ủy|uỷ|Ủy|Uỷ|đoàn|Đoàn|đội|Đội)(?![\w]))"
)
# The rank of a place's unit: a commune's, then a district's, then a province's.  A
# place goes on into the one above it: "UBND xã Tân Phú, huyện Đồng Phú, tỉnh Bình Phước".
_UNIT_RANK = {"xã": 0, "phường": 0, "thị trấn": 0, "huyện": 1, "quận": 1, "thị xã": 1, "thành phố": 2,
              "tp.": 2, "tp": 2, "tỉnh": 3}
_NUMBER = re.compile(r"\d{1,4}(?![\w/.:,-]*\d)")
# Where a name ends after a number: punctuation, the end of the text.
_NAME_END = re.compile(r"[,.;:()\-–—]|$")
_TERM_NUMBER = re.compile(r"\d{4}\s?[-–]\s?\d{4}|\d{1,4}|[IVXL]+\b")  # "nhiệm kỳ 2021-2026", "khóa XV"
_TERMS = r"nhiệm kỳ|khóa|khoá"  # the words before an elected body's term
_TERM_WORD = re.compile(rf"(?:{_TERMS})(?![\w])", re.IGNORECASE)
# (and a term word with no term after it: "Giám đốc Sở khóa họp trước")
_TRAILING = re.compile(
    rf"(?:\s+(?:và|các|của|thuộc|trực thuộc|cùng|phụ trách|với|tại|về|có|trong|là|cấp|{_TERMS}|-|–))+[\s,]*$",
    re.IGNORECASE)
# Words that join the body's name to what follows only where a body follows them:
# "Trung tâm X thuộc Sở Y", "người phát ngôn của UBND tỉnh".
_OF = re.compile(r"(?:trực thuộc|thuộc|của)(?![\w])")
_AND = re.compile(r"và(?![\w])")
_ABOUT = re.compile(r"về(?![\w])")
_AT = re.compile(r"tại(?![\w])")
_NEW_OF = re.compile(rf"{_SP}+mới{_SP}+của(?P<sp>{_SP}+)(?=[{UPPER}])")
_FUNCTION_WORDS = frozenset({"và", "các", "của", "thuộc", "trực thuộc", "những", "cùng"})


@cache
def _boundary(anycase: bool) -> re.Pattern[str]:
    """Words that end a body: [boundary] of titles.toml, the cue verbs of cues.toml, the
    honorifics.  Lower-case as written; after a dash in any case ("Hội đồng – Chủ trì")."""
    t = lexicon.load("titles")["boundary"]["words"]
    cues = lexicon.load("cues")
    people = lexicon.load("people")
    ws = [*t, *(w for k in ("attend", "chair", "speak") for w in cues[k]["phrases"]),
          *people["honorifics"]["words"], *people["plural_honorifics"]["words"]]
    alts = "|".join(re.escape(w).replace(r"\ ", rf"{_SP}+")
                    for w in sorted({fold(w).lower() for w in ws}, key=len, reverse=True))
    return re.compile(rf"(?:{alts})(?![\w])", re.IGNORECASE if anycase else 0)


@cache
def _degrees() -> re.Pattern[str]:
    """Degrees before a name ("TS.", "PGS.TS") end a title: "Giám đốc Sở Y tế TS. ..."."""
    ws = sorted({fold(w) for w in lexicon.load("people")["degrees"]["words"]}, key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(re.escape(w) for w in ws) + r")(?![\w])")


@cache
def _measures() -> re.Pattern[str]:
    """Nouns a number counts ([nouns] measures): "5 năm", "3 lần", "20 người"."""
    return re.compile(rf"(?:{alternation(lexicon.load('titles')['nouns']['measures'])})(?![\w])", re.IGNORECASE)


_CAPITAL = re.compile(rf"[{UPPER}]")


@cache
def _nouns(kind: str) -> frozenset[str]:
    return frozenset(fold(w).lower() for w in lexicon.load("titles")["nouns"][kind])


@cache
def _parents() -> re.Pattern[str]:
    ws = sorted({fold(w) for w in lexicon.load("titles")["nouns"]["parents"]}, key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(re.escape(w).replace(r"\ ", rf"{_SP}+") for w in ws) + r")(?![\w])")


# A comma inside a name of coordinated fields: "Sở Văn hóa, Thể thao và Du lịch",
# "Vụ Khoa học, công nghệ và môi trường": one or two words, "và", a word.
def _field_list(view: str, pos: int, stops: Container[int]) -> bool:
    cur = pos
    for i in range(3):
        if cur in stops or head_at(view, cur):
            return False
        if i and _AND.match(view, cur):
            after = _SPACES.match(view, cur + 2).end()
            return _name_word(view, after) is not None and after not in stops and not head_at(view, after)
        w = _name_word(view, cur)
        if w is None:
            return False
        cur = _SPACES.match(view, w).end()
        if cur == w:
            return False
    return False


@cache
def _work() -> re.Pattern[str]:
    return re.compile(rf"[{UPPER}]|(?:{alternation(lexicon.load('titles')['nouns']['work'])})(?![\w])")


def _names_work(view: str, pos: int) -> bool:
    """What a committee carries out is named at ``pos``: a capitalised name ("Chương trình
    135", "Nghị quyết 57") or its kind ("chương trình mục tiêu ...", "nhiệm vụ KH&CN")."""
    return bool(_work().match(view, pos))


def _committee(first: str) -> bool:
    """A body's first word (lower-cased) is a committee's noun, or its abbreviation
    ("ban", "hội đồng", "bcđ")."""
    return first in _nouns("committees") or fold(expand(first.upper())).lower() in _nouns("committees")


# What a committee's subjects are listed with: lower-case words, and abbreviations with
# their numbers ("phòng, chống dịch COVID-19").
_SUBJECT_ABBREV = re.compile(rf"[{UPPER}]{{2,}}(?:-\d+)?(?![\w])")
_ITEM_GAP = re.compile(rf"{_SP}*(?P<comma>,)?{_SP}*")


_LEVEL = re.compile(rf"cấp{_SP}+(?=\w)")


def _subject_list(view: str, pos: int, stops: Container[int], about: bool, named: bool = False) -> int | None:
    """Where the list of a committee's subjects that goes on at ``pos``, after a comma,
    ends (None where it is no such list): "Ban Chỉ đạo các chương trình mục tiêu quốc gia
    giảm nghèo, | xây dựng nông thôn mới, phát triển vùng dân tộc | huyện X".  Items of
    lower-case words, parted by commas or "và", none opening with a word that opens no
    name ([after_and]), no clause word, position or name in them; the list ends at the
    place that closes the body, or, for a committee named by its subject ("về ..."), at
    the end of its words: "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí,
    tiêu cực".  ``named``: the subject before the comma is a capitalised name's, and so may
    be each item's ("Ban tổ chức Hội thi, Cuộc thi cấp huyện"), up to the level that
    closes them ("cấp huyện")."""
    vocab, boundary = _vocabulary(), _boundary(False)
    cur, item, end = pos, 0, None
    for _ in range(40):
        if cur in stops or head_at(view, cur):
            break  # "... lãng phí, tiêu cực, | Bộ trưởng ..."
        u = _UNIT.match(view, cur)
        v = vocab.match(view, cur)
        if (u and (v is None or v.end() <= u.end())) or (v and _LEVEL.match(view, cur)):
            return end if item else None  # "... phát triển vùng dân tộc | huyện X", "Cuộc thi | cấp huyện"
        if _AND.match(view, cur):
            if not item:
                return None
            item, cur = 0, _SPACES.match(view, cur + 2).end()
            continue
        b = boundary.match(view, cur)
        if (b and not (v and v.end() > b.end())) or (not item and _not_after_and().match(view, cur)):
            break
        w = v or _LOW_WORD.match(view, cur) or _SUBJECT_ABBREV.match(view, cur) or (
            _CAP_WORD.match(view, cur) if named and not item else None)
        if w is None or w.end() == cur:
            break
        item, end = item + 1, w.end()
        g = _ITEM_GAP.match(view, end)
        if g.group("comma"):
            if not item:
                return None
            item = 0
        elif g.end() == end:
            break  # punctuation other than a comma: the clause goes on elsewhere
        cur = g.end()
    # A committee named by its subject: its words end where the clause goes on ("...,
    # tiêu cực, | Bộ trưởng ...").
    return end if about else None


_SPACES = re.compile(rf"{_SP}*")
_DELEGATION = re.compile(r"(?<![\w])(?:Ban|Đoàn)$", re.IGNORECASE)


def _name_word(view: str, pos: int) -> int | None:
    """The end of a word that may stand in a body's name at ``pos``: a word of the
    vocabulary, an abbreviation, a capitalised word; else None."""
    w = _vocabulary().match(view, pos) or _DOTTED.match(view, pos) or _ABBREV_TOKEN.match(view, pos) \
        or _CAP_WORD.match(view, pos)
    return w.end() if w and w.end() > pos else None


def _wrapped_field(view: str, end: int, stops: Container[int]) -> bool:
    """A line break at ``end``, right after a body's noun, that cuts the body's name: the
    next line starts with a capitalised field of the vocabulary, of two syllables or more
    ("Phó Giám đốc Sở\nTài chính phát biểu", "Trưởng Ban\nTuyên giáo Tỉnh ủy"), no
    position and no name; not a new paragraph ("Giám đốc Sở\nHội nghị ...")."""
    if not view.startswith("\n", end) or end + 1 in stops or not view[end + 1:end + 2].isupper():
        return False
    v = _vocabulary().match(view, end + 1)
    return v is not None and any(c.isspace() for c in v.group(0)) and not head_at(view, end + 1)


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
    boundary, boundary_any = _boundary(False), _boundary(True)
    begun = head.body is not None  # the body has its first word ("Trưởng ban" ends with it)
    first = (head.body or "").lower()  # the body's first word: "sở", "phòng", "ban" ...
    last = first  # the last word taken, lower-cased
    closed = False  # a place closed the body ("... tỉnh Trà Vinh")
    place = False  # right after the place's unit word: its name may follow
    unit = ""
    capitals = 0  # capitalised words of the body after its first word
    single_capital = False  # the last word taken is one capitalised syllable ("Hội" of "Hội thi")
    last_capital = False  # the last word taken is capitalised: a number may follow ("Ban Chỉ đạo 35")
    second_syllable = False  # the last word taken is a capitalised word's second syllable: "Quân | khu"
    low_words = 0  # lower-case words taken: a committee's subjects ("Ban Chỉ đạo | giảm nghèo")
    about = False  # a committee named by its subject: "Ban Chỉ đạo về ..."
    # A post that is new ("mới") of a body: "hai Phó Giám đốc mới của Sở Y tế" holds the
    # post "Phó Giám đốc Sở Y tế"; the words between are no part of the title's text.
    new_of = None if head.body else _NEW_OF.match(view, end)
    head_end = end
    if new_of and new_of.end() not in stops and not head_at(view, new_of.end()):
        end = head_end = new_of.end() - len(new_of.group("sp"))
    # How the post is held, between the head and the body: "Phó Chủ tịch chuyên trách Hội
    # Nông dân tỉnh" (the body "Hội Nông dân tỉnh").
    qual = None if head.body or new_of else _qualifier().match(view, end)
    if qual and qual.end() not in stops:
        end = head_end = qual.end()
    while end < n:
        gap = _GAP.match(view, end)
        nxt = gap.end()
        if nxt == end and begun and last == first and _wrapped_field(view, end, stops):
            nxt = end + 1  # "Phó Giám đốc Sở\nTài chính": the line broke the body's name
        if nxt >= n or nxt in stops or (nxt == end and view[end - 1] != "."):
            break
        if nxt == end and not place:
            break  # only "TP.Cần Thơ" runs on without a space
        comma, dash = gap.group("comma"), gap.group("dash")
        if comma:
            if last == "term" and _TERM_WORD.match(view, nxt):
                pass  # the term said twice: "HĐND tỉnh khóa XV, nhiệm kỳ 2021-2026"
            elif closed:
                # A place of a lower level, then its province: "UBND huyện Mường Tè, tỉnh Lai Châu".
                u = _UNIT.match(view, nxt)
                if not (u and _UNIT_RANK.get(u.group(0).lower(), 0) > _UNIT_RANK.get(unit.lower(), 3)):
                    break
            elif (_committee(first) and view[end - 1].islower() and low_words
                  and (listed := _subject_list(view, nxt, stops, about, second_syllable)) is not None):
                end, last = listed, "subject"  # "Trưởng BCĐ ... giảm nghèo, xây dựng nông thôn mới ... huyện X"
                continue
            elif not (_field_list(view, nxt, stops)
                      or (first in _nouns("units") and _parents().match(view, nxt) and not head_at(view, nxt))):
                break  # (a unit, then the body it belongs to: "Trưởng phòng Kế hoạch, Sở Tài chính")
            else:
                last = ","
        if dash and (closed or boundary_any.match(view, nxt) or _name_word(view, nxt) is None
                     or ((hd := head_at(view, nxt))
                         and not (_head_of(hd).field and first in _nouns("units") and capitals <= 1))):
            # "Hội đồng – Chủ trì", "... tỉnh - Trưởng ban"; "kinh tế - kỹ thuật" goes on, and a
            # unit's second field that is a post too: "Phòng Hành chính - Kế toán" (not after
            # the body the unit is of: "Văn phòng Sở Y tế - Văn thư ...")
            break
        hm = head_at(view, nxt)
        if hm and not dash:
            # A second position ("... Tỉnh ủy Phó Chủ tịch") starts a new title, except a
            # body named by a position: "Ban Bí thư", "Đoàn ĐBQH và HĐND tỉnh".
            if (hm.group("head")[0].isupper() and begun and view[end - 1] != "&"
                    and not _DELEGATION.search(view, max(0, end - 6), end) and not _head_of(hm).field):
                break
        if _AND.match(view, nxt):
            after = _SPACES.match(view, nxt + 2).end()
            if (closed or not begun or after in stops or head_at(view, after) or _not_after_and().match(view, after)
                    or boundary.match(view, after) or _name_word(view, after) is None):
                break
            end = nxt + 2
            last = "và"
            continue
        if _OF.match(view, nxt):
            o = _OF.match(view, nxt)
            assert o is not None
            after = _SPACES.match(view, o.end()).end()
            if after in stops or head_at(view, after) or not (
                    _CAP_WORD.match(view, after) or _ABBREV_TOKEN.match(view, after)):
                break
            end, last, closed, place = o.end(), o.group(0), False, False
            continue
        if head.at_place and begun and _AT.match(view, nxt):
            after = _SPACES.match(view, nxt + 3).end()
            if _CAP_WORD.match(view, after) and after not in stops:
                end, last, closed = nxt + 3, "tại", False  # "Đại sứ Việt Nam tại Nhật Bản"
                continue
        u = _UNIT.match(view, nxt)
        v = vocab.match(view, nxt)
        if u and (v is None or v.end() <= u.end()):  # (not "xã hội", a field)
            end, last, closed, place, unit = u.end(), u.group(0).lower(), True, True, u.group(0)
            begun = True
            continue
        tw = _TERM_WORD.match(view, nxt)
        if tw:
            num = _TERM_NUMBER.match(view, _SPACES.match(view, tw.end()).end())
            if num:
                end, last, place = num.end(), "term", False
                continue
            break  # "Giám đốc Sở khóa họp trước": no term after the word
        if closed:
            w = _ABBREV_TOKEN.match(view, nxt) or _CAP_WORD.match(view, nxt)
            if place and w:
                end = w.end()
                continue  # the place's name: "tỉnh Trà Vinh", "TP HCM"
            break
        # The word right after a committee's noun names what it does, verb or not:
        # "Ban chỉ đạo", "Ban tổ chức", "Ủy ban kiểm tra", "Hội đồng tư vấn".
        # A word of the vocabulary longer than the boundary word it starts with is no
        # boundary: "Ủy viên dự khuyết" is not "dự".
        # (and the word after its function, where what it carries out is named after it:
        # "Ban Chỉ đạo | thực hiện Chương trình ...", "Hội đồng tư vấn | xác định nhiệm vụ
        # KH&CN"; not "Ban Chỉ đạo | thực hiện các nhiệm vụ")
        after_committee = last in _nouns("committees") or (
            last in _nouns("functions") and v is not None and _names_work(view, _SPACES.match(view, v.end()).end()))
        b = (boundary_any if dash else boundary).match(view, nxt)
        if b and not (v and (after_committee or v.end() > b.end())):
            break
        if _degrees().match(view, nxt):
            break
        if _ABOUT.match(view, nxt):
            # "Ban Chỉ đạo về phát triển khoa học": a committee is named by its subject.
            if not _committee(first):
                break
            after = _SPACES.match(view, nxt + 2).end()
            if boundary.match(view, after) or after in stops:
                break
            end, last, about = nxt + 2, "về", True
            continue
        w = v or _DOTTED.match(view, nxt) or _ABBREV_TOKEN.match(view, nxt) or _CAP_WORD.match(view, nxt)
        if w and w.end() > nxt:
            word = w.group(0)
            last_before = last
            if not begun and word.lower() in _FUNCTION_WORDS:
                break  # a body does not start with "các": "chuyên viên | các sở"
            end = w.end()
            if not begun or (not capitals and last == first and word.lower() == first):
                first = word.lower()  # (the body's word a head ends with, written again: "PTP. Phòng")
            elif word[0].isupper() and last not in ("và", ",") and last not in _nouns("committees"):
                # Capitals after the body's first word (not the one a coordination starts
                # with: "Trung tâm Thông tin và Ứng dụng tiến bộ ...", nor a committee's
                # function: "Ban Chỉ đạo Chương trình mục tiêu ..."): an abbreviation
                # stands for a whole name, so it weighs as two ("Sở KH&CN").
                capitals += 1 if w is v or w.re is _CAP_WORD else 2
            begun = True
            last = word.lower()
            second_syllable = single_capital and word[0].islower() and not any(c.isspace() for c in word)
            low_words += word[0].islower() and last_before not in _nouns("committees")  # (not its function)
            single_capital = word[0].isupper() and word[1:].islower() and not any(c.isspace() for c in word)
            last_capital = word[0].isupper()
            continue
        num = _NUMBER.match(view, nxt)
        after_num = _SPACES.match(view, num.end()).end() if num else 0
        # (after a word that a unit's number follows: "khu vực 2", "số 4"; a head naming its
        # unit: "Trưởng khu phố 3")
        head_words = view[m.start("head"):m.end()].lower().split() if num else []
        numbered = num is not None and (last in _nouns("numbered") or (not begun and end == m.end() and (
            head_words[-1] in _nouns("numbered") or " ".join(head_words[-2:]) in _nouns("numbered"))))
        if (num and (begun or numbered) and (view[end - 1].isupper() or last_capital or numbered
                               # a capitalised word's second syllable, the number ending the name
                               # ("Quân khu 2") or the body it is of after it ("Chi nhánh 2 Ngân hàng ...")
                               or (second_syllable and (after_num in stops or _NAME_END.match(view, after_num)
                                                        or _CAPITAL.match(view, after_num))))
                # The number names the unit ("Trung tâm Ứng dụng KH&CN 3 phát biểu", "Đội 5 trao
                # quà"), not what it counts: "Sở Y tế 5 năm qua", "UBND tỉnh 2 lần".
                and not _measures().match(view, after_num)
                and not (num.end() - num.start() == 4 and boundary.match(view, after_num))):  # a year: "... 2023 đã"
            end, last, single_capital, second_syllable = num.end(), "number", False, False  # "Ban Chỉ đạo 35"
            continue
        # Any other lower-case word goes on in the body: names of bodies capitalise their
        # first word alone ("Cục Năng lượng nguyên tử", "Cục công tác phía Nam"), and the
        # second syllable of a capitalised word is lower-case ("Hội thi", "Chương trình").
        # A name whose every word is capitalised ("Viện Ứng dụng Công nghệ") or written
        # with an abbreviation ("Sở KH&CN") has no unknown lower-case word in it: one
        # after it starts the sentence ("... Công nghệ trân trọng cảm ơn").
        lw = _LOW_WORD.match(view, nxt)
        if lw and begun and (single_capital or capitals <= 1):
            second_syllable = single_capital
            end, last, single_capital, last_capital = lw.end(), lw.group(0), False, False
            low_words += 1
            continue
        break
    # Trim function words left hanging at the end: "... UBND tỉnh phụ trách", "... và".
    while True:
        t = _TRAILING.search(view, m.start(), end)
        if not t or t.start() <= m.end():
            break
        end = t.start()
    if end == head_end and not qual:
        end = head_end = m.end()  # "mới của" and no body after it
    if not head.bare and (end == m.end() or (qual and end == head_end)):
        return None
    text = " ".join(view[m.start("head"):end].split()).lower()
    if text in not_roles() or (re.match(r"(?:phó )?trưởng đoàn\b", text) and "quốc hội" not in text
                                and "đbqh" not in text):
        return None  # "làm Trưởng đoàn": a function at one meeting, not an office
    return Title(start=m.start(), end=end, head=head, head_end=head_end, former=bool(m.group("former")),
                 acting=bool(m.group("acting")), qualifier=(qual.start("q"), qual.end("q")) if qual else None)


@cache
def _abbreviations() -> list[tuple[re.Pattern[str], str]]:
    out = []
    for a in lexicon.load("abbreviations")["abbreviation"]:
        # (an abbreviation ending in its dot may run into the next word: "TP.Cần Thơ")
        out.append((re.compile(r"(?<![\w&])(?:" + a["pattern"] + r")(?:(?<=\.)|(?![\w&]))"), fold(a["expands"])))
    return out


@lru_cache(maxsize=4096)  # titles repeat from report to report; some 40 patterns each time
def expand(text: str) -> str:
    """Abbreviations of bodies and fields spelled out: 'UBND tỉnh' -> 'Ủy ban nhân dân tỉnh'.

    An expansion never repeats the words the text has beside the abbreviation:
    "UBMTTQ Việt Nam tỉnh" -> "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"."""
    out = text
    for pat, rep in _abbreviations():
        out = pat.sub(lambda m, rep=rep: unechoed(rep, m.string[:m.start()], m.string[m.end():])
                      + (" " if m.string[m.end():m.end() + 1].isalnum() else ""), out)
    return squash(out)


def unechoed(expansion: str, before: str, after: str) -> str:
    """``expansion`` without its last words where the text goes on with them ("Việt Nam"
    after "UBMTTQ") and its first words where the text has them just before it ("Ban"
    before "BCĐ").  Not the last syllable of a compound before it: the "ủy" of "Đảng ủy"
    is not the "Ủy" of "Ủy ban" ("Bí thư Đảng ủy UBND tỉnh" is "... Đảng ủy Ủy ban nhân
    dân tỉnh")."""
    words = expansion.split()
    tail, head = after.lstrip().casefold(), before.rstrip().casefold()
    for k in range(len(words) - 1, 0, -1):
        piece = " ".join(words[-k:]).casefold()
        if tail.startswith(piece) and not tail[len(piece):len(piece) + 1].isalnum():
            words = words[:-k]
            break
    for k in range(len(words) - 1, 0, -1):
        piece = " ".join(words[:k]).casefold()
        if (head.endswith(piece) and not head[-len(piece) - 1:-len(piece)].isalnum()
                and not ends_compound(before.rstrip(), len(head) - len(piece), len(head))):
            words = words[k:]
            break
    return " ".join(words)


# The word or two words before another, a space apart.
_WORDS_BEFORE = (re.compile(r"(?<![\w])\w+\s+$"), re.compile(r"(?<![\w])\w+\s+\w+\s+$"))


def ends_compound(text: str, s: int, e: int) -> bool:
    """The word at ``s``..``e`` ends a compound of the title vocabulary begun by a word or
    two before it: "Đảng | ủy", "Tỉnh | ủy" (no "Ủy" of "Ủy ban"), "Môi | trường" (no
    school), "nông | thôn" (no hamlet), "hành chính | công" (no "Công" of "Công nghệ")."""
    for before in _WORDS_BEFORE:
        w = before.search(text, max(0, s - 30), s)
        if w is not None and (vocabulary_end(text, w.start()) or 0) >= e:
            return True
    return False


@cache
def _national_body() -> tuple[re.Pattern[str], re.Pattern[str]]:
    n = lexicon.load("posts")["national_bodies"]
    words = "|".join(re.escape(fold(w)) for w in n["words"])
    places = "|".join(re.escape(fold(w)) for w in n["places"])
    # (a place's unit is written small, and "xã" of "xã hội" is none: "Bảo hiểm xã hội Việt Nam")
    return (re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE),
            re.compile(rf"(?<!\w)(?:{places})(?!\w)(?!\s+hội(?!\w))"))


def is_national_body(body: str) -> bool:
    """A body named for the whole country, wherever the report is from: "... Việt Nam",
    "... Trung ương ..." with no place of its own ("Liên hiệp các Hội Khoa học và Kỹ thuật
    Việt Nam", "Ban Chỉ đạo Trung ương ..."; not "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"):
    kg/lexicon/posts.toml [national_bodies].  Its posts and their holders are national."""
    country, place = _national_body()
    return bool(country.search(body)) and not place.search(body)


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
    if title.qualifier:
        head = f"{head} {squash(view[title.qualifier[0]:title.qualifier[1]])}"  # "Phó Bí thư chuyên trách"
    rest = expand(view[title.head_end if title.body_start is None else title.body_start:title.end])
    # An abbreviated head spelled out does not repeat the words after it: "UVT.Ư Đảng" ->
    # "Ủy viên Trung ương Đảng".  (A head that ends with its body's word keeps it: "PTP.
    # Phòng Kế hoạch" is "Phó Trưởng phòng Phòng Kế hoạch", as decisions write the post.)
    echoed = title.head.abbreviated and not title.head.body and unechoed(head, "", rest) != head
    if echoed:
        head = unechoed(head, "", rest)
    elif title.head.body and rest:
        # The head's last word begins the body's name; it keeps the capital it is written
        # with: "Trưởng Ban Tuyên giáo Tỉnh ủy" (the body "Ban Tuyên giáo"), but
        # "Trưởng phòng Kế hoạch" where the writer has it so.
        last = view[title.start:title.head_end].split()[-1]
        words = head.split()
        if last[:1].isupper() and words[-1].lower() == last.lower():
            head = " ".join([*words[:-1], last[0] + words[-1][1:]])
    full = squash(f"{'nguyên ' if title.former else ''}{'Quyền ' if title.acting else ''}{head} {rest}")
    full = re.sub(r"\s+,", ",", full)
    if echoed and not title.head.body:
        return full, None, None  # the words after it were the post's own: "UVT.Ư Đảng"
    rest = _OF.sub("", rest, count=1).strip() if _OF.match(rest) else rest  # "người phát ngôn của UBND tỉnh"
    rest = re.sub(r"\s+,", ",", rest)
    if head.lower().endswith("ủy viên") and head.lower() != "ủy viên":
        org = head[: -len(" viên")]
        return full, fold(org[0].upper() + org[1:]), "provincial"
    if title.head.body and not echoed and not rest.lower().startswith(title.head.body.lower() + " "):
        rest = squash(f"{title.head.body} {rest}")
    if not rest or re.match(rf"(?:{_TERMS})\b", rest, re.IGNORECASE):
        return full, None, None  # no body, or only the term of one: "Đại biểu Quốc hội khóa XV"
    low = rest.lower()
    if is_national_body(rest):
        return full, rest, "national"  # "Ban Chấp hành Trung ương Hội Nông dân Việt Nam"
    for body, scope in _bodies():
        if low.startswith(body.lower()) and (len(low) == len(body) or not low[len(body)].isalnum()):
            if scope == "national" and re.search(r"\b(?:tỉnh|thành phố|huyện)\b", low):
                scope = "provincial"
            return full, rest, scope
    return full, rest, "provincial" if re.search(r"\b(?:tỉnh|thành phố|huyện)\b", low) else None


# ------------------------------------------------------------------ a title beside a name

# Between a name and a title after it: "X, Phó Chủ tịch", "X - Giám đốc", "X (Giám đốc ...".
_SEP = re.compile(r"\s*(?:[,:–—-]|\()\s*")
# Between a title and the name after it: "Chủ tịch UBND tỉnh Hậu Giang - Trần Văn Tới", and
# the writer's gloss of an abbreviation: "Thứ trưởng Bộ Nội vụ (BNV) Lò Văn Thạch".
DASH_GAP = re.compile(rf"\s*(?:\(\s*[{UPPER}][{UPPER}&\-]{{1,15}}\s*\)\s*)?(?:[-–]\s*)?")
_GLOSS = re.compile(rf"\s*\(\s*[{UPPER}][{UPPER}&\-]{{1,15}}\s*\)\s*(?:[-–]\s*)?$")
# What ends a clause: a title before a name is never looked for across it.  (Not the dot
# of an abbreviation: "TP. Cần Thơ", "PCT. UBND".)
_CLAUSE_EDGE = re.compile(rf"[,;:()\n“”\"]|(?<![{UPPER}])\.|\s[-–]\s(?=\S)")
# What a title never runs across, commas apart ("Sở Văn hóa, Thể thao và Du lịch").
_SENTENCE_EDGE = re.compile(rf"[;:()\n“”\"]|(?<![{UPPER}])\.")
# Between two titles of one person: "Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh", "Ủy viên
# Trung ương Đảng - Bí thư Tỉnh ủy".
TITLE_SEP = re.compile(r"\s*(?:,|kiêm|[-–—])\s*", re.IGNORECASE)


@cache
def _honorific_gap() -> re.Pattern[str]:
    """A form of address or a degree between a title and the name it gives: "Phó Chủ tịch
    UBND tỉnh | bà | Hà Thị Mơ", "Giám đốc Sở Y tế | TS. | Lò Văn Thạch" (no comma: "...,
    ông B" may be the next of a list)."""
    people = lexicon.load("people")
    words = [*people["honorifics"]["words"], *people["degrees"]["words"]]
    return re.compile(rf"{_SP}+(?:(?:{alternation(words)})\.?{_SP}*)+", re.IGNORECASE)


def title_before(view: str, name_start: int, stops: frozenset[int] | set[int] = frozenset()) -> Title | None:
    """A title that ends right before a name: "Chủ tịch UBND tỉnh Võ Văn Hưng",
    "Chủ tịch UBND tỉnh Hậu Giang - Trần Văn Tới", "Phó Chủ tịch UBND tỉnh bà Hà Thị Mơ";
    the longest such title."""
    lo = max(0, name_start - 160)
    gloss = _GLOSS.search(view, lo, name_start)
    edge_end = gloss.start() if gloss else name_start
    edges = [m for m in _CLAUSE_EDGE.finditer(view[lo:edge_end]) if lo + m.end() < edge_end - 3]
    # The clause the name is in; and across commas before it, a title that runs over them
    # up to the name ("Giám đốc Sở Văn hóa, Thể thao và Du lịch | Lò Văn Thạch", "Chủ tịch
    # UBND huyện Mường Tè, tỉnh Lai Châu | Lò Văn Thạch"): a title ending at a comma is
    # another's, or the name's only through titles_before.
    k = len(edges)
    while k and edges[k - 1].group(0) == "," and len(edges) - k < 3:
        k -= 1
    window_start = lo + edges[k - 1].end() if k else lo
    best = None
    stop_set = {*stops, name_start}
    for h in heads_in(view, window_start, name_start):
        t = parse_title(view, h.start(), stop_set)
        if t is None:
            continue
        gap = view[t.end:name_start]
        if (DASH_GAP.fullmatch(gap) or _honorific_gap().fullmatch(gap)) and (best is None or t.start < best.start):
            best = t
    return best


def title_next_to(view: str, s: int, e: int) -> bool:
    """A title right after the name ("X, Phó Chủ tịch", "X - Giám đốc") or right before it."""
    sep = _SEP.match(view, e, e + 8)
    if sep and head_at(view, sep.end()):
        return True
    return title_before(view, s) is not None



def title_ending_at(view: str, pos: int, stops: Container[int] = ()) -> Title | None:
    """The longest title that ends at ``pos`` (after no more than white space), within
    its sentence: "Bí thư Tỉnh ủy | , Chủ tịch ...", "các Phó Giám đốc Sở | : ..."."""
    lo = max(0, pos - 160)
    for m in _SENTENCE_EDGE.finditer(view, lo, pos):
        lo = m.end()
    for h in heads_in(view, lo, pos):
        t = parse_title(view, h.start(), {*stops, pos})
        if t is not None and not view[t.end:pos].strip():
            return t  # (the first head that reaches pos starts the longest title)
    return None


# A dash between two heads of one body: "Phó Chủ tịch - Tổng Thư ký Liên hiệp ...".
_HEAD_DASH = re.compile(r"\s*[-–—]\s*")
# The heads of the Party's bodies (its committees and cells), which share no body with a
# head of the state's or an association's: "Phó Bí thư - Chủ tịch UBND xã" is of the Đảng
# ủy and of the UBND.
_PARTY_HEAD = re.compile(r"bí thư", re.IGNORECASE)


def _own_body_only(head: Head) -> bool:
    """A head that names its body or holds a body word of its own: "Tỉnh ủy viên", "Đại
    biểu Quốc hội", "Trưởng ban", national heads."""
    low = head.text.lower()
    return head.national or head.body is not None or (low.endswith("ủy viên") and low != "ủy viên") or "quốc hội" in low


def shared_bodies(view: str, titles: list[Title]) -> list[Title]:
    """Titles in a run with the body of the next one where a head of no body of its own
    stands before it across a dash: "Phó Chủ tịch - Tổng Thư ký Liên hiệp các Hội KH&KT
    tỉnh" is "Phó Chủ tịch Liên hiệp ..." and "Tổng Thư ký Liên hiệp ...", "Ủy viên - Thư
    ký Hội đồng" "Ủy viên Hội đồng" (not a Party head with another: "Phó Bí thư - Chủ tịch
    UBND xã"; a comma or "kiêm" parts two posts)."""
    out = list(titles)
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        body = b.head_end if b.body_start is None else b.body_start
        if (a.end == a.head_end and a.body_start is None and b.end > body and not _own_body_only(a.head)
                and not _own_body_only(b.head) and not a.former
                and bool(_PARTY_HEAD.search(a.head.text)) == bool(_PARTY_HEAD.search(b.head.text))
                and _HEAD_DASH.fullmatch(view, a.end, b.start)):
            out[i] = dataclasses.replace(a, end=b.end, body_start=body)
    return out


def titles_before(view: str, name_start: int, stops: frozenset[int] | set[int] = frozenset()) -> list[Title]:
    """Every title of a run that ends right before a name, in order: "Phó Bí thư Tỉnh
    ủy, Chủ tịch UBND tỉnh Lò Văn Thạch", "Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy X"."""
    last = title_before(view, name_start, stops)
    if last is None:
        return []
    chain = [last]
    while True:
        lo = max(0, chain[0].start - 12)
        sep = next((m for m in TITLE_SEP.finditer(view, lo, chain[0].start) if m.end() == chain[0].start), None)
        if sep is None or sep.start() == sep.end():
            # Two titles with nothing between: the first one's body ended where a capitalised
            # head began the second ("Phó Chủ tịch UBND tỉnh Trưởng Ban Chỉ đạo ... Lò Văn
            # Thạch"; "Bí thư Tỉnh ủy Chủ tịch HĐND tỉnh").
            prev = title_ending_at(view, chain[0].start, {*stops, chain[0].start})
            if prev is None or not follows_unparted(view, prev, chain[0]):
                break
        else:
            prev = title_ending_at(view, sep.start(), {*stops, chain[0].start})
            if prev is None or prev.end > sep.start():
                break
        chain.insert(0, prev)
    return shared_bodies(view, chain)


def follows_unparted(view: str, first: Title, second: Title) -> bool:
    """``second`` goes on from ``first`` with no separator, a title of its own: spaces
    alone between, ``first`` with a body that ended there, ``second`` with a capitalised
    head ("Phó Chủ tịch UBND tỉnh | Trưởng Ban Chỉ đạo ..."; not a head written small, a
    function: "Giám đốc Sở Y tế | chủ nhiệm đề tài")."""
    return (first.head_end < first.end < second.start and not view[first.end:second.start].strip(" \t\u00a0")
            and view[second.start].isupper() and not second.former)
