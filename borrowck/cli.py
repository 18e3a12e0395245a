"""The command line (DESIGN.md "The command-line contract").

    borrowck check [--edition E] [--error-format human|short|json] [--timings] [--jobs N] FILE.rs|DIR...
    borrowck run   [--edition E] [--timings] FILE.rs [-- ARGS...]
    borrowck mir   [--edition E] FILE.rs

Exit codes: check 0 accepted / 1 errors / 2 usage or I/O problems; run: the program's
exit code (101 on panic, 134 on stack overflow), 1 when rejected, 124 when --max-steps or
--max-memory stopped it; 101 on an internal compiler error.

Batch checking: `check` takes many files and directories (searched recursively for `*.rs`,
sorted) and checks them in one process, each file's diagnostics in the given order (each
JSON diagnostic's `file_name` says which file). The exit code is the worst file's (2 over 1
over 0); an internal compiler error stops the batch with 101. `--jobs N` checks in N
worker processes forked after the std model is loaded; the output is the same, in the same
order.
"""
from __future__ import annotations

import argparse
import gc
import io
import os
import sys
import threading
from contextlib import nullcontext
from pathlib import Path
from typing import Iterator, TextIO

from . import __version__
from .api import EDITIONS, Compilation, InternalCompilerError, compile_source, paused_gc
from .diagnostics import emitter

ICE_EXIT = 101
# deep ASTs and recursive programs need more than Python's default stack
STACK_BYTES = 512 * 1024 * 1024
RECURSION_LIMIT = 100_000


RUN_EPILOG = ("exit codes: the program's own (0, process::exit(n), 1 for an Err from main), 101 on a "
              "panic, 134 on a stack overflow, 124 when --max-steps or --max-memory stopped the program, "
              "1 when the program is rejected")


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="borrowck", description="Rust's borrow checker and interpreter, in Python.")
    ap.add_argument("--version", action="version", version=f"borrowck {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)
    for name, help_text in (("check", "check Rust files like rustc does"),
                            ("run", "check, then run main"),
                            ("mir", "print the MIR of every function")):
        cmd = sub.add_parser(name, help=help_text, epilog=RUN_EPILOG if name == "run" else None)
        cmd.add_argument("--edition", choices=EDITIONS, default="2021")
        cmd.add_argument("--timings", action="store_true", help="print the time of each phase on stderr")
        if name == "check":
            cmd.add_argument("--error-format", choices=("human", "short", "json"), default="human")
            cmd.add_argument("--jobs", "-j", type=positive_int, default=1, metavar="N",
                             help="check the files in N worker processes (output stays in input order)")
            cmd.add_argument("files", nargs="+", metavar="FILE.rs|DIR")
        else:
            cmd.add_argument("file", metavar="FILE.rs")
        if name == "run":
            cmd.add_argument("--schedule", type=schedule_arg, default="default", metavar="default|seed:N",
                             help="thread interleaving: the default, or another deterministic one per seed")
            cmd.add_argument("--max-steps", type=positive_int, default=None, metavar="N",
                             help="stop the program after N steps (calls + loop iterations; default "
                                  "200000000): message on stderr, exit code 124")
            cmd.add_argument("--max-memory", type=byte_count, default=None, metavar="BYTES",
                             help="stop the program when the process's resident memory exceeds BYTES "
                                  "(suffixes K, M, G allowed; default: no limit): message on stderr, exit code 124")
            cmd.add_argument("args", nargs=argparse.REMAINDER, help="-- ARGS passed to the program")
    return ap


def positive_int(text: str) -> int:
    if not text.isdigit() or int(text) == 0:
        raise argparse.ArgumentTypeError(f"invalid count `{text}` (expected a positive integer)")
    return int(text)


def byte_count(text: str) -> int:
    """`1000000`, `512K`, `64M`, `2G` (binary multiples) -> bytes."""
    scale = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}.get(text[-1:].upper(), 1)
    digits = text[:-1] if scale > 1 else text
    if not digits.isdigit() or int(digits) == 0:
        raise argparse.ArgumentTypeError(f"invalid size `{text}` (expected bytes, e.g. 500000000 or 512M)")
    return int(digits) * scale


