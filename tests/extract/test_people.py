"""Officials: names, roles, participation.  Sentences written for these tests in the
shape of real reports, with the traps real reports set."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from kg.extract import extract_bylines, extract_meeting, extract_people
from kg.extract.names import Found
from kg.extract.people import _listed
from kg.normalize import fold
from tests.conftest import report

LEAD = "Sáng 12/3/2024, Sở Khoa học và Công nghệ tỉnh Hà Giang tổ chức Hội nghị tổng kết công tác năm 2023. "


def people_of(text: str) -> dict[str, dict]:
    r = report(text)
    ps = extract_people(r, extract_meeting(r), extract_bylines(r))
    return {
        p.name: {
            "roles": {fold(x.title).lower() for x in p.roles},
            "attended": bool(p.attended or p.chaired or p.spoke),
            "chaired": bool(p.chaired),
            "spoke": bool(p.spoke),
            "honorifics": tuple(p.honorifics),
            "former": any(x.former for x in p.roles),
        }
        for p in ps
    }


@pytest.mark.parametrize(
    ("text", "name", "roles"),
    [
        # Roles after the name, comma-separated, abbreviations expanded.
        (LEAD + "Dự hội nghị có đồng chí Hoàng Gia Long, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh.",
         "Hoàng Gia Long", {"tỉnh ủy viên", "phó chủ tịch ủy ban nhân dân tỉnh"}),
        # "TUV" and "HĐND" expanded.
        (LEAD + "Về dự có đồng chí Ma Thị Hường, TUV, Phó Chủ tịch HĐND tỉnh cùng lãnh đạo các sở.",
         "Ma Thị Hường", {"tỉnh ủy viên", "phó chủ tịch hội đồng nhân dân tỉnh"}),
        # Title before the name, with the province between: the province is not part of the name.
        (LEAD + "Phát biểu tại hội nghị, Phó Chủ tịch UBND tỉnh Nghệ An Bùi Đình Long nhấn mạnh vai trò của khoa học.",
         "Bùi Đình Long", {"phó chủ tịch ủy ban nhân dân tỉnh nghệ an"}),
        # Old tone-mark placement: "Uỷ viên", "Tỉnh uỷ" read as "Ủy viên", "Tỉnh ủy".
        (LEAD + "Tham dự có ông Trịnh Văn Tú, Uỷ viên Ban Thường vụ Tỉnh uỷ, Chủ nhiệm Uỷ ban Kiểm tra Tỉnh uỷ.",
         "Trịnh Văn Tú", {"ủy viên ban thường vụ tỉnh ủy", "chủ nhiệm ủy ban kiểm tra tỉnh ủy"}),
        # A family name of two words, found by its shape in a list.
        (LEAD + "Dự hội nghị có các đồng chí: Lã Văn Tùng, Phó Chủ tịch UBND tỉnh; Âu Dương Khánh, Phó Trưởng phòng "
         "Quản lý khoa học.",
         "Âu Dương Khánh", {"phó trưởng phòng quản lý khoa học"}),
        # A name of five words (the Central Highlands) next to its title.
        (LEAD + "Giám đốc Sở KH&CN Y Khoa Byă Niê Kđăm phát biểu kết luận hội nghị.",
         "Y Khoa Byă Niê Kđăm", {"giám đốc sở khoa học và công nghệ"}),
        # The eth of old encodings (U+00D0) in a name is the Vietnamese Đ.
        (LEAD + "Dự có ông \u00d0ặng Văn Minh, Giám đốc Sở Tài chính.", "Đặng Văn Minh", {"giám đốc sở tài chính"}),
        # A title that ends with its body's bare word, right before the name.
        (LEAD + "Phát biểu tại hội nghị, Giám đốc Sở Quan Văn Cảnh nhấn mạnh cần đổi mới.", "Quan Văn Cảnh",
         {"giám đốc sở"}),
        # Lower-case words inside the names of units and companies.
        (LEAD + "ThS. Khúc Thị Lan, Phó Trưởng phòng Quản lý chuyên ngành báo cáo.", "Khúc Thị Lan",
         {"phó trưởng phòng quản lý chuyên ngành"}),
        (LEAD + "Ông Ninh Văn Phúc, Giám đốc Công ty cổ phần Dược Hậu Giang chia sẻ kinh nghiệm.", "Ninh Văn Phúc",
         {"giám đốc công ty cổ phần dược hậu giang"}),
        # A title in brackets after the name, one or several.
        (LEAD + "Cùng dự có ông Âu Thành Nhân (Giám đốc Sở Y tế) và lãnh đạo các huyện.",
         "Âu Thành Nhân", {"giám đốc sở y tế"}),
        (LEAD + "Dự hội nghị có bà La Thị Mến (Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh).",
         "La Thị Mến", {"tỉnh ủy viên", "phó chủ tịch ủy ban nhân dân tỉnh"}),
        # Brackets that hold no title are passed over.
        (LEAD + "Dự hội nghị có ông Mạc Văn Tín (SN 1975), Giám đốc Sở Xây dựng.",
         "Mạc Văn Tín", {"giám đốc sở xây dựng"}),
        # Hyphen with no spaces between name and title.
        (LEAD + "Tham dự hội nghị có bà Vi Thị Hằng-Phó Chủ tịch HĐND tỉnh và lãnh đạo các huyện.",
         "Vi Thị Hằng", {"phó chủ tịch hội đồng nhân dân tỉnh"}),
        # A role with a hyphen inside it, closed by a semicolon.
        (LEAD + "Hội nghị đón tiếp đồng chí Tạ Văn Hải - Trưởng Ban tuyên giáo - đoàn thể Đảng ủy Khối cơ quan tỉnh; "
         "đại diện các sở.",
         "Tạ Văn Hải", {"trưởng ban tuyên giáo - đoàn thể đảng ủy khối cơ quan tỉnh"}),
        # "làm Trưởng ban" is a post; "làm Trưởng đoàn" is a function at one meeting, not a role.
        (LEAD + "Đoàn công tác do đồng chí Lục Văn Sơn, Phó Giám đốc Sở KH&CN làm Trưởng đoàn đã có buổi làm việc.",
         "Lục Văn Sơn", {"phó giám đốc sở khoa học và công nghệ"}),
        ("Ban điều hành do ông Hứa Minh Trí - Phó Giám đốc Sở KH&CN làm Trưởng ban.",
         "Hứa Minh Trí", {"phó giám đốc sở khoa học và công nghệ", "trưởng ban"}),
        # Appointment: "giữ chức vụ".
        ("Sáng 2/4/2024, UBND tỉnh trao Quyết định bổ nhiệm ông Lò Văn Pâng - Phó Giám đốc Sở KH&CN giữ chức vụ "
         "Giám đốc Sở KH&CN tỉnh Điện Biên.",
         "Lò Văn Pâng", {"phó giám đốc sở khoa học và công nghệ",
                         "giám đốc sở khoa học và công nghệ tỉnh điện biên"}),
        # National posts; the title before the second name is the second person's.
        ("Tham dự có Thủ tướng Chính phủ Phạm Minh Chính, Phó Thủ tướng Trần Hồng Hà và các bộ trưởng.",
         "Phạm Minh Chính", {"thủ tướng chính phủ"}),
        ("Tham dự có Thủ tướng Chính phủ Phạm Minh Chính, Phó Thủ tướng Trần Hồng Hà và các bộ trưởng.",
         "Trần Hồng Hà", {"phó thủ tướng"}),
        # "Quyền" (acting) is part of the title.
        (LEAD + "Dự có ông Hà Văn Tuấn, Quyền Giám đốc Sở KH&CN và các phòng chuyên môn.",
         "Hà Văn Tuấn", {"quyền giám đốc sở khoa học và công nghệ"}),
        (LEAD + "Tham dự có Thượng tá Lường Văn Hải, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh.",
         "Lường Văn Hải", {"phó chỉ huy trưởng bộ chỉ huy quân sự tỉnh"}),
        # Two roles joined by "kiêm".
        (LEAD + "Chủ trì hội nghị là đồng chí Giàng Seo Phử, Phó Chủ tịch UBND tỉnh kiêm Trưởng Ban Chỉ đạo chuyển đổi số tỉnh.",
         "Giàng Seo Phử", {"phó chủ tịch ủy ban nhân dân tỉnh", "trưởng ban chỉ đạo chuyển đổi số tỉnh"}),
        # A short form of a role the report also gives in full is one role.
        (LEAD + "Dự có đồng chí Kiều Văn Nam, Viện trưởng Viện Khoa học Nông nghiệp. Đồng chí Kiều Văn Nam, "
         "Viện trưởng phát biểu tại hội nghị.",
         "Kiều Văn Nam", {"viện trưởng viện khoa học nông nghiệp"}),
        # "Phó Bí thư Thường trực" and "Trưởng Đoàn đại biểu Quốc hội" are posts.
        (LEAD + "Dự có các đồng chí: Thào Seo Chứ, Trưởng Đoàn đại biểu Quốc hội tỉnh, Phó Bí thư Thường trực Tỉnh ủy; "
         "lãnh đạo các sở.",
         "Thào Seo Chứ", {"trưởng đoàn đại biểu quốc hội tỉnh", "phó bí thư thường trực tỉnh ủy"}),
        # A title after a plural honorific is shared by the list of names after it.
        (LEAD + "Các đồng chí Phó Chủ tịch UBND tỉnh: Nguyễn Văn Sơn, Trần Quang Huy đồng chủ trì hội nghị.",
         "Trần Quang Huy", {"phó chủ tịch ủy ban nhân dân tỉnh"}),
        (LEAD + "Các đồng chí Phó Chủ tịch UBND tỉnh: Nguyễn Văn Sơn, Trần Quang Huy đồng chủ trì hội nghị.",
         "Nguyễn Văn Sơn", {"phó chủ tịch ủy ban nhân dân tỉnh"}),
        (LEAD + "Dự hội nghị có các đồng chí Phó Chủ tịch UBND tỉnh Nguyễn Văn Sơn và Trần Quang Huy.",
         "Trần Quang Huy", {"phó chủ tịch ủy ban nhân dân tỉnh"}),
        (LEAD + "Dự có các ông Giám đốc Sở: Nguyễn Văn Sơn, Trần Quang Huy, Lê Thị Hoa, Giám đốc Sở Tài chính.",
         "Lê Thị Hoa", {"giám đốc sở tài chính"}),
        # Without a plural the title is the first name's alone.
        (LEAD + "Dự hội nghị có Phó Chủ tịch UBND tỉnh Nguyễn Văn Sơn, Trần Quang Huy và các đại biểu.",
         "Trần Quang Huy", set()),
        (LEAD + "Dự hội nghị có các đồng chí: Nguyễn Văn Sơn, Phó Chủ tịch UBND tỉnh; Trần Quang Huy, Giám đốc Sở.",
         "Trần Quang Huy", {"giám đốc sở"}),
    ],
)
def test_roles(text: str, name: str, roles: set[str]) -> None:
    got = people_of(text)
    assert name in got, f"{name} not found in {sorted(got)}"
    assert got[name]["roles"] == roles


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # attended / chaired / spoke
        (LEAD + "Dự hội nghị có đồng chí Hoàng Gia Long, Phó Chủ tịch UBND tỉnh.",
         {"Hoàng Gia Long": (True, False, False)}),
        (LEAD + "Đồng chí Lê Ngọc Hoa, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh và Phó Chủ tịch UBND tỉnh Đặng Xuân Phong "
         "đã chủ trì buổi làm việc với Sở KH&CN.",
         {"Lê Ngọc Hoa": (True, True, False), "Đặng Xuân Phong": (True, True, False)}),
        (LEAD + "Buổi làm việc với sự chủ trì của đồng chí Lâm Quốc Thái, Giám đốc Sở KH&CN và đồng chí Nông Văn Tài, "
         "Bí thư Huyện ủy.",
         {"Lâm Quốc Thái": (True, True, False), "Nông Văn Tài": (True, True, False)}),
        (LEAD + "Phát biểu kết luận hội nghị, đồng chí Bế Văn Lợi, Phó Chủ tịch UBND tỉnh đề nghị ngành tiếp tục đổi mới.",
         {"Bế Văn Lợi": (True, False, True)}),
        (LEAD + "Tới dự và chỉ đạo hội nghị có đồng chí Mã Văn Cường - Phó Giám đốc Sở Khoa học và Công nghệ.",
         {"Mã Văn Cường": (True, False, True)}),
        (LEAD + "Sau phần báo cáo của Bộ trưởng Bộ KH&CN Nguyễn Mạnh Khôi, hội nghị thảo luận.",
         {"Nguyễn Mạnh Khôi": (True, False, True)}),
        (LEAD + "Theo ông Đinh Công Sứ, Giám đốc Sở KH&CN, năm qua ngành đã hoàn thành các chỉ tiêu.",
         {"Đinh Công Sứ": (True, False, True)}),
        # Caption lines.
        (LEAD + "Dự có ông Chu Văn Thịnh, Giám đốc Sở.\nÔng Chu Văn Thịnh - Giám đốc Sở phát biểu tại hội nghị\n",
         {"Chu Văn Thịnh": (True, False, True)}),
        # The meeting named before the verb: "Hội nghị do X chủ trì; đồng chủ trì có Y".
        ("Sáng 5/1/2024, tại tỉnh Hà Giang, Hội nghị tổng kết do đồng chí Trần Văn Nam, Chủ tịch UBND tỉnh chủ trì; "
         "đồng chủ trì có đồng chí Phạm Thị Lan, Giám đốc Sở KH&CN.",
         {"Trần Văn Nam": (True, True, False), "Phạm Thị Lan": (True, True, False)}),
        # A list item's verb is its own: the items before a semicolon only attended ...
        (LEAD + "Tham dự hội nghị có ông Đàm Quang Vinh, Phó Chủ tịch UBND tỉnh; bà Kiều Thị Thu Hiền – Giám đốc Sở "
         "Tài chính chủ trì hội nghị.",
         {"Đàm Quang Vinh": (True, False, False), "Kiều Thị Thu Hiền": (True, True, False)}),
        # ... but co-chairs may be listed item by item.
        (LEAD + "Đồng chí Tạ Văn Hiếu, Bí thư Huyện ủy; đồng chí Khổng Minh Tâm, Chủ tịch UBND huyện đồng chủ trì "
         "hội nghị.",
         {"Tạ Văn Hiếu": (True, True, False), "Khổng Minh Tâm": (True, True, False)}),
        # Reading out a decision at the meeting is taking part in it.
        (LEAD + "Bà Hồ Thị Mỹ Dung, Chánh Văn phòng UBND tỉnh đọc quyết định.", {"Hồ Thị Mỹ Dung": (True, False, False)}),
        # "chủ trì thực hiện" a task is not chairing a meeting.
        ("Ngày 5/6/2023, Sở KH&CN tổ chức họp hội đồng tuyển chọn nhiệm vụ. Nhiệm vụ do TS Quách Văn Đức làm chủ nhiệm, "
         "Viện Nghiên cứu Rau quả chủ trì thực hiện.",
         {"Quách Văn Đức": (False, False, False)}),
        # News of a decision is about no meeting: nobody attends, even with "chỉ đạo".
        ("Chủ tịch UBND tỉnh Lương Văn Cường vừa ký Quyết định số 12/QĐ-UBND thành lập Hội đồng Sáng kiến tỉnh. "
         "Chủ tịch UBND tỉnh Lương Văn Cường chỉ đạo các sở triển khai.",
         {"Lương Văn Cường": (False, False, False)}),
        # A listing after "có" names participants even with no verb of its own.
        (LEAD + "Về phía tỉnh Lai Châu có Đ/c Tống Thanh Hải, Phó Chủ tịch UBND tỉnh; Đ/c Lò Thị Mai, Giám đốc Sở KH&CN.",
         {"Tống Thanh Hải": (True, False, False), "Lò Thị Mai": (True, False, False)}),
        # A cue's syllable inside another word is no cue: "vinh dự", "chỉ đạo của" someone.
        (LEAD + "Hội nghị vinh dự đón nhận Bằng khen của Bộ trưởng Bộ KH&CN Nguyễn Mạnh Khôi.",
         {"Nguyễn Mạnh Khôi": (False, False, False)}),
        (LEAD + "Thực hiện chỉ đạo của Thủ tướng Chính phủ Phạm Minh Chính, Sở đã triển khai nhiều dự án.",
         {"Phạm Minh Chính": (False, False, False)}),
        (LEAD + "Phát biểu chỉ đạo của đồng chí Trần Văn Lâu, Phó Chủ tịch UBND tỉnh được các đại biểu đồng tình.",
         {"Trần Văn Lâu": (True, False, True)}),
    ],
)
def test_participation(text: str, expected: dict[str, tuple[bool, bool, bool]]) -> None:
    got = people_of(text)
    for name, (att, ch, sp) in expected.items():
        assert name in got, f"{name} not found in {sorted(got)}"
        assert (got[name]["attended"], got[name]["chaired"], got[name]["spoke"]) == (att, ch, sp), name


@pytest.mark.parametrize(
    "text",
    [
        # A title with no name after it.
        LEAD + "Đồng chí Phó Chủ tịch UBND tỉnh đề nghị ngành tiếp tục đổi mới.",
        # Places, streets and schools are never people.
        LEAD + "Hội nghị diễn ra tại số 2 đường Trần Hưng Đạo, thành phố Hà Giang; học sinh Trường THPT Lê Quý Đôn dự.",
        LEAD + "Đại biểu các tỉnh Lâm Đồng, Cao Bằng, Hà Nam và Đồng Tháp cùng tham dự.",
        LEAD + "Các đại biểu học tập tấm gương đạo đức Hồ Chí Minh.",
        # A figure the meeting commemorates or holds up as a model.
        LEAD + "Hội nghị học tập tư tưởng của Bác và tấm gương Nguyễn Văn Trỗi.",
        LEAD + "Lễ kỷ niệm 110 năm ngày sinh Nguyễn Văn Cừ.",
        # Two capitalised syllables alone, with no title or honorific: not enough to be a name.
        LEAD + "Hội nghị diễn ra tại hội trường Lê Lợi và nhà văn hóa Hà Tiên.",
        LEAD + "Sản phẩm của Công ty TNHH Nguyễn Hoàng được giới thiệu.",
        # Title-case headlines and body names.
        "Hội Nghị Tổng Kết Công Tác Khoa Học Năm 2023\n" + LEAD,
        LEAD + "Lãnh đạo Sở Nông nghiệp và Phát triển nông thôn, Sở Tài chính, Ban Tuyên giáo Tỉnh ủy cùng dự.",
    ],
)
def test_no_person(text: str) -> None:
    assert people_of(text) == {}


def test_byline_is_not_an_official() -> None:
    text = LEAD + "Dự có đồng chí Hoàng Gia Long, Phó Chủ tịch UBND tỉnh.\n\nTin, ảnh: Lò Thị Mai\n"
    assert set(people_of(text)) == {"Hoàng Gia Long"}


def test_honorifics_kept_apart() -> None:
    got = people_of(LEAD + "Tham dự có GS.TS Nguyễn Văn Bình, Chủ tịch Liên hiệp các Hội KH&KT tỉnh; "
                    "Giáo sư, Viện sĩ, Tiến sĩ Đặng Hữu Phúc.")
    assert got["Nguyễn Văn Bình"]["honorifics"] == ("GS.TS",)
    assert got["Nguyễn Văn Bình"]["roles"] == {"chủ tịch liên hiệp các hội khoa học và kỹ thuật tỉnh"}
    assert "Đặng Hữu Phúc" in got
    assert all(not n.startswith(("Giáo", "Tiến", "GS")) for n in got)


def test_rare_surname_needs_context() -> None:
    # "Tầng" is not in the surname list; an honorific makes it a name anyway.
    got = people_of(LEAD + "Dự có đồng chí Tầng Văn Khải, Giám đốc Sở KH&CN.")
    assert "Tầng Văn Khải" in got


def test_ethnic_minority_names() -> None:
    got = people_of(LEAD + "Dự có đồng chí Sùng A Hồ - Phó Giám đốc Sở KH&CN và ông Ksor Phước Hà, "
                    "Chủ tịch Hội đồng Dân tộc.")
    assert {"Sùng A Hồ", "Ksor Phước Hà"} <= set(got)


def test_truncated_name_at_end_of_excerpt_joins_its_person() -> None:
    text = (LEAD + "Dự có đồng chí Nguyễn Văn Phú, Phó Chủ tịch UBND tỉnh.\n"
            "Phát biểu tại hội nghị, Phó Chủ tịch UBND tỉnh Nguyễn Văn Ph")
    got = people_of(text)
    assert set(got) == {"Nguyễn Văn Phú"}
    assert got["Nguyễn Văn Phú"]["spoke"]


def test_former_post() -> None:
    got = people_of(LEAD + "Dự có ông Trần Văn Hải, nguyên Giám đốc Sở KH&CN.")
    assert got["Trần Văn Hải"]["former"]
    assert got["Trần Văn Hải"]["roles"] == {"nguyên giám đốc sở khoa học và công nghệ"}


def test_offsets_point_at_mentions() -> None:
    text = LEAD + "Dự có đồng chí Hoàng Gia Long, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh."
    r = report(text)
    for p in extract_people(r, extract_meeting(r), []):
        for m in p.mentions:
            assert r.text[m.span.start:m.span.end] == m.span.text == p.name
        for role in p.roles:
            assert r.text[role.span.start:role.span.end] == role.span.text


def test_nothing_found_is_empty() -> None:
    assert people_of("") == {}
    assert people_of("không có gì") == {}


@pytest.mark.parametrize(
    ("text", "name", "honorifics"),
    [
        # The last letters of a body's abbreviation are not a degree ("CN" of "KH&CN" is not Cử nhân).
        ("Sau phần báo cáo của Bộ trưởng Bộ KH&CN Phan Hữu Tuấn, hội nghị thảo luận.", "Phan Hữu Tuấn", ()),
        ("Dự có CN. Trần Văn Nam, chuyên viên Sở KH&CN.", "Trần Văn Nam", ("CN.",)),
        ("Dự có đồng chí: Lê Thị Hoa, Phó Giám đốc Sở.", "Lê Thị Hoa", ("đồng chí",)),
        ("Dự có PGS.TS. Vũ Đức Minh, Viện trưởng.", "Vũ Đức Minh", ("PGS.TS.",)),
        ("Dự có đại biểu Sở (ông Hồ Văn Lâm, Phó Giám đốc).", "Hồ Văn Lâm", ("ông",)),
        # Ranks of the police and army, titles of merit.
        ("Dự có Đại úy Lò Văn Hải, Phó Trưởng Công an huyện.", "Lò Văn Hải", ("Đại úy",)),
        ("Dự có Nghệ nhân Ưu tú Hà Thị Khiếu và các nghệ nhân.", "Hà Thị Khiếu", ("Nghệ nhân Ưu tú",)),
        ("Dự có PGS.TSKH Trần Văn Sơn, Trưởng khoa Vật lý.", "Trần Văn Sơn", ("PGS.TSKH",)),
    ],
)
def test_honorific_before_a_name(text: str, name: str, honorifics: tuple[str, ...]) -> None:
    got = people_of(LEAD + text)
    assert got[name]["honorifics"] == honorifics


_BEFORE_PIECES = ["ông", "bà", "đồng chí", "Đ/c", "đ/ c", "các", "PGS.TS", "TS", "ThS", "Th.S", "Giáo sư", "KH&CN", "CN",
                  "(", ")", ":", ",", ".", " ", "  ", "\n", "x", "Sở", "không", "2", "/", "&", "_"]


@given(st.lists(st.sampled_from(_BEFORE_PIECES), max_size=10))
@example(["PGS.TS", "CN"])  # degrees run together: the pattern takes "TSCN" as TS + CN
def test_the_honorific_prefilter_never_hides_a_match(pieces: list[str]) -> None:
    """The search for honorifics is skipped when the word before a name is not the end of
    one; that must never skip a search that would have found one."""
    from kg.extract.names import _honorific_re, _honorific_tails, _word_before

    before = fold("".join(pieces))
    m = _honorific_re().search(before)
    if m and (m.group("hon") or m.group("deg")):
        assert _word_before(before).endswith(_honorific_tails())


# ------------------------------------------------------------------ round four: credits and lists


@pytest.mark.parametrize(
    "credits",
    [
        "Người cập nhật: Trần Văn Rạng",
        "Người đăng: Hà Thị Mơ\nBiên tập: Lò Văn Thạch\nNgười duyệt: Cầm Văn Khôi",
        "Ngày đăng: 12/3/2024 | Người đăng: Nguyễn Thị Hồng Nhung | Người duyệt: Phạm Quang Vinh",
    ],
)
@pytest.mark.parametrize("where", ["top", "inside"])
def test_a_pages_staff_credits_are_no_officials(credits: str, where: str) -> None:
    body = LEAD + "Dự có đồng chí Hoàng Gia Long, Phó Chủ tịch UBND tỉnh."
    text = (credits + "\n" + body if where == "top"
            else body + "\n" + credits + "\nHội nghị đã thảo luận các nội dung trọng tâm.")
    assert set(people_of(text)) == {"Hoàng Gia Long"}


def test_a_credit_label_inside_a_body_is_none() -> None:
    # "Ban Biên tập:" is a body's name before its members, no credit of the page.
    text = LEAD + "Dự có thành viên Ban Biên tập: ông Lò Văn Thạch, Phó Giám đốc Sở Y tế."
    assert "Lò Văn Thạch" in people_of(text)


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        # Names of a list parted by commas, "và" or dashes from a name known as one.
        ("Dự có các Phó Chủ tịch UBND tỉnh: Lò Văn Thạch- Cầm Văn Khôi- Lường Thị Sen.",
         {"Cầm Văn Khôi", "Lường Thị Sen"}),
        ("Dự có ông Lò Văn Thạch, Hà Thị Mơ và Cầm Văn Khôi.", {"Hà Thị Mơ", "Cầm Văn Khôi"}),
        # ... and none parted from it by other words.
        ("Dự có ông Lò Văn Thạch. Sau đó Hà Thị Mơ và Cầm Văn Khôi.", set()),
        ("Ông Lò Văn Thạch cùng Hà Thị Mơ.", set()),
    ],
)
def test_the_names_of_a_list_are_names(text: str, listed: set[str]) -> None:
    view = report(text).view
    first = view.index("Lò Văn Thạch")
    found = [Found(first, first + len("Lò Văn Thạch"), ("ông",), True)]
    for name in ("Hà Thị Mơ", "Cầm Văn Khôi", "Lường Thị Sen"):
        if name in view:
            s = view.index(name)
            found.append(Found(s, s + len(name), (), False))
    kept = {(found[0].start, found[0].end)}
    got = {view[f.start:f.end] for f in _listed(view, found, kept)} - {"Lò Văn Thạch"}
    assert got == listed
