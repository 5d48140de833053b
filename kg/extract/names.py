"""Names of people: where a run of capitalised syllables is a person's name.

Names are found by their shape in Vietnamese: a run of two to four capitalised
syllables.  A run is a name when its context says so (an honorific or degree before
it: "đồng chí", "Đ/c", "ông", "PGS.TS.", "Thượng tọa"; a title right before it: "Chủ tịch
UBND tỉnh Võ Văn Hưng"; a title right after it: "Trần Quốc Tường, Ủy viên Trung ương
Đảng"), or, with no such context, when it starts with a Vietnamese family name and
underthesea tags it a proper noun (:func:`confirm_with_tagger`).  Places, bodies and
streets are never names: a run right after the head noun of a place, street, school or
company is that body's name ("đường Nguyễn Văn Linh", "Trường THPT chuyên Lê Quý Đôn"),
except a unit of administration after a title ("Phó Chủ tịch UBND thành phố Hà Thị Mơ");
a head noun ending a compound is none ("Sở Tài nguyên và Môi trường Lò Văn Thạch").

The shape takes in what writers do to names: a lower-case syllable ("Lê thị Hoa",
"ông nguyễn Văn Tư"), a family name that is also a noun ("Đoàn" of "Đoàn Minh Khôi",
not of "Đoàn công tác") or a form of address ("Ông" of "bà Ông Thị Hoa"), a name run
on into the next capitalised word (a place before it: "UBND xã Tân Lập Cấn Văn Hòa"; a
verb after it: "Lò Thị Hoa Trình bày"), a place inside it ("Nguyễn Hòa Bình"), and
foreign names beside a title or an honorific
("ngài Paul Brent", "Đại sứ Wendy Matthews"), their syllables perhaps joined by hyphens
("ông Park Hang-seo", "ngài Kim-Dae-Ho"; a hyphen between words of Vietnamese parts them
as a dash does: "Lò Thị Hoa-Phó Giám đốc").  A given name that is also a head word ends the
name where no title begins with it ("Lò Văn Trưởng, Giám đốc Sở"), a capitalised
conjunction parts two names ("Lò Văn Thạch Và Bà Hà Thị Mai"), and a name goes on across
a line break after an honorific ("Ông Hoàng\nMinh Tuấn").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache

from .. import lexicon, nlp
from ..models import Report
from ..normalize import fold, squash
from .text import LOWER, UPPER, alternation
from .titles import (
    Title,
    ends_compound,
    head_at,
    head_first_words,
    heads_in,
    parse_title,
    title_before,
    title_next_to,
)


def _people(table: str, key: str = "words") -> list[str]:
    return list(lexicon.load("people")[table][key])


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


@cache
def _surnames() -> frozenset[str]:
    """Every family name, capitalised, folded: one word or two ("Âu Dương")."""
    tables = ("surnames", "surnames_compound", "surnames_minority", "surnames_monastic", "surnames_also_nouns")
    return frozenset(fold(w) for t in tables for w in _people(t))


def is_family_name(word: str) -> bool:
    """Whether ``word`` (capitalised, folded) is a Vietnamese family name of one word ("Nguyễn", "Lò", "Ksor")."""
    return _cap(word) in _surnames()


@cache
def _noun_surnames() -> frozenset[str]:
    return frozenset(fold(w) for w in _people("surnames_also_nouns"))


@cache
def _noun_needs_context() -> frozenset[str]:
    return frozenset(fold(w) for w in _people("surnames_also_nouns", "needs_context"))


@cache
def _noun_after(noun: str) -> re.Pattern[str]:
    """The noun's usual continuations: "Đoàn | công tác", "Đoàn | Thanh niên"; with the
    body words of the title vocabulary."""
    after = lexicon.load("people")["surnames_also_nouns"]["after"]
    vocabulary = lexicon.load("titles").get("vocabulary", {}).get("words", [])
    ws = [*next((v for k, v in after.items() if fold(k) == noun), []), *vocabulary]
    return re.compile(rf"(?:{alternation(ws)})(?![\w])", re.IGNORECASE)


# A position word right before the noun: "Trưởng Đoàn", "Phó đoàn", "Trưởng đoàn".
_POST_BEFORE_NOUN = re.compile(r"(?<![\w])(?:trưởng|phó)\s+$", re.IGNORECASE)


def _noun_is_name(view: str, words: list[tuple[int, int]], context: bool) -> bool:
    """A family name that is also a noun ("Đoàn") begins a name here: a given name
    follows that is no family name, no position, no usual continuation of the noun,
    and no position stands right before it."""
    w0 = fold(view[words[0][0]:words[0][1]])
    if _cap(w0) in _noun_needs_context() and not context:
        return False
    if len(words) < 2:
        return False
    s1 = words[1][0]
    w1 = fold(view[s1:words[1][1]])
    if head_at(view, s1) or _noun_after(_cap(w0)).match(view, s1):
        return False
    # "Đoàn | Lê Văn Ba": a name of three syllables after the noun (its first no middle name: "Đoàn Ngọc Khải").
    if len(words) >= 4 and _cap(w1) in _surnames() and w1.lower() not in _middles()[0]:
        return False
    return not _POST_BEFORE_NOUN.search(view, max(0, words[0][0] - 10), words[0][0])


@cache
def _static_not_names() -> frozenset[str]:
    return frozenset(fold(w).lower() for t in ("not_names", "countries") for w in _people(t))


@cache
def _places() -> frozenset[str]:
    """Provinces, their aliases and districts: a name when an honorific stands before it
    ("bà Lâm Hà"), a place otherwise."""
    out: set[str] = set()
    for p in lexicon.provinces().values():
        out.add(fold(p.name).lower())
        out.update(fold(a).lower() for a in p.aliases)
        out.update(fold(d).lower() for d in p.districts)
    return frozenset(out)


@cache
def _not_names() -> frozenset[str]:
    return _static_not_names() | _places()


@cache
def _figures() -> frozenset[str]:
    return frozenset(fold(w).lower() for w in _people("figures"))


@cache
def _countries() -> frozenset[str]:
    return frozenset(fold(w).lower() for w in _people("countries"))


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
def _honorific_surnames() -> tuple[frozenset[str], frozenset[str]]:
    """Family names that are also a capitalised form of address ("Ông"), and the women's
    middle names after which such a word is the family name ("Ông Thị Hoa")."""
    t = lexicon.load("people")["surnames_also_honorifics"]
    return frozenset(fold(w).lower() for w in t["words"]), frozenset(fold(w).lower() for w in t["women"])


def _family_not_honorific(view: str, words: list[tuple[int, int]], hon: bool) -> bool:
    """The capitalised form of address opening ``words`` is a family name here ("Th.s Ông
    Văn Bình", "bà Ông Thị Hoa"): two or three syllables after it, no family name or
    honorific first, and a context of its own before the run (an honorific or a degree:
    ``hon``; a title) or a woman's middle name next."""
    names, women = _honorific_surnames()
    if not 3 <= len(words) <= 4 or view[words[0][0]:words[0][1]].lower() not in names:
        return False
    second = view[words[1][0]:words[1][1]]
    if _cap(second) in _surnames() or second.lower() in _capital_honorifics() or not second[:1].isupper():
        return False
    return hon or second.lower() in women or title_before(view, words[0][0]) is not None


@cache
def _honorific_pairs() -> frozenset[str]:
    return frozenset(fold(w).lower() for w in lexicon.load("people")["honorifics"]["words"] if w.count(" ") == 1)


@cache
def _degree_words() -> frozenset[str]:
    return frozenset(fold(w).lower().rstrip(".") for w in lexicon.load("people")["degrees"]["words"])


@cache
def _place_heads() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])(?P<head>{alternation(_people('place_heads'))})\s*$")


