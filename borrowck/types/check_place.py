"""Field access (`base.f`, `base.0`, auto-dereferencing the base) and struct literals."""
from __future__ import annotations

from ..syntax import ast
from . import ty as T
from .autoderef import autoderef_steps
from .check_expr import check_expr, check_expr_coerce
from .type_fold import subst
from .typed_crate import Adjustment, Res


def field_of(fcx, t: T.Ty, name: str):
    """The type of field `name` of t (struct or tuple), or None."""
    t = fcx.shallow(t)
    if type(t) is T.Tuple:
        if name.isdigit() and int(name) < len(t.elems):
            return t.elems[int(name)]
        return None
    if type(t) is T.Adt:
        adt = fcx.items.adts.get(t.def_id)
        if adt is None or adt.kind == "enum":
            return None
        for f in adt.fields:
            if f.name == name:
                lts = len(adt.generics.lifetimes)
                m = dict(zip(adt.generics.types, t.args[lts:]))
                return fcx.normalize(subst(f.ty, m), None)
    return None


def field_visible(fcx, t: T.Ty, name: str) -> bool:
    """A private field is visible only inside the module (and its children) declaring the
    struct; std's private fields never are."""
    t = fcx.shallow(t)
    if type(t) is not T.Adt:
        return True
    adt = fcx.items.adts.get(t.def_id)
    f = next((f for f in adt.fields if f.name == name), None) if adt else None
    if f is None or f.is_pub:
        return True
    if adt.is_std:
        return False
    owner = adt.def_id.rsplit("::", 1)[0]
    here = fcx.scope.module
    return here == owner or here.startswith(owner + "::")


def item_visible(fcx, sig) -> bool:
    """A non-`pub` inherent method / assoc fn is visible only inside its impl's module."""
    if sig is None or sig.is_std or sig.node is None or sig.node.is_pub:
        return True
    container = sig.container or sig.def_id
    if container in fcx.items.traits:
        return True
    impl = fcx.items.impls.get(container)
    if impl is not None and impl.trait_ref is not None:
        return True
    owner = container.rsplit("::", 1)[0]
    here = fcx.scope.module
    return here == owner or here.startswith(owner + "::")


def check_field(fcx, e: ast.Field, expected) -> T.Ty:
    base_t = check_expr(fcx, e.base, None)
    name = e.ident.name
    steps = autoderef_steps(fcx, base_t)
    for i, (t, _k) in enumerate(steps):
        ft = field_of(fcx, t, name)
        if ft is not None:
            if not field_visible(fcx, t, name):
                adt = fcx.items.adts[fcx.shallow(t).def_id]
                fcx.raw_error("E0616", f"field `{name}` of struct `{adt.name}` is private", e.ident.span,
                              "private field")
                return T.ERROR
            if i:
                fcx.adjustments[e.base] = tuple(fcx.adjustments.get(e.base, ())) + tuple(
                    Adjustment(k, False, st) for st, k in steps[1:i + 1])
            return ft
    last = fcx.shallow(steps[-1][0])
    if type(last) is T.Infer and last.kind in ("int", "float"):
        what = "{integer}" if last.kind == "int" else "{float}"
        fcx.raw_error("E0610", f"`{what}` is a primitive type and therefore doesn't have fields",
                      e.ident.span)
        return T.ERROR
    if type(last) is T.Infer:
        fcx.needs_annotation(e.base)
        return T.ERROR
    if type(last) is T.Error:
        return T.ERROR
    from .method_lookup import lookup_method

    snap = fcx.icx.snapshot()
    is_method = lookup_method(fcx, base_t, name, e.ident.span) is not None
    fcx.icx.rollback_to(snap)
    if is_method:
        fcx.raw_error("E0615", f"attempted to take value of method `{name}` on type `{fcx.show(base_t)}`",
                      e.ident.span, "method, not a field")
        return T.ERROR
    shown = fcx.show(steps[-1][0])
    if type(last) in (T.Int, T.Float, T.Bool, T.Char) or (type(last) is T.Infer):
        fcx.raw_error("E0610", f"`{shown}` is a primitive type and therefore doesn't have fields",
                      e.ident.span)
    else:
        fcx.raw_error("E0609", f"no field `{name}` on type `{fcx.show(base_t)}`", e.ident.span, "unknown field")
    return T.ERROR


