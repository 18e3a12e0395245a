"""Mutability: E0596 (mutable borrow of something not mutable), E0594 (assignment to
something not mutable) and E0384 (assigning twice to an immutable local). Ownership half.

`check_body(body, mir, typed) -> list[Diagnostic]`.

Rules (rustc's check_access_permissions / is_mutable):
- every assignment and every `&mut`/two-phase borrow (also `&raw mut`) needs its place
  mutable: walking the projections from the outside in, a Deref of `&T` is immutable, a
  Deref of `&mut T` is mutable if its base may be uniquely accessed (any local may), a
  Deref of a Box inherits the base's mutability, a field/index inherits its base's; a
  bare local is mutable if declared `mut` — or, for plain assignments (not borrows), if
  it is not yet initialized (deferred initialization `let x; x = 1;`). Closure upvars
  inherit the mutability of the captured variable.
- an access that fails while its local was never initialized is not an error here
  (E0381 reports it); a failing assignment to a bare local is E0384, others E0594/E0596.
- several E0596 on the same non-`mut` local become one error at the declaration.
- through a match guard's RefForGuard temp: "..., as it is immutable for the pattern guard";
  through a `for` variable over `.iter()`: rustc's `iter_mut()` label and help.
"""
from __future__ import annotations

from ..dataflow.engine import solve
from ..dataflow.initialization import EverInitializedPlaces
from ..dataflow.move_paths import gather
from ..diagnostics import registry
from ..mir import ir
from ..mir.place_ty import is_box, prefix_tys
from ..mir.visit import blocks_on_cycles, reverse_postorder
from ..syntax import ast
from ..types import ty as T
from .describe_place import describe_place

YES, EXCEPT_UPVARS, NO = "yes", "except_upvars", "no"


def check_body(body: ir.Body, mir, typed, move_data=None) -> list:
    """move_data: the body's MoveData when the caller gathered it already (else gathered
    only once an access fails)."""
    checker = _MutChecker(body, move_data, None, typed)
    checker.mir = mir
    for b in reverse_postorder(body):
        bb = body.blocks[b]
        for i, stmt in enumerate(bb.statements):
            if isinstance(stmt, ir.Assign):
                checker.check_assign(ir.Location(b, i), stmt)
    checker.report_failed()
    return checker.finish()


