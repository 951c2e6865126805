"""Stage 4: linked document -> Facts, each with its Evidence (sentence, offsets, rule, confidence).

The rules follow the grammar of diplomatic statements: a subject (a named actor, or 'we' / 'my delegation' /
'my country' standing for the one on whose behalf the statement is made), a stance verb, and its object;
legal status ('became a party to', 'ratified', 'is preparing to ratify'); roles in titles and appositions
('Secretary-General António Guterres', 'Catherine Russell, executive director of UNICEF')."""
from __future__ import annotations

import dataclasses
import itertools
import re
from bisect import bisect_left, bisect_right
from datetime import date

from .dates import MONTH_YEAR, RELATIVE, find_dates, month_number, resolve_relative
from .link import Linked, slug
from .model import Entity, Evidence, Fact, Mention, Span
from .namespaces import ID
from .recognise import gazetteer_mentions
from .reference import Reference
from .sentences import sentences
from .stances import stance_triggers

ACTOR = ("State", "Organization", "Person")
SELF = re.compile(r"\b(?:we|I|us|our|my|my delegation|our delegation|my country|my government|our country|"
                  r"the group|my group|this group)\b", re.I)
# "we", "I", "let me", "my delegation" ... as the subject of the clause in which a verb stands
SELF_SUBJECT = re.compile(
    r"(?:^[“\"‘']?|[,;:(]\s*[“\"]?|\b(?:and|but|so|therefore|thus|hence|also|first|finally)\s+)"
    r"(?:(?:last|this|next)\s+\w+|in\s+\d{4}|today|recently|since\s+\d{4}|at\s+home)?,?\s*"
    r"(?:(?:let|allow|permit)\s+(?:me|us)|may\s+I|I|we|my\s+delegation|our\s+delegation|my\s+country|my\s+government|"
    r"our\s+government|our\s+country|(?:both\s+)?our\s+(?:two\s+|five\s+|\w+\s+)?countries|the\s+group|our\s+group|"
    r"my\s+group|this\s+group|my|our)\b(?P<rest>[^,;:]*)$", re.I)
# negation and condition always block a fact; intention and expectation block a stance but not a planned
# role ("Japan's preparations for hosting the summit")
NEGATION = re.compile(
    r"\b(?:not|never|no longer|nor|if|unless|whether|yet to|refrain\w* from|fail\w* to|cannot|can't|won't|"
    r"wouldn't|rather than|instead of|ask\w* (?:whether|if))\b", re.I)
INTENT = re.compile(
    r"\b(?:hope|hopes|hoped|hoping|wish|would|could|should|may|might|shall|prepar\w*|plan\w*|intend\w*|"
    r"look forward|expect\w*|call\w* for)\b", re.I)
BLOCKERS = re.compile(f"{NEGATION.pattern}|{INTENT.pattern}", re.I)
DEMONSTRATIVE_ACTS = re.compile(r"\s+(?:all\s+)?(?:such|these|this|those|that)\s+(?:\w+\s+)?(?:acts?|attacks?|actions?|"
                                r"activities|provocations?|violations?|launch(?:es)?|tests?|crimes?|use)\b", re.I)
DEMONSTRATIVE_SUBJECT = re.compile(r"\s*(?:These|Such|This|Those|That)\s+(?:\w+\s+){0,2}?(?:acts?|actions?|activities|"
                                   r"attacks?|tests?|launch(?:es)?|measures?|steps?|provocations?)\b", re.I)
BASED_IN = re.compile(r"\s*(?:\([^)]{1,20}\))?\s*(?:,\s+(?:which\s+is\s+|that\s+is\s+)?(?:based|headquartered|located)|"
                      r",\s+whose\s+(?:[\w\-]+\s+){0,2}(?:headquarters|secretariat|seat)\s+(?:is|are)\s+(?:based|located)|"
                      r"['’]s?\s+(?:headquarters|seat)|"  # "the Organisation's headquarters in The Hague"
                      r"(?=\s+in\s+(?:the\s+)?[A-Z]))\s+in\s+(?:the\s+)?", re.I)  # "the WHO Academy in Lyon": a city
BASED_PLAIN_IN = re.compile(r"\s*(?:\([^)]{1,20}\))?\s+in\s+(?:the\s+)?$")
BASED_ADJECTIVE = re.compile(r"\s*(?:\([^)]{1,20}\))?\s*,\s+an?\s+[A-Z][\w ]{1,30}?-based\b")
VIOLATION = re.compile(r"\b(?:violat(?:e|ed|es|ing)|breach(?:ed|es|ing)?|(?:in|(?:is|are|was|were|constitutes?|represents?|"
                       r"remains?)\s+(?:a\s+)?)\s*(?:\w+\s+){0,2}(?:violations?|breach|contravention|defiance)\s+of)\b", re.I)
COMPLY = re.compile(r"\bto\s+(?:\w+ly\s+|and\s+)*comply\s+(?:\w+ly\s+|and\s+|fully\s+)*with\b", re.I)
BEHALF = re.compile(r"\bon\s+behalf\s+of\s+(?:the\s+)?", re.I)  # in a title block: whom the statement is for
SPEAKS_FOR = re.compile(r"\b(?:I|we)\b[^.;\n]{0,60}?\b(?:speak|speaking|deliver|delivering|make|making|read|reading|"
                        r"take the floor|address)\w*\b[^.;\n]{0,30}?\bon\s+behalf\s+of\s+(?:the\s+)?|"
                        r"(?:^|\n)[ \t]*(?:\d+\.[ \t]*)?On\s+behalf\s+of\s+(?:the\s+)?(?=[^,.;\n]{2,80},\s+(?:I|we|allow|let|"
                        r"permit)\b)", re.I)  # "On behalf of the Group of 77 and China, allow me to ..."
ON_BEHALF_LEAD = re.compile(r"(?:^|(?<=[.\n]))[ \t]*(?:\d+\.[ \t]*)?On\s+behalf\s+of\s+(?:the\s+)?(?=[^,.;\n]{2,80},\s+(?:I|we)\b)")
# "my country Guyana", "Guyana, my country,": who the speaker's "we" is, when the title block does not say
MY_COUNTRY = re.compile(r"\bmy\s+(?:own\s+)?(?:country|nation|delegation)['’]?s?,?\s+(?:the\s+)?(?=[A-Z])")
CSP = re.compile(r"\b(?:Review\s+)?(?:Conference|Meeting|Assembly)\s+of\s+(?:the\s+)?(?:States\s+)?Parties\s+"
                 r"(?:to|of)\s+(?:the\s+)?", re.I)
# after a closing quotation mark: ', the Minister said', ', said Ms Tipene-Walsh', ' she added.'
QUOTE_ATTRIBUTION = re.compile(r"\s*,?\s*(?:(?:said|added|stressed|noted|declared|stated)\s+(?P<who>[^,.;\n]{2,60}?)[,.;]|"
                               r"(?P<who2>[^,.;\n“”\"]{2,60}?)\s+(?:said|added|stressed|noted|declared|stated|told)\b)")
LIGHT_VERB = re.compile(r"\b(?:announced|announces|made|makes|confirmed|confirms|offered|offers)\s+(?:a|an|its|her|his|their)"
                        r"\s+(?:\w+\s+)?$")
TITLE_ANAPHOR = re.compile(r"(?:^|[,;]\s*)\s*[Tt]he\s+(?P<title>Minister|Ambassador|President|Prime Minister|Secretary-General|"
                           r"Director[- ]General|Executive Director|High Commissioner|Chair(?:person)?|Head)"
                           r"(?:\s+(?:\w+ly|also|then))*\s*$")
GOVERNMENT_OF = re.compile(r"\b(?:[Gg]overnments?|[Pp]eople|[Aa]uthorities|[Dd]elegation|[Rr]epublic|[Kk]ingdom|[Ss]tate)\s+of\s+"
                           r"(?:the\s+)?$")
GOVERNED = re.compile(r"\b(?:of|for|to|by|with|from|on|in|at|than|against|including)\s+(?:the\s+|a\s+|an\s+)?$")
# the last comma-clause starts with "and <verb>": it shares the subject of the clause before
PRONOUN_HEAD = re.compile(r"\s*(?:[Ss]he|[Hh]e|[Ww]e|I|(?:[Aa]llow|[Ll]et|[Pp]ermit)\s+(?:me|us))\b")
COORDINATED_VERB = re.compile(r"(?:^|,)\s*(?:and|but)\s+(?:\w+ly\s+|also\s+|further\s+)*(?:to\s+)?"
                              r"(?:(?:is|are|was|were|has|have|had|will|\w+s|\w+ed)\b[^,]*)?$")
THIS_STATEMENT = re.compile(r"\s+(?:this|the present|our)\s+(?:joint\s+)?(?:statement|declaration|intervention)\b"
                            r"(?!\s+(?:of|by|delivered))", re.I)
# "8 member states - India, Pakistan and Bhutan -", "the Member States of ASEAN: ..."
MEMBER_STATES_LIST = re.compile(r"\b[Mm]ember\s+(?:[Ss]tates|countries|nations)(?P<of>\s+of\s+)?(?(of)[^-–—:(]{2,80}?)"
                                r"\s*(?:[-–—:(]|,\s+namely)\s*")
TITLE_THEN_PERSON = re.compile(r"\s+(?:(?:Deputy|Executive|Special|Vice|Acting|Assistant|Under|High|Permanent|Foreign)[\s\-]+)*"
                               r"(?:Secretary[\s\-]General|Director[\s\-]General|Director|Commissioner|Representative|"
                               r"Envoy|President|Minister|Chair\w*|Head|Chief|Coordinator|Rapporteur|Ambassador)\s+"
                               r"(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?[A-Z]")
RELATIVE_SUBJECT = re.compile(r"\b(?:that|which|who)\s+(?:(?:have|has|had|is|are|was|were|also|not|yet|already|recently|each|both|"
                              r"\w+ly)\s+){0,3}$")
OWNED_DOCUMENT = re.compile(r"['’]?s?\s+(?:decisions?|reports?|statements?|declarations?|communiqu[ée]s?|"
                            r"conclusions|recommendations?)\b", re.I)
IN_CAPACITY = re.compile(r"\b(?:in\s+(?:his|her|their|its)\s+capacity|on\s+(?:his|her|their)\s+(?:appointment|election|"
                         r"re-election|designation)|(?:appointed|elected|re-elected|designated)|who\s+serves)\s+as\s+(?:the\s+)?"
                         r"(?:new\s+)?(?P<title>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})\s+of\s+(?:the\s+)?")
ITS_TITLE = re.compile(r",\s+its\s+(?P<title>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3}),\s+"
                       r"(?:(?:Ambassador|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|H\.\s?E\.|Judge|Professor)\s+)*")
LISTED_AFTER = re.compile(THIS_STATEMENT.pattern + r"\s*:", re.I)
POLITE = re.compile(r"\b(?:would|should|wish|want|like)\s+(?:also\s+|first\s+|now\s+)?(?:like\s+)?to\s+"
                    r"(?:(?:\w+ly|also|once again|again|first)\s+)*(?:(?:begin|start|conclude|close|end)\s+by\s+)?"
                    r"(?:(?:take|use|seize)\s+(?:this|the)\s+opportunity\s+to\s+)?"
                    r"(?:(?:\w+ly|also)\s+)*$", re.I)
FUTURE = re.compile(r"\bwill\b(?!\s+continue)", re.I)
# a place where, an agent of a passive ('by the Board'), unless the agent is the perpetrator ('attacks carried out by X')
NOT_PLACE_OBJECT = re.compile(r"\b(?:in|at|within|across|throughout|inside|from|near|between|among)\s+(?:the\s+)?$", re.I)
NOT_OBJECT = re.compile(NOT_PLACE_OBJECT.pattern + r"|"
                        r"(?<!carried out )(?<!perpetrated )(?<!committed )(?<!conducted )(?<!launched )(?<!claimed )"
                        r"\bby\s+(?:the\s+)?$", re.I)
LIST_GAP = re.compile(r"\s*(?:\([^()]{1,15}\))?\s*(?:,|and|, and)\s*(?:the\s+)?")  # between the items of a plain list
COORDINATION = re.compile(r"(?:\s+(?:presidency|delegation|government|authorities|chairmanship|people))?"
                          r"\s*(?:\([^)]*\))?\s*(?:(?:of|from|since|in)\s+\d{4}\s*)?(?:,\s*[^,;()]{1,90}?,\s*)?"
                          r"(?:for\s+[^;]{1,120}?,?\s*)?(?:,|and|, and|as well as|, as well as|&)\s*(?:also\s+)?"
                          r"(?:(?:my|our)\s+(?:own\s+)?(?:country|nation),\s*)?"  # "..., Sweden and my own country, Iceland"
                          r"(?:(?:to|with|of|on|under)\s+)?(?:the\s+|its\s+|their\s+)?"
                          r"(?:(?:Mr|Ms|Mrs|Dr|H\.\s?E)\.\s+|(?:Ambassador|Minister|Judge|Professor)\s+)*")
CLAUSE_END = re.compile(r"[;:]|,\s+(?:which|who|where|while|whereas|but|and (?:we|it|the))\b|\s+(?:which|who|that)\s+"
                        r"(?:is|are|was|were|has|have|will|would)\b|\bfor\s+(?:its|their|his|her|the|convening|organi[sz]ing|hosting)\b")
OFFICE_BEFORE = re.compile(r"(?:Director|Secretary|Head|Chief|President|Chair\w*|Commissioner|Representative|Rapporteur|"
                           r"Envoy|Minister|Coordinator|Officer)[\w\s\-]{0,20}\s+(?:of|for)\s+(?:the\s+)?$", re.I)
CONVENE = re.compile(r"\bfor\s+(?:\w+ly\s+)?(?P<verb>convening|organi[sz]ing|hosting|holding|calling|presiding over|chairing)\b",
                     re.I)
PARTY = re.compile(r"\b(?:became|become|becomes|becoming|has become|have become|has been|have been|is|are|was|were|being)\s+(?:a\s+)?"
                   r"(?:States?\s+)?part(?:y|ies)\s+to\b|\b(?:ratified|acceded to|accession to|ratification of|concluded|"
                   r"deposited (?:its|our|the) instruments? of (?:ratification|accession|acceptance) (?:of|to))\b|"
                   r"\b(?P<bare>became|becomes|has become)\s+a\s+States?\s+Party\b(?!\s+to\b)|"
                   r"(?<=,)\s+(?:already|both|all|each|now|themselves)\s+(?:a\s+)?(?:States?\s+)?part(?:y|ies)\s+to\b", re.I)
