"""E0038's explanation as rustc gives it: where a written `dyn Trait` is reported, the methods
that keep a vtable from being built, and what to do instead."""
from __future__ import annotations

from ..diagnostics.diagnostic import Label, SubDiagnostic
from ..source.span import Span
from . import ty as T
from .ty_display import ty_str


def dyn_use_span(ccx, span):
    """Where rustc reports E0038 for a written `dyn Trait`: the whole type in signatures, the
    trait's path alone inside bodies (typeck lowers those types)."""
    from ..syntax import ast
    from ..syntax.walk import iter_nodes

    data = ccx.file.data
    text = data[span.lo:span.hi]
    if not text.startswith(b"dyn") or not text[3:4].isspace():
        return span
    in_body = any(type(n) is ast.Fn and n.body is not None and n.body.span.lo <= span.lo < n.body.span.hi
                  for n in iter_nodes(ccx.typed.crate))
    if not in_body:
        return span
    lo = span.lo + 3
    while data[lo:lo + 1].isspace():
        lo += 1
    hi = span.hi
    plus = data.find(b"+", lo, hi)
    if plus >= 0:
        hi = plus
        while hi > lo and data[hi - 1:hi].isspace():
            hi -= 1
    return Span(lo, hi)


def explain_dyn_incompatible(items, d, trait_id: str) -> None:
    """E0038's note (the methods that keep a vtable from being built, at the trait) and helps
    (move them out; the implementing types), for generic methods and methods returning
    `Self`; other violations keep the bare error."""
    from .dyn_compat import _mentions_self

    info = items.traits.get(trait_id)
    node = getattr(info, "node", None) if info is not None and not info.is_std else None
    if node is None:
        return
    reasons = []
    for name, fid in info.methods:
        sig = items.fns.get(fid)
        if sig is None or sig.node is None or not sig.has_self:
            if sig is not None and not sig.has_self:
                return  # an associated fn without `self`: rustc's suggestions differ
            continue
        if any(type(p).__name__ == "TraitPred" and p.trait_ref.trait_id == items.lang("sized")
               and p.trait_ref.self_ty == T.Param("Self") for p in sig.generics.preds):
            continue
        if sig.generics.types:
            reasons.append((sig, f"...because method `{name}` has generic type parameters"))
        elif _mentions_self(sig.ret):
            reasons.append((sig, f"...because method `{name}` references the `Self` type in its return type"))
    if not reasons:
        return
    child = SubDiagnostic("note", "for a trait to be dyn compatible it needs to allow building a vtable\n"
                                  "for more information, visit "
                                  "<https://doc.rust-lang.org/reference/items/traits.html#dyn-compatibility>")
    child.labels.append(Label(node.ident.span, "this trait is not dyn compatible...", False))
    for sig, why in reasons:
        at = sig.node.ret.span if "return type" in why and sig.node.ret is not None else sig.node.ident.span
        child.labels.append(Label(at, why, True))
    d.children.append(child)
    for sig, _ in reasons:
        d.help(f"consider moving `{sig.name}` to another trait")
    tname = trait_id.rsplit("::", 1)[-1]
    impls = sorted({ty_str(i.self_ty) for i in items.trait_impls(trait_id) if not i.negative})
    if len(impls) == 1:
        d.help(f"only type `{impls[0]}` implements `{tname}`; consider using it directly instead.")
    elif impls:
        listed = "".join(f"\n  {t}" for t in impls)
        d.help(f"the following types implement `{tname}`:{listed}\nconsider defining an enum where each "
               f"variant holds one of these types,\nimplementing `{tname}` for this new enum and using it instead")
