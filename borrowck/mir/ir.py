"""MIR: the control-flow-graph IR every body is lowered to, modelled on rustc's MIR.

This module is the contract between the builder (`mir/build_*.py`), the dataflow
analyses, the borrow checker (ownership and NLL halves) and the interpreter.

Shape (as in rustc):
- a `Body` has `local_decls` (local 0 = return place, locals 1..arg_count = arguments,
  then user variables and temporaries in creation order) and `blocks` (basic blocks,
  block 0 is the entry);
- a `BasicBlock` is a tuple of statements followed by exactly one terminator;
- a `Location(block, index)` names statement `index` of `block`; index ==
  len(statements) names the terminator;
- a `Place` is a local plus projections (Deref, Field, Index, ConstantIndex, Subslice,
  Downcast); an `Operand` is Copy(place) | Move(place) | Constant; an `Rvalue` computes
  a value assigned to a place.

Everything is a frozen dataclass. Nodes compare by value (two `Place`s for the same
path are equal and hash alike, which the move-path and loan tables rely on), except
`Body`/`MirCrate`, which compare by identity. Facts computed later (region variables,
move paths, drop flags, liveness) live in side tables keyed by `Local`, `Location` or
`Place`, never on these nodes.

Every statement and terminator carries the `span` of the source expression it comes
from (rustc's SourceInfo.span) and the index of its source `scope`. Operands have no
span of their own: like rustc, the builder evaluates call arguments and aggregate
fields into temporaries, so each operand's use is a statement with the operand's span.

Regions: `Ref.region` and the regions inside `LocalDecl.ty` are whatever type checking
produced (often `ERASED`); the NLL half renumbers them into fresh region variables in
its own side tables (rustc's `renumber`).
"""
from __future__ import annotations

from dataclasses import field
from typing import Optional, Union

from ..source.span import DUMMY_SPAN, Span
from ..syntax.node_class import node_class
from ..types.ty import ERASED, DefId, Region, Ty

# `dataclass(frozen=True, slots=True)`, cheaper to define (see syntax/node_class.py)
frozen = node_class(frozen=True, slots=True)

Local = int  # index into Body.local_decls
BlockId = int  # index into Body.blocks

RETURN_PLACE: Local = 0
START_BLOCK: BlockId = 0


@frozen
class Location:
    """A point in a body: statement `index` of `block` (index == len(statements): the terminator)."""

    block: BlockId
    index: int

    def successor_within_block(self) -> "Location":
        return Location(self.block, self.index + 1)

    def __str__(self) -> str:
        return f"bb{self.block}[{self.index}]"


# ───────────────────────────── locals and scopes ─────────────────────────────


class LocalKind:
    """What a local is (rustc's LocalKind plus user-variable vs temporary)."""

    RETURN = "return"
    ARG = "arg"
    VAR = "var"  # a user variable bound by a pattern (`let`, match arm, closure/fn param binding)
    TEMP = "temp"  # a compiler temporary


class LocalInfo:
    """Extra facts about a local that diagnostics need (rustc's LocalInfo), values of LocalDecl.info."""

    NONE = ""
    # vars
    IMPLICIT_SELF_VALUE = "self"  # `self` / `mut self`
    IMPLICIT_SELF_REF = "&self"  # `&self`: local type &Self
    IMPLICIT_SELF_MUT_REF = "&mut self"
    FOR_LOOP_VAR = "for_loop_var"  # binding of a `for` pattern
    # temps
    BLOCK_TAIL = "block_tail"  # result of a block's tail expression (temporary scope rules)
    DEREF_TEMP = "deref_temp"  # holds the `&T` result of an overloaded deref (Deref::deref)
    STATIC_REF = "static_ref"  # `&STATIC` / `&mut STATIC` used to access a static (LocalDecl.static_def)
    REF_FOR_GUARD = "ref_for_guard"  # by-ref copy of an arm binding visible inside a match guard
    FAKE_BORROW = "fake_borrow"  # holds a fake/shallow borrow taken for a match guard
    CONST_REF = "const_ref"  # reference to a promoted constant (`&5`, `&[]`)
    USER_ASSIGN_TEMP = "user_assign_temp"  # temp holding the RHS of `a = b` evaluated before the LHS


