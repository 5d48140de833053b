"""The benchmark: one command measures everything issue 6 asks for, at each size.

    .venv/bin/python bench/run.py --sizes 1000,10000,100000     (or: make bench)

For each N it makes a corpus (bench/corpus.py, seeded), then measures
  * extraction alone in one process: reports/s and MB/s per core;
  * underthesea's word_tokenize alone on the same texts (a sample of them), per core,
    and the ratio of our whole build to it;
  * the end-to-end ``kg build`` (all cores): reports/s, quads/s into the store, and the
    peak memory of the build's process tree;
  * a second build of the unchanged corpus, and how many times faster it is;
  * a build that makes every report again (--force: the work of a rule change);
  * each query of queries/ over the store: median and p95 of repeated runs;
  * the derived graph of occupancies (kg/occupancies.py): computed whole, after 1% of
    the reports changed, and checked when none did.
Results, with the machine they ran on, are written to bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.corpus import make_corpus  # noqa: E402


def _tree_rss(pid: int) -> int:
    """Resident memory (bytes) of a process and all its descendants, from /proc."""
    total = 0
    stack = [pid]
    while stack:
        p = stack.pop()
        try:
            with open(f"/proc/{p}/status") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as fh:
                    stack.extend(int(c) for c in fh.read().split())
        except (OSError, ValueError):
            continue
    return total


def run_measured(cmd: list[str]) -> tuple[float, int, subprocess.CompletedProcess[str]]:
    """(seconds, peak RSS of the process tree, result) of a command."""
    peak = 0
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    stop = threading.Event()

    def poll() -> None:
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, _tree_rss(proc.pid))
            time.sleep(0.2)

    th = threading.Thread(target=poll, daemon=True)
    th.start()
    out, err = proc.communicate()
    elapsed = time.perf_counter() - t0
    stop.set()
    th.join()
    return elapsed, peak, subprocess.CompletedProcess(cmd, proc.returncode, out, err)


def _files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.txt"))


def measure_extraction(files: list[Path], limit: int) -> tuple[float, float]:
    """(reports/s, MB/s) of read + extract + resolve + RDF + shapes, in this one process."""
    from kg import nlp, shacl
    from kg.pipeline import report_graph
    from kg.read import read_report

    nlp.pos_tag("Ông Nguyễn Văn An dự")  # load underthesea's model outside the timing
    sample = files[:limit]
    reports = [read_report(f) for f in sample]
    size = sum(len(r.text.encode()) for r in reports)
    t0 = time.perf_counter()
    for r in reports:
        _, quads, _ = report_graph(r)
        shacl.check(quads)
    dt = time.perf_counter() - t0
    return len(reports) / dt, size / 2**20 / dt


def measure_word_tokenize(files: list[Path], limit: int) -> float:
    """reports/s of underthesea's word_tokenize alone on the same texts, in one process."""
    from kg import nlp
    from kg.read import read_report

    texts = [read_report(f).text for f in files[:limit]]
    nlp.word_tokenize("khởi động")
    t0 = time.perf_counter()
    for t in texts:
        nlp.word_tokenize(t)
    return len(texts) / (time.perf_counter() - t0)


# The queries' parameters, bound the way a user asks about one official, one province or
# one document (kg query --param): the values are taken from the store being measured
# (the first in index order, so no particular one is picked) and printed with the times.
# Each tuple is one bound run.  Query 01 also runs with a province and a year: the year
# is that province's busiest (the most meetings in query 03), so the worst case.
BOUND: dict[str, list[tuple[str, ...]]] = {
    "01_officials_at_province_meetings.rq": [("province",), ("province", "year")],
    "02_roles_by_official.rq": [("name",)],
    "03_meetings_per_province_year.rq": [("province",)],
    "04_documents_cited_by_several_reports.rq": [("number",)],
    "05_officials_who_met.rq": [("name1",)],
    "06_official_timeline.rq": [("name",)],
    "07_documents.rq": [("number",)],
    "08_post_holders.rq": [("province", "position"), ("province", "position", "date")],
    "09_succession.rq": [("province",)],
}
SAMPLE_VALUES = {
    "name": "SELECT ?v WHERE { GRAPH ?g { ?p a vgk:Official ; schema:name ?v ; vgk:attended ?m } } LIMIT 1",
    "province": "SELECT ?v WHERE { GRAPH ?g { ?r vgk:province ?pv } "
                "GRAPH <https://w3id.org/vngovkg/id/graph/provinces> { ?pv rdfs:label ?v } } LIMIT 1",
    "number": "SELECT ?v WHERE { GRAPH ?g { ?r vgk:cites ?d . ?d vgk:documentNumber ?v } } LIMIT 1",
}
SAMPLE_OF = {"province": "province", "name": "name", "name1": "name", "number": "number", "year": "year",
             "position": "position", "date": "date"}