class _MutChecker:
    def __init__(self, body, data, ever, typed):
        self.body = body
        self.data = data
        self.ever = ever
        self.typed = typed
        self.errors = []  # Diagnostics in visiting order
        self.not_mut_borrows = {}  # local -> [(use span, place)] of E0596 "not declared as mutable"
        self.reassigned = set()
        self._first_inits = None  # var local -> the Location of its only init, outside any cycle
        self.failed = []  # (loc, place, span, access, err_place) of failing accesses, in order

    # ── accesses ──

    def check_assign(self, loc, stmt) -> None:
        rv = stmt.rvalue
        if isinstance(rv, ir.Ref) and rv.kind in (ir.BorrowKind.MUT, ir.BorrowKind.TWO_PHASE_MUT, ir.BorrowKind.UNIQUE):
            allowed = YES if rv.kind == ir.BorrowKind.UNIQUE else NO
            self.check_access(loc, rv.place, stmt.span, "borrow", allowed)
        elif isinstance(rv, ir.AddressOf) and rv.mutable:
            self.check_access(loc, rv.place, stmt.span, "borrow", NO)
        decl = self.body.local_decls[stmt.place.local]
        if decl.kind == ir.LocalKind.TEMP and stmt.place.is_local:
            return
        if stmt.place.local == ir.RETURN_PLACE:
            return
        self.check_access(loc, stmt.place, stmt.span, "mutate", EXCEPT_UPVARS)

    def check_access(self, loc, place, span, access, allowed) -> None:
        ok, err_place = self.is_mutable(place, allowed if access == "borrow" else NO)
        if ok:
            return
        if access == "mutate" and place.is_local and self.first_inits().get(place.local) == loc:
            return  # `let x = ..;`: nothing can have initialized x before (saves the dataflow)
        self.failed.append((loc, place, span, access, err_place))

    def first_inits(self) -> dict:
        """_sole_acyclic_inits of the body, found once an assignment fails (most bodies
        have none: no scan, no cycle search)."""
        if self._first_inits is None:
            self._first_inits = _sole_acyclic_inits(self.body)
        return self._first_inits

    def report_failed(self) -> None:
        """The failing accesses, in visiting order, whose local may have been initialized."""
        if not self.failed:
            return
        # the move data and EverInitializedPlaces are needed only once an access fails, and
        # only for the failing accesses' locals
        if self.data is None:
            self.data = gather(self.body, getattr(self.typed, "adts", None))
        analysis = EverInitializedPlaces(self.data, {place.local for _, place, _, _, _ in self.failed})
        self.ever = solve(self.body, analysis)
        for loc, place, span, access, err_place in self.failed:
            init = self.first_ever_init(loc, place.local, analysis.bit_of)
            if init is None:
                continue
            if access == "mutate" and place.is_local:
                self.report_reassign(loc, place, span, init)
            else:
                self.report_mutability(place, err_place, span, access)

    def first_ever_init(self, loc, local, bit_of):
        """The lowest Init index of local's paths that may have happened before loc."""
        state = self.ever.state_before(loc)
        data = self.data
        best = None
        for path in data.bits_for_locals((local,)).path_of_bit:
            for i in data.inits_of_path.get(path, ()):
                if state >> bit_of[i] & 1 and (best is None or i < best):
                    best = i
        return best

    # ── rustc's is_mutable ──

    def upvar_field(self, place: ir.Place):
        """The upvar index when place is `env.i` / `(*env).i` (optionally `*` of a by-ref capture)."""
        body = self.body
        if body.kind != ir.BodyKind.CLOSURE or place.local != 1 or not body.upvars:
            return None
        proj = place.projection
        by_ref = False
        if proj and isinstance(proj[-1], ir.Deref):
            proj = proj[:-1]
            by_ref = True
        if not proj or not isinstance(proj[-1], ir.Field):
            return None
        rest = proj[:-1]
        if rest not in ((), (ir.DEREF,)):
            return None
        index = proj[-1].index
        if index >= len(body.upvars):
            return None
        if by_ref and not body.upvars[index].by_ref:
            return None
        return index

    def is_mutable(self, place: ir.Place, allowed: str):
        """(True, None) or (False, the place that makes it immutable)."""
        body = self.body
        if not place.projection:
            decl = body.local_decls[place.local]
            if decl.mutable or decl.kind == ir.LocalKind.TEMP or allowed in (YES, EXCEPT_UPVARS):
                return True, None
            return False, place
        base = ir.Place(place.local, place.projection[:-1])
        elem = place.projection[-1]
        base_ty = prefix_tys(body, place)[-2]
        if isinstance(elem, ir.Deref):
            if isinstance(base_ty, T.Ref):
                if not base_ty.mutable:
                    return False, place
                field = self.upvar_field(place)
                mode = allowed if field is not None and body.upvars[field].by_ref else YES
                return self.is_mutable(base, mode)
            if isinstance(base_ty, T.Ptr):
                return (True, None) if base_ty.mutable else (False, place)
            if is_box(base_ty):
                return self.is_mutable(base, allowed)
            return True, None  # unknown pointer-like type: the type checker reported it
        field = self.upvar_field(place)
        if field is not None:
            upvar = body.upvars[field]
            if not upvar.mutable and allowed in (NO, EXCEPT_UPVARS):
                return False, place
            ok, err = self.is_mutable(base, allowed)
            return (True, None) if ok else (False, err)
        return self.is_mutable(base, allowed)

    # ── reports ──

    def report_reassign(self, loc, place, span, init_index) -> None:
        body = self.body
        decl = body.local_decls[place.local]
        name = f"`{decl.name}`" if decl.name else "value"
        init = self.data.inits[init_index]
        if decl.kind == ir.LocalKind.ARG:
            diag = registry.error("E0384.arg", span, registry.text("E0384.label.arg"), name=name)
        else:
            diag = registry.error("E0384", span, registry.text("E0384.label.twice"), name=name)
            first = decl.span if decl.from_pattern_init or init.span is None else init.span
            if first != span:  # the same assignment, in an earlier loop iteration
                diag.label(first, registry.text("E0384.label.first", name=name))
        if decl.name and decl.binding is not None:
            diag.help(registry.text("E0384.help.mut"), decl.span.shrink_to_lo(), "mut ", "MachineApplicable")
        self.errors.append(diag)

    def report_mutability(self, place, err_place, span, access) -> None:
        body = self.body
        described = describe_place(body, place)
        place_text = f"`{described}`" if described else None
        if not err_place.projection or self.upvar_field(err_place) is not None and \
                not isinstance(err_place.projection[-1], ir.Deref) or self._is_upvar_deref_not_mut(err_place):
            self._report_not_declared_mut(place, err_place, span, access, place_text)
            return
        if body.kind == ir.BodyKind.CLOSURE and body.closure_kind == "Fn" and err_place == ir.Place(1, (ir.DEREF,)) \
                and len(place.projection) > 1 and isinstance(place.projection[1], ir.Field) \
                and place.projection[1].index < len(body.upvars):
            self._report_fn_closure_capture(body.upvars[place.projection[1].index], span, access)
            return
        # err_place ends in a deref of `&T` (or `*const T`)
        base = ir.Place(err_place.local, err_place.projection[:-1])
        base_decl = body.local_decls[base.local]
        if base.is_local and base_decl.info == ir.LocalInfo.REF_FOR_GUARD:
            self._report_in_guard(place, base_decl, span, access)
            return
        if base.is_local and base_decl.info == ir.LocalInfo.STATIC_REF:
            name = (base_decl.static_def or "").rsplit("::", 1)[-1]
            diag = registry.error("E0594", span, registry.text("E0594.label.assign"),
                                  place=f"immutable static item `{name}`", reason="")
            static = _static_node(self.typed, name)
            if static is not None:
                from ..source.span import Span

                diag.label(Span(static.span.lo, static.ty.span.hi), registry.text("E0594.label.static"))
            self.errors.append(diag)
            return
        base_name = describe_place(body, base)
        if base_decl.kind == ir.LocalKind.TEMP and base_decl.info == ir.LocalInfo.DEREF_TEMP or base_name is None:
            what = _deref_temp_what(self.typed, base_decl)
            pointer = _overloaded_deref_source(self.typed, base_decl)
            if pointer is not None:
                from ..types.ty_display import ty_str

                what = {"std::rc::Rc": "an `Rc`", "std::sync::Arc": "an `Arc`"}.get(
                    getattr(pointer, "def_id", None), f"dereference of `{ty_str(pointer)}`")
            if access == "borrow":
                diag = registry.error("E0596", span, registry.text("E0596.label.use"), place=f"data in {what}",
                                      reason="")
                diag.message = f"cannot borrow data in {what} as mutable"
            else:
                diag = registry.error("E0594", span, registry.text("E0594.label.assign"), place=f"data in {what}",
                                      reason="")
            if pointer is not None:
                diag.help("trait `DerefMut` is required to modify through a dereference, but it is not "
                          f"implemented for `{ty_str(pointer)}`")
            self.errors.append(diag)
            return
        if place_text is None:
            place_text = f"`*{base_name}`"
        if access == "borrow":
            diag = registry.error("E0596", span, registry.text("E0596.label.ref", name=f"`{base_name}`"),
                                  place=place_text, reason=", as it is behind a `&` reference")
        else:
            diag = registry.error("E0594", span, registry.text("E0594.label.ref", name=f"`{base_name}`"),
                                  place=place_text, reason=", which is behind a `&` reference")
        self._mut_ref_help(diag, base)
        self.errors.append(diag)

    def _report_fn_closure_capture(self, upvar, span, access) -> None:
        """Mutating a captured variable inside a closure that must be `Fn` (it is passed where
        an `Fn` bound is expected): rustc names the variable, the closure, the call and the
        callee's parameter to change to `FnMut`."""
        from . import source_context as src

        reason = ", as it is a captured variable in a `Fn` closure"
        if access == "borrow":
            diag = registry.error("E0596", span, registry.text("E0596.label.use"), place=f"`{upvar.name}`",
                                  reason=reason)
        else:
            diag = registry.error("E0594", span, registry.text("E0594.label.assign"), place=f"`{upvar.name}`",
                                  reason=reason)
        root_name = getattr(getattr(upvar.root, "ident", None), "name", None)
        if root_name is not None:
            diag.label(upvar.root.span, f"`{root_name}` declared here, outside the closure")
        closure = self.body.source
        head = src.closure_head(closure) if isinstance(closure, ast.Closure) else None
        if head is not None:
            diag.label(head, "in this closure")
        parent = self._parent_source()
        call = src.call_taking(parent, closure.span) if parent is not None and head is not None else None
        if call is not None:
            diag.label(call.method.span if isinstance(call, ast.MethodCall) else call.func.span,
                       "expects `Fn` instead of `FnMut`")
            param = self._callee_param(call, closure.span)
            if param is not None:
                diag.label(param.ty.span, "change this to accept `FnMut` instead of `Fn`")
        self.errors.append(diag)

    def _parent_source(self):
        mir = getattr(self, "mir", None)
        parent = mir.body(self.body.parent) if mir is not None and self.body.parent is not None else None
        return parent.source if parent is not None else None

    def _callee_param(self, call, arg_span):
        """The declared parameter of a crate fn that receives the argument at arg_span."""
        callee = self.typed.callees.get(call)
        def_id = callee.def_id if callee is not None else None
        if def_id is None and isinstance(call, ast.Call):
            res = self.typed.resolutions.get(call.func)
            def_id = res.target if res is not None and isinstance(res.target, str) else None
        fn = next((node for node, info in self.typed.fns.items() if info.def_id == def_id), None)
        if fn is None:
            return None
        index = next(i for i, a in enumerate(call.args) if a.span == arg_span)
        return fn.params[index] if index < len(fn.params) else None

    def _report_in_guard(self, place, guard_decl, span, access) -> None:
        """A binding used inside a match guard is reached through a shared RefForGuard."""
        local = self.body.var_locals.get(guard_decl.origin)
        text = describe_place(self.body, ir.Place(local, place.projection[1:])) if local is not None else None
        place_text = f"`{text}`" if text else "value"
        reason = ", as it is immutable for the pattern guard"
        if access == "borrow":
            diag = registry.error("E0596", span, registry.text("E0596.label.use"), place=place_text, reason=reason)
        else:
            diag = registry.error("E0594", span, registry.text("E0594.label.assign"), place=place_text, reason=reason)
        diag.note("variables bound in patterns are immutable until the end of the pattern guard")
        self.errors.append(diag)

    def _is_upvar_deref_not_mut(self, err_place) -> bool:
        return False

    def _mut_ref_help(self, diag, base) -> None:
        decl = self.body.local_decls[base.local]
        if base.is_local and decl.info == ir.LocalInfo.FOR_LOOP_VAR and self._iter_mut_help(diag, decl):
            return
        if base.is_local and decl.info == ir.LocalInfo.IMPLICIT_SELF_REF:
            from ..source.span import Span

            lo = decl.span.lo + 1
            diag.help(registry.text("E0596.help.mut_ref"), Span(lo, lo), "mut ", "HasPlaceholders")
            return
        if not base.is_local or decl.ty_span is None or not isinstance(decl.ty, T.Ref):
            return
        lo = decl.ty_span.lo + 1
        from ..source.span import Span

        diag.help(registry.text("E0596.help.mut_ref"), Span(lo, lo), "mut ", "HasPlaceholders")

    def _iter_mut_help(self, diag, decl) -> bool:
        """`for x in v.iter() { *x = .. }`: rustc points at the iterator and suggests `iter_mut()`."""
        from ..diagnostics.diagnostic import SubDiagnostic, Suggestion
        from ..source.span import Span
        from ..syntax.walk import iter_nodes

        crate = getattr(self.typed, "crate", None)
        if crate is None or decl.binding is None:
            return False
        for node in iter_nodes(crate):
            if isinstance(node, ast.For) and node.pat.span.lo <= decl.binding.span.lo < node.pat.span.hi:
                it = node.iter
                if isinstance(it, ast.MethodCall) and it.method.name == "iter" and not it.args:
                    diag.label(it.span, registry.text("E0594.label.iter"))
                    child = SubDiagnostic("help", "use mutable method", inline=True,
                                          suggestions=[Suggestion(Span(it.method.span.lo, it.span.hi), "iter_mut()",
                                                                  "MachineApplicable")])
                    diag.children.append(child)
                    return True
                return False
        return False

    def _report_not_declared_mut(self, place, err_place, span, access, place_text) -> None:
        body = self.body
        field = self.upvar_field(err_place)
        if field is not None and _capture_derefs_shared_ref(self.typed, body.upvars[field]):
            return  # as rustc: the capture itself (`&mut *r`) is the error, reported in the parent
        if field is not None:
            root_name = body.upvars[field].name
            decl = None
        else:
            decl = body.local_decls[err_place.local]
            root_name = decl.name or "value"
        if place_text is None:
            place_text = f"`{root_name}`"
        same = described_equal(place_text, root_name)
        reason = ", as it is not declared as mutable" if same else f", as `{root_name}` is not declared as mutable"
        if access == "borrow" and decl is not None and err_place.is_local:
            self.not_mut_borrows.setdefault(err_place.local, []).append((span, place_text, reason))
            return
        if access == "borrow":
            diag = registry.error("E0596", span, registry.text("E0596.label.use"), place=place_text, reason=reason)
        else:
            diag = registry.error("E0594", span, registry.text("E0594.label.assign"), place=place_text, reason=reason)
        if decl is not None and decl.binding is not None:
            diag.help(registry.text("E0596.help.mut"), decl.span.shrink_to_lo(), "mut ")
        elif field is not None and hasattr(body.upvars[field].root, "ident"):
            root = body.upvars[field].root
            diag.help(registry.text("E0596.help.mut"), root.ident.span.shrink_to_lo(), "mut ")
        self.errors.append(diag)

    def finish(self) -> list:
        out = list(self.errors)
        for local, uses in self.not_mut_borrows.items():
            decl = self.body.local_decls[local]
            if len(uses) == 1:
                span, place_text, reason = uses[0]
                diag = registry.error("E0596", span, registry.text("E0596.label.use"), place=place_text,
                                      reason=reason)
            else:
                span, place_text, reason = uses[0]
                diag = registry.error("E0596", decl.span, registry.text("E0596.label.not_mutable"),
                                      place=place_text, reason=reason)
                for use_span, _, _ in uses:
                    diag.label(use_span, registry.text("E0596.label.use"))
            self._closure_cause(diag, decl)
            if decl.binding is not None and decl.name:
                diag.help(registry.text("E0596.help.mut"), decl.span.shrink_to_lo(), "mut ")
            out.append(diag)
        return out


    def _closure_cause(self, diag, decl) -> None:
        """Calling an FnMut closure: point at what it mutably borrows."""
        if not isinstance(decl.ty, T.Closure):
            return
        for node, def_id in getattr(self.typed, "closure_defs", {}).items():
            if def_id == decl.ty.def_id:
                for cap in self.typed.captures.get(node, ()):
                    if cap.mode == "mut_ref":
                        from ..mir.build_closure import capture_name

                        diag.label(cap.use_span, registry.text(
                            "E0596.label.closure_call", closure=f"`{decl.name}`",
                            cause=f"mutable borrow of `{capture_name(cap)}`"))
                        return


