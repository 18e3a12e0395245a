"""Calls: `f(args)` (fn items, constructors, closures, fn pointers, `F: Fn(..)` params,
`dyn Fn`, `Box<dyn Fn>`) and method calls `recv.m(args)`.

Arguments are checked in two passes like rustc: non-closure arguments first, so that a
closure argument's signature can be deduced from obligations the other arguments
resolved (`map(|x| ..)` learns `x` from the iterator's `Item`). Each argument is a
coercion site for its formal parameter type. A callee is recorded for every call of a
fn item / method, with the instantiated signature (declared lifetimes kept).
"""
from __future__ import annotations

from ..syntax import ast
from ..diagnostics import registry
from ..diagnostics.diagnostic import Diagnostic
from . import ty as T
from .autoderef import autoderef_steps
from .check_expr import check_expr, check_expr_coerce
from .generic_subst import generic_arg_names, substs_of, type_param_names
from .item_defs import ProjectionPred, TraitPred
from .method_lookup import lookup_method
from .obligation_cause import BoundOrigin
from .trait_solver import FN_RANK, FN_TRAITS, ctor_sig
from .type_fold import walk
from .typed_crate import Adjustment, Callee

FN_ONCE = "std::ops::FnOnce"


def check_call(fcx, e: ast.Call, expected) -> T.Ty:
    ft = fcx.structurally_resolve(check_expr(fcx, e.func, None))
    if type(ft) is T.Error:
        _check_args_untyped(fcx, e.args)
        return T.ERROR
    if type(ft) is T.FnDef:
        return _call_fn_def(fcx, e, ft, expected)
    sig = _callable_sig(fcx, e, ft)
    if sig is None:
        if type(ft) is T.Infer and ft.kind == "ty":
            fcx.needs_annotation(e.func)
        else:
            fcx.error("E0618.tc_expected_function", e.func.span,
                      registry.text("E0618.tc_call_expression_requires.label"), ft_ty=fcx.show(ft))
        _check_args_untyped(fcx, e.args)
        return T.ERROR
    params, ret = sig
    if len(params) != len(e.args):
        # a call through a closure or an `Fn*` bound is an overloaded call: rustc's E0057
        key = "E0061.tc_takes_argument_but" if _is_fn_ptr(ft) else "E0057.tc_takes_argument_but"
        _arg_count_error(fcx, e.func.span, len(params), len(e.args), "function", key)
        _check_args_untyped(fcx, e.args)
        return ret
    if fcx.last_call_trait is not None:
        # a call through an `F: Fn*` parameter, `impl Fn*` or `dyn Fn*`: record the trait method
        tid = fcx.last_call_trait
        method = {"std::ops::Fn": "call", "std::ops::FnMut": "call_mut", "std::ops::FnOnce": "call_once"}[tid]
        callee_ty = fcx.resolve(ft)
        adjs = fcx.adjustments.get(e.func, ())
        if adjs:
            # the callee is the autoderef'd value (`dyn Fn` inside a Box), as the adjustments say
            callee_ty = fcx.resolve(adjs[-1].target)
        fcx.callees[e] = Callee(f"{tid}::{method}", None, (callee_ty, T.Tuple(tuple(params))),
                                (callee_ty, T.Tuple(tuple(params))), ret)
        fcx.last_call_trait = None
    check_args(fcx, e.args, params)
    return _late_bound_erased(fcx, ret, fcx.resolve(ft))


def _late_bound_erased(fcx, ret, callee_ty):
    """The result of a call through `Fn(&T) -> &U` / `fn(&T) -> &U`: the signature's bound
    regions ('_hrN, `for<'a>` names) are the call's own, not to be inferred into the body's
    types (a closure returning it would take them for its own bound regions)."""
    from .type_fold import fold

    names = set()
    for p in list(fcx.solver.env) + list(getattr(callee_ty, "bounds", ()) or ()):
        if type(p) is TraitPred and p.trait_ref.trait_id in FN_TRAITS:
            names.update(p.bound_regions or ())

    def bound(r) -> bool:
        return r.kind == "param" and (r.name.startswith("'_hr") or r.name in names)

    def leaf(x):
        if type(x) is T.Region:
            return T.ERASED if bound(x) else x
        if type(x) is T.Ref and bound(x.region):
            return T.Ref(T.ERASED, x.mutable, fold(x.inner, leaf))
        return None
    return fold(ret, leaf)


