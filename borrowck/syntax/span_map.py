"""Offsets of a macro expansion's text back to the file: each token of the expansion came from
the macro's definition or from the invocation's arguments, so a node maps to the file span
from its first token to its last; a node whose ends come from unordered places (`$x * $x`,
pasted parens) gets the invocation's span, as rustc reports code without one origin."""
from __future__ import annotations

from bisect import bisect_right

from ..source.span import Span


class SpanMap:
    def __init__(self, segments: list, fallback: Span, shift: int = 0):
        self.segments = segments  # sorted (exp_lo, exp_hi, file_lo, file_hi) in expansion offsets
        self.starts = [s[0] for s in segments]
        self.fallback = fallback
        self.shift = shift  # added to a lowerer's offset to get an expansion offset

    def shifted(self, by: int) -> "SpanMap":
        """The map for a text re-parsed from this one with offsets moved by `by`."""
        out = SpanMap.__new__(SpanMap)
        out.segments, out.starts, out.fallback, out.shift = self.segments, self.starts, self.fallback, self.shift + by
        return out

    def span(self, lo: int, hi: int) -> Span:
        lo += self.shift
        hi += self.shift
        first = self._segment_from(lo)
        last = self._segment_to(hi)
        if first is None or last is None:
            return self.fallback
        flo = _inside(first, lo, first[2])
        fhi = _inside(last, hi, last[3])
        if first is last or flo <= fhi:
            return Span(flo, max(flo, fhi))
        return self.fallback

    def _segment_from(self, lo: int):
        """The segment holding `lo`, or the next one (pasted spaces and parens map nowhere)."""
        i = bisect_right(self.starts, lo) - 1
        if i >= 0 and lo < self.segments[i][1]:
            return self.segments[i]
        return self.segments[i + 1] if i + 1 < len(self.segments) else None

    def _segment_to(self, hi: int):
        """The segment holding the byte before `hi`, or the one before it."""
        i = bisect_right(self.starts, hi - 1) - 1
        return self.segments[i] if i >= 0 else None


def _inside(seg, at: int, default: int) -> int:
    """A file offset for expansion offset `at` of a segment: exact when the segment's text is
    the file's, else its start or end (a token pasted at a `$var` of another length)."""
    exp_lo, exp_hi, file_lo, file_hi = seg
    if exp_hi - exp_lo != file_hi - file_lo:
        return default
    return file_lo + min(max(at - exp_lo, 0), exp_hi - exp_lo)
