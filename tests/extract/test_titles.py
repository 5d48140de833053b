from __future__ import annotations

import pytest

from kg.extract.titles import expand, parse_title, title_parts
from kg.normalize import fold


def parse(text: str) -> tuple[str | None, str | None, str | None]:
    view = fold(text)
    t = parse_title(view, 0)
    if t is None:
        return None, None, None
    full, org, _ = title_parts(view, t)
    return view[t.start:t.end], full, org


@pytest.mark.parametrize(
    ("text", "written", "full", "org"),
    [
        ("Phó Chủ tịch UBND tỉnh Trà Vinh đã biểu dương", "Phó Chủ tịch UBND tỉnh Trà Vinh",
         "Phó Chủ tịch Ủy ban nhân dân tỉnh Trà Vinh", "Ủy ban nhân dân tỉnh Trà Vinh"),
        ("Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch", "Ủy viên Ban Thường vụ Tỉnh ủy",
         "Ủy viên Ban Thường vụ Tỉnh ủy", "Ban Thường vụ Tỉnh ủy"),
        ("Tỉnh ủy viên, Giám đốc Sở", "Tỉnh ủy viên", "Tỉnh ủy viên", "Tỉnh ủy"),
        # A sister city's mayor and deputy mayor.
        ("Thị trưởng thành phố Gwangju làm trưởng đoàn", "Thị trưởng thành phố Gwangju",
         "Thị trưởng thành phố Gwangju", "thành phố Gwangju"),
        ("Phó Thị trưởng thành phố Vientiane phát biểu", "Phó Thị trưởng thành phố Vientiane",
         "Phó Thị trưởng thành phố Vientiane", "thành phố Vientiane"),
        ("TUV, Phó Chủ tịch", "TUV", "Tỉnh ủy viên", "Tỉnh ủy"),
        ("PGĐ Sở KH&CN phát biểu", "PGĐ Sở KH&CN", "Phó Giám đốc Sở Khoa học và Công nghệ",
         "Sở Khoa học và Công nghệ"),
        ("Giám đốc Sở KH-CN làm Trưởng ban", "Giám đốc Sở KH-CN", "Giám đốc Sở Khoa học và Công nghệ",
         "Sở Khoa học và Công nghệ"),
        ("Phó Cục trưởng Cục KH&CN các ngành kinh tế - kỹ thuật; Đ/c",
         "Phó Cục trưởng Cục KH&CN các ngành kinh tế - kỹ thuật",
         "Phó Cục trưởng Cục Khoa học và Công nghệ các ngành kinh tế - kỹ thuật",
         "Cục Khoa học và Công nghệ các ngành kinh tế - kỹ thuật"),
        ("Chủ tịch Hội đồng KH&CN thành phố nhiệm kỳ 2020-2025 chủ trì",
         "Chủ tịch Hội đồng KH&CN thành phố nhiệm kỳ 2020-2025",
         "Chủ tịch Hội đồng Khoa học và Công nghệ thành phố nhiệm kỳ 2020-2025",
         "Hội đồng Khoa học và Công nghệ thành phố nhiệm kỳ 2020-2025"),
        ("Chủ tịch UBND tỉnh và Phó Chủ tịch", "Chủ tịch UBND tỉnh", "Chủ tịch Ủy ban nhân dân tỉnh",
         "Ủy ban nhân dân tỉnh"),
        ("Giám đốc Sở và ban lãnh đạo Sở", "Giám đốc Sở", "Giám đốc Sở", "Sở"),
        ("Phó Chủ tịch UBND TP HCM, cho biết", "Phó Chủ tịch UBND TP HCM",
         "Phó Chủ tịch Ủy ban nhân dân Thành phố HCM", "Ủy ban nhân dân Thành phố HCM"),
        ("Bộ trưởng làm trưởng đoàn", "Bộ trưởng", "Bộ trưởng", None),
        ("Trưởng Đoàn đại biểu Quốc hội tỉnh; các", "Trưởng Đoàn đại biểu Quốc hội tỉnh",
         "Trưởng Đoàn đại biểu Quốc hội tỉnh", "Đoàn đại biểu Quốc hội tỉnh"),
        ("nguyên Giám đốc Sở Tài chính cùng dự", "nguyên Giám đốc Sở Tài chính", "nguyên Giám đốc Sở Tài chính",
         "Sở Tài chính"),
        ("Uỷ viên Trung ương Đảng, Bộ trưởng", "Ủy viên Trung ương Đảng", "Ủy viên Trung ương Đảng", None),
        # A unit, a comma, the body it belongs to: one title.
        ("Trưởng khoa Công nghệ Thông tin, Trường Đại học Cần Thơ", "Trưởng khoa Công nghệ Thông tin, Trường Đại học Cần Thơ",
         "Trưởng khoa Công nghệ Thông tin, Trường Đại học Cần Thơ", "Khoa Công nghệ Thông tin, Trường Đại học Cần Thơ"),
        ("Phó Chánh án Tòa án nhân dân tỉnh phát biểu", "Phó Chánh án Tòa án nhân dân tỉnh",
         "Phó Chánh án Tòa án nhân dân tỉnh", "Tòa án nhân dân tỉnh"),
        ("Phó Thống đốc Ngân hàng Nhà nước Việt Nam cho biết", "Phó Thống đốc Ngân hàng Nhà nước Việt Nam",
         "Phó Thống đốc Ngân hàng Nhà nước Việt Nam", "Ngân hàng Nhà nước Việt Nam"),
        ("Tổng Biên tập Báo Khoa học và Phát triển cho biết", "Tổng Biên tập Báo Khoa học và Phát triển",
         "Tổng Biên tập Báo Khoa học và Phát triển", "Báo Khoa học và Phát triển"),
        ("Phó Trưởng Công an tỉnh dự", "Phó Trưởng Công an tỉnh", "Phó Trưởng Công an tỉnh", "Công an tỉnh"),
        # Inside a body's name only a word's first syllable is capitalised.
        ("Chủ tịch Viện Hàn lâm Khoa học và Công nghệ Việt Nam phát biểu",
         "Chủ tịch Viện Hàn lâm Khoa học và Công nghệ Việt Nam", "Chủ tịch Viện Hàn lâm Khoa học và Công nghệ Việt Nam",
         "Viện Hàn lâm Khoa học và Công nghệ Việt Nam"),
        ("Giám đốc Kho bạc Nhà nước tỉnh dự", "Giám đốc Kho bạc Nhà nước tỉnh", "Giám đốc Kho bạc Nhà nước tỉnh",
         "Kho bạc Nhà nước tỉnh"),
        ("Chi cục trưởng Chi cục Kiểm lâm tỉnh cho biết", "Chi cục trưởng Chi cục Kiểm lâm tỉnh",
         "Chi cục trưởng Chi cục Kiểm lâm tỉnh", "Chi cục Kiểm lâm tỉnh"),
        ("Giám đốc Sở Văn hóa, Thể thao và Du lịch cho biết", "Giám đốc Sở Văn hóa, Thể thao và Du lịch",
         "Giám đốc Sở Văn hóa, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch"),
        ("Giám đốc Sở Văn hóa, đồng chí", "Giám đốc Sở Văn hóa", "Giám đốc Sở Văn hóa", "Sở Văn hóa"),
        # How the post is held, between the head and its body: the post's, not the body's.
        ("Phó Bí thư chuyên trách Đảng ủy Khối các cơ quan tỉnh phát biểu",
         "Phó Bí thư chuyên trách Đảng ủy Khối các cơ quan tỉnh", "Phó Bí thư chuyên trách Đảng ủy Khối các cơ quan tỉnh",
         "Đảng ủy Khối các cơ quan tỉnh"),
        ("Ủy viên chuyên trách UBKT Tỉnh ủy dự", "Ủy viên chuyên trách UBKT Tỉnh ủy",
         "Ủy viên chuyên trách Ủy ban Kiểm tra Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy"),
        ("Phó Chủ tịch không chuyên trách Hội Nông dân xã, ông", "Phó Chủ tịch không chuyên trách Hội Nông dân xã",
         "Phó Chủ tịch không chuyên trách Hội Nông dân xã", "Hội Nông dân xã"),
        # A Party committee of a body whose name is abbreviated.
        ("Bí thư Đảng ủy UBND tỉnh cho biết", "Bí thư Đảng ủy UBND tỉnh", "Bí thư Đảng ủy Ủy ban nhân dân tỉnh",
         "Đảng ủy Ủy ban nhân dân tỉnh"),
        # Party cells and committees, boards, a delegation, a term.
        ("Bí thư Chi bộ, Phó Giám đốc Sở", "Bí thư Chi bộ", "Bí thư Chi bộ", "Chi bộ"),
        ("Ủy viên Ban Chấp hành Đảng bộ tỉnh, Bí thư", "Ủy viên Ban Chấp hành Đảng bộ tỉnh",
         "Ủy viên Ban Chấp hành Đảng bộ tỉnh", "Ban Chấp hành Đảng bộ tỉnh"),
        ("Chủ tịch Hội đồng quản trị Công ty cổ phần Dược Hậu Giang cho biết",
         "Chủ tịch Hội đồng quản trị Công ty cổ phần Dược Hậu Giang",
         "Chủ tịch Hội đồng quản trị Công ty cổ phần Dược Hậu Giang",
         "Hội đồng quản trị Công ty cổ phần Dược Hậu Giang"),
        ("Phó Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh dự", "Phó Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh",
         "Phó Chánh Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh",
         "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh"),
        ("Đại biểu Quốc hội khóa XV phát biểu", "Đại biểu Quốc hội khóa XV", "Đại biểu Quốc hội khóa XV", None),
        ("Giám đốc Sở khóa họp trước", "Giám đốc Sở", "Giám đốc Sở", "Sở"),
        # A head's last word that begins the body's name keeps its capital as written.
        ("Trưởng Ban Tuyên giáo Tỉnh uỷ phát biểu", "Trưởng Ban Tuyên giáo Tỉnh ủy", "Trưởng Ban Tuyên giáo Tỉnh ủy",
         "Ban Tuyên giáo Tỉnh ủy"),
        ("Phó Trưởng Ban Dân vận Tỉnh ủy dự", "Phó Trưởng Ban Dân vận Tỉnh ủy", "Phó Trưởng Ban Dân vận Tỉnh ủy",
         "Ban Dân vận Tỉnh ủy"),
        ("Trưởng phòng Kế hoạch cho biết", "Trưởng phòng Kế hoạch", "Trưởng phòng Kế hoạch", "Phòng Kế hoạch"),
        ("Trưởng Ban.", "Trưởng Ban", "Trưởng ban", "Ban"),
    ],
)
def test_titles(text: str, written: str, full: str, org: str | None) -> None:
    assert parse(text) == (written, full, org)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # The body runs from its head noun over lower-case words to a boundary.
        ("Phó Cục trưởng Cục Năng lượng nguyên tử phát biểu", "Phó Cục trưởng Cục Năng lượng nguyên tử"),
        ("Giám đốc Quỹ Phát triển khoa học và công nghệ tỉnh đánh giá cao", "Giám đốc Quỹ Phát triển khoa học và công nghệ tỉnh"),
        ("Phó Cục trưởng Cục quản lý thị trường phía Bắc (Bộ Công Thương)",
         "Phó Cục trưởng Cục quản lý thị trường phía Bắc"),
        ("Giám đốc Trung tâm xúc tiến đầu tư thuộc Sở Kế hoạch và Đầu tư tỉnh Hòa Bình chủ trì",
         "Giám đốc Trung tâm xúc tiến đầu tư thuộc Sở Kế hoạch và Đầu tư tỉnh Hòa Bình"),
        # The second syllable of a capitalised word: "Hội thi", "Chương trình".
        ("Trưởng Ban tổ chức Hội thi đã họp", "Trưởng Ban tổ chức Hội thi"),
        ("Phó Giám đốc Văn phòng các Chương trình trọng điểm quốc gia (ngồi giữa)",
         "Phó Giám đốc Văn phòng các Chương trình trọng điểm quốc gia"),
        # A name of capitalised words or an abbreviation: a lower-case word after it ends it.
        ("Viện trưởng Viện Ứng dụng Công nghệ trân trọng cảm ơn", "Viện trưởng Viện Ứng dụng Công nghệ"),
        ("Giám đốc Sở KH&CN kể lại", "Giám đốc Sở KH&CN"),
        # Numbers in a name: "Ban Chỉ đạo 35", "Nghị quyết 57".
        ("Trưởng Ban Chỉ đạo 35 Đảng ủy Khối phát biểu", "Trưởng Ban Chỉ đạo 35 Đảng ủy Khối"),
        ("Phó Trưởng Ban Chỉ đạo Nghị quyết 57 tỉnh; các", "Phó Trưởng Ban Chỉ đạo Nghị quyết 57 tỉnh"),
        ("Hiệu trưởng Trường THCS số 2 thị trấn Mường Khương dự", "Hiệu trưởng Trường THCS số 2 thị trấn Mường Khương"),
        # ... and after a capitalised word's second syllable, where the number ends the name.
        ("Phó Tư lệnh Quân khu 2.", "Phó Tư lệnh Quân khu 2"),
        ("Chính ủy Quân đoàn 12, ông", "Chính ủy Quân đoàn 12"),
        # ... but not a number after a verb or before a measure.
        ("Bộ trưởng Bộ Khoa học và Công nghệ thành lập 4 tổ công tác", "Bộ trưởng Bộ Khoa học và Công nghệ"),
        ("Giám đốc Sở Y tế 5 năm qua", "Giám đốc Sở Y tế"),
        # A committee named by its subject ("về ..."); "về" + a verb is no subject.
        ("Trưởng Ban Chỉ đạo về chuyển đổi số tỉnh Bình Phước nhấn mạnh",
         "Trưởng Ban Chỉ đạo về chuyển đổi số tỉnh Bình Phước"),
        ("Phó Trưởng ban Ban Chỉ đạo về phòng, chống thiên tai", "Phó Trưởng ban Ban Chỉ đạo về phòng, chống thiên tai"),
        ("Giám đốc Sở Y tế về dự", "Giám đốc Sở Y tế"),
        # The word after a committee's noun names what it does, verb or not.
        ("Trưởng Ban chỉ đạo Nghị quyết 57 tỉnh báo cáo", "Trưởng Ban chỉ đạo Nghị quyết 57 tỉnh"),
        ("Chủ tịch Hội đồng tư vấn giám định cho biết", "Chủ tịch Hội đồng tư vấn giám định"),
        # ... and so does the word after its function, where what it carries out is named.
        ("Trưởng Ban Chỉ đạo thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững tỉnh chủ trì",
         "Trưởng Ban Chỉ đạo thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững tỉnh"),
        ("Chủ tịch Hội đồng tư vấn xác định nhiệm vụ môi trường cấp huyện cho biết",
         "Chủ tịch Hội đồng tư vấn xác định nhiệm vụ môi trường cấp huyện"),
        ("Trưởng Ban Chỉ đạo thực hiện các nhiệm vụ đã đề ra", "Trưởng Ban Chỉ đạo"),
        ("Trưởng Ban Chỉ đạo chủ trì hội nghị", "Trưởng Ban Chỉ đạo"),
        # ... and is no sign of a name written all in capitals.
        ("Trưởng Ban Chỉ đạo Chương trình mục tiêu quốc gia xây dựng nông thôn mới tỉnh chủ trì",
         "Trưởng Ban Chỉ đạo Chương trình mục tiêu quốc gia xây dựng nông thôn mới tỉnh"),
        ("Phó Trưởng Ban Tổ chức Hội thi sáng tạo kỹ thuật tỉnh phát biểu",
         "Phó Trưởng Ban Tổ chức Hội thi sáng tạo kỹ thuật tỉnh"),
        # A committee's subjects listed with commas, up to the place that closes its body,
        # or, named by its subject ("về ..."), up to the clause that goes on.
        ("Trưởng BCĐ các chương trình mục tiêu quốc gia giảm nghèo, xây dựng nông thôn mới, phát triển vùng "
         "dân tộc huyện Mường Tè, phát biểu",
         "Trưởng BCĐ các chương trình mục tiêu quốc gia giảm nghèo, xây dựng nông thôn mới, phát triển vùng "
         "dân tộc huyện Mường Tè"),
        ("Phó Trưởng Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh cho biết",
         "Phó Trưởng Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh"),
        ("Trưởng Ban Chỉ đạo giảm nghèo, xây dựng nông thôn mới và phát triển vùng đồng bào tỉnh Sơn La dự",
         "Trưởng Ban Chỉ đạo giảm nghèo, xây dựng nông thôn mới và phát triển vùng đồng bào tỉnh Sơn La"),
        ("cố vấn Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực, Bộ trưởng",
         "cố vấn Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực"),
        # ... capitalised where the subject before the comma is a name, up to the level.
        ("Phó Trưởng Ban tổ chức Hội thi, Cuộc thi cấp tỉnh và các thành viên", "Phó Trưởng Ban tổ chức Hội thi, Cuộc thi cấp tỉnh"),
        ("Trưởng Ban Tổ chức Liên hoan, Hội diễn huyện Mường La phát biểu",
         "Trưởng Ban Tổ chức Liên hoan, Hội diễn huyện Mường La"),
        ("Trưởng Ban Tổ chức Hội thi, Giám đốc Sở Y tế", "Trưởng Ban Tổ chức Hội thi"),
        # ... not the people after a committee ("Ban chỉ đạo, đại diện ..."), nor after a body
        # that is no committee, nor a list that reaches no place.
        ("Trưởng Ban chỉ đạo chuyển đổi số, đại diện lãnh đạo các phòng, ban huyện",
         "Trưởng Ban chỉ đạo chuyển đổi số"),
        ("Trưởng Ban chỉ đạo, xây dựng nông thôn mới huyện", "Trưởng Ban chỉ đạo"),
        ("Giám đốc Sở Y tế, xây dựng nông thôn mới tỉnh", "Giám đốc Sở Y tế"),
        ("Trưởng Ban Chỉ đạo giảm nghèo, xây dựng nông thôn mới. Tại hội nghị", "Trưởng Ban Chỉ đạo giảm nghèo"),
        # A place closes the body: "tỉnh", "huyện X", "TP. Cần Thơ", then only the term.
        ("Giám đốc Sở KH&CN TP. Cần Thơ cho biết", "Giám đốc Sở KH&CN TP. Cần Thơ"),
        ("Chủ tịch UBND TP.Cần Thơ phát biểu", "Chủ tịch UBND TP.Cần Thơ"),
        ("Phó Chủ tịch UBND huyện. Ông", "Phó Chủ tịch UBND huyện"),
        ("Chủ tịch UBND huyện Mường Tè, tỉnh Lai Châu phát biểu", "Chủ tịch UBND huyện Mường Tè, tỉnh Lai Châu"),
        ("Phó Chủ tịch UBND tỉnh chỉ đạo các sở", "Phó Chủ tịch UBND tỉnh"),
        ("Phó Bí thư Tỉnh ủy khóa XVI, đều đạt", "Phó Bí thư Tỉnh ủy khóa XVI"),
        ("Phó Chủ tịch HĐND tỉnh khóa XV, nhiệm kỳ 2021-2026 phát biểu", "Phó Chủ tịch HĐND tỉnh khóa XV, nhiệm kỳ 2021-2026"),
        ("Chủ tịch Hội Nông dân huyện khóa IX, nhiệm kỳ 2023-2028; ông", "Chủ tịch Hội Nông dân huyện khóa IX, nhiệm kỳ 2023-2028"),
        ("Bí thư Huyện ủy khóa XX, nhiệm vụ trọng tâm", "Bí thư Huyện ủy khóa XX"),
        ("Chủ tịch Hội đồng thi đua khen thưởng cấp huyện cho biết", "Chủ tịch Hội đồng thi đua khen thưởng cấp huyện"),
        ("Bí thư Tỉnh đoàn Điện Biên tặng quà", "Bí thư Tỉnh đoàn Điện Biên"),
        # A dash inside a name goes on; before a verb, a position or a name it ends the title.
        ("Trưởng phòng Kế hoạch – Tài chính phát biểu", "Trưởng phòng Kế hoạch – Tài chính"),
        ("Chủ tịch Hội đồng – Chủ trì cuộc họp", "Chủ tịch Hội đồng"),
        ("Chủ tịch Hội Nông dân tỉnh Hà Giang -Phát biểu", "Chủ tịch Hội Nông dân tỉnh Hà Giang"),
        # A unit, a comma and the body it belongs to; a comma before another post ends it.
        ("Trưởng phòng Tổ chức cán bộ, Sở Nội vụ tỉnh Yên Bái; ông", "Trưởng phòng Tổ chức cán bộ, Sở Nội vụ tỉnh Yên Bái"),
        ("Giám đốc Sở Nội vụ, Trưởng ban Thi đua", "Giám đốc Sở Nội vụ"),
        ("Giám đốc Sở Tài chính, Sở Y tế", "Giám đốc Sở Tài chính"),
        # "kiêm" joins a second post: no part of the first.
        ("Giám đốc Sở Tư pháp kiêm Chủ tịch Hội đồng phối hợp", "Giám đốc Sở Tư pháp"),
        ("Phó Giám đốc Sở Y tế kiêm Giám đốc Bệnh viện Đa khoa tỉnh", "Phó Giám đốc Sở Y tế"),
        # "và" goes on into a field of the name, never into a person or another post.
        ("Phó Vụ trưởng và ông Lò Văn Thạch", "Phó Vụ trưởng"),
        ("Giám đốc Sở Y tế và các đồng chí", "Giám đốc Sở Y tế"),
        ("Giám đốc Sở Nông nghiệp và Môi trường tỉnh", "Giám đốc Sở Nông nghiệp và Môi trường tỉnh"),
        # A place goes on into the place above it, never below.
        ("Chủ tịch UBND xã Tân Phú, huyện Đồng Phú dự", "Chủ tịch UBND xã Tân Phú, huyện Đồng Phú"),
        ("Chủ tịch UBND huyện Đồng Phú, xã Tân Phú dự", "Chủ tịch UBND huyện Đồng Phú"),
        # A coordination starts its part with a capital: the lower-case words after it go on.
        ("Giám đốc Trung tâm Thông tin và Ứng dụng tiến bộ KH&CN tỉnh cho biết",
         "Giám đốc Trung tâm Thông tin và Ứng dụng tiến bộ KH&CN tỉnh"),
        ("Giám đốc Công ty TNHH MTV Xổ số kiến thiết tỉnh Trà Vinh", "Giám đốc Công ty TNHH MTV Xổ số kiến thiết tỉnh Trà Vinh"),
        ("Giám đốc Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh cho biết",
         "Giám đốc Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh"),
        # A post that is new of a body: the words between are passed over.
        ("Phó Giám đốc mới của Sở Nội vụ là", "Phó Giám đốc mới của Sở Nội vụ"),
        # Abbreviations with dots.
        ("Ủy viên dự khuyết Trung ương Đảng, Bí thư", "Ủy viên dự khuyết Trung ương Đảng"),
        ("Ủy viên Dự khuyết T.Ư Đảng, Bí thư", "Ủy viên Dự khuyết T.Ư Đảng"),
        ("Trưởng Ban Chỉ đạo phát triển S.T.I.D tỉnh Gia Lai", "Trưởng Ban Chỉ đạo phát triển S.T.I.D tỉnh Gia Lai"),
        ("PCT. UBND huyện Mường Lát, ông", "PCT. UBND huyện Mường Lát"),
        ("PGĐ. Sở Tư pháp; ông", "PGĐ. Sở Tư pháp"),
    ],
)
def test_body_extent(text: str, written: str) -> None:
    assert parse(text)[0] == written


