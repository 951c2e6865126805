"""A guarded pattern finds exactly what the pattern finds (kg/prefilter.py)."""
import re

from kg.prefilter import Guarded, Led, guarded, leads, led, required
from kg.relate.meetings import MEETING_NOUN
from kg.relate.legal import PARTY_WORDS


def test_required_literals():
    assert required(re.compile(r"\bUNSCR\s*\d+")) == (frozenset({"UNSCR"}), False)
    assert required(re.compile(r"\b(?:summit|forum)s?\b", re.I)) == (frozenset({"summit", "forum"}), True)
    assert required(re.compile(r"\b(?:summit|\w+)\b")) is None  # an alternative that needs no literal
    assert required(re.compile(r"(?:x)?\d+")) is None


def test_same_matches():
    texts = ["The Summit was held in Suva.", "no meeting here", "", "ſummit of the ſtates",  # ('ſ' matches 's' case-blind)
             "They ratified it; PARTIES met", "x" * 50 + " Conference"]
    rxs = [re.compile(r"\b(?:summit|conference)\b", re.I), re.compile(r"\bParties\b"), re.compile(r"(?i:summit)")]
    for rx in rxs:
        g = guarded(rx)
        assert isinstance(g, Guarded)
        for t in texts:
            for pos, end in ((0, len(t)), (3, len(t)), (-5, len(t)), (0, -2), (4, 9), (0, 10 ** 6)):
                assert [m.span() for m in g.finditer(t, pos, end)] == [m.span() for m in rx.finditer(t, pos, end)]
                for meth in ("search", "match", "fullmatch"):
                    a, b = getattr(g, meth)(t, pos, end), getattr(rx, meth)(t, pos, end)
                    assert (a and a.span()) == (b and b.span())


def test_rules_patterns_stay_usable():
    assert MEETING_NOUN.search("the annual summit")["head"] == "summit"
    assert "summit" in MEETING_NOUN.pattern
    assert PARTY_WORDS.search("became a party") and not PARTY_WORDS.search("nothing")


def test_leading_strings():
    assert leads(re.compile(r"\b(?:Mr|Ms|Mrs)\.?\s+X")) == frozenset({"Mr", "Ms", "Mrs"})
    assert leads(re.compile(r"(?:ab|c)?d")) == frozenset({"ab", "c", "d"})  # (the optional part, or what follows it)
    assert leads(re.compile(r"x(?:a|)y")) == frozenset({"xy", "xay"})
    assert leads(re.compile(r"\b(?=[A-Z])[A-Z]\w+")) is None  # a character set leads: any capital
    assert leads(re.compile(r"(?i:ab)c")) is None and leads(re.compile(r"abc", re.I)) is None
    assert leads(re.compile(r"(?:x)?\d+")) is None


def test_led_same_matches():
    texts = ["Mr. Smith met Ms Jones and Mrs. Brown.", "MrX Mr", "", "the President Ramaphosa, and Mr Guterres",
             "aMr Smith", "Mr Smith" * 3]
    rxs = [re.compile(r"\b(?:Mr|Ms|Mrs)\.?\s+(?P<name>[A-Z]\w+)"), re.compile(r"(?<![a-z])(?:President|Mr)\s+[A-Z]\w*"),
           re.compile(r"(?:ab|c)?d|Mr")]
    for rx in rxs:
        g = led(rx)
        assert isinstance(g, Led)
        for t in texts:
            for pos, end in ((0, len(t)), (3, len(t)), (-5, len(t)), (0, -2), (4, 9), (0, 10 ** 6), (9, 4)):
                assert [(m.span(), m.groups()) for m in g.finditer(t, pos, end)] == \
                    [(m.span(), m.groups()) for m in rx.finditer(t, pos, end)]
                a, b = g.search(t, pos, end), rx.search(t, pos, end)
                assert (a and a.span()) == (b and b.span())
