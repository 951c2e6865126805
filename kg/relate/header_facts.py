"""The title block: date, speaker and post, on whose behalf the statement is made, and the meeting it
was delivered at."""
from __future__ import annotations

import dataclasses
import itertools
import re

from rdflib import URIRef

from ..header import ABOUT_MEETING
from ..link import slug
from ..model import Entity, Mention, Span
from ..namespaces import DKG, ID
from ..recognise import gazetteer_mentions
from .roles import LEADER_OF_STATE

BEHALF = re.compile(r"\bon\s+behalf\s+of\s+(?:the\s+)?", re.I)  # in a title block: whom the statement is for
SPEAKS_FOR = re.compile(r"\b(?:I|we|[Mm]y|[Oo]ur)\b[^.;\n]{0,60}?\b(?:speak|speaking|deliver|delivering|make|making|read|reading|"
                        r"take the floor|address)(?:es|s|ing)?\b[^.;\n]{0,60}?\bon\s+behalf\s+of\s+(?:the\s+)?|"  # (not "we align with the statement delivered by X on behalf of Y")
                        # "I have the honour to introduce resolution L.19 - <its title>, on behalf of the core group"
                        r"\b(?:I|we)\b[^.;\n]{0,40}?\b(?:introduc|present)\w*\s+(?:the\s+)?(?:draft\s+)?resolution\b(?:[^.;\n]|\.(?=\w)){0,160}?"
                        r"\bon\s+behalf\s+of\s+(?:the\s+)?|"
                        r"(?:^|\n)[ \t]*(?:\d+\.[ \t]*)?(?:(?:Speaking|Taking\s+the\s+floor)\s+)?On\s+behalf\s+of\s+(?:the\s+)?(?=[^,.;\n]{2,80},\s+(?:I|we|allow|let|"
                        r"permit)\b)", re.I)  # "On behalf of the Group of 77 and China, allow me to ..."
ON_BEHALF_LEAD = re.compile(r"(?:^|(?<=[.\n]))[ \t]*(?:\d+\.[ \t]*)?(?:(?:Speaking|Taking\s+the\s+floor)\s+)?[Oo]n\s+behalf\s+of\s+(?:the\s+)?(?=[^,.;\n]{2,80},\s+(?:I|we)\b)|"
                            # "Let me take this opportunity on behalf of the Government and people of X to extend ..."
                            r"\b(?:[Ll]et\s+me|[Aa]llow\s+me\s+to)\s+(?:[\w\-]+\s+){0,4}?on\s+behalf\s+of\s+(?:the\s+)?")
# "my country Guyana", "Guyana, my country,": who the speaker's "we" is, when the title block does not say
# ("the Pacific island nations, namely: ...", "the Portuguese-speaking countries: ...")
GROUP_WITH_MEMBERS = re.compile(r"(?P<name>[A-Z][\w\-]*(?:\s+[a-zA-Z][\w\-]*){0,3}?\s+(?:nations|countries|[Ss]tates))"
                                r"(?=\s*(?:,\s*namely|:|,?\s+i\.\s?e\.)\s*[:,]?\s*[A-Z])")
LEADER_TITLE_BEFORE = re.compile(r"\b(?:President|Prime\s+Minister|King|Queen|Emir|Amir|Sultan|Chancellor)\s+(?:[A-Z][\w.\-]*\s+){0,4}[A-Z][\w.\-]*,?[ \t]*$")
MY_COUNTRY = re.compile(r"\bmy\s+(?:own\s+)?(?:country|nation|delegation)['’]?s?,?\s+(?:the\s+)?(?=[A-Z])")
# "the 12th United Nations Congress on Crime Prevention": a numbered meeting, keyed as the body text names it
NUMBERED_HEAD = re.compile(r"\b(?P<n>\d+(?:st|nd|rd|th))\b(?:\s+[\w\-]+){0,5}?\s+(?P<head>session|summit|conference|congress|"
                           r"meeting|forum|assembly)\b", re.I)
# ("Biological and Toxin Weapons Convention, Meeting of States Parties 2019", "... Convention - Meeting of States Parties")
TREATY_CONFERENCE = re.compile(r"\s*[,\-–—]?\s+(?:Review\s+Conference|(?:Conference|Meeting)\s+of\s+(?:the\s+)?States\s+Parties)\b")
CSP = re.compile(r"\b(?:Review\s+)?(?:Conference|Meeting|Assembly)\s+of\s+(?:the\s+)?(?P<parties>(?:States\s+|High\s+Contracting\s+)?"
                 r"Parties)\s+"
                 r"(?:to|of)\s+(?:the\s+)?", re.I)
MEETING_BODY = re.compile(r"\b(?:Council|Committee|Commission|Assembly|Conference|Board|Forum)\b", re.I)
ANOTHERS_CHAIR = re.compile(r"\b(?:his|her|their)\s+(?:[\w\-]+\s+){0,5}$|\b(?:he|she|they)\s+(?:has|have|had)\s+(?:[\w\-]+\s+){0,3}as\s+(?:the\s+)?$")
ELECTED_CHAIR = re.compile(r"\b(?:election|appointment|assumption|assuming)\s+(?:[\w\-]+\s+){0,3}$")
NUMBERED_CONFERENCE = re.compile(r"(?:[A-Z][a-z]+|\d+(?:st|nd|rd|th))\s+(?:[A-Z][\w\-]*\s+){0,3}(?:Conference|Session|Meeting)\b")
COMMA = re.compile(r",\s+")
CITY_BEFORE_STATE = re.compile(r",[ \t]*(?P<city>[A-Z][\w.'’\-]+(?:[ \t][A-Z][\w.'’\-]+){0,2}),[ \t]*$")
# ("on behalf of the A3 members of the Security Council namely, Kenya, Gabon, and my own country Ghana")
NAMELY = re.compile(r"(?:\s*[-–—][^-–—\n]{0,80}[-–—])?(?:\s+(?:members|countries|states)\s+(?:of|in|on)\s+(?:the\s+)?"
                    r"[^,;:\n]{1,60}?)?\s*,?\s*(?:namely|that\s+is|i\.\s?e\.)[,:]?\s+(?:the\s+)?|\s*:\s*(?=[A-Z])|"
                    # "the Pacific Islands Forum members represented at the United Nations: Australia, ..."
                    r"\s+(?:members|countries|states)(?:\s+(?:represented|present)\s+(?:at|in)\s+(?:the\s+)?[^,;:\n]{1,40}?)?\s*:\s*(?=[A-Z])")
