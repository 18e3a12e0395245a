"""Illegal moves found while gathering move paths (rustc's move_errors.rs):

- E0507 "cannot move out of `*r` which is behind a shared reference" (or "a mutable
  reference"), "cannot move out of index of `Vec<String>`" (an overloaded index),
  "cannot move out of an `Rc`"-like derefs ("cannot move out of dereference of `Rc<T>`");
- E0508 "cannot move out of type `[T; N]`, a non-copy array" (also slices);
- E0509 "cannot move out of type `D`, which implements the `Drop` trait".
The primary span is the moving statement's span (the moved expression); a by-value pattern
binding is reported at the matched place, naming it (`r as enum variant `Some``), with
"data moved here" at the binding and a remove-`*` / remove-`&` / borrow suggestion.
"""
from __future__ import annotations

from ..diagnostics import registry
from ..mir import ir
from ..mir.place_ty import place_ty
from ..source.span import Span
from ..syntax import ast
from ..types import ty as T
from .describe_place import describe_place


def report_illegal_moves(body: ir.Body, data, typed) -> list:
    diags = []
    seen = set()
    for err in data.illegal_moves:
        scrutinee = _pattern_scrutinee_span(body, err)
        key = scrutinee if scrutinee is not None else (err.location, err.place)
        if key in seen:
            continue
        seen.add(key)
        diags.append(_report(body, err, typed))
    return diags


def _ty_str(ty) -> str:
    from ..types.ty_display import ty_str

    return ty_str(ty)


def _pattern_scrutinee_span(body, err):
    """A move by a pattern binding (`Some(x) => ..` out of `*r`) is reported at the matched
    place (the scrutinee), as rustc does; None for other moves."""
    stmt = body.stmt_at(err.location)
    if not isinstance(stmt, ir.Assign) or not stmt.place.is_local:
        return None
    decl = body.local_decls[stmt.place.local]
    if decl.kind != ir.LocalKind.VAR or decl.pat_span is None or decl.pat_span == decl.span:
        return None
    # the matched place read nearest to the binding (`match e {..}` precedes its patterns,
    # `if let P = e` / `let P = e` follow theirs)
    best = None
    for bb in body.blocks:
        for s in bb.statements:
            if isinstance(s, ir.FakeRead) and s.cause in (ir.FakeReadCause.FOR_MATCHED_PLACE, ir.FakeReadCause.FOR_LET) \
                    and s.place.is_prefix_of(err.place):
                if best is None or abs(s.span.lo - decl.span.lo) < abs(best.lo - decl.span.lo):
                    best = s.span
    return best


def _report_pattern_move(body, err, typed, scrutinee):
    """A by-value binding moving out of borrowed content: rustc names the matched place
    (`r as enum variant `Some``), labels the binding, and suggests removing the `*` of the
    scrutinee or the `&` of the pattern, or borrowing the scrutinee."""
    stmt = body.stmt_at(err.location)
    decl = body.local_decls[stmt.place.local]
    what = _borrowed_what(body, err, typed)
    variant = next((i for i, e in enumerate(err.place.projection) if isinstance(e, ir.Downcast) and e.name), None)
    if variant is not None and err.kind == "borrowed":
        # rustc names the moved place without downcasts and tuple-like fields:
        # `(self.state as Open).peer` is `self.state.peer`, `(*slot as Some).0` is `slot`
        kept = tuple(e for e in err.place.projection
                     if not isinstance(e, ir.Downcast) and not (isinstance(e, ir.Field) and str(e.name).isdigit()))
        prefix = ir.Place(err.place.local, kept)
        if prefix.projection and isinstance(prefix.projection[-1], ir.Deref):
            prefix = ir.Place(prefix.local, prefix.projection[:-1])
        described = describe_place(body, prefix)
        if described is not None:
            name = err.place.projection[variant].name
            what = f"`{described}` as enum variant `{name}` which is behind {_pointer_kind(body, err)}"
    diag = registry.error("E0507", scrutinee, None, what=what)
    diag.label(decl.span, "data moved here")
    diag.label(decl.span, registry.text("E0507.label.move_reason", name=f"`{decl.name}`",
                                        ty=_ty_str(decl.ty)))
    from ..source.span import Span
    from ..syntax.walk import iter_nodes

    crate = getattr(typed, "crate", None)
    nodes = list(iter_nodes(crate)) if crate is not None else []
    deref = next((n for n in nodes if isinstance(n, ast.Unary) and n.op == "*" and n.span == scrutinee), None)
    ref_pats = [n for n in nodes if isinstance(n, ast.RefPat) and not n.mutable
                and n.span.lo <= decl.span.lo and decl.span.hi <= n.span.hi]
    if deref is not None:
        diag.help("consider removing the dereference here", Span(deref.span.lo, deref.span.lo + 1), "",
                  "MachineApplicable")
    elif ref_pats:
        inner = max(ref_pats, key=lambda n: n.span.lo)
        diag.help("consider removing the borrow", Span(inner.span.lo, inner.span.lo + 1), "", "MachineApplicable")
    else:
        diag.help(registry.text("E0507.help.borrow"), scrutinee.shrink_to_lo(), "&", "MaybeIncorrect")
    return diag


