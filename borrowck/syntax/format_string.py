"""The format-string mini language (`{}`, `{0:>8.2}`, `{name:?}`, `{{`), parsed like rustc.

Works on the unescaped string; positions are character indices into it. Turning the
result into `ast.FormatArgs` (argument resolution and its errors) is `format_args.py`.
"""
from __future__ import annotations

from dataclasses import field
from typing import Optional, Union

from .node_class import node_class

FORMAT_TRAITS = ("", "?", "e", "E", "o", "p", "b", "x", "X", "x?", "X?")
MAX_COUNT = 65535  # rustc stores positions, widths and precisions as u16


@node_class(frozen=True)
class Count:
    """A width or precision: a literal, an argument reference (`1$`, `w$`) or `*`."""

    value: Union[int, str]  # literal int; "*"; or the argument reference (int index or name)
    is_arg: bool  # `N$` / `name$` / `*`
    start: int  # character range of the count in the string (precision includes the `.`)
    end: int


@node_class
class Placeholder:
    start: int  # index of `{`
    end: int  # index after `}`
    arg: Union[int, str, None]  # explicit index, a name, or None for "the next argument"
    arg_start: int
    arg_end: int
    fill: Optional[str] = None
    align: Optional[str] = None
    sign: Optional[str] = None
    alternate: bool = False
    zero_pad: bool = False
    width: Optional[Count] = None
    precision: Optional[Count] = None
    kind: str = ""
    kind_start: int = 0
    kind_end: int = 0


@node_class(frozen=True)
class TemplateError:
    """rustc's "invalid format string" error: message, primary range and label, extras."""

    message: str
    start: int
    end: int
    label: str
    secondary: Optional[tuple] = None  # (start, end, label)
    note: Optional[str] = None


@node_class
class Template:
    pieces: list = field(default_factory=list)  # of str | Placeholder
    error: Optional[TemplateError] = None


def _is_id_start(ch: str) -> bool:
    return ch == "_" or ch.isalpha()


def _is_id_continue(ch: str) -> bool:
    return ch == "_" or ch.isalnum()


class _Reader:
    """A cursor over the template string (kept private: one parse per instance)."""

    def __init__(self, s: str):
        self.s = s
        self.i = 0

    def peek(self, k: int = 0) -> str:
        j = self.i + k
        return self.s[j] if j < len(self.s) else ""

    def eat(self, ch: str) -> bool:
        if self.peek() == ch:
            self.i += 1
            return True
        return False

    def integer(self) -> Optional[tuple[int, int, int]]:
        start = self.i
        while self.peek().isdigit() and self.peek().isascii():
            self.i += 1
        if self.i == start:
            return None
        return int(self.s[start:self.i]), start, self.i

    def word(self) -> str:
        start = self.i
        if _is_id_start(self.peek()):
            self.i += 1
            while self.peek() and _is_id_continue(self.peek()):
                self.i += 1
        return self.s[start:self.i]


class _Failure(Exception):
    def __init__(self, error: TemplateError):
        self.error = error


def parse_template(s: str) -> Template:
    out = Template()
    r = _Reader(s)
    text: list[str] = []
    try:
        while r.i < len(s):
            ch = s[r.i]
            if ch == "{":
                if r.peek(1) == "{":
                    text.append("{")
                    r.i += 2
                    continue
                if text:
                    out.pieces.append("".join(text))
                    text = []
                out.pieces.append(_placeholder(r))
            elif ch == "}":
                if r.peek(1) == "}":
                    text.append("}")
                    r.i += 2
                    continue
                raise _Failure(TemplateError("invalid format string: unmatched `}` found", r.i, r.i + 1,
                                             "unmatched `}` in format string",
                                             note="if you intended to print `}`, you can escape it using `}}`"))
            else:
                text.append(ch)
                r.i += 1
    except _Failure as failure:
        out.error = failure.error
    if text:
        out.pieces.append("".join(text))
    return out


