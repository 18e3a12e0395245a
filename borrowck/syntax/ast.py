"""The abstract syntax tree: immutable nodes, one class per Rust construct.

Nodes are frozen dataclasses compared and hashed by identity (`eq=False`), so later
phases key their side tables by the node object itself (`types[expr]`, `res[path]`).
Every node has a `span` (byte range in the file). Sequences are tuples.
A construct the lowering does not support becomes `Unsupported` at its span; later
phases report it as an `unsupported` diagnostic.
"""
from __future__ import annotations

from typing import Optional, Union

from ..source.span import Span
from .node_class import node_class

# `dataclass(frozen=True, eq=False, slots=True)`, cheaper to define (see node_class.py)
node = node_class(frozen=True, eq=False, slots=True)


@node
class Node:
    span: Span


# ───────────────────────────── paths and names ─────────────────────────────


@node
class Ident(Node):
    name: str  # `r#type` is stored as `type`


@node
class Lifetime(Node):
    name: str  # without the quote: "a", "static", "_"


@node
class AssocBinding(Node):
    """`Item = T` inside generic args (`Iterator<Item = u32>`)."""

    name: Ident
    ty: "Type"


GenericArg = Union["Type", Lifetime, "Expr", AssocBinding]


@node
class GenericArgs(Node):
    args: tuple  # of GenericArg; a const arg is an Expr (Lit or BlockExpr)


@node
class PathSegment(Node):
    ident: Ident  # "self", "Self", "super", "crate" appear as ordinary segments
    generic_args: Optional[GenericArgs]  # `Vec::<u8>` or `Vec<u8>`; Fn sugar: see FnSugarArgs


@node
class FnSugarArgs(Node):
    """`Fn(A, B) -> R` parenthesized args on the last segment of a bound path."""

    inputs: tuple  # of Type
    output: Optional["Type"]


@node
class Path(Node):
    segments: tuple  # of PathSegment
    is_global: bool = False  # leading `::`
    qself: Optional["QSelf"] = None  # `<T as Trait>::Name`: segments are the trait path + rest


@node
class QSelf(Node):
    """`<ty as trait_path>::...`; trait_len = how many leading segments belong to the trait (0: `<T>::x`)."""

    ty: "Type"
    trait_len: int


# ───────────────────────────── attributes ─────────────────────────────


@node
class Attribute(Node):
    name: str  # "derive", "allow", "test", ...
    args: tuple  # derive: trait names as strings; otherwise the raw token text pieces
    is_inner: bool = False  # `#![...]`


# ───────────────────────────── types ─────────────────────────────


@node
class PathType(Node):
    path: Path  # includes `Self`, generic params, `Vec<T>`, `Fn(u8) -> u8` (sugar in segment)


@node
class RefType(Node):
    lifetime: Optional[Lifetime]
    mutable: bool
    inner: "Type"


@node
class PtrType(Node):
    mutable: bool
    inner: "Type"


@node
class TupleType(Node):
    elems: tuple  # () is the unit type


@node
class ArrayType(Node):
    elem: "Type"
    length: "Expr"


@node
class SliceType(Node):
    elem: "Type"


@node
class FnPtrType(Node):
    params: tuple  # of Type
    ret: Optional["Type"]


@node
class ImplTraitType(Node):
    bounds: tuple  # of Bound


@node
class DynTraitType(Node):
    bounds: tuple  # of Bound (also bare trait objects of edition 2015)


@node
class NeverType(Node):
    pass


@node
class InferType(Node):
    """`_` in type position."""


Type = Union[PathType, RefType, PtrType, TupleType, ArrayType, SliceType, FnPtrType,
             ImplTraitType, DynTraitType, NeverType, InferType, "Unsupported"]


# ───────────────────────────── generics ─────────────────────────────


@node
class TraitBound(Node):
    path: Path
    maybe: bool = False  # `?Sized`
    for_lifetimes: tuple = ()  # of Lifetime: `for<'a> Fn(&'a T)`


@node
class LifetimeBound(Node):
    lifetime: Lifetime


