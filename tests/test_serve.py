"""`kg serve` over loopback with real clients: SPARQLWrapper, rdflib's SPARQLStore, curl with each content type,
many clients at once; status codes, CORS, the timeout, the size limit, read-only unless told, the page."""
import csv
import io
import json
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest
from rdflib import Graph
from rdflib.namespace import RDF, RDFS
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, JSONLD, N3, POST, TSV, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from kg.namespaces import DKG
from kg.query import named_queries

from conftest import ROOT, run_kg
from test_query import ds, g  # noqa: F401  (fixtures: the rdflib reading of graph.trig)

TREATIES = ("PREFIX dkg: <https://w3id.org/dkg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
            "SELECT ?s ?l WHERE { ?s a dkg:Treaty ; rdfs:label ?l } ORDER BY ?s")
WELCOMES = ("PREFIX dkg: <https://w3id.org/dkg/ontology#> "
            "CONSTRUCT { ?s dkg:welcomes ?o } WHERE { ?s dkg:welcomes ?o }")
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def start(store, tmp_path, *extra):
    """`kg serve` in its own process on a free port; returns (process, base URL)."""
    log = tmp_path / f"serve-{time.monotonic_ns()}.log"
    with open(log, "w") as err:
        p = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--store", store, "--port", "0", "--quiet", *extra],
                             cwd=ROOT, stdout=subprocess.PIPE, stderr=err, text=True)
    line = p.stdout.readline()
    m = re.search(r"(http://127\.0\.0\.1:\d+)/sparql", line)
    if not m:
        p.kill()
        pytest.fail(f"kg serve did not start: {line} {log.read_text()}")
    return p, m[1]


def stop(p):
    p.terminate()
    try:
        p.wait(15)
    except subprocess.TimeoutExpired:
        p.kill()
        p.wait()
    assert p.returncode is not None


@pytest.fixture(scope="module")
def server(seeds_build, tmp_path_factory):
    p, base = start(seeds_build / "store", tmp_path_factory.mktemp("serve"))
    yield base
    stop(p)


def treaties(g):
    return sorted((str(t), str(g.value(t, RDFS.label))) for t in g.subjects(RDF.type, DKG.Treaty))


def http(url, data=None, headers=None, method=None):
    """(status, headers, body) of one request; error statuses too."""
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


def form(**fields):
    return urllib.parse.urlencode(fields).encode()


# ------------------------------------------------------------------ SPARQLWrapper

def test_sparqlwrapper_select_in_every_result_format(server, g):
    want = treaties(g)
    for method in ("GET", POST):
        w = SPARQLWrapper(server + "/sparql")
        w.setMethod(method)
        w.setQuery(TREATIES)
        w.setReturnFormat(JSON)
        data = w.query().convert()
        assert [(b["s"]["value"], b["l"]["value"]) for b in data["results"]["bindings"]] == want
        w.setReturnFormat(XML)
        doc = w.query().convert()
        assert len(doc.getElementsByTagName("result")) == len(want)
        w.setReturnFormat(CSV)
        rows = list(csv.reader(io.StringIO(w.query().convert().decode())))
        assert [tuple(r) for r in rows[1:]] == want
        w.setReturnFormat(TSV)
        lines = w.query().convert().decode().splitlines()
        assert [tuple(x.split("\t")) for x in lines[1:]] == [(f"<{a}>", f'"{b}"') for a, b in want]


def test_sparqlwrapper_ask_and_construct(server, g):
    w = SPARQLWrapper(server + "/sparql")
    w.setQuery("ASK { ?s a <https://w3id.org/dkg/ontology#Treaty> }")
    w.setReturnFormat(JSON)
    assert w.query().convert()["boolean"] is True
    want = set(g.triples((None, DKG.welcomes, None)))
    assert want
    w.setQuery(WELCOMES)
    for fmt in (XML, TURTLE, JSONLD, N3):
        w.setReturnFormat(fmt)
        got = w.query().convert()
        if isinstance(got, bytes):
            got = Graph().parse(data=got.decode(), format="turtle")
        assert set(got) == want, fmt


