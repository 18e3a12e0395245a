"""Lowering AST types (and trait bounds) to `ty.Ty` inside a Scope.

One `LowerCx` per use says what an elided lifetime (`&T`, `'_`, a hidden `Ref<T>` lifetime)
becomes: a named universal region in fn signatures ('_elided0), an inference region in
bodies, E0106 in struct fields, 'static in consts. `impl Trait` in argument position
becomes a synthetic type parameter (`impl#0`), in return position an `Opaque`.
The item facts it needs (generics of ADTs/traits, aliases, assoc types) come from the
item builder through `source`, which lowers them on demand.
"""
from __future__ import annotations

from dataclasses import field, replace
from typing import Callable, Optional

from ..syntax.node_class import node_class
from ..diagnostics import registry
from ..syntax import ast
from . import ty as T
from .item_defs import ProjectionPred, TraitPred, TraitRef, TypeOutlives
from .type_fold import subst

INT_NAMES = {"i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize"}
FN_TRAITS = ("std::ops::Fn", "std::ops::FnMut", "std::ops::FnOnce")
FN_ONCE = "std::ops::FnOnce"


@node_class(slots=True)
class LowerCx:
    """How to lower one type. `elided(node)` -> Region for a lifetime not written;
    `infer(node)` -> Ty for `_` (None: E0121); `impl_trait(node)` -> Ty for `impl Trait`
    (None: unsupported here); `preds` collects bounds of synthetic params."""

    scope: object
    diags: list
    elided: Callable
    infer: Optional[Callable] = None
    impl_trait: Optional[Callable] = None
    what: str = "types"
    hr_count: list = field(default_factory=lambda: [0])
    # `for<'a>` names of an enclosing `dyn for<'a> Fn(..)`, renamed to its bound '_hrN
    renamed: dict = field(default_factory=dict)


def prim_ty(name: str) -> T.Ty:
    if name in INT_NAMES:
        return T.Int(name)
    if name in ("f32", "f64"):
        return T.Float(name)
    return {"bool": T.BOOL, "char": T.CHAR, "str": T.STR}[name]


