"""`kg validate`: SHACL shapes (pySHACL) over the store, and every quote checked against its source text."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from .errors import KGError
from .export import RDF_FORMATS
from .ingest import read_text
from .reference import ONTOLOGY_DIR, ontology_graph
from .store import OxigraphStore

QUOTES = """PREFIX dkg: <https://w3id.org/dkg/ontology#> PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?a ?path ?start ?end ?quote WHERE {
  ?a a dkg:Assertion ; prov:wasDerivedFrom ?d ; dkg:start ?start ; dkg:end ?end ; dkg:quote ?quote .
  ?d dkg:sourcePath ?path }"""


@dataclass
class Validation:
    conforms: bool
    violations: list[str] = field(default_factory=list)


def store_graph(store: OxigraphStore) -> Graph:
    import pyoxigraph as ox
    data = ox.serialize((q.triple for q in store.quads()), format=RDF_FORMATS["nt"])
    return Graph().parse(data=data.decode("utf-8"), format="nt")


def shacl(data: Graph, shapes_path: Path = ONTOLOGY_DIR / "shapes.ttl") -> Validation:
    from pyshacl import validate
    ont = ontology_graph()
    data = data + ont  # sh:class follows rdfs:subClassOf only when the hierarchy is in the data
    conforms, results, _ = validate(data, shacl_graph=Graph().parse(shapes_path, format="turtle"),
                                    ont_graph=ont, inference="none", advanced=True, allow_warnings=True)
    from rdflib.namespace import SH
    messages = sorted({f"{results.value(r, SH.focusNode)}: {results.value(r, SH.resultMessage)}"
                       for r in results.subjects(SH.resultSeverity, SH.Violation)})
    return Validation(bool(conforms), messages)


def quotes(store: OxigraphStore) -> list[str]:
    """Assertions whose quote is not the source text at their offsets (source files that are gone are skipped)."""
    texts: dict[str, str | None] = {}
    bad = []
    for r in store.query(QUOTES):
        path = r["path"].value
        if path not in texts:
            try:
                texts[path] = read_text(Path(path))[0]
            except KGError:
                texts[path] = None
        text = texts[path]
        if text is not None and text[int(r["start"].value):int(r["end"].value)] != r["quote"].value:
            bad.append(f"{r['a'].value}: quote is not the text of {path} at {r['start'].value}-{r['end'].value}")
    return bad


def validate_store(store: OxigraphStore) -> Validation:
    v = shacl(store_graph(store))
    bad_quotes = quotes(store)
    return Validation(v.conforms and not bad_quotes, v.violations + bad_quotes)
