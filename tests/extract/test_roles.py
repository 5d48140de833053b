"""Roles: which titles belong to which name.  Sentences written for these tests in the
shape of real reports (the people are made up)."""

from __future__ import annotations

import pytest

from kg.extract.people import extract_people
from kg.models import MeetingResult
from kg.normalize import fold
from tests.conftest import report

LEAD = "Sáng 12/3/2024, Sở Khoa học và Công nghệ tỉnh Sơn La tổ chức hội nghị tổng kết công tác năm 2023. "
_NO_MEETING = MeetingResult(kind="OtherMeeting", is_meeting=False, kind_span=None, date=None, date_span=None,
                            review_year=None, published=None)


def roles_of(text: str) -> dict[str, set[str]]:
    """Each person's roles (folded, lower-case), the meeting left out: roles do not depend on it."""
    ps = extract_people(report(LEAD + text), _NO_MEETING, [])
    return {p.name: {fold(r.title).lower() for r in p.roles} for p in ps}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Several titles before the name, each its own role.
        ("Phát biểu tại hội nghị, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lò Văn Thạch nhấn mạnh vai trò của khoa học.",
         {"Lò Văn Thạch": {"phó bí thư tỉnh ủy", "chủ tịch ủy ban nhân dân tỉnh"}}),
        ("Hội nghị có Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy Hà Thị Mơ phát biểu khai mạc.",
         {"Hà Thị Mơ": {"ủy viên trung ương đảng", "bí thư tỉnh ủy"}}),
        # A list that gives each name its titles before it: the run between two names is
        # the second one's; a gloss of an abbreviation may stand between title and name.
        ("Dự có Bộ trưởng Bộ Nội vụ Lò Văn Thạch, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Sơn La Hà Thị Mơ, "
         "Thứ trưởng Bộ Tài chính (BTC) Quàng Văn Dũng và đại diện các sở.",
         {"Lò Văn Thạch": {"bộ trưởng bộ nội vụ"},
          "Hà Thị Mơ": {"ủy viên trung ương đảng", "bí thư tỉnh ủy sơn la"},
          "Quàng Văn Dũng": {"thứ trưởng bộ tài chính"}}),
        # Names with their titles after them keep them; the next name takes only the title
        # standing right before it.
        ("Dự có ông Lò Văn Thạch, Giám đốc Sở Y tế, Phó Chủ tịch UBND tỉnh Hà Thị Mơ cùng dự.",
         {"Lò Văn Thạch": {"giám đốc sở y tế"}, "Hà Thị Mơ": {"phó chủ tịch ủy ban nhân dân tỉnh"}}),
        # A second role after a dash; a bare function at this meeting after a dash is none.
        ("Dự có ông Lò Văn Thạch, Ủy viên Bộ Chính trị – Thường trực Ban Bí thư; bà Hà Thị Mơ – Phó Giám đốc "
         "Sở Tư pháp – Ủy viên.",
         {"Lò Văn Thạch": {"ủy viên bộ chính trị", "thường trực ban bí thư"},
          "Hà Thị Mơ": {"phó giám đốc sở tư pháp"}}),
        ("Hội đồng gồm ông Lò Văn Thạch – Giám đốc Sở Tài chính – chủ tịch Hội đồng; bà Hà Thị Mơ, Bí thư Huyện ủy "
         "- Chủ tịch HĐND huyện Mường La.",
         {"Lò Văn Thạch": {"giám đốc sở tài chính"},
          "Hà Thị Mơ": {"bí thư huyện ủy", "chủ tịch hội đồng nhân dân huyện mường la"}}),
        # A title with a comma inside it before the name: the fields of a department's
        # name, a place and its province, a unit and its department.
        ("Phát biểu tại hội nghị, Giám đốc Sở Văn hóa, Thể thao và Du lịch Lò Văn Thạch đề nghị.",
         {"Lò Văn Thạch": {"giám đốc sở văn hóa, thể thao và du lịch"}}),
        ("Dự có Chủ tịch UBND huyện Mường Tè, tỉnh Lai Châu Hà Thị Mơ, cùng đoàn công tác.",
         {"Hà Thị Mơ": {"chủ tịch ủy ban nhân dân huyện mường tè, tỉnh lai châu"}}),
        ("Trưởng phòng Kế hoạch, Sở Tài chính Quàng Văn Dũng báo cáo.",
         {"Quàng Văn Dũng": {"trưởng phòng kế hoạch, sở tài chính"}}),
        # ... but a title that ends at the comma is the name's only in a run of titles.
        ("Dự có lãnh đạo Sở Y tế, Chủ tịch HĐND tỉnh Lò Văn Thạch.",
         {"Lò Văn Thạch": {"chủ tịch hội đồng nhân dân tỉnh"}}),
        # A city's abbreviation run into its name.
        ("Phát biểu tại hội nghị, Chủ tịch UBND TP.Cần Thơ Lò Văn Thạch đề nghị.",
         {"Lò Văn Thạch": {"chủ tịch ủy ban nhân dân thành phố cần thơ"}}),
        # A form of address or a degree between a title and the name it gives.
        ("Phát biểu chỉ đạo, Phó Chủ tịch UBND tỉnh bà Hà Thị Mơ đề nghị các sở phối hợp.",
         {"Hà Thị Mơ": {"phó chủ tịch ủy ban nhân dân tỉnh"}}),
        ("Giám đốc Sở Y tế TS. Lò Văn Thạch báo cáo kết quả.", {"Lò Văn Thạch": {"giám đốc sở y tế"}}),
        # ... not after a comma or "và", where the next name of a list begins.
        ("Dự có ông Lò Văn Thạch, Giám đốc Sở Y tế, bà Hà Thị Mơ, Phó Giám đốc Sở Nội vụ.",
         {"Lò Văn Thạch": {"giám đốc sở y tế"}, "Hà Thị Mơ": {"phó giám đốc sở nội vụ"}}),
        ("Dự có ông Lò Văn Thạch, Giám đốc Sở Y tế và bà Hà Thị Mơ.",
         {"Lò Văn Thạch": {"giám đốc sở y tế"}, "Hà Thị Mơ": set()}),
        # Two heads across a dash, the first with no body of its own: both of the body after
        # the second; not a Party head with another's, nor heads parted by "kiêm".
        ("Dự có ông Lò Văn Thạch, Phó Chủ tịch - Tổng Thư ký Liên hiệp các Hội Văn học Nghệ thuật tỉnh.",
         {"Lò Văn Thạch": {"phó chủ tịch liên hiệp các hội văn học nghệ thuật tỉnh",
                           "tổng thư ký liên hiệp các hội văn học nghệ thuật tỉnh"}}),
        ("Phát biểu tại hội nghị, Ủy viên – Thư ký Hội đồng khoa học tỉnh Hà Thị Mơ đề nghị bổ sung.",
         {"Hà Thị Mơ": {"ủy viên hội đồng khoa học tỉnh", "thư ký hội đồng khoa học tỉnh"}}),
        ("Dự có bà Hà Thị Mơ – Chủ tịch – Giám đốc Công ty TNHH MTV Cấp nước Lai Châu.",
         {"Hà Thị Mơ": {"chủ tịch công ty tnhh mtv cấp nước lai châu", "giám đốc công ty tnhh mtv cấp nước lai châu"}}),
        ("Dự có ông Lò Văn Thạch, Phó Bí thư – Chủ tịch UBND xã Mường So.",
         {"Lò Văn Thạch": {"phó bí thư", "chủ tịch ủy ban nhân dân xã mường so"}}),
        ("Dự có ông Quàng Văn Dũng, Phó Chủ tịch kiêm Tổng Thư ký Hội Sinh vật cảnh tỉnh.",
         {"Quàng Văn Dũng": {"phó chủ tịch", "tổng thư ký hội sinh vật cảnh tỉnh"}}),
        ("Dự có ông Lò Văn Thạch, Tỉnh ủy viên – Giám đốc Sở Y tế.",
         {"Lò Văn Thạch": {"tỉnh ủy viên", "giám đốc sở y tế"}}),
        # A second post after "kiêm"; the armed forces' heads.
        ("Dự có ông Lò Văn Thạch, Giám đốc Sở Y tế kiêm Chủ tịch Hội đồng khoa học tỉnh.",
         {"Lò Văn Thạch": {"giám đốc sở y tế", "chủ tịch hội đồng khoa học tỉnh"}}),
        ("Dự có Đại tá Lò Văn Thạch, Chính ủy Bộ Chỉ huy Quân sự tỉnh; Thiếu tướng Hà Văn Bốn, Phó Tư lệnh Quân khu 2.",
         {"Lò Văn Thạch": {"chính ủy bộ chỉ huy quân sự tỉnh"}, "Hà Văn Bốn": {"phó tư lệnh quân khu 2"}}),
        # How the post is held, an adviser written small, a committee's subjects listed.
        ("Dự có ông Lò Văn Thạch, Phó Bí thư chuyên trách Đảng ủy Khối các cơ quan tỉnh.",
         {"Lò Văn Thạch": {"phó bí thư chuyên trách đảng ủy khối các cơ quan tỉnh"}}),
        ("Dự có ông Lò Văn Thạch, cố vấn Ban Chỉ đạo chuyển đổi số tỉnh; bà Hà Thị Mơ, Trưởng BCĐ giảm nghèo, xây "
         "dựng nông thôn mới huyện Mường La.",
         {"Lò Văn Thạch": {"cố vấn ban chỉ đạo chuyển đổi số tỉnh"},
          "Hà Thị Mơ": {"trưởng ban chỉ đạo giảm nghèo, xây dựng nông thôn mới huyện mường la"}}),
        ("Dự có các chuyên gia cố vấn của dự án và ông Lò Văn Thạch.", {"Lò Văn Thạch": set()}),
        # A Party committee of a body whose name is abbreviated.
        ("Dự có ông Lò Văn Thạch, Bí thư Đảng ủy UBND tỉnh.",
         {"Lò Văn Thạch": {"bí thư đảng ủy ủy ban nhân dân tỉnh"}}),
        # An abbreviation the grammar does not know does not end the list of titles.
        ("Dự có đồng chí Lò Văn Thạch, UBTVV Tỉnh ủy, Phó Chủ tịch UBND tỉnh.",
         {"Lò Văn Thạch": {"phó chủ tịch ủy ban nhân dân tỉnh"}}),
        ("Dự có đồng chí Hà Thị Mơ, XYZT, Giám đốc Sở Nội vụ.", {"Hà Thị Mơ": {"giám đốc sở nội vụ"}}),
    ],
)
def test_titles_beside_names(text: str, expected: dict[str, set[str]]) -> None:
    got = roles_of(text)
    assert {n: got.get(n) for n in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Appointment and election wording.
        ("Tại đại hội, ông Lò Văn Thạch tái đắc cử Bí thư Huyện ủy Mường La khóa XX.",
         {"Lò Văn Thạch": {"bí thư huyện ủy mường la khóa xx"}}),
        ("Bà Hà Thị Mơ được bầu làm Chủ tịch Hội Liên hiệp Phụ nữ tỉnh nhiệm kỳ 2021-2026.",
         {"Hà Thị Mơ": {"chủ tịch hội liên hiệp phụ nữ tỉnh nhiệm kỳ 2021-2026"}}),
        ("Ông Quàng Văn Dũng được bổ nhiệm giữ chức Phó Giám đốc Sở Công Thương từ ngày 1/4.",
         {"Quàng Văn Dũng": {"phó giám đốc sở công thương"}}),
        ("Ông Lò Văn Thạch tái đắc cử chức Chủ tịch Liên đoàn Lao động tỉnh.",
         {"Lò Văn Thạch": {"chủ tịch liên đoàn lao động tỉnh"}}),
        # Who elects or appoints, between "được" and the verb; an aspect before it.
        ("Ông Lò Văn Thạch tiếp tục được Đại hội tín nhiệm bầu giữ chức Chủ tịch Hội Cựu chiến binh huyện.",
         {"Lò Văn Thạch": {"chủ tịch hội cựu chiến binh huyện"}}),
        ("Bà Hà Thị Mơ được Chủ tịch UBND tỉnh bổ nhiệm giữ chức Giám đốc Sở Y tế.",
         {"Hà Thị Mơ": {"giám đốc sở y tế"}}),
        ("Ông Quàng Văn Dũng được tín nhiệm bầu giữ chức danh Chủ tịch Hội Nông dân tỉnh.",
         {"Quàng Văn Dũng": {"chủ tịch hội nông dân tỉnh"}}),
        # ... not a praise or a choice that gives no post.
        ("Ông Lò Văn Thạch được tỉnh bầu chọn là điển hình tiên tiến.", {"Lò Văn Thạch": set()}),
        # The post held now, after a former one.
        ("Ông Lò Văn Thạch, nguyên Phó Chủ tịch UBND tỉnh, hiện là Giám đốc Sở Y tế.",
         {"Lò Văn Thạch": {"nguyên phó chủ tịch ủy ban nhân dân tỉnh", "giám đốc sở y tế"}}),
        # A post given after a list is every name's.
        ("Bà Hà Thị Mơ, Chủ tịch HĐND tỉnh; ông Lò Văn Thạch, Chủ tịch UBND tỉnh và ông Quàng Văn Dũng được bầu "
         "giữ chức Phó Bí thư Tỉnh ủy.",
         {"Hà Thị Mơ": {"chủ tịch hội đồng nhân dân tỉnh", "phó bí thư tỉnh ủy"},
          "Lò Văn Thạch": {"chủ tịch ủy ban nhân dân tỉnh", "phó bí thư tỉnh ủy"},
          "Quàng Văn Dũng": {"phó bí thư tỉnh ủy"}}),
        ("Ông Lò Văn Thạch và bà Hà Thị Mơ giữ chức Phó Giám đốc Sở Xây dựng.",
         {"Lò Văn Thạch": {"phó giám đốc sở xây dựng"}, "Hà Thị Mơ": {"phó giám đốc sở xây dựng"}}),
    ],
)
def test_appointments(text: str, expected: dict[str, set[str]]) -> None:
    got = roles_of(text)
    assert {n: got.get(n) for n in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A plural title heading a list belongs to every name in it, besides their own.
        ("Dự có các Ủy viên Ban Thường vụ Tỉnh ủy: Lò Văn Thạch, Phó Chủ tịch UBND tỉnh; Hà Thị Mơ, Trưởng Ban "
         "Nội chính Tỉnh ủy.",
         {"Lò Văn Thạch": {"ủy viên ban thường vụ tỉnh ủy", "phó chủ tịch ủy ban nhân dân tỉnh"},
          "Hà Thị Mơ": {"ủy viên ban thường vụ tỉnh ủy", "trưởng ban nội chính tỉnh ủy"}}),
        ("Tiếp đoàn có các Phó Giám đốc Sở Y tế: ông Lò Văn Thạch và bà Hà Thị Mơ.",
         {"Lò Văn Thạch": {"phó giám đốc sở y tế"}, "Hà Thị Mơ": {"phó giám đốc sở y tế"}}),
        ("Lãnh đạo Sở gồm 03 Phó Giám đốc gồm ông Lò Văn Thạch, bà Hà Thị Mơ và ông Quàng Văn Dũng.",
         {"Lò Văn Thạch": {"phó giám đốc"}, "Hà Thị Mơ": {"phó giám đốc"}, "Quàng Văn Dũng": {"phó giám đốc"}}),
        ("Hai Phó Giám đốc mới của Sở Nội vụ là bà Hà Thị Mơ (sinh năm 1980) và ông Lò Văn Thạch (sinh năm 1979).",
         {"Hà Thị Mơ": {"phó giám đốc sở nội vụ"}, "Lò Văn Thạch": {"phó giám đốc sở nội vụ"}}),
        ("Dự có các đồng chí Phó Chủ tịch UBND tỉnh Lò Văn Thạch và Hà Thị Mơ.",
         {"Lò Văn Thạch": {"phó chủ tịch ủy ban nhân dân tỉnh"}, "Hà Thị Mơ": {"phó chủ tịch ủy ban nhân dân tỉnh"}}),
        # No plural, no heading: the title before the first name is that name's alone.
        ("Sáng 15/3 Phó Chủ tịch UBND tỉnh Lò Văn Thạch và ông Quàng Văn Dũng đã đến thăm.",
         {"Lò Văn Thạch": {"phó chủ tịch ủy ban nhân dân tỉnh"}, "Quàng Văn Dũng": set()}),
        ("Dự có Phó Chủ tịch UBND tỉnh Lò Văn Thạch và ông Quàng Văn Dũng, Giám đốc Sở Nội vụ.",
         {"Lò Văn Thạch": {"phó chủ tịch ủy ban nhân dân tỉnh"}, "Quàng Văn Dũng": {"giám đốc sở nội vụ"}}),
    ],
)
def test_headings(text: str, expected: dict[str, set[str]]) -> None:
    got = roles_of(text)
    assert {n: got.get(n) for n in expected} == expected


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # A given name alone after an honorific takes the post an appointment gives it.
        ("Bà Hà Thị Mơ có trình độ thạc sĩ. Trước đó, bà Mơ giữ chức Trưởng phòng Tổ chức cán bộ, Sở Nội vụ.",
         "Hà Thị Mơ", "trưởng phòng tổ chức cán bộ, sở nội vụ"),
        ("Ông Lò Văn Thạch sinh năm 1975. Năm 2020, ông Thạch được bổ nhiệm làm Phó Giám đốc Sở Y tế.",
         "Lò Văn Thạch", "phó giám đốc sở y tế"),
    ],
)
def test_a_given_name_alone_takes_its_appointment(text: str, name: str, role: str) -> None:
    assert role in roles_of(text)[name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A form of address alone as the subject of an appointment: the nearest person
        # before it named with it.
        ("Ông Lò Văn Thạch có trình độ thạc sĩ. Trước khi được bổ nhiệm, ông giữ chức vụ Trưởng phòng Kế hoạch, "
         "Sở Tài chính.", {"Lò Văn Thạch": {"trưởng phòng kế hoạch, sở tài chính"}}),
        ("Bà Hà Thị Mơ sinh năm 1980. Bà từng giữ chức Phó Chánh Văn phòng UBND tỉnh.",
         {"Hà Thị Mơ": {"phó chánh văn phòng ủy ban nhân dân tỉnh"}}),
        ("Dự có ông Lò Văn Thạch và bà Hà Thị Mơ. Trước đó, bà giữ chức Phó Giám đốc Sở Y tế.",
         {"Lò Văn Thạch": set(), "Hà Thị Mơ": {"phó giám đốc sở y tế"}}),
        # ... not another form of address, several people, nor a pronoun that gets no post.
        ("Ông Lò Văn Thạch phát biểu. Sau đó, bà giữ chức Phó Giám đốc Sở Y tế.", {"Lò Văn Thạch": set()}),
        ("Ông Lò Văn Thạch dự. Các ông giữ chức vụ lãnh đạo Sở Y tế đều dự.", {"Lò Văn Thạch": set()}),
        ("Đồng chí Lò Văn Thạch phát biểu. Theo ông, năm nay Sở Y tế đạt nhiều kết quả.", {"Lò Văn Thạch": set()}),
    ],
)
def test_a_pronoun_takes_its_appointment(text: str, expected: dict[str, set[str]]) -> None:
    got = roles_of(text)
    assert {n: got.get(n) for n in expected} == expected


