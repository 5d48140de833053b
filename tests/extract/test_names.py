"""Names of people: the shapes writers give them, and the bodies and places that hold
names that are no people.  Sentences and names made up for these tests."""

from __future__ import annotations

import pytest

from kg import lexicon
from kg.extract import extract_bylines, extract_meeting, extract_people
from kg.extract.names import spelling_key, vietnamese_syllable
from tests.conftest import report

LEAD = "Sáng 14/5/2024, Sở Khoa học và Công nghệ tỉnh Lai Châu tổ chức Hội nghị sơ kết công tác 6 tháng. "


def names_of(text: str) -> dict[str, tuple[str, ...]]:
    """Each official's name with the honorifics found before it."""
    r = report(text)
    return {p.name: tuple(p.honorifics) for p in extract_people(r, extract_meeting(r), extract_bylines(r))}


# ------------------------------------------------------------------ found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Family names of the Kinh, rare ones, and of the Khmer, after a place in one run of
        # capitals: the place is the title's, the name begins at the family name.
        (LEAD + "Phó Chủ tịch UBND xã Tân Lập Cấn Văn Hòa báo cáo kết quả.", "Cấn Văn Hòa"),
        (LEAD + "Chủ tịch UBND xã Vĩnh Hòa Danh Sóc Khên phát biểu.", "Danh Sóc Khên"),
        # A function word opening the sentence with a capital is no part of the name.
        (LEAD + "Theo Khuất Văn Thạo, năm nay ngành đạt nhiều kết quả.", "Khuất Văn Thạo"),
        (LEAD + "Cùng Bế Thị Lâm, các đại biểu thảo luận sôi nổi.", "Bế Thị Lâm"),
        # A Buddhist monk: the rank is an honorific, "Thích" and the dharma name the name.
        (LEAD + "Dự có Hòa thượng Thích Huệ Đăng, Trưởng Ban Trị sự Giáo hội Phật giáo tỉnh.", "Thích Huệ Đăng"),
        (LEAD + "Thượng tọa Thích Minh Quang phát biểu tại hội nghị.", "Thích Minh Quang"),
        # "Đoàn", the family name, with an honorific or a title beside it.
        (LEAD + "Phát biểu tại hội nghị, bà Đoàn Thị Mến, Giám đốc Sở Tư pháp nhấn mạnh.", "Đoàn Thị Mến"),
        (LEAD + "Tham dự có Đoàn Minh Khôi – Phó Giám đốc Sở Xây dựng.", "Đoàn Minh Khôi"),
        (LEAD + "Đồng chí Đoàn Ngọc Thạch, Phó Chủ tịch UBND huyện cùng dự.", "Đoàn Ngọc Thạch"),
        # ... and the name after the noun "Đoàn" (a delegation) is the name, not the noun.
        (LEAD + "Trưởng Đoàn Lò Văn Pành cảm ơn tỉnh đã đón tiếp.", "Lò Văn Pành"),
        # A syllable written small: the middle names "văn", "thị" by shape; others and a
        # family name written small beside an honorific or a title.
        (LEAD + "Tham dự có bà Đỗ thị Ngân, Phó Giám đốc Sở Nội vụ.", "Đỗ thị Ngân"),
        (LEAD + "Đại diện xã, ông Lý văn Phúc cho biết bà con rất phấn khởi.", "Lý văn Phúc"),
        (LEAD + "Dự có ông Tạ ngọc Sơn, Chủ tịch Hội Nông dân tỉnh.", "Tạ ngọc Sơn"),
        (LEAD + "Dự có đồng chí nguyễn Văn Tư, Bí thư Huyện ủy.", "nguyễn Văn Tư"),
        # A noun ending in a syllable that is also a family name is no part of a name that
        # has its own: the "giả" of "tác giả", the "mai" of "ngày mai" (a family name
        # written small joins a given name only: "ông nguyễn Văn Tư").
        (LEAD + "Bài dự thi của nhóm tác giả Hứa Văn Lợi đạt giải nhất.", "Hứa Văn Lợi"),
        (LEAD + "Từ ngày mai Lò Văn Thạch sẽ nhận nhiệm vụ mới tại huyện.", "Lò Văn Thạch"),
        (LEAD + "Dự có ông lê Hoàng Nam, Giám đốc Sở Y tế.", "lê Hoàng Nam"),
        # A name run on into the verb after it, capitalised by mistake or in a caption.
        (LEAD + "Bà Lò Thị Hoa Trình bày báo cáo tại hội nghị.", "Lò Thị Hoa"),
        (LEAD + "Ông Vi Văn Dũng Phát biểu tại hội nghị\n", "Vi Văn Dũng"),
        # A given name that is also a province, beside a title or an honorific.
        (LEAD + "Giám đốc Sở Nội vụ Nguyễn Hòa Bình phát biểu.", "Nguyễn Hòa Bình"),
        (LEAD + "Dự có ông Trần Thái Bình, Phó Giám đốc Sở Y tế.", "Trần Thái Bình"),
        # A district's name is a person's after an honorific.
        (LEAD + "Dự có bà Mai Châu, Phó Giám đốc Sở Y tế.", "Mai Châu"),
        (LEAD + "Tham dự có ông Lâm Hà, Trưởng phòng Kế hoạch.", "Lâm Hà"),
        # A place before the name is the title's: "UBND tỉnh Hòa Bình | Bùi Văn Khánh".
        (LEAD + "Phó Chủ tịch UBND tỉnh Hòa Bình Bùi Văn Khánh dự.", "Bùi Văn Khánh"),
        # The name after a unit of administration in a title is the official's.
        (LEAD + "Tại điểm cầu huyện, Phó Chủ tịch UBND huyện Hà Thị Mơ chủ trì.", "Hà Thị Mơ"),
        (LEAD + "Chủ tịch UBND xã Lường Văn Sáng báo cáo.", "Lường Văn Sáng"),
        # A city is a unit of administration too: the name after "thành phố" in a title
        # is the official's, in the lead or in a later sentence.
        (LEAD + "Phó Chủ tịch UBND thành phố Hà Thị Mơ chúc mừng các đơn vị đạt giải.", "Hà Thị Mơ"),
        (LEAD + "Phát biểu tại hội nghị, Chủ tịch UBND thành phố Trần Văn Bê đề nghị các sở tiếp tục đổi mới.",
         "Trần Văn Bê"),
        (LEAD + "Giám đốc Sở Y tế thành phố Lò Văn Thạch, cùng các đại biểu dự lễ.", "Lò Văn Thạch"),
        # ... and so are a village's units below the commune, after their heads' titles.
        (LEAD + "Trưởng thôn Lò Văn Thạch báo cáo tình hình sản xuất.", "Lò Văn Thạch"),
        (LEAD + "Trưởng bản Nà Sự Vàng A Dơ kể lại.", "Vàng A Dơ"),
        # A head noun that ends a compound of the title vocabulary is no head: no school in
        # "Môi trường", no hamlet in "nông thôn", no market place in "thị trường".
        (LEAD + "Giám đốc Sở Tài nguyên và Môi trường Lò Văn Thạch phát biểu.", "Lò Văn Thạch"),
        (LEAD + "Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn Hà Văn Bốn, cùng đoàn công tác dự.",
         "Hà Văn Bốn"),
        (LEAD + "Trưởng Ban Quản lý thị trường Vàng Thị Sua báo cáo.", "Vàng Thị Sua"),
        # A body's name, then the name of its head: a title runs over the body.
        (LEAD + "Giám đốc Công ty cổ phần Chè Tân Cương Lò Văn Thạch chia sẻ kinh nghiệm.", "Lò Văn Thạch"),
        (LEAD + "Hiệu trưởng Trường Chính trị tỉnh Lò Thị Hoa phát biểu.", "Lò Thị Hoa"),
        # A figure's school or ward, then the name of its head.
        (LEAD + "Hiệu trưởng Trường THPT Nguyễn Du Lê Văn Bình báo cáo.", "Lê Văn Bình"),
        (LEAD + "Chủ tịch UBND xã Hoàng Văn Thụ Lò Văn Pành báo cáo.", "Lò Văn Pành"),
        # A company's kind in small letters between its head and its name.
        (LEAD + "Đại diện Công ty cổ phần Chè Tân Cương, ông Lò Văn Nhất phát biểu.", "Lò Văn Nhất"),
        # Five syllables: a family name of two words, or the names of the Central Highlands.
        (LEAD + "Phó Giám đốc Sở Tôn Nữ Thị Thu Hiền phát biểu.", "Tôn Nữ Thị Thu Hiền"),
        (LEAD + "Giám đốc Sở Tài chính Y Giang Gry Niê Knơng báo cáo.", "Y Giang Gry Niê Knơng"),
        # A title-case caption: the honorific of two words opens the run.
        (LEAD + "\nĐồng Chí Lò Văn Pành Phát Biểu Tại Hội Nghị\n", "Lò Văn Pành"),
        (LEAD + "\nĐồng Chí Hà Thị Mơ, Phó Chủ Tịch UBND Tỉnh Dự\n", "Hà Thị Mơ"),
        # The apostrophe of the Central Highlands' names, straight or curly, and "H'" alone.
        (LEAD + "Bà H’Yim Kđoh, Phó Chủ tịch UBND tỉnh dự.", "H’Yim Kđoh"),
        (LEAD + "Dự có bà H' Luôn Niê, Phó Giám đốc Sở Y tế.", "H' Luôn Niê"),
        # Foreign names beside a title or an honorific.
        (LEAD + "Dự có ngài Paul Brent, Đại sứ Canada tại Việt Nam.", "Paul Brent"),
        (LEAD + "Đại sứ New Zealand Wendy Matthews phát biểu tại hội nghị.", "Wendy Matthews"),
        (LEAD + "Ông Tom Hardwick - Giám đốc quốc gia của tổ chức phát biểu.", "Tom Hardwick"),
        # A foreign name's syllables joined by hyphens, beside an honorific or a title: one
        # name, as written.
        (LEAD + "Dự có ngài Kim Dae-ho, Thị trưởng thành phố Gimhae (Hàn Quốc).", "Kim Dae-ho"),
        (LEAD + "Ông Park Hang-seo, nguyên huấn luyện viên đội tuyển, dự lễ.", "Park Hang-seo"),
        (LEAD + "Đại sứ Hàn Quốc Oh Sae-hoon phát biểu tại hội nghị.", "Oh Sae-hoon"),
        (LEAD + "Lee Jae-myung, Đại sứ Hàn Quốc tại Việt Nam dự.", "Lee Jae-myung"),
        (LEAD + "Dự có ngài Kim-Dae-Ho, Thị trưởng thành phố Gimhae.", "Kim-Dae-Ho"),
        (LEAD + "Tổng Lãnh sự Hàn Quốc Choi Young-Sam dự lễ.", "Choi Young-Sam"),
        # Between words of Vietnamese a hyphen parts them: the name, then its title.
        (LEAD + "Bà Lò Thị Hoa-Phó Giám đốc Sở Y tế dự.", "Lò Thị Hoa"),
        (LEAD + "Dự có ông Quàng Văn Nam-Giám đốc Sở Nội vụ.", "Quàng Văn Nam"),
        # A degree run into its dot, a rare family name, a dash glued to the name.
        (LEAD + "Tiếp đoàn có Th.s Khúc Văn Bình- Phó Giám đốc Sở Nội vụ.", "Khúc Văn Bình"),
        (LEAD + "Dự có ThS.Thào Thị Dua- Trưởng phòng Dân tộc huyện.", "Thào Thị Dua"),
        (LEAD + "Dự có Ths. Tòng Văn Pản - Chủ tịch UBND xã.", "Tòng Văn Pản"),
        # A degree with a dot inside, its last letter a capital; "đồng chí" shortened "Đc".
        (LEAD + "Th.S Khúc Văn Bình – Trưởng phòng Nội vụ huyện dự.", "Khúc Văn Bình"),
        (LEAD + "Đc Lục Văn Đức, Phó Giám đốc Sở Y tế dự.", "Lục Văn Đức"),
        # "Ông", the family name, after an honorific, a degree or a title of its own, or
        # before a woman's middle name.
        (LEAD + "Tiếp đoàn có Th.s Ông Văn Bình- Phó Giám đốc Sở Nội vụ.", "Ông Văn Bình"),
        (LEAD + "Dự có bà Ông Thị Hoa, Phó Giám đốc Sở Y tế.", "Ông Thị Hoa"),
        (LEAD + "Phó Giám đốc Sở Nội vụ Ông Văn Bình phát biểu.", "Ông Văn Bình"),
        # Honorific "Đ/C" in capitals: its C is not the first word of the name.
        (LEAD + "Đ/C Ngô Thị Lựu – Phó Giám đốc Sở KH&CN kiểm tra dự án.", "Ngô Thị Lựu"),
        (LEAD + "Đ/c Hầu A Lềnh, Phó Bí thư Tỉnh ủy dự.", "Hầu A Lềnh"),
    ],
)
def test_name_found(text: str, name: str) -> None:
    got = names_of(text)
    assert name in got, f"{name} not found in {sorted(got)}"


