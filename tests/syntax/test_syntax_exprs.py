"""Lowering of expressions, statements, patterns and types."""
import pytest

from borrowck.syntax import ast


def stmt_expr(p, i=0):
    stmt = p.body().stmts[i]
    return stmt.expr if isinstance(stmt, ast.ExprStmt) else stmt


@pytest.mark.parametrize("src, cls, fields", [
    ("a + b * c", ast.Binary, {"op": "+"}),
    ("a && b || c", ast.Binary, {"op": "||"}),
    ("x = 1", ast.Assign, {}),
    ("x += 1", ast.CompoundAssign, {"op": "+"}),
    ("x <<= 2", ast.CompoundAssign, {"op": "<<"}),
    ("-x", ast.Unary, {"op": "-"}),
    ("!x", ast.Unary, {"op": "!"}),
    ("*x", ast.Unary, {"op": "*"}),
    ("&mut x", ast.AddrOf, {"mutable": True}),
    ("&x", ast.AddrOf, {"mutable": False}),
    ("f(1, 2)", ast.Call, {}),
    ("v.push(1)", ast.MethodCall, {}),
    ("a.b", ast.Field, {}),
    ("t.0", ast.Field, {}),
    ("v[i]", ast.Index, {}),
    ("(1, 2)", ast.Tuple, {}),
    ("()", ast.Tuple, {"elems": ()}),
    ("[1, 2]", ast.Array, {}),
    ("[0; 4]", ast.ArrayRepeat, {}),
    ("x as u64", ast.Cast, {}),
    ("f()?", ast.Try, {}),
    ("(x)", ast.Paren, {}),
    ("1..2", ast.Range, {"inclusive": False}),
    ("1..=2", ast.Range, {"inclusive": True}),
    ("..", ast.Range, {"start": None, "end": None}),
    ("loop { break 5; }", ast.Loop, {}),
    ("unsafe { 1 }", ast.BlockExpr, {"kind": "unsafe"}),
    ("const { 1 }", ast.BlockExpr, {"kind": "const"}),
    ("return", ast.Return, {"value": None}),
    ("S { x: 1, ..d }", ast.StructLit, {}),
])
def test_expression_kinds(rs, src, cls, fields):
    p = rs(f"fn main() {{ {src}; }}").clean()
    e = stmt_expr(p)
    assert isinstance(e, cls)
    assert p.text(e) == src
    for name, value in fields.items():
        assert getattr(e, name) == value


def test_range_to_inclusive_is_not_an_assignment(rs):
    p = rs("fn main() { let r = ..=5; }").clean()
    init = p.body().stmts[0].init
    assert isinstance(init, ast.Range) and init.inclusive and init.start is None and init.end.value == 5


def test_method_call_with_turbofish_and_path_generics(rs):
    p = rs("fn main() { let v = it.collect::<Vec<_>>(); let w = Vec::<u8>::new(); }").clean()
    mc = p.nodes(ast.MethodCall)[0]
    assert mc.method.name == "collect" and p.text(mc.generic_args) == "<Vec<_>>"
    call = p.nodes(ast.Call)[0]
    segs = call.func.path.segments
    assert [s.ident.name for s in segs] == ["Vec", "new"] and segs[0].generic_args is not None


def test_qualified_path(rs):
    p = rs("fn main() { <T as Default>::default(); }").clean()
    path = p.one(ast.Call).func.path
    assert path.qself is not None and path.qself.trait_len == 1
    assert [s.ident.name for s in path.segments] == ["Default", "default"]


def test_blocks_statements_and_tails(rs):
    p = rs("fn main() { let x = 1; foo(); if c { 1 } else { 2 } ; ; { 5 } }").clean()
    body = p.body()
    kinds = [type(s).__name__ for s in body.stmts]
    assert kinds == ["Let", "ExprStmt", "ExprStmt", "EmptyStmt", "EmptyStmt"]
    assert body.stmts[1].has_semi and isinstance(body.tail, ast.BlockExpr)


