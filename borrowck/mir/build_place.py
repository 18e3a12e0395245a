"""Place expressions: locals, upvars, statics, fields, indexing, derefs, and adjustments.

`as_place(b, expr, mutable)` returns the Place an expression denotes, after its
adjustments (autoderef). Value expressions are evaluated into a temporary first.
`mutable` says the place will be written or mutably borrowed, which picks `IndexMut` /
`DerefMut` for overloaded indexing and derefs (rustc's "fixup" of mutable places).
"""
from __future__ import annotations

from ..syntax import ast
from ..types import ty as T
from . import ir
from .place_ty import deref_ty, place_ty, projection_ty


def adjustments_of(b, expr) -> tuple:
    return b.typed.adjustments.get(expr, ())


def adjusted_ty(b, expr):
    adjs = adjustments_of(b, expr)
    return adjs[-1].target if adjs else b.ty_of(expr)


def strip_parens(expr):
    while isinstance(expr, ast.Paren):
        expr = expr.expr
    return expr


def is_place_expr(b, expr) -> bool:
    """rustc's Category::Place: paths to locals/statics, fields, indexing, derefs."""
    expr = strip_parens(expr)
    if isinstance(expr, ast.PathExpr):
        res = b.typed.resolutions.get(expr)
        return res is not None and res.kind in ("local", "static")
    return isinstance(expr, (ast.Field, ast.Index)) or (isinstance(expr, ast.Unary) and expr.op == "*")


def as_place(b, expr, mutable: bool = False) -> ir.Place:
    adjs = adjustments_of(b, expr)
    if adjs and b.upvar_index:
        captured = _captured_path(b, expr, own_adjustments=True)
        if captured is not None:
            return captured
    if not adjs:
        return unadjusted_place(b, expr, mutable)
    from .build_adjust import apply_adjustments_place

    return apply_adjustments_place(b, expr, adjs, mutable)


def captured_with_leading_derefs(b, expr, adjs):
    """(place, remaining adjustments) when expr plus some leading deref adjustments names a
    captured place exactly (a closure capturing `*self` used as `self.method()`)."""
    k = 0
    while k < len(adjs) and adjs[k].kind == "deref":
        k += 1
    for n in range(k, 0, -1):
        place = _captured_path(b, expr, extra_derefs=n)
        if place is not None:
            return place, adjs[n:]
    return None


def unadjusted_place(b, expr, mutable: bool = False) -> ir.Place:
    as_temp_unadjusted = build_expr.as_temp_unadjusted
    inner = strip_parens(expr)
    if inner is not expr:
        return as_place(b, inner, mutable)
    if b.upvar_index and isinstance(expr, (ast.Field, ast.Unary)):
        captured = _captured_path(b, expr)
        if captured is not None:
            return captured
    if isinstance(expr, ast.PathExpr):
        res = b.typed.resolutions.get(expr)
        if res is not None and res.kind == "local":
            return local_place(b, res.target, expr)
        if res is not None and res.kind == "static":
            return static_place(b, expr, res)
    elif isinstance(expr, ast.Field):
        return field_place(b, expr, mutable)
    elif isinstance(expr, ast.Index):
        return index_place(b, expr, mutable)
    elif isinstance(expr, ast.Unary) and expr.op == "*":
        if expr in b.typed.callees:
            return overloaded_deref(b, as_place(b, expr.operand, mutable), mutable, b.ty_of(expr), expr.span)
        return as_place(b, expr.operand, mutable).deref()
    return ir.Place(as_temp_unadjusted(b, expr))


def local_place(b, binding, expr) -> ir.Place:
    guard_ref = b.guard_refs.get(binding)
    if guard_ref is not None:
        return ir.Place(guard_ref).deref()
    local = b.var_locals.get(binding)
    if local is not None:
        return ir.Place(local)
    upvar = b.upvar_index.get((binding, ()))
    if upvar is not None:
        return upvar_place(b, upvar)
    b.unsupported(expr.span, "use of a variable from an enclosing body that the closure does not capture")


