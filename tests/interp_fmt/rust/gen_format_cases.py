"""Regenerates ../format_cases.json from rustc-built output (run by hand; tests never call rustc).

Each case is [kind, value, spec, expected]: kind is an int type name, "f32", "f64",
"str", "char" or "bool"; a float value is its IEEE bits as an int. Usage:
    python tests/interp_fmt/rust/gen_format_cases.py
"""
import json
import os
import random
import struct
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))

INT_SPECS = ["", "?", "5", "<5", "^5", ">5", "*^7", "+", "+5", "05", "+05", "<05", "^+08", ".3",
             "x", "X", "#x", "#X", "o", "#o", "b", "#b", "#010x", "#010b", "08b", "+x", "+#06x",
             "e", "E", ".0e", ".1e", ".2e", ".5e", "10e", "+e", "012e",
             "x?", "#x?", "X?", "#?", "+?", "08?", "5?", "#10o", "-5", "_>6"]
INT_VALUES = {
    "i8": [0, 1, -1, -128, 127, 42, -42, 5, -5],
    "u8": [0, 1, 255, 42, 10, 100],
    "i16": [-32768, 32767, 1000, -1000],
    "u16": [65535, 1250],
    "i32": [0, 1, -1, -2147483648, 2147483647, 42, -42, 1234500, 999, 995, 125, 135, 1250, 1350, 15, 25, 96, 99999, 12345, 1000000, 2500001],
    "u32": [4294967295, 305441741, 1000],
    "i64": [-9223372036854775808, 9223372036854775807, -1234567890123],
    "u64": [18446744073709551615, 1 << 63],
    "isize": [-1, -9223372036854775808, 77],
    "usize": [18446744073709551615, 0, 12],
    "i128": [-(1 << 127), (1 << 127) - 1, -1, 10**30],
    "u128": [(1 << 128) - 1, 10**38, 255],
}

FLOAT_SPECS = ["", "?", ".0", ".1", ".2", ".3", ".10", "e", "E", ".0e", ".2e", ".3E", "10", "<10", "^10",
               "010", "+", "+010", "+.2", "010.3", "#?", ".2?", "10?", "+?", "010?", "12e", "+e", "#", "*^12.1",
               "-", "08.2e", "x<9?"]
F64_VALUES = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 0.1 + 0.2, 1.5, 2.5, 0.5, -0.5, 0.125, 0.375, 1 / 3, 2 / 3,
              100.0, 1e15, 1e16, 1e17, 1.5e16, 9999999999999998.0, 1e21, 1e22, 1e23, 1e-4, 1e-5, 9.9999e-5, 1.2345e-7,
              123456.789, 1.7976931348623157e308, 2.2250738585072014e-308, 5e-324, float("nan"), float("inf"),
              float("-inf"), 0.05, 0.15, 0.25, 0.35, 2.675, 1e100, 1234.5678, 9.995, 0.045, 3.0, -2.5e-10, 0.000123,
              12345678901234567890.0, 4.35, 1e-3, 6.02214076e23, 299792458.0, 0.9999999999999999, 7.0]
F32_VALUES = [0.1, 0.2, 0.3, 1.0, -1.0, 1.1, 3.14159, 1e10, 1e-10, 16777217.0, 3.4028234663852886e38,
              1.401298464324817e-45, 1.1754943508222875e-38, 2.5, 0.5, 1 / 3, 100.0, 1e16, 1e-5, 123456.789,
              float("nan"), float("-inf"), -0.0, 0.0, 7e-45, 8388608.0, 9.99e-5, 1e-4, 1.0001e-4, 9.9999e15, 1.5e-7, 33554432.0, 0.7, 2.675]

RANDOM_FLOAT_SPECS = ["", "?", "e", ".3", ".2e"]
STR_SPECS = ["", "?", "5", "<5", ">5", "^5", "*^6", ".2", "5.2", ">5.1", "05", "10?", "#?", ".1?", "+", ".0", "^4"]
STR_VALUES = ["", "a", "ab", "héllo", "a\"b\n", "tab\there", "\x1b[0m", "e\u0301", "'", "\\", "\0", "日本語",
              "🎉!", "\u200b", "\x7f", "\xa0", "\ufeff", "\r\n", "\u00ad", "\u0378", "\U000e0001", "a b",
              "\u2028", "\ue000", "\U0001f3fb", "\u200d", "\u0903"]
