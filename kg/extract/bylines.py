"""Bylines: who wrote the report (schema:author), as opposed to who took part.

A page reads: the headline, perhaps a byline and a dateline, the body, then the byline,
then the furniture (tags, share buttons, related articles, the footer).  A byline is a
short line of names standing alone there: a writer's name, a pen name, in capitals or
with an initial ("Trúc Ly", "MAI LOAN", "T.KHẢI"), after a label ("Tin, ảnh: Nông Thị
Ngát", "Thực hiện: A - B - C"), several joined ("Minh Anh, Thu Hiền", "A và B"), with
the writer's unit after a dash, a slash or in brackets ("Hà Nhật Lam - Chi cục TCĐLC",
"Thu Hằng/BQN", "Minh Anh - TTTT"), with a degree ("ThS. Hà Thị Mơ").  At the end it may
be glued to the last sentence ("... theo quy định./. Thu Hằng") or to the tags ("Thu
Hằng TAG: ..."); a source with its link may follow it ("THU HƯƠNG\nNguồn ...: https://...",
the link's slug no words of a paragraph).  At the top it stands under the headline, alone
or with a time, a date or a bar ("Thu Hiền 09:41, 23/08/2023", "TÂM ĐOAN |").  Some sites
print it high, inside the body: a line of a person's name alone between two paragraphs
("... năm 2023.\nHà Thị Mơ\nTheo báo cáo, ..."), read only where no byline stands at the
end or the top.  Who compiled the report is its byline too: "T/h: Lò Văn Thạch" (tổng
hợp), "Hà Thị Mơ - T/h", "BTV: ...", "PV Quỳnh Anh".

No author: a name only after "Ảnh:" (a photo credit), a poster's login ("vtkhanh",
"Đăng bài quantri"), initials alone ("H.Y"), a weekday ("THỨ SÁU"), a site's words
("POWERED BY ..."), a person of the story ("Ông Lò Văn Thạch, Phó Giám đốc"), a paper or
a place after "Theo"/"Nguồn:" ("Theo Báo Lào Cai").  Pen names need not start with a
family name, so a byline is found by where it stands and how it is shaped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .. import lexicon, nlp
from ..lexicon import words
from ..models import Byline, Report, Span
from ..normalize import fold
from .names import is_family_name, vietnamese_syllable
from .text import (
    ANY_DATE,
    CLOCK,
    LOWER,
    UPPER,
    URL_RE,
    WORD_RE,
    Line,
    alternation,
    count_words,
    is_clutter,
    is_dateline,
    is_running,
    layout,
    lines,
    phrase_re,
)

_CAP = rf"[{UPPER}](?:['’][{UPPER}])?[{LOWER}]*"  # "Minh", "H'Hen"
_UPW = rf"[{UPPER}]{{2,}}"
_INITIALS = rf"(?:[{UPPER}]\.[ \t]?){{1,3}}"
# A name: two to five capitalised words, or in capitals, or initials before one to three
# words ("T.KHẢI", "T.T.Hằng"); nothing of a word may follow ("Anh." ends it, "Anhxyz" not).
_NAME = (rf"(?:{_CAP}(?:[ \t]+{_CAP}){{1,4}}|{_UPW}(?:[ \t]+{_UPW}){{1,4}}"
         rf"|{_INITIALS}(?:[{UPPER}][{LOWER}]+|{_UPW})(?:[ \t]+(?:{_CAP}|{_UPW})){{0,2}})(?![\w'’])")
# What joins the names of one byline: "A, B", "A - B", "A và B", "A; B", "A & B".
_JOIN = re.compile(r"[ \t]*(?:[,;&\-–—]|(?<=\s)và(?=\s))[ \t]*")
# The tags glued after a byline: "Thu Hằng TAG: khoa học", "Thu HằngTags: ...".
_TAGS = re.compile(r"[ \t]*(?:TAGS?|Tags?|Từ khóa|Từ khoá)[ \t]*:.*$")
# An abbreviation of the writer's unit: "BQN", "VPUB", "TTTT", "KH&CN", "T.P TN".
_ABBREV = rf"[{UPPER}][{UPPER}&.]+"


@cache
def _lex() -> dict[str, tuple[str, ...]]:
    return {k: words("bylines", "byline", k)
            for k in ("labels", "source_labels", "spaced_labels", "photo_labels", "bodies", "not_author_starts",
                      "press", "signature_heads", "compiled")}


@cache
def _label_re() -> re.Pattern[str]:
    """A label and what follows it: a colon or a dash; some labels ("Theo", "PV") may stand
    with a space alone before a capital."""
    lex = _lex()
    return re.compile(rf"(?:(?P<label>{alternation(lex['labels'])})[ \t]*[:\-–][ \t]*"
                      rf"|(?P<spaced>{alternation(lex['spaced_labels'])})[ \t]+(?=(?-i:[{UPPER}])))", re.IGNORECASE)


@cache
def _compiled_re() -> re.Pattern[str]:
    """A mark of compiling after the names, in place of the writer's unit: "T/h", "tổng hợp"."""
    return re.compile(rf"(?:{alternation(_lex()['compiled'])})", re.IGNORECASE)


