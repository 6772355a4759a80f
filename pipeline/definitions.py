"""The code location `dagster dev` loads: every stage's assets and checks, plus resources."""

from dagster import Definitions

from pipeline.checks import ALL_CHECKS
from pipeline.extract.assets import extract
from pipeline.ingest.assets import ingest
from pipeline.publish.assets import release, warehouse
from pipeline.resources import resources_from_env

ASSETS = [ingest, extract, warehouse, release]
CHECKS = ALL_CHECKS

defs = Definitions(assets=ASSETS, asset_checks=CHECKS, resources=resources_from_env())
