"""`kg query`: each named query on the seeds build, checked against an independent reading of output/graph.trig
with rdflib (plain graph navigation, no SPARQL); formats, parameters, errors and the timeout."""
import csv
import io
import json
import time
from collections import Counter, defaultdict
from xml.etree import ElementTree

import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS

from kg.namespaces import DKG
from kg.query import named_queries, to_term

from conftest import run_kg

LABELS = (RDFS.label, SKOS.altLabel)


@pytest.fixture(scope="session")
def store(seeds_build):
    return seeds_build / "store"


@pytest.fixture(scope="session")
def ds(seeds_build) -> Dataset:
    d = Dataset()
    d.parse(seeds_build / "graph.trig", format="trig")
    return d


@pytest.fixture(scope="session")
def g(ds) -> Graph:
    """The union of every graph in graph.trig, as the store's default graph is (set semantics)."""
    merged = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        merged.add((s, p, o))
    return merged


def ask(store, name=None, *params, sparql=None, fmt="json"):
    """Run `kg query` as a user would and return the parsed JSON results (rows of {var: value})."""
    args = ["query", "--store", store, "--format", fmt]
    args += ["--name", name] if name else [sparql]
    for p in params:
        args += ["--param", p]
    r = run_kg(*args)
    assert r.returncode == 0, r.stderr
    if fmt != "json":
        return r.stdout
    data = json.loads(r.stdout)
    return [{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]]


def names(g, x):
    return {str(o) for p in LABELS for o in g.objects(x, p)}


def matches(g, x, value):
    return value == str(x) or value in names(g, x)


def s(x):
    return None if x is None else str(x)


def stance_properties(g):
    return set(g.transitive_subjects(RDFS.subPropertyOf, DKG.stance)) - {DKG.stance}


def assertions(g, predicates=None):
    for a in g.subjects(RDF.type, DKG.Assertion):
        p = g.value(a, RDF.predicate)
        if predicates is None or p in predicates:
            yield a, g.value(a, RDF.subject), p, g.value(a, RDF.object)


def source(g, a):
    return s(g.value(g.value(a, PROV.wasDerivedFrom), DKG.sourcePath))


def label_of(g, x):
    """A label the query parameter can use: the rdfs:label."""
    return str(g.value(x, RDFS.label))


# ------------------------------------------------------------------ the library

def test_every_named_query_says_its_question_and_parameters():
    qs = named_queries()
    assert {"statements-by", "stances-of", "stances-toward", "treaty-status", "resolutions", "officials", "meetings",
            "funding", "evidence", "stance-matrix", "co-mention"} <= set(qs)
    for q in qs.values():
        assert q.question.endswith("?") or q.question.endswith("."), q.name
        for p in q.params:
            assert f"?{p.variable}" in q.text and p.help, (q.name, p.name)
            # a parameter is bound, so it must be selected (pyoxigraph substitutes projected variables only)
            assert f"?{p.variable}" in q.text.split("WHERE")[0], (q.name, p.name)
        for name in q.example:
            assert q.param(name), (q.name, name)


def test_list_shows_each_named_query(store):
    r = run_kg("query", "--list")
    assert r.returncode == 0
    for name, q in named_queries().items():
        assert name in r.stdout and q.question in r.stdout
        for p in q.params:
            assert f"--param {p.name}=" in r.stdout


# ------------------------------------------------------------------ each named query against the graph

def test_statements_by(store, g):
    statements = set(g.subjects(RDF.type, DKG.Statement))
    assert statements
    for st in sorted(statements):
        for who in [x for p in (DKG.speaker, DKG.onBehalfOf) for x in g.objects(st, p)]:
            for value in (label_of(g, who), str(who)):
                rows = ask(store, "statements-by", f"actor={value}")
                got = {(r["statement"], r.get("speaker"), r.get("onBehalfOf"), r.get("meeting"), r.get("date")) for r in rows}
                name = label_of(g, who)
                want = {(str(x), s(g.value(x, DKG.speaker)), s(g.value(x, DKG.onBehalfOf)), s(g.value(x, DKG.deliveredAt)),
                         s(g.value(x, DCTERMS.date))) for x in statements
                        if any(matches(g, y, name) for p in (DKG.speaker, DKG.onBehalfOf) for y in g.objects(x, p))}
                assert got == want and want
                dates = [r.get("date", "") for r in rows]
                assert dates == sorted(dates)
        break


def _stance_rows(g):
    return {(str(sub), str(p), str(o), str(g.value(a, DKG.quote)), source(g, a))
            for a, sub, p, o in assertions(g, stance_properties(g))}


