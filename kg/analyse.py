"""The graph as a network: entities as nodes, facts as edges (with the quotes that support them), and the analyses
a networkx user expects: centrality, communities, components, shortest chains of facts, and export for Gephi and
Cytoscape. Every function returns objects (a networkx graph, a dict, a list); only the CLI writes files."""
from __future__ import annotations

import csv
import io
import sys
from collections import Counter, defaultdict
from pathlib import Path

import networkx as nx

from .errors import KGError
from .namespaces import DKG, GRAPH_ONTOLOGY, GRAPH_REFERENCE, ID

IDS = str(ID)
DKGS = str(DKG)
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
RDFS_SUBPROPERTY = "http://www.w3.org/2000/01/rdf-schema#subPropertyOf"
SKOS_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
SKOS_EXACT = "http://www.w3.org/2004/02/skos/core#exactMatch"
NOT_NODES = (IDS + "assertion/", IDS + "graph/", IDS + ".well-known/")  # evidence, graphs, skolem ids: never nodes
NOT_FACTS = {"http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "http://www.w3.org/1999/02/22-rdf-syntax-ns#subject",
             "http://www.w3.org/1999/02/22-rdf-syntax-ns#object", "http://www.w3.org/ns/prov#wasDerivedFrom",
             SKOS_EXACT}
NON_DOCUMENT_GRAPHS = {str(GRAPH_REFERENCE), str(GRAPH_ONTOLOGY), IDS + "graph/meta"}

# the most specific contract class wins when an entity has several types
CLASS_ORDER = ("State", "Person", "Organization", "Meeting", "Resolution", "Treaty", "LegalInstrument", "Place",
               "Topic", "Actor", "Statement", "Document")
ACTOR_CLASSES = {"State", "Person", "Organization", "Actor"}
INSTRUMENT_CLASSES = {"Resolution", "Treaty", "LegalInstrument"}
DOCUMENT_CLASSES = {"Statement", "Document"}
STANCES = ("welcomes", "supports", "thanks", "condemns", "urges", "alignsWith")
TREATY_PREDICATES = ("partyTo", "notPartyTo")
MAX_EVIDENCE = 5           # quotes kept per edge; the count says how many there are
EXACT_BETWEENNESS_UP_TO = 1000  # above this many nodes betweenness is estimated from k sampled sources
BETWEENNESS_SAMPLES = 500
SEED = 42
NETWORK_FORMATS = ("graphml", "gexf", "csv")

_P = """PREFIX dkg: <https://w3id.org/dkg/ontology#> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX dcterms: <http://purl.org/dc/terms/>
"""
Q_TYPES = _P + """SELECT ?s ?c WHERE { ?s a ?c FILTER(STRSTARTS(STR(?c), STR(dkg:)) && ?c != dkg:Assertion
  && STRSTARTS(STR(?s), "%s")) }""" % IDS
Q_LITERALS = _P + """SELECT ?s ?p ?l WHERE { VALUES ?p { rdfs:label skos:altLabel dkg:sourcePath }
  ?s ?p ?l FILTER(STRSTARTS(STR(?s), "%s") && !STRSTARTS(STR(?s), "%sassertion/")) }""" % (IDS, IDS)
Q_WIKIDATA = _P + """SELECT ?s ?w WHERE { ?s skos:exactMatch ?w FILTER(STRSTARTS(STR(?s), "%s")) }""" % IDS
Q_EDGES = _P + """SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o }
  FILTER(isIRI(?o) && STRSTARTS(STR(?s), "%s") && STRSTARTS(STR(?o), "%s")) }""" % (IDS, IDS)
Q_EVIDENCE = _P + """SELECT ?s ?p ?o ?d ?q WHERE { ?a a dkg:Assertion ; rdf:subject ?s ; rdf:predicate ?p ;
  rdf:object ?o ; prov:wasDerivedFrom ?d . OPTIONAL { ?a dkg:quote ?q } FILTER(isIRI(?o)) }"""
Q_ACTIVE = _P + """SELECT DISTINCT ?e WHERE { { ?a a dkg:Assertion ; rdf:subject ?e } UNION { ?d dkg:mentions ?e }
  FILTER(isIRI(?e)) }"""
Q_PREDICATES = _P + """SELECT ?p ?l WHERE { ?p rdfs:label ?l FILTER(STRSTARTS(STR(?p), STR(dkg:))) }"""
Q_STANCES = _P + """SELECT DISTINCT ?p WHERE { ?p rdfs:subPropertyOf+ dkg:stance }"""
Q_FACT_COUNTS = _P + """SELECT ?p (COUNT(?a) AS ?n) WHERE { ?a a dkg:Assertion ; rdf:predicate ?p } GROUP BY ?p"""


