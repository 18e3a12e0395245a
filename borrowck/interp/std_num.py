"""Integer, float, bool and char methods, and `u8::MAX`-style associated items.

The integer type of a receiver comes from the type checker (or a literal suffix); when
unknown, `checked_*`/`wrapping_*` assume i32, the type an unconstrained literal gets.
"""
from __future__ import annotations

import math

from . import numeric, numeric_float, numeric_parse, ops
from .numeric import INT_TYPES, RustPanicRequest
from .signals import RustPanic, StdLocation, Unsupported
from .std_enums import none, ordering, some, ok, err
from .std_iter import ValuesIter
from .std_registry import assoc, method
from .values import ArrayV, TupleV, Char, F32

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


def _num(it, e, fn, *operands):
    """Call a numeric.py function; its panics become Rust panics at the method call."""
    try:
        return fn(*operands)
    except RustPanicRequest as p:
        raise RustPanic(p.message, e.method.span if hasattr(e, "method") else e.span) from None


def _wrap_result(kind: str, r):
    if kind == "checked":
        return none() if r is None else some(r)
    if kind == "overflowing":
        return TupleV(list(r))
    return r


def _family(kind: str, op: str):
    """`<kind>_<op>` (checked_add, wrapping_mul, overflowing_sub, saturating_pow, ...)."""
    if op in ("add", "sub", "mul", "div", "rem", "div_euclid", "rem_euclid"):
        generic = getattr(numeric, kind)

        def f(it, recv, args, e):
            return _wrap_result(kind, _num(it, e, generic, INT_TYPES[_ty(it, e)], op, recv, args[0]))
    else:
        specific = getattr(numeric, f"{kind}_{op}", None) or _ABS[kind]

        def f(it, recv, args, e):
            return _wrap_result(kind, _num(it, e, specific, INT_TYPES[_ty(it, e)], recv, *args))
    return f


_ABS = {  # `<kind>_abs`: |MIN| is the only overflow
    "checked": lambda ty, a: None if not ty.contains(abs(a)) else abs(a),
    "wrapping": lambda ty, a: ty.wrap(abs(a)),
    "saturating": lambda ty, a: min(abs(a), ty.max),
    "overflowing": lambda ty, a: (ty.wrap(abs(a)), not ty.contains(abs(a))),
}


_FAMILIES = {
    "checked": ("add", "sub", "mul", "div", "rem", "div_euclid", "rem_euclid", "pow", "neg", "shl",
                "shr", "next_power_of_two", "abs"),
    "wrapping": ("add", "sub", "mul", "div", "rem", "div_euclid", "rem_euclid", "pow", "neg", "shl", "shr",
                 "abs"),
    "saturating": ("add", "sub", "mul", "div", "pow", "abs", "neg"),
    "overflowing": ("add", "sub", "mul", "div", "rem", "div_euclid", "rem_euclid", "pow", "abs", "neg"),
}
for _kind, _ops in _FAMILIES.items():
    for _op in _ops:
        if _op in ("add", "sub", "mul", "div", "rem", "div_euclid", "rem_euclid", "abs") or hasattr(
                numeric, f"{_kind}_{_op}"):
            globals()[f"{_kind}_{_op}"] = method(INT, f"{_kind}_{_op}")(_family(_kind, _op))


def _overflowing_shift(op: str):
    """`overflowing_shl/shr`: the amount is masked to the width; overflow when it was too large."""
    wrap = getattr(numeric, f"wrapping_{op}")

    def f(it, recv, args, e):
        ty = INT_TYPES[_ty(it, e)]
        return TupleV([wrap(ty, recv, args[0]), args[0] >= ty.bits])
    return f


overflowing_shl = method(INT, "overflowing_shl")(_overflowing_shift("shl"))
overflowing_shr = method(INT, "overflowing_shr")(_overflowing_shift("shr"))


# the line of `int_impl!`/`uint_impl!` for each type in rustc 1.95's core/src/num/mod.rs: where
# an overflow inside a non-#[track_caller] integer method (pow, abs) is reported
_NUM_MOD_LINE = {"i8": 346, "i16": 370, "i32": 394, "i64": 418, "i128": 442, "isize": 519, "u8": 546,
                 "u16": 1188, "u32": 1243, "u64": 1274, "u128": 1305, "usize": 1400}
