"""Occupancies: who held which post when, derived from all reports together.

Each report's graph states roles (``vgk:RoleAssignment``) and the post each names
(``vgk:post``, kg/posts.py).  An occupancy (``vgk:Occupancy``) gathers the statements of
one person in one post across reports.  It aggregates many reports, so it lives apart
from them, in the derived named graph ``res:graph/occupancies``, recomputed by every
build (``refresh``) so that it always says what the report graphs say.

The rules (what the reports show and no more):

* A statement's date is the date of the report's meeting (a full date), else the
  report's publication date; a statement with neither counts as evidence but gives no
  date.
* ``vgk:firstSeen`` / ``vgk:lastSeen``: the earliest and latest dates at which a report
  states the person in the post (not "nguyên": former).
* A dated report that calls the person former holder ("nguyên Giám đốc Sở") ends the
  occupancy seen before it: ``vgk:endedBy`` is the earliest such date after the last
  sighting.  If the person is seen in the post again after that date, that is a second
  occupancy; a "nguyên" before any sighting is an occupancy of its own, ended by then,
  with no span seen.
* In a post held by one person at a time (``vgk:SingleHolderPost``: heads, the standing
  deputy), another holder seen between two sightings of a person is the gap: A seen in
  2019, B in 2020, A in 2021 gives A, B, A (three occupancies).  Otherwise a person's
  sightings of a post are one occupancy, however far apart: reports that do not show a
  gap are not read as one.  Posts held by several at once (deputies, members) split only
  at a "nguyên".
* Undated statements are evidence of the holder's last occupancy (or of one with no
  dates, if all are undated).
* Succession: in a single-holder post, the occupancies with a first sighting in date
  order; each ``vgk:succeeds`` the one before it where that one was last seen (or
  ended) strictly before it was first seen.  Same-day sightings of two holders, which
  the reports contradict, give no succession.

Consistency: the derived graph records the content hash of every report it was
computed from (``vgk:derivedHash``), the posts each report named (``vgk:derivedPost``),
and a digest of them all (``vgk:sourceDigest``, with ``dcterms:hasVersion`` the version of
these rules).  A build compares the digest with the store's: equal, nothing is done (an
unchanged rebuild costs one hash of the hashes); else the reports whose hash changed,
appeared or went are found, and only the posts they name (before and after) are
computed again, in one transaction on a local store.  A build stopped before that,
or in the middle of it, leaves the digest unwritten, so the next build does it again.
A new version of these rules, a first build, a build into a fresh store, or a change to
a fifth of the reports computes the whole graph (``full``).
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pyoxigraph as ox

from .endpoint import MAX_REQUEST_BYTES, Endpoint
from .extract import sources_digest
from .store import Store, nquads
from .vocab import GRAPH_OCCUPANCIES, LABEL, RES, XSD, A, vgk

# The version of these rules: a change to this file computes every occupancy again.
DERIVATION_VERSION = sources_digest([Path(__file__)])

VERSION_MARK = ox.NamedNode("http://purl.org/dc/terms/hasVersion")
G = GRAPH_OCCUPANCIES
DATE = ox.NamedNode(XSD + "date")
_SINGLE = vgk("SingleHolderPost")

# More changed reports than this (and than a fifth of the store): the whole graph again.
FULL_AFTER = 500
# Posts per VALUES block of a query or an update.
BATCH = 200
# Bytes of N-Quads per batch of the bulk loader, as the build's writer loads reports.
LOAD_BYTES = 64 * 2**20

Target = Store | Endpoint


@dataclass(frozen=True, slots=True)
class Statement:
    """One report's statement of a person in a post."""

    ra: str  # the role assignment
    holder: str
    date: date | None
    former: bool = False


@dataclass
class Occupancy:
    holder: str
    first: date | None = None
    last: date | None = None
    ended: date | None = None
    evidence: list[str] = field(default_factory=list)
    iri: str = ""
    succeeds: str | None = None


@dataclass(frozen=True, slots=True)
class PostInfo:
    """A post's description as the reports give it."""

    label: str
    position: str
    single: bool
    province: str | None = None
    organization: str | None = None


@dataclass
class Refresh:
    """What a refresh did."""

    mode: str = "unchanged"  # "unchanged" | "incremental" | "full"
    reports: int = 0  # reports whose change was taken in
    posts: int = 0  # posts computed again
    occupancies: int = 0  # occupancies written


