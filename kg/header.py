"""The title block of a statement: who speaks, in which post, for whom, at which meeting, when.

Statements open with a block such as
    Statement by H.E. Ambassador Anna Lund, Permanent Representative of Sweden to the United Nations,
    at the Security Council Open Debate on ...        (one line, or one item per line)
    28 June 2017
followed by a salutation ("Mr. President,", "Thank you, Madam Chair"). News items open with a headline
and often a dateline ("TOKYO, Dec. 16 (Kyodo) --"). Offsets always point into the document text.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .dates import find_dates
from .model import Header, Span

SALUTATION = re.compile(
    r"^[ \t]*(?:(?:thank you|(?:mr\.?[ \t]*/[ \t]*)?(?:mr\.?|madam|madame|mister)\s+(?:president|chair|co-?chair|vice|secretary|moderator|"
    r"speaker|high|director|executive|under|facilitator)\w*|excellenc\w*|your\s+excellenc\w*|(?:his|her)\s+excellenc\w*(?=[^\n]*,[ \t]*$)|your majesty|"
    r"distinguished|dear|ladies and|(?:president|co-?chairs?|chair(?:person|man|woman)?|colleagues)(?=[ \t]*(?:[,:!]|$))|"
    r"chair(?:person|man|woman)?[ \t]+(?-i:[A-Z][\w\-]+),))",  # ("Chairperson Kurz, distinguished ministers,")
    re.I | re.M)  # a bare "Chairman" opens a speech only as an address ("Chairperson,"), not in "CHAIRMAN OF THE ..."
INTRO = re.compile(
    r"\b(?:(?:statement|statment|remarks|address|speech|intervention|explanation of (?:vote|position)(?:\s+(?:before|after)\s+the\s+vote)?|keynote|opening remarks|"
    r"closing remarks)\s+(?:delivered\s+)?(?:on\s+behalf\s+of\s+[\s\S]{3,120}?\s+by|by|of|from|for(?=\s+the\s+(?:Kingdom|Republic|State|Sultanate|Principality|Grand|Federation|Federal|Government|Delegation|Permanent|Islamic|People|Democratic|United|Commonwealth)\b))|"
    r"(?:delivered|presented|read out|made)(?:\s+(?:in\s+writing|orally|virtually|remotely|online))?\s+by)[ \t]*:?\s+|^[ \t]*(?:presenter|speaker|delivered by)[ \t]*:\s*", re.I | re.M)
HONORIFIC = r"(?:\((?i:Dr|Prof|Mr|Ms|Mrs)\.?\)|(?i:H\.\s?E\.?|HE|His Excellency|Her Excellency|(?:The\s+)?Right\s+Hon(?:ou?rable|\.)?|Hon\.|Hon(?=[ \t]+[A-Z])|Hon['’]ble|Honourable|Honorable|Ambassador|Amb\.|Mr\.?|" \
            r"Ms\.?|Mrs\.?|Miss|Dr\.?|Prof\.?|Professor|Sir|Dame|Madam|Minister|Judge|Senator|Rt\.? Hon\.)|" \
            r"(?:(?:Lieutenant|Lt\.?|Major|Maj\.?|Police|Brigadier|Air Chief)[ \t]+)?(?:General|Marshal)(?![ \t]+Assembly)|Admiral|Colonel|" \
            r"Sheikh|Shaikh|Sheik|Shaykh|(?i:Shri|Smt\.?|Shrimati)|Archbishop|Bishop|Cardinal|Monsignor|Msgr\.?|Prince|Princess|Datuk|Dato['’]?|Tan Sri|Tun|Reverend|Atty\.?)"
# Latin capitals and small letters with their accented forms (Kovač, KOVAČ, Núñez, ØSTERGAARD). A mixed-case token
# is split at its first small letter, one way only: two ways per word made a failing match on a long title-case
# headline try every split of every word (minutes for "Foreign Minister Saud Held Bilateral Meeting With ...")
UP = "".join(c for c in map(chr, range(0x41, 0x250)) if c.isupper())
LO = "".join(c for c in map(chr, range(0x61, 0x250)) if c.islower())
NAME_TOKEN = rf"(?:(?i:MD|MOHD|MUHD|MOHAMMAD)\.(?=[ \t]+[{UP}])|(?:[{UP}]\.){{1,3}}[{UP}][{LO}][\w'’\-]*|(?!H\.E\.)(?:[{UP}]\.){{2,3}}|(?:[{UP}][{LO}]?\.)|(?:[{UP}](?:[^\W{LO}]|['’\-])*[{LO}][\w'’\-]*)|(?:[{UP}][{UP}'’\-]+)|" \
             rf"(?:de|da|del|van|von|der|den|bin|al|el|la|las|los|le|du|dos|ibn)(?=\s+(?:(?:la|las|los|der|den)\s+)?[{UP}]))"
# honours written after a name ("Sir Tomasi Puapua PC, KBE"): not part of it
POSTNOMINAL = r"(?:PC|KC|QC|MP|OM|CH|GCMG|KCMG|CMG|GCB|KCB|CB|GCVO|KCVO|CVO|LVO|MVO|GBE|KBE|DBE|CBE|OBE|MBE|AC|AO|GNZM|KNZM|" \
              r"CNZM|ONZM|MNZM|QSO|GCON|GCFR|OFR|CFR|JP)"
NAME = rf"(?!{POSTNOMINAL}\b){NAME_TOKEN}(?:[ \t]+(?!{POSTNOMINAL}\b){NAME_TOKEN})*(?:,?[ \t]+(?:Jr|Sr)\.?)?"  # ("Tommy E. Remengesau, Jr.")
SPEAKER = re.compile(rf"(?:(?i:the)[ \t]+(?={HONORIFIC}))?(?:{HONORIFIC}[ \t]+)*(?P<name>{NAME})")
# words of a title-case headline, never of a name: "Minister Attends Summit", "Minister of Foreign Affairs Participates"
HEADLINE_VERBS = r"\b(?:Affairs|Relations|Cooperation|Participates|Attends|Meets|Holds|Visits|Calls|Receives|" \
                 r"Addresses|Signs|Opens|Launches|Hosts|Welcomes|Discusses|Urges|Condemns|Delivers|Arrives|" \
                 r"Leads|Chairs|Joins|Speaks|Says|Stresses)\b"
HEADLINE_WORD = re.compile(HEADLINE_VERBS)
# a title block line that is a titled name and nothing else: "Ambassador Cherith Norman Chalet"
SPEAKER_LINE = re.compile(rf"^[ \t*_#]*(?:(?i:the)[ \t]+)?(?:{HONORIFIC}[ \t]+)+(?![^\n]*{HEADLINE_VERBS})(?!(?i:co-?|vice-?)?(?i:president|chair|"
                          rf"secretary|moderator|speaker|facilitator)\w*\b)(?P<name>{NAME})"
                          rf"(?:,?[ \t]+{POSTNOMINAL}(?:,?[ \t]+{POSTNOMINAL})*)?[ \t*_,]*$", re.M)  # not "Mr. Co-President"
POST_WORD = re.compile(
    r"\b(?:Representative|Minister|Ambassador|Director|Secretary|Counsellor|Counselor|Adviser|Advisor|Delegate|"
    r"Head|Chief|Chair|Chairperson|President|Envoy|Officer|Attach[ée]|Coordinator|Commissioner|Deputy|"
    r"Permanent|Vice|Chargé|Charge|Delegation|Mission|Consul|Special|Member|Prime|Foreign|State|Senior|"
    r"First|Second|Third|Legal|Expert|Governor|Chairman|Chairwoman)\b", re.I)
POST_LINE = re.compile(r"\b(?:Representative|Ambassador|Counsell?or|Minister|Delegate|Mission|Delegation|Envoy|"
                       r"Secretary|Director|Officer)\b", re.I)
INLINE_ADDRESS = re.compile(r"(?<=\s)(?:Mr\.?|Madam|Madame)\s+(?:Co-?)?(?:President|Chair\w*|Vice-?President)\s*,")
ADDRESS_LINE = re.compile(r"^[ \t]*(?:Mr\.?|Madam|Madame|Mister)[ \t]+(?:Co-?)?(?:President|Chair\w*|Vice-?President|"
                          r"Secretary-General|Speaker|Moderator)(?:[ \t]*[,:]?|(?:[ \t]+[A-Z][\w\-'’.]+){1,4},)[ \t]*$", re.M)
# ("Mr. President Abdulaziz Al-Nasser," addresses the chair by name)
NUMBERED_MEETING = r"(?=\d+\w*\s+(?:[\w\-]+\s+){0,3}(?i:meeting|session|conference|summit)\b)"
ORDINAL_WORD = r"\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
ORDINAL_MEETING = rf"(?i:(?:{ORDINAL_WORD})[ \t]+(?:[\w\-]+[ \t]+){{0,2}}(?:preparatory|review|session|meeting|conference|summit)\b)"
# (not "United Nations General Assembly, 76th Session": the body's session, named after it)
ORDINAL_NAMED_MEETING = rf"(?i:(?:{ORDINAL_WORD})[ \t]+(?:[\w\-]+[ \t]+){{1,2}}(?:preparatory|review|meeting|conference|summit|" \
                        r"committee)\b)"
AT_MEETING = re.compile(r"(?:^|(?<=[\s,]))(?:at|At|AT|(?i:before|on the occasion of|in the|during)|[–—]|(?<=, )to(?=\s+the\s+\d)|"
                        r"(?<=tatement )to|(?<=TATEMENT )TO|"
                        # "..., RESIDENT REPRESENTATIVE OF X, FIRST PREPARATORY COMMITTEE FOR ...": set off by a comma
                        rf"(?<=,)(?=\s+{ORDINAL_NAMED_MEETING}))\s+"  # "Pacific Islands Forum Statement to the High-Level Meeting"
                        r"(?:(?i:the|a)\s+)?(?=[\w“\"])",
                        re.M)
# a headline's verb: "22nd Ordinary Session of the African Union Assembly concludes: ..."
HEADLINE_VERB_END = r"(?-i:\s+(?:[Cc]oncludes|[Cc]oncluded|[Ee]nds|[Ee]nded|[Cc]loses|[Cc]losed|[Bb]egins|[Bb]egan|opens|" \
                    r"kicks\s+off|wraps\s+up|adopts|[Aa]dopted\s+by)\b)"
MEETING_END = re.compile(r"(?<!\bof)(?<!\bthe)(?<!\bof )(?<!\bthe )(?<!\bof\n)(?<!\bthe\n)(?<!\bthe \n)"
                         r"\n(?!\s*(?:of|to|on|for)[ \t])|"  # ("... OF THE / TENTH ...")
                         rf"{HEADLINE_VERB_END}|\s+[-–—]\s+(?:[A-Z][\w.]*\s+){{0,3}}Statement\b|(?-i:(?<=[a-z]{2})\.\s+(?=[A-Z]))|,\s*(?:on\s+)?(?:agenda|item)\b|\s+(?:on|under)\s+(?:the\s+)?agenda\s+"
                         r"item\b|,\s+on\s+behalf\s+of\b|,?\s*\(|,\s*(?:[A-Z][a-z]+\s?){1,3},\s*(?=\d|[A-Z][a-z]+\.?\s+\d)|"
                         r",\s*(?:\d|(?:January|February|March|April|May|June|July|"
                         r"August|September|October|November|December)\b)|,\s*(?:in\s+)?[A-Z][a-z]+,?\s*$|"
                         # "... on the Arms Trade Treaty United Nations Headquarters 12-23 July, 2010": venue and days
                         r"\s+(?:(?:United\s+Nations|UN)\s+)?Headquarters\b|\s+as\s+(?=[A-Z][a-z]+\s+(?:becomes|became|takes|took|"
                         r"assumes|assumed)\b)|\s+\d{1,2}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2}"
                         r"(?:st|nd|rd|th)?)?\s+(?:January|February|March|April|May|June|July|August|September|October|"
                         r"November|December)\b|"
                         r"\s+on\s+(?=[0-3]?\d(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|"
                         r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+[0-3]?\d\b)", re.I)  # ("... on 21 September")
DURING = re.compile(r"\s+during\s+(?:the\s+)?")
MEETING_WORD = re.compile(
    r"\b(?:Council|Assembly|Committee|Commission|Conference|Session|Debate|Meeting|Summit|Symposium|Forum|Board|"
    r"Congress|Dialogue|Briefing|Consultations?|Segment|Review|Panel|Event|Workshop|Seminar)\b", re.I)
# "NAIROBI, 4 March 2019 —", "Tokyo, Jan. 20 (Kyodo) --", "GENEVA (Reuters) -", "Seoul--(Newswire)--"
DATELINE = re.compile(rf"^\s*(?:\([^()\n]{{2,60}}(?:\([^()\n]{{1,20}}\))?[^()\n]{{0,10}}\)[ \t]*)?(?!(?i:Mr|Mrs|Ms|Dr|Prof|No|Ref|Tel|Fax|Date|Subject|Re|Page|Tags|Source|From|To|Posted|Published|Updated|Update|UPDATE|Breaking|BREAKING|Exclusive|EXCLUSIVE|Last|Image|Photo|Photos|Picture|Credit|Caption|Video|Audio|Watch|Read|Share|Download|Copyright)\b)(?P<place>[{UP}][{UP}{LO}.'\-]+?(?: [{UP}][{UP}{LO}.'\-]+){{0,2}})(?:,\s+(?P<rest>[^\n]{{0,40}}?))?\s*"
                      r"(?:(?:--|—|–)\s*(?=\())?(?:\([^)]*\))?\s*(?:(?:--|—|–|(?<=[\s\d)])-|:)\s|--(?=[A-Z]))", re.M)  # ("Saudi- Arab ...": a word's hyphen)


DATE_FIRST_DATELINE = re.compile(rf"^[ \t]*(?P<date>[0-3]?\d[ \t]+[A-Z][a-z]+\.?,?[ \t]+(?:19|20)\d\d|[A-Z][a-z]+\.?[ \t]+[0-3]?\d,[ \t]+"
                                 rf"(?:19|20)\d\d),[ \t]+(?P<place>[{UP}][{UP}{LO}.'\-]+(?:[ \t][{UP}][{UP}{LO}.'\-]+){{0,2}})"
                                 rf"(?:,[ \t]+(?P<rest>[{UP}][^\n,]{{1,30}}?))?[ \t]+(?:--|—|–|-)[ \t]", re.M)


def _after_markup(line: re.Match) -> int:
    """Where a matched title-block line's words begin, past its indent and markdown marks ('**', '#')."""
    return line.start() + len(line.group()) - len(line.group().lstrip(" \t*_#"))


