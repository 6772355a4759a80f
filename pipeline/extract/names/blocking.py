"""Candidate pairs of person names for resolution: every pair that could match, without comparing all pairs.

Each way two folded names can be one person (`resolve._same_person`, `same_across_scripts`) has a
necessary condition that blocks the names:
- a shorter form ("Mohammed al-Sudani" / "Mohammed Shia al-Sudani") has the same first and last word;
- a respelling ("Miqdad Miri" / "Muqdad Meri") has as many words and a whole-name ratio of at least
  `name_min`; rapidfuzz's `cdist` finds those pairs in C, a block of rows at a time (bounded memory);
- a transliteration has the same consonant skeleton.
The candidates are a superset of the matches, so resolution gives exactly what comparing all pairs gave.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

from rapidfuzz import fuzz, process

from pipeline.extract.names.transliteration import skeleton

ROWS_PER_BLOCK = 512  # rows of the ratio matrix computed at once: 512 x 10,000 names is 20 MB


def _grouped(keys: list[str], block_of) -> list[list[str]]:
    groups: dict[object, list[str]] = defaultdict(list)
    for key in keys:
        if (block := block_of(key)) is not None:
            groups[block].append(key)
    return [group for _block, group in sorted(groups.items(), key=lambda item: str(item[0])) if len(group) > 1]


def _similar(names: list[str], name_min: float) -> set[tuple[str, str]]:
    pairs = set()
    for start in range(0, len(names), ROWS_PER_BLOCK):
        scores = process.cdist(names[start:start + ROWS_PER_BLOCK], names, scorer=fuzz.ratio, score_cutoff=name_min)
        for row, column in zip(*scores.nonzero()):
            if start + row < column:
                pairs.add((names[start + row], names[column]))
    return pairs


def candidate_pairs(keys: list[str], name_min: float) -> list[tuple[str, str]]:
    """Pairs (a, b), a < b, of keys that may be one person, in order."""
    ordered = sorted(set(keys))
    pairs: set[tuple[str, str]] = set()
    ends = _grouped(ordered, lambda k: (w[0], w[-1]) if len(w := k.split()) >= 2 else None)
    scripts = _grouped(ordered, lambda k: skeleton(k) if len(skeleton(k)) >= 2 else None)
    for group in ends + scripts:
        pairs.update(combinations(group, 2))  # `ordered` is sorted, so each group is too
    for group in _grouped(ordered, lambda k: len(k.split()) if len(k.split()) >= 2 else None):
        pairs |= _similar(group, name_min)
    return sorted(pairs)
