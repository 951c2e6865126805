"""Stage 2: Document -> Mentions. A gazetteer generated from the reference labels (Aho-Corasick, one pass over
the text) plus patterns for what no list can hold: resolution symbols and people's names in their titles."""
from __future__ import annotations

import re
from functools import lru_cache

import ahocorasick

from .model import Document, Mention
from .prefilter import guarded, led
from .reference import Reference

WORD = re.compile(r"\w")


@lru_cache(maxsize=4)
def _automaton(ref: Reference) -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    by_key: dict[str, list] = {}
    for name in ref.names:
        by_key.setdefault(_fold(name.form), []).append(name)
    for key, names in by_key.items():
        auto.add_word(key, (len(key), tuple(names)))
    auto.make_automaton()
    return auto


FOLD = str.maketrans({"’": "'", "‘": "'", "\n": " ", "\t": " ", "-": " "})


def _fold(text: str) -> str:
    """Lower-case, unify apostrophes and turn line breaks and hyphens into spaces, without changing any offset."""
    folded = text.lower()
    if len(folded) != len(text):  # "İstanbul": a capital whose small letter is two characters stays as it is
        folded = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    # names run across lines; "Guinea Bissau" is "Guinea-Bissau"
    return folded.translate(FOLD)


SESSION_NUMBER = re.compile(r"\d{1,3}(?![\w/])")


def gazetteer_mentions(text: str, ref: Reference) -> list[Mention]:
    folded = _fold(text)
    out = []
    for end_idx, (length, names) in _automaton(ref).iter(folded):
        start, end = end_idx - length + 1, end_idx + 1
        surface = text[start:end]
        glued = end < len(text) and WORD.match(text[end])
        numbered = glued and surface.isupper() and SESSION_NUMBER.match(text, end)  # "HRC34", "CSW65": a session's
        if (start > 0 and WORD.match(text[start - 1])) or (glued and not numbered):
            continue
        for n in names:
            if n.case_sensitive and surface.replace("’", "'") != n.form and not _capitals_of(n, surface) \
                    and not _title_case_acronym(n, surface):
                continue
            if surface.islower() and " " in surface and n.kind == "name" and not n.form.islower():
                continue  # "will hold a joint conference on disarmament": a kind of meeting, not the body's name
            rule = "gazetteer" if n.kind == "name" else f"gazetteer-{n.kind}"
            # "the Netherlands", "the People's Republic of China": the article is the sentence's, not the name's
            # (rules read "hosted by the X" with the article before the mention)
            article = 4 if surface[:4].lower() == "the " and end - start > 4 else 0
            out.append(Mention(start + article, end, surface[article:], n.cls, n.iri, rule))
            break
    return out


@lru_cache(maxsize=4096)
def names_within(name: str, ref: Reference) -> tuple[Mention, ...]:
    """gazetteer_mentions of a short text, read once per distinct text: linking asks it of every organisation's name
    in every document ('the Conference of the States Parties to the Chemical Weapons Convention': the treaty)."""
    return tuple(gazetteer_mentions(name, ref))


# acronyms that are also English words or names, and so never read in title case ("Basic", "Pace", "Greta")
TITLE_CASE_WORDS = {"AAAA", "ALBA", "ASEM", "BASIC", "CANZ", "GRETA", "ICAN", "PACE", "SELA", "SOLAS"}  # (also names: "Alba", "Sela")


def _title_case_acronym(name, surface: str) -> bool:
    """An acronym of four or more letters written as a word, as some newspapers do ('Sadc', 'Nato', 'Ecowas')."""
    form = name.form
    return 4 <= len(form) <= 6 and form.isalpha() and form.isupper() and surface == form.capitalize() \
        and form not in TITLE_CASE_WORDS


def _capitals_of(name, surface: str) -> bool:
    """A short state or place name in full capitals, as title blocks and datelines write it ('FIJI', 'SUVA')."""
    return name.cls in ("State", "Place") and not name.form.isupper() and surface == name.form.upper()


# Resolutions in every written form: S/RES/2467 (2019), A/RES/55/25, UNSCR 1540, resolution2417,
# "resolutions 2321 and 2270", "Security Council resolutions, including 2321 and 2270".
ORGAN = r"(?P<organ>Security Council|UN Security Council|United Nations Security Council|UNSC|General Assembly|UNGA|GA|SC|" \
        r"Human Rights Council|HRC|IAEA Board of Governors|Board of Governors|ECOSOC|Economic and Social Council|" \
        r"Council|Assembly|Board)"
# a resolution number: 2417, 55/25, 67/234 B (a lettered part), S-30/1 (a special session), GOV/2022/17 (IAEA Board)
NUMBER = r"(?:A/HRC/(?:S-)?\d+/\d+|E?S-\d+/\d+|GOV/\d{4}/\d+|(?:A/)?\d+/\d+(?:\s*[A-H]\b)?|\d+)"  # ("57/283B" and "57/283 B" alike;
# "resolution A/64/48": the Assembly's, written with its series letter)
RES_SYMBOL = guarded(re.compile(r"\b(?=[AS])(?P<series>S|A|A/HRC)/RES/(?P<num>(?:S-)?\d+(?:/\d+)?)(?:\s*\((?P<year>\d{4})\))?"))
RES_ABBR = guarded(re.compile(r"\bUNSCR\s*(?P<num>\d{2,4})(?:\s*\((?P<year>\d{4})\))?"))
NOT_RES_DOCUMENT = re.compile(r"\b(?:[Dd]ocuments?|[Rr]eports?|contained\s+in|circulated\s+(?:as|in))\s+(?:No\.\s*)?$")
RES_IAEA = guarded(re.compile(r"\b(?:GOV/\d{4}/\d+|GC\(\d+\)/RES/\d+)"))
RES_WORD = re.compile(rf"(?=[A-Zr])(?:{ORGAN}\s+)?\b[Rr]esolutions?\s*(?:(?:No\.|number)\s*)?"
                      rf"(?P<list>(?:{NUMBER}(?:\s*\((?:\d{{4}}|[IVXLC]+)\))?(?:\s*(?:,|and|as well as|&)\s*(?=\d|S-))?\s*)+)")