def _path(iri: str, kind: str) -> str:
    prefix = f"{RES}{kind}/"
    return iri[len(prefix):] if iri.startswith(prefix) else iri.rsplit("/", 1)[-1]


def derive(post: str, single: bool, statements: Iterable[Statement]) -> list[Occupancy]:
    """The occupancies of one post from its statements (see the module's docstring), in
    date order, with IRIs and succession."""
    by_holder: dict[str, list[Statement]] = defaultdict(list)
    for s in statements:
        by_holder[s.holder].append(s)
    # Every date anyone was seen in the post: between two consecutive sightings of one
    # person, any such date is another holder's (a gap, in a single-holder post).
    seen = sorted({s.date for ss in by_holder.values() for s in ss if s.date and not s.former}) if single else []
    out: list[Occupancy] = []
    for holder in sorted(by_holder):
        out.extend(_of_holder(post, holder, by_holder[holder], seen))
    out.sort(key=_order)
    if single:
        seen = [o for o in out if o.first is not None]
        for before, after in itertools.pairwise(seen):
            if before.last is not None and after.first is not None and before.last < after.first:
                after.succeeds = before.iri
    return out


def _of_holder(post: str, holder: str, sts: list[Statement], seen: list[date]) -> list[Occupancy]:
    """One person's occupancies of a post; ``seen``: the dates anyone was seen in it, in a
    single-holder post (else empty): one between two of this person's sightings is a gap."""
    current = sorted({s.date for s in sts if s.date and not s.former})
    formers = sorted({s.date for s in sts if s.date and s.former})
    segments: list[list[date]] = []
    for d in current:
        if segments:
            prev = segments[-1][-1]
            f = bisect.bisect_left(formers, prev)  # a "nguyên" on or after prev, before d
            b = bisect.bisect_right(seen, prev)  # someone seen after prev, before d
            if not (f < len(formers) and formers[f] < d) and not (b < len(seen) and seen[b] < d):
                segments[-1].append(d)
                continue
        segments.append([d])
    occs: list[Occupancy] = []
    # Where a "nguyên" of each occupancy may fall: from its last sighting to the next one's first.
    windows: list[tuple[date, date]] = []
    if formers and (not segments or formers[0] < segments[0][0]):
        occs.append(Occupancy(holder))  # held before any sighting, ended by the first "nguyên"
        windows.append((date.min, segments[0][0] if segments else date.max))
    for i, seg in enumerate(segments):
        occs.append(Occupancy(holder, first=seg[0], last=seg[-1]))
        windows.append((seg[-1], segments[i + 1][0] if i + 1 < len(segments) else date.max))
    if not occs:
        occs.append(Occupancy(holder))  # stated, never with a date
        windows.append((date.min, date.max))
    for o, (lo, hi) in zip(occs, windows, strict=True):
        ends = [f for f in formers if lo <= f < hi]
        o.ended = ends[0] if ends else None
    for s in sorted(sts, key=lambda s: s.ra):
        home = occs[-1]
        if s.date is not None:
            for o, (lo, hi) in zip(occs, windows, strict=True):
                if (s.former and lo <= s.date < hi) or (not s.former and o.first is not None
                                                         and o.first <= s.date <= o.last):  # type: ignore[operator]
                    home = o
                    break
        home.evidence.append(s.ra)
    for n, o in enumerate(occs, 1):
        o.iri = f"{RES}occupancy/{_path(post, 'post')}/{_path(holder, 'person')}/{n}"
    return occs


def _order(o: Occupancy) -> tuple[date, date, str, str]:
    far = date.max
    return o.first or o.ended or far, o.last or o.ended or far, o.holder, o.iri


# ------------------------------------------------------------------ reading the store

# What the report graphs say of posts, in three simple queries joined here (one query
# with all of it, its OPTIONALs per role, is some twice as slow): the roles naming the
# posts, with their holders; the posts as each graph describes them; the reports' dates.
# (A batch's VALUES goes inside the GRAPH pattern: outside it, Oxigraph 0.5 joins them
# last, some fifteen times slower.)
_ROLES = """SELECT ?r ?post ?ra ?holder ?former WHERE { GRAPH ?r { %s
  ?ra vgk:post ?post . ?holder vgk:holds ?ra . OPTIONAL { ?ra vgk:former ?former } } }"""
