"""Arbitrary text into every extractor, read as the reader reads it (NFC, tidy: broken
whitespace mended, wraps joined): never an exception, and every span points at its
mention (text[start:end] == span.text)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.extract import extract
from kg.models import Report, Span
from kg.normalize import report_text

# Pieces of real-shaped report text, recombined at random with noise between them.
FRAGMENTS = [
    "Sáng 12/3, ", "Chiều ngày 29/12/2021, ", "Sở Khoa học và Công nghệ tỉnh Trà Vinh ", "tổ chức Hội nghị tổng kết năm 2020. ",
    "Dự hội nghị có đồng chí ", "Nguyễn Quỳnh Thiện", ", Tỉnh ủy viên, ", "Phó Chủ tịch UBND tỉnh", " phát biểu chỉ đạo. ",
    "Đ/c ", "Bế Văn Lộc", " - Giám đốc Sở KH&CN", "; ", " và ", "Quyết định số 19/2014/QĐ-TTg", " ngày 5/3/2014",
    "Nghị quyết 57-NQ/TW", "TCVN ISO 9001:2015", "\n", "\n\nTin, ảnh: ", "Trúc Ly", " chủ trì ", "buổi làm việc",
    "PGS.TS. ", "Uỷ viên Ban Thường vụ Tỉnh uỷ", "Thanh Hoá", "Ông ", "bà ", "TP HCM", "(", ")", "–", ".", ",",
    "Nguyễn Tiến D", "47/63", "Lượt xem: 12", " date 2025-01-07 ", "ỦY BAN NHÂN DÂN", "Đề án 844", "làm Trưởng ban",
    # The form of copied text: runs and odd spaces, invisible characters, wraps, CR.
    "  ", "\t", "\u00a0", " \u3000", "\u200b", "\u00ad", "\ufeff", "\r\n", "\r", " ,", " ;", "\n- ", "\n\n",
    "Lò  Văn\u00a0Thạch", "Phó chủ tịch\nHội Nông dân tỉnh", "các đồng\nchí: ", "Tỉnh ủy,\nChủ tịch", "nghi\u00ad\nệp",
]

texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), max_size=40).map("".join),
)


def spans_of(obj: object, seen: set[int] | None = None) -> list[Span]:
    """Every Span reachable from an extraction result."""
    seen = set() if seen is None else seen
    if id(obj) in seen:
        return []
    seen.add(id(obj))
    if isinstance(obj, Span):
        return [obj]
    out: list[Span] = []
    if isinstance(obj, (list, tuple)):
        for x in obj:
            out += spans_of(x, seen)
    elif hasattr(obj, "__dataclass_fields__"):
        for name in obj.__dataclass_fields__:
            if name == "report":
                continue
            out += spans_of(getattr(obj, name), seen)
    return out


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_every_extractor_keeps_offsets(text: str) -> None:
    r = Report(source_file="t.txt", text=report_text(text))
    ex = extract(r)
    for span in spans_of(ex):
        assert 0 <= span.start <= span.end <= len(r.text)
        assert r.text[span.start:span.end] == span.text
    for p in ex.people:
        assert p.name.strip() and "  " not in p.name
