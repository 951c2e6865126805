"""Stage 3: Mentions -> Entities. One IRI per real-world thing: reference entities keep theirs, resolutions and
people get deterministic IRIs from their number or name, and 'the Council' / 'the Convention' resolve to the
body or instrument last named."""
from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .header import INTRO
from .model import Document, Entity, Mention
from .namespaces import ID
from .recognise import gazetteer_mentions, names_within
from .reference import Reference

ORGAN_CODE = {"security council": "unsc", "un security council": "unsc", "united nations security council": "unsc",
              "unsc": "unsc", "general assembly": "unga", "unga": "unga", "human rights council": "hrc", "hrc": "hrc",
              "iaea board of governors": "iaea-bog", "board of governors": "iaea-bog", "ecosoc": "ecosoc",
              "economic and social council": "ecosoc", "ga": "unga", "sc": "unsc"}  # ("GA resolution 48/141")
SERIES_CODE = {"S": "unsc", "A": "unga", "A/HRC": "hrc"}
ORGAN_IRI = {"unsc": "org/unsc", "unga": "org/unga", "hrc": "org/hrc", "ecosoc": "org/ecosoc", "iaea-bog": "org/iaea-board",
             "iaea-gc": "org/iaea-general-conference"}
ORGAN_NAME = {"unsc": "Security Council", "unga": "General Assembly", "hrc": "Human Rights Council",
              "ecosoc": "ECOSOC", "iaea-bog": "IAEA Board of Governors", "iaea-gc": "IAEA General Conference"}
SYMBOL_PREFIX = {"unsc": "S/RES/", "unga": "A/RES/", "hrc": "A/HRC/RES/", "ecosoc": "E/RES/", "iaea-bog": "",
                 "iaea-gc": ""}
CONTEXT_CODE = {v: k for k, v in ORGAN_IRI.items()}  # the organ a meeting belongs to -> its code
ANAPHOR = re.compile(r"\b(?:(?i:the|this|our|that)|a|an)\s+(?:[a-z][\w\-]*\s+){0,4}?(?P<head>Council|Convention|Protocol|Committee|Commission|Treaty|"
                     r"Conference|Assembly|Board|Organi[sz]ation|Agency|Office|[Mm]inistry|Group|Charter|Initiative|Fund|Forum|country|"
                     r"Movement|Community|Union|Alliance|"
                     r"[Rr]esolution|Declaration|Agenda|Compact|Pact|Strategy|Statute)\b(?!\s+\d)")
STATE_LIST_GAP = re.compile(r"\s*(?:,|and|,\s*and)\s*(?:(?:my|our)\s+(?:own\s+)?country,?\s+)?(?:the\s+)?")
APPOSITIVE_NAME = re.compile(r"\s*(?:\([^)]*\))?,\s+(?:the|its)\s+(?:[\w\-]+\s+){0,2}?(?P<head>Declaration|Agenda|Compact|"
                             r"Pact|Strategy|Statute|Programme of Action|Plan of Action)\b")


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")


def person_name(raw: str) -> str:
    """'SATO Kenji' -> 'Kenji Sato', 'Anna LUND' -> 'Anna Lund': given name first, capitals folded."""
    words = raw.replace("’", "'").split()
    if len(words) >= 2 and words[0].isupper() and not words[-1].isupper() and len(words[0]) > 2:
        words = words[1:] + words[:1]
    return " ".join("-".join(p.capitalize() for p in w.split("-")) if w.isupper() and len(w) > 2 else w for w in words)


@dataclass
class Linked:
    """The entities of one document and, for each mention, the IRI it denotes."""
    doc: Document
    entities: dict[str, Entity] = field(default_factory=dict)
    mentions: list[tuple[Mention, str]] = field(default_factory=list)

    def add(self, entity: Entity) -> str:
        old = self.entities.get(entity.iri)
        if old is None:
            self.entities[entity.iri] = entity
        else:
            alts = tuple(sorted(set(old.alt_labels) | set(entity.alt_labels) - {old.label}))
            attrs = tuple(sorted(set(old.attributes) | set(entity.attributes)))
            self.entities[entity.iri] = replace(old, alt_labels=alts, attributes=attrs)
        return entity.iri

    def iri_at(self, start: int, end: int) -> list[tuple[Mention, str]]:
        return [(m, i) for m, i in self.mentions if start <= m.start and m.end <= end]