RES_INCLUDING = guarded(re.compile(rf"(?=[A-Zr])(?:{ORGAN}\s+)?\b[Rr]esolutions\b[^.;:\d]{{0,40}}?\b(?:including|namely|such as|notably)\s+"
                           rf"(?P<list>(?:{NUMBER}(?:\s*\(\d{{4}}\))?(?:\s*(?:,|and|as well as)\s*(?=\d))?\s*)+)"))
# draft resolutions by their document symbol: "A/65/L.60", "A/C.1/78/L.19", "E/CN.15/2024/L.4", "GC(65)/L.3",
# "A/HRC/S-15/L.1/Rev.1"
RES_DRAFT = guarded(re.compile(r"\b(?=[ASEG])(?:A|S|E|A/HRC|A/C\.\d|E/CN\.\d+|GC\(\d+\)|GOV)(?:/[\w.()\-]+?)*?/L\.\d+(?:/Rev\.\d+)?(?![\w/])"))
RES_ITEM = re.compile(rf"(?P<num>{NUMBER})(?:\s*\((?P<year>\d{{4}})\))?")


# a resolution known by its name, not its number: "the Iran Safeguards Resolution", "the Omnibus Resolution"
RES_NAMED = guarded(re.compile(r"\b(?=[A-Z])(?P<name>(?:[A-Z][\w\-’']*[ \t]+){1,5}Resolution)\b(?![ \t]*(?:\d|No\.|[A-Z]+/|\())"))
NOT_RES_NAME = {"the", "this", "that", "a", "draft", "security", "council", "general", "assembly", "un", "united", "nations",
                "board", "governors", "human", "rights", "iaea", "unsc", "unga", "hrc", "of", "conference", "new", "our", "its"}


def resolution_mentions(text: str) -> list[Mention]:
    out = []
    for m in RES_NAMED.finditer(text):
        words = m["name"].split()[:-1]
        while words and words[0].lower() in NOT_RES_NAME:
            words = words[1:]
        if words:
            start = m.end() - len(" ".join(words)) - len(" Resolution")
            out.append(Mention(start, m.end(), text[start:m.end()], "Resolution", None, "resolution-named"))
    for m in RES_SYMBOL.finditer(text):
        out.append(Mention(m.start(), m.end(), m.group(), "Resolution", None, f"resolution-symbol-{m['series']}"))
    for m in RES_ABBR.finditer(text):
        out.append(Mention(m.start(), m.end(), m.group(), "Resolution", None, "resolution-unscr"))
    for m in RES_IAEA.finditer(text):
        if NOT_RES_DOCUMENT.search(text, max(0, m.start() - 30), m.start()):
            continue  # "his report, as contained in document GOV/2015/68": the Board's papers are not all resolutions
        out.append(Mention(m.start(), m.end(), m.group(), "Resolution", None, "resolution-iaea"))
    for m in RES_DRAFT.finditer(text):
        out.append(Mention(m.start(), m.end(), m.group(), "Resolution", None, "resolution-draft"))
    for rx, rule in ((RES_WORD, "resolution-word"), (RES_INCLUDING, "resolution-including")):
        for m in rx.finditer(text):
            organ = m["organ"] or ""
            for item in RES_ITEM.finditer(m["list"]):
                s, e = m.start("list") + item.start(), m.start("list") + item.end()
                # the first item keeps the words before it ("Security Council resolution 2417") as its span
                start = m.start() if item.start() == 0 else s
                out.append(Mention(start, e, text[start:e], "Resolution", organ or None, rule))
    return out


# People: an honorific or a title before a capitalised name, or a name followed by ", <post> of <body>".
_PERSONAL = r"(?:Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Prof\.|Sir|Dame|Ambassador|Amb\.|Judge|Senator|Hon\.?|Honourable|Honorable|Rt\.? Hon\.?|" \
            r"Sheikh|Shaikh|Sheikha|Sheik|Shaykh|Shri|Smt\.?|Shrimati|Sayyid|Sayyida|Emir|Sultan|Prince|Princess|Archbishop|Cardinal|Monsignor|Msgr\.?|" \
            r"Bishop|Dato['’]?|Datuk|Tan Sri|Gen\.|Lt\.?[- ]Gen\.?|Maj\.?[- ]Gen\.?|Brig\.?[- ]Gen\.?|Col\.|Colonel|Admiral|Field Marshal)"
HONORIFIC = rf"(?:(?:H\.\s?E\.?|(?:HE|HH|HRH|HM)(?=\s+[A-Z][a-z])|His Excellency|Her Excellency|(?:Your\s+)?Excellency)(?:\s+{_PERSONAL})?|{_PERSONAL})"
NOT_ONE_NAME = re.compile(r"(?:tion|ment|ity|ics|ance|ence|ship|ible|Relations|Affairs|Nations|States|Council|Committee)$")  # ("Minister Responsible for")
PORTFOLIO = r"(?:Foreign|Affairs|Relations|Defen[cs]e|Justice|Finance|Trade|Development|Cooperation|Co-operation|Interior|Home|" \
            r"Health|Environment|Education|Security|Economy|Economic|Planning|Women|Children|Labou?r|Immigration|" \
            r"Europe|European|International|Culture|Energy|Industry|Agriculture|Transport|Social|Public|Gender|Equality)"
TITLE = r"(?:(?:Deputy |Under-|Assistant |Vice[- ]|Acting |Former |then[- ]|Parliamentary |State )?(?:Secretary[- ]General|" \
        r"Prime Minister|PM|Premier|President|Foreign Minister|Minister(?:\s+(?:for|of|and|the)?\s*" + PORTFOLIO + r")*|" \
        r"Executive Director|Director[- ]General|High Commissioner|High Representative|Special Rapporteur|" \
        r"Special Representative|Special Envoy|Chief Executive|Secretary of State|Chancellor|King|Queen|Emperor|" \
        r"Crown Prince|Sultan|Emir|Amir|Commissioner|Chairman|Chairperson|Chair|Ambassador|Governor|Secretary(?![- ]General)))"
from .header import HEADLINE_WORD, LO, POSTNOMINAL, UP  # noqa: E402  (Latin letters with their accented forms)
NAME_PART = (rf"(?:(?!(?:Mr|Ms|Dr|St|Jr|Sr|No|Co|Mt|Ft|Gn|Lt)\.)[{UP}][{LO}]\.(?=[ \t]+[{UP}])|"
             rf"[{UP}]['’][{UP}][{LO}]+|(?:Mc|Mac|Di|De|Da|Du|La|Le)[{UP}][{LO}]+|[{UP}][{LO}'’]+(?:-[{UP}]?[{LO}'’]+)*|[{UP}]{{2,}}(?:-[{UP}]{{2,}})*|(?:[{UP}]\.){{1,3}})")  # (O'Brien, DiCarlo, "J.T.", "Kh.")
