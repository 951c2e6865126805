"""The store behind one small interface: an embedded Oxigraph store on disk. Every change a build makes is one
transaction, so a build that is killed midway leaves the store exactly as it was."""
from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Iterable

import pyoxigraph as ox
from rdflib import Literal, URIRef

from .errors import KGError
from .namespaces import DKG, ID

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


def nquads(triples, name: URIRef) -> str:
    """N-Quads text of triples (an rdflib Graph or any iterable of rdflib term triples) in the graph `name`.
    Duplicate lines are dropped, so the text can be sorted and joined as it is."""
    g = f"<{name}>"
    return "".join(dict.fromkeys(f"{_n3(s)} {_n3(p)} {_n3(o)} {g} .\n" for s, p, o in triples))


class OxigraphStore:
    """An Oxigraph store on disk. Writes are copy-on-write: the changes go into a copy (a RocksDB checkpoint,
    made of hard links, so cheap), which then replaces the store by two renames. A build killed at any point
    leaves the old store in place, or the new one complete."""

    def __init__(self, path: str | Path, read_only: bool = False, create: bool = True):
        self.path = Path(path)
        _recover(self.path)
        if not create and not self.path.exists():
            raise KGError("E008", path=str(self.path))
        try:
            self.store = ox.Store.read_only(str(self.path)) if read_only else ox.Store(str(self.path))
        except OSError as e:
            raise KGError("E013", path=str(self.path), reason=str(e).splitlines()[0])
        self.read_only = read_only

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

    def graph_nquads(self, graph: str) -> str:
        """N-Quads text of one named graph."""
        quads = self.store.quads_for_pattern(None, None, None, ox.NamedNode(graph))
        return ox.serialize(quads, format=ox.RdfFormat.N_QUADS).decode("utf-8")

    def nquads(self) -> bytes:
        return self.store.dump(format=ox.RdfFormat.N_QUADS)

    def __len__(self) -> int:
        return len(self.store)

    # -- writing
    def apply(self, replace: dict[str, str], drop: Iterable[str], meta: dict[str, str] | None = None) -> None:
        """Drop the graphs in `drop`, replace each graph in `replace` by its N-Quads text and set the meta
        values, as one atomic change of the store on disk."""
        new_path = self.path.with_name(self.path.name + ".new")
        shutil.rmtree(new_path, ignore_errors=True)
        self.store.flush()
        self.store.backup(str(new_path))
        new = ox.Store(str(new_path))
        remove = set(drop) | set(replace) | ({str(META_GRAPH)} if meta else set())
        for g in sorted(remove):
            if new.contains_named_graph(ox.NamedNode(g)):
                new.remove_graph(ox.NamedNode(g))
        meta_quads = "".join(f"<{META_GRAPH}> <{DKG[k]}> {ox.Literal(v)} <{META_GRAPH}> .\n"
                             for k, v in sorted((meta or {}).items()))
        for chunk in chunks([replace[g] for g in sorted(replace)] + [meta_quads]):
            new.bulk_load(chunk.encode("utf-8"), format=ox.RdfFormat.N_QUADS)
        new.flush()
        del new
        self.close()
        _swap(self.path, new_path)
        self.store = ox.Store(str(self.path))

    def close(self) -> None:
        if hasattr(self, "store"):
            del self.store


def _swap(path: Path, new_path: Path) -> None:
    """store -> store.old, store.new -> store, then drop the old one. _recover() mends a swap cut short."""
    old = path.with_name(path.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if path.exists():
        os.rename(path, old)
    os.rename(new_path, path)
    shutil.rmtree(old, ignore_errors=True)


def _recover(path: Path) -> None:
    """After a kill between the two renames of _swap, put the old store back; a half-made copy is dropped."""
    old = path.with_name(path.name + ".old")
    if not path.exists() and old.exists():
        os.rename(old, path)
    new_path = path.with_name(path.name + ".new")
    if new_path.exists() and path.exists():
        shutil.rmtree(new_path, ignore_errors=True)


def chunks(texts: list[str], lines: int = 100_000):
    """N-Quads texts joined into pieces of about `lines` lines: Oxigraph's bulk loader holds about 1 GB
    for a million quads given at once, a third of that in pieces of this size, at the same speed."""
    piece, count = [], 0
    for text in texts:
        if text:
            piece.append(text if text.endswith("\n") else text + "\n")
            count += text.count("\n")
        if count >= lines:
            yield "".join(piece)
            piece, count = [], 0
    if piece:
        yield "".join(piece)


class MemoryStore(OxigraphStore):
    """The same interface over an in-memory Oxigraph store, loaded from N-Quads text per graph (the build
    computes statistics and the overview from it while the store on disk is being written)."""

    def __init__(self, graphs: dict[str, str]):
        self.path, self.read_only = None, True
        self.store = ox.Store()
        for chunk in chunks(list(graphs.values())):
            self.store.load(chunk.encode("utf-8"), format=ox.RdfFormat.N_QUADS)

    def apply(self, *args, **kwargs):
        raise TypeError("a MemoryStore is read-only")


def rdflib_dataset(path: str | Path):
    """The store through rdflib's Dataset API (oxrdflib), for Python users who want rdflib's programming
    model over the store on disk without loading it into memory; queries run in Oxigraph. Read-only."""
    from oxrdflib import OxigraphStore as RdflibOxigraphStore
    from rdflib import Dataset
    return Dataset(store=RdflibOxigraphStore(store=open_store(path).store), default_union=True)


def open_store(path: str | Path, read_only: bool = True) -> OxigraphStore:
    return OxigraphStore(path, read_only=read_only, create=False)
