"""rustc's JSON diagnostic format (`--error-format=json`): one object per line, every key
present, so strict consumers (cargo, editors, cargo-fix) can read it."""
from __future__ import annotations

import json

from ..source.span import SourceFile
from . import human
from .diagnostic import Diagnostic, Label, Suggestion


def span_text(file: SourceFile, lo: int, hi: int) -> list[dict]:
    """Each source line the span touches, with the 1-based char columns it covers."""
    first, col_lo = file.line_col(lo)
    last, col_hi = file.line_col(hi)
    rows = []
    for line in range(first, last + 1):
        text = file.line_text(line)
        start = col_lo if line == first else 1
        end = col_hi if line == last else len(text) + 1
        rows.append({"text": text, "highlight_start": start, "highlight_end": end})
    return rows


def span_json(file: SourceFile, lo: int, hi: int, primary: bool, label, replacement=None,
              applicability=None) -> dict:
    line_start, column_start = file.line_col(lo)
    line_end, column_end = file.line_col(hi)
    return {
        "file_name": file.name,
        "byte_start": lo,
        "byte_end": hi,
        "line_start": line_start,
        "line_end": line_end,
        "column_start": column_start,
        "column_end": column_end,
        "is_primary": primary,
        "text": span_text(file, lo, hi),
        "label": label,
        "suggested_replacement": replacement,
        "suggestion_applicability": applicability,
        "expansion": None,
    }


def label_json(file: SourceFile, label: Label) -> dict:
    ext = label.external
    if ext is None:
        return span_json(file, label.span.lo, label.span.hi, label.primary, label.message)
    return {"file_name": ext.file_name, "byte_start": ext.byte_start, "byte_end": ext.byte_end,
            "line_start": ext.line_start, "line_end": ext.line_end, "column_start": ext.column_start,
            "column_end": ext.column_end, "is_primary": label.primary, "text": [], "label": label.message,
            "suggested_replacement": None, "suggestion_applicability": None, "expansion": None}


def suggestion_json(file: SourceFile, s: Suggestion) -> dict:
    return span_json(file, s.span.lo, s.span.hi, True, None, s.replacement, s.applicability)


def code_json(code):
    return {"code": code, "explanation": None} if code else None


def to_json(diag: Diagnostic, file: SourceFile) -> dict:
    children = []
    for child in diag.children:
        spans = [label_json(file, l) for l in child.labels]
        spans += [suggestion_json(file, s) for s in child.suggestions]
        children.append({"message": child.message, "code": None,
                         "level": child.level, "spans": spans, "children": [], "rendered": None})
    return {
        "$message_type": "diagnostic",
        "message": diag.message,
        "code": code_json(diag.code),
        "level": diag.level,
        "spans": [label_json(file, l) for l in diag.labels],
        "children": children,
        "rendered": human.render(diag, file),
    }


def plain(level: str, message: str, rendered: str) -> dict:
    """A span-less message (the `aborting due to` summary, a failure note)."""
    return {"$message_type": "diagnostic", "message": message, "code": None, "level": level,
            "spans": [], "children": [], "rendered": rendered}


def dumps(obj: dict) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
