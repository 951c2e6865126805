"""Legal status: resolutions and the organs that adopt them, violations of resolutions and treaties, who
is party to which treaty, since when, and who is not yet."""
from __future__ import annotations

import itertools
import re

from ..namespaces import ID
from ..prefilter import guarded
from .reader import ACTOR, GOVERNED, MEETING_ATTENDEES, URGED_TO

DEMONSTRATIVE_SUBJECT = re.compile(r"\s*(?:These|Such|This|Those|That)\s+(?:\w+\s+){0,2}?(?:acts?|actions?|activities|"
                                   r"attacks?|tests?|launch(?:es)?|measures?|steps?|provocations?)\b", re.I)
VIOLATION = guarded(re.compile(r"\b(?:violat(?:e|ed|es|ing)|breach(?:ed|es|ing)?|(?:in|(?:is|are|was|were|constitutes?|represents?|"
                       r"remains?)\s+(?:a\s+)?)\s*(?:\w+\s+){0,2}(?:violations?|breach|contravention|defiance)\s+of)\b", re.I))
COMPLY = guarded(re.compile(r"\bto\s+(?:\w+ly\s+|and\s+)*comply\s+(?:\w+ly\s+|and\s+|fully\s+)*with\b", re.I))
PARTY = re.compile(r"\b(?:became|become|becomes|becoming|has become|have become|has been|have been|is|are|was|were|being)\s+(?:a\s+)?"
                   r"(?:States?\s+)?part(?:y|ies)\s+to\b|\b(?:ratified|acceded to|accession to|ratification of|concluded|"
                   r"deposited (?:its|our|the) instruments? (?:of|on the) (?:ratification|accession|acceptance) (?:of|to))\b|"
                   r"\b(?P<bare>(?:became|becomes|has become)\s+a\s+States?\s+Party|deposited\s+(?:its|their|our|the)\s+"
                   r"instruments?\s+of\s+(?:ratification|accession|acceptance))\b(?!\s+(?:to|of)\b)|"
                   r"(?<=,)\s+(?:already|both|all|each|now|themselves)\s+(?:a\s+)?(?:States?\s+)?part(?:y|ies)\s+to\b|"
                   # "Austria was proud to be among the 50 first states to ratify the ATT"
                   r"\b(?:among|one\s+of)\s+the\s+(?:[\w\-]+\s+){0,3}?(?:states|countries|nations)\s+to\s+(?:ratify|accede\s+to)\b",
                   re.I)
MEMBERS_WHO = re.compile(r"\bone\s+of\s+the\s+(?:[\w\-]+\s+){0,3}?(?:member\s+)?(?:states|countries)\b[^,;]{0,80}?\s+"
                         r"(?:that|which|who)\s+(?:have\s+|has\s+|had\s+)?$", re.I)
RATIFIED_BY = re.compile(r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:ratified|acceded\s+to)\s+by\s+"
                         r"(?:the\s+following\s+[^:.;]{0,80}:\s*|(?=[A-Z]))(?:the\s+)?")
OWN_INSTRUMENT = re.compile(r"\b(?:presented|handed(?:\s+over)?|submitted|delivered|deposited|lodged)\s+(?:the\s+)?"
                            r"[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3}(?P<owner>['’]s)\s+instruments?\s+of\s+(?:ratification|accession|acceptance)\b")
NOT_PARTY = re.compile(r"\b(?:not yet|yet to|prepar\w*|will|intend\w*|plan\w*|consider\w*|process of|towards?|aim\w* to|"
                       r"working on|in order to|(?:is|are)\s+(?:set|due|about|scheduled)\s+to|applications?\s+(?:of|by|from)|"
                       r"look(?:s|ed|ing)?\s+forward)\b", re.I)
PARTY_WORDS = guarded(re.compile(r"part(?:y|ies)|ratif|acce[ds]|conclu|deposit|adheren|into\s+force|signed|join", re.I))
AS_PARTY = re.compile(r"\bAs\s+(?:a\s+)?(?:States?\s+)?part(?:y|ies)\s+to\s+", re.I)
TO_WHICH_PARTY = re.compile(r",?\s+to\s+which\s+(?:the\s+)?[\w\s'’\-]{2,60}?\s+(?:is|are|has been|became)\s+"
                            r"(?P<neg>not\s+(?:yet\s+)?)?(?:itself\s+|also\s+|now\s+)?(?:a\s+)?(?:States?\s+)?part(?:y|ies)\b")
