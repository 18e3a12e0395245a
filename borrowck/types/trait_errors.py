"""E0277 (and related) reports for obligations that do not hold, in rustc's words.

The message depends on the trait (Send/Sync name the innermost failing type: `Rc<..>`
cannot be sent between threads safely), and on the cause (formatting, operators,
`?` conversions, `collect`/`sum`); the primary span is the obligation's span (the
argument that introduced it, e.g. the closure passed to `thread::spawn`).
"""
from __future__ import annotations

from . import ty as T
from .ty_display import short_name, ty_str

SEND = "std::marker::Send"
SYNC = "std::marker::Sync"


def report_unsatisfied(fcx, pred, ob) -> None:
    tr = pred.trait_ref
    self_ty = fcx.resolve(tr.self_ty)
    if type(self_ty) is T.Error or any(type(a) is T.Error for a in map(fcx.resolve, _tys(tr.args))):
        fcx.has_errors = True
        return
    tid = tr.trait_id
    shown = ty_str(self_ty)
    failure = fcx.solver.last_failure
    if tid in (SEND, SYNC):
        leaf_tid, leaf_ty = tid, self_ty
        if failure is not None and failure.trait_id in (SEND, SYNC):
            leaf_tid, leaf_ty = failure.trait_id, fcx.resolve(failure.self_ty)
        how = "sent" if leaf_tid == SEND else "shared"
        leaf = ty_str(leaf_ty)
        # rustc reports each failing leaf predicate once per body
        key = (leaf_tid, leaf)
        if key in fcx.reported_vars:
            fcx.has_errors = True
            return
        fcx.reported_vars.add(key)
        d = fcx.raw_error("E0277", f"`{leaf}` cannot be {how} between threads safely", ob.span,
                          f"`{leaf}` cannot be {how} between threads safely")
        d.help(f"the trait `{short_name(leaf_tid)}` is not implemented for `{leaf}`")
        return
    if ob.cause == "fmt":
        trait = "std::fmt::Display" if tid == "std::fmt::Display" else short_name(tid)
        fcx.raw_error("E0277", f"`{shown}` doesn't implement `{trait}`", ob.span,
                      f"`{shown}` cannot be formatted {'with the default formatter' if trait.endswith('Display') else 'using `{:?}`'}")
        return
    if ob.cause == "binop" and tid == "std::cmp::PartialEq":
        other = ty_str(fcx.resolve(tr.args[0])) if tr.args else shown
        fcx.raw_error("E0277", f"can't compare `{shown}` with `{other}`", ob.span,
                      f"no implementation for `{shown} == {other}`")
        return
    if ob.cause == "try_from":
        fcx.raw_error("E0277", f"`?` couldn't convert the error to `{shown}`", ob.span,
                      f"the trait `From<{ty_str(fcx.resolve(ob.data))}>` is not implemented for `{shown}`")
        return
    if tid == "std::iter::FromIterator" and tr.args:
        fcx.raw_error("E0277", f"a value of type `{shown}` cannot be built from an iterator over elements "
                      f"of type `{ty_str(fcx.resolve(tr.args[0]))}`", ob.span)
        return
    if tid == "std::iter::Sum" and tr.args:
        fcx.raw_error("E0277", f"a value of type `{shown}` cannot be made by summing an iterator over "
                      f"elements of type `{ty_str(fcx.resolve(tr.args[0]))}`", ob.span)
        return
    if tid == "std::marker::Copy" and ob.cause == "repeat":
        fcx.raw_error("E0277", f"the trait bound `{shown}: Copy` is not satisfied", ob.span)
        return
    if tid in ("std::ops::Fn", "std::ops::FnMut", "std::ops::FnOnce"):
        fcx.raw_error("E0277", f"expected a `{short_name(tid)}` closure, found `{shown}`", ob.span)
        return
    args = ""
    if tr.args:
        args = "<" + ", ".join(ty_str(fcx.resolve(a)) for a in _tys(tr.args)) + ">"
    fcx.raw_error("E0277", f"the trait bound `{shown}: {short_name(tid)}{args}` is not satisfied", ob.span,
                  f"the trait `{short_name(tid)}{args}` is not implemented for `{shown}`")


def report_projection_mismatch(fcx, ob, got) -> None:
    pred = ob.pred
    expected = fcx.resolve(pred.ty)
    found = fcx.resolve(got)
    if type(expected) is T.Error or type(found) is T.Error:
        return
    tid = pred.trait_ref.trait_id
    if tid in ("std::ops::Fn", "std::ops::FnMut", "std::ops::FnOnce"):
        fcx.raw_error("E0271", f"expected `{ty_str(fcx.resolve(pred.trait_ref.self_ty))}` to return "
                      f"`{ty_str(expected)}`, but it returns `{ty_str(found)}`", ob.span)
        return
    fcx.raw_error("E0271", f"type mismatch resolving `<{ty_str(fcx.resolve(pred.trait_ref.self_ty))} as "
                  f"{short_name(tid)}>::{pred.name} == {ty_str(expected)}`", ob.span,
                  f"expected `{ty_str(expected)}`, found `{ty_str(found)}`")


def _tys(args):
    return [a for a in args if not isinstance(a, (T.Region, int))]