def upvar_place(b, upvar) -> ir.Place:
    """The place of a captured variable inside a closure body: env field, derefed when by-ref."""
    env = ir.Place(b.env_local)
    if b.closure_kind in ("Fn", "FnMut"):
        env = env.deref()
    field_ty = T.Ref(T.ERASED, upvar.mode == "mut_ref", upvar.ty) if upvar.by_ref else upvar.ty
    place = env.field(upvar.index, upvar.name, field_ty)
    return place.deref() if upvar.by_ref else place


def static_place(b, expr, res) -> ir.Place:
    """`STATIC` is `*(&STATIC)` through a StaticRef temp, as in rustc; a `static mut` is
    `*(&raw mut STATIC)` (a `*mut T` temp), and using one outside `unsafe` is E0133."""
    ty = b.ty_of(expr)
    if b.ctx.static_is_mut(res.target):
        return _static_mut_place(b, expr, res, ty)
    temp = b.new_temp(T.Ref(T.STATIC, False, ty), expr.span, ir.LocalInfo.STATIC_REF, origin=expr)
    b.locals[temp] = _with(b.locals[temp], static_def=res.target)
    b.push(ir.StorageLive(temp, expr.span))
    from .build_scope import schedule_drop, temp_scope

    schedule_drop(b, temp, expr.span, temp_scope(b))
    b.assign(ir.Place(temp), ir.Use(ir.Constant("static_ref", res.target, T.Ref(T.STATIC, False, ty), expr.span,
                                                def_id=res.target)), expr.span)
    return ir.Place(temp).deref()


def _static_mut_place(b, expr, res, ty) -> ir.Place:
    from .build_scope import schedule_drop, temp_scope
    from .builder import MUT_STATIC_NOTE, unsafe_diagnostic

    if not b.unsafe_depth:
        b.ctx.diagnostics.append(unsafe_diagnostic(expr.span, "use of mutable static", MUT_STATIC_NOTE))
    ptr_ty = T.Ptr(True, ty)
    temp = b.new_temp(ptr_ty, expr.span, ir.LocalInfo.STATIC_REF, origin=expr)
    b.locals[temp] = _with(b.locals[temp], static_def=res.target)
    b.push(ir.StorageLive(temp, expr.span))
    schedule_drop(b, temp, expr.span, temp_scope(b))
    b.assign(ir.Place(temp), ir.Use(ir.Constant("static_ref", res.target, ptr_ty, expr.span, def_id=res.target)),
             expr.span)
    return ir.Place(temp).deref()


def _with(decl: ir.LocalDecl, **changes) -> ir.LocalDecl:
    from dataclasses import replace

    return replace(decl, **changes)


def field_place(b, expr: ast.Field, mutable: bool) -> ir.Place:
    base = as_place(b, expr.base, mutable)
    base_ty = adjusted_ty(b, expr.base)
    name = expr.ident.name
    index = field_index(b, base_ty, name)
    if index is None:
        b.unsupported(expr.span, f"field access `.{name}` on this type")
    if not b.unsafe_depth and not b.assign_lhs and _is_union(b, base_ty):
        b.ctx.diagnostics.append(_union_access_diagnostic(expr.span))
    return base.field(index, name, b.ty_of(expr))


def _is_union(b, ty) -> bool:
    info = b.typed.adts.get(ty.def_id) if isinstance(ty, T.Adt) else None
    return info is not None and info.kind == "union"


def _union_access_diagnostic(span):
    """E0133: reading (or borrowing) a union field outside `unsafe`; assigning one is safe."""
    from .builder import UNION_FIELD_NOTE, unsafe_diagnostic

    return unsafe_diagnostic(span, "access to union field", UNION_FIELD_NOTE)


def _captured_path(b, expr, own_adjustments: bool = False, extra_derefs: int = 0):
    """The upvar place when expr names exactly a captured path (root binding plus field
    names and "*" derefs, as in types.typed_crate.Capture), else None."""
    if not b.upvar_index:
        return None
    path = []

    def derefs_of(adjs):
        if any(a.kind != "deref" for a in adjs):
            return None
        return ["*"] * len(adjs)

    if own_adjustments:
        d = derefs_of(adjustments_of(b, expr))
        if d is None:
            return None
        path.extend(d)
    path.extend(["*"] * extra_derefs)
    node = expr
    while True:
        if isinstance(node, ast.Paren):
            node = node.expr
        elif isinstance(node, ast.Field):
            path.append(node.ident.name)
            d = derefs_of(adjustments_of(b, node.base))
            if d is None:
                return None
            path.extend(d)
            node = node.base
        elif isinstance(node, ast.Unary) and node.op == "*" and node not in b.typed.callees:
            path.append("*")
            d = derefs_of(adjustments_of(b, node.operand))
            if d is None:
                return None
            path.extend(d)
            node = node.operand
        else:
            break
    if not isinstance(node, ast.PathExpr):
        return None
    res = b.typed.resolutions.get(node)
    if res is None or res.kind != "local" or res.target in b.var_locals:
        return None
    path.reverse()
    upvar = b.upvar_index.get((res.target, tuple(path)))
    return upvar_place(b, upvar) if upvar is not None else None


