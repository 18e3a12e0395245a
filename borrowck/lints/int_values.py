"""Integer types as value ranges, and integers printed the way rustc's const evaluator and
lints print them (`250_u8`, `u8::MAX`, `i32::MIN`, `-1_i32`)."""
from __future__ import annotations

INT_NAMES = ("i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize")
POINTER_BITS = 64


def bits(name: str) -> int:
    rest = name[1:]
    return POINTER_BITS if rest == "size" else int(rest)


def signed(name: str) -> bool:
    return name[0] == "i"


def int_range(name: str) -> tuple[int, int]:
    n = bits(name)
    if signed(name):
        return -(1 << (n - 1)), (1 << (n - 1)) - 1
    return 0, (1 << n) - 1


def fits(value: int, name: str) -> bool:
    lo, hi = int_range(name)
    return lo <= value <= hi


def wrap(value: int, name: str) -> int:
    """`value as name`: two's complement truncation."""
    n = bits(name)
    value &= (1 << n) - 1
    if signed(name) and value >= 1 << (n - 1):
        value -= 1 << n
    return value


def show(value: int, name: str) -> str:
    """How rustc's evaluator prints an integer of type name."""
    lo, hi = int_range(name)
    if value == hi:
        return f"{name}::MAX"
    if value == lo and signed(name):
        return f"{name}::MIN"
    return f"{value}_{name}"
