"""Patterns: `match`, `if let` / `while let` / let-chains, `let` destructuring and `let-else`.

A pattern is lowered in two phases, as rustc does: first every test (discriminant
switches, literal comparisons) against the scrutinee place, then — only on the path where
all tests passed — the bindings (`x = move (scrut as Some).0`, `r = &scrut.1`). So a
failing arm never moves out of the scrutinee.

Or-patterns are expanded into candidates: a `choice` maps each OrPat to the alternative
taken, and each candidate is tested in turn, all jumping to the same arm body.
While a match guard runs, by-value bindings are visible only through a shared reference
(`b.guard_refs`, rustc's RefForGuard), so a failing guard has moved nothing.
"""
from __future__ import annotations

import itertools
from dataclasses import field

from ..syntax import ast
from ..syntax.node_class import node_class
from ..types import ty as T
from . import ir
from ..source.span import Span
from .build_expr import adt_target, bool_in_own_scope, expr_into, new_scheduled_temp
from .build_place import adjusted_ty, as_place, is_place_expr, place_ty_b, strip_parens
from .build_scope import ScheduledDrop, emit_drops, end_span, pop_scope, push_scope, schedule_drop

MAX_CANDIDATES = 64
_CTOR_RES = ("variant", "unit_struct", "const", "assoc_const", "struct", "tuple_struct")


# ───────────────────────────── bindings ─────────────────────────────


def is_binding(b, pat) -> bool:
    if not isinstance(pat, ast.IdentPat):
        return False
    res = b.typed.resolutions.get(pat)
    return res is None or res.kind == "local"


def is_simple_binding(b, pat) -> bool:
    return is_binding(b, pat) and pat.subpat is None and b.typed.binding_modes.get(pat, "move") in ("move", "copy")


def binding_pats(b, pat, choice=None):
    """IdentPat bindings of pat in order (for or-patterns: the chosen or first alternative)."""
    out = []
    stack = [pat]
    while stack:
        p = stack.pop()
        if isinstance(p, ast.IdentPat):
            if is_binding(b, p):
                out.append(p)
            if p.subpat is not None:
                stack.append(p.subpat)
        elif isinstance(p, ast.OrPat):
            index = choice.get(p, 0) if choice else 0
            stack.append(p.alts[index])
        else:
            stack.extend(reversed(_subpatterns(p)))
    return out


def _subpatterns(p) -> list:
    if isinstance(p, (ast.TuplePat, ast.TupleStructPat, ast.SlicePat)):
        return list(p.elems)
    if isinstance(p, ast.StructPat):
        return [f.pat for f in p.fields]
    if isinstance(p, (ast.RefPat, ast.BoxPat)):
        return [p.pat]
    return []


def binding_span(p):
    """`mut x` / `ref x` without a `@` subpattern: where rustc points at a binding."""
    return Span(p.span.lo, p.ident.span.hi)


def declare_bindings(b, pat, scope, ty_span=None, has_init: bool = True) -> list:
    """Create the locals of pat's bindings (StorageLive now, drop at the end of scope).
    Bindings with the same name in other or-alternatives share the local."""
    locals_by_name = {}
    out = []
    for p in binding_pats(b, pat):
        ty = b.typed.binding_types.get(p) or b.typed.pat_types.get(p) or T.ERROR
        mode = b.typed.binding_modes.get(p, "move")
        decl = ir.LocalDecl(ty, binding_span(p), ir.LocalKind.VAR, mutable=p.mutable and not p.by_ref,
                            name=p.ident.name, binding=p, binding_mode=mode, scope=len(b.source_scopes) - 1,
                            info=b.binding_info, pat_span=pat.span, ty_span=ty_span, from_pattern_init=has_init)
        local = b.new_local(decl)
        b.var_locals[p] = local
        locals_by_name[p.ident.name] = local
        b.push(ir.StorageLive(local, p.span))
        schedule_drop(b, local, p.span, scope)
        out.append(local)
    for alt_pat in _all_ident_pats(b, pat):
        if alt_pat not in b.var_locals and alt_pat.ident.name in locals_by_name:
            b.var_locals[alt_pat] = locals_by_name[alt_pat.ident.name]
    return out


