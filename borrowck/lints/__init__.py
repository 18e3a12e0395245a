"""Checks between type checking and borrow checking: exhaustiveness, literal and constant
lints, const evaluation, destructor rules (see README.md).

Entry point: `check_crate(typed, file, edition) -> list[Diagnostic]`.
"""
from __future__ import annotations

from ..diagnostics.diagnostic import Diagnostic
from ..source.span import SourceFile
from .crate_nodes import CrateNodes
from .const_items import ConstTable, check_const_items, named_items
from .drop_rules import check_copy_with_drop, check_explicit_drop_calls
from .generic_params import check_generic_params
from .known_panics import check_bodies
from .literals import check_literals
from .match_check import check_matches


def check_crate(typed, file: SourceFile, edition: str = "2021") -> list[Diagnostic]:
    """Every lint-phase diagnostic of the crate, in source order. The driver decides which
    count: `overflowing_literals` only without other errors, the full-build lints
    (`unconditional_panic`, `arithmetic_overflow`) only when nothing else failed."""
    crate = typed.crate
    nodes = CrateNodes(crate)  # one walk of the AST, shared by every lint
    table = ConstTable(typed, named_items(crate, nodes))
    diags = []
    diags += check_generic_params(nodes)
    diags += check_copy_with_drop(crate, file, nodes)
    diags += check_explicit_drop_calls(typed, crate, nodes)
    diags += check_const_items(table, crate)
    diags += check_matches(typed, file, crate, nodes)
    diags += check_literals(typed, file, crate, nodes)
    diags += check_bodies(table, crate, nodes)
    return sorted(diags, key=Diagnostic.sort_key)


__all__ = ["check_crate"]