_POSTS = """SELECT ?r ?post ?label ?position ?province ?org ?single WHERE { GRAPH ?r { %s
  ?post rdfs:label ?label ; vgk:position ?position .
  OPTIONAL { ?post vgk:province ?province } OPTIONAL { ?post vgk:organization ?org }
  OPTIONAL { ?post a ?single FILTER (?single = vgk:SingleHolderPost) } } }"""
_DATES = """SELECT ?r ?kind ?d WHERE { GRAPH ?r { %s
  { ?r vgk:reports ?m . ?m schema:startDate ?d BIND (1 AS ?kind) }
  UNION { ?r schema:datePublished ?d BIND (2 AS ?kind) } } }"""
# The same as one query (the definition the three above answer, and what kg/occupancies
# computes from: a statement is a role naming a post whose report describes the post).
_STATEMENTS = """
SELECT ?r ?post ?ra ?holder ?former ?md ?pub ?label ?position ?single ?province ?org WHERE {
  GRAPH ?r {
    ?ra vgk:post ?post .
    ?holder vgk:holds ?ra .
    ?post rdfs:label ?label ; vgk:position ?position .
    OPTIONAL { ?post vgk:province ?province }
    OPTIONAL { ?post vgk:organization ?org }
    OPTIONAL { ?post a ?single FILTER (?single = vgk:SingleHolderPost) }
    OPTIONAL { ?ra vgk:former ?former }
    OPTIONAL { ?r vgk:reports ?m . ?m schema:startDate ?md }
    OPTIONAL { ?r schema:datePublished ?pub }
  }
}"""


def _values(var: str, iris: Iterable[str]) -> str:
    return f"VALUES ?{var} {{ " + " ".join(f"<{i}>" for i in iris) + " }"


def _date(term: object) -> date | None:
    if isinstance(term, ox.Literal) and term.datatype == DATE:
        try:
            return date.fromisoformat(term.value)
        except ValueError:
            return None
    return None


@dataclass
class Statements:
    """The statements of some posts, their descriptions (counted by the reports that give
    them), the posts of each report, and the reports read."""

    statements: dict[str, list[Statement]] = field(default_factory=lambda: defaultdict(list))
    info: dict[str, Counter[PostInfo]] = field(default_factory=lambda: defaultdict(Counter))
    of_report: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    reports: set[str] = field(default_factory=set)

    def add(self, report: str, rows: Iterable[tuple[str, Statement, PostInfo]]) -> None:
        self.reports.add(report)
        for post, statement, info in rows:
            post = sys.intern(post)  # the same post and holder in many reports: one string
            self.statements[post].append(Statement(statement.ra, sys.intern(statement.holder), statement.date,
                                                   statement.former))
            self.info[post][info] += 1
            self.of_report[report].add(post)


Row = tuple[str, Statement, PostInfo]  # (post, statement, the post as the statement's report describes it)
_POST, _HOLDS, _FORMER, _REPORTS = vgk("post"), vgk("holds"), vgk("former"), vgk("reports")
_START, _PUBLISHED = ox.NamedNode("https://schema.org/startDate"), ox.NamedNode("https://schema.org/datePublished")
_DESCRIBED = {LABEL: 0, vgk("position"): 1, vgk("province"): 2, vgk("organization"): 3}


def statements_of(quads: Iterable[ox.Quad]) -> list[Row]:
    """What ``_STATEMENTS`` selects from one report's graph, read off its quads: a build's
    worker sends them with the graph, so that a first build computes the occupancies
    without reading its reports back (kg/pipeline.py)."""
    links, holders, former, started, described = [], {}, set(), {}, {}
    meeting = published = None
    single: set[object] = set()
    for q in quads:
        p = q.predicate
        if p == _POST:
            links.append((q.subject, q.object))
        elif p == _HOLDS:
            holders.setdefault(q.object, q.subject)
        elif p == _FORMER:
            if q.object.value == "true":
                former.add(q.subject)
        elif p == _REPORTS:
            meeting = q.object
        elif p == _START:
            started.setdefault(q.subject, q.object)
        elif p == _PUBLISHED:
            published = q.object
        elif p in _DESCRIBED:
            described.setdefault((q.subject, _DESCRIBED[p]), q.object.value)
        elif p == A and q.object == _SINGLE:
            single.add(q.subject)
    when = _date(started.get(meeting)) or _date(published)
    rows = []
    for ra, post in links:
        holder, label, position = holders.get(ra), described.get((post, 0)), described.get((post, 1))
        if holder is None or label is None or position is None:
            continue
        rows.append((post.value, Statement(ra.value, holder.value, when, ra in former),
                     PostInfo(label, position, post in single, described.get((post, 2)), described.get((post, 3)))))
    return rows


