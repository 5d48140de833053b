"""Headless Chromium (Debian's ``chromium``; ``make test`` installs it where missing)."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"  # screenshots the tests leave behind (not committed)

# Without the background-networking flags Chromium keeps calling home, which a closed
# network refuses; a fresh profile each time keeps runs independent.  Every request that
# is not to this machine goes to a proxy that does not exist, so a page that loads
# anything from the internet fails to draw: what passes here works offline.
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-extensions", "--hide-scrollbars", "--proxy-server=http://127.0.0.1:9"]


def chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    assert path, "Debian's chromium is needed for the browser tests: make test installs it (apt-get install chromium)"
    return path


def run(url: str, *args: str, budget_ms: int = 15000) -> subprocess.CompletedProcess[str]:
    with tempfile.TemporaryDirectory(prefix="kg-chromium-") as profile:
        return subprocess.run([chromium(), *FLAGS, f"--user-data-dir={profile}", f"--virtual-time-budget={budget_ms}",
                               *args, url], capture_output=True, text=True, timeout=180)


def dom(url: str) -> str:
    """The page's DOM after its scripts ran."""
    r = run(url, "--dump-dom")
    assert r.returncode == 0, r.stderr[-2000:]
    return r.stdout


def screenshot(url: str, name: str, size: str = "1400,900") -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    out = ARTIFACTS / name
    out.unlink(missing_ok=True)
    r = run(url, f"--screenshot={out}", f"--window-size={size}")
    assert r.returncode == 0 and out.is_file(), r.stderr[-2000:]
    return out