def test_sparqlwrapper_sees_a_bad_query_as_bad(server):
    w = SPARQLWrapper(server + "/sparql")
    w.setQuery("SELECT ?s WHERE {\n ?s ?p \n}")
    w.setReturnFormat(JSON)
    with pytest.raises(QueryBadFormed) as e:
        w.query()
    assert "line 3, column" in str(e.value) or ("line" in str(e.value) and "column" in str(e.value))


# ------------------------------------------------------------------ rdflib SPARQLStore

def test_rdflib_sparqlstore(server, g):
    remote = Graph(store=SPARQLStore(server + "/sparql", returnFormat="json"))
    rows = remote.query(TREATIES)
    assert sorted((str(r.s), str(r.l)) for r in rows) == treaties(g)
    assert set(remote.triples((None, DKG.welcomes, None))) == set(g.triples((None, DKG.welcomes, None)))
    assert bool(remote.query("ASK { ?s a <https://w3id.org/dkg/ontology#State> }").askAnswer)
    xml_store = Graph(store=SPARQLStore(server + "/sparql"))  # its default: XML results, RDF/XML graphs
    assert set(xml_store.query(WELCOMES)) == set(g.triples((None, DKG.welcomes, None)))


# ------------------------------------------------------------------ curl, each content type

def curl(*args):
    r = subprocess.run(["curl", "-s", "-D", "-", *args], capture_output=True, timeout=60)
    head, _, body = r.stdout.partition(b"\r\n\r\n")
    lines = head.decode().splitlines()
    status = int(lines[0].split()[1])
    headers = {k.strip().lower(): v.strip() for k, _, v in (x.partition(":") for x in lines[1:])}
    return status, headers, body


SELECT_TYPES = ["application/sparql-results+json", "application/sparql-results+xml", "text/csv",
                "text/tab-separated-values"]
GRAPH_TYPES = {"text/turtle": "turtle", "application/n-triples": "nt", "application/ld+json": "json-ld",
               "application/rdf+xml": "xml"}


@pytest.mark.skipif(not shutil.which("curl"), reason="curl not installed")
@pytest.mark.parametrize("how", ["get", "form", "sparql-query"])
def test_curl_every_content_type(server, g, how):
    url = server + "/sparql"

    def send(query, accept):
        if how == "get":
            return curl("-G", "--data-urlencode", f"query={query}", "-H", f"Accept: {accept}", url)
        if how == "form":
            return curl("--data-urlencode", f"query={query}", "-H", f"Accept: {accept}", url)
        return curl("-H", "Content-Type: application/sparql-query", "--data-binary", query, "-H", f"Accept: {accept}", url)

    want = treaties(g)
    for accept in SELECT_TYPES:
        status, headers, body = send(TREATIES, accept)
        assert status == 200 and headers["content-type"].startswith(accept), (accept, body[:200])
        assert headers["access-control-allow-origin"] == "*"
        text = body.decode()
        if "json" in accept:
            assert len(json.loads(text)["results"]["bindings"]) == len(want)
        elif "xml" in accept:
            assert text.count("<result>") == len(want)
        else:
            assert len(text.splitlines()) == len(want) + 1
    for accept, rdflib_format in GRAPH_TYPES.items():
        status, headers, body = send(WELCOMES, accept)
        assert status == 200 and headers["content-type"].startswith(accept)
        assert set(Graph().parse(data=body.decode(), format=rdflib_format)) == set(g.triples((None, DKG.welcomes, None)))


# ------------------------------------------------------------------ status codes, CORS

