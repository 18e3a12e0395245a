"""Integer, float, bool and char methods, and `u8::MAX`-style associated items.

The integer type of a receiver comes from the type checker (or a literal suffix); when
unknown, `checked_*`/`wrapping_*` assume i32, the type an unconstrained literal gets.
"""
from __future__ import annotations

import math

from . import ops
from .signals import RustPanic, Unsupported
from .std_enums import none, option, ordering, some, ok, err
from .std_iter import ValuesIter
from .std_registry import assoc, method
from .values import TupleV, Char, F32, RString, BuiltinV

INT = "{int}"
FLOAT = "{float}"


def _ty(it, e, recv=None) -> str:
    t = it.int_ty(e.receiver) if hasattr(e, "receiver") else None
    if t is None and hasattr(e, "args"):
        for a in e.args:
            t = it.int_ty(a)
            if t is not None:
                break
    return t or "i32"


def _checked(op):
    def f(it, recv, args, e):
        t = _ty(it, e)
        b = args[0] if args else None
        if op == "/" or op == "%":
            if b == 0 or (t[0] == "i" and b == -1 and recv == ops.BOUNDS[t][0]):
                return none()
            r = ops.trunc_div(recv, b) if op == "/" else ops.trunc_rem(recv, b)
        elif op == "pow":
            r = recv ** b
        elif op == "neg":
            r = -recv
        elif op == "abs":
            r = abs(recv)
        elif op == "<<" or op == ">>":
            if b >= ops.BITS[t]:
                return none()
            return some(ops.wrap(recv << b, t) if op == "<<" else recv >> b)
        else:
            r = recv + b if op == "+" else recv - b if op == "-" else recv * b
        return some(r) if ops.in_range(r, t) else none()
    return f


def _wrapping(op):
    def f(it, recv, args, e):
        t = _ty(it, e)
        b = args[0] if args else None
        if op == "pow":
            r = recv ** b
        elif op == "neg":
            r = -recv
        elif op == "abs":
            r = abs(recv)
        elif op == "/" or op == "%":
            if b == 0:
                raise RustPanic("attempt to divide by zero" if op == "/" else
                                "attempt to calculate the remainder with a divisor of zero", e.span)
            r = ops.trunc_div(recv, b) if op == "/" else ops.trunc_rem(recv, b)
        elif op == "<<":
            r = recv << (b % ops.BITS[t])
        elif op == ">>":
            r = recv >> (b % ops.BITS[t])
        else:
            r = recv + b if op == "+" else recv - b if op == "-" else recv * b
        return ops.wrap(r, t)
    return f


def _saturating(op):
    def f(it, recv, args, e):
        t = _ty(it, e)
        lo, hi = ops.BOUNDS[t]
        b = args[0] if args else None
        if op == "pow":
            r = recv ** b
        elif op == "abs":
            r = abs(recv)
        elif op == "neg":
            r = -recv
        else:
            r = recv + b if op == "+" else recv - b if op == "-" else recv * b
        return max(lo, min(hi, r))
    return f


def _overflowing(op):
    def f(it, recv, args, e):
        t = _ty(it, e)
        b = args[0] if args else None
        if op == "pow":
            r = recv ** b
        elif op == "neg":
            r = -recv
        else:
            r = recv + b if op == "+" else recv - b if op == "-" else recv * b
        w = ops.wrap(r, t)
        return TupleV([w, w != r])
    return f


_OPS = {"add": "+", "sub": "-", "mul": "*", "div": "/", "rem": "%", "pow": "pow", "neg": "neg",
        "abs": "abs", "shl": "<<", "shr": ">>"}
for _name, _op in _OPS.items():
    globals()[f"checked_{_name}"] = method(INT, f"checked_{_name}")(_checked(_op))
    globals()[f"wrapping_{_name}"] = method(INT, f"wrapping_{_name}")(_wrapping(_op))
    if _name in ("add", "sub", "mul", "pow", "abs", "neg"):
        globals()[f"saturating_{_name}"] = method(INT, f"saturating_{_name}")(_saturating(_op))
    if _name in ("add", "sub", "mul", "pow", "neg"):
        globals()[f"overflowing_{_name}"] = method(INT, f"overflowing_{_name}")(_overflowing(_op))


@method(INT, "abs")
def int_abs(it, recv, args, e):
    t = _ty(it, e)
    if t[0] == "i" and recv == ops.BOUNDS[t][0]:
        raise RustPanic("attempt to negate with overflow", e.method.span)
    return abs(recv)