def _callable_sig(fcx, e, ft):
    """(params, ret) for calling a closure, fn pointer, `F: Fn*` param, `dyn Fn*` or a
    reference/box to one of those (auto-deref of the callee). Sets fcx.last_call_trait to
    the Fn trait used when the callee is a bound / trait object."""
    fcx.last_call_trait = None
    steps = autoderef_steps(fcx, ft)
    for i, (t, _k) in enumerate(steps):
        t = fcx.shallow(t)
        cls = type(t)
        sig = None
        if cls is T.Closure:
            info = fcx.closures.get(t.def_id)
            sig = (info.params, info.ret) if info is not None else (t.params, t.ret)
        elif cls is T.FnPtr:
            sig = (t.params, t.ret)
        elif cls is T.FnDef:
            sig = fcx.solver.fn_like_sig(t)
        elif cls is T.Dyn and t.trait_id in FN_TRAITS:
            args = fcx.shallow(t.args[0]) if t.args else T.UNIT
            ret = dict(t.assoc).get("Output", T.UNIT)
            sig = (tuple(args.elems) if type(args) is T.Tuple else (), ret)
            fcx.last_call_trait = t.trait_id
        elif cls in (T.Param, T.Opaque, T.Alias):
            sig = _bound_fn_sig(fcx, t)
        if sig is not None:
            if i:
                fcx.adjustments[e.func] = tuple(Adjustment(k, False, st) for st, k in steps[1:i + 1])
            return sig
    return None


def _bound_fn_sig(fcx, t):
    target = fcx.resolve(t)
    args = None
    ret = None
    preds = list(fcx.solver.env)
    if type(t) is T.Opaque:
        from .trait_solver import instantiate_pred

        # an opaque type's bounds are written on `Self`
        preds += [instantiate_pred(b, {"Self": t}) for b in t.bounds if isinstance(b, (TraitPred, ProjectionPred))]
    kind = None
    for p in preds:
        if type(p) is TraitPred and p.trait_ref.trait_id in FN_TRAITS and fcx.resolve(p.trait_ref.self_ty) == target:
            a = p.trait_ref.args[0] if p.trait_ref.args else T.UNIT
            args = tuple(a.elems) if type(a) is T.Tuple else ()
            tid = p.trait_ref.trait_id
            if kind is None or FN_RANK[tid] < FN_RANK[kind]:
                kind = tid  # the most capable bound decides how the value is called
        if type(p) is ProjectionPred and p.name == "Output" and fcx.resolve(p.trait_ref.self_ty) == target:
            ret = p.ty
    if args is None:
        return None
    fcx.last_call_trait = kind
    return args, ret if ret is not None else T.UNIT


def _call_fn_def(fcx, e: ast.Call, ft: T.FnDef, expected) -> T.Ty:
    items = fcx.items
    is_fn = ft.def_id in items.fns
    sig = fcx.solver.fn_like_sig(ft) if is_fn else ctor_sig(items, ft)
    if sig is None:
        fcx.unsupported(e.func.span, "calling this item")
        _check_args_untyped(fcx, e.args)
        return T.ERROR
    params, ret = sig
    params = tuple(fcx.normalize(p, e.span) for p in params)
    ret = fcx.normalize(ret, e.span)
    if len(params) != len(e.args):
        what = "function"
        if not is_fn:
            what = "this struct" if ft.def_id in items.adts else "this enum variant"
        d = _arg_count_error(fcx, e.func.span, len(params), len(e.args), what)
        _check_args_untyped(fcx, e.args)
        if is_fn:
            from .arg_count import arg_count_context

            arg_count_context(fcx, d, e, ft.def_id, params, e.args, False)
        return ret
    if is_fn:
        fsig = items.fns[ft.def_id]
        m = substs_of(items, ft.def_id, ft.args)
        _register_fn_preds(fcx, ft.def_id, m, fsig.params, e.args, e.func.span, e.span)
        fcx.callees[e] = Callee(ft.def_id, fsig.container, ft.args, params, ret)
    # like rustc, let the callee's where-clauses pick unique impls before the arguments are
    # checked (`K: Borrow<Q>` fixes `Q = K` for `map.get(&k)`)
    fcx.select_where_possible()
    check_args(fcx, e.args, params, expected_inputs(fcx, params, ret, expected))
    return ret


