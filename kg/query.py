"""SPARQL over the store: a library of named questions (kg/queries/*.rq), parameters passed as bindings, results
in the SPARQL 1.1 result formats or as a readable table, and a timeout.

pyoxigraph cannot interrupt a running query, so every query with a timeout runs in a child process that holds
the store open (`QueryWorker`); a query that runs past its time is stopped by ending that process. The server
(kg/serve.py) keeps a pool of such workers; `run_query` starts one for a single query.

Parameters are never pasted into the query text: each becomes a substitution (pyoxigraph's `substitutions`,
SEP-0007) of a variable that the query projects. A label parameter such as `state=Japan` binds the literal
"Japan", and the query matches it against rdfs:label / skos:altLabel with the idiom
`FILTER EXISTS { ?state (rdfs:label|skos:altLabel)? ?stateName }`, which also accepts the entity's IRI and
keeps every row when the parameter is not given. (Oxigraph substitutes variables in triple patterns, also inside
EXISTS, but not in FILTER expressions: queries only use parameters in triple patterns.)
"""
from __future__ import annotations

import multiprocessing as mp
import re
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

from .errors import KGError
from .namespaces import PREFIXES

QUERY_DIR = Path(__file__).resolve().parent / "queries"
DEFAULT_TIMEOUT = 30.0

# result formats: key -> (pyoxigraph format, media type); "table" is our own text rendering
SOLUTION_FORMATS = {
    "table": (None, "text/plain; charset=utf-8"),
    "json": (ox.QueryResultsFormat.JSON, "application/sparql-results+json"),
    "xml": (ox.QueryResultsFormat.XML, "application/sparql-results+xml"),
    "csv": (ox.QueryResultsFormat.CSV, "text/csv; charset=utf-8"),
    "tsv": (ox.QueryResultsFormat.TSV, "text/tab-separated-values; charset=utf-8"),
}
GRAPH_FORMATS = {
    "ttl": (ox.RdfFormat.TURTLE, "text/turtle"),
    "nt": (ox.RdfFormat.N_TRIPLES, "application/n-triples"),
    "jsonld": (ox.RdfFormat.JSON_LD, "application/ld+json"),
    "rdfxml": (ox.RdfFormat.RDF_XML, "application/rdf+xml"),
}
FORMAT_ALIASES = {"turtle": "ttl", "ntriples": "nt", "n-triples": "nt", "json-ld": "jsonld", "rdf": "rdfxml"}
ALL_FORMATS = tuple(SOLUTION_FORMATS) + tuple(GRAPH_FORMATS)


# ---------------------------------------------------------------- the library of named queries

@dataclass(frozen=True)
class Param:
    name: str          # as given on the command line: --param NAME=VALUE
    variable: str      # the projected variable a value binds, without '?'
    required: bool
    help: str
    label: bool = False  # the value names an entity by its rdfs:label or skos:altLabel (an IRI is resolved to its label)


@dataclass(frozen=True)
class NamedQuery:
    name: str
    question: str
    params: tuple[Param, ...]
    example: dict      # param name -> value: a typical call, used by the page and the benchmark
    text: str
    path: Path

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)


_PARAM = re.compile(r"#\s*Param:\s*(?P<name>[\w-]+)\s+\?(?P<var>\w+)\s+(?P<req>required|optional)(?P<label>\s+label)?"
                    r"\s*:\s*(?P<help>.*)$")


def parse_named_query(path: Path) -> NamedQuery:
    """Read one .rq file: a '# Question:' line, '# Param: NAME ?VARIABLE required|optional [label]: help' lines
    and an '# Example: NAME=VALUE ...' line, then the query. A label parameter binds ?VARIABLE to the literal,
    which the query matches against rdfs:label / skos:altLabel; given an IRI, it binds the entity's rdfs:label."""
    text = path.read_text(encoding="utf-8")
    question, params, example = "", [], {}
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        if m := _PARAM.match(line):
            params.append(Param(m["name"], m["var"], m["req"] == "required", m["help"].strip(), bool(m["label"])))
        elif line.lower().startswith("# question:"):
            question = line.split(":", 1)[1].strip()
        elif line.lower().startswith("# example:"):
            for name, value in re.findall(r"([\w-]+)=(.*?)(?=\s+[\w-]+=|$)", line.split(":", 1)[1].strip()):
                example[name] = value.strip()
    return NamedQuery(path.stem, question, tuple(params), example, text, path)


