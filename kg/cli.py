"""The command line: thin wrappers over the pipeline, the store and the queries.

Every error is one line ``Error: ...`` with a hint, and a non-zero exit status.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import sys
from pathlib import Path

import click
import pyoxigraph as ox
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from . import __version__
from .errors import KgError, QueryError, StoreError
from .store import Store, default_store
from .vocab import PREFIXES

EXIT_ERROR = 1
EXIT_SKIPPED = 3  # the build finished but some inputs were skipped

err = Console(stderr=True, soft_wrap=True)
# A terminal's output is as wide as the terminal; piped output 200 columns.
out = Console(width=None if Console().is_terminal else 200)

store_option = click.option("--store", "store_dir", metavar="DIR", default=None,
                            help="store folder (default: $KG_STORE or ./.kg-store)")


def _fail(e: KgError) -> None:
    err.print(f"Error: {e}", highlight=False, soft_wrap=True, markup=False, style="bold red")
    if e.hint:
        err.print(f"  hint: {e.hint}", highlight=False, soft_wrap=True, markup=False)
    sys.exit(EXIT_ERROR)


class KgGroup(click.Group):
    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except KgError as e:
            _fail(e)
        except (click.ClickException, click.exceptions.Exit, click.Abort, SystemExit):
            raise
        except KeyboardInterrupt:
            err.print("Interrupted.", highlight=False)
            sys.exit(130)
        except Exception as e:  # a bug: one line, and the traceback on request
            if os.environ.get("KG_DEBUG"):
                raise
            err.print(f"Error: internal error: {type(e).__name__}: {e}", highlight=False, soft_wrap=True, markup=False)
            err.print("  hint: this is a bug in kg; run again with KG_DEBUG=1 for the traceback and report it",
                      highlight=False, markup=False)
            sys.exit(EXIT_ERROR)
        return None


@click.group(cls=KgGroup)
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """vngovkg: a knowledge graph of Vietnamese provincial government reports."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@store_option
@click.option("--force", is_flag=True, help="extract every report again, changed or not")
@click.option("--strict", is_flag=True, help="fail (exit 1) if any input is skipped")
@click.option("--no-validate", is_flag=True, help="do not check each report's graph against the SHACL shapes")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="worker processes for extraction (default: every core)")
@click.option("--prune", is_flag=True, help="remove the graphs of reports that are no longer under PATHS")
@click.option("--no-compact", is_flag=True,
              help="do not compact the store after a large load of new reports (kg optimize does it later)")
@click.option("--endpoint", metavar="URL", default=None,
              help="build into a running SPARQL server (kg serve --read-write) instead of a store folder")
@click.option("--endpoint-protocol", type=click.Choice(["update", "gsp"]), default="update", show_default=True,
              help="with --endpoint: SPARQL 1.1 Update (one transaction a report) or Graph Store Protocol PUT")
