"""Meetings and places: meetings named in the text, their body, topic and place, who hosts, convenes
or takes part in them, and where bodies are based."""
from __future__ import annotations

import dataclasses
import re

from rdflib import URIRef

from ..link import slug
from ..model import Entity, Mention
from ..namespaces import DKG, ID
from ..prefilter import guarded
from ..recognise import gazetteer_mentions
from .reader import ACTOR, ELECTED_ITS, GOVERNED, OFFICE_BEFORE, TITLE_THEN_PERSON, URGED_TO
from .roles import NAME_HONORIFICS

BASED_IN = re.compile(r"\s*(?:\([^)]{1,20}\))?\s*(?:,\s+(?:which\s+is\s+|that\s+is\s+)?(?:based|headquartered|located)|"
                      r",?\s+(?:which|that)\s+(?:is|will\s+be|would\s+be)\s+(?:based|headquartered|located)|"
                      r"\s+headquarters|"  # "at the AU headquarters in Addis Ababa"
                      r",\s+whose\s+(?:[\w\-]+\s+){0,2}(?:headquarters|secretariat|seat)\s+(?:is|are)\s+(?:based|located)|"
                      r"['’]s?\s+(?:headquarters|seat)|"  # "the Organisation's headquarters in The Hague"
                      r"(?=\s+in\s+(?:the\s+)?[A-Z]))\s+in\s+(?:the\s+)?", re.I)  # "the WHO Academy in Lyon": a city
BASED_PLAIN_IN = re.compile(r"\s*(?:\([^)]{1,20}\))?\s+in\s+(?:the\s+)?$")
BASED_ADJECTIVE = re.compile(r"\s*(?:\([^)]{1,20}\))?\s*,\s+an?\s+[A-Z][\w ]{1,30}?-based\b")
class NumberedSession:
    """A meeting named by a number and its body ('the 70th World Health Assembly', 'COP28'), read like a match."""

    def __init__(self, start: int, end: int, head: str, text: str, body: str | None, number: str):
        self._start, self._end, self._head, self._text = start, end, head, text
        self.body, self.number = body, number

    def start(self, *_):
        return self._start

    def end(self, *_):
        return self._end

    def group(self, *_):
        return self._text

    def __getitem__(self, key):
        return self._head


ORDINAL_BEFORE = re.compile(r"\b(?:\d+(?:st|nd|rd|th)|[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ss]ixth|[Ss]eventh|"
                            r"[Ee]ighth|[Nn]inth|[Tt]enth|[Ee]leventh|[Tt]welfth|(?:[Tt]hir|[Ff]our|[Ff]if|[Ss]ix|[Ss]even|[Ee]igh|"
                            r"[Nn]ine)teenth|(?:[Tt]wen|[Tt]hir|[Ff]or|[Ff]if|[Ss]ix|[Ss]even|[Ee]igh|[Nn]ine)tieth|"
                            r"[A-Z][a-z]+-(?:first|second|third|fourth|fifth|sixth|seventh|"
                            r"eighth|ninth))\s+(?:(?:[Aa]nnual|[Oo]rdinary|[Rr]egular|[Ss]pecial)\s+)?$")
ORDINAL_WORDS = {"first": "1st", "second": "2nd", "third": "3rd", "fourth": "4th", "fifth": "5th", "sixth": "6th",
                 "seventh": "7th", "eighth": "8th", "ninth": "9th", "tenth": "10th"}
ORDINAL = rf"\d+(?:st|nd|rd|th)|(?i:{'|'.join(ORDINAL_WORDS)})"  # "4th" or "fourth"
ANY_ORDINAL = re.compile(rf"\b(?:{ORDINAL})\b")
# the last number before a meeting noun: "this meeting, first as the first conference"
LAST_ORDINAL_BEFORE = re.compile(rf"(?s:.*)\b({ORDINAL})\s+(?:[\w\-]+\s+){{0,3}}$")
# bodies that are their sessions ("the 70th World Health Assembly", "the 22nd OSCE Ministerial Council")
MEETING_BODY_NAME = re.compile(r"\b(?:Assembly|Forum|Conference|Congress|Summit|Ministerial\s+Council|Council\s+of\s+Ministers|"
                               r"Governing\s+Council|Executive\s+Council)\b")
UNGASS = re.compile(r"\bUNGASS(?:[ \t]+(?P<year>(?:19|20)\d\d))?\b")
COP_NUMBER = guarded(re.compile(r"\b(?:COP|CMP|CMA|MOP)[ \-]?\d{1,2}\b"))
# (checks made for every sentence or every meeting noun, compiled once)
ELECT_OR_APPOINT = guarded(re.compile(r"(?i)\b(?:elect|appoint)"))
NEW_INCOMING = guarded(re.compile(r"\b(?:new|incoming|current)\s"))
APPOSED_OR_OF = re.compile(r",[^,;]{3,200},|\s+of\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3}(?=\s+as\b)")
CHAIR_NEXT = re.compile(r"\s+(?:Chair|Chairman|Chairperson|Chairwoman|Chairmanship)\b")
ANOTHER_MEETING_BEFORE = re.compile(r"\b(?:an?|annual|next)\s+(?:[\w\-]+\s+){0,2}$")
MEETING_NOUN = guarded(re.compile(r"\b(?P<head>symposium|summit|conference|congress|forum|seminar|workshop|meeting|session|gathering|"
                          r"moot(?!\s+(?:point|question|court))|conclave|"  # ("The moot, hosted by Pakistan, ...": South Asian press)
                          r"open debate|debate|dialogue|round ?table|side[- ]event|event|(?<!opening )(?<!closing )(?<!inaugural )ceremony|working (?:dinner|lunch|luncheon|"
                          r"breakfast)|luncheon|state banquet|reception|(?-i:Retreat)|(?<=leaders )retreat|(?<=leaders['’] )retreat|"
                          r"(?<=ministerial )retreat)s?\b", re.I))  # ("a retreat from multilateralism" is none)
HELD_VERB = re.compile(r"\b(?:was|were)\s+(?:\w+\s+)?held\b|\btook\s+place\b|\b(?:opened|convened|met)\s+(?:on|in)\b")
PROJECT_NAMED = re.compile(r"(?:\s+(?:on|for|of|and|the|[A-Z][\w\-]*)){0,8}?\s+(?:Project|Programme|Program|Initiative|"
                           r"Facility|Fund|Mechanism|Platform|Network|Partnership)\b")
NOUN_AFTER = re.compile(r"\s*(?:\([^()]{1,15}\)\s*)?(?:[\w\-]+\s+){0,2}" + MEETING_NOUN.pattern, re.I)
# "the meeting of the X", "the meeting of foreign ministers of the Arab Contact Group"
MEETING_OF = re.compile(r"\s+(?:of|Of|OF)\s+(?:(?:[Tt]he\s+)?(?:[\w\-]+\s+){0,2}(?:[Mm]inisters|[Ll]eaders|[Hh]eads\s+of\s+[Ss]tate"
                        r"(?:\s+and\s+[Gg]overnment)?|[Rr]epresentatives|[Ee]xperts|[Mm]embers)\s+of\s+)?(?:[Tt]he\s+)?")
REGION = re.compile(r"(?:Africa|Asia|Europe|Oceania|the Americas|Americas|Latin America|Latin America and the Caribbean|"
                    r"the Caribbean|Caribbean|the Pacific|Pacific|Middle East|the Middle East|Asia-Pacific|Asia and the Pacific|"
                    r"Central Asia|South Asia|Southeast Asia|West Africa|East Africa|Southern Africa|North Africa|Sahel|"
                    r"the Sahel|Arctic|the Arctic|Antarctica|Balkans|the Balkans|Western Balkans|the Western Balkans)")
MEETING_TOPIC = re.compile(r"\s+(?:on|(?P<of>of(?:\s+the)?)|for(?=\s+[A-Z])|entitled|titled|themed|called|on\s+the\s+theme)\s+[\"“‘]?(?!(?:January|February|March|April|"
                           r"May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|"
                           r"Thursday|Friday|Saturday|Sunday)\b)(?P<topic>[A-Z][^,.;:\"”(]{2,200}?)[\"”’]?(?=:|\s+(?:at|in(?!\s+(?:the\s+)?"
                           rf"{REGION.pattern}\b)|on\s+the|which|and(?!\s+[A-Z])|was|is|"  # "on Peace and Security in Africa"
                           r"will|from|to(?!\s+[A-Z])|under|with|[a-z]+ed|began|begins|opens|closes|took|takes)\b|[,.;(]|$|(?<=[\"”’])[ \t]*\n)")
# a working event's topic in small letters: "a workshop on preventing and combatting the smuggling of migrants by sea"
PLAIN_TOPIC_HEADS = {"workshop", "workshops", "seminar", "seminars", "symposium", "conference", "round table", "roundtable",
                     "dialogue", "forum"}
PLAIN_TOPIC = re.compile(r"\s+on\s+(?!(?:the\s+)?(?:margins?|sidelines?|occasion|eve|basis|side|same|following|next|last|"
                         r"first|second|third)\b|behalf\b|(?:its|their|his|her|our|this|that|these|those|which|whether)\b|"
                         r"the\s+[A-Z])"  # ("Conference on the Environment": a name)
                         # ("a workshop on women, peace and security": a list of small words is one topic)
                         r"(?P<of>)(?P<topic>[a-z][\w\-]*(?:,\s+[a-z][\w\-]*)+,?\s+and\s+[a-z][\w\-]*|"
                         r"[a-z][^,.;:\"”()]{2,140}?)(?=\s+(?:at|in|which|who|was|were|is|are|will|would|"
                         r"from|under|with|during|held|took|takes|began|opened|ended|closed|organi[sz]ed|hosted|convened|"
                         r"(?:this|next|last)\s+(?:week|month|year|weekend)|today|tomorrow|yesterday|"  # (when, not what)
                         r"funded|supported|attended|for\s+(?:the\s+)?(?:[A-Z]|representatives|participants|officials|"
                         r"officers|delegates|members|experts|staff|senior|government|law|police|judges|prosecutors))\b|"
                         r"[,.;:(]|$)")
MEETING_MODIFIERS = re.compile(r"(?<![\w\-])(?:(?:\d+(?:st|nd|rd|th)|(?:19|20)\d\d|[Hh]igh-[Ll]evel|[Mm]inisterial|[Aa]nnual|[Ii]nternational|[Rr]egional|[Rr]egular|"
                               r"[Oo]rdinary|[Ee]xtraordinary|[Ee]xtra[-–]\s?[Oo]rdinary|[Ss]pecial|[Ii]nformal|[Vv]irtual|[Jj]oint|[Ii]naugural|[Pp]lenary|"
                               r"[Dd]onors?['’]?|[Pp]ledging|"
                               r"[Ff]irst|[Ss]econd|[Tt]hird|[A-Za-z]+(?:-[A-Za-z]*?)?(?:th|first|second|third|First|Second|Third)|"
                               r"[Ss]eventh|[Nn]inth|"
                               r"[Ss]ide)\s+){1,4}$")
# the words of a meeting's name before its head: "the 29th ASEAN Regional Forum (ARF) ministerial meeting"
PROPER_BEFORE = re.compile(r"(?:(?:\d+(?:st|nd|rd|th)|[A-Z][\w\-]*(?:['’]s?)?|\([A-Z]{2,}\)|ministerial|high-level|annual)"
                           r"\s+){1,6}$")
WHICH_HOSTS = re.compile(r"\s*,?\s*(?:at\s+)?which\s+(?P<who>(?:the\s+)?[A-Z][\w\s'’\-]{1,40}?)\s+(?:(?:is|was|will\s+be|has\s+been)\s+"
                         r"(?:hosting|convening|organi[sz]ing|chairing)|(?:will|is\s+to)\s+(?:host|convene|organi[sz]e)|"
                         r"hosts|hosted|convened|organi[sz]ed)\b(?P<in>\s+in\s+(?=[A-Z]))?")
# "... in Africa", "... to be held in Beijing on 30-31 October 2014": where (and when), before who hosts it
WHERE_WHEN = re.compile(r"(?:\s+(?:of|on)\s+(?:the\s+)?[A-Z][\w'’\-]*(?:\s+(?:(?:of|on|the|and)\s+)*[A-Z][\w'’\-]*)*"
                        r"(?:\s*\([A-Z][\w\-]{1,12}\))?)?"  # ("of the Forum on China-Africa Cooperation (FOCAC)")
                        r"(?:\s+(?:(?:to\s+be|which\s+(?:will\s+be|was|is))\s+)?(?:held\s+)?(?:in|at)\s+(?:the\s+)?"
                        r"(?:[A-Z][\w'’\-]*\s*){1,5}(?:on\s+(?:\d[\d\-–]*\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d[\d\-–]*,?)\s+\d{4}\s*)?"
                        r"(?=\s|,|$))?")
CONVENED_BY = re.compile(r"(?:\s*,?\s+(?:which|that)\s+(?:was|were|is|are|will\s+be|has\s+been|had\s+been)|"  # (", which was ...")
                         r"\s+(?:(?:was|were|is|are)(?:\s+being)?|will\s+be|has\s+been|had\s+been|to\s+be)|\s*,|)\s+(?:jointly\s+|also\s+)?"
                         r"(?P<verb>convened|hosted|organi[sz]ed|co-organi[sz]ed|co-hosted|co-convened|(?:co-)?sponsored)\s+by\s+"
                         r"(?:the\s+)?", re.I)
# "The Summit will be chaired by the President of the European Council, Mr X": who presides over it
OPENED_BY = re.compile(r"\s+(?:was|were|is|are|has\s+been|had\s+been|will\s+be)\s+(?:officially\s+|formally\s+)?"
                       r"(?:opened|declared\s+open|inaugurated)\s+by\s+(?:the\s+)?(?P<host>host\s+)?")
CHAIRED_BY = re.compile(r"(?:,?\s+(?:and\s+)?(?:was|were|is|are|will\s+be|has\s+been|had\s+been)(?:\s+being)?|\s*,(?:\s+which\s+(?:was|is|will\s+be)(?:\s+being)?)?|)"
                        r"\s+(?:jointly\s+)?"
                        r"(?:chaired|co-chaired|presided\s+over|moderated)\s+by\s+(?:the\s+)?", re.I)
SHARED_CHAIRED_BY = re.compile(r",?\s+and\s+(?:was|were|is|will\s+be)\s+(?:jointly\s+)?(?:chaired|co-chaired|presided\s+over)"
                               r"\s+by\s+(?:the\s+)?")
# "held ... under the auspices of UNESCO", "under the foundation's patronage": who convenes it
UNDER_AUSPICES = re.compile(r"\bunder\s+(?:the\s+)?(?:(?:joint\s+)?(?:auspices|sponsorship|co-sponsorship|patronage|aegis|"
                            r"co-chairmanship|chairmanship)\s+of\s+(?:the\s+)?|"
                            r"(?P<owner>[\w'’\- ]{1,60}?)['’]s?\s+(?:auspices|sponsorship|patronage|aegis)\b)", re.I)
GOVERNMENT_LEAD = re.compile(r"(?:(?:Government|Governments|people|authorities)\s+of\s+(?:the\s+)?)?", re.I)
JOINTLY_WITH = re.compile(r"\b(?:(?:convened|organi[sz]ed|co-organi[sz]ed|held|hosted)\s+)?(?:jointly\s+with|in\s+partnership\s+"
                          r"with|in\s+(?:co-?operation|collaboration)\s+with|together\s+with)\s+(?:the\s+)?")
ORGANISED_WITH = re.compile(r"(?:\s+(?:was|were|is|has\s+been))?\s+(?:convened|organi[sz]ed|co-organi[sz]ed|held|hosted)\s+"
                            r"(?:jointly\s+with|in\s+(?:co-?operation|partnership|collaboration)\s+with|together\s+with)\s+(?:the\s+)?")