@pytest.mark.parametrize(
    ("text", "name", "honorifics"),
    [
        (LEAD + "Dự có Hòa thượng Thích Huệ Đăng, Trưởng Ban Trị sự.", "Thích Huệ Đăng", ("Hòa thượng",)),
        (LEAD + "Dự có Linh mục Giuse Trần Văn Tâm, Chánh xứ.", "Giuse Trần Văn Tâm", ("Linh mục",)),
        (LEAD + "Dự có Mr. John Carter, Giám đốc dự án.", "John Carter", ("Mr.",)),
    ],
)
def test_clergy_and_guests_honorifics(text: str, name: str, honorifics: tuple[str, ...]) -> None:
    got = names_of(text)
    assert got.get(name) == honorifics, sorted(got.items())


# ------------------------------------------------------------------ not people


@pytest.mark.parametrize(
    ("text", "not_name"),
    [
        # A body named after a figure: the head noun before it, right before or before the
        # rest of the body's name.
        (LEAD + "Hội thi diễn ra tại Trường THPT chuyên Trần Văn Giàu, thành phố Lai Châu.", "Trần Văn Giàu"),
        (LEAD + "Hiệu trưởng Trường Chính trị Nguyễn Văn Cừ cùng dự.", "Nguyễn Văn Cừ"),
        (LEAD + "Trao Giải thưởng Tạ Quang Bửu cho các nhà khoa học trẻ.", "Tạ Quang Bửu"),
        (LEAD + "Đoàn đi qua đường Nguyễn Văn Bảy, phường Tân Phong.", "Nguyễn Văn Bảy"),
        (LEAD + "Chủ tịch UBND phường Lê Hồng Phong báo cáo.", "Lê Hồng Phong"),
        # A city named after a figure, or with no title before it, is a place.
        (LEAD + "Chủ tịch UBND thành phố Hồ Chí Minh phát biểu.", "Hồ Chí Minh"),
        (LEAD + "Đoàn đến thăm thành phố Lò Văn Bình và huyện Kiên Lương.", "Lò Văn Bình"),
        # A village with no title before it is a place.
        (LEAD + "Đoàn đến thăm bản Lò Văn Pành của xã.", "Lò Văn Pành"),
        # A school after a word it makes no compound with is a school.
        (LEAD + "Các em học sinh trường Nguyễn Văn Bảy đạt giải nhất.", "Nguyễn Văn Bảy"),
        # A district with a title before it is the title's.
        (LEAD + "Chủ tịch UBND huyện Mai Châu phát biểu.", "Mai Châu"),
        (LEAD + "Các đại biểu học tập tư tưởng của đồng chí Hồ Chí Minh.", "Hồ Chí Minh"),
        # "Đoàn" the noun: a delegation, a youth union, also in title case.
        (LEAD + "Đoàn Kiểm Tra Liên Ngành Tỉnh làm việc tại huyện.", "Đoàn Kiểm Tra Liên"),
        ("Đoàn Thanh Niên Cộng Sản Tỉnh Tổ Chức Ra Quân\n" + LEAD, "Đoàn Thanh Niên Cộng"),
        # A word written small that is a family name only by its letters: "ủy viên | Ban ...",
        # "đến từ | Viện ...", "chuyên viên | Phòng ...".
        (LEAD + "Dự có các ủy viên Ban Thường vụ Tỉnh ủy và các chuyên gia đến từ Viện Hàn lâm.", "viên Ban"),
        (LEAD + "Dự có chuyên viên Phòng Tổng hợp Lò Văn Mạnh.", "viên Phòng Tổng"),
        # A word of a compound written small is no family name: "Tỉnh đoàn | Lạng Sơn".
        (LEAD + "Bí thư Tỉnh đoàn Lạng Sơn phát biểu.", "đoàn Lạng Sơn"),
        (LEAD + "Đoàn tham quan hồ Ba Bể và thác Bản Giốc.", "hồ Ba Bể"),
        # A company's name with no title before it.
        (LEAD + "Sản phẩm của Công ty trách nhiệm hữu hạn Nguyễn Hoàng Lâm được giới thiệu.", "Nguyễn Hoàng Lâm"),
        (LEAD + "Tổ chức tại Hợp tác xã Đinh Văn Khoa, huyện Tam Đường.", "Đinh Văn Khoa"),
        # Foreign words beside a title that are a company and a country.
        (LEAD + "Tổng Giám đốc Samsung Việt Nam dự.", "Samsung Việt Nam"),
        (LEAD + "Đại sứ Australia tại Việt Nam phát biểu.", "Australia"),
        # Hyphenated syllables with no title nor honorific beside them; places and a
        # partnership joined by a hyphen.
        (LEAD + "Dự có Kim Dae-ho Lee ở huyện.", "Dae-ho"),
        (LEAD + "Đoàn công tác của tỉnh Thừa Thiên-Huế đến thăm.", "Thiên-Huế"),
        (LEAD + "Hội nghị hợp tác Việt-Lào do tỉnh chủ trì tổ chức.", "Việt-Lào"),
    ],
)
def test_not_a_name(text: str, not_name: str) -> None:
    got = names_of(text)
    assert not any(not_name in n or n in not_name for n in got), sorted(got)


