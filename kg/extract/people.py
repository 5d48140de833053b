"""Officials: their names, every role the report gives them, and how they took part.

Names are found by their shape in Vietnamese: a run of two to four capitalised
syllables.  A run is a name when its context says so (an honorific or degree before
it: "đồng chí", "Đ/c", "ông", "PGS.TS."; a title right before it: "Chủ tịch UBND tỉnh
Võ Văn Hưng"; a title right after it: "Trần Quốc Tỏ, Ủy viên Trung ương Đảng"), or,
with no such context, when it starts with a Vietnamese family name and underthesea
tags it a proper noun.  Places, bodies and streets are never names.

Roles are parsed with the title grammar of :mod:`kg.extract.titles`, after the name
("X, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh"), before it ("Phó Chủ tịch UBND tỉnh X"), and
after "giữ chức vụ", "làm", "được bổ nhiệm".

Participation is read from the sentence: a cue to attend (dự, tham dự, có sự tham gia
của, làm việc với ...), to chair (chủ trì ...) or to speak (phát biểu, báo cáo, kết
luận, chỉ đạo ...) in the sentence of a mention, attributed to the people it governs.
A report that is about no meeting has no participants.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from .. import lexicon, nlp
from ..models import Byline, MeetingResult, Person, PersonMention, RoleMention, Span
from ..models import Report as ReportModel
from ..normalize import fold, squash, unmix
from .province import province_mentions, scan
from .text import CAP_WORD, LOWER, UPPER, sentences
from .titles import Title, expand, head_at, head_first_words, heads_in, parse_title, title_parts

# ------------------------------------------------------------------ lexicons


@cache
def _surnames() -> frozenset[str]:
    return frozenset(fold(w) for w in lexicon.load("people")["surnames"]["words"])


@cache
def _not_names() -> frozenset[str]:
    out = {fold(w).lower() for w in lexicon.load("people")["not_names"]["words"]}
    for p in lexicon.provinces().values():
        out.add(fold(p.name).lower())
        out.update(fold(a).lower() for a in p.aliases)
        out.update(fold(d).lower() for d in p.districts)
    return frozenset(out)


def _alts(ws: list[str] | tuple[str, ...]) -> str:
    return "|".join(re.escape(fold(w)).replace(r"\ ", r"\s+") for w in sorted(set(ws), key=len, reverse=True))


@cache
def _honorific_re() -> re.Pattern[str]:
    people = lexicon.load("people")
    hon = _alts(people["honorifics"]["words"])
    deg = _alts(people["degrees"]["words"])
    # "các đồng chí:", "Đ/c", "ông", then any chain of degrees: "Giáo sư, Viện sĩ, Tiến sĩ", "PGS.TS."
    # Not the end of a compound: the "CN" of "KH&CN" is not a degree (Cử nhân).
    return re.compile(
        rf"(?<![\w/&])(?:(?:các\s+)?(?P<hon>{hon})\s*:?\s+)?(?P<deg>(?:(?:{deg})\.?\s*,?\s*)+)?$",
        re.IGNORECASE,
    )


# Characters between an honorific or degree and what follows it ("ông:", "PGS.TS.", "TS, "),
# besides white space.
_HON_GAP = frozenset(".,:")


@cache
def _honorific_tails() -> tuple[str, ...]:
    """The last piece of every honorific and degree, lower-cased ("chí" of "đồng chí", "ts"
    of "PGS.TS"): a run whose preceding word is none of these has no honorific before it,
    and the costly search of :func:`_honorific_re` is skipped."""
    people = lexicon.load("people")
    words = [*people["honorifics"]["words"], *people["degrees"]["words"]]
    return tuple(sorted({re.split(r"[\s.,:]+", fold(w).lower().strip(" .,:"))[-1] for w in words}))


def _word_before(text: str) -> str:
    """The last word of ``text`` (letters, digits, "/" and "&", as the lookbehind of
    :func:`_honorific_re` counts them) once its trailing white space and _HON_GAP are gone."""
    end = len(text)
    while end and (text[end - 1] in _HON_GAP or text[end - 1].isspace()):
        end -= 1
    start = end
    while start and (text[start - 1].isalnum() or text[start - 1] in "_/&"):
        start -= 1
    return text[start:end].lower()


@cache
def _capital_honorifics() -> frozenset[str]:
    return frozenset(fold(w).lower() for w in lexicon.load("people")["honorifics"]["words"] if " " not in w)


@cache
def _degree_words() -> frozenset[str]:
    return frozenset(fold(w).lower().rstrip(".") for w in lexicon.load("people")["degrees"]["words"])


@cache
def _place_heads() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])(?:{_alts(lexicon.load('people')['place_heads']['words'])})\s*$")


@cache
def _cues() -> dict[str, re.Pattern[str]]:
    c = lexicon.load("cues")

    def rx(phrases: list[str]) -> re.Pattern[str]:
        return re.compile(rf"(?<![\w])(?:{_alts(phrases)})(?![\w])", re.IGNORECASE)

    return {
        "attend": rx(c["attend"]["phrases"]),
        "chair": rx(c["chair"]["phrases"]),
        "speak": rx(c["speak"]["phrases"]),
        "according": rx(c["speak"]["according_to"]),
        "listing": rx(c["listing"]["phrases"]),
        "appointment": rx(c["appointment"]["phrases"]),
        "meeting": rx(c["meeting_nouns"]["phrases"]),
        "not": rx(c["not_cues"]["phrases"]),
    }


# Words that are never the first word of a name although capitalised: position and
# body words, sentence openers ("Phó", "Sở", "Theo", "Tại" ...).
_NOT_FIRST = frozenset(
    "sở ban hội liên công trung văn lãnh đoàn các những đồng ông bà anh chị tại theo về dự tham phát báo kết sau "
    "trong ngày sáng chiều tối năm tháng quyết nghị thông kế luật tin ảnh toàn quang đại thành tỉnh huyện xã "
    "phường quận thị cục vụ viện bộ hiệu chánh chi thủ thứ tổng ủy uỷ giám chủ bí trưởng phó cán "
    "nhà giáo tiến thạc bác kỹ đ/c đc hội nghị lễ buổi".split()
)

_WORD = re.compile(rf"{CAP_WORD}|[{LOWER}{UPPER}]+")


@dataclass
class _Run:
    """Capitalised words next to each other, separated by single spaces only."""

    words: list[tuple[int, int]]

    @property
    def start(self) -> int:
        return self.words[0][0]

    @property
    def end(self) -> int:
        return self.words[-1][1]


_CAPW = rf"[{UPPER}][{LOWER}]*(?:'[{UPPER}{LOWER}][{LOWER}]*)?(?![\w'])"
_RUN = re.compile(rf"(?<![\w'])(?:{_CAPW})(?:[ \u00a0](?:{_CAPW}))*")
_RUN_WORD = re.compile(r"[^ \u00a0]+")


@lru_cache(maxsize=64)
def _cap_runs(view: str) -> tuple[_Run, ...]:
    """Capitalised words next to each other, separated by single spaces ("Nguyễn Văn A");
    an all-capitals word ("UBND", "KH&CN") or anything else ends a run."""
    out = []
    for m in _RUN.finditer(view):
        out.append(_Run([(m.start() + w.start(), m.start() + w.end()) for w in _RUN_WORD.finditer(m.group(0))]))
    return tuple(out)


@dataclass
class _Found:
    start: int
    end: int
    honorifics: tuple[str, ...]
    strong: bool
    reference: bool = False  # a given name alone after an honorific: "ông Bửu"
    truncated: bool = False  # runs into the end of an excerpt: "Nguyễn Tiến D"


def _words_text(view: str, words: list[tuple[int, int]]) -> list[str]:
    return [view[s:e] for s, e in words]


def _is_nameish(view: str, words: list[tuple[int, int]]) -> bool:
    ws = _words_text(view, words)
    if not ws or ws[0].lower() in _NOT_FIRST or ws[0].lower() in head_first_words():
        return False
    if " ".join(ws).lower() in _not_names():
        return False
    # A name contains no place: "Quảng Ngãi Nguyễn Ngọc Sâm" is split before it is tested.
    return all(len(w) <= 7 for w in ws)


def _surname_suffix(view: str, run: _Run, min_len: int = 2, max_len: int = 4) -> int | None:
    """Index in the run where a name starting with a family name begins, or None.

    The part before it must be a place or nothing: "Quảng Ngãi Nguyễn Ngọc Sâm".  A family
    name may have two words ("Âu Dương Minh")."""
    ws = _words_text(view, run.words)
    surnames = _surnames()
    n = len(ws)
    for i in range(n):
        if ws[i] not in surnames and " ".join(ws[i:i + 2]) not in surnames:
            continue
        if not (min_len <= n - i <= max_len):
            continue
        prefix = " ".join(ws[:i]).lower()
        if i == 0 or prefix in _not_names():
            return i
        if i == 1 and prefix in _bare_bodies() and _head_ends_at(view, run.start):
            return i  # "Giám đốc Sở | Phạm Văn Cảnh"
    return None


@cache
def _bare_bodies() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon.load("people")["bare_bodies"]["words"])


def _head_ends_at(view: str, pos: int) -> bool:
    """A position head ends right before ``pos`` (spaces apart): "Giám đốc | Sở ..."."""
    return any(not view[h.end():pos].strip() for h in heads_in(view, max(0, pos - 30), pos))


def _find_names(report: ReportModel, exclude: list[tuple[int, int]]) -> list[_Found]:
    view = report.view
    text_end = len(view.rstrip())
    hon_re = _honorific_re()
    tails = _honorific_tails()
    found: list[_Found] = []
    excluded = {i for s, e in exclude for i in range(s, e)}
    for run in _cap_runs(view):
        # Words inside a byline or a place's name are not part of a name:
        # "UBND tỉnh Quảng Ngãi Nguyễn Ngọc Sâm" -> "Nguyễn Ngọc Sâm".
        kept = [w for w in run.words if w[0] not in excluded]
        if not kept:
            continue
        if len(kept) < len(run.words):
            i = run.words.index(kept[0])
            if run.words[i:] != kept:
                continue
            run = _Run(kept)
        before = view[max(0, run.start - 60):run.start]
        # Honorifics and degrees immediately before the run.
        hon: tuple[str, ...] = ()
        # (Ends with, not equals: the pattern also takes degrees run together, "TSCN".)
        m = hon_re.search(before) if _word_before(before).endswith(tails) else None  # leftmost: longest chain
        if m and not (m.group("hon") or m.group("deg")):
            m = None
        if m:
            hon = tuple(squash(x) for x in (m.group("hon"), m.group("deg")) if x)
        words = list(run.words)
        # A capitalised honorific opening the run ("Ông Võ Văn Truyền", "Bà Đỗ Thị Minh Hoa").
        if words and view[words[0][0]:words[0][1]].lower() in _capital_honorifics():
            hon = (*hon, view[words[0][0]:words[0][1]])
            words = words[1:]
        # Leading degree words inside the run ("Giáo sư Viện sĩ ...") are honorifics too.
        while words and view[words[0][0]:words[0][1]].lower().rstrip(".") in _degree_words():
            hon = (*hon, view[words[0][0]:words[0][1]])
            words = words[1:]
        if not words:
            continue
        # Cut at a position word inside the run: "Ông Nguyễn Văn A Phó Giám đốc".
        for i, (s, _e) in enumerate(words):
            if i and head_at(view, s):
                words = words[:i]
                break
        ws = _words_text(view, words)
        truncated = words[-1][1] >= text_end
        if hon:
            if len(words) == 1:
                if words[0][1] - words[0][0] >= 2 and ws[0].lower() not in _NOT_FIRST:
                    found.append(_Found(words[0][0], words[0][1], hon, True, reference=True))
                continue
            sub = _Run(words)
            i = _surname_suffix(view, sub) if len(words) > 4 else 0
            if i is None:
                i = 0
            cut = words[i:i + 5]
            if _is_nameish(view, cut) and 2 <= len(cut) <= 5:
                found.append(_Found(cut[0][0], cut[-1][1], hon, True, truncated=truncated))
            continue
        sub = _Run(words)
        i = _surname_suffix(view, sub)
        if i is None:
            # Five words, as names of the Central Highlands have ("Y Giang Gry Niê Knơng"),
            # only with a title next to them.
            i = _surname_suffix(view, sub, min_len=5, max_len=5)
            if i is None or not _title_next_to(view, words[i][0], words[-1][1]):
                continue
        cut = words[i:]
        if len(cut) < 3 and not _title_next_to(view, cut[0][0], cut[-1][1]):
            continue  # two syllables alone ("Lê Lợi", "Hà Tiên") need a title or honorific next to them
        if not _is_nameish(view, cut):
            continue
        s, e = cut[0][0], cut[-1][1]
        if i == 0 and _place_heads().search(view[max(0, s - 25):s]):
            continue
        # Strong when a title stands right before or after it.
        found.append(_Found(s, e, hon, _title_next_to(view, s, e), truncated=e >= text_end))
    return found


@cache
def _plural_before() -> re.Pattern[str]:
    """A plural honorific ending where a title starts: "các đồng chí | Phó Chủ tịch ..."."""
    words = lexicon.load("people")["plural_honorifics"]["words"]
    return re.compile(r"(?<![\w/])(?:" + _alts(words) + r")\s+$", re.IGNORECASE)


# Between the names of a list: "A, B và C", "A; B".
_LIST_GAP = re.compile(r"\s*(?:[,;]\s*(?:và\s+)?|và\s+)", re.IGNORECASE)
_COLON_GAP = re.compile(r"\s*:\s*$")


def _shared_title(view: str, ordered: list[_Mention], i: int, stops: set[int]) -> Title | None:
    """The title a list of bare names shares after a plural: "các đồng chí Phó Chủ tịch
    UBND tỉnh: A, B và C" or "các đồng chí Phó Chủ tịch UBND tỉnh A và B": A, B and C
    each hold it.  ``ordered[i]`` has no title of its own; walk back over the names
    before it that have none after them either, to the list's first name."""
    j = i
    while j > 0:
        prev, cur = ordered[j - 1], ordered[j]
        if not _LIST_GAP.fullmatch(view, prev.found.end, cur.found.start):
            break
        if any(t.start >= prev.found.end for t in prev.titles):
            return None  # "A, Giám đốc Sở, B": the names have titles of their own, no shared one
        j -= 1
    first = ordered[j].found
    title = next((t for t in ordered[j].titles if t.end <= first.start), None) if j < i else None
    if title is None:
        colon = _COLON_GAP.search(view, max(0, first.start - 6), first.start)
        if colon is None:
            return None
        title = _left_title(view, colon.start(), stops)
    if title is None or not _plural_before().search(view, max(0, title.start - 24), title.start):
        return None
    return title


