"""A compact, fast serialization of an object graph of slotted (dataclass) objects.

`encode(root)` turns the graph into tuples of atoms and packed arrays of indexes that
`marshal` writes; `decode(data)` rebuilds an isomorphic graph (sharing and identity preserved). Unlike
pickle, which calls each frozen dataclass's Python `__setstate__`, decoding builds objects
column by column with C-level `map` calls: every object is an empty shell first, then each
slot is set for all objects of a class at once, so ~300k objects load in a fraction of the
time pickle needs.

Layout of the index space (every value in the encoding is an index into one table):
atoms (str, int, ...), globals (classes, enum members), slotted objects grouped by class,
dicts, lists, sets, then tuples and frozensets in post-order (elements before containers).
Dicts and sets are filled last, once every object's fields (and so its hash) are set.

Lazy classes (`encode(..., lazy=...)`): objects of those classes (the std model's AST, most of
the graph) are not rebuilt with the rest. Each connected group of them is encoded apart, as
bytes; the rest of the graph holds placeholders, instances of a subclass that adds no slots
and whose `__getattr__` (or `__class__`) decodes the group on first use, filling the
placeholders in place and giving them back their own class. Identity is preserved; `type(x)`
of a placeholder not yet touched is the subclass (`isinstance` and `x.__class__` are right).
"""
from __future__ import annotations

import enum
import importlib
import marshal
import threading
from array import array
from collections import deque
from itertools import islice, repeat
from operator import attrgetter

from ..syntax.node_class import CACHE_SLOTS

FORMAT = 3
INDEX = "I"  # array typecode of an index (32 bits: ample for any model)
ATOMS = (str, int, float, bool, type(None), bytes, complex)
# slots that hold no object state: a node's cached hash differs from process to process
UNENCODED_SLOTS = ("__weakref__", "__dict__") + CACHE_SLOTS


class UnsupportedObject(TypeError):
    """The graph holds something this format cannot rebuild (a function, a socket...)."""


def _slot_names(cls) -> tuple:
    names = []
    for k in reversed(cls.__mro__):
        for s in k.__dict__.get("__slots__", ()):
            if s not in UNENCODED_SLOTS and s not in names:
                names.append(s)
    return tuple(names)


def _global_name(o):
    if isinstance(o, type):
        return (o.__module__, o.__qualname__, None)
    return (type(o).__module__, type(o).__qualname__, o.name)  # an enum member


def encode(root, skip: dict | None = None, share: tuple = (), lazy: tuple = ()):
    """root -> a marshal-able tuple. skip: {id(obj): (slot names to leave unset)} lets the
    caller leave out parts of the root (a live engine object, say). share: immutable value
    classes (compared by value, never by identity) whose equal instances may become one
    object: fewer objects to rebuild. lazy: classes whose objects are rebuilt on first use
    (see the module doc)."""
    return _encode(root, skip or {}, share, frozenset(lazy))[0]