NOT_PARTY = re.compile(r"\b(?:not yet|yet to|prepar\w*|will|intend\w*|plan\w*|consider\w*|process of|towards?|aim\w* to|"
                       r"working on|in order to)\b", re.I)
PARTY_WORDS = re.compile(r"part(?:y|ies)|ratif|acce[ds]|conclu|deposit|adheren|into\s+force|signed|join", re.I)
AS_PARTY = re.compile(r"\bAs\s+(?:a\s+)?(?:States?\s+)?part(?:y|ies)\s+to\s+", re.I)
TO_WHICH_PARTY = re.compile(r",?\s+to\s+which\s+(?:the\s+)?[\w\s'’\-]{2,60}?\s+(?:is|are|has been|became)\s+"
                            r"(?P<neg>not\s+(?:yet\s+)?)?(?:itself\s+|also\s+|now\s+)?(?:a\s+)?(?:States?\s+)?part(?:y|ies)\b")
ACCESSION_OF = re.compile(r"\b(?:accession|ratification|adherence)\s+(?:by|of)\s+(?:the\s+)?", re.I)
INTENDS_TO_JOIN = re.compile(r"\b(?:preparing|prepares?|plans?|planning|intends?|intending|aims?|aiming|expects?|"
                             r"working|in\s+the\s+process\s+of|not\s+yet|yet)\s+(?:to\s+)?(?:conclude|concluding|ratify|"
                             r"ratifying|accede\s+to|acceding\s+to|join|joining|become\s+a\s+party\s+to|becoming\s+a\s+party\s+to)\s+",
                             re.I)
PROCESS_OF = re.compile(r"\bin\s+the\s+process\s+of\s+(?:ratification|accession|ratifying\s+it|acceding\s+to\s+it)\b", re.I)
IN_FORCE_FOR = re.compile(r"\bentered\s+into\s+force\s+for\s+(?:the\s+)?", re.I)
SIGNED = re.compile(r"\b(?:has\s+|have\s+)?signed\b", re.I)
AS_MEMBER = re.compile(r"\bAs\s+(?:a\s+|an\s+)?(?:founding\s+|active\s+|proud\s+|fellow\s+)?members?(?:\s+States?)?\s+of\s+", re.I)
IS_MEMBER = re.compile(r"\b(?:is|are|was|were|remains?|became|becoming|being|be)\s+(?:proud\s+to\s+be\s+)?(?:a\s+|an\s+)?"
                       r"(?:founding\s+|active\s+|full\s+|elected\s+|non-permanent\s+|permanent\s+)?member(?:\s+State)?s?\s+of\s+",
                       re.I)
TOGETHER_WITH = re.compile(r"\b(?:together\s+with|along\s+with|alongside|with)\s+(?:the\s+)?", re.I)
MEMBER_APPOSITION = re.compile(r"\*?,\s+(?:a\s+|an\s+|the\s+)?(?:fellow\s+)?(?P<org>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3}\s+)?"
                               r"[Mm]ember(?:\s+State|\s+country)?(?:\s+of(?=\s))?")
ORG_COUNTRY = re.compile(r"\s+(?:member\s+)?(?:country|countries|State|States|member\s+States?)\s+(?=[A-Z])")
RECIPIENT = re.compile(r"\b(?:to|for|towards|into)\s+(?:the\s+)?(?:[\w\-’']+\s+){0,4}$")
CURRENCY_CODES = r"USD|EUR|JPY|GBP|CHF|CAD|AUD|NZD|NOK|SEK|DKK|CNY|RMB|KRW|INR|BRL|RUB|ZAR|SAR|AED|QAR|KWD|TRY|MXN|SGD"
MONEY = re.compile(
    rf"(?P<cur1>US\$|\$|€|£|¥|{CURRENCY_CODES}|yen)?\s?(?P<num>\d[\d,.]*)\s*(?P<mult>million|billion|thousand)?\s*"
    rf"(?P<cur2>US dollars|U\.S\. dollars|dollars|{CURRENCY_CODES}|euros?|yen|Swiss francs|pounds(?: sterling)?|"
    rf"kroner|kronor|krona|yuan|rupees)?")
FUND_VERB = re.compile(r"\b(?:contribut\w*|pledg\w*|donat\w*|donors?\s+to|fund\w*|financ\w*|provid\w*|disburs\w*|"
                       r"allocat\w*|grant\w*)\b", re.I)
HEAD_TITLE = re.compile(r"\b(?:(?-i:PM)|secretary[- ]general|executive director|director[- ]general|director|head|chief|president|"
                        r"chair(?:man|person|woman)?|high commissioner|prime minister|minister|king|queen|chancellor|"
                        r"secretary general|administrator|executive secretary)\b", re.I)
GOVERNMENT_TITLE = re.compile(r"\b(?:prime minister|president|king|queen|emperor|chancellor|minister|secretary of "
                              r"state|premier|cabinet secretary|(?-i:PM))\b", re.I)
LEADER_OF_STATE = re.compile(r"\b(?:prime minister|president|king|queen|emperor|chancellor|premier|head of state|"
                             r"head of government|(?-i:PM))\b", re.I)
# a title before a name: capitalised words with their connectors, an adjective of nationality included
# ("Minister for Foreign Affairs of Ghana", "Japanese Prime Minister", "Secretary-General Mr.")
TITLE_BEFORE = re.compile(r"(?P<title>[A-Z][\w\-]*(?:\s+(?:(?:for|of|and|the|on)\s+)*[A-Z][\w\-]*){0,6})\s+"
                          r"(?:(?:Mr|Ms|Mrs|Dr|H\.\s?E)\.\s+)?$")
DEPUTY = re.compile(r"\b(?:vice|deputy|assistant|under|associate|former|acting)\b", re.I)
MEETING_NOUN = re.compile(r"\b(?P<head>symposium|summit|conference|congress|forum|seminar|workshop|meeting|session|"
                          r"open debate|debate|dialogue|round ?table|side[- ]event|event|working (?:dinner|lunch|luncheon|"
                          r"breakfast)|luncheon|state banquet|reception)s?\b", re.I)
# "the meeting of the X", "the meeting of foreign ministers of the Arab Contact Group"
MEETING_OF = re.compile(r"\s+of\s+(?:(?:the\s+)?(?:[\w\-]+\s+){0,2}(?:[Mm]inisters|[Ll]eaders|[Hh]eads\s+of\s+[Ss]tate"
                        r"(?:\s+and\s+[Gg]overnment)?|[Rr]epresentatives|[Ee]xperts|[Mm]embers)\s+of\s+)?(?:the\s+)?")
MEETING_TOPIC = re.compile(r"\s+(?:on|of|entitled|titled|themed|called|on\s+the\s+theme)\s+[\"“]?(?!(?:January|February|March|April|"
                           r"May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|"
                           r"Thursday|Friday|Saturday|Sunday)\b)(?P<topic>[A-Z][^,.;:\"”(]{2,80}?)[\"”]?(?=:|\s+(?:at|in|on\s+the|which|and|was|is|"
                           r"will|from|to(?!\s+[A-Z])|under|with)\b|[,.;(]|$)")
MEETING_MODIFIERS = re.compile(r"(?:(?:\d+(?:st|nd|rd|th)|[Hh]igh-[Ll]evel|[Mm]inisterial|[Aa]nnual|[Ii]nternational|[Rr]egional|"
                               r"[Oo]rdinary|[Ee]xtraordinary|[Ss]pecial|[Ii]nformal|[Vv]irtual|[Jj]oint|[Ii]naugural|[Pp]lenary|"
                               r"[Ff]irst|[Ss]econd|[Tt]hird|[A-Za-z]+-?[a-z]*(?:th|first|second|third)|[Ss]eventh|[Nn]inth|"
                               r"[Ss]ide)\s+){1,4}$")
# the words of a meeting's name before its head: "the 29th ASEAN Regional Forum (ARF) ministerial meeting"
PROPER_BEFORE = re.compile(r"(?:(?:\d+(?:st|nd|rd|th)|[A-Z][\w\-]*(?:['’]s?)?|\([A-Z]{2,}\)|ministerial|high-level|annual)"
                           r"\s+){1,6}$")
WHICH_HOSTS = re.compile(r"\s*,?\s*which\s+(?P<who>(?:the\s+)?[A-Z][\w\s'’\-]{1,40}?)\s+(?:is|was|will\s+be|has\s+been)\s+"
                         r"(?:hosting|convening|organi[sz]ing|chairing)\b")
CONVENED_BY = re.compile(r"(?:\s+(?:was|were|is|are|will\s+be|has\s+been|had\s+been)|\s*,|)\s+(?:jointly\s+|also\s+)?"
                         r"(?P<verb>convened|hosted|organi[sz]ed|co-organi[sz]ed|co-hosted|co-convened|(?:co-)?sponsored)\s+by\s+"
                         r"(?:the\s+)?", re.I)
# "held ... under the auspices of UNESCO", "under the ministry's sponsorship": who convenes it
UNDER_AUSPICES = re.compile(r"\bunder\s+(?:the\s+)?(?:(?:auspices|sponsorship|patronage)\s+of\s+(?:the\s+)?|"
                            r"(?P<owner>[\w'’\- ]{1,60}?)['’]s?\s+(?:auspices|sponsorship|patronage)\b)", re.I)
GOVERNMENT_LEAD = re.compile(r"(?:(?:Government|Governments|people|authorities)\s+of\s+(?:the\s+)?)?", re.I)
JOINTLY_WITH = re.compile(r"\b(?:(?:convened|organi[sz]ed|co-organi[sz]ed|held|hosted)\s+)?(?:jointly\s+with|in\s+partnership\s+"
                          r"with|in\s+(?:co-?operation|collaboration)\s+with|together\s+with)\s+(?:the\s+)?")
ITS_ADOPTION = re.compile(r"\s+(?:its|their|the)\s+(?:unanimous\s+)?adoption\b(?!\s+of)")
TITLE_HOSTED_BY = re.compile(r"\b(?P<verb>(?:[Cc]o-?)?(?:[Hh]osted|[Cc]onvened|[Oo]rgani[sz]ed|[Ss]ponsored))\s+by\s+")
MEETING_BODY = re.compile(r"\b(?:Council|Committee|Commission|Assembly|Conference|Board|Forum)\b", re.I)
CHAIR_OF = re.compile(r"\b(?:Chair|Chairman|Chairperson|Chairmanship|Chairwoman|President|Presidency|Vice-Chair|Bureau)\s+"
                      r"of\s+(?:the\s+)?(?:\d+\w*\s+(?:session|meeting)\s+of\s+(?:the\s+)?)?")
MEMBERS_OF = re.compile(r"(?:(?:the\s+)?(?:\d+\s+)?(?:[Mm]ember\s+[Ss]tates|[Mm]embers|[Gg]overnments|[Cc]ountries)\s+of\s+"
                        r"(?:the\s+)?)?")
ONLINE = re.compile(r"\b(?:online|virtual(?:ly)?|by\s+video\s*(?:conference|link)|videoconference)\b", re.I)
ENVOY_OF_STATE = re.compile(r"(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?\s+(?:[Aa]mbassador|[Ee]nvoy|[Dd]elegate|"
                            r"[Pp]ermanent\s+[Rr]epresentative|[Rr]epresentative|[Ff]oreign\s+[Mm]inister|[Mm]inister)\b")
POST_COMMA_NAME = re.compile(r"\b(?:the|The)\s+(?P<title>[A-Z][\w\-]*(?:\s+(?:(?:for|of|and|the|on)\s+)*[A-Z][\w\-]*){0,5}),\s+"
                             r"(?:(?:Mr|Ms|Mrs|Dr|H\.\s?E)\.?\s+)?$")
PORTFOLIO_TITLE = re.compile(r"\b(?:Minister|Secretary)\s+(?:of|for)\s+(?:the\s+)?(?P<portfolio>[A-Z][\w\-]*(?:\s+(?:and\s+)?[A-Z][\w\-]*)*)")
REPRESENTED_BY = re.compile(r"\s+(?:was|were|is|are|will\s+be|has\s+been)\s+represented\s+(?:at\s+the\s+\w+\s+)?by\s+"
                            r"(?:(?:Senator|Dr\.?|Mr\.?|Ms\.?|Mrs\.?|H\.\s?E\.|Ambassador|Minister|Hon\.?)\s+)*")
HELD_IN_STATE = re.compile(r"\s+(?:was|were|will\s+be|is|are|has\s+been)\s+(?:being\s+)?(?:held|convened|hosted|organi[sz]ed)\s+"
                           r"in\s+(?:the\s+)?")
HEAD_OF = re.compile(r"\b(?:President|Chair|Chairperson|Chairman|Chairwoman|Head|Coordinator|Secretary-General|"
                     r"Director-General)\s+of\s+(?:the\s+)?")
SECOND_SPEAKER = re.compile(r",?\s+and\s+(?:(?:H\.\s?E\.|Hon\.|Eng\.|Dr\.?|Mr\.?|Ms\.?|Mrs\.?|"
                            r"Ambassador|Minister|Prof\.)\s+)+")
POST_OF_STATE = re.compile(r"[ \t*_#]*(?:(?:[A-Z][\w\-]*|of|and|the)\s+){0,5}(?:Representative|Delegat\w+|Minister|Ambassador|Mission|"
                           r"Delegation)\s+(?:[\w\-]+\s+){0,3}?of\s+(?:the\s+)?$")
OUR_COUNTRIES = re.compile(r"\b(?:[Aa]ll\s+(?:\w+\s+)?of\s+our\s+(?:countries|States|members|member\s+States)|"
                           r"[Aa]ll\s+our\s+(?:\w+\s+)?(?:countries|States|members|member\s+States)|"
                           r"[Oo]ur\s+(?:\w+\s+)?(?:countries|member\s+States)\s+(?:are|have|all))\b[^,;]*$")
LED_DELEGATION = re.compile(r"\b(?:led|leads|heads|headed)\s+(?:the\s+)?(?:[A-Z][\w\-]*\s+){1,3}delegation\b|"
                            r"\b(?:led|leads|heads|headed)\s+the\s+delegation\s+of\s+(?:the\s+)?(?:[A-Z][\w\-]*\s*){1,4}")