# After "chủ trì": a task, not a meeting ("Viện X chủ trì thực hiện đề tài").
_TASK_AFTER = re.compile(r"\s+(?:thực hiện|xây dựng|triển khai|nghiên cứu|đề tài|nhiệm vụ|dự án)", re.IGNORECASE)
_SEP = re.compile(r"\s*(?:[,:–—-]|\()\s*")
_DASH_GAP = re.compile(r"\s*(?:[-–]\s*)?")
_RIGHT_SEP = re.compile(r"\s*(?:\([^)]{0,40}\)\s*)?(?:[,:]|[-–—])?\s*")
# A title in brackets right after the name: "ông Võ Thành Nam (Giám đốc Sở Y tế)".
_PAREN_TITLE = re.compile(r"\s*\(\s*")
_NEXT_TITLE = re.compile(r"\s*(?:,|kiêm)\s*", re.IGNORECASE)
_TENSE = re.compile(r"\s*(?:đã\s+|sẽ\s+)?")
_SPACES = re.compile(r"\s*")


def _title_next_to(view: str, s: int, e: int) -> bool:
    """A title right after the name ("X, Phó Chủ tịch", "X - Giám đốc") or right before it."""
    sep = _SEP.match(view, e, e + 8)
    if sep and head_at(view, sep.end()):
        return True
    return _left_title(view, s, set()) is not None