def _all_ident_pats(b, pat):
    stack = [pat]
    while stack:
        p = stack.pop()
        if isinstance(p, ast.IdentPat):
            if is_binding(b, p):
                yield p
            if p.subpat is not None:
                stack.append(p.subpat)
        elif isinstance(p, ast.OrPat):
            stack.extend(p.alts)
        else:
            stack.extend(_subpatterns(p))


def bind_pattern(b, pat, place: ir.Place, choice, skip=frozenset()) -> None:
    """Assign every binding of pat (under choice) from its part of place."""
    for p, sub in _binding_places(b, pat, place, choice):
        if p in skip:
            continue
        local = b.var_locals[p]
        mode = b.typed.binding_modes.get(p, "move")
        if p.by_ref:
            mode = "ref_mut" if p.mutable else "ref"
        if mode == "ref":
            rv = ir.Ref(ir.BorrowKind.SHARED, sub)
        elif mode == "ref_mut":
            rv = ir.Ref(ir.BorrowKind.MUT, sub)
        else:
            rv = ir.Use(b.operand_of_place(sub, b.local_ty(local)))
        b.assign(ir.Place(local), rv, p.span)


def bind_irrefutable(b, pat, place: ir.Place) -> None:
    bind_pattern(b, pat, place, {})


def _binding_places(b, pat, place, choice):
    out = []
    stack = [(pat, place)]
    while stack:
        p, pl = stack.pop()
        p, pl = _peel(b, p, pl)
        if isinstance(p, ast.IdentPat):
            if is_binding(b, p):
                out.append((p, pl))
            if p.subpat is not None:
                stack.append((p.subpat, pl))
        elif isinstance(p, ast.OrPat):
            stack.append((p.alts[choice.get(p, 0)], pl))
        else:
            stack.extend(reversed(_subplaces(b, p, pl)))
    return out


# ───────────────────────────── sub-places ─────────────────────────────


def _is_ctor_pattern(b, p) -> bool:
    if isinstance(p, (ast.TuplePat, ast.TupleStructPat, ast.StructPat, ast.SlicePat, ast.RangePat, ast.PathPat)):
        return True
    if isinstance(p, ast.LitPat):
        inner = p.expr
        return not (isinstance(inner, ast.Lit) and inner.kind in ("str", "bytestr"))
    if isinstance(p, ast.IdentPat):
        return not is_binding(b, p)
    return False


def _peel(b, p, place):
    """Match ergonomics: a constructor pattern against a reference matches the referent."""
    if _is_ctor_pattern(b, p):
        t = place_ty_b(b, place)
        while isinstance(t, T.Ref):
            place = place.deref()
            t = t.inner
    return p, place


def _variant_of(b, p, place):
    """(adt ty, variant index, name or None) when pattern p names an ADT constructor."""
    path_node = p.path if isinstance(p, (ast.TupleStructPat, ast.StructPat, ast.PathPat)) else p
    res = b.typed.resolutions.get(path_node)
    if res is None and isinstance(p, (ast.TupleStructPat, ast.StructPat, ast.PathPat)):
        res = b.typed.resolutions.get(p)
    ty = place_ty_b(b, place)
    if res is None or not isinstance(ty, T.Adt):
        return ty, None, None
    if res.kind == "variant":
        _, index, name = adt_target(b, ty, res)
        return ty, index, name
    return ty, None, None


