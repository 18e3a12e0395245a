"""HashMap / HashSet / BTreeMap / BTreeSet (one MapV representation) and the Entry API.

Iteration order: HashMap/HashSet iterate in insertion order (Rust's is unspecified and
randomized; programs that print it unsorted differ from rustc's run anyway); the BTree
kinds iterate sorted by `Ord`.
"""
from __future__ import annotations

from .std_enums import none, some
from .std_iter import ValuesIter, drain_iter
from .std_registry import assoc, method
from .values import UNIT, MapV, Ptr, TupleV

MAPS = ("HashMap", "BTreeMap")
SETS = ("HashSet", "BTreeSet")
ALL = MAPS + SETS


class EntryV:
    """`map.entry(key)`: the map and the key (moved in)."""

    __slots__ = ("m", "key", "hk")
    type_key = "Entry"

    def __init__(self, m, key, hk):
        self.m, self.key, self.hk = m, key, hk


@assoc("HashMap", "new")
@assoc("BTreeMap", "new")
@assoc("HashSet", "new")
@assoc("BTreeSet", "new")
@assoc("HashMap", "with_capacity")
@assoc("HashSet", "with_capacity")
def map_new(it, args, e):
    target = it.target_of(e)
    vt = target[1][1] if target and len(target) > 1 and len(target[1]) > 1 else None
    return MapV(e.func.path.segments[-2].ident.name, vt)


@assoc("HashMap", "from")
@assoc("BTreeMap", "from")
@assoc("HashSet", "from")
@assoc("BTreeSet", "from")
@assoc("HashMap", "from_iter")
@assoc("BTreeMap", "from_iter")
@assoc("HashSet", "from_iter")
@assoc("BTreeSet", "from_iter")
def map_from(it, args, e):
    kind = e.func.path.segments[-2].ident.name
    return it.collect_into(drain_iter(it.into_iter(args[0], e)), (kind, ()), e)


@method(ALL, "len")
def map__len(it, recv, args, e):
    return len(recv.d)


@method(ALL)
def is_empty(it, recv, args, e):
    return not recv.d


@method(ALL)
def clear(it, recv, args, e):
    old = list(recv.d.values())
    recv.d.clear()
    for kv in old:
        it.drop_items(kv)
    return UNIT


@method(MAPS)
def insert(it, recv, args, e):
    k, v = args
    hk = it.hash_key(k)
    old = recv.d.get(hk)
    if old is not None:
        prev = old[1]
        old[1] = v
        return some(prev)
    recv.d[hk] = [k, v]
    return none()


@method(MAPS)
def get(it, recv, args, e):
    kv = recv.d.get(it.hash_key(args[0]))
    return some(Ptr(kv, 1)) if kv is not None else none()


@method(MAPS)
def get_mut(it, recv, args, e):
    kv = recv.d.get(it.hash_key(args[0]))
    return some(Ptr(kv, 1, True)) if kv is not None else none()


@method(MAPS)
def get_key_value(it, recv, args, e):
    kv = recv.d.get(it.hash_key(args[0]))
    return some(TupleV([Ptr(kv, 0), Ptr(kv, 1)])) if kv is not None else none()


@method(MAPS)
def contains_key(it, recv, args, e):
    return it.hash_key(args[0]) in recv.d


@method(MAPS)
def remove(it, recv, args, e):
    kv = recv.d.pop(it.hash_key(args[0]), None)
    return some(kv[1]) if kv is not None else none()


@method(MAPS)
def remove_entry(it, recv, args, e):
    kv = recv.d.pop(it.hash_key(args[0]), None)
    return some(TupleV(kv)) if kv is not None else none()


@method(MAPS)
def entry(it, recv, args, e):
    return EntryV(recv, args[0], it.hash_key(args[0]))


@method(MAPS)
def keys(it, recv, args, e):
    return ValuesIter([Ptr(kv, 0) for kv in it.map_entries(recv)])


@method(MAPS)
def into_keys(it, recv, args, e):
    return ValuesIter([kv[0] for kv in it.map_entries(recv)])


@method(MAPS)
def values(it, recv, args, e):
    return ValuesIter([Ptr(kv, 1) for kv in it.map_entries(recv)])


@method(MAPS)
def into_values(it, recv, args, e):
    return ValuesIter([kv[1] for kv in it.map_entries(recv)])


