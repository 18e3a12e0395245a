"""Iterators: lazy adapter objects with Rust's semantics, and the Iterator methods.

Every iterator has `nxt()` returning the next item or STOP; double-ended ones also have
`back()`. Adapters pull from their source only when pulled themselves, so side effects in
closures interleave exactly as in Rust (`map` then `for` prints item by item).
"""
from __future__ import annotations

from .signals import RustPanic, StdLocation, Unsupported
from .std_enums import none, some
from .std_registry import method
from .values import MOVED, UNIT, Char, ClosureV, EnumV, F32, Ptr, RangeV, TupleV, VecV


class Stop:
    __slots__ = ()


STOP = Stop()


class RIter:
    type_key = "Iterator"

    def nxt(self):
        raise NotImplementedError

    def back(self):
        raise Unsupported("this iterator is not double-ended")

    def size(self):
        return None

    def drop_glue(self, interp):
        """An adapter owns its source iterator(s) and closures: dropping it drops them."""
        cls = type(self)
        names = cls.__dict__.get("owned_slots")
        if names is None:  # once per class
            names = tuple(n for n in getattr(cls, "__slots__", ()) if n in _OWNING)
            cls.owned_slots = names
        for name in names:
            v = getattr(self, name, None)
            if isinstance(v, RIter) or v.__class__ is ClosureV:
                interp.drop_value(v)


_OWNING = frozenset(("src", "a", "b", "cur", "orig", "f"))  # slots that may hold what an adapter owns


class BorrowedIter(RIter):
    """`it.by_ref()` / an adapter over `&mut it`: pulls from `it`, owns nothing."""

    __slots__ = ("src",)

    def __init__(self, src):
        self.src = src

    def nxt(self):
        return self.src.nxt()

    def back(self):
        return self.src.back()

    def size(self):
        return self.src.size()

    def drop_glue(self, interp):
        pass

    def __getattr__(self, name):  # `peek`, `remainder`... of the iterator it borrows
        return getattr(self.src, name)


class SeqIter(RIter):
    """Over list[lo:hi]: mode "ref" yields &T, "mut" &mut T, "value" moves items out."""

    __slots__ = ("lst", "lo", "hi", "mode")

    def __init__(self, lst, lo, hi, mode):
        self.lst, self.lo, self.hi, self.mode = lst, lo, hi, mode

    def nxt(self):
        if self.lo >= self.hi:
            return STOP
        i = self.lo
        self.lo = i + 1
        return self._item(i)

    def back(self):
        if self.lo >= self.hi:
            return STOP
        self.hi -= 1
        return self._item(self.hi)

    def _item(self, i):
        m = self.mode
        if m == "ref":
            return Ptr(self.lst, i, False)
        if m == "mut":
            return Ptr(self.lst, i, True)
        v = self.lst[i]
        self.lst[i] = MOVED
        return v

    def size(self):
        return self.hi - self.lo

    def drop_glue(self, interp):
        if self.mode == "value":
            interp.drop_items(self.lst[self.lo:self.hi])
            for i in range(self.lo, self.hi):
                self.lst[i] = MOVED

    def clone_iter(self, interp):
        if self.mode == "value":
            return SeqIter([interp.clone(x) for x in self.lst[self.lo:self.hi]], 0, self.hi - self.lo, "value")
        return SeqIter(self.lst, self.lo, self.hi, self.mode)


class ValuesIter(RIter):
    """Over a Python list of fresh values (split pieces, chars, map entries...)."""

    __slots__ = ("vals", "lo", "hi")

    def __init__(self, vals):
        self.vals, self.lo, self.hi = vals, 0, len(vals)

    def nxt(self):
        if self.lo >= self.hi:
            return STOP
        self.lo += 1
        return self.vals[self.lo - 1]

    def back(self):
        if self.lo >= self.hi:
            return STOP
        self.hi -= 1
        return self.vals[self.hi]

    def size(self):
        return self.hi - self.lo

    def clone_iter(self, interp):
        c = ValuesIter(self.vals)
        c.lo, c.hi = self.lo, self.hi
        return c


