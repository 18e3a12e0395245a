"""Field access (`base.f`, `base.0`, auto-dereferencing the base) and struct literals."""
from __future__ import annotations

from ..syntax import ast
from ..diagnostics import registry
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
                m = dict(zip(adt.generics.types + tuple(n for n, _ in adt.generics.consts), t.args[lts:]))
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
    return fcx.items.is_visible(f.visible_in or adt.module, fcx.scope.module)


def item_visible(fcx, sig) -> bool:
    """A non-`pub` inherent method / assoc fn / assoc const (`private_to`: its module, or the
    module of its `pub(crate)`/`pub(super)`/`pub(in ..)`) is visible there and below only."""
    if sig is None or sig.is_std:
        return True
    return fcx.items.is_visible(sig.private_to, fcx.scope.module)


def label_private_fn(fcx, d, sig, key: str) -> None:
    """rustc's `private method defined here` label at a user fn's head (E0624)."""
    if sig.node is not None and not sig.is_std:
        from ..resolve.def_span import def_span

        d.label(def_span(sig.node, fcx.ccx.file), registry.text(key))


def check_field(fcx, e: ast.Field, expected) -> T.Ty:
    base_t = check_expr(fcx, e.base, None)
    name = e.ident.name
    steps = autoderef_steps(fcx, base_t)
    for i, (t, _k) in enumerate(steps):
        ft = field_of(fcx, t, name)
        if ft is not None:
            if not field_visible(fcx, t, name):
                adt = fcx.items.adts[fcx.shallow(t).def_id]
                fcx.error("E0616.tc_field_struct_private", e.ident.span,
                          registry.text("E0616.tc_private_field.label"), name=name, name2=adt.name)
                return T.ERROR
            if i:
                fcx.adjustments[e.base] = tuple(fcx.adjustments.get(e.base, ())) + tuple(
                    Adjustment(k, False, st) for st, k in steps[1:i + 1])
            return ft
    last = fcx.shallow(steps[-1][0])
    if type(last) is T.Infer and last.kind in ("int", "float"):
        what = "{integer}" if last.kind == "int" else "{float}"
        fcx.error("E0610.tc_primitive_and_therefore", e.ident.span, what=what)
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
        fcx.error("E0615.tc_attempted_take_value", e.ident.span,
                  registry.text("E0615.tc_method_not_field.label"), name=name, base_t=fcx.show(base_t))
        return T.ERROR
    shown = fcx.show(steps[-1][0])
    if type(last) in (T.Int, T.Float, T.Bool, T.Char) or (type(last) is T.Infer):
        fcx.error("E0610.tc_primitive_and_therefore2", e.ident.span, shown=shown)
    else:
        fcx.error("E0609.tc_no_field", e.ident.span, registry.text("E0609.tc_unknown_field.label"), name=name,
                  base_t=fcx.show(base_t))
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
    m = dict(zip(adt.generics.types + tuple(n for n, _ in adt.generics.consts), args[lts:]))  # consts follow types
    by_name = {f.name: f for f in fields}
    _register_fn_bounds(fcx, adt, m, e)
    seen = set()
    unknown = False
    owner = f"{adt.name}::{variant.name}" if variant is not None and adt.kind == "enum" else adt.name
    for fi in e.fields:
        name = fi.ident.name
        fd = by_name.get(name)
        if fd is None:
            what = "variant" if variant is not None and adt.kind == "enum" else "struct"
            fcx.error("E0559.tc_has_no_field" if what == "variant" else "E0560.tc_has_no_field", fi.ident.span,
                      registry.text("E0560.tc_does_not_have.label", owner=owner), what=what, owner=owner,
                      name=name)
            check_expr(fcx, fi.expr, None)
            unknown = True
            continue
        if name in seen:
            fcx.error("E0062.tc_field_specified_more", fi.ident.span, name=name)
        seen.add(name)
        ft = fcx.normalize(subst(fd.ty, m), fi.span)
        if variant is None and not field_visible(fcx, at, name):
            # rustc's privacy pass runs after type checking: reported only if typeck is clean
            fcx.late_errors.append(("E0451.tc_field_private", fi.ident.span,
                                    registry.text("E0451.tc_private_field.label"),
                                    {"name": name, "struct": adt.name}))
        check_expr_coerce(fcx, fi.expr, ft)
    if e.base is not None:
        check_expr_coerce(fcx, e.base, at)
        if variant is None:
            # `..base` moves the fields not written: each must be visible here too
            for f in fields:
                if f.name not in seen and not field_visible(fcx, at, f.name):
                    fcx.late_errors.append(("E0451.tc_field_private", e.base.span,
                                            registry.text("E0451.tc_base_field_private.label", name=f.name),
                                            {"name": f.name, "struct": adt.name}))
    elif adt.kind == "union":
        if len(e.fields) != 1:  # the fields share their storage: exactly one initializes it
            fcx.error("E0784", path.span)
    elif not unknown:
        missing = [f.name for f in fields if f.name not in seen]
        if missing:
            if len(missing) == 1:
                fcx.error("E0063.tc_missing_field", path.span, name=missing[0], owner=owner)
            elif len(missing) <= 3:
                names = ", ".join(f"`{n}`" for n in missing[:-1]) + f" and `{missing[-1]}`"
                fcx.error("E0063.tc_missing_fields", path.span, names=names, owner=owner)
            else:
                names = ", ".join(f"`{n}`" for n in missing[:3])
                fcx.error("E0063.tc_missing_fields_more", path.span, names=names, more=len(missing) - 3,
                          owner=owner)
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
                fcx.error("E0422.tc_cannot_find_struct", seg.ident.span,
                          registry.text("E0422.tc_not_scope.label"), name=seg.ident.name)
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
        if base is not None and b.kind in ("type_alias", "self_ty"):  # names a type, not a struct
            fcx.error("E0071.tc_not_struct", path.span, "not a struct", ty=fcx.show(base))
        else:
            fcx.error("E0574.tc_expected_struct_variant", path.span)
        return None
    adt = items.adts[base.def_id]
    if rest:
        name = rest[0].ident.name if hasattr(rest[0], "ident") else str(rest[0])
        for v in adt.variants:
            if v.name == name:
                return adt, v, base.args
        fcx.error("E0599.tc_no_variant_named", path.span, name=name, name2=adt.name)
        return None
    if adt.kind == "enum":
        fcx.error("E0574.tc_expected_struct_variant2", path.span, name=adt.name)
        return None
    return adt, None, base.args


def _register_fn_bounds(fcx, adt, m: dict, e) -> None:
    """The ADT's `F: Fn(..) -> ..` bounds on its type parameters, registered before its
    fields are checked, as rustc does: a closure written for field `f: F` takes its
    signature from them (`P { f: |s| s }` with `P<F: Fn(&str) -> &str>`)."""
    from .item_defs import ProjectionPred, TraitPred
    from .trait_solver import FN_TRAITS

    try:
        preds = fcx.items.predicates_of(adt.def_id)
    except Exception:  # an ADT the table has no predicates for
        return
    fn_preds = [p for p in preds if type(p) in (TraitPred, ProjectionPred)
                and p.trait_ref.trait_id in FN_TRAITS and type(p.trait_ref.self_ty) is T.Param
                and p.trait_ref.self_ty.name in m]
    if fn_preds:
        fcx.register_preds(fn_preds, m, lambda p: e.span)
