"""Name resolution compares only blocked candidate pairs, and groups names exactly as comparing all pairs did."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.names.resolve import _same_person, cluster_keys
from pipeline.extract.names.transliteration import same_across_scripts

WORDS = ["mohammed", "muhammad", "shia", "al-sudani", "al-soudani", "miqdad", "muqdad", "miri", "meri", "bashar",
         "al-assad", "assad", "yasser", "askandar", "ياسر", "إسكندر", "thabet", "al-abbasi", "ثابت", "العباسي"]


def _all_pairs(keys: list[str]) -> dict[str, str]:
    """The resolution before blocking: every pair compared."""
    parent = {k: k for k in keys}

    def find(k: str) -> str:
        while parent[k] != k:
            k = parent[k]
        return k

    ordered = sorted(keys)
    for i, a in enumerate(ordered):
        for b in ordered[i + 1:]:
            if _same_person(a, b) or same_across_scripts(a, b):
                ra, rb = find(a), find(b)
                parent[max(ra, rb)] = min(ra, rb)
    return {k: find(k) for k in keys}


names = st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=4).map(" ".join), max_size=40, unique=True)


@settings(max_examples=150, deadline=None)
@given(names)
def test_blocking_groups_names_as_all_pairs_did(keys):
    assert cluster_keys("person", keys) == _all_pairs(keys)


def test_known_pairs_still_match():
    keys = ["miqdad miri", "muqdad meri", "mohammed al-sudani", "mohammed shia al-sudani", "ياسر إسكندر",
            "yasser askandar", "bashar al-assad"]
    groups = cluster_keys("person", keys)
    assert groups["muqdad meri"] == groups["miqdad miri"]
    assert groups["mohammed shia al-sudani"] == groups["mohammed al-sudani"]
    assert groups["yasser askandar"] == groups["ياسر إسكندر"]
    assert groups["bashar al-assad"] == "bashar al-assad"