class TypeLowerer:
    def __init__(self, resolver, source, edition: str = "2021"):
        self.resolver = resolver
        self.source = source
        self.edition = edition

    # ── types ──

    def lower(self, t: ast.Node, cx: LowerCx) -> T.Ty:
        cls = type(t)
        if cls is ast.PathType:
            return self.lower_path_type(t, cx)
        if cls is ast.RefType:
            region = self.region(t.lifetime, t, cx)
            inner = self.lower_pointee(t.inner, region, cx)
            return T.Ref(region, t.mutable, inner)
        if cls is ast.TupleType:
            return T.Tuple(tuple(self.lower(e, cx) for e in t.elems))
        if cls is ast.SliceType:
            return T.Slice(self.lower(t.elem, cx))
        if cls is ast.ArrayType:
            return T.Array(self.lower(t.elem, cx), self.const_len(t.length, cx))
        if cls is ast.PtrType:
            return T.Ptr(t.mutable, self.lower(t.inner, cx))
        if cls is ast.NeverType:
            return T.NEVER
        if cls is ast.FnPtrType:
            params, ret, _ = self.fn_sugar(t.params, t.ret, cx)
            return T.FnPtr(params, ret)
        if cls is ast.InferType:
            if cx.infer is not None:
                return cx.infer(t)
            cx.diags.append(registry.error("E0121.resolve", t.span, "not allowed in type signatures",
                                           what=cx.what))
            return T.ERROR
        if cls is ast.DynTraitType:
            return self.lower_dyn(t.bounds, t, None, cx)
        if cls is ast.ImplTraitType:
            if cx.impl_trait is not None:
                return cx.impl_trait(t)
            cx.diags.append(registry.unsupported(t.span, "`impl Trait` in this position"))
            return T.ERROR
        if cls is ast.Unsupported:
            cx.diags.append(registry.unsupported(t.span, t.what))
            return T.ERROR
        cx.diags.append(registry.unsupported(t.span, f"type `{cls.__name__}`"))
        return T.ERROR

    def lower_pointee(self, t, region, cx) -> T.Ty:
        """`&'a dyn Trait` defaults the object's lifetime to 'a (rustc's object lifetime
        defaults); elsewhere an unbounded `dyn Trait` is 'static."""
        if type(t) is ast.DynTraitType:
            return self.lower_dyn(t.bounds, t, region, cx)
        if self.edition in ("2015", "2018") and type(t) is ast.PathType and t.path.qself is None:
            res = self.resolver.resolve_path(t.path, cx.scope, "type")
            if res.binding is not None and res.binding.kind == "trait" and not res.rest:
                return self.lower_dyn((ast.TraitBound(t.span, t.path),), t, region, cx)
        return self.lower(t, cx)

    def hr_cx(self, cx: LowerCx) -> LowerCx:
        """Elided lifetimes inside `fn(&T)` and `Fn(&T)` are bound there ('_hr0, ...)."""
        def elided(node):
            name = f"'_hr{cx.hr_count[0]}"
            cx.hr_count[0] += 1
            return T.Region("param", name)
        return replace(cx, elided=elided)

    def fn_sugar(self, inputs: tuple, output, cx: LowerCx):
        """(input types, output type, first '_hr index) of `fn(A, B) -> R` / `Fn(A, B) -> R`:
        elided lifetimes of the inputs are bound there ('_hr0, ...); the output's elided
        lifetimes take the one lifetime of the only input that has lifetimes (rustc's
        elision rules), else E0106."""
        fcx = self.hr_cx(cx)
        first = cx.hr_count[0]
        tys = []
        per_input = []  # (input node, distinct regions)
        for node in inputs:
            t = self.lower(node, fcx)
            tys.append(t)
            regions = set(_elision_candidates(t))
            if regions:
                per_input.append((node, regions))
        source = next(iter(per_input[0][1])) if len(per_input) == 1 and len(per_input[0][1]) == 1 else None
        missing: list = []

        def elided_out(node):
            if source is not None:
                return source
            missing.append(node)
            return T.ERASED
        ret = self.lower(output, replace(fcx, elided=elided_out)) if output is not None else T.UNIT
        if missing:
            cx.diags.append(e0106_fn_sugar(missing, per_input, [n for n in inputs]))
        return tuple(tys), ret, first

    def region(self, lt: Optional[ast.Lifetime], node, cx: LowerCx) -> T.Region:
        if lt is None or lt.name == "_":
            return cx.elided(node)
        if lt.name == "static":
            return T.STATIC
        name = "'" + lt.name
        if name in cx.renamed:
            return T.Region("param", cx.renamed[name])
        if name in cx.scope.lifetimes:
            return T.Region("param", name)
        d = registry.error("E0261.resolve", lt.span, "undeclared lifetime", name=name)
        cx.diags.append(d)
        return T.Region("param", name)

    def const_len(self, e, cx):
        """An array length: its value, a const parameter `N` as `Param("N")`, else None."""
        if type(e) is ast.PathExpr and len(e.path.segments) == 1 and e.path.qself is None:
            name = e.path.segments[0].ident.name
            if any(n == name for n, _ in cx.scope.const_params):
                return T.Param(name)
        return self.source.eval_const_int(e, cx.scope)

    # ── paths in type position ──

    def lower_path_type(self, t: ast.PathType, cx: LowerCx) -> T.Ty:
        path = t.path
        if path.qself is not None:
            return self.lower_qpath(path, cx)
        res = self.resolver.resolve_path(path, cx.scope, "type")
        if res.binding is None:
            if res.error is not None:
                cx.diags.append(res.error)
            return T.ERROR
        b = res.binding
        rest = res.rest
        nseg = len(path.segments) - len(rest)
        seg = path.segments[nseg - 1]
        base = self.binding_ty(b, seg, t, cx)
        if base is None:
            return T.ERROR
        if not rest:
            return base
        # `T::Item`, `Self::Item`, `<X>::Item`: an associated type of a bound trait
        if len(rest) > 1:
            cx.diags.append(registry.unsupported(path.span, "nested associated type paths"))
            return T.ERROR
        return self.assoc_type(base, b, rest[0], path, cx)

    def binding_ty(self, b, seg: ast.PathSegment, node, cx: LowerCx) -> Optional[T.Ty]:
        kind = b.kind
        if kind == "prim":
            self.no_args(seg, cx, f"builtin type `{b.target}`")
            return prim_ty(b.target)
        if kind == "type_param":
            self.no_args(seg, cx, f"type parameter `{b.target}`")
            return T.Param(b.target)
        if kind == "self_ty":
            self.no_args(seg, cx, "self type")
            return cx.scope.self_ty if cx.scope.self_ty is not None else T.ERROR
        if kind in ("struct", "enum", "union"):
            return T.Adt(b.target, self.adt_args(b.target, kind, seg, cx))
        if kind == "type_alias":
            info = self.source.alias_info(b.target)
            if info is None:
                return T.ERROR
            args = self.adt_args(b.target, "type alias", seg, cx, generics=info.generics)
            names = list(info.generics.types)
            mapping = dict(zip(names, [a for a in args if not isinstance(a, T.Region)]))
            out = subst(info.ty, mapping) if mapping else info.ty
            regions = dict(zip(info.generics.lifetimes, [a for a in args if isinstance(a, T.Region)]))
            return subst_regions(out, regions) if regions else out
        if kind == "trait":
            # a bare trait in type position: a trait object before edition 2021, an error since
            if self.edition in ("2015", "2018") and type(node) is ast.PathType:
                return self.lower_dyn((ast.TraitBound(node.span, node.path),), node, None, cx)
            d = registry.error("E0782.resolve", node.span, None)
            d.help("you can add the `dyn` keyword if you want a trait object", node.span.shrink_to_lo(),
                   "dyn ")
            cx.diags.append(d)
            return T.ERROR
        if kind == "assoc_type":
            return None
        name = seg.ident.name
        d = registry.error("E0573.resolve", seg.ident.span, "not a type", kind=_kind_word(kind), name=name)
        cx.diags.append(d)
        return None

    def no_args(self, seg: ast.PathSegment, cx: LowerCx, what: str) -> None:
        if seg.generic_args is not None:
            cx.diags.append(registry.error("E0109.resolve", seg.generic_args.span, "type argument not allowed",
                                           what=what))

    def adt_args(self, def_id: str, kind: str, seg: ast.PathSegment, cx: LowerCx, generics=None) -> tuple:
        g = generics if generics is not None else self.source.generics(def_id)
        if g is None:
            return ()
        given = seg.generic_args.args if isinstance(seg.generic_args, ast.GenericArgs) else ()
        lts = [a for a in given if type(a) is ast.Lifetime]
        others = [a for a in given if type(a) not in (ast.Lifetime, ast.AssocBinding)]
        if any(type(a) is ast.AssocBinding for a in given):
            bad = next(a for a in given if type(a) is ast.AssocBinding)
            cx.diags.append(registry.error("E0229.resolve", bad.span, "associated item constraint not allowed here"))
        regions = []
        if lts and g.lifetimes:
            first_lt = next(i for i, a in enumerate(given) if type(a) is ast.Lifetime)
            early = [a for a in given[:first_lt] if type(a) is not ast.AssocBinding]
            if early:  # lifetimes come first: rustc reads the first other argument as a lifetime
                cx.diags.append(registry.error("E0747.resolve", early[0].span, None))
        if lts:
            if len(lts) != len(g.lifetimes):
                self.e0107(kind, seg, "lifetime", len(g.lifetimes), len(lts), g, cx)
            regions = [self.region(lt, lt, cx) for lt in lts[:len(g.lifetimes)]]
        while len(regions) < len(g.lifetimes):
            regions.append(cx.elided(seg))
        n_types = len(g.types)
        n_consts = len(g.consts)
        defaults = dict(g.defaults)
        required = sum(1 for n in g.types if n not in defaults) + n_consts
        if len(others) > n_types + n_consts or (others and len(others) < required) or \
                (not others and required and seg.generic_args is None and kind != "type alias"):
            self.e0107(kind, seg, "generic", n_types + n_consts, len(others), g, cx,
                       at_most=len(defaults) > 0, required=required)
        tys = []
        mapping = {}
        for i, name in enumerate(g.types):
            if i < len(others):
                a = others[i]
                t = self.lower(a, cx) if not isinstance(a, ast.Node) or _is_type(a) else T.ERROR
            elif name in defaults:
                t = subst(defaults[name], mapping)
            else:
                t = cx.infer(seg) if cx.infer is not None else T.ERROR
            mapping[name] = t
            tys.append(t)
        consts = []
        for j, (name, _cty) in enumerate(g.consts):
            a = others[n_types + j] if n_types + j < len(others) else None
            consts.append(self.const_arg(a, cx))
        return tuple(regions) + tuple(tys) + tuple(consts)

    def const_arg(self, a, cx):
        if a is None:
            return None
        if type(a) is ast.PathType and len(a.path.segments) == 1:
            name = a.path.segments[0].ident.name
            if any(n == name for n, _ in cx.scope.const_params):
                return T.Param(name)
        if isinstance(a, ast.Node) and not _is_type(a):
            return self.source.eval_const_int(a, cx.scope)
        if type(a) is ast.PathType:
            return self.source.eval_const_int(ast.PathExpr(a.span, a.path), cx.scope)
        return None

    def e0107(self, kind, seg, what, expected, given, g, cx, at_most=False, required=None):
        noun = "lifetime argument" if what == "lifetime" else "generic argument"
        if given == 0 and what != "lifetime":
            d = registry.error("E0107.resolve_missing", seg.ident.span,
                               f"expected {_plural(required or expected, noun)}",
                               kind=kind, name=seg.ident.name)
        else:
            exp = f"{'at most ' if at_most and given > expected else ''}{_plural(expected, noun)}"
            d = registry.error("E0107.resolve_more", seg.ident.span, f"expected {exp}", kind=kind,
                               expected=exp, given=_plural(given, noun, were=True))
        cx.diags.append(d)

    def lower_qpath(self, path: ast.Path, cx: LowerCx) -> T.Ty:
        q = path.qself
        self_ty = self.lower(q.ty, cx)
        segs = path.segments
        if q.trait_len == 0:
            if len(segs) != 1:
                cx.diags.append(registry.unsupported(path.span, "this qualified path"))
                return T.ERROR
            return self.assoc_type(self_ty, None, segs[0], path, cx)
        trait_path = ast.Path(path.span, segs[:q.trait_len], path.is_global)
        rest = segs[q.trait_len:]
        if len(rest) != 1:
            cx.diags.append(registry.unsupported(path.span, "this qualified path"))
            return T.ERROR
        tref, _ = self.trait_ref(trait_path, self_ty, cx)
        if tref is None:
            return T.ERROR
        name = rest[0].ident.name
        owner = self.source.trait_declaring_assoc(tref.trait_id, name)
        if owner is None:
            cx.diags.append(registry.error("E0220.resolve", rest[0].ident.span,
                                           f"associated type `{name}` not found", name=name,
                                           ty=tref.trait_id.rsplit("::", 1)[-1]))
            return T.ERROR
        if owner != tref.trait_id:
            tref = TraitRef(owner, self_ty, ())
        return T.Alias(tref.trait_id, name, self_ty, tref.args)

    def assoc_type(self, base: T.Ty, b, seg: ast.PathSegment, path, cx: LowerCx) -> T.Ty:
        """`T::Name` / `Self::Name`: find the trait declaring Name among T's bounds."""
        name = seg.ident.name
        scope = cx.scope
        # in a trait impl, `Self::Item` is the impl's own `type Item = ...`
        if type(base) is not T.Param and scope.impl_id is not None and base == scope.self_ty:
            value = self.source.impl_assoc_type(scope.impl_id, name)
            if value is not None:
                return value
        if type(base) is T.Param:
            candidates = [tid for p, tid, _ in scope.param_bounds if p == base.name]
            if base.name == "Self" and scope.self_trait is not None:
                candidates.insert(0, scope.self_trait)
            seen = set()
            owners = []
            for tid in candidates:
                owner = self.source.trait_declaring_assoc(tid, name, seen)
                if owner is not None and owner not in owners:
                    owners.append(owner)
            if len(owners) > 1:  # two unrelated bounds declare `name`
                cx.diags.append(registry.error("E0221.resolve", path.span, f"ambiguous associated type `{name}`",
                                               name=name, param=base.name))
            if owners:
                return T.Alias(owners[0], name, base, self.source.bound_args(scope, base.name, owners[0]))
        elif scope.self_trait is not None and base == scope.self_ty:
            owner = self.source.trait_declaring_assoc(scope.self_trait, name)
            if owner is not None:
                return T.Alias(owner, name, base, ())
        if type(base) is T.Error:
            return T.ERROR
        d = registry.error("E0220.resolve", seg.ident.span, f"associated type `{name}` not found",
                           name=name, ty=path_text(path, len(path.segments) - 1))
        if type(base) is not T.Param:
            d = registry.error("E0223.resolve", path.span, None)
        cx.diags.append(d)
        return T.ERROR

    # ── bounds ──

    def trait_ref(self, path: ast.Path, self_ty: T.Ty, cx: LowerCx, bound_regions=()):
        """(TraitRef, [ProjectionPred]) for a bound path like `Iterator<Item = u8>` or
        `Fn(&str) -> bool`; (None, []) when the path is not a trait (reported)."""
        res = self.resolver.resolve_path(path, cx.scope, "trait")
        if res.binding is None or res.binding.kind != "trait" or res.rest:
            if res.error is not None:
                cx.diags.append(res.error)
            elif res.binding is not None:
                seg = path.segments[-1]
                cx.diags.append(registry.error("E0404.resolve", seg.ident.span, "not a trait",
                                               kind=_kind_word(res.binding.kind), name=seg.ident.name))
            return None, []
        trait_id = res.binding.target
        seg = path.segments[-1]
        g = self.source.generics(trait_id)
        params = g.types[1:] if g is not None else ()
        projections = []
        ga = seg.generic_args
        if type(ga) is ast.FnSugarArgs:
            inputs, output, first = self.fn_sugar(ga.inputs, ga.output, cx)
            args = (T.Tuple(inputs),)
            # elided lifetimes in `Fn(&T) -> &U` are bound by the bound itself
            hr = tuple(bound_regions) + tuple(f"'_hr{i}" for i in range(first, cx.hr_count[0]))
            projections.append(ProjectionPred(TraitRef(FN_ONCE, self_ty, args), "Output", output,
                                              path.span, hr))
            return TraitRef(trait_id, self_ty, args), projections
        given = ga.args if isinstance(ga, ast.GenericArgs) else ()
        tys = [a for a in given if type(a) not in (ast.Lifetime, ast.AssocBinding)]
        if len(tys) > len(params):
            self.e0107("trait", seg, "generic", len(params), len(tys), g, cx)
        defaults = dict(g.defaults) if g is not None else {}
        mapping = {"Self": self_ty}
        args = []
        for i, name in enumerate(params):
            if i < len(tys):
                t = self.lower(tys[i], cx)
            elif name in defaults:
                t = subst(defaults[name], mapping)
            else:
                t = cx.infer(seg) if cx.infer is not None else T.ERROR
                if cx.infer is None:
                    self.e0107("trait", seg, "generic", len(params), len(tys), g, cx)
            mapping[name] = t
            args.append(t)
        tref = TraitRef(trait_id, self_ty, tuple(args))
        for a in given:
            if type(a) is ast.AssocBinding:
                owner = self.source.trait_declaring_assoc(trait_id, a.name.name)
                if owner is None:
                    cx.diags.append(registry.error("E0220.resolve", a.name.span,
                                                   f"associated type `{a.name.name}` not found",
                                                   name=a.name.name, ty=seg.ident.name))
                    continue
                oref = tref if owner == trait_id else TraitRef(owner, self_ty, ())
                projections.append(ProjectionPred(oref, a.name.name, self.lower(a.ty, cx), a.span,
                                                  bound_regions))
        return tref, projections

    def bounds(self, self_ty: T.Ty, bounds: tuple, cx: LowerCx, for_lifetimes=()) -> list:
        """Predicates for `self_ty: b1 + b2 + 'a`."""
        out = []
        for b in bounds:
            if type(b) is ast.LifetimeBound:
                out.append(TypeOutlives(self_ty, self.region(b.lifetime, b, cx), b.span))
                continue
            if type(b) is not ast.TraitBound:
                cx.diags.append(registry.unsupported(b.span, "this bound"))
                continue
            hr = tuple("'" + lt.name for lt in tuple(for_lifetimes) + tuple(b.for_lifetimes))
            bcx = cx
            if hr:
                bcx = replace(cx, scope=replace(cx.scope, lifetimes=cx.scope.lifetimes + hr))
            tref, projs = self.trait_ref(b.path, self_ty, bcx, hr)
            if tref is None:
                continue
            if type(b.path.segments[-1].generic_args) is ast.FnSugarArgs and projs:
                hr = projs[-1].bound_regions
            out.append(TraitPred(tref, b.maybe, b.span, hr))
            out.extend(projs)
        return out

    def lower_dyn(self, bounds: tuple, node, default_region, cx: LowerCx) -> T.Ty:
        principal = None
        autos = []
        region = None
        assoc = []
        for b in bounds:
            if type(b) is ast.LifetimeBound:
                region = self.region(b.lifetime, b, cx)
                continue
            if type(b) is not ast.TraitBound:
                continue
            tref, projs = self.trait_ref(b.path, T.Param("Self"), self.dyn_binder(b, cx))
            if tref is None:
                return T.ERROR
            if principal is None and not self.source.is_auto_trait(tref.trait_id):
                principal = tref
                first_span = b.span
                assoc = [(p.name, p.ty) for p in projs]
                missing = self.source.note_dyn_bindings(b.span, tref.trait_id, tuple(n for n, _ in assoc))
                if missing:
                    from .dyn_compat import unspecified_assoc_error

                    # E0191 makes the type an error, so nothing downstream reports it again
                    cx.diags.append(unspecified_assoc_error(b.span, missing))
                    return T.ERROR
            elif not self.source.is_auto_trait(tref.trait_id):
                d = registry.error("E0225.resolve", b.span, "additional non-auto trait")
                d.label(first_span, "first non-auto trait")
                cx.diags.append(d)
                return T.ERROR
            else:
                autos.append(tref.trait_id)
        if region is None and any(self.source.trait_requires_static(t)
                                  for t in ((principal.trait_id,) if principal else ()) + tuple(autos)):
            region = T.STATIC  # the trait's own `'static` bound beats the context's default
        if region is None and default_region is None and cx.what == "types":
            # inside a fn body (let/cast/closure annotations) the object lifetime is inferred
            region = cx.elided(node)
        if region is None:
            region = default_region if default_region is not None else T.STATIC
        if principal is None:
            if not autos:
                cx.diags.append(registry.error("E0224.resolve", node.span, None))
                return T.ERROR
            return T.Dyn(autos[0], (), tuple(sorted(autos[1:])), region, ())
        self.source.note_dyn(node.span, principal.trait_id)
        return T.Dyn(principal.trait_id, principal.args, tuple(sorted(autos)), region, tuple(assoc))


    def dyn_binder(self, b: ast.TraitBound, cx: LowerCx) -> LowerCx:
        """`dyn for<'a> Fn(&'a T) -> &'a U`: a trait object type has no list of bound
        regions, so its `for<'a>` names become bound '_hrN names, as elided ones are."""
        if not b.for_lifetimes:
            return cx
        renamed = dict(cx.renamed)
        for lt in b.for_lifetimes:
            renamed["'" + lt.name] = f"'_hr{cx.hr_count[0]}"
            cx.hr_count[0] += 1
        return replace(cx, renamed=renamed)


