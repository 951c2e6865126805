"""Sentence boundaries that survive diplomatic abbreviations (H.E., Mr., U.S., No., Jan.)."""
from __future__ import annotations

import re

from .dates import find_dates

ABBREV = {"mr", "ms", "mrs", "dr", "prof", "h.e", "e", "st", "no", "nos", "jan", "feb", "mar", "apr", "jun", "jul",
          "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.g", "i.e", "etc", "vs", "art", "para",
          "paras", "amb", "hon", "rt", "gen", "lt", "col", "sr", "jr", "co", "inc", "ltd", "approx", "vol", "op"}
INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")
WORD_BEFORE_STOP = re.compile(r"([A-Za-z.]+)\.[\"”')\]]*$")  # the word a full stop ends ("Mr.", "U.S.")
# (or no space at all after a word or bracket: "the Convention (UNCAC).The regional workshop ...")
BOUNDARY = re.compile(r"(?<=[.!?])[\"”')\]]*\s+(?=[\"“(\[]?[A-Z0-9])|(?<=[a-z)][.!?])(?=[A-Z][a-z]+\s)|\n\s*\n|"
                      r"\n(?=\s*(?:[-•*]|\d+\.)\s)")


# a line of a news page's heading block ("Sixty-fourth General Assembly", "93rd & 94th Meetings (AM)"): short, and its
# words capitalised, where a wrapped line of prose is neither
HEADING_LINE = re.compile(r"\n(?=[ \t]*[A-Z0-9])")
SMALL_WORDS = {"of", "the", "and", "for", "on", "in", "at", "to", "by", "with", "a", "an", "&", "•", "-", "–", "—"}


def _heading(line: str) -> bool:
    """(not a dateline's date: it dates the lead below it)"""
    words = [w for w in line.split() if w.lower() not in SMALL_WORDS]
    return 0 < len(line) <= 90 and bool(words) and not line.rstrip().endswith((",", ";", ":")) \
        and sum(w[0].isupper() or w[0].isdigit() for w in words) >= 0.8 * len(words) and not find_dates(line, 0, len(line))


def sentences(text: str, start: int = 0, end: int | None = None, headings: bool = False):
    """Yield (start, end) of each sentence in text[start:end], trimmed of surrounding space. headings: a line of
    capitalised words standing alone is a sentence of its own (a news page's heading lines)."""
    end = len(text) if end is None else end
    pos = start
    cuts = BOUNDARY.finditer(text, start, end)
    if headings:
        cuts = sorted(list(cuts) + [m for m in HEADING_LINE.finditer(text, start, end)
                                    if _heading(text[text.rfind("\n", 0, m.start()) + 1:m.start()])], key=lambda m: m.start())
    for m in cuts:
        if m.start() < pos:
            continue
        before = text[max(pos, m.start() - 12):m.start()]
        word = WORD_BEFORE_STOP.search(before)
        if word and (word.group(1).lower() in ABBREV or len(word.group(1)) == 1 or INITIALS.fullmatch(word.group(1))) \
                and "\n" not in m.group():  # ("Frederick J.T. Chiluba": initials)
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
