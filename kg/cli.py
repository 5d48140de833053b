"""The command line: thin wrappers over the pipeline, the store and the queries.

Every error is one line ``Error: ...`` with a hint, and a non-zero exit status.
"""

from __future__ import annotations

import os
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

EXIT_ERROR = 1
EXIT_SKIPPED = 3  # the build finished but some inputs were skipped

err = Console(stderr=True, soft_wrap=True)
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
    from .serve import serving

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
    for name, enc in sorted(summary.encodings.items()):
        err.print(f"read {name} as {enc} (not UTF-8)", highlight=False, soft_wrap=True, markup=False)
    err.print(
        f"{summary.reports} reports ({summary.built} built, {summary.unchanged} unchanged), "
        f"{summary.officials} officials, {summary.meetings} meetings, {summary.documents} documents "
        f"({summary.citations} citations); {len(summary.skipped)} skipped"
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
    p = Path(query)
    if query.endswith(".rq") or (len(query) < 300 and "\n" not in query and _is_file(p)):
        if not _is_file(p):
            raise QueryError(f"no query file {query}")
        return p.read_text(encoding="utf-8")
    return query


def _parse_param(raw: str) -> tuple[str, ox.NamedNode | ox.Literal]:
    if "=" not in raw:
        raise QueryError(f"--param {raw!r} is not NAME=VALUE")
    name, value = raw.split("=", 1)
    name = name.lstrip("?$")
    if value.startswith("<") and value.endswith(">"):
        return name, ox.NamedNode(value[1:-1])
    return name, ox.Literal(value)


@main.command()
@store_option
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv", "tsv"]), default="table",
              show_default=True)
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
              help="bind ?NAME to VALUE (a literal, or <IRI>) through pyoxigraph substitutions")
@click.argument("query")
def query(store_dir: str | None, fmt: str, params: tuple[str, ...], query: str) -> None:
    """Run SPARQL (a QUERY string or a .rq file) over the store."""
    sparql = _load_query(query)
    store = Store(store_dir, read_only=True)
    result = store.query(sparql, dict(_parse_param(p) for p in params))
    _print_result(result, fmt)


def _cell(term: object) -> str:
    if term is None:
        return ""
    value = getattr(term, "value", term)
    return str(value)


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
    names = [v.value for v in result.variables]
    table = Table(*names, show_lines=False)
    n = 0
    for row in result:
        table.add_row(*(_cell(row[v]) for v in names))
        n += 1
    out.print(table)
    out.print(f"{n} rows", style="dim")


@main.command()
@store_option
def stats(store_dir: str | None) -> None:
    """Counts of what the store holds."""
    store = Store(store_dir, read_only=True)
    q = """SELECT
      (COUNT(DISTINCT ?r) AS ?reports) (COUNT(DISTINCT ?p) AS ?officials) (COUNT(DISTINCT ?m) AS ?meetings)
      (COUNT(DISTINCT ?ra) AS ?roles) (COUNT(DISTINCT ?d) AS ?documents) (COUNT(DISTINCT ?pv) AS ?provinces)
    WHERE {
      { ?r a vgk:Report } UNION { ?p a vgk:Official } UNION { ?m a vgk:Meeting }
      UNION { ?ra a vgk:RoleAssignment } UNION { ?x vgk:cites ?d } UNION { ?y vgk:province ?pv . ?y a vgk:Report }
    }"""
    row = next(iter(store.query(q)))
    table = Table("what", "count")
    for name in ("reports", "officials", "meetings", "roles", "documents", "provinces"):
        table.add_row(name, _cell(row[name]))
    table.add_row("quads", str(len(store.raw)))
    table.add_row("store", str(store.path))
    out.print(table)


@main.command()
@store_option
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv", "tsv"]), default="table",
              show_default=True)
def documents(store_dir: str | None, fmt: str) -> None:
    """Every cited document: title (where known), how many reports and provinces cite it, and the reports."""
    from .vocab import query_path

    store = Store(store_dir, read_only=True)
    _print_result(store.query(query_path("07_documents.rq").read_text(encoding="utf-8")), fmt)


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
@click.option("--province", default=None, metavar="NAME", help="only the reports about this province")
@click.option("-o", "--output", required=True, metavar="FILE", help="file to write")
def export(store_dir: str | None, fmt: str, view: str, province: str | None, output: str) -> None:
    """Export the graph for Gephi, Cytoscape, Graphviz or a browser, or dump it as RDF."""
    from .export import export as run_export

    store = Store(store_dir, read_only=True)
    summary = run_export(store, fmt, output, view=view, province=province)
    what = "subjects, {} statements" if fmt in ("ttl", "nq", "jsonld") else "nodes, {} edges"
    err.print(f"wrote {summary.path}: {summary.nodes} " + what.format(summary.edges), highlight=False,
              soft_wrap=True, markup=False)


@main.command()
@store_option
@click.option("--bind", default="127.0.0.1:7878", show_default=True, metavar="HOST:PORT",
              help="address to listen on")
@click.option("--read-write", is_flag=True,
              help="accept SPARQL updates and Graph Store writes (needed by kg build --endpoint)")
@click.option("--timeout", "timeout_s", type=click.IntRange(min=1), default=30, show_default=True,
              help="seconds a query may run")
def serve(store_dir: str | None, bind: str, read_write: bool, timeout_s: int) -> None:
    """Serve the store over SPARQL with the Oxigraph server (YASGUI query page included).

    The default graph is the union of all graphs.  Read-only unless --read-write; stop
    with Ctrl-C."""
    from .serve import run_forever, start

    server = start(store_dir or default_store(), bind=bind, read_write=read_write, timeout_s=timeout_s)

    def ready(s: object) -> None:
        mode = "read-write" if read_write else "read-only"
        err.print(f"Serving {server.store_dir} ({mode}, Oxigraph {ox.__version__}, union default graph, "
                  f"{timeout_s} s query timeout)", highlight=False, soft_wrap=True, markup=False)
        err.print(f"  query page (YASGUI): {server.url}/", highlight=False, soft_wrap=True, markup=False)
        err.print(f"  SPARQL endpoint:     {server.url}/query", highlight=False, soft_wrap=True, markup=False)
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
