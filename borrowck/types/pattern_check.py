"""Pattern checking with match ergonomics (RFC 2005 default binding modes).

`check_pat(fcx, pat, expected)` records the type each pattern matches (`pat_types`), the
references peeled implicitly before a non-reference pattern (`pat_adjustments`), and the
binding mode of each `IdentPat`: "move"/"copy" (decided at writeback from `Copy`), "ref",
"ref_mut". When a struct/tuple/enum/slice/literal pattern meets a reference, the
reference is peeled and the default mode becomes `ref` (or `ref mut` for `&mut` unless
already `ref`); an explicit `&pat` resets it to move. Returns the bindings introduced, in
order, as (name, node, type); the caller declares them (after a `let` initializer, so
`let x = x + 1` sees the old `x`).
"""
from __future__ import annotations

from ..syntax import ast
from typing import Optional

from ..diagnostics import registry
from ..diagnostics.diagnostic import Diagnostic
from . import ty as T
from .typed_crate import Res

_REF_PEELING = (ast.StructPat, ast.TupleStructPat, ast.TuplePat, ast.SlicePat, ast.PathPat,
                ast.RangePat, ast.LitPat)


def check_pat(fcx, pat, expected: T.Ty, mode: str = "move", is_let: bool = False,
              param_names: Optional[set] = None) -> list:
    """`param_names`: the names bound by the earlier parameters of the same fn or closure."""
    out: list = []
    _check(fcx, pat, expected, mode, out)
    _report_rebound(fcx, out, param_names)
    return out


def _report_rebound(fcx, bindings, param_names) -> None:
    """E0416 (E0415 in a parameter list): a name bound twice (or-pattern alternatives bind
    each name once, merged by `_check_or`). Built here: resolve-phase texts of rustc."""
    seen = param_names if param_names is not None else set()
    for name, node, _t in bindings:
        if name not in seen:
            seen.add(name)
            continue
        if param_names is not None:
            msg = f"identifier `{name}` is bound more than once in this parameter list"
            code, label = "E0415", "used as parameter more than once"
        else:
            msg = f"identifier `{name}` is bound more than once in the same pattern"
            code, label = "E0416", "used in a pattern more than once"
        fcx.diags.append(Diagnostic("error", code, msg).primary(node.ident.span, label))
        fcx.has_errors = True


def declare_bindings(fcx, bindings) -> None:
    for name, node, t in bindings:
        fcx.declare(name, node, t)


def _peel(fcx, pat, expected, mode):
    """Peel references off `expected` for a non-reference pattern (default binding modes)."""
    peeled = []
    t = fcx.structurally_resolve(expected)
    if isinstance(pat, ast.LitPat) and _is_str_lit(pat):
        return t, mode, peeled
    while type(t) is T.Ref:
        peeled.append(t)
        if t.mutable:
            mode = "ref_mut" if mode != "ref" else "ref"
        else:
            mode = "ref"
        t = fcx.structurally_resolve(t.inner)
    if peeled:
        fcx.pat_adjustments[pat] = tuple(peeled)
    return t, mode, peeled


def _is_str_lit(pat) -> bool:
    e = pat.expr
    return isinstance(e, ast.Lit) and e.kind in ("str", "bytestr")


