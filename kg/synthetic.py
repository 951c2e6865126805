"""A generator of statements in the style of the genre, for benchmarks and for tests of scale and
interruption. Names come from the reference data, so the texts exercise the real gazetteer."""
from __future__ import annotations

import random
from pathlib import Path

from .reference import load_reference

OPENINGS = ["Thank you, Mr. President.", "Madam Chair,", "Mr. Chair,", "Thank you, Madam President."]
MEETINGS = ["Security Council Open Debate on {topic}", "{n}th Session of the Commission on Crime Prevention and Criminal Justice",
            "General Assembly High-level Meeting on {topic}", "Third Committee of the {n}th Session of the General Assembly"]
TOPICS = ["Trafficking in Persons in Conflict Situations", "Non-Proliferation of Weapons of Mass Destruction",
          "Protection of Civilians in Armed Conflict", "Women, Peace and Security", "Children and Armed Conflict",
          "Maritime Security", "Threats to International Peace and Security Caused by Terrorist Acts"]
SENTENCES = [
    "{state} welcomes the adoption of resolution {res} today, which demonstrates our shared resolve.",
    "We thank {state2} for convening this important meeting.",
    "{state} strongly condemns the attacks against civilians and urges {state2} to comply with resolution {res}.",
    "{state} became a party to the {treaty} in {year}.",
    "My delegation supports the work of the {org} and encourages all Member States to cooperate with it.",
    "{state} has contributed {amount} million US dollars to the {org} since {year}.",
    "{state} aligns itself with the statement delivered on behalf of the {org}.",
    "We are preparing the ratification of the {treaty} and hope to conclude it next year.",
    "The threat posed by the proliferation of weapons of mass destruction remains grave, and the international "
    "community must remain vigilant against it in every region of the world.",
    "Capacity building, technical assistance and the exchange of good practices remain essential to the "
    "implementation of our common commitments.",
    "In this regard, we appreciate the briefing by the Executive Director of the {org}.",
    "The {org} plays a central role in supporting national efforts, and its mandate deserves our full support.",
]


def statement(rng: random.Random, states, orgs, treaties, words: int = 750) -> str:
    state, state2 = rng.sample(states, 2)
    year = rng.randint(1995, 2024)
    date = f"{rng.randint(1, 28)} {rng.choice(['January', 'March', 'May', 'June', 'October', 'December'])} {year}"
    meeting = rng.choice(MEETINGS).format(topic=rng.choice(TOPICS), n=rng.randint(20, 79))
    head = (f"Statement by H.E. Ambassador {rng.choice(['Anna', 'Pedro', 'Kenji', 'Amina', 'Lars', 'Ravi'])} "
            f"{rng.choice(['SILVA', 'TANAKA', 'OKAFOR', 'NIELSEN', 'SHARMA', 'DUPONT'])}\n"
            f"Permanent Representative of {state} to the United Nations\nat the {meeting}\n\n{date}\n\n")
    body, count = [rng.choice(OPENINGS)], 0
    while count < words:
        s = rng.choice(SENTENCES).format(state=state, state2=state2, org=rng.choice(orgs), treaty=rng.choice(treaties),
                                         res=rng.randint(1000, 2700), year=rng.randint(1990, year), amount=rng.randint(1, 90))
        body.append(s)
        count += len(s.split())
    paragraphs = [" ".join(body[i:i + 4]) for i in range(0, len(body), 4)]
    return head + "\n\n".join(paragraphs) + "\n\nThank you.\n"


def write_corpus(folder: Path, documents: int, words: int = 750, seed: int = 1) -> int:
    """Write `documents` statements into folder; returns the number of words written."""
    ref = load_reference()
    labels = {cls: sorted(l for i, l in ref.labels.items() if ref.classes[i] == cls) for cls in ("State", "Organization", "Treaty")}
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for n in range(documents):
        text = statement(rng, labels["State"], labels["Organization"], labels["Treaty"], words)
        (folder / f"stmt_{n:05d}.txt").write_text(text, encoding="utf-8")
        total += len(text.split())
    return total
