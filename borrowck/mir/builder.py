"""The mutable state of lowering one body, and its primitive operations.

The `build_*` modules are functions of a `Builder` (`b`), like rustc's `impl Builder`
spread over files. Lowering appends to `b.current`, the block being filled; a diverging
construct (return, break, panic) terminates it and leaves `b.current` on a fresh block
nothing jumps to, so code after it lowers normally and is unreachable.
`finish()` freezes the result into an `ir.Body`.
"""
from __future__ import annotations

from dataclasses import field
from typing import Optional

from ..diagnostics.diagnostic import Diagnostic
from ..source.span import Span
from ..syntax.node_class import node_class
from ..types import ty as T
from . import ir
from .type_props import TypeProps


@node_class
class BlockData:
    statements: list = field(default_factory=list)
    terminator: object = None
    is_cleanup: bool = False


@node_class
class LoopScope:
    """A loop (or labeled block) that `break`/`continue` can target."""

    label: Optional[str]
    break_block: int
    continue_block: Optional[int]  # None for labeled blocks
    destination: ir.Place
    scope_depth: int  # len(b.scopes) when the loop body started


class Unsupported(Exception):
    """Raised inside lowering of a construct the builder does not handle; caught per body."""

    def __init__(self, span: Span, what: str):
        super().__init__(what)
        self.span = span
        self.what = what


class Builder:
    def __init__(self, ctx, def_id: str, kind: str, source, span: Span, props: TypeProps):
        self.ctx = ctx  # the CrateContext: typed crate, edition, closure queue
        self.unwind = getattr(ctx, "unwind", False)  # build cleanup blocks (ctx's choice)
        self.typed = ctx.typed
        self.def_id = def_id
        self.kind = kind
        self.source = source
        self.span = span
        self.props = props
        self.locals: list = []
        self.blocks: list = []
        self.current: int = self.new_block()
        self.scopes: list = []  # of build_scope.Scope
        self.loops: list = []  # of LoopScope
        self.source_scopes: list = [ir.SourceScope(span, None)]
        self.var_locals: dict = {}
        self.expr_places: dict = {}
        self.upvars: tuple = ()
        self.upvar_index: dict = {}  # (root binding, projections) -> Upvar
        self.env_local: Optional[int] = None
        self.closure_kind: Optional[str] = None
        self.arg_count = 0
        self.return_block: Optional[int] = None
        self.closure_counter = 0
        self.guard_refs: dict = {}  # binding -> temp `&T` used for it inside a match guard
        self.binding_info: str = ir.LocalInfo.NONE  # LocalInfo for bindings being declared
        self.extended_temps: dict = {}  # ast.AddrOf -> Scope its operand's temporary lives in
        self.unsafe_depth: int = 0  # > 0 inside an `unsafe` block or fn (or a closure made there)
        self.assign_lhs: bool = False  # building an assignment's place: writing a union field is safe
        self.cleanup_blocks: dict = {}  # tuple of locals to drop on unwind -> its cleanup block

    # ── locals ──

    def new_local(self, decl: ir.LocalDecl) -> int:
        self.locals.append(decl)
        return len(self.locals) - 1

    def new_temp(self, ty, span: Span, info: str = ir.LocalInfo.NONE, origin=None) -> int:
        return self.new_local(ir.LocalDecl(ty, span, ir.LocalKind.TEMP, mutable=True, info=info,
                                           origin=origin, scope=len(self.source_scopes) - 1))

    def local_ty(self, local: int):
        return self.locals[local].ty

    # ── blocks ──

    def new_block(self, is_cleanup: bool = False) -> int:
        self.blocks.append(BlockData(is_cleanup=is_cleanup))
        return len(self.blocks) - 1

    def push(self, stmt) -> None:
        self.blocks[self.current].statements.append(stmt)

    def assign(self, place: ir.Place, rvalue, span: Span) -> None:
        self.push(ir.Assign(place, rvalue, span))

    def terminate(self, term, next_block: Optional[int] = None) -> None:
        """End the current block with term; continue in next_block (or a fresh unreachable one)."""
        if self.unwind and isinstance(term, (ir.Call, ir.Assert, ir.Drop)) and term.unwind is None \
                and self.scopes:
            from dataclasses import replace

            from .build_scope import unwind_target

            term = replace(term, unwind=unwind_target(self, term.span))
        self.blocks[self.current].terminator = term
        self.current = next_block if next_block is not None else self.new_block()

    def goto(self, target: int, span: Span) -> None:
        self.terminate(ir.Goto(target, span), target)

    def goto_only(self, target: int, span: Span) -> None:
        """Jump to target and continue in a fresh (unreachable) block."""
        self.terminate(ir.Goto(target, span))

    # ── types ──

    def ty_of(self, expr) -> T.Ty:
        t = self.typed.expr_types.get(expr)
        return t if t is not None else T.ERROR

    def operand_of_place(self, place: ir.Place, ty) -> ir.Operand:
        return ir.Copy(place) if self.props.is_copy(ty) else ir.Move(place)

    def unsupported(self, span: Span, what: str):
        raise Unsupported(span, what)

    # ── result ──

    def finish(self) -> ir.Body:
        blocks = []
        for data in self.blocks:
            term = data.terminator
            if term is None:  # an unreachable block left open
                term = ir.Unreachable(self.span)
            blocks.append(ir.BasicBlock(tuple(data.statements), term, data.is_cleanup))
        return ir.Body(
            def_id=self.def_id, kind=self.kind, source=self.source, span=self.span,
            local_decls=tuple(self.locals), arg_count=self.arg_count, blocks=tuple(blocks),
            scopes=tuple(self.source_scopes), upvars=self.upvars, closure_kind=self.closure_kind,
            parent=getattr(self, "parent_def_id", None), var_locals=dict(self.var_locals),
            expr_places=dict(self.expr_places))


# rustc's E0133 note for each kind of unsafe operation we check
MUT_STATIC_NOTE = ("mutable statics can be mutated by multiple threads: aliasing violations or data races "
                   "will cause undefined behavior")
UNSAFE_FN_NOTE = "consult the function's documentation for information on how to avoid undefined behavior"
UNION_FIELD_NOTE = "the field may not be properly initialized: using uninitialized data will cause undefined behavior"


def unsafe_diagnostic(span: Span, what: str, note: str, label: str | None = None) -> Diagnostic:
    """E0133: an unsafe operation outside an unsafe block or fn (rustc's check_unsafety)."""
    diag = Diagnostic("error", "E0133", f"{what} is unsafe and requires unsafe function or block")
    diag.primary(span, label or what)
    diag.note(note)
    return diag


def unsupported_diagnostic(span: Span, what: str) -> Diagnostic:
    return Diagnostic("error", "unsupported", f"unsupported: {what}").primary(span)
