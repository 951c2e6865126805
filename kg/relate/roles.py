"""Roles: posts in titles and appositions, whom a person represents or leads, delegations and who leads
them."""
from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from rdflib import URIRef

from ..model import Entity
from ..namespaces import DKG, ID
from ..header import ORDINAL_WORD, POSTNOMINAL
from ..prefilter import guarded
from ..recognise import CAPITAL_POST, OWNED_POST, SMALL_POSTS, gazetteer_mentions
from ..stances import stance_triggers
from .reader import COORDINATION, ELECTED_ITS, HEAD_TITLE

# names each with their state in brackets, listed before a name: "Martin Vizcarra (Peru), Ivan Duque (Colombia), "
BRACKET_LIST_BEFORE = re.compile(r"(?:(?:(?!(?:Presidents?|Prime|Kings?|Emirs?|Sultans?|Heads)\b)[A-Z][\w\-'’.]*\s+){1,4}"
                                 r"\([^()]{2,40}\),?\s+(?:and\s+)?)+$")
# (not "Assembly President Jan Novak (Slovakia)": a body's president)
HEAD_OF_STATE_TITLE = re.compile(r"(?:^|[^\w\s]\s*|\b[a-z]+\s+)(?:Presidents?|Prime\s+Ministers?|Heads\s+of\s+State(?:\s+and\s+Government)?|Kings?|"
                                 r"Emirs?|Sultans?)\s+$")
STATE_PRESIDENCY = re.compile(r"\s+(?:[Pp]residency|[Cc]hairmanship|[Cc]hairmanship-in-[Oo]ffice)\s+of\s+(?:the\s+)?")
STATE_CAPACITY = re.compile(r"(?:['’]s|(?P<its>\bits))\s+capacity\s+as\s+(?:the\s+)?(?:current\s+|incoming\s+)?"
                            r"(?:Chair|Chairman|Chairperson|Chairmanship|Chair-in-Office|President|Presidency|Coordinator)\s+"
                            r"of\s+(?:the\s+)?")
IN_CAPACITY = re.compile(r"\b(?:in\s+(?:his|her|their|its)\s+capacity|on\s+(?:his|her|their)\s+(?:appointment|election|"
                         r"re-election|designation)|(?:appointed|elected|re-elected|designated)|who\s+serves|"
                         r"(?:assum\w+|taking\s+up|took\s+up)\s+(?:the\s+)?(?:responsibility|role|post|office|duties)\s+)"
                         r"\s*as\s+(?:the\s+)?"
                         r"(?:new\s+)?(?P<title>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})\s+of\s+(?:the\s+)?"
                         r"(?:\d+\w*\s+(?:[Ss]ession|[Mm]eeting)\s+of\s+(?:the\s+)?)?")  # "Chair of the 58th Session of the CND"
ITS_TITLE = re.compile(r",\s+its\s+(?P<title>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3}),\s+"
                       r"(?:(?:Ambassador|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|H\.\s?E\.|Judge|Professor)\s+)*")
GOVERNMENT_TITLE = re.compile(r"\b(?:prime minister|president|king|queen|emperor|chancellor|minister|secretary of "
                              r"state|premier|cabinet secretary|foreign secretary|(?-i:PM))\b", re.I)
LEADER_OF_STATE = re.compile(r"\b(?:prime minister|president|king|queen|emperor|sultan|emir|amir|chancellor|premier|chief minister|head of state|"
                             r"head of government|(?-i:PM))\b", re.I)
# a title before a name: capitalised words with their connectors, an adjective of nationality included
# ("Minister for Foreign Affairs of Ghana", "Japanese Prime Minister", "Secretary-General Mr.")
# (a lower-case post may open it: "the chairperson of the IGAD Council of Ministers H.E Dr. Tedros Adhanom")
TITLE_BEFORE = re.compile(r"(?P<title>(?:[A-Z][\w\-]*|\b(?:chair(?:man|person|woman)?|president|head|director)(?=\s+of\s)|"
                          r"\b(?:president|prime\s+minister)(?=\s+(?:(?:Dr|Mr|Ms|Mrs)\.?|H\.\s?E\.?)\s))"  # "president Dr. X"
                          r"(?:\s+(?:(?:for|of|and|the|on|in|to)\s+)*[A-Z][\w\-'’]*){0,6})"  # ("Ambassador of Italy in Ashgabat")
                          r"(?:\s+(?:(?:(?:Mr|Ms|Mrs|Dr)\.?|H\.\s?E\.?)\s+){0,2}|,\s*(?:(?:Mr|Ms|Mrs|Dr)\.?|H\.\s?E\.?|"
                          r"(?:His|Her)\s+Excellency|(?:the\s+)?(?:Rt\.?\s+Hon\.?|Right\s+Honou?rable|Hon(?:ou?rable)?\.?))\s+"
                          r"|:[ \t]*(?:(?:Mr|Ms|Mrs|Dr)\.?[ \t]+)?)$")  # ("Director-General of the WHO: Dr Margaret Chan")
HONOURS_AFTER = re.compile(rf"(?:,?[ \t]+{POSTNOMINAL}\b)+(?=,)")
AND_NEXT_NAME = re.compile(r"\s+and\s+$")
BODY_POST_COMMA = re.compile(r"(?P<title>\b[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3}\s+(?:(?:Executive|Special|High|Under-|Deputy\s+)?"
                             r"(?:Secretary-General|Director-General|Director|Commissioner|Representative|Envoy|Head|"
                             r"Chief|Coordinator|Rapporteur|President|Chair(?:man|person|woman)?)))\s*,\s*$")
ADDRESSED_BY_TITLE = re.compile(r"[ \t]*(?:Mr\.?|Mrs\.?|Madam|Madame|Mister|Mme\.?)[ \t]+(?:Vice[- ]|Co-)?(?:President|Chair\w*)\b")
# "X, Executive Director, UNODC said": a body standing alone after a post, ended by punctuation or a verb
BODY_ALONE = re.compile(r",\s+(?:the\s+)?")
AFTER_BODY_ALONE = re.compile(r"\s*(?:[,;.:)\n]|$)|\s+(?!and\b|or\b|of\b|for\b|in\b|at\b|to\b|on\b)[a-z]+\b")
RESPECTIVELY = re.compile(r"\bas\s+(?:the\s+)?(?P<first>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})\s+and\s+(?:the\s+)?"
                          r"(?P<second>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})\s+(?P<of>of\s+(?:the\s+)?)(?=[^.;]{0,120}?\brespectively\b)")
FORMER = re.compile(r"(?i:\bex-|\bformer\s|\berstwhile\s|\bthen-)")
DEPUTY = re.compile(r"\b(?:vice|deputy|assistant|under|associate|former|acting)\b", re.I)
# the head of one office of a body, not of the body: "WHO Regional Director for the Eastern Mediterranean"
SUB_HEAD = re.compile(r"\b(?:regional|country|resident|area|field)\s+(?:director|representative|coordinator|head|chief)\b", re.I)
ENVOY_OF_STATE = re.compile(r"(?:the\s+)?(?:(?:new|incoming|current)\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?\s+(?:[Aa]mbassador|[Ee]nvoy|[Dd]elegate|"
                            r"[Pp]ermanent\s+[Rr]epresentative|[Rr]epresentative|[Ff]oreign\s+[Mm]inister|[Mm]inister|"
                            r"[Pp]resident|[Cc]hancellor|[Pp]remier|[Kk]ing|[Qq]ueen|[Ee]mir)\b")  # ("the Austrian Chancellor")
POST_COMMA_NAME = re.compile(r"\b(?:the|The)\s+(?P<title>[A-Z][\w\-]*(?:\s+(?:(?:for|of|and|the|on)\s+)*[A-Z][\w\-]*){0,5}),\s+"
                             r"(?:(?:Mr|Ms|Mrs|Dr|H\.\s?E|Ambassador|Amb|Judge|Prof|Professor)\.?\s+)*$")  # ("the DG, Ambassador X")
PORTFOLIO_TITLE = re.compile(r"\b(?:Minister|Secretary)\s+(?:of|for)\s+(?:the\s+)?(?P<portfolio>[A-Z][\w\-]*(?:\s+(?:and\s+)?[A-Z][\w\-]*)*)")
REPRESENTED_BY = guarded(re.compile(r"\s+(?:was|were|is|are|will\s+be|has\s+been|(?:was|were|is|are)\s+to\s+be)\s+represented\s+(?:at\s+the\s+\w+\s+)?by\s+"
                            r"(?:(?:Senator|Dr\.?|Mr\.?|Ms\.?|Mrs\.?|H\.\s?E\.|Ambassador|Minister|Hon\.?)\s+)*"))
