"""Item-level rules checked once the table is built, for the user crate's impls and ADTs.

- trait impls: every item belongs to the trait (E0407/E0437/E0438), every required item is
  there (E0046), methods match the trait's signature (E0185/E0186 receiver presence, E0050
  arity, E0053 types);
- coherence: a std trait needs a local type (E0117, E0210); `Drop` only for local ADTs
  (E0120); inherent impls only for local types (E0390, E0116);
(`Copy` together with a destructor, E0184, is a lint: `lints/drop_rules.py`.)
Signature types are compared modulo regions, and only where both sides are plain types.
"""
from __future__ import annotations

from ..diagnostics import registry
from ..diagnostics.diagnostic import Diagnostic
from ..source.span import Span
from ..syntax import ast
from . import ty as T
from .ty_display import ty_str
from .type_fold import erase_regions, subst, walk

DROP = "std::ops::Drop"


def check_items(table, builder, diags: list) -> None:
    own = builder.own_impls()
    for impl in own:
        if impl.is_std or impl.derived or impl.node is None:
            continue
        if impl.trait_ref is None:
            _check_inherent(impl, table, diags)
            continue
        if not _check_coherence(impl, table, diags):
            continue
        trait = table.traits.get(impl.trait_ref.trait_id)
        if trait is not None and not impl.negative:
            _check_trait_items(impl, trait, table, diags)
    _check_overlap(own, table, diags)


def _check_overlap(own: list, table, diags) -> None:
    """E0119 for two user impls of one trait that certainly overlap: the same concrete self
    type, or a blanket `impl<T: Bounds> Tr for T` whose bounds the other impl's concrete self
    type meets. (rustc also assumes upstream crates may add impls; not modelled: no report.)"""
    from .infer import InferCtxt
    from .trait_solver import TraitSolver

    by_trait: dict = {}
    for impl in own:
        if impl.is_std or impl.node is None or impl.trait_ref is None or impl.negative:
            continue
        by_trait.setdefault(impl.trait_ref.trait_id, []).append(impl)
    solver = None
    for impls in by_trait.values():
        impls.sort(key=lambda i: i.node.span.lo)
        for k, later in enumerate(impls):
            for first in impls[:k]:
                if erase_regions_args(first) != erase_regions_args(later) or _has_param(first.trait_ref.args):
                    continue
                if solver is None:
                    solver = TraitSolver(table, InferCtxt())
                if _overlaps(first, later, solver) or _overlaps(later, first, solver):
                    _report_overlap(first, later, diags)
                    break


def erase_regions_args(impl) -> tuple:
    return tuple(erase_regions(a) for a in impl.trait_ref.args if not isinstance(a, (T.Region, int)))


def _has_param(tys) -> bool:
    return any(type(x) is T.Param for t in tys if not isinstance(t, (T.Region, int)) for x in walk(t))


def _overlaps(blanket, concrete, solver) -> bool:
    cty = concrete.trait_ref.self_ty
    if _has_param((cty,)):
        return False
    bty = blanket.trait_ref.self_ty
    if not _has_param((bty,)):
        return erase_regions(bty) == erase_regions(cty)
    if type(bty) is not T.Param or len(blanket.generics.types) != 1:
        return False
    mapping = {bty.name: cty}
    for pred in blanket.generics.preds:
        tr = getattr(pred, "trait_ref", None)
        if tr is None or getattr(pred, "maybe", False):
            continue
        args = tuple(a if isinstance(a, (T.Region, int)) else subst(a, mapping) for a in tr.args)
        if _has_param(args) or solver.evaluate(tr.trait_id, subst(tr.self_ty, mapping), args) != "yes":
            return False
    return True


def _report_overlap(first, later, diags) -> None:
    trait = later.trait_ref.trait_id.rsplit("::", 1)[-1]
    ty = ty_str(erase_regions(later.trait_ref.self_ty))
    if type(later.trait_ref.self_ty) is T.Param:
        ty = ty_str(erase_regions(first.trait_ref.self_ty))
    d = Diagnostic("error", "E0119", f"conflicting implementations of trait `{trait}` for type `{ty}`")
    d.primary(_header_span(later.node), f"conflicting implementation for `{ty}`")
    d.label(_header_span(first.node), "first implementation here")
    diags.append(d)


def _header_span(node: ast.Impl) -> Span:
    return Span(node.span.lo, node.self_ty.span.hi)