TITLE_HOSTED_BY = re.compile(r"\b(?P<verb>(?:[Cc]o-?)?(?:[Hh]osted|[Cc]onvened|[Oo]rgani[sz]ed|[Ss]ponsored))\s+by\s+")
ONLINE = re.compile(r"\b(?:online|virtual(?:ly)?|by\s+video\s*(?:conference|link)|videoconference)\b", re.I)
HELD_IN_STATE = re.compile(r"\s+(?:was|were|will\s+be|is|are|has\s+been)\s+(?:being\s+)?(?:held|convened|hosted|organi[sz]ed)\s+"
                           r"in\s+(?:the\s+)?")
VENUE = re.compile(r"(?:\s+[\w\-,]+){0,8}?\s+at\s+the\s+(?P<name>(?:[A-Z][\w'’\-]*\s+){1,3}(?:House|Palace|Hall|Hotel|Palais"
                   r"(?:\s+des\s+Nations)?))\b")
NOT_PLACE = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December", "Spring", "Summer", "Autumn", "Winter", "The", "Order", "Addition", "Particular"}
PARTICIPATE = re.compile(r"\b(?:attend(?:s|ed)?|(?<!for )attending|opened|inaugurated|(?:took|takes|take|taking)\s+part\s+in|participat(?:e|es|ed)\s+in|"
                         r"(?:concluded|began|started|completed|ended)\s+(?:his|her|their|its)\s+participation\s+in|"
                         r"on\s+the\s+(?:sidelines|margins)\s+of|"
                         # (not "interest in joining the club has surged ahead of its summit": membership)
                         r"join(?:s|ed|ing)(?!\s+(?:the\s+)?(?:club|group|bloc|organi[sz]ation|alliance|union|community|grouping|"
                         r"ranks|membership)\b)|addressed|spoke\s+at|present\s+at|"
                         # "delivered the opening remarks at the inaugural session of the summit"
                         r"delivered\s+(?:the|an|a|his|her|its|their)\s+(?:[\w\-]+\s+){0,2}?(?:remarks|address|statement|speech|"
                         r"keynote)\s+(?:at|to)|"
                         r"met\s+(?:[\w\-]+\s+){0,3}?(?:for|at|during)|"  # ("met here for the ...")
                         # ("A, B and C gathered in Asunción on 18 June 2018, on the occasion of the 52nd Summit")
                         r"gathered\b[^.;:]{0,60}?(?:on\s+the\s+occasion\s+of|for|at))\s+(?:[\w\-()’']+\s+){0,14}$", re.I)
SUPPORT_OF = re.compile(r"\b(?:with|through)\s+the\s+(?:\w+\s+)?(?:support|funding|financial\s+support|sponsorship|assistance)\s+"
                        r"(?:of|from)\s+(?:the\s+)?$|\b(?:funded|financed|sponsored)\s+by\s+(?:the\s+)?$")
UPCOMING = re.compile(r"\b(?:will|shall|is\s+to|are\s+to|is\s+set\s+to|are\s+set\s+to|plans\s+to|is\s+scheduled\s+to)\s+"
                      r"(?:(?:also|jointly|soon)\s+)?(?:hold|host|convene|organi[sz]e|be\s+held|take\s+place)\b")
# a body that sits, meeting itself: "the Preparatory Commission (PrepCom), met on 18 June 2015 in Vienna"
ITSELF_MET = re.compile(r"(?:\s*\([A-Za-z\-]{2,12}\))?\s*,?\s+(?:met|convened|reconvened|gathered)\b")
SITTING_BODY = re.compile(r"\b(?:Council|Committee|Commission|Assembly|Conference|Board|Parliament|Congress)\b")
SUBJECT_LEAD = re.compile(r"\s*(?:[\w\-,]+\s+){0,12}?(?:the\s+)?")
UNDER_CHAIR_OF = re.compile(r"\b(?:under\s+the\s+(?:chairmanship|chairpersonship|chairwomanship|chair|presidency|leadership)\s+of|"
                            r"chaired\s+by)\s+(?:(?:H\.\s?E\.|Ambassador|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)\s+)*")
HOSTED_PEOPLE = re.compile(r"\b(?:hosted|hosts|is\s+hosting|was\s+hosting)\s+")
STANDS_IN_FOR = re.compile(r"\b(?:[Rr]epresentative|[Ee]nvoy|[Rr]epresenting|on\s+behalf)\s+of\b|\bmessage\s+(?:of|from)\b")
WITH_GUESTS = re.compile(r"\s+with\s+(?:(?:his|her|their)\s+(?:[\w\-]+\s+)?counterparts?,?\s+)?")
OPEN_BRACKET = re.compile(r"\([^()]*$")
THEME_IN_BRACKETS = re.compile(r"(?i:summit|conference|congress|session|meeting|forum|symposium|seminar|workshop)\s*\([^()]*$")
ALONGSIDE = re.compile(r"\s*,?\s+(?:alongside|along\s+with|together\s+with)\s+")
PARTICIPATED_THERE = guarded(re.compile(r"\b(?:all\s+|also\s+)?(?:attended|participated|took\s+part|"
                                r"(?:were|was)\s+(?:all\s+|also\s+)?(?:in\s+attendance|present)|"  # "A and B were all in attendance"
                                r"led\s+(?:their|the|his|her)\s+(?:respective\s+)?(?:national\s+)?delegations?|"
                                # "also attended the opening ceremony": the ceremony of the meeting named last
                                r"(?:attended|took\s+part\s+in|participated\s+in)\s+the\s+(?:official\s+)?(?:opening|closing|"
                                r"inaugural)\s+(?:ceremony|session|sitting|segment))(?:\s+(?:as\s+(?:an?\s+)?"
                                r"(?:observers?|guests?|speakers?|panellists?|panelists?)|too|also|as\s+well|in\s+person|"
                                r"virtually|online))?\s*[.;]"))
# "A, B and C arrived in Ashgabat for participation in the session": the meeting named last
ARRIVED_FOR = re.compile(r"\b(?:arrived|came|travell?ed|gathered)\s+(?:in|to|at)\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?\s+(?:"
                         r"for\s+(?:participation|taking\s+part)\s+in|to\s+(?:attend|participate\s+in|take\s+part\s+in))"
                         r"\s+(?:the|this|today['’]s)\s+(?:[\w\-]+\s+){0,2}?(?:session|summit|meeting|conference|forum|event)\b", re.I)
ARRIVAL_WORDS = ("arriv", "came", "travel", "gather")
ADDRESSING = re.compile(r"(?:While\s+|When\s+)?(?:Addressing|Speaking\s+(?:at|during|to|before)|Opening|Closing|Presiding\s+over)"
                        r"\s+(?:the\s+)?")
TOLD_BY = re.compile(r"\b(?:said|says|stated|noted|told|announced|added|that|who|which|whom)\b")
CHAIRED_PROCEEDINGS = re.compile(r"\b(?:chaired|presided\s+over|co-chaired)\s+(?:the\s+)?(?:proceedings|deliberations|discussions)\b")
PEOPLE_HELD = re.compile(r"\b(?:held|hold|holds)\s+(?:the|a|an|their|its)\s+(?:[\w\-]+\s+){0,6}$")
SAID_DURING = re.compile(r"\s+(?:during|at)\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}$")
MINISTERS_TAIL = re.compile(r"\s+(?:Foreign\s+)?(?:Ministers|Leaders|Heads\s+of\s+State(?:\s+and\s+Government)?)"
                            r"(?:\s+(?:of|for)\s+[A-Z][\w/\-]*(?:\s+(?:and\s+)?[A-Z][\w/\-]*)*)?")
IN_NAME = re.compile(r"\s+in\s+(?P<name>[A-Z][a-z]+(?:[ \-][A-Z][a-z]+)?)\b(?!\s+(?:\d|[A-Z]))")
OWN_SESSION = re.compile(r"\b(?:(?:its|their)|(?:holds?|held|opens?|opened|convenes?|convened)\s+(?:its\s+|their\s+)?"
                         r"(?=\d+(?:st|nd|rd|th)\b)|"
                         # "The G77+China ... has kicked off a summit in Cuba": a group opens its own meeting
                         r"(?:kicked\s+off|kicks\s+off|opened|began|begins|started|concluded|closed|held|holds)\s+(?:a|an|the)\s+)"
                         r"\s*(?:[\w\-]+\s+){0,3}$")
FOR_HOSTING = guarded(re.compile(r"\s+for\s+(?:\w+ly\s+)?(?:[\w\s'’]{0,50}?\b(?:in|into)\s+)?(?:having\s+)?"
                         r"(?:(?:its|their|the)\s+(?:[a-z]+\s+)?(?=(?:\w+ing\s+of|hosting|convening|organi[sz]ing)\s))?"  # "for its successful hosting of the ..."
                         r"(?P<verb>hosting|hosted|convening|convened|organi[sz]ing|"
                         r"organi[sz]ed|arranging|arranged)(?:\s+of)?\s+(?P<noun>(?:the|this|today['’]s|our)\s+(?:[\w\-]+\s+){0,4}?"
                         r"(?:[Ss]ymposium|[Ss]ummit|[Cc]onference|[Cc]ongress|[Ff]orum|[Ss]eminar|[Ww]orkshop|[Mm]eeting|[Ss]ession|"
                         r"[Dd]ebate|[Dd]ialogue|[Ee]vent|[Aa]ssembly))\b"))
PARTICIPANTS = guarded(re.compile(r"\b(?:participants|speakers|panellists|panelists)\b[^.]*?\b(?:include|included|were|are|came\s+from)\b|"
                          # "The other world leaders who joined the summit included X, Y and Z"
                          r"\b(?:leaders|dignitaries|heads\s+of\s+state|heads\s+of\s+government|delegates|guests)\s+"
                          r"(?:who|that)\s+(?:also\s+)?(?:joined|attended|took\s+part|participated)\b[^.]*?\b(?:include|included|were)\b|"
                          r"\b(?:attended|inaugurated|opened|addressed)\s+by\b|"
                          # "Taking part in it were A, B and C", "Taking part in the meeting also were ..."
                          r"\b(?:[Tt]aking\s+part|[Pp]articipating)(?:\s+in\s+(?:it|(?:the|this)\s+[\w\-]+(?:\s+[\w\-]+)?))?"
                          r"\s+(?:also\s+)?(?:were|was)\b|"
                          r"\bpresence\s+at\s+the\s+[\w\-]+\s+(?:is|was|were)\b|"  # "A new presence at the meeting is X"
                          r"(?P<present>\b(?:present|in\s+attendance|attending)(?:\s+at\s+the\s+[\w\-]+)?\s+(?:were|was)\b)", re.I))
ANOTHER_TIME = re.compile(r"\b(?:upcoming|next|forthcoming|future|previous|last|past)\s+(?:[\w\-]+\s+){0,5}[^\s]*$", re.I)
WERE_IN_ATTENDANCE = re.compile(r"\s+(?:were|was)\s+(?:also\s+)?(?:present|in\s+attendance)\s*[.;]")
# "was held in Almaty, with the participation of A, B and C, as well as D and E": each of them took part
PARTICIPATION_OF = re.compile(r"\b(?:with|saw)\s+the\s+(?:active\s+)?participation\s+of\s+(?:the\s+)?", re.I)
AS_WELL_AS = re.compile(r",?\s+(?:as\s+well\s+as|along\s+with|together\s+with)\s+(?:the\s+)?")
DELEGATES_FROM = re.compile(r"\s+(?:the\s+)?(?:heads|leaders|delegations|delegates|representatives|ministers|officials)\b"
                            r"[^.;:]{0,80}\b(?:from|of)\s+(?:the\s+)?", re.I)
# (a first item that names no state may come before the list: "delegations of the countries of Central Asia, Italy")
DELEGATES_OF = re.compile(r"\b(?:delegations|delegates|representatives|officials)\s+(?:of|from)\s+(?:the\s+)?"
                          r"(?:[a-z][\w\s]{0,40}?\s+of\s+(?:the\s+)?[A-Z][\w\s]{0,30}?,\s+)?")
THEIR_STATES = re.compile(r"\s+(?:observer|member|participating|partner|dialogue\s+partner)\s+(?:states|countries|nations)\b", re.I)
BODIES_INCLUDING = re.compile(r"\b(?:organi[sz]ations|agencies|bodies|institutions|partners)\s+(?:including|such\s+as|like|"
                              r"namely)\s+(?:the\s+)?")
PARTICIPANT_WORDS = ("participants", "speakers", "panel", "ed by", "present", "attendance", "attending", "presence",
                     "who joined", "who attended", "that attended", "who took part", "who participated", "taking part",
                     "participating", "participation of")
# "drew delegates from Kenya, Uganda and Tanzania", "participants ... from Bangladesh, Maldives and India", "a workshop for
# representatives of the border agencies of Kazakhstan, Kyrgyzstan and Tajikistan": those they come from take part
PEOPLE_FROM = re.compile(r"\b(?:participants|delegates|delegations|representatives|officials|experts|practitioners|"
                         r"policy[\s\-]?makers|officers|ministers|trainees|judges|prosecutors|diplomats|journalists|"
                         r"parliamentarians|lawmakers|specialists|scholars|academics)\b[^.,;:()]{0,80}?\b(?:from|of)[;:]?"
                         r"\s+(?:the\s+)?(?=[A-Z])")
# ("delegations of OSCE participating States", "heads of the SCO observer states"): the body names whose states
MEMBERS_NOUN = re.compile(r"(?:[A-Z][\w\-]*\s+)+(?i:participating|member|observer|partner)\s+(?i:states|countries|nations)")
PEOPLE_WORDS = ("participant", "delegat", "representative", "official", "expert", "practitioner", "policy", "officer",
                "minister", "trainee", "judge", "prosecutor", "diplomat", "journalist", "parliamentarian", "lawmaker",
                "specialist", "scholar", "academic")
TAKING_PART_WORDS = ("attend", "particip", "took part", "take part", "drew ", "brought together", "gathered")
EVENT_WORDS = re.compile(r"\b(?:workshop|seminar|training|course|conference|meeting|symposium|forum|event|session|summit|"
                         r"dialogue|consultations?|round\s?table|attended|participated|took\s+part|drew|brought\s+together|"
                         r"gathered|welcomed|participants|delegates|delegations)\b", re.I)
HOST_APPOSITION = re.compile(r",\s+(?:the\s+)?(?:co-)?hosts?\s+(?:country\s+)?of\s+(?:the|this|today['’]s)\s+(?:[\w\-]+\s+){0,3}?"
                             r"(?:meeting|summit|conference|session|assembly|forum|event|symposium|talks)\b", re.I)
# "Summit leaders elected X as the new chairperson of the AU commission": the verb before the person
ELECTED_BEFORE = re.compile(r"\b(?:[Ee]lect(?:ed|s)?|[Aa]ppoint(?:ed|s)?|named|chose|designated)\s+(?:[\w\-.]+\s+){0,6}$")
AS_CHAIR_OF = re.compile(r",?\s+as\s+(?:the\s+)?(?:new\s+|next\s+|incoming\s+)?(?P<vice>Vice[- ])?(?:[Cc]hair\w*|[Pp]resident)\s+"
                         r"of\s+(?:the\s+)?")
# "X is the new AU chairman", "X became the new Chair of the AU": the body's new head
IS_NEW_CHAIR = re.compile(r"\s+(?:is|becomes|became|has\s+become)\s+(?:the\s+)?(?:new|incoming|current)\s+"
                          r"(?:(?P<body>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})\s+)?(?:[Cc]hair(?:man|person|woman)?|[Pp]resident)"
                          r"(?P<of>\s+of\s+(?:the\s+)?)?")
