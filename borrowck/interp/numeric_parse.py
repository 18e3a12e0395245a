"""`str::parse` for integers, floats, bool and char, with Rust's error values.

Each `parse_*` returns the parsed value or a `ParseError`; the interpreter maps them to
`Ok(v)` / `Err(e)`. `ParseError.display` is the error's Display text and
`ParseError.debug` its Debug text (`{:?}`, as `unwrap()` on the Err prints it:
`called `Result::unwrap()` on an `Err` value: ParseIntError { kind: InvalidDigit }`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction
from typing import Union

from .numeric import IntType
from .numeric_float import round_f32_exact


@dataclass(frozen=True, slots=True)
class ParseError:
    """One of ParseIntError / ParseFloatError / ParseBoolError / ParseCharError."""

    type_name: str  # "ParseIntError" | "ParseFloatError" | "ParseBoolError" | "ParseCharError"
    kind: str  # Rust's kind variant: "Empty", "InvalidDigit", "PosOverflow", "NegOverflow", "Invalid", ...
    display: str  # Display text

    @property
    def debug(self) -> str:
        """Debug text (derive(Debug) of the error struct)."""
        if self.type_name == "ParseBoolError":
            return "ParseBoolError"
        return f"{self.type_name} {{ kind: {self.kind} }}"

    def write_debug(self, f) -> None:
        """Debug into a `format.Formatter`, honouring `{:#?}` and nesting like derive(Debug)."""
        if self.type_name == "ParseBoolError":
            f.write_str("ParseBoolError")
        else:
            f.debug_struct(self.type_name).field("kind", lambda cf: cf.write_str(self.kind)).finish()

    def debug_pretty(self) -> str:
        """`{:#?}` text."""
        if self.type_name == "ParseBoolError":
            return "ParseBoolError"
        return f"{self.type_name} {{\n    kind: {self.kind},\n}}"


_INT_MESSAGES = {
    "Empty": "cannot parse integer from empty string",
    "InvalidDigit": "invalid digit found in string",
    "PosOverflow": "number too large to fit in target type",
    "NegOverflow": "number too small to fit in target type",
}


def _int_error(kind: str) -> ParseError:
    return ParseError("ParseIntError", kind, _INT_MESSAGES[kind])


def parse_int(s: str, ty: IntType, radix: int = 10) -> Union[int, ParseError]:
    """`s.parse::<ty>()` / `ty::from_str_radix(s, radix)`: an optional `+` (or `-` for
    signed types) then digits; no whitespace or `_`. Digits are read left to right and
    the first failure (invalid digit or overflow) is the error, as in Rust."""
    if s == "":
        return _int_error("Empty")
    negative = False
    digits = s
    if s[0] in "+-":
        if len(s) == 1:
            return _int_error("InvalidDigit")
        if s[0] == "-":
            if not ty.signed:
                return _int_error("InvalidDigit")
            negative = True
        digits = s[1:]
    acc = 0
    for ch in digits:
        d = _digit(ch, radix)
        if d is None:
            return _int_error("InvalidDigit")
        acc = acc * radix + (-d if negative else d)
        if acc > ty.max:
            return _int_error("PosOverflow")
        if acc < ty.min:
            return _int_error("NegOverflow")
    return acc


def _digit(ch: str, radix: int):
    o = ord(ch)
    if 48 <= o <= 57:
        d = o - 48
    elif 97 <= o <= 122:
        d = o - 87
    elif 65 <= o <= 90:
        d = o - 55
    else:
        return None
    return d if d < radix else None


# Rust's float grammar: sign? (inf | infinity | nan | digits[.digits?][e sign? digits] | .digits[e...])
_FLOAT_RE = re.compile(r"[+-]?(?:(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)\Z")
_SPECIAL_RE = re.compile(r"([+-]?)(inf|infinity|nan)\Z", re.IGNORECASE)


def parse_float(s: str, bits: int) -> Union[float, ParseError]:
    """`s.parse::<f32|f64>()`: correctly rounded (f32 directly, no double rounding)."""
    if s == "":
        return ParseError("ParseFloatError", "Empty", "cannot parse float from empty string")
    m = _SPECIAL_RE.match(s)
    if m:
        v = float("nan") if m.group(2).lower() == "nan" else float("inf")
        return -v if m.group(1) == "-" else v
    if not s.isascii() or not _FLOAT_RE.match(s):
        return ParseError("ParseFloatError", "Invalid", "invalid float literal")
    if bits == 64:
        return float(s)
    negative = s.startswith("-")
    body = s.lstrip("+-")
    mant, _, exp = body.lower().partition("e")
    whole, _, frac = mant.partition(".")
    digits = int((whole + frac) or "0")
    e = (int(exp) if exp else 0) - len(frac)
    magnitude = e + len(str(digits))  # digits * 10**e < 10**magnitude
    if digits == 0 or magnitude < -50:
        v = 0.0
    elif magnitude > 40:
        v = float("inf")
    else:
        v = round_f32_exact(Fraction(digits) * Fraction(10) ** e)
    return -v if negative else v


def parse_bool(s: str) -> Union[bool, ParseError]:
    if s == "true":
        return True
    if s == "false":
        return False
    return ParseError("ParseBoolError", "", "provided string was not `true` or `false`")


def parse_char(s: str) -> Union[str, ParseError]:
    if s == "":
        return ParseError("ParseCharError", "EmptyString", "cannot parse char from empty string")
    if len(s) > 1:
        return ParseError("ParseCharError", "TooManyChars", "too many characters in string")
    return s
