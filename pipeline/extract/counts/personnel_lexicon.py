"""The head nouns that make a number a count of people, and the class each contributes (`personnel_nouns.csv`)."""

from __future__ import annotations

from functools import cache

from pipeline.extract.names.nationalities import nationalities
from pipeline.text.rules import RuleSet


@cache
def personnel_nouns(rules: RuleSet) -> dict[str, str]:
    """Head nouns and their class; a nationality used as a plural noun ("200 Syrians still at the airfield",
    "460 of the Afghans held in Termez") counts the people the article follows, like "men"."""
    nations = {plural(adjective.lower()): "nationals" for adjective in nationalities(rules) if "'" not in adjective
               and "’" not in adjective and " " not in adjective}
    return nations | {r["term"]: r["class"] for r in rules.rows("personnel_nouns.csv")}


def plural(adjective: str) -> str:
    return adjective if adjective.endswith(("ese", "ss", "sh", "ch")) else f"{adjective}s"
