"""Building the ItemTable: collect, resolve imports, lower every item (std model + crate).

1. The std model (`borrowck/std/*.rs`) is collected, resolved and lowered once per process
   (`std_items`), or loaded from the on-disk cache (`std.model_cache`); each crate's table
   starts from a copy of it.
2. The crate's items are collected into the module tree (`resolve.module_tree`), its `use`
   declarations resolved (`resolve.imports`).
3. Each item is lowered in source order (`ItemBuilder.lower_entry`): generics and bounds,
   field types, signatures (with lifetime elision, `item_sigs`), impl headers and methods.
   What one item needs of another (an ADT's generics, an alias, an impl's associated type)
   is lowered on demand and cached.
4. Derives become impls; `is_copy` / `has_drop_impl` are settled; indexes are built.
5. Item-level rules are checked (`item_checks`: E0046, E0053, E0407, E0117, E0120, E0184...).
"""
from __future__ import annotations

import functools
import gc
from dataclasses import replace

from ..diagnostics import registry
from ..resolve.imports import resolve_imports
from ..resolve.module_tree import DefCollector, ModuleTree
from ..resolve.path_res import PathResolver
from ..resolve.resolver import Resolver
from ..source.span import Span
from ..syntax import ast
from . import ty as T
from .item_defs import (AdtInfo, AssocTypeInfo, Binding, ConstInfo, FieldInfo, GenericParams, ImplInfo, ProjectionPred,
                        RegionOutlives, TraitInfo, TraitPred, TraitRef, TypeAliasInfo, TypeOutlives,
                        VariantInfo)
from .item_sigs import elided_span, lower_fn_sig
from .items import Scope, head_key
from .layered_dict import LayeredDict
from .lower_ty import LowerCx, TypeLowerer
from .type_fold import subst, walk

DERIVES = {
    "Debug": ("std::fmt::Debug", ("fmt",)),
    "Clone": ("std::clone::Clone", ("clone",)),
    "Copy": ("std::marker::Copy", ()),
    "PartialEq": ("std::cmp::PartialEq", ("eq",)),
    "Eq": ("std::cmp::Eq", ()),
    "PartialOrd": ("std::cmp::PartialOrd", ("partial_cmp",)),
    "Ord": ("std::cmp::Ord", ("cmp",)),
    "Hash": ("std::hash::Hash", ("hash",)),
    "Default": ("std::default::Default", ("default",)),
}


def build_item_table(cls, crate: ast.Crate, file, edition: str):
    std_table, std_tree = std_items(cls)
    table = _copy_table(cls, std_table)
    tree = ModuleTree(dict(std_tree.modules), [], [], {}, {})
    diags: list = []
    collector = DefCollector(tree, "crate", diags, edition)
    collector.add_module("crate", "crate", None)
    collector.collect(crate.items, "crate", file)
    paths = PathResolver(tree)
    resolve_imports(tree, paths, tree.uses, diags)
    builder = ItemBuilder(table, tree, paths, diags, is_std=False, edition=edition)
    builder.lower_all(tree.entries)
    builder.finish()
    from .item_checks import check_items

    check_items(table, builder, diags)
    from .adt_checks import check_adts

    check_adts(table, builder, crate.items, diags)
    if any(may_change_std_answers(i) for i in builder.own_impls()):
        table.std_answers = None
    table.modules = {k: v.ns for k, v in tree.modules.items()}
    table.module_parents = {k: v.parent for k, v in tree.modules.items()}
    table.block_modules = tree.block_modules
    table.node_defs.update(tree.node_defs)
    table.diagnostics = diags
    return table


@functools.lru_cache(maxsize=2)
def std_items(cls):
    """The std model's ItemTable and module tree, built (or loaded from cache) once per process."""
    # The model is ~100k long-lived objects: a collection pass per allocation burst would
    # dominate the build, so collection pauses and the result is frozen out of later passes.
    from ..std import model_cache

    enabled = gc.isenabled()
    gc.disable()
    try:
        key = model_cache.cache_key(cls)
        result = model_cache.load(key)
        if result is None:
            result = _build_std_items(cls)
            # the resolver is a live engine over the builder: rebuilt on load, not stored
            # spans are plain values: equal ones are stored once
            model_cache.save(key, result, skip={id(result[0]): ("resolver",)}, share=(Span,))
        else:
            _attach_resolver(*result)
    finally:
        if enabled:
            gc.enable()
    gc.freeze()
    return result


def _build_std_items(cls):
    from ..std.model import load_std_model

    model = load_std_model()
    tree = ModuleTree()
    diags: list = list(model.diagnostics)
    collector = DefCollector(tree, "std", diags)
    collector.add_module("std", "crate", None)
    for f in model.files:
        mod_id = f"std::{f.module}"
        collector.add_module(mod_id, "mod", "std")
        tree.modules["std"].ns.types[f.module] = Binding("mod", mod_id)
        collector.collect(f.items, mod_id, f.file)
    paths = PathResolver(tree)
    resolve_imports(tree, paths, tree.uses, diags)
    table = cls()
    builder = ItemBuilder(table, tree, paths, diags, is_std=True)
    builder.lower_all(tree.entries)
    builder.finish()
    tree.vis_scopes.clear()  # read while lowering only; keyed by AST nodes the cache loads lazily
    table.node_defs.update(tree.node_defs)
    table.diagnostics = diags  # problems in the model itself; tests assert there are none
    return table, tree