# a middle initial may lack its full stop ("Emmerson D Mnangagwa") when a capitalised name part follows it
MIDDLE_INITIAL = rf"[{UP}](?=[ \t]+[{UP}][{LO}])"
NAME_PARTICLE = r"(?:de la |de las |de los |del |de |da |das |dos |du |van der |van den |van |von |bin |bint |ibn |wa |al-|el-)"
PERSON_NAME = rf"(?P<name>{NAME_PART}(?:[ \t]+{NAME_PARTICLE}?(?:{NAME_PART}|{MIDDLE_INITIAL})){{1,4}})"
PERSON_HONORIFIC = led(re.compile(rf"\b(?=[A-Z]){HONORIFIC}\s+{PERSON_NAME}"))
PERSON_TITLE = led(re.compile(rf"\b(?=[A-Zt]){TITLE}\s+(?:(?:Mr\.|Ms\.|Mrs\.|Dr\.)\s+)?{PERSON_NAME}"))
PERSON_APPOSITION = re.compile(
    rf"\b(?=[{UP}]){PERSON_NAME},\s+(?:the\s+|an?\s+)?(?!(?:and|or)\s)(?:(?:[a-z\-]+|[A-Z][a-z\-]+|[A-Z]{{2,6}}(?=\s+[A-Z][a-z]))\s+){{0,3}}"  # ("EU Ambassador")
    rf"(?i:director|head|chief|president|chair\w*|secretary|executive|commissioner|minister|representative|"
    rf"ambassador|spokes\w+|officer|coordinator|founder|member|adviser|advisor|observer|"
    rf"prosecutor|judge|expert|trainer|specialist|consultant|inspector|attorney|chancellor|premier|governor|"
    rf"mayor|leader|king|queen|emir|amir|sultan)\b")  # ("X, a Senior Public Prosecutor from Y")
# a name set off after a post: "the Minister for Foreign Affairs of Indonesia, Dewi Kartika Sari."
PERSON_AFTER_POST = led(re.compile(
    rf"\b(?:Minister|Ambassador|Representative|Director(?:-General)?|Secretary(?:-General)?|President|Commissioner|"
    rf"Envoy|Chair(?:person|man|woman)?|Head|Chief|Coordinator|Rapporteur|envoy|ambassador|representative|president|"
    rf"minister|prime[ \t]+minister)\b[^,;.\n]{{0,80}},[ \t]+"
    rf"(?:(?:Mr|Ms|Mrs|Dr)\.\s+)?{PERSON_NAME}(?=[ \t]*[,.;)]|[ \t]+(?:and|who|said|met|has|had|will|during|at|in|on|urged|called|stressed|noted|added|"
    rf"told|warned|welcomed|expressed|emphasi[sz]ed|underlined|stated|declared|announced|highlighted|"
    rf"pointed|spoke|says|recalled|explained|affirmed|reaffirmed|reiterated|indicated|observed|argued|thanked|praised)\b)"))
# a name after an acronym's chief: "AL chief Amr Moussa", "EU foreign policy chief Javier Solana"
PERSON_CHIEF = guarded(re.compile(rf"\b[A-Z]{{2,8}}[ \t]+(?:[a-z\-]+[ \t]+){{0,2}}(?:chief|head|boss)[ \t]+{PERSON_NAME}"
                          rf"(?=[ \t]*[,;.)]|[ \t]+[a-z0-9])"))
# a name elected or appointed to a post: "elected Maria Soto of Chile as President of ..."
PERSON_ELECTED = guarded(re.compile(rf"\b(?:[Ee]lect(?:ed|s)|[Aa]ppoint(?:ed|s)|[Nn]amed)[ \t]+{PERSON_NAME}(?=[ \t]+(?:of[ \t]+"
                            rf"(?:the[ \t]+)?[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*)*[ \t]+)?as[ \t]+(?:the[ \t]+)?(?:new[ \t]+)?[A-Z])"))
# titles shared out over a list: "The Presidents of the Federative Republic of Brazil, Michel Temer; of the Republic of
# Paraguay, Horacio Cartes; ..."
# ("The presidents of Brazil, X; Argentina, Y; and Paraguay, Z": the later items may drop their "of")
PERSON_DISTRIBUTED = led(re.compile(rf"(?:\b(?:[Pp]residents|[Vv]ice-[Pp]residents|[Pp]rime[ \t]+[Mm]inisters|[Ff]oreign[ \t]+[Mm]inisters|"
                                rf"[Mm]inisters)[ \t]+of[ \t]+|;[ \t]+(?:and[ \t]+)?(?:of[ \t]+)?)(?:the[ \t]+)?[A-Z][^,;:\n]{{2,60}},[ \t]+"
                                rf"{PERSON_NAME}(?=[ \t]*[;,:])"))
# a surname alone after a title: "the Special Representative Gamba, and ...", "Secretary-General Guterres."
ONE_NAME = rf"(?:(?:Mc|Mac|Di|De|Da|Du|La|Le)[{UP}][{LO}]+|[{UP}][{LO}'’\-]+)"  # a surname alone ("Tedros", "DiCarlo")
PERSON_TITLE_ONE = led(re.compile(rf"\b(?=[A-Zt]){TITLE}[ \t]+(?P<name>(?:(?:de|da|del|van|von|di|du|le|la|al|el|bin)[ \t]+)?{ONE_NAME})"
                              rf"(?=[ \t]*[,.;)]|[ \t]+(?:and|for|who)\b|['’]s\s|[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z])"))
# ("Ambassador de Soto", "President Putin's", "Ambassador Valero of Venezuela")
# one name after an honorific, then the post: "H. E. Mr. Museveni, President of Uganda"
# one name after an honorific, addressed after a title: "Mr Director General, Dr Tedros,"
PERSON_ADDRESSED = led(re.compile(rf"\b(?:Director[- ]General|Secretary[- ]General|President|Chair\w*|High Commissioner|"
                              rf"Executive Director|High Representative(?:[ \t]+(?:for|of)[ \t]+[A-Z][\w ]{{2,40}}?)?|"
                              rf"Special (?:Representative|Envoy|Rapporteur))[ \t]*,[ \t]+(?:Dr|Mr|Ms|Mrs|Madam)\.?[ \t]+"
                              rf"(?P<name>{ONE_NAME})"
                              rf"(?=[ \t]*[,.;\n])"))
