"""Regenerates ../numeric_cases.json from a rustc-built (debug) binary; run by hand.

Rows: [group, type, op, args, expected]. `expected` is the Rust Display/Debug text of the
result, or "PANIC <message>" when the operation panicked (caught with catch_unwind).
Floats travel as IEEE bits (ints) and results print as `to_bits()` in hex plus Display.
"""
import json
import os
import struct
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen_format_cases import rust_str, unescape_default  # noqa: E402

INT_TYPES = {"i8": 8, "i16": 16, "i32": 32, "i64": 64, "i128": 128, "isize": 64,
             "u8": 8, "u16": 16, "u32": 32, "u64": 64, "u128": 128, "usize": 64}


def bounds(ty):
    b = INT_TYPES[ty]
    return (-(1 << (b - 1)), (1 << (b - 1)) - 1) if ty[0] == "i" else (0, (1 << b) - 1)


def interesting(ty):
    lo, hi = bounds(ty)
    vals = {lo, hi, 0, 1, 2, 7, hi - 1}
    if lo < 0:
        vals |= {-1, -7, lo + 1}
    return sorted(vals)


CROSS_TYPES = ("i8", "i32", "i128", "u8", "u64")  # binary ops on all value pairs


BINARY = ["add", "sub", "mul", "div", "rem", "div_euclid", "rem_euclid"]
METHOD_BIN = ["wrapping_add", "wrapping_sub", "wrapping_mul", "wrapping_div", "wrapping_rem",
              "checked_add", "checked_sub", "checked_mul", "checked_div", "checked_rem", "checked_rem_euclid",
              "saturating_add", "saturating_sub", "saturating_mul", "overflowing_add", "overflowing_sub",
              "overflowing_mul", "overflowing_div", "overflowing_rem", "min", "max", "abs_diff"]
UNARY_SIGNED = ["neg", "abs", "signum", "wrapping_neg", "checked_neg", "unsigned_abs", "wrapping_abs", "checked_abs",
                "saturating_abs", "saturating_neg", "overflowing_neg", "overflowing_abs", "is_positive", "is_negative"]
UNARY_ALL = ["not", "count_ones", "count_zeros", "leading_zeros", "trailing_zeros", "leading_ones", "trailing_ones",
             "swap_bytes", "reverse_bits", "ilog2", "ilog10", "isqrt"]
UNARY_UNSIGNED = ["is_power_of_two", "next_power_of_two", "checked_next_power_of_two"]
OPS = {"add": "+", "sub": "-", "mul": "*", "div": "/", "rem": "%"}


def bb(v, ty):
    lo, _ = bounds(ty)
    if v == lo and lo < 0:
        return f"std::hint::black_box({ty}::MIN)"
    return f"std::hint::black_box({v}{ty})" if v >= 0 else f"std::hint::black_box(-{-v}{ty})"


def int_cases():
    rows = []  # (group, ty, op, args, rust_expr, fmt)
    for ty in INT_TYPES:
        vals = interesting(ty)
        for a in vals:
            for b in vals if ty in CROSS_TYPES else ():
                for op in BINARY:
                    e = f"{bb(a, ty)} {OPS[op]} {bb(b, ty)}" if op in OPS else f"{bb(a, ty)}.{op}({bb(b, ty)})"
                    rows.append(("int", ty, op, [a, b], e, "{}"))
                for op in METHOD_BIN:
                    rows.append(("int", ty, op, [a, b], f"{bb(a, ty)}.{op}({bb(b, ty)})", "{:?}"))
            for n in (0, 1, 3, INT_TYPES[ty] - 1, INT_TYPES[ty]):
                nb = f"std::hint::black_box({n}u32)"
                rows.append(("int", ty, "shl", [a, n], f"{bb(a, ty)} << {nb}", "{}"))
                rows.append(("int", ty, "shr", [a, n], f"{bb(a, ty)} >> {nb}", "{}"))
                for op in ("pow", "checked_pow", "wrapping_pow", "saturating_pow", "overflowing_pow",
                           "rotate_left", "rotate_right", "wrapping_shl", "checked_shl", "checked_shr", "wrapping_shr"):
                    rows.append(("int", ty, op, [a, n], f"{bb(a, ty)}.{op}({nb})", "{:?}"))
            for lo_, hi_ in ((vals[1], vals[-2]), (vals[-2], vals[1]), (vals[0], vals[0])):
                rows.append(("int", ty, "clamp", [a, lo_, hi_], f"{bb(a, ty)}.clamp({bb(lo_, ty)}, {bb(hi_, ty)})", "{:?}"))
            if ty[0] == "u":
                for b in vals:
                    rows.append(("int", ty, "div_ceil", [a, b], f"{bb(a, ty)}.div_ceil({bb(b, ty)})", "{:?}"))
            unary = UNARY_ALL + (UNARY_SIGNED if ty[0] == "i" else UNARY_UNSIGNED)
            for op in unary:
                e = {"neg": f"-{bb(a, ty)}", "not": f"!{bb(a, ty)}"}.get(op, f"{bb(a, ty)}.{op}()")
                rows.append(("int", ty, op, [a], e, "{:?}"))
    return rows


