"""The CST -> AST lowerer: the mixins of each syntactic category joined with their tables."""
from __future__ import annotations

from types import MappingProxyType

from tree_sitter import Node

from . import ast
from .lower_base import LowererBase
from .lower_exprs import EXPR_METHODS, ExprLowering
from .lower_items import ITEM_METHODS, ItemLowering
from .lower_macros import MacroLowering
from .lower_patterns import PAT_METHODS, PatternLowering
from .lower_types import TYPE_METHODS, TypeLowering
from .lower_user_macros import UserMacroLowering


class Lowerer(ItemLowering, ExprLowering, MacroLowering, UserMacroLowering, PatternLowering, TypeLowering,
              LowererBase):
    """Dispatch by node kind through tables built once at import (read-only mappings)."""

    ITEM_TABLE = MappingProxyType(ITEM_METHODS)
    EXPR_TABLE = MappingProxyType({**EXPR_METHODS, "macro_invocation": MacroLowering.ex_macro})
    PAT_TABLE = MappingProxyType(PAT_METHODS)
    TYPE_TABLE = MappingProxyType(TYPE_METHODS)

    def crate(self, root: Node) -> ast.Crate:
        self.collect_macros(root)
        items, inner = self.items(root)
        return ast.Crate(self.sp(root), inner, items)
