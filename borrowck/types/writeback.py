"""Finishing a body: fallback, last obligations, captures, deferred checks, then writing
fully resolved types into the crate's TypedCrate.

Steps (rustc's order):
  1. process obligations; integer/float variables fall back to i32/f64; process again;
  2. closure capture analysis (kinds, captures), then the remaining obligations, which may
     depend on captures (a closure's `Send`, `F: Fn` kind requirements -> E0525);
  3. casts (E0605/E0606) now that operand types are known;
  4. E0282 for a variable still unresolved (only when nothing else was reported);
  5. resolve every table entry; closure types get their final kind; `move` bindings of
     Copy types become "copy"; trait-method callees on concrete types name the impl.
"""
from __future__ import annotations

from ..diagnostics import registry
from ..diagnostics.diagnostic import Diagnostic
from ..syntax import ast
from . import ty as T
from .closure_capture import analyze_closures
from .trait_solver import FN_RANK, supertrait_ids
from .type_fold import fold, has_infer
from .typed_crate import Adjustment, Callee, Capture


def finish_body(fcx) -> None:
    fcx.select_where_possible()
    fcx.icx.fallback(T.NEVER if fcx.ccx.edition == "2024" else T.UNIT)
    fcx.select_where_possible()
    analyze_closures(fcx)
    fcx.select_where_possible(final=True)
    _check_closure_kinds(fcx)
    for expr, def_id, target, *key in fcx.deferred_fn_ptrs:
        info = fcx.closures.get(def_id)
        if info is not None and info.captures:
            fcx.error(key[0] if key else "E0308.tc_mismatched_types", expr.span,
                      registry.text("E0308.tc_expected_fn_pointer.label"))
    _check_casts(fcx)
    _report_ambiguity(fcx)
    if not fcx.has_errors:
        for key, span, label, fields in fcx.late_errors:
            fcx.error(key, span, label, **fields)
        if fcx.late_diags:  # closures not general enough (check_closure.report_not_general)
            fcx.diags.extend(fcx.late_diags)
            fcx.has_errors = True
    _write(fcx)


def _check_closure_kinds(fcx) -> None:
    reported = set()
    for def_id, trait_id, span in fcx.closure_kind_reqs:
        info = fcx.closures.get(def_id)
        if info is None or info.kind is None or def_id in reported:
            continue
        if FN_RANK[info.kind] > FN_RANK[trait_id]:
            reported.add(def_id)
            want = trait_id.rsplit("::", 1)[-1]
            d = fcx.error("E0525.tc_expected_closure_that", info.node.span,
                          registry.text("E0525.tc_closure_implements_not.label", want=want, kind=info.kind),
                          want=want, kind=info.kind)
            d.label(span, f"the requirement to implement `{want}` derives from here")


_NUMERIC = (T.Int, T.Float)


def _check_casts(fcx) -> None:
    for e, src, dst in fcx.deferred_casts:
        s = fcx.resolve(src)
        d = fcx.resolve(dst)
        if type(s) is T.Error or type(d) is T.Error or s == d:
            continue
        if _cast_ok(fcx, s, d):
            continue
        if type(s) in _NUMERIC and type(d) is T.Bool:
            fcx.error("E0054.tc_cast_to_bool", e.span, s_ty=fcx.show(s))
        elif type(s) in _NUMERIC and type(d) is T.Char:
            fcx.error("E0604.tc_cast_to_char", e.span, "invalid cast", s_ty=fcx.show(s))
        elif type(d) in (T.Int, T.Float, T.Bool, T.Char, T.Ptr) and type(s) in (
                T.Int, T.Float, T.Bool, T.Char, T.Ptr, T.Ref, T.FnDef, T.FnPtr):
            fcx.error("E0606.tc_casting_as_invalid", e.span, s_ty=fcx.show(s), d_ty=fcx.show(d))
        else:
            fcx.error("E0605.tc_non_primitive_cast", e.span,
                      registry.text("E0605.tc_as_expression_can.label"), s_ty=fcx.show(s), d_ty=fcx.show(d))


