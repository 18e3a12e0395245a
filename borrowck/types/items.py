"""The item table: every item of the user crate and the std model, with lowered signatures.

TYPES-B (body inference) codes against this API:

    table = ItemTable.build(crate, file)           # resolves names, lowers every signature
    table.diagnostics                              # E0412, E0425, E0106, E0053, ... from items
    sig   = table.fn_of(fn_node)                   # FnSig for an ast.Fn (user items)
    sig   = table.fns["std::vec::Vec::push"]       # any fn by DefId
    adt   = table.adts["std::option::Option"]      # AdtInfo: generics, fields, variants, is_copy
    for impl in table.inherent_impls(ty): ...      # impls whose self type's head matches ty
    for impl in table.trait_impls(trait_id): ...   # every impl of a trait (user + std)
    for impl in table.impls_for(def_id): ...       # every impl (inherent + trait) for an ADT
    scope = table.body_scope(fn_node)              # the Scope for paths inside a fn body
    scope = table.block_scope(block, scope)        # a block holding items gets its own module
    ty    = table.lower_type(ast_ty, scope, diags, fresh_region=f, fresh_ty=g)
    res   = table.resolve_path(path, scope, "value")   # PathResolution (see resolve.path_res);
                                                   # what="function" for a call's callee
    preds = table.predicates_of(def_id)            # own + parent predicates (impl/trait first)
    gens  = table.all_generics(def_id)             # parent's GenericParams then own
    table.lang("copy")                             # DefId of a well-known std item
    table.is_visible(sig.private_to, scope.module) # privacy of methods (E0624) and fields
    table.const_int(expr, scope)                   # array lengths / repeat counts, or None
    table.resolver.traits_in_scope(scope)          # traits usable by method syntax there

DefIds (canonical path strings; the std ones are listed in borrowck/std/CATALOG.md):
    crate::Name, crate::m::Name, crate::Enum::Variant, crate::Point::new (inherent method),
    crate::Shape::area (trait method), crate::<impl Display for Point> (an impl),
    crate::<impl Display for Point>::fmt (a trait impl's method), crate::main::Helper (an item
    declared inside fn main), std::vec::Vec::push, std::primitive::str::len,
    std::iter::Iterator::map, std::string::<impl Clone for String>::clone.
Local variables are not resolved here: body checking looks locals up first, then calls
`resolve_path` for everything else.
"""
from __future__ import annotations

from dataclasses import field, replace
from typing import Callable, Optional

from ..syntax.node_class import node_class
from ..syntax import ast
from . import ty as T
from .item_defs import (AdtInfo, Binding, ConstInfo, FnSig, GenericParams, ImplInfo,
                        Namespace, TraitInfo, TypeAliasInfo)
from .ty import DefId, Ty

