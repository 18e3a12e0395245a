"""Expressions: `expr_into(b, dest, expr)` writes an expression's value into a place;
`as_operand` / `as_temp` evaluate into temporaries (as rustc does, so every use has the
span of its own expression). Control flow (if, loops, break, return) lives here too;
calls and macros are in build_call, matches and patterns in build_match."""
from __future__ import annotations

from ..syntax import ast
from ..types import ty as T
from . import ir
from .build_place import adjusted_ty, adjustments_of, as_place, strip_parens
from .build_scope import emit_drops, exit_scopes_to, pop_scope, push_scope, schedule_drop, temp_scope

_CHECKED = {"+", "-", "*"}
_COMPARE = {"==", "!=", "<", "<=", ">", ">="}


def new_scheduled_temp(b, ty, span, info: str = ir.LocalInfo.NONE, origin=None, scope=None,
                       value_later: bool = False) -> int:
    """A temporary whose storage starts now and ends with its temporary scope. value_later:
    a temporary that needs dropping is scheduled by the caller once its value is written,
    so it drops before the temporaries its expression created (`a.borrow().borrow()`)."""
    temp = b.new_temp(ty, span, info, origin)
    b.push(ir.StorageLive(temp, span))
    if not (value_later and b.props.needs_drop(ty)):
        schedule_drop(b, temp, span, scope or temp_scope(b))
    return temp


def _schedule_value_later(b, temp, span, scope) -> None:
    if b.props.needs_drop(b.locals[temp].ty):
        schedule_drop(b, temp, span, scope or temp_scope(b))


def as_temp(b, expr, scope=None) -> int:
    if scope is None and not isinstance(expr, ast.AddrOf):
        scope = b.extended_temps.get(expr)  # `let r = &temp.f;`: temp lives to the block end
    temp = new_scheduled_temp(b, adjusted_ty(b, expr), expr.span, origin=expr, scope=scope, value_later=True)
    expr_into(b, ir.Place(temp), expr)
    _schedule_value_later(b, temp, expr.span, scope)
    return temp


def as_temp_unadjusted(b, expr) -> int:
    scope = None if isinstance(expr, ast.AddrOf) else b.extended_temps.get(expr)  # `&temp.f`
    temp = new_scheduled_temp(b, b.ty_of(expr), expr.span, origin=expr, scope=scope, value_later=True)
    expr_into_unadjusted(b, ir.Place(temp), expr)
    _schedule_value_later(b, temp, expr.span, scope)
    return temp


def constant_of(b, expr, unadjusted: bool = False):
    """The Constant for a literal or a path to a fn/const item, else None (unadjusted: the
    value before its adjustments, e.g. a fn item about to be reified to a fn pointer)."""
    expr = strip_parens(expr)
    if adjustments_of(b, expr) and not unadjusted:
        return None
    ty = b.ty_of(expr)
    if isinstance(expr, ast.Lit):
        kind = {"byte": "int", "cstr": "bytestr"}.get(expr.kind, expr.kind)
        return ir.Constant(kind, expr.value, ty, expr.span)
    if isinstance(expr, ast.PathExpr):
        res = b.typed.resolutions.get(expr)
        if res is None:
            return None
        if res.kind in ("fn", "assoc_fn", "method", "std_fn", "tuple_struct") or \
                (res.kind == "variant" and isinstance(ty, (T.FnDef, T.FnPtr))):
            def_id = ty.def_id if isinstance(ty, T.FnDef) else res.target
            return ir.Constant("fn", None, ty, expr.span, def_id=def_id,
                               args=ty.args if isinstance(ty, T.FnDef) else ())
        if res.kind in ("const", "assoc_const", "const_param"):  # a const param: def_id is its name
            return ir.Constant("const", None, ty, expr.span, def_id=res.target)
    return None


def as_operand(b, expr) -> ir.Operand:
    const = constant_of(b, expr)
    if const is not None:
        return const
    temp = as_temp(b, expr)
    return b.operand_of_place(ir.Place(temp), b.local_ty(temp))


def expr_into(b, dest: ir.Place, expr) -> None:
    adjs = adjustments_of(b, expr)
    if adjs and not all(a.kind == "never_to_any" for a in adjs):
        from .build_adjust import adjusted_into

        adjusted_into(b, dest, expr, adjs)
        return
    expr_into_unadjusted(b, dest, expr)