# the parts of a resolution's written form (read for every resolution mention)
UN_RES_SYMBOL = re.compile(r"\b(S|A/HRC|A)/RES/((?:S-)?\d+(?:/\d+)?)(?:\s*\((\d{4})\))?")  # "S/RES/2417 (2018)"
HRC_SYMBOL = re.compile(r"\b(A/HRC)/((?:S-)?\d+/\d+)(?:\s*\((\d{4})\))?")  # "A/HRC/S-15/2": no RES
IAEA_SYMBOL = re.compile(r"\b(GOV/\d{4}/\d+|GC\(\d+\)/RES/\d+)")
RES_NUMBER_AT_END = re.compile(r"((?:E?S-)?\d+(?:/\d+)?(?:\s*[A-H])?)(?:\s*\((\d{4})\))?\s*$")
LETTERED_PART = re.compile(r"(\d)\s*([A-H])$")
SPACED_PART = re.compile(r"\d [A-H]$")


def resolution_entity(m: Mention, context: str | None = None) -> Entity:
    """IRI from organ and number: 'S/RES/2417 (2018)', 'resolution2417' and 'UNSCR 2417' are one node.
    context: the organ whose meeting the document is from ('Council resolution 34/19' at the Human Rights
    Council is the Council's); a bare number is the Security Council's, a session/number one the Assembly's."""
    text = " ".join(m.text.split())
    if m.rule == "resolution-draft":  # "draft resolution A/65/L.60": a document not yet adopted by anyone
        return Entity(str(ID[f"resolution/draft-{slug(text)}"]), "Resolution", text, (f"draft resolution {text}",))
    if m.rule == "resolution-named":  # "the Iran Safeguards Resolution": a name, adopted by the meeting's organ
        attrs = (("adoptedBy", str(ID[ORGAN_IRI[context]])),) if context in ORGAN_IRI else ()
        return Entity(str(ID[f"resolution/{context or 'named'}-{slug(text)}"]), "Resolution", text, (), attrs)
    # ("Resolution A/HRC/S-15/2": the Council's symbol written without its RES)
    sym = UN_RES_SYMBOL.search(text) or HRC_SYMBOL.search(text)
    iaea = IAEA_SYMBOL.search(text)
    if sym:
        organ, number, year = SERIES_CODE[sym[1]], sym[2], sym[3]
    elif iaea:
        organ, number, year = ("iaea-bog" if iaea[1].startswith("GOV") else "iaea-gc"), iaea[1], None
    else:
        num = RES_NUMBER_AT_END.search(text)
        number, year = LETTERED_PART.sub(r"\1 \2", num[1]), num[2]  # "57/283B" is "57/283 B"
        named = (m.key or "").lower()
        organ = ORGAN_CODE.get(named)
        if organ is None and named in ("council", "assembly", "board") and context in ORGAN_NAME:
            organ = context
        if organ is None:
            organ = "unsc" if "/" not in number else ("hrc" if context == "hrc" else "unga")
    label = f"resolution {number}"
    alts = {f"{ORGAN_NAME[organ]} resolution {number}"} | ({f"{SYMBOL_PREFIX[organ]}{number}"} if SYMBOL_PREFIX[organ] else set())
    if SPACED_PART.search(number):  # "resolution 57/283 B" is also written "57/283B"
        alts.add(f"resolution {number.replace(' ', '')}")
    attrs = {("number", number)}
    if year:
        alts.add(f"{SYMBOL_PREFIX[organ]}{number} ({year})")
        attrs |= {("symbol", f"{SYMBOL_PREFIX[organ]}{number} ({year})"), ("year", year)}
    attrs.add(("adoptedBy", str(ID[ORGAN_IRI[organ]])))
    key = re.sub(r"[^a-z0-9]+", "-", number.lower()).strip("-")
    return Entity(str(ID[f"resolution/{organ}-{key}"]), "Resolution", label, tuple(sorted(alts)), tuple(sorted(attrs)))


