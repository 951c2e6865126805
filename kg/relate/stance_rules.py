"""Stances: who supports, welcomes, condemns, thanks, urges or aligns with whom, and whose statement
one aligns with."""
from __future__ import annotations

import re

from ..model import Mention
from ..prefilter import guarded
from .reader import ACTOR, GOVERNED, LIST_GAP

DEMONSTRATIVE_ACTS = re.compile(r"\s+(?:all\s+)?(?:such|these|this|those|that)\s+(?:\w+\s+)?(?:acts?|attacks?|actions?|"
                                r"activities|provocations?|violations?|launch(?:es)?|tests?|crimes?|use)\b", re.I)
# the one attacked: "the invasion of Ukraine", "aggression against Georgia", "attacks on Israel"
VICTIM_BEFORE = re.compile(r"\b(?:invasion|occupation|annexation|aggression|attacks?|war|bombing|bombardment|shelling|"
                           r"strikes?|blockade|incursion)\s+(?:of|on|against|upon|in)\s+(?:the\s+)?$", re.I)
THIS_STATEMENT = re.compile(r"\s+(?:this|the present|our)\s+(?:joint\s+)?(?:statement|declaration|intervention)\b"
                            r"(?!\s+(?:of|by|delivered))", re.I)
LISTED_AFTER = re.compile(THIS_STATEMENT.pattern + r"\s*:", re.I)
CONVENE = re.compile(r"\b(?P<prep>for|in)\s+(?:\w+ly\s+)?(?:having\s+)?(?P<verb>convening|convened|organi[sz]ing|organi[sz]ed|arranging|arranged|hosting|hosted|holding|held|calling|called|presiding over|chairing|chaired|facilitating|facilitated)\b",
                     re.I)
# "welcomes the leadership shown by Nigeria in holding this debate": the debate the statement is delivered at
THIS_MEETING = re.compile(r"\s+(?:this|today['’]s|the\s+present)\s+(?:[\w\-]+\s+){0,3}?(?:debate|meeting|session|dialogue|"
                          r"conference|segment|briefing|summit|event|discussion)\b", re.I)
NAMED_MEETING_NOUN = re.compile(r"\s+(?P<noun>the\s+(?:[\w\-]+\s+){0,5}?(?:[Dd]ebate|[Mm]eeting|[Ss]ession|[Dd]ialogue|[Cc]onference|"
                                r"[Ss]egment|[Bb]riefing|[Ss]ummit|[Ee]vent|[Ss]ymposium|[Ww]orkshop|[Ss]eminar|[Ff]orum|[Aa]ssembly))\b")
CONVENING_OF = re.compile(r"\s+the\s+(?:convening|holding|organi[sz]ation|organi[sz]ing|convocation)\s+of\s+"
                          r"(?P<noun>(?:this|the|today['’]s)\s+(?:[\w\-]+\s+){0,4}?(?:[Ss]egment|[Ss]ession|[Mm]eeting|[Dd]ebate|"
                          r"[Cc]onference|[Ss]ummit|[Dd]ialogue|[Ff]orum))\b")
ITS_ADOPTION = re.compile(r"\s+(?:its|their|the)\s+(?:unanimous\s+)?adoption\b(?!\s+of)")
STATEMENT_OF = re.compile(r"\s+(?:for\s+)?(?:fully\s+)?(?:the\s+)?(?:joint\s+)?statements?\s+"
                          r"(?:delivered\s+|made\s+|read\s+|given\s+|presented\s+)?(?:of|by)\b", re.I)


# "was welcomed by the EU", "has been supported by many delegations": a stance in the passive
PASSIVE_AUX = re.compile(r"\b(?:was|were|is|are|been|be)\s+(?:\w+ly\s+)?$")
PASSIVE_BY = re.compile(r"\s+by\s+(?:the\s+)?(?=[A-Z])")

# "the statement delivered by the EU", "the remarks made by the distinguished Chair of the G-77": whose statement
STATEMENT_BY = re.compile(r"\b(?:statement|declaration|intervention|remarks)s?\s+(?:\w+\s+){0,2}?(?:delivered|made|make|"
                          r"presented|read)?\s*by\s+(?:the\s+)?(?:(?:distinguished|honourable|honorable)\s+)?"
                          r"(?P<chair>(?:Chair\w*|President|Coordinator|Presidency)\s+of\s+(?:the\s+)?)?", re.I)
