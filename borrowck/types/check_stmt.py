"""Statements: `let` (with type annotation, init, let-else) and expression statements.

`check_stmt` returns True when the statement diverges (its value has type `!`), so a
block without a tail whose statements diverge has type `!` (`{ return 1; }`).
"""
from __future__ import annotations

from ..syntax import ast
from ..diagnostics import registry
from . import ty as T
from .check_expr import check_block, check_expr, check_expr_coerce
from .pattern_check import check_pat, declare_bindings


def check_stmt(fcx, s) -> bool:
    cls = type(s)
    if cls is ast.Let:
        return check_let(fcx, s)
    if cls is ast.ExprStmt:
        e = s.expr
        if not s.has_semi and type(e) in (ast.If, ast.Match, ast.BlockExpr, ast.While, ast.Loop, ast.For):
            # a block-like statement without `;` must have type `()`
            t = check_expr(fcx, e, T.UNIT, site=type(e) in (ast.If, ast.Match, ast.BlockExpr))
        else:
            t = check_expr(fcx, e, None)
        return type(fcx.shallow(t)) is T.Never
    if cls is ast.ItemStmt or cls is ast.EmptyStmt:
        return False
    fcx.unsupported(s.span, f"statement `{cls.__name__}`")
    return False


def check_let(fcx, s: ast.Let) -> bool:
    declared = fcx.lower_type(s.ty) if s.ty is not None else None
    if declared is not None:
        from .crate_check import require_sized

        from .crate_check import require_well_formed

        require_well_formed(fcx, declared, s.ty.span)
        require_sized(fcx, declared, s.pat.span)
    init_t = None
    if s.init is not None:
        if declared is not None:
            init_t = check_expr_coerce(fcx, s.init, declared)
        else:
            init_t = check_expr(fcx, s.init, None)
    diverges = init_t is not None and type(fcx.shallow(fcx.expr_types.get(s.init, init_t))) is T.Never
    if declared is None and init_t is not None and type(s.pat) is ast.IdentPat and not s.pat.by_ref:
        from .crate_check import require_sized

        require_sized(fcx, init_t, s.pat.span)  # `let t = *boxed_str;`: a local must be sized
    pat_ty = declared if declared is not None else (init_t if init_t is not None else fcx.new_var(s.pat.span))
    if init_t is not None and type(fcx.shallow(init_t)) is T.Never and declared is None:
        pat_ty = fcx.new_var(s.pat.span)
    if s.else_block is not None:
        t = check_block(fcx, s.else_block, None)
        if type(fcx.shallow(t)) is not T.Never:
            fcx.error("E0308.tc_else_clause_let", s.else_block.span,
                      registry.text("E0308.tc_expected.label", t_ty=fcx.show(t)))
    bindings = check_pat(fcx, s.pat, pat_ty, is_let=True)
    declare_bindings(fcx, bindings)
    return diverges
