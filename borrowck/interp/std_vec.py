"""`Vec`, arrays, slices, `VecDeque` and `BinaryHeap` methods (panic messages as std's)."""
from __future__ import annotations

import functools

from .signals import RustPanic
from .std_enums import err, none, ok, some
from .std_iter import STOP, SeqIter, ValuesIter, drain_iter
from .std_registry import assoc, method
from .values import UNIT, ArrayV, Ptr, RangeV, RString, SliceV, TupleV, VecV

SEQ = ("Vec", "[array]", "[slice]", "VecDeque", "BinaryHeap")
VEC = ("Vec", "VecDeque")


def _seq(v):
    if v.__class__ is SliceV:
        return v.lst, v.lo, v.hi
    return v.items, 0, len(v.items)


def _vals(v) -> list:
    lst, lo, hi = _seq(v)
    return lst[lo:hi]


def _span(e):
    return e.method.span if hasattr(e, "method") else e.span


@method(SEQ, "len")
def seq__len(it, recv, args, e):
    lst, lo, hi = _seq(recv)
    return hi - lo


@method(SEQ)
def is_empty(it, recv, args, e):
    lst, lo, hi = _seq(recv)
    return hi == lo


@method(SEQ)
def iter(it, recv, args, e):
    lst, lo, hi = _seq(recv)
    return SeqIter(lst, lo, hi, "ref")


@method(SEQ)
def iter_mut(it, recv, args, e):
    lst, lo, hi = _seq(recv)
    return SeqIter(lst, lo, hi, "mut")


@method(SEQ, mode="value")
def into_iter(it, recv, args, e):
    return it.into_iter(recv, e)


def _index(it, recv, i, mutable):
    lst, lo, hi = _seq(recv)
    if i.__class__ is RangeV:
        start = i.start or 0
        end = (i.end + (1 if i.inclusive else 0)) if i.end is not None else hi - lo
        if start > end or end > hi - lo:
            return none()
        return some(SliceV(lst, lo + start, lo + end, mutable))
    if 0 <= i < hi - lo:
        return some(Ptr(lst, lo + i, mutable))
    return none()


@method(SEQ)
def get(it, recv, args, e):
    return _index(it, recv, it.deref_all(args[0]), False)


@method(SEQ)
def get_mut(it, recv, args, e):
    return _index(it, recv, it.deref_all(args[0]), True)


@method(SEQ)
def first(it, recv, args, e):
    lst, lo, hi = _seq(recv)
    return some(Ptr(lst, lo)) if hi > lo else none()


@method(SEQ)
def last(it, recv, args, e):
    lst, lo, hi = _seq(recv)
    return some(Ptr(lst, hi - 1)) if hi > lo else none()


@method(SEQ)
def first_mut(it, recv, args, e):
    lst, lo, hi = _seq(recv)
    return some(Ptr(lst, lo, True)) if hi > lo else none()


@method(SEQ)
def last_mut(it, recv, args, e):
    lst, lo, hi = _seq(recv)
    return some(Ptr(lst, hi - 1, True)) if hi > lo else none()


@method(SEQ)
def split_first(it, recv, args, e):
    lst, lo, hi = _seq(recv)
    return some(TupleV([Ptr(lst, lo), SliceV(lst, lo + 1, hi)])) if hi > lo else none()


@method(SEQ)
def split_last(it, recv, args, e):
    lst, lo, hi = _seq(recv)
    return some(TupleV([Ptr(lst, hi - 1), SliceV(lst, lo, hi - 1)])) if hi > lo else none()


@method(SEQ)
def contains(it, recv, args, e):
    x = args[0]
    return any(it.values_eq(y, x) for y in _vals(recv))


@method(SEQ)
def starts_with(it, recv, args, e):
    a, b = _vals(recv), _vals(it.deref_all(args[0]))
    return len(b) <= len(a) and all(it.values_eq(x, y) for x, y in zip(a, b))


