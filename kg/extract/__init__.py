"""Extraction: pure functions from a report to mentions with offsets.

Each extractor takes the report (and what earlier extractors found) and returns
facts; finding nothing returns an empty result, never raises on odd text.
"""

from __future__ import annotations

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

# Bumped whenever a rule changes what is extracted; part of a report's content hash.
EXTRACTOR_VERSION = "1"


def extract(report: Report) -> Extraction:
    """Everything the extractors find in one report."""
    province = extract_province(report)
    meeting = extract_meeting(report)
    bylines = extract_bylines(report)
    people = extract_people(report, meeting, bylines)
    citations = extract_citations(report)
    return Extraction(report=report, province=province, meeting=meeting, people=people, bylines=bylines,
                      citations=citations)
