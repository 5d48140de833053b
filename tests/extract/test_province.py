from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.extract import extract_province
from kg.normalize import fold
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


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # A district named after a commune of it, small to big, names its province.
        ("Đoàn kiểm tra đến mô hình trồng cây dược liệu tại xã Hữu Sản - Sơn Động.", "bac-giang"),
        ("Đoàn công tác đến thị trấn Cái Dầu, Châu Phú kiểm tra mô hình nuôi cá.", "an-giang"),
        # ... but a district's name alone is no place.
        ("Ông Châu Phú Lợi tham dự hội nghị.", None),
        # Hồ Chí Minh alone is the person; the city after a unit or a place word, or in an alias.
        ("Kỷ niệm ngày sinh Chủ tịch Hồ Chí Minh, Đoàn TNCS Hồ Chí Minh tổ chức dâng hương.", None),
        ("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh là nhiệm vụ của Đảng bộ tỉnh Sóc Trăng; "
         "Chủ tịch Hồ Chí Minh luôn quan tâm đến khoa học.", "soc-trang"),
        ("Hội thảo về khởi nghiệp diễn ra tại thành phố Hồ Chí Minh.", "ho-chi-minh"),
        ("Hội thảo về khởi nghiệp diễn ra tại Hồ Chí Minh.", "ho-chi-minh"),
        ("Sở KH&CN TP.HCM tổ chức tuần lễ đổi mới sáng tạo.", "ho-chi-minh"),
    ],
)
def test_province_from_places(text: str, key: str | None) -> None:
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


def _scan_by_word_list(view: str) -> tuple[tuple[int, int, str, float], ...]:
    """The place-name scan as first written: a list of every word, then runs from each
    capitalised one; kept as the reference the faster scan must agree with."""
    from kg.extract.province import _JOIN, _WORD, _gazetteer, _prefixes

    names, longest = _gazetteer()
    words = [(m.start(), m.end()) for m in _WORD.finditer(view)]
    out = []
    i = 0
    while i < len(words):
        s0, e0 = words[i]
        if not view[s0].isupper():
            i += 1
            continue
        hit = None
        parts = [view[s0:e0].lower()]
        key = parts[0]
        j = i
        while True:
            if key in names:
                hit = (j, names[key])
            if j + 1 >= len(words) or j - i + 1 >= longest or key not in _prefixes():
                break
            gap = view[words[j][1]:words[j + 1][0]]
            if not _JOIN.match(gap) or len(gap) > 5:
                break
            j += 1
            parts.append(view[words[j][0]:words[j][1]].lower())
            key = " ".join(parts)
        if hit:
            out.append((s0, words[hit[0]][1], hit[1][0], hit[1][1]))
            i = hit[0] + 1
        else:
            i += 1
    return tuple(out)


_PLACE_PIECES = ["Bà Rịa", " - ", "Vũng Tàu", "Trà Vinh", "TP.", "HCM", "Hồ Chí Minh", "thành phố", " ", "\n", ".",
                 "Hà", "Nội", "Nam", "d'", "Arc", "'", "2", "Thừa Thiên", "Huế", "  ", "\t", "–", "Quảng Ngãi", "x",
                 "Phủ Lý", "huyện", "Đà", "Nẵng", "ÁNH"]


@given(st.lists(st.sampled_from(_PLACE_PIECES), max_size=14))
def test_scan_agrees_with_the_word_list_scan(pieces: list[str]) -> None:
    from kg.extract.province import _scan_all

    view = fold("".join(pieces))
    assert _scan_all.__wrapped__(view) == _scan_by_word_list(view)
