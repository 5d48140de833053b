"""Reading: files and folders of reports -> :class:`kg.models.Report`.

* ``.txt``: the text itself.
* ``.html``/``.htm``: the main text of the page (menus, headers, footers, share bars
  and scripts dropped), with the ``<title>``/``og:title`` and the publication date of
  the page's metadata.
* ``.jsonl``: one report a line, ``{"text": ..., "title": ..., "url": ..., "published":
  ..., "id": ...}``; other fields are kept as the report's metadata.  A line's
  ``vgk:sourceFile`` is its ``id``, else ``FILE#LINE``.

Bytes are decoded by their byte-order mark, else as UTF-8, else by a detector
(charset-normalizer: Windows-1258, UTF-16 without a mark, ...); the encoding is kept in
the report's metadata when it was not UTF-8.  The text is normalised once, here, before
any offset is taken, for every kind of input (:func:`kg.normalize.report_text`): NFC, and
read as a human reads it: runs of spaces and odd spaces one space, no invisible
characters, each line break that wraps a sentence a space ("Phó chủ tịch\\nHội Nông dân
tỉnh" in a text hard-wrapped at one width); a well-formed text is read as it is.
Whatever cannot be read is a :class:`Skipped` with one line saying which file (and
line), what is wrong and what to do.
"""

from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .errors import InputError
from .models import Report
from .normalize import nfc, report_text, squash

SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
MAX_BYTES = 5 * 1024 * 1024  # a report (a file, or a line of JSON Lines) is a few KB; 5 MB is not a report
MAX_JSONL_BYTES = 4 * 1024 * 1024 * 1024  # a JSON Lines file is read line by line


@dataclass(frozen=True)
class Skipped:
    path: str  # "FILE" or "FILE:LINE"
    reason: str


def discover(paths: list[str]) -> tuple[list[Path], list[Skipped]]:
    """The report files under ``paths`` (files and folders, recursively, hidden ones
    left out, symbolic links to folders not followed), in a stable order, and the paths
    given that are not reports.  A file reached twice (a folder and a file in it, or a
    link to it) is listed once.  One directory read a folder and no call per file
    beyond it: an unchanged rebuild of 100k reports spends its time reading, not here."""
    files: list[Path] = []
    skipped: list[Skipped] = []
    seen: set[tuple[int, int]] = set()

    def add(path: Path, key: tuple[int, int]) -> None:
        if key not in seen:
            seen.add(key)
            files.append(path)

    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found: list[tuple[tuple[str, ...], str, tuple[int, int]]] = []
            folders: list[tuple[str, tuple[str, ...]]] = [(str(p), ())]
            while folders:
                folder, rel = folders.pop()
                dev = os.stat(folder).st_dev
                with os.scandir(folder) as entries:
                    for e in entries:
                        if e.name.startswith("."):
                            continue
                        if e.is_dir(follow_symlinks=False):
                            folders.append((e.path, (*rel, e.name)))
                        elif not e.name.lower().endswith(SUFFIXES):
                            continue
                        elif e.is_symlink():  # a link to a file counts as the file it names
                            try:
                                st = os.stat(e.path)
                            except OSError:
                                continue
                            if stat.S_ISREG(st.st_mode):
                                found.append(((*rel, e.name), e.path, (st.st_dev, st.st_ino)))
                        elif e.is_file(follow_symlinks=False):
                            found.append(((*rel, e.name), e.path, (dev, e.inode())))
            found.sort()  # the order of the paths' parts, as pathlib sorts them
            for _, path, key in found:
                add(Path(path), key)
        elif p.is_file():
            if p.suffix.lower() in SUFFIXES:
                st = p.stat()
                add(p, (st.st_dev, st.st_ino))
            else:
                skipped.append(Skipped(str(p), f"unsupported file type {p.suffix or '(none)'!r}; "
                                               f"reports are {', '.join(SUFFIXES)}"))
        elif p.exists():
            skipped.append(Skipped(str(p), "not a regular file"))
        else:
            skipped.append(Skipped(str(p), "no such file or folder"))
    return files, skipped


# ------------------------------------------------------------------ decoding


def decode(data: bytes, where: str) -> tuple[str, str]:
    """(text, encoding) of a report's bytes, or InputError."""
    if not data.strip():
        raise InputError(where, "is empty", hint="remove it or fill it")
    if len(data) > MAX_BYTES:
        raise InputError(where, f"is {len(data) // 1024} KB, over the {MAX_BYTES // 1024} KB a report may be",
                         hint="split it into reports")
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(enc), enc.replace("-sig", "")
            except UnicodeDecodeError as e:
                raise InputError(where, f"starts with a {enc} byte-order mark but is not valid {enc} (byte {e.start})",
                                 hint="re-save it as UTF-8") from e
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as e:
        utf8_error = e
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["cp1258", "utf_16_le", "utf_16_be", "cp1252", "utf_8"]).best()
    if best is not None and best.encoding and best.encoding != "utf_8" and not _looks_binary(str(best)):
        return str(best), best.encoding.replace("_", "-")
    if b"\x00" in data:
        raise InputError(where, "is binary (it holds NUL bytes), not a text report")
    raise InputError(where, f"is not UTF-8 text (invalid byte at offset {utf8_error.start}) and its encoding "
                            "could not be told", hint="convert it to UTF-8, e.g. iconv -f WINDOWS-1258 -t UTF-8")


