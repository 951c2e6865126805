"""A small store written by hand, shaped as `kg build` writes one: a reference graph (some states nobody
mentions), the ontology graph, and two document graphs with facts, their dkg:Assertion nodes and mentions."""
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.namespaces import GRAPH_ONTOLOGY
from kg.reference import ontology_graph
from kg.store import OxigraphStore, nquads

D = "https://w3id.org/dkg/ontology#"
I = "https://w3id.org/dkg/id/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"

ENTITIES = {  # iri -> (class, label, other names)
    "state/JPN": ("State", "Japan", ["Nippon"]),
    "state/FRA": ("State", "France", []),
    "state/DEU": ("State", "Germany", []),
    "state/PRK": ("State", "Democratic People's Republic of Korea", ["DPRK", "North Korea"]),
    "state/ISL": ("State", "Iceland", []),          # reference only: nobody mentions it
    "state/NOR": ("State", "Norway", []),           # reference only
    "state/PER": ("State", "Peru", []),             # reference only
    "org/unsc": ("Organization", "United Nations Security Council", ["Security Council"]),
    "org/1540-committee": ("Organization", "1540 Committee", []),
    "org/iaea": ("Organization", "International Atomic Energy Agency", ["IAEA"]),
    "resolution/unsc-2467": ("Resolution", "resolution 2467", []),
    "treaty/npt": ("Treaty", "Treaty on the Non-Proliferation of Nuclear Weapons", ["NPT"]),
    "treaty/ctbt": ("Treaty", "Comprehensive Nuclear-Test-Ban Treaty", ["CTBT"]),
    "place/new-york": ("Place", "New York", []),
}
REFERENCE_LINKS = [("org/1540-committee", "partOf", "org/unsc"), ("org/unsc", "basedIn", "place/new-york"),
                   ("state/NOR", "partyTo", "treaty/npt")]  # the last one: reference data, no document
DOCS = {
    "doc/jpn-2016": ("seeds/jpn_2016.txt", "Statement by Japan at the open debate on non-proliferation", [
        ("state/JPN", "welcomes", "resolution/unsc-2467", "Japan welcomes the adoption of resolution 2467."),
        ("state/JPN", "supports", "org/1540-committee", "Japan supports the work of the 1540 Committee."),
        ("state/JPN", "condemns", "state/PRK", "Japan condemns the nuclear tests by the DPRK."),
        ("state/JPN", "urges", "state/PRK", "We urge the DPRK to comply with its obligations."),
        ("state/JPN", "partyTo", "treaty/npt", "Japan has been a party to the NPT since 1976."),
        ("resolution/unsc-2467", "adoptedBy", "org/unsc", "The Council adopted resolution 2467 unanimously."),
    ], ["state/JPN", "resolution/unsc-2467", "org/1540-committee", "state/PRK", "treaty/npt", "org/unsc"]),
    "doc/fra-2017": ("seeds/fra_2017.txt", "Statement by France", [
        ("state/FRA", "alignsWith", "state/DEU", "France aligns itself with the statement of Germany."),
        ("state/FRA", "thanks", "state/JPN", "We thank Japan for convening this meeting."),
        ("state/PRK", "notPartyTo", "treaty/ctbt", "The DPRK has not signed the CTBT."),
        ("state/FRA", "welcomes", "resolution/unsc-2467", "France welcomes resolution 2467."),
    ], ["state/FRA", "state/DEU", "state/JPN", "treaty/ctbt", "org/iaea"]),
}
WIKIDATA = {"state/JPN": "http://www.wikidata.org/entity/Q17"}
STANCE_FACTS = 7          # welcomes x2, supports, condemns, urges, alignsWith, thanks
# entities in a document's fact or mentioned by a document: all but ISL, NOR, PER, place/new-york
ACTIVE = {k for k in ENTITIES if k not in ("state/ISL", "state/NOR", "state/PER", "place/new-york")}


def _lit(text: str) -> str:
    return ox.Literal(text).__str__()


def quads() -> str:
    ref = f"<{I}graph/reference>"
    out = []
    for key, (cls, label, alts) in ENTITIES.items():
        s = f"<{I}{key}>"
        out.append(f"{s} <{RDF}type> <{D}{cls}> {ref} .\n")
        out.append(f"{s} <{RDFS}label> {_lit(label)} {ref} .\n")
        out += [f"{s} <{SKOS}altLabel> {_lit(a)} {ref} .\n" for a in alts]
    for key, wd in WIKIDATA.items():
        out.append(f"<{I}{key}> <{SKOS}exactMatch> <{wd}> {ref} .\n")
    for s, p, o in REFERENCE_LINKS:
        out.append(f"<{I}{s}> <{D}{p}> <{I}{o}> {ref} .\n")
    for doc, (path, title, facts, mentions) in DOCS.items():
        g, d = f"<{I}graph/{doc[4:]}>", f"<{I}{doc}>"
        out += [f"{d} <{RDF}type> <{D}Statement> {g} .\n", f"{d} <{D}sourcePath> {_lit(path)} {g} .\n",
                f"{d} <{RDFS}label> {_lit(title)} {g} .\n"]
        out += [f"{d} <{D}mentions> <{I}{m}> {g} .\n" for m in mentions]
        for n, (s, p, o, quote) in enumerate(facts):
            a = f"<{I}assertion/{doc[4:]}/{n}>"
            out += [f"<{I}{s}> <{D}{p}> <{I}{o}> {g} .\n", f"{a} <{RDF}type> <{D}Assertion> {g} .\n",
                    f"{a} <{RDF}subject> <{I}{s}> {g} .\n", f"{a} <{RDF}predicate> <{D}{p}> {g} .\n",
                    f"{a} <{RDF}object> <{I}{o}> {g} .\n", f"{a} <{PROV}wasDerivedFrom> {d} {g} .\n",
                    f"{a} <{D}quote> {_lit(quote)} {g} .\n"]
    return "".join(out) + nquads(ontology_graph(), GRAPH_ONTOLOGY)


def make_store(path: Path) -> OxigraphStore:
    store = OxigraphStore(path)
    store.store.load(quads(), format=ox.RdfFormat.N_QUADS)
    store.store.flush()
    return store


def iri(key: str) -> str:
    return I + key


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    """The hand-made store on disk, once per test module."""
    path = tmp_path_factory.mktemp("kg-fixture") / "store"
    make_store(path).close()
    return path


@pytest.fixture
def store(store_path):
    from kg.store import open_store
    return open_store(store_path)
