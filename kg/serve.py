"""`kg serve`: the store as a SPARQL 1.1 Protocol endpoint, with a browser page to write queries and links to
the network views.

The HTTP side is the standard library's ThreadingHTTPServer: the protocol is small (GET and POST in three
encodings, content negotiation over a handful of media types), so a framework would add a dependency and little
else; the work happens in query processes (kg.query.QueryWorker), which also give the timeout that pyoxigraph
lacks and use every core despite the GIL. Each HTTP request gets a thread that waits for a free query process.

Routes: /sparql (also /query and /update) the protocol; / the page; /static/ its assets; /queries.json the named
queries; /views/ the files of the output folder next to the store (graph.html and the `kg view` pages).
"""
from __future__ import annotations

import json
import mimetypes
import os
import queue
import signal
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import click

from .errors import KGError
from .query import (DEFAULT_TIMEOUT, FORMAT_ALIASES, GRAPH_FORMATS, SOLUTION_FORMATS, QueryWorker, check_store,
                    label_variables, named_queries, request, to_term)
from .query_cli import OneLineErrors, fail

STATIC_DIR = Path(__file__).resolve().parent / "static"
DEFAULT_MAX_BYTES = 64 * 1024 * 1024
MAX_REQUEST_BYTES = 1024 * 1024
SPARQL_PATHS = ("/sparql", "/query", "/update")

# a KGError code from a query process -> HTTP status
STATUS = {"E009": 400, "E015": 400, "E032": 400, "E012": 406, "E010": 503, "E036": 403,
          # a result over the size limit: the query is valid but will not be answered whole; 422 (Unprocessable
          # Content) rather than a 5xx, since only a narrower query helps, and rather than 413, which is about
          # the request's own size
          "E033": 422}

_MEDIA_KEYS: dict[str, list[str]] = {}
for _key, (_, _media) in {**SOLUTION_FORMATS, **GRAPH_FORMATS}.items():
    _MEDIA_KEYS.setdefault(_media.split(";")[0], []).append(_key)
_MEDIA_KEYS.update({"application/json": ["json"], "text/javascript": ["json"], "application/javascript": ["json"],
                    "application/xml": ["xml", "rdfxml"], "text/xml": ["xml", "rdfxml"],
                    "application/turtle": ["ttl"], "application/x-turtle": ["ttl"], "text/n3": ["ttl"],
                    "text/rdf+n3": ["ttl"], "application/x-json+ld": ["jsonld"],
                    "text/plain": ["table", "nt"], "*/*": ["json", "ttl"], "application/*": ["json", "ttl"],
                    "text/*": ["csv", "ttl"]})


def negotiate(accept: str | None, fmt: str | None = None) -> list[str]:
    """Format keys in the client's order of preference: an explicit format= parameter first, then the Accept
    header by q-value. An absent header means anything (JSON results, Turtle graphs)."""
    keys = []
    if fmt:
        f = fmt.strip().lower()
        keys += _MEDIA_KEYS.get(f, [FORMAT_ALIASES.get(f, f)])
    ranges = []
    for i, part in enumerate((accept or "*/*").split(",")):
        media, *params = [x.strip() for x in part.split(";")]
        q = 1.0
        for p in params:
            if p.startswith("q="):
                try:
                    q = float(p[2:])
                except ValueError:
                    q = 0.0
        if media and q > 0:
            ranges.append((-q, i, media.lower()))
    for _, _, media in sorted(ranges):
        keys += [k for k in _MEDIA_KEYS.get(media, []) if k not in keys]
    return keys


class Busy(Exception):
    pass


class WorkerPool:
    """Query processes, each with the store open; a request waits for a free one (within its timeout)."""

    def __init__(self, store_path: Path, size: int, writable: bool = False):
        import multiprocessing as mp
        context = "forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn"
        if context == "forkserver":
            mp.get_context(context).set_forkserver_preload(["kg.query"])
        self.size = size
        self.idle: queue.Queue[QueryWorker] = queue.Queue()
        self.workers = []
        for _ in range(size):
            w = QueryWorker(store_path, writable=writable, context=context)
            self.workers.append(w)
            self.idle.put(w)

    def run(self, req: dict, timeout: float):
        start = time.monotonic()
        try:
            worker = self.idle.get(timeout=timeout)
        except queue.Empty:
            raise Busy() from None
        try:
            return worker.run(req, max(0.01, timeout - (time.monotonic() - start)))
        finally:
            self.idle.put(worker)

    def close(self) -> None:
        for w in self.workers:
            w.close()


