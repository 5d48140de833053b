from __future__ import annotations

from datetime import date

import pytest

from kg.extract import extract_meeting
from kg.extract.datelines import published_date
from tests.conftest import report


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Hội nghị tổng kết công tác năm 2023\n\nSáng 5/1/2024, Sở KH&CN tổ chức hội nghị tổng kết công tác năm 2023.",
         "ReviewConference"),
        ("Sơ kết 6 tháng đầu năm 2024\n\nChiều 10/7/2024, Sở KH&CN tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2024.",
         "ReviewConference"),
        ("UBND tỉnh làm việc với Sở Khoa học và Công nghệ\n\nSáng 3/4/2024, đồng chí Chủ tịch UBND tỉnh đã có buổi "
         "làm việc với lãnh đạo Sở Khoa học và Công nghệ.", "WorkingSession"),
        ("Tọa đàm về khởi nghiệp\n\nNgày 12/5/2024, Sở KH&CN tổ chức tọa đàm về khởi nghiệp đổi mới sáng tạo.",
         "Seminar"),
        ("Hội thảo khoa học về giống lúa\n\nNgày 12/5/2024, Sở KH&CN tổ chức hội thảo khoa học về giống lúa mới.",
         "Workshop"),
        ("Tập huấn quản lý tài sản trí tuệ\n\nNgày 12/5/2024, Sở KH&CN tổ chức hội nghị tập huấn cho doanh nghiệp.",
         "Workshop"),
        ("Lễ trao giải Hội thi sáng tạo kỹ thuật\n\nSáng 20/11/2023, Ban tổ chức long trọng tổ chức lễ trao giải.",
         "Ceremony"),
        ("Họp hội đồng tư vấn xác định nhiệm vụ\n\nNgày 16/1/2024, Sở KH&CN tổ chức họp Hội đồng tư vấn xác định "
         "nhiệm vụ khoa học cấp tỉnh.", "CouncilMeeting"),
        ("Hội nghị góp ý dự thảo Đề án\n\nNgày 16/1/2024, Sở KH&CN tổ chức Hội nghị góp ý dự thảo Đề án phát triển "
         "khoa học.", "OtherMeeting"),
        ("Nghiệm thu đề tài nghiên cứu giống lúa mới\n\nNgày 8/6/2024, Sở KH&CN tổ chức nghiệm thu đề tài cấp tỉnh.",
         "CouncilMeeting"),
        # News of a decision is about no meeting: OtherMeeting, and no date.
        ("Thành lập Hội đồng Sáng kiến tỉnh\n\nChủ tịch UBND tỉnh vừa ký Quyết định số 10/QĐ-UBND ngày 5/1/2024 "
         "thành lập Hội đồng Sáng kiến tỉnh.", "OtherMeeting"),
        # A meeting noun inside a document's name is not an event.
        ("Triển khai Kế hoạch của Tỉnh ủy\n\nUBND tỉnh vừa có chỉ đạo triển khai Nghị quyết Hội nghị Trung ương 6 "
         "khóa XI về phát triển khoa học và công nghệ trên địa bàn tỉnh.", "OtherMeeting"),
    ],
)
def test_kind(text: str, kind: str) -> None:
    assert extract_meeting(report(text)).kind == kind