# a surname after an honorific, thanked for a briefing: "I thank Mr. Wennesland for his comprehensive briefing"
# (or welcomed, then congratulated: "welcome Madame Romero and congratulate her")
PERSON_THANKED = led(re.compile(rf"\b(?:Mr|Ms|Mrs|Dr|Madame|Madam)\.?[ \t]+(?P<name>{ONE_NAME})(?=,?[ \t]+for[ \t]+(?:his|her)\b|"
                            rf"[ \t]+and[ \t]+(?:congratulat|thank|welcom|commend)\w*[ \t]+(?:him|her)\b)"))
PERSON_ONE_NAME = led(re.compile(rf"\b(?=[A-Z]){HONORIFIC}[ \t]+(?P<name>{ONE_NAME}),[ \t]+(?:the[ \t]+)?{TITLE}\b"))
NOT_A_NAME = re.compile(r"^(?:The|This|That|These|Those|Our|We|It|In|On|At|As|For|And|But|Mr|Ms|President|Secretary|State|Apostolic|"
                        r"General|Council|Committee|Security|United|Nations|Japan|Government|Minister|Prime|"
                        r"Member|Members|Heads|Delegations?|Parties|Observers|Excellencies|Distinguished)\b")  # "all Member States, the ..."


TITLE_IN_NAME = re.compile(r"\b(?:Chair|President|Minister|Secretar|Director|Ambassador|Office|Council|Committee|"
                           r"Session|Summit|Conference|Meeting|Assembly|Forum|Congress|Symposium|Workshop|"
                           r"College|Academy|Institute|University|School|Centre|Center|Agency|Authority|"
                           r"Advis[eo]r|Officer|Coordinator|Specialist|Consultant|Spokes|Debate|Dialogue|Segment|Briefing|"
                           # ("the UK's Universal Periodic Review", "the UK's Overseas Territories": no one's name)
                           r"Review|Territor|Islands|Report|Programme|Strategy|Initiative|Declaration|Agreement|Framework)\w*")
TITLE_WORDS = {"H.E", "E", "HE", "HH", "HRH", "HM", "Ambassador", "Amb", "Mr", "Ms", "Mrs", "Dr", "Prof", "Excellency", "Minister", "Hon", "Rt",
               "Sheikh", "Shaikh", "Sheikha", "Sheik", "Shaykh", "Sayyid", "Sayyida", "Emir", "Archbishop", "Cardinal", "Monsignor", "Msgr",
               "Bishop", "Sultan", "Prince", "Princess",
               "President", "Secretary-General", "Director", "Director-General", "Chair", "Chairperson", "Judge",
               "Presidents", "Ambassadors", "Ministers", "Judges",  # ("Presidents Martin Vizcarra (Peru), Ivan Duque ...")
               # military ranks: "Vice President Lt-Gen Seretse Khama Ian Khama"
               "Lt-Gen", "Lt", "Gen", "Maj-Gen", "Brig-Gen", "Brig", "Col", "Colonel", "Admiral", "Marshal",
               "Lieutenant-General", "Major-General", "Brigadier-General"}
NO_NAME_START = {"For", "Of", "And", "To", "At", "On", "The", "With", "From", "By", "Against"}
TITLE_LEADS = {"His", "Her", "Your", "The", "the", "Right", "Most", "Majesty", "Highness", "Royal"}  # ("His Excellency")
NAME_STYLES = {"Sheikh", "Shaikh", "Sheikha", "Sheik", "Shaykh", "Sayyid", "Sayyida", "Sultan", "Prince", "Princess", "Emir"}
LEADING_TITLE = re.compile(rf"^(?:(?:{HONORIFIC}|{TITLE}|H\.\s?E\.|Mr|Ms|Mrs|Dr)\.?\s+)+")


# a name right after a post in a body ("the President of the ECOWAS Commission Jean-Claude Kassi Brou emphasised")
PERSON_AFTER_BODY = led(re.compile(rf"\b(?=[A-Zt]){TITLE}[ \t]+of[ \t]+(?:the[ \t]+)?(?:[A-Z][\w\-]*[ \t]+){{0,5}}?"
                               rf"(?:Commission|Council|Committee|Union|Community|Secretariat|Organi[sz]ation|Agency|Bank|Fund|Office)"
                               rf"[ \t]+{PERSON_NAME}(?=[ \t]*[,;]|[ \t]+[a-z]+(?:ed|s)\b)"))


def after_titles(start: int, name: str) -> tuple[int, str]:
    """'H.E. Ambassador Andrej KOVAČ', 'Lt-Gen Seretse Khama': the name begins after the last title word. A style
    after a given name is part of the name ('Hassan Sheikh Mohamud'), and so is a title word that ends it ('Betty
    King'), unless every word is a title ('Her Majesty the Queen': no name)."""
    words, cut = list(re.finditer(r"\S+", name)), None
    titles = [bool(LEADING_TITLE.match(t.group() + " ") or t.group().rstrip(".") in TITLE_WORDS) for t in words]
    if all(is_title or t.group() in TITLE_LEADS for is_title, t in zip(titles, words)):
        return start + len(name), ""
    for k, t in enumerate(words[:-1]):
        if titles[k] and (t.group() not in NAME_STYLES or k == 0 or cut == k - 1):
            # ("Prime Minister Sheikh Hasina": a style that leaves one word is the name's own)
            if t.group() in NAME_STYLES and k == len(words) - 2:
                break
            cut = k
    if cut is not None:
        end = words[cut].end()
        start, name = start + end + 1, name[end + 1:]
    return start, name


TRAILING_HONOURS = re.compile(rf"(?:,?[ \t]+{POSTNOMINAL})+$")
TRAILING_POST = re.compile(r"[ \t]+(?:President|Vice-President|Prime|Minister|Secretary\S*|Ambassador|Chair\w*|Deputy|Permanent|"
                           r"Governor|Director\S*)\b.*$")


