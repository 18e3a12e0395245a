"""Paths in value position: locals, fns, constructors, consts/statics, and type-relative
associated items (`Vec::new`, `String::from`, `T::default`, `Self::new`, `i32::MAX`,
`Shape::Circle`, `Iterator::next`).

Locals are looked up first (innermost scope first, so shadowing and block scopes work);
everything else goes to the ItemTable's resolver. A type-relative item is searched in the
inherent impls of the type, then in the traits in scope (`Self` = the type).
"""
from __future__ import annotations

from typing import Optional

from ..syntax import ast
from ..diagnostics import registry
from . import ty as T
from .generic_subst import fresh_substs, generic_arg_names, type_param_names
from .method_lookup import traits_in_scope
from .trait_solver import NO, supertrait_ids
from .type_fold import subst
from .typed_crate import Res


def check_path_expr(fcx, e: ast.PathExpr, expected) -> T.Ty:
    path = e.path
    segs = path.segments
    if len(segs) == 1 and path.qself is None and not path.is_global and segs[0].generic_args is None:
        name = segs[0].ident.name
        node = fcx.lookup_local(name)
        if node is not None:
            fcx.tables.resolutions[e] = Res("local", node)
            return fcx.binding_types[node]
        if name == "self":  # a fn without a `self` parameter
            fcx.error("E0424.tc_self_value", path.span, registry.text("E0424.tc_self_value.label"))
            return T.ERROR
    if path.qself is not None:
        return _qualified_path(fcx, e, path)
    res = fcx.items.resolve_path(path, fcx.scope, "value")
    return value_of_resolution(fcx, e, path, res)


def value_of_resolution(fcx, e, path: ast.Path, res) -> T.Ty:
    binding = getattr(res, "binding", None)
    rest = tuple(getattr(res, "rest", ()) or ())
    err = getattr(res, "error", None)
    if binding is None:
        if err is not None:
            fcx.diags.append(err)
            fcx.has_errors = True
        else:
            fcx.error("E0425.tc_cannot_find_value", path.span, path_text=_path_text(path))
        return T.ERROR
    kind, target = binding.kind, binding.target
    last = path.segments[-1]
    if not rest:
        return _item_value(fcx, e, kind, target, last, path.segments[-2] if len(path.segments) > 1 else None)
    if len(rest) > 1:
        fcx.unsupported(path.span, "associated items of associated types in paths")
        return T.ERROR
    seg = rest[0]
    seg_name = seg.ident.name if isinstance(seg, ast.PathSegment) else str(seg)
    turbofish = _lower_args(fcx, seg.generic_args) if isinstance(seg, ast.PathSegment) else ()
    if kind == "trait":
        trait_seg = path.segments[len(path.segments) - len(rest) - 1]
        return _trait_item(fcx, e, target, seg_name, fcx.new_var(path.span), turbofish, path,
                           _lower_args(fcx, trait_seg.generic_args))
    base = _base_type(fcx, kind, target, path.segments[len(path.segments) - len(rest) - 1])
    if base is None:
        fcx.unsupported(path.span, f"path to an associated item of a {kind}")
        return T.ERROR
    return type_relative(fcx, e, base, seg_name, turbofish, path)


