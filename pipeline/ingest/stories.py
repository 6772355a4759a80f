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

from pipeline.ingest.minhash_values import KNOWN_BANDS, minhash_values, reproduced

STORY_THRESHOLD = 0.5
SHINGLE_WORDS = 5
PERMUTATIONS = 128
SEED = 1  # fixed: signatures, and so stories, are the same on every run
PAIRS_PER_CHUNK = 8192  # candidate pairs compared at once (two rows of 128 values each)
_WORD = re.compile(r"\w+")


def shingles(text: str) -> set[str]:
    """Word 5-grams of the case-folded text; a text shorter than that is one shingle of its words."""
    words = _WORD.findall(text.casefold())
    if len(words) < SHINGLE_WORDS:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}


def _datasketch():
    # Imported only where `minhash_values.py` does not reproduce its numbers (~0.5 s: it loads scipy.integrate),
    # and then when a signature is first needed. The ingest pool's server then preloads it for its workers.
    import datasketch

    return datasketch


@cache
def _permutations():
    # Drawn from the seed once per process: MinHash draws them again for every signature otherwise (a third of
    # what one signature costs). The same seed, the same permutations, the same signatures.
    return _datasketch().MinHash(num_perm=PERMUTATIONS, seed=SEED).permutations


def signature(text: str):
    """The text's MinHash (datasketch's)."""
    sig = _datasketch().MinHash(num_perm=PERMUTATIONS, seed=SEED, permutations=_permutations(), **_scheme())
    sig.update_batch(s.encode("utf-8") for s in sorted(shingles(text)))
    return sig


def similarity(first: str, second: str) -> float:
    """Estimated Jaccard similarity of two texts' shingle sets (0..1)."""
    return signature(first).jaccard(signature(second))


def signature_values(text: str) -> np.ndarray:
    """The signature's hash values alone: what the ingest cache keeps, so a rebuild hashes no shingles.
    Computed without importing datasketch where its numbers are reproduced (`minhash_values.py`)."""
    if reproduced():  # a minimum over the shingles: their order does not matter
        return minhash_values([s.encode("utf-8") for s in shingles(text)], PERMUTATIONS, SEED)
    return signature(text).hashvalues


@cache
def _scheme() -> dict[str, str]:
    """datasketch 2 names the hashing scheme of stored values; 1.x has none (and takes no argument)."""
    scheme = getattr(_datasketch().MinHash(num_perm=PERMUTATIONS, seed=SEED), "scheme", None)
    return {"scheme": scheme} if scheme else {}


@cache
def _bands(threshold: float) -> tuple[tuple[int, int], ...]:
    """The bands datasketch's LSH index cuts a signature into for this threshold (25 of 5 values for 0.5)."""
    if reproduced() and (threshold, PERMUTATIONS) in KNOWN_BANDS:
        return KNOWN_BANDS[threshold, PERMUTATIONS]
    return tuple(_datasketch().MinHashLSH(threshold=threshold, num_perm=PERMUTATIONS).hashranges)


def _band_pairs(keys: np.ndarray) -> np.ndarray:
    """Every pair (i, j), i < j, of rows with equal keys, as i * len(keys) + j: the pairs of each group of
    equal keys generated together in numpy (a Python loop per group was most of what stories cost)."""
    _, group, size = np.unique(keys, return_inverse=True, return_counts=True)
    shared = np.flatnonzero(size[group] > 1)  # rows, ascending, whose band another row has too
    order = shared[np.argsort(group[shared], kind="stable")]  # grouped, ascending within a group
    sizes = size[group[order]]
    starts = np.flatnonzero(np.r_[True, np.diff(group[order]) != 0])  # where each group begins in `order`
    rank = np.arange(len(order)) - np.repeat(starts, np.diff(np.r_[starts, len(order)]))
    later = sizes - 1 - rank  # how many members after this one in its group: its pairs
    position = np.repeat(np.arange(len(order)), later)
    step = np.arange(len(position)) - np.repeat(np.cumsum(later) - later, later) + 1
    return order[position].astype(np.int64) * len(keys) + order[position + step]


def _candidate_pairs(values: np.ndarray, threshold: float) -> tuple[np.ndarray, np.ndarray]:
    """(first, second), first < second, ascending: the rows that share every value of at least one band,
    the pairs datasketch's LSH index proposes (an article's query returns the articles whose band equals
    one of its own)."""
    codes = []
    for start, end in _bands(threshold):
        band = np.ascontiguousarray(values[:, start:end])
        codes.append(_band_pairs(band.view(np.dtype((np.void, band.dtype.itemsize * (end - start)))).ravel()))
    pairs = np.unique(np.concatenate(codes)) if codes else np.empty(0, np.int64)
    return pairs // len(values), pairs % len(values)


def _similar(values: np.ndarray, first: np.ndarray, second: np.ndarray, threshold: float) -> np.ndarray:
    """Which pairs reach `threshold`, estimated as MinHash.jaccard estimates it; a chunk of pairs at a time,
    so that the two rows of every candidate pair are never all copied at once."""
    keep = np.zeros(len(first), dtype=bool)
    for at in range(0, len(first), PAIRS_PER_CHUNK):
        chunk = slice(at, at + PAIRS_PER_CHUNK)
        same = np.count_nonzero(values[first[chunk]] == values[second[chunk]], axis=1)
        keep[chunk] = same.astype(np.float64) / np.float64(PERMUTATIONS) >= threshold
    return keep


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
    first, second = _candidate_pairs(values, threshold)
    keep = _similar(values, first, second, threshold)
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