def test_stances_of(store, g):
    every = _stance_rows(g)
    assert every
    actor = Counter(r[0] for r in every).most_common(1)[0][0]
    for params, want in (((f"actor={label_of(g, URIRef(actor))}",), {r for r in every if r[0] == actor}),
                         ((f"actor={actor}",), {r for r in every if r[0] == actor})):
        rows = ask(store, "stances-of", *params)
        assert {(r["actor"], r["stance"], r["target"], r["quote"], r.get("source")) for r in rows} == want


def test_stances_toward(store, g):
    every = _stance_rows(g)
    target = Counter(r[2] for r in every).most_common(1)[0][0]
    name = label_of(g, URIRef(target))
    rows = ask(store, "stances-toward", f"target={name}")
    want = {r for r in every if matches(g, URIRef(r[2]), name)}
    assert {(r["actor"], r["stance"], r["target"], r["quote"], r.get("source")) for r in rows} == want and want


def test_treaty_status(store, g):
    want = set()
    for status, prop in (("party", DKG.partyTo), ("not party", DKG.notPartyTo)):
        for a, state, p, treaty in assertions(g, {prop}):
            assert (state, prop, treaty) in g
            want.add((str(treaty), str(state), status, s(g.value(a, DCTERMS.date)), source(g, a)))
    assert want, "the seeds say who is party to which treaty"
    for treaty in sorted({w[0] for w in want}):
        for name in names(g, URIRef(treaty)) | {treaty}:
            rows = ask(store, "treaty-status", f"treaty={name}")
            assert {(r["treaty"], r["state"], r["status"], r.get("since"), r.get("source")) for r in rows} == \
                   {w for w in want if w[0] == treaty}
    _one_error(run_kg("query", "--store", store, "--name", "treaty-status"), "E030")


def test_resolutions(store, g):
    resolutions = set(g.subjects(RDF.type, DKG.Resolution))
    assert resolutions
    stances = stance_properties(g)
    want = set()
    for res in resolutions:
        documents = {d for p in (DKG.refersTo, DKG.mentions) for d in g.subjects(p, res)}
        actors = frozenset(label_of(g, a) for a, p in g.subject_predicates(res) if p in stances)
        for organ in list(g.objects(res, DKG.adoptedBy)) or [None]:
            want.add((str(res), s(g.value(res, DKG.symbol)), s(organ), len(documents), actors))
    rows = ask(store, "resolutions")
    assert {(r["resolution"], r.get("symbol"), r.get("organ"), int(r.get("documents", 0)),
             frozenset(filter(None, r.get("actors", "").split("; ")))) for r in rows} == want
    labels = [r.get("resolutionLabel", "") for r in rows]
    assert labels == sorted(labels)


def test_officials(store, g):
    want = set()
    for person in g.subjects(RDF.type, DKG.Person):
        posts, reps, leads = (list(g.objects(person, p)) for p in (DKG.post, DKG.represents, DKG.leads))
        if posts or reps or leads:
            for post in posts or [None]:
                for rep in reps or [None]:
                    for lead in leads or [None]:
                        want.add((str(person), s(post), s(rep), s(lead)))
    assert want
    rows = ask(store, "officials")
    assert {(r["person"], r.get("post"), r.get("represents"), r.get("leads")) for r in rows} == want


def test_meetings(store, g):
    want = set()
    for m in g.subjects(RDF.type, DKG.Meeting):
        speakers = [g.value(st, DKG.speaker) for st in g.subjects(DKG.deliveredAt, m) if g.value(st, DKG.speaker)]
        for body in list(g.objects(m, DKG.meetingOf)) or [None]:
            for place in list(g.objects(m, DKG.heldIn)) or [None]:
                for host in list(g.subjects(DKG.hosts, m)) or [None]:
                    for speaker in speakers or [None]:
                        want.add((str(m), s(g.value(m, DCTERMS.date)), s(body), s(place), s(host), s(speaker)))
    assert want
    rows = ask(store, "meetings")
    assert {(r["meeting"], r.get("date"), r.get("body"), r.get("place"), r.get("host"), r.get("speaker"))
            for r in rows} == want
    dated = [r["date"] for r in rows if "date" in r]
    assert dated == sorted(dated)


def test_funding(store, g):
    want = set()
    for funder, recipient in g.subject_objects(DKG.funds):
        for a in [a for a, sub, p, o in assertions(g, {DKG.funds}) if (sub, o) == (funder, recipient)] or [None]:
            want.add((str(funder), str(recipient), s(a and g.value(a, DKG.amount)), s(a and g.value(a, DKG.currency)),
                      a and source(g, a)))
    assert want and all(w[2] and w[3] for w in want), "the seeds state an amount and a currency"
    rows = ask(store, "funding")
    assert {(r["funder"], r["recipient"], r.get("amount"), r.get("currency"), r.get("source")) for r in rows} == want


