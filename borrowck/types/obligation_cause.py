"""Why a failed trait obligation was required, told as rustc tells it (E0277 notes).

rustc reports a failed obligation at its *leaf*, the innermost predicate that does not hold
(`Rc<i32>: Send` inside a closure passed to `thread::spawn`), then the chain that led there,
innermost first:
- an impl's where-clause (rustc's ImplDerived): "required for `Arc<Cell<i32>>` to implement
  `Send`" (a std impl: a plain note; a user impl: a note at its header);
- an auto trait's structural rule (BuiltinDerived): "required because it appears within the
  type `Msg`" at the type's name, "required because it's used within this closure" at the
  closure's header;
- the root, a where-clause of the called fn: "required by a bound in `spawn`" at the bound
  (a std item: the line alone), with "required by a bound introduced by this call" at the
  callee.
Only the error path uses this module: the chain is found again by asking the solver about
each step, so solving itself carries no cause data.
"""
from __future__ import annotations

from typing import Optional

from ..syntax.node_class import node_class
from ..diagnostics.diagnostic import Label, SubDiagnostic
from . import ty as T
from .generic_subst import fresh_substs
from .item_defs import TraitPred, TraitRef
from .trait_solver import NO, instantiate_pred
from .ty_display import short_name, ty_str
from .type_fold import erase_regions, subst
from .unify import unify

_MAX_LEAVES = 8
_MAX_DEPTH = 12

# std types whose auto traits reach their type argument through private std types: the
# steps rustc names between the argument and the type, innermost first ("builtin": appears
# within; "impl": an explicit unsafe impl of the auto trait)
_STD_LAYOUT = {
    "std::vec::Vec": (("builtin", "PhantomData<{0}>"), ("builtin", "alloc::raw_vec::RawVec<{0}>")),
    "std::boxed::Box": (("impl", "std::ptr::Unique<{0}>"),),
    "std::collections::VecDeque": (("builtin", "PhantomData<{0}>"), ("builtin", "alloc::raw_vec::RawVec<{0}>")),
}


@node_class(frozen=True, slots=True)
class BoundOrigin:
    """Obligation data of a called item's where-clause: the item and the callee expression
    (`thread::spawn`, or the method name) rustc labels."""

    fn_id: str
    callee_span: object
    bound_span: object = None  # the where-clause predicate (in the item's own source)
    call_span: object = None  # the whole call (where rustc reports a bound not general enough)


@node_class(frozen=True, slots=True)
class Step:
    """One derived obligation between the root and the leaf: `ty: trait` required `kind`
    ("impl": by an impl's where-clause; "builtin": structurally, for an auto trait)."""

    kind: str
    trait_id: str
    ty: object  # T.Ty
    impl_id: Optional[str] = None
    bound_span: object = None  # the impl's where-clause predicate
    shown: Optional[str] = None  # a private std type rustc names (`alloc::raw_vec::RawVec<..>`)


@node_class(frozen=True, slots=True)
class Leaf:
    trait_id: str
    ty: object
    steps: tuple  # of Step, outermost (the root's self type) first


def failing_leaves(fcx, trait_id: str, self_ty, args: tuple = ()) -> list:
    """The innermost predicates that fail under `self_ty: trait_id<args>`, each with its path;
    the root itself when it fails with nothing to blame inside."""
    out: list = []
    _walk(fcx, trait_id, fcx.resolve(self_ty), args, (), out, set())
    return out or [Leaf(trait_id, fcx.resolve(self_ty), ())]


def _walk(fcx, tid, ty, args, steps, out, seen) -> None:
    if len(out) >= _MAX_LEAVES:
        return
    key = (tid, ty)
    if len(steps) > _MAX_DEPTH or key in seen:
        out.append(Leaf(tid, ty, steps))
        return
    seen = seen | {key}
    info = fcx.items.traits.get(tid)
    if info is None or not info.is_auto:
        out.append(Leaf(tid, ty, steps))
        return
    solver = fcx.solver
    icx = fcx.icx
    positive = []
    for impl in solver.impls_for_head(tid, ty):
        snap = icx.snapshot()
        ok = unify(icx, subst(impl.trait_ref.self_ty, fresh_substs(icx, fcx.items, impl.def_id)), ty)
        icx.rollback_to(snap)
        if ok:
            if impl.negative:
                out.append(Leaf(tid, ty, steps))
                return
            positive.append(impl)
    if positive:
        found = False
        for impl in positive:
            for pred in _impl_nested(fcx, impl, ty):
                ptid = pred.trait_ref.trait_id
                pty = fcx.resolve(pred.trait_ref.self_ty)
                if solver.evaluate(ptid, pty, ()) == NO:
                    found = True
                    _walk(fcx, ptid, pty, (), steps + (Step("impl", tid, ty, impl.def_id, pred.span),), out, seen)
        if not found:
            out.append(Leaf(tid, ty, steps))
        return
    parts = _components(fcx, ty, tid)
    if not parts or parts is NO:
        out.append(Leaf(tid, ty, steps))
        return
    found = False
    for ptid, part in parts:
        part = fcx.resolve(part)
        if solver.evaluate(ptid, part, ()) == NO:
            found = True
            _walk(fcx, ptid, part, (), steps + _builtin_steps(tid, ty, part), out, seen)
    if not found:
        out.append(Leaf(tid, ty, steps))