def expr_into_unadjusted(b, dest: ir.Place, expr) -> None:
    handler = _HANDLERS.get(type(expr))
    if handler is None:
        what = expr.what if isinstance(expr, ast.Unsupported) else f"expression `{type(expr).__name__}`"
        b.unsupported(expr.span, what)
    handler(b, dest, expr)


# ───────────────────────────── simple values ─────────────────────────────


def _lit(b, dest, expr):
    b.assign(dest, ir.Use(constant_of(b, expr) or ir.Constant(expr.kind, expr.value, b.ty_of(expr), expr.span)),
             expr.span)


def _paren(b, dest, expr):
    expr_into(b, dest, expr.expr)


def _path(b, dest, expr):
    res = b.typed.resolutions.get(expr)
    ty = b.ty_of(expr)
    if res is None:
        b.unsupported(expr.span, "a path the type checker did not resolve")
    if res.kind in ("local", "static"):
        place = as_place(b, expr)
        b.assign(dest, ir.Use(b.operand_of_place(place, ty)), expr.span)
        return
    const = constant_of(b, expr, unadjusted=True)
    if const is None and res.kind in ("const", "assoc_const"):
        # the const's value before its adjustments (`TABLE.iter()` autorefs a fresh copy)
        const = ir.Constant("const", None, ty, expr.span, def_id=res.target)
    if const is not None:
        b.assign(dest, ir.Use(const), expr.span)
        return
    if res.kind in ("unit_struct", "variant", "struct"):
        def_id, variant, name = adt_target(b, ty, res)
        b.assign(dest, ir.Aggregate(ir.AggregateKind.ADT, (), ty, def_id, variant, name), expr.span)
        return
    b.unsupported(expr.span, f"a path to a {res.kind} used as a value")


def adt_target(b, ty, res):
    """(adt def_id, variant index, variant name or None) for a struct/variant resolution."""
    def_id = ty.def_id if isinstance(ty, T.Adt) else str(res.target)
    if res.kind != "variant":
        return def_id, 0, None
    info = b.typed.adts.get(def_id)
    if info is None:
        enum_id, _, name = str(res.target).rpartition("::")
        info = b.typed.adts.get(enum_id)
        def_id = enum_id
    for v in info.variants if info is not None else ():
        if v.def_id == res.target or v.name == str(res.target).rsplit("::", 1)[-1]:
            return def_id, v.index, v.name
    b.unsupported(getattr(res.target, "span", None) or b.span, "an enum variant the MIR builder cannot find")


def _aggregate_operands(b, exprs):
    return tuple(as_operand(b, e) for e in exprs)


def _tuple(b, dest, expr):
    ops = _aggregate_operands(b, expr.elems)
    b.assign(dest, ir.Aggregate(ir.AggregateKind.TUPLE, ops, b.ty_of(expr)), expr.span)


def _array(b, dest, expr):
    ops = _aggregate_operands(b, expr.elems)
    b.assign(dest, ir.Aggregate(ir.AggregateKind.ARRAY, ops, b.ty_of(expr)), expr.span)


def _array_repeat(b, dest, expr):
    op = as_operand(b, expr.elem)
    ty = b.ty_of(expr)
    # None when type checking could not evaluate the length (the interpreter evaluates expr.count)
    count = ty.length if isinstance(ty, T.Array) and type(ty.length) is int else None
    b.assign(dest, ir.Repeat(op, count), expr.span)


def _struct_lit(b, dest, expr):
    ty = b.ty_of(expr)
    res = b.typed.resolutions.get(expr.path)
    if not isinstance(ty, T.Adt):
        b.unsupported(expr.span, "a struct literal of this type")
    if res is None:
        from ..types.typed_crate import Res

        res = Res("struct", ty.def_id)
    def_id, variant, vname = adt_target(b, ty, res)
    info = b.typed.adts.get(def_id)
    if info is None:
        b.unsupported(expr.span, "a struct literal of a type without field information")
    fields = info.variants[variant].fields if info.variants else info.fields
    names = [f.name for f in fields]
    given = {}
    # fields are evaluated in source order
    for init in expr.fields:
        given[init.ident.name] = as_operand(b, init.expr)
    base = as_place(b, expr.base) if expr.base is not None else None
    if info.kind == "union" and len(given) == 1 and base is None:
        (name, op), = given.items()
        b.assign(dest, ir.Aggregate(ir.AggregateKind.ADT, (op,), ty, def_id, 0, vname, (name,),
                                    active_field=names.index(name)), expr.span)
        return
    ops = []
    for i, f in enumerate(fields):
        if f.name in given:
            ops.append(given[f.name])
        elif base is not None:
            fty = b.props.field_ty(ty, variant, i)
            ops.append(b.operand_of_place(base.field(i, f.name, fty), fty))
        else:
            b.unsupported(expr.span, "a struct literal with a missing field")
    b.assign(dest, ir.Aggregate(ir.AggregateKind.ADT, tuple(ops), ty, def_id, variant, vname, tuple(names)),
             expr.span)


