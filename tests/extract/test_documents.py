"""Citations of legal documents: every form in use, and the look-alikes that must not parse."""

from __future__ import annotations

import pytest

from kg.extract import extract_citations
from tests.conftest import report


def cite(text: str) -> list[tuple[str, str, str]]:
    return [(c.number, c.doc_type, c.scope) for c in extract_citations(report(text))]


FORMS = [
    # number/year/type-issuer
    ("theo Quyết định số 19/2014/QĐ-TTg của Thủ tướng", "19/2014/QĐ-TTg", "Decision", "national"),
    ("Nghị quyết số 44/2021/NQ-HĐND của HĐND tỉnh", "44/2021/NQ-HĐND", "Resolution", "local"),
    ("Quyết định 14/2021/QĐ-UBND ngày 19/7/2021", "14/2021/QĐ-UBND", "Decision", "local"),
    ("Nghị định 08/2014/NĐ-CP quy định chi tiết", "08/2014/NĐ-CP", "Decree", "national"),
    ("Nghị định số 70/2018/NĐ-CP", "70/2018/NĐ-CP", "Decree", "national"),
    ("Thông tư số 03/2017/TT-BKHCN", "03/2017/TT-BKHCN", "Circular", "national"),
    ("Thông tư liên tịch số 27/2015/TTLT-BKHCN-BTC", "27/2015/TTLT-BKHCN-BTC", "Circular", "national"),
    ("Thông tư 15/2022/TT-BTC hướng dẫn", "15/2022/TT-BTC", "Circular", "national"),
    ("Quyết định số 12/2016/QĐ-UBND về quy định", "12/2016/QĐ-UBND", "Decision", "local"),
    ("Chỉ thị số 05/2019/CT-UBND", "05/2019/CT-UBND", "Directive", "local"),
    # Spacing and dash variants.
    ("Quyết định số 19/2014/QĐ- TTg", "19/2014/QĐ-TTg", "Decision", "national"),
    ("Quyết định số 19/2014/QĐ - TTg", "19/2014/QĐ-TTg", "Decision", "national"),
    ("Quyết định số 19 / 2014 / QĐ-TTg", "19/2014/QĐ-TTg", "Decision", "national"),
    ("Quyết định 1131/QĐ–UBND", "1131/QĐ-UBND", "Decision", "local"),
    ("theo Quyết định số 19/2014/QD-TTg", "19/2014/QĐ-TTg", "Decision", "national"),
    ("Quyết định số 225/QĐ-TTG", "225/QĐ-TTg", "Decision", "national"),
    # Administrative numbers without a year.
    ("Quyết định số 712/QĐ-TTg", "712/QĐ-TTg", "Decision", "national"),
    ("Quyết định 844/QĐ-TTg ngày 18/5/2016", "844/QĐ-TTg", "Decision", "national"),
    ("Quyết định số 569/QĐ-TTg ngày 11/5/2022 của Thủ tướng", "569/QĐ-TTg", "Decision", "national"),
    ("Nghị quyết số 46/NQ-CP ngày 29/3/2013", "46/NQ-CP", "Resolution", "national"),
    ("Nghị quyết 03/NQ-CP", "03/NQ-CP", "Resolution", "national"),
    ("Quyết định số 82/QĐ-BKHCN ngày 16/01/2019", "82/QĐ-BKHCN", "Decision", "national"),
    ("Quyết định số 304/QĐ-UBND", "304/QĐ-UBND", "Decision", "local"),
    ("Kế hoạch số 1636/KH-UBND ngày 02 tháng 7 năm 2021", "1636/KH-UBND", "Plan", "local"),
    ("Kế hoạch số 45/KH-UBND ngày 20/3/2020 của UBND tỉnh", "45/KH-UBND", "Plan", "local"),
    ("Kế hoạch số 1158/KH-SGTVT về duy trì", "1158/KH-SGTVT", "Plan", "local"),
    ("Thông báo số 120/TB-UBND", "120/TB-UBND", "Notice", "local"),
    ("Thông báo số 20/TB-VPCP", "20/TB-VPCP", "Notice", "national"),
    ("Báo cáo số 88/BC-SKHCN", "88/BC-SKHCN", "ReportDocument", "local"),
    ("Quyết định số 1731/QĐ-UBND về việc thành lập", "1731/QĐ-UBND", "Decision", "local"),
    ("Hướng dẫn số 12/HD-SKHCN", "12/HD-SKHCN", "Guidance", "local"),
    ("Quy chế số 01/QC-UBND", "01/QC-UBND", "Regulation", "local"),
    # Official letters: number/issuer-unit.
    ("Văn bản số 2269/UBND-KGVX giao Sở", "2269/UBND-KGVX", "OfficialLetter", "local"),
    ("Công văn số 1067/UBND-KGVX ngày 10/10/2019", "1067/UBND-KGVX", "OfficialLetter", "local"),
    ("văn bản số 4717/BKHCN-CNN về việc", "4717/BKHCN-CNN", "OfficialLetter", "national"),
    ("Công văn số 5335/BKHCN-TĐC", "5335/BKHCN-TĐC", "OfficialLetter", "national"),
    ("công văn số 419/BKHCN-TĐC về lộ trình", "419/BKHCN-TĐC", "OfficialLetter", "national"),
    ("Công văn số 64/SKHCN-QLCN", "64/SKHCN-QLCN", "OfficialLetter", "local"),
    # Party documents: number-type/issuer.
    ("Nghị quyết số 57-NQ/TW ngày 22/12/2024", "57-NQ/TW", "Resolution", "national"),
    ("Nghị quyết số 20 – NQ/TW về phát triển", "20-NQ/TW", "Resolution", "national"),
    ("Nghị quyết 20-NQ/TƯ", "20-NQ/TW", "Resolution", "national"),
    ("Kết luận số 50-KL/TW ngày 30/5/2019", "50-KL/TW", "Conclusion", "national"),
    ("Kết luận số 48-KL/TW", "48-KL/TW", "Conclusion", "national"),
    ("Chỉ thị số 42-CT/TW", "42-CT/TW", "Directive", "national"),
    ("Nghị quyết số 52-NQ/TW", "52-NQ/TW", "Resolution", "national"),
    ("Kế hoạch số 118-KH/TUngày 06/9/2019", "118-KH/TU", "Plan", "local"),
    ("Chương trình số 15-CTr/TU", "15-CTr/TU", "Programme", "local"),
    ("Nghị quyết số 05-NQ/HU", "05-NQ/HU", "Resolution", "local"),
    ("Quy định số 205-QĐ/TW", "205-QĐ/TW", "Decision", "national"),
    # Laws and resolutions of the National Assembly.
    ("Luật Khoa học và Công nghệ số 29/2013/QH13", "29/2013/QH13", "Law", "national"),
    ("Nghị quyết số 202/2025/QH15 về sắp xếp", "202/2025/QH15", "Resolution", "national"),
    ("Nghị quyết số 1667/NQ-UBTVQH15", "1667/NQ-UBTVQH15", "Resolution", "national"),
    ("Luật số 93/2025/QH15", "93/2025/QH15", "Law", "national"),
    # Standards.
    ("theo TCVN ISO 9001:2015", "TCVN ISO 9001:2015", "Standard", "national"),
    ("TCVN ISO 14001:2015 và", "TCVN ISO 14001:2015", "Standard", "national"),
    ("tiêu chuẩn TCVN ISO 9001:2008 vào", "TCVN ISO 9001:2008", "Standard", "national"),
    ("theo TCVN 13993:2024, thu thập", "TCVN 13993:2024", "Standard", "national"),
    ("tiêu chuẩn TCVN SO 9001:2015 đối với", "TCVN ISO 9001:2015", "Standard", "national"),
    ("phiên bản ISO 9001:2015", "ISO 9001:2015", "Standard", "national"),
    ("QCVN 01:2019/BKHCN", "QCVN 01:2019/BKHCN", "Standard", "national"),
    ("TCVN ISO/IEC 17025:2017", "TCVN ISO/IEC 17025:2017", "Standard", "national"),
    # A joint resolution; a number written with a thousands dot.
    ("Nghị quyết liên tịch số 01/2020/NQLT-BKHCN-TWĐTN", "01/2020/NQLT-BKHCN-TWĐTN", "Resolution", "national"),
    ("Quyết định số 1.234/QĐ-UBND ngày 5/5/2024", "1234/QĐ-UBND", "Decision", "local"),
    # The eth of old encodings (U+00D0) for Đ.
    ("Quyết định số 12/Q\u00d0-UBND ngày 3/1/2024", "12/QĐ-UBND", "Decision", "local"),
    # A Party committee's own bodies: the Tỉnh ủy's are local, the Central Committee's national.
    ("Hướng dẫn số 05-HD/BTGTU của Ban Tuyên giáo Tỉnh ủy", "05-HD/BTGTU", "Guidance", "local"),
    ("Kế hoạch số 12-KH/BDVHU", "12-KH/BDVHU", "Plan", "local"),
    ("Hướng dẫn số 126-HD/BTGTW", "126-HD/BTGTW", "Guidance", "national"),
    # Short forms the catalogue resolves.
    ("Nghị quyết số 57 của Bộ Chính trị về đột phá", "57-NQ/TW", "Resolution", "national"),
    ("thực hiện Nghị quyết 57 về khoa học", "57-NQ/TW", "Resolution", "national"),
    ("Đề án 844 về hỗ trợ khởi nghiệp", "844/QĐ-TTg", "Decision", "national"),
    ("Đề án 996 đo lường", "996/QĐ-TTg", "Decision", "national"),
    ("Đề án 100 của Thủ tướng Chính phủ về truy xuất", "100/QĐ-TTg", "Decision", "national"),
    ("Quyết định số 844 của Thủ tướng Chính phủ", "844/QĐ-TTg", "Decision", "national"),
    ("Luật KH&CN năm 2013", "29/2013/QH13", "Law", "national"),
]


