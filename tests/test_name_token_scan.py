"""Name tokens found from the character before them are the tokens the plain scan finds."""

from __future__ import annotations

import random

from pipeline.extract.places.name_tokens import _candidate_re, _candidates

_RANDOM = random.Random(3)
PIECES = [*"aA _'’-.\n9é", "al-", "Al", "the ", "x's", "_B", "O'Neil", "of"]
PROBES = ["".join(_RANDOM.choice(PIECES) for _ in range(_RANDOM.randint(0, 25))) for _ in range(3000)]


def test_the_tokens_of_the_plain_scan():
    for text in [*PROBES, "Al-Qaim, the Republic of the Congo and Cox's Bazar", "Iraq"]:
        assert _candidates(text) == [(m.start(), m.end(), m.group()) for m in _candidate_re().finditer(text)], text
