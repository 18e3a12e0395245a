"""The C math library that rustc-built binaries call for float methods (`sinf`, `cosh`, ...).

Rust's `f32::sin` etc. are calls into the platform libm, whose f32 functions are not
always correctly rounded, so computing in f64 and rounding can differ by one ulp. When
the platform libm can be loaded (glibc on Linux), `call(name, bits, *args)` uses it —
the same code a Rust binary runs; otherwise it returns None and the caller falls back
to Python's `math` (correct to within an ulp).
"""
from __future__ import annotations

import ctypes
import ctypes.util
from typing import Optional


def _load():
    name = ctypes.util.find_library("m")
    if not name:
        return None
    try:
        return ctypes.CDLL(name)
    except OSError:
        return None


def _bind(lib, cname: str, ctype, arity: int):
    if lib is None:
        return None
    try:
        fn = getattr(lib, cname)
    except AttributeError:
        return None
    fn.restype = ctype
    fn.argtypes = [ctype] * arity
    return fn


# C names of Rust's float methods (f64 name; the f32 one adds `f`).
_C_NAMES = {
    "exp": ("exp", 1), "exp2": ("exp2", 1), "ln": ("log", 1), "log2": ("log2", 1), "log10": ("log10", 1),
    "sin": ("sin", 1), "cos": ("cos", 1), "tan": ("tan", 1), "asin": ("asin", 1), "acos": ("acos", 1),
    "atan": ("atan", 1), "sinh": ("sinh", 1), "cosh": ("cosh", 1), "tanh": ("tanh", 1),
    "asinh": ("asinh", 1), "acosh": ("acosh", 1), "atanh": ("atanh", 1), "cbrt": ("cbrt", 1),
    "exp_m1": ("expm1", 1), "ln_1p": ("log1p", 1), "atan2": ("atan2", 2), "hypot": ("hypot", 2),
    "powf": ("pow", 2), "fmod": ("fmod", 2),
}


def _table():
    lib = _load()
    table = {}
    for rust_name, (cname, arity) in _C_NAMES.items():
        table[(rust_name, 64)] = _bind(lib, cname, ctypes.c_double, arity)
        table[(rust_name, 32)] = _bind(lib, cname + "f", ctypes.c_float, arity)
    return table


_FUNCTIONS = _table()  # loaded once; read-only afterwards


def call(name: str, bits: int, *args: float) -> Optional[float]:
    """`libm name(args)` in the float type of `bits`, or None when unavailable."""
    fn = _FUNCTIONS.get((name, bits))
    if fn is None:
        return None
    return fn(*args)


def available() -> bool:
    return _FUNCTIONS.get(("sin", 64)) is not None
