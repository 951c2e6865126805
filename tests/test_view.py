"""Network views: what they contain (pyvis Network objects), that the HTML needs no network, and that the page
works in real headless Chromium (no console errors, a drawn canvas, as many nodes as the graph has)."""
import json
import os
import re
import sys
from pathlib import Path

import pytest
from pyvis.network import Network

from conftest import ROOT, run_kg
from kg import view
from kg.errors import KGError
from kg_fixture import ACTIVE, STANCE_FACTS, iri, store, store_path  # noqa: F401 (fixtures)

sys.path.insert(0, str(ROOT / "bench"))
from bench_view import Chromium, chromium_path, inspect_view, pixel_stddev, synthetic_store  # noqa: E402

ENTITY_PREFIX = "https://w3id.org/dkg/id/"


def nodes_by_id(net):
    return {n["id"]: n for n in net.nodes}


def external_resources(html: str) -> list[str]:
    """src or href of <script>, <link>, <img>, <iframe> elements that point at http(s)."""
    tags = re.findall(r"<(?:script|link|img|iframe)\b[^>]*>", html, flags=re.I)
    return [t for t in tags if re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", t, flags=re.I)]


def test_overview_draws_entities_in_facts_or_mentioned(store):
    net = view.overview(store)
    assert isinstance(net, Network)
    assert set(nodes_by_id(net)) == {iri(k) for k in ACTIVE}  # no unmentioned reference state, no document
    assert not any("/assertion/" in n or "/doc/" in n for n in nodes_by_id(net))
    assert net.num_nodes() == len(ACTIVE) and len(net.edges) == 11
    jpn = nodes_by_id(net)[iri("state/JPN")]
    assert (jpn["shape"], jpn["cls"], jpn["wd"]) == ("dot", "State", "http://www.wikidata.org/entity/Q17")
    assert "Nippon" in jpn["alt"]
    assert nodes_by_id(net)[iri("org/unsc")]["shape"] != jpn["shape"]
    assert jpn["size"] == max(n["size"] for n in net.nodes)  # most connected, largest
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in net.nodes)
    assert net.options["physics"]["enabled"] is False
    e = next(e for e in net.edges if e["pred"] == "alignsWith")
    assert e["label"] == "aligns with"  # the predicate's rdfs:label
    assert e["ev"] == [["France aligns itself with the statement of Germany.", "Statement by France", "seeds/fra_2017.txt"]]
    legend = {c["cls"]: c["count"] for c in net.legend["classes"]}
    assert legend == {"Organization": 3, "Resolution": 1, "State": 4, "Treaty": 2}
    assert {p["pred"] for p in net.legend["predicates"]} >= {"welcomes", "notPartyTo", "partOf"}
    assert net.notice == ""


def test_overview_with_documents_and_everything(store):
    net = view.overview(store, documents=True)
    docs = [n for n in net.nodes if n["cls"] == "Statement"]
    assert len(docs) == 2 and docs[0]["shape"] == "box"
    assert any(e["pred"] == "mentions" for e in net.edges)
    assert iri("state/ISL") in nodes_by_id(view.overview(store, everything=True))


def test_html_is_self_contained(store, tmp_path):
    path = view.write_network(view.overview(store), tmp_path / "v.html")
    html = path.read_text(encoding="utf-8")
    assert external_resources(html) == []
    assert "cdn" not in " ".join(re.findall(r"<(?:script|link)\b[^>]*>", html)).lower()
    assert "vis.Network" in html and len(html) > 400_000  # vis-network inline
    data = json.loads(re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S).group(1))
    assert len(data["nodes"]) == len(ACTIVE)
    assert not (tmp_path / "lib").exists()  # pyvis's "local" mode would have copied a lib folder
    # pyvis's own writer goes through the same page
    net = view.overview(store)
    net.write_html(str(tmp_path / "w.html"))
    assert external_resources((tmp_path / "w.html").read_text(encoding="utf-8")) == []


def test_quotes_cannot_break_out_of_the_page(store, tmp_path):
    net = view.overview(store)
    net.edges[0]["ev"] = [["</script><script>alert(1)</script>", "x", "y"]]
    html = view.render_html(net)
    assert "</script><script>alert(1)" not in html


