"""Participation: who attended, chaired and spoke.  Sentences written for these tests in
the shape of real reports (names and places made up), each rule with two examples."""

from __future__ import annotations

import pytest

from kg.extract import extract_bylines, extract_meeting, extract_people
from tests.conftest import report

LEAD = "Sáng 14/5/2024, Sở Khoa học và Công nghệ tỉnh Lai Châu tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm. "
COUNCIL = "Ngày 9/10/2023, Sở KH&CN tỉnh Sơn La tổ chức họp Hội đồng nghiệm thu đề tài cấp tỉnh. "


def took_part(text: str) -> dict[str, tuple[bool, bool, bool]]:
    """(attended, chaired, spoke) of each person found."""
    r = report(text)
    return {p.name: (bool(p.attended or p.chaired or p.spoke), bool(p.chaired), bool(p.spoke))
            for p in extract_people(r, extract_meeting(r), extract_bylines(r))}


def check(text: str, expected: dict[str, tuple[bool, bool, bool]]) -> None:
    got = took_part(text)
    for name, want in expected.items():
        assert name in got, f"{name} not found in {sorted(got)}"
        assert got[name] == want, f"{name}: {got[name]} != {want}"


A, C, S, N = (True, False, False), (True, True, False), (True, False, True), (False, False, False)
CS = (True, True, True)