def _range(b, dest, expr):
    ty = b.ty_of(expr)
    parts = [(n, e) for n, e in (("start", expr.start), ("end", expr.end)) if e is not None]
    ops = tuple(as_operand(b, e) for _, e in parts)
    def_id = ty.def_id if isinstance(ty, T.Adt) else "std::ops::RangeFull"
    if expr.inclusive:
        # RangeInclusive::new(start, end)
        from .build_call import emit_call

        emit_call(b, "std::ops::RangeInclusive::new", ops, dest, expr.span, from_call_syntax=False)
        return
    b.assign(dest, ir.Aggregate(ir.AggregateKind.ADT, ops, ty, def_id, 0, None, tuple(n for n, _ in parts)),
             expr.span)


def _cast(b, dest, expr):
    op = as_operand(b, expr.expr)
    src = adjusted_ty(b, expr.expr)
    ty = b.ty_of(expr)
    b.assign(dest, ir.Cast(cast_kind(src, ty), op, ty), expr.span)


def cast_kind(src, dst) -> str:
    ints = (T.Int,)
    if isinstance(src, ints) and isinstance(dst, ints):
        return "int_to_int"
    if isinstance(src, ints) and isinstance(dst, T.Float):
        return "int_to_float"
    if isinstance(src, T.Float) and isinstance(dst, ints):
        return "float_to_int"
    if isinstance(src, T.Float) and isinstance(dst, T.Float):
        return "float_to_float"
    if isinstance(src, T.Char):
        return "char_to_int"
    if isinstance(src, T.Bool):
        return "bool_to_int"
    if isinstance(dst, T.Char):
        return "u8_to_char"
    if isinstance(src, T.Adt):
        return "enum_to_int"
    if isinstance(src, T.Ref) and isinstance(dst, T.Ptr):
        return "ref_to_ptr"
    if isinstance(src, T.Ptr):
        return "ptr_to_ptr"
    return "transmute_like"


# ───────────────────────────── references and operators ─────────────────────────────


def _addr_of(b, dest, expr):
    from .build_place import is_place_expr

    extended = b.extended_temps.get(expr)
    const = None if expr.mutable else constant_of(b, expr.operand)
    if const is not None:
        # `&5`, `&CONST`: rustc promotes these to statics; a body-long temporary is equivalent here
        temp = new_scheduled_temp(b, b.ty_of(expr.operand), expr.operand.span, ir.LocalInfo.CONST_REF,
                                  scope=b.scopes[0])
        b.assign(ir.Place(temp), ir.Use(const), expr.operand.span)
        place = ir.Place(temp)
    elif (not expr.mutable or _empty_array(expr.operand)) and _promotable(b, expr.operand):
        # `&[]`, `&[1, 2]`, `&(1, "a")`, and of `&mut` only `&mut []`: promoted like a constant
        temp = new_scheduled_temp(b, b.ty_of(expr.operand), expr.operand.span, ir.LocalInfo.CONST_REF,
                                  scope=b.scopes[0])
        expr_into(b, ir.Place(temp), expr.operand)
        place = ir.Place(temp)
    elif extended is not None and not is_place_expr(b, expr.operand):
        place = ir.Place(as_temp(b, expr.operand, scope=extended))
    else:
        place = as_place(b, expr.operand, mutable=expr.mutable)
    kind = ir.BorrowKind.MUT if expr.mutable else ir.BorrowKind.SHARED
    b.assign(dest, ir.Ref(kind, place), expr.span)


def _empty_array(expr) -> bool:
    expr = strip_parens(expr)
    return isinstance(expr, ast.Array) and not expr.elems


def _promotable(b, expr) -> bool:
    """An array or tuple built only from literals (rustc's rvalue promotion, the part that
    matters here); plain literals and const paths are `constant_of`'s."""
    expr = strip_parens(expr)
    return not adjustments_of(b, expr) and promotable_aggregate(b, expr)


