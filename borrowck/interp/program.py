"""The crate's items indexed once for execution: fns, ADTs, impls, traits, consts, uses.

Types are keyed by a *type key*: the last path segment of a user type (`Point`), the std
noun (`Vec`, `String`, `str`, `Option`), `{int}` for every integer type, `{float}` for
both float types, `[slice]`/`[array]`/`(tuple)`. Values report the same key
(`kinds.type_key`), so method lookup is one dict probe per autoderef step.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Optional

from ..syntax import ast
from .union import field_kind

INT_NAMES = frozenset(("i8", "i16", "i32", "i64", "i128", "isize",
                       "u8", "u16", "u32", "u64", "u128", "usize"))
FLOAT_NAMES = frozenset(("f32", "f64"))


@dataclass(eq=False)
class VariantDef:
    name: str
    index: int
    kind: str  # "named" | "tuple" | "unit"
    field_names: tuple
    discriminant: int
    adt: "AdtDef" = None


@dataclass(eq=False)
class AdtDef:
    """A struct or enum: field names, derives, and whether it is Copy / has a Drop impl."""

    name: str
    is_enum: bool
    kind: str = "named"  # struct kind
    field_names: tuple = ()
    field_index: dict = field(default_factory=dict)
    variants: dict = field(default_factory=dict)  # name -> VariantDef
    variant_list: list = field(default_factory=list)
    derives: frozenset = frozenset()
    is_copy: bool = False
    is_generic: bool = False
    drop_fn: Optional[ast.Fn] = None  # `impl Drop`'s fn drop
    node: object = None
    union_kinds: Optional[tuple] = None  # a union's field kinds (union.field_kind), else None

    def __repr__(self) -> str:
        return f"AdtDef({self.name})"


@dataclass(eq=False)
class Method:
    fn: ast.Fn
    owner: str  # type key of the impl's self type
    trait: Optional[str]  # trait name for trait impls / defaults


def type_key(ty) -> str:
    """The type key of an AST type (see module doc)."""
    if isinstance(ty, ast.RefType):
        return type_key(ty.inner)
    if isinstance(ty, ast.PathType):
        name = ty.path.segments[-1].ident.name
        if name in INT_NAMES:
            return "{int}"
        if name in FLOAT_NAMES:
            return "{float}"
        return name
    if isinstance(ty, ast.SliceType):
        return "[slice]"
    if isinstance(ty, ast.ArrayType):
        return "[array]"
    if isinstance(ty, ast.TupleType):
        return "(tuple)"
    if isinstance(ty, ast.DynTraitType):
        return "dyn"
    return "?"


def _type_aliases(items, out: dict) -> dict:
    """name -> type key of the aliased type, for the crate's non-generic `type` items."""
    for item in items:
        if isinstance(item, ast.TypeAlias) and item.ty is not None and not item.generics.params:
            out[item.ident.name] = type_key(item.ty)
        elif isinstance(item, ast.Mod) and item.items is not None:
            _type_aliases(item.items, out)
    return out


def _derives(attrs) -> frozenset:
    names = set()
    for a in attrs:
        if a.name == "derive":
            names.update(str(x).split("::")[-1].strip() for x in a.args)
    return frozenset(names)