def _item_value(fcx, e, kind, target, last: ast.PathSegment, trait_seg=None) -> T.Ty:
    items = fcx.items
    turbofish = _lower_args(fcx, last.generic_args)
    if kind == "fn":
        sig = items.fns.get(target)
        if sig is not None and sig.container in items.traits:
            # `Trait::method` used as a value: Self is inferred from the arguments
            trait_args = _lower_args(fcx, trait_seg.generic_args) if trait_seg is not None else ()
            return _trait_item(fcx, e, sig.container, sig.name, fcx.new_var(e.span), turbofish, None, trait_args)
        res_kind = "std_fn" if target.startswith("std::") else "fn"
        if sig is not None and sig.container is not None:
            res_kind = "assoc_fn"
        fcx.tables.resolutions[e] = Res(res_kind, target)
        if sig is not None:
            _too_many_fn_args(fcx, sig, last)
        return fn_item_type(fcx, target, turbofish, e.span, const_args=_const_args(fcx, last.generic_args))
    if kind in ("ctor", "struct"):
        adt = items.adts.get(target)
        if adt is None:
            fcx.unsupported(e.span, "this constructor")
            return T.ERROR
        args = _adt_args(fcx, adt, turbofish, e.span, _const_args(fcx, last.generic_args))
        if adt.ctor_kind == "unit":
            fcx.tables.resolutions[e] = Res("unit_struct", target)
            return T.Adt(target, args)
        if adt.ctor_kind == "tuple":
            fcx.tables.resolutions[e] = Res("tuple_struct", target)
            return T.FnDef(target, tuple(a for a in args if not isinstance(a, T.Region)))
        fcx.error("E0423.tc_expected_value_struct", e.span, name=adt.name)
        return T.ERROR
    if kind == "variant":
        return variant_value(fcx, e, target, turbofish)
    if kind in ("const", "static"):
        info = items.consts.get(target)
        fcx.tables.resolutions[e] = Res(kind if info is None else info.kind, target)
        return info.ty if info is not None else T.ERROR
    if kind == "local":
        fcx.tables.resolutions[e] = Res("local", target)
        return fcx.binding_types.get(target, T.ERROR)
    if kind == "const_param":
        fcx.tables.resolutions[e] = Res("const_param", target)
        return next((t for n, t in fcx.scope.const_params if n == target), T.USIZE)
    if kind == "self_ty":
        # `Self(x)` / `Self` in an impl of a tuple or unit struct: its constructor, at
        # exactly the impl's type arguments
        self_ty = fcx.scope.self_ty
        adt = items.adts.get(self_ty.def_id) if isinstance(self_ty, T.Adt) else None
        if adt is not None and adt.ctor_kind == "unit":
            fcx.tables.resolutions[e] = Res("unit_struct", self_ty.def_id)
            return self_ty
        if adt is not None and adt.ctor_kind == "tuple":
            fcx.tables.resolutions[e] = Res("tuple_struct", self_ty.def_id)
            return T.FnDef(self_ty.def_id, tuple(a for a in self_ty.args if not isinstance(a, T.Region)))
    fcx.error("E0423.tc_expected_value", e.span, kind=kind, name=last.ident.name)
    return T.ERROR


def variant_value(fcx, e, variant_id: str, turbofish=()) -> T.Ty:
    enum_id = variant_id.rsplit("::", 1)[0]
    adt = fcx.items.adts.get(enum_id)
    variant = _variant(adt, variant_id) if adt else None
    if variant is None:
        fcx.unsupported(e.span, "this enum variant")
        return T.ERROR
    fcx.tables.resolutions[e] = Res("variant", variant_id, variant.kind)
    args = _adt_args(fcx, adt, turbofish, e.span)
    if variant.kind == "unit":
        return T.Adt(enum_id, args)
    if variant.kind == "tuple":
        return T.FnDef(variant_id, tuple(a for a in args if not isinstance(a, T.Region)))
    fcx.error("E0533.tc_expected_value_struct", e.span, name=variant.name)
    return T.ERROR


def _variant(adt, variant_id):
    for v in adt.variants:
        if v.def_id == variant_id:
            return v
    return None


