"""Whether a type is `Copy` and whether dropping it runs code, as MIR building needs them.

`TypeProps(adts, copy_params)` answers both for the bodies of one crate whose `Copy`-bounded
type parameters are copy_params: adts is TypedCrate.adts (AdtInfo with is_copy /
has_drop_impl / fields / generics). Answers are memoized per type.
"""
from __future__ import annotations

from ..types import ty as T

_ALWAYS_COPY = (T.Int, T.Float, T.Bool, T.Char, T.Never, T.Ptr, T.FnDef, T.FnPtr, T.Infer, T.Error)


class TypeProps:
    def __init__(self, adts: dict, copy_params=frozenset(), captures_of=None):
        self.adts = adts or {}
        self.copy_params = frozenset(copy_params)
        # closure def_id -> tuple of captured (mode, Ty); None when unknown
        self.captures_of = captures_of or (lambda def_id: None)
        self._copy: dict = {}
        self._drop: dict = {}

    def is_copy(self, t) -> bool:
        cached = self._copy.get(t)
        if cached is None:
            self._copy[t] = True  # recursion guard (recursive ADTs)
            cached = self._compute_copy(t)
            self._copy[t] = cached
        return cached

    def _compute_copy(self, t) -> bool:
        if isinstance(t, _ALWAYS_COPY):
            return True
        if isinstance(t, T.Ref):
            return not t.mutable
        if isinstance(t, T.Tuple):
            return all(self.is_copy(e) for e in t.elems)
        if isinstance(t, T.Array):
            return self.is_copy(t.elem)
        if isinstance(t, T.Param):
            return t.name in self.copy_params
        if isinstance(t, T.Adt):
            info = self.adts.get(t.def_id)
            if info is None or not info.is_copy:
                return False
            # derive(Copy) on a generic type requires its type arguments to be Copy
            return all(self.is_copy(a) for a in t.args if not isinstance(a, (T.Region, int)))
        if isinstance(t, T.Closure):
            caps = self.captures_of(t.def_id)
            if caps is None:
                return False
            return all(mode != "mut_ref" and (mode == "ref" or self.is_copy(ty)) for mode, ty in caps)
        return False  # str, slices, dyn, opaque, aliases

    def needs_drop(self, t) -> bool:
        cached = self._drop.get(t)
        if cached is None:
            self._drop[t] = False  # recursion guard
            cached = self._compute_drop(t)
            self._drop[t] = cached
        return cached

    def _compute_drop(self, t) -> bool:
        if isinstance(t, _ALWAYS_COPY) or isinstance(t, T.Ref):
            return False
        if isinstance(t, T.Tuple):
            return any(self.needs_drop(e) for e in t.elems)
        if isinstance(t, (T.Array, T.Slice)):
            return self.needs_drop(t.elem)
        if isinstance(t, T.Param):
            return t.name not in self.copy_params
        if isinstance(t, T.Adt):
            info = self.adts.get(t.def_id)
            if info is None:
                return True
            if info.has_drop_impl:
                return True
            if info.is_std:
                # std containers own memory; plain-data std types are Copy
                return not self.is_copy(t)
            return any(self.needs_drop(f) for f in self.adt_field_tys(t))
        if isinstance(t, T.Closure):
            caps = self.captures_of(t.def_id)
            if caps is None:
                return False
            return any(mode in ("move",) and self.needs_drop(ty) for mode, ty in caps)
        if isinstance(t, (T.Dyn, T.Opaque, T.Alias, T.Str)):
            return not isinstance(t, T.Str)
        return False

    def adt_field_tys(self, t: T.Adt):
        """Every field type of every variant of t, with t's type arguments substituted."""
        info = self.adts.get(t.def_id)
        if info is None:
            return []
        subst = self.substitution(t)
        fields = list(info.fields)
        for v in info.variants:
            fields.extend(v.fields)
        return [substitute(f.ty, subst) for f in fields]

    def substitution(self, t: T.Adt) -> dict:
        info = self.adts.get(t.def_id)
        if info is None:
            return {}
        type_args = [a for a in t.args if not isinstance(a, (T.Region, int))]
        return dict(zip(info.generics.types, type_args))

    def field_ty(self, t, variant: int, index: int):
        """The type of field `index` of `variant` (0 for structs) of ADT t, substituted."""
        info = self.adts.get(getattr(t, "def_id", None))
        if info is None:
            return T.ERROR
        fields = info.variants[variant].fields if info.variants else info.fields
        if index >= len(fields):
            return T.ERROR
        return substitute(fields[index].ty, self.substitution(t))


def substitute(t, subst: dict):
    """Replace Param(name) by subst[name] throughout t (regions left as they are)."""
    if not subst:
        return t
    if isinstance(t, T.Param):
        return subst.get(t.name, t)
    if isinstance(t, T.Ref):
        return T.Ref(t.region, t.mutable, substitute(t.inner, subst))
    if isinstance(t, T.Ptr):
        return T.Ptr(t.mutable, substitute(t.inner, subst))
    if isinstance(t, T.Tuple):
        return T.Tuple(tuple(substitute(e, subst) for e in t.elems))
    if isinstance(t, T.Array):
        return T.Array(substitute(t.elem, subst), t.length)
    if isinstance(t, T.Slice):
        return T.Slice(substitute(t.elem, subst))
    if isinstance(t, T.Adt):
        return T.Adt(t.def_id, tuple(a if isinstance(a, (T.Region, int)) else substitute(a, subst) for a in t.args))
    if isinstance(t, T.FnPtr):
        return T.FnPtr(tuple(substitute(p, subst) for p in t.params), substitute(t.ret, subst))
    return t