@cache
def _photo_re() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(_lex()['photo_labels'])})[ \t]*:", re.IGNORECASE)


@cache
def _body_re() -> re.Pattern[str]:
    """The first words of a body: the writer's unit ("Chi cục TCĐLC"), never the writer."""
    return re.compile(rf"(?:{alternation(_lex()['bodies'])})(?![\w])", re.IGNORECASE)


@cache
def _not_author_re() -> re.Pattern[str]:
    # Bodies, headings, days, forms of address and titles are never a writer's name:
    # "Sở Khoa học và Công nghệ", "Phòng Quản lý", "THỨ SÁU", "Ông Lò Văn Thạch", "Phó Chủ".
    lex = _lex()
    return re.compile(rf"(?:{alternation([*lex['bodies'], *lex['not_author_starts']])})(?![\w])", re.IGNORECASE)


@cache
def _degree_re() -> re.Pattern[str]:
    """A degree before a writer's name: "ThS. Hà Thị Mơ", "TS Lò Văn Thạch" (kg/lexicon/people.toml)."""
    ds = words("people", "degrees")
    return re.compile(rf"(?:{alternation(ds)})(?:\.[ \t]*|[ \t]+)(?=[{UPPER}])")


@cache
def _verbs() -> re.Pattern[str]:
    """What the people of a caption do (kg/lexicon/cues.toml): "phát biểu", "trao", "dự"."""
    return phrase_re([w for kind in ("attend", "chair", "speak") for w in words("cues", kind, "phrases")])


@cache
def _places() -> frozenset[str]:
    """Province names: after "Theo"/"Nguồn:" or unlabelled at the top they are a source or a
    place, not a writer ("Theo Lào Cai", "Hà Giang, 05/09/2022").  (Districts are left out:
    many pen names are also a district's, "Thanh Sơn", "Hải Hà".)"""
    return frozenset(_key(n) for p in lexicon.provinces().values() for n in (p.name, *p.aliases))


def _key(s: str) -> str:
    return " ".join(WORD_RE.findall(fold(s).lower()))


_NAME_RE = re.compile(_NAME)


def _is_writer(name: str) -> bool:
    """A name-shaped phrase that can be a writer's: no body, heading, day or form of address
    ("Sở ...", "BẠN ĐỌC ...", "Thứ Năm", "Ông ..."), and Vietnamese ("POWERED BY X" is not)."""
    if _not_author_re().match(name):
        return False
    ws = [w for w in re.findall(r"[^\W\d_]+", name) if len(w) > 1]
    vi = [vietnamese_syllable(w) for w in ws]
    if name.isascii() and (not any(vi) or (name.isupper() and not all(vi))):
        return False  # "POWERED BY SOMECMS", "Test Test": a site's words, no person
    return True


def _is_person(name: str) -> bool:
    """A writer's name rather than a paper's or a place's (after "Theo", "Nguồn:")."""
    k = _key(name)
    press = {_key(p) for p in _lex()["press"]}
    return k not in _places() and not any(k == p or k.startswith(p + " ") for p in press)


