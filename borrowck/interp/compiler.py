"""Compilation of bodies into trees of Python closures, once per node, on first use.

`code_of(e)` gives `f(frame) -> value` for an expression, `place_code_of(e)` gives
`f(frame) -> (list, index)` for a place, `block_code_of(b)` runs a block. Each is built by
`compile_<Node>` / `compile_place_<Node>` (compile_expr.py, compile_place.py,
compile_block.py, compile_control.py, compile_call.py) with what is static resolved while
compiling: operators and their integer bounds, literal values, cast targets, statement plans.
A node kind without a compiler runs its `eval_<Node>` (its children then go through
`eval_table`, which routes compiled kinds back here), so kinds migrate one at a time.
"""
from __future__ import annotations

from ..types import ty as T
from . import std_any


class Compiler:
    def init_compiler(self) -> None:
        """Build the compile tables and route `eval_table` through compiled code. Called once
        from `Interpreter.__init__` after the `eval_` table exists."""
        self.code = {}  # expr / block -> compiled closure
        self.entries = {}  # fn -> compiled entry (compile_fn.py)
        self.place_code = {}  # expr -> compiled closure giving its place
        self.eval_methods = dict(self.eval_table)  # the node-walking evaluators (fallbacks)
        self.compile_table = self.build_table("compile_")
        self.compile_place_table = self.build_table("compile_place_")
        run = self.run_compiled
        routed = set(self.compile_table)
        if self.any_coercions:  # every value then passes compile_expr's tagging wrapper
            routed |= set(self.eval_methods)
        for cls in routed:
            self.eval_table[cls] = run

    def run_compiled(self, e):
        f = self.code.get(e)
        if f is None:
            f = self.compile_expr(e)
        return f(self.frame)

    # ── the entry points compiled code uses ──
    def compile_expr(self, e):
        """`f(frame) -> value` for e (cached: each node compiles once)."""
        f = self.code.get(e)
        if f is not None:
            return f
        comp = self.compile_table.get(e.__class__)
        f = comp(e) if comp is not None else _fallback(self.eval_methods[e.__class__], e)
        if self.any_coercions and e in self.any_coercions:
            f = self.tagging(f, e)
        self.code[e] = f
        return f

    def compile_place(self, e):
        """`f(frame) -> (list, index)`: e as a place, without moving (cached)."""
        f = self.place_code.get(e)
        if f is not None:
            return f
        comp = self.compile_place_table.get(e.__class__)
        f = comp(e) if comp is not None else self.compile_temp_place(e)
        self.place_code[e] = f
        return f

    def compile_temp_place(self, e):
        """A value expression used as a place: a temporary of the statement, or of the
        enclosing block when `let` extends it (`let x = &temp();`)."""
        value = self.compile_expr(e)

        def temp_place(fr):
            ext = fr.extending
            if ext is not None and e in ext[0]:
                tmp = [value(fr)]
                ext[1].append(tmp)
                return tmp, 0
            tmp = [value(fr)]
            fr.temps.append(tmp)
            return tmp, 0
        return temp_place

    def block_code_of(self, block):
        f = self.code.get(block)
        if f is None:
            f = self.code[block] = self.compile_block(block)
        return f

    def static_int_ty(self, e):
        """(known, name): the integer type of e when the type checker recorded e's type
        (then it cannot depend on the running frame); else (False, None) and the caller
        asks `int_ty` at run time (int_types.py's fallback reads the frame)."""
        if self.expr_types.get(e) is None and e.__class__.__name__ != "CompoundAssign":
            return False, None
        if e.__class__.__name__ == "CompoundAssign":
            for side in (e.lhs, e.rhs):
                t = self.expr_types.get(side)
                if t is None:
                    return False, None
                if t.__class__ is T.Int or (t.__class__ is T.Ref and t.inner.__class__ is T.Int):
                    break
        return True, self.int_ty(e)

    def tagging(self, f, e):
        """Tag a value coerced to `&dyn Any`/`Box<dyn Any>` with its static type (std_any)."""
        target = self.any_coercions[e]
        source = self.expr_types[e]
        it = self

        def tagged(fr):
            v = f(fr)
            name = std_any.erased_source(it, source, target)
            return std_any.tag(v, name) if name is not None else v
        return tagged


def _fallback(method, e):
    def walk(fr):
        return method(e)
    return walk
