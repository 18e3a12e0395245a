"""The impls of one trait bucketed by the head of their self type, and a cheap structural
pre-check that rejects an impl header before the trait solver instantiates it.

Matching an impl costs fresh variables, a substitution, a unification and a rollback; most
impls a query meets fail on their head (`From<char> for String` asked about `&str`), so:
1. `ImplIndex` hands each query only the impls whose self type can have its head
   (`head_key`, plus `&`, `&mut`, closures, fn items/pointers, `!`); blanket impls
   (`impl<T> .. for T`) go with every query. Lists keep one fixed order per query, the
   order of the impls in the trait's list, so candidate order (which failure gets
   reported) does not depend on the bucketing.
2. `may_match(icx, header, ty)` is False only where unification of the instantiated
   header with `ty` must fail (the header's params match anything), mirroring `unify`.
"""
from __future__ import annotations

from . import ty as T
from .infer import InferCtxt
from .items import head_key

_SCALARS = (T.Int, T.Float, T.Bool, T.Char, T.Str, T.Never)


def extra_head(t: T.Ty):
    """The bucket of a type without a `head_key` (None: generic, matches anything)."""
    cls = type(t)
    if cls is T.Ref:
        return "&mut" if t.mutable else "&"
    if cls is T.Closure:
        return "closure"
    if cls is T.FnDef:
        return "fndef"
    if cls is T.FnPtr:
        return "fnptr"
    if cls is T.Never:
        return "!"
    return None


class ImplIndex:
    __slots__ = ("all", "generic", "_by_head", "_extra", "_pos", "_memo")

    def __init__(self, impls) -> None:
        by_head: dict = {}
        for impl in impls:
            by_head.setdefault(head_key(impl.trait_ref.self_ty), []).append(impl)
        self.all = [i for lst in by_head.values() for i in lst]  # the solver's original order
        self._pos = {id(i): n for n, i in enumerate(self.all)}
        self._by_head = by_head
        self._extra: dict = {}
        self.generic = []  # impls for a type parameter (or a projection): may match anything
        for impl in by_head.get(None, ()):
            k = extra_head(impl.trait_ref.self_ty)
            if k is None:
                self.generic.append(impl)
            else:
                self._extra.setdefault(k, []).append(impl)
        self._memo: dict = {}

    def keyed(self, key: str) -> list:
        """Impls for a type with `head_key` key: its bucket, then the generic impls."""
        hit = self._memo.get(key)
        if hit is None:
            hit = self._memo[key] = self._by_head.get(key, []) + self.generic
        return hit

    def extra_keyed(self, key: str) -> list:
        """Impls for a type bucketed by `extra_head`, in the order of `all`."""
        memo_key = ("extra", key)
        hit = self._memo.get(memo_key)
        if hit is None:
            pos = self._pos
            hit = self._memo[memo_key] = sorted(self._extra.get(key, []) + self.generic, key=lambda i: pos[id(i)])
        return hit


def may_match(icx: InferCtxt, header: T.Ty, t: T.Ty) -> bool:
    """False only if `header` (an impl's type; its type params stand for fresh variables)
    cannot unify with `t`; True when unsure."""
    ch = type(header)
    if ch is T.Param or ch is T.Alias or ch is T.Error or ch is T.Infer:
        return True
    if type(t) is T.Infer:
        t = icx.shallow(t)
    ct = type(t)
    if ct is T.Infer or ct is T.Alias or ct is T.Error:
        return True
    if ch is not ct:
        return False
    if ch is T.Adt or ch is T.FnDef:
        return header.def_id == t.def_id and args_may_match(icx, header.args, t.args)
    if ch is T.Ref or ch is T.Ptr:
        return header.mutable == t.mutable and may_match(icx, header.inner, t.inner)
    if ch is T.Tuple:
        return len(header.elems) == len(t.elems) and args_may_match(icx, header.elems, t.elems)
    if ch is T.Slice:
        return may_match(icx, header.elem, t.elem)
    if ch is T.Array:
        if type(header.length) is int and type(t.length) is int and header.length != t.length:
            return False
        return may_match(icx, header.elem, t.elem)
    if ch in _SCALARS:
        return header == t
    return True  # fn pointers, closures, trait objects, opaque types: left to unification


def args_may_match(icx: InferCtxt, xs: tuple, ys: tuple) -> bool:
    """Generic argument lists, as `unify` compares them (regions ignored, consts equal)."""
    if len(xs) != len(ys):
        return False
    for x, y in zip(xs, ys):
        if isinstance(x, T.Region) or isinstance(y, T.Region):
            continue
        if isinstance(x, int) or isinstance(y, int):
            if type(x) is int and type(y) is int and x != y:  # else a const param or variable
                return False
            continue
        if not may_match(icx, x, y):
            return False
    return True
