"""FnCtxt: the state of type checking one body (a fn, or a const/static initializer).

It owns the inference table, the locals in scope, the expected return type, the loop and
closure stacks, the pending obligations, and per-body side tables that `writeback`
resolves into the crate's TypedCrate at the end. The checking functions live in
`check_*.py` / `pattern_check.py` / `method_lookup.py` / `coercion.py` and take the FnCtxt
as their first argument.
"""
from __future__ import annotations

import operator
from typing import Optional

from ..syntax.node_class import node_class
from ..diagnostics import registry
from ..diagnostics.diagnostic import Diagnostic
from ..syntax import ast
from . import ty as T
from .infer import InferCtxt
from .item_defs import ProjectionPred, TraitPred, TraitRef
from .trait_solver import MAYBE, NO, TraitSolver, closure_not_general, instantiate_pred
from .ty_display import ty_str
from .type_fold import fold, may_have_alias, mentions, walk
from .typed_crate import TypedCrate
from .unify import unify

# a predicate mentioning these is not settled for good once it held (variables, captures)
_UNDONE = frozenset({T.Infer, T.Closure})
_ERROR = frozenset({T.Error})
# in a projection's resolved self type: what normalizing it or the error check would see
# (an opaque type's bounds are normalized too, and `mentions` does not look into them)
_NOT_PLAIN_SELF = frozenset({T.Alias, T.Opaque, T.Error})
_is = operator.is_


@node_class(slots=True)
class Obligation:
    pred: object  # TraitPred | ProjectionPred
    span: object  # where an error is reported
    cause: str = ""  # "arg" | "method" | "binop" | "index" | "try" | "closure" | ...
    data: object = None  # cause-specific (e.g. the operator text)
    # after an ambiguous attempt: the unresolved variables (index, root) it waited on; it is
    # retried only once one of them changes (rustc's "stalled_on"), or in the final pass
    stalled_on: Optional[tuple] = None


_FN_TRAITS = frozenset({"std::ops::Fn", "std::ops::FnMut", "std::ops::FnOnce"})


@node_class(slots=True)
class LoopFrame:
    label: Optional[str]
    break_ty: Optional[T.Ty]  # None for while/for loops (break takes no value)
    may_break: bool = False
    is_loop: bool = False  # `loop` (break may carry a value)
    is_block: bool = False  # a labeled block: only `break 'label` targets it


@node_class(slots=True)
class ClosureInfo:
    """Inference state of a closure while its enclosing body is checked."""

    node: ast.Closure
    def_id: str
    params: tuple
    ret: T.Ty
    kind: Optional[str] = None  # known after capture analysis (or from an expected bound)
    captures: Optional[tuple] = None  # filled by closure_capture
    expected_kind: Optional[str] = None
    # parameters neither written with a type nor deduced from an expected signature: their
    # regions are one specific lifetime, never bound by a later `for<'a> Fn(&'a T)` (rustc:
    # "implementation of `Fn` is not general enough")
    fixed_params: tuple = ()
    # the body's InferCtxt, to resolve capture types (not the FnCtxt: its `closures` holds
    # this record, and the cycle would keep the whole body alive until a GC)
    icx: object = None

    def captured_types(self):
        if self.captures is None:
            return None
        out = []
        for c in self.captures:
            t = self.icx.resolve(c.ty) if self.icx is not None else c.ty
            if c.mode == "ref":
                out.append(T.Ref(T.ERASED, False, t))
            elif c.mode == "mut_ref":
                out.append(T.Ref(T.ERASED, True, t))
            else:
                out.append(t)
        return out