Bound = Union[TraitBound, LifetimeBound]


@node
class LifetimeParam(Node):
    lifetime: Lifetime
    bounds: tuple  # of Lifetime (`'a: 'b`)


@node
class TypeParam(Node):
    ident: Ident
    bounds: tuple  # of Bound
    default: Optional[Type]


@node
class ConstParam(Node):
    ident: Ident
    ty: Type
    default: Optional["Expr"]


@node
class WherePredicate(Node):
    """`ty: bounds` or, for lifetimes, `'a: 'b + 'c` (ty is then a Lifetime)."""

    bounded: Union[Type, Lifetime]
    bounds: tuple  # of Bound
    for_lifetimes: tuple = ()


@node
class Generics(Node):
    params: tuple  # of LifetimeParam | TypeParam | ConstParam
    where_clause: tuple  # of WherePredicate


EMPTY_GENERICS_SPAN = Span(0, 0)

# ───────────────────────────── patterns ─────────────────────────────


@node
class WildPat(Node):
    pass


@node
class RestPat(Node):
    """`..` inside tuple, tuple-struct and slice patterns."""


@node
class IdentPat(Node):
    """`x`, `mut x`, `ref x`, `ref mut x`, `x @ pat`. May name a unit variant or const
    (`None`): resolution decides, the node is the same."""

    ident: Ident
    by_ref: bool
    mutable: bool  # `mut x` or `ref mut x`
    subpat: Optional["Pat"]


@node
class LitPat(Node):
    expr: "Expr"  # Lit, or Unary('-', Lit)


@node
class RangePat(Node):
    lo: Optional["Expr"]  # Lit or PathExpr; None for `..=hi`
    hi: Optional["Expr"]
    inclusive: bool


@node
class TuplePat(Node):
    elems: tuple  # of Pat (may include one RestPat)


@node
class FieldPat(Node):
    ident: Ident  # field name, or a tuple index as a string ("0")
    pat: "Pat"  # for shorthand `{ x }` an IdentPat with the same name
    shorthand: bool


@node
class StructPat(Node):
    path: Path
    fields: tuple  # of FieldPat
    has_rest: bool


@node
class TupleStructPat(Node):
    path: Path
    elems: tuple  # of Pat (may include one RestPat)


@node
class PathPat(Node):
    """A multi-segment path in pattern position: `Color::Red`, `std::f64::consts::PI`."""

    path: Path


@node
class RefPat(Node):
    mutable: bool
    pat: "Pat"


@node
class OrPat(Node):
    alts: tuple  # of Pat


@node
class SlicePat(Node):
    elems: tuple  # of Pat (may include one RestPat or `rest @ ..`)


@node
class BoxPat(Node):
    pat: "Pat"


Pat = Union[WildPat, RestPat, IdentPat, LitPat, RangePat, TuplePat, StructPat,
            TupleStructPat, PathPat, RefPat, OrPat, SlicePat, BoxPat, "Unsupported"]


# ───────────────────────────── expressions ─────────────────────────────


@node
class Lit(Node):
    kind: str  # "int" | "float" | "str" | "char" | "bool" | "byte" | "bytestr" | "cstr"
    value: object  # int, float, str (unescaped), bool, bytes
    suffix: Optional[str]  # "u8", "i64", "f32", "usize", ...; None if absent


@node
class PathExpr(Node):
    path: Path


@node
class Unary(Node):
    op: str  # "-" | "!" | "*"
    operand: "Expr"


@node
class AddrOf(Node):
    """`&e` / `&mut e` (and `&raw const e` as Unsupported)."""

    mutable: bool
    operand: "Expr"


@node
class Binary(Node):
    op: str  # "+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>", "==", "!=", "<", "<=", ">", ">=", "&&", "||"
    lhs: "Expr"
    rhs: "Expr"
    op_span: Span


@node
class Assign(Node):
    lhs: "Expr"  # a place expression, or a destructuring pattern-like expr (tuple)
    rhs: "Expr"
    op_span: Span


@node
class CompoundAssign(Node):
    op: str  # "+", "-", ... (without "=")
    lhs: "Expr"
    rhs: "Expr"
    op_span: Span