def person_entity(m: Mention) -> Entity:
    name = person_name(m.text)
    alts = {m.text.replace("’", "'")} - {name}
    return Entity(str(ID[f"person/{slug(name)}"]), "Person", name, tuple(sorted(alts)))


def link(doc: Document, mentions: list[Mention], ref: Reference) -> Linked:
    linked = Linked(doc)
    context = _context_organ(doc, mentions)
    home = _home_state(doc, mentions)
    named_orgs = sorted({m.key for m in mentions if m.kind == "Organization" and m.key})
    # a text that never names the United Nations: its bare "General Assembly" is the assembly of the body it names
    un_named = str(ID["org/un"]) in named_orgs or any(UN_WORDS.search(m.text) for m in mentions if m.kind == "Organization")
    for m in mentions:
        if m.kind == "Resolution":
            iri = linked.add(resolution_entity(m, context))
        elif m.kind == "Person":
            iri = linked.add(person_entity(m))
        elif m.rule == "organization-members-group":  # "the core group consisting of ...": this text's own group
            iri = linked.add(Entity(str(ID[f"org/{slug(m.text)}-{doc.id}"]), "Organization", m.text[0].upper() + m.text[1:]))
        elif m.key is None:  # a body that no list holds, found by its name's grammar or by a statistical model
            iri = linked.add(_organ_of_named_body(m, named_orgs, ref) or _unlisted_body(m, home, ref))
        else:
            other = _other_owners_organ(m, named_orgs, ref) if not un_named else None
            iri = linked.add(other or Entity(m.key, m.kind, ref.labels.get(m.key, m.text), in_reference=True))
        linked.mentions.append((m, iri))
    _symbol_in_brackets(linked)
    _also_known_as(linked)
    _defined_acronyms(linked)
    _same_person(linked)
    _surnames(linked)
    _anaphora(linked, ref)
    linked.mentions.sort(key=lambda mi: (mi[0].start, mi[0].end))
    return linked


SESSION_MODIFIER = re.compile(r"\b(?:Special|Extraordinary|Reinforced|Resumed|Informal|Emergency)\s+")
NATIONAL_BODY = re.compile(r"^(?:(?:Ministry|Department|Minister|Cabinet|Parliament|National Assembly|Office of the President)\b"
                           r"|[A-Z][\w\-]+ Ministry$)")
PORTFOLIO_FIRST = re.compile(r"^(?P<portfolio>[A-Z][\w\-]+) Ministry$")  # "Foreign Ministry", "Justice Ministry"