def _check(fcx, pat, expected, mode, out) -> None:
    cls = type(pat)
    if cls is ast.IdentPat:
        return _check_ident(fcx, pat, expected, mode, out)
    if cls is ast.WildPat or cls is ast.RestPat:
        fcx.pat_types[pat] = expected
        return
    if cls is ast.RefPat:
        t = fcx.structurally_resolve(expected)
        fcx.pat_types[pat] = expected
        if type(t) is T.Infer:
            inner = fcx.new_var(pat.span)
            fcx.unify(t, T.Ref(T.ERASED, pat.mutable, inner))
            t = fcx.shallow(t)
        if type(t) is not T.Ref or t.mutable != pat.mutable:
            fcx.error("E0308.tc_mismatched_types", pat.span,
                      registry.text("E0308.tc_expected.label3", expected=fcx.show(expected),
                                    word='mut ' if pat.mutable else ''))
            _check(fcx, pat.pat, T.ERROR, "move", out)
            return
        _check(fcx, pat.pat, t.inner, "move", out)
        return
    if cls is ast.OrPat:
        fcx.pat_types[pat] = expected
        _check_or(fcx, pat, expected, mode, out)
        return
    if cls is ast.Unsupported:
        fcx.unsupported(pat.span, pat.what)
        return
    if cls is ast.BoxPat:
        fcx.unsupported(pat.span, "box patterns")
        return
    t, mode, _ = _peel(fcx, pat, expected, mode)
    fcx.pat_types[pat] = t
    if cls is ast.TuplePat:
        return _check_tuple(fcx, pat, t, mode, out)
    if cls is ast.TupleStructPat:
        return _check_tuple_struct(fcx, pat, t, mode, out)
    if cls is ast.StructPat:
        return _check_struct(fcx, pat, t, mode, out)
    if cls is ast.PathPat:
        return _check_path_pat(fcx, pat, pat.path, t)
    if cls is ast.LitPat:
        from .check_expr import check_expr

        lt = check_expr(fcx, pat.expr, t)
        if not fcx.unify(lt, t):
            fcx.mismatch(pat.span, t, lt)
        return
    if cls is ast.RangePat:
        from .check_expr import check_expr

        for part in (pat.lo, pat.hi):
            if part is not None:
                lt = check_expr(fcx, part, t)
                if not _range_end_ok(fcx.shallow(lt)):
                    d = fcx.error("E0029.tc_range_pattern", pat.span)
                    d.label(part.span, f"this is of type `{fcx.show(lt)}` but it should be `char` or numeric")
                    return
                if not fcx.unify(lt, t):
                    fcx.mismatch(part.span, t, lt)
        _check_range_order(fcx, pat)
        return
    if cls is ast.SlicePat:
        return _check_slice(fcx, pat, t, mode, out)
    fcx.unsupported(pat.span, f"pattern `{cls.__name__}`")


def _range_end_ok(t) -> bool:
    """A range pattern's end: `char`, a number, or not yet known (E0029 otherwise)."""
    return type(t) in (T.Int, T.Float, T.Char, T.Infer, T.Error)


def _literal_value(e):
    """The value of a literal bound (`5`, `-3`, `'x'`), None for consts and paths."""
    neg = isinstance(e, ast.Unary) and e.op == "-"
    lit = e.operand if neg else e
    if not isinstance(lit, ast.Lit) or lit.kind not in ("int", "char", "byte"):
        return None
    v = ord(lit.value) if isinstance(lit.value, str) else lit.value
    return -v if neg else v


def _check_range_order(fcx, pat) -> None:
    """E0030 `10..=1`, E0579 `5..5`: an empty range of literal bounds."""
    if pat.lo is None or pat.hi is None:
        return
    lo, hi = _literal_value(pat.lo), _literal_value(pat.hi)
    if lo is None or hi is None:
        return
    if pat.inclusive and lo > hi:
        msg = "lower bound for range pattern must be less than or equal to upper bound"
        code, label = "E0030", "lower bound larger than upper bound"
    elif not pat.inclusive and lo >= hi:
        msg = "lower bound for range pattern must be less than upper bound"
        code, label = "E0579", None
    else:
        return
    fcx.diags.append(Diagnostic("error", code, msg).primary(pat.span, label))
    fcx.has_errors = True


def _check_ident(fcx, pat: ast.IdentPat, expected, mode, out) -> None:
    if not pat.by_ref and not pat.mutable and pat.subpat is None:
        res = _resolve_pat_name(fcx, pat)
        if res is not None:
            t, m2, _ = _peel(fcx, pat, expected, mode)
            fcx.pat_types[pat] = t
            _unify_path_pat(fcx, pat, res, t)
            return
    fcx.pat_types[pat] = expected
    if pat.by_ref:
        bmode = "ref_mut" if pat.mutable else "ref"
    elif mode != "move" and not pat.mutable:
        bmode = mode
    else:
        bmode = "move"
    if bmode == "ref":
        bt = T.Ref(T.ERASED, False, expected)
    elif bmode == "ref_mut":
        bt = T.Ref(T.ERASED, True, expected)
    else:
        bt = expected
    fcx.binding_modes[pat] = bmode
    fcx.binding_types[pat] = bt
    out.append((pat.ident.name, pat, bt))
    if pat.subpat is not None:
        _check(fcx, pat.subpat, expected, mode, out)


