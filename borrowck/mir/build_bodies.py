"""Lower a whole crate: one Body per fn with a body (free, inherent, trait default, impl,
nested in blocks) and per closure, in source order with each closure after its parent.

Control flow:
1. Walk the items (modules, impls, traits, items nested in fn bodies) collecting fns.
2. For each fn: set up arguments (simple `x: T` params are the user variable itself;
   patterns are bound from an unnamed argument), lower the body block into the return
   place inside the outermost scope (where arguments are dropped), then `return`.
3. Closures met while lowering are queued and lowered after their parent, as bodies
   whose local 1 is the environment.
A construct the builder does not support ends that body with an `unsupported` diagnostic
(the body is left out of the MirCrate, so nothing is silently accepted).
"""
from __future__ import annotations

from ..syntax import ast
from ..types import ty as T
from . import ir
from .build_match import binding_span
from .build_scope import end_span
from .builder import Builder, Unsupported, unsupported_diagnostic
from .type_props import TypeProps


class CrateContext:
    def __init__(self, typed, edition: str, unwind: bool = False):
        self.typed = typed
        self.edition = edition
        self.unwind = unwind  # build cleanup blocks for panics (off until NLL liveness gates drops)
        self.pending_closures: list = []
        self.unsafe_closures: set = set()  # closure def_ids created in an unsafe context
        self.diagnostics: list = []
        self.statics: dict = {}  # DefId -> ast.Static
        self.fn_copy_params: dict = {}  # ast.Fn -> frozenset of Copy-bounded type params
        self.closure_captures: dict = {}  # closure def_id -> tuple[(mode, Ty)]
        self._props: dict = {}  # frozenset of Copy-bounded params -> TypeProps
        for expr, caps in typed.captures.items():
            cty = typed.expr_types.get(expr)
            if isinstance(cty, T.Closure):
                self.closure_captures[cty.def_id] = tuple((c.mode, c.ty) for c in caps)

    def queue_closure(self, expr, cty, parent_def_id) -> None:
        self.pending_closures.append((expr, cty, parent_def_id, self.current_copy_params))

    current_copy_params = frozenset()
    current_fn_params: dict = {}  # type param name -> Fn trait kind, for the fn being lowered

    def static_is_mut(self, def_id) -> bool:
        node = self.statics.get(def_id)
        return bool(node is not None and node.mutable)

    def props(self, copy_params) -> TypeProps:
        """The answers depend only on the Copy-bounded params: bodies alike share one memo."""
        key = frozenset(copy_params)
        props = self._props.get(key)
        if props is None:
            props = self._props[key] = TypeProps(self.typed.adts, key, self.closure_captures.get)
        return props


def build_crate(typed, edition=None, unwind: bool = False) -> ir.MirCrate:
    edition = edition or getattr(typed, "edition", None) or "2021"
    ctx = CrateContext(typed, edition, unwind)
    fns = []
    _collect(typed.crate.items, "crate", (), fns, ctx)
    bodies = []
    copy_traits = _copy_implying_traits(typed)
    for fn, generics_chain in fns:
        copy_params = _copy_params(generics_chain, copy_traits)
        ctx.current_copy_params = copy_params
        ctx.current_fn_params = fn_trait_params(generics_chain)
        body = _lower_fn(ctx, fn, copy_params)
        if body is not None:
            bodies.append(body)
        while ctx.pending_closures:
            expr, cty, parent, params = ctx.pending_closures.pop(0)
            ctx.current_copy_params = params
            closure_body = _lower_closure_body(ctx, expr, cty, parent, params)
            if closure_body is not None:
                bodies.append(closure_body)
    diagnostics = tuple(ctx.diagnostics)
    return ir.MirCrate(tuple(bodies), diagnostics, {body.def_id: body for body in bodies})


# ───────────────────────────── items ─────────────────────────────


