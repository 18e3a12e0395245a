"""Control flow: `if`/`if let`/let-chains, `match`, loops, `break`/`continue`/`return`, `?`.

Branches meet as rustc's CoerceMany does: with a known expected type (a coercion site)
every branch coerces to it; otherwise the first branch that does not diverge fixes the
type and later ones coerce to it. A diverging branch (`!`) never decides the type.
"""
from __future__ import annotations

from ..syntax import ast
from ..diagnostics import registry
from . import ty as T
from .check_expr import check_block, check_expr, check_expr_coerce
from .coercion import coerce
from .fn_ctxt import LoopFrame
from .typed_crate import Callee
from .pattern_check import check_pat, declare_bindings

OPTION = "std::option::Option"
RESULT = "std::result::Result"
INTO_ITER = "std::iter::IntoIterator"


class _Merge:
    """CoerceMany: the common type of several branches."""

    def __init__(self, fcx, expected, site):
        self.fcx = fcx
        # an unknown expected type is no target: the branches meet at their LUB first
        known = expected is not None and type(fcx.shallow(expected)) is not T.Infer
        self.target = expected if (site and known) else None
        self.hint = expected
        self.all_never = True
        self.prev = []  # (expr, type) of the branches merged so far

    def add(self, e, check) -> None:
        fcx = self.fcx
        if self.target is not None:
            t = check(e, self.target, True)
            actual = fcx.expr_types.get(e, t)
            if type(fcx.shallow(actual)) is not T.Never:
                self.all_never = False
            return
        t = check(e, self.hint, False)
        if type(fcx.shallow(t)) is T.Never:
            return
        self.all_never = False
        if self.first_ty is None:
            self.first_ty = t
            self.prev.append((e, t))
            return
        if self._try_coerce([(e, t)], self.first_ty):
            self.prev.append((e, t))
            return
        # rustc's LUB: else coerce every previous branch to the new type (`&String` arms
        # meeting a `&str` arm all become `&str`)
        if self._try_coerce(self.prev, t):
            self.first_ty = t
            self.prev.append((e, t))
            return
        ptr = self._fn_ptr_lub(t)
        n_deferred = len(fcx.deferred_fn_ptrs)
        if ptr is not None and self._try_coerce(self.prev + [(e, t)], ptr):
            # a capturing closure turns out to have no fn pointer: the arms are incompatible
            for i in range(n_deferred, len(fcx.deferred_fn_ptrs)):
                fcx.deferred_fn_ptrs[i] = fcx.deferred_fn_ptrs[i][:3] + (self.incompatible,)
            self.first_ty = ptr
            self.prev.append((e, t))
            return
        from .trait_errors import mismatch_error

        mismatch_error(fcx, self.incompatible, _tail_span(e), fcx.resolve(self.first_ty), fcx.resolve(t))

    def _fn_ptr_lub(self, t):
        """rustc's LUB of distinct fn items / non-capturing closures: a fn pointer of their
        common signature (captures are checked once known, as for any closure-to-fn-ptr)."""
        fcx = self.fcx
        kinds = (T.FnDef, T.Closure)
        tys = [fcx.shallow(x) for _, x in self.prev] + [fcx.shallow(t)]
        if not all(type(x) in kinds for x in tys):
            return None
        sig = fcx.solver.fn_like_sig(tys[0])
        if sig is None:
            return None
        span = self.prev[0][0].span
        return T.FnPtr(tuple(fcx.new_var(span) for _ in sig[0]), fcx.new_var(span))

    def _try_coerce(self, exprs, target) -> bool:
        """Coerce all of exprs to target, or none of them (no trace left on failure)."""
        fcx = self.fcx
        sites = [(_value_expr(x), t) for x, t in exprs]
        saved = {x: fcx.adjustments.get(x) for x, _ in sites}
        snap = fcx.icx.snapshot()
        if all(coerce(fcx, x, t, target) for x, t in sites):
            fcx.icx.commit(snap)
            return True
        fcx.icx.rollback_to(snap)
        for x, adjs in saved.items():
            if adjs is None:
                fcx.adjustments.pop(x, None)
            else:
                fcx.adjustments[x] = adjs
        return False

    first_ty = None
    prev: list = None
    incompatible = "E0308.tc_mismatched_types"  # registry key of the merge's message

    def result(self) -> T.Ty:
        if self.all_never:
            return T.NEVER
        if self.target is not None:
            return self.target
        return self.first_ty if self.first_ty is not None else T.UNIT


