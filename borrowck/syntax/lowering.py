"""The CST -> AST lowerer: the mixins of each syntactic category joined with their tables."""
from __future__ import annotations

from types import MappingProxyType

from tree_sitter import Node

from ..diagnostics.diagnostic import Diagnostic
from ..source.span import Span
from . import ast, messages
from .lower_base import LowererBase
from .lower_exprs import EXPR_METHODS, ExprLowering
from .lower_items import ITEM_METHODS, ItemLowering
from .lower_macros import MacroLowering
from .lower_patterns import PAT_METHODS, PatternLowering
from .lower_types import TYPE_METHODS, TypeLowering
from .syntax_errors import Describer, collect_syntax_errors, first_leaf


class Lowerer(ItemLowering, ExprLowering, MacroLowering, PatternLowering, TypeLowering, LowererBase):
    """Dispatch by node kind through tables built once at import (read-only mappings)."""

    ITEM_TABLE = MappingProxyType(ITEM_METHODS)
    EXPR_TABLE = MappingProxyType({**EXPR_METHODS, "macro_invocation": MacroLowering.ex_macro})
    PAT_TABLE = MappingProxyType(PAT_METHODS)
    TYPE_TABLE = MappingProxyType(TYPE_METHODS)
    in_macro = False  # set on the child lowerers of macro arguments

    def crate(self, root: Node) -> ast.Crate:
        items, inner = self.items(root)
        return ast.Crate(self.sp(root), inner, items)

    def report_error(self, span: Span, message: str) -> None:
        self.diagnostics.append(messages.syntax_error(message, span))

    def report_too_deep(self, span: Span) -> None:
        self.diagnostics.append(ast_unsupported_diag(span))

    def report_macro_syntax(self, child: "Lowerer", root: Node) -> None:
        self.diagnostics.extend(collect_syntax_errors(root, child.src, child.delta))

    def report_expected_item(self, n: Node) -> None:
        self.diagnostics.append(Describer(self.src, self.delta).at_token("expected item", first_leaf(n)))

    def report_missing_semi(self, expr_node: Node, next_node: Node) -> None:
        self.diagnostics.append(Describer(self.src, self.delta).expected_semi(expr_node, first_leaf(next_node)))


def ast_unsupported_diag(span: Span) -> Diagnostic:
    return Diagnostic("error", "unsupported", messages.NESTING_TOO_DEEP).primary(span)
