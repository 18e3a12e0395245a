"""NLL borrow checking of one body: the steps of rustc's MIR borrowck, borrowing half.

1. Universal regions from the signature; every other region in local types renumbered
   into fresh variables (renumber.py, universal_regions.py).
2. Outlives constraints from type-checking the MIR (region_constraints.py, call_signature.py).
3. Liveness of each region from the use- and drop-liveness of locals (region_liveness.py).
4. Region inference to a fixed point (region_inference.py).
5. Loans and their scopes (borrow_set.py, loans_in_scope.py).
6. Every access checked against the loans in scope (access_check.py), each conflict
   reported with its explanation (conflict_errors.py, explanation.py); universal regions
   checked against the signature's bounds (region_errors.py).
"""
from __future__ import annotations

from ..mir import ir
from ..mir.visit import reverse_postorder
from ..source.span import Span
from ..syntax import ast
from ..types import ty as T
from .access_check import AccessChecker
from .borrow_set import build_borrow_set
from .closure_requirements import calls_summarized, higher_ranked_bound_names, requirements_of
from .conflict_errors import report_conflict
from .dominators import Dominators
from .loans_in_scope import compute_loans_in_scope
from .location_table import LocationTable
from .normalize import Projections
from .point_set import PointSet
from .region_constraints import ConstraintGeneration
from .region_errors import check_universal_regions
from .type_tests import check_type_tests
from .region_inference import solve
from .region_liveness import compute_region_liveness, regions_outliving_free
from .renumber import PlaceTypes, Renumberer, map_regions, regions_in, vids_in
from .opaque_captures import opaque_captures
from .renumber import ClosureEnv
from .universal_regions import OPAQUE_NAME, STATIC_VID, build_universal_regions


class CrateTables:
    """Lookups over the whole crate, built once and shared by its bodies."""

    def __init__(self, typed):
        self.items = getattr(typed, "items", None)
        self.adts = dict(getattr(typed, "adts", {}) or {})
        if self.items is not None:
            for def_id, info in getattr(self.items, "adts", {}).items():
                self.adts.setdefault(def_id, info)
        self.fn_infos = {info.def_id: info for info in getattr(typed, "fns", {}).values()}
        self.projections = Projections(self.items)  # normalize, memoized for the crate


def _inferred_signature_type(closure, local: int) -> bool:
    """Whether local (0: result, 2..: parameters) of a closure body has a type the user did
    not write."""
    if not isinstance(closure, ast.Closure):
        return False
    if local == ir.RETURN_PLACE:
        return closure.ret is None
    index = local - 2
    params = closure.params
    return 0 <= index < len(params) and params[index].ty is None


def _region_roles(local: int, ty) -> list:
    """The role of each region of a closure body's argument local, in map_regions' order:
    "upvar" (the environment's own borrow and captured types), "param" or "result"."""
    if local == ir.RETURN_PLACE:
        return ["result"] * len(regions_in(ty))
    env = ty.inner if isinstance(ty, T.Ref) else ty
    if local != 1 or not isinstance(env, ClosureEnv):
        return ["param"] * len(regions_in(ty))
    roles = ["upvar"] * ((1 if isinstance(ty, T.Ref) else 0) + sum(len(regions_in(u)) for u in env.upvars))
    for i, t in enumerate(env.sig):
        roles += ["result" if i == len(env.sig) - 1 else "param"] * len(regions_in(t))
    return roles