def _span(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start] in " \t\n,;:“\"'":
        start += 1
    while end > start and text[end - 1] in " \t\n,;:”\"'.":
        end -= 1
    return Span(start, end, text[start:end]) if end > start else None


NAMED_STATEMENT = re.compile(r"\b(?!(?i:Opening|Closing|Introductory|Concluding|General|National|Final|Press|Joint|Vote|"
                             r"Position|Written|Oral|Leaders|Ministers|Chair|Chairs|Chairman|Consolidated|Revised|Full|Official|Debate|Plenary|Session|Segment|Dialogue|"
                             r"Item|Conference|Meeting|Summit)\b)"
                             r"(?!(?:UN|U\.N\.|United[ \t]+Nations)[ \t]+(?i:statement))"  # ("UN Statement by X": made at the UN)
                             r"(?P<who>[A-Z][\w.\-]*(?:[ \t]+[A-Z][\w.\-]*){0,3})"
                             # ("Security Council Open Debate – Statement by ...": the meeting, not whose statement)
                             r"(?<!Debate)(?<!Session)(?<!Meeting)(?<!Summit)(?<!Conference)(?<!Segment)(?<!Dialogue)(?<!Forum)"
                             r"[ \t]+(?:[-–—][ \t]+)?(?:(?i:joint)[ \t]+)?"
                             r"(?:[Ss]tatement|STATEMENT)\b")