def schedule_arg(text: str) -> str:
    """`default` or `seed:N` (N an integer): which deterministic thread interleaving to run."""
    if text == "default":
        return ""
    if text.startswith("seed:") and text[5:].lstrip("-").isdigit():
        return text
    raise argparse.ArgumentTypeError(f"invalid schedule `{text}` (expected `default` or `seed:N`)")


def read_error(path: str, err: OSError, stderr: TextIO) -> int:
    reason = err.strerror or str(err)
    stderr.write(f"error: couldn't read `{path}`: {reason} (os error {err.errno})\n\n")
    stderr.write("error: aborting due to 1 previous error\n\n")
    return 2


def print_ice(ice: InternalCompilerError, path: str, stderr: TextIO) -> int:
    """rustc-style internal compiler error report, never a raw traceback."""
    import traceback  # only for a bug report: not loaded by every start

    frames = traceback.extract_tb(ice.error.__traceback__)
    where = frames[-1] if frames else None  # where the exception was raised
    location = f"{os.path.relpath(where.filename, Path(__file__).parent.parent)}:{where.lineno}" if where else "?"
    stderr.write(f"error: internal compiler error: {location}: {type(ice.error).__name__}: {ice.error}\n\n")
    stderr.write(f"note: borrowck failed in its `{ice.phase}` phase while compiling `{path}`; "
                 "this is a bug in borrowck, not in your program\n\n")
    stderr.write("note: we would appreciate a bug report with the program that triggered it\n\n")
    stderr.write(f"note: borrowck {__version__} running on Python {sys.version.split()[0]}\n\n")
    stderr.write("query stack during panic:\n")
    for frame in frames[-6:]:
        stderr.write(f"#{frames.index(frame)} {frame.name} at {frame.filename}:{frame.lineno}\n")
    stderr.write("end of query stack\n")
    return ICE_EXIT


def rust_files(paths: list[str]) -> list[str]:
    found = []
    for p in paths:
        if os.path.isdir(p):
            found += sorted(str(f) for f in Path(p).rglob("*.rs"))
        else:
            found.append(p)
    return found


def load(path: str, edition: str, stderr: TextIO):
    """A Compilation of path, or an exit code after reporting why it cannot be read."""
    try:
        data = Path(path).read_bytes()
    except OSError as err:
        return read_error(path, err, stderr)
    return compile_source(data, path, edition)


def print_timings(compilation: Compilation, stderr: TextIO) -> None:
    for phase, seconds in compilation.timings.items():
        stderr.write(f"time: {seconds:8.3f}s  {phase}  {compilation.file.name}\n")


def check_file(path: str, edition: str, error_format: str, timings: bool, stderr: TextIO) -> int:
    """Check one file, writing its diagnostics (and timings) to stderr: 0, 1 (errors), 2
    (unreadable) or ICE_EXIT. The garbage collector is paused until the file's compilation
    is freed: resumed earlier, it would traverse all of it once for nothing."""
    with paused_gc():
        compilation = load(path, edition, stderr)
        if isinstance(compilation, int):
            return compilation
        try:
            diagnostics = compilation.diagnostics
        except InternalCompilerError as ice:
            return print_ice(ice, path, stderr)
        emitter.emit(diagnostics, compilation.file, error_format, stderr)
        if timings:
            print_timings(compilation, stderr)
        status = 1 if compilation.errors else 0
        del compilation, diagnostics
        return status


def check_in_worker(job: tuple) -> tuple:
    """`check_file` in a worker process: (exit status, what it wrote to stderr)."""
    err = io.StringIO()
    try:
        status = check_file(*job, err)
    except Exception as e:  # noqa: BLE001 - a driver bug is still reported as an ICE
        status = print_ice(InternalCompilerError("driver", e), job[0], err)
    return status, err.getvalue()


def check_results(files: list, args) -> Iterator[tuple]:
    """(status, stderr text) per file, in input order, from `args.jobs` worker processes."""
    import multiprocessing

    jobs = [(path, args.edition, args.error_format, args.timings) for path in files]
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods:
        # load the phases and the std model once, before forking: workers share them
        compile_source("fn main() {}\n").diagnostics
        context = multiprocessing.get_context("fork")
    else:
        context = multiprocessing.get_context("spawn")
    with context.Pool(min(args.jobs, len(files))) as pool:
        yield from pool.imap(check_in_worker, jobs, chunksize=1)


