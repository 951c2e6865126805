"""Stage 5: Extraction -> rdflib Graph for the document's named graph: the document node, the entities it
introduces, every fact as a plain triple, and beside each fact a dkg:Assertion with its evidence."""
from __future__ import annotations

import hashlib
from decimal import Decimal
from functools import lru_cache

from rdflib import Graph
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


@lru_cache(maxsize=None)  # (a few dozen names; rdflib builds a new URIRef at each lookup)
def predicate(name: str) -> str:
    if name.startswith("http"):
        return name
    return str(LITERAL_PROPS.get(name, DKG[name]))


_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def iri(value: str) -> str:
    return f"<{value}>"


def lit(value, datatype: str | None = None) -> str:
    """An N-Triples literal in the lexical form the store keeps (canonical numbers, escaped quotes)."""
    text = '"' + str(value).translate(_ESCAPES) + '"'
    return f"{text}^^<{datatype}>" if datatype else text


T_TYPE, T_LABEL, T_ALT = iri(RDF.type), iri(RDFS.label), iri(SKOS.altLabel)
T_SUBJECT, T_PREDICATE, T_OBJECT = iri(RDF.subject), iri(RDF.predicate), iri(RDF.object)
T_DERIVED, T_DATE, T_TITLE = iri(PROV.wasDerivedFrom), iri(DCTERMS.date), iri(DCTERMS.title)
T_ASSERTION = iri(DKG.Assertion)
T = {name: iri(DKG[name]) for name in ("sourcePath", "sha256", "wordCount", "mentions", "quote", "start", "end",
                                       "confidence", "rule", "amount", "currency")}
INTEGER, DECIMAL, DATE, STRING = str(XSD.integer), str(XSD.decimal), str(XSD.date), None
DATE_TYPES = {10: str(XSD.date), 7: str(XSD.gYearMonth), 4: str(XSD.gYear)}


@lru_cache(maxsize=None)
def dkg_iri(name: str) -> str:
    """<...#name> of a class or property of the ontology (looked up once per name)."""
    return iri(DKG[name])


def integer_lit(n: int) -> str:
    return f'"{n}"^^<{INTEGER}>'  # (what lit(n, INTEGER) gives: a number's digits need no escaping)


@lru_cache(maxsize=None)
def confidence_lit(confidence: float) -> str:
    """A rule's confidence as an xsd:decimal literal (rules use a handful of values)."""
    return lit(decimal_text(f"{confidence:.2f}"), DECIMAL)


def fact_object(f: Fact) -> str:
    if not f.literal:
        return iri(f.object)
    return lit(f.object, DATE if f.datatype == "date" else None)


def assertion_iri(base: str, f: Fact) -> str:
    """base: str(ID[f"assertion/{doc_id}-"]), the same for all of a document's facts; a hash of the fact ends it."""
    key = "|".join((f.subject, f.predicate, f.object, str(f.evidence.start), str(f.evidence.end), f.evidence.rule))
    return iri(base + hashlib.sha1(key.encode()).hexdigest()[:16])


def document_statements(x: Extraction):
    """Every triple of the document's named graph as N-Triples terms (strings): the one place that says what
    a document's graph holds. The build writes them as N-Quads; document_graph() gives them to rdflib."""
    doc = x.document
    d = iri(ID[f"doc/{doc.id}"])
    yield d, T_TYPE, iri(DKG[doc.kind])
    yield d, T["sourcePath"], lit(doc.path)
    yield d, T["sha256"], lit(doc.sha256)
    yield d, T["wordCount"], integer_lit(doc.word_count)
    title = " ".join((doc.header.title.text if doc.header.title else doc.id).split())
    if doc.header.title:
        yield d, T_TITLE, lit(title)
    yield d, T_LABEL, lit(title[:200])
    for e in x.entities:
        if e.in_reference:
            continue
        s = iri(e.iri)
        yield s, T_TYPE, dkg_iri(e.cls)
        yield s, T_LABEL, lit(e.label)
        for alt in e.alt_labels:
            yield s, T_ALT, lit(alt)
        for k, v in e.attributes:
            if k not in ENTITY_LINKS:
                yield s, dkg_iri(k), lit(v, str(ATTRIBUTE_TYPES[k]) if k in ATTRIBUTE_TYPES else None)
            if k == "year":  # "resolution 2417 (2018)": the year its symbol gives is the year it was adopted
                yield s, iri(predicate("date")), lit(v, str(XSD.gYear))
    for m in x.mentions:
        yield d, T["mentions"], iri(m)
    base = str(ID[f"assertion/{doc.id}-"])
    for f in x.facts:
        yield from _fact_statements(d, f, base)


def _fact_statements(d: str, f: Fact, base: str):
    s, p, o = iri(f.subject), iri(predicate(f.predicate)), fact_object(f)
    yield s, p, o
    a = assertion_iri(base, f)
    ev = f.evidence
    yield a, T_TYPE, T_ASSERTION
    yield a, T_SUBJECT, s
    yield a, T_PREDICATE, p
    yield a, T_OBJECT, o
    yield a, T_DERIVED, d
    yield a, T["quote"], lit(ev.quote)
    yield a, T["start"], integer_lit(ev.start)
    yield a, T["end"], integer_lit(ev.end)
    yield a, T["confidence"], confidence_lit(ev.confidence)
    yield a, T["rule"], lit(ev.rule)
    for k, v in f.qualifiers:
        if k == "date":
            yield a, T_DATE, lit(v, DATE_TYPES[len(v)])
        elif k == "amount":
            yield a, T["amount"], lit(decimal_text(v), DECIMAL)
        else:
            yield a, dkg_iri(k), lit(v)


def document_nquads(x: Extraction, graph: str) -> str:
    """The document's graph as N-Quads text, each line once."""
    g = iri(graph)
    return "".join(dict.fromkeys(f"{s} {p} {o} {g} .\n" for s, p, o in document_statements(x)))


def document_graph(x: Extraction) -> Graph:
    """The document's named graph as an rdflib Graph, for Python users."""
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    lines = "".join(dict.fromkeys(f"{s} {p} {o} .\n" for s, p, o in document_statements(x)))
    return g.parse(data=lines, format="nt")
