"""Method lookup (`recv.name(args)`), as rustc's probe phase does it.

1. Autoderef the receiver type: U0 = recv, U1 = *U0, ... (Deref impls included), and
   finally `[T]` after an array `[T; N]` (unsize step).
2. At each step Ui, try by value, then autoref `&Ui`, then `&mut Ui`; for each of those,
   inherent candidates first (impls of Ui's head; methods of the bounds of a type
   parameter; methods of a `dyn Trait`'s trait), then trait candidates (traits in scope:
   the prelude's, and those declared in or imported into the module or its blocks).
3. A candidate applies when its receiver type (`self`, `&self`, `&mut self`, `self:
   Box<Self>`, with the impl's parameters fresh) unifies with the adjusted Ui, and, for a
   trait candidate, `Ui: Trait` may hold.
The pick records the adjustments of the receiver (derefs, autoref, unsize) and the
instantiated signature.
"""
from __future__ import annotations

from typing import Optional

from ..syntax.node_class import node_class
from . import ty as T
from .autoderef import autoderef_steps
from .generic_subst import fresh_substs
from .item_defs import TraitPred
from .trait_solver import NO, instantiate_pred, supertrait_ids
from .type_fold import has_infer, mentions, subst
from .typed_crate import Adjustment
from .unify import unify

PRELUDE_TRAITS = frozenset({
    "std::clone::Clone", "std::marker::Copy", "std::marker::Send", "std::marker::Sync",
    "std::marker::Sized", "std::ops::Drop", "std::ops::Fn", "std::ops::FnMut",
    "std::ops::FnOnce", "std::iter::Iterator", "std::iter::IntoIterator",
    "std::iter::DoubleEndedIterator", "std::iter::ExactSizeIterator", "std::iter::Extend",
    "std::iter::FromIterator", "std::string::ToString", "std::borrow::ToOwned",
    "std::cmp::PartialEq", "std::cmp::Eq", "std::cmp::PartialOrd", "std::cmp::Ord",
    "std::convert::AsRef", "std::convert::AsMut", "std::convert::Into", "std::convert::From",
    "std::convert::TryFrom", "std::convert::TryInto", "std::default::Default",
})


@node_class(slots=True)
class MethodPick:
    fn_id: str
    container: str  # impl DefId (inherent) or trait DefId
    is_trait: bool
    substs: dict  # every type param of the fn (parent's first) -> Ty
    self_ty: T.Ty  # the type at the step where the method was found
    adjustments: tuple
    params: tuple  # instantiated, receiver first
    ret: T.Ty
    ambiguous_with: Optional[str] = None  # another trait whose method applies as well (E0034)


def traits_in_scope(fcx) -> set:
    """Traits whose methods are callable by method syntax in this body."""
    ccx = fcx.ccx
    key = fcx.scope.module
    cached = ccx.traits_in_scope_cache.get(key)
    if cached is None:
        cached = _module_traits(fcx, key)
    # rustc: inside `impl Trait for X`, Trait's own items are in scope (`self.0.fmt(f)`)
    own = _impl_trait(fcx)
    return cached if own is None or own in cached else cached | {own}


def _impl_trait(fcx):
    sig = fcx.items.fns.get(fcx.def_id) if fcx.def_id is not None else None
    impl = fcx.items.impls.get(sig.container) if sig is not None and sig.container else None
    return impl.trait_ref.trait_id if impl is not None and impl.trait_ref is not None else None


def _module_traits(fcx, key) -> set:
    ccx = fcx.ccx
    items = fcx.items
    # rustc: the traits named in the module and its enclosing blocks (declared, imported,
    # glob-imported, `use m::Tr as _`) and the prelude's; an outer module's traits and an
    # imported trait's supertraits are not in scope (bounds and `dyn` are inherent-like)
    out = set(PRELUDE_TRAITS)
    out.update(items.resolver.traits_in_scope(fcx.scope))
    ccx.traits_in_scope_cache[key] = out
    return out


