"""Python source for operator trees: a `Binary` whose operands are (through parentheses,
integer casts and nested operators) literals, scalar locals or other code becomes ONE
Python function of straight-line code, so `(i + j) % 3 == 0` costs one call, not six.

Every operator keeps its run-time guard: integers take the inline path (bounds checked
against the type checker's width, rustc's overflow/division panics at the operator's span),
anything else the generic `arith`/`compare_op`; `&&`/`||` short-circuit. Operands are
evaluated left to right, as before; locals are read as `eval_PathExpr` reads a Copy scalar.
"""
from __future__ import annotations

from ..syntax import ast
from ..types import ty as T
from . import ops
from .signals import RustPanic
from .exprs import PLAIN
from .values import UNIT, ArrayV, VecV

_ARITH = frozenset(("+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>"))
_CMP = frozenset(("==", "!=", "<", "<=", ">", ">="))
_CHECKED = frozenset(("+", "-", "*"))
_SCALAR_TYPES = (T.Int, T.Bool, T.Char, T.Float)


class ScalarSource:
    def scalar_code(self, e):
        """The generated function for the operator tree rooted at e, or None when e's
        operator needs what only the closures know (unknown integer width, a comparison of
        non-scalar operands)."""
        if not self.scalar_inline(e):
            return None
        gen = _Source(self)
        result = gen.value(e, 1)
        gen.emit(1, f"return {result}")
        return gen.function(e)

    def scalar_compound_code(self, e, apply):
        """`x op= rhs` for an integer local x and op `+ - *`: one generated function
        (rhs, then x's bounds-checked update); other shapes call `apply(frame, rhs)`."""
        name = self.scalar_local(e.lhs)
        known, ty = self.static_int_ty(e)
        if name is None or not known or ty is None or e.op not in _CHECKED:
            return None
        if self.expr_types.get(e.lhs).__class__ is not T.Int:
            return None
        gen = _Source(self)
        gen.ns["APPLY"] = apply
        gen.ns["UNIT"] = UNIT
        r = gen.value(e.rhs, 1)
        lo, hi = ops.BOUNDS[ty]
        gen.emit(1, f"s = V.get({name!r})")
        gen.emit(1, f"if s is not None and s[0].__class__ is int and {gen.both_int(r, r)}:")
        gen.emit(2, f"t = s[0] {e.op[0]} {r}")
        gen.emit(2, f"if not ({lo} <= t <= {hi}):")
        gen.emit(3, f"raise RustPanic({ops.OVERFLOW_MSG[e.op[0]]!r}, {gen.const(e.span)})")
        gen.emit(2, "s[0] = t")
        gen.emit(2, "return UNIT")
        gen.emit(1, f"return APPLY(fr, {r})")
        return gen.function(e)

    def scalar_inline(self, e) -> bool:
        """Whether e is an operator the generated code evaluates itself."""
        c = e.__class__
        if c is ast.Paren:
            return self.scalar_inline(e.expr)
        if c is ast.Binary:
            op = e.op
            if op == "&&" or op == "||":
                return True
            if op in _ARITH:
                return self.static_int_ty(e)[0]
            if op in _CMP:
                return self.scalar_typed(e.lhs) and self.scalar_typed(e.rhs)
            return False
        if c is ast.Cast:
            ty = e.ty
            return ty.__class__ is ast.PathType and ty.path.segments[-1].ident.name in ops.BITS
        return False

    def scalar_index(self, e) -> bool:
        """e is `local[i]` of a scalar element type, i a literal or a scalar local (reading
        them has no effect, so the generic path may start over)."""
        if e.__class__ is not ast.Index or not self.scalar_typed(e):
            return False
        base, index = e.base, e.index
        if base.__class__ is not ast.PathExpr or self.local_name(base) is None:
            return False
        res = self.typed.resolutions.get(base)
        if res is None or res.kind != "local":
            return False
        return index.__class__ is ast.Lit or self.scalar_local(index) is not None

    def index_value_slow(self, e, slot, i):
        """The value of `slot[0][i]` (a scalar) beyond the inline Vec/array case."""
        lst, idx = self.index_place_slow(e, slot, 0, i)
        v = lst[idx]
        return v if v.__class__ in PLAIN else self.take(lst, idx)

    def scalar_typed(self, e) -> bool:
        """The type checker says e is an integer, float, bool or char (a PLAIN value)."""
        return self.expr_types.get(e).__class__ in _SCALAR_TYPES

    def scalar_local(self, e):
        """The name of a local read as a Copy scalar (`eval_PathExpr` returns it as is)."""
        if e.__class__ is not ast.PathExpr or not self.scalar_typed(e):
            return None
        res = self.typed.resolutions.get(e)
        if res is None or res.kind != "local":
            return None
        return self.local_name(e)