@cache
def _admin_heads() -> frozenset[str]:
    return frozenset(fold(w).lower() for w in _people("place_heads", "admin"))


@cache
def _verbs() -> re.Pattern[str]:
    """Verbs that open a predicate ([predicate_verbs], and the cue verbs of two syllables
    or more): a run of capitals is cut where one starts."""
    cues = lexicon.load("cues")
    ws = [*_people("predicate_verbs"),
          *(w for k in ("attend", "chair", "speak") for w in cues[k]["phrases"] if " " in w.strip())]
    return re.compile(rf"(?:{alternation(ws)})(?![\w])", re.IGNORECASE)


@cache
def _middles() -> tuple[frozenset[str], frozenset[str]]:
    """Lower-case syllables inside a name: all of them, and those enough by shape ("văn", "thị")."""
    return (frozenset(fold(w) for w in _people("middle_syllables")),
            frozenset(fold(w) for w in _people("middle_syllables", "by_shape")))


# Words that are never the first word of a name although capitalised: position and
# body words, sentence openers ("Phó", "Sở", "Theo", "Tại" ...).  A family name that is
# also a noun ("Đoàn", "Đồng") may begin one where its shape says so (_noun_is_name).
_NOT_FIRST = frozenset(
    "sở ban hội liên công trung văn lãnh đoàn các những đồng ông bà anh chị tại theo về dự tham phát báo kết sau "
    "trong ngày sáng chiều tối năm tháng quyết nghị thông kế luật tin ảnh toàn quang đại thành tỉnh huyện xã "
    "phường quận thị cục vụ viện bộ hiệu chánh chi thủ thứ tổng ủy uỷ giám chủ bí trưởng phó cán "
    "nhà giáo tiến thạc bác kỹ đ/c đc hội nghị lễ buổi phòng trường".split()
)


