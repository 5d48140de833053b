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
        ("Tin, ảnh: Nông Thị Nguyệt", ["Nông Thị Nguyệt"]),
        ("Hà Nhật Mai - Chi cục TCĐLC", ["Hà Nhật Mai"]),
        ("Kim Tuyền\nTrung tâm Thông tin và Thống kê KH&CN", ["Kim Tuyền"]),
        ("hbnguyet", ["hbnguyet"]),
        ("Minh Anh - Thu Hà", ["Minh Anh", "Thu Hà"]),
        ("Bài, ảnh: Quang Huy và Ngọc Lan", ["Quang Huy", "Ngọc Lan"]),
        ("Thanh Tâm (Trung tâm Thông tin)", ["Thanh Tâm"]),
        # A name with a long unit after it, in brackets or after a dash.
        ("Thu Hà (Trung tâm Thông tin và Thống kê KH&CN tỉnh)", ["Thu Hà"]),
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
    ],
)
def test_bylines_at_the_end(tail: str, authors: list[str]) -> None:
    assert [b.name for b in extract_bylines(report(BODY + tail))] == authors


@pytest.mark.parametrize(
    ("head", "authors"),
    [
        ("Nâng cao kiến thức về truy xuất nguồn gốc\n\nThu Hà 14:28, 16/05/2024\n\n", ["Thu Hà"]),
        ("Thành lập Ban điều hành hỗ trợ khởi nghiệp\n\nTÂM ĐAN |\n\n", ["TÂM ĐAN"]),
    ],
)
def test_bylines_under_the_headline(head: str, authors: list[str]) -> None:
    body = ("Chủ tịch UBND tỉnh vừa ký Quyết định số 309/QĐ-UBND thành lập Ban điều hành hỗ trợ khởi nghiệp sáng "
            "tạo tỉnh để thay thế cho quyết định trước.")
    assert [b.name for b in extract_bylines(report(head + body))] == authors
