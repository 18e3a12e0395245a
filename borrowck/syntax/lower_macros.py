"""Lowering of calls to known std macros: arguments re-parsed as Rust with real spans.

The text between the macro's delimiters is pasted into a wrapper (`fn __m(){(ARGS,);}`,
`fn __m(){[ARGS];}` for `vec!`, `fn __m(){match E{P => {}}}` for `matches!`) and parsed
again; a child lowerer adds `delta` to every offset so spans point into the real file.
"""
from __future__ import annotations

from typing import Optional

from tree_sitter import Node

from ..source.span import Span
from . import ast, messages
from .format_args import NamedArg, TemplateLiteral, build_format_args
from .literals import LiteralError, string_content
from .lower_types import SKIP

# macro name -> how many plain expression arguments precede the optional format string
FORMAT_MACROS = {
    "println": 0, "print": 0, "eprintln": 0, "eprint": 0, "format": 0, "panic": 0,
    "unreachable": 0, "todo": 0, "unimplemented": 0, "format_args": 0,
    "write": 1, "writeln": 1,
    "assert": 1, "debug_assert": 1,
    "assert_eq": 2, "assert_ne": 2, "debug_assert_eq": 2, "debug_assert_ne": 2,
}
# macros whose format string is mandatory (the others may stop after the plain arguments)
NEEDS_FORMAT = frozenset({"format", "print", "eprint", "write", "format_args"})
STD_ROOTS = frozenset({"std", "core", "alloc"})
CALL_PREFIX = b"fn __m(){("
CALL_SUFFIX = b",);}"


