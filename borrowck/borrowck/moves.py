"""Use of moved or uninitialized places: E0382 and E0381; also emits move errors (E0507,
E0508, E0509, see move_errors.py). The ownership half of the borrow checker.

`check_body(body, mir, typed) -> list[Diagnostic]`.

Steps:
1. Gather move paths (dataflow/move_paths.py); report illegal moves (move_errors.py).
2. Walk each block forward keeping the locals surely fully initialized since its start (or
   its single predecessor's end): uses of those need no dataflow. The other uses, in
   order, are the ones to check; only their locals' move paths get state bits.
3. Solve MaybeUninitializedPlaces once over those bits. For each remaining read/borrow of
   a place P, in reverse postorder (rustc's check_if_path_or_child_is_moved):
     - the longest prefix of P with a move path, if maybe-uninitialized, is an error;
     - if P has its own path, any maybe-uninitialized descendant is a partial-move error.
   A write to a projection needs its base initialized (`s.f = 1` on an unassigned `s`).
4. For an error, search backwards from the use for the move-outs of the path or its
   ancestors that reach it (stopping at re-initializations): none -> E0381, else E0382.
   One E0382 per set of move-outs (the first use in visiting order), as rustc does.
"""
from __future__ import annotations

from ..dataflow.engine import solve
from ..dataflow.initialization import MaybeUninitializedPlaces
from ..dataflow.move_paths import gather
from ..diagnostics import registry
from ..mir import ir
from ..mir.place_ty import place_ty
from ..mir.visit import Ctx, places_of, predecessors, reverse_postorder
from ..source.span import Span
from ..syntax import ast
from ..types import ty as T
from ..types.trait_solver import CLONE
from .describe_place import describe_place
from .move_errors import report_illegal_moves

_USE = {Ctx.COPY: "use", Ctx.MOVE: "use", Ctx.INSPECT: "use", Ctx.FAKE_READ: "use",
        Ctx.SHARED_BORROW: "borrow", Ctx.MUT_BORROW: "borrow", Ctx.FAKE_BORROW: "borrow", Ctx.ADDRESS_OF: "borrow"}


def check_body(body: ir.Body, mir, typed, move_data=None) -> list:
    """move_data: the body's MoveData when the caller gathered it already."""
    data = move_data if move_data is not None else gather(body, getattr(typed, "adts", None))
    diags = report_illegal_moves(body, data, typed)
    relevant = _locals_that_may_be_uninit(body, data)
    if not relevant:
        return diags
    order = reverse_postorder(body)
    pending, needed = _uses_needing_dataflow(body, data, order, relevant)
    if not pending:
        return diags
    bits = data.bits_for_locals(needed)
    uninit = solve(body, MaybeUninitializedPlaces(data, bits), order)
    checker = _MoveChecker(body, data, uninit, typed)
    checker.mir = mir
    checker.relevant = needed
    checker.bits = bits
    for loc, node in pending:
        checker.check_location(loc, node)
    return diags + checker.diags


_SKIPPED = (ir.StorageLive, ir.StorageDead, ir.Nop, ir.AscribeUserType, ir.PlaceMention)


def _uses_needing_dataflow(body, data, order, relevant) -> tuple:
    """([(loc, node)] in visiting order, locals) of the checked uses of relevant locals that
    the block itself does not show initialized. Per block, `inited` maps a local whose root
    got a (deep) init since the block's start (or since the end of its single predecessor)
    to the paths of it moved out since: the dataflow state of its paths is known there, and
    a use touching none of those moved paths cannot be an error. Linear: one forward pass,
    no bitsets."""
    preds = predecessors(body)
    effects = _effects_by_block(data, relevant)
    out_maps: dict = {}  # block -> inited at its end (before edge effects)
    pending = []
    needed = set()
    for b in order:
        bb = body.blocks[b]
        inited = {}
        if len(preds[b]) == 1:
            p = preds[b][0]
            before = out_maps.get(p)
            if before is not None:
                inited = dict(before)
                term = body.blocks[p].terminator
                if isinstance(term, ir.Call) and term.target == b and not term.destination.projection \
                        and term.destination.local in relevant:
                    inited[term.destination.local] = ()
        block_effects = effects.get(b, {})
        n = len(bb.statements)
        for i in range(n + 1):
            node = bb.statements[i] if i < n else bb.terminator
            if not isinstance(node, _SKIPPED):
                unresolved = False
                for place, ctx in places_of(node):
                    local = place.local
                    if local not in relevant:
                        continue
                    if ctx in _USE:
                        if isinstance(node, ir.Return):
                            continue
                        moved = inited.get(local)
                        if moved is None or (moved and not _untouched(data, place, moved)):
                            unresolved = True
                            needed.add(local)
                    elif ctx in (Ctx.STORE, Ctx.CALL_DEST) and place.projection and inited.get(local) != ():
                        unresolved = True
                        needed.add(local)
                if unresolved:
                    pending.append((ir.Location(b, i), node))
            for is_init, path, local, is_root in block_effects.get(i, ()):
                moved = inited.get(local)
                if is_init:
                    if is_root:
                        inited[local] = ()
                    elif moved:
                        inited[local] = tuple(m for m in moved if not _is_within(data, m, path))
                elif moved is not None:
                    if is_root:
                        del inited[local]
                    else:
                        inited[local] = moved + (path,)
        out_maps[b] = inited
    return pending, needed