def test_trailing_block_like_statement_is_the_tail(rs):
    p = rs("fn f() -> i32 { let a = 1; if a > 0 { 1 } else { 2 } }").clean()
    body = p.body("f")
    assert len(body.stmts) == 1 and isinstance(body.tail, ast.If)


def test_let_else_and_let_mut(rs):
    p = rs("fn main() { let Some(x) = o else { return; }; let mut v: Vec<u8> = Vec::new(); let (a, b); }").clean()
    s0, s1, s2 = p.body().stmts
    assert isinstance(s0.pat, ast.TupleStructPat) and s0.else_block is not None
    assert s1.pat.mutable and p.text(s1.pat) == "mut v" and p.text(s1.ty) == "Vec<u8>"
    assert s2.init is None and isinstance(s2.pat, ast.TuplePat)


def test_if_let_while_let_and_let_chains(rs):
    p = rs("fn main() { if let Some(z) = a && b > 1 {} while let Some(y) = s.pop() {} }").clean()
    if_ = p.one(ast.If)
    assert isinstance(if_.cond, ast.Binary) and if_.cond.op == "&&"
    assert isinstance(if_.cond.lhs, ast.LetCond) and p.text(if_.cond.lhs) == "let Some(z) = a"
    assert isinstance(p.one(ast.While).cond, ast.LetCond)


def test_labels_loops_break_continue(rs):
    p = rs("fn main() { 'outer: for i in 0..3 { 'inner: while true { break 'outer; } continue; } "
           "let v = 'b: { break 'b 1; }; }").clean()
    f = p.one(ast.For)
    assert f.label.name == "outer" and isinstance(f.pat, ast.IdentPat)
    assert p.one(ast.While).label.name == "inner"
    breaks = p.nodes(ast.Break)
    assert breaks[0].label.name == "outer" and breaks[0].value is None
    assert breaks[1].label.name == "b" and breaks[1].value.value == 1
    assert [b.label for b in p.nodes(ast.BlockExpr) if b.label] and p.nodes(ast.Continue)


def test_closures(rs):
    p = rs("fn main() { let f = move |a: u8, b| -> u8 { a + b }; let g = || 1; }").clean()
    f, g = p.nodes(ast.Closure)
    assert f.is_move and len(f.params) == 2 and f.params[1].ty is None and p.text(f.ret) == "u8"
    assert not g.is_move and g.params == () and isinstance(g.body, ast.Lit)


def test_match_arms_and_guards(rs):
    p = rs("fn main() { match e { A::B(x, ..) | C if x > 1 => 1, S { a, b: ref mut c, .. } => 2, "
           "1..=5 => 3, -1 => 4, [a, rest @ ..] => 5, &(a, _) => 6, _ => {} } }").clean()
    arms = p.one(ast.Match).arms
    assert isinstance(arms[0].pat, ast.OrPat) and isinstance(arms[0].guard, ast.Binary)
    sp = arms[1].pat
    assert isinstance(sp, ast.StructPat) and sp.has_rest
    assert sp.fields[0].shorthand and not sp.fields[1].shorthand
    assert sp.fields[1].pat.by_ref and sp.fields[1].pat.mutable
    assert isinstance(arms[2].pat, ast.RangePat) and arms[2].pat.inclusive
    assert isinstance(arms[3].pat, ast.LitPat) and isinstance(arms[3].pat.expr, ast.Unary)
    sl = arms[4].pat
    assert isinstance(sl, ast.SlicePat) and isinstance(sl.elems[1].subpat, ast.RestPat)
    assert isinstance(arms[5].pat, ast.RefPat) and isinstance(arms[5].pat.pat.elems[1], ast.WildPat)
    assert isinstance(arms[6].pat, ast.WildPat)


def test_patterns_misc(rs):
    p = rs("fn main() { let (mut a, ref b, c @ Some(_)) = t; let ((x)) = 1; let &&y = r; let Color::Red = c; }").clean()
    t = p.body().stmts[0].pat
    assert [(e.mutable, e.by_ref) for e in t.elems] == [(True, False), (False, True), (False, False)]
    assert isinstance(t.elems[2].subpat, ast.TupleStructPat)
    assert isinstance(p.body().stmts[1].pat, ast.IdentPat)  # parenthesized patterns vanish
    outer = p.body().stmts[2].pat
    assert isinstance(outer.pat, ast.RefPat) and p.text(outer.pat) == "&y"
    assert isinstance(p.body().stmts[3].pat, ast.PathPat)


