"""Typed values passed between pipeline stages (frozen, so a stage cannot alter its input)."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Span:
    """A piece of the document text: text == document.text[start:end]."""
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Header:
    """What the title block of a statement says; every field may be missing."""
    title: Span | None = None
    speaker: Span | None = None       # the person's name, titles stripped
    post: Span | None = None          # "Permanent Representative of Japan to the United Nations"
    on_behalf_of: Span | None = None  # the state or group the statement is made for
    meeting: Span | None = None       # "Security Council Open Debate on ..."
    date: str | None = None           # ISO yyyy-mm-dd
    date_span: Span | None = None
    place: Span | None = None


@dataclass(frozen=True)
class Document:
    id: str            # file stem, IRI-safe
    path: str          # as given on the command line
    text: str
    sha256: str
    kind: str          # "Statement" or "Document"
    header: Header = field(default_factory=Header)
    body_start: int = 0  # where the title block ends

    @property
    def word_count(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    kind: str               # contract class local name: State, Organization, Person, ...
    key: str | None = None  # entity IRI when the gazetteer knows it
    rule: str = "gazetteer"


@dataclass(frozen=True)
class Entity:
    iri: str
    cls: str                      # contract class local name
    label: str
    alt_labels: tuple[str, ...] = ()
    attributes: tuple[tuple[str, str], ...] = ()  # (property local name, literal) e.g. ("symbol", "S/RES/2417 (2018)")
    in_reference: bool = False    # described by the reference graph already


@dataclass(frozen=True)
class Evidence:
    doc_id: str
    start: int
    end: int
    quote: str
    rule: str
    confidence: float


@dataclass(frozen=True)
class Fact:
    subject: str          # IRI
    predicate: str        # dkg property local name, or a full IRI for dcterms:*
    object: str           # IRI, or a literal when literal=True
    evidence: Evidence
    literal: bool = False
    datatype: str | None = None
    qualifiers: tuple[tuple[str, str], ...] = ()  # ("date", "2017-07-11"), ("amount", "23000000"), ("currency", "USD")


@dataclass(frozen=True)
class Extraction:
    """Everything read from one document: a pure function of the document and the reference data."""
    document: Document
    entities: tuple[Entity, ...]
    facts: tuple[Fact, ...]
    mentions: tuple[str, ...]  # IRIs of the entities the document mentions
