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
    ("Kế hoạch số 2417/KH-UBND ngày 09 tháng 11 năm 2022", "2417/KH-UBND", "Plan", "local"),
    ("Kế hoạch số 68/KH-UBND ngày 14/9/2020 của UBND tỉnh", "68/KH-UBND", "Plan", "local"),
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
    # The type code decides, whoever the issuer: a submission, a review report of a council's committee.
    ("Tờ trình số 56/TTr-UBND ngày 02/3/2024 của UBND tỉnh", "56/TTr-UBND", "Submission", "local"),
    ("theo đề nghị tại Tờ trình số 97/TTr-KHCN của Sở", "97/TTr-KHCN", "Submission", "local"),
    ("Báo cáo thẩm tra số 23/BC-KTNS của Ban Kinh tế - Ngân sách", "23/BC-KTNS", "ReportDocument", "local"),
    ("Báo cáo số 14/BC-BDT ngày 9/10/2024 của Ban Dân tộc", "14/BC-BDT", "ReportDocument", "local"),
    # A code beginning with B is no ministry unless it is one: a province's board's.
    ("Kế hoạch số 08/KH-BQL của Ban Quản lý Khu kinh tế", "08/KH-BQL", "Plan", "local"),
    # A body's code ending in QG (quốc gia) is national.
    ("Quyết định số 415/QĐ-BCĐQG của Ban Chỉ đạo quốc gia", "415/QĐ-BCĐQG", "Decision", "national"),
    ("Thông báo số 12/TB-HĐQG của Hội đồng", "12/TB-HĐQG", "Notice", "national"),
    ("Kế hoạch số 12-KH/ĐUK của Đảng ủy Khối", "12-KH/ĐUK", "Plan", "local"),
    ("Chương trình số 04-CTr/ĐUCA về công tác", "04-CTr/ĐUCA", "Programme", "local"),
    # A dispatch, an ordinance.
    ("Công điện số 05/CĐ-TTg ngày 21/01/2023", "05/CĐ-TTg", "OfficialLetter", "national"),
    ("Công điện 09/CĐ-UBND ngày 12/02/2024 về phòng", "09/CĐ-UBND", "OfficialLetter", "local"),
    ("Pháp lệnh số 02/2011/PL-UBTVQH12", "02/2011/PL-UBTVQH12", "Ordinance", "national"),
    ("Pháp lệnh Ưu đãi người có công số 02/2020/UBTVQH14", "02/2020/UBTVQH14", "Ordinance", "national"),
    # A ministry's initials without the B are national.
    ("Công văn số 3866/LĐTBXH-BTXH của Bộ", "3866/LĐTBXH-BTXH", "OfficialLetter", "national"),
    ("văn bản số 2207/GTVT-KHCN của Bộ Giao thông vận tải", "2207/GTVT-KHCN", "OfficialLetter", "national"),
    ("Thông tư số 21/2023/TT-BCT của Bộ Công Thương", "21/2023/TT-BCT", "Circular", "national"),
    # A code has at most one small letter: a word after a spaced dash, or run into the code, is not part of it.
    ("Quyết định 349/QĐ-UBND - Ban hành kèm theo", "349/QĐ-UBND", "Decision", "local"),
    ("Kế hoạch số 77/KH-UBND – VanBan", "77/KH-UBND", "Plan", "local"),
    ("Quyết định số 12/QĐ-UBNDXem chi tiết", "12/QĐ-UBND", "Decision", "local"),
    ("Nghị định 13/2019/NĐ-CPTải về", "13/2019/NĐ-CP", "Decree", "national"),
    ("Quyết định 225/QĐ-TTgXem thêm", "225/QĐ-TTg", "Decision", "national"),
    ("Quyết định số 1523/QĐ-UBNDngày 12/5/2023", "1523/QĐ-UBND", "Decision", "local"),
    ("Kế hoạch số 205-KH/TUXem thêm", "205-KH/TU", "Plan", "local"),
    # A stray digit in the type code.
    ("Quyết định số 1234/QĐ0-UBND ngày 3/4/2024", "1234/QĐ-UBND", "Decision", "local"),
    ("Kế hoạch số 45/KH1-UBND ngày 3/3/2023", "45/KH-UBND", "Plan", "local"),
    # A Party document written the state's way.
    ("Nghị quyết số 05/NQ-TU của Tỉnh ủy", "05-NQ/TU", "Resolution", "local"),
    ("Kết luận số 36/KL-TW của Bộ Chính trị", "36-KL/TW", "Conclusion", "national"),
    # A space for the year's slash, before a type code; a type code without its Đ.
    ("Nghị định 15/2020 NĐ-CP quy định xử phạt", "15/2020/NĐ-CP", "Decree", "national"),
    ("Thông tư 02/2017 TT-BKHCN hướng dẫn", "02/2017/TT-BKHCN", "Circular", "national"),
    ("Nghị định số 47/2024/ND-CP ngày 09/5/2024", "47/2024/NĐ-CP", "Decree", "national"),
    ("Nghi dinh so 99/2014/ND-CP", "99/2014/NĐ-CP", "Decree", "national"),
    # Standards: metrology documents, the year left out, the old dash before the year, glued, regulation parts.
    ("kiểm định theo ĐLVN 25:2019 và", "ĐLVN 25:2019", "Standard", "national"),
    ("quy trình DLVN 10:2017 đối với cột đo", "ĐLVN 10:2017", "Standard", "national"),
    ("áp dụng TCVN ISO 9001 tại các xã", "TCVN ISO 9001", "Standard", "national"),
    ("hệ thống quản lý môi trường ISO 14001 và", "ISO 14001", "Standard", "national"),
    ("nước thải đạt TCVN 5945-2005, cột B", "TCVN 5945:2005", "Standard", "national"),
    ("tiêu chuẩn TCVN ISO: 14001 - 2010 vào", "TCVN ISO 14001:2010", "Standard", "national"),
    ("chứng nhận TCVNISO9001:2015 cho", "TCVN ISO 9001:2015", "Standard", "national"),
    ("nước đạt QCVN01:2009/BYT tại", "QCVN 01:2009/BYT", "Standard", "national"),
    ("nước ngầm theo QCVN 09-MT:2015/BTNMT", "QCVN 09-MT:2015/BTNMT", "Standard", "national"),
    ("phân bón đạt QCVN 01-189:2019/BNNPTNT", "QCVN 01-189:2019/BNNPTNT", "Standard", "national"),
    ("thử nghiệm theo IEC 61000-4-2:2008", "IEC 61000-4-2:2008", "Standard", "national"),
    # Joint rules and programmes; a consolidated text.
    ("Quy chế phối hợp số 01/QCPH-SKHCN-CAT giữa hai ngành", "01/QCPH-SKHCN-CAT", "Regulation", "local"),
    ("Chương trình phối hợp số 03/CTPH-SKHCN-HND", "03/CTPH-SKHCN-HND", "Programme", "local"),
    ("Văn bản hợp nhất số 05/VBHN-BKHCN ngày 10/3/2022", "05/VBHN-BKHCN", "ConsolidatedText", "national"),
    ("theo Văn bản hợp nhất số 12/VBHN-VPQH", "12/VBHN-VPQH", "ConsolidatedText", "national"),
    ("Văn bản hợp nhất số 03/VBHN-UBND của UBND tỉnh", "03/VBHN-UBND", "ConsolidatedText", "local"),
    # Other national bodies.
    ("Lệnh số 12/2023/L-CTN công bố Luật", "12/2023/L-CTN", "Law", "national"),
    ("Công văn số 1520/SHTT-TTTH của Cục Sở hữu trí tuệ", "1520/SHTT-TTTH", "OfficialLetter", "national"),
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
    "tiêu chuẩn quốc gia (TCVN) hoặc quy chuẩn (QCVN)",  # families without a code
    "TCVN 5 bộ, QCVN 3 nhóm",  # a count after a family name
    "phòng 3/2 tầng 4",  # an address
    "Lượt xem: 2358 | Hôm nay: 23/45",  # page counters
    "tỷ lệ 3/4 thành viên",  # a fraction
    "GDP tăng 7,2%/năm",  # a rate
    "số 2 đường Trần Hưng Đạo",  # a street number
    "ngày 05/2024 UBND tỉnh họp",  # a month and year, then a body: a space for the slash needs a type code
    "Mã số NV.PT-01/23, phòng 2.05",  # a task's code, a room
    "Lưu: VT, 5.19.05; V/v triển khai",  # a file code, "về việc"
    "báo cáo theo Mẫu số 02/BC-KQ và Biểu số 01/TH-NV",  # a template's number
    "Phiếu đề xuất theo mẫu số 01-ĐX/TU",  # a Party template's number
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
        ("Quyết định số 2093/QĐ-UBND ngày 17.8.2018 về việc", 2018, "2018-08-17"),
        ("Kế hoạch số 2417/KH-UBND ngày 09 tháng 11 năm 2022", 2022, "2022-11-09"),
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


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        # A regulation's year and issuer are no official letter "2015/BTNMT".
        ("nước ngầm theo QCVN 09-MT:2015/BTNMT và", ["QCVN 09-MT:2015/BTNMT"]),
        ("nước sạch theo QCVN 01-1:2018/BYT.", ["QCVN 01-1:2018/BYT"]),
        # The word after a spaced dash is no code of the notation.
        ("Quyết định 349/QĐ-UBND - Ban hành tháng 3", ["349/QĐ-UBND"]),
        ("Quyết định số 19/2014/QĐ - TTg về ISO", ["19/2014/QĐ-TTg"]),
    ],
)
def test_the_whole_of_a_text(text: str, numbers: list[str]) -> None:
    assert [c.number for c in extract_citations(report(text))] == numbers


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        # A short form without the year is the full number the report also cites.
        ("Nghị quyết số 20/2023/NQ-HĐND quy định mức chi. Các hồ sơ theo Nghị quyết 20/NQ-HĐND tiếp tục.",
         ["20/2023/NQ-HĐND", "20/2023/NQ-HĐND"]),
        ("Quyết định 07/QĐ-UBND giao nhiệm vụ; Quyết định số 07/2022/QĐ-UBND quy định.",
         ["07/2022/QĐ-UBND", "07/2022/QĐ-UBND"]),
        # Two full numbers fit: the short form stays as written.
        ("Quyết định 07/2021/QĐ-UBND, Quyết định 07/2022/QĐ-UBND và Quyết định 07/QĐ-UBND.",
         ["07/2021/QĐ-UBND", "07/2022/QĐ-UBND", "07/QĐ-UBND"]),
        # A standard without its year is the edition the report cites.
        ("chuyển đổi sang TCVN ISO 9001:2015; duy trì TCVN ISO 9001 tại 20 xã", ["TCVN ISO 9001:2015"] * 2),
        ("áp dụng ISO 14001 theo phiên bản ISO 14001:2015", ["ISO 14001:2015"] * 2),
    ],
)
def test_one_document_however_the_report_writes_it(text: str, numbers: list[str]) -> None:
    assert [c.number for c in extract_citations(report(text))] == numbers


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Quyết định số 1055/QĐ-TTg ngày 20/7/2020 của Thủ tướng; theo Quyết định 1055/QĐ-TTg, tỉnh", [2020, 2020]),
        ("Thực hiện Kế hoạch 312/KH-UBND; Kế hoạch số 312/KH-UBND ngày 5/4/2023 giao", [2023, 2023]),
        # Two dates, two documents: the undated one is left alone.
        ("Quyết định 88/QĐ-UBND ngày 2/1/2020, Quyết định 88/QĐ-UBND ngày 9/1/2023, Quyết định 88/QĐ-UBND",
         [2020, 2023, None]),
    ],
)
def test_a_yearless_number_takes_the_year_of_its_dated_citation(text: str, years: list[int | None]) -> None:
    assert [c.year for c in extract_citations(report(text))] == years


MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"


@pytest.mark.parametrize(
    ("text", "own"),
    [
        (f"ỦY BAN NHÂN DÂN\nTỈNH ĐIỆN BIÊN\n{MOTTO}Số: 21/2016/QĐ-UBND\tĐiện Biên, ngày 5 tháng 3 năm 2016\n"
         "QUYẾT ĐỊNH\nCăn cứ Quyết định số 04/2015/QĐ-UBND;\n", "21/2016/QĐ-UBND"),
        (f"SỞ TÀI CHÍNH\n{MOTTO}Số: 312 /STC-NS\nV/v hướng dẫn Thông tư số 15/2022/TT-BTC\n", "312/STC-NS"),
        (f"QUỐC HỘI\n{MOTTO}Luật số: 45/2019/QH14\tHà Nội, ngày 20 tháng 11 năm 2019\nLUẬT\n", "45/2019/QH14"),
        ("HUYỆN ỦY MƯỜNG TÈ\n*\nSố 09-NQ/HU\nĐẢNG CỘNG SẢN VIỆT NAM\nMường Tè, ngày 2 tháng 4 năm 2024\n"
         "Thực hiện Nghị quyết số 05-NQ/TU của Tỉnh ủy\n", "09-NQ/HU"),
        (f"CHÍNH PHỦ\n{MOTTO}NGHỊ ĐỊNH\nCỦA CHÍNH PHỦ SỐ 24/2014/NĐ-CP NGÀY 04 THÁNG 4 NĂM 2014 QUY ĐỊNH TỔ CHỨC\n"
         "Căn cứ Nghị định số 13/2008/NĐ-CP;\n", "24/2014/NĐ-CP"),
        (f"UBND TỈNH YÊN BÁI {MOTTO.replace(chr(10), ' ')}Số: 77/TB-SKHCN Yên Bái, ngày 5 tháng 6 năm 2023 THÔNG BÁO",
         "77/TB-SKHCN"),
        # Copied without the motto: "Số:" on one of the first lines.
        ("ỦY BAN NHÂN DÂN TỈNH SƠN LA\nSố: 1450/QĐ-UBND\nQUYẾT ĐỊNH\nCăn cứ Quyết định số 20/2022/QĐ-UBND;\n",
         "1450/QĐ-UBND"),
        ("Số hiệu: 08/2023/TT-BKHCN\nLoại văn bản: Thông tư\nCăn cứ Nghị định số 28/2023/NĐ-CP;\n",
         "08/2023/TT-BKHCN"),
        ("Số, ký hiệu: 31/2022/QĐ-UBND\nNgày ban hành: 12/8/2022\nCăn cứ Nghị quyết số 09/2021/NQ-HĐND;\n",
         "31/2022/QĐ-UBND"),
    ],
)
def test_a_legal_text_has_its_own_number_apart(text: str, own: str) -> None:
    cs = extract_citations(report(text))
    assert [c.number for c in cs if c.own] == [own]
    assert all(not c.own for c in cs if c.number != own)


