"""Rust integer semantics (debug build): types, checked/wrapping/saturating/overflowing ops.

Values are plain Python ints, always in range of their type. Every function takes the
`IntType` first (`int_type("i32")`). Operators panic as a debug-build rustc binary does,
by raising `RustPanicRequest(message)`; the interpreter catches it and starts a Rust panic
(`thread 'main' panicked at FILE:LINE:COL:\\n<message>`) at the current span.

`checked_*` return None for Rust's `None` (else the int); `overflowing_*` return
`(value, overflowed)`. Division and remainder truncate toward zero, like Rust.
Floats: numeric_float (libm calls through numeric_libm, as a Rust binary makes them);
`as` casts: numeric_cast; `str::parse`: numeric_parse (errors carry Display and Debug).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Optional


class RustPanicRequest(Exception):
    """Raised by numeric/format code for a Rust panic; `message` is the panic payload
    text (e.g. "attempt to add with overflow"). The interpreter converts it into its own
    panic at the span of the operation being executed."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True, slots=True)
class IntType:
    """One Rust integer type. `usize`/`isize` are 64-bit."""

    name: str
    bits: int
    signed: bool
    min: int = field(init=False, compare=False, repr=False)  # computed once: read on every checked op
    max: int = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "min", -(1 << (self.bits - 1)) if self.signed else 0)
        object.__setattr__(self, "max", (1 << (self.bits - 1)) - 1 if self.signed else (1 << self.bits) - 1)

    def contains(self, v: int) -> bool:
        return self.min <= v <= self.max

    def wrap(self, v: int) -> int:
        """Two's-complement truncation to this type (what `as` and `wrapping_*` do)."""
        v &= (1 << self.bits) - 1
        if self.signed and v >> (self.bits - 1):
            v -= 1 << self.bits
        return v


INT_TYPES = MappingProxyType({
    name: IntType(name, bits, name[0] == "i")
    for name, bits in (
        ("i8", 8), ("i16", 16), ("i32", 32), ("i64", 64), ("i128", 128), ("isize", 64),
        ("u8", 8), ("u16", 16), ("u32", 32), ("u64", 64), ("u128", 128), ("usize", 64),
    )
})


def int_type(name: str) -> IntType:
    """`int_type("u8")`; KeyError for a non-integer type name."""
    return INT_TYPES[name]


def _check(ty: IntType, v: int, op: str) -> int:
    if ty.min <= v <= ty.max:
        return v
    raise RustPanicRequest(f"attempt to {op} with overflow")


def trunc_div(a: int, b: int) -> int:
    """Integer division rounding toward zero (Rust), b != 0."""
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


def trunc_rem(a: int, b: int) -> int:
    """Remainder with the sign of the dividend (Rust `%`), b != 0."""
    return a - b * trunc_div(a, b)


# ── operators (debug build: overflow panics) ──

def add(ty: IntType, a: int, b: int) -> int:
    return _check(ty, a + b, "add")


def sub(ty: IntType, a: int, b: int) -> int:
    return _check(ty, a - b, "subtract")


def mul(ty: IntType, a: int, b: int) -> int:
    return _check(ty, a * b, "multiply")


def div(ty: IntType, a: int, b: int) -> int:
    if b == 0:
        raise RustPanicRequest("attempt to divide by zero")
    return _check(ty, trunc_div(a, b), "divide")


def rem(ty: IntType, a: int, b: int) -> int:
    if b == 0:
        raise RustPanicRequest("attempt to calculate the remainder with a divisor of zero")
    if ty.signed and a == ty.min and b == -1:
        raise RustPanicRequest("attempt to calculate the remainder with overflow")
    return trunc_rem(a, b)


def neg(ty: IntType, a: int) -> int:
    """Unary minus (signed types only; the type checker rejects `-x` on unsigned)."""
    return _check(ty, -a, "negate")


