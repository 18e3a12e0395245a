"""Illegal moves found while gathering move paths (rustc's move_errors.rs):

- E0507 "cannot move out of `*r` which is behind a shared reference" (or "a mutable
  reference"), "cannot move out of index of `Vec<String>`" (an overloaded index),
  "cannot move out of an `Rc`"-like derefs ("cannot move out of dereference of `Rc<T>`");
- E0508 "cannot move out of type `[T; N]`, a non-copy array" (also slices);
- E0509 "cannot move out of type `D`, which implements the `Drop` trait".
The primary span is the moving statement's span (the moved expression).
"""
from __future__ import annotations

from ..diagnostics import registry
from ..mir import ir
from ..mir.place_ty import place_ty
from ..syntax import ast
from ..types import ty as T
from .describe_place import describe_place


def report_illegal_moves(body: ir.Body, data, typed) -> list:
    diags = []
    seen = set()
    for err in data.illegal_moves:
        key = (err.location, err.place)
        if key in seen:
            continue
        seen.add(key)
        diags.append(_report(body, err, typed))
    return diags


def _ty_str(ty) -> str:
    from ..types.ty_display import ty_str

    return ty_str(ty)


def _report(body, err, typed):
    span = body.span_of(err.location)
    moved_ty = place_ty(body, err.place)
    name = describe_place(body, err.place)
    name_text = f"`{name}`" if name else "value"
    reason = registry.text("E0507.label.move_reason", name=name_text, ty=_ty_str(moved_ty))
    if err.kind == "borrowed":
        target_ty = place_ty(body, err.base.deref())
        if isinstance(target_ty, (T.Array, T.Slice)):
            # moving an element out of `*slice_ref`: rustc blames the slice, not the reference
            kind = "array" if isinstance(target_ty, T.Array) else "slice"
            diag = registry.error("E0508", span, registry.text("E0508.label.here"), ty=_ty_str(target_ty), kind=kind)
            diag.label(span, reason)
            return diag
        what = _borrowed_what(body, err, typed)
        diag = registry.error("E0507", span, reason, what=what)
        _borrow_help(diag, body, err, span)
        return diag
    if err.kind in ("array", "slice"):
        diag = registry.error("E0508", span, registry.text("E0508.label.here"), ty=_ty_str(err.container_ty),
                              kind=err.kind)
        diag.label(span, reason)
        return diag
    diag = registry.error("E0509", span, registry.text("E0508.label.here"), ty=_ty_str(err.container_ty))
    diag.label(span, reason)
    return diag


def _borrowed_what(body, err, typed) -> str:
    base = err.base
    decl = body.local_decls[base.local]
    origin = decl.origin
    if base.is_local and decl.kind == ir.LocalKind.TEMP and decl.info == ir.LocalInfo.DEREF_TEMP:
        if isinstance(origin, ast.Index):
            return f"index of `{_ty_str(_container_ty(typed, origin))}`"
        return f"dereference of `{_ty_str(decl.ty)}`"
    described = describe_place(body, err.place)
    base_ty = place_ty(body, base)
    kind = "a mutable reference" if isinstance(base_ty, T.Ref) and base_ty.mutable else "a shared reference"
    if isinstance(base_ty, T.Ptr):
        kind = "a raw pointer"
    if described is None:
        return f"data in {kind.replace('a ', 'a ', 1)}"
    return f"`{described}` which is behind {kind}"


def _container_ty(typed, index_expr):
    ty = typed.expr_types.get(index_expr.base, T.ERROR)
    while isinstance(ty, T.Ref):
        ty = ty.inner
    return ty


def _borrow_help(diag, body, err, span) -> None:
    stmt = body.stmt_at(err.location)
    if isinstance(stmt, ir.Assign) and isinstance(stmt.rvalue, ir.Use):
        diag.help(registry.text("E0507.help.borrow"), span.shrink_to_lo(), "&", "MaybeIncorrect")