def build(paths: tuple[str, ...], store_dir: str | None, force: bool, strict: bool, no_validate: bool,
          jobs: int | None, prune: bool, no_compact: bool, endpoint: str | None, endpoint_protocol: str) -> None:
    """Read files and folders of reports into the store (created if missing).

    With --endpoint URL the graphs go to a running SPARQL server instead, so that it
    keeps answering queries during the build.

    Exit status: 0 all built; 3 finished but some inputs were skipped (1 with --strict);
    1 on an error; 130 when interrupted (every report is at its old or its new graph:
    run the same build again to finish)."""
    from .endpoint import Endpoint
    from .pipeline import Target
    from .pipeline import build as run_build
    from .read import discover
    from .serve import serving

    missing = [p for p in paths if not os.path.lexists(p)]
    if missing:
        raise KgError(f"no such file or folder: {', '.join(missing)}",
                      hint="check the path; nothing was built, and no store was made")
    if prune and not discover(list(paths))[0]:
        raise KgError(f"no reports under {', '.join(paths)}: --prune would remove every report of the store",
                      hint="check the paths (reports are .txt, .html, .htm and .jsonl files)")
    store: Target
    if endpoint:
        if store_dir:
            raise KgError("--store and --endpoint name two targets", hint="give one of them")
        store = Endpoint(endpoint, protocol=endpoint_protocol)
    else:
        running = serving(Path(store_dir or default_store()))
        if running:
            raise StoreError(f"the store {store_dir or default_store()} is being served by kg serve "
                             f"(pid {running['pid']}, {running['url']})",
                             hint="stop it, or serve it with --read-write and build through it: "
                                  f"kg build --endpoint {running['url']} PATH")
        store = Store(store_dir)
    quiet = not err.is_terminal
    with Progress(TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeRemainingColumn(), console=err, disable=quiet, transient=True) as bar:
        task = bar.add_task("building", total=None)

        def tick(name: str, total: int) -> None:
            bar.update(task, total=total, advance=1, description=f"building {name[:30]}")

        def stage(what: str) -> None:
            bar.update(task, description=what)

        try:
            summary = run_build(list(paths), store, force=force, validate=not no_validate, jobs=jobs, prune=prune,
                                compact=not no_compact, progress=tick, stage=stage)
        finally:
            store.close()
    for s in summary.skipped:
        err.print(f"skipped {s.path}: {s.reason}", highlight=False, soft_wrap=True, markup=False)
    for s in summary.warnings:
        err.print(f"Warning: {s.path}: {s.reason}", highlight=False, soft_wrap=True, markup=False, style="yellow")
    for name, enc in sorted(summary.encodings.items()):
        err.print(f"read {name} as {enc} (not UTF-8)", highlight=False, soft_wrap=True, markup=False)
    if not summary.reports and not summary.skipped and not summary.interrupted:
        err.print(f"Warning: no reports under {', '.join(paths)} (reports are .txt, .html, .htm and .jsonl files)",
                  highlight=False, soft_wrap=True, markup=False, style="yellow")
    err.print(
        f"{summary.reports} reports ({summary.built} built, {summary.unchanged} unchanged); "
        f"in the {summary.built} built: {summary.officials} officials named, {summary.meetings} meetings, "
        f"{summary.documents} documents cited ({summary.citations} citations); {len(summary.skipped)} skipped"
        + (f"; {summary.pruned} pruned" if prune else "") + f"; store {store.path}"
        + (" (compacted)" if summary.compacted else ""),
        highlight=False, soft_wrap=True, markup=False,
    )
    if summary.interrupted:
        err.print("Interrupted: every report is at its old or its new graph; run the same build again to finish.",
                  highlight=False)
        sys.exit(130)
    if summary.skipped:
        sys.exit(EXIT_ERROR if strict else EXIT_SKIPPED)


def _is_file(p: Path) -> bool:
    try:
        return p.is_file()
    except OSError:  # a query string too long to be a file name
        return False


def _load_query(query: str) -> str:
    """A query file's text, a shipped query's by its name or number ("07"), or the query itself."""
    p = Path(query)
    if len(query) < 300 and "\n" not in query and _is_file(p):
        return p.read_text(encoding="utf-8")
    shipped = _shipped(query) if re.fullmatch(r"[\w./-]+", query) else None
    if shipped is not None:
        return shipped.read_text(encoding="utf-8")
    if query.endswith(".rq"):
        raise QueryError(f"no query file {query}", hint="kg query --list shows the shipped queries")
    return query


def _shipped(name: str) -> Path | None:
    """A shipped query by its file name or number ("01", "01_officials_at_province_meetings.rq")."""
    from .vocab import query_path

    folder = query_path("01_officials_at_province_meetings.rq").parent
    wanted = Path(name).name
    for f in sorted(folder.glob("*.rq")):
        if f.name == wanted or f.stem == wanted or f.name.split("_", 1)[0] == wanted:
            return f
    return None


def _split_param(raw: str) -> tuple[str, str]:
    if "=" not in raw:
        raise QueryError(f"--param {raw!r} is not NAME=VALUE", hint='e.g. --param province="Trà Vinh"')
    name, value = raw.split("=", 1)
    return name.strip().lstrip("?$"), value


