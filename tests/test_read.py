"""Inputs: plain text, HTML, JSON Lines, encodings, and every kind of bad input."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

from kg.models import Report
from kg.normalize import nfc, report_text
from kg.read import MAX_BYTES, Skipped, discover, read_all

TEXT = ("Sáng 5/1/2024, Sở Khoa học và Công nghệ tỉnh Hà Giang tổ chức Hội nghị tổng kết công tác năm 2023. "
        "Dự hội nghị có đồng chí Hoàng Gia Long, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh.")

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Trang tin - Hội nghị tổng kết</title>
<meta property="og:title" content="Hội nghị tổng kết công tác năm 2023">
<meta property="article:published_time" content="2024-01-06T08:30:00+07:00">
<script>var tracker = "Nguyễn Văn Kịch";</script></head>
<body><header><nav class="menu-top"><a>Trang chủ</a><a>Giới thiệu</a></nav></header>
<div class="breadcrumb">Trang chủ &gt; Tin tức</div>
<article><h1>Hội nghị tổng kết công tác năm 2023</h1><p>{text}</p><p>Minh Anh</p>
<div class="share-social">Chia sẻ Facebook Zalo</div></article>
<aside class="sidebar">Tin liên quan: ông Trần Văn Bên, Giám đốc Sở</aside><footer>Bản quyền</footer></body></html>"""


def items(*paths: Path) -> tuple[list[Report], list[Skipped]]:
    got = list(read_all([str(p) for p in paths]))
    return [x for x in got if isinstance(x, Report)], [x for x in got if isinstance(x, Skipped)]


def test_text_with_bom_and_crlf(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_bytes(b"\xef\xbb\xbf" + TEXT.replace(". ", ".\r\n").encode("utf-8"))
    (r,), skipped = items(f)
    assert not skipped
    assert r.text.startswith("Sáng") and "\r" not in r.text
    assert "encoding" not in r.metadata


def _windows_1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese software writes it: letters with their vowel marks
    precomposed, tone marks as combining characters after them."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = []
    for ch in text:
        d = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in d if c not in tones))
        out.append(base + "".join(c for c in d if c in tones))
    return "".join(out).encode("cp1258")


@pytest.mark.parametrize(("encoding", "name"), [("cp1258", "cp1258"), ("utf-16-le", "utf-16-le"), ("utf-16", "utf-16")])
def test_other_encodings_are_detected_and_stated(tmp_path: Path, encoding: str, name: str) -> None:
    f = tmp_path / "a.txt"
    f.write_bytes(_windows_1258(TEXT) if encoding == "cp1258" else TEXT.encode(encoding))
    (r,), skipped = items(f)
    assert not skipped
    assert r.text == TEXT  # NFC, whatever the encoding composed or decomposed
    assert r.metadata["encoding"] == name


def test_html_main_text_title_and_date(tmp_path: Path) -> None:
    f = tmp_path / "p.html"
    f.write_text(PAGE.format(text=TEXT), encoding="utf-8")
    (r,), _ = items(f)
    assert r.title == "Hội nghị tổng kết công tác năm 2023"
    assert str(r.published) == "2024-01-06"
    assert r.text.startswith("Hội nghị tổng kết công tác năm 2023\n")
    assert TEXT in r.text and "Minh Anh" in r.text
    for furniture in ("Trang chủ", "Chia sẻ", "Trần Văn Bên", "Nguyễn Văn Kịch", "Bản quyền"):
        assert furniture not in r.text


