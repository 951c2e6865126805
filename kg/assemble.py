"""Stage 5: Extraction -> rdflib Graph for the document's named graph: the document node, the entities it
introduces, every fact as a plain triple, and beside each fact a dkg:Assertion with its evidence."""
from __future__ import annotations

import hashlib

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from .model import Extraction, Fact
from .namespaces import DKG, ID, PREFIXES

LITERAL_PROPS = {"date": DCTERMS.date, "title": DCTERMS.title}
ATTRIBUTE_TYPES = {"year": XSD.gYear}
ENTITY_LINKS = {"adoptedBy"}  # entity attributes that are facts and get evidence instead


def predicate(name: str) -> URIRef:
    if name.startswith("http"):
        return URIRef(name)
    return LITERAL_PROPS.get(name, DKG[name])


def fact_object(f: Fact):
    if not f.literal:
        return URIRef(f.object)
    if f.datatype == "date":
        return Literal(f.object, datatype=XSD.date)
    return Literal(f.object)


def assertion_iri(doc_id: str, f: Fact) -> URIRef:
    key = "|".join((f.subject, f.predicate, f.object, str(f.evidence.start), str(f.evidence.end), f.evidence.rule))
    return ID[f"assertion/{doc_id}-{hashlib.sha1(key.encode()).hexdigest()[:16]}"]


def document_graph(x: Extraction) -> Graph:
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    doc = x.document
    d = ID[f"doc/{doc.id}"]
    g.add((d, RDF.type, DKG[doc.kind]))
    g.add((d, DKG.sourcePath, Literal(doc.path)))
    g.add((d, DKG.sha256, Literal(doc.sha256)))
    g.add((d, DKG.wordCount, Literal(doc.word_count, datatype=XSD.integer)))
    if doc.header.title:
        g.add((d, DCTERMS.title, Literal(" ".join(doc.header.title.text.split()))))
    g.add((d, RDFS.label, Literal(" ".join((doc.header.title.text if doc.header.title else doc.id).split())[:200])))
    for e in x.entities:
        if e.in_reference:
            continue
        s = URIRef(e.iri)
        g.add((s, RDF.type, DKG[e.cls]))
        g.add((s, RDFS.label, Literal(e.label)))
        for alt in e.alt_labels:
            g.add((s, SKOS.altLabel, Literal(alt)))
        for k, v in e.attributes:
            if k not in ENTITY_LINKS:
                g.add((s, DKG[k], Literal(v, datatype=ATTRIBUTE_TYPES.get(k))))
    for iri in x.mentions:
        g.add((d, DKG.mentions, URIRef(iri)))
    for f in x.facts:
        _add_fact(g, d, doc.id, f)
    return g


def _add_fact(g: Graph, d: URIRef, doc_id: str, f: Fact) -> None:
    s, p, o = URIRef(f.subject), predicate(f.predicate), fact_object(f)
    g.add((s, p, o))
    a = assertion_iri(doc_id, f)
    ev = f.evidence
    g.add((a, RDF.type, DKG.Assertion))
    g.add((a, RDF.subject, s))
    g.add((a, RDF.predicate, p))
    g.add((a, RDF.object, o))
    g.add((a, PROV.wasDerivedFrom, d))
    g.add((a, DKG.quote, Literal(ev.quote)))
    g.add((a, DKG.start, Literal(ev.start, datatype=XSD.integer)))
    g.add((a, DKG.end, Literal(ev.end, datatype=XSD.integer)))
    g.add((a, DKG.confidence, Literal(f"{ev.confidence:.2f}", datatype=XSD.decimal)))
    g.add((a, DKG.rule, Literal(ev.rule)))
    for k, v in f.qualifiers:
        if k == "date":
            dt = XSD.date if len(v) == 10 else XSD.gYearMonth if len(v) == 7 else XSD.gYear
            g.add((a, DCTERMS.date, Literal(v, datatype=dt)))
        elif k == "amount":
            g.add((a, DKG.amount, Literal(v, datatype=XSD.decimal)))
        else:
            g.add((a, DKG[k], Literal(v)))