def e0106_fn_sugar(missing: list, per_input: list, inputs: list):
    """E0106 for an elided output lifetime of `Fn(..) -> &T` / `fn(..) -> &T` that elision
    cannot fill: no input lifetime, or several (rustc's wording for these parameters)."""
    from .item_sigs import elided_span
    spans = [elided_span(n) for n in missing]
    key = "E0106.resolve" if len(spans) == 1 else "E0106.resolve_many"
    d = registry.error(key, spans[0], "expected named lifetime parameter")
    for sp in spans[1:]:
        d.primary(sp, "expected named lifetime parameter")
    for node, _ in per_input:
        d.label(node.span, "")
    if not per_input:
        d.help("this function's return type contains a borrowed value, but there is no value for it "
               "to be borrowed from")
        for sp in spans:
            d.help("consider using the `'static` lifetime, but this is uncommon unless you're returning "
                   "a borrowed value from a `const` or a `static`", sp.shrink_to_hi(), "'static ",
                   "MaybeIncorrect")
        if len(missing) == 1 and type(missing[0]) is ast.RefType and missing[0].lifetime is None:
            ref = missing[0]
            d.help("instead, you are more likely to want to return an owned value",
                   type(ref.span)(ref.span.lo, ref.inner.span.lo), "", "MaybeIncorrect")
        return d
    if len(per_input) == 1:
        node, regions = per_input[0]
        d.help("this function's return type contains a borrowed value, but the signature does not say "
               f"which one of argument {inputs.index(node) + 1}'s {len(regions)} lifetimes it is "
               "borrowed from")
    else:
        names = [f"argument {inputs.index(node) + 1}" for node, _ in per_input]
        listed = " or ".join(names) if len(names) <= 2 else ", ".join(names[:-1]) + ", or " + names[-1]
        d.help("this function's return type contains a borrowed value, but the signature does not say "
               f"whether it is borrowed from {listed}")
    d.note("for more information on higher-ranked polymorphism, visit "
           "https://doc.rust-lang.org/nomicon/hrtb.html")
    return d


