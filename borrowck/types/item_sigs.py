"""Lowering function signatures: receivers, `impl Trait` arguments, and lifetime elision.

Elision follows rustc: each input lifetime that is not written becomes a fresh universal
region ('_elided0, '_elided1, ...). The output's elided lifetimes take
1. the receiver's lifetime when the receiver is a reference to `Self` (`&self`, `&mut self`,
   `self: &Self`), else
2. the one lifetime of the only parameter that mentions lifetimes (written or elided,
   'static included), else
3. nothing: E0106 "missing lifetime specifier" at each elided output lifetime.
"""
from __future__ import annotations

from dataclasses import replace

from ..diagnostics import registry
from ..syntax import ast
from ..syntax.walk import iter_nodes
from . import ty as T
from .item_defs import FnSig, GenericParams
from .lower_ty import LowerCx
from .type_fold import walk


def regions_in(t: T.Ty) -> list:
    """Every region occurrence in t (references, ADT lifetime args). A `dyn` object's
    region is left out: its default ('static, or the enclosing reference's) is no elision
    candidate; explicit `dyn Trait + 'a` bounds are added from the syntax (dyn_bounds_in)."""
    out = []
    for x in walk(t):
        cls = type(x)
        if cls is T.Ref:
            out.append(x.region)
        elif cls is T.Adt:
            out.extend(a for a in x.args if type(a) is T.Region)
    # lifetimes bound inside `fn(&T)` / `Fn(&T)` belong to those types, not the signature
    return [r for r in out if not r.name.startswith("'_hr")]


def self_kind_of(t: T.Ty, self_ty: T.Ty) -> str:
    if t == self_ty:
        return "value"
    if type(t) is T.Ref and t.inner == self_ty:
        return "ref_mut" if t.mutable else "ref"
    if type(t) is T.Adt and t.args and t.args[-1] == self_ty:
        return {"std::boxed::Box": "box", "std::rc::Rc": "rc", "std::sync::Arc": "arc"}.get(t.def_id, "other")
    if type(t) is T.Adt and t.def_id == "std::pin::Pin":
        return "pin"
    return "other"


def lower_fn_sig(lowerer, fn: ast.Fn, def_id: str, scope, parent: GenericParams | None,
                 own: GenericParams, container, trait_item, is_std: bool, diags: list,
                 parent_lifetimes: tuple) -> FnSig:
    elided_names: list = []
    impl_params: list = []
    impl_preds: list = []

    def elided_in(node):
        name = f"'_elided{len(elided_names)}"
        elided_names.append(name)
        return T.Region("param", name)

    cx = LowerCx(scope, diags, elided_in, None, None, "functions")

    def impl_arg(node: ast.ImplTraitType):
        name = f"impl#{len(impl_params)}"
        impl_params.append(name)
        impl_preds.extend(lowerer.bounds(T.Param(name), node.bounds, cx))
        return T.Param(name)

    cx.impl_trait = impl_arg
    self_ty = scope.self_ty if scope.self_ty is not None else T.ERROR
    params = []
    per_param_regions = []  # (param node, [regions]) for elision
    self_region = None
    self_kind = None
    sp = fn.self_param
    if sp is not None:
        if sp.explicit_ty is not None:
            st = lowerer.lower(sp.explicit_ty, cx)
        elif sp.is_ref:
            st = T.Ref(lowerer.region(sp.lifetime, sp, cx), sp.ref_mutable, self_ty)
        else:
            st = self_ty
        self_kind = self_kind_of(st, self_ty)
        params.append(st)
        rs = regions_in(st)
        if type(st) is T.Ref and st.inner == self_ty:
            self_region = st.region
        elif self_kind in ("box", "rc", "arc", "pin", "other") and rs:
            # `self: Pin<&mut Self>`, `self: Box<&Self>`: a reference to Self inside
            inner = [x for x in walk(st) if type(x) is T.Ref and x.inner == self_ty]
            if len(inner) == 1:
                self_region = inner[0].region
        per_param_regions.append((sp, rs))
    for p in fn.params:
        t = lowerer.lower(p.ty, cx)
        params.append(t)
        per_param_regions.append((p, regions_in(t) + dyn_bounds_in(lowerer, p.ty, cx)))
    # the elision source for the output
    source = self_region
    if source is None:
        with_regions = [(n, rs) for n, rs in per_param_regions if rs]
        if len(with_regions) == 1 and len(set(with_regions[0][1])) == 1:
            source = with_regions[0][1][0]
    missing: list = []
    opaque_count = [0]

    def elided_out(node):
        if source is not None:
            return source
        missing.append(node)
        return T.ERASED

    out_cx = LowerCx(scope, diags, elided_out, None, None, "return types")

    def impl_ret(node: ast.ImplTraitType):
        k = opaque_count[0]
        opaque_count[0] += 1
        preds = tuple(lowerer.bounds(T.Param("Self"), node.bounds, out_cx))
        return T.Opaque(f"{def_id}::{{opaque#{k}}}", preds)

    out_cx.impl_trait = impl_ret
    ret = lowerer.lower(fn.ret, out_cx) if fn.ret is not None else T.UNIT
    if missing:
        diags.append(e0106_fn(missing, per_param_regions, fn))
    if impl_params:
        own = replace(own, types=own.types + tuple(impl_params), preds=own.preds + tuple(impl_preds))
    lifetimes = tuple(parent_lifetimes) + own.lifetimes + tuple(elided_names)
    cx.impl_trait = out_cx.impl_trait = None  # each closure refers to its context: break the cycles
    return FnSig(def_id, fn.ident.name, tuple(params), ret, sp is not None, self_kind, own, lifetimes,
                 container, trait_item, fn.body is not None, is_std, "unsafe" in fn.qualifiers,
                 "const" in fn.qualifiers, fn, fn.ident.span)


