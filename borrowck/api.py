"""The Python API: one `Compilation` per source file, its phases cached properties.

    >>> import borrowck
    >>> [d.code for d in borrowck.check(open("main.rs").read())]
    ['E0382']
    >>> borrowck.run(source)          # prints the program's output, returns its exit code

Control flow (docs/CONTRACTS.md):
1. `parsed`  = syntax.parse(file, edition); syntax errors stop everything.
2. `typed`   = types.check_crate(crate, file, edition); rustc reports all type errors,
               and any of them stops the later analyses.
3. `lint_diagnostics` = lints.check_crate(typed, file, edition) (exhaustiveness, const eval).
4. `mir` = mir.build_crate(typed); `borrowck_diagnostics` = borrowck.check_crate(mir, typed).
5. Late lints (`overflowing_literals`) count only when 1-4 found no error, and full-build
   lints (`unconditional_panic`, `arithmetic_overflow`) only when nothing else did: rustc
   runs them after analysis and during code generation.
Every phase is required: a missing one is an internal error, never a skipped check. Any exception inside a phase becomes an
`InternalCompilerError` that the front ends render like rustc's ICE (exit 101).
"""
from __future__ import annotations

import gc
import importlib
import io
import sys
import time
from contextlib import contextmanager
from dataclasses import field
from functools import cached_property
from typing import Callable, Optional, TextIO

from .syntax.node_class import node_class
from .diagnostics.diagnostic import Diagnostic, Label
from .diagnostics.ordering import order_analysis
from .source.span import SourceFile, Span

EDITIONS = ("2015", "2018", "2021", "2024")
# lints rustc runs after all analyses succeeded, and lints only a full build runs
LATE_LINTS = frozenset({"overflowing_literals"})
# checks rustc makes while type checking: they stop the later analyses like type errors
TYPECK_LINTS = frozenset({"E0040", "E0184"})
BUILD_LINTS = frozenset({"unconditional_panic", "arithmetic_overflow"})


class InternalCompilerError(Exception):
    """A bug in borrowck (not in the user's program), raised out of a phase."""

    def __init__(self, phase: str, error: BaseException):
        super().__init__(f"{phase}: {type(error).__name__}: {error}")
        self.phase = phase
        self.error = error


def phase_function(module: str, name: str) -> Callable:
    """`borrowck.<module>.<name>`. Every phase must exist: skipping a missing analysis
    would silently accept programs rustc rejects, so its absence is an internal error."""
    mod = importlib.import_module(f"borrowck.{module}")
    fn = getattr(mod, name, None)
    if not callable(fn):
        raise InternalCompilerError(module, LookupError(f"borrowck.{module}.{name} is missing"))
    return fn


def has_errors(diagnostics) -> bool:
    return any(d.level == "error" for d in diagnostics)


def decode_source(name: str, data: bytes) -> tuple[SourceFile, list[Diagnostic]]:
    """The SourceFile and, for invalid UTF-8, rustc's "couldn't read" error pointing at the
    first invalid byte (the file then holds the lossily decoded text, for the snippet)."""
    try:
        return SourceFile.from_bytes(name, data), []
    except UnicodeDecodeError as e:
        starts = [0] + [i + 1 for i, b in enumerate(data) if b == 0x0A]
        lossy = SourceFile(name, data, data.decode("utf-8", errors="replace"), starts)
        diag = Diagnostic("error", None, f"couldn't read `{name}`: stream did not contain valid UTF-8")
        diag.labels.append(Label(Span(e.start, e.start), f"byte `{data[e.start]}` is not valid utf-8", True))
        return lossy, [diag]


def combine(earlier: list, lints: list, borrowck: list, crate=None) -> list:
    """The diagnostics of a crate that type-checked: analysis errors (lints and borrowck, in
    rustc's per-body order, see diagnostics/ordering.py), then late lints only if there
    were none, then full-build lints."""
    typeck = [d for d in lints if d.code in TYPECK_LINTS]
    if has_errors(typeck):
        return earlier + typeck
    analysis = [d for d in lints if d.code not in LATE_LINTS | BUILD_LINTS]
    # one diagnostic or none has a single order (and no pattern error to taint a body with):
    # spare the walk over the crate
    ordered = analysis + borrowck if len(analysis) + len(borrowck) <= 1 else order_analysis(crate, analysis, borrowck)
    found = earlier + ordered
    for stage in (LATE_LINTS, BUILD_LINTS):
        if has_errors(found):
            return found
        found = found + [d for d in lints if d.code in stage]
    return found


