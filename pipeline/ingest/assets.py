"""Ingest stage assets: the cleaned `articles` and the `rejected_inputs` set aside."""

import pandas as pd
from dagster import MetadataValue, Output, multi_asset

from pipeline.checks.passed import PassedChecks
from pipeline.checks.quarantine import split_valid
from pipeline.checks.stage import checked, stage_check_specs
from pipeline.ingest.cache import ingest_cache
from pipeline.ingest.folder_read import FolderRead, read_folder, sources_sha256
from pipeline.ingest.load import load_folder
from pipeline.memo import memoized
from pipeline.resources import ArticlesSource, OutputStore
from schemas import PRIMARY_KEYS, TABLE_SCHEMAS
from schemas.conform import conform
from schemas.metadata import SOURCES_SHA256, table_metadata, table_outs

INGEST_TABLES = ("articles", "rejected_inputs")


def set_aside_invalid_articles(articles: pd.DataFrame, rejected: pd.DataFrame,
                               passed: PassedChecks | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """An article row that fails its schema is an input set aside: it joins rejected_inputs.

    Why rejected_inputs and not rejected_rows: an article is one input file, and
    nothing downstream (counts, statements...) exists for it once it is gone.
    """
    files = dict(zip(articles["article_id"].astype(str), articles["source_file"]))  # name the file the user knows
    articles, bad = split_valid("articles", articles, TABLE_SCHEMAS["articles"], PRIMARY_KEYS["articles"])
    if bad.empty:
        if passed is not None:  # the schema check then need not validate the same table again (`passed.py`)
            passed.record("articles", "schema", articles)
        return articles, rejected
    rows = []
    for rec in bad.to_dict("records"):
        file = files.get(rec["row_key"]) or rec["row_key"]
        rows.append({"file": file, "reason": "invalid_row",
                     "detail": f"{rec['column'] or 'row'} failed {rec['check']}: {rec['value']}"[:2000]})
    extra = pd.DataFrame(rows).groupby(["file", "reason"], as_index=False)["detail"].agg(" ".join)
    return articles, pd.concat([rejected, extra], ignore_index=True).sort_values(["file", "reason"], kind="mergesort")


@multi_asset(
    name="ingest",
    group_name="ingest",
    outs=table_outs(INGEST_TABLES),
    check_specs=stage_check_specs(INGEST_TABLES),
)
def ingest(article_source: ArticlesSource, output_store: OutputStore):
    """Read, clean and identify the input articles; set aside what cannot be used."""
    # The tables' blocking checks run here, on the tables in memory (pipeline/checks/stage.py).
    # The folder read and hashed once: its key finds the last build's tables when nothing changed
    # (pipeline/memo.py), its bytes are what the tables are built from when something did. They are kept for
    # the next build only when what was built from is what was looked up (sources.csv is read again to parse).
    read = read_folder(article_source.articles_path(), article_source.sources_path())
    key, built, passed = read.key(sources_sha256(read.sources_csv)), [], PassedChecks()
    yield from memoized("ingest", {}, (key,), output_store,
                        lambda: checked(_ingested(read, output_store, built, passed), {}, passed=passed),
                        unchanged=lambda: built == [key])


def _ingested(read: FolderRead, output_store: OutputStore, built: list[str], passed: PassedChecks):
    # Unchanged files come from the ingest cache: read and hashed, never decoded or cleaned again.
    loaded = load_folder(read.articles_dir, read.sources_csv, ingest_cache(output_store.cache_dir("ingest")), read)
    built.append(loaded.folder_key)  # what was built from, to compare with what was looked up
    articles, rejected = set_aside_invalid_articles(conform("articles", loaded.articles),
                                                    conform("rejected_inputs", loaded.rejected), passed)
    # The release's input manifest takes sources.csv's hash from here: the bytes read, not the file later.
    sources = {SOURCES_SHA256: MetadataValue.text(loaded.sources_sha256 or "")}
    for name, df in zip(INGEST_TABLES, (articles, rejected)):
        df = conform(name, df)
        yield Output(df, output_name=name, metadata={**table_metadata(name, df), **sources})
