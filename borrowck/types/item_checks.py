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
from .type_fold import erase_regions, fold, subst, walk

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
            _check_unsafety(impl, trait, diags)
            _check_trait_items(impl, trait, table, diags)
    _check_overlap(own, table, diags)


def _check_unsafety(impl, trait, diags) -> None:
    """`unsafe impl` exactly for `unsafe trait`s: E0200 (missing), E0199 (not needed)."""
    if trait.is_unsafe == impl.is_unsafe:
        return
    node = impl.node
    span = _header_span(node)
    if trait.is_unsafe:
        d = registry.error("E0200", span, None, name=trait.name)
        d.note(registry.text("E0200.note", name=trait.name))
        d.help(registry.text("E0200.help"), span.shrink_to_lo(), "unsafe ")
    else:
        d = registry.error("E0199", span, None, name=trait.name)
        lo = node.span.lo
        d.help(registry.text("E0199.help"), Span(lo, lo + len("unsafe ")), "")
    diags.append(d)


def _check_overlap(own: list, table, diags) -> None:
    """E0119 for two user impls of one trait that overlap: the same concrete self type, or a
    blanket `impl<T: Bounds> Tr for T` whose bounds the other impl's concrete self type meets
    or may meet in future: coherence reasons negatively only about what this crate controls
    (`_is_knowable`), so a bound an upstream crate could add an impl for counts as met."""
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
                notes = _overlaps(first, later, solver, table)
                if notes is None:
                    notes = _overlaps(later, first, solver, table)
                if notes is not None:
                    _report_overlap(first, later, diags, notes)
                    break


def erase_regions_args(impl) -> tuple:
    return tuple(erase_regions(a) for a in impl.trait_ref.args if not isinstance(a, (T.Region, int)))


def _has_param(tys) -> bool:
    return any(type(x) is T.Param for t in tys if not isinstance(t, (T.Region, int)) for x in walk(t))


def _overlaps(blanket, concrete, solver, table):
    """None when the impls are disjoint, else the notes for bounds upstream crates may meet."""
    cty = concrete.trait_ref.self_ty
    bty = blanket.trait_ref.self_ty
    if type(bty) is T.Param and type(cty) is T.Param:
        # two blanket impls: a type may meet both bounds (downstream crates implement even
        # local traits for their types), so coherence cannot tell them apart
        return [] if len(blanket.generics.types) == 1 and len(concrete.generics.types) == 1 else None
    if _has_param((cty,)) and not _has_param((bty,)):
        return None
    if not _has_param((bty,)):
        return [] if erase_regions(bty) == erase_regions(cty) else None
    if type(bty) is not T.Param or len(blanket.generics.types) != 1:
        return None
    mapping = {bty.name: cty}
    generic = _has_param((cty,))  # the other impl's own params: bounds cannot be evaluated
    notes = []
    for pred in blanket.generics.preds:
        tr = getattr(pred, "trait_ref", None)
        if tr is None or getattr(pred, "maybe", False):
            continue
        args = tuple(a if isinstance(a, (T.Region, int)) else subst(a, mapping) for a in tr.args)
        self_ty = subst(tr.self_ty, mapping)
        if _has_param(args) and not generic:
            return None
        if not generic and solver.evaluate(tr.trait_id, self_ty, args) == "yes":
            continue
        if _is_knowable(tr.trait_id, self_ty, args, table):
            return None
        if generic and _uncovered_param(self_ty):
            continue  # a downstream crate may implement it (rustc adds no note)
        for trait_id in _with_supertraits(tr.trait_id, table):
            if generic and trait_id != tr.trait_id:
                continue
            if trait_id == tr.trait_id or solver.evaluate(trait_id, self_ty, ()) != "yes":
                notes.append(f"upstream crates may add a new impl of trait `{trait_id}` for type "
                             f"`{_std_path_str(erase_regions(self_ty))}` in future versions")
    return notes


# rustc's `#[fundamental]` traits: whether a type implements one is never left to the future
_FUNDAMENTAL_TRAITS = frozenset({"std::ops::Fn", "std::ops::FnMut", "std::ops::FnOnce", "std::marker::Sized"})


def _is_knowable(trait_id: str, self_ty: T.Ty, args: tuple, table) -> bool:
    """Whether `self_ty: Trait<args>` failing now means it fails for good: only if the trait is
    local or fundamental, or this crate alone could write the impl (a local type in it)."""
    trait = table.traits.get(trait_id)
    if trait is None or not trait.is_std or trait_id in _FUNDAMENTAL_TRAITS:
        return True
    return _is_local(self_ty, table) or any(not isinstance(a, (T.Region, int)) and _is_local(a, table)
                                             for a in args)


def _peel_fundamental(t: T.Ty) -> T.Ty:
    """t under any `&`, `&mut` and `Box` (rustc's fundamental type constructors)."""
    while True:
        if type(t) is T.Ref:
            t = t.inner
        elif type(t) is T.Adt and t.def_id == "std::boxed::Box" and t.args:
            t = t.args[-1]
        else:
            return t


def _uncovered_param(t: T.Ty) -> bool:
    """A type parameter reached through the fundamental `&`, `&mut`, `Box` only."""
    return type(_peel_fundamental(t)) is T.Param


