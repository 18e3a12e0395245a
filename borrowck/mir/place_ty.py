"""The type of a place: the local's declared type pushed through each projection."""
from __future__ import annotations

from typing import Optional

from ..types import ty as T
from . import ir

BOX = "std::boxed::Box"


def deref_ty(t) -> Optional[T.Ty]:
    """The pointee of a built-in deref (reference, raw pointer, Box), else None."""
    if isinstance(t, (T.Ref, T.Ptr)):
        return t.inner
    if isinstance(t, T.Adt) and t.def_id == BOX and t.args:
        return next((a for a in t.args if not isinstance(a, T.Region)), None)
    return None


def is_box(t) -> bool:
    return isinstance(t, T.Adt) and t.def_id == BOX


def projection_ty(base, elem) -> T.Ty:
    if isinstance(elem, ir.Deref):
        return deref_ty(base) or T.ERROR
    if isinstance(elem, ir.Field):
        if elem.ty is not None:
            return elem.ty
        if isinstance(base, T.Tuple) and elem.index < len(base.elems):
            return base.elems[elem.index]
        return T.ERROR
    if isinstance(elem, (ir.Index, ir.ConstantIndex)):
        return base.elem if isinstance(base, (T.Array, T.Slice)) else T.ERROR
    if isinstance(elem, ir.Subslice):
        if isinstance(base, T.Array) and type(base.length) is int:
            n = base.length - elem.start - elem.end if elem.from_end else elem.end - elem.start
            return T.Array(base.elem, n)
        return base
    return base  # Downcast keeps the enum type


def place_ty(body: ir.Body, place: ir.Place) -> T.Ty:
    t = body.local_decls[place.local].ty
    for elem in place.projection:
        t = projection_ty(t, elem)
    return t


def prefix_tys(body: ir.Body, place: ir.Place) -> list:
    """tys[i] = type of the place made of the first i projections (tys[0] = the local's)."""
    t = body.local_decls[place.local].ty
    out = [t]
    for elem in place.projection:
        t = projection_ty(t, elem)
        out.append(t)
    return out
