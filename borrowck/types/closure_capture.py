"""Closure capture analysis (rustc's upvar analysis), run once the body's types are known.

For each closure (innermost first, so an inner closure's captures count as uses of the
outer one), walk its body and classify every use of a place rooted at a local declared
outside the closure:
  - "move": consumed by value (a non-Copy value moved out), "mut": written or borrowed
    mutably (`x += 1`, `&mut x`, `v.push(..)` through an autoref `&mut`), "ref": read or
    borrowed shared (Copy values read by value count as reads).
Places are the local plus field projections and derefs ("*"), edition 2021 (disjoint
fields); by-value captures and `move` closures truncate the place at the first deref, and a
non-Copy one at the first field of a type with a `Drop` impl;
edition 2015/2018 capture whole variables. A place whose ancestor is also captured is
merged into the ancestor with the stronger mode.
Capture modes: non-move closures "ref" / "mut_ref" / "move"; `move` closures "move" or
"copy" (Copy types). Kind: FnOnce if something captured is consumed, else FnMut if
something is mutated, else Fn.
"""
from __future__ import annotations

from ..syntax import ast
from . import ty as T
from .check_place import field_of
from .typed_crate import Capture

_RANK = {"ref": 0, "mut": 1, "move": 2}


class _Use:
    __slots__ = ("root", "proj", "how", "span")

    def __init__(self, root, proj, how, span):
        self.root, self.proj, self.how, self.span = root, proj, how, span


def analyze_closures(fcx) -> None:
    # post-order, as rustc's upvar analysis: an inner closure before the one around it, and
    # siblings in source order (calling an earlier closure needs its kind)
    infos = sorted(fcx.closures.values(), key=lambda i: (i.node.span.hi, -i.node.span.lo, -_index(i.def_id)))
    for info in infos:
        _analyze(fcx, info)


def _index(def_id: str) -> int:
    return int(def_id.rsplit("#", 1)[1].rstrip("}"))


def _analyze(fcx, info) -> None:
    node = info.node
    inner = _bindings_inside(node)
    walker = _Walker(fcx, inner)
    walker.visit(node.body, "move")
    uses = walker.uses
    copy_cache: dict = {}

    def is_copy(t):
        t = fcx.resolve(t)
        key = t
        if key not in copy_cache:
            copy_cache[key] = fcx.solver.evaluate("std::marker::Copy", t, ()) == "yes"
        return copy_cache[key]

    places: dict = {}  # (root, proj) -> [how, span, ty]
    order: list = []
    consumed = mutated = False
    edition_2021 = fcx.ccx.edition >= "2021"
    for u in uses:
        proj = u.proj if edition_2021 else ()
        ty = _place_ty(fcx, u.root, proj)
        how = u.how
        if how == "move":
            if ty is not None and is_copy(ty):
                how = "ref"
            else:
                consumed = True
                proj = _truncate_at_deref(proj)
        if how == "mut":
            mutated = True
        if node.is_move:
            proj = _truncate_at_deref(proj)
        if proj and (how == "move" or node.is_move):
            proj = _truncate_at_drop_type(fcx, u.root, proj, is_copy)
        proj = _truncate_after_shared_deref(fcx, u.root, proj)
        key = (u.root, proj)
        if key not in places:
            places[key] = [how, u.span]
            order.append(key)
        elif _RANK[how] > _RANK[places[key][0]]:
            places[key][0] = how
    # merge descendants into captured ancestors
    kept = []
    for key in order:
        root, proj = key
        anc = next((k for k in order if k[0] is root and len(k[1]) < len(proj) and proj[:len(k[1])] == k[1]), None)
        if anc is not None:
            if _RANK[places[key][0]] > _RANK[places[anc][0]]:
                places[anc][0] = places[key][0]
            continue
        kept.append(key)
    caps = []
    for root, proj in kept:
        how, span = places[(root, proj)]
        ty = _place_ty(fcx, root, proj)
        ty = ty if ty is not None else T.ERROR
        if node.is_move:
            mode = "copy" if is_copy(ty) else "move"
        else:
            mode = {"ref": "ref", "mut": "mut_ref", "move": "move"}[how]
        caps.append(Capture(root, proj, mode, ty, span))
    info.captures = tuple(caps)
    inferred = "FnOnce" if consumed else ("FnMut" if mutated else "Fn")
    # a closure checked against an `F: Fn*` bound takes the bound's kind (rustc fixes it from
    # the expectation); moving out of an `Fn` closure's capture is then the borrow checker's E0507
    info.kind = info.expected_kind.rsplit("::", 1)[-1] if info.expected_kind else inferred


