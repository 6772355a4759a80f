"""Stories: near-duplicate articles (a wire story and its reposts, one report republished under another
outlet's name) share one `articles.story_id`.

Similarity is the Jaccard index of the two texts' sets of word 5-grams ("shingles"), estimated with
MinHash (datasketch, 128 permutations, fixed seed: the same texts always give the same signature).
Two articles whose estimate reaches `STORY_THRESHOLD` are copies of one story; stories are the
connected components of that relation (a repost of a repost joins the original). A story's id is the
smallest article_id among its articles, so adding an unrelated article never changes an id.

Why 0.5: a repost with a new headline, a credit line or a trimmed last paragraph keeps well over
0.8 of its shingles; two different articles on the same events, even by the same outlet retelling
the same background (seeds 000 and 001, The New Arab), share under 0.1. 0.5 sits far from both.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from pipeline.ingest.story_pairs import candidate_pairs, similar
from pipeline.ingest.story_signatures import signature_values

STORY_THRESHOLD = 0.5


def story_ids(texts: dict[str, str], threshold: float = STORY_THRESHOLD,
              known: Mapping[str, np.ndarray] | None = None) -> dict[str, str]:
    """article_id -> story_id for every article in `texts` (article_id -> text); `known` holds signature
    values already computed (`signature_values`) by article_id."""
    ids = sorted(texts)
    if not ids:
        return {}
    known = known or {}
    values = np.array([known[aid] if aid in known else signature_values(texts[aid]) for aid in ids])
    # LSH proposes candidate pairs cheaply (the bands of datasketch's index, compared with numpy rather than
    # one dict lookup per band and article); each is then confirmed on its estimated similarity.
    first, second = candidate_pairs(values, threshold)
    keep = similar(values, first, second, threshold)
    root = list(range(len(ids)))  # a story's root is its smallest id: components do not depend on the order
    for a, b in zip(first[keep].tolist(), second[keep].tolist()):
        low, high = _root(root, a), _root(root, b)
        if low != high:
            root[max(low, high)] = min(low, high)
    return {aid: ids[_root(root, i)] for i, aid in enumerate(ids)}


def _root(parent: list[int], key: int) -> int:
    while parent[key] != key:
        parent[key] = parent[parent[key]]
        key = parent[key]
    return key
