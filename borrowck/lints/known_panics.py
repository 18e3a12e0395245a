"""The deny lints a full rustc build runs on function bodies: `unconditional_panic`
(constant index out of bounds, constant division by zero) and `arithmetic_overflow`
(`255u8 + 1`), with rustc's rules for which local values are known.

rustc runs this lint on MIR with constant propagation. Facts about locals (measured
against rustc 1.95):
- a local that is ever borrowed (`&x`, `&mut x`, a `&self` method call, a format
  argument, a closure capture) is never propagated;
- a local assigned once (its `let`) is known everywhere after it;
- a local assigned again is known only until the end of the MIR basic block it was
  assigned in: the next call, overflow/bounds/division check, or branch.
An array's length comes from its type, so indexing checks need no propagation.

Control flow per body:
1. `LocalUses` classifies every `let` binding: "none", "full" or "block".
2. `BodyScan` walks the body in evaluation order, tracking values and where basic blocks
   end, and checks each arithmetic, negation, shift, division and index expression.
"""
from __future__ import annotations

from dataclasses import field
from typing import Optional

from ..diagnostics import registry
from ..diagnostics.diagnostic import Diagnostic
from ..syntax import ast
from ..syntax.node_class import node_class
from ..types import ty as T
from .const_eval import (ArrayV, ConstEvalError, ErroneousConstant, Evaluator, IntV, NotConstant, ast_int_name,
                         int_ty_name)
from .const_items import ConstTable
from .crate_nodes import CrateNodes, child_nodes

CHECKED_OPS = ("+", "-", "*", "/", "%", "<<", ">>")  # debug builds assert on these
PROJECTIONS = (ast.Field, ast.Index, ast.Paren)
BRANCHING = (ast.If, ast.Match, ast.Loop, ast.While, ast.For, ast.Return, ast.Break, ast.Continue, ast.Try)
ITEMS = (ast.Fn, ast.Struct, ast.Enum, ast.Impl, ast.Trait, ast.Const, ast.Static, ast.ItemStmt)
# the parents `LocalUses` looks at: projections, assignments and what borrows its operand
USE_PARENTS = PROJECTIONS + (ast.Assign, ast.CompoundAssign, ast.AddrOf, ast.MethodCall, ast.FormatArgs,
                             ast.MacroCall, ast.Match, ast.LetCond)


def local_of(typed, e: ast.Node) -> Optional[ast.Node]:
    """The binding (IdentPat) a path expression names, if it names a local."""
    res = typed.resolutions.get(e) if isinstance(e, ast.PathExpr) else None
    return res.target if res is not None and res.kind == "local" else None


@node_class
class LocalUses:
    """How each local of one body is used: decides how far its value may be propagated."""

    typed: object
    borrowed: set = field(default_factory=set)
    reassigned: set = field(default_factory=set)

    def scan(self, body: ast.Node, nodes: CrateNodes, parents: dict) -> "LocalUses":
        """parents: `nodes.children_of(*USE_PARENTS)` (the only parents that matter here)."""
        closures = [nodes.range_of(c.body) for c in nodes.of_within(body, ast.Closure)]
        for position, n in nodes.positions_within(body, ast.PathExpr):
            local = local_of(self.typed, n)
            if local is None:
                continue
            if any(lo <= position < hi for lo, hi in closures):
                self.borrowed.add(local)
                continue
            top, parent = n, parents.get(n)
            while isinstance(parent, PROJECTIONS) and getattr(parent, "index", None) is not top:
                top, parent = parent, parents.get(parent)
            if isinstance(parent, (ast.Assign, ast.CompoundAssign)) and parent.lhs is top:
                if top is n:
                    self.reassigned.add(local)
                else:
                    self.borrowed.add(local)  # a field or element written: not a plain value any more
            elif self.borrows(top, parent):
                self.borrowed.add(local)
        return self

    def borrows(self, place: ast.Node, parent: Optional[ast.Node]) -> bool:
        if isinstance(parent, ast.AddrOf):
            return True
        if isinstance(parent, ast.MethodCall) and parent.receiver is place:
            steps = self.typed.adjustments.get(place)
            return steps is None or any(s.kind in ("borrow", "reborrow") for s in steps)
        if isinstance(parent, (ast.FormatArgs, ast.MacroCall, ast.Match, ast.LetCond)):
            return True  # format arguments are taken by reference; matches may bind by ref
        return False

    def mode(self, local: ast.Node) -> str:
        if local in self.borrowed:
            return "none"
        return "block" if local in self.reassigned else "full"


