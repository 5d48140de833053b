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
        # An online meeting told from a bridge point: the point's province, not the central one's place.
        ("Sáng 12/3/2025, Bộ Y tế tổ chức hội nghị trực tuyến tổng kết công tác năm 2024 tại Hà Nội. Tại điểm cầu "
         "tỉnh Lai Châu, đồng chí Lò Văn Thạch, Phó Chủ tịch UBND tỉnh dự.", "lai-chau"),
        ("Chiều 5/6/2024, Chính phủ họp trực tuyến với các địa phương tại Hà Nội. Dự tại đầu cầu thành phố "
         "Cần Thơ có ông Hà Văn Tư, Phó Chủ tịch UBND thành phố.", "can-tho"),
        # Not online: the place of the meeting still speaks for it.
        ("Sáng 9/4/2024, Hội Nông dân tổ chức hội nghị sơ kết tại Hà Nội với các hội viên.", "ha-noi"),
        # The site's banner in capitals counts for little.
        ("ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG\nNgày 23/10, tại Sở KH&CN Yên Bái, Sở KH&CN Tuyên Quang phối hợp với "
         "Sở KH&CN Yên Bái tổ chức tọa đàm. Tỉnh Yên Bái đã ban hành kế hoạch.", "yen-bai"),
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
        ("Tìm hiểu tư tưởng, đạo đức, phong cách Hồ Chí Minh là nhiệm vụ của Đảng bộ tỉnh Sóc Trăng; "
         "Chủ tịch Hồ Chí Minh luôn quan tâm đến khoa học.", "soc-trang"),
        ("Hội thảo về khởi nghiệp diễn ra tại thành phố Hồ Chí Minh.", "ho-chi-minh"),
        ("Hội thảo về khởi nghiệp diễn ra tại Hồ Chí Minh.", "ho-chi-minh"),
        ("Sở KH&CN TP.HCM tổ chức tuần lễ đổi mới sáng tạo.", "ho-chi-minh"),
    ],
)
def test_province_from_places(text: str, key: str | None) -> None:
    assert extract_province(report(text)).key == key


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # After its unit word a province's name may have its first letter written small.
        ("Hội thảo về khởi nghiệp diễn ra tại thành phố hồ Chí Minh với nhiều doanh nghiệp.", "ho-chi-minh"),
        ("Sở KH&CN tỉnh thừa Thiên Huế tổ chức hội nghị; đại biểu tỉnh Quảng Trị dự.", "thua-thien-hue"),
        ("Đoàn công tác làm việc tại tỉnh bình Phước.", "binh-phuoc"),
        # ... but words all in small letters after it are words, not a place.
        ("Các đơn vị của tỉnh bạn và thành phố hòa bình, hữu nghị cùng dự.", None),
        ("Lãnh đạo tỉnh nam định hướng phát triển.", None),
    ],
)
def test_province_written_small_after_its_unit(text: str, key: str | None) -> None:
    assert extract_province(report(text)).key == key


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # A province merged in 2025 called former is a part of its new unit: the report is
        # the unit's (as the old province whose name it took; resolve reads it by the date).
        ("Sáng 12/9/2025, tại khu vực tỉnh Bình Dương cũ, Sở Khoa học và Công nghệ tổ chức hội thảo với các "
         "doanh nghiệp tỉnh Bình Dương cũ. Lãnh đạo thành phố hồ Chí Minh dự.", "ho-chi-minh"),
        ("Tại tỉnh Bình Định (cũ), Sở KH&CN tỉnh Gia Lai tổ chức hội nghị với các doanh nghiệp tỉnh Bình Định.",
         "gia-lai"),
        ("Các hợp tác xã của tỉnh Kon Tum trước sáp nhập đã được hỗ trợ; UBND tỉnh Kon Tum ban hành kế hoạch.",
         "quang-ngai"),
        # "cũng" (also) is no "cũ"; a province named alone is still itself.
        ("Sở KH&CN tỉnh Bình Dương cũng đã triển khai nhiều đề tài.", "binh-duong"),
        ("Sở KH&CN tỉnh Hà Giang tổ chức hội nghị tổng kết.", "ha-giang"),
    ],
)
def test_a_former_province_is_a_part_of_its_new_unit(text: str, key: str) -> None:
    assert extract_province(report(text)).key == key


def test_a_report_after_the_merger_is_the_new_units() -> None:
    from kg.extract import extract
    from kg.resolve import resolve

    text = ("Hội thảo chuyển đổi số\n\nSáng 12/9/2025, tại khu vực tỉnh Bình Dương cũ, Sở Khoa học và Công nghệ "
            "thành phố hồ Chí Minh tổ chức hội thảo về chuyển đổi số với nhiều doanh nghiệp tỉnh Bình Dương cũ.")
    province = resolve(extract(report(text))).province
    assert province is not None and (province.key, province.name) == ("ho-chi-minh-2025", "Hồ Chí Minh")


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
