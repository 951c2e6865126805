"""Stage 2: Document -> Mentions. A gazetteer generated from the reference labels (Aho-Corasick, one pass over
the text) plus patterns for what no list can hold: resolution symbols and people's names in their titles."""
from __future__ import annotations

import re
from functools import lru_cache

import ahocorasick

from .model import Document, Mention
from .reference import Reference

WORD = re.compile(r"\w")


@lru_cache(maxsize=4)
def _automaton(ref: Reference) -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    by_key: dict[str, list] = {}
    for name in ref.names:
        by_key.setdefault(name.form.lower(), []).append(name)
    for key, names in by_key.items():
        auto.add_word(key, (len(key), tuple(names)))
    auto.make_automaton()
    return auto


def _fold(text: str) -> str:
    """Lower-case and unify apostrophes without changing any offset."""
    folded = text.lower().replace("’", "'").replace("‘", "'")
    return folded if len(folded) == len(text) else "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def gazetteer_mentions(text: str, ref: Reference) -> list[Mention]:
    folded = _fold(text)
    out = []
    for end_idx, (length, names) in _automaton(ref).iter(folded):
        start, end = end_idx - length + 1, end_idx + 1
        if (start > 0 and WORD.match(text[start - 1])) or (end < len(text) and WORD.match(text[end])):
            continue
        surface = text[start:end]
        for n in names:
            if n.case_sensitive and surface.replace("’", "'") != n.form:
                continue
            rule = "gazetteer" if n.kind == "name" else f"gazetteer-{n.kind}"
            out.append(Mention(start, end, surface, n.cls, n.iri, rule))
            break
    return out


# Resolutions in every written form: S/RES/2325 (2016), A/RES/55/25, UNSCR 1540, resolution2388,
# "resolutions 2321 and 2270", "Security Council resolutions, including 2321 and 2270".
ORGAN = r"(?P<organ>Security Council|UN Security Council|United Nations Security Council|UNSC|General Assembly|UNGA|" \
        r"Human Rights Council|HRC|IAEA Board of Governors|ECOSOC|Economic and Social Council)"
RES_SYMBOL = re.compile(r"\b(?P<series>S|A|A/HRC)/RES/(?P<num>\d+(?:/\d+)?)(?:\s*\((?P<year>\d{4})\))?")
RES_ABBR = re.compile(r"\bUNSCR\s*(?P<num>\d{2,4})(?:\s*\((?P<year>\d{4})\))?")
RES_WORD = re.compile(rf"(?:{ORGAN}\s+)?\b[Rr]esolutions?\s*(?:(?:No\.|number)\s*)?"
                      rf"(?P<list>(?:\d+(?:/\d+)?(?:\s*\((?:\d{{4}}|[IVXLC]+)\))?(?:\s*(?:,|and|as well as|&)\s*(?=\d))?\s*)+)")
RES_INCLUDING = re.compile(rf"(?:{ORGAN}\s+)?\b[Rr]esolutions\b[^.;:\d]{{0,40}}?\b(?:including|namely|such as|notably)\s+"
                           rf"(?P<list>(?:\d+(?:/\d+)?(?:\s*\(\d{{4}}\))?(?:\s*(?:,|and|as well as)\s*(?=\d))?\s*)+)")
RES_ITEM = re.compile(r"(?P<num>\d+(?:/\d+)?)(?:\s*\((?P<year>\d{4})\))?")


def resolution_mentions(text: str) -> list[Mention]:
    out = []
    for m in RES_SYMBOL.finditer(text):
        out.append(Mention(m.start(), m.end(), m.group(), "Resolution", None, f"resolution-symbol-{m['series']}"))
    for m in RES_ABBR.finditer(text):
        out.append(Mention(m.start(), m.end(), m.group(), "Resolution", None, "resolution-unscr"))
    for rx, rule in ((RES_WORD, "resolution-word"), (RES_INCLUDING, "resolution-including")):
        for m in rx.finditer(text):
            organ = m["organ"] or ""
            for item in RES_ITEM.finditer(m["list"]):
                s, e = m.start("list") + item.start(), m.start("list") + item.end()
                # the first item keeps the words before it ("Security Council resolution 2388") as its span
                start = m.start() if item.start() == 0 else s
                out.append(Mention(start, e, text[start:e], "Resolution", organ or None, rule))
    return out


# People: an honorific or a title before a capitalised name, or a name followed by ", <post> of <body>".
HONORIFIC = r"(?:H\.\s?E\.\s+|His Excellency\s+|Her Excellency\s+)?(?:Mr\.|Ms\.|Mrs\.|Dr\.|Prof\.|Sir|Dame|Ambassador|Judge|Senator)"
PORTFOLIO = r"(?:Foreign|Affairs|Defen[cs]e|Justice|Finance|Trade|Development|Cooperation|Co-operation|Interior|Home|" \
            r"Health|Environment|Education|Security|Economy|Economic|Planning|Women|Children|Labou?r|Immigration|" \
            r"Europe|European|International|Culture|Energy|Industry|Agriculture|Transport|Social|Public|Gender|Equality)"
