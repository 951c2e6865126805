"""Speed of the named queries at a million triples, and of `kg serve` under 50 concurrent clients.

    .venv/bin/python bench/bench_query.py [--triples 1000000] [--repeat 5] [--rdflib-timeout 60] [--no-rdflib]

Generates document graphs in the shape kg/assemble.py writes (document node, speaker, meeting, facts as plain
triples with a dkg:Assertion beside each: quote, offsets, rule, date / amount / currency qualifiers, mentions),
over the real reference data and ontology, straight as N-Quads (much faster than writing texts and extracting
them). Each named query runs with its example parameters (as `kg query --name N` with the `# Example:` line of
its .rq file; the queries without parameters list everything); the time is the median of --repeat runs in this
process on the store on disk, JSON serialisation included. The same queries then run on rdflib's in-memory Dataset (union default graph, same bindings), once each
and stopped after --rdflib-timeout seconds, since rdflib is far slower. Last, `kg serve` answers 50 clients that
send their requests at the same moment. Target: every named query under 0.5 s median; no failed request.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing as mp
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pyoxigraph as ox  # noqa: E402

from kg.namespaces import DKG, GRAPH_ONTOLOGY, GRAPH_REFERENCE, ID  # noqa: E402
from kg.query import bind, execute, label_variables, named_queries  # noqa: E402
from kg.reference import load_reference, ontology_graph  # noqa: E402
from kg.store import nquads  # noqa: E402

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCT = "http://purl.org/dc/terms/"
PROV = "http://www.w3.org/ns/prov#"
XSD = "http://www.w3.org/2001/XMLSchema#"
BODIES = ["unsc", "unga", "ccpcj", "unga-third-committee", "hrc", "iaea"]
STANCES = ["welcomes", "supports", "thanks", "condemns", "urges", "alignsWith"]


def iri(x: str) -> str:
    return f"<{x}>"


def lit(v, datatype: str | None = None) -> str:
    v = str(v).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{v}"^^<{XSD}{datatype}>' if datatype else f'"{v}"'


def generate(target: int, seed: int = 1) -> tuple[list[str], int, int]:
    """N-Quads lines (reference, ontology, then document graphs until `target` triples); and the counts."""
    ref = load_reference()
    lines = nquads(ref.graph, GRAPH_REFERENCE).splitlines() + nquads(ontology_graph(), GRAPH_ONTOLOGY).splitlines()
    by_class: dict[str, list[str]] = {}
    for e, c in ref.classes.items():
        by_class.setdefault(c, []).append(e)
    for c in by_class.values():
        c.sort()
    states, orgs, treaties = by_class["State"], by_class["Organization"], by_class["Treaty"]
    bodies = [str(ID[f"org/{b}"]) for b in BODIES if str(ID[f"org/{b}"]) in ref.classes] or orgs[:5]
    places = by_class.get("Place", [])[:200]
    rng = random.Random(seed)
    docs = 0
    while len(lines) < target:
        lines += document(docs, rng, states, orgs, treaties, bodies, places, ref.labels)
        docs += 1
    return lines, len(lines), docs


def document(n, rng, states, orgs, treaties, bodies, places, labels) -> list[str]:
    did = f"stmt_{n:06d}"
    g = iri(str(ID[f"graph/{did}"]))
    doc = str(ID[f"doc/{did}"])
    out = []
    state, state2 = rng.sample(states, 2)
    year = rng.randint(1995, 2024)
    date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    body = rng.choice(bodies)
    meeting = str(ID[f"meeting/{body.rsplit('/', 1)[1]}-{date}"])
    person = str(ID[f"person/p-{n % 3000}"])
    mentions = {state, state2, body, person}
    counter = [0]

    def t(s, p, o):
        out.append(f"{iri(s)} {iri(p)} {o} {g} .")

    def fact(s, p, o, quote, qualifiers=()):
        t(s, p, o)
        counter[0] += 1
        a = str(ID[f"assertion/{did}/{counter[0]:04d}"])
        start = counter[0] * 120
        t(a, RDF + "type", iri(str(DKG.Assertion)))
        t(a, RDF + "subject", iri(s))
        t(a, RDF + "predicate", iri(p))
        t(a, RDF + "object", o)
        t(a, PROV + "wasDerivedFrom", iri(doc))
        t(a, str(DKG.quote), lit(quote))
        t(a, str(DKG.start), lit(start, "integer"))
        t(a, str(DKG.end), lit(start + len(quote), "integer"))
        t(a, str(DKG.confidence), lit("0.80", "decimal"))
        t(a, str(DKG.rule), lit(p.rsplit("#", 1)[-1].rsplit("/", 1)[-1]))
        for qp, qo in qualifiers:
            t(a, qp, qo)

    name = labels.get(state, "the State")
    t(doc, RDF + "type", iri(str(DKG.Statement)))
    t(doc, str(DKG.sourcePath), lit(f"corpus/{did}.txt"))
    t(doc, str(DKG.sha256), lit(hashlib.sha256(did.encode()).hexdigest()))
    t(doc, str(DKG.wordCount), lit(750, "integer"))
    t(doc, DCT + "title", lit(f"Statement by the delegation of {name}"))
    t(doc, RDFS + "label", lit(f"Statement by the delegation of {name}"))
    fact(doc, DCT + "date", lit(date, "date"), date)
    fact(doc, str(DKG.speaker), iri(person), f"Statement by H.E. Ambassador {n % 3000}")
    fact(doc, str(DKG.onBehalfOf), iri(state), f"Permanent Representative of {name}")
    fact(doc, str(DKG.deliveredAt), iri(meeting), f"at the meeting of {date}")
    t(person, RDF + "type", iri(str(DKG.Person)))
    t(person, RDFS + "label", lit(f"Ambassador {n % 3000}"))
    fact(person, str(DKG.post), lit(f"Permanent Representative of {name} to the United Nations"), "post")
    fact(person, str(DKG.represents), iri(state), f"Permanent Representative of {name}")
    t(meeting, RDF + "type", iri(str(DKG.Meeting)))
    t(meeting, RDFS + "label", lit(f"Meeting of {labels.get(body, body)} ({date})"))
    fact(meeting, DCT + "date", lit(date, "date"), date)
    fact(meeting, str(DKG.meetingOf), iri(body), f"meeting of {labels.get(body, body)}")
    if places:
        place = rng.choice(places)
        fact(meeting, str(DKG.heldIn), iri(place), "held in")
        mentions.add(place)
    if rng.random() < 0.2:
        fact(state, str(DKG.hosts), iri(meeting), f"{name} hosts the meeting")
    for _ in range(rng.randint(6, 10)):
        kind = rng.random()
        if kind < 0.35:
            num = rng.randint(1000, 2700)
            res = str(ID[f"resolution/unsc-{num}"])
            ryear = 1990 + num % 30
            t(res, RDF + "type", iri(str(DKG.Resolution)))
            t(res, RDFS + "label", lit(f"resolution {num}"))
            t(res, SKOS + "altLabel", lit(f"S/RES/{num} ({ryear})"))
            t(res, str(DKG.symbol), lit(f"S/RES/{num} ({ryear})"))
            t(res, str(DKG.number), lit(num))
            fact(res, str(DKG.adoptedBy), iri(str(ID["org/unsc"])), f"Security Council resolution {num}")
            stance = rng.choice(["welcomes", "supports", "urges"])
            fact(state, str(DKG[stance]), iri(res), f"{name} {stance} resolution {num} ({ryear}).")
            if rng.random() < 0.5:
                fact(doc, str(DKG.refersTo), iri(res), f"resolution {num} ({ryear})")
            mentions.add(res)
        elif kind < 0.7:
            stance = rng.choice(STANCES)
            target = rng.choice([state2, rng.choice(orgs)])
            fact(state, str(DKG[stance]), iri(target), f"{name} {stance} {labels.get(target, 'them')}.")
            mentions.add(target)
        elif kind < 0.85:
            treaty = rng.choice(treaties)
            party = rng.random() < 0.8
            since = str(rng.randint(1990, year))
            fact(state, str(DKG.partyTo if party else DKG.notPartyTo), iri(treaty),
                 f"{name} became a party to the {labels.get(treaty, 'treaty')} in {since}.",
                 [(DCT + "date", lit(since, "gYear"))] if party else [])
            mentions.add(treaty)
        else:
            org = rng.choice(orgs)
            amount = rng.randint(1, 90) * 1_000_000
            fact(state, str(DKG.funds), iri(org), f"{name} has contributed {amount} US dollars.",
                 [(str(DKG.amount), lit(amount, "decimal")), (str(DKG.currency), lit("USD"))])
            mentions.add(org)
    for m in sorted(mentions):
        t(doc, str(DKG.mentions), iri(m))
    return out


# ------------------------------------------------------------------ timing

def median_time(fn, repeat: int) -> float:
    fn()  # warm-up
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def rdflib_dataset(lines: list[str]):
    from rdflib import Dataset
    ds = Dataset(default_union=True)
    ds.parse(data="\n".join(lines), format="nquads")
    return ds


_DS = None


def _rdflib_child(conn, text, bindings):
    from rdflib import Literal, URIRef, Variable
    init = {Variable(k): (URIRef(v[1]) if v[0] == "iri" else Literal(v[1])) for k, v in bindings.items()}
    t = time.perf_counter()
    rows = len(list(_DS.query(text, initBindings=init)))
    conn.send((time.perf_counter() - t, rows))


def rdflib_time(text: str, subs: dict, timeout: float) -> tuple[float | None, int | None]:
    """One run in a forked child (it shares the loaded Dataset), stopped after `timeout` seconds."""
    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe()
    bindings = {k: (("iri", v.value) if isinstance(v, ox.NamedNode) else ("literal", v.value)) for k, v in subs.items()}
    p = ctx.Process(target=_rdflib_child, args=(child, text, bindings))
    p.start()
    ok = parent.poll(timeout)
    result = parent.recv() if ok else (None, None)
    p.kill()
    p.join()
    return result


# ------------------------------------------------------------------ the endpoint under load

def endpoint_load(store: Path, clients: int) -> dict:
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", "0", "--quiet"],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        m = re.search(r"(http://127\.0\.0\.1:\d+)/sparql", proc.stdout.readline())
        url = m[1] + "/sparql"
        jobs = [(q.text, {f"${q.param(k).variable}": v for k, v in q.example.items()}) for q in named_queries().values()]
        barrier = threading.Barrier(clients)

        def one(n):
            text, binds = jobs[n % len(jobs)]
            data = urllib.parse.urlencode({"query": text, **binds}).encode()
            req = urllib.request.Request(url, data=data, headers={"Accept": "application/sparql-results+json"})
            barrier.wait(timeout=120)
            t = time.perf_counter()
            try:
                with urllib.request.urlopen(req, timeout=120) as r:
                    body = r.read()
                    ok = r.status == 200 and "results" in json.loads(body)
            except (urllib.error.URLError, OSError, ValueError):
                ok = False
            return ok, time.perf_counter() - t

        t = time.perf_counter()
        with ThreadPoolExecutor(clients) as pool:
            results = list(pool.map(one, range(clients)))
        wall = time.perf_counter() - t
        lat = sorted(r[1] for r in results)
        return {"clients": clients, "ok": sum(r[0] for r in results), "failed": sum(not r[0] for r in results),
                "wall_s": wall, "p50_s": lat[len(lat) // 2], "p95_s": lat[int(len(lat) * 0.95) - 1], "max_s": lat[-1]}
    finally:
        proc.terminate()
        proc.wait(30)


def main() -> None:
    global _DS
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--rdflib-timeout", type=float, default=60.0)
    ap.add_argument("--no-rdflib", action="store_true")
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--keep", type=Path, help="keep the generated store in this folder")
    args = ap.parse_args()

    print(f"machine: {os.cpu_count()} cores; pyoxigraph {ox.__version__ if hasattr(ox, '__version__') else ''}")
    t = time.perf_counter()
    lines, count, docs = generate(args.triples)
    print(f"generated {count} quads in {docs} document graphs in {time.perf_counter() - t:.1f} s")
    tmp = Path(tempfile.mkdtemp(prefix="kg-bench-query-"))
    store_dir = (args.keep or tmp / "out") / "store"
    if store_dir.exists():
        shutil.rmtree(store_dir)
    store_dir.parent.mkdir(parents=True, exist_ok=True)
    try:
        t = time.perf_counter()
        st = ox.Store(str(store_dir))
        st.bulk_load("\n".join(lines).encode(), format=ox.RdfFormat.N_QUADS)
        st.flush()
        del st
        print(f"loaded into Oxigraph on disk in {time.perf_counter() - t:.1f} s")
        store = ox.Store.read_only(str(store_dir))

        rows = []
        for q in named_queries().values():
            subs, labels = bind(q.example, q), label_variables(q)
            result = execute(store, q.text, subs, ["json"], labels=labels)
            n = len(json.loads(result.data)["results"]["bindings"])
            ox_s = median_time(lambda: execute(store, q.text, subs, ["json"], labels=labels), args.repeat)
            rows.append([q.name, " ".join(f"{k}={v}" for k, v in q.example.items()) or "-", n, ox_s, q.text, subs])
        del store

        if not args.no_rdflib:
            t = time.perf_counter()
            _DS = rdflib_dataset(lines)
            print(f"loaded into rdflib's in-memory Dataset in {time.perf_counter() - t:.1f} s")
        del lines
        print(f"\nnamed queries, median of {args.repeat} runs (JSON results included); rdflib: one run each, "
              f"stopped at {args.rdflib_timeout:g} s")
        print(f"{'query':16} {'parameters':34} {'rows':>6} {'oxigraph':>10} {'rdflib':>10} {'ratio':>7}")
        slow = []
        for name, params, n, ox_s, text, subs in rows:
            rd = "skipped"
            ratio = ""
            if not args.no_rdflib:
                rd_s, rd_rows = rdflib_time(text, subs, args.rdflib_timeout)
                rd = f">{args.rdflib_timeout:g} s" if rd_s is None else f"{rd_s:.3f} s"
                ratio = f">{args.rdflib_timeout / ox_s:.0f}x" if rd_s is None else f"{rd_s / ox_s:.0f}x"
            if ox_s >= 0.5:
                slow.append(name)
            print(f"{name:16} {params[:34]:34} {n:>6} {ox_s:>8.3f} s {rd:>10} {ratio:>7}")
        print("target (every named query under 0.5 s median): " + ("met" if not slow else f"missed by {', '.join(slow)}"))

        load = endpoint_load(store_dir, args.clients)
        print(f"\nendpoint: {load['clients']} concurrent clients (named queries with their examples): "
              f"{load['ok']} answered, {load['failed']} failed; all done in {load['wall_s']:.2f} s; latency "
              f"p50 {load['p50_s']:.2f} s, p95 {load['p95_s']:.2f} s, max {load['max_s']:.2f} s "
              f"({os.cpu_count()} query processes)")
    finally:
        if args.keep is None:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