def person_mentions(text: str) -> list[Mention]:
    out = []
    for rx, rule in ((PERSON_HONORIFIC, "person-honorific"), (PERSON_TITLE, "person-title"), (PERSON_AFTER_BODY, "person-after-body"),
                     (PERSON_APPOSITION, "person-apposition"), (PERSON_AFTER_POST, "person-after-post"), (PERSON_CHIEF, "person-chief"), (PERSON_ELECTED, "person-elected"), (PERSON_DISTRIBUTED, "person-distributed"),
                     (PERSON_ONE_NAME, "person-one-name"), (PERSON_TITLE_ONE, "person-one-name"),
                     (PERSON_THANKED, "person-one-name"), (PERSON_ADDRESSED, "person-one-name")):
        for m in rx.finditer(text):
            start, name = after_titles(m.start("name"), m["name"])
            if rule == "person-one-name" and NOT_ONE_NAME.search(name):  # "Minister of International Relations"
                continue
            if len(name.split()) < (1 if rule == "person-one-name" else 2) or (rule in ("person-apposition", "person-after-post") and NOT_A_NAME.match(name)):
                continue
            post = TRAILING_POST.search(name)  # "Dr. Sam Nujoma President of the Republic of Namibia": no comma
            if post and len(name[:post.start()].split()) >= 2 and rule in ("person-honorific", "person-title"):
                name = name[:post.start()]
            if HEADLINE_WORD.search(name) or TITLE_IN_NAME.search(name):  # a headline; "OSCE Chairperson-in-Office"
                continue
            if name.split()[0] in NO_NAME_START:  # "Special Envoy For Disarmament And Non-Proliferation": title case
                continue
            name = re.sub(r"['’]s$", "", name)  # "Saudi King Salman Bin Abdul Aziz’s no-show": the possessive is no name
            honours = TRAILING_HONOURS.search(name)  # "Tim Watts MP", "Sir X KCMG": honours after a name are not of it
            if honours and len(name[:honours.start()].split()) >= 2:
                name = name[:honours.start()]
            out.append(Mention(start, start + len(name), name, "Person", None, rule))
    return out


# UN meeting summaries: "HAROLD ADLAI AGYEMAN (Ghana), speaking on behalf of ...", "Ms. Anna Lund (Sweden) said"
NAME_BEFORE_BRACKET = re.compile(rf"(?:^|(?<=[\s.,;:]))(?:(?:Mr|Ms|Mrs|Dr)\.?[ \t]+)?"
                                 rf"(?P<name>{NAME_PART}(?:[ \t]+{NAME_PARTICLE}?{NAME_PART}){{1,4}})[ \t]+\($")


BRACKET_NAME_TITLE = re.compile(r"(?:(?:Assembly|Council|Commission|Committee|Conference|Board|Court|Group|President|"
                                r"Vice-President|Chair\w*|Co-Chair\w*|Secretary-General|Minister|Ambassador|Foreign|"
                                r"Prime|Deputy|Permanent|Representative|Special|Envoy|Rapporteur|High|Commissioner)\s+)+")


# ("Ambassador of Germany to Tajikistan Holger Green": the name after the state the envoy is sent to)
TITLE_OF_BEFORE = re.compile(rf"\b(?=[A-Zt])(?:{TITLE}|Head|Director|Chief|Coordinator)\b[^,;.\n]{{0,50}}?\b(?:of|to)[ \t]+(?:the[ \t]+)?$")
NAME_AFTER_BODY = re.compile(rf",?[ \t]+(?:\([A-Z]{{2,8}}(?:[ \t][A-Z]{{2,8}})?\)[ \t]+)?(?:(?:Delegation|Mission|Government|Secretariat|(?:Executive[ \t]+)?(?:Committee|Council|Commission|Board|Bureau))[ \t]+)?"
                             rf"(?:(?:Mr|Ms|Mrs|Dr|H\.[ \t]?E|Amb)\.?[ \t]+)*{PERSON_NAME}"
                             r"(?=[ \t]*[,;.]|[ \t]+(?:and|attended|chaired|participated|said|was|were|who|took|delivered|"
                             r"addressed|opened|met|visited|welcomed|also|has|had|will|would|is|under|spoke|says|told|on|in|at|for|"
                             r"[a-z]{3,}ed|of(?=[ \t]+[A-Z]))\b)")  # ("President of Tajikistan Emomali Rahmon stressed that ...")
# ("Prime Minister of Thailand Prayuth Chan-ocha of Thailand in his speech": the state again after the name)


# posts written in small letters after a state's adjective: "Palestinian leader X", "the Sudanese president"
SMALL_POSTS = r"(?:leader|president|prime\s+minister|premier|king|queen|emir|foreign\s+minister|minister|envoy|ambassador|" \
              r"diplomat|official|delegate)"
# ("Croatia's permanent representative to the UN Vladimir Drobnjak": a lower-case post between)
OWNED_POST = r"(?:permanent[ \t]+representative|ambassador|envoy|(?:deputy[ \t]+)?(?:foreign[ \t]+)?minister)(?:[ \t]+(?:to|of|for)" \
             r"[ \t]+(?:the[ \t]+)?[A-Z][\w\-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w\-]*){0,4})?"
# ("UNODC’s Executive Director, Yury Fedotov")
CAPITAL_POST = r"(?:[A-Z][\w\-]*[ \t]+){0,3}(?:Director|Director-General|Secretary-General|Head|Chief|President|Chair\w*|" \
               r"Commissioner|Representative|Envoy|Advis[eo]r|Coordinator|Spokes\w+)"
OWNED_NAME = re.compile(rf"(?:['’]s(?:[ \t]+(?:{OWNED_POST}|{SMALL_POSTS}[ \t]*,?|{CAPITAL_POST}[ \t]*,?))?|[ \t]+(?:[a-z\-]+[ \t]+){{0,2}}(?:chief|head|boss)|"
                        rf"[ \t]+{SMALL_POSTS}[ \t]*,?)[ \t]+{PERSON_NAME}"  # ("Liberian leader, Charles Taylor")
                        rf"(?=[ \t]*[,;.)]|[ \t]+[a-z0-9])")