@method(SEQ)
def ends_with(it, recv, args, e):
    a, b = _vals(recv), _vals(it.deref_all(args[0]))
    return len(b) <= len(a) and all(it.values_eq(x, y) for x, y in zip(a[len(a) - len(b):], b))


def _search(vals, order):
    """std's branch-free binary search: no early exit on Equal, so with duplicates it finds
    the same index (and calls the closure as often, in the same order) as std."""
    size = len(vals)
    if size == 0:
        return False, 0
    base = 0
    while size > 1:
        half = size // 2
        if order(vals[base + half]) <= 0:
            base += half
        size -= half
    c = order(vals[base])
    return c == 0, base + (c < 0)


def _result(found_at):
    found, i = found_at
    return ok(i) if found else err(i)


@method(SEQ)
def binary_search(it, recv, args, e):
    return _result(_search(_vals(recv), lambda a: it.cmp(a, args[0])))


@method(SEQ)
def binary_search_by(it, recv, args, e):
    f = args[0]
    return _result(_search(_vals(recv), lambda a: it.call_value(f, [Ptr([a], 0)]).variant.discriminant))


@method(SEQ)
def binary_search_by_key(it, recv, args, e):
    b, f = args
    return _result(_search(_vals(recv), lambda a: it.cmp(it.call_value(f, [Ptr([a], 0)]), b)))


@method(SEQ)
def partition_point(it, recv, args, e):
    f = args[0]
    return _search(_vals(recv), lambda a: -1 if it.call_value(f, [Ptr([a], 0)]) else 1)[1]


def _sort(it, recv, key):
    lst, lo, hi = _seq(recv)
    part = lst[lo:hi]
    part.sort(key=key)
    lst[lo:hi] = part
    return UNIT


@method(SEQ)
def sort(it, recv, args, e):
    return _sort(it, recv, functools.cmp_to_key(it.cmp))


@method(SEQ)
def sort_unstable(it, recv, args, e):
    return _sort(it, recv, functools.cmp_to_key(it.cmp))


@method(SEQ)
def sort_by(it, recv, args, e):
    f = args[0]
    return _sort(it, recv, functools.cmp_to_key(
        lambda a, b: it.call_value(f, [Ptr([a], 0), Ptr([b], 0)]).variant.discriminant))


@method(SEQ)
def sort_unstable_by(it, recv, args, e):
    return sort_by(it, recv, args, e)


def _select_nth(it, recv, index, key, e):
    lst, lo, hi = _seq(recv)
    if index >= hi - lo:
        raise RustPanic(f"partition_at_index index {index} greater than length of slice {hi - lo}", _span(e))
    _sort(it, recv, key)  # a full sort is one valid partition
    m = lo + index
    return TupleV([SliceV(lst, lo, m, True), Ptr(lst, m), SliceV(lst, m + 1, hi, True)])


@method(SEQ)
def select_nth_unstable(it, recv, args, e):
    return _select_nth(it, recv, args[0], functools.cmp_to_key(it.cmp), e)


@method(SEQ)
def select_nth_unstable_by(it, recv, args, e):
    f = args[1]
    return _select_nth(it, recv, args[0], functools.cmp_to_key(
        lambda a, b: it.call_value(f, [Ptr([a], 0), Ptr([b], 0)]).variant.discriminant), e)


def _by_key(it, f):
    cache = {}

    def key_of(a):
        k = cache.get(id(a))
        if k is None:
            k = cache[id(a)] = it.call_value(f, [Ptr([a], 0)])
        return k
    return functools.cmp_to_key(lambda a, b: it.cmp(key_of(a), key_of(b)))


@method(SEQ)
def sort_by_key(it, recv, args, e):
    return _sort(it, recv, _by_key(it, args[0]))


@method(SEQ)
def sort_unstable_by_key(it, recv, args, e):
    return _sort(it, recv, _by_key(it, args[0]))


