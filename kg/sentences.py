"""Sentence boundaries that survive diplomatic abbreviations (H.E., Mr., U.S., No., Jan.)."""
from __future__ import annotations

import re

ABBREV = {"mr", "ms", "mrs", "dr", "prof", "h.e", "e", "st", "no", "nos", "jan", "feb", "mar", "apr", "jun", "jul",
          "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.g", "i.e", "etc", "vs", "art", "para",
          "paras", "amb", "hon", "rt", "gen", "lt", "col", "sr", "jr", "co", "inc", "ltd", "approx", "vol", "op"}
BOUNDARY = re.compile(r"(?<=[.!?])[\"”')\]]*\s+(?=[\"“(\[]?[A-Z0-9])|\n\s*\n|\n(?=\s*(?:[-•*]|\d+\.)\s)")


def sentences(text: str, start: int = 0, end: int | None = None):
    """Yield (start, end) of each sentence in text[start:end], trimmed of surrounding space."""
    end = len(text) if end is None else end
    pos = start
    for m in BOUNDARY.finditer(text, start, end):
        before = text[max(pos, m.start() - 12):m.start()]
        word = re.search(r"([A-Za-z.]+)\.[\"”')\]]*$", before)
        if word and (word.group(1).lower() in ABBREV or len(word.group(1)) == 1) and "\n" not in m.group():
            continue
        yield from _trim(text, pos, m.start())
        pos = m.end()
    yield from _trim(text, pos, end)


def _trim(text: str, s: int, e: int):
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        yield s, e
