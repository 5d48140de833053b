"""Officials: their names, every role the report gives them, and how they took part.

The stages, each its own module: :mod:`kg.extract.names` finds the names,
:mod:`kg.extract.roles` gives each mention its titles, :mod:`kg.extract.participation`
reads who attended, chaired and spoke.  This module joins the mentions of one person
and runs the three in order.  A report that is about no meeting has no participants.
"""

from __future__ import annotations

from ..models import Byline, MeetingResult, Person, PersonMention, Report, Span
from ..normalize import fold, squash, unmix
from .names import Mention, confirm_with_tagger, find_names
from .participation import participation
from .province import province_mentions
from .roles import assign_titles, attach_roles


def _key(name: str) -> str:
    return fold(name).casefold()


def extract_people(report: Report, meeting: MeetingResult, bylines: list[Byline]) -> list[Person]:
    view = report.view
    text = report.text
    exclude = [(b.span.start, b.span.end) for b in bylines]
    # Names inside a province's name never count ("Lâm Đồng" is a province).
    exclude += [(m.span.start, m.span.end) for m in province_mentions(report)]
    found = find_names(report, exclude)
    full = [f for f in found if not f.reference]
    # Shape-only candidates must be proper nouns for underthesea too.
    weak = [f for f in full if not f.strong and not f.honorifics]
    if weak:
        confirmed = confirm_with_tagger(view, weak)
        full = [f for f in full if f.strong or f.honorifics or (f.start, f.end) in confirmed]
    stops = {f.start for f in found}
    mentions = [Mention(f) for f in full]
    assign_titles(view, mentions, stops)
    # One person per name; truncated names at the end of an excerpt join the person they begin.
    people: dict[str, Person] = {}
    for mt in mentions:
        name = squash(text[mt.found.start:mt.found.end])
        key = _key(name)
        if mt.found.truncated and key not in people:
            owners = [k for k in people if k.startswith(key) and k != key]
            if len(owners) == 1:
                key = owners[0]
            else:
                continue
        mt.person = key
        p = people.setdefault(key, Person(name=unmix(name)))
        p.mentions.append(PersonMention(name=name, span=Span.of(text, mt.found.start, mt.found.end),
                                        honorifics=mt.found.honorifics, strong=mt.found.strong))
        for h in mt.found.honorifics:
            if h not in p.honorifics:
                p.honorifics.append(h)
    # A given name alone after an honorific ("ông Bửu") refers to the one person it ends.
    for f in found:
        if not f.reference:
            continue
        given = _key(text[f.start:f.end])
        owners = [k for k in people if k.split()[-1] == given]
        if len(owners) == 1:
            mt = Mention(f, person=owners[0])
            mentions.append(mt)
    mentions.sort(key=lambda m: m.found.start)
    attach_roles(report, mentions, people)
    if meeting.is_meeting:
        participation(report, mentions, people)
    return [p for p in people.values() if p.mentions]