LED_DELEGATION = re.compile(r"\b(?:led|leads|heads|headed|leading|heading)\s+(?:the\s+)?(?:[A-Z][\w\-]*\s+){1,3}delegation\b|"
                            r"\b(?:led|leads|heads|headed|leading|heading)\s+the\s+delegation\s+of\s+(?:the\s+)?(?:[A-Z][\w\-]*\s*){1,4}")
STATE_POST_COMMA_NAME = re.compile(r"['’]s?\s+(?P<title>[A-Za-z][\w\-]*(?:\s+(?:(?:for|of|and|the|on|to)\s+)*[A-Za-z][\w\-]*){0,8}),\s+"
                                   r"(?:(?:Mr|Ms|Mrs|Dr|H\.\s?E|HE|HH|HRH|Sheikh?|Shaikh|Shaykh)\.?\s+)*$")  # ("Iran's permanent envoy to the IAEA, X")


MINISTER_OF_STATE = re.compile(r",\s+(?:the\s+)?(?:Deputy\s+)?(?:Minister|Secretary)\s+(?:of|for)\s+[A-Z][^;()\n]{0,120}?\s+"
                               r"of\s+(?:the\s+)?(?=[A-Z])")
WHO_REPRESENTED = re.compile(r",?\s+who\s+(?:represented|represents|spoke\s+for|spoke\s+on\s+behalf\s+of)\s+(?:the\s+)?")
# "X, Permanent Representative of Venezuela, expressed, on behalf of the Non-Aligned Movement, his concern ..."
SAID_ON_BEHALF = re.compile(r"\b(?:said|stated|expressed|spoke|urged|noted|stressed|reiterated|underlined|called|told|"
                            r"delivered|highlighted|emphasi[sz]ed|welcomed)\s*,?\s+on\s+behalf\s+of\s+(?:the\s+)?")
SPEAKING_FOR = re.compile(r"\s*(?:Speaking|Addressing\s+the\s+\w+)\s+on\s+behalf\s+of\s+(?:the\s+)?")
TOOK_OVER_CHAIR = re.compile(r"\b(?:assumed|assumes|took\s+over|takes\s+over|took\s+up|takes\s+up)\s+(?:the\s+)?(?:rotating\s+)?"
                             r"(?:chairmanship|chairpersonship|chair|presidency|leadership)\s+of\s+(?:the\s+)?", re.I)
# the honorifics between a post and a name: "the Prime Minister of Grenada, Dr. the Rt. Honourable Keith Mitchell"
NAME_HONORIFICS = (r"(?:(?:[Tt]he|Dr\.?|Mr\.?|Ms\.?|Mrs\.?|H\.\s?E\.?|His|Her|Excellency|Most|Rt\.?|Right|Hon\.?|"
                   r"Honourable|Honorable|Ambassador|Amb\.|Judge|Professor|Prof\.|Sir|Dame|Sheikh?|Shaikh|Shaykh|HE|"
                   r"(?:Lt|Maj|Brig)[\.\-]?\s*Gen\.?|Gen\.?|General|Col\.?|Colonel|Admiral|"  # (military ranks)
                   r"HH|HRH|HM|King|Queen|Emir|Amir|Sultan|Crown\s+Prince|Prince|Princess|Sayyid|"  # (royal styles)
                   r"Dato['’]?|Datuk|Tan\s+Sri|Tun|Shri|Smt\.?)\s+)*")  # (Malaysian and Indian styles)
NAMED_CHAIR_OF = re.compile(r"\s*,?\s*(?:at\s+the\s+helm\s+of|(?:the\s+)?(?:Chair\w*|President)\s+of|of)\s+(?:the\s+)?")
THE_CHAIR_COMMA = re.compile(r"\b(?:the|our)\s+(?:(?P<past>outgoing|former|previous|past)\s+|current\s+|incoming\s+|new\s+)?"
                             r"(?:President|Chair(?:man|person|woman)?)\s*,\s+" + NAME_HONORIFICS + r"(?:Minister\s+)?$")
# "President of the third UNEA": the body, in its session
SESSION_ORDINAL = rf"(?i:{ORDINAL_WORD}|\w+teenth|\w+tieth)"
MINISTER_OF_PORTFOLIO = re.compile(r"(?:Deputy\s+|Vice\s+)?Minister\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w\-]*(?:(?:\s+and|\s+of|,)?\s+"
                                   r"[A-Z][\w\-]*){0,5}")
DISTRIBUTED_TITLES = r"(?P<title>(?i:presidents|vice-presidents|prime\s+ministers|foreign\s+ministers|ministers))"
DISTRIBUTED_HEAD = re.compile(rf"\b{DISTRIBUTED_TITLES}\s+of\b")
# "Presidents of", "; of", "; and" ("The presidents of Brazil, X; Argentina, Y; and Paraguay, Z")
DISTRIBUTED_LEAD = re.compile(rf"(?:\b{DISTRIBUTED_TITLES}\s+of|;(?:\s+and)?(?:\s+of)?)\s+(?:the\s+)?$")
PRESIDES = re.compile(r"\b(?:President|Chair\w*)\s+of\s+(?:the\s+)?$")
PORTFOLIO_THEN_OF = re.compile(r"(?:[A-Z][\w\-]*,?\s+(?:and\s+)?){1,6}(?:of|for)\s+(?:the\s+)?")
SECOND_POST = re.compile(r"\s+and\s+(?:the\s+)?(?:current\s+|incoming\s+|outgoing\s+)?(?P<title>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})"
                         r"\s+of\s+(?:the\s+)?")
DELEGATION_LED_BY = re.compile(r"(?P<own>\s+delegation\s+(?:was|is|will\s+be|has\s+been))?\s*,?\s+(?:which\s+(?:is|was)\s+)?"
                               r"(?:led|headed)\s+by\s+(?:(?:Mr|Ms|Mrs|Dr|H\.\s?E)\.\s+)*(?:the\s+)?"
                               r"(?:(?:First|Deputy|Vice|Foreign|Prime|Minister|Secretary|State|Ambassador|President|"
                               r"Permanent|Representative|Under-Secretary|Director)[\s\-]+){0,5}")
WORK_AS_HEAD = re.compile(r"\b(?:his|her)\s+(?:\w+\s+){0,2}(?:work|tenure|leadership|stewardship|service|efforts|appointment|"
                          r"election|re-election|designation)\s+as\s+"
                          r"(?:the\s+)?(?:current\s+|outgoing\s+|new\s+)?(?P<title>Head|Chair\w*|President|Secretary[- ]General|"
                          r"Director[- ]General)\s+of\s+(?:the\s+)?")
MEMBER_TITLE = re.compile(r"\b(?:Commissioner|Judge|Spokes(?:person|man|woman)|Foreign Secretary)\b")  # a body's member, not its head
OWNED_CAPITAL_POST = re.compile(rf"['’]s\s+(?P<title>{CAPITAL_POST})\s*,?\s*")
APPOSED_OWNER = re.compile(r",\s+(?:the\s+)?(?=[A-Z])")
OWN_POST_AFTER = re.compile(r",\s+(?:the\s+)?(?:(?:current|new|incoming|outgoing|rotating)\s+)?"  # "Y, Ambassador of Sudan"
                            r"(?:[A-Z][\w\-]*\s+|(?:(?:co-)?chair\w*|president|head)\s+){1,4}(?:of|to|for)\s+")  # ("the current chairperson of")
# "Beata Szydło, the Polish Prime Minister, ...": a name's own post set off after it with an article
APPOSED_POST_AFTER = re.compile(r",\s+the\s+(?P<post>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})\s*[,.;]")
SECRETARIAT_HEAD = re.compile(r"^(?:secretary[- ]general|director[- ]general)$", re.I)
AT_THE_HELM = re.compile(r",?\s+at\s+the\s+helm\s+of\s+(?:the\s+)?")
ENVOY_WORD = re.compile(r"\b(?:Ambassador|Envoy|Representative|Delegate|Consul|Attach[ée]|Charg[ée]|Secretary)\b")
ROSTER_COLON = re.compile(r"[^\S\n]*[:\u2013\u2014][^\S\n]+")
ROSTER_HONORIFIC = re.compile(r"[ \t]+(?:H\.\s?[EM]\.?|The[ \t]+Rt|Rt\.?|Hon\.?|Dr\.?|Mr\.?|Ms\.?|Mrs\.?|HE|HM|HRH|"
                              r"His[ \t]+(?:Excellency|Majesty)|Her[ \t]+(?:Excellency|Majesty))(?=[ \t.])")