def _components(fcx, ty, tid):
    """What `ty: tid` holds by: a std type's type arguments (rustc names its private fields
    by _STD_LAYOUT, not our model's), captured types with their regions erased (rustc prints
    `&RefCell<i32>`), else the solver's structural rule."""
    if type(ty) is T.Adt and ty.def_id in _STD_LAYOUT:
        return [(tid, a) for a in ty.args if not isinstance(a, (T.Region, int))]
    parts = fcx.solver._auto_components(ty, tid)
    if type(ty) is T.Closure and parts and parts is not NO:
        return [(ptid, erase_regions(fcx.resolve(part))) for ptid, part in parts]
    return parts


def _builtin_steps(tid, ty, part) -> tuple:
    """`ty: tid` holds when `part` does: its step, and the private std types in between."""
    steps = [Step("builtin", tid, ty)]
    layout = _STD_LAYOUT.get(ty.def_id) if type(ty) is T.Adt else None
    if layout:
        for kind, shown in reversed(layout):
            steps.append(Step(kind, tid, part, shown=shown.format(ty_str(part))))
    return tuple(steps)


def _impl_nested(fcx, impl, ty) -> list:
    """The trait predicates of `impl` for the type `ty` (resolved)."""
    icx = fcx.icx
    snap = icx.snapshot()
    try:
        substs = fresh_substs(icx, fcx.items, impl.def_id)
        if not unify(icx, subst(impl.trait_ref.self_ty, substs), ty):
            return []
        out = []
        for p in fcx.items.predicates_of(impl.def_id):
            if type(p) is TraitPred and not p.maybe:
                q = instantiate_pred(p, substs)
                tr = q.trait_ref
                out.append(TraitPred(TraitRef(tr.trait_id, icx.resolve(tr.self_ty), tr.args), False, p.span))
        return out
    finally:
        icx.rollback_to(snap)


# ── the notes ──


def within(leaf: Leaf):
    """The type rustc names in "within `X`, the trait ... is not implemented for ...": the
    outermost of the structural steps right above the leaf (None if an impl is right above)."""
    found = None
    for st in reversed(leaf.steps):
        if st.kind != "builtin":
            break
        found = st
    return found


def add_chain_notes(fcx, d, leaf: Leaf, ob, show) -> None:
    """rustc's `note_obligation_cause_code` for the leaf's steps, innermost first, then the root."""
    seen: set = set()
    steps = leaf.steps
    i = len(steps) - 1
    while i >= 0:
        st = steps[i]
        if st.kind == "impl":
            _impl_note(fcx, d, st, show)
            seen.add(st.trait_id)
            count = 0
            while i - 1 >= 0 and steps[i - 1].kind == "impl":
                child = steps[i - 1]
                if child.trait_id not in seen:
                    seen.add(child.trait_id)
                    break
                count += 1
                i -= 1
                st = child
            if count:
                d.note(f"{count} redundant requirement{'s' if count > 1 else ''} hidden")
                d.note(f"required for `{_shown(st, show)}` to implement `{short_name(st.trait_id)}`")
        else:
            _builtin_note(fcx, d, st, show)
        i -= 1
    origin = ob.data if isinstance(ob.data, BoundOrigin) else None
    if origin is not None:
        bound_note(fcx, d, origin, origin.bound_span)


def _shown(st: Step, show) -> str:
    return st.shown if st.shown is not None else show(st.ty)


def _impl_note(fcx, d, st: Step, show) -> None:
    msg = f"required for `{_shown(st, show)}` to implement `{short_name(st.trait_id)}`"
    impl = fcx.items.impls.get(st.impl_id) if st.impl_id else None
    node = getattr(impl, "node", None) if impl is not None and not impl.is_std else None
    if node is None or getattr(node, "trait_ref", None) is None:
        d.note(msg)
        return
    child = SubDiagnostic("note", msg)
    child.labels.append(Label(node.trait_ref.span, None, True))
    child.labels.append(Label(node.self_ty.span, None, True))
    if st.bound_span is not None and not _overlaps(st.bound_span, node.self_ty.span):
        child.labels.append(Label(st.bound_span, "unsatisfied trait bound introduced here", False))
    d.children.append(child)