@pytest.mark.parametrize(("text", "expected"), [
    # The period of an abbreviated title in a list is no sentence's end.
    (LEAD + "Tham dự có ông Lò Văn Páo – PCT. UBND huyện Tam Đường, bà Hà Thị Mơ – PGĐ. Sở Tài chính.",
     {"Lò Văn Páo": A, "Hà Thị Mơ": A}),
    (LEAD + "Ông Vàng A Sinh – PGĐ. Sở KH&CN tỉnh Lai Châu phát biểu khai mạc hội nghị.",
     {"Vàng A Sinh": S}),
    # Nor is an initialism's ("T.Ư Đảng").
    (LEAD + "Đồng chí Giàng Seo Phử, Ủy viên dự khuyết T.Ư Đảng, Bí thư Tỉnh ủy chủ trì.",
     {"Giàng Seo Phử": C}),
])
def test_abbreviations_do_not_split_a_sentence(text: str, expected: dict) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # A listing with "các đồng chí:" before its names.
    (LEAD + "Lãnh đạo tỉnh có các đồng chí: Tẩn Văn Lử - Phó Bí thư Tỉnh ủy; Lường Thị Yến - Phó Chủ tịch UBND tỉnh.",
     {"Tẩn Văn Lử": A, "Lường Thị Yến": A}),
    (LEAD + "Về phía Bộ KH&CN có các đồng chí: Đặng Văn Khoa, Vụ trưởng Vụ Địa phương.",
     {"Đặng Văn Khoa": A}),
])
def test_listing(text: str, expected: dict) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # "chủ trì" ending its clause with no object chairs the meeting just named.
    (LEAD + "Đồng chí Sùng A Hồ, Phó Chủ tịch UBND tỉnh chủ trì.", {"Sùng A Hồ": C}),
    (LEAD + "Ông Lục Văn Thìn, Giám đốc Sở chủ trì; tham dự có bà Vi Thị Hằng, Phó Giám đốc Sở.",
     {"Lục Văn Thìn": C, "Vi Thị Hằng": A}),
    # "Chủ trì" opening the sentence, with no meeting noun after it.
    (LEAD + "Chủ trì tại điểm cầu tỉnh có đồng chí Lê Văn Lương, Chủ tịch UBND tỉnh; cùng dự có bà Trần Thị Hoa, "
     "Giám đốc Sở.", {"Lê Văn Lương": C, "Trần Thị Hoa": A}),
    (LEAD + "Chủ trì là ông Vàng Seo Dìn, Phó Chủ tịch UBND huyện Mường Tè.", {"Vàng Seo Dìn": C}),
    # After a dash, the capitalised verb is the verb: "... – Chủ trì".
    (LEAD + "Hội nghị có đồng chí Lò Văn Thạch, Giám đốc Sở KH&CN – Chủ trì; các đồng chí Phó Giám đốc cùng dự.",
     {"Lò Văn Thạch": C}),
    ("Ngày 2/3/2024, Sở Nội vụ tỉnh Điện Biên tổ chức hội nghị. Cuộc họp có đồng chí Quàng Văn Tươi, Phó Giám đốc "
     "Sở – Chủ trì.", {"Quàng Văn Tươi": C}),
])
def test_chair_with_no_object(text: str, expected: dict) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # The council's chair chairs its session; its other members attend.
    (COUNCIL + "Hội đồng do PGS.TS Vàng Văn Páo - Trưởng khoa Nông học làm Chủ tịch Hội đồng; TS. Lò Thị Xuân - "
     "Phó Giám đốc Sở KH&CN làm Phó Chủ tịch Hội đồng.",
     {"Vàng Văn Páo": C, "Lò Thị Xuân": A}),
    (COUNCIL + "Bà Cầm Thị Ngân - Giám đốc Sở KH&CN làm Chủ tịch hội đồng; các thành viên hội đồng gồm lãnh đạo "
     "một số sở, ngành.", {"Cầm Thị Ngân": C}),
    (COUNCIL + "Thành phần Hội đồng gồm có: ông Hoàng Văn Nhạ – Giám đốc Sở, chủ tịch Hội đồng; các thành viên "
     "là đại diện các sở.", {"Hoàng Văn Nhạ": C}),
    (COUNCIL + "Chủ tịch Hội đồng Lê Văn Bình đánh giá cao kết quả; Phó Chủ tịch Hội đồng Đỗ Thị Lan cũng dự.",
     {"Lê Văn Bình": CS, "Đỗ Thị Lan": A}),
    # A standing council's post is no function at this session.
    (COUNCIL + "Dự họp có ông Đèo Văn Tấn, Phó Chủ tịch Hội đồng KH&CN tỉnh.", {"Đèo Văn Tấn": A}),
])
def test_council_functions(text: str, expected: dict) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # The chair named is a body: the people after "với sự tham dự của" only attended.
    ("Ngày 20/6/2024, dưới sự chủ trì của Thường trực HĐND tỉnh Hà Giang, với sự tham dự của ông Nông Văn Quý, "
     "Giám đốc Sở Tài chính; bà Hầu Thị Dung, Phó Giám đốc Sở Y tế, phiên họp thường kỳ đã diễn ra.",
     {"Nông Văn Quý": A, "Hầu Thị Dung": A}),
    # The people of "Chủ trì" run to the next cue of taking part.
    (LEAD + "Chủ trì hội nghị có ông Lò Văn Muôn - Giám đốc Sở KH&CN, tham dự hội nghị có bà Vi Thị Lan, Phó Chủ tịch "
     "UBND huyện Phong Thổ.", {"Lò Văn Muôn": C, "Vi Thị Lan": A}),
    # Co-chairs after "còn có".
    (LEAD + "Hội nghị do ông Mùa A Dế, Phó Chủ tịch UBND tỉnh chủ trì; đồng chủ trì còn có bà Lù Thị Sơn, Giám đốc "
     "Sở Nội vụ.", {"Mùa A Dế": C, "Lù Thị Sơn": C}),
    # The people after a chair verb run only as far as its list: not into a clause of its
    # own, nor past those "with" the chair.
    (LEAD + "Dưới sự chủ trì của đồng chí Trần Văn Hải, Chủ tịch UBND tỉnh, hội nghị đã nghe đồng chí Lò Văn Páo, "
     "Giám đốc Sở Nội vụ trình bày báo cáo.", {"Trần Văn Hải": C, "Lò Văn Páo": S}),
    (LEAD + "Chủ trì hội nghị là đồng chí Trần Văn Hải, Chủ tịch UBND tỉnh, cùng các đồng chí Lò Văn Páo, Giám đốc "
     "Sở Nội vụ; Lê Thị Hoa, Giám đốc Sở Tài chính.", {"Trần Văn Hải": C, "Lò Văn Páo": A, "Lê Thị Hoa": A}),
    (LEAD + "Chủ trì hội nghị có các đồng chí: Trần Văn Hải, Bí thư Tỉnh ủy; PGS.TS Lò Văn Páo, Chủ tịch UBND tỉnh "
     "và bà Lê Thị Hoa, Phó Chủ tịch UBND tỉnh.", {"Trần Văn Hải": C, "Lò Văn Páo": C, "Lê Thị Hoa": C}),
    # Asked to chair is a task given.
    (LEAD + "Đồng chí Lê Văn Sơn, Chủ tịch UBND tỉnh giao Sở Nội vụ chủ trì hội nghị chuyên đề về cải cách.",
     {"Lê Văn Sơn": A}),
    (LEAD + "Bà Đỗ Thị Lan, Phó Chủ tịch UBND tỉnh yêu cầu Sở Tài chính chủ trì cuộc họp với các huyện.",
     {"Đỗ Thị Lan": S}),
    # ... not a body that directs, between: "Trưởng Ban chỉ đạo ... (Ban Chỉ đạo 57) khi chủ trì"
    # (the opinion is the chair's, said there).
    (LEAD + "Đó là ý kiến của đồng chí Hà Văn Sinh, Trưởng Ban chỉ đạo chuyển đổi số tỉnh (Ban Chỉ đạo 57 tỉnh) "
     "khi chủ trì hội nghị.", {"Hà Văn Sinh": CS}),
])
def test_chair_attribution(text: str, expected: dict) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # Verbs joined by "và" share their subject.
    (LEAD + "Đồng chí Tống Thị Hoa, Phó Chủ tịch UBND tỉnh khai mạc và chủ trì hội nghị.", {"Tống Thị Hoa": CS}),
    (LEAD + "Bà Vương Thị Mai, Giám đốc Sở chủ trì và phát biểu kết luận hội nghị.", {"Vương Thị Mai": CS}),
    # Attending and directing, of everyone listed.
    (LEAD + "Về dự và chỉ đạo hội nghị có đồng chí Giàng A Chu, Phó Chủ tịch UBND tỉnh; đồng chí Vàng Thị Mai, "
     "Giám đốc Sở Nội vụ.", {"Giàng A Chu": S, "Vàng Thị Mai": S}),
    (LEAD + "Phó Chủ tịch UBND tỉnh Lò Văn Cương dự và chỉ đạo hội nghị.", {"Lò Văn Cương": S}),
])
def test_joined_verbs(text: str, expected: dict) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # A speech verb of another item of a list, or of a passive with another agent, is no one's.
    (COUNCIL + "Hội đồng gồm có ông Tao Văn Hùng – Giám đốc Sở KH&CN; các thành viên là đại diện các sở mà nhiệm "
     "vụ đề xuất.", {"Tao Văn Hùng": A}),
    (LEAD + "Cùng dự có bà Lò Thị Hoa, Phó Giám đốc Sở, nhiều sáng kiến của ngành được Ban Giám khảo đánh giá "
     "cao.", {"Lò Thị Hoa": A}),
    (LEAD + "Dự có ông Cà Văn Sáng, Giám đốc Sở, các mô hình được đoàn đánh giá cao.", {"Cà Văn Sáng": A}),
    # A verb right after a meeting noun is the event's name.
    ("Sáng 3/4/2024, UBND tỉnh Lào Cai tổ chức lễ công bố quyết định bổ nhiệm, đến dự có ông Hoàng Quốc Khánh, "
     "Phó Chủ tịch UBND tỉnh.", {"Hoàng Quốc Khánh": A}),
    ("Chiều 8/1/2024 diễn ra buổi lễ công bố Quyết định thành lập Trung tâm, về dự có bà Nùng Thị Hạnh, Giám đốc "
     "Sở Nội vụ.", {"Nùng Thị Hạnh": A}),
])
def test_speech_that_is_no_ones(text: str, expected: dict) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # A presiding board: everyone it lists chaired.
    ("Sáng 5/5/2024, Liên hiệp các Hội KH&KT tỉnh Yên Bái tổ chức hội thảo. Đoàn chủ trì hội thảo gồm: TS. Hà Văn "
     "Páo – Chủ tịch Liên hiệp hội – Chủ trì; ThS. Lò Thị Xuân – Phó Chủ tịch Liên hiệp hội – Ủy viên.",
     {"Hà Văn Páo": C, "Lò Thị Xuân": C}),
    ("Ngày 12/9/2024, Hội Nông dân tỉnh Lai Châu khai mạc Đại hội đại biểu. Đoàn Chủ tịch Đại hội gồm các đồng chí: "
     "Lò Văn Hặc, Chủ tịch Hội Nông dân tỉnh; Tẩn A Dào, Phó Chủ tịch Hội Nông dân tỉnh.",
     {"Lò Văn Hặc": C, "Tẩn A Dào": C}),
])
def test_presidium(text: str, expected: dict) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # Elected at the congress: there.
    ("Sáng 12/9/2024, Hội Luật gia tỉnh Hà Giang tổ chức Đại hội lần thứ V. Bà Lò Thị Xuân, Giám đốc Sở Tư pháp "
     "được bầu giữ chức Chủ tịch Hội nhiệm kỳ 2024-2029.", {"Lò Thị Xuân": A}),
    ("Ngày 3/10/2020, Đại hội Đảng bộ tỉnh Cao Bằng lần thứ XIX bế mạc. Đồng chí Nông Văn Tú, Chủ tịch UBND tỉnh "
     "tái đắc cử Phó Bí thư Tỉnh ủy.", {"Nông Văn Tú": A}),
])
def test_elected(text: str, expected: dict) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # Any verb before "rằng" or a colon, after the subject, introduces what it said.
    (LEAD + "Ông Sùng A Hồ, Chủ tịch UBND huyện Mường Tè, thông tin: năm nay huyện có 12 mô hình mới.",
     {"Sùng A Hồ": S}),
    (LEAD + "Bà Lường Thị Yến, Phó Giám đốc Sở, cho rằng các mô hình cần được nhân rộng.", {"Lường Thị Yến": S}),
    (LEAD + "Phó Giám đốc Sở Nông nghiệp Đinh Công Thứ bộc bạch rằng việc chuyển giao còn chậm.",
     {"Đinh Công Thứ": S}),
    # A verb of speech the subject governs directly.
    (LEAD + "Giám đốc Sở Tài chính Lò Văn Thạch giải trình về nguồn kinh phí sự nghiệp.", {"Lò Văn Thạch": S}),
    (LEAD + "Tại hội nghị, bà Mai Thị Thu, Phó Giám đốc Sở đã giới thiệu các chính sách mới.", {"Mai Thị Thu": S}),
    # A quote after the subject.
    (LEAD + "Ông Đặng Văn Khoa, Giám đốc Sở: “Cần làm rõ trách nhiệm của từng đơn vị”.", {"Đặng Văn Khoa": S}),
    (LEAD + "Bà Nùng Thị Hạnh (Phó Giám đốc Sở Y tế): \"Ngành sẽ hoàn thành kế hoạch\".", {"Nùng Thị Hạnh": S}),
    # The one asked to is not said to speak.
    (LEAD + "Ông Lê Văn An, Chủ tịch UBND tỉnh đề nghị bà Hà Thị Mơ, Giám đốc Sở làm rõ nguyên nhân.",
     {"Lê Văn An": S, "Hà Thị Mơ": A}),
    (LEAD + "Ông Lê Văn An yêu cầu Giám đốc Sở Y tế Trần Văn Bảo báo cáo cụ thể.", {"Trần Văn Bảo": A}),
    # An interview's answer after the subject that begins a line.
    (LEAD + "\nÔng Trần Văn Nam, Giám đốc Sở KH&CN: Năm nay chúng tôi tập trung vào chuyển đổi số.",
     {"Trần Văn Nam": S}),
    (LEAD + "\nPhó Giám đốc Sở Nội vụ Lê Thị Hồng: Sở đã trình phương án sắp xếp.", {"Lê Thị Hồng": S}),
    # A list going on is no verb: "A, Giám đốc Sở và các đồng chí:".
    (LEAD + "Dự hội nghị có ông Tẩn Văn Lử, Giám đốc Sở và các đồng chí: Lò Văn Mười, Phó Giám đốc Sở.",
     {"Tẩn Văn Lử": A, "Lò Văn Mười": A}),
])
def test_what_a_subject_said(text: str, expected: dict) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # "Theo" with the person's long title before the name.
    (LEAD + "Theo Phó Giám đốc Sở Tài nguyên và Môi trường tỉnh Lai Châu Lục Văn Thìn, năm qua ngành đã hoàn thành "
     "các chỉ tiêu.", {"Lục Văn Thìn": S}),
    (LEAD + "Theo ông Cầm Văn Đôi, Chủ tịch UBND huyện Sìn Hồ, các xã đã chủ động triển khai.", {"Cầm Văn Đôi": S}),
    (LEAD + "Theo đánh giá của PGS.TS Trần Văn Hòa, Viện trưởng Viện Chăn nuôi, mô hình có hiệu quả cao.",
     {"Trần Văn Hòa": S}),
    # A plan or a document after "Theo" is none of the person's words.
    (LEAD + "Theo kế hoạch, ông Lò Văn Páo, Phó Giám đốc Sở sẽ dẫn đoàn đi học tập kinh nghiệm.",
     {"Lò Văn Páo": A}),
    (LEAD + "Theo Quyết định của Chủ tịch UBND tỉnh Hà Văn Quang, Hội đồng có 7 thành viên.", {"Hà Văn Quang": N}),
])
def test_according_to(text: str, expected: dict) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # A title alone as a clause's subject: the one person of the report who holds it.
    (LEAD + "Dự hội nghị có đồng chí Lò Văn Thạch, Chủ tịch UBND tỉnh. Phát biểu kết luận, Chủ tịch UBND tỉnh đề "
     "nghị các sở rà soát lại nhiệm vụ.", {"Lò Văn Thạch": S}),
    (LEAD + "Hội nghị có sự tham dự của Bộ trưởng Bộ KH&CN Hoàng Văn Toản. Bộ trưởng đánh giá cao kết quả của tỉnh.",
     {"Hoàng Văn Toản": S}),
    (COUNCIL + "Hội đồng do PGS.TS Hà Văn Quang, Chủ tịch Hội đồng khoa học Sở dẫn đầu. Chủ tịch Hội đồng khoa học Sở "
     "kết luận đề tài đạt loại khá.", {"Hà Văn Quang": S}),
    (LEAD + "Về dự có ông Vi Văn Bình, Giám đốc Sở Nội vụ. Theo đồng chí Giám đốc Sở Nội vụ, việc sắp xếp đã xong.",
     {"Vi Văn Bình": S}),
    # A province's title alone is its holder at the meeting, named elsewhere with no cue.
    (LEAD + "Năm qua, ông Lò Văn Hải, Chủ tịch UBND huyện Sìn Hồ đã quan tâm đến khoa học.\nChủ tịch UBND huyện "
     "Sìn Hồ kết luận hội nghị.", {"Lò Văn Hải": S}),
    # A national leader's must be there by name: a directive quoted is no speech of the one who gave it.
    (LEAD + "Thực hiện chỉ đạo của Thủ tướng Phạm Minh Khang, Sở đã triển khai. Theo Chỉ thị 05, Thủ tướng yêu cầu "
     "các bộ rà soát.", {"Phạm Minh Khang": N}),
    # The title alone may name the place the role leaves unnamed, and have an honorific.
    (LEAD + "Dự có ông Lò Văn Hải, Chủ tịch UBND tỉnh. Kết luận hội nghị, Chủ tịch UBND tỉnh Lai Châu yêu cầu "
     "các sở tiếp tục.", {"Lò Văn Hải": S}),
    (LEAD + "Dự có ông Giàng A Tính, Bí thư Tỉnh ủy. Kết luận hội nghị, đồng chí Bí thư Tỉnh ủy yêu cầu các sở "
     "tiếp tục.", {"Giàng A Tính": S}),
    # A title two people of the report hold names neither; nor does a plural.
    (LEAD + "Dự có ông Lò Văn Muôn, Phó Chủ tịch UBND tỉnh và bà Lù Thị Sơn, Phó Chủ tịch UBND tỉnh. Phó Chủ tịch "
     "UBND tỉnh đề nghị các sở rà soát.", {"Lò Văn Muôn": A, "Lù Thị Sơn": A}),
    (LEAD + "Dự có ông Hầu A Lềnh, Phó Giám đốc Sở. Các Phó Giám đốc Sở phát biểu ý kiến.", {"Hầu A Lềnh": A}),
])
def test_title_alone(text: str, expected: dict) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # An earlier event is not the meeting.
    (LEAD + "Trước đó, chiều 13/5, ông Lò Văn Páo, Phó Chủ tịch UBND tỉnh đã kiểm tra công tác chuẩn bị và chỉ đạo.",
     {"Lò Văn Páo": N}),
    (LEAD + "Trước đây, bà Hà Thị Mơ, nguyên Giám đốc Sở đã phát biểu tại nhiều diễn đàn.", {"Hà Thị Mơ": N}),
    # What someone once did or said.
    (LEAD + "Tổng Bí thư Tô Văn Lâm từng nhấn mạnh: khoa học là động lực.", {"Tô Văn Lâm": N}),
    (LEAD + "Ông Đoàn Văn Tư, nguyên Giám đốc Sở, lúc sinh thời đã dạy: “Làm khoa học phải trung thực”.",
     {"Đoàn Văn Tư": N}),
    (LEAD + "Hội nghị học tập tấm gương liệt sĩ, ông Hà Văn Sung hy sinh năm 1968 tại Tam Đường.",
     {"Hà Văn Sung": N}),
    # A document's signer or author.
    (LEAD + "Bà Vi Thị Hằng, Chánh Văn phòng Sở đọc Quyết định số 12/QĐ-UBND do Chủ tịch UBND tỉnh Lò Văn Thạch ký.",
     {"Vi Thị Hằng": A, "Lò Văn Thạch": N}),
    (LEAD + "Ông Cà Văn Sáng, Giám đốc Sở trao Bằng khen của Chủ tịch UBND tỉnh Lò Văn Cương cho 5 tập thể.",
     {"Cà Văn Sáng": A, "Lò Văn Cương": N}),
    (LEAD + "Ông Cà Văn Sáng công bố Quyết định số 9/QĐ-UBND, văn bản Chủ tịch UBND tỉnh Lò Văn Cương đã ký "
     "ban hành ngày 2/5.", {"Cà Văn Sáng": S, "Lò Văn Cương": N}),
    # Signing an agreement at the ceremony is taking part.
    ("Chiều 6/6/2024, UBND tỉnh Lai Châu và Viện Hàn lâm KH&CN ký kết thỏa thuận hợp tác. Ông Trần Văn Hải, Chủ "
     "tịch Viện ký biên bản ghi nhớ với tỉnh.", {"Trần Văn Hải": A}),
    # A research task's host body is no chair.
    (COUNCIL + "Cơ quan chủ trì: Viện Khoa học Lâm nghiệp, Viện trưởng Phạm Văn Tiến.", {"Phạm Văn Tiến": N}),
    ("Ngày 2/8/2024, Sở KH&CN tỉnh Hà Giang họp Hội đồng tư vấn tuyển chọn. Đơn vị chủ trì nhiệm vụ là Trường Đại "
     "học Nông Lâm, Hiệu trưởng Đỗ Văn Lâm.", {"Đỗ Văn Lâm": N}),
])
def test_not_the_meeting(text: str, expected: dict) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # The subject of a clause doing anything at the meeting was there.
    (LEAD + "Ông Lục Văn Thìn, Giám đốc Sở Nông nghiệp tiếp thu các ý kiến của đại biểu.", {"Lục Văn Thìn": A}),
    (LEAD + "Tại hội nghị, Phó Giám đốc Sở Y tế Hoàng Thị Hạnh đã trao 10 suất quà cho các gia đình.",
     {"Hoàng Thị Hạnh": A}),
    # The object of a verb is not.
    (LEAD + "Hội nghị học tập tấm gương đồng chí Hoàng Văn Thụ.", {"Hoàng Văn Thụ": N}),
])
def test_a_subject_attended(text: str, expected: dict) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # Nouns that hold a cue are no cue.
    (LEAD + "Cùng dự có bà Lò Thị Xuân, các thành viên Ban chỉ đạo huyện.", {"Lò Thị Xuân": A}),
    (LEAD + "Bà Tống Thị Hoa, Bí thư Huyện ủy yêu cầu tăng cường công tác chỉ đạo ở cơ sở.", {"Tống Thị Hoa": S}),
    # Receiving an award, or flowers.
    (LEAD + "Đồng chí Lò Văn Hặc, Chủ tịch Hội Nông dân tỉnh nhận hoa chúc mừng của lãnh đạo tỉnh.",
     {"Lò Văn Hặc": A}),
    ("Sáng 2/9/2024, Sở KH&CN tỉnh Lai Châu đón nhận Huân chương Lao động hạng Ba. Bà Vàng Thị Mai, Giám đốc Sở "
     "thay mặt tập thể đón nhận Huân chương.", {"Vàng Thị Mai": A}),
    # The directive of the meeting identified as someone's.
    (LEAD + "Đó là chỉ đạo của đồng chí Lò Văn Thạch, Chủ tịch UBND tỉnh khi chủ trì hội nghị.", {"Lò Văn Thạch": CS}),
    (LEAD + "Đây là ý kiến chỉ đạo của ông Tao Văn Hùng, Phó Chủ tịch UBND tỉnh tại hội nghị.", {"Tao Văn Hùng": S}),
    # Announcing a decision is speaking.
    (LEAD + "Tại hội nghị, Phó Giám đốc Sở Nội vụ Lù Văn Páo đã công bố Quyết định số 45/QĐ-UBND.",
     {"Lù Văn Páo": S}),
    ("Ngày 1/7/2025, UBND tỉnh Lào Cai tổ chức lễ trao quyết định. Ông Nùng Văn Lộc, Giám đốc Sở Nội vụ công bố "
     "các quyết định.", {"Nùng Văn Lộc": S}),
    # Questioning at a council's session is speaking.
    ("Sáng 5/7/2024, HĐND tỉnh Lai Châu khai mạc kỳ họp thứ 20. Đại biểu Trần Thị Xuân, Tổ đại biểu huyện Sìn Hồ chất "
     "vấn về việc giải ngân vốn đầu tư.", {"Trần Thị Xuân": S}),
    ("Sáng 5/12/2024, HĐND tỉnh Hà Giang họp phiên chất vấn. Bà Vi Thị Hằng, Phó trưởng Ban Kinh tế - Ngân sách "
     "chất vấn Giám đốc Sở Tài chính.", {"Vi Thị Hằng": S}),
    # An event between people, after its meeting noun.
    ("Sáng 8/6/2024, UBND tỉnh Lai Châu tổ chức buổi đối thoại giữa Chủ tịch UBND tỉnh Hà Văn Quang với doanh "
     "nghiệp trên địa bàn.", {"Hà Văn Quang": A}),
    ("Ngày 2/4/2024, Tỉnh đoàn Hà Giang tổ chức Diễn đàn “Thanh niên với chuyển đổi số” giữa đồng chí Lý Thị "
     "Lan, Phó Bí thư Tỉnh ủy và đoàn viên thanh niên.", {"Lý Thị Lan": A}),
    (LEAD + "Năm qua, sự phối hợp giữa Sở KH&CN và Hội Nông dân tỉnh do ông Lò Văn Hặc làm Chủ tịch rất chặt chẽ.",
     {"Lò Văn Hặc": N}),
    # Directing the work at the event.
    (LEAD + "Dưới sự chỉ đạo của ông Lò Văn Páo, Trưởng Ban Tổ chức, các tiểu ban đã chấm 12 sản phẩm.",
     {"Lò Văn Páo": A}),
    (LEAD + "Dưới sự chỉ đạo trực tiếp của bà Hà Thị Mơ, Phó Giám đốc Sở, các phòng đã hoàn thành hồ sơ.",
     {"Hà Thị Mơ": A}),
    # At the meeting; not at another by its name.
    ("Sáng 12/10/2024, UBND tỉnh Lai Châu công bố quyết định bổ nhiệm. Bà Lù Thị Sơn (áo xanh), ông Lò Văn Mười "
     "(áo đen) trong buổi lễ bổ nhiệm.", {"Lù Thị Sơn": A, "Lò Văn Mười": A}),
    (LEAD + "Ông Tao Văn Hùng, Phó Chủ tịch UBND tỉnh tại hội nghị.", {"Tao Văn Hùng": A}),
    (LEAD + "Tại Hội nghị lần thứ 5 năm 2019, Hội đồng đã xét chọn đề tài của ông Hà Văn Sung, Viện Chăn nuôi.", {"Hà Văn Sung": N}),
    (LEAD + "Đề án được xây dựng từ năm 2020 trong Hội nghị Ban Thường vụ, do ông Lò Văn Tiến soạn thảo.",
     {"Lò Văn Tiến": N}),
    # A present state is not the event.
    ("Sáng 1/10/2024, UBND tỉnh Lai Châu công bố quyết định bổ nhiệm hai Phó Giám đốc Sở Nội vụ. Như vậy, hiện nay, "
     "lãnh đạo Sở Nội vụ gồm có ông Vàng A Sinh, Giám đốc và các ông Tẩn Văn Lử, Lò Văn Mười.",
     {"Vàng A Sinh": N}),
    (LEAD + "Hiện nay, ông Hà Văn Sung đang giữ chức Giám đốc Sở Tư pháp.", {"Hà Văn Sung": N}),
])
def test_words(text: str, expected: dict) -> None:
    check(text, expected)


