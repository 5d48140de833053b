"""Participation: who attended, chaired and spoke at the meeting a report is about.

Read from the sentence: a cue to attend (dự, tham dự, có sự tham gia của, làm việc với
...), to chair (chủ trì ...) or to speak (phát biểu, báo cáo, kết luận, chỉ đạo ...) in
the sentence of a mention, attributed to the people it governs.  The cues are data
(kg/lexicon/cues.toml).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .. import lexicon
from ..models import Person, Report, Span
from .names import Mention
from .text import alternation, sentences

# After "chủ trì": a task, not a meeting ("Viện X chủ trì thực hiện đề tài").
_TASK_AFTER = re.compile(r"\s+(?:thực hiện|xây dựng|triển khai|nghiên cứu|đề tài|nhiệm vụ|dự án)", re.IGNORECASE)


@cache
def _cues() -> dict[str, re.Pattern[str]]:
    c = lexicon.load("cues")

    def rx(phrases: list[str]) -> re.Pattern[str]:
        return re.compile(rf"(?<![\w])(?:{alternation(phrases)})(?![\w])", re.IGNORECASE)

    return {
        "attend": rx(c["attend"]["phrases"]),
        "chair": rx(c["chair"]["phrases"]),
        "speak": rx(c["speak"]["phrases"]),
        "according": rx(c["speak"]["according_to"]),
        "listing": rx(c["listing"]["phrases"]),
        "meeting": rx(lexicon.load("meeting")["meeting_nouns"]["phrases"]),
        "not": rx(c["not_cues"]["phrases"]),
    }


@dataclass
class _Cue:
    kind: str  # attend | chair | speak | according | listing
    start: int
    end: int


def _masked(view: str, spans: list[tuple[int, int]]) -> str:
    """``view`` with ``spans`` blanked out (same length)."""
    parts = []
    done = 0
    for a, b in sorted(spans):
        if b <= done:
            continue
        a = max(a, done)
        parts.append(view[done:a])
        parts.append(" " * (b - a))
        done = b
    parts.append(view[done:])
    return "".join(parts)


def _sentence_cues(view: str, sent: str, s: int, e: int, caption: bool) -> list[_Cue]:
    """Cues of the sentence ``view[s:e]``, looked for in ``sent``: the view with its titles
    blanked out, so that no cue is read across a title's edge ("Phó chủ tịch Hội đồng chủ
    trì" is not "đồng chủ trì")."""
    cues = []
    not_cues = [(m.start(), m.end()) for m in _cues()["not"].finditer(sent, s, e)]
    for kind in ("chair", "speak", "attend", "according", "listing"):
        for m in _cues()[kind].finditer(sent, s, e):
            word = m.group(0)
            if any(a <= m.start() and m.end() <= b for a, b in not_cues):
                continue  # "vinh dự", "dự án", "chỉ đạo của Thủ tướng": no cue
            at_start = not view[s:m.start()].strip(" ,(–-")
            if word[0].isupper() and not at_start and not re.search(r"[,(:]\s*$", view[s:m.start()]):
                continue  # "Ban Chỉ đạo", "Trung tâm Thông tin": a body's name, not a verb
            if kind == "chair" and (_TASK_AFTER.match(view, m.end()) or not (
                    caption or re.search(r"sự\s+chủ", word, re.IGNORECASE)
                    or _cues()["meeting"].search(view, m.end(), min(e, m.end() + 30))
                    or _cues()["meeting"].search(view, s, m.start()))):
                continue  # "chủ trì thực hiện" a task is not chairing a meeting; "Hội nghị do X chủ trì" is
            if kind == "according" and not at_start and not re.search(r"[,;:]\s*$", view[s:m.start()]):
                continue
            if kind == "listing" and not re.match(r"\s*(?:các\s+)?(?:đồng chí|đ/c|ông|bà)\b|\s*:",
                                                  view[m.end():m.end() + 12],
                                                  re.IGNORECASE):
                continue
            cues.append(_Cue(kind, m.start(), m.end()))
    cues.sort(key=lambda c: (c.start, -c.end))
    # Drop cues inside longer ones ("phát biểu" in "phát biểu chỉ đạo").
    out: list[_Cue] = []
    for c in cues:
        if out and c.start < out[-1].end:
            continue
        out.append(c)
    return out


def participation(report: Report, mentions: list[Mention], people: dict[str, Person]) -> None:
    view = report.view
    text = report.text
    masked = _masked(view, [(t.start, t.end) for mt in mentions for t in mt.titles])
    by_sentence: dict[tuple[int, int], list[Mention]] = {}
    sents = sentences(view)
    for mt in mentions:
        if not mt.person:
            continue
        for s, e in sents:
            if s <= mt.found.start < e:
                by_sentence.setdefault((s, e), []).append(mt)
                break
    for (s, e), ms in by_sentence.items():
        line_start = view.rfind("\n", 0, s) + 1
        line_end = view.find("\n", e)
        caption = len(view[line_start:line_end if line_end >= 0 else len(view)].split()) <= 25
        cues = _sentence_cues(view, masked, s, e, caption)
        if not cues:
            continue
        for mt in ms:
            people[mt.person].attended.append(Span.of(text, cues[0].start, cues[0].end))
        bounding = [c for c in cues if c.kind in ("chair", "speak")]
        for c in cues:
            if c.kind not in ("chair", "speak", "according"):
                continue
            prev_end = max((b.end for b in bounding if b.end <= c.start), default=s)
            next_start = min((b.start for b in bounding if b.start >= c.end), default=e)
            before = [mt for mt in ms if prev_end <= mt.found.start < c.start]
            after = [mt for mt in ms if c.end <= mt.found.start < next_start]
            if c.kind == "according":
                near = after and view[c.end:after[0].found.start].strip(" ,:").count(" ") <= 3
                targets = after[:1] if near else []
            elif c.kind == "speak":
                targets = before[-1:] if before else after[:1]
            else:
                # A list's items are set off by semicolons, and the verb of an item is
                # that item's own: "Dự có ông A, Phó Chủ tịch UBND tỉnh; bà B, Giám đốc
                # Sở chủ trì hội nghị" (B chaired, A attended).  Co-chairs ("đồng chủ
                # trì") may be listed item by item: "đồng chí A, ...; đồng chí B, ...
                # đồng chủ trì".
                item = view.rfind(";", prev_end, c.start)
                if item >= 0 and not re.match(r"đồng\s", view[c.start:c.end], re.IGNORECASE):
                    before = [mt for mt in before if mt.found.start > item]
                targets = before or after
            for mt in targets:
                span = Span.of(text, c.start, c.end)
                if c.kind == "chair":
                    people[mt.person].chaired.append(span)
                else:
                    people[mt.person].spoke.append(span)
