"""The records an ItemTable holds: one frozen dataclass per kind of item.

Types inside are `ty.Ty` values: type parameters are `Param("T")` (`Param("Self")` inside
traits), lifetime parameters `Region("param", "'a")`, lifetimes elided in a fn signature
`Region("param", "'_elided0")`, `'_elided1`, ... (in impl headers `'_impl0`, ...),
projections `Alias(trait_id, "Item", self_ty)`.
"""
from __future__ import annotations

from dataclasses import field
from typing import Optional

from ..syntax import ast
from ..syntax.node_class import node_class
from .ty import DefId, Region, Ty

frozen = node_class(frozen=True, slots=True)  # dataclass's twin, cheaper to define


# ───────────────────────────── predicates ─────────────────────────────


@frozen
class TraitRef:
    """`self_ty: trait_id<args>`; args exclude Self (Fn traits: args = (Tuple(inputs),))."""

    trait_id: DefId
    self_ty: Ty
    args: tuple = ()


@frozen
class TraitPred:
    """`self_ty: Trait<args>`; maybe=True for `?Sized` (a relaxation, not a requirement)."""

    trait_ref: TraitRef
    maybe: bool = False
    span: object = None
    bound_regions: tuple = ()  # `for<'a>` (and elided lifetimes in `Fn(&T)` sugar: "'_hr0")


@frozen
class ProjectionPred:
    """`<trait_ref>::name == ty` (from `Iterator<Item = u32>` or `Fn(A) -> R`)."""

    trait_ref: TraitRef
    name: str
    ty: Ty
    span: object = None
    bound_regions: tuple = ()


@frozen
class RegionOutlives:
    """`'a: 'b`."""

    longer: Region
    shorter: Region
    span: object = None


@frozen
class TypeOutlives:
    """`T: 'a` (including `T: 'static`)."""

    ty: Ty
    region: Region
    span: object = None


# ───────────────────────────── generics ─────────────────────────────


@frozen
class GenericParams:
    """An item's own generic parameters; `parent` is the impl/trait whose params come first.

    lifetimes: ("'a", ...); types: ("T", ...) (a trait lists "Self" first);
    consts: (("N", Ty), ...); defaults: {type param name: Ty} for `Rhs = Self`;
    preds: inline bounds and where-clauses of this item only (not the parent's).
    """

    parent: Optional[DefId] = None
    lifetimes: tuple = ()
    types: tuple = ()
    consts: tuple = ()
    defaults: tuple = ()  # ((name, Ty), ...)
    preds: tuple = ()
    node: Optional[ast.Generics] = None


# ───────────────────────────── items ─────────────────────────────


@frozen
class FieldInfo:
    name: str  # "0", "1", ... for tuple fields
    ty: Ty
    is_pub: bool  # plain `pub` (a restricted `pub(...)` field is not)
    span: object
    visible_in: Optional[DefId] = None  # a non-`pub` field: the module (and descendants) it is visible in


@frozen
class VariantInfo:
    def_id: DefId  # crate::E::V
    name: str
    index: int
    kind: str  # "named" | "tuple" | "unit"
    fields: tuple  # of FieldInfo
    discriminant: Optional[ast.Node]
    span: object


@frozen
class AdtInfo:
    """A struct, enum or union (user or std). `variants` is () for structs; a struct's
    fields are in `fields`. is_copy / has_drop_impl consider explicit impls and derives."""

    def_id: DefId
    name: str
    kind: str  # "struct" | "enum" | "union"
    ctor_kind: str  # struct: "named" | "tuple" | "unit"; enums: ""
    generics: GenericParams
    fields: tuple  # of FieldInfo
    variants: tuple  # of VariantInfo
    derives: tuple  # ("Debug", "Clone", ...)
    is_copy: bool
    has_drop_impl: bool
    is_std: bool
    node: Optional[ast.Node]
    span: object
    module: DefId = ""  # the defining module: private fields are visible there and below


