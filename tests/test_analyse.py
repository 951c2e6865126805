"""Network analysis (kg stats, kg path, kg export --format graphml|gexf|csv) on a small hand-made store."""
import csv
import json

import networkx as nx
import pytest

from conftest import run_kg
from kg import analyse
from kg.errors import KGError
from kg_fixture import ACTIVE, ENTITIES, iri, store, store_path  # noqa: F401 (fixtures)


def test_fact_graph_keeps_entities_in_facts_or_mentioned(store):
    G = analyse.fact_graph(store)
    assert set(G) == {iri(k) for k in ACTIVE}
    assert G.nodes[iri("state/JPN")]["cls"] == "State"
    assert G.nodes[iri("state/JPN")]["wikidata"] == "http://www.wikidata.org/entity/Q17"
    edge = G.edges[iri("state/JPN"), iri("org/1540-committee"), "https://w3id.org/dkg/ontology#supports"]
    assert edge["label"] == "supports" and edge["support"] == 1
    assert edge["evidence"][0]["quote"] == "Japan supports the work of the 1540 Committee."
    assert edge["evidence"][0]["path"] == "seeds/jpn_2016.txt"
    # a reference link between two drawn entities is an edge, marked as reference data
    assert G.edges[iri("org/1540-committee"), iri("org/unsc"), "https://w3id.org/dkg/ontology#partOf"]["reference"]
    assert G.number_of_edges() == 11


def test_everything_includes_reference_entities(store):
    G = analyse.fact_graph(store, everything=True)
    assert {iri(k) for k in ENTITIES} <= set(G)


def test_find_entity_by_label_alt_label_or_iri(store):
    G = analyse.load_graph(store)
    assert analyse.find_entity(G, "japan") == iri("state/JPN")
    assert analyse.find_entity(G, "North  Korea") == iri("state/PRK")
    assert analyse.find_entity(G, iri("treaty/npt")) == iri("treaty/npt")
    with pytest.raises(KGError) as e:
        analyse.find_entity(G, "Atlantis")
    assert e.value.code == "E014" and "Atlantis" in str(e.value)


def test_stats(store):
    s = analyse.stats(store, top=3)
    assert s["entities_per_class"]["State"] == 7
    assert s["entities_in_facts_per_class"]["State"] == 4
    assert s["facts_per_predicate"]["welcomes"] == 2 and s["facts_per_predicate"]["notPartyTo"] == 1
    assert s["central"]["degree"]["actors"][0]["label"] == "Japan"
    assert {r["class"] for r in s["central"]["pagerank"]["instruments"]} <= {"Resolution", "Treaty"}
    assert s["central"]["betweenness"]["actors"][0]["label"] == "Japan"
    assert s["betweenness"] == "exact"
    assert s["communities"]["count"] >= 1
    assert sum(c["size"] for c in s["communities"]["largest"]) <= s["nodes"]
    assert s["components"]["count"] == 2  # the IAEA is mentioned but in no fact
    assert s["components"]["sizes"][0] == s["nodes"] - 1
    assert analyse.stats(store) == analyse.stats(store)  # fixed seed: the same communities every time
    text = analyse.format_stats(s)
    assert "most central actors by pagerank" in text and "communities" in text


def test_betweenness_is_sampled_for_big_graphs(monkeypatch):
    G = nx.MultiDiGraph()
    for i in range(30):
        G.add_node(i, label=str(i), cls="State")
        G.add_edge(i, (i + 1) % 30)
    monkeypatch.setattr(analyse, "EXACT_BETWEENNESS_UP_TO", 10)
    monkeypatch.setattr(analyse, "BETWEENNESS_SAMPLES", 5)
    assert analyse.centrality(G, "betweenness") == analyse.centrality(G, "betweenness")  # seeded
    with pytest.raises(KGError):
        analyse.centrality(G, "closeness")


