"""Namespaces of the vocabulary contract (see DESIGN.md); terms are checked against ontology/dkg.ttl in tests."""
from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD, FOAF

DKG = Namespace("https://w3id.org/dkg/ontology#")
ID = Namespace("https://w3id.org/dkg/id/")
SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
SH = Namespace("http://www.w3.org/ns/shacl#")
WD = Namespace("http://www.wikidata.org/entity/")

GRAPH_REFERENCE = ID["graph/reference"]
GRAPH_ONTOLOGY = ID["graph/ontology"]

def doc_graph(doc_id: str):
    return ID[f"graph/{doc_id}"]

PREFIXES = {
    "dkg": str(DKG), "id": str(ID), "rdf": str(RDF), "rdfs": str(RDFS), "owl": str(OWL),
    "xsd": str(XSD), "skos": str(SKOS), "dcterms": str(DCTERMS), "prov": str(PROV),
    "foaf": str(FOAF), "schema": str(SCHEMA), "org": str(ORG), "eli": str(ELI), "sh": str(SH), "wd": str(WD),
}

# Output prefixes: one per kind of entity, so Turtle reads `state:JPN`, not `id:state\/JPN`
ID_KINDS = ("state", "org", "person", "place", "treaty", "resolution", "meeting", "doc", "graph", "assertion")
EXPORT_PREFIXES = {**{k: v for k, v in PREFIXES.items() if k not in ("id", "org")}, "w3org": str(ORG),
                   **{("organization" if k == "org" else k): str(ID[f"{k}/"]) for k in ID_KINDS}}
