"""rustc's human-readable diagnostic format (`--error-format=human`), byte for byte.

1. Header `error[E0382]: message` (lint names and `unsupported` are not shown in brackets).
2. ` --> file:line:col` of the first primary span, then the snippet (see snippet.py).
3. Children without spans as `= note: ...` rows, children with spans as their own
   `note: ...` block with a snippet (notes about a std item rustc would locate in its own
   sources: the `note: ...` line alone), then suggestions (`help: ...` with the edited line
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
    spans = [l.span for l in diag.labels if l.external is None]
    for child in diag.children:
        spans += [l.span for l in child.labels if l.external is None] + [s.span for s in child.suggestions]
    for span in spans:
        lines.append(file.line_col(span.lo)[0])
        lines.append(file.line_col(span.hi)[0])
    for child in diag.children:
        if child.suggestions and not child.inline:
            first_line, _, new, _, _ = apply_edits(child, file)
            lines.append(first_line + new.count("\n"))
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
    suggested = [c for c in diag.children if c.suggestions and not c.inline]
    others = [c for c in diag.children if not c.suggestions]
    if labels and (others or suggested):
        out.append(f"{pad} |")
    for child in others:
        if child.std_item is not None and not child.labels:
            # rustc: `note: ...` then ` --> /rustc/<commit>/library/...`; without std's
            # sources the location would name a file nobody has, so the note stands alone
            out.append(f"{child.level}: {indent_message(child.message, len(child.level) + 2)}")
        elif child.labels and all(l.external is not None for l in child.labels):
            out += render_external(child, pad)
        elif child.labels:
            out.append(f"{child.level}: {indent_message(child.message, len(child.level) + 2)}")
            out.append(f"{pad}--> {location(file, child.labels)}")
            out.append(f"{pad} |")
            out += render_snippet(file, child.labels, width)
        else:
            prefix = f"{pad} = {child.level}: "
            out.append(prefix + indent_message(child.message, len(prefix)))
    for child in suggested:
        out += render_suggestion(child, file, width)
    return "\n".join(out) + "\n\n"


def render_external(child: SubDiagnostic, pad: str) -> list[str]:
    """A child pointing into files we do not have: `-->`/`:::` locations, labels as notes."""
    def where(span) -> str:
        return f"{span.file_name}:{span.line_start}:{span.column_start - 1}"

    primary = next((l for l in child.labels if l.primary), child.labels[0])
    out = [f"{child.level}: {child.message}", f"{pad}--> {where(primary.external)}"]
    for label in child.labels:
        if label is primary:
            continue
        out.append(f"{pad}::: {where(label.external)}")
        if label.message:
            out += [f"{pad} |", f"{pad} = note: {label.message}"]
    return out


def with_inline_suggestions(diag: Diagnostic) -> list:
    """The labels, plus inline suggestions as `help: msg: `replacement`` labels at their span."""
    labels = list(diag.labels)
    for child in diag.children:
        if not (child.inline and child.suggestions):
            continue
        edit = child.suggestions[0]
        # rustc shows a pure removal without the (empty) code
        text = f"help: {child.message}: `{edit.replacement}`" if edit.replacement else f"help: {child.message}"
        same = next((i for i, l in enumerate(labels) if l.span == edit.span and not l.message), None)
        if same is not None:
            labels[same] = Label(edit.span, text, labels[same].primary)
        else:
            labels.append(Label(edit.span, text, False))
    return labels


def trimmed(file: SourceFile, edit) -> tuple[int, int, str]:
    """(lo, hi, replacement) with the text the edit keeps unchanged at either end cut off,
    so `self` -> `&mut self` shows as the insertion of `&mut `, as rustc shows it."""
    lo, hi, text = edit.span.lo, edit.span.hi, edit.replacement
    old = file.data[lo:hi].decode("utf-8", errors="replace")
    if old and text.startswith(old):
        return hi, hi, text[len(old):]
    if old and text.endswith(old):
        return lo, lo, text[:len(text) - len(old)]
    return lo, hi, text


def apply_edits(child: SubDiagnostic, file: SourceFile):
    """(first line, old text, new text, marks, multiline) of a suggestion's edited lines;
    marks are (start in new text, length, is an insertion)."""
    raw = sorted(((e.span.lo, e.span.hi, e.replacement) for e in child.suggestions), key=lambda e: e[0])
    first_line = file.line_col(raw[0][0])[0]
    last_line = file.line_col(raw[-1][1])[0]
    multiline = first_line != last_line or any("\n" in text for _, _, text in raw)
    edits = raw if multiline else sorted((trimmed(file, e) for e in child.suggestions), key=lambda e: e[0])
    lo = file.line_starts[first_line - 1]
    hi = file.line_starts[last_line] if last_line < len(file.line_starts) else len(file.data)
    old = file.data[lo:hi].decode("utf-8", errors="replace").rstrip("\r\n")
    pieces, cursor, marks = [], lo, []
    for e_lo, e_hi, text in edits:
        pieces.append(file.data[cursor:e_lo].decode("utf-8", errors="replace"))
        marks.append((sum(len(p) for p in pieces), len(text), e_lo == e_hi))
        pieces.append(text)
        cursor = e_hi
    pieces.append(file.data[cursor:hi].decode("utf-8", errors="replace"))
    return first_line, old, "".join(pieces).rstrip("\r\n"), marks, multiline


def render_suggestion(child: SubDiagnostic, file: SourceFile, width: int) -> list[str]:
    """`help: msg` then the edited source: one-line insertions underlined with `+`, one-line
    replacements as a `-` (old) / `+` (new) pair, edits over several lines with `~` on the
    changed lines and `+` on lines that are wholly new."""
    pad = " " * width
    out = [f"{child.level}: {child.message}", f"{pad} |"]
    first_line, old, new, marks, multiline = apply_edits(child, file)
    if multiline:
        starts = [0] + [i + 1 for i, c in enumerate(new) if c == "\n"]
        lines = new.split("\n")
        last_end = max((start + length for start, length, _ in marks if length), default=0)
        if len(lines) > 1 and last_end and new[last_end - 1:last_end] == "\n":
            # the last edit ends its line (`use x::Y;\n`, `Ok(())\n`): rustc shows no line after
            # it, except after attributes (`#[derive(Debug)]\n`), shown above their item
            shown = new.count("\n", 0, last_end)
            if all(new[start:start + length].lstrip().startswith("#[") for start, length, _ in marks if length):
                shown += 1
            lines = lines[:shown]
        for n, text in enumerate(lines):
            a, b = starts[n], starts[n] + len(text)
            # the pieces of this line the edit wrote: all of it `+`, some `~`, none `|`
            lit = []
            for start, length, _ in marks:
                if length == 0 and a <= start <= b:
                    lit.append((start, start))
                elif length and start <= b and start + length > a:
                    lit.append((max(start, a), min(start + length, b)))
            marker = "|" if not lit else "+" if lit == [(a, b)] and b > a else "~"
            out.append(f"{str(first_line + n).rjust(width)} {marker} {normalize(text)}")
        out.append(f"{pad} |")
        return out
    if all(insert for _, _, insert in marks):
        out.append(f"{str(first_line).rjust(width)} | {normalize(new)}")
        row = [" "] * (display_col(new, len(new)) + 1)
        for start, length, _ in marks:
            inserted = new[start:start + length]
            start += len(inserted) - len(inserted.lstrip())
            length = len(inserted.strip())
            col = display_col(new, start)
            for i in range(display_col(new, start + length) - col):
                if col + i < len(row):
                    row[col + i] = "+"
        out.append(f"{pad} | " + "".join(row).rstrip())
        return out
    out.append(f"{str(first_line).rjust(width)} - {normalize(old)}")
    out.append(f"{str(first_line).rjust(width)} + {normalize(new)}")
    out.append(f"{pad} |")
    return out