def _unlisted_body(m: Mention, home: str | None, ref: Reference) -> Entity:
    """A ministry named without its state ('the Ministry of Foreign Affairs' in a Kenyan press note, 'Foreign
    Ministry spokesperson') is the home state's: 'Ministry of Foreign Affairs of Kenya', the reference entity
    when the list has it under any of its names."""
    name = written = " ".join(m.text.split())
    # "OSCE Special Permanent Council": the Permanent Council, met in special session; "Universal Periodic Review (UPR)
    # Working Group": the name with its acronym inside
    plain = re.sub(r"\s*\([A-Z]{2,8}\)", "", SESSION_MODIFIER.sub("", name))
    if plain != name and plain.lower() in _forms(ref):
        known = _forms(ref)[plain.lower()]
        return Entity(known, ref.classes[known], ref.labels[known], in_reference=True)
    own = [g for g in gazetteer_mentions(name, ref) if g.kind == "State" and g.end == len(name)]
    if own and NATIONAL_BODY.match(name):  # "Ministry of Foreign Affairs of Ghana": the state is named in it
        home = own[-1].key
        name = re.sub(r"\s+(?:of|for)(?:\s+the)?\s*$", "", name[:own[-1].start])
    if home and NATIONAL_BODY.match(name):
        state = ref.labels.get(home, "")
        portfolio = PORTFOLIO_FIRST.match(name)
        canon = name if not portfolio else "Ministry of Foreign Affairs" if portfolio["portfolio"] == "Foreign" \
            else f"Ministry of {portfolio['portfolio']}"
        forms = _forms(ref)
        candidates = [f"{canon} of {state}", f"{name} of {state}"] + [f"{adj} {name}" for adj in _adjectives(ref, home)]
        known = next((forms[c.lower()] for c in candidates if c.lower() in forms), None)
        if known:
            return Entity(known, ref.classes[known], ref.labels[known], in_reference=True)
        return Entity(str(ID[f"org/{home.rsplit('/', 1)[-1].lower()}-{slug(canon)}"]), m.kind, f"{canon} of {state}",
                      tuple(sorted({written, name, canon} - {f"{canon} of {state}"})))
    organ = _organ_of_listed_body(name, ref) if m.kind == "Organization" else None
    if organ:
        return organ
    return Entity(str(ID[f"{'instrument' if m.kind == 'LegalInstrument' else 'org'}/{slug(name)}"]), m.kind, name)


ORGAN_OF_BODY = re.compile(r"^(?:[A-Z][\w\-]*\s+(?:(?:of|and)\s+)?)*(?:Council|Commission|Committee|Assembly|Secretariat|Parliament|Court|"
                        r"Bureau|Board|Conference|Summit)(?:\s+of\s+(?:Ministers|Foreign\s+Ministers|Governors|Heads\s+of\s+"
                        r"State(?:\s+and\s+Government)?))?$")


def _organ_of_listed_body(name: str, ref: Reference) -> Entity | None:
    """'Council of Ministers of the Economic Community of West African States' and 'ECOWAS Council of Ministers',
    'ECOWAS Commission' and 'Commission of ECOWAS': one organ of a listed body, one node whichever way it is written."""
    inner = [g for g in gazetteer_mentions(name, ref) if g.kind == "Organization"]
    owner = next((g for g in inner if g.start == 0 and g.end < len(name)), None)
    if owner:
        organ = name[owner.end:].strip()
    else:
        owner = next((g for g in inner if g.end == len(name)), None)
        of = re.search(r"\s+of\s+(?:the\s+)?$", name[:owner.start]) if owner else None
        if not of:
            return None
        organ = name[:of.start()]
    if not ORGAN_OF_BODY.match(organ):
        return None
    label = f"{organ} of the {ref.labels[owner.key]}"
    return Entity(str(ID[f"org/{owner.key.rsplit('/', 1)[-1]}-{slug(organ)}"]), "Organization", label,
                  tuple(sorted({name} - {label})))


UN_WORDS = re.compile(r"\b(?:United Nations|UN|U\.N\.)\b")
BARE_ORGAN = re.compile(r"(?:the\s+)?(?:General\s+Assembly|General\s+Conference|Executive\s+Council|Permanent\s+Council|"
                        r"Board\s+of\s+Governors|Executive\s+Board|Secretariat)$", re.I)


def _other_owners_organ(m: Mention, named_orgs: list[str], ref: Reference) -> Entity | None:
    """'the 38th regular session of the General Assembly' in an OAS press release that never names the UN: the
    OAS General Assembly, when exactly one body the text names has an organ of that name."""
    if m.kind != "Organization" or not BARE_ORGAN.fullmatch(m.text.strip()):
        return None
    bare = replace(m, key=None)
    return _organ_of_named_body(bare, [o for o in named_orgs if o != m.key], ref)


