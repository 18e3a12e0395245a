"""Blocks and statements: block scopes, expression statements, `let` (with patterns,
type annotations, temporary lifetime extension and `let ... else`)."""
from __future__ import annotations

from ..syntax import ast
from ..types import ty as T
from . import ir
from .build_expr import expr_into, new_scheduled_temp
from .build_match import bind_irrefutable, declare_bindings, is_simple_binding, lower_let_else
from .build_scope import end_span, pop_scope, push_scope


def block_into(b, dest: ir.Place, block: ast.Block) -> None:
    push_scope(b, block.span)
    for stmt in block.stmts:
        lower_stmt(b, stmt)
    if block.tail is not None:
        if b.ctx.edition >= "2024":
            # edition 2024: tail temporaries are dropped before the block's locals
            push_scope(b, block.tail.span, temp_scope=True)
            expr_into(b, dest, block.tail)
            pop_scope(b, end_span(block.span))
        else:
            expr_into(b, dest, block.tail)
    else:
        b.assign(dest, ir.Use(ir.Constant("unit", None, T.UNIT, block.span)), end_span(block.span))
    pop_scope(b)


def lower_stmt(b, stmt) -> None:
    if isinstance(stmt, ast.Let):
        lower_let(b, stmt)
    elif isinstance(stmt, ast.ExprStmt):
        push_scope(b, stmt.span, temp_scope=True)
        ty = b.ty_of(stmt.expr)
        temp = new_scheduled_temp(b, ty, stmt.expr.span, origin=stmt.expr)
        expr_into(b, ir.Place(temp), stmt.expr)
        pop_scope(b, end_span(stmt.span))
    elif isinstance(stmt, ast.ItemStmt):
        pass  # nested items are lowered as their own bodies by build_crate
    elif isinstance(stmt, ast.EmptyStmt):
        pass
    else:
        b.unsupported(stmt.span, f"statement `{type(stmt).__name__}`")


# ───────────────────────────── let ─────────────────────────────


def lower_let(b, let: ast.Let) -> None:
    if let.else_block is not None:
        lower_let_else(b, let)
        return
    block_scope = _block_scope(b)
    pat = let.pat
    if is_simple_binding(b, pat):
        local = declare_bindings(b, pat, block_scope, ty_span=let.ty.span if let.ty is not None else None,
                                 has_init=let.init is not None)[0]
        if let.init is None:
            _ascribe(b, let, ir.Place(local))  # later assignments must fit the annotation
        else:
            mark_extended_temps(b, let.init, block_scope)
            push_scope(b, let.span, temp_scope=True)
            expr_into(b, ir.Place(local), let.init)
            # as rustc: the FakeRead and the ascription precede the temporaries' drops
            b.push(ir.FakeRead(ir.FakeReadCause.FOR_LET, ir.Place(local), pat.span))
            _ascribe(b, let, ir.Place(local))
            pop_scope(b, end_span(let.span))
        return
    if let.init is None:
        declare_bindings(b, pat, block_scope, has_init=False)
        return
    if isinstance(pat, ast.WildPat):
        # `let _ = e;` evaluates e and mentions its place without moving out of it
        push_scope(b, let.span, temp_scope=True)
        from .build_place import as_place, is_place_expr

        if is_place_expr(b, let.init):
            b.push(ir.PlaceMention(as_place(b, let.init), let.init.span))
        else:
            from .build_expr import as_temp

            as_temp(b, let.init)
        pop_scope(b, end_span(let.span))
        return
    declare_bindings(b, pat, block_scope)
    from .build_place import as_place, is_place_expr

    mark_extended_temps(b, let.init, block_scope)
    if is_place_expr(b, let.init):
        push_scope(b, let.span, temp_scope=True)
        place = as_place(b, let.init)
        b.push(ir.FakeRead(ir.FakeReadCause.FOR_LET, place, let.init.span))
        _ascribe(b, let, place)
        bind_irrefutable(b, pat, place)
        pop_scope(b, end_span(let.span))
    else:
        from .build_expr import as_temp

        # the initializer's own temporaries end with the statement (only its value may be extended)
        push_scope(b, let.span, temp_scope=True)
        temp = as_temp(b, let.init, scope=block_scope)
        b.push(ir.FakeRead(ir.FakeReadCause.FOR_LET, ir.Place(temp), let.init.span))
        _ascribe(b, let, ir.Place(temp))
        bind_irrefutable(b, pat, ir.Place(temp))
        pop_scope(b, end_span(let.span))


def _block_scope(b):
    return b.scopes[-1]


def _ascribe(b, let, place) -> None:
    if let.ty is None or place is None:
        return
    from .build_match import is_simple_binding

    # a destructuring pattern: the annotation is the type of the whole pattern
    ty = b.local_ty(place.local) if is_simple_binding(b, let.pat) else b.typed.pat_types.get(let.pat)
    if ty is None:
        return
    b.push(ir.AscribeUserType(place, let.ty, ty, "covariant", let.ty.span))


def mark_extended_temps(b, init, scope) -> None:
    """Temporaries whose lifetime `let` extends to the enclosing block: the operand of `&`
    at the top of the initializer, through parentheses, tuples, arrays, struct literals,
    tuple-struct / variant constructor calls, casts and block tails (rustc's rules for extended temporaries)."""
    stack = [init]
    while stack:
        e = stack.pop()
        if isinstance(e, ast.Paren):
            stack.append(e.expr)
        elif isinstance(e, ast.AddrOf):
            b.extended_temps[e] = scope
            stack.append(e.operand)
            _mark_place_bases(b, e.operand, scope)
        elif isinstance(e, (ast.Tuple, ast.Array)):
            stack.extend(e.elems)
        elif isinstance(e, ast.StructLit):
            stack.extend(f.expr for f in e.fields)
        elif isinstance(e, ast.Call) and _is_constructor(b, e.func):
            stack.extend(e.args)  # `Some(&temp)`, `Wrap(&temp)` (rustc 1.79+)
        elif isinstance(e, ast.Cast):
            stack.append(e.expr)
        elif isinstance(e, ast.MacroCall) and e.name == "format_args" and e.fmt is not None:
            b.extended_temps[e] = scope
            for a in e.fmt.args:  # its arguments' temporaries live as long as the `let` (rustc 1.89+)
                b.extended_temps[a] = scope
        elif isinstance(e, ast.BlockExpr) and e.block.tail is not None and not e.kind:
            stack.append(e.block.tail)


def _is_constructor(b, func) -> bool:
    while isinstance(func, ast.Paren):
        func = func.expr
    res = b.typed.resolutions.get(func) if isinstance(func, ast.PathExpr) else None
    return res is not None and res.kind in ("variant", "tuple_struct")


def _mark_place_bases(b, operand, scope) -> None:
    """`&temp.f`, `&temp[i]`, `&*temp`: the temporary under the borrowed place's
    projections is extended too (rustc's `record_rvalue_scope`)."""
    e = operand
    while True:
        if isinstance(e, ast.Paren):
            e = e.expr
        elif isinstance(e, (ast.Field, ast.Index)):
            e = e.base
        elif isinstance(e, ast.Unary) and e.op == "*":
            e = e.operand
        else:
            break
        b.extended_temps.setdefault(e, scope)
