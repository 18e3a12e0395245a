"""Structural maps over types: substitution of generic parameters and generic folding.

`fold(t, leaf)` rebuilds `t` bottom-up, calling `leaf` on every node first: when `leaf`
returns a type that one replaces the node (and is not walked further); when it returns
None the node's children are folded. Types are immutable, so unchanged subtrees are
returned as the same object (cheap identity checks, no needless allocation).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Callable, Optional

from . import ty as T


def fold(t: T.Ty, leaf: Callable[[T.Ty], Optional[T.Ty]]) -> T.Ty:
    r = leaf(t)
    if r is not None:
        return r
    cls = type(t)
    if cls is T.Ref:
        inner = fold(t.inner, leaf)
        return t if inner is t.inner else T.Ref(t.region, t.mutable, inner)
    if cls is T.Adt:
        args = _fold_args(t.args, leaf)
        return t if args is t.args else T.Adt(t.def_id, args)
    if cls is T.Tuple:
        elems = _fold_args(t.elems, leaf)
        return t if elems is t.elems else T.Tuple(elems)
    if cls is T.Slice:
        e = fold(t.elem, leaf)
        return t if e is t.elem else T.Slice(e)
    if cls is T.Array:
        e = fold(t.elem, leaf)
        n = t.length
        if n is not None and type(n) is not int:  # a const parameter or variable
            n = fold(n, leaf)
            n = n if type(n) in (int, T.Param, T.Infer) else None
        return t if e is t.elem and n is t.length else T.Array(e, n)
    if cls is T.Ptr:
        inner = fold(t.inner, leaf)
        return t if inner is t.inner else T.Ptr(t.mutable, inner)
    if cls is T.FnDef:
        args = _fold_args(t.args, leaf)
        return t if args is t.args else T.FnDef(t.def_id, args)
    if cls is T.FnPtr:
        params = _fold_args(t.params, leaf)
        ret = fold(t.ret, leaf)
        return t if params is t.params and ret is t.ret else T.FnPtr(params, ret)
    if cls is T.Closure:
        params = _fold_args(t.params, leaf)
        ret = fold(t.ret, leaf)
        return t if params is t.params and ret is t.ret else T.Closure(t.def_id, params, ret, t.kind)
    if cls is T.Dyn:
        args = _fold_args(t.args, leaf)
        assoc = tuple((n, fold(a, leaf)) for n, a in t.assoc)
        if args is t.args and all(x[1] is y[1] for x, y in zip(assoc, t.assoc)):
            return t
        return T.Dyn(t.trait_id, args, t.auto_traits, t.region, assoc)
    if cls is T.Alias:
        self_ty = fold(t.self_ty, leaf)
        args = _fold_args(t.args, leaf)
        return t if self_ty is t.self_ty and args is t.args else T.Alias(t.trait_id, t.name, self_ty, args)
    if cls is T.Opaque and t.bounds:
        bounds = tuple(fold_pred(b, leaf) for b in t.bounds)
        return t if all(x is y for x, y in zip(bounds, t.bounds)) else T.Opaque(t.def_id, bounds)
    return t


def fold_pred(p, leaf):
    """A TraitPred / ProjectionPred with its types folded (other predicates unchanged)."""
    tr = getattr(p, "trait_ref", None)
    if tr is None:
        return p
    self_ty = fold(tr.self_ty, leaf)
    args = _fold_args(tr.args, leaf)
    ty_ = fold(p.ty, leaf) if hasattr(p, "ty") and type(p).__name__ == "ProjectionPred" else None
    if self_ty is tr.self_ty and args is tr.args and (ty_ is None or ty_ is p.ty):
        return p
    new_tr = type(tr)(tr.trait_id, self_ty, args)
    if ty_ is not None:
        return replace(p, trait_ref=new_tr, ty=ty_)
    return replace(p, trait_ref=new_tr)


def _fold_args(args: tuple, leaf) -> tuple:
    out = None
    for i, a in enumerate(args):
        if isinstance(a, (T.Region, int)):
            continue
        b = fold(a, leaf)
        if b is not a:
            if out is None:
                out = list(args)
            out[i] = b
    return args if out is None else tuple(out)


def subst(t: T.Ty, params: dict) -> T.Ty:
    """Replace `Param(name)` by `params[name]` (names missing from the map stay)."""
    if not params:
        return t
    return _subst(t, params, None)


# types without type children: substitution returns them unchanged
_ATOMS = frozenset({T.Int, T.Float, T.Bool, T.Char, T.Str, T.Never, T.Infer, T.Error})


def _subst(t: T.Ty, params: dict, leaf) -> T.Ty:
    """`fold(t, leaf)` with subst's leaf, written out for the common shapes (the hottest
    fold of type checking); other shapes go through `fold` with the same leaf."""
    cls = type(t)
    if cls is T.Param:
        return params.get(t.name, t)
    if cls in _ATOMS:
        return t
    if cls is T.Adt:
        args = _subst_args(t.args, params, leaf)
        return t if args is t.args else T.Adt(t.def_id, args)
    if cls is T.Ref:
        inner = _subst(t.inner, params, leaf)
        return t if inner is t.inner else T.Ref(t.region, t.mutable, inner)
    if cls is T.Tuple:
        elems = _subst_args(t.elems, params, leaf)
        return t if elems is t.elems else T.Tuple(elems)
    if cls is T.Slice:
        e = _subst(t.elem, params, leaf)
        return t if e is t.elem else T.Slice(e)
    if leaf is None:
        def leaf(x):
            if type(x) is T.Param:
                return params.get(x.name, x)
            if type(x) is T.Opaque and "Self" in params:
                # an opaque type's bounds are written on its own `Self`: keep it
                inner = {k: v for k, v in params.items() if k != "Self"}
                return subst(x, inner) if inner else x
            return None
    return fold(t, leaf)


def _subst_args(args: tuple, params: dict, leaf) -> tuple:
    out = None
    for i, a in enumerate(args):
        if isinstance(a, (T.Region, int)):
            continue
        b = _subst(a, params, leaf)
        if b is not a:
            if out is None:
                out = list(args)
            out[i] = b
    return args if out is None else tuple(out)


def walk(t: T.Ty):
    """Yield every type node inside `t` (pre-order), `t` included."""
    stack = [t]
    while stack:
        x = stack.pop()
        yield x
        cls = type(x)
        if cls is T.Ref or cls is T.Ptr:
            stack.append(x.inner)
        elif cls is T.Adt or cls is T.FnDef:
            stack.extend(a for a in x.args if not isinstance(a, (T.Region, int)))
        elif cls is T.Tuple:
            stack.extend(x.elems)
        elif cls is T.Slice:
            stack.append(x.elem)
        elif cls is T.Array:
            stack.append(x.elem)
            if type(x.length) is T.Infer:
                stack.append(x.length)
        elif cls is T.FnPtr or cls is T.Closure:
            stack.extend(x.params)
            stack.append(x.ret)
        elif cls is T.Dyn:
            stack.extend(a for a in x.args if not isinstance(a, (T.Region, int)))
            stack.extend(a for _, a in x.assoc)
        elif cls is T.Alias:
            stack.append(x.self_ty)
            stack.extend(a for a in x.args if not isinstance(a, (T.Region, int)))


def has_infer(t: T.Ty) -> bool:
    """Whether an inference variable occurs in `t` (among the nodes `walk` yields)."""
    cls = type(t)
    if cls is T.Infer:
        return True
    if cls is T.Adt or cls is T.FnDef:
        for a in t.args:
            if not isinstance(a, (T.Region, int)) and has_infer(a):
                return True
        return False
    if cls is T.Ref or cls is T.Ptr:
        return has_infer(t.inner)
    if cls is T.Tuple:
        for a in t.elems:
            if has_infer(a):
                return True
        return False
    if cls is T.Slice:
        return has_infer(t.elem)
    if cls is T.Array:
        return has_infer(t.elem) or type(t.length) is T.Infer
    if cls is T.FnPtr or cls is T.Closure:
        return has_infer(t.ret) or any(has_infer(a) for a in t.params)
    if cls is T.Dyn:
        return any(has_infer(a) for a in t.args if not isinstance(a, (T.Region, int))) \
            or any(has_infer(a) for _, a in t.assoc)
    if cls is T.Alias:
        return has_infer(t.self_ty) or any(has_infer(a) for a in t.args if not isinstance(a, (T.Region, int)))
    return False


def mentions(t: T.Ty, classes: frozenset) -> bool:
    """Whether a node of one of `classes` occurs among the nodes `walk` yields."""
    cls = type(t)
    if cls in classes:
        return True
    if cls is T.Adt or cls is T.FnDef:
        for a in t.args:
            if not isinstance(a, (T.Region, int)) and mentions(a, classes):
                return True
        return False
    if cls is T.Ref or cls is T.Ptr:
        return mentions(t.inner, classes)
    if cls is T.Tuple:
        for a in t.elems:
            if mentions(a, classes):
                return True
        return False
    if cls is T.Slice or cls is T.Array:
        return mentions(t.elem, classes)
    if cls is T.FnPtr or cls is T.Closure:
        return mentions(t.ret, classes) or any(mentions(a, classes) for a in t.params)
    if cls is T.Dyn:
        return any(mentions(a, classes) for a in t.args if not isinstance(a, (T.Region, int))) \
            or any(mentions(a, classes) for _, a in t.assoc)
    if cls is T.Alias:
        return mentions(t.self_ty, classes) or any(mentions(a, classes) for a in t.args
                                                   if not isinstance(a, (T.Region, int)))
    return False


def may_have_alias(t: T.Ty) -> bool:
    """Whether a projection may occur among the nodes `fold` visits (opaque types count:
    their bounds are folded too)."""
    cls = type(t)
    if cls is T.Alias or cls is T.Opaque:
        return True
    if cls is T.Adt or cls is T.FnDef:
        for a in t.args:
            if not isinstance(a, (T.Region, int)) and may_have_alias(a):
                return True
        return False
    if cls is T.Ref or cls is T.Ptr:
        return may_have_alias(t.inner)
    if cls is T.Tuple:
        for a in t.elems:
            if may_have_alias(a):
                return True
        return False
    if cls is T.Slice or cls is T.Array:
        return may_have_alias(t.elem)
    if cls is T.FnPtr or cls is T.Closure:
        return may_have_alias(t.ret) or any(may_have_alias(a) for a in t.params)
    if cls is T.Dyn:
        return any(may_have_alias(a) for a in t.args if not isinstance(a, (T.Region, int))) \
            or any(may_have_alias(a) for _, a in t.assoc)
    return False


def erase_regions(t: T.Ty) -> T.Ty:
    """Every region replaced by `'_` (bodies compare types modulo regions)."""

    def leaf(x):
        cls = type(x)
        if cls is T.Ref and x.region != T.ERASED:
            return T.Ref(T.ERASED, x.mutable, erase_regions(x.inner))
        if cls is T.Adt and any(isinstance(a, T.Region) and a != T.ERASED for a in x.args):
            return T.Adt(x.def_id, tuple(T.ERASED if isinstance(a, T.Region) else
                                         (a if isinstance(a, int) else erase_regions(a))
                                         for a in x.args))
        return None

    return fold(t, leaf)
