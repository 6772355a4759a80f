"""Stage boundaries for the progress reporter, seen where every step loads its inputs.

Each step's first input load starts its stage ("extract", "warehouse", ...); the size
of an `articles` input becomes the stage's total. This is what tells the heartbeat which
stage is running, without touching the stage code.
"""

from __future__ import annotations

from dagster import InputContext, IOManager, OutputContext

from pipeline.progress import REPORTER, Reporter


class StageReportingIOManager(IOManager):
    def __init__(self, inner: IOManager, reporter: Reporter = REPORTER):
        self.inner, self.reporter = inner, reporter

    def load_input(self, context: InputContext):
        value = self.inner.load_input(context)
        stage = context.op_def.name
        progress = self.reporter.start_stage(stage)
        if context.has_asset_key and context.asset_key.to_user_string() == "articles" and hasattr(value, "__len__"):
            progress.total = progress.total or len(value)
        return value

    def handle_output(self, context: OutputContext, obj) -> None:
        self.inner.handle_output(context, obj)
