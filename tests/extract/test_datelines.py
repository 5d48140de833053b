from __future__ import annotations

from datetime import date

import pytest

from kg.extract.datelines import full_date, published_date
from tests.conftest import report

BODY = ("Bộ KH&CN công bố Quyết định thành lập Viện\nSáng nay (15/4), tại Hà Nội, Bộ KH&CN tổ chức lễ công bố "
        "Quyết định thành lập Viện Công nghệ số.\nCác đại biểu dự lễ đã chúc mừng Viện.")

LEAD = ("Sáng 2/9, Sở Y tế tỉnh Sơn La tổ chức hội nghị sơ kết công tác phòng, chống dịch bệnh 8 tháng đầu năm với "
        "sự tham dự của lãnh đạo các bệnh viện và trung tâm y tế huyện.")
MORE = ("\n\nHội nghị đã thống nhất nhiều giải pháp cho những tháng cuối năm, trong đó có việc tiêm chủng mở rộng "
        "cho trẻ em ở các xã vùng cao.")


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (" date 2026-01-09 Chiều 9/1, Sở KH&CN tổ chức hội nghị tổng kết hoạt động năm 2025, bàn nhiệm vụ năm mới.",
         date(2026, 1, 9)),
        ("Tiêu đề bài viết ở đây\nNgày đăng : 07/01/2021\nTác giả :\n\nNội dung bài viết dài hơn mười hai chữ ở đây "
         "để làm thân bài.", date(2021, 1, 7)),
        ("Tiêu đề bài viết ở đây (10/11/2017 16:10)\n\nSáng 10/11, Sở tổ chức hội thảo liên kết ứng dụng khoa học "
         "và công nghệ.", date(2017, 11, 10)),
        ("Nội dung bài viết dài hơn mười hai chữ ở đây để làm thân bài, ngày 5/3/2014 có quyết định.", None),
        # A labelled dateline at the foot of the page; an unlabelled date there is not one.
        (BODY + "\nNgày đăng: 16/04/2024", date(2024, 4, 16)),
        (BODY + "\nCập nhật lúc 09:15 ngày 16/4/2024\nBản quyền thuộc Sở KH&CN", date(2024, 4, 16)),
        (BODY + "\nTin liên quan: Hội nghị ngày 12/03/2023", None),
    ],
)
def test_published(text: str, published: date | None) -> None:
    assert published_date(report(text))[0] == published


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # In brackets ending the headline or a breadcrumb, with or without a time.
        ("Sơ kết công tác phòng, chống dịch bệnh 8 tháng (03/09/2022)\n\n" + LEAD, date(2022, 9, 3)),
        ("Trang chủ >> Tin y tế trong tỉnh   (03-09-2022)\nSơ kết công tác phòng, chống dịch bệnh\n\n" + LEAD,
         date(2022, 9, 3)),
        ("Sơ kết công tác phòng, chống dịch bệnh\n[03/09/2022 08:30]\n\n" + LEAD, date(2022, 9, 3)),
        # A time before the date, a bar between.
        ("Sơ kết công tác phòng, chống dịch bệnh\n08:30 | 03/09/2022\n\n" + LEAD, date(2022, 9, 3)),
        # The month named before the day, the Vietnamese skin of an English site, or in English.
        ("Sơ kết công tác phòng, chống dịch bệnh\nTh9 03, 2022\n\n" + LEAD, date(2022, 9, 3)),
        ("Sơ kết công tác phòng, chống dịch bệnh\nSep 3, 2022 08:30\n\n" + LEAD, date(2022, 9, 3)),
        # Right after the lead: a dateline of its own, or glued to the site's name.
        ("Sơ kết công tác phòng, chống dịch bệnh\n\n" + LEAD + "\n\n03/09/2022 08:30" + MORE, date(2022, 9, 3)),
        ("Sơ kết công tác phòng, chống dịch bệnh\n\n" + LEAD + "\n\nSở Y tế tỉnh Sơn La03/09/2022" + MORE,
         date(2022, 9, 3)),
        # A short line after the lead whose date a sentence holds is no dateline.
        ("Sơ kết công tác phòng, chống dịch bệnh\n\n" + LEAD + "\n\nHạn nộp báo cáo trước ngày 30/09/2022" + MORE,
         None),
        # Two datelines: the one nearest the headline is the article's, the other the site's
        # clock at the crawl; under the headline before over it.
        ("Thứ Hai, ngày 23/07/2018 00:05 AM (GMT+7)\nThứ Năm, ngày 01/09/2022 09:53 AM (GMT+7)\n\n"
         "Sơ kết công tác phòng, chống dịch bệnh\n\n" + LEAD, date(2022, 9, 1)),
        ("Thứ 3, Ngày 20/09/2022 -\nSơ kết công tác phòng, chống dịch bệnh\nNgày đăng: 03/09/2022 11:38\n\n" + LEAD,
         date(2022, 9, 3)),
        # A print or crawl stamp, the site's clock, is no publication date.
        ("Sơ kết công tác phòng, chống dịch bệnh\nNgày in: 20/09/2022 10:15\n\n" + LEAD, None),
        ("Hôm nay: Thứ Ba, 20/09/2022\nSơ kết công tác phòng, chống dịch bệnh\n\n" + LEAD, None),
        ("Sơ kết công tác phòng, chống dịch bệnh\nTruy cập lúc 08:30 20/09/2022\n\n" + LEAD, None),
        # Alone after the byline at the foot.
        ("Sơ kết công tác phòng, chống dịch bệnh\n\n" + LEAD + MORE + "\n\nLò Thị Hoa\n03/09/2022 16:05\n",
         date(2022, 9, 3)),
    ],
)
def test_published_in_other_places_and_shapes(text: str, published: date | None) -> None:
    assert published_date(report(text))[0] == published


