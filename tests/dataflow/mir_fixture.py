"""Small hand-built MIR bodies for dataflow unit tests (no parser needed)."""
from borrowck.mir import ir
from borrowck.source.span import Span
from borrowck.types import ty as T

STRING = T.Adt("std::string::String")
SP = Span(0, 0)


def make_body(local_tys, blocks, arg_count=0, names=None):
    """local_tys: types of _0.._n; blocks: list of (statements, terminator)."""
    names = names or {}
    decls = tuple(
        ir.LocalDecl(t, Span(i, i + 1), "return" if i == 0 else ("arg" if i <= arg_count else "var"),
                     name=names.get(i))
        for i, t in enumerate(local_tys))
    bbs = tuple(ir.BasicBlock(tuple(stmts), term) for stmts, term in blocks)
    return ir.Body("crate::test", "fn", None, SP, decls, arg_count, bbs)


def assign(local, rvalue, span=SP):
    return ir.Assign(ir.Place(local), rvalue, span)


def move(local, *proj):
    return ir.Move(ir.Place(local, tuple(proj)))


def const_string():
    return ir.Use(ir.Constant("str", "s", STRING))


def goto(b):
    return ir.Goto(b, SP)


def ret():
    return ir.Return(SP)


def switch(local, then_b, else_b):
    return ir.SwitchInt(ir.Copy(ir.Place(local)), (0,), (else_b, then_b), SP)
