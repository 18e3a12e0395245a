"""Runtime values (the value model is described in README.md).

Scalars are Python objects (int, float, bool, `Char`, `str` for `&str`). Inline aggregates
(struct, enum, tuple, array) are mutable objects with an `items` list; copying one copies
its inline parts, moving one hands over the same object. Heap owners (String, Vec, Box,
maps, Rc) are objects whose identity is the allocation. A *place* is a pair
(list, index): a local's slot is a one-element list, a field is (struct.items, i), a Vec
element is (vec.items, i). A reference is a `Ptr` to a place.
"""
from __future__ import annotations


class Moved:
    """The content of a place whose value was moved out (its drop flag is clear)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<moved>"


MOVED = Moved()


class Char(str):
    """A Rust `char` (a one-character str, kept apart from `&str` for Debug and typing)."""

    __slots__ = ()


class RString:
    """An owned `String`. `s` is the text (a Python str); appends (`push_str`, `push`,
    `+=`) go to a pending list joined on the next read, so building a string piece by
    piece is amortized O(1) per piece instead of a copy of the whole text each time."""

    __slots__ = ("_s", "_parts")

    def __init__(self, s: str = ""):
        self._s = s
        self._parts = None

    @property
    def s(self) -> str:
        if self._parts is not None:
            self._s += "".join(self._parts)
            self._parts = None
        return self._s

    @s.setter
    def s(self, text: str) -> None:
        self._s = text
        self._parts = None

    def append(self, text: str) -> None:
        parts = self._parts
        if parts is None:
            self._parts = [text]
        else:
            parts.append(text)

    def __repr__(self) -> str:
        return f"String({self.s!r})"


class TupleV:
    __slots__ = ("items",)

    def __init__(self, items: list):
        self.items = items


class ArrayV:
    __slots__ = ("items",)

    def __init__(self, items: list):
        self.items = items


class StructV:
    """A user struct value; `adt` is its AdtDef (field names, Drop impl, Copy)."""

    __slots__ = ("adt", "items")

    def __init__(self, adt, items: list):
        self.adt = adt
        self.items = items


class EnumV:
    """An enum value: `variant` is a VariantDef (name, index, field names)."""

    __slots__ = ("adt", "variant", "items")

    def __init__(self, adt, variant, items: list):
        self.adt = adt
        self.variant = variant
        self.items = items


class VecV:
    """`Vec<T>` and `VecDeque<T>` (kind says which)."""

    __slots__ = ("items", "kind")

    def __init__(self, items: list, kind: str = "Vec"):
        self.items = items
        self.kind = kind


class BoxV:
    __slots__ = ("items", "any_ty")  # any_ty: set only by a coercion to Box<dyn Any> (std_any)

    def __init__(self, value):
        self.items = [value]


class MapV:
    """HashMap / BTreeMap / HashSet / BTreeSet: `d` maps a hash key to [key, value].

    HashMap/HashSet iterate in insertion order; the BTree kinds iterate sorted by Ord.
    """

    __slots__ = ("d", "kind", "value_ty")

    def __init__(self, kind: str, value_ty=None):
        self.d = {}
        self.kind = kind
        self.value_ty = value_ty  # the value type as a target tuple, if known (for or_default)

    @property
    def is_set(self) -> bool:
        return self.kind.endswith("Set")

    @property
    def sorted(self) -> bool:
        return self.kind.startswith("BTree")


class Ptr:
    """`&T` / `&mut T` (and raw pointers): the place (lst, idx)."""

    __slots__ = ("lst", "idx", "mutable", "any_ty")  # any_ty: set only by a coercion to &dyn Any (std_any)

    def __init__(self, lst: list, idx: int, mutable: bool = False):
        self.lst = lst
        self.idx = idx
        self.mutable = mutable

    def get(self):
        return self.lst[self.idx]

    def set(self, v) -> None:
        self.lst[self.idx] = v


class SliceV:
    """`&[T]` / `&mut [T]`: a window [lo, hi) of a backing list (Vec, array)."""

    __slots__ = ("lst", "lo", "hi", "mutable")

    def __init__(self, lst: list, lo: int, hi: int, mutable: bool = False):
        self.lst = lst
        self.lo = lo
        self.hi = hi
        self.mutable = mutable

    def values(self) -> list:
        return self.lst[self.lo:self.hi]

    def __len__(self) -> int:
        return self.hi - self.lo


class RangeV:
    """`a..b`, `a..=b`, `..b`, `a..` (start/end None when open)."""

    __slots__ = ("start", "end", "inclusive")

    def __init__(self, start, end, inclusive: bool):
        self.start = start
        self.end = end
        self.inclusive = inclusive


class RcAlloc:
    """The shared allocation of an Rc/Arc: value, strong and weak counts."""

    __slots__ = ("items", "strong", "weak")

    def __init__(self, value):
        self.items = [value]
        self.strong = 1
        self.weak = 0


class RcV:
    __slots__ = ("alloc", "kind")

    def __init__(self, alloc: RcAlloc, kind: str = "Rc"):
        self.alloc = alloc
        self.kind = kind


class WeakV:
    __slots__ = ("alloc", "kind")

    def __init__(self, alloc, kind: str = "Rc"):
        self.alloc = alloc  # None for Weak::new()
        self.kind = kind


class CellV:
    """`Cell<T>`; also `RefCell<T>` (borrow: >0 shared count, -1 mutably borrowed),
    `Mutex<T>`/`RwLock<T>` (kind, borrow = held, poisoned) and atomics (kind "Atomic")."""

    __slots__ = ("items", "kind", "borrow", "poisoned")

    def __init__(self, value, kind: str):
        self.items = [value]
        self.kind = kind
        self.borrow = 0
        self.poisoned = False


class GuardV:
    """`Ref`/`RefMut` of a RefCell, `MutexGuard`: derefs to the cell's value; drop releases."""

    __slots__ = ("cell", "mutable", "released")

    def __init__(self, cell: CellV, mutable: bool):
        self.cell = cell
        self.mutable = mutable
        self.released = False