@method(MAPS)
def values_mut(it, recv, args, e):
    return ValuesIter([Ptr(kv, 1, True) for kv in it.map_entries(recv)])


@method(ALL)
def iter(it, recv, args, e):
    if recv.is_set:
        return ValuesIter([Ptr(kv, 0) for kv in it.map_entries(recv)])
    return ValuesIter([TupleV([Ptr(kv, 0), Ptr(kv, 1)]) for kv in it.map_entries(recv)])


@method(MAPS)
def iter_mut(it, recv, args, e):
    return ValuesIter([TupleV([Ptr(kv, 0), Ptr(kv, 1, True)]) for kv in it.map_entries(recv)])


@method(ALL)
def drain(it, recv, args, e):
    entries = it.map_entries(recv)
    recv.d.clear()
    if recv.is_set:
        return ValuesIter([kv[0] for kv in entries])
    return ValuesIter([TupleV(kv) for kv in entries])


@method(ALL)
def retain(it, recv, args, e):
    for hk, kv in list(recv.d.items()):
        keep = (it.call_value(args[0], [Ptr(kv, 0)]) if recv.is_set
                else it.call_value(args[0], [Ptr(kv, 0), Ptr(kv, 1, True)]))
        if not keep:
            del recv.d[hk]
            it.drop_items(kv)
    return UNIT


@method(ALL)
def extend(it, recv, args, e):
    for x in drain_iter(it.into_iter(args[0], e)):
        if recv.is_set:
            hk = it.hash_key(x)
            if hk not in recv.d:
                recv.d[hk] = [x, None]
        else:
            insert(it, recv, list(x.items), e)
    return UNIT


def _sorted_entries(it, recv):
    return it.map_entries(recv) if recv.sorted else None


@method(("BTreeMap",))
def first_key_value(it, recv, args, e):
    ent = it.map_entries(recv)
    return some(TupleV([Ptr(ent[0], 0), Ptr(ent[0], 1)])) if ent else none()


@method(("BTreeMap",))
def last_key_value(it, recv, args, e):
    ent = it.map_entries(recv)
    return some(TupleV([Ptr(ent[-1], 0), Ptr(ent[-1], 1)])) if ent else none()


@method(("BTreeMap", "BTreeSet"))
def btree__range(it, recv, args, e):
    r = args[0]
    out = []
    for kv in it.map_entries(recv):
        k = kv[0]
        if r.start is not None and it.cmp(k, r.start) < 0:
            continue
        if r.end is not None:
            c = it.cmp(k, r.end)
            if c > 0 or (c == 0 and not r.inclusive):
                continue
        out.append(Ptr(kv, 0) if recv.is_set else TupleV([Ptr(kv, 0), Ptr(kv, 1)]))
    return ValuesIter(out)


@method(("BTreeMap", "BTreeSet"))
def split_off(it, recv, args, e):
    hi = MapV(recv.kind, recv.value_ty)
    for kv in it.map_entries(recv):
        if it.cmp(kv[0], it.deref_all(args[0])) >= 0:
            hk = it.hash_key(kv[0])
            hi.d[hk] = recv.d.pop(hk)
    return hi


@method(("BTreeMap", "BTreeSet"))
def append(it, recv, args, e):
    other = it.deref_all(args[0])
    for hk, kv in list(other.d.items()):
        recv.d[hk] = kv
    other.d.clear()
    return UNIT


# ── sets ──

@method(SETS, "insert")
def set_insert(it, recv, args, e):
    hk = it.hash_key(args[0])
    if hk in recv.d:
        it.drop_value(args[0])
        return False
    recv.d[hk] = [args[0], None]
    return True


@method(SETS, "contains")
def set_contains(it, recv, args, e):
    return it.hash_key(args[0]) in recv.d


@method(SETS, "remove")
def set_remove(it, recv, args, e):
    return recv.d.pop(it.hash_key(args[0]), None) is not None


@method(SETS, "take")
def set_take(it, recv, args, e):
    kv = recv.d.pop(it.hash_key(args[0]), None)
    return some(kv[0]) if kv is not None else none()


@method(SETS, "get")
def set_get(it, recv, args, e):
    kv = recv.d.get(it.hash_key(args[0]))
    return some(Ptr(kv, 0)) if kv is not None else none()