def _subplaces(b, p, place) -> list:
    """(subpattern, subplace) pairs of a constructor pattern."""
    if isinstance(p, ast.TuplePat):
        t = place_ty_b(b, place)
        elems = t.elems if isinstance(t, T.Tuple) else ()
        return [(sp, place.field(i, str(i), elems[i] if i < len(elems) else None))
                for sp, i in _positional(p.elems, len(elems))]
    if isinstance(p, ast.TupleStructPat):
        ty, variant, name = _variant_of(b, p, place)
        base = place.project(ir.Downcast(variant, name)) if variant is not None else place
        n = _field_count(b, ty, variant or 0)
        return [(sp, base.field(i, str(i), b.props.field_ty(ty, variant or 0, i)))
                for sp, i in _positional(p.elems, n)]
    if isinstance(p, ast.StructPat):
        ty, variant, name = _variant_of(b, p, place)
        base = place.project(ir.Downcast(variant, name)) if variant is not None else place
        names = _field_names(b, ty, variant or 0)
        out = []
        for f in p.fields:
            fname = f.ident.name
            if fname not in names:
                b.unsupported(f.span, f"pattern field `{fname}`")
            i = names.index(fname)
            out.append((f.pat, base.field(i, fname, b.props.field_ty(ty, variant or 0, i))))
        return out
    if isinstance(p, (ast.RefPat, ast.BoxPat)):
        return [(p.pat, place.deref())]
    if isinstance(p, ast.SlicePat):
        return _slice_subplaces(b, p, place)
    return []


def _positional(elems, n):
    """(subpattern, field index) pairs, honouring one `..`."""
    rest = next((i for i, e in enumerate(elems) if isinstance(e, ast.RestPat)), None)
    if rest is None:
        return [(e, i) for i, e in enumerate(elems)]
    before = elems[:rest]
    after = elems[rest + 1:]
    out = [(e, i) for i, e in enumerate(before)]
    out += [(e, n - len(after) + j) for j, e in enumerate(after)]
    return out


def _slice_subplaces(b, p, place):
    rest = next((i for i, e in enumerate(p.elems) if _is_rest(e)), None)
    n = len(p.elems) - (1 if rest is not None else 0)
    out = []
    for i, e in enumerate(p.elems):
        if rest is None or i < rest:
            out.append((e, place.project(ir.ConstantIndex(i, n, False))))
        elif i == rest:
            if isinstance(e, ast.IdentPat):
                out.append((e, place.project(ir.Subslice(rest, len(p.elems) - rest - 1, True))))
        else:
            out.append((e, place.project(ir.ConstantIndex(len(p.elems) - i, n, True))))
    return out


def _is_rest(e) -> bool:
    return isinstance(e, ast.RestPat) or (isinstance(e, ast.IdentPat) and isinstance(e.subpat, ast.RestPat))


def _fields_of(b, ty, variant):
    info = b.typed.adts.get(getattr(ty, "def_id", None))
    if info is None:
        return ()
    return info.variants[variant].fields if info.variants else info.fields


def _field_count(b, ty, variant) -> int:
    return len(_fields_of(b, ty, variant))


def _field_names(b, ty, variant) -> list:
    return [f.name for f in _fields_of(b, ty, variant)]


# ───────────────────────────── tests ─────────────────────────────


def candidates(pat) -> list:
    """Every choice of alternatives for the or-patterns of pat (at most MAX_CANDIDATES)."""
    ors = []
    stack = [pat]
    while stack:
        p = stack.pop()
        if isinstance(p, ast.OrPat):
            ors.append(p)
            stack.extend(p.alts)
        elif isinstance(p, ast.IdentPat):
            if p.subpat is not None:
                stack.append(p.subpat)
        else:
            stack.extend(_subpatterns(p))
    if not ors:
        return [{}]
    combos = 1
    for o in ors:
        combos *= len(o.alts)
    if combos > MAX_CANDIDATES:
        return None
    return [dict(zip(ors, pick)) for pick in itertools.product(*[range(len(o.alts)) for o in ors])]


def test_pattern(b, pat, place, fail: int, choice, tested=None, at=None) -> None:
    """Emit the tests of pat against place; failing jumps to `fail`, success continues in b.current.
    `tested` (if given) collects every place a test was emitted for. `at`: the span of every
    test (a `match` tests at `match <scrutinee>`, as rustc; else each pattern's own span)."""
    stack = [(pat, place)]
    while stack:
        p, pl = stack.pop(0)
        p, pl = _peel(b, p, pl)
        if tested is not None and b.current is not None:
            before = b.current
            _test_one(b, p, pl, fail, choice, stack, at)
            if b.current != before:  # every emitted test ends its block with a switch
                tested.append(pl)
            continue
        _test_one(b, p, pl, fail, choice, stack, at)