def _has_infer(fcx, t) -> bool:
    return any(type(x) is T.Infer for x in walk(fcx.resolve(t)))


def _register_fn_preds(fcx, fn_id, m, decl_params, args, default_span, call_span=None) -> None:
    """The fn's where-clauses, each reported at the argument whose declared type is the
    bounded parameter (rustc points `F: Send` errors at the closure argument)."""
    sig = fcx.items.fns[fn_id]
    offset = 1 if sig.has_self and len(decl_params) == len(args) + 1 else 0

    def span_for(pred):
        tr = getattr(pred, "trait_ref", None)
        st = tr.self_ty if tr is not None else getattr(pred, "ty", None)
        if type(st) is T.Param:
            for i, p in enumerate(decl_params[offset:]):
                if p == st and i < len(args):
                    return args[i].span
            for i, p in enumerate(decl_params[offset:]):
                if i < len(args) and _mentions(p, st):
                    return args[i].span
        return default_span

    preds = fcx.items.predicates_of(fn_id)
    if not sig.is_std:  # (the std model does not spell out every `?Sized`)
        preds = preds + _implicit_sized(sig.generics)
    fcx.register_preds(preds, m, span_for,
                       lambda p: BoundOrigin(fn_id, default_span, p.span, call_span))


def _implicit_sized(generics) -> tuple:
    """`T: Sized` for each own type parameter not declared `?Sized`."""
    from .crate_check import relaxed_params
    from .item_defs import TraitRef

    relaxed = relaxed_params(generics)
    return tuple(TraitPred(TraitRef("std::marker::Sized", T.Param(n), ()))
                 for n in generics.types if n != "Self" and n not in relaxed)


def _mentions(t, param) -> bool:
    return any(x == param for x in walk(t))


def expected_inputs(fcx, params, ret, expected):
    """Hints for the arguments from the expected result type, as rustc's
    `expected_inputs_for_expected_output`: unify in a snapshot, read the formals, roll back
    (`let b: Box<dyn Tr> = Box::new(x)` must not force `T = dyn Tr`)."""
    if expected is None or not _has_infer(fcx, ret):
        return None
    icx = fcx.icx
    snap = icx.snapshot()
    try:
        if not fcx.unify(ret, expected):
            return None
        return tuple(icx.resolve(p) for p in params)
    finally:
        icx.rollback_to(snap)


def check_args(fcx, args, params, hints=None) -> None:
    """Non-closure arguments first, then closures (their signatures may depend on the rest)."""
    later = []
    hints = hints if hints is not None else (None,) * len(params)
    for a, p, h in zip(args, params, hints):
        if h is not None and (not _has_infer(fcx, p) or type(fcx.shallow(h)) is T.Infer):
            h = None
        if _is_closure(a):
            later.append((a, p, h))
            continue
        _check_arg(fcx, a, p, h)
    if later:
        fcx.select_where_possible()
        for a, p, h in later:
            _check_arg(fcx, a, p, h)


def _check_arg(fcx, a, p, h) -> None:
    """One argument against its formal `p`, guided by the hint `h` from the expected result."""
    from .coercion import coerce_or_report

    if type(fcx.shallow(p)) in (T.Dyn, T.Slice, T.Str):
        # a by-value unsized formal (its fn is reported at the parameter too)
        check_expr(fcx, a, p)
        fcx.error("E0277.tc_size_values_cannot", a.span, registry.text("E0277.tc_doesn_t_have.label"),
                  shown=fcx.show(p)).note("all function arguments must have a statically known size")
    elif h is None:
        check_expr_coerce(fcx, a, p)
    elif type(fcx.shallow(h)) in (T.Dyn, T.Slice, T.Str):
        # rustc's rvalue hint: an unsized expectation only guides (a closure's signature from
        # `Box<dyn Fn(&T)>`), the formal decides
        coerce_or_report(fcx, a, check_expr(fcx, a, h), p)
    else:
        # coerce to the expected input, then the formal becomes it (`Some(&mut x)` where
        # `Option<&T>` is expected)
        coerce_or_report(fcx, a, check_expr(fcx, a, h), h)
        fcx.unify(p, h)


def _is_closure(a) -> bool:
    while isinstance(a, ast.Paren):
        a = a.expr
    return isinstance(a, ast.Closure)


