"""Adjustments made explicit: autoderef, overloaded deref, autoref (two-phase for method
receivers), reborrows and unsizing, as recorded in TypedCrate.adjustments."""
from __future__ import annotations

from ..syntax import ast
from ..types import ty as T
from . import ir
from .build_expr import expr_into_unadjusted, new_scheduled_temp, promotable_aggregate
from .build_place import captured_with_leading_derefs, overloaded_deref, strip_parens, unadjusted_place


def adjusted(b, expr, adjs, mutable: bool = False, two_phase: bool = False):
    """(place, rvalue, ty): the adjusted expression is `rvalue` if not None, else `place`."""
    wants_mut = mutable or any(a.kind in ("borrow", "reborrow") and a.mutable for a in adjs)
    captured = captured_with_leading_derefs(b, expr, adjs) if b.upvar_index else None
    if captured is not None:
        place, rest = captured
        ty = adjs[len(adjs) - len(rest) - 1].target
        adjs = rest
    else:
        place = _promoted_const(b, expr, adjs) or unadjusted_place(b, expr, wants_mut)
        ty = b.ty_of(expr)
    value = None
    for adj in adjs:
        if value is not None:
            place = ir.Place(_store(b, value, ty, expr.span))
            value = None
        kind = adj.kind
        if kind == "deref":
            place = place.deref()
        elif kind == "overloaded_deref":
            place = overloaded_deref(b, place, adj.mutable or wants_mut, adj.target, expr.span)
        elif kind == "borrow":
            value = ir.Ref(_borrow_kind(adj.mutable, two_phase), place)
        elif kind == "reborrow":
            value = ir.Ref(_borrow_kind(adj.mutable, False), place.deref())
        elif kind == "unsize":
            value = ir.Cast("unsize", b.operand_of_place(place, ty), adj.target)
        elif kind == "closure_fn_pointer":
            value = ir.Cast("closure_to_fn_ptr", b.operand_of_place(place, ty), adj.target)
        elif kind == "reify_fn_pointer":
            value = ir.Cast("fn_to_ptr", b.operand_of_place(place, ty), adj.target)
        elif kind == "never_to_any":
            pass
        else:
            b.unsupported(expr.span, f"the `{kind}` adjustment")
        ty = adj.target
    return place, value, ty


def _promoted_const(b, expr, adjs):
    """`CONST.iter()`, `[1, 2].iter()`: a shared autoref of a const or a literal aggregate is
    promoted to a static as `&CONST` is (`_addr_of`), so the borrow may outlive the function."""
    if not adjs or adjs[0].kind != "borrow" or adjs[0].mutable:
        return None
    inner = strip_parens(expr)
    if promotable_aggregate(b, inner):
        temp = new_scheduled_temp(b, b.ty_of(inner), inner.span, ir.LocalInfo.CONST_REF, scope=b.scopes[0])
        expr_into_unadjusted(b, ir.Place(temp), expr)
        return ir.Place(temp)
    res = b.typed.resolutions.get(inner) if isinstance(inner, ast.PathExpr) else None
    if res is None or res.kind not in ("const", "assoc_const"):
        return None
    ty = b.ty_of(inner)
    if b.props.needs_drop(ty):
        return None  # rustc promotes no value with a destructor: a statement temporary
    temp = new_scheduled_temp(b, ty, inner.span, ir.LocalInfo.CONST_REF, scope=b.scopes[0])
    b.assign(ir.Place(temp), ir.Use(ir.Constant("const", None, ty, inner.span, def_id=res.target)), inner.span)
    return ir.Place(temp)


def _borrow_kind(mutable: bool, two_phase: bool) -> str:
    if not mutable:
        return ir.BorrowKind.SHARED
    return ir.BorrowKind.TWO_PHASE_MUT if two_phase else ir.BorrowKind.MUT


def _store(b, rvalue, ty, span) -> int:
    from .build_expr import new_scheduled_temp

    temp = new_scheduled_temp(b, _rvalue_ty(rvalue, ty), span)
    b.assign(ir.Place(temp), rvalue, span)
    return temp


def _rvalue_ty(rvalue, fallback):
    if isinstance(rvalue, ir.Cast):
        return rvalue.ty
    return fallback


def apply_adjustments_place(b, expr, adjs, mutable: bool) -> ir.Place:
    place, value, ty = adjusted(b, expr, adjs, mutable)
    if value is None:
        return place
    return ir.Place(_store(b, value, ty, expr.span))


def adjusted_into(b, dest: ir.Place, expr, adjs, two_phase: bool = False) -> None:
    place, value, ty = adjusted(b, expr, adjs, two_phase=two_phase)
    if value is None:
        value = ir.Use(b.operand_of_place(place, ty))
    b.assign(dest, value, expr.span)


__all__ = ["adjusted", "adjusted_into", "apply_adjustments_place", "T"]
