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
  3651/QĐUBND           the dash lost between type and issuer: 3651/QĐ-UBND
  TCVN ISO 9001:2015    standards (TCVN, QCVN, ĐLVN, ISO ...), also without the year
  "Nghị quyết 57 của Bộ Chính trị", "Đề án 844": short forms, resolved only
  through the catalogue (kg/lexicon/catalogue.toml).
Dates ("29/12"), ratios ("47/63"), percentages and phone numbers never parse.

The grammar of a notation decides, not a list of issuers: a type code in it ("TTr",
"BC") or a type word before it ("Tờ trình số") makes it a document whoever the issuer
is.  A code has capitals and digits and at most one small letter ("TTg", "CTr", "QĐi"),
so a word run into it ("UBNDXem", "TUngày") or after a spaced dash ("UBND - Ban
hành") is not part of it.

A text that is itself a legal document has its own number in its heading ("Số:
21/2016/QĐ-UBND" under the national motto, or an old-style title "NGHỊ ĐỊNH CỦA CHÍNH
PHỦ SỐ 99/2014/NĐ-CP ..."): that number, wherever the text repeats it, is marked
``own``: the text's own number, not a citation.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import cache

from .. import lexicon
from ..models import Citation, Report, Span
from ..normalize import fold
from .province import scan

_SMALL = "a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
_DASH = r"\s?[-–—]\s?"
_SLASH = r"\s?/\s?"
# A code as written, with whatever word may be run into it (cut off by _code_at).
_RAW_CODE = r"[A-ZĐ](?:[^\W_]|&)*"
# A code proper: capitals, digits and & with at most one small letter (TTg, CTr, QĐi, TTr, QyĐ, UBTVQH15).
_CODE = re.compile(r"[A-ZĐƯ][A-ZĐƯ&\d]*(?:[a-zđ][A-ZĐƯ&\d]*)?")
_PIECE = re.compile(rf"(?:{_DASH})?(?P<raw>{_RAW_CODE})")

# Where a notation's number begins: not inside a word, a number or another notation; but
# right after "số" the space may be lost ("Quyết định số3651/QĐ-UBND", "Số:21/2016/QĐ-UBND").
_NUM_START = r"(?:(?<![\w/.:-])|(?<=[Ss]ố)|(?<=SỐ)|(?<=[Ss]ố:)|(?<=SỐ:))"
# number / [year /] code [- code ...]; a number may be written with a thousands dot
# ("Quyết định số 1.234/QĐ-UBND"), which the notation does not have; the year's slash is
# sometimes a space ("Nghị định 08/2022 NĐ-CP"), which only a type code after it confirms.
_SLASHED = re.compile(
    rf"{_NUM_START}(?P<num>\d{{1,2}}\.\d{{3}}|\d{{1,5}}[a-z]?){_SLASH}"
    rf"(?:(?P<year>(?:19|20)\d{{2}})(?P<ysep>{_SLASH}|\s))?"
    rf"(?P<codes>{_RAW_CODE}(?:{_DASH}{_RAW_CODE})*)"
)
# number - type / issuer (Party documents)
_PARTY = re.compile(
    rf"{_NUM_START}(?P<num>\d{{1,5}}[a-z]?){_DASH}(?P<type>[A-ZĐ][A-ZĐa-z]{{0,3}}){_SLASH}(?P<issuer>[A-ZĐƯ](?:[^\W_]|&)*)"
)


@cache
def _standard_re() -> re.Pattern[str]:
    """Standards: TCVN [ISO[/IEC]] 9001:2015, ISO/IEC 17025:2017, QCVN 09-MT:2015/BTNMT, ĐLVN 25:2019,
    the old TCVN 5945-2005, a glued TCVNISO9001:2008, a stray colon (TCVN ISO: 9001 – 2008)."""
    fams = lexicon.load("documents")["standard_families"]
    nat = "|".join(sorted({*fams["national"], *(fold(f).replace("Đ", "D") for f in fams["national"])}, key=len,
                          reverse=True))
    intl = "|".join(fams["international"])
    return re.compile(
        rf"(?<![\w/])(?:(?P<family>{nat})(?:\s?:)?\s?(?:(?P<iso>I?SO(?:/IEC)?|IEC)(?:\s?:)?\s?)?"
        rf"|(?P<intl>(?:{intl})(?:/IEC)?)(?:\s?:)?\s?)"
        r"(?P<code>\d{1,6}(?:-\d{1,3})*(?:-[A-Z]{1,4})?)"
        r"(?:\s?:\s?(?P<year>(?:19|20)\d{2})|\s?[-–]\s?(?P<dyear>(?:19|20)\d{2}))?(?!\d)"
        r"(?P<issuer>/[A-ZĐ]{2,10}(?![\w]))?"
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
    party: bool = False


@cache
def _issuers() -> tuple[_Issuer, ...]:
    items = [_Issuer(i["code"], i["scope"], bool(i.get("prefix")), bool(i.get("suffix")), bool(i.get("party")))
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
def _known_codes() -> frozenset[str]:
    """Every type and issuer code of the lexicon, in ASCII capitals ("TTG", "QDI", "UBND")."""
    return frozenset({*_type_table(), *(_ascii_upper(i.code) for i in _issuers())})


@cache
def _glued_words() -> tuple[str, ...]:
    return tuple(fold(w) for w in lexicon.load("documents")["glued_words"]["words"])


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


@cache  # a report's few codes recur across the corpus
def _issuer_of(code: str) -> _Issuer | None:
    up = _ascii_upper(code)
    for i in _issuers():
        c = _ascii_upper(i.code)
        if i.suffix and up.endswith(c) and len(up) > len(c):
            return i
        if (up.startswith(c) and len(up) > len(c)) if i.prefix else up == c:
            return i
        if i.prefix and up == c and len(c) > 1:
            return i
    return None


def issuer_scope(code: str) -> str | None:
    """'national' or 'local' for an issuer code ("TTg", "UBND", "BKHCN", "SGTVT"), None if unknown."""
    i = _issuer_of(code)
    return i.scope if i else None


def _canonical_code(code: str) -> str:
    """Spelling of a notation part as the CONTRACT writes it: 'QD' -> 'QĐ', 'Ttg' -> 'TTg'."""
    up = code.upper()
    fixes = {"QD": "QĐ", "ND": "NĐ", "HDND": "HĐND", "TTG": "TTg", "CTR": "CTr", "QDI": "QĐi", "DU": "ĐU",
             "TTR": "TTr", "QYD": "QyĐ", "TƯ": "TW"}
    return fixes.get(up.replace("Đ", "D"), fixes.get(up, code))


def _code_at(raw: str) -> str | None:
    """The code a token starts with, without a word run into its end; None if it is no code.

    "TTg" -> "TTg"; "UBNDXem" -> "UBND" (a capitalised word glued on); "TUngày" -> "TU" (a
    small word of the lexicon glued on); "Ban", "VanBan" -> None (words, not codes)."""
    if _CODE.fullmatch(raw) or _ascii_upper(raw) in _known_codes():
        return raw
    for i in range(len(raw) - 1, 0, -1):
        head, tail = raw[:i], raw[i:]
        if tail[0].islower() and _CODE.fullmatch(head) and tail.lower().startswith(_glued_words()):
            return head
    for i in range(len(raw) - 1, 0, -1):
        head, tail = raw[:i], raw[i:]
        if tail[0].isupper() and len(tail) > 1 and tail[1].islower() and _CODE.fullmatch(head):
            return head
    return None


def _codes(m: re.Match[str]) -> tuple[list[str], int]:
    """The codes of a slashed notation, and the offset where the notation ends."""
    text, base = m["codes"], m.start("codes")
    codes: list[str] = []
    end = base
    pos = 0
    while pos < len(text):
        piece = _PIECE.match(text, pos)
        if piece is None:
            break
        code = _code_at(piece["raw"])
        if code is None:
            break
        codes.append(code)
        end = base + piece.start("raw") + len(code)
        if code != piece["raw"]:
            break
        pos = piece.end()
    return codes, end


def _type_before(view: str, start: int) -> str | None:
    """The type word written before a notation: "Quyết định số 19/2014/QĐ-TTg" -> Decision."""
    before = view[max(0, start - 40):start]
    before = re.sub(r"(?:\s+(?:số|số hiệu|so)\s*:?)?\s*$", "", before, flags=re.IGNORECASE)
    low = before.lower()
    for w, t in _type_words():
        if low.endswith(w.lower()):
            return t
    return None


@cache
def _form_words() -> tuple[str, ...]:
    return tuple(fold(w) for w in lexicon.load("documents")["form_words"]["words"])


def _form_before(view: str, start: int) -> bool:
    """A template's number: "theo Mẫu số 02/BC-KQ" is a form, not a report."""
    before = re.sub(r"(?:\s+(?:số|so))?\s*$", "", view[max(0, start - 20):start], flags=re.IGNORECASE)
    return re.search(r"(?:^|\W)(?:" + "|".join(map(re.escape, _form_words())) + r")$", before) is not None


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


@cache
def _local_body_after() -> re.Pattern[str]:
    """ "... của UBND tỉnh ", "... của Ban Thường vụ Tỉnh ủy ": a local body named after a citation."""
    data = lexicon.load("documents")["issuer_words"]
    words = sorted({fold(w) for code in ("UBND", "HĐND", "TU") for w in data[code]}, key=len, reverse=True)
    return re.compile(r"^[^.;\n]{0,60}?\bcủa\s+(?:Chủ tịch\s+)?(?:" + "|".join(map(re.escape, words))
                      + r")\s+(?:(?:tỉnh|thành phố|TP\.?)\s+)?", re.IGNORECASE)


def _issuer_province(view: str, end: int) -> str | None:
    """The province a local document is of where the text names it after the citation:
    "Quyết định số 12/2021/QĐ-UBND của UBND tỉnh Đồng Nai" -> dong-nai."""
    m = _local_body_after().match(view[end:end + 140])
    if m is None:
        return None
    at = end + m.end()
    for start, _, key, weight in scan(view, at, at + 40):
        if start == at and weight >= 1.0:  # a province's name, not a district's
            return key
    return None


def _date_after(view: str, end: int) -> tuple[str | None, int | None]:
    m = _DATE_AFTER.match(view[end:end + 40])
    if not m:
        return None, None
    d, mo, y = int(m["d"]), int(m["m"]), int(m["y"])
    if not (1 <= d <= 31 and 1 <= mo <= 12):
        return None, None
    return f"{y:04d}-{mo:02d}-{d:02d}", y


def _party_issuer(code: str) -> str | None:
    """The canonical code of a Party body ("TU", "BTGTU", "TW" for "TƯ"), None for any other."""
    i = _issuer_of(code)
    if i is None or not i.party:
        return None
    return code.upper().replace("TƯ", "TW")


def _split_glued(code: str) -> list[str] | None:
    """A type code glued to its issuer's, the dash lost: "QĐUBND" is QĐ-UBND, "KHUBND"
    KH-UBND, "TBSKHCN" TB-SKHCN (a department's S + initials), "CTrTU" CTr-TU.  Split
    only a code that is no known code itself, at a type code of two letters or more (the
    longest that fits: "TTLTBKHCN" is TTLT-BKHCN), where the rest is a known issuer's code
    or has its shape (S and two initials or more: "SYT", "SKHCN"); an unknown code that
    could be one code ("TTKHCN", "CTSX") stays whole.  A code an issuer's by its ending
    (a Party body's ...TU, a national body's ...QG) is split only where the rest is that
    issuer's code itself ("CTrTU"; "BCĐQG" is the steering committee's, not BC-ĐQG)."""
    up = _ascii_upper(code)
    if up in _known_codes() or re.fullmatch(r"(?:UBTV)?QH\d*", up):
        return None
    by_shape = issuer_scope(code) is not None
    for t in sorted(_type_table(), key=len, reverse=True):
        rest = code[len(t):]
        if len(t) < 2 or not up.startswith(t) or not _CODE.fullmatch(rest):
            continue
        i = _issuer_of(rest)
        if i is None or (i.prefix and len(rest) < len(i.code) + 2):
            continue
        if by_shape and _ascii_upper(rest) != _ascii_upper(i.code):
            continue
        return [code[:len(t)], rest]
    return None


_APART = re.compile(rf"(?:[ \t]|[ \t]?/[ \t]?)(?P<raw>{_RAW_CODE})")
_DASHED_PIECE = re.compile(rf"{_DASH}(?P<raw>{_RAW_CODE})")


def _issuer_apart(view: str, codes: list[str], end: int) -> tuple[list[str], int] | None:
    """A type code alone, its issuer's code after a space or a slash for the dash: "3651/QĐ
    UBND", "12/QĐ/UBND" are 3651/QĐ-UBND, 12/QĐ-UBND.  Only a known issuer's code, or one
    of its shape, follows so ("12/KH Ban Chỉ đạo" is no "KH-Ban")."""
    if len(codes) != 1 or _ascii_upper(codes[0]) not in _type_table():
        return None
    m = _APART.match(view, end)
    if m is None:
        return None
    code = _code_at(m["raw"])
    i = _issuer_of(code) if code else None
    if code is None or i is None or _ascii_upper(code) in _type_table():
        return None
    if _ascii_upper(code) != _ascii_upper(i.code) and not i.suffix and not (i.prefix and len(code) >= len(i.code) + 2):
        return None
    out, end = [codes[0], code], m.start("raw") + len(code)
    while code == m["raw"] and (m := _DASHED_PIECE.match(view, end)) is not None:  # "12/QĐ/UBND-VX"
        if (code := _code_at(m["raw"])) is None:
            break
        out.append(code)
        end = m.start("raw") + len(code)
    return out, end


def _slashed(report: Report, m: re.Match[str]) -> Citation | None:
    view = report.view
    codes, end = _codes(m)
    if not codes or not any(re.search(r"[A-ZĐ]", c) for c in codes) or _form_before(view, m.start()):
        return None
    if (glued := _split_glued(codes[0])) is not None:
        codes = [*glued, *codes[1:]]
    elif (apart := _issuer_apart(view, codes, end)) is not None:
        codes, end = apart
    types = _type_table()
    # A stray digit run into the type code ("1234/QĐ0-UBND" is 1234/QĐ-UBND).
    bare = re.sub(r"\d+$", "", codes[0])
    if (len(codes) >= 2 and _ascii_upper(codes[0]) not in types and _ascii_upper(bare) in types
            and not re.fullmatch(r"(?:UBTV)?QH", bare.upper())):
        codes[0] = bare
    first = codes[0]
    year = int(m["year"]) if m["year"] else None
    coded = _ascii_upper(first) in types and len(codes) >= 2
    if year is not None and not m["ysep"].strip() and not coded:
        return None  # "05/2024 UBND ...": a space for the year's slash only before a type code
    typed = _type_before(view, m.start())
    doc_type: str | None = None
    if coded:
        doc_type, canonical = types[_ascii_upper(first)]
        issuer = codes[1]
        parts = [canonical, *(_canonical_code(c) for c in codes[1:])]
    elif re.fullmatch(r"QH\d+|UBTVQH\d+", first.upper()):
        issuer = first.upper()
        parts = [issuer, *codes[1:]]
        # The National Assembly's bare notation with a year is a law's; its Standing Committee's an ordinance's.
        doc_type = typed or (("Ordinance" if first.upper().startswith("UBTV") else "Law") if year else "Resolution")
    else:
        issuer = first
        parts = [_canonical_code(c) for c in codes]
    scope = issuer_scope(issuer)
    if scope is None:
        # Not a known issuer: a document where its type code or a type word says so
        # ("Tờ trình số 97/TTr-KHCN", "Kế hoạch số 12/XYZ").
        if not (coded or typed):
            return None
        scope = "local"
    if doc_type is None:
        doc_type = typed or "OfficialLetter"
    num = m["num"].replace(".", "")
    party = _party_issuer(issuer) if coded and year is None and len(codes) == 2 else None
    if party:
        number = f"{num}-{parts[0]}/{party}"  # a Party document written the state's way: "05/NQ-TU"
    else:
        number = num + "/" + (f"{year}/" if year else "") + "-".join(parts)
    date, date_year = _date_after(view, end)
    if year is None and date_year is not None:
        year = date_year
    return Citation(
        span=Span.of(report.text, m.start(), end), number=number, doc_type=doc_type,
        issuer_code=party or _canonical_code(issuer), scope=scope, year=year, date=date,
        issuer_province=_issuer_province(view, end) if scope == "local" else None,
    )


def _party(report: Report, m: re.Match[str]) -> Citation | None:
    types = _type_table()
    t = _ascii_upper(m["type"])
    if t not in types or _form_before(report.view, m.start()):
        return None
    code = _code_at(m["issuer"])
    if code is None or not re.fullmatch(r"[A-ZĐƯ]{1,8}\d*", code):
        return None
    end = m.start("issuer") + len(code)
    issuer = code.upper().replace("TƯ", "TW")
    # A Party body's type code makes it a document, known issuer or not ("12-KH/ĐUK").
    scope = issuer_scope(issuer) or "local"
    number = f"{m['num']}-{types[t][1]}/{issuer}"
    date, year = _date_after(report.view, end)
    return Citation(
        span=Span.of(report.text, m.start(), end), number=number, doc_type=types[t][0],
        issuer_code=issuer, scope=scope, year=year, date=date,
        issuer_province=_issuer_province(report.view, end) if scope == "local" else None,
    )


def _standard(report: Report, m: re.Match[str]) -> Citation | None:
    family = m["family"]
    iso = m["iso"] or m["intl"]
    if iso and iso.startswith("SO") and not family:
        return None
    year = m["year"] or m["dyear"]
    code = m["code"]
    if year is None and not (len(code.split("-")[0]) >= 3 or "-" in code):
        return None  # "TCVN 5 bộ": a series needs its code
    if family:
        family = "ĐLVN" if family.upper() == "DLVN" else family
    if iso:
        iso = "I" + iso if iso.startswith("SO") else iso
    head = " ".join(p for p in (family, iso) if p)
    number = f"{head} {code}" + (f":{year}" if year else "") + (m["issuer"] or "")
    return Citation(
        span=Span.of(report.text, m.start(), m.end()), number=number, doc_type="Standard",
        issuer_code=family if family else iso, scope="national", year=int(year) if year else None,
    )


def _standard_series(number: str) -> str:
    """A standard's number without its year: "TCVN ISO 9001:2015" -> "TCVN ISO 9001"."""
    return re.sub(r":(?:19|20)\d{2}", "", number)


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


# ---------------------------------------------------------------- one report's citations together

_YEARLESS = re.compile(r"^(?P<num>\d+[a-z]?)/(?P<rest>[^/\d].*)$")
_YEARED = re.compile(r"^(?P<num>\d+[a-z]?)/(?P<year>(?:19|20)\d{2})/(?P<rest>.+)$")


def _same_document(found: list[Citation]) -> list[Citation]:
    """Citations of one document in one report read as one.

    * A short form without the year ("Nghị quyết 20/NQ-HĐND") where the report also
      cites "20/2023/NQ-HĐND" is that document (only where one full number fits).
    * A standard without its year ("TCVN ISO 9001") where the report cites an edition of
      it ("TCVN ISO 9001:2015") is that edition (the nearest, where it cites several).
    * A number without a year ("712/QĐ-TTg") cited once with its date and once without
      takes the year of the dated one (where the dated ones agree)."""
    full: dict[tuple[str, str], set[str]] = {}
    editions: dict[str, list[Citation]] = {}
    years: dict[str, set[tuple[int, str | None]]] = {}
    for c in found:
        m = _YEARED.match(c.number)
        if m:
            full.setdefault((m["num"], m["rest"]), set()).add(c.number)
        if c.doc_type == "Standard" and c.year is not None:
            editions.setdefault(_standard_series(c.number), []).append(c)
        if c.year is not None and not m and c.doc_type != "Standard":
            years.setdefault(c.number, set()).add((c.year, c.date))
    out = []
    for c in found:
        m = _YEARLESS.match(c.number)
        if m and len(full.get((m["num"], m["rest"]), ())) == 1:
            (number,) = full[(m["num"], m["rest"])]
            c = dataclasses.replace(c, number=number, year=int(_YEARED.match(number)["year"]))  # type: ignore[index]
        elif c.doc_type == "Standard" and c.year is None and c.number in editions:
            ed = min(editions[c.number], key=lambda e: abs(e.span.start - c.span.start))
            c = dataclasses.replace(c, number=ed.number, year=ed.year)
        elif c.year is None and len({y for y, _ in years.get(c.number, ())}) == 1:
            ((year, date), *more) = sorted(years[c.number], key=lambda yd: yd[1] or "")
            c = dataclasses.replace(c, year=year, date=date if not more else None)
        out.append(c)
    return out


# The heading of a legal text: the national motto in capitals (a body's text may name the
# republic in small letters), its second line, or the Party's name above a Party document.
_MOTTO = re.compile(r"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập\s*[-–]\s*Tự do\s*[-–]\s*Hạnh phúc"
                    r"|ĐẢNG CỘNG SẢN VIỆT NAM")
# Just before the own number: "Số:" (anywhere in the heading, a flattened one too); "Số"
# or a type word and "số:" making up the start of a line ("Số 12-NQ/TU", "Luật số:
# 45/2019/QH14"); "SỐ" in a title all in capitals ("NGHỊ ĐỊNH CỦA CHÍNH PHỦ SỐ 99/2014/NĐ-CP").
_OWN_COLON = re.compile(r"\b(?:Số|SỐ)(?:,? ký hiệu| hiệu)?\s*:\s*$")
_TOP = 400  # where a heading without the motto may put its "Số:"
_OWN_REST = re.compile(r"\s*(?:[^\W\d_][^,\n]{0,40},\s*ngày\b.*)?")
_OWN_LINE = re.compile(r"\s*(?:(?P<type>[^\W\d_]+(?: [^\W\d_]+)?)\s+(?:Số|SỐ|số)|Số|SỐ)(?:,? ký hiệu| hiệu)?\s*:?\s*")
_OWN_TITLE = re.compile(r"\bSỐ\s*$")


def _own_number(view: str, found: list[Citation]) -> str | None:
    """The number of the text itself, in its heading ("Số: 21/2016/QĐ-UBND"), if the text is a legal document.

    The heading is around the national motto (or the Party's name); a text copied without
    the motto has its own number only as "Số: ..." on one of its first lines."""
    motto = _MOTTO.search(view, 0, 3000)
    lo, hi = (motto.start() - 800, motto.end() + 1500) if motto else (0, _TOP)
    for c in found:
        if c.span.start > hi:
            break
        if c.span.start < lo or c.doc_type == "Standard":
            continue
        line = view[view.rfind("\n", 0, c.span.start) + 1:c.span.start]
        if not motto:
            # Without the motto, the number's line holds the number alone, or the place and date.
            eol = view.find("\n", c.span.end)
            rest = view[c.span.end:eol if eol >= 0 else len(view)]
            if _OWN_LINE.fullmatch(line) and _OWN_REST.fullmatch(rest):
                return c.number
            continue
        if _OWN_COLON.search(line[-80:]):
            return c.number
        cue = _OWN_LINE.fullmatch(line)
        if cue and cue["type"] is None:
            return c.number
        if cue and cue["type"].lower() in {w.lower() for w, _ in _type_words()}:
            return c.number
        if _OWN_TITLE.search(line[-80:]) and not re.search(rf"[{_SMALL}]", line):
            return c.number
    return None


def extract_citations(report: Report) -> list[Citation]:
    """Every document cited in the report, in text order (one per occurrence); the text's
    own number, where it is a legal document itself, marked ``own``."""
    view = report.view
    found: list[Citation] = []
    taken: list[tuple[int, int]] = []
    for pattern, parse in ((_standard_re(), _standard), (_PARTY, _party), (_SLASHED, _slashed)):
        for m in pattern.finditer(view):
            if any(s <= m.start() < e or m.start() <= s < m.end() for s, e in taken):
                continue
            c = parse(report, m)
            if c is not None:
                taken.append((c.span.start, c.span.end))
                found.append(c)
    found.extend(_short_forms(report, taken))
    found.sort(key=lambda c: c.span.start)
    found = _same_document(found)
    own = _own_number(view, found)
    if own is not None:
        found = [dataclasses.replace(c, own=True) if c.number == own else c for c in found]
    return found
