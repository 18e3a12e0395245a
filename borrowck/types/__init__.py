"""Type checking: name resolution and item tables (TYPES-A, `items.py`), body type checking
(TYPES-B, `crate_check.py` and the modules it drives). See README.md.

`check_crate(crate, file, edition) -> TypedCrate` is the phase entry point (docs/CONTRACTS.md).
"""
from __future__ import annotations

from ..source.span import SourceFile
from ..syntax import ast
from .typed_crate import TypedCrate


def check_crate(crate: ast.Crate, file: SourceFile, edition: str = "2021") -> TypedCrate:
    """Resolve names and type-check every body of `crate`; errors go to `.diagnostics`."""
    try:
        from .items import ItemTable  # noqa: F401
        from . import item_builder  # noqa: F401  (TYPES-A's builder; absent while in progress)
    except ImportError:
        return TypedCrate(crate=crate)
    from .crate_check import check_crate as _check

    return _check(crate, file, edition)


__all__ = ["check_crate", "TypedCrate"]
