"""Chart file names, apart from the drawing code so that naming a chart does not import matplotlib."""

from __future__ import annotations


def chart_name(status: str) -> str:
    """The picture of one status's estimates (`estimate_charts.py`)."""
    return f"estimates_{status}.png"
