"""Structural unification of two types in an InferCtxt (regions are ignored here).

Rules: a "ty" variable binds to anything (occurs check); an "int" variable binds only to
an integer type or another int variable, a "float" one only to a float type. `Error`
unifies with everything so an already-reported error does not cascade. Returns False on
a mismatch; callers that probe take a snapshot and roll back on failure.
"""
from __future__ import annotations

from . import ty as T
from .infer import InferCtxt
from .type_fold import has_infer, walk


def unify(icx: InferCtxt, a: T.Ty, b: T.Ty) -> bool:
    if type(a) is T.Infer:
        a = icx.shallow(a)
    if type(b) is T.Infer:
        b = icx.shallow(b)
    if a is b:
        return True
    # equal types unify without binding anything, by the rules below as well: only leaf
    # types need the value comparison (at the end), so unequal ones skip a deep `==`
    ca, cb = type(a), type(b)
    if ca is T.Error or cb is T.Error:
        return True
    if ca is T.Infer:
        return _bind_var(icx, a, b)
    if cb is T.Infer:
        return _bind_var(icx, b, a)
    if ca is not cb:
        # a projection that could not be normalized yet (its self type is still being
        # inferred) may turn out to be anything: accept rather than fail
        if ca is T.Alias and _has_infer(icx, a.self_ty):
            return True
        if cb is T.Alias and _has_infer(icx, b.self_ty):
            return True
        return False
    if ca is T.Ref:
        return a.mutable == b.mutable and unify(icx, a.inner, b.inner)
    if ca is T.Adt:
        return a.def_id == b.def_id and _unify_args(icx, a.args, b.args)
    if ca is T.Tuple:
        return len(a.elems) == len(b.elems) and _unify_args(icx, a.elems, b.elems)
    if ca is T.Slice:
        return unify(icx, a.elem, b.elem)
    if ca is T.Array:
        return _unify_len(icx, a.length, b.length) and unify(icx, a.elem, b.elem)
    if ca is T.Ptr:
        return a.mutable == b.mutable and unify(icx, a.inner, b.inner)
    if ca is T.FnDef:
        return a.def_id == b.def_id and _unify_args(icx, a.args, b.args)
    if ca is T.FnPtr:
        return (len(a.params) == len(b.params) and _unify_args(icx, a.params, b.params)
                and unify(icx, a.ret, b.ret))
    if ca is T.Closure:
        return a.def_id == b.def_id
    if ca is T.Dyn:
        return (a.trait_id == b.trait_id and set(a.auto_traits) == set(b.auto_traits)
                and _unify_args(icx, a.args, b.args)
                and len(a.assoc) == len(b.assoc)
                and all(n1 == n2 and unify(icx, x, y) for (n1, x), (n2, y) in zip(a.assoc, b.assoc)))
    if ca is T.Alias:
        return (a.trait_id == b.trait_id and a.name == b.name and unify(icx, a.self_ty, b.self_ty)
                and _unify_args(icx, a.args, b.args))
    if ca is T.Opaque:
        # the same `impl Trait` instantiated twice: unify what its bounds mention
        if a.def_id != b.def_id or len(a.bounds) != len(b.bounds):
            return False
        for p, q in zip(a.bounds, b.bounds):
            tp, tq = getattr(p, "trait_ref", None), getattr(q, "trait_ref", None)
            if tp is None or tq is None:
                continue
            if not _unify_args(icx, tp.args, tq.args):
                return False
            if hasattr(p, "ty") and hasattr(q, "ty") and not unify(icx, p.ty, q.ty):
                return False
        return True
    # Int, Float, Param, ... compare by value
    return a == b


def _unify_len(icx: InferCtxt, a, b) -> bool:
    """Array lengths / const arguments: an int, a const parameter `N`, a variable standing
    for either (bound here), or None (not evaluated). Only two different ints conflict: a
    signature's `N` is not instantiated at every use yet (calls keep it), so a parameter
    is compatible with anything, as None is."""
    if type(a) is T.Infer:
        a = icx.shallow(a)
    if type(b) is T.Infer:
        b = icx.shallow(b)
    if a is None or b is None or a == b:
        return True
    if type(a) is T.Infer:
        return _bind_var(icx, a, b)
    if type(b) is T.Infer:
        return _bind_var(icx, b, a)
    return type(a) is not int or type(b) is not int


def _unify_args(icx: InferCtxt, xs: tuple, ys: tuple) -> bool:
    if len(xs) != len(ys):
        return False
    for x, y in zip(xs, ys):
        if isinstance(x, T.Region) or isinstance(y, T.Region):
            continue
        if isinstance(x, int) or isinstance(y, int):
            if not _unify_len(icx, x, y):
                return False
            continue
        if not unify(icx, x, y):
            return False
    return True


def _bind_var(icx: InferCtxt, v: T.Infer, t: T.Ty) -> bool:
    kind = icx.root_kind(v.index)
    ct = type(t)
    if ct is T.Infer:
        tk = icx.root_kind(t.index)
        if kind != "ty" and tk != "ty" and kind != tk:
            return False
        icx.union(v.index, t.index)
        return True
    if kind == "int" and ct is not T.Int:
        return False
    if kind == "float" and ct is not T.Float:
        return False
    if occurs(icx, v.index, t):
        return False
    icx.bind(v.index, t)
    return True


def occurs(icx: InferCtxt, var: int, t: T.Ty) -> bool:
    if not has_infer(t):
        return False
    root = icx.find(var)
    for x in walk(t):
        if type(x) is T.Infer:
            s = icx.shallow(x)
            if type(s) is T.Infer:
                if icx.find(s.index) == root:
                    return True
            elif occurs(icx, var, s):
                return True
    return False


def _has_infer(icx: InferCtxt, t: T.Ty) -> bool:
    return has_infer(t) and any(type(x) is T.Infer and type(icx.shallow(x)) is T.Infer for x in walk(t))


def can_unify(icx: InferCtxt, a: T.Ty, b: T.Ty) -> bool:
    """Whether a and b unify, leaving no trace."""
    snap = icx.snapshot()
    ok = unify(icx, a, b)
    icx.rollback_to(snap)
    return ok