def _encode(root, skip: dict, share: tuple, lazy: frozenset):
    """(the encoding, the position of each object by id)."""
    canonical, alias = {}, {}  # value -> first instance; id(duplicate) -> that instance
    atoms, atom_ix = [], {}  # atom_ix: (type, value) -> position (equal atoms stored once)
    index = {}  # id(obj) -> position in the table, atoms' ids included
    glob = []
    groups = {}  # class -> [objects]
    slots_of = {}  # class -> slot names, or None for a class that is not slotted
    dicts, lists, sets, tuples = [], [], [], []
    deferred = []  # objects of lazy classes met from the eager part
    stack = [root]
    while stack:
        o = stack.pop()
        if id(o) in index or id(o) in alias:
            continue
        t = type(o)
        if t in ATOMS:
            key = (t, repr(o) if t is float else o)
            pos = atom_ix.get(key)
            if pos is None:
                pos = atom_ix[key] = len(atoms)
                atoms.append(o)
            index[id(o)] = pos
            continue
        index[id(o)] = -1  # seen; numbered below
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
        elif t in lazy:
            deferred.append(o)  # a placeholder: its fields go with its group
        elif isinstance(o, type) or isinstance(o, enum.Enum):
            glob.append(o)
        elif t in share and canonical.setdefault(o, o) is not o:
            del index[id(o)]
            alias[id(o)] = canonical[o]
        else:
            names = slots_of.get(t, 0)
            if names == 0:
                names = slots_of[t] = _slot_names(t) if hasattr(t, "__slots__") else None
            if names is None or hasattr(o, "__dict__"):
                raise UnsupportedObject(f"cannot encode {t.__module__}.{t.__qualname__}")
            groups.setdefault(t, []).append(o)
            left_out = skip.get(id(o), ())
            try:
                if left_out:
                    raise AttributeError
                stack.extend([getattr(o, s) for s in names])
            except AttributeError:  # unset or skipped slots: the slow path
                stack.extend([getattr(o, s) for s in names if s not in left_out and hasattr(o, s)])

    pos = len(atoms)
    for o in glob:
        index[id(o)] = pos
        pos += 1
    lazy_classes = {}  # class -> placeholders, in the order they are numbered
    for o in deferred:
        lazy_classes.setdefault(type(o), []).append(o)
    for objs in lazy_classes.values():
        for o in objs:
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
    for dup, canon in alias.items():
        index[dup] = index[id(canon)]
    at = index.__getitem__

    def ix(v):
        return at(id(v))

    group_rows = []
    for cls in classes:
        objs = groups[cls]
        left_out = set()
        for o in objs:
            left_out.update(skip.get(id(o), ()))
        cols = []
        for s in slots_of[cls]:
            if s in left_out:
                continue
            try:
                cols.append((s, _pack(map(at, map(id, map(attrgetter(s), objs))))))
            except AttributeError:
                if any(hasattr(o, s) for o in objs):
                    raise UnsupportedObject(f"{cls.__qualname__}.{s} is set on some objects only")
        group_rows.append((len(objs), tuple(cols)))
    for o in tuples:
        if type(o) is frozenset and any(type(e) not in ATOMS for e in o):
            raise UnsupportedObject("frozenset of objects (their hashes need their fields)")
    lazy_part = _encode_lazy([o for objs in lazy_classes.values() for o in objs], index, share, lazy) if deferred else None
    return (
        FORMAT,
        lazy_part and (tuple((c.__module__, c.__qualname__, len(v)) for c, v in lazy_classes.items()),) + lazy_part,
        tuple(atoms),
        tuple(_global_name(g) for g in glob),
        tuple((c.__module__, c.__qualname__) for c in classes),
        tuple(group_rows),
        _pack(map(len, dicts)),
        _pack(ix(k) for d in dicts for k in d.keys()),
        _pack(ix(v) for d in dicts for v in d.values()),
        _packed_rows(lists, ix),
        _packed_rows(sets, ix),
        bytes(type(o) is frozenset for o in tuples),
        _packed_rows(tuples, ix),
        ix(root),
    ), at