def _read(store: Target, posts: list[str] | None) -> Statements:
    """The statements of ``posts`` (all posts: None) across the report graphs: what
    ``_STATEMENTS`` selects, in batches of posts."""
    got = Statements()
    blocks = [""] if posts is None else [_values("post", posts[i:i + BATCH]) for i in range(0, len(posts), BATCH)]
    for block in blocks:
        roles = list(store.query(_ROLES % block))
        described: dict[tuple[str, str], PostInfo] = {}
        for row in store.query(_POSTS % block):
            key = (row["r"].value, row["post"].value)
            described.setdefault(key, PostInfo(row["label"].value, row["position"].value, row["single"] is not None,
                                               row["province"].value if row["province"] is not None else None,
                                               row["org"].value if row["org"] is not None else None))
        started: dict[str, date | None] = {}
        published: dict[str, date | None] = {}
        if posts is None:  # every report's dates, in one scan
            _dates(store, "", started, published)
        else:
            graphs = sorted({row["r"].value for row in roles})
            for i in range(0, len(graphs), BATCH):
                _dates(store, _values("r", graphs[i:i + BATCH]), started, published)
        for row in roles:
            r, post = row["r"].value, row["post"].value
            info = described.get((r, post))
            if info is None:
                continue
            when = started.get(r) or published.get(r)
            former = row["former"] is not None and row["former"].value == "true"
            got.add(r, [(post, Statement(row["ra"].value, row["holder"].value, when, former), info)])
    return got


def _dates(store: Target, block: str, started: dict[str, date | None], published: dict[str, date | None]) -> None:
    for row in store.query(_DATES % block):
        table = started if row["kind"].value == "1" else published
        table.setdefault(row["r"].value, _date(row["d"]))


def _quads(read: Statements) -> tuple[list[ox.Quad], int]:
    """The derived quads of the posts read: each post's description, its occupancies."""
    out: list[ox.Quad] = []
    count = 0
    for post in sorted(read.statements):
        count += _post_quads(read, post, out)
    return out, count


def _post_quads(read: Statements, post: str, out: list[ox.Quad]) -> int:
    """One post's description and occupancies, appended to ``out``; how many occupancies."""
    p = ox.NamedNode(post)
    # The description most of its reports give (they differ only in how a body's name is written).
    info = min(read.info[post].items(), key=lambda kv: (-kv[1], kv[0].label, kv[0].position,
                                                        kv[0].province or "", kv[0].organization or ""))[0]
    out.append(ox.Quad(p, A, vgk("Post"), G))
    if info.single:
        out.append(ox.Quad(p, A, vgk("SingleHolderPost"), G))
    out.append(ox.Quad(p, LABEL, ox.Literal(info.label), G))
    out.append(ox.Quad(p, vgk("position"), ox.Literal(info.position), G))
    if info.province:
        out.append(ox.Quad(p, vgk("province"), ox.NamedNode(info.province), G))
    if info.organization:
        out.append(ox.Quad(p, vgk("organization"), ox.NamedNode(info.organization), G))
    found = derive(post, info.single, read.statements[post])
    for o in found:
        n = ox.NamedNode(o.iri)
        out.append(ox.Quad(n, A, vgk("Occupancy"), G))
        out.append(ox.Quad(n, vgk("holder"), ox.NamedNode(o.holder), G))
        out.append(ox.Quad(n, vgk("post"), p, G))
        for term, value in (("firstSeen", o.first), ("lastSeen", o.last), ("endedBy", o.ended)):
            if value is not None:
                out.append(ox.Quad(n, vgk(term), ox.Literal(value.isoformat(), datatype=DATE), G))
        for ra in o.evidence:
            out.append(ox.Quad(n, vgk("evidence"), ox.NamedNode(ra), G))
        if o.succeeds:
            out.append(ox.Quad(n, vgk("succeeds"), ox.NamedNode(o.succeeds), G))
    return len(found)


