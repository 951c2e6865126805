#!/usr/bin/env python3
"""Generate the reference data in ontology/reference/*.ttl.

Sources: pycountry (ISO 3166-1) plus the hand-written tables in tools/reference_src/*.csv
(states.csv, places.csv, organizations.csv, treaties.csv). The recogniser's gazetteer is built
from the labels written here, so the generator is strict:

* every entity has exactly one rdfs:label; every other name is a skos:altLabel (plain literals);
* no surface form (label, altLabel or dkg:adjective) may name two different entities anywhere in
  the reference set (compared case-, accent-, apostrophe-, hyphen-, full-stop- and "the"-insensitively);
* no bare generic word ("the Convention", "Charter", ...) may be a label;
* every UN member and observer state has a capital and an adjective unless listed as an exception;
* every cross-reference (capital, partOf, basedIn, supplements) must resolve.

Output is deterministic (sorted, fixed layout). Usage:

    python tools/gen_reference.py           # write ontology/reference/*.ttl
    python tools/gen_reference.py --check   # exit 1 if the files on disk are not up to date
"""
from __future__ import annotations

import argparse
import csv
import io
import re
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "tools" / "reference_src"
OUT = ROOT / "ontology" / "reference"
BASE = "https://w3id.org/dkg/id/"

PREFIXES = [
    ("dkg", "https://w3id.org/dkg/ontology#"),
    ("schema", "https://schema.org/"),
    ("wdt", "http://www.wikidata.org/prop/direct/"),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    ("skos", "http://www.w3.org/2004/02/skos/core#"),
    ("xsd", "http://www.w3.org/2001/XMLSchema#"),
]

# Acronyms that are also ordinary words (or names, or common abbreviations) when lower-cased.
# The recogniser must match these only as written (case-sensitively). Each must be used somewhere.
CASE_SENSITIVE = {
    "US": "the pronoun 'us'",
    "WHO": "the pronoun 'who'",
    "CAT": "the word 'cat'",
    "CAR": "the word 'car'",
    "UN": "the prefix/French article 'un'",
    "UNO": "Spanish/Italian 'uno'",
    "AU": "'au' (au pair, French)",
    "ATT": "'att' (abbreviation of 'attention'/AT&T)",
    "PSI": "the unit 'psi'",
    "ICAN": "'I can'",
    "NAM": "'Nam' (Vietnam slang)",
    "ARF": "'arf'",
    "CIS": "the word 'cis'",
    "GRETA": "the given name 'Greta'",
    "IDA": "the given name 'Ida'",
    "LAS": "Spanish article 'las'",
    "IMO": "'imo' (in my opinion)",
    "PNG": "the image format 'png'",
    "EU": "'eu' (Portuguese 'I')",
    "CITES": "the verb 'cites'",
    "ECO": "the prefix 'eco' (Spanish/Italian 'eco', echo)",
    "ACTO": "Spanish 'acto' (act)",
    "ALBA": "the name 'Alba' (Scotland, a given name)",
    "SELA": "the given name 'Sela'",
    "ASEM": "the given name 'Asem'",
    "MSG": "'msg' (message)",
}

# Surface forms never emitted when generated automatically (an error if written by hand).
BLOCKED_AUTO = {
    "Male",             # ASCII form of Malé (Maldives) is the English word 'male'
    "Auswartiges Amt",  # German transliterates ä as ae: "Auswaertiges Amt" is written by hand
}

# Names in other languages that must not get English spelling variants.
NO_SPELLING_VARIANTS = {"Organisation internationale de la Francophonie"}

# Bare generic words the linker resolves in context; never a label in the gazetteer.
GENERIC = {
    "convention", "protocol", "treaty", "charter", "agreement", "statute", "covenant",
    "organization", "organisation", "committee", "commission", "council", "assembly",
    "secretariat", "court", "agency", "office", "union", "forum", "group", "conference",
    "optional protocol", "additional protocol", "framework convention", "joint convention",
}