def _organ_of_named_body(m: Mention, named_orgs: list[str], ref: Reference) -> Entity | None:
    """'the Permanent Council' in a text that names the OSCE is the OSCE Permanent Council; 'the General
    Conference' beside the IAEA the IAEA's: the one organ of a body the document names that carries that name."""
    if m.kind != "Organization":
        return None
    name = " ".join(re.sub(r"^(?:the|The)\s+", "", m.text).split())
    forms, found = _forms(ref), set()
    for org in named_orgs:
        for owner in _names_of(ref).get(org, ()):
            for candidate in (f"{owner} {name}", f"{name} of the {owner}", f"{name} of {owner}"):
                if candidate.lower() in forms:
                    found.add(forms[candidate.lower()])
    if len(found) != 1:
        return None
    iri = found.pop()
    return Entity(iri, ref.classes[iri], ref.labels[iri], in_reference=True)


@lru_cache(maxsize=4)
def _names_of(ref: Reference) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for n in ref.names:
        if n.cls == "Organization" and n.kind == "name":
            out.setdefault(n.iri, []).append(n.form)
    return out


@lru_cache(maxsize=4)
def _forms(ref: Reference) -> dict[str, str]:
    """Every name of an organisation in the reference, lower-cased, to its IRI."""
    return {n.form.lower(): n.iri for n in ref.names if n.cls == "Organization"}


@lru_cache(maxsize=4)
def _adjectives_by_state(ref: Reference) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for n in ref.names:
        if n.kind == "adjective":
            out.setdefault(n.iri, []).append(n.form)
    return out


def _adjectives(ref: Reference, state: str) -> list[str]:
    return _adjectives_by_state(ref).get(state, [])


def _home_state(doc: Document, mentions: list[Mention]) -> str | None:
    """The state a document is from: the one the statement is made for or its speaker's post names ("Review of
    Australia / Statement by the Republic of Vanuatu": Vanuatu's), else the first its title block names, else the one
    it names most."""
    title_end = doc.body_start
    states = [m.key for m in mentions if m.kind == "State" and m.key]
    for span in (doc.header.on_behalf_of, doc.header.post):
        inside = [m.key for m in mentions if m.kind == "State" and m.key and span and span.start <= m.start < span.end]
        if inside:
            return inside[0]
    by_state = {intro.end() for intro in INTRO.finditer(doc.text, 0, title_end)}
    stated_by = [m.key for m in mentions if m.kind == "State" and m.key and m.start < title_end and
                 (m.start in by_state or doc.text[m.start - 4:m.start] == "the " and m.start - 4 in by_state)]
    if stated_by:
        return stated_by[0]
    in_title = [m.key for m in mentions if m.kind == "State" and m.key and m.start < title_end]
    if in_title:
        return in_title[0]
    return max(sorted(set(states)), key=states.count) if states else None


def _context_organ(doc: Document, mentions: list[Mention]) -> str | None:
    """The organ of the meeting the statement was delivered at, as a resolution organ code (or None)."""
    meeting = doc.header.meeting
    if meeting is None:
        return None
    for m in mentions:
        if meeting.start <= m.start and m.end <= meeting.end and m.key:
            code = CONTEXT_CODE.get(m.key.split("/id/", 1)[-1])
            if code:
                return code
    return None


ACRONYM_DEFINED = re.compile(r"\s*\((?P<acr>[A-Z][A-Za-z&\-]{1,9})\)")  # (not "(RC71)": a session's)
SESSION_BEFORE = re.compile(r"\b(?:session|meeting|summit|conference|sitting)\s+of\s+(?:the\s+)?$", re.I)