@method(SEQ)
def sort_by_cached_key(it, recv, args, e):
    return _sort(it, recv, _by_key(it, args[0]))


@method(SEQ)
def is_sorted(it, recv, args, e):
    v = _vals(recv)
    return all(it.cmp(v[i], v[i + 1]) <= 0 for i in range(len(v) - 1))


@method(SEQ)
def reverse(it, recv, args, e):
    lst, lo, hi = _seq(recv)
    lst[lo:hi] = lst[lo:hi][::-1]
    return UNIT


@method(SEQ)
def swap(it, recv, args, e):
    lst, lo, hi = _seq(recv)
    a, b = args
    for i in (a, b):
        if not (0 <= i < hi - lo):
            raise RustPanic(f"index out of bounds: the len is {hi - lo} but the index is {i}", _span(e))
    lst[lo + a], lst[lo + b] = lst[lo + b], lst[lo + a]
    return UNIT


@method(SEQ)
def fill(it, recv, args, e):
    lst, lo, hi = _seq(recv)
    for i in range(lo, hi):
        lst[i] = it.clone(args[0])
    return UNIT


@method(SEQ)
def rotate_left(it, recv, args, e):
    lst, lo, hi = _seq(recv)
    k = args[0]
    part = lst[lo:hi]
    lst[lo:hi] = part[k:] + part[:k]
    return UNIT


@method(SEQ)
def rotate_right(it, recv, args, e):
    lst, lo, hi = _seq(recv)
    k = args[0]
    part = lst[lo:hi]
    lst[lo:hi] = part[len(part) - k:] + part[:len(part) - k]
    return UNIT


def _windows(it, recv, n, step, exact, e):
    if n == 0:
        raise RustPanic("window size must be non-zero" if step == 1 else "chunk size must be non-zero", _span(e))
    lst, lo, hi = _seq(recv)
    out = []
    if step == 1:
        for i in range(lo, hi - n + 1):
            out.append(SliceV(lst, i, i + n))
    else:
        for i in range(lo, hi, n):
            if exact and i + n > hi:
                break
            out.append(SliceV(lst, i, min(i + n, hi)))
    return ValuesIter(out)


@method(SEQ)
def split(it, recv, args, e):
    """Subslices separated by elements matching the predicate (separators excluded)."""
    lst, lo, hi = _seq(recv)
    out, start = [], lo
    for i in range(lo, hi):
        if it.call_value(args[0], [Ptr(lst, i)]):
            out.append(SliceV(lst, start, i))
            start = i + 1
    out.append(SliceV(lst, start, hi))
    return ValuesIter(out)


@method(SEQ)
def windows(it, recv, args, e):
    return _windows(it, recv, args[0], 1, False, e)


@method(SEQ)
def chunks(it, recv, args, e):
    return _windows(it, recv, args[0], args[0], False, e)


@method(SEQ)
def chunks_exact(it, recv, args, e):
    chunks = _windows(it, recv, args[0], args[0], True, e)
    lst, lo, hi = _seq(recv)
    return ChunksExactIter(chunks.vals, SliceV(lst, hi - (hi - lo) % args[0], hi))


class ChunksExactIter(ValuesIter):
    """`chunks_exact(n)`: the chunks, and the tail shorter than n (`remainder()`)."""

    __slots__ = ("rem",)

    def __init__(self, vals, rem):
        super().__init__(vals)
        self.rem = rem

    def clone_iter(self, interp):
        c = ChunksExactIter(self.vals, self.rem)
        c.lo, c.hi = self.lo, self.hi
        return c


@method("Iterator")
def iter__remainder(it, recv, args, e):
    if recv.__class__ is not ChunksExactIter:
        from .signals import Unsupported
        raise Unsupported("method `remainder` on this iterator", e.span)
    return recv.rem


@method(SEQ)
def chunks_mut(it, recv, args, e):
    out = _windows(it, recv, args[0], args[0], False, e)
    for s in out.vals:
        s.mutable = True
    return out


