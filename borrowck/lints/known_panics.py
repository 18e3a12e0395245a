"""The deny lints a full rustc build runs on function bodies: `unconditional_panic`
(constant index out of bounds, constant division by zero) and `arithmetic_overflow`
(`255u8 + 1`), with constants propagated through immutable `let` bindings.

Control flow per body:
1. Walk statements in order with a scoped environment name -> known value; an immutable
   `let x = <constant>` binds a value, every other binding hides the name.
2. At each arithmetic, shift, negation, division and index expression, evaluate the operands
   (constants, literals, known locals; an array's length also from its type) and report
   what would fail at run time. The `#[deny(...)]` note goes on each lint's first report.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from ..diagnostics import registry
from ..diagnostics.diagnostic import Diagnostic
from ..syntax import ast
from ..syntax.walk import iter_nodes
from ..types import ty as T
from .const_eval import (ArrayV, ConstEvalError, ErroneousConstant, Evaluator, IntV, NotConstant, ast_int_name,
                         int_ty_name)
from .const_items import ConstTable

UNKNOWN = object()  # a binding whose value is not known: hides outer names
CHECKED = (ast.Binary, ast.Unary, ast.Index, ast.CompoundAssign)


@dataclass
class BodyScan:
    table: ConstTable
    diags: list = field(default_factory=list)
    scopes: list = field(default_factory=lambda: [{}])

    # ── environment ──

    def lookup(self, path: ast.PathExpr):
        if len(path.path.segments) == 1:
            name = path.path.segments[0].ident.name
            for scope in reversed(self.scopes):
                if name in scope:
                    if scope[name] is UNKNOWN:
                        raise NotConstant("unknown local")
                    return scope[name]
        return self.table.lookup(path)

    def hide_bindings(self, pat: Optional[ast.Node]) -> None:
        if pat is None:
            return
        for n in iter_nodes(pat):
            if isinstance(n, ast.IdentPat):
                self.scopes[-1][n.ident.name] = UNKNOWN

    def evaluator(self) -> Evaluator:
        return Evaluator(self.table.expr_type, self.lookup, fallback_int=None)

    def value(self, e: ast.Node, expected=None):
        try:
            return self.evaluator().eval(e, expected)
        except (NotConstant, ErroneousConstant, ConstEvalError, RecursionError):
            return None

    # ── walking ──

    def scan_fn(self, fn: ast.Fn) -> None:
        self.scopes = [{}]
        for param in fn.params:
            self.hide_bindings(param.pat)
        if fn.self_param is not None:
            self.scopes[-1]["self"] = UNKNOWN
        self.scan_block(fn.body)

    def scan_block(self, block: ast.Block) -> None:
        self.scopes.append({})
        for stmt in block.stmts:
            if isinstance(stmt, ast.Let):
                if stmt.init is not None:
                    self.scan(stmt.init)
                if stmt.else_block is not None:
                    self.scan_block(stmt.else_block)
                self.bind_let(stmt)
            elif isinstance(stmt, ast.ExprStmt):
                self.scan(stmt.expr)
        if block.tail is not None:
            self.scan(block.tail)
        self.scopes.pop()

    def bind_let(self, stmt: ast.Let) -> None:
        pat = stmt.pat
        if isinstance(pat, ast.IdentPat) and not pat.mutable and not pat.by_ref and pat.subpat is None \
                and stmt.init is not None and stmt.else_block is None:
            expected = ast_int_name(stmt.ty) or stmt.ty or self.table.typed_binding(pat)
            value = self.value(stmt.init, expected)
            self.scopes[-1][pat.ident.name] = value if value is not None else UNKNOWN
        else:
            self.hide_bindings(pat)

    def scan(self, e: Optional[ast.Node]) -> None:
        """Check e and everything inside it, entering scopes where bindings appear."""
        if e is None:
            return
        if isinstance(e, ast.BlockExpr):
            self.scan_block(e.block)
            return
        if isinstance(e, (ast.Match, ast.For, ast.Closure, ast.If, ast.While)):
            self.scan_binding_expr(e)
            return
        if isinstance(e, (ast.Fn, ast.Struct, ast.Enum, ast.Impl, ast.Trait, ast.Const, ast.Static)):
            return  # nested items are scanned on their own
        if isinstance(e, CHECKED):
            self.check(e)
        for child in direct_children(e):
            self.scan(child)

    def scan_binding_expr(self, e: ast.Node) -> None:
        if isinstance(e, ast.Match):
            self.scan(e.scrutinee)
            for arm in e.arms:
                self.scopes.append({})
                self.hide_bindings(arm.pat)
                self.scan(arm.guard)
                self.scan(arm.body)
                self.scopes.pop()
        elif isinstance(e, ast.For):
            self.scan(e.iter)
            self.scopes.append({})
            self.hide_bindings(e.pat)
            self.scan_block(e.body)
            self.scopes.pop()
        elif isinstance(e, ast.Closure):
            self.scopes.append({})
            for p in e.params:
                self.hide_bindings(p.pat)
            self.scan(e.body)
            self.scopes.pop()
        else:  # If / While with possible `let` conditions
            self.scopes.append({})
            self.scan_condition(e.cond)
            self.scan_block(e.then if isinstance(e, ast.If) else e.body)
            self.scopes.pop()
            if isinstance(e, ast.If):
                self.scan(e.else_)

    def scan_condition(self, cond: ast.Node) -> None:
        if isinstance(cond, ast.LetCond):
            self.scan(cond.scrutinee)
            self.hide_bindings(cond.pat)
        elif isinstance(cond, ast.Binary) and cond.op == "&&":
            self.scan_condition(cond.lhs)
            self.scan_condition(cond.rhs)
        else:
            self.scan(cond)

    # ── the checks ──

    def check(self, e: ast.Node) -> None:
        try:
            if isinstance(e, ast.Index):
                self.check_index(e)
            elif isinstance(e, ast.CompoundAssign):
                self.check_compound(e)
            elif isinstance(e, ast.Unary) and e.op == "-":
                operand = self.value(e.operand)
                if isinstance(operand, IntV) and operand.ty:
                    self.evaluator().eval_Unary(e, operand.ty)
            elif isinstance(e, ast.Binary) and e.op in ("+", "-", "*", "/", "%", "<<", ">>"):
                # operands first: a failure inside them is reported there, not again here
                lhs, rhs = self.value(e.lhs), self.value(e.rhs)
                if isinstance(lhs, IntV) and isinstance(rhs, IntV):
                    if e.op in ("<<", ">>"):
                        self.evaluator().shift(e, lhs, rhs, None)
                    else:
                        name = int_ty_name(self.table.expr_type(e)) or lhs.ty or rhs.ty
                        if name is not None:
                            self.evaluator().int_binary(e, e.op, lhs.value, rhs.value, name)
        except ConstEvalError as err:
            self.report(err)
        except (NotConstant, ErroneousConstant):
            pass

    def check_index(self, e: ast.Index) -> None:
        index = self.value(e.index, "usize")
        if not isinstance(index, IntV):
            return
        length = array_length(self.table.expr_type(e.base))
        if length is None:
            base = self.value(e.base)
            length = len(base.elems) if isinstance(base, ArrayV) else None
        if length is not None and not 0 <= index.value < length:
            self.report(ConstEvalError(
                "panic", f"index out of bounds: the length is {length} but the index is {index.value}", e.span))

    def check_compound(self, e: ast.CompoundAssign) -> None:
        lhs, rhs = self.value(e.lhs), self.value(e.rhs)
        if isinstance(lhs, IntV) and isinstance(rhs, IntV):
            name = lhs.ty or rhs.ty
            if name is not None:
                self.evaluator().int_binary(e, e.op, lhs.value, rhs.value, name)

    def report(self, err: ConstEvalError) -> None:
        lint = "arithmetic_overflow" if err.kind == "overflow" else "unconditional_panic"
        diag = registry.lint(lint, "error", err.span, registry.text(lint), err.message)
        if not any(d.code == lint for d in self.diags):
            diag.note(registry.text("lint.deny_by_default", lint=lint))
        self.diags.append(diag)


def array_length(t) -> Optional[int]:
    while isinstance(t, T.Ref):
        t = t.inner
    return t.length if isinstance(t, T.Array) and isinstance(t.length, int) else None


def direct_children(e: ast.Node):
    for name in e.__dataclass_fields__:
        value = getattr(e, name)
        if isinstance(value, ast.Node):
            yield value
        elif isinstance(value, tuple):
            for v in value:
                if isinstance(v, ast.Node):
                    yield v
                elif isinstance(v, tuple):  # FormatArgs.names pairs hold no nodes
                    yield from (x for x in v if isinstance(x, ast.Node))


def check_bodies(table: ConstTable, crate: ast.Crate) -> list[Diagnostic]:
    scan = BodyScan(table)
    for n in iter_nodes(crate):
        if isinstance(n, ast.Fn) and n.body is not None:
            scan.scan_fn(n)
    return scan.diags
