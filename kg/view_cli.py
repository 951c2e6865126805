"""`kg view`: write a focused interactive view (one self-contained HTML file) from the built store."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from .errors import KGError

DEFAULT_STORE = "output/store"
DEFAULT_OUTPUT = "output/view.html"


def fail(e: KGError) -> None:
    click.echo(f"error: {e}", err=True)
    sys.exit(e.exit_code)


@click.command("view", context_settings={"show_default": True})
@click.option("--focus", "focus_on", metavar="NAME", help="an entity's neighbourhood: its label, other name or IRI")
@click.option("--depth", type=click.IntRange(min=0), default=2, help="with --focus: how many facts away to go")
@click.option("--query", "query_file", type=click.Path(dir_okay=False), metavar="FILE.rq",
              help="the triples of a CONSTRUCT query, or a SELECT of ?s ?p ?o")
@click.option("--stances", "stances_", is_flag=True, help="who welcomes, supports, thanks, condemns, urges or aligns with whom")
@click.option("--treaties", "treaties_", is_flag=True, help="states and the treaties they are party to, and not party to")
@click.option("-o", "--output", default=DEFAULT_OUTPUT, help="HTML file to write")
@click.option("--store", "store_path", default=DEFAULT_STORE, help="store folder written by kg build")
@click.option("--max-nodes", type=int, default=2000, help="above this many nodes keep the most central and say so on the page")
@click.option("--size-by", type=click.Choice(["degree", "pagerank", "betweenness"]), default="degree",
              help="what node size (and the choice of nodes kept) follows")
@click.option("--documents", is_flag=True, help="draw the documents too, with their speakers, meetings and mentions")
@click.option("--all", "everything", is_flag=True,
              help="without another view option: every entity, including reference entities no document mentions")
def view_command(focus_on, depth, query_file, stances_, treaties_, output, store_path, max_nodes, size_by, documents,
                 everything):
    """Write an interactive network view: the overview (default), or --focus NAME, --query FILE.rq, --stances or
    --treaties. The page needs no network: its scripts are inline."""
    from . import view
    from .store import open_store
    chosen = [n for n, v in (("--focus", focus_on), ("--query", query_file), ("--stances", stances_),
                             ("--treaties", treaties_)) if v]
    if len(chosen) > 1:
        raise click.UsageError(f"choose one of {', '.join(chosen)}")
    try:
        if query_file is not None and not Path(query_file).is_file():
            raise KGError("E001", path=query_file)
        store = open_store(store_path)
        if focus_on:
            net = view.focus(store, focus_on, depth=depth, max_nodes=max_nodes, size_by=size_by, documents=documents)
        elif query_file:
            net = view.query(store, Path(query_file).read_text(encoding="utf-8"), max_nodes=max_nodes, size_by=size_by,
                             title=f"Query: {Path(query_file).name}")
        elif stances_:
            net = view.stances(store, max_nodes=max_nodes, size_by=size_by)
        elif treaties_:
            net = view.treaties(store, max_nodes=max_nodes, size_by=size_by)
        else:
            net = view.overview(store, max_nodes=max_nodes, size_by=size_by, documents=documents, everything=everything)
        path = view.write_network(net, output)
    except KGError as e:
        fail(e)
    s = net.summary
    click.echo(f"view: {path} ({s['nodes']} nodes, {s['edges']} edges"
               + (f"; {s['nodes_total'] - s['nodes']} nodes left out, see the notice on the page" if net.notice else "")
               + ")")