# Function words that open a sentence with a capital before a name: "Theo Lò Văn Pành, ...".
_OPENERS = frozenset("theo tại với cùng của do được là có và sau trong về cho".split())


# ------------------------------------------------------------------ the shape of a syllable

_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
_VI_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
    r"(?P<nuc>[aăâeêioôơuưy]{1,3})(?P<coda>ch|ng|nh|[cmnpt])?"
)
# Vowels that end no open syllable in Vietnamese: "Kpă", "Byă", "Niê" are not Vietnamese.
_NEEDS_CODA = ("ă", "â", "iê", "yê", "uô", "ươ")
# The vowel groups of Vietnamese syllables, without the marks of ă â ê ô ơ ư (so that a name
# written without them, "NGUYEN", "Thuy", is Vietnamese too): "ae" ("Dae", "Sae"), "ee"
# ("Lee"), "yu" ("Myung") are of no Vietnamese syllable.
_NUCLEI = frozenset(
    "a e i o u y ai ao au ay eo eu ia ie iu oa oe oi oo ua ue ui uo uu uy ye "
    "oai oay oeo uay uoi uou uya uye ieu yeu uyu".split())
_PLAIN_VOWEL = str.maketrans("ăâêôơư", "aaeoou")


@lru_cache(maxsize=8192)
def vietnamese_syllable(word: str) -> bool:
    """Whether ``word`` has the shape of a Vietnamese syllable (onset, vowels, final):
    "Thuyên", "Nguyễn", "NGUYEN" are; "Ksor", "Kpă", "Mlô", "H'Hen", "Tattersall", "Dae",
    "Lee" are not (the names of the Central Highlands, foreign names)."""
    base = unicodedata.normalize("NFC", "".join(
        c for c in unicodedata.normalize("NFD", word.lower()) if c not in _TONE_MARKS))
    m = _VI_SYLLABLE.fullmatch(base)
    if not m or m.group("nuc").translate(_PLAIN_VOWEL) not in _NUCLEI:
        return False
    return bool(m.group("coda")) or not m.group("nuc").endswith(_NEEDS_CODA)


def _strip_marks(word: str) -> str:
    """A word without its diacritics, lower-cased ("Kpă" -> "kpa", "Đăm" -> "dam")."""
    nfd = unicodedata.normalize("NFD", word.lower().replace("đ", "d"))
    return "".join(c for c in nfd if not unicodedata.combining(c))


def spelling_key(name: str) -> str:
    """One key for the spellings of one name in a report: the syllables that are not
    Vietnamese (the names of the Central Highlands) without their diacritics, and no
    spaces or apostrophes: "Kpă Thuyên" and "Kpa Thuyên", "Y Bi Êban" and "Y Biêban"."""
    out = []
    for w in fold(name).split():
        w = w.lower()
        parts = [p for p in re.split(r"['’]", w) if p]
        out.append("".join(p if vietnamese_syllable(p) else _strip_marks(p) for p in parts))
    return "".join(out).casefold()


# ------------------------------------------------------------------ runs of capitals

@dataclass
class _Run:
    """Words of a name-shaped run, separated by single spaces only: capitalised words,
    and lower-case ones where a name holds them ("Phạm văn Lộc")."""

    words: list[tuple[int, int]]
    lower: tuple[int, ...] = ()  # starts of the lower-case words in it

    @property
    def start(self) -> int:
        return self.words[0][0]

    @property
    def end(self) -> int:
        return self.words[-1][1]


# A capitalised word, with the apostrophe of the names of the Central Highlands, straight
# or curly, and "H'" or "K'" standing alone before a given name ("H'Yim", "H’Yim", "H' Yim").
# A foreign name's syllables joined by hyphens are one word ("Hang-seo", "Kim-Dae-Ho"), split
# again by _cap_runs where the hyphen stands between two words of Vietnamese ("Hoa-Phó").
_CAPW = (rf"(?:[{UPPER}][{LOWER}]*(?:['’][{UPPER}{LOWER}][{LOWER}]*)?(?:-[{UPPER}{LOWER}][{LOWER}]+)*"
         rf"|[HK]['’](?=[ \u00a0][{UPPER}]))(?![\w'’])")
