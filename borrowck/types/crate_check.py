"""Type checking a crate: build the ItemTable (TYPES-A), then check every body.

1. `ItemTable.build` resolves and lowers every item (user crate + std model);
2. every fn (free, inherent, trait default, trait impl, nested in blocks) gets a FnInfo;
   each fn with a body is checked by a FnCtxt: parameters are bound by their patterns,
   the body block is a coercion site for the return type, then `writeback.finish_body`;
3. const/static initializers are checked against their declared types the same way.
The TypedCrate collects every side table and all diagnostics (items first).
"""
from __future__ import annotations

from dataclasses import field

from ..syntax.node_class import node_class
from ..syntax import ast
from ..diagnostics import registry
from . import ty as T
from .check_expr import check_block, check_expr_coerce
from .dyn_compat import report_dyn_compat, report_unspecified_assoc
from .fn_ctxt import FnCtxt
from .item_defs import ProjectionPred, RegionOutlives, TraitPred, TraitRef
from .pattern_check import check_pat, declare_bindings
from .typed_crate import FnInfo, TypedCrate
from .writeback import finish_body


@node_class(slots=True)
class CrateCtxt:
    items: object
    typed: TypedCrate
    file: object
    edition: str
    traits_in_scope_cache: dict = field(default_factory=dict)
    trait_methods_index: object = None
    closure_defs: dict = field(default_factory=dict)  # ast.Closure -> closure DefId
    impl_index: dict = field(default_factory=dict)  # trait solver's impls by self-type head
    solver_caches: dict = field(default_factory=dict)  # env -> trait_solver.SolverCache


def check_crate(crate: ast.Crate, file, edition: str = "2021") -> TypedCrate:
    from .items import ItemTable

    items = ItemTable.build(crate, file, edition)
    items.seal()
    typed = TypedCrate(crate=crate)
    typed.file = file
    typed.edition = edition
    typed.items = items
    typed.adts = items.adts
    typed.diagnostics.extend(items.diagnostics)
    ccx = CrateCtxt(items, typed, file, edition)
    # every block declaring items got a module from the resolver: none, no nested items
    for node in _all_items(crate.items, bool(items.block_modules)):
        if isinstance(node, ast.Fn):
            _check_fn(ccx, node)
        elif isinstance(node, (ast.Const, ast.Static)) and node.value is not None:
            _check_const(ccx, node)
    typed.closure_defs = ccx.closure_defs
    report_dyn_compat(ccx)
    report_unspecified_assoc(ccx)
    return typed


def _all_items(items, nested: bool = True):
    """Every item node, including those inside impls, traits, modules and (when `nested`)
    fn bodies."""
    stack = list(reversed(items))
    while stack:
        it = stack.pop()
        yield it
        if isinstance(it, (ast.Impl, ast.Trait)):
            stack.extend(reversed(it.items))
        elif isinstance(it, ast.Mod) and it.items:
            stack.extend(reversed(it.items))
        if nested and isinstance(it, ast.Fn) and it.body is not None:
            stack.extend(reversed(list(_nested_items(it.body))))


def _nested_items(block):
    """Items declared in statement position anywhere inside a block."""
    stack = [block]
    while stack:
        x = stack.pop()
        if isinstance(x, ast.ItemStmt):
            yield x.item
            continue
        if isinstance(x, (ast.Fn, ast.Impl, ast.Trait, ast.Mod)):
            continue
        for name in getattr(type(x), "__slots__", ()):
            v = getattr(x, name, None)
            if isinstance(v, ast.Node):
                stack.append(v)
            elif isinstance(v, tuple):
                stack.extend(i for i in v if isinstance(i, ast.Node))


def _fn_info(items, node, sig) -> FnInfo:
    outlives = tuple((p.longer.name, p.shorter.name) for p in items.predicates_of(sig.def_id)
                     if type(p) is RegionOutlives)
    generics = tuple(n for g in items.all_generics(sig.def_id) for n in g.types)
    return FnInfo(sig.def_id, node, tuple(sig.params), sig.ret, generics, tuple(sig.lifetimes), outlives)


