"""Lowering of expressions, blocks and statements."""
from __future__ import annotations

from tree_sitter import Node

from ..source.span import Span
from . import ast, messages
from .literals import LiteralError, parse_literal
from .lower_types import LITERAL_KINDS, SKIP, NotAPath

ITEM_KINDS = frozenset({"function_item", "struct_item", "enum_item", "union_item", "impl_item",
                        "trait_item", "type_item", "const_item", "static_item", "use_declaration",
                        "mod_item", "macro_definition", "extern_crate_declaration",
                        "foreign_mod_item", "function_signature_item", "associated_type"})
COMPARISONS = frozenset({"==", "!=", "<", "<=", ">", ">="})
# Expressions after which a statement needs no `;` (rustc's "block-like" expressions).
BLOCK_LIKE = (ast.BlockExpr, ast.If, ast.While, ast.Loop, ast.For, ast.Match)


# operators tree-sitter mistakes for binary after an open range (`a..*b`)
PREFIX_AFTER_RANGE = frozenset({"*", "-", "&"})
PREFIX_AFTER_BREAK = frozenset({"*", "-", "&", "&&"})


class ExprLowering:
    def expr(self, n: Node):
        self.depth += 1
        if self.depth > self.max_depth:
            self.too_deep(n)
        method = self.EXPR_TABLE.get(n.type)
        result = method(self, n) if method is not None else self._expr_other(n)
        self.depth -= 1
        return result

    def _expr_other(self, n: Node):
        kind = n.type
        if kind == "ERROR" or n.is_missing:
            return self.unsupported(n, "syntax error")
        what = {
            "async_block": "async blocks",
            "await_expression": "`.await`",
            "yield_expression": "`yield`",
            "try_block": "`try` blocks",
            "gen_block": "`gen` blocks",
        }.get(kind, f"`{kind.replace('_', ' ')}`")
        return self.unsupported(n, what)

    # ── leaves ──

    def ex_lit(self, n: Node):
        try:
            v = parse_literal(self.text(n), n.type)
        except LiteralError as e:
            self.report_error(self.sp(n), str(e))
            return ast.Lit(self.sp(n), "int", 0, None)
        return ast.Lit(self.sp(n), v.kind, v.value, v.suffix)

    def ex_path(self, n: Node):
        try:
            return ast.PathExpr(self.sp(n), self.path(n))
        except NotAPath as e:
            return self.unsupported(n, f"`{e}` in an expression path")

    # ── operators ──

    def ex_unary(self, n: Node):
        op = n.children[0]
        return ast.Unary(self.sp(n), op.type, self.expr(n.children[-1]))

    def ex_ref(self, n: Node):
        mutable = False
        for c in n.children:
            if c.type == "raw":
                return self.unsupported(n, "raw borrows (`&raw`)")
            if c.type == "mutable_specifier":
                mutable = True
        span = self.sp(n)
        if n.children[0].type == "&&":  # `&&x` is one token but two borrows
            inner = ast.AddrOf(ast.Span(span.lo + 1, span.hi), mutable, self.expr(n.child_by_field_name("value")))
            return ast.AddrOf(span, False, inner)
        return ast.AddrOf(span, mutable, self.expr(n.child_by_field_name("value")))

    def ex_binary(self, n: Node):
        # Left-nested chains (`a + b + c + ...`) are walked iteratively to keep the stack flat.
        chain = []
        cur = n
        while cur.type == "binary_expression":
            chain.append(cur)
            cur = cur.child_by_field_name("left")
        if self.depth + len(chain) > self.max_depth:
            self.too_deep(n)
        if cur.type == "range_expression" and cur.children[-1].type == ".." \
                and chain[-1].child_by_field_name("operator").type in PREFIX_AFTER_RANGE:
            return self.range_with_prefixed_end(cur, chain)
        if cur.type == "break_expression" and chain[-1].child_by_field_name("operator").type in PREFIX_AFTER_BREAK \
                and self._operand(cur) is None:
            return self.break_with_prefixed_value(cur, chain)
        acc = self.expr(cur)
        for node in reversed(chain):
            op = node.child_by_field_name("operator")
            if op.type in COMPARISONS and isinstance(acc, ast.Binary) and acc.op in COMPARISONS:
                # `a < b > c` (often `Vec<T>::new()` without `::`): rustc rejects the chain
                self.diagnostics.append(messages.syntax_error("comparison operators cannot be chained", acc.op_span)
                                        .primary(self.sp(op)))
            acc = ast.Binary(self.sp(node), op.type, acc, self.expr(node.child_by_field_name("right")),
                             self.sp(op))
        return acc

    def range_with_prefixed_end(self, range_node: Node, chain: list):
        # tree-sitter reads `a..*b` / `a..-b` / `a..&b` as `(a..) * b`; rustc reads the
        # operator as a prefix of the range's end: `a..(*b)`
        first = chain[-1]
        op = first.child_by_field_name("operator").type
        right = first.child_by_field_name("right")
        end_lo = self.sp(first.child_by_field_name("operator")).lo
        operand = self.expr(right)
        end_span = ast.Span(end_lo, operand.span.hi)
        acc = ast.AddrOf(end_span, False, operand) if op == "&" else ast.Unary(end_span, op, operand)
        for node in reversed(chain[:-1]):
            op_node = node.child_by_field_name("operator")
            rhs = self.expr(node.child_by_field_name("right"))
            acc = ast.Binary(ast.Span(end_lo, rhs.span.hi), op_node.type, acc, rhs, self.sp(op_node))
        start = self.expr(range_node.children[0]) if range_node.child_count == 2 else None
        return ast.Range(self.sp(chain[0]), start, acc, False)

    def break_with_prefixed_value(self, break_node: Node, chain: list):
        # tree-sitter reads `break &x` / `break *x + 1` as `(break) & x`; rustc reads the
        # operator as a prefix of the break's value, which extends over the whole chain
        first = chain[-1]
        op = first.child_by_field_name("operator").type
        lo = self.sp(first.child_by_field_name("operator")).lo
        operand = self.expr(first.child_by_field_name("right"))
        span = ast.Span(lo, operand.span.hi)
        if op == "&&":
            acc = ast.AddrOf(span, False, ast.AddrOf(ast.Span(lo + 1, span.hi), False, operand))
        else:
            acc = ast.AddrOf(span, False, operand) if op == "&" else ast.Unary(span, op, operand)
        for node in reversed(chain[:-1]):
            op_node = node.child_by_field_name("operator")
            rhs = self.expr(node.child_by_field_name("right"))
            acc = ast.Binary(ast.Span(lo, rhs.span.hi), op_node.type, acc, rhs, self.sp(op_node))
        return ast.Break(self.sp(chain[0]), self._label(break_node), acc)

    def ex_assign(self, n: Node):
        left = n.child_by_field_name("left")
        right = n.child_by_field_name("right")
        op = [c for c in n.children if c.type == "="][0]
        # tree-sitter reads `..=hi` as `(..) = hi`; rustc reads a RangeToInclusive
        if left.type == "range_expression" and left.child_count == 1 and left.end_byte == op.start_byte:
            return ast.Range(self.sp(n), None, self.expr(right), True)
        return ast.Assign(self.sp(n), self.expr(left), self.expr(right), self.sp(op))

    def ex_compound(self, n: Node):
        op = n.child_by_field_name("operator")
        return ast.CompoundAssign(self.sp(n), op.type[:-1], self.expr(n.child_by_field_name("left")),
                                  self.expr(n.child_by_field_name("right")), self.sp(op))

    def ex_cast(self, n: Node):
        return ast.Cast(self.sp(n), self.expr(n.child_by_field_name("value")),
                        self.type_(n.child_by_field_name("type")))

    def ex_try(self, n: Node):
        return ast.Try(self.sp(n), self.expr(n.children[0]))

    def ex_paren(self, n: Node):
        inner = [c for c in n.children if c.type not in SKIP]
        return ast.Paren(self.sp(n), self.expr(inner[0]))

    def ex_range(self, n: Node):
        start = end = None
        inclusive = False
        seen_op = False
        for c in n.children:
            kind = c.type
            if kind in ("..", "..=", "..."):
                seen_op = True
                inclusive = kind != ".."
                if kind == "...":  # only patterns accept the old `...` range syntax
                    self.report_error(self.sp(c), "unexpected token: `...`")
            elif kind in SKIP:
                continue
            elif seen_op:
                end = self.expr(c)
            else:
                start = self.expr(c)
        return ast.Range(self.sp(n), start, end, inclusive)

    # ── calls, fields, indexing ──

    def _args(self, n: Node) -> tuple:
        return tuple(self.expr(c) for c in n.children if c.type not in SKIP and c.type != "attribute_item")

    def ex_call(self, n: Node):
        func = n.child_by_field_name("function")
        args = self._args(n.child_by_field_name("arguments"))
        turbofish = None
        if func.type == "generic_function" and func.child_by_field_name("function").type == "field_expression":
            turbofish = self.generic_args(func.child_by_field_name("type_arguments"))
            func = func.child_by_field_name("function")
        if func.type == "field_expression":
            field = func.child_by_field_name("field")
            if field.type == "field_identifier":
                return ast.MethodCall(self.sp(n), self.expr(func.child_by_field_name("value")),
                                      self.ident(field), turbofish, args)
        return ast.Call(self.sp(n), self.expr(func), args)

    def ex_generic_fn(self, n: Node):
        if n.child_by_field_name("function").type == "field_expression":
            return self.unsupported(n, "method references with turbofish")
        return self.ex_path(n)

    def ex_field(self, n: Node):
        return ast.Field(self.sp(n), self.expr(n.child_by_field_name("value")),
                         self.ident(n.child_by_field_name("field")))

    def ex_index(self, n: Node):
        kids = [c for c in n.children if c.type not in SKIP]
        return ast.Index(self.sp(n), self.expr(kids[0]), self.expr(kids[1]))

    # ── aggregates ──

    def ex_tuple(self, n: Node):
        return ast.Tuple(self.sp(n), self._args(n))

    def ex_unit(self, n: Node):
        return ast.Tuple(self.sp(n), ())

    def ex_array(self, n: Node):
        length = n.child_by_field_name("length")
        if length is not None:
            elem = [c for c in n.children if c.type not in SKIP][0]
            return ast.ArrayRepeat(self.sp(n), self.expr(elem), self.expr(length))
        return ast.Array(self.sp(n), self._args(n))

    def ex_struct(self, n: Node):
        try:
            path = self.path(n.child_by_field_name("name"))
        except NotAPath:
            return self.unsupported(n, "this struct expression path")
        fields = []
        base = None
        for c in n.child_by_field_name("body").children:
            kind = c.type
            if kind == "field_initializer":
                fields.append(ast.FieldInit(self.sp(c), self.ident(c.child_by_field_name("field")),
                                            self.expr(c.child_by_field_name("value")), False))
            elif kind == "shorthand_field_initializer":
                name = [k for k in c.children if k.type == "identifier"][0]
                ident = self.ident(name)
                path_expr = ast.PathExpr(ident.span, ast.Path(ident.span, (ast.PathSegment(ident.span, ident, None),)))
                fields.append(ast.FieldInit(self.sp(c), ident, path_expr, True))
            elif kind == "base_field_initializer":
                base = self.expr([k for k in c.children if k.type != ".." and k.type not in SKIP][0])
            elif kind == "ERROR":
                fields.append(ast.FieldInit(self.sp(c), ast.Ident(self.sp(c), "?"),
                                            self.unsupported(c, "syntax error"), False))
        return ast.StructLit(self.sp(n), path, tuple(fields), base)

    # ── blocks and control flow ──

    def _label(self, n: Node):
        for c in n.children:
            if c.type == "label":
                return self.lifetime(c)
        return None

    def ex_block(self, n: Node):
        return ast.BlockExpr(self.sp(n), self.block(n), self._label(n))

    def ex_unsafe_block(self, n: Node):
        inner = [c for c in n.children if c.type == "block"][0]
        return ast.BlockExpr(self.sp(n), self.block(inner), None, "unsafe")

    def ex_const_block(self, n: Node):
        return ast.BlockExpr(self.sp(n), self.block(n.child_by_field_name("body")), None, "const")

    def cond(self, n: Node):
        if n.type == "let_condition":
            return ast.LetCond(self.sp(n), self.pat(n.child_by_field_name("pattern")),
                               self.expr(n.child_by_field_name("value")))
        if n.type == "let_chain":
            acc = None
            op_span = None
            for c in n.children:
                if c.type == "&&":
                    op_span = self.sp(c)
                elif c.type not in SKIP:
                    part = self.cond(c)
                    acc = part if acc is None else ast.Binary(acc.span.to(part.span), "&&", acc, part, op_span)
            return acc
        return self.expr(n)

    def ex_if(self, n: Node):
        alt = n.child_by_field_name("alternative")
        else_ = None
        if alt is not None:
            inner = [c for c in alt.children if c.type in ("block", "if_expression")]
            if inner:
                else_ = self.expr(inner[0])
            else:
                else_ = self.unsupported(alt, "syntax error")
        return ast.If(self.sp(n), self.cond(n.child_by_field_name("condition")),
                      self.block(n.child_by_field_name("consequence")), else_)

    def ex_while(self, n: Node):
        return ast.While(self.sp(n), self.cond(n.child_by_field_name("condition")),
                         self.block(n.child_by_field_name("body")), self._label(n))

    def ex_loop(self, n: Node):
        return ast.Loop(self.sp(n), self.block(n.child_by_field_name("body")), self._label(n))

    def ex_for(self, n: Node):
        return ast.For(self.sp(n), self.pat(n.child_by_field_name("pattern")),
                       self.expr(n.child_by_field_name("value")),
                       self.block(n.child_by_field_name("body")), self._label(n))

    def ex_match(self, n: Node):
        arms = []
        for c in n.child_by_field_name("body").children:
            if c.type != "match_arm":
                if c.type == "ERROR":
                    arms.append(ast.Arm(self.sp(c), self.unsupported(c, "syntax error"), None,
                                        self.unsupported(c, "syntax error")))
                continue
            mp = c.child_by_field_name("pattern")
            guard = mp.child_by_field_name("condition")
            arms.append(ast.Arm(self.sp(c), self.pat(mp),
                                self.cond(guard) if guard is not None else None,
                                self.expr(c.child_by_field_name("value"))))
        return ast.Match(self.sp(n), self.expr(n.child_by_field_name("value")), tuple(arms))

    def ex_closure(self, n: Node):
        kinds = {c.type for c in n.children}
        if "async" in kinds:
            return self.unsupported(n, "async closures")
        params = []
        for c in n.child_by_field_name("parameters").children:
            if c.type in SKIP or c.type == "attribute_item":
                continue
            if c.type == "parameter":
                ty = c.child_by_field_name("type")
                pat = self.pat(c.child_by_field_name("pattern"))
                for m in c.children:  # `|mut acc: T|`: the `mut` is the parameter's, not the pattern's
                    if m.type == "mutable_specifier" and isinstance(pat, ast.IdentPat):
                        pat = ast.IdentPat(self.sp(m).to(pat.span), pat.ident, pat.by_ref, True, pat.subpat)
                params.append(ast.ClosureParam(self.sp(c), pat, self.type_(ty) if ty is not None else None))
            else:
                params.append(ast.ClosureParam(self.sp(c), self.pat(c), None))
        ret = n.child_by_field_name("return_type")
        return ast.Closure(self.sp(n), tuple(params), self.type_(ret) if ret is not None else None,
                           self.expr(n.child_by_field_name("body")), "move" in kinds)

    def _operand(self, n: Node):
        """The optional value of break/return: the one child that is not a keyword or label."""
        for c in n.children:
            if c.type not in ("break", "return", "label", "continue") and c.type not in SKIP:
                return self.expr(c)
        return None

    def ex_break(self, n: Node):
        return ast.Break(self.sp(n), self._label(n), self._operand(n))

    def ex_continue(self, n: Node):
        return ast.Continue(self.sp(n), self._label(n))

    def ex_return(self, n: Node):
        return ast.Return(self.sp(n), self._operand(n))

    # ── blocks and statements ──

    def block(self, n: Node) -> ast.Block:
        if n is None or n.type != "block":
            span = self.sp(n) if n is not None else Span(0, 0)
            return ast.Block(span, (), self.unsupported(n, "syntax error") if n is not None else None)
        stmts = []
        tail = tail_node = None
        attrs = []
        for c in n.children:
            kind = c.type
            if kind in SKIP or kind == "label":
                continue
            if kind == "attribute_item":
                attrs.append(self.attribute(c, False))
                continue
            if kind == "inner_attribute_item":
                continue
            if tail is not None:  # an expression followed by more code needs a `;` in between
                if not isinstance(tail, BLOCK_LIKE) and not self._brace_macro(tail_node):
                    self.report_missing_semi(tail_node, c)
                stmts.append(ast.ExprStmt(tail.span, tail, False))
                tail = None
            inv, mdef = self.statement_macro(c) if self.macros else (None, None)
            if mdef is not None and (kind == "expression_statement" or self._brace_macro(c)):
                stmts.extend(self.expand_stmts(inv, mdef, kind == "expression_statement"))
            elif kind == "macro_definition" and self.macros:
                pass  # expanded where it is invoked
            elif kind == "let_declaration":
                stmts.append(self.let(c))
            elif kind == "expression_statement":
                stmts.append(self.expr_stmt(c))
            elif kind == "empty_statement":
                stmts.append(ast.EmptyStmt(self.sp(c)))
            elif kind in ITEM_KINDS:
                stmts.append(ast.ItemStmt(self.sp(c), self.item(c, tuple(attrs))))
            else:
                tail = self.expr(c)
                tail_node = c
            attrs = []
        if tail is None and stmts:
            last = stmts[-1]
            # A trailing block-like statement without `;` is the block's value.
            if isinstance(last, ast.ExprStmt) and not last.has_semi and isinstance(last.expr, BLOCK_LIKE):
                stmts.pop()
                tail = last.expr
        return ast.Block(self.sp(n), tuple(stmts), tail)

    def _brace_macro(self, n: Node) -> bool:
        if n.type != "macro_invocation":
            return False
        tt = [c for c in n.children if c.type == "token_tree"]
        return bool(tt) and tt[0].children[0].type == "{"

    def expr_stmt(self, n: Node):
        kids = [c for c in n.children if c.type not in COMMENT_OR_SEMI]
        has_semi = any(c.type == ";" and not c.is_missing for c in n.children)
        return ast.ExprStmt(self.sp(n), self.expr(kids[0]), has_semi)

    def let(self, n: Node):
        pat = self.pat(n.child_by_field_name("pattern"))
        for c in n.children:
            if c.type == "mutable_specifier" and isinstance(pat, ast.IdentPat):
                pat = ast.IdentPat(self.sp(c).to(pat.span), pat.ident, pat.by_ref, True, pat.subpat)
        ty = n.child_by_field_name("type")
        value = n.child_by_field_name("value")
        alt = n.child_by_field_name("alternative")
        return ast.Let(self.sp(n), pat, self.type_(ty) if ty is not None else None,
                       self.expr(value) if value is not None else None,
                       self.block(alt) if alt is not None else None)


