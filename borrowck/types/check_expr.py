"""Expression checking: one `check_<node>` per expression kind, driven by an expected type.

`check_expr(fcx, e, expected)` types `e` with `expected` as a hint (closures and literals
use it) and records the type; `check_expr_coerce(fcx, e, target)` is a coercion site: the
value must coerce to `target` (E0308 at the expression otherwise). Blocks, `if` and
`match` pass a coercion site down to their tails/arms, as rustc does, so a mismatch is
reported at the tail expression rather than at the whole block.
"""
from __future__ import annotations

import functools

from ..syntax import ast
from ..diagnostics import registry
from . import ty as T
from .coercion import coerce, coerce_or_report

LANG_RANGE = {
    (True, True, False): "std::ops::Range",
    (True, True, True): "std::ops::RangeInclusive",
    (True, False, False): "std::ops::RangeFrom",
    (False, True, False): "std::ops::RangeTo",
    (False, True, True): "std::ops::RangeToInclusive",
    (False, False, False): "std::ops::RangeFull",
}
_INT_NAMES = {"i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize"}


def check_expr(fcx, e, expected=None, site: bool = False) -> T.Ty:
    """site=True: `e` is a coercion site whose tails (blocks/if/match) coerce to expected."""
    handler = _handlers().get(type(e))
    if handler is None:
        what = getattr(e, "what", type(e).__name__)
        fcx.unsupported(e.span, what if isinstance(e, ast.Unsupported) else f"expression `{type(e).__name__}`")
        t = T.ERROR
    elif type(e) in _SITE_AWARE:
        t = handler(fcx, e, expected, site)
    else:
        t = handler(fcx, e, expected)
    fcx.expr_types[e] = t
    return t


def check_expr_coerce(fcx, e, target: T.Ty) -> T.Ty:
    if type(e) in _SITE_AWARE:
        t = check_expr(fcx, e, target, site=True)
        if type(fcx.shallow(t)) is T.Never:
            tgt = fcx.shallow(target)
            if type(tgt) is T.Infer and tgt.kind == "ty":
                fcx.icx.mark_diverging(tgt.index)  # falls back to `()` if nothing binds it
            return target
        if t is target:
            return target
        coerce_or_report(fcx, e, t, target)
        return target
    t = check_expr(fcx, e, target)
    coerce_or_report(fcx, e, t, target)
    return target


def check_expr_has_type(fcx, e, target: T.Ty) -> T.Ty:
    return check_expr_coerce(fcx, e, target)


# ───────────────────────────── literals and simple forms ─────────────────────────────


def check_lit(fcx, e: ast.Lit, expected) -> T.Ty:
    k = e.kind
    if k == "int":
        if e.suffix:
            if e.suffix in ("f32", "f64"):
                return T.Float(e.suffix)
            return T.Int(e.suffix)
        exp = fcx.shallow(expected) if expected is not None else None
        if type(exp) is T.Int:
            return exp
        return fcx.icx.new_var("int", e.span)
    if k == "float":
        if e.suffix:
            return T.Float(e.suffix)
        exp = fcx.shallow(expected) if expected is not None else None
        if type(exp) is T.Float:
            return exp
        return fcx.icx.new_var("float", e.span)
    if k == "str":
        return T.Ref(T.STATIC, False, T.STR)
    if k == "char":
        return T.CHAR
    if k == "bool":
        return T.BOOL
    if k == "byte":
        return T.Int("u8")
    if k == "bytestr":
        return T.Ref(T.STATIC, False, T.Array(T.Int("u8"), len(e.value)))
    fcx.unsupported(e.span, f"{k} literals")
    return T.ERROR


def check_paren(fcx, e: ast.Paren, expected, site=False) -> T.Ty:
    if site and expected is not None:
        return check_expr_coerce(fcx, e.expr, expected)
    return check_expr(fcx, e.expr, expected)


def check_tuple(fcx, e: ast.Tuple, expected) -> T.Ty:
    exp = fcx.shallow(expected) if expected is not None else None
    hints = exp.elems if type(exp) is T.Tuple and len(exp.elems) == len(e.elems) else (None,) * len(e.elems)
    out = []
    for x, h in zip(e.elems, hints):
        if h is not None:
            out.append(check_expr_coerce(fcx, x, h) if _coercible_hint(fcx, h) else check_expr(fcx, x, h))
        else:
            out.append(check_expr(fcx, x, None))
    return T.Tuple(tuple(out))


def _coercible_hint(fcx, h) -> bool:
    # only coerce to fully known hints; otherwise the element keeps its own type
    return type(fcx.shallow(h)) is not T.Infer