class RangeIter(RIter):
    __slots__ = ("cur", "end", "char")

    def __init__(self, start, end, char=False):
        self.cur, self.end, self.char = start, end, char  # end exclusive; None = unbounded

    def nxt(self):
        c = self.cur
        if self.end is not None and c >= self.end:
            return STOP
        self.cur = c + 1
        return Char(chr(c)) if self.char else c

    def back(self):
        if self.cur >= self.end:
            return STOP
        self.end -= 1
        return Char(chr(self.end)) if self.char else self.end

    def size(self):
        return max(0, self.end - self.cur) if self.end is not None else None

    def clone_iter(self, interp):
        return RangeIter(self.cur, self.end, self.char)


def range_iter(r: RangeV) -> RangeIter:
    start, end = r.start, r.end
    char = start.__class__ is Char
    s = ord(start) if char else start
    if end is None:
        return RangeIter(s, None, char)
    e = ord(end) if char else end
    return RangeIter(s, e + 1 if r.inclusive else e, char)


class MapIter(RIter):
    __slots__ = ("src", "f", "interp")

    def __init__(self, interp, src, f):
        self.interp, self.src, self.f = interp, src, f

    def nxt(self):
        x = self.src.nxt()
        return x if x is STOP else self.interp.call_value(self.f, [x])

    def back(self):
        x = self.src.back()
        return x if x is STOP else self.interp.call_value(self.f, [x])

    def size(self):
        return self.src.size()


class FilterIter(RIter):
    __slots__ = ("src", "f", "interp")

    def __init__(self, interp, src, f):
        self.interp, self.src, self.f = interp, src, f

    def nxt(self):
        while True:
            x = self.src.nxt()
            if x is STOP or self.interp.call_value(self.f, [Ptr([x], 0)]):
                return x

    def back(self):
        while True:
            x = self.src.back()
            if x is STOP or self.interp.call_value(self.f, [Ptr([x], 0)]):
                return x


class FilterMapIter(RIter):
    __slots__ = ("src", "f", "interp")

    def __init__(self, interp, src, f):
        self.interp, self.src, self.f = interp, src, f

    def nxt(self):
        while True:
            x = self.src.nxt()
            if x is STOP:
                return x
            r = self.interp.call_value(self.f, [x])
            if r.variant.name == "Some":
                return r.items[0]

    def back(self):
        while True:
            x = self.src.back()
            if x is STOP:
                return x
            r = self.interp.call_value(self.f, [x])
            if r.variant.name == "Some":
                return r.items[0]


class EnumerateIter(RIter):
    __slots__ = ("src", "i")

    def __init__(self, src):
        self.src, self.i = src, 0

    def nxt(self):
        x = self.src.nxt()
        if x is STOP:
            return x
        self.i += 1
        return TupleV([self.i - 1, x])

    def back(self):
        n = self.src.size()
        x = self.src.back()
        if x is STOP:
            return x
        return TupleV([self.i + n - 1, x])

    def size(self):
        return self.src.size()


class ZipIter(RIter):
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a, self.b = a, b

    def nxt(self):
        x = self.a.nxt()
        if x is STOP:
            return x
        y = self.b.nxt()
        if y is STOP:
            return y
        return TupleV([x, y])

    def size(self):
        sa, sb = self.a.size(), self.b.size()
        return None if sa is None or sb is None else min(sa, sb)

    def back(self):
        sa, sb = self.a.size(), self.b.size()
        while sa > sb:
            self.a.back()
            sa -= 1
        while sb > sa:
            self.b.back()
            sb -= 1
        x = self.a.back()
        if x is STOP:
            return x
        return TupleV([x, self.b.back()])


class ChainIter(RIter):
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a, self.b = a, b

    def nxt(self):
        if self.a is not None:
            x = self.a.nxt()
            if x is not STOP:
                return x
            self.a = None
        return self.b.nxt()

    def back(self):
        x = self.b.back()
        if x is not STOP:
            return x
        return self.a.back() if self.a is not None else STOP

    def size(self):
        sa = self.a.size() if self.a is not None else 0
        sb = self.b.size()
        return None if sa is None or sb is None else sa + sb