@node
class Call(Node):
    func: "Expr"
    args: tuple  # of Expr


@node
class MethodCall(Node):
    receiver: "Expr"
    method: Ident
    generic_args: Optional[GenericArgs]  # turbofish
    args: tuple  # of Expr


@node
class Field(Node):
    base: "Expr"
    ident: Ident  # name, or tuple index as a string ("0")


@node
class Index(Node):
    base: "Expr"
    index: "Expr"


@node
class Tuple(Node):
    elems: tuple  # () is the unit value


@node
class Array(Node):
    elems: tuple


@node
class ArrayRepeat(Node):
    elem: "Expr"
    count: "Expr"


@node
class FieldInit(Node):
    ident: Ident
    expr: "Expr"  # for shorthand `S { x }` a PathExpr naming x
    shorthand: bool


@node
class StructLit(Node):
    path: Path
    fields: tuple  # of FieldInit
    base: Optional["Expr"]  # `..base`


@node
class Block(Node):
    stmts: tuple  # of Stmt
    tail: Optional["Expr"]  # the final expression without `;`


@node
class BlockExpr(Node):
    block: Block
    label: Optional[Lifetime]
    kind: str = ""  # "" | "unsafe" | "const" | "async"


@node
class LetCond(Node):
    """`let PAT = EXPR` inside an `if`/`while` condition (also in `&&` let-chains)."""

    pat: Pat
    scrutinee: "Expr"


@node
class If(Node):
    cond: "Expr"  # may be LetCond, or Binary('&&') chains containing LetCond
    then: Block
    else_: Optional["Expr"]  # BlockExpr or If


@node
class While(Node):
    cond: "Expr"  # may be LetCond
    body: Block
    label: Optional[Lifetime]


@node
class Loop(Node):
    body: Block
    label: Optional[Lifetime]


@node
class For(Node):
    pat: Pat
    iter: "Expr"
    body: Block
    label: Optional[Lifetime]


@node
class Arm(Node):
    pat: Pat
    guard: Optional["Expr"]
    body: "Expr"


@node
class Match(Node):
    scrutinee: "Expr"
    arms: tuple  # of Arm


@node
class ClosureParam(Node):
    pat: Pat
    ty: Optional[Type]


@node
class Closure(Node):
    params: tuple  # of ClosureParam
    ret: Optional[Type]
    body: "Expr"
    is_move: bool


@node
class Break(Node):
    label: Optional[Lifetime]
    value: Optional["Expr"]


@node
class Continue(Node):
    label: Optional[Lifetime]


@node
class Return(Node):
    value: Optional["Expr"]


@node
class Range(Node):
    start: Optional["Expr"]
    end: Optional["Expr"]
    inclusive: bool


@node
class Cast(Node):
    expr: "Expr"
    ty: Type


@node
class Try(Node):
    """`expr?`"""

    expr: "Expr"


@node
class Paren(Node):
    """`(expr)`: kept because rustc's spans and some lints see the parentheses."""

    expr: "Expr"


# ── macros: arguments re-parsed as expressions with their real spans ──


@node
class FormatSpec(Node):
    """`{arg:fill align sign # 0 width .precision type}`; width/precision may name an argument."""

    fill: Optional[str]
    align: Optional[str]  # "<" | ">" | "^"
    sign: Optional[str]  # "+" | "-"
    alternate: bool  # `#`
    zero_pad: bool  # `0`
    width: Union[int, str, None]  # literal width, or an argument name/index as str ("0", "w")
    precision: Union[int, str, None]  # also "*" resolved to an argument index string
    kind: str  # "" (Display) | "?" | "x" | "X" | "o" | "b" | "e" | "E" | "x?" | "X?"


@node
class FormatPiece(Node):
    """One `{...}` placeholder. `arg` is a position in FormatArgs.args (implicit
    positions and implicit captures already resolved by the lowering)."""

    arg: int
    spec: FormatSpec


