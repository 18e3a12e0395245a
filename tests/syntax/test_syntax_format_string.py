"""Format strings: the template mini-language (table-driven) and argument resolution errors.

Expected error lines/columns were recorded from rustc 1.95 on the same programs."""
import pytest

from borrowck.syntax import ast
from borrowck.syntax.format_string import Placeholder, parse_template


def placeholders(s):
    t = parse_template(s)
    assert t.error is None, t.error
    return [p for p in t.pieces if isinstance(p, Placeholder)]


@pytest.mark.parametrize("template, expected", [
    ("{}", dict(arg=None, kind="")),
    ("{:?}", dict(arg=None, kind="?")),
    ("{:#?}", dict(alternate=True, kind="?")),
    ("{0}", dict(arg=0)),
    ("{name}", dict(arg="name")),
    ("{x:?}", dict(arg="x", kind="?")),
    ("{:>8}", dict(align=">", fill=None)),
    ("{:*^10.3}", dict(fill="*", align="^")),
    ("{:+}", dict(sign="+")),
    ("{:08.3e}", dict(zero_pad=True, kind="e")),
    ("{:#x}", dict(alternate=True, kind="x")),
    ("{:#X?}", dict(kind="X?")),
    ("{:b}", dict(kind="b")),
    ("{ }", dict(arg=None)),
    ("{:0$}", dict(zero_pad=False)),
])
def test_placeholder_fields(template, expected):
    [ph] = placeholders(template)
    for field, value in expected.items():
        assert getattr(ph, field) == value, field


@pytest.mark.parametrize("template, width, precision", [
    ("{:5}", (5, False), None),
    ("{:1$}", (1, True), None),
    ("{:w$}", ("w", True), None),
    ("{:.3}", None, (3, False)),
    ("{:.p$}", None, ("p", True)),
    ("{:.*}", None, ("*", True)),
    ("{:10.2$}", (10, False), (2, True)),
])
def test_width_and_precision(template, width, precision):
    [ph] = placeholders(template)
    assert (None if ph.width is None else (ph.width.value, ph.width.is_arg)) == width
    assert (None if ph.precision is None else (ph.precision.value, ph.precision.is_arg)) == precision


def test_escaped_braces_are_literal_text():
    t = parse_template("{{a}} {} }}")
    assert t.error is None
    assert t.pieces[0] == "{a} " and isinstance(t.pieces[1], Placeholder) and t.pieces[2] == " }"


def test_implicit_positions_and_star_precision_resolve_like_rustc(rs):
    p = rs('fn main() { println!("{} {:.*} {1} {}", 10, 2, 1.5, 7); }').clean()
    pieces = [x for x in p.one(ast.MacroCall).fmt.pieces if isinstance(x, ast.FormatPiece)]
    # `.*` takes the next implicit argument for the precision, then one for the value
    assert [(x.arg, x.spec.precision) for x in pieces] == [(0, None), (2, "1"), (1, None), (3, None)]


def test_repeated_capture_is_one_argument(rs):
    p = rs('fn main() { let x = 1; println!("{x} {x:?} {x}"); }').clean()
    fmt = p.one(ast.MacroCall).fmt
    assert len(fmt.args) == 1 and [x.arg for x in fmt.pieces if isinstance(x, ast.FormatPiece)] == [0, 0, 0]


# (macro call, rustc's message, primary line, primary column[, number of errors]) — line 3 holds the call.
RUSTC_ERRORS = [
    ('println!("{")', "invalid format string: expected `}` but string was terminated", 3, 16),
    ('println!("}")', "invalid format string: unmatched `}` found", 3, 15),
    ('println!("{} {}", a)', "2 positional arguments in format string, but there is 1 argument", 3, 15),
    ('println!("{}")', "1 positional argument in format string, but no arguments were given", 3, 15),
    ('println!("{}", a, b)', "argument never used", 3, 23),
    ('println!("{:z}", a)', "unknown format trait `z`", 3, 17),
    ('println!("{x}", x = 1, y = 2)', "named argument never used", 3, 32),
    ('println!("{0} {2}", a, b)', "invalid reference to positional argument 2 (there are 2 arguments)", 3, 20, 2),
    ('println!("{:?", a)', "invalid format string: expected `}` but string was terminated", 3, 18),
    ('println!("{a b}")', "invalid format string: expected `}`, found `b`", 3, 18),
    ('println!("{:.*}", a)', "2 positional arguments in format string, but there is 1 argument", 3, 15),
    ('println!("{:1$}", a)', "invalid reference to positional argument 1 (there is 1 argument)", 3, 17),
    ('assert!(a == 1, "x {}")', "1 positional argument in format string, but no arguments were given", 3, 24),
    ('panic!("{} {}", a)', "2 positional arguments in format string, but there is 1 argument", 3, 13),
    ('println!("ab{:?x}", a)', "invalid format string: expected `}`, found `x`", 3, 20),
    ('println!("{ 0 }", a)', "invalid format string: expected `}`, found `0`", 3, 17),
    ('println!("{}", a, b, x)', "multiple unused formatting arguments", 3, 23),
    ('println!("{9999999999999999999999}", a)',
     "invalid format string: integer `9999999999999999999999` does not fit into the type `u16` "
     "whose range is `0..=65535`", 3, 16),
    ('println!("{:.2$}", a, b)', "invalid reference to positional argument 2 (there are 2 arguments)", 3, 17, 2),
    ('write!(a, "{}")', "1 positional argument in format string, but no arguments were given", 3, 16),
    ('println!("{0} {} {}", a)', "invalid reference to positional argument 1 (there is 1 argument)", 3, 23),
    ('println!("{} {:08b}", a)', "2 positional arguments in format string, but there is 1 argument", 3, 15),
    ('println!("{} {} {}", a, x = 2)', "3 positional arguments in format string, but there are 2 arguments", 3, 15),
    ('println!("{:1$} {}", a)', "invalid reference to positional argument 1 (there is 1 argument)", 3, 17),
    ('println!("{:.*} {0}", a)', "invalid reference to positional argument 1 (there is 1 argument)", 3, 16),
]


@pytest.mark.parametrize("call, message, line, col, n_errors", [c + (1,) if len(c) == 4 else c for c in RUSTC_ERRORS])
def test_format_errors_match_rustc(rs, call, message, line, col, n_errors):
    p = rs(f"fn main() {{\n    let a = 1; let b = 2; let x = 3;\n    {call};\n}}\n")
    first = p.diagnostics[0]
    assert first.message == message and first.code is None
    assert p.line_col(first.primary_span) == (line, col)
    assert len(p.diagnostics) == n_errors  # e.g. an invalid reference and an unused argument


@pytest.mark.parametrize("call", [
    'println!("a {x:>width$} {}", a, width = 3)',
    'format!("{:#x?} {:+08.3e}", a, 1.0)',
    'println!("{a:?} {b:#?} {{ }} {:>1$} {0:.2$}", x, 3, 4)',
    'println!("{0} {}", a)',
    'println!("{:p}", &a)',
    'println!("{x:x}")',
    'println!("{} {}", a, x = 2)',  # named arguments also have positions
    'println!("{} {x}", a)',
])
def test_valid_format_strings_have_no_errors(rs, call):
    rs(f"fn main() {{\n    let a = 1; let b = 2; let x = 3;\n    {call};\n}}\n").clean()
