"""Text normalisation that never moves an offset.

The report's text is normalised to NFC once, when it is read (:func:`nfc`); every
offset is taken into that text.  Matching then works on a *folded view* of the same
length (:func:`fold`), in which the old and new placements of the tone mark agree
(``hoá``/``hóa``, ``uỷ``/``ủy``, ``thuý``/``thúy``), so that ``view[i]`` and
``text[i]`` are always the same character position.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

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