USED: dict[str, str] = {}  # parameter -> the value the last measure_queries bound it to


def measure_queries(store: Path, repeats: int, budget: float, min_runs: int = 3) -> dict[str, tuple[float, float]]:
    """Median and p95 (ms) of each query of queries/, run ``repeats`` times (fewer, but at
    least ``min_runs``, where a query would take more than ``budget`` seconds in all): unbound (the
    whole listing), and with its parameter bound (one official, one province)."""
    import pyoxigraph as ox

    from kg.vocab import PREFIXES

    s = ox.Store.read_only(str(store))
    values = {}
    for key, sparql in SAMPLE_VALUES.items():
        row = next(iter(s.query(sparql, prefixes=PREFIXES)), None)
        if row is not None:
            values[key] = row["v"]
    if "province" in values:
        values.update(busiest_year(s, values["province"]))
        values.update(busiest_post(s, values["province"]))
    runs: list[tuple[str, str, dict[ox.Variable, ox.Literal] | None]] = []
    for q in sorted((ROOT / "queries").glob("*.rq")):
        text = q.read_text(encoding="utf-8")
        runs.append((q.name, text, None))
        for params in BOUND.get(q.name, []):
            bound = {p: values.get(SAMPLE_OF[p]) for p in params}
            if all(v is not None for v in bound.values()):
                runs.append((f"{q.name} --param {','.join(params)}", text,
                             {ox.Variable(p): v for p, v in bound.items() if v is not None}))
                USED.update({p: v.value for p, v in bound.items() if v is not None})
    out = {}
    for label, text, subs in runs:
        times: list[float] = []
        spent = 0.0
        while len(times) < repeats and (len(times) < min_runs or spent < budget):
            t0 = time.perf_counter()
            res = s.query(text, use_default_graph_as_union=True, prefixes=PREFIXES, substitutions=subs)
            for _row in res:
                pass
            times.append((time.perf_counter() - t0) * 1000)
            spent += times[-1] / 1000
        times.sort()
        p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
        out[label] = (statistics.median(times), p95)
        bound = ",".join(v.value for v in subs.values()) if subs else None
        print(f"  {label}{'=' + bound if bound else ''}: {out[label][0]:.1f} ms median", flush=True)
    return out


def busiest_year(s: Any, province: Any) -> dict[str, Any]:
    """The year in which ``province`` held the most meetings, by query 03 (a year, not
    "(unknown)"): {"year": Literal} or {} if it has none."""
    import pyoxigraph as ox

    from kg.vocab import PREFIXES

    sparql = (ROOT / "queries" / "03_meetings_per_province_year.rq").read_text(encoding="utf-8")
    per_year: dict[str, int] = {}
    for row in s.query(sparql, use_default_graph_as_union=True, prefixes=PREFIXES,
                       substitutions={ox.Variable("province"): province}):
        year = row["year"].value
        if year != "(unknown)":
            per_year[year] = per_year.get(year, 0) + int(row["meetings"].value)
    if not per_year:
        return {}
    return {"year": ox.Literal(max(sorted(per_year), key=per_year.__getitem__))}


def busiest_post(s: Any, province: Any) -> dict[str, Any]:
    """The position of ``province`` with the most occupancies, and a date inside the span
    of one of them (query 08's parameters): {"position", "date"} or {}."""
    import pyoxigraph as ox

    from kg.vocab import GRAPH_OCCUPANCIES, PREFIXES

    sparql = f"""SELECT ?province ?position (COUNT(?o) AS ?n) (MAX(COALESCE(STR(?f), "")) AS ?date) WHERE {{
        GRAPH <https://w3id.org/vngovkg/id/graph/provinces> {{ ?pv rdfs:label ?province }}
        GRAPH {GRAPH_OCCUPANCIES} {{ ?p vgk:province ?pv ; vgk:position ?position . ?o vgk:post ?p .
                                    OPTIONAL {{ ?o vgk:firstSeen ?f }} }}
    }} GROUP BY ?province ?position ORDER BY DESC(?n) ?position LIMIT 1"""
    for row in s.query(sparql, use_default_graph_as_union=True, prefixes=PREFIXES,
                       substitutions={ox.Variable("province"): province}):
        out = {"position": row["position"]}
        if row["date"] is not None and row["date"].value:
            out["date"] = ox.Literal(row["date"].value)
        return out
    return {}