@method(INT, "pow")
def int_pow(it, recv, args, e):
    t = it.int_ty(e.receiver) or it.int_ty(e)
    r = recv ** args[0]
    if t is not None and not ops.in_range(r, t):
        raise RustPanic("attempt to multiply with overflow", e.method.span)
    return r


@method(INT)
def signum(it, recv, args, e):
    if recv.__class__ is int:
        return (recv > 0) - (recv < 0)
    if math.isnan(recv):
        return recv
    return math.copysign(1.0, recv)


@method(INT)
def is_positive(it, recv, args, e):
    return recv > 0


@method(INT)
def is_negative(it, recv, args, e):
    return recv < 0


@method(INT)
def rem_euclid(it, recv, args, e):
    if recv.__class__ is not int:
        r = math.fmod(recv, args[0])
        return r + abs(args[0]) if r < 0 else r
    if args[0] == 0:
        raise RustPanic("attempt to calculate the remainder with a divisor of zero", e.method.span)
    return recv % abs(args[0])


@method(INT)
def div_euclid(it, recv, args, e):
    b = args[0]
    if b == 0:
        raise RustPanic("attempt to divide by zero", e.method.span)
    q = ops.trunc_div(recv, b)
    if recv - q * b < 0:
        q = q - 1 if b > 0 else q + 1
    return q


@method(INT)
def abs_diff(it, recv, args, e):
    return abs(recv - args[0])


@method(INT)
def count_ones(it, recv, args, e):
    return bin(ops.wrap(recv, _ty(it, e)) & ((1 << ops.BITS[_ty(it, e)]) - 1)).count("1")


@method(INT)
def count_zeros(it, recv, args, e):
    t = _ty(it, e)
    return ops.BITS[t] - count_ones(it, recv, args, e)


@method(INT)
def leading_zeros(it, recv, args, e):
    t = _ty(it, e)
    v = recv & ((1 << ops.BITS[t]) - 1)
    return ops.BITS[t] - v.bit_length()


@method(INT)
def trailing_zeros(it, recv, args, e):
    t = _ty(it, e)
    v = recv & ((1 << ops.BITS[t]) - 1)
    return ops.BITS[t] if v == 0 else (v & -v).bit_length() - 1


@method(INT)
def is_power_of_two(it, recv, args, e):
    return recv > 0 and recv & (recv - 1) == 0


@method(INT)
def next_power_of_two(it, recv, args, e):
    return 1 if recv <= 1 else 1 << (recv - 1).bit_length()


@method(INT)
def isqrt(it, recv, args, e):
    return math.isqrt(recv)


@method(INT)
def ilog2(it, recv, args, e):
    return recv.bit_length() - 1


@method(INT)
def ilog10(it, recv, args, e):
    return len(str(recv)) - 1


# ── floats ──

def _fl(recv, r):
    return F32(ops.f32(r)) if recv.__class__ is F32 else r


def _float_fn(fn):
    def f(it, recv, args, e):
        return _fl(recv, fn(float(recv), *[float(a) for a in args]))
    return f


def _round(x):
    return math.floor(x + 0.5) if x >= 0 else -math.floor(-x + 0.5)


def _safe(fn):
    def g(*a):
        try:
            return fn(*a)
        except (ValueError, OverflowError):
            return math.nan
    return g


_FLOAT_FNS = {
    "sqrt": lambda x: math.sqrt(x) if x >= 0 else math.nan, "abs": abs, "floor": math.floor,
    "ceil": math.ceil, "round": _round, "trunc": math.trunc, "sin": math.sin, "cos": math.cos,
    "tan": math.tan, "asin": _safe(math.asin), "acos": _safe(math.acos), "atan": math.atan,
    "exp": _safe(math.exp), "ln": lambda x: math.log(x) if x > 0 else (-math.inf if x == 0 else math.nan),
    "log10": lambda x: math.log10(x) if x > 0 else (-math.inf if x == 0 else math.nan),
    "log2": lambda x: math.log2(x) if x > 0 else (-math.inf if x == 0 else math.nan),
    "powi": lambda x, n: _safe(math.pow)(x, n), "powf": lambda x, y: _safe(math.pow)(x, y),
    "hypot": math.hypot, "atan2": math.atan2, "to_degrees": math.degrees, "to_radians": math.radians,
    "fract": lambda x: x - math.trunc(x), "cbrt": lambda x: math.copysign(abs(x) ** (1 / 3), x),
    "mul_add": lambda x, a, b: x * a + b, "exp2": lambda x: 2.0 ** x, "log": lambda x, b: math.log(x, b),
    "recip": lambda x: 1.0 / x if x else math.inf,
}
for _name, _fn in _FLOAT_FNS.items():
    globals()[f"float_{_name}"] = method(FLOAT, _name)(_float_fn(_fn))