def test_focus_by_label_and_alt_label(store):
    net = view.focus(store, "DPRK", depth=1)
    assert set(nodes_by_id(net)) == {iri("state/PRK"), iri("state/JPN"), iri("treaty/ctbt")}
    assert nodes_by_id(net)[iri("state/PRK")]["borderWidth"] == 4
    two = set(nodes_by_id(view.focus(store, "north korea", depth=2)))
    assert iri("org/1540-committee") in two and iri("state/FRA") in two
    assert "Neighbourhood of Democratic People's Republic of Korea" in net.heading
    with pytest.raises(KGError) as e:
        view.focus(store, "Atlantis")
    assert e.value.code == "E014"


def test_stances_one_colour_per_stance(store):
    net = view.stances(store)
    assert len(net.edges) == STANCE_FACTS
    assert {e["pred"] for e in net.edges} == {"welcomes", "supports", "condemns", "urges", "alignsWith", "thanks"}
    colours = {}
    for e in net.edges:
        colours.setdefault(e["pred"], set()).add(e["color"]["color"])
    assert all(len(c) == 1 for c in colours.values())
    assert len({next(iter(c)) for c in colours.values()}) == len(colours)


def test_treaties_party_and_not_party(store):
    net = view.treaties(store)
    preds = sorted((e["pred"], e.get("dashes", False)) for e in net.edges)
    assert preds == [("notPartyTo", True), ("partyTo", False), ("partyTo", False)]
    reference = next(e for e in net.edges if e["from"] == iri("state/NOR"))
    assert reference.get("ref") == 1 and reference["ev"] == []


def test_query_view_construct_and_select(store):
    construct = ("PREFIX dkg: <https://w3id.org/dkg/ontology#> CONSTRUCT { ?s dkg:welcomes ?o . ?s dkg:iso3 ?c } "
                 "WHERE { ?s dkg:welcomes ?o OPTIONAL { ?s dkg:iso3 ?c } }")
    net = view.query(store, construct)
    assert {(e["from"], e["to"]) for e in net.edges} == {(iri("state/JPN"), iri("resolution/unsc-2467")),
                                                        (iri("state/FRA"), iri("resolution/unsc-2467"))}
    assert all(e["ev"] for e in net.edges)  # evidence found for the constructed facts
    select = "SELECT ?s ?p ?o WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?o BIND(<http://www.w3.org/2000/01/rdf-schema#label> AS ?p) FILTER(?o = \"Japan\") }"
    net = view.query(store, select)
    assert sorted(n["cls"] for n in net.nodes) == ["Literal", "State"]
    for bad, code in (("SELECT ?x WHERE { ?x ?y ?z }", "E040"), ("ASK { ?s ?p ?o }", "E040"), ("SELEC nothing", "E009")):
        with pytest.raises(KGError) as e:
            view.query(store, bad)
        assert e.value.code == code


def test_size_limit_keeps_the_most_central(store):
    net = view.focus(store, "Iceland", depth=0)
    assert len(net.nodes) == 1 and net.edges == []
    net = view.overview(store, max_nodes=3)
    assert len(net.nodes) == 3
    assert iri("state/JPN") in nodes_by_id(net)
    assert "3 most central of 10 nodes" in net.notice and "7 nodes" in net.notice
    net = view.focus(store, "Germany", depth=5, max_nodes=2)
    assert iri("state/DEU") in nodes_by_id(net)  # the focus is always kept
    with pytest.raises(KGError):
        view.overview(store, max_nodes=0)
    with pytest.raises(KGError):
        view.overview(store, size_by="shoe size")


def test_layout_is_deterministic_and_spread():
    import networkx as nx
    G = nx.barabasi_albert_graph(400, 2, seed=3)
    a, b = view.layout(G, seed=1), view.layout(G, seed=1)
    assert a == b
    xs = sorted(p[0] for p in a.values())
    assert xs[-1] - xs[0] > 500
    assert len({(round(x), round(y)) for x, y in a.values()}) > 390  # hardly any two nodes on one spot