def _looks_binary(text: str) -> bool:
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\n\r\t\f")
    return controls > max(2, len(text) // 100)


# ------------------------------------------------------------------ HTML

_BOILERPLATE_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg",
                     "button", "select", "template", "menu")
# class/id words of page furniture: "menu-top", "breadcrumb", "share-social", "related-news"
_BOILERPLATE_ATTR = re.compile(
    r"(?:^|[-_ ])(?:menu|nav|navbar|footer|header|sidebar|breadcrumbs?|share|social|comments?|related|banner|"
    r"advert|ads|widget|toolbar|login|search|pagination|tags|popup|modal|cookie|subscribe|print)(?:$|[-_ ])",
    re.IGNORECASE,
)
_BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section", "article",
           "blockquote", "figcaption", "figure", "ul", "ol", "dd", "dt", "pre", "main"}


def _parse_date(value: str) -> date | None:
    """A date written "2024-01-06T08:30", "2024-1-6" or "06/01/2024" (day first)."""
    value = value.strip()
    iso = re.match(r"((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})", value)
    dmy = None if iso else re.search(r"(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d{2})", value)
    if iso:
        y, m, d = iso.groups()
    elif dmy:
        d, m, y = dmy.groups()
    else:
        return None
    try:
        return date(int(y), int(m), int(d))
    except ValueError:
        return None


