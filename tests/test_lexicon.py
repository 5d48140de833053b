"""The lexicons are data with a comment and a real example each."""

from __future__ import annotations

import pytest

from kg import lexicon


@pytest.mark.parametrize(
    ("name", "table"),
    [("titles", "position"), ("titles", "position_abbreviation"), ("abbreviations", "abbreviation"),
     ("documents", "type_code"), ("documents", "issuer"), ("catalogue", "document"), ("meeting", "kind")],
)
def test_every_entry_has_an_example(name: str, table: str) -> None:
    for entry in lexicon.load(name)[table]:
        assert entry.get("example"), f"{name}.toml [{table}] {entry} has no example"


@pytest.mark.parametrize(
    ("name", "table"),
    [("people", "honorifics"), ("people", "degrees"), ("people", "surnames"), ("people", "not_names"),
     ("bylines", "byline"), ("titles", "vocabulary"), ("titles", "not_roles"), ("cues", "attend"), ("cues", "speak"),
     ("cues", "chair"), ("documents", "type_words"), ("documents", "issuer_words")],
)
def test_every_list_has_an_example(name: str, table: str) -> None:
    assert lexicon.load(name)[table].get("example")


def test_provinces() -> None:
    ps = lexicon.provinces()
    old = [p for p in ps.values() if p.since is None]
    new_units = [p for p in ps.values() if p.since is not None]
    unchanged = [p for p in old if p.merged_into is None]
    assert len(old) == 63
    assert len(new_units) + len(unchanged) == 34
    assert sorted(p.gso for p in old) == sorted({p.gso for p in old})  # codes are unique
    assert ps["tra-vinh"].gso == "84" and ps["tra-vinh"].merged_into == "vinh-long-2025"
    for u in new_units:
        assert all(ps[m].merged_into == u.key for m in u.members)


def test_catalogue_numbers_parse_as_themselves() -> None:
    from kg.extract import extract_citations
    from tests.conftest import report

    for number in lexicon.catalogue():
        got = [c.number for c in extract_citations(report(f"Văn bản {number} của cơ quan."))]
        assert got == [number]