CHAR_SPECS = ["", "?", "5", "^5", "5?", ">3", "#?"]
CHAR_VALUES = ["a", "'", '"', "\n", "\u0301", "é", "🎉", "\0", "\x7f", " ", "\\", "\t", "\u200b", "\U0010ffff"]
BOOL_SPECS = ["", "5", "^7", "?", ".2", "05", "<6?", "+"]


def rust_str(s):
    out = []
    for c in s:
        if c == '"' or c == "\\":
            out.append("\\" + c)
        elif " " <= c <= "~":
            out.append(c)
        else:
            out.append("\\u{%x}" % ord(c))
    return '"' + "".join(out) + '"'


def f32_bits(x):
    try:
        return struct.unpack("<I", struct.pack("<f", x))[0]
    except OverflowError:
        return 0x7F800000 if x > 0 else 0xFF800000


def f64_bits(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def main():
    cases = []  # [kind, value, spec, rust_expr]
    for ty, vals in INT_VALUES.items():
        for v in vals:
            lit = f"{v}{ty}" if v >= 0 else f"({v}{ty})" if v != -(1 << 127) and v != -(1 << 63) else f"{ty}::MIN"
            if v == -(1 << 63) and ty not in ("i64", "isize"):
                lit = f"({v}{ty})"
            for spec in INT_SPECS:
                cases.append([ty, v, spec, lit])
    for v in F64_VALUES:
        b = f64_bits(v)
        for spec in FLOAT_SPECS:
            cases.append(["f64", b, spec, f"f64::from_bits({b:#x})"])
    for v in F32_VALUES:
        b = f32_bits(v)
        for spec in FLOAT_SPECS:
            cases.append(["f32", b, spec, f"f32::from_bits({b:#x})"])
    rng = random.Random(1995)  # fixed seed: random bit patterns, plus random "short" decimals
    for _ in range(400):
        b32 = rng.getrandbits(32)
        b64 = rng.getrandbits(64)
        short = float(f"{rng.randint(1, 99999)}e{rng.randint(-45, 38)}")
        for spec in RANDOM_FLOAT_SPECS:
            cases.append(["f32", b32, spec, f"f32::from_bits({b32:#x})"])
            cases.append(["f64", b64, spec, f"f64::from_bits({b64:#x})"])
            cases.append(["f32", f32_bits(short), spec, f"f32::from_bits({f32_bits(short):#x})"])
    for s in STR_VALUES:
        for spec in STR_SPECS:
            cases.append(["str", s, spec, rust_str(s)])
    for c in CHAR_VALUES:
        for spec in CHAR_SPECS:
            cases.append(["char", c, spec, "'" + rust_str(c)[1:-1].replace("'", "\\'").replace('\\"', '"') + "'"])
    for b in (True, False):
        for spec in BOOL_SPECS:
            cases.append(["bool", b, spec, "true" if b else "false"])
    lines = ["fn main() {"]
    for kind, _, spec, expr in cases:
        lines.append(f'    println!("{{}}", format!("{{:{spec}}}", std::hint::black_box({expr})).escape_default());')
    lines.append("}")
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, "cases.rs")
        with open(src, "w") as fh:
            fh.write("\n".join(lines) + "\n")
        subprocess.run(["rustc", "--edition", "2021", "-A", "warnings", "-o", os.path.join(d, "cases"), src], check=True)
        out = subprocess.run([os.path.join(d, "cases")], check=True, capture_output=True, text=True).stdout
    results = out.split("\n")[:-1]
    assert len(results) == len(cases), (len(results), len(cases))
    rows = []
    for (kind, value, spec, _), esc in zip(cases, results):
        rows.append([kind, value, spec, unescape_default(esc)])
    with open(os.path.join(HERE, "..", "format_cases.json"), "w") as fh:
        fh.write("[\n" + ",\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n]\n")
    print(len(rows), "cases")


def unescape_default(s):
    """Undo Rust's str::escape_default (\\t \\r \\n \\' \\" \\\\ \\u{..})."""
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c != "\\":
            out.append(c)
            i += 1
            continue
        n = s[i + 1]
        if n == "u":
            j = s.index("}", i)
            out.append(chr(int(s[i + 3 : j], 16)))
            i = j + 1
        else:
            out.append({"t": "\t", "r": "\r", "n": "\n"}.get(n, n))
            i += 2
    return "".join(out)


if __name__ == "__main__":
    main()