TITLE = r"(?:(?:Deputy |Under-|Assistant |Vice[- ]|Acting |Former |then[- ]|Parliamentary |State )?(?:Secretary[- ]General|" \
        r"Prime Minister|President|Foreign Minister|Minister(?:\s+(?:for|of|and|the)?\s*" + PORTFOLIO + r")*|" \
        r"Executive Director|Director[- ]General|High Commissioner|High Representative|Special Rapporteur|" \
        r"Special Representative|Special Envoy|Chief Executive|Secretary of State|Chancellor|King|Queen|Emperor|" \
        r"Crown Prince|Commissioner|Chairman|Chairperson|Chair|Ambassador|Governor))"
from .header import LO, UP  # noqa: E402  (Latin letters with their accented forms)
NAME_PART = rf"(?:[{UP}][{LO}'’]+(?:-[{UP}]?[{LO}'’]+)*|[{UP}]{{2,}}(?:-[{UP}]{{2,}})*|[{UP}]\.)"
PERSON_NAME = rf"(?P<name>{NAME_PART}(?:[ \t]+(?:de |da |van |von |bin |al-|el-)?{NAME_PART}){{1,3}})"
PERSON_HONORIFIC = re.compile(rf"\b{HONORIFIC}\s+{PERSON_NAME}")
PERSON_TITLE = re.compile(rf"\b{TITLE}\s+(?:(?:Mr\.|Ms\.|Mrs\.|Dr\.)\s+)?{PERSON_NAME}")
PERSON_APPOSITION = re.compile(
    rf"\b{PERSON_NAME},\s+(?:the\s+)?(?:(?:[a-z\-]+|[A-Z][a-z\-]+)\s+){{0,3}}"
    rf"(?i:director|head|chief|president|chair\w*|secretary|executive|commissioner|minister|representative|"
    rf"ambassador|spokes\w+|officer|coordinator|founder|member|adviser|advisor)\b")
NOT_A_NAME = re.compile(r"^(?:The|This|That|These|Those|Our|We|It|In|On|At|As|For|And|But|Mr|Ms|President|Secretary|"
                        r"General|Council|Committee|Security|United|Nations|Japan|Government|Minister|Prime)\b")


LEADING_TITLE = re.compile(rf"^(?:(?:{HONORIFIC}|{TITLE}|H\.\s?E\.|Mr|Ms|Mrs|Dr)\.?\s+)+")


def person_mentions(text: str) -> list[Mention]:
    out = []
    for rx, rule in ((PERSON_HONORIFIC, "person-honorific"), (PERSON_TITLE, "person-title"),
                     (PERSON_APPOSITION, "person-apposition")):
        for m in rx.finditer(text):
            start, name = m.start("name"), m["name"]
            lead = LEADING_TITLE.match(name)  # "Ambassador Andrej KOVAČ, Permanent Representative": not a name word
            if lead:
                start, name = start + lead.end(), name[lead.end():]
            if len(name.split()) < 2 or (rule == "person-apposition" and NOT_A_NAME.match(name)):
                continue
            out.append(Mention(start, start + len(name), name, "Person", None, rule))
    return out


def _choose(mentions: list[Mention]) -> list[Mention]:
    """Leftmost-longest, no overlaps; a reference name beats a pattern of equal length."""
    ranked = sorted(mentions, key=lambda m: (m.start, -(m.end - m.start), m.key is None))
    out, last_end = [], -1
    for m in ranked:
        if m.start >= last_end:
            out.append(m)
            last_end = m.end
    return out


CURRENCY_AFTER = re.compile(r"\s*(?:dollars?|cents?)\b", re.I)


def recognise(doc: Document, ref: Reference, nlp=None) -> list[Mention]:
    """All mentions of a document, without overlaps: reference names first, then resolution and person
    patterns, then (when a spaCy pipeline is given) the persons and organisations it finds that nothing
    else covers."""
    text = doc.text
    # "U.S. dollars", "Hong Kong dollars": a currency, not the state
    gaz = [g for g in gazetteer_mentions(text, ref) if not (g.kind == "State" and CURRENCY_AFTER.match(text, g.end))]
    people = [p for p in person_mentions(text)
              if not any(g.start <= p.start and p.end <= g.end for g in gaz)]
    chosen = _choose(gaz + resolution_mentions(text) + people)
    if nlp is None:
        return chosen
    return sorted(chosen + _uncovered(model_mentions(text, nlp), chosen), key=lambda m: (m.start, m.end))


MODEL_LABELS = {"PERSON": "Person", "PER": "Person", "ORG": "Organization"}


def model_mentions(text: str, nlp) -> list[Mention]:
    """Persons and organisations from a statistical spaCy pipeline (optional; none is needed by default)."""
    return [Mention(ent.start_char, ent.end_char, ent.text, MODEL_LABELS[ent.label_], None, f"model-{ent.label_}")
            for ent in nlp(text).ents if ent.label_ in MODEL_LABELS and len(ent.text) > 2]


def _uncovered(extra: list[Mention], chosen: list[Mention]) -> list[Mention]:
    return [m for m in extra if not any(c.start < m.end and m.start < c.end for c in chosen)]


def load_model(name: str | None):
    """The spaCy pipeline named by `name` (e.g. en_core_web_sm), or None when no name is given."""
    if not name:
        return None
    try:
        import spacy
        return spacy.load(name)
    except (ImportError, OSError) as e:
        from .errors import KGError
        raise KGError("E017", name=name, reason=str(e).splitlines()[0])
