"""Integer formatting for every formatting trait (Rust's `impl Display/Debug/LowerHex/...`)."""
from __future__ import annotations

from .format_formatter import Formatter

_RADIX = {"LowerHex": ("x", "0x"), "UpperHex": ("X", "0x"), "Octal": ("o", "0o"), "Binary": ("b", "0b")}


def write_int(f: Formatter, value: int, bits: int) -> None:
    """Write `value` (of a `bits`-wide int type) with the trait in `f.spec.trait`.

    Debug is Display unless `{:x?}`/`{:X?}` asked for hex. Radix traits print the
    two's-complement bits of negative values and never a sign (`{:+x}` still adds `+`)."""
    trait = f.spec.trait
    if trait == "Debug":
        trait = {"x": "LowerHex", "X": "UpperHex"}.get(f.spec.debug_hex, "Display")
    if trait == "Display":
        f.pad_integral(value >= 0, "", str(abs(value)))
    elif trait in _RADIX:
        code, prefix = _RADIX[trait]
        f.pad_integral(True, prefix, format(value & ((1 << bits) - 1), code))
    elif trait in ("LowerExp", "UpperExp"):
        _write_exp(f, value, trait == "UpperExp")
    else:
        raise ValueError(f"integers do not implement {trait}")


def _write_exp(f: Formatter, value: int, upper: bool) -> None:
    """`{:e}` of an integer: trailing zeros become exponent; with a precision the
    mantissa is rounded half to even (on the exact digits) or zero-extended."""
    digits = str(abs(value))
    exp = len(digits) - 1
    prec = f.spec.precision
    if prec is None:
        mant = digits.rstrip("0") or "0"
    elif prec + 1 >= len(digits):
        mant = digits + "0" * (prec + 1 - len(digits))
    else:
        keep, rest = digits[: prec + 1], digits[prec + 1 :]
        n = int(keep)
        half = "5" + "0" * (len(rest) - 1)
        if rest > half or (rest == half and n % 2 == 1):
            n += 1
        mant = str(n)
        if len(mant) > prec + 1:  # 9.99 -> 10.0: one more power of ten
            mant = mant[:-1]
            exp += 1
    body = mant[0] + ("." + mant[1:] if len(mant) > 1 else "") + ("E" if upper else "e") + str(exp)
    f.pad_integral(value >= 0, "", body)
