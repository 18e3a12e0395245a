"""`node_class`: `dataclasses.dataclass` for the many small node classes, cheap to define.

`dataclass` compiles `__init__`, `__repr__`, `__eq__`, `__hash__`, `__setattr__` and
`__delattr__` with `exec` for every class, and `slots=True` builds each class twice: with
~150 AST and MIR node classes that was most of a cold `borrowck check` (~80 ms). Here
`__init__` is compiled on first use (a tiny program instantiates a few dozen classes), and
the other methods are shared closures over each class's field names. The result is what
`dataclass(frozen=..., eq=..., slots=...)` gives: the same `__init__` signature and
defaults, `__dataclass_fields__` (so `dataclasses.fields`/`replace` work), `__match_args__`,
`__slots__`, frozen assignment errors, `repr`, and `eq`/`hash` on the field tuple (equal
hashes to dataclass's). Differences that make nodes cheaper: a frozen slotted `__init__` sets
fields through their slot descriptors, and a frozen slotted class whose fields may hold other
nodes (types, places) keeps its hash once computed in a hidden slot of its base `HashSlot`. A class this does not cover (ClassVar/InitVar fields, `field(...)`
options other than defaults, its own `__setattr__` on a frozen class) goes to `dataclass`.
"""
from __future__ import annotations

import dataclasses
from dataclasses import MISSING, Field, FrozenInstanceError
import sys
from operator import attrgetter
from types import MemberDescriptorType

# the dataclass internals used here (field kinds, params) are those of Python 3.11
_SUPPORTED_PYTHON = sys.version_info[:2] == (3, 11)
# what `__init__` sees for a defaulted field whose default comes from a factory
_HAS_FACTORY = getattr(dataclasses, "_HAS_DEFAULT_FACTORY", object())
# annotations that make a field special for `dataclass` (this decorator hands those over)
_SPECIAL_ANNOTATIONS = ("ClassVar", "InitVar", "KW_ONLY", "typing.", "dataclasses.")


def node_class(cls=None, /, *, frozen: bool = False, eq: bool = True, slots: bool = False, repr: bool = True):
    """Like `dataclass(cls, frozen=frozen, eq=eq, slots=slots, repr=repr)`."""
    def wrap(c):
        return _process(c, frozen, eq, slots, repr)
    return wrap if cls is None else wrap(cls)


def _process(cls, frozen: bool, eq: bool, slots: bool, want_repr: bool):
    body = cls.__dict__
    all_fields = _fields(cls)
    if (all_fields is None or not _SUPPORTED_PYTHON or "__slots__" in body
            or (frozen and ("__setattr__" in body or "__delattr__" in body))):
        return dataclasses.dataclass(cls, frozen=frozen, eq=eq, slots=slots, repr=want_repr)
    names = tuple(all_fields)
    methods = {"__dataclass_fields__": all_fields,
               "__dataclass_params__": dataclasses._DataclassParams(True, want_repr, eq, False, False, frozen)}
    owner: list = []  # the finished class, for the lazy __init__
    if "__init__" not in body:
        methods["__init__"] = _lazy_init(cls.__qualname__, all_fields, frozen, hasattr(cls, "__post_init__"), owner)
    if want_repr and "__repr__" not in body:
        methods["__repr__"] = _repr(cls.__qualname__, names)
    if eq and "__eq__" not in body:
        methods["__eq__"] = _eq(cls.__qualname__, names)
    class_hash = body.get("__hash__", MISSING)
    explicit_hash = not (class_hash is MISSING or (class_hash is None and "__eq__" in body))
    # a frozen slotted class directly under `object` whose fields may hold other nodes keeps
    # its hash in HashSlot's slot (a class of plain values hashes faster than it would cache)
    cache_hash = (frozen and slots and cls.__bases__ == (object,)
                  and any(f.type not in _PLAIN_FIELD_TYPES for f in all_fields.values()))
    if eq and not explicit_hash:
        # dataclass: a frozen eq class hashes its field tuple; a mutable one is unhashable
        methods["__hash__"] = (_hash(cls.__qualname__, names, cache_hash) if frozen else None)
    else:
        cache_hash = False
    if frozen:
        methods["__setattr__"] = _frozen_setattr
        methods["__delattr__"] = _frozen_delattr
    if "__match_args__" not in body:
        methods["__match_args__"] = names
    if slots:  # slots need a new class, built once here (dataclass builds it twice)
        ns = dict(body)
        ns.update(methods)
        inherited = {s for base in cls.__mro__[1:-1] for s in _slots_of(base)}
        ns["__slots__"] = tuple(n for n in names if n not in inherited)
        for name in names:
            ns.pop(name, None)
        ns.pop("__dict__", None)
        ns.pop("__weakref__", None)
        if frozen:
            ns.setdefault("__getstate__", dataclasses._dataclass_getstate)
            ns.setdefault("__setstate__", dataclasses._dataclass_setstate)
        new = type(cls)(cls.__name__, (HashSlot,) if cache_hash else cls.__bases__, ns)
        new.__qualname__ = cls.__qualname__
    else:
        new = cls
        for key, value in methods.items():
            setattr(new, key, value)
        for name in cls.__dict__.get("__annotations__", {}):
            f = all_fields[name]
            if isinstance(body.get(name), Field):  # class attributes hold plain defaults only
                if f.default is MISSING:
                    delattr(new, name)
                else:
                    setattr(new, name, f.default)
    owner.append(new)
    return new


