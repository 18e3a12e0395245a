"""Which lifetimes an `impl Trait` result captures (its hidden type may only hold those).

Editions up to 2021: the lifetimes named in the bounds (`impl Iterator<Item = &'a T> + 'b`
captures 'a and 'b; `+ '_` names the elided one). Edition 2024: every lifetime in scope.
A trait's fns and their impls (`impl Trait` in trait position) capture every lifetime in
every edition; they keep the conservative treatment (no check in the defining body).
Only a result that *is* an `impl Trait` is checked; one nested in another type
(`Option<impl Fn()>`) is not yet.
"""
from __future__ import annotations

from ..types import ty as T


def opaque_captures(fn_info, edition: str, items) -> tuple | None:
    """The captured lifetime names of fn_info's `impl Trait` result, or None when the
    result is not one (or is not checked)."""
    if fn_info is None or not isinstance(fn_info.ret, T.Opaque):
        return None
    if _in_trait_or_trait_impl(fn_info.def_id, items):
        return None
    if edition >= "2024":
        return tuple(fn_info.lifetimes)
    named: list = []
    for pred in fn_info.ret.bounds:
        for name in _region_names(pred):
            if name in fn_info.lifetimes and name not in named:
                named.append(name)
    return tuple(named)


def _in_trait_or_trait_impl(def_id: str, items) -> bool:
    parent = def_id.rsplit("::", 1)[0]
    if "<impl " in parent and " for " in parent.rsplit("<impl ", 1)[1]:
        return True
    traits = getattr(items, "traits", None)
    return bool(traits) and parent in traits


def _region_names(node) -> list:
    """Names of the lifetime parameters anywhere in a bound (predicates, types, regions)."""
    out: list = []
    stack = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, T.Region):
            if n.kind == "param":
                out.append(n.name)
        elif isinstance(n, (tuple, list)):
            stack.extend(n)
        elif hasattr(n, "__slots__") or hasattr(n, "__dataclass_fields__"):
            for name in getattr(n, "__dataclass_fields__", ()) or ():
                if name != "span":
                    stack.append(getattr(n, name))
    return out
