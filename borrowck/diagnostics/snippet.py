"""The annotated source snippet of rustc's human output: source lines with `^^^`/`---`
underlines, labels, connector bars and multi-line span margins.

Layout rules (rustc's human emitter, re-derived from its output):
1. Each label becomes one annotation per line it touches: a single-line underline, or for a
   multi-line span a start (`_^` or `/`), end (`|__^ label`) and the `|` bars between.
2. Annotations of one line are ordered right to left; a label moves down one row when its
   text (plus padding) would run into the underline of the annotation on its left.
3. Lines without annotations are shown when they sit between two annotated lines exactly
   one apart; larger gaps become `...`.
Columns are display columns (tabs are 4 wide, wide chars 2) measured on the source line.
"""
from __future__ import annotations

import unicodedata
from typing import Optional

from ..syntax.node_class import node_class
from ..source.span import SourceFile

TAB = "    "


def char_width(ch: str) -> int:
    if ch == "\t":
        return 4
    if unicodedata.combining(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def display_col(text: str, chars: int) -> int:
    """Display column of char index `chars` in text."""
    return sum(char_width(c) for c in text[:chars])


def normalize(text: str) -> str:
    return text.replace("\t", TAB)


@node_class(frozen=True, slots=True)
class Mark:
    """One annotation on one source line (columns are 0-based display columns)."""

    start: int
    end: int
    primary: bool
    label: Optional[str]
    kind: str = "single"  # "single" | "start" | "end" | "line" (multi-line span pieces)
    depth: int = 0  # margin column of a multi-line span (1 = leftmost)

    @property
    def has_label(self) -> bool:
        return bool(self.label)

    @property
    def takes_space(self) -> bool:
        """Multi-line starts and ends draw horizontal `_` runs that labels must not cross."""
        return self.kind in ("start", "end")


class Grid:
    """A growable character canvas; rows are joined with trailing spaces removed."""

    def __init__(self):
        self.rows: list[list[str]] = []

    def put(self, row: int, col: int, text: str) -> None:
        while len(self.rows) <= row:
            self.rows.append([])
        line = self.rows[row]
        for i, ch in enumerate(text):
            c = col + i
            if c < 0:
                continue
            while len(line) <= c:
                line.append(" ")
            line[c] = ch

    def lines(self) -> list[str]:
        return ["".join(r).rstrip() for r in self.rows]


def overlaps(a: Mark, b: Mark, padding: int) -> bool:
    return (b.start <= a.start < b.end + padding) or (a.start <= b.start < a.end + padding)


def annotation_rows(marks: list[Mark]) -> list[tuple[int, Mark]]:
    """Which label row (0 = the underline row) each annotation of one line takes."""
    ordered = sorted(marks, key=lambda m: -m.start)
    placed: list[tuple[int, Mark]] = []
    row = 0
    for i, mark in enumerate(ordered):
        later = ordered[i + 1:]
        for nxt in later:
            if overlaps(nxt, mark, 0) and mark.has_label and row == 0:
                if nxt.start == mark.start and nxt.end == mark.end and not nxt.has_label:
                    continue
                row += 1
                break
        placed.append((row, mark))
        for nxt in later:
            pad = len(nxt.label) + 2 if nxt.label else 0
            if ((overlaps(nxt, mark, pad) and mark.has_label and nxt.has_label)
                    or (mark.takes_space and nxt.has_label)
                    or (mark.has_label and nxt.takes_space)
                    or (mark.takes_space and nxt.takes_space)
                    or (overlaps(nxt, mark, pad) and nxt.end <= mark.end and nxt.has_label and row == 0)):
                row += 1
                break
    return placed


@node_class
class SnippetLine:
    line: int  # 1-based line number
    marks: list


def collect_lines(file: SourceFile, labels) -> tuple[list[SnippetLine], int]:
    """Group label pieces by line; returns the lines (sorted) and the deepest margin used."""
    by_line: dict[int, list[Mark]] = {}
    multiline = []
    for label in labels:
        lo_line, lo_col = file.line_col(label.span.lo)
        hi_line, hi_col = file.line_col(label.span.hi)
        lo_text = file.line_text(lo_line)
        if lo_line == hi_line or (hi_line == lo_line + 1 and hi_col == 1 and label.span.hi > label.span.lo
                                  and file.data[label.span.hi - 1:label.span.hi] == b"\n"):
            start = display_col(lo_text, lo_col - 1)
            end = display_col(lo_text, hi_col - 1) if lo_line == hi_line else display_col(lo_text, len(lo_text)) + 1
            if end <= start:
                end = start + 1
            by_line.setdefault(lo_line, []).append(Mark(start, end, label.primary, label.message))
        else:
            multiline.append((label, lo_line, lo_col, hi_line, hi_col))
    # multi-line spans: the outermost (longest) gets the leftmost margin column
    multiline.sort(key=lambda m: (m[1], -(m[3])))
    depth_of = {}
    active: list[tuple[int, int]] = []  # (end line, depth)
    max_depth = 0
    same_span: dict = {}  # (lo, hi) -> depth: identical spans share one margin column
    for index, (label, lo_line, lo_col, hi_line, hi_col) in enumerate(multiline):
        key = (label.span.lo, label.span.hi)
        if key in same_span:
            # a second label on the same span is drawn as a plain label at the span's end
            hi_text = file.line_text(hi_line)
            end = max(display_col(hi_text, hi_col - 1), 1)
            by_line.setdefault(hi_line, []).append(Mark(end - 1, end, label.primary, label.message))
            continue
        active = [(end, d) for end, d in active if end >= lo_line]
        used = {d for _, d in active}
        depth = 1
        while depth in used:
            depth += 1
        active.append((hi_line, depth))
        same_span[key] = depth
        depth_of[index] = depth
        max_depth = max(max_depth, depth)
        lo_text, hi_text = file.line_text(lo_line), file.line_text(hi_line)
        start = display_col(lo_text, lo_col - 1)
        end = max(display_col(hi_text, hi_col - 1), 1)
        by_line.setdefault(lo_line, []).append(Mark(start, start + 1, label.primary, None, "start", depth))
        for line in middle_lines(file, lo_line, hi_line):
            by_line.setdefault(line, []).append(Mark(0, 0, label.primary, None, "line", depth))
        by_line.setdefault(hi_line, []).append(Mark(end - 1, end, label.primary, label.message, "end", depth))
    lines = [SnippetLine(n, marks) for n, marks in sorted(by_line.items())]
    return lines, max_depth


def middle_lines(file: SourceFile, lo_line: int, hi_line: int) -> list[int]:
    """The inner lines of a multi-line span that are shown with its `|` bar: up to four after
    the start (stopping before blank/comment/brace-only tails), and the line before the end."""
    def meaningful(n: int) -> bool:
        s = file.line_text(n).strip()
        return not (not s or s.startswith("//") or all(c in "{}()[];," for c in s))

    middle = min(lo_line + 4, hi_line)
    until = lo_line
    for n in range(middle - 1, lo_line - 1, -1):
        if meaningful(n):
            until = n + 1
            break
    shown = list(range(lo_line + 1, until))
    before_end = hi_line - 1
    if middle < before_end and meaningful(before_end):
        shown.append(before_end)
    return shown


def render_snippet(file: SourceFile, labels, width: int) -> list[str]:
    """The snippet rows (without the `-->` line and without the leading ` |` row)."""
    lines, max_depth = collect_lines(file, labels)
    gutter = width + 3  # "NN | "
    code = gutter + (max_depth + 1 if max_depth else 0)
    grid = Grid()
    open_bars: dict[int, bool] = {}  # depth -> multi-line span still open (primary?)
    for i, sline in enumerate(lines):
        base = len(grid.rows)
        draw_source_line(grid, base, file, sline.line, width, code)
        before = dict(open_bars)
        draw_marks(grid, base, sline.marks, width, gutter, code, open_bars)
        for depth in before.keys() & open_bars.keys():  # spans running through this line
            for row in range(base, len(grid.rows)):
                grid.put(row, gutter + depth - 1, "|")
        if i + 1 < len(lines):
            gap = lines[i + 1].line - sline.line
            if gap > 2:
                row = len(grid.rows)
                grid.put(row, 0, "...")
                for depth in open_bars:
                    grid.put(row, gutter + depth - 1, "|")
            elif gap == 2:
                row = len(grid.rows)
                draw_source_line(grid, row, file, sline.line + 1, width, code)
                for depth in open_bars:
                    grid.put(row, gutter + depth - 1, "|")
    return grid.lines()


def draw_source_line(grid: Grid, row: int, file: SourceFile, line: int, width: int, code: int) -> None:
    grid.put(row, 0, str(line).rjust(width) + " |")
    grid.put(row, code, normalize(file.line_text(line)))


def draw_marks(grid: Grid, base: int, marks: list, width: int, gutter: int, code: int,
               open_bars: dict) -> None:
    sep_col = width + 1
    shown = [m for m in marks if m.kind != "line"]
    for m in marks:
        if m.kind == "line":
            grid.put(base, gutter + m.depth - 1, "|")
    if not shown:
        return
    text = grid.rows[base][code:] if len(grid.rows[base]) > code else []
    first_nonblank = next((i for i, c in enumerate(text) if c != " "), len(text))
    # a span starting at the line's first non-blank char, alone on its line, draws `/`
    # in the margin instead of a `_...^` run
    slash = {id(m) for m in shown if m.kind == "start" and m.start <= first_nonblank and len(shown) == 1}
    for m in shown:
        if id(m) in slash:
            grid.put(base, gutter + m.depth - 1, "/")
            open_bars[m.depth] = m.primary
    placed = annotation_rows([m for m in shown if id(m) not in slash])
    if not placed:
        return
    depth_rows = max((r for r, _ in placed), default=0)
    extra = depth_rows + 1 if depth_rows else 0
    for r in range(extra + 1):
        grid.put(base + 1 + r, sep_col, "|")
    for row, m in placed:
        pos = row + 1
        col = code + m.start
        if pos > 1 and (m.has_label or m.takes_space):
            for r in range(base + 1, base + pos + 1):
                grid.put(r, col, "|")
        if m.kind == "start":
            margin = gutter + m.depth - 1
            grid.put(base + pos, margin + 1, "_" * (col - margin - 1))
            for r in range(base + pos + 1, base + extra + 2):
                grid.put(r, margin, "|")
            open_bars[m.depth] = m.primary
        elif m.kind == "end":
            margin = gutter + m.depth - 1
            label_row = base + 1 if row == 0 else base + row + 2
            for r in range(base, label_row + 1):
                grid.put(r, margin, "|")
            grid.put(label_row, margin + 1, "_" * (col - margin - 1))
            open_bars.pop(m.depth, None)
    for row, m in placed:
        if not m.label:
            continue
        if row == 0:
            grid.put(base + 1, code + m.end + 1, m.label)
        else:
            grid.put(base + row + 2, code + m.start, m.label)
    for _, m in sorted(placed, key=lambda p: (-(p[1].end - p[1].start), p[1].primary)):
        ch = "^" if m.primary else ("|" if m.kind in ("start", "end") and not m.primary else "-")
        if m.kind in ("start", "end"):
            ch = "^" if m.primary else "-"
        grid.put(base + 1, code + m.start, ch * max(m.end - m.start, 1))