def field_index(b, ty, name: str):
    if isinstance(ty, T.Tuple):
        return int(name) if name.isdigit() and int(name) < len(ty.elems) else None
    if isinstance(ty, T.Adt):
        info = b.typed.adts.get(ty.def_id)
        if info is None:
            return int(name) if name.isdigit() else None
        for i, f in enumerate(info.fields):
            if f.name == name:
                return i
    return None


def index_place(b, expr: ast.Index, mutable: bool) -> ir.Place:
    from .build_expr import as_operand

    callee = b.typed.callees.get(expr)
    if callee is not None:
        return overloaded_index(b, expr, callee, mutable)
    base = as_place(b, expr.base, mutable)
    index_op = as_operand(b, expr.index)
    idx = _operand_local(b, index_op, T.USIZE, expr.index.span)
    base_ty = place_ty_b(b, base)
    if isinstance(base_ty, T.Array) or isinstance(base_ty, T.Slice):
        bounds_check(b, base, idx, expr.span)
    return base.project(ir.Index(idx))


def place_ty_b(b, place: ir.Place):
    t = b.locals[place.local].ty
    for elem in place.projection:
        t = projection_ty(t, elem)
    return t


def _operand_local(b, op, ty, span) -> int:
    place = ir.operand_place(op)
    if place is not None and place.is_local:
        return place.local
    from .build_expr import new_scheduled_temp

    temp = new_scheduled_temp(b, ty, span)
    b.assign(ir.Place(temp), ir.Use(op), span)
    return temp


def bounds_check(b, base: ir.Place, idx: int, span) -> None:
    from .build_expr import new_scheduled_temp

    length = new_scheduled_temp(b, T.USIZE, span)
    b.assign(ir.Place(length), ir.Len(base), span)
    ok = new_scheduled_temp(b, T.BOOL, span)
    b.assign(ir.Place(ok), ir.BinaryOp("<", ir.Copy(ir.Place(idx)), ir.Copy(ir.Place(length))), span)
    target = b.new_block()
    msg = ir.AssertKind("bounds_check", (ir.Copy(ir.Place(length)), ir.Copy(ir.Place(idx))))
    b.terminate(ir.Assert(ir.Move(ir.Place(ok)), True, msg, target, span), target)


def overloaded_index(b, expr, callee, mutable: bool) -> ir.Place:
    """`*Index::index(&base, i)` (IndexMut::index_mut(&mut base, i) in mutable places)."""
    from .build_call import emit_call
    from .build_expr import as_operand, new_scheduled_temp

    base_ty = adjusted_ty(b, expr.base)
    if mutable and not implements(b, base_ty, "std::ops::IndexMut", _INDEX_MUT_STD):
        mutable = False
    base = as_place(b, expr.base, mutable)
    base_ty = place_ty_b(b, base)
    ref = new_scheduled_temp(b, T.Ref(T.ERASED, mutable, base_ty), expr.base.span)
    b.assign(ir.Place(ref), ir.Ref(ir.BorrowKind.MUT if mutable else ir.BorrowKind.SHARED, base), expr.base.span)
    index_op = as_operand(b, expr.index)
    elem_ty = b.ty_of(expr)
    result = new_scheduled_temp(b, T.Ref(T.ERASED, mutable, elem_ty), expr.span, ir.LocalInfo.DEREF_TEMP, origin=expr)
    def_id = "std::ops::IndexMut::index_mut" if mutable else "std::ops::Index::index"
    if callee.def_id not in ("std::ops::Index::index", "std::ops::IndexMut::index_mut"):
        def_id = callee.def_id
        if mutable and not def_id.endswith("_mut"):
            def_id = index_mut_of(b, def_id, base_ty)
    emit_call(b, def_id, (ir.Move(ir.Place(ref)), index_op), ir.Place(result), expr.span,
              callee_info=callee, from_call_syntax=False, desugaring="overloaded_index")
    return ir.Place(result).deref()


