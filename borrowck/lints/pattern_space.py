"""Patterns deconstructed into constructors and fields, per type (the input of usefulness).

A `Pat` is a constructor applied to sub-patterns. Constructors:
  ("variant", index) enum variant / ("single",) struct, tuple, array, reference, box
  ("bool", value) / ("range", lo, hi) integer range, inclusive
  ("slice", prefix, suffix, var_len): `[a, b]` is (2, 0, False), `[a, .., z]` is (1, 1, True)
  ("opaque",) a value no other pattern can be compared with (string literal, float, const)
  ("wild",) matches everything; ("or",) alternatives in `fields`
Types come from the type checker's `pat_types`, falling back to the expected type pushed
down from the scrutinee (field types via the ADT definitions, generics substituted).
"""
from __future__ import annotations

from typing import Optional

from ..syntax import ast
from ..syntax.node_class import node_class
from ..types import ty as T
from ..types.type_fold import subst
from .int_values import INT_NAMES, int_range

WILD = ("wild",)
SINGLE = ("single",)
OPAQUE = ("opaque",)


@node_class(frozen=True, slots=True)
class Pat:
    ctor: tuple
    fields: tuple  # of Pat
    ty: object  # the Ty matched


def wild(t) -> Pat:
    return Pat(WILD, (), t)


def peel_refs(t):
    while isinstance(t, T.Ref):
        t = t.inner
    return t