@method(SEQ)
def split_at(it, recv, args, e):
    lst, lo, hi = _seq(recv)
    m = args[0]
    if m > hi - lo:
        raise RustPanic("mid > len", _span(e))
    return TupleV([SliceV(lst, lo, lo + m), SliceV(lst, lo + m, hi)])


@method(SEQ)
def split_at_mut(it, recv, args, e):
    lst, lo, hi = _seq(recv)
    m = args[0]
    if m > hi - lo:
        raise RustPanic("mid > len", _span(e))
    return TupleV([SliceV(lst, lo, lo + m, True), SliceV(lst, lo + m, hi, True)])


@method(SEQ)
def to_vec(it, recv, args, e):
    return VecV([it.clone(x) for x in _vals(recv)])


@method(SEQ)
def into_vec(it, recv, args, e):
    return VecV(_vals(recv))


@method(SEQ)
def concat(it, recv, args, e):
    vals = [it.deref_all(x) for x in _vals(recv)]
    if vals and vals[0].__class__ in (str, RString):
        return RString("".join(it.text_of(x) for x in vals))
    out = []
    for v in vals:
        out.extend(it.clone(x) for x in _vals(v))
    return VecV(out)


@method(SEQ)
def join(it, recv, args, e):
    vals = [it.deref_all(x) for x in _vals(recv)]
    sep = it.deref_all(args[0])
    if vals and vals[0].__class__ in (str, RString) or not vals and sep.__class__ in (str, RString):
        return RString(it.text_of(sep).join(it.text_of(x) for x in vals))
    seq_sep = sep.__class__ in (VecV, ArrayV, SliceV)  # `join(&[0][..])` vs one element `join(&0)`
    out = []
    for i, v in enumerate(vals):
        if i:
            out.extend(_vals(sep) if seq_sep else [it.clone(sep)])
        out.extend(it.clone(x) for x in _vals(v))
    return VecV(out)


@method(SEQ)
def copy_from_slice(it, recv, args, e):
    lst, lo, hi = _seq(recv)
    src = _vals(it.deref_all(args[0]))
    if len(src) != hi - lo:
        raise RustPanic(f"source slice length ({len(src)}) does not match destination slice length ({hi - lo})",
                        _span(e))
    lst[lo:hi] = list(src)
    return UNIT


@method(SEQ)
def clone_from_slice(it, recv, args, e):
    return copy_from_slice(it, recv, args, e)


@method(SEQ)
def as_slice(it, recv, args, e):
    lst, lo, hi = _seq(recv)
    return SliceV(lst, lo, hi)


@method(SEQ)
def as_mut_slice(it, recv, args, e):
    lst, lo, hi = _seq(recv)
    return SliceV(lst, lo, hi, True)


@method(SEQ, "repeat")
def seq_repeat(it, recv, args, e):
    return VecV([it.clone(x) for _ in range(args[0]) for x in _vals(recv)])


@method(SEQ, "map")
def array_map(it, recv, args, e):
    return ArrayV([it.call_value(args[0], [x]) for x in _vals(recv)])


# ── Vec (owned, growable) ──

@method(VEC)
def push(it, recv, args, e):
    if recv.kind == "BinaryHeap":
        return heap_push(it, recv, args, e)
    recv.items.append(args[0])
    return UNIT


@method(VEC)
def pop(it, recv, args, e):
    if recv.kind == "BinaryHeap":
        return heap_pop(it, recv, args, e)
    return some(recv.items.pop()) if recv.items else none()


@method(VEC)
def insert(it, recv, args, e):
    i, v = args
    n = len(recv.items)
    if i > n:
        raise RustPanic(f"insertion index (is {i}) should be <= len (is {n})", _span(e))
    recv.items.insert(i, v)
    return UNIT


