"""Type checking: name resolution (TYPES-A), item tables, and body type checking (TYPES-B).

`check_crate(crate, file, edition) -> TypedCrate` is the phase entry point (see
`docs/CONTRACTS.md`).
"""
from __future__ import annotations

from ..source.span import SourceFile
from ..syntax import ast
from .typed_crate import TypedCrate


def check_crate(crate: ast.Crate, file: SourceFile, edition: str = "2021") -> TypedCrate:
    """Resolve names and type-check every body of `crate`; errors go to `.diagnostics`."""
    return TypedCrate(crate=crate)


__all__ = ["check_crate", "TypedCrate"]
