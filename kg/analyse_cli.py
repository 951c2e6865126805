"""`kg stats` and `kg path`: network analysis of the built store (networkx)."""
from __future__ import annotations

import json
import sys

import click

from .errors import KGError

DEFAULT_STORE = "output/store"


def fail(e: KGError) -> None:
    click.echo(f"error: {e}", err=True)
    sys.exit(e.exit_code)


@click.command("stats", context_settings={"show_default": True})
@click.option("--store", "store_path", default=DEFAULT_STORE, help="store folder written by kg build")
@click.option("--json", "as_json", is_flag=True, help="print the result as JSON")
@click.option("--top", type=click.IntRange(min=1), default=10, help="how many central entities and communities to list")
@click.option("--seed", type=int, default=42, help="seed of the Louvain communities and of sampled betweenness")
def stats_command(store_path, as_json, top, seed):
    """Entities per class, facts per predicate, the most central actors and instruments (degree, betweenness,
    PageRank), Louvain communities and connected components of the fact graph."""
    from .analyse import format_stats, stats
    from .store import open_store
    try:
        result = stats(open_store(store_path), top=top, seed=seed)
    except KGError as e:
        fail(e)
    click.echo(json.dumps(result, indent=2, ensure_ascii=False) if as_json else format_stats(result), nl=as_json)


@click.command("path", context_settings={"show_default": True})
@click.argument("source")
@click.argument("target")
@click.option("--store", "store_path", default=DEFAULT_STORE, help="store folder written by kg build")
@click.option("--limit", type=click.IntRange(min=1), default=5, help="at most this many shortest chains")
@click.option("--documents", is_flag=True, help="let a chain pass through a document that mentions both ends")
@click.option("--json", "as_json", is_flag=True, help="print the result as JSON")
def path_command(source, target, store_path, limit, documents, as_json):
    """The shortest chains of facts between two entities (labels, other names or IRIs), each step with its quote."""
    from .analyse import format_paths, paths
    from .store import open_store
    try:
        result = paths(open_store(store_path), source, target, limit=limit, documents=documents)
    except KGError as e:
        fail(e)
    click.echo(json.dumps(result, indent=2, ensure_ascii=False) if as_json else format_paths(result), nl=as_json)
