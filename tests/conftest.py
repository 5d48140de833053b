from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kg.models import Report
from kg.normalize import report_text

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
KG = [sys.executable, "-m", "kg.cli"]


def report(text: str, name: str = "t.txt") -> Report:
    """A report made from a test's text, normalised as the reader would."""
    return Report(source_file=name, text=report_text(text))


def run_kg(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*KG, *args], capture_output=True, text=True, cwd=ROOT, env=env, timeout=600)


def build_store(store: Path, *inputs: Path) -> Path:
    """``kg build INPUTS --store STORE`` (the seeds by default), which must succeed."""
    r = run_kg("build", *map(str, inputs or (SEEDS,)), "--store", str(store))
    assert r.returncode == 0, r.stderr
    return store


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store built from seeds/ once for the whole session (read-only use)."""
    return build_store(tmp_path_factory.mktemp("seed") / "store")


DEV = SHARED / "eval" / "dev"
# Tests that need the real dev reports beside the project (../shared/eval/dev) skip with
# this reason in a clone that has none (README: Development).
NO_DEV = "needs the dev reports in ../shared/eval/dev, which this clone has not"


def needs_dev() -> None:
    if not DEV.is_dir():
        pytest.skip(NO_DEV)


@pytest.fixture(scope="session")
def dev_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real dev reports (../shared/eval/dev), built once (read-only use): unlike the
    seeds, some of their meetings have no known province.  Skipped where they are absent."""
    needs_dev()
    return build_store(tmp_path_factory.mktemp("dev") / "store", DEV)
