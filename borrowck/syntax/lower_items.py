"""Lowering of items: functions, ADTs, impls, traits, aliases, consts, statics, uses, modules."""
from __future__ import annotations

from typing import Optional

from tree_sitter import Node

from . import ast
from .lower_base import NestingTooDeep
from .lower_types import SKIP

UNSUPPORTED_ITEMS = {
    "macro_definition": "macro_rules! definitions",
    "macro_invocation": "macro invocations in item position",
    "extern_crate_declaration": "`extern crate`",
    "foreign_mod_item": "`extern` blocks",
}


def _child_of_type(n: Node, kind: str) -> Optional[Node]:
    for c in n.children:
        if c.type == kind:
            return c
    return None


class ItemLowering:
    # ── item lists ──

    def items(self, n: Node) -> tuple[tuple, tuple]:
        """(items, inner attributes) of a source_file or declaration_list."""
        items = []
        inner = []
        attrs = []
        for c in n.children:
            kind = c.type
            if kind in SKIP:
                continue
            if kind == "attribute_item":
                attrs.append(self.attribute(c, False))
                continue
            if kind == "inner_attribute_item":
                inner.append(self.attribute(c, True))
                continue
            if kind == "empty_statement" or kind == "shebang":
                continue
            if kind == "macro_definition" and self.macros:  # expanded where it is invoked
                attrs = []
                continue
            inv, mdef = self.statement_macro(c)
            if mdef is not None:
                items.extend(self.expand_items(inv, mdef))
                attrs = []
                continue
            items.append(self.item(c, tuple(attrs)))
            attrs = []
        return tuple(items), tuple(inner)

    def item(self, n: Node, attrs: tuple):
        """One item; a too-deep item becomes Unsupported (reported once) instead of overflowing."""
        saved = self.depth
        try:
            method = self.ITEM_TABLE.get(n.type)
            if method is not None:
                return method(self, n, attrs)
            if n.type in UNSUPPORTED_ITEMS:
                return self.unsupported(n, UNSUPPORTED_ITEMS[n.type])
            if n.type == "ERROR" or n.is_missing:
                return self.unsupported(n, "syntax error")
            if n.type in ("let_declaration", "expression_statement") or n.type in self.EXPR_TABLE:
                # tree-sitter accepts statements at module level; rustc wants an item
                self.report_expected_item(n)
                return self.unsupported(n, "syntax error")
            return self.unsupported(n, "syntax error" if n.has_error else f"`{n.type.replace('_', ' ')}`")
        except NestingTooDeep as e:
            self.report_too_deep(e.span)
            return ast.Unsupported(e.span, "nesting too deep")
        finally:
            self.depth = saved

    def attribute(self, n: Node, is_inner: bool) -> ast.Attribute:
        attr = _child_of_type(n, "attribute")
        if attr is None:
            return ast.Attribute(self.sp(n), "", (), is_inner)
        kids = [c for c in attr.children if c.type not in SKIP]
        name = self.text(kids[0]).replace(" ", "") if kids else ""
        args_node = attr.child_by_field_name("arguments")
        value = attr.child_by_field_name("value")
        args: list[str] = []
        if args_node is not None:
            piece: list[str] = []
            for c in args_node.children[1:-1]:
                if c.type == ",":
                    if piece:
                        args.append("".join(piece))
                    piece = []
                elif c.type not in ("line_comment", "block_comment"):
                    piece.append(self.text(c))
            if piece:
                args.append("".join(piece))
        elif value is not None:
            args.append(self.text(value))
        return ast.Attribute(self.sp(n), name, tuple(args), is_inner)

    def _is_pub(self, n: Node) -> bool:
        return _child_of_type(n, "visibility_modifier") is not None

    def _vis_path(self, n: Optional[Node]) -> tuple:
        """The restriction of `pub(crate)`, `pub(super)`, `pub(self)`, `pub(in a::b)` as Idents."""
        vis = n if n is None or n.type == "visibility_modifier" else _child_of_type(n, "visibility_modifier")
        if vis is None:
            return ()
        for c in vis.children:
            if c.type in ("crate", "super", "self", "identifier", "scoped_identifier"):
                return self._use_path(c)
        return ()

    def _generics(self, n: Node, name: ast.Ident) -> ast.Generics:
        return self.generics(n.child_by_field_name("type_parameters"), _child_of_type(n, "where_clause"), name.span)

    # ── functions ──

    def fn_item(self, n: Node, attrs: tuple):
        qualifiers = []
        mods = _child_of_type(n, "function_modifiers")
        if mods is not None:
            for m in mods.children:
                qualifiers.append("extern" if m.type == "extern_modifier" else m.type)
        ident = self.ident(n.child_by_field_name("name"))
        self_param = None
        params = []
        for p in n.child_by_field_name("parameters").children:
            kind = p.type
            if kind in SKIP or kind == "attribute_item":
                continue
            if kind == "self_parameter":
                self_param = self._self_param(p)
            elif kind == "parameter":
                pattern = p.child_by_field_name("pattern")
                mut_node = _child_of_type(p, "mutable_specifier")
                mutable = mut_node is not None
                ty = self.type_(p.child_by_field_name("type"))
                if pattern.type == "self":
                    self_param = ast.SelfParam(self.sp(p), False, False, None, mutable, ty)
                    continue
                pat = self.pat(pattern)
                if mutable and isinstance(pat, ast.IdentPat):
                    pat = ast.IdentPat(self.sp(mut_node).to(pat.span), pat.ident, pat.by_ref, True, pat.subpat)
                params.append(ast.Param(self.sp(p), pat, ty))
            elif kind == "variadic_parameter":
                params.append(ast.Param(self.sp(p), self.unsupported(p, "variadic parameters"),
                                        self.unsupported(p, "variadic parameters")))
            else:  # `fn f(a)`: tree-sitter accepts a parameter without a type
                self.report_expected_after(p, "expected one of `:`, `@`, or `|`")
                params.append(ast.Param(self.sp(p), self.unsupported(p, "syntax error"),
                                        self.unsupported(p, "syntax error")))
        ret = n.child_by_field_name("return_type")
        body = n.child_by_field_name("body")
        return ast.Fn(self.sp(n), attrs, self._is_pub(n), ident, self._generics(n, ident), self_param,
                      tuple(params), self.type_(ret) if ret is not None else None,
                      self.block(body) if body is not None else None, tuple(qualifiers),
                      vis_path=self._vis_path(n))

    def _self_param(self, p: Node) -> ast.SelfParam:
        is_ref = False
        ref_mut = False
        binding_mut = False
        lifetime = None
        for c in p.children:
            if c.type == "&":
                is_ref = True
            elif c.type == "lifetime":
                lifetime = self.lifetime(c)
            elif c.type == "mutable_specifier":
                if is_ref:
                    ref_mut = True
                else:
                    binding_mut = True
        return ast.SelfParam(self.sp(p), is_ref, ref_mut, lifetime, binding_mut, None)

    # ── ADTs ──

    def _fields(self, body: Optional[Node]) -> tuple[str, tuple]:
        if body is None:
            return "unit", ()
        fields = []
        attrs: list = []
        if body.type == "field_declaration_list":
            for c in body.children:
                if c.type == "attribute_item":
                    attrs.append(self.attribute(c, False))
                elif c.type == "field_declaration":
                    fields.append(ast.FieldDef(self.sp(c), tuple(attrs), self._is_pub(c),
                                               self.ident(c.child_by_field_name("name")),
                                               self.type_(c.child_by_field_name("type")),
                                               vis_path=self._vis_path(c)))
                    attrs = []
            return "named", tuple(fields)
        vis = None
        for c in body.children:
            kind = c.type
            if kind in SKIP:
                continue
            if kind == "attribute_item":
                attrs.append(self.attribute(c, False))
            elif kind == "visibility_modifier":
                vis = c
            else:
                span = self.sp(c) if vis is None else self.sp(vis).to(self.sp(c))
                fields.append(ast.FieldDef(span, tuple(attrs), vis is not None, None, self.type_(c),
                                           vis_path=self._vis_path(vis)))
                attrs = []
                vis = None
        return "tuple", tuple(fields)

    def struct_item(self, n: Node, attrs: tuple):
        ident = self.ident(n.child_by_field_name("name"))
        kind, fields = self._fields(n.child_by_field_name("body"))
        return ast.Struct(self.sp(n), attrs, self._is_pub(n), ident, self._generics(n, ident), kind, fields,
                          vis_path=self._vis_path(n))

    def union_item(self, n: Node, attrs: tuple):
        ident = self.ident(n.child_by_field_name("name"))
        _, fields = self._fields(n.child_by_field_name("body"))
        return ast.Union_(self.sp(n), attrs, ident, self._generics(n, ident), fields,
                          is_pub=self._is_pub(n), vis_path=self._vis_path(n))

    def enum_item(self, n: Node, attrs: tuple):
        ident = self.ident(n.child_by_field_name("name"))
        variants = []
        vattrs: list = []
        for c in n.child_by_field_name("body").children:
            if c.type == "attribute_item":
                vattrs.append(self.attribute(c, False))
            elif c.type == "enum_variant":
                kind, fields = self._fields(c.child_by_field_name("body"))
                value = c.child_by_field_name("value")
                variants.append(ast.Variant(self.sp(c), tuple(vattrs), self.ident(c.child_by_field_name("name")),
                                            kind, fields, self.expr(value) if value is not None else None,
                                            self._is_pub(c), self._vis_path(c)))
                vattrs = []
        return ast.Enum(self.sp(n), attrs, self._is_pub(n), ident, self._generics(n, ident), tuple(variants),
                        vis_path=self._vis_path(n))

    # ── impls and traits ──

    def _assoc_items(self, body: Optional[Node]) -> tuple:
        if body is None:
            return ()
        items, _ = self.items(body)
        return items

    def impl_item(self, n: Node, attrs: tuple):
        kinds = {c.type for c in n.children}
        trait = n.child_by_field_name("trait")
        trait_ref = None
        if trait is not None:
            trait_ref = self._trait_path(trait)
            if isinstance(trait_ref, ast.Unsupported):
                return trait_ref
        anchor = self.sp(n.children[0])
        generics = self.generics(n.child_by_field_name("type_parameters"), _child_of_type(n, "where_clause"), anchor)
        return ast.Impl(self.sp(n), attrs, generics, trait_ref, "!" in kinds,
                        self.type_(n.child_by_field_name("type")),
                        self._assoc_items(n.child_by_field_name("body")), "unsafe" in kinds)

    def _trait_path(self, n: Node):
        bound = self.bound(n)
        if isinstance(bound, ast.TraitBound):
            return bound.path
        return self.unsupported(n, "this trait reference")

    def trait_item(self, n: Node, attrs: tuple):
        ident = self.ident(n.child_by_field_name("name"))
        kinds = {c.type for c in n.children}
        return ast.Trait(self.sp(n), attrs, self._is_pub(n), ident, self._generics(n, ident),
                         self.bounds(n.child_by_field_name("bounds")),
                         self._assoc_items(n.child_by_field_name("body")), "unsafe" in kinds,
                         vis_path=self._vis_path(n))

    def type_item(self, n: Node, attrs: tuple):
        ident = self.ident(n.child_by_field_name("name"))
        ty = n.child_by_field_name("type")
        return ast.TypeAlias(self.sp(n), attrs, ident, self._generics(n, ident),
                             self.bounds(n.child_by_field_name("bounds")),
                             self.type_(ty) if ty is not None else None,
                             is_pub=self._is_pub(n), vis_path=self._vis_path(n))

    def const_item(self, n: Node, attrs: tuple):
        ty = n.child_by_field_name("type")
        value = n.child_by_field_name("value")
        return ast.Const(self.sp(n), attrs, self._is_pub(n), self.ident(n.child_by_field_name("name")),
                         self.type_(ty) if ty is not None else None,
                         self.expr(value) if value is not None else None, vis_path=self._vis_path(n))

    def static_item(self, n: Node, attrs: tuple):
        value = n.child_by_field_name("value")
        ty = n.child_by_field_name("type")
        return ast.Static(self.sp(n), attrs, self._is_pub(n), self.ident(n.child_by_field_name("name")),
                          _child_of_type(n, "mutable_specifier") is not None,
                          self.type_(ty) if ty is not None else self.unsupported(n, "syntax error"),
                          self.expr(value) if value is not None else None, vis_path=self._vis_path(n))

    # ── modules and uses ──

    def mod_item(self, n: Node, attrs: tuple):
        body = n.child_by_field_name("body")
        items = None
        if body is not None:
            items, inner = self.items(body)
            attrs = attrs + inner
        return ast.Mod(self.sp(n), attrs, self._is_pub(n), self.ident(n.child_by_field_name("name")), items,
                       vis_path=self._vis_path(n))

    def use_item(self, n: Node, attrs: tuple):
        trees: list = []
        self._use_tree(n.child_by_field_name("argument"), (), trees)
        return ast.Use(self.sp(n), attrs, self._is_pub(n), tuple(trees), vis_path=self._vis_path(n))

    def _use_path(self, n: Optional[Node]) -> tuple:
        if n is None:
            return ()
        if n.type == "scoped_identifier":
            return self._use_path(n.child_by_field_name("path")) + (self.ident(n.child_by_field_name("name")),)
        return (self.ident(n),)

    def _use_tree(self, n: Node, prefix: tuple, out: list) -> None:
        kind = n.type
        if kind in ("identifier", "scoped_identifier", "crate", "super", "self"):
            path = prefix + self._use_path(n)
            if kind == "self" and prefix:  # `a::{self}` imports `a`
                path = prefix
            out.append(ast.UseTree(self.sp(n), path, None, False))
        elif kind == "use_as_clause":
            source = n.child_by_field_name("path")
            path = prefix + self._use_path(source)
            if source.type == "self" and prefix:
                path = prefix
            out.append(ast.UseTree(self.sp(n), path, self.ident(n.child_by_field_name("alias")), False))
        elif kind == "use_wildcard":
            base = [c for c in n.children if c.type not in SKIP and c.type != "*"]
            path = prefix + (self._use_path(base[0]) if base else ())
            out.append(ast.UseTree(self.sp(n), path, None, True))
        elif kind == "scoped_use_list":
            path = prefix + self._use_path(n.child_by_field_name("path"))
            self._use_tree(n.child_by_field_name("list"), path, out)
        elif kind == "use_list":
            for c in n.children:
                if c.type not in SKIP:
                    self._use_tree(c, prefix, out)
        else:
            out.append(ast.UseTree(self.sp(n), prefix, None, False))


ITEM_METHODS = {
    "function_item": ItemLowering.fn_item,
    "function_signature_item": ItemLowering.fn_item,
    "struct_item": ItemLowering.struct_item,
    "union_item": ItemLowering.union_item,
    "enum_item": ItemLowering.enum_item,
    "impl_item": ItemLowering.impl_item,
    "trait_item": ItemLowering.trait_item,
    "type_item": ItemLowering.type_item,
    "associated_type": ItemLowering.type_item,
    "const_item": ItemLowering.const_item,
    "static_item": ItemLowering.static_item,
    "mod_item": ItemLowering.mod_item,
    "use_declaration": ItemLowering.use_item,
}
