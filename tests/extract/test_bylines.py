from __future__ import annotations

import pytest

from kg.extract import extract_bylines
from tests.conftest import report

BODY = ("Tiêu đề của bài viết về hội nghị\n\nSáng 5/1/2024, Sở Khoa học và Công nghệ tổ chức hội nghị tổng kết công "
        "tác năm 2023 với sự tham dự của lãnh đạo tỉnh và các sở, ngành.\n\n")


@pytest.mark.parametrize(
    ("tail", "authors"),
    [
        ("Trúc Ly", ["Trúc Ly"]),
        ("Tin, ảnh: Nông Thị Ngát", ["Nông Thị Ngát"]),
        ("Hà Nhật Lam - Chi cục TCĐLC", ["Hà Nhật Lam"]),
        ("Kim Tuyền\nTrung tâm Thông tin và Thống kê KH&CN", ["Kim Tuyền"]),
        ("vtkhanh", []),  # a login, no writer
        ("Minh Anh - Thu Hiền", ["Minh Anh", "Thu Hiền"]),
        ("Bài, ảnh: Quang Huy và Ngọc Lan", ["Quang Huy", "Ngọc Lan"]),
        ("Thanh Tâm (Trung tâm Thông tin)", ["Thanh Tâm"]),
        # A name with a long unit after it, in brackets or after a dash.
        ("Thu Hiền (Trung tâm Thông tin và Thống kê KH&CN tỉnh)", ["Thu Hiền"]),
        ("Lê Thanh Hải - Trung tâm Ứng dụng tiến bộ khoa học và công nghệ", ["Lê Thanh Hải"]),
        ("Phạm Mỹ Hạnh\n\nCác tin khác\nChi tiết bài viết tạm thời không có.", ["Phạm Mỹ Hạnh"]),
        ("Xem nội dung chi tiết của Kế hoạch tại đây.\n\nLê Minh Tâm", ["Lê Minh Tâm"]),
        # Not authors: a photo credit, a body, page clutter, initials.
        ("Ảnh: Trần Hùng", []),
        ("Sở Khoa học và Công nghệ", []),
        ("Phòng Quản lý KH&CN cơ sở", []),
        ("Thống kê truy cập\nĐang online: 23", []),
        ("BT\n\nB", []),
        ("Chia sẻ bài viết", []),
        # A long caption with a body after the dash is no name with its unit.
        ("Ông Ngô Văn An - Sở KH&CN phát biểu khai mạc hội nghị tại hội trường tỉnh", []),
        # Labels: "Thực hiện:", a group of writers joined by dashes.
        ("Thực hiện: Lò Văn Thạch - Hà Thị Mơ - Quàng Văn Nam", ["Lò Văn Thạch", "Hà Thị Mơ", "Quàng Văn Nam"]),
        ("Nhóm phóng viên: Khánh Linh, Đức Anh", ["Khánh Linh", "Đức Anh"]),
        # The writer's unit after a slash or a dash, as an abbreviation.
        ("Thu Hằng/BQN", ["Thu Hằng"]),
        ("Hoài Thu - VPUB", ["Hoài Thu"]),
        ("Minh Anh - TTTT", ["Minh Anh"]),
        # In capitals with an initial; a degree before the name.
        ("T.HƯƠNG", ["T.HƯƠNG"]),
        ("N.Lan", ["N.Lan"]),
        ("ThS. Hà Thị Mơ", ["Hà Thị Mơ"]),
        # Glued to the tags, or to the last sentence.
        ("Hà Thị Mơ TAG: chuyển đổi số, Lào Cai", ["Hà Thị Mơ"]),
        ("Quỳnh AnhTags: khoa học", ["Quỳnh Anh"]),
        ("Hội nghị kết thúc tốt đẹp./. Hà Thị Mơ", ["Hà Thị Mơ"]),
        ("Các đơn vị cam kết hoàn thành kế hoạch. X.PHONG", ["X.PHONG"]),
        # "Nguồn:", "Theo" before a person's name: an author; before a paper or a place: a source.
        ("Nguồn: Lò Thị Hoa", ["Lò Thị Hoa"]),
        ("Theo Quàng Văn Nam", ["Quàng Văn Nam"]),
        ("(Nguồn: Lò Thị Hoa)", ["Lò Thị Hoa"]),
        ("Theo Tuổi Trẻ", []),
        ("Nguồn: Thanh Niên Online", []),
        ("Theo Lào Cai", []),
        ("Theo Truyền hình Điện Biên", []),
        # The photographer credited apart, a stamp after the name, a label on the line before.
        ("Bài: Hà Thị Mơ - Ảnh: Lò Văn Thạch", ["Hà Thị Mơ"]),
        ("Tin: Quỳnh Anh; ảnh: Đức Huy", ["Quỳnh Anh"]),
        ("Hà Thị Mơ - 05/09/2022 08:30", ["Hà Thị Mơ"]),
        ("Tác giả:\nHà Thị Mơ", ["Hà Thị Mơ"]),
        ("Người viết :\nQUỲNH ANH", ["QUỲNH ANH"]),
        # The names of the Central Highlands.
        ("H'Hen Niê", ["H'Hen Niê"]),
        # No author: a weekday heading, a site's footer, a login, initials alone, a person of
        # the story, a reader's comments heading, a title after the name.
        ("THỨ SÁU", []),
        ("Thứ Năm", []),
        ("POWERED BY SOMECMS - A PRODUCT OF X", []),
        ("quantri", []),
        ("H.Y", []),
        ("Tin, ảnh: L.H", []),
        ("Theo V.K.D (V.K.D)", []),
        ("Ông Lò Văn Thạch, Phó Giám đốc", []),
        ("BẠN ĐỌC PHẢN HỒI", []),
        ("Lò Văn Thạch - Phó Giám đốc Sở Y tế", []),
        ("Hoàng Yến (thứ hai từ trái sang) phát biểu", []),
        ("Các đơn vị cam kết hoàn thành kế hoạch. Phó Chủ", []),
        # The signer of a document quoted in full.
        ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLò Văn Thạch", []),
        ("GIÁM ĐỐC\nHà Thị Mơ", []),
        # A source with its link after the name: the link's slug is no words, so the line is
        # no paragraph, and the name above it is the last line after the body.
        ("THU HƯƠNG\nNguồn Tỉnh ủy Lào Cai: https://laocai.example.vn/tin-tuc/hoi-nghi-tong-ket-cong-tac-khoa-hoc-"
         "nam-2023-cua-tinh.html", ["THU HƯƠNG"]),
        ("Hà Thị Mơ\nhttp://www.sonla.example.vn/thoi-su/so-khoa-hoc-va-cong-nghe-to-chuc-hoi-nghi-tong-ket-nam-2023",
         ["Hà Thị Mơ"]),
        ("MINH ANH (Nguồn: Báo Sơn La: https://baosonla.example.vn/kinh-te/trao-giai-du-an-hoi-nghi-tong-ket-cong-tac-"
         "nam-2023.html)", ["MINH ANH"]),
        # The writer, then the source on the same line after a separator.
        ("THU HƯƠNG - Nguồn: Báo Lào Cai", ["THU HƯƠNG"]),
        ("Quỳnh Anh, Nguồn: Tỉnh ủy Sơn La", ["Quỳnh Anh"]),
        ("Hà Thị Mơ. Nguồn: https://dienbien.example.vn/tin-tuc/hoi-nghi-tong-ket", ["Hà Thị Mơ"]),
        ("Lò Văn Thạch - Theo Báo Điện Biên Phủ", ["Lò Văn Thạch"]),
        # ... not a sentence that opens with "Theo", nor a person of the story.
        ("Lò Văn Thạch. Theo đó, các đơn vị tiếp tục triển khai.", []),
        ("Ông Lò Văn Thạch - Nguồn: Báo Lào Cai", []),
        # ... but a link alone, or a paper's name with it, names no writer.
        ("Nguồn: https://laocai.example.vn/tin-tuc/hoi-nghi-tong-ket-cong-tac-khoa-hoc-nam-2023.html", []),
        ("Theo Báo Sơn La (https://baosonla.example.vn/kinh-te/hoi-nghi-tong-ket.html)", []),
        # Compiled by (T/h = tổng hợp, St = sưu tầm), a desk editor (BTV): a label before the
        # names, or a mark after them in place of the writer's unit.
        ("T/h: Lò Văn Thạch", ["Lò Văn Thạch"]),
        ("TH: Hà Thị Mơ", ["Hà Thị Mơ"]),
        ("Tổng hợp: Quàng Văn Nam, Hà Thị Mơ", ["Quàng Văn Nam", "Hà Thị Mơ"]),
        ("BTV: Lò Thị Hoa", ["Lò Thị Hoa"]),
        ("Hà Thị Mơ - T/h", ["Hà Thị Mơ"]),
        ("Quỳnh Anh (tổng hợp)", ["Quỳnh Anh"]),
        ("Lò Văn Thạch/BTV", ["Lò Văn Thạch"]),
        ("Hà Thị Mơ - Cộng tác viên", ["Hà Thị Mơ"]),
        # A label with a space alone before the names.
        ("PV Quỳnh Anh", ["Quỳnh Anh"]),
        ("Nhóm PV Khánh Linh - Đức Anh", ["Khánh Linh", "Đức Anh"]),
        # A label with no name is no writer: "Nhóm PV", "BTV", "T/h" alone.
        ("Nhóm PV", []),
        ("BTV", []),
        ("T/h", []),
        ("Tổng hợp: các đơn vị báo cáo trước ngày 15/12.", []),
    ],
)
def test_bylines_at_the_end(tail: str, authors: list[str]) -> None:
    assert [b.name for b in extract_bylines(report(BODY + tail))] == authors