def test_the_page_foot_is_not_the_meeting() -> None:
    body = LEAD + ("Dự hội nghị có ông Lò Văn Páo, Phó Chủ tịch UBND tỉnh. Ông Lò Văn Páo đề nghị ngành tiếp tục "
                   "đổi mới quản lý và nâng cao hiệu quả nghiên cứu ứng dụng trong năm 2024.")
    foot = ("\nTin liên quan\nPhó Chủ tịch UBND tỉnh Hà Văn Quang chủ trì hội nghị tổng kết công tác dân tộc năm "
            "2023 của tỉnh Lai Châu\nBà Vi Thị Hằng dự lễ khai giảng năm học mới tại huyện Tam Đường tỉnh Lai Châu\n")
    got = took_part("Sơ kết công tác khoa học 6 tháng đầu năm\n" + body + foot)
    assert got["Lò Văn Páo"] == S
    assert got.get("Hà Văn Quang", N) == N
    assert got.get("Vi Thị Hằng", N) == N


ONLINE = "Sáng 30/6/2025, UBND tỉnh Lai Châu tổ chức hội nghị trực tuyến với các bộ, ngành Trung ương. "


@pytest.mark.parametrize(("text", "expected"), [
    # A list opened by a plural honorific at its clause's start is the subject of the verb
    # that ends it: every item chaired, spoke or attended.
    (ONLINE + "Các đồng chí: Trần Văn Hải, Phó Thủ tướng Chính phủ; Lê Thị Hoa, Bộ trưởng Bộ Nội vụ; Giàng A "
     "Tính, Chủ tịch UBND tỉnh chủ trì hội nghị.", {"Trần Văn Hải": C, "Lê Thị Hoa": C, "Giàng A Tính": C}),
    (ONLINE + "Tại điểm cầu tỉnh, các đồng chí: Lò Văn Mười, Bí thư Tỉnh ủy; Vàng Thị Mai, Chủ tịch UBND tỉnh "
     "chủ trì hội nghị.", {"Lò Văn Mười": C, "Vàng Thị Mai": C}),
    (ONLINE + "Các đồng chí: Trần Văn Hải - Phó Thủ tướng Chính phủ, Lê Thị Hoa - Bộ trưởng Bộ Nội vụ, Giàng A "
     "Tính - Chủ tịch UBND tỉnh đồng chủ trì tại điểm cầu chính.",
     {"Trần Văn Hải": C, "Lê Thị Hoa": C, "Giàng A Tính": C}),
    (ONLINE + "Các đồng chí: Lò Văn Mười, Bí thư Tỉnh ủy; Vàng Thị Mai, Chủ tịch UBND tỉnh phát biểu tại hội nghị.",
     {"Lò Văn Mười": S, "Vàng Thị Mai": S}),
    (ONLINE + "Tại điểm cầu tỉnh, các đồng chí: Giàng A Tính, Bí thư Tỉnh ủy; Lò Văn Hải, nguyên Chủ tịch UBND "
     "tỉnh; Hà Thị Mơ, Phó Chủ tịch UBND tỉnh dự Lễ công bố các Nghị quyết của Quốc hội.",
     {"Giàng A Tính": A, "Lò Văn Hải": A, "Hà Thị Mơ": A}),
    # A passive's agents, and co-chairs listed from the clause's start.
    (LEAD + "Hội nghị do ông Lò Văn Páo, Phó Chủ tịch UBND tỉnh; bà Lê Thị Hoa, Giám đốc Sở Tài chính chủ trì.",
     {"Lò Văn Páo": C, "Lê Thị Hoa": C}),
    (LEAD + "Hội nghị do đồng chí Trần Văn Hải, Bộ trưởng Bộ Nội vụ; đồng chí Lò Văn Páo, Chủ tịch UBND tỉnh đồng "
     "chủ trì.", {"Trần Văn Hải": C, "Lò Văn Páo": C}),
    (LEAD + "Đồng chí Trần Văn Hải, Bộ trưởng Bộ Nội vụ; đồng chí Lò Văn Páo, Chủ tịch UBND tỉnh đồng chủ trì hội "
     "nghị.", {"Trần Văn Hải": C, "Lò Văn Páo": C}),
    # A list its own cue heads gives the last verb to its own item only, co-chairs too.
    (LEAD + "Tham dự có ông Trần Văn Hải, Giám đốc Sở Nội vụ; ông Lò Văn Páo, Phó Chủ tịch UBND tỉnh và bà Lê Thị "
     "Hoa, Giám đốc Sở Tài chính đồng chủ trì hội nghị.", {"Trần Văn Hải": A, "Lò Văn Páo": C, "Lê Thị Hoa": C}),
    (LEAD + "Dự có ông Trần Văn Hải, Phó Giám đốc Sở Nội vụ; bà Lê Thị Hoa, Giám đốc Sở Tài chính chủ trì hội "
     "nghị.", {"Trần Văn Hải": A, "Lê Thị Hoa": C}),
    (LEAD + "Dự có các đồng chí: Trần Văn Hải, Phó Giám đốc Sở Nội vụ; Lê Thị Hoa, Giám đốc Sở Tài chính chủ trì "
     "hội nghị.", {"Trần Văn Hải": A, "Lê Thị Hoa": C}),
    (ONLINE + "Hội nghị có các đồng chí: Lò Văn Mười, Bí thư Tỉnh ủy; Vàng Thị Mai, Chủ tịch UBND tỉnh phát biểu "
     "tại hội nghị.", {"Lò Văn Mười": A, "Vàng Thị Mai": S}),
])
def test_a_list_before_its_verb(text: str, expected: dict) -> None:
    check(text, expected)