@lru_cache(maxsize=8)  # (statement_like and header_end both ask, for the same text)
def _title_limit(text: str) -> int:
    """Where a title block must end: within 1,500 characters, before the first paragraph of prose (a line of 25
    words or more ending a sentence: "1. The Second Ministerial Meeting ... was held in ..."), since "statements
    were made by ..." in a communiqué's body names no speaker of its own."""
    limit = min(len(text), 1500)
    prose = next((p for p in PROSE_LINE.finditer(text, 0, limit) if not INTRO.search(p.group())
                  and not DELIVERED_NOTE.search(p.group()) and PROSE_VERB.search(p.group())), None)
    return prose.start() if prose else limit


# "This UK statement was delivered at the adoption of ...": a note on the statement below, not the body of a news item
DELIVERED_NOTE = re.compile(r"\b(?:statement|speech|remarks|intervention)\s+(?:was|is|were)\s+(?:delivered|made|given|read)\b", re.I)
# "Senegal on behalf of the African Group" on a line of its own: who speaks, for whom
STATE_ON_BEHALF_LINE = re.compile(r"^[ \t*_#]*(?:The[ \t]+)?[A-Z][\w\-]+(?:[ \t]+(?:of[ \t]+|and[ \t]+|the[ \t]+)?[A-Z][\w\-]+){0,3}"
                                  r"[ \t]+on[ \t]+behalf[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][^\n.]{1,80}$", re.M)
STATEMENT_AT = re.compile(r"^[ \t*_#]*(?:(?:national|joint|opening|closing|general)[ \t]+)?(?:statement|remarks|address|"
                          r"intervention|speech)[ \t]+(?:at|to|before)[ \t]+", re.I | re.M)
PROSE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|said|says|met|supported|expressed|stressed|"
                        r"welcomed|adopted|attended|announced|signed|urged|called|held|took|focused|opened|organi[sz]ed|"
                        r"hosted|launched|concluded|ended|began|convened|aimed|targeted|brought|gathered|kicked|inaugurated|joined|"
                        r"started|commenced|arrived|participated|chaired|elected|received|wrapped|"
                        # (a delegation's own present tense: "Ireland aligns itself with the statement of the EU")
                        r"aligns|associates|adds|welcomes|thanks|supports|condemns|commends|congratulates|reaffirms|"
                        r"reiterates)\b")  # a title names; prose tells
PROSE_LINE = re.compile(r"^[ \t]*(?:\S+[ \t]+){24,}\S*[.!?][\"”']?[ \t]*$", re.M)


# "Algeria, Deputy Representative Boualem Chebihi" on a line of its own: the state, the post, the speaker
STATE_POST_NAME = re.compile(rf"^[ \t*_#]*(?P<state>[A-Z][\w\-]+(?:[ \t]+(?:of[ \t]+|and[ \t]+|the[ \t]+)?[A-Z][\w\-]+){{0,3}}),[ \t]+"
                             r"(?P<post>(?:(?:Deputy|Permanent|Alternate|Acting|Vice|Prime|Foreign|Senior)[ \t]+)*"
                             r"(?:Representative|Ambassador|Minister|Delegate|Envoy|President))[ \t]+"
                             rf"(?P<name>{NAME})[ \t]*$", re.M)


# a title that names the speech after its speaker: "Tigran Avinyan's address at the sixty-fifth session of the CSW"
POSSESSIVE_SPEECH = re.compile(rf"^[ \t*_#]*(?:{HONORIFIC}[ \t]+)*(?P<name>{NAME})['’]s[ \t]+(?:(?:opening|closing|keynote)[ \t]+)?"
                               r"(?:address|statement|speech|remarks|intervention)[ \t]+(?:[a-z]+[ \t]+){0,2}?(?:at|to|before|on)\b", re.M)


def _possessive_speech(text: str) -> re.Match | None:
    """A speech named after its speaker in the first lines; a person's name of two words or more, not a state's."""
    m = POSSESSIVE_SPEECH.search(text, 0, min(len(text), 400))
    if m and len(m["name"].split()) >= 2 and not POST_WORD.search(m["name"]) and \
            m["name"].split()[0].lower() not in ("the", "a", "an", "our", "my"):
        return m
    return None


@lru_cache(maxsize=8)  # the header, the body's start and the document's kind all ask
def statement_like(text: str) -> bool:
    """A statement, not a news item: it says 'Statement by' / 'Delivered by', or its title names a speaker
    ('EU Statement on ...') and a salutation soon follows ('Mr. Chairperson,')."""
    limit = _title_limit(text)
    if INTRO.search(text, 0, limit):
        return True
    named = NAMED_STATEMENT.search(text, 0, min(limit, 400))
    # (the salutation may open the first paragraph: "Mr President, Ambassadors, distinguished delegates, I would ...")
    if named and (SALUTATION.search(text, 0, min(limit, 700)) or limit < 700 and SALUTATION.match(text, limit)):
        return True
    if named and not text[:named.start()].strip() and re.match(r"[ \t]+(?:on|to|at|before|in)\b", text[named.end():]):
        return True  # a title that opens the text: "EU Statement on the Violation of OSCE Principles ..."
    # a title block with the speaker on a line of its own ("Ambassador X", "X Permanent Representative of Y ...")
    speaker = SPEAKER_LINE.search(text, 0, min(limit, 800)) or NAME_THEN_POST.search(text, 0, min(limit, 800))
    if speaker and SALUTATION.search(text, speaker.end(), limit):
        return True
    if STATE_POST_NAME.search(text, 0, min(limit, 600)) or _possessive_speech(text):
        return True
    if STATE_ON_BEHALF_LINE.search(text, 0, min(limit, 600)) and SALUTATION.search(text, 0, min(limit, 900)):
        return True
    if _gave_statement(text) or BYLINE.search(text, 0, min(limit, 800)):  # "Head of the UK Delegation X gave the UK
        return True  # statement to ..."; "Press Statement / Jen Psaki / Spokesperson"
    at = STATEMENT_AT.search(text, 0, min(limit, 400))  # "Statement at the Conference of the States Parties to ..."
    line_end = text.find("\n", at.end()) if at else -1
    if at and MEETING_WORD.search(text, at.end(), line_end if line_end >= 0 else len(text)):
        return True
    if MEETING_TITLE.match(text) and len(WE_OPENS.findall(text, 0, min(len(text), 2500))) >= 2:
        return True  # "OSCE Permanent Council No. 1460 Vienna, 8 February 2024" over "The EU welcomes ... We condemn ..."
    return bool(ADDRESS_LINE.search(text, 0, limit))  # "Mr. President," on a line of its own: a speech, whatever its title


def header_end(text: str) -> int:
    """Offset where the body starts: the first salutation line after some title text (within the first
    1,500 characters), else the end of the first paragraph."""
    limit, title_limit = min(len(text), 1500), _title_limit(text)
    if title_limit == 0:  # the text opens with prose ("Minister X participated in the meeting ... on 19 May.")
        return 0
    if not statement_like(text) and not AT_MEETING.search(text, 0, text.find("\n") if "\n" in text else limit):
        newline = text.find("\n")  # a news item: the headline is the title block
        return newline if newline > 0 else len(text)
    # web pages put "Thank you for your feedback" lines above the title block: salutations count after its start
    first = SALUTATION.search(text, 0, limit)
    if first and not text[:first.start()].strip():
        return 0  # the text opens with "Mr. Chairman,": a speech with no title block at all
    # a title block on one long line (a PDF's extraction, perhaps below a short page title): the title ends at an
    # inline address
    intro = INTRO.search(text, 0, limit)
    line_start = text.rfind("\n", 0, intro.start()) + 1 if intro else 0
    line_end = text.find("\n", line_start) if "\n" in text[line_start:] else len(text)
    if line_end - line_start > 250:
        inline = INLINE_ADDRESS.search(text, intro.end() if intro else 0, min(limit, line_end))
        if inline:
            return inline.start()
    # "Statement delivered by X" after the first "Mr. President," is the speech citing another's statement
    salutation = next((m for m in ADDRESS_LINE.finditer(text, 0, limit) if text[:m.start()].strip()), None)
    openings = [m for m in (INTRO.search(text, 0, title_limit), SPEAKER_LINE.search(text, 0, min(limit, 800))
                            or NAME_THEN_POST.search(text, 0, min(limit, 800)) or _gave_statement(text)
                            or BYLINE.search(text, 0, min(limit, 800)))
                if m and not (salutation and m.start() > salutation.start())]
    opening = min(openings, key=lambda m: m.start()) if openings else None
    speech = _speech_before_salutation(text, opening, limit)
    for m in SALUTATION.finditer(text, opening.start() if opening else 0, limit):
        if speech is not None and speech < m.start():
            return speech
        if text[:m.start()].strip():
            return text.rfind("\n", 0, m.start()) + 1

    if opening:  # no salutation: the title block runs on through the short lines below the speaker's (post,
        line_end = text.find("\n", opening.end())  # meeting, place, date) to the first paragraph of the speech
        line_end = line_end if line_end > 0 else len(text)
        para = PARAGRAPH.search(text, line_end, limit)
        return text.rfind("\n", 0, para.start()) + 1 if para and para.start() > line_end else line_end
    first_line = MEETING_TITLE.match(text)
    if first_line and len(WE_OPENS.findall(text, 0, min(len(text), 2500))) >= 2:
        return first_line.end()  # only the meeting's designation above the speech
    if title_limit < limit:  # no salutation, no speaker: the title block runs to the first paragraph of prose
        return title_limit
    para = text.find("\n\n", 0, limit)
    if para > 0:
        return para
    newline = text.find("\n")
    return newline if newline > 0 else len(text)


