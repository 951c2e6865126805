"""One document through recognise -> link -> relate: a pure function of the document and the reference data,
so documents can be read in parallel processes."""
from __future__ import annotations

import os
from functools import lru_cache

from .ingest import ingest
from .link import link
from .model import Document, Extraction
from .recognise import load_model, recognise
from .reference import Reference, load_reference
from .relate import relate


def extract(doc: Document, ref: Reference | None = None, nlp=None) -> Extraction:
    """Read one document. nlp: an optional spaCy pipeline that adds persons and organisations the reference
    data lacks (default: the one named by $KG_SPACY_MODEL, if any; none is needed)."""
    ref = ref or load_reference()
    if nlp is None:
        nlp = _environment_model()
    mentions = recognise(doc, ref, nlp)
    linked = link(doc, mentions, ref)
    facts, _ = relate(linked, ref)
    # (the meetings the text tells of are found by relate, not as mentions: the document mentions them too)
    mentioned = tuple(sorted({iri for _, iri in linked.mentions} |
                             {e.iri for e in linked.entities.values() if e.cls == "Meeting"}))
    return Extraction(doc, tuple(sorted(linked.entities.values(), key=lambda e: e.iri)), tuple(facts), mentioned)


@lru_cache(maxsize=1)
def _environment_model():
    return load_model(os.environ.get("KG_SPACY_MODEL"))


def extract_path(path: str, given: str | None = None) -> Extraction:
    """Read and extract one file (the unit of work of a worker process)."""
    from pathlib import Path
    return extract(ingest(Path(path), given))