def cast_cases():
    rows = []
    for src in INT_TYPES:
        for v in interesting(src):
            for dst in INT_TYPES:
                rows.append(("cast", src, "as_" + dst, [v], f"{bb(v, src)} as {dst}", "{}"))
            for dst in ("f32", "f64"):
                rows.append(("cast", src, "as_" + dst, [v], f"({bb(v, src)} as {dst}).to_bits()", "{:#x}"))
    big = [(1 << 64) - 1, (1 << 63) + 1, (1 << 53) + 1, (1 << 24) + 1, 16777217, (1 << 128) - 1, 0xFFFFFF7FFFFFFFFF,
           (1 << 127) + (1 << 103), 0xFFFFFF8000000000]
    for v in big:
        for src in ("u64", "u128", "i64", "i128"):
            lo, hi = bounds(src)
            if lo <= v <= hi:
                for dst in ("f32", "f64"):
                    rows.append(("cast", src, "as_" + dst, [v], f"({bb(v, src)} as {dst}).to_bits()", "{:#x}"))
    floats = [0.0, -0.0, 1.5, -1.5, 2.9, -2.9, 255.5, 256.0, -129.0, 1e10, -1e10, 3e38, 1e300, -1e300, float("nan"),
              float("inf"), float("-inf"), 4294967295.5, 9.223372036854776e18, 0.9999999]
    for fb in ("f32", "f64"):
        for x in floats:
            bits = f32_bits(x) if fb == "f32" else f64_bits(x)
            fx = f"std::hint::black_box({fb}::from_bits({bits:#x}))"
            for dst in INT_TYPES:
                rows.append(("cast", fb, "as_" + dst, [bits], f"{fx} as {dst}", "{}"))
            other = "f64" if fb == "f32" else "f32"
            rows.append(("cast", fb, "as_" + other, [bits], f"({fx} as {other}).to_bits()", "{:#x}"))
    for v in (0, 65, 127, 128, 200, 255):
        rows.append(("cast", "u8", "as_char", [v], f"{bb(v, 'u8')} as char", "{:?}"))
    for c in ("a", "é", "🎉", "\0", "\U0010ffff"):
        for dst in ("u8", "u32", "i8", "u16", "i64"):
            rows.append(("cast", "char", "as_" + dst, [c], f"std::hint::black_box('{rust_str(c)[1:-1]}') as {dst}", "{}"))
    for b in (True, False):
        for dst in ("u8", "i32", "u128"):
            rows.append(("cast", "bool", "as_" + dst, [b], f"std::hint::black_box({str(b).lower()}) as {dst}", "{}"))
    return rows


def f32_bits(x):
    try:
        return struct.unpack("<I", struct.pack("<f", x))[0]
    except OverflowError:
        return struct.unpack("<I", struct.pack("<f", float("inf") if x > 0 else float("-inf")))[0]


def f64_bits(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]


FLOAT_VALUES = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 2.5, -2.5, 3.7, 1e10, 3.4e38, 1e308, 5e-324,
                float("nan"), float("inf"), float("-inf"), 0.49999999999999994, 4503599627370497.0, 7.0, 1 / 3]
FLOAT_CROSS = 14  # binary ops on all pairs of the first values
FLOAT_BIN = ["add", "sub", "mul", "div", "rem", "min", "max", "powf"]
FLOAT_UN = ["neg", "sqrt", "floor", "ceil", "round", "trunc", "abs", "signum", "fract", "round_ties_even"]
POWI = [0, 1, 2, 3, 5, -1, -2, 10, 31]


