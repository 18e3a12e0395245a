"""rustc's wording of type errors: E0308's "expected X, found Y", its expected/found note, the
numeric conversions it offers, and the cause chain of a failed `Send` bound."""
from __future__ import annotations

import io

from borrowck.api import compile_source
from borrowck.diagnostics import emitter
from borrowck.types import ty as T
from borrowck.types.mismatch_suggestions import _lossless
from borrowck.types.ty_display import expected_found_note, mismatch_label

I32 = T.Int("i32")
U8 = T.Int("u8")


def human(src: str) -> str:
    c = compile_source(src.encode(), "main.rs")
    out = io.StringIO()
    emitter.emit([d for d in c.diagnostics if d.level != "warning"], c.file, "human", out)
    return out.getvalue()


def test_literals_are_named_by_kind_and_regions_are_erased():
    static_str = T.Ref(T.Region("static", ""), False, T.Str())
    assert mismatch_label(static_str, T.Infer(0, "int")) == "expected `&str`, found integer"


def test_expected_found_note_aligns_the_backticks_when_a_type_is_not_simple():
    option = T.Adt("std::option::Option", (T.Ref(T.ERASED, False, I32),))
    assert expected_found_note(I32, option) == "expected type `i32`\n   found enum `Option<&i32>`"
    assert expected_found_note(I32, U8) is None


def test_lossless_integer_conversions_are_the_from_impls():
    assert _lossless("u8", "u32") and _lossless("u8", "usize") and _lossless("u16", "i32")
    assert not _lossless("u32", "usize") and not _lossless("i32", "u32") and not _lossless("i64", "i32")


def test_rc_in_spawned_closure_names_the_closure_and_the_bound():
    out = human("use std::rc::Rc;\nfn main() {\n    let r = Rc::new(1);\n"
                "    std::thread::spawn(move || println!(\"{}\", r));\n}\n")
    assert "within this `{closure@main.rs:4:24: 4:31}`" in out
    assert "= help: within `{closure@main.rs:4:24: 4:31}`, the trait `Send` is not implemented for `Rc<i32>`" in out
    assert "note: required because it's used within this closure" in out
    assert "note: required by a bound in `spawn`" in out
    assert "required by a bound introduced by this call" in out


def test_missing_argument_points_at_the_parameter():
    out = human("fn two(a: i32, b: &str) {}\nfn main() { two(1); }\n")
    assert "argument #2 of type `&str` is missing" in out
    assert "note: function defined here" in out
    assert "two(1, /* &str */);" in out


def test_untyped_vec_names_its_type_and_the_annotation_to_write():
    out = human("fn main() {\n    let v = Vec::new();\n    println!(\"{}\", v.len());\n}\n")
    assert "error[E0282]: type annotations needed for `Vec<_>`" in out
    assert "consider giving `v` an explicit type, where the type for type parameter `T` is specified" in out
    assert "let v: Vec<T> = Vec::new();" in out


def test_mismatched_let_points_at_the_annotation_and_offers_the_conversion():
    out = human("fn main() {\n    let w = 1u8;\n    let v: u32 = w;\n    println!(\"{}\", v);\n}\n")
    assert "expected due to this" in out
    assert "help: you can convert a `u8` to a `u32`" in out
    assert "let v: u32 = w.into();" in out