OWN_POSITION = re.compile(r"['’]s\s+(?:(?:firm|consistent|long-?standing|principled|clear|strong)\s+)*(?:position|view|"
                          r"conviction|belief)\s+(?:is\s+|remains\s+)?that\b")
OTHERS_POSITION = re.compile(r"\b(?:respect|note|understand|reject|welcome|share|support|acknowledge)\w*\s+(?:\w+\s+){0,2}$", re.I)
PRESS_RELEASE = re.compile(r"(?i)\bpress\s+(?:release|statement|briefing)|\bmedia\s+note\b|\bfor\s+immediate\s+release\b|"
                           r"\boffice\s+of\s+the\s+spokes(?:man|person|woman)\b|(?-i:^[ \t]*Statement:)", re.M)
NATIONAL_OFFICE = re.compile(r"\b(?:Mission|Delegation|Embassy|Ministry|Department|Foreign\s+Office)\b")
CHAIR_OF = re.compile(r"\b(?:Chair|Chairman|Chairperson|Chairmanship|Chairwoman|President|Presidency|Vice-Chair|Bureau)\s+"
                      r"of\s+(?:the\s+)?(?:(?:\d+\w*|current|present|[a-z]+(?:th|st|nd|rd))\s+(?:session|meeting)\s+of\s+(?:the\s+)?)?")
MEMBERS_OF = re.compile(r"(?:(?:the\s+)?(?:\d+\s+)?(?:[Mm]ember\s+[Ss]tates|[Mm]embers|[Gg]overnments|[Cc]ountries|"
                        r"[Gg]overnment(?:\s+and\s+(?:the\s+)?[Pp]eople)?|[Pp]eople)\s+of\s+"
                        r"(?:the\s+)?)?")
HEAD_OF = re.compile(r"\b(?:President|Chair|Chairperson|Chairman|Chairwoman|Head|Coordinator|Secretary-General|"
                     r"Director-General)\s+of\s+(?:the\s+)?"
                     r"(?:[A-Z][\w\-]+\s+[Cc]hapter\s+of\s+(?:the\s+)?)?", re.I)  # (title blocks are often in capitals)
# ("Chair of the Vienna Chapter of the Non-Aligned Movement" chairs the Movement where it meets in Vienna)
SECOND_SPEAKER = re.compile(r",?\s+and\s+(?:(?:H\.\s?E\.|Hon\.|Eng\.|Dr\.?|Mr\.?|Ms\.?|Mrs\.?|"
                            r"Ambassador|Minister|Prof\.)\s+)+")
POST_OF_STATE = re.compile(r"[ \t*_#]*(?:(?:[A-Z][\w\-]*|(?i:of|and|the))\s+){0,5}(?i:Representative|Delegat\w+|Minister|Ambassador|"
                           r"Mission|Delegation)\s+(?:[\w\-]+\s+){0,3}?(?i:of)\s+(?:(?i:the)\s+)?$")
THIS_MEETING_BEFORE = re.compile(r"\b(?:today['’]s|this|the\s+present|the\s+current)\s+$", re.I)
THIS_MEETING_AFTER = re.compile(r"\s+(?:[\w\-]+\s+){0,2}?(?:debate|session|meeting|segment|discussion)\b", re.I)
# a statement verb of the speaker's own state, perhaps after a clause set off by commas ("Ghana, as a troop
# contributor, welcomes")
GREETINGS_FROM = re.compile(r"\b(?:greetings|felicitations|best\s+wishes|salutations)\s+(?:of|from)\s+(?:the\s+)?"
                            r"(?:(?:Government|people|President|Prime\s+Minister)(?:\s+and\s+(?:from\s+)?(?:the\s+)?"
                            r"(?:Government|people))?\s+of\s+(?:the\s+)?)?|"
                            # ("And on behalf of the government of the Republic of Korea I extend deep condolences")
                            r"\b[Oo]n\s+behalf\s+of\s+(?:the\s+)?(?i:government|people)(?:\s+and\s+(?:the\s+)?(?i:people))?"
                            r"\s+of\s+(?:the\s+)?")
FROM_LINE = re.compile(r"^[ \t]*(?:From|FROM|Source|SOURCE|Issued\s+by)[ \t]*:[ \t]*(?P<who>[^\n]{3,80}?)[ \t]*$", re.M)
# a union or group of states, which speaks as a delegation does ("The European Union warmly welcomes ...")
GROUP_OF_STATES = re.compile(r"\b(?:Union|Group|Community|Movement|Alliance|Association|League|Forum|Cooperation Council)\b|"
                             r"^G-?\d|\bStates\b")
SELF_VERB = re.compile(r"(?:,[^.;:\n]{1,200}?,)?\s+(?:also\s+|fully\s+|strongly\s+|firmly\s+|therefore\s+|further\s+)*"
                       r"(?:would\s+like\s+to\s+\w+|(?:re)?affirms|aligns|associates|supports|welcomes|believes|reiterates|joins?|takes|remains|"
                       r"condemns|calls|urges|stresses|underlines|recogni[sz]es|commends|appreciates|expresses|attaches|"
                       r"considers|shares|wishes|congratulates|thanks|acknowledges|emphasi[sz]es|regrets|deplores|extends|conveys|"
                       r"is\s+(?:an?\s+)?(?:(?:very|most|particularly|extremely|greatly|indeed|so)\s+)?(?:committed|convinced|concerned|deeply|pleased|honoured|honored|firmly|fully|"
                       r"strong|staunch|proud|member)|has\s+(?:always|consistently|long))\b")
TITLES_BEFORE = re.compile(r"(?:(?:H\.\s?E\.|Prof\.|Dr\.?|Mr\.?|Ms\.?|Mrs\.?|Hon\.?|Sheikh|Shaikh|Ambassador|"
                           r"His\s+Excellency|Her\s+Excellency)[ \t]+)+$")