def _list_queries() -> None:
    from .lookup import query_info
    from .vocab import query_path

    folder = query_path("01_officials_at_province_meetings.rq").parent
    for f in sorted(folder.glob("*.rq")):
        info = query_info(f.read_text(encoding="utf-8"))
        examples = info.examples()
        out.print(f"queries/{f.name}", style="bold", highlight=False, soft_wrap=True)
        out.print(f"    {info.title}", highlight=False, soft_wrap=True)
        if info.params:
            out.print("    " + " ".join(f'--param {p}="{examples[p]}"' if p in examples else f"--param {p}=..."
                                         for p in info.params), highlight=False, soft_wrap=True, style="dim")
    out.print("\nValues are matched forgivingly: tone marks, case and spacing are optional (tra vinh, TP HCM, "
              "vo van hung, 19/2014/qd-ttg).", highlight=False, soft_wrap=True)


@main.command()
@store_option
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv", "tsv"]), default="table",
              show_default=True)
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
              help="bind ?NAME to VALUE (a literal, or <IRI>) through pyoxigraph substitutions; provinces, "
                   "officials' names and document numbers are matched to what the store holds")
@click.option("--merged", is_flag=True,
              help="a province parameter takes in the provinces merged with it on 1 July 2025")
@click.option("--lang", type=click.Choice(["vi", "en"]), default="vi", show_default=True,
              help="the language of meeting kinds and document types in the table")
@click.option("--list", "list_queries", is_flag=True, help="list the shipped queries and their parameters")
@click.argument("query", required=False)
def query(store_dir: str | None, fmt: str, params: tuple[str, ...], merged: bool, lang: str, list_queries: bool,
          query: str | None) -> None:
    """Run SPARQL (a QUERY string or a .rq file) over the store."""
    from . import lookup

    if list_queries:
        _list_queries()
        return
    if not query:
        raise QueryError("no query given", hint="kg query FILE.rq or kg query 'SELECT ...'; "
                                               "kg query --list shows the shipped queries")
    sparql = _load_query(query)
    info = lookup.query_info(sparql)
    raw = [_split_param(p) for p in params]
    lookup.check_params(info, [n for n, _ in raw], query if query.endswith(".rq") else "the query")
    store = Store(store_dir, read_only=True)
    resolved = [lookup.resolve_param(store, n, v, merged=merged) for n, v in raw]
    for r in resolved:
        note = r.note()
        if note:
            err.print(f"note: {note}", highlight=False, soft_wrap=True, markup=False, style="dim")
    runs = [dict(zip([r.name for r in resolved], combo, strict=True))
            for combo in itertools.product(*(r.values for r in resolved))]
    try:
        n = _run_and_print(store, sparql, runs, fmt, info, lang)
    except QueryError as e:
        slash = re.search(r"(?<![<\w])(\w+):([\w-]+/[\w/-]+)", lookup.strip_comments(sparql))
        if slash and "does not parse" in str(e):  # res:graph/provinces: no '/' in a prefixed name
            prefix, local = slash.groups()
            iri = PREFIXES.get(prefix, "...") + local
            raise QueryError(str(e), hint=f"a prefixed name cannot hold '/': write <{iri}> "
                                          f"(or {prefix}:{local.replace('/', chr(92) + '/')}) "
                                          f"for {slash.group(0)}") from e
        raise
    if n == 0:
        for r in resolved:
            if not r.matched:
                err.print(f"Warning: {r.miss()}", highlight=False, soft_wrap=True, markup=False, style="yellow")


