"""Extraction: pure functions from a report to mentions with offsets.

Each extractor takes the report (and what earlier extractors found) and returns
facts; finding nothing returns an empty result, never raises on odd text.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

from .. import __version__
from ..models import Extraction, Report
from .bylines import extract_bylines
from .documents import extract_citations
from .meeting import extract_meeting
from .people import extract_people
from .province import extract_province

__all__ = [
    "extract",
    "extract_bylines",
    "extract_citations",
    "extract_meeting",
    "extract_people",
    "extract_province",
]

_PACKAGE = Path(__file__).resolve().parent.parent

# What a report's graph is made by: the rules and their data, and the stages from the
# text to the quads.  (The text itself is hashed apart, so how it is read is not here.)
GRAPH_SOURCES = ("extract/*.py", "lexicon/*.toml", "lexicon/*.py", "models.py", "normalize.py", "nlp.py",
                 "resolve.py", "rdf.py", "posts.py", "vocab.py")


def sources_digest(files: Iterable[Path], extra: str = "") -> str:
    """A short SHA-256 of the files' names and bytes (in name order) and ``extra``."""
    h = hashlib.sha256(extra.encode())
    for f in sorted(files, key=lambda f: f.as_posix()):
        h.update(f"\0{f.relative_to(_PACKAGE).as_posix() if f.is_relative_to(_PACKAGE) else f.name}\0".encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:12]


def _extractor_version() -> str:
    try:
        tagger = metadata.version("underthesea")
    except metadata.PackageNotFoundError:
        tagger = "none"
    files = [f for pattern in GRAPH_SOURCES for f in _PACKAGE.glob(pattern)]
    return f"{__version__}+{sources_digest(files, f'underthesea {tagger}')}"


# Part of each report's content hash, so that a report is built again exactly when its
# text changed or what makes its graph did: a changed rule, lexicon entry or stage, or
# another underthesea (no version to remember to bump).  "0.1.0+3f2a9c01b7de".
EXTRACTOR_VERSION = _extractor_version()


def extract(report: Report) -> Extraction:
    """Everything the extractors find in one report."""
    province = extract_province(report)
    meeting = extract_meeting(report)
    bylines = extract_bylines(report)
    people = extract_people(report, meeting, bylines)
    citations = extract_citations(report)
    return Extraction(report=report, province=province, meeting=meeting, people=people, bylines=bylines,
                      citations=citations)
