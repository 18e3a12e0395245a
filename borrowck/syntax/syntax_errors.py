"""tree-sitter ERROR and MISSING nodes -> rustc-like syntax errors (message and primary span).

tree-sitter does not say what it expected, so the message is chosen from the error's
context (the parent node kind), following rustc's wording for the common mistakes.
"""
from __future__ import annotations

from typing import Optional

from tree_sitter import Node

from ..diagnostics.diagnostic import Diagnostic
from ..source.span import Span

KEYWORDS = frozenset(
    "as break const continue crate else enum extern false fn for if impl in let loop match mod move "
    "mut pub ref return self Self static struct super trait true type unsafe use where while async "
    "await dyn abstract become box do final macro override priv typeof unsized virtual yield try".split())
# An identifier node with one of these names cannot be a binding or item name.
RESERVED = KEYWORDS - {"self", "Self", "super", "crate"}
COMMENTS = ("line_comment", "block_comment")
LIST_CONTEXTS = {
    "arguments": "expected one of `)`, `,`, `.`, `?`, or an operator",
    "field_initializer_list": "expected one of `,`, `.`, `?`, `}`, or an operator",
    "tuple_expression": "expected one of `)`, `,`, `.`, `?`, or an operator",
    "array_expression": "expected one of `,`, `.`, `;`, `?`, `]`, or an operator",
    "match_block": "expected one of `=>`, `if`, or `|`",
    "parameters": "expected one of `:`, `@`, or `|`",
    "field_declaration_list": "expected one of `,`, `:`, or `}`",
    "type_arguments": "expected one of `,`, `:`, `=`, or `>`",
}
# std macros defined with macro_rules! (the others are compiler built-ins)
RULES_MACROS = frozenset({"vec", "matches", "dbg", "assert_eq", "assert_ne", "debug_assert_eq",
                          "debug_assert_ne", "debug_assert", "todo", "unimplemented", "unreachable"})
BLOCK_KEYWORDS = frozenset({"if", "while", "for", "match"})
OPERATORS = frozenset({"+", "-", "*", "/", "%", "&&", "||", "&", "|", "^", "<<", ">>", "==", "!=", "<",
                       "<=", ">", ">=", "=", "+=", "-=", "*=", "/=", "%=", "as", "..", "..="})
# Tokens after which an expression statement may end (so a newline there suggests a missing `;`).
EXPR_END = frozenset({"identifier", "integer_literal", "float_literal", "string_literal", "char_literal",
                      "raw_string_literal", ")", "]", "true", "false", "self", "field_identifier", "?",
                      "\"", "string_content", "break", "continue", "return"})


def describe_token(n: Optional[Node], src: bytes) -> str:
    if n is None:
        return "`<eof>`"
    text = src[n.start_byte:n.end_byte].decode("utf-8", errors="replace")
    if text in KEYWORDS:
        return f"keyword `{text}`"
    return f"`{text}`"


def first_leaf(n: Node) -> Node:
    while n.child_count:
        kids = [c for c in n.children if c.type not in COMMENTS and not (c.is_missing and c.start_byte == c.end_byte)]
        if not kids:
            break
        n = kids[0]
    return n


def _last_leaf(n: Node) -> Node:
    while n.child_count:
        kids = [c for c in n.children if c.type not in COMMENTS and not c.is_missing]
        if not kids:
            break
        n = kids[-1]
    return n


def next_leaf(n: Node) -> Optional[Node]:
    while n is not None:
        sib = n.next_sibling
        while sib is not None and (sib.type in COMMENTS or sib.is_missing):
            sib = sib.next_sibling
        if sib is not None:
            return first_leaf(sib)
        n = n.parent
    return None


def prev_leaf(n: Node) -> Optional[Node]:
    while n is not None:
        sib = n.prev_sibling
        while sib is not None and (sib.type in COMMENTS or sib.is_missing):
            sib = sib.prev_sibling
        if sib is not None:
            return _last_leaf(sib)
        n = n.parent
    return None


def first_error(root: Node) -> Optional[Node]:
    """The first ERROR or MISSING node in document order (iterative walk of erroneous subtrees)."""
    stack = [root]
    while stack:
        n = stack.pop()
        if n.is_missing or n.type == "ERROR":
            return n
        if n.has_error:
            stack.extend(reversed(n.children))
    return None


