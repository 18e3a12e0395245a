"""Message texts of the syntax phase (rustc's wording), kept in one place for the registry."""
from __future__ import annotations

from ..diagnostics.diagnostic import Diagnostic
from ..source.span import Span

FORMAT_NOT_LITERAL = "format argument must be a string literal"
ARG_NEVER_USED = "argument never used"
NAMED_ARG_NEVER_USED = "named argument never used"
MULTIPLE_UNUSED = "multiple unused formatting arguments"
UNKNOWN_TRAIT = "unknown format trait `{kind}`"
UNCLOSED_DELIMITER = "this file contains an unclosed delimiter"
UNEXPECTED_CLOSING = "unexpected closing delimiter: `{delim}`"
MISMATCHED_CLOSING = "mismatched closing delimiter: `{delim}`"
NESTING_TOO_DEEP = "unsupported: nesting too deep"


def syntax_error(message: str, span: Span, label: str | None = None) -> Diagnostic:
    """A rustc syntax-level error: no error code."""
    return Diagnostic("error", None, message).primary(span, label)


def plural_args(n: int) -> str:
    return f"{n} argument" if n == 1 else f"{n} arguments"


def positional_count_mismatch(wanted: int, given: int) -> str:
    noun = "argument" if wanted == 1 else "arguments"
    if given == 0:
        tail = "no arguments were given"
    elif given == 1:
        tail = "there is 1 argument"
    else:
        tail = f"there are {given} arguments"
    return f"{wanted} positional {noun} in format string, but {tail}"


def invalid_reference(indices: list[int], given: int) -> str:
    if given == 0:
        tail = "no arguments were given"
    elif given == 1:
        tail = "there is 1 argument"
    else:
        tail = f"there are {given} arguments"
    if len(indices) == 1:
        return f"invalid reference to positional argument {indices[0]} ({tail})"
    listed = ", ".join(str(i) for i in indices[:-1]) + f" and {indices[-1]}"
    return f"invalid reference to positional arguments {listed} ({tail})"