class Program:
    """Everything looked up by name at run time, built from the crate in one pass."""

    def __init__(self, crate: ast.Crate):
        self.fns: dict = {}  # name or path "m::f" -> (Fn, module path tuple)
        self.adts: dict = {}  # name -> AdtDef
        self.inherent: dict = {}  # type key -> {name: Method}
        self.trait_impls: dict = {}  # type key -> {name: Method}
        self.impl_traits: dict = {}  # type key -> set of trait names
        self.blanket: dict = {}  # method name -> Method (impl<T: ..> Trait for T)
        self.traits: dict = {}  # name -> ast.Trait
        self.defaults: dict = {}  # trait name -> {name: Fn}
        self.assoc_consts: dict = {}  # (type key, name) -> Expr
        self.consts: dict = {}  # name or path "m::C" -> Const | Static
        self.modules: set = set()  # names of the crate's modules (a path's owner may be one)
        self.aliases: dict = {}  # imported name -> full path tuple
        self.glob_enums: list = []  # enum names imported with `use E::*`
        self.impl_of: dict = {}  # fn in an impl -> that ast.Impl
        # (type key, method) implemented by several impls of one generic trait
        # (`impl Convert<f64> for P` and `impl Convert<String> for P`): calls of these
        # dispatch on the impl the type checker chose (`callees`), not on the key
        self.ambiguous: set = set()
        self._drop_impls: list = []  # (type key, fn drop) until all ADTs are known
        self._copy_impls: list = []  # type keys with `impl Copy`
        # `type M = Meters;` (non-generic aliases): an impl written for M is Meters's
        self.type_aliases: dict = _type_aliases(crate.items, {})
        self._collect(crate.items, ())
        self._finish_adts()

    # ── collection ──
    def _collect(self, items, module: tuple) -> None:
        for item in items:
            if isinstance(item, ast.Fn):
                name = item.ident.name
                self.fns.setdefault(name, item)
                self.fns["::".join(module + (name,))] = item
                if item.body is not None:  # items declared inside the body (`fn main() { struct S; }`)
                    nested = tuple(st.item for st in item.body.stmts if isinstance(st, ast.ItemStmt))
                    if nested:
                        self._collect(nested, module)
            elif isinstance(item, ast.Struct):
                names = tuple(f.ident.name if f.ident else str(i) for i, f in enumerate(item.fields))
                self.adts[item.ident.name] = AdtDef(
                    item.ident.name, False, item.kind, names, {n: i for i, n in enumerate(names)},
                    derives=_derives(item.attrs), is_generic=bool(item.generics.params), node=item)
            elif isinstance(item, ast.Union_):
                names = tuple(f.ident.name for f in item.fields)
                self.adts[item.ident.name] = AdtDef(
                    item.ident.name, False, "union", names, {n: i for i, n in enumerate(names)},
                    derives=_derives(item.attrs), is_generic=bool(item.generics.params), node=item,
                    union_kinds=tuple(field_kind(f.ty) for f in item.fields))
            elif isinstance(item, ast.Enum):
                adt = AdtDef(item.ident.name, True, derives=_derives(item.attrs),
                             is_generic=bool(item.generics.params), node=item)
                disc = 0
                for i, v in enumerate(item.variants):
                    if v.discriminant is not None:
                        disc = _const_int(v.discriminant)
                    names = tuple(f.ident.name if f.ident else str(j) for j, f in enumerate(v.fields))
                    vd = VariantDef(v.ident.name, i, v.kind, names, disc, adt)
                    adt.variants[v.ident.name] = vd
                    adt.variant_list.append(vd)
                    disc += 1
                self.adts[item.ident.name] = adt
            elif isinstance(item, ast.Impl):
                self._collect_impl(item)
            elif isinstance(item, ast.Trait):
                self.traits[item.ident.name] = item
                self.defaults[item.ident.name] = {
                    f.ident.name: f for f in item.items if isinstance(f, ast.Fn) and f.body is not None}
                for c in item.items:
                    if isinstance(c, ast.Const) and c.value is not None:
                        self.assoc_consts.setdefault(("trait:" + item.ident.name, c.ident.name), c.value)
            elif isinstance(item, (ast.Const, ast.Static)):
                self.consts[item.ident.name] = item
                if module:
                    self.consts["::".join(module + (item.ident.name,))] = item
            elif isinstance(item, ast.Use):
                for tree in item.trees:
                    path = tuple(i.name for i in tree.path)
                    if tree.is_glob:
                        if path:
                            self.glob_enums.append(path[-1])
                        continue
                    alias = tree.alias.name if tree.alias else (path[-1] if path else "")
                    if path and path[-1] == "self":
                        path = path[:-1]
                        alias = tree.alias.name if tree.alias else path[-1]
                    self.aliases[alias] = path
            elif isinstance(item, ast.Mod) and item.items is not None:
                self.modules.add(item.ident.name)
                self._collect(item.items, module + (item.ident.name,))

    @cached_property
    def generic_impl_fns(self) -> frozenset:
        """Fns of impls with type parameters (`impl<T> Id<T> { fn new() }`): their calls
        carry the impl's instantiation (`PhantomData<T>`, `type_name::<T>` need it)."""
        return frozenset(fn for fn, impl in self.impl_of.items()
                         if any(p.__class__ is ast.TypeParam or p.__class__ is ast.ConstParam  # `N` too
                                for p in impl.generics.params))

    @cached_property
    def array_len_params(self) -> dict:
        """Fns of impls for `[T; N]` (N a const param of the impl) -> "N": the receiver
        array's length is N's value when such a method runs."""
        out = {}
        for fn, impl in self.impl_of.items():
            t = impl.self_ty
            while t.__class__ is ast.RefType:
                t = t.inner
            if t.__class__ is not ast.ArrayType or t.length.__class__ is not ast.PathExpr:
                continue
            segs = t.length.path.segments
            if len(segs) == 1 and any(p.__class__ is ast.ConstParam and p.ident.name == segs[0].ident.name
                                      for p in impl.generics.params):
                out[fn] = segs[0].ident.name
        return out

    def impl_key(self, impl: ast.Impl) -> str:
        """The type key of an impl's self type, through type aliases."""
        key = type_key(impl.self_ty)
        for _ in range(8):  # alias chains, never a cycle in an accepted program
            if key not in self.type_aliases or key in self.adts:
                break
            key = self.type_aliases[key]
        return key

    def _collect_impl(self, impl: ast.Impl) -> None:
        key = self.impl_key(impl)
        trait = impl.trait_ref.segments[-1].ident.name if impl.trait_ref else None
        generic_self = (isinstance(impl.self_ty, ast.PathType) and len(impl.self_ty.path.segments) == 1
                        and any(isinstance(p, ast.TypeParam) and p.ident.name == key
                                for p in impl.generics.params))
        if trait is not None:
            self.impl_traits.setdefault(key, set()).add(trait)
        for it in impl.items:
            if isinstance(it, ast.Fn):
                self.impl_of[it] = impl
                m = Method(it, key, trait)
                if generic_self:
                    self.blanket.setdefault(it.ident.name, m)
                elif trait is None:
                    self.inherent.setdefault(key, {})[it.ident.name] = m
                else:
                    first = self.trait_impls.setdefault(key, {}).setdefault(it.ident.name, m)
                    if first is not m:
                        self.ambiguous.add((key, it.ident.name))
                    if trait == "Drop" and it.ident.name == "drop":
                        self._drop_impls.append((key, it))
            elif isinstance(it, ast.Const) and it.value is not None:
                self.assoc_consts[(key, it.ident.name)] = it.value
        if trait == "Copy":
            self._copy_impls.append(key)

    def _finish_adts(self) -> None:
        for key, fn in self._drop_impls:
            if key in self.adts:
                self.adts[key].drop_fn = fn
        for key in self._copy_impls:
            if key in self.adts:
                self.adts[key].is_copy = True
        for adt in self.adts.values():
            if "Copy" in adt.derives:
                adt.is_copy = True

    # ── lookup ──
    def method(self, key: str, name: str) -> Optional[Method]:
        """A user method for a type key: inherent first, then trait impls, then defaults."""
        m = self.inherent.get(key)
        if m is not None and name in m:
            return m[name]
        m = self.trait_impls.get(key)
        if m is not None and name in m:
            return m[name]
        for trait in self.impl_traits.get(key, ()):
            fn = self.defaults.get(trait, {}).get(name)
            if fn is not None:
                return Method(fn, key, trait)
            for sup in self.supertraits(trait):
                fn = self.defaults.get(sup, {}).get(name)
                if fn is not None and sup in self.impl_traits.get(key, ()):
                    return Method(fn, key, sup)
        return None

    def trait_fn(self, trait: str, name: str):
        """The declaration of method `name` in trait `trait` (with or without a body)."""
        node = self.traits.get(trait)
        if node is None:
            return None
        for it in node.items:
            if isinstance(it, ast.Fn) and it.ident.name == name:
                return it
        return None

    def supertraits(self, trait: str) -> list:
        node = self.traits.get(trait)
        if node is None:
            return []
        return [b.path.segments[-1].ident.name for b in node.supertraits if isinstance(b, ast.TraitBound)]

    def implements(self, key: str, trait: str) -> bool:
        return trait in self.impl_traits.get(key, ())


def _const_int(expr) -> int:
    if isinstance(expr, ast.Lit) and isinstance(expr.value, int):
        return expr.value
    if isinstance(expr, ast.Unary) and expr.op == "-":
        return -_const_int(expr.operand)
    if isinstance(expr, ast.Paren):
        return _const_int(expr.expr)
    return 0
