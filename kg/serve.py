"""``kg serve``: the store's SPARQL endpoint and its entity pages.

Two servers, one address.  The Oxigraph server from PyPI (``oxigraph``, the same version
as pyoxigraph, so both read the same store) runs on the store on a private port, with the
union of all graphs as the default graph, a query timeout, read-only unless asked.  The
web app (kg/web: Starlette under uvicorn, in a thread of this process) listens on the
address asked for: it renders every resource under ``/id/...`` as a page or as RDF,
``/search`` and ``/.well-known/void`` itself, by SPARQL over the Oxigraph server; the rest
(the YASGUI query page at ``/``, ``/query``, ``/update``, ``/store``) it passes through,
adding to a query the prefixes ``kg query`` predeclares.  With :func:`start_pages` the
pages read another SPARQL endpoint instead (``kg serve --endpoint URL``).

A read-only server does not lock the store, and Oxigraph says that reading a store that
another process writes is undefined; so while a server runs, it leaves a mark in the
store folder (``kg-serve.json``) and ``kg build --store`` refuses that store.  To build
while serving, serve with ``--read-write`` and build through the server
(``kg build --endpoint URL``): each report then changes in one transaction of the server.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from .errors import StoreError
from .store import Store

SERVE_MARK = "kg-serve.json"
DEFAULT_BIND = "127.0.0.1:7878"
DEFAULT_TIMEOUT_S = 30


class ServeError(StoreError):
    hint = "see kg serve --help"


def oxigraph_binary() -> str:
    """The ``oxigraph`` command installed beside this Python (or on PATH), of pyoxigraph's version."""
    here = Path(sys.executable).parent / "oxigraph"
    path = str(here) if here.is_file() else shutil.which("oxigraph")
    want = ox.__version__
    if path is None:
        raise ServeError("the Oxigraph server is not installed",
                         hint=f"pip install oxigraph=={want} (make setup does it)")
    try:
        out = subprocess.run([path, "--version"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError) as e:
        raise ServeError(f"cannot run {path}: {e}") from e
    have = out.split()[-1] if out.split() else "?"
    if have != want:
        raise ServeError(f"{path} is Oxigraph {have} but pyoxigraph is {want}; both must read the same store",
                         hint=f"pip install oxigraph=={want}")
    return path


def parse_bind(bind: str) -> tuple[str, int]:
    host, sep, port = bind.rpartition(":")
    if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise ServeError(f"--bind {bind!r} is not HOST:PORT", hint="for example --bind 127.0.0.1:7878")
    return host.strip("[]"), int(port)


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


def serving(store_dir: Path) -> dict[str, object] | None:
    """The running ``kg serve`` of this store, from its mark, if its process is alive."""
    mark = store_dir / SERVE_MARK
    try:
        info = json.loads(mark.read_text(encoding="utf-8"))
        os.kill(int(info["pid"]), 0)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return dict(info)


class WebServer:
    """The web app (kg/web) under uvicorn, in a thread, on a socket already listening."""

    def __init__(self, app: Any, sock: socket.socket) -> None:
        import uvicorn

        self.sock = sock
        config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on",
                                timeout_graceful_shutdown=3)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [sock]}, name="kg-web",
                                       daemon=True)

    def start(self, wait: float) -> None:
        self.thread.start()
        deadline = time.monotonic() + wait
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise ServeError("the web server did not start")
            time.sleep(0.05)

    @property
    def alive(self) -> bool:
        return self.thread.is_alive()

    def stop(self) -> None:
        self.server.should_exit = True
        if self.thread.is_alive():
            self.thread.join(10)
        self.sock.close()


