from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.normalize import fold, nfc, slug, squash


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Tỉnh uỷ", "Tỉnh ủy"),
        ("Thanh Hoá", "Thanh Hóa"),
        ("Khánh Hoà", "Khánh Hòa"),
        ("thuỷ lợi", "thủy lợi"),
        ("khoẻ", "khỏe"),
        ("Thuý", "Thúy"),
        ("Uỷ ban", "Ủy ban"),
        ("quý", "quý"),  # the u of qu is a glide: unchanged
        ("quả", "quả"),
        ("Hòa", "Hòa"),
        ("hoàng", "hoàng"),  # a closed syllable: unchanged
        ("a\u00a0b", "a b"),
        ("12/Q\u00d0-UBND", "12/QĐ-UBND"),  # the eth of old encodings is the Vietnamese Đ
        ("\u00d0ặng \u00f0ồng", "Đặng đồng"),
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(nfc(text)) == folded


@given(st.text())
def test_fold_keeps_length(text: str) -> None:
    t = nfc(text)
    assert len(fold(t)) == len(t)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\ufeffxin chào", "xin chào"),
        ("a\r\nb\rc", "a\nb\nc"),
        ("Ho\u0302\u0300 Chi\u0301 Minh", "Hồ Chí Minh"),  # decomposed -> composed
    ],
)
def test_nfc(text: str, expected: str) -> None:
    assert nfc(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Trà Vinh", "tra-vinh"), ("19/2014/QĐ-TTg", "19-2014-qd-ttg"), ("Đắk Lắk", "dak-lak"), ("", "x"),
     ("\u00d0ặng Văn Minh", "dang-van-minh")],  # the eth of old encodings is a Đ
)
def test_slug(text: str, expected: str) -> None:
    assert slug(text) == expected


def test_squash() -> None:
    assert squash("  Nguyễn   Văn\n A ") == "Nguyễn Văn A"


def _fold_by_pattern(text: str) -> str:
    """fold() as first written: one pattern for the whole word (slow: it is tried at
    every letter), kept as the reference the faster scan must agree with."""
    import re

    from kg.normalize import _SPACES, fold_word

    word = re.compile(r"[^\W\d_]*[oOuU][áàảãạÁÀẢÃẠéèẻẽẹÉÈẺẼẸýỳỷỹỵÝỲỶỸỴ](?![^\W\d_])")
    return word.sub(lambda m: fold_word(m.group(0)), text).translate(_SPACES)


# Letters, marks, digits and spaces that make old-style syllables and word edges likely.
_FOLD_ALPHABET = "hoaáàuỷyýeéèqQOUĐđkt2_²'\u0301\u0300 \u00a0\t\n-"


@given(st.text(alphabet=_FOLD_ALPHABET, max_size=40))
def test_fold_agrees_with_the_whole_word_pattern(text: str) -> None:
    t = nfc(text)
    assert fold(t) == _fold_by_pattern(t)