def _param_span(node: ast.Impl, name: str) -> Span:
    """The impl's declaration of type parameter `name` (rustc's E0210 span)."""
    for p in node.generics.params:
        if isinstance(p, ast.TypeParam) and p.ident.name == name:
            return p.ident.span
    return node.self_ty.span


def _std_path_str(t: T.Ty) -> str:
    """A type as rustc's coherence notes print it: std ADTs by their full path."""
    if type(t) is T.Param:
        return "_"
    if type(t) is T.Ref:
        return f"&{'mut ' if t.mutable else ''}{_std_path_str(t.inner)}"
    if type(t) is T.Adt and t.def_id.startswith("std::"):
        args = [_std_path_str(a) for a in t.args if not isinstance(a, (T.Region, int))]
        return t.def_id + (f"<{', '.join(args)}>" if args else "")
    return ty_str(t)


def _with_supertraits(trait_id: str, table) -> list:
    """trait_id after its supertraits (rustc's order of the notes)."""
    trait = table.traits.get(trait_id)
    supers = [p.trait_ref.trait_id for p in (trait.supertraits if trait else ())
              if getattr(p, "trait_ref", None) is not None and not p.trait_ref.args
              and not hasattr(p, "name")]  # not a `Trait<Assoc = T>` binding
    return supers + [trait_id]


def _report_overlap(first, later, diags, notes=()) -> None:
    trait = later.trait_ref.trait_id.rsplit("::", 1)[-1]
    self_ty = later.trait_ref.self_ty
    if type(self_ty) is T.Param:
        self_ty = first.trait_ref.self_ty
    if type(self_ty) is T.Param:  # two blanket impls: no one type to name
        d = Diagnostic("error", "E0119", f"conflicting implementations of trait `{trait}`")
        d.primary(_header_span(later.node), "conflicting implementation")
    else:
        ty = ty_str(erase_regions(fold(self_ty, lambda x: T.Infer(0, "ty") if type(x) is T.Param else None)))
        d = Diagnostic("error", "E0119", f"conflicting implementations of trait `{trait}` for type `{ty}`")
        d.primary(_header_span(later.node), f"conflicting implementation for `{ty}`")
    d.label(_header_span(first.node), "first implementation here")
    for note in notes:
        d.note(note)
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
        return
    if type(t) is T.Param:
        d = registry.error("E0118.resolve", _header_span(impl.node), "impl requires a nominal type")
        d.note("either implement a trait on it or create a newtype to wrap it instead")
        diags.append(d)


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
    # the orphan rule: a local type among Self and the trait's arguments, and no type
    # parameter uncovered (bare, or under `&`/`&mut`/`Box` only) before the first local one
    uncovered = None
    for t in tys:
        if _is_local(t, table):
            if uncovered is None:
                return ok
            local = ty_str(erase_regions(t))
            d = registry.error("E0210.covered", _param_span(node, uncovered),
                               registry.text("E0210.covered", name=uncovered, local=local),
                               name=uncovered, local=local)
            d.note(registry.text("E0210.covered_note"))
            d.note(registry.text("E0210.order_note"))
            diags.append(d)
            return False
        if uncovered is None and _uncovered_param(t):
            uncovered = _peel_fundamental(t).name
    if uncovered is not None:
        name = uncovered
        d = registry.error("E0210.resolve", _param_span(node, name),
                           f"type parameter `{name}` must be used as the type parameter for some local type",
                           name=name)
        d.note(registry.text("E0210.note"))
        d.note(registry.text("E0210.param_note"))
        diags.append(d)
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
            full = sig.node.span if sig.node is not None else sig.span  # rustc labels the whole item
            missing.append((n, full, f"fn {n}(..) {{ todo!() }}"))
    if missing:
        names = ", ".join(f"`{n}`" for n, _, _ in missing)
        d = registry.error("E0046.resolve", _header_span(node), f"missing {names} in implementation",
                           missing=names)
        for n, span, _ in missing:
            if not trait.is_std:
                d.label(span, f"`{n}` from trait")
        # rustc's suggestion for a local trait's item is tool-only (not shown); std's is a help
        for n, _, text in missing:
            if trait.is_std:
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
    if not trait.is_std and _check_generic_count(fn, tsig, isig, diags):
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


def _check_generic_count(fn: ast.Fn, tsig, isig, diags) -> bool:
    """E0049: an impl method declares another number of type parameters than the trait's
    (`impl Trait` arguments are compared by another rule, E0643: not judged here)."""
    t_n = len(tsig.generics.types)
    i_n = len(isig.generics.types)
    if t_n == i_n or any(n.startswith("impl#") for n in tsig.generics.types + isig.generics.types):
        return False
    params = [p for p in fn.generics.params if isinstance(p, ast.TypeParam)]
    span = Span(params[0].span.lo, params[-1].span.hi) if params else fn.ident.span.shrink_to_hi()
    d = registry.error("E0049.resolve", span, f"found {_plural(i_n, 'type parameter')}", name=fn.ident.name,
                       found=_plural(i_n, "type parameter"), expected=_plural(t_n, "type parameter"))
    if tsig.node is not None:
        tparams = [p for p in tsig.node.generics.params if isinstance(p, ast.TypeParam)]
        tspan = Span(tparams[0].span.lo, tparams[-1].span.hi) if tparams else tsig.node.ident.span.shrink_to_hi()
        d.label(tspan, f"expected {_plural(t_n, 'type parameter')}")
    diags.append(d)
    return True


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
