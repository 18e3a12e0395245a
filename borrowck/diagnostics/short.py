"""rustc's one-line format (`--error-format=short`): `file:line:col: level[code]: message: label`."""
from __future__ import annotations

from ..source.span import SourceFile
from .diagnostic import Diagnostic
from .human import header, with_inline_suggestions


def render(diag: Diagnostic, file: SourceFile) -> str:
    text = header(diag.level, diag.code, diag.message)
    primary = next((l for l in with_inline_suggestions(diag) if l.primary), None)
    if primary is None:
        return text + "\n"
    line, col = file.line_col(primary.span.lo)
    label = f": {primary.message}" if primary.message else ""
    return f"{file.name}:{line}:{col}: {text}{label}\n"