@pytest.mark.parametrize(
    ("text", "name", "honorifics"),
    [
        # "Ông" before a family name is the honorific, capitalised mid-sentence or not.
        (LEAD + "Dự có Ông Nguyễn Văn Tư, Phó Giám đốc Sở Nội vụ.", "Nguyễn Văn Tư", ("Ông",)),
        (LEAD + "Ông Lò Văn Thạch phát biểu tại hội nghị.", "Lò Văn Thạch", ("Ông",)),
        # ... and a family name after another honorific.
        (LEAD + "Dự có đồng chí Ông Ích Khiêm, Chủ tịch Hội Nông dân tỉnh.", "Ông Ích Khiêm", ("đồng chí",)),
    ],
)
def test_ong_honorific_or_family_name(text: str, name: str, honorifics: tuple[str, ...]) -> None:
    got = names_of(text)
    assert got.get(name) == honorifics, sorted(got.items())


def test_names_in_a_strip_of_related_articles_are_no_officials() -> None:
    text = (LEAD + "Dự có đồng chí Lò Văn Mạnh, Phó Chủ tịch UBND tỉnh.\n\nTin liên quan:\n"
            "- Bí thư Tỉnh ủy Giàng A Tông thăm huyện Mường Tè\n- Chủ tịch UBND tỉnh Vàng Seo Phủ làm việc với Sở\n")
    assert set(names_of(text)) == {"Lò Văn Mạnh"}


