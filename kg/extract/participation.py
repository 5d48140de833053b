"""Participation: who attended, chaired and spoke at the meeting a report is about.

Read from the sentence: a cue to attend (dự, tham dự, có sự tham gia của, làm việc với
...), to chair (chủ trì ...) or to speak (phát biểu, báo cáo, kết luận, chỉ đạo ...) in
the sentence of a mention, attributed to the people it governs.  Speaking is an open
class, so besides its cue words it is read from the grammar of a report: a person who
is the subject of a verb that introduces what was said ("X cho rằng ...", "X nhấn
mạnh: ...", "X: “...”"), or whose opinion is reported ("Theo Giám đốc Sở X, ...").  A
title standing alone as the subject ("Chủ tịch Hội đồng kết luận") is the person of the
report who holds it.  The subject of a clause doing anything attended ("Ông X, Giám đốc
Sở tiếp thu ...").  Text that is not the meeting (an earlier event, a present state, what
someone once said, the signer or author of a document, the author of a speech or a
direction carried out or studied: "quán triệt bài phát biểu của X", "Theo chỉ đạo của
X", the furniture under the article) gives no participant; hearing reports is no speech
("để nghe các báo cáo").
A list's items are set off by semicolons, and a verb ending one is that item's ("Dự có
ông A, ...; bà B, ... chủ trì": B chaired), unless the list is the verb's subject: opened
by a plural honorific at its clause's start ("Các đồng chí: A, ...; B, ...; C, ... chủ
trì hội nghị": all three chaired), or a passive's agents ("Hội nghị do ông A, ...; bà B,
... chủ trì").  The people after a chair verb are its list, up to a clause of their own or
those "with" the chair ("Chủ trì có ông A cùng ông B": B attended).  Chairing may be
written "chủ tọa", or "chủ trị" with the tone mark lost, and "chủ trì tại điểm cầu ..."
chairs where it is held, as does "chủ trì" before a word heading an occasion ("buổi",
"cuộc", "phiên", "tiếp đoàn"), before the people it lists ("đồng chủ trì có ông X") or a
comma and the others taking part ("X chủ trì, cùng dự có ..."); opening the sentence with
its meeting, the clause's subject after it chaired ("Chủ trì hội nghị, đồng chí X ...
nhấn mạnh"); the meeting noun after it may have lost or misplaced a tone mark
("chủ trì Hôi nghị"), and capitalised after a title ("Chủ tịch HĐND tỉnh Chủ tọa Kỳ
họp") it is still the verb.  A chair verb that opens its item governs the people after it
("Chủ trì hội nghị, ông A; đồng chủ trì, Giám đốc Sở Nội vụ ông B": both chaired).
Another occasion gives no participant either: a sentence opening at a meeting of another
time ("Tại hội nghị tổng kết năm trước, ..."), a photo's caption of one ("Ảnh: Lễ ký kết
năm 2019", "Ảnh tư liệu: ..."), a verb said at a meeting dated before every year the
report writes ("Thủ tướng X phát biểu tại Hội nghị ngày 5/3/2021"); nor does a spouse
("cùng phu nhân X", "bà X, phu nhân Bộ trưởng Y": neither) or a photo's credit.  A
person alone on a caption line of the body with the titles ("Đồng chí X, Phó Chủ tịch
UBND tỉnh" under a photo) is pictured at the meeting: attended.  The cues are data
(kg/lexicon/cues.toml).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from .. import lexicon
from ..models import Person, Report, Span
from ..normalize import fold
from .datelines import published_date
from .meeting import photo_caption
from .names import Mention
from .text import LOWER, UPPER, alternation, layout, sentences
from .titles import head_at, heads_in, parse_title, title_parts

# After "chủ trì": a task, not a meeting ("Viện X chủ trì thực hiện đề tài").
_TASK_AFTER = re.compile(r"\s+(?:thực hiện|xây dựng|triển khai|nghiên cứu|đề tài|nhiệm vụ|dự án)", re.IGNORECASE)
# "chủ trì" with no object, ending its clause: the meeting just named ("... Đồng chí X,
# Chủ tịch UBND tỉnh chủ trì.").
_CLAUSE_END = re.compile(r"\s*(?:[.;!]|$)")


def _rx(phrases: list[str]) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])(?:{alternation(phrases)})(?![\w])", re.IGNORECASE)


def _trie(phrases: list[str]) -> str:
    """A regex of ``phrases`` (folded, any case, a space any run of white space) that
    shares their beginnings, the longest first where one goes on: three times faster than
    the alternation over a report for some two hundred phrases."""
    root: dict[str, dict] = {}
    for ph in phrases:
        node = root
        for ch in " ".join(fold(ph).lower().split()):
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        parts = [(r"\s+" if ch == " " else re.escape(ch)) + emit(n) for ch, n in sorted(node.items()) if ch]
        if not parts:
            return ""
        body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        if "" in node:  # a phrase ends here: what goes on is optional, and tried first
            return f"(?:{body})?" if len(parts) == 1 else body + "?"
        return body

    return emit(root)


_KINDS = ("direct", "chair", "speech_of", "speak", "attend", "according", "listing", "between", "at")
# Kinds that say more than being there: each governs its own people in the sentence.
_TELLING = ("chair", "speak", "direct", "according", "speech_of")


@cache
def _lexicon() -> dict[str, list[str]]:
    """The cue phrases of each kind (kg/lexicon/cues.toml); "not" the words that hold a
    cue's syllables but are none ("dự án", "vinh dự")."""
    c = lexicon.load("cues")
    return {
        "direct": c["direct"]["phrases"],
        "chair": c["chair"]["phrases"],
        "speak": [*c["speak"]["phrases"], *c["speak"]["also"]],
        "speech_of": c["speak"]["of"],
        "attend": [*c["attend"]["phrases"], *c["elected"]["phrases"], *c["attend"]["also"]],
        "between": c["attend"]["between"],
        # "at the meeting": "ông Phong (áo đen) trong buổi lễ bổ nhiệm", "Tại hội nghị, ..."
        "at": [f"{p} {n}" for p in c["attend"]["at"] for n in lexicon.load("meeting")["meeting_nouns"]["phrases"]],
        "according": c["speak"]["according_to"],
        "listing": c["listing"]["phrases"],
        "not": c["not_cues"]["phrases"],
    }


def _key(phrase: str) -> str:
    return " ".join(fold(phrase).lower().split())


