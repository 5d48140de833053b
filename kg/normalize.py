"""Text normalisation that never moves an offset.

The report's text is normalised once, when it is read (:func:`report_text`): NFC
(:func:`nfc`), and its broken form mended as a human reads it (:func:`tidy`: runs of
spaces, invisible characters, line breaks that wrap a sentence); every offset is taken
into that text.  Matching then works on a *folded view* of the same length
(:func:`fold`), in which the old and new placements of the tone mark agree
(``hoá``/``hóa``, ``uỷ``/``ủy``, ``thuý``/``thúy``), so that ``view[i]`` and
``text[i]`` are always the same character position.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import pairwise

_TONES = "\u0301\u0300\u0309\u0303\u0323"  # sắc, huyền, hỏi, ngã, nặng

# Old-style placement puts the mark on the second vowel of an open "oa/oe/uy"
# syllable ("hoá", "uỷ", "khoẻ"); the style used by government documents today puts
# it on the first ("hóa", "ủy", "khỏe").  Example: "Tỉnh uỷ Thanh Hoá" -> "Tỉnh ủy Thanh Hóa".
_OLD_STYLE = re.compile(r"(?i)^(.*?)([ou])([aey])([\u0301\u0300\u0309\u0303\u0323])$")


def nfc(text: str) -> str:
    """NFC-normalise, drop a byte-order mark, and turn CRLF/CR into LF."""
    text = text.lstrip("\ufeff")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def _move_tone(match: re.Match[str]) -> str:
    head, first, second, tone = match.groups()
    if head[-1:].lower() == "q" or any(c in _TONES for c in head):
        return match.group(0)  # "quý", "quả": the u of qu is a glide and takes no mark
    return head + first + tone + second


@lru_cache(maxsize=4096)
def fold_word(word: str) -> str:
    """One word with its tone mark in the modern place; length is preserved (in NFC)."""
    nfd = unicodedata.normalize("NFD", word)
    moved = _OLD_STYLE.sub(_move_tone, nfd)
    out = unicodedata.normalize("NFC", moved)
    return out if len(out) == len(word) else word


# Only words ending in an open "oa/oe/uy" syllable with a tone mark can be old-style: the
# search finds that ending, and the word is taken from its start (a pattern that begins
# with the word's letters would be tried at every letter of the text).
_CANDIDATE_END = re.compile(r"[oOuU][áàảãạÁÀẢÃẠéèẻẽẹÉÈẺẼẸýỳỷỹỵÝỲỶỸỴ](?![^\W\d_])")


def fold(text: str) -> str:
    """The folded view of an NFC text: same length, tone marks placed the modern way,
    non-breaking and other exotic spaces turned into plain spaces."""
    parts = []
    done = 0
    for m in _CANDIDATE_END.finditer(text):
        start = m.start()
        while start > done and _is_letter(text[start - 1]):
            start -= 1
        if start < done:
            continue
        parts.append(text[done:start])
        parts.append(fold_word(text[start:m.end()]))
        done = m.end()
    parts.append(text[done:])
    out = "".join(parts)
    if _EXOTIC_SPACE.search(out):
        out = out.translate(_SPACES)
    out = unmix(out)
    assert len(out) == len(text)
    return out


def _is_letter(c: str) -> bool:
    """A character of a word as the pattern ``[^\\W\\d_]`` has it: alphanumeric, not a digit."""
    return c != "_" and c.isalnum() and not c.isdecimal()


# The Icelandic eth (Ð U+00D0, ð U+00F0) looks like the Vietnamese Đ (U+0110) and stands
# for it in text converted from old encodings (TCVN3, VNI): "Quyết định số 12/QÐ-UBND",
# "ông Ðặng Văn Minh".
_ETH = {ord("Ð"): "Đ", ord("ð"): "đ"}
_SPACES = {ord(c): " " for c in "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u3000\t"}
_EXOTIC_SPACE = re.compile("[" + "".join(chr(c) for c in _SPACES) + "]")  # translate() is slow; most texts have none


def squash(text: str) -> str:
    """Single spaces, trimmed: how names and titles are written into the graph."""
    return " ".join(text.split())


def unmix(text: str) -> str:
    """``text`` with the letters of old encodings that stand for Vietnamese ones put right
    (the eth Ð for Đ), nothing else changed: a name is kept as written otherwise."""
    return text.translate(_ETH) if "Ð" in text or "ð" in text else text


def strip_tones(text: str) -> str:
    """Lower-case ASCII-ish slug material: no tone or vowel marks, đ -> d."""
    nfd = unicodedata.normalize("NFD", unmix(text).replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in nfd if not unicodedata.combining(c))


def slug(text: str) -> str:
    """Deterministic IRI segment: 'Trà Vinh' -> 'tra-vinh', '19/2014/QĐ-TTg' -> '19-2014-qd-ttg'."""
    s = strip_tones(text).lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s or "x"




# ------------------------------------------------------------------ the form of the text
#
# Reports come as they were copied: from PDFs and old sites wrapped at a fixed width,
# with runs of spaces and invisible characters.  :func:`tidy` reads them as a human
# would, once, before any offset is taken; a well-formed text comes out unchanged.

# Invisible characters of format (soft hyphen, zero-width space and joiners, marks of
# direction, word joiner, byte-order mark): "Lò\u200b Văn Thạch", "Phó Giám\u00ad đốc".
# A soft hyphen between a letter at a line's end and one starting the next is kept for
# unwrap(): the word broken there is one word.
_FORMAT = "\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff"
# Characters that break a line as \n does: line and paragraph separators, vertical tab,
# form feed (a PDF's page break), next line.
_LINE_BREAKS = {ord(c): "\n" for c in "\u2028\u000b\u000c\u0085"} | {0x2029: "\n\n"}
# Spaces other than the plain one, within a line: tab, no-break space, the typographic
# spaces of U+2000-U+200A, the narrow and the ideographic space.
_ODD_CHARS = "\t\r\u00a0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000"
_ODD = "".join(re.escape(c) for c in _ODD_CHARS)
_ODD_SPACE = re.compile(f"[{_ODD}]")
_FORMAT_CHAR = re.compile(f"[{_FORMAT}]")
_INVISIBLE = re.compile(f"(?<![^\\W\\d_])\u00ad|\u00ad(?![ {_ODD}{_FORMAT}]*\n[ {_ODD}{_FORMAT}]*[^\\W\\d_])"
                        f"|[{_FORMAT[1:]}]")
_RUN = re.compile(f"[ {_ODD}]{{2,}}|[{_ODD}]")  # "Lò  Văn\u00a0Thạch": one space; a line's indent kept
# A space before the punctuation that closes what it follows: "Lò Văn Thạch , Giám đốc Sở".
_CLOSING = ",;:.!?…)]"
_BEFORE_PUNCT = re.compile(r" (?=[,;:.!?…)\]]+(?:\s|\Z))")
_SPACE_PUNCT = re.compile(r" [,;:.!?…)\]]")


def _one_space(m: re.Match[str]) -> str:
    at = m.start()
    return m.group() if at == 0 or m.string[at - 1] == "\n" else " "


def _no_space(m: re.Match[str]) -> str:
    at = m.start()
    return m.group() if at == 0 or m.string[at - 1] in " \n" else ""


# A line ends a sentence with . ! ? … and the closing quotes or brackets after them
# ("... phát triển.”"); before a capital, a closing quote or bracket alone ends it too
# ("(Ảnh: Hà Mơ)").  A colon or a semicolon goes on: "có các đồng chí:\nông Lò Văn Thạch".
_STOPS = ".!?…"
_CLOSERS = "\"'”’»)]"
# A line that starts a list item, a table row or a heading mark: "- Ông Lò Văn Thạch",
# "+ Bà Hà Thị Mơ", "• ...", "1. Mục tiêu", "2) ...", "a) ...", "II. NHIỆM VỤ", "| STT |"; or
# a link ("http://laocai.example.vn/...", "www.example.vn").
_ITEM = re.compile(r"[-+•*–—●○◦■□▪▫►▶✓✔·|#>=!~]|\d{1,3}[.)](?!\d)|[a-zđ][.)]\s|[IVXLC]{1,5}[.)]\s"
                   r"|(?:https?://|www\.)", re.IGNORECASE)
_LINK = re.compile(r"(?:https?://|www\.)\S+$", re.IGNORECASE)
# A stamp: a short line holding a date or a time ("cập nhật: 27/02/2023 08:57", "12/3/2024"),
# which no wrap makes of a headline.
_STAMP = re.compile(r"(?<![\d/.-])(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}[.-]\d{1,2}[.-]\d{2,4}"
                    r"|\d{1,2}[:h]\d{2})(?![\d/])")


def _ends(line: str, strict: bool) -> bool:
    """``line`` ends a sentence; ``strict``: a closing quote or bracket ends it alone."""
    c = line[-1]
    if c in _STOPS:
        return True
    if c in _CLOSERS:
        return strict or line.rstrip(_CLOSERS)[-1:] in _STOPS
    return c == "|"  # a table's row


def _stamp(line: str) -> bool:
    return len(line) <= 48 and line[-1] not in _STOPS and _STAMP.search(line) is not None


def _own_line(line: str) -> bool:
    """A list item, a table's row, a heading mark or a stamp: a line no wrap goes on with."""
    return _ITEM.match(line) is not None or _stamp(line)