def names_after_body(text: str, bodies: list[Mention]) -> list[Mention]:
    """'President of the Kyrgyz Republic Almazbek Atambayev', 'Secretary-General of the Association of Southeast
    Asian Nations Le Luong Minh': a name right after the state or body a post names, with no comma."""
    out = []
    for g in bodies:
        # "Venezuela's Nicolas Maduro", "United Nations chief Antonio Guterres": a state's or a body's own person
        m = OWNED_NAME.match(text, g.end)
        if not m and not TITLE_OF_BEFORE.search(text, max(0, g.start - 90), g.start):
            continue
        m = m or NAME_AFTER_BODY.match(text, g.end)
        if m and not NOT_A_NAME.match(m["name"]) and not HEADLINE_WORD.search(m["name"]) and not TITLE_IN_NAME.search(m["name"]):
            start, name = after_titles(m.start("name"), m["name"])  # ("of Barbuda, Honourable Winston Spencer")
            if len(name.split()) >= 2:
                out.append(Mention(start, m.end("name"), name, "Person", None, "person-after-body"))
    return out


def speakers_with_state(text: str, gaz: list[Mention]) -> list[Mention]:
    out = []
    for g in gaz:
        if g.kind == "State" and text[g.start - 1:g.start] == "(" and text[g.end:g.end + 1] == ")":
            m = NAME_BEFORE_BRACKET.search(text, max(0, g.start - 80), g.start)
            if m and not NOT_A_NAME.match(m["name"]):
                # "Assembly President Miroslav Lajčák (Slovakia)": the title before the name is no part of it
                lead = BRACKET_NAME_TITLE.match(m["name"])
                start = m.start("name") + (lead.end() if lead else 0)
                start = after_titles(start, text[start:m.end("name")])[0]
                if len(text[start:m.end("name")].split()) >= 2:
                    out.append(Mention(start, m.end("name"), text[start:m.end("name")], "Person", None, "person-state-bracket"))
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


# Bodies that no list holds, named the way bodies are named: capitalised words ending in a head noun
# ("National Police Agency", "Supreme Public Prosecutors Office"), perhaps with "for/of <Name>" after it
# ("Japan Committee for UNICEF"). Forums and conferences are meetings, not bodies.
ORG_HEAD = r"(?:Agency|Office|Headquarters|Unit|Ministry|Committee|Commission|Council|Organi[sz]ation|Institute|Foundation|Association|" \
           r"Bank|Fund|Programme|Program|Network|Alliance|Centre|Center|Union|Court|Tribunal|Authority|Department|" \
           r"Secretariat|Federation|Society|University|Coalition|Partnership|Directorate|Bureau|Board|Group|Forces|Army|Militia|" \
           r"Mission|College|Academy|School)"
ORG_WORD = rf"(?:[{UP}][\w'’\-]*|of|for|and|on|the|&|\([A-Z]{{2,8}}\))"  # "Universal Periodic Review (UPR) Working Group"
WEEKDAY_OR_MONTH = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|" \
                   r"July|August|September|October|November|December)\b"
ORG_PATTERN = re.compile(rf"\b(?=[{UP}])(?P<name>[{UP}][\w'’\-]*(?:[ \t]+{ORG_WORD}){{0,6}}[ \t]+(?P<head>{ORG_HEAD})"
                         rf"(?:[ \t]+(?:for|of|on|against|to|(?<=Mission[ \t])in)[ \t]+(?:the[ \t]+)?[{UP}][\w'’\-]*"
                         rf"(?:[ \t]+(?:(?:and|of|for|the|on(?![ \t]+{WEEKDAY_OR_MONTH}))[ \t]+)*(?!(?:Mr|Ms|Mrs|Dr|HE)\b)"
                         rf"[{UP}][\w'’\-]*(?<![ \t][{UP}])){{0,6}})?)\b")  # ("... for the UN Conference on the Arms Trade Treaty")
# bodies named head first: "Ministry of Foreign Affairs", "Assembly of the African Union", "Office of the Prosecutor"
ORG_HEAD_FIRST = led(re.compile(rf"\b(?P<name>(?P<head>Ministry|Department|Office|Assembly|Commission|Committee|Council|Court|"
                            rf"Secretariat|Bureau|Agency|Directorate)[ \t]+(?:of|for|on)[ \t]+(?:the[ \t]+)?[{UP}][\w'’\-]*"
                            rf"(?:[ \t]+(?:(?:and|of|for|the|on)[ \t]+)*[{UP}][\w'’\-]*){{0,5}})"))
# "Group of Friends of Women, Peace and Security", "Group of Friends on Climate and Security": a group of states
# named by its cause, commas and all
CAP_WORD = r"[A-Z][\w\-’']*"
# ("the UN Group of Friends of the Protection of Civilians in Armed Conflict", "Group of Friends on Responsibility to Protect")
FRIENDS = guarded(re.compile(rf"\b(?:(?:UN|United[ \t]+Nations)[ \t]+)?(?:(?:Core|Informal)[ \t]+)?Group[ \t]+of[ \t]+Friends[ \t]+"
                     rf"(?:of|on|for)[ \t]+(?:the[ \t]+)?"
                     rf"(?:[Rr]esolution[ \t]+\d+|{CAP_WORD}(?:(?:,?[ \t]+and[ \t]+|,[ \t]+|[ \t]+(?:of|on|in|for|and|to)[ \t]+"
                     rf"(?:the[ \t]+)?|[ \t]+){CAP_WORD})*)"))
# a group known by its members, not by a name: "the core group consisting of A, B and C"
MEMBERS_GROUP = guarded(re.compile(r"\b(?P<name>(?:[Cc]ore|[Ii]nformal|[Cc]ross-regional)[ \t]+[Gg]roup)(?=[ \t]+(?:consisting[ \t]+of|"
                           r"comprising|composed[ \t]+of|made[ \t]+up[ \t]+of)[ \t]+(?:the[ \t]+)?[A-Z])"))
NOT_BODY_TAIL = re.compile(r"\b(?:Report|Reports|Statement|Briefing|Briefings|Work|Efforts|Support|Leadership|Presentation|"
                           r"Remarks|Update|Note)$")
SEGMENT = re.compile(r",\s+|;\s+|\s+and\s+(?:the|a|an|its|their|our)\s+|\s+(?:as well as|including|with|by|from)\s+")
OFFICE_LEAD = re.compile(r"^(?:(?:Deputy|Executive|Special|Vice|Acting|Assistant|Under)[\s\-]+)*(?:Head|Director|Chair\w*|Premier|"
                         r"Secretary|Commissioner|President|Minister|Ambassador|Representative|Envoy|Coordinator|Chief|"
                         r"Rapporteur|Adviser|Advisor|Officer)(?:[\s\-]+General)?\s+(?:(?:of|to|for|at)\s+(?:the\s+)?)?")