def _check_fn(ccx, node: ast.Fn) -> None:
    items = ccx.items
    sig = items.fn_of(node)
    if sig is None:
        return
    ccx.typed.fns[node] = _fn_info(items, node, sig)
    if node.body is None:
        return
    if "async" in node.qualifiers:
        ccx.typed.diagnostics.append(_unsupported(node.span, "async fn"))
        return
    env = list(items.predicates_of(sig.def_id))
    if sig.container in items.traits:
        tinfo = items.traits[sig.container]
        env.append(TraitPred(TraitRef(sig.container, T.Param("Self"),
                                      tuple(T.Param(n) for n in tinfo.generics.types[1:]))))
    scope = items.body_scope(node)
    fcx = FnCtxt(ccx, scope, sig.def_id, sig.ret, tuple(env), node)
    params = list(sig.params)
    if node.self_param is not None and sig.has_self:
        sp = node.self_param
        if not sp.is_ref and sp.explicit_ty is None and type(params[0]) is T.Param \
                and fcx.solver.evaluate("std::marker::Sized", params[0], ()) == "no":
            # a by-value `self` of a trait's (unsized) `Self` in a default body
            fcx.error("E0277.tc_size_values_self", sp.span, registry.text("E0277.tc_doesn_t_have.label"))
        fcx.declare("self", node.self_param, params[0])
        params = params[1:]
    names: set = set()
    for p, t in zip(node.params, params):
        require_sized(fcx, t, p.ty.span)
        declare_bindings(fcx, check_pat(fcx, p.pat, t, param_names=names))
    if node.ret is not None:
        require_sized(fcx, sig.ret, node.ret.span)
    ret = fcx.normalize(_reveal_opaque(fcx, sig, node), node.span)
    fcx.ret_stack[0] = ret
    fcx.ret_ty = ret
    t = check_block(fcx, node.body, ret, True)
    fcx.expr_types[node.body] = t
    finish_body(fcx)
    del fcx.expr_types[node.body]


def require_sized(fcx, t: T.Ty, span) -> None:
    """Parameters, return types and `let` bindings must have a size known at compile time."""
    t = fcx.shallow(t)
    if _unsized(t):
        shown = fcx.show(t)
        if type(t) is T.Dyn:
            shown = f"(dyn {fcx.show(t)[4:]} + 'static)"
        fcx.error("E0277.tc_size_values_cannot", span, registry.text("E0277.tc_doesn_t_have.label"),
                  shown=shown)


def _unsized(t) -> bool:
    return type(t) in (T.Str, T.Slice, T.Dyn)


def require_well_formed(fcx, t: T.Ty, span) -> None:
    """A written type's generic arguments must meet the implicit `Sized` bound of the
    parameters they fill (`Vec<str>` is E0277), as rustc's well-formedness check."""
    from .type_fold import walk

    for x in walk(t):
        if type(x) is not T.Adt:
            continue
        adt = fcx.items.adts.get(x.def_id)
        if adt is None:
            continue
        relaxed = relaxed_params(adt.generics)
        tys = [a for a in x.args if not isinstance(a, (T.Region, int))]
        for name, arg in zip(adt.generics.types, tys):
            if name not in relaxed and _unsized(fcx.shallow(arg)):
                require_sized(fcx, arg, span)
                return


def relaxed_params(generics) -> set:
    """Type params declared `?Sized`."""
    return {p.trait_ref.self_ty.name for p in generics.preds
            if type(p) is TraitPred and p.maybe and type(p.trait_ref.self_ty) is T.Param}


def _reveal_opaque(fcx, sig, node) -> T.Ty:
    """Inside its defining fn, `impl Trait` in the return type is an inference variable (the
    hidden type) that must satisfy the bounds; callers keep seeing the Opaque."""
    from .type_fold import fold, subst

    prefix = f"{sig.def_id}::{{opaque#"
    span = node.ret.span if node.ret is not None else node.span

    def leaf(x):
        if type(x) is T.Opaque and x.def_id.startswith(prefix):
            hidden = fcx.new_var(span)
            for p in x.bounds:
                if type(p) in (TraitPred, ProjectionPred):
                    fcx.register(fcx.normalize_pred(_subst_pred(p, {"Self": hidden}), span), span, "opaque",
                                 node.body.tail if node.body is not None else None)
            return hidden
        return None

    return fold(sig.ret, leaf)


def _subst_pred(p, m):
    from .trait_solver import instantiate_pred

    return instantiate_pred(p, m)


def _check_const(ccx, node) -> None:
    items = ccx.items
    def_id = items.def_of(node)
    info = items.consts.get(def_id) if def_id else None
    if info is None:
        return
    scope = items.item_scope(def_id) if def_id in items.item_scopes else None
    if scope is None and info.kind == "assoc_const" and info.container in items.item_scopes:
        scope = items.item_scope(info.container)  # an impl's or trait's const: its owner's scope
    if scope is None:
        return
    fcx = FnCtxt(ccx, scope, def_id, info.ty, ())
    check_expr_coerce(fcx, node.value, info.ty)
    if isinstance(node, ast.Static) and not node.mutable:
        # a shared static is reachable from every thread
        fcx.register_bound("std::marker::Sync", info.ty, (), node.ty.span, "static")
    finish_body(fcx)


def _unsupported(span, what):
    from ..diagnostics import registry

    return registry.unsupported(span, what)