# the speech in the first person ("I congratulate ...", "We commend ...") or a paragraph that tells
FIRST_PERSON = re.compile(r"\b(?:I|We|My|Our|Allow\s+me|Let\s+me)\b")
SPEECH_ON_LINE = re.compile(r"(?<=[a-z]{2}[.!?])[ \t]+(?=(?:I|We|My|Our|Allow\s+me|Let\s+me)\s)")
PARAGRAPH = re.compile(r"^[ \t]*(?:\S+[ \t]+){11,}\S*[.!?][\"”']?[ \t]*$", re.M)


def _speech_before_salutation(text: str, opening: re.Match | None, limit: int) -> int | None:
    """A news page giving a statement: the speech may begin on the line that introduces it ("... at the 55th
    Session of the Human Rights Council. I congratulate ...") or in paragraphs above the first "Mr. President,"."""
    if not opening:
        return None
    line_end = text.find("\n", opening.end())
    line_end = limit if line_end < 0 else line_end
    inline = SPEECH_ON_LINE.search(text, opening.end(), line_end)
    if inline:
        return inline.end()
    return next((p.start() for p in PARAGRAPH.finditer(text, line_end, limit)
                 if FIRST_PERSON.search(p.group()) or PROSE_VERB.search(p.group())), None)


def parse_header(text: str) -> tuple[Header, int]:
    """Read the title block; returns the header and the offset where the body begins."""
    end = header_end(text)
    fields: dict = {}
    # ("Thursday, 30 March 2023 12:49" above a news item's headline is no title)
    title_start = _title_start(text, end if statement_like(text) else min(len(text), 600))
    line_end = text.find("\n", title_start) if "\n" in text[title_start:] else len(text)
    fields["title"] = _span(text, title_start, min(line_end, end) if title_start < end or not title_start else line_end)
    intro = _best_intro(text, end)
    # "Ahmed Al-Jarman Permanent Representative of the UAE to the United Nations before the General Debate ...":
    # a line that opens with a name and goes on with a post is the speaker's, with no honorific needed
    speaker_line = None if intro else SPEAKER_LINE.search(text, 0, end) or NAME_THEN_POST.search(text, 0, end)
    gave = None if intro or speaker_line else _gave_statement(text)
    if intro:
        _speaker_and_post(text, intro.end(), end, fields)
    elif gave:
        _gave_statement_fields(text, gave, fields)
    elif not speaker_line and (owned := _possessive_speech(text)):  # "Tigran Avinyan's address at the ..."
        fields["speaker"] = _span(text, owned.start("name"), owned.end("name"))
    elif not speaker_line and (line := STATE_POST_NAME.search(text, 0, min(end + 1, 600))):
        for key, group in (("speaker", "name"), ("post", "post"), ("on_behalf_of", "state")):
            fields[key] = _span(text, line.start(group), line.end(group))
    elif speaker_line:
        _speaker_and_post(text, _after_markup(speaker_line), end, fields)
    elif (byline := BYLINE.search(text, 0, end)) or (byline := TITLED_NAME_POST.search(text, 0, end)):
        fields["speaker"] = _span(text, byline.start("name"), byline.end("name"))
        fields["post"] = _span(text, byline.start("post"), byline.end("post"))
    # "Statement by the Argentine Minister of Health at CND ..." with the name on a line of its own below: "Dr. X"
    named_below = SPEAKER_LINE.search(text, intro.end(), end) if intro and "speaker" not in fields else None
    if named_below:
        _speaker_and_post(text, _after_markup(named_below), end, fields)
    if "speaker" in fields and " " not in fields["speaker"].text:
        _full_name(text, end, fields)
    statement = statement_like(text)
    if statement:  # "EU Statement on ...", "U.S. statement as delivered by ...": whose statement
        named = NAMED_STATEMENT.search(text, 0, end)
        if named and ("speaker" not in fields or fields["speaker"].start >= named.end()) and \
                re.search(r"[-–—]", text[named.end("who"):named.end()]) and \
                re.match(r"(?i)[ \t]+by\b", text[named.end():]):
            # "Michéal Martin – Statement by the Irish Presidency of the EU ...": who delivered it, before the dash
            fields["speaker"] = _span(text, named.start("who"), named.end("who"))
        elif named:  # (the title block may end before the words that made the text look like a statement)
            fields["on_behalf_of"] = _span(text, named.start("who"), named.end("who"))
        else:  # "Opening Statement United States of America 19th Commission on ...": whose, right after the word
            unprefixed = STATEMENT_THEN_WHO.search(text, 0, end)
            if unprefixed:
                fields["on_behalf_of"] = _span(text, unprefixed.start("who"), unprefixed.end("who"))
    # a statement names the meeting it was delivered at; a news headline names events, read with the body
    # (the meeting may come before the speaker: "STATEMENT OF THE G77 AT THE 23RD SESSION OF ... DELIVERED BY ...")
    above = _meeting(text, 0, intro.start()) if statement and intro else None
    fields["meeting"] = (_body_heading(text, end) or _meeting(text, intro.end() if intro else 0, end)
                         or above or _meeting_line(text, end, fields)) if statement else None
    if above and fields["meeting"].start > intro.start() and fields["meeting"].text.lower() in above.text.lower():
        fields["meeting"] = above  # "Statement at the General Debate 2015 Review Conference of ..." above "at the General Debate"
    if fields["meeting"] and "speaker" in fields and BYLINE.match(text, text.rfind("\n", 0, fields["speaker"].start - 1) + 1) \
            and ABOUT_MEETING.match(text, text.rfind("\n", 0, fields["meeting"].start) + 1):
        fields["meeting"] = None  # a press statement "on the 43rd OAS General Assembly" is about it, not given there
    # (a news item may open with its dateline, the lead paragraph on the same line: "KIGALI RWANDA– Heads of state ...")
    dl = None if intro else (None if statement else DATELINE.match(text, 0)) or DATELINE.search(text, end, min(len(text), end + 600))
    # "14 October 2024, Doha, Qatar - The 71st session ...": a dateline that gives the date first
    first = DATE_FIRST_DATELINE.search(text, 0, min(len(text), end + 800)) if not statement else None
    if first and find_dates(first["date"]) and not (dl and find_dates(text, dl.start(), dl.end() + 30)):
        dl = first
    if dl:
        fields["place"] = _span(text, dl.start("place"), dl.end("place"))
    # past a statement's title block, only a date on a line of its own: not one a sentence of the speech cites
    # ("Apia, Samoa – 16 November 2023: ..." below a photo caption dated the 15th: the dateline's own date)
    own = find_dates(text, dl.start(), dl.end() + 30) if dl and not statement else []
    date = (own and (own[0][2].isoformat(), Span(own[0][0], own[0][1], text[own[0][0]:own[0][1]]))) or \
        _date(text, end, after=intro.start() if intro else 0) or \
        _date(text, dl.end() if dl else min(len(text), 600), strict=not dl and statement) or \
        (_dateline_day(text, dl) if dl else None)
    if date:
        fields["date"], fields["date_span"] = date
        line = _line_of(text, date[1].start)
        # ("Geneva, 6 July 2018" on a line of its own, or "... Conference Of The States Parties (The Hague, 27 November")
        place = re.match(r"\s*[*(]*\s*(?P<place>[A-Z][\w.'\- ]{1,40}?),\s*$", text[line[0]:date[1].start]) or \
            re.search(r"\(\s*(?P<place>[A-Z][\w.'\- ]{1,40}?),\s*$", text[line[0]:date[1].start])
        if place and "place" not in fields and not WEEKDAY.fullmatch(place["place"]) \
                and not NOT_A_PLACE.match(place["place"]) and not MEETING_WORD.search(place["place"]):
            # (not "Wednesday, 19 February", "Statement, 6 July 2018", "General Assembly 79th session, 1 November 2024")
            fields["place"] = _span(text, line[0] + place.start("place"), line[0] + place.end("place"))
    return Header(**fields), end