def shl(ty: IntType, a: int, amount: int) -> int:
    """`a << amount`; panics when amount (of any int type) is negative or >= bits."""
    if not 0 <= amount < ty.bits:
        raise RustPanicRequest("attempt to shift left with overflow")
    return ty.wrap(a << amount)


def shr(ty: IntType, a: int, amount: int) -> int:
    """`a >> amount`: arithmetic for signed, logical for unsigned."""
    if not 0 <= amount < ty.bits:
        raise RustPanicRequest("attempt to shift right with overflow")
    return a >> amount


def bitand(ty: IntType, a: int, b: int) -> int:
    return ty.wrap(a & b)


def bitor(ty: IntType, a: int, b: int) -> int:
    return ty.wrap(a | b)


def bitxor(ty: IntType, a: int, b: int) -> int:
    return ty.wrap(a ^ b)


def bitnot(ty: IntType, a: int) -> int:
    """`!a` on an integer."""
    return ty.wrap(~a)


# ── wrapping / checked / saturating / overflowing ──

def _raw(op: str, a: int, b: int) -> Optional[int]:
    """The mathematical result of `op`, or None for division by zero."""
    if op == "add":
        return a + b
    if op == "sub":
        return a - b
    if op == "mul":
        return a * b
    if b == 0:
        return None
    if op == "div":
        return trunc_div(a, b)
    if op == "rem":
        return trunc_rem(a, b)
    if op == "div_euclid":
        return _div_euclid(a, b)
    if op == "rem_euclid":
        return a - b * _div_euclid(a, b)
    raise ValueError(op)


def _div_euclid(a: int, b: int) -> int:
    q = trunc_div(a, b)
    if a - b * q < 0:
        return q - 1 if b > 0 else q + 1
    return q


_ZERO_DIVISOR = {
    "div": "attempt to divide by zero",
    "div_euclid": "attempt to divide by zero",
    "rem": "attempt to calculate the remainder with a divisor of zero",
    "rem_euclid": "attempt to calculate the remainder with a divisor of zero",
}


def overflowing(ty: IntType, op: str, a: int, b: int) -> tuple[int, bool]:
    """`a.overflowing_<op>(b)` for op in add, sub, mul, div, rem, div_euclid, rem_euclid.
    Division by zero panics as Rust's does."""
    r = _raw(op, a, b)
    if r is None:
        raise RustPanicRequest(_ZERO_DIVISOR[op])
    if op in ("rem", "rem_euclid") and ty.signed and a == ty.min and b == -1:
        return 0, True  # MIN % -1 overflows in the hardware division
    return ty.wrap(r), not ty.contains(r)


def wrapping(ty: IntType, op: str, a: int, b: int) -> int:
    """`a.wrapping_<op>(b)`; see `overflowing`."""
    return overflowing(ty, op, a, b)[0]


def checked(ty: IntType, op: str, a: int, b: int) -> Optional[int]:
    """`a.checked_<op>(b)`: None on overflow or a zero divisor."""
    if b == 0 and op in _ZERO_DIVISOR:
        return None
    r, over = overflowing(ty, op, a, b)
    return None if over else r


def saturating(ty: IntType, op: str, a: int, b: int) -> int:
    """`a.saturating_<op>(b)` for add, sub, mul, div (div: only MIN/-1 saturates)."""
    r = _raw(op, a, b)
    if r is None:
        raise RustPanicRequest(_ZERO_DIVISOR[op])
    return min(max(r, ty.min), ty.max)


def strict(ty: IntType, op: str, a: int, b: int) -> int:
    """The plain operator (`a + b`, ...) by name: add, sub, mul, div, rem, shl, shr,
    div_euclid, rem_euclid. Overflow panics with Rust's debug message."""
    if op in _SIMPLE_OPS:
        return _SIMPLE_OPS[op](ty, a, b)
    if op == "div_euclid":
        if b == 0:
            raise RustPanicRequest("attempt to divide by zero")
        return _check(ty, _div_euclid(a, b), "divide")
    if op == "rem_euclid":
        if b == 0:
            raise RustPanicRequest("attempt to calculate the remainder with a divisor of zero")
        if ty.signed and a == ty.min and b == -1:
            raise RustPanicRequest("attempt to calculate the remainder with overflow")
        return a - b * _div_euclid(a, b)
    raise ValueError(op)


