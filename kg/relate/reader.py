"""The Reader core: the document and its mentions, the fact store, and the grammar the rules share (the
subject of a verb, the objects after it, the end of a clause, hedges and negation, lists, dates)."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from datetime import date

from rdflib import URIRef

from ..dates import MONTH_YEAR, RELATIVE, find_dates, month_number, resolve_relative
from ..link import Linked
from ..model import Entity, Evidence, Fact, Mention
from ..namespaces import ID, SCHEMA
from ..recognise import gazetteer_mentions
from ..reference import Reference
from ..sentences import sentences
from ..stances import stance_triggers

ACTOR = ("State", "Organization", "Person")
SELF = re.compile(r"\b(?:we|I|us|our|my|my delegation|our delegation|my country|my government|our country|"
                  r"the group|my group|this group)\b", re.I)
# "we", "I", "let me", "my delegation" ... as the subject of the clause in which a verb stands
SELF_SUBJECT = re.compile(
    r"(?:^[“\"‘']?|[,;:(]\s*[“\"]?|\b(?:and|but|so|therefore|thus|hence|also|first|finally|while|whilst|although|"
    r"though)\s+|"  # ("while my delegation appreciates ..., we regret ...": a concession is still said)
    r"^As\s+(?:an?\s+|the\s+)?(?:[\w\-’']+\s+){1,8}?(?=(?:we|I|my|our)\s))"  # "As members of the NAM we associate ..."
    # "Likewise we ...", "Similarly, my delegation ...": a sentence adverb before the subject
    r"(?:(?:likewise|moreover|furthermore|similarly|equally|additionally|indeed|lastly|again|in\s+addition|"
    r"in\s+this\s+(?:regard|context|respect)|to\s+this\s+end|at\s+the\s+same\s+time|once\s+again)\s*,?\s+)?"
    r"(?:(?:last|this|next)\s+\w+|in\s+\d{4}|today|recently|since\s+\d{4}|at\s+home)?,?\s*"
    r"(?:to\s+(?:express|reiterate|reaffirm|extend|convey|register|record)\s+)?"  # "... and to express our support"
    r"(?:(?:let|allow|permit)\s+(?:me|us)|may\s+I|I|we|my\s+delegation|our\s+delegation|my\s+country|my\s+government|"
    r"our\s+government|our\s+country|(?:both\s+)?our\s+(?:two\s+|five\s+|\w+\s+)?countries|the\s+group|our\s+group|"
    r"my\s+group|this\s+group|my|our)\b(?P<rest>[^,;:]*)$", re.I)
# negation and condition always block a fact; intention and expectation block a stance but not a planned
# role ("Japan's preparations for hosting the summit")
NEGATION = re.compile(
    r"\b(?:not|never|no longer|nor|if|unless|whether|yet to|refrain\w* from|fail\w* to|cannot|can't|won't|"
    r"wouldn't|rather than|instead of|ask\w* (?:whether|if))\b", re.I)
INTENT = re.compile(
    r"\b(?:hope|hopes|hoped|hoping|wish|would|could|should|(?-i:may)|might|shall|prepar\w*|plan\w*|intend\w*|"
    r"look(?:s|ed|ing)? forward|expect\w*|call\w* for)\b", re.I)
BLOCKERS = re.compile(f"{NEGATION.pattern}|{INTENT.pattern}", re.I)
# after a closing quotation mark: ', the Minister said', ', said Ms Tipene-Walsh', ' she added.'
QUOTE_ATTRIBUTION = re.compile(r"\s*,?\s*(?:(?:said|added|stressed|noted|declared|stated)\s+(?P<who>[^,.;\n]{2,60}?)[,.;]|"
                               r"(?P<who2>[^,.;\n“”\"]{2,60}?)\s+(?:said|added|stressed|noted|declared|stated|told)\b)")
LIGHT_VERB = re.compile(r"\b(?:announced|announces|made|makes|confirmed|confirms|offered|offers)\s+(?:a|an|its|her|his|their)"
                        r"\s+(?:\w+\s+)?$")
TITLE_ANAPHOR = re.compile(r"(?:^|[,;]\s*)\s*[Tt]he\s+(?:(?:new|incoming|newly[- ]elected)\s+)?(?P<title>Minister|Ambassador|President|Prime Minister|Secretary[- ]General|"
                           r"Director[- ]General|Executive Director|High Commissioner|Chair(?:person)?|Head)"
                           r"(?:\s+(?:\w+ly|also|then))*\s*$")
GOVERNMENT_OF = re.compile(r"\b(?:[Gg]overnments?|[Pp]eople|[Aa]uthorities|[Dd]elegation|[Rr]epublic|[Kk]ingdom|[Ss]tate|[Cc]hapter)\s+of\s+"
                           r"(?:the\s+)?$")
RELATIVE_CLOSED = re.compile(r",\s+(?:who|which)\s+[^,;]{3,150},\s*(?:\w+ly\s+|also\s+)*$")
GOVERNED = re.compile(r"\b(?:of|for|to|by|with|from|on|in|at|than|against|including)\s+(?:the\s+|a\s+|an\s+)?$")
# the last comma-clause starts with "and <verb>": it shares the subject of the clause before
PRONOUN_HEAD = re.compile(r"\s*(?:[Ss]he|[Hh]e|[Ww]e|I|(?:[Aa]llow|[Ll]et|[Pp]ermit)\s+(?:me|us))\b")
COORDINATED_VERB = re.compile(r"(?:^|,)\s*(?:and|but)\s+(?:\w+ly\s+|also\s+|further\s+)*(?:to\s+)?"
                              r"(?:(?:is|are|was|were|has|have|had|will|\w+s|\w+ed)\b[^,]*)?$|"
                              # "welcomes the remarks by X and reaffirms its support": the verb right after "and"
                              r"\s(?:and|but)\s+(?:\w+ly\s+|also\s+|further\s+)*(?:\w+s\s+(?:its|their|our|his|her)\s+(?:\w+\s+)?)?$")
TITLE_THEN_PERSON = re.compile(r"\s+(?:(?:Deputy|Executive|Special|Vice|Acting|Assistant|Under|High|Permanent|Foreign)[\s\-]+)*"
                               r"(?:Secretary[\s\-]General|Director[\s\-]General|Director|Commissioner|Representative|"
                               r"Envoy|President|Minister|Chair\w*(?:-in-Office)?|Head|Chief|Coordinator|Rapporteur|Ambassador|Administrator|Executive\s+Secretary|Registrar|Prosecutor)"
                               r"(?:\s+(?:for|of)(?:\s+(?:and\s+)?[A-Z][\w\-]*)+)?"  # "Minister for Foreign Affairs"
                               r"(?:\s+|,\s+)"  # "Chair-in-Office, Italian Minister X", "UNOCT Under-Secretary-General, X"
                               r"(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?[A-Z]")
RELATIVE_SUBJECT = re.compile(r"\b(?:that|which|who)\s+(?:(?:have|has|had|is|are|was|were|also|not|yet|already|recently|each|both|"
                              r"\w+ly)\s+){0,3}$")
OWNED_DOCUMENT = re.compile(r"['’]?s?\s+(?:decisions?|reports?|statements?|declarations?|communiqu[ée]s?|"
                            r"conclusions|recommendations?)\b", re.I)
# the verb is the complement of another's urging: "X urged the members to explore options to convene the summit"
URGED_TO = re.compile(r"\b(?:urg|call|ask|invit|encourag|request|appeal)\w*\b[^.;]{0,80}\bto\s+(?:\w+\s+){0,6}$")
# a state that qualifies someone's post names that person's state, not the item's: "Australian Foreign Affairs Minister"
ANOTHERS_POST = re.compile(r"(?:['’]s)?(?:\s+[A-Z][\w\-]*){0,3}?\s+(?:Minister|President|Ambassador|Envoy|Premier|"
                           r"Secretary|Chancellor|King|Queen|Emir)\b(?:\s+(?:of|for)\s+[A-Z][\w\s]{0,30}?)?\s+[A-Z]")
OBLIGED = re.compile(r"\b(?:need|needs|must|should|ought|have\s+to|has\s+to)\b", re.I)  # "nations need to ... convene"
MEMBER_NOUN = re.compile(r"\s+member\s+(?:[Ss]tates?|countr(?:y|ies))\b")
POLITE = re.compile(r"\b(?:would|should|wish|want|like)\s+(?:also\s+|first\s+|now\s+)?(?:like\s+(?:also\s+|first\s+|now\s+)?)?to\s+"
                    r"(?:(?:\w+ly|also|once again|again|first)\s+)*(?:(?:begin|start|conclude|close|end)\s+by\s+)?"
                    r"(?:(?:take|use|seize)\s+(?:this|the)\s+opportunity\s+to\s+)?"
                    r"(?:(?:\w+ly|also)\s+)*"
                    # "I wish to express my country's support for ...": the support is expressed, not wished
                    r"(?:(?:express|extend|convey|reiterate|reaffirm|register)\s+(?:(?:my|our|(?:the\s+)?[\w\-]+['’]s?)\s+)?"
                    r"(?:[\w’']+\s+){0,2})?$", re.I)  # "... to convey the Movement's appreciation to X"
FUTURE = re.compile(r"\bwill\b(?!\s+continue)", re.I)
# a place where, an agent of a passive ('by the Board'), unless the agent is the perpetrator ('attacks carried out by X')
NOT_PLACE_OBJECT = re.compile(r"\b(?:in|at|within|across|throughout|inside|from|near|between|among)\s+(?:the\s+)?$", re.I)
# "we welcome provisions in resolution 2325": the text is what is welcomed
PART_OF_TEXT = re.compile(r"\b(?:provisions?|elements?|language|paragraphs?|measures|references?|commitments?)\s+"
                          r"(?:contained\s+)?in\s+(?:the\s+)?$")
ON_BEHALF_OPEN = re.compile(r"\bbehalf\s+of\b[^,;]*$")
NOT_OBJECT = re.compile(NOT_PLACE_OBJECT.pattern + r"|"
                        r"(?<!carried out )(?<!perpetrated )(?<!committed )(?<!conducted )(?<!launched )(?<!claimed )"
                        # ("welcomes the leadership shown by Nigeria": whose leadership is welcomed)
                        r"(?<!shown )(?<!demonstrated )(?<!displayed )(?<!exercised )(?<!played )(?<!made )"
                        r"\bby\s+(?:the\s+)?$|"
                        # "support for the sustained focus on the DPRK's nuclear file": the topic, not whom one supports
                        r"\b(?:focus|attention|emphasis|discussions?|debates?|reports?|briefings?|dialogues?)\s+on\s+(?:the\s+)?$", re.I)
# "Leaders", "Forum Leaders", "The Heads of State and Government", "Ministers further" opening a communiqué's sentence
# (or the meeting itself, in its communiqué: "The Conference expressed its profound gratitude to ...")
MEETING_ATTENDEES = re.compile(r"\s*(?:\d+\.\s*)?(?:The\s+)?(?:[A-Z][\w\-]+\s+)?(?:Leaders|(?:Foreign\s+)?Ministers|Heads\s+of\s+"
                               r"(?:State(?:\s+and\s+(?:of\s+)?Government)?|Government)|(?<=The\s)(?:Conference|Summit))(?:\s+(?:also|further|together|jointly|again|"
                               r"\w+ly))*(?:\s+(?:expressed|extended|conveyed|placed\s+on\s+record|reiterated|reaffirmed)\s+(?:their|its)"
                               r"(?:\s+\w+)?)?\s*")  # ("Leaders expressed their appreciation to")
PARTIES_TO = re.compile(r"\bParties\s+(?:to|of)\s+(?:the\s+)?$", re.I)
MEETING_BEFORE = re.compile(r"\b(?:Meeting|Conference|Assembly|Session)\s+of\s+(?:the\s+)?(?:States\s+|High\s+Contracting\s+)?"
                            r"Parties\b", re.I)
LIST_GAP = re.compile(r"\s*(?:\([^()]{1,25}\))?\s*(?:,|and,?|, and,?|/|,?\s*[–—]\s*and)\s*(?:the\s+)?(?:(?:my|our)\s+(?:own\s+)?country\s*(?:[,\-–—]\s*)?(?:the\s+)?)?"
                      r"(?:Government\s+of\s+(?:the\s+)?)?")  # between the items of a plain list ("A and the Government of B")
# unrecognised items of a list of names, each of one to three capitalised words: ", Marshall Island, Salomon Island, "
UNKNOWN_ITEMS = re.compile(r"(?:\s*,\s*[A-Z][\w'’\-]*(?:\s+(?:(?:of|the)\s+){0,2}[A-Z][\w'’\-]*){0,3})+\s*,\s*(?:and\s+)?")
# between the people of a list, each with their title: "Minister A, Japanese Foreign Minister B, and U.S. Envoy C"
TITLED_GAP = re.compile(r"\s*(?:,|and|, and)?\s*(?:the\s+)?(?:(?:[A-Z][\w'’.\-]*\)?[.,]?|of|for|and|the|\([A-Z]{2,8}\),?|"
                        r"leader|premier|president|(?:prime\s+|foreign\s+)?minister|envoy|counterpart)\s+){0,14}")  # ("Chinese leader B")
# a post set off after a name with no closing comma, up to the verb: ", Minister of Foreign Affairs of Turkey will"
POST_APPOSITION_OPEN = re.compile(r",\s+(?:the\s+)?[A-Z][\w\-’']*(?:\s+(?:[A-Z][\w\-’']*|of|for|and|the|to))*"
                                  r"(?:\s+(?:will|would|shall|has|have|had|is|was|also|today))*\s*")
# "elected as its President Mrs. X", "chose as their Chair Ambassador Y"
ELECTED_ITS = re.compile(r"\b(?:elected|appointed|chose|named|designated)\s+(?:as\s+)?(?:its|their)\s+"
                         r"(?P<title>(?:Vice-|Co-)?(?:President|Chair\w*))\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+|H\.\s?E\.\s+)?$")
REASON_OPEN = re.compile(r"(?:\s+(?:presidency|delegation|government|chairmanship))?\s+for\s+[^;,]{0,80}")
COORDINATION = re.compile(r"(?:\s+(?:presidency|delegation|government|authorities|chairmanship|people))?"
                          r"\s*(?:\([^)]*\))?\s*(?:(?:of|from|since|in)\s+\d{4}\s*)?"
                          # "Ms X, Under-Secretary-General for Peacekeeping Operations, Mr. Y": the next one's post between
                          r"(?:,\s*[^,;()]{1,90}?,\s*(?=(?:Mr|Ms|Mrs|Dr|H\.\s?E)\.?\s)|"
                          r"(?:,\s*[^,;()]{1,90}?,\s*)?(?:for\s+[^;]{1,120}?,?\s*)?"
                          # "X, and to Y": a preposition may repeat after "and", not after a bare comma ("X, to the Council")
                          r"(?:,\s*|(?:and|, and|as well as|, as well as|&)\s*(?:also\s+)?(?:(?:to|with|of|on|under)\s+)?))"
                          r"(?:(?:my|our)\s+(?:own\s+)?(?:country|nation)\s*[,\-–—]\s*)?"  # "..., Sweden and my own country, Iceland"
                          r"(?:the\s+|its\s+|their\s+)?(?:(?:Government|people|authorities)\s+of\s+(?:the\s+)?)?"
                          # "X and the work of Y": the second object's work
                          r"(?:(?:work|efforts|role|contributions?|leadership|engagement)\s+of\s+(?:the\s+)?)?"
                          # "..., and the outgoing Vice Chair, Ambassador Y": the next one's post before the name
                          r"(?:(?:[A-Za-z][\w\-]*\s+){0,3}[A-Za-z][\w\-]*,\s*(?=(?:Mr|Ms|Mrs|Dr|H\.\s?E)\.?\s|Ambassador\s))?"
                          r"(?:(?:Mr|Ms|Mrs|Dr|H\.\s?E)\.\s+|(?:Ambassador|Minister|Judge|Professor|President|Prime\s+Minister|"
                          r"(?:Under-|Assistant\s+)?Secretary-General|Special\s+(?:Representative|Envoy|Rapporteur)|"
                          r"Director-General|High\s+Commissioner|Foreign\s+Minister)\s+)*")
POST_OF_PERSON = re.compile(r",\s*(?:the\s+)?[^,;()]{1,90}?\b(?:of|to|for|at)\s+(?:the\s+)?")
UNNAMED_THEN_NEXT = re.compile(r"\s+the\s+(?:(?:outgoing|former|new|incoming|previous)\s+)?(?:President|Chair\w*|Secretary-General|"
                               r"Director-General|Co-Chairs?|Bureau|Secretariat)\s+for\s+(?:its|their|his|her)\s+"
                               r"(?:[\w\-]+\s+){1,4}?(?:,\s*)?and\s+")
POST_FOR = re.compile(r"\b(?:Coordinator|Commissioner|Representative|Envoy|Adviser|Advisor|Minister|Secretary|Rapporteur|"
                      r"Director|Under-Secretary-General|Administrator)\s+$")
CLAUSE_END = re.compile(r"[;:]|,\s+(?:which|who|where|while|whereas|but|and (?:we|it|the))\b|\s+(?:which|who|that)\s+"
                        r"(?:is|are|was|were|has|have|will|would)\b|\bfor\s+(?:its|their|his|her|the|convening|organi[sz]ing|hosting)\b")
# "the Chinese-mediated deal", "the Saudi-Iranian deal": a state's adjective inside a compound modifier
AGENT_ADJECTIVE = re.compile(r"-(?:mediated|brokered|led|backed|funded|sponsored|based|made|owned|flagged)\b|-[A-Z][a-z]+(?:an|ese|ish|i)\b")
ELECTED_AS = re.compile(r"\b(?:election|appointment|elevation|assumption)\s+(?:as|to)\s+[^,;]{0,60}?\b(?:of|for)\s+(?:the\s+)?"
                        r"(?:[\w\-]+\s+){0,4}$", re.I)
OFFICE_BEFORE = re.compile(r"(?:Director|Secretary|Head|Chief|President|Chair\w*|Commissioner|Representative|Rapporteur|"
                           r"Envoy|Minister|Coordinator|Officer)[\w\s\-]{0,20}\s+(?:of|for)\s+(?:the\s+)?$", re.I)
HEAD_TITLE = re.compile(r"\b(?:(?-i:PM)|secretary[- ]general|executive director|director[- ]general|director|head|chief|president|"
                        r"chair(?:man|person|woman)?|high commissioner|prime minister|minister|king|queen|chancellor|"
                        r"secretary general|administrator|executive secretary|premier|sultan|emir|amir)\b", re.I)
OFFERED = re.compile(r"\b(?:offered|offers|offering|proposed|proposes|volunteered|bid|candidacy|candidature|ready|willing|"
                     r"would\s+like|wishes|hopes|hope)\s+to\s+(?:\w+\s+)?$", re.I)



BEHALF_ASIDE = re.compile(r",\s*on\s+behalf\s+of\s+[^,;]{2,80},")
# (patterns the per-verb helpers below use, compiled once: re.search(<string>) looks its pattern up at every call)
SUBJECT_CUT = re.compile(r"[,;:(]|\b(?:and|but|so|also)\b")  # where a subject 'we' may begin, read backwards
OPEN_BRACKET = re.compile(r"\s*\(\s*")  # between a name and its acronym in brackets
RELATIVE_PRONOUN = re.compile(r"\b(?:that|which|who)\s")
GOVERNMENT_WORD = re.compile(r"^\s+(?:[Gg]overnment|[Aa]uthorities|[Dd]elegation)\b")
POSSESSIVE_TAIL = re.compile(r"['’]s\s+(?:[\w\-]+\s+){0,3}(?:for|of|in|to)?\s*$")
APPOSITION_LEAD = re.compile(r"^\s*,[^,;]*,|^\s*,\s*$|^\s*,\s*(?=(?:has|have|had|is|was|were|will)\b)")
SHORT_BRACKET_LEAD = re.compile(r"^\s*\([^()]{1,20}\)")
PRONOUN_SUBJECT = re.compile(r"\b(?:we|I|he|she|they|my\s+delegation|our\s+delegation)\s")
COMMA_SEMICOLON_BRACKET = re.compile(r"[,;(]")
COMMA_OR_SEMICOLON = re.compile(r"[,;]")
AT_IN_BEFORE = re.compile(r"\b(?:at|in|within|to)\s+(?:the\s+)?$")
ONE_COMMA_BEFORE = re.compile(r"^[^,;]*,")
HE_SHE_OPENS = re.compile(r"(?:^|[,;]\s*)(?:[Hh]e|[Ss]he)(?:\s+(?:\w+ly|also|then))*\s*$")
TO_AT_END = re.compile(r"\bto\s+$")
SPEAKER_OPENS = re.compile(r"\s*(?:(?:Mr\.?|Madam|Madame)\s+[\w\-]+,\s*)?(?:I|We|My\s+delegation|Our\s+delegation)\b")
OBJECT_LEAD = re.compile(r"\s*(?:for|to|of|with|on)\s+")  # "support for X": the object follows
POSSESSIVE_S = re.compile(r"['’]s\s")
HYPHEN_BEFORE = re.compile(r"[A-Za-z]-$")  # "anti-X": a name inside a compound word
IN_YEAR = re.compile(r"\b(?:in|since|as of|from)\s+((?:19|20)\d\d)\b")
SELF_OPENS = re.compile(r"\s*(?:we|I|my delegation|my country|our country)\b", re.I)


def _nearest_self_subject(prefix: str):
    """'We' (or 'my delegation') as the subject of the verb that follows the prefix, found from the verb backwards:
    in 'We associate ourselves with X and we welcome', the second 'we' is the subject of 'welcome'."""
    for cut in [b.start() for b in reversed(list(SUBJECT_CUT.finditer(prefix)))] + [0]:
        me = SELF_SUBJECT.search(prefix, cut)
        if me and len(me["rest"].split()) <= 8:
            return me
    return None

class ReaderCore:
    """The core of the Reader: the state of one document and the helpers every rule uses."""

    def __init__(self, linked: Linked, ref: Reference):
        self.linked, self.ref, self.doc = linked, ref, linked.doc
        self.text = self.doc.text
        self.facts: list[Fact] = []
        self.doc_iri = str(ID[f"doc/{self.doc.id}"])
        self.anchor = date.fromisoformat(self.doc.header.date) if self.doc.header.date else None
        self.principal: str | None = None
        self.speaker: str | None = None  # the person the title block names
        self.post_actor: str | None = None  # the state or body the speaker's post names
        self.meeting: str | None = None
        self.meetings_by_head: dict[str, str] = {}
        self.meetings_by_topic: dict[tuple, str] = {}
        self.vague_meetings: set[str] = set()
        self.body_of_meeting: dict[str, str | None] = {}
        self.meeting_of_kind: dict[tuple, str] = {}  # (body, "meeting") -> the meeting of that kind named last
        self.numbered_meetings: set[str] = set()  # "the 6th Summit": one of a series, never merged with another
        self.headline_meetings: set[str] = set()  # a news item's headline names its event by kind, the lead by number
        self.hosts_of: dict[str, list] = {}  # meeting -> its hosts, for "the co-organizers welcomed ..."  # named by their kind only ("the conference")
        self.title_holders: dict[str, str] = {}  # "minister" -> the person last named with that title
        self.starts = [m.start for m, _ in linked.mentions]

    # -- helpers
    def entity(self, iri: str) -> Entity:
        return self.linked.entities[iri]

    def cls(self, iri: str) -> str:
        return self.linked.entities[iri].cls

    def fact(self, s, p, o, span, rule, conf, literal=False, datatype=None, qualifiers=()):
        if s is None or o is None or s == o:
            return
        start, end = span
        ev = Evidence(self.doc.id, start, end, self.text[start:end], rule, conf)
        self.facts.append(Fact(s, p, o, ev, literal, datatype, tuple(qualifiers)))

    def in_span(self, start, end, classes=None):
        """Mentions inside text[start:end], in text order (mentions are kept sorted by start)."""
        lo = bisect_left(self.starts, start)
        hi = bisect_right(self.starts, end)
        if lo == hi:
            return []
        if classes is None:
            return [(m, i) for m, i in self.linked.mentions[lo:hi] if m.end <= end]
        entities = self.linked.entities
        return [(m, i) for m, i in self.linked.mentions[lo:hi] if m.end <= end and entities[i].cls in classes]

    def rename(self, old: str, new: str) -> None:
        """One thing found under two IRIs ('the CELAC Summit' in a headline, 'the 6th Summit of CELAC' in the lead):
        every fact, mention and name of old now belongs to new."""
        def swap(x):
            return new if x == old else x
        self.facts = [replace(f, subject=swap(f.subject), object=f.object if f.literal else swap(f.object)) for f in self.facts]
        self.linked.mentions[:] = [(m, swap(i)) for m, i in self.linked.mentions]
        gone, kept = self.linked.entities.pop(old), self.linked.entities[new]
        self.linked.entities[new] = replace(kept, alt_labels=tuple(sorted((set(kept.alt_labels) | set(gone.alt_labels)
                                                                          | {gone.label}) - {kept.label})))
        for table in (self.meetings_by_head, self.meeting_of_kind, self.meetings_by_topic):
            for k, v in list(table.items()):
                table[k] = swap(v)
        for table in (self.body_of_meeting, self.hosts_of):
            if old in table:
                table.setdefault(new, table.pop(old))
        self.meeting, self.last_meeting = swap(self.meeting), swap(getattr(self, "last_meeting", None))
        self.vague_meetings = {swap(v) for v in self.vague_meetings}
        self.headline_meetings = {swap(v) for v in self.headline_meetings}

    def add_mention(self, m: Mention, iri: str) -> None:
        at = bisect_right(self.starts, m.start)
        self.linked.mentions.insert(at, (m, iri))
        self.starts.insert(at, m.start)

    def state_of(self, iri: str) -> str:
        """A capital named as an actor stands for its state ('Pyongyang's tests' are North Korea's)."""
        if self.cls(iri) == "Place" and iri in self.ref.capital_of:
            state = self.ref.capital_of[iri]
            self.reference_entity(state, "State")
            return state
        return iri

    def without_bracketed_repeats(self, mentions):
        """'the United Nations Environment Programme (UNEP)': the acronym in brackets is the same entity again."""
        return [x for k, x in enumerate(mentions) if not (k and x[1] == mentions[k - 1][1] and OPEN_BRACKET.fullmatch(
            self.text[mentions[k - 1][0].end:x[0].start]))]

    def without_acronyms(self, mentions):
        """'The Council of Ministers of the Economic Community of West African States (ECOWAS)': the acronym in
        brackets after a name names a body inside it, never the subject of the clause."""
        return [x for k, x in enumerate(mentions) if not (k and OPEN_BRACKET.fullmatch(self.text[mentions[k - 1][0].end:x[0].start])
                                                          and self.text[x[0].end:x[0].end + 1] == ")")]

    def listed_from(self, pos, e, classes, unknown=0):
        """The entity that starts at pos and those listed after it ('A, B and C'); none if no entity starts there."""
        first = [(m, i) for m, i in self.in_span(pos, e, classes) if m.start == pos][:1]
        return first + self.coordinated(first[0], classes, unknown) if first else []

    def coordinated(self, first, classes, unknown=0):
        """The entities listed after `first` ('Costa Rica, Ireland, Kiribati, Nigeria and Thailand'); past up to
        `unknown` items that no list holds ('Kiribati, Marshall Island, Micronesia': a misspelt name)."""
        out, prev = [], first
        after = self.in_span(first[0].end, min(len(self.text), first[0].end + 300), classes)
        for m, i in self.without_bracketed_repeats([first] + after)[1:]:
            gap = self.text[prev[0].end:m.start]
            skipped = UNKNOWN_ITEMS.fullmatch(gap)
            if not LIST_GAP.fullmatch(gap) and not (skipped and skipped.group().count(",") - 1 <= unknown):
                break
            out.append((m, i))
            prev = (m, i)
        return out

    # -- the body, sentence by sentence
    def body(self):
        triggers = stance_triggers()
        self.previous = None  # the span of the sentence before, for 'such acts' and 'these activities'
        self.current = None  # the span of the sentence being read
        # a news item's headline is a sentence of its own ("Ethiopia hosts high-level meeting on ...")
        start = self.doc.body_start if self.doc.kind == "Statement" else 0
        for s, e in sentences(self.text, 0, start):  # the title block's addressees: "H.E. Mr. X, Executive Director of UNODC,"
            self.roles(s, e)
        self.addressed_chair()
        for s, e in sentences(self.text, start, headings=self.doc.kind != "Statement"):
            sent, self.current = self.text[s:e], (s, e)
            self.adopted(s, e)
            self.stances(s, e, triggers)
            self.demands(s, e)
            self.violations(s, e)
            self.based(s, e)
            self.delegations_led(s, e)
            self.spoke_for(s, e)
            self.roles(s, e)  # (before party: "Croatia's permanent representative X deposited its instrument")
            self.said_on_behalf(s, e)  # (after roles: the envoy's own state)
            self.party(s, e, sent)
            self.funds(s, e, sent)
            self.roster_lines(s, e)
            self.members(s, e, sent)
            self.our_body(s, e)
            self.meetings(s, e, sent)
            self.adopted_instruments(s, e)  # (after meetings: "The Summit adopted" is the summit just named)
            self.signed_at_meeting(s, e)
            if "Part" in sent or " on " in sent or " for " in sent:
                self.became_party(s, e)
            self.represented_by(s, e)
            self.previous = (s, e)

    def subject_before(self, s: int, pos: int) -> str | None:
        """The actor a verb at pos belongs to: the nearest actor before it in the clause, or 'we' -> principal."""
        clause_start = self.clause_start(s, pos)
        prefix = self.text[clause_start:pos]
        relative = RELATIVE_SUBJECT.search(prefix)
        if relative:  # "the States of that region that have ratified it": the verb's subject is the noun before
            before = [i for m, i in self.in_span(clause_start, clause_start + relative.start(), ACTOR + ("Place",))
                      if not self.text[m.end:clause_start + relative.start()].strip(" ,")
                      and not (GOVERNED.search(self.text[clause_start:m.start])  # "at the initiative of X, which ..."
                               and not GOVERNMENT_OF.search(self.text[clause_start:m.start]))]  # ("the government of X")
            return self.state_of(before[-1]) if before else None
        # ("other EU member states": the body names whose members they are, it is not the subject)
        actors = self.without_acronyms([(m, i) for m, i in self.in_span(clause_start, pos) if self.cls(i) in ACTOR + ("Place",)
                                        and not MEMBER_NOUN.match(self.text, m.end)])
        shared = COORDINATED_VERB.search(prefix)
        if shared and shared.group()[:1].isspace() and RELATIVE_PRONOUN.search(prefix):
            shared = None  # "praised countries that represent Africa and supported X": the relative clause's verb
        pronoun_head = PRONOUN_HEAD.match(prefix)
        if shared and pronoun_head:
            # "She condemned the launches by X, which violate ..., and urged Y", "Allow me to congratulate you on
            # ... this Conference, and to thank ...": the clause's pronoun subject
            prefix, actors = prefix[:pronoun_head.end()], []
        elif shared and not actors and shared.start() > 0:
            # "My delegation congratulates you on your election, and thanks ...": the subject of the verb before
            return self.subject_before(s, clause_start + shared.start())
        if actors and shared and not self.in_span(clause_start + shared.start(), pos, ACTOR):
            # "Ghana welcomes X, and supports Y": the second verb shares the clause's subject
            for m, i in actors:
                if not GOVERNED.search(self.text[clause_start:m.start]):
                    return self.state_of(i)
        people = [(m, i) for m, i in actors if self.cls(i) == "Person"]
        if people and POST_APPOSITION_OPEN.fullmatch(self.text[people[-1][0].end:pos]):
            return people[-1][1]  # "H.E. Mr. X, Minister of Foreign Affairs of Y will participate": X, not Y
        closed = RELATIVE_CLOSED.search(prefix)  # "X, who is attending on behalf of King Y, said": X said
        if closed:
            actors = [(m, i) for m, i in actors if m.end <= clause_start + closed.start()]
        for m, i in reversed(actors):
            # "Nepali government, in cooperation with ..., today organised": the state's government is the state
            between = GOVERNMENT_WORD.sub("", self.text[m.end:pos])
            possessive = POSSESSIVE_TAIL.match(between)
            governed = GOVERNED.search(self.text[clause_start:m.start]) and not GOVERNMENT_OF.search(
                self.text[clause_start:m.start])  # "the Government of Japan" is Japan
            # "Japan welcomes", "Japan, as a member of the Council, welcomes", "Haiti, a CARICOM Member State,
            # has signed", "..., as well as Ukraine, align": one apposition may stand between subject and verb
            rest = APPOSITION_LEAD.sub(" ", SHORT_BRACKET_LEAD.sub(" ", between))  # "X (L) attends", "Mr X, has participated"
            if PRONOUN_SUBJECT.search(between):
                break  # "We thank X and we welcome Y": the nearer subject is the pronoun
            if possessive or (len(rest.split()) <= 8 and not governed and not COMMA_SEMICOLON_BRACKET.search(rest)):
                return self.state_of(i)
            if governed and AT_IN_BEFORE.search(self.text[max(clause_start, m.start - 12):m.start]) \
                    and not COMMA_OR_SEMICOLON.search(between):
                continue  # "The African Group at the Human Rights Council supported", "the Mission of X to the UN in New York"
            if not ONE_COMMA_BEFORE.match(between) or between.count(",") > 2:
                break  # an actor inside the apposition is not the subject; look one further back, no more
        # "She announced a contribution", "The Minister made a pledge": the noun's subject is the light verb's
        prefix = LIGHT_VERB.sub("", prefix)
        pronoun = HE_SHE_OPENS.search(prefix)
        if pronoun:  # "She also condemned ...": the person named last
            return self.pronoun_person(s, pos)
        titled = TITLE_ANAPHOR.search(prefix)  # "The Minister welcomed ...": the minister named before
        if titled and titled["title"].lower() in self.title_holders:
            return self.title_holders[titled["title"].lower()]
        if _nearest_self_subject(BEHALF_ASIDE.sub("", prefix)):  # ("I would like, on behalf of the Group, to thank")
            return self.quoted_speaker(pos) or self.principal
        if MEETING_ATTENDEES.fullmatch(prefix):  # a communiqué's "Leaders welcomed ...": the body whose meeting it reports
            body = self.body_of_meeting.get(getattr(self, "last_meeting", None) or self.meeting or "")
            if body:
                return body
        if TO_AT_END.search(prefix) and SPEAKER_OPENS.match(prefix):
            return self.quoted_speaker(pos) or self.principal  # "I make this statement ... to express our support"
        return None

    def states_before(self, s) -> list:
        """Whom 'them' opening a sentence's object stands for: the states the sentence before named ('... the entry
        of Myanmar and Angola into our fold. India warmly welcomes them')."""
        return self.in_span(*self.previous, ("State",)) if self.previous and self.previous[1] <= s else []

    def reference_entity(self, key: str, cls: str) -> str:
        """An entity of the reference data that the text reaches without naming it (a state through its envoy, the
        General Assembly through its plenary): linked under its reference label."""
        return self.linked.add(Entity(key, cls, self.ref.labels.get(key, key), in_reference=True))

    def seat_of(self, org: str):
        """Where the reference data says a body sits (schema:location), or None."""
        return self.ref.graph.value(URIRef(org), SCHEMA.location)

    def stands_for(self, person: str) -> str | None:
        """The state a person leads or represents, in the facts read so far (the latest)."""
        return next((f.object for f in reversed(self.facts) if f.subject == person and f.predicate in ("represents", "leads")
                     and self.cls(f.object) == "State"), None)

    def pronoun_person(self, s: int, pos: int) -> str | None:
        """Whom 'he' or 'she' opening a sentence stands for: the subject of the sentence before, so that 'X said ...
        He congratulated the Sultan of Oman Y ... He appreciated ...' stays with X (else the person named last)."""
        if s < pos and self.text[s:pos].lstrip()[:3].lower() not in ("he ", "she"):
            same = [i for m, i in self.in_span(s, pos, ("Person",))]
            if same:
                return same[-1]
        chained = getattr(self, "pronoun_of", None)
        if chained and chained[0] == self.previous:  # "He congratulated ... He appreciated ...": the same one
            return chained[1]
        before = [(m, i) for m, i in self.in_span(*self.previous, ("Person",))] if self.previous else []
        subject = before[0][1] if before and not self.text[self.previous[0]:before[0][0].start].strip(" \n\"“").count(" ") > 6 \
            else None
        people = [i for m, i in self.in_span(max(0, s - 600), pos, ("Person",))]
        found = subject or (people[-1] if people else None)
        self.pronoun_of = (self.current, found)
        return found

    def quoted_speaker(self, pos: int) -> str | None:
        """'"I thank Cambodia for its hospitality," the Minister said': inside a quotation, 'I' and 'we' are
        whoever the words after it attribute the quotation to."""
        para = self.text.rfind("\n", 0, pos) + 1
        if self.text.count("“", para, pos) <= self.text.count("”", para, pos) and self.text.count('"', para, pos) % 2 == 0:
            return None
        close = re.compile(r"[”\"]").search(self.text, pos, pos + 600)
        said = close and QUOTE_ATTRIBUTION.match(self.text, close.end())
        if not said:
            return None
        group = "who" if said["who"] else "who2"
        who = said[group]
        people = self.in_span(said.start(group), said.end(group), ("Person",))
        if people:
            return people[0][1]
        title = HEAD_TITLE.search(who)
        if title and title.group().lower() in self.title_holders:
            return self.title_holders[title.group().lower()]
        if re.fullmatch(r"\s*(?:she|he)\s*", who, re.I):
            before = self.in_span(max(0, pos - 1500), pos, ("Person",))
            return before[-1][1] if before else None
        return None

    def subjects_before(self, s: int, pos: int) -> list[str]:
        """The subject of a verb and those coordinated with it: 'Costa Rica, Ireland and Thailand are parties'."""
        subj = self.subject_before(s, pos)
        if subj is None:
            return []
        mentions = [(m, i) for m, i in self.in_span(s, pos, ACTOR + ("Place",)) if self.state_of(i) == subj]
        if not mentions:
            return [subj]
        return [subj] + [self.state_of(i) for _, i in self.listed_before(mentions[-1][0], s, ACTOR + ("Place",))]

    def objects_after(self, pos: int, e: int, classes=None, agents=False) -> list[tuple[Mention, str]]:
        """The object of a verb: the first entity of its clause, and those coordinated with it ('X, Y and Z';
        'X, Executive Director of WFP, and Ms. Y'; 'X for its support, as well as Y for its efforts').
        Not an object: a body named as someone's office ('the Executive Director of UNODC'), a place or state
        named as where something happens ('attacks ... in Somalia'), or the agent of a passive ('by the Board')."""
        lead = OBJECT_LEAD.match(self.text[pos:e])
        stop = self.clause_end(pos + (lead.end() if lead else 0), e)
        # "thanked the outgoing President for his leadership and Secretary-General X for ...": an unnamed first
        # object and its reason, then the named one
        unnamed = UNNAMED_THEN_NEXT.match(self.text, pos, e) if stop < e else None
        if unnamed and not self.in_span(pos, unnamed.end()):
            return self.objects_after(unnamed.end(), e, classes, agents)
        not_object = NOT_PLACE_OBJECT if agents else NOT_OBJECT  # "condemn the use of chemical weapons by Syria"
        span = self.in_span(pos, e)  # (read once: the lists below are taken from it)
        # "the resolution's sponsors": an instrument that owns the noun after it is not the object
        titled = {i for m, i in span if self.cls(i) in ("Organization", "State")
                  and (TITLE_THEN_PERSON.match(self.text, m.end) and self.in_span(m.end, m.end + 120, ("Person",))
                       or OWNED_DOCUMENT.match(self.text, m.end)  # "General Assembly decision 73/546"
                       or MEMBER_NOUN.match(self.text, m.end))}  # "the new IAEA member state - Swaziland"
        # "congratulated Sultan of Oman Haitham bin Tariq": a state or body right before a name is in the name's title
        named_next = {m.start for m, i in span if self.cls(i) == "Person"}
        usable = [(m, i) for m, i in span if (classes is None or self.cls(i) in classes)
                  and not (self.cls(i) in ("State", "Organization") and m.end + 1 in named_next and self.text[m.end] == " ")
                  and i not in titled  # "UNICEF Executive Director Henrietta Fore": the person is the object
                  and not (self.cls(i) in ("Resolution", "Treaty", "Meeting") and POSSESSIVE_S.match(self.text[m.end:m.end + 3]))
                  and (not not_object.search(self.text[max(pos, m.start - 40):m.start])
                       or self.cls(i) in ("Resolution", "Treaty", "LegalInstrument")
                       and PART_OF_TEXT.search(self.text, max(pos, m.start - 40), m.start))
                  and not ON_BEHALF_OPEN.search(self.text[pos:m.start])  # "welcoming, on behalf of X and Y, the ..."
                  and not (self.cls(i) == "Organization" and OFFICE_BEFORE.search(self.text[max(pos, m.start - 40):m.start]))
                  and not ELECTED_AS.search(self.text[max(pos, m.start - 90):m.start])  # "on your election as Chair of X"
                  and not AGENT_ADJECTIVE.match(self.text, m.end)  # "the Chinese-mediated Saudi-Iranian deal"
                  # "the Presidency of the 2017 Meeting of the High Contracting Parties to the CCW": the meeting's name
                  and not (self.cls(i) == "Treaty" and PARTIES_TO.search(self.text[max(pos, m.start - 40):m.start])
                           and MEETING_BEFORE.search(self.text[max(pos, m.start - 120):m.start]))
                  and not HYPHEN_BEFORE.search(self.text[max(0, m.start - 2):m.start])]
        usable = self.without_bracketed_repeats(usable)
        # (the mentions of text[pos:stop]: stop lies at or before e)
        placed = [m for m, i in span if m.start <= stop and m.end <= stop
                  and NOT_PLACE_OBJECT.search(self.text[max(pos, m.start - 40):m.start])]
        if placed and usable:  # "the conflicts in the Middle East, Ukraine, Sudan and elsewhere": the whole list is where
            listed = {x for head in placed for x, _ in self.coordinated((head, None), None)}
            usable = [(m, i) for m, i in usable if m not in listed]
        if not usable or usable[0][0].start >= stop:
            return []
        out = [usable[0]]
        for m1, i1 in usable[1:]:
            m0 = out[-1][0]
            if self.cls(out[-1][1]) == "Person" and self.cls(i1) in ("State", "Organization") and \
                    POST_OF_PERSON.fullmatch(self.text, m0.end, m1.start):
                continue  # "Ambassador X, Permanent Representative of [Chile], and Ambassador Y": in X's post
            # "..., and UNICEF Executive Director Henrietta Fore": the body in the title is part of the gap
            gap_end = min([m.start for m, i in self.in_span(m0.end, m1.start) if i in titled] + [m1.start])
            if COORDINATION.fullmatch(self.text[m0.end:gap_end] + " " * (gap_end < m1.start)):
                out.append((m1, i1))
            elif not REASON_OPEN.fullmatch(self.text[m0.end:m1.start]):
                break  # (a name inside the reason, "X for convening this Conference, and Y", is passed over)
        return out

    def clause_start(self, s: int, pos: int) -> int:
        """Where the clause that holds pos begins: after the last semicolon or colon of its sentence."""
        # (the last ';' or ':' in text[s:pos], as str.rfind finds it without a scan per match)
        cut = max(self.text.rfind(";", s, pos), self.text.rfind(":", s, pos))
        return cut + 1 if cut >= 0 else s

    def clause_end(self, pos: int, e: int) -> int:
        """Where the clause that starts at pos ends; words inside a name ('Convention for the ...') do not end it."""
        for m in CLAUSE_END.finditer(self.text, pos, e):
            if m.group().startswith("for") and POST_FOR.search(self.text, max(0, m.start() - 30), m.start()):
                continue  # "the Special Coordinator for the Middle East Peace Process, Mr. X": a post's portfolio
            if not any(mm.start <= m.start() < mm.end for mm, _ in self.in_span(max(0, m.start() - 200), m.start() + 300)):
                return m.start()
        return e

    def blocked(self, s: int, pos: int, future_ok: bool = False) -> bool:
        """Is the verb at pos hedged, negated or conditional ('we hope to welcome', 'has not yet')? A stance
        also may not lie in the future; a role such as hosting may ('Japan will host the summit')."""
        clause = POLITE.sub(" ", self.text[max(s, pos - 80):pos])  # "I would like to thank" is no hedge
        clause = clause[max(clause.rfind(","), clause.rfind(";")) + 1:] if "," in clause or ";" in clause else clause
        if future_ok:  # a planned role is a fact; an offer, a readiness or a need to take it is not yet one
            return bool(NEGATION.search(clause) or OFFERED.search(clause) or OBLIGED.search(clause))
        return bool(BLOCKERS.search(clause) or FUTURE.search(clause))

    def when(self, s, e) -> str | None:
        dates = find_dates(self.text, s, e)
        if dates:
            return dates[0][2].isoformat()
        rel = RELATIVE.search(self.text, s, e)
        if rel and self.anchor:
            return resolve_relative(rel, self.anchor)
        my = MONTH_YEAR.search(self.text, s, e)
        if my:
            return f"{my['year']}-{month_number(my['month']):02d}"
        year = IN_YEAR.search(self.text[s:e])
        return year[1] if year else None

    def clause_subject(self, pos: int, e: int) -> str | None:
        """The subject that opens a main clause: the first actor not governed by a preposition, or 'we'."""
        head = self.text[pos:min(e, pos + 60)]
        if SELF_OPENS.match(head):
            return self.principal
        for m, i in self.in_span(pos, min(e, pos + 60), ACTOR + ("Place",)):
            if not GOVERNED.search(self.text[pos:m.start]):
                return self.state_of(i)
            break
        return None

    def main_state(self) -> str | None:
        """The state a document is from: the one its title block names, else the one it names most."""
        h = self.doc.header  # a news item's headline ends before its dateline
        end = self.doc.body_start if self.doc.kind == "Statement" else \
            min(h.title.end if h.title else 0, h.place.start if h.place else len(self.text))
        # "Minister Pandor to attend the ... Meeting in Ulaanbaatar, Mongolia": where an event is is not whose it is
        # (nor any state of a list after the preposition: "the situations in Lesotho, the DRC and Zimbabwe")
        in_title = [i for m, i in self.in_span(0, end, ("State",))
                    if not ANOTHERS_POST.match(self.text, m.end)  # ("... With Australian Foreign Affairs Minister X")
                    and not re.search(r"\b(?:in|at|to|from|on|about|regarding|concerning|visits?|visited|visiting)\s+(?:the\s+)?"
                                     r"(?:[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*\s*(?:,|,?\s+and|,?\s+or)\s+(?:the\s+)?)*$|[A-Z][\w\-]+,\s*$",
                                     self.text[max(0, m.start - 80):m.start])]
        for m, i in self.in_span(0, end, ("Organization",)):  # "Ministry of Foreign Affairs of Brazil"
            # (a state that only a body's name holds is linked from the reference data when it is used)
            in_title += [self.reference_entity(g.key, "State") for g in gazetteer_mentions(m.text, self.ref) if g.kind == "State"]
        if not in_title and h.place and self.doc.kind != "Statement":
            in_title = self.dateline_home(h.place)
        if in_title or self.doc.kind != "Statement":
            return (in_title or [None])[0]  # a news item that names no state in its title or dateline: no guess
        counts: dict[str, int] = {}
        for _, i in self.linked.mentions:
            if self.cls(i) == "State":
                counts[i] = counts.get(i, 0) + 1
        return max(sorted(counts), key=counts.get) if counts else None

    def dateline_home(self, place) -> list[str]:
        """'SEOUL -- Minister X attended the summit in New Delhi': a capital named only in the dateline is where the
        item comes from, and its state is the home of the officials it leaves unqualified. A capital named again
        ('... the ASEAN Regional Forum in Phnom Penh') is where the news happened, and says nothing of whose it is."""
        capitals = [i for m, i in self.in_span(place.start, place.end, ("Place",)) if i in self.ref.capital_of]
        if not capitals:
            return []
        line_end = self.text.find("\n", place.end)
        named = [i for m, i in self.in_span(place.end, min(place.end + 30, line_end if line_end > 0 else len(self.text)), ("State",))
                 if re.fullmatch(r"\s*,\s*", self.text[place.end:m.start])]
        if named and named[0] == self.ref.capital_of[capitals[0]]:
            return [named[0]]  # "Islamabad, Pakistan: Foreign Secretary X ...": a home press note names its state
        state = self.ref.capital_of[capitals[0]]
        if any(i == capitals[0] and not (place.start <= m.start < place.end) for m, i in self.linked.mentions):
            return []
        return [self.reference_entity(state, "State")]

    def listed_after(self, first, e, classes) -> list[tuple[Mention, str]]:
        """The people listed after the mention `first`, each with their title ('A and Development Minister B')."""
        out, prev = [], first[0]
        for m, i in self.in_span(prev.end, e, classes):
            if not TITLED_GAP.fullmatch(self.text[prev.end:m.start]):
                break
            out.append((m, i))
            prev = m
        return out

    def listed_before(self, last, s, classes) -> list[tuple[Mention, str]]:
        """The entities listed before the mention `last` ('Brazil, Chile and [Indonesia]'), nearest first."""
        out, first = [], last
        for m, i in reversed(self.in_span(s, last.start, classes)):
            if first.kind == "Person" and m.kind != "Person" and TITLED_GAP.fullmatch(self.text[m.start:first.start]):
                continue  # "Li Zhaoxing, and U.S. Assistant Secretary [Richard Boucher]": the state is in the title
            gap = TITLED_GAP if m.kind == first.kind == "Person" else LIST_GAP
            if not gap.fullmatch(self.text[m.end:first.start]):
                break
            out.append((m, i))
            first = m
        return out
