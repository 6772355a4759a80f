"""Sensor: rebuild every asset once per change of the input folder (new, edited or removed files).

The cursor holds the folder's fingerprints. The first evaluation only records them:
the dataset is built by hand once (Materialize all), and after that every change to
the folder fires exactly one run, which queues behind any run already going.
"""

from __future__ import annotations

import os

from dagster import AssetSelection, DefaultSensorStatus, RunRequest, SensorEvaluationContext, SkipReason, sensor

from pipeline.automation.fingerprints import decode, describe_changes, encode, folder_fingerprints
from pipeline.resources import ArticlesSource

# Seconds between evaluations; tests shorten it (the daemon cannot go much below ~5 s).
INTERVAL_ENV = "PIPELINE_SENSOR_INTERVAL_S"
DEFAULT_INTERVAL_S = 30


def sensor_interval() -> int:
    return max(1, int(os.environ.get(INTERVAL_ENV) or DEFAULT_INTERVAL_S))


def _summary(changes: dict[str, list[str]]) -> str:
    parts = [f"{kind}: {', '.join(names[:5])}{' …' if len(names) > 5 else ''}"
             for kind, names in changes.items() if names]
    return "; ".join(parts)[:250]  # run tags must stay short


@sensor(
    name="articles_changed",
    target=AssetSelection.all(),
    minimum_interval_seconds=sensor_interval(),
    default_status=DefaultSensorStatus.RUNNING,
    description="Watches the input articles folder (PIPELINE_ARTICLES_DIR) and materialises all assets "
                "once per change: a file added, edited or removed. The first tick only records the folder.",
)
def articles_changed_sensor(context: SensorEvaluationContext, article_source: ArticlesSource):
    current = folder_fingerprints(article_source.articles_path())
    previous = decode(context.cursor)
    if previous is None:
        context.update_cursor(encode(current))
        return SkipReason(f"Recorded {len(current)} input file(s) as the baseline.")
    changes = describe_changes(previous, current)
    if not any(changes.values()):
        return SkipReason("No input file added, changed or removed.")
    context.update_cursor(encode(current))
    return RunRequest(tags={"pipeline/trigger": "articles_changed", "pipeline/changes": _summary(changes)})
