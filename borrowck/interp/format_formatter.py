"""Rust's `core::fmt::Formatter`: options plus an output sink, with `pad`/`pad_integral`.

A value's formatting implementation (builtin or a user's `impl Display`) receives a
`Formatter` and writes into it. Semantics that matter and are easy to get wrong:
- `write!(f, "...", args)` inside a user impl formats each argument with a NEW formatter
  on the same sink (`f.with_spec(spec)`): the outer width/fill are NOT applied, so
  `{:>10}` of a type whose `fmt` uses `write!` prints unpadded. Only `f.pad(..)` (and
  builtins, which use `pad`/`pad_integral`) honour width/precision.
- Debug builders pass the SAME formatter (same options) to each child, so `{:5?}` of a
  `Vec<i32>` pads every element; pretty (`{:#?}`) children get a formatter with the same
  options whose sink is a `PadAdapter` (indents after each newline).
"""
from __future__ import annotations

from typing import Optional

from .format_builders import DebugList, DebugMap, DebugSet, DebugStruct, DebugTuple
from .format_spec import Spec


class StringSink:
    """A sink collecting text; `text()` joins it."""

    __slots__ = ("parts",)

    def __init__(self) -> None:
        self.parts: list[str] = []

    def write_str(self, s: str) -> None:
        self.parts.append(s)

    def text(self) -> str:
        return "".join(self.parts)


class Formatter:
    """Options (a `Spec`) + a sink with `write_str(str)`.

    Construct with `Formatter(sink, spec)`; for a whole `format!` use `StringSink()`.
    Accessors mirror Rust (`width()` returns None for Rust's `None`)."""

    __slots__ = ("sink", "spec")

    def __init__(self, sink, spec: Spec = Spec()) -> None:
        self.sink = sink
        self.spec = spec

    # ── derived formatters ──
    def with_spec(self, spec: Spec) -> "Formatter":
        """A formatter on the same sink with fresh options: how `write!(f, "{:?}", x)`
        formats each argument inside a user impl."""
        return Formatter(self.sink, spec)

    def wrap_sink(self, sink) -> "Formatter":
        """Same options, other sink (Rust's `wrap_buf`)."""
        return Formatter(sink, self.spec)

    # ── Rust's public accessors ──
    def alternate(self) -> bool:
        return self.spec.alternate

    def width(self) -> Optional[int]:
        return self.spec.width

    def precision(self) -> Optional[int]:
        return self.spec.precision

    def fill(self) -> str:
        return self.spec.fill

    def align(self) -> Optional[str]:
        return self.spec.align

    def sign_plus(self) -> bool:
        return self.spec.sign == "+"

    def sign_minus(self) -> bool:
        return self.spec.sign == "-"

    def sign_aware_zero_pad(self) -> bool:
        return self.spec.zero_pad

    def debug_lower_hex(self) -> bool:
        return self.spec.debug_hex == "x"

    def debug_upper_hex(self) -> bool:
        return self.spec.debug_hex == "X"

    # ── writing ──
    def write_str(self, s: str) -> None:
        self.sink.write_str(s)

    def write_char(self, c: str) -> None:
        self.sink.write_str(c)

    def _padding(self, n: int, default_align: str) -> str:
        """Writes the pre-padding; returns the post-padding to write after the content."""
        align = self.spec.align or default_align
        if align == "<":
            pre, post = 0, n
        elif align == ">":
            pre, post = n, 0
        else:
            pre, post = n // 2, (n + 1) // 2
        if pre:
            self.sink.write_str(self.spec.fill * pre)
        return self.spec.fill * post

    def pad(self, s: str) -> None:
        """Rust's `Formatter::pad`: truncate to `precision` chars, then pad to `width`
        (left-aligned by default). The `0` flag is ignored here."""
        spec = self.spec
        if spec.width is None and spec.precision is None:
            self.sink.write_str(s)
            return
        if spec.precision is not None:
            s = s[: spec.precision]
        if spec.width is None or len(s) >= spec.width:
            self.sink.write_str(s)
            return
        post = self._padding(spec.width - len(s), "<")
        self.sink.write_str(s)
        if post:
            self.sink.write_str(post)

    def pad_integral(self, is_nonnegative: bool, prefix: str, digits: str) -> None:
        """Rust's `Formatter::pad_integral`: sign (`-`, or `+` with the `+` flag), the
        prefix when `#` is set, then `digits`; right-aligned by default; with `0`, zeros
        go between sign/prefix and digits and fill/align are ignored."""
        spec = self.spec
        width = len(digits)
        sign = ""
        if not is_nonnegative:
            sign = "-"
        elif spec.sign == "+":
            sign = "+"
        width += len(sign)
        if not spec.alternate:
            prefix = ""
        width += len(prefix)
        if spec.width is None or width >= spec.width:
            self.sink.write_str(sign + prefix + digits)
        elif spec.zero_pad:
            self.sink.write_str(sign + prefix + "0" * (spec.width - width) + digits)
        else:
            post = self._padding(spec.width - width, ">")
            self.sink.write_str(sign + prefix + digits)
            if post:
                self.sink.write_str(post)

    def pad_formatted_parts(self, sign: str, body: str) -> None:
        """Padding of a formatted float (Rust's `pad_formatted_parts`): right-aligned by
        default; with `0` the sign is written first and zeros fill up to the width."""
        spec = self.spec
        if spec.width is None:
            self.sink.write_str(sign + body)
            return
        width = spec.width
        if spec.zero_pad:
            self.sink.write_str(sign)
            width = max(width - len(sign), 0)
            sign = ""
            n = len(body)
            if n < width:
                self.sink.write_str("0" * (width - n))
            self.sink.write_str(body)
            return
        n = len(sign) + len(body)
        if n >= width:
            self.sink.write_str(sign + body)
            return
        post = self._padding(width - n, ">")
        self.sink.write_str(sign + body)
        if post:
            self.sink.write_str(post)

    # ── Debug builders (see format_builders) ──
    def debug_struct(self, name: str) -> DebugStruct:
        return DebugStruct(self, name)

    def debug_tuple(self, name: str) -> DebugTuple:
        return DebugTuple(self, name)

    def debug_list(self) -> DebugList:
        return DebugList(self)

    def debug_set(self) -> DebugSet:
        return DebugSet(self)

    def debug_map(self) -> DebugMap:
        return DebugMap(self)
