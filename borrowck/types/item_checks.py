"""Item-level rules checked once the table is built (placeholder; filled below)."""
from __future__ import annotations


def check_items(table, builder, diags: list) -> None:
    return None