def _truncate_at_deref(proj: tuple) -> tuple:
    if "*" in proj:
        return proj[:proj.index("*")]
    return proj


def _truncate_after_shared_deref(fcx, root, proj: tuple) -> tuple:
    """Fields after the last deref of a `&T` are not captured separately: everything behind a
    shared reference is only read (or, mutably, an error at the capture), so rustc captures
    `*r` itself (truncate_capture_for_optimization)."""
    if "*" not in proj:
        return proj
    i = len(proj) - 1 - proj[::-1].index("*")
    if i == len(proj) - 1:
        return proj
    ptr = _place_ty(fcx, root, proj[:i])
    ptr = fcx.shallow(ptr) if ptr is not None else None
    if type(ptr) is T.Ref and not ptr.mutable:
        return proj[:i + 1]
    return proj


def _truncate_at_drop_type(fcx, root, proj: tuple, is_copy) -> tuple:
    """A non-Copy by-value capture cannot move a field out of a type with a `Drop` impl:
    rustc captures the value whose type has the destructor instead (restrict_precision_for_drop_types)."""
    ty = _place_ty(fcx, root, proj)
    if ty is None or is_copy(ty):
        return proj
    for n in range(len(proj)):
        base = _place_ty(fcx, root, proj[:n])
        base = fcx.shallow(base) if base is not None else None
        if type(base) is T.Adt:
            adt = fcx.items.adts.get(base.def_id)
            if adt is not None and adt.has_drop_impl:
                return proj[:n]
    return proj


def _place_ty(fcx, root, proj):
    t = fcx.binding_types.get(root)
    if t is None:
        return None
    for p in proj:
        t = fcx.shallow(t)
        if p == "*":
            if type(t) is T.Ref:
                t = t.inner
            elif type(t) is T.Adt and t.def_id == "std::boxed::Box":
                t = t.args[0]
            else:
                return None
        else:
            t = field_of(fcx, t, p)
            if t is None:
                return None
    return fcx.resolve(t)


def _bindings_inside(node) -> set:
    out = set()
    stack = [node]
    while stack:
        x = stack.pop()
        if isinstance(x, ast.IdentPat):
            out.add(x)
        for name in getattr(type(x), "__slots__", ()):
            v = getattr(x, name, None)
            if isinstance(v, ast.Node):
                stack.append(v)
            elif isinstance(v, tuple):
                stack.extend(i for i in v if isinstance(i, ast.Node))
    return out


