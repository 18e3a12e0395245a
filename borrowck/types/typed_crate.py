"""TypedCrate: what type checking produces, as side tables keyed by AST node identity.

Consumers: the MIR builder (`mir/`), the borrow checker (through MIR) and the
interpreter (`interp/`). Every table is filled for every function body that type-checks;
bodies with errors may have gaps (Error types).
"""
from __future__ import annotations

from dataclasses import field
from typing import Optional

from ..syntax.node_class import node_class
from ..syntax import ast
from .ty import DefId, Ty


@node_class(frozen=True, slots=True)
class Res:
    """What a path or identifier resolves to.

    kind: "local" (target = the IdentPat / SelfParam that binds it)
        | "fn" | "assoc_fn" | "method" (target = DefId)
        | "struct" | "tuple_struct" | "unit_struct" (target = DefId; used as a value/ctor)
        | "variant" (target = DefId of the variant `crate::E::V`; ctor_kind in extra)
        | "const" | "static" | "assoc_const" (target = DefId)
        | "type" | "trait" | "mod" | "prim" | "type_param" (type namespace)
        | "std_fn" (target = DefId in the std model, e.g. "std::mem::drop")
    """

    kind: str
    target: object
    extra: object = None


@node_class(frozen=True, slots=True)
class Adjustment:
    """One step applied to an expression's value before use (rustc's adjustments).

    kind: "deref" (built-in `*` of a reference/Box) | "overloaded_deref" (Deref::deref,
          mutable => DerefMut) | "borrow" (auto-ref: `&` / `&mut`, mutable says which)
          | "reborrow" (`&mut *r` when passing a `&mut`) | "unsize" (array -> slice,
          T -> dyn Trait) | "never_to_any" | "closure_fn_pointer"
    target: the type after this step.
    """

    kind: str
    mutable: bool
    target: Ty


@node_class(frozen=True, slots=True)
class Callee:
    """The function a method call, overloaded operator, index, or call resolves to.

    def_id: the method's DefId (user `crate::Point::norm`, std `std::vec::Vec::push`,
            trait method `std::clone::Clone::clone` when dispatched through a bound)
    impl_id: the DefId of the impl (or trait, for default methods) providing it, if known
    args: generic arguments instantiated for the call (impl's then method's type args, then
            their const args the same way: ints/bools, see types.generic_subst)
    sig_params / sig_ret: the instantiated signature, including `self` as first param,
            with fresh region variables where the declaration had lifetimes (the same
            Region value wherever the declaration used the same lifetime)
    bounds: the callee's where-clause outlives predicates, instantiated the same way
    """

    def_id: DefId
    impl_id: Optional[DefId]
    args: tuple
    sig_params: tuple
    sig_ret: Ty
    # instantiated outlives predicates from the callee's bounds, as (Ty | Region, Region)
    # pairs: ((closure_ty, STATIC),) for `thread::spawn`'s `F: 'static`, (('?3, '?4),) for
    # `'a: 'b`. The borrow checker turns them into region constraints at the call.
    bounds: tuple = ()


@node_class(frozen=True, slots=True)
class Capture:
    """One captured place of a closure (edition 2021 disjoint captures).

    root: the binding (IdentPat/SelfParam) captured; projections: field names/indices
    (as strings) and "*" for derefs; mode: "ref" | "mut_ref" | "move" | "copy";
    use_span: where the closure body uses it (for diagnostics).
    """

    root: ast.Node
    projections: tuple
    mode: str
    ty: Ty
    use_span: object


@node_class(slots=True)
class FnInfo:
    """A function's signature as the checker sees it (universal regions named)."""

    def_id: DefId
    node: ast.Fn
    params: tuple  # of Ty, self first when present
    ret: Ty
    generics: tuple = ()  # names of type params
    lifetimes: tuple = ()  # universal region names ("'a", "'_elided0", ...)
    outlives: tuple = ()  # (("'a", "'b"), ...) meaning 'a: 'b from bounds


@node_class(slots=True)
class TypedCrate:
    crate: ast.Crate
    # type of every expression before adjustments
    expr_types: dict = field(default_factory=dict)  # ast.Expr -> Ty
    # adjustments applied to an expression (autoderef, autoref, reborrow, unsize)
    adjustments: dict = field(default_factory=dict)  # ast.Expr -> tuple[Adjustment]
    # type of every pattern node (the type it matches against)
    pat_types: dict = field(default_factory=dict)  # ast.Pat -> Ty
    # references peeled implicitly before a non-reference pattern (match ergonomics), outermost
    # first: the pattern then matches the referent and its default binding mode is `ref`/`ref mut`
    pat_adjustments: dict = field(default_factory=dict)  # ast.Pat -> tuple[Ty] (the Ref types peeled)
    # binding mode of each IdentPat after match ergonomics: "move" | "copy" | "ref" | "ref_mut"
    binding_modes: dict = field(default_factory=dict)  # ast.IdentPat -> str
    # type of each binding (local variable), keyed by its IdentPat or SelfParam
    binding_types: dict = field(default_factory=dict)
    # what every path expression / path pattern / struct path resolves to
    resolutions: dict = field(default_factory=dict)  # ast.PathExpr | ast.Path | ast.IdentPat -> Res
    # resolved callees of MethodCall, Call (for assoc fns/generic fns), overloaded
    # Binary/Unary/Index/CompoundAssign on non-primitive types
    callees: dict = field(default_factory=dict)  # ast.Expr -> Callee
    # closure captures, in capture order
    captures: dict = field(default_factory=dict)  # ast.Closure -> tuple[Capture]
    # every fn (free, inherent, trait default, trait impl) by node
    fns: dict = field(default_factory=dict)  # ast.Fn -> FnInfo
    # which types implement Copy / Drop (def ids), and field lists, for MIR and interp
    adts: dict = field(default_factory=dict)  # DefId -> AdtInfo (see types.items)
    # per-item diagnostics already produced by resolve and typeck
    diagnostics: list = field(default_factory=list)
    # the ItemTable (types.items) the crate was checked against: FnSig, ImplInfo, TraitInfo...
    items: object = None
    # DefId given to each closure expression (`crate::main::{closure#0}`)
    closure_defs: dict = field(default_factory=dict)  # ast.Closure -> DefId
    # the edition the crate was checked with; MIR building needs it for temporary scopes
    # (2024: block-tail temporaries dropped before the block's locals)
    edition: str = "2021"
    # the checked SourceFile: diagnostics that quote source text (suggestions) read it
    file: object = None

    def type_of(self, expr: ast.Node) -> Optional[Ty]:
        return self.expr_types.get(expr)
