"""Deterministic serialisations: N-Quads lines sorted (graph, then line), so that output/ diffs stay readable.
Sorting text lines is done at C speed; pyoxigraph then writes Turtle or TriG with our prefixes."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pyoxigraph as ox

from .errors import KGError
from .namespaces import EXPORT_PREFIXES
from .store import META_GRAPH, OxigraphStore

RDF_FORMATS = {"ttl": ox.RdfFormat.TURTLE, "turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG,
               "nt": ox.RdfFormat.N_TRIPLES, "nq": ox.RdfFormat.N_QUADS, "jsonld": ox.RdfFormat.JSON_LD}
DATASET_FORMATS = {"trig", "nq"}


def _graph_of(line: str) -> str:
    """The graph IRI of an N-Quads line whose last term is an IRI."""
    return line[line.rfind(" <") + 2:line.rfind(">")]


def split_graphs(nquads: str) -> dict[str, list[str]]:
    graphs: dict[str, list[str]] = {}
    for line in nquads.splitlines():
        if line and not line.startswith("#"):
            graphs.setdefault(_graph_of(line), []).append(line)
    return graphs


def _lines(text: str | list[str]) -> list[str]:
    return text.splitlines() if isinstance(text, str) else text


def dataset_lines(graphs: dict[str, str | list[str]]) -> list[str]:
    """Quads in graph order, each graph's lines sorted; the store's meta graph is left out."""
    return [l for g in sorted(graphs) if g != str(META_GRAPH) for l in sorted(set(_lines(graphs[g])))]


def merged_lines(graphs: dict[str, str | list[str]]) -> list[str]:
    """The union of all graphs as sorted N-Triples lines (a fact stated in two documents appears once)."""
    triples = {l[:l.rfind(" <")] + " ." for g, text in graphs.items() if g != str(META_GRAPH) for l in _lines(text)}
    return sorted(triples)


def serialize_lines(lines: list[str], fmt: str, output: str | Path | None = None) -> bytes | None:
    """Serialise sorted N-Quads (or N-Triples) lines. The lines go through a temporary file, not one joined
    string: a graph of a million quads would otherwise be held three times over."""
    if fmt not in RDF_FORMATS:
        raise KGError("E012", fmt=fmt, allowed=", ".join(sorted(RDF_FORMATS)))
    source = ox.RdfFormat.N_QUADS if fmt in DATASET_FORMATS else ox.RdfFormat.N_TRIPLES
    prefixes = EXPORT_PREFIXES if fmt in {"ttl", "turtle", "trig"} else None
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".nq", delete=False) as f:
        f.writelines(line + "\n" for line in lines)
    try:
        data = ox.parse(path=f.name, format=source)
        if output is None:
            return ox.serialize(data, format=RDF_FORMATS[fmt], prefixes=prefixes)
        tmp = Path(str(output) + ".tmp")
        ox.serialize(data, str(tmp), format=RDF_FORMATS[fmt], prefixes=prefixes)
        tmp.replace(output)  # a reader never sees half a file
        return None
    finally:
        os.unlink(f.name)


def write(graphs: dict[str, str | list[str]], fmt: str, output: str | Path | None = None) -> bytes | None:
    """Serialise a dataset given as N-Quads text (or lines) per graph: trig and nq keep the graphs, the others
    merge them."""
    lines = dataset_lines(graphs) if fmt in DATASET_FORMATS else merged_lines(graphs)
    return serialize_lines(lines, fmt, output)


def export(store: OxigraphStore, fmt: str, output: str | Path | None = None) -> bytes | None:
    """Serialise the whole store."""
    if fmt not in RDF_FORMATS:
        raise KGError("E012", fmt=fmt, allowed=", ".join(sorted(RDF_FORMATS)))
    return write(split_graphs(store.nquads().decode("utf-8")), fmt, output)
