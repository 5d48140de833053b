"""Inputs: plain text, HTML, JSON Lines, encodings, and every kind of bad input."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from kg.models import Report
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