@lru_cache(maxsize=1)
def named_queries() -> dict[str, NamedQuery]:
    return {p.stem: parse_named_query(p) for p in sorted(QUERY_DIR.glob("*.rq"))}


def get_named(name: str) -> NamedQuery:
    try:
        return named_queries()[name]
    except KeyError:
        raise KGError("E011", name=name) from None


# ---------------------------------------------------------------- parameters

def split_param(text: str) -> tuple[str, str]:
    """'state=Japan' -> ('state', 'Japan')."""
    name, sep, value = text.partition("=")
    if not sep or not re.fullmatch(r"[A-Za-z_][\w-]*", name.strip()):
        raise KGError("E015", param=text)
    return name.strip(), value


_LITERAL = re.compile(r'"((?:[^"\\]|\\.)*)"(?:@([A-Za-z]+(?:-[A-Za-z0-9]+)*)|\^\^<([^>]*)>)?')


def to_term(value: str, param: str = "") -> ox.NamedNode | ox.Literal:
    """A parameter value as an RDF term: <IRI>, http(s)://IRI or prefixed name (dkg:welcomes, id:state/JPN) is an
    IRI; "quoted" (optionally with @lang or ^^<datatype>) is that literal; anything else is a plain literal."""
    v = value.strip()
    try:
        if v.startswith("<") and v.endswith(">"):
            return ox.NamedNode(v[1:-1])
        if re.fullmatch(r"https?://\S+", v):
            return ox.NamedNode(v)
        m = re.fullmatch(r"([A-Za-z][\w-]*):(\S*)", v)
        if m and m[1] in PREFIXES:
            return ox.NamedNode(PREFIXES[m[1]] + m[2])
        m = _LITERAL.fullmatch(v)
        if m:
            text = re.sub(r"\\(.)", lambda x: {"n": "\n", "t": "\t", "r": "\r"}.get(x[1], x[1]), m[1])
            if m[2]:
                return ox.Literal(text, language=m[2])
            return ox.Literal(text, datatype=ox.NamedNode(m[3])) if m[3] else ox.Literal(text)
    except ValueError as e:
        raise KGError("E032", param=param or value, reason=str(e)) from None
    return ox.Literal(v)


def bind(params: dict[str, str], named: NamedQuery | None = None) -> dict[str, ox.NamedNode | ox.Literal]:
    """Parameter values -> {variable name: term}. For a named query, names are checked against its parameters
    and required ones must be given; for a free query, each name is the variable it binds."""
    out = {}
    if named is not None:
        for name in params:
            if named.param(name) is None:
                raise KGError("E031", name=named.name, param=name,
                              allowed=", ".join(p.name for p in named.params) or "no parameters")
        for p in named.params:
            if p.required and not params.get(p.name, "").strip():
                raise KGError("E030", name=named.name, param=p.name, help=p.help)
    for name, value in params.items():
        out[named.param(name).variable if named is not None else name] = to_term(value, name)
    return out


def label_variables(named: NamedQuery | None) -> list[str]:
    return [p.variable for p in named.params if p.label] if named is not None else []


# ---------------------------------------------------------------- results

@dataclass
class Result:
    kind: str            # "solutions", "boolean" or "graph"
    format: str          # a key of SOLUTION_FORMATS or GRAPH_FORMATS
    media_type: str
    data: bytes
    rows: int | None = None                       # solutions or triples, when counted
    warnings: list = field(default_factory=list)  # e.g. a label parameter that matches no entity


class ResultTooLarge(Exception):
    pass


class _LimitedWriter:
    """A binary sink that refuses to grow past `limit` bytes (the result-size limit)."""

    def __init__(self, limit: int | None):
        self.limit, self.size, self.parts = limit, 0, []

    def write(self, b) -> int:
        self.size += len(b)
        if self.limit is not None and self.size > self.limit:
            raise ResultTooLarge()
        self.parts.append(bytes(b))
        return len(b)

    def flush(self) -> None:
        pass

    def getvalue(self) -> bytes:
        return b"".join(self.parts)