# ("the Russian Federation, a State Party to X", "Cuba, like other members of the NAM and other States Parties to X")
STATE_PARTY_APPOSITION = re.compile(r"(?:,\s+(?:itself\s+)?an?|\s+as\s+(?:the|a|an)(?:\s+(?:new|newest|latest|\d+(?:st|nd|rd|th)))?|"
                                    r"\s+as\s+(?:new|newest|the\s+newest|the\s+latest)|"  # "A and B as new States Parties to"
                                    r"\s*,\s*like\s+(?:the\s+)?other\s+[^,;]{0,60}?\band\s+(?:the\s+)?other|"
                                    r"\s*,\s*like\s+(?:the\s+|all\s+)?other)"
                                    r"\s+(?:States?\s+)?[Pp]art(?:y|ies)\s+to\s+")
ACCESSION_OF = re.compile(r"\b(?:accession|ratification|adherence)\s+(?:by|of)\s+(?:the\s+)?", re.I)
INTENDS_TO_JOIN = re.compile(r"\b(?:preparing|prepares?|plans?|planning|intends?|intending|aims?|aiming|expects?|"
                             r"working|in\s+the\s+process\s+of|not\s+yet|yet)\s+(?:to\s+)?(?:conclude|concluding|ratify|"
                             r"ratifying|accede\s+to|acceding\s+to|join|joining|become\s+a\s+party\s+to|becoming\s+a\s+party\s+to)\s+",
                             re.I)
PROCESS_OF = re.compile(r"\bin\s+the\s+process\s+of\s+(?:ratification|accession|ratifying\s+it|acceding\s+to\s+it)\b", re.I)
# ("new States Parties to the UNCAC, namely A, B and C": the treaty may come before the list)
PARTIES_LISTED = re.compile(r"\bStates?\s+[Pp]arties(?P<to>\s+to\s+[^,;:()\n—–]{2,100}?)?\s*(?:--|—|–|:|\(|,\s+namely,?)\s*")
DEPOSITED_BY = re.compile(r"\b(?:ratification|accession|acceptance)\s+instruments?\s+(?:were|was|have\s+been|had\s+been)\s+"
                          r"deposited\s+by\s+(?:the\s+)?|\binstruments?\s+of\s+(?:ratification|accession|acceptance)\s+"
                          r"(?:were|was|have\s+been|had\s+been)\s+deposited\s+by\s+(?:the\s+)?", re.I)
IN_FORCE_FOR = re.compile(r"\bentered\s+into\s+force\s+for\s+(?:the\s+)?", re.I)
SIGNED = re.compile(r"\b(?:has\s+|have\s+)?signed\b", re.I)
OUR_COUNTRIES = re.compile(r"\b(?:[Aa]ll\s+(?:\w+\s+)?of\s+our\s+(?:countries|States|members|member\s+States)|"
                           r"[Aa]ll\s+our\s+(?:\w+\s+)?(?:countries|States|members|member\s+States)|"
                           r"[Oo]ur\s+(?:\w+\s+)?(?:countries|member\s+States)\s+(?:are|have|all))\b[^,;]*$")

# ("The UN General Assembly's vote yesterday to adopt the CTBT": the organ's vote adopts it)
ADOPTED_ACTIVE = re.compile(r"\b(?:adopted|adopts|(?:vote|decision)\s+(?:\w+\s+){0,2}?to\s+adopt)\s+(?:the\s+|its\s+|their\s+)?")
ADOPTED_PASSIVE = re.compile(r"\b(?:adopted|approved)\s+(?:\w+ly\s+)?(?:by|at)\s+(?:the\s+)?")
BECAME_PARTY = re.compile(r"\s+(?:on|for)\s+(?:its\s+|their\s+)?(?:becoming|having\s+become|joining\s+as)\s+(?:the\s+\d+(?:st|nd|rd|th)\s+|a\s+|"
                          r"the\s+(?:newest|latest)\s+)?(?:States?\s+)?Part(?:y|ies)\b")
