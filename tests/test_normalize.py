from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.normalize import _wrap_width, fold, nfc, slug, squash, tidy


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Tỉnh uỷ", "Tỉnh ủy"),
        ("Thanh Hoá", "Thanh Hóa"),
        ("Khánh Hoà", "Khánh Hòa"),
        ("thuỷ lợi", "thủy lợi"),
        ("khoẻ", "khỏe"),
        ("Thuý", "Thúy"),
        ("Uỷ ban", "Ủy ban"),
        ("quý", "quý"),  # the u of qu is a glide: unchanged
        ("quả", "quả"),
        ("Hòa", "Hòa"),
        ("hoàng", "hoàng"),  # a closed syllable: unchanged
        ("a\u00a0b", "a b"),
        ("12/Q\u00d0-UBND", "12/QĐ-UBND"),  # the eth of old encodings is the Vietnamese Đ
        ("\u00d0ặng \u00f0ồng", "Đặng đồng"),
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(nfc(text)) == folded


@given(st.text())
def test_fold_keeps_length(text: str) -> None:
    t = nfc(text)
    assert len(fold(t)) == len(t)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\ufeffxin chào", "xin chào"),
        ("a\r\nb\rc", "a\nb\nc"),
        ("Ho\u0302\u0300 Chi\u0301 Minh", "Hồ Chí Minh"),  # decomposed -> composed
    ],
)
def test_nfc(text: str, expected: str) -> None:
    assert nfc(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Trà Vinh", "tra-vinh"), ("19/2014/QĐ-TTg", "19-2014-qd-ttg"), ("Đắk Lắk", "dak-lak"), ("", "x"),
     ("\u00d0ặng Văn Minh", "dang-van-minh")],  # the eth of old encodings is a Đ
)
def test_slug(text: str, expected: str) -> None:
    assert slug(text) == expected


def test_squash() -> None:
    assert squash("  Nguyễn   Văn\n A ") == "Nguyễn Văn A"


def _fold_by_pattern(text: str) -> str:
    """fold() as first written: one pattern for the whole word (slow: it is tried at
    every letter), kept as the reference the faster scan must agree with."""
    import re

    from kg.normalize import _SPACES, fold_word

    word = re.compile(r"[^\W\d_]*[oOuU][áàảãạÁÀẢÃẠéèẻẽẹÉÈẺẼẸýỳỷỹỵÝỲỶỸỴ](?![^\W\d_])")
    return word.sub(lambda m: fold_word(m.group(0)), text).translate(_SPACES)


# Letters, marks, digits and spaces that make old-style syllables and word edges likely.
_FOLD_ALPHABET = "hoaáàuỷyýeéèqQOUĐđkt2_²'\u0301\u0300 \u00a0\t\n-"


@given(st.text(alphabet=_FOLD_ALPHABET, max_size=40))
def test_fold_agrees_with_the_whole_word_pattern(text: str) -> None:
    t = nfc(text)
    assert fold(t) == _fold_by_pattern(t)