@node_class
class Compilation:
    """One source file through the pipeline; every phase result computed at most once."""

    file: SourceFile
    edition: str = "2021"
    # errors found before parsing (the file is not UTF-8); they stop everything
    read_errors: list = field(default_factory=list)
    # seconds spent per phase, in pipeline order (for `--timings`)
    timings: dict = field(default_factory=dict)

    def _phase(self, name: str, module: str, function: str, *args):
        fn = phase_function(module, function)
        start = time.perf_counter()
        # analyses build large acyclic graphs: the cyclic GC only slows them down (about 4x
        # on big bodies); the interpreter keeps it, since running programs may make cycles
        pause_gc = name != "run" and gc.isenabled()
        if pause_gc:
            gc.disable()
        try:
            return fn(*args)
        except InternalCompilerError:
            raise
        except RecursionError as e:
            raise InternalCompilerError(name, e) from e
        except Exception as e:  # noqa: BLE001 - every phase bug becomes an ICE
            raise InternalCompilerError(name, e) from e
        finally:
            if pause_gc:
                gc.enable()
            self.timings[name] = self.timings.get(name, 0.0) + time.perf_counter() - start

    @cached_property
    def parsed(self):
        if self.read_errors:
            return None
        return self._phase("parse", "syntax", "parse", self.file, self.edition)

    @cached_property
    def syntax_diagnostics(self) -> list:
        return list(self.parsed.diagnostics) if self.parsed is not None else []

    @cached_property
    def typed(self):
        if self.parsed is None or has_errors(self.syntax_diagnostics):
            return None
        return self._phase("types", "types", "check_crate", self.parsed.crate, self.file, self.edition)

    @cached_property
    def type_diagnostics(self) -> list:
        return list(self.typed.diagnostics) if self.typed is not None else []

    @cached_property
    def analysable(self) -> bool:
        """Whether the crate got through parsing and type checking without errors."""
        return self.typed is not None and not has_errors(self.type_diagnostics)

    @cached_property
    def lint_diagnostics(self) -> list:
        if not self.analysable:
            return []
        return list(self._phase("lints", "lints", "check_crate", self.typed, self.file, self.edition) or [])

    @cached_property
    def mir(self):
        if not self.analysable:
            return None
        return self._phase("mir", "mir", "build_crate", self.typed, self.edition)

    @cached_property
    def borrowck_diagnostics(self) -> list:
        if self.mir is None:
            return []
        return list(self._phase("borrowck", "borrowck", "check_crate", self.mir, self.typed) or [])

    @cached_property
    def diagnostics(self) -> list:
        """Every diagnostic, in rustc's order: phase by phase, by position within a phase."""
        # the collector stays paused between the phases too: each pause's end would otherwise
        # make it traverse everything the phase built (~20% of a check)
        with paused_gc():
            return self._diagnostics()

    def _diagnostics(self) -> list:
        early = self.read_errors + self.syntax_diagnostics
        if has_errors(early):
            return early
        if has_errors(early + self.type_diagnostics):
            return early + self.type_diagnostics
        return combine(early + self.type_diagnostics, self.lint_diagnostics, self.borrowck_diagnostics,
                       self.parsed.crate)

    @cached_property
    def errors(self) -> list:
        return [d for d in self.diagnostics if d.level == "error"]

    def run(self, stdout: TextIO, stderr: TextIO, args=(), limits=None) -> int:
        """Execute `main` (call only when `errors` is empty); returns the exit code."""
        code = self._phase("run", "interp", "run_program", self.typed, self.file, stdout, stderr,
                           tuple(args), limits)
        if code is None:
            raise InternalCompilerError("run", NotImplementedError("no interpreter"))
        return code

    def mir_text(self) -> Optional[str]:
        """The MIR pretty-printed, if the MIR phase and its printer exist."""
        pretty = phase_function("mir", "pretty")
        if self.mir is None:
            return None
        try:
            return pretty(self.mir)
        except Exception as e:  # noqa: BLE001
            raise InternalCompilerError("mir pretty", e) from e


@contextmanager
def paused_gc():
    """The cyclic garbage collector disabled inside (unless it already was)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def compile_source(source, path: str = "main.rs", edition: str = "2021") -> Compilation:
    """A Compilation of source given as str or bytes (invalid UTF-8 gives `read_errors`)."""
    data = source.encode("utf-8") if isinstance(source, str) else bytes(source)
    file, read_errors = decode_source(path, data)
    return Compilation(file, edition, read_errors=read_errors)


def check(source, path: str = "main.rs", edition: str = "2021") -> list:
    """The diagnostics rustc-style checking would give (errors and warnings)."""
    return compile_source(source, path, edition).diagnostics


def run(source, path: str = "main.rs", edition: str = "2021", args=(),
        stdout: Optional[TextIO] = None, stderr: Optional[TextIO] = None, limits=None) -> int:
    """Check, then run `main`; returns the exit code (1 with diagnostics on stderr when rejected)."""
    from .diagnostics import emitter

    stdout = stdout if stdout is not None else sys.stdout
    stderr = stderr if stderr is not None else sys.stderr
    compilation = compile_source(source, path, edition)
    if compilation.errors:
        emitter.emit(compilation.diagnostics, compilation.file, "human", stderr)
        return 1
    return compilation.run(stdout, stderr, args, limits)


def run_to_strings(source, path: str = "main.rs", edition: str = "2021", args=()) -> tuple[int, str, str]:
    """(exit code, stdout, stderr) of `run`, for tests and notebooks."""
    out, err = io.StringIO(), io.StringIO()
    code = run(source, path, edition, args, out, err)
    return code, out.getvalue(), err.getvalue()