def _run_and_print(store: Store, sparql: str, runs: list[dict[str, ox.NamedNode | ox.Literal]], fmt: str,
                   info: object, lang: str) -> int | None:
    """Run the query once per set of values and print the results as one; the number of
    rows (None for a graph or a boolean)."""
    results = [store.query(sparql, subs) for subs in runs]
    first = results[0]
    if not isinstance(first, ox.QuerySolutions):
        if len(results) > 1 and isinstance(first, ox.QueryBoolean):
            first = next((r for r in results if bool(r)), first)
        _print_result(first, fmt)
        for extra in results[1:]:
            if isinstance(extra, ox.QueryTriples):
                _print_result(extra, fmt)
        return None
    if fmt == "table":
        return _print_table(results, info, lang)
    formats = {"json": ox.QueryResultsFormat.JSON, "csv": ox.QueryResultsFormat.CSV,
               "tsv": ox.QueryResultsFormat.TSV}
    blobs = [r.serialize(format=formats[fmt]) or b"" for r in results]
    if fmt == "json":
        docs = [json.loads(b) for b in blobs]
        if len(docs) > 1:
            merged = docs[0]
            for d in docs[1:]:
                merged["results"]["bindings"].extend(d["results"]["bindings"])
            blobs = [json.dumps(merged, ensure_ascii=False, separators=(",", ":")).encode()]
        sys.stdout.buffer.write(blobs[0])
        sys.stdout.write("\n")
        return sum(len(d["results"]["bindings"]) for d in docs)
    # CSV/TSV: the header line once, then the rows of each run.
    sys.stdout.buffer.write(blobs[0])
    rows = blobs[0].count(b"\n") - 1
    for b in blobs[1:]:
        body = b.split(b"\n", 1)[1] if b"\n" in b else b""
        sys.stdout.buffer.write(body)
        rows += body.count(b"\n")
    return max(rows, 0)


def _cell(term: object) -> str:
    if term is None:
        return ""
    value = getattr(term, "value", term)
    return str(value)


# A table keeps whole, on one line, the values of the columns that name or date something
# (an official's name, a province, a document's number, a date) and any short column; the
# other long columns (roles, titles, lists of files) wrap, the widest first, where the
# table would not fit the width otherwise.
_WHOLE_COLUMNS = {"name", "name1", "name2", "holder", "province", "number", "date", "year", "reviewYear",
                  "firstSeen", "lastSeen", "endedBy"}
_SHORT, _LONG = 12, 40


