"""Normalizing projections (`<Iter<'a, T> as Iterator>::Item` -> `&'a T`) for regions.

Type checking leaves some associated types unnormalized (`Alias`), and a result type like
`Self::Item` only says which regions it carries once normalized. The impl whose self type
(and trait arguments) match the alias's is found in the item table; its lifetime and type
parameters are bound by the match, and the associated type is substituted with them, so
the regions of the result are exactly the regions of the self type they come from.
Impls whose self type is a bare parameter (blanket impls) are tried last.
"""
from __future__ import annotations

from typing import Optional

from ..types import ty as T
from ..types.items import head_key
from .renumber import component_types, substitute

MAX_DEPTH = 4


class Projections:
    """`normalize` over one crate's item table, memoized (shared by the crate's bodies).

    Valid because normalizing is a pure function of the (complete, unchanging) item table,
    the alias (an immutable type compared by value) and the depth: the same alias always
    gives the same (immutable) result. The impls to try for a (trait, self-type head) are
    listed once instead of filtering the trait's impls on every call."""

    def __init__(self, items):
        self.items = items
        self._memo: dict = {}  # (alias, depth) -> result
        self._candidates: dict = {}  # (trait_id, head) -> impls, in normalize's order

    def normalize(self, alias: T.Alias, depth: int = 0) -> Optional[object]:
        key = (alias, depth)
        try:
            return self._memo[key]
        except KeyError:
            pass
        except TypeError:  # an unhashable part (a mutable stand-in type): no memo
            return normalize(self.items, alias, depth, self)
        result = self._memo[key] = normalize(self.items, alias, depth, self)
        return result

    def candidates(self, trait_id, head):
        key = (trait_id, head)
        hit = self._candidates.get(key)
        if hit is None:
            hit = self._candidates[key] = _candidates(self.items, trait_id, head)
        return hit


def _candidates(items, trait_id, head):
    """The impls of trait_id that may match a self type with this head, concrete ones first
    (blanket impls last); None for an item table without this trait."""
    try:
        impls = items.trait_impls(trait_id)
    except Exception:  # an item table without this trait
        return None
    blanket = [i for i in impls if isinstance(i.trait_ref.self_ty, T.Param)]
    # another head: _match must fail (skips most of a trait's impls cheaply)
    return [i for i in impls if not isinstance(i.trait_ref.self_ty, T.Param)
            and (head is None or head_key(i.trait_ref.self_ty) in (None, head))] + blanket


def normalize(items, alias: T.Alias, depth: int = 0, memo: Optional[Projections] = None) -> Optional[object]:
    """The type alias stands for, or None when no impl gives a fully determined one.
    memo: the crate's Projections (nested projections go through it too)."""
    if items is None or depth > MAX_DEPTH:
        return None
    head = head_key(alias.self_ty)
    candidates = memo.candidates(alias.trait_id, head) if memo is not None \
        else _candidates(items, alias.trait_id, head)
    if candidates is None:
        return None
    for impl in candidates:
        types: dict = {}
        regions: dict = {}
        if not _match(impl.trait_ref.self_ty, alias.self_ty, types, regions):
            continue
        trait_args = [a for a in impl.trait_ref.args if not isinstance(a, (T.Region, int))]
        alias_args = [a for a in alias.args if not isinstance(a, (T.Region, int))]
        if len(trait_args) == len(alias_args) and \
                not all(_match(p, a, types, regions) for p, a in zip(trait_args, alias_args)):
            continue
        value = impl.assoc_type(alias.name)
        if value is None:
            return None
        _bind_fn_outputs(impl, types, regions)
        _bind_projections(items, impl, types, regions, depth, memo)
        # checked before substituting: the caller's own `T` may share an impl param's name
        if _mentions_param(value, set(impl.generics.types) - types.keys()):
            return None
        result = substitute(value, types, regions)
        return _finish(items, result, set(), depth, memo)
    return None


FN_TRAITS = ("std::ops::Fn", "std::ops::FnMut", "std::ops::FnOnce")


def _bind_fn_outputs(impl, types: dict, regions: dict) -> None:
    """An impl parameter named only by a bound `F: FnMut(..) -> B` (`Map`'s B) or
    `F: FnMut(..) -> Option<B>` (`FilterMap`'s) is bound by matching that output against
    the result type of the closure or fn pointer F is bound to."""
    from .renumber import ClosureEnv
    for pred in getattr(impl.generics, "preds", ()):
        trait_ref = getattr(pred, "trait_ref", None)
        if type(pred).__name__ != "ProjectionPred" or pred.name != "Output" or trait_ref is None \
                or trait_ref.trait_id not in FN_TRAITS or not isinstance(trait_ref.self_ty, T.Param) \
                or (isinstance(pred.ty, T.Param) and pred.ty.name in types):
            continue
        callee = types.get(trait_ref.self_ty.name)
        if isinstance(callee, ClosureEnv) and callee.sig:
            _match(pred.ty, callee.sig_ret, types, regions)
        elif isinstance(callee, T.FnPtr):
            _match(pred.ty, callee.ret, types, regions)