# (news style drops the "of": "President Islamic Development Bank Dr X")
OWNER_AFTER_AND = re.compile(r"[ \t]+(?:and|&)[ \t]+(?:the[ \t]+)?[\w\-]+['’]s\b")
PERSON_TAIL = re.compile(rf"[ \t]+{NAME_PART}(?:[ \t]+{NAME_PART}){{1,3}}")
SESSION_OF = re.compile(r"^(?:The\s+)?(?:[\w\-]+\s+){0,3}(?:Session|Meeting|Sessions|Meetings)\s+of\s+(?:the\s+)?")
OFFICE_INSIDE = re.compile(r"\b(?:Secretary-General|Secretary General|Director-General|Director General|Director|Head|Chair\w*|"
                           r"President|Minister|Commissioner|Executive Secretary)\s+(?:of|for)\s+(?:the\s+)?(?=[A-Z])")
NOT_ORG_START = re.compile(r"^(?:The|This|That|These|Our|My|Its|Their|A|An|In|On|At|As|For|And|But|We|I|It|Mr|Ms|"
                           r"Madam|Thank|Distinguished|Dear|Excellencies|Member|Members|All|Each|Every|Both|Last|Next|"
                           # "Second Preparatory Committee": the body's session, numbered; the body has no number
                           r"First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|\d+(?:st|nd|rd|th))\b")


# (what organization_mentions checks at each match, compiled once)
MEMBERS_OF_LEAD = re.compile(r"(?:States?|Countries|Members?|Parties)\s+(?:of|to)\s+(?:the\s+)?")  # "a Member State of the X"
LINKING_WORDS_AT_END = re.compile(r"(?:[ \t]+(?:and|of|for|the|on))*[ \t]*$")
OPEN_BRACKET = re.compile(r"\s*\(")
BRACKETED_ACRONYM_LEAD = re.compile(r"[\s)]*(?:\([A-Z]{2,8}\)\s*)?")
AND_GAP = re.compile(r"\s+(?:and|&)\s+")
AND_THE = re.compile(r"\s+and\s+the\s+")


def organization_mentions(text: str, known: list[Mention]) -> list[Mention]:
    """Pattern bodies that are more than a known name: one whose head noun lies inside a known body's name
    ("the Kenyan Security Council") is left to the gazetteer. Lists are cut at commas and at 'and the'."""
    out, pos = [], 0
    for cut in list(SEGMENT.finditer(text)) + [None]:
        seg_end = cut.start() if cut else len(text)
        for m in ORG_PATTERN.finditer(text, pos, seg_end):
            # (the known names the checks below can concern: each touches text[m.start():m.end()], which holds the
            # name however it is trimmed; read in the given order)
            near = [k for k in known if k.start <= m.end() and k.end >= m.start()]
            start, name = m.start("name"), m["name"]
            office = OFFICE_LEAD.match(name)  # "Head of the United Nations Office to the AU": the office's body
            if office:
                start, name = start + office.end(), name[office.end():]
            session = SESSION_OF.match(name)  # "Seventy-Fourth Session of the Executive Council": the Council meets
            if session:
                start, name = start + session.end(), name[session.end():]
            lead = NOT_ORG_START.match(name)
            while lead:  # "The National Police Agency" -> "National Police Agency"
                start, name = start + lead.end() + 1, name[lead.end() + 1:]
                lead = NOT_ORG_START.match(name) if name else None
            member = MEMBERS_OF_LEAD.match(name)
            if member:  # "a Member State of the Asian-African Legal Consultative Organization": the body
                start, name = start + member.end(), name[member.end():]
            office = OFFICE_LEAD.match(name)  # "The Secretary-General of the ASEAN Secretariat"
            if office:
                start, name = start + office.end(), name[office.end():]
            inner = list(OFFICE_INSIDE.finditer(name))  # "Interior and Secretary-General of the Drug Control ..."
            if inner:
                start, name = start + inner[-1].end(), name[inner[-1].end():]
            owner = OWNER_AFTER_AND.search(name)
            if owner:  # "Permanent Mission of Japan and UNODC’s Executive Director": the next item is another's post
                name = name[:owner.start()]
            end = start + len(name)
            across = [k for k in near if start < k.start < end < k.end]
            if across:  # "... on the Arms Trade Treaty United Nations Headquarters": a known name begins inside
                end = start + len(LINKING_WORDS_AT_END.sub("", text[start:across[0].start]))
                name = text[start:end]
            named_after = [k for k in near if m.end("head") < k.start and k.end < end and k.kind in ("State", "Organization")
                           and PERSON_TAIL.fullmatch(text, k.end, end)]
            if named_after:  # "State Council of the People's Republic of China Li Qiang": the person after the body
                end = named_after[0].end
                name = text[start:end]
            over = [k for k in near if k.start <= start < k.end and k.end < end and OPEN_BRACKET.match(text[k.end:end])]
            if over:  # "...Chemical Weapons (OPCW) Trust Fund for ...": the pattern began inside a known name
                rest = BRACKETED_ACRONYM_LEAD.match(text[over[-1].end:end])
                start = over[-1].end + rest.end()
                name = text[start:end]
            pair = [k for k in near if k.start == start and k.end < m.start("head")
                    and AND_GAP.match(text[k.end:m.start("head")])]
            if pair:  # "OSCE and Marshall Center co-organize ...": a known body, then another
                start = pair[0].end + AND_GAP.match(text[pair[0].end:]).end()
                name = text[start:end]
            if m["head"] == "Mission" and any(k.kind == "Place" and m.end("head") < k.start < end for k in near):
                end = m.end("head")  # "Mission in Geneva" is a mission's seat; "Mission in Kosovo" its field
                name = text[start:end]
            if len(name.split()) < 2 or not name[:1].isupper() or start >= m.start("head"):
                continue
            if any(k.start <= m.start("head") < k.end for k in near):  # "Russian Federation" is a state
                continue
            out.append(Mention(start, end, name, "Organization", None, "organization-pattern"))
        pos = cut.end() if cut else len(text)
    for m in FRIENDS.finditer(text):
        out.append(Mention(m.start(), m.end(), m.group(), "Organization", None, "organization-pattern"))
    for m in MEMBERS_GROUP.finditer(text):  # "the core group consisting of Colombia, Sierra Leone, ...": a group
        out.append(Mention(m.start("name"), m.end("name"), m["name"], "Organization", None, "organization-members-group"))
    for m in ORG_HEAD_FIRST.finditer(text):
        if not any(k.kind == "Organization" and k.start <= m.start() < k.end for k in known):
            # "the Ministry of Foreign Affairs of Ghana and the United Nations Development Programme": two bodies
            cut = AND_THE.search(m["name"])
            end = m.start() + cut.start() if cut else m.end()
            if NOT_BODY_TAIL.search(text[m.start():end]):  # "the Secretariat for the Annual Report": thanks for a report
                continue
            out.append(Mention(m.start(), end, text[m.start():end], "Organization", None, "organization-pattern"))
    return out