class BodyFacts:
    """Everything computed for one body, shared by the checks and the explanations."""

    def __init__(self, body: ir.Body, mir, typed, closures: dict = None, crate: CrateTables = None):
        self.body = body
        # def_id -> BodyFacts of closure bodies, shared by the crate's bodies: a creator
        # needs its closures' requirements (closure_requirements.py)
        self.closures = closures if closures is not None else {}
        self._requirements = None
        self.built = False
        self.mir = mir
        self.typed = typed
        self.crate = crate if crate is not None else CrateTables(typed)
        self.items = self.crate.items
        self.adts = self.crate.adts
        self.fn_infos = self.crate.fn_infos
        self.projections = self.crate.projections
        self.rpo = reverse_postorder(body)
        self.locations = LocationTable(body, self.rpo)
        self.reported_drops: set = set()
        self._captures = None
        self._adt_params_late_bound = None  # closures: see _stored_in_variable
        self.rpo_index = {b: i for i, b in enumerate(self.rpo)}

    # ── steps 1-4 ──
    def build_regions(self):
        if self.built:
            return
        self.built = True
        body = self.body
        fn_info = self.typed.fns.get(body.source) if body.kind == ir.BodyKind.FN else None
        signature_tys = None
        extra = 0
        if fn_info is not None and len(fn_info.params) == body.arg_count:
            signature_tys = list(fn_info.params)
        elif fn_info is None:
            extra = sum(len(regions_in(self._expanded(body.local_decls[i].ty)))
                        for i in range(0, body.arg_count + 1))
        else:
            fn_info = None
        captures = opaque_captures(fn_info, getattr(self.typed, "edition", "2021"), self.items)
        opaque_own = captures is not None and len(captures) != 1
        self.universal = build_universal_regions(fn_info, extra, captures if opaque_own else None)
        self.vars = self.universal.vars
        self.renumberer = Renumberer(self.vars, self.mir, STATIC_VID, self.universal.names, self.projections)
        local_tys = []
        next_external = [1 + len(fn_info.lifetimes) if fn_info is not None else 1]

        higher_ranked: dict = {}  # closures: "'_hr0" of the expected `Fn(&T)` bound -> vid
        bound_names, output_names = higher_ranked_bound_names(self) \
            if body.kind == ir.BodyKind.CLOSURE else (set(), set())
        # where each region still to renumber sits, last first: a bound name inferred into an
        # upvar, or into the result when the bound's output does not name it, is no bound region
        roles: list = []

        def is_higher_ranked(r, role):
            if r.kind != "param" or role == "upvar":
                return False
            if r.name in bound_names:
                return role != "result" or r.name in output_names
            return r.name.startswith("'_hr")

        # a 'static the type checker inferred into a closure parameter or result the user did
        # not write (from a `""` argument, say) is no promise: it is a free region there
        inferred = [False]

        def external(r):
            hr = is_higher_ranked(r, roles.pop() if roles else "param")
            if r.kind == "static" and not inferred[0]:
                return T.Region("var", "", STATIC_VID)
            if hr and r.name in higher_ranked:
                return T.Region("var", "", higher_ranked[r.name])
            vid = next_external[0]
            if hr and vid < self.universal.count:
                higher_ranked[r.name] = vid
            next_external[0] += 1
            return T.Region("var", "", vid if vid < self.universal.count else STATIC_VID)
        for local, decl in enumerate(body.local_decls):
            if local == ir.RETURN_PLACE and fn_info is not None:
                local_tys.append(self.renumberer.universal_type(fn_info.ret))
            elif 1 <= local <= body.arg_count and signature_tys is not None:
                local_tys.append(self.renumberer.universal_type(signature_tys[local - 1]))
            elif local <= body.arg_count and fn_info is None and body.kind == ir.BodyKind.CLOSURE:
                before = next_external[0]
                expanded = self._expanded(decl.ty)
                roles[:] = _region_roles(local, expanded)[::-1]
                inferred[0] = _inferred_signature_type(body.source, local)
                local_tys.append(map_regions(expanded, external))
                self._note_closure_param_regions(local, decl, local_tys[-1], before)
            else:
                local_tys.append(self.renumberer.fresh_type(decl.ty, "local", decl.span,
                                                                keep_static=False))
        if captures is not None:
            opaque_vid = self.universal.names[OPAQUE_NAME if opaque_own else captures[0]]
            local_tys[ir.RETURN_PLACE] = ClosureEnv(local_tys[ir.RETURN_PLACE].def_id, (
                T.Ref(T.Region("var", "", opaque_vid), False, T.UNIT),))
        self.local_tys = local_tys
        self._note_higher_ranked(local_tys, higher_ranked)
        self.place_types = PlaceTypes(local_tys, self.adts, self.renumberer)
        gen = ConstraintGeneration(body, self, self.locations).run()
        self.constraints = gen.constraints
        self.loan_regions = gen.loan_regions
        self.type_tests = gen.type_tests
        boring = regions_outliving_free(self.constraints, self.universal.count, len(self.vars))
        loan_points = [(vid, self.locations.point(loc)) for loc, vid in self.loan_regions.items()]
        self.liveness = compute_region_liveness(body, self.locations, local_tys, len(self.vars),
                                                self.adts, boring, loan_points)
        universal_index = {v: v for v in range(self.universal.count)}
        self.values = solve(len(self.vars), self.constraints, self.liveness.sets, universal_index,
                            PointSet.run(0, self.locations.num_points))

    def closure_requirements(self, def_id) -> tuple:
        """What the closure def_id's body requires of the regions of its type."""
        facts = self.closures.get(def_id)
        if facts is None:
            body = self.mir.body(def_id) if self.mir is not None else None
            if body is None or body.kind != ir.BodyKind.CLOSURE:
                return ()
            facts = self.closures[def_id] = BodyFacts(body, self.mir, self.typed, self.closures, self.crate)
        if facts._requirements is None:
            facts.build_regions()
            facts._requirements = requirements_of(facts)
            facts.calls_summarized = calls_summarized(facts)
        return facts._requirements

    def closure_calls_summarized(self, def_id) -> bool:
        """Calls of closure def_id are fully described by its signature's regions."""
        self.closure_requirements(def_id)
        facts = self.closures.get(def_id)
        return bool(facts is not None and getattr(facts, "calls_summarized", False))

    def _note_closure_param_regions(self, local, decl, ty, first_vid):
        """A closure parameter written with an elided `&` (`|s: &str|`) has a region of
        its own, valid only inside the closure body: it may not outlive anything else."""
        params = getattr(self.body.source, "params", ())
        index = local - 2  # local 1 is the environment
        if index < 0 or index >= len(params) or params[index].ty is None:
            return
        if self._adt_params_late_bound is None:
            self._adt_params_late_bound = _stored_in_variable(self)
        for vid in elided_ref_regions(ty, params[index].ty, self._adt_params_late_bound):
            self.universal.closure_locals[vid] = decl

    def _note_higher_ranked(self, local_tys, higher_ranked: dict):
        """A closure's region from a higher-ranked expected bound (`F: FnMut(&T)`) may be
        any region: it is the closure's own, valid only inside its body."""
        for vid in higher_ranked.values():
            for local in list(range(2, self.body.arg_count + 1)) + [ir.RETURN_PLACE]:
                if local < len(local_tys) and vid in vids_in(local_tys[local]):
                    self.universal.closure_locals.setdefault(vid, self.body.local_decls[local])
                    break

    def _expanded(self, ty):
        return Renumberer(None, self.mir, STATIC_VID, {}, self.projections).expand_closures(ty)

    # ── steps 5-6 ──
    def check(self) -> list:
        self.build_regions()
        self.borrow_set = build_borrow_set(self.body, self.loan_regions, self.place_types, self.rpo)
        diags = []
        if self.borrow_set.borrows:
            self.in_scope = compute_loans_in_scope(self.body, self.locations, self.borrow_set,
                                                   self.values, self.place_types)
            checker = AccessChecker(self.body, self.borrow_set, self.in_scope, self.place_types,
                                    Dominators(self.body, self.rpo))
            for conflict in checker.run():
                diag = report_conflict(self, conflict)
                if diag is not None:
                    diags.append(diag)
        diags.extend(check_universal_regions(self))
        diags.extend(check_type_tests(self))
        return diags

    # ── helpers for the reports ──
    def type_name(self, ty) -> str:
        from ..types.ty_display import ty_str
        return ty_str(ty)

    def loan_span(self, borrow) -> Span:
        capture = self.closure_capture(borrow)
        return capture[0] if capture is not None else borrow.span

    def closure_capture(self, borrow):
        """(closure head span, capture use span, `move` insertion point) when the loan is a
        closure's by-ref capture, else None."""
        if self._captures is None:
            self._captures = self._find_captures()
        return self._captures.get(borrow.assigned_place.local) if borrow.assigned_place.is_local else None

    def capture_at(self, loc):
        """closure_capture info when the statement at loc creates a closure's by-ref capture."""
        stmt = self.body.stmt_at(loc)
        if not isinstance(stmt, ir.Assign) or not isinstance(stmt.rvalue, ir.Ref) or not stmt.place.is_local:
            return None
        if self._captures is None:
            self._captures = self._find_captures()
        return self._captures.get(stmt.place.local)

    def _find_captures(self) -> dict:
        out = {}
        for bb in self.body.blocks:
            for stmt in bb.statements:
                if not isinstance(stmt, ir.Assign) or not isinstance(stmt.rvalue, ir.Aggregate) \
                        or stmt.rvalue.kind != ir.AggregateKind.CLOSURE:
                    continue
                closure_body = self.mir.body(stmt.rvalue.def_id) if self.mir is not None else None
                node = closure_body.source if closure_body is not None else None
                head = _closure_head_span(node) if node is not None else stmt.span
                for i, op in enumerate(stmt.rvalue.operands):
                    place = ir.operand_place(op)
                    if place is None or not place.is_local:
                        continue
                    if closure_body is not None and i < len(closure_body.upvars) \
                            and closure_body.upvars[i].mode not in ("ref", "mut_ref"):
                        continue  # a moved reference is the user's borrow, not the capture's
                    use_span = None
                    if closure_body is not None and i < len(closure_body.upvars):
                        use_span = closure_body.upvars[i].span
                    out[place.local] = (head, use_span, head.lo)
        return out


