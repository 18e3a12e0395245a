"""Primitive operators with a debug build's semantics: overflow and division panics,
truncating division, wrapping casts, IEEE floats (f32 rounded after every operation).

`ty` is the operand type's name ("u8", "i64", "f32", ...) or None when the type checker
did not record it; an unknown integer type is never reported as overflowing.
"""
from __future__ import annotations

import math
import struct

from .signals import RustPanic

BITS = {"i8": 8, "i16": 16, "i32": 32, "i64": 64, "i128": 128, "isize": 64,
        "u8": 8, "u16": 16, "u32": 32, "u64": 64, "u128": 128, "usize": 64}
BOUNDS = {n: ((-(1 << (b - 1)), (1 << (b - 1)) - 1) if n[0] == "i" else (0, (1 << b) - 1))
          for n, b in BITS.items()}

OVERFLOW_MSG = {"+": "attempt to add with overflow", "-": "attempt to subtract with overflow",
                "*": "attempt to multiply with overflow", "/": "attempt to divide with overflow",
                "%": "attempt to calculate the remainder with overflow",
                "<<": "attempt to shift left with overflow", ">>": "attempt to shift right with overflow"}


def f32(x: float) -> float:
    """Round a Python float to the nearest f32."""
    try:
        return struct.unpack("f", struct.pack("f", x))[0]
    except OverflowError:
        return math.copysign(math.inf, x)


def wrap(v: int, ty: str) -> int:
    """Two's-complement wrap of v into ty."""
    bits = BITS[ty]
    v &= (1 << bits) - 1
    if ty[0] == "i" and v >> (bits - 1):
        v -= 1 << bits
    return v


def in_range(v: int, ty) -> bool:
    if ty is None:
        return True
    lo, hi = BOUNDS[ty]
    return lo <= v <= hi


def trunc_div(a: int, b: int) -> int:
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b >= 0) else -q


def trunc_rem(a: int, b: int) -> int:
    return a - b * trunc_div(a, b)


def int_binop(op: str, a: int, b: int, ty, span):
    """An integer arithmetic/bit operator; panics like a debug build."""
    if op == "+":
        r = a + b
    elif op == "-":
        r = a - b
    elif op == "*":
        r = a * b
    elif op == "/" or op == "%":
        if b == 0:
            raise RustPanic("attempt to divide by zero" if op == "/" else
                            "attempt to calculate the remainder with a divisor of zero", span)
        r = trunc_div(a, b) if op == "/" else trunc_rem(a, b)
        if ty is not None and op == "/" and not in_range(r, ty):
            raise RustPanic(OVERFLOW_MSG[op], span)
        if ty is not None and op == "%" and ty[0] == "i" and b == -1 and a == BOUNDS[ty][0]:
            raise RustPanic(OVERFLOW_MSG[op], span)
        return r
    elif op == "&":
        return a & b
    elif op == "|":
        return a | b
    elif op == "^":
        return a ^ b
    elif op == "<<" or op == ">>":
        bits = BITS.get(ty, 32) if ty else None
        if b < 0 or (bits is not None and b >= bits):
            raise RustPanic(OVERFLOW_MSG[op], span)
        if op == ">>":
            return a >> b
        r = a << b
        return wrap(r, ty) if ty else r
    else:
        raise AssertionError(f"unknown int operator {op}")
    if ty is not None and not in_range(r, ty):
        raise RustPanic(OVERFLOW_MSG[op], span)
    return r


def float_binop(op: str, a: float, b: float, is_f32: bool) -> float:
    if op == "+":
        r = a + b
    elif op == "-":
        r = a - b
    elif op == "*":
        r = a * b
    elif op == "/":
        if b == 0.0:
            if a == 0.0 or math.isnan(a):
                r = math.nan
            else:
                r = math.copysign(math.inf, a) * math.copysign(1.0, b)
        else:
            r = a / b
    elif op == "%":
        r = math.nan if b == 0.0 or math.isinf(a) else math.fmod(a, b)
    else:
        raise AssertionError(f"unknown float operator {op}")
    return f32(r) if is_f32 else r


def cast_to_int(v, ty: str):
    """`v as INT`: ints wrap, floats saturate (NaN -> 0), chars/bools convert."""
    if isinstance(v, bool):
        v = int(v)
    elif isinstance(v, str):
        v = ord(v)
    elif isinstance(v, float):
        if math.isnan(v):
            return 0
        lo, hi = BOUNDS[ty]
        if math.isinf(v):
            return hi if v > 0 else lo
        return max(lo, min(hi, int(v)))
    return wrap(v, ty)


def negate(v, ty, span):
    if isinstance(v, float):
        return -v
    if ty is not None and ty[0] == "i" and v == BOUNDS[ty][0]:
        raise RustPanic("attempt to negate with overflow", span)
    return -v


def bit_not(v, ty):
    if isinstance(v, bool):
        return not v
    if ty is not None and ty[0] == "u":
        return (1 << BITS[ty]) - 1 - v
    return ~v