def _sole_acyclic_inits(body) -> dict:
    """User variables written exactly once in the body (an Assign or a call destination
    rooted at them), at a location that no CFG cycle repeats: that write is their first
    initialization, which is all `first_ever_init` would find."""
    sites = {}
    for b, bb in enumerate(body.blocks):
        for i, stmt in enumerate(bb.statements):
            if isinstance(stmt, ir.Assign):
                sites.setdefault(stmt.place.local, []).append(ir.Location(b, i))
        dest = getattr(bb.terminator, "destination", None)
        if isinstance(dest, ir.Place):
            sites.setdefault(dest.local, []).append(ir.Location(b, len(bb.statements)))
    cyclic = None
    out = {}
    for local, locs in sites.items():
        decl = body.local_decls[local]
        if len(locs) != 1 or decl.kind != ir.LocalKind.VAR:
            continue
        if cyclic is None:
            cyclic = blocks_on_cycles(body)
        if locs[0].block not in cyclic:
            out[local] = locs[0]
    return out


def _static_node(typed, name):
    from ..syntax import ast

    for item in typed.crate.items:
        if isinstance(item, ast.Static) and item.ident.name == name:
            return item
    return None


def described_equal(place_text: str, root_name: str) -> bool:
    return place_text == f"`{root_name}`"