def _check_range(value: int, start: int, end: int, s: str) -> int:
    if value > MAX_COUNT:
        raise _Failure(TemplateError(
            f"invalid format string: integer `{s[start:end]}` does not fit into the type `u16` "
            f"whose range is `0..=65535`", start, end, "integer out of range for `u16` in format string"))
    return value


def _expected_close(r: _Reader, open_at: int, after_spec: bool) -> TemplateError:
    ch = r.peek()
    if not ch:
        return TemplateError("invalid format string: expected `}` but string was terminated", r.i, r.i,
                             "expected `}` in format string", (open_at, open_at + 1, "because of this opening brace"),
                             "if you intended to print `{`, you can escape it using `{{`")
    if after_spec:
        return TemplateError(f"invalid format string: expected `}}`, found `{ch}`", r.i, r.i + 1,
                             "expected `'}'` in format string")
    return TemplateError(f"invalid format string: expected `}}`, found `{ch}`", r.i, r.i,
                         "expected `}` in format string", (open_at, open_at + 1, "because of this opening brace"),
                         "if you intended to print `{`, you can escape it using `{{`")


def _placeholder(r: _Reader) -> Placeholder:
    s = r.s
    open_at = r.i
    r.i += 1
    while r.peek() in (" ", "\t", "\n") and r.peek():
        r.i += 1
    if r.i > open_at + 1 and r.peek() not in ("}", ":", ""):
        raise _Failure(_expected_close(r, open_at, False))  # rustc: no space before the argument
    arg_start = r.i
    number = r.integer()
    arg: Union[int, str, None]
    if number is not None:
        arg = _check_range(number[0], number[1], number[2], s)
    elif r.peek() and _is_id_start(r.peek()):
        arg = r.word()
    else:
        arg = None
    ph = Placeholder(open_at, open_at, arg, arg_start, r.i)
    after_spec = False
    if r.eat(":"):
        _spec(r, ph)
        after_spec = True
    while r.peek() in (" ", "\t", "\n") and r.peek():
        r.i += 1
    if not r.eat("}"):
        raise _Failure(_expected_close(r, open_at, after_spec))
    ph.end = r.i
    return ph


def _count(r: _Reader, start: int) -> Optional[Count]:
    """`N`, `N$`, `name$`; None (cursor unchanged) when nothing count-like is here."""
    s = r.s
    save = r.i
    number = r.integer()
    if number is not None:
        if r.eat("$"):
            return Count(_check_range(number[0], number[1], number[2], s), True, start, r.i)
        return Count(_check_range(number[0], number[1], number[2], s), False, start, r.i)
    name = r.word()
    if name and r.eat("$"):
        return Count(name, True, start, r.i)
    r.i = save
    return None


def _spec(r: _Reader, ph: Placeholder) -> None:
    if r.peek(1) in ("<", "^", ">") and r.peek():
        ph.fill = r.peek()
        r.i += 1
    if r.peek() in ("<", "^", ">") and r.peek():
        ph.align = r.peek()
        r.i += 1
    if r.peek() in ("+", "-") and r.peek():
        ph.sign = r.peek()
        r.i += 1
    if r.eat("#"):
        ph.alternate = True
    if r.peek() == "0" and r.peek(1) != "$":
        ph.zero_pad = True
        r.i += 1
    ph.width = _count(r, r.i)
    if r.peek() == ".":
        start = r.i
        r.i += 1
        if r.eat("*"):
            ph.precision = Count("*", True, start, r.i)
        else:
            ph.precision = _count(r, start)
            if ph.precision is None:
                raise _Failure(_expected_close(r, ph.start, True))
    ph.kind_start = r.i
    if r.eat("?"):
        ph.kind = "?"
    else:
        ph.kind = r.word()
        if ph.kind in ("x", "X") and r.eat("?"):
            ph.kind += "?"
    ph.kind_end = r.i