def _too_many_fn_args(fcx, sig, seg) -> None:
    """E0107 for `f::<A, B>()` when f declares fewer type and const params."""
    ga = seg.generic_args
    if not isinstance(ga, ast.GenericArgs):
        return
    g = sig.generics
    given = sum(1 for a in ga.args if not isinstance(a, (ast.Lifetime, ast.AssocBinding)))
    # `impl Trait` arguments are anonymous parameters no turbofish can name
    expected = sum(1 for n in g.types if not n.startswith("impl#")) + len(g.consts)
    if given > expected:
        from ..diagnostics.diagnostic import Label, SubDiagnostic
        from .lower_ty import _plural

        noun = "generic argument"
        d = fcx.error("E0107.resolve_more", seg.ident.span, f"expected {_plural(expected, noun)}", kind="function",
                      expected=_plural(expected, noun), given=_plural(given, noun, were=True))
        args = [a for a in ga.args if not isinstance(a, (ast.Lifetime, ast.AssocBinding))]
        if expected:
            extra = type(seg.ident.span)(args[expected - 1].span.hi, args[-1].span.hi)
            d.children.append(registry.suggestion("remove the unnecessary generic argument"
                                                  + ("s" if given - expected > 1 else ""), [(extra, "")],
                                                  inline=True))
        node = sig.node
        if node is not None and expected:
            params = [p for p in node.generics.params if type(p) in (ast.TypeParam, ast.ConstParam)]
            names = ", ".join(f"`{p.ident.name}`" for p in params)
            note = SubDiagnostic("note", f"function defined here, with {_plural(expected, 'generic parameter')}: "
                                 f"{names}", [Label(node.ident.span, None, True)]
                                 + [Label(p.span, None, False) for p in params])
            d.children.append(note)
        elif node is not None:  # nothing may be given: the whole `::<..>` goes
            d.children.append(registry.suggestion("remove the unnecessary generics",
                                                  [(type(ga.span)(seg.ident.span.hi, ga.span.hi), "")], inline=True))
            d.children.append(SubDiagnostic("note", "function defined here, with 0 generic parameters",
                                            [Label(node.ident.span, None, True)]))
            if g.types:
                d.note("`impl Trait` cannot be explicitly specified as a generic argument")


def _adt_args(fcx, adt, turbofish, span, const_args=()) -> tuple:
    g = adt.generics
    tys = list(turbofish) + [fcx.new_var(span) for _ in g.types[len(turbofish):]]
    consts = [c if c is not None else fcx.new_var(span) for c in const_args[:len(g.consts)]]
    consts += [fcx.new_var(span) for _ in g.consts[len(consts):]]  # each use infers its own `N`
    return tuple(T.ERASED for _ in g.lifetimes) + tuple(tys) + tuple(consts)


def fn_item_type(fcx, fn_id: str, turbofish=(), span=None, fixed=None, const_args=()) -> T.Ty:
    sig = fcx.items.fns[fn_id]
    substs = fresh_substs(fcx.icx, fcx.items, fn_id, span, fixed)
    for n, t in zip(sig.generics.types, turbofish):
        substs[n] = t
    for (n, _), c in zip(sig.generics.consts, const_args):
        if c is not None:
            substs[n] = c
    names = generic_arg_names(fcx.items, fn_id)
    return T.FnDef(fn_id, tuple(substs[n] for n in names))


def _base_type(fcx, kind, target, seg: ast.PathSegment) -> Optional[T.Ty]:
    items = fcx.items
    if kind in ("struct", "enum", "union"):
        adt = items.adts.get(target)
        if adt is None:
            return None
        return T.Adt(target, _adt_args(fcx, adt, _lower_args(fcx, seg.generic_args), seg.span))
    if kind == "prim":
        return _prim(target)
    if kind == "self_ty":
        return fcx.scope.self_ty
    if kind == "type_param":
        return T.Param(target.rsplit("::", 1)[-1] if "::" in target else target)
    if kind == "type_alias":
        info = items.aliases.get(target)
        if info is None:
            return None
        m = {n: fcx.new_var(seg.span) for n in info.generics.types}
        return fcx.normalize(subst(info.ty, m), seg.span)
    return None


def _prim(name: str) -> Optional[T.Ty]:
    if name in ("i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize"):
        return T.Int(name)
    if name in ("f32", "f64"):
        return T.Float(name)
    return {"bool": T.BOOL, "char": T.CHAR, "str": T.STR}.get(name)


