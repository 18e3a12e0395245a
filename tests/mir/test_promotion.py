"""rustc's rvalue promotion (mir/promotion.py): `&aggregate` of constant parts is a `'static`
allocation a fn may return; anything built from a call, a local or a type with a destructor
is a temporary (E0515 when returned)."""
from __future__ import annotations

import pytest

from borrowck import api

PRELUDE = """
#[derive(Debug, Clone, Copy, PartialEq)]
enum Dir { Up, Down }
struct P { x: i32, y: i32 }
struct W(i32);
struct Loud(u8);
impl Drop for Loud { fn drop(&mut self) {} }
const STEP: i32 = 2;
"""


def codes(body: str) -> list:
    src = PRELUDE + body + "\nfn main() {}\n"
    return [(d.code) for d in api.check(src, "promotion.rs") if d.level == "error"]


@pytest.mark.parametrize("ret, value", [
    ("&'static [Dir]", "&[Dir::Up, Dir::Down]"),
    ("&'static Option<i32>", "&Some(3)"),
    ("&'static P", "&P { x: STEP, y: -1 }"),
    ("&'static W", "&W(4 * STEP)"),
    ("&'static [Option<&'static str>]", "&[None, Some(\"x\")]"),
    ("&'static [Dir; 3]", "&[Dir::Down; 3]"),
    ("&'static [i32]", "&[10 / 2, 7 % 3]"),
    ("&'static Dir", "&Dir::Up"),
])
def test_promoted(ret, value):
    assert codes(f"fn f() -> {ret} {{ {value} }}") == []


@pytest.mark.parametrize("sig, value", [
    ("() -> &'static Option<String>", "&Some(String::new())"),
    ("() -> &'static Loud", "&Loud(1)"),
    ("(n: i32) -> &'static [i32]", "&[n, 2]"),
    ("(n: i32) -> &'static [i32]", "&[10 / n]"),
    ("() -> &'static P", "&P { x: f(), y: 0 }"),
])
def test_not_promoted(sig, value):
    extra = "fn f() -> i32 { 1 }\n" if "f()" in value else ""
    assert codes(extra + f"fn g{sig} {{ {value} }}") == ["E0515"]
