"""`python -m pipeline bench [--articles N]`: time a full build, an unchanged rebuild and one added article
(each a fresh `python -m pipeline build` process), extraction alone on one core, and one regex pass over
the same text, all in the same run; print each in seconds and as a ratio to the regex pass.

The regex pass is the yardstick: it is what reading the text once costs on this machine right now, so the
ratios stay comparable across machines and across a machine shared with other work.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
import time
from pathlib import Path

from pipeline.bench.corpus import add_article, write_corpus
from pipeline.bench.memory import Measured, run_measured

# Numbers and capitalised words, one alternation: the cheapest pass that still looks at every character.
ONE_PASS = re.compile(r"\d[\d,.]*|[A-Z][\w'’-]+")
EXTRACTION_SAMPLE = 300  # articles extracted in-process for the one-core rate (enough to be stable)


def regex_seconds(texts: list[str]) -> float:
    start = time.perf_counter()
    for text in texts:
        for _match in ONE_PASS.finditer(text):
            pass
    return time.perf_counter() - start


WARMUP = 20  # articles extracted before the clock starts (not among the timed ones when the corpus allows)


def extraction_seconds(texts: list[str], warmup: list[str] | None = None) -> float:
    """Extraction alone (no ingest, no cache, no pool), one core: the pure core on each text. The warm-up
    articles load what a process builds once, on first use: rule tables, the gazetteer and the per-country
    town indexes the articles' countries open, compiled alternations. A build pays that once per process,
    not per article."""
    from pipeline.extract.doc import ArticleDoc
    from pipeline.extract.rows.article import extract_article

    for number, text in enumerate(warmup or texts[:1]):
        extract_article(ArticleDoc(f"warmup{number:03d}", text, "en", "2025-01", "month"))
    start = time.perf_counter()
    for number, text in enumerate(texts):
        extract_article(ArticleDoc(f"bench{number:06d}", text, "en", "2025-01", "month"))
    return time.perf_counter() - start


def _line(label: str, seconds: float, unit: float, extra: str = "") -> str:
    return f"{label:<22}{seconds:>9.2f} s {seconds / unit:>9.1f}x regex{extra}"


def _memory(measured: Measured) -> str:
    return f"   peak {measured.peak_bytes / 2**20:,.0f} MB"


def bench_command(count: int, keep: Path | None = None, builder: list[str] | None = None) -> int:
    """`builder` replaces `python -m pipeline` (tests time a stand-in to check the report's shape quickly)."""
    if keep:
        return _bench(count, keep, builder)
    with tempfile.TemporaryDirectory(prefix="pipeline-bench-") as work:
        return _bench(count, Path(work), builder)


def _bench(count: int, work: Path, builder: list[str] | None) -> int:
    articles, out, home = work / "articles", work / "out", work / "dagster_home"
    home.mkdir(parents=True, exist_ok=True)
    texts = write_corpus(articles, count)
    megabytes = sum(len(t.encode()) for t in texts) / 2**20
    print(f"bench: {count} articles ({megabytes:.1f} MB of text) in {work}, {os.cpu_count()} cores")
    env = {**os.environ, "DAGSTER_HOME": str(home)}
    build = [*(builder or [sys.executable, "-m", "pipeline"]), "build", "--articles", str(articles), "--out", str(out),
             "--progress-every", "3600"]
    log = work / "builds.log"
    unit = regex_seconds(texts)
    print(_line("regex pass", unit, unit, f"   {count / unit:,.0f} articles/s"))
    runs = [("full build", run_measured(build, env, log)), ("unchanged rebuild", run_measured(build, env, log))]
    texts.append(add_article(articles, count))
    runs.append(("one added article", run_measured(build, env, log)))
    for label, measured in runs:
        print(_line(label, measured.seconds, unit, _memory(measured)
                    + ("" if measured.returncode == 0 else f"   FAILED (exit {measured.returncode}, see {log})")))
    full = runs[0][1].seconds
    print(f"{'':<22}rebuild {runs[1][1].seconds / full:.0%} and added article {runs[2][1].seconds / full:.0%}"
          " of a full build")
    sample = texts[:EXTRACTION_SAMPLE]
    seconds = extraction_seconds(sample, texts[EXTRACTION_SAMPLE:EXTRACTION_SAMPLE + WARMUP])
    sample_unit = regex_seconds(sample)
    print(_line("extraction, one core", seconds, sample_unit, f"   {len(sample) / seconds:,.0f} articles/s"
                f" ({len(sample)} articles)"))
    return 0 if all(m.returncode == 0 for _label, m in runs) else 1