def _resolve_pat_name(fcx, pat: ast.IdentPat):
    """A lone identifier naming a unit struct, unit variant or constant is a path pattern."""
    name = pat.ident.name
    if not name[:1].isupper() and name not in ("None",):
        # lowercase names bind, unless they name a const in scope (rare): check constants too
        pass
    paths = getattr(fcx.items.resolver, "paths", None)
    if paths is not None and name != "Self" and paths.lookup_lexical(fcx.scope.module, "values", name) is None:
        return None  # binds: skip resolve_path, whose error would search similar names
    path = ast.Path(pat.span, (ast.PathSegment(pat.span, pat.ident, None),))
    res = fcx.items.resolve_path(path, fcx.scope, "value")
    b = getattr(res, "binding", None)
    if b is None or getattr(res, "rest", None):
        return None
    if b.kind == "variant":
        adt = fcx.items.adts.get(b.target.rsplit("::", 1)[0])
        v = next((v for v in adt.variants if v.def_id == b.target), None) if adt else None
        if v is not None and v.kind == "unit":
            return b
        return None
    if b.kind in ("ctor", "struct"):
        adt = fcx.items.adts.get(b.target)
        return b if adt is not None and adt.ctor_kind == "unit" else None
    if b.kind == "const":
        return b
    return None


def _unify_path_pat(fcx, pat, binding, t) -> None:
    from .check_path import variant_value

    if binding.kind == "variant":
        vt = variant_value(fcx, pat, binding.target)
    elif binding.kind == "const":
        info = fcx.items.consts.get(binding.target)
        fcx.tables.resolutions[pat] = Res("const", binding.target)
        vt = info.ty if info else T.ERROR
    else:
        adt = fcx.items.adts[binding.target]
        fcx.tables.resolutions[pat] = Res("unit_struct", binding.target)
        vt = T.Adt(binding.target, tuple(T.ERASED for _ in adt.generics.lifetimes)
                   + tuple(fcx.new_var(pat.span) for _ in adt.generics.types))
    if not fcx.unify(vt, t):
        fcx.mismatch(pat.span, t, vt)


def _check_path_pat(fcx, pat, path, t) -> None:
    from .check_path import check_path_expr

    fake = ast.PathExpr(path.span, path)
    vt = check_path_expr(fcx, fake, t)
    res = fcx.tables.resolutions.pop(fake, None)
    if res is not None:
        fcx.tables.resolutions[pat] = res
        fcx.tables.resolutions[path] = res
    if type(vt) is T.FnDef:
        fcx.error("E0532.tc_expected_unit_struct", pat.span)
        return
    if not fcx.unify(vt, t):
        fcx.mismatch(pat.span, t, vt)


def _check_tuple(fcx, pat: ast.TuplePat, t, mode, out) -> None:
    elems = pat.elems
    rest = [i for i, p in enumerate(elems) if isinstance(p, ast.RestPat)]
    t = fcx.structurally_resolve(t)
    if type(t) is T.Infer and t.kind == "ty" and not rest:
        fresh = T.Tuple(tuple(fcx.new_var(p.span) for p in elems))
        fcx.unify(t, fresh)
        t = fresh
    if type(t) is not T.Tuple or (not rest and len(t.elems) != len(elems)) \
            or (rest and len(t.elems) < len(elems) - 1):
        if type(t) is not T.Error:
            found = "(" + ", ".join("_" for p in elems if not isinstance(p, ast.RestPat)) + ")"
            fcx.error("E0308.tc_mismatched_types", pat.span,
                      registry.text("E0308.tc_expected.label4", t_ty=fcx.show(t), found=found))
        for p in elems:
            _check(fcx, p, T.ERROR, mode, out)
        return
    for p, et in zip(elems, _spread(elems, t.elems, rest)):
        _check(fcx, p, et, mode, out)


def _spread(pats, tys, rest):
    """The element type matched by each sub-pattern, with `..` standing for the middle."""
    if not rest:
        return list(tys)
    r = rest[0]
    after = len(pats) - r - 1
    out = list(tys[:r]) + [T.ERROR] + (list(tys[len(tys) - after:]) if after else [])
    return out


