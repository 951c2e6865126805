"""Dates as diplomatic texts write them: 28 June 2017, June 28th, 2017, 2017/6/28, 28.06.2017, 16th May, 2018,
23/June/2019."""
from __future__ import annotations

import re
from datetime import date

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], start=1)}
MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
              "sept": 9, "oct": 10, "nov": 11, "dec": 12}
_MONTH = r"(?P<month>(?:January|February|March|April|May|June|July|August|September|October|November|December|" \
         r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"

_OTHER_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|" \
               r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"

DATE_PATTERNS = [
    # a span across two months, read as its first day: "27 November-1 December 2017", "November 27 - December 1, 2017"
    re.compile(rf"\b{_DAY}\s+{_MONTH}\s*(?:[-–—]|to)\s*[0-3]?\d(?:st|nd|rd|th)?\s+{_OTHER_MONTH},?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b{_MONTH}\s+{_DAY}\s*(?:[-–—]|to)\s*{_OTHER_MONTH}\s+[0-3]?\d(?:st|nd|rd|th)?,?\s+{_YEAR}\b", re.I),
    # a span of days, read as its first day: "October 11 – 12, 2021", "11-12 October 2021"
    # ("17th and 18th August 2018", "June 1 to 3, 2008")
    re.compile(rf"\b{_MONTH}\s+{_DAY}\s*(?:[-–—]|and|to|&)\s*[0-3]?\d(?:st|nd|rd|th)?,?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b{_DAY}\s*(?:[-–—]|and|to|&)\s*[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b{_DAY}(?:\s+of)?\s+{_MONTH},?\s+{_YEAR}\b", re.I),        # 28 June 2017, 16th May, 2018
    re.compile(rf"\b{_DAY}[/\-]{_MONTH}[/\-]{_YEAR}\b", re.I),                     # 23/June/2019, 23-Jun-2019
    re.compile(rf"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th){_MONTH},?\s+{_YEAR}\b", re.I),  # "15THDECEMBER, 2011" (a lost space)
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I),                    # June 28, 2017
    re.compile(rf"\b{_YEAR}[/\-.](?P<m>[01]?\d)[/\-.](?P<day>[0-3]?\d)\b"),     # 2017/6/28, 2017-06-28
    re.compile(rf"\b(?P<day>[0-3]?\d)[./](?P<m>[0-3]?\d)[./]{_YEAR}\b"),         # 28.06.2017, 28/06/2017 (11/29/2017)
]
MONTH_YEAR = re.compile(rf"\b(?:in\s+)?{_MONTH}\s+{_YEAR}\b", re.I)


def month_number(name: str) -> int:
    key = name.lower().rstrip(".")
    return MONTHS.get(key) or MONTH_ABBR[key[:4] if key.startswith("sept") else key[:3]]


def _to_date(m: re.Match) -> date | None:
    g = m.groupdict()
    month = int(g["m"]) if g.get("m") else month_number(g["month"])
    try:
        return date(int(g["year"]), month, int(g["day"]))
    except ValueError:
        pass
    if g.get("m"):  # 10/13/2021 is written month first
        try:
            return date(int(g["year"]), int(g["day"]), month)
        except ValueError:
            return None
    return None


def find_dates(text: str, start: int = 0, end: int | None = None):
    """Yield (start, end, date) for every full date in text[start:end], in text order, no overlaps."""
    end = len(text) if end is None else end
    window = text[max(start, 0):end]
    if "19" not in window and "20" not in window:
        return []  # every pattern needs a year, (?:19|20)\d\d: no date here (digits match only themselves, case-blind too)
    found = []
    for rx in DATE_PATTERNS:
        for m in rx.finditer(text, start, end):
            d = _to_date(m)
            if d and not any(s < m.end() and m.start() < e for s, e, _ in found):
                found.append((m.start(), m.end(), d))
    return sorted(found)


RELATIVE = re.compile(
    r"\b(?P<rel>this|last|next|earlier this|later this)\s+(?P<unit>year|month|spring|summer|autumn|fall|winter|"
    r"January|February|March|April|May|June|July|August|September|October|November|December)\b", re.I)
SEASON_MONTH = {"spring": 4, "summer": 7, "autumn": 10, "fall": 10, "winter": 1}


def resolve_relative(phrase: re.Match, anchor: date) -> str | None:
    """'this summer' / 'last December' / 'last year' against the document's date -> xsd date or gYearMonth or gYear text."""
    rel, unit = phrase["rel"].lower(), phrase["unit"].lower()
    if unit == "year":
        return str(anchor.year + {"last": -1, "next": 1}.get(rel, 0))
    if unit == "month":
        y, m = anchor.year, anchor.month + {"last": -1, "next": 1}.get(rel, 0)
        if m == 0: y, m = y - 1, 12
        if m == 13: y, m = y + 1, 1
        return f"{y:04d}-{m:02d}"
    if unit in SEASON_MONTH:
        y = anchor.year + {"last": -1, "next": 1}.get(rel, 0)
        if rel == "last" and SEASON_MONTH[unit] < anchor.month:
            y = anchor.year  # "last summer" said in December means this year's summer
        return str(y)
    month = MONTHS[unit]
    if rel == "last":
        y = anchor.year if month < anchor.month else anchor.year - 1
    elif rel == "next":
        y = anchor.year if month > anchor.month else anchor.year + 1
    else:
        y = anchor.year
    return f"{y:04d}-{month:02d}"