# UN members/observers that legitimately have no single-state adjective / no dkg:capital.
NO_ADJECTIVE = {"COG", "COD", "DMA", "DOM", "GIN", "VAT"}
NO_CAPITAL = {"SGP", "MCO", "VAT", "ISR", "PSE"}

# States whose names take a definite article ("the Netherlands") when they are bare nouns.
ARTICLE_NAMES = {
    "Bahamas", "Gambia", "Netherlands", "Philippines", "Maldives", "Comoros", "Seychelles",
    "Sudan", "Niger", "Congo", "Holy See", "Vatican", "Czech Republic", "Caribbean Netherlands",
}
ARTICLE_WORDS = {
    "Republic", "Kingdom", "State", "States", "Federation", "Union", "Confederation",
    "Commonwealth", "Principality", "Duchy", "Sultanate", "Emirates", "Islands", "Federated",
}

# Names that contain an ARTICLE_WORDS word but take no article.
NO_ARTICLE = {"Heard Island and McDonald Islands", "South Georgia and the South Sandwich Islands"}

# Spelling variants added for organizations and treaties (both directions, whole words).
SPELLING_PAIRS = [
    ("Organization", "Organisation"), ("Organized", "Organised"), ("Programme", "Program"),
    ("Labour", "Labor"), ("Centre", "Center"), ("Co-operation", "Cooperation"),
    ("co-operation", "cooperation"), ("Counter-Terrorism", "Counterterrorism"),
    ("Counter-Terrorism", "Counter Terrorism"), ("Defence", "Defense"),
]

SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
EXTRA_ASCII = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
                             "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ß": "ss",
                             "\u2019": "'", "\u2018": "'"})


class ReferenceError_(Exception):
    """A problem in the reference tables; the message names the bad value."""


# ----------------------------------------------------------------------------- helpers

def ascii_fold(s: str) -> str:
    s = s.translate(EXTRA_ASCII)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def norm_key(s: str) -> str:
    """Key under which two surface forms count as the same name."""
    k = ascii_fold(s).casefold()
    k = k.replace("\u2013", " ").replace("\u2014", " ").replace("-", " ").replace(".", "")
    k = re.sub(r"\s+", " ", k).strip()
    if k.startswith("the "):
        k = k[4:]
    return k


def saint_variants(s: str) -> set[str]:
    out = set()
    if re.search(r"\b(?:Saint|St\.|St) ", s):
        for repl in ("Saint ", "St. ", "St "):
            out.add(re.sub(r"\b(?:Saint|St\.|St) ", repl, s))
    return out


def spelling_variants(s: str) -> set[str]:
    if s in NO_SPELLING_VARIANTS:
        return set()
    seen = {s}
    frontier = [s]
    while frontier:
        cur = frontier.pop()
        for a, b in SPELLING_PAIRS:
            for x, y in ((a, b), (b, a)):
                if re.search(rf"(?<![\w-]){re.escape(x)}(?![\w-])", cur):
                    new = re.sub(rf"(?<![\w-]){re.escape(x)}(?![\w-])", y, cur)
                    if new not in seen:
                        seen.add(new)
                        frontier.append(new)
    return seen - {s}


def un_variant(s: str) -> set[str]:
    return {"UN " + s[len("United Nations "):]} if s.startswith("United Nations ") else set()


def un_prefix_variant(s: str) -> set[str]:
    """A body of the UN system is also written with the UN's name before its own: 'the United Nations Commission on
    Crime Prevention and Criminal Justice' (never an acronym, never a name that already begins with it)."""
    if " " not in s or re.search(r"\b(?:United Nations|UN|U\.N\.)(?!\w)", s) or s.lower().startswith("the "):
        return set()
    return {"United Nations " + s}


def ampersand_variant(s: str) -> set[str]:
    """'Antigua & Barbuda', 'Saint Vincent & the Grenadines': a state's 'and' is often written '&'."""
    return {s.replace(" and ", " & ")} if " and " in s else set()


def article_variant(s: str) -> set[str]:
    if "," in s or s.lower().startswith("the ") or s in NO_ARTICLE:
        return set()
    if s in ARTICLE_NAMES or ARTICLE_WORDS & set(s.split()):
        return {"the " + s}
    return set()


