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
from .values import Ptr, SliceV


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
        steps = self.user_deref_coercions.get(e)
        if steps is not None:
            f = self.deref_coercion(f, steps)
        self.code[e] = f
        return f

    def find_user_deref_coercions(self) -> dict:
        """expr -> its adjustment steps, for the coercions through a user `Deref` impl
        (`greet(&tracked)` with `fn greet(&str)`): the user `deref` runs, as in rustc.
        Other adjustments are left to the values (a `&String` already reads as a `&str`)."""
        out = {}
        for e, adj in self.typed.adjustments.items():
            if not adj or adj[-1].kind != "borrow" or e not in self.expr_types:
                continue
            steps, source, user = [], self.expr_types[e], False
            for a in adj:
                mine = a.kind == "overloaded_deref" and source.__class__ is T.Adt and source.def_id.startswith("crate::")
                user = user or mine
                steps.append((a.kind, a.mutable, mine))
                source = a.target
            if user and all(k in ("deref", "overloaded_deref", "borrow") for k, _, _ in steps):
                out[e] = tuple(steps)
        return out

    def deref_coercion(self, f, steps):
        deref_place = self.deref_place
        method = self.program.method
        call_fn = self.call_fn

        def coerced(fr):
            lst, idx = [f(fr)], 0
            for kind, mutable, mine in steps:
                if kind == "borrow":
                    v = lst[idx]
                    return v if v.__class__ is SliceV or v.__class__ is str else Ptr(lst, idx, mutable)
                v = lst[idx]
                m = method(v.adt.name, "deref_mut" if mutable else "deref") if mine else None
                if m is None:
                    lst, idx = deref_place(lst, idx)
                    continue
                p = call_fn(m.fn, [], m.owner, Ptr(lst, idx, mutable))
                lst, idx = (p.lst, p.idx) if p.__class__ is Ptr else ([p], 0)
            return lst[idx]
        return coerced

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
        if self.is_promoted(e):  # `[1, 2].iter()`: the autoref'd literal is a static
            return lambda fr: ([value(fr)], 0)

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
