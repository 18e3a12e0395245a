"""The parser never raises: fuzzed text, deep nesting, big files; the corpus parses cleanly."""
import glob
import random
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from borrowck.source.span import SourceFile
from borrowck.syntax import ast, parse
from borrowck.syntax.walk import iter_nodes

CORPUS = sorted(glob.glob("/work/shared/conformance/cases/*/*.rs")) or \
    sorted(glob.glob(str(Path(__file__).parents[1] / "conformance" / "cases" / "*" / "*.rs")))
RUST_TOKENS = ["fn", "main", "(", ")", "{", "}", "[", "]", "let", "mut", "=", ";", ",", "x", "1", "'a",
               "'c'", '"s{x}"', "r#\"r\"#", "&", "*", "->", "=>", "match", "if", "else", "|", "..", "::",
               "println!", "vec!", "impl", "struct", "<", ">", "?", "as", "#[derive(Debug)]", "\n", " ",
               "//c\n", "/*", "*/", "b'x'", "0xff_u8", "{}", "!", "move", "loop", "break", "'l:"]


def parse_text(text: str):
    return parse(SourceFile.from_text("fuzz.rs", text))


@given(st.text(max_size=300))
def test_arbitrary_text_never_raises(text):
    parse_text(text)


@given(st.lists(st.sampled_from(RUST_TOKENS), max_size=60))
def test_rust_token_soup_never_raises(tokens):
    result = parse_text(" ".join(tokens))
    for d in result.diagnostics:
        assert d.primary_span is not None


@settings(max_examples=60)
@given(st.data())
def test_mutated_corpus_programs_never_raise(data):
    if not CORPUS:
        pytest.skip("conformance corpus not found")
    src = Path(data.draw(st.sampled_from(CORPUS))).read_text()
    pos = data.draw(st.integers(0, len(src)))
    edit = data.draw(st.sampled_from(["delete", "insert"]))
    if edit == "delete":
        src = src[:pos] + src[pos + data.draw(st.integers(1, 8)):]
    else:
        src = src[:pos] + data.draw(st.sampled_from(RUST_TOKENS)) + src[pos:]
    parse_text(src)


@pytest.mark.parametrize("src", [
    "fn main() { let x = " + "(" * 10000 + "1" + ")" * 10000 + "; }",
    "fn main() { " + "{" * 10000 + "}" * 10000 + " }",
    "fn main() { let x = " + "+".join(["1"] * 10000) + "; }",
    "fn main() { let x = a" + ".f()" * 5000 + "; }",
    "fn main() { let x: " + "Vec<" * 3000 + "u8" + ">" * 3000 + " = 1; }",
    "fn main() { " + "if a { " * 3000 + "}" * 3000 + " }",
    "fn main() { let " + "(" * 5000 + "x" + ",)" * 5000 + " = 1; }",
    "fn main() { " + 'println!("{}", ' * 300 + "1" + ")" * 300 + "; }",
])
def test_deep_nesting_is_reported_not_crashed(src):
    result = parse_text(src)
    assert [d.message for d in result.diagnostics] == ["unsupported: nesting too deep"]
    assert result.diagnostics[0].code == "unsupported"


def test_moderate_nesting_is_fine():
    parse_text("fn main() { let x = " + "(" * 60 + "1" + ")" * 60 + "; }")
    assert parse_text("fn main() { let x = " + "(" * 60 + "1" + ")" * 60 + "; }").diagnostics == []


def test_unclosed_deep_nesting():
    result = parse_text("fn main() { " + "(" * 10000)
    assert result.diagnostics[0].message == "this file contains an unclosed delimiter"


def test_random_bytes_decoded_by_the_driver_never_raise():
    rng = random.Random(7)
    for _ in range(200):
        data = bytes(rng.randrange(256) for _ in range(rng.randrange(200)))
        parse_text(data.decode("utf-8", errors="replace"))


def test_corpus_parses_without_unsupported_nodes_or_errors():
    if not CORPUS:
        pytest.skip("conformance corpus not found")
    bad = []
    for path in CORPUS:
        result = parse(SourceFile.from_bytes(path, Path(path).read_bytes()))
        unsupported = [n.what for n in iter_nodes(result.crate) if isinstance(n, ast.Unsupported)]
        if result.diagnostics or unsupported:
            bad.append((path, [d.message for d in result.diagnostics], unsupported))
    assert bad == []


def test_twenty_thousand_lines_lower_quickly():
    if not CORPUS:
        pytest.skip("conformance corpus not found")
    chunks, lines, i = [], 0, 0
    while lines < 20000:
        src = Path(CORPUS[i % len(CORPUS)]).read_text().replace("fn main()", f"fn main_{i}()")
        chunks.append(f"mod m{i} {{\n{src}\n}}\n")
        lines += src.count("\n") + 2
        i += 1
    file = SourceFile.from_text("big.rs", "".join(chunks))
    start = time.process_time()
    result = parse(file)
    elapsed = time.process_time() - start
    assert result.diagnostics == [] and len(result.crate.items) == i
    assert elapsed < 2.0  # ~0.5 s on the development machine; generous for loaded CI


def _with_comments_between_tokens(src: bytes) -> bytes:
    from borrowck.syntax.cst import new_parser
    atomic = {"string_literal", "raw_string_literal", "char_literal", "token_tree", "line_comment",
              "block_comment", "lifetime", "label", "integer_literal", "float_literal"}
    cuts = set()
    stack = [new_parser().parse(src).root_node]
    while stack:
        n = stack.pop()
        if n.type in atomic or n.child_count == 0:
            cuts.add(n.end_byte)
        else:
            stack.extend(n.children)
    out, last = bytearray(), 0
    for cut in sorted(cuts):
        out += src[last:cut] + b" /*c*/ "
        last = cut
    return bytes(out + src[last:])


def test_comments_anywhere_do_not_change_the_ast():
    if not CORPUS:
        pytest.skip("conformance corpus not found")
    for path in CORPUS[::10]:
        src = Path(path).read_bytes()
        plain = parse(SourceFile.from_bytes(path, src))
        commented = parse(SourceFile.from_bytes(path, _with_comments_between_tokens(src)))
        kinds = [type(n).__name__ for n in iter_nodes(plain.crate)]
        assert [type(n).__name__ for n in iter_nodes(commented.crate)] == kinds, path
        assert commented.diagnostics == []


@pytest.mark.parametrize("data, n_items", [
    (b"\xef\xbb\xbffn main() { let x = 1; }\n", 1),
    (b"#!/usr/bin/env rust-script\nfn main() {}\n", 1),
    (b"fn main() {\r\n    let s = \"a\r\nb\";\r\n}\r\n", 1),
    (b"", 0),
    (b"// only a comment", 0),
])
def test_bom_shebang_crlf_and_empty_files(data, n_items):
    result = parse(SourceFile.from_bytes("x.rs", data))
    assert result.diagnostics == [] and len(result.crate.items) == n_items
    assert not [n for n in iter_nodes(result.crate) if isinstance(n, ast.Unsupported)]