def _is_local(t: T.Ty, table) -> bool:
    """A type counts as local for coherence when its head is a user ADT or trait object,
    looking through the fundamental `&`, `&mut` and `Box`."""
    while True:
        if type(t) is T.Ref:
            t = t.inner
        elif type(t) is T.Adt and t.def_id == "std::boxed::Box" and t.args:
            t = t.args[-1]
        else:
            break
    if type(t) is T.Adt:
        adt = table.adts.get(t.def_id)
        return adt is not None and not adt.is_std
    if type(t) is T.Dyn:
        tr = table.traits.get(t.trait_id)
        return tr is not None and not tr.is_std
    return False


def _check_inherent(impl, table, diags) -> None:
    t = impl.self_ty
    if type(t) is T.Error or _is_local(t, table) and type(t) is not T.Ref:
        return
    if type(t) in (T.Int, T.Float, T.Bool, T.Char, T.Str, T.Slice, T.Array, T.Tuple, T.Ref, T.Ptr,
                   T.Never, T.FnPtr):
        d = registry.error("E0390.resolve", _header_span(impl.node), None)
        d.help("consider using an extension trait instead")
        diags.append(d)
        return
    if type(t) in (T.Adt, T.Dyn):
        diags.append(registry.error("E0116.resolve", _header_span(impl.node),
                                    "impl for type defined outside of crate"))


def _check_coherence(impl, table, diags) -> bool:
    tref = impl.trait_ref
    trait = table.traits.get(tref.trait_id)
    node = impl.node
    ok = True
    if tref.trait_id == DROP and not (type(impl.self_ty) is T.Adt and _is_local(impl.self_ty, table)):
        if type(impl.self_ty) is not T.Error:
            diags.append(registry.error("E0120.resolve", node.self_ty.span,
                                        "must be a struct, enum, or union in the current crate"))
            ok = False
    if trait is None or not trait.is_std:
        return ok
    tys = [impl.self_ty] + [a for a in tref.args if not isinstance(a, (T.Region, int)) and a is not None]
    if any(type(x) is T.Error for t in tys for x in walk(t)):
        return False
    if any(_is_local(t, table) for t in tys):
        return ok
    if type(impl.self_ty) is T.Param:
        name = impl.self_ty.name
        diags.append(registry.error("E0210.resolve", node.self_ty.span,
                                    f"type parameter `{name}` must be used as the type parameter for some local type",
                                    name=name))
        return False
    prim = type(impl.self_ty) in (T.Int, T.Float, T.Bool, T.Char, T.Str)
    d = registry.error("E0117.resolve" if prim else "E0117.resolve_arbitrary", _header_span(node), None)
    d.label(node.self_ty.span, f"`{ty_str(impl.self_ty)}` is not defined in the current crate")
    d.note("impl doesn't have any local type before any uncovered type parameters")
    d.note("for more information see https://doc.rust-lang.org/reference/items/implementations.html#orphan-rules")
    d.note("define and implement a trait or new type instead")
    diags.append(d)
    return False


def _check_trait_items(impl, trait, table, diags) -> None:
    node = impl.node
    tname = trait.name
    present = set()
    for it in node.items:
        name = getattr(getattr(it, "ident", None), "name", None)
        if name is None:
            continue
        present.add(name)
        if isinstance(it, ast.Fn):
            tm = trait.method(name)
            if tm is None:
                diags.append(registry.error("E0407.resolve", it.span, f"not a member of trait `{tname}`",
                                            name=name, trait=tname))
                continue
            _compare_method(impl, it, table.fns[tm], table.fns.get(impl.method(name)), trait, table, diags)
        elif isinstance(it, ast.TypeAlias):
            if all(a.name != name for a in trait.assoc_types):
                diags.append(registry.error("E0437.resolve", it.span, f"not a member of trait `{tname}`",
                                            name=name, trait=tname))
        elif isinstance(it, ast.Const):
            if all(n != name for n, _ in trait.assoc_consts):
                diags.append(registry.error("E0438.resolve", it.span, f"not a member of trait `{tname}`",
                                            name=name, trait=tname))
    missing = []
    for a in trait.assoc_types:
        if a.name not in present and a.ty is None:
            missing.append((a.name, a.span, f"type {a.name} = /* Type */;"))
    for n, cid in trait.assoc_consts:
        c = table.consts.get(cid)
        if n not in present and c is not None and c.value is None:
            missing.append((n, c.span, f"const {n}: {ty_str(c.ty)} = 42;"))
    for n, fid in trait.methods:
        sig = table.fns[fid]
        if n not in present and not sig.has_body and not sig.is_provided:
            missing.append((n, sig.span, f"fn {n}(..) {{ todo!() }}"))
    if missing:
        names = ", ".join(f"`{n}`" for n, _, _ in missing)
        d = registry.error("E0046.resolve", _header_span(node), f"missing {names} in implementation",
                           missing=names)
        for n, span, _ in missing:
            if not trait.is_std:
                d.label(span, f"`{n}` from trait")
        for n, _, text in missing:
            d.help(f"implement the missing item: `{text}`")
        diags.append(d)