@frozen
class FnSig:
    """Every fn: free fn, inherent method, trait method (declaration or default), impl method.

    params: lowered types, the receiver first when `has_self`; ret: output (unit if none);
    self_kind: None | "value" | "ref" | "ref_mut" | "box" | "rc" | "arc" | "pin" | "other";
    generics: own generics with parent = impl/trait DefId (use ItemTable.all_generics);
    lifetimes: every universal region name of the signature in order: the parent's and own
    declared lifetimes, then elided ones ('_elided0...);
    container: None (free fn) | impl DefId | trait DefId;
    trait_item: for an impl method of a trait impl, the DefId of the trait's method;
    has_body: False for std builtins and trait methods without a default.
    """

    def_id: DefId
    name: str
    params: tuple
    ret: Ty
    has_self: bool
    self_kind: Optional[str]
    generics: GenericParams
    lifetimes: tuple
    container: Optional[DefId]
    trait_item: Optional[DefId]
    has_body: bool
    is_std: bool
    is_unsafe: bool
    is_const: bool
    node: Optional[ast.Fn]
    span: object
    is_provided: bool = False  # a std trait method with a default (`#[provided]` in the model)
    private_to: Optional[DefId] = None  # a non-`pub` fn/inherent method: the module it is visible in


@frozen
class AssocTypeInfo:
    name: str
    ty: Optional[Ty]  # the value in impls; the default in traits (usually None)
    bounds: tuple  # of TraitPred on Alias(...) (trait declarations)
    span: object


@frozen
class ConstInfo:
    """`const`/`static` items and associated consts. value: the expression (None in std)."""

    def_id: DefId
    name: str
    ty: Ty
    kind: str  # "const" | "static" | "assoc_const"
    mutable: bool
    value: Optional[ast.Node]
    container: Optional[DefId]
    is_std: bool
    node: Optional[ast.Node]
    span: object
    private_to: Optional[DefId] = None  # a non-`pub` inherent assoc const: the module it is visible in


@frozen
class ImplInfo:
    """An impl block. def_id: `crate::<impl Display for Point>` style (see README).
    trait_ref is None for inherent impls; self_ty and trait_ref mention the impl's params."""

    def_id: DefId
    generics: GenericParams
    self_ty: Ty
    trait_ref: Optional[TraitRef]
    negative: bool
    is_unsafe: bool
    methods: tuple  # ((name, fn DefId), ...)
    assoc_types: tuple  # of AssocTypeInfo
    assoc_consts: tuple  # ((name, const DefId), ...)
    is_std: bool
    node: Optional[ast.Impl]
    span: object
    derived: bool = False  # synthesized from `#[derive(..)]` (no node, no bodies)
    may_dangle: bool = False  # a std Drop impl that does not use its type params (dropck eyepatch)

    def method(self, name: str) -> Optional[DefId]:
        for n, d in self.methods:
            if n == name:
                return d
        return None

    def assoc_type(self, name: str) -> Optional[Ty]:
        for a in self.assoc_types:
            if a.name == name:
                return a.ty
        return None


@frozen
class TraitInfo:
    """A trait. methods: ((name, fn DefId), ...) with FnSig.has_body telling defaults;
    supertraits: TraitPred on Param("Self") (and the ProjectionPred of a `Tr<Assoc = T>` one); is_auto: Send/Sync/Unpin-like; is_marker."""

    def_id: DefId
    name: str
    generics: GenericParams  # types start with "Self"
    supertraits: tuple
    methods: tuple
    assoc_types: tuple  # of AssocTypeInfo
    assoc_consts: tuple  # ((name, const DefId), ...)
    is_auto: bool
    is_unsafe: bool
    is_std: bool
    node: Optional[ast.Trait]
    span: object

    def method(self, name: str) -> Optional[DefId]:
        for n, d in self.methods:
            if n == name:
                return d
        return None


@frozen
class TypeAliasInfo:
    def_id: DefId
    name: str
    generics: GenericParams
    ty: Ty
    is_std: bool
    span: object


@node_class(slots=True)
class Namespace:
    """A module's (or enum's / trait's) names after imports: name -> Binding."""

    types: dict = field(default_factory=dict)
    values: dict = field(default_factory=dict)


@frozen
class Binding:
    """What a name denotes. kind: "mod" | "struct" | "enum" | "union" | "variant" | "trait"
    | "type_alias" | "fn" | "const" | "static" | "ctor" (a tuple/unit struct's value)
    | "prim" (target = "i32", ...). target: DefId (or prim name)."""

    kind: str
    target: str
    is_pub: bool = True  # plain `pub`; a restricted `pub(...)` item is not
    span: object = None
    visible_in: Optional[str] = None  # not is_pub: the module (and descendants) it is visible in; None = its own