def roles_of(text: str) -> dict[str, list[str]]:
    r = report(text)
    return {p.name: [x.title for x in p.roles] for p in extract_people(r, extract_meeting(r), extract_bylines(r))}


@pytest.mark.parametrize(("text", "expected", "role"), [
    # Chairing written without its tone mark, or as "chủ tọa": a cue, that ends the title.
    (LEAD + "Ông Vũ Văn Toàn, Phó Cục trưởng Cục Quản lý dược đồng chủ trị hội nghị.", {"Vũ Văn Toàn": C},
     "Phó Cục trưởng Cục Quản lý dược"),
    (LEAD + "Bà Nông Thị Lan, Giám đốc Sở Y tế chủ trị hội nghị.", {"Nông Thị Lan": C}, "Giám đốc Sở Y tế"),
    (LEAD + "Đồng chí Hà Văn Quang, Phó Chủ tịch UBND tỉnh và ông Lê Văn Sơn, Giám đốc Sở Nội vụ đồng chủ tọa "
     "hội nghị.", {"Hà Văn Quang": C, "Lê Văn Sơn": C}, "Giám đốc Sở Nội vụ"),
    # The medicine's "chủ trị" (treats a disease) chairs nothing.
    (LEAD + "Ông Lò Văn Páo, Giám đốc Bệnh viện Y dược cổ truyền giới thiệu bài thuốc chủ trị bệnh gan.",
     {"Lò Văn Páo": S}, "Giám đốc Bệnh viện Y dược cổ truyền"),
])
def test_chair_written_otherwise(text: str, expected: dict, role: str) -> None:
    check(text, expected)
    assert role in roles_of(text)[list(expected)[-1]]