def test_names_in_a_strip_of_other_articles_are_no_officials() -> None:
    text = (LEAD + "Đồng chí Hà Văn Khánh, Giám đốc Sở phát biểu.\n\n:: Các tin khác\n"
            "- Phó Chủ tịch UBND tỉnh Lù Văn Cương kiểm tra tiến độ dự án\n")
    assert set(names_of(text)) == {"Hà Văn Khánh"}


def test_the_article_goes_on_after_an_inline_strip() -> None:
    text = (LEAD + "Dự có đồng chí Lò Văn Mạnh, Phó Chủ tịch UBND tỉnh.\n\nXem thêm:\n"
            "- Bí thư Tỉnh ủy Giàng A Tông thăm huyện Mường Tè\n\n"
            "Phát biểu tại hội nghị, đồng chí Hà Thị Mơ, Giám đốc Sở Khoa học và Công nghệ đề nghị các đơn vị "
            "tiếp tục đổi mới phương thức quản lý, đẩy mạnh ứng dụng tiến bộ kỹ thuật vào sản xuất.\n")
    assert set(names_of(text)) == {"Lò Văn Mạnh", "Hà Thị Mơ"}


@pytest.mark.parametrize(
    "top",
    ["ThS. Hà Thị Mơ, KS. Lò Văn Thạch", "Hà Thị Mơ - Lò Văn Thạch"],
)
def test_a_line_of_names_above_the_body_is_the_writers(top: str) -> None:
    text = ("Hội nghị sơ kết công tác khoa học và công nghệ 6 tháng đầu năm\n\n" + top + "\n\n" + LEAD
            + "Dự có đồng chí Tống Thanh Bình, Phó Chủ tịch UBND tỉnh.")
    assert set(names_of(text)) == {"Tống Thanh Bình"}


