"""An article's MinHash signature: its word 5-grams ("shingles") hashed 128 ways, the minimum of each kept.

The share of values two signatures have in common estimates the share of shingles the two texts have in common
(their Jaccard index), which is how `stories.py` finds copies of one story. The permutations come from a fixed seed, so the same
text always gives the same signature; the values are datasketch's, computed without it where `minhash_values.py`
reproduces them, so a build need not import datasketch (and scipy) to sign an article.
"""

from __future__ import annotations

import re
from functools import cache

import numpy as np

from pipeline.ingest.minhash_values import minhash_values, reproduced

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


def load_datasketch():
    # Imported only where `minhash_values.py` does not reproduce its numbers (~0.5 s: it loads scipy.integrate),
    # and then when a signature is first needed. The ingest pool's server then preloads it for its workers.
    import datasketch

    return datasketch


@cache
def _permutations():
    # Drawn from the seed once per process: MinHash draws them again for every signature otherwise (a third of
    # what one signature costs). The same seed, the same permutations, the same signatures.
    return load_datasketch().MinHash(num_perm=PERMUTATIONS, seed=SEED).permutations


def signature(text: str):
    """The text's MinHash (datasketch's)."""
    sig = load_datasketch().MinHash(num_perm=PERMUTATIONS, seed=SEED, permutations=_permutations(), **_scheme())
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
    scheme = getattr(load_datasketch().MinHash(num_perm=PERMUTATIONS, seed=SEED), "scheme", None)
    return {"scheme": scheme} if scheme else {}
