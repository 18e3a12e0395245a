"""Generic pre-order traversal of AST nodes (for tests, tools and quick scans)."""
from __future__ import annotations

from dataclasses import fields
from typing import Iterator

from . import ast

# every node class's field names, in declaration order (computed once: `fields()` per
# visited node dominated deep scans)
FIELD_NAMES = {cls: tuple(f.name for f in fields(cls)) for cls in vars(ast).values()
               if isinstance(cls, type) and issubclass(cls, ast.Node)}


def iter_nodes(root: ast.Node) -> Iterator[ast.Node]:
    """Every node reachable from root, root first (iterative: deep trees are fine)."""
    stack: list = [root]
    extend, node_cls = stack.extend, ast.Node
    names_of = FIELD_NAMES.get
    while stack:
        cur = stack.pop()
        if isinstance(cur, node_cls):
            yield cur
            names = names_of(type(cur)) or tuple(f.name for f in fields(cur))
            extend([getattr(cur, n) for n in reversed(names)])
        elif type(cur) is tuple or isinstance(cur, tuple):
            extend(reversed(cur))