def _slack(width: int) -> int:
    """How much shorter than the width a wrapped line may be: the word that did not fit."""
    return max(10, width // 5)


def _lower(line: str) -> bool:
    return line[0].isalpha() and line[0].islower()


def _overflows(prev: str, nxt: str, width: int) -> bool:
    """The first word of ``nxt`` would not have fitted at the end of ``prev``: why a wrap
    broke the line there (a headline or a caption over a paragraph is shorter)."""
    return len(prev) + 1 + len(nxt.split(" ", 1)[0]) > width


def _wrap_width(rows: list[str]) -> int:
    """The width a text is hard-wrapped at, or 0 where it is not.  Wrapped throughout:
    most of its lines end within a word of one width and few are longer, most of those
    end no sentence, and the first word of the line after them would not have fitted
    within the width (as a wrap breaks a line).  A text of one paragraph a line has lines
    of every length, one with a wrapped paragraph in it has longer lines too; a list of
    names and titles, one a line, has short items whose successor's first word fits."""
    lengths = sorted((len(s) for s in rows if len(s) >= 24), reverse=True)
    if len(lengths) < 4:
        return 0
    best, width, j = 0, 0, 0
    for i, w in enumerate(lengths):  # the window [w - slack, w] holding the most lines
        j = max(j, i)
        while j < len(lengths) and lengths[j] >= w - _slack(w):
            j += 1
        if j - i > best:
            best, width = j - i, w
    longer = sum(1 for n in lengths if n > width + 2)
    if best < 3 or best < 0.5 * len(lengths) or longer > max(1, len(lengths) // 10):
        return 0
    near = opened = overflowing = 0
    for prev, nxt in pairwise(rows):
        if width - _slack(width) <= len(prev) <= width and nxt and not _own_line(nxt):
            near += 1
            if not _ends(prev, False):
                opened += 1
                overflowing += _overflows(prev, nxt, width)
    return width if opened >= 3 and opened >= 0.6 * near and overflowing >= 0.7 * opened else 0


def _wraps(prev: str, nxt: str, width: int) -> bool:
    """The break between two lines of text wraps a sentence: the first does not end one
    and the second goes on with a lower-case letter ("Đến dự và\nchỉ đạo có các đồng
    chí"), or the first ends with a comma ("Phó Bí thư Tỉnh ủy,\nChủ tịch UBND tỉnh"), or
    the text is hard-wrapped and the first ends so near its width that the next word did
    not fit ("Phó chủ tịch\nHội Nông dân tỉnh").  A list item, a table row, a link and a
    stamp keep their own line."""
    if _own_line(nxt) or _ITEM.fullmatch(prev) or prev[-1] == "|" or _LINK.match(prev):
        return False
    if _lower(nxt):
        return not _ends(prev, False)
    if prev[-1] == ",":
        return True
    if width and len(prev) >= width - _slack(width) and not _ends(prev, True):
        return _overflows(prev, nxt, width) and (nxt[0].isalnum() or nxt[0] in "(“\"‘'")
    return False


def unwrap(text: str) -> str:
    """``text`` with each line break that wraps a sentence made a space (see :func:`_wraps`);
    paragraph breaks, blank lines and lines of their own kept.  A word broken at a soft
    hyphen at a line's end is joined again."""
    if "\n" not in text:
        return text
    rows = text.split("\n")
    stripped = [r.strip() for r in rows]
    width = _wrap_width(stripped)
    out = [rows[0]]
    for last, row, s in zip(stripped, rows[1:], stripped[1:]):  # noqa: B905 (one shorter)
        if s and last.endswith("\u00ad"):  # a word broken at a soft hyphen: "nghi\u00ad\nệp"
            base = out[-1].rstrip()[:-1]
            glue = " " if base[-1:].isspace() and s[0] not in _CLOSING else ""
            out[-1] = base.rstrip() + glue + s
        elif s and last and _wraps(last, s, width):  # the line as it was broken, not as joined
            prev = out[-1].rstrip()
            out[-1] = prev + ("" if s[0] in _CLOSING else " ") + s  # "Thạch,\n, Giám đốc": no space
        else:
            out.append(row)
    return "\n".join(out)


def _tidy_lines(text: str) -> str:
    """``text`` with no invisible characters (but a soft hyphen at a line's end), one space
    between words, none at a line's end nor before a closing comma or bracket."""
    odd = _ODD_SPACE.search(text) is not None
    if _FORMAT_CHAR.search(text):
        text = _INVISIBLE.sub("", text)
    if odd or " \n" in text or text.endswith(" "):
        text = "\n".join(row.rstrip(" " + _ODD_CHARS) for row in text.split("\n"))
    if odd or "  " in text:
        text = _RUN.sub(_one_space, text)
    if _SPACE_PUNCT.search(text):
        text = _BEFORE_PUNCT.sub(_no_space, text)
    return text


def tidy(text: str) -> str:
    """An NFC text as a human reads it: runs of spaces, tabs and odd spaces between words
    one space, no space at a line's end nor before a closing comma, period, colon or
    bracket, no invisible characters, and each line break that wraps a sentence a space
    (:func:`unwrap`).  A well-formed text is returned as it is."""
    if any(c in text for c in "\u2028\u2029\u000b\u000c\u0085"):
        text = text.translate(_LINE_BREAKS)
    text = unwrap(_tidy_lines(text))
    if "\u00ad" in text:  # soft hyphens at lines' ends that joined no word
        text = _tidy_lines(text.replace("\u00ad", ""))
    return text


def report_text(raw: str) -> str:
    """A report's text as it is stored and every offset is taken into: NFC, tidy."""
    return tidy(nfc(raw))