def _resolve_ctor_path(fcx, pat, path):
    res = fcx.items.resolve_path(path, fcx.scope, "value")
    b = getattr(res, "binding", None)
    rest = getattr(res, "rest", ()) or ()
    if b is not None and rest and b.kind in ("enum", "self_ty", "type_alias", "struct"):
        # `Self::Variant`, `Alias::Variant`
        base = fcx.scope.self_ty if b.kind == "self_ty" else None
        if b.kind == "enum":
            base_id = b.target
        elif base is not None and type(base) is T.Adt:
            base_id = base.def_id
        elif b.kind == "type_alias":
            info = fcx.items.aliases.get(b.target)
            base_id = info.ty.def_id if info and type(info.ty) is T.Adt else None
        else:
            base_id = b.target
        adt = fcx.items.adts.get(base_id) if base_id else None
        name = rest[0].ident.name if hasattr(rest[0], "ident") else str(rest[0])
        if adt is not None:
            for v in adt.variants:
                if v.name == name:
                    return adt, v
        return None
    if b is None:
        err = getattr(res, "error", None)
        if err is not None:
            fcx.diags.append(err)
            fcx.has_errors = True
        else:
            fcx.error("E0531.tc_cannot_find_tuple", path.span)
        return "error"
    if b.kind == "variant":
        adt = fcx.items.adts.get(b.target.rsplit("::", 1)[0])
        v = next((v for v in adt.variants if v.def_id == b.target), None) if adt else None
        return (adt, v) if v else None
    if b.kind in ("ctor", "struct"):
        adt = fcx.items.adts.get(b.target)
        return (adt, None) if adt else None
    if b.kind == "self_ty" and type(fcx.scope.self_ty) is T.Adt:
        adt = fcx.items.adts.get(fcx.scope.self_ty.def_id)
        return (adt, None) if adt else None
    return None


def _adt_for_pat(fcx, pat, adt, variant, t):
    args = tuple(T.ERASED for _ in adt.generics.lifetimes) + tuple(fcx.new_var(pat.span) for _ in adt.generics.types)
    if variant is not None and adt.kind == "enum":
        fcx.tables.resolutions[pat] = Res("variant", variant.def_id, variant.kind)
        fcx.tables.resolutions[pat.path] = fcx.tables.resolutions[pat]
    else:
        kind = {"tuple": "tuple_struct", "unit": "unit_struct"}.get(adt.ctor_kind, "struct")
        fcx.tables.resolutions[pat] = Res(kind, adt.def_id)
        fcx.tables.resolutions[pat.path] = fcx.tables.resolutions[pat]
    at = T.Adt(adt.def_id, args)
    if self_ty_mismatch := not fcx.unify(at, t):
        fcx.mismatch(pat.span, t, at)
    m = dict(zip(adt.generics.types, args[len(adt.generics.lifetimes):]))
    fields = variant.fields if variant is not None else adt.fields
    return fields, m, self_ty_mismatch


def _check_tuple_struct(fcx, pat: ast.TupleStructPat, t, mode, out) -> None:
    from .type_fold import subst

    r = _resolve_ctor_path(fcx, pat, pat.path)
    if r is None or r == "error":
        if r is None:
            fcx.error("E0532.tc_expected_tuple_struct", pat.path.span)
        for p in pat.elems:
            _check(fcx, p, T.ERROR, mode, out)
        return
    adt, variant = r
    fields, m, bad = _adt_for_pat(fcx, pat, adt, variant, t)
    elems = pat.elems
    rest = [i for i, p in enumerate(elems) if isinstance(p, ast.RestPat)]
    n_pats = len(elems) - len(rest)
    if (not rest and n_pats != len(fields)) or (rest and n_pats > len(fields)):
        what = "tuple variant" if variant is not None and adt.kind == "enum" else "tuple struct"
        d = fcx.error("E0023.tc_pattern_has_field", elems[0].span.to(elems[-1].span) if elems else pat.span,
                      registry.text("E0023.tc_expected_field.label", n_pats=n_pats, count=len(fields),
                                    word2='s' if len(fields) != 1 else ''),
                      n_pats=n_pats, word='s' if n_pats != 1 else '', what=what, count=len(fields),
                      word2='s' if len(fields) != 1 else '')
        if not rest:
            from .pattern_errors import arity_labels

            arity_labels(fcx, d, elems, pat.span, adt, variant if adt.kind == "enum" else None, what)
        for p in elems:
            _check(fcx, p, T.ERROR, mode, out)
        return
    ftys = [T.ERROR if bad else subst(f.ty, m) for f in fields]
    for p, ft in zip(elems, _spread(elems, ftys, rest)):
        _check(fcx, p, ft, mode, out)


