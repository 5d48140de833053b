"""kg build --endpoint: building into a running server while it answers queries."""

from __future__ import annotations

import json
import shutil
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg import serve
from kg.endpoint import Endpoint, EndpointError
from kg.store import Store
from tests.conftest import SEEDS, SHARED, build_store, needs_dev, run_kg

DEV = SHARED / "eval" / "dev"


@pytest.fixture
def rw_server(tmp_path: Path) -> Iterator[serve.Server]:
    with serve.start(tmp_path / "served", bind=f"127.0.0.1:{serve.free_port()}", read_write=True) as s:
        yield s


def server_quads(server: serve.Server) -> set[ox.Quad]:
    req = urllib.request.Request(server.url + "/store", headers={"Accept": "application/n-quads"})
    with urllib.request.urlopen(req, timeout=60) as r:
        return set(ox.parse(r.read(), format=ox.RdfFormat.N_QUADS))


def local_build(paths: list[Path], store: Path) -> set[ox.Quad]:
    return set(Store(str(build_store(store, *paths)), read_only=True).raw)


@pytest.mark.parametrize("protocol", ["update", "gsp"])
def test_endpoint_build_stores_what_a_local_build_stores(rw_server: serve.Server, tmp_path: Path,
                                                         protocol: str) -> None:
    expected = local_build([SEEDS], tmp_path / "local")
    r = run_kg("build", str(SEEDS), "--endpoint", rw_server.url, "--endpoint-protocol", protocol)
    assert r.returncode == 0, r.stderr
    assert "5 built" in r.stderr and f"store {rw_server.url}" in r.stderr
    assert server_quads(rw_server) == expected
    again = run_kg("build", str(SEEDS), "--endpoint", rw_server.url, "--endpoint-protocol", protocol)
    assert again.returncode == 0 and "(0 built, 5 unchanged)" in again.stderr
    forced = run_kg("build", str(SEEDS), "--endpoint", rw_server.url, "--endpoint-protocol", protocol, "--force")
    assert forced.returncode == 0 and "(5 built, 0 unchanged)" in forced.stderr
    assert server_quads(rw_server) == expected


def test_prune_through_the_endpoint(rw_server: serve.Server, tmp_path: Path) -> None:
    some = tmp_path / "some"
    some.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    for f in seeds[:3]:
        shutil.copy(f, some / f.name)
    assert run_kg("build", str(SEEDS), "--endpoint", rw_server.url).returncode == 0
    r = run_kg("build", str(some), "--endpoint", rw_server.url, "--prune")
    assert r.returncode == 0 and "2 pruned" in r.stderr
    files = {q.object.value for q in server_quads(rw_server) if q.predicate.value.endswith("#sourceFile")}
    assert files == {f.name for f in seeds[:3]}


def _graph_sizes(url: str) -> dict[str, int]:
    query = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
    req = urllib.request.Request(url + "/query?" + urllib.parse.urlencode({"query": query}),
                                 headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=60) as r:
        rows = json.loads(r.read())["results"]["bindings"]
    return {row["g"]["value"]: int(row["n"]["value"]) for row in rows}


def test_queries_during_a_build_see_each_report_whole(rw_server: serve.Server, tmp_path: Path) -> None:
    """A thread queries the size of every graph in a loop while the corpus is built, then
    rebuilt (every graph replaced): each answer shows every report at its full size or
    not yet there, never part of one."""
    needs_dev()
    inputs = [DEV]
    expected: dict[str, int] = {}
    for q in local_build(inputs, tmp_path / "local"):
        expected[q.graph_name.value] = expected.get(q.graph_name.value, 0) + 1  # type: ignore[union-attr]
    answers: list[dict[str, int]] = []
    failures: list[BaseException] = []
    stop = threading.Event()

    def reader() -> None:
        while not stop.is_set():
            try:
                answers.append(_graph_sizes(rw_server.url))
            except BaseException as e:  # the test fails below with it
                failures.append(e)
                return

    thread = threading.Thread(target=reader)
    thread.start()
    try:
        time.sleep(0.2)
        first = run_kg("build", *map(str, inputs), "--endpoint", rw_server.url)
        during_first = len(answers)
        again = run_kg("build", *map(str, inputs), "--endpoint", rw_server.url, "--force")
    finally:
        stop.set()
        thread.join(60)
    assert not failures, failures[0]
    assert first.returncode == 0, first.stderr
    assert again.returncode == 0, again.stderr
    assert during_first >= 2 and len(answers) - during_first >= 5, "the queries did not run during the builds"
    for answer in answers:
        half = {g: (n, expected[g]) for g, n in answer.items() if n != expected.get(g)}
        assert not half, f"a query saw part of a graph (got, whole): {half}"
    rebuilt = answers[during_first:]
    reports = {g for g in expected if "/report/" in g}
    assert all(reports <= set(a) for a in rebuilt[1:]), "a report vanished while it was being replaced"
    assert _graph_sizes(rw_server.url) == expected


def test_unreachable_endpoint_is_a_clear_error() -> None:
    port = serve.free_port()
    with pytest.raises(EndpointError, match=f"cannot reach the SPARQL server at http://127.0.0.1:{port}"):
        Endpoint(f"http://127.0.0.1:{port}")
    r = run_kg("build", str(SEEDS), "--endpoint", f"http://127.0.0.1:{port}")
    assert r.returncode == 1 and r.stderr.startswith("Error: cannot reach") and "kg serve --read-write" in r.stderr


def test_read_only_server_is_a_clear_error(tmp_path: Path) -> None:
    local_build([SEEDS], tmp_path / "store")
    with serve.start(tmp_path / "store", bind=f"127.0.0.1:{serve.free_port()}") as ro:
        r = run_kg("build", str(SEEDS), "--endpoint", ro.url, "--force")
    assert r.returncode == 1 and "is read-only" in r.stderr and "--read-write" in r.stderr


@pytest.mark.parametrize("url", ["localhost:7878", "ftp://x/y", "http://"])
def test_bad_endpoint_url(url: str) -> None:
    with pytest.raises(EndpointError, match="is not an http"):
        Endpoint(url)


def test_store_and_endpoint_are_exclusive(tmp_path: Path) -> None:
    r = run_kg("build", str(SEEDS), "--endpoint", "http://127.0.0.1:1", "--store", str(tmp_path / "s"))
    assert r.returncode == 1 and "--store and --endpoint" in r.stderr