def test_published_span_points_at_the_date() -> None:
    r = report("Sơ kết công tác phòng, chống dịch bệnh\nTh9 03, 2022\n\n" + LEAD)
    day, span = published_date(r)
    assert day == date(2022, 9, 3)
    assert span is not None and r.text[span.start:span.end] == span.text == "Th9 03, 2022"


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("16/04/2024", date(2024, 4, 16)),
        ("2024-04-16", date(2024, 4, 16)),
        ("Th9 05, 2022", date(2022, 9, 5)),
        ("Tháng 12 31, 2021", date(2021, 12, 31)),
        ("September 5, 2022", date(2022, 9, 5)),
        ("5 Sep 2022", date(2022, 9, 5)),
        ("tháng Chín 5, 2022", date(2022, 9, 5)),
        ("31/02/2022", None),
        ("Th2 30, 2022", None),
    ],
)
def test_full_date(written: str, day: date | None) -> None:
    assert full_date(written) == day


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # The site's header of today: a short line beside it says "Hôm nay" or the weather.
        ("Hôm nay\nThứ sáu, 12/08/2022\nLai Châu 24°C\nSơ kết công tác phòng, chống dịch bệnh\n\n" + LEAD, None),
        ("Thứ Hai, 05/09/2022\nNhiệt độ: 28℃\nSơ kết công tác phòng, chống dịch bệnh\n\n" + LEAD, None),
        ("Thứ Hai, 05/09/2022\nSơ kết công tác phòng, chống dịch bệnh\n\n" + LEAD, date(2022, 9, 5)),
        # A date written out on a line of its own.
        ("Sơ kết công tác phòng, chống dịch bệnh\nNgày 3 tháng 9 năm 2022\n\n" + LEAD, date(2022, 9, 3)),
        ("Sơ kết công tác phòng, chống dịch bệnh\nThứ Bảy, ngày 03 tháng 9 năm 2022 08:30\n\n" + LEAD, date(2022, 9, 3)),
        ("Sơ kết công tác phòng, chống dịch bệnh\nHạn chót ngày 3 tháng 9 năm 2022 cho các đơn vị\n\n" + LEAD, None),
    ],
)
def test_published_site_today_and_written_out(text: str, published: date | None) -> None:
    assert published_date(report(text))[0] == published