@pytest.mark.parametrize(
    "text",
    [
        # News: no national motto above the number.
        "Số: 21/2016/QĐ-UBND được UBND tỉnh ban hành ngày 5/3/2016.",
        # A heading, and in its body a citation written with "số".
        f"ỦY BAN NHÂN DÂN TỈNH HÀ NAM\n{MOTTO}Căn cứ Quyết định số 04/2015/QĐ-UBND của UBND tỉnh;\n"
        "Theo văn bản số 12/SKHCN-VP\n",
        # News opening with a decision: "Quyết định số" at the top is a citation.
        "Quyết định số 1450/QĐ-UBND về việc phê duyệt danh mục nhiệm vụ đã được ký ngày 3/7.",
        # A line starting "số" deep in a text without the motto.
        "Hội nghị tổng kết năm.\n" + "Các đại biểu thảo luận. " * 30 + "\nSố: 18/KH-UBND được ban hành.",
        # The republic named in small letters in a report, a paragraph opening with a law.
        "Luật của nước Cộng hòa xã hội chủ nghĩa Việt Nam được thông qua.\nLuật số 29/2013/QH13 quy định rõ.",
        # A title in small letters ("số" in it is a citation's).
        f"{MOTTO}KẾ HOẠCH\nTriển khai Chương trình hành động số 38-CTr/TU của Tỉnh ủy\n",
    ],
)
def test_no_own_number_where_the_text_is_no_legal_document(text: str) -> None:
    assert [c.number for c in extract_citations(report(text)) if c.own] == []