@pytest.mark.parametrize(("text", "expected"), [
    # A long chain of titles before the verb, the last ending in an event's noun
    # ("Trưởng ban Tổ chức hội thảo"): that noun names no event, the verb is the person's.
    ("Sáng 14/5/2024, UBND tỉnh Lai Châu tổ chức Hội thảo khoa học về chuyển đổi số. Đồng chí Lò Văn Mười, Tỉnh "
     "ủy viên, Phó Chủ tịch UBND tỉnh, Trưởng ban Tổ chức hội thảo phát biểu tại cuộc họp.", {"Lò Văn Mười": S}),
    ("Sáng 14/5/2024, UBND tỉnh Lai Châu tổ chức hội nghị xúc tiến đầu tư. Ông Lò Văn Hải, Phó Chủ tịch Thường "
     "trực UBND tỉnh, Trưởng ban Tổ chức hội nghị phát biểu.", {"Lò Văn Hải": S}),
    # The event's own name before the verb is still no one's speech.
    ("Sáng 14/5/2024, Viện Khoa học Nông nghiệp tổ chức hội thảo báo cáo kết quả nghiên cứu, về dự có bà Hà Thị "
     "Mơ, Phó Giám đốc Sở.", {"Hà Thị Mơ": A}),
])
def test_titles_before_the_verb(text: str, expected: dict) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # A speech or a direction as a noun, carried out or studied, is reported: its author is
    # not at the meeting.
    ("Sáng 14/5/2024, Đảng ủy Sở Nội vụ tỉnh Lai Châu tổ chức Hội nghị học tập nghị quyết. Hội nghị đã quán triệt "
     "bài phát biểu của đồng chí Tổng Bí thư Tô Văn Lâm tại phiên họp ngày 10/4. Ông Lò Văn Mười, Bí thư Đảng ủy "
     "chủ trì hội nghị.", {"Tô Văn Lâm": N, "Lò Văn Mười": C}),
    (LEAD + "Thực hiện ý kiến chỉ đạo của Chủ tịch UBND tỉnh Hà Văn Quang, Sở đã tổ chức hội nghị này, tham dự có "
     "ông Lò Văn Páo, Phó Giám đốc Sở.", {"Hà Văn Quang": N, "Lò Văn Páo": A}),
    (LEAD + "Theo chỉ đạo của đồng chí Giàng A Tính, Bí thư Tỉnh ủy, các sở đã rà soát nhiệm vụ.",
     {"Giàng A Tính": N}),
    # The speech given here, as a noun: its speaker spoke.
    (LEAD + "Đồng chí Hà Văn Quang, Phó Chủ tịch UBND tỉnh có bài phát biểu chỉ đạo tại hội nghị.",
     {"Hà Văn Quang": S}),
    (LEAD + "Phát biểu chỉ đạo của bà Vàng Thị Mai, Phó Chủ tịch UBND tỉnh được các đại biểu nhất trí cao.",
     {"Vàng Thị Mai": S}),
    # Hearing reports is listening: the one who hears did not speak; the one heard did.
    ("Chiều 3/6/2024, ông Hà Văn Quang, Phó Chủ tịch UBND tỉnh Lai Châu có buổi làm việc với Sở Y tế để nghe các "
     "báo cáo về tình hình khám chữa bệnh.", {"Hà Văn Quang": A}),
    ("Sáng 5/8/2024, đoàn giám sát của HĐND tỉnh Hà Giang do bà Vi Thị Hằng dẫn đầu đã nghe báo cáo của Sở Tài "
     "chính.", {"Vi Thị Hằng": A}),
    ("Sáng 5/8/2024, đoàn giám sát của HĐND tỉnh Hà Giang đã làm việc với Sở Tài chính. Đoàn đã nghe ông Nông "
     "Văn Quý, Giám đốc Sở báo cáo tình hình quản lý tài sản công.", {"Nông Văn Quý": S}),
])
def test_speech_not_given_here(text: str, expected: dict) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # A report seen as a meeting only by its body's attendance: who attended what.
    ("Ngành y tế Sơn La 70 năm xây dựng và trưởng thành\n\nBảy mươi năm qua, ngành y tế tỉnh đã không ngừng lớn "
     "mạnh. Đội ngũ cán bộ y tế ngày càng được nâng cao về trình độ chuyên môn. Nhiều kỹ thuật cao đã được triển "
     "khai thành công. Đến tham dự chương trình có đồng chí Thứ trưởng Bộ Y tế Lò Văn Thạch, đồng chí Hà Thị Mơ – "
     "Chủ tịch Công đoàn Y tế Việt Nam. Về phía tỉnh Sơn La có các đồng chí: Cầm Văn Páo - Phó Chủ tịch UBND tỉnh; "
     "Lò Thị Xuân - Giám đốc Sở Y tế.",
     {"Lò Văn Thạch": A, "Hà Thị Mơ": A, "Cầm Văn Páo": A, "Lò Thị Xuân": A}),
    ("Những quyết sách mang tính bước ngoặt\n\nĐây là sự kiện có ý nghĩa lịch sử đối với đất nước. Việc sắp xếp "
     "đơn vị hành chính mở ra không gian phát triển mới. Người dân cả nước hướng về các địa phương mới. Tại điểm "
     "cầu tỉnh Lai Châu, các đồng chí: Giàng A Tính, Bí thư Tỉnh ủy; Hà Văn Quang, Phó Chủ tịch UBND tỉnh dự Lễ "
     "công bố các Nghị quyết của Quốc hội.", {"Giàng A Tính": A, "Hà Văn Quang": A}),
    # News of a decision that names a past meeting: nobody took part.
    ("Kết luận của Ban Thường vụ Tỉnh ủy về chuyển đổi số\n\nBan Thường vụ Tỉnh ủy Lai Châu vừa ban hành Kết luận "
     "số 12-KL/TU về chuyển đổi số. Kết luận nêu rõ các nhiệm vụ trọng tâm. Các sở, ngành cần quán triệt sâu sắc. "
     "Thực hiện Nghị quyết được thông qua tại Hội nghị Trung ương 8, đồng chí Giàng A Tính, Bí thư Tỉnh ủy đã chỉ "
     "đạo các cấp ủy triển khai.", {"Giàng A Tính": N}),
])
def test_attendance_in_the_body(text: str, expected: dict) -> None:
    check(text, expected)


