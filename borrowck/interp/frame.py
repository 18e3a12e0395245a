"""A call's activation record: lexical scopes of slots, statement temporaries, `Self`.

A slot is a one-element list holding the binding's value (or MOVED), so `(slot, 0)` is the
binding's place and references to it stay valid while the slot lives.
"""
from __future__ import annotations


class Scope:
    """One block's bindings: name -> slot for lookup, and the owned slots in declaration
    order (dropped in reverse when the block ends)."""

    __slots__ = ("names", "owned")

    def __init__(self):
        self.names = {}
        self.owned = []

    def declare(self, name: str, slot: list) -> None:
        self.names[name] = slot
        self.owned.append(slot)


class Frame:
    """`env`: slots captured by the running closure (by name); `owner`: the type key `Self`
    stands for; `temps`: the innermost statement's temporaries, dropped at its end."""

    __slots__ = ("scopes", "temps", "owner", "env", "fn_name")

    def __init__(self, owner=None, env=None, fn_name: str = ""):
        self.scopes = []
        self.temps = []
        self.owner = owner
        self.env = env if env is not None else {}
        self.fn_name = fn_name

    def lookup(self, name: str):
        for scope in reversed(self.scopes):
            slot = scope.names.get(name)
            if slot is not None:
                return slot
        return self.env.get(name)