# "We welcome Cameroon, Chile and Brazil on having joined the ATT family": parties to the treaty named right after
VICTIM_OF = re.compile(r"\b(?:against|on|upon|towards?)\s+(?:the\s+)?$")
JOINED_TREATY = re.compile(r"\s+(?:on|for)\s+(?:its\s+|their\s+)?(?:(?:having\s+)?(?:joined|ratified|acceded\s+to)|"
                           r"joining|ratifying|acceding\s+to)\s+")
# with no body named, the meeting just told of (or those at it) as the subject: "It adopted ...", "The summit
# adopted ...", "The leaders adopted the Kathmandu Declaration as the 4th Summit of BIMSTEC concluded"
JUST_TOLD_SUBJECT = re.compile(r"\s*(?:It|The\s+(?:[\w\-]+\s+){0,2}?(?i:summit|meeting|conference|session|moot|congress|forum)|"
                               r"(?:The\s+)?(?:[A-Z][\w\-]*\s+)?(?:leaders|(?i:heads\s+of\s+state(?:\s+and\s+government)?)))"
                               r"\s+(?:today\s+|also\s+|unanimously\s+|formally\s+)?")
ADOPTION_OF = re.compile(r"\b[Aa]doption\s+of\s+(?:the\s+)?(?:(?:revised|new|historic|landmark)\s+)?")
MEETING_WORD_BEFORE = re.compile(r"\b(?:Assembly|Summit|Session|Conference|Meeting|Council)\b")
# between an instrument and its passive verb: "the Convention (2006), which was adopted by", "the Declaration, adopted at"
INSTRUMENT_GAP = re.compile(r"(?:\s*\([^()]{1,40}\))?(?:\s+of\s+(?:19|20)\d\d)?(?:,\s*(?:which|that)?|\s+(?:which|that))?\s*"
                            r"(?:(?:was|were|has\s+been|had\s+been|is|are)\s+)?(?:\w+ly\s+)?")
SIGNED_DECLARATION = re.compile(r"\b(?:signed|adopted|endorsed)\s+(?:the\s+)?")
# "... at the end of the 14th Pacific Alliance Presidential Summit", "... at the Summit in Lima"
AT_MEETING_AFTER = re.compile(r"(?:[^.;]{0,80}?\s)?at\s+(?:the\s+(?:end|close|conclusion|opening|margins?|sidelines)\s+of\s+)?"
                              r"the\s+(?:[\w\-'’]+\s+){0,6}?(?:Summit|Meeting|Conference|Session|Assembly|Forum)\b", re.I)
# "The Summit", "The 6th Summit also": a communiqué's meeting as the subject of its acts
MEETING_SUBJECT = re.compile(r"\s*(?:\d+\.\s*)?(?:The|This)\s+(?:[\w\-]+\s+){0,3}(?:Summit|Meeting|Conference|Session|Assembly)"
                             r"(?:\s+(?:also|further|unanimously|formally|then))*\s*")


