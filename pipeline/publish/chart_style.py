"""What every chart of a release shares: its colours, markers and size, and PNG bytes with nothing that drifts
(matplotlib would otherwise stamp its version into the file)."""

from __future__ import annotations

import io

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

STATUS_COLOURS = {"entered": "#1f77b4", "returned": "#2ca02c", "remaining": "#d62728",
                  "relocated": "#9467bd", "other": "#7f7f7f"}
MARKERS = ("o", "s", "^", "D", "v", "P", "X", "*", "<", ">", "h", "p")
FIGSIZE, DPI = (9.0, 5.0), 100
PNG_METADATA = {"Software": None}  # matplotlib otherwise stamps its version into the file


def png(fig: Figure) -> bytes:
    buf = io.BytesIO()
    FigureCanvasAgg(fig)
    fig.savefig(buf, format="png", dpi=DPI, metadata=PNG_METADATA)
    return buf.getvalue()


def empty_chart(ax, message: str) -> None:
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes)
    ax.set_xticks([]), ax.set_yticks([])
