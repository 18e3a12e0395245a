"""Known std macros: arguments re-parsed with real spans."""
import pytest

from borrowck.syntax import ast


def macro(p, name):
    found = [m for m in p.nodes(ast.MacroCall) if m.name == name]
    assert found, f"no {name}!"
    return found[0]


def test_println_args_have_file_spans(rs):
    p = rs('fn main() {\n    println!("{} {x:?} {name:>w$}", x + 1, w = 4);\n}').clean()
    m = macro(p, "println")
    assert p.text(m.name_span) == "println" and p.text(m) == 'println!("{} {x:?} {name:>w$}", x + 1, w = 4)'
    fmt = m.fmt
    assert p.text(fmt.template_span) == '"{} {x:?} {name:>w$}"'
    assert [p.text(a) for a in fmt.args] == ["x + 1", "4", "x", "name"]
    assert dict(fmt.names) == {"w": 1, "x": 2, "name": 3}
    pieces = [x for x in fmt.pieces if isinstance(x, ast.FormatPiece)]
    assert [x.arg for x in pieces] == [0, 2, 3]
    assert pieces[2].spec.width == "1" and pieces[2].spec.align == ">"
    assert [p.text(x) for x in pieces] == ["{}", "{x:?}", "{name:>w$}"]
    binary = fmt.args[0]
    assert isinstance(binary, ast.Binary) and p.text(binary.op_span) == "+"


def test_capture_spans_with_escapes_and_raw_strings(rs):
    p = rs('fn main() { println!("\\u{1F600}\\t{x}"); println!(r#"{y} "q""#); }').clean()
    a, b = p.nodes(ast.MacroCall)
    assert p.text(a.fmt.args[0]) == "x" and isinstance(a.fmt.args[0], ast.PathExpr)
    assert a.fmt.pieces[0] == "\U0001F600\t"
    assert p.text(b.fmt.args[0]) == "y" and b.fmt.pieces[-1] == ' "q"'


def test_capture_span_after_multibyte_text(rs):
    p = rs('fn main() { println!("é🎉 {x}"); }').clean()
    cap = macro(p, "println").fmt.args[0]
    assert p.text(cap) == "x"


@pytest.mark.parametrize("src, name, n_args, has_fmt", [
    ('println!()', "println", 0, False),
    ('print!("a",)', "print", 0, True),
    ('eprintln!("{}", 1)', "eprintln", 0, True),
    ('let s = format!("{}-{}", 1, 2)', "format", 0, True),
    ('panic!("boom {}", 1)', "panic", 0, True),
    ('panic!()', "panic", 0, False),
    ('unreachable!()', "unreachable", 0, False),
    ('todo!()', "todo", 0, False),
    ('unimplemented!("x")', "unimplemented", 0, True),
    ('assert!(a == b)', "assert", 1, False),
    ('assert!(a, "msg {}", 1)', "assert", 1, True),
    ('assert_eq!(a, b)', "assert_eq", 2, False),
    ('assert_ne!(a, b, "{} {}", a, b)', "assert_ne", 2, True),
    ('debug_assert!(a)', "debug_assert", 1, False),
    ('debug_assert_eq!(a, b,)', "debug_assert_eq", 2, False),
    ('write!(f, "{}", 1)', "write", 1, True),
    ('writeln!(f)', "writeln", 1, False),
    ('dbg!(a, b)', "dbg", 2, False),
    ('std::println!("x")', "println", 0, True),
])
def test_macro_families(rs, src, name, n_args, has_fmt):
    p = rs(f"fn main() {{ {src}; }}").clean()
    m = macro(p, name)
    assert len(m.args) == n_args and (m.fmt is not None) == has_fmt


def test_vec_forms(rs):
    p = rs("fn main() { let a = vec![1, 2, 3,]; let b = vec![0u8; n]; let c: Vec<u8> = vec![]; }").clean()
    a, b, c = p.nodes(ast.MacroCall)
    assert [p.text(x) for x in a.args] == ["1", "2", "3"] and a.vec_repeat is None
    assert b.args == () and [p.text(x) for x in b.vec_repeat] == ["0u8", "n"]
    assert c.args == () and c.vec_repeat is None


def test_matches_with_guard(rs):
    p = rs("fn main() { let ok = matches!(o, Some(y) if y > 2); let k = matches!(c, 'a'..='z' | 'A'..='Z',); }").clean()
    m1, m2 = p.nodes(ast.MacroCall)
    assert p.text(m1.args[0]) == "o" and p.text(m1.pattern) == "Some(y)" and p.text(m1.guard) == "y > 2"
    assert isinstance(m2.pattern, ast.OrPat) and m2.guard is None


def test_nested_macros_keep_real_spans(rs):
    p = rs('fn main() { println!("{}", format!("{}", vec![1, 2].len())); }').clean()
    v = macro(p, "vec")
    assert p.text(v) == "vec![1, 2]" and [p.text(x) for x in v.args] == ["1", "2"]


def test_format_string_must_be_a_literal(rs):
    p = rs("fn main() {\n    let a = 1;\n    println!(a);\n}\n")
    [d] = p.diagnostics
    assert d.message == "format argument must be a string literal" and d.code is None
    assert p.line_col(d.primary_span) == (3, 14)


def test_macro_argument_syntax_error_is_reported_at_its_real_position(rs):
    p = rs("fn main() {\n    let v = vec![1, 2 3];\n}\n")
    [d] = p.diagnostics
    assert p.line_col(d.primary_span) == (2, 23) and d.message == "no rules expected `3`"


def test_panic_before_2021_takes_a_payload_or_a_plain_message(rs):
    p = rs('fn main() { panic!(42); }', "2018").clean()
    m = p.one(ast.MacroCall)
    assert m.fmt is None and p.text(m.args[0]) == "42"
    p = rs('fn main() { panic!("{}"); }', "2015").clean()
    assert p.one(ast.MacroCall).fmt.pieces == ("{}",)
    assert rs('fn main() { panic!("{}"); }').diagnostics  # 2021: a format string without its argument


def test_format_string_from_a_macro_is_unsupported_not_rejected(rs):
    p = rs('fn main() { println!(concat!("a", "{}"), 1); }')
    assert p.diagnostics == [] and [u.what for u in p.unsupported()] == ["format strings built by macros"]