def _records(hashes: dict[str, str], of_report: dict[str, set[str]], reports: Iterable[str]) -> list[ox.Quad]:
    """The bookkeeping of ``reports``: the hash each was computed from, the posts it named."""
    out = []
    for r in sorted(reports):
        if r not in hashes:
            continue
        node = ox.NamedNode(r)
        out.append(ox.Quad(node, vgk("derivedHash"), ox.Literal(hashes[r]), G))
        for post in sorted(of_report.get(r, ())):
            out.append(ox.Quad(node, vgk("derivedPost"), ox.NamedNode(post), G))
    return out


def digest(hashes: dict[str, str]) -> str:
    """A SHA-256 of these rules' version and every report's content hash."""
    h = hashlib.sha256(DERIVATION_VERSION.encode())
    for r in sorted(hashes):
        h.update(f"\n{r} {hashes[r]}".encode())
    return h.hexdigest()


def current_hashes(store: Target) -> dict[str, str]:
    """Report graph -> its content hash, as the store holds them now."""
    if isinstance(store, Store):
        return store.graph_values(vgk("contentHash"))
    rows = store.query("SELECT ?g ?h WHERE { GRAPH ?g { ?g vgk:contentHash ?h } }")
    return {row["g"].value: str(row["h"].value) for row in rows}


def _marks(store: Target) -> tuple[str | None, str | None]:
    """(version, digest) the derived graph was computed with, or None."""
    rows = list(store.query(f"SELECT ?v ?d WHERE {{ GRAPH {G} {{ {G} {VERSION_MARK} ?v . "
                            f"OPTIONAL {{ {G} {vgk('sourceDigest')} ?d }} }} }}"))
    if not rows:
        return None, None
    row = rows[0]
    return str(row["v"].value), (str(row["d"].value) if row["d"] is not None else None)


def _recorded(store: Target) -> dict[str, str]:
    rows = store.query(f"SELECT ?r ?h WHERE {{ GRAPH {G} {{ ?r {vgk('derivedHash')} ?h }} }}")
    return {row["r"].value: str(row["h"].value) for row in rows}


def _old_posts(store: Target, reports: list[str]) -> set[str]:
    out: set[str] = set()
    for i in range(0, len(reports), BATCH):
        block = _values("r", reports[i:i + BATCH])
        for row in store.query(f"SELECT ?post WHERE {{ {block} GRAPH {G} {{ ?r {vgk('derivedPost')} ?post }} }}"):
            out.add(row["post"].value)
        for row in store.query(f"SELECT ?post WHERE {{ {block} GRAPH ?r {{ ?ra {vgk('post')} ?post }} }}"):
            out.add(row["post"].value)
    return out


def _marks_quads(d: str) -> list[ox.Quad]:
    return [ox.Quad(G, VERSION_MARK, ox.Literal(DERIVATION_VERSION), G),
            ox.Quad(G, vgk("sourceDigest"), ox.Literal(d), G)]


def compute(store: Target, hashes: dict[str, str] | None = None) -> list[ox.Quad]:
    """The whole derived graph the store's report graphs give (what ``refresh`` keeps)."""
    hashes = current_hashes(store) if hashes is None else hashes
    read = _read(store, None)
    quads, _ = _quads(read)
    return [*quads, *_records(hashes, read.of_report, hashes), *_marks_quads(digest(hashes))]


