"""Float formatting: Rust's flt2dec output for f32 and f64.

Shortest digits: the shortest decimal that reads back to the same float (nearest to the
exact value when several have that length) — for f64 Python's `repr` gives exactly
those; for f32 `shortest_digits` computes them on the f32 rounding interval (ties at the
interval's ends count when the mantissa is even, as IEEE round-half-even parsing does).
With a precision the digits are those of the exact binary value, rounded half to even.

Rust's forms:  Display `{}` = plain decimal, never an exponent (`1e21` -> 21 digits),
integral values without `.0`;  Debug `{:?}` = decimal with at least one fractional
digit when 1e-4 <= |x| < 1e16 (or 0), else shortest exponential `1e21`, `1.5e-7`;
`{:.N}`/`{:.N?}` = exactly N fractional digits;  `{:e}` = shortest exponential,
`{:.Ne}` = N mantissa fractional digits;  NaN never has a sign, `-0.0` keeps its `-`.
"""
from __future__ import annotations

import math
from fractions import Fraction

from .format_formatter import Formatter
from .numeric_float import F32_MIN_POSITIVE, round_f32, round_f32_exact, to_bits


# Debug switches to exponential form outside [1e-4, 1e16), compared in the float's own type.
_EXP_ABOVE = {64: 1e16, 32: 10000000272564224.0}  # 1e16f32
_EXP_BELOW = {64: 1e-4, 32: 9.999999747378752e-05}  # 1e-4f32


def write_float(f: Formatter, value: float, bits: int) -> None:
    """Write `value` (an f32 when bits == 32) with the trait in `f.spec.trait`."""
    if bits == 32:
        value = round_f32(value)  # a no-op for a real f32; keeps a stray f64 from failing
    trait = f.spec.trait
    prec = f.spec.precision
    if math.isnan(value):
        f.pad_formatted_parts("", "NaN")
        return
    sign = "-" if math.copysign(1.0, value) < 0 else ("+" if f.sign_plus() else "")
    a = abs(value)
    if math.isinf(a):
        body = "inf"
    elif trait in ("Display", "Debug"):
        if prec is not None:
            body = format(a, f".{prec}f")
        elif trait == "Display":
            body = _decimal(*shortest_digits(a, bits), 0)
        elif a != 0 and (a >= _EXP_ABOVE[bits] or a < _EXP_BELOW[bits]):
            body = _exponential(*shortest_digits(a, bits), "e")
        else:
            body = _decimal(*shortest_digits(a, bits), 1)
    elif trait in ("LowerExp", "UpperExp"):
        e = "e" if trait == "LowerExp" else "E"
        if prec is None:
            body = _exponential(*shortest_digits(a, bits), e)
        else:
            body = _exact_exponential(a, prec, e)
    else:
        raise ValueError(f"floats do not implement {trait}")
    f.pad_formatted_parts(sign, body)


def shortest_digits(a: float, bits: int) -> tuple[str, int]:
    """Shortest round-trip digits of finite a >= 0 as (digits, k): a ≈ 0.DIGITS × 10**k."""
    if a == 0:
        return "0", 1
    if bits == 64:
        mant, _, exp = repr(a).partition("e")
        whole, _, frac = mant.partition(".")
        if frac == "0":
            frac = ""
        digits = (whole + frac).lstrip("0")
        k = len(whole) + (int(exp) if exp else 0)
        if whole == "0":  # 0.00123 -> digits "123", k = -2
            k = -(len(frac) - len(frac.lstrip("0")))
        stripped = digits.rstrip("0")
        return stripped, k
    return _shortest_f32(a)