def elided_ref_regions(ty, node, in_adts: bool = False) -> list:
    """vids of `ty`'s references that the syntax `node` writes as `&T` (no lifetime); with
    in_adts, also inside written type arguments (`Vec<&str>`)."""
    out = []
    if isinstance(ty, T.Ref) and isinstance(node, ast.RefType):
        if node.lifetime is None and ty.region.kind == "var":
            out.append(ty.region.index)
        out.extend(elided_ref_regions(ty.inner, node.inner, in_adts))
    elif isinstance(ty, T.Tuple) and isinstance(node, ast.TupleType):
        for t, n in zip(ty.elems, node.elems):
            out.extend(elided_ref_regions(t, n, in_adts))
    elif isinstance(ty, (T.Slice, T.Array)) and isinstance(node, (ast.SliceType, ast.ArrayType)):
        out.extend(elided_ref_regions(ty.elem, node.elem, in_adts))
    elif in_adts and isinstance(ty, T.Adt) and isinstance(node, ast.PathType) \
            and node.path.segments[-1].generic_args:
        # `Vec<&str>`: the written type arguments, in step with the ADT's
        written = [a for a in node.path.segments[-1].generic_args.args
                   if not isinstance(a, (ast.Lifetime, ast.AssocBinding))]
        args = [a for a in ty.args if not isinstance(a, (T.Region, int))]
        if len(written) == len(args):
            for t, n in zip(args, written):
                out.extend(elided_ref_regions(t, n, in_adts))
    return out