def _effects_by_block(data, relevant) -> dict:
    """block -> index -> [(is_init, path, local, is_root)]: the deep inits, then the moves,
    of relevant locals' paths (a move at the same location as an init wins)."""
    paths = data.paths
    out: dict = {}
    for init in data.inits:
        loc = init.location
        if loc is None or init.kind != "deep":
            continue
        place = paths[init.path].place
        if place.local in relevant:
            out.setdefault(loc.block, {}).setdefault(loc.index, []).append(
                (True, init.path, place.local, not place.projection))
    for move in data.moves:
        loc = move.location
        place = paths[move.path].place
        if place.local in relevant:
            out.setdefault(loc.block, {}).setdefault(loc.index, []).append(
                (False, move.path, place.local, not place.projection))
    return out


def _is_within(data, path, root) -> bool:
    """path is root or one of its descendants."""
    return path == root or root in data.ancestors(path)


def _untouched(data, place, moved) -> bool:
    """No path in `moved` (moved out since the local's full init) is checked by a use of
    place: neither its longest prefix with a path (nor an ancestor of it), nor, when place
    has its own path, a descendant."""
    exact, path = data.lookup(place)
    for m in moved:
        if _is_within(data, path, m) or (exact and _is_within(data, m, path)):
            return False
    return True


def _locals_that_may_be_uninit(body, data) -> set:
    """Only these locals can be used while (maybe) uninitialized: those moved out of (in
    whole or part; not counting StorageDead/Drop) and user variables declared without an
    initializer. Checking only them skips most of a body's uses."""
    relevant = set()
    for move in data.moves:
        node = body.stmt_at(move.location)
        if not isinstance(node, (ir.StorageDead, ir.Drop)):
            relevant.add(data.paths[move.path].place.local)
    for local, decl in enumerate(body.local_decls):
        if decl.kind == ir.LocalKind.VAR and not decl.from_pattern_init:
            relevant.add(local)
    return relevant