APPOSED_STATE = re.compile(r"\s*,\s+(?:the\s+)?")
# ("... by the EU as well as by Liechtenstein", "... by the G77 and China as well as the African Group")
ALSO_BY = re.compile(r",?\s+(?:as\s+well\s+as\s+(?:by\s+)?|and\s+(?:also\s+)?by\s+)(?:the\s+)?")
CHAIR_AFTER = re.compile(r"\s+(?:Chair\w*|President|Coordinator)\b(?:\s+and\s+[^,;]{0,50})?\s*,\s+(?:the\s+)?")


# "stressing that Israel should implement all relevant UN resolutions": a speaker's demand on the actor that follows
MUST_CLAUSE = guarded(re.compile(r"\b(?:stress|emphasi[sz]|insist|underlin|underscor|reiterat|demand|declar|stat|said|say)\w*\s+that\s+"
                         r"(?:the\s+)?(?=[A-Z])"))
SPEECH_VERB = re.compile(r"\b(?:said|stated|declared|told|stressed|noted|added|says|states|stresses|notes)\b")
MUST_VERB = re.compile(r"\s+(?:should|must)\s+(?!not\b|never\b|be\s+(?:allowed|permitted)\b)")


APPRECIATING = ("welcomes", "thanks", "supports")  # (not urging or condemning, whose objects are read otherwise)
ACT_BY = re.compile(r"\b(?:deposit(?:ing)?|accession|ratification|signature|signing|contribution|pledge|commitment|"
                    r"decision|announcement|initiative|efforts?|offer|engagement)\s+by\s+(?:the\s+)?$")
OF_THE = re.compile(r"\bof\s+(?:the\s+)?$")
ACTOR_NOUN = re.compile(r"\s+(?:government|people|peoples|authorities|delegation|presidency|chairmanship|side|leadership|"
                        r"president|prime|minister|forces|army|parliament|nation|regime|counterparts?|colleagues?|"
                        r"friends|partners?|state|republic|mission|embassy|contingent|troops|peacekeepers|ambassador|"
                        r"representative|envoy|delegate|diplomat)\b", re.I)
# "congratulate you on your election", "thank you for your briefing": the one addressed, and why; the body named in
# the reason is not thanked
YOU_FOR = re.compile(r"\s+you\s*,?\s+(?:on|upon|for)\b")
# "the statement delivered by Guinea", "by the distinguished Permanent Representative of Guinea" (on behalf of a group)
DELIVERED_BY_STATE = re.compile(r"\b(?:by|statement\s+of)\s+(?:the\s+)?(?:(?:distinguished|honou?rable)\s+)?"
                                r"(?:(?:(?:Permanent|Deputy|Alternate)\s+)*(?:Representative|Ambassador|[Dd]elegation|"
                                r"[Dd]elegate|Minister(?:\s+(?:of|for)\s+[A-Z][\w\s]{0,30}?)?)\s+of\s+(?:the\s+)?)?$")
BODYS_TEXT = re.compile(r"(?:['’]s)?\s+(?:[Rr]esolutions?|[Dd]ecisions?|[Dd]eclarations?|[Rr]eports?|[Pp]residential\s+"
                        r"[Ss]tatements?)\b(?!\s+\d)")  # (not "Security Council resolution 2388": that names the resolution)
TO_NEXT = re.compile(r"\s+to\b")
GRATITUDE_OF = re.compile(r"\s+of\s+(?:the\s+)?(?=[A-Z])")  # ("expressed the gratitude of Qatar to ...")
# a post named alone as the object, its holder named before ("the High Commissioner for providing ...")
TITLE_OBJECT = re.compile(r"\s+(?:to\s+)?the\s+(?P<title>High\s+Commissioner|Secretary-General|Special\s+Rapporteur|"
                          r"Special\s+Representative|Executive\s+Director|Director-General|Special\s+Envoy)\b"
                          r"(?!\s+(?:of|on)\b|\s+for\s+[A-Z]|['’])")
