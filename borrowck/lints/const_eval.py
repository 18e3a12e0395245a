"""A small constant evaluator for `const`/`static` initializers and constant operands in bodies.

It covers what rustc's evaluator reports most often: integer arithmetic with overflow and
division checks, shifts, negation, casts, array/tuple construction and indexing, other
constants, `T::MIN`/`T::MAX`. Anything else raises `NotConstant`: the caller then says
nothing (the interpreter still evaluates it at run time).

Integer literal types come from the type checker's `expr_types` when it recorded them,
otherwise from the expected type pushed down from the item's declared type, otherwise
from the other operand; an unconstrained literal is `i32`, as in Rust.
"""
from __future__ import annotations

from typing import Callable, Optional

from ..source.span import Span
from ..syntax import ast
from ..syntax.node_class import node_class
from ..types import ty as T
from .int_values import INT_NAMES, bits, fits, int_range, show, signed, wrap


class NotConstant(Exception):
    """The expression is outside what this evaluator handles (or not constant at all)."""


class ErroneousConstant(Exception):
    """The expression uses a constant whose own evaluation failed (already reported)."""

    def __init__(self, span: Span):
        super().__init__("erroneous constant")
        self.span = span


class ConstEvalError(Exception):
    """Evaluation fails: rustc's message (`attempt to compute ...`) at the failing operation."""

    def __init__(self, kind: str, message: str, span: Span):
        super().__init__(message)
        self.kind = kind  # "overflow" | "panic" (division by zero, index out of bounds)
        self.message = message
        self.span = span


@node_class(frozen=True, slots=True)
class IntV:
    value: int
    ty: Optional[str]  # None: a literal whose type is still open


@node_class(frozen=True, slots=True)
class ArrayV:
    elems: tuple


@node_class(frozen=True, slots=True)
class TupleV:
    elems: tuple


@node_class(frozen=True, slots=True)
class ScalarV:
    """bool, char, str, float: carried along, not computed with."""

    value: object


ARITH = {"+": "+", "-": "-", "*": "*"}


def int_ty_name(t) -> Optional[str]:
    return t.name if isinstance(t, T.Int) else None


def ast_int_name(ty: Optional[ast.Node]) -> Optional[str]:
    if isinstance(ty, ast.PathType) and len(ty.path.segments) == 1:
        name = ty.path.segments[0].ident.name
        return name if name in INT_NAMES else None
    return None


