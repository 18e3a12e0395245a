"""Literal tokens -> values."""
import pytest

from borrowck.syntax import ast
from borrowck.syntax.literals import LiteralError, parse_literal, parse_number, string_content


@pytest.mark.parametrize("text, kind, value, suffix", [
    ("0", "int", 0, None), ("1_000u32", "int", 1000, "u32"), ("0xffu8", "int", 255, "u8"),
    ("0x1f32", "int", 0x1F32, None), ("0o17", "int", 15, None), ("0b1010_1010", "int", 170, None),
    ("255usize", "int", 255, "usize"), ("7i128", "int", 7, "i128"),
    ("1.5", "float", 1.5, None), ("1.5e3f64", "float", 1500.0, "f64"), ("2f32", "float", 2.0, "f32"),
    ("1e-3", "float", 0.001, None), ("1.", "float", 1.0, None), ("1_0.2_5_f32", "float", 10.25, "f32"),
])
def test_numbers(text, kind, value, suffix):
    assert parse_number(text) == (parse_number(text).__class__)(kind, value, suffix)


@pytest.mark.parametrize("text, node_kind, kind, value", [
    (r"'a'", "char_literal", "char", "a"), (r"'\n'", "char_literal", "char", "\n"),
    (r"'\''", "char_literal", "char", "'"), (r"'\u{1F600}'", "char_literal", "char", "\U0001F600"),
    (r"'\x41'", "char_literal", "char", "A"), (r"b'x'", "char_literal", "byte", 120),
    (r"b'\xff'", "char_literal", "byte", 255), ('"a\\tb\\\\"', "string_literal", "str", "a\tb\\"),
    ('"a\\\n     b"', "string_literal", "str", "ab"), ('r#"q"uote"#', "raw_string_literal", "str", 'q"uote'),
    ('r"\\n"', "raw_string_literal", "str", "\\n"), ('b"ab\\x00"', "string_literal", "bytestr", b"ab\x00"),
    ('br"\\x"', "raw_string_literal", "bytestr", b"\\x"), ('c"hi"', "string_literal", "cstr", b"hi"),
    ("true", "boolean_literal", "bool", True),
])
def test_text_literals(text, node_kind, kind, value):
    lit = parse_literal(text, node_kind)
    assert (lit.kind, lit.value) == (kind, value)


def test_offsets_map_unescaped_chars_to_raw_positions():
    content = string_content('"a\\n{x}"')
    assert content.text == "a\n{x}"
    assert content.offsets == (1, 2, 4, 5, 6, 7)


@pytest.mark.parametrize("text", ["'ab'", '"\\q"', "'\\u{110000}'"])
def test_bad_literals_raise_literal_error(text):
    with pytest.raises(LiteralError):
        parse_literal(text, "char_literal" if text.startswith("'") else "string_literal")


def test_literals_in_source(rs):
    p = rs('fn main() { let a = 0xFF_u8; let b = "x\\u{41}"; let c = b\'z\'; let d = 2.5e1; }').clean()
    vals = [(l.kind, l.value, l.suffix) for l in p.nodes(ast.Lit)]
    assert vals == [("int", 255, "u8"), ("str", "xA", None), ("byte", 122, None), ("float", 25.0, None)]


def test_bad_escape_is_a_syntax_error(rs):
    p = rs('fn main() {\n    let s = "\\q";\n}\n')
    assert p.diagnostics and p.diagnostics[0].message == "unknown character escape: `q`"
    assert p.line_col(p.diagnostics[0].primary_span)[0] == 2