WAS_ELECTED = re.compile(r"\s+(?:was|has\s+been|had\s+been)\s+(?:unanimously\s+|duly\s+)?(?:elected|appointed)\s+(?:as\s+)?"
                         r"(?:the\s+)?(?:new\s+)?(?P<vice>Vice[- ])?(?:Chair\w*|President)\s+of\s+(?:the\s+)?")
ADDRESSED_CHAIR = re.compile(r"(?:^|[\n,])\s*(?:(?:Mr|Madam|Madame|Mme)\.?\s+)?(?:Chair|Chairman|Chairperson|Chairwoman|"
                            r"President|Co-Chairs?)\s+(?:(?:Mr|Ms|Mrs|Dr|Ambassador|Minister)\.?\s+)?$", re.M)
# "on your election as Chairperson of the ...", "on his appointment as the new President of the ..."
ON_ELECTION = re.compile(r"\bon\s+(?:your|his|her|their)\s+(?:\w+\s+){0,2}?(?:election|appointment|assumption)\s+"
                         r"(?:(?:as|to\s+the\s+(?:post|office|position)\s+of)\s+(?:the\s+)?(?:new\s+)?(?P<vice>Vice[- ])?"
                         r"(?:Chair\w*|President|Presidency)\s+of|to\s+preside\s+over)\s+(?:the\s+)?", re.I)  # ("to preside over")
# "... for her briefing", "..., Special Representative of ..., for his presentation", "for addressing this Council today"
BRIEFED = re.compile(r"(?:\s*,[^,;]{0,100}){0,3}?,?\s+for\s+(?:(?:his|her|their|the|this|today['’]s)\s+(?:\w+\s+){0,3}?(?:briefings?|"
                     r"presentations?|statements?|remarks|interventions?|participation|report)|(?:addressing|briefing|"
                     r"joining|participating\s+in|attending)\s+(?:us|the|this|today))\b", re.I)
THANKED_FOR_WORDS = guarded(re.compile(r"\bfor\s+(?:his|her|their|the|this|today|addressing|briefing|joining|participating|attending)\b",
                               re.I))
THANKING = re.compile(r"\b(?:thank\w*|grateful|gratitude|appreciat\w*|commend\w*|welcome\w*)\b", re.I)
# "At the opening session Thursday, the AU's outgoing chairman X urged ...": who speaks at the meeting takes part
FRONTED_AT = re.compile(r"\s*(?:At|During)\s+(?:the|its)\s+(?:(?:official|opening|closing|inaugural|first|final|plenary|"
                        r"high-level)\s+)*(?:session|sitting|ceremony|meeting|summit|conference|debate)\b[^,;]{0,40},\s+")
SESSION_ORDINAL = re.compile(r"(?i)\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                             r"eleventh|twelfth|\w+teenth|\w+tieth|\w+-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))\b")
# the words of a meeting's name as the text writes them before its head noun: "the 31st Arab League (AL) Summit",
# "its three-day summit", "the Second GUAM Summit"
NAME_WORD = re.compile(SESSION_ORDINAL.pattern[4:] + r"|\d+(?:st|nd|rd|th)|(?:19|20)\d\d|[A-Z][\w\-’'.]*|\([A-Z][\w\-]{1,12}\)|[a-z]+-[a-z]+|"
                       r"ministerial|annual|plenary|regular|ordinary|extraordinary|special|informal|international|"
                       r"regional|inaugural|virtual|joint|consultative|trilateral")
NOT_NAME_WORD = re.compile(r"The|A|An|This|That|These|Those|Its|Their|His|Her|Our|On|In|At|For|By|With|To|From|During|"
                           r"After|Before|And|Of|As|Mr\.?|Mrs\.?|Ms\.?|Dr\.?")
FIRM_NAME_WORD = re.compile(r"\d+(?:st|nd|rd|th)|(?:19|20)\d\d|\([A-Z][\w\-]{1,12}\)")
# ... and after it: "the Eleventh Session of the Islamic Summit Conference", "the World Conference on Women"
NAME_TAIL = re.compile(r"\s+(?:of|on)\s+(?:the\s+)?[A-Z][\w\-’']*(?:\s+(?:(?:of|on|and|for|the)\s+)*"
                       r"(?:[A-Z][\w\-’']*|\([A-Z][\w\-]{1,12}\)))*")
BRACKETED = re.compile(r"\s*\([^()]{1,20}\)")
SIDE_EVENTS = ("ceremony", "reception", "luncheon", "state banquet", "working dinner", "working lunch", "working luncheon",
               "working breakfast", "side event", "side-event", "event")
FRONTED = re.compile(r"\s*(?:Chairing|Hosting|Opening|Addressing|Attending)\b")
# "Convened by Saudi Arabia as OIC chair and being hosted by Pakistan, 70 delegates are participating in the session":
# a participle clause before the subject says who convenes the meeting the sentence is about
FRONTED_PASSIVE = re.compile(r"\s*(?:[Jj]ointly\s+|[Bb]eing\s+)?(?:[Cc]o-?)?(?:[Cc]onvened|[Hh]osted|[Oo]rgani[sz]ed|[Ss]ponsored)"
                             r"\s+by\s+[^,;]{2,150},")
FRONTED_AGENT = re.compile(r"\b(?P<verb>(?:co-?)?(?:convened|hosted|organi[sz]ed|sponsored))\s+by\s+(?:the\s+)?", re.I)
VENUE_LEAD = re.compile(r"\b(?:held|hosted|convened|took\s+place|taking\s+place)\s+at\s+(?:[A-Z][\w'’\-]*\s+){1,4}$")
IN_STATE = re.compile(r"\s+in\s+(?:the\s+)?(?=[A-Z])")
WHO_MEETS = r"\bHeads\s+of\s+(?:State\s+and\s+)?(?:State|Government)\b|\b(?:Foreign\s+)?Ministers['’]?" \
            r"(?:\s+of\s+Foreign\s+Affairs(?:\s+and\s+(?:International\s+Relations|Cooperation))?)?|\bLeaders['’]?"
# "<body> Heads of Government met in", "Leaders of the <body> gathered in": the body's leaders meeting
MET = r"(?:\s+(?:have|had|have\s+now))?\s+(?:met|gathered|convened|assembled)\b(?!\s+with\b)"
BODY_MET_AFTER = re.compile(r"(?:\s*\([A-Z\-]{2,10}\))?\s+(?P<who>" + WHO_MEETS + ")" + MET)
# (after a dateline or a fronted phrase: "Bangkok: Leaders of ...", "On Monday, the Prime Ministers of ...")
BODY_MET_BEFORE = re.compile(r"(?:[^.;\n]*?(?:[:,]|\s[-–—]+)\s+)?\s*(?:\d+\.\s*)?(?:[Tt]he\s+)?(?P<who>(?:Prime\s+)?(?:" + WHO_MEETS +
                             r")(?:\s+of\s+Foreign\s+Affairs)?)\s+of\s+(?:the\s+)?")
# (and the bodies or countries joining them: "... of the Visegrad Group (V4) and the Eastern Partnership countries met")
AT_INVITATION = re.compile(r"\b(?:at|upon|on)\s+the\s+invitation\s+of\s+(?:the\s+|his\s+|her\s+)?")
MET_FOR = re.compile(r"\b(?:met|gathered|convened|assembled)\b[^.;]*\b(?:for|at|during)\s+(?:the\s+|their\s+|its\s+)?"
                     r"(?:\w+['’]s\s+)?(?:[\w\-]+\s+){0,3}$")
BODY_MET_VERB = re.compile(r"(?:\s*\([A-Z\-\d]{2,10}\))?(?:\s+(?:countries|states|member\s+states|nations))?(?:\s+and\s+(?:the\s+)?(?:[A-Z][\w\-]*\s+){1,4}(?:countries|states)?)?" + MET)
# "the Non-Aligned Movement, a forum of 120 developing countries", "ASEAN is the main forum for ...": a body's
# description, after the body's name and a comma or a copula
DESCRIBES_BODY = re.compile(r"(?:\s*\([^()]{1,20}\))?(?:\s*,\s*|\s+(?:is|was|remains|has\s+become)\s+)(?:an?|the|one\s+of\s+the)"
                            r"\s+(?:[\w\-]+\s+){0,3}$")
PART_OF_MEETING = re.compile(r"\b(?:Summit|Meeting|Conference|Session|Assembly)['’]s\s+(?:(?:plenary|opening|closing|inaugural|"
                             r"final|high-level|ministerial)\s+)?$", re.I)
THIS_ONE = re.compile(r"\b(?:this|the\s+present|today['’]s)\s+(?:[\w\-]+\s+){0,2}$", re.I)
# ("UNODC held its third training workshop": the active verb; "was held" is passive)
HOST = re.compile(r"\b(?:(?:co-)?host\w*|convene\w*|convening|organi[sz]e\w*|organi[sz]ing|sponsor\w*|(?<!your )(?<!his )(?<!her )(?<!its )(?<!their )(?<!the )(?<!as )chair(?:s|ed|ing)?|held by|"
                  r"(?<!was )(?<!were )(?<!been )(?<!being )(?<!be )(?<!is )(?<!are )held(?=\s+(?:its|their|a|an|the)\s)|"
                  r"hold(?:s|ing)?(?=\s+(?:its|their|a|an|the)\s)|"  # ("SADC will hold a workshop")
                  r"(?P<jointly>jointly|co-)\s*(?:held|organi[sz]ed|hosted|convened))\b", re.I)