# (Not after "/": the "C" of "Đ/C" is the honorific's.)
_RUN = re.compile(rf"(?<![\w'’/])(?:{_CAPW})(?:[ \u00a0](?:{_CAPW}))*")
_RUN_WORD = re.compile(r"[^ \u00a0]+")
_LOWER_WORD_BEFORE = re.compile(rf"(?<![\w'/])([{LOWER}]+)[ \u00a0]$")
# A capitalised word before a lower-case one makes a compound of them ("Tỉnh đoàn", "Hội
# nông dân"): no family name written small.
_CAPITAL_WORD_BEFORE = re.compile(rf"(?<![\w'])[{UPPER}][\w]*[ \u00a0]$")
_LOWER_GAP = re.compile(rf"[ \u00a0]([{LOWER}]+)[ \u00a0]")


@cache
def _joining_words() -> frozenset[str]:
    return frozenset(fold(w).lower() for w in _people("conjunctions"))


@lru_cache(maxsize=64)
def _cap_runs(view: str) -> tuple[_Run, ...]:
    """Capitalised words next to each other, separated by single spaces ("Nguyễn Văn A");
    an all-capitals word ("UBND", "KH&CN") or anything else ends a run."""
    out = []
    joins = _joining_words()
    for m in _RUN.finditer(view):
        words = [(m.start() + w.start(), m.start() + w.end()) for w in _RUN_WORD.finditer(m.group(0))]
        if any(view[s:e].lower() in joins for s, e in words):
            # A conjunction written with a capital joins two people, no name holds it: "Lò Văn
            # Thạch Và Bà Hà Thị Mai", "CLB Và Bà Hà Thị Mai".
            cur = []
            for w in words:
                if view[w[0]:w[1]].lower() in joins:
                    if cur:
                        out.append(_Run(cur))
                    cur = []
                else:
                    cur.append(w)
            if cur:
                out.append(_Run(cur))
            continue
        if "-" not in m.group(0):
            out.append(_Run(words))
            continue
        # A hyphen inside a word joins a foreign name's syllables: a small letter after it
        # ("Park Hang-seo"), or a syllable of the run that is no Vietnamese one ("Kim-Dae-Ho",
        # "Oh Sae-Hoon").  Between words of Vietnamese it parts them, as a dash does ("Lò Thị
        # Hoa-Phó Giám đốc", "Thừa Thiên-Huế"), and before a title always.
        foreign = any(not vietnamese_syllable(part) for s, e in words for part in view[s:e].split("-"))
        cur: list[tuple[int, int]] = []
        for s, e in words:
            start = s
            for h in (k for k in range(s, e) if view[k] == "-"):
                if (view[h + 1].islower() or foreign) and not head_at(view, h + 1):
                    continue
                cur.append((start, h))
                out.append(_Run(cur))
                cur, start = [], h + 1
            cur.append((start, e))
        out.append(_Run(cur))
    return tuple(out)


@lru_cache(maxsize=64)
def _name_runs(view: str) -> tuple[_Run, ...]:
    """The runs of capitals, with the lower-case syllables a name may hold: a family name
    written small before a capitalised given name ("ông nguyễn Văn Tư"), and middle
    syllables written small between a family name and a given name ("Phạm văn Lộc")."""
    runs = _cap_runs(view)
    surnames = _surnames()
    middles, _ = _middles()
    out = []
    i = 0
    while i < len(runs):
        words = list(runs[i].words)
        lower: list[int] = []
        m = _LOWER_WORD_BEFORE.search(view, max(0, words[0][0] - 12), words[0][0])
        first = view[words[0][0]:words[0][1]].lower()
        # (Not before a name of three syllables or more that has its family name: the "giả" of
        # "tác giả Hứa Văn Lợi" is the noun's.)
        if (m and len(words) >= 2 and _cap(m.group(1)) in surnames and _cap(m.group(1)) not in _noun_surnames()
                and not (len(words) >= 3 and _cap(first) in surnames)
                and (first in middles or (first not in _NOT_FIRST and first not in head_first_words()))
                and not _CAPITAL_WORD_BEFORE.search(view, max(0, m.start() - 12), m.start())):
            words.insert(0, (m.start(1), m.end(1)))
            lower.append(m.start(1))
        while i + 1 < len(runs):
            last = view[words[-1][0]:words[-1][1]]
            g = _LOWER_GAP.fullmatch(view, words[-1][1], runs[i + 1].start)
            if not (g and g.group(1) in middles and _cap(last) in surnames and _cap(last) not in _noun_surnames()):
                break
            words.append((g.start(1), g.end(1)))
            lower.append(g.start(1))
            i += 1
            words.extend(runs[i].words)
        out.append(_Run(words, tuple(lower)))
        i += 1
    return tuple(out)


@dataclass
class Found:
    start: int
    end: int
    honorifics: tuple[str, ...]
    strong: bool
    reference: bool = False  # a given name alone after an honorific: "ông Bửu"
    truncated: bool = False  # runs into the end of an excerpt: "Nguyễn Tiến D"
    certain: bool = False  # its shape alone makes it a name, no tagger needed: "Phạm văn Lộc"