def of_the_variant(s: str) -> set[str]:
    """'Republic of the Marshall Islands' is also written 'Republic of Marshall Islands'."""
    if re.match(r"(?:Republic|Kingdom|Federation|Commonwealth|Federated States|Union|State|Principality|Sultanate|"
                r"Grand Duchy) of the ", s):
        return {s.replace(" of the ", " of ", 1)}
    return set()


def split_list(field_value: str) -> list[str]:
    return [x.strip() for x in field_value.split(";") if x.strip()]


def read_table(name: str, columns: list[str]) -> list[dict[str, str]]:
    path = SRC / name
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.lstrip().startswith("#")]
    rows = list(csv.reader(io.StringIO("\n".join(lines) + "\n")))
    header, body = rows[0], [r for r in rows[1:] if any(c.strip() for c in r)]
    if header != columns:
        raise ReferenceError_(f"E101 {name}: header {header} != expected {columns}")
    out = []
    for r in body:
        if len(r) != len(columns):
            raise ReferenceError_(f"E102 {name}: row has {len(r)} fields, expected {len(columns)} "
                                  f"(quote fields containing commas): {r}")
        out.append({c: v.strip() for c, v in zip(columns, r)})
    return out


# ----------------------------------------------------------------------------- model

@dataclass
class Entity:
    iri: str                      # relative to BASE, e.g. "state/JPN"
    cls: str                      # e.g. "dkg:State"
    label: str
    hand_alts: list[str] = field(default_factory=list)
    auto_alts: list[str] = field(default_factory=list)
    adjectives: list[str] = field(default_factory=list)
    literals: dict[str, list[str]] = field(default_factory=dict)    # pred -> plain strings
    typed: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # pred -> (value, datatype)
    links: dict[str, list[str]] = field(default_factory=dict)       # pred -> relative IRIs
    comment: str = ""

    def finalise(self, variant_fns) -> None:
        """Add automatic variants, drop duplicates; alts end up sorted."""
        for f in self.hand_alts:
            if f in BLOCKED_AUTO:
                raise ReferenceError_(f"E103 {self.iri}: '{f}' is a blocked form")
        names = [self.label] + self.hand_alts
        auto: set[str] = set()
        for n in names:
            stage = {n}
            for fn in variant_fns:
                stage |= {v for s in stage for v in fn(s)}
            auto |= stage
        # ASCII forms of adjectives too
        adj_auto = {ascii_fold(a) for a in self.adjectives} - set(self.adjectives)
        self.adjectives = sorted(set(self.adjectives) | adj_auto, key=sort_key)
        exact = set(names)
        folded = {x.casefold() for x in names}
        extra = sorted({a for a in auto if a not in exact and a.casefold() not in folded
                        and a not in BLOCKED_AUTO and a.strip()}, key=sort_key)
        self.auto_alts = extra
        alts = {a for a in self.hand_alts if a != self.label}
        self.hand_alts = sorted(alts, key=sort_key)

    @property
    def alts(self) -> list[str]:
        return sorted(set(self.hand_alts) | set(self.auto_alts), key=sort_key)

    def forms(self) -> list[tuple[str, str]]:
        return ([(self.label, "label")] + [(a, "altLabel") for a in self.alts]
                + [(a, "adjective") for a in self.adjectives])


def sort_key(s: str) -> tuple[str, str]:
    return (norm_key(s), s)


def variants_with_ascii(*fns):
    return list(fns) + [lambda s: {ascii_fold(s)} - {s}]


# ----------------------------------------------------------------------------- builders