def _check_args_untyped(fcx, args) -> None:
    for a in args:
        check_expr(fcx, a, None)


def _is_fn_ptr(t) -> bool:
    while True:
        if type(t) is T.Ref:
            t = t.inner
        elif type(t) is T.Adt and t.def_id == "std::boxed::Box" and t.args:
            t = t.args[0]
        else:
            return type(t) is T.FnPtr


def _arg_count_error(fcx, span, expected_n, got_n, what, key="E0061.tc_takes_argument_but") -> None:
    s1 = "" if expected_n == 1 else "s"
    s2 = "" if got_n == 1 else "s"
    was = "was" if got_n == 1 else "were"
    return fcx.error(key, span, what=what, expected_n=expected_n, s1=s1, got_n=got_n,
                     s2=s2, was=was)


# ───────────────────────────── method calls ─────────────────────────────


def check_method_call(fcx, e: ast.MethodCall, expected) -> T.Ty:
    from .check_path import lower_generic_args

    rt = fcx.structurally_resolve(check_expr(fcx, e.receiver, None))
    name = e.method.name
    if type(rt) is T.Error:
        _check_args_untyped(fcx, e.args)
        return T.ERROR
    if type(rt) is T.Infer and rt.kind == "ty":
        fcx.needs_annotation(e.receiver)
        _check_args_untyped(fcx, e.args)
        return T.ERROR
    turbofish = lower_generic_args(fcx, e.generic_args)
    pick = lookup_method(fcx, rt, name, e.method.span, turbofish)
    if pick is None:
        _no_method(fcx, e, rt)
        _check_args_untyped(fcx, e.args)
        return T.ERROR
    if pick.adjustments:
        fcx.adjustments[e.receiver] = tuple(fcx.adjustments.get(e.receiver, ())) + pick.adjustments
    if pick.ambiguous_with is not None:
        # rustc's E0034 (resolve-phase text, built here): two traits' methods apply equally
        fcx.diags.append(Diagnostic("error", "E0034", "multiple applicable items in scope")
                         .primary(e.method.span, f"multiple `{name}` found"))
        fcx.has_errors = True
    from .check_place import item_visible, label_private_fn

    if not item_visible(fcx, fcx.items.fns[pick.fn_id]):
        d = fcx.error("E0624.tc_method_private", e.method.span, registry.text("E0624.tc_private_method.label"),
                      name=name)
        label_private_fn(fcx, d, fcx.items.fns[pick.fn_id], "E0624.tc_private_method_defined.label")
    if type(fcx.shallow(pick.self_ty)) is T.Dyn and fcx.items.fns[pick.fn_id].generics.types \
            and fcx.items.fns[pick.fn_id].container in fcx.items.traits:
        fcx.unsupported(e.method.span, "trait objects with generic methods")
    params = tuple(fcx.normalize(p, e.method.span) for p in pick.params)
    ret = fcx.normalize(pick.ret, e.method.span)
    items = fcx.items
    names = generic_arg_names(items, pick.fn_id)
    args = tuple(pick.substs.get(n, T.ERROR) for n in names)
    fcx.callees[e] = Callee(pick.fn_id, pick.container, args, params, ret)
    if pick.is_trait:
        tinfo = items.traits[pick.container]
        targs = tuple(pick.substs.get(n, T.ERROR) for n in tinfo.generics.types[1:])
        fcx.register_bound(pick.container, pick.self_ty, targs, e.method.span, "method")
    decl = items.fns[pick.fn_id].params
    _register_fn_preds(fcx, pick.fn_id, pick.substs, decl, e.args, e.method.span, e.span)
    if len(params) - 1 != len(e.args):
        d = _arg_count_error(fcx, e.method.span, len(params) - 1, len(e.args), "method")
        _check_args_untyped(fcx, e.args)
        from .arg_count import arg_count_context

        arg_count_context(fcx, d, e, pick.fn_id, params[1:], e.args, True)
        return ret
    fcx.select_where_possible()
    check_args(fcx, e.args, params[1:], expected_inputs(fcx, params[1:], ret, expected))
    return ret


