"""No rule, lexicon entry or test copies the dev reports' names or sentences.

The dev reports in ``../shared/eval/dev`` are for measuring, not for writing rules from:
a rule that quotes them fits those reports, not the language.  This test reads every
text file of the package, the queries and the tests, and fails on

* the full name (two syllables or more) of a person the dev gold lists, as an official
  or a byline, unless the name is also in one of the seeds (``seeds/``, which belong to
  the project) or is a historical figure of the names lexicon (people.toml [figures]:
  streets and schools are named after them, and a namesake may sit in a dev report); the
  gazetteer (provinces.toml) may hold a district whose name a writer took ("Hải An");
* a run of 12 words or more of a dev report (other than a seed's), unless three dev
  reports or more share it (the stock language of the genre: a body's long name, a slogan).

It skips, saying why, when ``../shared`` is absent.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache
from pathlib import Path

import pytest

from kg import lexicon
from tests.conftest import ROOT, SEEDS, SHARED

DEV = SHARED / "eval" / "dev"
GOLD = SHARED / "eval" / "dev.gold.jsonl"
RUN = 12  # words in a row that make a copied sentence
STOCK = 3  # reports sharing a run that make it stock language
_WORD = re.compile(r"\w+")
_SUFFIXES = {".py", ".toml", ".rq", ".ttl", ".nq", ".txt", ".json", ".jsonl", ".md", ".html", ".j2", ".csv"}

pytestmark = pytest.mark.skipif(not GOLD.is_file() or not DEV.is_dir(),
                                reason="../shared/eval (the dev reports and their gold) is not here")


def _nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def _words(s: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(_nfc(s))]


def _project_files() -> list[Path]:
    out = []
    for top in ("kg", "queries", "tests", "ontology", "bench"):
        for p in sorted((ROOT / top).rglob("*")):
            if p.is_file() and p.suffix in _SUFFIXES and "__pycache__" not in p.parts:
                out.append(p)
    return [p for p in out if p.resolve() != Path(__file__).resolve()]


@cache
def _seed_text() -> str:
    return _nfc(" ".join(p.read_text(encoding="utf-8", errors="replace") for p in sorted(SEEDS.iterdir())))


def _seed_files() -> set[str]:
    return {p.name for p in SEEDS.iterdir()}


@cache
def _dev_names() -> frozenset[str]:
    figures = {_nfc(w) for w in lexicon.load("people").get("figures", {}).get("words", [])}
    seeds = _seed_text()
    names = set()
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        g = json.loads(line)
        for n in [o["name"] for o in g.get("officials", [])] + list(g.get("authors", [])):
            n = " ".join(_nfc(n).split())
            if len(n.split()) >= 2 and n not in figures and n not in seeds:
                names.add(n)
    return frozenset(names)


@cache
def _dev_runs() -> dict[str, str]:
    seeds = _seed_files()
    seed_words = _words(_seed_text())
    in_seeds = {" ".join(seed_words[i:i + RUN]) for i in range(len(seed_words) - RUN + 1)}
    where: dict[str, set[str]] = {}
    for p in sorted(DEV.iterdir()):
        if p.name in seeds:
            continue
        ws = _words(p.read_text(encoding="utf-8", errors="replace"))
        for i in range(len(ws) - RUN + 1):
            k = " ".join(ws[i:i + RUN])
            if k not in in_seeds:  # a seed's sentence is the project's own
                where.setdefault(k, set()).add(p.name)
    # A run that three reports or more share is the stock language of the genre (a
    # body's long name, a slogan, a programme's title), not one report's sentence.
    return {k: min(fs) for k, fs in where.items() if len(fs) < STOCK}


# The gazetteer lists every province's districts: public place names, of which a writer's
# pen name may be one ("Hải An", "Thanh Xuân"); there they are the places, not the writer.
_GAZETTEER = ROOT / "kg" / "lexicon" / "provinces.toml"


@cache
def _places() -> frozenset[str]:
    return frozenset(_nfc(n) for p in lexicon.provinces().values() for n in (p.name, *p.aliases, *p.districts))


@pytest.mark.parametrize("path", _project_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_dev_names(path: Path) -> None:
    text = _nfc(path.read_text(encoding="utf-8", errors="replace"))
    names = _dev_names() - _places() if path == _GAZETTEER else _dev_names()
    found = sorted(n for n in names if re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text))
    assert not found, f"{path.relative_to(ROOT)} names people of the dev reports: {', '.join(found)}"


# The catalogue of national documents holds their official titles: public facts that any
# report citing them repeats, not a report's sentence.
_TITLES_OF_DOCUMENTS = ROOT / "kg" / "lexicon" / "catalogue.toml"


@pytest.mark.parametrize("path", [p for p in _project_files() if p != _TITLES_OF_DOCUMENTS],
                         ids=lambda p: str(p.relative_to(ROOT)))
def test_no_dev_sentences(path: Path) -> None:
    ws = _words(path.read_text(encoding="utf-8", errors="replace"))
    runs = _dev_runs()
    hits = {runs[k]: k for i in range(len(ws) - RUN + 1) if (k := " ".join(ws[i:i + RUN])) in runs}
    assert not hits, f"{path.relative_to(ROOT)} copies dev reports: " + "; ".join(
        f"{f}: '{k}'" for f, k in sorted(hits.items()))
