"""Which province a report is about.

Every name of a province (with its aliases: "TP HCM", "Thừa Thiên - Huế") and of its
cities, towns and districts is found in the folded text; each mention is weighted by
how strongly it speaks for the report's own province: in the headline, in an
organiser's name ("Sở Khoa học và Công nghệ tỉnh Trà Vinh", "UBND tỉnh Quảng Trị"),
after "tại" (where the meeting was), or only in passing.  The heaviest province wins;
a report that names none has none.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache

from .. import lexicon
from ..models import ProvinceMention, ProvinceResult, Report, Span
from ..normalize import fold
from .text import layout

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
_PLACE = re.compile(r"(?:\btại|\bở|\bvề|\bđến)\s+(?:tỉnh\s+|thành phố\s+|TP\.?\s*)?$", re.IGNORECASE)


@cache
def _patterns() -> tuple[re.Pattern[str], dict[str, tuple[str, float]]]:
    names: dict[str, tuple[str, float]] = {}
    for p in lexicon.provinces().values():
        if p.since:  # post-2025 units share their names with an old province
            continue
        for n in (p.name, *p.aliases):
            names[fold(n)] = (p.key, 1.0)
        for d in p.districts:
            if fold(d) not in names:
                names[fold(d)] = (p.key, W_DISTRICT)
    alts = sorted(names, key=len, reverse=True)
    pat = re.compile(r"(?<![\w])(?:" + "|".join(re.escape(a) for a in alts) + r")(?![\w])", re.IGNORECASE)
    return pat, {k.lower(): v for k, v in names.items()}


def province_mentions(report: Report) -> list[ProvinceMention]:
    """Every mention of a province or one of its districts, weighted."""
    pat, names = _patterns()
    view = report.view
    lay = layout(report)
    head = (lay.headline.start, lay.headline.end) if lay.headline else (-1, -1)
    lead_end = lay.lead[-1][1] if lay.lead else -1
    out = []
    for m in pat.finditer(view):
        surface = m.group(0)
        key, base = names[surface.lower()]
        if base < 1.0:
            # A district counts only when written as a place: "huyện Thoại Sơn", "thành phố Phủ Lý".
            unit_before = view[max(0, m.start() - 12):m.start()]
            if not re.search(r"(?:huyện|thị xã|thành phố|TP\.?|quận|xã|phường|thị trấn)\s*$", unit_before,
                             re.IGNORECASE):
                continue
            w = base
        else:
            if surface[0].islower():
                continue
            before = view[max(0, m.start() - 80):m.start()]
            if _UNIT.search(before[-12:]):
                w = W_ORGANISER if _ORGANISER.search(before[:-1] if before else before) else W_UNIT
            elif _PLACE.search(before[-20:]):
                w = W_PLACE
            elif _ORGANISER.search(before) and re.search(r"(?:Sở|UBND|Tỉnh ủy|Thành ủy)[^,;.]{0,40}$", before):
                w = W_ORGANISER
            else:
                w = W_PLAIN
        if head[0] <= m.start() < head[1]:
            w *= HEADLINE_FACTOR
        elif m.start() < lead_end:
            w *= LEAD_FACTOR
        if surface.isupper() and len(surface) > 3:
            w *= UPPERCASE_FACTOR
        out.append(ProvinceMention(key=key, span=Span.of(report.text, m.start(), m.end()), weight=w))
    return out


def extract_province(report: Report) -> ProvinceResult:
    mentions = province_mentions(report)
    if not mentions:
        return ProvinceResult(key=None, mentions=())
    score: dict[str, float] = defaultdict(float)
    first: dict[str, int] = {}
    for m in mentions:
        score[m.key] += m.weight
        first.setdefault(m.key, m.span.start)
    best = max(score, key=lambda k: (score[k], -first[k]))
    return ProvinceResult(key=best, mentions=tuple(mentions))
