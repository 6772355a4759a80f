"""The extract stage as the graph runs it: `pipeline.extract.assets.extract`, skipped when the `articles`
table, the topic, the engine and the code are those of the last build (`pipeline/memo.py`).

An unchanged rebuild then neither loads the 10,000 entries of the per-article cache nor resolves names,
builds the six tables or validates them again; any change to the articles runs the stage as before (and
the per-article cache still spares the unchanged articles). The engine is part of the key because the
stage records it in `rejected_rows`' metadata.
"""

import gc

import pandas as pd
from dagster import multi_asset

from pipeline.checks.stage import checked, stage_check_specs
from pipeline.extract.assets import OUTPUTS
from pipeline.extract.assets import extract as extract_stage
from pipeline.extract.engines import engine_name
from pipeline.memo import memoized
from pipeline.resources import OutputStore, TopicPack
from schemas.metadata import table_outs


@multi_asset(name="extract", group_name="extract", outs=table_outs(OUTPUTS), check_specs=stage_check_specs(OUTPUTS))
def extract(articles: pd.DataFrame, topic_pack: TopicPack, output_store: OutputStore):
    """Extract counts, statements, places and entities from every article; set aside invalid rows."""
    stage = extract_stage.op.compute_fn.decorated_fn
    # The tables' blocking checks run here, on the tables in memory (pipeline/checks/stage.py).
    yield from memoized("extract", {"articles": articles}, (topic_pack.topic, engine_name()), output_store,
                        lambda: checked(stage(articles=articles, topic_pack=topic_pack, output_store=output_store),
                                        {"articles": articles}))
    # What the stage built from the 10,000 cached findings is left in reference cycles that only the cyclic
    # collector frees (~120 MB at 10,000 articles), otherwise at some later step: every later step would
    # start that much higher, the warehouse and release steps peaking above 700 MB. One collection, ~0.2 s.
    gc.collect()