# Instruments that no list holds, named the way declarations and programmes are named: "the Declaration of the
# Special ASEAN Summit on COVID-19", "the Political Declaration of Mexico City", "the Bangkok Declaration", "the
# Accra Call to Action". The head must be capitalised: "a declaration on" is no name.
INSTRUMENT_HEAD = r"(?:Declaration|Agreement|Accord|Programme[ \t]+of[ \t]+Action|Plan[ \t]+of[ \t]+Action|Action[ \t]+Plan|" \
                  r"Call[ \t]+to[ \t]+Action|Platform[ \t]+for[ \t]+Action|Pathway|Consensus|Roadmap|Road[ \t]+Map|Compact|Agenda)"
INSTRUMENT_TAIL = rf"[ \t]+(?:of|on|for)[ \t]+(?:the[ \t]+)?{CAP_WORD}(?:[ \t]+(?:(?:and(?![ \t]+the\b)|of|for|the|on|in|to)[ \t]+)*{CAP_WORD}){{0,6}}"
INSTRUMENT_PATTERN = guarded(re.compile(rf"\b(?P<year>(?:19|20)\d\d[ \t]+)?(?P<lead>(?:{CAP_WORD}[ \t]+){{0,4}})(?P<head>{INSTRUMENT_HEAD})\b"
                                rf"(?:[ \t]+and[ \t]+(?:Plan|Programme|Platform)[ \t]+(?:of|for)[ \t]+Action)?(?P<tail>{INSTRUMENT_TAIL})?"))
NOT_INSTRUMENT_LEAD = re.compile(r"^(?:(?:The|This|That|These|Our|My|Its|Their|A|An|In|On|At|As|For|And|But|We|I|It|Draft|"
                                 r"New(?![ \t]+(?!Political|Ministerial|Joint|Final)[A-Z])|Political|Ministerial|Joint|Final|Action|Call|Plan|Programme|Platform|Road)[ \t]+)+")


def instrument_mentions(text: str) -> list[Mention]:
    """Named instruments: a capitalised word before the head ('Bangkok Declaration') or a named tail after it
    ('Declaration of Mexico City'); 'Political' and 'Joint' alone name nothing ('the Political Declaration')."""
    out = []
    for m in INSTRUMENT_PATTERN.finditer(text):
        lead = m["lead"]
        article = NOT_INSTRUMENT_LEAD.match(lead)
        cut = article.end() if article else 0  # words such as 'the' or 'This' before the name
        own = lead[cut:]
        if not (own or m["tail"] or m["year"]) or (m["head"] == "Agenda" and not m["tail"]):
            continue
        if m["year"] and (cut == 0 or not own):  # '2009 Political Declaration': the year is part of the name
            start = m.start()
        else:
            start = m.start("lead") + cut if own else m.start("head") - _qualifier_length(lead)
        if NOT_BODY_TAIL.search(m.group()):
            continue
        end = m.end() - (len(m.group()) - len(m.group().rstrip("’'")))  # ("... Development’": a closing quote)
        out.append(Mention(start, end, text[start:end], "LegalInstrument", None, "instrument-pattern"))
    return out


def _qualifier_length(lead: str) -> int:
    """'the Political Declaration of X': 'Political' stays in the name, 'the' does not."""
    q = re.search(r"(?:(?:Political|Ministerial|Joint|Final|New)[ \t]+)+$", lead)
    return len(q.group()) if q else 0


CURRENCY_AFTER = re.compile(r"\$|\s*(?:dollars?|cents?)\b", re.I)  # "US$3.8 billion", "U.S. dollars"


# a capitalised word before a body's name, and capitalised words joined after it: "the 18th Joint Conference on
# Disarmament & Nonproliferation Issues" is a meeting whose name holds the body's, not the Conference on Disarmament
NAME_WORD_BEFORE = re.compile(rf"(?<![.!?:]\s)(?<!^)\b(?!(?:The|A|An|This|That|Its|Their|Our|His|Her|UN|U\.N\.|United|Nations|"
                              rf"In|At|On|For|By|Of|With|From|To|And)\b)[{UP}][{LO}]+[ \t]+$")
NAME_WORDS_AFTER = re.compile(rf"[ \t]*(?:&|and)[ \t]+[{UP}][\w\-]*(?:[ \t]+[{UP}][\w\-]*)*(?![ \t]+(?:of|for)\b)")


def _inside_longer_name(text: str, g: Mention) -> bool:
    return g.kind == "Organization" and " " in g.text and bool(NAME_WORDS_AFTER.match(text, g.end)) \
        and bool(NAME_WORD_BEFORE.search(text, max(0, g.start - 30), g.start))


def recognise(doc: Document, ref: Reference, nlp=None) -> list[Mention]:
    """All mentions of a document, without overlaps: reference names first, then resolution and person
    patterns, then (when a spaCy pipeline is given) the persons and organisations it finds that nothing
    else covers."""
    text = doc.text
    # "U.S. dollars", "Hong Kong dollars": a currency, not the state
    gaz = [g for g in gazetteer_mentions(text, ref) if not (g.kind == "State" and CURRENCY_AFTER.match(text, g.end))
           and not _inside_longer_name(text, g)]
    # (not "Kyrgyz Republic Almazbek Atambayev": a name never begins inside a state's or a body's name)
    bodies = [g for g in gaz if g.kind in ("State", "Organization")]
    people = [p for p in person_mentions(text) + speakers_with_state(text, gaz) + names_after_body(text, bodies)
              if not any(g.start <= p.start < g.end and (p.end <= g.end or g.kind in ("State", "Organization")) for g in gaz)]
    orgs = organization_mentions(text, gaz)
    chosen = _choose(gaz + resolution_mentions(text) + people + orgs + instrument_mentions(text))
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
