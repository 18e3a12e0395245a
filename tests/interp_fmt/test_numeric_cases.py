"""Integer/float/cast/parse semantics against numeric_cases.json (a rustc 1.95 debug binary's
output, panics caught with catch_unwind; see rust/gen_numeric_cases.py)."""
import json
import os
import struct
from collections import Counter

import pytest

from borrowck.interp import numeric as n
from borrowck.interp import numeric_cast as cast
from borrowck.interp import numeric_float as fl
from borrowck.interp import numeric_parse as parse
from borrowck.interp.format import Formatter, Spec, StringSink, debug_char
from borrowck.interp.numeric import RustPanicRequest, int_type

with open(os.path.join(os.path.dirname(__file__), "numeric_cases.json"), encoding="utf-8") as fh:
    CASES = json.load(fh)


def opt(v):
    return "None" if v is None else f"Some({v})"


def pair(t):
    return f"({t[0]}, {str(t[1]).lower()})"


def from_bits(kind, b):
    return fl.from_bits(32 if kind == "f32" else 64, b)


def f_out(kind, x):
    return hex(fl.to_bits(32 if kind == "f32" else 64, x))


def eval_int(ty_name, op, args):
    ty = int_type(ty_name)
    if op in ("add", "sub", "mul", "div", "rem", "div_euclid", "rem_euclid", "shl", "shr"):
        return str(n.strict(ty, op, *args))
    family, _, base = op.partition("_")
    if family in ("wrapping", "checked", "saturating", "overflowing") and base in (
        "add", "sub", "mul", "div", "rem", "rem_euclid"
    ):
        r = getattr(n, family)(ty, base, *args)
        return {"checked": opt, "overflowing": pair}.get(family, str)(r)
    a = args[0]
    simple = {
        "neg": lambda: n.neg(ty, a), "not": lambda: n.bitnot(ty, a), "abs": lambda: n.int_abs(ty, a),
        "signum": lambda: n.signum(ty, a), "wrapping_neg": lambda: n.wrapping_neg(ty, a),
        "checked_neg": lambda: opt(n.checked_neg(ty, a)), "unsigned_abs": lambda: n.unsigned_abs(ty, a),
        "wrapping_abs": lambda: n.wrapping_abs(ty, a), "checked_abs": lambda: opt(n.checked_abs(ty, a)),
        "saturating_abs": lambda: n.saturating_abs(ty, a), "saturating_neg": lambda: n.saturating_neg(ty, a),
        "overflowing_neg": lambda: pair(n.overflowing_neg(ty, a)),
        "overflowing_abs": lambda: pair(n.overflowing_abs(ty, a)),
        "is_positive": lambda: str(a > 0).lower(), "is_negative": lambda: str(a < 0).lower(),
        "clamp": lambda: n.clamp(ty, *args), "div_ceil": lambda: n.div_ceil(ty, *args),
        "count_ones": lambda: n.count_ones(ty, a), "count_zeros": lambda: n.count_zeros(ty, a),
        "leading_zeros": lambda: n.leading_zeros(ty, a), "trailing_zeros": lambda: n.trailing_zeros(ty, a),
        "leading_ones": lambda: n.leading_ones(ty, a), "trailing_ones": lambda: n.trailing_ones(ty, a),
        "swap_bytes": lambda: n.swap_bytes(ty, a), "reverse_bits": lambda: n.reverse_bits(ty, a),
        "ilog2": lambda: n.ilog2(ty, a), "ilog10": lambda: n.ilog10(ty, a), "isqrt": lambda: n.isqrt(ty, a),
        "is_power_of_two": lambda: str(n.is_power_of_two(ty, a)).lower(),
        "next_power_of_two": lambda: n.next_power_of_two(ty, a),
        "checked_next_power_of_two": lambda: opt(n.checked_next_power_of_two(ty, a)),
        "min": lambda: min(args), "max": lambda: max(args), "abs_diff": lambda: n.abs_diff(ty, *args),
        "pow": lambda: n.int_pow(ty, *args), "checked_pow": lambda: opt(n.checked_pow(ty, *args)),
        "wrapping_pow": lambda: n.wrapping_pow(ty, *args), "saturating_pow": lambda: n.saturating_pow(ty, *args),
        "overflowing_pow": lambda: pair(n.overflowing_pow(ty, *args)),
        "rotate_left": lambda: n.rotate_left(ty, *args), "rotate_right": lambda: n.rotate_right(ty, *args),
        "wrapping_shl": lambda: n.wrapping_shl(ty, *args), "wrapping_shr": lambda: n.wrapping_shr(ty, *args),
        "checked_shl": lambda: opt(n.checked_shl(ty, *args)), "checked_shr": lambda: opt(n.checked_shr(ty, *args)),
    }
    return str(simple[op]())