def _encode_lazy(placeholders: list, eager_index: dict, share: tuple, lazy: frozenset) -> tuple:
    """(group of each placeholder, position of each in its group's root, the groups as
    bytes). A group is a connected set of lazy objects (an item's whole syntax tree): it
    holds its own copies of atoms, tuples and `share` values, and nothing else of the eager
    part (an object both parts reach would be split in two)."""
    owner = {}  # id(object) -> group number, before merging
    parent = []  # union-find over group numbers
    slots_of = {}

    def find(g):
        while parent[g] != g:
            parent[g] = parent[parent[g]]
            g = parent[g]
        return g

    for p in placeholders:
        if id(p) in owner:
            continue
        g = len(parent)
        parent.append(g)
        stack = [p]
        tuples_seen = set()
        while stack:
            o = stack.pop()
            t = type(o)
            if t in ATOMS or t in share or isinstance(o, (type, enum.Enum)):
                continue  # copied into each group that uses it
            if t is tuple or t is frozenset:  # copied too (`()` is in every group), not owned
                if id(o) not in tuples_seen:
                    tuples_seen.add(id(o))
                    stack.extend(o)
                continue
            other = owner.get(id(o))
            if other is not None:
                parent[find(other)] = g
                continue
            owner[id(o)] = g
            if t not in lazy and id(o) in eager_index:
                raise UnsupportedObject(f"{t.__qualname__} is reached from both lazy and eager objects")
            if t is list or t is set:
                stack.extend(o)
            elif t is dict:
                stack.extend(o.keys())
                stack.extend(o.values())
            else:
                names = slots_of.get(t)
                if names is None:
                    names = slots_of[t] = _slot_names(t) if hasattr(t, "__slots__") else None
                if names is None or hasattr(o, "__dict__"):
                    raise UnsupportedObject(f"cannot encode {t.__module__}.{t.__qualname__}")
                stack.extend([getattr(o, s) for s in names if hasattr(o, s)])
    groups = {}  # root group -> its placeholders
    position = []
    for p in placeholders:
        members = groups.setdefault(find(owner[id(p)]), [])
        position.append(len(members))
        members.append(p)
    numbers = {g: n for n, g in enumerate(groups)}
    group_of = [numbers[find(owner[id(p)])] for p in placeholders]
    blobs = []
    for members in groups.values():
        data, at = _encode(tuple(members), {}, share, frozenset())
        blobs.append(marshal.dumps((data, _pack(at(id(m)) for m in members))))
    return _pack(group_of), _pack(position), tuple(blobs)


def _pack(ints) -> bytes:
    """A column of indexes as raw 32-bit ints (marshal reads bytes far faster than tuples)."""
    return array(INDEX, ints).tobytes()


def _unpack(data: bytes):
    a = array(INDEX)
    a.frombytes(data)
    return a


def _packed_rows(seqs: list, ix) -> tuple:
    """(lengths, flat indexes) of a list of sequences."""
    return _pack(map(len, seqs)), _pack(ix(e) for x in seqs for e in x)


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


def _resolve_global(module: str, qualname: str, member, modules: tuple):
    if not module.startswith(modules):  # a cache file names only our own classes
        raise UnsupportedObject(f"module {module} is not one of {modules}")
    obj = importlib.import_module(module)
    for part in qualname.split("."):
        obj = getattr(obj, part)
    return obj if member is None else obj[member]


def _resolve_class(module: str, qualname: str, modules: tuple):
    return _resolve_global(module, qualname, None, modules)


def decode(data, modules: tuple = ("",)):
    """The root of the graph `encode` described. modules: prefixes of the modules whose
    classes the data may name (anything else is refused, not imported)."""
    return _decode(data, modules, ())