def type_relative(fcx, e, base: T.Ty, name: str, turbofish, path) -> T.Ty:
    """`<base>::name` in value position."""
    items = fcx.items
    b = fcx.structurally_resolve(base)
    if type(b) is T.Adt:
        adt = items.adts.get(b.def_id)
        if adt is not None and adt.kind == "enum":
            for v in adt.variants:
                if v.name == name:
                    got = variant_value(fcx, e, v.def_id)
                    fcx.unify(_ret_adt(got), b)
                    return got
    # inherent associated fns and consts
    for impl in items.inherent_impls(b) if type(b) not in (T.Param, T.Infer) else ():
        fid = impl.method(name)
        if fid is not None:
            substs = fresh_substs(fcx.icx, items, fid, e.span)
            if not fcx.unify(subst(impl.self_ty, substs), b):
                continue
            sig = items.fns[fid]
            for n, t in zip(sig.generics.types, turbofish):
                substs[n] = t
            from .check_place import item_visible, label_private_fn

            if not item_visible(fcx, sig):
                d = fcx.error("E0624.tc_associated_function_private", path.segments[-1].span,
                              registry.text("E0624.tc_private_associated_function.label"), name=name)
                label_private_fn(fcx, d, sig, "E0624.tc_private_assoc_fn_defined.label")
            fcx.tables.resolutions[e] = Res("assoc_fn", fid)
            return T.FnDef(fid, tuple(substs[n] for n in generic_arg_names(items, fid)))
        for cname, cid in impl.assoc_consts:
            if cname == name:
                fcx.tables.resolutions[e] = Res("assoc_const", cid)
                info = items.consts.get(cid)
                from .check_place import item_visible

                if info is not None and not item_visible(fcx, info):
                    d = fcx.error("E0624.tc_associated_constant_private", path.segments[-1].span,
                                  registry.text("E0624.tc_private_associated_constant.label"), name=name)
                    node = info.node
                    if node is not None:  # rustc: the item up to its type
                        end = node.ty.span.hi if getattr(node, "ty", None) is not None else node.span.hi
                        d.label(type(node.span)(node.span.lo, end),
                                registry.text("E0624.tc_private_assoc_const_defined.label"))
                substs = fresh_substs(fcx.icx, items, impl.def_id, e.span)
                fcx.unify(subst(impl.self_ty, substs), b)
                return subst(info.ty, substs) if info else T.ERROR
    # trait items with Self = base
    in_scope = traits_in_scope(fcx)
    if type(b) is T.Param:
        bound = [p.trait_ref.trait_id for p in fcx.solver.env
                 if hasattr(p, "trait_ref") and type(p).__name__ == "TraitPred"
                 and fcx.resolve(p.trait_ref.self_ty) == b]
        in_scope = set(bound) | {s for t in bound for s in supertrait_ids(items, t)}
    found = []
    for tid in sorted(in_scope):
        info = items.traits.get(tid)
        if info is None:
            continue
        if info.method(name) or any(cn == name for cn, _ in info.assoc_consts):
            found.append(tid)
    for tid in found:
        if fcx.solver.evaluate(tid, b, ()) != NO or len(found) == 1:
            return _trait_item(fcx, e, tid, name, b, turbofish, path)
    kind = _kind_word(fcx, b)
    fcx.error("E0599.tc_no_function_or", path.segments[-1].span, name=name, kind=kind, b_ty=fcx.show(b))
    return T.ERROR


def _ret_adt(t):
    return t if type(t) is T.Adt else T.ERROR


def _trait_item(fcx, e, trait_id, name, self_ty, turbofish, path, trait_args=()) -> T.Ty:
    items = fcx.items
    info = items.traits.get(trait_id)
    fid = info.method(name) if info else None
    if fid is not None:
        fcx.tables.resolutions[e] = Res("assoc_fn", fid)
        fixed = {"Self": self_ty}
        # `<P as Convert<String>>::convert`: the trait's own type arguments are written
        fixed.update(zip(info.generics.types[1:], [a for a in trait_args if not isinstance(a, (T.Region, int))]))
        t = fn_item_type(fcx, fid, turbofish, e.span, fixed)
        trait_args = tuple(t.args[1:len(info.generics.types)])
        fcx.register_bound(trait_id, self_ty, trait_args, e.span, "path")
        return t
    for cname, cid in (info.assoc_consts if info else ()):
        if cname == name:
            fcx.tables.resolutions[e] = Res("assoc_const", cid)
            c = items.consts.get(cid)
            fcx.register_bound(trait_id, self_ty, (), e.span, "path")
            return subst(c.ty, {"Self": self_ty}) if c else T.ERROR
    fcx.error("E0576.tc_cannot_find_method", e.span, name=name)
    return T.ERROR