def _float_result_int(name):
    def f(it, recv, args, e):
        v = float(_FLOAT_FNS[name](float(recv)))
        return _fl(recv, v)
    return f


@method(FLOAT)
def is_nan(it, recv, args, e):
    return math.isnan(recv)


@method(FLOAT)
def is_finite(it, recv, args, e):
    return math.isfinite(recv)


@method(FLOAT)
def is_infinite(it, recv, args, e):
    return math.isinf(recv)


@method(FLOAT)
def is_sign_negative(it, recv, args, e):
    return math.copysign(1.0, recv) < 0


@method(FLOAT)
def is_sign_positive(it, recv, args, e):
    return math.copysign(1.0, recv) > 0


@method(FLOAT, "max")
def float_max(it, recv, args, e):
    a, b = recv, args[0]
    if math.isnan(a):
        return b
    if math.isnan(b):
        return a
    return a if a >= b else b


@method(FLOAT, "min")
def float_min(it, recv, args, e):
    a, b = recv, args[0]
    if math.isnan(a):
        return b
    if math.isnan(b):
        return a
    return a if a <= b else b


@method(FLOAT, "signum")
def float_signum(it, recv, args, e):
    return signum(it, recv, args, e)


@method(FLOAT)
def total_cmp(it, recv, args, e):
    a, b = float(recv), float(it.deref_all(args[0]))
    return ordering((a > b) - (a < b))


@method(FLOAT, "clamp")
def float_clamp(it, recv, args, e):
    return max(args[0], min(args[1], recv))


# ── bool and char ──

@method("bool")
def then_some(it, recv, args, e):
    return some(args[0]) if recv else none()


@method("bool")
def then(it, recv, args, e):
    return some(it.call_value(args[0], [])) if recv else none()


class CaseIter(ValuesIter):
    """char::to_uppercase / to_lowercase: an iterator that also implements Display."""

    __slots__ = ("display_text",)

    def __init__(self, text: str):
        super().__init__([Char(c) for c in text])
        self.display_text = text


_CHAR_PREDICATES = {
    "is_alphabetic": str.isalpha, "is_numeric": str.isnumeric, "is_alphanumeric": str.isalnum,
    "is_whitespace": str.isspace, "is_uppercase": str.isupper, "is_lowercase": str.islower,
    "is_control": lambda c: ord(c) < 32 or 127 <= ord(c) < 160,
    "is_ascii": lambda c: ord(c) < 128,
    "is_ascii_digit": lambda c: "0" <= c <= "9",
    "is_ascii_alphabetic": lambda c: ord(c) < 128 and c.isalpha(),
    "is_ascii_alphanumeric": lambda c: ord(c) < 128 and c.isalnum(),
    "is_ascii_uppercase": lambda c: "A" <= c <= "Z", "is_ascii_lowercase": lambda c: "a" <= c <= "z",
    "is_ascii_punctuation": lambda c: ord(c) < 128 and (33 <= ord(c) <= 47 or 58 <= ord(c) <= 64
                                                        or 91 <= ord(c) <= 96 or 123 <= ord(c) <= 126),
    "is_ascii_whitespace": lambda c: c in " \t\n\x0c\r",
    "is_ascii_hexdigit": lambda c: c in "0123456789abcdefABCDEF",
    "is_ascii_graphic": lambda c: 33 <= ord(c) <= 126,
    "is_ascii_control": lambda c: ord(c) < 32 or ord(c) == 127,
}


def _pred(fn):
    def f(it, recv, args, e):
        return fn(recv)
    return f


for _name, _fn in _CHAR_PREDICATES.items():
    globals()[f"char_{_name}"] = method("char", _name)(_pred(_fn))


@method("char")
def to_ascii_uppercase(it, recv, args, e):
    return Char(recv.upper()) if "a" <= recv <= "z" else recv


