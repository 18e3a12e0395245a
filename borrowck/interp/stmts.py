"""Blocks and statements: scopes, `let`, temporaries and their drop points.

Drop points (edition 2021): a statement's temporaries at its end (reverse creation order);
a block's locals at its end (reverse declaration order), before the temporaries of the
block's tail expression, which belong to the enclosing statement; `let x = &temp()` extends
the temporary to the enclosing block.
"""
from __future__ import annotations

from ..syntax import ast
from .int_types import prim_int
from .signals import Unsupported, UNWINDING
from .values import MOVED, UNIT


class Stmts:
    def eval_block(self, block: ast.Block):
        plan = self.block_plans.get(block)
        if plan is None:
            plan = self.block_plans[block] = self.plan_block(block)
        steps, tail, binds = plan
        if not binds:
            for run, node in steps:
                run(node)
            return self.eval_table[tail.__class__](tail) if tail is not None else UNIT
        scope = self.frame.push_scope()
        try:
            for run, node in steps:
                run(node)
            v = self.eval_table[tail.__class__](tail) if tail is not None else UNIT
        except UNWINDING:
            self.pop_scope(scope)
            raise
        self.pop_scope(scope)
        return v

    def plan_block(self, block):
        """(steps, tail, binds): each statement's handler chosen once — an assignment made
        of locals and operators runs its expression directly (it has no temporaries)."""
        steps = []
        for st in block.stmts:
            if st.__class__ is ast.ExprStmt and (
                    (st.expr.__class__ in _NO_TEMPS_ROOT and self.temp_free(st.expr)) or _unit_if(st.expr)):
                steps.append((self.eval_table[st.expr.__class__], st.expr))
            else:
                steps.append((self.exec_table[st.__class__], st))
        return tuple(steps), block.tail, self.block_binds(block)

    def temp_free(self, e) -> bool:
        cache = self.block_scope_cache
        t = cache.get(e)
        if t is None:
            t = cache[e] = _temp_free(e)
        return t

    def block_binds(self, block) -> bool:
        """Whether the block declares names of its own (else it needs no scope)."""
        b = self.block_scope_cache.get(block)
        if b is None:
            b = self.block_scope_cache[block] = any(
                st.__class__ is ast.Let or st.__class__ is ast.ItemStmt for st in block.stmts)
        return b

    def exec_EmptyStmt(self, st):
        pass

    def exec_ItemStmt(self, st):
        item = st.item
        if item.__class__ is ast.Fn:
            self.program.fns.setdefault(item.ident.name, item)
        # other nested items were indexed with the crate or need nothing at run time

    def exec_ExprStmt(self, st):
        e = st.expr
        if e.__class__ in _NO_TEMPS_ROOT and self.temp_free(e):
            self.eval_table[e.__class__](e)
            return
        frame = self.frame
        outer = frame.temps
        frame.temps = temps = []
        try:
            v = self.eval(st.expr)
            if v is not UNIT and v is not None:
                self.drop_value(v)
        finally:
            frame.temps = outer
            self.drop_temps(temps)

    def exec_Let(self, st):
        frame = self.frame
        scope = frame.scopes[-1]
        outer = frame.temps
        frame.temps = temps = []
        extend = self.block_scope_cache.get(st)
        if extend is None:
            extend = self.block_scope_cache[st] = _extended_operands(st.init) if st.init is not None else None
        outer_extending = frame.extending
        extended = []
        frame.extending = (extend, extended) if extend else None
        if st.ty is not None and st not in self.hinted:
            self.hint_let(st)
        try:
            if st.init is None:
                self.declare_uninit(st.pat, scope, st.ty)
                return
            lst, idx = self.place(st.init)
            if self.test_pattern(st.pat, lst[idx]):
                self.bind_pattern(st.pat, lst, idx, "move", scope, True)
                if st.pat.__class__ is ast.IdentPat:
                    t = prim_int(st.ty) if st.ty is not None else self.int_ty(st.init)
                    if t is not None:
                        scope.types[st.pat.ident.name] = t
            elif st.else_block is not None:
                self.eval_block(st.else_block)
                raise AssertionError("interpreter bug: let-else block did not diverge")
            else:
                raise Unsupported("refutable pattern in `let`", st.pat.span)
        finally:
            frame.temps = outer
            frame.extending = outer_extending
            scope.owned.extend(extended)
            self.drop_temps(temps)

    def declare_uninit(self, pat, scope, st_ty=None) -> None:
        if pat.__class__ is ast.IdentPat:
            scope.declare(pat.ident.name, [MOVED])
            if st_ty is not None and prim_int(st_ty):
                scope.types[pat.ident.name] = prim_int(st_ty)
        elif pat.__class__ is ast.TuplePat:
            for p in pat.elems:
                self.declare_uninit(p, scope)
        elif pat.__class__ is not ast.WildPat:
            raise Unsupported("this pattern in a `let` without initializer", pat.span)


