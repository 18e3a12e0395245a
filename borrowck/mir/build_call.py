"""Calls: free functions, associated functions, constructors, method calls (receiver
adjustments explicit, `&mut self` autoref as a two-phase borrow), and calls of closures
and fn pointers (through `Fn::call` / `FnMut::call_mut` / `FnOnce::call_once` as the
trait declares them: the receiver, then one tuple of the call's arguments)."""
from __future__ import annotations

from ..syntax import ast
from ..types import ty as T
from . import ir
from . import build_adjust  # a module object: build_adjust may be mid-import (it imports build_expr)
from .build_expr import adt_target, as_operand, new_scheduled_temp
from .build_place import adjusted_ty, adjustments_of, as_place, place_ty_b, strip_parens
from .builder import UNSAFE_FN_NOTE, unsafe_diagnostic
from .place_ty import is_box

FN_TRAIT_METHODS = {
    "std::ops::Fn::call": "Fn",
    "std::ops::FnMut::call_mut": "FnMut",
    "std::ops::FnOnce::call_once": "FnOnce",
}
_CALL_OF_KIND = {v: k for k, v in FN_TRAIT_METHODS.items()}


def emit_call(b, def_id, args, dest: ir.Place, span, callee_info=None, from_call_syntax=True, desugaring="",
              fn_span=None, func=None, diverges=None) -> None:
    """dest = def_id(args); continue after the call (or nowhere, if it diverges)."""
    if func is None:
        generic_args = callee_info.args if callee_info is not None else ()
        func = ir.Constant("fn", None, T.FnDef(def_id, generic_args), span, def_id=def_id, args=generic_args)
    if diverges is None:
        ret = callee_info.sig_ret if callee_info is not None else None
        diverges = isinstance(ret, T.Never) or isinstance(b.local_ty(dest.local), T.Never) and dest.is_local
    target = None if diverges else b.new_block()
    call = ir.Call(func, tuple(args), dest, target, span, callee=def_id, callee_info=callee_info,
                   fn_span=fn_span or span, from_call_syntax=from_call_syntax, desugaring=desugaring)
    b.terminate(call, target)


def lower_call(b, dest, expr: ast.Call) -> None:
    func = strip_parens(expr.func)
    callee = b.typed.callees.get(expr)
    res = b.typed.resolutions.get(func) if isinstance(func, ast.PathExpr) else None
    if res is not None and res.kind in ("tuple_struct", "variant") and not adjustments_of(b, func):
        ty = b.ty_of(expr)
        ops = tuple(as_operand(b, a) for a in expr.args)
        def_id, variant, name = adt_target(b, ty, res)
        names = tuple(str(i) for i in range(len(ops)))
        b.assign(dest, ir.Aggregate(ir.AggregateKind.ADT, ops, ty, def_id, variant, name, names), expr.span)
        return
    if res is not None and res.kind in ("fn", "assoc_fn", "method", "std_fn"):
        fty = b.ty_of(func)
        def_id = callee.def_id if callee is not None else (fty.def_id if isinstance(fty, T.FnDef) else res.target)
        _check_unsafe_call(b, def_id, expr.span)
        args = tuple(as_operand(b, a) for a in expr.args)
        emit_call(b, def_id, args, dest, expr.span, callee_info=callee, diverges=_diverges(b, expr, callee))
        return
    _call_value(b, dest, expr, func, callee)


def _check_unsafe_call(b, def_id, span) -> None:
    """E0133: calling an `unsafe fn` outside an unsafe block or fn."""
    if b.unsafe_depth or def_id is None:
        return
    items = getattr(b.ctx.typed, "items", None)  # None for MIR built without an item table
    sig = items.fns.get(def_id) if items is not None else None
    if sig is None or not sig.is_unsafe:
        return
    b.ctx.diagnostics.append(unsafe_diagnostic(span, f"call to unsafe function `{sig.name}`", UNSAFE_FN_NOTE,
                                               label="call to unsafe function"))


def _diverges(b, expr, callee) -> bool:
    if callee is not None and isinstance(callee.sig_ret, T.Never):
        return True
    return isinstance(b.ty_of(expr), T.Never)