@pytest.mark.parametrize(
    ("text", "meeting_date"),
    [
        # Explicit dates in every shape.
        ("Hội nghị tổng kết\n\nChiều ngày 15/01/2021, Sở KH&CN tổ chức Hội nghị tổng kết công tác năm 2020.",
         "2021-01-15"),
        ("Hội nghị\n\nNgày 19 tháng 7 năm 2021, Sở KH&CN tổ chức hội nghị tập huấn cho các doanh nghiệp.",
         "2021-07-19"),
        ("Hội nghị\n\nSáng ngày 05 tháng 01 năm 2021 Sở KH&CN đã có buổi làm việc với Huyện ủy về công tác.",
         "2021-01-05"),
        # No year: from the publication date (the last such day not after it) ...
        ("Hội nghị tổng kết\nThứ năm, 28/04/2022 09:20\n\nSáng 25/4, Sở KH&CN tổ chức hội nghị tổng kết công tác.",
         "2022-04-25"),
        ("Hội thảo\n17:05 - 05/01/2023\n\nNgày 28-12, Sở KH&CN tổ chức hội thảo khoa học về giống lúa mới.",
         "2022-12-28"),
        # ... or from the year a review conference reviews.
        ("Hội nghị Tổng kết hoạt động năm 2021\n\nChiều ngày 29/12, Sở KH&CN tổ chức Hội nghị Tổng kết năm 2021.",
         "2021-12-29"),
        ("Hội nghị tổng kết năm 2023\n\nSáng 9/1, Sở KH&CN tổ chức hội nghị tổng kết công tác năm 2023 và triển khai "
         "nhiệm vụ năm 2024.", "2024-01-09"),
        # ... or from the year it plans for: next year's tasks are set late in the year,
        # a year's plan is launched early in it; between, the plan dates nothing.
        ("Xác định nhiệm vụ Khoa học, Công nghệ cấp tỉnh năm 2024\n\nChiều ngày 30/11, Hội đồng Khoa học và Công "
         "nghệ tỉnh đã tổ chức phiên họp xác định nhiệm vụ khoa học và công nghệ cấp tỉnh năm 2024.", "2023-11-30"),
        ("Hội nghị triển khai kế hoạch\n\nSáng 12/1, Sở KH&CN tổ chức hội nghị triển khai kế hoạch năm 2024.",
         "2024-01-12"),
        ("Họp hội đồng\n\nSáng 12/6, Hội đồng họp xác định nhiệm vụ khoa học và công nghệ năm 2024.", None),
        ("Hội nghị triển khai kế hoạch\n\nSáng 12/11, Sở KH&CN tổ chức hội nghị triển khai kế hoạch năm 2024.",
         None),
        ("Họp hội đồng\n\nChiều ngày 30/11, Hội đồng họp xác định nhiệm vụ. Năm 2024 tỉnh có nhiều đề tài.", None),
        # A meeting of several days is dated by its first.
        ("Lễ ký kết hợp tác\n\nTrong 2 ngày 12 và 13/3/2024, Sở KH&CN tổ chức lễ ký kết chương trình hợp tác.",
         "2024-03-12"),
        ("Hội thảo khoa học về chuyển đổi số\n\nNgày 12-13/3/2024, Sở KH&CN tổ chức hội thảo khoa học.", "2024-03-12"),
        ("Hội thảo khoa học về chuyển đổi số\n\nTừ ngày 12 đến ngày 14/3/2024, Sở KH&CN tổ chức hội thảo.",
         "2024-03-12"),
        ("Hội thảo khoa học về chuyển đổi số\n\nChiều 5-1-2024, Sở KH&CN tổ chức hội thảo khoa học.", "2024-01-05"),
        # "today", "yesterday" before the date.
        ("Hội nghị tổng kết năm 2023\n\nSáng nay 11/1, Sở KH&CN tổ chức hội nghị tổng kết công tác năm 2023.",
         "2024-01-11"),
        ("Hội thảo khoa học về chuyển đổi số\n\nHôm nay 5/1/2024, Sở KH&CN tổ chức hội thảo khoa học.", "2024-01-05"),
        # No year the text makes certain: no date.
        ("Buổi làm việc\n\nNgày 25-3, Đoàn công tác của Bộ KH&CN đã có buổi làm việc tại tỉnh về khoa học.", None),
        # A document's date is not the meeting's.
        ("Hội nghị\n\nThực hiện Quyết định số 844/QĐ-TTg ngày 18/5/2016, Sở KH&CN tổ chức hội nghị tập huấn.", None),
        # "vừa", "mới đây" with a publication date give the year only.
        ("Họp hội đồng\nNgày đăng : 19-07-2021\n\nSở KH&CN tỉnh mới đây đã tổ chức họp hội đồng tuyển chọn nhiệm vụ.",
         "2021"),
    ],
)
def test_date(text: str, meeting_date: str | None) -> None:
    assert extract_meeting(report(text)).date == meeting_date


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Hội nghị tổng kết công tác năm 2020 và triển khai nhiệm vụ năm 2021\n\nSáng 5/1/2021, Sở tổ chức hội nghị.",
         2020),
        ("Tổng kết hoạt động Thông tin và Ứng dụng chuyển giao công nghệ năm 2019\n\nChiều 19/12/2019 Trung tâm "
         "tổ chức hội nghị tổng kết hoạt động thông tin và ứng dụng chuyển giao công nghệ năm 2019.", 2019),
        ("Hội nghị đánh giá kết quả nhiệm vụ\n\nChiều 14/4/2022, UBND tỉnh tổ chức Hội nghị đánh giá kết quả.", None),
    ],
)
def test_review_year(text: str, year: int | None) -> None:
    assert extract_meeting(report(text)).review_year == year


BODY = ("Bộ KH&CN công bố Quyết định thành lập Viện\nSáng nay (15/4), tại Hà Nội, Bộ KH&CN tổ chức lễ công bố "
        "Quyết định thành lập Viện Công nghệ số.\nCác đại biểu dự lễ đã chúc mừng Viện.")


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (" date 2026-01-07 Chiều 7/1, Sở KH&CN tổ chức hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ.",
         date(2026, 1, 7)),
        ("Tiêu đề bài viết ở đây\nNgày đăng : 07/01/2021\nTác giả :\n\nNội dung bài viết dài hơn mười hai chữ ở đây "
         "để làm thân bài.", date(2021, 1, 7)),
        ("Tiêu đề bài viết ở đây (10/11/2017 16:10)\n\nSáng 10/11, Sở tổ chức hội nghị hợp tác phát triển khoa học "
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


def test_date_span_points_at_the_date() -> None:
    r = report("Hội nghị\n\nChiều ngày 15/01/2021, Sở KH&CN tổ chức Hội nghị tổng kết công tác năm 2020.")
    m = extract_meeting(r)
    assert m.date_span is not None
    assert r.text[m.date_span.start:m.date_span.end] == m.date_span.text == "15/01/2021"


def test_empty_report_is_other_meeting() -> None:
    m = extract_meeting(report(""))
    assert (m.kind, m.date, m.is_meeting) == ("OtherMeeting", None, False)
