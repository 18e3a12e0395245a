"""Closures: the closure value (an Aggregate of its captures) in the defining body, and
the closure's own Body, where each capture is a field of the environment (local 1).

Capture modes (TypedCrate.captures, edition 2021 disjoint places):
    "ref"     -> operand `&place` (shared borrow held by the closure)
    "mut_ref" -> operand `&mut place` (`&uniq` when the place is reached through a `&mut`
                 behind an immutable binding: unique but not a mutation of the binding)
    "move"    -> `move place`;  "copy" -> `copy place`
"""
from __future__ import annotations

from ..types import ty as T
from . import ir
from .build_match import binding_span
from .build_expr import new_scheduled_temp
from .build_place import field_index, local_place, place_ty_b


def capture_place(b, cap, span) -> ir.Place:
    """The place a capture names, seen from the defining body (which may itself be a closure)."""
    projs = tuple(cap.projections)
    # a nested closure may capture (part of) a place the enclosing closure captured
    for n in range(len(projs), -1, -1):
        upvar = b.upvar_index.get((cap.root, projs[:n]))
        if upvar is not None:
            from .build_place import upvar_place

            place, rest = upvar_place(b, upvar), projs[n:]
            break
    else:
        place, rest = local_place(b, cap.root, _SpanHolder(span)), projs
    for p in rest:
        if p == "*":
            place = place.deref()
            continue
        ty = place_ty_b(b, place)
        index = field_index(b, ty, p)
        if index is None:
            b.unsupported(span, f"a closure capture of field `{p}`")
        if isinstance(ty, T.Tuple):
            fty = ty.elems[index]
        else:
            fty = b.props.field_ty(ty, 0, index)
        place = place.field(index, p, fty)
    return place


class _SpanHolder:
    def __init__(self, span):
        self.span = span


def capture_name(cap) -> str:
    root = cap.root
    name = root.ident.name if hasattr(root, "ident") else "self"
    fields = [p for p in cap.projections if p != "*"]
    return ".".join([name] + fields)


def root_is_mutable(cap) -> bool:
    root = cap.root
    if hasattr(root, "binding_mutable"):
        return root.binding_mutable
    return bool(getattr(root, "mutable", False)) and not getattr(root, "by_ref", False)


def capture_mutability(b, cap) -> bool:
    """Whether the captured place may be mutated (rustc's determine_capture_mutability): the
    binding's `mut`, made mutable by a deref of `&mut`, immutable after a deref of `&`."""
    mutable = root_is_mutable(cap)
    ty = b.typed.binding_types.get(cap.root)
    for p in cap.projections:
        if ty is None:
            break
        if p == "*":
            if isinstance(ty, T.Ref):
                if not ty.mutable:
                    return False
                mutable = True
                ty = ty.inner
            else:
                from .place_ty import deref_ty

                ty = deref_ty(ty)
        elif isinstance(ty, T.Tuple) and p.isdigit() and int(p) < len(ty.elems):
            ty = ty.elems[int(p)]
        else:
            index = field_index(b, ty, p)
            ty = b.props.field_ty(ty, 0, index) if index is not None else None
    return mutable


def lower_closure(b, dest, expr) -> None:
    cty = b.ty_of(expr)
    if not isinstance(cty, T.Closure):
        b.unsupported(expr.span, "a closure without a closure type")
    caps = b.typed.captures.get(expr, ())
    ops = []
    head = closure_head_span(expr)
    for cap in caps:
        place = capture_place(b, cap, head)
        if cap.mode in ("ref", "mut_ref"):
            mutable = cap.mode == "mut_ref"
            kind = ir.BorrowKind.SHARED
            if mutable:
                # an immutable captured place is reported inside the closure body, not here
                unique = _through_immutable_mut_ref(b, place) or not capture_mutability(b, cap)
                kind = ir.BorrowKind.UNIQUE if unique else ir.BorrowKind.MUT
            temp = new_scheduled_temp(b, T.Ref(T.ERASED, mutable, cap.ty), head, origin=cap)
            b.assign(ir.Place(temp), ir.Ref(kind, place), head)
            ops.append(ir.Move(ir.Place(temp)))
        elif cap.mode == "copy":
            ops.append(ir.Copy(place))
        else:
            ops.append(ir.Move(place))
    b.assign(dest, ir.Aggregate(ir.AggregateKind.CLOSURE, tuple(ops), cty, cty.def_id,
                                field_names=tuple(capture_name(c) for c in caps)), expr.span)
    if b.unsafe_depth:
        b.ctx.unsafe_closures.add(cty.def_id)
    b.ctx.queue_closure(expr, cty, b.def_id)


def closure_head_span(expr):
    """`move |a, b|`: the part of a closure rustc points at for its captures."""
    from ..source.span import Span

    hi = expr.params[-1].span.hi + 1 if expr.params else expr.body.span.lo - 1
    return Span(expr.span.lo, hi) if expr.span.lo < hi <= expr.span.hi else expr.span


def _through_immutable_mut_ref(b, place: ir.Place) -> bool:
    """`*r` (or a field below it) where r: &mut T is an immutable binding."""
    if not place.is_indirect:
        return False
    first_deref = next(i for i, e in enumerate(place.projection) if isinstance(e, ir.Deref))
    base = ir.Place(place.local, place.projection[:first_deref])
    ty = place_ty_b(b, base)
    return isinstance(ty, T.Ref) and ty.mutable and not b.locals[place.local].mutable


def setup_closure_body(b, expr, cty) -> None:
    """Locals of a closure body: return place, environment, declared params; the upvars."""
    from .build_match import bind_irrefutable, declare_bindings, is_simple_binding

    b.closure_kind = cty.kind
    b.new_local(ir.LocalDecl(cty.ret, expr.body.span, ir.LocalKind.RETURN, mutable=True))
    env_ty = cty if cty.kind == "FnOnce" else T.Ref(T.ERASED, cty.kind == "FnMut", cty)
    # a by-value environment is mutable, so `FnOnce` bodies may mutate their by-value captures
    b.env_local = b.new_local(ir.LocalDecl(env_ty, expr.span, ir.LocalKind.ARG, internal=True,
                                           mutable=cty.kind == "FnOnce"))
    caps = b.typed.captures.get(expr, ())
    upvars = []
    for i, cap in enumerate(caps):
        up = ir.Upvar(i, capture_name(cap), cap.root, tuple(cap.projections), cap.mode, cap.ty,
                      capture_mutability(b, cap), cap.use_span or expr.span)
        upvars.append(up)
        b.upvar_index[(cap.root, tuple(cap.projections))] = up
    b.upvars = tuple(upvars)
    pending = []
    for i, param in enumerate(expr.params):
        ty = b.typed.pat_types.get(param.pat) or (cty.params[i] if i < len(cty.params) else T.ERROR)
        peeled = b.typed.pat_adjustments.get(param.pat)
        if peeled:  # `|(a, b)|` against `&(A, B)`: the argument is the reference itself
            ty = peeled[0]
        if is_simple_binding(b, param.pat):
            p = param.pat
            local = b.new_local(ir.LocalDecl(ty, binding_span(p), ir.LocalKind.ARG, mutable=p.mutable, name=p.ident.name,
                                             binding=p, pat_span=p.span,
                                             ty_span=param.ty.span if param.ty is not None else None))
            b.var_locals[p] = local
        else:
            local = b.new_local(ir.LocalDecl(ty, param.span, ir.LocalKind.ARG, internal=True))
            pending.append((param.pat, local))
    b.arg_count = len(b.locals) - 1
    return pending, declare_bindings, bind_irrefutable
