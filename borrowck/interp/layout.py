"""Sizes and alignments of types as rustc lays them out on x86_64 (`mem::size_of`,
`mem::size_of_val`, `mem::align_of`).

rustc reorders a struct's or tuple's fields by alignment, so no padding sits between them:
the size is the sum of the field sizes rounded up to the largest alignment. `Option` of a
type with a niche (references, `Box`, `String`, `Vec`, `bool`, `char`) is as large as that
type. Layouts this module does not model (enums with data, dyn values) raise `Unsupported`
rather than guess.
"""
from __future__ import annotations

from ..types import ty as T
from ..types.type_fold import subst
from .signals import Unsupported

_INTS = {"i8": 1, "u8": 1, "i16": 2, "u16": 2, "i32": 4, "u32": 4, "i64": 8, "u64": 8,
         "i128": 16, "u128": 16, "isize": 8, "usize": 8}
# std types by DefId: (size, align, has a niche)
_STD = {"std::string::String": (24, 8, True), "std::vec::Vec": (24, 8, True),
        "std::boxed::Box": (8, 8, True), "std::rc::Rc": (8, 8, True), "std::sync::Arc": (8, 8, True),
        "std::collections::VecDeque": (32, 8, True), "std::collections::HashMap": (48, 8, True),
        "std::collections::HashSet": (48, 8, True), "std::collections::BTreeMap": (24, 8, True),
        "std::collections::BTreeSet": (24, 8, True)}
_POINTERS = frozenset(("std::boxed::Box", "std::rc::Rc", "std::sync::Arc"))


def size_of(adts: dict, t, span=None) -> int:
    return layout(adts, t, span)[0]


def layout(adts: dict, t, span=None) -> tuple:
    """(size, align, has_niche) of a sized type."""
    c = t.__class__
    if c is T.Int:
        n = _INTS[t.name]
        return n, n, False
    if c is T.Float:
        n = 4 if t.name == "f32" else 8
        return n, n, False
    if c is T.Bool:
        return 1, 1, True
    if c is T.Char:
        return 4, 4, True
    if c is T.Ref or c is T.Ptr:
        return (16 if _unsized(t.inner) else 8), 8, c is T.Ref
    if c is T.Array and type(t.length) is int:
        size, align, niche = layout(adts, t.elem, span)
        return size * t.length, align, niche and t.length > 0
    if c is T.Tuple:
        return _fields(adts, t.elems, span)
    if c is T.Adt:
        return _adt(adts, t, span)
    raise Unsupported(f"the size of `{t}`", span)


def _unsized(t) -> bool:
    return t.__class__ in (T.Str, T.Slice, T.Dyn)


def _fields(adts, tys, span) -> tuple:
    size, align, niche = 0, 1, False
    for t in tys:
        s, a, n = layout(adts, t, span)
        size, align, niche = size + s, max(align, a), niche or n
    return -(-size // align) * align, align, niche


def _adt(adts, t, span) -> tuple:
    if t.def_id in _STD:
        if t.def_id in _POINTERS and t.args and _unsized(t.args[-1]):
            return 16, 8, True
        return _STD[t.def_id]
    if t.def_id == "std::option::Option" and t.args:
        size, align, niche = layout(adts, t.args[-1], span)
        if niche:
            return size, align, False
        return -(-(size + align) // align) * align, align, False
    info = adts.get(t.def_id)
    if info is None or info.is_std or info.kind != "struct" and any(v.fields for v in info.variants):
        raise Unsupported(f"the size of `{t.def_id.split('::')[-1]}`", span)
    if info.kind == "enum":  # fieldless: the smallest integer holding the discriminants
        n = len(info.variants)
        if any(v.discriminant is not None for v in info.variants) or n > 256:
            raise Unsupported(f"the size of `{info.name}`", span)
        return (0, 1, False) if n <= 1 else (1, 1, n < 256)
    names = info.generics.types
    args = [a for a in t.args if not isinstance(a, T.Region)]
    params = dict(zip(names, args)) if len(names) == len(args) else {}
    return _fields(adts, [subst(f.ty, params) for f in info.fields], span)
