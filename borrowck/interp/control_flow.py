"""Control flow: blocks as expressions, `if`, `while`, `loop`, `for`, `match`, and
`break`/`continue`/`return` (raised as the signals of `signals.py`; each loop or call catches
its own). Conditions of `if`/`while` and match guards are terminating scopes: their
temporaries drop before the branch runs; `if let` bindings live to the end of the `if`.
"""
from __future__ import annotations

from ..syntax import ast
from .exprs import PLAIN
from .signals import BreakSignal, ContinueSignal, ReturnSignal, Unsupported, UNWINDING
from .values import MOVED, UNIT


class ControlFlow:
    def eval_BlockExpr(self, e):
        if e.kind == "async":
            raise Unsupported("async blocks", e.span)
        if e.label is None:
            return self.eval_block(e.block)
        try:
            return self.eval_block(e.block)
        except BreakSignal as b:
            if b.label != e.label.name:
                raise
            return b.value

    def eval_If(self, e):
        cond = e.cond
        kind = self.cond_kinds.get(cond)
        if kind is None:  # 0: has `let`; 1: plain, no temporaries; 2: plain with temporaries
            kind = self.cond_kinds[cond] = (0 if not self.plain_cond(cond) else
                                            1 if self.temp_free(cond) else 2)
        if kind:
            if kind == 1:
                ok = self.eval_table[cond.__class__](cond)
            else:
                ok = self.eval_cond(cond, None)
            if ok:
                return self.eval_block(e.then)
            else_ = e.else_
            return self.eval_table[else_.__class__](else_) if else_ is not None else UNIT
        scope = self.frame.push_scope()
        try:
            taken = self.eval_cond(cond, scope)
            v = self.eval_block(e.then) if taken else None
        except UNWINDING:
            self.pop_scope(scope)
            raise
        self.pop_scope(scope)
        if taken:
            return v
        return self.eval(e.else_) if e.else_ is not None else UNIT

    def plain_cond(self, cond) -> bool:
        """A condition without `let` (cached per node)."""
        cache = self.plain_conds
        p = cache.get(cond)
        if p is None:
            p = cache[cond] = not _has_let(cond)
        return p

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

    def eval_While(self, e):
        label = e.label.name if e.label else None
        frame = self.frame
        cond = e.cond
        plain = self.plain_cond(cond)
        body = e.body
        while True:
            self.steps += 1
            if self.steps > self.max_steps:
                self.checkpoint()
            if plain:
                if not self.eval_cond(cond, None):
                    break
                try:
                    self.eval_block(body)
                except BreakSignal as b:
                    if b.label is not None and b.label != label:
                        raise
                    break
                except ContinueSignal as c:
                    if c.label is not None and c.label != label:
                        raise
                continue
            scope = frame.push_scope()
            outer = frame.temps
            frame.temps = temps = []
            stop = False
            try:
                if not self.eval_cond(cond, scope):
                    stop = True
                else:
                    self.eval_block(body)
            except BreakSignal as b:
                if b.label is not None and b.label != label:
                    raise
                stop = True
            except ContinueSignal as c:
                if c.label is not None and c.label != label:
                    raise
            finally:
                self.pop_scope(scope)
                frame.temps = outer
                self.drop_temps(temps)
            if stop:
                break
        return UNIT

    def eval_Loop(self, e):
        label = e.label.name if e.label else None
        body = e.body
        while True:
            self.step()
            try:
                self.eval_block(body)
            except BreakSignal as b:
                if b.label is not None and b.label != label:
                    raise
                return b.value if b.value is not None else UNIT
            except ContinueSignal as c:
                if c.label is not None and c.label != label:
                    raise

    def eval_For(self, e):
        label = e.label.name if e.label else None
        it = self.into_iter(self.eval(e.iter), e.iter)
        nxt = it.nxt
        stop = self.STOP
        loop_ty = None
        pat = e.pat
        if pat.__class__ is ast.IdentPat and e.iter.__class__ is ast.Range:
            r = e.iter
            loop_ty = (self.int_ty(r.start) if r.start is not None else None) or (
                self.int_ty(r.end) if r.end is not None else None)
        frame = self.frame
        body = e.body
        names = self.simple_params_of((pat,))
        if names is not None:
            return self.for_simple(names[0], nxt, it, body, label, loop_ty)
        try:
            while True:
                self.step()
                item = nxt()
                if item is stop:
                    break
                scope = frame.push_scope()
                if loop_ty is not None:
                    scope.types[pat.ident.name] = loop_ty
                try:
                    self.bind_pattern(pat, [item], 0, "move", scope, True)
                    self.eval_block(body)
                except BreakSignal as b:
                    if b.label is not None and b.label != label:
                        raise
                    break
                except ContinueSignal as c:
                    if c.label is not None and c.label != label:
                        raise
                finally:
                    self.pop_scope(scope)
        except UNWINDING:
            self.drop_value(it)
            raise
        self.drop_value(it)
        return UNIT

    def for_simple(self, name, nxt, it, body, label, loop_ty):
        """`for name in iter` with a plain binding: one slot per iteration, no pattern work."""
        frame = self.frame
        scope = frame.push_scope()
        scope.declare(name, [MOVED])
        scope.owned.clear()
        if loop_ty is not None:
            scope.types[name] = loop_ty
        vars_ = frame.vars
        stop = self.STOP
        run_body = self.eval_block
        try:
            while True:
                self.steps += 1
                if self.steps > self.max_steps:
                    self.checkpoint()
                item = nxt()
                if item is stop:
                    break
                slot = [item]
                vars_[name] = slot
                try:
                    run_body(body)
                except BreakSignal as b:
                    if b.label is not None and b.label != label:
                        raise
                    break
                except ContinueSignal as c:
                    if c.label is not None and c.label != label:
                        raise
                finally:
                    v = slot[0]
                    if v is not MOVED and v.__class__ not in PLAIN:
                        self.drop_value(v)
        except UNWINDING:
            self.pop_scope(scope)
            self.drop_value(it)
            raise
        self.pop_scope(scope)
        self.drop_value(it)
        return UNIT

    def eval_Match(self, e):
        lst, idx = self.place(e.scrutinee)
        frame = self.frame
        for arm in e.arms:
            if not self.test_pattern(arm.pat, lst[idx]):
                continue
            scope = frame.push_scope()
            try:
                if arm.guard is not None:
                    self.bind_pattern(arm.pat, lst, idx, "move", scope, False)
                    if not self.eval_cond(arm.guard, scope):
                        scope.unbind()
                        scope.owned.clear()
                        self.pop_scope(scope)
                        continue
                    scope.unbind()
                    scope.owned.clear()
                self.bind_pattern(arm.pat, lst, idx, "move", scope, True)
                v = self.eval(arm.body)
            except UNWINDING:
                self.pop_scope(scope)
                raise
            self.pop_scope(scope)
            return v
        raise AssertionError("interpreter bug: no match arm matched")

    def eval_Break(self, e):
        v = self.eval(e.value) if e.value is not None else None
        raise BreakSignal(e.label.name if e.label else None, v)

    def eval_Continue(self, e):
        raise ContinueSignal(e.label.name if e.label else None)

    def eval_Return(self, e):
        raise ReturnSignal(self.eval(e.value) if e.value is not None else UNIT)

    def eval_LetCond(self, e):
        raise Unsupported("`let` outside an `if`/`while` condition", e.span)


def _has_let(e) -> bool:
    if e.__class__ is ast.LetCond:
        return True
    if e.__class__ is ast.Binary and e.op == "&&":
        return _has_let(e.lhs) or _has_let(e.rhs)
    return False
