"""The interpreter's entry point: run `main`, map panics/exits to exit codes."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    """Bounds that end runaway programs with a clear message."""

    max_steps: int = 50_000_000
    max_call_depth: int = 2_000


def run_program(typed, file, stdout, stderr, args=(), limits=None) -> int:
    """Execute `main` of `typed`; write program output to stdout/stderr; return the exit code."""
    stderr.write("error[unsupported]: unsupported: running programs (interpreter not built yet)\n")
    return 1
