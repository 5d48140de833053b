"""The one adapter to underthesea.

underthesea is imported lazily, the first time a tagger is needed, and loaded once per
process.  Its tokens are lined back up with offsets into the caller's text, so that
nothing downstream ever sees a token without its ``start, end``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str
    pos: str  # underthesea's part-of-speech tag: "Np" proper noun, "N", "V", "CH" punctuation, ...


@cache
def _underthesea() -> Any:
    import underthesea  # heavy: loaded once, and only when a rule needs it

    return underthesea


def align(text: str, pieces: list[str], offset: int = 0) -> list[tuple[int, int]]:
    """Offsets of ``pieces`` in ``text``, in order.  underthesea may change the spacing
    inside a token ("Nguyễn  Văn" -> "Nguyễn Văn"), so each piece is matched with any
    run of white space where it has a space."""
    out = []
    pos = 0
    for piece in pieces:
        parts = piece.split()
        if not parts:
            out.append((offset + pos, offset + pos))
            continue
        i = text.find(parts[0], pos)
        if i < 0:
            raise ValueError(f"token {piece!r} not found in text after offset {pos}")
        j = i + len(parts[0])
        for part in parts[1:]:
            k = text.find(part, j)
            if k < 0 or text[j:k].strip():
                raise ValueError(f"token {piece!r} is not contiguous in text at offset {i}")
            j = k + len(part)
        out.append((offset + i, offset + j))
        pos = j
    return out


def pos_tag(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """underthesea's word segmentation and POS tags of ``text[start:end]``, with offsets into ``text``."""
    end = len(text) if end is None else end
    chunk = text[start:end]
    if not chunk.strip():
        return []
    tagged = _underthesea().pos_tag(chunk)
    spans = align(chunk, [w for w, _ in tagged], start)
    return [Token(s, e, text[s:e], tag) for (s, e), (_, tag) in zip(spans, tagged, strict=True)]


def word_tokenize(text: str) -> list[str]:
    """underthesea's word segmentation alone (used by the benchmark as a yardstick)."""
    return list(_underthesea().word_tokenize(text))