@dataclass(frozen=True)
class _Parsed:
    names: tuple[tuple[int, int], ...]  # offsets into the line
    labelled: bool  # after a writer's label ("Tin, ảnh:", "Thực hiện:")
    stamped: bool  # followed by a time, a date or a bar ("Thu Hiền 09:41, 23/08/2023", "TÂM ĐOAN |")


def _unit_ok(unit: str) -> bool:
    """The writer's unit after a dash, a slash or a comma: an abbreviation ("BQN",
    "VPUB - Sở Nội vụ") or a body ("Chi cục TCĐLC", "Văn phòng"), not a caption ("Sở
    KH&CN phát biểu tại hội nghị") nor a title ("Phó Giám đốc Sở")."""
    unit = unit.strip()
    if not unit or count_words(unit) > 14 or unit.endswith((".", ":", ";", "!", "?")):
        return False
    if _verbs().search(unit):
        return False
    if _compiled_re().fullmatch(unit):
        return True  # "Hà Thị Mơ - T/h": compiled by the writer
    return bool(re.match(rf"{_ABBREV}(?![\w])", unit)) or _body_re().match(unit) is not None


@cache
def _source_label_re() -> re.Pattern[str]:
    labels = alternation(_lex()["source_labels"])
    return re.compile(rf"(?:{labels})(?:[ \t]*:|[ \t]+(?=(?-i:[{UPPER}])))", re.IGNORECASE)


def _source_after(rest: str) -> bool:
    """A source named after the writer, a link perhaps with it: "Nguồn: Báo Lào Cai",
    "Nguồn Tỉnh ủy Lào Cai: https://...", "Theo TTXVN"; no caption ("Nguồn: ... phát biểu")."""
    if _source_label_re().match(rest) is None:
        return False
    rest = URL_RE.sub(" ", rest)
    return count_words(rest) <= 14 and _verbs().search(rest) is None


def _tail_ok(tail: str) -> tuple[bool, bool]:
    """Whether what follows the names can end a byline, and whether it is a stamp (a time,
    a date, a bar)."""
    t = tail.strip()
    if not t or t in (".", "./."):
        return True, False
    if t.startswith("|") or re.match(rf"(?:{CLOCK}|{ANY_DATE})", t, re.IGNORECASE):
        return True, True
    if t[0] in "-–—/,;." and _source_after(t[1:].strip()):
        return True, False  # "THU HƯƠNG - Nguồn: Báo Lào Cai": the writer, then the source
    if t[0] in "-–—/,;":
        rest = t[1:].strip()
        if is_dateline(rest):
            return True, True  # "Minh Anh - 05/09/2022 08:30"
        if _photo_re().match(rest) and count_words(rest) <= 10:
            return True, False  # "Bài: Minh Anh - Ảnh: Thu Hiền": the photographer credited apart
    if t.startswith(("(", "[")):
        close = t.find(")" if t[0] == "(" else "]")
        inside, rest = (t[1:close], t[close + 1:].strip()) if close > 0 else (t[1:], "")
        inside = URL_RE.sub(" ", inside)  # "(Nguồn: Báo Sơn La: https://...)": a link is no caption's words
        return (count_words(inside) <= 14 and _verbs().search(inside) is None
                and (not rest or _tail_ok(rest)[0])), False
    if t[0] in "-–—/,":
        return _unit_ok(t[1:]), False
    return False, False


