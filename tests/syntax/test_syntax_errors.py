"""Syntax errors: rustc's message and primary line/column (recorded from rustc 1.95).

Columns are rustc's where our primary span agrees; the line must always agree."""
import pytest

CASES = [
    # name, source, rustc message, line, column
    ("missing semicolon before let", "fn main() {\n    let x = 1\n    let y = 2;\n}\n",
     "expected `;`, found keyword `let`", 2, 14),
    ("missing semicolon after a macro statement", 'fn main() {\n    let x = 1;\n    println!("{}", x)\n    let y = 2;\n}\n',
     "expected `;`, found keyword `let`", 3, 22),
    ("missing semicolon between expressions", "fn main() {\n    let mut x = 1;\n    x += 1\n    x += 2;\n}\n",
     "expected `;`, found `x`", 3, 11),
    ("missing semicolon after return", "fn f() -> i32 {\n    return 1\n    2\n}\nfn main() {}\n",
     "expected `;`, found `2`", 2, 13),
    ("missing semicolon before the closing brace", "fn main() {\n    let v = vec![1, 2];\n    let n = v.len()\n}\n",
     "expected `;`, found `}`", 3, 20),
    ("missing semicolon after a method call", "fn main() {\n    let mut v = Vec::new();\n    v.push(1)\n    v.push(2);\n}\n",
     "expected `;`, found `v`", 3, 14),
    ("use without semicolon", "use std::collections::HashMap\nfn main() {}\n",
     "expected `;`, found keyword `fn`", 1, 30),
    ("stray token", "fn main() {\n    let x = 1 $ 2;\n}\n",
     "expected one of `.`, `;`, `?`, `else`, or an operator, found `$`", 2, 15),
    ("let without =", "fn main() {\n    let x 5;\n}\n",
     "expected one of `:`, `;`, `=`, `@`, or `|`, found `5`", 2, 11),
    ("let without expression", "fn main() {\n    let x = ;\n}\n", "expected expression, found `;`", 2, 13),
    ("let without pattern", "fn main() {\n    let = 5;\n}\n", "expected pattern, found `=`", 2, 9),
    ("let without colon", "fn main() {\n    let x i32 = 5;\n}\n",
     "expected one of `:`, `;`, `=`, `@`, or `|`, found `i32`", 2, 11),
    ("missing dot", "fn main() {\n    let v: Vec<i32> = Vec::new();\n    let n = v len();\n}\n",
     None, 3, 15),
    ("missing comma in struct literal", "struct P { x: i32, y: i32 }\nfn main() {\n    let p = P { x: 1\n        y: 2 };\n}\n",
     "expected one of `,`, `.`, `?`, `}`, or an operator, found `y`", 4, 9),
    ("missing comma in struct definition", "struct P {\n    x: i32\n    y: i32,\n}\nfn main() {}\n",
     "expected `,`, or `}`, found `y`", 2, 11),
    ("missing comma in call", "fn main() {\n    foo(1 2);\n}\nfn foo(a: i32, b: i32) {}\n",
     "expected one of `)`, `,`, `.`, `?`, or an operator, found `2`", 2, 11),
    ("missing comma after match arm", "fn main() {\n    let x = match 1 {\n        1 => 2\n        _ => 3,\n    };\n}\n",
     "expected `,` following `match` arm", 3, 15),
    ("thin arrow in match arm", "fn main() {\n    match 1 {\n        1 -> 2,\n        _ => 3,\n    };\n}\n",
     "expected one of `=>`, `if`, or `|`, found `->`", 3, 11),
    ("keyword as identifier", "fn main() {\n    let fn = 1;\n}\n", None, 2, 9),
    ("statement at module level", "fn main() {}\nlet x = 1;\n", "expected item, found keyword `let`", 2, 1),
    ("fn without parameters", "fn main {\n}\n", "missing parameters for function definition", 1, 8),
    ("fn without body", "fn f() -> i32\nfn main() {}\n", None, 2, 1),
    ("parameter without type", "fn f(a) {}\nfn main() {}\n", "expected one of `:`, `@`, or `|`, found `)`", 1, 7),
    ("double comma in parameters", "fn f(a: i32,, b: i32) {}\nfn main() {}\n", None, 1, None),
    ("arrow without type", "fn f() -> { 1 }\nfn main() {}\n", "expected type, found `{`", 1, 11),
    ("if without braces", 'fn main() {\n    let x = 1;\n    if x > 0\n        println!("x");\n}\n',
     "expected `{`, found `println`", 4, 9),
    ("dangling operator", "fn main() {\n    let f = |x| x +;\n}\n", "expected expression, found `;`", 2, 20),
    ("missing comma in format args", 'fn main() {\n    let x = 1;\n    println!("{}" x);\n}\n',
     "expected `,`, found `x`", 3, 19),
    ("missing comma in vec!", "fn main() {\n    let v = vec![1, 2 3];\n}\n", "no rules expected `3`", 2, 23),
    ("stray else", "fn main() {\n    let x = 1;\n    else { }\n}\n", None, 3, 5),
    ("postfix increment", "fn main() {\n    let mut x = 1;\n    x++;\n}\n", "Rust has no postfix increment operator", 3, 6),
    ("triple equals", "fn main() {\n    let x = 1;\n    if x === 1 {}\n}\n", "invalid comparison operator `===`", 3, 10),
    ("string in char quotes", "fn main() {\n    let s: &str = 'hello';\n}\n",
     "character literal may only contain one codepoint", 2, 19),
    ("double equals in let", "fn main() {\n    let x == 1;\n}\n", "unexpected `==`", 2, 11),
    ("chained comparison", "fn main() {\n    let v = Vec<i32>::new();\n}\n", "comparison operators cannot be chained", 2, 16),
    ("three-dot range expression", "fn main() {\n    let v = [1, 2];\n    let s = &v[0...1];\n}\n",
     "unexpected token: `...`", 3, 17),
    ("const without type", "const X = 5;\nfn main() {}\n", "missing type for `const` item", 1, 8),
    ("for without braces", 'fn main() {\n    for i in 0..10\n        println!("{}", i);\n}\n', "expected `{`, found `println`", 3, 9),
    ("let without semicolon before brace", "fn main() {\n    let x = 5\n}\n", "expected `;`, found `}`", 2, 14),
    ("struct literal with semicolon", "struct P { x: i32 }\nfn main() {\n    let p = P { x: 1; };\n}\n",
     "expected one of `,`, `.`, `?`, `}`, or an operator, found `;`", 3, 21),
    ("missing opening brace of fn body", "fn main()\n    let x = 1;\n}\n", "unexpected closing delimiter: `}`", 3, 1),
    ("unexpected closing delimiter", "fn main() {\n    let x = 1;\n}\n}\n", "unexpected closing delimiter: `}`", 4, 1),
    ("mismatched closing delimiter", "fn main() {\n    let x = (1, 2];\n}\n", "mismatched closing delimiter: `]`", 2, 18),
    ("missing closing parenthesis", "fn main() {\n    let x = foo(1, 2;\n}\nfn foo(a: i32, b: i32) -> i32 { a + b }\n",
     "mismatched closing delimiter: `}`", 3, 1),
]


