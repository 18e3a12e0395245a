"""Compiling control flow (the closures of what control_flow.py evaluates): block
expressions, `if` (its condition's kind decided once), `while`, `loop`, `for` (a plain
binding gets one slot per iteration), `match`, and `break`/`continue`/`return` as the
signals of signals.py. Every loop iteration and call counts one step, as before.
"""
from __future__ import annotations

from ..syntax import ast
from .control_flow import _has_let
from .exprs import PLAIN
from .signals import BreakSignal, ContinueSignal, ReturnSignal, Unsupported, UNWINDING
from .std_iter import RangeIter
from .values import MOVED, UNIT


class CompileControl:
    def compile_BlockExpr(self, e):
        if e.kind == "async":
            def async_block(fr):
                raise Unsupported("async blocks", e.span)
            return async_block
        body = self.block_code_of(e.block)
        if e.label is None:
            return body
        label = e.label.name

        def labeled(fr):
            try:
                return body(fr)
            except BreakSignal as b:
                if b.label != label:
                    raise
                return b.value
        return labeled

    def compile_cond(self, cond, scoped: bool = False):
        """A condition without `let`: a terminating scope (its temporaries drop before the
        branch runs). An `if` condition without temporaries is just its expression;
        `scoped` keeps the scope anyway (a `while` condition's temporaries drop each
        iteration)."""
        value = self.compile_expr(cond)
        if not scoped and self.temp_free(cond):
            return value
        drop_temps = self.drop_temps

        def cond_scope(fr):
            outer = fr.temps
            fr.temps = temps = []
            try:
                v = value(fr)
            finally:
                fr.temps = outer
                if temps:
                    drop_temps(temps)
            return v
        return cond_scope

    def compile_If(self, e):
        cond = e.cond
        then = self.block_code_of(e.then)
        else_ = self.compile_expr(e.else_) if e.else_ is not None else None
        if not _has_let(cond):
            test = self.compile_cond(cond)
            if else_ is None:
                def if_(fr):
                    if test(fr):
                        return then(fr)
                    return UNIT
                return if_

            def if_else(fr):
                if test(fr):
                    return then(fr)
                return else_(fr)
            return if_else
        eval_cond = self.eval_cond
        pop_scope = self.pop_scope

        def if_let(fr):
            scope = fr.push_scope()
            try:
                taken = eval_cond(cond, scope)
                v = then(fr) if taken else None
            except UNWINDING:
                pop_scope(scope)
                raise
            pop_scope(scope)
            if taken:
                return v
            return else_(fr) if else_ is not None else UNIT
        return if_let

    def compile_While(self, e):
        label = e.label.name if e.label else None
        cond = e.cond
        body = self.block_code_of(e.body)
        it = self
        if not _has_let(cond):
            test = self.compile_cond(cond, scoped=True)

            def while_(fr):
                while True:
                    it.steps += 1
                    if it.steps > it.max_steps:
                        it.checkpoint()
                    if not test(fr):
                        break
                    try:
                        body(fr)
                    except BreakSignal as b:
                        if b.label is not None and b.label != label:
                            raise
                        break
                    except ContinueSignal as c:
                        if c.label is not None and c.label != label:
                            raise
                return UNIT
            return while_
        return self.compile_while_let(e, label, body)

    def compile_while_let(self, e, label, body):
        """`while let PAT = x`: each iteration's condition binds into a scope of its own;
        the condition's temporaries drop at the end of the iteration."""
        cond = e.cond
        it = self
        eval_cond = self.eval_cond
        pop_scope = self.pop_scope
        drop_temps = self.drop_temps

        def while_let(fr):
            while True:
                it.steps += 1
                if it.steps > it.max_steps:
                    it.checkpoint()
                scope = fr.push_scope()
                outer = fr.temps
                fr.temps = temps = []
                stop = False
                try:
                    if not eval_cond(cond, scope):
                        stop = True
                    else:
                        body(fr)
                except BreakSignal as b:
                    if b.label is not None and b.label != label:
                        raise
                    stop = True
                except ContinueSignal as c:
                    if c.label is not None and c.label != label:
                        raise
                finally:
                    pop_scope(scope)
                    fr.temps = outer
                    drop_temps(temps)
                if stop:
                    break
            return UNIT
        return while_let

    def compile_Loop(self, e):
        label = e.label.name if e.label else None
        body = self.block_code_of(e.body)
        it = self

        def loop(fr):
            while True:
                it.steps += 1
                if it.steps > it.max_steps:
                    it.checkpoint()
                try:
                    body(fr)
                except BreakSignal as b:
                    if b.label is not None and b.label != label:
                        raise
                    return b.value if b.value is not None else UNIT
                except ContinueSignal as c:
                    if c.label is not None and c.label != label:
                        raise
        return loop

    def compile_For(self, e):
        self.for_loops[e.iter] = e  # the type checker's `IntoIterator` callee is the loop's
        label = e.label.name if e.label else None
        pat = e.pat
        names = self.simple_params_of((pat,))
        if names is None:
            return self.compile_for_pattern(e, label)
        name = names[0]
        iterable = self.compile_expr(e.iter)
        body = self.block_code_of(e.body)
        it = self
        into_iter = self.into_iter
        drop_value = self.drop_value
        pop_scope = self.pop_scope
        stop = self.STOP
        ranged = e.iter.__class__ is ast.Range
        r = e.iter

        def for_(fr):
            iterator = into_iter(iterable(fr), r)
            nxt = iterator.nxt
            loop_ty = None
            if ranged:
                loop_ty = (it.int_ty(r.start) if r.start is not None else None) or (
                    it.int_ty(r.end) if r.end is not None else None)
            scope = fr.push_scope()
            scope.declare(name, [MOVED])
            scope.owned.clear()
            if loop_ty is not None:
                scope.types[name] = loop_ty
            vars_ = fr.vars
            try:
                if ranged and iterator.__class__ is RangeIter and iterator.end is not None and not iterator.char:
                    # `for i in a..b`: the fresh iterator is unobservable, so Python's range
                    # runs it; an integer binding has nothing to drop
                    for item in range(iterator.cur, iterator.end):
                        it.steps += 1
                        if it.steps > it.max_steps:
                            it.checkpoint()
                        vars_[name] = [item]
                        try:
                            body(fr)
                        except BreakSignal as b:
                            if b.label is not None and b.label != label:
                                raise
                            break
                        except ContinueSignal as c:
                            if c.label is not None and c.label != label:
                                raise
                    else:
                        it.steps += 1  # the `next()` that returns `None` is a step too
                        if it.steps > it.max_steps:
                            it.checkpoint()
                    iterator.cur = iterator.end
                    nxt = None
                while nxt is not None:
                    it.steps += 1
                    if it.steps > it.max_steps:
                        it.checkpoint()
                    item = nxt()
                    if item is stop:
                        break
                    slot = [item]
                    vars_[name] = slot
                    try:
                        body(fr)
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
                            drop_value(v)
            except UNWINDING:
                pop_scope(scope)
                drop_value(iterator)
                raise
            pop_scope(scope)
            drop_value(iterator)
            return UNIT
        return for_

    def compile_for_pattern(self, e, label):
        """`for PAT in iter` with a pattern that is not a plain binding: a scope per
        iteration binding PAT from the item (eval_For's general case)."""
        pat = e.pat
        iterable = self.compile_expr(e.iter)
        body = self.block_code_of(e.body)
        it = self
        into_iter = self.into_iter
        drop_value = self.drop_value
        pop_scope = self.pop_scope
        bind_pattern = self.bind_pattern
        stop = self.STOP
        r = e.iter
        typed_name = pat.ident.name if pat.__class__ is ast.IdentPat and r.__class__ is ast.Range else None

        def for_pat(fr):
            iterator = into_iter(iterable(fr), r)
            nxt = iterator.nxt
            loop_ty = None
            if typed_name is not None:
                loop_ty = (it.int_ty(r.start) if r.start is not None else None) or (
                    it.int_ty(r.end) if r.end is not None else None)
            try:
                while True:
                    it.steps += 1
                    if it.steps > it.max_steps:
                        it.checkpoint()
                    item = nxt()
                    if item is stop:
                        break
                    scope = fr.push_scope()
                    if loop_ty is not None:
                        scope.types[typed_name] = loop_ty
                    try:
                        bind_pattern(pat, [item], 0, "move", scope, True)
                        body(fr)
                    except BreakSignal as b:
                        if b.label is not None and b.label != label:
                            raise
                        break
                    except ContinueSignal as c:
                        if c.label is not None and c.label != label:
                            raise
                    finally:
                        pop_scope(scope)
            except UNWINDING:
                drop_value(iterator)
                raise
            drop_value(iterator)
            return UNIT
        return for_pat

    def compile_Match(self, e):
        scrutinee = self.compile_place(e.scrutinee)
        arms = tuple((arm.pat, arm.guard, self.compile_expr(arm.body)) for arm in e.arms)
        test_pattern = self.test_pattern
        bind_pattern = self.bind_pattern
        eval_cond = self.eval_cond
        pop_scope = self.pop_scope

        def match(fr):
            lst, idx = scrutinee(fr)
            for pat, guard, body in arms:
                if not test_pattern(pat, lst[idx]):
                    continue
                scope = fr.push_scope()
                try:
                    if guard is not None:
                        bind_pattern(pat, lst, idx, "move", scope, False)
                        if not eval_cond(guard, scope):
                            scope.unbind()
                            scope.owned.clear()
                            pop_scope(scope)
                            continue
                        scope.unbind()
                        scope.owned.clear()
                    bind_pattern(pat, lst, idx, "move", scope, True)
                    v = body(fr)
                except UNWINDING:
                    pop_scope(scope)
                    raise
                pop_scope(scope)
                return v
            raise AssertionError("interpreter bug: no match arm matched")
        return match

    def compile_Break(self, e):
        label = e.label.name if e.label else None
        value = self.compile_expr(e.value) if e.value is not None else None

        def break_(fr):
            raise BreakSignal(label, value(fr) if value is not None else None)
        return break_

    def compile_Continue(self, e):
        label = e.label.name if e.label else None

        def continue_(fr):
            raise ContinueSignal(label)
        return continue_

    def compile_Return(self, e):
        value = self.compile_expr(e.value) if e.value is not None else None

        def return_(fr):
            raise ReturnSignal(value(fr) if value is not None else UNIT)
        return return_