def _columns(names: list[str], cells: list[list[str]], width: int) -> Table:
    widest = [max([len(c[i]) for c in cells] + [len(n)]) for i, n in enumerate(names)]
    whole = [n in _WHOLE_COLUMNS or w <= _SHORT or w <= _LONG for n, w in zip(names, widest, strict=True)]
    spare = sorted((i for i, n in enumerate(names) if n not in _WHOLE_COLUMNS and widest[i] > _SHORT),
                   key=lambda i: -widest[i])
    total = sum(w + 3 for w, keep in zip(widest, whole, strict=True) if keep) + 1
    for i in spare:  # let the widest of the other columns wrap until the table fits
        if total + sum(16 + 3 for j, keep in enumerate(whole) if not keep) <= width:
            break
        if whole[i]:
            whole[i] = False
            total -= widest[i] + 3
    flexible = [i for i, keep in enumerate(whole) if not keep]
    room = max(5, (width - total) // max(1, len(flexible)) - 3)  # what each wrapping column may have at least
    table = Table(show_lines=False)
    for i, name in enumerate(names):
        if whole[i]:
            table.add_column(name, no_wrap=True, min_width=widest[i])
        else:
            table.add_column(name, overflow="fold", ratio=1, min_width=min(widest[i], 16, room))
    return table


def _print_table(results: list[ox.QuerySolutions], info: object, lang: str) -> int:
    from . import lookup

    assert isinstance(info, lookup.QueryInfo)
    names = [v.value for v in results[0].variables]
    rows = [{v: row[v] for v in names} for result in results for row in result]
    if info.order and all(var in names for var, _ in info.order):
        rows = lookup.sort_rows(rows, info.order)
    labels = lookup.term_labels(lang)

    def show(term: object) -> str:
        if isinstance(term, ox.Literal) and term.datatype.value.endswith("#boolean"):
            return "✓" if term.value == "true" else ""
        text = _cell(term)
        return labels.get(text, text)

    cells = [[show(r[v]) for v in names] for r in rows]
    table = _columns(names, cells, out.width)
    for c in cells:
        table.add_row(*c)
    out.print(table, highlight=False)
    out.print(f"{len(rows)} rows", style="dim", highlight=False)
    return len(rows)


def _print_result(result: object, fmt: str) -> None:
    formats = {"json": ox.QueryResultsFormat.JSON, "csv": ox.QueryResultsFormat.CSV,
               "tsv": ox.QueryResultsFormat.TSV}
    if isinstance(result, ox.QueryTriples):
        sys.stdout.buffer.write(result.serialize(format=ox.RdfFormat.N_TRIPLES) or b"")
        return
    if isinstance(result, ox.QueryBoolean):
        if fmt == "table":
            out.print("true" if bool(result) else "false")
        else:
            sys.stdout.buffer.write(result.serialize(format=formats[fmt]) or b"")
        return
    assert isinstance(result, ox.QuerySolutions)
    if fmt != "table":
        sys.stdout.buffer.write(result.serialize(format=formats[fmt]) or b"")
        if fmt == "json":
            sys.stdout.write("\n")
        return
    from .lookup import query_info

    _print_table([result], query_info(""), "vi")


# What kg stats counts, each with what it counts; the build's summary counts the same
# "named"/"cited" totals for the reports it built (kg.pipeline.BuildSummary).
STATS = (
    ("reports", "reports (one graph each)",
     "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { GRAPH ?r { ?r a vgk:Report } }"),
    ("meetings", "meetings (one a report)",
     "SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { GRAPH ?r { ?m a vgk:Meeting } }"),
    ("officials", "distinct officials (a person the reports of a province name is one official)",
     "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { GRAPH ?r { ?p a vgk:Official } }"),
    ("officials named", "officials counted once in each report that names them (the build's count)",
     "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?r ?p WHERE { GRAPH ?r { ?p a vgk:Official } } }"),
    ("roles", "roles as the reports state them (one a title a report gives an official)",
     "SELECT (COUNT(DISTINCT ?ra) AS ?n) WHERE { GRAPH ?r { ?ra a vgk:RoleAssignment } }"),
    ("documents", "distinct legal documents cited",
     "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { GRAPH ?r { ?r vgk:cites ?d } }"),
    ("documents cited", "documents counted once in each report that cites them (the build's count)",
     "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?r ?d WHERE { GRAPH ?r { ?r vgk:cites ?d } } }"),
    ("citations", "places in the texts where a document is cited (the build's count)",
     "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?r ?m WHERE { GRAPH ?r { ?r vgk:cites ?d . "
     "?d vgk:evidence ?m } } }"),
    ("provinces", "provinces some report is about",
     "SELECT (COUNT(DISTINCT ?pv) AS ?n) WHERE { GRAPH ?r { ?r a vgk:Report ; vgk:province ?pv } }"),
)


@main.command()
@store_option
def stats(store_dir: str | None) -> None:
    """Counts of what the store holds, each with what it counts."""
    store = Store(store_dir, read_only=True)
    table = Table("what", "count", "counts")
    for name, what, q in STATS:
        row = next(iter(store.query(q)))
        table.add_row(name, _cell(row["n"]), what)
    table.add_row("quads", str(len(store.raw)), "RDF statements in the store, reference data included")
    table.add_row("store", str(store.path), "")
    out.print(table, highlight=False)


@main.command()
@store_option
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv", "tsv"]), default="table",
              show_default=True)
@click.option("--lang", type=click.Choice(["vi", "en"]), default="vi", show_default=True,
              help="the language of the document types in the table")
def documents(store_dir: str | None, fmt: str, lang: str) -> None:
    """Every cited document: title (where known), how many reports and provinces cite it, and the reports."""
    from .lookup import query_info
    from .vocab import query_path

    store = Store(store_dir, read_only=True)
    sparql = query_path("07_documents.rq").read_text(encoding="utf-8")
    _run_and_print(store, sparql, [{}], fmt, query_info(sparql), lang)