class _MoveChecker:
    def __init__(self, body, data, uninit, typed):
        self.body = body
        self.data = data
        self.uninit = uninit
        self.typed = typed
        self.diags = []
        self.reported = {}  # tuple of move-out indices -> used place of the reported error
        self.reported_uninit = set()  # move paths already reported as E0381
        self._preds = None
        self._dominators = None
        self.illegal_move_locs = {m.location for m in data.illegal_moves}
        self.mir = None
        self.relevant = set()  # locals with state bits
        self.bits = None  # their PathBits

    def check_location(self, loc, node) -> None:
        if isinstance(node, _SKIPPED):
            return
        state = None
        relevant = self.relevant
        for place, ctx in places_of(node):
            if place.local not in relevant:
                continue
            action = _USE.get(ctx)
            if action is None:
                if ctx in (Ctx.STORE, Ctx.CALL_DEST) and place.projection:
                    state = state if state is not None else self.uninit.state_before(loc)
                    self.check_assigned_base(loc, node, place, state)
                continue
            if isinstance(node, ir.Return):
                continue
            state = state if state is not None else self.uninit.state_before(loc)
            self.check_path_or_child(loc, node, place, action, state)

    # ── the checks ──

    def check_path_or_child(self, loc, node, place, action, state) -> None:
        data = self.data
        bits = self.bits
        exact, path = data.lookup(place)
        if state >> bits.bit_of[path] & 1:
            self.report(loc, node, place, data.paths[path].place, path, action)
            return
        if exact:
            below = bits.subtree_mask(path) & ~(1 << bits.bit_of[path]) & state
            if below:
                child = bits.path_of_bit[(below & -below).bit_length() - 1]
                self.report(loc, node, place, place, child, action)

    def check_assigned_base(self, loc, node, place, state) -> None:
        """`P.f = v` / `*P = v` / `P[i] = v` needs P initialized (a Box deref needs the box)."""
        data = self.data
        for n in range(len(place.projection) - 1, -1, -1):
            base = ir.Place(place.local, place.projection[:n])
            elem = place.projection[n]
            if isinstance(elem, (ir.Deref, ir.Index)):
                _, path = data.lookup(base)
                if state >> self.bits.bit_of[path] & 1:
                    self.report(loc, node, base, data.paths[path].place, path, "assign")
                return
        # `s.f = v` on a struct that is not (fully) initialized: rustc rejects partial init
        base = ir.Place(place.local)
        _, path = data.lookup(base)
        if state >> self.bits.bit_of[path] & 1:
            # after a move of the whole value: E0382 "assign to part of moved value"
            moved = self._any_move_reaches(loc, path)
            self.report(loc, node, base, base, path, "partial_assign_moved" if moved else "partial_assign")

    def _any_move_reaches(self, loc, path) -> bool:
        return bool(self.moves_reaching(loc, path))

    # ── finding the moves ──

    def preds(self):
        if self._preds is None:
            self._preds = predecessors(self.body)
        return self._preds

    def dominators(self):
        if self._dominators is None:
            from .dominators import Dominators

            self._dominators = Dominators(self.body)
        return self._dominators

    def _pred_locations(self, loc):
        if loc.index > 0:
            return [ir.Location(loc.block, loc.index - 1)]
        return [self.body.terminator_location(p) for p in self.preds()[loc.block]]

    def moves_reaching(self, use_loc, path) -> list:
        """[(move index, through_back_edge)] of move-outs of path or an ancestor that reach use_loc."""
        data = self.data
        paths = {path} | set(data.ancestors(path))
        dom = self.dominators()
        visited = set()
        result = []
        stack, back = [], []
        for p in self._pred_locations(use_loc):
            (back if dom.location_dominates(use_loc, p) else stack).append(p)

        def visit(loc, is_back):
            if loc in visited:
                return
            visited.add(loc)
            node = self.body.stmt_at(loc)
            if not isinstance(node, ir.StorageDead):
                found = False
                for m in data.moves_at.get(loc, ()):
                    if data.moves[m].path in paths and not isinstance(node, ir.Drop):
                        result.append((m, is_back))
                        found = True
                if found:
                    return
            for i in data.inits_at.get(loc, ()):
                if data.inits[i].path in paths:
                    return
            for p in self._pred_locations(loc):
                if dom.location_dominates(loc, p):
                    back.append(p)
                else:
                    stack.append(p)

        while stack:
            visit(stack.pop(), False)
        while back:
            loc = back.pop()
            stack.append(loc)
            while stack:
                visit(stack.pop(), True)
        return result

    # ── reporting ──

    def report(self, loc, node, used_place, moved_place, path, action) -> None:
        if loc in self.illegal_move_locs:
            return
        moves = self.moves_reaching(loc, path)
        if not moves:
            if path in self.reported_uninit:
                return
            self.reported_uninit.add(path)
            self.diags.append(self.uninit_error(loc, node, used_place, path, action))
            return
        key = tuple(sorted(m for m, _ in moves))
        previous = self.reported.get(key)
        if previous is not None and (previous.is_prefix_of(used_place) or used_place.is_prefix_of(previous)):
            return
        self.reported[key] = used_place
        self.diags.append(self.moved_error(loc, node, used_place, moved_place, moves, action))

    def span_at(self, loc, node):
        return node.span

    def _callee_span(self, call):
        """The called expression of `f()` (rustc points there for a FnOnce value called)."""
        from .source_context import node_at

        found = node_at(self.body.source, call.span, ast.Call) if self.body.source is not None else None
        return found.func.span if found is not None else call.span

    def moved_error(self, loc, node, used_place, moved_place, moves, action):
        body = self.body
        data = self.data
        partial = any(used_place != data.paths[data.moves[m].path].place
                      and used_place.is_prefix_of(data.paths[data.moves[m].path].place) for m, _ in moves)
        name = describe_place(body, moved_place)
        name_text = f"`{name}`" if name else "value"
        verb = "borrow" if action == "borrow" else "use"
        diag = registry.error("E0382", self.span_at(loc, node),
                              registry.text("E0382.label.use", verbed="borrowed" if verb == "borrow" else "used",
                                            partial="partial " if partial else ""),
                              verb=verb, partially="partially " if partial else "", name=name_text)
        if _calls_once(node, used_place):
            diag.labels[0].span = self._callee_span(node)
        use_span = diag.labels[0].span
        moves = sorted(moves, key=lambda mb: data.moves[mb[0]].location.block * 100000 + data.moves[mb[0]].location.index)
        for m, back in moves:
            move = data.moves[m]
            mspan = body.span_of(move.location)
            mplace = data.paths[move.path].place
            mpartial = used_place != mplace and used_place.is_prefix_of(mplace)
            self._label_move(diag, move, mspan, mplace, back, mpartial, use_span)
        self._closure_use_label(diag, node, used_place, verb)
        self._move_reason(diag, moved_place, moves, partial)
        self._enclosing_loop_labels(diag, moves)
        _merge_same_closure_labels(diag)
        self._site_notes(diag, moves)
        self._deref_coercion_note(diag, loc, node, verb)
        if partial:
            diag.labels[0].message = registry.text("E0382.label.use",
                                                   verbed="borrowed" if verb == "borrow" else "used",
                                                   partial="partial ")
        if action == "partial_assign_moved":
            diag.message = f"assign to part of moved value: {name_text}"
            diag.labels[0].message = "value partially assigned here after move"
        return diag

    def _label_move(self, diag, move, mspan, mplace, back, partial, use_span) -> None:
        body = self.body
        stmt = body.stmt_at(move.location)
        name = describe_place(body, mplace)
        name_text = f"`{name}`" if name else "value"
        in_loop = ", in previous iteration of loop" if back else ""
        # a closure capturing by move
        if isinstance(stmt, ir.Assign) and isinstance(stmt.rvalue, ir.Aggregate) and \
                stmt.rvalue.kind == ir.AggregateKind.CLOSURE:
            key = "E0382.label.moved_into_closure_in_loop" if back else "E0382.label.moved_into_closure"
            diag.label(_closure_head(self.typed, stmt), registry.text(key))
            use = _closure_use_span(self.typed, stmt, mplace, body)
            if use is not None:
                diag.label(use, registry.text("E0382.label.closure_use"))
            return
        if _calls_once(stmt, mplace):
            diag.label(stmt.span, f"{name_text} {'partially ' if partial else ''}moved due to this call{in_loop}")
            return
        call = _consuming_call(body, move.location, stmt)
        if call is not None and call.desugaring == "for_loop_into_iter":
            diag.label(mspan, registry.text("E0382.label.into_iter", name=name_text,
                                            partially="partially " if partial else "", in_loop=in_loop))
            return
        if call is not None and call.from_call_syntax and call.fn_span is not None and call.fn_span != call.span \
                and call.args and _is_receiver(call, stmt):
            diag.label(call.fn_span, registry.text("E0382.label.method_call", name=name_text,
                                                   partially="partially " if partial else "", in_loop=in_loop))
            if (call.callee or "").startswith(("std::option::Option::", "std::result::Result::")):
                # rustc's hint for a by-value method of Option/Result itself
                diag.label(stmt.span, "help: " + registry.text("E0507.help.as_ref"))
            return
        if mspan == use_span and back:
            diag.labels[0].message = registry.text("E0382.label.moved_in_loop",
                                                   partially="partially " if partial else "")
            return
        key = "E0382.label.moved_in_loop" if back else "E0382.label.moved"
        diag.label(mspan, registry.text(key, partially="partially " if partial else ""))

    def _move_reason(self, diag, moved_place, moves, partial) -> None:
        body = self.body
        data = self.data
        move = data.moves[moves[0][0]]
        mplace = data.paths[move.path].place
        ty = place_ty(body, mplace)
        ty_text = _ty_str(ty)
        name = _describe(body, mplace)
        name_text = f"`{name}`" if name else "value"
        text = registry.text("E0382.label.move_reason", partial="partial " if partial else "", name=name_text,
                             ty=ty_text)
        decl = body.local_decls[mplace.local]
        if self._fn_once_origin(ty) is not None:
            return  # rustc explains why the closure is FnOnce instead of naming its type
        if mplace.is_local and decl.is_user_variable and not decl.internal:
            diag.label(decl.span, text)
        else:
            diag.note(text)

    def _closure_use_label(self, diag, node, used_place, verb) -> None:
        """A use that is a closure capture also points at the use inside the closure."""
        if not isinstance(node, ir.Assign):
            return
        use_span = None
        decl = self.body.local_decls[node.place.local]
        if isinstance(node.rvalue, ir.Ref) and hasattr(decl.origin, "use_span"):
            use_span = decl.origin.use_span
        elif isinstance(node.rvalue, ir.Aggregate) and node.rvalue.kind == ir.AggregateKind.CLOSURE:
            use_span = _closure_use_span(self.typed, node, used_place, self.body)
            diag.labels[0].span = _closure_head(self.typed, node)
        if use_span is not None:
            diag.label(use_span, f"{verb} occurs due to use in closure")

    def _deref_coercion_note(self, diag, loc, node, verb) -> None:
        """A use through `Deref` (`v.iter()` on a moved Vec): rustc says what it derefs to
        (its "deref defined here" note points into std's sources, which we do not have)."""
        call = _consuming_call(self.body, loc, node)
        if call is None or call.desugaring != "overloaded_deref":
            return
        target = self.body.local_decls[call.destination.local].ty
        if isinstance(target, T.Ref):
            diag.note(f"{verb} occurs due to deref coercion to `{_ty_str(target.inner)}`")

    def _enclosing_loop_labels(self, diag, moves) -> None:
        """"inside of this loop" at every loop around a move site that does not also hold
        the moved variable's declaration (rustc labels them from the HIR, moved in an
        earlier iteration or not)."""
        from ..mir.build_expr import loop_head_span

        root = self.body.source
        if root is None:
            return
        seen = set()
        for m, _ in moves:
            move = self.data.moves[m]
            mplace = self.data.paths[move.path].place
            decl = self.body.local_decls[mplace.local]
            stmt = self.body.stmt_at(move.location)
            span, through_closures = move.span, False
            if _is_closure_move(stmt):
                # rustc walks out from the captured variable's use inside the closure
                span, through_closures = _closure_use_span(self.typed, stmt, mplace, self.body), True
                if span is None:
                    continue
            for node in _loops_around(root, span, decl.span, through_closures):
                head = loop_head_span(node)
                if head not in seen:
                    seen.add(head)
                    diag.label(head, registry.text("E0382.label.inside_loop"))

    def _site_notes(self, diag, moves) -> None:
        """The note/help rustc adds for the first move site: the callee taking ownership,
        the `for` loop's into_iter, or a plain `.clone()` suggestion."""
        body = self.body
        data = self.data
        move = data.moves[moves[0][0]]
        stmt = body.stmt_at(move.location)
        mplace = data.paths[move.path].place
        ty = place_ty(body, mplace)
        name = describe_place(body, mplace)
        name_text = f"`{name}`" if name else "value"
        if _calls_once(stmt, mplace):
            self._closure_moves_out_note(diag, ty)
            diag.note("this value implements `FnOnce`, which causes it to be moved when called",
                      self._callee_span(stmt))
            return
        if _is_closure_move(stmt):
            if mplace.is_local and _is_clone(self.typed, ty):
                self._clone_before_closure(diag, stmt, mplace, name)
            return
        if isinstance(stmt, ir.Assign) and isinstance(stmt.rvalue, ir.Aggregate):
            # an operand of a struct / variant / tuple expression
            self._clone_impl_note(diag, ty, move.span)
            if mplace.is_local and _is_clone(self.typed, ty):
                diag.help(_clone_help_text(ty), move.span.shrink_to_hi(),
                          _clone_text(body, move.span, name))
            return
        call = _consuming_call(body, move.location, stmt)
        if call is not None and call.desugaring == "for_loop_into_iter":
            _std_note(diag, registry.text("E0382.note.takes_self", method="into_iter", name=name_text),
                      "std::iter::IntoIterator::into_iter")
            diag.help(registry.text("E0382.help.for_slice", ty=_ty_str(ty)), stmt.span.shrink_to_lo(), "&",
                      "MaybeIncorrect")
            return
        if call is not None and call.from_call_syntax and call.fn_span != call.span and _is_receiver(call, stmt):
            method = _method_path(self.typed, call.callee)
            text = registry.text("E0382.note.takes_self", method=method, name=name_text)
            fn = next((node for node, info in getattr(self.typed, "fns", {}).items()
                       if info.def_id == call.callee), None)
            if fn is not None and fn.self_param is not None:
                diag.note(text, fn.self_param.span)
            else:
                _std_note(diag, text, call.callee)
            if _is_clone(self.typed, ty):
                diag.help("you can `clone` the value and consume it, but this might not be your desired behavior",
                          stmt.span.shrink_to_hi(), ".clone()", "MaybeIncorrect")
            return
        if call is not None and call.from_call_syntax and isinstance(ty, T.Ref) and ty.mutable \
                and self._generic_param_at(call, stmt):
            # a `&mut` passed for a type parameter moves; reborrowing keeps it usable
            diag.help(f"consider creating a fresh reborrow of {name_text} here", stmt.span.shrink_to_lo(),
                      "&mut *", "MachineApplicable")
            return
        if call is not None and call.from_call_syntax:
            self._param_note(diag, call, stmt)
        if not self._hoist_out_of_loop(diag, move, mplace):
            return
        self._clone_impl_note(diag, ty, move.span)
        if isinstance(stmt, ir.Assign) and _moved_by_dbg(body, stmt) is not None:
            arg = _moved_by_dbg(body, stmt)
            diag.help("consider borrowing instead of transferring ownership", arg.span.shrink_to_lo(), "&",
                      "MachineApplicable")
            return
        if isinstance(stmt, ir.Assign) and stmt.place.is_local:
            decl = body.local_decls[stmt.place.local]
            if decl.kind == ir.LocalKind.VAR and decl.pat_span is not None and decl.pat_span != decl.span:
                # a binding inside a larger pattern moved the value
                diag.help(registry.text("E0382.help.ref_binding"), decl.span.shrink_to_lo(), "ref ", "MachineApplicable")
                return
        if isinstance(stmt, ir.Assign) and isinstance(stmt.rvalue, ir.Use) and mplace.is_local \
                and _is_clone(self.typed, ty):
            diag.help(_clone_help_text(ty), stmt.span.shrink_to_hi(), _clone_text(body, stmt.span, name))

    def _closure_moves_out_note(self, diag, ty) -> None:
        found = self._fn_once_origin(ty)
        if found is not None:
            diag.note(f"closure cannot be invoked more than once because it moves the variable `{found[0]}` "
                      "out of its environment", found[1])

    def _fn_once_origin(self, ty):
        """(name, span) of the first captured variable a closure's body moves out: why the
        closure is FnOnce (rustc's closure kind origin); None for other types."""
        closure = self.mir.body(ty.def_id) if isinstance(ty, T.Closure) and self.mir is not None else None
        if closure is None:
            return None
        for bb in closure.blocks:
            for st in bb.statements:
                if isinstance(st, ir.Assign) and isinstance(st.rvalue, ir.Use) \
                        and isinstance(st.rvalue.operand, ir.Move) and st.rvalue.operand.place.local == 1:
                    field = next((e for e in st.rvalue.operand.place.projection if isinstance(e, ir.Field)), None)
                    if field is not None and field.index < len(closure.upvars):
                        return closure.upvars[field.index].name, st.span
        return None

    def _clone_before_closure(self, diag, stmt, mplace, name) -> None:
        """"consider cloning the value before moving it into the closure": a `let value =
        x.clone();` before the statement holding the `move` closure, and `value` for the use
        of `x` inside it that captured it."""
        from ..diagnostics.diagnostic import SubDiagnostic, Suggestion
        from . import source_context as src

        closure = _closure_node(self.typed, stmt.rvalue.def_id)
        decl = self.body.local_decls[mplace.local]
        file = getattr(self.typed, "file", None)
        root = self.body.source
        if closure is None or not closure.is_move or decl.binding is None or file is None or root is None:
            return
        statement = src.statement_of(src.enclosing(root, closure.span))
        # rustc rewrites the use that made the closure capture the variable (the first)
        use = _closure_use_span(self.typed, stmt, mplace, self.body)
        uses = [use] if use is not None else []
        if statement is None or not uses:
            return
        indent = src.indentation(file, statement.span.lo)
        child = SubDiagnostic("help", registry.text("E0382.help.clone_before_closure"))
        child.suggestions.append(Suggestion(statement.span.shrink_to_lo(),
                                            f"let value = {name}.clone();\n{indent}"))
        child.suggestions += [Suggestion(use, "value") for use in uses]
        diag.children.append(child)

    def _hoist_out_of_loop(self, diag, move, mplace) -> bool:
        """rustc's "consider moving the expression out of the loop so it is only moved once":
        the call taking the moved variable, bound before the outermost loop around it (not
        holding the variable's declaration) when that loop can end early (`while`, or a
        `break` inside). Returns False when a `.clone()` suggestion would mislead (the move
        is in an `if let` condition)."""
        from ..diagnostics.diagnostic import SubDiagnostic, Suggestion
        from . import source_context as src

        root = self.body.source
        file = getattr(self.typed, "file", None)
        decl = self.body.local_decls[mplace.local]
        if root is None or file is None or not mplace.is_local:
            return True
        chain = src.enclosing(root, move.span)
        at = next((i for i, n in enumerate(chain) if n.span == move.span and isinstance(n, ast.PathExpr)), None)
        if at is None or at == 0:
            return True
        parent = chain[at - 1]
        outer = None
        can_clone = True
        for i in range(at - 1, -1, -1):
            node = chain[i]
            if node.span.lo <= decl.span.lo and decl.span.hi <= node.span.hi or isinstance(node, ast.Closure):
                break
            if isinstance(node, ast.LetCond) and i > 0 and isinstance(chain[i - 1], ast.If):
                can_clone = False
            if isinstance(node, (ast.While, ast.Loop, ast.For)):
                outer = node
        if outer is None or not isinstance(parent, (ast.Call, ast.MethodCall)):
            return can_clone
        if not isinstance(outer, ast.While) and not any(isinstance(n, ast.Break) for n in src.walk(outer)):
            return can_clone
        indent = src.indentation(file, outer.span.lo)
        child = SubDiagnostic("help", registry.text("E0382.help.hoist_out_of_loop"))
        child.suggestions.append(Suggestion(parent.span, "value", "MaybeIncorrect"))
        child.suggestions.append(Suggestion(outer.span.shrink_to_lo(),
                                            f"let mut value = {src.text(file, parent.span)};\n{indent}",
                                            "MaybeIncorrect"))
        diag.children.append(child)
        return can_clone

    def _clone_impl_note(self, diag, ty, move_span) -> None:
        """"if `S` implemented `Clone`, you could clone the value": rustc's note for a value
        of a type defined in this crate that cannot be cloned (not for `self` receivers)."""
        from ..diagnostics.diagnostic import Label, SubDiagnostic

        while isinstance(ty, T.Adt) and ty.def_id == "std::boxed::Box" and ty.args:
            ty = ty.args[0]  # `Box<List>` is Clone when `List` is
        if not isinstance(ty, T.Adt):
            return
        info = getattr(self.typed, "adts", {}).get(ty.def_id)
        if info is None or info.is_std or _implements_clone(self.typed, info) or info.node is None:
            return
        head = Span(info.node.span.lo, info.node.ident.span.hi)
        child = SubDiagnostic("note", registry.text("E0382.note.clone_impl", ty=info.name))
        child.labels.append(Label(head, registry.text("E0382.note.clone_impl.type_label"), True))
        child.labels.append(Label(move_span, registry.text("E0382.note.clone_impl.site_label"), False))
        diag.children.append(child)

    def _generic_param_at(self, call, stmt) -> bool:
        """The callee's declared type of the argument stmt moves is a type parameter."""
        items = getattr(self.typed, "items", None)
        sig = items.fns.get(call.callee) if items is not None and call.callee else None
        index = next((i for i, a in enumerate(call.args) if ir.operand_place(a) == stmt.place), None)
        if sig is None or index is None or index >= len(sig.params):
            return False
        return isinstance(sig.params[index], T.Param)

    def _param_note(self, diag, call, stmt) -> None:
        """"consider changing this parameter type in function `f` to borrow instead ..."."""
        from ..diagnostics.diagnostic import Label, SubDiagnostic

        fn = None
        for node, info in getattr(self.typed, "fns", {}).items():
            if info.def_id == call.callee:
                fn = node
                break
        if fn is None:
            return
        index = next((i for i, a in enumerate(call.args) if ir.operand_place(a) == stmt.place), None)
        if index is None:
            return
        if fn.self_param is not None:
            index -= 1
        if index < 0 or index >= len(fn.params):
            return
        kind = "method" if fn.self_param is not None else "function"
        child = SubDiagnostic("note", f"consider changing this parameter type in {kind} `{fn.ident.name}` to "
                                      "borrow instead if owning the value isn't necessary")
        child.labels.append(Label(fn.params[index].ty.span, "this parameter takes ownership of the value", True))
        child.labels.append(Label(fn.ident.span, f"in this {kind}", False))
        diag.children.append(child)

    def uninit_error(self, loc, node, used_place, path, action):
        body = self.body
        place = self.data.paths[path].place
        name = describe_place(body, place)
        name_text = f"`{name}`" if name else "value"
        ever = self._some_init_reaches(loc, path)
        state = "is possibly-uninitialized" if ever else "isn't initialized"
        if action == "partial_assign":
            diag = registry.error("E0381", self.span_at(loc, node),
                                  f"{name_text} partially assigned here but it isn't fully initialized",
                                  verb="partially assigned", name=name_text, state="isn't fully initialized")
        else:
            verb = "used"
            diag = registry.error("E0381", self.span_at(loc, node),
                                  registry.text("E0381.label.use", name=name_text, used=verb, state=state),
                                  verb=verb, name=name_text, state=state)
        decl = body.local_decls[place.local]
        if decl.is_user_variable and decl.kind == ir.LocalKind.VAR:
            diag.label(decl.span, registry.text("E0381.label.declared"))
            if ever and place.is_local:
                self._conditional_init_labels(diag, loc, path, decl, name_text)
            elif place.is_local:
                value = _default_value(self.typed, decl.ty)
                if value is not None:
                    at = (decl.ty_span or decl.span).shrink_to_hi()
                    diag.help("consider assigning a value", at, f" = {value}", "MaybeIncorrect")
        if action == "partial_assign":
            diag.help("partial initialization isn't supported, fully initialize the binding with a default "
                      "value and mutate it, or use `std::mem::MaybeUninit`")
        return diag

    def _conditional_init_labels(self, diag, loc, path, decl, name_text) -> None:
        """Why the binding may be uninitialized: an `if` without `else`, a `for` loop that may
        run 0 times, or else the initializations that happen only in some conditions."""
        from ..source.span import Span
        from ..syntax import ast

        binding = decl.binding
        for node in _walk(self.body.source):
            if isinstance(node, ast.If) and node.else_ is None and _assigns(self.typed, node.then, binding):
                diag.label(node.cond.span, f"if this `if` condition is `false`, {name_text} is not initialized")
                diag.label(Span(node.span.hi, node.span.hi),
                           f"an `else` arm might be missing here, initializing {name_text}")
                return
            if isinstance(node, ast.For) and _assigns(self.typed, node.body, binding):
                diag.label(node.iter.span, f"if the `for` loop runs 0 times, {name_text} is not initialized")
                return
        for init_span in self._reaching_init_spans(loc, path):
            diag.label(init_span, "binding initialized here in some conditions")

    def _reaching_init_spans(self, use_loc, path) -> list:
        data = self.data
        seen = set()
        spans = []
        stack = list(self._pred_locations(use_loc))
        while stack:
            loc = stack.pop()
            if loc in seen:
                continue
            seen.add(loc)
            hit = [data.inits[i] for i in data.inits_at.get(loc, ()) if data.inits[i].path == path]
            if hit:
                spans.extend(i.span for i in hit if i.span not in spans)
                continue
            stack.extend(self._pred_locations(loc))
        return sorted(spans, key=lambda sp: sp.lo)

    def _some_init_reaches(self, use_loc, path) -> bool:
        """Does some initialization of path (or an ancestor) reach use_loc?"""
        data = self.data
        paths = {path} | set(data.ancestors(path))
        seen = set()
        stack = list(self._pred_locations(use_loc))
        while stack:
            loc = stack.pop()
            if loc in seen:
                continue
            seen.add(loc)
            for i in data.inits_at.get(loc, ()):
                if data.inits[i].path in paths:
                    return True
            stack.extend(self._pred_locations(loc))
        return False