def float_cases():
    rows = []
    for fb in ("f32", "f64"):
        vals = [f32_bits(x) if fb == "f32" else f64_bits(x) for x in FLOAT_VALUES]
        fx = lambda b: f"std::hint::black_box({fb}::from_bits({b:#x}))"  # noqa: E731
        for i, a in enumerate(vals):
            for b in vals[:FLOAT_CROSS] if i < FLOAT_CROSS else ():
                for op in FLOAT_BIN:
                    e = f"{fx(a)} {OPS[op]} {fx(b)}" if op in OPS else f"{fx(a)}.{op}({fx(b)})"
                    rows.append(("float", fb, op, [a, b], f"({e}).to_bits()", "{:#x}"))
            for op in FLOAT_UN:
                e = f"-{fx(a)}" if op == "neg" else f"{fx(a)}.{op}()"
                rows.append(("float", fb, op, [a], f"({e}).to_bits()", "{:#x}"))
            for n in POWI:
                rows.append(("float", fb, "powi", [a, n], f"({fx(a)}.powi(std::hint::black_box({n}))).to_bits()", "{:#x}"))
    return rows


FN_UNARY = ["exp", "exp2", "ln", "log2", "log10", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh",
            "tanh", "asinh", "acosh", "atanh", "cbrt", "exp_m1", "ln_1p", "to_degrees", "to_radians", "recip"]
FN_BINARY = ["atan2", "hypot", "log", "copysign", "rem_euclid", "div_euclid"]
FN_VALUES = [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, -2.5, 10.0, 100.0, 1e-3, 0.7, 3.0, 1000.0, float("nan"), float("inf"),
             float("-inf"), 1e300, -7.25]


def float_fn_cases():
    rows = []
    for fb in ("f32", "f64"):
        vals = [f32_bits(x) if fb == "f32" else f64_bits(x) for x in FN_VALUES]
        fx = lambda b: f"std::hint::black_box({fb}::from_bits({b:#x}))"  # noqa: E731
        for a in vals:
            for op in FN_UNARY:
                rows.append(("float_fn", fb, op, [a], f"({fx(a)}.{op}()).to_bits()", "{:#x}"))
            for b in vals[:13]:
                for op in FN_BINARY:
                    rows.append(("float_fn", fb, op, [a, b], f"({fx(a)}.{op}({fx(b)})).to_bits()", "{:#x}"))
            for lo_, hi_ in ((vals[3], vals[5]), (vals[5], vals[3]), (vals[13], vals[5]), (vals[1], vals[0])):
                rows.append(("float_fn", fb, "clamp", [a, lo_, hi_], f"({fx(a)}.clamp({fx(lo_)}, {fx(hi_)})).to_bits()", "{:#x}"))
            for b, c in ((vals[4], vals[5]), (vals[9], vals[3]), (vals[14], vals[15]), (vals[2], vals[1])):
                rows.append(("float_fn", fb, "mul_add", [a, b, c], f"({fx(a)}.mul_add({fx(b)}, {fx(c)})).to_bits()", "{:#x}"))
    return rows


PARSE_STRINGS = ["42", "-42", "+42", "", "-", "+", "0", "-0", "127", "128", "-128", "-129", "255", "256", " 1", "1 ",
                 "1_000", "12a", "a12", "99999999999999999999999999999999999999999", "-99999999999999999999999999x",
                 "4294967295", "4294967296", "9223372036854775808", "0x10", "١", "+-1", "--1", "00012"]
FLOAT_STRINGS = ["3.14", "-0", "1e5", "1E5", "1e", ".5", "5.", ".", "inf", "-inf", "+infinity", "NaN", "nan", "-nan",
                 "infin", "1_0", " 1", "1.5e-3", "0x1p3", "", "+", "1e400", "1e-400", "16777217", "0.1",
                 "3.4028235e38", "3.4028236e38", "1.0000000596046448", "7e-46", "e5", "1.2.3", "+.5e+2",
                 "1.e5", "0.", "00.5", "1e+5", "1e-", "+.", "-.5", "5e0001", "Inf", "INFINITY", "infinityx", "1e5 ",
                 "0.000000000000000000000000000000000000000000001401298464324817", "3.40282356779733661637539395458142568448e38",
                 "2.4703282292062327e-324", "2.4703282292062328e-324", "1.7976931348623158e308", "1.7976931348623159e308"]


