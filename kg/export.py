"""Deterministic serialisations of the store: quads sorted, so that output/ diffs stay readable."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from .errors import KGError
from .namespaces import EXPORT_PREFIXES
from .store import META_GRAPH, OxigraphStore

RDF_FORMATS = {"ttl": ox.RdfFormat.TURTLE, "turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG,
               "nt": ox.RdfFormat.N_TRIPLES, "nq": ox.RdfFormat.N_QUADS, "jsonld": ox.RdfFormat.JSON_LD}
DATASET_FORMATS = {"trig", "nq"}


def _key(term) -> tuple:
    return (type(term).__name__, str(term))


def sorted_quads(store: OxigraphStore) -> list[ox.Quad]:
    quads = [q for q in store.quads() if not (isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value == str(META_GRAPH))]
    quads.sort(key=lambda q: (_key(q.graph_name), _key(q.subject), _key(q.predicate), _key(q.object)))
    return quads


def sorted_triples(store: OxigraphStore) -> list[ox.Triple]:
    triples = {q.triple for q in sorted_quads(store)}
    return sorted(triples, key=lambda t: (_key(t.subject), _key(t.predicate), _key(t.object)))


def export(store: OxigraphStore, fmt: str, output: str | Path | None = None) -> bytes | None:
    """Serialise the whole store: datasets (trig, nq) keep the named graphs, the others merge them."""
    if fmt not in RDF_FORMATS:
        raise KGError("E012", fmt=fmt, allowed=", ".join(sorted(RDF_FORMATS)))
    data = sorted_quads(store) if fmt in DATASET_FORMATS else sorted_triples(store)
    prefixes = EXPORT_PREFIXES if fmt in {"ttl", "turtle", "trig"} else None
    if output is None:
        return ox.serialize(data, format=RDF_FORMATS[fmt], prefixes=prefixes)
    tmp = Path(str(output) + ".tmp")
    ox.serialize(data, tmp, format=RDF_FORMATS[fmt], prefixes=prefixes)
    tmp.replace(output)  # a reader never sees half a file
    return None