def test_paths_with_quotes(store):
    r = analyse.paths(store, "Japan", "1540 Committee")
    assert r["length"] == 1
    (hop,) = r["paths"][0]
    assert hop[0]["predicate_label"] == "supports"
    assert hop[0]["evidence"][0]["quote"] == "Japan supports the work of the 1540 Committee."
    r = analyse.paths(store, "France", "United Nations Security Council")
    assert r["length"] == 2 and len(r["paths"]) == 1
    assert [st["predicate_label"] for hop in r["paths"][0] for st in hop] == ["welcomes", "adopted by"]
    r = analyse.paths(store, "France", "1540 Committee")
    assert r["length"] == 2
    assert all(st["evidence"] for hops in r["paths"] for hop in hops for st in hop)
    text = analyse.format_paths(r)
    assert "France --thanks--> Japan" in text and '"We thank Japan for convening this meeting."' in text


def test_no_path(store):
    r = analyse.paths(store, "Japan", "IAEA")
    assert r["length"] is None and r["paths"] == []
    assert "no chain of facts" in analyse.format_paths(r)
    # through the documents that mention both, there is one
    assert analyse.paths(store, "Japan", "IAEA", documents=True)["length"] == 2


def test_cli_path_and_stats(store_path):
    r = run_kg("path", "Nippon", "1540 Committee", "--store", store_path)
    assert r.returncode == 0, r.stderr
    assert "Japan --supports--> 1540 Committee" in r.stdout and "seeds/jpn_2016.txt" in r.stdout
    r = run_kg("path", "Japan", "Atlantis", "--store", store_path)
    assert r.returncode == 2 and r.stderr.strip().count("\n") == 0 and "E014" in r.stderr
    r = run_kg("stats", "--json", "--store", store_path)
    assert r.returncode == 0, r.stderr
    s = json.loads(r.stdout)
    assert s["central"]["degree"]["actors"][0]["label"] == "Japan"
    r = run_kg("stats", "--store", store_path)
    assert r.returncode == 0 and "entities per class" in r.stdout
    r = run_kg("stats", "--store", store_path.parent / "missing")
    assert r.returncode == 2 and "E008" in r.stderr


@pytest.mark.parametrize("fmt,read", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_export_reads_back(store_path, tmp_path, fmt, read):
    out = tmp_path / f"graph.{fmt}"
    r = run_kg("export", "--store", store_path, "--format", fmt, "-o", out)
    assert r.returncode == 0, r.stderr
    G = read(out)
    assert G.number_of_nodes() == len(ACTIVE)
    assert G.number_of_edges() == 11
    jpn = G.nodes[iri("state/JPN")]
    assert jpn["label"] == "Japan" and jpn["class"] == "State"
    labels = {d["label"] for _, _, d in G.edges(data=True)}
    assert {"supports", "not party to", "aligns with"} <= labels


def test_export_csv(store_path, tmp_path):
    r = run_kg("export", "--store", store_path, "--format", "csv", "-o", tmp_path / "net")
    assert r.returncode == 0, r.stderr
    nodes = list(csv.DictReader(open(tmp_path / "net" / "nodes.csv", encoding="utf-8")))
    edges = list(csv.DictReader(open(tmp_path / "net" / "edges.csv", encoding="utf-8")))
    assert len(nodes) == len(ACTIVE) and len(edges) == 11
    assert {"id": iri("state/JPN"), "label": "Japan", "class": "State"}.items() <= next(
        n for n in nodes if n["label"] == "Japan").items()
    e = next(e for e in edges if e["label"] == "condemns")
    assert e["quote"] == "Japan condemns the nuclear tests by the DPRK." and e["source_document"] == "seeds/jpn_2016.txt"
    r = run_kg("export", "--store", store_path, "--format", "csv")  # to standard output: one edge list
    rows = list(csv.DictReader(r.stdout.splitlines()))
    assert len(rows) == 11 and {"source_label", "target_class", "quote"} <= set(rows[0])


def test_export_unknown_format(store):
    with pytest.raises(KGError) as e:
        analyse.export_network(store, "dot")
    assert e.value.code == "E012"
