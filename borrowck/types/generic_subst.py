"""Instantiating generic items: their type parameters in order, fresh substitutions.

The order of a generic item's arguments (`FnDef.args`, `Callee.args`) is the order of
`ItemTable.all_generics(def_id)`: the parent's (impl or trait, a trait's `Self` first)
type params, then the item's own; then the const params the same way (an int, a `Param`,
or an inference variable standing for a length while checking). Lifetimes are not substituted: signatures keep their
declared `Region("param", "'a")` names for the borrow checker.
"""
from __future__ import annotations

from . import ty as T
from .infer import InferCtxt
from .type_fold import subst


def type_param_names(items, def_id: str) -> tuple:
    memo = getattr(items, "generics_memo", None)
    if memo is None:
        return tuple(n for g in items.all_generics(def_id) for n in g.types)
    key = ("type_params", def_id)  # beside all_generics' DefId keys
    hit = memo.get(key)
    if hit is None:
        hit = memo[key] = tuple(n for g in items.all_generics(def_id) for n in g.types)
    return hit


def const_param_names(items, def_id: str) -> tuple:
    """The const params of def_id and its parents (they follow the type params in `FnDef.args`)."""
    memo = getattr(items, "generics_memo", None)
    if memo is None:
        return tuple(n for g in items.all_generics(def_id) for n, _ in g.consts)
    key = ("const_params", def_id)
    hit = memo.get(key)
    if hit is None:
        hit = memo[key] = tuple(n for g in items.all_generics(def_id) for n, _ in g.consts)
    return hit


def generic_arg_names(items, def_id: str) -> tuple:
    """The names `FnDef.args` follow: type params, then const params."""
    return type_param_names(items, def_id) + const_param_names(items, def_id)


def fresh_substs(icx: InferCtxt, items, def_id: str, origin=None, fixed: dict = None) -> dict:
    """A fresh inference variable per type param of def_id (names in `fixed` keep theirs),
    and per const param (array lengths `[T; N]` in its signature)."""
    out = {}
    for name in type_param_names(items, def_id):
        if fixed and name in fixed:
            out[name] = fixed[name]
        else:
            out[name] = icx.new_var("ty", origin)
    for name in const_param_names(items, def_id):
        if fixed and name in fixed:
            out[name] = fixed[name]
        else:
            out[name] = icx.new_var("ty", origin)
    return out


def args_of(items, def_id: str, substs: dict) -> tuple:
    return tuple(substs.get(n, T.Param(n)) for n in generic_arg_names(items, def_id))


def substs_of(items, def_id: str, args: tuple) -> dict:
    return dict(zip(generic_arg_names(items, def_id), args))


def fn_sig_types(items, fn_id: str, args: tuple) -> tuple:
    """(params, ret) of fn_id instantiated with args (see module doc for the order)."""
    sig = items.fns[fn_id]
    m = substs_of(items, fn_id, args)
    return tuple(subst(p, m) for p in sig.params), subst(sig.ret, m)


def self_subst(t: T.Ty, self_ty: T.Ty) -> T.Ty:
    return subst(t, {"Self": self_ty})