THIS_MEETING_BEFORE = re.compile(r"\b(?:today['’]s|this|the\s+present|the\s+current)\s+$", re.I)
THIS_MEETING_AFTER = re.compile(r"\s+(?:[\w\-]+\s+){0,2}?(?:debate|session|meeting|segment|discussion)\b", re.I)
STATE_POST_COMMA_NAME = re.compile(r"['’]s?\s+(?P<title>[A-Z][\w\-]*(?:\s+(?:(?:for|of|and|the|on)\s+)*[A-Z][\w\-]*){0,8}),\s+"
                                   r"(?:(?:Mr|Ms|Mrs|Dr|H\.\s?E)\.?\s+)?$")
OCCASION_OF = re.compile(r"\b(?:held\s+)?(?:at|on|in)\s+the\s+(?:occasion|margins?|sidelines|framework)\s+of\s+(?:the\s+)?", re.I)
STATEMENT_OF = re.compile(r"\s+(?:fully\s+)?(?:the\s+)?(?:joint\s+)?statements?\s+(?:delivered\s+|made\s+|read\s+)?(?:of|by)\b", re.I)
OFFERED = re.compile(r"\b(?:offered|offers|offering|proposed|proposes|volunteered|bid|candidacy|candidature|ready|willing|"
                     r"would\s+like|wishes|hopes|hope)\s+to\s+(?:\w+\s+)?$", re.I)
VENUE = re.compile(r"(?:\s+[\w\-,]+){0,8}?\s+at\s+the\s+(?P<name>(?:[A-Z][\w'’\-]*\s+){1,3}(?:House|Palace|Hall|Hotel|Palais"
                   r"(?:\s+des\s+Nations)?))\b")
REGION = re.compile(r"(?:Africa|Asia|Europe|Oceania|the Americas|Americas|Latin America|Latin America and the Caribbean|"
                    r"the Caribbean|Caribbean|the Pacific|Pacific|Middle East|the Middle East|Asia-Pacific|Asia and the Pacific|"
                    r"Central Asia|South Asia|Southeast Asia|West Africa|East Africa|Southern Africa|North Africa|Sahel|"
                    r"the Sahel|Arctic|the Arctic|Antarctica|Balkans|the Balkans|Western Balkans|the Western Balkans)")
NOT_PLACE = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December", "Spring", "Summer", "Autumn", "Winter", "The", "Order", "Addition", "Particular"}
PARTICIPATE = re.compile(r"\b(?:attend(?:s|ed)?|(?:took|takes|take|taking)\s+part\s+in|participat(?:es|ed)\s+in|"
                         r"on\s+the\s+(?:sidelines|margins)\s+of|"
                         r"join(?:s|ed)|addressed|spoke\s+at)\s+(?:[\w\-()’']+\s+){0,8}$", re.I)
HOST = re.compile(r"\b(?:host\w*|convene\w*|convening|organi[sz]e\w*|organi[sz]ing|sponsor\w*|chair\w*|held by|"
                  r"(?P<jointly>jointly|co-)\s*(?:held|organi[sz]ed|hosted|convened))\b", re.I)
COMPRISE = re.compile(r"\b(?:comprises|comprising|consists of|consisting of|is made up of|members (?:are|include)|"
                      r"brings together|bringing together|groups together|"
                      r"composed of|including)\b", re.I)


