"""The build: parallel equals serial, unchanged reports are skipped, changed ones are
replaced, --prune removes exactly the reports that are gone."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.pipeline import build
from kg.store import Store
from tests.conftest import SEEDS, run_kg

DEV = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "dev"


def _corpus(folder: Path, copies: int = 12) -> Path:
    folder.mkdir()
    sources = sorted(DEV.glob("*.txt")) if DEV.is_dir() else sorted(SEEDS.glob("*.txt"))
    for i in range(copies):
        for f in sources:
            shutil.copy(f, folder / f"{f.stem}_{i}.txt")
    return folder


def _quads(store_dir: Path) -> list[str]:
    return sorted(map(str, ox.Store.read_only(str(store_dir))))


def test_parallel_build_gives_the_same_quads_as_serial(tmp_path: Path) -> None:
    src = _corpus(tmp_path / "in", copies=3)
    a = build([str(src)], Store(str(tmp_path / "a")), jobs=1)
    b = build([str(src)], Store(str(tmp_path / "b")), jobs=2)
    assert a.built == b.built > 50
    assert _quads(tmp_path / "a") == _quads(tmp_path / "b")


def test_unchanged_skipped_changed_replaced_and_prune(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for f in sorted(SEEDS.glob("*.txt")):
        shutil.copy(f, src / f.name)
    store_dir = tmp_path / "st"
    first = build([str(src)], Store(str(store_dir)))
    assert (first.built, first.unchanged) == (5, 0)
    second = build([str(src)], Store(str(store_dir)))
    assert (second.built, second.unchanged) == (0, 5)
    changed = src / "000_5a02dec71d9cc9a2.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("Nguyễn Quỳnh Thiện", "Nguyễn Quỳnh Thành"),
                       encoding="utf-8")
    third = build([str(src)], Store(str(store_dir)))
    assert (third.built, third.unchanged) == (1, 4)
    store = Store(str(store_dir), read_only=True)
    names = {str(r["n"].value) for r in store.query(
        "SELECT ?n WHERE { GRAPH ?g { ?g vgk:sourceFile '000_5a02dec71d9cc9a2.txt' . ?p a vgk:Official ; schema:name ?n } }")}
    assert "Nguyễn Quỳnh Thành" in names and "Nguyễn Quỳnh Thiện" not in names
    del store
    (src / "003_2d26deee78003149.txt").unlink()
    (src / "002_e160d4971ffb8074.txt").write_bytes(b"")  # still there, unreadable: not pruned
    fourth = build([str(src)], Store(str(store_dir)), prune=True)
    assert fourth.pruned == 1
    files = {str(r["f"].value) for r in Store(str(store_dir), read_only=True).query(
        "SELECT ?f WHERE { ?r a vgk:Report ; vgk:sourceFile ?f }")}
    assert files == {"000_5a02dec71d9cc9a2.txt", "001_b4d992ee26ac1802.txt", "002_e160d4971ffb8074.txt",
                     "004_2a1da29baf66937e.txt"}


def test_a_new_extractor_version_rebuilds_everything(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import kg.pipeline

    store_dir = tmp_path / "st"
    build([str(SEEDS)], Store(str(store_dir)))
    monkeypatch.setattr(kg.pipeline, "EXTRACTOR_VERSION", "test-next")
    again = build([str(SEEDS)], Store(str(store_dir)))
    assert (again.built, again.unchanged) == (5, 0)


def test_cli_prune_and_jobs(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for f in sorted(SEEDS.glob("*.txt")):
        shutil.copy(f, src / f.name)
    assert run_kg("build", str(src), "--store", str(tmp_path / "st"), "-j", "2").returncode == 0
    (src / "004_2a1da29baf66937e.txt").unlink()
    r = run_kg("build", str(src), "--store", str(tmp_path / "st"), "--prune")
    assert r.returncode == 0, r.stderr
    assert "4 reports (0 built, 4 unchanged)" in r.stderr and "1 pruned" in r.stderr


def test_an_unchanged_rebuild_starts_no_workers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import kg.pipeline

    src = _corpus(tmp_path / "in", copies=2 if DEV.is_dir() else 12)
    first = build([str(src)], Store(str(tmp_path / "st")), jobs=2)
    assert first.built > 50

    def no_pool(*_: object) -> None:
        raise AssertionError("a worker pool was started for a build with nothing to do")

    monkeypatch.setattr(kg.pipeline.multiprocessing, "get_context", no_pool)
    again = build([str(src)], Store(str(tmp_path / "st")), jobs=2)
    assert (again.built, again.unchanged) == (0, first.built)


@pytest.mark.parametrize(("first", "then", "compact", "expected"), [
    (5, 0, True, [True, False]),    # a first load of COMPACT_AFTER reports is compacted; nothing new, nothing done
    (4, 1, True, [True, False]),    # one new report on a store of 4 is left to RocksDB
    (2, 3, True, [False, True]),    # 2 is under COMPACT_AFTER; 3 more on a store of 2 doubles it
    (5, 0, False, [False, False]),  # --no-compact
])
def test_a_large_load_of_new_reports_compacts_the_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       first: int, then: int, compact: bool,
                                                       expected: list[bool]) -> None:
    import kg.pipeline

    monkeypatch.setattr(kg.pipeline, "COMPACT_AFTER", 3)
    seeds = sorted(SEEDS.glob("*.txt"))
    src = tmp_path / "in"
    src.mkdir()
    calls: list[int] = []
    monkeypatch.setattr(Store, "optimize", lambda self: calls.append(1) or True)
    got = []
    for batch in (seeds[:first], seeds[first:first + then]):
        for f in batch:
            shutil.copy(f, src / f.name)
        got.append(build([str(src)], Store(str(tmp_path / "st")), compact=compact).compacted)
    assert got == expected and len(calls) == sum(expected)


def test_workers_hash_with_the_builds_extractor_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker imports kg afresh; should the code on disk change meanwhile, the hashes it
    writes must still be those the build compares with."""
    import kg.pipeline

    monkeypatch.setattr(kg.pipeline, "EXTRACTOR_VERSION", "as-the-build-sees-it")
    src = _corpus(tmp_path / "in", copies=2 if DEV.is_dir() else 12)
    first = build([str(src)], Store(str(tmp_path / "st")), jobs=2)
    again = build([str(src)], Store(str(tmp_path / "st")), jobs=2)
    assert first.built > 50 and (again.built, again.unchanged) == (0, first.built)