def methods_by_name(ccx, name: str) -> list:
    """(trait_id, fn DefId) of every trait declaring a method `name` (index built once)."""
    index = ccx.trait_methods_index
    if index is None:
        index = {}
        for tid, info in ccx.items.traits.items():
            for n, fid in info.methods:
                index.setdefault(n, []).append((tid, fid))
        ccx.trait_methods_index = index
    return index.get(name, [])


def lookup_method(fcx, recv_ty: T.Ty, name: str, span, turbofish: tuple = ()) -> Optional[MethodPick]:
    steps = autoderef_steps(fcx, recv_ty)
    last = fcx.shallow(steps[-1][0])
    if type(last) is T.Array:
        steps.append((T.Slice(last.elem), "unsize"))
    key = _pick_key(fcx, recv_ty, name, turbofish)
    if key is not None:
        hit = fcx.solver.cache.method_picks.get(key)
        if hit is not None:
            pick = _replay_pick(fcx, hit, steps, span)
            if pick is not None:
                return pick
    in_scope = traits_in_scope(fcx)
    trait_cands = [(tid, fid) for tid, fid in methods_by_name(fcx.ccx, name) if tid in in_scope]
    for idx, (u, _kind) in enumerate(steps):
        u = fcx.shallow(u)
        if type(u) is T.Infer and u.kind == "ty":
            return None
        inherent = _inherent_candidates(fcx, u, name)
        for autoref in (None, False, True):
            adjusted = u if autoref is None else T.Ref(T.ERASED, autoref, u)
            for group in (inherent, trait_cands):
                for cand in group:
                    pick = _try_candidate(fcx, cand, u, adjusted, turbofish, span, group is trait_cands)
                    if pick is not None:
                        pick.adjustments = _adjustments(fcx, steps, idx, autoref)
                        if group is trait_cands:
                            pick.ambiguous_with = _other_applicable(fcx, cand, trait_cands, u, adjusted, span)
                        if key is not None:
                            fcx.solver.cache.method_picks[key] = (idx, autoref, cand, group is trait_cands,
                                                                  pick.ambiguous_with)
                        return pick
    return None


def _pick_key(fcx, recv_ty: T.Ty, name: str, turbofish: tuple):
    """The probe's cache key when its outcome is the same in every body of the crate with
    this parameter environment (the cache lives in the solver's per-environment
    SolverCache): a receiver without inference variables, opaque or error types (its
    autoderef steps and every candidate test are then fixed; closures stand in by their
    signatures and kinds), no turbofish, and the traits in scope, which depend only on the
    module and the enclosing trait impl."""
    if turbofish:
        return None
    t = fcx.resolve(recv_ty)
    if mentions(t, _UNCACHED):
        # closures whose captures are not analysed yet are as good as their stand-ins (the
        # solver's `closure_key`): the probe sees their signatures and kinds only
        t = fcx.solver.closure_key("", t, ())
        if t is None:
            return None
    return t, name, fcx.scope.module, _impl_trait(fcx)


_UNCACHED = frozenset({T.Infer, T.Closure, T.Opaque, T.Error})


def _replay_pick(fcx, hit, steps, span) -> Optional[MethodPick]:
    """The pick a full probe makes, from its remembered winner: only the winning candidate
    is instantiated, so the inference table gets the very variables the probe would have
    left (the failed candidates roll theirs back)."""
    idx, autoref, cand, via_trait, ambiguous_with = hit
    if idx >= len(steps):
        return None
    u = fcx.shallow(steps[idx][0])
    adjusted = u if autoref is None else T.Ref(T.ERASED, autoref, u)
    pick = _try_candidate(fcx, cand, u, adjusted, (), span, via_trait)
    if pick is not None:
        pick.adjustments = _adjustments(fcx, steps, idx, autoref)
        pick.ambiguous_with = ambiguous_with
    return pick