_SIMPLE_OPS = MappingProxyType({"add": add, "sub": sub, "mul": mul, "div": div, "rem": rem, "shl": shl, "shr": shr})


def checked_neg(ty: IntType, a: int) -> Optional[int]:
    return -a if ty.contains(-a) else None


def wrapping_neg(ty: IntType, a: int) -> int:
    return ty.wrap(-a)


def checked_shl(ty: IntType, a: int, amount: int) -> Optional[int]:
    return ty.wrap(a << amount) if 0 <= amount < ty.bits else None


def checked_shr(ty: IntType, a: int, amount: int) -> Optional[int]:
    return a >> amount if 0 <= amount < ty.bits else None


def wrapping_shl(ty: IntType, a: int, amount: int) -> int:
    """Rust masks the shift amount to the type's width."""
    return ty.wrap(a << (amount & (ty.bits - 1)))


def wrapping_shr(ty: IntType, a: int, amount: int) -> int:
    return a >> (amount & (ty.bits - 1))


# ── methods ──

def _bounded_pow(ty: IntType, base: int, exp: int) -> int:
    """base**exp, or a value just outside the type when the result surely overflows
    (keeps `2.pow(u32::MAX)` cheap); the sign of that stand-in is the true sign."""
    if abs(base) >= 2 and exp > ty.bits:
        return (ty.max + 1) if base > 0 or exp % 2 == 0 else (ty.min - 1)
    return base**exp


def int_pow(ty: IntType, base: int, exp: int) -> int:
    """`base.pow(exp)` (exp: u32); overflow panics "attempt to multiply with overflow"."""
    return _check(ty, _bounded_pow(ty, base, exp), "multiply")


def checked_pow(ty: IntType, base: int, exp: int) -> Optional[int]:
    r = _bounded_pow(ty, base, exp)
    return r if ty.contains(r) else None


def wrapping_pow(ty: IntType, base: int, exp: int) -> int:
    return ty.wrap(pow_mod(base, exp, ty.bits))


def saturating_pow(ty: IntType, base: int, exp: int) -> int:
    r = _bounded_pow(ty, base, exp)
    return min(max(r, ty.min), ty.max)


def overflowing_pow(ty: IntType, base: int, exp: int) -> tuple[int, bool]:
    r = _bounded_pow(ty, base, exp)
    return ty.wrap(pow_mod(base, exp, ty.bits)), not ty.contains(r)


def pow_mod(base: int, exp: int, bits: int) -> int:
    """base**exp modulo 2**bits without building a huge int."""
    return pow(base, exp, 1 << bits)


def int_abs(ty: IntType, a: int) -> int:
    """`a.abs()` (signed); MIN panics "attempt to negate with overflow"."""
    return _check(ty, abs(a), "negate")


def wrapping_abs(ty: IntType, a: int) -> int:
    return ty.wrap(abs(a))


def checked_abs(ty: IntType, a: int) -> Optional[int]:
    return abs(a) if ty.contains(abs(a)) else None


def saturating_abs(ty: IntType, a: int) -> int:
    return min(abs(a), ty.max)


def saturating_neg(ty: IntType, a: int) -> int:
    return min(max(-a, ty.min), ty.max)


def overflowing_neg(ty: IntType, a: int) -> tuple[int, bool]:
    return ty.wrap(-a), not ty.contains(-a) or (not ty.signed and a != 0)


def overflowing_abs(ty: IntType, a: int) -> tuple[int, bool]:
    return ty.wrap(abs(a)), not ty.contains(abs(a))


def clamp(ty: IntType, a: int, lo: int, hi: int) -> int:
    """`a.clamp(lo, hi)` (Ord::clamp); lo > hi panics."""
    if lo > hi:
        raise RustPanicRequest(f"min > max. min = {lo}, max = {hi}")
    return min(max(a, lo), hi)