# Well-known std items the type checker, MIR builder and interpreter need by role.
LANG_ITEMS = {
    "sized": "std::marker::Sized",
    "copy": "std::marker::Copy",
    "send": "std::marker::Send",
    "sync": "std::marker::Sync",
    "clone": "std::clone::Clone",
    "drop": "std::ops::Drop",
    "deref": "std::ops::Deref",
    "deref_mut": "std::ops::DerefMut",
    "index": "std::ops::Index",
    "index_mut": "std::ops::IndexMut",
    "fn": "std::ops::Fn",
    "fn_mut": "std::ops::FnMut",
    "fn_once": "std::ops::FnOnce",
    "add": "std::ops::Add", "sub": "std::ops::Sub", "mul": "std::ops::Mul",
    "div": "std::ops::Div", "rem": "std::ops::Rem", "neg": "std::ops::Neg",
    "not": "std::ops::Not", "bitand": "std::ops::BitAnd", "bitor": "std::ops::BitOr",
    "bitxor": "std::ops::BitXor", "shl": "std::ops::Shl", "shr": "std::ops::Shr",
    "add_assign": "std::ops::AddAssign", "sub_assign": "std::ops::SubAssign",
    "mul_assign": "std::ops::MulAssign", "div_assign": "std::ops::DivAssign",
    "rem_assign": "std::ops::RemAssign",
    "partial_eq": "std::cmp::PartialEq", "eq": "std::cmp::Eq",
    "partial_ord": "std::cmp::PartialOrd", "ord": "std::cmp::Ord",
    "iterator": "std::iter::Iterator",
    "into_iterator": "std::iter::IntoIterator",
    "from_iterator": "std::iter::FromIterator",
    "option": "std::option::Option",
    "some": "std::option::Option::Some",
    "none": "std::option::Option::None",
    "result": "std::result::Result",
    "ok": "std::result::Result::Ok",
    "err": "std::result::Result::Err",
    "string": "std::string::String",
    "vec": "std::vec::Vec",
    "box": "std::boxed::Box",
    "range": "std::ops::Range",
    "range_inclusive": "std::ops::RangeInclusive",
    "range_from": "std::ops::RangeFrom",
    "range_to": "std::ops::RangeTo",
    "range_to_inclusive": "std::ops::RangeToInclusive",
    "range_full": "std::ops::RangeFull",
    "display": "std::fmt::Display",
    "debug": "std::fmt::Debug",
    "default": "std::default::Default",
    "from": "std::convert::From",
    "into": "std::convert::Into",
    "try_from": "std::convert::TryFrom",
    "to_string": "std::string::ToString",
    "from_residual": "std::ops::FromResidual",
    "termination": "std::process::Termination",
    "sum": "std::iter::Sum",
    "product": "std::iter::Product",
    "hash": "std::hash::Hash",
    "unsize": "std::marker::Unsize",
}


@node_class(frozen=True, slots=True)
class Scope:
    """Where a path is resolved: the module (a block holding items has its own anonymous
    module), the generic params in scope (innermost last), and what `Self` means."""

    module: DefId
    type_params: tuple = ()  # names, e.g. ("T", "U"); traits include "Self"
    lifetimes: tuple = ()  # "'a" names
    self_ty: Optional[Ty] = None  # impl self type, or Param("Self") in a trait
    self_trait: Optional[DefId] = None  # the trait of a trait / trait impl
    item: Optional[DefId] = None  # the enclosing item (fn, impl, trait, adt)
    const_params: tuple = ()  # (("N", Ty), ...)
    param_bounds: tuple = ()  # (("T", trait DefId, bound ast.Path), ...) written on params (`T::Item`)
    impl_id: Optional[DefId] = None  # the enclosing impl (for `Self::Item` in trait impls)


