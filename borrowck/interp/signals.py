"""Non-local exits of a running program, as Python exceptions.

`RustPanic` is "the program panicked" (its fault, exit 101 after unwinding);
`ProcessExit` is `std::process::exit` (no unwinding); `LimitExceeded` ends a runaway program;
`StackOverflow` mirrors a Rust stack overflow (abort, exit 134). Break/Continue/Return are
control flow. Anything else raised while interpreting is a bug in the interpreter.
"""
from __future__ import annotations


class RustPanic(Exception):
    """A panic: message text and the span of the panicking expression (for FILE:LINE:COL)."""

    def __init__(self, message: str, span=None, payload=None):
        super().__init__(message)
        self.message = message
        self.span = span
        self.payload = payload  # the value for catch_unwind / join() Err


class StdLocation:
    """A panic location inside Rust's std sources, used as a `RustPanic` span where std's
    method is not `#[track_caller]` (e.g. `i32::pow` overflow): rustc 1.95's path and line."""

    __slots__ = ("where",)
    RUST_LIBRARY = "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library"

    def __init__(self, path: str):
        self.where = f"{self.RUST_LIBRARY}/{path}"


class ProcessExit(Exception):
    def __init__(self, code: int):
        super().__init__(code)
        self.code = code


class LimitExceeded(Exception):
    """A --max-steps style limit was hit: message for stderr."""


class StackOverflow(Exception):
    pass


class Unsupported(Exception):
    """A construct the interpreter cannot run yet (reported as `unsupported` at span)."""

    def __init__(self, what: str, span=None):
        super().__init__(what)
        self.what = what
        self.span = span


class BreakSignal(Exception):
    def __init__(self, label, value):
        self.label = label
        self.value = value


class ContinueSignal(Exception):
    def __init__(self, label):
        self.label = label


class ReturnSignal(Exception):
    def __init__(self, value):
        self.value = value


# the exits during which scopes still drop their locals (a panic unwinds; exit() does not)
UNWINDING = (RustPanic, BreakSignal, ContinueSignal, ReturnSignal)