def eval_cast(src, op, args):
    dst = op[3:]
    v = args[0]
    if src in ("f32", "f64"):
        x = from_bits(src, v)
        if dst in ("f32", "f64"):
            return f_out(dst, cast.float_to_float(x, 32 if dst == "f32" else 64))
        return str(cast.float_to_int(x, int_type(dst)))
    if src == "char":
        return str(cast.char_to_int(v, int_type(dst)))
    if src == "bool":
        return str(cast.bool_to_int(v, int_type(dst)))
    if dst == "char":
        return debug_char(cast.u8_to_char(v))
    if dst in ("f32", "f64"):
        return f_out(dst, cast.int_to_float(v, 32 if dst == "f32" else 64))
    return str(cast.int_to_int(v, int_type(dst)))


def eval_float(kind, op, args):
    bits = 32 if kind == "f32" else 64
    if op == "powi":
        return f_out(kind, fl.powi(bits, from_bits(kind, args[0]), args[1]))
    xs = [from_bits(kind, a) for a in args]
    if op in ("add", "sub", "mul", "div", "rem"):
        r = fl.arith(bits, op, *xs)
    else:
        fn = {"min": fl.fmin, "max": fl.fmax, "round": fl.round_half_away, "abs": fl.fabs}.get(op) or getattr(fl, op)
        r = fn(bits, *xs)
    return f_out(kind, r)


def eval_float_fn(kind, op, args):
    bits = 32 if kind == "f32" else 64
    xs = [from_bits(kind, a) for a in args]
    if op == "mul_add":
        return f_out(kind, fl.mul_add(bits, *xs))
    if op == "clamp":
        return f_out(kind, fl.clamp(bits, *xs))
    if len(xs) == 2:
        return f_out(kind, fl.binary(bits, op, *xs))
    return f_out(kind, fl.unary(bits, op, xs[0]))


def result_text(r, ok):
    if isinstance(r, parse.ParseError):
        return f"Err({r.debug})"
    return f"Ok({ok(r)})"


def eval_parse(ty, op, args):
    s = args[0]
    if op == "from_str_radix":
        return result_text(parse.parse_int(s, int_type(ty), args[1]), str)
    if ty in ("f32", "f64"):
        bits = 32 if ty == "f32" else 64
        return result_text(parse.parse_float(s, bits), lambda x: format(fl.to_bits(bits, x), "x"))
    if ty == "bool":
        return result_text(parse.parse_bool(s), lambda b: str(b).lower())
    if ty == "char":
        return result_text(parse.parse_char(s), debug_char)
    return result_text(parse.parse_int(s, int_type(ty)), str)


def parse_error(ty, s):
    if ty in ("f32", "f64"):
        return parse.parse_float(s, 64)
    if ty == "bool":
        return parse.parse_bool(s)
    if ty == "char":
        return parse.parse_char(s)
    return parse.parse_int(s, int_type(ty))


def evaluate(group, ty, op, args):
    try:
        if group == "int":
            return eval_int(ty, op, args)
        if group == "cast":
            return eval_cast(ty, op, args)
        if group == "float":
            return eval_float(ty, op, args)
        if group == "float_fn":
            return eval_float_fn(ty, op, args)
        if group == "parse":
            return eval_parse(ty, op, args)
        e = parse_error(ty, args[0])
        if op == "parse_err_display":
            return e.display
        sink = StringSink()
        e.write_debug(Formatter(sink, Spec(trait="Debug", alternate=True)))
        assert sink.text() == e.debug_pretty()
        return sink.text()
    except RustPanicRequest as p:
        return "PANIC " + p.message


@pytest.mark.parametrize("group", ["int", "cast", "float", "float_fn", "parse", "parse_display"])
def test_group_matches_rustc(group):
    rows = [c for c in CASES if c[0] == group]
    assert len(rows) >= 18
    failures = []
    for g, ty, op, args, expected in rows:
        got = evaluate(g, ty, op, args)
        if got != expected:
            failures.append(f"{ty}.{op}{tuple(args)}: got {got!r}, rustc {expected!r}")
    assert not failures, f"{len(failures)} of {len(rows)} differ:\n" + "\n".join(failures[:50])


def test_panic_messages_are_exercised():
    msgs = Counter(c[4] for c in CASES if c[4].startswith("PANIC"))
    for m in ("add", "subtract", "multiply", "negate", "shift left", "shift right", "divide"):
        assert msgs[f"PANIC attempt to {m} with overflow"] > 0, m
    assert msgs["PANIC attempt to divide by zero"] > 0
    assert msgs["PANIC attempt to calculate the remainder with a divisor of zero"] > 0
    assert msgs["PANIC attempt to calculate the remainder with overflow"] > 0
