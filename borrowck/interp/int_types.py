"""Integer types of expressions when the type checker has not recorded them.

A small, local stand-in for inference, used only as a fallback: literal suffixes, `let`
and parameter annotations, field and return types, `as` casts, `len()`-like methods. What
it cannot tell stays None (no overflow check), never a wrong width.
"""
from __future__ import annotations

from ..syntax import ast
from .program import INT_NAMES

_USIZE_METHODS = frozenset(("len", "count", "capacity", "position", "rposition", "len_utf8"))
_SAME_AS_RECEIVER = frozenset(("abs", "pow", "min", "max", "clamp", "wrapping_add", "wrapping_sub",
                               "wrapping_mul", "saturating_add", "saturating_sub", "saturating_mul",
                               "rem_euclid", "div_euclid", "abs_diff", "unwrap", "unwrap_or", "expect"))


def prim_int(ty) -> str | None:
    """`u8` for the AST type `u8` (also through `&`), else None."""
    if ty.__class__ is ast.RefType:
        ty = ty.inner
    if ty.__class__ is ast.PathType and len(ty.path.segments) == 1:
        name = ty.path.segments[0].ident.name
        if name in INT_NAMES:
            return name
    return None


class IntTypes:
    def guess_int_ty(self, e):
        return self._guess(e)

    def _guess(self, e):
        c = e.__class__
        if c is ast.Lit:
            return e.suffix if e.suffix in INT_NAMES else None
        if c is ast.Paren:
            return self.int_ty(e.expr)
        if c is ast.Cast:
            return prim_int(e.ty)
        if c is ast.Unary:
            return self.int_ty(e.operand)
        if c is ast.Binary or c is ast.CompoundAssign or c is ast.Assign:
            if c is ast.Binary and e.op in ("==", "!=", "<", "<=", ">", ">=", "&&", "||"):
                return None
            if c is ast.Binary and e.op in ("<<", ">>"):
                return self.int_ty(e.lhs)
            return self.int_ty(e.lhs) or self.int_ty(e.rhs)
        if c is ast.PathExpr:
            segs = e.path.segments
            if len(segs) == 1:
                return self.frame.lookup_type(segs[0].ident.name)
            if len(segs) == 2 and segs[0].ident.name in INT_NAMES:
                return segs[0].ident.name
            return None
        if c is ast.MethodCall:
            name = e.method.name
            if name in _USIZE_METHODS:
                return "usize"
            if name in _SAME_AS_RECEIVER or name.startswith(("checked_", "wrapping_", "saturating_")):
                return self.int_ty(e.receiver)
            return None
        if c is ast.Field:
            return self.field_int_ty(e)
        if c is ast.Call and e.func.__class__ is ast.PathExpr:
            fn = self.program.fns.get(e.func.path.segments[-1].ident.name)
            if fn is not None and fn.ret is not None and len(e.func.path.segments) == 1:
                return prim_int(fn.ret)
        if c is ast.BlockExpr and e.block.tail is not None:
            return self.int_ty(e.block.tail)
        return None

    def field_int_ty(self, e):
        """The declared type of a field of a user struct whose name is unique among structs."""
        name = e.ident.name
        found = None
        for adt in self.program.adts.values():
            if adt.is_enum or name not in adt.field_index:
                continue
            t = prim_int(adt.node.fields[adt.field_index[name]].ty)
            if found is not None and t != found:
                return None
            found = t
        return found
