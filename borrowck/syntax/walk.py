"""Generic pre-order traversal of AST nodes (for tests, tools and quick scans)."""
from __future__ import annotations

from dataclasses import fields
from operator import attrgetter
from typing import Iterator

from . import ast


# field annotations that never hold a node (nor a tuple of nodes): walks skip such fields
LEAF_FIELD_TYPES = frozenset({"Span", "bool", "str", "int", "Optional[str]"})


def _child_fields(cls) -> tuple:
    return tuple(f.name for f in fields(cls) if f.type not in LEAF_FIELD_TYPES)


def _children_getter(names: tuple):
    """A C-level getter of a node's field values that may hold nodes, last field first (the
    stack order)."""
    if not names:
        return _no_children
    if len(names) == 1:
        get = attrgetter(names[0])
        return lambda node: (get(node),)
    return attrgetter(*reversed(names))


def _no_children(node) -> tuple:
    return ()


# per node class, computed once: `fields()` per visited node dominated deep scans
CHILDREN_REVERSED = {cls: _children_getter(_child_fields(cls))
                     for cls in vars(ast).values() if isinstance(cls, type) and issubclass(cls, ast.Node)}


def iter_nodes(root: ast.Node) -> Iterator[ast.Node]:
    """Every node reachable from root, root first (iterative: deep trees are fine)."""
    stack: list = [root]
    pop, extend, node_cls = stack.pop, stack.extend, ast.Node
    getter_of = CHILDREN_REVERSED.get
    while stack:
        cur = pop()
        if isinstance(cur, node_cls):
            yield cur
            get = getter_of(type(cur))
            if get is None:  # a node class defined outside ast.py
                get = _children_getter(_child_fields(type(cur)))
            extend(get(cur))
        elif isinstance(cur, tuple):
            extend(reversed(cur))