@node
class FormatArgs(Node):
    """A parsed format string with its arguments. `pieces` alternates literal text (str,
    with `{{`/`}}` unescaped) and FormatPiece. Named arguments and implicit captures
    (`{x}`) are appended to `args` (a capture is a PathExpr spanning the name inside the
    string literal); `names` maps each name to its index."""

    template_span: Span
    pieces: tuple  # of str | FormatPiece
    args: tuple  # of Expr
    names: tuple  # of (str, int)


@node
class MacroCall(Node):
    """A call of a known std macro, arguments already parsed.

    name: "println" | "print" | "eprintln" | "eprint" | "format" | "panic" | "write"
          | "writeln" | "unreachable" | "todo" | "unimplemented" | "assert" | "assert_eq"
          | "assert_ne" | "debug_assert" | "debug_assert_eq" | "debug_assert_ne" | "vec"
          | "matches" | "dbg"
    args: the plain expression arguments (assert's condition, assert_eq's two sides,
          write's destination, vec's elements, dbg's args) in order.
    fmt:  the trailing format arguments, if the macro has them.
    vec_repeat: `vec![elem; n]` -> (elem, n) with args empty.
    pattern/guard: for `matches!(expr, pat if guard)`.
    """

    name: str
    name_span: Span
    args: tuple
    fmt: Optional[FormatArgs]
    vec_repeat: Optional[tuple] = None
    pattern: Optional[Pat] = None
    guard: Optional["Expr"] = None


Expr = Union[Lit, PathExpr, Unary, AddrOf, Binary, Assign, CompoundAssign, Call, MethodCall,
             Field, Index, Tuple, Array, ArrayRepeat, StructLit, BlockExpr, LetCond, If, While,
             Loop, For, Match, Closure, Break, Continue, Return, Range, Cast, Try, Paren,
             MacroCall, "Unsupported"]


# ───────────────────────────── statements ─────────────────────────────


@node
class Let(Node):
    pat: Pat
    ty: Optional[Type]
    init: Optional[Expr]
    else_block: Optional[Block]  # let-else


@node
class ExprStmt(Node):
    expr: Expr
    has_semi: bool


@node
class ItemStmt(Node):
    item: "Item"


@node
class EmptyStmt(Node):
    """A lone `;`."""


Stmt = Union[Let, ExprStmt, ItemStmt, EmptyStmt]


# ───────────────────────────── items ─────────────────────────────


@node
class SelfParam(Node):
    """`self`, `mut self`, `&self`, `&'a self`, `&mut self`, `self: Box<Self>`."""

    is_ref: bool
    ref_mutable: bool  # `&mut self`
    lifetime: Optional[Lifetime]
    binding_mutable: bool  # `mut self`
    explicit_ty: Optional[Type]  # `self: Rc<Self>`


@node
class Param(Node):
    pat: Pat
    ty: Type


@node
class Fn(Node):
    attrs: tuple  # of Attribute
    is_pub: bool
    ident: Ident
    generics: Generics
    self_param: Optional[SelfParam]
    params: tuple  # of Param (without self)
    ret: Optional[Type]
    body: Optional[Block]  # None for a trait method without default body
    qualifiers: tuple = ()  # of "const" | "unsafe" | "async" | "extern"
    vis_path: tuple = ()  # of Ident: the path in `pub(crate)`/`pub(super)`/`pub(self)`/`pub(in a::b)`; () otherwise


@node
class FieldDef(Node):
    attrs: tuple
    is_pub: bool
    ident: Optional[Ident]  # None for tuple fields
    ty: Type
    vis_path: tuple = ()  # of Ident: the path in `pub(crate)`/`pub(super)`/`pub(self)`/`pub(in a::b)`; () otherwise


@node
class Struct(Node):
    attrs: tuple
    is_pub: bool
    ident: Ident
    generics: Generics
    kind: str  # "named" | "tuple" | "unit"
    fields: tuple  # of FieldDef
    vis_path: tuple = ()  # of Ident: the path in `pub(crate)`/`pub(super)`/`pub(self)`/`pub(in a::b)`; () otherwise


