"""Funding: who contributes how much to which body or fund."""
from __future__ import annotations

import re

from ..prefilter import guarded
from .reader import ACTOR, URGED_TO

RECIPIENT = re.compile(r"\b(?:to|for|towards|into)\s+(?:the\s+)?(?:[\w\-’']+\s+){0,4}$")
CURRENCY_CODES = r"USD|EUR|JPY|GBP|CHF|CAD|AUD|NZD|NOK|SEK|DKK|CNY|RMB|KRW|INR|BRL|RUB|ZAR|SAR|AED|QAR|KWD|TRY|MXN|SGD"
MONEY = re.compile(
    rf"(?P<cur1>US\$|\$|€|£|¥|{CURRENCY_CODES}|yen)?\s?(?P<num>\d[\d,.]*)\s*(?P<mult>million|billion|thousand|mn|bn|m\b|k\b)?\s*"
    rf"(?P<cur2>US dollars|U\.S\. dollars|dollars|{CURRENCY_CODES}|euros?|yen|Swiss francs|pounds(?: sterling)?|"
    rf"kroner|kronor|krona|yuan|rupees)?")
FUND_VERB = guarded(re.compile(r"\b(?:contribut\w*|pledg\w*|donat\w*|donors?\s+to|fund\w*|financ\w*|provid\w*|disburs\w*|"
                       r"allocat\w*|grant\w*|(?P<invest>invest(?:s|ed|ing)?))\b", re.I))
# a verb after "to", with its object: "pledged to build the NAM" (not "contributed to member states' efforts")
TO_A_VERB = re.compile(r"\s+to\s+[a-z]+\s+(?:the|a|an|its|their|our|his|her|this|these|that|those|it|them|us)\b")
NOT_MONEY = re.compile(r"\s+(?:its|our|their|his|her|full|continued|strong|the)\s+(?:\w+\s+)?(?:commitment|support|solidarity|"
                       r"cooperation|co-operation|determination|readiness|allegiance|loyalty)\b")
# what "provide" gives when no sum is named: "provided funding to", "provides financial support for"
PROVIDED_MONEY = re.compile(r"\s+(?:[\w\-]+\s+){0,3}?(?:funding|financing|funds|grants?|financial|resources|money|"
                            r"contributions?|donations?)\b", re.I)
# "contributed to the Council's work", "to the work of the Conference": a part taken, not money
NOT_MONEY_FOR = r"(?:work|efforts?|deliberations|discussions?|debates?|success|outcomes?|agenda|dialogue|process|negotiations)"
SHARE_BEFORE = re.compile(rf"\b{NOT_MONEY_FOR}\s+(?:of|at|in)\s+(?:the\s+)?$", re.I)
SHARE_AFTER = re.compile(rf"\s*['’]s?\s+(?:\w+\s+)?{NOT_MONEY_FOR}\b", re.I)
# "would invest 430 million euros annually in reconstruction projects in Afghanistan": the state invested in
INVESTED_IN = re.compile(r"\b(?:in|to|for)\s+(?:the\s+)?(?:[\w\-]+\s+){0,5}$")


# who pays for an event: "funded by X", "with the financial support of X", "thanks to financial support of X and Y"
# ("funded by the generous contribution of the European Union": the one whose contribution it is)
PAID_BY = re.compile(r"\b(?:(?:co-)?(?:funded|financed|sponsored)|made\s+possible)\s+(?:\w+\s+){0,2}?by\s+(?:the\s+)?"
                     r"(?:(?:generous|kind|financial)\s+){0,2}(?:(?:contributions?|support|grants?|funding)\s+(?:of|from)\s+(?:the\s+)?)?|"
                     r"\b(?:with|through|thanks\s+to|under)\s+(?:the\s+)?(?:generous\s+|kind\s+)?(?:financial|funding)\s+"
                     r"(?:support|assistance|contributions?)\s+(?:of|from|by)\s+(?:the\s+)?|"
                     r"\b(?:funding|financing|sponsorship)\s+(?:of|from|by)\s+(?:the\s+)?", re.I)
# "supported by X" pays for an event only when X is a donor government: a state, or a body with its state after it
SUPPORTED_BY = re.compile(r"\b(?:supported|sponsored)\s+(?:\w+\s+){0,2}?by\s+(?:the\s+)?", re.I)
PAID_ADJECTIVE = re.compile(r"-(?:funded|financed|sponsored)\b")  # "an EU-funded project"
EVENT_NOUN = re.compile(r"\b(?:workshop|seminar|training|course|conference|meeting|symposium|forum|event|summit|dialogue|"
                        r"consultations?|round\s?table|visit|exercise)s?\b", re.I)
BRACKETED_STATE = re.compile(r"\s*\(\s*(?P<state>[^()]{2,40})\)")


