"""A hash of what extraction reads of each article, to tell which articles changed since the last build.

The cache key of a job (`ArticleJob.key`: JSON and sha256 per article) is ~70 µs an article; pandas hashes the
same columns of the whole table at once. Two independent 64-bit hashes per row make 128 bits.
"""

from __future__ import annotations

import pandas as pd

# What `corpus.jobs_of` reads of a row (the topic is a setting of the step, the same for every article).
JOB_COLUMNS = ["article_id", "text", "language", "published_date", "published_date_precision", "outlet"]
HASH_KEYS = ("articles-hash-a1", "articles-hash-b2")  # 16 characters each, as pandas requires


def article_hashes(articles: pd.DataFrame) -> dict[str, bytes]:
    """article_id -> 16 bytes that change whenever anything extraction reads of that article changes."""
    columns = articles.reindex(columns=JOB_COLUMNS)
    first, second = (pd.util.hash_pandas_object(columns, index=False, hash_key=key).to_numpy() for key in HASH_KEYS)
    return {aid: a.tobytes() + b.tobytes() for aid, a, b in zip(columns["article_id"], first, second)}