@main.command()
@click.argument("report")
@store_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text: the report highlighted, then its facts; json: the same for tools")
@click.option("--lang", type=click.Choice(["vi", "en"]), default="vi", show_default=True,
              help="the language of meeting kinds, document types and participation")
@click.option("--no-text", is_flag=True, help="the facts alone, without the report's text")
def show(report: str, store_dir: str | None, fmt: str, lang: str, no_text: bool) -> None:
    """One report, every mention highlighted, and its facts with their spans.

    REPORT is a report file (read and extracted now, as kg build would: FILE.jsonl#LINE
    for one line of JSON Lines) or the name of a report in the store (d016.txt)."""
    from .show import ShowError, as_json, from_file, from_store, print_shown

    head = report.rpartition("#")[0] if "#" in report else ""
    if _is_file(Path(report)) or (head and _is_file(Path(head))):
        shown = from_file(report, lang=lang)
    else:
        path = Path(store_dir or default_store())
        if not path.exists():
            raise ShowError(f"no file {report}, and no store at {path} to look it up in")
        shown = from_store(Store(store_dir, read_only=True), report, lang=lang)
    if fmt == "json":
        data = as_json(shown)
        if no_text:
            data.pop("text")
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")
        return
    console = Console(width=None if out.is_terminal else 100, highlight=False)
    print_shown(shown, console, lang=lang, text=not no_text)


@main.command()
@store_option
def optimize(store_dir: str | None) -> None:
    """Compact the store: merge the files a large build bulk-loaded.

    A build does it itself after a large load of new reports (a first build of 5,000 or
    more, or one that doubles the store); after smaller loads added to a large store, run
    it now and then: lookups and scans run faster afterwards (bench/RESULTS.md)."""
    from .serve import serving

    path = Path(store_dir or default_store())
    if not path.exists():
        raise StoreError(f"no store at {path}", hint="build one first: kg build PATH")
    running = serving(path)
    if running:
        raise StoreError(f"the store {path} is being served by kg serve (pid {running['pid']})",
                         hint="stop the server first")
    store = Store(store_dir, create=False)
    try:
        with err.status("compacting the store"):
            store.optimize()
    finally:
        store.close()
    err.print(f"compacted {store.path}", highlight=False)


@main.command()
@store_option
def validate(store_dir: str | None) -> None:
    """Check every report graph of the store against ontology/shapes.ttl (SHACL)."""
    from .validate import report_graphs, validate_store

    store = Store(store_dir, read_only=True)
    violations = validate_store(store)
    for v in violations:
        out.print(str(v), highlight=False, soft_wrap=True)
    n = len(report_graphs(store))
    if violations:
        err.print(f"{len(violations)} violations in {n} reports", highlight=False)
        sys.exit(EXIT_ERROR)
    err.print(f"{n} reports conform to the shapes", highlight=False)


@main.command()
@store_option
@click.option("--format", "fmt", required=True,
              type=click.Choice(["graphml", "gexf", "dot", "cyjs", "html", "ttl", "nq", "jsonld"]),
              help="graphml/gexf (Gephi), dot (Graphviz), cyjs (Cytoscape), html (one offline page), or RDF")
@click.option("--view", type=click.Choice(["people", "documents", "all"]), default="all", show_default=True,
              help="people: officials, meetings, provinces; documents: reports, documents, provinces")
@click.option("--province", default=None, metavar="NAME",
              help="only the reports about this province (matched as kg query matches: tra vinh, TP HCM, Huế)")