def _call_value(b, dest, expr, func, callee) -> None:
    """A call through a value: a closure, a fn item/pointer in a variable, `F: Fn(..)`."""
    fty = adjusted_ty(b, func)
    inner = fty
    derefs = 0
    while isinstance(inner, T.Ref):
        inner = inner.inner
        derefs += 1
    if isinstance(inner, (T.FnDef, T.FnPtr)) and (callee is None or callee.def_id not in FN_TRAIT_METHODS):
        f = as_operand(b, func)
        args = tuple(as_operand(b, a) for a in expr.args)
        def_id = inner.def_id if isinstance(inner, T.FnDef) else None
        emit_call(b, def_id, args, dest, expr.span, callee_info=callee, func=f, diverges=_diverges(b, expr, callee))
        return
    if callee is not None and callee.def_id in FN_TRAIT_METHODS:
        kind = FN_TRAIT_METHODS[callee.def_id]
    elif isinstance(inner, T.Closure):
        kind = inner.kind
    elif isinstance(inner, T.Param) and inner.name in b.ctx.current_fn_params:
        kind = b.ctx.current_fn_params[inner.name]
    elif isinstance(inner, T.Dyn) and inner.trait_id.rsplit("::", 1)[-1] in ("Fn", "FnMut", "FnOnce"):
        kind = inner.trait_id.rsplit("::", 1)[-1]
    else:
        b.unsupported(expr.span, "calling a value whose `Fn` trait the type checker did not record")
    place = as_place(b, func, mutable=kind == "FnMut")
    for _ in range(derefs):
        place = place.deref()
    place, inner = _box_receiver(b, place, inner)
    if kind == "FnOnce":
        recv = b.operand_of_place(place, inner)
    else:
        ref = new_scheduled_temp(b, T.Ref(T.ERASED, kind == "FnMut", inner), func.span)
        b.assign(ir.Place(ref), ir.Ref(ir.BorrowKind.MUT if kind == "FnMut" else ir.BorrowKind.SHARED, place),
                 func.span)
        recv = ir.Move(ir.Place(ref))
    def_id = _CALL_OF_KIND[kind]
    emit_call(b, def_id, (recv, _args_tuple(b, expr)), dest, expr.span, callee_info=callee,
              from_call_syntax=True, diverges=_diverges(b, expr, callee))


def _box_receiver(b, place: ir.Place, ty):
    """rustc calls a boxed callee through Box's own `Fn*` impl (`call(&boxed, args)`,
    `call_once(move boxed, args)`), not through `*boxed`: cut the place at its first
    deref of a Box (so errors name `f`, not `*f`)."""
    for i, elem in enumerate(place.projection):
        base = ir.Place(place.local, place.projection[:i])
        if isinstance(elem, ir.Deref) and is_box(place_ty_b(b, base)):
            return base, place_ty_b(b, base)
    return place, ty


def _args_tuple(b, expr: ast.Call) -> ir.Operand:
    """The `Args` tuple of `Fn*::call*(recv, args)`, built in a temporary (as rustc does)."""
    ops = tuple(as_operand(b, a) for a in expr.args)
    ty = T.Tuple(tuple(adjusted_ty(b, a) for a in expr.args))
    temp = new_scheduled_temp(b, ty, expr.span)
    b.assign(ir.Place(temp), ir.Aggregate(ir.AggregateKind.TUPLE, ops, ty), expr.span)
    return ir.Move(ir.Place(temp))


def lower_method_call(b, dest, expr: ast.MethodCall) -> None:
    callee = b.typed.callees.get(expr)
    if callee is None:
        b.unsupported(expr.span, "a method call the type checker did not resolve")
    _check_unsafe_call(b, callee.def_id, expr.span)
    recv = receiver_operand(b, expr.receiver)
    args = tuple(as_operand(b, a) for a in expr.args)
    fn_span = expr.method.span.to(expr.span.shrink_to_hi())
    emit_call(b, callee.def_id, (recv,) + args, dest, expr.span, callee_info=callee, fn_span=fn_span,
              diverges=_diverges(b, expr, callee))


def receiver_operand(b, receiver) -> ir.Operand:
    """The receiver after autoderef/autoref; a `&mut` autoref is a two-phase borrow."""
    adjs = adjustments_of(b, receiver)
    if not adjs:
        return as_operand(b, receiver)
    place, value, ty = build_adjust.adjusted(b, receiver, adjs, two_phase=True)
    temp = new_scheduled_temp(b, ty, receiver.span, origin=receiver)
    if value is None:
        value = ir.Use(b.operand_of_place(place, ty))
    b.assign(ir.Place(temp), value, receiver.span)
    return b.operand_of_place(ir.Place(temp), ty)