# ------------------------------------------------------------------ round four: boundaries and far posts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two titles with nothing between: the first one's body ends where a capitalised head
        # begins the second, before the name or after it.
        ("Phó Chủ tịch UBND tỉnh Trưởng Ban Chỉ đạo chuyển đổi số tỉnh Lò Văn Thạch phát biểu.",
         {"Lò Văn Thạch": {"phó chủ tịch ủy ban nhân dân tỉnh", "trưởng ban chỉ đạo chuyển đổi số tỉnh"}}),
        ("Bà Hà Thị Mơ, Bí thư Huyện ủy Chủ tịch HĐND huyện Mường Tè phát biểu.",
         {"Hà Thị Mơ": {"bí thư huyện ủy", "chủ tịch hội đồng nhân dân huyện mường tè"}}),
        # ... not a head written small after it: a function at the meeting or in a task.
        ("Bà Hà Thị Mơ, Giám đốc Sở Y tế chủ nhiệm đề tài báo cáo kết quả.", {"Hà Thị Mơ": {"giám đốc sở y tế"}}),
        # A title runs into no act of a ceremony after it.
        ("Ông Lò Văn Thạch, Giám đốc Sở Y tế khánh thành công trình.", {"Lò Văn Thạch": {"giám đốc sở y tế"}}),
        ("Bà Hà Thị Mơ, Chủ tịch Công đoàn ngành Y tế bấm nút khởi động hệ thống.",
         {"Hà Thị Mơ": {"chủ tịch công đoàn ngành y tế"}}),
        ("Bà Lường Thị Sen, Trưởng phòng Nội vụ phát lệnh khởi công.", {"Lường Thị Sen": {"trưởng phòng nội vụ"}}),
        # A number after a body's name is the unit's; not what it counts.
        ("Bà Hà Thị Mơ, Giám đốc Trung tâm Ứng dụng KH&CN 3 phát biểu.",
         {"Hà Thị Mơ": {"giám đốc trung tâm ứng dụng khoa học và công nghệ 3"}}),
        ("Ông Cầm Văn Khôi, Đội trưởng Đội 5 trao quà.", {"Cầm Văn Khôi": {"đội trưởng đội 5"}}),
        ("Bà Lường Thị Sen, Giám đốc Trung tâm Y tế khu vực 2 phát biểu.",
         {"Lường Thị Sen": {"giám đốc trung tâm y tế khu vực 2"}}),
        ("Bà Hà Thị Mơ, Trưởng khu phố 3 phát biểu.", {"Hà Thị Mơ": {"trưởng khu phố 3"}}),
        ("Ông Lò Văn Thạch, Giám đốc Sở Y tế 5 năm qua đã nỗ lực.", {"Lò Văn Thạch": {"giám đốc sở y tế"}}),
        ("Ông Lò Văn Thạch, Giám đốc Sở Y tế 2023 đã ký.", {"Lò Văn Thạch": {"giám đốc sở y tế"}}),
        # The posts of an office's staff, written small; a profession is none.
        ("Bà Hà Thị Mơ – Thủ quỹ phòng Hành chính, Sở Y tế nhận giấy khen.",
         {"Hà Thị Mơ": {"thủ quỹ phòng hành chính, sở y tế"}}),
        ("Ông Lò Văn Thạch, kế toán Trường THCS Chiềng Lề; bà Hà Thị Mơ, văn thư UBND xã Chiềng Cơi nhận giấy khen.",
         {"Lò Văn Thạch": {"kế toán trường trung học cơ sở chiềng lề"},
          "Hà Thị Mơ": {"văn thư ủy ban nhân dân xã chiềng cơi"}}),
        ("Ông Cầm Văn Khôi, kỹ sư Công ty Điện lực phát biểu.", {"Cầm Văn Khôi": set()}),
        ("Ông Cầm Văn Khôi, bác sĩ Bệnh viện Đa khoa tỉnh phát biểu.", {"Cầm Văn Khôi": set()}),
        # ... and the field of a unit that is such a post too.
        ("Bà Lường Thị Sen, Phó Trưởng phòng Hành chính - Kế toán Sở Y tế phát biểu.",
         {"Lường Thị Sen": {"phó trưởng phòng hành chính - kế toán sở y tế"}}),
        ("Bà Lường Thị Sen, Trưởng phòng Kế toán, Sở Tài chính phát biểu.",
         {"Lường Thị Sen": {"trưởng phòng kế toán, sở tài chính"}}),
        # A body's name that a line break cuts after its noun.
        ("Ông Lò Văn Thạch, Phó Giám đốc Sở\nTài chính phát biểu.", {"Lò Văn Thạch": {"phó giám đốc sở tài chính"}}),
        ("Bà Hà Thị Mơ, Trưởng Ban\nTuyên giáo Tỉnh ủy phát biểu.", {"Hà Thị Mơ": {"trưởng ban tuyên giáo tỉnh ủy"}}),
        # ... not a new paragraph.
        ("Ông Lò Văn Thạch, Giám đốc Sở\nHội nghị đã thành công tốt đẹp.", {"Lò Văn Thạch": {"giám đốc sở"}}),
    ],
)
def test_title_boundaries(text: str, expected: dict[str, set[str]]) -> None:
    got = roles_of(text)
    assert {n: got.get(n) for n in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A plural title heading a list whose items a dash parts, glued to the name or not:
        # every item holds it, and a title after an item's dash is that item's.
        ("Dự có các Phó Chủ tịch UBND tỉnh: Lò Văn Thạch- Giám đốc Sở Tài chính, Cầm Văn Khôi, Lường Thị Sen.",
         {"Lò Văn Thạch": {"phó chủ tịch ủy ban nhân dân tỉnh", "giám đốc sở tài chính"},
          "Cầm Văn Khôi": {"phó chủ tịch ủy ban nhân dân tỉnh"}, "Lường Thị Sen": {"phó chủ tịch ủy ban nhân dân tỉnh"}}),
        ("Dự có các Phó Chủ tịch UBND tỉnh: Lò Văn Thạch- Giám đốc Sở Tài chính- Cầm Văn Khôi- Lường Thị Sen.",
         {"Lò Văn Thạch": {"phó chủ tịch ủy ban nhân dân tỉnh", "giám đốc sở tài chính"},
          "Cầm Văn Khôi": {"phó chủ tịch ủy ban nhân dân tỉnh"}, "Lường Thị Sen": {"phó chủ tịch ủy ban nhân dân tỉnh"}}),
        ("Tiếp đoàn có các Phó Giám đốc Sở Y tế: Hà Thị Mơ - Quàng Văn Dũng - Lò Văn Thạch.",
         {"Hà Thị Mơ": {"phó giám đốc sở y tế"}, "Quàng Văn Dũng": {"phó giám đốc sở y tế"},
          "Lò Văn Thạch": {"phó giám đốc sở y tế"}}),
        # ... a title between two names with a dash on its far side alone is the next name's.
        ("Dự có ông Quàng Văn Dũng, Phó Thủ tướng Chính phủ - Lò Văn Thạch.",
         {"Quàng Văn Dũng": set(), "Lò Văn Thạch": {"phó thủ tướng chính phủ"}}),
    ],
)
def test_dashed_lists(text: str, expected: dict[str, set[str]]) -> None:
    got = roles_of(text)
    assert {n: got.get(n) for n in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An appointment further on in the subject's sentence, which the subject receives or holds.
        ("Ông Lò Văn Thạch đến nhận công tác tại Sở Y tế để bổ nhiệm giữ chức vụ Giám đốc Sở Y tế.",
         {"Lò Văn Thạch": {"giám đốc sở y tế"}}),
        ("Bà Hà Thị Mơ được điều động đến Sở Tài chính và được bổ nhiệm giữ chức vụ Phó Giám đốc Sở Tài chính.",
         {"Hà Thị Mơ": {"phó giám đốc sở tài chính"}}),
        ("Ông Cầm Văn Khôi, Phó Giám đốc Sở Nội vụ được điều động về Sở Tư pháp và giữ chức vụ Giám đốc Sở Tư pháp.",
         {"Cầm Văn Khôi": {"phó giám đốc sở nội vụ", "giám đốc sở tư pháp"}}),
        # ... the nearest name before it, not one before another name.
        ("Ông Lò Văn Thạch trao quyết định điều động bà Hà Thị Mơ về Sở Y tế và bổ nhiệm giữ chức vụ Phó Giám đốc "
         "Sở Y tế.", {"Lò Văn Thạch": set(), "Hà Thị Mơ": {"phó giám đốc sở y tế"}}),
        # ... not a task of the subject's, a post given to someone named after it, nor a later sentence.
        ("Ông Lò Văn Thạch cho biết sẽ hoàn thiện quy trình để bổ nhiệm Giám đốc Sở Y tế.", {"Lò Văn Thạch": set()}),
        ("Ông Lò Văn Thạch, Chủ tịch UBND tỉnh trao quyết định và bổ nhiệm chức vụ Phó Giám đốc Sở cho bà Hà Thị Mơ.",
         {"Lò Văn Thạch": {"chủ tịch ủy ban nhân dân tỉnh"}}),
        ("Ông Lò Văn Thạch đề nghị các đơn vị phát huy năng lực. Và được bổ nhiệm làm Giám đốc Sở.",
         {"Lò Văn Thạch": set()}),
    ],
)
def test_later_appointments(text: str, expected: dict[str, set[str]]) -> None:
    got = roles_of(text)
    assert {n: got.get(n) for n in expected} == expected
