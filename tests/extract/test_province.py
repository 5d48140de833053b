from __future__ import annotations

import pytest

from kg.extract import extract_province
from tests.conftest import report


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Sở Khoa học và Công nghệ (KH&CN) tỉnh Trà Vinh đã tổ chức Hội nghị tổng kết năm 2020.", "tra-vinh"),
        ("UBND tỉnh Quảng Trị làm việc với Sở Khoa học và Công nghệ.", "quang-tri"),
        # Old and new tone-mark placement.
        ("Sở KH&CN tỉnh Thanh Hoá tổ chức lễ kỷ niệm.", "thanh-hoa"),
        ("Sở KH&CN tỉnh Khánh Hòa tổ chức lễ kỷ niệm.", "khanh-hoa"),
        # Aliases.
        ("Sở Khoa học và Công nghệ TP HCM tổ chức tuần lễ đổi mới sáng tạo.", "ho-chi-minh"),
        ("Đại học Huế phối hợp với Sở KH&CN tỉnh Thừa Thiên - Huế.", "thua-thien-hue"),
        # A district names its province.
        ("Dự hội nghị có lãnh đạo thành phố Phủ Lý, thị xã Duy Tiên và các huyện.", "ha-nam"),
        # The host outweighs the visitor: "tại", more mentions, the organiser.
        ("Sở KH&CN Thành phố Hà Nội thăm và làm việc tại Sở KH&CN tỉnh Bến Tre. Tiếp đoàn có Giám đốc Sở KH&CN "
         "tỉnh Bến Tre. Các đơn vị của tỉnh Bến Tre giới thiệu sản phẩm.", "ben-tre"),
        # The site's banner in capitals counts for little.
        ("ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ\nNgày 19/7, tại Sở KH&CN Lào Cai, Sở KH&CN Phú Thọ phối hợp với Sở KH&CN "
         "Lào Cai tổ chức hội thảo. Tỉnh Lào Cai đã ban hành kế hoạch.", "lao-cai"),
    ],
)
def test_province(text: str, key: str) -> None:
    assert extract_province(report(text)).key == key


def test_no_province() -> None:
    res = extract_province(report("Ngày 25-3, Đoàn công tác của Bộ KH&CN đã có buổi làm việc tại tỉnh."))
    assert res.key is None
    assert res.mentions == ()


def test_person_names_are_not_provinces() -> None:
    # "Hà Nam" only inside a lowercase phrase is not counted; districts need a unit word.
    res = extract_province(report("Ông Trần Phú Yên phát biểu."))
    assert res.key == "phu-yen" or res.key is None  # a bare name counts weakly ...
    res = extract_province(report("Ông Trần Phú Yên phát biểu tại Sở KH&CN tỉnh Gia Lai."))
    assert res.key == "gia-lai"  # ... and loses to the organiser


def test_mentions_keep_offsets() -> None:
    r = report("Sở KH&CN tỉnh Trà Vinh; UBND tỉnh Trà Vinh.")
    for m in extract_province(r).mentions:
        assert r.text[m.span.start:m.span.end] == m.span.text == "Trà Vinh"