def _value_expr(e):
    """The expression whose value a branch produces (a block's tail), for adjustments."""
    while True:
        if isinstance(e, _BlockAsExpr) and e.block.tail is not None:
            e = e.block.tail
        elif isinstance(e, ast.BlockExpr) and e.block.tail is not None and e.label is None:
            e = e.block.tail
        else:
            return e


def _tail_span(e):
    while isinstance(e, ast.BlockExpr) and e.block.tail is not None:
        e = e.block.tail
    return e.span


def _check_branch(fcx):
    def check(e, expected, site):
        if site:
            return check_expr_coerce(fcx, e, expected)
        return check_expr(fcx, e, expected)
    return check


def check_cond(fcx, cond) -> None:
    """A condition: `bool`, `let PAT = EXPR`, or `&&` chains of those (bindings go into the
    current scope, which the caller opened for the `then` branch)."""
    if isinstance(cond, ast.LetCond):
        check_let_cond(fcx, cond, None)
        fcx.expr_types[cond] = T.BOOL
        return
    if isinstance(cond, ast.Binary) and cond.op == "&&" and _has_let(cond):
        check_cond(fcx, cond.lhs)
        check_cond(fcx, cond.rhs)
        fcx.expr_types[cond] = T.BOOL
        return
    check_expr_coerce(fcx, cond, T.BOOL)


def _has_let(e) -> bool:
    if isinstance(e, ast.LetCond):
        return True
    if isinstance(e, ast.Binary) and e.op == "&&":
        return _has_let(e.lhs) or _has_let(e.rhs)
    return False


def check_let_cond(fcx, e: ast.LetCond, expected) -> T.Ty:
    t = check_expr(fcx, e.scrutinee, None)
    bindings = check_pat(fcx, e.pat, t)
    declare_bindings(fcx, bindings)
    return T.BOOL


def check_if(fcx, e: ast.If, expected, site=False) -> T.Ty:
    fcx.push_scope()
    check_cond(fcx, e.cond)
    merge = _Merge(fcx, expected, site and e.else_ is not None)
    merge.incompatible = "E0308.tc_if_else_incompatible"
    check = _check_branch(fcx)
    then_expr = _BlockAsExpr(e.then)
    if e.else_ is None:
        from .unify import can_unify

        if site and expected is not None and can_unify(fcx.icx, expected, T.UNIT):
            check_block(fcx, e.then, T.UNIT, True)  # a statement: the tail must be `()`
            fcx.pop_scope()
            return T.UNIT
        t = fcx.shallow(check_block(fcx, e.then, T.UNIT, False))
        fcx.pop_scope()
        if type(t) is not T.Never and not fcx.unify(t, T.UNIT):
            from .trait_errors import missing_else

            missing_else(fcx, e, t)
            return T.ERROR  # like rustc: no further mismatches about this `if`'s value
        return T.UNIT
    merge.add(then_expr, lambda x, exp, s: _check_then(fcx, e.then, exp, s))
    fcx.pop_scope()
    merge.add(e.else_, check)
    return merge.result()


class _BlockAsExpr:
    """Lets a bare Block take part in a merge (its span for messages)."""

    def __init__(self, block):
        self.span = block.span
        self.block = block


def _check_then(fcx, block, expected, site):
    return check_block(fcx, block, expected, site)


