"""The inference table of one body: type/int/float variables in a union-find forest.

Each variable is a node; a root may hold a value (a type that is not itself a root
variable). `find` uses path compression. Every write goes through `_set` which logs the
old value while a snapshot is open, so probing (method candidates, impl matching) can
try a unification and roll it back.
"""
from __future__ import annotations

from typing import Optional

from . import ty as T
from .type_fold import fold

# types without type children: resolving returns them unchanged
_ATOMS = frozenset({T.Int, T.Float, T.Bool, T.Char, T.Str, T.Never, T.Param, T.Error})
# generic arguments that resolving returns unchanged: the atoms, regions, const values
_ARG_ATOMS = _ATOMS | {T.Region, int, bool}


class InferCtxt:
    def __init__(self) -> None:
        self.parent: list[int] = []
        self.value: list[Optional[T.Ty]] = []
        self.kind: list[str] = []
        self.origin: list[object] = []  # span that created each variable (for E0282)
        # whether a `!` was coerced into the variable (rustc's diverging type variables)
        self.diverging: list[bool] = []
        self._undo: Optional[list] = None  # (list, index, old) while a snapshot is open
        self._depth = 0

    # ── variables ──

    def new_var(self, kind: str = "ty", origin: object = None) -> T.Infer:
        i = len(self.parent)
        self.parent.append(i)
        self.value.append(None)
        self.kind.append(kind)
        self.origin.append(origin)
        self.diverging.append(False)
        if self._undo is not None:
            self._undo.append(("new", i, None))
        return T.Infer(i, kind)

    def find(self, i: int) -> int:
        parent = self.parent
        root = i
        while parent[root] != root:
            root = parent[root]
        if self._undo is None:  # compress only outside snapshots: keeps undo log small
            while parent[i] != root:
                parent[i], i = root, parent[i]
        return root

    def _set(self, table: list, i: int, v) -> None:
        if self._undo is not None:
            self._undo.append((table, i, table[i]))
        table[i] = v

    def union(self, a: int, b: int) -> None:
        """Merge two unbound roots; the merged kind is the most specific one."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        ka, kb = self.kind[ra], self.kind[rb]
        if ka == "ty" and kb != "ty":
            ra, rb = rb, ra
        self._set(self.parent, rb, ra)

    def bind(self, i: int, t: T.Ty) -> None:
        self._set(self.value, self.find(i), t)

    def mark_diverging(self, i: int) -> None:
        self._set(self.diverging, self.find(i), True)

    def root_kind(self, i: int) -> str:
        return self.kind[self.find(i)]

    # ── snapshots ──

    def snapshot(self) -> int:
        if self._undo is None:
            self._undo = []
        self._depth += 1
        return len(self._undo)

    def rollback_to(self, snap: int) -> None:
        undo = self._undo
        while len(undo) > snap:
            table, i, old = undo.pop()
            if table == "new":
                self.parent.pop()
                self.value.pop()
                self.kind.pop()
                self.origin.pop()
                self.diverging.pop()
            else:
                table[i] = old
        self._close()

    def commit(self, snap: int) -> None:
        self._close()

    def _close(self) -> None:
        self._depth -= 1
        if self._depth == 0:
            self._undo = None

    # ── resolution ──

    def shallow(self, t: T.Ty) -> T.Ty:
        """`t` with a bound top-level variable replaced by its value (repeatedly)."""
        while type(t) is T.Infer:
            r = t.index
            if self.parent[r] != r:  # most variables are roots: spare the call
                r = self.find(r)
            v = self.value[r]
            if v is None:
                k = self.kind[r]
                return t if (r == t.index and k == t.kind) else T.Infer(r, k)
            t = v
        return t

    def resolve(self, t: T.Ty) -> T.Ty:
        """`t` with every bound variable replaced, deeply; unbound ones stay (as roots)."""
        cls = type(t)
        if cls is T.Infer:
            s = self.shallow(t)
            return s if type(s) is T.Infer else self.resolve(s)
        if cls in _ATOMS:
            return t
        # the common shapes written out (the hottest fold of type checking); the rest fold
        if cls is T.Adt:
            args = self._resolve_args(t.args)
            return t if args is t.args else T.Adt(t.def_id, args)
        if cls is T.Ref:
            inner = self.resolve(t.inner)
            return t if inner is t.inner else T.Ref(t.region, t.mutable, inner)
        if cls is T.Tuple:
            elems = self._resolve_args(t.elems)
            return t if elems is t.elems else T.Tuple(elems)
        if cls is T.Alias:
            self_ty = self.resolve(t.self_ty)
            args = self._resolve_args(t.args)
            return t if self_ty is t.self_ty and args is t.args else T.Alias(t.trait_id, t.name, self_ty, args)
        if cls is T.Slice:
            elem = self.resolve(t.elem)
            return t if elem is t.elem else T.Slice(elem)
        if cls is T.FnDef:
            args = self._resolve_args(t.args)
            return t if args is t.args else T.FnDef(t.def_id, args)
        return fold(t, self._resolve_leaf)

    def _resolve_leaf(self, x):
        if type(x) is T.Infer:
            s = self.shallow(x)
            return s if type(s) is T.Infer else self.resolve(s)
        return None

    def _resolve_args(self, args: tuple) -> tuple:
        out = None
        for i, a in enumerate(args):
            if type(a) in _ARG_ATOMS or isinstance(a, (T.Region, int)):
                continue
            b = self.resolve(a)
            if b is not a:
                if out is None:
                    out = list(args)
                out[i] = b
        return args if out is None else tuple(out)

    def has_unresolved(self, t: T.Ty) -> bool:
        """Whether `resolve(t)` would still contain a variable (among the nodes `walk`
        visits), found without building the resolved type."""
        cls = type(t)
        if cls is T.Infer:
            s = self.shallow(t)
            return type(s) is T.Infer or self.has_unresolved(s)
        if cls in _ATOMS:
            return False
        if cls is T.Adt or cls is T.FnDef:
            return self._any_unresolved(t.args)
        if cls is T.Ref or cls is T.Ptr:
            return self.has_unresolved(t.inner)
        if cls is T.Tuple:
            return self._any_unresolved(t.elems)
        if cls is T.Slice:
            return self.has_unresolved(t.elem)
        if cls is T.Array:  # a length may be a variable too
            return self.has_unresolved(t.elem) or (type(t.length) is T.Infer
                                                   and type(self.shallow(t.length)) is T.Infer)
        if cls is T.FnPtr or cls is T.Closure:
            return self.has_unresolved(t.ret) or self._any_unresolved(t.params)
        if cls is T.Dyn:
            return self._any_unresolved(t.args) or self._any_unresolved(tuple(a for _, a in t.assoc))
        if cls is T.Alias:
            return self.has_unresolved(t.self_ty) or self._any_unresolved(t.args)
        return False

    def _any_unresolved(self, args: tuple) -> bool:
        for a in args:
            if type(a) not in _ARG_ATOMS and not isinstance(a, (T.Region, int)) and self.has_unresolved(a):
                return True
        return False

    def is_unresolved(self, t: T.Ty) -> bool:
        return type(self.shallow(t)) is T.Infer

    def fallback(self, diverging_default: T.Ty = T.UNIT) -> None:
        """Integer variables default to i32, float variables to f64, and type variables
        that only ever received a `!` to `()` (`!` from edition 2024), as rustc's do."""
        diverging = self.diverging
        for i in range(len(self.parent)):
            if diverging[i]:  # a merged variable counts as diverging if any part was
                r = self.find(i)
                if self.value[r] is None and self.kind[r] == "ty":
                    diverging[r] = True
        for i in range(len(self.parent)):
            if self.parent[i] == i and self.value[i] is None:
                k = self.kind[i]
                if k == "int":
                    self.value[i] = T.I32
                elif k == "float":
                    self.value[i] = T.F64
                elif diverging[i]:
                    self.value[i] = diverging_default

    def unresolved_roots(self) -> list[int]:
        return [i for i in range(len(self.parent)) if self.parent[i] == i and self.value[i] is None]
