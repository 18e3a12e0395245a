"""Primitive operators with a debug build's semantics, on top of numeric*.py (FMT's
integer/float semantics): overflow and division panics at the operator's span, truncating
division, wrapping casts, IEEE floats (f32 rounded after every operation).

`ty` is the operand type's name ("u8", "i64", "f32", ...) or None when the type checker
did not record it; an unknown integer type is never reported as overflowing.
"""
from __future__ import annotations

from . import numeric, numeric_cast, numeric_float
from .numeric import INT_TYPES, RustPanicRequest
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
    return numeric_float.round_f32(x)


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


trunc_div = numeric.trunc_div
trunc_rem = numeric.trunc_rem


_INT_OPS = {"+": numeric.add, "-": numeric.sub, "*": numeric.mul, "/": numeric.div,
            "%": numeric.rem, "<<": numeric.shl, ">>": numeric.shr, "&": numeric.bitand,
            "|": numeric.bitor, "^": numeric.bitxor}


_FAST = {"+": int.__add__, "-": int.__sub__, "*": int.__mul__}  # result checked against BOUNDS


def int_binop(op: str, a: int, b: int, ty, span):
    """An integer arithmetic/bit operator (numeric.py); panics like a debug build."""
    if ty is not None:
        fast = _FAST.get(op)
        if fast is not None:  # the hot case: one range check, no numeric.py call
            r = fast(a, b)
            lo, hi = BOUNDS[ty]
            if lo <= r <= hi:
                return r
            raise RustPanic(OVERFLOW_MSG[op], span)
        if (op == "%" or op == "/") and a >= 0 and b > 0:
            return a % b if op == "%" else a // b  # in range whatever the type
        try:
            return _INT_OPS[op](INT_TYPES[ty], a, b)
        except RustPanicRequest as p:
            raise RustPanic(p.message, span) from None
    # width unknown: exact arithmetic, Rust's rounding, no overflow check
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if op == "/" or op == "%":
        if b == 0:
            raise RustPanic("attempt to divide by zero" if op == "/" else
                            "attempt to calculate the remainder with a divisor of zero", span)
        if a >= 0 and b > 0:
            return a // b if op == "/" else a % b
        return numeric.trunc_div(a, b) if op == "/" else numeric.trunc_rem(a, b)
    if op == "&":
        return a & b
    if op == "|":
        return a | b
    if op == "^":
        return a ^ b
    if b < 0:
        raise RustPanic(OVERFLOW_MSG[op], span)
    return a << b if op == "<<" else a >> b


_FLOAT_OPS = {"+": "add", "-": "sub", "*": "mul", "/": "div", "%": "rem"}


def float_binop(op: str, a: float, b: float, is_f32: bool) -> float:
    return numeric_float.arith(32 if is_f32 else 64, _FLOAT_OPS[op], a, b)


def cast_to_int(v, ty: str):
    """`v as INT` (numeric_cast.py): ints wrap, floats saturate (NaN -> 0), chars/bools convert."""
    if v.__class__ is int:
        lo, hi = BOUNDS[ty]
        if lo <= v <= hi:  # in range: the value is unchanged
            return v
    to = INT_TYPES[ty]
    if isinstance(v, bool):
        return numeric_cast.bool_to_int(v, to)
    if isinstance(v, str):
        return numeric_cast.char_to_int(v, to)
    if isinstance(v, float):
        return numeric_cast.float_to_int(v, to)
    return numeric_cast.int_to_int(v, to)


def negate(v, ty, span):
    if isinstance(v, float):
        return -v
    if ty is None:
        return -v
    try:
        return numeric.neg(INT_TYPES[ty], v)
    except RustPanicRequest as p:
        raise RustPanic(p.message, span) from None


def bit_not(v, ty):
    if isinstance(v, bool):
        return not v
    if ty is None:
        return ~v
    return numeric.bitnot(INT_TYPES[ty], v)