@pytest.mark.parametrize(
    ("head", "authors"),
    [
        ("Tập huấn về mã số mã vạch cho doanh nghiệp\n\nThu Hiền 09:41, 23/08/2023\n\n", ["Thu Hiền"]),
        ("Kiện toàn Tổ công tác cải cách hành chính\n\nTÂM ĐOAN |\n\n", ["TÂM ĐOAN"]),
        # In capitals with an initial before the time.
        ("Kiện toàn Tổ công tác cải cách hành chính\n\nĐ.TUẤN 07/10/2022 15:26\n\n", ["Đ.TUẤN"]),
        # A line of names alone right under the headline, with degrees.
        ("Hội thảo về cây dược liệu vùng cao\n\nThS. Lò Văn Thạch, KS. Hà Thị Mơ\n\n", ["Lò Văn Thạch", "Hà Thị Mơ"]),
        # A name alone over the dateline (printed twice).
        ("Vào trang chủ\nHội thảo về cây dược liệu vùng cao\nQuỳnh Anh\nQuỳnh Anh\n05/09/2022 08:30 GMT+7\n\n",
         ["Quỳnh Anh"]),
        # After the dateline on the same line, after a label on the line before.
        ("Hội thảo về cây dược liệu vùng cao\n\n05/09/2022 08:30 | Hà Thị Mơ\n\n", ["Hà Thị Mơ"]),
        ("Hội thảo về cây dược liệu vùng cao\n\nThứ Năm, 05/09/2022 - 08:30 | Tác giả: Quỳnh Anh\n\n", ["Quỳnh Anh"]),
        ("Hội thảo về cây dược liệu vùng cao\nTác giả:\nHà Thị Mơ\n\n", ["Hà Thị Mơ"]),
        # No author: a weekday over the date, a place's dateline, a poster's login.
        ("Hội thảo về cây dược liệu vùng cao\n\nThứ Năm, ngày 05/12/2013 09:53 AM (GMT+7)\n\n", []),
        ("Hội thảo về cây dược liệu vùng cao\n\nLào Cai, 05/09/2022\n\n", []),
        ("Hội thảo về cây dược liệu vùng cao\n\nĐăng bài quantri T5, 28/06/2018 - 07:31\n\n", []),
        ("Hội thảo về cây dược liệu vùng cao\n\nNgười đăng tin: Test Test Ngày đăng tin: 21/05/2015\n\n", []),
    ],
)
def test_bylines_under_the_headline(head: str, authors: list[str]) -> None:
    body = ("Chủ tịch UBND tỉnh vừa ký Quyết định số 1187/QĐ-UBND kiện toàn Tổ công tác cải cách thủ tục hành "
            "chính của tỉnh để thay thế cho quyết định trước.")
    assert [b.name for b in extract_bylines(report(head + body))] == authors