def _full_name(text: str, end: int, fields: dict) -> None:
    """'Address by Minister Richmond' and, on a line below, '... for International Development and Diaspora Neale
    Richmond': the title block's fuller name of the speaker named by surname."""
    surname = fields["speaker"].text
    for m in re.finditer(rf"\b(?P<given>[{UP}][{LO}]+(?:[ \t]+[{UP}]\.)?)[ \t]+{re.escape(surname)}\b", text[:end]):
        post = fields.get("post")
        if post and post.start <= m.start("given") < post.end:
            continue  # "Minister of Correctional Services Mapisa-Nqakula": the post's last word is no given name
        if not re.fullmatch(rf"{HONORIFIC}|{POST_WORD.pattern}|(?i:the|and|of|for|by|to)", m["given"].split()[0]):
            fields["speaker"] = _span(text, m.start("given"), m.end())
            return


NOT_A_PLACE = re.compile(r"(?i)(?:statement|remarks|speech|address|intervention|delivered|date[ds]?|issued)\b")
DAY_MONTH = re.compile(r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<month>[A-Z][a-z]{2,8}\.?)|(?P<month2>[A-Z][a-z]{2,8}\.?)\s+"
                       r"(?P<day2>[0-3]?\d)\b")
# a year the item is set in: not a target ("by 2030", "the 2030 Agenda") nor a span's end
YEAR = re.compile(r"(?<!by )(?<!until )(?<!before )(?<!to )(?<![-–])\b(?:19|20)\d\d\b(?!\s+Agenda)(?![-–]\d)")
# a year that describes a thing in small letters says nothing of when the item is: "the 1967 borders", "the 2020
# meeting on the NPT" (but "as the 2022 Ocean Conference entered its third day" names the event told of)
YEAR_OF_A_THING = re.compile(r"(?:\b[Tt]he|\b[Aa]|\bits|\btheir|\bthis|\bthat)\s+(?:19|20)\d\d\s+[a-z]")


def _dateline_day(text: str, dl: re.Match) -> tuple[str, Span] | None:
    """'LISBON, 29 June —' with no year: the year is the first one the item names ('as the 2022 Ocean Conference
    entered its third day')."""
    rest = (dl["rest"] or "").strip()
    dm = DAY_MONTH.fullmatch(rest) if rest else None
    year = next((y for y in YEAR.finditer(text) if not YEAR_OF_A_THING.match(
        text, text.rfind(" ", 0, max(0, y.start() - 1)) + 1)), None)
    if not dm or not year:
        return None
    found = find_dates(f"{dm['day'] or dm['day2']} {dm['month'] or dm['month2']} {year.group()}")
    if not found:
        return None
    start = dl.start("rest") + dl["rest"].index(rest)
    return found[0][2].isoformat(), Span(start, start + len(rest), rest)


WEEKDAY = re.compile(r"(?i)(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")