def _words_text(view: str, words: list[tuple[int, int]]) -> list[str]:
    return [view[s:e] for s, e in words]


def _is_nameish(view: str, words: list[tuple[int, int]], hon: bool = False, context: bool = False,
                family: bool = False) -> bool:
    """The words may be a name: no body word first, no place or thing, Vietnamese
    syllables (or foreign words, beside an honorific or a title: ``context``).  ``family``:
    the first word is a family name already read as one ("Ông" of "bà Ông Thị Hoa")."""
    ws = _words_text(view, words)
    if not ws:
        return False
    low0 = ws[0].lower()
    noun = _cap(ws[0]) in _noun_surnames()
    if noun and not _noun_is_name(view, words, context or hon):
        return False
    if not noun and not family and (low0 in _NOT_FIRST or low0 in head_first_words()):
        return False
    phrase = " ".join(ws).lower()
    # A place is a person's name only after an honorific: "bà Mai Châu" (no figure: "đồng chí Hồ Chí Minh").
    if phrase in _places():
        if not hon or phrase in _figures():
            return False
    elif phrase in _static_not_names():
        return False
    # A Vietnamese syllable has seven letters at most: a longer word is a foreign one, a
    # name only beside a title or an honorific, and never a country's.
    if all(len(w) <= 7 for w in ws):
        return True
    return (hon or context) and not _has_country(ws)


def _has_country(ws: list[str]) -> bool:
    low = [w.lower() for w in ws]
    countries = _countries()
    return any(" ".join(low[i:j]) in countries for i in range(len(low)) for j in range(i + 1, min(len(low), i + 3) + 1))


def _surname_suffix(view: str, run: _Run, min_len: int = 2, max_len: int = 4) -> int | None:
    """Index in the run where a name starting with a family name begins, or None.

    The part before it must be a place or nothing: "Quảng Ngãi Nguyễn Khắc Sâm".  A family
    name may have two words ("Âu Dương Minh")."""
    ws = _words_text(view, run.words)
    surnames = _surnames()
    n = len(ws)
    for i in range(n):
        if _cap(ws[i]) not in surnames and " ".join(ws[i:i + 2]) not in surnames:
            continue
        if not (min_len <= n - i <= max_len):
            continue
        if i == 0 and " ".join(ws[:2]).lower() in _countries() and any(not vietnamese_syllable(w) for w in ws[2:]):
            continue  # "Hàn Quốc | Oh Sae-hoon": a country, then a foreign name (a title's before them)
        if _cap(ws[i]) in _noun_surnames() and not _noun_is_name(view, run.words[i:], False):
            continue
        prefix = " ".join(ws[:i]).lower()
        if i == 0 or prefix in _not_names() or prefix in _figures() or prefix in _OPENERS:
            return i
        if i == 1 and prefix in _bare_bodies() and _head_ends_at(view, run.start):
            return i  # "Giám đốc Sở | Phạm Văn Cảnh"
        if _cap(ws[i - 1]) in _noun_surnames() and not _noun_is_name(view, run.words[i - 1:], False):
            return i  # "Trưởng Đoàn | Lê Văn Ba": the noun before a name
    return None


def _after_body_name(view: str, run: _Run) -> int | None:
    """Where a name begins inside a run that continues the name of a body or a place
    (the body's head noun before the run, or a title that runs over its first words):
    "UBND xã Tân Lập Cấn Văn Hòa", "Giám đốc Công ty cổ phần Dược Nam Hà Lê Văn Ba".
    Of the family names in it, the one that leaves a name of three syllables, else four."""
    ws = _words_text(view, run.words)
    n = len(ws)
    surnames = _surnames()
    cands = [i for i in range(1, n - 1) if _cap(ws[i]) in surnames and 2 <= n - i <= 4
             and not (_cap(ws[i]) in _noun_surnames() and not _noun_is_name(view, run.words[i:], False))]
    if not cands:
        return None
    cands.sort(key=lambda i: (n - i != 3, n - i != 4, i))
    if _body_head(view, run.start) is not None:
        return next((i for i in cands if n - i >= 3), None)
    for i in cands:
        t = title_before(view, run.words[i][0])
        if t is not None and t.start < run.start:
            return i
    return None


@cache
def _bare_bodies() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon.load("people")["bare_bodies"]["words"])


def _head_ends_at(view: str, pos: int) -> bool:
    """A position head ends right before ``pos`` (spaces apart): "Giám đốc | Sở ..."."""
    return any(not view[h.end():pos].strip() for h in heads_in(view, max(0, pos - 30), pos))


# A word of a body's name between its head noun and the name it bears: "Trường | THPT
# chuyên | Lê Quý Đôn", "Trường | Chính trị | Lê Hồng Phong".
_BODY_WORD_BEFORE = re.compile(rf"(?<![\w&])(?:[{UPPER}][\w&]*|[{LOWER}]+)[ \u00a0]+$")