def build_states() -> tuple[list[Entity], dict[str, dict[str, str]]]:
    rows = read_table("states.csv", ["iso3", "un", "label", "alt_labels", "adjectives", "note"])
    by_iso = {}
    for r in rows:
        if r["iso3"] in by_iso:
            raise ReferenceError_(f"E110 states.csv: duplicate row for {r['iso3']}")
        if r["un"] not in ("", "member", "observer"):
            raise ReferenceError_(f"E111 states.csv: {r['iso3']}: un must be member, observer or empty, got {r['un']!r}")
        by_iso[r["iso3"]] = r
    countries = {c.alpha_3: c for c in pycountry.countries}
    # former states (ISO 3166-3) only where states.csv lists them: "Serbia and Montenegro" in a 2004 statement
    countries.update({c.alpha_3: c for c in pycountry.historic_countries if c.alpha_3 in by_iso})
    known = set(countries) | {"XKX"}
    for iso in by_iso:
        if iso not in known:
            raise ReferenceError_(f"E112 states.csv: {iso} is not an ISO 3166-1 alpha-3 code (nor XKX)")
    members = [i for i, r in by_iso.items() if r["un"] == "member"]
    observers = [i for i, r in by_iso.items() if r["un"] == "observer"]
    if len(members) != 193 or sorted(observers) != ["PSE", "VAT"]:
        raise ReferenceError_(f"E113 states.csv: expected 193 UN members and observers PSE, VAT; "
                              f"got {len(members)} members, observers {sorted(observers)}")
    entities = []
    for iso in sorted(known):
        r = by_iso.get(iso, {})
        c = countries.get(iso)
        if c is not None and c in pycountry.historic_countries:
            iso_names, iso2 = [], c.alpha_2  # (their ISO names read "USSR, Union of ...": states.csv names them)
        elif c is not None:
            iso_names = [c.name, getattr(c, "official_name", None), getattr(c, "common_name", None)]
            iso2 = c.alpha_2
        else:  # Kosovo
            iso_names, iso2 = [], "XK"
        iso_names = [re.sub(r"^the ", "", n) for n in iso_names if n]
        label = r.get("label") or (getattr(c, "common_name", None) or c.name)
        alts = split_list(r.get("alt_labels", "")) + iso_names
        e = Entity(iri=f"state/{iso}", cls="dkg:State", label=label, hand_alts=alts,
                   adjectives=split_list(r.get("adjectives", "")),
                   literals={"dkg:iso2": [iso2], "dkg:iso3": [iso]}, comment=r.get("note", ""))
        e.finalise(variants_with_ascii(saint_variants, article_variant, of_the_variant, ampersand_variant))
        entities.append(e)
    return entities, by_iso


def build_places(states: dict[str, Entity]) -> list[Entity]:
    rows = read_table("places.csv", ["slug", "label", "alt_labels", "located_in", "capital_of", "note"])
    out, seen = [], set()
    for r in rows:
        slug = r["slug"]
        if not SLUG_RE.match(slug) or slug in seen:
            raise ReferenceError_(f"E120 places.csv: bad or duplicate slug {slug!r}")
        seen.add(slug)
        links = {}
        for col, pred in (("located_in", "dkg:locatedIn"), ("capital_of", "dkg:capitalOf")):
            codes = split_list(r[col])
            for code in codes:
                if code not in states:
                    raise ReferenceError_(f"E121 places.csv: {slug}: unknown state code {code!r} in {col}")
            if codes:
                links[pred] = [f"state/{c}" for c in codes]
        if links.get("dkg:locatedIn") == links.get("dkg:capitalOf"):
            links.pop("dkg:locatedIn", None)  # a capital is in its state: no need to say it twice
        e = Entity(iri=f"place/{slug}", cls="dkg:Place", label=r["label"],
                   hand_alts=split_list(r["alt_labels"]), links=links, comment=r["note"])
        e.finalise(variants_with_ascii(saint_variants))
        out.append(e)
        for code in split_list(r["capital_of"]):
            states[code].links.setdefault("dkg:capital", []).append(f"place/{slug}")
    return out


