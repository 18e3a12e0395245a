"""rustc's human-readable diagnostic format (`--error-format=human`), byte for byte.

1. Header `error[E0382]: message` (lint names and `unsupported` are not shown in brackets).
2. ` --> file:line:col` of the first primary span, then the snippet (see snippet.py).
3. Children without spans as `= note: ...` rows, children with spans as their own
   `note: ...` block with a snippet, then suggestions (`help: ...` with the edited line
   and `+++` under insertions, or `-`/`+` lines for replacements).
The gutter width is the widest line number the diagnostic shows anywhere.
"""
from __future__ import annotations

import re

from ..source.span import SourceFile
from .diagnostic import Diagnostic, Label, SubDiagnostic
from .snippet import display_col, normalize, render_snippet

ERROR_CODE = re.compile(r"E\d{4}")


def header(level: str, code, message: str) -> str:
    shown = f"[{code}]" if code and ERROR_CODE.fullmatch(code) else ""
    return f"{level}{shown}: {message}"


def gutter_width(diag: Diagnostic, file: SourceFile) -> int:
    lines = [1]
    spans = [l.span for l in diag.labels]
    for child in diag.children:
        spans += [l.span for l in child.labels] + [s.span for s in child.suggestions]
    for span in spans:
        lines.append(file.line_col(span.lo)[0])
        lines.append(file.line_col(span.hi)[0])
    return len(str(max(lines)))


def location(file: SourceFile, labels) -> str:
    primary = next((l for l in labels if l.primary), labels[0])
    line, col = file.line_col(primary.span.lo)
    return f"{file.name}:{line}:{col}"


def indent_message(message: str, indent: int) -> str:
    return message.replace("\n", "\n" + " " * indent)


def render(diag: Diagnostic, file: SourceFile) -> str:
    """The diagnostic as rustc prints it, ending with a blank line (rustc's `rendered`)."""
    width = gutter_width(diag, file)
    pad = " " * width
    out = [indent_message(header(diag.level, diag.code, diag.message), len(diag.level) + 2)]
    labels = with_inline_suggestions(diag)
    if labels:
        out.append(f"{pad}--> {location(file, labels)}")
        out.append(f"{pad} |")
        out += render_snippet(file, labels, width)
    plain = [c for c in diag.children if not c.labels and not c.suggestions]
    spanned = [c for c in diag.children if c.labels and not c.suggestions]
    suggested = [c for c in diag.children if c.suggestions and not c.inline]
    if diag.children and labels and len(suggested) + len(spanned) + len(plain):
        out.append(f"{pad} |")
    for child in plain:
        prefix = f"{pad} = {child.level}: "
        out.append(prefix + indent_message(child.message, len(prefix)))
    for child in spanned:
        out.append(f"{child.level}: {child.message}")
        out.append(f"{pad}--> {location(file, child.labels)}")
        out.append(f"{pad} |")
        out += render_snippet(file, child.labels, width)
    for child in suggested:
        out += render_suggestion(child, file, width)
    return "\n".join(out) + "\n\n"


def with_inline_suggestions(diag: Diagnostic) -> list:
    """The labels, plus inline suggestions as `help: msg: `replacement`` labels at their span."""
    labels = list(diag.labels)
    for child in diag.children:
        if not (child.inline and child.suggestions):
            continue
        edit = child.suggestions[0]
        text = f"help: {child.message}: `{edit.replacement}`"
        same = next((i for i, l in enumerate(labels) if l.span == edit.span and not l.message), None)
        if same is not None:
            labels[same] = Label(edit.span, text, labels[same].primary)
        else:
            labels.append(Label(edit.span, text, False))
    return labels


def render_suggestion(child: SubDiagnostic, file: SourceFile, width: int) -> list[str]:
    """`help: msg` then the edited line(s): insertions underlined with `+`, other edits as a
    `-` (old) / `+` (new) pair of lines."""
    pad = " " * width
    out = [f"{child.level}: {child.message}", f"{pad} |"]
    edits = sorted(child.suggestions, key=lambda s: s.span.lo)
    first_line = file.line_col(edits[0].span.lo)[0]
    last_line = file.line_col(edits[-1].span.hi)[0]
    lo = file.line_starts[first_line - 1]
    hi = file.line_starts[last_line] if last_line < len(file.line_starts) else len(file.data)
    old = file.data[lo:hi].decode("utf-8", errors="replace").rstrip("\r\n")
    pieces, cursor, marks = [], lo, []
    for edit in edits:
        pieces.append(file.data[cursor:edit.span.lo].decode("utf-8", errors="replace"))
        new_start = sum(len(p) for p in pieces)
        pieces.append(edit.replacement)
        marks.append((new_start, len(edit.replacement.rstrip())))
        cursor = edit.span.hi
    pieces.append(file.data[cursor:hi].decode("utf-8", errors="replace"))
    new = "".join(pieces).rstrip("\r\n")
    insert_only = all(e.span.lo == e.span.hi for e in edits)
    if insert_only and "\n" not in new:
        out.append(f"{str(first_line).rjust(width)} | {normalize(new)}")
        row = [" "] * (display_col(new, len(new)) + 1)
        for start, length in marks:
            col = display_col(new, start)
            for i in range(display_col(new, start + length) - col):
                if col + i < len(row):
                    row[col + i] = "+"
        out.append(f"{pad} | " + "".join(row).rstrip())
        return out
    for n, text in enumerate(old.split("\n")):
        out.append(f"{str(first_line + n).rjust(width)} - {normalize(text)}")
    for n, text in enumerate(new.split("\n")):
        out.append(f"{str(first_line + n).rjust(width)} + {normalize(text)}")
    out.append(f"{pad} |")
    return out
