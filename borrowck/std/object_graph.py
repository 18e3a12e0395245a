"""A compact, fast serialization of an object graph of slotted (dataclass) objects.

`encode(root)` turns the graph into plain lists and tuples of ints and atoms that `marshal`
writes; `decode(data)` rebuilds an isomorphic graph (sharing and identity preserved). Unlike
pickle, which calls each frozen dataclass's Python `__setstate__`, decoding builds objects
column by column with C-level `map` calls: every object is an empty shell first, then each
slot is set for all objects of a class at once, so ~300k objects load in a fraction of the
time pickle needs.

Layout of the index space (every value in the encoding is an index into one table):
atoms (str, int, ...), globals (classes, enum members), slotted objects grouped by class,
dicts, lists, sets, then tuples and frozensets in post-order (elements before containers).
Dicts and sets are filled last, once every object's fields (and so its hash) are set.
"""
from __future__ import annotations

import enum
import importlib
from collections import deque
from functools import partial
from itertools import repeat

FORMAT = 1
ATOMS = (str, int, float, bool, type(None), bytes, complex)


class UnsupportedObject(TypeError):
    """The graph holds something this format cannot rebuild (a function, a socket...)."""


def _slot_names(cls) -> tuple:
    names = []
    for k in reversed(cls.__mro__):
        for s in k.__dict__.get("__slots__", ()):
            if s not in ("__weakref__", "__dict__") and s not in names:
                names.append(s)
    return tuple(names)


def _global_name(o):
    if isinstance(o, type):
        return (o.__module__, o.__qualname__, None)
    return (type(o).__module__, type(o).__qualname__, o.name)  # an enum member


def encode(root, skip: dict | None = None):
    """root -> a marshal-able tuple. skip: {id(obj): (slot names to leave unset)} lets the
    caller leave out parts of the root (a live engine object, say)."""
    skip = skip or {}
    atoms, atom_ix = [], {}
    glob, glob_ix = [], {}
    groups = {}  # class -> [objects]
    dicts, lists, sets, tuples = [], [], [], []
    seen = set()
    stack = [root]
    while stack:
        o = stack.pop()
        t = type(o)
        if t in ATOMS:
            key = (t, repr(o) if t is float else o)
            if key not in atom_ix:
                atom_ix[key] = len(atoms)
                atoms.append(o)
            continue
        if id(o) in seen:
            continue
        seen.add(id(o))
        if t is tuple or t is frozenset:
            tuples.append(o)
            stack.extend(o)
        elif t is dict:
            dicts.append(o)
            stack.extend(o.keys())
            stack.extend(o.values())
        elif t is list:
            lists.append(o)
            stack.extend(o)
        elif t is set:
            sets.append(o)
            stack.extend(o)
        elif isinstance(o, type) or isinstance(o, enum.Enum):
            glob_ix[id(o)] = len(glob)
            glob.append(o)
        elif hasattr(t, "__slots__") and not hasattr(o, "__dict__"):
            groups.setdefault(t, []).append(o)
            left_out = skip.get(id(o), ())
            for s in _slot_names(t):
                if s not in left_out and hasattr(o, s):
                    stack.append(getattr(o, s))
        else:
            raise UnsupportedObject(f"cannot encode {t.__module__}.{t.__qualname__}")

    index = {}  # id(obj) -> position in the table
    pos = len(atoms)
    for o in glob:
        index[id(o)] = pos
        pos += 1
    classes = list(groups)
    for cls in classes:
        for o in groups[cls]:
            index[id(o)] = pos
            pos += 1
    for seq in (dicts, lists, sets):
        for o in seq:
            index[id(o)] = pos
            pos += 1
    tuples = _post_order(tuples)
    for o in tuples:
        index[id(o)] = pos
        pos += 1

    def ix(v):
        t = type(v)
        if t in ATOMS:
            return atom_ix[(t, repr(v) if t is float else v)]
        return index[id(v)]

    group_rows = []
    for cls in classes:
        objs = groups[cls]
        left_out = set()
        for o in objs:
            left_out.update(skip.get(id(o), ()))
        cols = []
        for s in _slot_names(cls):
            if s in left_out or not all(hasattr(o, s) for o in objs):
                if any(hasattr(o, s) for o in objs) and s not in left_out:
                    raise UnsupportedObject(f"{cls.__qualname__}.{s} is set on some objects only")
                continue
            cols.append((s, tuple(ix(getattr(o, s)) for o in objs)))
        group_rows.append((len(objs), tuple(cols)))
    for o in tuples:
        if type(o) is frozenset and any(type(e) not in ATOMS for e in o):
            raise UnsupportedObject("frozenset of objects (their hashes need their fields)")
    return (
        FORMAT,
        tuple(atoms),
        tuple(_global_name(g) for g in glob),
        tuple((c.__module__, c.__qualname__) for c in classes),
        tuple(group_rows),
        tuple((tuple(map(ix, d.keys())), tuple(map(ix, d.values()))) for d in dicts),
        tuple(tuple(map(ix, x)) for x in lists),
        tuple(tuple(map(ix, x)) for x in sets),
        bytes(type(o) is frozenset for o in tuples),
        tuple(tuple(map(ix, o)) for o in tuples),
        ix(root),
    )


