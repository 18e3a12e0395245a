"""The std macros the front end knows (`println!`, `format!`, `vec!`, `assert_eq!`, ...).

Format arguments are checked without expectation and must implement the formatting trait
their placeholder asks for (`{}` Display, `{:?}` Debug, `{:x}` LowerHex, ...); width and
precision arguments are `usize`. `write!`/`writeln!` call `write_fmt` on the destination
through ordinary method lookup (so `fmt::Write`/`io::Write` must be in scope, as in rustc).
"""
from __future__ import annotations

from ..syntax import ast
from . import ty as T
from .check_expr import check_expr, check_expr_coerce
from .method_lookup import lookup_method
from .pattern_check import check_pat, declare_bindings
from .typed_crate import Callee

FMT_TRAITS = {"": "std::fmt::Display", "?": "std::fmt::Debug", "x?": "std::fmt::Debug",
              "X?": "std::fmt::Debug", "x": "std::fmt::LowerHex", "X": "std::fmt::UpperHex",
              "o": "std::fmt::Octal", "b": "std::fmt::Binary", "e": "std::fmt::LowerExp",
              "E": "std::fmt::UpperExp"}
VEC = "std::vec::Vec"
STRING = "std::string::String"
ARGUMENTS = "std::fmt::Arguments"


def check_format_args(fcx, fmt) -> None:
    if fmt is None:
        return
    tys = [check_expr(fcx, a, None) for a in fmt.args]
    needs: dict = {}
    counts = set()
    for piece in fmt.pieces:
        if isinstance(piece, str):
            continue
        trait = FMT_TRAITS.get(piece.spec.kind, "std::fmt::Display")
        needs.setdefault(piece.arg, {}).setdefault(trait, piece.span)  # the first placeholder: error label
        for v in (piece.spec.width, piece.spec.precision):
            if isinstance(v, str) and v.isdigit():
                counts.add(int(v))
            elif isinstance(v, str) and v != "*":
                idx = dict(fmt.names).get(v)
                if idx is not None:
                    counts.add(idx)
    for i, (a, t) in enumerate(zip(fmt.args, tys)):
        if i in counts:
            while type(fcx.shallow(t)) is T.Ref:
                t = fcx.shallow(t).inner  # `width = w` with `w: &usize` is accepted too
            if not fcx.unify(t, T.USIZE):
                fcx.mismatch(a.span, T.USIZE, t)
        for tid, placeholder in sorted(needs.get(i, {}).items()):
            fcx.register_bound(tid, t, (), a.span, "fmt", (tid, placeholder, t))


def check_macro(fcx, e: ast.MacroCall, expected) -> T.Ty:
    name = e.name
    if name in ("println", "print", "eprintln", "eprint"):
        check_format_args(fcx, e.fmt)
        return T.UNIT
    if name == "format":
        check_format_args(fcx, e.fmt)
        return T.Adt(STRING, ())
    if name == "format_args":
        check_format_args(fcx, e.fmt)
        return T.Adt(ARGUMENTS, (T.ERASED,))
    if name in ("panic", "unreachable", "todo", "unimplemented"):
        for a in e.args:
            check_expr(fcx, a, None)
        check_format_args(fcx, e.fmt)
        return T.NEVER
    if name in ("assert", "debug_assert"):
        if e.args:
            check_expr_coerce(fcx, e.args[0], T.BOOL)
        for a in e.args[1:]:
            check_expr(fcx, a, None)
        check_format_args(fcx, e.fmt)
        return T.UNIT
    if name in ("assert_eq", "assert_ne", "debug_assert_eq", "debug_assert_ne"):
        if len(e.args) >= 2:
            lt = check_expr(fcx, e.args[0], None)
            rt = check_expr(fcx, e.args[1], lt)
            _require_eq(fcx, e, lt, rt)
            fcx.register_bound("std::fmt::Debug", lt, (), e.args[0].span, "fmt", "std::fmt::Debug")
            fcx.register_bound("std::fmt::Debug", rt, (), e.args[1].span, "fmt", "std::fmt::Debug")
        for a in e.args[2:]:
            check_expr(fcx, a, None)
        check_format_args(fcx, e.fmt)
        return T.UNIT
    if name == "vec":
        return _check_vec(fcx, e, expected)
    if name == "matches":
        t = check_expr(fcx, e.args[0], None) if e.args else T.ERROR
        fcx.push_scope()
        if e.pattern is not None:
            declare_bindings(fcx, check_pat(fcx, e.pattern, t))
        if e.guard is not None:
            check_expr_coerce(fcx, e.guard, T.BOOL)
        fcx.pop_scope()
        return T.BOOL
    if name == "dbg":
        tys = [check_expr(fcx, a, None) for a in e.args]
        for a, t in zip(e.args, tys):
            fcx.register_bound("std::fmt::Debug", t, (), a.span, "fmt", "std::fmt::Debug")
        if len(tys) == 1:
            return tys[0]
        return T.Tuple(tuple(tys))
    if name in ("write", "writeln"):
        return _check_write(fcx, e)
    fcx.unsupported(e.span, f"the `{name}!` macro")
    return T.ERROR


def _require_eq(fcx, e, lt, rt) -> None:
    from .check_ops import _is_scalar

    if _is_scalar(fcx, lt):
        if not fcx.unify(lt, rt):
            fcx.mismatch(e.args[1].span, lt, rt)
        return
    fcx.register_bound("std::cmp::PartialEq", lt, (rt,), e.name_span, "binop", "==")


def _check_vec(fcx, e, expected) -> T.Ty:
    exp = fcx.shallow(expected) if expected is not None else None
    if type(exp) is T.Adt and exp.def_id == VEC and exp.args:
        elem = exp.args[0]
    else:
        elem = fcx.new_var(e.span)
    if e.vec_repeat is not None:
        value, count = e.vec_repeat
        check_expr_coerce(fcx, value, elem)
        check_expr_coerce(fcx, count, T.USIZE)
        fcx.register_bound("std::clone::Clone", elem, (), value.span, "vec")
    else:
        from .coercion import coerce

        for a in e.args:
            t = check_expr(fcx, a, elem)
            if not coerce(fcx, a, t, elem):
                fcx.mismatch(a.span, elem, t)
    return T.Adt(VEC, (elem,))


def _check_write(fcx, e) -> T.Ty:
    if not e.args:
        fcx.unsupported(e.span, "`write!` without a destination")
        return T.ERROR
    dest = e.args[0]
    dt = check_expr(fcx, dest, None)
    check_format_args(fcx, e.fmt)
    pick = lookup_method(fcx, dt, "write_fmt", e.name_span)
    if pick is None:
        fcx.error("E0599.tc_cannot_write_into", dest.span, dt_ty=fcx.show(dt))
        return T.ERROR
    if pick.adjustments:
        fcx.adjustments[dest] = tuple(fcx.adjustments.get(dest, ())) + pick.adjustments
    ret = fcx.normalize(pick.ret, e.span)
    fcx.callees[e] = Callee(pick.fn_id, pick.container, (), pick.params, ret)
    return ret
