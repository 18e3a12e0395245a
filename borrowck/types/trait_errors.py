"""E0277 (and related) reports for obligations that do not hold, in rustc's words.

The message depends on the trait (Send/Sync name the innermost failing type: `Rc<..>`
cannot be sent between threads safely), and on the cause (formatting, operators,
`?` conversions, `collect`/`sum`); the primary span is the obligation's span (the
argument that introduced it, e.g. the closure passed to `thread::spawn`).
"""
from __future__ import annotations

from ..diagnostics import registry
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
    # one report per failing predicate and span: an operator's bound and the normalization
    # of its `Output` fail together once fallback decides the operand types
    key = ("unsatisfied", ob.span, tid, shown, tuple(ty_str(fcx.resolve(a)) for a in _tys(tr.args)))
    if key in fcx.reported_vars:
        fcx.has_errors = True
        return
    fcx.reported_vars.add(key)
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
        d = fcx.error("E0277.tc_cannot_between_threads", ob.span,
                      registry.text("E0277.tc_cannot_between_threads.label", leaf=leaf, how=how), leaf=leaf,
                      how=how)
        d.help(f"the trait `{short_name(leaf_tid)}` is not implemented for `{leaf}`")
        return
    # only Display and Debug carry an on_unimplemented note; `{:x}`, `{:e}`, ... report the bound
    if ob.cause == "fmt" and tid in ("std::fmt::Display", "std::fmt::Debug"):
        trait = "std::fmt::Display" if tid == "std::fmt::Display" else short_name(tid)
        fcx.error("E0277.tc_doesn_t_implement", ob.span,
                  registry.text("E0277.tc_cannot_formatted.label", shown=shown,
                                word='with the default formatter' if trait.endswith('Display') else 'using `{:?}`'),
                  shown=shown, trait=trait)
        return
    from .check_ops import _PREP as PREP, ARITH

    if ob.cause == "binop" and ob.data in ARITH and ARITH[ob.data][2] in PREP and tr.args:
        verb = ARITH[ob.data][2]
        rt = ty_str(fcx.resolve(tr.args[0]))
        fcx.error("E0277.tc_cannot", ob.span,
                  registry.text("E0277.tc_no_implementation.label", rt_ty=rt, lt_ty=shown, op=ob.data),
                  verb=verb, rt_ty=rt, prep=PREP[verb], lt_ty=shown)
        return
    if ob.cause == "binop" and tid == "std::cmp::PartialEq":
        other = ty_str(fcx.resolve(tr.args[0])) if tr.args else shown
        fcx.error("E0277.tc_can_t_compare", ob.span,
                  registry.text("E0277.tc_no_implementation.label2", shown=shown, other=other), shown=shown,
                  other=other)
        return
    if ob.cause == "try_from":
        fcx.error("E0277.tc_couldn_t_convert", ob.span,
                  registry.text("E0277.tc_trait_from_not.label", shown=shown,
                                data=ty_str(fcx.resolve(ob.data))),
                  shown=shown)
        return
    if tid == "std::iter::FromIterator" and tr.args:
        fcx.error("E0277.tc_value_cannot_built", ob.span, shown=shown, args=ty_str(fcx.resolve(tr.args[0])))
        return
    if tid == "std::iter::Sum" and tr.args:
        fcx.error("E0277.tc_value_cannot_made", ob.span, shown=shown, args=ty_str(fcx.resolve(tr.args[0])))
        return
    if tid == "std::marker::Copy" and ob.cause == "repeat":
        fcx.error("E0277.tc_trait_bound_copy", ob.span, shown=shown)
        return
    if tid in ("std::ops::Fn", "std::ops::FnMut", "std::ops::FnOnce"):
        fcx.error("E0277.tc_expected_closure", ob.span, trait=short_name(tid), shown=shown)
        return
    args = ""
    if tr.args:
        args = "<" + ", ".join(ty_str(fcx.resolve(a)) for a in _tys(tr.args)) + ">"
    fcx.error("E0277.tc_trait_bound_not", ob.span,
              registry.text("E0277.tc_trait_not_implemented.label", shown=shown, trait=short_name(tid),
                            args=args),
              shown=shown, trait=short_name(tid), args=args)


def report_projection_mismatch(fcx, ob, got) -> None:
    pred = ob.pred
    expected = fcx.resolve(pred.ty)
    found = fcx.resolve(got)
    if type(expected) is T.Error or type(found) is T.Error:
        return
    tid = pred.trait_ref.trait_id
    if tid in ("std::ops::Fn", "std::ops::FnMut", "std::ops::FnOnce"):
        fcx.error("E0271.tc_expected_return_but", ob.span,
                  self_ty=ty_str(fcx.resolve(pred.trait_ref.self_ty)), expected=ty_str(expected),
                  found=ty_str(found))
        return
    fcx.error("E0271.tc_mismatch_resolving_as", ob.span,
              registry.text("E0271.tc_expected.label", expected=ty_str(expected), found=ty_str(found)),
              self_ty=ty_str(fcx.resolve(pred.trait_ref.self_ty)), trait=short_name(tid), name=pred.name,
              expected=ty_str(expected))


def _tys(args):
    return [a for a in args if not isinstance(a, (T.Region, int))]
