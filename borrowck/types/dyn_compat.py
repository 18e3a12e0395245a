"""Dyn compatibility (rustc's "object safety", E0038): may `dyn Trait` exist at all?

A trait is dyn compatible unless it (or a supertrait) requires `Self: Sized`, names `Self`
in a supertrait's arguments, has an associated const, or has a method without
`where Self: Sized` that has no receiver, has type parameters, returns `impl Trait`, takes
an unusual receiver, or mentions `Self` outside the receiver and projections (`Self::Item`).

Where rustc reports (well-formedness of types): every written `dyn Trait` (recorded by
the type lowerer) and the uses whose types contain one (not plain names); we report the first
such expression per line, which is where rustc's per-expression errors land line-wise.
"""
from __future__ import annotations

from ..diagnostics import registry
from ..syntax import ast
from . import ty as T
from ..diagnostics.diagnostic import Diagnostic
from .item_defs import TraitPred
from .trait_solver import supertrait_ids
from .type_fold import fold, walk

_RECEIVERS = ("value", "ref", "ref_mut", "box", "rc", "arc", "pin")


class DynCompat:
    """Per-crate memo of which traits are dyn compatible."""

    def __init__(self, items) -> None:
        self.items = items
        self.memo: dict = {}

    def is_compatible(self, trait_id: str) -> bool:
        hit = self.memo.get(trait_id)
        if hit is None:
            self.memo[trait_id] = True  # cycle guard (supertrait loops are E0391 elsewhere)
            hit = self.memo[trait_id] = self._compute(trait_id)
        return hit

    def _compute(self, trait_id: str) -> bool:
        items = self.items
        info = items.traits.get(trait_id)
        if info is None or info.is_auto:
            return True
        sized = items.lang("sized")
        for p in info.supertraits:
            tr = p.trait_ref
            if tr.trait_id == sized:
                return False
            if any(_mentions_self(a) for a in tr.args if not isinstance(a, (T.Region, int))):
                return False
            if not self.is_compatible(tr.trait_id):
                return False
        if info.assoc_consts:
            return False
        for _name, fid in info.methods:
            sig = items.fns.get(fid)
            if sig is not None and not _method_ok(sig, sized):
                return False
        return True

    def bad_dyn_in(self, t: T.Ty):
        """The trait of the first `dyn Trait` inside t that is not dyn compatible, or None."""
        for x in walk(t):
            if type(x) is T.Dyn and not self.is_compatible(x.trait_id):
                return x.trait_id
        return None


def _method_ok(sig, sized: str) -> bool:
    if any(type(p) is TraitPred and p.trait_ref.trait_id == sized and p.trait_ref.self_ty == T.Param("Self")
           for p in sig.generics.preds):
        return True  # `where Self: Sized`: not callable on a trait object, so allowed
    if not sig.has_self or sig.self_kind not in _RECEIVERS:
        return False
    if sig.generics.types:
        return False
    if any(type(x) is T.Opaque for x in walk(sig.ret)):
        return False
    return not any(_mentions_self(t) for t in sig.params[1:] + (sig.ret,))


def _mentions_self(t: T.Ty) -> bool:
    def leaf(x):
        return T.ERROR if type(x) is T.Alias and x.self_ty == T.Param("Self") else None

    return any(x == T.Param("Self") for x in walk(fold(t, leaf)))


def report_dyn_compat(ccx) -> None:
    """E0038 at written `dyn Trait` types and at expressions whose types contain one."""
    items = ccx.items
    dc = DynCompat(items)
    diags = ccx.typed.diagnostics
    lines = set()
    line_of = ccx.file.line_col
    for span, trait_id in items.dyn_uses:
        if not dc.is_compatible(trait_id):
            from .dyn_compat_notes import dyn_use_span

            _emit(diags, dyn_use_span(ccx, span), trait_id, items)
            lines.add(line_of(span.lo)[0])
    if not lines:
        return  # a user trait object can only appear where one is written
    callees = ccx.typed.callees
    for e, t in ccx.typed.expr_types.items():
        span = getattr(e, "span", None)
        if span is None or isinstance(e, (ast.PathExpr, ast.Paren)):
            continue  # rustc checks the types of uses (calls, borrows, closures), not of plain names
        trait_id = dc.bad_dyn_in(t)
        callee = callees.get(e) if isinstance(e, ast.MethodCall) else None
        if trait_id is None and callee is not None and items.trait_of_method(callee.def_id):
            # a trait method's substitutions include Self (`.sum()` on an iterator of trait objects)
            trait_id = next((x for x in map(dc.bad_dyn_in, callee.args[:1]) if x), None)
        if trait_id is not None and line_of(span.lo)[0] not in lines:
            lines.add(line_of(span.lo)[0])
            _emit(diags, span, trait_id, items)


def report_unspecified_assoc(ccx) -> None:
    """E0191: `dyn Iterator` must say its `Item` (every associated type of the trait and its
    supertraits needs a value in a trait object type)."""
    items = ccx.items
    for span, trait_id, given in items.dyn_bindings:
        missing = unspecified_assoc(items, trait_id, given)
        if missing:
            ccx.typed.diagnostics.append(unspecified_assoc_error(span, missing))


def unspecified_assoc(items, trait_id: str, given: tuple):
    """[(assoc name, trait name)] a `dyn` of trait_id leaves unspecified; None while the
    trait's items are not built yet."""
    if trait_id not in items.traits:
        return None
    missing = []
    for tid in [trait_id] + sorted(supertrait_ids(items, trait_id)):
        info = items.traits.get(tid)
        if info is None:
            return None
        missing.extend((a.name, info.name) for a in info.assoc_types
                       if a.name not in given and a.name not in (m for m, _ in missing))
    return missing


def unspecified_assoc_error(span, missing: list) -> Diagnostic:
    if len(missing) == 1:
        name, owner = missing[0]
        msg = f"the value of the associated type `{name}` in `{owner}` must be specified"
    else:
        names = ", ".join(f"`{n}`" for n, _ in missing)
        msg = f"the value of the associated types {names} must be specified"
    return Diagnostic("error", "E0191", msg).primary(span)


def _emit(diags, span, trait_id, items=None) -> None:
    name = trait_id.rsplit("::", 1)[-1]
    d = registry.error("E0038", span, registry.text("E0038.label", name=name), name=name)
    if items is not None:
        from .dyn_compat_notes import explain_dyn_incompatible

        explain_dyn_incompatible(items, d, trait_id)
    diags.append(d)
