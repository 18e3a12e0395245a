"""Generic pre-order traversal of AST nodes (for tests, tools and quick scans)."""
from __future__ import annotations

from dataclasses import fields
from typing import Iterator

from . import ast


def iter_nodes(root: ast.Node) -> Iterator[ast.Node]:
    """Every node reachable from root, root first (iterative: deep trees are fine)."""
    stack: list = [root]
    while stack:
        cur = stack.pop()
        if isinstance(cur, ast.Node):
            yield cur
            children = [getattr(cur, f.name) for f in fields(cur)]
        elif isinstance(cur, tuple):
            children = list(cur)
        else:
            continue
        stack.extend(reversed(children))