def test_a_caption_with_an_honorific_above_the_body_is_no_writers_line() -> None:
    text = ("Hội nghị sơ kết công tác khoa học và công nghệ 6 tháng đầu năm\n\nĐồng chí Lò Văn Thạch\n\n" + LEAD
            + "Đồng chí Lò Văn Thạch, Phó Chủ tịch UBND tỉnh phát biểu.")
    assert "Lò Văn Thạch" in names_of(text)


# ------------------------------------------------------------------ one person, two spellings


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Y Djôn Êban", "Y Djon Eban"),  # the diacritics of a syllable of the Central Highlands
        ("Y Bi Êban", "Y Biêban"),  # with and without a space between syllables
        ("Kpă Thuyết", "Kpa Thuyết"),
        ("H’Mai Êban", "H'Mai Êban"),  # the apostrophe curly and straight
        ("H' Mai Êban", "H'Mai Êban"),
    ],
)
def test_two_spellings_are_one_person(first: str, second: str) -> None:
    text = (LEAD + f"Dự có đồng chí {first}, Phó Chủ tịch UBND tỉnh. Phát biểu tại hội nghị, đồng chí {second} "
            "đề nghị các sở tiếp tục đổi mới.")
    got = names_of(text)
    assert list(got) == [first]


def test_names_that_differ_by_a_tone_are_two_people() -> None:
    text = LEAD + "Dự có ông Vi Văn Hùng, Giám đốc Sở Y tế và ông Vi Văn Hưng, Giám đốc Sở Tài chính."
    assert set(names_of(text)) == {"Vi Văn Hùng", "Vi Văn Hưng"}