def div_ceil(ty: IntType, a: int, b: int) -> int:
    """`a.div_ceil(b)` (unsigned): rounds the quotient up."""
    if b == 0:
        raise RustPanicRequest("attempt to divide by zero")
    return -(-a // b)


def signum(ty: IntType, a: int) -> int:
    return (a > 0) - (a < 0)


def abs_diff(ty: IntType, a: int, b: int) -> int:
    """Result is of the unsigned type of the same width."""
    return abs(a - b)


def unsigned_abs(ty: IntType, a: int) -> int:
    return abs(a)


def count_ones(ty: IntType, a: int) -> int:
    return bin(a & ((1 << ty.bits) - 1)).count("1")


def count_zeros(ty: IntType, a: int) -> int:
    return ty.bits - count_ones(ty, a)


def leading_zeros(ty: IntType, a: int) -> int:
    return ty.bits - (a & ((1 << ty.bits) - 1)).bit_length()


def trailing_zeros(ty: IntType, a: int) -> int:
    u = a & ((1 << ty.bits) - 1)
    return ty.bits if u == 0 else (u & -u).bit_length() - 1


def leading_ones(ty: IntType, a: int) -> int:
    return leading_zeros(ty, ~a)


def trailing_ones(ty: IntType, a: int) -> int:
    return trailing_zeros(ty, ~a)


def is_power_of_two(ty: IntType, a: int) -> bool:
    """Unsigned types only."""
    return a > 0 and a & (a - 1) == 0


def next_power_of_two(ty: IntType, a: int) -> int:
    """Overflow panics in debug ("attempt to add with overflow")."""
    r = 1 if a <= 1 else 1 << (a - 1).bit_length()
    return _check(ty, r, "add")


def checked_next_power_of_two(ty: IntType, a: int) -> Optional[int]:
    r = 1 if a <= 1 else 1 << (a - 1).bit_length()
    return r if ty.contains(r) else None


def ilog2(ty: IntType, a: int) -> int:
    if a <= 0:
        raise RustPanicRequest("argument of integer logarithm must be positive")
    return a.bit_length() - 1


def ilog10(ty: IntType, a: int) -> int:
    if a <= 0:
        raise RustPanicRequest("argument of integer logarithm must be positive")
    return len(str(a)) - 1


def div_ceil(ty: IntType, a: int, b: int) -> int:
    if b == 0:
        raise RustPanicRequest("attempt to divide by zero")
    return -(-a // b)


def ilog(ty: IntType, a: int, base: int) -> int:
    if a <= 0:
        raise RustPanicRequest("argument of integer logarithm must be positive")
    if base < 2:
        raise RustPanicRequest("base of integer logarithm must be at least 2")
    n, p = 0, base
    while p <= a:
        n, p = n + 1, p * base
    return n


def isqrt(ty: IntType, a: int) -> int:
    if a < 0:
        raise RustPanicRequest("argument of integer square root cannot be negative")
    return math.isqrt(a)


def rotate_left(ty: IntType, a: int, n: int) -> int:
    n %= ty.bits
    u = a & ((1 << ty.bits) - 1)
    return ty.wrap((u << n) | (u >> (ty.bits - n)))


def rotate_right(ty: IntType, a: int, n: int) -> int:
    return rotate_left(ty, a, ty.bits - n % ty.bits)


def swap_bytes(ty: IntType, a: int) -> int:
    u = a & ((1 << ty.bits) - 1)
    return ty.wrap(int.from_bytes(u.to_bytes(ty.bits // 8, "little"), "big"))


def reverse_bits(ty: IntType, a: int) -> int:
    u = a & ((1 << ty.bits) - 1)
    return ty.wrap(int(format(u, f"0{ty.bits}b")[::-1], 2))


def to_string(ty: IntType, a: int) -> str:
    """`a.to_string()` and `{}`."""
    return str(a)