REVIEW = ("Sáng 14/1/2025, Sở Nội vụ tỉnh Lai Châu tổ chức Hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ "
          "năm 2025. ")
SESSION = "Sáng 5/7/2024, HĐND tỉnh Sơn La khai mạc Kỳ họp thứ 12, HĐND tỉnh khóa XV. "


@pytest.mark.parametrize(("text", "expected"), [
    # A spouse is no participant by that mention, nor the person named as the spouse's.
    ("Sáng 2/9/2024, Sở Ngoại vụ tỉnh Lai Châu tổ chức Lễ kỷ niệm Quốc khánh. Dự lễ có bà Hà Thị Mơ, phu nhân Bộ "
     "trưởng Lò Văn Thạch.", {"Hà Thị Mơ": N, "Lò Văn Thạch": N}),
    ("Sáng 2/9/2024, Sở Ngoại vụ tỉnh Lai Châu tổ chức Lễ kỷ niệm Quốc khánh. Đại sứ Nhật Bản Tanaka Hiroshi cùng "
     "phu nhân Hà Thị Mơ dự lễ.", {"Tanaka Hiroshi": A, "Hà Thị Mơ": N}),
    ("Sáng 2/9/2024, Sở Ngoại vụ tỉnh Lai Châu tổ chức Lễ kỷ niệm Quốc khánh. Dự lễ có ông Lò Văn Thạch, Bộ trưởng "
     "Bộ Nội vụ và bà Hà Thị Mơ, Giám đốc Sở Ngoại vụ.", {"Lò Văn Thạch": A, "Hà Thị Mơ": A}),
    # A photo's credit is no participant.
    (LEAD + "\nHội nghị diễn ra trong không khí dân chủ (Ảnh: Hà Thị Mơ)\nCác đại biểu đã thảo luận sôi nổi.",
     {"Hà Thị Mơ": N}),
])
def test_spouse_and_credit(text: str, expected: dict) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # A sentence opening at another meeting of another time.
    (REVIEW + "Tại hội nghị tổng kết năm trước, bà Hà Thị Mơ, Phó Chủ tịch UBND tỉnh đã đề nghị ngành tăng cường "
     "kiểm tra.", {"Hà Thị Mơ": N}),
    (REVIEW + "Trong buổi làm việc lần trước, ông Lò Văn Thạch, Giám đốc Sở Tài chính đã hứa bố trí kinh phí.",
     {"Lò Văn Thạch": N}),
    (REVIEW + "Tại hội nghị, bà Hà Thị Mơ, Phó Chủ tịch UBND tỉnh đề nghị ngành tăng cường kiểm tra so với năm "
     "trước.", {"Hà Thị Mơ": S}),
    # A verb of taking part said at a meeting dated before every year the report writes.
    (REVIEW + "Thủ tướng Lò Văn Thạch phát biểu tại Hội nghị ngày 5/3/2021 đã yêu cầu các bộ đẩy nhanh tiến độ.",
     {"Lò Văn Thạch": N}),
    (REVIEW + "Bà Hà Thị Mơ, Bộ trưởng Bộ Nội vụ chủ trì hội nghị trực tuyến năm 2019 đã giao nhiệm vụ cho tỉnh.",
     {"Hà Thị Mơ": N}),
    (REVIEW + "Phát biểu tại Hội nghị tổng kết năm 2024, ông Lò Văn Thạch, Chủ tịch UBND tỉnh ghi nhận kết quả.",
     {"Lò Văn Thạch": S}),
    # ... or a day before the meeting's, in its year.
    ("Sáng 20/5/2024, Sở Nội vụ tỉnh Lai Châu tổ chức Hội nghị sơ kết công tác. Thủ tướng Lò Văn Thạch phát biểu tại "
     "Hội nghị trực tuyến ngày 12/3 đã yêu cầu các tỉnh đẩy nhanh tiến độ.", {"Lò Văn Thạch": N}),
    ("Sáng 20/5/2024, Sở Nội vụ tỉnh Lai Châu tổ chức Hội nghị sơ kết công tác. Phát biểu tại hội nghị chiều 21/5, "
     "ông Lò Văn Thạch, Giám đốc Sở đề nghị các sở rà soát.", {"Lò Văn Thạch": S}),
    # A photo's caption of another time's event, or an archive's photo.
    (REVIEW + "\nẢnh: Lễ ký kết năm 2019 giữa UBND tỉnh và Tập đoàn, ông Lò Văn Thạch ký biên bản.\nHội nghị đã "
     "thảo luận nhiều nội dung.", {"Lò Văn Thạch": N}),
    (REVIEW + "\nẢnh tư liệu: bà Hà Thị Mơ, Phó Chủ tịch UBND tỉnh thăm mô hình trồng chè.\nHội nghị đã thảo luận.",
     {"Hà Thị Mơ": N}),
    (REVIEW + "\nẢnh: ông Lò Văn Thạch, Chủ tịch UBND tỉnh phát biểu tại hội nghị.\nHội nghị đã thảo luận.",
     {"Lò Văn Thạch": S}),
])
def test_another_occasion(text: str, expected: dict) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # A person alone on a caption line of the body, with the titles: pictured at the meeting.
    ("Hội nghị tổng kết\n\n" + REVIEW + "Hội nghị đã thảo luận nhiều vấn đề quan trọng của ngành trong năm qua và "
     "đề ra giải pháp.\nĐồng chí Hà Thị Mơ, Phó Chủ tịch UBND tỉnh\nHội nghị đã thảo luận nhiều vấn đề.",
     {"Hà Thị Mơ": A}),
    ("Hội nghị tổng kết\n\n" + REVIEW + "Hội nghị đã thảo luận nhiều vấn đề quan trọng của ngành trong năm qua và "
     "đề ra giải pháp.\nPhó Giám đốc Sở Y tế Lò Văn Thạch (bên phải)\nHội nghị đã thảo luận nhiều vấn đề.",
     {"Lò Văn Thạch": A}),
    # ... not over the body, nor in a report of no meeting.
    ("Hội nghị tổng kết\nĐồng chí Hà Thị Mơ, Phó Chủ tịch UBND tỉnh\n\n" + REVIEW + "Hội nghị đã thảo luận nhiều "
     "vấn đề quan trọng của ngành trong năm qua và đề ra giải pháp.", {"Hà Thị Mơ": N}),
    ("Bổ nhiệm Phó Giám đốc Sở Nội vụ\n\nChủ tịch UBND tỉnh Lai Châu vừa ký Quyết định số 12/QĐ-UBND về việc bổ "
     "nhiệm cán bộ lãnh đạo Sở Nội vụ nhiệm kỳ 2024-2029.\nBà Hà Thị Mơ, Phó Giám đốc Sở Nội vụ\nQuyết định có hiệu "
     "lực từ ngày ký.", {"Hà Thị Mơ": N}),
])
def test_portrait_caption(text: str, expected: dict) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # A speaker's acts after the subject: telling the past, summing up.
    (REVIEW + "Ông Lò Văn Thạch, Bí thư Đảng ủy đã ôn lại truyền thống vẻ vang của ngành.", {"Lò Văn Thạch": S}),
    (REVIEW + "Phó Giám đốc Sở Hà Thị Mơ tổng kết lại các ý kiến thảo luận của đại biểu.", {"Hà Thị Mơ": S}),
    (REVIEW + "Bà Hà Thị Mơ nhắc lại yêu cầu của tỉnh về cải cách hành chính.", {"Hà Thị Mơ": S}),
    (REVIEW + "Ông Lò Văn Thạch yêu cầu bà Hà Thị Mơ ôn lại quy trình tiếp nhận hồ sơ.", {"Hà Thị Mơ": A}),
    # ... pointing out, praising, wishing, wherever in the clause.
    (REVIEW + "Ông Lò Văn Thạch thẳng thắn chỉ ra những hạn chế trong khâu thẩm định hồ sơ.", {"Lò Văn Thạch": S}),
    (REVIEW + "Phó Chủ tịch UBND tỉnh Hà Văn Quang khen ngợi nỗ lực của các phòng chuyên môn.", {"Hà Văn Quang": S}),
    (REVIEW + "Bà Hà Thị Mơ hy vọng năm 2025 ngành sẽ hoàn thành các chỉ tiêu.", {"Hà Thị Mơ": S}),
    (REVIEW + "Ông Lò Văn Thạch, Giám đốc Sở Tài chính thông tin về tình hình thu ngân sách quý I.",
     {"Lò Văn Thạch": S}),
    # ... that are nouns too, after the subject only.
    (REVIEW + "Ông Lò Văn Thạch định hướng một số nhiệm vụ trọng tâm của năm.", {"Lò Văn Thạch": S}),
    (REVIEW + "Bà Hà Thị Mơ chúc các đại biểu mạnh khỏe, hạnh phúc.", {"Hà Thị Mơ": S}),
    (REVIEW + "Ông Lò Văn Thạch giao bà Hà Thị Mơ định hướng công tác tuyên truyền.", {"Hà Thị Mơ": N}),
    # A talk aside, pictured, is no speech.
    (REVIEW + "\nPhó Chủ tịch UBND tỉnh Hà Văn Quang trao đổi với người dân tới làm thủ tục.\nHội nghị đã thảo luận.",
     {"Hà Văn Quang": A}),
])
def test_speaker_acts(text: str, expected: dict) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "role"), [
    # A speaker's verb ends the title before it.
    (REVIEW + "Ông Lò Văn Thạch, Giám đốc Sở khái quát kết quả hoạt động năm 2024.", "Giám đốc Sở"),
    (REVIEW + "Bà Hà Thị Mơ, Phó Giám đốc Sở điểm lại những kết quả nổi bật.", "Phó Giám đốc Sở"),
])
def test_speaker_verb_ends_the_title(text: str, role: str) -> None:
    got = roles_of(text)
    assert [role] in got.values(), got
    check(text, {next(iter(got)): S})


