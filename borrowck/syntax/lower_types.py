"""Lowering of paths, generic arguments, types, bounds and generics."""
from __future__ import annotations

from typing import Optional

from tree_sitter import Node

from ..diagnostics.diagnostic import Diagnostic
from . import ast
from .cst import COMMENTS, PUNCTUATION

SEGMENT_KINDS = frozenset({"identifier", "type_identifier", "primitive_type", "field_identifier",
                           "self", "super", "crate", "shorthand_field_identifier"})
LITERAL_KINDS = frozenset({"integer_literal", "float_literal", "string_literal", "raw_string_literal",
                           "char_literal", "boolean_literal"})
SKIP = PUNCTUATION | COMMENTS | {"+", "'"}
# nodes whose `return_type` may be `!` on stable Rust
NEVER_RETURNS = frozenset({"function_item", "function_signature_item", "closure_expression", "function_type"})


class NotAPath(Exception):
    """A node that cannot be read as a path (reported as Unsupported by the caller)."""


class TypeLowering:
    # ── paths ──

    def path(self, n: Node) -> ast.Path:
        segments: list = []
        state = {"global": False, "qself": None}
        self._path_parts(n, segments, state)
        return ast.Path(self.sp(n), tuple(segments), state["global"], state["qself"])

    def _path_parts(self, n: Node, segments: list, state: dict) -> None:
        kind = n.type
        if kind in SEGMENT_KINDS:
            segments.append(ast.PathSegment(self.sp(n), self.ident(n), None))
        elif kind in ("scoped_identifier", "scoped_type_identifier"):
            prefix = n.child_by_field_name("path")
            if prefix is None:
                state["global"] = True
            else:
                self._path_parts(prefix, segments, state)
            name = n.child_by_field_name("name")
            if name is None:
                raise NotAPath(kind)
            self._path_parts(name, segments, state)
        elif kind in ("generic_type", "generic_type_with_turbofish", "generic_function"):
            base = n.child_by_field_name("type") or n.child_by_field_name("function")
            args = n.child_by_field_name("type_arguments")
            if base is None or base.type == "field_expression":
                raise NotAPath(kind)
            self._path_parts(base, segments, state)
            self._attach_args(segments, self.generic_args(args), n)
        elif kind == "function_type" and n.child_by_field_name("trait") is not None:
            self._path_parts(n.child_by_field_name("trait"), segments, state)
            params = n.child_by_field_name("parameters")
            ret = n.child_by_field_name("return_type")
            inputs = tuple(self.type_(c) for c in params.children if c.type not in SKIP)
            sugar = ast.FnSugarArgs(self.sp(params) if ret is None else self.sp(params).to(self.sp(ret)),
                                    inputs, self.type_(ret) if ret is not None else None)
            self._attach_args(segments, sugar, n)
        elif kind == "bracketed_type":
            inner = [c for c in n.children if c.type not in SKIP]
            if len(inner) != 1:
                raise NotAPath(kind)
            q = inner[0]
            if q.type == "qualified_type":
                trait = q.child_by_field_name("alias")
                trait_path = self.path(trait)
                segments.extend(trait_path.segments)
                state["qself"] = ast.QSelf(self.sp(n), self.type_(q.child_by_field_name("type")),
                                           len(trait_path.segments))
            else:
                state["qself"] = ast.QSelf(self.sp(n), self.type_(q), 0)
        else:
            raise NotAPath(kind)

    def _attach_args(self, segments: list, args, n: Node) -> None:
        if not segments:
            raise NotAPath(n.type)
        last = segments[-1]
        segments[-1] = ast.PathSegment(last.span.to(args.span), last.ident, args)

    def generic_args(self, n: Node) -> ast.GenericArgs:
        args = []
        for c in n.children:
            kind = c.type
            if kind in SKIP:
                continue
            if kind == "lifetime":
                args.append(self.lifetime(c))
            elif kind == "type_binding":
                if c.child_by_field_name("type_arguments") is not None:
                    args.append(self.unsupported(c, "generic associated types"))
                else:
                    args.append(ast.AssocBinding(self.sp(c), self.ident(c.child_by_field_name("name")),
                                                 self.type_(c.child_by_field_name("type"))))
            elif kind in LITERAL_KINDS or kind in ("block", "negative_literal", "unary_expression"):
                args.append(self.expr(c))
            elif kind == "trait_bounds" or kind == "constraint":
                args.append(self.unsupported(c, "associated type bounds"))
            else:
                args.append(self.type_(c))
        return ast.GenericArgs(self.sp(n), tuple(args))

    # ── types ──

    def type_(self, n: Node):
        self.depth += 1
        if self.depth > self.max_depth:
            self.too_deep(n)
        method = self.TYPE_TABLE.get(n.type)
        result = method(self, n) if method is not None else self._type_other(n)
        self.depth -= 1
        return result

    def _type_other(self, n: Node):
        kind = n.type
        if kind == "macro_invocation":
            return self.unsupported(n, "macros in type position")
        if kind == "ERROR" or n.is_missing:
            return self.unsupported(n, "syntax error")
        return self.unsupported(n, f"`{kind.replace('_', ' ')}` types")

    def type_path(self, n: Node):
        if n.type == "type_identifier" and self.src[n.start_byte:n.end_byte] == b"_":
            return ast.InferType(self.sp(n))
        try:
            return ast.PathType(self.sp(n), self.path(n))
        except NotAPath as e:
            return self.unsupported(n, f"`{e}` in a type path")

    def type_ref(self, n: Node):
        lifetime = None
        mutable = False
        for c in n.children:
            if c.type == "lifetime":
                lifetime = self.lifetime(c)
            elif c.type == "mutable_specifier":
                mutable = True
        return ast.RefType(self.sp(n), lifetime, mutable, self.type_(n.child_by_field_name("type")))

    def type_ptr(self, n: Node):
        mutable = any(c.type == "mutable_specifier" for c in n.children)
        return ast.PtrType(self.sp(n), mutable, self.type_(n.child_by_field_name("type")))

    def type_tuple(self, n: Node):
        elems = [c for c in n.children if c.type not in SKIP]
        has_comma = any(c.type == "," for c in n.children)
        if len(elems) == 1 and not has_comma:
            return self.type_(elems[0])  # `(T)` is a parenthesized type
        return ast.TupleType(self.sp(n), tuple(self.type_(c) for c in elems))

    def type_unit(self, n: Node):
        return ast.TupleType(self.sp(n), ())

    def type_array(self, n: Node):
        elem = self.type_(n.child_by_field_name("element"))
        length = n.child_by_field_name("length")
        if length is None:
            return ast.SliceType(self.sp(n), elem)
        return ast.ArrayType(self.sp(n), elem, self.expr(length))

    def type_fn(self, n: Node):
        if n.child_by_field_name("trait") is not None:
            if self.edition == "2015":
                return ast.DynTraitType(self.sp(n), (self.bound(n),))
            return self.unsupported(n, "bare trait objects")
        for c in n.children:
            if c.type == "function_modifiers":
                return self.unsupported(n, "unsafe or extern function pointer types")
        params = []
        for c in n.child_by_field_name("parameters").children:
            if c.type in SKIP or c.type == "attribute_item":
                continue
            if c.type == "parameter":
                params.append(self.type_(c.child_by_field_name("type")))
            elif c.type == "variadic_parameter":
                params.append(self.unsupported(c, "variadic parameters"))
            else:
                params.append(self.type_(c))
        ret = n.child_by_field_name("return_type")
        return ast.FnPtrType(self.sp(n), tuple(params), self.type_(ret) if ret is not None else None)

    def type_impl(self, n: Node):
        return ast.ImplTraitType(self.sp(n), (self.bound(n.child_by_field_name("trait")),))

    def type_dyn(self, n: Node):
        return ast.DynTraitType(self.sp(n), (self.bound(n.child_by_field_name("trait")),))

    def type_bounded(self, n: Node):
        # `impl A + B` / `dyn A + 'a` arrive as left-nested bounded_type nodes.
        parts = []
        head = n
        while head.type == "bounded_type":
            kids = [c for c in head.children if c.type not in SKIP]
            parts[:0] = kids[1:]
            head = kids[0]
        if head.type == "abstract_type":
            cls = ast.ImplTraitType
        elif head.type == "dynamic_type":
            cls = ast.DynTraitType
        else:
            return self.unsupported(n, "bare trait objects")
        bounds = (self.bound(head.child_by_field_name("trait")),) + tuple(self.bound(c) for c in parts)
        return cls(self.sp(n), bounds)

    def type_never(self, n: Node):
        parent = n.parent
        ret = parent.child_by_field_name("return_type") if parent is not None and parent.type in NEVER_RETURNS \
            else None
        if ret is None or ret.id != n.id:
            # stable Rust has `!` only as a return type (`fn f() -> !`); elsewhere it is gated
            self.diagnostics.append(Diagnostic("error", "E0658", "the `!` type is experimental").primary(self.sp(n)))
        return ast.NeverType(self.sp(n))

    # ── bounds and generics ──

    def bound(self, n: Node):
        kind = n.type
        if kind == "lifetime":
            return ast.LifetimeBound(self.sp(n), self.lifetime(n))
        if kind == "removed_trait_bound":
            inner = [c for c in n.children if c.type not in SKIP and c.type != "?"][0]
            return self._trait_bound(n, inner, maybe=True)
        if kind == "higher_ranked_trait_bound":
            lifetimes = self.for_lifetimes(n.child_by_field_name("type_parameters"))
            return self._trait_bound(n, n.child_by_field_name("type"), for_lifetimes=lifetimes)
        if kind == "tuple_type":
            inner = [c for c in n.children if c.type not in SKIP]
            if len(inner) == 1:
                return self.bound(inner[0])
        return self._trait_bound(n, n)

    def _trait_bound(self, outer: Node, n: Node, maybe: bool = False, for_lifetimes: tuple = ()):
        try:
            return ast.TraitBound(self.sp(outer), self.path(n), maybe, for_lifetimes)
        except NotAPath:
            return self.unsupported(outer, f"`{n.type.replace('_', ' ')}` bounds")

    def bounds(self, n: Optional[Node]) -> tuple:
        if n is None:
            return ()
        return tuple(self.bound(c) for c in n.children if c.type not in SKIP)

    def for_lifetimes(self, n: Optional[Node]) -> tuple:
        if n is None:
            return ()
        out = []
        for c in n.children:
            if c.type == "lifetime_parameter":
                out.append(self.lifetime(c.child_by_field_name("name")))
            elif c.type == "lifetime":
                out.append(self.lifetime(c))
        return tuple(out)

    def generics(self, params: Optional[Node], where: Optional[Node], anchor: ast.Span) -> ast.Generics:
        """Generics of an item; without `<...>` the span is empty just after the item's name."""
        out = []
        span = anchor.shrink_to_hi()
        if params is not None:
            span = self.sp(params)
            for c in params.children:
                kind = c.type
                if kind == "lifetime_parameter":
                    bounds = c.child_by_field_name("bounds")
                    lts = tuple(self.lifetime(b) for b in bounds.children if b.type == "lifetime") if bounds else ()
                    out.append(ast.LifetimeParam(self.sp(c), self.lifetime(c.child_by_field_name("name")), lts))
                elif kind == "type_parameter":
                    default = c.child_by_field_name("default_type")
                    out.append(ast.TypeParam(self.sp(c), self.ident(c.child_by_field_name("name")),
                                             self.bounds(c.child_by_field_name("bounds")),
                                             self.type_(default) if default is not None else None))
                elif kind == "const_parameter":
                    value = c.child_by_field_name("value")
                    out.append(ast.ConstParam(self.sp(c), self.ident(c.child_by_field_name("name")),
                                              self.type_(c.child_by_field_name("type")),
                                              self.expr(value) if value is not None else None))
                elif kind in SKIP or kind == "attribute_item":
                    continue
                else:
                    out.append(self.unsupported(c, "this kind of generic parameter"))
        preds = []
        if where is not None:
            for c in where.children:
                if c.type != "where_predicate":
                    continue
                left = c.child_by_field_name("left")
                bounds = self.bounds(c.child_by_field_name("bounds"))
                if left.type == "lifetime":
                    preds.append(ast.WherePredicate(self.sp(c), self.lifetime(left), bounds))
                elif left.type == "higher_ranked_trait_bound":
                    preds.append(ast.WherePredicate(
                        self.sp(c), self.type_(left.child_by_field_name("type")), bounds,
                        self.for_lifetimes(left.child_by_field_name("type_parameters"))))
                else:
                    preds.append(ast.WherePredicate(self.sp(c), self.type_(left), bounds))
        return ast.Generics(span, tuple(out), tuple(preds))


TYPE_METHODS = {
    "type_identifier": TypeLowering.type_path,
    "primitive_type": TypeLowering.type_path,
    "scoped_type_identifier": TypeLowering.type_path,
    "scoped_identifier": TypeLowering.type_path,
    "generic_type": TypeLowering.type_path,
    "reference_type": TypeLowering.type_ref,
    "pointer_type": TypeLowering.type_ptr,
    "tuple_type": TypeLowering.type_tuple,
    "unit_type": TypeLowering.type_unit,
    "array_type": TypeLowering.type_array,
    "function_type": TypeLowering.type_fn,
    "abstract_type": TypeLowering.type_impl,
    "dynamic_type": TypeLowering.type_dyn,
    "bounded_type": TypeLowering.type_bounded,
    "never_type": TypeLowering.type_never,
}