def _attach_resolver(table, tree) -> None:
    """A cached std table's resolver (ItemBuilder's constructor installs it)."""
    ItemBuilder(table, tree, PathResolver(tree), table.diagnostics, is_std=True)


def _copy_table(cls, std):
    t = cls()
    t.adts = dict(std.adts)
    t.fns = dict(std.fns)
    t.impls = dict(std.impls)
    t.traits = dict(std.traits)
    t.aliases = dict(std.aliases)
    t.consts = dict(std.consts)
    # only looked up (never iterated): layered over std's instead of copied
    t.item_scopes = LayeredDict(std.item_scopes)
    t.node_defs = LayeredDict(std.node_defs)
    # the index lists stay shared with std's: `build_indexes` copies a list before adding to it
    t.inherent_index = dict(std.inherent_index)
    t.trait_impl_index = dict(std.trait_impl_index)
    t.adt_impl_index = dict(std.adt_impl_index)
    if std.shared_impl_indexes is None:
        std.shared_impl_indexes = {}
    t.shared_impl_indexes = std.shared_impl_indexes
    if getattr(std, "std_answers", None) is None:
        from .trait_solver import SolverCache

        std.std_answers = SolverCache()
    t.std_answers = std.std_answers
    return t


def may_change_std_answers(impl) -> bool:
    """Whether a crate's impl could hold for a query on std traits and std types only
    (`trait_solver.std_only`): an impl of a std trait whose header has no type that such a
    query cannot contain, like a type of the crate (the orphan rules reject it, E0117/E0210,
    but the rest of the crate is still checked)."""
    tref = impl.trait_ref
    if tref is None or not tref.trait_id.startswith("std::"):
        return False
    for t in (tref.self_ty, *tref.args):
        if isinstance(t, (T.Region, int)):
            continue
        for x in walk(t):
            if type(x) in _NEVER_STD_ONLY or (type(x) is T.Adt and not x.def_id.startswith("std::")):
                return False
    return True


_NEVER_STD_ONLY = frozenset({T.FnDef, T.Closure, T.Dyn, T.Opaque})


def _erased(node):
    return T.ERASED