def test_evidence_for_a_triple(store, g):
    every = {(str(sub), str(p), str(o), str(g.value(a, DKG.quote)), int(g.value(a, DKG.start)), str(a))
             for a, sub, p, o in assertions(g)}
    assert every
    sub, p, o = next((x[0], x[1], x[2]) for x in sorted(every) if x[1] in {str(q) for q in stance_properties(g)})
    want = {x for x in every if x[:3] == (sub, p, o)}
    for params in ((f"subject={sub}", f"predicate={p}", f"object={o}"),
                   (f"subject={label_of(g, URIRef(sub))}", f"predicate=<{p}>", f"object=<{o}>")):
        rows = ask(store, "evidence", *params)
        assert {(r["subject"], r["predicate"], r["object"], r["quote"], int(r["start"]), r["assertion"]) for r in rows} == want
    rows = ask(store, "evidence", f"subject={label_of(g, URIRef(sub))}")
    assert {r["assertion"] for r in rows} == {x[5] for x in every if matches(g, URIRef(x[0]), label_of(g, URIRef(sub)))}


def test_stance_matrix(store, g, ds):
    """A cell counts the documents (named graphs) that state the fact."""
    stances = stance_properties(g)
    want = defaultdict(Counter)
    for s_, p, o, ctx in ds.quads((None, None, None, None)):
        if p in stances:
            want[(str(s_), str(o))][str(p).rsplit("#", 1)[1]] += 1
    rows = ask(store, "stance-matrix")
    got = {(r["actor"], r["target"]): Counter({k: int(r[k]) for k in ("welcomes", "supports", "thanks", "condemns",
                                                                      "urges", "alignsWith") if int(r[k])})
           for r in rows}
    assert got == dict(want) and want
    assert all(int(r["total"]) == sum(got[(r["actor"], r["target"])].values()) for r in rows)
    totals = [int(r["total"]) for r in rows]
    assert totals == sorted(totals, reverse=True)


def test_co_mention(store, g):
    mentioned = Counter(o for _, o in g.subject_objects(DKG.mentions))
    entity = mentioned.most_common(1)[0][0]
    want = Counter()
    for doc in g.subjects(DKG.mentions, entity):
        for other in set(g.objects(doc, DKG.mentions)) - {entity}:
            want[str(other)] += 1
    rows = ask(store, "co-mention", f"entity={label_of(g, entity)}")
    assert {r["other"]: int(r["documents"]) for r in rows} == dict(want) and want
    counts = [int(r["documents"]) for r in rows]
    assert counts == sorted(counts, reverse=True)


# ------------------------------------------------------------------ formats and output

def test_result_formats(store, g, tmp_path):
    q = "PREFIX dkg: <https://w3id.org/dkg/ontology#> SELECT ?s ?l WHERE { ?s a dkg:Treaty ; <http://www.w3.org/2000/01/rdf-schema#label> ?l } ORDER BY ?s"
    want = sorted((str(t), str(g.value(t, RDFS.label))) for t in g.subjects(RDF.type, DKG.Treaty))
    rows = ask(store, sparql=q)
    assert [(r["s"], r["l"]) for r in rows] == want
    out = ask(store, sparql=q, fmt="csv")
    assert [tuple(r) for r in csv.reader(io.StringIO(out))][1:] == want
    out = ask(store, sparql=q, fmt="tsv")
    assert [tuple(line.split("\t")) for line in out.splitlines()[1:]] == [(f"<{a}>", f'"{b}"') for a, b in want]
    root = ElementTree.fromstring(ask(store, sparql=q, fmt="xml"))
    assert len(root.findall(".//{http://www.w3.org/2005/sparql-results#}result")) == len(want)
    table = ask(store, sparql=q, fmt="table")
    assert table.splitlines()[0].split() == ["s", "l"] and f"({len(want)} rows)" in table and "id:treaty/" in table
    r = run_kg("query", "--store", store, q, "--format", "csv", "-o", tmp_path / "t.csv")
    assert r.returncode == 0 and r.stdout == ""
    assert [tuple(x) for x in csv.reader(io.StringIO((tmp_path / "t.csv").read_text()))][1:] == want
    assert ask(store, sparql="ASK { ?s a <https://w3id.org/dkg/ontology#Treaty> }", fmt="table").strip() == "true"


