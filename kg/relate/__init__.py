"""Stage 4: linked document -> Facts, each with its Evidence (sentence, offsets, rule, confidence).

The rules follow the grammar of diplomatic statements: a subject (a named actor, or 'we' / 'my delegation' /
'my country' standing for the one on whose behalf the statement is made), a stance verb, and its object;
legal status ('became a party to', 'ratified', 'is preparing to ratify'); roles in titles and appositions
('Secretary-General António Guterres', 'Catherine Russell, executive director of UNICEF')."""
from __future__ import annotations

from ..link import Linked
from ..model import Fact
from ..reference import Reference
from .funds import CURRENCY_CODES, CURRENCY_WORDS, FUND_VERB, MONEY, RECIPIENT, FundRules, _amount, _currency
from .header_facts import (BEHALF, CHAIR_OF, CSP, HEAD_OF, MEETING_BODY, MEMBERS_OF, MY_COUNTRY, OCCASION_OF,
                           ON_BEHALF_LEAD, POST_OF_STATE, SECOND_SPEAKER, SPEAKS_FOR, THIS_MEETING_AFTER,
                           THIS_MEETING_BEFORE, HeaderRules, _person)
from .legal import (ACCESSION_OF, AS_PARTY, COMPLY, DEMONSTRATIVE_SUBJECT, IN_FORCE_FOR, INTENDS_TO_JOIN, NOT_PARTY,
                    OUR_COUNTRIES, PARTY, PARTY_WORDS, PROCESS_OF, SIGNED, TO_WHICH_PARTY, VIOLATION, LegalRules,
                    _words)
from .meetings import (BASED_ADJECTIVE, BASED_IN, BASED_PLAIN_IN, CONVENED_BY, GOVERNMENT_LEAD, HELD_IN_STATE, HOST,
                       JOINTLY_WITH, MEETING_MODIFIERS, MEETING_NOUN, MEETING_OF, MEETING_TOPIC, NOT_PLACE, ONLINE,
                       PARTICIPATE, PROPER_BEFORE, REGION, TITLE_HOSTED_BY, UNDER_AUSPICES, VENUE, WHICH_HOSTS,
                       MeetingRules)
from .members import (AS_MEMBER, COMPRISE, IS_MEMBER, MEMBER_APPOSITION, MEMBER_STATES_LIST, ORG_COUNTRY,
                      TOGETHER_WITH, MemberRules)
from .reader import (ACTOR, BLOCKERS, CLAUSE_END, COORDINATED_VERB, COORDINATION, FUTURE, GOVERNED, GOVERNMENT_OF,
                     HEAD_TITLE, INTENT, LIGHT_VERB, LIST_GAP, NEGATION, NOT_OBJECT, NOT_PLACE_OBJECT, OFFERED,
                     OFFICE_BEFORE, OWNED_DOCUMENT, POLITE, PRONOUN_HEAD, QUOTE_ATTRIBUTION, RELATIVE_SUBJECT, SELF,
                     SELF_SUBJECT, TITLE_ANAPHOR, TITLE_THEN_PERSON, ReaderCore)
from .roles import (DEPUTY, ENVOY_OF_STATE, GOVERNMENT_TITLE, IN_CAPACITY, ITS_TITLE, LEADER_OF_STATE, LED_DELEGATION,
                    PORTFOLIO_TITLE, POST_COMMA_NAME, REPRESENTED_BY, STATE_POST_COMMA_NAME, TITLE_BEFORE, RoleRules)
from .stance_rules import (CONVENE, DEMONSTRATIVE_ACTS, ITS_ADOPTION, LISTED_AFTER, STATEMENT_OF, THIS_STATEMENT,
                           StanceRules)


class Reader(HeaderRules, StanceRules, LegalRules, FundRules, RoleRules, MemberRules, MeetingRules, ReaderCore):
    """Holds one linked document while the rules run over its sentences."""


def relate(linked: Linked, ref: Reference) -> tuple[list[Fact], Reader]:
    reader = Reader(linked, ref)
    reader.header()
    reader.body()
    return reader.facts, reader


__all__ = [
    "ACCESSION_OF", "ACTOR", "AS_MEMBER", "AS_PARTY", "BASED_ADJECTIVE", "BASED_IN", "BASED_PLAIN_IN", "BEHALF",
    "BLOCKERS", "CHAIR_OF", "CLAUSE_END", "COMPLY", "COMPRISE", "CONVENE", "CONVENED_BY", "COORDINATED_VERB",
    "COORDINATION", "CSP", "CURRENCY_CODES", "CURRENCY_WORDS", "DEMONSTRATIVE_ACTS", "DEMONSTRATIVE_SUBJECT", "DEPUTY",
    "ENVOY_OF_STATE", "FUND_VERB", "FUTURE", "GOVERNED", "GOVERNMENT_LEAD", "GOVERNMENT_OF", "GOVERNMENT_TITLE",
    "HEAD_OF", "HEAD_TITLE", "HELD_IN_STATE", "HOST", "INTENDS_TO_JOIN", "INTENT", "IN_CAPACITY", "IN_FORCE_FOR",
    "IS_MEMBER", "ITS_ADOPTION", "ITS_TITLE", "JOINTLY_WITH", "LEADER_OF_STATE", "LED_DELEGATION", "LIGHT_VERB",
    "LISTED_AFTER", "LIST_GAP", "MEETING_BODY", "MEETING_MODIFIERS", "MEETING_NOUN", "MEETING_OF", "MEETING_TOPIC",
    "MEMBERS_OF", "MEMBER_APPOSITION", "MEMBER_STATES_LIST", "MONEY", "MY_COUNTRY", "NEGATION", "NOT_OBJECT",
    "NOT_PARTY", "NOT_PLACE", "NOT_PLACE_OBJECT", "OCCASION_OF", "OFFERED", "OFFICE_BEFORE", "ONLINE", "ON_BEHALF_LEAD",
    "ORG_COUNTRY", "OUR_COUNTRIES", "OWNED_DOCUMENT", "PARTICIPATE", "PARTY", "PARTY_WORDS", "POLITE",
    "PORTFOLIO_TITLE", "POST_COMMA_NAME", "POST_OF_STATE", "PROCESS_OF", "PRONOUN_HEAD", "PROPER_BEFORE",
    "QUOTE_ATTRIBUTION", "RECIPIENT", "REGION", "RELATIVE_SUBJECT", "REPRESENTED_BY", "SECOND_SPEAKER", "SELF",
    "SELF_SUBJECT", "SIGNED", "SPEAKS_FOR", "STATEMENT_OF", "STATE_POST_COMMA_NAME", "THIS_MEETING_AFTER",
    "THIS_MEETING_BEFORE", "THIS_STATEMENT", "TITLE_ANAPHOR", "TITLE_BEFORE", "TITLE_HOSTED_BY", "TITLE_THEN_PERSON",
    "TOGETHER_WITH", "TO_WHICH_PARTY", "UNDER_AUSPICES", "VENUE", "VIOLATION", "WHICH_HOSTS", "Reader", "_amount",
    "_currency", "_person", "_words", "relate",
]
