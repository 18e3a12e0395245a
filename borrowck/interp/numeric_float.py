"""Rust `f32`/`f64` arithmetic and methods.

Floats are Python floats; an f32 value is a Python float that is exactly representable
as f32 (every f32 op rounds its f64 result with `round_f32`, which is exact for
+ - * / sqrt: double rounding is harmless there). `bits` is 32 or 64 everywhere.
Float ops never panic: division by zero gives inf/NaN as IEEE says.
"""
from __future__ import annotations

import math
import struct
from fractions import Fraction

from . import numeric_libm as libm
from .numeric import RustPanicRequest

F32_MAX = 3.4028234663852886e38
F32_MIN_POSITIVE = 1.1754943508222875e-38  # smallest normal
F32_TINY = 1.401298464324817e-45  # smallest subnormal, 2**-149
# An invalid operation (0/0, inf-inf, sqrt(-1), ...) yields x86's default NaN, which has
# the sign bit set (visible only through to_bits / is_sign_negative).
DEFAULT_NAN = -math.nan


def round_f32(x: float) -> float:
    """Round an f64 to the nearest f32 (ties to even); beyond f32's range -> ±inf."""
    try:
        return struct.unpack("<f", struct.pack("<f", x))[0]
    except OverflowError:
        return math.copysign(math.inf, x)


def round_f32_exact(q: Fraction) -> float:
    """Round an exact rational to the nearest f32 (ties to even), with no f64 step."""
    if q == 0:
        return 0.0
    sign = -1.0 if q < 0 else 1.0
    q = abs(q)
    # exponent e with 2**e <= q < 2**(e+1)
    e = q.numerator.bit_length() - q.denominator.bit_length()
    if Fraction(2) ** e > q:
        e -= 1
    e = max(e, -126)  # subnormals share the smallest exponent
    ulp = Fraction(2) ** (e - 23)
    m = q / ulp
    n = m.numerator // m.denominator
    r = m - n
    if r > Fraction(1, 2) or (r == Fraction(1, 2) and n % 2 == 1):
        n += 1
    v = n * ulp
    if v > F32_MAX:
        return sign * math.inf
    return sign * float(v)


def round_to(x: float, bits: int) -> float:
    return round_f32(x) if bits == 32 else x


def _div(a: float, b: float) -> float:
    try:
        return a / b
    except ZeroDivisionError:
        if math.isnan(a):
            return a
        if a == 0:
            return DEFAULT_NAN
        return math.copysign(math.inf, a) * math.copysign(1.0, b)


def _rem(a: float, b: float) -> float:
    """Rust `%` on floats is C fmod (result has the dividend's sign)."""
    if math.isnan(a):
        return a
    if math.isnan(b):
        return b
    if math.isinf(a) or b == 0:
        return DEFAULT_NAN
    if math.isinf(b):
        return a
    return math.fmod(a, b)


def arith(bits: int, op: str, a: float, b: float) -> float:
    """`a <op> b` for op in add, sub, mul, div, rem."""
    if op == "add":
        r = a + b
    elif op == "sub":
        r = a - b
    elif op == "mul":
        r = a * b
    elif op == "div":
        r = _div(a, b)
    elif op == "rem":
        r = _rem(a, b)
    else:
        raise ValueError(op)
    return round_to(r, bits)


def neg(bits: int, a: float) -> float:
    return -a


def sqrt(bits: int, a: float) -> float:
    if math.isnan(a):
        return a
    if a < 0:
        return DEFAULT_NAN
    return round_to(math.sqrt(a), bits)


def powi(bits: int, a: float, n: int) -> float:
    """`a.powi(n)`: repeated squaring as compiler-rt's __powidf2/__powisf2 (each step
    rounded to the type), reciprocal at the end for negative n."""
    recip = n < 0
    n = abs(n)
    r = 1.0
    while True:
        if n & 1:
            r = round_to(r * a, bits)
        n //= 2
        if n == 0:
            break
        a = round_to(a * a, bits)
    return _div(1.0, r) if recip else r


def powf(bits: int, a: float, b: float) -> float:
    """`a.powf(b)` with C pow's special cases (pow(x, 0) = 1, pow(1, y) = 1, ...)."""
    r = libm.call("powf", bits, a, b)
    if r is not None:
        return r
    try:
        r = math.pow(a, b)
    except OverflowError:
        r = math.inf if a > 0 or float(b).is_integer() and int(b) % 2 == 0 else -math.inf
    except ValueError:
        if a == 0:  # 0 ** negative
            odd = float(b).is_integer() and int(b) % 2 == 1
            r = math.copysign(math.inf, a) if odd else math.inf
        else:
            r = DEFAULT_NAN
    return round_to(r, bits)


def floor(bits: int, a: float) -> float:
    return a if math.isinf(a) or math.isnan(a) else math.copysign(float(math.floor(a)), a)