def promotable_aggregate(b, expr) -> bool:
    """An aggregate rustc's rvalue promotion turns into a static when borrowed (promotion.py),
    whatever adjusts the aggregate itself (`[1, 2].iter()` borrows a promoted array too)."""
    from .promotion import promotable

    return promotable(b.typed, expr, b.props.needs_drop)


def _unary(b, dest, expr):
    if expr.op == "*":
        place = as_place(b, expr)
        b.assign(dest, ir.Use(b.operand_of_place(place, b.ty_of(expr))), expr.span)
        return
    callee = b.typed.callees.get(expr)
    if callee is not None:
        from .build_call import emit_call

        op = as_operand(b, expr.operand)
        emit_call(b, callee.def_id, (op,), dest, expr.span, callee_info=callee, from_call_syntax=False,
                  desugaring="overloaded_op")
        return
    op = as_operand(b, expr.operand)
    ty = b.ty_of(expr)
    if expr.op == "-" and isinstance(ty, T.Int) and ty.signed:
        is_min = new_scheduled_temp(b, T.BOOL, expr.span)
        b.assign(ir.Place(is_min), ir.BinaryOp("==", op, ir.Constant("int", -(1 << (ty.bits - 1)), ty)), expr.span)
        target = b.new_block()
        b.terminate(ir.Assert(ir.Move(ir.Place(is_min)), False, ir.AssertKind("overflow_neg", (op,)), target,
                              expr.span), target)
    b.assign(dest, ir.UnaryOp(expr.op, op), expr.span)


def _binary(b, dest, expr):
    if expr.op in ("&&", "||"):
        return _lazy_bool(b, dest, expr)
    callee = b.typed.callees.get(expr)
    if callee is not None:
        return _overloaded_binary(b, dest, expr, callee)
    lhs = as_operand(b, expr.lhs)
    rhs = as_operand(b, expr.rhs)
    ty = b.ty_of(expr)
    emit_binop(b, dest, expr.op, lhs, rhs, ty, adjusted_ty(b, expr.lhs), expr.span)


def emit_binop(b, dest, op, lhs, rhs, ty, operand_ty, span):
    """dest = lhs op rhs on primitives, with rustc's overflow / division checks."""
    if op in _COMPARE or not isinstance(operand_ty, T.Int):
        b.assign(dest, ir.BinaryOp(op, lhs, rhs), span)
        return
    if op in ("/", "%"):
        is_zero = new_scheduled_temp(b, T.BOOL, span)
        b.assign(ir.Place(is_zero), ir.BinaryOp("==", rhs, ir.Constant("int", 0, operand_ty)), span)
        target = b.new_block()
        kind = "division_by_zero" if op == "/" else "remainder_by_zero"
        b.terminate(ir.Assert(ir.Move(ir.Place(is_zero)), False, ir.AssertKind(kind, (lhs,)), target, span), target)
        if operand_ty.signed:
            # MIN / -1 overflows
            t1 = new_scheduled_temp(b, T.BOOL, span)
            b.assign(ir.Place(t1), ir.BinaryOp("==", rhs, ir.Constant("int", -1, operand_ty)), span)
            t2 = new_scheduled_temp(b, T.BOOL, span)
            b.assign(ir.Place(t2), ir.BinaryOp("==", lhs, ir.Constant("int", -(1 << (operand_ty.bits - 1)),
                                                                        operand_ty)), span)
            t3 = new_scheduled_temp(b, T.BOOL, span)
            b.assign(ir.Place(t3), ir.BinaryOp("&", ir.Move(ir.Place(t1)), ir.Move(ir.Place(t2))), span)
            target = b.new_block()
            b.terminate(ir.Assert(ir.Move(ir.Place(t3)), False, ir.AssertKind("overflow", (lhs, rhs), op), target,
                                  span), target)
        b.assign(dest, ir.BinaryOp(op, lhs, rhs), span)
        return
    if op in _CHECKED or op in ("<<", ">>"):
        pair = new_scheduled_temp(b, T.Tuple((ty, T.BOOL)), span)
        b.assign(ir.Place(pair), ir.CheckedBinaryOp(op, lhs, rhs), span)
        target = b.new_block()
        overflow = ir.Place(pair).field(1, "1", T.BOOL)
        b.terminate(ir.Assert(ir.Move(overflow), False, ir.AssertKind("overflow", (lhs, rhs), op), target, span),
                    target)
        b.assign(dest, ir.Use(ir.Move(ir.Place(pair).field(0, "0", ty))), span)
        return
    b.assign(dest, ir.BinaryOp(op, lhs, rhs), span)