@node_class
class Evaluator:
    """Evaluates expressions of one item or body.

    expr_type: the type checker's type of an expression (or None)
    lookup_path: the value a path names: an IntV/ArrayV/... (a constant or known local),
                 raises ErroneousConstant / NotConstant
    """

    expr_type: Callable[[ast.Node], Optional[T.Ty]]
    lookup_path: Callable[[ast.PathExpr], object]
    # the type of an integer literal nothing constrains: "i32" in items (whose declared
    # type drives inference), None in bodies without type information (then: not constant)
    fallback_int: Optional[str] = "i32"

    def default_int(self) -> str:
        if self.fallback_int is None:
            raise NotConstant("literal of unknown type")
        return self.fallback_int

    def eval(self, e: ast.Node, expected: Optional[object] = None):
        """expected: an int type name, or an ast type / Ty for arrays (element type pushdown)."""
        method = getattr(self, "eval_" + type(e).__name__, None)
        if method is None:
            raise NotConstant(type(e).__name__)
        return method(e, expected)

    # ── literals and paths ──

    def typed_name(self, e: ast.Node, expected) -> Optional[str]:
        name = int_ty_name(self.expr_type(e))
        if name is None and isinstance(expected, str):
            name = expected
        return name

    def eval_Lit(self, e: ast.Lit, expected):
        if e.kind == "int":
            name = e.suffix if e.suffix in INT_NAMES else self.typed_name(e, expected)
            return IntV(e.value, name)
        if e.kind in ("bool", "char", "str", "float", "byte"):
            if e.kind == "byte":
                return IntV(e.value if isinstance(e.value, int) else ord(e.value), "u8")
            return ScalarV(e.value)
        raise NotConstant("literal")

    def eval_PathExpr(self, e: ast.PathExpr, expected):
        segs = [s.ident.name for s in e.path.segments]
        if len(segs) == 2 and segs[0] in INT_NAMES and segs[1] in ("MIN", "MAX"):
            lo, hi = int_range(segs[0])
            return IntV(lo if segs[1] == "MIN" else hi, segs[0])
        return self.lookup_path(e)

    def eval_Paren(self, e: ast.Paren, expected):
        return self.eval(e.expr, expected)

    def eval_BlockExpr(self, e: ast.BlockExpr, expected):
        if e.block.stmts or e.block.tail is None or e.kind not in ("", "const"):
            raise NotConstant("block")
        return self.eval(e.block.tail, expected)

    # ── aggregates ──

    def eval_Array(self, e: ast.Array, expected):
        elem = expected.elem if isinstance(expected, (ast.ArrayType, T.Array)) else None
        elem = ast_int_name(elem) if isinstance(elem, ast.Node) else int_ty_name(elem) or elem
        return ArrayV(tuple(self.eval(x, elem) for x in e.elems))

    def eval_ArrayRepeat(self, e: ast.ArrayRepeat, expected):
        elem = expected.elem if isinstance(expected, (ast.ArrayType, T.Array)) else None
        elem = ast_int_name(elem) if isinstance(elem, ast.Node) else int_ty_name(elem) or elem
        value = self.eval(e.elem, elem)
        count = self.int_of(self.eval(e.count, "usize"))
        if count > 1 << 16:
            raise NotConstant("large array")
        return ArrayV((value,) * count)

    def eval_Tuple(self, e: ast.Tuple, expected):
        return TupleV(tuple(self.eval(x) for x in e.elems))

    def eval_Index(self, e: ast.Index, expected):
        base = self.eval(e.base)
        index = self.int_of(self.eval(e.index, "usize"))
        if not isinstance(base, ArrayV):
            raise NotConstant("index base")
        if not 0 <= index < len(base.elems):
            raise ConstEvalError(
                "panic", f"index out of bounds: the length is {len(base.elems)} but the index is {index}", e.span)
        return base.elems[index]

    def eval_Field(self, e: ast.Field, expected):
        base = self.eval(e.base)
        if isinstance(base, TupleV) and e.ident.name.isdigit() and int(e.ident.name) < len(base.elems):
            return base.elems[int(e.ident.name)]
        raise NotConstant("field")

    def eval_MethodCall(self, e: ast.MethodCall, expected):
        if e.method.name == "len" and not e.args:
            base = self.eval(e.receiver)
            if isinstance(base, ArrayV):
                return IntV(len(base.elems), "usize")
            if isinstance(base, ScalarV) and isinstance(base.value, str):
                return IntV(len(base.value.encode()), "usize")
        raise NotConstant("method call")

    # ── operators ──

    def int_of(self, v) -> int:
        if not isinstance(v, IntV):
            raise NotConstant("not an integer")
        return v.value

    def eval_Unary(self, e: ast.Unary, expected):
        v = self.eval(e.operand, expected)
        if e.op == "-" and isinstance(v, IntV):
            name = v.ty or self.typed_name(e, expected) or self.default_int()
            if not signed(name):
                raise NotConstant("negating unsigned")  # a type error, reported by typeck
            if not fits(-v.value, name):
                raise ConstEvalError("overflow", f"attempt to negate `{show(v.value, name)}`, which would overflow", e.span)
            return IntV(-v.value, name)
        if e.op == "!" and isinstance(v, IntV):
            name = v.ty or self.typed_name(e, expected) or self.default_int()
            return IntV(wrap(~v.value, name), name)
        if e.op == "!" and isinstance(v, ScalarV) and isinstance(v.value, bool):
            return ScalarV(not v.value)
        raise NotConstant("unary")

    def eval_Cast(self, e: ast.Cast, expected):
        target = ast_int_name(e.ty)
        v = self.eval(e.expr)
        if target is None or not isinstance(v, IntV):
            raise NotConstant("cast")
        return IntV(wrap(v.value, target), target)

    def eval_Binary(self, e: ast.Binary, expected):
        op = e.op
        if op in ("&&", "||"):
            raise NotConstant("lazy boolean")
        if op in ("<<", ">>"):
            lhs = self.eval(e.lhs, expected)
            rhs = self.eval(e.rhs)
            return self.shift(e, lhs, rhs, expected)
        result_name = self.typed_name(e, expected) if op in "+-*/%&|^" else None
        lhs = self.eval(e.lhs, result_name)
        rhs = self.eval(e.rhs, lhs.ty if isinstance(lhs, IntV) and lhs.ty else result_name)
        if not (isinstance(lhs, IntV) and isinstance(rhs, IntV)):
            raise NotConstant("non-integer operands")
        name = lhs.ty or rhs.ty or result_name or self.default_int()
        return self.int_binary(e, op, lhs.value, rhs.value, name)

    def int_binary(self, e: ast.Node, op: str, a: int, b: int, name: str):
        if op in ("==", "!=", "<", "<=", ">", ">="):
            return ScalarV({"==": a == b, "!=": a != b, "<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b}[op])
        if op in ARITH:
            value = a + b if op == "+" else a - b if op == "-" else a * b
            if not fits(value, name):
                raise ConstEvalError(
                    "overflow", f"attempt to compute `{show(a, name)} {op} {show(b, name)}`, which would overflow", e.span)
            return IntV(value, name)
        if op in ("/", "%"):
            if b == 0:
                text = (f"attempt to divide `{show(a, name)}` by zero" if op == "/" else
                        f"attempt to calculate the remainder of `{show(a, name)}` with a divisor of zero")
                raise ConstEvalError("panic", text, e.span)
            if signed(name) and a == int_range(name)[0] and b == -1:
                what = "compute" if op == "/" else "compute the remainder of"
                raise ConstEvalError(
                    "overflow", f"attempt to {what} `{show(a, name)} {op} {show(b, name)}`, which would overflow", e.span)
            q = abs(a) // abs(b) * (1 if (a >= 0) == (b >= 0) else -1)  # truncating division
            return IntV(q if op == "/" else a - q * b, name)
        if op in ("&", "|", "^"):
            value = a & b if op == "&" else a | b if op == "|" else a ^ b
            return IntV(wrap(value, name), name)
        raise NotConstant(op)

    def shift(self, e: ast.Binary, lhs, rhs, expected):
        if not (isinstance(lhs, IntV) and isinstance(rhs, IntV)):
            raise NotConstant("shift operands")
        name = lhs.ty or self.typed_name(e, expected) or self.default_int()
        rname = rhs.ty or self.default_int()
        if not 0 <= rhs.value < bits(name):
            direction = "left" if e.op == "<<" else "right"
            raise ConstEvalError(
                "overflow", f"attempt to shift {direction} by `{show(rhs.value, rname)}`, which would overflow", e.span)
        value = lhs.value << rhs.value if e.op == "<<" else lhs.value >> rhs.value
        return IntV(wrap(value, name), name)