def _left_title(view: str, name_start: int, stops: set[int]) -> Title | None:
    """A title that ends right before a name: "Chủ tịch UBND tỉnh Võ Văn Hưng",
    "Chủ tịch UBND tỉnh Long An - Trần Văn Cần"."""
    lo = max(0, name_start - 160)
    window_start = lo
    # Not across a clause boundary.
    for m in re.finditer(r"[,;.:()\n“”\"]|\s[-–]\s(?=\S)", view[lo:name_start]):
        if lo + m.end() < name_start - 3:
            window_start = lo + m.end()
    best = None
    for h in heads_in(view, window_start, name_start):
        t = parse_title(view, h.start(), stops | {name_start})
        if t is None:
            continue
        gap = view[t.end:name_start]
        if _DASH_GAP.fullmatch(gap):
            if best is None or t.start < best.start:
                best = t
    return best


def _right_titles(view: str, pos: int, stops: set[int]) -> list[Title]:
    """Titles listed right after a name: ", Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh", " - Giám đốc Sở"."""
    out = []
    paren = _PAREN_TITLE.match(view, pos, pos + 4)
    if paren and parse_title(view, paren.end(), stops):
        cur = paren.end()  # "ông X (Giám đốc Sở Y tế)", "bà Y (Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh)"
    else:
        m = _RIGHT_SEP.match(view, pos, pos + 50)
        cur = m.end() if m else pos
    while True:
        t = parse_title(view, cur, stops)
        if t is None:
            break
        gap = _DASH_GAP.match(view, t.end, t.end + 4)
        if gap is not None and gap.end() in stops:
            break  # "A, Phó Thủ tướng Chính phủ B": the title is B's, standing before B's name
        out.append(t)
        nxt = _NEXT_TITLE.match(view, t.end, t.end + 10)
        if not nxt:
            break
        cur = nxt.end()
        if cur in stops:
            break
    return out