def _calls_once(node, place) -> bool:
    """Is node a call of the FnOnce value in place (`f()` consuming `f`)?"""
    if not isinstance(node, ir.Call) or not node.args:
        return False
    if ir.operand_place(node.func) == place:
        return True
    return node.callee == "std::ops::FnOnce::call_once" and isinstance(node.args[0], ir.Move) \
        and node.args[0].place == place


def _clone_help_text(ty) -> str:
    if isinstance(ty, T.Adt) and ty.def_id in ("std::rc::Rc", "std::sync::Arc"):
        return "clone the value to increment its reference count"
    return registry.text("E0382.help.clone")


def _clone_text(body, span, name) -> str:
    """`.clone()` after the moved expression; `: x.clone()` after a shorthand field `S { x }`."""
    from .source_context import node_at

    field = node_at(body.source, span, ast.FieldInit) if body.source is not None else None
    return f": {name}.clone()" if field is not None and field.shorthand else ".clone()"


def _std_note(diag, message: str, item: str) -> None:
    from ..diagnostics.diagnostic import SubDiagnostic

    diag.children.append(SubDiagnostic("note", message, std_item=item))


def _is_closure_move(stmt) -> bool:
    return isinstance(stmt, ir.Assign) and isinstance(stmt.rvalue, ir.Aggregate) \
        and stmt.rvalue.kind == ir.AggregateKind.CLOSURE


