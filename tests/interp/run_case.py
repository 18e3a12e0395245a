"""Running one program through the interpreter for tests: parse -> check_crate -> run_program.

Checker diagnostics are ignored here on purpose: these tests measure the interpreter, and
the programs are all accepted by rustc (their `.expected.json` has a `run`).
"""
from __future__ import annotations

import io
import re

from borrowck import syntax, types
from borrowck.interp import run_program
from borrowck.source.span import SourceFile

_THREAD_ID = re.compile(r"thread '([^']*)' \(\d+\) ")


def run_source(source: str, name: str = "main.rs", use_types: bool = True, edition: str = "2021"):
    """(exit code, stdout, stderr) of running the program's `main`."""
    file = SourceFile.from_text(name, source)
    parsed = syntax.parse(file, edition)
    typed = None
    if use_types:
        try:
            typed = types.check_crate(parsed.crate, file, edition)
        except Exception:  # noqa: BLE001 - a checker crash must not hide the interpreter's result
            typed = None
    if typed is None:
        typed = types.TypedCrate(crate=parsed.crate)
    typed.edition = edition  # the interpreter's temporary scopes follow it (2024 block tails)
    out, err = io.StringIO(), io.StringIO()
    code = run_program(typed, file, out, err)
    return code, out.getvalue(), err.getvalue()


def normalize_stderr(text: str) -> str:
    """rustc 1.95 prints the OS thread id (`thread 'main' (1234) panicked`); we print none."""
    return _THREAD_ID.sub(r"thread '\1' ", text)
