"""PartialEq / PartialOrd / Ord / Hash on runtime values.

Builtins and derived impls compare structurally (derive order: enum variant index, then
fields in order); a user `impl PartialEq`/`PartialOrd`/`Ord` is called instead when present.
`hash_key` turns a value into an immutable Python key for the maps.
"""
from __future__ import annotations

import math

from .signals import Unsupported
from .std_enums import REVERSE
from .values import (ArrayV, BoxV, Char, EnumV, F32, GuardV, MapV, Ptr, RcV, RString, SliceV, StructV,
                     TupleV, VecV, CellV, PhantomV)

_SIMPLE = (int, float, bool, str, Char, F32)


class Compare:
    def compare_op(self, op: str, a, b) -> bool:
        a = self.deref_all(a) if a.__class__ is Ptr else a
        b = self.deref_all(b) if b.__class__ is Ptr else b
        if a.__class__ in _SIMPLE and b.__class__ in _SIMPLE:
            if op == "==":
                return a == b
            if op == "!=":
                return a != b
            if op == "<":
                return a < b
            if op == "<=":
                return a <= b
            if op == ">":
                return a > b
            return a >= b
        if op == "==":
            return self.values_eq(a, b)
        if op == "!=":
            return not self.values_eq(a, b)
        c = self.partial_cmp(a, b)
        if c is None:
            return False
        if op == "<":
            return c < 0
        if op == "<=":
            return c <= 0
        if op == ">":
            return c > 0
        return c >= 0

    def values_eq(self, a, b) -> bool:
        a = self.deref_all(a)
        b = self.deref_all(b)
        ca = a.__class__
        if ca in _SIMPLE or ca is RString:
            if ca is RString:
                a = a.s
            if b.__class__ is RString:
                b = b.s
            return a == b
        if ca is StructV or ca is EnumV:
            if "PartialEq" not in a.adt.derives:
                m = self.program.method(a.adt.name, "eq")
                if m is not None:
                    return bool(self.call_fn(m.fn, [Ptr([b], 0)], m.owner, Ptr([a], 0)))
            if ca is EnumV and (b.__class__ is not EnumV or a.variant is not b.variant):
                return False
            return all(self.values_eq(x, y) for x, y in zip(a.items, b.items))
        if ca is MapV:
            if len(a.d) != len(b.d):
                return False
            for k, kv in a.d.items():
                other = b.d.get(k)
                if other is None or (not a.is_set and not self.values_eq(kv[1], other[1])):
                    return False
            return True
        if ca is CellV:
            return self.values_eq(a.items[0], b.items[0])
        if ca is PhantomV:
            return True
        xs = _seq(a)
        ys = _seq(b)
        if xs is None or ys is None:
            raise Unsupported(f"comparing {self.type_key(a)} with {self.type_key(b)}")
        return len(xs) == len(ys) and all(self.values_eq(x, y) for x, y in zip(xs, ys))

    def partial_cmp(self, a, b):
        """-1 / 0 / 1, or None when unordered (NaN)."""
        a = self.deref_all(a)
        b = self.deref_all(b)
        ca = a.__class__
        if ca in _SIMPLE or ca is RString:
            if ca is RString:
                a = a.s
            if b.__class__ is RString:
                b = b.s
            if ca in (float, F32) and (math.isnan(a) or math.isnan(b)):
                return None
            return -1 if a < b else (1 if a > b else 0)
        if ca is StructV and a.adt is REVERSE:
            c = self.partial_cmp(a.items[0], b.items[0])
            return None if c is None else -c
        if ca is StructV or ca is EnumV:
            derives = a.adt.derives
            if "PartialOrd" not in derives:
                m = self.program.method(a.adt.name, "partial_cmp")
                if m is not None:
                    r = self.call_fn(m.fn, [Ptr([b], 0)], m.owner, Ptr([a], 0))
                    return r.items[0].variant.discriminant if r.variant.name == "Some" else None
                m = self.program.method(a.adt.name, "cmp")
                if m is not None:
                    r = self.call_fn(m.fn, [Ptr([b], 0)], m.owner, Ptr([a], 0))
                    return r.variant.discriminant
            if ca is EnumV and a.variant is not b.variant:
                return -1 if a.variant.index < b.variant.index else 1
            return self.seq_cmp(a.items, b.items)
        xs = _seq(a)
        ys = _seq(b)
        if xs is None or ys is None:
            raise Unsupported(f"ordering {self.type_key(a)} against {self.type_key(b)}")
        return self.seq_cmp(xs, ys)

    def seq_cmp(self, xs, ys):
        for x, y in zip(xs, ys):
            c = self.partial_cmp(x, y)
            if c != 0:
                return c
        return -1 if len(xs) < len(ys) else (1 if len(xs) > len(ys) else 0)

    def cmp(self, a, b) -> int:
        """Ord::cmp (user `cmp` first for user types)."""
        a1 = self.deref_all(a)
        if a1.__class__ in (StructV, EnumV) and "Ord" not in a1.adt.derives and a1.adt is not REVERSE:
            m = self.program.method(a1.adt.name, "cmp")
            if m is not None:
                r = self.call_fn(m.fn, [Ptr([self.deref_all(b)], 0)], m.owner, Ptr([a1], 0))
                return r.variant.discriminant
        c = self.partial_cmp(a, b)
        return 0 if c is None else c

    def hash_key(self, v):
        """An immutable Python key equal for Rust-equal values (String and &str agree)."""
        c = v.__class__
        if c in _SIMPLE:
            return v
        if c is RString:
            return v.s
        if c is Ptr or c is BoxV or c is RcV or c is GuardV:
            return self.hash_key(self.deref_all(v))
        if c is StructV:
            return (v.adt.name,) + tuple(self.hash_key(x) for x in v.items)
        if c is EnumV:
            return (v.adt.name, v.variant.index) + tuple(self.hash_key(x) for x in v.items)
        if c is TupleV:
            return ("()",) + tuple(self.hash_key(x) for x in v.items)
        xs = _seq(v)
        if xs is not None:
            return ("[]",) + tuple(self.hash_key(x) for x in xs)
        raise Unsupported(f"hashing {self.type_key(v)}")


def _seq(v):
    c = v.__class__
    if c is VecV or c is ArrayV or c is TupleV:
        return v.items
    if c is SliceV:
        return v.lst[v.lo:v.hi]
    return None
