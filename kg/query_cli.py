"""`kg query`: SPARQL against the built store or a remote endpoint, from the command line, a file or the library of
named queries. Every failure is one line `error: E0xx ...` on stderr, exit code 2."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import click

from .errors import KGError
from .query import (ALL_FORMATS, DEFAULT_TIMEOUT, QueryWorker, bind, check_store, get_named, label_variables,
                    named_queries, normalise_format, request, run_remote, split_param)

DEFAULT_STORE = "output/store"


def fail(e: KGError) -> None:
    click.echo(f"error: {e}", err=True)
    sys.exit(e.exit_code)


class OneLineErrors(click.Command):
    """Click's usage errors (a bad option value, a missing argument) as one `error: E035 ...` line, exit 2."""

    def parse_args(self, ctx, args):
        try:
            return super().parse_args(ctx, args)
        except click.UsageError as e:
            fail(KGError("E035", reason=e.format_message().replace("\n", " "), command=self.name))


def list_queries() -> str:
    lines = []
    for name, q in named_queries().items():
        lines.append(f"{name}\n    {q.question}")
        for p in q.params:
            lines.append(f"    --param {p.name}=VALUE  ({'required' if p.required else 'optional'}) {p.help}")
        if q.example:
            lines.append("    e.g. kg query --name " + name + "".join(f" --param '{k}={v}'" for k, v in q.example.items()))
    return "\n".join(lines) + "\n"


@click.command("query", cls=OneLineErrors)
@click.argument("sparql", required=False)
@click.option("-f", "--file", "query_file", help="read the query from this .rq file")
@click.option("-n", "--name", help="run a named query from the library (see --list)")
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE",
              help="bind a parameter (repeatable): a label such as Japan, an IRI such as id:state/JPN or <https://...>, "
                   "or a \"quoted literal\"")
@click.option("--list", "list_", is_flag=True, help="list the named queries, the question each answers and its parameters")
@click.option("--store", "store_path", default=DEFAULT_STORE, help="store folder written by kg build")
@click.option("--endpoint", help="query this SPARQL 1.1 endpoint URL instead of the store")
@click.option("--format", "fmt", default=None, metavar="FORMAT",
              help=f"one of {', '.join(ALL_FORMATS)}  [default: table for SELECT/ASK, ttl for CONSTRUCT/DESCRIBE]")
@click.option("-o", "--output", default="-", help="file to write, - for standard output")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=DEFAULT_TIMEOUT,
              help="stop the query after this many seconds")
def query_command(sparql, query_file, name, params, list_, store_path, endpoint, fmt, output, timeout):
    """Run a SPARQL query: kg query 'SELECT ...', kg query -f my.rq, or kg query --name treaty-status --param treaty=UNTOC."""
    try:
        if list_:
            click.echo(list_queries(), nl=False)
            return
        given = [x for x in (sparql, query_file, name) if x]
        if len(given) != 1:
            raise KGError("E035", command="query", reason="give one query: a SPARQL text, -f FILE or --name NAME "
                                                          "(or --list to see the named queries)")
        named = get_named(name) if name else None
        if query_file:
            path = Path(query_file)
            if not path.is_file():
                raise KGError("E001", path=query_file)
            text = path.read_text(encoding="utf-8")
        else:
            text = named.text if named else sparql
        values = dict(split_param(p) for p in params)
        subs = bind(values, named)
        formats = [normalise_format(fmt)] if fmt else None
        to_terminal = output == "-" and sys.stdout.isatty()
        max_cell = max(20, shutil.get_terminal_size().columns // 4) if to_terminal else None
        if endpoint:
            result = run_remote(endpoint, text, subs, formats, timeout, max_cell=max_cell)
        else:
            check_store(store_path)
            worker = QueryWorker(store_path)
            try:
                result = worker.run(request(text, subs, formats, max_cell=max_cell, labels=label_variables(named)),
                                    timeout)
            finally:
                worker.close()
    except KGError as e:
        fail(e)
    except KeyboardInterrupt:
        sys.exit(130)
    for w in result.warnings:
        click.echo(f"warning: {w}", err=True)
    write(result.data, output)


def write(data: bytes, output: str) -> None:
    if output == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    out = Path(output)
    try:
        tmp = out.with_name(out.name + ".tmp")
        tmp.write_bytes(data)
        tmp.replace(out)  # a reader never sees half a file
    except OSError as e:
        fail(KGError("E007", path=output, reason=e.strerror or str(e)))
