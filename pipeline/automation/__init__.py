"""Automation: the sensor that rebuilds the dataset when the input articles change."""

from pipeline.automation.sensor import articles_changed_sensor

__all__ = ["articles_changed_sensor"]
