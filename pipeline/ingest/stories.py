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

import re
from collections.abc import Mapping
from functools import cache

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

STORY_THRESHOLD = 0.5
SHINGLE_WORDS = 5
PERMUTATIONS = 128
SEED = 1  # fixed: signatures, and so stories, are the same on every run
_WORD = re.compile(r"\w+")


def shingles(text: str) -> set[str]:
    """Word 5-grams of the case-folded text; a text shorter than that is one shingle of its words."""
    words = _WORD.findall(text.casefold())
    if len(words) < SHINGLE_WORDS:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}


@cache
def _permutations():
    # Drawn from the seed once per process: MinHash draws them again for every signature otherwise (a third of
    # what one signature costs). The same seed, the same permutations, the same signatures.
    return MinHash(num_perm=PERMUTATIONS, seed=SEED).permutations


def signature(text: str) -> MinHash:
    sig = MinHash(num_perm=PERMUTATIONS, seed=SEED, permutations=_permutations(), **_scheme())
    sig.update_batch(s.encode("utf-8") for s in sorted(shingles(text)))
    return sig


def similarity(first: str, second: str) -> float:
    """Estimated Jaccard similarity of two texts' shingle sets (0..1)."""
    return signature(first).jaccard(signature(second))


def _root(parent: dict[str, str], key: str) -> str:
    while parent[key] != key:
        parent[key] = parent[parent[key]]
        key = parent[key]
    return key


def signature_values(text: str) -> np.ndarray:
    """The signature's hash values alone: what the ingest cache keeps, so a rebuild hashes no shingles."""
    return signature(text).hashvalues


@cache
def _scheme() -> dict[str, str]:
    """datasketch 2 names the hashing scheme of stored values; 1.x has none (and takes no argument)."""
    scheme = getattr(MinHash(num_perm=PERMUTATIONS, seed=SEED), "scheme", None)
    return {"scheme": scheme} if scheme else {}


def _stored(values: np.ndarray) -> LeanMinHash:
    return LeanMinHash(seed=SEED, hashvalues=values, **_scheme())


def story_ids(texts: dict[str, str], threshold: float = STORY_THRESHOLD,
              known: Mapping[str, np.ndarray] | None = None) -> dict[str, str]:
    """article_id -> story_id for every article in `texts` (article_id -> text); `known` holds signature
    values already computed (`signature_values`) by article_id."""
    ids = sorted(texts)
    known = known or {}
    signatures = {aid: _stored(known[aid]) if aid in known else signature(texts[aid])
                  for aid in ids}
    # LSH proposes candidate pairs cheaply; each is then confirmed on its estimated similarity.
    index = MinHashLSH(threshold=threshold, num_perm=PERMUTATIONS)
    for aid in ids:
        index.insert(aid, signatures[aid])
    parent = {aid: aid for aid in ids}
    for aid in ids:
        for other in sorted(index.query(signatures[aid])):
            if other > aid and signatures[aid].jaccard(signatures[other]) >= threshold:
                low, high = sorted((_root(parent, aid), _root(parent, other)))
                parent[high] = low  # the smaller id is the root: the story's id
    return {aid: _root(parent, aid) for aid in ids}