@pytest.mark.parametrize(
    ("text", "province"),
    [
        ("Quyết định số 12/2021/QĐ-UBND ngày 3/5/2021 của UBND tỉnh Đồng Nai về giá", "dong-nai"),
        ("học tập Nghị quyết số 05-NQ/TU của Ban Thường vụ Tỉnh ủy Lạng Sơn", "lang-son"),
        ("Kế hoạch 45/KH-UBND của Ủy ban nhân dân thành phố Hải Phòng", "hai-phong"),
        # No name, or a district's: the report's province decides later.
        ("Quyết định 12/QĐ-UBND của UBND tỉnh về việc", None),
        ("Quyết định 12/QĐ-UBND của UBND huyện Mường Tè", None),
    ],
)
def test_the_province_a_local_document_is_of(text: str, province: str | None) -> None:
    (c,) = extract_citations(report(text))
    assert c.issuer_province == province


def test_a_local_document_of_another_province_is_that_provinces() -> None:
    from kg.extract import extract
    from kg.resolve import resolve

    lead = "Sáng 12/3/2024, Sở Khoa học và Công nghệ tỉnh {p} tổ chức hội nghị tổng kết năm 2023. "
    a = resolve(extract(report(lead.format(p="Hà Nam") + "Đoàn học tập Quyết định số 12/2021/QĐ-UBND "
                               "của UBND tỉnh Đồng Nai về khởi nghiệp.", "a.txt")))
    b = resolve(extract(report(lead.format(p="Đồng Nai") + "Thực hiện Quyết định số 12/2021/QĐ-UBND.", "b.txt")))
    assert [d.iri for d in a.documents] == [d.iri for d in b.documents]
    assert "/doc/dong-nai/" in a.documents[0].iri