def test_status_codes_and_messages(server):
    url = server + "/sparql"
    status, _, body = http(url, form(query="SELECT * WHERE { ?s }"))
    assert status == 400 and body.decode().startswith("E009 ") and "line 1, column" in body.decode()
    status, _, body = http(url, form(update="INSERT DATA { <urn:a> <urn:b> <urn:c> }"))
    assert status == 403 and body.decode().startswith("E036 ")
    status, _, _ = http(url, b"INSERT DATA { <urn:a> <urn:b> <urn:c> }", {"Content-Type": "application/sparql-update"})
    assert status == 403
    status, _, _ = http(url + "?update=" + urllib.parse.quote("CLEAR ALL"))
    assert status == 405
    status, _, _ = http(url, b"ASK {}", {"Content-Type": "text/plain"})
    assert status == 415
    status, _, body = http(url + "?query=" + urllib.parse.quote("ASK {}"), headers={"Accept": "image/png"})
    assert status == 406 and body.decode().startswith("E012 ")
    assert http(server + "/nowhere")[0] == 404
    assert http(url)[0] == 400  # no query
    status, headers, _ = http(url, method="OPTIONS", headers={"Origin": "http://example.org",
                                                               "Access-Control-Request-Method": "POST"})
    assert status == 204 and headers["Access-Control-Allow-Origin"] == "*" and "POST" in headers["Access-Control-Allow-Methods"]


def test_a_slow_query_stops_at_the_timeout_and_the_server_goes_on(server, g):
    t = time.monotonic()
    status, headers, body = http(server + "/sparql?timeout=1", form(query=SLOW))
    assert status == 503 and body.decode().startswith("E010 ") and time.monotonic() - t < 15
    status, _, body = http(server + "/sparql", form(query=TREATIES), {"Accept": "application/sparql-results+json"})
    assert status == 200 and len(json.loads(body)["results"]["bindings"]) == len(treaties(g))


def test_server_timeout_option(seeds_build, tmp_path):
    p, base = start(seeds_build / "store", tmp_path, "--timeout", "1", "--workers", "1")
    try:
        t = time.monotonic()
        status, _, body = http(base + "/sparql", form(query=SLOW))
        assert status == 503 and b"E010" in body and time.monotonic() - t < 15
    finally:
        stop(p)


def test_result_size_limit(seeds_build, tmp_path):
    p, base = start(seeds_build / "store", tmp_path, "--max-bytes", "2000")
    try:
        status, _, body = http(base + "/sparql", form(query="SELECT * WHERE { ?s ?p ?o }"))
        assert status == 422 and body.decode().startswith("E033 ")
        status, _, body = http(base + "/sparql", form(query="ASK { ?s ?p ?o }"))
        assert status == 200
    finally:
        stop(p)


def test_updates_only_with_allow_update(seeds_build, tmp_path):
    store = tmp_path / "out" / "store"
    shutil.copytree(seeds_build / "store", store)
    p, base = start(store, tmp_path, "--allow-update")
    try:
        status, _, _ = http(base + "/update", form(update="INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> \"c\" } }"))
        assert status == 204
        status, _, body = http(base + "/sparql", form(query="SELECT ?o WHERE { <urn:a> <urn:b> ?o }"),
                               {"Accept": "text/csv"})
        assert status == 200 and body.decode().splitlines() == ["o", "c"]
    finally:
        stop(p)


# ------------------------------------------------------------------ named queries and bindings over HTTP

def _json_rows(body):
    return [{k: v["value"] for k, v in b.items()} for b in json.loads(body)["results"]["bindings"]]


def test_named_queries_with_bindings_match_kg_query(server, seeds_build):
    for q in named_queries().values():
        params = [f"{k}={v}" for k, v in q.example.items()]
        local = run_kg("query", "--store", seeds_build / "store", "--name", q.name, "--format", "json",
                       *sum((["--param", p] for p in params), []))
        remote = run_kg("query", "--endpoint", server + "/sparql", "--name", q.name, "--format", "json",
                        *sum((["--param", p] for p in params), []))
        assert local.returncode == 0 and remote.returncode == 0, (q.name, local.stderr, remote.stderr)
        assert _json_rows(local.stdout) == _json_rows(remote.stdout), q.name
    table = run_kg("query", "--endpoint", server + "/sparql", "ASK { ?s ?p ?o }")
    assert table.returncode == 0 and table.stdout.strip() == "true"
    bad = run_kg("query", "--endpoint", server + "/sparql", "SELECT WHERE")
    assert bad.returncode == 2 and bad.stderr.startswith("error: E009")