class RevIter(RIter):
    __slots__ = ("src",)

    def __init__(self, src):
        self.src = src

    def nxt(self):
        return self.src.back()

    def back(self):
        return self.src.nxt()

    def size(self):
        return self.src.size()


class TakeIter(RIter):
    __slots__ = ("src", "n")

    def __init__(self, src, n):
        self.src, self.n = src, n

    def nxt(self):
        if self.n <= 0:
            return STOP
        self.n -= 1
        return self.src.nxt()

    def size(self):
        s = self.src.size()
        return self.n if s is None else min(s, self.n)

    def back(self):
        s = self.src.size()  # None: endless (`repeat`), nothing to skip
        while s is not None and s > self.n:
            self.src.back()
            s -= 1
        if self.n <= 0:
            return STOP
        self.n -= 1
        return self.src.back()


class SkipIter(RIter):
    __slots__ = ("src", "n")

    def __init__(self, src, n):
        self.src, self.n = src, n

    def nxt(self):
        while self.n > 0:
            self.n -= 1
            if self.src.nxt() is STOP:
                return STOP
        return self.src.nxt()

    def size(self):
        s = self.src.size()
        return None if s is None else max(0, s - self.n)

    def back(self):
        if self.size() <= 0:
            return STOP
        return self.src.back()


class StepByIter(RIter):
    __slots__ = ("src", "step", "first")

    def __init__(self, src, step):
        self.src, self.step, self.first = src, step, True

    def nxt(self):
        if self.first:
            self.first = False
            return self.src.nxt()
        for _ in range(self.step - 1):
            if self.src.nxt() is STOP:
                return STOP
        return self.src.nxt()

    def _offset(self):
        return 0 if self.first else self.step - 1

    def back(self):
        n = self.src.size()
        if n is None:
            raise Unsupported("`rev()` on this `step_by` iterator")
        off = self._offset()
        if n <= off:
            return STOP
        for _ in range((n - 1 - off) % self.step):
            self.src.back()
        return self.src.back()

    def size(self):
        n = self.src.size()
        if n is None:
            return None
        off = self._offset()
        return 0 if n <= off else (n - 1 - off) // self.step + 1


class WhileIter(RIter):
    """take_while / skip_while / map_while."""

    __slots__ = ("src", "f", "interp", "kind", "done")

    def __init__(self, interp, src, f, kind):
        self.interp, self.src, self.f, self.kind, self.done = interp, src, f, kind, False

    def nxt(self):
        if self.kind == "take":
            if self.done:
                return STOP
            x = self.src.nxt()
            if x is STOP or self.interp.call_value(self.f, [Ptr([x], 0)]):
                return x
            self.done = True
            return STOP
        if self.kind == "skip":
            while not self.done:
                x = self.src.nxt()
                if x is STOP or not self.interp.call_value(self.f, [Ptr([x], 0)]):
                    self.done = True
                    return x
            return self.src.nxt()
        if self.done:
            return STOP
        x = self.src.nxt()
        if x is STOP:
            return x
        r = self.interp.call_value(self.f, [x])
        if r.variant.name == "Some":
            return r.items[0]
        self.done = True
        return STOP


class PeekIter(RIter):
    __slots__ = ("src", "peeked")

    def __init__(self, src):
        self.src, self.peeked = src, None

    def nxt(self):
        if self.peeked is not None:
            p, self.peeked = self.peeked, None
            return p[0]
        return self.src.nxt()

    def peek_slot(self):
        if self.peeked is None:
            self.peeked = [self.src.nxt()]
        return self.peeked

    def size(self):
        s = self.src.size()
        if s is None or self.peeked is None:
            return s
        return s + (0 if self.peeked[0] is STOP else 1)


