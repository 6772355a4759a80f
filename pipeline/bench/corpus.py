"""A synthetic corpus for the benchmark: articles stitched from the paragraphs of the sample articles.

Deterministic (one seeded generator per article), so two runs time the same text. Every article is
distinct, otherwise ingest would set copies aside as duplicates and the build would do less work.
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

from pipeline.paths import DEFAULT_ARTICLES_DIR

PARAGRAPHS_PER_ARTICLE = (3, 7)


def seed_paragraphs(seeds: Path = DEFAULT_ARTICLES_DIR) -> tuple[list[str], list[dict[str, str]]]:
    """Every non-empty line of the sample articles, and their sources.csv rows (outlets and dates)."""
    paragraphs = [line.strip() for path in sorted(seeds.glob("*.txt"))
                  for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    with (seeds / "sources.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return paragraphs, rows


def article_text(index: int, paragraphs: list[str]) -> str:
    rng = random.Random(index)
    return "\n".join(rng.sample(paragraphs, rng.randint(*PARAGRAPHS_PER_ARTICLE))) + "\n"


def write_corpus(folder: Path, count: int, seeds: Path = DEFAULT_ARTICLES_DIR) -> list[str]:
    """`count` articles and a sources.csv in `folder`; returns the texts, in file order."""
    paragraphs, rows = seed_paragraphs(seeds)
    folder.mkdir(parents=True, exist_ok=True)
    texts, seen, index = [], set(), 0
    while len(texts) < count:
        text = article_text(index, paragraphs)
        index += 1
        if text not in seen:
            seen.add(text)
            texts.append(text)
    for number, text in enumerate(texts):
        (folder / f"bench_{number:06d}.txt").write_text(text, encoding="utf-8")
    with (folder / "sources.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["file", "outlet", "title", "url", "published_date", "language"])
        for number in range(count):
            row = rows[number % len(rows)]
            writer.writerow([f"bench_{number:06d}.txt", row["outlet"], "", "", row["published_date"], "en"])
    return texts


def add_article(folder: Path, count: int, seeds: Path = DEFAULT_ARTICLES_DIR) -> str:
    """One more article (the next distinct one after a corpus of `count`), with its sources.csv row."""
    paragraphs, rows = seed_paragraphs(seeds)
    existing = {path.read_text(encoding="utf-8") for path in folder.glob("bench_*.txt")}
    index = count
    while (text := article_text(index, paragraphs)) in existing:
        index += 1
    name = f"bench_{count:06d}.txt"
    (folder / name).write_text(text, encoding="utf-8")
    row = rows[count % len(rows)]
    with (folder / "sources.csv").open("a", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerow([name, row["outlet"], "", "", row["published_date"], "en"])
    return text
