from __future__ import annotations

import pytest

from kg import nlp


@pytest.mark.parametrize(
    ("text", "pieces", "spans"),
    [
        ("a b c", ["a", "b", "c"], [(0, 1), (2, 3), (4, 5)]),
        ("Nguyễn  Văn A dự", ["Nguyễn Văn A", "dự"], [(0, 13), (14, 16)]),
        ("x,y", ["x", ",", "y"], [(0, 1), (1, 2), (2, 3)]),
    ],
)
def test_align(text: str, pieces: list[str], spans: list[tuple[int, int]]) -> None:
    assert nlp.align(text, pieces) == spans


def test_align_rejects_a_token_not_in_the_text() -> None:
    with pytest.raises(ValueError):
        nlp.align("abc", ["x"])


def test_pos_tag_lines_tokens_up_with_offsets() -> None:
    text = "Ghi chú. Về dự có đồng chí Dương Thị Ngọc Thơ, Phó Chủ tịch HĐND tỉnh."
    start = text.index("Về")
    toks = nlp.pos_tag(text, start)
    assert toks
    for t in toks:
        assert text[t.start:t.end] == t.text
        assert t.start >= start
    names = [t.text for t in toks if t.pos == "Np"]
    assert "Dương Thị Ngọc Thơ" in names


def test_pos_tag_of_nothing() -> None:
    assert nlp.pos_tag("   ") == []
