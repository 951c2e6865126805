"""One document through recognise -> link -> relate: a pure function of the document and the reference data,
so documents can be read in parallel processes."""
from __future__ import annotations

from .ingest import ingest
from .link import link
from .model import Document, Extraction
from .recognise import recognise
from .reference import Reference, load_reference
from .relate import relate


def extract(doc: Document, ref: Reference | None = None) -> Extraction:
    ref = ref or load_reference()
    mentions = recognise(doc, ref)
    linked = link(doc, mentions, ref)
    facts, _ = relate(linked, ref)
    mentioned = tuple(sorted({iri for _, iri in linked.mentions}))
    return Extraction(doc, tuple(sorted(linked.entities.values(), key=lambda e: e.iri)), tuple(facts), mentioned)


def extract_path(path: str, given: str | None = None) -> Extraction:
    """Read and extract one file (the unit of work of a worker process)."""
    from pathlib import Path
    return extract(ingest(Path(path), given))