def _appointed_titles(view: str, pos: int, stops: set[int]) -> list[Title]:
    """'X giữ chức vụ Giám đốc Sở', 'X làm Trưởng ban', 'được bổ nhiệm Giám đốc Sở'."""
    m = _TENSE.match(view, pos, pos + 10)
    cur = m.end() if m else pos
    a = _cues()["appointment"].match(view, cur)
    if not a:
        return []
    rest = _SPACES.match(view, a.end(), a.end() + 5)
    t = parse_title(view, rest.end() if rest else a.end(), stops)
    return [t] if t else []


# ------------------------------------------------------------------ participation


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


# ------------------------------------------------------------------ main


@dataclass
class _Mention:
    found: _Found
    person: str = ""  # key
    titles: list[Title] = field(default_factory=list)


def _key(name: str) -> str:
    return fold(name).casefold()


def extract_people(report: ReportModel, meeting: MeetingResult, bylines: list[Byline]) -> list[Person]:
    view = report.view
    text = report.text
    exclude = [(b.span.start, b.span.end) for b in bylines]
    # Names inside a province's name never count ("Lâm Đồng" is a province).
    exclude += [(m.span.start, m.span.end) for m in province_mentions(report)]
    found = _find_names(report, exclude)
    full = [f for f in found if not f.reference]
    # Shape-only candidates must be proper nouns for underthesea too.
    weak = [f for f in full if not f.strong and not f.honorifics]
    if weak:
        confirmed = _confirm_with_tagger(view, weak)
        full = [f for f in full if f.strong or f.honorifics or (f.start, f.end) in confirmed]
    stops = {f.start for f in found}
    mentions = [_Mention(f) for f in full]
    # Titles of each mention.
    for mt in mentions:
        f = mt.found
        left = _left_title(view, f.start, stops - {f.start})
        if left:
            mt.titles.append(left)
        rights = _right_titles(view, f.end, stops - {f.start})
        mt.titles.extend(rights)
        tail = rights[-1].end if rights else f.end
        mt.titles.extend(_appointed_titles(view, tail, stops - {f.start}))
    ordered = sorted(mentions, key=lambda m: m.found.start)
    for i, mt in enumerate(ordered):
        if not mt.titles:
            shared = _shared_title(view, ordered, i, stops - {mt.found.start})
            if shared:
                mt.titles.append(shared)
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
            mt = _Mention(f, person=owners[0])
            mentions.append(mt)
    mentions.sort(key=lambda m: m.found.start)
    _attach_roles(report, mentions, people)
    if meeting.is_meeting:
        _participation(report, mentions, people)
    return [p for p in people.values() if p.mentions]