@pytest.mark.parametrize(
    ("name", "key"),
    [("Kpă Thuyết", "kpathuyết"), ("Y Biêban", "ybieban"), ("Nguyễn Văn Hưng", "nguyễnvănhưng")],
)
def test_spelling_key(name: str, key: str) -> None:
    assert spelling_key(name) == key


@pytest.mark.parametrize(
    ("word", "vietnamese"),
    [("Nguyễn", True), ("Thuyên", True), ("Khuất", True), ("Gia", True), ("Ksor", False), ("Kpă", False),
     ("Byă", False), ("Niê", False), ("Mlô", False), ("Tattersall", False), ("Mark", False), ("H'Hen", False),
     # Vowel groups of no Vietnamese syllable; a Vietnamese name written without its marks.
     ("Dae", False), ("Lee", False), ("Myung", False), ("NGUYEN", True), ("Thuy", True), ("Khuyen", True),
     ("Seo", True), ("Người", True), ("Khuỷu", True)],
)
def test_vietnamese_syllable(word: str, vietnamese: bool) -> None:
    assert vietnamese_syllable(word) is vietnamese


def test_the_family_names_are_a_complete_list() -> None:
    people = lexicon.load("people")
    single = [*people["surnames"]["words"], *people["surnames_minority"]["words"],
              *people["surnames_monastic"]["words"], *people["surnames_also_nouns"]["words"]]
    assert len(set(single)) >= 200
    assert len(people["surnames_compound"]["words"]) >= 10
    for table in ("surnames", "surnames_compound", "surnames_minority", "surnames_monastic", "surnames_also_nouns",
                  "middle_syllables", "predicate_verbs", "countries", "figures", "related_headers"):
        assert people[table].get("example"), table
    # The hundred most frequent family names are all there.
    for w in ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
              "Dương", "Lý", "Đoàn", "Khuất", "Cấn", "Thích", "Giàng", "Ksor",
              # rare ones, of the northern mountains too
              "Khúc", "Thào", "Sùng", "Lường", "Mè", "Vàng", "Hứa", "Âu", "Lục", "Nông", "Bế", "Tòng", "Quàng",
              "Lò", "Cầm", "Hầu", "Mùa", "Lù", "Giáp", "Triệu", "Ma", "Lã"):
        assert w in single, w
    # "Ông" is a family name too, read as one only where the honorific cannot be meant.
    assert "Ông" in people["surnames_also_honorifics"]["words"]


