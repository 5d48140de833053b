"""kg serve: the real Oxigraph server, queried by real clients."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from SPARQLWrapper import CSV, GET, JSON, POST, XML, SPARQLWrapper

from kg import serve
from kg.store import Store
from tests import browser
from tests.conftest import KG, ROOT, SEEDS, build_store, run_kg

OFFICIALS = """PREFIX vgk: <https://w3id.org/vngovkg/ontology#>
PREFIX schema: <https://schema.org/>
SELECT DISTINCT ?name WHERE { ?p a vgk:Official ; schema:name ?name }"""


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds, built into a store of this module's own (a server marks what it serves)."""
    return build_store(tmp_path_factory.mktemp("serve") / "store")


@pytest.fixture(scope="module")
def server(store: Path) -> Iterator[serve.Server]:
    with serve.start(store, bind=f"127.0.0.1:{serve.free_port()}") as s:
        yield s


@pytest.fixture(scope="module")
def officials(store: Path) -> set[str]:
    """The officials of the seed reports, read from the store directly."""
    names = {str(row["name"].value) for row in Store(str(store), read_only=True).query(OFFICIALS)}
    assert "Nguyễn Quỳnh Thiện" in names and len(names) >= 8
    return names


@pytest.mark.parametrize("method", [GET, POST])
@pytest.mark.parametrize("fmt", [JSON, XML, CSV])
def test_sparqlwrapper_gets_the_officials(server: serve.Server, officials: set[str], method: str, fmt: str) -> None:
    client = SPARQLWrapper(server.endpoint)
    client.setMethod(method)
    client.setReturnFormat(fmt)
    client.setQuery(OFFICIALS)
    result = client.query().convert()
    if fmt == JSON:
        names = {b["name"]["value"] for b in result["results"]["bindings"]}  # type: ignore[index]
    elif fmt == XML:
        names = {el.firstChild.data for el in result.getElementsByTagName("literal")}  # type: ignore[union-attr]
    else:
        names = {row["name"] for row in csv.DictReader(io.StringIO(result.decode("utf-8")))}  # type: ignore[union-attr]
    assert names == officials


def test_rdflib_sparqlstore_gets_the_officials(server: serve.Server, officials: set[str]) -> None:
    from rdflib import Graph
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    g = Graph(store=SPARQLStore(server.endpoint, returnFormat="json"))
    assert {str(row[0]) for row in g.query(OFFICIALS)} == officials


def test_default_graph_is_the_union_and_queries_time_out(server: serve.Server) -> None:
    """No GRAPH clause is needed (CONTRACT); the timeout is passed to the server."""
    assert server.process is not None
    assert "--union-default-graph" in server.process.args and "--timeout-s" in server.process.args  # type: ignore[operator]


def test_the_oxigraph_server_listens_on_a_private_port_behind_the_pages(server: serve.Server) -> None:
    """Clients talk to the web app; it passes SPARQL on to Oxigraph on 127.0.0.1 (another port)."""
    assert server.upstream.startswith("http://127.0.0.1:") and server.upstream != server.url
    status, body = _get(server.upstream + "/query?query=ASK%7B%7D", "application/sparql-results+json")
    assert status == 200 and json.loads(body)["boolean"] is True


@pytest.mark.parametrize("path", sorted((ROOT / "queries").glob("*.rq")), ids=lambda p: p.name)
def test_each_project_query_answers_the_same_through_the_server(server: serve.Server, store: Path,
                                                               path: Path) -> None:
    """The queries use Oxigraph's own SPARQL (01's LATERAL): the server answers them as the store does."""
    sparql = path.read_text(encoding="utf-8")
    client = SPARQLWrapper(server.endpoint)
    client.setReturnFormat(JSON)
    client.setQuery(sparql)
    served = [{k: v["value"] for k, v in b.items()} for b in client.query().convert()["results"]["bindings"]]  # type: ignore[index]
    result = Store(str(store), read_only=True).query(sparql)
    names = [v.value for v in result.variables]
    embedded = [{k: row[k].value for k in names if row[k] is not None} for row in result]
    assert served == embedded


def _get(url: str, accept: str = "*/*") -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers={"Accept": accept}), timeout=30) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def test_query_page_is_yasgui_served_locally(server: serve.Server) -> None:
    status, page = _get(server.url + "/", "text/html")
    assert status == 200 and b"Yasgui" in page
    assert b"https://" not in page.split(b"<body")[0]  # no stylesheet or script from the internet
    status, js = _get(server.url + "/yasgui.min.js")
    assert status == 200 and len(js) > 100_000


