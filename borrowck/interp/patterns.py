"""Patterns: `test_pattern` decides a match without side effects; `bind_pattern` then
binds, moving or borrowing out of the scrutinee place.

Default binding modes (match ergonomics): a non-reference pattern met by a reference
dereferences it and switches the binding mode to `ref` (or `ref mut` when every reference
passed was `&mut`), as rustc does; `binding_modes` from the type checker would agree.
"""
from __future__ import annotations

from ..syntax import ast
from .signals import Unsupported
from .values import BoxV, EnumV, Ptr, RcV, RString, SliceV

_STRUCTURAL = (ast.TuplePat, ast.TupleStructPat, ast.StructPat, ast.SlicePat, ast.LitPat,
               ast.RangePat, ast.PathPat)


class Patterns:
    # ── testing ──
    def test_pattern(self, pat, v) -> bool:
        return self.match_table[pat.__class__](pat, v)

    def match_WildPat(self, pat, v):
        return True

    def match_RestPat(self, pat, v):
        return True

    def match_IdentPat(self, pat, v):
        target = self.ident_pat_constant(pat)
        if target is not None:
            return self.match_constant(target, v)
        if pat.subpat is not None:
            return self.test_pattern(pat.subpat, v)
        return True

    def match_constant(self, target, v) -> bool:
        v = self.deref_refs(v)
        if target.__class__.__name__ == "VariantDef":
            return v.__class__ is EnumV and v.variant is target
        return self.values_eq(v, target)

    def match_PathPat(self, pat, v):
        target = self.path_pattern_target(pat.path, pat)
        return self.match_constant(target, v)

    def match_LitPat(self, pat, v):
        v = self.deref_refs(v)
        lit = self.eval(pat.expr)
        if v.__class__ is RString:
            v = v.s
        return v == lit

    def match_RangePat(self, pat, v):
        v = self.deref_refs(v)
        if pat.lo is not None and v < self.eval(pat.lo):
            return False
        if pat.hi is not None:
            hi = self.eval(pat.hi)
            return v <= hi if pat.inclusive else v < hi
        return True

    def match_TuplePat(self, pat, v):
        v = self.deref_refs(v)
        return self.match_seq(pat.elems, v.items)

    def match_seq(self, pats, items) -> bool:
        rest = _rest_index(pats)
        if rest is None:
            if len(pats) != len(items):
                return False
            return all(self.test_pattern(p, x) for p, x in zip(pats, items))
        before, after = pats[:rest], pats[rest + 1:]
        if len(items) < len(before) + len(after):
            return False
        for p, x in zip(before, items):
            if not self.test_pattern(p, x):
                return False
        tail = items[len(items) - len(after):] if after else []
        return all(self.test_pattern(p, x) for p, x in zip(after, tail))

    def match_TupleStructPat(self, pat, v):
        target = self.path_pattern_target(pat.path, pat)
        v = self.deref_refs(v)
        if target.__class__.__name__ == "VariantDef":
            if v.__class__ is not EnumV or v.variant is not target:
                return False
        return self.match_seq(pat.elems, v.items)

    def match_StructPat(self, pat, v):
        target = self.path_pattern_target(pat.path, pat)
        v = self.deref_refs(v)
        if target.__class__.__name__ == "VariantDef":
            if v.__class__ is not EnumV or v.variant is not target:
                return False
        names = target.field_names
        for fp in pat.fields:
            if not self.test_pattern(fp.pat, v.items[names.index(fp.ident.name)]):
                return False
        return True

    def match_RefPat(self, pat, v):
        if v.__class__ is Ptr:
            return self.test_pattern(pat.pat, v.lst[v.idx])
        return self.test_pattern(pat.pat, v)

    def match_OrPat(self, pat, v):
        return any(self.test_pattern(p, v) for p in pat.alts)

    def match_BoxPat(self, pat, v):
        v = self.deref_refs(v)
        return self.test_pattern(pat.pat, v.items[0])

    def match_SlicePat(self, pat, v):
        v = self.deref_refs(v)
        return self.match_seq(pat.elems, _seq_items(v))

    def match_Unsupported(self, pat, v):
        raise Unsupported(pat.what, pat.span)

    def deref_refs(self, v):
        """References (and the Box/Rc that deref coercion sees through) down to the value."""
        while True:
            c = v.__class__
            if c is Ptr:
                v = v.lst[v.idx]
            elif c is BoxV:
                v = v.items[0]
            elif c is RcV:
                v = v.alloc.items[0]
            else:
                return v

    # ── binding ──
    def bind_pattern(self, pat, lst, idx, mode: str, scope, move: bool) -> None:
        """Bind pat's names from the place (lst, idx). mode: "move" | "ref" | "ref_mut".
        move=False binds by-value names to copies without moving (for match guards)."""
        c = pat.__class__
        if c is ast.IdentPat:
            if self.ident_pat_constant(pat) is not None:
                return
            if pat.subpat is not None:  # `x @ Some(y)`: the parts first (they are Copy if x moves)
                self.bind_pattern(pat.subpat, lst, idx, mode, scope, move)
            if pat.by_ref:
                val = Ptr(lst, idx, pat.mutable)
            elif mode == "move":
                val = self.take(lst, idx) if move else lst[idx]
            else:
                val = Ptr(lst, idx, mode == "ref_mut")
            scope.declare(pat.ident.name, [val])
            return
        if c is ast.WildPat or c is ast.RestPat or c is ast.LitPat or c is ast.RangePat or c is ast.PathPat:
            return
        v = lst[idx]
        if c is ast.RefPat:
            if v.__class__ is Ptr:
                self.bind_pattern(pat.pat, v.lst, v.idx, "move", scope, move)
            else:
                self.bind_pattern(pat.pat, lst, idx, mode, scope, move)
            return
        if c is ast.OrPat:
            for alt in pat.alts:
                if self.test_pattern(alt, v):
                    self.bind_pattern(alt, lst, idx, mode, scope, move)
                    return
            return
        while True:  # match ergonomics: auto-deref, switch the binding mode
            vc = v.__class__
            if vc is Ptr:
                mode = "ref_mut" if (v.mutable and mode != "ref") else "ref"
                lst, idx = v.lst, v.idx
            elif vc is BoxV and c is not ast.BoxPat:  # a deref coercion `&Box<T>` -> `&T`
                lst, idx = v.items, 0
            elif vc is RcV:
                lst, idx = v.alloc.items, 0
            else:
                break
            v = lst[idx]
        if c is ast.TuplePat or c is ast.TupleStructPat:
            self.bind_seq(pat.elems, v.items, 0, len(v.items), mode, scope, move)
        elif c is ast.StructPat:
            names = self.path_pattern_target(pat.path, pat).field_names
            for fp in pat.fields:
                self.bind_pattern(fp.pat, v.items, names.index(fp.ident.name), mode, scope, move)
        elif c is ast.SlicePat:
            if v.__class__ is SliceV:
                mode = "ref_mut" if (v.mutable and mode != "ref") else "ref"
                self.bind_seq(pat.elems, v.lst, v.lo, v.hi, mode, scope, move)
            else:
                self.bind_seq(pat.elems, v.items, 0, len(v.items), mode, scope, move)
        elif c is ast.BoxPat:
            self.bind_pattern(pat.pat, v.items, 0, mode, scope, move)
        else:
            raise Unsupported(f"pattern {c.__name__}", pat.span)

    def bind_seq(self, pats, items, lo, hi, mode, scope, move) -> None:
        rest = _rest_index(pats)
        if rest is None:
            for i, p in enumerate(pats):
                self.bind_pattern(p, items, lo + i, mode, scope, move)
            return
        before, after = pats[:rest], pats[rest + 1:]
        for i, p in enumerate(before):
            self.bind_pattern(p, items, lo + i, mode, scope, move)
        start = hi - len(after)
        for i, p in enumerate(after):
            self.bind_pattern(p, items, start + i, mode, scope, move)
        restpat = pats[rest]
        if restpat.__class__ is ast.IdentPat:  # `rest @ ..` in a slice pattern
            sub = SliceV(items, lo + len(before), start, mode == "ref_mut")
            scope.declare(restpat.ident.name, [sub])

    # ── what pattern paths name ──
    def ident_pat_constant(self, pat):
        """The unit variant / const / unit struct an IdentPat names, or None for a binding."""
        cache = self.path_cache
        hit = cache.get(pat, cache)
        if hit is not cache:
            return hit
        res = self.typed.resolutions.get(pat)
        name = pat.ident.name
        target = None
        if res is not None:
            if res.kind in ("variant", "const", "unit_struct", "static", "assoc_const"):
                target = self.constant_named(name)
        elif pat.subpat is None and not pat.by_ref and not pat.mutable:
            target = self.constant_named(name)
        cache[pat] = target
        return target

    def constant_named(self, name: str):
        if self.frame.lookup(name) is not None:
            return None
        v = self.unit_variant_named(name)
        if v is not None:
            return v
        if name in self.program.consts:
            return self.const_value(self.program.consts[name])
        adt = self.program.adts.get(name)
        if adt is not None and not adt.is_enum and adt.kind == "unit":
            return self.path_value_by_names([name], None)
        return None


def _rest_index(pats):
    for i, p in enumerate(pats):
        if p.__class__ is ast.RestPat or (p.__class__ is ast.IdentPat and p.subpat is not None
                                          and p.subpat.__class__ is ast.RestPat):
            return i
    return None


def _seq_items(v) -> list:
    if v.__class__ is SliceV:
        return v.lst[v.lo:v.hi]
    return v.items