def _collect(items, path, generics_chain, out, ctx) -> None:
    for item in items:
        if isinstance(item, ast.Fn):
            if item.body is not None:
                out.append((item, generics_chain + (item.generics,)))
                _collect_nested(item.body, path, generics_chain + (item.generics,), out, ctx)
        elif isinstance(item, (ast.Impl, ast.Trait)):
            # impl methods and trait default methods, with the items nested in their bodies
            chain = generics_chain + (item.generics,)
            for sub in item.items:
                if isinstance(sub, ast.Fn) and sub.body is not None:
                    out.append((sub, chain + (sub.generics,)))
                    _collect_nested(sub.body, path, chain + (sub.generics,), out, ctx)
        elif isinstance(item, ast.Mod) and item.items is not None:
            _collect(item.items, f"{path}::{item.ident.name}", generics_chain, out, ctx)
        elif isinstance(item, ast.Static):
            ctx.statics[f"{path}::{item.ident.name}"] = item


def _collect_nested(block, path, chain, out, ctx) -> None:
    """Items declared inside a fn body (only at statement level of blocks we can see cheaply)."""
    stack = [block]
    while stack:
        blk = stack.pop()
        for stmt in blk.stmts:
            if isinstance(stmt, ast.ItemStmt):
                _collect((stmt.item,), path, (), out, ctx)
            elif isinstance(stmt, ast.ExprStmt) and isinstance(stmt.expr, ast.BlockExpr):
                stack.append(stmt.expr.block)


def _copy_params(generics_chain, copy_traits=frozenset()) -> frozenset:
    """Type parameters bounded by `Copy`, or by a crate trait with `Copy` among its
    supertraits (`trait Num: Copy`), in the fn's and its impl's generics (by name)."""
    names = set()
    for generics in generics_chain:
        if generics is None:
            continue
        for param in generics.params:
            if isinstance(param, ast.TypeParam) and any(_is_copy_bound(bd, copy_traits) for bd in param.bounds):
                names.add(param.ident.name)
        for pred in generics.where_clause:
            bounded = pred.bounded
            if isinstance(bounded, ast.PathType) and len(bounded.path.segments) == 1 and \
                    any(_is_copy_bound(bd, copy_traits) for bd in pred.bounds):
                names.add(bounded.path.segments[0].ident.name)
    return frozenset(names)


def _copy_implying_traits(typed) -> frozenset:
    """Names of the crate's traits that have `Copy` among their (transitive) supertraits."""
    from ..types.trait_solver import supertrait_ids
    items = getattr(typed, "items", None)
    if items is None:
        return frozenset()
    return frozenset(info.name for tid, info in items.traits.items()
                     if not info.is_std and "std::marker::Copy" in supertrait_ids(items, tid))


_FN_TRAITS = ("Fn", "FnMut", "FnOnce")


def fn_trait_params(generics_chain) -> dict:
    """Type parameter name -> "Fn" | "FnMut" | "FnOnce" from its bounds (`F: FnMut(i32)`)."""
    kinds = {}
    for generics in generics_chain:
        if generics is None:
            continue
        pairs = [(p.ident.name, p.bounds) for p in generics.params if isinstance(p, ast.TypeParam)]
        for pred in generics.where_clause:
            if isinstance(pred.bounded, ast.PathType) and len(pred.bounded.path.segments) == 1:
                pairs.append((pred.bounded.path.segments[0].ident.name, pred.bounds))
        for name, bounds in pairs:
            for bd in bounds:
                if isinstance(bd, ast.TraitBound) and bd.path.segments and \
                        bd.path.segments[-1].ident.name in _FN_TRAITS:
                    kinds[name] = bd.path.segments[-1].ident.name
    return kinds


def _is_copy_bound(bound, copy_traits=frozenset()) -> bool:
    if not isinstance(bound, ast.TraitBound) or bound.maybe or not bound.path.segments:
        return False
    name = bound.path.segments[-1].ident.name
    return name == "Copy" or name in copy_traits


# ───────────────────────────── bodies ─────────────────────────────