class _Walker:
    """Visits a closure body, recording uses of outer places with how they are used."""

    def __init__(self, fcx, inner: set):
        self.fcx = fcx
        self.inner = inner
        self.uses: list = []

    def visit(self, e, how: str) -> None:
        if e is None:
            return
        m = getattr(self, "v_" + type(e).__name__, None)
        if m is not None:
            m(e, how)
        else:
            self.generic(e)

    def generic(self, e) -> None:
        for name in getattr(type(e), "__slots__", ()):
            v = getattr(e, name, None)
            if isinstance(v, ast.Node):
                self._visit_any(v)
            elif isinstance(v, tuple):
                for i in v:
                    if isinstance(i, ast.Node):
                        self._visit_any(i)

    def _visit_any(self, v) -> None:
        if isinstance(v, (ast.Ident, ast.Path, ast.Lifetime)) or _is_type_node(v) or _is_pat_node(v):
            return
        if isinstance(v, (ast.Let, ast.ExprStmt, ast.ItemStmt, ast.EmptyStmt)):
            self.stmt(v)
            return
        if isinstance(v, ast.Block):
            self.block(v, "move")
            return
        if isinstance(v, (ast.Arm, ast.FieldInit, ast.ClosureParam, ast.FormatArgs)):
            self.generic(v)
            return
        self.visit(v, "move")

    # ── places ──

    def place_use(self, e, how: str) -> bool:
        """Record `e` as a use of an outer place; False if `e` is not such a place."""
        place = self.place_of(e)
        if place is None:
            return False
        root, proj = place
        adjs = self.fcx.adjustments.get(e, ())
        how = _how_after_adjustments(adjs, how)
        if adjs and adjs[0].kind == "deref" and how != "move":
            proj = proj + ("*",)
        self.uses.append(_Use(root, proj, how, e.span))
        return True

    def place_of(self, e):
        if isinstance(e, ast.Paren):
            return self.place_of(e.expr)
        if isinstance(e, ast.PathExpr):
            res = self.fcx.tables.resolutions.get(e)
            if res is not None and res.kind == "local" and res.target not in self.inner:
                return res.target, ()
            return None
        if isinstance(e, ast.Field):
            base = self.place_of(e.base)
            if base is None:
                return None
            derefs = tuple("*" for a in self.fcx.adjustments.get(e.base, ()) if a.kind == "deref")
            if any(a.kind == "overloaded_deref" for a in self.fcx.adjustments.get(e.base, ())):
                return None
            return base[0], base[1] + derefs + (e.ident.name,)
        if isinstance(e, ast.Unary) and e.op == "*":
            if e in self.fcx.callees:
                return None
            base = self.place_of(e.operand)
            if base is None:
                return None
            return base[0], base[1] + ("*",)
        return None

    def place_or_visit(self, e, how) -> None:
        if self.place_use(e, how):
            return
        # a place rooted in an overloaded deref or index: the base is borrowed
        if isinstance(e, ast.Field):
            self.place_or_visit(e.base, "ref" if how == "move" else how)
            return
        if isinstance(e, ast.Unary) and e.op == "*":
            self.place_or_visit(e.operand, "ref" if how == "move" else how)
            return
        if isinstance(e, ast.Paren):
            self.place_or_visit(e.expr, how)
            return
        self.visit(e, how)

    # ── expressions ──

    def v_PathExpr(self, e, how) -> None:
        self.place_use(e, how)

    def v_Paren(self, e, how) -> None:
        self.place_or_visit(e.expr, how)

    def v_Field(self, e, how) -> None:
        self.place_or_visit(e, how)

    def v_Unary(self, e, how) -> None:
        if e.op == "*":
            self.place_or_visit(e, how)
        else:
            self.place_or_visit(e.operand, "move")

    def v_AddrOf(self, e, how) -> None:
        self.place_or_visit(e.operand, "mut" if e.mutable else "ref")

    def v_Assign(self, e, how) -> None:
        if isinstance(e.lhs, ast.Tuple):
            for x in e.lhs.elems:
                self.place_or_visit(x, "mut")
        else:
            self.place_or_visit(e.lhs, "mut")
        self.place_or_visit(e.rhs, "move")

    def v_CompoundAssign(self, e, how) -> None:
        self.place_or_visit(e.lhs, "mut")
        self.place_or_visit(e.rhs, "move")

    def v_Binary(self, e, how) -> None:
        overloaded = e in self.fcx.callees
        cmp = e.op in ("==", "!=", "<", "<=", ">", ">=")
        mode = "ref" if (cmp or not overloaded) else "move"
        self.place_or_visit(e.lhs, mode)
        self.place_or_visit(e.rhs, mode)

    def v_Index(self, e, how) -> None:
        self.place_or_visit(e.base, "mut" if how == "mut" else "ref")
        self.place_or_visit(e.index, "move")

    def v_MethodCall(self, e, how) -> None:
        self.place_or_visit(e.receiver, "move")
        for a in e.args:
            self.place_or_visit(a, "move")

    def v_Call(self, e, how) -> None:
        ft = self.fcx.expr_types.get(e.func)
        callee_how = "ref"
        ft = self.fcx.shallow(ft) if ft is not None else None
        # the callee after the call's autoderef (`&mut F`, `Box<dyn FnMut()>`)
        for adj in self.fcx.adjustments.get(e.func, ()):
            if adj.kind in ("deref", "overloaded_deref") and adj.target is not None:
                ft = self.fcx.shallow(adj.target)
        callee = self.fcx.callees.get(e)
        trait_call = {"call": "ref", "call_mut": "mut", "call_once": "move"}.get(
            callee.def_id.rsplit("::", 1)[-1]) if callee is not None and callee.def_id.startswith("std::ops::Fn") else None
        if trait_call is not None:
            callee_how = trait_call
        elif type(ft) is T.Closure:
            info = self.fcx.closures.get(ft.def_id)
            kind = info.kind if info is not None else "Fn"
            callee_how = {"Fn": "ref", "FnMut": "mut", "FnOnce": "move"}.get(kind, "ref")
        elif type(ft) is T.Param:
            callee_how = self._param_call_how(ft)
        self.place_or_visit(e.func, callee_how)
        for a in e.args:
            self.place_or_visit(a, "move")

    def _param_call_how(self, t) -> str:
        best = "move"
        for p in self.fcx.solver.env:
            tr = getattr(p, "trait_ref", None)
            if tr is not None and self.fcx.resolve(tr.self_ty) == t:
                if tr.trait_id == "std::ops::Fn":
                    return "ref"
                if tr.trait_id == "std::ops::FnMut":
                    best = "mut"
        return best

    def v_Closure(self, e, how) -> None:
        def_id = self.fcx.ccx.closure_defs.get(e)
        info = self.fcx.closures.get(def_id)
        if info is None or info.captures is None:
            return
        for c in info.captures:
            if c.root in self.inner:
                continue
            h = {"ref": "ref", "mut_ref": "mut", "move": "move", "copy": "move"}[c.mode]
            self.uses.append(_Use(c.root, c.projections, h, c.use_span))

    def v_Match(self, e, how) -> None:
        self.place_or_visit(e.scrutinee, self._scrutinee_how([a.pat for a in e.arms]))
        for arm in e.arms:
            if arm.guard is not None:
                self.visit(arm.guard, "move")
            self.visit(arm.body, how)

    def v_LetCond(self, e, how) -> None:
        self.place_or_visit(e.scrutinee, self._scrutinee_how([e.pat]))

    def _scrutinee_how(self, pats) -> str:
        how = "ref"
        for p in pats:
            for node in _pat_nodes(p):
                if isinstance(node, ast.IdentPat) and self.fcx.binding_modes.get(node) == "move":
                    t = self.fcx.binding_types.get(node)
                    if t is not None and self.fcx.solver.evaluate("std::marker::Copy", self.fcx.resolve(t), ()) != "yes":
                        return "move"
        return how

    def v_For(self, e, how) -> None:
        self.place_or_visit(e.iter, "move")
        self.block(e.body, "move")

    def v_MacroCall(self, e, how) -> None:
        by_ref = e.name in ("println", "print", "eprintln", "eprint", "format", "format_args", "panic", "assert",
                            "assert_eq", "assert_ne", "debug_assert", "debug_assert_eq",
                            "debug_assert_ne", "write", "writeln", "unreachable", "todo",
                            "unimplemented")
        for i, a in enumerate(e.args):
            if e.name in ("write", "writeln") and i == 0:
                self.place_or_visit(a, "mut")
            else:
                self.place_or_visit(a, "ref" if by_ref and e.name not in ("assert", "debug_assert") else "move")
        if e.vec_repeat is not None:
            for a in e.vec_repeat:
                self.place_or_visit(a, "move")
        if e.fmt is not None:
            for a in e.fmt.args:
                self.place_or_visit(a, "ref")
        if e.guard is not None:
            self.visit(e.guard, "move")

    def v_Cast(self, e, how) -> None:
        self.place_or_visit(e.expr, "move")

    def v_BlockExpr(self, e, how) -> None:
        self.block(e.block, how)

    def block(self, b, how) -> None:
        for s in b.stmts:
            self.stmt(s)
        if b.tail is not None:
            self.place_or_visit(b.tail, how)

    def stmt(self, s) -> None:
        if isinstance(s, ast.Let):
            if s.init is not None:
                self.place_or_visit(s.init, self._scrutinee_how([s.pat]) if not isinstance(s.pat, ast.IdentPat)
                                    else self._let_how(s.pat))
            if s.else_block is not None:
                self.block(s.else_block, "move")
        elif isinstance(s, ast.ExprStmt):
            self.place_or_visit(s.expr, "move")

    def _let_how(self, pat) -> str:
        mode = self.fcx.binding_modes.get(pat)
        if mode in ("ref", "ref_mut"):
            return "ref" if mode == "ref" else "mut"
        return "move"