@frozen
class LocalDecl:
    """One local of a body: its type and what the diagnostics need to name/suggest fixes for it."""

    ty: Ty
    span: Span  # vars: the binding identifier (`x` in `let mut x`); temps: the expression
    kind: str  # LocalKind.*
    mutable: bool = False  # `let mut x`, `mut self`, `mut` param; temps are mutable
    name: Optional[str] = None  # user-visible name (vars and named args); None for temps
    binding: Optional[object] = None  # the ast.IdentPat / ast.SelfParam that declares it
    binding_mode: str = "move"  # vars: "move" | "copy" | "ref" | "ref_mut" (after match ergonomics)
    scope: int = 0  # source scope where the variable is visible
    info: str = LocalInfo.NONE  # LocalInfo.*
    pat_span: Optional[Span] = None  # vars: the whole pattern containing the binding
    ty_span: Optional[Span] = None  # vars/args: the `: T` annotation's type span, if written
    static_def: Optional[DefId] = None  # STATIC_REF temps: the static accessed
    internal: bool = False  # compiler-introduced; never named in diagnostics
    origin: Optional[object] = None  # temps: the ast expression whose value the temp holds
    # vars: bound by a pattern from an initializer/scrutinee (`let x = e`, match arms, `for`),
    # rather than declared (`let x;`) and assigned later (rustc's opt_match_place)
    from_pattern_init: bool = False

    @property
    def is_user_variable(self) -> bool:
        return self.kind == LocalKind.VAR or (self.kind == LocalKind.ARG and self.name is not None)


@frozen
class SourceScope:
    """A lexical scope (block, arm, closure body). parent is None for the body's outermost scope."""

    span: Span
    parent: Optional[int]


@frozen
class Upvar:
    """A captured place of a closure body: field `index` of the environment (local 1).

    name: how diagnostics print it (`x`, `self.name`); root: the captured binding node;
    projections: as in types.typed_crate.Capture; mode: "ref" | "mut_ref" | "move" | "copy";
    ty: the captured place's type (the field's type is `&ty`/`&mut ty` for by-ref modes);
    mutable: the captured place may be mutated: the root binding is `mut`, or the place goes
      through a `&mut` deref (and no `&` deref) — decides E0596/E0594 for writes through it;
    span: where the closure uses it.
    """

    index: int
    name: str
    root: object
    projections: tuple
    mode: str
    ty: Ty
    mutable: bool
    span: Span

    @property
    def by_ref(self) -> bool:
        return self.mode in ("ref", "mut_ref")


# ───────────────────────────── places ─────────────────────────────


@frozen
class Deref:
    """`*p`: through a reference, raw pointer or Box."""

    def __str__(self) -> str:
        return "*"


@frozen
class Field:
    """`p.name` / `p.0`: field `index` in declaration order; ty: the field's type."""

    index: int
    name: str
    ty: Optional[Ty] = None


@frozen
class Index:
    """`p[i]` with the index in a local (the builder bounds-checks it with an Assert first)."""

    local: Local


@frozen
class ConstantIndex:
    """Element `offset` of an array/slice (from the end if from_end), e.g. from slice patterns."""

    offset: int
    min_length: int
    from_end: bool = False


@frozen
class Subslice:
    """`p[from..len-to]` (from_end) or `p[from..to]` of an array, from `rest @ ..` patterns."""

    start: int
    end: int
    from_end: bool = True


@frozen
class Downcast:
    """View an enum place as its variant `index` (`name`), before projecting the variant's fields."""

    variant: int
    name: str


ProjectionElem = Union[Deref, Field, Index, ConstantIndex, Subslice, Downcast]
DEREF = Deref()