def _decode(data, modules: tuple, reuse: tuple):
    """reuse: (positions, objects): placeholders that stand for the objects at those
    positions (a lazy group's members)."""
    (fmt, lazy_part, atoms, globs, classes, group_rows, dict_lens, dict_keys, dict_values, list_rows,
     set_rows, frozen_flags, tuple_rows, root) = data
    if fmt != FORMAT:
        raise ValueError(f"object graph format {fmt}, expected {FORMAT}")
    table = list(atoms)
    table.extend(_resolve_global(*g, modules) for g in globs)
    get = table.__getitem__
    if lazy_part:
        table.extend(LazyGroups(lazy_part, modules).placeholders)
    shells = []
    for (module, qualname), (count, _cols) in zip(classes, group_rows):
        cls = _resolve_class(module, qualname, modules)
        start = len(table)
        table.extend(map(object.__new__, repeat(cls, count)))
        shells.append((cls, start, count))
    for pos, obj in zip(*reuse):
        table[pos] = obj
    dict_lens = _unpack(dict_lens)
    list_lens, list_flat = map(_unpack, list_rows)
    set_lens, set_flat = map(_unpack, set_rows)
    first_dict = len(table)
    table.extend(map(dict, repeat((), len(dict_lens))))
    first_list = len(table)
    table.extend(map(list, repeat((), len(list_lens))))
    first_set = len(table)
    table.extend(map(set, repeat((), len(set_lens))))
    # tuples reference only earlier tuples and shells: build them in one C-level pass
    # (list.extend appends as it iterates, so later tuples see earlier ones)
    tuple_lens, tuple_flat = map(_unpack, tuple_rows)
    elems = map(get, tuple_flat)
    if any(frozen_flags):
        for flag, n in zip(frozen_flags, tuple_lens):
            table.append((frozenset if flag else tuple)(islice(elems, n)))
    else:
        table.extend(map(tuple, map(islice, repeat(elems), tuple_lens)))
    for (cls, start, count), (_count, cols) in zip(shells, group_rows):
        objs = table[start:start + count]
        for name, col in cols:
            setter = _member(cls, name).__set__
            deque(map(setter, objs, map(get, _unpack(col))), 0)
    keys, values = map(get, _unpack(dict_keys)), map(get, _unpack(dict_values))
    for d, n in zip(table[first_dict:first_list], dict_lens):
        d.update(zip(islice(keys, n), islice(values, n)))
    items = map(get, list_flat)
    for x, n in zip(table[first_list:first_set], list_lens):
        x.extend(islice(items, n))
    items = map(get, set_flat)
    for x, n in zip(table[first_set:first_set + len(set_lens)], set_lens):
        x.update(islice(items, n))
    return table[root]


class LazyGroups:
    """The lazy groups of one decoded graph: their placeholders, and the decoding of a
    group when one of its placeholders is first used."""

    def __init__(self, lazy_part: tuple, modules: tuple):
        lazy_classes, group_of, position, self.blobs = lazy_part
        self.modules = modules
        self.lock = threading.RLock()  # interpreter threads may reach the same group
        self.placeholders = []
        for module, qualname, count in lazy_classes:
            stand_in = self._placeholder_class(_resolve_class(module, qualname, modules))
            self.placeholders.extend(map(object.__new__, repeat(stand_in, count)))
        self.members = [[] for _ in self.blobs]  # group -> its placeholders, by position
        self.group = {}  # id(placeholder) -> its group, until decoded
        for p, g, _pos in zip(self.placeholders, _unpack(group_of), _unpack(position)):
            self.members[g].append(p)
            self.group[id(p)] = g

    def _placeholder_class(self, cls):
        load = self.load

        def __getattr__(self, name):
            load(self)
            if type(self) is cls:
                return getattr(self, name)
            raise AttributeError(f"'{cls.__name__}' object has no attribute '{name}'")

        def real_class(self):
            load(self)
            return cls
        stand_in = type(cls.__name__, (cls,), {"__slots__": (), "__qualname__": cls.__qualname__,
                                              "__module__": cls.__module__, "__getattr__": __getattr__,
                                              "__class__": property(real_class)})
        # walkers read `type(node).__slots__`: the same names (the layout stays cls's)
        type.__setattr__(stand_in, "__slots__", cls.__dict__.get("__slots__", ()))
        return stand_in

    def load(self, obj) -> None:
        """Decode obj's group (once), giving each member its fields and its own class."""
        with self.lock:
            g = self.group.pop(id(obj), None)
            if g is None:
                return
            members = self.members[g]
            for m in members:
                self.group.pop(id(m), None)
            data, positions = marshal.loads(self.blobs[g])
            _decode(data, self.modules, (_unpack(positions), members))
            set_class = object.__dict__["__class__"].__set__
            for m in members:
                set_class(m, type(m).__mro__[1])


def _member(cls, name: str):
    """The slot descriptor that stores `name` (bypasses a frozen class's __setattr__)."""
    for k in cls.__mro__:
        d = k.__dict__.get(name)
        if d is not None and "__slots__" in k.__dict__ and name in k.__dict__["__slots__"]:
            return d
    raise UnsupportedObject(f"{cls.__qualname__}.{name} is not a slot")
