"""Desugared constructs: `for` loops and the `?` operator.

`for PAT in EXPR { BODY }` is lowered like rustc's desugaring:
    let mut iter = IntoIterator::into_iter(EXPR);
    loop { match Iterator::next(&mut iter) { None => break, Some(PAT) => BODY } }
The iterator's type is the into_iter callee's return type when TypedCrate.callees has the
For node, else the type of EXPR (already an iterator). Loop bindings are LocalInfo.FOR_LOOP_VAR.

`EXPR?` on Option/Result: switch on the discriminant; `Some(v)`/`Ok(v)` continue with v,
`None` returns None, `Err(e)` returns `Err(From::from(e))` after leaving every scope.
"""
from __future__ import annotations

from ..types import ty as T
from . import ir
from .build_call import emit_call
from .build_expr import _loop_scope, as_operand, emit_return, expr_into, loop_head_span, new_scheduled_temp
from .build_match import _candidates_or_unsupported, bind_pattern, declare_bindings, scrutinee_place, test_pattern
from .build_place import adjusted_ty
from .build_scope import exit_scopes_to, pop_scope, push_scope
from .build_stmt import block_into

OPTION = "std::option::Option"
RESULT = "std::result::Result"


def variant_index(b, adt: str, name: str, default: int) -> int:
    info = b.typed.adts.get(adt)
    for v in info.variants if info is not None else ():
        if v.name == name:
            return v.index
    return default


def lower_for(b, dest, expr) -> None:
    callee = b.typed.callees.get(expr)
    iter_ty = callee.sig_ret if callee is not None else adjusted_ty(b, expr.iter)
    item_ty = b.typed.pat_types.get(expr.pat, T.ERROR)
    push_scope(b, expr.span, temp_scope=True)
    source = as_operand(b, expr.iter)
    it = new_scheduled_temp(b, iter_ty, expr.iter.span, origin=expr.iter)
    emit_call(b, "std::iter::IntoIterator::into_iter", (source,), ir.Place(it), expr.iter.span, callee_info=callee,
              from_call_syntax=False, desugaring="for_loop_into_iter", diverges=False)
    head = b.new_block()
    body = b.new_block()
    exit_block = b.new_block()
    b.goto(head, expr.span)
    b.terminate(ir.FalseUnwind(body, loop_head_span(expr)), body)
    b.loops.append(_loop_scope(b, expr.label, exit_block, head, dest))
    push_scope(b, expr.body.span, temp_scope=True)
    ref = new_scheduled_temp(b, T.Ref(T.ERASED, True, iter_ty), expr.iter.span)
    b.assign(ir.Place(ref), ir.Ref(ir.BorrowKind.MUT, ir.Place(it)), expr.iter.span)
    opt_ty = T.Adt(OPTION, (item_ty,))
    nxt = new_scheduled_temp(b, opt_ty, expr.iter.span)
    emit_call(b, "std::iter::Iterator::next", (ir.Move(ir.Place(ref)),), ir.Place(nxt), expr.iter.span,
              from_call_syntax=False, desugaring="for_loop_next", diverges=False)
    disc = new_scheduled_temp(b, T.Int("isize"), expr.iter.span)
    b.assign(ir.Place(disc), ir.Discriminant(ir.Place(nxt)), expr.iter.span)
    some_block = b.new_block()
    none_block = b.new_block()
    some = variant_index(b, OPTION, "Some", 1)
    b.terminate(ir.SwitchInt(ir.Move(ir.Place(disc)), (some,), (some_block, none_block), expr.span), none_block)
    exit_scopes_to(b, b.loops[-1].scope_depth, expr.span)
    b.goto_only(exit_block, expr.span)
    b.current = some_block
    item = ir.Place(nxt).project(ir.Downcast(some, "Some")).field(0, "0", item_ty)
    saved = b.binding_info
    b.binding_info = ir.LocalInfo.FOR_LOOP_VAR
    declare_bindings(b, expr.pat, b.scopes[-1])
    b.binding_info = saved
    cands = _candidates_or_unsupported(b, expr.pat)
    bind_pattern(b, expr.pat, item, cands[0])
    unit = new_scheduled_temp(b, T.UNIT, expr.body.span)
    block_into(b, ir.Place(unit), expr.body)
    pop_scope(b)
    b.goto(head, expr.span)
    b.loops.pop()
    b.current = exit_block
    b.assign(dest, ir.Use(ir.Constant("unit", None, T.UNIT, expr.span)), expr.span)
    pop_scope(b, expr.span.shrink_to_hi())


def lower_try(b, dest, expr) -> None:
    ty = adjusted_ty(b, expr.expr)
    if not isinstance(ty, T.Adt) or ty.def_id not in (OPTION, RESULT):
        b.unsupported(expr.span, "`?` on a type other than Option or Result")
    place = scrutinee_place(b, expr.expr)
    is_option = ty.def_id == OPTION
    ok_name, fail_name = ("Some", "None") if is_option else ("Ok", "Err")
    ok_index = variant_index(b, ty.def_id, ok_name, 1 if is_option else 0)
    fail_index = variant_index(b, ty.def_id, fail_name, 0 if is_option else 1)
    disc = new_scheduled_temp(b, T.Int("isize"), expr.span)
    b.assign(ir.Place(disc), ir.Discriminant(place), expr.span)
    ok_block = b.new_block()
    fail_block = b.new_block()
    b.terminate(ir.SwitchInt(ir.Move(ir.Place(disc)), (ok_index,), (ok_block, fail_block), expr.span), fail_block)
    ret = ir.Place(ir.RETURN_PLACE)
    ret_ty = b.local_ty(ir.RETURN_PLACE)
    type_args = [a for a in ty.args if not isinstance(a, T.Region)]
    if is_option:
        b.assign(ret, ir.Aggregate(ir.AggregateKind.ADT, (), ret_ty, OPTION, fail_index, "None"), expr.span)
    else:
        err_ty = type_args[1] if len(type_args) > 1 else T.ERROR
        ret_args = [a for a in getattr(ret_ty, "args", ()) if not isinstance(a, T.Region)]
        target_err = ret_args[1] if len(ret_args) > 1 else err_ty
        err = ir.Place(place.local, place.projection).project(ir.Downcast(fail_index, "Err")).field(0, "0", err_ty)
        converted = new_scheduled_temp(b, target_err, expr.span)
        emit_call(b, "std::convert::From::from", (b.operand_of_place(err, err_ty),), ir.Place(converted), expr.span,
                  callee_info=b.typed.callees.get(expr), from_call_syntax=False, desugaring="try_branch",
                  diverges=False)
        ret_def = ret_ty.def_id if isinstance(ret_ty, T.Adt) else RESULT
        b.assign(ret, ir.Aggregate(ir.AggregateKind.ADT, (ir.Move(ir.Place(converted)),), ret_ty, ret_def,
                                   fail_index, "Err", ("0",)), expr.span)
    emit_return(b, expr.span)
    b.current = ok_block
    val_ty = type_args[0] if type_args else T.ERROR
    value = place.project(ir.Downcast(ok_index, ok_name)).field(0, "0", val_ty)
    b.assign(dest, ir.Use(b.operand_of_place(value, val_ty)), expr.span)


__all__ = ["lower_for", "lower_try", "expr_into", "test_pattern"]