class FuseIter(RIter):
    """`fuse()`: after the first `None`, always `None` (user iterators may resume)."""

    __slots__ = ("src", "done")

    def __init__(self, src):
        self.src, self.done = src, False

    def nxt(self):
        if self.done:
            return STOP
        x = self.src.nxt()
        self.done = x is STOP
        return x

    def back(self):
        if self.done:
            return STOP
        x = self.src.back()
        self.done = x is STOP
        return x

    def size(self):
        return 0 if self.done else self.src.size()


class FlattenIter(RIter):
    __slots__ = ("interp", "src", "f", "cur", "node")

    def __init__(self, interp, src, f, node):
        self.interp, self.src, self.f, self.cur, self.node = interp, src, f, None, node

    def nxt(self):
        while True:
            if self.cur is not None:
                x = self.cur.nxt()
                if x is not STOP:
                    return x
            y = self.src.nxt()
            if y is STOP:
                return STOP
            if self.f is not None:
                y = self.interp.call_value(self.f, [y])
            self.cur = self.interp.into_iter(y, self.node)


class ClonedIter(RIter):
    __slots__ = ("interp", "src")

    def __init__(self, interp, src):
        self.interp, self.src = interp, src

    def nxt(self):
        x = self.src.nxt()
        return x if x is STOP else self.interp.clone(self.interp.deref_value(x))

    def back(self):
        x = self.src.back()
        return x if x is STOP else self.interp.clone(self.interp.deref_value(x))

    def size(self):
        return self.src.size()


class InspectIter(RIter):
    __slots__ = ("interp", "src", "f")

    def __init__(self, interp, src, f):
        self.interp, self.src, self.f = interp, src, f

    def nxt(self):
        x = self.src.nxt()
        if x is not STOP:
            self.interp.call_value(self.f, [Ptr([x], 0)])
        return x


class ScanIter(RIter):
    __slots__ = ("interp", "src", "state", "f", "done")

    def __init__(self, interp, src, state, f):
        self.interp, self.src, self.state, self.f, self.done = interp, src, [state], f, False

    def nxt(self):
        if self.done:
            return STOP
        x = self.src.nxt()
        if x is STOP:
            return x
        r = self.interp.call_value(self.f, [Ptr(self.state, 0, True), x])
        if r.variant.name == "Some":
            return r.items[0]
        self.done = True
        return STOP


class CycleIter(RIter):
    __slots__ = ("interp", "orig", "cur")

    def __init__(self, interp, src):
        self.interp, self.orig, self.cur = interp, src.clone_iter(interp), src

    def nxt(self):
        x = self.cur.nxt()
        if x is STOP:
            self.cur = self.orig.clone_iter(self.interp)
            x = self.cur.nxt()
        return x


class FnIter(RIter):
    """iter::from_fn / successors / repeat_with: next() calls a closure."""

    __slots__ = ("interp", "f")

    def __init__(self, interp, f):
        self.interp, self.f = interp, f

    def nxt(self):
        r = self.interp.call_value(self.f, [])
        return r.items[0] if r.variant.name == "Some" else STOP


class UserIter(RIter):
    """A user type implementing Iterator: next() calls its `next(&mut self)`."""

    __slots__ = ("interp", "slot")

    def __init__(self, interp, value):
        self.interp, self.slot = interp, [value]

    def nxt(self):
        r = self.interp.call_method_by_name((self.slot, 0), "next", [], None)
        return r.items[0] if r.variant.name == "Some" else STOP

    def _own(self, name: str) -> bool:
        """The user's type defines `name` itself (not std's provided method, which would
        come back here)."""
        from .program import Method
        v = self.slot[0]
        while v.__class__ is Ptr:
            v = v.lst[v.idx]
        return self.interp.find_method(v, name).__class__ is Method

    def back(self):
        if not self._own("next_back"):
            return RIter.back(self)
        r = self.interp.call_method_by_name((self.slot, 0), "next_back", [], None)
        return r.items[0] if r.variant.name == "Some" else STOP

    def size(self):
        """`ExactSizeIterator::len`: the exact bound of the user's `size_hint`."""
        if not self._own("size_hint"):
            return None
        r = self.interp.call_method_by_name((self.slot, 0), "size_hint", [], None)
        hi = r.items[1]
        return hi.items[0] if hi.variant.name == "Some" else None

    def drop_glue(self, interp):
        interp.drop_items(self.slot)