class FnV:
    """A user fn item; `owner` names the impl's self type for `Self` paths."""

    __slots__ = ("fn", "owner", "trait")

    def __init__(self, fn, owner=None, trait=None):
        self.fn = fn
        self.owner = owner
        self.trait = trait


class BuiltinV:
    """A std function value (e.g. `Some` used as a fn, `String::from` passed to map)."""

    __slots__ = ("name", "call")

    def __init__(self, name: str, call):
        self.name = name
        self.call = call  # (interp, args: list, span) -> value


class ClosureV:
    """A closure: its node, the captured slots by name, the names whose slots it owns (moved
    or copied in; dropped with the closure), and the `Self` owner it was made in."""

    __slots__ = ("node", "env", "owner", "owned", "tyargs")

    def __init__(self, node, env: dict, owner, owned=(), tyargs=None):
        self.node = node
        self.env = env
        self.owner = owner
        self.owned = owned
        self.tyargs = tyargs  # the defining fn's instantiation (`S::new(x)` in the body)


class PhantomV:
    """`PhantomData`: a zero-sized Copy marker. Debug prints `PhantomData<{type_name}>`:
    `of` is that name when the creating expression's type was known (else no Debug)."""

    __slots__ = ("of",)
    type_key = "PhantomData"

    def __init__(self, of=None):
        self.of = of

    @property
    def debug_name(self) -> str:
        if self.of is None:
            raise AttributeError("debug_name")  # unknown type: Debug reports `unsupported`
        return f"PhantomData<{self.of}>"


PHANTOM = PhantomV()
UNIT = TupleV([])


class F32(float):
    """An `f32` value (already rounded to single precision); plain floats are `f64`."""

    __slots__ = ()
