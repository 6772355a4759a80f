"""The pairs of articles that are copies of one story: proposed by locality-sensitive hashing, then confirmed.

Each signature is cut into bands (those of datasketch's LSH index for the threshold); two articles whose values
agree on a whole band are a candidate pair, exactly the pairs datasketch's index would propose, found with numpy
rather than one lookup per band and article. A candidate is kept when the share of values the two signatures
share reaches the threshold, as `MinHash.jaccard` estimates it.
"""

from __future__ import annotations

from functools import cache

import numpy as np

from pipeline.ingest.minhash_values import KNOWN_BANDS, reproduced
from pipeline.ingest.story_signatures import PERMUTATIONS, load_datasketch

PAIRS_PER_CHUNK = 8192  # candidate pairs compared at once (two rows of 128 values each)


@cache
def _bands(threshold: float) -> tuple[tuple[int, int], ...]:
    """The bands datasketch's LSH index cuts a signature into for this threshold (25 of 5 values for 0.5)."""
    if reproduced() and (threshold, PERMUTATIONS) in KNOWN_BANDS:
        return KNOWN_BANDS[threshold, PERMUTATIONS]
    return tuple(load_datasketch().MinHashLSH(threshold=threshold, num_perm=PERMUTATIONS).hashranges)


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


def candidate_pairs(values: np.ndarray, threshold: float) -> tuple[np.ndarray, np.ndarray]:
    """(first, second), first < second, ascending: the rows that share every value of at least one band,
    the pairs datasketch's LSH index proposes (an article's query returns the articles whose band equals
    one of its own)."""
    codes = []
    for start, end in _bands(threshold):
        band = np.ascontiguousarray(values[:, start:end])
        codes.append(_band_pairs(band.view(np.dtype((np.void, band.dtype.itemsize * (end - start)))).ravel()))
    pairs = np.unique(np.concatenate(codes)) if codes else np.empty(0, np.int64)
    return pairs // len(values), pairs % len(values)


def similar(values: np.ndarray, first: np.ndarray, second: np.ndarray, threshold: float) -> np.ndarray:
    """Which pairs reach `threshold`, estimated as MinHash.jaccard estimates it; a chunk of pairs at a time,
    so that the two rows of every candidate pair are never all copied at once."""
    keep = np.zeros(len(first), dtype=bool)
    for at in range(0, len(first), PAIRS_PER_CHUNK):
        chunk = slice(at, at + PAIRS_PER_CHUNK)
        same = np.count_nonzero(values[first[chunk]] == values[second[chunk]], axis=1)
        keep[chunk] = same.astype(np.float64) / np.float64(PERMUTATIONS) >= threshold
    return keep