def compact(term, prefixes: dict[str, str] = PREFIXES) -> str:
    """A term as a person reads it: id:state/JPN, "Japan" as Japan, 2017-02-13 for a date, '' when unbound."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        iri = term.value
        best = max((ns for ns in prefixes.values() if iri.startswith(ns)), key=len, default=None)
        if best is not None:
            prefix = next(p for p, ns in prefixes.items() if ns == best)
            return f"{prefix}:{iri[len(best):]}"
        return f"<{iri}>"
    if isinstance(term, ox.Literal):
        return term.value + (f"@{term.language}" if term.language else "")
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term)


def render_table(variables: list[str], rows: list[list[str]], max_cell: int | None = None) -> str:
    """A plain-text table with a header, a rule and a row count; cells cut to max_cell characters if given."""
    def cut(s: str) -> str:
        s = " ".join(s.split())
        return s if max_cell is None or len(s) <= max_cell else s[:max_cell - 1] + "…"
    cells = [[cut(c) for c in row] for row in rows]
    widths = [max([len(v)] + [len(r[i]) for r in cells]) for i, v in enumerate(variables)]
    line = lambda r: "  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip()
    out = [line(variables), line(["-" * w for w in widths])] + [line(r) for r in cells]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"


def solutions_table(solutions, max_cell: int | None = None, limit: int | None = None) -> tuple[bytes, int]:
    variables = [v.value for v in solutions.variables]
    rows, size = [], 0
    for s in solutions:
        row = [compact(s[v]) for v in variables]
        size += sum(len(c) + 2 for c in row)
        if limit is not None and size > limit:
            raise ResultTooLarge()
        rows.append(row)
    return render_table(variables, rows, max_cell).encode("utf-8"), len(rows)


def choose_format(kind: str, wanted: list[str]) -> str | None:
    """The first of the wanted format keys that fits the result kind (None if none does)."""
    table = GRAPH_FORMATS if kind == "graph" else SOLUTION_FORMATS
    for w in wanted:
        w = FORMAT_ALIASES.get(w, w)
        if w in table:
            return w
    return None


def normalise_format(fmt: str) -> str:
    f = FORMAT_ALIASES.get(fmt.lower(), fmt.lower())
    if f not in ALL_FORMATS:
        raise KGError("E012", fmt=fmt, allowed=", ".join(ALL_FORMATS))
    return f


def syntax_message(e: Exception) -> str:
    """pyoxigraph's 'error at 3:2: expected OPTIONAL' -> 'line 3, column 2: expected OPTIONAL'."""
    msg = str(e)
    m = re.match(r"error at (\d+):(\d+)(?:-\d+:\d+)?: (.*)", msg, re.S)
    return f"line {m[1]}, column {m[2]}: {m[3]}" if m else msg


