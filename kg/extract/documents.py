"""Legal and normative documents cited by number.

The parser works like eyecite's: find every token that can only be a document
notation, parse each field (number, year, type code, issuer, issuing unit), look at
the words before it for the type ("Quyết định số", "Công văn") and after it for the
date ("ngày 26/5/2017") and issuer ("của UBND tỉnh Phú Yên"), and keep the offsets.

Forms (all from real reports):
  19/2014/QĐ-TTg        number / year / type - issuer
  712/QĐ-TTg            number / type - issuer (administrative, no year)
  57-NQ/TW, 20 – NQ/TW  number - type / issuer (Party)
  29/2013/QH13          number / year / issuer (laws of the National Assembly)
  2269/UBND-KGVX        number / issuer - unit (official letters)
  TCVN ISO 9001:2015    standards
  "Nghị quyết 57 của Bộ Chính trị", "Đề án 844": short forms, resolved only
  through the catalogue (kg/lexicon/catalogue.toml).
Dates ("29/12"), ratios ("47/63"), percentages and phone numbers never parse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .. import lexicon
from ..models import Citation, Report, Span
from ..normalize import fold

_LETTER = "A-ZĐa-zđ"
_CODE = rf"[A-ZĐ][{_LETTER}&]*\d*"  # QĐ, TTg, UBND, BKHCN, QH13, UBTVQH15, KH, CTr
_DASH = r"\s?[-–—]\s?"
_SLASH = r"\s?/\s?"

# number / [year /] code [- code ...]; a number may be written with a thousands dot
# ("Quyết định số 1.234/QĐ-UBND"), which the notation does not have.
_SLASHED = re.compile(
    rf"(?<![\w/.-])(?P<num>\d{{1,2}}\.\d{{3}}|\d{{1,5}}[a-z]?){_SLASH}(?:(?P<year>(?:19|20)\d{{2}}){_SLASH})?"
    rf"(?P<codes>{_CODE}(?:{_DASH}{_CODE})*)(?![\w&])"
)
# number - type / issuer (Party documents)
_PARTY = re.compile(
    rf"(?<![\w/.-])(?P<num>\d{{1,5}}[a-z]?){_DASH}(?P<type>[A-ZĐ][A-ZĐa-z]{{0,3}}){_SLASH}(?P<issuer>[A-ZĐƯ]{{1,6}}\d*)"
    rf"(?=[^\w&]|ngày|$|[a-zđ])"
)
# Standards: TCVN [ISO[/IEC]] 9001:2015, ISO 9001:2015, QCVN 01:2019/BKHCN
_STANDARD = re.compile(
    r"(?<![\w])(?P<family>TCVN|QCVN)?\s?(?P<iso>(?:I?SO)(?:/IEC)?\s)?(?P<code>\d{1,6}(?:-\d{1,3})*)\s?:\s?(?P<year>(?:19|20)\d{2})"
    r"(?P<issuer>/[A-ZĐ]{2,8})?(?![\d])"
)

_DATE_AFTER = re.compile(
    r"^\s*,?\s*(?:ban hành\s+)?(?:ngày|ngay)\s+(?P<d>\d{1,2})\s*(?:/|-|\.|\s+tháng\s+)\s*(?P<m>\d{1,2})"
    r"\s*(?:/|-|\.|\s+năm\s+)\s*(?P<y>(?:19|20)\d{2})",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Issuer:
    code: str
    scope: str
    prefix: bool
    suffix: bool = False


@cache
def _issuers() -> tuple[_Issuer, ...]:
    items = [_Issuer(i["code"], i["scope"], bool(i.get("prefix")), bool(i.get("suffix")))
             for i in lexicon.load("documents")["issuer"]]
    # A Party committee's own bodies first: "BTGTU" is the Tỉnh ủy's, not a ministry's ("B...").
    return tuple(sorted(items, key=lambda i: (not i.suffix, i.prefix, -len(i.code))))


def _ascii_upper(code: str) -> str:
    return fold(code).upper().replace("Đ", "D")


@cache
def _type_table() -> dict[str, tuple[str, str]]:
    """Type code as written in any spelling ("QD", "QĐ", "qđ") -> (vgk type, canonical code)."""
    return {_ascii_upper(t["code"]): (t["type"], t["code"]) for t in lexicon.load("documents")["type_code"]}


@cache
def _type_words() -> list[tuple[str, str]]:
    data = lexicon.load("documents")["type_words"]
    pairs = [(fold(w), t) for t, ws in data.items() if t != "example" for w in ws]
    return sorted(pairs, key=lambda p: -len(p[0]))


@cache
def _issuer_words() -> list[tuple[str, str]]:
    data = lexicon.load("documents")["issuer_words"]
    pairs = [(fold(w), code) for code, ws in data.items() if code != "example" for w in ws]
    return sorted(pairs, key=lambda p: -len(p[0]))


def issuer_scope(code: str) -> str | None:
    """'national' or 'local' for an issuer code ("TTg", "UBND", "BKHCN", "SGTVT"), None if unknown."""
    up = code.upper().replace("Đ", "D")
    for i in _issuers():
        c = i.code.upper().replace("Đ", "D")
        if i.suffix and up.endswith(c) and len(up) > len(c):
            return i.scope
        if (up.startswith(c) and len(up) > len(c)) if i.prefix else up == c:
            return i.scope
        if i.prefix and up == c and len(c) > 1:
            return i.scope
    return None


def _canonical_code(code: str) -> str:
    """Spelling of a notation part as the CONTRACT writes it: 'QD' -> 'QĐ', 'Ttg' -> 'TTg'."""
    up = code.upper()
    fixes = {"QD": "QĐ", "ND": "NĐ", "HDND": "HĐND", "TTG": "TTg", "CTR": "CTr", "QDI": "QĐi", "DU": "ĐU"}
    return fixes.get(up.replace("Đ", "D"), code)


def _type_before(view: str, start: int) -> str | None:
    """The type word written before a notation: "Quyết định số 19/2014/QĐ-TTg" -> Decision."""
    before = view[max(0, start - 40):start]
    before = re.sub(r"(?:\s+(?:số|số hiệu|so))?\s*$", "", before, flags=re.IGNORECASE)
    low = before.lower()
    for w, t in _type_words():
        if low.endswith(w.lower()):
            return t
    return None


def _issuer_after(view: str, end: int) -> str | None:
    after = view[end:end + 120]
    m = re.match(r"^[^.;]{0,60}?\bcủa\s+", after, re.IGNORECASE)
    if not m:
        return None
    rest = after[m.end():].lower()
    for w, code in _issuer_words():
        if rest.startswith(w.lower()):
            return code
    return None


def _date_after(view: str, end: int) -> tuple[str | None, int | None]:
    m = _DATE_AFTER.match(view[end:end + 40])
    if not m:
        return None, None
    d, mo, y = int(m["d"]), int(m["m"]), int(m["y"])
    if not (1 <= d <= 31 and 1 <= mo <= 12):
        return None, None
    return f"{y:04d}-{mo:02d}-{d:02d}", y


def _slashed(report: Report, m: re.Match[str]) -> Citation | None:
    view = report.view
    codes = [c for c in re.split(_DASH, m["codes"]) if c]
    if not any(re.search(r"[A-ZĐ]", c) for c in codes):
        return None
    first = codes[0]
    types = _type_table()
    year = int(m["year"]) if m["year"] else None
    doc_type: str | None = None
    if _ascii_upper(first) in types and len(codes) >= 2:
        doc_type, canonical = types[_ascii_upper(first)]
        issuer = codes[1]
        parts = [canonical, *(_canonical_code(c) for c in codes[1:])]
    elif re.fullmatch(r"QH\d+|UBTVQH\d+", first.upper()):
        issuer = first.upper()
        parts = [issuer, *codes[1:]]
        doc_type = _type_before(view, m.start()) or ("Law" if year else "Resolution")
    else:
        issuer = first
        parts = [_canonical_code(c) for c in codes]
    scope = issuer_scope(issuer)
    if scope is None:
        # Not a known issuer: a document only when a type word says so ("Kế hoạch số 12/XYZ").
        if not _type_before(view, m.start()):
            return None
        scope = "local"
    typed = _type_before(view, m.start())
    if doc_type is None:
        doc_type = typed or "OfficialLetter"
    number = m["num"].replace(".", "") + "/" + (f"{year}/" if year else "") + "-".join(parts)
    date, date_year = _date_after(view, m.end())
    if year is None and date_year is not None:
        year = date_year
    return Citation(
        span=Span.of(report.text, m.start(), m.end()), number=number, doc_type=doc_type,
        issuer_code=_canonical_code(issuer), scope=scope, year=year, date=date,
    )


def _party(report: Report, m: re.Match[str]) -> Citation | None:
    types = _type_table()
    t = _ascii_upper(m["type"])
    if t not in types:
        return None
    issuer = m["issuer"].upper().replace("TƯ", "TW")
    scope = issuer_scope(issuer)
    if scope is None:
        return None
    number = f"{m['num']}-{types[t][1]}/{issuer}"
    date, year = _date_after(report.view, m.end())
    return Citation(
        span=Span.of(report.text, m.start(), m.end()), number=number, doc_type=types[t][0],
        issuer_code=issuer, scope=scope, year=year, date=date,
    )


def _standard(report: Report, m: re.Match[str]) -> Citation | None:
    family, iso = m["family"], m["iso"]
    if not family and not iso:
        return None  # "9001:2015" alone, or a time "10:15"
    parts = [p for p in (family, "ISO" + ("/IEC" if iso and "IEC" in iso else "") if iso else None) if p]
    number = " ".join(parts) + f" {m['code']}:{m['year']}" + (m["issuer"] or "")
    return Citation(
        span=Span.of(report.text, m.start(), m.end()), number=number, doc_type="Standard",
        issuer_code="TCVN" if family else "ISO", scope="national", year=int(m["year"]),
    )


@cache
def _short_form_table() -> tuple[re.Pattern[str], dict[tuple[str, str], list[tuple[lexicon.CatalogueEntry, bool]]]]:
    """One pattern for every short form of the catalogue, and (word, number) -> entries."""
    table: dict[tuple[str, str], list[tuple[lexicon.CatalogueEntry, bool]]] = {}
    for entry in lexicon.catalogue().values():
        for short in entry.short:
            table.setdefault((fold(short.word).lower(), short.number), []).append((entry, short.needs_issuer))
    words = sorted({w for w, _ in table}, key=len, reverse=True)
    pattern = re.compile(
        r"(?<![\w])(?P<word>" + "|".join(re.escape(w) for w in words) + r")\s+(?:số\s+|năm\s+)?"
        r"(?P<number>\d{1,5})(?![\w/-]|\s?[-–]\s?[A-Z])",
        re.IGNORECASE,
    )
    return pattern, table


def _short_forms(report: Report, taken: list[tuple[int, int]]) -> list[Citation]:
    """Bare references the catalogue can resolve: "Nghị quyết số 57 của Bộ Chính trị", "Đề án 844"."""
    view = report.view
    pattern, table = _short_form_table()
    out = []
    for m in pattern.finditer(view):
        if any(s <= m.start() < e or m.start() <= s < m.end() for s, e in taken):
            continue
        issuer = _issuer_after(view, m.end())
        for entry, needs_issuer in table.get((m["word"].lower(), m["number"]), []):
            if needs_issuer and issuer != entry.issuer and not (entry.issuer.startswith("QH") and issuer == "QH"):
                continue
            taken.append((m.start(), m.end()))
            out.append(Citation(
                span=Span.of(report.text, m.start(), m.end()), number=entry.number, doc_type=entry.doc_type,
                issuer_code=entry.issuer, scope="national", year=entry.date.year,
                date=entry.date.isoformat(), resolved_by_catalogue=True,
            ))
            break
    return out


def extract_citations(report: Report) -> list[Citation]:
    """Every document cited in the report, in text order (one per occurrence)."""
    view = report.view
    found: list[Citation] = []
    taken: list[tuple[int, int]] = []
    for pattern, parse in ((_STANDARD, _standard), (_PARTY, _party), (_SLASHED, _slashed)):
        for m in pattern.finditer(view):
            if any(s <= m.start() < e or m.start() <= s < m.end() for s, e in taken):
                continue
            c = parse(report, m)
            if c is not None:
                taken.append((m.start(), m.end()))
                found.append(c)
    found.extend(_short_forms(report, taken))
    found.sort(key=lambda c: c.span.start)
    return found