# ------------------------------------------------------------------ round four: heads, conjunctions, line breaks


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A given name that is also a head word is the name's last syllable where no title
        # begins with it: a comma, a verb after it.
        (LEAD + "Dự hội nghị có đồng chí Lò Văn Trưởng, Giám đốc Sở Y tế.", "Lò Văn Trưởng"),
        (LEAD + "Giám đốc Sở Nội vụ Cầm Văn Trưởng phát biểu khai mạc.", "Cầm Văn Trưởng"),
        (LEAD + "Đồng chí Hoàng Văn Thư - Phó Giám đốc Sở Nội vụ phát biểu.", "Hoàng Văn Thư"),
        (LEAD + "Tham dự có ông Lường Văn Phó, Phó Chủ tịch UBND huyện Mường La.", "Lường Văn Phó"),
        # ... and a head that begins a title still ends the name before it.
        (LEAD + "Đồng chí Lò Văn Thạch Trưởng Ban Dân vận Tỉnh ủy phát biểu.", "Lò Văn Thạch"),
        (LEAD + "Bà Hà Thị Sen Phó Giám đốc Sở Y tế cho biết.", "Hà Thị Sen"),
        # A capitalised conjunction joins two people: no name holds it.
        (LEAD + "Tham dự có đại diện lãnh đạo CLB Và Bà Lường Thị Sen- Trưởng khoa Nội, Bệnh viện Đa khoa tỉnh.",
         "Lường Thị Sen"),
        (LEAD + "Ông Cầm Văn Khôi Cùng Bà Lò Thị Mai Trao Quà Cho Các Hộ Nghèo\n", "Lò Thị Mai"),
        (LEAD + "Ông Cầm Văn Khôi Cùng Bà Lò Thị Mai Trao Quà Cho Các Hộ Nghèo\n", "Cầm Văn Khôi"),
        # A line break inside a name after an honorific, a family name after a title.
        (LEAD + "Ông Hoàng\nMinh Tuấn phát biểu tại hội nghị.", "Hoàng Minh Tuấn"),
        (LEAD + "Bà Lò Thị\nSen, Phó Giám đốc Sở Y tế phát biểu.", "Lò Thị Sen"),
        (LEAD + "Giám đốc Sở Y tế Nguyễn\nVăn Tư phát biểu.", "Nguyễn Văn Tư"),
    ],
)
def test_name_with_head_words_conjunctions_and_breaks(text: str, name: str) -> None:
    assert name in names_of(text), sorted(names_of(text))


@pytest.mark.parametrize(
    ("text", "not_name"),
    [
        # The conjunction is no part of the name before it.
        (LEAD + "Tham dự có ông Lò Văn Thạch Và Bà Hà Thị Mai, Phó Giám đốc Sở Y tế.", "Lò Văn Thạch Và"),
        (LEAD + "Ông Cầm Văn Khôi Cùng Bà Lò Thị Mai Trao Quà Cho Các Hộ Nghèo\n", "Cầm Văn Khôi Cùng"),
        # A line ending with an honorific and a given name goes on into no new paragraph,
        # nor a line after a full name.
        (LEAD + "Phát biểu của ông Bửu\nHội nghị kết thúc lúc 17 giờ.", "Bửu Hội"),
        (LEAD + "Ông Lò Văn Thạch\nPhó Giám đốc Sở Y tế phát biểu.", "Lò Văn Thạch Phó"),
        (LEAD + "Ảnh: Lò Văn\nHội nghị đã thành công.", "Lò Văn Hội"),
    ],
)
def test_no_name_across_a_conjunction_or_a_paragraph(text: str, not_name: str) -> None:
    got = names_of(text)
    assert not any(not_name in n for n in got), sorted(got)


def test_a_name_across_a_line_break_keeps_its_offsets() -> None:
    r = report(LEAD + "Ông Hoàng\nMinh Tuấn phát biểu tại hội nghị.")
    [p] = extract_people(r, extract_meeting(r), extract_bylines(r))
    span = p.mentions[0].span
    assert r.text[span.start:span.end] == span.text == "Hoàng\nMinh Tuấn"