def _merge_same_closure_labels(diag) -> None:
    """A closure moved in an earlier iteration and used again by the same expression: one
    label per span, as rustc shows it ("moved into closure here, in previous iteration" on
    the primary span, only "use occurs due to use in closure" at the captured use)."""
    primary = diag.labels[0]
    in_loop = registry.text("E0382.label.moved_into_closure_in_loop")
    use_text = "use occurs due to use in closure"
    keep = [primary]
    for label in diag.labels[1:]:
        if label.span == primary.span and label.message == in_loop:
            primary.message = in_loop
            continue
        if label.message == registry.text("E0382.label.closure_use") and any(
                other.span == label.span and other.message == use_text for other in diag.labels):
            continue
        keep.append(label)
    diag.labels[:] = keep


def _loops_around(root, span, decl_span, through_closures: bool = False) -> list:
    """The loops enclosing span, innermost first, up to the first node that also holds
    decl_span (a loop that declares the variable anew each time does not matter)."""
    from . import source_context as src

    loops = []
    for node in reversed(src.enclosing(root, span)):
        if node.span.lo <= decl_span.lo and decl_span.hi <= node.span.hi:
            break
        if isinstance(node, ast.Closure) and not through_closures:
            break
        if isinstance(node, ast.For) and node.iter.span.lo <= span.lo and span.hi <= node.iter.span.hi:
            continue  # the iterator is evaluated once, before the loop
        if isinstance(node, (ast.While, ast.Loop, ast.For)):
            loops.append(node)
    return loops


