"""E0080: `const` and `static` initializers whose evaluation fails, and the constants table
that known-panic checking in bodies reads.

1. Collect every const/static item with its rustc path name (`SPARE`, `m::X`, `main::LOCAL`).
2. Evaluate each initializer against its declared type (memoized; other constants are
   evaluated on demand).
3. A failure is E0080 at the failing operation, labeled `evaluation of `NAME` failed here`;
   a use of a failed constant elsewhere is rustc's `erroneous constant encountered` note.
"""
from __future__ import annotations

from dataclasses import field
from typing import Optional

from ..diagnostics import registry
from ..diagnostics.diagnostic import Diagnostic
from ..syntax import ast
from ..syntax.node_class import node_class
from ..syntax.walk import iter_nodes
from .crate_nodes import CrateNodes
from .const_eval import ConstEvalError, ErroneousConstant, Evaluator, NotConstant, ast_int_name

FAILED = object()  # memo marker: this constant's evaluation failed
RUNNING = object()  # memo marker: being evaluated (a cycle is not ours to report)


def named_items(crate: ast.Crate, nodes: Optional[CrateNodes] = None) -> list[tuple[str, ast.Node]]:
    """(rustc path name, Const | Static) for every constant item, in source order."""
    nodes = nodes if nodes is not None else CrateNodes(crate)
    found = []

    def visit(items, prefix: str):
        for item in items:
            if isinstance(item, (ast.Const, ast.Static)) and item.value is not None:
                found.append((prefix + item.ident.name, item))
            elif isinstance(item, ast.Mod) and item.items:
                visit(item.items, f"{prefix}{item.ident.name}::")
            elif isinstance(item, ast.Fn) and item.body is not None:
                inner = [n.item for n in nodes.of_within(item.body, ast.ItemStmt)]
                visit(inner, f"{prefix}{item.ident.name}::")

    visit(crate.items, "")
    del visit  # a recursive closure is a cycle: it would keep the crate alive until a GC
    return found


@node_class
class ConstTable:
    """Every constant item's value, evaluated on demand."""

    typed: object
    items: list
    memo: dict = field(default_factory=dict)  # Const/Static node -> value | FAILED | RUNNING
    errors: dict = field(default_factory=dict)  # Const/Static node -> ConstEvalError
    by_name: dict = field(default_factory=dict)  # last path segment -> [nodes]

    def __post_init__(self):
        for _, node in self.items:
            self.by_name.setdefault(node.ident.name, []).append(node)

    def expr_type(self, e):
        return self.typed.expr_types.get(e) if self.typed is not None else None

    def typed_binding(self, pat: ast.Node):
        """The type checker's type of a binding, or None."""
        return self.typed.binding_types.get(pat) if self.typed is not None else None

    def item_for(self, path: ast.PathExpr) -> Optional[ast.Node]:
        res = self.typed.resolutions.get(path) if self.typed is not None else None
        name = path.path.segments[-1].ident.name
        candidates = self.by_name.get(name, [])
        if res is not None:
            if res.kind not in ("const", "static"):
                return None
            exact = [n for n in candidates if str(res.target).endswith("::" + name)]
            return exact[0] if len(exact) == 1 else None
        return candidates[0] if len(candidates) == 1 and len(path.path.segments) == 1 else None

    def lookup(self, path: ast.PathExpr):
        node = self.item_for(path)
        if node is None:
            raise NotConstant("path")
        value = self.value(node)
        if value is FAILED:
            raise ErroneousConstant(path.span)
        if value is RUNNING or value is None:
            raise NotConstant("constant")
        return value

    def value(self, node: ast.Node):
        if node in self.memo:
            return self.memo[node]
        self.memo[node] = RUNNING
        evaluator = Evaluator(self.expr_type, self.lookup)
        expected = ast_int_name(node.ty) or node.ty
        try:
            result = evaluator.eval(node.value, expected)
        except ConstEvalError as err:
            self.errors[node] = err
            result = FAILED
        except ErroneousConstant:
            result = FAILED
        except NotConstant:
            result = None
        self.memo[node] = result
        return result


def check_const_items(table: ConstTable, crate: ast.Crate) -> list[Diagnostic]:
    diags = []
    for name, node in table.items:
        table.value(node)
        err = table.errors.get(node)
        if err is not None:
            diags.append(registry.error("E0080", err.span, registry.text("E0080.label", name=name),
                                        message=err.message))
    diags += erroneous_uses(table, crate)
    return diags


def erroneous_uses(table: ConstTable, crate: ast.Crate) -> list[Diagnostic]:
    """rustc's `erroneous constant encountered` note where another constant's initializer
    uses a failed constant (uses in bodies are only noted by a full build, which rustc
    never reaches once E0080 has been reported)."""
    failed = {node for node, value in table.memo.items() if value is FAILED}
    if not failed:
        return []
    notes = []
    for _, item in table.items:
        for n in iter_nodes(item.value):
            if isinstance(n, ast.PathExpr):
                target = table.item_for(n)
                if target in failed and isinstance(target, ast.Const):
                    notes.append(registry.diagnostic("erroneous_constant", n.span))
    return notes