@method("char")
def to_ascii_lowercase(it, recv, args, e):
    return Char(recv.lower()) if "A" <= recv <= "Z" else recv


@method("char", "to_uppercase")
def char_to_uppercase(it, recv, args, e):
    return CaseIter(recv.upper())


@method("char", "to_lowercase")
def char_to_lowercase(it, recv, args, e):
    return CaseIter(recv.lower())


@method("char")
def to_digit(it, recv, args, e):
    try:
        d = int(recv, args[0])
    except ValueError:
        return none()
    return some(d)


@method("char")
def is_digit(it, recv, args, e):
    return to_digit(it, recv, args, e).variant.name == "Some"


@method("char")
def len_utf8(it, recv, args, e):
    return len(recv.encode("utf-8"))


@method("char", "eq_ignore_ascii_case")
def char_eq_ignore_ascii_case(it, recv, args, e):
    return recv.lower() == it.deref_all(args[0]).lower()


# ── associated items: u8::MAX, i32::from_str_radix, f64::consts::PI, char::from_u32 ──

@assoc("{num}", "*")
def num_assoc(it, ty, name):
    if ty in ops.BOUNDS:
        lo, hi = ops.BOUNDS[ty]
        if name == "MAX":
            return ("const", hi)
        if name == "MIN":
            return ("const", lo)
        if name == "BITS":
            return ("const", ops.BITS[ty])
        if name == "from_str_radix":
            return lambda it, args, e: _from_str_radix(it, args, ty)
        if name in ("from", "try_from"):
            return lambda it, args, e: _int_from(it, args, ty, name)
    else:
        if name == "MAX":
            return ("const", 3.4028234663852886e38 if ty == "f32" else 1.7976931348623157e308)
        if name == "MIN":
            return ("const", -3.4028234663852886e38 if ty == "f32" else -1.7976931348623157e308)
        if name == "EPSILON":
            return ("const", 1.1920929e-07 if ty == "f32" else 2.220446049250313e-16)
        if name == "INFINITY":
            return ("const", math.inf)
        if name == "NEG_INFINITY":
            return ("const", -math.inf)
        if name == "NAN":
            return ("const", math.nan)
        if name == "MIN_POSITIVE":
            return ("const", 2.2250738585072014e-308)
        if name == "from":
            return lambda it, args, e: float(args[0]) if ty == "f64" else F32(ops.f32(float(args[0])))
    if name in _FLOAT_FNS or name in ("max", "min", "abs", "pow"):
        return lambda it, args, e: it.call_method_by_name(([args[0]], 0), name, list(args[1:]), e)
    raise Unsupported(f"`{ty}::{name}`")


def _from_str_radix(it, args, ty):
    from .conversions import ParseError
    s = it.text_of(args[0])
    try:
        v = int(s, args[1])
    except ValueError:
        return err(ParseError("ParseIntError", "InvalidDigit" if s else "Empty"))
    if not ops.in_range(v, ty):
        return err(ParseError("ParseIntError", "PosOverflow" if v > 0 else "NegOverflow"))
    return ok(v)


def _int_from(it, args, ty, name):
    v = it.deref_all(args[0])
    if v.__class__ is Char:
        v = ord(v)
    elif v.__class__ is bool:
        v = int(v)
    if name == "from":
        return v
    from .conversions import ParseError
    if ops.in_range(v, ty):
        return ok(v)
    return err(ParseError("TryFromIntError", ""))


@assoc("consts", "*")
def float_consts(it, ty, name):
    return ("const", {"PI": math.pi, "E": math.e, "TAU": math.tau, "SQRT_2": math.sqrt(2),
                      "LN_2": math.log(2), "LN_10": math.log(10), "FRAC_PI_2": math.pi / 2,
                      "FRAC_PI_4": math.pi / 4, "FRAC_1_SQRT_2": 1 / math.sqrt(2)}[name])


@assoc("char", "from_u32")
def char_from_u32(it, args, e):
    v = args[0]
    ok_ = 0 <= v <= 0x10FFFF and not (0xD800 <= v <= 0xDFFF)
    return some(Char(chr(v))) if ok_ else none()


@assoc("char", "from_digit")
def char_from_digit(it, args, e):
    d, radix = args
    if d >= radix:
        return none()
    return some(Char("0123456789abcdefghijklmnopqrstuvwxyz"[d]))


@assoc("char", "from")
def char_from(it, args, e):
    return Char(chr(args[0]))
