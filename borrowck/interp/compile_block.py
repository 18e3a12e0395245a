"""Compiling blocks and statements (the closures of what stmts.py runs): the statement plan
(which statements need a temporary scope), `let` with its extended temporaries and its
pattern shape, and each statement's drop points decided once.
"""
from __future__ import annotations

from ..syntax import ast
from .int_types import prim_int
from .moves import take
from .signals import Unsupported, UNWINDING
from .stmts import _NO_TEMPS_ROOT, _extended_operands, _unit_if
from .values import UNIT


class CompileBlocks:
    def compile_block(self, block):
        """`f(frame) -> value` running block: its statements, then its tail; a block that
        declares names opens a scope whose locals drop at its end (reverse order)."""
        steps = tuple(self.compile_stmt(st) for st in block.stmts)
        tail = self.compile_expr(block.tail) if block.tail is not None else None
        if tail is not None and self.typed.edition == "2024" and not self.temp_free(block.tail):
            tail = self.tail_temporaries_scope(tail)
        pop_scope = self.pop_scope
        if self.block_binds(block):
            def scoped(fr):
                scope = fr.push_scope()
                try:
                    for run in steps:
                        run(fr)
                    v = tail(fr) if tail is not None else UNIT
                except UNWINDING:
                    pop_scope(scope)
                    raise
                pop_scope(scope)
                return v
            return scoped
        if not steps:
            return tail if tail is not None else (lambda fr: UNIT)
        if tail is None and len(steps) == 1:
            only, = steps

            def one_stmt(fr):
                only(fr)
                return UNIT
            return one_stmt
        if tail is None:
            def unscoped(fr):
                for run in steps:
                    run(fr)
                return UNIT
            return unscoped

        def unscoped_tail(fr):
            for run in steps:
                run(fr)
            return tail(fr)
        return unscoped_tail

    def tail_temporaries_scope(self, tail):
        """Edition 2024: the tail expression's temporaries drop at the end of the block,
        before its locals (edition 2021: at the end of the enclosing statement, after)."""
        drop_temps = self.drop_temps

        def tail_scope(fr):
            outer = fr.temps
            fr.temps = temps = []
            try:
                return tail(fr)
            finally:
                fr.temps = outer
                drop_temps(temps)
        return tail_scope

    def compile_stmt(self, st):
        c = st.__class__
        if c is ast.ExprStmt:
            return self.compile_expr_stmt(st)
        if c is ast.Let:
            return self.compile_let(st)
        if c is ast.EmptyStmt:
            return lambda fr: None
        run = self.exec_ItemStmt
        return lambda fr: run(st)

    def compile_expr_stmt(self, st):
        e = st.expr
        value = self.compile_expr(e)
        if (e.__class__ in _NO_TEMPS_ROOT and self.temp_free(e)) or _unit_if(e):
            return value  # no temporaries, no value to drop
        drop_value = self.drop_value
        drop_temps = self.drop_temps

        def expr_stmt(fr):
            outer = fr.temps
            fr.temps = temps = []
            try:
                v = value(fr)
                if v is not UNIT and v is not None:
                    drop_value(v)
            finally:
                fr.temps = outer
                drop_temps(temps)
        return expr_stmt

    def compile_let(self, st):
        if st.init is None:
            declare_uninit = self.declare_uninit
            pat, ty = st.pat, st.ty
            return lambda fr: declare_uninit(pat, fr.scopes[-1], ty)
        init = self.compile_place(st.init)
        extend = _extended_operands(st.init) or None
        pat = st.pat
        simple = self.simple_params_of((pat,))
        name = simple[0] if simple is not None else None
        test_pattern = self.test_pattern
        bind_pattern = self.bind_pattern
        drop_temps = self.drop_temps
        int_ty = self.int_ty
        decl_ty = prim_int(st.ty) if st.ty is not None else None
        is_ident = pat.__class__ is ast.IdentPat
        hint = st.ty is not None
        it = self

        def let(fr):
            scope = fr.scopes[-1]
            outer = fr.temps
            fr.temps = temps = []
            outer_extending = fr.extending
            extended = []
            fr.extending = (extend, extended) if extend else None
            if hint and st not in it.hinted:
                it.hint_let(st)
            try:
                lst, idx = init(fr)
                if name is not None:
                    scope.declare(name, [take(lst, idx)])
                elif test_pattern(pat, lst[idx]):
                    bind_pattern(pat, lst, idx, "move", scope, True)
                elif st.else_block is not None:
                    # the initializer's temporaries are dropped before the else block runs
                    fr.temps = outer
                    drop_temps(temps)
                    del temps[:]
                    it.eval_block(st.else_block)
                    raise AssertionError("interpreter bug: let-else block did not diverge")
                else:
                    raise Unsupported("refutable pattern in `let`", pat.span)
                if is_ident:
                    t = decl_ty if decl_ty is not None else int_ty(st.init)
                    if t is not None:
                        scope.types[pat.ident.name] = t
            finally:
                fr.temps = outer
                fr.extending = outer_extending
                scope.owned.extend(extended)
                drop_temps(temps)
        return let