def check_match(fcx, e: ast.Match, expected, site=False) -> T.Ty:
    st = check_expr(fcx, e.scrutinee, None)
    merge = _Merge(fcx, expected, site)
    merge.incompatible = "E0308.tc_match_arms_incompatible"
    check = _check_branch(fcx)
    for arm in e.arms:
        fcx.push_scope()
        bindings = check_pat(fcx, arm.pat, st)
        declare_bindings(fcx, bindings)
        if arm.guard is not None:
            check_cond(fcx, arm.guard)
        merge.add(arm.body, check)
        fcx.pop_scope()
    if not e.arms:
        return T.NEVER
    return merge.result()


def check_while(fcx, e: ast.While, expected) -> T.Ty:
    fcx.push_scope()
    check_cond(fcx, e.cond)
    fcx.loops.append(LoopFrame(_label(e.label), None))
    check_block(fcx, e.body, T.UNIT, True)
    fcx.loops.pop()
    fcx.pop_scope()
    return T.UNIT


def check_loop(fcx, e: ast.Loop, expected) -> T.Ty:
    frame = LoopFrame(_label(e.label), expected if expected is not None else fcx.new_var(e.span),
                      is_loop=True)
    fcx.loops.append(frame)
    check_block(fcx, e.body, T.UNIT, True)
    fcx.loops.pop()
    return frame.break_ty if frame.may_break else T.NEVER


def check_labeled_block(fcx, e: ast.BlockExpr, expected, site) -> T.Ty:
    frame = LoopFrame(_label(e.label), expected if expected is not None else fcx.new_var(e.span),
                      is_loop=True, is_block=True)
    fcx.loops.append(frame)
    t = check_block(fcx, e.block, frame.break_ty, True)
    fcx.loops.pop()
    return frame.break_ty if (frame.may_break or type(fcx.shallow(t)) is not T.Never) else T.NEVER


def check_for(fcx, e: ast.For, expected) -> T.Ty:
    it = check_expr(fcx, e.iter, None)
    it = fcx.structurally_resolve(it)
    fcx.register_bound(INTO_ITER, it, (), e.iter.span, "for")
    item = fcx.normalize(T.Alias(INTO_ITER, "Item", it, ()), e.iter.span)
    into = fcx.normalize(T.Alias(INTO_ITER, "IntoIter", it, ()), e.iter.span)
    # the loop calls `IntoIterator::into_iter(iter)` then `Iterator::next(&mut it)`
    fcx.callees[e] = Callee(INTO_ITER + "::into_iter", None, (it,), (it,), into)
    fcx.select_where_possible()
    fcx.push_scope()
    bindings = check_pat(fcx, e.pat, item)
    declare_bindings(fcx, bindings)
    fcx.loops.append(LoopFrame(_label(e.label), None))
    check_block(fcx, e.body, T.UNIT, True)
    fcx.loops.pop()
    fcx.pop_scope()
    return T.UNIT


def _label(lt):
    return lt.name if lt is not None else None


def _find_loop(fcx, label, span, keyword="break"):
    """Unlabeled: the innermost loop (labeled blocks need their label); labeled: by name."""
    for frame in reversed(fcx.loops):
        if label is None and not frame.is_block:
            return frame
        if label is not None and frame.label == label:
            return frame
    if label is None:
        if fcx.closure_stack:
            fcx.error("E0267.tc_inside_closure", span, f"cannot `{keyword}` inside of a closure", kw=keyword)
        elif keyword == "continue":
            fcx.error("E0268.tc_continue_outside_loop", span, f"cannot `continue` outside of a loop")
        else:
            fcx.error("E0268.tc_break_outside_loop", span)
    else:
        fcx.error("E0426.tc_use_undeclared_label", span, label_=label)
    return None