def build_organizations(places: set[str]) -> list[Entity]:
    rows = read_table("organizations.csv", ["slug", "label", "alt_labels", "part_of", "based_in", "note"])
    slugs = [r["slug"] for r in rows]
    dup = {s for s in slugs if slugs.count(s) > 1}
    if dup:
        raise ReferenceError_(f"E130 organizations.csv: duplicate slugs {sorted(dup)}")
    parents = {r["slug"]: split_list(r["part_of"]) for r in rows}

    def within_un(slug: str, seen=()) -> bool:
        return slug not in seen and any(p == "un" or within_un(p, seen + (slug,)) for p in parents.get(slug, []))
    out = []
    for r in rows:
        slug = r["slug"]
        if not SLUG_RE.match(slug):
            raise ReferenceError_(f"E131 organizations.csv: bad slug {slug!r} (lower-case ASCII and hyphens)")
        links = {}
        part_of = split_list(r["part_of"])
        for p in part_of:
            if p not in slugs or p == slug:
                raise ReferenceError_(f"E132 organizations.csv: {slug}: partOf {p!r} is not another organization")
        based = split_list(r["based_in"])
        for b in based:
            if b not in places:
                raise ReferenceError_(f"E133 organizations.csv: {slug}: basedIn {b!r} is not a place slug")
        if part_of:
            links["dkg:partOf"] = [f"org/{p}" for p in part_of]
        if based:
            links["dkg:basedIn"] = [f"place/{b}" for b in based]
        e = Entity(iri=f"org/{slug}", cls="dkg:Organization", label=r["label"],
                   hand_alts=split_list(r["alt_labels"]), links=links, comment=r["note"])
        prefixed = [lambda x: un_prefix_variant(x) if x == r["label"] else set()] if within_un(slug) else []
        e.finalise(variants_with_ascii(spelling_variants, *prefixed, un_variant, saint_variants))
        out.append(e)
    return out


def dated_rows(name: str, columns: list[str], code: int, taken: set[str] = frozenset()) -> list[dict[str, str]]:
    """The rows of a table of instruments: unique well-formed slugs (none taken by another table), a year each."""
    rows = read_table(name, columns)
    slugs = [r["slug"] for r in rows]
    dup = {s for s in slugs if slugs.count(s) > 1 or s in taken}
    if dup:
        raise ReferenceError_(f"E{code} {name}: duplicate slugs {sorted(dup)}")
    for r in rows:
        if not SLUG_RE.match(r["slug"]):
            raise ReferenceError_(f"E{code + 1} {name}: bad slug {r['slug']!r}")
        if not re.fullmatch(r"1[0-9]{3}|20[0-9]{2}", r["year"]):
            raise ReferenceError_(f"E{code + 2} {name}: {r['slug']}: year must be four digits, got {r['year']!r}")
    return rows


def build_treaties() -> list[Entity]:
    rows = dated_rows("treaties.csv", ["slug", "label", "alt_labels", "year", "supplements", "note"], 140)
    slugs = [r["slug"] for r in rows]
    out = []
    for r in rows:
        slug = r["slug"]
        links = {}
        sup = split_list(r["supplements"])
        for s in sup:
            if s not in slugs or s == slug:
                raise ReferenceError_(f"E143 treaties.csv: {slug}: supplements {s!r} is not another treaty")
        if sup:
            links["dkg:supplements"] = [f"treaty/{s}" for s in sup]
        e = Entity(iri=f"treaty/{slug}", cls="dkg:Treaty", label=r["label"],
                   hand_alts=split_list(r["alt_labels"]), links=links,
                   typed={"dkg:year": [(r["year"], "xsd:gYear")]}, comment=r["note"])
        e.finalise(variants_with_ascii(spelling_variants, un_variant))
        out.append(e)
    return out


def build_instruments(treaty_slugs: set[str]) -> list[Entity]:
    """Instruments that bind no one as a treaty does: declarations, programmes of action, agendas, strategies,
    standard rules. They are cited as often as treaties and by the same kind of short names."""
    out = []
    for r in dated_rows("instruments.csv", ["slug", "label", "alt_labels", "year", "note"], 144, treaty_slugs):
        e = Entity(iri=f"instrument/{r['slug']}", cls="dkg:LegalInstrument", label=r["label"],
                   hand_alts=split_list(r["alt_labels"]), links={},
                   typed={"dkg:year": [(r["year"], "xsd:gYear")]}, comment=r["note"])
        e.finalise(variants_with_ascii(spelling_variants, un_variant))
        out.append(e)
    return out