@method(VEC)
def remove(it, recv, args, e):
    i = args[0]
    n = len(recv.items)
    if recv.kind == "VecDeque":
        return some(recv.items.pop(i)) if i < n else none()
    if i >= n:
        raise RustPanic(f"removal index (is {i}) should be < len (is {n})", _span(e))
    return recv.items.pop(i)


@method(VEC)
def swap_remove(it, recv, args, e):
    i = args[0]
    n = len(recv.items)
    if i >= n:
        raise RustPanic(f"swap_remove index (is {i}) should be < len (is {n})", _span(e))
    v = recv.items[i]
    recv.items[i] = recv.items[-1]
    recv.items.pop()
    return v


@method(VEC)
def clear(it, recv, args, e):
    old = recv.items[:]
    del recv.items[:]
    it.drop_items(old)
    return UNIT


@method(VEC)
def truncate(it, recv, args, e):
    old = recv.items[args[0]:]
    del recv.items[args[0]:]
    it.drop_items(old)
    return UNIT


@method(VEC)
def extend(it, recv, args, e):
    src = it.into_iter(args[0], e)
    recv.items.extend(drain_iter(src))
    return UNIT


@method(VEC)
def extend_from_slice(it, recv, args, e):
    recv.items.extend(it.clone(x) for x in _vals(it.deref_all(args[0])))
    return UNIT


@method(VEC)
def append(it, recv, args, e):
    other = it.deref_all(args[0])
    recv.items.extend(other.items)
    del other.items[:]
    return UNIT


@method(VEC)
def drain(it, recv, args, e):
    r = args[0]
    n = len(recv.items)
    start = r.start or 0
    end = (r.end + (1 if r.inclusive else 0)) if r.end is not None else n
    if end > n:
        raise RustPanic(f"range end index {end} out of range for slice of length {n}", _span(e))
    out = recv.items[start:end]
    del recv.items[start:end]
    return SeqIter(out, 0, len(out), "value")


@method(VEC)
def retain(it, recv, args, e):
    keep, gone = [], []
    for x in recv.items:
        (keep if it.call_value(args[0], [Ptr([x], 0)]) else gone).append(x)
    recv.items[:] = keep
    it.drop_items(gone)
    return UNIT


@method(VEC)
def retain_mut(it, recv, args, e):
    keep = []
    for i in range(len(recv.items)):
        if it.call_value(args[0], [Ptr(recv.items, i, True)]):
            keep.append(recv.items[i])
    recv.items[:] = keep
    return UNIT


@method(VEC)
def dedup(it, recv, args, e):
    out = []
    for x in recv.items:
        if not out or not it.values_eq(out[-1], x):
            out.append(x)
    recv.items[:] = out
    return UNIT


@method(VEC)
def dedup_by_key(it, recv, args, e):
    out, last = [], None
    for x in recv.items:
        k = it.call_value(args[0], [Ptr([x], 0, True)])
        if not out or not it.values_eq(last, k):
            out.append(x)
        last = k
    recv.items[:] = out
    return UNIT


@method(VEC)
def split_off(it, recv, args, e):
    tail = recv.items[args[0]:]
    del recv.items[args[0]:]
    return VecV(tail, recv.kind)


@method(VEC)
def resize(it, recv, args, e):
    n, v = args
    if n < len(recv.items):
        return truncate(it, recv, [n], e)
    recv.items.extend(it.clone(v) for _ in range(n - len(recv.items)))
    return UNIT


@method(VEC)
def capacity(it, recv, args, e):
    return len(recv.items)


@method(VEC)
def reserve(it, recv, args, e):
    return UNIT


@method(VEC)
def shrink_to_fit(it, recv, args, e):
    return UNIT


@method(VEC)
def into_boxed_slice(it, recv, args, e):
    return recv


@method(VEC)
def push_back(it, recv, args, e):
    recv.items.append(args[0])
    return UNIT


@method(VEC)
def push_front(it, recv, args, e):
    recv.items.insert(0, args[0])
    return UNIT