def _test_one(b, p, pl, fail: int, choice, stack, at=None) -> None:
    """Test one (sub)pattern against its place; pushes its subpatterns on stack."""
    if isinstance(p, ast.OrPat):
        stack.insert(0, (p.alts[choice.get(p, 0)], pl))
        return
    if isinstance(p, ast.IdentPat):
        if not is_binding(b, p):
            _test_path_pattern(b, p, pl, fail, at)
        if p.subpat is not None:
            stack.insert(0, (p.subpat, pl))
        return
    if isinstance(p, (ast.WildPat, ast.RestPat)):
        return
    if isinstance(p, ast.LitPat):
        _test_literal(b, p, pl, fail, at)
        return
    if isinstance(p, ast.RangePat):
        _test_range(b, p, pl, fail, at)
        return
    if isinstance(p, ast.PathPat):
        _test_path_pattern(b, p, pl, fail, at)
        return
    if isinstance(p, (ast.TupleStructPat, ast.StructPat)):
        ty, variant, _ = _variant_of(b, p, pl)
        if variant is not None:
            _test_variant(b, pl, variant, fail, at or p.span)
    elif isinstance(p, ast.SlicePat):
        _test_slice_len(b, p, pl, fail, at)
    elif isinstance(p, ast.Unsupported):
        b.unsupported(p.span, p.what)
    stack[0:0] = _subplaces(b, p, pl)


def _switch_bool(b, cond_local: int, fail: int, span) -> None:
    ok = b.new_block()
    b.terminate(ir.SwitchInt(ir.Move(ir.Place(cond_local)), (0,), (fail, ok), span), ok)


def _test_variant(b, place, variant: int, fail: int, span) -> None:
    t = place_ty_b(b, place)
    info = b.typed.adts.get(getattr(t, "def_id", None))
    if info is not None and len(info.variants) == 1:
        return  # irrefutable
    disc = new_scheduled_temp(b, T.Int("isize"), span)
    b.assign(ir.Place(disc), ir.Discriminant(place), span)
    ok = b.new_block()
    b.terminate(ir.SwitchInt(ir.Move(ir.Place(disc)), (variant,), (ok, fail), span), ok)


def _test_path_pattern(b, p, place, fail, at=None) -> None:
    path_node = p.path if isinstance(p, ast.PathPat) else p
    res = b.typed.resolutions.get(path_node) or b.typed.resolutions.get(p)
    if res is None:
        b.unsupported(p.span, "a path pattern the type checker did not resolve")
    if res.kind == "variant":
        _, variant, _ = _variant_of(b, p, place)
        if variant is not None:
            _test_variant(b, place, variant, fail, at or p.span)
        return
    if res.kind in ("const", "assoc_const"):
        ty = place_ty_b(b, place)
        const = ir.Constant("const", None, ty, p.span, def_id=res.target)
        _compare(b, place, "==", const, fail, at or p.span)
        return
    if res.kind in ("unit_struct", "struct"):
        return
    b.unsupported(p.span, f"a pattern naming a {res.kind}")


def _literal_constant(b, expr, ty):
    neg = False
    inner = expr
    if isinstance(inner, ast.Unary) and inner.op == "-":
        neg = True
        inner = inner.operand
    if not isinstance(inner, ast.Lit):
        from .build_expr import constant_of

        const = constant_of(b, expr)
        if const is None:
            b.unsupported(expr.span, "this literal pattern")
        return const
    value = -inner.value if neg else inner.value
    kind = {"byte": "int"}.get(inner.kind, inner.kind)
    return ir.Constant(kind, value, ty, expr.span)


def _compare(b, place, op, const, fail, span) -> None:
    ty = place_ty_b(b, place)
    cond = new_scheduled_temp(b, T.BOOL, span)
    if isinstance(ty, (T.Int, T.Float, T.Bool, T.Char)):
        b.assign(ir.Place(cond), ir.BinaryOp(op, ir.Copy(place), const), span)
    else:
        from .build_call import emit_call

        emit_call(b, "std::cmp::PartialEq::eq", (ir.Copy(place), const), ir.Place(cond), span,
                  from_call_syntax=False, desugaring="pattern_eq")
    _switch_bool(b, cond, fail, span)