def check_array(fcx, e: ast.Array, expected) -> T.Ty:
    exp = fcx.shallow(expected) if expected is not None else None
    elem = exp.elem if type(exp) in (T.Array, T.Slice) else None
    if elem is None:
        elem = fcx.new_var(e.span)
        for x in e.elems:
            t = check_expr(fcx, x, elem)
            if not coerce(fcx, x, t, elem):
                fcx.mismatch(x.span, elem, t)
    else:
        for x in e.elems:
            check_expr_coerce(fcx, x, elem)
    return T.Array(elem, len(e.elems))


def check_array_repeat(fcx, e: ast.ArrayRepeat, expected) -> T.Ty:
    exp = fcx.shallow(expected) if expected is not None else None
    elem = exp.elem if type(exp) is T.Array else fcx.new_var(e.span)
    check_expr_coerce(fcx, e.elem, elem)
    n = const_usize(fcx, e.count)
    if n is not False:
        fcx.register_bound("std::marker::Copy", elem, (), e.elem.span, "repeat")
    return T.Array(elem, n if isinstance(n, int) else None)


def const_usize(fcx, e):
    """The value of an array length expression: an int, None (unknown), False (error)."""
    if isinstance(e, ast.Paren):
        return const_usize(fcx, e.expr)
    if isinstance(e, ast.Lit) and e.kind == "int":
        fcx.expr_types[e] = T.USIZE
        return e.value
    if isinstance(e, ast.PathExpr):
        segs = e.path.segments
        if len(segs) == 1 and fcx.lookup_local(segs[0].ident.name) is not None:
            fcx.error("E0435.tc_attempt_use_non", e.span, registry.text("E0435.tc_non_constant_value.label"))
            return False
        t = check_expr(fcx, e, T.USIZE)
        coerce_or_report(fcx, e, t, T.USIZE)
        res = fcx.tables.resolutions.get(e)
        if res is not None and res.kind == "const":
            info = fcx.items.consts.get(res.target)
            val = getattr(info, "value", None)
            if isinstance(val, ast.Lit) and val.kind == "int":
                return val.value
        return None
    for sub in _subexprs(e):
        if isinstance(sub, ast.PathExpr) and len(sub.path.segments) == 1 \
                and fcx.lookup_local(sub.path.segments[0].ident.name) is not None:
            fcx.error("E0435.tc_attempt_use_non", sub.span,
                      registry.text("E0435.tc_non_constant_value.label"))
            return False
    check_expr_coerce(fcx, e, T.USIZE)
    return None


def _subexprs(e):
    stack = [e]
    while stack:
        x = stack.pop()
        yield x
        for name in getattr(x, "__slots__", ()):
            v = getattr(x, name, None)
            if isinstance(v, ast.Node) and not isinstance(v, (ast.Ident, ast.Path)):
                stack.append(v)


def check_range(fcx, e: ast.Range, expected) -> T.Ty:
    key = (e.start is not None, e.end is not None, e.inclusive)
    def_id = LANG_RANGE.get(key)
    if def_id is None:
        fcx.unsupported(e.span, "this range form")
        return T.ERROR
    if def_id == "std::ops::RangeFull":
        return T.Adt(def_id, ())
    idx = fcx.new_var(e.span)
    exp = fcx.shallow(expected) if expected is not None else None
    if type(exp) is T.Adt and exp.def_id == def_id and exp.args:
        idx = exp.args[0]
    for part in (e.start, e.end):
        if part is not None:
            t = check_expr(fcx, part, idx)
            if not coerce(fcx, part, t, idx):
                fcx.mismatch(part.span, idx, t)
    return T.Adt(def_id, (idx,))


def check_cast(fcx, e: ast.Cast, expected) -> T.Ty:
    to = fcx.lower_type(e.ty)
    hint = to if type(fcx.shallow(to)) in (T.Int, T.Float) else None
    if type(fcx.shallow(to)) is T.Char and type(e.expr) is ast.Lit and e.expr.kind == "int" and e.expr.suffix is None:
        hint = T.Int("u8")  # rustc types an unsuffixed literal cast to `char` as `u8`
    t = check_expr(fcx, e.expr, hint if hint is not None and _is_lit(e.expr) else None)
    if type(fcx.shallow(to)) in (T.Slice, T.Str, T.Dyn):
        fcx.error("E0620.tc_cast_to_unsized", e.span, s_ty=fcx.show(t), d_ty=fcx.show(to))
        return T.ERROR
    if _unsizes_to_dyn(fcx, t, to):
        # `Box::new(f) as Box<dyn Fn()>`, `&x as &dyn Trait`: a cast that is a coercion
        from .coercion import coerce
        if coerce(fcx, e.expr, t, to):
            return to
    fcx.deferred_casts.append((e, t, to))
    return to