HIM_OR_HER = re.compile(r"\s+(?:him|her)(?=\s*(?:[,.;:]|$|(?:for|on|and|as|in|very|most|again|once|warmly|sincerely)\b))")
# "I welcome this opportunity to take the floor on behalf of the Group, A, B and C": no one is welcomed
OPPORTUNITY = re.compile(r"\s+(?:this|the|today['’]s)\s+(?:\w+\s+)?(?:opportunity|occasion|chance)\b")
# ("... and is proud to support": up to three words, none of them a noun phrase's determiner, before the next verb)
AND_VERB = re.compile(r"\s(?:and|but)\s+(?:(?!the\b|a\b|an\b|its\b|their\b|our\b|his\b|her\b|your\b|for\b)[a-z]+\s+){0,3}$")
ANOTHERS_THING = re.compile(r"\s+(?:his|her|their|your)\s+(?:[a-z\-]+\s+){1,3}?(?:to|in|into|with|at|from|on|over)\s")
EVENT_OF = re.compile(r"\b(?:entry|admission|accession|election|adoption|appointment|ratification|membership)\s+of\s+"
                      r"(?:the\s+)?$")
# (what the per-trigger checks below look at, compiled once rather than looked up at each call)
PARTICIPLE = re.compile(r"\w+ing\b")
BY_LEAD = re.compile(r"\s+by\s+(?:the\s+)?")
FROM_NEXT = re.compile(r"\s+from\b")
YOU_TO_NEXT = re.compile(r"\s+you\s+(?:also\s+)?to\s")
YOU_NEXT = re.compile(r"\s*,?\s+you\b")
WELCOME_TO = re.compile(r"\s+(?:back\s+)?to\s+(?:the\s+)?")
THE_NEXT = re.compile(r"\s+(?:the\s|(?:Ms|Mr|Mrs|Dr|H\.\s?E)\.?\s|Ambassador\s|Minister\s)")  # (whom it welcomes back)
PROVIDED_BY = re.compile(r"\s(?:provided|given|supplied|delivered|carried\s+out|committed|perpetrated|launched|conducted)"
                         r"\s+by\s+(?:the\s+)?")
BACK_ADVERB = re.compile(r"\s+(?:to|in|into|from|on|home)\b")
# "the continued military support for X provided by Y": 'support' as a noun, another's, object of another verb
NOUN_SUPPORT = re.compile(r"(?<!\bits\s)(?<!\bour\s)(?<!\bmy\s)(?<!\btheir\s)(?<!\bhis\s)(?<!\bher\s)"
                          r"\b(?:the|a|an|any|this|that|such|continued|military|financial|political|economic|material|"
                          r"logistical|technical)\s+$")  # (not "its continued support for": its owner's)
THEM_NEXT = re.compile(r"\s+them\b")


