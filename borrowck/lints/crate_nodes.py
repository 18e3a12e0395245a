"""`CrateNodes`: every node of the crate in pre-order, walked once and shared by every lint.

Each lint used to walk the whole AST itself (about a dozen walks per check); now they ask
this index for the nodes of the classes they look at, in pre-order, optionally only those
inside one node (a body): a subtree is a contiguous range of the pre-order list.
"""
from __future__ import annotations

from bisect import bisect_left
from functools import cached_property

from ..syntax import ast
from ..syntax.walk import CHILDREN_REVERSED, iter_nodes


class CrateNodes:
    def __init__(self, root: ast.Node):
        # pre-order, as `iter_nodes` gives them (a shared node appears once per parent)
        self.nodes: list = list(iter_nodes(root))
        self._matching: dict = {}  # classes asked for -> their `_by_class` entries

    @cached_property
    def _by_class(self) -> dict:
        """node class -> (positions, nodes) of its nodes, in pre-order."""
        groups: dict = {}
        get = groups.get
        for i, n in enumerate(self.nodes):
            entry = get(n.__class__)
            if entry is None:
                entry = groups[n.__class__] = ([], [])
            entry[0].append(i)
            entry[1].append(n)
        return groups

    @cached_property
    def _position(self) -> dict:
        return dict(zip(self.nodes, range(len(self.nodes))))

    def _groups(self, classes: tuple) -> list:
        """The (positions, nodes) entries of the node classes that are subclasses of classes."""
        groups = self._matching.get(classes)
        if groups is None:
            groups = self._matching[classes] = [entry for cls, entry in self._by_class.items()
                                                if issubclass(cls, classes)]
        return groups

    def of(self, *classes) -> list:
        """The nodes that are instances of classes, in pre-order."""
        groups = self._groups(classes)
        if len(groups) == 1:
            return groups[0][1]
        return [self.nodes[i] for i in sorted(i for positions, _ in groups for i in positions)]

    def range_of(self, node: ast.Node) -> tuple:
        """(start, end): node's subtree is `nodes[start:end]`."""
        position = self._position
        return position[node], position[_last_descendant(node)] + 1

    def within(self, node: ast.Node) -> list:
        """node's subtree in pre-order (node first), like `list(iter_nodes(node))`."""
        start, end = self.range_of(node)
        return self.nodes[start:end]

    def of_within(self, node: ast.Node, *classes) -> list:
        """The nodes of classes inside node's subtree (node included), in pre-order."""
        return [n for _, n in self.positions_within(node, *classes)]

    def positions_within(self, node: ast.Node, *classes) -> list:
        """(position, node) of the nodes of classes inside node's subtree, in pre-order."""
        start, end = self.range_of(node)
        found = []
        groups = self._groups(classes)
        for positions, nodes in groups:
            lo, hi = bisect_left(positions, start), bisect_left(positions, end)
            found += zip(positions[lo:hi], nodes[lo:hi])
        if len(groups) > 1:
            found.sort(key=_first)
        return found

    def children_of(self, *parent_classes) -> dict:
        """child node -> parent node, for the direct children of the nodes of parent_classes."""
        parents = {}
        for parent in self.of(*parent_classes):
            for child in child_nodes(parent):
                parents[child] = parent
        return parents


def _first(pair):
    return pair[0]


def child_nodes(e: ast.Node) -> list:
    """The nodes directly under e (fields and elements of tuple fields), in field order."""
    out = []
    for value in reversed(CHILDREN_REVERSED[e.__class__](e)):
        if isinstance(value, ast.Node):
            out.append(value)
        elif isinstance(value, tuple):
            for v in value:
                if isinstance(v, ast.Node):
                    out.append(v)
                elif isinstance(v, tuple):  # FormatArgs.names pairs hold no nodes
                    out.extend(x for x in v if isinstance(x, ast.Node))
    return out


def _last_in(value):
    """The last node, in pre-order position, directly in value (a node or a tuple), if any."""
    if isinstance(value, ast.Node):
        return value
    if isinstance(value, tuple):
        for v in reversed(value):
            found = _last_in(v)
            if found is not None:
                return found
    return None


def _last_descendant(node: ast.Node) -> ast.Node:
    """The last node of node's subtree in pre-order (node itself when it has no children)."""
    while True:
        child = None
        for value in CHILDREN_REVERSED[node.__class__](node):  # last field first
            child = _last_in(value)
            if child is not None:
                break
        if child is None:
            return node
        node = child