ROSTER_LINE_TITLED = re.compile(r"[ \t]*[A-Z][\w .'’()\-]{1,40}?" + ROSTER_HONORIFIC.pattern)
ROSTER_LINE = re.compile(r"\s*[\w .'’()\-]{2,60}?[^\S\n]*[:\u2013\u2014][^\S\n]+\S")
# "Summit was attended by the following Heads of State ...:", "Participants:": a roster of who took part
ATTENDANCE_INTRO = re.compile(r"(?i)(?:\battend|\bparticipa|\bpresent\b|\bdelegations\b).*:\s*$")
SMALL_POST = re.compile(rf"(?:['’]s)?\s+(?P<post>{SMALL_POSTS}),?\s+")  # "Palestinian leader Mahmoud Abbas", "Madagascar's president, X"
APPOSED_SMALL_POST = re.compile(rf",\s+(?:the|a)\s+(?P<state>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)\s+(?P<post>{SMALL_POSTS})\b")
POST_AFTER_NAME = re.compile(r"(?:['’]s)?\s+(?P<title>(?:(?:Deputy|Under|Assistant|Vice|Permanent|Special|Executive|Chief)[\s\-]+)*"
                             r"(?:Secretary[\s\-]General|Director[\s\-]General|Ambassador|Envoy|Representative|Minister|"
                             r"Foreign\s+Minister|President|Prime\s+Minister|Commissioner|Director|Coordinator|Chair\w*|(?:Secretary|Head)(?!\s+of\b)))\b")
AS_HEAD_OF = re.compile(r"\s+as\s+(?:the\s+)?(?:current\s+|new\s+)?(?P<title>Head|Chair\w*|President|Secretary-General|"
                        r"Director-General)\s+of\s+(?:the\s+)?")
OF_A_MEETING = re.compile(r"\s+(?:[A-Z0-9][\w\-]*\s+){1,4}(?:Conference|Summit|Congress|Meeting|Session)\b")


@lru_cache(maxsize=2)
def un_family(ref) -> frozenset:
    """The UN and every body the reference data places inside it (dkg:partOf, transitively)."""
    return frozenset(str(x) for x in ref.graph.transitive_subjects(DKG.partOf, URIRef(str(ID["org/un"]))))