@cache
def _scanner() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for every cue and not-cue, the longest first at each place, and the kind
    of each phrase (the first kind of _KINDS that lists it)."""
    kinds: dict[str, str] = {}
    for kind in _KINDS:
        for ph in _lexicon()[kind]:
            kinds.setdefault(_key(ph), kind)
    return re.compile(rf"(?<![\w])(?:{_trie(list(kinds))})(?![\w])", re.IGNORECASE), kinds


@cache
def _bare_table() -> dict[int, str]:
    """Each Vietnamese letter to its letter with no marks (ộ -> o, đ -> d): one character
    for one, so offsets hold."""
    table = {ord("đ"): "d", ord("Đ"): "D"}
    for c in range(0xC0, 0x1F00):
        base = unicodedata.normalize("NFD", chr(c))[0]
        if base != chr(c) and base.isascii() and base.isalpha():
            table[c] = base
    return table


def _bare(text: str) -> str:
    return text.translate(_bare_table())


def _bare_nouns() -> list[str]:
    return [_bare(fold(p)) for p in lexicon.load("meeting")["meeting_nouns"]["phrases"] if " " in p.strip()]


@cache
def _cues() -> dict[str, re.Pattern[str]]:
    return {
        "meeting": _rx(lexicon.load("meeting")["meeting_nouns"]["phrases"]),
        # the meeting nouns of two words or more with no marks, for a noun written with a
        # mark lost or wrong ("chủ trì Hôi nghị", "chủ trì hoi nghi"; not "lễ", which
        # would be "Lê")
        "meeting_bare": re.compile(rf"(?<![\w])(?:{alternation(_bare_nouns())})(?![\w])", re.IGNORECASE),
        "not": re.compile(rf"(?<![\w])(?:{_trie(_lexicon()['not'])})(?![\w])", re.IGNORECASE),
    }


def _scan(masked: str) -> list[tuple[str, int, int]]:
    """Every cue of the text (titles blanked out), in order: (kind, start, end); none that
    lies in a not-cue ("vinh dự", "dự án", "hoa chúc mừng")."""
    pat, kinds = _scanner()
    nots = [(m.start(), m.end()) for m in _cues()["not"].finditer(masked)]
    out = []
    i = 0
    for m in pat.finditer(masked):
        while i < len(nots) and nots[i][1] <= m.start():
            i += 1
        if i < len(nots) and nots[i][0] <= m.start() and m.end() <= nots[i][1]:
            continue
        out.append((kinds[_key(m.group(0))], m.start(), m.end()))
    return out


@cache
def _grammar() -> dict[str, re.Pattern[str]]:
    c = lexicon.load("cues")
    aspect = alternation(c["subject"]["aspect"])
    verbs = alternation(c["subject"]["speech_verbs"])
    not_verbs = alternation(c["subject"]["not_verbs"])
    low = rf"[{LOWER}]+(?![\w])"  # a lower-case word
    meeting_nouns = lexicon.load("meeting")["meeting_nouns"]["phrases"]
    people = lexicon.load("people")
    hon = alternation([*people["honorifics"]["words"], *people["degrees"]["words"]])
    plural = alternation(people["plural_honorifics"]["words"])
    return {
        # After the subject (its name and the titles after it): the verb of what it said.
        # "X cho rằng, ...", "X, Giám đốc Sở, nhấn mạnh rằng ...", "X thông tin: ...".
        "said": re.compile(
            rf"(?P<comma>\s*,)?\s*(?:(?i:{aspect})\s+)*"
            rf"(?:(?P<verb>(?i:{verbs}))(?![\w])"
            rf"|(?!(?i:{not_verbs})(?![\w]))(?P<free>{low}(?:\s+{low}){{0,3}})\s*(?:rằng(?![\w])|:))"),
        # Where a clause's subject begins: the sentence's start, or after a comma, colon
        # or semicolon, and the honorifics and degrees before the name or title ("Phát
        # biểu kết luận, | đồng chí | Chủ tịch UBND tỉnh đề nghị ...").
        "clause_start": re.compile(rf"(?:^|[,;:]|(?<![\w])và)\s*(?:(?i:{hon})\.?\s*,?\s*)*$"),
        # ... and where a passive's agent begins: "Hội nghị do | đồng chí A, ...; đồng chí B
        # đồng chủ trì"
        # Between two items of a list: a separator, the honorifics and degrees (and the
        # titles, blanked out): "đồng chí A, Chủ tịch UBND tỉnh; | các đồng chí | B".
        "list_gap": re.compile(rf"\s*(?:[,;:–-]\s*)?(?:(?:và|hoặc)(?![\w])\s*)?"
                               rf"(?:(?i:{hon}|{plural})\.?\s*,?\s*)*:?\s*", re.IGNORECASE),
        "agent": re.compile(rf"(?<![\w])(?:do|bởi)\s*(?:(?i:{hon})\.?\s*,?\s*)*$", re.IGNORECASE),
        "agent_start": re.compile(rf"(?:^|[,;:]|(?<![\w])(?:và|do|bởi))\s*(?:(?i:{hon})\.?\s*,?\s*)*$",
                                  re.IGNORECASE),
        # A verb after the subject: the person did something at the meeting ("Ông X, Giám
        # đốc Sở, đã trình bày ...", "Bà Y giải đáp ...").
        "acted": re.compile(rf"(?P<comma>\s*,)?\s*(?:(?i:{aspect})\s+)*(?!(?i:{not_verbs})(?![\w])){low}"),
        # An aside after the subject: "X, Giám đốc Công ty Y (huyện Z) | giới thiệu", "X,
        # Chủ nhiệm HTX Y, xã Z | chia sẻ"
        "aside": re.compile(rf"\s*\([^()\n]{{1,60}}\)|\s*,\s*(?i:{alternation(c['subject']['aside_places'])})"
                            rf"\s+[{UPPER}]\w*(?:\s+[{UPPER}]\w*){{0,3}}(?=\s+[{LOWER}]|\s*[,:])"),
        # The words between a subject and its verb: "X, Giám đốc Sở, đã | chủ trì".
        "aspect": re.compile(rf"\s*,?\s*(?:(?i:{aspect})\s+)*"),
        # A quote after the subject: "X: “...”", "Ông X (Giám đốc Sở): ..."
        "quote": re.compile(r"\s*\)?\s*(?:\([^()\n]{0,80}\)\s*)?:\s*[“\"«]"),
        "passive": re.compile(r"(?<![\w])(?:được|bị)\s+(?:\S+\s+){0,4}$", re.IGNORECASE),
        # Between "Theo" and the person: honorifics, and a noun of what was said ("Theo
        # ông X", "Theo đánh giá của PGS.TS X"), not a plan or a document ("Theo kế hoạch,
        # ông X ...").
        "according_gap": re.compile(rf"(?:(?i:{alternation(c['speak']['according_nouns'])})\s+của\s*)?"
                                    rf"(?:(?i:{hon})\.?\s*,?\s*)*"),
        # "Hội nghị nghe | đồng chí | Trưởng ban ... báo cáo": the one heard speaks
        "heard": re.compile(rf"(?<![\w])(?:{alternation(c['subject']['hearing'])})\s+(?:(?i:{hon})\.?\s*,?\s*)*$",
                            re.IGNORECASE),
        # a title's body in brackets after it: "Trưởng ban (Ban Tuyên giáo)"
        "body_bracket": re.compile(r"\s*\(\s*([^()\n]{2,60}?)\s*\)"),
        "requests": re.compile(rf"(?<![\w])(?i:{alternation(c['subject']['requests'])})\s+"
                               rf"(?:(?i:{hon})\.?\s*,?\s*)*$"),
        # (lower-case: a verb, not "Ban Chỉ đạo")
        "asked": re.compile(rf"(?<![\w])(?:{alternation(c['subject']['requests'])})(?![\w])"),
        "once": re.compile(rf"\s*,?\s*(?:{alternation(c['other_time']['after_subject'])})(?![\w])", re.IGNORECASE),
        "other_time": re.compile(rf"\s*(?:{alternation(c['other_time']['phrases'])})(?![\w])", re.IGNORECASE),
        "document": re.compile(rf"(?<![\w])(?:{alternation(c['document']['nouns'])})(?![\w])", re.IGNORECASE),
        # a speech as a noun before "của", carried out or studied: "quán triệt bài phát biểu
        # của ...", "Theo chỉ đạo của ..."
        "speech_noun": re.compile(rf"(?<![\w])(?:{alternation(c['document']['carried_out'])})(?:\s+[^\s,;:]+){{0,3}}?"
                                  rf"\s+(?:{alternation(c['document']['speech_nouns'])})\s*$", re.IGNORECASE),
        # a spouse, or the name right after the word: "cùng phu nhân X", "phu nhân Bộ trưởng
        # X" (the titles blanked out), "bà X, phu nhân Đại sứ"
        "spouse_before": re.compile(rf"(?<![\w])(?:{alternation(c['spouse']['words'])})(?:\s+của)?\s*"
                                    rf"(?:(?i:{hon})\.?\s*)?$", re.IGNORECASE),
        "spouse_after": re.compile(rf"\s*[,(–-]?\s*(?:là\s+)?(?:{alternation(c['spouse']['words'])})(?![\w])",
                                   re.IGNORECASE),
        # a photo's credit: "(Ảnh: Hà Thị Mơ)"
        "credit": re.compile(rf"(?<![\w])(?:{alternation(list(lexicon.words('bylines', 'byline', 'photo_labels')))})"
                             r"\s*:\s*$", re.IGNORECASE),
        "signed": re.compile(rf"\s*(?:(?:{alternation(c['document']['signed'])})(?![\w])"
                             rf"|(?:{alternation(c['document']['signed_at_end'])})\s*(?:[,.;)]|$))", re.IGNORECASE),
        "council": re.compile(
            rf"\s*(?:,|[-–]|(?:làm|là)(?![\w]))\s*(?P<post>{alternation(c['council']['chair'])}|"
            rf"{alternation(c['council']['members'])})\s+hội\s+đồng"
            rf"(?:\s+(?:{alternation(c['council']['functions'])}))?\s*(?=[;.,–\-]|$)", re.IGNORECASE),
        "council_title": re.compile(
            rf"(?P<post>{alternation(c['council']['chair'])}|{alternation(c['council']['members'])})\s+hội\s+đồng"
            rf"(?:\s+(?:{alternation(c['council']['functions'])}))?", re.IGNORECASE),
        # ... the post alone after "làm", "là", in a sentence of the council ("Hội đồng nghiệm
        # thu gồm 7 thành viên do ông X, Phó Giám đốc Sở làm Chủ tịch.")
        "council_alone": re.compile(
            rf"\s*(?:làm|là)\s+(?P<post>{alternation(c['council']['chair'])}|{alternation(c['council']['members'])})"
            rf"\s*(?=[;.,–\-]|$)", re.IGNORECASE),
        # ... or before the person: "Chủ tịch Hội đồng là ông X", "Thư ký Hội đồng: bà Y"
        "council_before": re.compile(
            rf"(?<![\w])(?P<post>{alternation(c['council']['chair'])}|{alternation(c['council']['members'])})"
            rf"\s+hội\s+đồng(?:\s+(?:{alternation(c['council']['functions'])}))?\s*(?:là|:)\s*"
            rf"(?:(?i:{hon})\.?\s*)*$", re.IGNORECASE),
        "council_word": re.compile(r"(?<![\w])hội\s+đồng(?![\w])(?!\s+nhân\s+dân)", re.IGNORECASE),
        "council_chair": re.compile(rf"(?:{alternation(c['council']['chair'])})", re.IGNORECASE),
        "place_after": re.compile(rf"\s+(?:{alternation(c['chair']['place_after'])})\s", re.IGNORECASE),
        # "Chủ trì hội nghị, | đồng chí | A ...": the verb's meeting, then the clause's subject
        "opener": re.compile(rf"\s+(?:{alternation(meeting_nouns)})(?![\w])[^,;:]{{0,40}},\s*(?:(?i:{hon})\.?\s*)*",
                             re.IGNORECASE),
        # "chủ trì buổi gặp gỡ", "đồng chủ trì có ông X", "chủ trì, cùng dự có bà Y"
        "chair_after": re.compile(rf"\s+(?:{alternation(c['chair']['objects'])}|{alternation(c['chair']['listing'])})"
                                  rf"(?![\w])|\s*,\s*(?:{alternation(c['chair']['then'])})(?![\w])", re.IGNORECASE),
        "presidium": re.compile(rf"(?<![\w])(?:{alternation(c['chair']['presidium'])})(?![\w])", re.IGNORECASE),
        # where "Theo ..." may stand: opening its clause, after a word of discourse ("Cũng theo")
        "according_start": re.compile(rf"(?:^[\s,(–-]*|[,;:(])\s*"
                                      rf"(?:(?i:{alternation(c['speak']['according_adverbs'])})\s+)?$"),
        # a speech's possessors: the first right after "của" ("tham luận của | các nhà khoa
        # học: | PGS.TS A"), the others joined to it ("; ThS. B và của ông C")
        "of_first": re.compile(rf"(?:(?:{alternation(c['speak']['of_head'])})\s+[^,;:.\d]{{1,30}}?\s*:?\s*)?"
                               rf"(?:(?i:{hon})\.?\s*,?\s*)*", re.IGNORECASE),
        "of_gap": re.compile(rf"(?:\s*[,–-]\s*(?-i:{alternation(c['speak']['of_units'])})(?![\w])[^,;:.()\n]{{0,60}}?)?"
                             rf"\s*(?:[,;–-]\s*)?(?:(?:và|cùng)(?![\w])\s*)?(?:của(?![\w])\s*)?"
                             rf"(?:(?i:{hon}|{plural})\.?\s*,?\s*)*:?\s*", re.IGNORECASE),
        # "điều hành": a chair verb only before what it runs, a meeting, a session or a
        # bridge point ("điều hành phiên thảo luận", "điều hành điểm cầu tỉnh", "điều hành
        # tại điểm cầu"), not a body or a work ("điều hành kinh tế")
        "steer": re.compile(rf"(?:{alternation(c['chair']['steer'])})", re.IGNORECASE),
        "steer_object": re.compile(
            rf"\s+(?:(?:{alternation(c['chair']['steer_between'])})\s+)?"
            rf"(?:{alternation([*c['chair']['steer_objects'], *meeting_nouns])}"
            rf"|tại\s+(?:{alternation(c['chair']['steer_places'])}))(?![\w])", re.IGNORECASE),
        "steered": re.compile(rf"(?<![\w])(?:{alternation([*c['chair']['steer_objects'], *meeting_nouns])})(?![\w])",
                              re.IGNORECASE),
        # A meeting noun right before a verb makes it the event's name: "lễ công bố quyết
        # định", "Hội nghị báo cáo viên" (no one's speech).
        "named_event": re.compile(rf"(?<![\w])(?:{alternation(meeting_nouns)})\s+$", re.IGNORECASE),
    }


@dataclass
class _Cue:
    kind: str  # attend | chair | speak | direct | according | listing
    start: int
    end: int


@dataclass
class _Who:
    """Someone a cue may govern: a mention of a name, or a title standing alone for its
    holder (``mention`` None, ``person`` the holder's key)."""

    start: int
    end: int  # where the name and the titles after it end
    person: str
    mention: Mention | None


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


# A capital letter alone before a period and a capital, no space between: an
# initialism ("T.Ư Đảng", "S.T.I.D"), not the end of a sentence.
_INITIALISM = re.compile(rf"(?<![\w.])(?:[{UPPER}]\.)+$")


def _sentences(view: str) -> list[tuple[int, int]]:
    """The sentences of the text, joined again where a period is an abbreviation's: the
    abbreviated title of a list item ("ông A – PCT. UBND huyện B"), an initialism."""
    out: list[tuple[int, int]] = []
    for s, e in sentences(view):
        if out and _abbreviation_end(view, *out[-1], s):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _abbreviation_end(view: str, s: int, e: int, nxt: int) -> bool:
    if not view[e - 1:e] == "." or "\n" in view[e:nxt]:
        return False
    if nxt == e and _INITIALISM.search(view, max(s, e - 12), e):
        return True
    word = re.search(r"[\w.]+$", view[max(s, e - 12):e])
    if word is None:
        return False
    m = head_at(view, e - len(word.group(0)))
    return m is not None and m.end() == e


def _clause_end(view: str, a: int, b: int) -> int:
    """Where the clause that goes on at ``a`` ends (a comma, semicolon or colon), by ``b``."""
    m = re.compile(r"[,;:]").search(view, a, b)
    return m.start() if m else b


# Receiving a named guest: "Chủ tịch UBND tỉnh tiếp Đại sứ Nhật Bản", "tiếp xã giao Đoàn
# ..." (lower case, a capital after: not "tiếp tục", "Ban Tiếp công dân"); the titles blanked
# out, the guest's title is the capital's place.
@cache
def _receive() -> re.Pattern[str]:
    guests = alternation(lexicon.load("cues")["attend"]["receive_guests"])
    return re.compile(rf"(?<![\w])(?-i:tiếp)(?:\s+xã giao)?(?=\s+(?:[{UPPER}]|\s{{2,}}|(?:{guests})(?![\w])))")


def _receptions(masked: str) -> list[tuple[str, int, int]]:
    return [("attend", m.start(), m.end()) for m in _receive().finditer(masked)]


_CAPITAL_CHAIR = re.compile(r"(?-i:Chủ)\s+(?:tọa|trì)(?![\w])")


def _chairs_in_titles(view: str, mentions: list[Mention]) -> list[tuple[str, int, int]]:
    """A capitalised chair verb whose first word a title took for its place's name ("Chủ
    tịch HĐND tỉnh | Chủ tọa Kỳ họp"): the cue, where a meeting noun follows it."""
    out = []
    for mt in mentions:
        for t in mt.titles:
            m = _CAPITAL_CHAIR.match(view, t.end - 3) if view[t.end - 3:t.end] == "Chủ" else None
            if m and _meeting_after(view, m.end(), min(len(view), m.end() + 12)):
                out.append(("chair", m.start(), m.end()))
    return out


def _sentence_cues(view: str, masked: str, found: list[tuple[str, int, int]], s: int, e: int, caption: bool,
                   starts: list[int]) -> list[_Cue]:
    """Cues of the sentence ``view[s:e]``, from ``found``: those of the view with its titles
    blanked out, so that no cue is read across a title's edge ("Phó chủ tịch Hội đồng chủ
    trì" is not "đồng chủ trì").  A not-cue takes its place: "vinh dự", "dự án", "chỉ đạo
    của Thủ tướng" hold no cue."""
    cues = []
    g = _grammar()
    for kind, a, b in found:
        if b > e:
            continue
        at_start = not view[s:a].strip(" ,(–-")
        if view[a].isupper() and not at_start and not re.search(r"(?:[,(:]|\s[-–])\s*$", view[s:a]) and not (
                kind == "chair" and _meeting_after(view, b, min(e, b + 12))):
            continue  # "Ban Chỉ đạo", "Trung tâm Thông tin": a body's name, not a verb ("Chủ tọa Kỳ họp" is one)
        if kind == "chair" and g["steer"].fullmatch(view, a, b):
            # "điều hành": running what follows it, or the meeting its clause named
            if not (g["steer_object"].match(view, b, e)
                    or (_CLAUSE_END.match(view, b, e) and g["steered"].search(view, s, a))):
                continue
            cues.append(_Cue(kind, a, b))
            continue
        if kind == "chair" and (_TASK_AFTER.match(view, b) or not (
                caption or at_start or re.search(r"sự\s+chủ", view[a:b], re.IGNORECASE)
                or _CLAUSE_END.match(view, b, e)
                or g["place_after"].match(view, b, e)
                or g["chair_after"].match(view, b, e)
                or _meeting_after(view, b, _clause_end(view, b, min(e, b + 60)))
                or _cues()["meeting"].search(view, s, a))):
            continue  # "chủ trì thực hiện" a task is not chairing a meeting; "Hội nghị do X chủ trì" is
        if kind == "at":
            if re.match(rf"\s+(?:[{UPPER}\d]|lần\s+thứ|khóa)", view[b:b + 12]):
                continue  # "Tại Hội nghị Trung ương 8", "tại Hội nghị lần thứ 5": a meeting of its own name
            kind = "attend"
        if kind == "between":
            if not _cues()["meeting"].search(view, s, a):
                continue  # "sự phối hợp giữa A và B": no event between them
            kind = "attend"
        if kind == "according" and not g["according_start"].search(view[s:a]):
            continue  # "Theo" opening its clause, or after a word of discourse: "Cũng theo ông X"
        if kind == "listing" and not re.match(r"\s*(?:các\s+)?(?:đồng chí|đ/c|ông|bà)(?![\w])|\s*:",
                                              view[b:b + 20], re.IGNORECASE):
            continue
        if kind == "speak":
            if g["named_event"].search(masked, max(s, a - 20), a):
                continue  # "lễ công bố quyết định": the event's name (not a title's end: "Trưởng
                # ban Tổ chức hội thảo phát biểu")
            passive = g["passive"].search(view, max(s, a - 40), a)
            if passive and not any(passive.start() < p < a for p in starts):
                continue  # "được Ban Giám khảo đánh giá cao": the agent is no one named
        cues.append(_Cue(kind, a, b))
    return cues


def _meeting_after(view: str, b: int, end: int) -> bool:
    """A meeting noun after a chair verb, within its clause: written right, or with a tone
    mark lost or wrong, a typo of the page ("chủ trì Hôi nghị")."""
    return bool(_cues()["meeting"].search(view, b, end) or _cues()["meeting_bare"].search(_bare(view[b:end])))


def _past_aside(view: str, end: int, e: int) -> int:
    """Where the subject ending at ``end`` ends with an aside after it, a bracket or its
    unit's place ("... Công ty TNHH Hà Mơ (huyện Tam Đường)", "..., xã Bình Lư")."""
    m = _grammar()["aside"].match(view, end, e)
    return m.end() if m else end


def _own_end(view: str, mt: Mention, s: int, e: int) -> int:
    """Where a mention and the titles right after it end (within its sentence)."""
    end = mt.found.end
    for t in sorted(mt.titles, key=lambda t: t.start):
        if t.start >= mt.found.end and t.end <= e and re.fullmatch(r"[\s,()\-–:]*", view[end:t.start]):
            end = t.end
    return end


def _subject_cues(view: str, whos: list[_Who], s: int, e: int) -> list[tuple[_Who, _Cue]]:
    """Speech read from the grammar after a subject: "X cho rằng", "X, Giám đốc Sở,
    nhấn mạnh: ...", "X: “...”"."""
    out = []
    g = _grammar()
    for w in whos:
        if _requested(view, w, s):
            continue  # "đề nghị ông X làm rõ": asked to, not saying it
        q = g["quote"].match(view, w.end, e)
        if q is None and _starts_line(view, w):
            q = _ANSWER.match(view, w.end, e)  # an interview's: "Ông X, Giám đốc Sở: Năm nay ..."
        if q:
            out.append((w, _Cue("speak", w.end, q.end())))
            continue
        m = g["said"].match(view, _past_aside(view, w.end, e), e)
        if m is None:
            continue
        if m.group("comma") and w.mention is not None and w.end == w.mention.found.end:
            continue  # "ông X, chủ hộ, cho rằng": an aside after the bare name
        if m.group("verb"):
            out.append((w, _Cue("speak", m.start("verb"), m.end("verb"))))
        else:
            out.append((w, _Cue("speak", m.start("free"), m.end())))
    return out


# After the subject that begins a line, a colon and a capital: what the subject answered.
_ANSWER = re.compile(rf"\s*\)?\s*:\s*(?=[{UPPER}])")


def _starts_line(view: str, w: _Who) -> bool:
    """The mention begins its line, but for its honorifics and the titles before it."""
    a = w.start
    if w.mention is not None:
        a = min([a, *(t.start for t in w.mention.titles if t.end <= w.start)])
    line = view.rfind("\n", 0, a) + 1
    return _grammar()["clause_start"].fullmatch(view[line:a]) is not None


def _requested(view: str, w: _Who, s: int) -> bool:
    """The person is the one asked, right after a verb of asking: "đề nghị | ông X ...",
    "giao | Giám đốc Sở Y tế X ..." (the titles before the name between)."""
    a = w.start
    if w.mention is not None:
        a = min([a, *(t.start for t in w.mention.titles if t.end <= w.start and w.start - t.end <= 3)])
    return _grammar()["requests"].search(view[max(s, a - 60):a]) is not None


def _is_subject(view: str, masked: str, w: _Who, s: int) -> bool:
    """The mention begins its clause: only the titles before the name ("Phó Chủ tịch
    UBND tỉnh | X"), honorifics and degrees stand between it and the clause's start."""
    return _grammar()["clause_start"].search(masked[s:w.start]) is not None


@dataclass(frozen=True)
class _When:
    """When the report's meeting is: the years its headline, first sentence and dateline
    write, and the day and month its first sentence gives it."""

    years: frozenset[int]
    day: tuple[int, int] | None  # (month, day)


def _report_when(report: Report) -> _When:
    view = report.view
    lay = layout(report)
    first = [x for x in lay.lead if not photo_caption(view, x[0])][:1]
    spans = ([(lay.headline.start, lay.headline.end)] if lay.headline else []) + first
    out = {int(m[0]) for a, b in spans for m in _YEAR.finditer(view, a, b)}
    published, _ = published_date(report)
    if published is not None:
        out.add(published.year)
    day = None
    for a, b in first:
        m = _DAY_MONTH.search(view, a, b)
        if m and 1 <= int(m["m"]) <= 12 and 1 <= int(m["d"]) <= 31:
            day = (int(m["m"]), int(m["d"]))
    return _When(frozenset(out), day)


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_DAY_MONTH = re.compile(r"(?<![\d/.-])(?P<d>\d{1,2})\s*[/-]\s*(?P<m>\d{1,2})(?![\d])")


@cache
def _occasion() -> dict[str, re.Pattern[str]]:
    o = lexicon.load("cues")["other_occasion"]
    nouns = alternation(lexicon.load("meeting")["meeting_nouns"]["phrases"])
    at = alternation(o["at"])
    time = (rf"(?:(?P<word>{alternation(o['times'])})(?![\w])"
            r"|(?<![\d/.-])(?P<dd>\d{1,2})\s*[/-]\s*(?P<mm>\d{1,2})(?:\s*[/-]\s*(?P<yy>(?:19|20)\d{2}))?(?![\d/])"
            r"|(?<!\d)(?P<y>(?:19|20)\d{2})(?!\d))")
    return {
        # "Tại hội nghị tổng kết năm trước, ...": opening the sentence, before its comma
        "opens": re.compile(rf"[\s\-–(]*(?:{at})\s+(?:{nouns})(?![\w])[^,;:.\n]{{0,80}}?{time}", re.IGNORECASE),
        # "... phát biểu tại Hội nghị ngày 5/3/2021": right after a verb, in its clause
        "after": re.compile(rf"\s*(?:(?:{at})\s+)?(?:{nouns})(?![\w])[^,;:\n]{{0,60}}?{time}", re.IGNORECASE),
        # a caption of another time's event: "Ảnh: Lễ ký kết năm 2019"
        "caption": re.compile(rf"(?<![\w])(?:{nouns})(?![\w])[^\n]{{0,80}}?{time}", re.IGNORECASE),
        "archive": re.compile(rf"(?<![\w])(?:{alternation(o['archive'])})", re.IGNORECASE),
    }


def _other_time(m: re.Match[str] | None, when: _When) -> bool:
    """Does the match name another time: a word of one, a year before all the report's, a
    day before the meeting's ("ngày 12/3" of a meeting on 20/5)?"""
    if m is None:
        return False
    if m["word"]:
        return True
    year = m["y"] or m["yy"]
    if year and when.years and int(year) < min(when.years):
        return True
    if m["dd"] and when.day is not None and (not year or not when.years or int(year) == max(when.years)):
        return (int(m["mm"]), int(m["dd"])) < when.day
    return False


def _another_occasion(view: str, s: int, e: int, here: list[tuple[str, int, int]], when: _When) -> bool:
    """Does the sentence tell of another meeting, of another time: opening at it ("Tại hội
    nghị tổng kết năm trước, ..."), a photo's caption of it ("Ảnh: Lễ ký kết năm 2019",
    "Ảnh tư liệu"), a verb of taking part said at it ("Thủ tướng X phát biểu tại Hội nghị
    ngày 5/3/2021", the report's meeting of 2024)?"""
    o = _occasion()
    if _other_time(o["opens"].match(view, s, e), when):
        return True
    line_end = view.find("\n", s)
    line_end = e if line_end < 0 else line_end
    if o["archive"].search(view, view.rfind("\n", 0, s) + 1, line_end):
        return True
    if photo_caption(view, s):
        if any(_other_time(m, when) for m in o["caption"].finditer(view, s, line_end)):
            return True
    for kind, _, b in here:
        if kind in ("speak", "chair", "attend", "direct", "speech_of") and _other_time(
                o["after"].match(view, b, _clause_end(view, b, e)), when):
            return True
    return False


@cache
def _portrait_rest() -> re.Pattern[str]:
    """What may stand beside a name and its titles on a portrait's caption: honorifics,
    degrees, punctuation, a bracket saying where in the photo."""
    people = lexicon.load("people")
    hon = alternation([*people["honorifics"]["words"], *people["degrees"]["words"]])
    return re.compile(rf"(?:[\s,.:;\-–]|\([^()\n]{{0,30}}\)|(?i:{hon}|và)(?![\w]))*")


def _portrait(view: str, masked: str, ms: list[Mention], s: int, e: int) -> bool:
    """Is the sentence a caption line of people with their titles and nothing else
    ("Đồng chí Hà Thị Mơ, Phó Chủ tịch UBND tỉnh" alone under a photo; "Ông A, Giám đốc Sở
    và bà B, Phó Giám đốc Sở")?"""
    a = view.rfind("\n", 0, s) + 1
    b = view.find("\n", e)
    b = len(view) if b < 0 else b
    if len(view[a:b].split()) > int(lexicon.load("cues")["portrait"]["max_words"]) or not all(mt.titles for mt in ms):
        return False
    rest = list(masked[a:b])
    for mt in ms:
        rest[max(0, mt.found.start - a):mt.found.end - a] = " " * (mt.found.end - max(a, mt.found.start))
    return _portrait_rest().fullmatch("".join(rest)) is not None


def _not_the_meeting(view: str, masked: str, w: _Who, s: int, e: int) -> bool:
    """The mention of a document's signer or author ("Quyết định số 12 do Chủ tịch UBND
    tỉnh X ký", "Chỉ thị của Bộ trưởng X", "trao Bằng khen của Thủ tướng X"), of someone
    at another time ("X từng nhấn mạnh", "Chủ tịch X lúc sinh thời")."""
    g = _grammar()
    if g["signed"].match(view, w.end, e) or g["once"].match(view, w.end, e):
        return True
    lead = masked[max(s, w.start - 100):w.start]
    if g["spouse_before"].search(lead) or g["credit"].search(lead) or (
            w.mention is not None and g["spouse_after"].match(view, w.mention.found.end, e)):
        return True  # a spouse ("cùng phu nhân X", "bà X, phu nhân Bộ trưởng Y"), a photo's credit
    of = re.search(r"(?<![\w])(?:của|do)\s+(?:[^\s,;:]+\s+){0,2}$", lead, re.IGNORECASE)
    if of is None:
        return False
    clause = re.split(r"[,;:]", lead[:of.start()])[-1]
    return g["document"].search(clause) is not None or g["speech_noun"].search(clause) is not None


def _at_the_meeting(view: str, masked: str, whos: list[_Who], s: int, e: int,
                    rosters: list[tuple[int, int]]) -> list[_Who]:
    """The mentions that may be of people at the meeting: not a document's signer or
    author, nor someone at another time (:func:`_not_the_meeting`), nor a possessor joined
    to one by "và (của)" ("quán triệt bài phát biểu của đồng chí A, Tổng Bí thư và của đồng
    chí B": neither), nor one named in a roster (:func:`_in_roster`)."""
    out = []
    dropped: _Who | None = None
    for w in whos:
        if _not_the_meeting(view, masked, w, s, e) or _in_roster(view, w, s, rosters) or (
                dropped is not None and _roster()["chain"].fullmatch(masked, dropped.end, w.start)):
            dropped = w
            continue
        dropped = None
        out.append(w)
    return out


@cache
def _roster() -> dict[str, re.Pattern[str]]:
    r = lexicon.load("cues")["roster"]
    people = lexicon.load("people")
    hon = alternation([*people["honorifics"]["words"], *people["degrees"]["words"]])
    head = rf"(?<![\w])(?:{alternation(r['nouns'])})(?![\w])(?:\s+[^\s,.;:]+){{0,6}}?"
    return {
        # "hồ sơ đề cử: | Ông X", "Danh sách người ứng cử gồm: | ...", "hồ sơ ... của | ông X"
        "inline": re.compile(rf"{head}\s*(?::|\s(?:{alternation(r['opens'])})(?![\w]))", re.IGNORECASE),
        # a line ending with the roster's colon: its items are on the lines after it
        "header": re.compile(rf"{head}\s*:\s*$", re.IGNORECASE),
        # another possessor of what the one before possesses: "của A, ... và của B", "của A và B"
        "chain": re.compile(rf"\s*[,;]?\s*(?:và|cùng)\s+(?:của\s+)?(?:(?i:{hon})\.?\s*)*"
                            rf"|\s*[,;]\s*của\s+(?:(?i:{hon})\.?\s*)*", re.IGNORECASE),
    }


def _roster_lines(view: str) -> list[tuple[int, int]]:
    """The spans of the lines under a roster's header ("Hồ sơ đề cử:" ending its line),
    up to a long line or a blank one."""
    if ":" not in view:
        return []
    g = _roster()
    longest = int(lexicon.load("cues")["roster"]["max_words"])
    out = []
    for m in re.finditer(r":[ \t]*\n", view):
        line = view.rfind("\n", 0, m.start()) + 1
        if not g["header"].search(view, line, m.start() + 1):
            continue
        a = b = m.end()
        while b < len(view):
            nl = view.find("\n", b)
            nl = len(view) if nl < 0 else nl
            if not view[b:nl].strip() or len(view[b:nl].split()) > longest:
                break
            b = nl + 1
        if b > a:
            out.append((a, b))
    return out


def _in_roster(view: str, w: _Who, s: int, rosters: list[tuple[int, int]]) -> bool:
    """Is the mention named in a roster: after its noun and what opens it in the sentence
    ("hồ sơ đề cử: Ông X"), or on a line under its header?"""
    return any(a <= w.start < b for a, b in rosters) or _roster()["inline"].search(view, s, w.start) is not None


def _bare_titles(view: str, s: int, e: int, people: dict[str, Person],
                 taken: list[tuple[int, int]]) -> list[_Who]:
    """Titles standing alone in the sentence, each for the one person of the report who
    holds it: "Chủ tịch Hội đồng kết luận", "Bộ trưởng đánh giá cao ...".  A title that
    another person of the report holds too, or a plural ("các Phó Chủ tịch"), names
    nobody."""
    out = []
    for h in heads_in(view, s, e):
        a = h.start()
        if any(x <= a < y for x, y in taken) or (a > 0 and view[a - 1].isalnum()):
            continue
        t = parse_title(view, a)
        if t is None:
            continue
        taken.append((a, t.end))
        if t.former or re.search(r"(?<![\w])(?:các|những|hai|ba|\d+)\s+$", view[max(s, a - 8):a], re.IGNORECASE):
            continue
        written = fold(title_parts(view, t)[0]).casefold()
        end = t.end
        writings = [written]
        bracket = _grammar()["body_bracket"].match(view, t.end, e)
        if bracket:
            # its body in brackets after it: "Trưởng ban (Ban Tuyên giáo)" is "Trưởng ban Tuyên giáo"
            body = fold(bracket[1]).casefold()
            last, first = written.rsplit(" ", 1)[-1], body.split(" ", 1)[0]
            writings.insert(0, written + body[len(first):] if last == first else f"{written} {body}")
            end = bracket.end()
        for wr in writings:
            holders = {k for k, p in people.items()
                       if p.mentions and any(_holds(fold(r.title).casefold(), wr) for r in p.roles)}
            if len(holders) == 1:
                out.append(_Who(a, end, holders.pop(), None))
                break
    return out


def _holds(role: str, written: str) -> bool:
    """The role is the title written, or that title with more of its body ("Bộ trưởng"
    of "Bộ trưởng Bộ Khoa học và Công nghệ"; "Chủ tịch UBND tỉnh" of its province's), or
    the title written names the place the role leaves unnamed ("Chủ tịch UBND tỉnh Lai
    Châu" of "Chủ tịch UBND tỉnh")."""
    if role == written or (role.startswith(written) and not role[len(written)].isalnum()):
        return True
    if written.startswith(role + " ") and re.search(r"(?:tỉnh|thành phố|huyện|thị xã|quận)$", role):
        return written[len(role) + 1:] in _places()
    return False


@cache
def _places() -> frozenset[str]:
    """Names of provinces and districts, folded and lower-cased."""
    out = set()
    for p in lexicon.provinces().values():
        out.update(fold(x).casefold() for x in (p.name, *p.aliases, *p.districts))
    return frozenset(out)


def _group(view: str, cues: list[_Cue]) -> list[list[_Cue]]:
    """Cues joined by "và" or a comma and nothing else are verbs of one subject:
    "khai mạc và chủ trì hội nghị", "dự và phát biểu"."""
    out: list[list[_Cue]] = []
    for c in cues:
        if out and re.fullmatch(r"\s*(?:,|và|đồng thời|,\s*đồng thời)\s*", view[out[-1][-1].end:c.start],
                                re.IGNORECASE):
            out[-1].append(c)
        else:
            out.append([c])
    return out


def _bare_cues(view: str, bare: list[_Who], cues: list[_Cue], s: int, e: int) -> list[tuple[_Who, _Cue]]:
    """What a title standing alone as a clause's subject did: the cue right after it
    ("Chủ tịch UBND tỉnh đã chủ trì", "Bộ trưởng đánh giá cao"), the grammar of what it
    said, or its opinion ("Theo Giám đốc Sở, ...")."""
    out = []
    g = _grammar()
    for w in bare:
        head = view[s:w.start]
        according = re.search(r"(?<![\w])theo\s+(?:(?:đồng chí|ông|bà)\s+)?$", head, re.IGNORECASE)
        if according and g["according_start"].search(head[:according.start()]) and re.match(r"\s*,", view[w.end:e]):
            out.append((w, _Cue("according", according.start() + s, according.end() + s)))
            continue
        if not (g["clause_start"].search(head) or g["heard"].search(head)):
            continue
        gap = g["aspect"].match(view, w.end, e)
        nxt = next((c for c in cues if c.start == gap.end() and c.kind in ("chair", "speak", "direct")), None)
        if nxt is not None:
            out.append((w, nxt))
        else:
            out += _subject_cues(view, [w], s, e)
    return out


def participation(report: Report, mentions: list[Mention], people: dict[str, Person]) -> None:
    view = report.view
    masked = _masked(view, [(t.start, t.end) for mt in mentions for t in mt.titles])
    by_sentence: dict[tuple[int, int], list[Mention]] = {}
    sents = _sentences(view)
    i = 0
    for mt in sorted((m for m in mentions if m.person), key=lambda m: m.found.start):
        while i < len(sents) and sents[i][1] <= mt.found.start:
            i += 1
        if i < len(sents) and sents[i][0] <= mt.found.start:
            by_sentence.setdefault(sents[i], []).append(mt)
    g = _grammar()
    found = sorted(_scan(masked) + _chairs_in_titles(view, mentions) + _receptions(masked), key=lambda c: c[1])
    j = 0
    lay = layout(report)
    foot, body_start = lay.foot, lay.body_start
    when = _report_when(report)
    rosters = _roster_lines(view)
    later: list[tuple[_Who, _Cue]] = []
    for s, e in sents:
        if s >= foot:
            break  # the furniture under the article: related articles, comments, the footer
        ms = by_sentence.get((s, e), [])
        while j < len(found) and found[j][1] < s:
            j += 1
        k = j
        while k < len(found) and found[k][1] < e:
            k += 1
        here = found[j:k]
        if not ms and not any(kind in _TELLING for kind, _, _ in here):
            continue
        if g["other_time"].match(view, s, e):
            continue  # "Trước đó, ...": an earlier event, not the meeting
        if _another_occasion(view, s, e, here, when):
            continue  # "Tại hội nghị tổng kết năm trước, ...", "Ảnh: Lễ ký kết năm 2019"
        if not here and ms and s >= body_start and _portrait(view, masked, ms, s, e) and not any(
                a <= s < b for a, b in rosters):
            # alone on a caption line with the titles: pictured at the meeting
            for mt in ms:
                people[mt.person].attended.append(Span.of(report.text, mt.found.start, mt.found.end))
            continue
        later += _sentence(report, masked, here, s, e, ms, people, rosters)
    # A national leader's title alone names the holder only where the holder is there by
    # name: "Thủ tướng yêu cầu ..." of a directive quoted is no speech of a Prime Minister
    # the report names elsewhere.  A province's titles are its officials at the meeting.
    for w, cue in later:
        p = people[w.person]
        if p.attended or p.chaired or p.spoke or not any(r.national for r in p.roles):
            _record(p, cue, report.text)


def _sentence(report: Report, masked: str, found: list[tuple[str, int, int]], s: int, e: int, ms: list[Mention],
              people: dict[str, Person], rosters: list[tuple[int, int]]) -> list[tuple[_Who, _Cue]]:
    """Who took part by the sentence ``view[s:e]``; what its titles standing alone did
    is returned, for the holders who take part by name."""
    view = report.view
    text = report.text
    g = _grammar()
    line_start = view.rfind("\n", 0, s) + 1
    line_end = view.find("\n", e)
    caption = len(view[line_start:line_end if line_end >= 0 else len(view)].split()) <= 25
    whos = [_Who(mt.found.start, _own_end(view, mt, s, e), mt.person, mt) for mt in ms]
    whos = _at_the_meeting(view, masked, whos, s, e, rosters)
    cues = _sentence_cues(view, masked, found, s, e, caption, [w.start for w in whos])
    subject = _subject_cues(view, whos, s, e)
    # A council's members by their function in it: "Hội đồng do ông A làm Chủ tịch Hội
    # đồng; bà B làm Phó Chủ tịch Hội đồng" (A chaired, B attended); "Chủ tịch Hội đồng X".
    for k, w in enumerate(whos):
        item_end = whos[k + 1].start if k + 1 < len(whos) else e
        found = [(m.group("post"), m.start("post"), m.end())
                 for m in g["council"].finditer(view, w.start, item_end)][:1]
        if not found and g["council_word"].search(view, s, w.start):
            # the post alone, the council named before: "Hội đồng ... do ông X ... làm Chủ tịch"
            alone = g["council_alone"].match(view, _own_end(view, w.mention, s, item_end), item_end) \
                if w.mention is not None else None
            if alone:
                found.append((alone.group("post"), alone.start("post"), alone.end()))
            elif m := g["council_before"].search(view, max(s, w.start - 60), w.start):
                found.append((m.group("post"), m.start("post"), m.end()))
        if not found and w.mention is not None:
            for t in w.mention.titles:
                m = g["council_title"].fullmatch(view, t.start, t.end)
                if m and t.end <= w.start:
                    found.append((m.group("post"), t.start, t.end))
                    break
        for post, a, b in found:
            kind = "chair" if g["council_chair"].fullmatch(post) else "attend"
            subject.append((w, _Cue(kind, a, b)))
    # The subject of a clause, doing something: there, whatever the verb.
    for w in whos:
        m = g["acted"].match(view, _past_aside(view, w.end, e), e)
        if m and not (m.group("comma") and w.end == w.mention.found.end) and _is_subject(view, masked, w, s):
            subject.append((w, _Cue("attend", m.end() - len(m.group(0).split()[-1]), m.end())))
    taken = [(t.start, t.end) for mt in ms for t in mt.titles] + [(mt.found.start, mt.found.end) for mt in ms]
    bare = _bare_cues(view, _bare_titles(view, s, e, people, taken), cues, s, e) if cues or subject else []
    if not cues and not subject:
        return bare
    # A cue of the sentence is everyone's in it; with none, the grammar's are their own.
    if cues:
        for w in whos:
            people[w.person].attended.append(Span.of(text, cues[0].start, cues[0].end))
    for w, cue in subject:
        _record(people[w.person], cue, text)
    presidium = g["presidium"].search(view, s, e)
    if presidium:
        for w in whos:
            if w.start > presidium.end():
                _record(people[w.person], _Cue("chair", presidium.start(), presidium.end()), text)
    groups = _group(view, cues)
    bounding = [gr for gr in groups if any(c.kind in _TELLING and c.kind != "according" for c in gr)]
    for gr in groups:
        kinds = {c.kind for c in gr}
        if not kinds & set(_TELLING):
            continue
        gs, ge = gr[0].start, gr[-1].end
        prev_end = max((b[-1].end for b in bounding if b[-1].end <= gs), default=s)
        next_start = min((b[0].start for b in bounding if b[0].start >= ge), default=e)
        before = [w for w in whos if prev_end <= w.start < gs]
        after = [w for w in whos if ge <= w.start < next_start]
        if gr[-1].kind == "speech_of":
            # "nghe tham luận của ông A, ... và của bà B": the possessors spoke
            for w in _possessors(view, masked, ge, after, cues):
                for cue in gr:
                    if cue.kind == "speech_of":
                        _record(people[w.person], cue, text)
            continue
        if kinds == {"according"}:
            near = after and g["according_gap"].fullmatch(_untitled(view, ge, after[0].start, after[0]))
            targets = after[:1] if near else []
        elif kinds & {"chair", "direct"}:
            # A list's items are set off by semicolons, and the verb of an item is
            # that item's own: "Dự có ông A, Phó Chủ tịch UBND tỉnh; bà B, Giám đốc
            # Sở chủ trì hội nghị" (B chaired, A attended).  Co-chairs ("đồng chủ
            # trì") may be listed item by item: "đồng chí A, ...; đồng chí B, ...
            # đồng chủ trì".
            # A list that is the verb's subject gives the verb to every item: "Các đồng chí:
            # A, Phó Thủ tướng; B, Bộ trưởng ...; C, Chủ tịch UBND tỉnh chủ trì hội nghị";
            # co-chairs so too where the list begins its clause ("Đồng chí A, ...; đồng chí
            # B, ... đồng chủ trì"), not where a cue heads it ("Tham dự có ông A, ...; ông B
            # và bà C đồng chủ trì": B and C).
            item = view.rfind(";", prev_end, gs)
            if re.match(r"đồng\s", view[gs:ge], re.IGNORECASE):
                whole = _begins_clause(masked, before, prev_end)
            else:
                whole = _subject_list(view, masked, before, prev_end)
            if item >= 0 and not whole:
                before = [w for w in before if w.start > item]
            if item >= 0 and not view[item + 1:gs].strip(" ,:–-"):
                # the verb opens its item, its people after it: "Chủ trì hội nghị, ông A;
                # đồng chủ trì, Giám đốc Sở Nội vụ ông B" (B co-chaired)
                before = []
            # Asked to chair is a task given: "ông A giao Sở Nội vụ chủ trì hội nghị ...".
            if before and g["asked"].search(masked, before[-1].end, gs):
                before = []
            # After the verb, its people run to the next cue of taking part: "Chủ trì
            # hội nghị có ông A; tham dự có ông B" (B only attended).
            # The first of them comes in the verb's own clause, or the verb's object was
            # a body: "dưới sự chủ trì của Thường trực HĐND tỉnh, với sự tham dự của ông
            # A" (A attended).
            # ... unless the verb and its meeting open the sentence, the subject of the
            # clause after them its doer: "Chủ trì hội nghị, đồng chí A, Chủ tịch UBND tỉnh
            # nhấn mạnh ..." (A chaired).
            if after and re.search(r"[,;]", _untitled(view, ge, after[0].start, after[0])) and not (
                    not view[s:gs].strip(" -–(") and g["opener"].fullmatch(view, ge, after[0].start)):
                after = []
            if after:
                stop = next((c.start for c in cues if c.kind == "attend" and after[0].start < c.start), e)
                after = [w for w in after if w.start < stop]
                # ... and only while the list goes on: "Dưới sự chủ trì của đồng chí A, Chủ
                # tịch UBND tỉnh, hội nghị đã nghe đồng chí B ..." (a clause of its own: B
                # did not chair); "Chủ trì có ông A cùng lãnh đạo các sở, ông B ..." (with
                # him: B attended)
                listed = after[:1]
                for w in after[1:]:
                    if not g["list_gap"].fullmatch(masked, listed[-1].end, w.start):
                        break
                    listed.append(w)
                after = listed
            targets = before or after
        else:
            # The speaker is the last person before the verb in its own item of a list,
            # else the first after it: "ông A, ...; các thành viên ... đề xuất" is no
            # speech of A's.
            item = view.rfind(";", prev_end, gs)
            listed = _subject_list(view, masked, before, prev_end)
            if item >= 0 and not listed:
                before = [w for w in before if w.start > item]
            targets = before if listed else before[-1:] if before else after[:1]
            if before and _requested(view, before[-1], s):
                targets = []  # "ông A yêu cầu ông B báo cáo": B is asked to
        for w in targets:
            for cue in gr:
                _record(people[w.person], cue, text)
    return bare


def _possessors(view: str, masked: str, ge: int, after: list[_Who], cues: list[_Cue]) -> list[_Who]:
    """The speakers of a speech named as a noun before "của": the first right after it,
    and those joined to it as the list goes on, up to the next cue of taking part ("tham
    luận của ông A, Giám đốc Sở Y tế và của bà B", "ý kiến của TS. A; ThS. B")."""
    g = _grammar()
    if not after or not g["of_first"].fullmatch(_untitled(view, ge, after[0].start, after[0])):
        return []  # "báo cáo của Sở Y tế, ông X ...": a body's, not the person's after it
    stop = next((c.start for c in cues if c.kind == "attend" and after[0].start < c.start), len(view))
    listed = after[:1]
    for w in after[1:]:
        if w.start >= stop or not g["of_gap"].fullmatch(masked, listed[-1].end, w.start):
            break
        listed.append(w)
    return listed


# A plural honorific that opens a list ("Các đồng chí:", "hai ông").
_PLURAL = re.compile(r"(?<![\w])(?:các|hai|ba|bốn|những)\s+(?:đồng chí|đ/c|ông|bà|vị)(?![\w])", re.IGNORECASE)


def _list_start(before: list[_Who]) -> int:
    """Where the first person of a list begins, with the titles before the name."""
    first = before[0]
    if first.mention is None:
        return first.start
    return min([first.start, *(t.start for t in first.mention.titles if t.end <= first.start)])


def _begins_clause(masked: str, before: list[_Who], prev_end: int) -> bool:
    """Does the list begin its clause (after its honorifics, a plural one too), no cue
    heading it ("Đồng chí A, ...; đồng chí B, ..." but not "Tham dự có ông A, ...")?"""
    if not before:
        return False
    head = masked[prev_end:_list_start(before)]
    plural = list(_PLURAL.finditer(head))
    if plural and not head[plural[-1].end():].strip(" :"):
        head = head[:plural[-1].start()]
    return _grammar()["agent_start"].search(head) is not None


def _subject_list(view: str, masked: str, before: list[_Who], prev_end: int) -> bool:
    """Are the people before a verb one list that is its subject: opened by a plural
    honorific at its clause's start, the sentence's or after an adverbial's comma
    ("Các đồng chí: A, ...; B, ... chủ trì", "Tại điểm cầu tỉnh, các đồng chí: A; B; C
    dự ..."), or a passive's agents ("Hội nghị do ông A, ...; bà B, ... chủ trì"); not a
    list its own cue heads ("Dự có các đồng chí: A, ...; B, ... chủ trì": B chaired)?"""
    if len(before) < 2:
        return False
    a = _list_start(before)
    if _grammar()["agent"].search(masked, prev_end, a):
        return True  # a passive's agents: "Hội nghị do đồng chí A, ...; đồng chí B, ... chủ trì"
    openers = list(_PLURAL.finditer(masked, prev_end, a))
    opener = openers[-1] if openers else None
    if opener is None or masked[opener.end():a].strip(" :"):
        return False
    left = view[prev_end:opener.start()].rstrip()
    return not left or left[-1] in ",;:"


def _untitled(view: str, a: int, b: int, w: _Who) -> str:
    """``view[a:b]`` without the titles of ``w`` in it: "Theo | Phó Giám đốc Sở X | ông"."""
    gap = view[a:b]
    if w.mention is not None:
        for t in w.mention.titles:
            if a <= t.start and t.end <= b:
                gap = gap.replace(view[t.start:t.end], " ")
    return gap.strip(" ,:")


def _record(p: Person, c: _Cue, text: str) -> None:
    span = Span.of(text, c.start, c.end)
    if c.kind == "chair":
        p.chaired.append(span)
    elif c.kind in ("speak", "direct", "according", "speech_of"):
        p.spoke.append(span)
    else:
        p.attended.append(span)