class MeetingRules:
    """Rules for meetings and places."""

    def title_block_hosts(self):
        """'Co-hosted by Switzerland and Sierra Leone', 'Co-hosted by AOSIS and the Government of Ireland' in the
        title block: who hosts or convenes the meeting the statement was delivered at."""
        for by in TITLE_HOSTED_BY.finditer(self.text, 0, self.doc.body_start):
            line_end = self.text.find("\n", by.end())
            line_end = self.doc.body_start if line_end < 0 else min(line_end, self.doc.body_start)
            prop = "hosts" if "host" in by["verb"].lower() else "convenes"
            for m, i in self.in_span(by.end(), line_end, ("State", "Organization")):
                self.fact(self.state_of(i), prop, self.meeting, (by.start(), line_end), "title-hosted-by", 0.8)

    def based(self, s, e):
        """'the CARICOM Implementation Agency (IMPACS), based in Port of Spain'; 'ECPAT, a Bangkok-based NGO'."""
        for m, org in self.in_span(s, e, ("Organization",)):
            after = BASED_IN.match(self.text, m.end, e)
            if after:
                places = [(pm, p) for pm, p in self.in_span(after.end(), e, ("Place",)) if pm.start == after.end()]
                plain = BASED_PLAIN_IN.fullmatch(after.group())  # "X in Lyon" says less than "X, based in Lyon"
                place = places[0][1] if places else None if plain else self.place_after(after.end() - 4, e)
                if plain and re.search(r"\b(?:by|with|of)\s+(?:the\s+)?$", self.text[max(s, m.start - 10):m.start]):
                    continue  # "the meeting convened by CARICOM in Kingston": where the meeting was, not the body
                if plain and ORDINAL_BEFORE.search(self.text, max(s, m.start - 20), m.start):
                    continue  # "the 14th United Nations Congress on Crime Prevention ... in Kyoto": the session's place
                bare = plain or after.group().lstrip().lower().startswith("headquarters")
                seat = self.seat_of(org) if bare else None
                if place and (seat is None or str(seat) == place):  # ("the UN in Geneva": one of its offices)
                    self.fact(org, "basedIn", place, (s, e), "org-in-city" if plain else "based-in", 0.6 if plain else 0.8)
                continue
            hyphen = BASED_ADJECTIVE.match(self.text, m.end, e)
            if hyphen:
                places = [p for pm, p in self.in_span(m.end, hyphen.end(), ("Place",))]
                if places:
                    self.fact(org, "basedIn", places[0], (s, e), "based-in", 0.75)

    def numbered_sessions(self, s, e) -> list:
        """'the 70th World Health Assembly', 'the 29th ASEAN Regional Forum', 'COP28': a body's numbered session,
        named by the body itself (the meeting noun is the body's name)."""
        out = []
        for m, i in self.in_span(s, e, ("Organization",)):
            number = ORDINAL_BEFORE.search(self.text, max(s, m.start - 20), m.start)
            # (not "the 52nd Pacific Islands Forum (PIF) ministerial meeting": that names its own meeting noun)
            if number and MEETING_BODY_NAME.search(self.entity(i).label) and not NOUN_AFTER.match(self.text, m.end):
                out.append(NumberedSession(number.start(), m.end, "session", self.text[number.start():m.end],
                                           i, number.group().strip()))
        for cop in COP_NUMBER.finditer(self.text, s, e):
            out.append(NumberedSession(cop.start(), cop.end(), "conference", cop.group(), None, cop.group()))
        for special in UNGASS.finditer(self.text, s, e):  # "UNGASS 2016": a special session of the General Assembly
            unga = self.reference_entity(str(ID["org/unga"]), "Organization")
            out.append(NumberedSession(special.start(), special.end(), "special session", special.group(), unga,
                                       special["year"] or ""))
        return out

    def meetings(self, s, e, sent):
        """Symposia, summits, conferences named in the text: their name, body and topic; who hosts or convenes
        them ('Japan will host', 'The meeting was convened by', 'which Ethiopia is hosting'), where they are
        held, who takes part."""
        fronted = FRONTED_PASSIVE.match(self.text, s, e)
        named_here = self.body_met(s, e)
        for mm in sorted(list(MEETING_NOUN.finditer(self.text, s, e)) + self.numbered_sessions(s, e), key=lambda x: x.start()):
            head = mm["head"].lower()
            if not isinstance(mm, NumberedSession) and any(m.start <= mm.start() and mm.end() <= m.end for m, _ in
                                                           self.in_span(max(0, mm.start() - 80), mm.end() + 80, ("Organization",))):
                continue  # "the ASEAN Regional Forum", "the Pacific Islands Forum": a body's name, not a meeting
            # (a numbered session of another body is another meeting: "the 44th General Assembly of the OAS" at a
            # Security Council debate)
            other_body = isinstance(mm, NumberedSession) and mm.body and mm.body != self.body_of_meeting.get(self.meeting or "")
            # ("for hosting the First Meeting of States Parties" at the second one: another)
            ordinal_before = ORDINAL_BEFORE.search(self.text, max(s, mm.start() - 30), mm.start())
            other_number = bool(ordinal_before) and not self.numbers_own_session(ordinal_before)
            if head in ("meeting", "session", "debate", "open debate") and self.meeting and not other_body and \
                    not other_number and not ANOTHER_MEETING_BEFORE.search(self.text[max(s, mm.start() - 40):mm.start()]):
                self.own_meeting_named(mm, s, e)
                continue  # "this meeting" is the statement's own; "a regional meeting of X" is another
            lead = self.text[max(s, mm.start() - 80):mm.start()]
            host_at = HOST.search(lead)  # "Japan will host", "hosted in Windhoek the annual meeting"
            host_pos = mm.start() - len(lead) + host_at.start() if host_at else None
            if host_at and fronted and host_pos < fronted.end():
                host_at = host_pos = None  # the fronted clause's agents are read below
            if THEME_IN_BRACKETS.search(self.text, s, mm.start()):
                continue  # "... held the 15th Session of the Islamic Summit Conference (Banjul Summit: ... through Dialogue
                # for Sustainable Development)": the meeting's theme, in brackets after it
            if head == "forum" and any(re.fullmatch(r"\s*(?:\([A-Z\-]{2,10}\)\s*)?", self.text[m.end:mm.start()])
                                       for m, _ in self.in_span(max(s, mm.start() - 80), mm.start(), ("Organization",))):
                continue  # "the Asia-Pacific Economic Cooperation (APEC) forum": the body, called a forum
            project = PROJECT_NAMED.match(self.text, mm.end(), e) if mm.group()[:1].isupper() else None
            if project and not any(mm.end() <= m.start < project.end() for m, _ in
                                   self.in_span(mm.end(), e, ("Organization",))):
                continue  # "the EU-China Dialogue on Migration and Mobility Support Project": a project's name (not
                # "the 4th Summit of the Bay of Bengal Initiative for ... (BIMSTEC)": a body's)
            if CHAIR_NEXT.match(self.text[mm.end():e]):
                continue  # "Prince Faisal, the OIC Summit Chair,": a post
            if head == "session" and PART_OF_MEETING.search(lead):
                continue  # "the 14th Pacific Alliance Summit's plenary session": a part of the summit, not a meeting
            if any(DESCRIBES_BODY.match(self.text, m.end, mm.start()) for m, _ in
                   self.in_span(max(s, mm.start() - 60), mm.start(), ("Organization",))):
                continue  # "the NAM, a forum of 120 developing countries": what the body is, not a meeting
            if VENUE_LEAD.search(lead):
                continue  # "was held at Safari Court Conference, in Windhoek": a venue's name, not a meeting
            # ("Summit was also attended by ...": a communiqué names its own meeting with no article)
            definite = re.search(r"\b(?:the|this|that)\s+(?:[\w\-]+\s+){0,4}$", re.sub(r"\s*\([^()]*\)", " ", lead), re.I) \
                or (mm.start() == s and mm.group()[:1].isupper())
            place = self.place_after(mm.end(), e) or self.place_before(s, mm.start()) \
                or (self.hosted_where(s, host_pos, mm.start()) if host_at else None) \
                or (None if URGED_TO.search(self.text, s, mm.start()) else self.dateline_place(s, e))  # (not one urged)
            # "the ASEAN Regional Forum (ARF) ministerial meeting": the body's name, perhaps its acronym, then the noun
            # (or "the 2022 Commonwealth Heads of Government Meeting": who meets, between the body and the noun)
            before_at = [(m, i) for m, i in self.in_span(max(s, mm.start() - 100), mm.start(), ("Organization",))
                         if not re.sub(r"\s*\([^()]{1,80}\)|\b(?:ministerial|high-level|annual|plenary|special|presidential)\b|" + WHO_MEETS,
                                       "", self.text[m.end:mm.start()], flags=re.I).strip(" -'’s")]
            before = [i for _, i in before_at]
            written = self.text[before_at[-1][0].end:mm.end()].strip() if before_at and re.search(
                WHO_MEETS, self.text[before_at[-1][0].end:mm.start()]) else mm.group()
            owned = OWN_SESSION.search(lead) if not before and head in ("session", "meeting", "summit", "conference") else None
            if owned:  # "The Council of Ministers of ECOWAS opened its 83rd Ordinary Session": the subject's session
                clause = self.clause_start(s, mm.start())
                owner = [i for m, i in self.in_span(clause, mm.start() - len(lead) + owned.start(), ACTOR)
                         if not GOVERNED.search(self.text[clause:m.start])][:1]  # the clause's subject, not "(ECOWAS)"
                before = owner if owner and self.cls(owner[0]) == "Organization" else []
            of = MEETING_OF.match(self.text, mm.end(), e)
            # "of the CELAC", "of the Community of Latin American and Caribbean (CELAC)": the body, or its acronym after
            # a name the lists do not hold
            plain = re.match(r"\s+of\s+(?:the\s+)?", self.text[mm.end():e])  # "meeting of BRICS Ministers of ..."
            # (a body's own session is named "the 83rd Ordinary Session of the <body>")
            after_at = [(None, i) for i in before] if owned and before else \
                [(m, i) for m, i in self.in_span(mm.end(), e, ("Organization",)) if of and (m.start == of.end() or re.fullmatch(
                r"(?:[A-Z][\w\-]*|of|and|the|for)(?:\s+(?:[A-Z][\w\-]*|of|and|the|for))*\s*\(", self.text[of.end():m.start])
                or plain and m.start == mm.end() + plain.end())][:1]
            after = [i for _, i in after_at]
            # "the meeting of BRICS Ministers of Foreign Affairs/International Relations": the name as written
            of_text = None
            tail = MINISTERS_TAIL.match(self.text, after_at[0][0].end, e) if after_at and plain and after_at[0][0] else None
            if tail and after_at[0][0].start == mm.end() + plain.end():
                of_text = self.text[mm.end():tail.end()]
            topic = None if after else MEETING_TOPIC.match(self.text, mm.end(), e) or (
                PLAIN_TOPIC.match(self.text, mm.end(), e) if head in PLAIN_TOPIC_HEADS else None)
            if topic and not place:  # (a long theme: the place comes after it)
                place = self.place_after(topic.end(), e)
            # "the meeting" is the meeting named before; "the first meeting of the Joint Commission" is another
            other = re.search(r"\b(?:next|following|previous|last|former|subsequent|future)\s+(?:[\w\-]+\s+){0,3}$|"
                              r"\banniversary\s+of\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}$", lead, re.I)  # ("the 10th anniversary of the meeting")
            prior = self.meetings_by_head.get(head)
            # "the symposium themed X" after "the fifth ASEAN-China-UNDP symposium": the same one, now with its theme
            untitled = prior is not None and prior not in self.meetings_by_topic.values()
            iri = prior if definite and not (after or other) and (not topic or untitled) else None
            if definite and after and prior and not (other or topic) and self.session_of_part(prior, after[0], lead):
                iri = prior  # "the extraordinary session of the OIC" after "the 17th Extraordinary Session of the CFM of OIC"
            ordinal = LAST_ORDINAL_BEFORE.search(lead)
            if iri and ordinal and not _same_ordinal(ordinal[1], self.entity(iri).label) and \
                    not re.search(r"\bas\s+(?:the|a|an)\s+$", lead[:ordinal.start(1)]):  # ("this meeting, as the first ...")
                iri = None  # "the 18th SAARC summit" after "the 19th summit": another of the series
            topic_key = (head, " ".join(topic["topic"].lower().split()[:6])) if topic else None
            iri = self.meetings_by_topic.get(topic_key) or iri
            if iri is None and definite and not (after or topic or other) and head in (
                    "meeting", "session", "summit", "conference", "congress", "moot", "conclave") \
                    and getattr(self, "last_meeting", None) and re.search(r"\b(?:The|the|this)\s+$", lead):
                # "The meeting is chaired by ...", "for hosting this conference" after the 14th Congress; "in the
                # framework of the Summit" after "the Second Summit of GUAM ... The regular meetings of ...": the last
                # meeting that this noun names, if any
                iri = next((i for i in reversed(self.linked.entities) if self.cls(i) == "Meeting"
                            and re.search(rf"(?i)\b{re.escape(head)}\b", self.entity(i).label)), None) \
                    if head != "meeting" else None
                iri = iri or self.last_meeting
            # "the Prime Ministers of the Visegrad Group met in Prague. At their Summit in Czernin Palace, ...": the
            # meeting of the body just told of (its venue named now)
            theirs = iri is None and not (before or after or topic or other) and head in ("meeting", "summit", "session") \
                and re.search(r"\b(?:[Tt]heir|[Ii]ts)\s+$", lead) and self.body_of_meeting.get(getattr(self, "last_meeting", None))
            if theirs:
                iri = self.last_meeting
            if (head == "gathering" or head == "event" and definite) and not (after or topic or other):  # "The event"
                # ("The event was opened by ..." after "hosted a side event ... on the margins of the 33rd session")
                events = [self.meetings_by_head.get(h) for h in ("side event", "side-event", "event")] if head == "event" else []
                iri = next((x for x in events if x), getattr(self, "last_main_meeting", None)) if definite else None
                if iri is None:
                    continue
            if iri is None and not (other or before or after or topic):  # "the Baky Summit" after "the Second Summit of GUAM ... in Baky"
                iri = self.named_by_its_place(head, mm.start(), s)
            if iri and place and iri != self.meeting and not theirs and any(f.subject == iri and f.predicate == "heldIn" and f.object != place
                                                             for f in self.facts):
                iri = None  # "the disarmament conference at the UN in Geneva" after a conference in Ottawa: another
            if self.meeting and THIS_ONE.search(lead) and not isinstance(mm, NumberedSession):
                iri = self.meeting  # "for hosting this second conference of the States Parties": the statement's own
            elif isinstance(mm, NumberedSession) and head == "special session":  # "UNGASS 2016"
                iri = self.new_meeting(head, "Special Session", mm.body, True, place, None, "", mm.end(), s, e,
                                       surface=mm.group(), year=mm.number)
            elif isinstance(mm, NumberedSession):  # its own number and body name it: never a session named before
                iri = self.new_meeting(head, "", mm.body, False, place, None, mm.number, mm.end(), s, e)
            elif iri is None or (not definite and (topic or after) and topic_key not in self.meetings_by_topic):
                if mm.group().lower().endswith("s") and not mm.group().lower().endswith("ss") and not (before or after or topic):
                    continue  # "organizing annual meetings of heads of chambers": a kind of event, no one meeting
                # "Leaders of ASEAN met in Bangkok for the body's 34th Summit": the meeting just told of, now named
                met_for = named_here if named_here in self.linked.entities and not (before or after) and \
                    MET_FOR.search(lead) else None
                if met_for and self.body_of_meeting.get(met_for):
                    before = [self.body_of_meeting[met_for]]
                if not (before or after or place or topic or re.search(
                        r"\b(?:(?:host|held|hold|convene|organi[sz]e|attend|participat|take part)\w*|starts|started|began|"
                        r"begins|opens|opened|concludes|concluded|kick|kicks|kicked|inaugurated|wraps|wrapped)\b", sent, re.I)):
                    continue
                named_from = before_at[-1][0].start if written != mm.group() else mm.start()  # ("the 2022 <body> Heads of ...")
                lo = max(s, named_from - 60)
                mods = MEETING_MODIFIERS.search(self.text[lo:named_from])
                if not mods and named_from == mm.start():
                    if self.title_case(s, e):  # ("Modi Attends BRICS Summit": not the headline's verb)
                        lo = max(lo, self.written_from(s, e, named_from))
                    mods = PROPER_BEFORE.search(self.text[lo:named_from])
                # the name as the text writes it ("2022 Commonwealth Heads of Government Meeting") is one of its names
                # (with the body it is of: "the extraordinary summit of the heads of state and government of SADC")
                of_end = after_at[0][0].end if after_at and after_at[0][0] and not owned else mm.end()
                surface = self.text[lo + mods.start() if mods else named_from:of_end]
                if not before and mods:  # "the G20 Foreign Ministers' Meeting": the body named in the name
                    before = [i for m, i in self.in_span(mm.start() - len(mods.group()), mm.start(), ("Organization",))]
                vague = self.meetings_by_head.get(head) if self.meetings_by_head.get(head) in self.vague_meetings else None
                if vague and ordinal and ordinal[1] not in self.entity(vague).label:
                    vague = None  # "the 19th summit", then "the 18th SAARC summit": two of a series
                told = self.meetings_by_head.get(head)  # a news item's headline names the event its lead tells of
                title = self.doc.header.title
                if vague is None and told in self.headline_meetings and title and mm.start() > title.end and not other \
                        and self.body_of_meeting.get(told) is None and not (before or after or ordinal):  # (bodies: see rename)
                    vague = told  # ("Ashgabat hosted a regional workshop on ...", then "... a regional workshop ... was held")
                iri = self.new_meeting(head, written, (before or after or [None])[0], bool(after), place,
                                       _topic(topic), mods.group().strip() if mods else "", mm.end(), s, e,
                                       same_as=vague, of_text=of_text, fresh=bool(other), surface=surface)
                if met_for in self.linked.entities and met_for != iri:  # (new_meeting may have merged them)
                    self.rename(met_for, iri)
                    named_here = iri
                if topic_key:
                    self.meetings_by_topic[topic_key] = iri
                if not (before or after or place or topic):
                    self.vague_meetings.add(iri)
                else:
                    self.vague_meetings.discard(iri)
            self.last_meeting = iri
            self.name_as_written(iri, mm, s, e)
            if self.meeting is None and self.doc.kind == "Statement" and THIS_ONE.search(lead) and (before or after):
                # a statement whose title block names no meeting: "convening this emergency special session of the
                # General Assembly" names the one it is delivered at
                self.meeting = iri
                self.fact(self.doc_iri, "deliveredAt", iri, (s, e), "this-meeting", 0.7)
            self.dated_when_held(iri, s, e)
            if head not in SIDE_EVENTS:
                self.last_main_meeting = iri
            if place:
                self.fact(iri, "heldIn", place, (s, e), "meeting-held-in", 0.75)
            if host_at and FRONTED.match(self.text, s) and not self.text[s:host_pos].strip():
                self.fronted_participle(host_at.group(), iri, mm.end(), s, e)
            elif host_at and self.host_named_after(host_at, host_pos, mm, iri, s, e):
                pass  # "the SADC Chairperson and host of the Summit, HE Dr X": X hosts it
            elif host_at and re.search(r"\bfor\s+(?:\w+ly\s+)?$", self.text[s:host_pos]):
                pass  # "grateful to Japan for hosting the conference": the one thanked hosts it (see for_hosting)
            elif host_at:
                pos = host_pos
                subjects = self.subjects_before(s, pos)
                if re.match(r"(?i)chair", host_at.group()) and not self.blocked(s, pos, future_ok=True):
                    for p in subjects:  # "Foreign Minister X chaired the 157th session": she leads it
                        if self.cls(p) == "Person":
                            self.presides(p, iri, (s, e), "chaired-meeting")
                backers = {i for m, i in self.in_span(s, pos, ("State", "Organization"))
                           if SUPPORT_OF.search(self.text, max(s, m.start - 40), m.start)}
                hosts = [h for h in subjects if self.cls(h) in ("State", "Organization") and h not in backers]
                for b in backers:  # "SADC, with the support of the EU, will hold a workshop": the EU pays for it
                    self.fact(b, "funds", iri, (s, e), "with-support-of", 0.6)
                together = re.search(r"\b(?:together|jointly|in\s+(?:co-?operation|partnership|collaboration))\s+with\s+"
                                     r"(?:the\s+)?", self.text[s:pos])
                if together:  # "Peru and Kenya, together with UNODC, hosted ..."
                    hosts += [i for _, i in self.objects_after(s + together.end(), pos, ("State", "Organization")) if i not in backers]
                with_partners = re.match(r"\s+with\s+(?:the\s+)?", self.text[mm.end():e]) if host_at["jointly"] else None
                if with_partners:  # "UNDP, which jointly held the symposium with the ASEAN secretariat and China"
                    hosts += [i for _, i in self.listed_from(mm.end() + with_partners.end(), e, ("State", "Organization"))]
                if hosts and not self.blocked(s, pos, future_ok=True) and not URGED_TO.search(self.text, s, pos):
                    prop = "hosts" if re.search(r"(?i)host|held by|(?:jointly|co-)\s*held", host_at.group()) else "convenes"
                    for h in dict.fromkeys(hosts):  # "Uganda is honoured to co-convene the Forum": it convenes
                        self.fact(h, prop, iri, (s, e), "hosts-meeting", 0.7)
                    self.hosts_of[iri] = list(dict.fromkeys(hosts))
                elif not hosts and not self.blocked(s, pos, future_ok=True) and re.match(r"(?i)host", host_at.group()):
                    self.person_hosted(subjects, iri, mm.end(), s, e)
            in_state = IN_STATE.match(self.text, mm.end(), e)
            states = [i for m, i in self.in_span(in_state.end(), e, ("State",)) if m.start == in_state.end()] if in_state else []
            if states:
                self.fact(states[0], "hosts", iri, (s, e), "meeting-in-country", 0.6)  # "a summit in Cuba"
            self.hosted_after(iri, topic.end() if topic else mm.end(), s, e)
            self.took_part(iri, lead, mm.start(), s, e, mm.end())
            self.leaders_held(iri, lead, mm.start(), s, e)
            named_here = named_here or iri
        if fronted and (named_here or getattr(self, "last_meeting", None)):
            self.fronted_agents(fronted, named_here or self.last_meeting, s, e)
        if named_here:
            self.at_the_invitation(named_here, s, e)
        self.participants(s, e, sent)
        self.hosted_people(s, e, sent)
        self.people_from(s, e, sent)
        self.pronoun_event_agents(s, e, sent)
        self.paid_for_event(s, e, sent, getattr(self, "last_meeting", None) or self.meeting)
        self.briefers(s, e)
        self.host_apposition(s, e)
        self.hosting_reason(s, e)
        if "hospitality" in sent:
            self.hospitality(s, e)
        self.took_part_there(s, e)
        self.addressed_it(s, e)
        self.chaired_proceedings(s, e)
        self.elected_chair(s, e)
        self.congratulated_chair(s, e)
        self.elected_chair_of(s, e)
        self.new_chairs(s, e)
        self.spoke_at(s, e)

    def body_met(self, s, e) -> str | None:
        """'Commonwealth Heads of Government met in Edinburgh from 24-27 October 1997', 'Leaders of the Pacific
        Islands Forum met in Tuvalu': a meeting with no meeting noun, named after who met."""
        sent = self.text[s:e]
        if not any(w in sent for w in (" met", "gathered", "convened", "assembled")):
            return None  # (one cheap look first)
        for m, body in self.in_span(s, e, ("Organization",)):
            itself = ITSELF_MET.match(self.text, m.end, e)
            if itself and SITTING_BODY.search(self.entity(body).label) and \
                    SUBJECT_LEAD.fullmatch(self.text, self.clause_start(s, m.start), m.start):
                # "the Preparatory Commission (PrepCom), met on 18 June 2015 in Vienna, under the chairmanship of X"
                place = self.place_after(itself.end(), e)
                iri = self.new_meeting("meeting", "Meeting", body, True, place, None, "", itself.end(), s, e,
                                       surface=f"meeting of the {' '.join(m.text.split())}")
                if place:
                    self.fact(iri, "heldIn", place, (s, e), "meeting-held-in", 0.75)
                chair = UNDER_CHAIR_OF.search(self.text, itself.end(), e)
                chairs = [i for pm, i in self.in_span(chair.end(), e, ("Person",)) if pm.start - chair.end() < 30] if chair else []
                if chairs:
                    self.presides(chairs[0], iri, (s, e), "under-chairmanship", session_of_body=True)
                self.last_meeting = self.last_main_meeting = iri
                return iri
            met = BODY_MET_AFTER.match(self.text, m.end, e)
            first = None if met else BODY_MET_BEFORE.fullmatch(self.text, s, m.start)
            if first:
                met = BODY_MET_VERB.match(self.text, m.end, e)
            if not met:
                continue
            who = " ".join((first or met)["who"].split()).rstrip("'’")
            place = self.place_after(met.end(), e)
            written = self.text[first.start("who") if first else m.start:met.end()]  # who met, as the text says it
            iri = self.new_meeting("meeting", f"{who[0].upper() + who[1:]} Meeting", body, False, place, None, "",
                                   met.end(), s, e, surface=("Meeting of the {}" if first else "{} Meeting").format(
                                       re.sub(r"\s+(?:have\s+|had\s+)?\w+$", "", written)))
            if place:
                self.fact(iri, "heldIn", place, (s, e), "meeting-held-in", 0.75)
            self.last_meeting = self.last_main_meeting = iri
            return iri
        return None

    def session_of_part(self, prior, body, lead) -> bool:
        """A meeting named before was one of a body inside this one (by the reference data's partOf), and the words
        before the noun ('extraordinary') are in its name: the same meeting, named by the larger body."""
        inner = self.body_of_meeting.get(prior)
        chain, seen = [], set()
        while inner and inner not in seen:
            seen.add(inner)
            parent = self.ref.graph.value(URIRef(inner), DKG.partOf)
            inner = str(parent) if parent is not None else None
            chain.append(inner)
        words = re.search(r"\b(?:the|this|that)\s+((?:[\w\-]+\s+){0,4})$", lead, re.I)
        label = self.entity(prior).label.lower()
        return body in chain and bool(words) and all(w in label for w in words[1].lower().split())

    def fronted_agents(self, fronted, meeting, s, e):
        """Each 'convened/hosted by X' of a fronted participle clause: X convenes or hosts the meeting."""
        for by in FRONTED_AGENT.finditer(self.text, fronted.start(), fronted.end()):
            at = by.end() + len(GOVERNMENT_LEAD.match(self.text, by.end()).group())
            prop = "hosts" if "host" in by["verb"].lower() else "convenes"
            for _, who in self.listed_from(at, fronted.end(), ("State", "Organization")):
                self.fact(who, prop, meeting, (s, e), "fronted-convened-by", 0.7)

    def fronted_participle(self, verb, meeting, pos, s, e):
        """'Chairing an informal meeting of the SAARC council of ministers held virtually on Thursday, Gyawali said
        ...': the participle's subject is the clause's, after the comma."""
        comma = self.text.find(",", pos, e)
        word = re.match(r"\s*(?:the\s+)?(?P<w>[A-Z][\w\-]+)", self.text[comma + 1:e]) if comma > 0 else None
        if not word:
            return
        at = comma + 1 + word.start("w")
        who = [i for m, i in self.in_span(at, min(e, at + 80), ACTOR) if m.start == at][:1] or \
            [i for i, ent in self.linked.entities.items() if ent.cls == "Person" and ent.label.split()[-1] == word["w"]][:1]
        if not who:  # ("..., Gyawali said": a surname alone names the person named in full before)
            return
        if re.match(r"(?i)chair", verb) and self.cls(who[0]) == "Person":
            self.presides(who[0], meeting, (s, e), "chaired-meeting")
        prop = "hosts" if re.match(r"(?i)host", verb) and self.cls(who[0]) != "Person" else "participatesIn"
        self.fact(who[0], prop, meeting, (s, e), "fronted-participle", 0.65)

    def hosting_reason(self, s, e):
        """'The Chairs, expressing their gratitude to the I.R. of Iran for hosting the Conference': whoever is thanked,
        praised or named for hosting or convening a meeting hosts or convenes it, whoever thanks them."""
        for why in FOR_HOSTING.finditer(self.text, s, e):
            # ("the Austrian team for the successful hosting ...": the state's team)
            who = [i for m, i in self.in_span(max(s, why.start() - 120), why.start(), ("State", "Organization"))
                   if re.fullmatch(r"\s*(?:\([^()]{1,20}\))?\s*(?:(?:team|government|delegation|authorities|presidency|"
                                   r"people|Government|Presidency)\s*)?", self.text[m.end:why.start()])]
            noun = why["noun"]
            kind = MEETING_NOUN.search(noun)
            head = kind["head"].lower() if kind else noun.split()[-1].lower()  # "hosting the General Assembly"
            named = re.sub(r"^(?:the|this|today['’]s|our)\s+", "", noun, flags=re.I).lower()
            # "for hosting the General Assembly": the session of the body so named
            of_body = [mt for mt, b in self.body_of_meeting.items() if b and self.entity(b).label.lower().endswith(named)]
            last = getattr(self, "last_meeting", None)
            # (a meeting named by another noun is neither this one nor the last one: "for hosting the Conference" at
            # a Council debate)
            meeting = (self.meeting or last) if re.match(r"(?i)this|today|our", noun) \
                else (of_body[-1:] or [None])[0] or self.meetings_by_head.get(head) \
                or (self.meeting if self.meeting and self.names_own_meeting(noun) and not self.another_numbered(noun) else None) \
                or (last if last and head in self.entity(last).label.lower() else None)
            if not who or not meeting or self.blocked(s, why.start(), future_ok=True):
                continue
            prop = "hosts" if why["verb"].lower().startswith("host") else "convenes"
            if not any(f.subject == self.state_of(who[-1]) and f.predicate == prop and f.object == meeting for f in self.facts[-40:]):
                self.fact(self.state_of(who[-1]), prop, meeting, (s, e), "for-hosting", 0.7)

    def hosted_people(self, s, e, sent) -> None:
        """'... the city where South African President X hosted China's President Y, Indian Prime Minister Z and some
        50 other leaders': at the meeting just told of, the host's state hosts it and the guests take part."""
        target = getattr(self, "last_meeting", None)
        verb = HOSTED_PEOPLE.search(sent) if target and "host" in sent else None
        if not verb or self.blocked(s, s + verb.start(), future_ok=True):
            return
        guests = [(m, i) for m, i in self.in_span(s + verb.end(), e, ("Person",))]
        hosts = [i for m, i in self.in_span(s, s + verb.start(), ("Person",))][-1:]
        if not guests or not hosts or self.in_span(s + verb.end(), guests[0][0].start, ("Organization", "Meeting")) \
                or len(self.text[s + verb.end():guests[0][0].start].split()) > 6:
            return
        people = hosts + [i for _, i in guests[:1] + self.listed_after(guests[0], e, ("Person",))]
        self.host_and_guests(people, target, (s, e), "hosted-leaders", "hosted-leaders", 0.6)

    def another_numbered(self, noun: str) -> bool:
        """'the First Meeting of States Parties' during the second one: a number the statement's meeting lacks."""
        ordinal = ANY_ORDINAL.search(noun)
        return bool(ordinal) and not self.numbers_own_session(ordinal)

    def person_hosted(self, subjects, meeting, noun_end, s, e):
        """'Foreign Secretary X hosted the 4th Trilateral Dialogue with Secretary Y and Vice Minister Z': the host
        and the guests take part, and the state the host represents hosts it."""
        people = [p for p in subjects if self.cls(p) == "Person"][:1]
        guests = WITH_GUESTS.match(self.text, noun_end, e) if people else None
        first = [(m, i) for m, i in self.in_span(guests.end(), e, ("Person",))][:1] if guests else []
        if first and len(self.text[guests.end():first[0][0].start].split()) <= 14:  # (the guest's title before the name)
            people += [i for _, i in first + self.listed_after(first[0], e, ("Person",))]
        if people:
            self.host_and_guests(people, meeting, (s, e), "hosted-with", "hosted-by-official", 0.65)

    def host_and_guests(self, people, meeting, span, rule, host_rule, confidence):
        """The host (first) and the guests take part; the state the host leads or represents hosts the meeting."""
        for p in dict.fromkeys(people):
            self.fact(p, "participatesIn", meeting, span, rule, confidence)
        state = self.stands_for(people[0])
        if state:
            self.fact(state, "hosts", meeting, span, host_rule, 0.6)

    def host_named_after(self, host_at, host_pos, mm, iri, s, e) -> bool:
        """'..., the SADC Chairperson and host of the Extra-ordinary Summit, HE Dr Sam Nujoma, ...': the host is the
        person the noun phrase introduces, not the body before it."""
        if host_at.group().lower() not in ("host", "hosts") or not re.fullmatch(
                r"hosts?\s+of\s+(?:the\s+)?(?:[\w\-–]+\s+){0,4}", self.text[host_pos:mm.start()], re.I):
            return False
        after = self.in_span(mm.end(), min(e, mm.end() + 60), ("Person", "State"))[:1]
        # ("The hosts of the summit Azerbaijan, located at ...": the state)
        gap = r",?\s+(?:the\s+)?" if after and self.cls(after[0][1]) == "State" else \
            r",\s+(?:(?:H\.?\s?E\.?|His|Her|Excellency|Dr\.?|Mr\.?|Ms\.?|Mrs\.?|Hon\.?)\s+){0,4}"
        if not after or not re.fullmatch(gap, self.text[mm.end():after[0][0].start]):
            return False
        self.fact(after[0][1], "hosts", iri, (s, e), "host-of-meeting", 0.7)
        return True

    def hospitality(self, s, e):
        """'Leaders expressed their appreciation to ... the Government and the people of Fiji, for the warm hospitality
        extended to all delegations': who is thanked for a meeting's hospitality hosted it."""
        meeting = getattr(self, "last_meeting", None) or self.meeting
        why = HOSPITALITY.search(self.text, s, e) if meeting else None
        if not why:
            return
        by = re.match(r"\s+(?:extended|offered|accorded|provided)\s+by\s+(?:the\s+)?(?:(?:Government|people|authorities)"
                      r"(?:\s+and\s+(?:the\s+)?people)?\s+of\s+(?:the\s+)?)?", self.text[why.end():e])
        if by:  # "the warm hospitality extended by the British Government and people"
            who = [i for m, i in self.in_span(why.end() + by.end(), e, ("State", "Organization"))
                   if m.start == why.end() + by.end()][:1]
        else:
            who = [i for m, i in self.in_span(s, why.start(), ("State", "Organization"))
                   if re.fullmatch(r"\s*(?:\([^()]{1,20}\))?\s*,?\s*", self.text[m.end:why.start()])]
        if who and self.cls(self.state_of(who[-1])) == "State" and self.body_of_meeting.get(meeting) != who[-1]:
            self.fact(self.state_of(who[-1]), "hosts", meeting, (s, e), "thanked-for-hospitality", 0.65)

    def elected_chair(self, s, e):
        """'The 85th session of the Conference ... elected as its President Mrs. X': she leads the session (the
        meeting named before the verb in the sentence), or the body that elected her."""
        for m, person in self.in_span(s, e, ("Person",)):
            elected = ELECTED_ITS.search(self.text, max(s, m.start - 90), m.start)
            if not elected or elected.end() != m.start:
                continue
            named = MEETING_NOUN.search(self.text, s, elected.start()) and getattr(self, "last_meeting", None)
            body = named or self.subject_before(s, elected.start())
            if body and self.cls(body) in ("Organization", "Meeting"):
                if self.cls(body) == "Meeting":
                    self.presides(person, body, (s, e), "elected-its-chair")
                    continue
                prop = "memberOf" if re.match(r"(?:Vice|Co)-", elected["title"]) else "leads"
                self.fact(person, prop, body, (s, e), "elected-its-chair", 0.75)

    def elected_chair_of(self, s, e):
        """'Dr X was elected Chair of RC71, and the ministers of Y and Z were elected Vice Chairs': X presides over
        the meeting that the acronym numbers, or the one named last (or leads the body: '... elected President of
        the Assembly')."""
        if not ELECT_OR_APPOINT.search(self.text[s:e]):
            return  # (one cheap look first)
        for m, person in self.in_span(s, e, ("Person",)):
            # "X, Foreign Minister of Nicaragua, was elected", "elected X of Switzerland as President of ..."
            apposed = APPOSED_OR_OF.match(self.text[m.end:e])
            verb_before = ELECTED_BEFORE.search(self.text, max(s, m.start - 60), m.start)
            elected = WAS_ELECTED.match(self.text, m.end, e) or (
                WAS_ELECTED.match(self.text, m.end + apposed.end(), e) if apposed else None) or (
                AS_CHAIR_OF.match(self.text, m.end, e) or (AS_CHAIR_OF.match(self.text, m.end + apposed.end() - (
                    1 if apposed.group().endswith(",") else 0), e) if apposed else None) if verb_before else None)
            if not elected or self.blocked(s, m.start):
                continue
            at = elected.end()
            its = re.match(r"(?:its\s+|their\s+)?(?:[\w\-]+\s+){0,2}(?:session|meeting)\b", self.text[at:e], re.I)
            elector = self.subject_before(s, verb_before.start()) if its and verb_before else None
            if elector and self.cls(elector) == "Organization":  # "The Assembly elected X as President of its 65th
                self.fact(person, "memberOf" if elected["vice"] else "leads", elector, (s, e), "elected-chair-of", 0.7)
                title = re.search(r"(?i)\b(?:chair(?:person)?|president)\b", elected.group())
                if title and not elected["vice"]:  # ("the incoming President thanked ...": X)
                    self.title_holders[title.group().lower()] = person
                continue  # session": X presides over the Assembly
            bodies = [i for bm, i in self.in_span(at, e, ("Organization",)) if bm.start == at]
            if bodies:
                self.fact(person, "memberOf" if elected["vice"] else "leads", bodies[0], (s, e), "elected-chair-of", 0.7)
                continue
            meeting = getattr(self, "last_meeting", None) or self.meeting
            numbered = re.match(r"[A-Z]{2,6}-?(\d{1,3})\b", self.text[at:e])
            if numbered:  # "Chair of RC71": the meeting numbered 71st
                meeting = next((i for i, ent in self.linked.entities.items() if ent.cls == "Meeting" and re.search(
                    rf"\b{numbered[1]}(?:st|nd|rd|th)\b", ent.label)), meeting)
            elif not re.match(r"(?:(?:this|the)\s+)?(?:[\w\-]+\s+){0,2}(?:session|meeting|conference|summit)\b", self.text[at:e], re.I):
                continue
            if meeting and elected["vice"]:
                self.fact(person, "participatesIn", meeting, (s, e), "elected-chair-of", 0.65)
            elif meeting:
                self.presides(person, meeting, (s, e), "elected-chair-of")

    def spoke_at(self, s, e):
        at = FRONTED_AT.match(self.text, s, e)
        target = getattr(self, "last_main_meeting", None) if at else None
        if not target:
            return
        for m, person in self.in_span(at.end(), min(e, at.end() + 120), ("Person",)):
            # (the clause's subject: titles and a possessive may come before the name, a verb after it)
            if re.fullmatch(r"(?:[\w'’\-.]+\s+){0,8}", self.text[at.end():m.start]) and \
                    re.match(r"\s+(?:\w+ly\s+|also\s+)?(?:[a-z]+ed|said|spoke|told)\b", self.text[m.end:e]):
                self.fact(person, "participatesIn", target, (s, e), "spoke-at", 0.6)
                return

    def new_chairs(self, s, e):
        """'Mozambican President X is the new AU chairman', '... became the new Chair of the AU': X leads the body."""
        if not NEW_INCOMING.search(self.text[s:e]):
            return  # (one cheap look first)
        for m, person in self.in_span(s, e, ("Person",)):
            new = IS_NEW_CHAIR.match(self.text, m.end, e)
            if not new or not (new["body"] or new["of"]):
                continue
            at = new.start("body") if new["body"] else new.end()
            bodies = [i for bm, i in self.in_span(at, e, ("Organization",)) if bm.start == at
                      and (new["of"] or bm.end == new.end("body"))]
            if bodies:
                self.fact(person, "leads", bodies[0], (s, e), "new-chair", 0.7)

    def congratulated_chair(self, s, e):
        """'I congratulate you, Ambassador X of Mexico, on your election as Chairperson of the Twentieth Session of the
        Conference': X chairs the statement's own session (or leads the body: '... as President of the Assembly')."""
        sent = self.text[s:e]
        if "election" not in sent and "appointment" not in sent and "assumption" not in sent:
            return  # (one cheap look first)
        election = ON_ELECTION.search(self.text, s, e)
        people = [i for m, i in self.in_span(s, election.start(), ("Person",))] if election else []
        if not people or self.blocked(s, election.start()):
            return
        at = election.end()
        session = re.match(r"(?:[\w\-]+\s+){0,3}?(?:session|meeting|conference)\b", self.text[at:e], re.I)
        if session and self.meeting:
            ordinal = SESSION_ORDINAL.search(self.text, at, at + session.end())  # ("the 60th IAEA General Conference")
            if re.match(r"(?:this|the\s+present|the\s+current)\b", self.text[at:e], re.I) or self.numbers_own_session(ordinal):
                self.presides(people[-1], self.meeting, (s, e), "congratulated-chair", session_of_body=not election["vice"])
            return
        bodies = [i for m, i in self.in_span(at, e, ("Organization",)) if m.start == at]
        if bodies and not election["vice"]:
            self.fact(people[-1], "leads", bodies[0], (s, e), "congratulated-chair", 0.7)

    def addressed_chair(self) -> None:
        """'Chairperson Kurz, distinguished ministers, colleagues,': the chair the speech opens by addressing presides
        over the statement's meeting."""
        if not self.meeting or self.doc.kind != "Statement":
            return
        for line in re.finditer(r"[^\n]+", self.text[:self.doc.body_start + 300]):
            if line.end() <= self.doc.body_start or not line.group().rstrip().endswith(","):
                continue  # (the salutation: a line that ends with a comma, below the title block)
            for m, person in self.in_span(line.start(), line.end(), ("Person",)):
                if ADDRESSED_CHAIR.search(self.text, max(line.start(), m.start - 40), m.start) and person != self.speaker:
                    self.presides(person, self.meeting, (line.start(), line.end()), "addressed-chair")
            return

    def numbers_own_session(self, ordinal) -> bool:
        """Does an ordinal ('Twentieth', '20th') number the session the title block names ('TWENTIETH SESSION ...')?"""
        header = self.doc.header.meeting.text if self.doc.header.meeting else self.entity(self.meeting).label if self.meeting else ""
        if not (ordinal and header):
            return False
        word = ordinal.group().split()[0].lower()
        number = _ordinal_number(word)  # ("the Seventy-Ninth session" under "the 79th Session")
        return word in header.lower() or bool(number and any(_ordinal_number(w) == number for w in
                                                             re.findall(r"[\w\-]+", header.lower())))

    def own_meeting_named(self, mm, s, e) -> None:
        """A title block's 'TWENTIETH SESSION OF THE CONFERENCE OF THE STATES PARTIES' names no treaty; the text's
        'the Twentieth Session of the Conference of the States Parties to the CWC' does: the body of the same session,
        named with the same ordinal."""
        if self.body_of_meeting.get(self.meeting) or not self.doc.header.meeting:
            return
        if not self.numbers_own_session(ORDINAL_BEFORE.search(self.text, max(s, mm.start() - 30), mm.start())):
            return
        of = MEETING_OF.match(self.text, mm.end(), e)
        bodies = [i for m, i in self.in_span(of.end(), e, ("Organization",)) if m.start == of.end()] if of else []
        if bodies:
            self.body_of_meeting[self.meeting] = bodies[0]
            self.fact(self.meeting, "meetingOf", bodies[0], (s, e), "own-meeting-named", 0.75)

    def host_apposition(self, s, e):
        """'the President of Honduras, José Manuel Zelaya Rosales, host of the meeting': he (or the state) hosts the
        meeting named last."""
        target = getattr(self, "last_meeting", None) or self.meeting
        if not target or "host" not in self.text[s:e]:
            return
        for m, who in self.in_span(s, e, ("Person", "State")):
            if HOST_APPOSITION.match(self.text, m.end, e):
                self.fact(who, "hosts", target, (s, e), "host-apposition", 0.7)

    def briefers(self, s, e):
        """'I thank Under-Secretary-General DiCarlo for her briefing and President Zelensky for addressing this
        Council': those thanked for what they said at the meeting of the statement took part in it."""
        if not self.meeting or self.doc.kind != "Statement" or not THANKED_FOR_WORDS.search(self.text, s, e):
            return
        them = re.search(r"\b(?:thank\w*|grateful\s+to)\s+them\b", self.text[s:e])
        for m, person in self.in_span(s, e, ("Person",)):
            # ("... the presence of X and of Y, and we wish to thank them for attending this ceremony")
            after = s + them.end() if them and m.end <= s + them.start() else m.end
            if BRIEFED.match(self.text, after, e) and THANKING.search(self.text, s, after) \
                    and person != self.speaker and not self.blocked(s, m.start):
                self.fact(person, "participatesIn", self.meeting, (s, e), "thanked-for-briefing", 0.65)

    def presides(self, person, meeting, span, rule, session_of_body=False) -> None:
        """Who chairs a meeting convenes it and takes part in it (dkg:leads is for bodies and states, not meetings).
        session_of_body: elected President or Chair of a body's numbered session, one also leads the body for it
        ('President of the 60th IAEA General Conference')."""
        self.fact(person, "convenes", meeting, span, rule, 0.7)
        self.fact(person, "participatesIn", meeting, span, rule, 0.7)
        body = self.body_of_meeting.get(meeting) if session_of_body else None  # (header meetings are recorded there too)
        if body:
            self.fact(person, "leads", body, span, rule, 0.6)

    def chaired_proceedings(self, s, e):
        """'The Prime Minister of X, the Honourable Y, chaired the proceedings': Y presides over the meeting named last."""
        target = getattr(self, "last_meeting", None) or self.meeting
        verb = CHAIRED_PROCEEDINGS.search(self.text, s, e) if target and "ed " in self.text[s:e] else None
        if verb and not self.blocked(s, verb.start()):
            for who in self.subjects_before(s, verb.start()):
                if self.cls(who) == "Person":
                    self.presides(who, target, (s, e), "chaired-proceedings")

    def addressed_it(self, s, e) -> None:
        """'Addressing the closing session of the Summit, Prime Minister X said ...': X took part in it."""
        lead = ADDRESSING.match(self.text, s, e)
        target = getattr(self, "last_meeting", None)
        comma = self.text.find(",", lead.end(), e) if lead else -1
        if comma < 0 or not target or not MEETING_NOUN.search(self.text, lead.end(), comma):
            return
        # the clause's subject: the first person after the comma, with only their title between
        speaker = [i for m, i in self.in_span(comma, min(e, comma + 120), ("Person",)) if "," not in self.text[comma + 1:m.start]][:1]
        if speaker:
            self.fact(speaker[0], "participatesIn", target, (s, e), "addressed-meeting", 0.65)

    def took_part_there(self, s, e):
        """'A, B and C all participated as observers': taking part with no meeting named is taking part in the
        meeting named last."""
        sent = self.text[s:e]
        target = getattr(self, "last_meeting", None) or self.meeting
        verb = PARTICIPATED_THERE.search(self.text, s, e) or (
            ARRIVED_FOR.search(self.text, s, e) if any(w in sent for w in ARRIVAL_WORDS) else None)
        if verb and re.search(r"\b(?:opening|closing|inaugural)\b", verb.group()):  # the meeting's own ceremony
            target = getattr(self, "last_main_meeting", None) or self.meeting or target
        if not target or not verb or self.blocked(s, verb.start()):
            return
        subjects = self.subjects_before(s, verb.start())
        if not subjects:  # "UN Secretary General A, AL chief B and representatives of the African Union also attended"
            clause = self.clause_start(s, verb.start())
            subjects = [i for m, i in self.in_span(clause, verb.start(), ACTOR) if self.cls(i) == "Person" or re.search(
                r"\b(?:representatives|delegations?|envoys)\s+(?:of|from)\s+(?:the\s+)?$", self.text[max(s, m.start - 30):m.start])]
        for who in subjects:
            if self.cls(who) in ACTOR:
                self.fact(who, "participatesIn", target, (s, e), "took-part-there", 0.6)

    def hosted_where(self, s, verb, noun) -> str | None:
        """'Santiago will host a regional meeting', 'Namibia hosted in Windhoek the annual meeting': the city, from the
        host verb at `verb` to the meeting noun at `noun`."""
        subject = [(m, i) for m, i in self.in_span(s, verb, ("Place",)) if not self.text[m.end:verb].strip(" ,")
                   or re.fullmatch(r"\s+(?:will|would|is|was|has|have|had|also|to)(?:\s+\w+)?\s*", self.text[m.end:verb])]
        between = [(m, i) for m, i in self.in_span(verb, noun, ("Place",))
                   if re.search(r"\b(?:in|at)\s+$", self.text[max(verb, m.start - 4):m.start])]
        return next((i for _, i in subject or between), None)

    def took_part(self, meeting, lead, pos, s, e, noun_end=None):
        """'Minister X today took part in the 29th ... meeting', 'Kenya attended the summit': who takes part (and
        those 'alongside' them: '... were present at the summit, alongside Palestinian leader Mahmoud Abbas')."""
        long_lead = self.text[max(s, pos - 160):pos]  # (a long name: "met here for the BRICS Ministers of ... meeting")
        verb = PARTICIPATE.search(long_lead)
        lead = long_lead if verb else lead
        during = SAID_DURING.search(lead)
        if not verb and during:  # "..., said the Cabinet Secretary for Health, Dr. X during the 70th Assembly"
            at = pos - len(lead) + during.start()  # ("X during ...", "X said at the opening of the summit")
            people = [i for m, i in self.in_span(s, pos, ("Person",))
                      if re.fullmatch(r"(?:\s+(?:said|says|stated|told|noted|declared|stressed|added))?", self.text[m.end:at])]
            if people and re.search(r"\b(?:said|says|told|stated|noted|stressed|added|announced|speaking)\b",
                                    self.text[s:pos]):
                self.fact(people[0], "participatesIn", meeting, (s, e), "spoke-during", 0.65)
        if not verb:
            return
        at = pos - len(lead) + verb.start()
        if self.blocked(s, at, future_ok=True):  # "X will participate in ...": an announced part is a fact
            return
        subjects = self.subjects_before(s, at)
        if subjects and self.cls(subjects[0]) == "Person" and (re.match(r"(?i)met|gathered", verb.group()) or re.match(
                r"(?i)participat|attend|took", verb.group()) and not TOLD_BY.search(self.text, s, at)):
            # "The Presidents of X, A; of Y, B; ... and C gathered in Asunción ...": every one of them
            # ("UAE Vice President HH X; King Y of Saudi Arabia, ...; HH the Emir of Kuwait Z participated in the summit")
            subjects = list(dict.fromkeys(subjects + [i for _, i in self.in_span(s, at, ("Person",))]))
        along = ALONGSIDE.match(self.text, noun_end, e) if noun_end and subjects else None
        if along:
            subjects += [i for m, i in self.in_span(along.end(), e, ("Person",))]
        for who in subjects:
            if self.cls(who) in ACTOR and who != self.body_of_meeting.get(meeting):  # a body opens its own session
                self.fact(who, "participatesIn", meeting, (s, e), "took-part-in", 0.7)

    def leaders_held(self, meeting, lead, pos, s, e):
        """'The Heads of State, their Excellencies President A of X, President B of Y and ..., held the 17th Ordinary
        Summit': the people who hold a meeting take part in it, with their states."""
        held = PEOPLE_HELD.search(lead)
        at = pos - len(lead) + held.start() if held else None
        if not held or self.blocked(s, at) or re.search(r"\b(?:was|were|been|be)\s+$", self.text[max(s, at - 12):at]):
            return
        people = [i for m, i in self.in_span(self.clause_start(s, at), at, ("Person",))]
        if people and not self.in_span(at, pos, ACTOR):
            for person in people:
                self.fact(person, "participatesIn", meeting, (s, e), "leaders-held", 0.65)
                state = self.stands_for(person)
                if state:
                    self.fact(state, "participatesIn", meeting, (s, e), "leaders-held", 0.6)

    def chaired_by(self, meeting, pos, s, e):
        """'... was chaired by the President of the European Council, Mr X': the person leads the meeting (a state
        or body in the chair convenes it)."""
        by = CHAIRED_BY.match(self.text, pos, e)
        # "The Summit ... was held in X on <date>, and was chaired by": the meeting is the subject, no verb before it
        if not by and not re.search(r"\b(?:is|are|was|were|has|have|had|will|said|says)\b", self.text[s:pos]):
            by = SHARED_CHAIRED_BY.search(self.text, pos, e)
        if not by or self.blocked(s, by.start(), future_ok=True):
            return
        chair = [(m, i) for m, i in self.in_span(by.end(), min(e, by.end() + 120), ("Person", "State", "Organization"))]
        people = [(m, i) for m, i in chair if self.cls(i) == "Person"]
        if people and ";" not in self.text[by.end():people[0][0].start]:
            self.presides(people[0][1], meeting, (s, e), "chaired-by", session_of_body=True)
        elif chair and chair[0][0].start == by.end():  # "co-chaired by Afghanistan and China": each of them
            for _, c in [chair[0]] + self.coordinated(chair[0], ("State", "Organization")):
                self.fact(c, "convenes", meeting, (s, e), "chaired-by", 0.65)

    def hosted_after(self, meeting, pos, s, e):
        """'..., which Ethiopia is hosting', '... was convened by the Ministry of Foreign Affairs'."""
        where = WHERE_WHEN.match(self.text, pos, e)
        pos = where.end()  # "a Symposium on Radiotherapy in Africa hosted by ...", "... of X to be held in Y on <date>"
        which = WHICH_HOSTS.match(self.text, pos, e)
        if which:
            hosts = [i for m, i in self.in_span(which.start("who"), which.end("who"), ("State", "Organization"))]
            if hosts:
                self.fact(hosts[0], "hosts", meeting, (s, e), "which-hosts", 0.7)
            where = [i for m, i in self.in_span(which.end(), e, ("Place",)) if m.start == which.end()] if which["in"] else []
            if where:  # "..., which Switzerland will host in Geneva"
                self.fact(meeting, "heldIn", where[0], (s, e), "which-hosts-in", 0.7)
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
        with_partners = ORGANISED_WITH.match(self.text, pos, e)
        for _, partner in self.listed_from(with_partners.end(), e, ("State", "Organization")) if with_partners else []:
            # "The event (was) organized jointly with the OSCE Center and UNODC": each partner convenes it
            self.fact(partner, "convenes", meeting, (s, e), "organised-with", 0.65)
        self.chaired_by(meeting, pos, s, e)
        opened = OPENED_BY.match(self.text, pos, e)
        if opened:  # "The Summit was declared open by the host President X": the opener takes part (and hosts)
            who = [i for m, i in self.in_span(opened.end(), min(e, opened.end() + 80), ACTOR)  # (after the title)
                   if re.fullmatch(r"(?:[A-Z][\w\-.]*\s+){0,4}", self.text[opened.end():m.start])][:1]
            for i in who:
                self.fact(i, "participatesIn", meeting, (s, e), "opened-by", 0.65)
                if opened["host"]:
                    self.fact(i, "hosts", meeting, (s, e), "opened-by-host", 0.6)
        held_in = HELD_IN_STATE.match(self.text, pos, e)
        if held_in:  # "The 6th CELAC Summit was convened in Mexico": the country a meeting is held in hosts it
            states = [i for m, i in self.in_span(held_in.end(), e, ("State",)) if m.start == held_in.end()]
            if states:
                self.fact(states[0], "hosts", meeting, (s, e), "held-in-country", 0.6)
        under = UNDER_AUSPICES.search(self.text, pos, e)
        if under:
            owner = under.end("owner") if under["owner"] else None
            who = [i for m, i in self.in_span(under.start(), e, ("State", "Organization", "Person"))
                   if (m.end == owner if owner else re.fullmatch(NAME_HONORIFICS, self.text[under.end():m.start]))]
            if who and self.cls(who[0]) == "Person":  # "under the Chairmanship of H.E Mr. X": X presides
                self.presides(who[0], meeting, (s, e), "under-chairmanship", session_of_body=True)
            elif who:  # "under the co-sponsorship of the UNU, the Foreign Ministry and the JIIA": each of them
                first = [(m, i) for m, i in self.in_span(under.start(), e, ("State", "Organization")) if i == who[0]][:1]
                for c in [who[0]] + [i for _, i in (self.coordinated(first[0], ("State", "Organization")) if first else [])]:
                    self.fact(c, "convenes", meeting, (s, e), "under-auspices", 0.65)

    def new_meeting(self, head, written, body, body_after, place, topic, mods, after, s, e, same_as=None,
                    of_text=None, fresh=False, surface=None, year=None) -> str:
        """A meeting named in the text. same_as: an earlier, vaguer mention of a meeting of the same kind (a
        headline's 'peace conference' before 'an international conference on demining in Lausanne'), which
        this one names more fully: the same node, with the fuller name."""
        mods = re.sub(r"^(?:The|A|An|This|That)(?:\s+|$)", "", mods or "")  # "The annual Leaders' Meeting": no article
        # (a numbered session is dated by what follows its name: "..., who led the delegation in 2003, as President of
        # its 70th session" does not date the session)
        ordinal = SESSION_ORDINAL.search(f"{mods} {written}")
        stated = self.when(after, e) or self.when(s, e)
        if stated and ordinal and body and len(stated) < 10 and not self.when(after, e):
            stated = None  # (a year alone, before the name)
        dateline = self.doc.header.date_span
        if stated and dateline and s <= dateline.start < e and not self.when(after, e) and UPCOMING.search(self.text, s, e):
            stated = None  # "Gaborone, 7th August 2024: SADC will hold a workshop": the day the news is filed
        when = year or stated or (self.doc.header.date or "")[:4]  # (a year in the name: "UNGASS 2016")
        body_label = self.entity(body).label if body else None
        place_label = self.entity(place).label if place else None
        # ("Arab League summit": the words before the noun may name the body already)
        named_in_mods = bool(body and mods) and (body_label in mods or any(g.key == body for g in
                                                                          gazetteer_mentions(mods, self.ref)))
        name = " ".join(x for x in (mods, body_label if body and not body_after and not named_in_mods else None, written) if x)
        if body_after:
            name += " " + " ".join(of_text.split()) if of_text else f" of the {body_label}"
        if topic:
            name += f" {topic}" if topic.startswith("of ") else f" on {topic}"
        label = name + (f" in {place_label}" if place else "")
        label = label[0].upper() + label[1:] + (f" ({when})" if when else "")
        numbered = re.search(r"\d+(?:st|nd|rd|th)\b", mods or "") if body else None
        # "the 83rd Ordinary Session" of a body is one meeting wherever and however its date is written
        key = slug(" ".join(x for x in (body.rsplit("/", 1)[-1], numbered.group(), head) if x)) if numbered else \
            slug(" ".join(x for x in (body.rsplit("/", 1)[-1] if body else None, mods, head,
                                      " ".join((topic or "").split()[:6]), place_label, when) if x))
        if not (body or mods or topic or place):  # "the meeting" of one news item is no other item's "meeting (2024)"
            key = slug(f"{self.doc.id} {key}")
        # a headline's "SCO Heads of State Council Meeting" and the lead's "The meeting of the Heads of State Council
        # of the SCO ... in Astana": one body's meeting of one kind is one meeting in a text, unless "the next" one
        same_kind = self.meeting_of_kind.get((body, head)) if body and not numbered and not fresh else None
        # "a joint conference on disarmament and nonproliferation", then "The 18th Joint Conference on Disarmament &
        # Nonproliferation Issues": one meeting (under the numbered one's IRI, see below)
        again = self.named_again(head, name) if not (same_as or same_kind or fresh) else None
        if again and not numbered:
            same_as = again
        if same_as or same_kind:
            iri = same_as or same_kind
            old = self.linked.entities[iri]
            fuller = len(label) > len(old.label)
            self.linked.entities[iri] = dataclasses.replace(old, label=label if fuller else old.label, alt_labels=tuple(
                sorted(set(old.alt_labels) | {name[0].upper() + name[1:], old.label if fuller else label} - {label if fuller else old.label})))
        else:
            # (named again, "the 38th Ordinary Summit of ..." after "the 38th SADC Summit": each name is one of its names)
            name = name[0].upper() + name[1:]
            names = {name, " ".join(surface.split())} - {label, ""} if surface else {name} - {label}
            iri = self.linked.add(Entity(str(ID[f"meeting/{key}"]), "Meeting", label, tuple(sorted(names))))
        unnumbered = (self.meeting_of_kind.get((body, head)) or again) if numbered else None
        if unnumbered and unnumbered != iri and unnumbered not in self.numbered_meetings:
            self.rename(unnumbered, iri)  # the headline's "CELAC Summit" is the lead's "6th Summit of the CELAC"
        elif numbered and body:
            self.headline_event(iri, body, after)
        title = self.doc.header.title
        bodiless = self.meetings_by_head.get(head)
        if body and title and after > title.end and bodiless in self.headline_meetings and bodiless != iri \
                and self.body_of_meeting.get(bodiless) is None and bodiless in self.linked.entities:
            self.rename(bodiless, iri)  # "APEC leaders launch annual meeting", then "The annual Leaders' Meeting of APEC"
            self.headline_meetings.discard(bodiless)
        if self.doc.kind != "Statement" and title and s < title.end and after <= title.end and iri not in self.numbered_meetings:
            self.headline_meetings.add(iri)
        if numbered:
            self.numbered_meetings.add(iri)
        self.meetings_by_head[head] = iri
        self.body_of_meeting[iri] = body
        if body:
            self.meeting_of_kind[(body, head)] = iri
            self.fact(iri, "meetingOf", body, (s, e), "meeting-of-body", 0.6)
        self.date_meeting(iri, stated, s, e)  # "... opened on the 17th of December 2019 in Abuja"
        return iri

    def title_case(self, s: int, e: int) -> bool:
        """A headline in title case ('Prime Minister Attends BRICS Summit In Johannesburg') capitalises its verbs."""
        words = re.findall(r"[A-Za-z]{4,}", self.text[s:e])
        return len(words) >= 4 and not any(w[0].islower() for w in words)

    def written_from(self, s: int, e: int, pos: int) -> int:
        """Where the words of a meeting's name begin before its head noun at pos: 'The 31st Arab League (AL) Summit'
        from '31st'. In a title-case headline only known names and numbers count ('Attends' is no part of it)."""
        title_case = self.title_case(s, e)
        base = max(s, pos - 120)
        known = [(m.start, m.end) for m, _ in self.in_span(base, pos)] if title_case else []
        left = pos
        for w in reversed(list(re.finditer(r"\S+", self.text[base:pos]))[-8:]):
            a, b = base + w.start(), base + w.end()
            if not NAME_WORD.fullmatch(w.group()) or NOT_NAME_WORD.fullmatch(w.group()):
                break
            if title_case and not (FIRM_NAME_WORD.fullmatch(w.group()) or any(x <= a and b <= y for x, y in known)):
                break
            left = a
        return left

    def named_by_its_place(self, head: str, pos: int, s: int) -> str | None:
        """'the Kyiv Summit', 'the Baky Summit': a meeting named by the city it is held in is the one of that kind
        this text has told of as held there."""
        city = re.search(r"(?:[A-Z][\w\-]*\s+){1,3}$", self.text[max(s, pos - 40):pos])
        if not city:
            return None
        held = [f.subject for f in self.facts if f.predicate == "heldIn" and f.subject in self.linked.entities
                and self.entity(f.object).label.casefold() == city.group().strip().casefold()
                and head in self.entity(f.subject).label.lower()]
        return held[-1] if held else None

    def named_again(self, head: str, name: str) -> str | None:
        """The meeting of this kind told of before, when one name holds every word of the other (three words at least:
        'a joint conference on disarmament and nonproliferation', then 'the 18th Joint Conference on Disarmament &
        Nonproliferation Issues'); never two numbers of a series."""
        prior = self.meetings_by_head.get(head)
        if prior is None or prior not in self.linked.entities:
            return None
        old = self.linked.entities[prior]
        new_words = _content_words(name)
        for known in (old.label, *old.alt_labels):
            words = _content_words(re.sub(r"\s*\([^()]*\)$", "", known))
            numbers = {w for w in words | new_words if SESSION_ORDINAL.fullmatch(w)}
            if min(len(words), len(new_words)) >= 3 and (words <= new_words or new_words <= words) and len(numbers) <= 1:
                return prior
        return None

    def at_the_invitation(self, iri: str, s: int, e: int) -> None:
        """'The Prime Ministers met in Prague at the invitation of the Czech Prime Minister, X': who invited them
        hosts the meeting (the person named, else the state or body)."""
        invited = AT_INVITATION.search(self.text, s, e)
        if not invited:
            return
        named = [(m, i) for m, i in self.in_span(invited.end(), min(e, invited.end() + 80), ACTOR)]
        people = [i for m, i in named if self.cls(i) == "Person" and m.start - invited.end() <= 45
                  and not re.search(r"\band\b|[;.]", self.text[invited.end():m.start])]  # (the post, then the name)
        host = people[0] if people else named[0][1] if named and named[0][0].start - invited.end() < 8 else None
        if host:
            self.fact(self.state_of(host), "hosts", iri, (s, e), "at-the-invitation", 0.7)

    def name_as_written(self, iri: str, mm, s: int, e: int) -> None:
        """Each way the text names a meeting is one of its names: 'The 31st Arab League (AL) Summit' (also without
        the bracket), 'the Eleventh Session of the Islamic Summit Conference', and its body's name as written before
        the head noun ('BRICS summit' for 'its three-day summit' of the BRICS). Analysts cite meetings by these."""
        start, end = mm.start(), mm.end()
        left = self.written_from(s, e, start)
        forms = {self.text[left:end]}
        tail = NAME_TAIL.match(self.text, end, e)
        if tail:
            forms.add(self.text[left:tail.end()])
        body = self.body_of_meeting.get(iri)
        if body and not isinstance(mm, NumberedSession):  # "BRICS summit", "31st Arab League Summit"
            number = re.match(SESSION_ORDINAL.pattern + r"\s+", self.text[left:end])
            numbered = number or SESSION_ORDINAL.search(self.linked.entities[iri].label)
            for m, i in self.linked.mentions:
                if i == body and m.text[:1].isupper() and not m.rule.startswith("anaphora"):  # (not "the Council")
                    forms.add(f"{number.group()}{m.text} {mm.group()}" if number else "" if numbered else
                              f"{m.text} {mm.group()}")  # (a numbered session's name keeps its number)
        forms = {" ".join(f.split()) for f in forms | {BRACKETED.sub("", f) for f in forms}}
        old = self.linked.entities[iri]
        if re.search(r"[^s]s$", mm.group()):  # "the latest in a series of regional conferences on X": one of them
            plural = re.compile(rf"(?i)\b({re.escape(mm.group()[:-1])})s\b")
            forms |= {plural.sub(r"\1", re.sub(r"\s*\([^()]*\)$", "", f)) for f in forms | {old.label, *old.alt_labels}}
        head = re.compile(rf"(?i)\b{re.escape(mm.group())}\b")
        seen = {n.casefold() for n in (old.label, *old.alt_labels)}
        names = {f for f in forms if len(f) <= 150 and f.casefold() not in seen
                 and re.search(r"[A-Z\d]|[a-z]-[a-z]", head.sub("", f, count=1))
                 and not any(m.end - m.start == len(f) for m in gazetteer_mentions(f, self.ref))}  # (a body's name:
        # "the nineteenth Conference of the Parties" is a session of the body called "Conference of the Parties")
        alt_labels = tuple(sorted(set(old.alt_labels) | names))
        if alt_labels != old.alt_labels:
            self.linked.entities[iri] = dataclasses.replace(old, alt_labels=alt_labels)

    def date_meeting(self, iri: str, stated: str | None, s: int, e: int) -> None:
        """The meeting's day, when the sentence gives a whole one (not a year or a month alone)."""
        if stated and re.fullmatch(r"\d{4}-\d\d-\d\d", stated):
            self.fact(iri, "date", stated, (s, e), "meeting-date", 0.6, True, "date")

    def ordinal_of(self, iri: str) -> str | None:
        number = re.search(r"\b\d+(?:st|nd|rd|th)\b", self.entity(iri).label)
        return number.group() if number else None

    def headline_event(self, iri: str, body: str, named_at: int) -> None:
        """'OSCE Foreign Ministers meeting' in a headline, 'the 22nd Ministerial Council of the OSCE' in the lead: the
        headline's unnumbered meeting of the same organisation is this numbered one (not one named further on as
        'the upcoming 44th and 45th ASEAN Summits')."""
        title = self.doc.header.title
        if title and (named_at - title.end > 700 or ANOTHER_TIME.search(self.text, max(0, named_at - 150), named_at)):
            return
        top = self.top_of(body)
        same = [] if top is None else [h for h in self.headline_meetings if h != iri and h in self.linked.entities
                and not (h in self.numbered_meetings and self.ordinal_of(h) != self.ordinal_of(iri))  # (12th, then 13th)
                and self.top_of(self.body_of_meeting.get(h)) == top]
        if len(same) == 1:
            self.rename(same[0], iri)
            self.headline_meetings.discard(iri)

    def place_before(self, s, pos) -> str | None:
        """'Member States met over the weekend in Mexico City at the 6th Summit of CELAC': met in X at the meeting."""
        for m, i in reversed(self.in_span(s, pos, ("Place",))):
            if re.search(r"\bin\s+(?:the\s+)?$", self.text[max(s, m.start - 12):m.start]) and \
                    re.fullmatch(r"(?:\s*\([^()]{1,40}\))?(?:,\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,2},)?"
                                 r"(?:\s+on\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4},?)?\s+(?:at|for|on\s+the\s+occasion\s+of)\s+(?:the\s+|a\s+)?[“\"]?"
                                 r"(?:[\w\-]+\s+){0,6}", self.text[m.end:pos]):  # ("in Asunción, Paraguay, at the ...")
                return i
        return None

    def dateline_place(self, s, e) -> str | None:
        """A news item's lead sentence reports from where its event happens: 'PHNOM PENH, 5 August 2022 - The
        minister took part in the meeting'."""
        place = self.doc.header.place
        if self.doc.kind == "Statement" or place is None or ONLINE.search(self.text, s, e) or UPCOMING.search(self.text, s, e):
            return None  # ("The symposium was held online": no venue, whatever the dateline; "will hold a workshop": the
            # news is filed before it, from anywhere)
        line_end = self.text.find("\n", place.end)
        # the lead sentence holds the dateline, or follows it on the next line ("Kathmandu, December 17:\n\nNepal ...")
        own_line = 0 <= line_end - place.start < 60  # "Kathmandu, December 17:" standing alone above the lead
        if not (s <= place.start < e or (own_line and line_end <= s and not self.text[line_end:s].strip())):
            return None
        known = next((i for m, i in self.in_span(place.start, place.end, ("Place",))), None)
        if known or self.in_span(place.start, place.end, ("State", "Organization")):
            return known
        # "San Pedro Sula, Honduras – ...": a town the lists do not hold is still where the event is (not a word the
        # text also writes in small letters: "... International Migration, 15 March 2011" ends a cut headline)
        if re.search(rf"\b{re.escape(place.text.strip().lower())}\b", self.text):
            return None
        return self.linked.add(Entity(str(ID[f"place/{slug(place.text)}"]), "Place", " ".join(place.text.split())))

    def place_after(self, pos, e) -> str | None:
        """'... in Mombasa', 'at a Nairobi hotel': a known place, or a capitalised name after 'in' that no list holds."""
        end = min(e, pos + 260)
        stop = re.search(r"\b(?:is|are|was|were|will|would|has|have|had|said|says|expected|announced)\b"
                         r"(?!\s+(?:be\s+|been\s+|being\s+)?(?:\w+ly\s+)?(?:held|hosted|convened|organi[sz]ed|opened|"
                         r"declared\s+open|inaugurated)\b)"
                         r"(?!\s+(?:due|set|scheduled|expected|slated)\s+to\s+(?:kick\s+off|open|start|begin|take\s+place|be\s+held)\b)"
                         r"|[;:]|"
                         # "takes place during the same week that Presidents X and Y met in Brasilia": another event's
                         r"\b(?:week|day|days|month|year|time|moment|period)\s+(?:that|when|in\s+which)\b", self.text[pos:end])
        bodies = [(m.start, m.end) for m, _ in self.in_span(pos, end, ("Organization",))]
        nxt = next((n for n in MEETING_NOUN.finditer(self.text, pos, end)  # "the Accra Conference Centre" is no meeting
                    if not any(a <= n.start() < b for a, b in bodies)  # (nor "the Summit's plenary session in Lima")
                    and not OPEN_BRACKET.search(self.text, pos, n.start())  # (nor its theme in brackets)
                    and not PART_OF_MEETING.search(self.text, max(0, n.start() - 40), n.start())), None)
        end = min(end, pos + stop.start() if stop else end, nxt.start() if nxt else end)
        window = self.text[pos:end]
        for m, i in self.in_span(pos, end, ("Place", "State")):
            if re.search(r"\b(?:in|at)\s+(?:the\s+|a\s+)?(?:[\w\-]+,?\s+){0,5}?$", self.text[pos:m.start]) and self.cls(i) == "Place" \
                    and not REGION.fullmatch(self.entity(i).label):  # "a Symposium on Radiotherapy in Africa": its theme
                return i
        # "... in Africa kicked off in Oran": the first 'in X' that is no region, within a few words
        # (or anywhere after "took place" or "was held": "This workshop focused on ... and took place in Hyderabad")
        candidates = [n for n in IN_NAME.finditer(window) if len(window[:n.start()].split()) <= 8
                      or re.search(r"\b(?:took\s+place|held|convened)(?:\s+(?:on|from)\s+[\w\s,\-–]{1,30}?)?$", window[:n.start()])]
        # (or after its days: "was held on 18-19 June 2007 in Baky")
        new = next((n for n in candidates if not REGION.fullmatch(n["name"])), None) or VENUE.match(window)
        named = (pos + new.start("name"), pos + new.end("name")) if new else None
        if new and not any(m.start < named[1] and named[0] < m.end for m, _ in self.in_span(pos, min(len(self.text), end + 200))) \
                and new["name"] not in NOT_PLACE \
                and not REGION.fullmatch(new["name"]) and not (new["name"].endswith("ing") and re.match(
                    r"\s+(?:the|a|an|our|their|its|his|her)\b", window[new.end("name"):])):  # "in Achieving the SDGs", not "in Nanning"
            name = new["name"]
            iri = self.linked.add(Entity(str(ID[f"place/{slug(name)}"]), "Place", name))
            m = Mention(pos + new.start("name"), pos + new.end("name"), name, "Place", iri, "place-after-in")
            self.add_mention(m, iri)
            return iri
        return None

    def represented_there(self, s, e, target) -> None:
        """'Australia and Papua New Guinea were represented at Ministerial level', 'French Polynesia was represented by
        its Vice President, and New Zealand by its Deputy Prime Minister': in a meeting's account, they took part."""
        if target is None:
            return
        for verb in WAS_REPRESENTED.finditer(self.text, s, e):
            last = [(m, i) for m, i in self.in_span(s, verb.start(), ("State",)) if m.end == verb.start()]
            if not last:
                continue
            listed = [x for x in self.in_span(s, verb.start(), ("State",))
                      if x == last[0] or last[0] in self.coordinated(x, ("State",))]
            gapped = GAPPED_BY_ITS.match(self.text, self.text.find(",", verb.end(), e) if "," in self.text[verb.end():e] else e, e)
            more = self.in_span(gapped.start("state"), gapped.end("state"), ("State",)) if gapped else []
            for state in dict.fromkeys(i for _, i in listed + more):
                self.fact(state, "participatesIn", target, (s, e), "represented-there", 0.65)

    def participants(self, s, e, sent):
        """'The participants will include A, B and C' / 'attended by A and B' -> each participatesIn the meeting."""
        lowered = sent.lower()
        if "represented" in lowered:
            self.represented_there(s, e, getattr(self, "last_meeting", None) or self.meeting)
        if not any(w in lowered for w in PARTICIPANT_WORDS):  # (one cheap look first: most sentences name no participants)
            return
        part = PARTICIPANTS.search(sent)
        target = getattr(self, "last_meeting", None) or self.meeting
        if target:
            self.participation_of(s, e, target)
            self.in_attendance(s, e, target)
        if not part or not target:
            return
        # "Also present were the heads of state of Qatar, Kuwait and Yemen": the states take part through them
        came = re.match(r"(?i)the\s+participants\s+(?:came|were)\s+from\b", sent) or part["present"]
        # "attended by Heads of State, Government, and Territories from the Cook Islands, Fiji, ...": their states
        first = self.in_span(s + part.end(), min(e, s + part.end() + 120), ("State",))[:1]
        if first and DELEGATES_FROM.fullmatch(self.text, s + part.end(), first[0][0].start):
            for _, state in first + self.coordinated(first[0], ("State",)):
                self.fact(state, "participatesIn", target, (s, e), "participants-from", 0.7)
        for m, p in self.in_span(s + part.end(), e, ("Person", "State", "Organization")):
            sent_by = STANDS_IN_FOR.search(self.text, max(s, m.start - 140), m.start)
            if self.cls(p) == "Person" and sent_by and not self.in_span(sent_by.end(), m.start, ("Person",)):
                continue  # "opened by X, Special Representative of the President of Zambia, H.E. Dr. Y": Y was not there
            if self.cls(p) == "Person" or part["present"] or not OFFICE_BEFORE.search(self.text[max(s, m.start - 40):m.start]):
                # "The participants came from ..., 10 dialogue partners (Australia, Canada, ...), along with X and Y"
                if self.cls(p) == "Person" or (came and self.cls(p) == "State"):
                    self.fact(p, "participatesIn", target, (s, e), "participants-include", 0.7)
        # "attended by delegations of ..., Italy, representatives of UNODC, OSCE and CARICC": those they come from
        for kinds in DELEGATES_OF.finditer(self.text, s + part.end(), e):
            for m, who in self.listed_from(kinds.end(), e, ("State", "Organization")):
                if not THEIR_STATES.match(self.text, m.end):  # ("representatives of the SCO observer states": not the SCO)
                    self.fact(who, "participatesIn", target, (s, e), "participants-from", 0.65)
        # "... representing international organizations including UNESCAP, GCF, and the AfDB": those bodies
        for kinds in BODIES_INCLUDING.finditer(self.text, s + part.end(), e):
            for _, body in self.listed_from(kinds.end(), e, ("Organization",)):
                self.fact(body, "participatesIn", target, (s, e), "participants-include", 0.65)

    def in_attendance(self, s, e, target) -> None:
        """'ASEAN Foreign Ministers, the Secretary-General of ASEAN, Foreign Minister of Timor-Leste and delegates were
        in attendance': every state, body and person named before it took part."""
        there = WERE_IN_ATTENDANCE.search(self.text, s, e)
        if not there:
            return
        clause = self.clause_start(s, there.start())
        for m, who in self.in_span(clause, there.start(), ("State", "Organization", "Person")):
            if who != target and who not in self.bodies_up_from(self.body_of_meeting.get(target)):
                self.fact(who, "participatesIn", target, (s, e), "in-attendance", 0.65)

    def participation_of(self, s, e, target) -> None:
        """'held ... with the participation of A, B and C, as well as D': each state or body listed took part."""
        for m in PARTICIPATION_OF.finditer(self.text, s, e):
            listed = self.listed_from(m.end(), e, ("State", "Organization"))
            also = AS_WELL_AS.match(self.text, listed[-1][0].end, e) if listed else None
            for _, who in listed + (self.listed_from(also.end(), e, ("State", "Organization")) if also else []):
                if who != target:
                    self.fact(who, "participatesIn", target, (s, e), "participation-of", 0.65)

    def dated_when_held(self, iri, s, e) -> None:
        """'On March 28-29, 2023, a regional workshop on X was held': a meeting named before (in the headline) gets
        the day of the sentence that tells it took place."""
        if not HELD_VERB.search(self.text, s, e) or any(f.subject == iri and f.predicate == "date" for f in self.facts):
            return
        self.date_meeting(iri, self.when(s, e), s, e)

    def pronoun_event_agents(self, s, e, sent) -> None:
        """'It targeted police officers and was organized by IOM': 'it' is the event just told of."""
        target = getattr(self, "last_meeting", None)
        if target is None or not re.match(r"It\s", sent):
            return
        by = re.search(r"\s(?:was|has\s+been)\s+(?:\w+\s+)?(?=(?:co-)?(?:organi[sz]ed|hosted|convened)\s+by\b)", sent)
        if by and not MEETING_NOUN.search(sent, 0, by.start()):  # (not "It said the meeting was hosted by ...")
            self.hosted_after(target, s + by.end() - 1, s, e)

    def people_from(self, s, e, sent) -> None:
        """In an event's account, the states and bodies that its participants come from take part in it: 'drew
        delegates from A, B and C', 'experts from A and B', 'a workshop for representatives of agencies of A and B'."""
        target = getattr(self, "last_meeting", None) or self.meeting
        lowered = sent.lower()
        if target is None or not any(w in lowered for w in PEOPLE_WORDS):
            return  # (cheap looks first: most sentences name no one's participants)
        if self.doc.kind == "Statement" and not any(w in lowered for w in TAKING_PART_WORDS):
            return  # a speech tells of other delegations ("the accounts given by the delegations of A and B"), not who came
        if not EVENT_WORDS.search(sent):
            return
        for m in PEOPLE_FROM.finditer(self.text, s, e):
            for _, who in self.listed_from(m.end(), e, ("State", "Organization")):
                if who != target and who not in self.bodies_up_from(self.body_of_meeting.get(target)) \
                        and not MEMBERS_NOUN.match(self.text, m.end()):
                    self.fact(who, "participatesIn", target, (s, e), "participants-from", 0.65)