@pytest.mark.parametrize("text", ["Trưởng đoàn đã có buổi làm việc", "trưởng đoàn công tác", "Trưởng", "phát biểu",
                                  "Đại diện lãnh đạo Sở", "Phó Trưởng đoàn công tác", "Phó Trưởng"])
def test_not_titles(text: str) -> None:
    assert parse(text)[0] is None


@pytest.mark.parametrize(
    ("text", "expanded"),
    [
        ("UBND tỉnh", "Ủy ban nhân dân tỉnh"),
        ("Sở KH&CN", "Sở Khoa học và Công nghệ"),
        ("Sở KH & CN", "Sở Khoa học và Công nghệ"),
        ("Sở KHCN", "Sở Khoa học và Công nghệ"),
        ("Liên hiệp các Hội KH&KT", "Liên hiệp các Hội Khoa học và Kỹ thuật"),
        ("Sở NN&PTNT", "Sở Nông nghiệp và Phát triển nông thôn"),
        ("Ủy viên BCH TW Đảng", "Ủy viên Ban Chấp hành Trung ương Đảng"),
        ("HĐND tỉnh", "Hội đồng nhân dân tỉnh"),
        ("UBND TP Đà Nẵng", "Ủy ban nhân dân Thành phố Đà Nẵng"),
        ("Ủy ban MTTQ tỉnh", "Ủy ban Mặt trận Tổ quốc tỉnh"),
        ("Ủy ban MTTQVN tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"),
        ("UBMTTQVN huyện", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện"),
        # Mass organisations, courts, armed forces, schools, the fields of 2025's departments.
        ("Liên đoàn LĐLĐ", "Liên đoàn Lao động"),  # (no "Liên đoàn Liên đoàn": the text has it before)
        ("LĐLĐ tỉnh Lai Châu", "Liên đoàn Lao động tỉnh Lai Châu"),
        ("Hội CCB huyện", "Hội Cựu chiến binh huyện"),
        ("TAND tỉnh Sơn La", "Tòa án nhân dân tỉnh Sơn La"),
        ("Trường THPT Mường La", "Trường Trung học phổ thông Mường La"),
        ("BQL các KCN tỉnh", "Ban Quản lý các Khu công nghiệp tỉnh"),
        ("Sở NN&MT tỉnh Lào Cai", "Sở Nông nghiệp và Môi trường tỉnh Lào Cai"),
        ("Sở VH-TT&DL", "Sở Văn hóa, Thể thao và Du lịch"),
        # An expansion never repeats the words the text has beside it.
        ("Ủy ban MTTQ Việt Nam tỉnh Sơn La", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Sơn La"),
        ("UBMTTQ Việt Nam huyện Mường La", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Mường La"),
        ("Trưởng Ban BCĐ Chuyển đổi số", "Trưởng Ban Chỉ đạo Chuyển đổi số"),
        ("Ủy viên BCH T.Ư Đảng", "Ủy viên Ban Chấp hành Trung ương Đảng"),
        ("Ban Chỉ đạo chuyển đổi số TP", "Ban Chỉ đạo chuyển đổi số Thành phố"),
        # An abbreviation ending in its dot, run into the next word.
        ("UBND TP.Cần Thơ", "Ủy ban nhân dân Thành phố Cần Thơ"),
        ("Sở Y tế TP.Đà Nẵng", "Sở Y tế Thành phố Đà Nẵng"),
        ("Chủ tịch Hội HLHPN tỉnh", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
        # "LHH" is the union of the science and technology associations; not with another field.
        ("Phó Chánh Văn phòng LHH tỉnh Sơn La", "Phó Chánh Văn phòng Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Sơn La"),
        ("Văn phòng LHHVN", "Văn phòng Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam"),
        ("Chủ tịch LHH VHNT tỉnh", "Chủ tịch LHH VHNT tỉnh"),
        # ... but the last syllable of a compound before it is no word of the expansion: the
        # "ủy" of "Đảng ủy" is not the "Ủy" of "Ủy ban".
        ("Bí thư Đảng ủy UBND tỉnh", "Bí thư Đảng ủy Ủy ban nhân dân tỉnh"),
        ("Phó Bí thư Đảng ủy UBMTTQ tỉnh Điện Biên", "Phó Bí thư Đảng ủy Ủy ban Mặt trận Tổ quốc tỉnh Điện Biên"),
        ("Bí thư Huyện ủy UBKT", "Bí thư Huyện ủy Ủy ban Kiểm tra"),
        ("Trung tâm Hành chính công CNTT tỉnh", "Trung tâm Hành chính công Công nghệ thông tin tỉnh"),
        ("Bí thư Chi bộ UBND xã", "Bí thư Chi bộ Ủy ban nhân dân xã"),
        ("Chủ tịch Công đoàn UBND huyện", "Chủ tịch Công đoàn Ủy ban nhân dân huyện"),
    ],
)
def test_expand(text: str, expanded: str) -> None:
    assert expand(text) == expanded


@pytest.mark.parametrize(
    ("text", "full", "org"),
    [
        # Party membership run together, spelled out.
        ("UVTV, Phó Chủ tịch", "Ủy viên Ban Thường vụ", None),
        ("UVBTVTU, Giám đốc Sở", "Ủy viên Ban Thường vụ Tỉnh ủy", None),
        ("UVT.Ư Đảng, Bí thư Tỉnh ủy", "Ủy viên Trung ương Đảng", None),
        ("UVTW Đảng, Bộ trưởng", "Ủy viên Trung ương Đảng", None),
        ("Ủy viên dự khuyết T.Ư Đảng, Bí thư", "Ủy viên dự khuyết Trung ương Đảng", None),
        # The standing deputy written "TT".
        ("Phó Chủ tịch TT UBND tỉnh Sóc Trăng dự", "Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh Sóc Trăng",
         "Ủy ban nhân dân tỉnh Sóc Trăng"),
        ("Phó Bí thư TT Tỉnh ủy, Chủ tịch", "Phó Bí thư Thường trực Tỉnh ủy", "Tỉnh ủy"),
        ("CVP UBND tỉnh Sơn La phát biểu", "Chánh Văn phòng Ủy ban nhân dân tỉnh Sơn La",
         "Văn phòng Ủy ban nhân dân tỉnh Sơn La"),
        ("TGĐ Công ty cổ phần Cấp nước Sơn La cho biết", "Tổng Giám đốc Công ty cổ phần Cấp nước Sơn La",
         "Công ty cổ phần Cấp nước Sơn La"),
        # Short heads with a dot, which need their body.
        ("CT. UBND huyện Mường Tè và", "Chủ tịch Ủy ban nhân dân huyện Mường Tè", "Ủy ban nhân dân huyện Mường Tè"),
        ("PTP. Phòng Tổ chức cán bộ, Sở Nội vụ;", "Phó Trưởng phòng Phòng Tổ chức cán bộ, Sở Nội vụ",
         "Phòng Tổ chức cán bộ, Sở Nội vụ"),
        ("Phó BCĐ Chuyển đổi số tỉnh chủ trì", "Phó Trưởng Ban Chỉ đạo Chuyển đổi số tỉnh", "Ban Chỉ đạo Chuyển đổi số tỉnh"),
        # Posts named by their body alone, and a diplomat's.
        ("người phát ngôn của UBND tỉnh- phát biểu", "Người phát ngôn của Ủy ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh"),
        ("chuyên viên Vụ Tổ chức cán bộ, Bộ Nội vụ.", "Chuyên viên Vụ Tổ chức cán bộ, Bộ Nội vụ",
         "Vụ Tổ chức cán bộ, Bộ Nội vụ"),
        ("thành viên Ban Chỉ đạo chuyển đổi số tỉnh báo cáo", "Thành viên Ban Chỉ đạo chuyển đổi số tỉnh",
         "Ban Chỉ đạo chuyển đổi số tỉnh"),
        ("Phó Đại sứ Việt Nam tại Lào cảm ơn", "Phó Đại sứ Việt Nam tại Lào", "Việt Nam tại Lào"),
        ("Ủy viên Bộ Chính trị – Thường trực Ban Bí thư;", "Ủy viên Bộ Chính trị", None),
        ("Thường trực Ban Bí thư về dự", "Thường trực Ban Bí thư", None),
        ("Phó Giám đốc mới của Sở Nội vụ là", "Phó Giám đốc Sở Nội vụ", "Sở Nội vụ"),
        ("Giám đốc mới của Trung tâm Y tế huyện Mường La", "Giám đốc Trung tâm Y tế huyện Mường La",
         "Trung tâm Y tế huyện Mường La"),
    ],
)
def test_abbreviated_and_named_posts(text: str, full: str, org: str | None) -> None:
    assert parse(text)[1:] == (full, org)


@pytest.mark.parametrize("text", ["Thành viên phát biểu", "chuyên viên các sở", "CT phát biểu",
                                  "thành viên chuyên trách phát biểu"])
def test_posts_that_need_their_body(text: str) -> None:
    assert parse(text)[0] is None


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # The acts of a ceremony end a body.
        ("Giám đốc Bệnh viện Đa khoa gắn biển công trình chào mừng", "Giám đốc Bệnh viện Đa khoa"),
        ("Phó Giám đốc Sở Tài chính động thổ dự án", "Phó Giám đốc Sở Tài chính"),
        ("Chủ tịch Hội Nông dân huyện thắp hương tưởng niệm", "Chủ tịch Hội Nông dân huyện"),
        # ... a committee's subject goes on (no act of a ceremony: "vinh danh" after its function).
        ("Trưởng Ban tổ chức Hội thi phát biểu", "Trưởng Ban tổ chức Hội thi"),
        # A number names the unit after its body's name, its unit word or a head naming its unit.
        ("Giám đốc Trung tâm Ứng dụng KH&CN 3 phát biểu", "Giám đốc Trung tâm Ứng dụng KH&CN 3"),
        ("Giám đốc Chi nhánh 2 Ngân hàng Chính sách xã hội tỉnh phát biểu",
         "Giám đốc Chi nhánh 2 Ngân hàng Chính sách xã hội tỉnh"),
        ("Trưởng thôn 5 cho biết", "Trưởng thôn 5"),
        ("Phó Đội trưởng Đội Quản lý thị trường số 4 kiểm tra", "Phó Đội trưởng Đội Quản lý thị trường số 4"),
        # ... not what it counts, nor a year before a verb.
        ("Giám đốc Sở Y tế 3 lần được khen thưởng", "Giám đốc Sở Y tế"),
        ("Chủ tịch Hội Nông dân tỉnh 2 nhiệm kỳ liền", "Chủ tịch Hội Nông dân tỉnh"),
        ("Giám đốc Trung tâm Ứng dụng KH&CN 2024 đã đạt", "Giám đốc Trung tâm Ứng dụng KH&CN"),
        # A staff post with its unit; the field of a unit that is such a post too.
        ("Thủ quỹ phòng Hành chính, Sở Y tế nhận", "Thủ quỹ phòng Hành chính, Sở Y tế"),
        ("Trưởng phòng Kế toán - Tài vụ, Sở Y tế phát biểu", "Trưởng phòng Kế toán - Tài vụ, Sở Y tế"),
        ("Chánh Văn phòng Sở Y tế - Văn thư Hội đồng", "Chánh Văn phòng Sở Y tế"),
    ],
)
def test_body_extent_round_four(text: str, written: str) -> None:
    assert parse(text)[0] == written


@pytest.mark.parametrize("text", ["Kế toán phát biểu", "thủ quỹ và kế toán", "nhân viên các phòng"])
def test_staff_posts_need_their_body(text: str) -> None:
    assert parse(text)[0] is None
