"""`macro_rules!` expansion: which rule matches, what the expansion lowers to, where its spans point."""
from borrowck.syntax import ast


def test_expression_macro_keeps_operator_grouping(rs):
    p = rs("macro_rules! sq { ($x:expr) => { $x * $x }; }\nfn main() { let v = sq!(1 + 2); }").clean()
    let = p.body().stmts[0]
    assert isinstance(let.init, ast.Binary) and let.init.op == "*"
    assert isinstance(let.init.lhs, ast.Paren)  # `(1 + 2) * (1 + 2)`, not `1 + 2 * 1 + 2`
    assert p.text(let.init.lhs.expr) == "1 + 2"


def test_rules_tried_in_order_with_repetitions_and_separators(rs):
    src = ("macro_rules! m {\n  () => { 0 };\n  ($($x:expr),+ $(,)?) => { [$($x),+] };\n}\n"
           "fn main() { let a = m!(); let b = m![4, 5, 6,]; }")
    p = rs(src).clean()
    a, b = p.body().stmts
    assert isinstance(a.init, ast.Lit)
    assert isinstance(b.init, ast.Array) and [p.text(e) for e in b.init.elems] == ["4", "5", "6"]


def test_statement_and_item_positions(rs):
    src = ("macro_rules! two { ($a:ident, $b:ident) => { let $a = 1; let $b = 2; }; }\n"
           "macro_rules! unit { ($n:ident) => { struct $n; }; }\n"
           "unit!(Marker);\nfn main() { two!(x, y); }")
    p = rs(src).clean()
    assert [s.ident.name for s in p.nodes(ast.Struct)] == ["Marker"]
    assert [type(s).__name__ for s in p.body().stmts] == ["Let", "Let"]


def test_spans_point_at_arguments_or_the_metavariable(rs):
    src = ("macro_rules! push { ($v:ident, $e:expr) => {\n    $v.push($e);\n}; }\n"
           "fn main() { push!(list, 40 + 2); }")
    p = rs(src).clean()
    call = p.body().stmts[0].expr
    assert isinstance(call, ast.MethodCall)
    assert p.line_col(call.receiver.span) == (2, 5)  # an `ident` fragment: at `$v` in the body
    assert p.text(call.args[0]) == "40 + 2"  # an `expr` fragment: the invocation's own tokens


def test_unmatched_arguments_are_unsupported(rs):
    p = rs("macro_rules! one { (a) => { 1 }; }\nfn main() { let x = one!(b); }")
    assert [u.what for u in p.unsupported()] == ["arguments no rule of `one!` matches"]
