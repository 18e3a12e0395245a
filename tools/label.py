#!/usr/bin/env python3
"""Label Rust cases with what rustc does: writes CASE.expected.json (and optionally CASE.stderr).

The format is the conformance corpus's (/work/shared/conformance/README.md):
verdict, one entry per error-level diagnostic (code, primary line/col, message) and, for
accepted programs, the run's stdout / exit code / first 600 chars of stderr.

Steps per case:
1. `rustc --error-format=json --emit=metadata --crate-type bin` (check only).
2. If that reports no error, a full debug build, which alone runs the deny lints
   `unconditional_panic` / `arithmetic_overflow`; its errors count as well.
3. If the build succeeded, run the binary with an environment holding only PATH, no stdin.
A primary span inside a std macro is recorded at the macro's call site in the case file.

rustc runs in the case's directory on the bare file name, so paths in messages and in the
optional human-rendered `.stderr` (`--stderr`, warnings allowed away) are the basename.

Usage: tools/label.py [--edition 2021] [--stderr] [--rustc rustc] PATH...   (files or dirs)
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

RUN_TIMEOUT = 20


def rustc_version(rustc: str) -> str:
    return subprocess.run([rustc, "--version"], capture_output=True, text=True, check=True).stdout.strip()


def call_site(span: dict, file_name: str) -> dict:
    """Follow the expansion chain out of macro bodies that live outside the case file."""
    while span.get("file_name") != file_name and span.get("expansion"):
        span = span["expansion"]["span"]
    return span


def errors_of(json_lines: str, file_name: str) -> list[dict]:
    errors = []
    for line in json_lines.splitlines():
        if not line.startswith("{"):
            continue
        diag = json.loads(line)
        if diag.get("level") != "error" or diag["message"].startswith("aborting due to"):
            continue
        primary = next((s for s in diag["spans"] if s["is_primary"]), None)
        entry = {"code": (diag.get("code") or {}).get("code"), "line": None, "col": None,
                 "message": diag["message"]}
        if primary is not None:
            primary = call_site(primary, file_name)
            entry["line"], entry["col"] = primary["line_start"], primary["column_start"]
        errors.append(entry)
    return errors


def rustc_json(rustc: str, edition: str, cwd: Path, name: str, out: str, check_only: bool):
    cmd = [rustc, "--edition", edition, "--error-format=json", "-o", out, name]
    if check_only:
        cmd[1:1] = ["--emit=metadata", "--crate-type", "bin"]
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)


def human_stderr(rustc: str, edition: str, cwd: Path, name: str, out: str, check_only: bool) -> str:
    cmd = [rustc, "--edition", edition, "-A", "warnings", "--color", "never", "-o", out, name]
    if check_only:
        cmd[1:1] = ["--emit=metadata", "--crate-type", "bin"]
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True).stderr


def label(case: Path, edition: str, rustc: str, version: str, want_stderr: bool) -> dict:
    cwd, name = case.parent, case.name
    result = {"rustc": version, "edition": edition, "verdict": "accept", "errors": []}
    with tempfile.TemporaryDirectory() as tmp:
        meta, exe = os.path.join(tmp, "x.rmeta"), os.path.join(tmp, "a.out")
        check = rustc_json(rustc, edition, cwd, name, meta, check_only=True)
        errors = errors_of(check.stderr, name)
        check_only = True
        build = None
        if not errors:
            build = rustc_json(rustc, edition, cwd, name, exe, check_only=False)
            errors = errors_of(build.stderr, name)
            check_only = False
        if errors or (build is not None and build.returncode != 0):
            result["verdict"] = "reject"
            result["errors"] = errors
        else:
            env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin")}
            try:
                proc = subprocess.run([exe], cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                                      capture_output=True, timeout=RUN_TIMEOUT)
                stdout = proc.stdout.decode("utf-8", errors="replace")
                stderr = proc.stderr.decode("utf-8", errors="replace")
                result["run"] = {"stdout": stdout, "exit_code": proc.returncode,
                                 "stderr_head": stderr[:600]}
            except subprocess.TimeoutExpired:
                result["run"] = {"stdout": "", "exit_code": None, "stderr_head": "timeout"}
        if want_stderr:
            text = human_stderr(rustc, edition, cwd, name, meta if check_only else exe, check_only)
            stderr_file = case.with_suffix(".stderr")
            if text:
                stderr_file.write_text(text)
            elif stderr_file.exists():
                stderr_file.unlink()
    return result


def cases(paths: list[str]) -> list[Path]:
    found = []
    for p in map(Path, paths):
        found.extend(sorted(p.rglob("*.rs")) if p.is_dir() else [p])
    return found


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--edition", default="2021")
    ap.add_argument("--rustc", default="rustc")
    ap.add_argument("--stderr", action="store_true", help="also write CASE.stderr (human diagnostics)")
    args = ap.parse_args(argv)
    version = rustc_version(args.rustc)
    for case in cases(args.paths):
        result = label(case.resolve(), args.edition, args.rustc, version, args.stderr)
        case.with_suffix("").with_suffix(".expected.json").write_text(json.dumps(result, indent=1))
        codes = ",".join(f"{e['code']}@{e['line']}" for e in result["errors"])
        run = result.get("run")
        print(f"{case}: {result['verdict']} {codes}" + (f" exit={run['exit_code']}" if run else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