# ───────────────────────── the Iterator methods ─────────────────────────

IT = "Iterator"


def as_iter(interp, v):
    if isinstance(v, RIter):
        return v
    return UserIter(interp, v)


@method(IT)
def iter__next(it, recv, args, e):
    x = as_iter(it, recv).nxt() if isinstance(recv, RIter) else None
    if x is None:
        return it.call_method_by_name(([recv], 0), "next", [], e)
    return none() if x is STOP else some(x)


@method(IT)
def iter__next_back(it, recv, args, e):
    x = recv.back()
    return none() if x is STOP else some(x)


@method(IT)
def iter__peek(it, recv, args, e):
    slot = recv.peek_slot()
    return none() if slot[0] is STOP else some(Ptr(slot, 0))


@method(IT)
def iter__peek_mut(it, recv, args, e):
    slot = recv.peek_slot()
    return none() if slot[0] is STOP else some(Ptr(slot, 0, True))


@method(IT)
def iter__next_if(it, recv, args, e):
    slot = recv.peek_slot()
    if slot[0] is not STOP and it.call_value(args[0], [Ptr(slot, 0)]):
        return some(recv.nxt())
    return none()


@method(IT, mode="consume")
def iter__map(it, recv, args, e):
    return MapIter(it, as_iter(it, recv), args[0])


@method(IT, mode="consume")
def iter__filter(it, recv, args, e):
    return FilterIter(it, as_iter(it, recv), args[0])


@method(IT, mode="consume")
def iter__filter_map(it, recv, args, e):
    return FilterMapIter(it, as_iter(it, recv), args[0])


@method(IT, mode="consume")
def iter__enumerate(it, recv, args, e):
    return EnumerateIter(as_iter(it, recv))


@method(IT, mode="consume")
def iter__zip(it, recv, args, e):
    return ZipIter(as_iter(it, recv), it.into_iter(args[0], e))


@method(IT, mode="consume")
def iter__chain(it, recv, args, e):
    return ChainIter(as_iter(it, recv), it.into_iter(args[0], e))


@method(IT, mode="consume")
def iter__rev(it, recv, args, e):
    return RevIter(as_iter(it, recv))


@method(IT, mode="consume")
def iter__take(it, recv, args, e):
    return TakeIter(as_iter(it, recv), args[0])


@method(IT, mode="consume")
def iter__skip(it, recv, args, e):
    return SkipIter(as_iter(it, recv), args[0])


@method(IT, mode="consume")
def iter__step_by(it, recv, args, e):
    if args[0] == 0:
        raise RustPanic("assertion failed: step != 0", e.method.span)
    return StepByIter(as_iter(it, recv), args[0])


@method(IT, mode="consume")
def iter__take_while(it, recv, args, e):
    return WhileIter(it, as_iter(it, recv), args[0], "take")


@method(IT, mode="consume")
def iter__skip_while(it, recv, args, e):
    return WhileIter(it, as_iter(it, recv), args[0], "skip")


@method(IT, mode="consume")
def iter__map_while(it, recv, args, e):
    return WhileIter(it, as_iter(it, recv), args[0], "map")


@method(IT, mode="consume")
def iter__peekable(it, recv, args, e):
    return PeekIter(as_iter(it, recv))


@method(IT, mode="consume")
def iter__flat_map(it, recv, args, e):
    return FlattenIter(it, as_iter(it, recv), args[0], e)


@method(IT, mode="consume")
def iter__flatten(it, recv, args, e):
    return FlattenIter(it, as_iter(it, recv), None, e)


@method(IT, mode="consume")
def iter__cloned(it, recv, args, e):
    return ClonedIter(it, as_iter(it, recv))


@method(IT, mode="consume")
def iter__copied(it, recv, args, e):
    return ClonedIter(it, as_iter(it, recv))


