"""Rust `as` casts between integers, floats, `char` and `bool`.

All functions are total (an `as` cast never panics): ints truncate / reinterpret the
sign, float -> int saturates (NaN -> 0), int -> float rounds to nearest-even (directly
to f32 for `as f32`, no double rounding), `u8 as char`, `char as <int>`, `bool as <int>`.
"""
from __future__ import annotations

import math
from fractions import Fraction

from .numeric import IntType
from .numeric_float import round_f32, round_f32_exact


def int_to_int(value: int, to: IntType) -> int:
    """`value as <to>`: two's-complement truncation."""
    return to.wrap(value)


def float_to_int(value: float, to: IntType) -> int:
    """`f as <int>`: toward zero, saturating at the type's bounds, NaN -> 0."""
    if math.isnan(value):
        return 0
    if math.isinf(value):
        return to.max if value > 0 else to.min
    return min(max(int(value), to.min), to.max)


def int_to_float(value: int, bits: int) -> float:
    """`i as f32|f64`: round to nearest, ties to even (large ints may become inf for f32)."""
    if bits == 64:
        return float(value)
    return round_f32_exact(Fraction(value))


def float_to_float(value: float, bits: int) -> float:
    """`f as f32` rounds to nearest-even (overflow -> inf); `as f64` is exact."""
    return round_f32(value) if bits == 32 else value


def char_to_int(c: str, to: IntType) -> int:
    """`c as u8|u32|...`: the scalar value, truncated."""
    return to.wrap(ord(c))


def u8_to_char(value: int) -> str:
    """`b as char` (only `u8` may be cast to char)."""
    return chr(value)


def bool_to_int(b: bool, to: IntType) -> int:
    return int(b)