@frozen
class Place:
    """A memory location: a local followed by projections, outermost last (`(*_1).0` = (_1, (Deref, Field 0)))."""

    local: Local
    projection: tuple = ()  # of ProjectionElem

    def project(self, elem: ProjectionElem) -> "Place":
        return Place(self.local, self.projection + (elem,))

    def deref(self) -> "Place":
        return self.project(DEREF)

    def field(self, index: int, name: str, ty: Optional[Ty] = None) -> "Place":
        return self.project(Field(index, name, ty))

    @property
    def is_local(self) -> bool:
        """A bare local with no projections."""
        return not self.projection

    @property
    def is_indirect(self) -> bool:
        """Goes through at least one Deref (so it does not own what it names)."""
        return any(isinstance(e, Deref) for e in self.projection)

    def prefixes(self):
        """This place and each of its prefixes, longest first (`a.b.c`, `a.b`, `a`)."""
        for n in range(len(self.projection), -1, -1):
            yield Place(self.local, self.projection[:n])

    def parent(self) -> Optional["Place"]:
        return Place(self.local, self.projection[:-1]) if self.projection else None

    def is_prefix_of(self, other: "Place") -> bool:
        n = len(self.projection)
        return self.local == other.local and other.projection[:n] == self.projection


def local_place(local: Local) -> Place:
    return Place(local)


# ───────────────────────────── operands ─────────────────────────────


@frozen
class Copy:
    """Read a `Copy` value (the place stays initialized)."""

    place: Place


@frozen
class Move:
    """Read a value by moving it out (the place becomes uninitialized unless its type is Copy)."""

    place: Place


@frozen
class Constant:
    """A compile-time value.

    kind: "int" | "float" | "bool" | "char" | "str" (&'static str, value: str) | "bytestr"
        | "unit" | "fn" (a fn item / ctor / method: def_id set, value None)
        | "const" (a `const` item used by value: def_id set, the interpreter evaluates it)
        | "zst" (another zero-sized value, e.g. a unit struct)
    args: generic arguments for "fn" constants (instantiated callee generics).
    """

    kind: str
    value: object
    ty: Ty
    span: Span = DUMMY_SPAN
    def_id: Optional[DefId] = None
    args: tuple = ()


Operand = Union[Copy, Move, Constant]


def operand_place(op: Operand) -> Optional[Place]:
    return op.place if isinstance(op, (Copy, Move)) else None


# ───────────────────────────── rvalues ─────────────────────────────


class BorrowKind:
    """The kinds of `Ref` (rustc's BorrowKind / MutBorrowKind / FakeBorrowKind)."""

    SHARED = "shared"  # `&p`
    MUT = "mut"  # `&mut p`
    TWO_PHASE_MUT = "two_phase_mut"  # auto-ref'd `&mut self` receiver; activated at its first use
    UNIQUE = "unique"  # closure capture of a `&mut` place through an immutable binding: unique, not mutable
    SHALLOW = "shallow"  # fake: match guard protection of the discriminant places (`match x { .. }`)
    FAKE = "fake"  # fake deep borrow: a guard must not mutate the scrutinee

    MUTABLE = frozenset((MUT, TWO_PHASE_MUT, UNIQUE))
    FAKES = frozenset((SHALLOW, FAKE))


@frozen
class Use:
    operand: Operand


@frozen
class Repeat:
    """`[op; count]`."""

    operand: Operand
    count: Optional[int]  # None when type checking could not evaluate the length


@frozen
class Ref:
    """`&place` / `&mut place` (and fake/two-phase borrows). region: see module doc."""

    kind: str  # BorrowKind.*
    place: Place
    region: Region = ERASED

    @property
    def mutable(self) -> bool:
        return self.kind in BorrowKind.MUTABLE


@frozen
class AddressOf:
    """`&raw const place` / `&raw mut place` (and `&x as *const T`)."""

    mutable: bool
    place: Place


@frozen
class Len:
    """The length of an array/slice place (for bounds checks)."""

    place: Place


@frozen
class Cast:
    """kind: "int_to_int" | "int_to_float" | "float_to_int" | "float_to_float" | "char_to_int"
    | "bool_to_int" | "u8_to_char" | "ptr_to_ptr" | "ref_to_ptr" | "unsize" | "fn_to_ptr"
    | "closure_to_fn_ptr" | "enum_to_int" | "transmute_like"."""

    kind: str
    operand: Operand
    ty: Ty


@frozen
class BinaryOp:
    """op: "+" "-" "*" "/" "%" "&" "|" "^" "<<" ">>" "==" "!=" "<" "<=" ">" ">=" (built-in types only).
    Arithmetic that can overflow is emitted as CheckedBinaryOp + Assert instead."""

    op: str
    lhs: Operand
    rhs: Operand


