"""MIR: the control-flow-graph IR (`ir.py`), its builder from the typed AST and a pretty printer.

Entry points: `build_crate(typed) -> MirCrate` and `pretty(mir) -> str`. See README.md.
"""
from __future__ import annotations

from .ir import MirCrate
from .pretty import pretty


def build_crate(typed, edition=None, unwind: bool = False) -> MirCrate:
    """Lower every body of `typed` (a types.typed_crate.TypedCrate) to MIR. The edition
    (temporary scopes) is `edition`, else `typed.edition`, else 2021. unwind: give calls,
    drops and asserts cleanup blocks (the panic path's drops); off by default for now."""
    from .build_bodies import build_crate as _build

    return _build(typed, edition, unwind)


__all__ = ["MirCrate", "build_crate", "pretty"]