SITTING_ORGAN = re.compile(r"\b(?:Committee|Commission|Working Group|Subcommittee|Board|Segment)\b")
OCCASION_OF = re.compile(r"\b(?:held\s+)?(?:at|on|in)\s+the\s+(?:occasion|margins?|sidelines|framework)\s+of\s+(?:the\s+)?", re.I)


BODY_THEN_SESSION = re.compile(r"[ \t]+\d+(?:st|nd|rd|th)[ \t]+(?:(?i:regular|ordinary|special)[ \t]+)?(?i:session)\b")
SESSION_OF_BODY = re.compile(r"\b\d+(?:st|nd|rd|th)\s+(?:(?:Regular|Special|Ordinary)\s+)?[Ss]ession\s+of\s+(?:the\s+)?")
MEMBERS_AFTER = re.compile(r"\s+member\s+(?:states?|countr(?:y|ies))\b", re.I)
REPORT_OF = re.compile(r"\breports?\s+of\s+(?:the\s+)?$", re.I)
PRESIDENCY_OF = re.compile(r"\s+(?:[Pp]residency|[Cc]hairmanship|[Cc]hair)\s+of\s+(?:the\s+)?")
COUNCIL_FORMAT = re.compile(r"(?i)\b(?:open\s+debate|arria[\s\-]+formula)\b")
OWN_GREETING = re.compile(r"['’]s?\s+(?:(?:heartiest|warmest|warm|sincere|deepest|profound|heartfelt|full)\s+)*"
                          r"(?:congratulations|appreciation|gratitude|thanks|condolences|greetings|felicitations)\b")
TOPIC_OPENS = re.compile(r"\b(?:Conference|Summit|Meeting|Symposium|Forum|Dialogue|Workshop|Seminar|Debate|Briefing)\s+on\s+",
                         re.I)

