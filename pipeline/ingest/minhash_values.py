"""datasketch's MinHash values and LSH bands for the stories, computed with numpy alone where the installed
datasketch is one whose numbers these are known to be (its 2.0 line: the "affine32" scheme by default).

Why: datasketch imports scipy (~0.5 s), and a build that signs one new article, or groups the stories at all,
imported it for that. The same numbers: each shingle's SHA-1, its first 4 bytes little-endian, MurmurHash3's
32-bit finalizer, then per permutation a*h+b modulo 2^32 and the minimum over the shingles; the permutations
drawn as datasketch draws them from the seed. The bands are those of datasketch's LSH index for the stories'
threshold and permutations. With another datasketch, `story_signatures.py` and `story_pairs.py` ask datasketch
itself; the tests compare both with datasketch's own (`tests/test_stories.py`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from functools import cache
from importlib import metadata

import numpy as np

REPRODUCED_VERSIONS = ("2.0.",)  # datasketch releases whose default MinHash and LSH bands are reproduced here
KNOWN_BANDS = {(0.5, 128): tuple((start, start + 5) for start in range(0, 125, 5))}  # 25 bands of 5 values
_MAX = np.uint32(0xFFFFFFFF)


@cache
def reproduced() -> bool:
    try:
        return metadata.version("datasketch").startswith(REPRODUCED_VERSIONS)
    except metadata.PackageNotFoundError:
        return False


@cache
def _permutations(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


def _fmix32(hv: np.ndarray) -> np.ndarray:
    hv = hv ^ (hv >> np.uint32(16))
    hv = hv * np.uint32(0x85EBCA6B)
    hv = hv ^ (hv >> np.uint32(13))
    hv = hv * np.uint32(0xC2B2AE35)
    return hv ^ (hv >> np.uint32(16))


def minhash_values(shingles: Iterable[bytes], num_perm: int, seed: int) -> np.ndarray:
    """`MinHash(num_perm, seed); update_batch(shingles); .hashvalues` of datasketch 2.0."""
    # each SHA-1 is 20 bytes, five little-endian 32-bit words: the first of each is the shingle's hash
    digests = b"".join([hashlib.sha1(shingle).digest() for shingle in shingles])
    hv = np.frombuffer(digests, dtype="<u4")[::5].astype(np.uint32)
    values = np.full(num_perm, _MAX, dtype=np.uint32)
    if not hv.size:
        return values
    a, b = _permutations(num_perm, seed)
    return np.minimum(values, (_fmix32(hv).reshape(-1, 1) * a + b).min(axis=0))