@dataclass
class Server:
    """A running ``kg serve``: the Oxigraph server (a child process) behind the web app."""

    process: subprocess.Popen[bytes] | None  # None: the pages read another endpoint (start_pages)
    url: str  # what clients use: the web app, which passes SPARQL on to the Oxigraph server
    read_write: bool
    store_dir: Path | None
    log: Path | None
    web: WebServer | None = None
    upstream: str = ""  # the Oxigraph server itself (a private port), or the other endpoint

    @property
    def endpoint(self) -> str:
        return self.url + "/query"

    def poll(self) -> int | None:
        """None while both run; else the exit status of what stopped."""
        if self.process is not None and self.process.poll() is not None:
            return self.process.returncode
        if self.web is not None and not self.web.alive:
            return 1
        return None

    def stop(self, timeout: float = 10.0) -> None:
        if self.web is not None:
            self.web.stop()
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.log is not None:
            self.log.unlink(missing_ok=True)
        if self.store_dir is None or self.process is None:
            return
        mark = self.store_dir / SERVE_MARK
        try:
            if json.loads(mark.read_text(encoding="utf-8")).get("pid") == self.process.pid:
                mark.unlink()
        except (OSError, ValueError):
            pass

    def __enter__(self) -> Server:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def start(store_dir: str | Path, *, bind: str = DEFAULT_BIND, read_write: bool = False,
          timeout_s: int = DEFAULT_TIMEOUT_S, wait: float = 30.0) -> Server:
    """Start the Oxigraph server on ``store_dir`` and the pages before it; return once both answer."""
    store = Path(store_dir)
    if not (store / "CURRENT").is_file() and not read_write:
        raise ServeError(f"no store at {store}", hint="build one first: kg build PATH --store DIR")
    # A read-write open (released at once) creates a missing store, finishes what a stopped
    # build left (Store.recover), and tells whether a kg build is writing the store now.
    try:
        Store(str(store)).close()
    except StoreError as e:
        raise ServeError(str(e), hint="wait for the kg build to finish, or serve with --read-write and build "
                                      "through the server (kg build --endpoint URL)") from e
    host, port = parse_bind(bind)
    sock = _listen(host, port)
    try:
        binary = oxigraph_binary()
        inner = f"127.0.0.1:{free_port()}"
        cmd = [binary, "serve" if read_write else "serve-read-only", "--location", str(store),
               "--bind", inner, "--union-default-graph", "--timeout-s", str(timeout_s)]
        fd, log_name = tempfile.mkstemp(prefix="kg-serve-", suffix=".log")  # the server's own messages
        try:
            proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=fd, stdin=subprocess.DEVNULL,
                                    start_new_session=True)
        except OSError as e:
            raise ServeError(f"cannot start {binary}: {e}") from e
        finally:
            os.close(fd)
    except BaseException:
        sock.close()
        raise
    log = Path(log_name)
    server = Server(proc, _url(host, port), read_write, store, log, upstream=f"http://{inner}")
    deadline = time.monotonic() + wait
    while True:
        if proc.poll() is not None:
            why = _last_line(log) or f"exit status {proc.returncode}"
            log.unlink(missing_ok=True)
            sock.close()
            raise ServeError(f"the Oxigraph server stopped at once: {why}",
                             hint="is the store in use by a kg build? wait for it")
        if _answers(server.upstream + "/query") and proc.poll() is None:
            break
        if time.monotonic() > deadline:
            sock.close()
            server.stop()
            raise ServeError(f"the Oxigraph server did not answer within {wait:.0f} s")
        time.sleep(0.1)
    _serve_pages(server, sock, timeout_s, wait)
    (store / SERVE_MARK).write_text(json.dumps({"pid": proc.pid, "url": server.url, "read_write": read_write}),
                                    encoding="utf-8")
    return server


def start_pages(endpoint: str, *, bind: str = DEFAULT_BIND, timeout_s: int = DEFAULT_TIMEOUT_S,
                wait: float = 30.0) -> Server:
    """The pages over another SPARQL endpoint, given by its base URL (queries at URL/query,
    as ``kg build --endpoint`` has it); everything else is passed to it too."""
    base = endpoint.rstrip("/")
    if not base.startswith(("http://", "https://")):
        raise ServeError(f"--endpoint {endpoint!r} is not an http(s) URL",
                         hint="give the server's base URL, e.g. http://127.0.0.1:3030/DATASET")
    if not _answers(base + "/query", timeout=10):
        raise ServeError(f"nothing answers SPARQL queries at {base}/query",
                         hint="start that server first; --endpoint is its base URL, without /query")
    host, port = parse_bind(bind)
    sock = _listen(host, port)
    server = Server(None, _url(host, port), False, None, None, upstream=base)
    _serve_pages(server, sock, timeout_s, wait)
    return server


def _serve_pages(server: Server, sock: socket.socket, timeout_s: int, wait: float) -> None:
    from .web import create_app

    app = create_app(server.upstream + "/query", upstream=server.upstream, timeout=timeout_s + 5)
    web = WebServer(app, sock)
    try:
        web.start(wait)
    except ServeError:
        server.stop()
        raise
    server.web = web


def _url(host: str, port: int) -> str:
    url_host = "127.0.0.1" if host in ("0.0.0.0", "") else ("[::1]" if host == "::" else host)
    if ":" in url_host and not url_host.startswith("["):
        url_host = f"[{url_host}]"
    return f"http://{url_host}:{port}"


def _listen(host: str, port: int) -> socket.socket:
    """A socket listening on host:port: a port something else listens on is refused."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as e:
        raise ServeError(f"cannot resolve the host {host!r} of --bind: {e}") from e
    family, _, _, _, address = infos[0]
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
        sock.listen(128)
    except OSError as e:
        sock.close()
        raise ServeError(f"{host}:{port} is in use ({e.strerror})",
                         hint="choose another port with --bind HOST:PORT") from e
    return sock


def _answers(endpoint: str, timeout: float = 2) -> bool:
    req = urllib.request.Request(endpoint + "?query=ASK%7B%7D", headers={"Accept": "application/sparql-results+json"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return bool(r.status == 200)
    except OSError:
        return False


def _last_line(log: Path) -> str:
    if not log.is_file():
        return ""
    lines = [line for line in log.read_text(encoding="utf-8", errors="replace").splitlines() if line.strip()]
    return " ".join(lines[-1].split()) if lines else ""


def run_forever(server: Server, on_ready: Callable[[Server], None]) -> int:
    """Wait until Ctrl-C (or SIGTERM), then stop both servers cleanly; the exit status of
    whichever stopped first (0 for Ctrl-C)."""
    def terminate(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, terminate)
    try:
        # Inside the try: a Ctrl-C that comes as soon as the URLs are printed still stops
        # the server (it did not, and the orphaned server held the terminal's pipe).
        on_ready(server)
        while (status := server.poll()) is None:
            time.sleep(0.2)
        return status
    except KeyboardInterrupt:
        return 0
    finally:
        server.stop()
        signal.signal(signal.SIGTERM, previous)
