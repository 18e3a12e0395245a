"""Union values: every field is a view of the same bytes.

A union's `items` is a `UnionSlots` list: writing one field re-encodes its bytes and refreshes
every other field that is a primitive fully covered by the bytes written so far (a transmute,
little-endian like the x86-64 target). A field the bytes cannot represent (a non-primitive, an
invalid `bool`/`char`, bytes never written) reads as `unsupported` rather than a guess.
"""

from __future__ import annotations

import struct

from ..syntax import ast
from .signals import Unsupported
from .values import MOVED, Char, F32

_INT_BITS = {"u8": 8, "u16": 16, "u32": 32, "u64": 64, "u128": 128, "usize": 64,
             "i8": 8, "i16": 16, "i32": 32, "i64": 64, "i128": 128, "isize": 64}
_OPAQUE = object()  # a field whose current bytes the interpreter cannot decode


def field_kind(ty):
    """(name, byte size) of a primitive field type, None for anything else."""
    if isinstance(ty, ast.PathType) and len(ty.path.segments) == 1:
        name = ty.path.segments[0].ident.name
        if name in _INT_BITS:
            return name, _INT_BITS[name] // 8
        if name in ("f32", "char"):
            return name, 4
        if name == "f64":
            return name, 8
        if name == "bool":
            return name, 1
    return None


def _encode(kind, v) -> bytes:
    name, size = kind
    if name == "f32":
        return struct.pack("<f", v)
    if name == "f64":
        return struct.pack("<d", v)
    if name == "char":
        return ord(v).to_bytes(4, "little")
    return (int(v) % (1 << (8 * size))).to_bytes(size, "little")


def _decode(kind, raw: bytes):
    name, size = kind
    b = raw[:size]
    if name == "f32":
        return F32(struct.unpack("<f", b)[0])
    if name == "f64":
        return struct.unpack("<d", b)[0]
    n = int.from_bytes(b, "little")
    if name == "bool":
        return _OPAQUE if n > 1 else bool(n)
    if name == "char":
        return Char(chr(n)) if n < 0x110000 and not 0xD800 <= n < 0xE000 else _OPAQUE
    if name[0] == "i" and n >= 1 << (8 * size - 1):
        n -= 1 << (8 * size)
    return n


class UnionSlots(list):
    """The fields of one union value, kept consistent with its bytes on every write."""

    __slots__ = ("kinds", "raw", "span")

    def __init__(self, kinds: tuple, raw: bytes = b""):
        super().__init__([_OPAQUE] * len(kinds))
        self.kinds = kinds
        self.raw = raw
        self.span = None  # the last field expression that named this union

    def __setitem__(self, i, v):
        list.__setitem__(self, i, v)
        kind = self.kinds[i]
        if v is MOVED:
            return
        if kind is None:
            self.raw = b""
        else:
            data = _encode(kind, v)
            self.raw = data + self.raw[len(data):]
        raw = self.raw
        for j, k in enumerate(self.kinds):
            if j != i:
                list.__setitem__(self, j, _decode(k, raw) if k is not None and k[1] <= len(raw) else _OPAQUE)

    def __getitem__(self, i):
        v = list.__getitem__(self, i)
        if v is _OPAQUE:
            raise Unsupported("reading a union field whose bytes the interpreter cannot decode",
                              self.span)
        return v

    def duplicate(self, copy) -> "UnionSlots":
        out = UnionSlots(self.kinds, self.raw)
        for j in range(len(self)):
            v = list.__getitem__(self, j)
            list.__setitem__(out, j, v if v is _OPAQUE else copy(v))
        return out


def union_items(adt, given: dict) -> UnionSlots:
    """The slots of a union literal `U { f: v }` (exactly one field given)."""
    slots = UnionSlots(adt.union_kinds)
    for name, v in given.items():
        slots[adt.field_index[name]] = v
    return slots