@dataclass(frozen=True)
class _BodyHead:
    head: str  # as written, lower-cased: "trường", "xã"
    immediate: bool  # right before the run: "đường | Nguyễn Huệ"


def _body_head(view: str, s: int) -> _BodyHead | None:
    """The head noun of a place, street, school, company ... whose name the run at ``s``
    is: right before it ("đường Nguyễn Huệ"), or before the rest of the body's name, a
    capitalised word first ("Trường THPT chuyên Lê Quý Đôn"); none across a clause."""
    heads = _place_heads()
    pos = s
    capital_seen = False
    for k in range(6):
        lo = max(0, pos - 25)
        m = heads.search(view, lo, pos)
        if m and ends_compound(view, m.start("head"), m.end("head")):
            m = None  # "Sở Tài nguyên và Môi trường | Lò Văn Thạch": no school
        if m and (k == 0 or capital_seen or m.group("head").lower() in _companies()):
            head = m.group("head")
            if not (head.lower() == "trường" and re.search(r"nhà\s+$", view[max(0, m.start() - 5):m.start()])):
                return _BodyHead(head.lower(), k == 0)
        w = _BODY_WORD_BEFORE.search(view, max(0, pos - 20), pos)
        if w is None:
            return None
        word = view[w.start():w.end()].strip()
        if word[:1].isupper():
            capital_seen = True
        elif word.lower() in _BODY_STOP:
            return None
        pos = w.start()
    return None


@cache
def _companies() -> frozenset[str]:
    """Heads of companies, whose kind follows in small letters: "Công ty | cổ phần ..."."""
    return frozenset(fold(w).lower() for w in _people("place_heads", "companies"))


# Words that a body's name never holds: a clause goes on across them.
_BODY_STOP = frozenset("của và với cho tại là có do được đã sẽ các những về từ đến ở trong theo như khi này đó "
                       "ông bà chí gặp thăm dự tham phát biểu cùng".split())


