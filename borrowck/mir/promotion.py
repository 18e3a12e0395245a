"""rustc's rvalue promotion, the part a learner's program meets: `&e` of a constant-like
aggregate is a `'static` allocation (a fn may return it), never a temporary.

Promotable: an array, tuple, `[x; N]`, struct literal without `..base`, or tuple-struct /
variant constructor call (`&Some(3)`, `&[Dir::Up, Dir::Down]`, `&Point { x: 1, y: 2 }`) whose
parts are literals, consts, unit variants / unit structs, or builtin arithmetic and
comparisons on them (`/` and `%` only by a non-zero literal: others may panic), nested. rustc's check is value-based:
`None::<String>` is promotable; constructing a type that has a `Drop` impl, or a const whose
type needs dropping, is not. A bare literal or const (`&5`, `&LIMIT`) is promoted too; MIR
building handles those as constants before asking here.

A closure that captures nothing is promoted too (`&|s| s` as `&'static dyn Fn(&str) -> &str`).

Operators on such values are promoted at the top too (`&(1 + 2)`, `&-1`); `&mut` promotes only
an empty array literal (`&mut []`, build_expr.py).

`promotable(typed, expr, needs_drop)` -> bool; the top-level expression may carry
adjustments (the autoref of `[1, 2].iter()`), its parts may not.
"""
from __future__ import annotations

from ..syntax import ast
from ..types import ty as T

_TOP = (ast.Array, ast.Tuple, ast.ArrayRepeat, ast.Call, ast.StructLit, ast.PathExpr, ast.Binary, ast.Unary,
        ast.Closure)
_BINOPS = frozenset(("+", "-", "*", "&", "|", "^", "==", "!=", "<", "<=", ">", ">="))


def promotable(typed, expr, needs_drop) -> bool:
    expr = _strip(expr)
    return isinstance(expr, _TOP) and _value(typed, expr, needs_drop, True)


def _strip(e):
    while isinstance(e, ast.Paren):
        e = e.expr
    return e


def _value(typed, e, needs_drop, top: bool = False) -> bool:
    e = _strip(e)
    if not top and typed.adjustments.get(e):
        return False
    cls = type(e)
    if cls is ast.Lit:
        return True
    if cls is ast.Closure:
        # a closure capturing nothing is a constant (`&|x| x + 1` as a `&dyn Fn`)
        return not typed.captures.get(e)
    if cls is ast.Array or cls is ast.Tuple:
        return all(_value(typed, x, needs_drop) for x in e.elems)
    if cls is ast.ArrayRepeat:
        return _value(typed, e.elem, needs_drop) and _is_const(typed, e.count)
    if cls is ast.Unary:
        return e.op in ("-", "!") and typed.callees.get(e) is None and _value(typed, e.operand, needs_drop)
    if cls is ast.Binary:
        return (e.op in _BINOPS or (e.op in ("/", "%") and _nonzero_literal(e.rhs))) \
            and typed.callees.get(e) is None \
            and _value(typed, e.lhs, needs_drop) and _value(typed, e.rhs, needs_drop)
    if cls is ast.PathExpr:
        res = typed.resolutions.get(e)
        ty = typed.expr_types.get(e)
        if res is None or ty is None:
            return False
        if res.kind in ("const", "assoc_const"):
            return not needs_drop(ty)
        return res.kind in ("variant", "unit_struct") and not isinstance(ty, (T.FnDef, T.FnPtr)) \
            and not _has_destructor(typed, ty)
    if cls is ast.Call:
        func = _strip(e.func)
        res = typed.resolutions.get(func) if type(func) is ast.PathExpr else None
        return res is not None and res.kind in ("variant", "tuple_struct") \
            and not _has_destructor(typed, typed.expr_types.get(e)) \
            and all(_value(typed, x, needs_drop) for x in e.args)
    if cls is ast.StructLit:
        return e.base is None and not _has_destructor(typed, typed.expr_types.get(e)) and \
            all(_value(typed, f.expr, needs_drop) for f in e.fields)
    return False


def _nonzero_literal(e) -> bool:
    e = _strip(e)
    return type(e) is ast.Lit and e.kind in ("int", "float") and bool(e.value)


def _is_const(typed, e) -> bool:
    e = _strip(e)
    if type(e) is ast.Lit:
        return True
    res = typed.resolutions.get(e) if type(e) is ast.PathExpr else None
    return res is not None and res.kind in ("const", "assoc_const")


def _has_destructor(typed, ty) -> bool:
    """The constructed ADT itself has a `Drop` impl (its fields are checked as values)."""
    if not isinstance(ty, T.Adt):
        return True
    info = typed.adts.get(ty.def_id)
    return info is None or info.has_drop_impl