def _moved_by_dbg(body, stmt):
    """The argument of the `dbg!` whose temporary this assignment fills, if it is one."""
    if not stmt.place.is_local:
        return None
    origin = body.local_decls[stmt.place.local].origin
    if isinstance(origin, tuple) and len(origin) == 2 and getattr(origin[0], "name", None) == "dbg":
        return origin[1]
    return None


def _walk(node):
    """Every AST node under node (dataclass fields, tuples), depth first."""
    from ..syntax import ast

    stack = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, tuple):
            stack.extend(reversed(n))
            continue
        if not isinstance(n, ast.Node):
            continue
        yield n
        for name in getattr(type(n), "__slots__", ()):
            child = getattr(n, name, None)
            if isinstance(child, (ast.Node, tuple)):
                stack.append(child)


def _assigns(typed, node, binding) -> bool:
    from ..syntax import ast

    for n in _walk(node):
        if isinstance(n, ast.Assign) and isinstance(n.lhs, ast.PathExpr):
            res = typed.resolutions.get(n.lhs)
            if res is not None and res.target is binding:
                return True
    return False


_DEFAULT_VALUES = {"std::string::String": "String::new()", "std::vec::Vec": "vec![]",
                   "std::option::Option": "None"}


def _default_value(typed, ty):
    """The placeholder rustc suggests for an uninitialized binding of type ty."""
    if isinstance(ty, T.Int):
        return "42"
    if isinstance(ty, T.Float):
        return "3.14"
    if isinstance(ty, T.Bool):
        return "false"
    if isinstance(ty, T.Char):
        return "'x'"
    if isinstance(ty, T.Ref) and isinstance(ty.inner, T.Str):
        return '""'
    if isinstance(ty, T.Adt):
        return _DEFAULT_VALUES.get(ty.def_id)
    return None


