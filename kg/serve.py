"""``kg serve``: the Oxigraph server from PyPI (``oxigraph``) on the store.

The server is the same version as pyoxigraph, so both read the same store.  It serves
the union of all graphs as the default graph (CONTRACT), with a query timeout, read-only
unless asked.  Its built-in query page (YASGUI) is served by the server itself, so it
works with no internet.

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
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

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


@dataclass
class Server:
    """A running Oxigraph server (a child process)."""

    process: subprocess.Popen[bytes]
    url: str
    read_write: bool
    store_dir: Path
    log: Path

    @property
    def endpoint(self) -> str:
        return self.url + "/query"

    def stop(self, timeout: float = 10.0) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.unlink(missing_ok=True)
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
    """Start the server on ``store_dir`` and return once it answers queries."""
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
    _check_free(host, port)
    binary = oxigraph_binary()
    cmd = [binary, "serve" if read_write else "serve-read-only", "--location", str(store),
           "--bind", f"{host}:{port}", "--union-default-graph", "--timeout-s", str(timeout_s)]
    fd, log_name = tempfile.mkstemp(prefix="kg-serve-", suffix=".log")  # the server's own messages
    log = Path(log_name)
    try:
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=fd, stdin=subprocess.DEVNULL,
                                start_new_session=True)
    except OSError as e:
        raise ServeError(f"cannot start {binary}: {e}") from e
    finally:
        os.close(fd)
    url_host = "127.0.0.1" if host in ("0.0.0.0", "") else ("[::1]" if host == "::" else host)
    if ":" in url_host and not url_host.startswith("["):
        url_host = f"[{url_host}]"
    server = Server(proc, f"http://{url_host}:{port}", read_write, store, log)
    deadline = time.monotonic() + wait
    while True:
        if proc.poll() is not None:
            why = _last_line(log) or f"exit status {proc.returncode}"
            log.unlink(missing_ok=True)
            raise ServeError(f"the Oxigraph server stopped at once: {why}",
                             hint="is the port in use? choose another with --bind HOST:PORT; "
                                  "is the store in use by a kg build? wait for it")
        if _answers(server.endpoint) and proc.poll() is None:
            break
        if time.monotonic() > deadline:
            server.stop()
            raise ServeError(f"the Oxigraph server did not answer at {server.url} within {wait:.0f} s")
        time.sleep(0.1)
    (store / SERVE_MARK).write_text(json.dumps({"pid": proc.pid, "url": server.url, "read_write": read_write}),
                                    encoding="utf-8")
    return server


def _check_free(host: str, port: int) -> None:
    """Refuse a port something else listens on (its answers would look like ours)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as e:
        raise ServeError(f"cannot resolve the host {host!r} of --bind: {e}") from e
    family, _, _, _, address = infos[0]
    with socket.socket(family, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(address)
        except OSError as e:
            raise ServeError(f"{host}:{port} is in use ({e.strerror})",
                             hint="choose another port with --bind HOST:PORT") from e


def _answers(endpoint: str) -> bool:
    req = urllib.request.Request(endpoint + "?query=ASK%7B%7D", headers={"Accept": "application/sparql-results+json"})
    try:
        with urllib.request.urlopen(req, timeout=2) as r:
            return bool(r.status == 200)
    except OSError:
        return False


def _last_line(log: Path) -> str:
    if not log.is_file():
        return ""
    lines = [line for line in log.read_text(encoding="utf-8", errors="replace").splitlines() if line.strip()]
    return " ".join(lines[-1].split()) if lines else ""


def run_forever(server: Server, on_ready: Callable[[Server], None]) -> int:
    """Wait until Ctrl-C (or SIGTERM), then stop the server cleanly; the server's exit status."""
    def terminate(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, terminate)
    try:
        # Inside the try: a Ctrl-C that comes as soon as the URLs are printed still stops
        # the server (it did not, and the orphaned server held the terminal's pipe).
        on_ready(server)
        return server.process.wait()
    except KeyboardInterrupt:
        return 0
    finally:
        server.stop()
        signal.signal(signal.SIGTERM, previous)
