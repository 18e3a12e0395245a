"""The span rustc shows for "the item `x` is defined here": an item's head, not its body.

fn: from the visibility through the signature and where clause; struct, enum, union,
trait, mod: through the name and generics; const, static, type alias, and a tuple struct
seen as its constructor: the whole item.
"""
from __future__ import annotations

from ..source.span import Span
from ..syntax import ast


def def_span(node, file, as_ctor: bool = False) -> Span:
    lo = node.span.lo
    if isinstance(node, ast.Fn):
        if node.body is None or file is None:
            return node.span
        hi = node.body.span.lo
        while hi > lo and file.data[hi - 1:hi].isspace():
            hi -= 1
        return Span(lo, hi)
    if isinstance(node, (ast.Struct, ast.Enum, ast.Union_, ast.Trait)) and not as_ctor:
        hi = node.ident.span.hi
        if node.generics.params:
            hi = max(hi, node.generics.span.hi)
        return Span(lo, hi)
    if isinstance(node, ast.Mod):
        return Span(lo, node.ident.span.hi)
    return node.span
