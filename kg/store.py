"""The store behind one small interface: an embedded Oxigraph store on disk. Every change a build makes is one
transaction, so a build that is killed midway leaves the store exactly as it was."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef

from .errors import KGError
from .namespaces import DKG, ID, PREFIXES

META_GRAPH = ID["graph/meta"]


_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def _n3(term) -> str:
    """N-Triples form of an rdflib term (rdflib's n3() writes long literals in Turtle's triple quotes)."""
    if isinstance(term, Literal):
        text = '"' + str(term).translate(_ESCAPES) + '"'
        if term.language:
            return f"{text}@{term.language}"
        if term.datatype:
            return f"{text}^^<{term.datatype}>"
        return text
    return term.n3()


def nquads(graph: Graph, name: URIRef) -> str:
    """N-Quads text of an rdflib graph put into the named graph `name` (rdflib terms know their N-Triples form)."""
    g = f"<{name}>"
    return "".join(f"{_n3(s)} {_n3(p)} {_n3(o)} {g} .\n" for s, p, o in graph)


class OxigraphStore:
    def __init__(self, path: str | Path, read_only: bool = False, create: bool = True):
        self.path = Path(path)
        if not create and not self.path.exists():
            raise KGError("E008", path=str(self.path))
        try:
            self.store = ox.Store.read_only(str(self.path)) if read_only else ox.Store(str(self.path))
        except OSError as e:
            raise KGError("E013", path=str(self.path), reason=str(e).splitlines()[0])

    # -- reading
    def graph_names(self) -> set[str]:
        return {g.value for g in self.store.named_graphs()}

    def documents(self) -> dict[str, tuple[str, str]]:
        """graph IRI -> (source path, sha256) for every document graph."""
        q = f"SELECT ?g ?p ?h WHERE {{ GRAPH ?g {{ ?d <{DKG.sourcePath}> ?p ; <{DKG.sha256}> ?h }} }}"
        return {r["g"].value: (r["p"].value, r["h"].value) for r in self.store.query(q)}

    def meta(self, key: str) -> str | None:
        for q in self.store.quads_for_pattern(ox.NamedNode(str(META_GRAPH)), ox.NamedNode(str(DKG[key])), None,
                                              ox.NamedNode(str(META_GRAPH))):
            return q.object.value
        return None

    def query(self, sparql: str, **kwargs):
        return self.store.query(sparql, use_default_graph_as_union=True, **kwargs)

    def quads(self) -> Iterable[ox.Quad]:
        return self.store.quads_for_pattern(None, None, None, None)

    def __len__(self) -> int:
        return len(self.store)

    # -- writing: one transaction per call
    def apply(self, replace: dict[str, str], drop: Iterable[str], meta: dict[str, str] | None = None) -> None:
        """Drop the graphs in `drop`, replace each graph in `replace` by its N-Quads text, set meta values:
        all in one transaction."""
        drop = set(drop) | set(replace)
        existing = self.graph_names()
        to_drop = sorted(g for g in drop if g in existing)
        meta_quads = "".join(f"<{META_GRAPH}> <{DKG[k]}> {ox.Literal(v)} <{META_GRAPH}> .\n"
                             for k, v in sorted((meta or {}).items()))
        data = "".join(replace[g] for g in sorted(replace)) + meta_quads
        if not to_drop and not (meta and str(META_GRAPH) in existing):
            self.store.load(data, format=ox.RdfFormat.N_QUADS)  # transactional
        else:
            drops = "".join(f"DROP SILENT GRAPH <{g}> ;\n" for g in to_drop)
            if meta:
                drops += f"DROP SILENT GRAPH <{META_GRAPH}> ;\n"
            body = data.replace(" .\n", " .\n")
            update = drops + "INSERT DATA {\n" + "".join(_quad_to_graph_block(body)) + "}"
            self.store.update(update)
        self.store.flush()

    def close(self) -> None:
        del self.store


def _quad_to_graph_block(nq: str):
    """N-Quads lines -> 'GRAPH <g> { s p o . }' blocks for INSERT DATA."""
    for line in nq.splitlines():
        if not line.strip():
            continue
        body, _, rest = line.rstrip(" .").rpartition(" <")
        yield f"GRAPH <{rest.rstrip('>')}> {{ {body} }}\n"


def open_store(path: str | Path, read_only: bool = True) -> OxigraphStore:
    return OxigraphStore(path, read_only=read_only, create=False)
