"""The search box: names, provinces, document numbers, posts, bodies and headlines.

The values come from the endpoint by SPARQL (``search_candidates.rq``), kept for a while
and fetched again when the store changes (``search_version.rq``).  What was typed is
matched the way ``kg query --param`` matches it, by kg/lookup.py: regardless of case,
tone marks (missing, or in the old place), NFC/NFD, spacing and punctuation
(:func:`kg.lookup.key`); a province by any of its names ("TP HCM", "Huế"); where nothing
matches, the closest values ("did you mean").  Besides the values equal to what was
typed, a search finds those that contain it as whole words ("ngoc lan" finds
"Vi Ngọc Lan"); those agreeing with the typed tone marks come first.
"""

from __future__ import annotations

import asyncio
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from .. import lookup
from .sparql import Sparql

KIND_ORDER = ("person", "province", "document", "post", "organization", "report")
MAX_HITS = 200


@dataclass(frozen=True)
class Candidate:
    iri: str
    label: str
    kind: str  # one of KIND_ORDER


@dataclass
class Found:
    hits: list[Candidate] = field(default_factory=list)
    suggestions: list[Candidate] = field(default_factory=list)  # "did you mean", when nothing matched


class Forgiving:
    """Matches typed text against ``candidates`` with kg/lookup.py's keys."""

    def __init__(self, candidates: Sequence[Candidate]) -> None:
        self.by_label: dict[str, list[Candidate]] = defaultdict(list)
        self.by_iri: dict[str, list[Candidate]] = defaultdict(list)
        for c in candidates:
            self.by_label[c.label].append(c)
            self.by_iri[c.iri].append(c)
        self.index = lookup.Index(self.by_label)
        # " key " of each label, to find a typed key as whole words inside it
        self.padded = [(f" {lookup.key(label)} ", label) for label in self.by_label]

    def _rank(self, c: Candidate) -> tuple[int, int, bytes]:
        kind = KIND_ORDER.index(c.kind) if c.kind in KIND_ORDER else len(KIND_ORDER)
        return kind, len(c.label), lookup.collation_key(c.label)

    def __call__(self, typed: str) -> Found:
        k = lookup.key(typed)
        if not k:
            return Found()
        exact: list[str] = []
        for p in lookup.provinces_named(typed):  # by any name of the province ("TP HCM", "Huế")
            exact += [c.label for c in self.by_iri.get(p.iri, [])[:1]]
        exact = list(dict.fromkeys(exact + self.index.find(typed)))  # equal; the typed tone marks preferred
        taken = set(exact)
        inside = [label for padded, label in self.padded if f" {k} " in padded and label not in taken]
        tk = lookup.tone_key(typed)
        found = [c for label in exact for c in sorted(self.by_label[label], key=self._rank)]
        found += sorted((c for label in inside for c in self.by_label[label]),
                        key=lambda c: (tk not in lookup.tone_key(c.label), *self._rank(c)))
        hits = list({(c.iri, c.kind): c for c in reversed(found)}.values())[::-1]  # first of each
        if hits:
            return Found(hits[:MAX_HITS])
        close = [c for label in self.index.close(typed, n=5) for c in self.by_label[label][:1]]
        return Found([], close)


Matcher = Callable[[Sequence[Candidate]], Callable[[str], Found]]


class Index:
    """The candidates of the search, fetched from the endpoint, refreshed when it changes."""

    def __init__(self, sparql: Sparql, matcher: Matcher | None = None, check_every: float = 10.0) -> None:
        self.sparql = sparql
        self.make = matcher or Forgiving
        self.check_every = check_every
        self._match: Callable[[str], Found] | None = None
        self._version: str | None = None
        self._checked = 0.0
        self._lock = asyncio.Lock()

    async def matcher(self) -> Callable[[str], Found]:
        async with self._lock:
            now = time.monotonic()
            if self._match is None or now - self._checked > self.check_every:
                rows = await self.sparql.rows("search_version")
                version = "|".join(f"{k}={v}" for k, v in sorted(rows[0].items())) if rows else ""
                self._checked = now
                if self._match is None or version != self._version:
                    found = await self.sparql.rows("search_candidates")
                    out = list(dict.fromkeys(Candidate(str(r["iri"]), " ".join(str(r["label"]).split()),
                                                       str(r["kind"])) for r in found))
                    self._match, self._version = self.make(out), version
            assert self._match is not None
            return self._match

    async def search(self, query: str) -> Found:
        return (await self.matcher())(query)
