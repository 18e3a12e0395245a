"""Autoderef: the chain of types reached by dereferencing a type repeatedly.

Step kinds: "start" (the type itself), "deref" (built-in: `&T`, `&mut T`, `Box<T>`),
"overloaded_deref" (a `Deref` impl: `String` -> `str`, `Vec<T>` -> `[T]`, `Rc<T>` -> `T`,
`Ref<T>` -> `T`, `MutexGuard<T>` -> `T`, user impls). Stops at a type whose shape is not
known yet (an inference variable) and after a fixed number of steps (rustc's recursion
limit is larger; real programs need a handful).
"""
from __future__ import annotations

from . import ty as T
from .trait_solver import YES
from .type_fold import may_have_alias, mentions

DEREF = "std::ops::Deref"
BOX = "std::boxed::Box"
_LIMIT = 12


def deref_once(fcx, t: T.Ty):
    """(target type, kind) of one dereference of t, or None when t cannot be dereferenced."""
    return _deref_step(fcx, t, [])


def _deref_step(fcx, t: T.Ty, impure: list):
    """deref_once; appends to `impure` when normalizing an overloaded target may have left
    obligations behind (its `Deref::Target` had projections)."""
    t = fcx.structurally_resolve(t)
    cls = type(t)
    if cls is T.Ref:
        return t.inner, "deref"
    if cls is T.Adt:
        if t.def_id == BOX:
            return next(a for a in t.args if not isinstance(a, (T.Region, int))), "deref"
        target = _overloaded_target(fcx, t, impure)
        if target is not None:
            return target, "overloaded_deref"
    if cls is T.Param or cls is T.Alias:
        target = _overloaded_target(fcx, t, impure)
        if target is not None:
            return target, "overloaded_deref"
    return None


def overloaded_target(fcx, t: T.Ty):
    return _overloaded_target(fcx, t, [])


def _overloaded_target(fcx, t: T.Ty, impure: list):
    if fcx.solver.evaluate(DEREF, t, ()) != YES:
        return None
    target = fcx.solver.normalize(T.Alias(DEREF, "Target", t, ()))
    if target is None or type(target) is T.Error:
        return None
    if may_have_alias(target):
        impure.append(target)
    return fcx.normalize(target, None)


def autoderef_steps(fcx, t: T.Ty, mutable: bool = False) -> list:
    start = fcx.structurally_resolve(t)
    # The chain of a type without variables, closures, opaque or error types is the same in
    # every body of the crate with this parameter environment (the solver's per-environment
    # cache holds it): built-in derefs take the type apart, overloaded ones ask the solver's
    # own ground caches. A chain that normalized a projection is not kept (that may have
    # registered obligations in this body).
    key = None if mentions(start, _UNCACHED) else start
    if key is not None:
        hit = fcx.solver.cache.autoderef.get(key)
        if hit is not None:
            return [(start, "start"), *hit]
    steps = [(start, "start")]
    seen = {fcx.resolve(start)}
    impure: list = []
    while len(steps) < _LIMIT:
        cur = steps[-1][0]
        if type(fcx.shallow(cur)) is T.Infer:
            break
        nxt = _deref_step(fcx, cur, impure)
        if nxt is None:
            break
        target = fcx.structurally_resolve(nxt[0])
        key_t = fcx.resolve(target)
        if key_t in seen:
            break
        seen.add(key_t)
        steps.append((target, nxt[1]))
    if key is not None and not impure and not any(mentions(s, _UNCACHED) for s, _ in steps):
        fcx.solver.cache.autoderef[key] = tuple(steps[1:])
    return steps


_UNCACHED = frozenset({T.Infer, T.Closure, T.Opaque, T.Error})