def _no_method(fcx, e, rt) -> None:
    name = e.method.name
    t = fcx.resolve(rt)
    if type(t) is T.Infer and t.kind in ("int", "float"):
        what = "{integer}" if t.kind == "int" else "{float}"
        d = fcx.error("E0689.tc_can_t_call", e.method.span, name=name, what=what)
        from .trait_errors import numeric_type_help

        numeric_type_help(fcx, d, e.receiver, "i32" if t.kind == "int" else "f32")
        return
    kind = "type"
    shown = fcx.show(t)
    if type(t) is T.Adt:
        adt = fcx.items.adts.get(t.def_id)
        if adt is not None:
            kind = adt.kind
            # rustc names the generic type (`Vec<T>`) unless the receiver derefs to something
            from .autoderef import autoderef_steps

            if (adt.generics.types or adt.generics.lifetimes) and len(autoderef_steps(fcx, t)) <= 1:
                gen = [l for l in adt.generics.lifetimes] + list(adt.generics.types)
                shown = f"{adt.name}<{', '.join(gen)}>"
    elif type(t) is T.Ref:
        kind = "reference"
    elif type(t) is T.Param:
        kind = "type parameter"
    elif type(t) is T.Opaque:
        kind = "opaque type"
    # a field with that name holding a closure: rustc says so (E0599 as well)
    from .similar_names import similar_method, similar_method_help

    similar = similar_method(fcx, rt, name, e.method.span)
    # rustc leaves out "method not found in `T`" when it has a similar name to offer
    label = None if similar is not None else registry.text("E0599.tc_method_not.label", t_ty=fcx.show(t))
    diag = fcx.error("E0599.tc_no_method_named", e.method.span, label, name=name, kind=kind, shown=shown)
    from .trait_errors import local_adt_span

    def_span = local_adt_span(fcx, t)
    if def_span is not None:
        diag.label(def_span, f"method `{name}` not found for this {kind}")
    if similar is None:
        from .trait_errors import suggest_unwrap

        suggest_unwrap(fcx, diag, e, t)
    _unimported_trait_help(fcx, diag, e, rt, similar)


def _unimported_trait_help(fcx, diag, e, rt, similar=None) -> None:
    """rustc's help when a user trait out of scope provides the method: where it is
    available, and the `use` that would bring it into scope."""
    from .method_lookup import unimported_traits_providing

    found = [c for c in unimported_traits_providing(fcx, rt, e.method.name, e.method.span)
             if not fcx.items.traits[c[0]].is_std]
    from .similar_names import similar_method_help

    if not found:
        if similar is not None:
            similar_method_help(fcx, diag, similar, len(e.args), e.method.span)
        return
    for tid, fid in found:
        node = fcx.items.fns[fid].node
        if node is not None:
            diag.label(node.ident.span, registry.text("E0599.tc_available_here.label", ty=fcx.show(fcx.resolve(rt))))
    diag.help(registry.text("E0599.tc_trait_items_scope.help"))
    if similar is not None:
        similar_method_help(fcx, diag, similar, len(e.args), e.method.span)
    name = e.method.name
    text = registry.text("E0599.tc_trait_not_in_scope.help", trait_name=tid.rsplit("::", 1)[-1], name=name) \
        if len(found) == 1 else registry.text("E0599.tc_traits_not_in_scope.help", name=name)
    first = _first_item_of_module(fcx)
    if first is None:
        diag.help(text)
        return
    from ..diagnostics.diagnostic import SubDiagnostic, Suggestion
    from ..source.span import Span

    data = fcx.ccx.file.data
    line = data.rfind(b"\n", 0, first.span.lo) + 1
    indent = data[line:first.span.lo].decode()
    indent = indent if not indent.strip() else ""
    at = Span(line, line)
    diag.children.append(SubDiagnostic("help", text, [], [
        Suggestion(at, f"{indent}use {tid};\n", "MaybeIncorrect") for tid, _fid in found]))


def _first_item_of_module(fcx):
    """The first item of the (named) module enclosing the body: where rustc puts a `use`."""
    tree = fcx.items.resolver.paths.tree
    module = fcx.scope.module
    while module in tree.modules and tree.modules[module].kind == "block":
        module = tree.modules[module].parent
    if module == "crate":
        crate = fcx.ccx.typed.crate
        items = crate.items if crate is not None else ()
    else:
        node = next((n for n, d in tree.node_defs.items() if d == module and isinstance(n, ast.Mod)), None)
        items = node.items if node is not None and node.items else ()
    return items[0] if items else None
