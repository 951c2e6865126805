"""The pipeline end to end: outputs, evidence, determinism, incrementality, interruption."""
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph
from rdflib.namespace import RDF

from kg.ingest import read_text
from kg.namespaces import DKG
from kg.store import open_store
from kg.synthetic import write_corpus

from conftest import ROOT, SEEDS, report, run_kg


def test_build_writes_every_output(seeds_build):
    for name in ("graph.ttl", "graph.trig", "report.json", "store"):
        assert (seeds_build / name).exists(), name
    r = report(seeds_build)
    assert r["documents"] == len(list(SEEDS.iterdir()))
    assert r["failed"] == [] and r["extracted"] == r["documents"]
    assert r["entities_per_class"].get("State", 0) > 100  # the reference states are in the graph


def test_turtle_and_trig_parse_with_two_independent_parsers(seeds_build):
    g = Graph().parse(seeds_build / "graph.ttl", format="turtle")
    ox_triples = list(ox.parse(path=str(seeds_build / "graph.ttl"), format=ox.RdfFormat.TURTLE))
    assert len(g) == len(set(ox_triples)) > 1000
    ds = Dataset().parse(seeds_build / "graph.trig", format="trig")
    graphs = {str(c.identifier) for c in ds.graphs()}
    for doc in SEEDS.iterdir():
        assert any(gr.endswith("/graph/" + doc.stem) for gr in graphs), doc
    assert "https://w3id.org/dkg/id/graph/reference" in graphs and "https://w3id.org/dkg/id/graph/ontology" in graphs


def test_every_fact_has_evidence_that_quotes_the_source(seeds_build):
    ds = Dataset().parse(seeds_build / "graph.trig", format="trig")
    checked = 0
    for ctx in ds.graphs():
        if "/graph/" not in str(ctx.identifier) or str(ctx.identifier).endswith(("reference", "ontology")):
            continue
        doc = next(ctx.subjects(DKG.sourcePath, None))
        text = read_text(Path(str(ctx.value(doc, DKG.sourcePath))))[0]
        asserted = set()
        for a in ctx.subjects(RDF.type, DKG.Assertion):
            s, p, o = ctx.value(a, RDF.subject), ctx.value(a, RDF.predicate), ctx.value(a, RDF.object)
            start, end = int(ctx.value(a, DKG.start)), int(ctx.value(a, DKG.end))
            assert text[start:end] == str(ctx.value(a, DKG.quote))
            assert ctx.value(a, DKG.rule) and 0 < float(ctx.value(a, DKG.confidence)) <= 1
            assert (s, p, o) in ctx
            asserted.add((s, p, o))
            checked += 1
        # every plain fact between entities in a document graph has an assertion beside it
        for s, p, o in ctx:
            if str(p).startswith(str(DKG)) and p not in (DKG.mentions, DKG.sourcePath, DKG.sha256, DKG.wordCount, DKG.quote,
                                                         DKG.start, DKG.end, DKG.rule, DKG.confidence, DKG.number, DKG.symbol,
                                                         DKG.year, DKG.amount, DKG.currency) and (s, RDF.type, DKG.Assertion) not in ctx:
                assert (s, p, o) in asserted, (s, p, o)
    assert checked > 20


def test_same_input_gives_byte_identical_turtle(tmp_path, seeds_build):
    r = run_kg("build", SEEDS, "-o", tmp_path / "again", "--no-view")
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "again" / "graph.ttl").read_bytes() == (seeds_build / "graph.ttl").read_bytes()
    assert (tmp_path / "again" / "graph.trig").read_bytes() == (seeds_build / "graph.trig").read_bytes()


def _doc_graphs(out):
    store = open_store(out / "store")
    try:
        return store.documents()
    finally:
        store.close()


def test_incremental_build(tmp_path, corpus):
    out = tmp_path / "out"
    assert run_kg("build", corpus, "-o", out, "--no-view").returncode == 0
    first = report(out)
    assert first["extracted"] == first["documents"] > 0
    assert run_kg("build", corpus, "-o", out, "--no-view").returncode == 0
    second = report(out)
    assert second["extracted"] == 0 and second["unchanged"] == first["documents"]

    changed = sorted(corpus.glob("*.txt"))[0]
    changed.write_text(changed.read_text() + "\nFinally, we thank Norway for its generous support.\n")
    gone = sorted(corpus.glob("*.txt"))[-1]
    gone.unlink()
    assert run_kg("build", corpus, "-o", out, "--no-view").returncode == 0
    third = report(out)
    assert (third["extracted"], third["removed"], third["unchanged"]) == (1, 1, first["documents"] - 2)
    graphs = _doc_graphs(out)
    assert not any(g.endswith("/" + gone.stem) for g in graphs)
    text = (out / "graph.trig").read_text()
    assert "Norway for its generous support" in text  # the changed file's new sentence is evidence now


