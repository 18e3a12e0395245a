"""The std macros, lowered the way their expansions behave for borrowck.

Format arguments are borrowed (`&arg`, as `format_args!` does), so printing a moved value
is "borrow of moved value". Output macros become Calls whose `callee_info` is the
ast.MacroCall (the interpreter formats from it) and whose args are those borrows:
    print/println/eprint/eprintln -> std::io::_print / std::io::_eprint (dest: ())
    format -> std::fmt::format (dest: String)
    panic/unreachable/todo/unimplemented -> core::panicking::panic_fmt (diverges)
    write/writeln -> std::fmt::Write::write_fmt(&mut dest, args..)
    assert/assert_eq/assert_ne (+ debug_ variants) -> a test and a diverging panic call
    vec![a, b] -> std::slice::into_vec([a, b]); vec![x; n] -> std::vec::from_elem(x, n)
    matches!(e, pat if guard) -> a bool from the pattern test
    dbg!(e) -> e moved into a temp, borrowed for _eprint, moved out as the value
"""
from __future__ import annotations

from ..types import ty as T
from . import ir
from .build_call import emit_call
from .build_expr import as_operand, bool_in_own_scope, new_scheduled_temp
from .build_place import adjusted_ty, as_place, is_place_expr

_PRINT = {"print": "std::io::_print", "println": "std::io::_print", "eprint": "std::io::_eprint",
          "eprintln": "std::io::_eprint"}
_PANIC = ("panic", "unreachable", "todo", "unimplemented")


def borrow_of(b, expr) -> ir.Operand:
    """`&expr` in a temporary (the operand of a format macro or assert_eq)."""
    if is_place_expr(b, expr):
        place = as_place(b, expr)
    else:
        from .build_expr import as_temp

        place = ir.Place(as_temp(b, expr))
    ref = new_scheduled_temp(b, T.Ref(T.ERASED, False, adjusted_ty(b, expr)), expr.span)
    b.assign(ir.Place(ref), ir.Ref(ir.BorrowKind.SHARED, place), expr.span)
    return ir.Move(ir.Place(ref))


def format_operands(b, fmt) -> tuple:
    return tuple(borrow_of(b, a) for a in fmt.args) if fmt is not None else ()


def lower_macro(b, dest, expr) -> None:
    name = expr.name
    base = name[len("debug_"):] if name.startswith("debug_") else name
    if name in _PRINT:
        emit_call(b, _PRINT[name], format_operands(b, expr.fmt), dest, expr.span, callee_info=expr,
                  from_call_syntax=False, desugaring="format_args", diverges=False)
    elif name == "format":
        emit_call(b, "std::fmt::format", format_operands(b, expr.fmt), dest, expr.span, callee_info=expr,
                  from_call_syntax=False, desugaring="format_args", diverges=False)
    elif name == "format_args":
        _format_args(b, dest, expr)
    elif name in _PANIC:
        emit_call(b, "core::panicking::panic_fmt", format_operands(b, expr.fmt), dest, expr.span, callee_info=expr,
                  from_call_syntax=False, desugaring="format_args", diverges=True)
    elif name in ("write", "writeln"):
        _write(b, dest, expr)
    elif base == "assert":
        _assert(b, dest, expr)
    elif base in ("assert_eq", "assert_ne"):
        _assert_eq(b, dest, expr, base == "assert_ne")
    elif name == "vec":
        _vec(b, dest, expr)
    elif name == "matches":
        _matches(b, dest, expr)
    elif name == "dbg":
        _dbg(b, dest, expr)
    else:
        b.unsupported(expr.span, f"the `{name}!` macro")


def _format_args(b, dest, expr) -> None:
    """The `Arguments` borrows the macro's own temporary (the argument references), which
    lives to the statement's end unless a `let` extends it (E0716 otherwise)."""
    ops = format_operands(b, expr.fmt)
    ty = T.Tuple(tuple(T.Ref(T.ERASED, False, adjusted_ty(b, a)) for a in expr.fmt.args))
    pieces = new_scheduled_temp(b, ty, expr.span, scope=b.extended_temps.get(expr))
    b.assign(ir.Place(pieces), ir.Aggregate(ir.AggregateKind.TUPLE, ops, ty), expr.span)
    ref = new_scheduled_temp(b, T.Ref(T.ERASED, False, ty), expr.span)
    b.assign(ir.Place(ref), ir.Ref(ir.BorrowKind.SHARED, ir.Place(pieces)), expr.span)
    # no declaration: the result is taken to borrow from its argument
    emit_call(b, "core::fmt::Arguments::new", (ir.Move(ir.Place(ref)),), dest, expr.span, callee_info=expr,
              from_call_syntax=False, desugaring="format_args", diverges=False)


