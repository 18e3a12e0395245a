"""Coercions at coercion sites (let with a type, arguments, returns, fields, elements).

Tried in order, as rustc does:
  1. `!` coerces to anything (adjustment never_to_any);
  2. reference to reference: `&mut T` -> `&T`, then deref coercion: autoderef the referent
     (`&String` -> `&str`, `&Vec<T>` -> `&[T]`, `&Box<T>` -> `&T`, `&&T` -> `&T`) and
     re-borrow; `&[T; N]` -> `&[T]` and `&T` -> `&dyn Trait` (unsize);
     passing a `&mut` where a `&mut` is expected records a reborrow;
  3. `Box<T>` -> `Box<dyn Trait>`, `Box<[T; N]>` -> `Box<[T]>` (and `Rc`, `Arc`); fn items and non-capturing closures -> fn pointers;
  4. otherwise the two types must unify.
Adjustments are recorded on the expression; a failure reports nothing (the caller does).
"""
from __future__ import annotations

from ..syntax import ast
from . import ty as T
from .autoderef import autoderef_steps
from .typed_crate import Adjustment
from .unify import can_unify

BOX = "std::boxed::Box"
# CoerceUnsized pointers: `P<[T; N]>` -> `P<[T]>`, `P<T>` -> `P<dyn Trait>`
SMART_POINTERS = (BOX, "std::rc::Rc", "std::sync::Arc")


def coerce(fcx, expr: ast.Node, actual: T.Ty, expected: T.Ty) -> bool:
    a = fcx.shallow(actual)
    b = fcx.shallow(expected)
    if type(a) is T.Never:
        if type(b) is not T.Never:
            _adjust(fcx, expr, [Adjustment("never_to_any", False, b)])
            if type(b) is T.Infer and b.kind == "ty":
                fcx.icx.mark_diverging(b.index)  # falls back to `()` if nothing else binds it
        return True
    if type(a) is T.Error or type(b) is T.Error:
        return True
    if type(b) is T.Infer or type(a) is T.Infer:
        return fcx.unify(a, b)
    if type(a) is T.Ref and type(b) is T.Ref:
        return _coerce_ref(fcx, expr, a, b)
    if type(a) is T.Adt and type(b) is T.Adt and a.def_id == b.def_id and a.def_id in SMART_POINTERS:
        inner_a = fcx.shallow(_box_inner(a))
        inner_b = fcx.shallow(_box_inner(b))
        if type(inner_b) is T.Dyn and type(inner_a) is T.Infer:
            fcx.select_where_possible()  # as rustc before coercing: `Box::from(2u8)` picks `Box<u8>`
            inner_a = fcx.shallow(inner_a)
        if type(inner_b) is T.Dyn and type(inner_a) is not T.Dyn and \
                not (type(inner_a) is T.Infer and inner_a.kind == "ty"):
            # rustc unsizes `Box<$0>` only when `$0: Sized` is known; `Box::from("..")`
            # (`impl From<T> for Box<T: ?Sized>`) is not, so it unifies `$0 = dyn Error`
            _require_dyn(fcx, expr, inner_a, inner_b)
            _adjust(fcx, expr, [Adjustment("unsize", False, b)])
            return True
        if type(inner_a) is T.Array and type(inner_b) is T.Slice:
            if not fcx.unify(inner_a.elem, inner_b.elem):
                return False
            _adjust(fcx, expr, [Adjustment("unsize", False, b)])
            return True
    if type(b) is T.FnPtr and type(a) in (T.FnDef, T.Closure):
        sig = fcx.solver.fn_like_sig(a)
        if sig is None or len(sig[0]) != len(b.params):
            return False
        ok = all(fcx.unify(x, y) for x, y in zip(sig[0], b.params)) and fcx.unify(sig[1], b.ret)
        if ok:
            kind = "closure_fn_pointer" if type(a) is T.Closure else "reify_fn_pointer"
            _adjust(fcx, expr, [Adjustment(kind, False, b)])
            if type(a) is T.Closure:
                # only a closure that captures nothing is a fn pointer: checked once captures
                # are known
                fcx.deferred_fn_ptrs.append((expr, a.def_id, b))
        return ok
    return fcx.unify(a, b)


def _coerce_ref(fcx, expr, a: T.Ref, b: T.Ref) -> bool:
    if b.mutable and not a.mutable:
        return False
    inner_b = fcx.shallow(b.inner)
    # unsize: &[T; N] -> &[T], &T -> &dyn Trait
    inner_a = fcx.shallow(a.inner)
    if type(inner_a) is T.Array and type(inner_b) is T.Slice:
        if fcx.unify(inner_a.elem, inner_b.elem):
            _adjust(fcx, expr, [Adjustment("deref", False, inner_a),
                                Adjustment("borrow", b.mutable, T.Ref(T.ERASED, b.mutable, inner_a)),
                                Adjustment("unsize", False, b)])
            return True
        return False
    if type(inner_b) is T.Dyn and type(inner_a) is not T.Dyn and not (type(inner_a) is T.Infer
                                                                    and inner_a.kind == "ty"):
        # an integer/float variable is some sized scalar: `&1` -> `&dyn Display` unsizes
        _require_dyn(fcx, expr, inner_a, inner_b)
        _adjust(fcx, expr, [Adjustment("deref", False, inner_a),
                            Adjustment("borrow", b.mutable, T.Ref(T.ERASED, b.mutable, inner_a)),
                            Adjustment("unsize", False, b)])
        return True
    if can_unify(fcx.icx, inner_a, inner_b):
        fcx.unify(inner_a, inner_b)
        if a.mutable:
            # `&mut` passed on: reborrow (`&mut *x` or `&*x`), so the original stays usable
            _adjust(fcx, expr, [Adjustment("deref", False, inner_a),
                                Adjustment("borrow", b.mutable, T.Ref(T.ERASED, b.mutable, b.inner))])
        return True
    if type(inner_b) is T.Infer:
        return fcx.unify(inner_a, inner_b)
    # deref coercion: autoderef the referent until it matches
    steps = autoderef_steps(fcx, inner_a, mutable=b.mutable)
    adjs = [Adjustment("deref", False, inner_a)]
    for i, (t, kind) in enumerate(steps):
        if i == 0:
            continue
        adjs.append(Adjustment(kind, b.mutable and kind == "overloaded_deref", t))
        if can_unify(fcx.icx, t, inner_b):
            fcx.unify(t, inner_b)
            adjs.append(Adjustment("borrow", b.mutable, T.Ref(T.ERASED, b.mutable, b.inner)))
            _adjust(fcx, expr, adjs)
            return True
    return False


def _require_dyn(fcx, expr, src: T.Ty, dyn: T.Dyn) -> None:
    fcx.register_bound(dyn.trait_id, src, dyn.args, expr.span, "unsize")
    for auto in dyn.auto_traits:
        fcx.register_bound(auto, src, (), expr.span, "unsize")


def _box_inner(t: T.Adt) -> T.Ty:
    return next(a for a in t.args if not isinstance(a, (T.Region, int)))


def _adjust(fcx, expr, adjs) -> None:
    prev = fcx.adjustments.get(expr, ())
    fcx.adjustments[expr] = tuple(prev) + tuple(adjs)


def coerce_or_report(fcx, expr: ast.Node, actual: T.Ty, expected: T.Ty) -> T.Ty:
    """Coerce; on failure report E0308 at expr. Returns the type the site sees."""
    if coerce(fcx, expr, actual, expected):
        return expected
    fcx.mismatch(_site_span(expr), expected, actual)
    return expected


def _site_span(expr):
    return expr.span