@method(IT, mode="consume")
def iter__inspect(it, recv, args, e):
    return InspectIter(it, as_iter(it, recv), args[0])


@method(IT, mode="consume")
def iter__scan(it, recv, args, e):
    return ScanIter(it, as_iter(it, recv), args[0], args[1])


@method(IT, mode="consume")
def iter__cycle(it, recv, args, e):
    return CycleIter(it, as_iter(it, recv))


@method(IT)
def iter__by_ref(it, recv, args, e):
    return BorrowedIter(as_iter(it, recv))


@method(IT, "into_iter")
def iter__iter_into_iter(it, recv, args, e):
    return as_iter(it, recv)


@method(IT, "iter")
def iter__iter_iter(it, recv, args, e):
    return as_iter(it, recv)


# ── consumers ──

def drain_iter(src) -> list:
    out = []
    nxt = src.nxt
    while True:
        x = nxt()
        if x is STOP:
            return out
        out.append(x)


@method(IT, mode="spend")
def iter__count(it, recv, args, e):
    n = 0
    src = as_iter(it, recv)
    drop_value = it.drop_value
    while True:
        x = src.nxt()
        if x is STOP:
            return n
        drop_value(x)  # each counted item is dropped as it is pulled
        n += 1


@method(IT, mode="spend")
def iter__last(it, recv, args, e):
    last = STOP
    src = as_iter(it, recv)
    while True:
        x = src.nxt()
        if x is STOP:
            return none() if last is STOP else some(last)
        if last is not STOP:
            it.drop_value(last)  # the one before is dropped when the next arrives
        last = x


@method(IT)
def iter__nth(it, recv, args, e):
    src = as_iter(it, recv)
    for _ in range(args[0]):
        skipped = src.nxt()
        if skipped is STOP:
            return none()
        it.drop_value(skipped)
    x = src.nxt()
    return none() if x is STOP else some(x)


@method(IT)
def iter__len(it, recv, args, e):
    return as_iter(it, recv).size()


@method(IT)
def iter__size_hint(it, recv, args, e):
    s = as_iter(it, recv).size()
    return TupleV([s or 0, some(s) if s is not None else none()])


_ACCUM_RS = "core/src/iter/traits/accum.rs:204:1"  # integer Sum/Product overflow in rustc 1.95


def _numeric_fold(it, items, e, op: str):
    """Integer or float Sum/Product: integers checked against the result type; floats start
    at -0.0 (sum) / 1.0 (product) like std, f32 rounded after every operation."""
    vals = [it.deref_all(x) for x in items]
    first = vals[0].__class__ if vals else None
    if not vals:
        hint = it.expr_type_name(e)
        if hint in ("f64", "f32"):
            v = -0.0 if op == "+" else 1.0
            return F32(v) if hint == "f32" else v
    if first is float or first is F32:
        from .ops import f32
        acc = -0.0 if op == "+" else 1.0
        for x in vals:
            acc = acc + x if op == "+" else acc * x
            if first is F32:
                acc = f32(acc)
        return F32(acc) if first is F32 else float(acc)
    kind = it.int_ty(e)
    acc = 0 if op == "+" else 1
    for x in vals:
        acc = acc + x if op == "+" else acc * x
        if kind is not None:
            from .ops import in_range
            if not in_range(acc, kind):
                raise RustPanic("attempt to add with overflow" if op == "+" else
                                "attempt to multiply with overflow", StdLocation(_ACCUM_RS))
    return acc


def _user_fold(it, items, e, trait: str):
    """`impl Sum for Money` / `impl<'a> Sum<&'a Money> for Money`: the user's `sum`
    (`product`) over the items when the result type is the crate's, else None."""
    from ..syntax import ast
    from .conversions import _all_impls
    target = it.target_of(e)
    if not target or target[0] not in it.program.adts:
        return None
    by_ref = bool(items) and items[0].__class__ is Ptr
    for impl in _all_impls(it.typed.crate.items):
        tr = impl.trait_ref
        if tr is None or tr.segments[-1].ident.name != trait or it.program.impl_key(impl) != target[0]:
            continue
        ga = tr.segments[-1].generic_args
        ref_arg = bool(ga and ga.args) and ga.args[0].__class__ is ast.RefType
        if ref_arg != by_ref and items:
            continue
        for fn in impl.items:
            if fn.__class__ is ast.Fn and fn.ident.name == trait.lower():
                return (it.call_fn(fn, [ValuesIter(items)], target[0]),)
    return None