def _defined_acronyms(linked: Linked) -> None:
    """'the Arab League (AL)', 'the UN Project Office on Governance (UNPOG)': an acronym the text defines in brackets
    after a body's name names that body wherever the text uses it again."""
    text = linked.doc.text
    taken = sorted((m.start, m.end) for m, _ in linked.mentions)
    defined: dict[str, str] = {}
    for m, iri in list(linked.mentions):
        d = ACRONYM_DEFINED.match(text, m.end) if m.kind == "Organization" \
            and not SESSION_BEFORE.search(text, max(0, m.start - 30), m.start) else None
        if not d or sum(c.isupper() for c in d["acr"]) < 2 or d["acr"] in defined or d["acr"].endswith("s") \
                or any(a < d.end() and d.start("acr") < b for a, b in taken):  # (a listed acronym the lists know)
            continue
        defined[d["acr"]] = iri
        for use in re.finditer(rf"\b{re.escape(d['acr'])}\b", text[d.end():]):
            start, end = d.end() + use.start(), d.end() + use.end()
            if not any(a < end and start < b for a, b in taken):
                linked.mentions.append((Mention(start, end, d["acr"], "Organization", None, "acronym-defined"), iri))
        entity = linked.entities[iri]
        if d["acr"] != entity.label:
            linked.entities[iri] = replace(entity, alt_labels=tuple(sorted(set(entity.alt_labels) | {d["acr"]})))


def _symbol_in_brackets(linked: Linked) -> None:
    """'resolution 76/300 (A/RES/76/300)': the symbol in brackets says which organ's resolution it is."""
    text, ms = linked.doc.text, linked.mentions
    for (m1, i1), (m2, i2) in zip(ms, ms[1:]):
        if m1.kind == m2.kind == "Resolution" and i1 != i2 and i1 in linked.entities and re.fullmatch(r"\s*\(\s*", text[m1.end:m2.start]) \
                and text[m2.end:m2.end + 1] == ")":
            linked.mentions = [(m, i2 if i == i1 else i) for m, i in linked.mentions]
            old = linked.entities.pop(i1)
            linked.entities[i2] = replace(linked.entities[i2], alt_labels=tuple(sorted(
                set(linked.entities[i2].alt_labels) | {old.label} - {linked.entities[i2].label})))


# "the Special Committee for Peacekeeping Operations, also known as C-34" (not a bracket: "Regional Programme for
# Afghanistan (UNODC)" names the programme's owner)
ALSO_KNOWN_AS = re.compile(r"\s*,?\s*(?:also\s+|better\s+|commonly\s+)?known\s+as\s+(?:the\s+)?")


def _also_known_as(linked: Linked) -> None:
    """A body no list holds, then 'also known as' a body the lists know: one body, the known one (the text's
    wording of its name becomes one of its names)."""
    text, ms = linked.doc.text, linked.mentions
    for (m1, i1), (m2, i2) in zip(ms, ms[1:]):
        e1, e2 = linked.entities.get(i1), linked.entities.get(i2)
        if not (e1 and e2 and m1.kind == m2.kind == "Organization" and not e1.in_reference and e2.in_reference):
            continue
        if ALSO_KNOWN_AS.fullmatch(text, m1.end, m2.start):
            linked.mentions = [(m, i2 if i == i1 else i) for m, i in linked.mentions]
            linked.entities.pop(i1)
            linked.entities[i2] = replace(e2, alt_labels=tuple(sorted(set(e2.alt_labels) | {e1.label} - {e2.label})))


def _same_person(linked: Linked) -> None:
    """'Minister Aguiar Torres' after 'Ricardo Aguiar Torres': a shorter name that ends a longer one named in
    the same document is the same person; so is a lone name that begins exactly one longer one."""
    people = [e for e in linked.entities.values() if e.cls == "Person"]
    for short in list(people):
        words = short.label.split()
        longer = [p for p in people if p is not short and len(p.label.split()) > len(words)
                  and p.label.split()[-len(words):] == words]
        if not longer and len(words) == 1:  # "Minister Song" after "Song Min-soon": a family name written first
            longer = [p for p in people if p is not short and len(p.label.split()) > 1 and p.label.split()[0] == words[0]]
        if not longer and len(words) >= 2:  # "Hage Geingob", "Emmerson D Mnangagwa" beside "Emmerson Dambudzo Mnangagwa"
            longer = [p for p in people if p is not short and len(p.label) > len(short.label)
                      and _same_but_middle(words, p.label.split())]
        if len(longer) == 1:
            target = longer[0].iri
            linked.mentions = [(m, target if i == short.iri else i) for m, i in linked.mentions]
            del linked.entities[short.iri]
            people.remove(short)
            linked.entities[target] = replace(linked.entities[target], alt_labels=tuple(sorted(
                set(linked.entities[target].alt_labels) | {short.label} | set(short.alt_labels))))