def test_query_page_draws_yasgui_in_headless_chromium(server: serve.Server) -> None:
    """Chromium's requests beyond this machine go to a dead proxy (tests/browser.py): YASGUI still draws."""
    dom = browser.dom(server.url + "/")
    assert 'class="yasqe' in dom and "CodeMirror" in dom
    browser.screenshot(server.url + "/", "serve-yasgui.png")


def test_read_only_server_refuses_updates(server: serve.Server) -> None:
    req = urllib.request.Request(server.url + "/update", data=b"DROP ALL",
                                 headers={"Content-Type": "application/sparql-update"}, method="POST")
    with pytest.raises(urllib.error.HTTPError) as e:
        urllib.request.urlopen(req, timeout=30)
    assert e.value.code == 403


def test_build_refuses_a_served_store(server: serve.Server, store: Path) -> None:
    r = run_kg("build", str(SEEDS), "--store", str(store))
    assert r.returncode == 1
    assert f"is being served by kg serve (pid {server.process.pid}" in r.stderr
    assert f"kg build --endpoint {server.url}" in r.stderr


def test_kg_serve_prints_its_urls_and_stops_on_ctrl_c(store: Path, tmp_path: Path) -> None:
    copy = tmp_path / "store"
    subprocess.run(["cp", "-r", str(store), str(copy)], check=True)
    (copy / serve.SERVE_MARK).unlink(missing_ok=True)
    port = serve.free_port()
    proc = subprocess.Popen([*KG, "serve", "--store", str(copy), "--bind", f"127.0.0.1:{port}"], cwd=ROOT,
                            stderr=subprocess.PIPE, text=True)
    try:
        lines = []
        assert proc.stderr is not None
        for line in proc.stderr:
            lines.append(line)
            if "Ctrl-C" in line:
                break
        text = "".join(lines)
        assert f"query page (YASGUI): http://127.0.0.1:{port}/" in text
        assert f"SPARQL endpoint:     http://127.0.0.1:{port}/query" in text and "read-only" in text
        assert f"search and pages:    http://127.0.0.1:{port}/search" in text
        assert f"VoID:                http://127.0.0.1:{port}/.well-known/void" in text
        status, body = _get(f"http://127.0.0.1:{port}/search?q=nguyen+quynh+thien", "text/html")
        assert status == 200 and b'href="/id/person/tra-vinh/nguyen-quynh-thien"' in body
        assert json.loads((copy / serve.SERVE_MARK).read_text())["pid"] != proc.pid  # the server's, not ours
        status, body = _get(f"http://127.0.0.1:{port}/query?query=ASK%7B%3Fs%20a%20%3Fo%7D",
                            "application/sparql-results+json")
        assert status == 200 and json.loads(body)["boolean"] is True
        proc.send_signal(signal.SIGINT)
        _, rest = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0 and "Stopped." in rest
    assert not (copy / serve.SERVE_MARK).exists()
    with pytest.raises(OSError):  # the Oxigraph server is gone too
        urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2)


@pytest.mark.parametrize(("args", "message"), [
    (["--store", "{tmp}/nothing"], "Error: no store at"),
    (["--bind", "localhost"], "Error: --bind 'localhost' is not HOST:PORT"),
])
def test_serve_errors_are_one_line(tmp_path: Path, store: Path, args: list[str], message: str) -> None:
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    if "--store" not in args:
        args += ["--store", str(store)]
    r = run_kg("serve", *args)
    assert r.returncode == 1 and r.stderr.startswith(message) and "Traceback" not in r.stderr


def test_port_in_use_is_a_clear_error(server: serve.Server, store: Path, tmp_path: Path) -> None:
    copy = tmp_path / "store"
    subprocess.run(["cp", "-r", str(store), str(copy)], check=True)
    (copy / serve.SERVE_MARK).unlink(missing_ok=True)
    bind = server.url.removeprefix("http://")
    r = run_kg("serve", "--store", str(copy), "--bind", bind)
    assert r.returncode == 1 and r.stderr.startswith(f"Error: {bind} is in use")
    assert "--bind" in r.stderr and "Traceback" not in r.stderr


def test_the_server_is_pyoxigraphs_version() -> None:
    import pyoxigraph

    out = subprocess.run([serve.oxigraph_binary(), "--version"], capture_output=True, text=True).stdout
    assert out.split()[-1] == pyoxigraph.__version__
    assert os.access(serve.oxigraph_binary(), os.X_OK)