@method(IT, mode="spend")
def iter__sum(it, recv, args, e):
    items = drain_iter(as_iter(it, recv))
    user = _user_fold(it, items, e, "Sum")
    if user is not None:
        return user[0]
    if items and it.deref_all(items[0]).__class__ is EnumV:
        return _try_fold(it, items, e, "+")
    return _numeric_fold(it, items, e, "+")


@method(IT, mode="spend")
def iter__product(it, recv, args, e):
    items = drain_iter(as_iter(it, recv))
    user = _user_fold(it, items, e, "Product")
    if user is not None:
        return user[0]
    if items and it.deref_all(items[0]).__class__ is EnumV:
        return _try_fold(it, items, e, "*")
    return _numeric_fold(it, items, e, "*")


def _try_fold(it, items, e, op):
    vals = []
    for x in items:
        if x.variant.name in ("None", "Err"):
            return x
        vals.append(x.items[0])
    first = items[0]
    return EnumV(first.adt, first.adt.variants["Some" if first.adt.name == "Option" else "Ok"],
                 [_numeric_fold(it, vals, e, op)])


@method(IT, mode="spend")
def iter__fold(it, recv, args, e):
    acc = args[0]
    f = args[1]
    src = as_iter(it, recv)
    while True:
        x = src.nxt()
        if x is STOP:
            return acc
        acc = it.call_value(f, [acc, x])


@method(IT)
def iter__try_fold(it, recv, args, e):
    acc = args[0]
    f = args[1]
    src = as_iter(it, recv)
    while True:
        x = src.nxt()
        if x is STOP:
            return EnumV(_last_adt(it, e), _last_adt(it, e).variant_list[1 if _last_adt(it, e).name == "Option" else 0], [acc])
        r = it.call_value(f, [acc, x])
        if r.variant.name in ("None", "Err"):
            return r
        acc = r.items[0]


def _last_adt(it, e):
    from .std_enums import OPTION, RESULT
    t = it.expr_type_name(e)
    return OPTION if t == "Option" else RESULT


@method(IT, mode="spend")
def iter__reduce(it, recv, args, e):
    src = as_iter(it, recv)
    acc = src.nxt()
    if acc is STOP:
        return none()
    while True:
        x = src.nxt()
        if x is STOP:
            return some(acc)
        acc = it.call_value(args[0], [acc, x])


@method(IT, mode="spend")
def iter__for_each(it, recv, args, e):
    src = as_iter(it, recv)
    f = args[0]
    while True:
        x = src.nxt()
        if x is STOP:
            return UNIT
        it.call_value(f, [x])


@method(IT)
def iter__any(it, recv, args, e):
    src = as_iter(it, recv)
    while True:
        x = src.nxt()
        if x is STOP:
            return False
        if it.call_value(args[0], [x]):
            return True


@method(IT)
def iter__all(it, recv, args, e):
    src = as_iter(it, recv)
    while True:
        x = src.nxt()
        if x is STOP:
            return True
        if not it.call_value(args[0], [x]):
            return False


@method(IT)
def iter__find(it, recv, args, e):
    src = as_iter(it, recv)
    while True:
        x = src.nxt()
        if x is STOP:
            return none()
        if it.call_value(args[0], [Ptr([x], 0)]):
            return some(x)


@method(IT)
def iter__find_map(it, recv, args, e):
    src = as_iter(it, recv)
    while True:
        x = src.nxt()
        if x is STOP:
            return none()
        r = it.call_value(args[0], [x])
        if r.variant.name == "Some":
            return r


