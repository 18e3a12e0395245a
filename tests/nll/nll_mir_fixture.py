"""Hand-written MIR bodies for the NLL unit tests (no parser or builder involved)."""
from __future__ import annotations

from types import SimpleNamespace

from borrowck.mir import ir
from borrowck.source.span import Span
from borrowck.types import ty as T
from borrowck.types.typed_crate import Callee, FnInfo, TypedCrate

VEC_I32 = T.Adt("std::vec::Vec", (T.I32,))


def sp(n: int) -> Span:
    """A distinct span per statement: bytes [10n, 10n+5)."""
    return Span(10 * n, 10 * n + 5)


def var(name, ty, mutable=False, n=0):
    return ir.LocalDecl(ty, sp(n), ir.LocalKind.VAR, mutable, name)


def temp(ty, n=0):
    return ir.LocalDecl(ty, sp(n), ir.LocalKind.TEMP, True)


def arg(name, ty, n=0):
    return ir.LocalDecl(ty, sp(n), ir.LocalKind.ARG, False, name)


def ref(ty, mutable=False):
    return T.Ref(T.ERASED, mutable, ty)


def assign(local, rvalue, n, proj=()):
    return ir.Assign(ir.Place(local, proj), rvalue, sp(n))


def borrow(local, kind=ir.BorrowKind.SHARED, proj=()):
    return ir.Ref(kind, ir.Place(local, proj))


def copy(local, proj=()):
    return ir.Use(ir.Copy(ir.Place(local, proj)))


def move(local, proj=()):
    return ir.Use(ir.Move(ir.Place(local, proj)))


def call(callee_id, args, dest, target, n, sig_params=(), sig_ret=T.UNIT, bounds=()):
    info = Callee(callee_id, None, (), tuple(sig_params), sig_ret, tuple(bounds))
    func = ir.Constant("fn", None, T.FnDef(callee_id), def_id=callee_id)
    return ir.Call(func, tuple(args), ir.Place(dest), target, sp(n), callee=callee_id,
                   callee_info=info)


def block(stmts, term):
    return ir.BasicBlock(tuple(stmts), term)


def fn_body(locals_, blocks, arg_count=0, source=None, def_id="crate::main"):
    return ir.Body(def_id, ir.BodyKind.FN, source if source is not None else object(), sp(0),
                   tuple(locals_), arg_count, tuple(blocks))


def crate_of(*bodies):
    return ir.MirCrate(tuple(bodies), (), {b.def_id: b for b in bodies})


def typed_with(fns=()):
    """A TypedCrate whose `fns` maps each FnInfo's node to it."""
    typed = TypedCrate(crate=None)
    for info in fns:
        typed.fns[info.node] = info
    return typed


def fn_info(def_id, params, ret, lifetimes=(), outlives=(), lifetime_spans=None):
    generics = SimpleNamespace(params=tuple(
        SimpleNamespace(lifetime=SimpleNamespace(name=name[1:], span=(lifetime_spans or {}).get(name, sp(0))))
        for name in lifetimes if not name.startswith("'_")))
    node = _Node(generics=generics, self_param=None,
                           params=tuple(SimpleNamespace(ty=SimpleNamespace(span=sp(90 + i)), span=sp(90 + i))
                                        for i in range(len(params))))
    return FnInfo(def_id, node, tuple(params), ret, (), tuple(lifetimes), tuple(outlives))


class _Node(SimpleNamespace):
    """An ast.Fn stand-in, hashed by identity like AST nodes."""

    __hash__ = object.__hash__

    def __eq__(self, other):
        return self is other


def rv(i):
    """A typeck region variable (as Callee signatures carry them)."""
    return T.Region("var", "", i)