def _elision_candidates(t: T.Ty) -> list:
    """The lifetimes of an input type that elision may give the output: references' and
    lifetime arguments, not those bound inside a nested `fn(&T)` / `dyn Fn(&T)` nor a
    trait object's default."""
    out, stack = [], [t]
    while stack:
        x = stack.pop()
        cls = type(x)
        if cls is T.Ref:
            out.append(x.region)
            stack.append(x.inner)
        elif cls is T.Adt:
            for a in x.args:
                if type(a) is T.Region:
                    out.append(a)
                elif a is not None and not isinstance(a, int):
                    stack.append(a)
        elif cls is T.Tuple:
            stack.extend(x.elems)
        elif cls is T.Slice or cls is T.Array or cls is T.Ptr:
            stack.append(x.elem if cls is not T.Ptr else x.inner)
    return out


def subst_regions(t: T.Ty, regions: dict) -> T.Ty:
    """Rename lifetime params ("'a" -> Region) inside t (alias expansion)."""
    from .type_fold import fold

    def leaf(x):
        if type(x) is T.Ref and x.region.kind == "param" and x.region.name in regions:
            return T.Ref(regions[x.region.name], x.mutable, fold(x.inner, leaf))
        if type(x) is T.Adt and any(type(a) is T.Region for a in x.args):
            return T.Adt(x.def_id, tuple(
                regions.get(a.name, a) if type(a) is T.Region and a.kind == "param" else
                (fold(a, leaf) if not isinstance(a, (T.Region, int)) and a is not None else a)
                for a in x.args))
        return None

    return fold(t, leaf)


def _is_type(a) -> bool:
    return type(a) in (ast.PathType, ast.RefType, ast.PtrType, ast.TupleType, ast.ArrayType,
                       ast.SliceType, ast.FnPtrType, ast.ImplTraitType, ast.DynTraitType,
                       ast.NeverType, ast.InferType)


def _plural(n: int, noun: str, were: bool = False) -> str:
    """"2 generic arguments"; with were=True "2 generic arguments were" ("1 ... was")."""
    s = f"{n} {noun}{'' if n == 1 else 's'}"
    if were:
        s += " was" if n == 1 else " were"
    return s


def _kind_word(kind: str) -> str:
    return {"fn": "function", "ctor": "struct", "const": "constant", "static": "static",
            "mod": "module", "variant": "variant", "type_alias": "type alias",
            "type_param": "type parameter", "prim": "builtin type", "enum": "enum",
            "struct": "struct", "trait": "trait", "union": "union"}.get(kind, kind)


def path_text(path: ast.Path, n: Optional[int] = None) -> str:
    segs = path.segments[:n] if n is not None else path.segments
    return "::".join(s.ident.name for s in segs)