def _overloaded_binary(b, dest, expr, callee):
    from .build_call import emit_call

    if expr.op in _COMPARE:
        # PartialEq::eq(&lhs, &rhs) / PartialOrd::lt(&lhs, &rhs): the operands are borrowed
        ops = []
        for side in (expr.lhs, expr.rhs):
            place = as_place(b, side)
            ref = new_scheduled_temp(b, T.Ref(T.ERASED, False, adjusted_ty(b, side)), side.span)
            b.assign(ir.Place(ref), ir.Ref(ir.BorrowKind.SHARED, place), side.span)
            ops.append(ir.Move(ir.Place(ref)))
        if expr.op == "!=":
            eq = new_scheduled_temp(b, T.BOOL, expr.span)
            emit_call(b, callee.def_id, tuple(ops), ir.Place(eq), expr.span, callee_info=callee,
                      from_call_syntax=False, desugaring="overloaded_op")
            b.assign(dest, ir.UnaryOp("!", ir.Move(ir.Place(eq))), expr.span)
            return
        emit_call(b, callee.def_id, tuple(ops), dest, expr.span, callee_info=callee, from_call_syntax=False,
                  desugaring="overloaded_op")
        return
    lhs = as_operand(b, expr.lhs)
    rhs = as_operand(b, expr.rhs)
    emit_call(b, callee.def_id, (lhs, rhs), dest, expr.span, callee_info=callee, from_call_syntax=False,
              desugaring="overloaded_op")


def _lazy_bool(b, dest, expr):
    """`a && b`: if a { dest = b } else { dest = false } (each operand its own temp scope)."""
    cond = ir.Copy(ir.Place(bool_in_own_scope(b, expr.lhs)))
    rhs_block = b.new_block()
    short_block = b.new_block()
    join = b.new_block()
    if expr.op == "&&":
        targets = (short_block, rhs_block)
    else:
        targets = (rhs_block, short_block)
    b.terminate(ir.SwitchInt(cond, (0,), targets, expr.span), rhs_block)
    push_scope(b, expr.rhs.span, temp_scope=True)
    expr_into(b, dest, expr.rhs)
    pop_scope(b, expr.rhs.span.shrink_to_hi())
    b.goto(join, expr.span)
    b.current = short_block
    b.assign(dest, ir.Use(ir.Constant("bool", expr.op == "||", T.BOOL, expr.span)), expr.span)
    b.goto(join, expr.span)


def bool_in_own_scope(b, expr) -> int:
    """Evaluate a condition in its own temporary scope into a temp of the enclosing one."""
    temp = new_scheduled_temp(b, T.BOOL, expr.span)
    push_scope(b, expr.span, temp_scope=True)
    expr_into(b, ir.Place(temp), expr)
    pop_scope(b, expr.span.shrink_to_hi())
    return temp


def _assign(b, dest, expr):
    lhs = strip_parens(expr.lhs)
    # typeck accepts a call on the left only when it names a tuple struct (`S(a, b) = ..`)
    if isinstance(lhs, (ast.Tuple, ast.Array, ast.StructLit, ast.Call)) or _is_underscore(lhs):
        _destructuring_assign(b, expr)
        _unit(b, dest, expr)
        return
    # rustc evaluates the right-hand side first, then the place
    rhs_ty = adjusted_ty(b, expr.rhs)
    const = constant_of(b, expr.rhs)
    if const is not None:
        rvalue = ir.Use(const)
    else:
        temp = as_temp(b, expr.rhs)
        rvalue = ir.Use(b.operand_of_place(ir.Place(temp), rhs_ty))
    b.assign_lhs = True
    try:
        place = as_place(b, expr.lhs, mutable=True)
    finally:
        b.assign_lhs = False
    if b.props.needs_drop(rhs_ty):
        # drop-and-replace: like rustc, both carry the span of the assigned place only
        target = b.new_block()
        b.terminate(ir.Drop(place, target, expr.lhs.span, replace=True), target)
        b.assign(place, rvalue, expr.lhs.span)
    else:
        b.assign(place, rvalue, expr.span)
    _unit(b, dest, expr)


def _is_underscore(e) -> bool:
    return isinstance(e, ast.PathExpr) and len(e.path.segments) == 1 and e.path.segments[0].ident.name == "_"