def _how_after_adjustments(adjs, how) -> str:
    for a in adjs:
        if a.kind == "borrow":
            return "mut" if a.mutable else "ref"
        if a.kind == "overloaded_deref":
            return "mut" if a.mutable else "ref"
    return how


def _pat_nodes(p):
    stack = [p]
    while stack:
        x = stack.pop()
        yield x
        for name in getattr(type(x), "__slots__", ()):
            v = getattr(x, name, None)
            if isinstance(v, ast.Node):
                stack.append(v)
            elif isinstance(v, tuple):
                stack.extend(i for i in v if isinstance(i, ast.Node))


_TYPE_NODES = (ast.PathType, ast.RefType, ast.PtrType, ast.TupleType, ast.ArrayType, ast.SliceType,
               ast.FnPtrType, ast.ImplTraitType, ast.DynTraitType, ast.NeverType, ast.InferType)
_PAT_NODES = (ast.WildPat, ast.RestPat, ast.IdentPat, ast.LitPat, ast.RangePat, ast.TuplePat,
              ast.StructPat, ast.TupleStructPat, ast.PathPat, ast.RefPat, ast.OrPat, ast.SlicePat,
              ast.BoxPat, ast.FieldPat)


def _is_type_node(v) -> bool:
    return isinstance(v, _TYPE_NODES)


def _is_pat_node(v) -> bool:
    return isinstance(v, _PAT_NODES)