def check_break(fcx, e: ast.Break, expected) -> T.Ty:
    frame = _find_loop(fcx, _label(e.label), e.span)
    if frame is not None:
        frame.may_break = True
    if e.value is not None:
        if frame is not None and frame.break_ty is not None:
            check_expr_coerce(fcx, e.value, frame.break_ty)
        else:
            check_expr(fcx, e.value, None)
            if frame is not None:
                fcx.error("E0571.tc_break_with_value", e.span)
    elif frame is not None and frame.break_ty is not None:
        if not fcx.unify(frame.break_ty, T.UNIT):
            fcx.mismatch(e.span, frame.break_ty, T.UNIT)
    return T.NEVER


def check_continue(fcx, e: ast.Continue, expected) -> T.Ty:
    label = _label(e.label)
    if label is None or not any(f.label == label for f in fcx.loops):
        _find_loop(fcx, label, e.span, "continue")
    return T.NEVER


def check_return(fcx, e: ast.Return, expected) -> T.Ty:
    if fcx.fn_node is None and not fcx.closure_stack:  # a const/static initializer
        fcx.error("E0572.tc_return_outside_fn", e.span)
        if e.value is not None:
            check_expr(fcx, e.value, None)
        return T.NEVER
    ret = fcx.ret_stack[-1]
    if e.value is not None:
        check_expr_coerce(fcx, e.value, ret)
    elif not fcx.unify(ret, T.UNIT):
        fcx.error("E0069.tc_return_function_whose", e.span, registry.text("E0069.tc_return_not.label"))
    return T.NEVER


def check_try(fcx, e: ast.Try, expected) -> T.Ty:
    t = fcx.structurally_resolve(check_expr(fcx, e.expr, None))
    q_span = type(e.span)(e.span.hi - 1, e.span.hi)
    if type(t) is T.Error:
        return T.ERROR
    if type(t) is not T.Adt or t.def_id not in (OPTION, RESULT):
        fcx.error("E0277.tc_operator_can_only", e.span,
                  registry.text("E0277.tc_operator_cannot_applied.label", t_ty=fcx.show(t)))
        return T.ERROR
    ret = fcx.structurally_resolve(fcx.ret_stack[-1])
    if type(ret) is T.Infer:
        # a closure whose return type is not known yet: the residual decides it
        if t.def_id == OPTION:
            fcx.unify(ret, T.Adt(OPTION, (fcx.new_var(e.span),)))
        else:
            fcx.unify(ret, T.Adt(RESULT, (fcx.new_var(e.span), t.args[1])))
        ret = fcx.shallow(ret)
    if type(ret) is not T.Adt or ret.def_id not in (OPTION, RESULT) or ret.def_id != t.def_id:
        if type(ret) is T.Error:
            return t.args[0]
        in_closure = len(fcx.ret_stack) > 1
        where = "closure" if in_closure else "function"
        d = fcx.error("E0277.tc_operator_can_only2", q_span,
                      registry.text("E0277.tc_cannot_use_operator.label", where=where, ret=fcx.show(ret)),
                      where=where)
        if not in_closure:
            from .trait_errors import question_mark_context

            question_mark_context(fcx, d, t.def_id == RESULT and ret == T.UNIT)
        return t.args[0]
    if t.def_id == RESULT:
        err_from, err_to = t.args[1], ret.args[1]
        if not _same(fcx, err_from, err_to):
            fcx.register_bound("std::convert::From", err_to, (err_from,), q_span, "try_from", err_from)
    out = fcx.shallow(t.args[0])
    if type(out) is T.Infer and out.kind == "ty":
        # `x?` is a match whose other arm is `return`: its value joins a diverging variable,
        # so `Err(e)?;` falls back to `()` instead of needing an annotation
        fcx.icx.mark_diverging(out.index)
    return t.args[0]


def _same(fcx, a, b) -> bool:
    """Both error types already known and equal (no `From` conversion needed)."""
    from .type_fold import walk

    ra, rb = fcx.resolve(a), fcx.resolve(b)
    if any(type(x) is T.Infer for x in walk(ra)) or any(type(x) is T.Infer for x in walk(rb)):
        return False
    return fcx.unify(ra, rb) if ra == rb else False
