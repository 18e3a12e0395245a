"""Lowering of patterns."""
from __future__ import annotations

from tree_sitter import Node

from . import ast
from .lower_types import LITERAL_KINDS, SKIP, NotAPath


class PatternLowering:
    def pat(self, n: Node):
        self.depth += 1
        if self.depth > self.max_depth:
            self.too_deep(n)
        method = self.PAT_TABLE.get(n.type)
        result = method(self, n) if method is not None else self._pat_other(n)
        self.depth -= 1
        return result

    def _pat_other(self, n: Node):
        kind = n.type
        if kind in LITERAL_KINDS:
            return ast.LitPat(self.sp(n), self.expr(n))
        if kind == "macro_invocation":
            return self.unsupported(n, "macros in pattern position")
        if kind == "ERROR" or n.is_missing:
            return self.unsupported(n, "syntax error")
        if kind == "const_block":
            return self.unsupported(n, "inline const patterns")
        return self.unsupported(n, f"`{kind.replace('_', ' ')}` patterns")

    def _elems(self, n: Node, skip_first: bool = False) -> tuple:
        kids = [c for c in n.children if c.type not in SKIP]
        if skip_first:
            kids = kids[1:]
        return tuple(self.pat(c) for c in kids)

    def pat_ident(self, n: Node):
        return ast.IdentPat(self.sp(n), self.ident(n), False, False, None)

    def pat_wild(self, n: Node):
        return ast.WildPat(self.sp(n))

    def pat_rest(self, n: Node):
        return ast.RestPat(self.sp(n))

    def pat_mut(self, n: Node):
        inner = [c for c in n.children if c.type != "mutable_specifier"][-1]
        if inner.type != "identifier":
            return self.unsupported(n, "`mut` on a non-binding pattern")
        return ast.IdentPat(self.sp(n), self.ident(inner), False, True, None)

    def pat_ref_binding(self, n: Node):
        inner = n.children[-1]
        if inner.type == "mut_pattern":
            ident = [c for c in inner.children if c.type == "identifier"]
            return ast.IdentPat(self.sp(n), self.ident(ident[0]), True, True, None)
        if inner.type != "identifier":
            return self.unsupported(n, "`ref` on a non-binding pattern")
        return ast.IdentPat(self.sp(n), self.ident(inner), True, False, None)

    def pat_captured(self, n: Node):
        kids = [c for c in n.children if c.type not in SKIP and c.type != "@"]
        binding = self.pat(kids[0])
        if not isinstance(binding, ast.IdentPat):
            return binding
        return ast.IdentPat(self.sp(n), binding.ident, binding.by_ref, binding.mutable, self.pat(kids[-1]))

    def pat_tuple(self, n: Node):
        elems = self._elems(n)
        if len(elems) == 1 and not any(c.type == "," for c in n.children) \
                and not isinstance(elems[0], ast.RestPat):
            return elems[0]  # `(p)` is a parenthesized pattern
        return ast.TuplePat(self.sp(n), elems)

    def pat_tuple_struct(self, n: Node):
        try:
            path = self.path(n.child_by_field_name("type"))
        except NotAPath:
            return self.unsupported(n, "this tuple-struct pattern path")
        return ast.TupleStructPat(self.sp(n), path, self._elems(n, skip_first=True))

    def pat_struct(self, n: Node):
        try:
            path = self.path(n.child_by_field_name("type"))
        except NotAPath:
            return self.unsupported(n, "this struct pattern path")
        fields = []
        has_rest = False
        for c in n.children:
            if c.type == "remaining_field_pattern":
                has_rest = True
            elif c.type == "field_pattern":
                fields.append(self._field_pat(c))
        return ast.StructPat(self.sp(n), path, tuple(fields), has_rest)

    def _field_pat(self, n: Node):
        name = n.child_by_field_name("name")
        ident = self.ident(name)
        pattern = n.child_by_field_name("pattern")
        if pattern is not None:
            return ast.FieldPat(self.sp(n), ident, self.pat(pattern), False)
        kinds = {c.type for c in n.children}
        binding = ast.IdentPat(self.sp(n), ident, "ref" in kinds, "mutable_specifier" in kinds, None)
        return ast.FieldPat(self.sp(n), ident, binding, True)

    def pat_reference(self, n: Node):
        mutable = any(c.type == "mutable_specifier" for c in n.children)
        inner = [c for c in n.children if c.type not in ("&", "&&", "mutable_specifier")][-1]
        span = self.sp(n)
        if n.children[0].type == "&&":  # `&&p` is one token but two reference patterns
            inner_ref = ast.RefPat(ast.Span(span.lo + 1, span.hi), mutable, self.pat(inner))
            return ast.RefPat(span, False, inner_ref)
        return ast.RefPat(span, mutable, self.pat(inner))

    def pat_slice(self, n: Node):
        return ast.SlicePat(self.sp(n), self._elems(n))

    def pat_or(self, n: Node):
        alts = []
        stack = [n]
        while stack:
            cur = stack.pop()
            if cur.type == "or_pattern":
                kids = [c for c in cur.children if c.type not in SKIP]
                stack.extend(reversed(kids))
            else:
                alts.append(self.pat(cur))
        if len(alts) == 1:
            return alts[0]
        return ast.OrPat(self.sp(n), tuple(alts))

    def pat_range(self, n: Node):
        lo = n.child_by_field_name("left")
        hi = n.child_by_field_name("right")
        inclusive = any(c.type in ("..=", "...") for c in n.children)
        return ast.RangePat(self.sp(n), self._range_end(lo), self._range_end(hi), inclusive)

    def _range_end(self, n):
        if n is None:
            return None
        if n.type == "negative_literal":
            return self._negative_lit(n)
        return self.expr(n)

    def _negative_lit(self, n: Node):
        lit = [c for c in n.children if c.type != "-" and c.type not in SKIP][0]
        return ast.Unary(self.sp(n), "-", self.expr(lit))

    def pat_negative(self, n: Node):
        return ast.LitPat(self.sp(n), self._negative_lit(n))

    def pat_path(self, n: Node):
        try:
            return ast.PathPat(self.sp(n), self.path(n))
        except NotAPath:
            return self.unsupported(n, "this path pattern")

    def pat_match(self, n: Node):
        kids = [c for c in n.children if c.type not in SKIP]
        return self.pat(kids[0])


PAT_METHODS = {
    "identifier": PatternLowering.pat_ident,
    "_": PatternLowering.pat_wild,
    "remaining_field_pattern": PatternLowering.pat_rest,
    "mut_pattern": PatternLowering.pat_mut,
    "ref_pattern": PatternLowering.pat_ref_binding,
    "captured_pattern": PatternLowering.pat_captured,
    "tuple_pattern": PatternLowering.pat_tuple,
    "tuple_struct_pattern": PatternLowering.pat_tuple_struct,
    "struct_pattern": PatternLowering.pat_struct,
    "reference_pattern": PatternLowering.pat_reference,
    "slice_pattern": PatternLowering.pat_slice,
    "or_pattern": PatternLowering.pat_or,
    "range_pattern": PatternLowering.pat_range,
    "negative_literal": PatternLowering.pat_negative,
    "scoped_identifier": PatternLowering.pat_path,
    "generic_pattern": PatternLowering.pat_path,
    "match_pattern": PatternLowering.pat_match,
}