def find_names(report: Report, exclude: list[tuple[int, int]],
               places: list[tuple[int, int]] | tuple[tuple[int, int], ...] = ()) -> list[Found]:
    """Every name in the report.  ``exclude``: spans no name is in (bylines); ``places``:
    places' names (provinces), left out at the start of a run ("UBND tỉnh Quảng Ngãi
    Nguyễn Khắc Sâm") and inside a name only beside a title or an honorific
    ("Nguyễn Hòa Bình")."""
    view = report.view
    text_end = len(view.rstrip())
    hon_re = _honorific_re()
    tails = _honorific_tails()
    found: list[Found] = []
    excluded = {i for s, e in exclude for i in range(s, e)}
    soft = {i for s, e in places for i in range(s, e)}
    _, by_shape = _middles()
    for run in _across_breaks(view, _name_runs(view)):
        # Words inside a byline are not part of a name.
        kept = [w for w in run.words if w[0] not in excluded]
        if not kept:
            continue
        if len(kept) < len(run.words):
            i = run.words.index(kept[0])
            if run.words[i:] != kept:
                continue
        # A place first is the body's, not the name's: "UBND tỉnh Quảng Ngãi Nguyễn Khắc Sâm" -> "Nguyễn Khắc Sâm";
        # one at the end of a long run is the next word's: "Nguyễn Văn Ba Hà Nam".
        while kept and kept[0][0] in soft:
            kept = kept[1:]
        tail = len(kept)
        while tail and kept[tail - 1][0] in soft:
            tail -= 1
        if tail >= 3 and tail < len(kept):
            kept = kept[:tail]
        # The last letter of a degree written with a dot inside it is the degree's: "Th.S | Khúc Văn Bình".
        if len(kept) > 2 and kept[0][1] - kept[0][0] == 1 and kept[0][0] and view[kept[0][0] - 1] == ".":
            kept = kept[1:]
        if not kept:
            continue
        place_inside = any(w[0] in soft for w in kept)
        run = _Run(kept, tuple(s for s in run.lower if any(w[0] == s for w in kept)))
        before = view[max(0, run.start - 60):run.start]
        # Honorifics and degrees immediately before the run.
        hon: tuple[str, ...] = ()
        # (Ends with, not equals: the pattern also takes degrees run together, "TSCN".)
        m = hon_re.search(before) if _word_before(before).endswith(tails) else None  # leftmost: longest chain
        if m and not (m.group("hon") or m.group("deg")):
            m = None
        if m:
            hon = tuple(squash(x) for x in (m.group("hon"), m.group("deg")) if x)
        elif len(kept) == 1 and "-" not in view[kept[0][0]:kept[0][1]]:
            continue  # one capitalised word with no honorific before it is nobody's name (most runs)
        words = list(run.words)
        # A capitalised honorific opening the run ("Ông Võ Văn Lành", "Bà Đỗ Thị Minh Nguyệt"), of two
        # words in a title-case caption ("Đồng Chí Lò Văn Pành Phát Biểu").
        own_family = _family_not_honorific(view, words, bool(hon))
        if own_family:
            pass  # "Th.s Ông Văn Bình": the family name, no honorific
        elif words and view[words[0][0]:words[0][1]].lower() in _capital_honorifics():
            hon = (*hon, view[words[0][0]:words[0][1]])
            words = words[1:]
        elif len(words) > 2 and view[words[0][0]:words[1][1]].lower() in _honorific_pairs():
            hon = (*hon, view[words[0][0]:words[1][1]])
            words = words[2:]
        # Leading degree words inside the run ("Giáo sư Viện sĩ ...") are honorifics too.
        while words and view[words[0][0]:words[0][1]].lower().rstrip(".") in _degree_words():
            hon = (*hon, view[words[0][0]:words[0][1]])
            words = words[1:]
        if not words:
            continue
        # Cut at a position word inside the run: "Ông Nguyễn Văn A Phó Giám đốc"; and at a
        # verb when three syllables are left before it: "Bà Lò Thị Hoa Trình bày".
        for i, (s, _e) in enumerate(words):
            if (i and _title_starts(view, s)) or (i >= 3 and _verbs().match(view, s)):
                words = words[:i]
                break
        ws = _words_text(view, words)
        lower = [w for w in words if w[0] in run.lower]
        # A lower-case syllable in the name: a family name written small ("ông nguyễn Văn Tư") needs an
        # honorific or a title; "văn", "thị" in the middle make the name by shape ("Phạm văn Lộc").
        lower_ok = all(w[0] != words[0][0] and view[w[0]:w[1]] in by_shape for w in lower)
        truncated = words[-1][1] >= text_end
        if hon:
            if len(words) == 1 and not _hyphenated(view, words[0]):
                if words[0][1] - words[0][0] >= 2 and ws[0].lower() not in _NOT_FIRST and not lower:
                    found.append(Found(words[0][0], words[0][1], hon, True, reference=True))
                continue
            sub = _Run(words)
            i = _surname_suffix(view, sub) if len(words) > 4 else 0
            if i is None:
                i = 0
            cut = words[i:i + 5]
            if _is_nameish(view, cut, hon=True, family=own_family) and 2 <= _syllables(view, cut) and len(cut) <= 5:
                found.append(Found(cut[0][0], cut[-1][1], hon, True, truncated=truncated))
            continue
        sub = _Run(words)
        i = 0 if own_family else _surname_suffix(view, sub)
        if i is None:
            # Five words, as names of the Central Highlands have ("Y Giang Gry Niê Knơng": not
            # all Vietnamese syllables) or a family name of two words ("Tôn Nữ Thị Thu Hiền"), only
            # with a title next to them.
            i = _surname_suffix(view, sub, min_len=5, max_len=5)
            if i is not None and ((all(vietnamese_syllable(w) for w in ws[i:])
                                   and " ".join(ws[i:i + 2]) not in _surnames())
                                  or not title_next_to(view, words[i][0], words[-1][1])):
                i = None
        after_body = False
        if i is None:
            i = _after_body_name(view, sub)
            after_body = i is not None
        if i is None:
            f = _foreign(view, words)
            if f is not None:
                found.append(f)
            continue
        cut = words[i:]
        s, e = cut[0][0], cut[-1][1]
        strong = title_next_to(view, s, e)
        if len(cut) < 3 and not strong:
            continue  # two syllables alone ("Lê Lợi", "Hà Tiên") need a title or honorific next to them
        if (place_inside or (lower and not lower_ok)) and not strong:
            continue
        if any(_hyphenated(view, w) for w in cut) and not strong:
            continue  # a foreign name's hyphenated syllables ("Kim Dae-ho") only beside a title or an honorific
        if not _is_nameish(view, cut, context=strong, family=own_family):
            continue
        if i == 0 and not after_body:
            body = _body_head(view, s)
            # After a body's head the run is the body's name ("Trường THPT chuyên Lê Quý Đôn"), except a
            # title before it (and a unit of administration or the rest of a body's name between):
            # "Chủ tịch UBND huyện Lê Văn Ba", "Hiệu trưởng Trường Chính trị tỉnh Lê Thị Hoa".
            if body is not None and not (
                    (not body.immediate or body.head in _admin_heads()) and len(cut) >= 3
                    and " ".join(_words_text(view, cut)).lower() not in _figures()
                    and title_before(view, s) is not None):
                continue
        found.append(Found(s, e, hon, strong, truncated=e >= text_end, certain=bool(lower) and lower_ok))
    return found