@pytest.mark.parametrize(("text", "number", "doc_type", "scope"), FORMS)
def test_forms(text: str, number: str, doc_type: str, scope: str) -> None:
    assert (number, doc_type, scope) in cite(text)


def test_enough_forms() -> None:
    assert len(FORMS) >= 60


LOOK_ALIKES = [
    "Chiều ngày 29/12, tại Văn phòng",  # a date
    "ngày 19/7/2021",  # a full date
    "từ 18-5-1959 đến 18-5-2019",  # dates with dashes
    "47/63 tỉnh, thành phố đã ban hành",  # a ratio
    "đạt 23,5% kế hoạch",  # a percentage
    "giai đoạn 2021-2025",  # a period
    "điện thoại 0292.3824.456 hoặc 0918 123 456",  # phone numbers
    "lúc 10:15 ngày 11/05/2020",  # a time
    "Covid-19 bùng phát lần thứ 4",  # a disease
    "theo địa chỉ http://www.most.gov.vn/vn/Pages/x.aspx",  # a URL
    "nhiệm kỳ 2021-2026",  # a term
    "Nghị quyết 12 của HĐND tỉnh",  # a short form the catalogue cannot decide
    "Quyết định số 844 của UBND tỉnh",  # bare number with a local issuer
    "Kế hoạch 1523 về hỗ trợ",  # a local plan without its full number
    "Đề án 06 về chuyển đổi số",  # not in the catalogue
    "TCVN ISO 9001 vào hoạt động",  # a standard series without its year
    "phòng 3/2 tầng 4",  # an address
    "Lượt xem: 2358 | Hôm nay: 23/45",  # page counters
    "tỷ lệ 3/4 thành viên",  # a fraction
    "GDP tăng 7,2%/năm",  # a rate
    "số 2 đường Trần Hưng Đạo",  # a street number
    "ISO 9001 và ISO 14001",  # series without years
    "Luật Khoa học và Công nghệ năm 2000",  # not the catalogued year
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes(text: str) -> None:
    assert cite(text) == []


def test_enough_look_alikes() -> None:
    assert len(LOOK_ALIKES) >= 20


@pytest.mark.parametrize(
    ("text", "year", "date"),
    [
        ("Quyết định 712/QĐ-TTg ngày 26/5/2017 của Thủ tướng", 2017, "2017-05-26"),
        ("Quyết định số 1645/QĐ-UBND ngày 25.5.2018 về việc", 2018, "2018-05-25"),
        ("Kế hoạch số 1636/KH-UBND ngày 02 tháng 7 năm 2021", 2021, "2021-07-02"),
        ("Quyết định số 304/QĐ-UBND thành lập", None, None),
        ("Quyết định số 19/2014/QĐ-TTg ngày 5/3/2014", 2014, "2014-03-05"),
    ],
)
def test_year_and_date_from_the_text(text: str, year: int | None, date: str | None) -> None:
    (c,) = extract_citations(report(text))
    assert (c.year, c.date) == (year, date)


def test_offsets_and_order() -> None:
    text = "Thực hiện Quyết định số 19/2014/QĐ-TTg và Nghị quyết số 57-NQ/TW, TCVN ISO 9001:2015."
    r = report(text)
    cs = extract_citations(r)
    assert [c.number for c in cs] == ["19/2014/QĐ-TTg", "57-NQ/TW", "TCVN ISO 9001:2015"]
    for c in cs:
        assert r.text[c.span.start:c.span.end] == c.span.text


def test_one_citation_per_occurrence_not_per_pattern() -> None:
    # The Party pattern and the slashed pattern must not both read "57-NQ/TW".
    assert len(extract_citations(report("Nghị quyết số 57-NQ/TW."))) == 1