@node
class Variant(Node):
    attrs: tuple
    ident: Ident
    kind: str  # "named" | "tuple" | "unit"
    fields: tuple  # of FieldDef
    discriminant: Optional[Expr]
    is_pub: bool = False  # `pub` written (not permitted: E0449)
    vis_path: tuple = ()  # as Fn.vis_path


@node
class Enum(Node):
    attrs: tuple
    is_pub: bool
    ident: Ident
    generics: Generics
    variants: tuple  # of Variant
    vis_path: tuple = ()  # of Ident: the path in `pub(crate)`/`pub(super)`/`pub(self)`/`pub(in a::b)`; () otherwise


@node
class Union_(Node):
    attrs: tuple
    ident: Ident
    generics: Generics
    fields: tuple
    is_pub: bool = True  # `pub` written (any form)
    vis_path: tuple = ()  # of Ident: the path in `pub(crate)`/`pub(super)`/`pub(self)`/`pub(in a::b)`; () otherwise


@node
class TypeAlias(Node):
    """`type X<T> = ...;` as an item, or `type Item = u32;` / `type Item;` in traits and impls."""

    attrs: tuple
    ident: Ident
    generics: Generics
    bounds: tuple  # of Bound (trait associated types)
    ty: Optional[Type]
    is_pub: bool = True  # `pub` written (any form); trait/impl items: as their container
    vis_path: tuple = ()  # of Ident: the path in `pub(crate)`/`pub(super)`/`pub(self)`/`pub(in a::b)`; () otherwise


@node
class Const(Node):
    attrs: tuple
    is_pub: bool
    ident: Ident
    ty: Optional[Type]
    value: Optional[Expr]
    vis_path: tuple = ()  # of Ident: the path in `pub(crate)`/`pub(super)`/`pub(self)`/`pub(in a::b)`; () otherwise


@node
class Static(Node):
    attrs: tuple
    is_pub: bool
    ident: Ident
    mutable: bool
    ty: Type
    value: Optional[Expr]
    vis_path: tuple = ()  # of Ident: the path in `pub(crate)`/`pub(super)`/`pub(self)`/`pub(in a::b)`; () otherwise


@node
class Impl(Node):
    attrs: tuple
    generics: Generics
    trait_ref: Optional[Path]
    negative: bool  # `impl !Send for T`
    self_ty: Type
    items: tuple  # of Fn | Const | TypeAlias
    is_unsafe: bool = False


@node
class Trait(Node):
    attrs: tuple
    is_pub: bool
    ident: Ident
    generics: Generics
    supertraits: tuple  # of Bound
    items: tuple  # of Fn | Const | TypeAlias
    is_unsafe: bool = False
    vis_path: tuple = ()  # of Ident: the path in `pub(crate)`/`pub(super)`/`pub(self)`/`pub(in a::b)`; () otherwise


@node
class UseTree(Node):
    """`a::b::{c, d as e, f::*}` flattened: one UseTree per imported name."""

    path: tuple  # of Ident (full path, including the final name)
    alias: Optional[Ident]  # `as e` (an Ident "_" for `as _`)
    is_glob: bool


@node
class Use(Node):
    attrs: tuple
    is_pub: bool
    trees: tuple  # of UseTree
    vis_path: tuple = ()  # of Ident: the path in `pub(crate)`/`pub(super)`/`pub(self)`/`pub(in a::b)`; () otherwise


@node
class Mod(Node):
    attrs: tuple
    is_pub: bool
    ident: Ident
    items: Optional[tuple]  # None for `mod x;` (an out-of-line module: unsupported)
    vis_path: tuple = ()  # of Ident: the path in `pub(crate)`/`pub(super)`/`pub(self)`/`pub(in a::b)`; () otherwise


@node
class Unsupported(Node):
    """A construct borrowck does not support yet; reported as `unsupported: {what}`."""

    what: str


Item = Union[Fn, Struct, Enum, Union_, TypeAlias, Const, Static, Impl, Trait, Use, Mod, Unsupported]


@node
class Crate(Node):
    attrs: tuple  # inner attributes `#![...]`
    items: tuple  # of Item