def _same_but_middle(a: list[str], b: list[str]) -> bool:
    """Two names with the same first and last word whose middle names agree where both are written: one has
    none, or each is the other's word or its initial ('G.' for 'Gordon')."""
    if len(a) < 2 or len(b) < 2 or a[-1] != b[-1] or not _same_or_initial(a[0], b[0]):
        return False  # ("N. Nazarbayev" is "Nursultan Nazarbayev")
    mid_a, mid_b = a[1:-1], b[1:-1]
    if not mid_a or not mid_b:
        return True
    return len(mid_a) == len(mid_b) and all(_same_or_initial(x, y) for x, y in zip(mid_a, mid_b))


def _same_or_initial(x: str, y: str) -> bool:
    """'Gordon' and 'Gordon', or 'G.' (or 'G') and 'Gordon'."""
    return x == y or (len(x.rstrip(".")) == 1 and y.startswith(x.rstrip("."))) or \
        (len(y.rstrip(".")) == 1 and x.startswith(y.rstrip(".")))


REPORTING_VERB = r"(?:said|says|told|added|noted|stressed|expressed|urged|welcomed|called|made|arrived|also|will|would|" \
                 r"has|had|is|was|met|held|visited|thanked|praised|announced|underlined|emphasi[sz]ed)\b"
# one pass over the text finds every place a known person's last (or first) name may stand alone
TITLED_NAME = re.compile(r"\b(?:Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Ambassador|Minister|President|Premier|Chancellor)\s+"
                         r"(?P<name>\w[\w\-’']*?)(?=['’]s\b|(?![\w\-’']))", re.I)  # ("Mr. O'Brien", "Mr. Sato's")
# a news item's bare name: "Guebuza arrived in Beijing", "Hu said" (opening a sentence), "Guebuza's efforts"
SUBJECT_NAME = re.compile(rf"(?:(?<=[.!?]\s)|(?<=\n)|^)(?P<name>[A-Z][\w\-’']*)(?=\s+{REPORTING_VERB})")
OWNER_NAME = re.compile(r"\b(?P<name>[A-Z][\w\-]*)(?=['’]s\b)")


def _surnames(linked: Linked) -> None:
    """'Mr. Sato' after 'Kenji Sato' is the same person; a lone surname never creates a new person."""
    people = {e.label.split()[-1]: e.iri for e in linked.entities.values() if e.cls == "Person"}
    if not people:
        return
    # (a family name may come first: "Hu Jintao ... Hu said"; a name two people share stands for neither)
    owners: dict[str, set[str]] = {}
    for e in linked.entities.values():
        words = e.label.split() if e.cls == "Person" else []
        for w in {words[0], words[-1]} if 2 <= len(words) <= 3 else ():
            owners.setdefault(w, set()).add(e.iri)
    unique = {w: next(iter(i)) for w, i in owners.items() if len(i) == 1}
    folded = {k.lower(): v for k, v in people.items()}  # (a title before the name: compared case-blind, as before)
    taken = [(m.start, m.end) for m, _ in linked.mentions]
    text = linked.doc.text
    hits = [(h, folded.get(h["name"].lower())) for h in TITLED_NAME.finditer(text)]
    hits += [(h, unique.get(h["name"])) for h in SUBJECT_NAME.finditer(text)]
    hits += [(h, unique.get(h["name"]) if h["name"] in people else None) for h in OWNER_NAME.finditer(text)]
    for hit, iri in hits:
        s, e = hit.start("name"), hit.end("name")
        if iri and not any(a <= s < b for a, b in taken):
            linked.mentions.append((Mention(s, e, text[s:e], "Person", iri, "surname"), iri))
            taken.append((s, e))