def parse_byline(line: str) -> _Parsed | None:
    """The writers' names in a byline-shaped line, or None: a label perhaps, names joined
    by commas, dashes or "và", each perhaps after a degree, then the writer's unit or a
    stamp, and nothing else."""
    s = _TAGS.sub("", line)
    inner = re.fullmatch(r"[(\[]\s*(.*?)\s*[)\]]\s*", s)
    if inner:  # "(Nguồn: Hà Thị Mơ)", "[Thu Hằng]"
        return _shifted(parse_byline(inner.group(1)), inner.start(1))
    for sep in list(re.finditer(r"\s*[|\-–]\s*", s))[:3]:
        if sep.start() > 0 and is_dateline(s[:sep.start()]):  # "05/09/2022 08:30 | Minh Anh"
            p = _shifted(parse_byline(s[sep.end():]), sep.end())
            if p:
                return _Parsed(p.names, p.labelled, True)
    if _photo_re().match(s):
        return None  # "Ảnh: X" is a photo credit
    pos, labelled, source = 0, False, False
    lab = _label_re().match(s)
    if lab:
        pos = lab.end()
        source = _key(lab["label"] or lab["spaced"]) in _source_keys()
        labelled = not source
    names: list[tuple[int, int]] = []
    while True:
        deg = _degree_re().match(s, pos)
        at = deg.end() if deg else pos
        m = _NAME_RE.match(s, at)
        if m is None or not _is_writer(m.group(0)) or (source and not _is_person(m.group(0))):
            if not names:
                return None
            break
        names.append((m.start(), m.end()))
        pos = m.end()
        j = _JOIN.match(s, pos)
        if j is None:
            break
        nxt = _degree_re().match(s, j.end())
        nm = _NAME_RE.match(s, nxt.end() if nxt else j.end())
        if nm is None or not _is_writer(nm.group(0)):
            break  # a unit after the dash or the comma, not another name
        pos = j.end()
    ok, stamped = _tail_ok(s[pos:])
    if not ok or len(names) > 5:
        return None  # more than five: a list of people in the story, not the writers
    return _Parsed(names=tuple(names), labelled=labelled, stamped=stamped)


@cache
def _signature_re() -> re.Pattern[str]:
    return re.compile(rf"^(?:{alternation(_lex()['signature_heads'])})(?![\w])")


def _signs(line: str) -> bool:
    """A line of a signature block over the signer's name: "KT. CHỦ TỊCH", "PHÓ GIÁM ĐỐC"."""
    return line.isupper() and _signature_re().match(line) is not None


def _shifted(p: _Parsed | None, shift: int) -> _Parsed | None:
    return _Parsed(tuple((a + shift, b + shift) for a, b in p.names), p.labelled, p.stamped) if p else None


def _label_alone(line: str) -> bool:
    """A writer's label on a line of its own, the names on the next: "Tác giả:\nMinh Anh"."""
    m = _label_re().match(line + " ")
    return (m is not None and m["label"] is not None and not line[m.end() - 1:].strip()
            and _key(m["label"]) not in _source_keys())


@cache
def _source_keys() -> frozenset[str]:
    return frozenset(_key(x) for x in _lex()["source_labels"])


_SENTENCE_END = re.compile(r"[.!?…][\"”’)]*(?:/\.)?[ \t]*")


def _glued(text: str) -> tuple[int, _Parsed] | None:
    """A byline glued to the last sentence of a line: "... theo quy định./. Thu Hằng",
    "... phát triển. T.KHẢI" (the period of an initial is no sentence's end)."""
    body = _TAGS.sub("", text)
    ends = [m.end() for m in _SENTENCE_END.finditer(body) if m.end() < len(body.rstrip())]
    for at in reversed(ends[-3:]):
        tail = body[at:]
        if count_words(tail) > 10:
            break
        p = parse_byline(tail)
        if p:
            return at, p
    return None


# A person's name as a line of its own shows it: two to four syllables written with a
# capital each, the first a family name ("Hà Thị Mơ", "Lò Văn Thạch"; not "Minh Anh", a
# pen name, nor "KẾT QUẢ NỔI BẬT", a heading in capitals).
_TITLE_CASE = re.compile(rf"{_CAP}")


def _person_shaped(view: str, start: int, end: int) -> bool:
    """A person's name by its shape, and by the tagger a proper noun from edge to edge
    ("Hồ Sơ Dự Thi", a heading in title case, is a noun first).  In capitals, three
    syllables or four of Vietnamese, read by the tagger as written with capitals first
    ("HÀ THỊ MƠ"; "HỒ SƠ DỰ THI", "KẾT QUẢ NỔI BẬT" are headings)."""
    written = view[start:end]
    ws = written.split()
    if not 2 <= len(ws) <= 4 or not is_family_name(ws[0].capitalize()):
        return False
    if written.isupper():
        if len(ws) < 3 or not all(vietnamese_syllable(w) for w in ws) or _key(written) in _places():
            return False
        written = " ".join(w.capitalize() for w in ws)
    elif not all(_TITLE_CASE.fullmatch(w) and not (len(w) > 1 and w.isupper()) for w in ws):
        return False
    try:
        toks = nlp.pos_tag(written)
    except ValueError:
        return False
    return bool(toks) and all(t.pos == "Np" for t in toks)


