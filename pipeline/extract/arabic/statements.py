"""Statements in Arabic (placeholder)."""

from __future__ import annotations


def find_arabic_statements(doc) -> list:
    return []