@pytest.mark.parametrize("name, src, message, line, col", CASES, ids=[c[0] for c in CASES])
def test_syntax_error_like_rustc(rs, name, src, message, line, col):
    p = rs(src)
    assert p.diagnostics, "no error reported"
    first = p.diagnostics[0]
    assert first.code is None and first.level == "error"
    got_line, got_col = p.line_col(first.primary_span)
    assert got_line == line
    if col is not None:
        assert got_col == col
    if message is not None:
        assert first.message == message
    assert len(p.diagnostics) <= 3  # the first error only, not tree-sitter cascades


def test_unclosed_delimiter_points_at_end_of_file_and_labels_the_opener(rs):
    src = 'fn main() {\n    let x = 1;\n    if x > 0 {\n        println!("hi");\n}\n'
    p = rs(src)
    [d] = p.diagnostics
    assert d.message == "this file contains an unclosed delimiter" and d.code is None
    # rustc: byte_start == file length (it shows that position on the last line, col 3)
    assert d.primary_span.lo == len(src.encode())
    openers = [lab for lab in d.labels if lab.message == "unclosed delimiter"]
    assert [p.line_col(lab.span) for lab in openers] == [(1, 11)]


def test_delimiters_inside_strings_chars_and_comments_do_not_count(rs):
    src = ("fn main() {\n    let s = \"(}\"; let r = r#\"{\"#; let c = '{'; let b = b'}';\n"
           "    // }\n    /* { /* nested } */ ( */\n    let l: &'static str = \"x\";\n}\n")
    rs(src).clean()


@pytest.mark.parametrize("src, code, message, line", [
    ('fn main() {\n    let s = "abc;\n}\n', "E0765", "unterminated double quote string", 2),
    ("fn main() {}\n/* open\n", "E0758", "unterminated block comment", 2),
    ('fn main() {\n    println!("hello);\n}\n', "E0765", "unterminated double quote string", 2),
])
def test_unterminated_literals_and_comments(rs, src, code, message, line):
    p = rs(src)
    [d] = p.diagnostics
    assert (d.code, d.message, p.line_col(d.primary_span)[0]) == (code, message, line)
