"""Access to tree-sitter-rust's concrete syntax tree: the parser and child helpers."""
from __future__ import annotations

import tree_sitter_rust
from tree_sitter import Language, Node, Parser

# Tokens that never carry meaning of their own when walking a node's children.
PUNCTUATION = frozenset({"(", ")", "[", "]", "{", "}", ",", ";", ":", "::", "|", "=>", "<", ">"})
COMMENTS = frozenset({"line_comment", "block_comment"})


def new_parser() -> Parser:
    """A fresh tree-sitter parser for Rust (cheap; one per parse call, no shared state)."""
    return Parser(Language(tree_sitter_rust.language()))


def significant_children(node: Node) -> list[Node]:
    """Children that are not punctuation or comments (keeps anonymous `_`, `..` and keywords)."""
    return [c for c in node.children if c.type not in PUNCTUATION and c.type not in COMMENTS]


def token_types(node: Node) -> set[str]:
    """The kinds of a node's direct children (anonymous keywords such as `mut`, `move`, `&`)."""
    return {c.type for c in node.children}