def _destructuring_assign(b, expr):
    """`(a, b) = rhs` is `{ let (t0, t1) = rhs; a = t0; b = t1; }` (rustc's desugaring)."""
    temp = as_temp(b, expr.rhs)
    pending = [(strip_parens(expr.lhs), ir.Place(temp), b.local_ty(temp))]
    while pending:
        target, place, ty = pending.pop(0)
        if _is_underscore(target):
            continue
        if isinstance(target, (ast.Tuple, ast.Array)):
            if any(isinstance(e, ast.Range) and e.start is None and e.end is None for e in target.elems):
                b.unsupported(target.span, "`..` in a destructuring assignment")
            for i, elem in enumerate(target.elems):
                if isinstance(ty, T.Tuple):
                    ety = ty.elems[i] if i < len(ty.elems) else T.ERROR
                    sub = place.field(i, str(i), ety)
                elif isinstance(ty, T.Array):
                    ety = ty.elem
                    sub = place.project(ir.ConstantIndex(i, len(target.elems), False))
                else:
                    b.unsupported(target.span, "destructuring assignment of this type")
                pending.append((strip_parens(elem), sub, ety))
            continue
        if isinstance(target, (ast.StructLit, ast.Call)):
            info = b.typed.adts.get(ty.def_id) if isinstance(ty, T.Adt) else None
            if info is None:
                b.unsupported(target.span, "destructuring assignment of this type")
            names = [f.name for f in info.fields]
            if isinstance(target, ast.StructLit):
                subs = [(names.index(fi.ident.name), fi.expr) for fi in target.fields]
            else:
                subs = list(enumerate(target.args))
            for i, elem in subs:
                fty = b.props.field_ty(ty, 0, i)
                pending.append((strip_parens(elem), place.field(i, names[i], fty), fty))
            continue
        lhs_place = as_place(b, target, mutable=True)
        if b.props.needs_drop(ty):
            after = b.new_block()
            b.terminate(ir.Drop(lhs_place, after, target.span, replace=True), after)
        b.assign(lhs_place, ir.Use(b.operand_of_place(place, ty)), target.span)


def _compound_assign(b, dest, expr):
    callee = b.typed.callees.get(expr)
    if callee is not None:
        from .build_call import emit_call

        place = as_place(b, expr.lhs, mutable=True)
        ref = new_scheduled_temp(b, T.Ref(T.ERASED, True, adjusted_ty(b, expr.lhs)), expr.lhs.span)
        b.assign(ir.Place(ref), ir.Ref(ir.BorrowKind.TWO_PHASE_MUT, place), expr.lhs.span)
        rhs = as_operand(b, expr.rhs)
        unit = new_scheduled_temp(b, T.UNIT, expr.span)
        emit_call(b, callee.def_id, (ir.Move(ir.Place(ref)), rhs), ir.Place(unit), expr.span, callee_info=callee,
                  from_call_syntax=False, desugaring="overloaded_op")
        _unit(b, dest, expr)
        return
    rhs = as_operand(b, expr.rhs)
    place = as_place(b, expr.lhs, mutable=True)
    ty = adjusted_ty(b, expr.lhs)
    emit_binop(b, place, expr.op, ir.Copy(place), rhs, ty, ty, expr.span)
    _unit(b, dest, expr)


def _unit(b, dest, expr):
    b.assign(dest, ir.Use(ir.Constant("unit", None, T.UNIT, expr.span)), expr.span)


# ───────────────────────────── control flow ─────────────────────────────


def _block_expr(b, dest, expr):
    if expr.kind in ("const", "async"):
        b.unsupported(expr.span, f"`{expr.kind}` blocks")
    if expr.kind == "unsafe":
        b.unsafe_depth += 1
        try:
            _block_expr_inner(b, dest, expr)
        finally:
            b.unsafe_depth -= 1
        return
    _block_expr_inner(b, dest, expr)


def _block_expr_inner(b, dest, expr):
    from .build_stmt import block_into

    if expr.label is None:
        block_into(b, dest, expr.block)
        return
    exit_block = b.new_block()
    b.loops.append(_loop_scope(b, expr.label, exit_block, None, dest))
    block_into(b, dest, expr.block)
    b.loops.pop()
    b.goto(exit_block, expr.span)


def _loop_scope(b, label, break_block, continue_block, dest):
    from .builder import LoopScope

    return LoopScope(label.name if label is not None else None, break_block, continue_block, dest, len(b.scopes))


