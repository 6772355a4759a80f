"""The code location `dagster dev` loads: every stage's assets and checks, the sensor, and resources."""

from dagster import Definitions, in_process_executor

from pipeline.automation import articles_changed_sensor
from pipeline.extract_step import extract
from pipeline.publish.assets import release, warehouse
from pipeline.publish.chart_asset import charts, personnel_counts_charted
from pipeline.reconcile.assets import reconcile
from pipeline.resources import resources_from_env
from pipeline.sources import articles_folder, ingest_from_folder

ASSETS = [articles_folder, ingest_from_folder, extract, reconcile, warehouse, release, charts]
# Every table's checks run in the step that makes it (pipeline/checks/stage.py); `charted` reads the charts.
CHECKS = [personnel_counts_charted]
SENSORS = [articles_changed_sensor]

# In-process runs: the tables are small and steps each paying ~4 s of process start-up
# made a UI run take ~2 minutes instead of seconds. Parallel steps would not help on 2 cores.
defs = Definitions(assets=ASSETS, asset_checks=CHECKS, sensors=SENSORS, resources=resources_from_env(),
                   executor=in_process_executor)
