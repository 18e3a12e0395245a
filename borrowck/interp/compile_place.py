"""Compiling expressions in place context (the closures of what places.py evaluates):
`f(frame) -> (list, index)` without moving. Indexing keeps places.py's bounds checks and
panic messages; the rarer shapes (maps, user `Index`/`Deref`) go to places.py's helpers.
"""
from __future__ import annotations

from .signals import RustPanic
from .values import ArrayV, Ptr, RangeV, SliceV, StructV, TupleV, VecV


class CompilePlaces:
    def compile_place_Paren(self, e):
        return self.compile_place(e.expr)

    def compile_place_PathExpr(self, e):
        name = self.local_name(e)
        static_slot = self.static_slot
        path_value = self.path_value

        def global_place(fr):
            static = static_slot(e)
            if static is not None:
                return static, 0
            tmp = [path_value(e)]
            fr.temps.append(tmp)
            return tmp, 0
        if name is None:
            return global_place

        def local_place(fr):
            slot = fr.vars.get(name)
            if slot is not None:
                return slot, 0
            return global_place(fr)
        return local_place

    def compile_place_Field(self, e):
        base = self.compile_place(e.base)
        name = e.ident.name
        deref_place = self.deref_place
        materialize = self.materialize
        tuple_index = int(name) if name.isdigit() else None
        span = e.span

        def field(fr):
            lst, idx = base(fr)
            v = lst[idx]
            while True:
                c = v.__class__
                if c is StructV:
                    i = v.adt.field_index.get(name)
                    if i is None:
                        raise AssertionError(f"interpreter bug: no field {name} in {v.adt.name}")
                    if v.adt.union_kinds is not None:
                        v.items.span = span  # where an undecodable read is reported
                    return v.items, i
                if c is TupleV:
                    return v.items, tuple_index
                if c is RangeV:  # `r.start` / `r.end`
                    return materialize(getattr(v, name))
                lst, idx = deref_place(lst, idx)
                v = lst[idx]
        return field

    def compile_place_Unary(self, e):
        if e.op != "*":
            return self.compile_temp_place(e)
        operand = self.compile_place(e.operand)
        deref_place = self.deref_place

        def deref(fr):
            lst, idx = operand(fr)
            v = lst[idx]
            if v.__class__ is Ptr:
                return v.lst, v.idx
            return deref_place(lst, idx)
        return deref

    def compile_place_Index(self, e):
        base = self.compile_place(e.base)
        index = self.compile_expr(e.index)
        deref_all = self.deref_all
        index_slow = self.index_place_slow
        span = e.span

        def indexed(fr):
            lst, idx = base(fr)
            i = index(fr)
            if i.__class__ is not int:
                i = deref_all(i)
            v = lst[idx]
            c = v.__class__
            if i.__class__ is int:
                if c is VecV or c is ArrayV:
                    items = v.items
                    if 0 <= i < len(items):
                        return items, i
                elif c is SliceV:
                    if 0 <= i < v.hi - v.lo:
                        return v.lst, v.lo + i
                    raise RustPanic(f"index out of bounds: the len is {v.hi - v.lo} but the index is {i}", span)
            return index_slow(e, lst, idx, i)
        return indexed

    def index_place_slow(self, e, lst, idx, i):
        """The rest of `place_Index` once base and index are evaluated: ranges, out-of-bounds
        panics, maps, user `Index` impls, derefs of the base."""
        if i.__class__ is RangeV:
            return self.materialize(self.slice_of(lst, idx, i, False, e))
        while True:
            v = lst[idx]
            c = v.__class__
            if c is VecV or c is ArrayV:
                n = len(v.items)
                if not (0 <= i < n):
                    raise RustPanic(f"index out of bounds: the len is {n} but the index is {i}",
                                    self.index_span(e, c is VecV))
                return v.items, i
            if c is SliceV:
                n = v.hi - v.lo
                if not (0 <= i < n):
                    raise RustPanic(f"index out of bounds: the len is {n} but the index is {i}", e.span)
                return v.lst, v.lo + i
            if c.__name__ == "MapV":
                entry = v.d.get(self.hash_key(i))
                if entry is None:
                    raise RustPanic("no entry found for key", self.index_span(e, True))
                return entry, 1
            if c is StructV:
                m = self.program.method(v.adt.name, "index")
                if m is not None:
                    p = self.call_fn(m.fn, [i], m.owner, Ptr(lst, idx))
                    return p.lst, p.idx
            lst, idx = self.deref_place(lst, idx)
