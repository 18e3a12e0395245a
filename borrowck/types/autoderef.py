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

DEREF = "std::ops::Deref"
BOX = "std::boxed::Box"
_LIMIT = 12


def deref_once(fcx, t: T.Ty):
    """(target type, kind) of one dereference of t, or None when t cannot be dereferenced."""
    t = fcx.structurally_resolve(t)
    cls = type(t)
    if cls is T.Ref:
        return t.inner, "deref"
    if cls is T.Adt:
        if t.def_id == BOX:
            return next(a for a in t.args if not isinstance(a, (T.Region, int))), "deref"
        target = overloaded_target(fcx, t)
        if target is not None:
            return target, "overloaded_deref"
    if cls is T.Param or cls is T.Alias:
        target = overloaded_target(fcx, t)
        if target is not None:
            return target, "overloaded_deref"
    return None


def overloaded_target(fcx, t: T.Ty):
    if fcx.solver.evaluate(DEREF, t, ()) != YES:
        return None
    target = fcx.solver.normalize(T.Alias(DEREF, "Target", t, ()))
    if target is None or type(target) is T.Error:
        return None
    return fcx.normalize(target, None)


def autoderef_steps(fcx, t: T.Ty, mutable: bool = False) -> list:
    steps = [(fcx.structurally_resolve(t), "start")]
    seen = {fcx.resolve(steps[0][0])}
    while len(steps) < _LIMIT:
        cur = steps[-1][0]
        if type(fcx.shallow(cur)) is T.Infer:
            break
        nxt = deref_once(fcx, cur)
        if nxt is None:
            break
        target = fcx.structurally_resolve(nxt[0])
        key = fcx.resolve(target)
        if key in seen:
            break
        seen.add(key)
        steps.append((target, nxt[1]))
    return steps
