"""Membership: which states and bodies are members of which group."""
from __future__ import annotations

import re

from ..prefilter import guarded
from .reader import ACTOR

# "8 member states - India, Pakistan and Bhutan -", "the Member States of ASEAN: ..."
MEMBER_STATES_LIST = re.compile(r"\b[Mm]ember\s+(?:[Ss]tates|countries|nations)(?P<of>\s+of\s+)?(?(of)[^-–—:(,]{2,80}?)"
                                r"\s*(?:[-–—:]|\((?![A-Z]{2,8}\))|,\s+namely[;:,]?)\s*")  # not "Member States (AMS), China ..."
LIST_OPENS = re.compile(r"\s*(?:\([^)]*\))?\s*(?::|(?:,\s+[a-z][\w ]{0,60}?)?[,;]\s+namely[;:,]?|,\s+i\.\s?e\.,?|"
                        r"\s(?:nations|countries|member\s+(?:states|countries))\s+of(?=\s+[A-Z]))\s*")  # ("The BRICS nations of A, B")
# ("the 12 PSIDS, represented at the United Nations; namely, A, B, ...": a participle may come before "namely")
AS_CHAIR = re.compile(r"\bAs\s+(?:the\s+)?(?:current\s+|incoming\s+|outgoing\s+)?(?:Chair|Chairman|Chairperson|Chairwoman|"
                      r"President|Coordinator|Presidency|Chairmanship)\s+of\s+")
# "The State of Palestine this year has the honor of serving as the Chair of the Group of 77 and China"
SERVING_AS_CHAIR = re.compile(r"\b(?:serv(?:es|ed|ing)|act(?:s|ed|ing))\s+as\s+(?:the\s+)?(?:current\s+|rotating\s+)?"
                              r"(?:Chair|Chairman|Chairperson|President|Coordinator|Presidency|Chairmanship)\s+of\s+")
OUR_MEMBERSHIP = re.compile(r"\b(?:our\s+(?:\w+\s+)?membership\s+(?:in|of|on)|(?:for|of|by)\s+us\s+as\s+(?:a\s+)?"
                            r"(?:(?P<chair>[Cc]hair|[Cc]hairman|[Cc]hairperson|[Pp]resident|[Pp]residency)|[Mm]ember)\s+of)\s+(?:the\s+)?")
JOINED_AS = guarded(re.compile(r"\s+as\s+(?:the\s+|our\s+)?(?:(?:new|newest|latest|most\s+recent|\d+(?:st|nd|rd|th))\s+)?"
                       r"(?:(?P<member>[Mm]embers?(?:\s+[Ss]tates?)?)|(?P<party>(?:[Ss]tates?\s+)?[Pp]art(?:y|ies)))\s+(?:of|to)\s+(?:the\s+)?"))
MEMBERS_THAT_ARE = re.compile(r"(?:\s*\([^()]{1,15}\))?\s+(?:that|which|who)\s+are\s+(?:also\s+)?members\s+of\s+(?:the\s+)?")
LIKE_OTHER_MEMBERS = re.compile(r"\s*,\s*(?:like|as\s+do|along\s+with)\s+(?:the\s+|all\s+)?other\s+(?:members?|member\s+"
                                r"states?|member\s+countries)\s+of\s+(?:the\s+)?")
AS_MEMBER = re.compile(r"\bAs\s+(?:a\s+|an\s+)?(?:founding\s+|active\s+|proud\s+|fellow\s+)?members?(?:\s+States?)?\s+of\s+", re.I)
IS_MEMBER = guarded(re.compile(r"\b(?:is|are|was|were|remains?|became|becoming|being|be)\s+(?:proud\s+to\s+be\s+)?(?:a\s+|an\s+|"
                       r"one\s+of\s+the\s+(?:(?:first|\w+est|few|many|\d+)\s+)*)?"  # ("one of the first few member states of")
                       r"(?:(?:founding|active|full|elected|non-permanent|permanent|committed|proud|longstanding|"
                       r"long-standing|strong|original)\s+)*member(?:\s+State)?s?\s+of\s+",
                       re.I))
TOGETHER_WITH = re.compile(r"\b(?:together\s+with|along\s+with|alongside|with)\s+(?:the\s+)?", re.I)
MEMBER_APPOSITION = re.compile(r"\*?,\s+(?:a\s+|an\s+|the\s+)?(?:fellow\s+)?(?P<org>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3}\s+)?"
                               r"[Mm]ember(?:\s+State|\s+country)?(?:\s+of(?=\s))?")
