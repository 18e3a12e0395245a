"""Rust's Debug builders (`debug_struct/tuple/list/set/map`) and the pretty-printing PadAdapter.

A child value is given as a callback `fmt_child(f: Formatter) -> None` that writes the
child's Debug into `f` (the interpreter dispatches to the child's Debug impl). The
builder calls it with the parent formatter itself (compact) or with a formatter of the
same options on a `PadAdapter` sink (pretty `{:#?}`), exactly as Rust does; so flags such
as width, `#` and `x?` reach every leaf.

Compact:  `Foo { a: 1, b: "x" }`, `Foo(1, 2)`, `(1,)`, `[1, 2]`, `{1, 2}`, `{"a": 1}`.
Pretty:   `Foo {\\n    a: 1,\\n}`; every entry ends with `,\\n`; nested output indented.
"""
from __future__ import annotations

from typing import Callable, Iterable, Optional

FmtChild = Callable[["Formatter"], None]  # noqa: F821 - the interpreter's child formatter callback


def _split_inclusive_newline(s: str) -> list[str]:
    """`str::split_inclusive('\\n')`: only '\\n' ends a piece (splitlines would split on \\r too)."""
    pieces = s.split("\n")
    out = [p + "\n" for p in pieces[:-1]]
    if pieces[-1]:
        out.append(pieces[-1])
    return out


class PadAdapter:
    """A sink indenting by four spaces what is written at the start of each line.

    `state` is a one-element list `[on_newline]`, shared by a map entry's key and value."""

    __slots__ = ("inner", "state")

    def __init__(self, inner, state: Optional[list] = None) -> None:
        self.inner = inner
        self.state = state if state is not None else [True]

    def write_str(self, s: str) -> None:
        for piece in _split_inclusive_newline(s):
            if self.state[0]:
                self.inner.write_str("    ")
            self.state[0] = piece.endswith("\n")
            self.inner.write_str(piece)


class DebugStruct:
    """`f.debug_struct(name).field(n, v)...finish()`; `finish_non_exhaustive()` adds `..`."""

    def __init__(self, fmt, name: str) -> None:
        self.fmt = fmt
        self.has_fields = False
        fmt.write_str(name)

    def field(self, name: str, fmt_child: FmtChild) -> "DebugStruct":
        f = self.fmt
        if f.alternate():
            if not self.has_fields:
                f.write_str(" {\n")
            writer = f.wrap_sink(PadAdapter(f.sink))
            writer.write_str(name)
            writer.write_str(": ")
            fmt_child(writer)
            writer.write_str(",\n")
        else:
            f.write_str(", " if self.has_fields else " { ")
            f.write_str(name)
            f.write_str(": ")
            fmt_child(f)
        self.has_fields = True
        return self

    def finish_non_exhaustive(self) -> None:
        f = self.fmt
        if self.has_fields:
            if f.alternate():
                PadAdapter(f.sink).write_str("..\n")
                f.write_str("}")
            else:
                f.write_str(", .. }")
        else:
            f.write_str(" { .. }")

    def finish(self) -> None:
        if self.has_fields:
            self.fmt.write_str("}" if self.fmt.alternate() else " }")


class DebugTuple:
    """`f.debug_tuple(name).field(v)...finish()`; name "" gives a tuple (`(1,)`)."""

    def __init__(self, fmt, name: str) -> None:
        self.fmt = fmt
        self.fields = 0
        self.empty_name = name == ""
        fmt.write_str(name)

    def field(self, fmt_child: FmtChild) -> "DebugTuple":
        f = self.fmt
        if f.alternate():
            if self.fields == 0:
                f.write_str("(\n")
            writer = f.wrap_sink(PadAdapter(f.sink))
            fmt_child(writer)
            writer.write_str(",\n")
        else:
            f.write_str("(" if self.fields == 0 else ", ")
            fmt_child(f)
        self.fields += 1
        return self

    def finish(self) -> None:
        if self.fields > 0:
            if self.fields == 1 and self.empty_name and not self.fmt.alternate():
                self.fmt.write_str(",")
            self.fmt.write_str(")")


class _DebugInner:
    """Shared entry logic of lists and sets."""

    def __init__(self, fmt, opener: str) -> None:
        self.fmt = fmt
        self.has_fields = False
        fmt.write_str(opener)

    def entry(self, fmt_child: FmtChild):
        f = self.fmt
        if f.alternate():
            if not self.has_fields:
                f.write_str("\n")
            writer = f.wrap_sink(PadAdapter(f.sink))
            fmt_child(writer)
            writer.write_str(",\n")
        else:
            if self.has_fields:
                f.write_str(", ")
            fmt_child(f)
        self.has_fields = True
        return self

    def entries(self, fmt_children: Iterable[FmtChild]):
        for c in fmt_children:
            self.entry(c)
        return self


class DebugList(_DebugInner):
    """`[a, b]`; `f.debug_list().entries(children).finish()`."""

    def __init__(self, fmt) -> None:
        super().__init__(fmt, "[")

    def finish(self) -> None:
        self.fmt.write_str("]")


class DebugSet(_DebugInner):
    """`{a, b}`; `f.debug_set().entries(children).finish()`."""

    def __init__(self, fmt) -> None:
        super().__init__(fmt, "{")

    def finish(self) -> None:
        self.fmt.write_str("}")


class DebugMap:
    """`{k: v, ...}`; `entry(k, v)`, or `key(k)` then `value(v)`; `entries(pairs)`."""

    def __init__(self, fmt) -> None:
        self.fmt = fmt
        self.has_fields = False
        self.has_key = False
        self.state = [True]
        fmt.write_str("{")

    def key(self, fmt_key: FmtChild) -> "DebugMap":
        if self.has_key:
            raise AssertionError("attempted to begin a new map entry without completing the previous one")
        f = self.fmt
        if f.alternate():
            if not self.has_fields:
                f.write_str("\n")
            self.state = [True]
            writer = f.wrap_sink(PadAdapter(f.sink, self.state))
            fmt_key(writer)
            writer.write_str(": ")
        else:
            if self.has_fields:
                f.write_str(", ")
            fmt_key(f)
            f.write_str(": ")
        self.has_key = True
        return self

    def value(self, fmt_value: FmtChild) -> "DebugMap":
        if not self.has_key:
            raise AssertionError("attempted to format a map value before its key")
        f = self.fmt
        if f.alternate():
            writer = f.wrap_sink(PadAdapter(f.sink, self.state))
            fmt_value(writer)
            writer.write_str(",\n")
        else:
            fmt_value(f)
        self.has_key = False
        self.has_fields = True
        return self

    def entry(self, fmt_key: FmtChild, fmt_value: FmtChild) -> "DebugMap":
        return self.key(fmt_key).value(fmt_value)

    def entries(self, pairs: Iterable[tuple]) -> "DebugMap":
        for k, v in pairs:
            self.entry(k, v)
        return self

    def finish(self) -> None:
        if self.has_key:
            raise AssertionError("attempted to finish a map with a partial entry")
        self.fmt.write_str("}")
