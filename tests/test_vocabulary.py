"""The vocabulary contract: every dkg: term the graph uses is declared in the ontology, and the contract names
of DESIGN.md are all there, aligned to the standards."""

from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg.namespaces import DKG

from conftest import ROOT

ONTOLOGY = Graph().parse(ROOT / "ontology" / "dkg.ttl", format="turtle")
CLASSES = "Actor State Person Organization Meeting LegalInstrument Resolution Treaty Document Statement Place Topic Assertion"
PROPERTIES = ("sourcePath speaker onBehalfOf deliveredAt mentions represents leads memberOf partOf basedIn partyTo "
              "violates hosts convenes participatesIn funds stance welcomes supports thanks condemns urges alignsWith "
              "adoptedBy supplements meetingOf heldIn quote start end confidence rule")


def declared(term: URIRef) -> bool:
    return (term, RDFS.label, None) in ONTOLOGY and any(
        (term, RDF.type, t) in ONTOLOGY for t in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty,
                                                  OWL.AnnotationProperty, RDF.Property))


def test_contract_names_are_declared():
    for name in CLASSES.split() + PROPERTIES.split():
        assert declared(DKG[name]), name


def test_stances_are_sub_properties_of_stance():
    for name in "welcomes supports thanks condemns urges alignsWith".split():
        assert (DKG[name], RDFS.subPropertyOf, DKG.stance) in ONTOLOGY, name


def test_classes_are_aligned_to_standards():
    external = {o for c in CLASSES.split() for o in ONTOLOGY.objects(DKG[c], RDFS.subClassOf)
                if not str(o).startswith(str(DKG))}
    prefixes = ("http://www.w3.org/ns/org#", "http://xmlns.com/foaf/0.1/", "https://schema.org/",
                "http://data.europa.eu/eli/ontology#", "http://www.w3.org/ns/prov#", "http://www.w3.org/2004/02/skos/core#")
    for p in prefixes:
        assert any(str(o).startswith(p) for o in external), p


def test_every_dkg_term_in_the_graph_is_declared(seeds_build):
    ds = Dataset().parse(seeds_build / "graph.trig", format="trig")
    used = set()
    for s, p, o, g in ds.quads((None, None, None, None)):
        if str(p).startswith(str(DKG)):
            used.add(p)
        if p == RDF.type and str(o).startswith(str(DKG)):
            used.add(o)
    assert len(used) > 20
    undeclared = sorted(str(t) for t in used if not declared(t))
    assert not undeclared, undeclared
