"""Conditions with `let` (`if let`, `while let`, let chains, match guards), evaluated at
run time by compiled `if`/`while`/`match` (compile_control.py). A condition is a
terminating scope: its temporaries drop before the branch runs; `if let` bindings live to
the end of the `if`.
"""
from __future__ import annotations

from ..syntax import ast
from .signals import Unsupported


class ControlFlow:
    def eval_cond(self, cond, scope) -> bool:
        """Evaluate an `if`/`while` condition, binding `let` patterns into scope (the
        innermost scope of the frame)."""
        c = cond.__class__
        if c is ast.LetCond:
            lst, idx = self.place(cond.scrutinee)
            if not self.test_pattern(cond.pat, lst[idx]):
                return False
            self.bind_pattern(cond.pat, lst, idx, "move", scope, True)
            return True
        if c is ast.Binary and cond.op == "&&" and _has_let(cond):
            return self.eval_cond(cond.lhs, scope) and self.eval_cond(cond.rhs, scope)
        frame = self.frame
        outer = frame.temps
        frame.temps = temps = []
        try:
            v = self.eval(cond)
        finally:
            frame.temps = outer
            if temps:
                self.drop_temps(temps)
        return v

    def eval_LetCond(self, e):
        raise Unsupported("`let` outside an `if`/`while` condition", e.span)


def _has_let(e) -> bool:
    if e.__class__ is ast.LetCond:
        return True
    if e.__class__ is ast.Binary and e.op == "&&":
        return _has_let(e.lhs) or _has_let(e.rhs)
    return False
