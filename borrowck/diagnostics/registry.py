"""The one registry of diagnostic codes and message texts.

Phase owners add entries to `messages_<phase>.py`; this module merges them once (a key
defined twice is a bug, reported at import) and builds Diagnostics from them:

    registry.error("E0382.borrow", span, "value borrowed here after move", name="s")
    registry.text("E0382.label.moved", name="s")      # a label / note text
    registry.unsupported(span, "trait objects with generic methods")
"""
from __future__ import annotations

import re
from types import MappingProxyType
from typing import Optional

from ..source.span import Span
from . import messages_borrowck, messages_lints, messages_syntax, messages_types
from .diagnostic import Diagnostic, SubDiagnostic, Suggestion
from .message import Message

_PHASE_MODULES = (messages_syntax, messages_types, messages_lints, messages_borrowck)
_CODE = re.compile(r"E\d{4}")


def code_of_key(key: str) -> Optional[str]:
    """The code a plain-string entry gets from its key: "E0382.borrow" -> "E0382";
    a lint name ("overflowing_literals") is its own code; other keys have none."""
    head = key.split(".", 1)[0]
    if _CODE.fullmatch(head):
        return head
    return None


def _merge(modules) -> MappingProxyType:
    merged: dict[str, Message] = {}
    for module in modules:
        for key, entry in module.MESSAGES.items():
            if key in merged:
                raise AssertionError(f"diagnostic key {key!r} defined twice ({module.__name__})")
            merged[key] = entry if isinstance(entry, Message) else Message(code_of_key(key), entry)
    return MappingProxyType(merged)


MESSAGES = _merge(_PHASE_MODULES)


def message(key: str) -> Message:
    """The entry for key; a bare code that nobody registered still works (message = key)."""
    entry = MESSAGES.get(key)
    if entry is None:
        raise KeyError(f"no diagnostic message registered under {key!r}")
    return entry


def text(key: str, **fields) -> str:
    return message(key).format(**fields)


def diagnostic(key: str, span: Optional[Span], label: Optional[str] = None, **fields) -> Diagnostic:
    """A Diagnostic for key with its primary span (and primary label text)."""
    entry = message(key)
    diag = Diagnostic(entry.level, entry.code, entry.format(**fields))
    if span is not None:
        diag.primary(span, label)
    return diag


def error(key: str, span: Optional[Span], label: Optional[str] = None, **fields) -> Diagnostic:
    diag = diagnostic(key, span, label, **fields)
    diag.level = "error"
    return diag


def warning(key: str, span: Optional[Span], label: Optional[str] = None, **fields) -> Diagnostic:
    diag = diagnostic(key, span, label, **fields)
    diag.level = "warning"
    return diag


def lint(name: str, level: str, span: Span, message_text: str, label: Optional[str] = None) -> Diagnostic:
    """A lint diagnostic: the code is the lint name; rustc adds a note naming the lint's level."""
    diag = Diagnostic(level, name, message_text)
    diag.primary(span, label)
    return diag


def suggestion(message_text: str, edits, applicability: str = "MachineApplicable",
               inline: bool = False) -> SubDiagnostic:
    """A `help:` child proposing one edit made of several parts: [(span, replacement), ...]."""
    child = SubDiagnostic("help", message_text, inline=inline)
    child.suggestions = [Suggestion(span, text, applicability) for span, text in edits]
    return child


def unsupported(span: Optional[Span], what: str) -> Diagnostic:
    """The error for a construct this implementation does not handle yet."""
    diag = Diagnostic("error", "unsupported", f"unsupported: {what}")
    if span is not None:
        diag.primary(span)
    return diag