def parse_cases():
    rows = []
    for ty in INT_TYPES:
        for s in PARSE_STRINGS:
            rows.append(("parse", ty, "parse", [s], f'std::hint::black_box({rust_str(s)}).parse::<{ty}>()', "{:?}"))
    for ty in ("u8", "i32", "u64"):
        for s, radix in (("ff", 16), ("FF", 16), ("-z", 36), ("102", 2), ("777", 8), ("zz", 36)):
            rows.append(("parse", ty, "from_str_radix", [s, radix], f"{ty}::from_str_radix({rust_str(s)}, {radix})", "{:?}"))
    for fb in ("f32", "f64"):
        for s in FLOAT_STRINGS:
            rows.append(("parse", fb, "parse", [s], f'std::hint::black_box({rust_str(s)}).parse::<{fb}>().map(|x| x.to_bits())', "{:x?}"))
    for s in ("true", "false", "True", "", "1"):
        rows.append(("parse", "bool", "parse", [s], f'std::hint::black_box({rust_str(s)}).parse::<bool>()', "{:?}"))
    for s in ("a", "", "ab", "é"):
        rows.append(("parse", "char", "parse", [s], f'std::hint::black_box({rust_str(s)}).parse::<char>()', "{:?}"))
    errs = [("i32", "x"), ("i32", ""), ("u8", "300"), ("i8", "-300"), ("f64", "x"), ("f64", ""), ("bool", "x"),
            ("char", ""), ("char", "ab")]
    for ty, s in errs:
        rows.append(("parse_display", ty, "parse_err_display", [s],
                     f'std::hint::black_box({rust_str(s)}).parse::<{ty}>().unwrap_err()', "{}"))
        rows.append(("parse_display", ty, "parse_err_pretty", [s],
                     f'std::hint::black_box({rust_str(s)}).parse::<{ty}>().unwrap_err()', "{:#?}"))
    return rows


def main():
    rows = int_cases() + cast_cases() + float_cases() + float_fn_cases() + parse_cases()
    lines = ["#![allow(unused_parens, arithmetic_overflow, unconditional_panic, overflowing_literals)]",
             "fn run(f: fn() -> String) {",
             "    match std::panic::catch_unwind(f) {",
             "        Ok(v) => println!(\"{}\", v.escape_default()),",
             "        Err(e) => {",
             "            let m = e.downcast_ref::<&str>().map(|s| s.to_string())",
             "                .or_else(|| e.downcast_ref::<String>().cloned()).unwrap();",
             "            println!(\"PANIC {}\", m.escape_default());",
             "        }",
             "    }",
             "}"]
    chunk = 200  # small functions keep rustc fast
    names = []
    for i in range(0, len(rows), chunk):
        names.append(f"part{i // chunk}")
        lines.append(f"fn {names[-1]}() {{")
        for _, _, _, _, expr, fmt in rows[i : i + chunk]:
            lines.append(f'    run(|| format!("{fmt}", {expr}));')
        lines.append("}")
    lines.append("fn main() {")
    lines.append("    std::panic::set_hook(Box::new(|_| {}));")
    lines.extend(f"    {name}();" for name in names)
    lines.append("}")
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, "num.rs")
        with open(src, "w") as fh:
            fh.write("\n".join(lines) + "\n")
        exe = os.path.join(d, "num")
        subprocess.run(["rustc", "--edition", "2021", "-A", "warnings", "-o", exe, src], check=True)
        out = subprocess.run([exe], check=True, capture_output=True, text=True).stdout
    results = out.split("\n")[:-1]
    assert len(results) == len(rows), (len(results), len(rows))
    data = [[g, ty, op, args, unescape_default(r)] for (g, ty, op, args, _, _), r in zip(rows, results)]
    with open(os.path.join(HERE, "..", "numeric_cases.json"), "w") as fh:
        fh.write("[\n" + ",\n".join(json.dumps(r, ensure_ascii=False) for r in data) + "\n]\n")
    print(len(data), "cases")


if __name__ == "__main__":
    main()