def _between_paragraphs(body: list[Line], view: str) -> tuple[int, _Parsed] | None:
    """A byline some sites print high, after the lead or between two paragraphs: a short
    line of names alone, running text before and after it ("... năm 2023.\nHà Thị Mơ\nTheo
    báo cáo, ...").  Unlabelled, each name has a person's shape (a pen name alone there
    could be a heading); a caption has a verb or a title, and fails the byline's grammar."""
    for i in range(1, len(body) - 1):
        ln = body[i]
        if ln.words > 12 or not (is_running(body[i - 1]) and is_running(body[i + 1])):
            continue
        p = parse_byline(ln.text)
        if p is None:
            continue
        if p.labelled or all(_person_shaped(view, ln.start + a, ln.start + b) for a, b in p.names):
            return ln.start, p
    return None


def extract_bylines(report: Report) -> list[Byline]:
    text, view = report.text, report.view
    ls = lines(view)
    lay = layout(report)
    found: list[tuple[int, int]] = []

    def add(start: int, parsed: _Parsed) -> None:
        found.extend((start + a, start + b) for a, b in parsed.names)

    # At the end: the first short lines after the last paragraph of the body, up to the furniture.
    after = [ln for ln in ls if ln.start > lay.body_end][:4]
    last = next((ln for ln in ls if ln.end == lay.body_end), None)
    # A name with a long unit counts as the body's last paragraph by its length; a byline
    # glued to the last sentence is on it.
    if last is not None:
        after.insert(0, last)
    for k, ln in enumerate(after):
        if _label_alone(ln.text) and k + 1 < len(after) and (p := parse_byline(after[k + 1].text)):
            add(after[k + 1].start, p)
            break
        if is_clutter(_TAGS.sub("", ln.text)):
            break
        if _signs(ln.text):
            break  # a document's signature block: the signer is no writer
        p = parse_byline(ln.text)
        if p and (ln is not last or len(p.names) <= 3):
            add(ln.start, p)
            break
        # ... or glued to the end of the last sentence.
        if (g := _glued(ln.text)) is not None:
            add(ln.start + g[0], g[1])
            break
    # At the top: a line of names under the headline or near it, before the body.
    top = [ln for ln in ls if ln.end <= lay.body_start][:14]
    for i, ln in enumerate(top):
        if lay.headline is not None and ln.start == lay.headline.start:
            continue
        p = parse_byline(ln.text)
        if p is None:
            continue
        if i > 0 and _label_alone(top[i - 1].text):
            p = _Parsed(p.names, True, p.stamped)
        under = lay.headline is not None and i > 0 and top[i - 1].start == lay.headline.start
        dated = i + 1 < len(top) and is_dateline(top[i + 1].text)
        if not p.labelled and not (p.stamped or under or dated):
            continue  # a line of names alone stands right under the headline or over a dateline
        if not p.labelled and not all(_is_person(view[ln.start + a:ln.start + b]) for a, b in p.names):
            continue  # "Hà Giang, 05/09/2022": a place's dateline
        add(ln.start, p)
        break
    if not found:
        # Placed high, inside the body: a line of names alone between two paragraphs.
        hit = _between_paragraphs([ln for ln in ls if lay.body_start <= ln.start and ln.end <= lay.body_end], view)
        if hit is not None:
            add(*hit)
    out: list[Byline] = []
    seen: set[str] = set()
    for s, e in found:
        name = " ".join(text[s:e].split())
        if name.lower() not in seen:
            seen.add(name.lower())
            out.append(Byline(name=name, span=Span.of(text, s, e)))
    return out