@frozen
class CheckedBinaryOp:
    """Like BinaryOp but yields the tuple (result, overflowed: bool)."""

    op: str
    lhs: Operand
    rhs: Operand


@frozen
class UnaryOp:
    """op: "-" (Neg) | "!" (Not)."""

    op: str
    operand: Operand


@frozen
class Discriminant:
    """Read an enum place's variant index (for SwitchInt)."""

    place: Place


class AggregateKind:
    TUPLE = "tuple"
    ARRAY = "array"
    ADT = "adt"
    CLOSURE = "closure"


@frozen
class Aggregate:
    """Build a tuple / array / struct / enum variant / closure from operands.

    kind: AggregateKind.*; ty: the result type.
    ADT: def_id is the struct/enum, variant the variant index (0 for structs), variant_name
      its name; operands are in field DECLARATION order (field_names gives their names;
      the builder evaluates fields in source order into temps first, as rustc does).
    CLOSURE: def_id names the closure body (its Body.def_id); operands are the captured
      upvars in capture order (by-ref captures as `Ref` temps whose statements carry the
      closure's head span `move |..|` and whose LocalDecl.origin is the typed Capture;
      by-value captures as moves/copies in the Aggregate itself).
    A union literal has one operand, for field `active_field` (else None).
    """

    kind: str
    operands: tuple
    ty: Ty
    def_id: Optional[DefId] = None
    variant: int = 0
    variant_name: Optional[str] = None
    field_names: tuple = ()
    active_field: Optional[int] = None


@frozen
class CopyForDeref:
    """Copy a reference out of a place so it can be dereferenced (rustc's deref temps)."""

    place: Place


Rvalue = Union[Use, Repeat, Ref, AddressOf, Len, Cast, BinaryOp, CheckedBinaryOp, UnaryOp,
               Discriminant, Aggregate, CopyForDeref]


# ───────────────────────────── statements ─────────────────────────────


class FakeReadCause:
    """Why a FakeRead exists (rustc's FakeReadCause): each makes borrowck see a use."""

    FOR_MATCH_GUARD = "match_guard"  # the scrutinee must stay valid while a guard runs
    FOR_MATCHED_PLACE = "matched_place"  # `match x {}` reads x even if no arm binds it
    FOR_GUARD_BINDING = "guard_binding"  # a by-ref guard binding is used by the guard
    FOR_LET = "let"  # `let x = e;` reads x (so a borrow in e is live at least here)
    FOR_INDEX = "index"  # the indexed place must not be mutated while the index is computed


@frozen
class Assign:
    place: Place
    rvalue: Rvalue
    span: Span
    scope: int = 0


@frozen
class FakeRead:
    """A read that exists only for borrowck. closure: set when the read belongs to a closure capture."""

    cause: str  # FakeReadCause.*
    place: Place
    span: Span
    scope: int = 0
    closure: Optional[DefId] = None


@frozen
class SetDiscriminant:
    place: Place
    variant: int
    span: Span
    scope: int = 0


@frozen
class StorageLive:
    local: Local
    span: Span
    scope: int = 0


@frozen
class StorageDead:
    """The local's storage ends: borrows of it must be dead (E0597 "dropped here while still borrowed")."""

    local: Local
    span: Span
    scope: int = 0


@frozen
class PlaceMention:
    """`let _ = place;` / `match place { _ => }`: mentions without reading (no move)."""

    place: Place
    span: Span
    scope: int = 0


@frozen
class AscribeUserType:
    """`let x: T = ..`: the value must have the user-written type `user_ty` (an ast.Type;
    the resolved Ty in `ty`). variance: "covariant" | "invariant" | "contravariant"."""

    place: Place
    user_ty: object
    ty: Ty
    variance: str
    span: Span
    scope: int = 0


@frozen
class Nop:
    span: Span = DUMMY_SPAN
    scope: int = 0


Statement = Union[Assign, FakeRead, SetDiscriminant, StorageLive, StorageDead, PlaceMention,
                  AscribeUserType, Nop]