def _pointer_kind(body, err) -> str:
    base_ty = place_ty(body, err.base)
    if isinstance(base_ty, T.Ptr):
        return "a raw pointer"
    return "a mutable reference" if isinstance(base_ty, T.Ref) and base_ty.mutable else "a shared reference"


def _report(body, err, typed):
    scrutinee = _pattern_scrutinee_span(body, err)
    if scrutinee is not None and err.kind == "borrowed" and \
            not isinstance(place_ty(body, err.base.deref()), (T.Array, T.Slice)) and \
            body.local_decls[err.base.local].info != ir.LocalInfo.DEREF_TEMP:
        return _report_pattern_move(body, err, typed, scrutinee)
    span = scrutinee or body.span_of(err.location)
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
            _borrow_help(diag, body, err, span, typed)
            return diag
        what = _borrowed_what(body, err, typed)
        diag = registry.error("E0507", span, reason, what=what)
        _borrow_help(diag, body, err, span, typed)
        return diag
    if err.kind in ("array", "slice"):
        diag = registry.error("E0508", span, registry.text("E0508.label.here"), ty=_ty_str(err.container_ty),
                              kind=err.kind)
        diag.label(span, reason)
        _borrow_help(diag, body, err, span, typed)
        return diag
    diag = registry.error("E0509", span, registry.text("E0508.label.here"), ty=_ty_str(err.container_ty))
    diag.label(span, reason)
    _borrow_help(diag, body, err, span, typed)
    return diag


def _borrowed_what(body, err, typed) -> str:
    base = err.base
    decl = body.local_decls[base.local]
    origin = decl.origin
    if base.is_local and decl.kind == ir.LocalKind.TEMP and decl.info == ir.LocalInfo.DEREF_TEMP:
        if isinstance(origin, ast.Index):
            return f"index of `{_ty_str(_container_ty(typed, origin))}`"
        from .mutability import _overloaded_deref_source

        pointer = _overloaded_deref_source(typed, decl)
        if pointer is not None:
            # rustc names the smart pointer dereferenced, `Rc`/`Arc` by kind
            return {"std::rc::Rc": "an `Rc`", "std::sync::Arc": "an `Arc`"}.get(
                pointer.def_id, f"dereference of `{_ty_str(pointer)}`")
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


def _borrow_help(diag, body, err, span, typed) -> None:
    """`let x = v[0];` -> "consider borrowing here" (`&v[0]`); a Clone type -> `.clone()`."""
    stmt = body.stmt_at(err.location)
    if not isinstance(stmt, ir.Assign) or not isinstance(stmt.rvalue, ir.Use):
        return
    dest = body.local_decls[stmt.place.local]
    if stmt.place.is_local and dest.kind == ir.LocalKind.VAR and dest.pat_span == dest.span:
        file = getattr(typed, "file", None)
        if file is not None and file.data[span.lo:span.lo + 1] == b"*":
            # `let x = *r;`: drop the `*` rather than add a `&`
            diag.help("consider removing the dereference here", Span(span.lo, span.lo + 1), "", "MaybeIncorrect")
        else:
            diag.help(registry.text("E0507.help.borrow"), span.shrink_to_lo(), "&", "MaybeIncorrect")
    ty = place_ty(body, err.place)
    info = getattr(typed, "adts", {}).get(getattr(ty, "def_id", None))
    if info is not None and (info.is_std or "Clone" in info.derives):
        from .source_context import node_at, text

        # `*r` -> `r.clone()`: clone through the reference instead of moving out of it
        deref = node_at(body.source, span, ast.Unary) if body.source is not None else None
        file = getattr(typed, "file", None)
        if deref is not None and deref.op == "*" and file is not None:
            diag.help("consider cloning the value if the performance cost is acceptable", span,
                      f"{text(file, deref.operand.span)}.clone()", "MachineApplicable")
            return
        diag.help("consider cloning the value if the performance cost is acceptable", span.shrink_to_hi(),
                  ".clone()", "MachineApplicable")
