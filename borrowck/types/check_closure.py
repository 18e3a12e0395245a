"""Closure expressions: signature deduction from the expected type, then the body.

The expected type may be an inference variable with pending `?F: FnMut(A) -> B`
obligations (from a generic callee such as `Iterator::map`), a fn pointer, or a
`dyn Fn(..)`. Parameters without annotations take the deduced types (or fresh variables).
The closure's kind (Fn/FnMut/FnOnce) and captures are computed after the enclosing body
is checked (`closure_capture`), as rustc's upvar analysis does.
"""
from __future__ import annotations

from ..syntax import ast
from . import ty as T
from .check_expr import check_expr_coerce
from .fn_ctxt import ClosureInfo
from .item_defs import ProjectionPred, TraitPred
from .pattern_check import check_pat, declare_bindings
from .trait_solver import FN_RANK, FN_TRAITS


def deduce_sig(fcx, expected):
    """(param types or None, return type or None, expected kind or None)."""
    if expected is None:
        return None, None, None
    exp = fcx.shallow(expected)
    if type(exp) is T.FnPtr:
        return exp.params, exp.ret, None
    if type(exp) is T.Dyn and exp.trait_id in FN_TRAITS:
        a = fcx.shallow(exp.args[0]) if exp.args else None
        return (a.elems if type(a) is T.Tuple else None), dict(exp.assoc).get("Output"), exp.trait_id
    if type(exp) is T.Infer:
        params = ret = kind = None
        root = fcx.icx.find(exp.index)
        for ob in fcx.pending:
            p = ob.pred
            st = fcx.shallow(p.trait_ref.self_ty)
            if type(st) is not T.Infer or fcx.icx.find(st.index) != root:
                continue
            if type(p) is TraitPred and p.trait_ref.trait_id in FN_TRAITS and p.trait_ref.args:
                a = fcx.shallow(p.trait_ref.args[0])
                if type(a) is T.Tuple:
                    params = a.elems
                # several bounds: the closure must satisfy the most demanding (Fn < FnMut < FnOnce)
                tid = p.trait_ref.trait_id
                if kind is None or FN_RANK[tid] < FN_RANK[kind]:
                    kind = tid
            elif type(p) is ProjectionPred and p.name == "Output" and p.trait_ref.trait_id in FN_TRAITS:
                ret = p.ty
        return params, ret, kind
    return None, None, None


def check_closure(fcx, e: ast.Closure, expected) -> T.Ty:
    params_hint, ret_hint, kind_hint = deduce_sig(fcx, expected)
    arity_error = params_hint is not None and len(params_hint) != len(e.params)
    if arity_error:
        fcx.error("E0593.tc_closure_expected_take", e.span, count=len(params_hint),
                  word='s' if len(params_hint) != 1 else '', count2=len(e.params),
                  word2='s' if len(e.params) != 1 else '')
        params_hint = None
    fcx.closure_count += 1
    def_id = f"{fcx.def_id}::{{closure#{fcx.closure_count - 1}}}"
    fcx.push_scope()
    ptys = []
    names: set = set()
    for i, p in enumerate(e.params):
        if p.ty is not None:
            t = fcx.lower_type(p.ty)
            if params_hint is not None and fcx.unify(t, params_hint[i]) and not _names_lifetime(p.ty):
                # rustc merges the written types with the expected signature, whose (late-bound)
                # regions the result shares: `|u: &User| &u.name` as a `Fn(&T) -> &str`
                t = params_hint[i]
        elif params_hint is not None:
            t = params_hint[i]
        else:
            t = fcx.new_var(p.span)
        ptys.append(t)
        declare_bindings(fcx, check_pat(fcx, p.pat, t, param_names=names))
    if e.ret is not None:
        ret = fcx.lower_type(e.ret)
        if ret_hint is not None:
            fcx.unify(ret, ret_hint)
    else:
        ret = ret_hint if ret_hint is not None else fcx.new_var(e.span)
    info = ClosureInfo(e, def_id, tuple(ptys), ret, icx=fcx.icx)
    info.expected_kind = kind_hint
    if params_hint is None and ret_hint is None and kind_hint is None:
        # no expected signature: its regions are not late-bound (see unbound_result)
        undeduced = getattr(fcx, "undeduced_closures", None)
        if undeduced is None:
            undeduced = fcx.undeduced_closures = set()
        undeduced.add(def_id)
        info.fixed_params = tuple(i for i, p in enumerate(e.params) if p.ty is None)
    fcx.closures[def_id] = info
    fcx.ccx.closure_defs[e] = def_id
    saved_loops = fcx.loops
    fcx.loops = []
    fcx.ret_stack.append(ret)
    fcx.closure_stack.append(info)
    try:
        check_expr_coerce(fcx, e.body, ret)
    finally:
        fcx.closure_stack.pop()
        fcx.ret_stack.pop()
        fcx.loops = saved_loops
        fcx.pop_scope()
    if arity_error:
        return T.ERROR  # like rustc: the bound it fails is reported once (E0593), not again
    return T.Closure(def_id, tuple(ptys), ret, "Fn")


