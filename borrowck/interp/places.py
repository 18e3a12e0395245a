"""Places: `place(e)` gives (list, index) without moving, through e's compiled code
(compile_place.py). A value expression used where a place is needed (a method receiver,
`&f()`, a match scrutinee) is materialized into a temporary slot of the enclosing
statement. Derefs of smart pointers, and slicing with rustc's panic messages.
"""
from __future__ import annotations

from ..source.span import Span
from ..syntax import ast
from .signals import RustPanic
from .values import BoxV, GuardV, Ptr, RangeV, RcV, RString, SliceV, StructV, VecV, ArrayV


class Places:
    def place(self, e):
        """(list, index) of e as a place, through e's compiled code (compile_place.py)."""
        f = self.place_code.get(e)
        if f is None:
            f = self.compile_place(e)
        return f(self.frame)

    def materialize(self, v):
        tmp = [v]
        self.frame.temps.append(tmp)
        return tmp, 0

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