# ------------------------------------------------------------------ tidy: the form of the text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Runs of spaces, tabs and odd spaces between words are one space.
        ("ông  Lò  Văn  Thạch,  Giám  đốc  Sở Y tế", "ông Lò Văn Thạch, Giám đốc Sở Y tế"),
        ("bà\tHà Thị\u00a0Mơ, Phó\u00a0 Giám đốc", "bà Hà Thị Mơ, Phó Giám đốc"),
        ("Lò\u2002Văn\u3000Thạch\u202fvà  \t Hà Thị Mơ", "Lò Văn Thạch và Hà Thị Mơ"),
        # A line's indent is its own; the spaces at its end go.
        ("  Sáng 12/3, tại Lào Cai.", "  Sáng 12/3, tại Lào Cai."),
        ("Sáng 12/3.  \nChiều 13/3.\t\u00a0\n\nTối 14/3. ", "Sáng 12/3.\nChiều 13/3.\n\nTối 14/3."),
        # No space before the punctuation that closes what it follows.
        ("Lò Văn Thạch , Giám đốc Sở ; Hà Thị Mơ .", "Lò Văn Thạch, Giám đốc Sở; Hà Thị Mơ."),
        ("Tin, ảnh : Vàng Thị Dung", "Tin, ảnh: Vàng Thị Dung"),
        ("(Sở Tư pháp ) tổ chức ... Xong !", "(Sở Tư pháp) tổ chức... Xong!"),
        ("bám sát Quyết định số 12 /QĐ-UBND và .NET", "bám sát Quyết định số 12 /QĐ-UBND và .NET"),
        # Invisible characters go: zero-width spaces and joiners, soft hyphens, marks.
        ("Lò\u200b Văn Thạ\u200bch", "Lò Văn Thạch"),
        ("Phó Giám\u00ad đốc\u2060 Sở\u200e Nội vụ\ufeff", "Phó Giám đốc Sở Nội vụ"),
        # ... and a word broken at a soft hyphen at a line's end is one word again.
        ("Sở Nông nghi\u00ad\nệp tỉnh Sơn La", "Sở Nông nghiệp tỉnh Sơn La"),
        # Line and paragraph separators, form feeds (a PDF's page break) break lines.
        ("Sáng 12/3.\u2028Chiều 13/3.\u2029Tối 14/3.", "Sáng 12/3.\nChiều 13/3.\n\nTối 14/3."),
        ("kết thúc hội nghị.\fTrang 2", "kết thúc hội nghị.\nTrang 2"),
    ],
)
def test_tidy_within_lines(text: str, expected: str) -> None:
    assert tidy(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A line that ends no sentence, and one that goes on in lower case: a wrap.
        ("Đến dự và\nchỉ đạo có các đồng\nchí: Lò Văn Thạch, Phó chủ tịch",
         "Đến dự và chỉ đạo có các đồng chí: Lò Văn Thạch, Phó chủ tịch"),
        ("Sở Tư pháp tỉnh Hà Tĩnh tổ\nchức hội nghị triển khai Luật", "Sở Tư pháp tỉnh Hà Tĩnh tổ chức hội nghị triển khai Luật"),
        ("Tham dự hội nghị có:\nông Quàng Văn Bình; bà Lò Thị Hoa", "Tham dự hội nghị có: ông Quàng Văn Bình; bà Lò Thị Hoa"),
        ("phương châm “Đoàn kết”\ntrong nhiệm kỳ", "phương châm “Đoàn kết” trong nhiệm kỳ"),
        # A line that ends with a comma goes on, whatever follows.
        ("Ông Hoàng Văn Lực, Phó Bí thư Tỉnh ủy,\nChủ tịch UBND tỉnh phát biểu",
         "Ông Hoàng Văn Lực, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh phát biểu"),
        # A sentence's end stays a line's end.
        ("Hội nghị kết thúc.\nsau đó, đoàn đi thăm", "Hội nghị kết thúc.\nsau đó, đoàn đi thăm"),
        ("Đề nghị các sở tập trung!”\nđó là yêu cầu", "Đề nghị các sở tập trung!”\nđó là yêu cầu"),
        # Before a capital, in a text that is not wrapped throughout: a headline, a byline.
        ("Phó chủ tịch\nHội Nông dân tỉnh", "Phó chủ tịch\nHội Nông dân tỉnh"),
        ("Hội nghị tổng kết ngành y tế Cà Mau\nKim Ngân", "Hội nghị tổng kết ngành y tế Cà Mau\nKim Ngân"),
        # A stamp keeps its own line, as do list items, table rows and links.
        ("Hội nghị tổng kết ngành y tế\ncập nhật: 12/03/2024 08:30", "Hội nghị tổng kết ngành y tế\ncập nhật: 12/03/2024 08:30"),
        ("Dự hội nghị có:\n- Ông Lò Văn Thạch,\n- bà Hà Thị Mơ,\n+ ông Cầm Văn Chính",
         "Dự hội nghị có:\n- Ông Lò Văn Thạch,\n- bà Hà Thị Mơ,\n+ ông Cầm Văn Chính"),
        ("gồm các nội dung sau\na) rà soát văn bản\n2. tập huấn", "gồm các nội dung sau\na) rà soát văn bản\n2. tập huấn"),
        ("| STT | Họ tên |\n| 1 | Lò Văn Thạch |", "| STT | Họ tên |\n| 1 | Lò Văn Thạch |"),
        ("Lò Thị Hoa\nhttps://sonla.example.vn/tin-tuc/hoi-nghi", "Lò Thị Hoa\nhttps://sonla.example.vn/tin-tuc/hoi-nghi"),
        # A blank line always stays.
        ("Phó chủ tịch\n\nhội nông dân,\n\nông Thạch", "Phó chủ tịch\n\nhội nông dân,\n\nông Thạch"),
    ],
)
def test_tidy_line_breaks(text: str, expected: str) -> None:
    assert tidy(text) == expected