def cmd_check(args, stdout: TextIO, stderr: TextIO) -> int:
    status = 0
    files = rust_files(args.files)
    if not files:
        stderr.write("error: no input files\n")
        return 2
    if args.jobs > 1 and len(files) > 1:
        for file_status, text in check_results(files, args):
            stderr.write(text)
            if file_status == ICE_EXIT:
                return ICE_EXIT
            status = max(status, file_status)
        return status
    for i, path in enumerate(files):
        last = i == len(files) - 1
        with paused_gc() if last and args.process_exits else nullcontext():
            file_status = check_file(path, args.edition, args.error_format, args.timings, stderr)
            if last and args.process_exits:
                # the compilation is garbage in reference cycles (~0.3 s of collection per
                # 5,000 lines): the process is about to end, so leave it to the OS
                gc.freeze()
        if file_status == ICE_EXIT:
            return ICE_EXIT
        status = max(status, file_status)
    return status


def cmd_run(args, stdout: TextIO, stderr: TextIO) -> int:
    compilation = load(args.file, args.edition, stderr)
    if isinstance(compilation, int):
        return compilation
    program_args = args.args[1:] if args.args[:1] == ["--"] else args.args
    try:
        if compilation.errors:
            emitter.emit(compilation.diagnostics, compilation.file, "human", stderr)
            return 1
        if compilation.diagnostics:  # warnings
            emitter.emit(compilation.diagnostics, compilation.file, "human", stderr)
        stdout.flush()
        limits = None
        chosen = {k: v for k, v in (("schedule", args.schedule), ("max_steps", args.max_steps),
                                    ("max_memory", args.max_memory)) if v}
        if chosen:
            from .interp.run import Limits
            limits = Limits(**chosen)
        code = compilation.run(stdout, stderr, program_args, limits)
    except InternalCompilerError as ice:
        stdout.flush()
        return print_ice(ice, args.file, stderr)
    finally:
        if args.timings:
            print_timings(compilation, stderr)
    stdout.flush()
    return code


def cmd_mir(args, stdout: TextIO, stderr: TextIO) -> int:
    compilation = load(args.file, args.edition, stderr)
    if isinstance(compilation, int):
        return compilation
    try:
        if compilation.errors:
            emitter.emit(compilation.diagnostics, compilation.file, "human", stderr)
            return 1
        text = compilation.mir_text()
    except InternalCompilerError as ice:
        return print_ice(ice, args.file, stderr)
    if text is None:
        stderr.write("error: the MIR printer is not available yet\n")
        return 2
    stdout.write(text if text.endswith("\n") else text + "\n")
    return 0


COMMANDS = {"check": cmd_check, "run": cmd_run, "mir": cmd_mir}


def execute(argv, stdout: TextIO, stderr: TextIO, process_exits: bool = False) -> int:
    """Run one command. process_exits: the process ends right after (`main`), so what the
    command leaves behind need not be garbage-collected."""
    try:
        args = parser().parse_args(argv)
    except SystemExit as e:  # argparse: usage errors exit 2, --help/--version exit 0
        return int(e.code or 0)
    args.process_exits = process_exits
    return COMMANDS[args.command](args, stdout, stderr)


def main(argv=None) -> int:
    """Entry point: runs the command on a thread with a large stack (deep recursion). The
    process is expected to end after it: a check leaves its last compilation uncollected."""
    argv = sys.argv[1:] if argv is None else argv
    result = [ICE_EXIT]

    def target():
        sys.setrecursionlimit(RECURSION_LIMIT)
        try:
            result[0] = execute(argv, sys.stdout, sys.stderr, process_exits=True)
        except Exception as e:  # noqa: BLE001 - a driver bug is still reported as an ICE
            result[0] = print_ice(InternalCompilerError("driver", e), " ".join(argv), sys.stderr)

    threading.stack_size(STACK_BYTES)
    worker = threading.Thread(target=target, name="borrowck")
    worker.start()
    worker.join()
    sys.stdout.flush()
    return result[0]


if __name__ == "__main__":
    sys.exit(main())
