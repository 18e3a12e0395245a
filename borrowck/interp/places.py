"""Expressions in place context: `place_<Node>` returns (list, index) without moving.

A value expression used where a place is needed (a method receiver, `&f()`, a match
scrutinee) is materialized into a temporary slot of the enclosing statement.
Indexing is bounds-checked with rustc's panic messages.
"""
from __future__ import annotations

from ..source.span import Span
from ..syntax import ast
from .signals import RustPanic
from .values import (BoxV, EnumV, GuardV, MapV, Ptr, RangeV, RcV, RString, SliceV, StructV, TupleV,
                     VecV, ArrayV)


class Places:
    def place(self, e):
        f = self.place_table.get(e.__class__)
        if f is not None:
            return f(e)
        extending = self.frame.extending
        if extending is not None and e in extending[0]:
            tmp = [self.eval(e)]
            extending[1].append(tmp)  # `let x = &temp();`: lives to the end of the block
            return tmp, 0
        return self.materialize(self.eval(e))

    def materialize(self, v):
        tmp = [v]
        self.frame.temps.append(tmp)
        return tmp, 0

    def place_Paren(self, e):
        return self.place(e.expr)

    def place_PathExpr(self, e):
        name = self.local_names.get(e, e)
        if name is e:
            name = self.local_name(e)
        if name is not None:
            slot = self.frame.vars.get(name)
            if slot is not None:
                return slot, 0
        static = self.static_slot(e)
        if static is not None:
            return static, 0
        return self.materialize(self.path_value(e))

    def place_Field(self, e):
        lst, idx = self.place(e.base)
        v = lst[idx]
        name = e.ident.name
        while True:
            c = v.__class__
            if c is StructV:
                i = v.adt.field_index.get(name)
                if i is None:
                    raise AssertionError(f"interpreter bug: no field {name} in {v.adt.name}")
                return v.items, i
            if c is TupleV:
                return v.items, int(name)
            if c is RangeV:  # `r.start` / `r.end`
                return self.materialize(getattr(v, name))
            lst, idx = self.deref_place(lst, idx)
            v = lst[idx]

    def deref_place(self, lst, idx):
        """The place `*place` for a pointer or smart pointer value at (lst, idx)."""
        v = lst[idx]
        c = v.__class__
        if c is Ptr:
            return v.lst, v.idx
        if c is BoxV:
            return v.items, 0
        if c is RcV:
            return v.alloc.items, 0
        if c is GuardV:
            return v.cell.items, 0
        if c is RString:
            return self.materialize(v.s)
        if c is VecV or c is ArrayV:
            return self.materialize(SliceV(v.items, 0, len(v.items), True))
        if c is StructV:
            m = self.program.method(v.adt.name, "deref")
            if m is not None:
                p = self.call_fn(m.fn, [], m.owner, Ptr(lst, idx))
                return p.lst, p.idx
        raise AssertionError(f"interpreter bug: cannot deref {v!r}")

    def place_Unary(self, e):
        if e.op != "*":
            return self.materialize(self.eval(e))
        lst, idx = self.place(e.operand)
        return self.deref_place(lst, idx)

    def place_Index(self, e):
        base = e.base
        f = self.place_table.get(base.__class__)
        lst, idx = f(base) if f is not None else self.place(base)
        index = e.index
        i = self.eval_table[index.__class__](index)
        if i.__class__ is not int:
            i = self.deref_all(i)
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
            if c is MapV:
                entry = v.d.get(self.hash_key(i))
                if entry is None:
                    raise RustPanic("no entry found for key",
                                    self.index_span(e, True))
                return entry, 1
            if c is StructV:
                m = self.program.method(v.adt.name, "index")
                if m is not None:
                    p = self.call_fn(m.fn, [i], m.owner, Ptr(lst, idx))
                    return p.lst, p.idx
            lst, idx = self.deref_place(lst, idx)

    def maybe_slice(self, e, mutable: bool):
        """`v[a..b]` as a value: the SliceV / str of the range, or None if not a range."""
        if e.index.__class__ is not ast.Range:
            return None
        lst, idx = self.place(e.base)
        rng = self.eval(e.index)
        return self.slice_of(lst, idx, rng, mutable, e)

    def slice_of(self, lst, idx, rng: RangeV, mutable: bool, e):
        while True:
            v = lst[idx]
            c = v.__class__
            if c is VecV or c is ArrayV:
                return self.check_slice(v.items, 0, len(v.items), rng, mutable, e)
            if c is SliceV:
                return self.check_slice(v.lst, v.lo, v.hi, rng, mutable, e)
            if c is RString or c is str:
                return self.str_slice(v.s if c is RString else v, rng, e)
            lst, idx = self.deref_place(lst, idx)

    def check_slice(self, items, lo, hi, rng, mutable, e):
        n = hi - lo
        start = rng.start if rng.start is not None else 0
        end = rng.end if rng.end is not None else n
        shown_end = end
        if rng.inclusive:
            if end == (1 << 64) - 1:
                raise RustPanic("attempted to index slice up to maximum usize", self.index_span(e, True))
            end += 1
        if start > n:
            raise RustPanic(f"range start index {start} out of range for slice of length {n}",
                            self.index_span(e, True))
        if end > n:
            raise RustPanic(f"range end index {shown_end} out of range for slice of length {n}",
                            self.index_span(e, True))
        if start > end:
            raise RustPanic(f"slice index starts at {start} but ends at {end}", self.index_span(e, True))
        return SliceV(items, lo + start, lo + end, mutable)

    def index_span(self, e, overloaded: bool):
        """Where an index panic is reported: the whole `a[i]` for built-in array/slice
        indexing, from the `[` on for an `Index` impl (Vec, str, ranges, maps), as rustc."""
        if not overloaded or e.__class__ is not ast.Index:
            return e.span
        data = self.file.data
        pos = data.find(b"[", e.base.span.hi, e.span.hi)
        return e.span if pos < 0 else Span(pos, e.span.hi)

    def str_slice(self, s: str, rng, e) -> str:
        data = s.encode("utf-8")
        n = len(data)
        start = rng.start if rng.start is not None else 0
        end = rng.end if rng.end is not None else n
        if rng.inclusive:
            end += 1
        shown = s if len(s) <= 256 else s[:256]  # rustc truncates long strings too
        dots = "" if len(s) <= 256 else "[...]"
        span = self.index_span(e, True)
        for which, b in (("start", start), ("end", end)):
            if b > n:
                raise RustPanic(f"{which} byte index {b} is out of bounds of `{shown}`{dots}", span)
        if start > end:
            raise RustPanic(f"begin > end ({start} > {end}) when slicing `{shown}`{dots}", span)
        for which, b in (("start", start), ("end", end)):
            if 0 < b < n and (data[b] & 0xC0) == 0x80:
                cs = b
                while (data[cs] & 0xC0) == 0x80:
                    cs -= 1
                ce = cs + 1
                while ce < n and (data[ce] & 0xC0) == 0x80:
                    ce += 1
                ch = data[cs:ce].decode("utf-8")
                raise RustPanic(f"{which} byte index {b} is not a char boundary; it is inside '{ch}' "
                                f"(bytes {cs}..{ce}) of `{shown}`{dots}", span)
        return data[start:end].decode("utf-8")

    def static_slot(self, e):
        """The slot of a `static` item (statics are places; consts are values)."""
        segs = e.path.segments
        item = self.program.consts.get(segs[-1].ident.name)
        if item is None or item.__class__ is not ast.Static:
            return None
        slot = self.const_cache.get(item)
        if slot is None:
            slot = self.const_cache[item] = [self.eval(item.value)]
        return slot