def test_cli_view(store_path, tmp_path):
    out = tmp_path / "focus.html"
    r = run_kg("view", "--store", store_path, "--focus", "Japan", "--depth", "1", "-o", out)
    assert r.returncode == 0, r.stderr
    assert out.exists() and "nodes" in r.stdout
    q = tmp_path / "q.rq"
    q.write_text("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o FILTER(?p = <https://w3id.org/dkg/ontology#condemns>) }")
    r = run_kg("view", "--store", store_path, "--query", q, "-o", tmp_path / "q.html")
    assert r.returncode == 0, r.stderr
    for args, code in ((["--focus", "Atlantis"], "E014"), (["--query", tmp_path / "none.rq"], "E001"),
                       (["--max-nodes", "0"], "E041")):
        r = run_kg("view", "--store", store_path, *args, "-o", tmp_path / "x.html")
        assert r.returncode == 2 and code in r.stderr, r.stderr
    r = run_kg("view", "--store", store_path, "--stances", "--treaties", "-o", tmp_path / "x.html")
    assert r.returncode == 2
    r = run_kg("view", "--store", tmp_path / "nothing")
    assert r.returncode == 2 and "E008" in r.stderr


# -- in a real browser

@pytest.fixture(scope="module")
def browser():
    if not chromium_path():
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed (.ci/run installs Debian's chromium)")
        pytest.skip("chromium is not installed: apt-get install chromium")
    with Chromium() as b:
        yield b


def independent_node_count(store_dir: Path) -> int:
    """Entities that are the subject or object of an assertion, or that a document mentions (documents and
    literals aside), counted by SPARQL straight from the store."""
    from kg.store import open_store
    q = """PREFIX dkg: <https://w3id.org/dkg/ontology#> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
    SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {
      { ?a a dkg:Assertion ; rdf:subject ?e } UNION { ?a a dkg:Assertion ; rdf:object ?e } UNION { ?d dkg:mentions ?e }
      FILTER(isIRI(?e) && STRSTARTS(STR(?e), "%s") && !STRSTARTS(STR(?e), "%sdoc/")) }""" % (ENTITY_PREFIX, ENTITY_PREFIX)
    store = open_store(store_dir)
    try:
        return int(next(iter(store.query(q)))["n"].value)
    finally:
        store.close()


def test_build_overview_in_chromium(seeds_build, browser):
    page = seeds_build / "graph.html"
    html = page.read_text(encoding="utf-8")
    assert external_resources(html) == []
    r = inspect_view(browser, page)
    assert r["errors"] == []
    expected = independent_node_count(seeds_build / "store")
    assert expected > 10
    assert r["nodes"] == expected
    assert r["edges"] > 0
    assert pixel_stddev(r["png"]) > 5  # something is drawn on the canvas
    # the page's own controls: search, evidence panel, class filter
    found = browser.evaluate("kgFind('croatia')")
    assert found and found.endswith("state/HRV")
    browser.evaluate("network.emit('click', {nodes: [kgFind('croatia')], edges: []}), 1")
    details = browser.evaluate("document.getElementById('kg-details').textContent")
    assert "Croatia" in details and "welcomes" in details and "seeds/101_unsc_open_debate_cybersecurity.txt" in details
    before = browser.evaluate("network.body.data.nodes.length")
    browser.evaluate("(function(){var b=document.querySelector('#kg-classes input'); b.click(); return 1})()")
    assert browser.evaluate("network.body.data.nodes.length") < before
    assert browser.errors() == []


def test_focused_views_in_chromium(store, tmp_path, browser):
    for name, net in (("stances", view.stances(store)), ("treaties", view.treaties(store)),
                      ("focus", view.focus(store, "Japan"))):
        page = view.write_network(net, tmp_path / f"{name}.html")
        r = inspect_view(browser, page)
        assert r["errors"] == [], name
        assert (r["nodes"], r["edges"]) == (len(net.nodes), len(net.edges)), name
        assert pixel_stddev(r["png"]) > 5, name


def test_reduced_view_in_chromium(tmp_path, browser):
    store = synthetic_store(tmp_path / "store", 600)
    net = view.overview(store, max_nodes=150)
    page = view.write_network(net, tmp_path / "big.html")
    r = inspect_view(browser, page)
    assert r["errors"] == []
    assert r["nodes"] == 150 and "most central of" in r["notice"] and "left out" in r["notice"]
    assert pixel_stddev(r["png"]) > 5
