"""Byte spans and source files: byte offsets to rustc's 1-based lines and char columns."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open byte range [lo, hi) in one source file (raw file offsets, like rustc)."""

    lo: int
    hi: int

    def to(self, other: "Span") -> "Span":
        """The span covering both self and other."""
        return Span(min(self.lo, other.lo), max(self.hi, other.hi))

    def shrink_to_lo(self) -> "Span":
        return Span(self.lo, self.lo)

    def shrink_to_hi(self) -> "Span":
        return Span(self.hi, self.hi)

    def shifted(self, delta: int) -> "Span":
        return Span(self.lo + delta, self.hi + delta)


DUMMY_SPAN = Span(0, 0)


@dataclass(slots=True)
class SourceFile:
    """One file's bytes and text, with a line index built once."""

    name: str
    data: bytes
    text: str = ""
    # byte offset where each line starts
    line_starts: list[int] = field(default_factory=list)

    @classmethod
    def from_bytes(cls, name: str, data: bytes) -> "SourceFile":
        text = data.decode("utf-8")  # callers check UTF-8 validity first
        starts = [0]
        find = data.find
        i = find(b"\n")
        last = len(data) - 1
        while i != -1 and i != last:
            # rustc opens no new line after a file's final newline: a position at end of
            # file belongs to the last line (its column goes one past the line's end)
            starts.append(i + 1)
            i = find(b"\n", i + 1)
        return cls(name, data, text, starts)

    @classmethod
    def from_text(cls, name: str, text: str) -> "SourceFile":
        return cls.from_bytes(name, text.encode("utf-8"))

    def line_index(self, byte: int) -> int:
        """0-based line containing byte."""
        return bisect.bisect_right(self.line_starts, byte) - 1

    def line_col(self, byte: int) -> tuple[int, int]:
        """1-based (line, column); the column counts Unicode scalar values, as rustc's does."""
        li = self.line_index(byte)
        start = self.line_starts[li]
        col = len(self.data[start:byte].decode("utf-8", errors="replace")) + 1
        return li + 1, col

    def line_text(self, line: int) -> str:
        """The text of 1-based line, without its newline."""
        start = self.line_starts[line - 1]
        end = self.line_starts[line] if line < len(self.line_starts) else len(self.data)
        return self.data[start:end].decode("utf-8", errors="replace").rstrip("\r\n")

    def snippet(self, span: Span) -> str:
        return self.data[span.lo:span.hi].decode("utf-8", errors="replace")