@pytest.mark.parametrize("ty, cls", [
    ("&'a mut T", ast.RefType), ("*const u8", ast.PtrType), ("(u8, i32)", ast.TupleType),
    ("()", ast.TupleType), ("[u8; 3]", ast.ArrayType), ("[u8]", ast.SliceType),
    ("fn(u8) -> u8", ast.FnPtrType), ("impl Iterator<Item = u8> + 'a", ast.ImplTraitType),
    ("Box<dyn Fn(u8) -> u8 + Send>", ast.PathType), ("dyn A + Send", ast.DynTraitType),
    ("_", ast.InferType), ("(u8)", ast.PathType), ("<T as Tr>::Item", ast.PathType),
])
def test_type_kinds(rs, ty, cls):
    p = rs(f"type A = {ty};").clean()
    t = p.one(ast.TypeAlias).ty
    assert isinstance(t, cls)


def test_never_type_only_as_return_type(rs):
    p = rs("fn f() -> ! { loop {} }\nfn g(h: fn() -> !) { let c = || -> ! { h() }; }").clean()
    assert len(p.nodes(ast.NeverType)) == 3
    gated = rs("type A = !;\nfn k(x: Option<!>) {}")
    assert [(d.code, gated.line_col(d.primary_span)) for d in gated.diagnostics] == [("E0658", (1, 10)), ("E0658", (2, 16))]
    assert isinstance(gated.one(ast.TypeAlias).ty, ast.NeverType)


def test_bounds_and_fn_sugar(rs):
    p = rs("fn f<F: ?Sized + for<'a> Fn(&'a u8) -> bool>() {}").clean()
    maybe, hr = p.one(ast.TypeParam).bounds
    assert maybe.maybe and hr.for_lifetimes[0].name == "a"
    sugar = hr.path.segments[-1].generic_args
    assert isinstance(sugar, ast.FnSugarArgs) and len(sugar.inputs) == 1 and sugar.output is not None


def test_assoc_binding_and_const_generic_args(rs):
    p = rs("fn f(x: impl Iterator<Item = u32>, y: [u8; N], z: Foo<3, {N}>) {}").clean()
    b = p.one(ast.AssocBinding)
    assert b.name.name == "Item"
    foo = [s for s in p.nodes(ast.PathSegment) if s.ident.name == "Foo"][0]
    assert isinstance(foo.generic_args.args[0], ast.Lit) and isinstance(foo.generic_args.args[1], ast.BlockExpr)


@pytest.mark.parametrize("src, what", [
    ("async fn f() { async { 1 }; }", "async blocks"),
    ("fn f() { x.await; }", "`.await`"),
    ("fn f() { let p = &raw const x; }", "raw borrows (`&raw`)"),
    ("fn f() { my_macro!(1); }", "the `my_macro!` macro"),
    ("fn f() { include!(\"x\"); }", "the `include!` macro"),
    ("fn f() { concat!(\"a\", \"b\"); }", "the `concat!` macro"),
])
def test_unsupported_expressions(rs, src, what):
    p = rs(src)
    assert [u.what for u in p.unsupported()] == [what]


@pytest.mark.parametrize("src, end_cls, end_op", [
    ("a..*b", ast.Unary, "*"),
    ("a..-b", ast.Unary, "-"),
    ("a..&b", ast.AddrOf, None),
    ("a..*b + 1", ast.Binary, "+"),
])
def test_range_end_with_prefix_operator(rs, src, end_cls, end_op):
    # tree-sitter reads these as `(a..) op b`; rustc reads the operator as the end's prefix
    rng = rs(f"fn main() {{ let r = {src}; }}").clean().body().stmts[0].init
    assert isinstance(rng, ast.Range) and isinstance(rng.start, ast.PathExpr)
    assert isinstance(rng.end, end_cls)
    if end_op is not None:
        assert rng.end.op == end_op