class Endpoint(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # many clients connecting at once wait in the backlog instead of being refused

    def __init__(self, address, store_path: Path, pool: WorkerPool, timeout: float, max_bytes: int,
                 allow_update: bool, quiet: bool):
        self.store_path, self.pool, self.timeout = store_path, pool, timeout
        self.max_bytes, self.allow_update, self.quiet = max_bytes, allow_update, quiet
        self.views_dir = store_path.resolve().parent
        super().__init__(address, Handler)


class Handler(BaseHTTPRequestHandler):
    server: Endpoint
    server_version = "dkg-sparql/0.1"
    protocol_version = "HTTP/1.1"

    # -- plumbing
    def log_message(self, format, *args):
        if not self.server.quiet:
            sys.stderr.write(f"{self.address_string()} {format % args}\n")

    def send(self, status: int, body: bytes, ctype: str, headers: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Expose-Headers", "Content-Type, Content-Length")
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def error(self, status: int, message: str, headers: dict | None = None) -> None:
        self.send(status, (message.rstrip() + "\n").encode("utf-8"), "text/plain; charset=utf-8", headers)

    def do_OPTIONS(self):
        self.send_response(204)
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
        self.send_header("Access-Control-Max-Age", "86400")
        self.send_header("Allow", "GET, POST, OPTIONS")
        self.send_header("Content-Length", "0")
        self.end_headers()

    # -- routes
    def do_GET(self):
        url = urlsplit(self.path)
        path = url.path
        if path in SPARQL_PATHS:
            params = parse_qs(url.query, keep_blank_values=True)
            if "update" in params:
                return self.error(405, "an update must be sent with POST", {"Allow": "POST"})
            if "query" not in params:
                return self.error(400, "no query: send ?query=... (SPARQL 1.1 Protocol), or open / for the query page")
            return self.sparql(params["query"][0], params, update=False)
        if path in ("/", "/index.html"):
            return self.file(STATIC_DIR / "index.html", STATIC_DIR)
        if path.startswith("/static/"):
            return self.file(STATIC_DIR / path[len("/static/"):], STATIC_DIR)
        if path in ("/queries", "/queries.json"):
            return self.send(200, json.dumps(_queries_json(), indent=1).encode(), "application/json")
        if path in ("/views", "/views.json"):
            return self.send(200, json.dumps(self.views()).encode(), "application/json")
        if path.startswith("/views/"):
            return self.file(self.server.views_dir / path[len("/views/"):], self.server.views_dir)
        self.error(404, f"not found: {path}; the SPARQL endpoint is /sparql")

    do_HEAD = do_GET

    def do_POST(self):
        url = urlsplit(self.path)
        if url.path not in SPARQL_PATHS:
            return self.error(404, f"not found: {url.path}; the SPARQL endpoint is /sparql")
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            return self.error(400, "bad Content-Length")
        if length > MAX_REQUEST_BYTES:
            return self.error(413, f"request body over {MAX_REQUEST_BYTES} bytes")
        body = self.rfile.read(length) if length else b""
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = parse_qs(url.query, keep_blank_values=True)
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            return self.error(400, "the request body is not UTF-8")
        if ctype == "application/x-www-form-urlencoded":
            for k, v in parse_qs(text, keep_blank_values=True).items():
                params.setdefault(k, []).extend(v)
            if "query" in params and "update" in params:
                return self.error(400, "give either query= or update=, not both")
            if "update" in params:
                return self.sparql(params["update"][0], params, update=True)
            if "query" in params:
                return self.sparql(params["query"][0], params, update=False)
            return self.error(400, "no query= or update= in the form")
        if ctype == "application/sparql-query":
            return self.sparql(text, params, update=False)
        if ctype == "application/sparql-update":
            return self.sparql(text, params, update=True)
        self.error(415, f"unsupported Content-Type {ctype!r}; use application/x-www-form-urlencoded, "
                        "application/sparql-query or application/sparql-update")

    # -- the protocol
    def sparql(self, text: str, params: dict, update: bool) -> None:
        srv = self.server
        if update and not srv.allow_update:
            return self.error(403, str(KGError("E036")))
        try:
            subs = {k[1:]: to_term(v[0], k[1:]) for k, v in params.items() if k.startswith("$") and len(k) > 1}
        except KGError as e:
            return self.error(400, str(e))
        timeout = srv.timeout
        if params.get("timeout"):
            try:
                timeout = min(timeout, max(0.01, float(params["timeout"][0])))
            except ValueError:
                return self.error(400, "timeout= must be a number of seconds")
        formats = negotiate(self.headers.get("Accept"), (params.get("format") or params.get("output") or [None])[0])
        # the text of a named query: an IRI bound to one of its label variables is resolved to the entity's label
        labels = {q.text.strip(): label_variables(q) for q in named_queries().values()}.get(text.strip())
        req = request(text, subs, formats, max_bytes=srv.max_bytes, update=update, labels=labels,
                      default_graph=params.get("default-graph-uri") or params.get("using-graph-uri"),
                      named_graphs=params.get("named-graph-uri") or params.get("using-named-graph-uri"))
        try:
            result = srv.pool.run(req, timeout)
        except Busy:
            return self.error(503, f"all {srv.pool.size} query processes stayed busy for {timeout:g} s; try again",
                              {"Retry-After": "1"})
        except KGError as e:
            status = STATUS.get(e.code, 500)
            return self.error(status, str(e), {"Retry-After": "1"} if status == 503 else None)
        if update:
            return self.send(204, b"", "text/plain")
        self.send(200, result.data, result.media_type, {"Vary": "Accept", "Cache-Control": "no-store"})

    # -- files
    def file(self, path: Path, root: Path) -> None:
        try:
            p = path.resolve()
            p.relative_to(root.resolve())
        except (ValueError, OSError):
            return self.error(404, "not found")
        if p.is_relative_to(self.server.store_path.resolve()) or not p.is_file():
            return self.error(404, "not found")
        ctype = mimetypes.guess_type(p.name)[0] or "application/octet-stream"
        if ctype.startswith("text/") or ctype in ("application/javascript", "application/json"):
            ctype += "; charset=utf-8"
        self.send(200, p.read_bytes(), ctype)

    def views(self) -> list[dict]:
        root, store = self.server.views_dir, self.server.store_path.resolve()
        found = []
        for p in sorted(root.rglob("*.html")):
            if not p.resolve().is_relative_to(store):
                rel = p.relative_to(root).as_posix()
                found.append({"name": rel, "url": "/views/" + rel})
        return found


def _queries_json() -> list[dict]:
    return [{"name": q.name, "question": q.question, "query": q.text, "example": q.example,
             "params": [{"name": p.name, "variable": p.variable, "required": p.required, "help": p.help}
                        for p in q.params]} for q in named_queries().values()]


@click.command("serve", cls=OneLineErrors)
@click.option("--store", "store_path", default="output/store", help="store folder written by kg build")
@click.option("--host", default="127.0.0.1", help="address to listen on (0.0.0.0 for every interface)")
@click.option("--port", type=click.IntRange(0, 65535), default=7878, help="port (0: any free port)")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=DEFAULT_TIMEOUT,
              help="stop a query after this many seconds (503)")
@click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES,
              help="refuse a result larger than this many bytes (422)")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="query processes  [default: one per core]")
