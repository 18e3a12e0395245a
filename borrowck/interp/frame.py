"""A call's activation record: bindings, lexical scopes, statement temporaries, `Self`.

A slot is a one-element list holding the binding's value (or MOVED), so `(slot, 0)` is the
binding's place and references to it stay valid while the slot lives. `vars` maps every
visible name to its slot (one dict probe per variable use); a scope remembers what its
declarations shadowed and restores it when it ends.
"""
from __future__ import annotations


class Scope:
    """One block's bindings: the owned slots in declaration order (dropped in reverse when
    the scope ends) and the shadowed bindings to restore."""

    __slots__ = ("vars", "owned", "undo", "types")

    def __init__(self, vars_: dict):
        self.vars = vars_
        self.owned = []
        self.undo = []
        self.types = {}  # name -> declared integer type (fallback typing, int_types.py)

    def declare(self, name: str, slot: list) -> None:
        vars_ = self.vars
        self.undo.append((name, vars_.get(name)))
        vars_[name] = slot
        self.owned.append(slot)

    def unbind(self) -> None:
        """Forget this scope's bindings (restore what they shadowed)."""
        vars_ = self.vars
        undo = self.undo
        for i in range(len(undo) - 1, -1, -1):
            name, prev = undo[i]
            if prev is None:
                del vars_[name]
            else:
                vars_[name] = prev
        undo.clear()


class Frame:
    """`owner`: the type key `Self` stands for; `temps`: the innermost statement's
    temporaries, dropped at its end; `vars` starts with the running closure's captures."""

    __slots__ = ("vars", "scopes", "temps", "owner", "fn", "tyargs", "extending")

    def __init__(self, owner=None, env=None, fn=None):
        self.vars = dict(env) if env else {}
        self.scopes = []
        self.temps = []
        self.owner = owner
        self.fn = fn  # the ast.Fn running (None in a closure or thread root)
        self.tyargs = None  # type parameter name -> Ty, when the call's instantiation is known
        # while a `let` runs: (expressions whose temporaries live to the end of the block,
        # the list collecting those temporaries); None elsewhere
        self.extending = None

    def push_scope(self) -> Scope:
        scope = Scope(self.vars)
        self.scopes.append(scope)
        return scope

    def lookup(self, name: str):
        return self.vars.get(name)

    def lookup_type(self, name: str):
        for scope in reversed(self.scopes):
            for n, _ in scope.undo:
                if n == name:
                    return scope.types.get(name)
        return None