def _write(b, dest, expr) -> None:
    target = expr.args[0]
    ty = adjusted_ty(b, target)
    if isinstance(ty, T.Ref) and ty.mutable:
        place = as_place(b, target).deref()
        kind = ir.BorrowKind.MUT
        inner = ty.inner
    else:
        place = as_place(b, target, mutable=True)
        kind = ir.BorrowKind.TWO_PHASE_MUT
        inner = ty
    ref = new_scheduled_temp(b, T.Ref(T.ERASED, True, inner), target.span)
    b.assign(ir.Place(ref), ir.Ref(kind, place), target.span)
    args = (ir.Move(ir.Place(ref)),) + format_operands(b, expr.fmt)
    emit_call(b, "std::fmt::Write::write_fmt", args, dest, expr.span, callee_info=expr, from_call_syntax=False,
              desugaring="format_args", diverges=False)


def _panic_block(b, expr, args, def_id="core::panicking::panic_fmt") -> None:
    unit = new_scheduled_temp(b, T.NEVER, expr.span)
    emit_call(b, def_id, args, ir.Place(unit), expr.span, callee_info=expr, from_call_syntax=False,
              desugaring="format_args", diverges=True)


def _assert(b, dest, expr) -> None:
    cond = bool_in_own_scope(b, expr.args[0])
    ok = b.new_block()
    fail = b.new_block()
    b.terminate(ir.SwitchInt(ir.Move(ir.Place(cond)), (0,), (fail, ok), expr.span), fail)
    _panic_block(b, expr, format_operands(b, expr.fmt))
    b.current = ok
    b.assign(dest, ir.Use(ir.Constant("unit", None, T.UNIT, expr.span)), expr.span)


def _assert_eq(b, dest, expr, negate: bool) -> None:
    left, right = expr.args[0], expr.args[1]
    lref = borrow_of(b, left)
    rref = borrow_of(b, right)
    lty = adjusted_ty(b, left)
    eq = new_scheduled_temp(b, T.BOOL, expr.span)
    lplace, rplace = lref.place, rref.place
    if isinstance(lty, (T.Int, T.Float, T.Bool, T.Char)):
        b.assign(ir.Place(eq), ir.BinaryOp("==", ir.Copy(lplace.deref()), ir.Copy(rplace.deref())), expr.span)
    else:
        emit_call(b, "std::cmp::PartialEq::eq", (ir.Copy(lplace), ir.Copy(rplace)), ir.Place(eq), expr.span,
                  from_call_syntax=False, desugaring="assert_eq", diverges=False)
    ok = b.new_block()
    fail = b.new_block()
    targets = (ok, fail) if negate else (fail, ok)
    b.terminate(ir.SwitchInt(ir.Move(ir.Place(eq)), (0,), targets, expr.span), fail)
    _panic_block(b, expr, (ir.Copy(lplace), ir.Copy(rplace)) + format_operands(b, expr.fmt),
                 "core::panicking::assert_failed")
    b.current = ok
    b.assign(dest, ir.Use(ir.Constant("unit", None, T.UNIT, expr.span)), expr.span)


def _vec(b, dest, expr) -> None:
    ty = b.ty_of(expr)
    if expr.vec_repeat is not None:
        elem, count = expr.vec_repeat
        ops = (as_operand(b, elem), as_operand(b, count))
        emit_call(b, "std::vec::from_elem", ops, dest, expr.span, callee_info=expr, from_call_syntax=False,
                  desugaring="macro", diverges=False)
        return
    elem_ty = next((a for a in getattr(ty, "args", ()) if not isinstance(a, T.Region)), T.ERROR)
    ops = tuple(as_operand(b, e) for e in expr.args)
    arr = new_scheduled_temp(b, T.Array(elem_ty, len(ops)), expr.span)
    b.assign(ir.Place(arr), ir.Aggregate(ir.AggregateKind.ARRAY, ops, T.Array(elem_ty, len(ops))), expr.span)
    emit_call(b, "std::slice::into_vec", (ir.Move(ir.Place(arr)),), dest, expr.span, callee_info=expr,
              from_call_syntax=False, desugaring="macro", diverges=False)


