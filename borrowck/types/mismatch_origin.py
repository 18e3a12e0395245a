"""Where the expected type of an E0308 came from, labelled as rustc labels it.

- the initializer of a `let` with a type annotation: "expected due to this" at the type;
- the value assigned to a local: "expected due to this type/value/parameter type" at the
  local's annotation, initializer or parameter type (else "expected due to the type of
  binding" at its pattern);
- an argument of a call to a known fn: "arguments to this function are incorrect" at the
  callee, and a note at the fn's definition marking the parameter;
- a value in return position (the body's tail, through blocks, `match` arms and `if`
  branches, or a `return` operand): "expected `T` because of return type" at the
  signature's return type.
Only the error path walks the body for these.
"""
from __future__ import annotations

from ..syntax import ast
from ..syntax.walk import iter_nodes
from . import ty as T
from .arg_count import note_fn_defined_here
from .ty_display import erase_for_display, ty_str


def label_origin(fcx, d, span, expected) -> None:
    body = fcx.fn_body
    if body is None:
        return
    for node in iter_nodes(body):
        cls = type(node)
        if cls is ast.Let and node.ty is not None and node.init is not None and _unparen(node.init).span == span:
            if not isinstance(_unparen(node.init), _BLOCK_LIKE):
                d.label(node.ty.span, "expected due to this")
            return
        if cls is ast.Assign and _unparen(node.rhs).span == span:
            if type(expected) is not T.Closure:  # rustc points at closures elsewhere
                _assigned_binding(fcx, d, node, span)
            return
        if (cls is ast.Call or cls is ast.MethodCall) and any(_unparen(a).span == span for a in node.args):
            _argument_of(fcx, d, node, [_unparen(a).span for a in node.args].index(span))
            return
    if len(fcx.ret_stack) == 1 and fcx.fn_ret_span is not None:
        found = _return_position(body, span)
        if found is not None:
            # an arm is coerced to the arms' merged type, whose regions are inferred
            shown = ty_str(erase_for_display(fcx.resolve(expected))) if found == "arm" \
                else _source(fcx, fcx.fn_ret_span)
            d.label(fcx.fn_ret_span, f"expected `{shown}` because of return type")


_BLOCK_LIKE = (ast.BlockExpr, ast.If, ast.Match)


def label_merge(fcx, d, span, expected) -> None:
    """`match` arms / `if` and `else` with incompatible types: rustc's labels on the earlier
    arms ("this is found to be of type `T`"), or on the `then` branch ("expected because of
    this"), and on the expression itself."""
    body = fcx.fn_body
    if body is None:
        return
    file = fcx.ccx.file

    def multiline(sp) -> bool:
        return file.line_col(sp.lo)[0] != file.line_col(sp.hi)[0]

    for node in iter_nodes(body):
        if type(node) is ast.Match:
            tails = [_branch_span(arm.body) for arm in node.arms]
            if span not in tails:
                continue
            k = tails.index(span)
            prior = [tails[i] for i in range(k) if type(fcx.resolve(fcx.expr_types.get(_unparen(node.arms[i].body),
                                                                                       T.ERROR))) is not T.Never]
            shown = ty_str(erase_for_display(fcx.resolve(expected)))
            any_multiline = multiline(span)
            if len(prior) <= 4:
                for sp in prior:
                    any_multiline |= multiline(sp)
                    d.label(sp, f"this is found to be of type `{shown}`")
            elif prior:
                any_multiline |= multiline(prior[-1])
                d.label(prior[-1], f"this and all prior arms are found to be of type `{shown}`")
            outer = node.span
            if any_multiline or not multiline(node.span):
                outer = type(span)(node.span.lo, node.scrutinee.span.hi)
            d.label(outer, "`match` arms have incompatible types")
            return
        if type(node) is ast.If and node.else_ is not None and _branch_span(node.else_) == span:
            d.label(_block_tail_span(node.then), "expected because of this")
            if multiline(node.span):
                d.label(node.span, "`if` and `else` have incompatible types")
            return


def _branch_span(e):
    e = _unparen(e)
    while type(e) is ast.BlockExpr and e.block.tail is not None:
        e = _unparen(e.block.tail)
    return e.span


def _block_tail_span(block):
    return _branch_span(block.tail) if block.tail is not None else block.span


def _unparen(e):
    while type(e) is ast.Paren:
        e = e.expr
    return e


def _source(fcx, span) -> str:
    return fcx.ccx.file.data[span.lo:span.hi].decode("utf-8", errors="replace")


def _argument_of(fcx, d, call, index) -> None:
    """An argument of a call to a known fn: rustc labels the callee and notes the fn's
    definition with the parameter the argument should match."""
    callee = fcx.callees.get(call)
    sig = fcx.items.fns.get(callee.def_id) if callee is not None else None
    if sig is None:
        return
    method = type(call) is ast.MethodCall
    d.label(call.method.span if method else call.func.span,
            f"arguments to this {'method' if method else 'function'} are incorrect")
    note_fn_defined_here(d, sig, (index,), method)


def _assigned_binding(fcx, d, assign, span) -> None:
    res = fcx.tables.resolutions.get(assign.lhs)
    pat = res.target if res is not None and res.kind == "local" else None
    if not isinstance(pat, ast.IdentPat):
        return
    primary, post = pat.span, ""
    for node in iter_nodes(fcx.fn_node if fcx.fn_node is not None else fcx.fn_body):
        if type(node) is ast.Let and node.pat is pat:
            if node.ty is not None:
                primary, post = node.ty.span, " type"
            elif node.init is not None:
                primary, post = node.init.span, " value"
            break
        if type(node) is ast.Param and node.pat is pat:
            primary, post = node.ty.span, " parameter type"
            break
    file = fcx.ccx.file
    if primary != pat.span and file.line_col(pat.span.hi)[0] != file.line_col(primary.lo)[0]:
        d.label(pat.span, "expected due to the type of binding")
        d.label(primary, f"expected due to this{post}")
    elif not post:
        d.label(primary, "expected due to the type of binding")
    else:
        d.label(primary, f"expected due to this{post}")


def _return_position(body: ast.Block, span):
    """"tail" / "arm" if the expression at span is in return position (an arm: the value of a
    `match` arm, coerced to the arms' merged type), else None."""
    for node in iter_nodes(body):
        if type(node) is ast.Return and node.value is not None and _unparen(node.value).span == span \
                and not _inside_closure(body, node):
            return "tail"
    return _tail_of_block(body, span, "tail")


def _tail_of_block(block, span, how):
    if block.tail is None:
        return None
    return _tail_of_expr(_unparen(block.tail), span, how)


def _tail_of_expr(e, span, how):
    if e.span == span and not isinstance(e, _BLOCK_LIKE):
        return how
    cls = type(e)
    if cls is ast.BlockExpr:
        return _tail_of_block(e.block, span, how)
    if cls is ast.If:
        got = _tail_of_block(e.then, span, how)
        if got is None and e.else_ is not None:
            got = _tail_of_expr(_unparen(e.else_), span, how)
        return got
    if cls is ast.Match:
        for arm in e.arms:
            body = _unparen(arm.body)
            got = "arm" if body.span == span and not isinstance(body, _BLOCK_LIKE) else \
                _tail_of_expr(body, span, how)
            if got is not None:
                return got
    return None


def _inside_closure(body, target) -> bool:
    for node in iter_nodes(body):
        if type(node) is ast.Closure and node.span.lo <= target.span.lo and target.span.hi <= node.span.hi:
            return True
    return False
