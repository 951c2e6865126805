"""A guarded pattern finds exactly what the pattern finds (kg/prefilter.py)."""
import re

from kg.prefilter import Guarded, guarded, required
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