def _test_literal(b, p, place, fail, at=None) -> None:
    ty = place_ty_b(b, place)
    _compare(b, place, "==", _literal_constant(b, p.expr, ty), fail, at or p.span)


def _test_range(b, p, place, fail, at=None) -> None:
    ty = place_ty_b(b, place)
    if p.lo is not None:
        _compare(b, place, ">=", _literal_constant(b, p.lo, ty), fail, at or p.span)
    if p.hi is not None:
        _compare(b, place, "<=" if p.inclusive else "<", _literal_constant(b, p.hi, ty), fail, at or p.span)


def _test_slice_len(b, p, place, fail, at=None) -> None:
    ty = place_ty_b(b, place)
    if isinstance(ty, T.Array):
        return
    has_rest = any(_is_rest(e) for e in p.elems)
    n = len(p.elems) - (1 if has_rest else 0)
    span = at or p.span
    length = new_scheduled_temp(b, T.USIZE, span)
    b.assign(ir.Place(length), ir.Len(place), span)
    cond = new_scheduled_temp(b, T.BOOL, span)
    b.assign(ir.Place(cond), ir.BinaryOp(">=" if has_rest else "==", ir.Copy(ir.Place(length)),
                                         ir.Constant("int", n, T.USIZE)), span)
    _switch_bool(b, cond, fail, span)


# ───────────────────────────── scrutinees ─────────────────────────────


def scrutinee_place(b, expr, scope=None) -> ir.Place:
    """The place a match/if-let inspects: the place itself, or a temporary holding the value."""
    if is_place_expr(b, expr):
        return as_place(b, expr)
    from .build_expr import as_temp

    return ir.Place(as_temp(b, expr, scope=scope))


def _candidates_or_unsupported(b, pat):
    cands = candidates(pat)
    if cands is None:
        b.unsupported(pat.span, "a pattern with too many or-alternatives")
    return cands


def lower_condition(b, cond, then_block: int, else_block: int) -> None:
    """Branch to then_block/else_block on cond (a bool, `let PAT = e`, or a `&&` let-chain).
    `let` bindings are declared in the innermost scope and stay live in then_block."""
    c = strip_parens(cond)
    if isinstance(c, ast.LetCond):
        place = scrutinee_place(b, c.scrutinee)
        b.push(ir.FakeRead(ir.FakeReadCause.FOR_MATCHED_PLACE, place, c.scrutinee.span))
        declare_bindings(b, c.pat, b.scopes[-1])
        for choice in _candidates_or_unsupported(b, c.pat):
            fail = b.new_block()
            test_pattern(b, c.pat, place, fail, choice)
            bind_pattern(b, c.pat, place, choice)
            b.goto_only(then_block, c.span)
            b.current = fail
        b.goto_only(else_block, c.span)
        return
    if isinstance(c, ast.Binary) and c.op == "&&" and _has_let(c):
        mid = b.new_block()
        lower_condition(b, c.lhs, mid, else_block)
        b.current = mid
        lower_condition(b, c.rhs, then_block, else_block)
        return
    temp = bool_in_own_scope(b, cond)
    b.terminate(ir.SwitchInt(ir.Move(ir.Place(temp)), (0,), (else_block, then_block), cond.span))


def _has_let(e) -> bool:
    e = strip_parens(e)
    if isinstance(e, ast.LetCond):
        return True
    return isinstance(e, ast.Binary) and e.op == "&&" and (_has_let(e.lhs) or _has_let(e.rhs))