_CORE_LOCATED = frozenset(("pow", "abs"))


def _plain(name: str, fn):
    if name in _CORE_LOCATED:
        def f(it, recv, args, e):
            ty = _ty(it, e)
            try:
                return fn(INT_TYPES[ty], recv, *args)
            except RustPanicRequest as p:
                raise RustPanic(p.message, StdLocation(f"core/src/num/mod.rs:{_NUM_MOD_LINE[ty]}:5")) from None
        return f

    def f(it, recv, args, e):
        return _num(it, e, fn, INT_TYPES[_ty(it, e)], recv, *args)
    return f


for _name, _fn in (("abs", numeric.int_abs), ("pow", numeric.int_pow), ("abs_diff", numeric.abs_diff),
                   ("unsigned_abs", numeric.unsigned_abs), ("count_ones", numeric.count_ones),
                   ("count_zeros", numeric.count_zeros), ("leading_zeros", numeric.leading_zeros),
                   ("trailing_zeros", numeric.trailing_zeros), ("leading_ones", numeric.leading_ones),
                   ("trailing_ones", numeric.trailing_ones), ("is_power_of_two", numeric.is_power_of_two),
                   ("next_power_of_two", numeric.next_power_of_two), ("ilog2", numeric.ilog2), ("ilog", numeric.ilog), ("div_ceil", numeric.div_ceil),
                   ("ilog10", numeric.ilog10), ("isqrt", numeric.isqrt), ("rotate_left", numeric.rotate_left),
                   ("rotate_right", numeric.rotate_right), ("swap_bytes", numeric.swap_bytes),
                   ("reverse_bits", numeric.reverse_bits)):
    globals()[f"int_{_name}"] = method(INT, _name)(_plain(_name, _fn))