def check_struct_lit(fcx, e: ast.StructLit, expected) -> T.Ty:
    from .pattern_check import _resolve_ctor_path

    path = e.path
    r = _resolve_struct_path(fcx, e, path)
    if r is None:
        for f in e.fields:
            check_expr(fcx, f.expr, None)
        if e.base is not None:
            check_expr(fcx, e.base, None)
        return T.ERROR
    adt, variant, args = r
    at = T.Adt(adt.def_id, args)
    exp = fcx.shallow(expected) if expected is not None else None
    if type(exp) is T.Adt and exp.def_id == adt.def_id:
        fcx.unify(at, exp)
    if variant is not None and adt.kind == "enum":
        fcx.tables.resolutions[e] = Res("variant", variant.def_id, variant.kind)
    else:
        fcx.tables.resolutions[e] = Res("struct", adt.def_id)
    fcx.tables.resolutions[path] = fcx.tables.resolutions[e]
    fields = variant.fields if variant is not None else adt.fields
    lts = len(adt.generics.lifetimes)
    m = dict(zip(adt.generics.types, args[lts:]))
    by_name = {f.name: f for f in fields}
    seen = set()
    unknown = False
    owner = f"{adt.name}::{variant.name}" if variant is not None and adt.kind == "enum" else adt.name
    for fi in e.fields:
        name = fi.ident.name
        fd = by_name.get(name)
        if fd is None:
            what = "variant" if variant is not None and adt.kind == "enum" else "struct"
            fcx.raw_error("E0560", f"{what} `{owner}` has no field named `{name}`", fi.ident.span,
                          f"`{owner}` does not have this field")
            check_expr(fcx, fi.expr, None)
            unknown = True
            continue
        if name in seen:
            fcx.raw_error("E0062", f"field `{name}` specified more than once", fi.ident.span)
        seen.add(name)
        ft = fcx.normalize(subst(fd.ty, m), fi.span)
        if variant is None and not field_visible(fcx, at, name):
            # rustc's privacy pass runs after type checking: reported only if typeck is clean
            fcx.late_errors.append(("E0451", f"field `{name}` of struct `{adt.name}` is private",
                                    fi.ident.span, "private field"))
        check_expr_coerce(fcx, fi.expr, ft)
    if e.base is not None:
        check_expr_coerce(fcx, e.base, at)
    elif not unknown:
        missing = [f.name for f in fields if f.name not in seen]
        if missing:
            if len(missing) == 1:
                msg = f"missing field `{missing[0]}` in initializer of `{owner}`"
            elif len(missing) <= 3:
                names = ", ".join(f"`{n}`" for n in missing[:-1]) + f" and `{missing[-1]}`"
                msg = f"missing fields {names} in initializer of `{owner}`"
            else:
                names = ", ".join(f"`{n}`" for n in missing[:3])
                msg = f"missing fields {names} and {len(missing) - 3} other fields in initializer of `{owner}`"
            fcx.raw_error("E0063", msg, path.span)
    return at


def _resolve_struct_path(fcx, e, path):
    """(AdtInfo, VariantInfo | None, args) for a struct literal's path, or None (reported)."""
    items = fcx.items
    res = items.resolve_path(path, fcx.scope, "type")
    b = getattr(res, "binding", None)
    rest = tuple(getattr(res, "rest", ()) or ())
    if b is None:
        res2 = items.resolve_path(path, fcx.scope, "value")
        if getattr(res2, "binding", None) is not None and res2.binding.kind == "variant":
            b, rest = res2.binding, tuple(getattr(res2, "rest", ()) or ())
        else:
            err = getattr(res, "error", None)
            if len(path.segments) == 1 or err is None:
                seg = path.segments[-1]
                fcx.raw_error("E0422", f"cannot find struct, variant or union type `{seg.ident.name}` in this "
                              "scope", seg.ident.span, "not found in this scope")
            else:
                fcx.diags.append(err)
                fcx.has_errors = True
            return None
    from .check_path import _adt_args, lower_generic_args

    seg = path.segments[-1]
    if b.kind == "variant" and not rest:
        adt = items.adts.get(b.target.rsplit("::", 1)[0])
        v = next((v for v in adt.variants if v.def_id == b.target), None) if adt else None
        if v is None:
            return None
        return adt, v, _adt_args(fcx, adt, (), e.span)
    base = None
    if b.kind in ("struct", "enum", "union"):
        adt = items.adts.get(b.target)
        if adt is None:
            return None
        segi = len(path.segments) - len(rest) - 1
        base = T.Adt(adt.def_id, _adt_args(fcx, adt, lower_generic_args(fcx, path.segments[segi].generic_args), e.span))
    elif b.kind == "self_ty":
        base = fcx.scope.self_ty
    elif b.kind == "type_alias":
        info = items.aliases.get(b.target)
        base = info.ty if info else None
    if type(base) is not T.Adt:
        fcx.raw_error("E0574", "expected struct, variant or union type", path.span)
        return None
    adt = items.adts[base.def_id]
    if rest:
        name = rest[0].ident.name if hasattr(rest[0], "ident") else str(rest[0])
        for v in adt.variants:
            if v.name == name:
                return adt, v, base.args
        fcx.raw_error("E0599", f"no variant named `{name}` found for enum `{adt.name}`", path.span)
        return None
    if adt.kind == "enum":
        fcx.raw_error("E0574", f"expected struct, variant or union type, found enum `{adt.name}`", path.span)
        return None
    return adt, None, base.args