# ───────────────────────────── terminators ─────────────────────────────
#
# `unwind` fields: the cleanup block to continue in when the callee/drop/assert panics,
# or None for "unwind out of this body" (rustc's UnwindAction::Continue). Cleanup blocks
# have BasicBlock.is_cleanup set and end in Drop/Goto/UnwindResume.


@frozen
class Goto:
    target: BlockId
    span: Span
    scope: int = 0

    def successors(self) -> tuple:
        return (self.target,)


@frozen
class SwitchInt:
    """Jump to targets[i] when discr == values[i], else to targets[-1] (len(targets) == len(values)+1).
    For `if`, discr is a bool: values (0,) -> targets (else_block, then_block)."""

    discr: Operand
    values: tuple  # of int
    targets: tuple  # of BlockId
    span: Span
    scope: int = 0

    @property
    def otherwise(self) -> BlockId:
        return self.targets[-1]

    def successors(self) -> tuple:
        return self.targets


@frozen
class Return:
    span: Span
    scope: int = 0

    def successors(self) -> tuple:
        return ()


@frozen
class Unreachable:
    span: Span
    scope: int = 0

    def successors(self) -> tuple:
        return ()


@frozen
class UnwindResume:
    """End of a cleanup path: continue unwinding into the caller."""

    span: Span
    scope: int = 0

    def successors(self) -> tuple:
        return ()


@frozen
class Drop:
    """Run the drop glue of `place` if it is (maybe) initialized, then go to target.

    replace: the drop of the old value before an assignment `place = new` to an initialized
    place (rustc's DropAndReplace / `Drop { replace: true }`).
    Whether the place is surely/maybe/never initialized here is a dataflow fact, exposed by
    `dataflow/drop_elaboration.py`, not stored here.
    """

    place: Place
    target: BlockId
    span: Span
    unwind: Optional[BlockId] = None
    replace: bool = False
    scope: int = 0

    def successors(self) -> tuple:
        return (self.target,) if self.unwind is None else (self.target, self.unwind)


@frozen
class Call:
    """`destination = func(args..)`, then go to target (None: the callee diverges, `-> !`).

    func: usually a "fn" Constant (for method calls, the resolved method); a place operand
      for closure/fn-pointer calls through a value.
    callee: the resolved DefId (TypedCrate.callees / resolutions), e.g. "std::vec::Vec::push",
      "crate::Point::norm"; None for calls of closures/fn pointers by value.
    callee_info: the typed_crate.Callee record when there is one (instantiated signature).
    args: operands (temps), receiver first for methods.
    fn_span: the span of the method name through the closing paren (`push(x)`) for method
      calls, else the whole call; span is the whole call expression.
    from_call_syntax: False for calls the builder introduced (overloaded ops, Deref::deref,
      IntoIterator::into_iter/Iterator::next of `for` loops, Index::index, Drop of temps).
    desugaring: "" | "for_loop_into_iter" | "for_loop_next" | "try_branch" | "overloaded_op"
      | "overloaded_deref" | "overloaded_index" | "format_args" | "macro" — for messages.
    """

    func: Operand
    args: tuple
    destination: Place
    target: Optional[BlockId]
    span: Span
    callee: Optional[DefId] = None
    callee_info: Optional[object] = None
    fn_span: Optional[Span] = None
    unwind: Optional[BlockId] = None
    from_call_syntax: bool = True
    desugaring: str = ""
    scope: int = 0

    def successors(self) -> tuple:
        out = () if self.target is None else (self.target,)
        return out if self.unwind is None else out + (self.unwind,)


@frozen
class AssertKind:
    """Why an Assert panics; operands give the values for the panic message.

    kind: "bounds_check" (operands: len, index) | "overflow" (op, lhs, rhs) | "overflow_neg" (operand)
        | "division_by_zero" (lhs) | "remainder_by_zero" (lhs)
    """

    kind: str
    operands: tuple = ()
    op: str = ""


@frozen
class Assert:
    """Continue to target if `cond == expected`, else panic with `msg`."""

    cond: Operand
    expected: bool
    msg: AssertKind
    target: BlockId
    span: Span
    unwind: Optional[BlockId] = None
    scope: int = 0

    def successors(self) -> tuple:
        return (self.target,) if self.unwind is None else (self.target, self.unwind)