def ceil(bits: int, a: float) -> float:
    return a if math.isinf(a) or math.isnan(a) else math.copysign(float(math.ceil(a)), a)


def trunc(bits: int, a: float) -> float:
    return a if math.isinf(a) or math.isnan(a) else math.copysign(float(math.trunc(a)), a)


def round_half_away(bits: int, a: float) -> float:
    """`a.round()`: halfway cases away from zero (the difference a - trunc(a) is exact)."""
    if math.isinf(a) or math.isnan(a):
        return a
    t = float(math.trunc(a))
    if abs(a - t) >= 0.5:
        t += math.copysign(1.0, a)
    return math.copysign(t, a)


def round_ties_even(bits: int, a: float) -> float:
    if math.isinf(a) or math.isnan(a):
        return a
    return math.copysign(float(round(a)), a)


def fract(bits: int, a: float) -> float:
    return round_to(a - trunc(bits, a), bits)


def fabs(bits: int, a: float) -> float:
    return abs(a)


def signum(bits: int, a: float) -> float:
    """1.0 for +0.0 and positives, -1.0 for -0.0 and negatives, NaN for NaN."""
    if math.isnan(a):
        return math.nan
    return math.copysign(1.0, a)


def fmin(bits: int, a: float, b: float) -> float:
    """`a.min(b)`: a NaN operand is ignored."""
    if math.isnan(a):
        return b
    if math.isnan(b):
        return a
    return b if b < a else a  # equal (0.0 vs -0.0): the receiver, as rustc's x86 code does


def fmax(bits: int, a: float, b: float) -> float:
    """`a.max(b)`: a NaN operand is ignored."""
    if math.isnan(a):
        return b
    if math.isnan(b):
        return a
    return b if b > a else a


def clamp(bits: int, a: float, lo: float, hi: float) -> float:
    """`a.clamp(lo, hi)`, as Rust writes it (so ±0 bounds behave alike); panics when
    lo > hi or either bound is NaN."""
    if not lo <= hi:
        raise RustPanicRequest(f"min > max, or either was NaN. min = {_dbg(lo, bits)}, max = {_dbg(hi, bits)}")
    if a < lo:
        a = lo
    if a > hi:
        a = hi
    return a


def _dbg(x: float, bits: int) -> str:
    from .format import fmt_float  # format imports this module: import late

    return fmt_float(x, bits, debug=True)


def unary(bits: int, name: str, a: float) -> float:
    """Libm methods by name: exp, exp2, ln, log2, log10, sin, cos, tan, asin, acos, atan,
    sinh, cosh, tanh, asinh, acosh, atanh, cbrt, exp_m1, ln_1p, to_degrees, to_radians, recip."""
    if bits == 32 and name in ("to_degrees", "to_radians"):
        # f32 multiplies by an f32 constant (180/pi, resp. pi/180 computed in f32)
        k = round_f32(57.29577951308232) if name == "to_degrees" else round_f32(round_f32(math.pi) / 180.0)
        return round_f32(a * k)
    if name in _RUST_DEFINED:
        return _RUST_DEFINED[name](bits, a)
    r = libm.call(name, bits, a)
    if r is not None:
        return r
    if math.isnan(a):
        return a
    fn = _UNARY[name]
    try:
        r = fn(a)
    except (ValueError, OverflowError):
        r = _unary_special(name, a)
    return round_to(r, bits)


def _unary_special(name: str, a: float) -> float:
    """Results where Python raises but C's libm returns a value."""
    if name in ("ln", "log2", "log10"):
        return -math.inf if a == 0 else DEFAULT_NAN
    if name in ("exp", "exp2", "cosh", "exp_m1"):
        return math.inf
    if name == "sinh":
        return math.copysign(math.inf, a)
    if name == "ln_1p" and a == -1:
        return -math.inf
    if name == "atanh" and abs(a) == 1:
        return math.copysign(math.inf, a)
    return DEFAULT_NAN


_UNARY = {
    "exp": math.exp, "exp2": math.exp2, "ln": math.log, "log2": math.log2,
    "log10": math.log10, "sin": math.sin, "cos": math.cos, "tan": math.tan,
    "asin": math.asin, "acos": math.acos, "atan": math.atan, "sinh": math.sinh,
    "cosh": math.cosh, "tanh": math.tanh, "cbrt": math.cbrt,
    "exp_m1": math.expm1, "ln_1p": math.log1p, "to_degrees": math.degrees,
    "to_radians": math.radians, "recip": lambda x: _div(1.0, x), "asinh": math.asinh,
    "acosh": math.acosh, "atanh": math.atanh,
}


# Methods that Rust's std computes itself (not a libm call), step by step in the type.
def _asinh(bits: int, x: float) -> float:
    ax = abs(x)
    ix = _div(1.0, ax)
    h = binary(bits, "hypot", 1.0, ix)
    t = round_to(ax + round_to(_div(ax, round_to(h + ix, bits)), bits), bits)
    return math.copysign(unary(bits, "ln_1p", t), x)