def _describe(body, place):
    """describe_place, but None through an enum downcast (rustc names those "value")."""
    if any(isinstance(e, ir.Downcast) for e in place.projection):
        return None
    return describe_place(body, place)


def _ty_str(ty) -> str:
    from ..types.ty_display import ty_str

    return ty_str(ty)


def _is_clone(typed, ty, depth: int = 0) -> bool:
    """Whether rustc would suggest `.clone()`: the type implements Clone (std containers when
    their element types do, user types that derive it; never `dyn` objects or bare params)."""
    if depth > 8:
        return False
    if isinstance(ty, (T.Int, T.Float, T.Bool, T.Char, T.Ref)):
        return True
    if isinstance(ty, T.Adt):
        if ty.def_id in _CLONE_ANY_ARGS:
            return True
        if ty.def_id in _NEVER_CLONE or ty.def_id.startswith("std::sync::atomic::"):
            return False
        info = getattr(typed, "adts", {}).get(ty.def_id)
        if info is None or not (info.is_std or _implements_clone(typed, info)):
            return False
        return all(_is_clone(typed, a, depth + 1) for a in ty.args if not isinstance(a, (T.Region, int)))
    if isinstance(ty, T.Tuple):
        return all(_is_clone(typed, e, depth + 1) for e in ty.elems)
    if isinstance(ty, T.Array):
        return _is_clone(typed, ty.elem, depth + 1)
    return False


