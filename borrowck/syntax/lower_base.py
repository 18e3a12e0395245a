"""State shared by all lowering mixins: the source bytes, the span shift, diagnostics."""
from __future__ import annotations

from tree_sitter import Node, Parser

from ..diagnostics.diagnostic import Diagnostic
from ..source.span import Span
from . import ast, messages
from .syntax_errors import Describer, collect_syntax_errors, first_leaf, next_leaf, reserved_in

# Deeper expression/pattern/type nesting is reported instead of lowered, so that no phase
# (this one included) can overflow Python's stack on a machine-generated file. Hand-written
# Rust stays far below it; a left-nested operator chain counts one level per operator.
MAX_NESTING = 128
# Python frames needed per nesting level while lowering (expr -> ex_block -> block -> ...),
# with headroom; parse() raises the recursion limit to this times MAX_NESTING if lower.
FRAMES_PER_LEVEL = 12


class NestingTooDeep(Exception):
    """Raised once MAX_NESTING is exceeded; caught at the item boundary."""

    def __init__(self, span: Span):
        super().__init__("nesting too deep")
        self.span = span


class LowererBase:
    """One lowering run over one tree. Macro arguments get a child with its own src/delta."""

    def __init__(self, src: bytes, delta: int, parser: Parser, diagnostics: list[Diagnostic],
                 edition: str):
        self.src = src  # the bytes the current tree was parsed from
        self.delta = delta  # add to a tree offset to get a file offset
        self.parser = parser
        self.diagnostics = diagnostics
        self.edition = edition
        self.depth = 0
        self.reserved = reserved_in(edition)
        self.span_map = None  # set inside a user macro's expansion (offsets from several places)
        self.macros = {}  # name -> [MacroDef] in source order (`macro_rules!` of the file)
        self.macro_depth = 0

    def sp(self, n: Node) -> Span:
        if self.span_map is not None:
            return self.span_map.span(n.start_byte, n.end_byte)
        d = self.delta
        return Span(n.start_byte + d, n.end_byte + d)

    def inherit(self, child: "LowererBase", shift: int) -> None:
        """A child lowerer of text re-parsed from this one's src[shift:] keeps its context."""
        child.depth = self.depth
        child.macros = self.macros
        child.macro_depth = self.macro_depth
        if self.span_map is not None:
            child.span_map = self.span_map.shifted(shift)

    def text(self, n: Node) -> str:
        return self.src[n.start_byte:n.end_byte].decode("utf-8", errors="replace")

    def ident(self, n: Node) -> ast.Ident:
        name = self.text(n)
        if name.startswith("r#"):
            name = name[2:]
        elif name in self.reserved and n.type in ("identifier", "type_identifier", "field_identifier"):
            # tree-sitter accepts `let fn = 1;`; rustc does not
            self.diagnostics.append(Diagnostic("error", None, f"expected identifier, found keyword `{name}`")
                                    .primary(self.sp(n), "expected identifier, found keyword"))
        return ast.Ident(self.sp(n), name)

    def lifetime(self, n: Node) -> ast.Lifetime:
        return ast.Lifetime(self.sp(n), self.text(n).lstrip("'"))

    def unsupported(self, n: Node, what: str) -> ast.Unsupported:
        return ast.Unsupported(self.sp(n), what)

    max_depth = MAX_NESTING

    def too_deep(self, n: Node) -> None:
        raise NestingTooDeep(self.sp(n))

    # ── diagnostics found while lowering (tree-sitter accepted what rustc rejects) ──

    def report_error(self, span: Span, message: str) -> None:
        self.diagnostics.append(messages.syntax_error(message, span))

    def report_too_deep(self, span: Span) -> None:
        self.diagnostics.append(Diagnostic("error", "unsupported", messages.NESTING_TOO_DEEP).primary(span))

    def report_macro_syntax(self, child: "LowererBase", root: Node, macro: str) -> None:
        self.diagnostics.extend(collect_syntax_errors(root, child.src, child.delta, macro=macro))

    def report_expected_item(self, n: Node) -> None:
        self.diagnostics.append(Describer(self.src, self.delta).at_token("expected item", first_leaf(n)))

    def report_expected_after(self, n: Node, message: str) -> None:
        self.diagnostics.append(Describer(self.src, self.delta).at_token(message, next_leaf(n)))

    def report_missing_semi(self, expr_node: Node, next_node: Node) -> None:
        self.diagnostics.append(Describer(self.src, self.delta).expected_semi(expr_node, first_leaf(next_node)))