def lower_let_else(b, let) -> None:
    from .build_stmt import block_into, mark_extended_temps

    scope = b.scopes[-1]
    mark_extended_temps(b, let.init, scope)
    # the initializer's other temporaries end with the statement, before the else block runs
    stmt_scope = push_scope(b, let.span, temp_scope=True)
    place = scrutinee_place(b, let.init, scope=scope)
    b.push(ir.FakeRead(ir.FakeReadCause.FOR_LET, place, let.init.span))
    declare_bindings(b, let.pat, scope)
    ok = b.new_block()
    for choice in _candidates_or_unsupported(b, let.pat):
        fail = b.new_block()
        test_pattern(b, let.pat, place, fail, choice)
        bind_pattern(b, let.pat, place, choice)
        b.goto_only(ok, let.span)
        b.current = fail
    b.scopes.pop()
    emit_drops(b, stmt_scope.drops, end_span(let.span))
    unit = new_scheduled_temp(b, T.UNIT, let.else_block.span)
    block_into(b, ir.Place(unit), let.else_block)
    b.terminate(ir.Unreachable(let.else_block.span))
    b.current = ok
    emit_drops(b, stmt_scope.drops, end_span(let.span))


def lower_match(b, dest: ir.Place, expr: ast.Match) -> None:
    place = scrutinee_place(b, expr.scrutinee)
    b.push(ir.FakeRead(ir.FakeReadCause.FOR_MATCHED_PLACE, place, expr.scrutinee.span))
    guarded = any(arm.guard is not None for arm in expr.arms)
    test_span = Span(expr.span.lo, expr.scrutinee.span.hi)  # rustc's match_start_span
    # fake borrows (only when a guard exists) are known once every test has been emitted:
    # they go at the start of each guard, its FakeReads at each guard's end
    fakes = FakeBorrows() if guarded else None
    join = b.new_block()
    for arm in expr.arms:
        arm_scope = push_scope(b, arm.span, temp_scope=True)
        declared_depth = len(b.scopes)
        declare_bindings(b, arm.pat, arm_scope)
        body_block = b.new_block()
        for n, choice in enumerate(_candidates_or_unsupported(b, arm.pat)):
            fail = b.new_block()
            test_pattern(b, arm.pat, place, fail, choice, fakes.tested if fakes else None, at=test_span)
            if fakes is not None:
                fakes.bound.extend(sub for _, sub in _binding_places(b, arm.pat, place, choice))
            if arm.guard is not None and n > 0:
                for p in binding_pats(b, arm.pat, choice):
                    b.push(ir.StorageLive(b.var_locals[p], p.span))
            if arm.guard is not None:
                _lower_guard(b, arm, place, choice, fail, arm_scope, fakes)
            else:
                bind_pattern(b, arm.pat, place, choice)
            b.goto_only(body_block, arm.span)
            # a failing candidate leaves the arm: its bindings' storage ends here
            b.current = fail
        next_arm = b.current
        arm_drops = list(arm_scope.drops)
        b.current = body_block
        expr_into(b, dest, arm.body)
        while len(b.scopes) >= declared_depth:
            pop_scope(b, end_span(arm.span))
        b.goto_only(join, arm.span)
        b.current = next_arm
        emit_drops(b, [ScheduledDrop(d.local, False, d.span) for d in arm_drops], arm.pat.span)
    b.terminate(ir.Unreachable(expr.span), join)
    if fakes is not None:
        fakes.emit(b, expr.scrutinee.span)


@node_class
class FakeBorrows:
    """rustc's fake borrows protecting a match with guards: a shallow borrow of every place
    a pattern tests, and of each prefix of a tested or bound place that ends before a Deref
    (so a guard can neither change what was matched nor what a binding points into). They
    are taken at the start of each guard, after its bindings (as rustc, so a conflict with a
    binding's borrow is reported first), and read (FakeRead ForMatchGuard) after each guard
    that holds, so a guard that writes such a place conflicts with them (E0510)."""

    tested: list = field(default_factory=list)
    bound: list = field(default_factory=list)
    guard_starts: list = field(default_factory=list)  # (block, statement index) of each guard
    guard_ends: list = field(default_factory=list)  # (block, span) of each guard that held

    def places(self) -> list:
        out = {}
        for place in self.tested:
            out.setdefault(place, None)
            _deref_prefixes(place, out)
        for place in self.bound:
            _deref_prefixes(place, out)
        return list(out)

    def emit(self, b, span) -> None:
        temps = []
        assigns = []
        for place in self.places():
            temp = b.new_temp(T.Ref(T.ERASED, False, place_ty_b(b, place)), span, ir.LocalInfo.FAKE_BORROW)
            temps.append(temp)
            assigns.append(ir.Assign(ir.Place(temp), ir.Ref(ir.BorrowKind.SHALLOW, place), span))
        # later points of one block first, so the earlier indexes stay valid
        for block, index in sorted(self.guard_starts, key=lambda at: (at[0], -at[1])):
            b.blocks[block].statements[index:index] = assigns
        for block, end in self.guard_ends:
            reads = [ir.FakeRead(ir.FakeReadCause.FOR_MATCH_GUARD, ir.Place(t), end) for t in temps]
            b.blocks[block].statements[0:0] = reads


