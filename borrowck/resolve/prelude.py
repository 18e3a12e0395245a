"""What every module sees without importing it: extern crates, the std prelude, primitives."""
from __future__ import annotations

from ..types.item_defs import Binding

PRIMITIVES = frozenset({"i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64",
                        "u128", "usize", "f32", "f64", "bool", "char", "str"})
# crate names a path may start with; all three name our one std model
EXTERN_CRATES = {"std": "std", "core": "std", "alloc": "std"}
PRELUDE_MODULE = "std::prelude"


def extern_crate(name: str):
    target = EXTERN_CRATES.get(name)
    return Binding("mod", target) if target else None


def primitive(name: str):
    return Binding("prim", name) if name in PRIMITIVES else None