class HeaderRules:
    """Rules over the title block."""

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
            if not people and " " not in h.speaker.text.strip():  # "by Archbishop Auza", named in full further on
                surname = h.speaker.text.strip().lower()
                people = [(m, i) for m, i in self.linked.mentions if self.cls(i) == "Person"
                          and self.entity(i).label.lower().split()[-1] == surname and " " in self.entity(i).label][:1]
            speaker = self.speaker = people[0][1] if people else self.linked.add(_person(h.speaker.text))
            titled = TITLES_BEFORE.search(self.text, max(0, h.speaker.start - 60), h.speaker.start)
            if titled:  # "Prof. Sheikh Ahmad Abdullah": the name as written with its titles is one of its names
                written = " ".join((titled.group() + h.speaker.text).split())
                self.linked.add(dataclasses.replace(self.entity(speaker), alt_labels=(written,)))
            self.fact(d, "speaker", speaker, (h.speaker.start, h.speaker.end), "header-speaker", 0.95)
            if h.post:
                post_actors = self.in_span(h.post.start, h.post.end, ("State", "Organization"))
                states = [i for m, i in post_actors if self.cls(i) == "State"] or self.mission_state(post_actors)
                # "of the European Union" names whom the speaker serves; "to the United Nations" where
                of_orgs = [i for m, i in post_actors if re.search(r"\bof\s+(?:the\s+)?$", self.text[h.post.start:m.start])]
                self.principal = self.post_actor = (states or of_orgs or [None])[0]
                self.fact(speaker, "post", " ".join(h.post.text.split()), (h.post.start, h.post.end), "header-post", 0.9, True)
                line_end = self.text.find("\n", h.post.start)
                line_end = self.doc.body_start if line_end < 0 else min(max(line_end, h.post.end), self.doc.body_start)
                more = SECOND_SPEAKER.search(self.text, h.post.end, line_end)
                # (the post may stop short, at "President of the African Ministerial Conference on the Environment")
                if h.speaker.start > h.post.start:  # (a post before the name ends at the name)
                    line_end = min(line_end, h.speaker.start)
                led = self.chairs_in_post(speaker, h.post.start, more.start() if more else line_end)
                # "Permanent Representative of Iran, Chair of the Vienna Chapter of the NAM", then "NAM welcomes ...":
                # the chair speaks for the group
                speaking = [i for i in led if self.speaks_of_itself(i)]
                if speaking:
                    self.principal = speaking[0]
                if more:
                    self.second_speaker(more, line_end)
        span = h.post or h.title
        if self.doc.kind == "Statement" and h.on_behalf_of:  # "EU Statement on ..."
            # (+1: the span drops a final period that belongs to the name, as in "U.S. statement")
            named = self.in_span(h.on_behalf_of.start, h.on_behalf_of.end + 1, ("State", "Organization"))
            # ("CANZ Statement at ..." by Australia's ambassador: the group's, whatever state the post names)
            if named and (not self.principal or (self.principal == self.post_actor and self.cls(named[-1][1]) == "Organization")):
                self.principal, span = named[-1][1], h.on_behalf_of
        found = self.delegation() if self.doc.kind == "Statement" else None
        if found and (not self.principal or self.cls(found[0]) == "Organization"):
            # "STATEMENT OF THE G77 AND CHINA ... DELIVERED BY H.E. X, PERMANENT REPRESENTATIVE OF SRI LANKA"
            self.principal, span = found
        if self.doc.kind == "Statement" and not self.principal:
            found = self.state_line() or self.headline_state() or self.my_country() or self.state_as_subject() \
                or self.greetings_from()
            if found:
                self.principal, span = found
        if self.doc.kind != "Statement" and not self.principal:
            found = self.issuing_office()
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
            if not (after and after[0][0].start == at):
                after = self.group_named_by_members(at) or after
            if after and after[0][0].start == at:
                listed = [after[0]] + [x for x in self.coordinated(after[0], ("State", "Organization"))]
                group = principals[0] if len(principals) == 1 and self.cls(principals[0]) == "Organization" else None
                if group and behalf.start() >= self.doc.body_start and all(self.cls(i) == "State" for _, i in listed):
                    break  # the group's members, read below
                principals = [i for _, i in listed]
                if self.cls(principals[0]) == "Organization" and re.search(
                        r"\b(?:my|our)\s+(?:own\s+)?country\b", self.text[listed[0][0].end:listed[-1][0].start]):
                    principals = principals[:1]  # "the Nordic States, Finland, ... – and my own country Denmark": its members
                self.principal = principals[0]
                line = (self.text.rfind("\n", 0, behalf.start()) + 1, listed[-1][0].end)
                span = Span(line[0], line[1], self.text[line[0]:line[1]])
                break
        if principals and self.cls(principals[0]) == "Organization":  # (the group, perhaps with states beside it)
            self.members_spoken_for(principals[0])
        for principal in principals:
            self.fact(d, "onBehalfOf", principal, (span.start, span.end), "header-on-behalf", 0.9)
            if delegation and self.cls(delegation[0]) == "State" and self.cls(principal) == "Organization":
                # "Joint statement by the Marshall Islands on behalf of the Group of Friends of ...": a member speaks
                self.fact(delegation[0], "memberOf", principal, (span.start, span.end), "speaks-for-group", 0.6)
        if self.principal and h.speaker and (self.post_actor or self.cls(self.principal) == "State"):
            # the speaker represents the state their post names, the statement speaks for the group they chair
            # (a post that names no one leaves the speaker's own state unknown: a group speaks through a member)
            self.fact(speaker, "represents", self.post_actor or self.principal, (span.start, span.end), "header-represents", 0.9)
            head = h.post and re.match(r"\s*(?:the\s+)?(?P<title>[^,\n]{0,40}?)\s+of\b", h.post.text, re.I)
            if head and LEADER_OF_STATE.fullmatch(head["title"]) and self.cls(self.post_actor or self.principal) == "State":
                # "President of the Republic of Palau": the head of state leads it
                self.fact(speaker, "leads", self.post_actor or self.principal, (span.start, span.end), "header-leads", 0.9)
        if self.principal and h.speaker and not self.post_actor and self.cls(self.principal) == "Organization":
            self.speaker_of_group(speaker, h.speaker)
        implied = None if h.meeting or self.doc.kind != "Statement" else self.implied_meeting_body(h)
        if h.meeting or implied:
            span = h.meeting or implied[1]
            self.meeting = self.header_meeting(h, span, implied[0] if implied else None)
            self.fact(d, "deliveredAt", self.meeting, (span.start, span.end), "header-meeting", 0.9 if h.meeting else 0.7)
            self.speaks_as_party(span)
            self.title_block_hosts()

    def speaks_as_party(self, meeting: Span) -> None:
        """A state's statement at the 'Review Conference of the Parties to the NPT' or the 'Meeting of States Parties
        to the BWC' is a party's (a state that is not speaks as an observer, and says so)."""
        csp = CSP.search(meeting.text)
        treaties = self.in_span(meeting.start + csp.end(), meeting.end, ("Treaty",)) if csp else []
        if treaties and self.principal and self.cls(self.principal) == "State" and \
                not re.search(r"\bobserver\b", self.text[:self.doc.body_start + 2000], re.I):
            self.fact(self.principal, "partyTo", treaties[0][1], (meeting.start, meeting.end), "speaks-as-party", 0.6)

    def group_named_by_members(self, at: int) -> list:
        """'on behalf of the Pacific island nations, namely: A, B and C': a group no list holds, named by the text
        and known by the members it lists (a node of this document's own)."""
        named = GROUP_WITH_MEMBERS.match(self.text, at)
        if not named:
            return []
        name = " ".join(named["name"].split())
        iri = self.linked.add(Entity(str(ID[f"org/{slug(name)}-{self.doc.id}"]), "Organization", name))
        m = Mention(named.start("name"), named.end("name"), named["name"], "Organization", iri, "group-named-by-members")
        self.add_mention(m, iri)
        return [(m, iri)]

    def speaker_of_group(self, speaker: str, name: Span) -> None:
        """A group's statement read by one of its members: '... and my country, the Republic of Nauru' names the
        speaker's own state ('H.E. President Marcus Stephen': its head)."""
        own = self.my_country()
        if not own:
            return
        state, span = own
        self.fact(speaker, "represents", state, (span.start, span.end), "speaker-my-country", 0.75)
        line = self.text[self.text.rfind("\n", 0, name.start) + 1:name.end]  # (the span may hold the title)
        if LEADER_TITLE_BEFORE.search(line):
            self.fact(speaker, "leads", state, (span.start, span.end), "speaker-my-country", 0.75)

    def issuing_office(self) -> tuple[str, Span] | None:
        """A press release or statement issued by a state's office ('U.S. Department of State / Office of the
        Spokesman / For Immediate Release', 'Press Release ... the Permanent Mission of Nepal ...'): the state
        speaks through it."""
        head = min(len(self.text), 600)
        issuer = FROM_LINE.search(self.text, 0, head)  # "From: Global Affairs Canada", "FROM: U.S. DEPARTMENT OF STATE"
        states = [(m, i) for m, i in self.in_span(issuer.start("who"), issuer.end("who"), ("State",))] if issuer else []
        if states:
            return states[0][1], Span(issuer.start("who"), issuer.end("who"), issuer["who"])
        if not PRESS_RELEASE.search(self.text, 0, head):
            return None
        for m, i in self.in_span(0, head, ("Organization",)):
            if NATIONAL_OFFICE.search(m.text):
                inner = [g for g in gazetteer_mentions(m.text, self.ref) if g.kind == "State"]
                if inner:
                    return self.reference_entity(inner[0].key, "State"), Span(m.start, m.end, m.text)
        return None

    def mission_state(self, actors) -> list[str]:
        """'Permanent Mission of the Islamic Republic of Iran to the United Nations' (one body's name): the state whose
        mission it is."""
        for m, i in actors:
            name = m.text if m else self.entity(i).label
            # (or "the Australian Mission to the United Nations": the state's adjective)
            ministry = re.search(r"\b(?:Ministry|Department)\s+(?:of|for)\s+[^,]*\bof\s+(?:the\s+)?(?P<state>[A-Z][^,]*)$", name)
            if ministry:  # "Multilateral Affairs ... of the Ministry of Foreign Affairs of the Republic of Cuba": its state
                inner = [g for g in gazetteer_mentions(ministry["state"], self.ref) if g.kind == "State"]
                if inner:
                    return [self.reference_entity(inner[-1].key, "State")]
            if re.match(r"(?:Permanent\s+)?(?:Mission|Delegation|Embassy)\s+of\s+", name) or \
                    re.match(r"(?:The\s+)?[A-Z][\w\-]+\s+(?:Permanent\s+)?(?:Mission|Delegation|Embassy)\b", name, re.I):
                inner = [g for g in gazetteer_mentions(name, self.ref) if g.kind == "State" and
                         (g.rule != "gazetteer-adjective" or re.match(r"\s+(?:Permanent\s+)?(?:Mission|Delegation|Embassy)\b",
                                                                      name[g.end:]))]
                if inner:
                    state = inner[0].key
                    self.reference_entity(state, "State")
                    return [state]
        return []

    def implied_meeting_body(self, h) -> tuple[str, Span] | None:
        """A statement whose title block names no meeting still says whose meeting it is: a body named on its own
        in the title block ('..., ON AGENDA ITEM 109, SIXTH COMMITTEE, 6 OCTOBER 2025', 'Opening of the UNGA Second
        Committee'), or, at the start of the speech, the body whose chair or presidency is greeted ('congratulations
        to you ... as Chair of the Third Committee', 'on assuming the Presidency of the CD')."""
        taken = [x for x in (h.speaker, h.post) if x]
        for m, i in self.in_span(0, self.doc.body_start, ("Organization",)):
            if MEETING_BODY.search(self.entity(i).label) and not any(t.start <= m.start < t.end for t in taken) \
                    and not REPORT_OF.search(self.text, max(0, m.start - 30), m.start) \
                    and not ABOUT_MEETING.match(self.text, self.text.rfind("\n", 0, m.start) + 1):
                # (not a press statement "on the 43rd OAS General Assembly": about it, issued elsewhere)
                return i, Span(m.start, m.end, m.text)  # (not "Agenda Item 63: Report of the Human Rights Council")
        opening = min(len(self.text), self.doc.body_start + 900)
        for chair in CHAIR_OF.finditer(self.text, self.doc.body_start, opening):
            lead = self.text[max(0, chair.start() - 60):chair.start()]
            if ANOTHERS_CHAIR.search(lead) and not ELECTED_CHAIR.search(lead):
                continue  # "for his work as the President of the HRC": another's chair, not the one addressed
            for m, i in self.in_span(chair.end(), opening, ("Organization",)):
                if m.start == chair.end() and MEETING_BODY.search(self.entity(i).label + " " + m.text):
                    return i, Span(m.start, m.end, m.text)
            named = NUMBERED_CONFERENCE.match(self.text, chair.end(), opening)
            if named and ELECTED_CHAIR.search(lead):  # "on his election as the Chairperson of the Fifth Review Conference"
                return None, Span(named.start(), named.end(), named.group())
        for m, i in self.in_span(self.doc.body_start, opening, ("Organization",)):  # "today's First Committee debate"
            if MEETING_BODY.search(self.entity(i).label + " " + m.text) and THIS_MEETING_BEFORE.search(
                    self.text[max(0, m.start - 20):m.start]) and THIS_MEETING_AFTER.match(self.text, m.end):
                return i, Span(m.start, m.end, m.text)
        return None

    def chairs_in_post(self, person, start, end) -> list[str]:
        """'Minister of Environment of Senegal and President of the African Ministerial Conference on the Environment':
        a second post in the title block, heading a body. Returns the bodies led."""
        led = []
        for chair in HEAD_OF.finditer(self.text, start, end):
            bodies = [i for m, i in self.in_span(chair.end(), end, ("Organization",)) if m.start == chair.end()]
            if bodies:
                self.fact(person, "leads", bodies[0], (start, end), "header-post-leads", 0.8)
                led.append(bodies[0])
        return led

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

    def organ_in_title(self, body: str | None) -> str | None:
        """'ON THE ORGANIZATION OF WORK OF THE FIFTH COMMITTEE DURING ... THE SIXTY-SECOND SESSION OF THE GENERAL
        ASSEMBLY': a statement at the Assembly's session is delivered in the organ of it that the title block names."""
        if not body or re.search(r"(?i)\bplenary\b", self.text[:self.doc.body_start]):
            return None  # ("IN THE PLENARY OF THE 52ND SESSION OF THE GENERAL ASSEMBLY": the Assembly itself sits)
        for m, i in self.in_span(0, self.doc.body_start, ("Organization",)):
            if (URIRef(i), DKG.partOf, URIRef(body)) in self.ref.graph and SITTING_ORGAN.search(self.entity(i).label) \
                    and not re.search(r"\b(?:on|about|regarding|concerning)\s+(?:the\s+)?$", self.text[max(0, m.start - 16):m.start], re.I) \
                    and not REPORT_OF.search(self.text, max(0, m.start - 30), m.start):  # ("ADOPTION OF THE REPORT OF THE 2ND ...")
                return i  # (not "the Security Council Meeting on the United Nations Mission in South Sudan": its topic)
        return None

    def members_spoken_for(self, group: str) -> None:
        """'CANZ Statement ...' or '... on behalf of the Nordic countries', then 'I speak on behalf of Canada, New
        Zealand and Australia' at the speech's start: the states listed are the group's members."""
        for behalf in SPEAKS_FOR.finditer(self.text, self.doc.body_start, min(len(self.text), self.doc.body_start + 600)):
            at = behalf.end()
            named = [m for m, i in self.in_span(at, at + 80, ("Organization",)) if m.start == at and i == group]
            # "on behalf of the PSIDS - the region most at risk - namely Fiji, ...", "on behalf of the Nordic-Baltic
            # countries, Denmark, Estonia, ... and my own country Finland"
            namely = (NAMELY.match(self.text, named[0].end) or COMMA.match(self.text, named[0].end)) if named else None
            at = namely.end() if namely else at
            listed = self.listed_from(at, at + 80, ("State", "Organization"), unknown=1)  # (past one misspelt name)
            if len(listed) > 1 and all(self.cls(i) == "State" for _, i in listed):
                for _, i in listed:
                    self.fact(i, "memberOf", group, (behalf.start(), listed[-1][0].end), "speaks-for-group", 0.7)
                return

    def states_parties_body(self, meeting) -> str | None:
        """'Seventh Conference of States Parties to the Arms Trade Treaty', 'Review Conference of the Parties to
        the NPT': the treaty's Conference of States Parties is the body that meets."""
        csp = CSP.search(meeting.text)
        treaties = self.in_span(meeting.start + csp.end(), meeting.end, ("Treaty",)) if csp else []
        # "Eighth Biological Weapons Convention Review Conference", "the 2015 NPT Review Conference": named after the treaty
        reviewed = [(m, i) for m, i in self.in_span(meeting.start, meeting.end, ("Treaty",))
                    if TREATY_CONFERENCE.match(self.text, m.end)] if not treaties else []
        if reviewed:
            m, treaty = reviewed[0]
            label = self.entity(treaty).label
            return self.linked.add(Entity(str(ID[f"org/csp-{treaty.rsplit('/', 1)[-1]}"]), "Organization",
                                          f"Conference of the States Parties to the {label}",
                                          (f"States Parties to the {label}", f"States Parties to the {' '.join(m.text.split())}")))
        if not treaties:  # ("22nd Conference Of The States Parties", the organisation named elsewhere in the block)
            return self.organisations_csp() if re.search(r"(?i)\bConference\s+of\s+(?:the\s+)?States\s+Parties\b",
                                                         meeting.text) else None
        treaty = treaties[0][1]
        written = " ".join(treaties[0][0].text.split())  # "the Chemical Weapons Convention", as the text names it
        names = (f"Conference of the States Parties to the {written}", f"Conference of States Parties to the {written}",
                 f"Conference of the States Parties to the {self.entity(treaty).label}",
                 " ".join(meeting.text[csp.start():treaties[0][0].end - meeting.start].split()),  # as this text names it
                 # (the parties together: "the High Contracting Parties to the CCW")
                 " ".join(meeting.text[csp.start("parties"):treaties[0][0].end - meeting.start].split()),
                 f"States Parties to the {self.entity(treaty).label}")
        # the reference data may hold that conference already, as an organ of the treaty's organisation ("the OPCW
        # Conference of the States Parties" for "the 24th Session of the Conference of States Parties to the CWC")
        known = [g.key for name in names[:3] for g in gazetteer_mentions(name, self.ref)
                 if g.kind == "Organization" and g.start == 0 and g.end == len(name)]
        if known:
            return self.reference_entity(known[0], "Organization")
        return self.linked.add(Entity(str(ID[f"org/csp-{treaty.rsplit('/', 1)[-1]}"]), "Organization", names[0], names[1:]))

    def organisations_csp(self) -> str | None:
        """'at the 22nd OPCW Conference of States Parties' in the title block: the organisation's own conference of
        states parties, as the reference data names it."""
        for m, org in self.in_span(0, self.doc.body_start, ("Organization",)):
            if re.match(r"\s+(?:Conference|Meeting)\s+of\s+(?:the\s+)?States\s+Parties\b", self.text[m.end:m.end + 50]):
                for part in self.ref.graph.subjects(DKG.partOf, URIRef(org)):
                    if "States Parties" in self.ref.labels.get(str(part), ""):
                        self.reference_entity(str(part), "Organization")
                        return str(part)
        return None

    def session_of_body(self) -> str | None:
        """'General Debate on Agenda Item 2 ..., 39th Session of the Human Rights Council, 11 September 2018': the
        body whose numbered session the title block names beside the meeting."""
        for session in SESSION_OF_BODY.finditer(self.text, 0, self.doc.body_start):
            bodies = [i for m, i in self.in_span(session.end(), self.doc.body_start, ("Organization",)) if m.start == session.end()]
            if bodies:
                return bodies[0]
        # ("Human Rights Council 33rd Session (13 September - 30 September 2016)": the body, then its session)
        return next((i for m, i in self.in_span(0, self.doc.body_start, ("Organization",))
                     if BODY_THEN_SESSION.match(self.text, m.end)), None)

    def accredited_to(self, h) -> str | None:
        """'CONFERENCE OF THE STATES PARTIES' with no treaty named, by the 'Head of Delegation ... to the OPCW':
        the States Parties meet in the organisation the speaker is accredited to."""
        # (so do the international conferences of the organisation's members: "the Third International Conference on
        # Small Island Developing States", by the "Permanent Representative of X to the United Nations")
        if not h.post or not h.meeting or not re.search(r"\b(?:States\s+Parties|Review\s+Conference|International\s+"
                                                        r"Conference|World\s+Conference|High[- ]Level\s+(?:Meeting|"
                                                        r"Conference|Event))\b", h.meeting.text, re.I):
            return None
        return next((i for m, i in self.in_span(h.post.start, h.post.end, ("Organization",))
                     if re.search(r"\bto\s+(?:the\s+)?$", self.text[h.post.start:m.start])
                     and "Conference" not in self.entity(i).label), None)  # (the Conference on Disarmament holds none)

    def delegation(self):
        """'Statement by Japan', 'STATEMENT BY THE DELEGATION OF THE REPUBLIC OF GHANA', anywhere in the title
        block: no person, a state (or a group) speaks."""
        # ("Speech for the Kingdom of Saudi Arabia at ...": a state, never "remarks for the Security Council")
        for intro in re.finditer(r"\b(?:statement|remarks|intervention|explanation of vote|speech)\s+(?:delivered\s+)?"
                                 r"(?:by|of|(?P<for>for))\s+", self.text[:self.doc.body_start], re.I):
            start = intro.end()
            classes = ("State",) if intro["for"] else ("State", "Organization")
            for m, i in self.in_span(start, min(self.doc.body_start, start + 80), classes):
                lead = self.text[start:m.start]
                presidency = PRESIDENCY_OF.match(self.text, m.end)  # "by the Irish Presidency of the European Union"
                union = [(um, u) for um, u in self.in_span(m.end, m.end + 80, ("Organization",))
                         if presidency and um.start == presidency.end()]
                if union and re.fullmatch(r"(?:the\s+)?", lead, re.I):
                    self.fact(i, "leads", union[0][1], (m.start, union[0][0].end), "presidency-of", 0.7)
                    return union[0][1], Span(intro.start(), union[0][0].end, self.text[intro.start():union[0][0].end])
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
            # ("congratulating you and the New Zealand delegation": another's; "The Jamaican delegation aligns": its own)
            if re.match(r"\s+delegation\b", self.text[m.end:m.end + 12]) and re.search(
                    r"(?:(?:^|[.:\n]\s*)The|\b[Mm]y|\b[Oo]ur)\s+$", self.text[max(0, m.start - 7):m.start]):
                return i, Span(m.start, m.end + 11, self.text[m.start:m.end + 11])
        opening = min(len(self.text), self.doc.body_start + 600)
        for m, i in self.in_span(self.doc.body_start, opening, ("State",)):
            own = OWN_GREETING.match(self.text, m.end)  # "Please accept Jamaica's heartiest congratulations"
            if own and re.search(r"\b(?:accept|extend|convey|express|offer)\s+$", self.text[max(0, m.start - 12):m.start]):
                return i, Span(m.start, m.end + own.end(), self.text[m.start:m.end + own.end()])
        return None

    def state_as_subject(self):
        """'The Republic of the Marshall Islands, having listened to ..., affirms its unity with ...': a statement
        whose title block names no state, and whose speaker's state speaks of itself by name at the head of a
        sentence early in the speech."""
        return next(self.self_naming(("State",)), None) or self.own_position() or next(
            ((i, span) for i, span in self.self_naming(("Organization",)) if GROUP_OF_STATES.search(self.entity(i).label)), None)

    def greetings_from(self):
        """'to bring warm greetings from the Government and from the people of Trinidad and Tobago' early in a speech
        whose title block names no state: the speaker's state."""
        opening = min(len(self.text), self.doc.body_start + 1500)
        for g in GREETINGS_FROM.finditer(self.text, self.doc.body_start, opening):
            states = [(m, i) for m, i in self.in_span(g.end(), opening, ("State",)) if m.start == g.end()]
            if states:
                m = states[0][0]
                return states[0][1], Span(m.start, m.end, m.text)
        return None

    def own_position(self):
        """'... it remains Norway's firm position that only a negotiated solution ...': a speech that names no state
        in its title block states its own position under its state's name."""
        opening = min(len(self.text), self.doc.body_start + 2500)
        for m, i in self.in_span(self.doc.body_start, opening, ("State",)):
            if OWN_POSITION.match(self.text, m.end) and not OTHERS_POSITION.search(self.text, max(0, m.start - 40), m.start):
                return i, Span(m.start, m.end, m.text)
        return None

    def speaks_of_itself(self, actor: str) -> bool:
        return any(i == actor for i, _ in self.self_naming(("State", "Organization")))

    def self_naming(self, classes):
        """Actors named at the head of a sentence early in the speech, with a verb a speaker uses of itself
        ('The Vienna Chapter of the Non-Aligned Movement wishes to thank ...')."""
        opening = min(len(self.text), self.doc.body_start + 2500)
        for m, i in self.in_span(self.doc.body_start, opening, classes):
            lead = self.text[max(self.text.rfind("\n", 0, m.start), self.text.rfind(". ", 0, m.start) + 1) + 1:m.start]
            if re.fullmatch(r"\s*(?:\d+\.\s*|[-•*–]\s+)?(?:The\s+)?(?:[A-Z][\w\-]+\s+[Cc]hapter\s+of\s+the\s+)?", lead) \
                    and SELF_VERB.match(self.text, m.end):
                yield i, Span(m.start, m.end, m.text)

    def state_line(self):
        """A title block line that is only a state's name ('REPUBLIC OF UGANDA'): the state that speaks."""
        for m, i in self.in_span(0, self.doc.body_start, ("State",)):
            ls = self.text.rfind("\n", 0, m.start) + 1
            le = self.text.find("\n", m.end)
            le = len(self.text) if le < 0 else le
            if not self.text[ls:m.start].strip(" *#_") and not self.text[m.end:le].strip(" *#_"):
                return i, Span(m.start, m.end, m.text)
            # "Head of Delegation of the Republic of Indonesia" on a line of its own, with no name above it
            # (or "PERMANENT MISSION OF THE REPUBLIC OF SIERRA LEONE TO THE UNITED NATIONS")
            if POST_OF_STATE.match(self.text[ls:m.start]) and (not self.text[m.end:le].strip(" *#_,") or (
                    re.search(r"(?i)\b(?:mission|delegation)\b", self.text[ls:m.start])
                    and re.fullmatch(r"[ \t]+(?i:to|in)[ \t][^\n]*", self.text[m.end:le]))):
                return i, Span(ls, m.end, self.text[ls:m.end])
            # "PAKISTAN PERMANENT MISSION TO THE UNITED NATIONS" opening a line
            if not self.text[ls:m.start].strip(" *#_") and re.match(r"(?i)[ \t]+(?:permanent[ \t]+)?(?:mission|delegation|embassy)"
                                                                   r"[ \t]+(?:to|in|at)[ \t]", self.text[m.end:le]):
                return i, Span(ls, le, self.text[ls:le])
        return None

    def headline_state(self):
        """A news headline whose subject is a state ('Pakistan commends Morocco's election ...') over a statement
        whose speaker's post names no state: the state speaks."""
        title = self.doc.header.title
        if not title:
            return None
        first = [(m, i) for m, i in self.in_span(title.start, title.end, ("State",))
                 if re.fullmatch(r"[ \t*_#]*(?:The\s+)?", self.text[title.start:m.start])][:1]
        if first and HEADLINE_VERB.match(self.text, first[0][0].end):
            return first[0][1], Span(title.start, title.end, title.text)
        return None

    def filed_elsewhere(self, end: int, body: str | None, place: str) -> bool:
        """A news agency's dateline names where the story was filed, not where a body that sits elsewhere met."""
        agency = re.match(r"[ \t]*,?[ \t]*\([A-Z][A-Za-z]{1,10}\)", self.text[end:end + 16])
        seat = self.seat_of(body) if agency and body else None
        return seat is not None and str(seat) != place

    def council_format(self, meeting: Span) -> str | None:
        """'the Open Debate on Children and Armed Conflict', 'Arria-formula meeting on ...': formats of the Security
        Council, named with no body."""
        if not COUNCIL_FORMAT.search(meeting.text):
            return None
        return self.reference_entity(str(ID["org/unsc"]), "Organization")

    def un_plenary(self, h, meeting: Span) -> str | None:
        """'at the plenary meeting on the Culture of Peace', by a 'Permanent Representative of X to the United
        Nations': a plenary of the General Assembly (the Security Council holds none)."""
        un = str(ID["org/un"])
        if not h.post or not re.search(r"(?i)\bplenary\b", meeting.text) or not any(
                i == un and re.search(r"\bto\s+(?:the\s+)?$", self.text[h.post.start:m.start])
                for m, i in self.in_span(h.post.start, h.post.end, ("Organization",))):
            return None
        return self.reference_entity(str(ID["org/unga"]), "Organization")

    def header_meeting(self, h, meeting: Span, body: str | None = None) -> str:
        if body is None:
            # "the special segment ... held at the occasion of the 58th session of the CND": the CND's session
            occasion = OCCASION_OF.search(meeting.text)
            # ("Third International Conference on Small Island Developing States": a body in its topic is not its body)
            topic = TOPIC_OPENS.search(meeting.text, occasion.end() if occasion else 0)
            bodies = [(m, i) for m, i in self.in_span(meeting.start + (occasion.end() if occasion else 0), meeting.end,
                                                      ("Organization",))
                      if (not topic or m.start < meeting.start + topic.end())  # (not the Conference on Disarmament)
                      and not MEMBERS_AFTER.match(self.text, m.end)]  # ("... between the SG and UN Member States of ...")
            if len(bodies) > 1 and not self.text[bodies[0][0].end:bodies[1][0].start].strip():
                bodies = bodies[1:]  # "UNGA Second Committee", "OSCE Permanent Council": the body within the body
            # "25TH CONFERENCE OF PARTIES TO THE UNITED NATIONS CLIMATE CHANGE CONVENTION": the treaty's parties meet,
            # whatever body the treaty's name holds
            body = self.states_parties_body(meeting) or (bodies[0][1] if bodies else None) or self.session_of_body() \
                or self.accredited_to(h) or self.council_format(meeting) or self.un_plenary(h, meeting)
        body = self.organ_in_title(body) or body
        key = "-".join(x for x in (body.rsplit("/", 1)[-1] if body else slug(meeting.text)[:60], h.date) if x)
        if body and not h.date:  # (undated: "meeting/un" would be every undated UN meeting; the name tells them apart)
            numbered = NUMBERED_HEAD.search(meeting.text)
            key = slug(f"{body.rsplit('/', 1)[-1]} {numbered['n']} {numbered['head']}".lower()) if numbered else \
                "-".join(dict.fromkeys((key, slug(meeting.text)[:60])))
        label = (meeting.text.replace("\n", " ") if h.meeting or not body else f"Meeting of the {self.entity(body).label}") + \
            (f" ({h.date})" if h.date else "")
        # its name as written, without the date (unless that is the body's own name: "Conference on Disarmament")
        written = (" ".join(meeting.text.split()),) if h.meeting and not any(
            m.start <= meeting.start + 4 and m.end >= meeting.end - 1 for m, _ in self.in_span(meeting.start, meeting.end)) else ()
        iri = self.linked.add(Entity(str(ID[f"meeting/{key}"]), "Meeting", label, written))
        self.body_of_meeting[iri] = body
        span = (meeting.start, meeting.end)
        if body:
            self.fact(iri, "meetingOf", body, span, "header-meeting-of", 0.9)
        if h.date:
            self.fact(iri, "date", h.date, (h.date_span.start, h.date_span.end), "header-date", 0.9, True, "date")
        # the place beside the meeting's date ("(The Hague, 27 November ...)"), else the first the block names
        places = (self.in_span(h.place.start, h.place.end, ("Place",)) if h.place else []) or \
            self.in_span(h.title.start if h.title else 0, self.doc.body_start, ("Place",))
        if places and self.filed_elsewhere(places[0][0].end, body, places[0][1]):
            pass  # "ISLAMABAD, (DNA) – Statement ... at the Human Rights Council": where the news was filed
        elif places:
            self.fact(iri, "heldIn", places[0][1], (places[0][0].start, places[0][0].end), "header-place", 0.8)
        elif h.place:  # "Nusa Dua, 28 January 2008": a place the reference data does not list
            place = self.linked.add(Entity(str(ID[f"place/{slug(h.place.text)}"]), "Place", " ".join(h.place.text.split())))
            self.fact(iri, "heldIn", place, (h.place.start, h.place.end), "header-place", 0.7)
        else:
            self.city_after_meeting(iri, meeting)
        return iri

    def city_after_meeting(self, iri, meeting) -> None:
        """'... at the 12th United Nations Congress on Crime Prevention and Criminal Justice, Salvador, Brazil': a city
        and its state end the meeting's line, the city one no list holds."""
        line_end = self.text.find("\n", meeting.start)
        line_end = len(self.text) if line_end < 0 else line_end
        states = [m for m, i in self.in_span(meeting.start, line_end, ("State",)) if not self.text[m.end:line_end].strip(" .")]
        city = CITY_BEFORE_STATE.search(self.text, meeting.start, states[0].start) if states else None
        if city:
            place = self.linked.add(Entity(str(ID[f"place/{slug(city['city'])}"]), "Place", city["city"]))
            self.fact(iri, "heldIn", place, (city.start("city"), states[0].end), "header-place", 0.7)


# "Pakistan commends", "Ghana calls for", "Japan reaffirms": a verb in the present, as headlines write them
HEADLINE_VERB = re.compile(r"\s+(?:[a-z]+ly\s+)?(?!is\b|has\b|was\b)[a-z]{3,}s\b(?!['’])")


def _person(name: str) -> Entity:
    from ..link import person_entity
    return person_entity(Mention(0, len(name), name, "Person"))
