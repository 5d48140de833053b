from __future__ import annotations

import pytest

from kg.extract.text import count_words, is_clutter, layout, sentences
from tests.conftest import report


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Câu một. Câu hai.", ["Câu một.", "Câu hai."]),
        ("đã đến dự.Phó Chủ tịch phát biểu.", ["đã đến dự.", "Phó Chủ tịch phát biểu."]),
        ("tại TP. Thái Nguyên có PGS.TS. Phạm Hồng Lam dự.", ["tại TP. Thái Nguyên có PGS.TS. Phạm Hồng Lam dự."]),
        ("ngày 17.8.2018 về việc.", ["ngày 17.8.2018 về việc."]),
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
               "Chiều ngày 22/01/2021, Sở Khoa học và Công nghệ tỉnh Hà Nam đã tổ chức Hội nghị tổng kết công tác "
               "năm 2020. Hội nghị có nhiều đại biểu dự.\n\nPhan Văn A\n")
    lay = layout(r)
    assert lay.headline is not None and lay.headline.text == "Hội nghị tổng kết công tác năm 2020"
    assert r.text[lay.lead[0][0]:lay.lead[0][1]].startswith("Chiều ngày 22/01/2021")
    assert r.text[lay.body_end:].strip() == "Phan Văn A"


@pytest.mark.parametrize(
    ("line", "clutter"),
    [
        # Datelines in every shape: a weekday and "ngày", a clock with AM/PM and a zone, a time
        # before the date, brackets, a month named before the day.
        ("Thứ Sáu, ngày 05/09/2022 08:30 AM (GMT+7)", True),
        ("08:30 | 05/09/2022", True),
        ("[05/09/2022 08:30]", True),
        ("Th9 05, 2022", True),
        ("Sep 5, 2022 08:30", True),
        ("9:05 SA, 12/3/2021", True),
        ("Cập nhật lúc 21:45, Thứ Ba, 14/01/2020 (GMT+7)", True),
        # Furniture headings and footers.
        ("(3) Bình luận", True),
        ("Mới nhất", True),
        ("POWERED BY SOMECMS - A PRODUCT OF X", True),
        ("Bản quyền thuộc Sở Khoa học và Công nghệ tỉnh Lào Cai", True),
        # Not clutter: a sentence with a date, a headline.
        ("Ngày 5 tháng 9 năm 2022, tỉnh tổ chức hội nghị.", False),
        ("Chủ đề năm 2024: chuyển đổi số", False),
    ],
)
def test_clutter_datelines_and_furniture(line: str, clutter: bool) -> None:
    assert is_clutter(line) is clutter


BODY = ("Sáng 5/9/2022, Sở Khoa học và Công nghệ tỉnh Lào Cai tổ chức hội nghị sơ kết công tác 6 tháng đầu năm. "
        "Dự hội nghị có ông Lò Văn Thạch, Phó Chủ tịch UBND tỉnh.\n\n"
        "Hội nghị đã thống nhất các nhiệm vụ trọng tâm của 6 tháng cuối năm và giao các phòng triển khai ngay.\n\n")


def _after_body(r_text: str, end: int) -> str:
    return r_text[end:].strip()


@pytest.mark.parametrize(
    ("page", "body_ends_with"),
    [
        # A heading of related articles standing alone ends the body; the headlines under it
        # (each long enough to pass for a paragraph) are not the article.
        (BODY + "Hà Thị Mơ\n\nTin liên quan\n\nBí thư Tỉnh ủy Lò Văn Mạnh thăm và làm việc với huyện Bát Xát về phát "
         "triển nông nghiệp\n\nChủ tịch UBND tỉnh Hà Văn Sơn kiểm tra tiến độ các công trình trọng điểm năm 2022\n",
         "triển khai ngay."),
        (BODY + "(0) Bình luận\nMới nhất\nYên Bái tổ chức hội nghị tổng kết phong trào thi đua yêu nước giai đoạn 2017 - "
         "2022 của toàn tỉnh\n", "triển khai ngay."),
        # A strip of dated headlines at the foot, with no heading.
        (BODY + "Lò Thị Hoa\n\nHội nghị tổng kết công tác khoa học và công nghệ của tỉnh Điện Biên năm 2021 (05/01/2022)\n"
         "Hội thảo khởi nghiệp đổi mới sáng tạo của thanh niên các huyện vùng cao năm 2022 (12/03/2022)\n",
         "triển khai ngay."),
        # A footer.
        (BODY + "POWERED BY SOMECMS\nHội nghị tổng kết công tác khoa học và công nghệ của tỉnh Điện Biên năm 2021 và "
         "nhiệm vụ năm tới\n", "triển khai ngay."),
        # An inline strip: running text follows, the article goes on.
        (BODY + "Xem thêm:\nLào Cai: khai mạc hội chợ\n\nTiếp đó, các đại biểu đã thảo luận về kế hoạch của 6 tháng cuối "
         "năm, trong đó có nhiệm vụ chuyển đổi số, xây dựng chính quyền số và phát triển kinh tế số.\n",
         "phát triển kinh tế số."),
        # One dated line alone is no strip: the body's last paragraph may end with a date.
        (BODY + "Kế hoạch được ban hành kèm theo Quyết định của UBND tỉnh Lào Cai có hiệu lực từ 05/09/2022\n",
         "hiệu lực từ 05/09/2022"),
    ],
)
def test_body_ends_before_the_furniture(page: str, body_ends_with: str) -> None:
    r = report("Hội nghị sơ kết công tác 6 tháng đầu năm\n\n" + page)
    lay = layout(r)
    assert r.text[:lay.body_end].endswith(body_ends_with)