@node_class
class BodyScan:
    table: ConstTable
    nodes: CrateNodes
    diags: list = field(default_factory=list)
    uses: Optional[LocalUses] = None
    values: dict = field(default_factory=dict)  # binding -> value
    valid: set = field(default_factory=set)  # "block" bindings assigned in the current block
    closure_locals: Optional[set] = None  # inside a closure: the bindings it declares
    parents: Optional[dict] = None  # child -> parent among USE_PARENTS, built on first use

    @property
    def typed(self):
        return self.table.typed

    # ── values ──

    def lookup(self, path: ast.PathExpr):
        local = local_of(self.typed, path)
        if local is None:
            return self.table.lookup(path)
        if self.closure_locals is not None and local not in self.closure_locals:
            raise NotConstant("captured variable")
        mode = self.uses.mode(local)
        if mode == "none" or local not in self.values or (mode == "block" and local not in self.valid):
            raise NotConstant("unknown local")
        return self.values[local]

    def evaluator(self) -> Evaluator:
        return Evaluator(self.table.expr_type, self.lookup, fallback_int=None)

    def value(self, e: ast.Node, expected=None):
        try:
            return self.evaluator().eval(e, expected)
        except (NotConstant, ErroneousConstant, ConstEvalError, RecursionError):
            return None

    def assign(self, local: ast.Node, value) -> None:
        if value is None:
            self.values.pop(local, None)
        else:
            self.values[local] = value
        self.valid.add(local)
        if self.closure_locals is not None:
            self.closure_locals.add(local)

    def block_ends(self) -> None:
        """A call, a runtime check or a branch: values of reassigned locals are lost."""
        self.valid.clear()

    # ── walking, in evaluation order ──

    def scan_fn(self, fn: ast.Fn) -> None:
        if self.parents is None:
            self.parents = self.nodes.children_of(*USE_PARENTS)
        self.uses = LocalUses(self.typed).scan(fn.body, self.nodes, self.parents)
        self.values, self.valid, self.closure_locals = {}, set(), None
        self.scan_block(fn.body)

    def scan_block(self, block: ast.Block) -> None:
        for stmt in block.stmts:
            if isinstance(stmt, ast.Let):
                self.scan(stmt.init)
                if stmt.else_block is not None:
                    self.block_ends()
                    self.scan_block(stmt.else_block)
                    self.block_ends()
                self.bind_let(stmt)
            elif isinstance(stmt, ast.ExprStmt):
                self.scan(stmt.expr)
        self.scan(block.tail)

    def bind_let(self, stmt: ast.Let) -> None:
        pat = stmt.pat
        simple = isinstance(pat, ast.IdentPat) and not pat.by_ref and pat.subpat is None
        if not simple or stmt.init is None or stmt.else_block is not None:
            return
        t = self.table.typed_binding(pat)
        expected = ast_int_name(stmt.ty) or stmt.ty or (t.name if isinstance(t, T.Int) else t)
        self.assign(pat, self.value(stmt.init, expected))

    def scan(self, e: Optional[ast.Node]) -> None:
        if e is None or isinstance(e, ITEMS):
            return
        kind = type(e)
        if kind is ast.Ident or (kind is ast.PathExpr and not _holds_exprs(e.path)):
            return  # nothing to evaluate or check inside (most nodes scanned are paths' parts)
        if kind is ast.BlockExpr:
            self.scan_block(e.block)
        elif kind is ast.Binary:
            self.scan_binary(e)
        elif kind is ast.Unary:
            self.scan(e.operand)
            if e.op == "-":
                self.check(e)
                self.block_ends()
        elif kind is ast.Index:
            self.scan(e.base)
            self.scan(e.index)
            self.check(e)
            self.block_ends()
        elif kind is ast.Assign:
            self.scan_assign(e)
        elif kind is ast.CompoundAssign:
            self.scan_compound(e)
        elif kind in (ast.Call, ast.MethodCall, ast.MacroCall):
            for child in child_nodes(e):
                self.scan(child)
            self.block_ends()
        elif kind is ast.Closure:
            self.scan_closure(e)
        elif isinstance(e, BRANCHING):
            self.scan_branching(e)
        else:
            for child in child_nodes(e):
                self.scan(child)

    def scan_binary(self, e: ast.Binary) -> None:
        self.scan(e.lhs)
        if e.op in ("&&", "||"):
            self.block_ends()
            self.scan(e.rhs)
            self.block_ends()
            return
        self.scan(e.rhs)
        if e.op in CHECKED_OPS:
            self.check(e)
            if int_ty_name(self.table.expr_type(e)) is not None or self.table.expr_type(e) is None:
                self.block_ends()

    def scan_assign(self, e: ast.Assign) -> None:
        self.scan(e.rhs)
        local = local_of(self.typed, e.lhs)
        if local is None:
            self.scan(e.lhs)
            return
        self.assign(local, self.value(e.rhs))

    def scan_compound(self, e: ast.CompoundAssign) -> None:
        self.scan(e.rhs)
        local = local_of(self.typed, e.lhs)
        if local is None:
            self.scan(e.lhs)
        result = self.check(e)
        if e.op in CHECKED_OPS:
            self.block_ends()  # the check's assert ends the block; the store starts the next
        if local is not None:
            self.assign(local, result)

    def scan_closure(self, e: ast.Closure) -> None:
        saved = (self.values, self.valid, self.closure_locals)
        self.values, self.valid, self.closure_locals = dict(self.values), set(), set()
        self.scan(e.body)
        self.values, self.valid, self.closure_locals = saved

    def scan_branching(self, e: ast.Node) -> None:
        self.block_ends()
        for child in child_nodes(e):
            if isinstance(child, ast.Block):
                self.scan_block(child)
            else:
                self.scan(child)
            self.block_ends()

    # ── the checks ──

    def check(self, e: ast.Node):
        """Report what e would do at run time if its operands are known; its value, or None."""
        try:
            if isinstance(e, ast.Index):
                return self.check_index(e)
            if isinstance(e, ast.Unary):
                operand = self.value(e.operand)
                if isinstance(operand, IntV) and operand.ty:
                    return self.evaluator().eval_Unary(e, operand.ty)
                return None
            lhs, rhs = self.value(e.lhs), self.value(e.rhs)
            if not (isinstance(lhs, IntV) and isinstance(rhs, IntV)):
                return None
            if e.op in ("<<", ">>"):
                return self.evaluator().shift(e, lhs, rhs, None)
            name = int_ty_name(self.table.expr_type(e.lhs)) or lhs.ty or rhs.ty
            if name is None or e.op not in CHECKED_OPS:
                return None
            return self.evaluator().int_binary(e, e.op, lhs.value, rhs.value, name)
        except ConstEvalError as err:
            self.report(err)
        except (NotConstant, ErroneousConstant):
            pass
        return None

    def check_index(self, e: ast.Index):
        index = self.value(e.index, "usize")
        if not isinstance(index, IntV):
            return None
        length = array_length(self.table.expr_type(e.base))
        if length is None:
            base = self.value(e.base)
            length = len(base.elems) if isinstance(base, ArrayV) else None
        if length is not None and not 0 <= index.value < length:
            raise ConstEvalError(
                "panic", f"index out of bounds: the length is {length} but the index is {index.value}", e.span)
        return None

    def report(self, err: ConstEvalError) -> None:
        lint = "arithmetic_overflow" if err.kind == "overflow" else "unconditional_panic"
        diag = registry.lint(lint, "error", err.span, registry.text(lint), err.message)
        if not any(d.code == lint for d in self.diags):
            diag.note(registry.text("lint.deny_by_default", lint=lint))
        self.diags.append(diag)


def _holds_exprs(path: ast.Path) -> bool:
    """Whether an expression may sit inside path: a const generic argument, or an array
    length inside a qualified self type or a type argument."""
    return path.qself is not None or any(seg.generic_args is not None for seg in path.segments)


def array_length(t) -> Optional[int]:
    while isinstance(t, T.Ref):
        t = t.inner
    return t.length if isinstance(t, T.Array) and isinstance(t.length, int) else None


def check_bodies(table: ConstTable, crate: ast.Crate, nodes: Optional[CrateNodes] = None) -> list[Diagnostic]:
    scan = BodyScan(table, nodes if nodes is not None else CrateNodes(crate))
    for n in scan.nodes.of(ast.Fn):
        if n.body is not None:
            scan.scan_fn(n)
    return scan.diags