def _bind_projections(items, impl, types: dict, regions: dict, depth: int, memo=None) -> None:
    """An impl parameter named only by a bound `I: Iterator<Item = &'a T>` (`Copied`'s T)
    is bound by matching `&'a T` against `<I as Iterator>::Item` normalized."""
    for pred in getattr(impl.generics, "preds", ()):
        trait_ref = getattr(pred, "trait_ref", None)
        if type(pred).__name__ != "ProjectionPred" or trait_ref is None or \
                trait_ref.trait_id in FN_TRAITS or not isinstance(trait_ref.self_ty, T.Param) or \
                trait_ref.self_ty.name not in types or \
                (isinstance(pred.ty, T.Param) and pred.ty.name in types):
            continue
        args = tuple(a if isinstance(a, (T.Region, int)) else substitute(a, types, regions)
                     for a in trait_ref.args)
        value = _normalize(items, T.Alias(trait_ref.trait_id, pred.name, types[trait_ref.self_ty.name], args),
                           depth + 1, memo)
        if value is not None:
            _match(pred.ty, value, types, regions)


def _normalize(items, alias, depth, memo):
    return memo.normalize(alias, depth) if memo is not None else normalize(items, alias, depth)


def _finish(items, ty, impl_params: set, depth: int, memo=None):
    """Nested projections normalized; None if an impl parameter stayed unbound."""
    if isinstance(ty, T.Param):
        return None if ty.name in impl_params else ty
    if isinstance(ty, T.Alias):
        return _normalize(items, ty, depth + 1, memo)
    if isinstance(ty, T.Ref):
        inner = _finish(items, ty.inner, impl_params, depth, memo)
        return None if inner is None else T.Ref(ty.region, ty.mutable, inner)
    if isinstance(ty, T.Adt):
        args = []
        for a in ty.args:
            if isinstance(a, (T.Region, int)):
                args.append(a)
                continue
            done = _finish(items, a, impl_params, depth, memo)
            if done is None:
                return None
            args.append(done)
        return T.Adt(ty.def_id, tuple(args))
    if isinstance(ty, T.Tuple):
        elems = [_finish(items, e, impl_params, depth, memo) for e in ty.elems]
        return None if any(e is None for e in elems) else T.Tuple(tuple(elems))
    if isinstance(ty, (T.Slice, T.Array)):
        elem = _finish(items, ty.elem, impl_params, depth, memo)
        if elem is None:
            return None
        return T.Slice(elem) if isinstance(ty, T.Slice) else T.Array(elem, ty.length)
    return ty


def _mentions_param(ty, names: set) -> bool:
    """Does ty (an impl's associated type, before substitution) name one of these params?"""
    if not names:
        return False
    if isinstance(ty, T.Param):
        return ty.name in names
    if isinstance(ty, T.Alias):
        return _mentions_param(ty.self_ty, names) or any(
            _mentions_param(a, names) for a in ty.args if not isinstance(a, (T.Region, int)))
    return any(_mentions_param(c, names) for c in component_types(ty))


def _match(pattern, actual, types: dict, regions: dict) -> bool:
    """Does the impl's type `pattern` match `actual`, binding the impl's parameters?"""
    if isinstance(pattern, T.Param):
        types.setdefault(pattern.name, actual)
        return True
    if isinstance(pattern, T.Ref):
        if not isinstance(actual, T.Ref) or actual.mutable != pattern.mutable:
            return False
        _bind_region(pattern.region, actual.region, regions)
        return _match(pattern.inner, actual.inner, types, regions)
    if isinstance(pattern, T.Adt):
        if not isinstance(actual, T.Adt) or actual.def_id != pattern.def_id or len(actual.args) != len(pattern.args):
            return False
        for p, a in zip(pattern.args, actual.args):
            if isinstance(p, T.Region):
                if isinstance(a, T.Region):
                    _bind_region(p, a, regions)
            elif isinstance(p, int) or isinstance(a, (T.Region, int)):
                continue
            elif not _match(p, a, types, regions):
                return False
        return True
    if isinstance(pattern, T.Tuple):
        return isinstance(actual, T.Tuple) and len(actual.elems) == len(pattern.elems) and \
            all(_match(p, a, types, regions) for p, a in zip(pattern.elems, actual.elems))
    if isinstance(pattern, (T.Slice, T.Array)):
        return type(actual) is type(pattern) and _match(pattern.elem, actual.elem, types, regions)
    if isinstance(actual, (T.Infer, T.Error, T.Param, T.Alias)):
        return False
    return pattern == actual


def _bind_region(pattern: T.Region, actual: T.Region, regions: dict) -> None:
    if pattern.kind == "param":
        regions.setdefault(pattern.name, actual)