HIGH = ("Hội nghị tổng kết công tác khoa học năm 2023\n\n"
        "Sáng 5/1/2024, Sở Khoa học và Công nghệ tỉnh Điện Biên tổ chức hội nghị tổng kết công tác năm 2023 với sự "
        "tham dự của lãnh đạo tỉnh và các sở, ngành.\n")
ON = ("\nTheo báo cáo, năm qua ngành khoa học đã triển khai nhiều nhiệm vụ quan trọng, đạt kết quả tích cực trên "
      "nhiều lĩnh vực.\nPhát biểu chỉ đạo, Phó Chủ tịch UBND tỉnh đề nghị các đơn vị tiếp tục đổi mới phương thức "
      "quản lý khoa học.\n")


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        # A byline printed high: a person's name alone on a line between two paragraphs.
        ("Hà Thị Mơ", ["Hà Thị Mơ"]),
        ("Giàng A Tông", ["Giàng A Tông"]),
        ("Lò Văn Thạch - TTTT", ["Lò Văn Thạch"]),
        ("Bài, ảnh: Minh Anh", ["Minh Anh"]),
        ("QUÀNG THỊ LẢ", ["QUÀNG THỊ LẢ"]),
        # Not there: a pen name alone (it could be a heading), a heading in capitals or in
        # title case, a caption with a title or a verb, a photo credit, a list of names.
        ("Minh Anh", []),
        ("KẾT QUẢ NỔI BẬT", []),
        ("Hồ Sơ Dự Thi", []),
        ("HỒ SƠ DỰ THI", []),
        ("MINH ANH", []),
        ("Lò Văn Thạch, Phó Giám đốc Sở", []),
        ("Đồng chí Lò Văn Thạch phát biểu", []),
        ("Ảnh: Hà Thị Mơ", []),
        ("Hà Thị Mơ\nQuàng Văn Nam", []),
    ],
)
def test_bylines_between_paragraphs(line: str, authors: list[str]) -> None:
    assert [b.name for b in extract_bylines(report(HIGH + line + ON))] == authors


def test_a_byline_at_the_end_wins_over_a_name_line_in_the_body() -> None:
    text = HIGH + "Hà Thị Mơ" + ON + "\nQuàng Văn Nam"
    assert [b.name for b in extract_bylines(report(text))] == ["Quàng Văn Nam"]