def _deref_prefixes(place, out) -> None:
    for i, elem in enumerate(place.projection):
        if isinstance(elem, ir.Deref):
            out.setdefault(ir.Place(place.local, place.projection[:i]), None)


def _lower_guard(b, arm, place, choice, fail, arm_scope, fakes) -> None:
    """Bind by reference for the guard, run it, then bind by value if it holds.
    As rustc's RefForGuard: inside the guard a by-value binding is `*(&place)` and a
    `ref mut` binding is `*(&binding)`, so the guard can neither move nor mutate them
    (`origin` of the temp is the binding, which is how diagnostics name it)."""
    places = _binding_places(b, arm.pat, place, choice)
    by_value = [(p, sub) for p, sub in places
                if b.typed.binding_modes.get(p, "move") in ("move", "copy") and not p.by_ref]
    refs = {}
    for p, sub in by_value:
        ty = b.local_ty(b.var_locals[p])
        temp = new_scheduled_temp(b, T.Ref(T.ERASED, False, ty), p.span, ir.LocalInfo.REF_FOR_GUARD,
                                  origin=p, scope=arm_scope)
        b.assign(ir.Place(temp), ir.Ref(ir.BorrowKind.SHARED, sub), p.span)
        refs[p] = temp
    skip = frozenset(refs)
    bind_pattern(b, arm.pat, place, choice, skip=skip)
    guard_only = {}
    for p, _ in places:
        mode = "ref_mut" if p.by_ref and p.mutable else b.typed.binding_modes.get(p, "move")
        if p not in refs and mode == "ref_mut":
            local = b.var_locals[p]
            temp = new_scheduled_temp(b, T.Ref(T.ERASED, False, b.local_ty(local)), p.span,
                                      ir.LocalInfo.REF_FOR_GUARD, origin=p, scope=arm_scope)
            b.assign(ir.Place(temp), ir.Ref(ir.BorrowKind.SHARED, ir.Place(local)), p.span)
            guard_only[p] = temp
    saved = dict(b.guard_refs)
    for p, temp in (refs | guard_only).items():
        b.guard_refs[p] = temp
    fakes.guard_starts.append((b.current, len(b.blocks[b.current].statements)))
    cond = bool_in_own_scope(b, arm.guard)
    b.guard_refs = saved
    ok = b.new_block()
    fakes.guard_ends.append((ok, end_span(arm.guard.span)))
    guard_failed = b.new_block()
    b.terminate(ir.SwitchInt(ir.Move(ir.Place(cond)), (0,), (guard_failed, ok), arm.guard.span), guard_failed)
    # the failed candidate's bindings end here, so the next candidate may bind them afresh
    for p in binding_pats(b, arm.pat, choice):
        b.push(ir.StorageDead(b.var_locals[p], arm.guard.span))
    for temp in (refs | guard_only).values():
        b.push(ir.StorageDead(temp, arm.guard.span))
    b.goto_only(fail, arm.guard.span)
    b.current = ok
    for p, sub in by_value:
        local = b.var_locals[p]
        b.assign(ir.Place(local), ir.Use(b.operand_of_place(sub, b.local_ty(local))), p.span)


__all__ = ["lower_match", "lower_condition", "lower_let_else", "declare_bindings", "bind_irrefutable",
           "is_simple_binding", "adjusted_ty"]