def _qualified_path(fcx, e, path: ast.Path) -> T.Ty:
    q = path.qself
    self_ty = fcx.lower_type(q.ty)
    if q.trait_len == 0:
        segs = path.segments
        if len(segs) != 1:
            fcx.unsupported(path.span, "this qualified path")
            return T.ERROR
        return type_relative(fcx, e, self_ty, segs[0].ident.name, _lower_args(fcx, segs[0].generic_args), path)
    trait_path = ast.Path(path.span, path.segments[:q.trait_len])
    res = fcx.items.resolve_path(trait_path, fcx.scope, "trait")
    b = getattr(res, "binding", None)
    rest = path.segments[q.trait_len:]
    if b is None or b.kind != "trait" or len(rest) != 1:
        fcx.unsupported(path.span, "this qualified path")
        return T.ERROR
    return _trait_item(fcx, e, b.target, rest[0].ident.name, self_ty,
                       _lower_args(fcx, rest[0].generic_args), path,
                       _lower_args(fcx, trait_path.segments[-1].generic_args))


def _lower_args(fcx, ga) -> tuple:
    """The type arguments of a turbofish (const arguments: `_const_args`)."""
    if ga is None:
        return ()
    out = []
    for a in ga.args:
        if isinstance(a, (ast.Lifetime, ast.AssocBinding)):
            continue
        if _is_const_arg(fcx, a):
            continue
        out.append(fcx.lower_type(a))
    return tuple(out)


def _is_const_arg(fcx, a) -> bool:
    if isinstance(a, (ast.Lit, ast.BlockExpr, ast.Unary)):
        return True
    # `f::<N>()`: a bare path naming a const param or a const item is a const argument
    return (type(a) is ast.PathType and len(a.path.segments) == 1 and a.path.segments[0].generic_args is None
            and _const_value(fcx, a) is not None)


def _const_value(fcx, a):
    if type(a) is ast.PathType:
        name = a.path.segments[0].ident.name
        if any(n == name for n, _ in fcx.scope.const_params):
            return T.Param(name)
        if name in fcx.scope.type_params:
            return None
        return fcx.items.const_int(ast.PathExpr(a.span, a.path), fcx.scope)
    if type(a) is ast.BlockExpr:
        b = a.block
        if b.stmts or b.tail is None:
            return None
        if type(b.tail) is ast.PathExpr and len(b.tail.path.segments) == 1:
            return _const_value(fcx, ast.PathType(b.tail.span, b.tail.path))
        return fcx.items.const_int(b.tail, fcx.scope)
    if type(a) is ast.Lit and a.kind == "bool":
        return a.value
    return fcx.items.const_int(a, fcx.scope)


def _const_args(fcx, ga) -> tuple:
    """The const arguments of a turbofish in order: an int or bool, `Param("N")`, or None
    (not evaluated: reported unsupported)."""
    if ga is None:
        return ()
    out = []
    for a in ga.args:
        if isinstance(a, (ast.Lifetime, ast.AssocBinding)) or not _is_const_arg(fcx, a):
            continue
        v = _const_value(fcx, a)
        if v is None and not _generic_const_operation(fcx, a):
            fcx.unsupported(a.span, "this const argument")
        out.append(v)
    return tuple(out)


def _generic_const_operation(fcx, a) -> bool:
    """rustc's error (no code) for `f::<{ N + 1 }>()`: a const argument computing with a
    generic parameter, which only a bare `N` may name. Whether one was reported."""
    from ..diagnostics.diagnostic import Diagnostic
    from ..syntax.walk import iter_nodes

    params = {n for n, _ in fcx.scope.const_params}  # (type params get other wording: unsupported)
    for node in iter_nodes(a):
        if type(node) is ast.PathExpr and len(node.path.segments) == 1:
            name = node.path.segments[0].ident.name
            if name in params:
                d = Diagnostic("error", None, "generic parameters may not be used in const operations")
                d.primary(node.span, f"cannot perform const operation using `{name}`")
                d.help(f"const parameters may only be used as standalone arguments here, i.e. `{name}`")
                fcx.diags.append(d)
                fcx.has_errors = True
                return True
    return False


def lower_generic_args(fcx, ga) -> tuple:
    return _lower_args(fcx, ga)


def _kind_word(fcx, t) -> str:
    if type(t) is T.Adt:
        adt = fcx.items.adts.get(t.def_id)
        return adt.kind if adt else "type"
    if type(t) is T.Param:
        return "type parameter"
    return "type"


def _path_text(path: ast.Path) -> str:
    return "::".join(s.ident.name for s in path.segments)