def _fields(cls):
    """name -> Field of every field, inherited ones first (dataclass's order); None when
    `dataclass` itself must handle the class."""
    out = {}
    for base in cls.__mro__[-1:0:-1]:
        for name, f in (getattr(base, "__dataclass_fields__", None) or {}).items():
            if not _plain(f):
                return None
            out[name] = f
    for name, annotation in cls.__dict__.get("__annotations__", {}).items():
        if not isinstance(annotation, str) or annotation.startswith(_SPECIAL_ANNOTATIONS):
            return None
        default = cls.__dict__.get(name, MISSING)
        factory = MISSING
        if isinstance(default, Field):
            if not _plain(default):
                return None
            default, factory = default.default, default.default_factory
        elif default is not MISSING and default.__class__.__hash__ is None:
            return None  # dataclass refuses mutable defaults: let it say so
        f = dataclasses.field(default=default, default_factory=factory)
        f.name, f.type, f.kw_only, f._field_type = name, annotation, False, dataclasses._FIELD
        out[name] = f
    seen_default = False
    for name, f in out.items():
        has_default = f.default is not MISSING or f.default_factory is not MISSING
        if seen_default and not has_default:
            raise TypeError(f"non-default argument {name!r} follows default argument")
        seen_default = seen_default or has_default
    return out


def _plain(f: Field) -> bool:
    """Whether f is an ordinary field: in __init__, repr and comparisons, no options."""
    return (f._field_type in (None, dataclasses._FIELD) and f.init and f.repr and f.hash is None
            and f.compare and not f.metadata and f.kw_only in (MISSING, False))


def _slots_of(cls) -> tuple:
    slots = cls.__dict__.get("__slots__", ())
    return (slots,) if isinstance(slots, str) else tuple(slots)


def _lazy_init(qualname: str, fields: dict, frozen: bool, post_init: bool, owner: list):
    """An `__init__` that compiles the real one on its first call and puts it in its place
    on its class (`owner[0]`; subclasses may inherit it)."""
    def __init__(self, *args, **kwargs):
        real = _compile_init(qualname, fields, frozen, post_init, owner[0])
        type.__setattr__(owner[0], "__init__", real)
        real(self, *args, **kwargs)
    __init__.__qualname__ = f"{qualname}.__init__"
    return __init__