COMMENT_OR_SEMI = SKIP

EXPR_METHODS = {
    **{kind: ExprLowering.ex_lit for kind in LITERAL_KINDS},
    "identifier": ExprLowering.ex_path,
    "scoped_identifier": ExprLowering.ex_path,
    "self": ExprLowering.ex_path,
    "super": ExprLowering.ex_path,
    "crate": ExprLowering.ex_path,
    "type_identifier": ExprLowering.ex_path,
    "generic_function": ExprLowering.ex_generic_fn,
    "unary_expression": ExprLowering.ex_unary,
    "reference_expression": ExprLowering.ex_ref,
    "binary_expression": ExprLowering.ex_binary,
    "assignment_expression": ExprLowering.ex_assign,
    "compound_assignment_expr": ExprLowering.ex_compound,
    "type_cast_expression": ExprLowering.ex_cast,
    "try_expression": ExprLowering.ex_try,
    "parenthesized_expression": ExprLowering.ex_paren,
    "range_expression": ExprLowering.ex_range,
    "call_expression": ExprLowering.ex_call,
    "field_expression": ExprLowering.ex_field,
    "index_expression": ExprLowering.ex_index,
    "tuple_expression": ExprLowering.ex_tuple,
    "unit_expression": ExprLowering.ex_unit,
    "array_expression": ExprLowering.ex_array,
    "struct_expression": ExprLowering.ex_struct,
    "block": ExprLowering.ex_block,
    "unsafe_block": ExprLowering.ex_unsafe_block,
    "const_block": ExprLowering.ex_const_block,
    "if_expression": ExprLowering.ex_if,
    "while_expression": ExprLowering.ex_while,
    "loop_expression": ExprLowering.ex_loop,
    "for_expression": ExprLowering.ex_for,
    "match_expression": ExprLowering.ex_match,
    "closure_expression": ExprLowering.ex_closure,
    "break_expression": ExprLowering.ex_break,
    "continue_expression": ExprLowering.ex_continue,
    "return_expression": ExprLowering.ex_return,
    "let_condition": ExprLowering.cond,
}