class StanceRules:
    """Rules for stances."""

    def demands(self, s, e):
        """'X stressed that Israel should implement ...', 'said that the Council must act': X urges the actor."""
        for said in MUST_CLAUSE.finditer(self.text, s, e):
            first = [(m, i) for m, i in self.in_span(said.end(), e, ACTOR) if m.start == said.end()][:1]
            if not first or not MUST_VERB.match(self.text, first[0][0].end):
                continue
            at = said.start()
            main = SPEECH_VERB.search(self.text, s, at) if PARTICIPLE.match(said.group()) else None
            if main:  # "X, who ..., said that ..., stressing that Israel should ...": the participle's subject is X
                at = main.start()
            subj = self.subject_before(s, at)
            if subj and subj != first[0][1] and self.cls(subj) in ACTOR and not self.blocked(s, said.start()):
                self.fact(subj, "urges", first[0][1], (s, e), "stance-urges-must", 0.6)

    def perpetrators(self, objs, e) -> list:
        """'We condemn the aggression against Ukraine', '... the invasion of Ukraine by the Russian Federation': the
        state attacked is not condemned; the one named as the attacker is."""
        out = []
        for m, o in objs:
            if not VICTIM_BEFORE.search(self.text, max(0, m.start - 40), m.start):
                out.append((m, o))
                continue
            by = BY_LEAD.match(self.text[m.end:e])
            out += [(am, a) for am, a in self.in_span(m.end + by.end(), e, ACTOR) if am.start == m.end + by.end()][:1] if by else []
        # "We condemn the military support for X's war provided by Belarus, Iran, and the DPRK": the agents named
        agents = PROVIDED_BY.search(self.text, objs[-1][0].end, e) if objs else None
        first = [(am, a) for am, a in self.in_span(agents.end(), e, ACTOR) if am.start == agents.end()][:1] if agents else []
        if first and not self.in_span(objs[-1][0].end, agents.start(), ACTOR):
            out += [x for x in first + self.coordinated(first[0], ACTOR) if x not in out]
        return out

    def stances(self, s, sentence_end, triggers):
        names = [(m.start, m.end) for m, _ in self.in_span(s, sentence_end)]
        found = list(triggers.finditer(self.text, s, sentence_end))
        last_subject, last_end = None, None  # the verb before: its subject, and where its object ended
        for k, (t_start, t_end, prop) in enumerate(found):
            # "We commend the Rapporteur's work and appreciate his access to the country": the next verb of the
            # sentence ends the object of this one, and shares its subject
            e = next((t for t, _, _ in found[k + 1:] if AND_VERB.search(self.text, t_end, t)), sentence_end)
            shared_subject = last_subject if last_end == t_start else None
            last_subject, last_end = None, e
            if self.blocked(s, t_start) or any(a <= t_start < b for a, b in names):  # "the Rapid Support Forces"
                continue
            if FROM_NEXT.match(self.text[t_end:t_end + 6]):
                continue  # "organized by X with support from Y": Y gives the support
            word = self.text[t_start:t_end].lower()
            if prop == "supports" and (word == "support" and NOUN_SUPPORT.search(self.text, max(s, t_start - 30), t_start)
                                       or word == "back" and BACK_ADVERB.match(self.text, t_end)):
                continue  # ("welcomes back to the Permanent Council X": an adverb, not the verb 'to back')
            if self.passive_stance(prop, t_start, t_end, s, e):
                continue
            # ("Ghana congratulates you ... and is proud to support X": the same subject)
            subj = last_subject = self.subject_before(s, t_start) or shared_subject
            owner = GRATITUDE_OF.match(self.text, t_end, e) if prop == "thanks" else None
            owners = [(i, to) for m, i in self.in_span(t_end, e, ("State", "Organization")) if owner and m.start == owner.end()
                      for to in [TO_NEXT.match(self.text, m.end, e)] if to]
            if owners:  # "expressed the gratitude of Qatar to the people and government of Japan": Qatar's thanks
                subj, t_end = owners[0][0], owners[0][1].end()
            if subj is None and prop == "thanks" and (YOU_TO_NEXT.match(self.text[t_end:t_end + 20]) or (
                    YOU_NEXT.match(self.text[t_end:t_end + 12]) and not self.text[s:t_start].strip(" \t\n\"“"))):
                subj = self.principal  # "..., and thank you to Ireland for co-hosting this event", "Thank you Minister X"
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
            start = t_end
            to = WELCOME_TO.match(self.text[t_end:e]) if prop == "welcomes" else None
            place = [m for m, _ in self.in_span(t_end + to.end(), e) if m.start == t_end + to.end()] if to else []
            if place and THE_NEXT.match(self.text[place[0].end:e]):
                start = place[0].end  # "welcomes to the Permanent Council the Chairperson-in-Office": whom it welcomes
            elif place:
                continue  # "Thank you Minister Rau and welcome to Vienna": a greeting, no stance
            objs = self.objects_after(start, e, ACTOR + ("Place",) if prop == "urges" else None, agents=prop == "condemns")
            if prop == "thanks" and YOU_FOR.match(self.text, t_end, e):
                # "We congratulate you on your assumption of the Chair of the First Committee": the chair, unnamed; only
                # one thanked after "and" is another ("thank you for convening this debate, and Japan for its support")
                objs = [(m, o) for m, o in objs if re.search(r"\band\s+(?:also\s+)?(?:the\s+)?(?:Government\s+of\s+(?:the\s+)?)?$",
                                                              self.text[t_end:m.start])]
            titled = TITLE_OBJECT.match(self.text, start, e)
            holder = self.title_holders.get(" ".join(titled["title"].lower().split())) if titled else None
            if holder:  # "its appreciation to the High Commissioner for providing the Council with ...": her, named before
                objs = [(Mention(titled.start("title"), titled.end("title"), titled["title"], "Person"), holder)]
            if prop in APPRECIATING:
                objs = self.appreciated(objs, start, e)
            if prop in APPRECIATING and (ANOTHERS_THING.match(self.text, t_end, e) or OPPORTUNITY.match(self.text, t_end, e)):
                objs = []  # "appreciate his access to the country": his access is what one appreciates, not the country
            elif HIM_OR_HER.match(self.text, t_end, e):  # "We thank him for ...": the person named last (not "her predecessor")
                people = [(m, i) for m, i in self.in_span(max(0, s - 600), t_start, ("Person",))]
                objs = people[-1:]
            elif THEM_NEXT.match(self.text[t_end:e]):  # "the presence of X and of Y, and we thank them"
                objs = [(m, i) for m, i in self.in_span(s, t_start, ("Person",))] or self.states_before(s)
            if prop == "urges":  # "we call on Washington and Beijing": capitals stand for their governments
                objs = [(m, o) for m, o in objs if self.cls(self.state_of(o)) in ACTOR]
                # "urged his colleagues to make contributions ... to ECOWAS": whom one urges comes before "to <verb>"
                if objs and re.search(r"\bto\s+(?!the\b|a\b|an\b|all\b)[a-z]+\b", self.text[t_end:objs[0][0].start]):
                    objs = []
                # "we call for an end to the conflicts in Ukraine, Sudan ...": one calls for a thing; only "call for X
                # to ..." names whom
                elif objs and self.text[t_start:t_end].lower().endswith("for") and \
                        not re.fullmatch(r"\s+(?:the\s+)?", self.text[t_end:objs[0][0].start]):
                    objs = []
            if prop == "condemns":
                objs = self.perpetrators(objs, e)
            if not objs and prop == "condemns":
                self.condemned_by_reference(subj, t_end, s, e)
            convening = CONVENING_OF.match(self.text, t_end, e) if self.meeting and prop in ("welcomes", "supports") else None
            if convening and not self.names_own_meeting(convening["noun"]):
                convening = None  # "the convening of the High-Level Segment" during a session: another meeting
            if convening:  # "welcomes the convening of the first Coordination Segment of ECOSOC": this meeting
                objs = [(Mention(convening.start("noun"), convening.end("noun"), convening["noun"], "Meeting"), self.meeting)]
            if prop == "welcomes" and ITS_ADOPTION.match(self.text, t_end) and self.previous:
                # "Last week, the Council adopted resolution 2730. Guyana welcomes its adoption": that resolution
                named = [i for _, i in self.in_span(self.previous[0], t_start, ("Resolution",))]
                objs = [(Mention(t_end, t_end, "", "Resolution"), named[-1])] if named else objs
            if prop == "thanks" and objs and EVENT_OF.search(self.text, t_end, objs[0][0].start):
                prop = "welcomes"  # "we congratulate the entry of Switzerland to the UN": an event, welcomed
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
                other = NAMED_MEETING_NOUN.match(self.text, convene.end()) if convene else None
                if other and not self.names_own_meeting(other["noun"]):
                    convene = None  # "we thank Japan for hosting the Conference" at a Council debate: another meeting
                if convene and (prop == "thanks" and convene["prep"] == "for" or prop in ("thanks", "welcomes") and THIS_MEETING.match(
                        self.text, convene.end())) and self.meeting and not self.in_span(m.end, convene.start(), ("State", "Person")):
                    role = "hosts" if convene["verb"].lower().startswith("host") else "convenes"
                    for c in conveners:
                        self.fact(c, role, self.meeting, (s, e), "thanks-for-convening", 0.75)
                    conveners = []

    def appreciated(self, objs, start, e) -> list:
        """Whom one welcomes, thanks or supports, among the objects found after the verb (at start)."""
        if not objs:  # "welcomes the depositing by Syria of its instrument": with nothing else named, whose act it is
            objs = [(m, o) for m, o in self.objects_after(start, e, ("State", "Organization"), agents=True)
                    if ACT_BY.search(self.text, start, m.start)]  # (not "the report presented by Peru")
        # "commends the decision on the destruction of the Syrian chemical weapons": an adjective deep in the object
        # names no one thanked, unless it is a people's or a government's ("of the Afghan people")
        # "welcomes the adoption of the General Assembly Resolution on ...": the body's text, not the body
        return [(m, o) for m, o in objs if not (m.rule == "gazetteer-adjective" and OF_THE.search(self.text, start, m.start)
                                                 and not ACTOR_NOUN.match(self.text, m.end))
                and not (self.cls(o) == "Organization" and BODYS_TEXT.match(self.text, m.end))]

    def names_own_meeting(self, noun: str) -> bool:
        """'this session', or a noun the title block's meeting name holds ('the first Coordination Segment' at the
        'ECOSOC Coordination Segment')."""
        meeting = self.doc.header.meeting
        head = noun.split()[-1].lower()
        return bool(re.match(r"(?:this|today)", noun, re.I)) or bool(meeting and head in meeting.text.lower())

    def passive_stance(self, prop, t_start, t_end, s, e) -> bool:
        """'Resolution ES-11/6, which the Assembly adopted in February, was welcomed by the EU': the agent after
        'by' takes the stance; its object is the clause's subject, the first name not governed by a preposition."""
        by = PASSIVE_BY.match(self.text, t_end, e)
        if not by or not PASSIVE_AUX.search(self.text, max(s, t_start - 30), t_start):
            return False
        # (the agent is named right after "by": "endorsed by the General Conference ... on the DPRK" names no DPRK)
        found = self.objects_after(by.end(), e, ACTOR)
        agents = [i for _, i in found] if found and found[0][0].start == by.end() else []
        clause = self.clause_start(s, t_start)
        subjects = [i for m, i in self.in_span(clause, t_start)
                    if not GOVERNED.search(self.text[clause:m.start]) and self.cls(i) != "Place"]
        for agent in agents[:3] if subjects else []:
            self.fact(agent, prop, self.state_of(subjects[0]), (s, e), f"stance-{prop}-passive", 0.75)
        return True  # (a passive whose agent we cannot name is still no active stance of its subject)

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
                if speakers and DELIVERED_BY_STATE.search(self.text[start:speakers[-1][0].start]):
                    self.fact(speakers[-1][1], "memberOf", owner[0][1], (pos, e), "speaks-for-group", 0.6)
                owners.append(owner[0][1])
                start = owner[0][0].end
        if owners:
            return owners
        # "associates itself with the Non-Aligned Movement statement as delivered by Venezuela": the NAM's
        owned = [i for m, i in self.in_span(pos, stop, ACTOR) if re.fullmatch(r"\s*(?:the\s+)?", self.text[pos:m.start])
                 and re.match(r"(?:['’]s?)?\s+(?:joint\s+)?statements?\b", self.text[m.end:stop])]
        if owned:
            return owned[:1]
        by = STATEMENT_BY.search(self.text, max(0, pos - 12), stop)  # (the trigger may end with "the statement")
        if by:
            owner = [(m, i) for m, i in self.in_span(by.end(), stop, ACTOR) if m.start == by.end()]
            # "the remarks made by the Chair of G77 and China, the Plurinational State of Bolivia", "the Statement
            # delivered by AOSIS Chair and our fellow member, Nauru": the group's, and the state named is its chair
            chair = owner and ((by["chair"] and APPOSED_STATE.match(self.text, owner[0][0].end, stop))
                               or CHAIR_AFTER.match(self.text, owner[0][0].end, stop))
            if chair or (owner and by["chair"]):
                states = [i for m, i in self.in_span(owner[0][0].end, stop, ("State",)) if chair and m.start == chair.end()]
                for state in states[:1]:
                    self.fact(state, "leads", owner[0][1], (pos, e), "statement-by-chair", 0.7)
                return [owner[0][1]]
            if owner:  # "the statements to be delivered by the EU and the Group of Friends of ...": each of them
                listed = [owner[0]] + self.coordinated(owner[0], ("State", "Organization"))
                owners = [i for _, i in listed]
                also = ALSO_BY.match(self.text, listed[-1][0].end, stop)  # "... by the EU as well as by Liechtenstein"
                owners += [i for m, i in self.in_span(also.end(), stop, ACTOR) if m.start == also.end()][:1] if also else []
                return owners
        return [o for _, o in self.objects_after(pos, e, ACTOR) if o not in subjects]

    def condemned_by_reference(self, subj, pos, s, e):
        """'... the use of chemical weapons in Syria. Japan condemns such acts': the acts of the state named
        just before (never the speaker's own)."""
        if not DEMONSTRATIVE_ACTS.match(self.text, pos) or not self.previous:
            return
        ps = self.previous[0]
        states = [i for m, i in self.in_span(ps, pos, ("State",)) if i != subj]
        if states:
            self.fact(subj, "condemns", states[-1], (ps, e), "condemns-such-acts", 0.5)