BOTH_MEMBERS = re.compile(r"\s*,\s+(?:(?P<both>both|all|each)\s+)?(?:founding\s+)?(?:members|[Mm]ember\s+(?:[Ss]tates|countries))"
                          r"\s+of\s+")
ORG_COUNTRY = re.compile(r"\s+(?:member\s+)?(?:country|countries|State|States|member\s+[Ss]tates?)(?:\s*[-–—:])?\s+(?=[A-Z])")
COMPRISE = guarded(re.compile(r"\b(?:comprises|comprising|consists of|consisting of|is made up of|members (?:are|include)|"
                      r"brings together|bringing together|groups together|"
                      r"composed of|including)\b", re.I))


# "The group's 19 other members are A, B and C", "Its members are A and B": the body named last
MEMBERS_OF_ANAPHOR = guarded(re.compile(r"\b(?:(?:[Tt]he\s+(?:group|bloc|grouping|organi[sz]ation|forum|alliance|union|community|"
                                r"association)|[Ii]ts)['’]s?\s+|[Ii]ts\s+)(?:\d+\s+|[a-z\-]+\s+){0,2}members\s+(?:are|include)"
                                r"\s*:?\s+"))


# a group's members set off after its name: "the A3 (Gabon, Ghana, Kenya)", "The BRICS nations — Brazil, ..., South Africa —"
MEMBERS_SET_OFF = re.compile(r"\s*\(|(?:\s+(?:nations|countries|states|members|member\s+states|economies))?\s*[—–]\s*")

