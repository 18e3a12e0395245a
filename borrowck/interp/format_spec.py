"""The resolved options of one `{...}` placeholder, as Rust's `Formatter` holds them.

`ast.FormatSpec` may name its width/precision by argument; the interpreter resolves
those to ints and builds a `Spec` with `Spec.from_ast(spec, width, precision)`.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

# Which formatting trait a placeholder's `kind` selects.
TRAIT_OF_KIND = {
    "": "Display",
    "?": "Debug",
    "x?": "Debug",
    "X?": "Debug",
    "x": "LowerHex",
    "X": "UpperHex",
    "o": "Octal",
    "b": "Binary",
    "e": "LowerExp",
    "E": "UpperExp",
}


@dataclass(frozen=True, slots=True)
class Spec:
    """Formatter options. Defaults are those of a bare `{}`."""

    fill: str = " "  # one char
    align: Optional[str] = None  # "<" | ">" | "^" | None (the value's own default)
    sign: Optional[str] = None  # "+" | "-" | None
    alternate: bool = False  # `#`
    zero_pad: bool = False  # `0`: sign-aware zero padding (numbers only)
    width: Optional[int] = None
    precision: Optional[int] = None
    debug_hex: Optional[str] = None  # "x" for `{:x?}`, "X" for `{:X?}`: ints inside Debug print in hex
    trait: str = "Display"  # Display | Debug | LowerHex | UpperHex | Octal | Binary | LowerExp | UpperExp

    @staticmethod
    def from_ast(spec, width: Optional[int] = None, precision: Optional[int] = None) -> "Spec":
        """Build from `ast.FormatSpec` (or any object with its attributes).

        `width`/`precision` are the caller-resolved values; when None, the spec's own
        literal ints are used (a str there means "an argument": pass the resolved int)."""
        w = width if width is not None else (spec.width if isinstance(spec.width, int) else None)
        p = precision if precision is not None else (spec.precision if isinstance(spec.precision, int) else None)
        kind = spec.kind or ""
        return Spec(
            fill=spec.fill or " ",
            align=spec.align,
            sign=spec.sign,
            alternate=bool(spec.alternate),
            zero_pad=bool(spec.zero_pad),
            width=w,
            precision=p,
            debug_hex=kind[0] if kind in ("x?", "X?") else None,
            trait=TRAIT_OF_KIND[kind],
        )