def _overloaded_deref_source(typed, decl):
    """The smart pointer type (`Rc<Vec<i32>>`, a user `Deref` type) whose `Deref::deref`
    made this temporary, or None (a plain reference, an index)."""
    origin = decl.origin  # for an overloaded deref, the type dereferenced
    ty = origin
    while isinstance(ty, T.Ref):
        ty = ty.inner
    return ty if isinstance(ty, T.Adt) and ty.def_id != "std::boxed::Box" else None


def _deref_temp_what(typed, decl) -> str:
    from ..syntax import ast
    from ..types.ty_display import ty_str

    origin = decl.origin
    if isinstance(origin, ast.Index):
        ty = typed.expr_types.get(origin.base, T.ERROR)
        while isinstance(ty, T.Ref):
            ty = ty.inner
        return f"an index of `{ty_str(ty)}`"
    inner = decl.ty.inner if isinstance(decl.ty, T.Ref) else decl.ty
    return f"a dereference of `{ty_str(inner)}`" if origin is None else f"dereference of `{ty_str(inner)}`"


def _capture_derefs_shared_ref(typed, upvar) -> bool:
    """Whether the captured place goes through a deref of a `&T` (rustc's imm_borrow_derefed)."""
    if "*" not in upvar.projections:
        return False
    from .renumber import substitute

    t = typed.binding_types.get(upvar.root)
    for p in upvar.projections:
        if p == "*":
            if isinstance(t, T.Ref):
                if not t.mutable:
                    return True
                t = t.inner
            elif is_box(t) and t.args:
                t = next((a for a in t.args if not isinstance(a, T.Region)), None)
            else:
                return False
        elif isinstance(t, T.Tuple) and p.isdigit() and int(p) < len(t.elems):
            t = t.elems[int(p)]
        elif isinstance(t, T.Adt) and t.def_id in typed.adts:
            info = typed.adts[t.def_id]
            f = next((f for f in info.fields if f.name == p), None)
            if f is None:
                return False
            args = [a for a in t.args if not isinstance(a, (T.Region, int))]
            t = substitute(f.ty, dict(zip(info.generics.types, args)), {})
        else:
            return False
    return False