def refresh(store: Target, hashes: dict[str, str] | None = None, *, full: bool = False,
            known: Statements | None = None) -> Refresh:
    """Bring ``res:graph/occupancies`` up to date with the report graphs of ``store``
    (``hashes``: report -> content hash as they are now, if the caller knows them;
    ``known``: the ``statements_of`` the reports the caller has just built: where they are
    every report, computing the whole graph reads none of them back)."""
    hashes = current_hashes(store) if hashes is None else hashes
    d = digest(hashes)
    version, stored = _marks(store)
    if not full and version == DERIVATION_VERSION and stored == d:
        return Refresh()
    recorded = _recorded(store) if not full and version == DERIVATION_VERSION else {}
    changed = sorted(r for r in hashes.keys() | recorded.keys() if hashes.get(r) != recorded.get(r))
    gsp = isinstance(store, Endpoint) and store.protocol == "gsp"  # no updates: the graph is put whole
    if full or gsp or version != DERIVATION_VERSION or len(changed) > max(FULL_AFTER, len(hashes) // 5):
        return _full(store, hashes, d, known)
    posts = sorted(_old_posts(store, changed))
    if len(posts) > FULL_AFTER and 4 * len(posts) > _count_posts(store):
        return _full(store, hashes, d, known)  # a quarter of the posts or more: as fast whole
    read = _read(store, posts)
    quads, count = _quads(read)
    new = {*quads, *_records(hashes, read.of_report, changed), _marks_quads(d)[1]}
    old = _quads_of(store, posts, changed)
    if stored is not None:
        old.add(ox.Quad(G, vgk("sourceDigest"), ox.Literal(stored), G))
    # Only what differs is written: most occupancies of a post a report names stay as they were.
    update = f"DELETE DATA {{ GRAPH {G} {{\n{_triples(old - new)}}} }} ;\n" \
             f"INSERT DATA {{ GRAPH {G} {{\n{_triples(new - old)}}} }}"
    if isinstance(store, Endpoint) and len(update.encode()) > MAX_REQUEST_BYTES:
        # Too big for one request, which is one transaction: the graph is replaced whole.
        return _full(store, hashes, d)
    store.update(update)  # one transaction: readers see the old occupancies or the new
    return Refresh("incremental", len(changed), len(posts), count)


def _count_posts(store: Target) -> int:
    rows = list(store.query(f"SELECT (COUNT(?p) AS ?n) WHERE {{ GRAPH {G} {{ ?p a vgk:Post }} }}"))
    return int(rows[0]["n"].value) if rows else 0


def _quads_of(store: Target, posts: list[str], reports: list[str]) -> set[ox.Quad]:
    """What the derived graph says now of ``posts`` (their descriptions, their occupancies)
    and of ``reports`` (their records)."""
    out: set[ox.Quad] = set()
    queries = []
    for i in range(0, len(posts), BATCH):
        block = _values("post", posts[i:i + BATCH])
        queries.append(f"SELECT ?s ?p ?o WHERE {{ GRAPH {G} {{ {block} ?s {vgk('post')} ?post . ?s ?p ?o }} }}")
        queries.append(f"SELECT ?s ?p ?o WHERE {{ GRAPH {G} {{ {block.replace('?post', '?s', 1)} ?s ?p ?o }} }}")
    for i in range(0, len(reports), BATCH):
        queries.append(f"SELECT ?s ?p ?o WHERE {{ GRAPH {G} {{ {_values('s', reports[i:i + BATCH])} ?s ?p ?o }} }}")
    for q in queries:
        for row in store.query(q):
            out.add(ox.Quad(row["s"], row["p"], row["o"], G))
    return out


def _triples(quads: Iterable[ox.Quad]) -> str:
    return "".join(f"{q.subject} {q.predicate} {q.object} .\n" for q in sorted(quads, key=str))


def _full(store: Target, hashes: dict[str, str], d: str, known: Statements | None = None) -> Refresh:
    read = known if known is not None and known.reports == hashes.keys() else _read(store, None)
    if not isinstance(store, Store):
        # One update request (DROP and INSERT, one transaction), or where that is too big
        # for a request, a Graph Store Protocol PUT (Oxigraph: cleared, then loaded whole).
        quads, count = _quads(read)
        data = nquads([*quads, *_records(hashes, read.of_report, hashes), *_marks_quads(d)]).encode()
        store.add_new_graphs(data, [G.value])
        return Refresh("full", len(hashes), len(read.statements), count)
    # Dropped, then the bulk loader, in batches (at 100k reports the graph is millions of
    # quads): a load cut short is listed as unfinished and dropped on the next open, and
    # its marks, in the last batch, missing, the next build computes it again.
    store.drop_graph(G)
    chunk: list[str] = []
    size = count = 0

    def flush() -> None:
        nonlocal size
        if chunk:
            store.add_new_graphs("".join(chunk).encode(), [G.value])
            chunk.clear()
            size = 0

    def put(quads: list[ox.Quad]) -> None:
        nonlocal size
        text = nquads(quads)
        chunk.append(text)
        size += len(text)
        if size >= LOAD_BYTES:
            flush()

    for post in sorted(read.statements):
        quads: list[ox.Quad] = []
        count += _post_quads(read, post, quads)
        put(quads)
    put(_records(hashes, read.of_report, hashes))
    put(_marks_quads(d))
    flush()
    return Refresh("full", len(hashes), len(read.statements), count)