def _compile_init(qualname: str, fields: dict, frozen: bool, post_init: bool, cls=None):
    env = {"_setattr": object.__setattr__, "_HAS_FACTORY": _HAS_FACTORY, "MISSING": MISSING}
    params, lines = [], []
    self_name = "__dataclass_self__" if "self" in fields else "self"
    for name, f in fields.items():
        if f.default_factory is not MISSING:
            env[f"_factory_{name}"] = f.default_factory
            params.append(f"{name}=_HAS_FACTORY")
            value = f"_factory_{name}() if {name} is _HAS_FACTORY else {name}"
        elif f.default is not MISSING:
            env[f"_default_{name}"] = f.default
            params.append(f"{name}=_default_{name}")
            value = name
        else:
            params.append(name)
            value = name
        slot = _slot_descriptor(cls, name) if frozen else None
        if slot is not None:  # a frozen slotted field: its descriptor's setter, no name lookup
            env[f"_set_{name}"] = slot.__set__
            lines.append(f"_set_{name}({self_name}, {value})")
        else:
            lines.append(f"_setattr({self_name}, {name!r}, {value})" if frozen else f"{self_name}.{name} = {value}")
    if isinstance(cls, type) and issubclass(cls, HashSlot):
        env["_store_hash"] = _store_hash
        lines.append(f"_store_hash({self_name}, None)")  # no hash yet (no exception to find so)
    if post_init:
        lines.append(f"{self_name}.__post_init__()")
    source = (f"def __init__({', '.join([self_name] + params)}):\n    "
              + ("\n    ".join(lines) or "pass") + "\n")
    exec(source, env)  # noqa: S102 - generated from field names, as dataclasses does
    init = env["__init__"]
    init.__qualname__ = f"{qualname}.__init__"
    return init


def _slot_descriptor(cls, name: str):
    """The slot (member descriptor) that stores field `name` of cls's instances, if any."""
    for k in getattr(cls, "__mro__", ()):
        d = k.__dict__.get(name)
        if d is not None:
            return d if type(d) is MemberDescriptorType else None
    return None


def _repr(qualname: str, names: tuple):
    @dataclasses._recursive_repr
    def __repr__(self):
        return (f"{self.__class__.__qualname__}("
                + ", ".join(f"{n}={getattr(self, n)!r}" for n in names) + ")")
    __repr__.__qualname__ = f"{qualname}.__repr__"
    return __repr__


def _values(names: tuple):
    """A C-level getter of the field tuple (what dataclass's eq and hash compare)."""
    if not names:
        return lambda self: ()
    if len(names) == 1:
        get = attrgetter(names[0])
        return lambda self: (get(self),)
    return attrgetter(*names)


def _eq(qualname: str, names: tuple):
    values = _values(names)

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return values(self) == values(other)
        return NotImplemented
    __eq__.__qualname__ = f"{qualname}.__eq__"
    return __eq__


class HashSlot:
    """The base of a frozen slotted node class: its hash, computed on first use. Such nodes
    (types, MIR places) are dict keys hashed again and again, and a nested one's hash would
    otherwise walk the whole tree each time. The slot is no field (not in `__slots__` of the
    node class, `fields()`, eq, repr or pickled state) and never encoded (`object_graph`):
    string hashes differ from process to process."""

    __slots__ = ("_node_hash",)


# annotations of fields that hold plain values: a class with only such fields caches no hash
_PLAIN_FIELD_TYPES = frozenset({"str", "int", "bool", "float", "DefId", "BlockId", "Local", "Span",
                                "Optional[str]", "Optional[int]", "Optional[DefId]", "Optional[BlockId]",
                                "Optional[Span]"})
# names of the slots that hold no node data (object_graph leaves them out)
CACHE_SLOTS = HashSlot.__slots__
_store_hash = HashSlot._node_hash.__set__


def _hash(qualname: str, names: tuple, cached: bool = False):
    values = _values(names)

    if cached:
        def __hash__(self):
            try:
                h = self._node_hash  # None until the first hash (set so by __init__)
            except AttributeError:  # built without __init__ (decoded, copied, unpickled)
                h = None
            if h is None:
                h = hash(values(self))
                _store_hash(self, h)
            return h
    else:
        def __hash__(self):
            return hash(values(self))
    __hash__.__qualname__ = f"{qualname}.__hash__"
    return __hash__


def _frozen_setattr(self, name, value):
    raise FrozenInstanceError(f"cannot assign to field {name!r}")


def _frozen_delattr(self, name):
    raise FrozenInstanceError(f"cannot delete field {name!r}")
