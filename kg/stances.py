"""Stance triggers from the concept scheme in ontology/stances.ttl (one source of truth), compiled to one regex."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from rdflib import Graph

from .namespaces import DKG
from .reference import ONTOLOGY_DIR


@lru_cache(maxsize=2)
def stance_triggers(directory: Path = ONTOLOGY_DIR) -> tuple[re.Pattern, dict[str, str]]:
    """A regex matching any trigger (longest first) and a map from lower-cased trigger to property local name."""
    g = Graph().parse(directory / "stances.ttl", format="turtle")
    table: dict[str, str] = {}
    for concept, prop in g.subject_objects(DKG.property):
        for t in g.objects(concept, DKG.trigger):
            table[" ".join(str(t).lower().split())] = str(prop).split("#")[-1]
    forms = sorted(table, key=len, reverse=True)
    # "…" or "..." in a trigger stands for up to six words ("join … in")
    parts = [re.escape(f).replace(r"\ ", r"\s+").replace("…", r"(?:\s+\S+){0,6}?\s*").replace(r"\.\.\.", r"(?:\s+\S+){0,6}?\s*")
             for f in forms]
    return re.compile(r"\b(?:" + "|".join(parts) + r")\b", re.I), table


def stance_of(trigger_text: str, table: dict[str, str]) -> str | None:
    key = " ".join(trigger_text.lower().split())
    if key in table:
        return table[key]
    for form, prop in table.items():  # triggers with a gap ("join … in")
        if "…" in form or "..." in form:
            head = form.replace("...", "…").split("…")[0].strip()
            if head and key.startswith(head):
                return prop
    return None