def _dbg(b, dest, expr) -> None:
    """`dbg!(e)` is `match e { tmp => { eprintln!(.., &tmp); tmp } }`: e moves into tmp (at
    the macro's span), tmp is borrowed for the print and moved out as the value. Several
    arguments give a tuple of such values, none prints and gives `()`."""
    if not expr.args:
        _eprint(b, (), expr.span)
        b.assign(dest, ir.Use(ir.Constant("unit", None, T.UNIT, expr.span)), expr.span)
        return
    if len(expr.args) == 1:
        _dbg_one(b, dest, expr.args[0], expr)
        return
    ops = []
    for arg in expr.args:
        temp = new_scheduled_temp(b, adjusted_ty(b, arg), expr.span)
        _dbg_one(b, ir.Place(temp), arg, expr)
        ops.append(b.operand_of_place(ir.Place(temp), b.local_ty(temp)))
    b.assign(dest, ir.Aggregate(ir.AggregateKind.TUPLE, tuple(ops), b.ty_of(expr)), expr.span)


def _dbg_one(b, dest, arg, expr) -> None:
    from .build_match import scrutinee_place
    from .build_scope import end_span, pop_scope, push_scope

    span = expr.span
    push_scope(b, span, temp_scope=True)
    place = scrutinee_place(b, arg)
    ty = adjusted_ty(b, arg)
    tmp = new_scheduled_temp(b, ty, span, origin=(expr, arg))  # diagnostics: moved by dbg!
    b.assign(ir.Place(tmp), ir.Use(b.operand_of_place(place, ty)), span)
    ref = new_scheduled_temp(b, T.Ref(T.ERASED, False, ty), span)
    b.assign(ir.Place(ref), ir.Ref(ir.BorrowKind.SHARED, ir.Place(tmp)), span)
    _eprint(b, (ir.Move(ir.Place(ref)),), span)
    b.assign(dest, ir.Use(b.operand_of_place(ir.Place(tmp), ty)), span)
    pop_scope(b, end_span(span))


def _eprint(b, args, span) -> None:
    unit = new_scheduled_temp(b, T.UNIT, span)
    emit_call(b, "std::io::_eprint", args, ir.Place(unit), span, from_call_syntax=False,
              desugaring="format_args", diverges=False)


def _matches(b, dest, expr) -> None:
    from .build_match import (_candidates_or_unsupported, bind_pattern, declare_bindings, scrutinee_place,
                              test_pattern)
    from .build_scope import pop_scope, push_scope

    push_scope(b, expr.span, temp_scope=True)
    place = scrutinee_place(b, expr.args[0])
    declare_bindings(b, expr.pattern, b.scopes[-1])
    yes = b.new_block()
    no = b.new_block()
    join = b.new_block()
    for choice in _candidates_or_unsupported(b, expr.pattern):
        fail = b.new_block()
        test_pattern(b, expr.pattern, place, fail, choice)
        if expr.guard is not None:
            bind_pattern(b, expr.pattern, place, choice)
            cond = bool_in_own_scope(b, expr.guard)
            b.terminate(ir.SwitchInt(ir.Move(ir.Place(cond)), (0,), (fail, yes), expr.span))
        else:
            b.goto_only(yes, expr.span)
        b.current = fail
    b.goto_only(no, expr.span)
    b.current = yes
    b.assign(dest, ir.Use(ir.Constant("bool", True, T.BOOL, expr.span)), expr.span)
    b.goto_only(join, expr.span)
    b.current = no
    b.assign(dest, ir.Use(ir.Constant("bool", False, T.BOOL, expr.span)), expr.span)
    b.goto(join, expr.span)
    pop_scope(b, expr.span.shrink_to_hi())