def index_mut_of(b, index_fn: str, base_ty) -> str:
    """The `IndexMut::index_mut` beside an `Index::index` impl method: the sibling impl of
    the same self type (`<impl Index<I> for Vec<T>>::index` -> `<impl IndexMut<I> for
    Vec<T>>::index_mut`), else the trait method."""
    items = getattr(b.typed, "items", None)
    if items is None:
        return "std::ops::IndexMut::index_mut"
    head = index_fn.rsplit("::", 1)[0]
    guess = head.replace("Index<", "IndexMut<", 1) + "::index_mut"
    if guess in items.fns:
        return guess
    target = base_ty.inner if isinstance(base_ty, T.Ref) else base_ty
    for impl_id in items.trait_impls("std::ops::IndexMut"):
        impl = items.impls.get(impl_id) if isinstance(impl_id, str) else impl_id
        if impl is None or not _same_head(impl.self_ty, target):
            continue
        method = impl.method("index_mut")
        if method is not None:
            return method
    return "std::ops::IndexMut::index_mut"


def _same_head(a, b) -> bool:
    if isinstance(a, T.Adt) or isinstance(b, T.Adt):
        return isinstance(a, T.Adt) and isinstance(b, T.Adt) and a.def_id == b.def_id
    return type(a) is type(b)


_DEREF_MUT_STD = frozenset(("std::vec::Vec", "std::string::String", "std::boxed::Box", "std::sync::MutexGuard",
                            "std::cell::RefMut", "std::sync::RwLockWriteGuard", "std::collections::VecDeque"))
_INDEX_MUT_STD = frozenset(("std::vec::Vec", "std::collections::VecDeque", "std::string::String"))


def implements(b, ty, trait_id: str, std_types) -> bool:
    """Does ty implement DerefMut/IndexMut? (std types from a list, user types from the impls)."""
    if not isinstance(ty, T.Adt):
        return isinstance(ty, T.Ref) and ty.mutable
    if ty.def_id in std_types:
        return True
    items = getattr(b.typed, "items", None)
    if items is None or not hasattr(items, "trait_impls"):
        return False
    for impl in items.trait_impls(trait_id):
        head = getattr(impl, "self_ty", None)
        if isinstance(head, T.Adt) and head.def_id == ty.def_id:
            return True
    return False


def overloaded_deref(b, place: ir.Place, mutable: bool, target_ty, span) -> ir.Place:
    """`*Deref::deref(&place)` (DerefMut::deref_mut(&mut place) in mutable places, when the
    type has DerefMut; otherwise the shared deref, so a later write through it is an error)."""
    from .build_call import emit_call
    from .build_expr import new_scheduled_temp

    ty = place_ty_b(b, place)
    if mutable and not implements(b, ty, "std::ops::DerefMut", _DEREF_MUT_STD):
        mutable = False
    ref = new_scheduled_temp(b, T.Ref(T.ERASED, mutable, ty), span)
    b.assign(ir.Place(ref), ir.Ref(ir.BorrowKind.MUT if mutable else ir.BorrowKind.SHARED, place), span)
    result = new_scheduled_temp(b, T.Ref(T.ERASED, mutable, target_ty), span, ir.LocalInfo.DEREF_TEMP,
                                origin=ty)
    def_id = "std::ops::DerefMut::deref_mut" if mutable else "std::ops::Deref::deref"
    emit_call(b, def_id, (ir.Move(ir.Place(ref)),), ir.Place(result), span, from_call_syntax=False,
              desugaring="overloaded_deref")
    return ir.Place(result).deref()


__all__ = ["as_place", "adjusted_ty", "adjustments_of", "is_place_expr", "deref_ty", "place_ty"]

# build_expr imports this module: bound last, so either may be imported first (a function-level
# import on a hot path costs ~2 µs per call)
from . import build_expr  # noqa: E402