def unimported_traits_providing(fcx, recv_ty: T.Ty, name: str, span) -> list:
    """Traits not in scope whose method `name` would apply to recv_ty (rustc's E0599 help
    "trait ... is implemented but not in scope"); the probe leaves no inference behind."""
    in_scope = traits_in_scope(fcx)
    cands = [(tid, fid) for tid, fid in methods_by_name(fcx.ccx, name) if tid not in in_scope]
    found: list = []
    if not cands:
        return found
    snap = fcx.icx.snapshot()
    try:
        for u, _kind in autoderef_steps(fcx, recv_ty):
            u = fcx.shallow(u)
            if type(u) is T.Infer and u.kind == "ty":
                break
            for autoref in (None, False, True):
                adjusted = u if autoref is None else T.Ref(T.ERASED, autoref, u)
                for cand in cands:
                    inner = fcx.icx.snapshot()
                    if _try_candidate(fcx, cand, u, adjusted, (), span, True) is not None \
                            and cand not in found:
                        found.append(cand)
                    fcx.icx.rollback_to(inner)
            if found:
                break
    finally:
        fcx.icx.rollback_to(snap)
    return found


def _inherent_candidates(fcx, u: T.Ty, name: str) -> list:
    items = fcx.items
    cls = type(u)
    out = []
    if cls in (T.Param, T.Alias, T.Opaque):
        # methods of the traits bounding a type parameter act like inherent ones; an
        # `impl Trait` result's bounds only through traits in scope (rustc: E0599)
        in_scope = traits_in_scope(fcx) if cls is T.Opaque else None
        for tid in _bound_traits(fcx, u):
            if in_scope is not None and tid not in in_scope:
                continue
            info = items.traits.get(tid)
            if info is not None and info.method(name):
                out.append((tid, info.method(name)))
        return out
    if cls is T.Dyn:
        for tid in [u.trait_id] + sorted(supertrait_ids(items, u.trait_id)):
            info = items.traits.get(tid)
            if info is not None and info.method(name):
                out.append((tid, info.method(name)))
        # `impl dyn Any { fn is<T>(&self) }`: inherent methods of the object type itself
        out.extend((impl.def_id, sig.def_id) for impl, sig in items.inherent_methods(u, name) if sig.has_self)
        return out
    for impl, sig in items.inherent_methods(u, name):
        if sig.has_self:
            out.append((impl.def_id, sig.def_id))
    return out


def _bound_traits(fcx, u: T.Ty) -> list:
    out = []
    target = fcx.resolve(u)
    for p in fcx.solver.env:
        tr = getattr(p, "trait_ref", None)
        if tr is not None and type(p).__name__ == "TraitPred" and fcx.resolve(tr.self_ty) == target:
            out.append(tr.trait_id)
    if type(u) is T.Alias:
        for b in fcx.solver.alias_bounds(u):
            if type(b).__name__ == "TraitPred":
                out.append(b.trait_ref.trait_id)
                out.extend(sorted(supertrait_ids(fcx.items, b.trait_ref.trait_id)))
    if type(u) is T.Opaque:
        for b in u.bounds:
            tid = getattr(getattr(b, "trait_ref", b), "trait_id", None)
            if tid:
                out.append(tid)
                out.extend(sorted(supertrait_ids(fcx.items, tid)))
    return out


