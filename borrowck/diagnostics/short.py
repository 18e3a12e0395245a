"""rustc's one-line format (`--error-format=short`): `file:line:col: level[code]: message: label`."""
from __future__ import annotations

from ..source.span import SourceFile
from .diagnostic import Diagnostic
from .human import header, with_inline_suggestions


def render(diag: Diagnostic, file: SourceFile) -> str:
    text = header(diag.level, diag.code, diag.message)
    labels = with_inline_suggestions(diag)
    primary = next((l for l in labels if l.primary), None)
    if primary is None:
        return text + "\n"
    line, col = file.line_col(primary.span.lo)
    texts = [l.message for l in labels if l.primary and l.message]
    label = f": {', '.join(texts)}" if texts else ""
    return f"{file.name}:{line}:{col}: {text}{label}\n"
