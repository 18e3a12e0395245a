"""Writes a file's diagnostics in one format, followed by rustc's closing summary:
`error: aborting due to N previous errors; M warnings emitted` and the `rustc --explain`
pointers for the error codes that have explanations."""
from __future__ import annotations

from typing import TextIO

from ..source.span import SourceFile
from . import human, json_format, short
from .human import ERROR_CODE


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def summary(diagnostics) -> list[tuple[str, str]]:
    """(level, message) of the closing lines."""
    errors = sum(1 for d in diagnostics if d.level == "error")
    warnings = sum(1 for d in diagnostics if d.level == "warning")
    lines = []
    if errors:
        text = "aborting due to " + ("1 previous error" if errors == 1 else f"{errors} previous errors")
        if warnings:
            text += f"; {plural(warnings, 'warning')} emitted"
        lines.append(("error", text))
    elif warnings:
        lines.append(("warning", f"{plural(warnings, 'warning')} emitted"))
    codes = sorted({d.code for d in diagnostics if d.level == "error" and d.code and ERROR_CODE.fullmatch(d.code)})
    if len(codes) == 1:
        lines.append(("failure-note", f"For more information about this error, try `rustc --explain {codes[0]}`."))
    elif codes:
        lines.append(("failure-note", f"Some errors have detailed explanations: {', '.join(codes)}."))
        lines.append(("failure-note", f"For more information about an error, try `rustc --explain {codes[0]}`."))
    return lines


def render_summary(level: str, message: str, fmt: str) -> str:
    if level == "failure-note":
        return message + "\n"
    return f"{level}: {message}\n" + ("" if fmt == "short" else "\n")


def emit(diagnostics, file: SourceFile, fmt: str, stream: TextIO) -> None:
    """Write every diagnostic of one file and the summary in `fmt` (human | short | json)."""
    closing = summary(diagnostics)
    if fmt == "json":
        for diag in diagnostics:
            stream.write(json_format.dumps(json_format.to_json(diag, file)) + "\n")
        for level, message in closing:
            obj = json_format.plain(level, message, render_summary(level, message, "human"))
            stream.write(json_format.dumps(obj) + "\n")
        return
    render = short.render if fmt == "short" else human.render
    for diag in diagnostics:
        stream.write(render(diag, file))
    for level, message in closing:
        if fmt == "short" and level == "failure-note":
            continue
        stream.write(render_summary(level, message, fmt))
