"""rustc's fix-it suggestions for an E0308 at an expression (its `emit_coerce_suggestions`).

- `T` where `&T` is expected (or `String`/`Vec<T>` where `&str`/`&[T]` is): "consider
  borrowing here" with `&`;
- one integer type where another is expected: a literal with a suffix gets "change the type
  of the numeric literal"; other values `.into()` when the conversion is lossless on every
  target, else `.try_into().unwrap()` "and panic if the converted value doesn't fit".
"""
from __future__ import annotations

from ..syntax import ast
from ..syntax.walk import iter_nodes
from . import ty as T

_INTS = {"i8": (True, 8), "i16": (True, 16), "i32": (True, 32), "i64": (True, 64), "i128": (True, 128),
         "isize": (True, None), "u8": (False, 8), "u16": (False, 16), "u32": (False, 32), "u64": (False, 64),
         "u128": (False, 128), "usize": (False, None)}
# expressions a method call or `&` attaches to without parentheses
_ATOMIC = (ast.PathExpr, ast.Call, ast.MethodCall, ast.Field, ast.Index, ast.Lit, ast.MacroCall, ast.Paren,
           ast.Tuple, ast.Array, ast.StructLit)


def suggest_fixes(fcx, d, span, expected, found) -> None:
    expr = _expr_at(fcx, span)
    if expr is None:
        return
    if type(expr) is ast.MacroCall:
        return  # rustc suggests no edit inside a macro's expansion
    if _borrow_fixes(expected, found):
        if _atomic(expr):
            d.help("consider mutably borrowing here" if expected.mutable else "consider borrowing here",
                   span.shrink_to_lo(), "&mut " if expected.mutable else "&", "MachineApplicable")
        return
    if type(expected) is T.Int and type(found) is T.Int and expected.name in _INTS and found.name in _INTS:
        _int_conversion(fcx, d, expr, expected.name, found.name)


def _borrow_fixes(expected, found) -> bool:
    if type(expected) is not T.Ref or type(found) in (T.Ref, T.Infer, T.Error):
        return False
    inner = expected.inner
    if inner == found:
        return True
    if type(inner) is T.Str:
        return type(found) is T.Adt and found.def_id == "std::string::String"
    if type(inner) is T.Slice:
        return (type(found) is T.Adt and found.def_id == "std::vec::Vec" and found.args[-1:] == (inner.elem,)) \
            or (type(found) is T.Array and found.elem == inner.elem)
    return False


def _int_conversion(fcx, d, expr, want: str, got: str) -> None:
    src = fcx.ccx.file.data[expr.span.lo:expr.span.hi].decode("utf-8", errors="replace")
    if _is_lit(expr) and src.endswith(got):
        d.help(f"change the type of the numeric literal from `{got}` to `{want}`",
               type(expr.span)(expr.span.hi - len(got), expr.span.hi), want, "MachineApplicable")
        return
    if not _atomic(expr):
        return
    if _lossless(got, want):
        d.help(f"you can convert {_a(got)} `{got}` to {_a(want)} `{want}`", expr.span.shrink_to_hi(), ".into()",
               "MachineApplicable")
    else:
        d.help(f"you can convert {_a(got)} `{got}` to {_a(want)} `{want}` and panic if the converted value "
               "doesn't fit", expr.span.shrink_to_hi(), ".try_into().unwrap()", "MaybeIncorrect")


def _lossless(got: str, want: str) -> bool:
    """`From<got> for want` exists (on every platform: isize/usize take only 8/16-bit sources)."""
    gs, gb = _INTS[got]
    ws, wb = _INTS[want]
    if gs and not ws:
        return False
    if wb is None:
        return gb is not None and gb <= 16 and (gs == ws or gb < 16)
    if gb is None:
        return False
    return gb < wb if gs != ws else gb <= wb


def _a(ty: str) -> str:
    return "an" if ty[0] in "aeio" else "a"


def _is_lit(expr) -> bool:
    return type(expr) is ast.Lit


def _atomic(expr) -> bool:
    return isinstance(expr, _ATOMIC)


def _expr_at(fcx, span):
    body = fcx.fn_body
    if body is None:
        return None
    for node in iter_nodes(body):
        if node.span == span and not isinstance(node, (ast.Block, ast.ExprStmt, ast.Path, ast.PathSegment,
                                                       ast.Ident)):
            return node  # the outermost expression with that span (pre-order)
    return None
