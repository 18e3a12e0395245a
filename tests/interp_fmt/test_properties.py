"""Hypothesis properties of the formatting and numeric modules."""
import math
import struct

from hypothesis import given, settings
from hypothesis import strategies as st

from borrowck.interp import numeric as n
from borrowck.interp.format import Spec, debug_str, fmt_float, fmt_int
from borrowck.interp.format_float import shortest_digits
from borrowck.interp.numeric import INT_TYPES, RustPanicRequest, int_type
from borrowck.interp.numeric_float import round_f32
from borrowck.interp.numeric_parse import ParseError, parse_float, parse_int

finite64 = st.floats(allow_nan=False, allow_infinity=False)
finite32 = st.floats(width=32, allow_nan=False, allow_infinity=False)
types = st.sampled_from(sorted(INT_TYPES))


@given(finite64)
def test_f64_display_and_debug_round_trip(x):
    for debug in (False, True):
        s = fmt_float(x, 64, debug=debug)
        assert float(s) == x and math.copysign(1, float(s)) == math.copysign(1, x)
        assert "e" not in s or debug


@given(finite64)
def test_f64_shortest_digits_are_pythons_repr_digits(x):
    digits, _ = shortest_digits(abs(x), 64)
    r = repr(abs(x)).split("e")[0].replace(".", "").lstrip("0").rstrip("0") or "0"
    assert digits == r


@settings(max_examples=300)
@given(finite32)
def test_f32_display_round_trips_and_is_shortest(x):
    s = fmt_float(x, 32)
    assert parse_float(s, 32) == x
    digits, k = shortest_digits(abs(x), 32)
    if x != 0 and len(digits) > 1:
        # no decimal with one digit fewer lies in x's f32 rounding interval
        m = int(digits[:-1])
        for cand in (m, m + 1):
            v = float(f"{cand}e{k - len(digits) + 1}")
            assert parse_float(f"{cand}e{k - len(digits) + 1}", 32) != abs(x) or v == abs(x)


@given(types, st.data())
def test_int_display_hex_and_padding_match_python(tyname, data):
    ty = int_type(tyname)
    v = data.draw(st.integers(ty.min, ty.max))
    w = data.draw(st.integers(0, 45))
    assert fmt_int(v, ty.bits) == str(v)
    assert fmt_int(v, ty.bits, Spec(trait="LowerHex")) == format(v & ((1 << ty.bits) - 1), "x")
    assert fmt_int(v, ty.bits, Spec(width=w)) == format(v, f">{w}")
    assert fmt_int(v, ty.bits, Spec(width=w, zero_pad=True, sign="+")) == format(v, f"+0{w}")
    assert fmt_int(v, ty.bits, Spec(width=w, align="^", fill="*")) == format(v, f"*^{w}")


@given(types, st.data())
def test_parse_int_round_trips_and_reports_overflow(tyname, data):
    ty = int_type(tyname)
    v = data.draw(st.integers(ty.min - 1000, ty.max + 1000))
    r = parse_int(str(v), ty)
    if ty.contains(v):
        assert r == v
    else:
        assert isinstance(r, ParseError)
        expected = "PosOverflow" if v > 0 else "NegOverflow" if ty.signed else "InvalidDigit"
        assert r.kind == expected  # a `-` is an invalid digit for unsigned types


@given(types, st.data(), st.sampled_from(["add", "sub", "mul", "div", "rem"]))
def test_checked_wrapping_overflowing_agree(tyname, data, op):
    ty = int_type(tyname)
    a = data.draw(st.integers(ty.min, ty.max))
    b = data.draw(st.integers(ty.min, ty.max))
    if b == 0 and op in ("div", "rem"):
        assert n.checked(ty, op, a, b) is None
        return
    w, over = n.overflowing(ty, op, a, b)
    assert ty.contains(w)
    assert n.wrapping(ty, op, a, b) == w
    assert n.checked(ty, op, a, b) == (None if over else w)
    try:
        assert n.strict(ty, op, a, b) == w and not over
    except RustPanicRequest:
        assert over


@given(st.integers(-10**40, 10**40), st.integers(-10**20, 10**20).filter(bool))
def test_truncating_division(a, b):
    q, r = n.trunc_div(a, b), n.trunc_rem(a, b)
    assert a == b * q + r and abs(r) < abs(b) and (r == 0 or (r < 0) == (a < 0))


@given(st.text())
def test_debug_str_escapes_every_control_char(s):
    out = debug_str(s)
    assert out[0] == out[-1] == '"'
    assert not any(ord(c) < 0x20 or c == "\x7f" for c in out)


@given(st.floats(allow_nan=False))
def test_round_f32_is_idempotent_and_nearest(x):
    y = round_f32(x)
    assert round_f32(y) == y
    if math.isfinite(y) and math.isfinite(x):
        assert y == struct.unpack("<f", struct.pack("<f", x))[0]


@settings(max_examples=400)
@given(st.one_of(finite32, st.integers(-149, 127).map(lambda e: 2.0**e)))
def test_f32_shortest_fast_path_equals_exact_reference(x):
    from borrowck.interp.format_float import shortest_f32_reference

    a = abs(x)
    if a != 0:
        assert shortest_digits(a, 32) == shortest_f32_reference(a)


def test_f32_shortest_on_every_power_of_two():
    from borrowck.interp.format_float import shortest_f32_reference

    for e in range(-149, 128):
        assert shortest_digits(2.0**e, 32) == shortest_f32_reference(2.0**e), e