def _graphs(store_dir: Path) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for q in ox.Store.read_only(str(store_dir)):
        out.setdefault(str(q.graph_name), []).append(str(q))
    return {g: sorted(v) for g, v in out.items()}


@pytest.mark.parametrize("prune", [False, True])
def test_a_rebuild_of_most_reports_goes_through_a_fresh_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                             prune: bool) -> None:
    import kg.pipeline

    monkeypatch.setattr(kg.pipeline, "FRESH_STORE_AFTER", 3)
    src = tmp_path / "in"
    src.mkdir()
    for f in sorted(SEEDS.glob("*.txt")):
        shutil.copy(f, src / f.name)
    store_dir = tmp_path / "st"
    build([str(src)], Store(str(store_dir)))
    user = ox.Quad(ox.NamedNode("urn:x:a"), ox.NamedNode("urn:x:b"), ox.Literal("c"), ox.NamedNode("urn:x:mine"))
    default = ox.Quad(ox.NamedNode("urn:x:a"), ox.NamedNode("urn:x:b"), ox.Literal("d"), ox.DefaultGraph())
    s = Store(str(store_dir))
    s.raw.extend([user, default])
    s.close()
    gone = "res:report/003-2d26deee78003149-txt"
    (src / "003_2d26deee78003149.txt").unlink()
    changed = src / "000_5a02dec71d9cc9a2.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("Nguyễn Quỳnh Thiện", "Nguyễn Quỳnh Thành"),
                       encoding="utf-8")
    fresh_calls: list[int] = []
    begin = Store.begin_fresh
    monkeypatch.setattr(Store, "begin_fresh", lambda self: fresh_calls.append(1) or begin(self))
    summary = build([str(src)], Store(str(store_dir)), force=True, prune=prune)
    assert fresh_calls == [1] and summary.built == 4 and summary.pruned == (1 if prune else 0)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "st"]  # no .rebuild or .old left
    expected = tmp_path / "expected"
    build([str(src)], Store(str(expected)))
    got, want = _graphs(store_dir), _graphs(expected)
    iri = gone.replace("res:", "<https://w3id.org/vngovkg/id/") + ">"
    assert (iri in got) is not prune
    got.pop(iri, None)
    if not prune:  # the report kept counts in the occupancies derived from all reports
        occupancies = "<https://w3id.org/vngovkg/id/graph/occupancies>"
        assert got.pop(occupancies) != want.pop(occupancies)
    assert got.pop("<urn:x:mine>") == [str(user)]
    assert got.pop("DEFAULT") == [str(default)]
    assert got == want


