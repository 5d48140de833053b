"""Reading: files and folders of reports -> :class:`kg.models.Report`.

Plain text (``.txt``), UTF-8 with or without a byte-order mark, is normalised to NFC
once here, before any offset is taken.  A file that cannot be read raises
:class:`kg.errors.InputError` with one line naming the file and what is wrong.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .models import Report
from .normalize import nfc

SUFFIXES = (".txt",)
MAX_BYTES = 5 * 1024 * 1024  # a report is a few KB; 5 MB is not a report


@dataclass(frozen=True)
class Skipped:
    path: str
    reason: str


def discover(paths: list[str]) -> tuple[list[Path], list[Skipped]]:
    """The report files under ``paths`` (files and folders, recursively), sorted, and
    the paths that were given but are not reports."""
    files: list[Path] = []
    skipped: list[Skipped] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and not any(part.startswith(".") for part in f.relative_to(p).parts):
                    if f.suffix.lower() in SUFFIXES:
                        files.append(f)
        elif p.is_file():
            if p.suffix.lower() in SUFFIXES:
                files.append(p)
            else:
                skipped.append(Skipped(str(p), f"unsupported file type {p.suffix or '(none)'!r}; "
                                               f"reports are {', '.join(SUFFIXES)}"))
        else:
            skipped.append(Skipped(str(p), "no such file or folder"))
    seen: set[Path] = set()
    unique = []
    for f in files:
        r = f.resolve()
        if r not in seen:
            seen.add(r)
            unique.append(f)
    return unique, skipped


def decode(data: bytes, path: str) -> str:
    if not data.strip():
        raise InputError(path, "the file is empty", hint="remove it or fill it")
    if len(data) > MAX_BYTES:
        raise InputError(path, f"the file is {len(data) // 1024} KB, over the {MAX_BYTES // 1024} KB a report may be")
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(path, "the file is binary (it holds NUL bytes), not a text report")
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError as e:
                raise InputError(path, f"not valid {enc} text at byte {e.start}") from e
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(path, f"not UTF-8 text (invalid byte at offset {e.start})",
                         hint="convert it to UTF-8, e.g. iconv -f WINDOWS-1258 -t UTF-8") from e


def read_report(path: Path) -> Report:
    try:
        data = path.read_bytes()
    except OSError as e:
        raise InputError(str(path), f"cannot be read: {e.strerror or e}") from e
    text = nfc(decode(data, str(path)))
    if not text.strip():
        raise InputError(str(path), "the file holds no text")
    return Report(source_file=path.name, text=text)


def read_all(paths: list[str]) -> Iterator[Report | Skipped]:
    files, skipped = discover(paths)
    yield from skipped
    for f in files:
        try:
            yield read_report(f)
        except InputError as e:
            yield Skipped(e.path, e.problem)