INSTRUMENT_HEADS = {"Convention", "Protocol", "Treaty", "Charter", "Statute"}


def _not_the_country(linked: Linked) -> set[int]:
    """States that a later 'the country' does not stand for: those named in a list ('Denmark, Estonia ... and my
    own country Finland')."""
    text = linked.doc.text
    states = sorted((m for m, i in linked.mentions if linked.entities[i].cls == "State"), key=lambda m: m.start)
    # nor the speaker's own state, named in the title block ("Statement by Finland"): the speaker says "my country"
    h = linked.doc.header
    own = [span for span in (h.speaker, h.post, h.on_behalf_of) if span]
    listed = {m.start for m in states if any(span.start <= m.start < span.end for span in own)}
    for a, b in zip(states, states[1:]):
        if STATE_LIST_GAP.fullmatch(text, a.end, b.start):
            listed |= {a.start, b.start}
    return listed


def _anaphora(linked: Linked, ref: Reference) -> None:
    """'the Council' -> the Council named last before it (or the body of the meeting); 'the resolution' ->
    the resolution named last; 'the Declaration' -> 'A/RES/75/1, the Declaration on ...' named so before."""
    text = linked.doc.text
    named = sorted(((m.start, linked.entities[i]) for m, i in linked.mentions
                    if linked.entities[i].cls in ("Organization", "Treaty", "State", "Resolution")), key=lambda x: x[0])
    # "the Conference of the States Parties to the Chemical Weapons Convention" names the Convention too
    named = sorted(named + [(m.start, Entity(g.key, "Treaty", ref.labels[g.key], in_reference=True))
                            for m, i in linked.mentions if linked.entities[i].cls == "Organization"
                            for g in names_within(m.text, ref) if g.kind == "Treaty"], key=lambda x: x[0])
    taken = [(m.start, m.end) for m, _ in linked.mentions]
    listed = _not_the_country(linked)
    called: dict[str, list] = {}  # "Declaration" -> [(where, entity)] from appositions
    for m, i in linked.mentions:
        appos = APPOSITIVE_NAME.match(text, m.end)
        if appos and linked.entities[i].cls in ("Resolution", "Treaty"):
            called.setdefault(appos["head"].lower(), []).append((m.start, linked.entities[i]))
    for hit in ANAPHOR.finditer(text):
        head = hit["head"]
        if any(a <= hit.start("head") < b for a, b in taken):
            continue
        if head.lower() in called:
            before = [e for s, e in called[head.lower()] if s < hit.start()]
        elif head.lower() == "resolution":
            before = [e for s, e in named if s < hit.start() and e.cls == "Resolution"]
        elif head == "country":  # "the country is preparing accession": the state named last
            before = [e for s, e in named if s < hit.start() and e.cls == "State" and s not in listed]
        else:
            head_rx = re.sub(r"i[sz]ation$", "i[sz]ation", head)  # Organisation / Organization
            classes = ("Treaty",) if head in INSTRUMENT_HEADS else ("Organization", "Treaty")
            before = [e for s, e in named if s < hit.start() and e.cls in classes
                      and re.search(rf"\b{head_rx}\b", e.label + " " + " ".join(e.alt_labels), re.I)]
            if not before:
                before = [e for s, e in named if e.cls in classes and re.search(rf"\b{head_rx}\b", e.label, re.I)][:1]
        if before:
            e = before[-1]
            linked.add(e)
            own = hit.group().lower().startswith("our ")  # "our Movement": the speaker's own body
            m = Mention(hit.start("head"), hit.end("head"), head, e.cls, e.iri, "anaphora-our" if own else "anaphora")
            linked.mentions.append((m, e.iri))