HOSPITALITY = re.compile(r"\bfor\s+(?:the|its|their|his|her)\s+(?:\w+\s+){0,3}?hospitality\b|"
                         r"\bhospitality(?=\s+(?:extended|offered|accorded|provided)\s+by\b)", re.I)
WAS_REPRESENTED = re.compile(r"\s+(?:was|were)\s+(?:also\s+)?represented\s+(?:by|at)\b")
GAPPED_BY_ITS = re.compile(r",?\s+and\s+(?:the\s+)?(?P<state>[A-Z][^,;.]{1,40}?)\s+by\s+(?:its|their)\b")


UNITS = {w: int(n[:-2]) for w, n in ORDINAL_WORDS.items()}  # first .. tenth
TEENS = {"eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
         "seventeenth": 17, "eighteenth": 18, "nineteenth": 19}
TENS = {"twent": 20, "thirt": 30, "fort": 40, "fift": 50, "sixt": 60, "sevent": 70, "eight": 80, "ninet": 90}


def _ordinal_number(word: str) -> int | None:
    """'79th', 'seventy-ninth', 'twentieth' -> 79, 79, 20; None for any other word."""
    digits = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", word)
    if digits:
        return int(digits.group(1))
    if word in UNITS or word in TEENS:
        return UNITS.get(word) or TEENS[word]
    tens = re.fullmatch(r"(twent|thirt|fort|fift|sixt|sevent|eight|ninet)(?:ieth|y-(\w+))", word)
    if tens and (tens.group(2) is None or tens.group(2) in UNITS and tens.group(2) != "tenth"):
        return TENS[tens.group(1)] + (UNITS[tens.group(2)] if tens.group(2) else 0)
    return None


def _content_words(name: str) -> set:
    return set(re.findall(r"[a-z0-9]+", name.lower())) - {"the", "of", "on", "and", "for", "in", "a", "an", "to"}


def _same_ordinal(ordinal: str, label: str) -> bool:
    """Does a meeting's name carry this number, written in words or figures ('fourth' and '4th')?"""
    word = ordinal.lower()
    forms = {word, ORDINAL_WORDS.get(word, word)} | {w for w, n in ORDINAL_WORDS.items() if n == word}
    return any(re.search(rf"\b{f}\b", label, re.I) for f in forms)


def _topic(topic) -> str | None:
    """'of the Paris Pact Initiative' keeps its preposition in the meeting's name; other topics are 'on' one."""
    if not topic:
        return None
    return f"{topic['of']} {topic['topic']}" if topic["of"] else topic["topic"]