class RoleRules:
    """Rules for roles and posts."""

    def spoke_for(self, s, e):
        """'Egyptian Deputy Foreign Minister X who represented the Arab countries at the meeting', 'Speaking on
        behalf of the NAM, Iran's envoy, Y, urged ...': whom the person represents there."""
        for m, person in self.in_span(s, e, ("Person",)):
            who = WHO_REPRESENTED.match(self.text, m.end, e)
            groups = [i for gm, i in self.in_span(who.end(), e, ("State", "Organization")) if gm.start == who.end()] if who else []
            if groups:
                self.fact(person, "represents", groups[0], (s, e), "who-represented", 0.7)
        lead = SPEAKING_FOR.match(self.text, s, e)
        groups = [i for gm, i in self.in_span(lead.end(), e, ("State", "Organization")) if gm.start == lead.end()] if lead else []
        people = self.in_span(lead.end(), e, ("Person",)) if groups else []
        if people and not re.search(r"\b(?:said|stated|urged|called|told|noted|stressed)\b",
                                    self.text[lead.end():people[0][0].start]):
            self.fact(people[0][1], "represents", groups[0], (s, e), "speaking-on-behalf", 0.7)

    def said_on_behalf(self, s, e):
        """'X, Permanent Representative of Venezuela, expressed, on behalf of the NAM, his concern': X represents the
        group, and the state X represents (read before, by roles) is one of its members."""
        for said in SAID_ON_BEHALF.finditer(self.text, s, e):
            groups = [i for gm, i in self.in_span(said.end(), e, ("State", "Organization")) if gm.start == said.end()]
            person = self.subject_before(s, said.start()) if groups else None
            if person and self.cls(person) == "Person":
                self.fact(person, "represents", groups[0], (s, e), "said-on-behalf", 0.7)
                own = self.stands_for(person)  # (the state of the envoy who speaks for a group is one of its members)
                if own and self.cls(groups[0]) == "Organization":
                    self.fact(own, "memberOf", groups[0], (s, e), "speaks-for-group", 0.6)

    def delegations_led(self, s, e):
        """'the delegation of Australia, led by Ms. Helen Ashworth, ...': she represents Australia."""
        sent = self.text[s:e]
        if "led" not in sent and "lead" not in sent and "head" not in sent:
            return  # (one cheap look first: every reading needs a verb of leading)
        for m, st in self.in_span(s, e, ("State",)):
            # (or "The Russian delegation was led by First Deputy Foreign Minister Vladimir Titov")
            led = DELEGATION_LED_BY.match(self.text, m.end, e)
            if not led or not (led["own"] or re.search(r"\bdelegation\s+of\s+(?:the\s+)?$",
                                                       self.text[max(s, m.start - 30):m.start], re.I)):
                continue
            people = [p for pm, p in self.in_span(m.end, e, ("Person",)) if pm.start == led.end()]
            if people:
                self.fact(people[0], "represents", st, (s, e), "delegation-led-by", 0.8)
                self.delegation_takes_part(people[0], st, (s, e), "delegation-led-by")
        for led in LED_DELEGATION.finditer(self.text, s, e):  # "Mr. X, Deputy Permanent Secretary, led the Thai delegation"
            states = [i for m, i in self.in_span(led.start(), led.end(), ("State",))]
            people = [i for m, i in self.in_span(s, led.start(), ("Person",))]
            who = re.search(r",\s+who\s+(?:is|was|has\s+been)\s+$", self.text[s:led.start()])  # "X, who is leading the UAE delegation"
            if states and people and (self.subject_before(s, led.start()) == people[-1] or who or
                                      re.search(r"\bwith\s+(?:[\w\-'’.]+\s+){1,8}$", self.text[s:led.start()])):
                self.fact(people[-1], "represents", states[0], (s, e), "led-the-delegation", 0.8)
                self.delegation_takes_part(people[-1], states[0], (s, e), "led-the-delegation")

    def delegation_takes_part(self, person, state, span, rule) -> None:
        """A news item's delegation ('... opened with Sheikh X leading Kuwait delegation') is at the meeting it reports."""
        meeting = getattr(self, "last_meeting", None) or self.meeting
        if meeting and self.doc.kind != "Statement":
            for actor in (person, state):
                self.fact(actor, "participatesIn", meeting, span, rule, 0.65)

    def distributed_title(self, m, person, s, e) -> bool:
        """'The Presidents of the Federative Republic of Brazil, Michel Temer; of the Republic of Paraguay, Horacio
        Cartes; ...': each name is the holder of the plural title for the state before it."""
        states = [(sm, i) for sm, i in self.in_span(max(s, m.start - 80), m.start, ("State",))
                  if re.fullmatch(r",[ \t]+", self.text[sm.end:m.start])]
        if not states:
            return False
        sm, state = states[-1]
        lead = DISTRIBUTED_LEAD.search(self.text[max(s, sm.start - 40):sm.start])
        head = DISTRIBUTED_HEAD.search(self.text, s, sm.start) if lead else None
        if not head:
            return False
        prop = "leads" if LEADER_OF_STATE.search(head["title"].rstrip("s")) else "represents"
        self.fact(person, prop, state, (s, e), f"role-{prop}", 0.75)
        return True

    def took_over_chair(self, s, e) -> None:
        """'Pakistan assumed the chairmanship of SAARC from Nepal', 'Ghana took over the rotating presidency of
        ECOWAS': the state (or person) leads the body from then on."""
        lowered = self.text[s:e].lower()
        if "chair" not in lowered and "presidency" not in lowered:
            return  # (one cheap look first)
        for verb in TOOK_OVER_CHAIR.finditer(self.text, s, e):
            body = [i for m, i in self.in_span(verb.end(), e, ("Organization",)) if m.start == verb.end()]
            subject = self.subject_before(s, verb.start())
            if body and subject and self.cls(subject) in ("State", "Person") and not self.blocked(s, verb.start()):
                self.fact(subject, "leads", body[0], (s, e), "took-over-chair", 0.7)

    def roles(self, s, e):
        """Posts in titles and appositions: 'Secretary-General António Guterres', 'Japanese Foreign Minister
        Taro Kono', 'Minister for Foreign Affairs of Ghana Shirley Botchwey', 'Catherine Russell, executive
        director of UNICEF', 'the Director General of the IAEA, Mr. Matteo Ferrante'."""
        self.took_over_chair(s, e)
        for m, person in self.in_span(s, e, ("Person",)):
            if self.roster_state(m)[0]:
                continue  # read by roster_lines
            known = len(self.facts)
            self.person_roles(m, person, s, e)
            if not any(f.subject == person for f in self.facts[known:]):
                self.owned_post(m, person, s, e)  # (only when no other reading gave the person a post)
        self.state_in_capacity(s, e)
        self.state_presidency(s, e)
        self.posts_respectively(s, e)

    def posts_respectively(self, s, e):
        """'Summit elected H.E. X, the President of South Africa and H.E. President Y of the DRC as Chairperson and
        Deputy Chairperson of SADC respectively': the first named chairs the body (the deputy leads nothing)."""
        if "respectively" not in self.text[s:e]:
            return
        for r in RESPECTIVELY.finditer(self.text, s, e):
            bodies = [i for m, i in self.in_span(r.end("of"), e, ("Organization",)) if m.start == r.end("of")]
            people = [i for m, i in self.in_span(s, r.start(), ("Person",))]
            if not bodies or len(people) < 2:
                continue
            for person, title in zip(people[-2:], (r["first"], r["second"])):
                if HEAD_TITLE.search(title) and not DEPUTY.search(title):
                    self.fact(person, "leads", bodies[0], (s, e), "posts-respectively", 0.7)

    def person_roles(self, m, person, s, e) -> None:
        """The posts of one person named in the sentence s..e."""
        if self.owned_person(m, person, s, e) or self.national_leader(m, person, s, e) \
                or self.distributed_title(m, person, s, e):
            return
        before = self.text[max(s, m.start - 90):m.start]
        chair = THE_CHAIR_COMMA.search(before) if self.doc.kind == "Statement" and self.meeting else None
        # "our gratitude to the current President, Minister Sidiki Kaba": the chair of the body that meets, no
        # minister of the speaker's state (but not "..., at the helm of the HRC": another body's)
        if chair and not any(NAMED_CHAIR_OF.fullmatch(self.text, m.end, om.start)
                             for om, _ in self.in_span(m.end, min(e, m.end + 80), ("Organization",))):
            body = self.body_of_meeting.get(self.meeting)
            if body and not chair["past"]:
                self.fact(person, "leads", body, (s, e), "chair-of-this-body", 0.7)
            if not re.match(r"\s+of\s+[A-Z]|,\s+(?:the\s+)?[A-Z]", self.text[m.end:m.end + 16]):
                return  # (read on: "the outgoing Chair, Ambassador X of New Zealand" names X's state)
        if m.start < self.doc.body_start and before.rsplit("\n", 1)[-1].strip():
            # a statement's title block: the line above is not this name's title ("... World Health
            # Assembly\nHonourable Minister Mr X"); in prose a line may break inside a title ("the Prime\nMinister")
            before = before.rsplit("\n", 1)[-1]
        # ("CTED Executive Director, Michèle Coninsx": a body's post, a comma, then the name)
        title = TITLE_BEFORE.search(before) or BODY_POST_COMMA.search(before)
        # a title before the name wins: in "Secretary-General Mr. X, Executive Director of UNODC, ..." the
        # words after the comma are the next item of a list, not X's post
        if ELECTED_ITS.search(before):  # "elected as its President Mrs. X": the body's chair (see meetings)
            self.minister_of_state(m, person, s, e)
        elif self.as_head_of(m, person, s, e):
            pass  # "Queen Elizabeth II as Head of the Commonwealth": that post, not the default state's crown
        elif title and (HEAD_TITLE.search(title["title"]) or MEMBER_TITLE.search(title["title"])):
            self.titled_person(m, person, title["title"], m.start - len(before) + title.start("title"), s, e)
        elif title and ENVOY_WORD.search(title["title"]) and self.envoy_of(m, person, title, before, s, e):
            pass  # "said French Ambassador Gilles-Henry Garault": the state the adjective names
        elif self.post_then_name(m, person, before, s, e):
            pass
        elif not self.reversed_apposition(m, person, s, e) and not self.its_officer(m, person, s, e):
            # "Her Excellency X of Norway, Chair of the 60th session of the CND": the post after the state
            of = self.state_named_after(m, e)
            self.apposition(dataclasses.replace(m, end=of[0][0].end) if of else m, person, s, e)
        self.in_capacity(m, person, s, e)
        helm = AT_THE_HELM.match(self.text, m.end, e)  # "Ambassador X, at the helm of the Executive Council"
        bodies = [i for bm, i in self.in_span(helm.end(), e, ("Organization",)) if bm.start == helm.end()] if helm else []
        if bodies:
            self.fact(person, "leads", bodies[0], (s, e), "at-the-helm", 0.7)
        self.state_in_brackets(m, person, s, e)
        self.of_state(m, person, s, e)

    def state_presidency(self, s, e) -> None:
        """'under the Polish Presidency of the Visegrad Group', 'the Irish Presidency of the European Union': the state
        chairs the body (not a former or past presidency)."""
        sent = self.text[s:e]
        if "residency" not in sent and "hairmanship" not in sent:
            return  # (one cheap look first)
        for m, state in self.in_span(s, e, ("State",)):
            presidency = STATE_PRESIDENCY.match(self.text, m.end, e)
            if not presidency or re.search(r"\b(?:former|previous|past|outgoing|last)\s+$", self.text[max(s, m.start - 20):m.start], re.I):
                continue
            bodies = [i for bm, i in self.in_span(presidency.end(), e, ("Organization",)) if bm.start == presidency.end()]
            if bodies:
                self.fact(state, "leads", bodies[0], (s, e), "state-presidency", 0.7)

    def state_in_capacity(self, s, e) -> None:
        """'in the Islamic Republic of Iran's capacity as the Chair of the NAM Coordinating Bureau', 'in its capacity
        as Chair of the Group of 77': the state (or the statement's principal) chairs the body."""
        if "capacity" not in self.text[s:e]:
            return  # (one cheap look first)
        for cap in STATE_CAPACITY.finditer(self.text, s, e):
            owner = [i for m, i in self.in_span(s, cap.start(), ("State",)) if m.end == cap.start()]
            state = owner[-1] if owner else (self.principal if cap["its"] and self.principal and self.cls(self.principal) == "State" else None)
            bodies = [i for m, i in self.in_span(cap.end(), e, ("Organization",)) if m.start == cap.end()]
            if state and bodies:
                self.fact(state, "leads", bodies[0], (s, e), "state-in-capacity", 0.7)

    def titled_person(self, m, person, post: str, t_start: int, s, e) -> None:
        """A head's or member's title written before the name, starting at t_start ('Director of UNODC Ms. X')."""
        if re.match(r"(?i)(?:former|ex-)", post) or re.search(r"\b(?:[Ff]ormer|[Ee]x-|[Ll]ate)\s*(?:[A-Z][\w\-]*\s+){0,2}$",
                                                              self.text[max(s, t_start - 40):t_start]):
            return  # "former Malian President X" holds no post now
        joined = list(re.finditer(r"\s+and\s+", post))
        if joined and any(nm.end == t_start + joined[-1].start() for nm, _ in
                          self.in_span(t_start, t_start + joined[-1].start(), ("State", "Organization"))) \
                and HEAD_TITLE.search(post[joined[-1].end():]):
            # "President A of the Republic of Rwanda and President B": B's title starts after "and"
            post, t_start = post[joined[-1].end():], t_start + joined[-1].end()
        named = self.in_span(t_start, m.start, ("State", "Organization"))  # "Director of UNODC Ms. X"
        # "Egypt's Foreign Minister Ahmed Aboul Gheit": the state whose official it is, before the title
        named = named or self.possessor_state(s, t_start, reach=40) or self.body_of_title(post, m.start) \
            or self.bracketed_state(m, e)  # (or "President Thabo Mbeki (South Africa)")
        # ("pay tribute to outgoing President X": a meeting's or a body's chair, not the home state's president)
        passing = re.search(r"\b(?:outgoing|incoming|new|newly[- ]elected|previous)\s+$", self.text[max(s, t_start - 25):t_start], re.I)
        self.role(person, post, m.end, e, s, default=not passing, state=named[-1][1] if named else None)
        head = HEAD_TITLE.search(post)
        if head:
            self.title_holders[head.group().lower()] = person
        if OWN_POST_AFTER.match(self.text, m.end):  # "EU Council President X, Secretary of State ... of Spain"
            self.apposition(m, person, s, e)

    def body_of_title(self, title, pos) -> list:
        """'Assembly President X', 'Commission Chair Y' in a UN press release: the body named before whose word
        opens the title (the General Assembly, the Peacebuilding Commission)."""
        word = re.match(r"(Assembly|Council|Commission|Committee|Conference|Board|Court)\s", title)
        if not word:
            return []
        bodies = [(m, i) for m, i in self.in_span(0, pos, ("Organization",))
                  if re.search(rf"\b{word[1]}\b", self.entity(i).label)]
        return bodies[-1:]

    def minister_of_state(self, m, person, s, e) -> None:
        """'Mrs. X, Minister of Labour, Social Affairs and Family of the Slovak Republic': a portfolio with commas."""
        post = MINISTER_OF_STATE.match(self.text, m.end, e)
        states = [i for sm, i in self.in_span(post.end(), e, ("State",)) if sm.start == post.end()] if post else []
        if states:
            self.fact(person, "represents", states[0], (s, e), "role-represents", 0.75)

    def envoy_of(self, m, person, title, before, s, e) -> bool:
        t_start = m.start - len(before) + title.start("title")
        joined = list(re.finditer(r"\s+and\s+", title["title"]))
        if joined:  # "A of Bangladesh and Ambassador B of Cameroon": B's title starts after "and"
            t_start += joined[-1].end()
        # (not the state the envoy is sent to: "Ambassador of Germany to Tajikistan X")
        states = [i for sm, i in self.in_span(t_start, m.start, ("State",))
                  if not re.search(r"\b(?:to|in)\s+(?:the\s+)?$", self.text[t_start:sm.start])] or \
            [i for sm, i in self.in_span(max(s, t_start - 30), t_start, ("State",)) if not self.text[sm.end:t_start].strip()]
        if states:  # (a state written "U. S." ends before the title's first capitalised word)
            self.fact(person, "represents", states[-1], (s, e), "role-represents", 0.75)
        return bool(states)

    def post_then_name(self, m, person, before, s, e) -> bool:
        """'said the Cabinet Secretary for Health, Dr. Cleopa Mailu': a post with no body named, set off before the
        name; a minister's is the home state's (in a news item, the state its headline names)."""
        owned = STATE_POST_COMMA_NAME.search(before)
        if owned and (GOVERNMENT_TITLE.search(owned["title"]) or HEAD_TITLE.search(owned["title"])
                      or re.search(r"(?i)\b(?:envoy|ambassador|representative|delegate)\b", owned["title"])):
            # "The Republic of Korea's Deputy Minister of Policy Planning, Chun Yung-Woo, said": the state's official
            states = self.possessor_state(s, m.start - len(before) + owned.start())
            if states:  # ("Kuwait's emir, Sheik X": the head of state leads it)
                head = LEADER_OF_STATE.search(owned["title"]) and not DEPUTY.search(owned["title"])
                self.fact(person, "leads" if head else "represents", states[-1][1], (s, e), "state-post-name", 0.75)
                return True
        post = POST_COMMA_NAME.search(before)
        # ("the Director-General, H.E. Mr Ahmet Üzümcü": the head of the organisation that meets)
        if not post or not (GOVERNMENT_TITLE.search(post["title"]) or SECRETARIAT_HEAD.search(post["title"])) or self.in_span(
                m.start - len(before) + post.start("title"), m.start, ("State", "Organization")):
            return False
        self.role(person, post["title"], m.end, e, s, default=True)
        return True

    def state_named_after(self, m, e) -> list:
        """The state in 'X of <State>' right after the name of the person m: [(mention, iri)] or []."""
        after = [(sm, i) for sm, i in self.in_span(m.end, min(e, m.end + 60), ("State", "Organization"))
                 if re.fullmatch(r"\s+(?:of|from)\s+(?:the\s+)?", self.text[m.end:sm.start])][:1]  # "Ambassador X from Y"
        if after and self.cls(after[0][1]) == "Organization":  # "Ambassador X from the Permanent Mission of Japan"
            states = self.mission_state(after)
            return [(after[0][0], states[0])] if states else []
        return after

    def possessor_state(self, s, pos, reach=60) -> list:
        """The state whose (possessive) name ends at pos: "Egypt's Foreign Minister", "Korea's Deputy Minister"."""
        return [(sm, i) for sm, i in self.in_span(max(s, pos - reach), pos, ("State",))
                if re.fullmatch(r"(?:['’]s?\s+)?", self.text[sm.end:pos])][-1:]

    def of_state(self, m, person, s, e) -> None:
        """'the outgoing President, Ambassador Dell Higgie of New Zealand', 'Her Excellency X of Norway, Chair of ...'."""
        first = self.state_named_after(m, e)
        if not first:
            return
        states = first[:1] + self.coordinated(first[0], ("State",))
        if len(states) == 1 and not any(f.subject == person and f.object == first[0][1] and f.predicate == "leads"
                                        for f in self.facts[-12:]):  # ("President X of Uganda" leads it already)
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

    def bracketed_state(self, m, e) -> list:
        """The state in brackets right after a name: 'President Thabo Mbeki (South Africa)', 'X [Tanzania]'."""
        return [(sm, i) for sm, i in self.in_span(m.end, min(e, m.end + 60), ("State",))
                if re.fullmatch(r"\s*[(\[]", self.text[m.end:sm.start]) and self.text[sm.end:sm.end + 1] in ")]"][:1]

    def state_in_brackets(self, m, person, s, e) -> None:
        """'HAROLD ADLAI AGYEMAN (Ghana), speaking on behalf of the African Group, said': a summary's speaker."""
        states = self.bracketed_state(m, e)
        if not states:
            return
        sm, state = states[0]
        # "Presidents Martin Vizcarra (Peru), Ivan Duque (Colombia), ...": the heads of the states in brackets
        listed = BRACKET_LIST_BEFORE.search(self.text, max(s, m.start - 300), m.start)
        head = HEAD_OF_STATE_TITLE.search(self.text[max(s, m.start - 300):listed.start() if listed else m.start])
        rel = "leads" if head else "represents"
        self.fact(person, rel, state, (s, e), "person-state-bracket", 0.8)
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

    def apposition(self, m, person, s, e, depth=0):
        """'Catherine Russell, secretary general of UNICEF;', 'Ms. Thandeka Nkosi, Commissioner for Peace and Security
        of the African Union Commission;': the body is the first one the apposition names after of/for/at/to."""
        honours = HONOURS_AFTER.match(self.text, m.end)  # ("Tim Watts MP, Assistant Minister ...")
        if honours:
            m = dataclasses.replace(m, end=honours.end())
        if not depth and re.match(r",\s+(?:has|have|had|is|was|were|will|would|said|says|and|or|as well as|[a-z]+ed|at|"
                                  r"in|on|from|with|by|for|to|of)\b", self.text[m.end:m.end + 24]):
            return  # "Mr Fuad Hussein, has participated in ...": a verb; "X, and the President of Y": the next item
        # (a second post joined to the first: "X, the President of Rwanda, and the current Chairperson of the AU")
        # (or no comma at all: "H.E. Mr. X Ambassador and Permanent Representative of Iraq")
        opening = r"(?:,\s+(?:the\s+)?|[ \t]+(?=(?:Ambassador|Permanent\s+Representative|Minister|Prime\s+Minister|President|"\
                  r"Secretary-General|Director-General)\b))" if not depth else r",?\s+(?:and\s+)?(?:the\s+)?"
        appos = re.match(opening + r"(?P<body>[^;(),]{3,140}?)(?=[;(),]|\.\s|\.?$|\s+(?:delivered|said|stated|noted|"
                         r"spoke|addressed|welcomed|thanked|told|added|led|attended|met|opened|chaired|will|would|shall|"
                         r"commended|stressed|urged|called|emphasi[sz]ed|underlined|highlighted|expressed|praised|"
                         r"announced|declared|reiterated|recalled|reaffirmed|pointed|described|"
                         r"has|have|had|is|was)\b|\s+to\s+(?!the\b|an?\b)[a-z]+\b|\s+for\s+(?:his|her|their)\b)",
                         self.text[m.end:e])  # ("... to discuss", "... for his leadership")
        if not appos:
            return
        end = m.end + appos.end("body")
        nxt = [pm for pm, _ in self.in_span(end, min(e, end + 60), ("Person",))]
        if nxt and re.fullmatch(rf",\s+{NAME_HONORIFICS}", self.text[end:nxt[0].start]) and \
                not OWN_POST_AFTER.match(self.text, nxt[0].end) and not self.own_apposed_post(nxt[0].end):
            return  # "X of Mexico, Director-General of the OPCW, Ambassador Y": the post before Y is Y's
            # (unless Y has a post of its own: "X, Deputy Chairperson of the AUC, H.E. Y, Ambassador of Sudan")
        named = [pm for pm, _ in self.in_span(m.end, min(e, end + 60), ("Person",))]
        if named and named[0].start <= end + 1:
            cut = AND_NEXT_NAME.search(self.text, m.end, named[0].start)
            if cut and cut.start() < e:  # "X, Ambassador of Nepal to Australia and Tim Watts MP, Assistant Minister
                return self.apposition(m, person, s, cut.start(), depth)  # ...": the post before 'and' is X's alone
            return  # "X, President of the Kyrgyz Republic Almazbek Atambayev, ...": the post is the next name's
        start = m.end + appos.start("body")
        if HEAD_TITLE.search(appos["body"]) and self.text[end:end + 1] == "," and \
                not self.in_span(start, end, ("Organization", "State")):  # a head's post naming no body, then a comma
            body = BODY_ALONE.match(self.text, end)
            bodies = [(om, i) for om, i in self.in_span(end, e, ("Organization",)) if om.start == body.end()]
            if bodies and AFTER_BODY_ALONE.match(self.text, bodies[0][0].end):
                # "Mr. X, Executive Director, UNODC said": the post, then the body it heads on its own
                self.role(person, appos["body"], bodies[0][0].start, e, s, state=bodies[0][1])
                return
            if depth < 2 and re.match(r",\s+(?:and\s+)?(?:the\s+)?[A-Z]", self.text[end:end + 16]):
                # "Mr. X, Under Secretary-General, Executive Director of UNODC": a post, then the post that names its
                # body (not "X, Minister of Y, yesterday concluded")
                self.apposition(dataclasses.replace(m, end=end), person, s, e, depth + 1)
                return
        own = ENVOY_OF_STATE.match(self.text, start)
        states = [i for sm, i in self.in_span(start, own.end(), ("State",))] if own else []
        if states:  # "Deng Xijun, the Chinese ambassador to ASEAN": China's envoy, accredited to ASEAN
            head = LEADER_OF_STATE.search(own.group()) and not DEPUTY.search(own.group())  # ("the Slovak Prime Minister")
            self.fact(person, "leads" if head else "represents", states[0], (s, e), f"role-{'leads' if head else 'represents'}", 0.75)
            return
        first = [(om, i) for om, i in self.in_span(start, end, ("Organization", "State")) if om.start == start]
        titled = POST_AFTER_NAME.match(self.text, first[0][0].end, end) if first else None
        if titled:  # "the Arab Republic of Egypt's Ambassador to the UN", "United Nations Under-Secretary-General for ..."
            self.role(person, titled["title"], titled.end(), e, s, state=first[0][1])
            return
        if first and self.cls(first[0][1]) == "Organization" and self.entity(first[0][1]).in_reference \
                and HEAD_TITLE.search(first[0][0].text) and not DEPUTY.search(first[0][0].text):
            # "Ms. X, United Nations High Commissioner for Human Rights at the 26th Session of the Human Rights
            # Council": a body named by its head's post (OHCHR, UNHCR); she leads it, not the Council after it
            self.fact(person, "leads", first[0][1], (s, e), "role-leads", 0.8)
            self.title_holders.setdefault(HEAD_TITLE.search(first[0][0].text).group().lower(), person)
            return
        if MINISTER_OF_PORTFOLIO.fullmatch(appos["body"]) and not self.in_span(start, end, ("Organization", "State")):
            # "the Honorable Dr. X, Minister for Foreign Affairs.": a minister of the home state, or of the state
            # whose ministry of that name the text names
            self.role(person, appos["body"], end, e, s, default=True)
            if not any(f.subject == person and f.predicate in ("represents", "leads") and self.cls(f.object) == "State"
                       for f in self.facts[-6:]):
                ministry = self.ministry_of(appos["body"])
                owner = [g.key for g in gazetteer_mentions(self.entity(ministry).label, self.ref)
                         if g.kind == "State"] if ministry else []
                if owner:
                    self.fact(person, "represents", owner[-1], (s, e), "role-represents", 0.7)
            return
        for om, org in self.in_span(start, m.end + appos.end("body"), ("Organization", "State", "Meeting")):
            lead = self.text[start:om.start]
            if self.cls(org) == "Meeting":  # "President of the third UNEA": who presides over a session leads its body
                org = self.body_named_in(om) if PRESIDES.search(lead) else None
                if not org:
                    continue
            if OF_A_MEETING.match(self.text, om.end):  # "Secretary-General of the UN LDC 5 Conference": a meeting's
                return
            # "X, Head of the OSCE Mission": a post before the body; "X, to the Council" is no apposition
            # ("X, a Senior Public Prosecutor from the Netherlands")
            if re.search(rf"\w\s+(?:of|for|at|to|from)\s+(?:the\s+)?(?:{SESSION_ORDINAL}\s+)?$", lead) and not re.search(r"\b(?:who|which|said)\b", lead) \
                    and not re.search(r"\band\s+(?!the\b)[a-z]+\s+(?:you|him|her|them|us|it)\b", lead):  # ("... and assure you of")
                standing_in = re.search(r"\b(?:representing|on\s+behalf\s+of)\s+(?:the\s+)?[\w\-\s]*$", lead)
                if standing_in and HEAD_TITLE.search(standing_in.group()):
                    # "X, Commissioner for Peace and Security representing the Chairperson of the AUC": he stands in
                    # for its head; he does not lead it
                    self.fact(person, "represents", org, (s, e), "represents-its-head", 0.7)
                    return
                self.role(person, lead, om.start, e, s, state=org)
                self.minister_of_bodys_state(person, lead, org, s, e)
                # "Coordinator of the Environmental Security Programme at INTERPOL": a member of INTERPOL too
                for om2, org2 in self.in_span(om.end, m.end + appos.end("body"), ("Organization",)):
                    if re.fullmatch(r"\s+(?:at|of|in)\s+(?:the\s+)?", self.text[om.end:om2.start]):
                        self.fact(person, "memberOf", org2, (s, e), "role-memberOf", 0.7)
                    break
                self.title_holders.setdefault((HEAD_TITLE.search(lead) or re.match(r"", "")).group().lower(), person)
                if depth < 2 and re.match(r",?\s+and\s+(?:the\s+)?(?:current|incoming|outgoing|new|[A-Z])", self.text[end:e]):
                    self.apposition(dataclasses.replace(m, end=end), person, s, e, depth + 1)
                second = SECOND_POST.search(self.text, om.end, end)  # "the Prime Minister of X and current Chairperson of Y"
                # ("... and Minister of Environment and Energy of Costa Rica": the portfolio, then the state)
                bodies = [(bm, b) for bm, b in self.in_span(second.end(), end, ("Organization", "State"))
                          if bm.start == second.end() or PORTFOLIO_THEN_OF.fullmatch(self.text, second.end(), bm.start)] \
                    if second else []
                if bodies:
                    self.role(person, second["title"], bodies[0][0].start, e, s, state=bodies[0][1])
                return

    def body_named_in(self, meeting_mention) -> str | None:
        """The body whose session a meeting's name holds ('the third UNEA': the UN Environment Assembly)."""
        inner = [g.key for g in gazetteer_mentions(meeting_mention.text, self.ref) if g.kind == "Organization"]
        if not inner:
            return None
        self.reference_entity(inner[0], "Organization")
        return inner[0]

    def own_apposed_post(self, pos: int) -> bool:
        """After a name at pos, its own post set off with an article: ', the Polish Prime Minister,'."""
        post = APPOSED_POST_AFTER.match(self.text, pos)
        return bool(post and (GOVERNMENT_TITLE.search(post["post"]) or HEAD_TITLE.search(post["post"])
                              or ENVOY_WORD.search(post["post"])))

    def reversed_apposition(self, m, person, s, e) -> bool:
        """'the Director General of the IAEA, Mr. Matteo Ferrante, ...': the post comes first, then the name."""
        bodies = [(om, org) for om, org in self.in_span(max(s, m.start - 120), m.start, ("Organization", "State"))
                  if re.fullmatch(rf"\s*(?:\([^)]*\))?\s*,\s+{NAME_HONORIFICS}",
                                  self.text[om.end:m.start])]
        if not bodies:  # "Ghanaian President, HE John Dramani Mahama noted ...": the state's adjective, the post
            adjective = [(om, i, t) for om, i in self.in_span(max(s, m.start - 60), m.start, ("State",))
                         for t in [re.fullmatch(rf"\s+(?P<title>(?:[A-Z][\w\-]*\s+){{0,2}}[A-Z][\w\-]*)\s*,\s+{NAME_HONORIFICS}",
                                                self.text[om.end:m.start])] if t and HEAD_TITLE.fullmatch(t["title"].split()[-1])]
            if adjective and self.own_apposed_post(m.end):
                return False  # "A, the Czech Prime Minister, B, the Polish Prime Minister": each post follows its name
            if adjective:
                self.role(person, adjective[-1][2]["title"], adjective[-1][0].start, e, s, state=adjective[-1][1])
            return bool(adjective)
        om, org = bodies[-1]
        title = re.search(r"(?P<title>[A-Z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,6}?)\s+(?:of|for)\s+(?:[Tt]he\s+)?$",
                          self.text[max(s, om.start - 70):om.start])
        if title and OWN_POST_AFTER.match(self.text, m.end) and re.search(
                r",\s*(?:the\s+)?$", self.text[max(s, om.start - 130):max(s, om.start - 70) + title.start()]):
            return False  # "X, Deputy Chairperson of the AUC, H.E. Y, Ambassador of Sudan": the post is X's
        sent_to = [(bm, b) for bm, b in bodies if re.search(r"\bto\s+(?:the\s+)?$", self.text[max(s, bm.start - 8):bm.start])]
        # ("the Permanent Representative of Cuba to the United Nations, Ambassador X": the state right before "to")
        sending = [(sm, st) for sm, st in self.in_span(max(s, sent_to[-1][0].start - 60), sent_to[-1][0].start, ("State",))
                   if re.fullmatch(r"\s+to\s+(?:the\s+)?", self.text[sm.end:sent_to[-1][0].start])] if sent_to else []
        if sent_to and (len(bodies) >= 2 and bodies[-2][0].end < sent_to[-1][0].start or sending):
            # "the Ambassador of Brazil to Indonesia, Mr. X": he represents the sending state
            om2, org2 = sending[-1] if sending else bodies[-2]
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
        title = " ".join(title.split())  # "the Prime\nMinister of Barbados": a title broken across lines
        if FORMER.search(title) or FORMER.search(self.text, max(s, pos - len(title) - 24), pos):
            return  # "the ex-President of Brazil, X": a past post says nothing of whom X serves now
        self.heads_ministry(person, title, s, e, state)
        orgs = self.in_span(pos, min(e, pos + 90), ("Organization", "State"))
        if state:
            target = state
        elif orgs and re.fullmatch(r"[^\S\n]*|\s*(?:of|at)\s+(?:the\s+)?(?:(?:[A-Z][a-z]+\s+)?(?:Republic|Kingdom|State|Federation|"
                                   r"Commonwealth|Sultanate|Principality)\s+of\s+(?:the\s+)?)?", self.text[pos:orgs[0][0].start]) \
                and not (GOVERNMENT_TITLE.search(title) and re.match(r"\s*at\s", self.text[pos:orgs[0][0].start])):
            # (not "the Minister for Foreign Affairs, Hon. X at the Security Council": where the minister speaks)
            # ("President Paul Kagame of the Republic of Rwanda": a formal name the lists do not hold)
            # (a body on the next line is the next item of a list, not this person's)
            target = orgs[0][1]  # "Director General Margaret Chan of the World Health Organization"
        elif default and ADDRESSED_BY_TITLE.match(self.text, self.text.rfind("\n", 0, pos) + 1) and \
                not re.search(r"secretary[- ]general|director[- ]general", title, re.I):
            return  # "Mr. President Abdulaziz Al-Nasser," addresses the chair: no head of the speaker's state
        elif default and re.search(r"secretary[- ]general|director[- ]general", title, re.I):
            target = self.secretariat_owner(title)
            if target not in self.ref.classes:
                return
            self.reference_entity(target, "Organization")
        elif default and GOVERNMENT_TITLE.search(title) and not (self.doc.kind == "Statement" and self.stance_object(title, s, pos)):
            # the home state's ("President Lula highlighted ..."), but not a statement's object: "South Africa applauds
            # President Salva Kiir" names another state's president
            target = self.principal or self.main_state()
            if any(f.subject == person and f.predicate in ("represents", "leads") and self.cls(f.object) == "State"
                   and f.object != target for f in self.facts):
                return  # "Minister Sari" after "the Minister for Foreign Affairs of Indonesia, Dewi Kartika Sari": known
            if target and self.cls(target) == "Organization":
                return  # a group's statement: a President speaks for it, he is no head of the group
            places_end = {pm.end for pm, _ in self.in_span(s, e, ("Place",))}
            if self.doc.kind != "Statement" and any(i != target and not any(m.start - 2 <= p <= m.start and
                                                                            self.text[p:m.start].strip() in ("", ",")
                                                                            for p in places_end)
                                                    for m, i in self.in_span(s, pos, ("State",))):
                return  # a news item's sentence naming another state before the post: "offered by Saudi Arabia under
                # King Salman" (not the state of a city: "held in Bangkok, Thailand"; nor the guests after the name)
        else:
            return
        if not target:
            return
        if DEPUTY.search(title) or SUB_HEAD.search(title) or not HEAD_TITLE.search(title):
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
                self.reference_entity(inner[0], "Organization")
                self.fact(person, "memberOf", inner[0], (s, e), "role-office-of", 0.65)

    def stance_object(self, title, s, pos) -> bool:
        """Is the titled person in the object of a stance verb ('South Africa applauds President Salva Kiir')?"""
        title_at = self.text.rfind(title.split()[0], s, pos)
        last = None
        for last in stance_triggers().finditer(self.text, s, max(s, title_at)):
            pass
        # (or joined to it: "I thank Under-Secretary-General DiCarlo for her briefing and President Zelensky")
        return bool(last) and re.fullmatch(r"\s+(?:to\s+|for\s+)?(?:you,?\s+)?(?:the\s+)?(?:(?:His|Her)\s+Excellency\s+)?|"  # ("Thank you Minister X")
                                           r"[^.;:]{0,120}\s+and\s+(?:the\s+)?",
                                           self.text[last[1]:title_at]) is not None

    def minister_of_bodys_state(self, person, lead, org, s, e) -> None:
        """'Minister of Interior and Secretary-General of the Drug Control Headquarters of the Islamic Republic of
        Iran': a minister first, of the state the body's name ends with."""
        if self.cls(org) != "Organization" or not re.match(r"\s*(?:the\s+)?(?:Deputy\s+)?(?:Minister|Secretary\s+of\s+State)\b", lead):
            return
        label = self.entity(org).label
        states = [g.key for g in gazetteer_mentions(label, self.ref) if g.kind == "State" and g.end == len(label)]
        if states:
            self.reference_entity(states[0], "State")
            self.fact(person, "represents", states[0], (s, e), "minister-of-state", 0.7)

    def owned_person(self, m, person, s, e) -> bool:
        """'Venezuela's Nicolas Maduro' speaks for Venezuela; 'United Nations chief Antonio Guterres' heads the UN."""
        owner = [(om, i) for om, i in self.in_span(max(s, m.start - 80), m.start, ("State", "Organization"))
                 if re.fullmatch(rf"['’]s\s+(?:{OWNED_POST}\s+)?|\s+(?:[a-z\-]+\s+){{0,3}}(?:chief|head|boss)\s+",
                                 self.text[om.end:m.start])
                 and not (self.cls(i) == "State" and SMALL_POST.fullmatch(self.text[om.end:m.start]))][-1:]
        if owner:
            om, i = owner[0]
            # ("UN chief X" heads the UN; "EU foreign policy chief X" one of its portfolios, and speaks for it)
            chief = re.fullmatch(r"\s+(?:chief|head|boss)\s+", self.text[om.end:m.start])
            self.fact(person, "leads" if chief else "represents", i, (s, e), "owned-person", 0.7)
        return bool(owner)

    def owned_post(self, m, person, s, e) -> None:
        """'UNODC’s Executive Director, Yury Fedotov', 'Mr. Tim Steele, UNODC's Global Anti-Corruption Advisor': a
        body's (or a state's) post in capitals, owned, before the name or set off after it."""
        before = [(om, i, p) for om, i in self.in_span(max(s, m.start - 80), m.start, ("State", "Organization"))
                  for p in [OWNED_CAPITAL_POST.fullmatch(self.text, om.end, m.start)] if p][-1:]
        after = APPOSED_OWNER.match(self.text, m.end, e)
        owners = [(om, i) for om, i in self.in_span(after.end(), e, ("State", "Organization")) if om.start == after.end()] if after else []
        post = OWNED_CAPITAL_POST.match(self.text, owners[0][0].end, e) if owners else None
        found = before or ([(owners[0][0], owners[0][1], post)] if post else [])
        if not found:
            return
        om, i, post = found[0]
        # (the whole post must be a head's title: "Deputy Executive Director" is no head)
        prop = "leads" if HEAD_TITLE.fullmatch(post["title"].strip()) else "represents" if self.cls(i) == "State" else "memberOf"
        self.fact(person, prop, i, (s, e), "owned-post", 0.7)

    def national_leader(self, m, person, s, e) -> bool:
        """'Palestinian leader Mahmoud Abbas', 'Omar Al Bashir, the Sudanese president who ...': a state's adjective and a
        post written in small letters, before the name or set off after it."""
        before = [(sm, i) for sm, i in self.in_span(max(s, m.start - 40), m.start, ("State",))
                  if SMALL_POST.fullmatch(self.text[sm.end:m.start])]
        after = APPOSED_SMALL_POST.match(self.text, m.end, e)
        states = before or ([(sm, i) for sm, i in self.in_span(after.start("state"), after.end("state"), ("State",))]
                            if after else [])
        if not states:
            return False
        post = SMALL_POST.fullmatch(self.text[states[-1][0].end:m.start]) if before else after
        leader = re.match(r"(?:leader|president|prime\s+minister|premier|king|queen|emir)\b", post["post"])
        self.fact(person, "leads" if leader else "represents", states[-1][1], (s, e), "national-post", 0.7)
        return True

    def as_head_of(self, m, person, s, e) -> bool:
        head = AS_HEAD_OF.match(self.text, m.end, e)
        work = WORK_AS_HEAD.search(self.text, m.end, min(e, m.end + 200)) if not head else None
        if work and not self.in_span(m.end, work.start(), ("Person",)):
            head = work  # "X, Permanent Representative of Korea, for his admirable work as the President of the HRC"
            self.apposition(m, person, s, e)  # (X's own post, before it)
        apposed = re.match(r",[^,;]{3,120},", self.text[m.end:e]) if not head else None
        if apposed and re.search(r"\b(?:elected|appointed|designated|named)\s+(?:\S+\s+){0,3}$", self.text[max(s, m.start - 40):m.start]):
            head = AS_HEAD_OF.match(self.text, m.end + apposed.end(), e)  # "elected X, President of Y, as Chair of Z"
            if head:
                self.apposition(m, person, s, e)  # (X's own post, between the commas)
        bodies = [i for bm, i in self.in_span(head.end(), e, ("Organization", "State")) if bm.start == head.end()] if head else []
        if bodies:
            self.role(person, head["title"], head.end(), e, s, state=bodies[0])
        return bool(bodies)

    def secretariat_owner(self, title: str) -> str | None:
        """Whose 'Secretary General' or 'Director General' an unqualified title names: the organisation whose organ
        the statement was delivered to (the IAEA's at its General Conference); else the UN's, unless the text never
        names the UN and is about another organisation (an OAS press release's 'Secretary General X')."""
        un = str(ID["org/un"])
        if re.search(r"\b(?:under|assistant)[- ]secretary[- ]general", title, re.I):
            return un  # the UN's ranks ("Under-Secretary-General DiCarlo"), whoever meets
        top = self.organisation_of_meeting()
        if top and top != un:
            return top
        if not re.search(r"secretary[- ]general", title, re.I):
            return None
        named = [i for _, i in self.linked.mentions if self.cls(i) == "Organization"]
        if un in named:
            return un
        family = un_family(self.ref)
        others = [self.top_of(i) for i in named if i not in family and self.entity(i).in_reference]
        return max(dict.fromkeys(others), key=others.count) if others else un

    def organisation_of_meeting(self) -> str | None:
        """The organisation the statement's meeting belongs to, up the reference data's partOf chain."""
        return self.top_of(self.body_of_meeting.get(self.meeting)) if self.meeting else None

    def top_of(self, body: str | None) -> str | None:
        """The organisation a body belongs to, up the reference data's partOf chain (the OAS for its Assembly)."""
        chain = self.bodies_up_from(body)
        return chain[-1] if chain else body

    def bodies_up_from(self, body: str | None) -> list[str]:
        """A body and those it is part of, up the reference data's partOf chain."""
        chain = []
        while body and body not in chain:
            chain.append(body)
            parent = self.ref.graph.value(URIRef(body), DKG.partOf)
            body = str(parent) if parent is not None else None
        return chain

    def heads_ministry(self, person, title, s, e, state=None) -> None:
        """'the Cabinet Secretary for Health' heads 'the Ministry of Health' the document names; 'the Minister of
        International Relations and Cooperation' the 'Department of International Relations and Cooperation'.
        A minister of one state heads no other state's ministry."""
        ministry = self.ministry_of(title)
        if ministry and state and self.cls(state) == "State" and any(
                self.entity(ministry).label.endswith(" of " + ent.label) for i, ent in self.linked.entities.items()
                if ent.cls == "State" and i != state):
            return
        if ministry:
            self.fact(person, "leads", ministry, (s, e), "role-leads-ministry", 0.65)

    def ministry_of(self, title) -> str | None:
        """The ministry or department the document names for a minister's title, if any."""
        portfolio = PORTFOLIO_TITLE.search(title)
        if not portfolio or DEPUTY.search(title):
            return None
        words = re.escape(" ".join(portfolio["portfolio"].split()))
        return next((i for i, ent in list(self.linked.entities.items()) if ent.cls == "Organization" and
                     re.match(rf"(?:Ministry|Department) (?:of|for) (?:the )?{words}\b", ent.label, re.I)), None)

    def roster_lines(self, s, e):
        """'Angola: HE President Joao Lourenco' / 'Mauritius: Hon X, Minister of ...': a list of delegations, one
        line each, the state first; a head of state or government leads it, anyone else represents it."""
        for m, person in self.in_span(s, e, ("Person",)):
            state, line_start, line_end = self.roster_state(m)
            if state:
                title = self.text[line_start:m.start] + self.text[m.end:line_end]
                prop = "leads" if LEADER_OF_STATE.search(title) and not DEPUTY.search(title) else "represents"
                self.fact(person, prop, state, (line_start, line_end), f"roster-{prop}", 0.8)
                meeting = getattr(self, "last_meeting", None) or self.meeting
                if meeting and ATTENDANCE_INTRO.search(self.roster_intro(line_start)):
                    for who in (person, state):  # "The Summit was attended by the following: ..."
                        self.fact(who, "participatesIn", meeting, (line_start, line_end), "roster-attended", 0.7)

    def roster_intro(self, line_start: int) -> str:
        """The line that opens the roster holding the line at line_start (the first line above it that is not
        itself 'State: person')."""
        for line in reversed(self.text[max(0, line_start - 3000):line_start].splitlines()):
            if line.strip() and not ROSTER_LINE.match(line) and not ROSTER_LINE_TITLED.match(line):
                return line
        return ""

    def roster_state(self, m) -> tuple[str | None, int, int]:
        """The state that opens the line of person m in a roster ('Angola: HE President X'), and the line's bounds."""
        line_start = self.text.rfind("\n", 0, m.start) + 1
        line_end = self.text.find("\n", m.end)
        line_end = len(self.text) if line_end < 0 else line_end
        named = self.in_span(line_start, m.start, ("State", "Organization"))
        if len(named) != 1 or self.cls(named[0][1]) != "State":
            return None, line_start, line_end
        sm, state = named[0]
        # ("Angola H.E. President X": a state, then the titled name, with no colon between)
        colon = ROSTER_COLON.match(self.text, sm.end) or ROSTER_HONORIFIC.match(self.text, sm.end)
        if not colon or self.text[line_start:sm.start].strip(" \t-•*") or self.in_span(line_start, m.start, ("Person",)):
            return None, line_start, line_end
        return state, line_start, line_end

    def represented_by(self, s, e):
        """'Trinidad and Tobago was represented by Senator Dr. Amery Browne, Minister of ...': the person speaks for
        the state, and both take part in the meeting the text is about."""
        for rep in REPRESENTED_BY.finditer(self.text, s, e):
            states = [i for m, i in self.in_span(s, rep.start(), ("State",))
                      if not self.text[m.end:rep.start()].strip()]
            first = self.in_span(rep.end(), e, ("Person",))[:1]
            if not states or not first:
                continue
            # "by Foreign Minister A and Development Minister B": each of them
            people = [first[0][1]] + [i for m, i in self.listed_after(first[0], e, ("Person",))]
            meeting = getattr(self, "last_meeting", None) or self.meeting
            for person in people:
                self.fact(person, "represents", states[-1], (s, e), "represented-by", 0.8)
            if meeting:
                for who in [states[-1]] + people:
                    self.fact(who, "participatesIn", meeting, (s, e), "represented-by", 0.65)
            # "..., Lesotho by Hon. Tom Thabane, the Minister of Foreign Affairs, Seychelles by ...": the verb gapped
            for m, state in self.in_span(first[0][0].end, e, ("State",)):
                by = re.match(r"\s+by\s+", self.text[m.end:e])
                person = self.in_span(m.end, min(e, m.end + 60), ("Person",))[:1] if by else []
                if person and re.search(r"(?:,|\band)\s*$", self.text[max(s, m.start - 6):m.start]) and \
                        re.fullmatch(rf"\s+by\s+(?:{NAME_HONORIFICS})?", self.text[m.end:person[0][0].start]):
                    self.fact(person[0][1], "represents", state, (s, e), "represented-by", 0.75)
                    for who in [state, person[0][1]] if meeting else []:
                        self.fact(who, "participatesIn", meeting, (s, e), "represented-by", 0.65)
