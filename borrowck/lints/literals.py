"""The `overflowing_literals` lint (deny by default): an integer literal outside its type's
range, a float literal that would become infinite.

The literal's type is the type checker's (`expr_types`); a literal directly under unary
minus is checked with its sign, and reported at the negation. The suggested type is the
smallest one that holds the value (unsigned first for a non-negative value).
"""
from __future__ import annotations

import math
import struct
from typing import Optional

from ..diagnostics import registry
from ..diagnostics.diagnostic import Diagnostic
from ..source.span import SourceFile
from ..syntax import ast
from .crate_nodes import CrateNodes
from ..types import ty as T
from .int_values import fits, int_range, signed, wrap

# candidate types for the "consider using the type" help, in rustc's order
WIDER_UNSIGNED = {"i8": ["u8"], "i16": ["u16"], "i32": ["u32"], "i64": ["u64"], "i128": ["u128"],
                  "u8": ["u8", "u16", "u32", "u64", "u128"], "u16": ["u16", "u32", "u64", "u128"],
                  "u32": ["u32", "u64", "u128"], "u64": ["u64", "u128"], "u128": ["u128"]}
WIDER_SIGNED = {"i8": ["i16", "i32", "i64", "i128"], "i16": ["i32", "i64", "i128"],
                "i32": ["i64", "i128"], "i64": ["i128"], "i128": []}


def type_suggestion(name: str, magnitude: int, negative: bool) -> Optional[str]:
    if not negative:
        for cand in WIDER_UNSIGNED.get(name, []):
            if magnitude <= int_range(cand)[1]:
                return cand
    for cand in WIDER_SIGNED.get(name, []):
        if magnitude <= int_range(cand)[1] + (1 if negative else 0):
            return cand
    return None


class LiteralLint:
    def __init__(self, typed, file: SourceFile):
        self.typed = typed
        self.file = file
        self.diags: list[Diagnostic] = []

    def literal_type(self, lit: ast.Lit, expected: dict) -> Optional[T.Ty]:
        t = self.typed.expr_types.get(lit)
        if t is None and lit.suffix:
            return T.Int(lit.suffix) if lit.suffix[0] in "iu" else T.Float(lit.suffix)
        return t if t is not None else expected.get(lit)

    def run(self, crate: ast.Crate, nodes: Optional[CrateNodes] = None) -> list[Diagnostic]:
        nodes = nodes if nodes is not None else CrateNodes(crate)
        negated = {}
        expected = {}
        for n in nodes.of(ast.Unary, ast.Const, ast.Static):
            if isinstance(n, ast.Unary) and n.op == "-" and isinstance(n.operand, ast.Lit):
                negated[n.operand] = n
            elif isinstance(n, (ast.Const, ast.Static)) and isinstance(n.value, ast.Lit) \
                    and isinstance(n.ty, ast.PathType) and len(n.ty.path.segments) == 1:
                name = n.ty.path.segments[0].ident.name
                if name[0] in "iuf" and name[1:].isdigit() or name in ("isize", "usize"):
                    expected[n.value] = T.Float(name) if name[0] == "f" else T.Int(name)
        for n in nodes.of(ast.Lit):
            if n.kind in ("int", "float"):
                t = self.literal_type(n, expected)
                if isinstance(t, T.Int) and n.kind == "int":
                    self.check_int(n, t.name, negated.get(n))
                elif isinstance(t, T.Float):
                    self.check_float(n, t.name, negated.get(n))
        return self.diags

    def emit(self, span, ty_name: str, notes: list, helps: list, suggestion=None) -> None:
        diag = registry.lint("overflowing_literals", "error", span, registry.text("overflowing_literals", ty=ty_name))
        for note in notes:
            diag.note(note)
        for help_text in helps:
            diag.help(help_text)
        if not any(d.code == "overflowing_literals" for d in self.diags):
            diag.note(registry.text("lint.deny_by_default", lint="overflowing_literals"))
        if suggestion is not None:
            message, at, text = suggestion
            diag.help(message, at, text, "MachineApplicable")
        self.diags.append(diag)

    def check_int(self, lit: ast.Lit, name: str, negation: Optional[ast.Unary]) -> None:
        value = -lit.value if negation is not None else lit.value
        if fits(value, name):
            return
        span = negation.span if negation is not None else lit.span
        text = self.file.snippet(span)
        raw = self.file.snippet(lit.span).lower()
        helps = []
        sugg = type_suggestion(name, lit.value, negation is not None)
        if sugg is not None:
            helps.append(registry.text("overflowing_literals.help_type", ty=sugg))
        if raw.startswith(("0x", "0b", "0o")):
            becomes = wrap(value, name)
            note = registry.text("overflowing_literals.bin_hex", lit=text, dec=value, ty=name, becomes=f"{becomes}{name}")
            suggestion = None
            if signed(name) and lit.suffix is None and negation is None and becomes < 0:
                unsigned = "u" + name[1:]
                if fits(value, unsigned):
                    suggestion = (registry.text("overflowing_literals.as_negative", dec=becomes, uty=unsigned, ty=name),
                                  lit.span.shrink_to_hi(), f"{unsigned} as {name}")
            self.emit(span, name, [note], helps, suggestion)
            return
        lo, hi = int_range(name)
        note = registry.text("overflowing_literals.range", lit=text, ty=name, lo=lo, hi=hi)
        self.emit(span, name, [note], helps if signed(name) else [])

    def check_float(self, lit: ast.Lit, name: str, negation: Optional[ast.Unary]) -> None:
        value = float(lit.value) if not isinstance(lit.value, float) else lit.value
        if math.isfinite(value) and not (name == "f32" and _rounds_to_f32_infinity(value)):
            return
        span = negation.span if negation is not None else lit.span
        text = self.file.snippet(span)
        infinity = "NEG_INFINITY" if negation is not None else "INFINITY"
        self.emit(span, name, [registry.text("overflowing_literals.float", lit=text, ty=name, inf=infinity)], [])


def _rounds_to_f32_infinity(value: float) -> bool:
    """Whether rounding to the nearest f32 gives infinity: values a little above `f32::MAX`
    (such as its own decimal form `3.4028235e38`) still round down to it."""
    try:
        struct.pack("<f", value)
    except OverflowError:
        return True
    return False


def check_literals(typed, file: SourceFile, crate: ast.Crate, nodes: Optional[CrateNodes] = None) -> list[Diagnostic]:
    return LiteralLint(typed, file).run(crate, nodes)