@pytest.mark.parametrize(
    ("text", "number", "doc_type", "scope"),
    [
        # A type code glued to the issuer's, the dash lost: split at the type code where the
        # rest is a known issuer's code or has its shape.
        ("Quyết định số 3651/QĐUBND ngày 12/5/2023 của UBND tỉnh", "3651/QĐ-UBND", "Decision", "local"),
        ("triển khai Kế hoạch số 12/KHUBND về chuyển đổi số", "12/KH-UBND", "Plan", "local"),
        ("Thông báo số 45/TBSKHCN của Sở Khoa học và Công nghệ", "45/TB-SKHCN", "Notice", "local"),
        ("theo Quyết định 712/QĐTTg của Thủ tướng", "712/QĐ-TTg", "Decision", "national"),
        ("Thông tư số 12/2021/TTBKHCN của Bộ", "12/2021/TT-BKHCN", "Circular", "national"),
        ("Nghị quyết số 05/2021/NQHĐND của HĐND tỉnh", "05/2021/NQ-HĐND", "Resolution", "local"),
        ("Nghị quyết số 1667/NQUBTVQH15", "1667/NQ-UBTVQH15", "Resolution", "national"),
        ("Quyết định số 15/QĐUBND-VX về việc", "15/QĐ-UBND-VX", "Decision", "local"),
        # A Party body's code alone after the type code: its notation the Party's way.
        ("thực hiện Chương trình số 05/CTrTU", "05-CTr/TU", "Programme", "local"),
        # No split of a code that could be one: an unknown rest ("SX", "KHCN"), a body
        # whose own code ends like an issuer's ("BCĐQG" is not BC-ĐQG), a known code.
        ("Kế hoạch số 88/KHSX", "88/KHSX", "Plan", "local"),
        ("Công văn số 12/TTKHCN", "12/TTKHCN", "OfficialLetter", "local"),
        ("Báo cáo số 415/BCĐQG của Ban Chỉ đạo quốc gia", "415/BCĐQG", "ReportDocument", "national"),
        ("Hướng dẫn số 12/BTGTU", "12/BTGTU", "Guidance", "local"),
        ("Công văn số 3866/LĐTBXH-BTXH", "3866/LĐTBXH-BTXH", "OfficialLetter", "national"),
    ],
)
def test_a_type_code_glued_to_the_issuers(text: str, number: str, doc_type: str, scope: str) -> None:
    assert cite(text) == [(number, doc_type, scope)]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # The issuer's code after a space or a slash in place of the dash.
        ("Quyết định số 3651/QĐ UBND ngày 12/5/2023 của UBND tỉnh", "3651/QĐ-UBND"),
        ("theo Quyết định số 12/2021/QĐ/UBND của UBND tỉnh", "12/2021/QĐ-UBND"),
        ("Thông báo số 07/TB SKHCN về lịch tiếp dân", "07/TB-SKHCN"),
        ("Quyết định số 19/QĐ/UBND-VX thành lập hội đồng", "19/QĐ-UBND-VX"),
        # A word glued to the end: the notation ends where it begins.
        ("Quyết định số 25/QĐ-UBNDtỉnh Điện Biên", "25/QĐ-UBND"),
        # A body's name after the type code is no issuer's code.
        ("Kế hoạch 31/KH Ban Chỉ đạo tỉnh đã ban hành", "31/KH"),
    ],
)
def test_the_issuers_code_apart_from_the_type(text: str, number: str) -> None:
    assert [c.number for c in extract_citations(report(text))] == [number]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # The space after "số" lost, or a colon with no space after it.
        ("theo Quyết định số3651/QĐ-UBND ngày 12/5/2023", "3651/QĐ-UBND"),
        ("thực hiện Nghị quyết số57-NQ/TW của Bộ Chính trị", "57-NQ/TW"),
        ("Số:21/2016/QĐ-UBND", "21/2016/QĐ-UBND"),
        ("Kế hoạch số: 14/KHO về dự trữ", "14/KHO"),
    ],
)
def test_a_number_right_after_so(text: str, number: str) -> None:
    assert [c.number for c in extract_citations(report(text))] == [number]


@pytest.mark.parametrize("text", ["tại hồ sơ3651/QĐ-UBND", "lúc 10:15/QĐ-UBND", "mã HS3651/QĐ-UBND"])
def test_a_number_inside_a_word_is_none(text: str) -> None:
    assert extract_citations(report(text)) == []
