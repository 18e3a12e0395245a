"""Where an expression sits in its function's source, for suggestions that rewrite code.

rustc's borrowck suggestions (`let value = x.clone();` before the statement, hoisting a
call out of a loop, `let binding = ...;`) are built from the HIR around the error: the
chain of enclosing expressions, the statement holding them, and the indentation of the
source line. These are the same facts, read from the AST and the SourceFile.
"""
from __future__ import annotations

from typing import Optional

from ..source.span import Span
from ..syntax import ast


def children(node):
    """The direct AST children of node, in field order (tuples flattened)."""
    out = []
    stack = [getattr(node, name, None) for name in reversed(getattr(type(node), "__slots__", ()))]
    while stack:
        item = stack.pop()
        if isinstance(item, tuple):
            stack.extend(reversed(item))
        elif isinstance(item, ast.Node):
            out.append(item)
    return out


def enclosing(root, span: Span) -> list:
    """The nodes under root whose span contains `span`, outermost first (root included),
    down to the innermost; each step descends into the first child that contains it."""
    chain = []
    node = root if isinstance(root, ast.Node) else None
    while node is not None:
        chain.append(node)
        node = next((c for c in children(node) if c.span.lo <= span.lo and span.hi <= c.span.hi
                     and c is not node), None)
    return chain


def node_at(root, span: Span, kind=ast.Node):
    """The outermost node of `kind` whose span is exactly `span`."""
    for node in enclosing(root, span):
        if node.span == span and isinstance(node, kind):
            return node
    return None


def innermost(chain: list, kinds) -> Optional[object]:
    for node in reversed(chain):
        if isinstance(node, kinds):
            return node
    return None


def statement_of(chain: list):
    """The innermost statement (`let` or expression statement) in an enclosing chain."""
    return innermost(chain, (ast.Let, ast.ExprStmt))


def walk(node):
    """Every node under node, depth first, node included."""
    stack = [node]
    while stack:
        n = stack.pop()
        yield n
        stack.extend(reversed(children(n)))


def text(file, span: Span) -> str:
    return file.data[span.lo:span.hi].decode("utf-8", errors="replace")


def indentation(file, pos: int) -> str:
    """The whitespace that starts the line holding byte `pos`."""
    line = file.line_starts[file.line_index(pos)]
    end = line
    while end < len(file.data) and file.data[end:end + 1] in (b" ", b"\t"):
        end += 1
    return file.data[line:end].decode()


def closure_head(node) -> Optional[Span]:
    """The `move |..|` part of a closure expression (rustc labels it, not the whole body)."""
    if node.ret is not None:
        hi = node.ret.span.hi  # `|x| -> T`
    elif node.params:
        hi = node.params[-1].span.hi + 1  # the closing `|`
    else:
        hi = node.body.span.lo - 1  # `||` then one space
    return Span(node.span.lo, hi) if node.span.lo < hi <= node.span.hi else None


def call_taking(root, arg_span: Span):
    """The call or method call under root that has an argument spanning arg_span."""
    for n in walk(root):
        if isinstance(n, (ast.Call, ast.MethodCall)) and any(a.span == arg_span for a in n.args):
            return n
    return None
