"""Literal pre-checks for regular expressions: skip a scan when the text holds none of the words a match needs.

sre tries a pattern at every position when it opens with `\\b` or is case-insensitive, which makes the rules'
per-sentence scans the larger part of extraction time. `guarded(rx)` reads from the parsed pattern a set of
literals of which every match must contain one ('summit', 'conference', ... for the meeting nouns) and returns
an object with the pattern's methods that answers 'no match' at once when none of them lies in text[pos:endpos].
The set is derived conservatively (a part that may match in more than one way adds nothing it cannot be sure
of), so a guarded pattern finds exactly what the pattern finds. `led(rx)` (below) tries a whole-document scan only
where one of the strings every match begins with starts."""
from __future__ import annotations

import re

try:  # (the parser is private to the re package: re._parser from Python 3.11, sre_parse before)
    from re import _constants as C
    from re import _parser as P
except ImportError:  # pragma: no cover
    import sre_constants as C
    import sre_parse as P
REPEATS = {C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT)}
ATOMIC = getattr(C, "ATOMIC_GROUP", None)  # (Python 3.11 and later)

MAX_LITERALS = 40  # a longer list costs more to check than the scan it saves


def required(rx: re.Pattern) -> tuple[frozenset[str], bool] | None:
    """The literals of which every match of rx contains one, and whether they must be compared case-blind;
    None when no such set is known."""
    if not isinstance(rx.pattern, str):
        return None
    try:
        tree = P.parse(rx.pattern, rx.flags)
    except Exception:  # noqa: BLE001 - a pattern the private parser cannot read is left unguarded
        return None
    blind = bool(rx.flags & re.IGNORECASE) or _local_ignorecase(tree.data)
    lits = _seq(list(tree.data))
    if not lits or "" in lits or len(lits) > MAX_LITERALS:
        return None
    if blind and not all(_folds_plainly(c) for lit in lits for c in lit):
        return None
    return frozenset(s.lower() for s in lits) if blind else frozenset(lits), blind


def _local_ignorecase(items) -> bool:
    """Whether some group turns case-blindness on ('(?i:...)')."""
    for op, av in items:
        if op is C.SUBPATTERN and (av[1] & C.SRE_FLAG_IGNORECASE or _local_ignorecase(av[-1].data)):
            return True
        if op is C.BRANCH and any(_local_ignorecase(alt.data) for alt in av[1]):
            return True
        if op in REPEATS and _local_ignorecase(av[2].data) or op is ATOMIC and _local_ignorecase(av.data):
            return True
        if op in (C.ASSERT, C.ASSERT_NOT) and _local_ignorecase(av[1].data):
            return True
    return False


def _folds_plainly(c: str) -> bool:
    """A character that, compared case-blind, matches only what its lower-case form finds in lower-cased ASCII
    text: an ASCII one, or one with no ASCII relative ('ſ' matches 's', the Kelvin sign 'k', 'ı' 'I')."""
    return c.isascii() or not any(x.isascii() for x in (c.lower(), c.upper(), c.casefold())) and c not in "İı"


def _seq(items) -> set[str] | None:
    """Every match of the sequence contains one of the returned strings: runs of literals, or what one
    item requires; the set whose shortest string is longest wins."""
    best: set[str] | None = None
    run: list[str] = []

    def consider(cands):
        nonlocal best
        if cands and "" not in cands and (best is None or _score(cands) > _score(best)):
            best = cands

    for op, av in items:
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        consider({"".join(run)} if run else None)
        run = []
        consider(_item(op, av))
    consider({"".join(run)} if run else None)
    return best


def _score(cands: set[str]) -> tuple[int, int]:
    return min(len(s) for s in cands), -len(cands)


def _item(op, av) -> set[str] | None:
    if op is C.SUBPATTERN:
        return _seq(list(av[-1].data))
    if op is C.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            sub = _seq(list(alt.data))
            if not sub:  # an alternative that needs no literal: the branch needs none
                return None
            out |= sub
        return out
    if op in REPEATS:
        lo, _, body = av
        return _seq(list(body.data)) if lo >= 1 else None  # (what is repeated at least once)
    if op is ATOMIC:
        return _seq(list(av.data))
    return None  # character sets, anchors, look-arounds (they may look outside pos..endpos), back-references