@click.option("--allow-update", is_flag=True,
              help="accept SPARQL updates (the store is then opened for writing, by one query process)")
@click.option("--quiet", is_flag=True, help="do not log each request on standard error")
def serve_command(store_path, host, port, timeout, max_bytes, workers, allow_update, quiet):
    """Serve the store over the SPARQL 1.1 Protocol at /sparql, with a query page at /."""
    try:
        store = check_store(store_path)
        size = 1 if allow_update else (workers or os.cpu_count() or 1)
        pool = WorkerPool(store, size, writable=allow_update)
    except KGError as e:
        fail(e)
    try:
        server = Endpoint((host, port), store, pool, timeout, max_bytes, allow_update, quiet)
    except OSError as e:
        pool.close()
        fail(KGError("E034", host=host, port=port, reason=e.strerror or str(e)))
    signal.signal(signal.SIGTERM, _stop)
    h, p = server.server_address[:2]
    base = f"http://{h}:{p}"
    click.echo(f"kg serve: SPARQL endpoint {base}/sparql, query page {base}/ (store {store}, {size} query "
               f"process{'es' if size > 1 else ''}, timeout {timeout:g} s, results up to {max_bytes} bytes, "
               f"{'updates allowed' if allow_update else 'read-only'})")
    sys.stdout.flush()
    try:
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        pool.close()


def _stop(signum, frame):
    raise KeyboardInterrupt