def _if(b, dest, expr):
    from .build_match import lower_condition
    from .build_stmt import block_into

    then_block = b.new_block()
    else_block = b.new_block()
    join = b.new_block()
    # `if let` bindings live through the then-branch; so do the scrutinee's temporaries in
    # edition 2024, while in 2021 (an `if let` is a match) they live to the end of the
    # enclosing temporary scope, through the else-branch too
    own_temps = b.ctx.edition >= "2024" or not _is_let_cond(expr.cond)
    cond_scope = push_scope(b, expr.cond.span, temp_scope=own_temps)
    depth = len(b.scopes)
    lower_condition(b, expr.cond, then_block, else_block)
    cond_drops = list(cond_scope.drops)
    b.current = then_block
    block_into(b, dest, expr.then)
    pop_scope_from(b, depth, expr.then.span)
    b.goto(join, expr.span)
    b.current = else_block
    emit_drops(b, cond_drops, expr.cond.span.shrink_to_hi())
    if expr.else_ is not None:
        expr_into(b, dest, expr.else_)
    else:
        _unit(b, dest, expr)
    b.goto(join, expr.span)


def _is_let_cond(cond) -> bool:
    c = strip_parens(cond)
    return isinstance(c, ast.LetCond) or (isinstance(c, ast.Binary) and c.op == "&&" and
                                         (_is_let_cond(c.lhs) or _is_let_cond(c.rhs)))


def pop_scope_from(b, depth, span):
    """Pop the scope at depth-1 (and anything above it) with normal-exit drops."""
    from .build_scope import end_span

    while len(b.scopes) >= depth:
        pop_scope(b, end_span(span))


def loop_head_span(expr):
    """`loop`, `while COND`, `for PAT in ITER`: what rustc labels "inside of this loop"."""
    from ..source.span import Span

    if isinstance(expr, ast.Loop):
        return Span(expr.span.lo, expr.span.lo + 4) if expr.label is None else Span(expr.span.lo, expr.body.span.lo)
    head_end = expr.cond.span.hi if isinstance(expr, ast.While) else expr.iter.span.hi
    return Span(expr.span.lo, head_end)


def _loop(b, dest, expr):
    from .build_stmt import block_into

    head = b.new_block()
    body = b.new_block()
    exit_block = b.new_block()
    b.goto(head, expr.span)
    b.terminate(ir.FalseUnwind(body, loop_head_span(expr)), body)
    b.loops.append(_loop_scope(b, expr.label, exit_block, head, dest))
    push_scope(b, expr.body.span, temp_scope=True)
    unit = ir.Place(new_scheduled_temp(b, T.UNIT, expr.body.span))
    block_into(b, unit, expr.body)
    pop_scope(b)
    b.loops.pop()
    b.goto(head, expr.span)
    b.current = exit_block


def _while(b, dest, expr):
    from .build_match import lower_condition
    from .build_stmt import block_into

    head = b.new_block()
    cond_block = b.new_block()
    body = b.new_block()
    exit_block = b.new_block()
    b.goto(head, expr.span)
    b.terminate(ir.FalseUnwind(cond_block, loop_head_span(expr)), cond_block)
    b.loops.append(_loop_scope(b, expr.label, exit_block, head, dest))
    cond_scope = push_scope(b, expr.cond.span, temp_scope=True)
    depth = len(b.scopes)
    false_block = b.new_block()
    lower_condition(b, expr.cond, body, false_block)
    cond_drops = list(cond_scope.drops)
    b.current = body
    push_scope(b, expr.body.span, temp_scope=True)
    unit = ir.Place(new_scheduled_temp(b, T.UNIT, expr.body.span))
    block_into(b, unit, expr.body)
    pop_scope(b)
    pop_scope_from(b, depth, expr.body.span)
    b.goto(head, expr.span)
    b.current = false_block
    emit_drops(b, cond_drops, expr.cond.span.shrink_to_hi())
    b.goto(exit_block, expr.span)
    b.loops.pop()
    b.current = exit_block
    _unit(b, dest, expr)


def _for(b, dest, expr):
    from .build_loop import lower_for

    lower_for(b, dest, expr)


def find_loop(b, label, span, is_continue: bool):
    for scope in reversed(b.loops):
        if is_continue and scope.continue_block is None:
            if label is None:
                continue
        if label is None or scope.label == label.name:
            if is_continue and scope.continue_block is None:
                b.unsupported(span, "`continue` to a labeled block")
            return scope
    b.unsupported(span, "`break`/`continue` outside of a loop")