def _compare_method(impl, fn: ast.Fn, tsig, isig, trait, table, diags) -> None:
    name = fn.ident.name
    if isig is None:
        return
    if tsig.has_self and not isig.has_self:
        d = registry.error("E0186.resolve", _sig_span(fn), f"expected `{_receiver_text(tsig)}` in impl",
                           name=name, receiver=_receiver_text(tsig))
        diags.append(d)
        return
    if isig.has_self and not tsig.has_self:
        d = registry.error("E0185.resolve", _sig_span(fn), f"`{_receiver_text(isig)}` used in impl",
                           name=name, receiver=_receiver_text(isig))
        diags.append(d)
        return
    if len(tsig.params) != len(isig.params):
        n_t = len(tsig.params)
        n_i = len(isig.params)
        d = registry.error("E0050.resolve", _params_span(fn), f"expected {_plural(n_t, 'parameter')}, found {n_i}",
                           name=name, given=_plural(n_i, "parameter"), trait=f"{trait.name}::{name}", expected=n_t)
        diags.append(d)
        return
    mapping = {"Self": impl.self_ty}
    for pname, arg in zip(trait.generics.types[1:], impl.trait_ref.args):
        mapping[pname] = arg
    for tp, ip in zip(tsig.generics.types, isig.generics.types):
        mapping[tp] = T.Param(ip)
    pairs = list(zip(tsig.params, isig.params))
    for k, (tp, ip) in enumerate(pairs):
        expected = erase_regions(subst(tp, mapping))
        found = erase_regions(ip)
        if not _comparable(expected) or not _comparable(found) or expected == found:
            continue
        if k == 0 and isig.has_self:
            span = fn.self_param.span
            d = registry.error("E0053.resolve", span, f"expected `{ty_str(expected)}`, found `{ty_str(found)}`",
                               name=name)
            d.note(f"expected signature `{_sig_text(expected, pairs, mapping, 0)}`\n"
                   f"   found signature `{_sig_text(found, pairs, mapping, 1)}`")
            d.help("change the self-receiver type to match the trait", span, _receiver_for(expected, impl.self_ty),
                   "MachineApplicable")
        else:
            p = fn.params[k - (1 if isig.has_self else 0)]
            d = registry.error("E0053.resolve", p.ty.span, f"expected `{ty_str(expected)}`, found `{ty_str(found)}`",
                               name=name)
            d.help("change the parameter type to match the trait", p.ty.span, ty_str(expected), "MachineApplicable")
        diags.append(d)
        return
    expected = erase_regions(subst(tsig.ret, mapping))
    found = erase_regions(isig.ret)
    if _comparable(expected) and _comparable(found) and expected != found and fn.ret is not None:
        diags.append(registry.error("E0053.resolve", fn.ret.span,
                                    f"expected `{ty_str(expected)}`, found `{ty_str(found)}`", name=name))


def _comparable(t: T.Ty) -> bool:
    for x in walk(t):
        cls = type(x)
        if cls in (T.Alias, T.Opaque, T.Error, T.Infer, T.Dyn, T.FnPtr):
            return False
        if cls is T.Param and (x.name.startswith("impl#") or x.name == "Self"):
            return False
    return True


def _receiver_text(sig) -> str:
    return {"ref": "&self", "ref_mut": "&mut self", "value": "self"}.get(sig.self_kind, "self")


def _receiver_for(t: T.Ty, self_ty: T.Ty) -> str:
    if type(t) is T.Ref and t.inner == self_ty:
        return "&mut self" if t.mutable else "&self"
    if t == self_ty:
        return "self"
    return f"self: {ty_str(t)}"


def _sig_text(first: T.Ty, pairs, mapping, side: int) -> str:
    tys = [first] + [erase_regions(subst(p[0], mapping)) if side == 0 else erase_regions(p[1]) for p in pairs[1:]]
    return "fn(" + ", ".join(ty_str(t) for t in tys) + ")"


def _sig_span(fn: ast.Fn) -> Span:
    end = fn.ret.span.hi if fn.ret is not None else (
        fn.params[-1].span.hi + 1 if fn.params else (fn.self_param.span.hi + 1 if fn.self_param else fn.ident.span.hi))
    return Span(fn.span.lo, end)


def _params_span(fn: ast.Fn) -> Span:
    parts = ([fn.self_param.span] if fn.self_param else []) + [p.span for p in fn.params]
    if not parts:
        return fn.ident.span
    return Span(parts[0].lo, parts[-1].hi)


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"