def dyn_bounds_in(lowerer, t: ast.Node, cx) -> list:
    """Regions written as `dyn Trait + 'a` bounds inside a parameter type."""
    out = []
    for node in iter_nodes(t):
        if type(node) is ast.DynTraitType:
            for b in node.bounds:
                if type(b) is ast.LifetimeBound and b.lifetime.name != "_":
                    out.append(lowerer.region(b.lifetime, b, cx))
    return out


def elided_span(node):
    """Where rustc points for a missing lifetime: the `&` of a reference, a `'_`, or the
    type name whose lifetime parameter is hidden."""
    if type(node) is ast.RefType:
        return type(node.span)(node.span.lo, node.span.lo + 1)
    if type(node) is ast.PathSegment:
        return node.ident.span
    return node.span


def e0106_fn(missing: list, per_param, fn=None):
    spans = [elided_span(n) for n in missing]
    key = "E0106.resolve" if len(spans) == 1 else "E0106.resolve_many"
    d = registry.error(key, spans[0], "expected named lifetime parameter")
    for s in spans[1:]:
        d.primary(s, "expected named lifetime parameter")
    with_regions = [(n, rs) for n, rs in per_param if rs]
    for n, _ in with_regions:
        span = n.ty.span if type(n) is ast.Param else n.span
        d.label(span, "")
    if not with_regions:
        d.help("this function's return type contains a borrowed value, but there is no value for it "
               "to be borrowed from")
        for s in spans:
            d.help("consider using the `'static` lifetime, but this is uncommon unless you're returning "
                   "a borrowed value from a `const` or a `static`", s.shrink_to_hi(), "'static ",
                   "MaybeIncorrect")
    elif all(r.kind != "param" or not r.name.startswith("'_") for _, rs in with_regions for r in rs):
        d.help("this function's return type contains a borrowed value with an elided lifetime, but the "
               "lifetime cannot be derived from the arguments")
    else:
        names = [_param_name(n) for n, _ in with_regions]
        d.help("this function's return type contains a borrowed value, but the signature does not say "
               f"whether it is borrowed from {_listify(names)}")
        edits = _named_lifetime_edits(fn, missing, [n for n, _ in with_regions])
        if edits:
            d.children.append(registry.suggestion("consider introducing a named lifetime parameter", edits,
                                                  "MaybeIncorrect"))
        else:
            d.help("consider introducing a named lifetime parameter")
    return d


def _named_lifetime_edits(fn, missing, params):
    """rustc's fix for elided lifetimes it cannot resolve: a new `'a` on the fn and after
    every elided `&` of the borrowing parameters and the output (None unless all are `&`)."""
    if fn is None or any(type(n) is not ast.RefType or n.lifetime is not None for n in missing):
        return None
    refs = []
    for p in params:
        if type(p) is not ast.Param:
            return None
        for n in iter_nodes(p.ty):
            if type(n) is ast.RefType and n.lifetime is None:
                refs.append(n)
            elif type(n) in (ast.Lifetime, ast.DynTraitType, ast.ImplTraitType):
                return None  # `'_`, trait-object or hidden lifetimes: rustc's edit differs
    taken = {"'" + p.lifetime.name.lstrip("'") for p in fn.generics.params if type(p) is ast.LifetimeParam} \
        if fn.generics is not None else set()
    name = next(f"'{c}" for c in "abcdefghijklmnopqrstuvwxyz" if f"'{c}" not in taken)
    g = fn.generics
    Span = type(fn.ident.span)
    if g is not None and g.params and g.span.hi > g.span.lo:
        edits = [(Span(g.span.lo + 1, g.span.lo + 1), f"{name}, ")]
    else:
        edits = [(Span(fn.ident.span.hi, fn.ident.span.hi), f"<{name}>")]
    for n in sorted(refs + list(missing), key=lambda n: n.span.lo):
        edits.append((Span(n.span.lo + 1, n.span.lo + 1), f"{name} "))
    return edits


def _param_name(n) -> str:
    if type(n) is ast.SelfParam:
        return "self"
    pat = n.pat
    if type(pat) is ast.IdentPat:
        return pat.ident.name
    return "argument"


def _listify(names: list) -> str:
    quoted = [f"`{n}`" for n in names]
    if len(quoted) <= 2:
        return " or ".join(quoted)
    return ", ".join(quoted[:-1]) + ", or " + quoted[-1]