def test_an_endpoint_that_is_down_is_one_error(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    r = run_kg("query", "--endpoint", f"http://127.0.0.1:{port}/sparql", "ASK {}")
    assert r.returncode == 2 and r.stderr.startswith("error: E016") and len(r.stderr.splitlines()) == 1


# ------------------------------------------------------------------ many clients at once

def test_fifty_concurrent_requests_all_answered_right(server):
    jobs = []
    for q in named_queries().values():
        jobs.append((q.text, {f"${q.param(k).variable}": v for k, v in q.example.items()}))
    jobs.append((TREATIES, {}))
    expected = {}
    for i, (text, binds) in enumerate(jobs):
        status, _, body = http(server + "/sparql", form(query=text, **binds), {"Accept": "application/sparql-results+json"})
        assert status == 200
        expected[i] = _json_rows(body)
    barrier = threading.Barrier(50)

    def one(n):
        i = n % len(jobs)
        text, binds = jobs[i]
        barrier.wait(timeout=60)
        if n % 5 == 0:  # some through SPARQLWrapper, the rest through urllib
            w = SPARQLWrapper(server + "/sparql")
            w.setMethod(POST)
            w.setQuery(text)
            for k, v in binds.items():
                w.addParameter(k, v)
            w.setReturnFormat(JSON)
            return i, 200, [{k: v["value"] for k, v in b.items()} for b in w.query().convert()["results"]["bindings"]]
        status, _, body = http(server + "/sparql", form(query=text, **binds), {"Accept": "application/sparql-results+json"})
        return i, status, _json_rows(body) if status == 200 else body

    with ThreadPoolExecutor(50) as pool:
        results = list(pool.map(one, range(50)))
    assert len(results) == 50
    for i, status, rows in results:
        assert status == 200 and rows == expected[i], (i, status)


# ------------------------------------------------------------------ the page

def test_page_assets_and_views(server, seeds_build):
    status, headers, body = http(server + "/")
    page = body.decode()
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    for src in re.findall(r'(?:src|href)="([^"]+)"', page):
        assert src.startswith("/static/"), src  # everything bundled: works with no internet
        assert http(server + src)[0] == 200
    status, _, body = http(server + "/static/codemirror-sparql.min.js")
    assert b"CodeMirror" in body and b"sparql" in body
    listed = json.loads(http(server + "/queries.json")[2])
    assert {q["name"] for q in listed} == set(named_queries())
    views = json.loads(http(server + "/views.json")[2])
    for path in seeds_build.rglob("*.html"):
        assert any(v["name"] == path.relative_to(seeds_build).as_posix() for v in views)
    status, _, body = http(server + "/views/graph.ttl")
    assert status == 200 and body == (seeds_build / "graph.ttl").read_bytes()
    assert http(server + "/views/store/CURRENT")[0] == 404
    assert http(server + "/views/../report.json")[0] in (200, 404)
    assert http(server + "/views/%2e%2e/%2e%2e/etc/passwd")[0] == 404


@pytest.mark.skipif(not (shutil.which("chromium") or shutil.which("chromium-browser")), reason="no headless browser")
def test_page_runs_a_named_query_in_a_browser(server, g):
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    r = subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=8000",
                        "--dump-dom", server + "/?name=stance-matrix&run=1"], capture_output=True, text=True, timeout=120)
    dom = r.stdout
    assert "CodeMirror" in dom and "<table>" in dom, r.stderr[-2000:]
    actors = {str(g.value(a, RDF.subject)) for a in g.subjects(RDF.type, DKG.Assertion)
              if g.value(a, RDF.predicate) in set(g.transitive_subjects(RDFS.subPropertyOf, DKG.stance))}
    assert actors
    for actor in actors:  # the table shows IRIs in their prefixed form
        assert "id:" + actor[len("https://w3id.org/dkg/id/"):] in dom


# ------------------------------------------------------------------ start-up errors

def test_serve_errors(tmp_path, seeds_build):
    r = run_kg("serve", "--store", tmp_path / "nothing", timeout=60)
    assert r.returncode == 2 and r.stderr.startswith("error: E008")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        r = run_kg("serve", "--store", seeds_build / "store", "--port", port, timeout=60)
    assert r.returncode == 2 and r.stderr.startswith("error: E034")
    r = run_kg("serve", "--port", "seventy", timeout=60)
    assert r.returncode == 2 and r.stderr.startswith("error: E035")