def _set_op(it, a, b, keep):
    b = it.deref_all(b)
    out = [Ptr(kv, 0) for hk, kv in _ordered(it, a) if keep(hk in b.d)]
    return out


def _ordered(it, m):
    return [(it.hash_key(kv[0]), kv) for kv in it.map_entries(m)]


@method(SETS)
def union(it, recv, args, e):
    other = it.deref_all(args[0])
    out = [Ptr(kv, 0) for _, kv in _ordered(it, recv)]
    out += [Ptr(kv, 0) for hk, kv in _ordered(it, other) if hk not in recv.d]
    if recv.sorted:
        it.sort_list(out)
    return ValuesIter(out)


@method(SETS)
def intersection(it, recv, args, e):
    return ValuesIter(_set_op(it, recv, args[0], lambda inb: inb))


@method(SETS)
def difference(it, recv, args, e):
    return ValuesIter(_set_op(it, recv, args[0], lambda inb: not inb))


@method(SETS)
def symmetric_difference(it, recv, args, e):
    other = it.deref_all(args[0])
    out = _set_op(it, recv, other, lambda inb: not inb) + _set_op(it, other, recv, lambda inb: not inb)
    if recv.sorted:
        it.sort_list(out)
    return ValuesIter(out)


@method(SETS)
def is_subset(it, recv, args, e):
    other = it.deref_all(args[0])
    return all(hk in other.d for hk in recv.d)


@method(SETS)
def is_superset(it, recv, args, e):
    other = it.deref_all(args[0])
    return all(hk in recv.d for hk in other.d)


@method(SETS)
def is_disjoint(it, recv, args, e):
    other = it.deref_all(args[0])
    return not any(hk in other.d for hk in recv.d)


@method(("BTreeSet",))
def first(it, recv, args, e):
    ent = it.map_entries(recv)
    return some(Ptr(ent[0], 0)) if ent else none()


@method(("BTreeSet",))
def last(it, recv, args, e):
    ent = it.map_entries(recv)
    return some(Ptr(ent[-1], 0)) if ent else none()


@method(("BTreeSet", "BTreeMap"))
def pop_first(it, recv, args, e):
    ent = it.map_entries(recv)
    if not ent:
        return none()
    kv = recv.d.pop(it.hash_key(ent[0][0]))
    return some(kv[0] if recv.is_set else TupleV(kv))


@method(("BTreeSet", "BTreeMap"))
def pop_last(it, recv, args, e):
    ent = it.map_entries(recv)
    if not ent:
        return none()
    kv = recv.d.pop(it.hash_key(ent[-1][0]))
    return some(kv[0] if recv.is_set else TupleV(kv))


# ── Entry ──

def _slot(entry, make):
    kv = entry.m.d.get(entry.hk)
    if kv is None:
        kv = entry.m.d[entry.hk] = [entry.key, make()]
    return Ptr(kv, 1, True)


@method("Entry", mode="value")
def or_insert(it, recv, args, e):
    return _slot(recv, lambda: args[0])


@method("Entry", mode="value")
def or_insert_with(it, recv, args, e):
    return _slot(recv, lambda: it.call_value(args[0], []))


@method("Entry", mode="value")
def or_insert_with_key(it, recv, args, e):
    return _slot(recv, lambda: it.call_value(args[0], [Ptr([recv.key], 0)]))


@method("Entry", mode="value")
def or_default(it, recv, args, e):
    target = it.target_of(e)
    if target is None:
        target = recv.m.value_ty or _guess_default_target(it, recv)
    return _slot(recv, lambda: it.default_for(target, e))


def _guess_default_target(it, entry):
    """Without types, the default of the map's existing values' kind (else 0)."""
    for kv in entry.m.d.values():
        v = kv[1]
        return (it.type_key(v).replace("{int}", "i32").replace("{float}", "f64")
                if it.type_key(v) not in ("Vec", "VecDeque", "HashMap", "HashSet", "BTreeMap", "BTreeSet")
                else it.type_key(v), ())
    return ("i32", ())


@method("Entry", mode="value")
def and_modify(it, recv, args, e):
    kv = recv.m.d.get(recv.hk)
    if kv is not None:
        it.call_value(args[0], [Ptr(kv, 1, True)])
    return recv


@method("Entry")
def key(it, recv, args, e):
    return Ptr([recv.key], 0)
