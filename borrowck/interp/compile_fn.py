"""Compiling a fn into its entry: `enter(args, owner, self_value, tyargs) -> value` binds
the parameters in a fresh frame, runs the compiled body, drops temporaries and parameters
(the semantics of `Interpreter.call_fn`, which delegates here). The parameter plan, the
return-type hints and the body's code are worked out once, on the first call.
"""
from __future__ import annotations

from .drops import NO_GLUE
from .frame import Frame, Scope
from .signals import ReturnSignal, StackOverflow, UNWINDING
from .values import MOVED


class CompileFns:
    def fn_entry(self, fn):
        """The compiled entry of fn (cached)."""
        f = self.entries.get(fn)
        if f is None:
            f = self.entries[fn] = self.compile_fn(fn)
        return f

    def compile_fn(self, fn):
        if fn not in self.hinted:
            self.hint_fn(fn)
        it = self
        body = self.block_code_of(fn.body)
        plan = self.plan_params(fn)
        has_self = fn.self_param is not None
        max_depth = self.max_depth
        drop_temps = self.drop_temps
        drop_value = self.drop_value
        pop_scope = self.pop_scope
        bind_pattern = self.bind_pattern
        if plan is not None:
            names = tuple(name for name, _ in plan)
            undo = ((("self", None),) if has_self else ()) + tuple((name, None) for name in names)
            types = {name: ty for name, ty in plan if ty is not None}
        pats = tuple(p.pat for p in fn.params)
        single = names[0] if plan is not None and len(names) == 1 and not has_self else None

        def enter(args, owner=None, self_value=MOVED, tyargs=None):
            depth = it.depth = it.depth + 1
            if depth > max_depth:
                raise StackOverflow()
            it.steps += 1
            if it.steps > it.max_steps:
                it.checkpoint()
            caller = it.frame
            frame = it.frame = Frame(owner, None, fn)
            if tyargs:
                frame.tyargs = tyargs
            params = Scope(frame.vars)
            frame.scopes.append(params)
            try:
                if single is not None and args:  # one plain parameter, no `self`
                    frame.vars[single] = slot = [args[0]]
                    params.owned.append(slot)
                    params.undo.append(undo[0])
                    if types:
                        params.types.update(types)
                elif plan is not None:
                    # Scope.declare inlined: a fresh frame shadows nothing
                    vars_ = frame.vars
                    owned = params.owned
                    if has_self:
                        vars_["self"] = slot = [self_value]
                        owned.append(slot)
                    for name, arg in zip(names, args):
                        vars_[name] = slot = [arg]
                        owned.append(slot)
                    params.undo.extend(undo)
                    if types:
                        params.types.update(types)
                else:
                    if has_self:
                        params.declare("self", [self_value])
                    for pat, arg in zip(pats, args):
                        bind_pattern(pat, [arg], 0, "move", params, True)
                try:
                    value = body(frame)
                except ReturnSignal as r:
                    value = r.value
                if frame.temps:
                    drop_temps(frame.temps)
                frame.scopes.pop()  # pop_scope without unbinding: the frame is discarded
                for slot in reversed(params.owned):
                    v = slot[0]
                    if v is not MOVED and v.__class__ not in NO_GLUE:
                        drop_value(v)
                return value
            except UNWINDING:
                drop_temps(frame.temps)
                if frame.scopes:
                    pop_scope(params)
                raise
            finally:
                it.frame = caller
                it.depth -= 1
        return enter