def test_jsonl_one_report_a_line_bad_lines_alone(tmp_path: Path) -> None:
    f = tmp_path / "crawl.jsonl"
    lines = [
        json.dumps({"id": "hg-1", "url": "https://x.vn/a", "title": "Làm việc", "published": "02/03/2024",
                    "text": TEXT, "category": "tin", "tags": ["a"]}, ensure_ascii=False),
        "not json",
        json.dumps({"title": "no text"}),
        "[1, 2]",
        "",
        json.dumps({"text": TEXT}, ensure_ascii=False),
        json.dumps({"id": "hg-1", "text": TEXT}, ensure_ascii=False),
    ]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    reports, skipped = items(f)
    assert [r.source_file for r in reports] == ["hg-1", "crawl.jsonl#6"]
    first = reports[0]
    assert (first.title, first.url, str(first.published)) == ("Làm việc", "https://x.vn/a", "2024-03-02")
    assert first.metadata == {"category": "tin", "tags": '["a"]'}
    assert first.text.startswith("Làm việc\n\n")
    assert [s.path.rsplit(":", 1)[1] for s in skipped] == ["2", "3", "4", "7"]
    assert "is not JSON" in skipped[0].reason and "column 1" in skipped[0].reason
    assert "no \"text\" field" in skipped[1].reason
    assert "repeats the id 'hg-1'" in skipped[3].reason


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "is empty"),
        ("blank.txt", b"  \n\n ", "is empty"),
        ("binary.txt", bytes(range(256)) * 8, "binary"),
        ("big.txt", b"a" * (MAX_BYTES + 1), "over the"),
        ("badbom.txt", b"\xff\xfe\x00", "byte-order mark"),
        ("noise.html", "<html><body><nav class='menu'>Trang chủ</nav></body></html>".encode(), "no text"),
    ],
)
def test_bad_files_are_skipped_with_a_reason(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    f = tmp_path / name
    f.write_bytes(data)
    reports, skipped = items(f)
    assert reports == []
    assert len(skipped) == 1 and skipped[0].path == str(f)
    assert reason in skipped[0].reason


def test_paths_that_are_not_reports(tmp_path: Path) -> None:
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    _, skipped = items(tmp_path / "x.pdf", tmp_path / "missing")
    assert [s.reason.split(";")[0] for s in skipped] == ["unsupported file type '.pdf'", "no such file or folder"]


def test_folders_recursively_hidden_files_left_out(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / ".hidden").mkdir()
    for p in (tmp_path / "a.txt", tmp_path / "sub" / "b.txt", tmp_path / ".hidden" / "c.txt"):
        p.write_text(TEXT, encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    reports, skipped = items(tmp_path)
    assert sorted(r.source_file for r in reports) == ["a.txt", "b.txt"]
    assert skipped == []


def test_discover_order_and_each_file_once(tmp_path: Path) -> None:
    """Files come in the order of their paths' parts (a folder's files and its subfolders'
    interleaved, as pathlib sorts them); a file named twice, or reached through a link,
    comes once; a link to a folder is not followed; a name like 'txt' is no report."""
    root = tmp_path / "in"
    for rel in ("b.txt", "a/z.TXT", "ab.txt", "a.txt", "c/d/e.jsonl", "c/.h/x.txt", "c/.y.txt", "txt", "c/p.html"):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(TEXT, encoding="utf-8")
    (root / "link.txt").symlink_to(root / "b.txt")
    (root / "c" / "loop").symlink_to(root, target_is_directory=True)
    files, skipped = discover([str(root), str(root / "a.txt"), str(root / "b.txt")])
    assert [f.relative_to(root).as_posix() for f in files] == ["a/z.TXT", "a.txt", "ab.txt", "b.txt", "c/d/e.jsonl",
                                                               "c/p.html"]
    assert skipped == []


# ------------------------------------------------------------------ the form of the text
#
# Reports come hard-wrapped (copied from PDFs and old sites), with runs of spaces, odd
# spaces and invisible characters.  The reader reads them as a human would (kg.normalize
# tidy), once, for every kind of input: the facts of a broken text are those of the clean.


def test_txt_html_and_jsonl_read_broken_whitespace_the_same(tmp_path: Path) -> None:
    clean = "Hội nghị tổng kết năm 2023\n\n" + TEXT + "\n\nMinh Anh"
    broken = clean.replace(" ", "  ").replace("Hoàng Gia", "Hoàng\u00a0Gia\u200b").replace(", ", " , ")
    (tmp_path / "a.txt").write_bytes(broken.replace("\n", "\r\n").encode("utf-8"))
    html = broken.replace("\n\n", "</p><p>").replace("Sở Khoa học và", "Sở Khoa học\n   và")
    (tmp_path / "b.html").write_text(f"<html><body><article><p>{html}</p></article></body></html>", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(json.dumps({"text": broken.replace("\n", "\r\n")}, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    reports, skipped = items(tmp_path)
    assert not skipped and len(reports) == 3
    assert [r.text for r in reports] == [clean, clean, clean]


def test_html_line_breaks_of_the_source_are_spaces(tmp_path: Path) -> None:
    """A browser shows a paragraph whose source is wrapped as one line; <br> and blocks
    break lines; <pre> keeps its own."""
    page = ("<html><head><title>Hội  nghị\n tổng kết</title></head><body><article>"
            "<p>Đến dự và\nchỉ đạo có các đồng\r\nchí: Lò Văn Thạch, Phó chủ tịch\nHội Nông dân tỉnh.</p>"
            "<p>Ông Quàng Văn Bình chủ trì.<br>Hà Thị Mơ</p><pre>STT  Họ tên\n1    Lò Văn Thạch</pre>"
            "</article></body></html>")
    (tmp_path / "p.html").write_text(page, encoding="utf-8")
    (r,), _ = items(tmp_path / "p.html")
    assert r.title == "Hội nghị tổng kết"
    assert r.text == ("Hội nghị tổng kết\n\nĐến dự và chỉ đạo có các đồng chí: Lò Văn Thạch, Phó chủ tịch Hội Nông "
                      "dân tỉnh.\n\nÔng Quàng Văn Bình chủ trì.\n\nHà Thị Mơ\n\nSTT Họ tên\n1 Lò Văn Thạch")


def test_a_text_of_invisible_characters_is_no_report(tmp_path: Path) -> None:
    (tmp_path / "z.txt").write_text("\u200b\u2060 \u200b\n", encoding="utf-8")
    (tmp_path / "z.jsonl").write_text(json.dumps({"text": "\u200b\u00ad"}) + "\n", encoding="utf-8")
    reports, skipped = items(tmp_path)
    assert reports == []
    assert sorted(s.reason.split(";")[0] for s in skipped) == ["has no \"text\" field with the report's text",
                                                               "holds no text"]


def test_a_well_formed_seed_reads_byte_for_byte() -> None:
    from kg.read import read_report
    from tests.conftest import SEEDS

    seed = SEEDS / "002_e160d4971ffb8074.txt"
    assert read_report(seed).text == nfc(seed.read_text(encoding="utf-8"))


# Made-up reports of meetings, in the style of the provinces' sites: a headline, a lead
# with the date and the organiser, attendees with their titles, a chair, speakers, a
# document cited, a byline.
MADE_UP = {
    "lao-cai": """Lào Cai: Tổng kết công tác nông nghiệp năm 2023, triển khai nhiệm vụ năm 2024

12/03/2024 15:20

Sáng 12/3/2024, Sở Nông nghiệp và Phát triển nông thôn tỉnh Lào Cai tổ chức hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ trọng tâm năm 2024. Đến dự và chỉ đạo có các đồng chí: Lò Văn Thạch, Phó Chủ tịch Hội Nông dân tỉnh; Hà Thị Mơ, Phó Giám đốc Sở Tài chính; cùng đại diện lãnh đạo các huyện, thị xã, thành phố trong tỉnh.

Đồng chí Giàng Seo Páo, Giám đốc Sở Nông nghiệp và Phát triển nông thôn chủ trì hội nghị.

Năm 2023, tổng giá trị sản xuất toàn ngành của tỉnh đạt hơn 9.800 tỷ đồng, tăng 4,6% so với năm trước; toàn tỉnh có thêm 12 xã đạt chuẩn nông thôn mới, nâng tổng số xã đạt chuẩn lên 98 xã.

Phát biểu tại hội nghị, đồng chí Lò Văn Thạch ghi nhận những kết quả ngành đã đạt được trong năm qua và đề nghị Sở tiếp tục tham mưu cho UBND tỉnh thực hiện Nghị quyết số 10-NQ/TU của Tỉnh ủy về phát triển nông nghiệp hàng hóa tập trung.

Tin, ảnh: Vàng Thị Dung
""",
    "nghe-an": """Hội thảo khoa học về ứng dụng công nghệ sinh học trong sản xuất giống cây trồng

Chiều ngày 20/9/2023, tại thành phố Vinh, Sở Khoa học và Công nghệ tỉnh Nghệ An phối hợp với Trường Đại học Vinh tổ chức hội thảo khoa học về ứng dụng công nghệ sinh học trong sản xuất giống cây trồng chủ lực của tỉnh.

Tham dự hội thảo có ông Trần Quốc Vượng, Phó Giám đốc Sở Khoa học và Công nghệ; PGS.TS Đinh Thị Hạnh, Phó Hiệu trưởng Trường Đại học Vinh; cùng các nhà khoa học, đại diện các doanh nghiệp trên địa bàn.

Ông Trần Quốc Vượng chủ trì hội thảo. Tại hội thảo, các đại biểu đã nghe 8 tham luận về kết quả nghiên cứu, chuyển giao công nghệ nuôi cấy mô và nhân giống cây lâm nghiệp.

Phát biểu kết luận, ông Trần Quốc Vượng đề nghị các đơn vị bám sát Quyết định số 1234/QĐ-UBND ngày 15/5/2023 của UBND tỉnh về phát triển giống cây trồng giai đoạn 2023 - 2025.

Minh Châu
""",
    "quang-binh": """Phó Chủ tịch UBND tỉnh Hoàng Văn Lực làm việc với Sở Thông tin và Truyền thông

Sáng 5/7/2024, đồng chí Hoàng Văn Lực, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh Quảng Bình đã có buổi làm việc với Sở Thông tin và Truyền thông về tiến độ thực hiện chuyển đổi số của tỉnh. Cùng dự có bà Nguyễn Thị Lan Anh, Phó Chánh Văn phòng UBND tỉnh.

Báo cáo tại buổi làm việc, ông Phan Đình Khải, Giám đốc Sở Thông tin và Truyền thông cho biết, đến nay 100% cơ quan nhà nước của tỉnh đã kết nối liên thông văn bản điện tử với các bộ, ngành trung ương.

Kết luận buổi làm việc, Phó Chủ tịch UBND tỉnh Hoàng Văn Lực đề nghị Sở tập trung hoàn thành các nhiệm vụ theo Kế hoạch số 85/KH-UBND ngày 12/3/2024 của UBND tỉnh.

Khánh Vy
""",
    "hau-giang": """Lễ trao giải Cuộc thi ý tưởng khởi nghiệp sáng tạo tỉnh Hậu Giang năm 2023

Tối 18/11/2023, tại thành phố Vị Thanh, Tỉnh đoàn Hậu Giang phối hợp với Sở Khoa học và Công nghệ tổ chức Lễ trao giải Cuộc thi ý tưởng khởi nghiệp sáng tạo dành cho thanh niên lần thứ ba.

Dự buổi lễ có:
- Ông Mạc Văn Khiêm, Phó Chủ tịch UBND tỉnh;
- Bà Đoàn Thị Thu Hương, Bí thư Tỉnh đoàn;
- Ông Võ Minh Đức, Phó Giám đốc Sở Khoa học và Công nghệ.

Phát biểu tại buổi lễ, ông Mạc Văn Khiêm biểu dương các đội thi và đề nghị các sở, ngành hỗ trợ để những ý tưởng tốt sớm trở thành dự án kinh doanh.

Cuộc thi năm nay thu hút 54 ý tưởng dự thi; Ban Tổ chức đã trao 1 giải Nhất, 2 giải Nhì, 3 giải Ba và 5 giải Khuyến khích.

Ngọc Trâm
""",
    "son-la": """Hội nghị sơ kết 6 tháng đầu năm 2024 của Hội Nông dân tỉnh Sơn La

Thứ Hai, 08/07/2024 09:15

Sáng 8/7, Ban Thường vụ Hội Nông dân tỉnh Sơn La tổ chức hội nghị sơ kết công tác Hội và phong trào nông dân 6 tháng đầu năm 2024, bàn giải pháp thực hiện các chỉ tiêu còn lại của năm.

Đến dự và chỉ đạo có các đồng chí: Cầm Văn Chính, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; Lò Thị Hoa, Phó Chủ tịch Hội Nông dân Việt Nam.

Ông Quàng Văn Bình, Chủ tịch Hội Nông dân tỉnh chủ trì hội nghị.

Trong 6 tháng đầu năm, các cấp Hội đã vận động hội viên đóng góp hơn 3.200 ngày công, hiến trên 15.000 m2 đất để làm đường giao thông nông thôn; hỗ trợ 420 hộ nông dân vay vốn phát triển sản xuất với tổng dư nợ 186 tỷ đồng.

Phát biểu chỉ đạo hội nghị, đồng chí Cầm Văn Chính đề nghị các cấp Hội tiếp tục bám sát Kết luận số 61-KL/TW của Ban Bí thư, làm tốt công tác tuyên truyền, vận động hội viên tham gia xây dựng nông thôn mới.

Hồng Nhung
""",
    "kon-tum": """Tỉnh ủy Kon Tum quán triệt Nghị quyết Trung ương 8

Ông Y Ngọc Hờ, Phó Bí thư Thường trực Tỉnh ủy phát biểu tại hội nghị

Sáng 28/12/2023, Ban Thường vụ Tỉnh ủy Kon Tum tổ chức hội nghị trực tuyến học tập, quán triệt Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII đến cán bộ, đảng viên toàn tỉnh. Ông Y Ngọc Hờ, Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị tại điểm cầu trung tâm.

Tham dự hội nghị có ông Đỗ Quang Hiển, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy; bà Võ Thị Kim Liên, Phó Chủ tịch HĐND tỉnh.

Tại hội nghị, ông Đỗ Quang Hiển đã truyền đạt chuyên đề về Chiến lược bảo vệ Tổ quốc trong tình hình mới theo Nghị quyết số 44-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng.

Quang Vinh
""",
}


def _wrap(text: str, width: int, blank: bool = True) -> str:
    """``text`` hard-wrapped at ``width`` columns, each paragraph on its own; ``blank=False``:
    the blank lines between paragraphs lost too (as a PDF's copy loses them)."""
    import textwrap

    out: list[str] = []
    for line in text.split("\n"):
        if line.strip():
            out.extend(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False))
        elif blank:
            out.append(line)
    return "\n".join(out)


def _spaces(text: str, every: int = 3) -> str:
    """Every ``every``-th space a run of spaces, a tab, a no-break or another odd space."""
    odd = ["  ", "   ", "\t", "\u00a0", " \u00a0", "\u3000", "\u2002 ", " \t "]
    words = text.split(" ")
    return "".join(w + (odd[i % len(odd)] if i % every == 0 else " ") for i, w in enumerate(words[:-1])) + words[-1]


def _invisible(text: str) -> str:
    """Zero-width spaces inside and between words, a soft hyphen breaking a word at a line's
    end, byte-order marks and word joiners on blank lines."""
    return (text.replace(" Văn ", " \u200bVăn ").replace("tỉnh", "tỉ\u200bnh").replace("nghiệp", "nghi\u00ad\nệp")
            .replace("\n\n", "\n\ufeff\u2060\n"))


BREAKS = {
    "wrapped at 60": lambda t: _wrap(t, 60),
    "wrapped at 68": lambda t: _wrap(t, 68),
    "wrapped at 75": lambda t: _wrap(t, 75),
    "wrapped at 80": lambda t: _wrap(t, 80),
    "wrapped at 64, no blank lines": lambda t: _wrap(t, 64, blank=False),
    "wrapped at 72, no blank lines": lambda t: _wrap(t, 72, blank=False),
    "runs of spaces": _spaces,
    "runs of spaces, denser": lambda t: _spaces(t, 2),
    "invisible characters": _invisible,
    "spaces before punctuation": lambda t: t.replace(", ", " , ").replace("; ", " ; ").replace(".\n", " .\n"),
    "CRLF": lambda t: t.replace("\n", "\r\n"),
    "CR": lambda t: t.replace("\n", "\r"),
    "all at once": lambda t: _invisible(_spaces(_wrap(t, 70), 4).replace(", ", " , ")).replace("\n", "\r\n"),
    "all at once, no blank lines": lambda t: _spaces(_wrap(t, 66, blank=False), 5).replace("\n", "\r"),
}


def _facts(r: Report) -> dict[str, object]:
    from kg.extract import extract

    ex = extract(r)
    m = ex.meeting
    return {"province": ex.province.key, "kind": m.kind, "date": m.date, "review year": m.review_year,
            "people": sorted((p.name, tuple(sorted(x.title for x in p.roles)), bool(p.attended), bool(p.chaired),
                              bool(p.spoke)) for p in ex.people),
            "bylines": sorted(b.name for b in ex.bylines),
            "documents": sorted(c.number for c in ex.citations if not c.own)}


@pytest.fixture(scope="module")
def clean_facts() -> dict[str, dict[str, object]]:
    out = {}
    for name, text in MADE_UP.items():
        r = Report(source_file=f"{name}.txt", text=nfc(text))
        assert report_text(r.text) == r.text  # a well-formed report reads as it is
        out[name] = _facts(r)
        assert len(out[name]["people"]) >= 2 and out[name]["bylines"] and out[name]["date"]  # type: ignore[arg-type]
    return out


@pytest.mark.parametrize("brk", BREAKS)
@pytest.mark.parametrize("name", MADE_UP)
def test_a_broken_report_gives_the_facts_of_the_clean_one(tmp_path: Path, clean_facts: dict[str, dict[str, object]],
                                                          name: str, brk: str) -> None:
    from kg.read import read_report

    broken = BREAKS[brk](nfc(MADE_UP[name]))
    assert broken != nfc(MADE_UP[name])
    f = tmp_path / f"{name}.txt"
    f.write_bytes(broken.encode("utf-8"))
    assert _facts(read_report(f)) == clean_facts[name]


@pytest.mark.parametrize("name", MADE_UP)
def test_a_report_wrapped_at_any_width_gives_the_facts_of_the_clean_one(
        clean_facts: dict[str, dict[str, object]], name: str) -> None:
    clean = nfc(MADE_UP[name])
    for width in range(60, 81):
        for blank in (True, False):
            r = Report(source_file=f"{name}.txt", text=report_text(_wrap(clean, width, blank)))
            assert _facts(r) == clean_facts[name], (width, blank)


# ------------------------------------------------------------------ the dev reports

# The defects tidy() mends, found here by their own simple patterns: a space or a tab at a
# line's end, two spaces, an odd space, an invisible character, a space before a comma.
_DEFECT = re.compile("[ \t\u00a0]\n|[ \t\u00a0]$|[^\\S\n]{2,}|[\t\u00a0\u2000-\u200f\u202f\u3000\u00ad\u2060\ufeff]"
                     "| [,;:.!?…)\\]]+(?:\\s|$)")


def test_the_dev_reports_read_as_before_but_where_broken(capsys: pytest.CaptureFixture[str]) -> None:
    """Every dev report with none of the defects reads byte for byte as before (NFC only);
    few change their lines (a wrap mended), and none loses a visible character."""
    from kg.read import read_report
    from tests.conftest import needs_dev

    needs_dev()
    from tests.conftest import DEV

    files = sorted(DEV.glob("*.txt"))
    changed, unwrapped = [], []
    for f in files:
        before = nfc(f.read_bytes().decode("utf-8"))
        after = read_report(f).text
        if after == before:
            continue
        changed.append(f.name)
        assert [c for c in after if not c.isspace()] == [c for c in before if not c.isspace() and c not in "\u00ad\u200b"]
        if after.count("\n") < before.count("\n"):  # only a mended wrap takes a line break away
            unwrapped.append(f.name)
        else:
            assert _DEFECT.search(before), f"{f.name} changed with none of the defects"
    with capsys.disabled():
        print(f"\n{len(changed)} of {len(files)} dev reports read differently ({len(unwrapped)} with lines joined: "
              f"{', '.join(unwrapped)})")
    assert len(unwrapped) <= len(files) // 16
    assert len(changed) <= len(files) * 2 // 3


def _figure(v: float | dict[str, float]) -> float:
    """A figure of the scorer's --json: an F1, an accuracy, or the overall F1."""
    return v.get("f1", v.get("accuracy", 0.0)) if isinstance(v, dict) else v


def test_no_dev_score_drops_for_reading_the_text_whole(tmp_path: Path) -> None:
    """The scorer's figures over the dev reports, read as now and read as before (NFC
    only, the same extractors): none drops."""
    import subprocess
    import sys

    from tests.conftest import DEV, ROOT, SHARED, needs_dev

    needs_dev()
    score, gold = SHARED / "eval" / "score.py", SHARED / "eval" / "dev.gold.jsonl"
    if not score.is_file() or not gold.is_file():
        pytest.skip("needs ../shared/eval/score.py and its gold, which this clone has not")
    before = tmp_path / "kg_nfc_only.py"
    before.write_text("import sys\nimport kg.read\nfrom kg.normalize import nfc\nkg.read.report_text = nfc\n"
                      "if __name__ == '__main__':  # the build's workers import this module again\n"
                      "    from kg.cli import main\n    sys.argv[0] = 'kg'\n    main()\n", encoding="utf-8")
    figures = {}
    for name, kg in (("before", f"{sys.executable} {before}"), ("now", f"{sys.executable} -m kg.cli")):
        out = tmp_path / f"{name}.json"
        r = subprocess.run([sys.executable, str(score), "--gold", str(gold), "--docs", str(DEV), "--kg", kg,
                            "--json", str(out)], capture_output=True, text=True, cwd=ROOT, timeout=600)
        assert r.returncode == 0 and out.is_file(), r.stdout[-800:] + r.stderr[-800:]
        figures[name] = json.loads(out.read_text(encoding="utf-8"))
    drops = {k: (_figure(v), _figure(figures["now"][k])) for k, v in figures["before"].items()
             if _figure(v) > _figure(figures["now"][k]) + 1e-9}
    assert not drops
