"""kg validate: the seeds build conforms; a deliberately broken graph does not."""
import pyoxigraph as ox

from conftest import run_kg


def test_seeds_build_conforms(seeds_build):
    r = run_kg("validate", "--store", seeds_build / "store")
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stdout.strip().endswith("conforms")


def _break(store_path, update):
    store = ox.Store(str(store_path))
    store.update(update)
    store.flush()
    del store


def test_broken_graph_fails_with_exit_1(tmp_path, seeds_build):
    import shutil
    copy = tmp_path / "store"
    shutil.copytree(seeds_build / "store", copy)
    # a quote that does not match its offsets, and a state party to a resolution
    _break(copy, """PREFIX dkg: <https://w3id.org/dkg/ontology#>
        DELETE { GRAPH ?g { ?a dkg:quote ?q } } INSERT { GRAPH ?g { ?a dkg:quote "not what the text says" } }
        WHERE { { SELECT ?a ?g ?q WHERE { GRAPH ?g { ?a a dkg:Assertion ; dkg:quote ?q } } ORDER BY ?a LIMIT 1 } } ;
        INSERT DATA { GRAPH <https://w3id.org/dkg/id/graph/broken> {
          <https://w3id.org/dkg/id/state/FRA> dkg:partyTo <https://w3id.org/dkg/id/resolution/unsc-1540> .
          <https://w3id.org/dkg/id/resolution/unsc-1540> a dkg:Resolution ; <http://www.w3.org/2000/01/rdf-schema#label> "resolution 1540" } }""")
    r = run_kg("validate", "--store", copy, "--json")
    assert r.returncode == 1, r.stdout + r.stderr
    import json
    result = json.loads(r.stdout)
    assert not result["conforms"]
    assert any("partyTo" in v or "Treaty" in v for v in result["violations"]), result["violations"]
    assert any("quote is not the text" in v for v in result["violations"])


def test_missing_store_is_a_clear_error(tmp_path):
    r = run_kg("validate", "--store", tmp_path / "none")
    assert r.returncode == 2
    assert r.stderr.strip() == f"error: E008 store not found at {tmp_path / 'none'}: run `kg build` first, or pass --store"
