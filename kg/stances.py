"""Stance triggers from the concept scheme in ontology/stances.ttl (one source of truth).

The ~1,500 trigger forms are indexed by their first word: a sentence is scanned word by word and only the
triggers that begin with that word are tried there, which keeps the scan linear in the text."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rdflib import Graph

from .namespaces import DKG
from .reference import ONTOLOGY_DIR

WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
ADVERB_WORD = re.compile(r"\w+ly|once|again|also|further|still|therefore|thus|too")
GAP = r"(?:\s+\S+){0,6}?\s+"  # "…" in a trigger stands for up to six words ("join … in")


@dataclass(frozen=True, eq=False)
class Triggers:
    by_first_word: dict        # lower-case first word -> compiled regex of the triggers starting with it
    table: dict                # lower-case trigger -> property local name

    def finditer(self, text: str, start: int, end: int):
        """Yield (start, end, property) for each trigger in text[start:end], longest form at each word."""
        last_end = start
        for w in WORD.finditer(text, start, end):
            rx = self.by_first_word.get(w.group().lower())
            if rx is None or w.start() < last_end:  # "strongly urges" is one trigger, not two
                continue
            m = rx.match(text, w.start(), end)
            if m and (m.end() == len(text) or not text[m.end()].isalnum()):
                prop = self.property_of(m.group())
                if prop:
                    last_end = m.end()
                    yield m.start(), m.end(), prop

    def property_of(self, matched: str) -> str | None:
        key = " ".join(w for w in matched.lower().split() if not ADVERB_WORD.fullmatch(w) or w in self.table)
        if key in self.table:
            return self.table[key]
        for form, prop in self.table.items():  # a trigger with a gap
            head = form.split("…")[0].strip()
            if "…" in form and key.startswith(head):
                return prop
        return None


ADVERBS = r"(?:\s+(?:\w+ly|once\s+again|again|also|further|still|therefore|thus|too))*"


def _pattern(form: str) -> str:
    """A trigger as a pattern: its words in order, with adverbs allowed between them ('call once again on')."""
    parts = [re.escape(p.strip()).replace(r"\ ", ADVERBS + r"\s+") for p in form.split("…")]
    return GAP.join(parts)


@lru_cache(maxsize=2)
def stance_triggers(directory: Path = ONTOLOGY_DIR) -> Triggers:
    g = Graph().parse(directory / "stances.ttl", format="turtle")
    table: dict[str, str] = {}
    for concept, prop in g.subject_objects(DKG.property):
        for t in g.objects(concept, DKG.trigger):
            form = " ".join(str(t).lower().replace("...", "…").split())
            table[form] = str(prop).split("#")[-1]
    groups: dict[str, list[str]] = {}
    for form in table:
        first = WORD.match(form)
        if first:
            groups.setdefault(first.group(), []).append(form)
    by_first = {w: re.compile("|".join(_pattern(f) for f in sorted(forms, key=len, reverse=True)), re.I)
                for w, forms in groups.items()}
    return Triggers(by_first, table)