def _across_breaks(view: str, runs: tuple[_Run, ...]) -> list[_Run]:
    """The runs, a name that a line break cuts made one again: a line that ends, no
    punctuation, with an honorific and one or two syllables of a name from a family name
    ("Ông Hoàng\nMinh Tuấn phát biểu", "bà Lò Thị\nSen"), or with a family name right
    after a title ("Giám đốc Sở Y tế Nguyễn\nVăn Tư"), goes on with the capitalised
    syllables the next line starts with, up to a name of three or four (no position, body
    or sentence word among them: "ông Bửu\nHội nghị ..." is no name)."""
    out: list[_Run] = []
    i = 0
    while i < len(runs):
        a = runs[i]
        b = runs[i + 1] if i + 1 < len(runs) else None
        if b is None or b.start != a.end + 1 or view[a.end] != "\n" or b.lower:
            out.append(a)
            i += 1
            continue
        taken = _break_continues(view, a, b)
        if not taken:
            out.append(a)
            i += 1
            continue
        out.append(_Run([*a.words, *b.words[:taken]], a.lower))
        if taken < len(b.words):
            out.append(_Run(b.words[taken:]))
        i += 2
    return out


def _break_continues(view: str, a: _Run, b: _Run) -> int:
    """How many words of ``b``, on the next line, go on with the name ``a`` ends its line
    with (:func:`_across_breaks`); 0 for none."""
    ws = _words_text(view, a.words)
    name = ws[1:] if ws[0].lower() in _capital_honorifics() else ws
    middles, _ = _middles()

    def sentence_word(w: str) -> bool:  # (a middle name is none: "Văn", "Thị")
        return w.lower() in _NOT_FIRST and fold(w).lower() not in middles

    if not 1 <= len(name) <= 2 or _cap(name[0]) not in _surnames() or any(sentence_word(w) for w in name[1:]):
        return 0
    if len(name) == len(ws):
        before = view[max(0, a.start - 60):a.start]
        hon = _word_before(before).endswith(_honorific_tails()) and _honorific_re().search(before)
        if not hon and (len(name) > 1 or title_before(view, a.start) is None):
            return 0
    taken = 0
    for s, e in b.words:
        w = view[s:e]
        if len(name) + taken >= 4 or sentence_word(w) or _title_starts(view, s) or _verbs().match(
                view, s) or not vietnamese_syllable(w):
            break
        taken += 1
    return taken if len(name) + taken >= 3 else 0


def _title_starts(view: str, s: int) -> bool:
    """A title begins at ``s`` inside a run, so the name ends before it: "Ông Lò Văn Thạch
    Phó Giám đốc Sở".  A head word is one only where a title can begin: a given name that
    is also a head ("Trưởng" of "Lò Văn Trưởng, Giám đốc Sở"; "đồng chí Hà Thị Trưởng phát
    biểu"; "Văn Thư" of "Hoàng Văn Thư - Phó Giám đốc") is the name's where no title parses
    from it (a head that needs a body, none after it)."""
    return bool(head_at(view, s)) and parse_title(view, s) is not None


def _hyphenated(view: str, word: tuple[int, int]) -> bool:
    """A foreign name's syllables joined by hyphens: "Hang-seo", "Kim-Dae-Ho"."""
    return "-" in view[word[0]:word[1]]


def _syllables(view: str, words: list[tuple[int, int]]) -> int:
    """The syllables of the words, a hyphenated word's each: "Kim-Dae-Ho" has three."""
    return sum(view[s:e].count("-") + 1 for s, e in words)


def _foreign(view: str, words: list[tuple[int, int]]) -> Found | None:
    """A foreign name beside a title ("Đại sứ Australia Wendy Matthews", "Paul Brent, Giám
    đốc quốc gia"): two or three capitalised words, one at least no Vietnamese syllable,
    no country among them (one before them is the title's)."""
    ws = _words_text(view, words)
    countries = _countries()
    for k in (3, 2, 1):
        if len(ws) > k and " ".join(ws[:k]).lower() in countries:
            words, ws = words[k:], ws[k:]
            break
    if not 2 <= _syllables(view, words) or len(ws) > 3 or all(vietnamese_syllable(w) for w in ws) or _has_country(ws):
        return None
    if any(not w.replace("-", "").isalpha() or not w[0].isupper() for w in ws):
        return None
    if ws[0].lower() in _NOT_FIRST or ws[0].lower() in head_first_words():
        return None
    s, e = words[0][0], words[-1][1]
    if not title_next_to(view, s, e) or " ".join(ws).lower() in _not_names():
        return None
    return Found(s, e, (), True)


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
