"""E0793: a reference to a field of a `#[repr(packed)]` struct that may be unaligned
(rustc's check_packed_ref, run on MIR before borrowck).

A borrow `&place` is disaligned when, after the place's last deref, it goes through a field
of a struct packed to N bytes and the borrowed type needs more than N. A type whose
alignment is not known here (a type parameter, a closure) counts as needing more, as in
rustc. Copying a packed field (`{ p.b }`, `let x = p.b`) is no borrow and fine.
"""
from __future__ import annotations

from typing import Optional

from ..diagnostics.diagnostic import Diagnostic
from ..mir import ir
from ..mir.place_ty import projection_ty
from ..types import ty as T
from .renumber import substitute

POINTER_ALIGN = 8
FLOAT_ALIGN = {"f32": 4, "f64": 8}
# std ADTs whose alignment is that of their (first) type argument; all others hold a pointer
# or a usize (Box, Vec, String, Rc, HashMap, ...)
TRANSPARENT_STD = {"std::option::Option", "std::cell::Cell", "std::cell::UnsafeCell",
                   "std::mem::ManuallyDrop", "std::num::Wrapping"}
ZERO_SIZED_STD = {"std::marker::PhantomData", "std::marker::PhantomPinned"}


def check_body(body, mir, typed, move_data=None) -> list:
    diags = []
    packs: dict = {}  # def_id -> pack bytes or None, computed once per body
    for block in body.blocks:
        for stmt in block.statements:
            if not isinstance(stmt, ir.Assign) or not isinstance(stmt.rvalue, ir.Ref):
                continue
            if stmt.rvalue.kind in ir.BorrowKind.FAKES:
                continue
            pack = _disaligned_pack(body, typed, stmt.rvalue.place, packs)
            if pack is not None:
                diags.append(_diagnostic(stmt.span, pack))
    return diags


def _disaligned_pack(body, typed, place, packs: dict) -> Optional[int]:
    """The pack of the struct that makes `&place` unaligned, else None."""
    ty = body.local_decls[place.local].ty
    pack: Optional[int] = None
    for elem in place.projection:
        if isinstance(elem, ir.Deref):
            pack = None
        elif isinstance(elem, ir.Field) and isinstance(ty, T.Adt):
            p = _pack_of(typed, ty.def_id, packs)
            if p is not None:
                pack = p if pack is None else min(pack, p)
        ty = projection_ty(ty, elem)
    if pack is None:
        return None
    align = align_of(typed, ty, 0)
    return pack if align is None or align > pack else None


def _pack_of(typed, def_id, packs: dict) -> Optional[int]:
    if def_id not in packs:
        packs[def_id] = _repr_pack(typed.adts.get(def_id))
    return packs[def_id]


def _repr_pack(info) -> Optional[int]:
    if info is None or info.node is None:
        return None
    for attr in getattr(info.node, "attrs", ()):
        if attr.name != "repr":
            continue
        for arg in attr.args:
            arg = str(arg).replace(" ", "")
            if arg == "packed":
                return 1
            if arg.startswith("packed(") and arg.endswith(")") and arg[7:-1].isdigit():
                return int(arg[7:-1])
    return None


def _repr_align(info) -> int:
    for attr in getattr(info.node, "attrs", ()) if info.node is not None else ():
        if attr.name == "repr":
            for arg in attr.args:
                arg = str(arg).replace(" ", "")
                if arg.startswith("align(") and arg.endswith(")") and arg[6:-1].isdigit():
                    return int(arg[6:-1])
    return 1


def align_of(typed, ty, depth: int) -> Optional[int]:
    """The ABI alignment of ty on a 64-bit target, or None when not known here."""
    if depth > 20:
        return None
    if isinstance(ty, T.Int):
        return POINTER_ALIGN if ty.name.endswith("size") else ty.bits // 8
    if isinstance(ty, T.Float):
        return FLOAT_ALIGN.get(ty.name, POINTER_ALIGN)
    if isinstance(ty, (T.Bool, T.Never)):
        return 1
    if isinstance(ty, T.Char):
        return 4
    if isinstance(ty, (T.Ref, T.Ptr, T.FnPtr, T.FnDef)):
        return POINTER_ALIGN if not isinstance(ty, T.FnDef) else 1
    if isinstance(ty, (T.Array, T.Slice)):
        return align_of(typed, ty.elem, depth + 1)
    if isinstance(ty, T.Str):
        return 1
    if isinstance(ty, T.Tuple):
        return _max_align(typed, ty.elems, depth)
    if isinstance(ty, T.Adt):
        info = typed.adts.get(ty.def_id)
        if info is None:
            return None
        if info.is_std:
            if ty.def_id in ZERO_SIZED_STD:
                return 1
            if ty.def_id in TRANSPARENT_STD:
                arg = next((a for a in ty.args if not isinstance(a, (T.Region, int))), None)
                return align_of(typed, arg, depth + 1) if arg is not None else None
            return POINTER_ALIGN
        args = [a for a in ty.args if not isinstance(a, (T.Region, int))]
        type_args = dict(zip(info.generics.types, args))
        fields = [f.ty for f in info.fields] + [f.ty for v in info.variants for f in v.fields]
        inner = _max_align(typed, tuple(substitute(f, type_args, {}) for f in fields), depth)
        if inner is None:
            return None
        pack = _repr_pack(info)
        inner = min(inner, pack) if pack is not None else inner
        return max(inner, _repr_align(info))
    return None


def _max_align(typed, tys, depth: int) -> Optional[int]:
    best = 1
    for t in tys:
        a = align_of(typed, t, depth + 1)
        if a is None:
            return None
        best = max(best, a)
    return best


def _diagnostic(span, pack: int) -> Diagnostic:
    diag = Diagnostic("error", "E0793", "reference to field of packed struct is unaligned")
    diag.primary(span)
    diag.note(f"this struct is {pack}-byte aligned, but the type of this field may require higher alignment")
    diag.note("creating a misaligned reference is undefined behavior (even if that reference is never dereferenced)")
    diag.help("copy the field contents to a local variable, or replace the reference with a raw pointer "
              "and use `read_unaligned`/`write_unaligned` (loads and stores via `*p` must be properly aligned "
              "even when using raw pointers)")
    return diag
