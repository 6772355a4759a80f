"""The speech-verb lexicon of a language pack (`speech_verbs.csv`), and one regex over all of it."""

from __future__ import annotations

import re
from functools import cache

from pipeline.text.caseless import CaselessScan
from pipeline.text.rules import RuleSet, alternation


@cache
def verbs(rules: RuleSet) -> dict[str, dict[str, str]]:
    return {r["verb"]: r for r in rules.rows("speech_verbs.csv")}


@cache
def verb_re(rules: RuleSet) -> CaselessScan:
    """Any speech verb, case ignored: scanned lower-cased (`caseless.py`)."""
    return CaselessScan(re.compile(rf"\b(?:{alternation(list(verbs(rules)))}|according to)\b", re.IGNORECASE))
