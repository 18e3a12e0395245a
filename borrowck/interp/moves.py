"""Copy versus move of runtime values, and `Clone`.

Reading a place by value copies a Copy value (inline aggregates are copied part by
part) and otherwise moves it: the place is set to MOVED, which is its drop flag.
"""
from __future__ import annotations

from .values import (MOVED, PhantomV, ArrayV, BoxV, Char, ClosureV, EnumV, MapV, Ptr, RangeV, RcV, RString,
                     SliceV, StructV, TupleV, VecV, BuiltinV, FnV, CellV, WeakV, F32)
from .ops import f32  # noqa: F401  (re-exported for std modules)

SCALARS = frozenset((int, float, bool, str, Char, F32, type(None), PhantomV))


def is_copy(v) -> bool:
    c = v.__class__
    if c in SCALARS or c is Ptr or c is SliceV or c is FnV or c is BuiltinV:
        return True
    if c is TupleV or c is ArrayV:
        return all(is_copy(x) for x in v.items)
    if c is StructV:
        return v.adt.is_copy and (not v.adt.is_generic or all(is_copy(x) for x in v.items))
    if c is EnumV:
        if v.adt.is_copy and not v.adt.is_generic:
            return True
        return (v.adt.is_copy or v.adt.name in ("Option", "Result", "Ordering")) and all(
            is_copy(x) for x in v.items)
    if c is ClosureV:
        return all(is_copy(v.env[n][0]) for n in v.owned)
    if c is RangeV:
        return False
    return c is F32 or getattr(c, "is_copy_value", False)  # e.g. macros.ArgumentsV


def copy_value(v):
    """A bitwise copy of a Copy value (new objects for the inline aggregate parts)."""
    c = v.__class__
    if c is TupleV:
        return TupleV([copy_value(x) for x in v.items])
    if c is ArrayV:
        return ArrayV([copy_value(x) for x in v.items])
    if c is StructV:
        if v.adt.union_kinds is not None:
            return StructV(v.adt, v.items.duplicate(copy_value))
        return StructV(v.adt, [copy_value(x) for x in v.items])
    if c is EnumV:
        return EnumV(v.adt, v.variant, [copy_value(x) for x in v.items]) if v.items else v
    if c is ClosureV and v.owned:  # a Copy closure: its own copies of what it captured
        env = dict(v.env)
        for name in v.owned:
            env[name] = [copy_value(env[name][0])]
        return ClosureV(v.node, env, v.owner, v.owned, v.tyargs)
    return v


def take(lst: list, idx: int):
    """Read the place (lst, idx) by value: copy if Copy, else move out (leave MOVED)."""
    v = lst[idx]
    c = v.__class__
    if c in SCALARS or c is Ptr or c is SliceV or c is FnV or c is BuiltinV:
        return v
    if v is MOVED:
        raise AssertionError("interpreter bug: use of a moved place")
    if is_copy(v):
        return copy_value(v)
    lst[idx] = MOVED
    return v


def clone_value(interp, v):
    """`Clone::clone` for builtin values (derived Clone for user types included)."""
    c = v.__class__
    if c in SCALARS or c is Ptr or c is SliceV or c is FnV or c is BuiltinV:
        return v
    if c is RString:
        return RString(v.s)
    if c is VecV:
        return VecV([interp.clone(x) for x in v.items], v.kind)
    if c is TupleV:
        return TupleV([interp.clone(x) for x in v.items])
    if c is ArrayV:
        return ArrayV([interp.clone(x) for x in v.items])
    if c is StructV:
        if v.adt.union_kinds is not None:
            return StructV(v.adt, v.items.duplicate(copy_value))
        return StructV(v.adt, [interp.clone(x) for x in v.items])
    if c is EnumV:
        return EnumV(v.adt, v.variant, [interp.clone(x) for x in v.items]) if v.items else v
    if c is BoxV:
        return BoxV(interp.clone(v.items[0]))
    if c is MapV:
        m = MapV(v.kind)
        m.d = {k: [interp.clone(kv[0]), interp.clone(kv[1])] for k, kv in v.d.items()}
        return m
    if c is RcV:
        v.alloc.strong += 1
        return RcV(v.alloc, v.kind)
    if c is WeakV:
        if v.alloc is not None:
            v.alloc.weak += 1
        return WeakV(v.alloc, v.kind)
    if c is CellV:
        return CellV(interp.clone(v.items[0]), v.kind)
    if c is RangeV:
        return RangeV(v.start, v.end, v.inclusive)
    if c is ClosureV:
        return v
    if hasattr(v, "clone_iter"):
        return v.clone_iter(interp)
    return v