def test_a_new_extractor_version_rebuilds_through_a_fresh_store(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    import kg.pipeline

    monkeypatch.setattr(kg.pipeline, "FRESH_STORE_AFTER", 3)
    store_dir = tmp_path / "st"
    build([str(SEEDS)], Store(str(store_dir)))
    fresh_calls: list[int] = []
    begin = Store.begin_fresh
    monkeypatch.setattr(Store, "begin_fresh", lambda self: fresh_calls.append(1) or begin(self))
    assert build([str(SEEDS)], Store(str(store_dir))).unchanged == 5 and fresh_calls == []
    monkeypatch.setattr(kg.pipeline, "EXTRACTOR_VERSION", "next")
    again = build([str(SEEDS)], Store(str(store_dir)))
    assert (again.built, fresh_calls) == (5, [1])
    assert build([str(SEEDS)], Store(str(store_dir))).unchanged == 5


def test_a_rebuild_stopped_before_the_swap_leaves_the_store_as_it_was(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    import kg.pipeline

    monkeypatch.setattr(kg.pipeline, "FRESH_STORE_AFTER", 3)
    store_dir = tmp_path / "st"
    build([str(SEEDS)], Store(str(store_dir)))
    before = _graphs(store_dir)
    seen: list[str] = []

    def stop_at_the_third(name: str, total: int) -> None:
        seen.append(name)
        if len(seen) == 3:
            raise KeyboardInterrupt

    summary = build([str(SEEDS)], Store(str(store_dir)), force=True, progress=stop_at_the_third)
    assert summary.interrupted
    assert _graphs(store_dir) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["st"]


@pytest.mark.parametrize("complete", [True, False])
def test_a_swap_stopped_between_its_renames_is_finished_on_open(tmp_path: Path, complete: bool) -> None:
    """Killed after the store was moved aside and before the fresh one took its place: the
    next read-write open puts the complete fresh store in (or, if not complete, the old
    one back) and clears what is left."""
    from kg.store import COMPLETE

    q_old = ox.Quad(ox.NamedNode("urn:x:a"), ox.NamedNode("urn:x:b"), ox.Literal("old"), ox.NamedNode("urn:x:g"))
    q_new = ox.Quad(ox.NamedNode("urn:x:a"), ox.NamedNode("urn:x:b"), ox.Literal("new"), ox.NamedNode("urn:x:g"))
    for name, q in (("st.old", q_old), ("st.rebuild", q_new)):
        s = ox.Store(str(tmp_path / name))
        s.add(q)
        s.flush()
        del s
    if complete:
        (tmp_path / "st.rebuild" / COMPLETE).touch()
    store = Store(str(tmp_path / "st"))
    assert list(store.raw) == [q_new if complete else q_old]
    store.close()
    assert (tmp_path / "st.old").exists() is False


def _one_word_names(quads: list[ox.Quad]) -> list[ox.Quad]:
    """The report's quads with every official's name cut to its last word: a name the
    shapes refuse, as an extraction bug would write it."""
    name = "https://schema.org/name"
    officials = {q.subject for q in quads if q.object == ox.NamedNode("https://w3id.org/vngovkg/ontology#Official")}
    return [ox.Quad(q.subject, q.predicate, ox.Literal(q.object.value.split()[-1]), q.graph_name)
            if q.subject in officials and q.predicate.value == name else q for q in quads]


def test_a_graph_that_breaks_the_shapes_is_stored_without_the_facts_that_break_them(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An extraction bug costs the facts it spoils, not the whole report: the report is
    built without the nodes that break the shapes, with a warning, and the build exits 0."""
    import kg.pipeline as pipeline

    real = pipeline.report_graph

    def buggy(report):  # type: ignore[no-untyped-def]
        graph, quads, counts = real(report)
        return graph, _one_word_names(quads), counts

    monkeypatch.setattr(pipeline, "report_graph", buggy)
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SEEDS / "002_e160d4971ffb8074.txt", src)
    store = Store(str(tmp_path / "st"))
    summary = build([str(src)], store, jobs=1)
    assert summary.built == 1 and not summary.skipped
    assert len(summary.warnings) == 1 and "break the shapes" in summary.warnings[0].reason
    got = {str(r["n"].value) for r in store.query(
        "SELECT ?n WHERE { ?p a <https://w3id.org/vngovkg/ontology#Official> ; <https://schema.org/name> ?n }")}
    assert got == set()  # every official broke the shapes, and went
    reports = list(store.query("SELECT ?r WHERE { ?r a <https://w3id.org/vngovkg/ontology#Report> }"))
    assert len(reports) == 1  # the report and its other facts stayed
    store.close()