def measure_occupancies(store_dir: Path) -> dict[str, float]:
    """The derived graph of occupancies on a built store: computed whole; again after 1% of
    the reports (at least 10) look changed (their records dropped: the work of a build that
    changed them, less the extraction); and the check of an unchanged build (the digest)."""
    from kg import occupancies
    from kg.store import Store
    from kg.vocab import GRAPH_OCCUPANCIES, vgk

    store = Store(str(store_dir))
    t0 = time.perf_counter()
    occupancies._read(store, None)  # what a first build need not do: its workers send the statements
    t_read = time.perf_counter() - t0
    t0 = time.perf_counter()
    full = occupancies.refresh(store, full=True)
    t_full = time.perf_counter() - t0
    reports = sorted(occupancies.current_hashes(store))
    touched = reports[:: max(1, len(reports) // max(10, len(reports) // 100))]
    values = " ".join(f"<{r}>" for r in touched)
    store.update(f"DELETE {{ GRAPH {GRAPH_OCCUPANCIES} {{ ?r {vgk('derivedHash')} ?h }} }} WHERE {{ "
                 f"VALUES ?r {{ {values} }} GRAPH {GRAPH_OCCUPANCIES} {{ ?r {vgk('derivedHash')} ?h }} }} ; "
                 f"DELETE WHERE {{ GRAPH {GRAPH_OCCUPANCIES} {{ {GRAPH_OCCUPANCIES} {vgk('sourceDigest')} ?d }} }}")
    t0 = time.perf_counter()
    incremental = occupancies.refresh(store)
    t_incr = time.perf_counter() - t0
    t0 = time.perf_counter()
    unchanged = occupancies.refresh(store)
    t_unchanged = time.perf_counter() - t0
    assert incremental.mode == "incremental" and unchanged.mode == "unchanged", (incremental, unchanged)
    derived = sum(1 for _ in store.raw.quads_for_pattern(None, None, None, GRAPH_OCCUPANCIES))
    store.close()
    return {"posts": full.posts, "occupancies": full.occupancies, "derived": derived, "full": t_full, "read": t_read,
            "changed": len(touched), "changed_posts": incremental.posts, "incremental": t_incr,
            "unchanged": t_unchanged}


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = "?"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) / 2**20:.0f} GiB"
    except OSError:
        pass
    import pyoxigraph
    import underthesea

    return (f"{cpu}, {os.cpu_count()} cores, {mem} RAM; {platform.system()} {platform.release()}; "
            f"Python {platform.python_version()}, pyoxigraph {pyoxigraph.__version__}, "
            f"underthesea {underthesea.__version__}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--work", type=Path, default=None, help="folder for corpora and stores (default: a temp dir)")
    ap.add_argument("--sample", type=int, default=1000, help="reports timed in-process (extraction, word_tokenize)")
    ap.add_argument("--repeats", type=int, default=15, help="runs of each query")
    ap.add_argument("--budget", type=float, default=60.0, help="seconds per query before it runs fewer times")
    ap.add_argument("--min-runs", type=int, default=3, help="runs of each query however long it takes")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "RESULTS.md")
    ap.add_argument("--skip-queries", action="store_true", help="measure the builds only")
    ap.add_argument("--queries-on", type=Path, default=None, metavar="STORE",
                    help="only measure the queries on an existing store (printed, not written)")
    a = ap.parse_args()
    if a.queries_on:
        measure_queries(a.queries_on, a.repeats, a.budget, a.min_runs)
        return
    work = a.work or Path(tempfile.mkdtemp(prefix="kg-bench-"))
    kg = [str(ROOT / ".venv" / "bin" / "kg")] if (ROOT / ".venv" / "bin" / "kg").exists() else [sys.executable, "-m",
                                                                                               "kg.cli"]
    rows = []
    query_rows: dict[str, dict[int, tuple[float, float]]] = {}
    used: dict[int, dict[str, str]] = {}
    for n in [int(x) for x in a.sizes.split(",")]:
        corpus = work / f"corpus-{n}"
        if not corpus.exists():
            t0 = time.perf_counter()
            size = make_corpus(corpus, n)
            print(f"[{n}] corpus: {size / 2**20:.1f} MB in {time.perf_counter() - t0:.0f} s", flush=True)
        files = _files(corpus)
        mb = sum(f.stat().st_size for f in files) / 2**20
        ext_rate, ext_mb = measure_extraction(files, a.sample)
        wt_rate = measure_word_tokenize(files, a.sample)
        print(f"[{n}] extraction {ext_rate:.0f} reports/s/core; word_tokenize {wt_rate:.0f} reports/s/core", flush=True)
        store = work / f"store-{n}"
        shutil.rmtree(store, ignore_errors=True)  # the first build must start from nothing
        secs, peak, res = run_measured([*kg, "build", str(corpus), "--store", str(store)])
        if res.returncode != 0:
            raise SystemExit(f"build of {n} failed: {res.stderr[-2000:]}")
        import pyoxigraph as ox

        quads = len(ox.Store.read_only(str(store)))
        secs2, _, _ = run_measured([*kg, "build", str(corpus), "--store", str(store)])
        # Every report made again, as after an upgrade or a rule change (a new extractor
        # version): --force does the same work.
        secs3, peak3, res3 = run_measured([*kg, "build", "--force", str(corpus), "--store", str(store)])
        if res3.returncode != 0:
            raise SystemExit(f"forced rebuild of {n} failed: {res3.stderr[-2000:]}")
        print(f"[{n}] build {secs:.1f} s ({n / secs:.0f} reports/s), peak {peak / 2**20:.0f} MB; "
              f"unchanged rebuild {secs2:.1f} s; every report again {secs3:.1f} s (peak {peak3 / 2**20:.0f} MB)",
              flush=True)
        occ = measure_occupancies(store)
        print(f"[{n}] occupancies: {occ['occupancies']:,} of {occ['posts']:,} posts computed whole in "
              f"{occ['full']:.1f} s ({occ['read']:.1f} s of it reading the reports); {occ['changed']} reports "
              f"changed ({occ['changed_posts']} posts) "
              f"{occ['incremental']:.2f} s; unchanged {occ['unchanged'] * 1000:.0f} ms", flush=True)
        for name, (med, p95) in ({} if a.skip_queries else measure_queries(store, a.repeats, a.budget,
                                                                              a.min_runs)).items():
            query_rows.setdefault(name, {})[n] = (med, p95)
        used[n] = dict(USED)
        rows.append({"n": n, "mb": mb, "ext": ext_rate, "ext_mb": ext_mb, "wt": wt_rate, "secs": secs,
                     "quads": quads, "peak": max(peak, peak3), "secs2": secs2, "secs3": secs3, "occ": occ})
    write_results(a.out, rows, query_rows, used)
    print(f"wrote {a.out}")


