"""Which province a report is about.

Every name of a province (with its aliases: "TP HCM", "Thừa Thiên - Huế") and of its
cities, towns and districts is found in the folded text; each mention is weighted by
how strongly it speaks for the report's own province: in the headline, in an
organiser's name ("Sở Khoa học và Công nghệ tỉnh Trà Vinh", "UBND tỉnh Quảng Trị"),
after "tại" (where the meeting was), or only in passing.  The heaviest province wins;
a report that names none has none.

After a unit word the name's first letter may be written small ("thành phố hồ Chí
Minh").  A province merged in 2025 that the report calls former ("khu vực tỉnh Bình Dương
cũ") is a part of its new unit: its mentions count for the unit (for the old province
whose name the unit took, which kg.lexicon.province_as_of reads as the unit by the
report's date).
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache, lru_cache

from .. import lexicon
from ..models import ProvinceMention, ProvinceResult, Report, Span
from ..normalize import fold
from .text import LOWER, UPPER, alternation, layout

# Weights of a mention, by what stands before it.
W_ORGANISER = 3.0  # "Sở KH&CN tỉnh X", "UBND tỉnh X", "Tỉnh ủy X": a body of the province
W_UNIT = 2.0  # "tỉnh X", "thành phố X"
W_PLACE = 2.0  # "tại X", "ở X"
W_PLAIN = 1.0  # the name alone
W_DISTRICT = 0.6  # a district or town of the province: "thành phố Phủ Lý" -> Hà Nam
HEADLINE_FACTOR = 2.0
LEAD_FACTOR = 1.5
UPPERCASE_FACTOR = 0.5  # "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ": the site's banner, not the story

_ORGANISER = re.compile(
    r"(?:Sở|UBND|Ủy ban nhân dân|HĐND|Hội đồng nhân dân|Tỉnh ủy|Thành ủy|Bộ Chỉ huy|Công an|Liên hiệp"
    r"|Đoàn đại biểu Quốc hội|Trung tâm|Chi cục|Đài|Báo)[^.;\n]{0,60}$",
    re.IGNORECASE,
)
_UNIT = re.compile(r"(?:tỉnh|thành phố|TP\.?|Tp\.?)\s*$", re.IGNORECASE)
# An online meeting's bridge point: the province a report tells it from ("tại điểm cầu
# tỉnh Lai Châu", "đầu cầu thành phố Cần Thơ") speaks for the report as its organiser would;
# the place of the central point ("tại Hà Nội") speaks only as a name in passing.
_BRIDGE = re.compile(r"(?:điểm|đầu)\s+cầu\s+(?:của\s+)?(?:tỉnh\s+|thành phố\s+|TP\.?\s*)?$", re.IGNORECASE)
_ONLINE = re.compile(r"trực tuyến|điểm cầu|đầu cầu", re.IGNORECASE)
_PLACE = re.compile(r"(?:\btại|\bở|\bvề|\bđến)\s+(?:tỉnh\s+|thành phố\s+|TP\.?\s*)?$", re.IGNORECASE)
# What makes a district's name a place: its unit ("huyện Thoại Sơn", "thành phố Phủ Lý"), or a
# commune of it written before it, small to big ("xã Thanh Luận - Sơn Động", "thị trấn Cái
# Dầu, Châu Phú").
_DISTRICT_UNIT = re.compile(r"(?:huyện|thị xã|thành phố|TP\.?|quận|xã|phường|thị trấn)\s*$", re.IGNORECASE)
_COMMUNE_BEFORE = re.compile(
    rf"(?<![\w])(?:xã|phường|thị trấn)\s+(?:[{UPPER}][\w']*\s+){{0,3}}[{UPPER}][\w']*\s*[,\-–]\s*$")


@cache
def _person_names() -> frozenset[str]:
    """Province names that are a person's too ("Hồ Chí Minh"): the province only as a place."""
    return frozenset(_key(n) for n in lexicon.load("provinces")["person_names"]["names"])


_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")
# What may stand between the words of one place name: "Bà Rịa - Vũng Tàu", "TP.HCM", "TP. HCM".
_JOIN = re.compile(r"(?:[ \t]*[-–.][ \t]*|[ \t]+)$")


def _key(text: str) -> str:
    return " ".join(w.lower() for w in _WORD.findall(fold(text)))