class MemberRules:
    """Rules for membership."""

    def our_body(self, s, e):
        """'at a distinctive moment in the progression of our Movement': the speaker's state belongs to the body
        ('our Organization', said of the UN by every member, is left out: it says nothing particular)."""
        if not self.principal or self.cls(self.principal) != "State":
            return
        for m, i in self.in_span(s, e, ("Organization",)):
            if m.rule == "anaphora-our" and not re.match(r"Organi[sz]ation", m.text) and i != self.principal:
                self.fact(self.principal, "memberOf", i, (s, e), "our-body", 0.65)
            # "our membership in the Security Council", "the basis for us as Chair of the AHLC": the speaker's state
            own = OUR_MEMBERSHIP.search(self.text, max(s, m.start - 50), m.start)
            if own and own.end() == m.start and not self.blocked(s, own.start()):
                self.fact(self.principal, "leads" if own["chair"] else "memberOf", i, (s, e), "our-membership", 0.65)

    def members_of_anaphor(self, s, e):
        for c in MEMBERS_OF_ANAPHOR.finditer(self.text, s, e):
            named = self.in_span(max(0, s - 1500), s, ("Organization",))
            states = self.objects_after(c.end(), e, ("State",))
            if named and len(states) >= 2:
                for _, st in states:
                    self.fact(st, "memberOf", named[-1][1], (s, e), "members-of-anaphor", 0.7)

    def joined_as(self, s, e) -> None:
        """'our warm welcome to the Gambia, Saint Lucia and Saint Vincent and the Grenadines as the newest members of
        the IAEA', 'Myanmar and Angola joined as States Parties to the CWC': members of the body, parties to the treaty."""
        for as_ in JOINED_AS.finditer(self.text, s, e):
            last = [(m, i) for m, i in self.in_span(s, as_.start(), ("State",)) if m.end == as_.start()]
            start = s
            if not last and self.text[max(s, as_.start() - 5):as_.start()] == " them":  # "welcomes them as States Parties"
                listed = self.states_before(s)
                last, start = listed[-1:], self.previous[0] if listed else s
            target = [(m, i) for m, i in self.in_span(as_.end(), e, ("Organization", "Treaty")) if m.start == as_.end()]
            if not last or not target or self.blocked(s, as_.start()):
                continue
            kind = "memberOf" if as_["member"] and self.cls(target[0][1]) == "Organization" else \
                "partyTo" if as_["party"] and self.cls(target[0][1]) == "Treaty" else None
            for _, state in ([last[0]] + self.listed_before(last[0][0], start, ("State",))) if kind else []:
                self.fact(state, kind, target[0][1], (s, e), "joined-as", 0.7)

    def members(self, s, e, sent):
        """Membership, in the ways texts state it: 'The G8 comprises A, B and C'; 'As a member of the African
        Group, Ghana ...'; 'Ghana is a member of the core group of the CTI, together with Chile and Fiji';
        'Haiti, a CARICOM Member State,'; 'the EFTA country Liechtenstein'; 'Liechtenstein, member of the EEA'."""
        self.members_of_anaphor(s, e)
        self.joined_as(s, e)
        if not self.in_span(s, e, ("Organization",)):
            return  # every other way of saying it names the group in the same sentence
        for m, st in self.in_span(s, e, ("State",)):  # "Cuba, like other members of the NAM, considers ..."
            like = LIKE_OTHER_MEMBERS.match(self.text, m.end, e)
            group = self.org_at(like.end(), e) if like else None
            if group:
                self.fact(st, "memberOf", group, (s, e), "like-other-members", 0.75)
        for c in COMPRISE.finditer(self.text, s, e):
            groups = [(m, i) for m, i in self.in_span(s, c.start(), ("Organization",))]
            if not groups or c.start() - groups[-1][0].end > 25:
                continue
            if re.search(r"\b[Nn]on[\-\s]$", self.text[max(s, groups[-1][0].start - 4):groups[-1][0].start]):
                continue  # "non-OIC members including the P-5, EU, ...": those outside it
            members = [(m, i) for m, i in self.in_span(c.end(), self.clause_end(c.end(), e), ("State", "Organization"))
                       if i != groups[-1][1]]
            if len(members) < 2:
                continue
            for _, st in members:
                self.fact(st, "memberOf", groups[-1][1], (s, e), "group-comprises", 0.85)
        for m, org in self.in_span(s, e, ("Organization",)):  # "the Nordic countries: Denmark, Finland and Iceland"
            # (or "the twelve Pacific Island Developing States (PSIDS), namely Fiji, Kiribati, ...")
            colon = LIST_OPENS.match(self.text, m.end, e)
            if colon and re.search(r"\b(?:at|in|to|with|within|before)\s+(?:the\s+)?$", self.text[max(s, m.start - 12):m.start]):
                continue  # "the 14 Member States of the Forum with presence at the United Nations, namely; A, B": the Forum's
            states = self.objects_after(colon.end(), e, ("State",)) if colon else []
            bracket = MEMBERS_SET_OFF.match(self.text, m.end, e) if not colon else None
            if bracket:  # "the A3 (Gabon, Ghana, Kenya)", "The BRICS nations — Brazil, Russia, ... —": its members,
                states = self.listed_from(bracket.end(), e, ("State",))  # in brackets or dashes after its name
                close = r"\s*\)" if bracket.group().rstrip().endswith("(") else r"\s*[—–]"
                if not states or not re.match(close, self.text[states[-1][0].end:e]):
                    states = []
            if len(states) < 2:
                continue
            # "the fourteen member States of CARICOM that are members of the United Nations: A, B, ...": both
            groups = [org] + [i for gm, i in self.in_span(s, m.start, ("Organization",))
                              if MEMBERS_THAT_ARE.fullmatch(self.text[gm.end:m.start])][-1:]
            for group in groups:
                for _, st in states:
                    self.fact(st, "memberOf", group, (s, e), "group-colon-list", 0.8)
        for c in MEMBER_STATES_LIST.finditer(self.text, s, e):  # "the 8 member states - India, Pakistan, ... -"
            named = self.org_at(c.end("of"), e) if c["of"] else None
            if not named and re.search(r"\bits\s+$", self.text[max(s, c.start() - 6):c.start()]):
                # "the EU and seven of its member States – Bulgaria, Denmark, ...": the body named just before
                named = next((i for _, i in reversed(self.in_span(s, c.start(), ("Organization",)))), None)
            orgs = [i for _, i in self.in_span(s, e, ("Organization",))]
            group = named or (orgs[0] if len(set(orgs)) == 1 else None)
            states = self.objects_after(c.end(), e, ("State",))
            if group and len(states) >= 2:
                for _, st in states:
                    self.fact(st, "memberOf", group, (s, e), "member-states-list", 0.75)
        for c in AS_MEMBER.finditer(self.text, s, e):
            group = self.org_at(c.end(), e)
            comma = self.text.find(",", c.end(), e)
            named = self.in_span(c.end(), e, ("Organization",))[:1]  # ("As members of the NAM we associate ...": no comma)
            bare = named and re.match(r"(?:\s*\([^()]{1,15}\))?\s+(?=(?:we|I|my|our)\s)", self.text[named[0][0].end:e])
            if bare and (comma < 0 or comma > named[0][0].end + bare.end()):
                comma = named[0][0].end + bare.end() - 1
            subj = self.clause_subject(comma + 1, e) if group and comma > 0 else None
            if subj and self.cls(subj) == "Organization" and re.match(r"\s*(?:we|our)\b", self.text[comma + 1:e], re.I):
                continue  # a group's "As members of the NAM, we ...": its member states are, not the group itself
            if subj and self.cls(subj) in ("State", "Organization"):
                first = [(m, i) for m, i in self.in_span(comma + 1, e, ACTOR) if i == subj][:1]
                for member in [subj] + [i for _, i in (self.coordinated(first[0], ("State",)) if first else [])]:
                    self.fact(member, "memberOf", group, (s, e), "as-a-member-of", 0.8)
        for c in AS_CHAIR.finditer(self.text, s, e):  # "As Chair of the Pacific Islands Forum, I have the honour ..."
            group = self.org_at(c.end(), e)
            comma = self.text.find(",", c.end(), e)
            if not group or comma < 0:
                continue
            own = re.match(r"\s*(?:I|my\s+delegation)\b", self.text[comma + 1:e])
            chair = self.speaker if own and self.speaker else self.clause_subject(comma + 1, e)
            if chair == group and self.speaker:  # "As Chair of the Group, we ...": the Group speaks through its chair
                chair = self.speaker
            if chair and chair != group and self.cls(chair) in ACTOR:
                self.fact(chair, "leads", group, (s, e), "as-chair-of", 0.75)
        for c in SERVING_AS_CHAIR.finditer(self.text, s, e):
            group = self.org_at(c.end(), e)
            chair = self.subject_before(s, c.start()) if group else None
            if chair and chair != group and self.cls(chair) in ACTOR and not self.blocked(s, c.start(), future_ok=True):
                self.fact(chair, "leads", group, (s, e), "serving-as-chair", 0.75)
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
            both = BOTH_MEMBERS.match(self.text, m.end, e)
            group = self.org_at(both.end(), e) if both else None
            listed = [i for _, i in self.listed_before(m, s, ("State",))] if group else []
            if group and (both["both"] or listed):  # ("A, B and C, member states of the European Union")
                for member in [st] + listed:
                    self.fact(member, "memberOf", group, (s, e), "both-members-of", 0.75)
        for m, st in self.in_span(s, e, ("State",)):
            appos = MEMBER_APPOSITION.match(self.text, m.end, e)
            if appos:
                group = self.org_at(appos.start("org"), appos.end("org")) if appos["org"] else None
                group = group or (self.org_at(appos.end(), e) if appos.group().rstrip().endswith("of") else None)
                if group:
                    self.fact(st, "memberOf", group, (s, e), "member-apposition", 0.75)
                    if "fellow" in appos.group() and self.principal and self.cls(self.principal) == "State" \
                            and self.doc.kind == "Statement":  # "Malaysia, a fellow Member of ASEAN": the speaker's too
                        self.fact(self.principal, "memberOf", group, (s, e), "fellow-member", 0.7)
        for m, org in self.in_span(s, e, ("Organization",)):
            label = ORG_COUNTRY.match(self.text, m.end, e)
            if label:
                # "the EFTA countries Iceland, Liechtenstein and Norway, ..., as well as Andorra": the plain list only
                states = self.listed_from(label.end(), e, ("State",))
                plural = re.search(r"countries|States\s*$", label.group())
                for _, st in states if plural else states[:1]:
                    self.fact(st, "memberOf", org, (s, e), "group-country", 0.75)

    def org_at(self, pos: int, e: int) -> str | None:
        """The body named exactly at pos (after 'the' and 'core group of the')."""
        lead = re.match(r"\s*(?:the\s+)?(?:core\s+group\s+of\s+(?:the\s+)?)?", self.text[pos:e])
        start = pos + lead.end()
        for m, i in self.in_span(start, e, ("Organization",)):
            return i if m.start == start else None
        return None