@method(VEC)
def pop_back(it, recv, args, e):
    return some(recv.items.pop()) if recv.items else none()


@method(VEC)
def pop_front(it, recv, args, e):
    return some(recv.items.pop(0)) if recv.items else none()


@method(VEC)
def front(it, recv, args, e):
    return some(Ptr(recv.items, 0)) if recv.items else none()


@method(VEC)
def back(it, recv, args, e):
    return some(Ptr(recv.items, len(recv.items) - 1)) if recv.items else none()


@method(VEC)
def front_mut(it, recv, args, e):
    return some(Ptr(recv.items, 0, True)) if recv.items else none()


@method(VEC)
def back_mut(it, recv, args, e):
    return some(Ptr(recv.items, len(recv.items) - 1, True)) if recv.items else none()


@method(VEC)
def make_contiguous(it, recv, args, e):
    return SliceV(recv.items, 0, len(recv.items), True)


# ── BinaryHeap: a max-heap kept as a list, popped by maximum ──

@method("BinaryHeap", "push")
def heap_push(it, recv, args, e):
    recv.items.append(args[0])
    return UNIT


@method("BinaryHeap", "pop")
def heap_pop(it, recv, args, e):
    if not recv.items:
        return none()
    best = 0
    for i in range(1, len(recv.items)):
        if it.cmp(recv.items[i], recv.items[best]) > 0:
            best = i
    return some(recv.items.pop(best))


@method("BinaryHeap")
def peek(it, recv, args, e):
    if not recv.items:
        return none()
    best = 0
    for i in range(1, len(recv.items)):
        if it.cmp(recv.items[i], recv.items[best]) > 0:
            best = i
    return some(Ptr(recv.items, best))


@method("BinaryHeap", mode="value")
def into_sorted_vec(it, recv, args, e):
    items = list(recv.items)
    it.sort_list(items)
    return VecV(items)


@assoc("Vec", "new")
@assoc("VecDeque", "new")
@assoc("BinaryHeap", "new")
def vec_new(it, args, e):
    name = e.func.path.segments[-2].ident.name if hasattr(e, "func") else "Vec"
    return VecV([], name if name in ("VecDeque", "BinaryHeap") else "Vec")


@assoc("Vec", "with_capacity")
@assoc("VecDeque", "with_capacity")
def vec_with_capacity(it, args, e):
    return vec_new(it, [], e)


@assoc("Vec", "from")
@assoc("VecDeque", "from")
@assoc("BinaryHeap", "from")
def vec_from(it, args, e):
    name = e.func.path.segments[-2].ident.name if hasattr(e, "func") else "Vec"
    v = it.deref_all(args[0])
    if v.__class__ in (str, RString):
        return VecV(list(it.text_of(v).encode("utf-8")))
    items = _vals(v)
    if v.__class__ is SliceV:
        items = [it.clone(x) for x in items]
    return VecV(list(items), name)


@assoc("iter", "repeat")
def iter_repeat(it, args, e):
    from .std_iter import RIter

    class Repeat(RIter):
        def nxt(self):
            return it.clone(args[0])

        back = nxt  # the same element from either end
    return Repeat()


@assoc("iter", "once")
def iter_once(it, args, e):
    return ValuesIter([args[0]])


@assoc("iter", "empty")
def iter_empty(it, args, e):
    return ValuesIter([])


@assoc("iter", "from_fn")
def iter_from_fn(it, args, e):
    from .std_iter import FnIter
    return FnIter(it, args[0])


@assoc("iter", "successors")
def iter_successors(it, args, e):
    from .std_iter import RIter

    class Successors(RIter):
        def __init__(self):
            self.next_v = args[0]

        def nxt(self):
            cur = self.next_v
            if cur.variant.name != "Some":
                return STOP
            v = cur.items[0]
            self.next_v = it.call_value(args[1], [Ptr([v], 0)])
            return v
    return Successors()