@pytest.mark.parametrize("fmt,rdflib_format", [("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld"), (None, "turtle")])
def test_construct_formats(store, g, fmt, rdflib_format):
    q = ("PREFIX dkg: <https://w3id.org/dkg/ontology#> "
         "CONSTRUCT { ?s dkg:welcomes ?o } WHERE { ?s dkg:welcomes ?o }")
    args = ["query", "--store", store, q] + (["--format", fmt] if fmt else [])
    r = run_kg(*args)
    assert r.returncode == 0, r.stderr
    got = Graph().parse(data=r.stdout, format=rdflib_format)
    assert set(got) == set(g.triples((None, DKG.welcomes, None))) and len(got)


def test_table_on_a_construct_is_refused_and_graph_format_on_select(store):
    r = run_kg("query", "--store", store, "CONSTRUCT WHERE { ?s a ?c }", "--format", "csv")
    assert r.returncode == 2 and r.stderr.startswith("error: E012")
    r = run_kg("query", "--store", store, "SELECT * WHERE { ?s a ?c } LIMIT 1", "--format", "ttl")
    assert r.returncode == 2 and r.stderr.startswith("error: E012")


def test_query_from_a_file(store, g, tmp_path):
    f = tmp_path / "mine.rq"
    f.write_text("# states\nPREFIX dkg: <https://w3id.org/dkg/ontology#>\nSELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a dkg:State }\n")
    r = run_kg("query", "--store", store, "-f", f, "--format", "csv")
    assert r.returncode == 0 and int(r.stdout.split()[1]) == len(set(g.subjects(RDF.type, DKG.State)))


# ------------------------------------------------------------------ parameters are bindings

def test_a_parameter_is_bound_not_pasted(store, g):
    hostile = 'Croatia" } } SELECT * WHERE { ?s ?p ?o '
    r = run_kg("query", "--store", store, "--name", "stances-of", "--param", f"actor={hostile}", "--format", "json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["results"]["bindings"] == []
    assert "warning: no entity has the label" in r.stderr


def test_free_query_parameters_bind_selected_variables(store):
    q = "SELECT ?s ?name WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?name }"
    rows = ask(store, None, "name=Japan", sparql=q)
    assert rows == [{"s": "https://w3id.org/dkg/id/state/JPN", "name": "Japan"}]
    r = run_kg("query", "--store", store, "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1", "--param", "x=1")
    assert r.returncode == 2 and r.stderr.startswith("error: E032")


def test_parameter_values_become_terms():
    assert str(to_term("id:state/JPN")) == "<https://w3id.org/dkg/id/state/JPN>"
    assert str(to_term("<http://example.org/x>")) == "<http://example.org/x>"
    assert str(to_term("https://example.org/x")) == "<https://example.org/x>"
    assert str(to_term("Japan")) == '"Japan"'
    assert str(to_term('"id:x"')) == '"id:x"'
    assert str(to_term('"Japon"@fr')) == '"Japon"@fr'
    assert str(to_term("S/RES/2341 (2017)")) == '"S/RES/2341 (2017)"'


# ------------------------------------------------------------------ errors: one line, code, exit 2

def _one_error(r, code):
    lines = [line for line in r.stderr.splitlines() if line.strip()]
    assert r.returncode == 2, r.stderr
    assert len(lines) == 1 and lines[0].startswith(f"error: {code} "), r.stderr
    return lines[0]


def test_malformed_query_names_line_and_column(store):
    r = run_kg("query", "--store", store, "SELECT ?s\nWHERE {\n  ?s ?p\n}")
    line = _one_error(r, "E009")
    assert "line 4, column 1" in line or ("line " in line and "column " in line)


@pytest.mark.parametrize("args,code", [
    (["--name", "no-such-question"], "E011"),
    (["--name", "stances-of", "--param", "actor"], "E015"),
    (["--name", "stances-of", "--param", "colour=red"], "E031"),
    (["--name", "co-mention"], "E030"),
    (["--name", "stance-matrix", "--format", "yaml"], "E012"),
    (["-f", "/no/such/file.rq"], "E001"),
    ([], "E035"),
    (["--timeout", "soon", "ASK {}"], "E035"),
])
def test_bad_input_is_one_line_and_exit_2(store, args, code):
    _one_error(run_kg("query", "--store", store, *args), code)


def test_missing_store(tmp_path):
    _one_error(run_kg("query", "--store", tmp_path / "nothing", "ASK {}"), "E008")


def test_a_slow_query_stops_at_the_timeout(store):
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    t = time.monotonic()
    r = run_kg("query", "--store", store, "--timeout", "1", slow, timeout=60)
    took = time.monotonic() - t
    line = _one_error(r, "E010")
    assert "1 s" in line and took < 15