_NO_TEMPS_ROOT = frozenset((ast.CompoundAssign, ast.Assign))
_TEMP_FREE = frozenset((ast.PathExpr, ast.Lit, ast.Binary, ast.Paren, ast.Cast, ast.CompoundAssign,
                        ast.Assign))


def _temp_free(e) -> bool:
    """No temporary can be created while evaluating e (only locals, literals, operators)."""
    c = e.__class__
    if c not in _TEMP_FREE and not (c is ast.Unary and e.op != "*"):
        return False
    if c is ast.Binary or c is ast.CompoundAssign or c is ast.Assign:
        return _temp_free(e.lhs) and _temp_free(e.rhs)
    if c is ast.Paren or c is ast.Cast:
        return _temp_free(e.expr)
    if c is ast.Unary:
        return _temp_free(e.operand)
    if c is ast.PathExpr:
        return len(e.path.segments) == 1
    return True


def _unit_if(e) -> bool:
    """An `if` statement that leaves its statement no temporaries and no value to drop: no
    `let` condition (a plain one is a terminating scope), and every branch ends without a
    tail or with a temporary-free assignment."""
    if e.__class__ is not ast.If or _has_let_cond(e.cond):
        return False
    if not _unit_tail(e.then.tail):
        return False
    other = e.else_
    if other is None:
        return True
    if other.__class__ is ast.BlockExpr:
        return other.label is None and other.kind != "async" and _unit_tail(other.block.tail)
    return _unit_if(other)


def _unit_tail(tail) -> bool:
    return tail is None or (tail.__class__ in _NO_TEMPS_ROOT and _temp_free(tail))


def _has_let_cond(e) -> bool:
    if e.__class__ is ast.LetCond:
        return True
    if e.__class__ is ast.Binary and e.op == "&&":
        return _has_let_cond(e.lhs) or _has_let_cond(e.rhs)
    return False


def _extended_operands(init) -> frozenset:
    """The expressions of `let x = init;` whose temporaries live to the end of the block
    (rustc's temporary lifetime extension): the operand of a `&` in an extending position
    (the initializer itself, or inside its tuples, arrays, struct literals, casts, block
    tails), and the bases of field, index and deref projections of such an operand
    (`&temp().field`, `&temp()[..]`). A method call's receiver is not extended."""
    found = []
    todo = [init]
    while todo:
        e = todo.pop()
        c = e.__class__
        if c is ast.AddrOf:
            operand = e.operand
            while True:
                found.append(operand)
                oc = operand.__class__
                if oc is ast.Field or oc is ast.Index:
                    operand = operand.base
                elif oc is ast.Paren or (oc is ast.Unary and operand.op == "*"):
                    operand = operand.expr if oc is ast.Paren else operand.operand
                else:
                    break
            todo.append(e.operand)  # `&(&a, &b)`: the inner borrows extend too
        elif c is ast.Paren or c is ast.Cast:
            todo.append(e.expr)
        elif c is ast.Tuple or c is ast.Array:
            todo.extend(e.elems)
        elif c is ast.StructLit:
            todo.extend(f.expr for f in e.fields)
        elif c is ast.BlockExpr and e.block.tail is not None:
            todo.append(e.block.tail)
    return frozenset(found)
