"""Which claims' places belong to one question (codebook §7.1): places on one path of the hierarchy.

A place's path runs from its country through its province (`admin1`) and any parent the topic pack
records (`place_parents.csv`: the Al-Qaim crossing is at Al-Qaim) down to the place itself; a claim
without a place has the empty path. Claims whose paths form one chain (each a prefix of the longest:
Iraq ⊃ Anbar ⊃ Al-Qaim ⊃ the crossing) are one question, placed at the chain's most precise place.
Where the paths branch (Camp Taji and Al-Rutba), each branch is its own question, split the same way
further down; claims at the place where they branch (Iraq as a whole, Anbar) join the branch with the
most claims: news name the country for the crossing others pin down, and a coarse claim that joined a
small branch instead would split the one event most sources describe.
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


def place_groups(paths: dict[str, tuple[str, ...]], prefix: tuple[str, ...] = (),
                 inherited: tuple[str, ...] = ()) -> list[list[str]]:
    """Keys (claims) grouped into questions by their place paths; every key in exactly one group.

    `inherited`: claims at a coarser place where the paths above branched, carried into the largest branch."""
    keys = sorted(paths)
    if not keys:
        return [sorted(inherited)] if inherited else []
    if _is_chain([paths[k] for k in keys]):
        return [sorted([*keys, *inherited])]
    depth = len(prefix)
    coarse = (*inherited, *(k for k in keys if len(paths[k]) == depth))
    below: dict[str, dict[str, tuple[str, ...]]] = {}
    for key in keys:
        if len(paths[key]) > depth:
            below.setdefault(paths[key][depth], {})[key] = paths[key]
    largest = max(sorted(below), key=lambda node: len(below[node]))  # ties: the first node in order
    groups: list[list[str]] = []
    for node in sorted(below):
        groups += place_groups(below[node], (*prefix, node), coarse if node == largest else ())
    return groups