# ----------------------------------------------------------------------------- checks

def check_all(groups: dict[str, list[Entity]], state_rows: dict[str, dict[str, str]]) -> None:
    problems: list[str] = []
    owners: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for ents in groups.values():
        for e in ents:
            for form, kind in e.forms():
                if not form or form != form.strip() or "  " in form:
                    problems.append(f"E150 {e.iri}: malformed {kind} {form!r}")
                if "\u2019" in form or "\u2018" in form:
                    problems.append(f"E151 {e.iri}: curly apostrophe in {form!r}: write a straight one")
                if norm_key(form) in GENERIC:
                    problems.append(f"E152 {e.iri}: bare generic {kind} {form!r}")
                owners[norm_key(form)][e.iri].append(form)
    for key, by_iri in sorted(owners.items()):
        if len(by_iri) > 1:
            detail = "; ".join(f"{iri}: {sorted(set(f))}" for iri, f in sorted(by_iri.items()))
            problems.append(f"E153 ambiguous name {key!r} on {len(by_iri)} entities: {detail}")
    states = {e.iri.split("/")[1]: e for e in groups["states"]}
    for iso, r in sorted(state_rows.items()):
        if r["un"] not in ("member", "observer"):
            continue
        e = states[iso]
        if not e.adjectives and iso not in NO_ADJECTIVE:
            problems.append(f"E154 state/{iso}: UN {r['un']} without dkg:adjective (add one or list it in NO_ADJECTIVE)")
        if e.adjectives and iso in NO_ADJECTIVE:
            problems.append(f"E155 state/{iso}: listed in NO_ADJECTIVE but has adjectives")
        has_cap = bool(e.links.get("dkg:capital"))
        if has_cap == (iso in NO_CAPITAL):
            problems.append(f"E156 state/{iso}: capital {'present' if has_cap else 'missing'} "
                            f"(NO_CAPITAL lists {sorted(NO_CAPITAL)})")
    used = {f for ents in groups.values() for e in ents for f, _ in e.forms()}
    for acr in sorted(set(CASE_SENSITIVE) - used):
        problems.append(f"E157 CASE_SENSITIVE lists {acr!r}, which no entity uses")
    if problems:
        raise ReferenceError_("\n".join(problems))


# ----------------------------------------------------------------------------- Turtle

def lit(s: str) -> str:
    esc = (s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
           .replace("\r", "\\r").replace("\t", "\\t"))
    return f'"{esc}"'


def iri(rel: str) -> str:
    if not re.fullmatch(r"[A-Za-z0-9/_.-]+", rel):
        raise ReferenceError_(f"E160 bad IRI path {rel!r}")
    return f"<{rel}>"


# dkg:capital is kept for the checks but not written: dkg:capitalOf says it once, and a fact said once is
# enough in a graph whose users count facts
PRED_ORDER = ["dkg:iso2", "dkg:iso3", "dkg:capitalOf", "dkg:locatedIn",
              "dkg:partOf", "dkg:basedIn", "dkg:year", "dkg:supplements"]


# Geography the world already knows is written in the standard vocabularies, not as dkg: facts: a dkg: fact
# is one a text states, with its sentence (dkg:basedIn), while a headquarters from the tables is
# schema:location, a capital Wikidata's "capital of" (P1376), a city's state schema:containedInPlace.
WRITTEN_AS = {"dkg:capitalOf": "wdt:P1376", "dkg:locatedIn": "schema:containedInPlace", "dkg:basedIn": "schema:location"}