def _builtin_note(fcx, d, st: Step, show) -> None:
    t = st.ty
    if st.shown is None and type(t) is T.Closure:
        head = closure_head(fcx, t.def_id)
        if head is not None:
            d.note("required because it's used within this closure", head)
            return
    msg = f"required because it appears within the type `{_shown(st, show)}`"
    if st.shown is None and type(t) is T.Adt:
        adt = fcx.items.adts.get(t.def_id)
        node = getattr(adt, "node", None) if adt is not None else None
        if adt is not None and not adt.is_std and node is not None and getattr(node, "ident", None) is not None:
            d.note(msg, node.ident.span)
            return
        if adt is not None and adt.is_std:
            d.children.append(SubDiagnostic("note", msg, std_item=t.def_id))
            return
    if st.shown is not None:
        d.children.append(SubDiagnostic("note", msg, std_item=st.shown))
        return
    d.note(msg)


def bound_note(fcx, d, origin: BoundOrigin, bound_span) -> None:
    """"required by a bound in `f`": at the bound for a user item, the line alone for std."""
    sig = fcx.items.fns.get(origin.fn_id)
    if sig is None:
        return
    name = item_path(fcx.items, sig)
    msg = f"required by a bound in `{name}`"
    if sig.is_std or bound_span is None:
        d.children.append(SubDiagnostic("note", msg, std_item=origin.fn_id))
        return
    child = SubDiagnostic("note", msg)
    ident = getattr(sig.node, "ident", None) if sig.node is not None else None
    file = fcx.ccx.file
    if ident is not None and not _overlaps(ident.span, bound_span) \
            and file.line_col(ident.span.hi)[0] != file.line_col(bound_span.lo)[0]:
        child.labels.append(Label(ident.span, f"required by a bound in this {_descr(fcx.items, sig)}", False))
    short = name.rsplit("::", 1)[-1] if sig.container in fcx.items.traits else name
    child.labels.append(Label(bound_span, f"required by this bound in `{short}`", True))
    d.children.append(child)


def call_label(d, ob) -> None:
    """rustc labels the callee of a call whose argument brought the failed bound."""
    origin = ob.data if isinstance(ob.data, BoundOrigin) else None
    if origin is not None and origin.callee_span is not None and origin.callee_span != d.primary_span:
        d.label(origin.callee_span, "required by a bound introduced by this call")


def item_path(items, sig) -> str:
    """How rustc names a fn in "required by a bound in `..`": `spawn`, `show`, a trait method
    by its name, an inherent method after its impl's self type (`Scope::<'scope, 'env>::spawn`)."""
    container = sig.container
    if container is not None and container in items.impls:
        impl = items.impls[container]
        if impl.trait_ref is None:
            owner = ty_str(impl.self_ty)
            head, sep, rest = owner.partition("<")
            return f"{head}::<{rest}::{sig.name}" if sep else f"{owner}::{sig.name}"
        return sig.name
    if container is not None:
        return sig.name
    if sig.is_std:
        return sig.name
    return sig.def_id.removeprefix("crate::")


def _descr(items, sig) -> str:
    if sig.container is None:
        return "function"
    return "method" if sig.has_self else "associated function"


def _overlaps(a, b) -> bool:
    return a.lo < b.hi and b.lo < a.hi


# ── closures ──


def closure_node(fcx, def_id: str):
    info = fcx.closures.get(def_id)
    if info is not None:
        return info.node
    for node, d in fcx.ccx.closure_defs.items():
        if d == def_id:
            return node
    return None


def closure_head(fcx, def_id: str):
    """The `move |x: i32| -> T` part of a closure (rustc's def span of a closure)."""
    node = closure_node(fcx, def_id)
    return closure_head_span(fcx.ccx.file, node) if node is not None else None


def closure_head_span(file, node):
    from ..source.span import Span

    if node.ret is not None:
        return Span(node.span.lo, node.ret.span.hi)
    data = file.data
    pos = node.params[-1].span.hi if node.params else data.find(b"|", node.span.lo) + 1
    end = data.find(b"|", pos)
    if end < 0 or end >= node.span.hi:
        return None
    return Span(node.span.lo, end + 1)


def _located(file, head) -> Optional[str]:
    if head is None:
        return None
    l1, c1 = file.line_col(head.lo)
    l2, c2 = file.line_col(head.hi)
    return f"{{closure@{file.name}:{l1}:{c1}: {l2}:{c2}}}"


def closure_name(fcx):
    """A `closure=` callback for ty_str: `{closure@main.rs:5:27: 5:34}` as rustc prints it."""
    return lambda def_id: _located(fcx.ccx.file, closure_head(fcx, def_id))


def closure_namer(typed):
    """closure_name for later phases, from the TypedCrate (its closure_defs and file)."""
    nodes = {d: n for n, d in getattr(typed, "closure_defs", {}).items()}
    file = getattr(typed, "file", None)
    if file is None:
        return None
    return lambda def_id: _located(file, closure_head_span(file, nodes[def_id])) if def_id in nodes else None
