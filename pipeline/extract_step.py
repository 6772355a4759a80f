"""The extract stage as the graph runs it: `pipeline.extract.assets.extract`, skipped when the `articles`
table, the topic, the engine and the code are those of the last build (`pipeline/memo.py`), and otherwise
extended from the last build's tables when only some articles changed (`pipeline/extract/extend.py`).

An unchanged rebuild then neither loads the 10,000 entries of the per-article cache nor resolves names,
builds the six tables or validates them again; one added article loads, validates and checks its own rows
only. Anything `extend` cannot prove equal to a whole build (rows set aside, a kept row whose entity
changed, a new row that fails a check) runs the stage as before, where the per-article cache still spares
the unchanged articles. The engine is part of the key because the stage records it in `rejected_rows`'
metadata.
"""

import gc

import pandas as pd
from dagster import multi_asset

from pipeline.checks.new_rows import new_rows_results
from pipeline.checks.passed import PassedChecks
from pipeline.checks.set_aside import set_aside
from pipeline.checks.stage import checked, stage_check_specs
from pipeline.extract.assets import OUTPUTS, article_cache, extracted, stage_outputs
from pipeline.extract.engines import engine_name
from pipeline.extract.extend import extend
from pipeline.extract.ledger import Ledger, entity_ids, shared_places
from pipeline.extract.names.resolve import resolve
from pipeline.extract.rows.article_hashes import article_hashes
from pipeline.memo import code_fingerprint, last_outputs, memoized
from pipeline.parallel import stop_server
from pipeline.progress import REPORTER
from pipeline.resources import OutputStore, TopicPack
from schemas.metadata import table_outs

LEDGER = "ledger"  # kept by the step memo beside the tables


@multi_asset(name="extract", group_name="extract", outs=table_outs(OUTPUTS), check_specs=stage_check_specs(OUTPUTS))
def extract(articles: pd.DataFrame, topic_pack: TopicPack, output_store: OutputStore):
    """Extract counts, statements, places and entities from every article; set aside invalid rows."""
    settings, kept = (topic_pack.topic, engine_name()), {}
    # Rows are kept only from a build with the same settings and the same code, schemas and rule tables.
    made_by = (*settings, code_fingerprint())
    # The tables' blocking checks run here, on the tables in memory (pipeline/checks/stage.py).
    try:
        yield from memoized("extract", {"articles": articles}, settings, output_store,
                            lambda: extended(articles, made_by, output_store, kept)
                            or whole(articles, made_by, output_store, kept), kept=kept)
    finally:  # the pools' server ingest left running for extraction (`ingest/files.py`), used or not
        stop_server()


def whole(articles: pd.DataFrame, settings: tuple, output_store: OutputStore, kept: dict) -> list:
    """The stage on every article, its checks on the whole tables, and the ledger for the next build."""
    parts: dict = {}
    passed = PassedChecks()  # the quarantine's schema and provenance results, not computed twice
    events = list(checked(extracted(articles, settings[0], output_store, parts, passed), {"articles": articles},
                          passed=passed))
    if parts:  # (a test's stand-in for the extraction leaves none)
        index = resolve([n for part in parts.values() for n in part.names])
        kept[LEDGER] = Ledger(settings, article_hashes(articles), shared_places(parts), entity_ids(parts, index))
    # What the stage built from the 10,000 cached findings is left in reference cycles that only the cyclic
    # collector frees (~120 MB at 10,000 articles), otherwise at some later step: every later step would
    # start that much higher, the warehouse and release steps peaking above 700 MB. One collection, ~0.2 s.
    # (Extending the tables loads no findings but the new articles': it leaves no such cycles.)
    del parts
    gc.collect()
    return events


def extended(articles: pd.DataFrame, settings: tuple, output_store: OutputStore, kept: dict) -> list | None:
    """The last build's tables extended by the changed articles, with the checks' results on the added rows;
    None when that cannot be shown to be what `whole` would give."""
    last = last_outputs("extract", output_store, (LEDGER,))
    if last is None:
        return None
    progress = REPORTER.start_stage("extract", len(articles), announce=True)
    done = extend(last, last[LEDGER], articles, settings[0], settings, article_cache(output_store, settings[0]),
                  progress.advance)
    if done is None:
        return None
    # Quarantine of the added rows (and of the two whole tables): nothing may be set aside, as in the last build.
    passed = PassedChecks()  # its schema and provenance results on the added rows, not computed twice
    valid, rejected = set_aside(done.new, articles, passed)
    if len(rejected) or any(len(valid[name]) != len(done.new[name]) for name in valid):
        return None
    events = [*stage_outputs(done.tables, last["rejected_rows"])]
    tables = {event.output_name: event.value for event in events}
    results = list(new_rows_results(tables, {**done.new, "rejected_rows": tables["rejected_rows"]},
                                    {"articles": articles}, passed))
    if not all(result.passed for result in results):
        return None  # the whole stage runs and its checks name the failures
    kept[LEDGER] = done.ledger
    return events + results