def _shortest_f32(a: float) -> tuple[str, int]:
    """Fast path: the nearest n-digit decimal (`format(a, ".Ne")`) for n = 1, 2, ...; when
    `a` is a power of two its rounding interval is narrower below, so the neighbour above
    may read back when the nearest does not."""
    asymmetric = math.frexp(a)[0] == 0.5 and a > F32_MIN_POSITIVE
    for n in range(1, 10):
        s = format(a, f".{n - 1}e")
        if not _reads_back_f32(s, a) and asymmetric:
            mant, _, exp = s.partition("e")
            up = int(mant.replace(".", "")) + 1
            s = f"{up}e{int(exp) - (n - 1)}"
            if not _reads_back_f32(s, a):
                continue
        elif not _reads_back_f32(s, a):
            continue
        mant, _, exp = s.partition("e")
        if "." in mant:  # d.ddde±x
            return mant.replace(".", "").rstrip("0") or "0", int(exp) + 1
        return mant.rstrip("0") or "0", int(exp) + len(mant)  # DIGITSe±x
    raise AssertionError("no shortest f32 representation")  # 9 digits always suffice


def _reads_back_f32(s: str, a: float) -> bool:
    """Does decimal `s` parse to the f32 `a`? Parsing to f64 first is exact enough unless
    that f64 lands exactly on the midpoint between two f32s (then decide exactly)."""
    d = float(s)
    if d >= F32_MIN_POSITIVE and to_bits(64, d) & ((1 << 29) - 1) != 1 << 28:
        return round_f32(d) == a
    return round_f32_exact(Fraction(s)) == a


def shortest_f32_reference(a: float) -> tuple[str, int]:
    """Reference for `_shortest_f32`, on exact rationals (slow; used by the tests)."""
    v = Fraction(a)
    mant, exp = math.frexp(a)  # a = mant * 2**exp, 0.5 <= mant < 1
    e = max(exp - 24, -149)  # f32 ulp exponent
    ulp = Fraction(2) ** e
    m = v / ulp  # integer mantissa
    low_gap = ulp / 4 if (m == 2**23 and e > -149) else ulp / 2  # power of two: closer below
    low, high = v - low_gap, v + ulp / 2
    inclusive = m.numerator % 2 == 0
    # decimal exponent: 10**(k-1) <= a < 10**k
    k = math.floor(math.log10(a)) + 1
    if Fraction(10) ** (k - 1) > v:
        k -= 1
    elif Fraction(10) ** k <= v:
        k += 1
    for n in range(1, 10):
        scale = Fraction(10) ** (n - k)
        c = v * scale
        lo = c.numerator // c.denominator
        best = None
        for cand in (lo, lo + 1):
            d = cand / scale
            inside = low < d < high or (inclusive and (d == low or d == high))
            if inside and round_f32_exact(d) == a:
                if best is None or abs(d - v) < abs(best / scale - v) or (
                    abs(d - v) == abs(best / scale - v) and cand % 2 == 0
                ):
                    best = cand
        if best is not None:
            s = str(best)
            kk = k + (len(s) - n)  # carried into a new digit: 9.99 -> 10
            return s.rstrip("0") or "0", kk
    raise AssertionError("no shortest f32 representation")  # 9 digits always suffice


def _decimal(digits: str, k: int, min_frac: int) -> str:
    """0.DIGITS × 10**k in plain decimal with at least `min_frac` fractional digits."""
    if k <= 0:
        whole, frac = "0", "0" * (-k) + digits
    elif k >= len(digits):
        whole, frac = digits + "0" * (k - len(digits)), ""
    else:
        whole, frac = digits[:k], digits[k:]
    if len(frac) < min_frac:
        frac += "0" * (min_frac - len(frac))
    return whole + ("." + frac if frac else "")


def _exponential(digits: str, k: int, e: str) -> str:
    mant = digits[0] + ("." + digits[1:] if len(digits) > 1 else "")
    return f"{mant}{e}{k - 1}"


def _exact_exponential(a: float, prec: int, e: str) -> str:
    """`{:.Ne}`: N fractional mantissa digits of the exact value, half to even."""
    s = format(a, f".{prec}e")
    mant, _, exp = s.partition("e")
    return f"{mant}{e}{int(exp)}"
