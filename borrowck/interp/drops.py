"""Drop glue, as rustc runs it.

A value's own `Drop::drop` runs first, then its fields / elements in declaration (index)
order; a MOVED place is skipped (its drop flag is clear). Rc drops its value when the last
strong reference goes; guards release their RefCell/Mutex borrow.
"""
from __future__ import annotations

from .moves import SCALARS
from .values import (MOVED, ArrayV, BoxV, CellV, ClosureV, EnumV, GuardV, MapV, Ptr, RcV, StructV,
                     TupleV, VecV, WeakV)

_NO_GLUE = NO_GLUE = SCALARS | {Ptr}  # values without drop glue


class Drops:
    def pop_scope(self, scope) -> None:
        """End a scope: unbind its names, drop its owned slots in reverse order."""
        self.frame.scopes.pop()
        scope.unbind()
        owned = scope.owned
        for i in range(len(owned) - 1, -1, -1):
            slot = owned[i]
            v = slot[0]
            if v is not MOVED and v.__class__ not in _NO_GLUE:
                self.drop_value(v)

    def drop_temps(self, temps) -> None:
        for i in range(len(temps) - 1, -1, -1):
            slot = temps[i]
            v = slot[0]
            if v is not MOVED and v.__class__ not in _NO_GLUE:
                self.drop_value(v)

    def drop_value(self, v) -> None:
        c = v.__class__
        if c in _NO_GLUE or v is MOVED:
            return
        if c is StructV:
            fn = v.adt.drop_fn
            if fn is not None:
                self.call_fn(fn, [], v.adt.name, Ptr([v], 0, True))
            if v.adt.union_kinds is None:  # a union never drops its fields
                self.drop_items(v.items)
        elif c is EnumV:
            if v.items:
                fn = v.adt.drop_fn
                if fn is not None:
                    self.call_fn(fn, [], v.adt.name, Ptr([v], 0, True))
                self.drop_items(v.items)
            elif v.adt.drop_fn is not None:
                self.call_fn(v.adt.drop_fn, [], v.adt.name, Ptr([v], 0, True))
        elif c is VecV or c is TupleV or c is ArrayV or c is BoxV:
            self.drop_items(v.items)
        elif c is RcV:
            alloc = v.alloc
            alloc.strong -= 1
            if alloc.strong == 0:
                inner = alloc.items[0]
                alloc.items[0] = MOVED
                self.drop_value(inner)
        elif c is WeakV:
            if v.alloc is not None:
                v.alloc.weak -= 1
        elif c is GuardV:
            self.release_guard(v)
        elif c is MapV:
            for kv in list(v.d.values()):
                self.drop_items(kv)
        elif c is CellV:
            self.drop_items(v.items)
        elif c is ClosureV:
            env = v.env
            for name in v.owned:
                self.drop_items(env[name])
        elif hasattr(v, "drop_glue"):
            v.drop_glue(self)

    def drop_items(self, items: list) -> None:
        if not items:
            return
        first = items[0].__class__
        if first in _NO_GLUE and len(items) > 8 and all(x.__class__ in _NO_GLUE for x in items[:8]):
            if all(x.__class__ in _NO_GLUE for x in items):
                return
        for i, x in enumerate(items):
            if x is not MOVED and x.__class__ not in _NO_GLUE:
                items[i] = MOVED
                self.drop_value(x)

    def release_guard(self, g: GuardV) -> None:
        if g.released:
            return
        g.released = True
        cell = g.cell
        if cell.kind == "RefCell" or (cell.kind == "RwLock" and not g.mutable):  # shared counts
            if g.mutable:
                cell.borrow = 0
            else:
                cell.borrow -= 1
        else:
            from .std_cell import poison_if_panicking
            poison_if_panicking(cell)
            cell.borrow = 0
            sched = self.threads
            if sched is not None:
                sched.wake()