def write_results(path: Path, rows: list[dict], queries: dict[str, dict[int, tuple[float, float]]],
                  used: dict[int, dict[str, str]]) -> None:
    cores = os.cpu_count() or 1
    lines = [
        "# Benchmark results",
        "",
        f"Machine: {machine()}.",
        f"Run: `.venv/bin/python bench/run.py {' '.join(sys.argv[1:])}` on {time.strftime('%Y-%m-%d')}.",
        "",
        "Per core = measured in one process on a sample of the corpus (read + extract + resolve + RDF + SHACL "
        "checks); build = `kg build` end to end with every core (extraction in worker processes, one writer).",
        "",
        "| reports | corpus MB | extraction reports/s/core | extraction MB/s/core | word_tokenize reports/s/core "
        "| ratio per core | build s | build reports/s | ratio build/word_tokenize (wall) | quads | quads/s "
        "| peak memory MB | unchanged rebuild s | speed-up | every report again s (`--force`) |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        build_rate = r["n"] / r["secs"]
        lines.append(
            f"| {r['n']:,} | {r['mb']:.1f} | {r['ext']:.0f} | {r['ext_mb']:.2f} | {r['wt']:.0f} "
            f"| {r['ext'] / r['wt']:.2f} | {r['secs']:.1f} | {build_rate:.0f} | {build_rate / r['wt']:.2f} "
            f"| {r['quads']:,} | {r['quads'] / r['secs']:,.0f} | {r['peak'] / 2**20:.0f} | {r['secs2']:.1f} "
            f"| {r['secs'] / r['secs2']:.0f}x | {r['secs3']:.1f} |")
    lines += ["", "Occupancies, the graph derived from all reports (kg/occupancies.py), on the built store: "
              "computed whole (as new rules do; a first build or a fresh store skips reading the reports, "
              "whose statements its workers send), after 1% of the reports changed (their posts alone), and "
              "checked when none did (one digest):", "",
              "| reports | posts | occupancies | derived quads | whole s | of which reading the reports s "
              "| reports changed | their posts | after the change s | unchanged ms |",
              "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        if "occ" in r:
            o = r["occ"]
            lines.append(f"| {r['n']:,} | {o['posts']:,} | {o['occupancies']:,} | {o['derived']:,} | {o['full']:.1f} "
                         f"| {o['read']:.1f} | {o['changed']:,} | {o['changed_posts']:,} | {o['incremental']:.2f} "
                         f"| {o['unchanged'] * 1000:.0f} |")
    lines += ["", f"Queries (milliseconds, median / p95 of repeated runs, {cores} cores):", "",
              "| query | " + " | ".join(f"{r['n']:,}" for r in rows) + " |",
              "|---|" + "---:|" * len(rows)]
    for name, by_n in sorted(queries.items()):
        cells = [f"{by_n[r['n']][0]:.1f} / {by_n[r['n']][1]:.1f}" if r["n"] in by_n else "" for r in rows]
        lines.append(f"| `{name}` | " + " | ".join(cells) + " |")
    lines.append("")
    for n, values in used.items():
        bound = ", ".join(f'{k} = "{v}"' for k, v in sorted(values.items()))
        lines.append(f"Parameters bound at {n:,}: {bound}.")
    lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    main()
