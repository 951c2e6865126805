"""What the graph knows before it reads a word: ontology/reference/*.ttl, and the gazetteer generated from its labels."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from .namespaces import DKG, ID

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"
CAPITAL_OF = URIRef("http://www.wikidata.org/prop/direct/P1376")  # Wikidata "capital of": place -> state
CLASSES = ("State", "Organization", "Treaty", "LegalInstrument", "Place", "Person", "Resolution", "Meeting")


@dataclass(frozen=True)
class Name:
    """One surface form of a known entity."""
    form: str
    iri: str
    cls: str
    case_sensitive: bool
    kind: str = "name"  # "name", "adjective", "capital"


@dataclass(frozen=True, eq=False)  # hashed by identity: one loaded reference, cached
class Reference:
    graph: Graph
    names: tuple[Name, ...]
    labels: dict            # iri -> rdfs:label
    classes: dict           # iri -> contract class local name
    capital_of: dict        # place iri -> state iri
    supplements: dict       # treaty iri -> treaty iri
    fingerprint: str        # changes whenever reference or ontology files change


def reference_files(directory: Path = ONTOLOGY_DIR) -> list[Path]:
    return sorted((directory / "reference").glob("*.ttl"))


def ontology_files(directory: Path = ONTOLOGY_DIR) -> list[Path]:
    """The vocabulary and the stance scheme; the SHACL shapes are for validation, not part of the data."""
    return sorted(f for f in directory.glob("*.ttl") if f.name != "shapes.ttl")


def stable_blank_nodes(g: Graph) -> Graph:
    """Blank nodes (OWL lists, restrictions) get IRIs derived from their content, so output/ stays diffable."""
    from rdflib.compare import to_canonical_graph
    return to_canonical_graph(g).skolemize(basepath=str(ID[".well-known/genid/"]))


def _case_sensitive(form: str) -> bool:
    """Acronyms and short forms must match in their written case ('US' is not 'us', 'WHO' is not 'who')."""
    letters = [c for c in form if c.isalpha()]
    return len(form) <= 4 or (sum(c.isupper() for c in letters) >= max(2, len(letters) // 2))


@lru_cache(maxsize=4)
def load_reference(directory: Path = ONTOLOGY_DIR) -> Reference:
    g = Graph()
    digest = hashlib.sha256()
    for f in reference_files(directory) + ontology_files(directory):
        digest.update(f.name.encode() + f.read_bytes())
    for f in reference_files(directory):
        g.parse(f, format="turtle")
    classes = {}
    for cls in CLASSES:
        for s in g.subjects(RDF.type, DKG[cls]):
            classes[str(s)] = cls
    labels = {str(s): str(o) for s, o in g.subject_objects(RDFS.label) if str(s) in classes}
    names: dict[tuple[str, str], Name] = {}

    def add(form: str, iri: str, kind: str = "name") -> None:
        form = " ".join(form.replace("’", "'").split())
        if len(form) >= 2 and (form.lower(), iri) not in names:
            names[(form.lower(), iri)] = Name(form, iri, classes[iri], _case_sensitive(form), kind)

    for iri in classes:
        s = URIRef(iri)
        for p in (RDFS.label, SKOS.altLabel):
            for o in g.objects(s, p):
                add(str(o), iri)
        for o in g.objects(s, DKG.adjective):
            add(str(o), iri, "adjective")
    capital_of = {str(p): str(s) for p, s in g.subject_objects(CAPITAL_OF)}
    supplements = {str(s): str(o) for s, o in g.subject_objects(DKG.supplements)}
    return Reference(g, tuple(sorted(names.values(), key=lambda n: (n.form, n.iri))), labels, classes,
                     capital_of, supplements, digest.hexdigest()[:16])


def ontology_graph(directory: Path = ONTOLOGY_DIR) -> Graph:
    g = Graph()
    for f in ontology_files(directory):
        g.parse(f, format="turtle")
    return stable_blank_nodes(g)


def entity_iri(kind: str, key: str) -> str:
    return str(ID[f"{kind}/{key}"])