def _block_text(node: object) -> str:
    """Text of an element with line breaks at block boundaries (and <br>), as a browser
    shows it: a line break in the page's source is a space ("<p>Đến dự và\\nchỉ đạo có
    ...</p>" is one line), except within <pre>."""
    from bs4 import NavigableString, Tag

    parts: list[str] = []

    def walk(n: object, pre: bool = False) -> None:
        if isinstance(n, NavigableString):
            if type(n).__name__ in ("Comment", "Doctype", "ProcessingInstruction", "Declaration", "CData"):
                return
            parts.append(str(n) if pre else str(n).replace("\r", " ").replace("\n", " "))
        elif isinstance(n, Tag):
            block = n.name in _BLOCKS
            if block:
                parts.append("\n")
            for c in n.children:
                walk(c, pre or n.name in ("pre", "textarea"))
            if block:
                parts.append("\n")

    walk(node)
    lines = [" ".join(line.split()) for line in "".join(parts).split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def read_html(data: str, where: str) -> tuple[str, str | None, date | None, str | None]:
    """(main text, title, publication date, canonical URL) of an HTML page."""
    from bs4 import BeautifulSoup, Tag

    soup = BeautifulSoup(data, "lxml")

    def meta(*names: str) -> str | None:
        for n in names:
            tag = soup.find("meta", attrs={"property": n}) or soup.find("meta", attrs={"name": n}) or soup.find(
                attrs={"itemprop": n})
            if isinstance(tag, Tag):
                value = tag.get("content") or tag.get("datetime") or tag.get_text()
                if isinstance(value, str) and value.strip():
                    return value.strip()
        return None

    title = meta("og:title", "twitter:title")
    if not title and soup.title and soup.title.string:
        title = soup.title.string.strip()
    published = None
    for value in (meta("article:published_time", "datePublished", "pubdate", "publishdate", "date", "dc.date",
                       "DC.date.issued"),):
        if value:
            published = _parse_date(value)
    if published is None:
        t = soup.find("time", attrs={"datetime": True})
        if isinstance(t, Tag) and isinstance(t.get("datetime"), str):
            published = _parse_date(str(t.get("datetime")))
    url = meta("og:url")
    canonical = soup.find("link", attrs={"rel": "canonical"})
    if not url and isinstance(canonical, Tag) and isinstance(canonical.get("href"), str):
        url = str(canonical.get("href"))
    for tag in soup(list(_BOILERPLATE_TAGS)):
        tag.decompose()
    for tag in soup.find_all(True):
        if not isinstance(tag, Tag) or tag.attrs is None:
            continue
        attrs = " ".join([*(tag.get("class") or []), str(tag.get("id") or "")])
        if attrs.strip() and _BOILERPLATE_ATTR.search(attrs) and tag.name not in ("body", "html", "article", "main"):
            tag.decompose()
    container = (soup.find(attrs={"itemprop": "articleBody"}) or soup.find("article") or soup.find("main")
                 or _densest(soup) or soup.body or soup)
    text = _block_text(container)
    if not text.strip():
        raise InputError(where, "holds no text after the page furniture is taken away",
                         hint="check that it is a saved article page")
    return text, title, published, url


def _densest(soup: object) -> object | None:
    """The element holding the most paragraph text: the article body of a page with no <article>."""
    from bs4 import Tag

    best, score = None, 0
    for tag in soup.find_all(["div", "section", "td"]):  # type: ignore[attr-defined]
        if not isinstance(tag, Tag):
            continue
        ps = tag.find_all("p", recursive=False)
        s = sum(len(p.get_text(" ", strip=True)) for p in ps)
        if s > score:
            best, score = tag, s
    return best


# ------------------------------------------------------------------ reports


def _title(title: str | None) -> str | None:
    """A title of the metadata as one line: NFC, single spaces."""
    return (squash(nfc(title)) or None) if title else None


def _with_title(text: str, title: str | None) -> str:
    """The headline leads the report's text, so that every extractor sees it."""
    if title and not text.lstrip().startswith(title.strip()[:40]):
        return f"{title.strip()}\n\n{text}"
    return text


def read_report(path: Path) -> Report:
    """One report from a .txt or .html file."""
    where = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(where, f"is {size // 1024} KB, over the {MAX_BYTES // 1024} KB a report may be",
                             hint="split it into reports")
        data = path.read_bytes()
    except OSError as e:
        raise InputError(where, f"cannot be read: {e.strerror or e}") from e
    raw, encoding = decode(data, where)
    meta = {} if encoding == "utf-8" else {"encoding": encoding}
    if path.suffix.lower() in (".html", ".htm"):
        text, title, published, url = read_html(raw, where)
        title = _title(title)
        text = report_text(text)
        if not text.strip():
            raise InputError(where, "holds no text")
        return Report(source_file=path.name, text=_with_title(text, title), title=title,
                      published=published, url=url, metadata=meta)
    text = report_text(raw)
    if not text.strip():
        raise InputError(where, "holds no text")
    return Report(source_file=path.name, text=text, metadata=meta)


def read_jsonl(path: Path) -> Iterator[Report | Skipped]:
    """The reports of a JSON Lines file, one a line; a bad line is skipped alone."""
    where = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_JSONL_BYTES:
            limit = MAX_JSONL_BYTES // 2**20
            yield Skipped(where, f"is {size // 2**20} MB, over the {limit} MB a JSON Lines file may be")
            return
        fh = path.open("rb")
    except OSError as e:
        yield Skipped(where, f"cannot be read: {e.strerror or e}")
        return
    ids: set[str] = set()
    with fh:
        for n, raw in enumerate(fh, 1):
            at = f"{where}:{n}"
            if not raw.strip():
                continue
            if len(raw) > MAX_BYTES:
                yield Skipped(at, f"the line is {len(raw) // 1024} KB, over the {MAX_BYTES // 1024} KB a report may be")
                continue
            try:
                line, _ = decode(raw, at)
                obj = json.loads(line)
            except InputError as e:
                yield Skipped(e.path, e.problem)
                continue
            except json.JSONDecodeError as e:
                yield Skipped(at, f"is not JSON ({e.msg} at column {e.colno}); each line must be one JSON object")
                continue
            if not isinstance(obj, dict):
                yield Skipped(at, f"is a JSON {type(obj).__name__}, not an object with a \"text\" field")
                continue
            text = obj.get("text")
            body = report_text(text) if isinstance(text, str) else ""
            if not body.strip():
                yield Skipped(at, "has no \"text\" field with the report's text")
                continue
            ident = obj.get("id")
            source = str(ident) if isinstance(ident, (str, int)) and str(ident).strip() else f"{path.name}#{n}"
            if source in ids:
                yield Skipped(at, f"repeats the id {source!r} of an earlier line")
                continue
            ids.add(source)
            title = _title(obj.get("title") if isinstance(obj.get("title"), str) else None)
            published = None
            if isinstance(obj.get("published"), str):
                published = _parse_date(obj["published"])
            url = obj.get("url") if isinstance(obj.get("url"), str) else None
            extra = {k: v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)
                     for k, v in obj.items() if k not in ("text", "title", "published", "url", "id")}
            yield Report(source_file=source, text=_with_title(body, title), title=title,
                         published=published, url=url, metadata=extra)


def read_all(paths: list[str]) -> Iterator[Report | Skipped]:
    """Every report under ``paths``, and a Skipped for whatever cannot be read."""
    yield from read_found(*discover(paths))


def read_found(files: list[Path], skipped: list[Skipped]) -> Iterator[Report | Skipped]:
    """The reports of files :func:`discover` found, after what it skipped."""
    yield from skipped
    for f in files:
        if f.suffix.lower() == ".jsonl":
            yield from read_jsonl(f)
            continue
        try:
            yield read_report(f)
        except InputError as e:
            yield Skipped(e.path, e.problem + (f"; {e.hint}" if e.hint and e.hint != InputError.hint else ""))