# A paragraph of a made-up report, and a list of attendees one a line (no wrap: each
# line is an item, and the next one's first word would have fitted).
_PARAGRAPH = ("Sáng 8/7, Ban Thường vụ Hội Nông dân tỉnh Sơn La tổ chức hội nghị sơ kết công tác Hội "
              "6 tháng đầu năm. Đến dự và chỉ đạo có đồng chí Cầm Văn Chính, Phó chủ tịch Hội Nông dân "
              "tỉnh; bà Lò Thị Hoa, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn; đại diện lãnh "
              "đạo các huyện, thành phố. Đồng chí Quàng Văn Bình, Chủ tịch Hội Nông dân tỉnh chủ trì "
              "hội nghị và phát biểu kết luận.")
_ATTENDEES = ("Thành phần tham dự gồm:\nÔng Huỳnh Quốc Việt, Phó Chủ tịch UBND tỉnh\n"
              "Bà Lâm Thị Ngọc Hân, Giám đốc Sở Y tế tỉnh\nÔng Châu Văn Tuấn, Phó Giám đốc Sở Tài chính\n"
              "Bà Quách Thị Kim Yến, Phó Giám đốc Sở Nội vụ\nÔng Trịnh Minh Đạt, Giám đốc Bệnh viện Đa khoa")


@pytest.mark.parametrize("width", [56, 60, 64, 68, 72, 76, 80])
def test_a_text_wrapped_throughout_is_read_whole(width: int) -> None:
    """Wrapped at a fixed width, every break after a line of that width that ends no
    sentence is a wrap, before a capital too ("Phó chủ tịch\\nHội Nông dân")."""
    import textwrap

    wrapped = "\n".join(textwrap.wrap(_PARAGRAPH, width, break_long_words=False, break_on_hyphens=False))
    assert wrapped.count("\n") >= 4
    assert _wrap_width([r.strip() for r in wrapped.split("\n")]) > 0
    got = tidy(wrapped)
    # Sentences end at lines' ends ("... sơ kết công tác Hội 6 tháng đầu năm.\nĐến dự ..."),
    # where the wrap broke after a period: nothing else is broken.
    assert got.replace("\n", " ") == _PARAGRAPH
    assert all(line.endswith(".") for line in got.split("\n"))


@pytest.mark.parametrize(
    "text",
    [
        _ATTENDEES,
        _PARAGRAPH.replace(". ", ".\n"),  # one sentence a line
        "Hội nghị sơ kết công tác Hội 6 tháng đầu năm\n\n" + _PARAGRAPH + "\n\nHồng Nhung",
    ],
)
def test_a_text_not_wrapped_is_left_as_it_is(text: str) -> None:
    assert _wrap_width([r.strip() for r in text.split("\n")]) == 0
    assert tidy(text) == text


# Words, spaces of every kind, line breaks, punctuation and invisible characters.
_TIDY_ALPHABET = "aĐđÔôhỉ1.,;:!?…)(-|•\n  \t\u00a0\u2003\u3000\u200b\u00ad\ufeff\u2028\r"


def _visible(text: str) -> list[str]:
    return [c for c in text if not c.isspace() and c not in "\u200b\u00ad\ufeff"]


@given(st.text(alphabet=_TIDY_ALPHABET, max_size=80))
def test_tidy_changes_only_spaces_and_invisible_characters(text: str) -> None:
    t = nfc(text)
    got = tidy(t)
    assert _visible(got) == _visible(t)
    assert tidy(got) == got  # the text as stored reads the same when read again
    assert len(got) <= len(t)


@given(st.lists(st.lists(st.sampled_from(["Lò", "Văn", "Thạch", "Sở", "y", "tế", "2024", "Hà", "(KH&CN)"]),
                         min_size=1, max_size=12).map(" ".join), max_size=8))
def test_tidy_keeps_a_well_formed_text(sentences: list[str]) -> None:
    """Single spaces, and each line ending a sentence: nothing to do."""
    text = "\n".join(s + "." for s in sentences)
    assert tidy(text) == text
