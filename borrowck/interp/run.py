"""The interpreter's entry point: run `main`, map panics and exits to exit codes.

1. Build an `Interpreter` (indexes the crate, builds dispatch tables and the std registry).
2. Call `main` on a thread with a large stack (deep Rust recursion must reach our own
   depth limit, which reports a stack overflow like a Rust binary, not a Python error).
3. A panic that unwinds out of `main` prints std's message and exits 101; `process::exit(n)`
   exits n; a `main` returning `Err(e)` prints `Error: {e:?}` and exits 1.
"""
from __future__ import annotations

import sys
import threading
from dataclasses import dataclass

from .signals import LimitExceeded, ProcessExit, RustPanic, StackOverflow, StdLocation, Unsupported

BACKTRACE_NOTE = "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n"


@dataclass(frozen=True)
class Limits:
    """Bounds that end runaway programs with a clear message."""

    max_steps: int = 200_000_000  # calls + loop iterations
    max_call_depth: int = 100_000
    max_memory: int | None = None  # bytes of resident memory of the whole process; None: no limit
    schedule: str = ""  # thread interleaving: "" (default) or "seed:N" (std_thread.py)


def run_program(typed, file, stdout, stderr, args=(), limits=None) -> int:
    """Execute `main` of `typed`; write program output to stdout/stderr; return the exit code."""
    result = {}

    def target():
        try:
            result["code"] = _run(typed, file, stdout, stderr, args, limits)
        except BaseException as e:  # noqa: BLE001 - re-raised on the caller's thread
            result["error"] = e

    old_limit = sys.getrecursionlimit()
    old_stack = threading.stack_size()
    try:
        sys.setrecursionlimit(max(old_limit, 2_000_000))
        threading.stack_size(1 << 30)
        t = threading.Thread(target=target, name="borrowck-interp")
        t.start()
        t.join()
    finally:
        threading.stack_size(old_stack)
        sys.setrecursionlimit(old_limit)
    if "error" in result:
        raise result["error"]
    return result["code"]


def _run(typed, file, stdout, stderr, args, limits) -> int:
    from .interpreter import Interpreter

    it = Interpreter(typed, file, stdout, stderr, args, limits or Limits())
    main = it.program.fns.get("main")
    if main is None:
        stderr.write("error[E0601]: `main` function not found\n")
        return 1
    try:
        value = it.call_fn(main, [])
        return it.finish_main(value)
    except RustPanic as p:
        it.report_panic(p, "main")
        return 101
    except ProcessExit as x:
        return x.code & 0xFF if x.code >= 0 else (x.code & 0xFF)
    except StackOverflow:
        stderr.write("\nthread 'main' has overflowed its stack\nfatal runtime error: stack overflow, aborting\n")
        return 134
    except LimitExceeded as lim:
        stderr.write(f"error: {lim}\n")
        return 124
    except Unsupported as u:
        where = ""
        if u.span is not None:
            line, col = file.line_col(u.span.lo)
            where = f"\n  --> {file.name}:{line}:{col}"
        stderr.write(f"error[unsupported]: unsupported: {u.what} (while running){where}\n")
        return 101
    except RecursionError:
        stderr.write("\nthread 'main' has overflowed its stack\nfatal runtime error: stack overflow, aborting\n")
        return 134
    finally:
        if it.threads is not None:
            it.threads.shutdown()  # the process ends: other threads stop where they are
        try:
            stdout.flush()
        except Exception:
            pass


class Runner:
    """Methods of the Interpreter concerned with the process: panics, main's result."""

    def report_panic(self, p: RustPanic, thread: str) -> None:
        loc = ""
        if p.span.__class__ is StdLocation:
            loc = f" at {p.span.where}"
        elif p.span is not None:
            line, col = self.file.line_col(p.span.lo)
            loc = f" at {self.file.name}:{line}:{col}"
        note = "" if self.panicked else BACKTRACE_NOTE
        self.panicked = True
        self.out.flush() if hasattr(self.out, "flush") else None
        self.err.write(f"\nthread '{thread}' panicked{loc}:\n{p.message}\n{note}")

    def finish_main(self, value) -> int:
        from .values import EnumV
        if value.__class__ is EnumV and value.adt.name == "Result" and value.variant.name == "Err":
            self.err.write("Error: " + self.debug_string(value.items[0]) + "\n")
            return 1
        return 0

    def scheduler(self):
        if self.threads is None:
            from .std_thread import Scheduler
            self.threads = Scheduler(self)
        return self.threads