def _cast_ok(fcx, s, d) -> bool:
    cs, cd = type(s), type(d)
    if cs in _NUMERIC and cd in _NUMERIC:
        return True
    if cs in (T.Bool, T.Char) and cd is T.Int:
        return True
    if cs is T.Int and s.name == "u8" and cd is T.Char:
        return True
    if cs is T.Adt and cd is T.Int:
        adt = fcx.items.adts.get(s.def_id)
        return adt is not None and adt.kind == "enum" and all(not v.fields for v in adt.variants)
    if cd is T.Ptr and cs in (T.Ref, T.Ptr):
        return True
    if cs is T.Ptr and cd is T.Int:
        return True
    if cs in (T.FnDef, T.FnPtr) and cd in (T.FnPtr, T.Ptr, T.Int):
        return True
    if cs is T.Ref and cd is T.Ref:
        return fcx.unify(s.inner, d.inner)
    return False


def _report_ambiguity(fcx) -> None:
    if fcx.has_errors:
        return
    if _report_trait_fn_without_self(fcx):
        return
    unresolved = fcx.icx.has_unresolved  # `_has_var(fcx.resolve(t))` without building the type
    for node, t in fcx.binding_types.items():
        if unresolved(t):
            r = fcx.resolve(t)
            from .ambiguity_errors import report_ambiguous_binding

            report_ambiguous_binding(fcx, node, r, _ambiguity_code(fcx, r))
            return
    for e, t in fcx.expr_types.items():
        if unresolved(t):
            const = _uninferred_const_param(fcx, fcx.resolve(t))
            if const is not None:  # rustc: E0284 for a const argument, naming the parameter
                fcx.error("E0284.tc_ambiguous", e.span, f"cannot infer the value of the const parameter "
                          f"`{const[0]}` declared on the function `{const[1]}`")
                return
            fcx.error("E0282.tc_annotations_needed", e.span, registry.text("E0282.tc_cannot_infer.label"))
            return


def _uninferred_const_param(fcx, t):
    """(param, fn name) when the first argument of a free fn item left open is a const param."""
    if type(t) is not T.FnDef or t.def_id not in fcx.items.fns or fcx.items.fns[t.def_id].container is not None:
        return None
    from .generic_subst import const_param_names, generic_arg_names

    consts = const_param_names(fcx.items, t.def_id)
    for n, a in zip(generic_arg_names(fcx.items, t.def_id), t.args):
        if type(a) is T.Infer or (not isinstance(a, (int, T.Region)) and has_infer(a)):
            return (n, fcx.items.fns[t.def_id].name) if n in consts else None
    return None


def _report_trait_fn_without_self(fcx) -> bool:
    """E0790: `Animal::baby_name()` names a trait's associated fn without `self`, so nothing
    says which impl runs (rustc's text, built here)."""
    items = fcx.items
    for e, t in fcx.expr_types.items():
        if not isinstance(e, ast.PathExpr):
            continue
        res = fcx.tables.resolutions.get(e)
        sig = items.fns.get(res.target) if res is not None and res.kind == "assoc_fn" else None
        if sig is None or sig.has_self or sig.container not in items.traits:
            continue
        ft = fcx.resolve(t)
        if type(ft) is T.FnDef and ft.args and _has_var(ft.args[0]):
            msg = "cannot call associated function on trait without specifying the corresponding `impl` type"
            fcx.diags.append(Diagnostic("error", "E0790", msg).primary(e.span, "cannot call associated function of trait"))
            fcx.has_errors = True
            return True
    return False


def _ambiguity_code(fcx, t) -> str:
    """E0283 when a still-pending trait obligation is what could not be decided, E0284 for a
    projection (`<_ as FromStr>::Err == _`), E0282 when nothing constrains the variable."""
    from .item_defs import ProjectionPred
    from .type_fold import walk

    roots = {x.index for x in walk(t) if type(x) is T.Infer}
    for ob in fcx.pending:
        if roots & set(fcx._vars_in(ob.pred)):
            return "E0284" if type(ob.pred) is ProjectionPred else "E0283"
    return "E0282"


def _has_var(t) -> bool:
    return has_infer(t)


# types without type children: resolving leaves them unchanged
_ATOMS = frozenset({T.Int, T.Float, T.Bool, T.Char, T.Str, T.Never, T.Param, T.Error})