def _stored_in_variable(facts) -> bool:
    """The closure is built straight into a `let` variable: no expected signature, so the
    elided lifetimes its parameter annotations write are its own (late-bound), as rustc
    gives them; a closure passed to a call takes its regions from the bound instead."""
    def_id = facts.body.def_id
    cut = def_id.rfind("::{closure#")
    creator = facts.mir.body(def_id[:cut]) if cut > 0 and facts.mir is not None else None
    if creator is None:
        return False
    for bb in creator.blocks:
        for st in bb.statements:
            rv = getattr(st, "rvalue", None)
            if type(rv) is ir.Aggregate and rv.kind == ir.AggregateKind.CLOSURE and rv.def_id == def_id:
                return not st.place.projection and creator.local_decls[st.place.local].name is not None
    return False


def _closure_head_span(node) -> Span:
    """`|a, b|` (or `||`) of a closure expression."""
    lo = node.span.lo
    if getattr(node, "is_move", False):
        lo += len("move ")
    ret = getattr(node, "ret", None)
    if ret is not None:  # rustc's head covers an explicit `-> T`
        return Span(lo, ret.span.hi)
    params = getattr(node, "params", ())
    if params:
        return Span(lo, params[-1].span.hi + 1)
    return Span(lo, lo + 2)


def check_body(body: ir.Body, mir, typed, closures: dict = None, crate: CrateTables = None) -> list:
    """closures: def_id -> BodyFacts, shared across one crate's bodies (else per call);
    crate: the crate's CrateTables (else built for this call)."""
    closures = closures if closures is not None else {}
    facts = closures.get(body.def_id) if body.kind == ir.BodyKind.CLOSURE else None
    if facts is None or facts.body is not body:
        facts = BodyFacts(body, mir, typed, closures, crate)
        if body.kind == ir.BodyKind.CLOSURE:
            closures[body.def_id] = facts
    return facts.check()
