"""Stage 5: Extraction -> rdflib Graph for the document's named graph: the document node, the entities it
introduces, every fact as a plain triple, and beside each fact a dkg:Assertion with its evidence."""
from __future__ import annotations

import hashlib
from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from .model import Extraction, Fact
from .namespaces import DKG, ID, PREFIXES

LITERAL_PROPS = {"date": DCTERMS.date, "title": DCTERMS.title}
ATTRIBUTE_TYPES = {"year": XSD.gYear}
ENTITY_LINKS = {"adoptedBy"}  # entity attributes that are facts and get evidence instead


def decimal_text(value) -> str:
    """xsd:decimal in canonical form (as the store keeps it): '0.90' -> '0.9', '1.00' -> '1'."""
    text = f"{Decimal(str(value)):f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


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
    """The document's named graph as an rdflib Graph (for Python users; the build streams document_triples)."""
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    for t in document_triples(x):
        g.add(t)
    return g


def document_triples(x: Extraction):
    """Every triple of the document's named graph, as rdflib terms."""
    doc = x.document
    d = ID[f"doc/{doc.id}"]
    yield d, RDF.type, DKG[doc.kind]
    yield d, DKG.sourcePath, Literal(doc.path)
    yield d, DKG.sha256, Literal(doc.sha256)
    yield d, DKG.wordCount, Literal(doc.word_count, datatype=XSD.integer)
    title = " ".join((doc.header.title.text if doc.header.title else doc.id).split())
    if doc.header.title:
        yield d, DCTERMS.title, Literal(title)
    yield d, RDFS.label, Literal(title[:200])
    for e in x.entities:
        if e.in_reference:
            continue
        s = URIRef(e.iri)
        yield s, RDF.type, DKG[e.cls]
        yield s, RDFS.label, Literal(e.label)
        for alt in e.alt_labels:
            yield s, SKOS.altLabel, Literal(alt)
        for k, v in e.attributes:
            if k not in ENTITY_LINKS:
                yield s, DKG[k], Literal(v, datatype=ATTRIBUTE_TYPES.get(k))
    for iri in x.mentions:
        yield d, DKG.mentions, URIRef(iri)
    seen = set()
    for f in x.facts:
        yield from _fact_triples(d, doc.id, f, seen)


def _fact_triples(d: URIRef, doc_id: str, f: Fact, seen: set):
    s, p, o = URIRef(f.subject), predicate(f.predicate), fact_object(f)
    if (s, p, o) not in seen:
        seen.add((s, p, o))
        yield s, p, o
    a = assertion_iri(doc_id, f)
    ev = f.evidence
    yield a, RDF.type, DKG.Assertion
    yield a, RDF.subject, s
    yield a, RDF.predicate, p
    yield a, RDF.object, o
    yield a, PROV.wasDerivedFrom, d
    yield a, DKG.quote, Literal(ev.quote)
    yield a, DKG.start, Literal(ev.start, datatype=XSD.integer)
    yield a, DKG.end, Literal(ev.end, datatype=XSD.integer)
    yield a, DKG.confidence, Literal(decimal_text(f"{ev.confidence:.2f}"), datatype=XSD.decimal)
    yield a, DKG.rule, Literal(ev.rule)
    for k, v in f.qualifiers:
        if k == "date":
            dt = XSD.date if len(v) == 10 else XSD.gYearMonth if len(v) == 7 else XSD.gYear
            yield a, DCTERMS.date, Literal(v, datatype=dt)
        elif k == "amount":
            yield a, DKG.amount, Literal(decimal_text(v), datatype=XSD.decimal)
        else:
            yield a, DKG[k], Literal(v)