class Reader:
    """Holds one linked document while the rules run over its sentences."""

    def __init__(self, linked: Linked, ref: Reference):
        self.linked, self.ref, self.doc = linked, ref, linked.doc
        self.text = self.doc.text
        self.facts: list[Fact] = []
        self.doc_iri = str(ID[f"doc/{self.doc.id}"])
        self.anchor = date.fromisoformat(self.doc.header.date) if self.doc.header.date else None
        self.principal: str | None = None
        self.post_actor: str | None = None  # the state or body the speaker's post names
        self.meeting: str | None = None
        self.meetings_by_head: dict[str, str] = {}
        self.meetings_by_topic: dict[tuple, str] = {}
        self.vague_meetings: set[str] = set()
        self.hosts_of: dict[str, list] = {}  # meeting -> its hosts, for "the co-organizers welcomed ..."  # named by their kind only ("the conference")
        self.title_holders: dict[str, str] = {}  # "minister" -> the person last named with that title
        self.starts = [m.start for m, _ in linked.mentions]

    # -- helpers
    def entity(self, iri: str) -> Entity:
        return self.linked.entities[iri]

    def cls(self, iri: str) -> str:
        return self.entity(iri).cls

    def fact(self, s, p, o, span, rule, conf, literal=False, datatype=None, qualifiers=()):
        if s is None or o is None or s == o:
            return
        start, end = span
        ev = Evidence(self.doc.id, start, end, self.text[start:end], rule, conf)
        self.facts.append(Fact(s, p, o, ev, literal, datatype, tuple(qualifiers)))

    def in_span(self, start, end, classes=None):
        """Mentions inside text[start:end], in text order (mentions are kept sorted by start)."""
        mentions = self.linked.mentions
        lo = bisect_left(self.starts, start)
        hi = bisect_right(self.starts, end)
        return [(m, i) for m, i in mentions[lo:hi]
                if m.end <= end and (classes is None or self.cls(i) in classes)]

    def add_mention(self, m: Mention, iri: str) -> None:
        at = bisect_right(self.starts, m.start)
        self.linked.mentions.insert(at, (m, iri))
        self.starts.insert(at, m.start)

    def state_of(self, iri: str) -> str:
        """A capital named as an actor stands for its state ('Pyongyang's tests' are North Korea's)."""
        if self.cls(iri) == "Place" and iri in self.ref.capital_of:
            state = self.ref.capital_of[iri]
            self.linked.add(Entity(state, "State", self.ref.labels.get(state, state), in_reference=True))
            return state
        return iri

    # -- the header
    def header(self):
        h, d = self.doc.header, self.doc_iri
        if h.date:
            self.fact(d, "date", h.date, (h.date_span.start, h.date_span.end), "header-date", 0.95, True, "date")
        delegation = [i for m, i in self.in_span(max(0, h.speaker.start - 4), h.speaker.end, ("State", "Organization"))
                      if m.end > h.speaker.start] if h.speaker else []  # (a state's name may begin with "the")
        if delegation:  # "Joint statement by the Marshall Islands on behalf of ...": a state speaks, not a person
            self.principal, h = delegation[0], dataclasses.replace(h, speaker=None, post=None)
        if h.speaker:
            people = self.in_span(h.speaker.start, h.speaker.end, ("Person",))
            speaker = people[0][1] if people else self.linked.add(_person(h.speaker.text))
            self.fact(d, "speaker", speaker, (h.speaker.start, h.speaker.end), "header-speaker", 0.95)
            if h.post:
                post_actors = self.in_span(h.post.start, h.post.end, ("State", "Organization"))
                states = [i for m, i in post_actors if self.cls(i) == "State"]
                # "of the European Union" names whom the speaker serves; "to the United Nations" where
                of_orgs = [i for m, i in post_actors if re.search(r"\bof\s+(?:the\s+)?$", self.text[h.post.start:m.start])]
                self.principal = self.post_actor = (states or of_orgs or [None])[0]
                self.fact(speaker, "post", h.post.text, (h.post.start, h.post.end), "header-post", 0.9, True)
                line_end = self.text.find("\n", h.post.start)
                line_end = self.doc.body_start if line_end < 0 else min(line_end, self.doc.body_start)
                more = SECOND_SPEAKER.search(self.text, h.post.end, line_end)
                # (the post may stop short, at "President of the African Ministerial Conference on the Environment")
                self.chairs_in_post(speaker, h.post.start, more.start() if more else line_end)
                if more:
                    self.second_speaker(more, line_end)
        span = h.post or h.title
        if self.doc.kind == "Statement" and not self.principal and h.on_behalf_of:  # "EU Statement on ..."
            # (+1: the span drops a final period that belongs to the name, as in "U.S. statement")
            named = self.in_span(h.on_behalf_of.start, h.on_behalf_of.end + 1, ("State", "Organization"))
            if named:
                self.principal, span = named[-1][1], h.on_behalf_of
        found = self.delegation() if self.doc.kind == "Statement" else None
        if found and (not self.principal or self.cls(found[0]) == "Organization"):
            # "STATEMENT OF THE G77 AND CHINA ... DELIVERED BY H.E. X, PERMANENT REPRESENTATIVE OF SRI LANKA"
            self.principal, span = found
        if self.doc.kind == "Statement" and not self.principal:
            found = self.state_line() or self.my_country()
            if found:
                self.principal, span = found
        # "Statement on behalf of the Group of 77 and China by ...", "..., on behalf of Costa Rica, Ireland and
        # Kiribati" in the title block; "I have the honour to speak on behalf of the European Union": the
        # speaker's own words; never "the statement delivered by X on behalf of Y" in the body
        principals = [self.principal] if self.principal else []
        in_title = BEHALF.finditer(self.text, 0, self.doc.body_start) if self.doc.kind == "Statement" else iter(())
        in_body = SPEAKS_FOR.finditer(self.text, self.doc.body_start, min(len(self.text), self.doc.body_start + 600))
        # a statement whose title block names no one: "On behalf of CARICOM, I express ..." further on says it
        later = ON_BEHALF_LEAD.finditer(self.text, self.doc.body_start) if self.doc.kind == "Statement" and not principals \
            else iter(())
        for behalf in itertools.chain(in_title, in_body, later):
            at = behalf.end() + len(MEMBERS_OF.match(self.text, behalf.end()).group())  # "the Member States of ASEAN"
            after = [(m, i) for m, i in self.in_span(at, at + 80, ("State", "Organization"))]
            if after and after[0][0].start == at:
                listed = [after[0]] + [x for x in self.coordinated(after[0], ("State", "Organization"))]
                principals = [i for _, i in listed]
                self.principal = principals[0]
                line = (self.text.rfind("\n", 0, behalf.start()) + 1, listed[-1][0].end)
                span = Span(line[0], line[1], self.text[line[0]:line[1]])
                break
        for principal in principals:
            self.fact(d, "onBehalfOf", principal, (span.start, span.end), "header-on-behalf", 0.9)
            if delegation and self.cls(delegation[0]) == "State" and self.cls(principal) == "Organization":
                # "Joint statement by the Marshall Islands on behalf of the Group of Friends of ...": a member speaks
                self.fact(delegation[0], "memberOf", principal, (span.start, span.end), "speaks-for-group", 0.6)
        if self.principal and h.speaker:
            # the speaker represents the state their post names, the statement speaks for the group they chair
            self.fact(speaker, "represents", self.post_actor or self.principal, (span.start, span.end), "header-represents", 0.9)
        implied = None if h.meeting or self.doc.kind != "Statement" else self.implied_meeting_body(h)
        if h.meeting or implied:
            span = h.meeting or implied[1]
            self.meeting = self.header_meeting(h, span, implied[0] if implied else None)
            self.fact(d, "deliveredAt", self.meeting, (span.start, span.end), "header-meeting", 0.9 if h.meeting else 0.7)
            self.title_block_hosts()

    def implied_meeting_body(self, h) -> tuple[str, Span] | None:
        """A statement whose title block names no meeting still says whose meeting it is: a body named on its own
        in the title block ('..., ON AGENDA ITEM 109, SIXTH COMMITTEE, 6 OCTOBER 2025', 'Opening of the UNGA Second
        Committee'), or, at the start of the speech, the body whose chair or presidency is greeted ('congratulations
        to you ... as Chair of the Third Committee', 'on assuming the Presidency of the CD')."""
        taken = [x for x in (h.speaker, h.post) if x]
        for m, i in self.in_span(0, self.doc.body_start, ("Organization",)):
            if MEETING_BODY.search(self.entity(i).label) and not any(t.start <= m.start < t.end for t in taken):
                return i, Span(m.start, m.end, m.text)
        opening = min(len(self.text), self.doc.body_start + 900)
        for chair in CHAIR_OF.finditer(self.text, self.doc.body_start, opening):
            for m, i in self.in_span(chair.end(), opening, ("Organization",)):
                if m.start == chair.end() and MEETING_BODY.search(self.entity(i).label + " " + m.text):
                    return i, Span(m.start, m.end, m.text)
        for m, i in self.in_span(self.doc.body_start, opening, ("Organization",)):  # "today's First Committee debate"
            if MEETING_BODY.search(self.entity(i).label + " " + m.text) and THIS_MEETING_BEFORE.search(
                    self.text[max(0, m.start - 20):m.start]) and THIS_MEETING_AFTER.match(self.text, m.end):
                return i, Span(m.start, m.end, m.text)
        return None

    def chairs_in_post(self, person, start, end) -> None:
        """'Minister of Environment of Senegal and President of the African Ministerial Conference on the Environment':
        a second post in the title block, heading a body."""
        for chair in HEAD_OF.finditer(self.text, start, end):
            bodies = [i for m, i in self.in_span(chair.end(), end, ("Organization",)) if m.start == chair.end()]
            if bodies:
                self.fact(person, "leads", bodies[0], (start, end), "header-post-leads", 0.8)

    def second_speaker(self, more, end) -> None:
        """'Statement delivered by H.E. A, Minister ... of Senegal ... and Hon. B, Minister ... of Zambia, Chair of the
        African Group of Negotiators': a joint statement of two speakers."""
        people = [(m, i) for m, i in self.in_span(more.end(), end, ("Person",)) if m.start == more.end()]
        if not people:
            return
        m, person = people[0]
        self.fact(self.doc_iri, "speaker", person, (m.start, m.end), "header-speaker", 0.85)
        states = [i for _, i in self.in_span(m.end, end, ("State",))]
        if states:
            self.fact(person, "represents", states[0], (m.start, end), "header-represents", 0.85)
        self.chairs_in_post(person, m.end, end)

    def title_block_hosts(self):
        """'Co-hosted by Switzerland and Sierra Leone', 'Co-hosted by AOSIS and the Government of Ireland' in the
        title block: who hosts or convenes the meeting the statement was delivered at."""
        for by in TITLE_HOSTED_BY.finditer(self.text, 0, self.doc.body_start):
            line_end = self.text.find("\n", by.end())
            line_end = self.doc.body_start if line_end < 0 else min(line_end, self.doc.body_start)
            prop = "hosts" if "host" in by["verb"].lower() else "convenes"
            for m, i in self.in_span(by.end(), line_end, ("State", "Organization")):
                self.fact(self.state_of(i), prop, self.meeting, (by.start(), line_end), "title-hosted-by", 0.8)

    def states_parties_body(self, meeting) -> str | None:
        """'Seventh Conference of States Parties to the Arms Trade Treaty', 'Review Conference of the Parties to
        the NPT': the treaty's Conference of States Parties is the body that meets."""
        csp = CSP.search(meeting.text)
        treaties = self.in_span(meeting.start + csp.end(), meeting.end, ("Treaty",)) if csp else []
        if not treaties:
            return None
        treaty = treaties[0][1]
        written = " ".join(treaties[0][0].text.split())  # "the Chemical Weapons Convention", as the text names it
        names = (f"Conference of the States Parties to the {written}", f"Conference of States Parties to the {written}",
                 f"Conference of the States Parties to the {self.entity(treaty).label}")
        return self.linked.add(Entity(str(ID[f"org/csp-{treaty.rsplit('/', 1)[-1]}"]), "Organization", names[0], names[1:]))

    def accredited_to(self, h) -> str | None:
        """'CONFERENCE OF THE STATES PARTIES' with no treaty named, by the 'Head of Delegation ... to the OPCW':
        the States Parties meet in the organisation the speaker is accredited to."""
        if not h.post or not h.meeting or not re.search(r"\b(?:States\s+Parties|Review\s+Conference)\b", h.meeting.text, re.I):
            return None
        return next((i for m, i in self.in_span(h.post.start, h.post.end, ("Organization",))
                     if re.search(r"\bto\s+(?:the\s+)?$", self.text[h.post.start:m.start])), None)

    def delegation(self):
        """'Statement by Japan', 'STATEMENT BY THE DELEGATION OF THE REPUBLIC OF GHANA', anywhere in the title
        block: no person, a state (or a group) speaks."""
        for intro in re.finditer(r"\b(?:statement|remarks|intervention|explanation of vote)\s+(?:delivered\s+)?(?:by|of)\s+",
                                 self.text[:self.doc.body_start], re.I):
            start = intro.end()
            for m, i in self.in_span(start, min(self.doc.body_start, start + 80), ("State", "Organization")):
                lead = self.text[start:m.start]
                if re.fullmatch(r"(?:the\s+)?(?:(?:permanent\s+)?(?:delegation|mission|government|representative)\s+of\s+"
                                r"(?:the\s+)?)?", lead, re.I):
                    return i, Span(intro.start(), m.end, self.text[intro.start():m.end])
                break
        return None

    def my_country(self):
        """'let me recall my country Guyana's duty', 'The Jamaican delegation aligns itself with ...': the state the
        speaker calls their own."""
        for mine in MY_COUNTRY.finditer(self.text, self.doc.body_start):
            states = [(m, i) for m, i in self.in_span(mine.end(), mine.end() + 60, ("State",)) if m.start == mine.end()]
            if states:
                m, i = states[0]
                return i, Span(mine.start(), m.end, self.text[mine.start():m.end])
        for m, i in self.in_span(self.doc.body_start, len(self.text), ("State",)):
            if re.match(r"\s+delegation\b", self.text[m.end:m.end + 12]) and re.search(
                    r"\b(?:[Tt]he|[Mm]y|[Oo]ur)\s+$", self.text[max(0, m.start - 5):m.start]):
                return i, Span(m.start, m.end + 11, self.text[m.start:m.end + 11])
        return None

    def state_line(self):
        """A title block line that is only a state's name ('REPUBLIC OF UGANDA'): the state that speaks."""
        for m, i in self.in_span(0, self.doc.body_start, ("State",)):
            ls = self.text.rfind("\n", 0, m.start) + 1
            le = self.text.find("\n", m.end)
            le = len(self.text) if le < 0 else le
            if not self.text[ls:m.start].strip(" *#_") and not self.text[m.end:le].strip(" *#_"):
                return i, Span(m.start, m.end, m.text)
            # "Head of Delegation of the Republic of Indonesia" on a line of its own, with no name above it
            if POST_OF_STATE.match(self.text[ls:m.start]) and not self.text[m.end:le].strip(" *#_,"):
                return i, Span(ls, m.end, self.text[ls:m.end])
        return None

    def without_bracketed_repeats(self, mentions):
        """'the United Nations Environment Programme (UNEP)': the acronym in brackets is the same entity again."""
        return [x for k, x in enumerate(mentions) if not (k and x[1] == mentions[k - 1][1] and re.fullmatch(
            r"\s*\(\s*", self.text[mentions[k - 1][0].end:x[0].start]))]

    def coordinated(self, first, classes):
        """The entities listed after `first` ('Costa Rica, Ireland, Kiribati, Nigeria and Thailand')."""
        out, prev = [], first
        after = self.in_span(first[0].end, min(len(self.text), first[0].end + 300), classes)
        for m, i in self.without_bracketed_repeats([first] + after)[1:]:
            if not LIST_GAP.fullmatch(self.text[prev[0].end:m.start]):
                break
            out.append((m, i))
            prev = (m, i)
        return out

    def header_meeting(self, h, meeting: Span, body: str | None = None) -> str:
        if body is None:
            # "the special segment ... held at the occasion of the 58th session of the CND": the CND's session
            occasion = OCCASION_OF.search(meeting.text)
            bodies = self.in_span(meeting.start + (occasion.end() if occasion else 0), meeting.end, ("Organization",))
            if len(bodies) > 1 and not self.text[bodies[0][0].end:bodies[1][0].start].strip():
                bodies = bodies[1:]  # "UNGA Second Committee", "OSCE Permanent Council": the body within the body
            body = bodies[0][1] if bodies else self.states_parties_body(meeting) or self.accredited_to(h)
        key = "-".join(x for x in (body.rsplit("/", 1)[-1] if body else slug(meeting.text)[:60], h.date) if x)
        label = (meeting.text.replace("\n", " ") if h.meeting else f"Meeting of the {self.entity(body).label}") + \
            (f" ({h.date})" if h.date else "")
        iri = self.linked.add(Entity(str(ID[f"meeting/{key}"]), "Meeting", label))
        span = (meeting.start, meeting.end)
        if body:
            self.fact(iri, "meetingOf", body, span, "header-meeting-of", 0.9)
        if h.date:
            self.fact(iri, "date", h.date, (h.date_span.start, h.date_span.end), "header-date", 0.9, True, "date")
        places = self.in_span(h.title.start if h.title else 0, self.doc.body_start, ("Place",))
        if places:
            self.fact(iri, "heldIn", places[0][1], (places[0][0].start, places[0][0].end), "header-place", 0.8)
        return iri

    # -- the body, sentence by sentence
    def body(self):
        triggers = stance_triggers()
        self.previous = None  # the span of the sentence before, for 'such acts' and 'these activities'
        # a news item's headline is a sentence of its own ("Ethiopia hosts high-level meeting on ...")
        start = self.doc.body_start if self.doc.kind == "Statement" else 0
        for s, e in sentences(self.text, start):
            sent = self.text[s:e]
            self.adopted(s, e)
            self.stances(s, e, triggers)
            self.violations(s, e)
            self.based(s, e)
            self.delegations_led(s, e)
            self.party(s, e, sent)
            self.funds(s, e, sent)
            self.roles(s, e)
            self.members(s, e, sent)
            self.meetings(s, e, sent)
            self.represented_by(s, e)
            self.previous = (s, e)

    def subject_before(self, s: int, pos: int) -> str | None:
        """The actor a verb at pos belongs to: the nearest actor before it in the clause, or 'we' -> principal."""
        clause_start = max([s] + [m.end() + s for m in re.finditer(r"[;:]", self.text[s:pos])])
        prefix = self.text[clause_start:pos]
        relative = RELATIVE_SUBJECT.search(prefix)
        if relative:  # "the States of that region that have ratified it": the verb's subject is the noun before
            before = [i for m, i in self.in_span(clause_start, clause_start + relative.start(), ACTOR + ("Place",))
                      if not self.text[m.end:clause_start + relative.start()].strip(" ,")
                      and not GOVERNED.search(self.text[clause_start:m.start])]  # "at the initiative of X, which ..."
            return self.state_of(before[-1]) if before else None
        actors = [(m, i) for m, i in self.in_span(clause_start, pos) if self.cls(i) in ACTOR + ("Place",)]
        shared = COORDINATED_VERB.search(prefix)
        pronoun_head = PRONOUN_HEAD.match(prefix)
        if shared and pronoun_head:
            # "She condemned the launches by X, which violate ..., and urged Y", "Allow me to congratulate you on
            # ... this Conference, and to thank ...": the clause's pronoun subject
            prefix, actors = prefix[:pronoun_head.end()], []
        if actors and shared and not self.in_span(clause_start + shared.start(), pos, ACTOR):
            # "Ghana welcomes X, and supports Y": the second verb shares the clause's subject
            for m, i in actors:
                if not GOVERNED.search(self.text[clause_start:m.start]):
                    return self.state_of(i)
        for m, i in reversed(actors):
            # "Nepali government, in cooperation with ..., today organised": the state's government is the state
            between = re.sub(r"^\s+(?:[Gg]overnment|[Aa]uthorities|[Dd]elegation)\b", "", self.text[m.end:pos])
            possessive = re.match(r"['’]s\s+(?:[\w\-]+\s+){0,3}(?:for|of|in|to)?\s*$", between)
            governed = GOVERNED.search(self.text[clause_start:m.start]) and not GOVERNMENT_OF.search(
                self.text[clause_start:m.start])  # "the Government of Japan" is Japan
            # "Japan welcomes", "Japan, as a member of the Council, welcomes", "Haiti, a CARICOM Member State,
            # has signed", "..., as well as Ukraine, align": one apposition may stand between subject and verb
            rest = re.sub(r"^\s*,[^,;]*,|^\s*,\s*$|^\s*,\s*(?=(?:has|have|had|is|was|were|will)\b)", " ",
                          re.sub(r"^\s*\([^()]{1,20}\)", " ", between))  # "X (L) attends", "Mr X, has participated"
            if possessive or (len(rest.split()) <= 8 and not governed and not re.search(r"[,;(]", rest)):
                return self.state_of(i)
            if not re.match(r"^[^,;]*,", between) or between.count(",") > 2:
                break  # an actor inside the apposition is not the subject; look one further back, no more
        # "She announced a contribution", "The Minister made a pledge": the noun's subject is the light verb's
        prefix = LIGHT_VERB.sub("", prefix)
        pronoun = re.search(r"(?:^|[,;]\s*)(?:[Hh]e|[Ss]he)(?:\s+(?:\w+ly|also|then))*\s*$", prefix)
        if pronoun:  # "She also condemned ...": the person named last
            people = [i for m, i in self.in_span(max(0, s - 600), pos, ("Person",))]
            if people:
                return people[-1]
        titled = TITLE_ANAPHOR.search(prefix)  # "The Minister welcomed ...": the minister named before
        if titled and titled["title"].lower() in self.title_holders:
            return self.title_holders[titled["title"].lower()]
        me = SELF_SUBJECT.search(prefix)
        if me and len(me["rest"].split()) <= 8:
            return self.quoted_speaker(pos) or self.principal
        return None

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
        lead = re.match(r"\s*(?:for|to|of|with|on)\s+", self.text[pos:e])  # "support for X": the object follows
        stop = self.clause_end(pos + (lead.end() if lead else 0), e)
        not_object = NOT_PLACE_OBJECT if agents else NOT_OBJECT  # "condemn the use of chemical weapons by Syria"
        # "the resolution's sponsors": an instrument that owns the noun after it is not the object
        titled = {i for m, i in self.in_span(pos, e) if self.cls(i) in ("Organization", "State")
                  and (TITLE_THEN_PERSON.match(self.text, m.end) and self.in_span(m.end, m.end + 80, ("Person",))
                       or OWNED_DOCUMENT.match(self.text, m.end))}  # "General Assembly decision 73/546"
        usable = [(m, i) for m, i in self.in_span(pos, e) if (classes is None or self.cls(i) in classes)
                  and i not in titled  # "UNICEF Executive Director Henrietta Fore": the person is the object
                  and not (self.cls(i) in ("Resolution", "Treaty", "Meeting") and re.match(r"['’]s\s", self.text[m.end:m.end + 3]))
                  and not not_object.search(self.text[max(pos, m.start - 40):m.start])
                  and not (self.cls(i) == "Organization" and OFFICE_BEFORE.search(self.text[max(pos, m.start - 40):m.start]))]
        usable = self.without_bracketed_repeats(usable)
        if not usable or usable[0][0].start >= stop:
            return []
        out = [usable[0]]
        for (m0, _), (m1, i1) in zip(usable, usable[1:]):
            # "..., and UNICEF Executive Director Henrietta Fore": the body in the title is part of the gap
            gap_end = min([m.start for m, i in self.in_span(m0.end, m1.start) if i in titled] + [m1.start])
            if not COORDINATION.fullmatch(self.text[m0.end:gap_end] + " " * (gap_end < m1.start)):
                break
            out.append((m1, i1))
        return out

    def clause_end(self, pos: int, e: int) -> int:
        """Where the clause that starts at pos ends; words inside a name ('Convention for the ...') do not end it."""
        for m in CLAUSE_END.finditer(self.text, pos, e):
            if not any(mm.start <= m.start() < mm.end for mm, _ in self.in_span(max(0, m.start() - 200), m.start() + 300)):
                return m.start()
        return e

    def blocked(self, s: int, pos: int, future_ok: bool = False) -> bool:
        """Is the verb at pos hedged, negated or conditional ('we hope to welcome', 'has not yet')? A stance
        also may not lie in the future; a role such as hosting may ('Japan will host the summit')."""
        clause = POLITE.sub(" ", self.text[max(s, pos - 80):pos])  # "I would like to thank" is no hedge
        clause = clause[max(clause.rfind(","), clause.rfind(";")) + 1:] if "," in clause or ";" in clause else clause
        if future_ok:  # a planned role is a fact; an offer or a readiness to take it is not yet one
            return bool(NEGATION.search(clause) or OFFERED.search(clause))
        return bool(BLOCKERS.search(clause) or FUTURE.search(clause))

    def stances(self, s, e, triggers):
        names = [(m.start, m.end) for m, _ in self.in_span(s, e)]
        for t_start, t_end, prop in triggers.finditer(self.text, s, e):
            if self.blocked(s, t_start) or any(a <= t_start < b for a, b in names):  # "the Rapid Support Forces"
                continue
            subj = self.subject_before(s, t_start)
            if subj is None and prop == "thanks" and re.match(r"\s+you\s+(?:also\s+)?to\s", self.text[t_end:t_end + 20]):
                subj = self.principal  # "..., and thank you to Ireland for co-hosting this event": the speaker's thanks
            organizers = self.organizers(s, t_start) if subj is None else []
            if organizers:  # "The co-organizers welcomed the adoption of resolution 76/185"
                for o in organizers:
                    for m, obj in self.objects_after(t_end, e):
                        self.fact(o, prop, self.state_of(obj), (s, e), f"stance-{prop}", 0.7)
                continue
            listed = LISTED_AFTER.match(self.text, t_end) if prop == "alignsWith" and self.principal else None
            if subj is None and listed:  # "The following countries align themselves with this statement: X, Y, Z"
                for _, state in self.in_span(listed.end(), e, ("State",)):
                    if state != self.principal:
                        self.fact(state, "alignsWith", self.principal, (s, e), "stance-alignsWith", 0.8)
                continue
            if subj is None or self.cls(subj) not in ACTOR:
                continue
            if prop == "alignsWith":
                self.aligning(subj, t_start, t_end, s, e)
                continue
            if prop in ("supports", "welcomes") and STATEMENT_OF.match(self.text, t_end):
                # "We support the statement of Venezuela on behalf of the Andean Community": the group's statement
                for o in self.statement_owner(t_end, e, [subj]):
                    self.fact(subj, prop, o, (s, e), f"stance-{prop}", 0.75)
                continue
            objs = self.objects_after(t_end, e, ACTOR + ("Place",) if prop == "urges" else None, agents=prop == "condemns")
            if prop == "urges":  # "we call on Washington and Beijing": capitals stand for their governments
                objs = [(m, o) for m, o in objs if self.cls(self.state_of(o)) in ACTOR]
            if not objs and prop == "condemns":
                self.condemned_by_reference(subj, t_end, s, e)
            if prop == "welcomes" and ITS_ADOPTION.match(self.text, t_end) and self.previous:
                # "Last week, the Council adopted resolution 2730. Guyana welcomes its adoption": that resolution
                named = [i for _, i in self.in_span(self.previous[0], t_start, ("Resolution",))]
                objs = [(Mention(t_end, t_end, "", "Resolution"), named[-1])] if named else objs
            conveners, last = [], None
            for m, o in objs:
                self.fact(subj, prop, self.state_of(o), (s, e), f"stance-{prop}", 0.8)
                # "we congratulate Poland on its presidency and for holding this debate", "we thank Switzerland and
                # Sierra Leone for convening this meeting": the thanked of one plain list, before the reason
                if last is not None and not LIST_GAP.fullmatch(self.text[last.end:m.start]):
                    conveners = []
                conveners.append(self.state_of(o))
                last = m
                convene = CONVENE.search(self.text, m.end, min(e, m.end + 120))
                if prop == "thanks" and self.meeting and convene and not self.in_span(m.end, convene.start(), ("State", "Person")):
                    role = "hosts" if convene["verb"].lower() == "hosting" else "convenes"
                    for c in conveners:
                        self.fact(c, role, self.meeting, (s, e), "thanks-for-convening", 0.75)
                    conveners = []

    def organizers(self, s, pos) -> list[str]:
        """'The co-organizers', 'the hosts': the hosts of the meeting the text is about."""
        if not re.search(r"\b[Tt]he\s+(?:co-?organi[sz]ers|organi[sz]ers|co-?hosts|hosts|co-?sponsors|co-?conveners)"
                         r"(?:\s+\w+ly)?\s*$", self.text[s:pos]):
            return []
        meeting = getattr(self, "last_meeting", None)
        return self.hosts_of.get(meeting, [])

    def aligning(self, subj, t_start, t_end, s, e):
        """'Albania, Serbia and Georgia align themselves with this statement': each aligns with the one on
        whose behalf the statement is made; 'Japan aligns itself with the statement of the G-77' with the G-77."""
        subjects = [subj]
        if THIS_STATEMENT.match(self.text, t_end) and self.principal:
            # "The candidate countries X*, Y and Z, the EFTA country W, as well as V, align themselves with this
            # statement": every state named before the verb aligns with the one the statement speaks for
            subjects += [i for _, i in self.in_span(s, t_start, ("State",)) if i != self.principal]
            targets = [self.principal]
        else:
            for m, i in reversed(self.in_span(s, t_start, ("State", "Organization"))):
                if i == subj:
                    continue
                gap = self.text[m.end:min([t_start] + [mm.start for mm, _ in self.in_span(m.end, t_start)])]
                if not re.fullmatch(r"\s*(?:,|and|, and)\s*", gap):
                    break
                subjects.append(i)
            targets = self.statement_owner(t_end, e, subjects)
        for a in dict.fromkeys(subjects):
            for o in targets:
                self.fact(a, "alignsWith", o, (s, e), "stance-alignsWith", 0.8)

    def statement_owner(self, pos, e, subjects) -> list[str]:
        """Whose statement one aligns with: 'the statement delivered by Azerbaijan on behalf of the NAM' is the
        NAM's (and Azerbaijan, speaking for it, is a member); 'the statement delivered by the EU' is the EU's."""
        stop = self.clause_end(pos, e)
        owners, start = [], pos
        # "with the statement delivered on behalf of the G-77, and with the statement delivered by Brunei on
        # behalf of ASEAN": every group spoken for; the state that speaks for one is a member of it
        for behalf in re.compile(r"\bon\s+behalf\s+of\s+(?:the\s+)?").finditer(self.text, pos, e):
            owner = [(m, i) for m, i in self.in_span(behalf.end(), e, ACTOR) if m.start == behalf.end()]
            if owner and not owners:  # "the statements delivered on behalf of the G-77, NAM, the African Group and ..."
                owners += [i for _, i in self.coordinated(owner[0], ("Organization",))]
            if owner:
                speakers = self.in_span(start, behalf.start(), ("State",))
                if speakers and re.search(r"\b(?:by|statement\s+of)\s+(?:the\s+)?$", self.text[start:speakers[-1][0].start]):
                    self.fact(speakers[-1][1], "memberOf", owner[0][1], (pos, e), "speaks-for-group", 0.6)
                owners.append(owner[0][1])
                start = owner[0][0].end
        if owners:
            return owners
        by = re.compile(r"\b(?:statement|declaration|intervention)s?\s+(?:\w+\s+){0,2}?(?:delivered|made|presented|read)?\s*"
                        r"by\s+(?:the\s+)?", re.I).search(self.text, pos, stop)
        if by:
            owner = [(m, i) for m, i in self.in_span(by.end(), stop, ACTOR) if m.start == by.end()]
            if owner:
                return [owner[0][1]]
        return [o for _, o in self.objects_after(pos, e, ACTOR) if o not in subjects]

    def delegations_led(self, s, e):
        """'the delegation of Australia, led by Ms. Helen Ashworth, ...': she represents Australia."""
        for m, st in self.in_span(s, e, ("State",)):
            if not re.search(r"\bdelegation\s+of\s+(?:the\s+)?$", self.text[max(s, m.start - 30):m.start], re.I):
                continue
            led = re.match(r"\s*,?\s+(?:which\s+(?:is|was)\s+)?(?:led|headed)\s+by\s+(?:(?:Mr|Ms|Mrs|Dr|H\.\s?E)\.\s+)?",
                           self.text[m.end:e])
            people = [(pm, p) for pm, p in self.in_span(m.end, e, ("Person",)) if led and pm.start == m.end + led.end()]
            if people:
                self.fact(people[0][1], "represents", st, (s, e), "delegation-led-by", 0.8)
        for led in LED_DELEGATION.finditer(self.text, s, e):  # "Mr. X, Deputy Permanent Secretary, led the Thai delegation"
            states = [i for m, i in self.in_span(led.start(), led.end(), ("State",))]
            people = [i for m, i in self.in_span(s, led.start(), ("Person",))]
            if states and people and self.subject_before(s, led.start()) == people[-1]:
                self.fact(people[-1], "represents", states[0], (s, e), "led-the-delegation", 0.8)

    def based(self, s, e):
        """'the CARICOM Implementation Agency (IMPACS), based in Port of Spain'; 'ECPAT, a Bangkok-based NGO'."""
        for m, org in self.in_span(s, e, ("Organization",)):
            after = BASED_IN.match(self.text, m.end, e)
            if after:
                places = [(pm, p) for pm, p in self.in_span(after.end(), e, ("Place",)) if pm.start == after.end()]
                plain = BASED_PLAIN_IN.fullmatch(after.group())  # "X in Lyon" says less than "X, based in Lyon"
                place = places[0][1] if places else None if plain else self.place_after(after.end() - 4, e)
                if place:
                    self.fact(org, "basedIn", place, (s, e), "org-in-city" if plain else "based-in", 0.6 if plain else 0.8)
                continue
            hyphen = BASED_ADJECTIVE.match(self.text, m.end, e)
            if hyphen:
                places = [p for pm, p in self.in_span(m.end, hyphen.end(), ("Place",))]
                if places:
                    self.fact(org, "basedIn", places[0], (s, e), "based-in", 0.75)

    def condemned_by_reference(self, subj, pos, s, e):
        """'... the use of chemical weapons in Syria. Japan condemns such acts': the acts of the state named
        just before (never the speaker's own)."""
        if not DEMONSTRATIVE_ACTS.match(self.text, pos) or not self.previous:
            return
        ps = self.previous[0]
        states = [i for m, i in self.in_span(ps, pos, ("State",)) if i != subj]
        if states:
            self.fact(subj, "condemns", states[-1], (ps, e), "condemns-such-acts", 0.5)

    def violations(self, s, e):
        """'X violated resolution N', 'X's tests are in violation of resolution N', and 'urges X to comply with
        resolution N' (an appeal to comply says the actor does not)."""
        for v in VIOLATION.finditer(self.text, s, e):
            which = re.search(r",\s+which\s+$", self.text[s:v.start()] + " ") or re.search(r",\s+which\s*$", self.text[s:v.start()])
            antecedent = [i for m, i in self.in_span(s, v.start(), ACTOR) if which and m.end <= s + which.start()]
            subj = (antecedent[-1] if antecedent else None) or self.subject_before(s, v.start()) or self.actor_of_such(s, v.start())
            if subj is None or self.cls(subj) not in ACTOR or self.blocked(s, v.start()):
                continue
            for _, r in self.objects_after(v.end(), e, ("Resolution", "Treaty")):
                self.fact(subj, "violates", r, (s, e), "violates", 0.7)
        for c in COMPLY.finditer(self.text, s, e):
            urged = self.in_span(s, c.start(), ACTOR)
            verb = re.search(r"\b(?:urg\w+|call\w* (?:up)?on|demand\w*)\s+(?:\w+\s+){0,2}$",
                             self.text[s:urged[-1][0].start]) if urged else None
            if verb:
                for _, r in self.in_span(c.end(), e, ("Resolution",)):
                    self.fact(urged[-1][1], "violates", r, (s, e), "urged-to-comply", 0.5)

    def actor_of_such(self, s, pos) -> str | None:
        """'These actions are in violation of ...': the state whose actions the sentence before named."""
        if not DEMONSTRATIVE_SUBJECT.match(self.text[s:pos]) or not self.previous:
            return None
        states = [self.state_of(i) for m, i in self.in_span(*self.previous, ("State", "Place"))
                  if self.state_of(i) != self.principal and self.cls(self.state_of(i)) == "State"]
        return states[-1] if states else None

    def adopted(self, s, e):
        for m, i in self.in_span(s, e, ("Resolution",)):
            organ = dict(self.entity(i).attributes).get("adoptedBy")
            if organ:
                explicit = bool(re.search(r"Council|Assembly|S/RES|A/RES|UNSCR", m.text))
                self.fact(i, "adoptedBy", organ, (s, e), "resolution-organ" if explicit else "resolution-number-series",
                          0.9 if explicit else 0.7)

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
        year = re.search(r"\b(?:in|since|as of|from)\s+((?:19|20)\d\d)\b", self.text[s:e])
        return year[1] if year else None

    def party(self, s, e, sent):
        """Who is party to which treaty, since when, and who is not yet."""
        if not PARTY_WORDS.search(sent):  # most sentences say nothing of treaty status: one cheap look first
            return
        dated: list = []  # the sentence's date, read once and only when a fact needs it

        def record(subj, treaties, negative):
            if treaties and not dated:
                dated.append(self.when(s, e))
            quals = (("date", dated[0]),) if treaties and dated[0] else ()
            for _, t in treaties:
                self.fact(subj, "notPartyTo" if negative else "partyTo", t, (s, e),
                          "not-yet-party" if negative else "party-to", 0.8, qualifiers=quals)

        for p in PARTY.finditer(self.text, s, e):
            subjects = [x for x in self.subjects_before(s, p.start()) if self.cls(x) == "State"]
            if not subjects and self.principal and self.cls(self.principal) == "Organization" and OUR_COUNTRIES.search(
                    self.text[s:p.start()]):  # "All eight of our countries are parties to ...": each member of the group
                subjects = list(dict.fromkeys(f.subject for f in self.facts
                                              if f.predicate == "memberOf" and f.object == self.principal))
            if not subjects and re.search(r"\b(?:its|their)\s+$", self.text[s:p.start()]):  # "in particular its ratification of"
                named = [i for m, i in self.in_span(s, p.start(), ("State",)) if i != self.principal]
                subjects = named[-1:]
            lead = re.split(r"[,;]", self.text[max(s, p.start() - 60):p.start()])[-1]  # this clause's own words
            negative = bool(NOT_PARTY.search(lead + p.group()) or re.search(r"\bnot\b", lead))
            treaties = self.treaties_after(p.end(), e) if subjects else []
            if subjects and not treaties and (re.match(r"\s*it\b", self.text[p.end():e]) or p["bare"]):
                # "has not yet ratified it", "Ukraine became a State Party in 1998": the treaty named last
                treaties = [(m, i) for m, i in self.in_span(max(0, s - 400), p.start(), ("Treaty",))][-1:]
            for subj in subjects:
                record(subj, treaties, negative)
        for p in AS_PARTY.finditer(self.text, s, e):  # "As a State party to X and to Y, Bangladesh ..."
            comma = self.text.find(",", p.end(), e)
            subj = self.clause_subject(comma + 1, e) if comma > 0 else None
            if subj and self.cls(subj) == "State":
                record(subj, self.treaties_after(p.end(), comma), False)
        for p in TO_WHICH_PARTY.finditer(self.text, s, e):  # "the Convention ..., to which Russia is itself a party"
            states = self.in_span(p.start(), p.end(), ("State",))
            treaties = [(m, i) for m, i in self.in_span(s, p.start(), ("Treaty",))]
            if states and treaties:
                record(self.state_of(states[0][1]), treaties[-1:], bool(p["neg"]))
        for p in ACCESSION_OF.finditer(self.text, s, e):  # "the accession of China to the Treaty"
            states = [(m, i) for m, i in self.in_span(p.end(), e, ("State",)) if m.start == p.end()]
            if states:
                record(states[0][1], self.treaties_after(states[0][0].end, e), False)
        for p in INTENDS_TO_JOIN.finditer(self.text, s, e):  # "Japan is preparing to conclude the Firearms Protocol"
            subj = self.subject_before(s, p.start())
            if subj and self.cls(subj) == "State" and not re.search(r"\b(?:urge|call|encourage|invite)\w*\b",
                                                                      self.text[s:p.start()], re.I):
                treaties = self.treaties_after(p.end(), e)
                if not treaties and re.match(r"\s*it\b", self.text[p.end():e]):  # "... is acceding to it"
                    treaties = [(m, i) for m, i in self.in_span(max(0, s - 400), p.start(), ("Treaty",))][-1:]
                record(subj, treaties, True)
        for m, st in self.in_span(s, e, ("State",)):  # "the Russian Federation, a State Party to the Convention,"
            appos = re.match(r",\s+(?:itself\s+)?an?\s+(?:States?\s+)?[Pp]art(?:y|ies)\s+to\s+", self.text[m.end:e])
            if appos:
                record(st, self.treaties_after(m.end + appos.end(), e)[:1], False)
        for p in PROCESS_OF.finditer(self.text, s, e):  # "Indonesia is in the process of ratification."
            subjects = [x for x in self.subjects_before(s, p.start()) if self.cls(x) == "State"]
            treaties = [(m, i) for m, i in self.in_span(max(0, s - 400), p.start(), ("Treaty",))][-1:]
            for subj in subjects:
                record(subj, treaties, True)
        for p in IN_FORCE_FOR.finditer(self.text, s, e):  # "the Convention entered into force for Japan on ..."
            states = [(m, i) for m, i in self.in_span(p.end(), e, ("State",)) if m.start == p.end()]
            treaties = self.in_span(s, p.start(), ("Treaty",))
            if states and treaties:
                record(states[0][1], treaties[-1:], False)
        for p in SIGNED.finditer(self.text, s, e):  # "signed X in 2006 and is now preparing its ratification"
            if not NOT_PARTY.search(self.text, p.end(), e):
                continue
            subj = self.subject_before(s, p.start())
            treaties = self.treaties_after(p.end(), e)
            if subj and self.cls(subj) == "State" and treaties and re.search(
                    r"\b(?:its|their|the)\s+ratification|ratif\w*\s+it\b|not\s+yet\s+ratified|yet\s+to\s+ratify",
                    self.text[treaties[0][0].end:e]):
                record(subj, treaties[:1], True)

    def treaties_after(self, pos: int, e: int) -> list:
        """The treaties a party phrase names: coordinated ones, a list after a colon, and 'its Optional
        Protocols on A and on B' or 'its supplementary Protocols' (the protocols that supplement it)."""
        treaties = self.objects_after(pos, e, ("Treaty",))
        colon = self.text.find(":", pos, e)
        if not treaties and colon > 0 and not self.in_span(pos, colon, ("Treaty",)):
            treaties = [(m, i) for m, i in self.in_span(colon, e, ("Treaty",))]
        if not treaties:
            return []
        base = treaties[-1][1]
        tail = self.text[treaties[-1][0].end:min(e, treaties[-1][0].end + 200)]
        protocols = re.match(r"\s*(?:\([^)]*\)\s*)?(?:since\s+\d{4}\s*)?,?\s*(?:and\s+)?(?:to\s+)?(?:its|the)\s+(?:\w+\s+)?"
                             r"(?:supplementary\s+|optional\s+|additional\s+)?Protocols?\b(?P<topics>[^.;]*)", tail, re.I)
        if protocols:
            children = [t for t, b in sorted(self.ref.supplements.items()) if b == base]
            named = re.match(r"\s+on\s+", protocols["topics"])  # "its Optional Protocols on A and on B"
            topics = [re.split(r"\s+(?:since|in|from|as of)\s+\d|\s+(?:last|this|next|earlier this)\s+\w+", w)[0]
                      for w in re.split(r"\s+and\s+(?:on\s+)?(?:the\s+)?|\s+on\s+", protocols["topics"].split(",")[0])
                      if len(w.split()) >= 2] if named else []
            if topics:  # "its Optional Protocols on the involvement of children ... and on the sale of children"
                children = [t for t in children if any(
                    len(_words(topic) & _words(self.ref.labels.get(t, ""))) >= 0.7 * len(_words(topic)) for topic in topics)]
            treaties += [(None, t) for t in children]
        return treaties

    def clause_subject(self, pos: int, e: int) -> str | None:
        """The subject that opens a main clause: the first actor not governed by a preposition, or 'we'."""
        head = self.text[pos:min(e, pos + 60)]
        if re.match(r"\s*(?:we|I|my delegation|my country|our country)\b", head, re.I):
            return self.principal
        for m, i in self.in_span(pos, min(e, pos + 60), ACTOR + ("Place",)):
            if not GOVERNED.search(self.text[pos:m.start]):
                return self.state_of(i)
            break
        return None

    def funds(self, s, e, sent):
        """'Japan has contributed 23 million US dollars to UNODC', 'Norway will provide NOK 50 million for the
        Fund', 'the Republic of Korea for pledging a contribution of 800,000 U.S. dollars to the IAEA'."""
        for verb in FUND_VERB.finditer(self.text, s, e):
            subj = self.subject_before(s, verb.start())
            if subj is None or self.cls(subj) not in ACTOR or self.blocked(s, verb.start(), True):
                continue
            stop = e  # "to the trust fund for the ChemTech Centre": the recipient may lie past a 'for the'
            recipients = [i for m, i in self.in_span(verb.end(), stop, ("Organization", "Meeting", "State"))
                          if i != subj and RECIPIENT.search(self.text[verb.end():m.start])
                          and ";" not in self.text[verb.end():m.start]]
            if not recipients:
                continue
            money = next((m for m in MONEY.finditer(self.text[:stop], max(s, verb.start() - 40))
                          if (m["cur1"] or m["cur2"]) and m["num"]), None)
            quals = [("amount", _amount(money)), ("currency", _currency(money))] if money else []
            first = [(m, i) for m, i in self.in_span(verb.end(), stop, ("Organization", "Meeting", "State"))
                     if i == recipients[0]][:1]
            shared = [i for _, i in self.coordinated(first[0], ("Organization", "Meeting"))] if first else []
            for recipient in [recipients[0]] + shared:  # "to UNHCR and the World Food Programme"
                self.fact(subj, "funds", recipient, (s, e), "funds", 0.7 if money else 0.55, qualifiers=quals)
            # "Norway has contributed EUR 1.2 million and Sweden SEK 5 million to the fund": the verb is gapped
            for m, other in self.in_span(verb.end(), stop, ("State",)):
                gapped = re.match(r"\s+(?P<money>(?:US\$|\$|€|£|¥|[A-Z]{3})\s?\d[\d,.]*\s*(?:million|billion|thousand)?)",
                                  self.text[m.end:stop])
                if gapped and re.search(r"\band\s+$", self.text[max(s, m.start - 6):m.start]):
                    amount = MONEY.match(gapped["money"])
                    q = [("amount", _amount(amount)), ("currency", _currency(amount))] if amount else []
                    self.fact(other, "funds", recipients[0], (s, e), "funds-gapped", 0.6, qualifiers=q)
            return

    def roles(self, s, e):
        """Posts in titles and appositions: 'Secretary-General António Guterres', 'Japanese Foreign Minister
        Taro Kono', 'Minister for Foreign Affairs of Ghana Shirley Botchwey', 'Catherine Russell, executive
        director of UNICEF', 'the Director General of the IAEA, Mr. Matteo Ferrante'."""
        for m, person in self.in_span(s, e, ("Person",)):
            before = self.text[max(s, m.start - 90):m.start]
            title = TITLE_BEFORE.search(before)
            # a title before the name wins: in "Secretary-General Mr. X, Executive Director of UNODC, ..." the
            # words after the comma are the next item of a list, not X's post
            if title and HEAD_TITLE.search(title["title"]):
                t_start = m.start - len(before) + title.start("title")
                named = self.in_span(t_start, m.start, ("State", "Organization"))  # "Director of UNODC Ms. X"
                self.role(person, title["title"], m.end, e, s, default=True, state=named[-1][1] if named else None)
                self.title_holders[HEAD_TITLE.search(title["title"]).group().lower()] = person
            elif self.post_then_name(m, person, before, s, e):
                pass
            elif not self.reversed_apposition(m, person, s, e) and not self.its_officer(m, person, s, e):
                # "Her Excellency X of Norway, Chair of the 60th session of the CND": the post after the state
                of = [sm for sm, i in self.in_span(m.end, min(e, m.end + 60), ("State",))
                      if re.fullmatch(r"\s+of\s+(?:the\s+)?", self.text[m.end:sm.start])]
                self.apposition(dataclasses.replace(m, end=of[0].end) if of else m, person, s, e)
            self.in_capacity(m, person, s, e)
            self.state_in_brackets(m, person, s, e)
            self.of_state(m, person, s, e)

    def post_then_name(self, m, person, before, s, e) -> bool:
        """'said the Cabinet Secretary for Health, Dr. Cleopa Mailu': a post with no body named, set off before the
        name; a minister's is the home state's (in a news item, the state its headline names)."""
        owned = STATE_POST_COMMA_NAME.search(before)
        if owned and (GOVERNMENT_TITLE.search(owned["title"]) or HEAD_TITLE.search(owned["title"])):
            # "The Republic of Korea's Deputy Minister of Policy Planning, Chun Yung-Woo, said": the state's official
            at = m.start - len(before) + owned.start()
            states = [i for sm, i in self.in_span(max(s, at - 60), at, ("State",)) if sm.end == at]
            if states:
                self.fact(person, "represents", states[-1], (s, e), "state-post-name", 0.75)
                return True
        post = POST_COMMA_NAME.search(before)
        if not post or not GOVERNMENT_TITLE.search(post["title"]) or self.in_span(
                m.start - len(before) + post.start("title"), m.start, ("State", "Organization")):
            return False
        self.role(person, post["title"], m.end, e, s, default=True)
        return True

    def of_state(self, m, person, s, e) -> None:
        """'the outgoing President, Ambassador Dell Higgie of New Zealand', 'Her Excellency X of Norway, Chair of ...'."""
        first = [(sm, i) for sm, i in self.in_span(m.end, min(e, m.end + 60), ("State",))
                 if re.fullmatch(r"\s+of\s+(?:the\s+)?", self.text[m.end:sm.start])]
        if not first:
            return
        states = first[:1] + self.coordinated(first[0], ("State",))
        if len(states) == 1:
            self.fact(person, "represents", first[0][1], (s, e), "person-of-state", 0.7)
        elif re.match(r",?\s*respectively\b", self.text[states[-1][0].end:e]):
            # "Ms. A and Ms. B of Poland and Qatar, respectively": each her own state, in order
            people, last = [person], m
            for pm, p in reversed(self.in_span(s, m.start, ("Person",))):
                if len(people) == len(states) or not COORDINATION.fullmatch(self.text[pm.end:last.start]):
                    break
                people.insert(0, p)
                last = pm
            if len(people) == len(states):
                for p, (_, st) in zip(people, states):
                    self.fact(p, "represents", st, (s, e), "person-of-state", 0.7)

    def state_in_brackets(self, m, person, s, e) -> None:
        """'HAROLD ADLAI AGYEMAN (Ghana), speaking on behalf of the African Group, said': a summary's speaker."""
        states = [(sm, i) for sm, i in self.in_span(m.end, min(e, m.end + 60), ("State",))
                  if re.fullmatch(r"\s*\(", self.text[m.end:sm.start]) and self.text[sm.end:sm.end + 1] == ")"]
        if not states:
            return
        sm, state = states[0]
        self.fact(person, "represents", state, (s, e), "person-state-bracket", 0.8)
        behalf = re.match(r"\),?\s+(?:speaking|who\s+spoke)\s+on\s+behalf\s+of\s+(?:the\s+)?", self.text[sm.end:e])
        groups = [i for gm, i in self.in_span(sm.end + behalf.end(), e, ("Organization",))
                  if gm.start == sm.end + behalf.end()] if behalf else []
        if groups:
            self.fact(state, "memberOf", groups[0], (s, e), "speaks-for-group", 0.6)

    def in_capacity(self, m, person, s, e) -> None:
        """'H.E. Ambassador Alie Kabba, ..., in his capacity as Chair of the C-10': the post the person holds."""
        cap = IN_CAPACITY.search(self.text, m.end, min(e, m.end + 200))
        if cap and not self.in_span(m.end, cap.start(), ("Person",)):
            bodies = [i for bm, i in self.in_span(cap.end(), e, ("Organization",)) if bm.start == cap.end()]
            if bodies:
                self.role(person, cap["title"], cap.end(), e, s, state=bodies[0])

    def its_officer(self, m, person, s, e) -> bool:
        """'support for the OPCW, its Director-General, Ambassador Fernando Arias, and ...': the body's officer."""
        its = ITS_TITLE.search(self.text, max(s, m.start - 120), m.start)
        if not its or its.end() != m.start:
            return False
        bodies = [(bm, b) for bm, b in self.in_span(s, its.start(), ("Organization",))
                  if re.fullmatch(r"\s*(?:\([^()]{1,15}\))?\s*", self.text[bm.end:its.start()])]
        if bodies:
            self.role(person, its["title"], m.end, e, s, state=bodies[-1][1])
        return bool(bodies)

    def apposition(self, m, person, s, e):
        """'Catherine Russell, secretary general of UNICEF;', 'Ms. Thandeka Nkosi, Commissioner for Peace and Security
        of the African Union Commission;': the body is the first one the apposition names after of/for/at/to."""
        if re.match(r",\s+(?:has|have|had|is|was|were|will|would|said|says)\b", self.text[m.end:m.end + 12]):
            return  # "Mr Fuad Hussein, has participated in ...": a verb, no apposition
        appos = re.match(r",\s+(?:the\s+)?(?P<body>[^;(),]{3,140}?)(?=[;(),]|\.\s|\.?$|\s+(?:delivered|said|stated|noted|"
                         r"spoke|addressed|welcomed|thanked|told|added|led|attended|met|opened|chaired)\b)", self.text[m.end:e])
        if not appos:
            return
        start = m.end + appos.start("body")
        own = ENVOY_OF_STATE.match(self.text, start)
        states = [i for sm, i in self.in_span(start, own.end(), ("State",))] if own else []
        if states:  # "Deng Xijun, the Chinese ambassador to ASEAN": China's envoy, accredited to ASEAN
            self.fact(person, "represents", states[0], (s, e), "role-represents", 0.75)
            return
        for om, org in self.in_span(start, m.end + appos.end("body"), ("Organization", "State")):
            lead = self.text[start:om.start]
            if re.search(r"\b(?:of|for|at|to)\s+(?:the\s+)?$", lead) and not re.search(r"\b(?:who|which|said)\b", lead):
                self.role(person, lead, om.start, e, s, state=org)
                # "Coordinator of the Environmental Security Programme at INTERPOL": a member of INTERPOL too
                for om2, org2 in self.in_span(om.end, m.end + appos.end("body"), ("Organization",)):
                    if re.fullmatch(r"\s+(?:at|of|in)\s+(?:the\s+)?", self.text[om.end:om2.start]):
                        self.fact(person, "memberOf", org2, (s, e), "role-memberOf", 0.7)
                    break
                self.title_holders.setdefault((HEAD_TITLE.search(lead) or re.match(r"", "")).group().lower(), person)
                return

    def reversed_apposition(self, m, person, s, e) -> bool:
        """'the Director General of the IAEA, Mr. Matteo Ferrante, ...': the post comes first, then the name."""
        bodies = [(om, org) for om, org in self.in_span(max(s, m.start - 120), m.start, ("Organization", "State"))
                  if re.fullmatch(r"\s*(?:\([^)]*\))?\s*,\s+(?:(?:(?:Mr|Ms|Mrs|Dr|H\.\s?E)\.|Ambassador|Judge|Professor)\s+)*",
                                  self.text[om.end:m.start])]
        if not bodies:
            return False
        om, org = bodies[-1]
        title = re.search(r"(?P<title>[A-Z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,4}?)\s+(?:of|for)\s+(?:the\s+)?$",
                          self.text[max(s, om.start - 70):om.start])
        sent_to = [(bm, b) for bm, b in bodies if re.search(r"\bto\s+(?:the\s+)?$", self.text[max(s, bm.start - 8):bm.start])]
        if sent_to and len(bodies) >= 2 and bodies[-2][0].end < sent_to[-1][0].start:
            # "the Ambassador of Brazil to Indonesia, Mr. X": he represents the sending state
            om2, org2 = bodies[-2]
            envoy = re.search(r"(?P<title>Ambassador|(?:Permanent\s+)?Representative|Envoy)\s+of\s+(?:the\s+)?$",
                              self.text[max(s, om2.start - 40):om2.start])
            if envoy:
                self.role(person, envoy["title"], om2.start, e, s, state=org2)
                return True
        if title and HEAD_TITLE.search(title["title"]):
            self.role(person, title["title"], om.start, e, s, state=org)
            return True
        # "the United Nations High Commissioner for Refugees, Mr. X": the office's name is the body's name
        office = re.match(r"(?:United Nations\s+|UN\s+)?(?P<title>High Commissioner|Secretary-General|Director-General|"
                          r"Executive Director|Special Rapporteur|Special Representative)\b", om.text)
        if office:
            self.role(person, office["title"], om.start, e, s, state=org)
            return True
        return False

    def role(self, person, title, pos, e, s, default=False, state=None):
        self.heads_ministry(person, title, s, e)
        orgs = self.in_span(pos, min(e, pos + 90), ("Organization", "State"))
        if state:
            target = state
        elif orgs and re.fullmatch(r"\s*(?:(?:of|at)\s+(?:the\s+)?)?", self.text[pos:orgs[0][0].start]):
            target = orgs[0][1]  # "Director General Margaret Chan of the World Health Organization"
        elif default and re.search(r"secretary[- ]general", title, re.I):
            target = str(ID["org/un"])
            if target not in self.ref.classes:
                return
            self.linked.add(Entity(target, "Organization", self.ref.labels[target], in_reference=True))
        elif default and GOVERNMENT_TITLE.search(title):
            target = self.principal or self.main_state()
        else:
            return
        if not target:
            return
        if DEPUTY.search(title) or not HEAD_TITLE.search(title):
            prop = "memberOf" if self.cls(target) == "Organization" else "represents"
        elif self.cls(target) == "State" and not LEADER_OF_STATE.search(title):
            prop = "represents"  # a minister or envoy speaks for the state; the head of state or government leads it
        else:
            prop = "leads"
        self.fact(person, prop, target, (s, e), f"role-{prop}", 0.75)
        if self.cls(target) == "Organization" and not self.entity(target).in_reference:
            # "Director of the Tokyo Office of the UNDP": a member of the UNDP as well
            inner = [g.key for g in gazetteer_mentions(self.entity(target).label, self.ref)
                     if g.kind == "Organization" and g.end == len(self.entity(target).label)]
            if inner:
                self.linked.add(Entity(inner[0], "Organization", self.ref.labels[inner[0]], in_reference=True))
                self.fact(person, "memberOf", inner[0], (s, e), "role-office-of", 0.65)

    def heads_ministry(self, person, title, s, e) -> None:
        """'the Cabinet Secretary for Health' heads 'the Ministry of Health' the document names; 'the Minister of
        International Relations and Cooperation' the 'Department of International Relations and Cooperation'."""
        portfolio = PORTFOLIO_TITLE.search(title)
        if not portfolio or DEPUTY.search(title):
            return
        words = re.escape(" ".join(portfolio["portfolio"].split()))
        for i, ent in list(self.linked.entities.items()):
            if ent.cls == "Organization" and re.match(rf"(?:Ministry|Department) (?:of|for) (?:the )?{words}\b", ent.label, re.I):
                self.fact(person, "leads", i, (s, e), "role-leads-ministry", 0.65)
                return

    def main_state(self) -> str | None:
        """The state a document is from: the one its title block names, else the one it names most."""
        h = self.doc.header  # a news item's headline ends before its dateline
        end = self.doc.body_start if self.doc.kind == "Statement" else \
            min(h.title.end if h.title else 0, h.place.start if h.place else len(self.text))
        # "Minister Pandor to attend the ... Meeting in Ulaanbaatar, Mongolia": where an event is is not whose it is
        in_title = [i for m, i in self.in_span(0, end, ("State",))
                    if not re.search(r"\b(?:in|at|to|from|visits?|visited|visiting)\s+(?:the\s+)?$|[A-Z][\w\-]+,\s*$",
                                     self.text[max(0, m.start - 30):m.start])]
        for m, i in self.in_span(0, end, ("Organization",)):  # "Ministry of Foreign Affairs of Brazil"
            in_title += [g.key for g in gazetteer_mentions(m.text, self.ref) if g.kind == "State"]
        if in_title or self.doc.kind != "Statement":
            return (in_title or [None])[0]  # a news item that names no state in its title: no guess
        counts: dict[str, int] = {}
        for _, i in self.linked.mentions:
            if self.cls(i) == "State":
                counts[i] = counts.get(i, 0) + 1
        return max(sorted(counts), key=counts.get) if counts else None

    def members(self, s, e, sent):
        """Membership, in the ways texts state it: 'The G8 comprises A, B and C'; 'As a member of the African
        Group, Ghana ...'; 'Ghana is a member of the core group of the CTI, together with Chile and Fiji';
        'Haiti, a CARICOM Member State,'; 'the EFTA country Liechtenstein'; 'Liechtenstein, member of the EEA'."""
        for c in COMPRISE.finditer(self.text, s, e):
            groups = [(m, i) for m, i in self.in_span(s, c.start(), ("Organization",))]
            if not groups or c.start() - groups[-1][0].end > 25:
                continue
            members = [(m, i) for m, i in self.in_span(c.end(), self.clause_end(c.end(), e), ("State", "Organization"))
                       if i != groups[-1][1]]
            if len(members) < 2:
                continue
            for _, st in members:
                self.fact(st, "memberOf", groups[-1][1], (s, e), "group-comprises", 0.85)
        for m, org in self.in_span(s, e, ("Organization",)):  # "the Nordic countries: Denmark, Finland and Iceland"
            colon = re.match(r"\s*(?:\([^)]*\))?\s*:\s*", self.text[m.end:e])
            states = self.objects_after(m.end + colon.end(), e, ("State",)) if colon else []
            if len(states) >= 2:
                for _, st in states:
                    self.fact(st, "memberOf", org, (s, e), "group-colon-list", 0.8)
        for c in MEMBER_STATES_LIST.finditer(self.text, s, e):  # "the 8 member states - India, Pakistan, ... -"
            named = self.org_at(c.end("of"), e) if c["of"] else None
            orgs = [i for _, i in self.in_span(s, e, ("Organization",))]
            group = named or (orgs[0] if len(set(orgs)) == 1 else None)
            states = self.objects_after(c.end(), e, ("State",))
            if group and len(states) >= 2:
                for _, st in states:
                    self.fact(st, "memberOf", group, (s, e), "member-states-list", 0.75)
        for c in AS_MEMBER.finditer(self.text, s, e):
            group = self.org_at(c.end(), e)
            comma = self.text.find(",", c.end(), e)
            subj = self.clause_subject(comma + 1, e) if group and comma > 0 else None
            if subj and self.cls(subj) in ("State", "Organization"):
                first = [(m, i) for m, i in self.in_span(comma + 1, e, ACTOR) if i == subj][:1]
                for member in [subj] + [i for _, i in (self.coordinated(first[0], ("State",)) if first else [])]:
                    self.fact(member, "memberOf", group, (s, e), "as-a-member-of", 0.8)
        for c in IS_MEMBER.finditer(self.text, s, e):
            group = self.org_at(c.end(), e)
            subj = self.subject_before(s, c.start()) if group else None
            if not subj or self.cls(subj) not in ("State", "Organization"):
                continue
            members = [subj]
            along = TOGETHER_WITH.search(self.text, c.end(), e)
            if along:
                members += [i for _, i in self.objects_after(along.end(), e, ("State",))]
            for st in members:
                self.fact(st, "memberOf", group, (s, e), "is-a-member-of", 0.8)
        for m, st in self.in_span(s, e, ("State",)):  # "Brazil and Indonesia, both members of the G20,"
            both = re.match(r"\s*,\s+(?:both|all|each)\s+(?:founding\s+)?members\s+of\s+", self.text[m.end:e])
            group = self.org_at(m.end + both.end(), e) if both else None
            if group:
                for member in [st] + [i for _, i in self.listed_before(m, s, ("State",))]:
                    self.fact(member, "memberOf", group, (s, e), "both-members-of", 0.75)
        for m, st in self.in_span(s, e, ("State",)):
            appos = MEMBER_APPOSITION.match(self.text, m.end, e)
            if appos:
                group = self.org_at(appos.start("org"), appos.end("org")) if appos["org"] else None
                group = group or (self.org_at(appos.end(), e) if appos.group().rstrip().endswith("of") else None)
                if group:
                    self.fact(st, "memberOf", group, (s, e), "member-apposition", 0.75)
        for m, org in self.in_span(s, e, ("Organization",)):
            label = ORG_COUNTRY.match(self.text, m.end, e)
            if label:
                first = [(sm, st) for sm, st in self.in_span(label.end(), e, ("State",)) if sm.start == label.end()]
                # "the EFTA countries Iceland, Liechtenstein and Norway, ..., as well as Andorra": the plain list only
                states = first[:1] + self.coordinated(first[0], ("State",)) if first else []
                plural = re.search(r"countries|States\s*$", label.group())
                for _, st in states if plural else states[:1]:
                    self.fact(st, "memberOf", org, (s, e), "group-country", 0.75)

    def listed_before(self, last, s, classes) -> list[tuple[Mention, str]]:
        """The entities listed before the mention `last` ('Brazil, Chile and [Indonesia]'), nearest first."""
        out, first = [], last
        for m, i in reversed(self.in_span(s, last.start, classes)):
            if not LIST_GAP.fullmatch(self.text[m.end:first.start]):
                break
            out.append((m, i))
            first = m
        return out

    def org_at(self, pos: int, e: int) -> str | None:
        """The body named exactly at pos (after 'the' and 'core group of the')."""
        lead = re.match(r"\s*(?:the\s+)?(?:core\s+group\s+of\s+(?:the\s+)?)?", self.text[pos:e])
        start = pos + lead.end()
        for m, i in self.in_span(start, e, ("Organization",)):
            return i if m.start == start else None
        return None

    def meetings(self, s, e, sent):
        """Symposia, summits, conferences named in the text: their name, body and topic; who hosts or convenes
        them ('Japan will host', 'The meeting was convened by', 'which Ethiopia is hosting'), where they are
        held, who takes part."""
        for mm in MEETING_NOUN.finditer(self.text, s, e):
            head = mm["head"].lower()
            if any(m.start <= mm.start() and mm.end() <= m.end
                   for m, _ in self.in_span(max(0, mm.start() - 80), mm.end() + 80, ("Organization",))):
                continue  # "the ASEAN Regional Forum", "the Pacific Islands Forum": a body's name, not a meeting
            if head in ("meeting", "session", "debate", "open debate") and self.meeting:
                continue
            lead = self.text[max(s, mm.start() - 80):mm.start()]
            definite = re.search(r"\b(?:the|this|that)\s+(?:[\w\-]+\s+){0,4}$", re.sub(r"\s*\([^()]*\)", " ", lead), re.I)
            place = self.place_after(mm.end(), e) or self.place_before(s, mm.start()) or self.dateline_place(s, e)
            # "the ASEAN Regional Forum (ARF) ministerial meeting": the body's name, perhaps its acronym, then the noun
            before = [i for m, i in self.in_span(max(s, mm.start() - 60), mm.start(), ("Organization",))
                      if not re.sub(r"\s*\([^()]{1,80}\)|\b(?:ministerial|high-level|annual|plenary|special)\b", "",
                                    self.text[m.end:mm.start()], flags=re.I).strip(" -'’s")]
            of = MEETING_OF.match(self.text, mm.end(), e)
            # "of the CELAC", "of the Community of Latin American and Caribbean (CELAC)": the body, or its acronym after
            # a name the lists do not hold
            after = [i for m, i in self.in_span(mm.end(), e, ("Organization",)) if of and (m.start == of.end() or re.fullmatch(
                r"(?:[A-Z][\w\-]*|of|and|the|for)(?:\s+(?:[A-Z][\w\-]*|of|and|the|for))*\s*\(", self.text[of.end():m.start]))][:1]
            topic = None if after else MEETING_TOPIC.match(self.text, mm.end(), e)
            # "the meeting" is the meeting named before; "the first meeting of the Joint Commission" is another
            other = re.search(r"\b(?:next|following|previous|last|former|subsequent|future)\s+(?:[\w\-]+\s+){0,3}$", lead, re.I)
            prior = self.meetings_by_head.get(head)
            # "the symposium themed X" after "the fifth ASEAN-China-UNDP symposium": the same one, now with its theme
            untitled = prior is not None and prior not in self.meetings_by_topic.values()
            iri = prior if definite and not (after or other) and (not topic or untitled) else None
            topic_key = (head, " ".join(topic["topic"].lower().split()[:6])) if topic else None
            iri = self.meetings_by_topic.get(topic_key) or iri
            if iri is None or (not definite and (topic or after) and topic_key not in self.meetings_by_topic):
                if not (before or after or place or topic or re.search(
                        r"\b(?:host|held|hold|convene|organi[sz]e|attend|participat|take part)\w*\b", sent, re.I)):
                    continue
                mods = MEETING_MODIFIERS.search(self.text[max(s, mm.start() - 60):mm.start()]) or \
                    PROPER_BEFORE.search(self.text[max(s, mm.start() - 60):mm.start()])
                if not before and mods:  # "the G20 Foreign Ministers' Meeting": the body named in the name
                    before = [i for m, i in self.in_span(mm.start() - len(mods.group()), mm.start(), ("Organization",))]
                vague = self.meetings_by_head.get(head) if self.meetings_by_head.get(head) in self.vague_meetings else None
                iri = self.new_meeting(head, mm.group(), (before or after or [None])[0], bool(after), place,
                                       topic["topic"] if topic else None, mods.group().strip() if mods else "", mm.end(), s, e,
                                       same_as=vague)
                if topic_key:
                    self.meetings_by_topic[topic_key] = iri
                if not (before or after or place or topic):
                    self.vague_meetings.add(iri)
                else:
                    self.vague_meetings.discard(iri)
            self.last_meeting = iri
            if place:
                self.fact(iri, "heldIn", place, (s, e), "meeting-held-in", 0.75)
            host_at = HOST.search(lead)
            if host_at:
                pos = mm.start() - len(lead) + host_at.start()
                hosts = [h for h in self.subjects_before(s, pos) if self.cls(h) in ("State", "Organization")]
                together = re.search(r"\b(?:together|jointly|in\s+(?:co-?operation|partnership|collaboration))\s+with\s+"
                                     r"(?:the\s+)?", self.text[s:pos])
                if together:  # "Peru and Kenya, together with UNODC, hosted ..."
                    hosts += [i for _, i in self.objects_after(s + together.end(), pos, ("State", "Organization"))]
                with_partners = re.match(r"\s+with\s+(?:the\s+)?", self.text[mm.end():e]) if host_at["jointly"] else None
                if with_partners:  # "UNDP, which jointly held the symposium with the ASEAN secretariat and China"
                    first = [(m, i) for m, i in self.in_span(mm.end() + with_partners.end(), e, ("State", "Organization"))
                             if m.start == mm.end() + with_partners.end()]
                    hosts += [i for _, i in first[:1] + (self.coordinated(first[0], ("State", "Organization")) if first else [])]
                if hosts and not self.blocked(s, pos, future_ok=True):
                    for h in dict.fromkeys(hosts):
                        self.fact(h, "hosts", iri, (s, e), "hosts-meeting", 0.7)
                    self.hosts_of[iri] = list(dict.fromkeys(hosts))
            self.hosted_after(iri, topic.end() if topic else mm.end(), s, e)
            self.took_part(iri, lead, mm.start(), s, e)
        self.participants(s, e, sent)

    def represented_by(self, s, e):
        """'Trinidad and Tobago was represented by Senator Dr. Amery Browne, Minister of ...': the person speaks for
        the state, and both take part in the meeting the text is about."""
        for rep in REPRESENTED_BY.finditer(self.text, s, e):
            states = [i for m, i in self.in_span(s, rep.start(), ("State",))
                      if not self.text[m.end:rep.start()].strip()]
            people = [i for m, i in self.in_span(rep.end(), e, ("Person",))][:1]
            if not states or not people:
                continue
            self.fact(people[0], "represents", states[-1], (s, e), "represented-by", 0.8)
            meeting = getattr(self, "last_meeting", None) or self.meeting
            if meeting:
                for who in (states[-1], people[0]):
                    self.fact(who, "participatesIn", meeting, (s, e), "represented-by", 0.65)

    def took_part(self, meeting, lead, pos, s, e):
        """'Minister X today took part in the 29th ... meeting', 'Kenya attended the summit': who takes part."""
        verb = PARTICIPATE.search(lead)
        if not verb:
            return
        at = pos - len(lead) + verb.start()
        if self.blocked(s, at):
            return
        for who in self.subjects_before(s, at):
            if self.cls(who) in ACTOR:
                self.fact(who, "participatesIn", meeting, (s, e), "took-part-in", 0.7)

    def hosted_after(self, meeting, pos, s, e):
        """'..., which Ethiopia is hosting', '... was convened by the Ministry of Foreign Affairs'."""
        where = re.match(r"\s+(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w'’\-]*\s*){1,5}(?=\s|,)", self.text[pos:e])
        pos += where.end() if where else 0  # "a Symposium on Radiotherapy in Africa hosted by ..."
        which = WHICH_HOSTS.match(self.text, pos, e)
        if which:
            hosts = [i for m, i in self.in_span(which.start("who"), which.end("who"), ("State", "Organization"))]
            if hosts:
                self.fact(hosts[0], "hosts", meeting, (s, e), "which-hosts", 0.7)
        by = CONVENED_BY.match(self.text, pos, e)
        if by:
            at = by.end() + len(GOVERNMENT_LEAD.match(self.text, by.end()).group())  # "hosted by the Government of Ghana"
            hosts = [(m, i) for m, i in self.in_span(at, e, ("State", "Organization")) if m.start == at]
            if hosts and TITLE_THEN_PERSON.match(self.text, hosts[0][0].end):  # "hosted by US President Barack Obama"
                hosts = self.in_span(hosts[0][0].end, e, ("Person",))[:1]
            if hosts:  # "co-sponsored by the Foreign Ministry of Japan and the UNDP": each of them
                prop = "hosts" if "host" in by["verb"].lower() else "convenes"
                for _, h in [hosts[0]] + self.coordinated(hosts[0], ("State", "Organization")):
                    self.fact(h, prop, meeting, (s, e), "convened-by", 0.7)
                # "... hosted by Ghana and convened jointly with the IAEA": the partner convenes it too
                jointly = JOINTLY_WITH.search(self.text, hosts[0][0].end, min(e, hosts[0][0].end + 80))
                partner = [i for m, i in self.in_span(jointly.end(), e, ("State", "Organization"))
                           if m.start == jointly.end()] if jointly else []
                if partner:
                    self.fact(partner[0], "convenes", meeting, (s, e), "convened-jointly-with", 0.65)
        held_in = HELD_IN_STATE.match(self.text, pos, e)
        if held_in:  # "The 6th CELAC Summit was convened in Mexico": the country a meeting is held in hosts it
            states = [i for m, i in self.in_span(held_in.end(), e, ("State",)) if m.start == held_in.end()]
            if states:
                self.fact(states[0], "hosts", meeting, (s, e), "held-in-country", 0.6)
        under = UNDER_AUSPICES.search(self.text, pos, e)
        if under:
            owner = under.end("owner") if under["owner"] else None
            who = [i for m, i in self.in_span(under.start(), e, ("State", "Organization"))
                   if (m.end == owner if owner else m.start == under.end())]
            if who:
                self.fact(who[0], "convenes", meeting, (s, e), "under-auspices", 0.65)

    def new_meeting(self, head, written, body, body_after, place, topic, mods, after, s, e, same_as=None) -> str:
        """A meeting named in the text. same_as: an earlier, vaguer mention of a meeting of the same kind (a
        headline's 'peace conference' before 'an international conference on demining in Lausanne'), which
        this one names more fully: the same node, with the fuller name."""
        when = self.when(after, e) or self.when(s, e) or (self.doc.header.date or "")[:4]
        body_label = self.entity(body).label if body else None
        place_label = self.entity(place).label if place else None
        name = " ".join(x for x in (mods, body_label if body and not body_after else None, written) if x)
        if body_after:
            name += f" of the {body_label}"
        if topic:
            name += f" on {topic}"
        label = name + (f" in {place_label}" if place else "")
        label = label[0].upper() + label[1:] + (f" ({when})" if when else "")
        key = slug(" ".join(x for x in (body.rsplit("/", 1)[-1] if body else None, mods, head,
                                        " ".join((topic or "").split()[:6]), place_label, when) if x))
        if same_as:
            self.linked.entities[same_as] = dataclasses.replace(self.linked.entities[same_as], label=label)
            iri = same_as
        else:
            iri = self.linked.add(Entity(str(ID[f"meeting/{key}"]), "Meeting", label))
        self.meetings_by_head[head] = iri
        if body:
            self.fact(iri, "meetingOf", body, (s, e), "meeting-of-body", 0.6)
        return iri

    def place_before(self, s, pos) -> str | None:
        """'Member States met over the weekend in Mexico City at the 6th Summit of CELAC': met in X at the meeting."""
        for m, i in reversed(self.in_span(s, pos, ("Place",))):
            if re.search(r"\bin\s+(?:the\s+)?$", self.text[max(s, m.start - 12):m.start]) and \
                    re.fullmatch(r"\s+at\s+(?:the\s+|a\s+)?(?:[\w\-]+\s+){0,6}", self.text[m.end:pos]):
                return i
        return None

    def dateline_place(self, s, e) -> str | None:
        """A news item's lead sentence reports from where its event happens: 'PHNOM PENH, 5 August 2022 - The
        minister took part in the meeting'."""
        place = self.doc.header.place
        if self.doc.kind == "Statement" or place is None or ONLINE.search(self.text, s, e):
            return None  # ("The symposium was held online": no venue, whatever the dateline)
        line_end = self.text.find("\n", place.end)
        # the lead sentence holds the dateline, or follows it on the next line ("Kathmandu, December 17:\n\nNepal ...")
        own_line = 0 <= line_end - place.start < 60  # "Kathmandu, December 17:" standing alone above the lead
        if not (s <= place.start < e or (own_line and line_end <= s and not self.text[line_end:s].strip())):
            return None
        return next((i for m, i in self.in_span(place.start, place.end, ("Place",))), None)

    def place_after(self, pos, e) -> str | None:
        """'... in Mombasa', 'at a Tokyo hotel': a known place, or a capitalised name after 'in' that no list holds."""
        end = min(e, pos + 260)
        stop = re.search(r"\b(?:is|are|was|were|will|would|has|have|had|said|says|expected|announced)\b"
                         r"(?!\s+(?:be\s+|been\s+)?(?:held|hosted|convened|organi[sz]ed)\b)|[;:]", self.text[pos:end])
        bodies = [(m.start, m.end) for m, _ in self.in_span(pos, end, ("Organization",))]
        nxt = next((n for n in MEETING_NOUN.finditer(self.text, pos, end)  # "the Accra Conference Centre" is no meeting
                    if not any(a <= n.start() < b for a, b in bodies)), None)
        end = min(end, pos + stop.start() if stop else end, nxt.start() if nxt else end)
        window = self.text[pos:end]
        for m, i in self.in_span(pos, end, ("Place", "State")):
            if re.search(r"\b(?:in|at)\s+(?:the\s+|a\s+)?(?:[\w\-]+\s+){0,5}?$", self.text[pos:m.start]) and self.cls(i) == "Place" \
                    and not REGION.fullmatch(self.entity(i).label):  # "a Symposium on Radiotherapy in Africa": its theme
                return i
        new = re.match(r"(?:\s+[\w\-,]+){0,6}?\s+in\s+(?P<name>[A-Z][a-z]+(?:[ \-][A-Z][a-z]+)?)\b(?!\s+(?:\d|[A-Z]))", window) \
            or VENUE.match(window)  # "at the White House", "at the Palais des Nations"
        if new and not self.in_span(pos + new.start("name"), pos + new.end("name")) and new["name"] not in NOT_PLACE \
                and not REGION.fullmatch(new["name"]) and not new["name"].endswith("ing"):  # "Youth in Achieving the SDGs"
            name = new["name"]
            iri = self.linked.add(Entity(str(ID[f"place/{slug(name)}"]), "Place", name))
            m = Mention(pos + new.start("name"), pos + new.end("name"), name, "Place", iri, "place-after-in")
            self.add_mention(m, iri)
            return iri
        return None

    def participants(self, s, e, sent):
        """'The participants will include A, B and C' / 'attended by A and B' -> each participatesIn the meeting."""
        part = re.search(r"\b(?:participants|speakers|panellists|panelists)\b[^.]*?\b(?:include|included|were|are)\b|"
                         r"\battended by\b", sent, re.I)
        target = getattr(self, "last_meeting", None) or self.meeting
        if not part or not target:
            return
        for m, p in self.in_span(s + part.end(), e, ("Person", "State", "Organization")):
            if self.cls(p) == "Person" or not OFFICE_BEFORE.search(self.text[max(s, m.start - 40):m.start]):
                if self.cls(p) == "Person":
                    self.fact(p, "participatesIn", target, (s, e), "participants-include", 0.7)


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", text.lower()) if w not in {"the", "of", "on", "and", "to", "a", "in"}}