def execute(store: ox.Store, sparql: str, substitutions: dict | None = None, formats: list[str] | None = None,
            max_bytes: int | None = None, default_graph: list[str] | None = None,
            named_graphs: list[str] | None = None, max_cell: int | None = None,
            labels: list[str] | None = None) -> Result:
    """Run one query in this process (no timeout) and serialise its result in the first fitting format of
    `formats` (default: a table for SELECT/ASK, Turtle for CONSTRUCT/DESCRIBE). `labels` names the variables
    that hold an entity's label: an IRI bound to one of them is replaced by that entity's rdfs:label."""
    substitutions = resolve_labels(store, substitutions or {}, labels or [])
    options = {"use_default_graph_as_union": not default_graph}
    if default_graph:
        options["default_graph"] = [ox.NamedNode(g) for g in default_graph]
    if named_graphs:
        options["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
    subs = {ox.Variable(k): v for k, v in (substitutions or {}).items()}
    try:
        results = store.query(sparql, substitutions=subs or None, **options)
    except SyntaxError as e:
        raise KGError("E009", reason=syntax_message(e)) from None
    except RuntimeError as e:
        if "SELECT projection" in str(e):
            var = re.search(r"\?(\w+)", str(e))
            raise KGError("E032", param=var[1] if var else "?",
                          reason="the query does not select this variable, so it cannot be bound") from None
        raise
    kind = ("boolean" if isinstance(results, ox.QueryBoolean) else
            "graph" if isinstance(results, ox.QueryTriples) else "solutions")
    wanted = ["table", "ttl"] if formats is None else formats
    fmt = choose_format(kind, wanted)
    if fmt is None:
        allowed = GRAPH_FORMATS if kind == "graph" else SOLUTION_FORMATS
        raise KGError("E012", fmt=",".join(wanted) or "(none the client accepts)",
                      allowed=f"{', '.join(allowed)} for this {kind} result")
    sink = _LimitedWriter(max_bytes)
    rows = None
    try:
        if kind == "graph":
            out_format, media = GRAPH_FORMATS[fmt]
            counter = _Counter(results)
            ox.serialize(counter, sink, format=out_format, prefixes=PREFIXES if fmt == "ttl" else None)
            rows = counter.n
        elif fmt == "table":
            media = SOLUTION_FORMATS["table"][1]
            if kind == "boolean":
                sink.write(b"true\n" if bool(results) else b"false\n")
            else:
                data, rows = solutions_table(results, max_cell, max_bytes)
                sink.write(data)
        else:
            out_format, media = SOLUTION_FORMATS[fmt]
            results.serialize(sink, format=out_format)
    except ResultTooLarge:
        raise KGError("E033", limit=max_bytes) from None
    return Result(kind, fmt, media, sink.getvalue(), rows)


class _Counter:
    """Counts the triples that pass through on their way to the serialiser."""

    def __init__(self, inner):
        self.inner, self.n = inner, 0

    def __iter__(self):
        for x in self.inner:
            self.n += 1
            yield x


def resolve_labels(store: ox.Store, substitutions: dict, labels: list[str]) -> dict:
    """An IRI given for a label parameter -> the entity's rdfs:label (looked up by a bound query)."""
    out = dict(substitutions)
    q = "SELECT ?entity ?label WHERE { ?entity <http://www.w3.org/2000/01/rdf-schema#label> ?label } LIMIT 1"
    for var in labels:
        term = out.get(var)
        if isinstance(term, ox.NamedNode):
            for row in store.query(q, substitutions={ox.Variable("entity"): term}, use_default_graph_as_union=True):
                out[var] = row["label"]
    return out


def unmatched_labels(store: ox.Store, substitutions: dict) -> list[str]:
    """Literal parameter values that are no entity's rdfs:label or skos:altLabel (a likely typo)."""
    q = ("SELECT ?name WHERE { ?e <http://www.w3.org/2000/01/rdf-schema#label>|"
         "<http://www.w3.org/2004/02/skos/core#altLabel>|<https://w3id.org/dkg/ontology#symbol> ?name } LIMIT 1")
    out = []
    for term in substitutions.values():
        if isinstance(term, ox.Literal) and not list(store.query(q, substitutions={ox.Variable("name"): term},
                                                                  use_default_graph_as_union=True)):
            out.append(term.value)
    return out


# ---------------------------------------------------------------- a query in a child process, with a timeout

def _encode(term) -> tuple:
    if isinstance(term, ox.NamedNode):
        return ("iri", term.value)
    return ("literal", term.value, term.datatype.value if term.datatype else None, term.language)


def _decode(t: tuple):
    if t[0] == "iri":
        return ox.NamedNode(t[1])
    _, value, datatype, language = t
    if language:
        return ox.Literal(value, language=language)
    return ox.Literal(value, datatype=ox.NamedNode(datatype) if datatype else None)


def _worker_main(conn, store_path: str, writable: bool) -> None:
    """Child process: open the store once, then answer requests until the pipe closes."""
    try:
        store = ox.Store(store_path) if writable else ox.Store.read_only(store_path)
    except OSError as e:
        conn.send(("error", "E013", str(KGError("E013", path=store_path, reason=str(e).splitlines()[0]))))
        return
    conn.send(("ready",))
    while True:
        try:
            req = conn.recv()
        except (EOFError, OSError):
            return
        conn.send(_answer(store, req))


def _answer(store: ox.Store, req: dict) -> tuple:
    try:
        if req.get("update"):
            try:
                store.update(req["sparql"])
            except SyntaxError as e:
                raise KGError("E009", reason=syntax_message(e)) from None
            return ("ok", Result("update", "", "text/plain", b"", None))
        subs = {k: _decode(v) for k, v in (req.get("substitutions") or {}).items()}
        labels = req.get("labels") or []
        result = execute(store, req["sparql"], subs, req.get("formats"), req.get("max_bytes"),
                         req.get("default_graph"), req.get("named_graphs"), req.get("max_cell"), labels)
        if labels and result.rows in (0, None) and result.kind == "solutions":
            named = resolve_labels(store, {v: subs[v] for v in labels if v in subs}, labels)
            result.warnings = [f"no entity has the label {v!r} (labels match exactly, case included)"
                               for v in unmatched_labels(store, named)]
        return ("ok", result)
    except KGError as e:
        return ("error", e.code, str(e))
    except (OSError, RuntimeError, ValueError) as e:
        return ("error", "E037", str(KGError("E037", reason=str(e).splitlines()[0] if str(e) else type(e).__name__)))


class RelayedError(KGError):
    """A KGError raised in a query process, passed back as its code and message."""

    def __init__(self, code: str, message: str):
        Exception.__init__(self, message)
        self.code, self.values = code, {}


class QueryWorker:
    """A child process that holds the store open and runs one request at a time; `run` stops it (and starts a
    fresh one) when a request passes its timeout."""

    def __init__(self, store_path: str | Path, writable: bool = False, context: str | None = None):
        self.store_path, self.writable = str(store_path), writable
        self.ctx = mp.get_context(context or ("fork" if "fork" in mp.get_all_start_methods() else "spawn"))
        self.proc = self.conn = None
        self._start()

    def _start(self) -> None:
        parent, child = self.ctx.Pipe()
        self.proc = self.ctx.Process(target=_worker_main, args=(child, self.store_path, self.writable), daemon=True)
        self.proc.start()
        child.close()
        self.conn = parent
        if not parent.poll(120):
            self.close()
            raise KGError("E013", path=self.store_path, reason="the query process did not start")
        msg = parent.recv()
        if msg[0] == "error":
            self.close()
            raise RelayedError(msg[1], msg[2])

    def run(self, request: dict, timeout: float | None) -> Result:
        if self.proc is None or not self.proc.is_alive():
            self._start()
        self.conn.send(request)
        if not self.conn.poll(timeout):
            self.stop()
            raise KGError("E010", seconds=_seconds(timeout))
        try:
            reply = self.conn.recv()
        except (EOFError, OSError):
            self.stop()
            raise KGError("E013", path=self.store_path, reason="the query process died") from None
        if reply[0] == "error":
            raise RelayedError(reply[1], reply[2])
        return reply[1]

    def stop(self) -> None:
        """End the child process now (a running query with it); the next `run` starts a new one."""
        if self.proc is not None:
            self.proc.kill()
            self.proc.join()
        if self.conn is not None:
            self.conn.close()
        self.proc = self.conn = None

    def close(self) -> None:
        self.stop()


def _seconds(t: float | None) -> str:
    return "∞" if t is None else f"{t:g}"


def request(sparql: str, substitutions: dict | None = None, formats: list[str] | None = None, **options) -> dict:
    """A request for a QueryWorker (plain data, so it crosses the process boundary)."""
    return {"sparql": sparql, "substitutions": {k: _encode(v) for k, v in (substitutions or {}).items()},
            "formats": formats, **options}


def check_store(path: str | Path) -> Path:
    p = Path(path)
    if not p.is_dir():
        raise KGError("E008", path=str(p))
    return p


def run_query(store_path: str | Path, sparql: str, params: dict[str, str] | None = None,
              named: NamedQuery | None = None, formats: list[str] | None = None,
              timeout: float | None = DEFAULT_TIMEOUT, **options) -> Result:
    """Run one query against the store at `store_path` in a child process, stopped after `timeout` seconds."""
    check_store(store_path)
    subs = bind(params or {}, named)
    worker = QueryWorker(store_path)
    try:
        return worker.run(request(sparql, subs, formats, labels=label_variables(named), **options), timeout)
    finally:
        worker.close()


# ---------------------------------------------------------------- a remote SPARQL 1.1 endpoint

_MEDIA = {media.split(";")[0]: key for key, (_, media) in {**SOLUTION_FORMATS, **GRAPH_FORMATS}.items()}
_MEDIA.update({"application/json": "json", "application/xml": "xml", "text/xml": "xml",
               "application/x-turtle": "ttl", "text/plain": "nt"})


def run_remote(url: str, sparql: str, substitutions: dict | None = None, formats: list[str] | None = None,
               timeout: float | None = DEFAULT_TIMEOUT, max_cell: int | None = None) -> Result:
    """Send the query over the SPARQL 1.1 Protocol (POST, form-encoded). Bindings travel as `$name=<term>`
    parameters (the convention of RDF4J, GraphDB and `kg serve`); an endpoint that ignores them is detected on
    SELECT results, whose bound columns must then hold the bound values."""
    wanted = [normalise_format(f) for f in (formats or ["table", "ttl"])]
    accept = []
    for i, f in enumerate(wanted):
        media = SOLUTION_FORMATS["json"][1] if f == "table" else {**SOLUTION_FORMATS, **GRAPH_FORMATS}[f][1]
        accept.append(f"{media.split(';')[0]};q={1 - i / 10:.1f}")
    form = [("query", sparql)] + [(f"${k}", str(v)) for k, v in (substitutions or {}).items()]
    req = urllib.request.Request(url, data=urllib.parse.urlencode(form).encode(), method="POST", headers={
        "Content-Type": "application/x-www-form-urlencoded", "Accept": ", ".join(accept)})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            data, ctype = resp.read(), resp.headers.get("Content-Type", "")
    except urllib.error.HTTPError as e:
        body = e.read().decode("utf-8", "replace").strip()
        if e.code == 400:
            raise KGError("E009", reason=re.sub(r"^E009 malformed SPARQL query: ", "", body.splitlines()[0] if body else "")) from None
        raise KGError("E016", url=url, reason=f"HTTP {e.code}: {body.splitlines()[0] if body else e.reason}") from None
    except TimeoutError:
        raise KGError("E010", seconds=_seconds(timeout)) from None
    except (urllib.error.URLError, OSError) as e:
        reason = getattr(e, "reason", e)
        if isinstance(reason, TimeoutError) or "timed out" in str(reason):
            raise KGError("E010", seconds=_seconds(timeout)) from None
        raise KGError("E016", url=url, reason=str(reason)) from None
    got = _MEDIA.get(ctype.split(";")[0].strip().lower())
    if got is None:
        raise KGError("E016", url=url, reason=f"unexpected content type {ctype!r}")
    kind = "graph" if got in GRAPH_FORMATS else "solutions"
    if got == "json" and b'"boolean"' in data[:200] and b'"results"' not in data[:200]:
        kind = "boolean"
    if kind != "graph" and got in ("json", "xml", "tsv"):
        parsed = ox.parse_query_results(data, format=SOLUTION_FORMATS[got][0])
        if isinstance(parsed, ox.QueryBoolean):
            kind = "boolean"
        elif substitutions:
            rows = list(parsed)
            for row in rows:
                for var, term in substitutions.items():
                    if row[var] is not None and row[var] != term:
                        raise KGError("E016", url=url, reason="the endpoint ignored the query parameters "
                                                                "(it does not take $name bindings)")
            parsed = ox.parse_query_results(data, format=SOLUTION_FORMATS[got][0])
        if wanted[0] == "table":
            if kind == "boolean":
                return Result(kind, "table", SOLUTION_FORMATS["table"][1], b"true\n" if bool(parsed) else b"false\n")
            table, n = solutions_table(parsed, max_cell)
            return Result(kind, "table", SOLUTION_FORMATS["table"][1], table, n)
    return Result(kind, got, ctype, data)
