"""Lowering of invocations of the file's own `macro_rules!` macros: the first rule whose matcher
takes the arguments is transcribed (`macro_rules.py`), the text is parsed again as an
expression, statements or items, and lowered by a child whose `SpanMap` points every node back
at the definition or the arguments it came from."""
from __future__ import annotations

from typing import Optional

from tree_sitter import Node

from . import ast
from .macro_rules import MacroError, macro_def, match_rule, render, tokens_of, transcribe
from .lower_types import SKIP
from .span_map import SpanMap

MAX_EXPANSION_DEPTH = 64  # nested expansions (recursive macros); rustc's limit is 128
EXPR_PREFIX = b"fn __m(){"
EXPR_SUFFIX = b"\n}"


class UserMacroLowering:
    def collect_macros(self, root: Node) -> None:
        """Every `macro_rules!` of the file, by name in source order (a use sees the last
        definition before it, as textual scoping does at module level)."""
        if b"macro_rules" not in self.src[root.start_byte:root.end_byte]:
            return  # no definition: skip walking the whole tree (~20% of lowering)
        stack = [root]
        while stack:
            n = stack.pop()
            if n.type == "macro_definition":
                try:
                    mdef = macro_def(n, self.text, self._token_span)
                except MacroError as e:
                    mdef = str(e)
                name = n.child_by_field_name("name")
                key = self.text(name) if name is not None else getattr(mdef, "name", "")
                self.macros.setdefault(key, []).append((n.start_byte, mdef))
                continue
            stack.extend(n.children)
        for defs in self.macros.values():
            defs.sort(key=lambda d: d[0])

    def _token_span(self, n: Node) -> tuple:
        s = self.sp(n)
        return s.lo, s.hi

    def user_macro(self, n: Node):
        """The definition a `name!(..)` invocation uses, or None for std/unknown macros."""
        m = n.child_by_field_name("macro")
        if m is None or m.type != "identifier" or not self.macros:
            return None
        defs = self.macros.get(self.text(m))
        if not defs:
            return None
        at = self.sp(n).lo
        before = [d for off, d in defs if off <= at]
        return before[-1] if before else None  # used above its definition: rustc cannot find it

    def _expansion(self, n: Node, mdef) -> tuple:
        """(text, SpanMap) of one invocation, or (None, why)."""
        if isinstance(mdef, str):
            return None, mdef
        if self.macro_depth >= MAX_EXPANSION_DEPTH:
            return None, f"`{mdef.name}!` expanding more than {MAX_EXPANSION_DEPTH} times deep"
        tt = [c for c in n.children if c.type == "token_tree"]
        if not tt:
            return None, f"the `{mdef.name}!` macro"
        try:
            toks = tokens_of(tt[0], self.text, self._token_span)
            for rule in mdef.rules:
                env = match_rule(rule.matcher, toks)
                if env is not None:
                    pieces = []
                    transcribe(rule.body, env, pieces)
                    text, segs = render(pieces)
                    return text, SpanMap(segs, self.sp(n))
        except MacroError as e:
            return None, str(e)
        return None, f"arguments no rule of `{mdef.name}!` matches"

    def _expansion_child(self, wrapper: bytes, smap: SpanMap, shift: int):
        child = type(self)(wrapper, 0, self.parser, self.diagnostics, self.edition)
        child.depth = self.depth
        child.macros = self.macros
        child.macro_depth = self.macro_depth + 1
        child.span_map = smap.shifted(shift)
        return child

    def _expanded_block(self, n: Node, mdef) -> Optional[ast.Block]:
        text, smap = self._expansion(n, mdef)
        if text is None:
            return self.unsupported(n, smap)
        wrapper = EXPR_PREFIX + text + EXPR_SUFFIX
        root = self.parser.parse(wrapper).root_node
        if root.has_error:
            return self.unsupported(n, f"the expansion of `{mdef.name}!` (it does not parse here)")
        child = self._expansion_child(wrapper, smap, -len(EXPR_PREFIX))
        return child.block(root.children[0].child_by_field_name("body"))

    def expand_expr(self, n: Node, mdef):
        block = self._expanded_block(n, mdef)
        if isinstance(block, ast.Unsupported):
            return block
        if block.stmts or block.tail is None:
            return self.unsupported(n, f"`{mdef.name}!` expanding to statements where an expression is expected")
        return block.tail

    def expand_stmts(self, n: Node, mdef, has_semi: bool) -> list:
        block = self._expanded_block(n, mdef)
        if isinstance(block, ast.Unsupported):
            return [ast.ExprStmt(block.span, block, True)]
        stmts = list(block.stmts)
        if block.tail is not None:
            stmts.append(ast.ExprStmt(block.tail.span, block.tail, has_semi))
        return stmts

    def expand_items(self, n: Node, mdef) -> list:
        text, smap = self._expansion(n, mdef)
        if text is None:
            return [self.unsupported(n, smap)]
        root = self.parser.parse(text).root_node
        if root.has_error:
            return [self.unsupported(n, f"the expansion of `{mdef.name}!` (it does not parse here)")]
        child = self._expansion_child(text, smap, 0)
        items, _inner = child.items(root)
        return list(items)

    def statement_macro(self, n: Node):
        """(invocation node, definition) when `n` is a statement `m!(..);` of a user macro."""
        if n.type == "macro_invocation":
            inv = n
        elif n.type == "expression_statement":
            kids = [c for c in n.children if c.type not in SKIP]
            inv = kids[0] if len(kids) == 1 and kids[0].type == "macro_invocation" else None
        else:
            inv = None
        mdef = self.user_macro(inv) if inv is not None else None
        return (inv, mdef) if mdef is not None else (None, None)
