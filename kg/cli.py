"""The `kg` command: a thin layer over the library functions. Exit codes: 0 ok, 1 graph fails SHACL,
2 bad input (a file, a query, a store), 3 some files failed to build (the others were built)."""
from __future__ import annotations

import json
import sys

import click

from .errors import EXIT_INVALID_GRAPH, KGError

EXIT_PARTIAL = 3
DEFAULT_STORE = "output/store"


def fail(e: KGError) -> None:
    click.echo(f"error: {e}", err=True)
    sys.exit(e.exit_code)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "show_default": True})
@click.version_option(package_name="dkg")
def main():
    """Knowledge graph of actors, forums and legal instruments from diplomatic texts."""


@main.command()
@click.argument("paths", nargs=-1)
@click.option("-o", "--output", default="output", help="folder for the store, graph files, view and report")
@click.option("-j", "--workers", type=int, default=None, help="worker processes (default: all cores)")
@click.option("--view/--no-view", default=True, help="write output/graph.html")
@click.option("--model", default=None, envvar="KG_SPACY_MODEL",
              help="a spaCy pipeline (e.g. en_core_web_sm) that adds persons and organisations the reference data "
                   "lacks; none by default")
def build(paths, output, workers, view, model):
    """Read every .txt, .md, .html and .pdf file under PATHS (default: seeds/) into the graph."""
    import os
    from .build import build as run_build
    paths = list(paths) or ["seeds"]
    if model:
        os.environ["KG_SPACY_MODEL"] = model  # the worker processes read it too
    try:
        bar = _progress_bar()
        report = run_build(paths, output, workers=workers, progress=bar, view=view)
    except KGError as e:
        fail(e)
    _print_report(report)
    sys.exit(EXIT_PARTIAL if report.failed else 0)


def _progress_bar():
    """A progress bar on a terminal when many files are read; nothing otherwise."""
    if not sys.stderr.isatty():
        return None
    from tqdm import tqdm
    state = {}

    def tick(path):
        state.setdefault("bar", tqdm(unit="file", desc="reading", file=sys.stderr, leave=False)).update(1)
    return tick


def _print_report(r) -> None:
    for path, message in r.failed:
        click.echo(f"error: {message}", err=True)
    click.echo(f"documents: {r.documents} (extracted {r.extracted}, unchanged {r.unchanged}, "
               f"failed {len(r.failed)}, removed {r.removed}); words read: {r.words}; triples in store: {r.triples}")
    click.echo("entities: " + ", ".join(f"{k} {v}" for k, v in r.entities_per_class.items()))
    click.echo("facts: " + ", ".join(f"{k} {v}" for k, v in r.facts_per_predicate.items()))
    for name, path in r.outputs.items():
        click.echo(f"{name}: {path}")
    click.echo(f"time: {r.seconds.get('total', 0):.2f} s")


@main.command()
@click.option("--store", "store_path", default=DEFAULT_STORE, help="store folder written by kg build")
@click.option("-f", "--format", "fmt", default="ttl", type=click.Choice(["ttl", "trig", "nt", "nq", "jsonld",
                                                                         "graphml", "gexf", "csv"]))
@click.option("-o", "--output", default="-", help="file to write, - for standard output")
def export(store_path, fmt, output):
    """Write the graph from the store in an RDF format, or as a network file for Gephi and Cytoscape."""
    from .store import open_store
    try:
        store = open_store(store_path)
        if fmt in ("graphml", "gexf", "csv"):
            from .analyse import export_network
            export_network(store, fmt, None if output == "-" else output)
            return
        from .export import export as run_export
        if output == "-":
            sys.stdout.buffer.write(run_export(store, fmt))
        else:
            run_export(store, fmt, output)
    except KGError as e:
        fail(e)


@main.command()
@click.option("--store", "store_path", default=DEFAULT_STORE, help="store folder written by kg build")
@click.option("--json", "as_json", is_flag=True, help="print the result as JSON")
def validate(store_path, as_json):
    """Check the graph against the SHACL shapes and every quote against its source; exit 1 if it fails."""
    from .store import open_store
    from .validate import validate_store
    try:
        result = validate_store(open_store(store_path))
    except KGError as e:
        fail(e)
    if as_json:
        click.echo(json.dumps({"conforms": result.conforms, "violations": result.violations}, indent=2))
    else:
        for v in result.violations:
            click.echo(f"violation: {v}")
        click.echo("conforms" if result.conforms else f"does not conform: {len(result.violations)} violations")
    sys.exit(0 if result.conforms else EXIT_INVALID_GRAPH)


# commands defined in their own modules (query, serve, view, stats, path, bench) are registered here
def _register() -> None:
    import importlib
    for module, names in (("kg.query_cli", ("query",)), ("kg.serve", ("serve",)),
                          ("kg.view_cli", ("view",)), ("kg.analyse_cli", ("stats", "path")),
                          ("kg.bench", ("bench",))):
        try:
            mod = importlib.import_module(module)
        except ModuleNotFoundError as e:
            if e.name != module:
                raise
            continue
        for name in names:
            main.add_command(getattr(mod, f"{name}_command"), name)


_register()

if __name__ == "__main__":
    main()
