"""Rust's `std::fmt` for builtin values: the API the interpreter calls.

Two layers, both exact to Rust 1.95 output:

1. Formatter-level (compose with user impls and Debug builders). The interpreter makes
   one `Formatter(sink, Spec.from_ast(piece.spec, width, precision))` per placeholder and
   dispatches on the value's type; builtins call one of:

       write_int(f, value, bits)      ints of any type; the trait comes from f.spec.trait
                                      (Display/Debug/LowerHex/UpperHex/Octal/Binary/
                                      LowerExp/UpperExp); `bits` (8..128, usize=64) gives
                                      the two's-complement width for hex/octal/binary of
                                      negative values
       write_float(f, value, bits)    f32 (bits=32, value already rounded to f32) or f64;
                                      Display/Debug/LowerExp/UpperExp
       write_str(f, s)                str/String: Display pads (`f.pad`), Debug quotes and
                                      escapes (no padding, as Rust)
       write_char(f, c)               char: Display pads, Debug `'\\''` (no padding)
       write_bool(f, b)               `true`/`false`, padded (Display and Debug)
       write_unit(f)                  `()` (Debug), padded

   Composite values use the builders: `f.debug_struct("Foo").field("a", cb).finish()`,
   `f.debug_tuple("Some").field(cb).finish()`, `f.debug_tuple("")` for tuples (prints
   `(1,)` for 1-tuples), `f.debug_list()/debug_set()/debug_map()`. A `cb` is a callable
   `cb(child_formatter) -> None` that formats the child with its Debug impl. A unit struct
   or unit enum variant is `f.write_str("Foo")` (derive(Debug) does not pad it).
   `Option`: `None` -> f.write_str("None"); `Some(x)` -> debug_tuple("Some").field(cb_x).

   User code: `f.write_str`, `f.pad`, `f.alternate()`, `f.width()`, `f.precision()`,
   `f.fill()`, `f.sign_plus()`, ...; `write!(f, "...", args)` -> for each piece:
   literal -> `f.write_str(text)`; placeholder -> dispatch(value, `f.with_spec(spec)`).

2. String-level conveniences (one value, one spec -> str): `fmt_int`, `fmt_float`,
   `fmt_str`, `fmt_char`, `fmt_bool`, `debug_str`, `debug_char`, `float_to_string`.
   `spec` may be a `Spec`, an `ast.FormatSpec` (literal width/precision), or None for `{}`.

Panics are not raised here: formatting builtins cannot fail.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from .format_builders import DebugList, DebugMap, DebugSet, DebugStruct, DebugTuple, PadAdapter
from .format_escape import escape_debug_char, escape_debug_str
from .format_float import write_float
from .format_formatter import Formatter, StringSink
from .format_int import write_int
from .format_spec import TRAIT_OF_KIND, Spec

__all__ = [
    "DebugList", "DebugMap", "DebugSet", "DebugStruct", "DebugTuple", "Formatter", "PadAdapter",
    "Spec", "StringSink", "TRAIT_OF_KIND", "debug_char", "debug_str", "float_to_string", "fmt_bool",
    "fmt_char", "fmt_float", "fmt_int", "fmt_str", "format_with", "write_bool", "write_char",
    "write_float", "write_int", "write_str", "write_unit",
]


def write_str(f: Formatter, s: str) -> None:
    """`str`/`String`: Display is `f.pad(s)`; Debug writes `"..."` with `escape_debug`."""
    if f.spec.trait == "Debug":
        f.write_str(escape_debug_str(s))
    else:
        f.pad(s)


def write_char(f: Formatter, c: str) -> None:
    """`char`: Display pads the char; Debug writes `'c'` escaped (no padding)."""
    if f.spec.trait == "Debug":
        f.write_str(escape_debug_char(c))
    else:
        f.pad(c)


def write_bool(f: Formatter, b: bool) -> None:
    """`bool` (Display and Debug): `f.pad("true" | "false")`."""
    f.pad("true" if b else "false")


def write_unit(f: Formatter) -> None:
    """`()` Debug: `f.pad("()")`."""
    f.pad("()")


def _spec(spec) -> Spec:
    if spec is None:
        return Spec()
    if isinstance(spec, Spec):
        return spec
    return Spec.from_ast(spec)


def format_with(spec, write, *args) -> str:
    """Run `write(formatter, *args)` on a fresh string sink with `spec`; return the text."""
    sink = StringSink()
    write(Formatter(sink, _spec(spec)), *args)
    return sink.text()


def fmt_int(value: int, bits: int, spec=None) -> str:
    """An integer of a `bits`-wide type (e.g. i32: 32; the sign comes from `value`)."""
    return format_with(spec, write_int, value, bits)


def fmt_float(value: float, bits: int = 64, spec=None, debug: Optional[bool] = None) -> str:
    """A float; `debug=True` forces Debug (else the spec's trait decides)."""
    s = _spec(spec)
    if debug is not None:
        s = replace(s, trait="Debug" if debug else ("Display" if s.trait == "Debug" else s.trait))
    return format_with(s, write_float, value, bits)


def float_to_string(value: float, bits: int = 64) -> str:
    """`x.to_string()` / `{}` of a float."""
    return format_with(None, write_float, value, bits)


def fmt_str(s: str, spec=None) -> str:
    return format_with(spec, write_str, s)


def fmt_char(c: str, spec=None) -> str:
    return format_with(spec, write_char, c)


def fmt_bool(b: bool, spec=None) -> str:
    return format_with(spec, write_bool, b)


def debug_str(s: str) -> str:
    """`format!("{:?}", s)`."""
    return escape_debug_str(s)


def debug_char(c: str) -> str:
    """`format!("{:?}", c)`."""
    return escape_debug_char(c)
