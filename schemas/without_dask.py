"""Pandera without Dask: see `_index_types_without_dask`."""

from __future__ import annotations

import sys

from pandera.typing import get_index_types


def _index_types_without_dask() -> None:
    """Building a model's schema, pandera looks up the index types of every dataframe library it supports,
    importing `dask.dataframe` when Dask is installed (for the cluster engine): a second and ~40 MB in every
    build process and pool worker, for models that only ever validate pandas. Its answer is cached, so it is
    computed once here with Dask hidden; Dask itself stays importable for whoever needs it."""
    if "dask" in sys.modules:
        get_index_types()
        return
    sys.modules["dask"] = None  # an import of dask fails while this is set
    try:
        get_index_types()
    finally:
        del sys.modules["dask"]


_index_types_without_dask()