def _break(b, dest, expr):
    loop = find_loop(b, expr.label, expr.span, False)
    if expr.value is not None:
        expr_into(b, loop.destination, expr.value)
    elif loop.continue_block is not None or True:
        b.assign(loop.destination, ir.Use(ir.Constant("unit", None, T.UNIT, expr.span)), expr.span)
    exit_scopes_to(b, loop.scope_depth, expr.span)
    b.goto_only(loop.break_block, expr.span)


def _continue(b, dest, expr):
    loop = find_loop(b, expr.label, expr.span, True)
    exit_scopes_to(b, loop.scope_depth, expr.span)
    b.goto_only(loop.continue_block, expr.span)


def _return(b, dest, expr):
    ret = ir.Place(ir.RETURN_PLACE)
    if expr.value is not None:
        expr_into(b, ret, expr.value)
    else:
        b.assign(ret, ir.Use(ir.Constant("unit", None, T.UNIT, expr.span)), expr.span)
    emit_return(b, expr.span)


def emit_return(b, span):
    """Leave every scope of the body (drops) and jump to the return block."""
    exit_scopes_to(b, 0, span)
    b.goto_only(b.return_block, span)


def _match(b, dest, expr):
    from .build_match import lower_match

    if not _match_is_reborrowed(b, expr):
        lower_match(b, dest, expr)
        return
    # rustc's match typing: an arm after the first that needs a deref/unsize coercion is
    # unified by least upper bound, giving the match a fresh region that the coercion
    # site then reborrows: the match goes into a temporary and `dest = &(*tmp)` carries
    # the match's span (so E0515 and friends point at the `match`)
    temp = new_scheduled_temp(b, b.ty_of(expr), expr.span, origin=expr)
    lower_match(b, ir.Place(temp), expr)
    b.assign(dest, ir.Ref(ir.BorrowKind.SHARED, ir.Place(temp).deref()), expr.span)


def _match_is_reborrowed(b, expr) -> bool:
    """A shared-reference match with a later non-block arm coerced by more than a reborrow.
    (Reborrowing a shared reference is invisible to the borrow checker apart from spans,
    so this is done whether or not the match sits at a coercion site.)"""
    ty = b.ty_of(expr)
    if not isinstance(ty, T.Ref) or ty.mutable:
        return False
    for arm in expr.arms[1:]:
        body = strip_parens(arm.body)
        if isinstance(body, ast.BlockExpr):
            continue
        kinds = [a.kind for a in adjustments_of(b, body)]
        if "overloaded_deref" in kinds or "unsize" in kinds or kinds.count("deref") > 1:
            return True
    return False


def _closure(b, dest, expr):
    from .build_closure import lower_closure

    lower_closure(b, dest, expr)


def _call(b, dest, expr):
    build_call.lower_call(b, dest, expr)


def _method_call(b, dest, expr):
    build_call.lower_method_call(b, dest, expr)


def _macro(b, dest, expr):
    from .build_macro import lower_macro

    lower_macro(b, dest, expr)


def _try(b, dest, expr):
    from .build_loop import lower_try

    lower_try(b, dest, expr)


def _place_expr(b, dest, expr):
    place = as_place(b, expr)
    b.assign(dest, ir.Use(b.operand_of_place(place, b.ty_of(expr))), expr.span)


def _let_cond(b, dest, expr):
    b.unsupported(expr.span, "`let` outside of an `if`/`while` condition")


_HANDLERS = {
    ast.Lit: _lit, ast.Paren: _paren, ast.PathExpr: _path, ast.Tuple: _tuple, ast.Array: _array,
    ast.ArrayRepeat: _array_repeat, ast.StructLit: _struct_lit, ast.Range: _range, ast.Cast: _cast,
    ast.AddrOf: _addr_of, ast.Unary: _unary, ast.Binary: _binary, ast.Assign: _assign,
    ast.CompoundAssign: _compound_assign, ast.BlockExpr: _block_expr, ast.If: _if, ast.Loop: _loop,
    ast.While: _while, ast.For: _for, ast.Break: _break, ast.Continue: _continue, ast.Return: _return,
    ast.Match: _match, ast.Closure: _closure, ast.Call: _call, ast.MethodCall: _method_call,
    ast.MacroCall: _macro, ast.Try: _try, ast.Field: _place_expr, ast.Index: _place_expr,
    ast.LetCond: _let_cond,
}

# modules that import this one: bound last, so either may be imported first (a function-level
# import on a hot path costs ~2 µs per call)
from . import build_call  # noqa: E402