@node_class
class PatternSpace:
    """Knows the constructors of each type and lowers AST patterns against a type."""

    typed: object

    # ── types ──

    def adt(self, t) -> Optional[object]:
        return self.typed.adts.get(t.def_id) if isinstance(t, T.Adt) else None

    def substs(self, t: T.Adt, info) -> dict:
        type_args = [a for a in t.args if not isinstance(a, T.Region)]
        return dict(zip(info.generics.types, type_args))

    def field_types(self, t, ctor: tuple) -> tuple:
        """The types of ctor's fields when matching a value of type t."""
        if isinstance(t, T.Tuple):
            return t.elems
        if isinstance(t, T.Ref):
            return (t.inner,)
        if isinstance(t, T.Array):
            return (t.elem,) * (t.length if type(t.length) is int else 0)
        if ctor[0] == "slice":
            return (slice_elem(t),) * ctor[1]
        info = self.adt(t)
        if info is None:
            if isinstance(t, T.Adt) and t.def_id.endswith("Box"):
                return tuple(a for a in t.args if not isinstance(a, T.Region))[:1]
            return ()
        fields = info.variants[ctor[1]].fields if ctor[0] == "variant" else info.fields
        m = self.substs(t, info)
        return tuple(subst(f.ty, m) for f in fields)

    def field_names(self, t, ctor: tuple) -> tuple:
        info = self.adt(t)
        if info is None:
            return ()
        fields = info.variants[ctor[1]].fields if ctor[0] == "variant" else info.fields
        return tuple(f.name for f in fields)

    def is_enum(self, t) -> bool:
        info = self.adt(t)
        return info is not None and info.kind == "enum"

    def is_struct(self, t) -> bool:
        info = self.adt(t)
        return info is not None and info.kind == "struct"

    # ── lowering ──

    def lower(self, p: ast.Node, t) -> Pat:
        """p matched against a value of type t (the type checker's if it has one)."""
        t = self.typed.pat_types.get(p, t) if t is None or isinstance(t, T.Infer) else t
        if isinstance(t, T.Ref) and not isinstance(p, (ast.RefPat, ast.WildPat, ast.OrPat)) \
                and not (isinstance(p, ast.IdentPat) and self.is_binding(p, t.inner)) \
                and not (isinstance(p, ast.LitPat) and isinstance(p.expr, ast.Lit) and p.expr.kind in ("str", "bytestr")):
            # match ergonomics: a non-reference pattern dereferences the scrutinee implicitly
            return Pat(SINGLE, (self.lower(p, t.inner),), t)
        method = getattr(self, "lower_" + type(p).__name__, None)
        if method is None:
            return Pat(OPAQUE, (), t)
        return method(p, t)

    def lower_WildPat(self, p, t):
        return wild(t)

    def lower_RestPat(self, p, t):
        return wild(t)

    def is_binding(self, p: ast.IdentPat, t) -> bool:
        """Whether `name` binds a variable (rather than naming a unit variant or constant)."""
        if p.subpat is not None or p.by_ref or p.mutable:
            return True
        res = self.typed.resolutions.get(p)
        if res is not None:
            return res.kind not in ("variant", "unit_struct", "const", "assoc_const", "static")
        index = self.variant_index(peel_refs(t), p.ident.name) if p.ident.name[:1].isupper() else None
        return index is None

    def lower_IdentPat(self, p: ast.IdentPat, t):
        if p.subpat is not None:
            return self.lower(p.subpat, t)
        if self.is_binding(p, t):
            return wild(t)
        res = self.typed.resolutions.get(p)
        if res is not None:
            return self.lower_named(res, p.ident.name, t, ())
        return Pat(("variant", self.variant_index(t, p.ident.name)), (), t)

    def lower_PathPat(self, p: ast.PathPat, t):
        res = self.typed.resolutions.get(p.path) or self.typed.resolutions.get(p)
        return self.lower_named(res, p.path.segments[-1].ident.name, t, ())

    def lower_TupleStructPat(self, p: ast.TupleStructPat, t):
        res = self.typed.resolutions.get(p.path) or self.typed.resolutions.get(p)
        return self.lower_named(res, p.path.segments[-1].ident.name, t, p.elems)

    def lower_StructPat(self, p: ast.StructPat, t):
        res = self.typed.resolutions.get(p.path) or self.typed.resolutions.get(p)
        name = p.path.segments[-1].ident.name
        ctor = self.ctor_for(res, name, t)
        if ctor is None:
            return Pat(OPAQUE, (), t)
        types = self.field_types(t, ctor)
        names = self.field_names(t, ctor)
        fields = [wild(ft) for ft in types]
        for fp in p.fields:
            if fp.ident.name in names:
                i = names.index(fp.ident.name)
                fields[i] = self.lower(fp.pat, types[i])
        return Pat(ctor, tuple(fields), t)

    def ctor_for(self, res, name: str, t) -> Optional[tuple]:
        if self.is_enum(t):
            index = self.variant_index(t, name)
            return ("variant", index) if index is not None else None
        if self.is_struct(t) or (res is not None and res.kind in ("struct", "tuple_struct", "unit_struct")):
            return SINGLE
        return None

    def variant_index(self, t, name: str) -> Optional[int]:
        info = self.adt(t)
        if info is None or info.kind != "enum":
            return None
        for v in info.variants:
            if v.name == name:
                return v.index if v.index is not None else info.variants.index(v)
        return None

    def lower_named(self, res, name: str, t, elems: tuple) -> Pat:
        if res is not None and res.kind in ("const", "assoc_const", "static"):
            return Pat(OPAQUE, (), t)  # constants in patterns: compared by value, never exhaustive
        ctor = self.ctor_for(res, name, t)
        if ctor is None:
            return Pat(OPAQUE, (), t)
        return Pat(ctor, self.lower_seq(elems, self.field_types(t, ctor)), t)

    def lower_seq(self, elems: tuple, types: tuple) -> tuple:
        """Positional sub-patterns with at most one `..` filling the remaining positions."""
        rest = next((i for i, e in enumerate(elems) if isinstance(e, ast.RestPat)), None)
        if rest is None:
            pairs = list(zip(elems, types))
            out = [self.lower(e, ty) for e, ty in pairs]
            return tuple(out + [wild(ty) for ty in types[len(out):]])
        before, after = elems[:rest], elems[rest + 1:]
        middle = len(types) - len(before) - len(after)
        out = [self.lower(e, ty) for e, ty in zip(before, types)]
        out += [wild(ty) for ty in types[len(before):len(before) + middle]]
        out += [self.lower(e, ty) for e, ty in zip(after, types[len(types) - len(after):])]
        return tuple(out)

    def lower_TuplePat(self, p: ast.TuplePat, t):
        types = t.elems if isinstance(t, T.Tuple) else tuple(None for _ in p.elems)
        return Pat(SINGLE, self.lower_seq(p.elems, types), t)

    def lower_RefPat(self, p: ast.RefPat, t):
        return Pat(SINGLE, (self.lower(p.pat, t.inner if isinstance(t, T.Ref) else None),), t)

    def lower_BoxPat(self, p: ast.BoxPat, t):
        inner = self.field_types(t, SINGLE)
        return Pat(SINGLE, (self.lower(p.pat, inner[0] if inner else None),), t)

    def lower_OrPat(self, p: ast.OrPat, t):
        return Pat(("or",), tuple(self.lower(a, t) for a in p.alts), t)

    def lower_LitPat(self, p: ast.LitPat, t):
        value = literal_value(p.expr)
        if isinstance(value, bool):
            return Pat(("bool", value), (), t)
        if isinstance(value, int) and isinstance(t, (T.Int, T.Char)):
            return Pat(("range", value, value), (), t)
        return Pat(OPAQUE, (), t)

    def lower_RangePat(self, p: ast.RangePat, t):
        lo_t, hi_t = scalar_range(t)
        if lo_t is None:
            return Pat(OPAQUE, (), t)
        lo = literal_value(p.lo) if p.lo is not None else lo_t
        hi = literal_value(p.hi) if p.hi is not None else hi_t
        if not isinstance(lo, int) or not isinstance(hi, int) or isinstance(lo, bool):
            return Pat(OPAQUE, (), t)
        if p.hi is not None and not p.inclusive:
            hi -= 1
        return Pat(("range", lo, hi), (), t)

    def lower_SlicePat(self, p: ast.SlicePat, t):
        rest = next((i for i, e in enumerate(p.elems) if is_rest(e)), None)
        elem = slice_elem(t)
        if isinstance(t, T.Array):
            return Pat(SINGLE, self.lower_seq(tuple(ast.RestPat(e.span) if is_rest(e) else e for e in p.elems),
                                              self.field_types(t, SINGLE)), t)
        if rest is None:
            return Pat(("slice", len(p.elems), 0, False), tuple(self.lower(e, elem) for e in p.elems), t)
        before = tuple(self.lower(e, elem) for e in p.elems[:rest])
        after = tuple(self.lower(e, elem) for e in p.elems[rest + 1:])
        return Pat(("slice", len(before), len(after), True), before + after, t)


def is_rest(e) -> bool:
    return isinstance(e, ast.RestPat) or (isinstance(e, ast.IdentPat) and isinstance(e.subpat, ast.RestPat))


def slice_elem(t):
    t = peel_refs(t)
    return t.elem if isinstance(t, (T.Slice, T.Array)) else None


def scalar_range(t) -> tuple:
    if isinstance(t, T.Int):
        return int_range(t.name)
    if isinstance(t, T.Char):
        return 0, 0x10FFFF
    return None, None


def literal_value(e):
    """The value of a literal pattern expression: int (chars as code points), bool, or None."""
    negative = False
    if isinstance(e, ast.Unary) and e.op == "-":
        negative, e = True, e.operand
    if not isinstance(e, ast.Lit):
        return None
    if e.kind == "bool":
        return bool(e.value)
    if e.kind == "int":
        return -e.value if negative else e.value
    if e.kind == "char":
        return ord(e.value) if isinstance(e.value, str) else e.value
    if e.kind == "byte":
        return e.value if isinstance(e.value, int) else ord(e.value)
    return None


def int_name(t) -> Optional[str]:
    return t.name if isinstance(t, T.Int) and t.name in INT_NAMES else None
