"""Closures: a closure value holds its node and its captured slots. With the type
checker's captures (edition 2021 disjoint fields) a by-ref capture shares the variable's
slot and a by-move/copy capture owns its own; without them, every free name is captured
(shared, or moved for `move` closures).
"""
from __future__ import annotations

import dataclasses
import functools

from ..syntax import ast
from .moves import copy_value
from .signals import Unsupported
from .values import MOVED, ClosureV, StructV, TupleV


class Closures:
    def eval_Closure(self, e):
        frame = self.frame
        caps = self.typed.captures.get(e)
        if caps is not None:
            env, owned = self.capture_env(caps)
            return ClosureV(e, env, frame.owner, owned, frame.tyargs)
        env = {}
        for name in self.free_names(e):
            slot = frame.lookup(name)
            if slot is None:
                continue
            if e.is_move:
                env[name] = [self.take(slot, 0)]
            else:
                env[name] = slot
        return ClosureV(e, env, frame.owner, tuple(env) if e.is_move else (), frame.tyargs)

    def capture_env(self, caps):
        """The closure's environment from the type checker's captures (edition 2021
        disjoint fields): by-ref captures share the variable's slot; by-move/copy captures
        of a whole variable take it; of some fields, a copy of the variable holding just
        those fields (the rest MOVED) — the original keeps, and later drops, the others."""
        groups = {}
        for cap in caps:
            root = cap.root
            name = root.ident.name if root.__class__ is ast.IdentPat else "self"
            groups.setdefault(name, []).append(cap)
        env = {}
        owned = []
        lookup = self.frame.lookup
        for name, group in groups.items():
            slot = lookup(name)
            if slot is None:
                continue
            if all(c.mode in ("ref", "mut_ref") or "*" in c.projections for c in group):
                env[name] = slot
                continue
            whole = [c for c in group if not c.projections]
            if whole and whole[0].mode in ("move", "copy"):
                env[name] = [self.take(slot, 0)]
                owned.append(name)
            elif whole or any(c.mode in ("ref", "mut_ref") for c in group):
                env[name] = slot  # by reference, or mixed modes on one variable: share it
            else:
                env[name] = [self.capture_view(slot[0], [(c.projections, c.mode) for c in group])]
                owned.append(name)
        return env, tuple(owned)

    def capture_view(self, value, paths):
        """A copy of an inline aggregate holding only the captured field paths (moved or
        copied out of the original); no Drop impl runs for it (a type with Drop cannot be
        partially moved, and its copied Copy fields need none)."""
        c = value.__class__
        if c is StructV:
            view = StructV(self.view_adt(value.adt), [MOVED] * len(value.items))
            index = value.adt.field_index
        elif c is TupleV:
            view = TupleV([MOVED] * len(value.items))
            index = None
        else:
            raise Unsupported("a closure capturing a field of this type")
        heads = {}
        for proj, mode in paths:
            heads.setdefault(proj[0], []).append((proj[1:], mode))
        for head, rest in heads.items():
            i = index[head] if index is not None else int(head)
            if any(not p for p, _ in rest):
                mode = rest[0][1]
                view.items[i] = self.take(value.items, i) if mode == "move" else copy_value(value.items[i])
            else:
                view.items[i] = self.capture_view(value.items[i], rest)
        return view

    def view_adt(self, adt):
        cache = self.path_cache
        key = ("view", adt)
        v = cache.get(key)
        if v is None:
            v = cache[key] = dataclasses.replace(adt, drop_fn=None)
        return v

    def free_names(self, closure) -> tuple:
        """Names a closure body mentions (candidates for capture), computed once per node."""
        cached = self.path_cache.get(closure)
        if cached is None:
            names = []
            _collect_names(closure.body, names)
            cached = self.path_cache[closure] = tuple(dict.fromkeys(names))
        return cached



def _collect_names(node, out: list) -> None:
    """Every single-segment path name used in node's subtree (incl. `self`), in order."""
    stack = [node]
    while stack:
        n = stack.pop()
        if n is None:
            continue
        if n.__class__ is tuple:
            stack.extend(reversed(n))
            continue
        if n.__class__ is ast.PathExpr:
            out.append(n.path.segments[0].ident.name)
            continue
        if isinstance(n, ast.Node):
            stack.extend(getattr(n, f) for f in reversed(_fields(n.__class__)))


@functools.cache
def _fields(cls) -> tuple:
    """The child-bearing fields of an AST node class (all but `span`)."""
    return tuple(x.name for x in dataclasses.fields(cls) if x.name != "span")