def _lower_fn(ctx, fn: ast.Fn, copy_params):
    info = ctx.typed.fns.get(fn)
    if info is None:
        ctx.diagnostics.append(unsupported_diagnostic(fn.ident.span, "a function the type checker did not check"))
        return None
    b = Builder(ctx, info.def_id, ir.BodyKind.FN, fn, fn.span, ctx.props(copy_params))
    b.unsafe_depth = 1 if "unsafe" in fn.qualifiers else 0
    try:
        pending = _fn_args(b, fn, info)
        _lower_body_block(b, fn.body, pending)
    except Unsupported as e:
        ctx.diagnostics.append(unsupported_diagnostic(e.span or fn.span, e.what))
        return None
    return b.finish()


def _fn_args(b, fn: ast.Fn, info) -> list:
    from .build_match import is_simple_binding

    b.new_local(ir.LocalDecl(info.ret, fn.ret.span if fn.ret is not None else fn.ident.span,
                             ir.LocalKind.RETURN, mutable=True))
    params = list(info.params)
    pending = []
    if fn.self_param is not None:
        sp = fn.self_param
        ty = params.pop(0) if params else T.ERROR
        kind = ir.LocalInfo.IMPLICIT_SELF_VALUE
        if sp.is_ref:
            kind = ir.LocalInfo.IMPLICIT_SELF_MUT_REF if sp.ref_mutable else ir.LocalInfo.IMPLICIT_SELF_REF
        local = b.new_local(ir.LocalDecl(ty, sp.span, ir.LocalKind.ARG, mutable=sp.binding_mutable, name="self",
                                         binding=sp, info=kind, pat_span=sp.span))
        b.var_locals[sp] = local
    for i, param in enumerate(fn.params):
        ty = params[i] if i < len(params) else T.ERROR
        pat = param.pat
        if is_simple_binding(b, pat):
            local = b.new_local(ir.LocalDecl(ty, binding_span(pat), ir.LocalKind.ARG, mutable=pat.mutable,
                                             name=pat.ident.name, binding=pat, pat_span=pat.span,
                                             ty_span=param.ty.span, binding_mode="move"))
            b.var_locals[pat] = local
        else:
            local = b.new_local(ir.LocalDecl(ty, param.span, ir.LocalKind.ARG, internal=True))
            pending.append((pat, local))
    b.arg_count = len(b.locals) - 1
    return pending


def _lower_body_block(b, block, pending) -> None:
    """Arguments dropped in the outermost scope; the body block writes the return place."""
    from .build_match import bind_irrefutable, declare_bindings
    from .build_scope import pop_scope, push_scope, schedule_drop
    from .build_stmt import block_into

    b.return_block = b.new_block()
    b.blocks[b.return_block].terminator = ir.Return(_end(block.span))
    outer = push_scope(b, block.span, temp_scope=True)
    for arg in b_args(b):
        if b.props.needs_drop(b.locals[arg].ty):
            outer.drops.append(_value_drop(arg, block.span))
    for pat, local in pending:
        declare_bindings(b, pat, outer)
        bind_irrefutable(b, pat, ir.Place(local))
    if isinstance(block, ast.Block):
        block_into(b, ir.Place(ir.RETURN_PLACE), block)
    else:
        from .build_expr import expr_into

        expr_into(b, ir.Place(ir.RETURN_PLACE), block)
    pop_scope(b)
    b.goto_only(b.return_block, _end(block.span))
    del schedule_drop


def b_args(b):
    return range(1, b.arg_count + 1)


def _value_drop(local, span):
    from .build_scope import ScheduledDrop

    return ScheduledDrop(local, True, span)


def _end(span):
    return end_span(span)


def _lower_closure_body(ctx, expr, cty, parent, copy_params):
    from .build_closure import setup_closure_body

    b = Builder(ctx, cty.def_id, ir.BodyKind.CLOSURE, expr, expr.span, ctx.props(copy_params))
    b.parent_def_id = parent
    b.unsafe_depth = 1 if cty.def_id in ctx.unsafe_closures else 0
    try:
        pending, _, _ = setup_closure_body(b, expr, cty)
        _lower_body_block(b, expr.body, pending)
    except Unsupported as e:
        ctx.diagnostics.append(unsupported_diagnostic(e.span or expr.span, e.what))
        return None
    return b.finish()