def local_name(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _rows(store, sparql: str):
    return store.query(sparql)


def predicate_labels(store) -> dict[str, str]:
    """predicate IRI -> its rdfs:label in the ontology (English preferred)."""
    labels: dict[str, str] = {}
    for r in _rows(store, Q_PREDICATES):
        lit = r["l"]
        if r["p"].value not in labels or getattr(lit, "language", None) == "en":
            labels[r["p"].value] = lit.value
    return labels


def stance_predicates(store) -> list[str]:
    """The sub-properties of dkg:stance that the ontology in the store declares (the contract's six if it has none)."""
    found = sorted(r["p"].value for r in _rows(store, Q_STANCES))
    return found or [DKGS + s for s in STANCES]


def load_graph(store, documents: bool = False) -> nx.MultiDiGraph:
    """Every typed entity of the store as a node and every entity-to-entity triple as an edge keyed by its predicate.

    Node attributes: label, cls (most specific contract class), alt (other names), wikidata (skos:exactMatch, or
    ""), active (takes part in a fact read from a document, or a document mentions it). Edge attributes:
    predicate, name (local name), label (the predicate's rdfs:label), evidence (up to MAX_EVIDENCE dicts of quote,
    doc, doc_label, path), support (how many assertions back it), reference (only the reference data says so).
    Document nodes and their edges (speaker, mentions, ...) are included only with documents=True."""
    G = nx.MultiDiGraph()
    classes: dict[str, set[str]] = defaultdict(set)
    for r in _rows(store, Q_TYPES):
        s = r["s"].value
        if not s.startswith(NOT_NODES):
            classes[s].add(local_name(r["c"].value))
    labels, alts, paths = {}, defaultdict(list), {}
    for r in _rows(store, Q_LITERALS):
        s, p, v = r["s"].value, r["p"].value, r["l"].value
        if p == RDFS_LABEL:
            labels.setdefault(s, v)
        elif p == SKOS_ALT:
            alts[s].append(v)
        else:
            paths[s] = v
    wikidata = {r["s"].value: r["w"].value for r in _rows(store, Q_WIKIDATA)}
    is_doc = {s for s, cs in classes.items() if cs & DOCUMENT_CLASSES}
    for s, cs in classes.items():
        if s in is_doc and not documents:
            continue
        cls = next((c for c in CLASS_ORDER if c in cs), sorted(cs)[0])
        G.add_node(s, label=labels.get(s) or local_name(s), cls=cls, alt=sorted(set(alts.get(s, ()))),
                   wikidata=wikidata.get(s, ""), active=False, path=paths.get(s, ""))
    plabels = predicate_labels(store)
    evidence: dict[tuple, list] = defaultdict(list)
    for r in _rows(store, Q_EVIDENCE):
        d = r["d"].value
        q = r["q"]
        evidence[(r["s"].value, r["p"].value, r["o"].value)].append(
            {"quote": q.value if q is not None else "", "doc": d, "doc_label": labels.get(d, local_name(d)),
             "path": paths.get(d, "")})
    active = set()
    for r in _rows(store, Q_EDGES):
        s, p, o, g = r["s"].value, r["p"].value, r["o"].value, r["g"].value
        if p in NOT_FACTS or s.startswith(NOT_NODES) or o.startswith(NOT_NODES):
            continue
        from_document = g not in NON_DOCUMENT_GRAPHS
        if from_document:
            active.update(x for x in (s, o) if x not in is_doc)
        if s not in G or o not in G:
            if from_document and (documents or (s not in is_doc and o not in is_doc)):
                for x in (s, o):  # an entity used in a fact but typed nowhere still is a node
                    if x not in G and not (x in is_doc and not documents):
                        G.add_node(x, label=labels.get(x) or local_name(x), cls="Entity", alt=sorted(alts.get(x, ())),
                                   wikidata=wikidata.get(x, ""), active=False, path="")
            if s not in G or o not in G:
                continue
        if G.has_edge(s, o, key=p):
            G.edges[s, o, p]["reference"] &= not from_document
            continue
        ev = evidence.get((s, p, o), [])
        ev = sorted(ev, key=lambda e: (e["path"], e["doc"], e["quote"]))
        G.add_edge(s, o, key=p, predicate=p, name=local_name(p), label=plabels.get(p, local_name(p)),
                   evidence=ev[:MAX_EVIDENCE], support=len(ev), reference=not from_document)
    active.update(r["e"].value for r in _rows(store, Q_ACTIVE))
    for s in active:
        if s in G and s not in is_doc:
            G.nodes[s]["active"] = True
    for s in is_doc & set(G):
        G.nodes[s]["active"] = True
    G.graph["predicate_labels"] = plabels
    G.graph["stances"] = stance_predicates(store)
    return G


def fact_graph(store, documents: bool = False, everything: bool = False) -> nx.MultiDiGraph:
    """The entities that take part in a fact or are mentioned by a document, and the edges among them (the
    ~250 reference states nobody mentions are left out unless everything=True)."""
    G = load_graph(store, documents=documents)
    if everything:
        return G
    return G.subgraph([n for n, a in G.nodes(data=True) if a["active"]]).copy()


# -- finding entities by name

def _norm(s: str) -> str:
    return " ".join(s.casefold().replace("’", "'").split())


def find_entity(G: nx.MultiDiGraph, name: str) -> str:
    """The node whose rdfs:label, else whose skos:altLabel, equals name (case-insensitive); the IRI itself also
    works. Several matches: the one with most edges. None: E014."""
    if name in G:
        return name
    key = _norm(name)
    for attr in ("label", "alt"):
        hits = [n for n, a in G.nodes(data=True)
                if (key == _norm(a[attr]) if attr == "label" else key in {_norm(x) for x in a[attr]})]
        if hits:
            return max(hits, key=lambda n: (G.degree(n), G.nodes[n]["active"], n))
    raise KGError("E014", label=name)


# -- statistics

def _simple(G: nx.MultiDiGraph) -> nx.Graph:
    H = nx.Graph()
    H.add_nodes_from(G.nodes)
    H.add_edges_from((u, v) for u, v in G.edges() if u != v)
    return H


def centrality(G: nx.MultiDiGraph, measure: str = "degree", seed: int = SEED) -> dict[str, float]:
    """degree (number of neighbours), betweenness (sampled with k sources above EXACT_BETWEENNESS_UP_TO nodes),
    or pagerank (over the directed facts)."""
    if measure == "degree":
        H = _simple(G)
        return {n: float(d) for n, d in H.degree()}
    if measure == "betweenness":
        H = _simple(G)
        k = None if H.number_of_nodes() <= EXACT_BETWEENNESS_UP_TO else BETWEENNESS_SAMPLES
        return nx.betweenness_centrality(H, k=k, seed=seed if k else None)
    if measure == "pagerank":
        D = nx.DiGraph()
        D.add_nodes_from(G.nodes)
        D.add_edges_from((u, v) for u, v in G.edges() if u != v)
        return nx.pagerank(D) if D.number_of_nodes() else {}
    raise KGError("E012", fmt=measure, allowed="degree, betweenness, pagerank")


def _top(G, scores: dict, classes: set, n: int) -> list[dict]:
    ranked = sorted((x for x in scores if G.nodes[x]["cls"] in classes), key=lambda x: (-scores[x], G.nodes[x]["label"]))
    return [{"iri": x, "label": G.nodes[x]["label"], "class": G.nodes[x]["cls"], "score": round(scores[x], 6)}
            for x in ranked[:n] if scores[x] > 0]


def stats(store, top: int = 10, seed: int = SEED) -> dict:
    """Entities per class, facts per predicate, the most central actors and instruments (degree, betweenness,
    PageRank), Louvain communities (fixed seed) and connected components of the fact graph."""
    everything = load_graph(store)
    G = everything.subgraph([n for n, a in everything.nodes(data=True) if a["active"]]).copy()
    H = _simple(G)
    per_class = Counter(a["cls"] for _, a in everything.nodes(data=True))
    facts = {local_name(r["p"].value): int(r["n"].value) for r in _rows(store, Q_FACT_COUNTS)}
    edges = Counter(d["name"] for _, _, d in G.edges(data=True))
    k = None if H.number_of_nodes() <= EXACT_BETWEENNESS_UP_TO else BETWEENNESS_SAMPLES
    measures = {"degree": centrality(G, "degree"), "betweenness": centrality(G, "betweenness", seed),
                "pagerank": centrality(G, "pagerank")}
    central = {m: {"actors": _top(G, s, ACTOR_CLASSES, top), "instruments": _top(G, s, INSTRUMENT_CLASSES, top)}
               for m, s in measures.items()}
    communities = nx.community.louvain_communities(H, seed=seed) if H.number_of_edges() else []
    communities = [c for c in communities if len(c) > 1]
    deg = measures["degree"]
    comm = []
    for i, c in enumerate(sorted(communities, key=lambda c: (-len(c), min(c)))):
        members = sorted(c, key=lambda x: (-deg[x], G.nodes[x]["label"]))
        comm.append({"id": i + 1, "size": len(c), "classes": dict(Counter(G.nodes[x]["cls"] for x in c).most_common()),
                     "members": [G.nodes[x]["label"] for x in members[:top]]})
    components = sorted(nx.connected_components(H), key=lambda c: (-len(c), min(c)))
    return {
        "nodes": G.number_of_nodes(), "edges": G.number_of_edges(),
        "entities_per_class": dict(sorted(per_class.items())),
        "entities_in_facts_per_class": dict(sorted(Counter(a["cls"] for _, a in G.nodes(data=True)).items())),
        "facts_per_predicate": dict(sorted(facts.items())),
        "edges_per_predicate": dict(sorted(edges.items())),
        "central": central,
        "betweenness": "exact" if k is None else f"estimated from {k} sampled sources (seed {seed})",
        "communities": {"method": f"Louvain (networkx, seed {seed})", "count": len(comm), "largest": comm[:top]},
        "components": {"count": len(components), "sizes": [len(c) for c in components[:top]],
                       "largest": [G.nodes[x]["label"] for x in sorted(components[0], key=lambda x: -deg[x])[:top]]
                       if components else []},
    }


def format_stats(s: dict) -> str:
    """The dict of stats() as plain-text tables."""
    out = io.StringIO()
    w = out.write
    w(f"fact graph: {s['nodes']} nodes, {s['edges']} edges\n\n")
    w(_table("entities per class", ["class", "entities", "in facts"],
             [[c, n, s["entities_in_facts_per_class"].get(c, 0)] for c, n in s["entities_per_class"].items()]))
    w(_table("facts per predicate", ["predicate", "facts"], [[p, n] for p, n in s["facts_per_predicate"].items()]))
    for m, groups in s["central"].items():
        for g, rows in groups.items():
            title = f"most central {g} by {m}" + (f" ({s['betweenness']})" if m == "betweenness" else "")
            w(_table(title, ["label", "class", m], [[r["label"], r["class"], _fmt(r["score"])] for r in rows]))
    c = s["communities"]
    w(_table(f"communities: {c['count']} ({c['method']})", ["#", "size", "members"],
             [[x["id"], x["size"], ", ".join(x["members"])] for x in c["largest"]]))
    k = s["components"]
    w(f"connected components: {k['count']}; sizes of the largest: {', '.join(map(str, k['sizes']))}\n")
    return out.getvalue()


def _fmt(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else f"{v:.4f}"


def _table(title: str, head: list[str], rows: list[list]) -> str:
    rows = [[str(x) for x in r] for r in rows]
    if not rows:
        return f"{title}: none\n\n"
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(head)]
    widths[-1] = min(widths[-1], 100)
    line = lambda r: "  ".join(x[:widths[i]].ljust(widths[i]) for i, x in enumerate(r)).rstrip()
    return "\n".join([title, line(head), line(["-" * x for x in widths])] + [line(r) for r in rows]) + "\n\n"


# -- shortest chains of facts

def paths(store, source: str, target: str, limit: int = 5, documents: bool = False) -> dict:
    """The shortest chains of facts between two entities (labels, altLabels or IRIs), at most `limit` of them.
    Each step: subject, predicate and object (in the direction of the fact) and the quotes that support it.
    With documents=True a chain may also pass through a document that mentions both."""
    G = load_graph(store, documents=documents)
    a, b = find_entity(G, source), find_entity(G, target)
    H = _simple(G)
    result = {"source": {"iri": a, "label": G.nodes[a]["label"]}, "target": {"iri": b, "label": G.nodes[b]["label"]},
              "length": None, "paths": []}
    try:
        found = nx.all_shortest_paths(H, a, b)
        chains = []
        for p in found:
            chains.append(p)
            if len(chains) >= limit:
                break
    except nx.NetworkXNoPath:
        return result
    result["length"] = len(chains[0]) - 1
    for chain in chains:
        steps = []
        for u, v in zip(chain, chain[1:]):
            for s, o in ((u, v), (v, u)):
                for key, d in sorted((G.get_edge_data(s, o) or {}).items()):
                    steps.append({"from": u, "to": v, "subject": s, "subject_label": G.nodes[s]["label"],
                                  "predicate": key, "predicate_label": d["label"], "object": o,
                                  "object_label": G.nodes[o]["label"], "reference": d["reference"],
                                  "support": d["support"],
                                  "evidence": [{"quote": e["quote"], "source": e["path"] or e["doc"]}
                                               for e in d["evidence"]]})
        result["paths"].append(_group_steps(steps))
    return result


def _group_steps(steps: list[dict]) -> list[list[dict]]:
    """Steps grouped per hop: every fact that links the two entities of the hop."""
    hops: list[list[dict]] = []
    for st in steps:
        if hops and (hops[-1][0]["from"], hops[-1][0]["to"]) == (st["from"], st["to"]):
            hops[-1].append(st)
        else:
            hops.append([st])
    return hops


def format_paths(r: dict) -> str:
    a, b = r["source"]["label"], r["target"]["label"]
    if r["length"] is None:
        return f"no chain of facts links {a} and {b}\n"
    out = [f"{len(r['paths'])} shortest chain(s) of {r['length']} step(s) from {a} to {b}"]
    for i, hops in enumerate(r["paths"], 1):
        out.append(f"\n{i}.")
        for hop in hops:
            for st in hop:
                out.append(f"  {st['subject_label']} --{st['predicate_label']}--> {st['object_label']}")
                if st["evidence"]:
                    for e in st["evidence"]:
                        out.append(f"      \"{' '.join(e['quote'].split())}\" ({e['source']})")
                else:
                    out.append("      (reference data)" if st["reference"] else "      (no quote recorded)")
    return "\n".join(out) + "\n"


# -- export for Gephi and Cytoscape

def network_for_export(store) -> nx.MultiDiGraph:
    """The fact graph with flat attributes only (GraphML and GEXF take strings and numbers)."""
    G = fact_graph(store)
    X = nx.MultiDiGraph()
    for n, a in sorted(G.nodes(data=True)):
        X.add_node(n, label=a["label"], **{"class": a["cls"]}, iri=n, wikidata=a["wikidata"], alt_labels="; ".join(a["alt"]))
    for u, v, k, d in sorted(G.edges(keys=True, data=True)):
        ev = d["evidence"]
        X.add_edge(u, v, key=d["name"], predicate=d["predicate"], label=d["label"], support=d["support"],
                   quote=ev[0]["quote"] if ev else "", source=(ev[0]["path"] or ev[0]["doc"]) if ev else "",
                   reference=d["reference"])
    return X


def export_network(store, fmt: str, output: str | Path | None = None) -> None:
    """Write the fact graph as GraphML or GEXF (to output, or standard output when None), or as CSV: with an
    output folder, nodes.csv (id, label, class, wikidata, alt_labels) and edges.csv (source, target, predicate,
    label, support, quote, source_document); to standard output, one edge list with the labels and classes of
    both ends."""
    if fmt not in NETWORK_FORMATS:
        raise KGError("E012", fmt=fmt, allowed=", ".join(NETWORK_FORMATS))
    X = network_for_export(store)
    if fmt == "csv":
        _export_csv(X, output)
        return
    write = nx.write_graphml if fmt == "graphml" else nx.write_gexf
    if output is None:
        buf = io.BytesIO()
        write(X, buf)
        sys.stdout.buffer.write(buf.getvalue())
        return
    tmp = Path(str(output) + ".tmp")
    write(X, tmp)
    tmp.replace(output)


def _export_csv(X: nx.MultiDiGraph, output) -> None:
    if output is None:
        w = csv.writer(sys.stdout, lineterminator="\n")
        w.writerow(["source", "source_label", "source_class", "predicate", "label", "target", "target_label",
                    "target_class", "support", "quote", "source_document"])
        for u, v, d in X.edges(data=True):
            w.writerow([u, X.nodes[u]["label"], X.nodes[u]["class"], d["predicate"], d["label"], v, X.nodes[v]["label"],
                        X.nodes[v]["class"], d["support"], d["quote"], d["source"]])
        return
    folder = Path(output)
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "nodes.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "label", "class", "wikidata", "alt_labels"])
        for n, a in X.nodes(data=True):
            w.writerow([n, a["label"], a["class"], a["wikidata"], a["alt_labels"]])
    with open(folder / "edges.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["source", "target", "predicate", "label", "support", "quote", "source_document"])
        for u, v, d in X.edges(data=True):
            w.writerow([u, v, d["predicate"], d["label"], d["support"], d["quote"], d["source"]])