def _to_bytes(order: str):
    def f(it, recv, args, e):
        ty = INT_TYPES[_ty(it, e)]
        u = recv & ((1 << ty.bits) - 1)
        return ArrayV(list(u.to_bytes(ty.bits // 8, order)))
    return f


for _name, _order in (("to_be_bytes", "big"), ("to_le_bytes", "little"), ("to_ne_bytes", "little")):
    globals()[f"int_{_name}"] = method(INT, _name)(_to_bytes(_order))


def _from_bytes(it, args, ty: str, order: str) -> int:
    """`u32::from_be_bytes([..])`: the array's bytes as an integer of type ty."""
    arr = it.deref_all(args[0])
    return INT_TYPES[ty].wrap(int.from_bytes(bytes(arr.items), order))


@method(INT, "rem_euclid")
def int_rem_euclid(it, recv, args, e):
    return _num(it, e, numeric.strict, INT_TYPES[_ty(it, e)], "rem_euclid", recv, args[0])


@method(INT, "div_euclid")
def int_div_euclid(it, recv, args, e):
    return _num(it, e, numeric.strict, INT_TYPES[_ty(it, e)], "div_euclid", recv, args[0])


@method(INT)
def signum(it, recv, args, e):
    return (recv > 0) - (recv < 0)


@method(INT)
def is_positive(it, recv, args, e):
    return recv > 0


@method(INT)
def is_negative(it, recv, args, e):
    return recv < 0


# ── floats (numeric_float.py; f32 values are F32 and stay f32) ──

def _bits(recv) -> int:
    return 32 if recv.__class__ is F32 else 64


def _fl(recv, r):
    return F32(r) if recv.__class__ is F32 else float(r)


def _float1(fn):
    def f(it, recv, args, e):
        return _fl(recv, _num(it, e, fn, _bits(recv), float(recv), *[it.deref_all(a) for a in args]))
    return f


for _name, _fn in (("sqrt", numeric_float.sqrt), ("powi", numeric_float.powi), ("powf", numeric_float.powf),
                   ("floor", numeric_float.floor), ("ceil", numeric_float.ceil), ("trunc", numeric_float.trunc),
                   ("round", numeric_float.round_half_away), ("round_ties_even", numeric_float.round_ties_even),
                   ("fract", numeric_float.fract), ("abs", numeric_float.fabs), ("signum", numeric_float.signum),
                   ("min", numeric_float.fmin), ("max", numeric_float.fmax), ("clamp", numeric_float.clamp)):
    globals()[f"float_{_name}"] = method(FLOAT, _name)(_float1(_fn))


def _unary(name):
    def f(it, recv, args, e):
        return _fl(recv, numeric_float.unary(_bits(recv), name, float(recv)))
    return f


for _name in ("exp", "exp2", "ln", "log2", "log10", "sin", "cos", "tan", "asin", "acos", "atan", "sinh",
              "cosh", "tanh", "cbrt", "exp_m1", "ln_1p", "to_degrees", "to_radians", "recip"):
    globals()[f"float_{_name}"] = method(FLOAT, _name)(_unary(_name))


def _float2(fn):
    def f(it, recv, args, e):
        return _fl(recv, fn(float(recv), *[float(it.deref_all(a)) for a in args]))
    return f


for _name, _fn in (("hypot", math.hypot), ("atan2", math.atan2), ("log", lambda x, b: math.log(x, b))):
    globals()[f"float_{_name}"] = method(FLOAT, _name)(_float2(_fn))


def _mul_add(x, a, b):
    """Fused multiply-add: one rounding (exact through Fraction when everything is finite)."""
    if math.isfinite(x) and math.isfinite(a) and math.isfinite(b):
        from fractions import Fraction
        try:
            return float(Fraction(x) * Fraction(a) + Fraction(b))
        except OverflowError:
            pass
    return x * a + b


def _rem_euclid(x, y):
    r = math.fmod(x, y)
    return r + abs(y) if r < 0.0 else r


def _div_euclid(x, y):
    q = math.trunc(x / y) if math.isfinite(x / y) else x / y
    if math.fmod(x, y) < 0.0:
        return q - 1.0 if y > 0.0 else q + 1.0
    return float(q)


for _name, _fn in (("copysign", math.copysign), ("mul_add", _mul_add), ("rem_euclid", _rem_euclid),
                   ("div_euclid", _div_euclid)):
    globals()[f"float_{_name}"] = method(FLOAT, _name)(_float2(_fn))


@method(FLOAT)
def is_normal(it, recv, args, e):
    smallest = 1.17549435e-38 if recv.__class__ is F32 else 2.2250738585072014e-308
    return math.isfinite(recv) and abs(recv) >= smallest


@method(FLOAT)
def is_subnormal(it, recv, args, e):
    smallest = 1.17549435e-38 if recv.__class__ is F32 else 2.2250738585072014e-308
    return recv != 0.0 and abs(recv) < smallest


@method(FLOAT)
def to_bits(it, recv, args, e):
    import struct
    if recv.__class__ is F32:
        return struct.unpack("<I", struct.pack("<f", float(recv)))[0]
    return struct.unpack("<Q", struct.pack("<d", recv))[0]


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
    return numeric_float.is_sign_negative(recv)


@method(FLOAT)
def is_sign_positive(it, recv, args, e):
    return numeric_float.is_sign_positive(recv)


@method(FLOAT)
def total_cmp(it, recv, args, e):
    return ordering(numeric_float.total_cmp(_bits(recv), float(recv), float(it.deref_all(args[0]))))


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
        return fn(recv if recv.__class__ is not int else chr(recv))
    return f


for _name, _fn in _CHAR_PREDICATES.items():
    # u8 has the ASCII ones too (`b.is_ascii_digit()`)
    globals()[f"char_{_name}"] = method(("char", INT) if "ascii" in _name else "char", _name)(_pred(_fn))


@method(INT, "to_ascii_uppercase")
def u8_to_ascii_uppercase(it, recv, args, e):
    return recv - 32 if 97 <= recv <= 122 else recv


@method(INT, "to_ascii_lowercase")
def u8_to_ascii_lowercase(it, recv, args, e):
    return recv + 32 if 65 <= recv <= 90 else recv


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
    if not recv.isascii():  # Python's int() also takes non-ASCII digits ('٣'); Rust does not
        return none()
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
    if name == "from_str":  # `<u8 as FromStr>::from_str(s)`: `s.parse::<u8>()`
        return lambda it, args, e: it.parse_str(it.text_of(args[0]), (ty, ()), e)
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
        if name in ("from_be_bytes", "from_le_bytes", "from_ne_bytes"):
            order = "big" if name == "from_be_bytes" else "little"  # x86_64 is little-endian
            return lambda it, args, e: _from_bytes(it, args, ty, order)
    else:
        r = _float_assoc(ty, name)
        if r is not None:
            return ("const", F32(r[1])) if ty == "f32" and r[0] == "const" else r
    if name in ("sqrt", "abs", "max", "min", "pow", "powi", "powf", "floor", "ceil", "round", "exp", "ln"):
        return lambda it, args, e: it.call_method_by_name(([args[0]], 0), name, list(args[1:]), e)
    raise Unsupported(f"`{ty}::{name}`")


_FLOAT_CONSTS = {  # (f32, f64)
    "MAX": (3.4028234663852886e38, 1.7976931348623157e308),
    "MIN": (-3.4028234663852886e38, -1.7976931348623157e308),
    "EPSILON": (1.1920928955078125e-07, 2.220446049250313e-16),
    "MIN_POSITIVE": (1.1754943508222875e-38, 2.2250738585072014e-308),
    "INFINITY": (math.inf, math.inf), "NEG_INFINITY": (-math.inf, -math.inf), "NAN": (math.nan, math.nan),
}


def _float_assoc(ty, name):
    """`f64::MAX`, `f32::EPSILON`, `f64::from(x)`: a ("const", value) or a callable."""
    if name in _FLOAT_CONSTS:
        return ("const", _FLOAT_CONSTS[name][0 if ty == "f32" else 1])
    if name == "from":
        return lambda it, args, e: float(args[0]) if ty == "f64" else F32(ops.f32(float(args[0])))
    return None


def _from_str_radix(it, args, ty):
    r = numeric_parse.parse_int(it.text_of(args[0]), INT_TYPES[ty], args[1])
    return err(r) if r.__class__ is numeric_parse.ParseError else ok(r)


def _int_from(it, args, ty, name):
    v = it.deref_all(args[0])
    if v.__class__ is Char:
        v = ord(v)
    elif v.__class__ is bool:
        v = int(v)
    if name == "from":
        return v
    from .conversions import TryFromIntError
    if ops.in_range(v, ty):
        return ok(v)
    return err(TryFromIntError())


@assoc("consts", "*")
def float_consts(it, ty, name):
    v = {"PI": math.pi, "E": math.e, "TAU": math.tau, "SQRT_2": math.sqrt(2), "LN_2": math.log(2),
         "LN_10": math.log(10), "FRAC_PI_2": math.pi / 2, "FRAC_PI_3": math.pi / 3, "FRAC_PI_4": math.pi / 4,
         "FRAC_PI_6": math.pi / 6, "FRAC_PI_8": math.pi / 8, "FRAC_1_PI": 1 / math.pi, "FRAC_2_PI": 2 / math.pi,
         "FRAC_2_SQRT_PI": 2 / math.sqrt(math.pi), "FRAC_1_SQRT_2": 1 / math.sqrt(2),
         "LOG2_E": math.log2(math.e), "LOG10_E": math.log10(math.e), "LOG2_10": math.log2(10),
         "LOG10_2": math.log10(2)}[name]
    return ("const", F32(v) if ty == "f32" else v)


@assoc("char", "from_u32")
def char_from_u32(it, args, e):
    v = args[0]
    ok_ = 0 <= v <= 0x10FFFF and not (0xD800 <= v <= 0xDFFF)
    return some(Char(chr(v))) if ok_ else none()


@assoc("char", "from_digit")
def char_from_digit(it, args, e):
    d, radix = args
    if radix > 36:
        raise RustPanic("from_digit: radix is too high (maximum 36)", StdLocation("core/src/char/convert.rs:332:9"))
    if d >= radix:
        return none()
    return some(Char("0123456789abcdefghijklmnopqrstuvwxyz"[d]))


@assoc("char", "from")
def char_from(it, args, e):
    return Char(chr(args[0]))