def _acosh(bits: int, x: float) -> float:
    if not x >= 1.0:
        return math.nan  # Rust's NAN constant (positive), also for a NaN input
    s = round_to(sqrt(bits, round_to(x - 1.0, bits)) * sqrt(bits, round_to(x + 1.0, bits)), bits)
    return unary(bits, "ln", round_to(x + s, bits))


def _atanh(bits: int, x: float) -> float:
    t = round_to(_div(round_to(2.0 * x, bits), round_to(1.0 - x, bits)), bits)
    return round_to(0.5 * unary(bits, "ln_1p", t), bits)


def _cbrt(bits: int, x: float) -> float:
    """Correctly rounded cube root (Rust's own implementation is exact; glibc's is not)."""
    if x == 0 or not math.isfinite(x):
        return x
    a = abs(x)
    y = round_to(math.cbrt(a), bits)
    exact = Fraction(a)
    for _ in range(4):
        lo, hi = _neighbour(bits, y, -1), _neighbour(bits, y, 1)
        if ((Fraction(y) + Fraction(lo)) / 2) ** 3 > exact:
            y = lo
        elif ((Fraction(y) + Fraction(hi)) / 2) ** 3 < exact:
            y = hi
        else:
            break
    return math.copysign(y, x)


def _neighbour(bits: int, y: float, direction: int) -> float:
    """The next float of the type after positive finite y, up (1) or down (-1)."""
    return from_bits(bits, to_bits(bits, y) + direction)


_RUST_DEFINED = {"asinh": _asinh, "acosh": _acosh, "atanh": _atanh, "cbrt": _cbrt}


def binary(bits: int, name: str, a: float, b: float) -> float:
    """Two-operand methods: atan2, hypot, log (a.log(base)), copysign, rem_euclid,
    div_euclid, abs_sub-free set as in Rust std."""
    if name in ("atan2", "hypot"):
        r = libm.call(name, bits, a, b)
        if r is None:
            r = math.atan2(a, b) if name == "atan2" else math.hypot(a, b)
    elif name == "log":  # ln(a) / ln(b), as Rust computes it
        r = _div(unary(64, "ln", a), unary(64, "ln", b)) if bits == 64 else _div(
            unary(32, "ln", a), unary(32, "ln", b))
    elif name == "copysign":
        r = math.copysign(a, b)
    elif name == "div_euclid":
        q = trunc(bits, round_to(_div(a, b), bits))
        r = q - math.copysign(1.0, b) if _rem(a, b) < 0 else q
    elif name == "rem_euclid":
        r = _rem(a, b)
        if r < 0:
            r = r + abs(b)
    else:
        raise ValueError(name)
    return round_to(r, bits)


def mul_add(bits: int, a: float, b: float, c: float) -> float:
    """`a.mul_add(b, c)`: a*b+c with one rounding (exact rational arithmetic)."""
    if not (math.isfinite(a) and math.isfinite(b) and math.isfinite(c)):
        return round_to(a * b + c, bits)
    exact = Fraction(a) * Fraction(b) + Fraction(c)
    if exact == 0:
        r = a * b + c  # signed zero rules
        return round_to(r, bits)
    return round_f32_exact(exact) if bits == 32 else _fraction_to_f64(exact)


def _fraction_to_f64(q: Fraction) -> float:
    try:
        return float(q)  # correctly rounded
    except OverflowError:
        return math.copysign(math.inf, q)


def is_nan(a: float) -> bool:
    return math.isnan(a)


def is_finite(a: float) -> bool:
    return math.isfinite(a)


def is_infinite(a: float) -> bool:
    return math.isinf(a)


def is_sign_negative(a: float) -> bool:
    return math.copysign(1.0, a) < 0


def is_sign_positive(a: float) -> bool:
    return math.copysign(1.0, a) > 0


def to_bits(bits: int, a: float) -> int:
    """`a.to_bits()` as u32/u64."""
    if bits == 32:
        return struct.unpack("<I", struct.pack("<f", a))[0]
    return struct.unpack("<Q", struct.pack("<d", a))[0]


def from_bits(bits: int, u: int) -> float:
    if bits == 32:
        return struct.unpack("<f", struct.pack("<I", u))[0]
    return struct.unpack("<d", struct.pack("<Q", u))[0]


def total_cmp(bits: int, a: float, b: float) -> int:
    """`a.total_cmp(&b)` as -1/0/1 (IEEE totalOrder: -NaN < -inf < ... < -0 < +0 < ... < NaN)."""
    def key(x: float) -> int:
        u = to_bits(bits, x)
        s = u - (1 << bits) if u >> (bits - 1) else u
        return s ^ ((1 << (bits - 1)) - 1) if s < 0 else s

    ka, kb = key(a), key(b)
    return (ka > kb) - (ka < kb)