def _line_of(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, end if end >= 0 else len(text)


POSTED = re.compile(r"\b(?:posted|published|updated|last\s+modified|uploaded)(?:\s+on)?\s*:?\s*$", re.I)
# the days of a session: "6-10 June 2022"; "30 November-4 December 2015" runs over two months
SPAN_OF_DAYS = re.compile(r"\d(?:st|nd|rd|th)?\s*(?:[-–—]|and|to|&)\s*[0-3]?\d")
SPAN_OF_MONTHS = re.compile(r"[a-z]\.?\s*(?:[-–—]|to)\s*[0-3]?\d(?:st|nd|rd|th)?\s+[A-Z]")


def _alone(text: str, date: tuple) -> bool:
    """A date on a line of its own ("Geneva, 2019/3/12"; "Published On: 7 September 2023", "No: 329, 28 October 2014":
    a labelled date line is a date line too)."""
    line_start, line_end = _line_of(text, date[0])
    return bool(re.fullmatch(r"[\s*_(]*(?:[A-Z][\w ]{0,20}:\s*(?:[\w/\-]+,\s*)?)?(?:[A-Z][\w.'\- ]{1,40},\s*)?[\s*_)]*",
                             text[line_start:date[0]] + text[date[1]:line_end]))


# what a date line holds besides its date: a weekday, a time, punctuation
DATE_LINE_REST = re.compile(r"(?i)[\s,|:.\-–]|\d{1,2}:\d\d(?:\s*[ap]\.?m\.?)?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")


# lines above a title that are no title: "(Check against delivery)", "As delivered", a page's "Home › Statements › X"
NOTE_LINE = re.compile(r"(?i)[(\[*_ ]*(?:(?:please )?check against (?:actual )?delivery|as delivered|as prepared for "
                       r"delivery|unofficial translation|embargoed? (?:until|till) (?:after )?delivery)[)\]*_ .!]*"
                       r"|home\s*[›>»/|].*")


def _title_start(text: str, end: int) -> int:
    """Where the first line that is more than a date (and a time) or a note on the delivery begins."""
    pos = 0
    while pos < end:
        line_end = text.find("\n", pos, end)
        line_end = end if line_end < 0 else line_end
        line = text[pos:line_end].strip()
        dates = find_dates(line) if line else []
        if line and not (dates and not DATE_LINE_REST.sub("", line[:dates[0][0]] + line[dates[0][1]:])) and \
                not NOTE_LINE.fullmatch(line):
            return pos
        pos = line_end + 1
    return 0


def _date(text: str, end: int, strict: bool = False, after: int = 0) -> tuple[str, Span] | None:
    """The statement's date: a date standing on its own line ('Geneva, 2019/3/12') is preferred to one inside
    another line, such as the dates of a whole session ('Vienna, 6-10 June 2022')."""
    # a page's "posted 12 January 2018" is when it went online, not when the statement was delivered
    every = find_dates(text, 0, end)
    found = [x for x in every if not POSTED.search(text, max(0, x[0] - 30), x[0])] or every
    # a single day is the statement's; a span of days ("6-10 June 2022") is the session's, its first day a fallback
    days = [(s, e, d) for s, e, d in found if not SPAN_OF_DAYS.search(text[s:e])]
    # a page's own dates ("Date: Thursday, 17 June 2021" under "Posted by") come before the statement's title
    dates = [x for x in days or found if x[0] >= after] or days or found
    if dates and SPAN_OF_MONTHS.search(text[dates[0][0]:dates[0][1]]):  # only the session's days below the title: a
        first = dates[0][2]  # day within them named in the title above ("... OPCW: 1 December 2015") is the statement's
        dates = [x for x in days if 0 <= (x[2] - first).days <= 14 and not _alone(text, x)
                 and not re.fullmatch(r"[\s*_]*[A-Z][\w.'\- ]{1,40},\s*", text[_line_of(text, x[0])[0]:x[0]])] or dates
    if not dates:
        return None
    alone = [x for x in dates if _alone(text, x)]
    # "Vienna, 2 December 2019" (where and when it was delivered) before a page's bare "03/12/2019"
    placed = [x for x in alone if re.search(r"[A-Z][\w.'\- ]{1,40},\s*[\s*_]*$", text[_line_of(text, x[0])[0]:x[0]])]
    if strict and not (placed or alone):
        return None
    s, e, d = (placed or alone or dates)[0]
    return d.isoformat(), Span(s, e, text[s:e])

# a title line that names whose statement it is after the word, with no 'by': the name runs to a number or the end
STATEMENT_THEN_WHO = re.compile(r"^[ \t*#_]*(?:(?:Opening|Closing|National|Introductory)[ \t]+)?(?:Statement|STATEMENT)[ \t]+"
                                r"(?:[-–—:][ \t]+)?(?!(?i:by|of|on|to|at|for|from|in|delivered|made|read|before)\b)"
                                r"(?P<who>[A-Z][\w.\-]*(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?[A-Z][\w.\-]*){0,4}?)"
                                r"(?=[ \t]+\d+(?:st|nd|rd|th)\b|[ \t]*$)", re.M)


def _meeting_line(text: str, end: int, fields: dict) -> Span | None:
    """Title blocks that name the meeting on lines of its own ('HUMAN RIGHTS COUNCIL / 40th Regular Session',
    'IAEA Board of Governors'): the first run of such lines that are not the speaker's, the date or an agenda item."""
    taken = [f for f in (fields.get("speaker"), fields.get("post")) if f]
    run_start = run_end = None
    pos = 0
    for line in text[:end].split("\n"):
        ls, le = pos, pos + len(line)
        pos = le + 1
        plain = line.strip(" \t*#_")
        if find_dates(plain) and "," in plain:  # "OSCE Permanent Council No. 1465, Vienna, 14 March 2024 - ..."
            # (or "EU Statement on ..., IAEA Board of Governors, 7 June 2024": the part that names a meeting, not the title)
            parts = [(m.start(), m.group()) for m in re.finditer(r"[^,]+", line)]
            named = [(o, p) for o, p in parts if MEETING_WORD.search(p) and not NAMED_STATEMENT.search(p) and not find_dates(p)]
            offset, line = named[0] if named else parts[0]
            ls, le = ls + offset, ls + offset + len(line)
            plain = line.strip(" \t*#_")
        who = STATEMENT_THEN_WHO.match(line)  # ("Opening Statement United States of America 19th Commission on ...")
        if who and who.end() < len(line):
            ls, line = ls + who.end(), line[who.end():]
            plain = line.strip(" \t*#_")
        whose = STATEMENT_FOR.search(line)  # ("Pacific Islands Forum statement for the ECOSOC ... Segment": the segment)
        if whose and MEETING_WORD.search(line, whose.end()):
            ls, line = ls + whose.end(), line[whose.end():]
            plain = line.strip(" \t*#_")
        verb = re.search(HEADLINE_VERB_END, line)  # ("... Assembly concludes: A summary of key decisions")
        if verb:
            line, le = line[:verb.start()], ls + verb.start()
            plain = line.strip(" \t*#_")
        continues = run_start is not None and re.match(r"(?i)(?:to|of|on|for|and)\s", plain)  # "...Parties / to the CWC"
        usable = continues or (plain and MEETING_WORD.search(plain) and not INTRO.search(plain) and not find_dates(plain)
                  and not re.match(r"(?i)(?:agenda\s+)?item\b", plain) and not POST_LINE.search(plain)
                  and not any(t.start < le and ls < t.end for t in taken))
        if usable:
            run_start = ls if run_start is None else run_start
            run_end = le
        elif run_start is not None:
            break
    return _span(text, run_start, run_end) if run_start is not None else None


AGENDA_ITEM_BEFORE = re.compile(r"\b(?:agenda\s+)?item\s+[\w.()]{1,8}\s*[,:–—-]?\s*$", re.I)


# a page's summary line: "Head of the UK Delegation Neil Bush gave the UK statement to a special meeting of OSCE
# Permanent Council in Vienna as ..."
GAVE_STATEMENT = re.compile(rf"^[ \t]*(?P<lead>[^\n]{{0,100}}?)[ \t](?P<name>{NAME})[ \t]+(?:gave|delivered|made|read)[ \t]+"
                            rf"(?:the|a|this)[ \t]+(?P<who>[\w.'’\- ]{{1,40}}?)[ \t]+(?:statement|speech|remarks|intervention)"
                            rf"[ \t]+(?:to|at|during|before)[ \t]+(?:the[ \t]+|a[ \t]+)?(?P<meeting>[^\n.]+?)(?=[ \t]+as[ \t]|[.,\n]|$)",
                            re.M)


GAVE_VERB = re.compile(r"\b(?:gave|delivered|made|read)[ \t]+(?:the|a|this)[ \t]+[^\n]{0,40}?(?:statement|speech|remarks|"
                       r"intervention)[ \t]+(?:to|at|during|before)\b")


@lru_cache(maxsize=8)
def _gave_statement(text: str) -> re.Match | None:
    """The summary line, looked for only on the line whose verb says it (the full pattern is slow to scan)."""
    verb = GAVE_VERB.search(text, 0, min(len(text), 1000))
    if not verb:
        return None
    line = text.rfind("\n", 0, verb.start()) + 1
    end = text.find("\n", verb.end())
    return GAVE_STATEMENT.match(text, line, len(text) if end < 0 else end)


def _gave_statement_fields(text: str, gave: re.Match, fields: dict) -> None:
    """Speaker, post, principal and meeting from a summary line; the name starts after the post's last word."""
    words = list(re.finditer(r"\S+", gave["name"]))
    posts = [k for k, w in enumerate(words) if POST_WORD.search(w.group()) or w.group().isupper() or
             w.group() in ("Delegation", "Head", "Chief", "Leader")]
    first = posts[-1] + 1 if posts else 0
    if len(words) - first < 2:
        return
    start = gave.start("name") + words[first].start()
    fields["speaker"] = _span(text, start, gave.end("name"))
    if start > gave.start("lead"):
        fields["post"] = _span(text, gave.start("lead"), start)
    fields["on_behalf_of"] = _span(text, gave.start("who"), gave.end("who"))
    fields["meeting"] = _span(text, gave.start("meeting"), gave.end("meeting"))


def _best_intro(text: str, end: int) -> re.Match | None:
    """Pages often repeat the title ('Statement of Ambassador X as Vice-Chair' above 'Statement by Ambassador
    Y Z, Permanent Representative of ..., at the meeting of ...'): take the one that says the most."""
    best, best_score = None, -1
    for intro in INTRO.finditer(text, 0, end):
        if AGENDA_ITEM_BEFORE.search(text, text.rfind("\n", 0, intro.start()) + 1, intro.start()):
            continue  # "... in response to agenda item 3, Address by Dr. X, Director General": the item's name
        fields: dict = {}
        _speaker_and_post(text, intro.end(), end, fields)
        # ("J.S.Mukul": a name of initials glued to the surname is a full name)
        score = (len(re.findall(r"[A-Z][\w'’\-]*", fields["speaker"].text)) >= 2 if fields.get("speaker") else 0) + \
            ("post" in fields) + 0.5 * (_meeting(text, intro.end(), end) is not None)
        if score > best_score:
            best, best_score = intro, score
    return best


def _speaker_and_post(text: str, start: int, end: int, fields: dict) -> None:
    # "Statement by the Nigeria Governor to IFAD and the Head of the Nigerian Delegation, Prof. X, ...": a post of any
    # shape, then a titled name
    first = POST_FIRST.match(text, start, end) or POST_THEN_TITLED_NAME.match(text, start, end)
    if first:  # "DELIVERED BY THE HONOURABLE MINISTER OF FOREIGN AFFAIRS OF NIGERIA, H.E. GEOFFREY ONYEAMA"
        named = SPEAKER.match(text, first.end(), end)
        # (not "Address by Minister Richmond to the Conference on Disarmament, Geneva": one word after it is a place)
        if named and not POST_WORD.match(named["name"]) and len(named["name"].split()) > 1:
            fields["speaker"] = _span(text, named.start("name"), named.end("name"))
            fields["post"] = _span(text, first.start("post"), first.end("post"))
            return
    bare = POST_STATE_NAME.match(text, start, end)
    if bare and not POST_WORD.search(bare["name"]):
        fields["speaker"] = _span(text, bare.start("name"), bare.end("name"))
        fields["post"] = _span(text, bare.start("post"), bare.end("post"))
        return
    portfolio = _portfolio_then_name(text, start, end)
    if portfolio:  # "Statement by Minister of Correctional Services Mapisa-Nqakula delivered at ...": a post, a name
        fields["post"], fields["speaker"] = portfolio
        return
    delegation = DELEGATION_THEN_NAME.match(text, start, end)
    if delegation:  # "Statement by the Delegation of Thailand / H.E. Mr. Sek Wannamethee / Ambassador and ...": the person
        start = delegation.end()
    m = SPEAKER.match(text, start, end)
    if not m or m["name"].split()[0].lower() in ("the", "a", "an"):  # "STATEMENT OF THE GROUP OF 77": no person
        return
    if all(POST_WORD.fullmatch(w) for w in m["name"].split()):  # "Statement by Minister of Labour at ...": a post,
        post = re.match(r"[^,\n]*?(?=\s+(?:at|to|before|on|during|in)\s|,|\n|$)", text[m.start("name"):end])  # no name
        fields["post"] = _span(text, m.start("name"), m.start("name") + post.end())
        return
    name_start, name_end = m.start("name"), m.end("name")
    # a post word glued to the name ("Mr. Jun Saito Minister, ...") ends the name
    words = list(re.finditer(r"\S+", text[name_start:name_end]))
    for i, w in enumerate(words[1:], start=1):
        if POST_WORD.fullmatch(w.group().strip(",")):
            name_end = name_start + words[i - 1].end()
            break
    fields["speaker"] = _span(text, name_start, name_end)
    rest = name_end + len(re.match(rf"(?:,?[ \t]+{POSTNOMINAL}\b)*", text[name_end:end]).group())  # ("PC, KBE")
    post_match = re.match(r"[ \t]*(?:,?[ \t]*\n\s*|,[ \t]*)?(?P<post>[^\n]*)", text[rest:end])
    if post_match:
        post = post_match["post"]
        cut = POST_CUT.search(post)
        post = post[:cut.start()] if cut else post
        if POST_WORD.search(post) and not re.match(r"(?:Mr|Mrs|Ms|Madam|Madame|Your)\.?\s+[A-Z][\w\-]*\s*[:,]?\s*$", post):
            # (not the salutation below the name: "Mrs. Chair:")
            s = rest + post_match.start("post")
            e = s + len(post)
            while not cut:  # "Deputy Permanent Representative / of the Islamic Republic of Iran / and Chair of ...": lines
                more = POST_CONTINUES.match(text, e, end)  # that go on with "of", "to" or "and" continue the post
                if not more:
                    break
                cut = POST_CUT.search(more["line"])
                e = more.start("line") + (cut.start() if cut else len(more["line"]))
            # "Third Secretary / Permanent Mission of the Islamic Republic of Iran to the United Nations": the mission
            # on the next line says whose secretary
            mission = MISSION_LINE.match(text, e, end) if not cut else None
            e = mission.end() if mission else e
            dangling = re.search(r"\s+(?:to|at|before|in)(?:\s+the)?\s*$", text[s:e])  # ("... to the OPCW to the" / meeting)
            fields["post"] = _span(text, s, s + dangling.start() if dangling else e)


DELEGATION_THEN_NAME = re.compile(rf"(?i:the)\s+(?:(?i:permanent)\s+)?(?i:delegation|mission)\s+(?i:of)\s+(?:(?i:the)\s+)?"
                                  rf"[A-Z][\w\-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w\-]*){{0,4}}?[ \t,]*\n?\s*(?={HONORIFIC}\s)")
POST_CUT = re.compile(r",?\s+(?i:on\s+behalf\s+of)\b|(?:,?\s+on)?\s+(?:[Aa]genda\s+)?[Ii]tem\s+\d|"
                      r"\s+(?i:during)\s+|"
                      rf",\s+(?={ORDINAL_MEETING})|"
                      r"(?<!Conference)"  # ("to the Conference on Disarmament")
                      r",?\s+(?i:at|on|before|during)\s+(?:(?i:the)\s+)?(?:\d|[A-Z“\"])|,\s+at\s+|,\s*\d|\s+\(|\s+[–—]\s+|\s+-\s+|"
                      rf",\s+to\s+the\s+{NUMBERED_MEETING}")  # "..., to the 1171st special meeting of ..."
# (or with a second post on a line of its own: "... of the Islamic Republic of Iran / Chair of the Vienna Chapter / of ...")
POST_CONTINUES = re.compile(r"[ \t,]*\n\s*(?P<line>(?:(?i:of|to|and|for)|(?:Chair|Chairman|Chairperson|Chairwoman|Coordinator)[ \t]+of)"
                            r"[ \t][^\n]*?)[ \t,]*(?=\n|$)")
NAME_THEN_POST = re.compile(rf"^[ \t*_#]*(?!(?i:{POST_WORD.pattern[2:-2]})\b)"
                            rf"(?={NAME_TOKEN}(?:[ \t]+{NAME_TOKEN}){{1,3}},?[ \t]+(?:(?:Deputy|Permanent|Vice|Acting)[ \t]+)*"
                            r"(?:Permanent Representative|Representative|Ambassador|Minister|Foreign Minister|"
                            r"Secretary|Charg[ée] d|Head of Delegation)\b)", re.M)
# a press statement's byline: "Press Statement / Jen Psaki / Spokesperson, Office of the Spokesperson", one per line
BYLINE = re.compile(rf"^[ \t]*(?:Press[ \t]+Statement|Media[ \t]+Note|Statement|Remarks|Readout)[ \t]*\n[ \t]*"
                    rf"(?P<name>{NAME_TOKEN}(?:[ \t]+{NAME_TOKEN}){{1,3}})[ \t]*\n[ \t]*(?P<post>[^\n]*(?i:spokes\w+|secretary|"
                    rf"minister|director|ambassador|representative|envoy|coordinator|officer)[^\n]*)$", re.M)
# a titled name and its post closing a title line that began with other words: "REMARKS ON THE CHAIRMANSHIP OF THE
# PERMANENT COUNCIL ... JANUARY 29, 2020 AMBASSADOR RIYAD INSANALLY, PERMANENT REPRESENTATIVE OF GUYANA"
TITLED_NAME_POST = re.compile(rf"[ \t](?:{HONORIFIC}[ \t]+)+(?P<name>{NAME}),[ \t]+(?P<post>[^\n,.]*(?i:{POST_LINE.pattern})[^\n.]{{0,100}})$",
                              re.M)
# a first line that only designates a meeting, with its number or date: a delegation's statement there when the body
# speaks in the first person ("We condemn ...")
MEETING_TITLE = re.compile(r"[ \t]*(?:[A-Z][\w\-]*[ \t]+){0,4}(?:Council|Assembly|Committee|Commission|Conference|Board[ \t]+of"
                           r"[ \t]+Governors|Forum)\b[^\n]{0,80}?(?:\bNo\.?[ \t]*\d+|\b\d+(?:st|nd|rd|th)\b|\b(?:19|20)\d\d)[^\n]{0,40}$",
                           re.M)
WE_OPENS = re.compile(r"(?:^|(?<=[.!?][ \t])|(?<=^-[ \t])|(?<=^•[ \t]))We[ \t]+(?![a-z]+[ \t]+(?:said|told|added)\b)", re.M)
STATEMENT_FOR = re.compile(r"\b(?:[Ss]tatement|STATEMENT)\s+(?:for|at|to|before|FOR|AT|TO|BEFORE)\s+(?:the\s+|THE\s+)?")
ABOUT_MEETING = re.compile(r"[ \t]*(?:[Pp]ress[ \t]+)?[Ss]tatement[ \t]+on[ \t]")
MISSION_LINE = re.compile(r"[ \t]*,?[ \t]*\n(?:[ \t]*\n)?[ \t*_]*(?:Permanent[ \t]+)?(?:Mission|Delegation|Embassy)[ \t]+of[ \t]+[^\n]*")
# a post named before the name, set off by a comma: "THE HONOURABLE MINISTER OF FOREIGN AFFAIRS OF X, H.E. NAME"
NOT_POST_WORD = r"(?!(?i:of|to|and|for|the|at|in|extraordinary|plenipotentiary|general|counsell?or|representative|" \
                r"delegate|affairs)\b)"
POST_FIRST = re.compile(r"\s*(?:(?i:the)\s+)?(?:(?i:honourable|honorable|hon\.|hon['’]ble)\s+)?"
                        # ("Statement by Ambassador Mona Juul on the Question of ...": a title and a name, no post)
                        r"(?!(?i:ambassador)\s+[A-Z][a-z]+(?:\s+[A-Z][\w\-]+){1,3}\s+(?:on|at)\s+the\b)"
                        r"(?P<post>(?i:(?:deputy\s+|vice\s+|prime\s+|foreign\s+)*(?:minister|secretary|ambassador|"
                        r"permanent\s+representative|president|chair\w*|head)\b)"
                        r"(?!\s+(?:Dr|Mr|Ms|Mrs|Prof|H\.\s?E)\.?\s)"  # "Ambassador Dr. X": a title, no post
                        # ("AMBASSADOR TEBOGO SEOKOLO, RESIDENT REPRESENTATIVE ...": the title of a name, then the post)
                        rf"(?!\s+{NOT_POST_WORD}[A-Z][\w\-.]*(?:\s+{NOT_POST_WORD}[A-Z][\w\-.]*){{0,3}}\s*,)"
                        r"[^,\n]{0,120}?)"
                        # "... of the Republic of Kazakhstan H.E. Mr. Mukhtar Tileuberdi": the name's honorific ends the post
                        # ("Permanent Representative Ambassador Nicholas Emiliou")
                        r"(?:\s*,\s*(?=\S)|\s+(?=(?:H\.\s?E\.|His\s+Excellency|Her\s+Excellency|Ambassador|Mr\.?|Ms\.?|"
                        r"Mrs\.?|Dr\.?)\s+[A-Z]))")


# "Minister of Correctional Services Mapisa-Nqakula", "First Vice Minister of Science and ICT Mun Mi-ock": a
# minister's portfolio, then the name with no comma between; the name is the words at the end that name no portfolio
POST_THEN_NAME = re.compile(rf"[ \t]*(?P<post>(?:First[ \t]+)?(?:(?:Deputy|Vice)[ \t-]+)?(?:Minister|Secretary)[ \t]+(?:of|for)"
                            rf"[ \t]+(?:the[ \t]+)?)(?P<words>[{UP}][\w\-]*(?:[ \t]+(?:and[ \t]+|&[ \t]+)?[{UP}][\w\-]*){{1,7}})"
                            rf"(?=[ \t]+(?:delivered|at|to|before|on)\b|[ \t]*[,\n])")
PORTFOLIO_WORDS = frozenset("""Affairs Foreign External Home Interior Internal Justice Legal Constitutional Human Rights
    Correctional Services Public Civil Service Works Health Education Higher Science Technology Innovation ICT
    Information Communications Communication Digital Trade Industry Commerce Investment Finance Economy Economic
    Planning Development National Cooperation Co-operation Integration Relations International Regional Local Government
    Environment Climate Change Energy Mines Mining Petroleum Oil Gas Water Resources Natural Land Lands Agriculture
    Fisheries Livestock Food Forestry Marine Ocean Oceans Transport Aviation Infrastructure Housing Urban Rural Labour
    Labor Employment Social Welfare Security Defence Defense Culture Tourism Arts Sports Sport Youth Women Gender
    Children Family Families Disability Immigration Citizenship Border Borders Police Emergency Disaster Management
    Religious Heritage Statistics Budget Revenue Treasury Customs Enterprise Enterprises Small Medium Business
    Multilateral Bilateral Global Diaspora Abroad Overseas Commonwealth European Union African Asian Pacific State
    Affair Relation Equality Inclusion""".split())
PORTFOLIO_JOINS = PORTFOLIO_WORDS | {"and", "&"}  # ("Science and ICT")


def _portfolio_then_name(text: str, start: int, end: int) -> tuple[Span, Span] | None:
    """(post, name) of 'Minister of Foreign Affairs Ana Lopes', or None."""
    m = POST_THEN_NAME.match(text, start, end)
    if not m:
        return None
    words = list(re.finditer(r"\S+", m["words"]))
    cut = len(words)
    while cut > 1 and len(words) - cut < 3 and words[cut - 1].group() not in PORTFOLIO_JOINS:
        cut -= 1
    if cut == len(words) or words[cut - 1].group() not in PORTFOLIO_WORDS:
        return None  # no name after the portfolio, or no portfolio before the name
    base = m.start("words")
    return (_span(text, m.start("post"), base + words[cut - 1].end()),
            _span(text, base + words[cut].start(), base + words[-1].end()))


# "the Minister of Foreign Affairs of Uzbekistan Vladimir Norov at the ...": a post ending in its state, then a
# two-word name with no comma or honorific between them (the state's name takes the fewest words that leave a name)
POST_STATE_NAME = re.compile(rf"[ \t]*(?:(?i:the)[ \t]+)?(?P<post>(?:(?:(?:First[ \t]+)?(?:Deputy|Vice)[ \t-]+)?(?:Minister|Secretary)"
                             rf"[ \t]+(?:of|for)(?:[ \t]+(?:and[ \t]+)?[A-Z][a-z]+){{1,4}}?|Prime[ \t]+Minister|President)"
                             rf"[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w\-]+[ \t]+(?:(?:[A-Z][\w\-]+|of|the)[ \t]+){{0,3}}?)"
                             rf"(?P<name>[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?[ \t]+[{UP}][{LO}]+(?:-[{UP}]?[{LO}]+)?)"
                             rf"(?=[ \t]+(?:at|to|before|on|in|during|delivered)\b|[ \t]*[,\n(])")
# (a portfolio of several parts: "the Fiji Minister for Labour, Industrial Relations and Employment, Hon. X")
POST_THEN_TITLED_NAME = re.compile(r"\s*(?:(?i:the)\s+)?(?P<post>[A-Z][^,\n]{0,150}?\b(?i:governor|head|minister|ambassador|"
                                   r"representative|delegate|secretary|envoy|president|chair\w*)\b[^,\n]{0,100}?"
                                   r"(?:,[ \t]+[A-Z][^,\n]{0,60}?){0,3})\s*,\s*"
                                   r"(?=(?i:H\.\s?E\.|Prof\.|Dr\.|Mr\.|Ms\.|Mrs\.|Hon\.|Ambassador|His|Her)\s)")


BODY_HEADING = re.compile(r"[ \t]*(?P<meeting>(?:[A-Z][\w\-]*[ \t]+){0,5}(?:Assembly|Council|Commission|Committee|Conference|Board)"
                          r"[ \t]+[-–—:][ \t]+(?:[\w\-]+[ \t]+){0,2}?(?:Debate|Meeting|Session|Dialogue|Segment|Briefing)\b)")


def _body_heading(text: str, end: int) -> Span | None:
    """'United Nations General Assembly - Debate pursuant to resolution 76/262 on the use of the veto at the Security
    Council meeting held on ...': a title that opens with the body, then the kind of meeting."""
    m = BODY_HEADING.match(text, 0, end)
    return _span(text, m.start("meeting"), m.end("meeting")) if m else None


def _meeting(text: str, start: int, end: int) -> Span | None:
    """The first 'at the <...Council/Session/Debate...>' phrase of the title block."""
    for m in AT_MEETING.finditer(text, start, end):
        if m.group()[0] in "–—" and "\n" in text[start:m.start()]:
            continue  # "X, Permanent Representative of Y – Conference on Disarmament": a dash only on the speaker's line
        stop = MEETING_END.search(text, m.end(), end)
        candidate = _span(text, m.end(), stop.start() if stop else end)
        during = DURING.search(text, candidate.start, candidate.end) if candidate else None
        if during and MEETING_WORD.search(text, during.end(), candidate.end):
            candidate = _span(text, during.end(), candidate.end)  # "the adoption of its report during the 27th Session"
        # ("at the Department of International Relations of South Africa at the UN Security Council Debate on ...": the
        # speaker's office first, then the meeting)
        if candidate and MEETING_WORD.search(re.split(r"\s+at\s+", candidate.text)[0]):
            return candidate
    return None