class FundRules:
    """Rules for funding."""

    def fund_of(self, body: str, start: int, end: int) -> str | None:
        """A fund named right after the body that holds it ('the OPCW (OPCW) Trust Fund for Regional Seminars')."""
        named = self.in_span(start, end, ("Organization",))
        for (m1, i1), (m2, i2) in zip(named, named[1:]):
            if i1 == body and i2 != body and re.fullmatch(r"[\s)]*(?:\([^()]{1,15}\)\s*)?", self.text[m1.end:m2.start]) \
                    and _fund_named_after(m2.text):
                return i2
        return None

    def paid_for_event(self, s, e, sent, event) -> None:
        """'The workshop was funded by Canada', 'thanks to financial support of the US and the Government of New
        Zealand', 'supported by the Foreign Office (United Kingdom)', 'an EU-funded training': those fund the event."""
        lowered = sent.lower()
        paid = any(w in lowered for w in ("funded", "funding", "financ", "sponsor", "made possible"))
        supported = "supported by" in lowered or "sponsored by" in lowered
        if event is None or not (paid or supported) or not EVENT_NOUN.search(sent):
            return  # (cheap looks first: most sentences say nothing of money)
        payers = []
        for by in PAID_BY.finditer(self.text, s, e) if paid else ():
            payers += self.listed_from(by.end(), e, ("State", "Organization"))
        for by in SUPPORTED_BY.finditer(self.text, s, e) if supported else ():
            payers += [(m, i) for m, i in self.listed_from(by.end(), e, ("State", "Organization"))
                       if self.cls(i) == "State" or self.given_with_state(m.end, e)]
        payers += [(m, i) for m, i in self.in_span(s, e, ("State", "Organization")) if paid and PAID_ADJECTIVE.match(self.text, m.end)]
        for _, payer in payers:
            if payer != event:
                self.fact(payer, "funds", event, (s, e), "funds-event", 0.6)

    def given_with_state(self, pos, e) -> bool:
        """'the Foreign Commonwealth Office (United Kingdom)': a body given with its state."""
        bracket = BRACKETED_STATE.match(self.text, pos, e)
        return bool(bracket and self.in_span(bracket.start("state"), bracket.end("state"), ("State",)))

    def funds(self, s, e, sent):
        """'Japan has contributed 23 million US dollars to UNODC', 'Norway will provide NOK 50 million for the
        Fund', 'the Republic of Korea for pledging a contribution of 800,000 U.S. dollars to the IAEA'."""
        for verb in FUND_VERB.finditer(self.text, s, e):
            if NOT_MONEY.match(self.text, verb.end()) and not any(
                    (m["cur1"] or m["cur2"]) and m["num"] for m in MONEY.finditer(self.text[:e], verb.end())):
                continue  # "Tuvalu pledged its commitment to the UN": a promise, not money
            if TO_A_VERB.match(self.text, verb.end()) and not any((m["cur1"] or m["cur2"]) and m["num"]
                                                                   for m in MONEY.finditer(self.text[:e], verb.end())):
                continue  # "he pledged to build the NAM", "contributed to strengthening it": a promise or a part
            if verb.group().lower().startswith("provid") and not PROVIDED_MONEY.match(self.text, verb.end()) and not any(
                    (m["cur1"] or m["cur2"]) and m["num"] for m in MONEY.finditer(self.text[:e], verb.end())):
                continue  # "provided advice to the delegations visiting Benin": no money named, none given
            subj = self.subject_before(s, verb.start())
            if subj is None or self.cls(subj) not in ACTOR or self.blocked(s, verb.start(), True) \
                    or URGED_TO.search(self.text, s, verb.start()):  # "X urged his colleagues to make contributions"
                continue
            stop = e  # "to the trust fund for the ChemTech Centre": the recipient may lie past a 'for the'
            money = next((m for m in MONEY.finditer(self.text[:stop], max(s, verb.start() - 40))
                          if (m["cur1"] or m["cur2"]) and m["num"]), None)
            # with no sum named, "contributions to the issues ... to provide the ECOWAS leaders with ..." funds no one:
            # the recipient must follow the verb closely
            reach = stop if money else min(stop, verb.end() + 60)
            recipient_before = INVESTED_IN if verb["invest"] else RECIPIENT
            recipients = [i for m, i in self.in_span(verb.end(), reach, ("Organization", "Meeting", "State"))
                          if i != subj and recipient_before.search(self.text[verb.end():m.start])
                          and ";" not in self.text[verb.end():m.start]
                          and (money or len(re.findall(r"\b(?:to|for|towards|into)\b", self.text[verb.end():m.start])) == 1)
                          and (money or not verb["invest"])
                          and (money or not (SHARE_BEFORE.search(self.text, verb.end(), m.start) or SHARE_AFTER.match(self.text, m.end)))]
            if not recipients:
                continue
            own_fund = self.fund_of(recipients[0], verb.end(), reach)
            if own_fund:  # "to the OPCW (OPCW) Trust Fund for Regional Seminars": the fund, not the body
                recipients = [own_fund] + recipients
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


def _fund_named_after(text: str) -> bool:
    return bool(re.search(r"\b(?:Fund|Facility|Trust|Programme|Program|Account)\b", text))


def _amount(m: re.Match) -> str:
    num = float(m["num"].replace(",", "").rstrip("."))
    mult = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9}.get(
        (m["mult"] or "").lower(), 1)  # (news style: "$500mn", "27mn euros", "$3.6bn")
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