class MacroLowering:
    def ex_macro(self, n: Node):
        user = self.user_macro(n)
        if user is not None:
            return self.expand_expr(n, user)
        name = self._macro_name(n)
        tree = [c for c in n.children if c.type == "token_tree"]
        if name is None or not tree:
            return self.unsupported(n, f"the `{self.text(n.child_by_field_name('macro'))}!` macro")
        tt = tree[0]
        name_node = n.child_by_field_name("macro")
        name_span = self.sp(name_node)
        if name in FORMAT_MACROS or name == "dbg":
            return self._call_like(n, name, name_span, tt)
        if name == "vec":
            return self._vec(n, name_span, tt)
        if name == "matches":
            return self._matches(n, name_span, tt)
        return self.unsupported(n, f"the `{name}!` macro")

    def _macro_name(self, n: Node) -> Optional[str]:
        m = n.child_by_field_name("macro")
        if m.type == "identifier":
            return self.text(m)
        if m.type == "scoped_identifier":
            parts = self.text(m).replace(" ", "").lstrip(":").split("::")
            if len(parts) == 2 and parts[0] in STD_ROOTS:
                return parts[1]
        return None

    # ── re-parsing ──

    def _inner_range(self, tt: Node, strip_comma: bool) -> tuple[int, int]:
        """Byte range (in self.src) between the delimiters, without a trailing comma."""
        kids = tt.children
        lo = kids[0].end_byte
        hi = kids[-1].start_byte if len(kids) > 1 and not kids[-1].is_missing else tt.end_byte
        if strip_comma:
            tokens = [c for c in kids[1:-1] if c.type not in ("line_comment", "block_comment")]
            if tokens and tokens[-1].type == ",":
                hi = tokens[-1].start_byte
        return lo, hi

    def _reparse(self, macro: str, prefix: bytes, lo: int, hi: int, suffix: bytes, middle=None):
        """Parse prefix + src[lo:hi] + suffix; returns (child lowerer, wrapper tree root)."""
        inner = self.src[lo:hi]
        if middle is not None:  # replace one byte (a separator) keeping all offsets
            at, repl = middle
            inner = inner[:at - lo] + repl + inner[at - lo + 1:]
        wrapper = prefix + inner + suffix
        tree = self.parser.parse(wrapper)
        child = type(self)(wrapper, self.delta + lo - len(prefix), self.parser, self.diagnostics, self.edition)
        self.inherit(child, lo - len(prefix))
        if tree.root_node.has_error:
            self.report_macro_syntax(child, tree.root_node, macro)
        return child, tree.root_node

    def _wrapped_exprs(self, macro: str, lo: int, hi: int) -> Optional[list]:
        """The comma-separated expressions of src[lo:hi] as (child, node) pairs, or None on errors."""
        if not self.src[lo:hi].strip():
            return []
        child, root = self._reparse(macro, CALL_PREFIX, lo, hi, CALL_SUFFIX)
        if root.has_error:
            return None
        body = root.children[0].child_by_field_name("body")
        stmt = [c for c in body.children if c.type not in SKIP]
        tup = stmt[0].children[0] if stmt[0].type == "expression_statement" else stmt[0]
        return [(child, c) for c in tup.children if c.type not in SKIP and c.type != "attribute_item"]

    # ── the macro families ──

    def _call_like(self, n: Node, name: str, name_span: Span, tt: Node):
        lo, hi = self._inner_range(tt, strip_comma=True)
        parts = self._wrapped_exprs(name, lo, hi)
        if parts is None:
            return self.unsupported(n, "syntax error")
        if name == "dbg":
            args = tuple(child.expr(c) for child, c in parts)
            return ast.MacroCall(self.sp(n), name, name_span, args, None)
        n_plain = FORMAT_MACROS[name]
        plain = parts[:n_plain]
        args = tuple(child.expr(c) for child, c in plain)
        if len(plain) < n_plain:
            return self.unsupported(n, f"`{name}!` with too few arguments")
        rest = parts[n_plain:]
        if not rest:
            if name in NEEDS_FORMAT:
                return self.unsupported(n, f"`{name}!` without a format string")
            return ast.MacroCall(self.sp(n), name, name_span, args, None)
        first = rest[0][1]
        if first.type == "macro_invocation":  # `println!(concat!(...), ..)`: rustc expands it first
            return self.unsupported(n, "format strings built by macros")
        if name == "panic" and self.edition in ("2015", "2018") and len(rest) == 1:
            if first.type not in ("string_literal", "raw_string_literal"):
                # before 2021, `panic!(value)` panics with that value as its payload
                return ast.MacroCall(self.sp(n), name, name_span, (rest[0][0].expr(first),), None)
            return ast.MacroCall(self.sp(n), name, name_span, args, self._literal_message(rest[0]))
        fmt = self._format_args(rest)
        if fmt is None:
            return self.unsupported(n, "syntax error")
        return ast.MacroCall(self.sp(n), name, name_span, args, fmt)

    def _format_args(self, parts: list) -> Optional[ast.FormatArgs]:
        child, lit_node = parts[0]
        if lit_node.type not in ("string_literal", "raw_string_literal") or child.text(lit_node)[:1] in "bc":
            self.diagnostics.append(messages.syntax_error(messages.FORMAT_NOT_LITERAL, child.sp(lit_node)))
            return None
        raw = child.text(lit_node)
        try:
            content = string_content(raw)
        except LiteralError as e:
            self.report_error(child.sp(lit_node), str(e))
            return None
        lit = TemplateLiteral(raw, child.sp(lit_node), content)
        positional, spans, named = [], [], []
        for ch, node in parts[1:]:
            left = node.child_by_field_name("left") if node.type == "assignment_expression" else None
            if left is not None and left.type == "identifier":
                named.append(NamedArg(ch.ident(left), ch.expr(node.child_by_field_name("right")), ch.sp(node)))
            else:
                positional.append(ch.expr(node))
                spans.append(ch.sp(node))
        return build_format_args(lit, positional, named, spans, self.diagnostics)

    def _literal_message(self, part) -> Optional[ast.FormatArgs]:
        """Before 2021 a lone `panic!("..")` string is the message itself, not a format string."""
        child, lit_node = part
        try:
            content = string_content(child.text(lit_node))
        except LiteralError as e:
            self.report_error(child.sp(lit_node), str(e))
            return None
        span = child.sp(lit_node)
        return ast.FormatArgs(span, span, (content.text,), (), ())

    def _vec(self, n: Node, name_span: Span, tt: Node):
        lo, hi = self._inner_range(tt, strip_comma=False)
        child, root = self._reparse("vec", b"fn __m(){[", lo, hi, b"];}")
        if root.has_error:
            return self.unsupported(n, "syntax error")
        body = root.children[0].child_by_field_name("body")
        stmt = [c for c in body.children if c.type not in SKIP][0]
        arr = stmt.children[0] if stmt.type == "expression_statement" else stmt
        lowered = child.expr(arr)
        if isinstance(lowered, ast.ArrayRepeat):
            return ast.MacroCall(self.sp(n), "vec", name_span, (), None, (lowered.elem, lowered.count))
        return ast.MacroCall(self.sp(n), "vec", name_span, lowered.elems, None)

    def _matches(self, n: Node, name_span: Span, tt: Node):
        lo, hi = self._inner_range(tt, strip_comma=True)
        commas = [c for c in tt.children if c.type == ","]
        if not commas:
            return self.unsupported(n, "`matches!` without a pattern")
        child, root = self._reparse("matches", b"fn __m(){match ", lo, hi, b" => {}}}", (commas[0].start_byte, b"{"))
        if root.has_error:
            return self.unsupported(n, "syntax error")
        body = root.children[0].child_by_field_name("body")
        stmt = [c for c in body.children if c.type not in SKIP][0]
        match = stmt.children[0] if stmt.type == "expression_statement" else stmt
        lowered = child.expr(match)
        if not isinstance(lowered, ast.Match) or len(lowered.arms) != 1:
            return self.unsupported(n, "this `matches!` form")
        arm = lowered.arms[0]
        return ast.MacroCall(self.sp(n), "matches", name_span, (lowered.scrutinee,), None,
                             pattern=arm.pat, guard=arm.guard)