@click.option("--merged", is_flag=True, help="with --province: also the provinces merged with it on 1 July 2025")
@click.option("-o", "--output", required=True, metavar="FILE", help="file to write")
def export(store_dir: str | None, fmt: str, view: str, province: str | None, merged: bool, output: str) -> None:
    """Export the graph for Gephi, Cytoscape, Graphviz or a browser, or dump it as RDF."""
    from .export import export as run_export
    from .export import province_iris

    if province:
        province_iris(province)  # a province that is none is an error before the store is opened
    store = Store(store_dir, read_only=True)
    summary = run_export(store, fmt, output, view=view, province=province, merged=merged)
    what = "subjects, {} statements" if fmt in ("ttl", "nq", "jsonld") else "nodes, {} edges"
    err.print(f"wrote {summary.path}: {summary.nodes} " + what.format(summary.edges), highlight=False,
              soft_wrap=True, markup=False)
    if province and not summary.nodes:
        err.print(f"Warning: no report of the store is about {province} (as {', '.join(_labels(province, merged))})",
                  highlight=False, soft_wrap=True, markup=False, style="yellow")


def _labels(province: str, merged: bool) -> list[str]:
    from .lookup import provinces_named

    return list(dict.fromkeys(p.label + (" after 1 July 2025" if p.key.endswith("-2025") else "")
                              for p in provinces_named(province, merged=merged)))


@main.command()
@store_option
@click.option("--bind", default="127.0.0.1:7878", show_default=True, metavar="HOST:PORT",
              help="address to listen on")
@click.option("--read-write", is_flag=True,
              help="accept SPARQL updates and Graph Store writes (needed by kg build --endpoint)")
@click.option("--timeout", "timeout_s", type=click.IntRange(min=1), default=30, show_default=True,
              help="seconds a query may run")
@click.option("--endpoint", metavar="URL", default=None,
              help="serve the pages over this SPARQL server (its base URL, queries at URL/query) instead of a store")
def serve(store_dir: str | None, bind: str, read_write: bool, timeout_s: int, endpoint: str | None) -> None:
    """Serve the store over SPARQL with the Oxigraph server (YASGUI query page included),
    and every resource as a page (/id/...), with a search box and a VoID description.

    The default graph is the union of all graphs.  Read-only unless --read-write; stop
    with Ctrl-C."""
    from .serve import run_forever, start, start_pages

    if endpoint:
        if store_dir or read_write:
            raise KgError("--endpoint serves another server's data: give no --store or --read-write with it",
                          hint="kg serve --endpoint URL")
        server = start_pages(endpoint, bind=bind, timeout_s=timeout_s)
    else:
        server = start(store_dir or default_store(), bind=bind, read_write=read_write, timeout_s=timeout_s)

    def ready(s: object) -> None:
        mode = "read-write" if read_write else "read-only"
        if endpoint:
            err.print(f"Serving pages over {server.upstream}", highlight=False, soft_wrap=True, markup=False)
        else:
            err.print(f"Serving {server.store_dir} ({mode}, Oxigraph {ox.__version__}, union default graph, "
                      f"{timeout_s} s query timeout)", highlight=False, soft_wrap=True, markup=False)
        err.print(f"  query page (YASGUI): {server.url}/", highlight=False, soft_wrap=True, markup=False)
        err.print(f"  SPARQL endpoint:     {server.url}/query", highlight=False, soft_wrap=True, markup=False)
        err.print(f"  search and pages:    {server.url}/search  ({server.url}/id/...)", highlight=False,
                  soft_wrap=True, markup=False)
        err.print(f"  VoID:                {server.url}/.well-known/void", highlight=False, soft_wrap=True,
                  markup=False)
        if read_write:
            err.print(f"  SPARQL update:       {server.url}/update", highlight=False, soft_wrap=True, markup=False)
            err.print(f"  Graph Store:         {server.url}/store", highlight=False, soft_wrap=True, markup=False)
            err.print(f"  build into it:       kg build --endpoint {server.url} PATH", highlight=False,
                      soft_wrap=True, markup=False)
        err.print("Press Ctrl-C to stop.", highlight=False)

    status = run_forever(server, ready)
    err.print("Stopped." if status in (0, -2) else f"The server stopped (exit status {status}).", highlight=False)
    if status not in (0, -2):
        sys.exit(EXIT_ERROR)


if __name__ == "__main__":
    main()