@frozen
class FalseEdge:
    """Goes to real_target; imaginary_target is an edge borrowck considers but that never runs
    (from a match arm's candidate to the next arm's test, so later arms see earlier bindings' effects)."""

    real_target: BlockId
    imaginary_target: Optional[BlockId]
    span: Span
    scope: int = 0

    def successors(self) -> tuple:
        if self.imaginary_target is None:
            return (self.real_target,)
        return (self.real_target, self.imaginary_target)


@frozen
class FalseUnwind:
    """At a loop head: goes to real_target; the unwind edge makes borrowck treat the loop as
    possibly exiting (so `loop {}` bodies have a path to cleanup). span: the loop's head
    (`loop`, `while COND`, `for PAT in ITER`), which diagnostics label "inside of this loop"."""

    real_target: BlockId
    span: Span
    unwind: Optional[BlockId] = None
    scope: int = 0

    def successors(self) -> tuple:
        return (self.real_target,) if self.unwind is None else (self.real_target, self.unwind)


Terminator = Union[Goto, SwitchInt, Return, Unreachable, UnwindResume, Drop, Call, Assert,
                   FalseEdge, FalseUnwind]


# ───────────────────────────── blocks and bodies ─────────────────────────────


@frozen
class BasicBlock:
    statements: tuple  # of Statement
    terminator: Terminator
    is_cleanup: bool = False


class BodyKind:
    FN = "fn"
    CLOSURE = "closure"
    CONST = "const"  # const item initializers (and array lengths, when lowered)
    STATIC = "static"


@node_class(frozen=True, eq=False, slots=True)
class Body:
    """One function, method, closure, const or static initializer, lowered.

    def_id: "crate::main", "crate::Point::norm", closures "crate::main::{closure#0}".
    source: the ast.Fn / ast.Closure / ast.Const / ast.Static it was built from.
    arg_count: locals 1..=arg_count are the arguments (for closures local 1 is the
      environment: the closure value, `&closure` (Fn) or `&mut closure` (FnMut); the
      closure's declared parameters follow).
    upvars: closures only, the captured places (fields of local 1's closure type).
    var_locals: user binding node (ast.IdentPat / ast.SelfParam) -> Local.
    expr_places: side facts for diagnostics: ast expression -> Local of the temp holding
      its value (only for expressions the builder materialized in a temp).
    """

    def_id: DefId
    kind: str  # BodyKind.*
    source: object
    span: Span
    local_decls: tuple  # of LocalDecl
    arg_count: int
    blocks: tuple  # of BasicBlock
    scopes: tuple = ()  # of SourceScope
    upvars: tuple = ()  # of Upvar
    closure_kind: Optional[str] = None  # closures: "Fn" | "FnMut" | "FnOnce"
    parent: Optional[DefId] = None  # closures: the body that defines them
    var_locals: dict = field(default_factory=dict)
    expr_places: dict = field(default_factory=dict)

    @property
    def return_ty(self) -> Ty:
        return self.local_decls[RETURN_PLACE].ty

    @property
    def args(self) -> range:
        return range(1, self.arg_count + 1)

    def terminator_location(self, block: BlockId) -> Location:
        return Location(block, len(self.blocks[block].statements))

    def stmt_at(self, loc: Location):
        """The statement or terminator at loc."""
        bb = self.blocks[loc.block]
        if loc.index == len(bb.statements):
            return bb.terminator
        return bb.statements[loc.index]

    def span_of(self, loc: Location) -> Span:
        return self.stmt_at(loc).span

    def locations(self):
        """Every location, block by block, statements then the terminator."""
        for b, bb in enumerate(self.blocks):
            for i in range(len(bb.statements) + 1):
                yield Location(b, i)


@node_class(frozen=True, eq=False, slots=True)
class MirCrate:
    """All bodies of a crate in source order (a closure right after the body defining it),
    and the diagnostics the builder produced (`unsupported` constructs)."""

    bodies: tuple  # of Body
    diagnostics: tuple = ()
    by_def_id: dict = field(default_factory=dict)  # DefId -> Body

    def body(self, def_id: DefId) -> Optional[Body]:
        return self.by_def_id.get(def_id)