def _confirm_with_tagger(view: str, weak: list[_Found]) -> set[tuple[int, int]]:
    out = set()
    for f in weak:
        s = max(0, view.rfind("\n", 0, f.start) + 1)
        e = view.find("\n", f.end)
        e = len(view) if e < 0 else e
        try:
            toks = nlp.pos_tag(view, s, e)
        except ValueError:
            continue
        inside = [t for t in toks if t.start < f.end and t.end > f.start]
        if inside and all(t.pos == "Np" for t in inside) and inside[0].start <= f.start and inside[-1].end >= f.end:
            out.add((f.start, f.end))
    return out


def _attach_roles(report: ReportModel, mentions: list[_Mention], people: dict[str, Person]) -> None:
    view = report.view
    text = report.text
    for mt in mentions:
        if not mt.person or mt.found.reference:
            continue
        p = people[mt.person]
        for t in mt.titles:
            full, org, scope = title_parts(view, t)
            org_province = None
            if org:
                places = [hit for hit in scan(view, t.start, t.end) if hit[3] >= 1.0]
                org_province = places[0][2] if places else None
            p.roles.append(RoleMention(
                title=full, span=Span.of(text, t.start, t.end), organization=org, org_province=org_province,
                national=t.head.national or scope == "national", former=t.former,
            ))
    for p in people.values():
        p.roles = _dedupe_roles(p.roles)


def _dedupe_roles(roles: list[RoleMention]) -> list[RoleMention]:
    """One role per title; a title that is the beginning of a longer one of the same
    person is the same role stated more briefly ("Viện trưởng" / "Viện trưởng Viện Ứng dụng Công nghệ")."""
    def k(r: RoleMention) -> str:
        return fold(expand(r.title)).casefold()

    keys = [k(r) for r in roles]
    out = []
    seen = set()
    for r, key in zip(roles, keys, strict=True):
        if key in seen:
            continue
        if any(other != key and other.startswith(key + " ") for other in keys):
            continue
        seen.add(key)
        out.append(r)
    return out


def _participation(report: ReportModel, mentions: list[_Mention], people: dict[str, Person]) -> None:
    view = report.view
    text = report.text
    masked = _masked(view, [(t.start, t.end) for mt in mentions for t in mt.titles])
    by_sentence: dict[tuple[int, int], list[_Mention]] = {}
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
