from __future__ import annotations

import pytest

from kg.extract.text import is_clutter, layout, sentences
from tests.conftest import report


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Câu một. Câu hai.", ["Câu một.", "Câu hai."]),
        ("đã đến dự.Phó Chủ tịch phát biểu.", ["đã đến dự.", "Phó Chủ tịch phát biểu."]),
        ("tại TP. Thái Nguyên có PGS.TS. Phạm Hồng Thái dự.", ["tại TP. Thái Nguyên có PGS.TS. Phạm Hồng Thái dự."]),
        ("ngày 25.5.2018 về việc.", ["ngày 25.5.2018 về việc."]),
        ("năm 2023. Theo ông A.", ["năm 2023.", "Theo ông A."]),
        ("dòng một\ndòng hai", ["dòng một", "dòng hai"]),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in sentences(text)] == expected


@pytest.mark.parametrize(
    ("line", "clutter"),
    [("Lượt xem: 2358", True), ("Thống kê truy cập", True), ("Thứ năm, 28/04/2022 09:20 GMT+7", True),
     ("13/01/2017", True), ("Chia sẻ bài viết", True), ("• Tin tức - sự kiện", True),
     ("Hội nghị tổng kết công tác năm 2020", False), ("Trúc Ly", False)],
)
def test_clutter(line: str, clutter: bool) -> None:
    assert is_clutter(line) is clutter


def test_layout_finds_headline_and_lead() -> None:
    r = report("Skip to main content\nLượt xem: 12\n\nHội nghị tổng kết công tác năm 2020\n\n"
               "Chiều ngày 15/01/2021, Sở Khoa học và Công nghệ tỉnh Cao Bằng đã tổ chức Hội nghị tổng kết công tác "
               "năm 2020. Hội nghị có nhiều đại biểu dự.\n\nPhan Văn A\n")
    lay = layout(r)
    assert lay.headline is not None and lay.headline.text == "Hội nghị tổng kết công tác năm 2020"
    assert r.text[lay.lead[0][0]:lay.lead[0][1]].startswith("Chiều ngày 15/01/2021")
    assert r.text[lay.body_end:].strip() == "Phan Văn A"
