"""Texts that no one writes but a scraper may produce: word salad in the genre's own vocabulary, in title case, in
capitals, strung with commas and 'of the'. The reader must neither break nor hang on them (a hang once came from
a name pattern on a long title-case headline, a crash from a state named only inside a body's name)."""
import random
import signal

import pytest

from kg.extract import extract
from kg.ingest import document_from_text

WORDS = ("Minister Foreign Affairs Held Bilateral Meeting With Australian President Of The Republic Council Security "
         "United Nations General Assembly Ambassador Permanent Representative Statement Delivered Kwame Mensah Jane "
         "Doherty Session Conference Summit Group Friends Protection Civilians Armed Conflict Ghana Kenya Peru Investment "
         "Secretary-General Under-Secretary-General Executive Director UNODC CTED H.E. Mr. Dr. Ms. Prof. Sheikh Hosts "
         "Organization Commission Committee Declaration Convention Protocol Resolution Treaty Agreement 2019 12th").split()


def scrambled(rng: random.Random) -> str:
    def line(case):
        words = [rng.choice(WORDS) for _ in range(rng.randint(8, 40))]
        words = [w.upper() for w in words] if case == "upper" else words
        return rng.choice([" ", ", ", " of the ", " and "]).join(words)
    head = "\n".join(line(rng.choice(["title", "upper"])) for _ in range(rng.randint(1, 4)))
    body = " ".join(line("title") + "." for _ in range(3))
    return head + "\n\n" + rng.choice(["Mr. President,\n\n", ""]) + body


@pytest.mark.parametrize("seed", range(8))
def test_scrambled_texts_are_read_without_breaking_or_hanging(seed):
    rng = random.Random(seed)

    def hang(*_):
        raise TimeoutError("a scrambled text took more than 30 seconds")
    signal.signal(signal.SIGALRM, hang)
    signal.alarm(30)
    try:
        for _ in range(25):
            x = extract(document_from_text(scrambled(rng)))
            for f in x.facts:  # whatever is read keeps its evidence
                assert x.document.text[f.evidence.start:f.evidence.end] == f.evidence.quote
    finally:
        signal.alarm(0)