def _post_order(tuples: list) -> list:
    """Tuples (and frozensets) ordered so that each comes after the tuples it contains."""
    out, done = [], set()
    for top in tuples:
        if id(top) in done:
            continue
        stack = [(top, False)]
        while stack:
            o, expanded = stack.pop()
            if id(o) in done:
                continue
            if expanded:
                done.add(id(o))
                out.append(o)
                continue
            stack.append((o, True))
            for e in o:
                if (type(e) is tuple or type(e) is frozenset) and id(e) not in done:
                    stack.append((e, False))
    return out


def _resolve_global(module: str, qualname: str, member):
    obj = importlib.import_module(module)
    for part in qualname.split("."):
        obj = getattr(obj, part)
    return obj if member is None else obj[member]


def _resolve_class(module: str, qualname: str):
    return _resolve_global(module, qualname, None)


def decode(data):
    """The root of the graph `encode` described."""
    (fmt, atoms, globs, classes, group_rows, dict_rows, list_rows, set_rows, frozen_flags,
     tuple_rows, root) = data
    if fmt != FORMAT:
        raise ValueError(f"object graph format {fmt}, expected {FORMAT}")
    table = list(atoms)
    table.extend(_resolve_global(*g) for g in globs)
    get = table.__getitem__
    shells = []
    for (module, qualname), (count, _cols) in zip(classes, group_rows):
        cls = _resolve_class(module, qualname)
        start = len(table)
        table.extend(map(object.__new__, repeat(cls, count)))
        shells.append((cls, start, count))
    first_dict = len(table)
    table.extend(map(dict, repeat((), len(dict_rows))))
    first_list = len(table)
    table.extend(map(list, repeat((), len(list_rows))))
    first_set = len(table)
    table.extend(map(set, repeat((), len(set_rows))))
    # tuples reference only earlier tuples and shells: build them in one C-level pass
    # (list.extend appends as it iterates, so later tuples see earlier ones)
    if any(frozen_flags):
        for flag, row in zip(frozen_flags, tuple_rows):
            table.append((frozenset if flag else tuple)(map(get, row)))
    else:
        table.extend(map(tuple, map(partial(map, get), tuple_rows)))
    for (cls, start, count), (_count, cols) in zip(shells, group_rows):
        objs = table[start:start + count]
        for name, col in cols:
            setter = _member(cls, name).__set__
            deque(map(setter, objs, map(get, col)), 0)
    for d, (keys, values) in zip(table[first_dict:first_list], dict_rows):
        d.update(zip(map(get, keys), map(get, values)))
    for x, row in zip(table[first_list:first_set], list_rows):
        x.extend(map(get, row))
    for x, row in zip(table[first_set:first_set + len(set_rows)], set_rows):
        x.update(map(get, row))
    return table[root]


def _member(cls, name: str):
    """The slot descriptor that stores `name` (bypasses a frozen class's __setattr__)."""
    for k in cls.__mro__:
        d = k.__dict__.get(name)
        if d is not None and "__slots__" in k.__dict__ and name in k.__dict__["__slots__"]:
            return d
    raise UnsupportedObject(f"{cls.__qualname__}.{name} is not a slot")