def _person(name: str) -> Entity:
    from .link import person_entity
    return person_entity(Mention(0, len(name), name, "Person"))


def _amount(m: re.Match) -> str:
    num = float(m["num"].replace(",", "").rstrip("."))
    mult = {"thousand": 1e3, "million": 1e6, "billion": 1e9}.get((m["mult"] or "").lower(), 1)
    value = num * mult
    return str(int(value)) if value == int(value) else str(value)


CURRENCY_WORDS = {"$": "USD", "us$": "USD", "us dollars": "USD", "u.s. dollars": "USD", "dollars": "USD", "€": "EUR",
                  "euro": "EUR", "euros": "EUR", "£": "GBP", "pounds": "GBP", "pounds sterling": "GBP", "¥": "JPY",
                  "yen": "JPY", "swiss francs": "CHF", "yuan": "CNY", "rmb": "CNY", "rupees": "INR",
                  "kroner": "NOK", "kronor": "SEK", "krona": "SEK"}


def _currency(m: re.Match) -> str:
    """ISO 4217 code of the currency named before or after the amount."""
    cur = (m["cur1"] or m["cur2"] or "").strip()
    return CURRENCY_WORDS.get(cur.lower(), cur.upper())


def relate(linked: Linked, ref: Reference) -> tuple[list[Fact], Reader]:
    reader = Reader(linked, ref)
    reader.header()
    reader.body()
    return reader.facts, reader
