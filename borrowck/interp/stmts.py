"""Blocks and statements, the static facts compile_block.py uses: which expressions create
no temporary with drop glue, which blocks declare names, which `let` temporaries are
extended; `eval_block` runs a block's compiled code.

Drop points (edition 2021): a statement's temporaries at its end (reverse creation order);
a block's locals at its end (reverse declaration order), before the temporaries of the
block's tail expression, which belong to the enclosing statement (edition 2024: they drop
at the end of the block, before its locals); `let x = &temp()` extends the temporary to the
enclosing block.
"""
from __future__ import annotations

from ..syntax import ast
from .int_types import prim_int
from .signals import Unsupported
from .values import MOVED


class Stmts:
    def eval_block(self, block: ast.Block):
        """Run block through its compiled code (compile_block.py)."""
        code = self.code.get(block)
        if code is None:
            code = self.block_code_of(block)
        return code(self.frame)

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

    def exec_ItemStmt(self, st):
        item = st.item
        if item.__class__ is ast.Fn:
            self.program.fns.setdefault(item.ident.name, item)
        # other nested items were indexed with the crate or need nothing at run time

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
    """No temporary with drop glue can be created while evaluating e (only locals,
    literals, operators, fields and integer indexing of such places: a place projection
    materializes at most a scalar or a slice view)."""
    c = e.__class__
    if c is ast.Field:
        return _temp_free(e.base)
    if c is ast.Index:
        return e.index.__class__ is not ast.Range and _temp_free(e.base) and _temp_free(e.index)
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