def test_interrupted_build_leaves_the_store_as_it_was(tmp_path, corpus):
    out = tmp_path / "out"
    assert run_kg("build", corpus, "-o", out, "--no-view").returncode == 0
    before = _doc_graphs(out)
    triples_before = (out / "graph.ttl").read_bytes()
    big = tmp_path / "big"
    write_corpus(big, 400, words=400)
    proc = subprocess.Popen([sys.executable, "-m", "kg", "build", str(big), "-o", str(out), "--no-view"], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(2.5)  # well inside extraction of 400 files
    assert proc.poll() is None, "build finished before it could be interrupted"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert _doc_graphs(out) == before  # readable, and unchanged
    deadline = time.time() + 10  # and its worker processes do not outlive it
    while _processes_naming(str(big)) and time.time() < deadline:
        time.sleep(0.5)
    assert not _processes_naming(str(big))
    assert run_kg("export", "--store", out / "store", "-f", "ttl").stdout.encode() == triples_before


def _processes_naming(text: str) -> list[int]:
    """Live processes whose command line contains text (read from /proc)."""
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            cmd = open(f"/proc/{pid}/cmdline", "rb").read().replace(b"\0", b" ").decode(errors="replace")
            state = open(f"/proc/{pid}/stat").read().split(") ", 1)[1][:1]
        except OSError:
            continue
        if text in cmd and state != "Z":
            found.append(int(pid))
    return found


def test_a_build_killed_at_any_moment_leaves_the_old_store_or_the_new_one(tmp_path, corpus):
    """Kills late in the build too, while the store is written: the store is always whole, old or new."""
    import shutil
    base = tmp_path / "base"
    assert run_kg("build", corpus, "-o", base, "--no-view").returncode == 0
    old = _doc_graphs(base)
    big = tmp_path / "big"
    write_corpus(big, 150, words=400)
    t = time.perf_counter()
    full = tmp_path / "full"
    shutil.copytree(base, full)
    assert run_kg("build", big, "-o", full, "--no-view").returncode == 0
    took, new = time.perf_counter() - t, _doc_graphs(full)
    for fraction in (0.6, 0.75, 0.85, 0.95):
        out = tmp_path / f"kill-{fraction}"
        shutil.copytree(base, out)
        proc = subprocess.Popen([sys.executable, "-m", "kg", "build", str(big), "-o", str(out), "--no-view"],
                                cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(took * fraction)
        proc.kill()
        proc.wait()
        graphs = _doc_graphs(out)
        assert graphs in (old, new), fraction  # which one depends on the moment; never a mixture, never lost


def test_export_from_the_store_matches_the_build_files(seeds_build):
    for fmt, name in (("ttl", "graph.ttl"), ("trig", "graph.trig")):
        r = subprocess.run([sys.executable, "-m", "kg", "export", "--store", str(seeds_build / "store"), "-f", fmt],
                           cwd=ROOT, capture_output=True, timeout=300)
        assert r.returncode == 0, r.stderr
        assert r.stdout == (seeds_build / name).read_bytes()
    merged = Graph().parse(seeds_build / "graph.ttl", format="turtle")
    for fmt, parser in (("nt", "nt"), ("nq", "nquads"), ("jsonld", "json-ld")):
        r = run_kg("export", "--store", seeds_build / "store", "-f", fmt)
        assert r.returncode == 0, r.stderr
        if fmt == "nq":
            g = Graph()
            for s_, p_, o_, _ in Dataset().parse(data=r.stdout, format=parser).quads((None, None, None, None)):
                g.add((s_, p_, o_))
        else:
            g = Graph().parse(data=r.stdout, format=parser)
        assert len(g) == len(merged), fmt


def test_a_tampered_cache_is_not_trusted(tmp_path, corpus):
    out = tmp_path / "out"
    assert run_kg("build", corpus, "-o", out, "--no-view").returncode == 0
    good = (out / "graph.trig").read_bytes()
    cached = sorted((out / "cache").glob("*.nq"))
    assert len(cached) == len(list(corpus.iterdir())) + 2  # the documents, the reference data, the ontology
    for f in cached:
        header = f.read_text().splitlines()[0]
        f.write_text(header + "\n<urn:x> <urn:y> <urn:z> <urn:g> .\n")
    r = run_kg("build", corpus, "-o", out, "--no-view")
    assert r.returncode == 0 and report(out)["extracted"] == 0
    assert (out / "graph.trig").read_bytes() == good


def test_the_store_through_rdflib(seeds_build):
    from kg.namespaces import DKG
    from kg.store import rdflib_dataset
    ds = rdflib_dataset(seeds_build / "store")
    rows = list(ds.query("PREFIX dkg: <https://w3id.org/dkg/ontology#> "
                         "SELECT ?d ?p WHERE { ?d dkg:sourcePath ?p }"))
    assert sorted(str(p).rsplit("/", 1)[-1] for _, p in rows) == sorted(f.name for f in SEEDS.iterdir())
    welcomes = set(ds.triples((None, DKG.welcomes, None)))
    merged = Graph().parse(seeds_build / "graph.ttl", format="turtle")
    assert welcomes == set(merged.triples((None, DKG.welcomes, None))) and welcomes