def _unsizes_to_dyn(fcx, t, to) -> bool:
    """t is a Box or reference of a sized type and `to` the same pointer to a `dyn`."""
    s, d = fcx.shallow(t), fcx.shallow(to)
    if type(s) is T.Ref and type(d) is T.Ref:
        s, d = fcx.shallow(s.inner), fcx.shallow(d.inner)
    elif type(s) is T.Adt and type(d) is T.Adt and s.def_id == d.def_id == "std::boxed::Box" \
            and s.args and d.args:
        s, d = fcx.shallow(s.args[0]), fcx.shallow(d.args[0])
    else:
        return False
    return type(d) is T.Dyn and type(s) not in (T.Dyn, T.Infer, T.Error)


def _is_lit(e) -> bool:
    return isinstance(e, ast.Lit) or (isinstance(e, ast.Unary) and e.op == "-" and isinstance(e.operand, ast.Lit))


def check_addr_of(fcx, e: ast.AddrOf, expected) -> T.Ty:
    exp = fcx.shallow(expected) if expected is not None else None
    hint = None
    if type(exp) is T.Ref:
        inner = fcx.shallow(exp.inner)
        # `&[1, 2]` expected as `&[T]`: check the array with the slice's element hint
        hint = inner
    t = check_expr(fcx, e.operand, hint)
    return T.Ref(T.ERASED, e.mutable, t)


# ───────────────────────────── blocks and statements ─────────────────────────────


def check_block_expr(fcx, e: ast.BlockExpr, expected, site=False) -> T.Ty:
    if e.kind in ("async",):
        fcx.unsupported(e.span, "async blocks")
        return T.ERROR
    if e.label is not None:
        from .check_control import check_labeled_block

        return check_labeled_block(fcx, e, expected, site)
    return check_block(fcx, e.block, expected, site)


def check_block(fcx, b: ast.Block, expected, site=False) -> T.Ty:
    from .check_stmt import check_stmt

    saved_scope = fcx.scope
    fcx.scope = fcx.items.block_scope(b, fcx.scope)
    fcx.push_scope()
    diverges = False
    try:
        for s in b.stmts:
            if check_stmt(fcx, s):
                diverges = True
        if b.tail is not None:
            if site and expected is not None:
                t = check_expr_coerce(fcx, b.tail, expected)
                tail_t = fcx.expr_types.get(b.tail, t)
                if type(fcx.shallow(tail_t)) is T.Never:
                    return T.NEVER
                return expected
            t = check_expr(fcx, b.tail, expected)
            return t
        if diverges:
            return T.NEVER
        if site and expected is not None:
            exp = fcx.shallow(expected)
            if not fcx.unify(exp, T.UNIT):
                # a fn body without a tail: rustc blames the declared return type
                span = fcx.fn_ret_span if b is fcx.fn_body else b.span
                fcx.mismatch(span, expected, T.UNIT)
            return expected
        return T.UNIT
    finally:
        fcx.pop_scope()
        fcx.scope = saved_scope


@functools.cache
def _handlers() -> dict:
    """Built on first use: the handler modules import this one, so importing any of them
    first must not find this module half-initialised."""
    from . import check_call, check_closure, check_control, check_macro, check_ops, check_path, check_place

    return {
        ast.Lit: check_lit,
        ast.Paren: check_paren,
        ast.Tuple: check_tuple,
        ast.Array: check_array,
        ast.ArrayRepeat: check_array_repeat,
        ast.Range: check_range,
        ast.Cast: check_cast,
        ast.AddrOf: check_addr_of,
        ast.BlockExpr: check_block_expr,
        ast.PathExpr: check_path.check_path_expr,
        ast.Call: check_call.check_call,
        ast.MethodCall: check_call.check_method_call,
        ast.Field: check_place.check_field,
        ast.Index: check_ops.check_index,
        ast.Unary: check_ops.check_unary,
        ast.Binary: check_ops.check_binary,
        ast.Assign: check_ops.check_assign,
        ast.CompoundAssign: check_ops.check_compound_assign,
        ast.StructLit: check_place.check_struct_lit,
        ast.If: check_control.check_if,
        ast.Match: check_control.check_match,
        ast.While: check_control.check_while,
        ast.Loop: check_control.check_loop,
        ast.For: check_control.check_for,
        ast.Break: check_control.check_break,
        ast.Continue: check_control.check_continue,
        ast.Return: check_control.check_return,
        ast.Try: check_control.check_try,
        ast.LetCond: check_control.check_let_cond,
        ast.Closure: check_closure.check_closure,
        ast.MacroCall: check_macro.check_macro,
    }


_SITE_AWARE = {ast.BlockExpr, ast.If, ast.Match, ast.Paren}