class _Source:
    """The lines and namespace of one generated function."""

    def __init__(self, it):
        self.it = it
        self.lines = []
        self.ns = {"RustPanic": RustPanic, "ARITH": it.arith, "CMP": it.compare_op,
                   "IB": ops.int_binop, "PATH": it.path_value, "CAST": it.cast_int_slow,
                   "INDEX": it.index_value_slow, "VecV": VecV, "ArrayV": ArrayV}
        self.n = 0
        self.ints = set()  # names known to hold an int (integer literals)

    def both_int(self, a: str, b: str) -> str:
        tests = [f"{x}.__class__ is int" for x in dict.fromkeys((a, b)) if x not in self.ints]
        return " and ".join(tests) if tests else "True"

    def function(self, e):
        """Compile the emitted lines into `scalar(fr)`."""
        src = "def scalar(fr):\n    V = fr.vars\n" + "".join(self.lines)
        ns = dict(self.ns)
        exec(compile(src, f"<scalar {e.span.lo}>", "exec"), ns)  # noqa: S102 - our own generated code
        return ns["scalar"]

    def const(self, v) -> str:
        name = f"K{len(self.ns)}"
        self.ns[name] = v
        return name

    def tmp(self) -> str:
        self.n += 1
        return f"t{self.n}"

    def emit(self, depth: int, line: str) -> None:
        self.lines.append("    " * depth + line + "\n")

    def value(self, e, d: int) -> str:
        """Emit code computing e at indentation d; the name holding its value."""
        it = self.it
        c = e.__class__
        if c is ast.Paren:
            return self.value(e.expr, d)
        if c is ast.Lit:
            v = it.eval_Lit(e)
            if v.__class__ is int:
                self.ints.add(repr(v))
                return repr(v)  # a literal integer: no class test needed
            return self.const(v)
        name = it.scalar_local(e)
        if name is not None:
            t = self.tmp()
            self.emit(d, f"s = V.get({name!r})")
            self.emit(d, f"{t} = s[0] if s is not None else PATH({self.const(e)})")
            return t
        if it.scalar_index(e):
            return self.index(e, d)
        if not it.scalar_inline(e):
            t = self.tmp()
            self.emit(d, f"{t} = {self.const(it.compile_expr(e))}(fr)")
            return t
        if c is ast.Cast:
            return self.cast(e, d)
        op = e.op
        if op == "&&" or op == "||":
            return self.logic(e, d)
        a = self.value(e.lhs, d)
        b = self.value(e.rhs, d)
        t = self.tmp()
        both_int = self.both_int(a, b)
        if op in _CMP:
            self.emit(d, f"{t} = ({a} {op} {b}) if {both_int} else CMP({op!r}, {a}, {b})")
            return t
        ty = it.static_int_ty(e)[1]
        node = self.const(e)
        self.emit(d, f"if {both_int}:")
        if op in _CHECKED and ty is not None:
            lo, hi = ops.BOUNDS[ty]
            self.emit(d + 1, f"{t} = {a} {op} {b}")
            self.emit(d + 1, f"if not ({lo} <= {t} <= {hi}):")
            self.emit(d + 2, f"raise RustPanic({ops.OVERFLOW_MSG[op]!r}, {self.const(e.span)})")
        elif (op == "/" or op == "%") and ty is not None:
            py = "//" if op == "/" else "%"
            self.emit(d + 1, f"{t} = {a} {py} {b} if {a} >= 0 and {b} > 0 else "
                             f"IB({op!r}, {a}, {b}, {ty!r}, {self.const(e.span)})")
        else:
            self.emit(d + 1, f"{t} = IB({op!r}, {a}, {b}, {ty!r}, {self.const(e.span)})")
        self.emit(d, "else:")
        self.emit(d + 1, f"{t} = ARITH({op!r}, {a}, {b}, {node})")
        return t

    def index(self, e, d: int) -> str:
        """`v[i]` read as a scalar: Vec/array elements in range inline; the rest (slices,
        references, maps, user `Index`, the out-of-bounds panic) through places.py's path."""
        t = self.tmp()
        self.emit(d, f"b = V.get({self.it.local_name(e.base)!r})")
        self.emit(d, "if b is not None:")
        i = self.value(e.index, d + 1)
        self.emit(d + 1, "c = b[0]")
        self.emit(d + 1, f"if (c.__class__ is VecV or c.__class__ is ArrayV) and {self.both_int(i, i)} "
                         f"and 0 <= {i} < len(c.items):")
        self.emit(d + 2, f"{t} = c.items[{i}]")
        self.emit(d + 1, "else:")
        self.emit(d + 2, f"{t} = INDEX({self.const(e)}, b, {i})")
        self.emit(d, "else:")
        self.emit(d + 1, f"{t} = {self.const(self.it.compile_expr(e))}(fr)")
        return t

    def logic(self, e, d: int) -> str:
        a = self.value(e.lhs, d)
        t = self.tmp()
        self.emit(d, f"if {a}:" if e.op == "&&" else f"if not {a}:")
        b = self.value(e.rhs, d + 1)
        self.emit(d + 1, f"{t} = bool({b})")
        self.emit(d, "else:")
        self.emit(d + 1, f"{t} = {e.op == '||'}")
        return t

    def cast(self, e, d: int) -> str:
        name = e.ty.path.segments[-1].ident.name
        lo, hi = ops.BOUNDS[name]
        a = self.value(e.expr, d)
        t = self.tmp()
        self.emit(d, f"{t} = {a} if {self.both_int(a, a)} and {lo} <= {a} <= {hi} else CAST({a}, {name!r})")
        return t