class ItemBuilder:
    """Lowers items into `table`; also the `source` TypeLowerer asks for item facts."""

    def __init__(self, table, tree: ModuleTree, paths: PathResolver, diags: list, is_std: bool,
                 edition: str = "2021"):
        self.table = table
        self.tree = tree
        self.paths = paths
        self.diags = diags
        self.is_std = is_std
        self.own_impl_ids: dict = {}  # impl DefIds this build added, in order (a set)
        self.own_adt_ids: dict = {}  # likewise ADT DefIds
        self.lowerer = TypeLowerer(paths, self, edition)
        table.resolver = Resolver(paths, self.lowerer)
        self.entries = {}  # DefId -> ItemEntry (this build's items)
        self.shallow = {}  # DefId -> GenericParams without predicates
        self.in_progress = set()
        self.impl_headers = {}  # impl DefId -> (node, scope)
        self.impl_assoc_cache = {}
        self.bound_args_cache = {}
        self.supertrait_cache = {}
        self.adt_derives = {}  # ADT DefId -> ((name, span), ...)
        self.impl_count = {}
        self.pending_impl = {}  # id(impl node) -> (impl DefId, scope, self_ty, trait_ref, generics)

    # ── driving ──

    def lower_all(self, entries: list) -> None:
        for e in entries:
            if e.def_id:
                self.entries[e.def_id] = e
        impls = [e for e in entries if isinstance(e.node, ast.Impl)]
        others = [e for e in entries if not isinstance(e.node, ast.Impl)]
        for e in impls:
            self.impl_header(e)
        for e in others:
            self.lower_entry(e)
        for e in impls:
            self.lower_impl(e)

    def lower_entry(self, e) -> None:
        node = e.node
        if isinstance(node, (ast.Struct, ast.Enum, ast.Union_)):
            self.lower_adt(e)
        elif isinstance(node, ast.Trait):
            self.lower_trait(e)
        elif isinstance(node, ast.TypeAlias):
            self.alias_info(e.def_id)
        elif isinstance(node, (ast.Const, ast.Static)):
            self.lower_const(e)
        elif isinstance(node, ast.Fn):
            scope = self.fn_scope(node, e.module, None, e.def_id)
            own = self.lower_generics(node.generics, scope, None)
            sig = lower_fn_sig(self.lowerer, node, e.def_id, scope, None, own, None, None, e.is_std,
                               self.diags, ())
            if node in self.tree.vis_scopes:  # private or `pub(crate)`/`pub(super)`/`pub(in ..)`
                sig = replace(sig, private_to=self.tree.vis_scopes[node])
            self.table.fns[e.def_id] = sig
            self.table.item_scopes[e.def_id] = scope

    # ── scopes ──

    def scope_for(self, module: str, generics: ast.Generics, parent: Scope | None, item: str,
                  self_ty=None, self_trait=None, impl_id=None, extra_bounds=()) -> Scope:
        types = list(parent.type_params) if parent else []
        lifetimes = list(parent.lifetimes) if parent else []
        consts = list(parent.const_params) if parent else []
        bounds = list(parent.param_bounds) if parent else []
        for p in generics.params:
            if type(p) is ast.TypeParam:
                types.append(p.ident.name)
            elif type(p) is ast.LifetimeParam:
                lifetimes.append("'" + p.lifetime.name)
            elif type(p) is ast.ConstParam:
                consts.append((p.ident.name, _const_param_ty(p.ty)))
        scope = Scope(module, tuple(types), tuple(lifetimes),
                      self_ty if self_ty is not None else (parent.self_ty if parent else None),
                      self_trait if self_trait is not None else (parent.self_trait if parent else None),
                      item, tuple(consts), (), impl_id if impl_id is not None else (parent.impl_id if parent else None))
        for p in generics.params:
            if type(p) is ast.TypeParam:
                bounds.extend(self.syntactic_bounds(p.ident.name, p.bounds, scope))
        for w in generics.where_clause:
            b = w.bounded
            if type(b) is ast.PathType and len(b.path.segments) == 1 and b.path.qself is None:
                name = b.path.segments[0].ident.name
                if name in scope.type_params or name == "Self":
                    bounds.extend(self.syntactic_bounds(name, w.bounds, scope))
        bounds.extend(extra_bounds)
        return replace(scope, param_bounds=tuple(bounds))

    def syntactic_bounds(self, name: str, bounds: tuple, scope: Scope) -> list:
        out = []
        for b in bounds:
            if type(b) is ast.TraitBound and not b.maybe:
                res = self.paths.resolve_path(b.path, scope, "trait")
                if res.binding is not None and res.binding.kind == "trait" and not res.rest:
                    out.append((name, res.binding.target, b.path))
        return out

    def fn_scope(self, fn: ast.Fn, module: str, parent: Scope | None, def_id: str) -> Scope:
        return self.scope_for(module, fn.generics, parent, def_id)

    # ── generics ──

    def lower_generics(self, g: ast.Generics, scope: Scope, parent_id, extra_lifetimes=(),
                       self_param=False) -> GenericParams:
        cx = LowerCx(scope, self.diags, _erased, None, None, "generics")
        lifetimes = []
        types = ["Self"] if self_param else []
        consts = []
        defaults = []
        preds = []
        for p in g.params:
            if type(p) is ast.LifetimeParam:
                name = "'" + p.lifetime.name
                lifetimes.append(name)
                for b in p.bounds:
                    preds.append(RegionOutlives(T.Region("param", name),
                                                self.lowerer.region(b, b, cx), b.span))
            elif type(p) is ast.TypeParam:
                types.append(p.ident.name)
                if p.default is not None:
                    defaults.append((p.ident.name, self.lowerer.lower(p.default, cx)))
                preds.extend(self.lowerer.bounds(T.Param(p.ident.name), p.bounds, cx))
            elif type(p) is ast.ConstParam:
                cty = self.lowerer.lower(p.ty, cx)
                if type(cty) is T.Param:  # `const N: T`
                    self.diags.append(registry.error("E0770.resolve", p.ty.span,
                                                     f"the type must not depend on the parameter `{cty.name}`"))
                    cty = T.ERROR
                consts.append((p.ident.name, cty))
        for w in g.where_clause:
            if type(w.bounded) is ast.Lifetime:
                longer = self.lowerer.region(w.bounded, w.bounded, cx)
                for b in w.bounds:
                    lt = b.lifetime if type(b) is ast.LifetimeBound else None
                    if lt is not None:
                        preds.append(RegionOutlives(longer, self.lowerer.region(lt, lt, cx), b.span))
                continue
            hr = tuple("'" + lt.name for lt in w.for_lifetimes)
            wcx = cx if not hr else replace(cx, scope=replace(scope, lifetimes=scope.lifetimes + hr))
            bounded = self.lowerer.lower(w.bounded, wcx)
            preds.extend(self.lowerer.bounds(bounded, w.bounds, wcx, w.for_lifetimes))
        return GenericParams(parent_id, tuple(lifetimes) + tuple(extra_lifetimes), tuple(types),
                             tuple(consts), tuple(defaults), tuple(preds), g)

    def generics(self, def_id: str):
        """An item's generics (predicates possibly missing while it is being lowered)."""
        for table in (self.table.adts, self.table.traits, self.table.aliases, self.table.impls,
                      self.table.fns):
            info = table.get(def_id)
            if info is not None:
                return info.generics
        g = self.shallow.get(def_id)
        if g is not None:
            return g
        e = self.entries.get(def_id)
        if e is None:
            return None
        node = e.node
        names = GenericParams(None, tuple("'" + p.lifetime.name for p in node.generics.params
                                          if type(p) is ast.LifetimeParam),
                              (("Self",) if isinstance(node, ast.Trait) else ()) +
                              tuple(p.ident.name for p in node.generics.params if type(p) is ast.TypeParam),
                              tuple((p.ident.name, T.USIZE) for p in node.generics.params
                                    if type(p) is ast.ConstParam), (), (), node.generics)
        self.shallow[def_id] = names
        if def_id in self.in_progress:
            return names
        self.in_progress.add(def_id)
        try:
            scope = self.item_scope_of(e)
            cx = LowerCx(scope, [], _erased, None, None, "generics")
            defaults = tuple((p.ident.name, self.lowerer.lower(p.default, cx))
                             for p in node.generics.params if type(p) is ast.TypeParam and p.default is not None)
        finally:
            self.in_progress.discard(def_id)
        full = replace(names, defaults=defaults)
        self.shallow[def_id] = full
        return full

    def item_scope_of(self, e) -> Scope:
        scope = self.table.item_scopes.get(e.def_id)
        if scope is not None:
            return scope
        node = e.node
        if isinstance(node, ast.Trait):
            return self.scope_for(e.module, node.generics, None, e.def_id, T.Param("Self"), e.def_id,
                                  extra_bounds=(("Self", e.def_id, None),))
        self_ty = None
        generics = getattr(node, "generics", None)
        if generics is None:
            return Scope(e.module, item=e.def_id)
        if isinstance(node, (ast.Struct, ast.Enum, ast.Union_)):
            self_ty = self.adt_self_ty(e.def_id, generics)
        return self.scope_for(e.module, generics, None, e.def_id, self_ty)

    def adt_self_ty(self, def_id: str, g: ast.Generics) -> T.Ty:
        args = [T.Region("param", "'" + p.lifetime.name) for p in g.params if type(p) is ast.LifetimeParam]
        args += [T.Param(p.ident.name) for p in g.params if type(p) is ast.TypeParam]
        args += [T.Param(p.ident.name) for p in g.params if type(p) is ast.ConstParam]
        return T.Adt(def_id, tuple(args))

    # ── ADTs ──

    def lower_adt(self, e) -> None:
        node = e.node
        scope = self.item_scope_of(e)
        self.table.item_scopes[e.def_id] = scope
        generics = self.lower_generics(node.generics, scope, None)
        kind = {ast.Struct: "struct", ast.Enum: "enum", ast.Union_: "union"}[type(node)]
        name = node.ident.name
        fields = ()
        variants = ()
        if kind == "enum":
            vs = []
            for i, v in enumerate(node.variants):
                vfields = self.lower_fields(v.fields, scope, node)
                vs.append(VariantInfo(f"{e.def_id}::{v.ident.name}", v.ident.name, i, v.kind, vfields,
                                      v.discriminant, v.ident.span))
            variants = tuple(vs)
        else:
            fields = self.lower_fields(node.fields, scope, node)
        self._check_sized_fields(kind, node, fields, variants)
        derives = []
        for a in node.attrs:
            if a.name == "derive":
                for arg in a.args:
                    derives.append((arg.rsplit("::", 1)[-1] if isinstance(arg, str) else str(arg), a.span))
        self.adt_derives[e.def_id] = tuple(derives)
        ctor_kind = node.kind if kind == "struct" else ("named" if kind == "union" else "")
        self.table.adts[e.def_id] = AdtInfo(e.def_id, name, kind, ctor_kind, generics, fields, variants,
                                            tuple(d for d, _ in derives), False, False, e.is_std, node,
                                            node.ident.span, self.tree.nearest_mod(e.module).def_id)
        self.own_adt_ids[e.def_id] = None

    def _check_sized_fields(self, kind, node, fields, variants) -> None:
        """Only a struct's last field may be unsized (E0277 at the field's type)."""
        from .ty_display import ty_str

        groups = [(v.fields, n.fields) for v, n in zip(variants, node.variants)] if kind == "enum" \
            else [(fields, node.fields)]
        for infos, asts in groups:
            checked = len(infos) - 1 if kind == "struct" else len(infos)
            for info, f in list(zip(infos, asts))[:max(checked, 0)]:
                if type(info.ty) in (T.Str, T.Slice, T.Dyn):
                    shown = ty_str(info.ty)
                    d = registry.error("E0277.tc_size_values_cannot", f.ty.span,
                                       registry.text("E0277.tc_doesn_t_have.label"), shown=shown)
                    d.help(f"the trait `Sized` is not implemented for `{shown}`")
                    if kind == "struct":
                        d.note("only the last field of a struct may have a dynamically sized type")
                    self.diags.append(d)

    def lower_fields(self, fields: tuple, scope: Scope, item) -> tuple:
        out = []
        for i, f in enumerate(fields):
            cx = LowerCx(scope, self.diags, self.missing_lifetime_in(item), None, None, "structs")
            t = self.lowerer.lower(f.ty, cx)
            vis = self.tree.vis_scopes.get(f)
            out.append(FieldInfo(f.ident.name if f.ident is not None else str(i), t, vis is None, f.span, vis))
        return tuple(out)

    def missing_lifetime_in(self, item):
        """Elided lifetimes where none may be elided (fields, aliases, assoc types): E0106."""
        def elided(node):
            span = elided_span(node)
            d = registry.error("E0106.resolve", span, "expected named lifetime parameter")
            g = getattr(item, "generics", None)
            name_span = getattr(getattr(item, "ident", None), "span", None)
            if g is not None and name_span is not None:
                has_params = bool(g.params)
                at = g.span.lo + 1 if has_params and g.span.hi > g.span.lo else name_span.hi
                gen_sugg = "'a, " if has_params and g.span.hi > g.span.lo else "<'a>"
                d.help("consider introducing a named lifetime parameter", type(span)(at, at), gen_sugg,
                       "MaybeIncorrect")
                if type(node) is ast.RefType and node.lifetime is None:  # and the `&` itself
                    at = node.span.lo + 1
                    d.children[-1].suggestions.append(
                        type(d.children[-1].suggestions[0])(type(span)(at, at), "'a ", "MaybeIncorrect"))
            else:
                d.help("consider introducing a named lifetime parameter")
            self.diags.append(d)
            return T.ERASED
        return elided

    # ── traits ──

    def lower_trait(self, e) -> None:
        node = e.node
        tid = e.def_id
        scope = self.item_scope_of(e)
        self.table.item_scopes[tid] = scope
        generics = self.lower_generics(node.generics, scope, None, self_param=True)
        cx = LowerCx(scope, self.diags, _erased, None, None, "traits")
        supers = tuple(self.lowerer.bounds(T.Param("Self"), node.supertraits, cx))
        self_pred = TraitPred(TraitRef(tid, T.Param("Self"),
                                       tuple(T.Param(n) for n in generics.types[1:])), False, node.ident.span)
        generics = replace(generics, preds=(self_pred,) + supers + generics.preds)
        methods, assoc_types, assoc_consts = [], [], []
        for it in node.items:
            if isinstance(it, ast.Fn):
                fid = f"{tid}::{it.ident.name}"
                fscope = self.fn_scope(it, e.module, scope, fid)
                own = self.lower_generics(it.generics, fscope, tid)
                sig = lower_fn_sig(self.lowerer, it, fid, fscope, generics, own, tid, None, e.is_std,
                                   self.diags, generics.lifetimes)
                if any(a.name == "provided" for a in it.attrs) and e.is_std:
                    sig = replace(sig, is_provided=True)
                self.table.fns[fid] = sig
                self.table.item_scopes[fid] = fscope
                self.table.node_defs[it] = fid
                methods.append((it.ident.name, fid))
            elif isinstance(it, ast.TypeAlias):
                alias = T.Alias(tid, it.ident.name, T.Param("Self"), ())
                bounds = tuple(self.lowerer.bounds(alias, it.bounds, cx))
                default = self.lowerer.lower(it.ty, cx) if it.ty is not None else None
                assoc_types.append(AssocTypeInfo(it.ident.name, default, bounds, it.ident.span))
            elif isinstance(it, ast.Const):
                cid = f"{tid}::{it.ident.name}"
                ty = self.lowerer.lower(it.ty, LowerCx(scope, self.diags, _static, None, None, "constants")) \
                    if it.ty is not None else T.ERROR
                self.table.consts[cid] = ConstInfo(cid, it.ident.name, ty, "assoc_const", False, it.value, tid,
                                                   e.is_std, it, it.ident.span)
                self.table.node_defs[it] = cid
                assoc_consts.append((it.ident.name, cid))
            else:
                self.diags.append(registry.unsupported(it.span, "this trait item"))
        is_auto = any(a.name == "auto_trait" for a in node.attrs)
        self.table.traits[tid] = TraitInfo(tid, node.ident.name, generics,
                                           # `trait Num: Mul<Output = Self>`: the binding too
                                           tuple(p for p in supers if type(p) in (TraitPred, ProjectionPred)),
                                           tuple(methods), tuple(assoc_types), tuple(assoc_consts), is_auto,
                                           node.is_unsafe, e.is_std, node, node.ident.span)

    # ── aliases and consts ──

    def alias_info(self, def_id: str):
        info = self.table.aliases.get(def_id)
        if info is not None:
            return info
        e = self.entries.get(def_id)
        if e is None or def_id in self.in_progress:
            if e is not None:
                self.diags.append(registry.unsupported(e.node.span, "recursive type alias"))
            return None
        self.in_progress.add(def_id)
        try:
            node = e.node
            scope = self.item_scope_of(e)
            self.table.item_scopes[def_id] = scope
            generics = self.lower_generics(node.generics, scope, None)
            cx = LowerCx(scope, self.diags, self.missing_lifetime_in(node), None, None, "type aliases")
            ty = self.lowerer.lower(node.ty, cx) if node.ty is not None else T.ERROR
        finally:
            self.in_progress.discard(def_id)
        info = TypeAliasInfo(def_id, node.ident.name, generics, ty, e.is_std, node.ident.span)
        self.table.aliases[def_id] = info
        return info

    def lower_const(self, e) -> None:
        node = e.node
        scope = self.item_scope_of(e)
        self.table.item_scopes[e.def_id] = scope
        cx = LowerCx(scope, self.diags, _static, None, None, "constants" if isinstance(node, ast.Const) else "statics")
        ty = self.lowerer.lower(node.ty, cx) if node.ty is not None else T.ERROR
        kind = "const" if isinstance(node, ast.Const) else "static"
        mutable = getattr(node, "mutable", False)
        self.table.consts[e.def_id] = ConstInfo(e.def_id, node.ident.name, ty, kind, mutable, node.value, None,
                                                e.is_std, node, node.ident.span)

    def eval_const_int(self, e, scope, depth: int = 0):
        """The value of a constant integer expression (literals, consts, + - * / %), or None."""
        if e is None or depth > 20:
            return None
        cls = type(e)
        if cls is ast.Lit:
            return e.value if e.kind == "int" else None
        if cls is ast.Paren:
            return self.eval_const_int(e.expr, scope, depth + 1)
        if cls is ast.BlockExpr and not e.block.stmts:
            return self.eval_const_int(e.block.tail, scope, depth + 1)
        if cls is ast.Unary and e.op == "-":
            v = self.eval_const_int(e.operand, scope, depth + 1)
            return -v if v is not None else None
        if cls is ast.Binary and e.op in ("+", "-", "*", "/", "%"):
            a = self.eval_const_int(e.lhs, scope, depth + 1)
            b = self.eval_const_int(e.rhs, scope, depth + 1)
            if a is None or b is None or (e.op in "/%" and b == 0):
                return None
            if e.op == "+":
                return a + b
            if e.op == "-":
                return a - b
            if e.op == "*":
                return a * b
            return a // b if e.op == "/" else a % b
        if cls is ast.PathExpr:
            res = self.paths.resolve_path(e.path, scope, "value")
            if res.binding is None or res.rest or res.binding.kind != "const":
                return None
            target = res.binding.target
            ent = self.entries.get(target)
            node = ent.node if ent is not None else None
            if node is None:
                info = self.table.consts.get(target)
                node = info.node if info is not None else None
                mod = target.rsplit("::", 1)[0]
                sc = self.table.item_scopes.get(target) or Scope(mod if mod in self.tree.modules else "std")
            else:
                sc = self.item_scope_of(ent)
            if node is None or not isinstance(node, ast.Const):
                return None
            return self.eval_const_int(node.value, sc, depth + 1)
        return None

    # ── facts the type lowerer asks for ──

    def note_dyn(self, span, trait_id: str) -> None:
        """A `dyn Trait` written in the user crate (dyn compatibility is checked after typeck)."""
        if not self.is_std:
            self.table.dyn_uses.append((span, trait_id))

    def note_dyn_bindings(self, span, trait_id: str, names: tuple):
        """The associated types a user `dyn Trait<A = ..>` leaves unspecified (E0191), or
        None: checked after typeck, once the trait's items are built."""
        from .dyn_compat import unspecified_assoc

        if self.is_std:
            return None
        missing = unspecified_assoc(self.table, trait_id, names)
        if missing is None:
            self.table.dyn_bindings.append((span, trait_id, names))
        return missing

    def is_auto_trait(self, trait_id: str) -> bool:
        info = self.table.traits.get(trait_id)
        if info is not None:
            return info.is_auto
        e = self.entries.get(trait_id)
        return e is not None and any(a.name == "auto_trait" for a in e.node.attrs)

    def trait_requires_static(self, trait_id: str) -> bool:
        """Whether the trait or a supertrait is declared `: 'static` (`trait Any: 'static`):
        that bound, not the enclosing `&'a`, is then the default lifetime of its objects."""
        seen, stack = set(), [trait_id]
        while stack:
            t = stack.pop()
            if t in seen:
                continue
            seen.add(t)
            info = self.table.traits.get(t)
            if info is not None:
                if any(type(p) is TypeOutlives and p.region == T.STATIC and p.ty == T.Param("Self")
                       for p in info.generics.preds):
                    return True
            else:
                e = self.entries.get(t)
                if e is not None and isinstance(e.node, ast.Trait) and any(
                        type(b) is ast.LifetimeBound and b.lifetime.name == "static" for b in e.node.supertraits):
                    return True
            stack.extend(self.supertrait_ids(t))
        return False

    def trait_assoc_names(self, trait_id: str) -> tuple:
        info = self.table.traits.get(trait_id)
        if info is not None:
            return tuple(a.name for a in info.assoc_types)
        e = self.entries.get(trait_id)
        if e is None or not isinstance(e.node, ast.Trait):
            return ()
        return tuple(it.ident.name for it in e.node.items if isinstance(it, ast.TypeAlias))

    def supertrait_ids(self, trait_id: str) -> tuple:
        cached = self.supertrait_cache.get(trait_id)
        if cached is not None:
            return cached
        info = self.table.traits.get(trait_id)
        if info is not None:
            out = tuple(p.trait_ref.trait_id for p in info.supertraits)
        else:
            e = self.entries.get(trait_id)
            out = ()
            if e is not None and isinstance(e.node, ast.Trait):
                scope = Scope(e.module)
                out = tuple(t for _, t, _ in self.syntactic_bounds("Self", e.node.supertraits, scope))
        self.supertrait_cache[trait_id] = out
        return out

    def trait_declaring_assoc(self, trait_id: str, name: str, seen=None):
        """The trait (trait_id or one of its supertraits) that declares assoc type `name`."""
        seen = set() if seen is None else seen
        stack = [trait_id]
        while stack:
            t = stack.pop(0)
            if t in seen:
                continue
            seen.add(t)
            if name in self.trait_assoc_names(t):
                return t
            stack.extend(self.supertrait_ids(t))
        return None

    def bound_args(self, scope: Scope, param: str, owner: str) -> tuple:
        """The trait arguments of the bound `param: owner<args>` in scope (for `T::Output`)."""
        for name, tid, path in scope.param_bounds:
            if name == param and tid == owner and path is not None:
                key = id(path)
                cached = self.bound_args_cache.get(key)
                if cached is None:
                    cx = LowerCx(scope, [], _erased, None, None, "bounds")
                    tref, _ = self.lowerer.trait_ref(path, T.Param(param), cx)
                    cached = tref.args if tref is not None else ()
                    self.bound_args_cache[key] = cached
                return cached
            if name == param == "Self" and tid == owner and path is None:
                return self.trait_own_args(owner)
        return ()

    def trait_own_args(self, trait_id: str) -> tuple:
        """`Self::Error` inside `trait TryFrom<T>` is `<Self as TryFrom<T>>::Error`."""
        info = self.table.traits.get(trait_id)
        if info is not None:
            return tuple(T.Param(n) for n in info.generics.types[1:])
        e = self.entries.get(trait_id)
        if e is None or not isinstance(e.node, ast.Trait):
            return ()
        return tuple(T.Param(p.ident.name) for p in e.node.generics.params if type(p) is ast.TypeParam)

    def impl_assoc_type(self, impl_id: str, name: str):
        info = self.table.impls.get(impl_id)
        if info is not None:
            return info.assoc_type(name)
        key = (impl_id, name)
        if key in self.impl_assoc_cache:
            return self.impl_assoc_cache[key]
        header = self.impl_headers.get(impl_id)
        if header is None:
            return None
        node, scope = header
        self.impl_assoc_cache[key] = None  # cycle guard
        for it in node.items:
            if isinstance(it, ast.TypeAlias) and it.ident.name == name and it.ty is not None:
                cx = LowerCx(scope, [], _erased, None, None, "associated types")
                value = self.lowerer.lower(it.ty, cx)
                self.impl_assoc_cache[key] = value
                return value
        return None

    # ── impls ──

    def impl_header(self, e) -> None:
        node = e.node
        scope0 = self.scope_for(e.module, node.generics, None, "")
        elided_names: list = []

        def elided(n):
            name = f"'_impl{len(elided_names)}"
            elided_names.append(name)
            return T.Region("param", name)

        cx = LowerCx(scope0, self.diags, elided, None, None, "implementations")
        self_ty = self.lowerer.lower(node.self_ty, cx)
        tref = None
        projs = []
        if node.trait_ref is not None:
            tref, projs = self.lowerer.trait_ref(node.trait_ref, self_ty, cx)
        impl_id = self.impl_id(e, node)
        scope = replace(scope0, self_ty=self_ty, self_trait=tref.trait_id if tref else None, item=impl_id,
                        impl_id=impl_id, lifetimes=scope0.lifetimes + tuple(elided_names))
        self.tree.node_defs[node] = impl_id
        self.table.node_defs[node] = impl_id
        self.impl_headers[impl_id] = (node, scope)
        self.table.item_scopes[impl_id] = scope
        generics = self.lower_generics(node.generics, scope, None, tuple(elided_names))
        self.pending_impl[id(node)] = (impl_id, scope, self_ty, tref, generics)

    def impl_id(self, e, node: ast.Impl) -> str:
        text = self.source_text(e.file, node.self_ty.span)
        if node.trait_ref is not None:
            neg = "!" if node.negative else ""
            text = f"{neg}{self.source_text(e.file, node.trait_ref.span)} for {text}"
        module = e.module
        base = f"{module}::<impl {text}>"
        n = self.impl_count.get(base, 0)
        self.impl_count[base] = n + 1
        return base if n == 0 else f"{base}#{n}"

    def source_text(self, file, span) -> str:
        if file is None:
            return "?"
        return " ".join(file.snippet(span).split())

    def lower_impl(self, e) -> None:
        node = e.node
        impl_id, scope, self_ty, tref, generics = self.pending_impl[id(node)]
        methods, assoc_types, assoc_consts = [], [], []
        trait_info = self.table.traits.get(tref.trait_id) if tref else None
        for it in node.items:
            if isinstance(it, ast.Fn):
                fid = self.method_id(impl_id, self_ty, tref, it.ident.name, e.is_std)
                fscope = self.fn_scope(it, e.module, scope, fid)
                own = self.lower_generics(it.generics, fscope, impl_id)
                trait_item = trait_info.method(it.ident.name) if trait_info else None
                sig = lower_fn_sig(self.lowerer, it, fid, fscope, generics, own, impl_id, trait_item, e.is_std,
                                   self.diags, generics.lifetimes)
                if tref is None and it in self.tree.vis_scopes:
                    sig = replace(sig, private_to=self.tree.vis_scopes[it])
                self.table.fns[fid] = sig
                self.table.item_scopes[fid] = fscope
                self.table.node_defs[it] = fid
                self.tree.node_defs[it] = fid
                methods.append((it.ident.name, fid))
            elif isinstance(it, ast.TypeAlias):
                cx = LowerCx(scope, self.diags, self.missing_lifetime_in(node), None, None, "associated types")
                ty = self.lowerer.lower(it.ty, cx) if it.ty is not None else T.ERROR
                assoc_types.append(AssocTypeInfo(it.ident.name, ty, (), it.ident.span))
            elif isinstance(it, ast.Const):
                cid = self.method_id(impl_id, self_ty, tref, it.ident.name, e.is_std)
                cx = LowerCx(scope, self.diags, _static, None, None, "constants")
                ty = self.lowerer.lower(it.ty, cx) if it.ty is not None else T.ERROR
                self.table.consts[cid] = ConstInfo(cid, it.ident.name, ty, "assoc_const", False, it.value, impl_id,
                                                   e.is_std, it, it.ident.span,
                                                   self.tree.vis_scopes.get(it) if tref is None else None)
                self.table.node_defs[it] = cid
                assoc_consts.append((it.ident.name, cid))
            else:
                self.diags.append(registry.unsupported(it.span, "this impl item"))
        info = ImplInfo(impl_id, generics, self_ty, tref, node.negative, node.is_unsafe, tuple(methods),
                        tuple(assoc_types), tuple(assoc_consts), e.is_std, node, node.span)
        if any(a.name == "may_dangle" for a in node.attrs):
            info = replace(info, may_dangle=True)
        self.table.impls[impl_id] = info
        self.own_impl_ids[impl_id] = None

    def method_id(self, impl_id: str, self_ty: T.Ty, tref, name: str, is_std: bool) -> str:
        if tref is None:
            key = head_key(self_ty)
            if type(self_ty) is T.Adt:
                cand = f"{self_ty.def_id}::{name}"
            elif key is not None and not key.startswith("dyn ") and is_std:
                cand = f"std::primitive::{key}::{name}"
            else:
                cand = f"{impl_id}::{name}"
            if cand not in self.table.fns and cand not in self.table.consts:
                return cand
        return f"{impl_id}::{name}"

    # ── finishing ──

    def finish(self) -> None:
        self.synthesize_derives()
        self.build_indexes()
        self.settle_adt_flags()

    def synthesize_derives(self) -> None:
        for adt_id, derives in self.adt_derives.items():
            adt = self.table.adts[adt_id]
            entry = self.entries.get(adt_id)
            for name, span in derives:
                spec = DERIVES.get(name)
                if spec is None:
                    self.diags.append(registry.unsupported(span, f"`#[derive({name})]`"))
                    continue
                trait_id, method_names = spec
                self.derived_impl(adt, entry, trait_id, method_names, span)

    def derived_impl(self, adt: AdtInfo, entry, trait_id: str, method_names: tuple, span) -> None:
        g = adt.generics
        self_ty = self.adt_self_ty(adt.def_id, adt.node.generics)
        extra = tuple(TraitPred(TraitRef(trait_id, T.Param(t), ()), False, span) for t in g.types)
        generics = replace(g, preds=g.preds + extra)
        tref = TraitRef(trait_id, self_ty, (self_ty,) if trait_id in ("std::cmp::PartialEq", "std::cmp::PartialOrd")
                        else ())
        module = entry.module if entry is not None else adt.def_id.rsplit("::", 1)[0]
        impl_id = f"{module}::<impl {trait_id.rsplit('::', 1)[-1]} for {adt.name}>"
        if impl_id in self.table.impls:
            impl_id += "#derive"
        trait = self.table.traits.get(trait_id)
        methods = []
        for m in method_names:
            tm = trait.method(m) if trait else None
            tsig = self.table.fns.get(tm) if tm else None
            if tsig is None:
                continue
            mapping = {"Self": self_ty}
            if tref.args:
                mapping["Rhs"] = self_ty
            fid = f"{impl_id}::{m}"
            sig = replace(tsig, def_id=fid, params=tuple(subst(p, mapping) for p in tsig.params),
                          ret=subst(tsig.ret, mapping),
                          generics=replace(tsig.generics, parent=impl_id), container=impl_id, trait_item=tm,
                          has_body=False, is_std=False, node=None, span=span,
                          lifetimes=g.lifetimes + tuple(x for x in tsig.lifetimes if x.startswith("'_")))
            self.table.fns[fid] = sig
            methods.append((m, fid))
        self.table.impls[impl_id] = ImplInfo(impl_id, generics, self_ty, tref, False, False, tuple(methods), (), (),
                                             adt.is_std, None, span, derived=True)
        self.own_impl_ids[impl_id] = None

    def own_impls(self) -> list:
        """The impls this build added, in table order (not std's, for a crate)."""
        impls = self.table.impls
        return [impls[i] for i in self.own_impl_ids]

    def build_indexes(self) -> None:
        t = self.table
        mine = [i for i in self.own_impls() if i.is_std == self.is_std]
        owned: set = set()  # (index, key) whose list this table already copied

        def add(index: dict, key, def_id) -> None:
            lst = index.get(key)
            if lst is None or (id(index), key) not in owned:
                lst = index[key] = list(lst or ())  # lists of a copied table are std's
                owned.add((id(index), key))
            lst.append(def_id)

        for impl in mine:
            key = head_key(impl.self_ty)
            if impl.trait_ref is None:
                if key is not None:
                    add(t.inherent_index, key, impl.def_id)
            else:
                add(t.trait_impl_index, impl.trait_ref.trait_id, impl.def_id)
            if type(impl.self_ty) is T.Adt:
                add(t.adt_impl_index, impl.self_ty.def_id, impl.def_id)

    def settle_adt_flags(self) -> None:
        t = self.table
        copy_id, drop_id = "std::marker::Copy", "std::ops::Drop"
        # an ADT's Copy/Drop impls are in its own crate (orphan rules): this build's impls
        own = [i for i in self.own_impls() if i.trait_ref is not None and type(i.self_ty) is T.Adt]
        copies = {i.self_ty.def_id for i in own if i.trait_ref.trait_id == copy_id and not i.negative}
        drops = {i.self_ty.def_id for i in own if i.trait_ref.trait_id == drop_id}
        for adt_id in self.own_adt_ids:
            adt = t.adts[adt_id]
            if adt.is_std != self.is_std:
                continue
            is_copy = adt_id in copies
            has_drop = adt_id in drops
            if is_copy != adt.is_copy or has_drop != adt.has_drop_impl:
                t.adts[adt_id] = replace(adt, is_copy=is_copy, has_drop_impl=has_drop)


def _static(node):
    return T.STATIC


def _const_param_ty(t) -> T.Ty:
    """The type of `const N: u8` for the scope (const params are ints, bool or char)."""
    if type(t) is ast.PathType and len(t.path.segments) == 1:
        name = t.path.segments[0].ident.name
        if name in ("i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize"):
            return T.Int(name)
        if name == "bool":
            return T.BOOL
        if name == "char":
            return T.CHAR
    return T.USIZE