@cache
def _gazetteer() -> tuple[dict[str, tuple[str, float]], int]:
    """Place name (lower-case words) -> (province key, base weight), and the longest name in words."""
    names: dict[str, tuple[str, float]] = {}
    for p in lexicon.provinces().values():
        if p.since:  # post-2025 units share their names with an old province
            continue
        for n in (p.name, *p.aliases):
            names[_key(n)] = (p.key, 1.0)
    for p in lexicon.provinces().values():
        for d in p.districts:
            names.setdefault(_key(d), (p.key, W_DISTRICT))
    return names, max(len(k.split()) for k in names)


@cache
def _prefixes() -> frozenset[str]:
    """Every proper word-prefix of a gazetteer name ("bà rịa" of "bà rịa vũng tàu"): a
    scan stops extending a run of words as soon as no name starts with it."""
    names, _ = _gazetteer()
    return frozenset(" ".join(k.split()[:n]) for k in names for n in range(1, len(k.split())))


def scan(view: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str, float]]:
    """(start, end, province key, base weight) of every place name in ``view[start:end]``,
    longest first, capitalised names only."""
    end = len(view) if end is None else end
    return [hit for hit in _scan_all(view) if start <= hit[0] and hit[1] <= end]


# Where a capitalised word begins: a capital letter that is not inside a word (nor after
# the apostrophe of one, "d'Arc").  Gazetteer names are written in Latin letters.
_CAP_START = re.compile(rf"(?<![^\W\d_])(?<![^\W\d_]')[{UPPER}]")
# The next word of a name: a gap that _JOIN allows (up to 5 characters; "$" of _JOIN lets
# one line break end the gap), then the word.
_NEXT_WORD = re.compile(r"((?:[ \t]*[-–.][ \t]*|[ \t]+)\n?)([^\W\d_]+(?:'[^\W\d_]+)*)")


def _longest_name(view: str, first: re.Match[str], capital: bool) -> tuple[int, tuple[str, float]] | None:
    """The longest gazetteer name that starts with the word ``first``, over the gaps
    _NEXT_WORD allows: (its end, its entry), or None.  ``capital``: the first word is
    written with its capital (else a later word must be, for the name to count, and
    only a province's own name, not a district's, is taken)."""
    names, longest = _gazetteer()
    prefixes = _prefixes()
    small = not capital
    key, end, count, hit = first.group(0).lower(), first.end(), 1, None
    while True:
        if key in names and (not small or (capital and names[key][1] >= 1.0)):
            hit = (end, names[key])
        if count >= longest or key not in prefixes:
            break
        nxt = _NEXT_WORD.match(view, end)
        if nxt is None or len(nxt.group(1)) > 5:
            break
        count += 1
        capital = capital or nxt.group(2)[0].isupper()
        key = f"{key} {nxt.group(2).lower()}"
        end = nxt.end()
    return hit


@lru_cache(maxsize=64)
def _scan_all(view: str) -> tuple[tuple[int, int, str, float], ...]:
    out = []
    done = 0  # the end of the last name found: no name starts inside it
    for start in _CAP_START.finditer(view):
        s0 = start.start()
        if s0 < done:
            continue
        first = _WORD.match(view, s0)
        assert first is not None
        hit = _longest_name(view, first, capital=True)
        if hit:
            e, (pkey, base) = hit
            out.append((s0, e, pkey, base))
            done = e
    return tuple(out)


# A unit word, then a name whose first letter is written small: "thành phố hồ Chí Minh",
# "tỉnh thừa Thiên Huế".
_UNIT_BEFORE_SMALL = re.compile(rf"(?<![\w])(?:[Tt]ỉnh|[Tt]hành phố|TP\.?|Tp\.?)[ \t]+(?=[{LOWER}])")


def _small_after_unit(view: str) -> list[tuple[int, int, str, float]]:
    """Provinces named after their unit word with the first letter small, the rest of the
    name capitalised ("thành phố hồ Chí Minh"): the province still.  A name all in small
    letters is not taken ("tỉnh bạn", "thành phố hòa bình" are words, not places)."""
    out = []
    for u in _UNIT_BEFORE_SMALL.finditer(view):
        s0 = u.end()
        first = _WORD.match(view, s0)
        if first is None:
            continue
        hit = _longest_name(view, first, capital=False)
        if hit:
            e, (pkey, base) = hit
            out.append((s0, e, pkey, base))
    return out