@pytest.mark.parametrize(
    ("page", "headline", "lead"),
    [
        # The headline printed twice (the crawl's title, then over the article) is not the lead.
        ("Skip to main content\nSở Y tế tỉnh Cao Bằng tổ chức hội nghị tổng kết công tác y tế năm 2023 và triển khai "
         "nhiệm vụ năm 2024\nTin tức sự kiện\nSở Y tế tỉnh Cao Bằng tổ chức hội nghị tổng kết công tác y tế năm 2023 "
         "và triển khai nhiệm vụ năm 2024\n\nSáng 10/1/2024, Sở Y tế tỉnh Cao Bằng tổ chức hội nghị tổng kết công tác "
         "năm 2023.\n", "Sở Y tế tỉnh Cao Bằng tổ chức hội nghị", "Sáng 10/1/2024"),
        ("null Kế hoạch cải cách hành chính năm 2024 của Sở Tư pháp tỉnh Lai Châu và các phòng, đơn vị trực thuộc Sở\n"
         "Trang chủ Cải cách hành chính\nKế hoạch cải cách hành chính năm 2024 của Sở Tư pháp tỉnh Lai Châu và các "
         "phòng, đơn vị trực thuộc Sở\n\nNgày 3/1/2024, Sở Tư pháp ban hành Kế "
         "hoạch cải cách hành chính năm 2024 với nhiều nhiệm vụ.\n", "null Kế hoạch", "Ngày 3/1/2024"),
        # The period of an abbreviation makes no paragraph of a headline: "TP. Hà Tĩnh".
        ("Hội nghị giao ban công tác dân vận TP. Hà Tĩnh quý I\n\nNgày 2/4/2024, Ban Dân vận Thành ủy tổ chức hội "
         "nghị giao ban công tác dân vận quý I năm 2024.\n", "Hội nghị giao ban công tác dân vận TP. Hà Tĩnh quý I",
         "Ngày 2/4/2024"),
    ],
)
def test_headline_repeated_or_abbreviated(page: str, headline: str, lead: str) -> None:
    r = report(page)
    lay = layout(r)
    assert lay.headline is not None and lay.headline.text.startswith(headline)
    assert r.text[lay.lead[0][0]:lay.lead[0][1]].startswith(lead)


@pytest.mark.parametrize(
    ("page", "foot"),
    [
        (BODY + "Hà Thị Mơ\n\nTin liên quan\n\nBí thư Tỉnh ủy Lò Văn Mạnh thăm huyện Bát Xát\n", "Tin liên quan"),
        (BODY + "Lò Thị Hoa\n\nHội nghị tổng kết công tác khoa học và công nghệ của tỉnh Điện Biên năm 2021 (05/01/2022)\n"
         "Hội thảo khởi nghiệp đổi mới sáng tạo của thanh niên các huyện vùng cao năm 2022 (12/03/2022)\n",
         "Hội nghị tổng kết công tác khoa học"),
        (BODY + "Quàng Văn Nam\nBản quyền thuộc Sở Y tế tỉnh Sơn La\n", "Bản quyền thuộc"),
        (BODY + "Quàng Văn Nam\n", ""),
    ],
)
def test_foot_is_where_the_furniture_begins(page: str, foot: str) -> None:
    r = report("Hội nghị sơ kết công tác 6 tháng đầu năm\n\n" + page)
    lay = layout(r)
    assert r.text[lay.foot:].startswith(foot)
    assert lay.body_end <= lay.foot


@pytest.mark.parametrize(
    ("line", "words"),
    [
        # A link's slug is no words of the text.
        ("Nguồn Tỉnh ủy Lào Cai: https://laocai.example.vn/tin-tuc/hoi-nghi-tong-ket-cong-tac-nam-2023.html", 5),
        ("Xem tại www.sonla.example.vn/thoi-su/so-khoa-hoc-to-chuc-hoi-nghi", 2),
        ("Hội nghị tổng kết công tác năm 2023", 7),
    ],
)
def test_count_words(line: str, words: int) -> None:
    assert count_words(line) == words


def test_a_line_with_a_link_is_no_paragraph_of_the_body() -> None:
    r = report("Hội nghị tổng kết công tác năm 2023\n\nSáng 5/1/2024, Sở Khoa học và Công nghệ tỉnh Yên Bái tổ chức "
               "hội nghị tổng kết công tác năm 2023 với sự tham dự của lãnh đạo tỉnh.\n\nLò Thị Hoa\n"
               "Nguồn: https://yenbai.example.vn/tin-tuc/so-khoa-hoc-va-cong-nghe-to-chuc-hoi-nghi-tong-ket.html\n")
    assert r.text[:layout(r).body_end].endswith("với sự tham dự của lãnh đạo tỉnh.")
