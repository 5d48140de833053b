"""Lexicons and reference data, loaded from the TOML files beside this module.

Each file says in its comments what its entries are, with a real example each.  This
module only loads and shapes them; the extractors decide what to do with them.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

from ..errors import LexiconError
from ..normalize import fold, slug


@cache
def load(name: str) -> dict[str, Any]:
    """The parsed TOML file ``kg/lexicon/NAME.toml``."""
    try:
        raw = resources.files(__package__).joinpath(f"{name}.toml").read_text(encoding="utf-8")
        return tomllib.loads(raw)
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise LexiconError(f"lexicon {name}.toml cannot be loaded: {e}") from e


def words(name: str, table: str, key: str = "words") -> tuple[str, ...]:
    """A word list of a lexicon, folded (modern tone placement), longest first."""
    try:
        items = load(name)[table][key]
    except KeyError as e:
        raise LexiconError(f"lexicon {name}.toml has no [{table}].{key}") from e
    return tuple(sorted({fold(w) for w in items}, key=lambda w: (-len(w), w)))


# ---------------------------------------------------------------- provinces


MERGER_DAY = date(2025, 7, 1)


@dataclass(frozen=True)
class Province:
    key: str  # IRI segment: "tra-vinh", or "tuyen-quang-2025" for a post-merger unit
    name: str  # rdfs:label: "Trà Vinh"
    gso: str | None
    unit: str  # "tỉnh" | "thành phố"
    aliases: tuple[str, ...]
    districts: tuple[str, ...]
    merged_into: str | None  # key of the post-2025 unit, for provinces merged on 1 July 2025
    since: date | None = None  # for post-2025 units: the day they came to be
    members: tuple[str, ...] = ()  # for post-2025 units: the provinces merged into it


@cache
def provinces() -> dict[str, Province]:
    """Every province node, keyed by IRI segment: the 63 before the merger and the new units."""
    data = load("provinces")
    out: dict[str, Province] = {}
    for p in data["province"]:
        out[p["key"]] = Province(
            key=p["key"], name=p["name"], gso=p["gso"], unit=p["unit"], aliases=tuple(p.get("aliases", ())),
            districts=tuple(p.get("districts", ())), merged_into=p.get("merged_into"),
        )
    for u in data["province_2025"]:
        out[u["key"]] = Province(
            key=u["key"], name=u["name"], gso=None, unit="tỉnh", aliases=(), districts=(), merged_into=None,
            since=date.fromisoformat(u["since"]), members=tuple(u["members"]),
        )
    for p in out.values():
        if p.merged_into and p.merged_into not in out:
            raise LexiconError(f"provinces.toml: {p.key} is merged into unknown {p.merged_into}")
    return out


def province_as_of(key: str, when: date | None) -> Province:
    """The province node a report written on ``when`` means by the name of ``key``.

    Before the merger (or with no date) that is the old province itself; after it, a
    province whose name the new unit took ("Tuyên Quang" in 2026) is the new unit,
    while a name that disappeared ("Hà Giang" in 2026) still means the old province."""
    table = provinces()
    p = table[key]
    if when is None or not p.merged_into:
        return p
    unit = table[p.merged_into]
    if unit.since and when >= unit.since and (slug(unit.name) == p.key or unit.members == (p.key,)):
        return unit
    return p


# ---------------------------------------------------------------- catalogue


@dataclass(frozen=True)
class ShortForm:
    word: str
    number: str
    needs_issuer: bool


@dataclass(frozen=True)
class CatalogueEntry:
    number: str
    doc_type: str
    issuer: str
    issuer_name: str
    date: date
    title: str
    short: tuple[ShortForm, ...]


@cache
def catalogue() -> dict[str, CatalogueEntry]:
    """The catalogue of national documents, keyed by canonical number."""
    out = {}
    for d in load("catalogue")["document"]:
        out[d["number"]] = CatalogueEntry(
            number=d["number"], doc_type=d["type"], issuer=d["issuer"], issuer_name=d["issuer_name"],
            date=date.fromisoformat(d["date"]), title=d["title"],
            short=tuple(ShortForm(s["word"], s["number"], s["needs_issuer"]) for s in d.get("short", ())),
        )
    return out
