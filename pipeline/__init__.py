"""Syrian ex-regime personnel in Iraq: a news-extraction pipeline built on Dagster."""

__version__ = "0.1.0"
