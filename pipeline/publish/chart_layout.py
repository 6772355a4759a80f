"""A chart's margins from the things around its axes whose size varies: legends beside the axes and the
y axis (its tick labels: place names, or a log scale's "2.04×10³"; and its label). The title, a figure-wide
line, and the x axis's dates turned by `autofmt_xdate` have a size known in advance: their margins are constants.

Why not matplotlib's constrained layout: it measures every artist around the axes, both axes' tick labels
included, twice before the figure is drawn, which doubled each chart's drawing time (about 2 s of the charts
step on 10,000 articles, paid again on every rebuild that changes a figure). This measures the legends and
the y axis once.
"""

from __future__ import annotations

from collections.abc import Iterable

from matplotlib.artist import Artist
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

EDGE = 0.015  # of the figure's width or height, between the outermost text and the figure's edge
TOP = 0.91  # the title's line above the axes
BOTTOM = 0.11  # horizontal tick labels and the x label
DATE_BOTTOM = 0.2  # dates turned 30 degrees (`autofmt_xdate`), and the x label
RIGHT_ANCHOR = 0.01  # legends beside the axes start this share of the axes' width to their right


def fit_margins(fig: Figure, beside: Iterable[Artist] = (), dates: bool = False) -> None:
    """Set the margins of the figure's one axes so that its y axis and `beside` (legends anchored just right
    of the axes) fit inside the figure; `dates`: the x axis's labels are turned dates."""
    renderer = FigureCanvasAgg(fig).get_renderer()
    axes, width = fig.axes[0], fig.bbox.width
    legend = max((artist.get_window_extent(renderer).width for artist in beside), default=0.0)
    y_axis = axes.yaxis.get_tightbbox(renderer)  # None when it shows nothing (a chart with no data)
    left = EDGE + (axes.get_window_extent(renderer).x0 - y_axis.x0 if y_axis else 0.0) / width
    right = 1 - EDGE
    if legend:
        # The legend starts RIGHT_ANCHOR of the axes' width past the axes: solve for the axes' right edge.
        right = (1 - EDGE - legend / width + RIGHT_ANCHOR * left) / (1 + RIGHT_ANCHOR)
    fig.subplots_adjust(left=left, right=right, top=TOP, bottom=DATE_BOTTOM if dates else BOTTOM)