@lru_cache(maxsize=256)
def province_mentions(report: Report) -> tuple[ProvinceMention, ...]:
    """Every mention of a province or one of its districts, weighted."""
    view = report.view
    lay = layout(report)
    head = (lay.headline.start, lay.headline.end) if lay.headline else (-1, -1)
    lead_end = lay.lead[-1][1] if lay.lead else -1
    out = []
    for start, end, key, base in sorted([*scan(view), *_small_after_unit(view)]):
        surface = view[start:end]
        if base < 1.0:
            # A district counts only when written as a place: "huyện Thoại Sơn", "thành phố Phủ Lý",
            # "xã Thanh Luận - Sơn Động".
            if not (_DISTRICT_UNIT.search(view, max(0, start - 12), start)
                    or _COMMUNE_BEFORE.search(view[max(0, start - 50):start])):
                continue
            w = base
        elif _key(surface) in _person_names() and not (_UNIT.search(view[max(0, start - 12):start])
                                                         or _PLACE.search(view[max(0, start - 20):start])):
            continue  # "Chủ tịch Hồ Chí Minh", "tư tưởng Hồ Chí Minh": the person, not the city
        else:
            before = view[max(0, start - 80):start]
            if _BRIDGE.search(before[-30:]):
                w = W_ORGANISER
            elif _UNIT.search(before[-12:]):
                w = W_ORGANISER if _ORGANISER.search(before[:-1] if before else before) else W_UNIT
            elif _PLACE.search(before[-20:]):
                w = W_PLAIN if _ONLINE.search(view, *_sentence_around(view, start, end)) else W_PLACE
            elif _ORGANISER.search(before) and re.search(r"(?:Sở|UBND|Tỉnh ủy|Thành ủy)[^,;.]{0,40}$", before):
                w = W_ORGANISER
            else:
                w = W_PLAIN
        if head[0] <= start < head[1]:
            w *= HEADLINE_FACTOR
        elif start < lead_end:
            w *= LEAD_FACTOR
        if surface.isupper() and len(surface) > 3:
            w *= UPPERCASE_FACTOR
        out.append(ProvinceMention(key=key, span=Span.of(report.text, start, end), weight=w))
    return tuple(out)


def _sentence_around(view: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence (or line) holding ``view[start:end]``."""
    s = max(view.rfind(".", 0, start), view.rfind("\n", 0, start)) + 1
    stops = [i for i in (view.find(".", end), view.find("\n", end)) if i >= 0]
    return s, min(stops) if stops else len(view)


@cache
def _former_re() -> re.Pattern[str]:
    """What follows a province's name that calls it former: "tỉnh Bình Dương cũ", "(cũ)"."""
    ws = lexicon.load("provinces")["former"]["words"]
    return re.compile(rf"[ \t]*(?:\([ \t]*)?(?:{alternation(ws)})(?![\w])")


def _namesake(unit_key: str) -> str:
    """The old province whose name a unit of 2025 took: ho-chi-minh for ho-chi-minh-2025,
    thua-thien-hue for hue-2025 (kg.lexicon.province_as_of reads it the other way)."""
    from ..normalize import slug

    unit = lexicon.provinces()[unit_key]
    return next((m for m in unit.members if slug(unit.name) == m), unit.members[0])


def _former(report: Report, mentions: tuple[ProvinceMention, ...]) -> dict[str, str]:
    """Provinces merged in 2025 that the report calls former ("khu vực tỉnh Bình Dương cũ"),
    each -> the old province whose name its new unit took (ho-chi-minh): a part of that
    unit, every mention of it counted for the unit."""
    table = lexicon.provinces()
    out = {}
    for m in mentions:
        p = table[m.key]
        if p.merged_into and m.key not in out and _former_re().match(report.view, m.span.end):
            out[m.key] = _namesake(p.merged_into)
    return out


def extract_province(report: Report) -> ProvinceResult:
    mentions = province_mentions(report)
    if not mentions:
        return ProvinceResult(key=None, mentions=())
    former = _former(report, mentions)
    score: dict[str, float] = defaultdict(float)
    first: dict[str, int] = {}
    for m in mentions:
        key = former.get(m.key, m.key)
        score[key] += m.weight
        first.setdefault(key, m.span.start)
    best = max(score, key=lambda k: (score[k], -first[k]))
    return ProvinceResult(key=best, mentions=tuple(mentions))