def _check_struct(fcx, pat: ast.StructPat, t, mode, out) -> None:
    from .type_fold import subst

    from .check_place import _resolve_struct_path

    r = _resolve_struct_path(fcx, pat, pat.path)
    if r is None:
        for f in pat.fields:
            _check(fcx, f.pat, T.ERROR, mode, out)
        return
    adt, variant, _args = r
    fields, m, bad = _adt_for_pat(fcx, pat, adt, variant, t)
    by_name = {f.name: f for f in fields}
    seen = set()
    unknown = False
    for fp in pat.fields:
        name = fp.ident.name
        fd = by_name.get(name)
        if fd is None:
            what = f"variant `{adt.name}::{variant.name}`" if variant is not None and adt.kind == "enum" \
                else f"struct `{adt.name}`"
            fcx.error("E0026.tc_does_not_have", fp.ident.span,
                      registry.text("E0026.tc_does_not_have.label", what=what), what=what, name=name)
            _check(fcx, fp.pat, T.ERROR, mode, out)
            unknown = True
            continue
        seen.add(name)
        if variant is None and not bad:
            from .check_place import field_visible

            if not field_visible(fcx, t, name):
                # privacy runs after type checking, as for struct literals (check_place.py)
                fcx.late_errors.append(("E0451.tc_field_private", fp.ident.span,
                                        registry.text("E0451.tc_private_field.label"),
                                        {"name": name, "struct": adt.name}))
        _check(fcx, fp.pat, T.ERROR if bad else subst(fd.ty, m), mode, out)
    missing = [f.name for f in fields if f.name not in seen]
    if missing and not pat.has_rest and not unknown:
        names = ", ".join(f"`{n}`" for n in missing)
        d = fcx.error("E0027.tc_pattern_does_not", pat.span, word='s' if len(missing) > 1 else '', names=names)
        from .pattern_errors import missing_fields

        missing_fields(fcx, d, pat.span, pat.fields[-1].span if pat.fields else None, missing)


def _check_slice(fcx, pat: ast.SlicePat, t, mode, out) -> None:
    t = fcx.structurally_resolve(t)
    if type(t) not in (T.Array, T.Slice):
        if type(t) is not T.Error:
            fcx.error("E0529.tc_expected_array_or", pat.span, t_ty=fcx.show(t))
        for p in pat.elems:
            _check(fcx, p, T.ERROR, mode, out)
        return
    for p in pat.elems:
        if isinstance(p, ast.RestPat):
            continue
        if isinstance(p, ast.IdentPat) and isinstance(p.subpat, ast.RestPat):
            rest_t = T.Slice(t.elem) if type(t) is T.Slice or type(t.length) is not int else \
                T.Array(t.elem, t.length - (len(pat.elems) - 1))
            _bind_rest(fcx, p, rest_t, mode, out)
            continue
        _check(fcx, p, t.elem, mode, out)


def _bind_rest(fcx, p, rest_t, mode, out) -> None:
    fcx.pat_types[p.subpat] = rest_t
    # `rest @ ..`: bind the sub-slice; the RestPat itself matches nothing
    bmode = "ref_mut" if (p.by_ref and p.mutable) else ("ref" if p.by_ref else (mode if mode != "move" else "move"))
    bt = rest_t if bmode == "move" else T.Ref(T.ERASED, bmode == "ref_mut", rest_t)
    fcx.pat_types[p] = rest_t
    fcx.binding_modes[p] = bmode
    fcx.binding_types[p] = bt
    out.append((p.ident.name, p, bt))


def _check_or(fcx, pat, expected, mode, out) -> None:
    """Every alternative must bind the same names (E0408) at the same types (E0308)."""
    alts = []
    for alt in pat.alts:
        sub: list = []
        _check(fcx, alt, expected, mode, sub)
        alts.append((alt, sub))
    seen = {}
    for _alt, sub in alts:
        for n, node, t in sub:
            if n not in seen:
                seen[n] = t
                out.append((n, node, t))
            elif not fcx.unify(seen[n], t):
                fcx.mismatch(node.span, seen[n], t)
    for n in seen:
        missing = [alt for alt, sub in alts if all(m != n for m, _, _ in sub)]
        if missing:
            d = fcx.error("E0408", missing[0].span, f"pattern doesn't bind `{n}`", name=n)
            for alt in missing[1:]:
                d.label(alt.span, f"pattern doesn't bind `{n}`")
