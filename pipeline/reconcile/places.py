"""Which claims' places belong to one question (codebook §7.1): places on one path of the hierarchy.

A place's path runs from its country through its province (`admin1`) and any parent the topic pack
records (`place_parents.csv`: the Al-Qaim crossing is at Al-Qaim) down to the place itself; a claim
without a place has the empty path. Claims whose paths form one chain (each a prefix of the longest:
Iraq ⊃ Anbar ⊃ Al-Qaim ⊃ the crossing) are one question, placed at the chain's most precise place.
Where the paths branch (Camp Taji and Al-Rutba), each branch is split off the same way, and claims at
the place where they branch (Iraq as a whole) are a question of their own: the total is not a part.
"""

from __future__ import annotations

from functools import cache

import pandas as pd

from pipeline.text.folding import fold
from pipeline.text.rules import RuleSet

PROVINCE_TYPES = ("admin1", "region")
PARENTS_TABLE = "place_parents.csv"


@cache
def parents(rules: RuleSet) -> dict[str, str]:
    """child location_id -> parent location_id, from the topic pack (empty when it has none)."""
    return {r["child"]: r["parent"] for r in rules.rows(PARENTS_TABLE)} if rules.has(PARENTS_TABLE) else {}


def place_path(location_id: str | None, locations: pd.DataFrame, parent_of: dict[str, str]) -> tuple[str, ...]:
    """Node keys from the country down to the place (`locations` indexed by location_id)."""
    if location_id is None or location_id not in locations.index:
        return () if location_id is None else (location_id,)
    place = locations.loc[location_id]
    country = place["country_code"] if isinstance(place["country_code"], str) else None
    if place["feature_type"] == "country":
        return (f"country:{country}",) if country else (location_id,)
    nodes = [f"country:{country}"] if country else []
    admin1 = place["admin1"] if isinstance(place["admin1"], str) else None
    province = f"admin1:{country}:{fold(admin1 or place['name'])}"
    if place["feature_type"] in PROVINCE_TYPES:
        return (*nodes, province)
    if admin1:
        nodes.append(province)
    chain, seen = [], {location_id}
    while (up := parent_of.get(chain[0] if chain else location_id)) and up not in seen:
        chain.insert(0, up)
        seen.add(up)
    return (*nodes, *chain, location_id)


def _is_chain(paths: list[tuple[str, ...]]) -> bool:
    longest = max(paths, key=len)
    return all(longest[:len(p)] == p for p in paths)


def place_groups(paths: dict[str, tuple[str, ...]], prefix: tuple[str, ...] = ()) -> list[list[str]]:
    """Keys (claims) grouped into questions by their place paths; every key in exactly one group."""
    keys = sorted(paths)
    if not keys:
        return []
    if _is_chain([paths[k] for k in keys]):
        return [keys]
    depth = len(prefix)
    here = [k for k in keys if len(paths[k]) == depth]
    below: dict[str, dict[str, tuple[str, ...]]] = {}
    for key in keys:
        if len(paths[key]) > depth:
            below.setdefault(paths[key][depth], {})[key] = paths[key]
    groups = [here] if here else []
    for node in sorted(below):
        groups += place_groups(below[node], (*prefix, node))
    return groups