@node_class(slots=True)
class ItemTable:
    adts: dict = field(default_factory=dict)  # DefId -> AdtInfo
    fns: dict = field(default_factory=dict)  # DefId -> FnSig
    impls: dict = field(default_factory=dict)  # DefId -> ImplInfo
    traits: dict = field(default_factory=dict)  # DefId -> TraitInfo
    aliases: dict = field(default_factory=dict)  # DefId -> TypeAliasInfo
    consts: dict = field(default_factory=dict)  # DefId -> ConstInfo (const, static, assoc)
    modules: dict = field(default_factory=dict)  # DefId -> Namespace (also enums, blocks)
    node_defs: dict = field(default_factory=dict)  # ast item node -> DefId
    item_scopes: dict = field(default_factory=dict)  # DefId -> Scope of the item's signature
    block_modules: dict = field(default_factory=dict)  # ast.Block -> DefId of its module
    module_parents: dict = field(default_factory=dict)  # module DefId -> enclosing module DefId
    diagnostics: list = field(default_factory=list)
    dyn_uses: list = field(default_factory=list)  # (span, trait DefId) of each written user `dyn Trait` (E0038)
    dyn_bindings: list = field(default_factory=list)  # (principal span, trait DefId, assoc names given) (E0191)
    # indexes, filled by the builder
    inherent_index: dict = field(default_factory=dict)  # head key -> [impl DefId]
    trait_impl_index: dict = field(default_factory=dict)  # trait DefId -> [impl DefId]
    adt_impl_index: dict = field(default_factory=dict)  # ADT DefId -> [impl DefId]
    # the engine that resolves paths and lowers types (borrowck.resolve.Resolver)
    resolver: object = None
    # DefId -> all_generics(DefId) (and ("type_params", DefId) -> generic_subst.type_param_names),
    # once the table is complete (`seal`); None while building
    generics_memo: Optional[dict] = None
    # (head key, method name) -> inherent_methods(...), once sealed
    inherent_memo: Optional[dict] = None
    # the std table's, shared by every crate's copy: trait DefId -> (the impl id list it was
    # built from, impl_index.ImplIndex), valid while a crate adds no impl of the trait
    shared_impl_indexes: Optional[dict] = None
    # trait_solver.SolverCache of where-clause-free answers on std-only queries (`std_only`):
    # the std table's, shared by every crate none of whose impls could change them (else None)
    std_answers: Optional[object] = None

    # ── construction ──

    @classmethod
    def build(cls, crate: ast.Crate, file=None, edition: str = "2021") -> "ItemTable":
        """Collect, resolve and lower every item of `crate` on top of the std model."""
        from .item_builder import build_item_table

        return build_item_table(cls, crate, file, edition)

    # ── lookups ──

    def fn_of(self, node: ast.Fn) -> Optional[FnSig]:
        def_id = self.node_defs.get(node)
        return self.fns.get(def_id) if def_id is not None else None

    def def_of(self, node: ast.Node) -> Optional[DefId]:
        return self.node_defs.get(node)

    def lang(self, role: str) -> DefId:
        return LANG_ITEMS[role]

    def inherent_impls(self, self_ty: Ty) -> list:
        """Inherent impls whose self type has the same head as self_ty (ADT def_id or
        primitive kind); the caller unifies ImplInfo.self_ty with self_ty."""
        key = head_key(self_ty)
        return [self.impls[i] for i in self.inherent_index.get(key, ())] if key else []

    def inherent_methods(self, self_ty: Ty, name: Optional[str] = None) -> list:
        """(ImplInfo, FnSig) pairs of inherent methods/assoc fns for self_ty's head."""
        memo = self.inherent_memo
        if memo is not None:
            key = (head_key(self_ty), name)
            hit = memo.get(key)
            if hit is None:
                hit = memo[key] = self._inherent_methods(self_ty, name)
            return list(hit)
        return self._inherent_methods(self_ty, name)

    def _inherent_methods(self, self_ty: Ty, name: Optional[str]) -> list:
        out = []
        for impl in self.inherent_impls(self_ty):
            for n, fid in impl.methods:
                if name is None or n == name:
                    out.append((impl, self.fns[fid]))
        return out

    def trait_impls(self, trait_id: DefId) -> list:
        return [self.impls[i] for i in self.trait_impl_index.get(trait_id, ())]

    def impls_for(self, def_id: DefId) -> list:
        return [self.impls[i] for i in self.adt_impl_index.get(def_id, ())]

    def seal(self) -> None:
        """The table is complete (body checking starts): generics may be memoized."""
        if self.generics_memo is None:
            self.generics_memo = {}
        if self.inherent_memo is None:
            self.inherent_memo = {}

    def all_generics(self, def_id: DefId) -> tuple:
        """GenericParams of def_id's parents (outermost first) followed by its own."""
        memo = self.generics_memo
        if memo is not None:
            hit = memo.get(def_id)
            if hit is None:
                hit = memo[def_id] = self._all_generics(def_id)
            return hit
        return self._all_generics(def_id)

    def _all_generics(self, def_id: DefId) -> tuple:
        chain = []
        gp = self.generics_of(def_id)
        while gp is not None:
            chain.append(gp)
            gp = self.generics_of(gp.parent) if gp.parent else None
        return tuple(reversed(chain))

    def generics_of(self, def_id: DefId) -> Optional[GenericParams]:
        for table in (self.fns, self.adts, self.impls, self.traits, self.aliases):
            info = table.get(def_id)
            if info is not None:
                return info.generics
        return None

    def predicates_of(self, def_id: DefId) -> tuple:
        return tuple(p for g in self.all_generics(def_id) for p in g.preds)

    def is_visible(self, private_to: Optional[DefId], module: DefId) -> bool:
        """Whether an item private to module `private_to` (None: public) may be named from
        `module` (a module or block module): there and in its descendants only."""
        if private_to is None:
            return True
        cur = module
        while cur is not None:
            if cur == private_to:
                return True
            ns_parent = self.module_parents.get(cur)
            cur = ns_parent
        return False

    def trait_of_method(self, fn_id: DefId) -> Optional[DefId]:
        """The trait declaring fn_id (a trait method) or implemented by its impl."""
        sig = self.fns.get(fn_id)
        if sig is None or sig.container is None:
            return None
        if sig.container in self.traits:
            return sig.container
        impl = self.impls.get(sig.container)
        return impl.trait_ref.trait_id if impl and impl.trait_ref else None

    # ── scopes, paths and types (delegated to the resolver) ──

    def item_scope(self, def_id: DefId) -> Scope:
        return self.item_scopes[def_id]

    def body_scope(self, fn_node: ast.Fn) -> Scope:
        """The scope for paths in the fn's body (its generics and Self are in scope)."""
        return self.item_scopes[self.node_defs[fn_node]]

    def block_scope(self, block: ast.Block, scope: Scope) -> Scope:
        """Scope inside `block`: if the block declares items, its anonymous module."""
        mod = self.block_modules.get(block)
        if mod is None:
            return scope
        return replace(scope, module=mod)

    def resolve_path(self, path: ast.Path, scope: Scope, ns: str, what: Optional[str] = None):
        """ns: "type" | "value" | "trait". Returns resolve.PathResolution. what="function"
        words a failure as rustc does for the callee of a call (`cannot find function`)."""
        return self.resolver.resolve_path(path, scope, ns, what)

    def const_int(self, expr: ast.Node, scope: Scope) -> Optional[int]:
        """The value of a constant integer expression (literals, const items, + - * / %) as
        used for array lengths (`[0u8; HEADER + PAYLOAD]`), or None when not that simple."""
        return self.resolver.lowerer.source.eval_const_int(expr, scope)

    def lower_type(self, t: ast.Node, scope: Scope, diags: Optional[list] = None,
                   fresh_region: Optional[Callable[[ast.Node], T.Region]] = None,
                   fresh_ty: Optional[Callable[[ast.Node], Ty]] = None) -> Ty:
        """Lower an AST type. Elided lifetimes (`&T`, `'_`, `Ref<T>`) call fresh_region
        (default: ERASED); `_` calls fresh_ty (default: report E0121 and return Error).
        Errors go to diags (default: self.diagnostics)."""
        return self.resolver.lower_type(t, scope, self.diagnostics if diags is None else diags,
                                        fresh_region, fresh_ty)


def head_key(t: Ty) -> Optional[str]:
    """The index key of a self type: ADT def_id, or a primitive/builtin kind name."""
    if isinstance(t, T.Adt):
        return t.def_id
    if isinstance(t, T.Int):
        return t.name
    if isinstance(t, T.Float):
        return t.name
    if isinstance(t, T.Bool):
        return "bool"
    if isinstance(t, T.Char):
        return "char"
    if isinstance(t, T.Str):
        return "str"
    if isinstance(t, T.Slice):
        return "slice"
    if isinstance(t, T.Array):
        return "array"
    if isinstance(t, T.Dyn):
        return "dyn " + t.trait_id
    if isinstance(t, T.Ptr):
        return "ptr"
    if isinstance(t, T.Tuple):
        return "tuple" if t.elems else "unit"
    return None


__all__ = ["ItemTable", "Scope", "LANG_ITEMS", "head_key", "AdtInfo", "FnSig", "ImplInfo",
           "TraitInfo", "TypeAliasInfo", "ConstInfo", "GenericParams", "Binding", "Namespace"]