@method(IT)
def iter__position(it, recv, args, e):
    src = as_iter(it, recv)
    i = 0
    while True:
        x = src.nxt()
        if x is STOP:
            return none()
        if it.call_value(args[0], [x]):
            return some(i)
        i += 1


def _extreme(it, items, key, better):
    if not items:
        return none()
    best = items[0]
    bk = key(best)
    for x in items[1:]:
        k = key(x)
        if better(it.cmp_keys(k, bk)):
            best, bk = x, k
    return some(best)


@method(IT, mode="spend")
def iter__max(it, recv, args, e):
    return _extreme(it, drain_iter(as_iter(it, recv)), lambda x: x, lambda c: c >= 0)


@method(IT, mode="spend")
def iter__min(it, recv, args, e):
    return _extreme(it, drain_iter(as_iter(it, recv)), lambda x: x, lambda c: c < 0)


@method(IT, mode="spend")
def iter__max_by_key(it, recv, args, e):
    f = args[0]
    return _extreme(it, drain_iter(as_iter(it, recv)), lambda x: it.call_value(f, [Ptr([x], 0)]),
                    lambda c: c >= 0)


@method(IT, mode="spend")
def iter__min_by_key(it, recv, args, e):
    f = args[0]
    return _extreme(it, drain_iter(as_iter(it, recv)), lambda x: it.call_value(f, [Ptr([x], 0)]),
                    lambda c: c < 0)


@method(IT, mode="spend")
def iter__max_by(it, recv, args, e):
    items = drain_iter(as_iter(it, recv))
    if not items:
        return none()
    best = items[0]
    for x in items[1:]:
        if it.call_value(args[0], [Ptr([x], 0), Ptr([best], 0)]).variant.discriminant >= 0:
            best = x
    return some(best)


@method(IT, mode="spend")
def iter__min_by(it, recv, args, e):
    items = drain_iter(as_iter(it, recv))
    if not items:
        return none()
    best = items[0]
    for x in items[1:]:
        if it.call_value(args[0], [Ptr([x], 0), Ptr([best], 0)]).variant.discriminant < 0:
            best = x
    return some(best)


@method(IT, mode="spend")
def iter__unzip(it, recv, args, e):
    a, b = [], []
    for x in drain_iter(as_iter(it, recv)):
        a.append(x.items[0])
        b.append(x.items[1])
    return TupleV([VecV(a), VecV(b)])


@method(IT, mode="spend")
def iter__partition(it, recv, args, e):
    yes, no = [], []
    for x in drain_iter(as_iter(it, recv)):
        (yes if it.call_value(args[0], [Ptr([x], 0)]) else no).append(x)
    return TupleV([VecV(yes), VecV(no)])


@method(IT, mode="spend")
def iter__collect(it, recv, args, e):
    return it.collect_into(drain_iter(as_iter(it, recv)), it.collect_target(e), e)


@method(IT)
def iter__eq(it, recv, args, e):
    a = drain_iter(as_iter(it, recv))
    b = drain_iter(it.into_iter(args[0], e))
    return len(a) == len(b) and all(it.values_eq(x, y) for x, y in zip_(a, b))


def zip_(a, b):
    return [(a[i], b[i]) for i in range(min(len(a), len(b)))]


@method(IT)
def iter__rposition(it, recv, args, e):
    items = drain_iter(as_iter(it, recv))
    for i in range(len(items) - 1, -1, -1):
        if it.call_value(args[0], [items[i]]):
            return some(i)
    return none()



@method(IT)
def iter__is_sorted(it, recv, args, e):
    v = drain_iter(as_iter(it, recv))
    return all(it.cmp(v[i], v[i + 1]) <= 0 for i in range(len(v) - 1))


@method(IT)
def iter__is_sorted_by_key(it, recv, args, e):
    v = [it.call_value(args[0], [x]) for x in drain_iter(as_iter(it, recv))]
    return all(it.cmp(v[i], v[i + 1]) <= 0 for i in range(len(v) - 1))


@method(IT, mode="consume")
def iter__fuse(it, recv, args, e):
    return FuseIter(as_iter(it, recv))
