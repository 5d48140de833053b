"""Shared data model: what each stage hands to the next.

Every extracted fact carries :class:`Span` offsets into :attr:`Report.text`, and
``report.text[span.start:span.end] == span.text`` always holds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from .normalize import fold


@dataclass(frozen=True, eq=False)
class Report:
    """One input document, its text already NFC-normalised.  Compared and hashed by
    identity, so that per-report work (layout, province scan) can be cached."""

    source_file: str  # the input's file name as the CONTRACT's vgk:sourceFile: "000_5a02dec71d9cc9a2.txt"
    text: str
    title: str | None = None  # from metadata (HTML <title>, JSON Lines "title") when the input has it
    published: date | None = None  # from metadata when the input has it
    url: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)

    @cached_property
    def view(self) -> str:
        """The folded view of the text (same length): what patterns match against."""
        return fold(self.text)


@dataclass(frozen=True, order=True)
class Span:
    start: int
    end: int
    text: str

    @classmethod
    def of(cls, report_text: str, start: int, end: int) -> Span:
        return cls(start, end, report_text[start:end])


@dataclass(frozen=True)
class ProvinceMention:
    key: str  # the gazetteer key of the province: "tra-vinh"
    span: Span
    weight: float  # how strongly this mention says "the report is about this province"


@dataclass(frozen=True)
class ProvinceResult:
    key: str | None
    mentions: tuple[ProvinceMention, ...]


@dataclass(frozen=True)
class DateMention:
    """A date written in the text; fields the text does not give are None."""

    span: Span
    day: int | None
    month: int | None
    year: int | None
    role: str  # "published" | "meeting" | "other"


@dataclass(frozen=True)
class MeetingResult:
    kind: str  # local name of a vgk:meetingKind term: "ReviewConference", ... "OtherMeeting"
    is_meeting: bool  # False for news that reports no meeting (a decision issued, a plan)
    kind_span: Span | None
    date: str | None  # "YYYY-MM-DD", "YYYY-MM" or "YYYY"
    date_span: Span | None
    review_year: int | None
    published: date | None
    organizer: str | None = None  # the organising body as written, expanded
    organizer_span: Span | None = None
    review_from: int | None = None  # the first year of a reviewed period ("giai đoạn 2016–2020": 2016)
    online: bool = False  # held online, with bridge points (trực tuyến, điểm cầu)
    bridge_point: bool = False  # a national body's online meeting the report's province joined from its bridge point
    organizer_national: bool = False  # the organiser is a national body (a ministry, the Government, ...)


@dataclass(frozen=True)
class RoleMention:
    title: str  # full title, abbreviations expanded: "Phó Chủ tịch Ủy ban nhân dân tỉnh Trà Vinh"
    span: Span  # the title as written
    organization: str | None = None  # the body the title names, expanded: "Ủy ban nhân dân tỉnh Trà Vinh"
    org_province: str | None = None  # province key the body belongs to, where the title says it
    national: bool = False  # a national post (minister, Politburo, ...)
    former: bool = False  # "nguyên ..."


@dataclass(frozen=True)
class PersonMention:
    name: str  # as written, single spaces
    span: Span
    honorifics: tuple[str, ...] = ()  # "đồng chí", "PGS.TS", ...
    strong: bool = True  # found by context (honorific or title) rather than by shape alone


@dataclass
class Person:
    """One official of one report, with every mention, role and way of taking part."""

    name: str
    mentions: list[PersonMention] = field(default_factory=list)
    roles: list[RoleMention] = field(default_factory=list)
    attended: list[Span] = field(default_factory=list)  # the cue spans that say so
    chaired: list[Span] = field(default_factory=list)
    spoke: list[Span] = field(default_factory=list)
    honorifics: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Byline:
    name: str
    span: Span


@dataclass(frozen=True)
class Citation:
    """A legal or normative document cited in the text."""

    span: Span
    number: str  # canonical notation: "19/2014/QĐ-TTg", "57-NQ/TW", "TCVN ISO 9001:2015"
    doc_type: str  # local name of the vgk term: "Decision", "Resolution", ...
    issuer_code: str | None  # "TTg", "UBND", "TW", ...
    scope: str  # "national" | "local"
    year: int | None  # from the number or the text around it
    date: str | None = None  # "YYYY-MM-DD" where the text gives the signing date
    issuer_province: str | None = None  # province key written next to the citation, if any
    resolved_by_catalogue: bool = False
    own: bool = False  # the text's own number, in its heading ("Số: 21/2016/QĐ-UBND"): not a citation


@dataclass
class Extraction:
    """Everything the extractors found in one report."""

    report: Report
    province: ProvinceResult
    meeting: MeetingResult
    people: list[Person]
    bylines: list[Byline]
    citations: list[Citation]