class FnCtxt:
    def __init__(self, ccx, scope, def_id: str, ret_ty: T.Ty, env_preds: tuple, fn_node=None):
        self.ccx = ccx  # the crate checking context (items, typed tables, file, edition)
        self.items = ccx.items
        self.tables: TypedCrate = ccx.typed
        self.scope = scope
        self.def_id = def_id
        self.fn_node = fn_node
        self.icx = InferCtxt()
        self.closures: dict = {}  # closure def_id -> ClosureInfo
        self.solver = TraitSolver(self.items, self.icx, env_preds, self.closures, ccx.impl_index,
                                  getattr(ccx, "solver_caches", None))
        self.ret_ty = ret_ty
        self.ret_stack: list = [ret_ty]  # closures push their return types
        self.locals: list[dict] = [{}]  # name -> IdentPat/SelfParam, innermost last
        self.loops: list[LoopFrame] = []
        self.pending: list[Obligation] = []
        self.diags: list[Diagnostic] = []
        self.has_errors = False
        self.closure_count = 0
        self.closure_stack: list = []  # ClosureInfo of the closures being checked
        self.closure_kind_reqs: list = []  # (def_id, trait rank name, span)
        self.deferred_casts: list = []  # (Cast node, from ty, to ty)
        self.expr_types: dict = {}
        self.adjustments: dict = {}
        self.pat_types: dict = {}
        self.pat_adjustments: dict = {}
        self.binding_modes: dict = {}
        self.binding_types: dict = {}
        self.callees: dict = {}
        self.reported_vars: set = set()
        self.fn_body = fn_node.body if fn_node is not None else None
        self.fn_ret_span = fn_node.ret.span if fn_node is not None and fn_node.ret is not None else None
        self.seen_nested: set = set()
        self.done_preds: set = set()
        self.late_errors: list = []  # (registry key, span, label, fields): privacy, after a clean body
        self.late_diags: list = []  # Diagnostics rustc's borrowck would give: after a clean body
        self.deferred_fn_ptrs: list = []
        self.last_call_trait = None  # set by check_call._callable_sig for bound/dyn callees  # (expr, closure def_id, FnPtr) closure coercions  # (code, message, span, label) reported only without errors  # var-free trait predicates already proven

    # ── diagnostics ──

    def error(self, key: str, span, label: Optional[str] = None, **fields) -> Diagnostic:
        d = registry.error(key, span, label, **fields)
        self.diags.append(d)
        self.has_errors = True
        return d

    def unsupported(self, span, what: str) -> Diagnostic:
        d = registry.unsupported(span, what)
        self.diags.append(d)
        self.has_errors = True
        return d

    def needs_annotation(self, expr) -> None:
        """E0282 for an expression whose type must be known here; like rustc, blame the
        `let` binding the value came from when there is one."""
        if self.has_errors:
            return  # like rustc: no "annotations needed" in a body already tainted by errors
        span = expr.span
        res = self.tables.resolutions.get(expr)
        if res is not None and res.kind == "local" and isinstance(res.target, ast.IdentPat):
            span = res.target.ident.span
            t = self.binding_types.get(res.target)
            shown = self.show(t) if t is not None else "_"
            if shown != "_":
                self.error("E0282.tc_annotations_needed2", span, shown=shown)
                return
        self.error("E0282.tc_annotations_needed", span)

    def show(self, t: T.Ty) -> str:
        return ty_str(self.icx.resolve(t))

    def mismatch(self, span, expected: T.Ty, found: T.Ty) -> Diagnostic:
        e, f = self.icx.resolve(expected), self.icx.resolve(found)
        if any(type(x) is T.Error for x in walk(e)) or any(type(x) is T.Error for x in walk(f)):
            self.has_errors = True  # already reported where the error type came from
            return None
        from .trait_errors import mismatch_error

        return mismatch_error(self, "E0308.tc_mismatched_types", span, e, f)

    # ── types ──

    def new_var(self, origin=None) -> T.Infer:
        return self.icx.new_var("ty", origin)

    def shallow(self, t: T.Ty) -> T.Ty:
        return self.icx.shallow(t) if type(t) is T.Infer else t

    def resolve(self, t: T.Ty) -> T.Ty:
        return self.icx.resolve(t)

    def structurally_resolve(self, t: T.Ty) -> T.Ty:
        """`t` with its top-level shape known, processing obligations if needed."""
        if type(t) is not T.Infer:
            return t
        t = self.icx.shallow(t)
        if type(t) is T.Infer and t.kind == "ty":
            self.select_where_possible()
            t = self.icx.shallow(t)
        return t

    def unify(self, a: T.Ty, b: T.Ty) -> bool:
        return unify(self.icx, a, b)

    def record(self, expr: ast.Node, t: T.Ty) -> T.Ty:
        self.expr_types[expr] = t
        return t

    def lower_type(self, node: ast.Node) -> T.Ty:
        t = self.items.lower_type(node, self.scope, self.diags,
                                  fresh_region=lambda n: T.ERASED,
                                  fresh_ty=lambda n: self.new_var(n.span))
        if type(t) is T.Error:
            self.has_errors = True
        return self.normalize(t, node.span)

    def normalize(self, t: T.Ty, span) -> T.Ty:
        """Replace projections `<X as Tr>::N` by their value, or by a fresh variable with a
        pending obligation when X is not known yet."""
        if not may_have_alias(t):
            return t  # most types: spare the fold

        norm_cache = self.solver.norm_cache

        def leaf(x):
            if type(x) is T.Alias:
                r = self.icx.resolve(x)
                hit = norm_cache.get(r)
                if hit is not None and not mentions(r.self_ty, _NOT_PLAIN_SELF):
                    # what the walk below finds: x's self type unchanged, its resolved form cached
                    return self.normalize(hit, span) if type(hit) is not T.Alias or hit != x else hit
                inner = fold(x.self_ty, leaf)
                if mentions(self.resolve(inner), _ERROR):
                    return T.ERROR  # a projection of a type mentioning an error: already reported
                alias = T.Alias(x.trait_id, x.name, inner, x.args)
                got, nested = self.solver.normalize_with_nested(alias)
                self._require_nested(nested, span)
                if got is not None and (type(got) is not T.Alias or got != alias):
                    return self.normalize(got, span)
                if got is not None:
                    return got  # rigid: a projection on a type parameter
                v = self.new_var(span)
                self.pending.append(Obligation(
                    ProjectionPred(TraitRef(x.trait_id, inner, x.args), x.name, v), span, "normalize"))
                return v
            return None

        try:
            return fold(t, leaf)
        finally:
            del leaf  # a recursive closure is a cycle: it would keep the crate alive until a GC

    # ── obligations ──

    def _require_nested(self, nested, span) -> None:
        for n in nested:
            if type(n) in (TraitPred, ProjectionPred) and not (type(n) is TraitPred and n.maybe):
                if n in self.seen_nested:
                    continue  # the same impl selected again for the same types
                self.seen_nested.add(n)
                self.pending.append(Obligation(self.normalize_pred(n, span), span, "nested"))

    def register(self, pred, span, cause: str = "", data=None) -> None:
        if type(pred) is TraitPred and pred.maybe:
            return
        if type(pred) not in (TraitPred, ProjectionPred):
            return
        self.pending.append(Obligation(pred, span, cause, data))

    def register_bound(self, trait_id: str, self_ty: T.Ty, args: tuple, span, cause="", data=None):
        self.register(TraitPred(TraitRef(trait_id, self_ty, args)), span, cause, data)

    def register_preds(self, preds, substs: dict, span_for, data_for=None) -> None:
        """Instantiate an item's predicates with substs; span_for(pred) picks each span;
        data_for(pred) the obligation's data (obligation_cause.BoundOrigin: error notes)."""
        for p in preds:
            q = instantiate_pred(p, substs)
            if type(q) is TraitPred and q.maybe:
                continue
            if type(q) is TraitPred and p.bound_regions and q.trait_ref.trait_id in _FN_TRAITS:
                # kept: a closure fixed where it was written fails a `for<'a>` bound
                q = TraitPred(q.trait_ref, q.maybe, q.span, p.bound_regions)
            if type(q) in (TraitPred, ProjectionPred):
                span = span_for(p)
                data = data_for(p) if data_for is not None else None
                self.pending.append(Obligation(self.normalize_pred(q, span), span, "arg", data))

    def normalize_pred(self, q, span):
        """The predicate with the projections inside its types normalized."""
        tr = q.trait_ref
        args = tuple(a if isinstance(a, (T.Region, int)) else self.normalize(a, span) for a in tr.args)
        self_ty = self.normalize(tr.self_ty, span)
        # nothing to normalize (the usual case): q itself, as it would be rebuilt equal
        same = self_ty is tr.self_ty and not q.bound_regions and all(map(_is, args, tr.args))
        if type(q) is TraitPred:
            return q if same else TraitPred(TraitRef(tr.trait_id, self_ty, args), q.maybe, q.span,
                                            q.bound_regions)
        ty = self.normalize(q.ty, span)
        if same and ty is q.ty:
            return q
        return ProjectionPred(TraitRef(tr.trait_id, self_ty, args), q.name, ty, q.span)

    def select_where_possible(self, final: bool = False) -> None:
        """Process pending obligations until no progress; report those that fail."""
        progress = True
        while progress and self.pending:
            progress = False
            remaining = []
            for ob in self.pending:
                if not final and ob.stalled_on is not None and not self._stall_changed(ob.stalled_on):
                    remaining.append(ob)
                    continue
                key = self._done_key(ob.pred)
                if key is not None and key in self.done_preds:
                    progress = True
                    continue  # the same predicate already held
                r = self._process(ob, final)
                if r == MAYBE:
                    ob.stalled_on = self._vars_in(ob.pred)
                    remaining.append(ob)
                else:
                    progress = True
                    if r == "done" and key is not None:
                        self.done_preds.add(key)
            self.pending = remaining

    def _done_key(self, pred):
        """The predicate fully resolved, if it has no inference variables (else None)."""
        if type(pred) is not TraitPred:
            return None
        tr = pred.trait_ref
        st = self.icx.resolve(tr.self_ty)
        args = tuple(a if isinstance(a, (T.Region, int)) else self.icx.resolve(a) for a in tr.args)
        for t in (st,) + args:
            if not isinstance(t, (T.Region, int)) and mentions(t, _UNDONE):
                return None
        return (tr.trait_id, st, args)

    def _vars_in(self, pred) -> tuple:
        tr = pred.trait_ref
        tys = [tr.self_ty] + [a for a in tr.args if not isinstance(a, (T.Region, int))]
        if type(pred) is ProjectionPred:
            tys.append(pred.ty)
        out = []
        for t in tys:
            for x in walk(self.icx.resolve(t)):
                if type(x) is T.Infer:
                    out.append(x.index)
        return tuple(out)

    def _stall_changed(self, stalled: tuple) -> bool:
        icx = self.icx
        for i in stalled:
            if icx.find(i) != i or icx.value[i] is not None:
                return True
        return False

    def _process(self, ob: Obligation, final: bool):
        pred = ob.pred
        solver = self.solver
        if type(pred) is ProjectionPred:
            tr = pred.trait_ref
            got, nested = solver.normalize_with_nested(T.Alias(tr.trait_id, pred.name, tr.self_ty, tr.args))
            if got is None:
                return MAYBE
            self._require_nested(nested, ob.span)
            if type(got) is T.Error:
                self.report_unsatisfied(TraitPred(tr), ob)
                return NO
            got = self.normalize(got, ob.span)
            if not self.unify(got, pred.ty):
                self.report_projection_mismatch(ob, got)
                return NO
            return "done"
        tr = pred.trait_ref
        info = self.items.traits.get(tr.trait_id)
        if info is not None and info.is_auto:
            r = solver.evaluate(tr.trait_id, tr.self_ty, tr.args)
            if r == NO:
                self.report_unsatisfied(pred, ob)
                return NO
            if r == MAYBE and not final:
                return MAYBE
            return "done"
        nested = solver.select_nested(tr.trait_id, tr.self_ty, tr.args)
        if nested == NO:
            solver.evaluate(tr.trait_id, tr.self_ty, tr.args)
            self.report_unsatisfied(pred, ob)
            return NO
        if nested == MAYBE:
            return MAYBE
        if type(self.shallow(tr.self_ty)) is T.Closure and tr.trait_id in (
                "std::ops::Fn", "std::ops::FnMut", "std::ops::FnOnce"):
            if pred.bound_regions and closure_not_general(solver, pred):
                self.report_unsatisfied(pred, ob)
                return NO
            self.closure_kind_reqs.append((self.shallow(tr.self_ty).def_id, tr.trait_id, ob.span))
        for n in nested:
            if type(n) in (TraitPred, ProjectionPred):
                if type(n) is TraitPred and n.maybe:
                    continue
                self.pending.append(Obligation(self.normalize_pred(n, ob.span), ob.span, ob.cause, ob.data))
        return "done"

    def report_unsatisfied(self, pred: TraitPred, ob: Obligation) -> None:
        from .trait_errors import report_unsatisfied

        report_unsatisfied(self, pred, ob)

    def report_projection_mismatch(self, ob: Obligation, got: T.Ty) -> None:
        from .trait_errors import report_projection_mismatch

        report_projection_mismatch(self, ob, got)

    # ── locals ──

    def push_scope(self) -> None:
        self.locals.append({})

    def pop_scope(self) -> None:
        self.locals.pop()

    def declare(self, name: str, node: ast.Node, t: T.Ty) -> None:
        self.locals[-1][name] = node
        self.binding_types[node] = t

    def lookup_local(self, name: str):
        for frame in reversed(self.locals):
            node = frame.get(name)
            if node is not None:
                return node
        return None