# std types that are Clone whatever their type arguments (shared handles)
_CLONE_ANY_ARGS = frozenset({"std::rc::Rc", "std::sync::Arc", "std::rc::Weak", "std::sync::Weak",
                             "std::sync::mpsc::Sender", "std::sync::mpsc::SyncSender"})


# std types that are never Clone (locks, guards, unique handles)
_NEVER_CLONE = frozenset({
    "std::sync::Mutex", "std::sync::RwLock", "std::sync::Condvar", "std::sync::Barrier", "std::sync::MutexGuard",
    "std::sync::RwLockReadGuard", "std::sync::RwLockWriteGuard", "std::sync::mpsc::Receiver",
    "std::thread::JoinHandle", "std::thread::ScopedJoinHandle", "std::cell::Ref", "std::cell::RefMut"})


def _implements_clone(typed, info) -> bool:
    """A user type implements Clone by derive or by a written impl (the item table turns
    derives into impls, in every module)."""
    items = getattr(typed, "items", None)
    if items is None:
        return "Clone" in info.derives
    return any(i.trait_ref is not None and i.trait_ref.trait_id == CLONE for i in items.impls_for(info.def_id))


def _closure_node(typed, def_id):
    for node, d in getattr(typed, "closure_defs", {}).items():
        if d == def_id:
            return node
    return None


def _closure_head(typed, stmt):
    """The `move |..|` part of a closure expression (rustc labels it, not the whole body)."""
    from .source_context import closure_head

    node = _closure_node(typed, stmt.rvalue.def_id)
    head = closure_head(node) if node is not None else None
    return head if head is not None else stmt.span


def _method_path(typed, callee) -> str:
    """`String::into_bytes`, `Option::<T>::unwrap`: how rustc names a method in notes."""
    if "<impl " in (callee or ""):
        return callee.rsplit("::", 1)[-1]  # a trait method: rustc names just the method
    parts = (callee or "").split("::")
    if len(parts) < 2:
        return callee or "method"
    owner, method = parts[-2], parts[-1]
    owner_id = "::".join(parts[:-1])
    info = getattr(typed, "adts", {}).get(owner_id)
    if info is not None and info.generics.types:
        return f"{owner}::<{', '.join(info.generics.types)}>::{method}"
    return f"{owner}::{method}"


def _closure_use_span(typed, stmt, mplace, body):
    node = _closure_node(typed, stmt.rvalue.def_id)
    caps = getattr(typed, "captures", {}).get(node) if node is not None else None
    if not caps:
        return None
    for op, cap in zip(stmt.rvalue.operands, caps):
        if ir.operand_place(op) == mplace:
            return cap.use_span
    return None


def _consuming_call(body, loc, stmt):
    """The Call whose argument is the temp this move-out statement fills (`_t = move x; f(move _t)`)."""
    if not isinstance(stmt, ir.Assign) or not stmt.place.is_local:
        return None
    temp = stmt.place.local
    if body.local_decls[temp].kind != ir.LocalKind.TEMP:
        return None
    block = body.blocks[loc.block]
    seen = {loc.block}
    b = loc.block
    for _ in range(64):
        term = body.blocks[b].terminator
        if isinstance(term, ir.Call):
            if any(ir.operand_place(a) == ir.Place(temp) for a in term.args):
                return term
        succ = term.successors()
        if not succ or succ[0] in seen:
            return None
        b = succ[0]
        seen.add(b)
    del block
    return None


def _is_receiver(call, stmt) -> bool:
    return ir.operand_place(call.args[0]) == stmt.place