def _write(fcx) -> None:
    tables = fcx.tables
    closures = fcx.closures

    def leaf(x):
        cls = type(x)
        if cls is T.Infer:
            s = fcx.shallow(x)
            return T.ERROR if type(s) is T.Infer else fold(s, leaf)
        if cls is T.Closure:
            info = closures.get(x.def_id)
            if info is not None:
                ret = fold(info.ret, leaf)
                if x.def_id in getattr(fcx, "undeduced_closures", ()):
                    from .check_closure import unbound_result
                    ret = unbound_result(ret)
                return T.Closure(x.def_id, tuple(fold(p, leaf) for p in info.params), ret, info.kind or "Fn")
        return None

    def res(t):
        # fold(t, leaf), with the common shapes written out (every table entry goes through it)
        cls = type(t)
        if cls is T.Infer:
            s = fcx.shallow(t)
            return T.ERROR if type(s) is T.Infer else res(s)
        if cls in _ATOMS:
            return t
        if cls is T.Adt:
            args = res_args(t.args)
            return t if args is t.args else T.Adt(t.def_id, args)
        if cls is T.Ref:
            inner = res(t.inner)
            return t if inner is t.inner else T.Ref(t.region, t.mutable, inner)
        if cls is T.Tuple:
            elems = res_args(t.elems)
            return t if elems is t.elems else T.Tuple(elems)
        return fold(t, leaf)

    def res_args(args):
        out = None
        for i, a in enumerate(args):
            if isinstance(a, (T.Region, int)):
                continue
            b = res(a)
            if b is not a:
                if out is None:
                    out = list(args)
                out[i] = b
        return args if out is None else tuple(out)

    for e, t in fcx.expr_types.items():
        tables.expr_types[e] = res(t)
    for e, adjs in fcx.adjustments.items():
        tables.adjustments[e] = tuple(_with_target(a, res(a.target)) for a in adjs)
    for p, t in fcx.pat_types.items():
        tables.pat_types[p] = res(t)
    for p, ts in fcx.pat_adjustments.items():
        tables.pat_adjustments[p] = tuple(res(t) for t in ts)
    for node, t in fcx.binding_types.items():
        tables.binding_types[node] = res(t)
    for node, mode in fcx.binding_modes.items():
        if mode == "move":
            t = tables.binding_types.get(node)
            if t is not None and fcx.solver.evaluate("std::marker::Copy", t, ()) == "yes":
                mode = "copy"
        tables.binding_modes[node] = mode
    for e, c in fcx.callees.items():
        tables.callees[e] = _resolve_callee(fcx, c, res)
    for info in closures.values():
        caps = tuple(Capture(c.root, c.projections, c.mode, res(c.ty), c.use_span) for c in (info.captures or ()))
        tables.captures[info.node] = caps
    tables.diagnostics.extend(fcx.diags)
    del leaf, res, res_args  # recursive closures are cycles: they would keep the body alive until a GC


def _with_target(a: Adjustment, target) -> Adjustment:
    return a if target is a.target else Adjustment(a.kind, a.mutable, target)


def _resolve_callee(fcx, c: Callee, res) -> Callee:
    args = tuple(res(a) if not isinstance(a, (T.Region, int)) else a for a in c.args)
    params = tuple(res(p) for p in c.sig_params)
    ret = res(c.sig_ret)
    def_id, impl_id = c.def_id, c.impl_id
    items = fcx.items
    trait_id = items.trait_of_method(def_id) if def_id in items.fns else def_id.rsplit("::", 1)[0]
    if trait_id in items.traits and (impl_id is None or impl_id == trait_id) and args:
        self_ty = args[0]
        if type(self_ty) not in (T.Param, T.Dyn, T.Error, T.Alias, T.Opaque) or _impl_for_dyn(items, trait_id, self_ty):
            tinfo = items.traits[trait_id]
            n = len(tinfo.generics.types) - 1
            picked = fcx.solver.selected_impl(trait_id, self_ty, tuple(args[1:1 + n]))
            if picked is not None:
                impl = items.impls[picked]
                name = def_id.rsplit("::", 1)[-1]
                impl_id = impl.def_id
                m = impl.method(name)
                if m is not None:
                    def_id = m
    return Callee(def_id, impl_id, args, params, ret)


def _impl_for_dyn(items, trait_id: str, self_ty) -> bool:
    """`impl Show for dyn Shape` called on a `dyn Shape + 'a`: an impl (with its `'static`
    object lifetime), not the object's own vtable, which has only its trait and supertraits."""
    return (type(self_ty) is T.Dyn and trait_id != self_ty.trait_id
            and trait_id not in supertrait_ids(items, self_ty.trait_id))