class LegalRules:
    """Rules for legal status."""

    def violations(self, s, e):
        """'X violated resolution N', 'X's tests are in violation of resolution N', and 'urges X to comply with
        resolution N' (an appeal to comply says the actor does not)."""
        for v in VIOLATION.finditer(self.text, s, e):
            which = re.search(r",\s+which\s+$", self.text[s:v.start()] + " ") or re.search(r",\s+which\s*$", self.text[s:v.start()])
            before = [(m, i) for m, i in self.in_span(s, v.start(), ACTOR) if which and m.end <= s + which.start()]
            antecedent = [i for _, i in before]
            if before and VICTIM_OF.search(self.text, max(s, before[-1][0].start - 20), before[-1][0].start):
                # "Russia's war of aggression against Ukraine, which constitutes a violation of ...": the war's owner
                owners = [i for m, i in before if re.match(r"['’]s?\s", self.text[m.end:m.end + 3])]
                antecedent = owners[-1:]
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

    def envoys_state(self, actor: str) -> str:
        """'Croatia's permanent representative X deposited its instrument of ratification': the state X acts for."""
        if self.cls(actor) == "Organization":  # "the Permanent Mission of Nepal ... deposited": Nepal
            return next(iter(self.mission_state([(None, actor)])), actor)
        return (self.stands_for(actor) or actor) if self.cls(actor) == "Person" else actor

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

    def adopted_instruments(self, s, e):
        """'Heads of Government adopted the Edinburgh Declaration', 'The Summit adopted ...', 'the Convention, which
        was adopted by the General Assembly in 2006': the body that adopted a declaration or treaty. A state that
        'adopted' a treaty is no organ adopting it."""
        sent = self.text[s:e]
        if "dopt" not in sent and "approved" not in sent:
            return  # (one cheap look first)
        for verb in ADOPTED_ACTIVE.finditer(self.text, s, e):
            adopter = self.adopter_before(s, verb.start())
            if adopter and not self.blocked(s, verb.start()):
                for _, i in self.listed_from(verb.end(), e, ("LegalInstrument", "Treaty")):
                    self.fact(i, "adoptedBy", adopter, (s, e), "adopted-instrument", 0.65)
        self.adoption_at_meeting(s, e)
        for verb in ADOPTED_PASSIVE.finditer(self.text, s, e):
            adopted = [i for m, i in self.in_span(s, verb.start(), ("LegalInstrument", "Treaty"))
                       if INSTRUMENT_GAP.fullmatch(self.text, m.end, verb.start())]
            agent = [i for m, i in self.in_span(verb.end(), e, ("Organization", "Meeting")) if m.start == verb.end()]
            if adopted and agent and not self.blocked(s, verb.start()):
                body = agent[0] if self.cls(agent[0]) == "Organization" else self.body_of_meeting.get(agent[0])
                if body:
                    self.fact(adopted[-1], "adoptedBy", body, (s, e), "instrument-adopted-by", 0.7)

    def became_party(self, s, e):
        """'We congratulate Tanzania on becoming the 183rd State Party' at a meeting of a treaty's States Parties: a
        party to that treaty (or to the treaty named after 'Party to')."""
        for became in itertools.chain(BECAME_PARTY.finditer(self.text, s, e), JOINED_TREATY.finditer(self.text, s, e)):
            states = [(m, i) for m, i in self.in_span(s, became.start(), ("State",)) if m.end == became.start()]
            if became.re is JOINED_TREATY:
                named = [t for t in self.treaties_after(became.end(), e) if t[0] and t[0].start <= became.end() + 4]
                if not named:
                    continue
            else:
                named = self.treaties_after(became.end(), e) if re.match(r"\s+to\b", self.text[became.end():e]) else []
            body = self.body_of_meeting.get(self.meeting or "") or ""
            treaty = named[0][1] if named else str(ID[f"treaty/{body.rsplit('/csp-', 1)[1]}"]) if "/csp-" in body else None
            if not states or not treaty or treaty not in self.linked.entities and treaty not in self.ref.labels:
                continue
            if treaty not in self.linked.entities:
                self.reference_entity(treaty, "Treaty")
            for _, state in [states[0]] + self.listed_before(states[0][0], s, ("State",)):
                self.fact(state, "partyTo", treaty, (s, e), "became-party", 0.7)

    def adoption_at_meeting(self, s, e):
        """'Highlights of the Assembly included the adoption of the revised International Health Regulations', 'Session
        ... Concludes with Adoption of Declaration of Asunción': the body whose meeting the sentence names adopted it."""
        meeting = getattr(self, "last_meeting", None)
        body = self.body_of_meeting.get(meeting) if meeting else None
        for adoption in ADOPTION_OF.finditer(self.text, s, e):
            if not body or not MEETING_WORD_BEFORE.search(self.text, s, adoption.start()) or self.blocked(s, adoption.start()):
                continue
            for _, i in self.listed_from(adoption.end(), e, ("LegalInstrument", "Treaty")):
                self.fact(i, "adoptedBy", body, (s, e), "adoption-at-meeting", 0.6)

    def signed_at_meeting(self, s, e):
        """'Presidents A (Peru) and B (Chile) signed the Lima Declaration at the end of the 14th Summit': the summit's
        body adopted the declaration, and those who signed it took part in the summit."""
        meeting = getattr(self, "last_meeting", None)
        sent = self.text[s:e]
        if meeting is None or not ("signed" in sent or "adopted" in sent or "endorsed" in sent):
            return  # (one cheap look first)
        for verb in SIGNED_DECLARATION.finditer(self.text, s, e):
            listed = self.listed_from(verb.end(), e, ("LegalInstrument",))
            if not listed or self.blocked(s, verb.start()) or not AT_MEETING_AFTER.match(self.text, listed[-1][0].end, e):
                continue
            body = self.body_of_meeting.get(meeting)
            for _, i in listed if body else []:
                self.fact(i, "adoptedBy", body, (s, e), "signed-at-meeting", 0.6)
            signers = self.subjects_before(s, verb.start())
            if signers and self.cls(signers[0]) == "Person":  # ("A (Peru) and B (Chile)": each of the people listed)
                signers = [i for _, i in self.in_span(self.clause_start(s, verb.start()), verb.start(), ("Person",))]
            for who in dict.fromkeys(signers):
                if self.cls(who) in ("Person", "State"):
                    self.fact(who, "participatesIn", meeting, (s, e), "signed-at-meeting", 0.65)

    def adopter_before(self, s, pos) -> str | None:
        """Who adopts: a body named as the clause's subject, a communiqué's 'Heads of Government' (the body whose
        meeting it reports), or 'The Summit', 'It', 'The leaders' (the body of the meeting just told of)."""
        start = self.clause_start(s, pos)
        if MEETING_SUBJECT.fullmatch(self.text, start, pos):
            return self.body_of_meeting.get(getattr(self, "last_meeting", None) or self.meeting or "")
        subject = self.subject_before(s, pos)
        if subject is None or self.cls(subject) != "Organization":
            if JUST_TOLD_SUBJECT.fullmatch(self.text, start, pos):
                return self.body_of_meeting.get(getattr(self, "last_meeting", None) or "")
            return None
        named = any(i == subject for _, i in self.in_span(start, pos, ("Organization",)))
        return subject if named or MEETING_ATTENDEES.fullmatch(self.text, start, pos) else None

    def party(self, s, e, sent):
        """Who is party to which treaty, since when, and who is not yet."""
        if not PARTY_WORDS.search(sent):  # most sentences say nothing of treaty status: one cheap look first
            return
        if not self.in_span(max(0, s - 400), e, ("Treaty",)) and not OWN_INSTRUMENT.search(sent):
            return  # every reading needs a treaty, in the sentence or just before it ("has ratified it")
        dated: list = []  # the sentence's date, read once and only when a fact needs it

        def record(subj, treaties, negative):
            if treaties and not dated:
                dated.append(self.when(s, e))
            quals = (("date", dated[0]),) if treaties and dated[0] else ()
            for _, t in treaties:
                self.fact(subj, "notPartyTo" if negative else "partyTo", t, (s, e),
                          "not-yet-party" if negative else "party-to", 0.8, qualifiers=quals)

        for p in PARTY.finditer(self.text, s, e):
            if URGED_TO.search(self.text, s, p.start()):
                continue  # "We call on Togo to be among the first states to ratify the ATT": urged, not done
            subjects = [x for x in map(self.envoys_state, self.subjects_before(s, p.start())) if self.cls(x) == "State"]
            if not subjects and self.principal and self.cls(self.principal) == "Organization" and OUR_COUNTRIES.search(
                    self.text[s:p.start()]):  # "All eight of our countries are parties to ...": each member of the group
                subjects = list(dict.fromkeys(f.subject for f in self.facts
                                              if f.predicate == "memberOf" and f.object == self.principal))
            if not subjects and re.search(r"\b(?:its|their)\s+$", self.text[s:p.start()]):  # "in particular its ratification of"
                named = [i for m, i in self.in_span(s, p.start(), ("State",)) if i != self.principal]
                subjects = named[-1:]
            if not subjects:  # "Algeria is one of the first member states of the AU that ratified this treaty": Algeria
                among = MEMBERS_WHO.search(self.text, s, p.start())
                subjects = [i for m, i in self.in_span(s, among.start(), ("State",))
                            if re.match(r"\s+(?:is|was)\b", self.text[m.end:among.start()])][:1] if among else []
            lead = re.split(r"[,;]", self.text[max(s, p.start() - 60):p.start()])[-1]  # this clause's own words
            negative = bool(NOT_PARTY.search(lead + p.group()) or re.search(r"\bnot\b", lead))
            treaties = self.treaties_after(p.end(), e) if subjects else []
            if subjects and not treaties and (re.match(r"\s*(?:it|this\s+(?:treaty|convention|protocol|instrument))\b",
                                                       self.text[p.end():e], re.I) or p["bare"]):
                # "has not yet ratified it", "Ukraine became a State Party in 1998": the treaty named last
                treaties = [(m, i) for m, i in self.in_span(max(0, s - 400), p.start(), ("Treaty",))][-1:]
            for subj in subjects:
                record(subj, treaties, negative)
        for p in RATIFIED_BY.finditer(self.text, s, e):  # "the Convention ... was ratified by the following States: A, B"
            treaties = [(m, i) for m, i in self.in_span(self.clause_start(s, p.start()), p.start(), ("Treaty",))
                        if not GOVERNED.search(self.text[max(s, m.start - 12):m.start])][:1] or \
                [(m, i) for m, i in self.in_span(max(0, s - 400), p.start(), ("Treaty",))][-1:]
            states = [(m, i) for m, i in self.in_span(p.end(), e, ("State",)) if m.start == p.end()][:1]
            listed = states + self.coordinated(states[0], ("State",)) if states else []
            if not re.search(r"\bnot\b", self.text[max(s, p.start() - 30):p.start()]):
                for _, state in listed:
                    record(state, treaties, False)
        for p in OWN_INSTRUMENT.finditer(self.text, s, e):  # "X presented Canada's instrument of ratification to ..."
            states = [i for m, i in self.in_span(s, p.start("owner") + 1, ("State",)) if m.end == p.start("owner")]
            treaties = self.treaties_after(p.end(), e) or \
                [(m, i) for m, i in self.in_span(max(0, s - 1500), p.start(), ("Treaty",))][-1:]  # (the treaty named last)
            if states and not self.blocked(s, p.start()):
                record(states[0], treaties, False)
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
            if states and not self.blocked(s, p.start()):  # (not "looked forward to the accession of X")
                listed = states[:1] + self.coordinated(states[0], ("State",))  # ("the accession of Fiji and Tonga")
                treaties = self.treaties_after(listed[-1][0].end, e)
                for _, st in listed:
                    record(st, treaties, False)
        for p in PARTIES_LISTED.finditer(self.text, s, e):  # "Eight States parties -- Belgium, Japan and Peru --"
            first = [(m, i) for m, i in self.in_span(p.end(), e, ("State",)) if m.start == p.end()]
            treaties = (self.treaties_after(p.start("to"), p.end("to")) if p["to"] else []) or \
                [(m, i) for m, i in self.in_span(max(0, s - 800), p.start(), ("Treaty",))][-1:]
            if first and treaties:
                for _, st in first + self.coordinated(first[0], ("State",), unknown=2):
                    record(st, treaties, False)
        for p in DEPOSITED_BY.finditer(self.text, s, e):  # "the ratification instruments were deposited by A, B and C"
            first = [(m, i) for m, i in self.in_span(p.end(), e, ("State",)) if m.start == p.end()]
            treaties = self.treaties_after(p.end(), e) or [(m, i) for m, i in self.in_span(max(0, s - 600), p.start(),
                                                                                              ("Treaty",))][-1:]
            if first and not self.blocked(s, p.start()):
                for _, st in first + self.coordinated(first[0], ("State",)):
                    record(st, treaties[:1], False)
        for p in INTENDS_TO_JOIN.finditer(self.text, s, e):  # "Japan is preparing to conclude the Firearms Protocol"
            subj = self.subject_before(s, p.start())
            if subj and self.cls(subj) == "State" and not re.search(r"\b(?:urge|call|encourage|invite)\w*\b",
                                                                      self.text[s:p.start()], re.I):
                treaties = self.treaties_after(p.end(), e)
                if not treaties and re.match(r"\s*it\b", self.text[p.end():e]):  # "... is acceding to it"
                    treaties = [(m, i) for m, i in self.in_span(max(0, s - 400), p.start(), ("Treaty",))][-1:]
                record(subj, treaties, True)
        for m, st in self.in_span(s, e, ("State",)):  # "the Russian Federation, a State Party to the Convention,"
            # (or "welcomes Samoa as the 179th State Party to the BWC")
            appos = STATE_PARTY_APPOSITION.match(self.text, m.end, e)
            if appos:
                treaty = self.treaties_after(appos.end(), e)[:1]
                record(st, treaty, False)
                if re.search(r"(?i)parties", appos.group()):  # "Nigeria and South Sudan as new States Parties to"
                    for _, other in self.listed_before((m, st)[0], s, ("State",)):
                        record(other, treaty, False)
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


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", text.lower()) if w not in {"the", "of", "on", "and", "to", "a", "in"}}