@pytest.mark.parametrize(("text", "expected"), [
    # A chair verb that opens its item governs the people after it.
    (REVIEW + "Chủ trì hội nghị, Phó Chủ tịch UBND tỉnh Hà Văn Quang; đồng chủ trì, Giám đốc Sở Nội vụ ông Lò Văn "
     "Thạch.", {"Hà Văn Quang": C, "Lò Văn Thạch": C}),
    (REVIEW + "Chủ trì hội nghị có ông Hà Văn Quang, Phó Chủ tịch UBND tỉnh; đồng chủ trì có bà Lò Thị Xuân, Giám "
     "đốc Sở Nội vụ.", {"Hà Văn Quang": C, "Lò Thị Xuân": C}),
    (REVIEW + "Dự hội nghị có ông Hà Văn Quang, Phó Chủ tịch UBND tỉnh; chủ trì hội nghị là bà Lò Thị Xuân, Giám "
     "đốc Sở Nội vụ.", {"Hà Văn Quang": A, "Lò Thị Xuân": C}),
    # The meeting noun after a chair verb with a tone mark lost or wrong.
    (REVIEW + "Ông Lò Văn Thạch, Giám đốc Sở Nội vụ chủ trì Hôi nghị.", {"Lò Văn Thạch": C}),
    (REVIEW + "Bà Hà Thị Mơ, Phó Giám đốc Sở chủ trì buổi lam viec với các phòng.", {"Hà Thị Mơ": C}),
    (REVIEW + "Ông Lò Văn Thạch, Giám đốc Sở Nội vụ chủ trì xây dựng đề án vị trí việc làm.", {"Lò Văn Thạch": A}),
    # Chairing a council's session, capitalised after the title.
    (SESSION + "Ông Lò Văn Thạch, Chủ tịch HĐND tỉnh Chủ tọa Kỳ họp.", {"Lò Văn Thạch": C}),
    (SESSION + "Bà Hà Thị Mơ, Phó Chủ tịch HĐND tỉnh Chủ trì Phiên họp buổi chiều.", {"Hà Thị Mơ": C}),
    (SESSION + "Bà Hà Thị Mơ, Phó Chủ tịch HĐND tỉnh, Chủ tọa phiên họp buổi chiều.", {"Hà Thị Mơ": C}),
    (SESSION + "Ông Lò Văn Thạch, Giám đốc Trung tâm Chủ trì Dự án giống cây trồng phát biểu.", {"Lò Văn Thạch": S}),
])
def test_chair_third_round(text: str, expected: dict) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # A chair verb before a word that heads an occasion or a reception, whatever its noun.
    (REVIEW + "Ông Lò Văn Thạch, Phó Chủ tịch UBND tỉnh chủ trì buổi gặp gỡ các doanh nghiệp.", {"Lò Văn Thạch": C}),
    (REVIEW + "Bà Hà Thị Mơ, Giám đốc Sở chủ trì Hội đồng xét chọn sáng kiến cấp cơ sở.", {"Hà Thị Mơ": C}),
    (REVIEW + "Bà Hà Thị Mơ, Phó Chủ tịch UBND tỉnh chủ trì tiếp đoàn của Bộ Nội vụ.", {"Hà Thị Mơ": C}),
    (REVIEW + "Viện trưởng Lò Văn Thạch chủ trì thực hiện đề tài về giống chè.", {"Lò Văn Thạch": A}),
    # ... before the people it lists, or, after a comma, the others taking part.
    (REVIEW + "Về phía Bộ Nội vụ, đồng chủ trì có ông Lò Văn Thạch, Thứ trưởng.", {"Lò Văn Thạch": C}),
    (REVIEW + "Đồng chí Lò Văn Thạch - Phó Chủ tịch UBND tỉnh chủ trì, cùng dự có bà Hà Thị Mơ - Giám đốc Sở Nội vụ.",
     {"Lò Văn Thạch": C, "Hà Thị Mơ": A}),
    # The verb and its meeting opening the sentence: the clause's subject chaired.
    (REVIEW + "Chủ trì hội nghị, đồng chí Lò Văn Thạch, Chủ tịch UBND tỉnh nhấn mạnh tầm quan trọng của công tác "
     "cải cách.", {"Lò Văn Thạch": CS}),
    (REVIEW + "Chủ trì buổi làm việc, bà Hà Thị Mơ, Phó Chủ tịch UBND tỉnh đề nghị các sở phối hợp chặt chẽ.",
     {"Hà Thị Mơ": CS}),
    (REVIEW + "Dưới sự chủ trì của Thường trực HĐND tỉnh, ông Lò Văn Thạch, Giám đốc Sở báo cáo kết quả.",
     {"Lò Văn Thạch": S}),
    # Running the meeting is chairing it; being present.
    (REVIEW + "Dưới sự điều hành của ông Lò Văn Thạch, Phó Giám đốc Sở, hội nghị đã thảo luận nhiều nội dung.",
     {"Lò Văn Thạch": C}),
    (REVIEW + "Hội nghị có sự góp mặt của bà Hà Thị Mơ, Phó Chủ tịch UBND tỉnh.", {"Hà Thị Mơ": A}),
    (REVIEW + "Ông Lò Văn Thạch, Phó Chủ tịch UBND tỉnh cùng lãnh đạo các sở đã dâng hoa tại tượng đài.",
     {"Lò Văn Thạch": A}),
    # People so joined on a caption line.
    ("Hội nghị tổng kết\n\n" + REVIEW + "Hội nghị đã thảo luận nhiều vấn đề quan trọng của ngành trong năm qua và "
     "đề ra giải pháp.\nÔng Lò Văn Thạch, Giám đốc Sở Nội vụ và bà Hà Thị Mơ, Phó Giám đốc Sở.\nHội nghị bế mạc.",
     {"Lò Văn Thạch": A, "Hà Thị Mơ": A}),
])
def test_chair_and_presence_more(text: str, expected: dict) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # Receiving a guest: host and guest both there.
    ("Chiều 5/6/2024, Chủ tịch UBND tỉnh Lai Châu Lò Văn Thạch đã tiếp Đại sứ Hàn Quốc tại Việt Nam Kim Min-su.",
     {"Lò Văn Thạch": A, "Kim Min-su": A}),
    ("Chiều 5/6/2024, ông Lò Văn Thạch, Chủ tịch UBND tỉnh Lai Châu tiếp xã giao bà Hà Thị Mơ, Tổng Lãnh sự Pháp.",
     {"Lò Văn Thạch": A, "Hà Thị Mơ": A}),
    (REVIEW + "Ông Lò Văn Thạch đề nghị các sở tiếp tục rà soát. Theo đó, bà Hà Thị Mơ là đầu mối.",
     {"Hà Thị Mơ": N}),
])
def test_receiving_a_guest(text: str, expected: dict) -> None:
    check(text, expected)