class Guarded:
    """A compiled pattern behind a literal pre-check (see the module's doc); other attributes pass through."""
    __slots__ = ("rx", "lits", "blind", "_lowered")

    def __init__(self, rx: re.Pattern, lits: frozenset[str], blind: bool):
        self.rx, self.lits, self.blind, self._lowered = rx, tuple(sorted(lits, key=len)), blind, (None, None)

    def __getattr__(self, name):
        return getattr(self.rx, name)

    def _absent(self, text: str, pos: int, endpos: int) -> bool:
        """True when no literal lies in text[pos:endpos] (and so no match can)."""
        if pos < 0:  # (sre reads a negative position as 0; str.find would count it from the end)
            pos = 0
        if endpos < 0:
            endpos = 0
        if self.blind:
            seen = self._lowered  # (one read: the pair stays consistent should threads share the pattern)
            if seen[0] is not text:
                # case-blind comparison on lower-cased text is exact only for ASCII ('ſ' matches 's' in sre)
                seen = self._lowered = (text, text.lower() if text.isascii() else None)
            text = seen[1]
            if text is None:
                return False
        window = text[pos:endpos]  # ('in' on one slice is cheaper than a str.find call per literal)
        for lit in self.lits:
            if lit in window:
                return False
        return True

    def search(self, text, pos=0, endpos=None):
        end = len(text) if endpos is None else endpos
        return None if self._absent(text, pos, end) else self.rx.search(text, pos, end)

    def match(self, text, pos=0, endpos=None):
        end = len(text) if endpos is None else endpos
        return None if self._absent(text, pos, end) else self.rx.match(text, pos, end)

    def fullmatch(self, text, pos=0, endpos=None):
        end = len(text) if endpos is None else endpos
        return None if self._absent(text, pos, end) else self.rx.fullmatch(text, pos, end)

    def finditer(self, text, pos=0, endpos=None):
        end = len(text) if endpos is None else endpos
        return iter(()) if self._absent(text, pos, end) else self.rx.finditer(text, pos, end)


def guarded(rx: re.Pattern):
    """rx behind a literal pre-check, or rx itself when it needs no literal."""
    req = required(rx)
    return Guarded(rx, *req) if req else rx


# -- Scans led by a literal ---------------------------------------------------------------------------------------
# A pattern that opens with \b and a list of words ('\b(?=[A-Zt])(?:President|Prime Minister|...)\s+<name>') is
# also tried by sre at every position of a whole document. When every match begins with one of a set of strings
# (read from the parsed pattern), a search for those strings (which sre does at C speed) finds the only positions
# where a match can begin, and the pattern is tried there alone: the same matches, in the same order.

MAX_LEADS = 400  # (more would make the search for them slower than the scan it replaces)


def leads(rx: re.Pattern) -> frozenset[str] | None:
    """Strings one of which every match of rx begins with (case as written); None when no such set is known."""
    if not isinstance(rx.pattern, str) or rx.flags & re.IGNORECASE:
        return None
    try:
        tree = P.parse(rx.pattern, rx.flags)
    except Exception:  # noqa: BLE001 - a pattern the private parser cannot read is left as it is
        return None
    found = _leads(list(tree.data))
    if found is None or "" in found[0]:
        return None
    return frozenset(found[0])


def _leads(items) -> tuple[set[str], bool] | None:
    """(strings every match of the sequence begins with, whether each match is exactly one of them), or None."""
    current, exact = {""}, True
    for k, (op, av) in enumerate(items):
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue  # (zero-width: what the match begins with is read after it)
        if op is C.LITERAL:
            current = {s + chr(av) for s in current}
            continue
        sub = None
        if op is C.SUBPATTERN and not av[1] & C.SRE_FLAG_IGNORECASE:
            sub = _leads(list(av[-1].data))
        elif op is ATOMIC and op is not None:
            sub = _leads(list(av.data))
        elif op is C.BRANCH:
            alts = [_leads(list(alt.data)) for alt in av[1]]
            if all(alts):
                sub = (set().union(*(a[0] for a in alts)), all(a[1] for a in alts))
        elif op in REPEATS:
            lo, _, body = av
            first = _leads(list(body.data))
            if first and lo >= 1:
                sub = (first[0], False)  # (the first time round)
            elif first:  # none or more times: it begins the match, or what follows it does
                rest = _leads(items[k + 1:])
                if rest:
                    current = {s + x for s in current for x in first[0] | rest[0]}
                    return (current, False) if len(current) <= MAX_LEADS else None
        if sub is None or len(current) * len(sub[0]) > MAX_LEADS:
            return (current, False) if current != {""} else None  # (what has been read so far begins every match)
        current = {s + x for s in current for x in sub[0]}
        if not sub[1]:
            return current, False
    return current, exact


class Led:
    """A compiled pattern tried only where one of its leading strings starts (see above); other attributes pass
    through. Matches cannot be empty (every one begins with a non-empty string)."""
    __slots__ = ("rx", "starts")

    def __init__(self, rx: re.Pattern, strings: frozenset[str]):
        self.rx = rx
        self.starts = re.compile("|".join(re.escape(s) for s in sorted(strings)))

    def __getattr__(self, name):
        return getattr(self.rx, name)

    def finditer(self, text, pos=0, endpos=None):
        n = len(text)
        end = n if endpos is None else min(max(endpos, 0), n)  # (as sre bounds them)
        pos = min(max(pos, 0), n)
        find, match = self.starts.search, self.rx.match
        while True:
            c = find(text, pos, end)
            if c is None:
                return
            m = match(text, c.start(), end)  # (sre reads \b and look-behinds before the position, as a search does)
            if m:
                yield m
                pos = m.end()
            else:
                pos = c.start() + 1

    def search(self, text, pos=0, endpos=None):
        return next(self.finditer(text, pos, endpos), None)


def led(rx: re.Pattern):
    """rx tried only where a match can begin, or rx itself when that is not known."""
    strings = leads(rx)
    return Led(rx, strings) if strings else rx
