"""`kg build`: texts in, store and files out. Incremental (content hashes), parallel, one transaction."""
from __future__ import annotations

import dataclasses
import hashlib
import threading
import json
import os
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path


from . import __version__
from .assemble import document_nquads
from .errors import KGError
from .export import write
from .extract import extract
from .ingest import discover, doc_id, ingest
from .namespaces import GRAPH_ONTOLOGY, GRAPH_REFERENCE, doc_graph
from .recognise import load_model
from .reference import load_reference, ontology_graph
from .stances import stance_triggers
from .store import META_GRAPH, MemoryStore, OxigraphStore, nquads

PARALLEL_FROM = 16  # below this many changed files a process pool costs more than it saves


@dataclass
class BuildReport:
    documents: int = 0
    extracted: int = 0
    unchanged: int = 0
    removed: int = 0
    failed: list = field(default_factory=list)      # [path, message]
    words: int = 0
    triples: int = 0
    entities_per_class: dict = field(default_factory=dict)
    facts_per_predicate: dict = field(default_factory=dict)
    seconds: dict = field(default_factory=dict)
    outputs: dict = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2, sort_keys=True)


def _work(item: tuple[str, str, str]) -> tuple[str, str, str, int, str | None]:
    """Worker: (path, given path, doc id) -> (graph IRI, N-Quads, sha256, words, error)."""
    path, given, did = item
    try:
        doc = replace_id(ingest(Path(path), given), did)
        graph_name = doc_graph(did)
        return str(graph_name), document_nquads(extract(doc), graph_name), doc.sha256, doc.word_count, None
    except KGError as e:
        return str(doc_graph(did)), "", "", 0, str(e)
    except Exception as e:  # noqa: BLE001 - one text the rules cannot read must not cost the whole build
        return str(doc_graph(did)), "", "", 0, str(KGError("E018", path=given, kind=type(e).__name__, reason=e))


def replace_id(doc, did: str):
    return doc if doc.id == did else dataclasses.replace(doc, id=did)


RESERVED_IDS = {"reference", "ontology", "meta"}  # names of the graphs that are not documents


def _ids(files: list[Path]) -> dict[Path, str]:
    """File stem as id; a stem seen twice gets a short hash of its path so no document overwrites another."""
    ids, seen = {}, {}
    for f in files:
        base = doc_id(f)
        if base in seen or base in RESERVED_IDS:
            base = f"{base}-{hashlib.sha1(str(f).encode()).hexdigest()[:6]}"
        seen[base] = f
        ids[f] = base
    return ids


EXTRACTION_MODULES = ("ingest", "header", "dates", "sentences", "recognise", "link", "relate", "stances",
                      "assemble", "extract", "model", "reference", "namespaces")


def fingerprint() -> str:
    """Changes whenever anything that shapes a document's graph changes: the code of the reading stages,
    the reference data or the ontology. A build with another fingerprint reads every file again."""
    code = hashlib.sha256()
    for name in EXTRACTION_MODULES:  # a module, or a package of modules ("relate")
        package = Path(__file__).parent / name
        for path in sorted(package.glob("*.py")) if package.is_dir() else [Path(__file__).parent / f"{name}.py"]:
            code.update(path.read_bytes())
    model = os.environ.get("KG_SPACY_MODEL", "")
    return f"{__version__}:{code.hexdigest()[:12]}:{load_reference().fingerprint}" + (f":{model}" if model else "")


def build(paths: list[str], output: str | Path = "output", workers: int | None = None,
          progress=None, write_files: bool = True, view: bool = True) -> BuildReport:
    t0 = time.perf_counter()
    out = Path(output)
    load_model(os.environ.get("KG_SPACY_MODEL"))  # a model that cannot be loaded fails here, once, not per file
    files = discover(paths)
    if not files:
        raise KGError("E002", path=", ".join(paths))
    out.mkdir(parents=True, exist_ok=True)
    report = BuildReport(documents=len(files))
    store = OxigraphStore(out / "store")
    try:
        known = store.documents()
        fp = fingerprint()
        stale = store.meta("fingerprint") != fp
        ids = _ids(files)
        todo = []
        for f in files:
            g = str(doc_graph(ids[f]))
            if not stale and g in known and known[g][1] == hashlib.sha256(f.read_bytes()).hexdigest():
                report.unchanged += 1
            else:
                todo.append((str(f), str(f), ids[f]))
        current = {str(doc_graph(i)) for i in ids.values()}
        gone = [g for g in known if g not in current]
        report.removed = len(gone)
        t1 = time.perf_counter()
        replace, shas, failed_graphs = _extract_all(todo, workers, progress, report)
        report.seconds["extract"] = round(time.perf_counter() - t1, 3)
        if stale:
            replace[str(GRAPH_REFERENCE)] = nquads(load_reference().graph, GRAPH_REFERENCE)
            replace[str(GRAPH_ONTOLOGY)] = nquads(ontology_graph(), GRAPH_ONTOLOGY)
        # the store is written in a second thread (Oxigraph's bulk load runs outside the GIL) while this one
        # writes the graph files, the statistics and the view from the same text, held in an in-memory store
        t2 = time.perf_counter()
        drop = gone + failed_graphs  # a file that now fails keeps no stale graph: its facts no longer match its text
        shas = {**{g: h for g, (_, h) in known.items()}, **shas}
        graphs = _graph_texts(store, out / "cache", replace, set(drop), fp, shas)
        writer = _Writer(store, replace, drop, {"fingerprint": fp})
        writer.start()
        memory = MemoryStore(graphs)
        report.triples = len(memory)
        _statistics(memory, report)
        if write_files and view:
            _write_view(memory, out, report)
        del memory  # a copy of the whole graph: let it go before the sorted lines of the graph files are made
        if write_files:
            _write_graph_files(out, report, graphs)
        report.seconds["files"] = round(time.perf_counter() - t2, 3)
        writer.join()
        report.seconds["store"] = round(writer.seconds, 3)
    finally:
        store.close()
    report.seconds["total"] = round(time.perf_counter() - t0, 3)
    if write_files:
        (out / "report.json").write_text(report.to_json() + "\n", encoding="utf-8")
    return report


