"""Diagnostics as data: what every phase produces and the renderers consume.

A Diagnostic mirrors rustc's JSON model: a level, a code, a message, labelled spans
(one or more primary), and children (notes and helps, optionally with their own spans
and suggested replacements). Phases build them with `registry.error(...)` so codes and
message texts live in one place.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from ..source.span import Span


@dataclass(frozen=True, slots=True)
class ExternalSpan:
    """A place in a file we do not have (rustc's own std sources), as rustc reports it:
    1-based lines and columns; rendered as `--> file:line:col-1` with no snippet."""

    file_name: str
    byte_start: int
    byte_end: int
    line_start: int
    line_end: int
    column_start: int
    column_end: int


@dataclass(slots=True)
class Label:
    span: Span
    message: Optional[str] = None  # text shown under the span (`value moved here`)
    primary: bool = False
    external: Optional[ExternalSpan] = None  # set: the label points there and `span` is unused


@dataclass(slots=True)
class Suggestion:
    """A machine-applicable edit: replace `span` with `replacement`."""

    span: Span
    replacement: str
    applicability: str = "MachineApplicable"  # | "MaybeIncorrect" | "HasPlaceholders" | "Unspecified"


@dataclass(slots=True)
class SubDiagnostic:
    level: str  # "note" | "help" | "warning"
    message: str
    labels: list[Label] = field(default_factory=list)  # spans of the child (rendered as a snippet)
    suggestions: list[Suggestion] = field(default_factory=list)
    # a short one-edit suggestion rustc shows as a label at its span (`help: ...: `_x``)
    # instead of as its own `help:` block with the edited line
    inline: bool = False
    # the std item (`IntoIterator::into_iter`) a note is about where rustc points into its
    # own std sources, which we do not have: rendered as a `note:` block with no location
    std_item: Optional[str] = None


@dataclass(slots=True)
class Diagnostic:
    level: str  # "error" | "warning"
    code: Optional[str]  # "E0382", a lint name ("overflowing_literals"), "unsupported", or None
    message: str
    labels: list[Label] = field(default_factory=list)
    children: list[SubDiagnostic] = field(default_factory=list)

    @property
    def primary_span(self) -> Optional[Span]:
        for label in self.labels:
            if label.primary:
                return label.span
        return None

    # builder helpers: each returns self so phases can chain them
    def primary(self, span: Span, message: Optional[str] = None) -> "Diagnostic":
        self.labels.append(Label(span, message, True))
        return self

    def label(self, span: Span, message: Optional[str]) -> "Diagnostic":
        self.labels.append(Label(span, message, False))
        return self

    def note(self, message: str, span: Optional[Span] = None) -> "Diagnostic":
        labels = [Label(span, None, True)] if span is not None else []
        self.children.append(SubDiagnostic("note", message, labels))
        return self

    def help(self, message: str, span: Optional[Span] = None,
             replacement: Optional[str] = None, applicability: str = "MachineApplicable") -> "Diagnostic":
        child = SubDiagnostic("help", message)
        if span is not None:
            if replacement is not None:
                child.suggestions.append(Suggestion(span, replacement, applicability))
            else:
                child.labels.append(Label(span, None, True))
        self.children.append(child)
        return self

    def sort_key(self) -> tuple:
        span = self.primary_span
        return (span.lo if span else -1, span.hi if span else -1)