def entity_ttl(e: Entity) -> str:
    parts: list[tuple[str, list[str]]] = [("rdfs:label", [lit(e.label)])]
    if e.alts:
        parts.append(("skos:altLabel", [lit(a) for a in e.alts]))
    if e.adjectives:
        parts.append(("dkg:adjective", [lit(a) for a in e.adjectives]))
    for p in PRED_ORDER:
        if p in e.literals:
            parts.append((p, [lit(v) for v in sorted(e.literals[p])]))
        if p in e.typed:
            parts.append((p, [f"{lit(v)}^^{dt}" for v, dt in sorted(e.typed[p])]))
        if p in e.links:
            parts.append((WRITTEN_AS.get(p, p), [iri(x) for x in sorted(set(e.links[p]))]))
    if e.comment:
        parts.append(("rdfs:comment", [lit(e.comment)]))
    lines = [f"{iri(e.iri)} a {e.cls} ;"]
    for i, (p, objs) in enumerate(parts):
        end = " ." if i == len(parts) - 1 else " ;"
        if len(objs) == 1:
            lines.append(f"    {p} {objs[0]}{end}")
        else:
            lines.append(f"    {p}")
            for j, o in enumerate(objs):
                lines.append(f"        {o}{end if j == len(objs) - 1 else ','}")
    return "\n".join(lines) + "\n"


def file_ttl(title: str, ents: list[Entity]) -> str:
    ents = sorted(ents, key=lambda e: e.iri)
    used = {f: e.iri for e in ents for f, _ in e.forms()}
    cs = sorted(a for a in CASE_SENSITIVE if a in used)
    head = [
        f"# {title}",
        "# Generated by tools/gen_reference.py from tools/reference_src/*.csv"
        + (f" and pycountry {pycountry.__version__}" if "states" in title.lower() else "") + ".",
        "# Do not edit by hand: edit the tables and re-run the generator.",
        "# Labels are plain literals (English, no language tag); apostrophes are straight.",
        "# No altLabel or dkg:adjective names two entities anywhere in ontology/reference/.",
    ]
    if cs:
        head.append("#")
        head.append("# CASE-SENSITIVE labels: acronyms that are also ordinary words or names in lower case;")
        head.append("# match them only exactly as written:")
        for a in cs:
            head.append(f"#   {a:<6} {used[a]:<28} ({CASE_SENSITIVE[a]})")
    head.append("")
    head.append(f"@base <{BASE}> .")
    for p, ns in PREFIXES:
        head.append(f"@prefix {p}: <{ns}> .")
    return "\n".join(head) + "\n\n" + "\n".join(entity_ttl(e) for e in ents)


def generate() -> dict[str, str]:
    states, state_rows = build_states()
    by_iso = {e.iri.split("/")[1]: e for e in states}
    places = build_places(by_iso)
    orgs = build_organizations({p.iri.split("/")[1] for p in places})
    treaties = build_treaties()
    instruments = build_instruments({e.iri.split("/")[1] for e in treaties})
    groups = {"states": states, "places": places, "organizations": orgs, "treaties": treaties,
              "instruments": instruments}
    check_all(groups, state_rows)
    return {
        "states.ttl": file_ttl("States and territories (ISO 3166-1, plus Kosovo)", states),
        "places.ttl": file_ttl("Places: capitals and diplomatic venues", places),
        "organizations.ttl": file_ttl("Organizations: the UN system, other international and regional bodies, groupings, NGOs, some foreign ministries", orgs),
        "treaties.ttl": file_ttl("Treaties: conventions, protocols, agreements, charters", treaties),
        "instruments.ttl": file_ttl("Other instruments: declarations, programmes of action, agendas, strategies, rules",
                                    instruments),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="only compare with the files on disk (default: write them)")
    args = ap.parse_args(argv)
    try:
        files = generate()
    except ReferenceError_ as exc:
        print(f"gen_reference: reference data is invalid:\n{exc}", file=sys.stderr)
        return 2
    if args.check:
        stale = [n for n, t in files.items() if not (OUT / n).exists() or (OUT / n).read_text(encoding="utf-8") != t]
        if stale:
            print(f"gen_reference: out of date: {', '.join(stale)} (run python tools/gen_reference.py)", file=sys.stderr)
            return 1
        return 0
    OUT.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (OUT / name).write_text(text, encoding="utf-8")
        print(f"wrote {(OUT / name).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