def _names_lifetime(t: ast.Node) -> bool:
    """A written type naming a lifetime (`&'a T`, `Foo<'static>`): kept as written."""
    from ..syntax.walk import iter_nodes
    return any(type(n) is ast.Lifetime and n.name != "_" for n in iter_nodes(t))


def unbound_result(ret: T.Ty) -> T.Ty:
    """The result type of a closure whose signature was not deduced where it was written.
    rustc fixes such a signature there, so `|s| s` is no `for<'a> Fn(&'a str) -> &'a str`
    even when a later bound makes its parameter `&'_hr0 str`: the result's bound names are
    renamed apart from the parameters' (a region of its own, which the body cannot return
    the parameter into: rejected, as rustc rejects the bound as not general enough)."""
    from .type_fold import fold

    def leaf(x):
        if type(x) is T.Region and x.kind == "param" and x.name.startswith("'_hr"):
            return T.Region("param", x.name + "_result", x.index)
        if type(x) is T.Ref and x.region.kind == "param" and x.region.name.startswith("'_hr"):
            return T.Ref(T.Region("param", x.region.name + "_result", x.region.index), x.mutable, fold(x.inner, leaf))
        return None
    return fold(ret, leaf)


def report_not_general(fcx, pred, ob) -> None:
    """rustc's "implementation of `Fn` is not general enough" (and the same for `FnOnce`, whose
    `Output` the bound also names): the bound's regions ('_hrN) are any lifetime `'1`, the
    closure's fixed parameter regions one specific lifetime `'2`. Reported at the whole call
    (a where-clause of the callee), the returned value (`impl Fn`), else the obligation."""
    from ..diagnostics import registry
    from .obligation_cause import BoundOrigin
    from .trait_solver import FN_ONCE, _bound_region
    from .ty_display import ty_str
    from .type_fold import erase_regions, fold, walk

    tr = pred.trait_ref
    closure = fcx.resolve(tr.self_ty)
    info = fcx.closures.get(closure.def_id)
    args = fcx.resolve(tr.args[0]) if tr.args else T.Tuple(())
    names: list = []
    for x in walk(args):
        if _bound_region(x, pred.bound_regions):
            n = (x.region if type(x) is T.Ref else x).name
            if n not in names:
                names.append(n)

    def renamed(first: int):
        def leaf(x):
            if type(x) is T.Region and x.name in names:
                return T.Region("param", f"'{first + names.index(x.name)}")
            if type(x) is T.Ref and x.region.name in names:
                return T.Ref(T.Region("param", f"'{first + names.index(x.region.name)}"), x.mutable,
                             fold(x.inner, leaf))
            return None
        return fold(args, leaf)

    want, got = renamed(1), renamed(1 + len(names))
    if info is not None and type(args) is T.Tuple:
        from .unify import unify
        for p, a in zip(info.params, args.elems):
            unify(fcx.icx, p, a)  # the types agree but for regions: the result shows them
        for o in fcx.pending:  # and the bound's `Output`, as rustc's signature shows it
            q = o.pred
            if type(q) is ProjectionPred and q.name == "Output" and q.trait_ref.trait_id in FN_TRAITS:
                st = fcx.resolve(q.trait_ref.self_ty)
                if type(st) is T.Closure and st.def_id == closure.def_id:
                    unify(fcx.icx, info.ret, q.ty)
    elems = got.elems if type(got) is T.Tuple else (got,)
    ret = erase_regions(fcx.resolve(info.ret)) if info is not None else T.Tuple(())
    sig = "fn(" + ", ".join(ty_str(p) for p in elems) + ")"
    if ret != T.Tuple(()):
        sig += " -> " + ty_str(ret)
    span = ob.span
    if isinstance(ob.data, BoundOrigin) and ob.data.call_span is not None:
        span = ob.data.call_span
    elif ob.cause == "opaque" and isinstance(ob.data, ast.Node):
        span = ob.data.span
    s = "s" if len(names) > 1 else ""
    want_names = ", ".join(f"`'{1 + i}`" for i in range(len(names)))
    got_names = ", ".join(f"`'{1 + len(names) + i}`" for i in range(len(names)))
    for tid in dict.fromkeys((tr.trait_id, FN_ONCE)):  # the bound, then its `Output` projection
        trait = tid.rsplit("::", 1)[-1]
        key = ("not_general", span, tid, closure.def_id)
        if key in fcx.reported_vars:
            continue
        fcx.reported_vars.add(key)
        # rustc finds this in borrowck, which a body with type errors never reaches: kept
        # until the body is known clean (writeback.finish_body)
        d = registry.error("tc_not_general_enough", span, registry.text("tc_not_general_enough", trait=trait),
                           trait=trait)
        fcx.late_diags.append(d)
        d.note(registry.text("tc_not_general_enough.want", sig=sig, trait=trait, want=ty_str(want),
                             s=s, names=want_names))
        d.note(registry.text("tc_not_general_enough.got", trait=trait, got=ty_str(got), s=s,
                             names=got_names))