def _try_candidate(fcx, cand, u, adjusted, turbofish, span, via_trait) -> Optional[MethodPick]:
    container, fn_id = cand
    items = fcx.items
    sig = items.fns.get(fn_id)
    if sig is None or not sig.has_self:
        return None
    icx = fcx.icx
    is_trait = container in items.traits
    snap = icx.snapshot()
    fixed = {"Self": u} if is_trait and not via_trait else None
    substs = fresh_substs(icx, items, fn_id, span, fixed)
    own = sig.generics.types
    if turbofish:
        for n, t in zip(own, turbofish):
            substs[n] = t
    if is_trait:
        self_ty = substs.get("Self", u)
    else:
        impl = items.impls[container]
        self_ty = subst(impl.self_ty, substs)
        substs.setdefault("Self", self_ty)
    xform = subst(subst(sig.params[0], substs), {"Self": self_ty})
    if not unify(icx, xform, adjusted):
        icx.rollback_to(snap)
        return None
    if not is_trait and (_unsized_impl_param(fcx, container, substs)
                         or not _impl_bounds_may_hold(fcx, container, substs)):
        # impl params are implicitly `Sized` (`Vec<str>` has no `push`), and an inherent impl's
        # where-clauses are part of the probe (`[S]::join` needs `S: Borrow<str>`): E0599
        icx.rollback_to(snap)
        return None
    if is_trait and via_trait:
        trait_info = items.traits[container]
        args = tuple(substs[n] for n in trait_info.generics.types[1:])
        if fcx.solver.evaluate(container, self_ty, args) == NO:
            icx.rollback_to(snap)
            return None
    icx.commit(snap)
    full = dict(substs)
    full["Self"] = self_ty
    params = tuple(subst(p, full) for p in sig.params)
    ret = subst(sig.ret, full)
    return MethodPick(fn_id, container, is_trait, full, self_ty, (), params, ret)


def _other_applicable(fcx, picked, cands, u, adjusted, span) -> Optional[str]:
    """Another trait in scope whose method certainly applies at the same step (`H.fly()` with
    both `Pilot` and `Wizard` implemented for `H`); only for receivers without variables."""
    if has_infer(fcx.resolve(u)):
        return None
    for cand in cands:
        if cand[0] == picked[0]:
            continue
        snap = fcx.icx.snapshot()
        try:
            other = _try_candidate(fcx, cand, u, adjusted, (), span, True)
            if other is None:
                continue
            info = fcx.items.traits[cand[0]]
            args = tuple(other.substs[n] for n in info.generics.types[1:])
            if not has_infer(fcx.resolve(other.self_ty)) and \
                    fcx.solver.evaluate(cand[0], other.self_ty, args) == "yes":
                return cand[0]
        finally:
            fcx.icx.rollback_to(snap)
    return None


def _impl_bounds_may_hold(fcx, impl_id, substs) -> bool:
    for p in fcx.items.generics_of(impl_id).preds if fcx.items.generics_of(impl_id) else ():
        if type(p) is not TraitPred or p.maybe:
            continue
        q = instantiate_pred(p, substs)
        tr = q.trait_ref
        if fcx.solver.evaluate(tr.trait_id, tr.self_ty, tr.args) == NO:
            return False
    return True


def _unsized_impl_param(fcx, impl_id, substs) -> bool:
    from .crate_check import relaxed_params

    impl = fcx.items.impls.get(impl_id)
    if impl is None:
        return False
    relaxed = relaxed_params(impl.generics)
    for name in impl.generics.types:
        t = fcx.shallow(substs.get(name, T.ERROR))
        if name not in relaxed and type(t) in (T.Str, T.Slice, T.Dyn):
            return True
    return False


def _adjustments(fcx, steps, idx, autoref) -> tuple:
    adjs = []
    for i in range(1, idx + 1):
        t, kind = steps[i]
        if kind == "unsize":
            continue
        mutable = kind == "overloaded_deref" and autoref is True
        adjs.append(Adjustment(kind, mutable, t))
    u = steps[idx][0]
    if autoref is not None:
        if steps[idx][1] == "unsize":
            arr = steps[idx - 1][0]
            adjs.append(Adjustment("borrow", autoref, T.Ref(T.ERASED, autoref, arr)))
            adjs.append(Adjustment("unsize", False, T.Ref(T.ERASED, autoref, u)))
        else:
            adjs.append(Adjustment("borrow", autoref, T.Ref(T.ERASED, autoref, u)))
    else:
        su = fcx.shallow(u)
        if type(su) is T.Ref and su.mutable:
            # a `&mut` receiver passed by value is reborrowed, not moved
            adjs.append(Adjustment("deref", False, su.inner))
            adjs.append(Adjustment("borrow", True, su))
    return tuple(adjs)