class Describer:
    """Builds the diagnostic for one error node of a tree parsed from `src` (file offset = + delta)."""

    def __init__(self, src: bytes, delta: int, macro: str = ""):
        self.src = src
        self.delta = delta
        self.macro = macro  # set when the tree is a re-parsed macro argument list

    def span(self, lo: int, hi: int) -> Span:
        return Span(lo + self.delta, hi + self.delta)

    def node_span(self, n: Node) -> Span:
        return self.span(n.start_byte, n.end_byte)

    def expected_semi(self, after: Node, found: Optional[Node]) -> Diagnostic:
        diag = Diagnostic("error", None, f"expected `;`, found {describe_token(found, self.src)}")
        diag.primary(self.span(after.end_byte, after.end_byte))
        if found is not None:
            diag.label(self.node_span(found), "unexpected token")
        return diag

    def at_token(self, message: str, found: Optional[Node], label: Optional[str] = None) -> Diagnostic:
        full = f"{message}, found {describe_token(found, self.src)}"
        end = len(self.src) if found is None else found.end_byte
        start = end if found is None else found.start_byte
        return Diagnostic("error", None, full).primary(self.span(start, end), label or message)

    def missing(self, n: Node) -> Diagnostic:
        found = next_leaf(n)
        parent = n.parent.type if n.parent is not None else ""
        if n.type == ";" and parent == "function_signature_item":
            in_trait = n.parent.parent is not None and n.parent.parent.type == "declaration_list"
            expected = "`->`, `;`, `where`, or `{`" if in_trait else "`->`, `where`, or `{`"
            return self.at_token(f"expected one of {expected}", found)
        if n.type == ";":
            before = prev_leaf(n)
            return self.expected_semi(before if before is not None else n, found)
        if n.type == "," and parent == "match_arm":
            before = prev_leaf(n)
            end = (before or n).end_byte
            return Diagnostic("error", None, "expected `,` following `match` arm").primary(
                self.span(end, end), "expected `,` following `match` arm")
        what = "identifier" if n.type in ("identifier", "type_identifier", "field_identifier") else f"`{n.type}`"
        return self.at_token(f"expected {what}", found)

    def error(self, n: Node) -> Diagnostic:
        if self.macro:
            return self._macro_error(n)
        parent = n.parent
        ptype = parent.type if parent is not None else "source_file"
        first = first_leaf(n) if n.child_count else n
        before = prev_leaf(n)
        context = self._list_context(n)
        special = self._special_error(n, first)
        if special is not None:
            return special
        if ptype == "source_file" or ptype == "declaration_list":
            return self._item_error(n, first)
        if first.type in BLOCK_KEYWORDS:
            return self._missing_brace(n, first)
        last = _last_leaf(n)
        after = next_leaf(n)
        if last.type in OPERATORS and (after is None or after.type in (";", ")", "}", "]", ",")):
            return self.at_token("expected expression", after)
        if context is None and before is not None and before.type in EXPR_END \
                and self._line(before.end_byte) < self._line(first.start_byte):
            return self.expected_semi(before, first)
        if ptype == "let_declaration":
            return self._let_error(n, parent, first)
        if context == "match_block" and before is not None and before.type in EXPR_END \
                and self._line(before.end_byte) < self._line(first.start_byte):
            diag = Diagnostic("error", None, "expected `,` following `match` arm")
            return diag.primary(self.span(before.end_byte, before.end_byte), "expected `,` following `match` arm")
        if context == "field_declaration_list" and before is not None and before.type not in ("{", ",") \
                and self._line(before.end_byte) < self._line(first.start_byte):
            diag = Diagnostic("error", None, f"expected `,`, or `}}`, found {describe_token(first, self.src)}")
            return diag.primary(self.span(before.end_byte, before.end_byte), "expected `,`, or `}`")
        if context is not None:
            found = first
            if context == "match_block":
                found = self._after_pattern(n) or first
            if context == "parameters" and first.type == ",":
                return self.at_token("expected parameter name", first)
            return self.at_token(LIST_CONTEXTS[context], found)
        if ptype == "function_item":
            return self.at_token("expected type", next_leaf(n) if first.type == "->" else first)
        return self.at_token("expected one of `.`, `;`, `?`, `}`, or an operator", first)

    def _special_error(self, n: Node, first: Node) -> Optional[Diagnostic]:
        """Typos rustc recognizes by name (`x++`, `===`, `'abc'`, `let x == 1`)."""
        kinds = [c.type for c in n.children]
        before = prev_leaf(n)
        if kinds in (["+", "+"], ["-", "-"]) and before is not None and before.type in EXPR_END:
            which = "increment" if kinds[0] == "+" else "decrement"
            return Diagnostic("error", None, f"Rust has no postfix {which} operator").primary(
                self.node_span(n), f"not a valid postfix operator")
        if kinds == ["="] and before is not None and before.end_byte == n.start_byte:
            if before.type in ("==", "!="):
                op = before.type + "="
                return Diagnostic("error", None, f"invalid comparison operator `{op}`").primary(
                    self.span(before.start_byte, n.end_byte), f"`{op}` is not a valid comparison operator")
            if before.type == "=":
                return Diagnostic("error", None, "unexpected `==`").primary(self.span(before.start_byte, n.end_byte))
        for i, c in enumerate(n.children[:-1]):
            if c.type == "label" and n.children[i + 1].type == "'" and c.end_byte == n.children[i + 1].start_byte:
                return Diagnostic("error", None, "character literal may only contain one codepoint").primary(
                    self.span(c.start_byte, n.children[i + 1].end_byte))
        return None

    def _macro_error(self, n: Node) -> Diagnostic:
        found = first_leaf(n) if n.child_count else n
        if self.macro in RULES_MACROS:  # macro_rules! macros of std report the token no rule takes
            text = self.src[found.start_byte:found.end_byte].decode("utf-8", errors="replace")
            return Diagnostic("error", None, f"no rules expected `{text}`").primary(
                self.node_span(found), "no rules expected this token in macro call")
        return self.at_token("expected `,`", found)

    def _line(self, byte: int) -> int:
        return self.src.count(b"\n", 0, byte)

    def _list_context(self, n: Node) -> Optional[str]:
        cur = n.parent
        while cur is not None:
            if cur.type in LIST_CONTEXTS:
                return cur.type
            if cur.type in ("block", "source_file", "declaration_list"):
                return None
            cur = cur.parent
        return None

    def _after_pattern(self, n: Node) -> Optional[Node]:
        for c in n.children:
            if c.type in ("->", "=", ":", ";", "=>") or (not c.is_named and c.type not in ("(", ")", "::", "&", ",")):
                return c
        return None

    def _let_error(self, n: Node, let: Node, first: Node) -> Diagnostic:
        pattern = let.child_by_field_name("pattern")
        value = let.child_by_field_name("value")
        eq = [c for c in let.children if c.type == "="]
        before_pattern = pattern is not None and n.end_byte <= pattern.start_byte
        if first.type == "=" and before_pattern:
            return self.at_token("expected pattern", first)
        if first.type == "=":
            return self.at_token("expected expression", next_leaf(n))
        # tree-sitter tends to swallow the token before the mistake into the ERROR
        if before_pattern:
            return self.at_token("expected one of `:`, `;`, `=`, `@`, or `|`", next_leaf(n))
        if value is not None and n.end_byte <= value.start_byte:
            return self.at_token("expected one of `.`, `;`, `?`, `else`, or an operator", next_leaf(n))
        if not eq or eq[0].start_byte >= n.end_byte:
            return self.at_token("expected one of `:`, `;`, `=`, `@`, or `|`", first)
        return self.at_token("expected one of `.`, `;`, `?`, `else`, or an operator", first)

    def _missing_brace(self, n: Node, keyword: Node) -> Diagnostic:
        """`if cond` followed by a statement on the next line: rustc expects `{` there."""
        line = self._line(keyword.start_byte)
        leaf = next_leaf(keyword)
        while leaf is not None and leaf.start_byte < n.end_byte:
            if self._line(leaf.start_byte) > line:
                return self.at_token("expected `{`", leaf)
            leaf = next_leaf(leaf)
        return self.at_token("expected `{`", leaf)

    def _item_error(self, n: Node, first: Node) -> Diagnostic:
        kids = [c for c in n.children if c.type not in COMMENTS]
        if len(kids) >= 3 and kids[0].type in ("const", "static") and kids[1].type == "identifier" \
                and kids[2].type == "=":
            return Diagnostic("error", None, f"missing type for `{kids[0].type}` item").primary(
                self.span(kids[1].end_byte, kids[1].end_byte))
        if len(kids) >= 2 and kids[0].type == "fn" and kids[1].type == "identifier":
            return Diagnostic("error", None, "missing parameters for function definition").primary(
                self.span(kids[1].end_byte, kids[1].end_byte))
        return self.at_token("expected item", first)


def collect_syntax_errors(root: Node, src: bytes, delta: int = 0, limit: int = 1,
                          macro: str = "") -> list[Diagnostic]:
    """Diagnostics for the first error nodes (at most `limit`: later ones are mostly cascades
    of tree-sitter's recovery, which differs from rustc's)."""
    describer = Describer(src, delta, macro)
    out: list[Diagnostic] = []
    stack = [root]
    while stack and len(out) < limit:
        n = stack.pop()
        if n.is_missing:
            out.append(describer.missing(n))
            continue
        if n.type == "ERROR":
            out.append(describer.error(n) if n.parent is not None else describer.at_token(
                "expected item", first_leaf(n)))
            continue
        if n.has_error:
            stack.extend(reversed(n.children))
    return out


def reserved_in(edition: str) -> frozenset:
    """Keywords that cannot be identifiers in this edition (`dyn`, `async`... from 2018)."""
    if edition == "2015":
        return RESERVED - {"async", "await", "dyn", "try"}
    return RESERVED