def _die_with_parent(parent: int) -> None:
    """A worker whose build was killed (kill -9 leaves no one to stop the pool) exits instead of waiting forever."""
    def watch():
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(1)
    threading.Thread(target=watch, daemon=True).start()


def _extract_all(todo, workers, progress, report):
    """Read the files in todo, in worker processes when there are many: graph texts, their files' hashes,
    and the graphs of the files that failed."""
    replace, shas, failed_graphs = {}, {}, []
    workers = workers or os.cpu_count() or 1
    if len(todo) >= PARALLEL_FROM and workers > 1:
        load_reference(), stance_triggers()  # (read and compiled once here: the forked workers inherit them)
        pool = ProcessPoolExecutor(workers, initializer=_die_with_parent, initargs=(os.getpid(),))
        results = pool.map(_work, todo, chunksize=max(1, min(32, len(todo) // (workers * 8))))
    else:
        pool, results = None, map(_work, todo)
    try:
        for (path, _, _), (graph, data, sha, words, error) in zip(todo, results):
            if error:
                report.failed.append([path, error])
                failed_graphs.append(graph)
            else:
                replace[graph], shas[graph] = data, sha
                report.extracted += 1
                report.words += words
            if progress:
                progress(path)
    finally:
        if pool:
            pool.shutdown()
    return replace, shas, failed_graphs


def _statistics(store: OxigraphStore, report: BuildReport) -> None:
    q = ("PREFIX dkg: <https://w3id.org/dkg/ontology#> SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c . "
         "FILTER(STRSTARTS(STR(?c), STR(dkg:))) FILTER(?c NOT IN (dkg:Assertion)) "
         "FILTER(STRSTARTS(STR(?s), 'https://w3id.org/dkg/id/')) } GROUP BY ?c ORDER BY ?c")
    report.entities_per_class = {r["c"].value.split("#")[-1]: int(r["n"].value) for r in store.query(q)}
    q = ("PREFIX dkg: <https://w3id.org/dkg/ontology#> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> "
         "SELECT ?p (COUNT(?a) AS ?n) WHERE { ?a a dkg:Assertion ; rdf:predicate ?p } GROUP BY ?p ORDER BY ?p")
    report.facts_per_predicate = {r["p"].value.rsplit("#", 1)[-1].rsplit("/", 1)[-1]: int(r["n"].value)
                                  for r in store.query(q)}


def _graph_texts(store: OxigraphStore, cache: Path, replace: dict[str, str], drop: set[str], fp: str,
                 shas: dict[str, str]) -> dict[str, str]:
    """N-Quads lines of every graph the store will hold after this build. Reading 1M quads back from the
    store on disk takes seconds, so each graph's text is kept in cache/, valid only while its header names
    the document's hash, the pipeline fingerprint and the hash of the text itself; else the store is read."""
    cache.mkdir(exist_ok=True)
    final = (store.graph_names() - {str(META_GRAPH)} - drop) | set(replace)
    graphs: dict[str, str] = {}
    for g in sorted(final):
        key = f"# {shas.get(g, 'ontology-and-reference')} {fp}"
        f = cache / (g.rsplit("/", 1)[-1] + ".nq")
        text = replace.get(g)
        cached = None if text is not None else _read_cache(f, key)
        if text is None and cached is None:
            text = store.graph_nquads(g)
        if cached is None:  # new text, or a cache that was missing or stale: write it once
            _write_cache(f, key, text)
        text = text if text is not None else cached
        graphs[g] = text
    wanted = {g.rsplit("/", 1)[-1] + ".nq" for g in graphs}
    for f in cache.glob("*.nq"):
        if f.name not in wanted:
            f.unlink()
    return graphs


class _Writer(threading.Thread):
    """Applies the build's changes to the store on disk; an error is raised again by join()."""

    def __init__(self, store, replace, drop, meta):
        super().__init__(name="store-writer")
        self.args, self.error, self.seconds = (store, replace, drop, meta), None, 0.0

    def run(self):
        t = time.perf_counter()
        store, replace, drop, meta = self.args
        try:
            store.apply(replace, drop=drop, meta=meta)
        except BaseException as e:  # re-raised in the main thread
            self.error = e
        self.seconds = time.perf_counter() - t

    def join(self, timeout=None):
        super().join(timeout)
        if self.error:
            raise self.error


def _read_cache(f: Path, key: str) -> str | None:
    """The cached text if its header names this key and the hash of the text that follows it."""
    if not f.exists():
        return None
    header, _, text = f.read_text(encoding="utf-8").partition("\n")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return text if header == f"{key} {digest}" else None


def _write_cache(f: Path, key: str, text: str) -> None:
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    f.write_text(f"{key} {digest}\n{text}", encoding="utf-8")


def _write_graph_files(out: Path, report: BuildReport, graphs: dict[str, str]) -> None:
    write(graphs, "ttl", out / "graph.ttl")
    write(graphs, "trig", out / "graph.trig")
    report.outputs.update({"turtle": str(out / "graph.ttl"), "trig": str(out / "graph.trig"),
                           "store": str(out / "store")})


def _write_view(store, out: Path, report: BuildReport) -> None:
    from .view import overview, write_network
    write_network(overview(store), out / "graph.html")
    report.outputs["view"] = str(out / "graph.html")
