"""The command-line contract (DESIGN.md): exit codes, formats, read errors, ICEs."""
from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

import borrowck.syntax
from borrowck import cli


def execute(*argv):
    out, err = io.StringIO(), io.StringIO()
    code = cli.execute(list(map(str, argv)), out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def accepted(tmp_path):
    path = tmp_path / "ok.rs"
    path.write_text("fn main() {}\n")
    return path


def test_check_accepts_empty_main(accepted):
    assert execute("check", accepted) == (0, "", "")


def test_missing_file_is_an_io_error(tmp_path):
    code, _, err = execute("check", tmp_path / "nope.rs")
    assert code == 2
    assert err.startswith(f"error: couldn't read `{tmp_path / 'nope.rs'}`: No such file or directory (os error 2)\n")


def test_non_utf8_file_is_reported_like_rustc(tmp_path):
    path = tmp_path / "bad.rs"
    path.write_bytes(b'fn main() { let s = "\xff"; }\n')
    code, _, err = execute("check", path)
    assert code == 1
    assert err == (f"error: couldn't read `{path}`: stream did not contain valid UTF-8\n"
                   f" --> {path}:1:22\n"
                   "  |\n"
                   '1 | fn main() { let s = "\ufffd"; }\n'
                   "  |                      ^ byte `255` is not valid utf-8\n\n"
                   "error: aborting due to 1 previous error\n\n")


def test_json_lines_have_every_key(tmp_path):
    path = tmp_path / "bad.rs"
    path.write_bytes(b"fn main() { \xc3 }\n")
    code, _, err = execute("check", "--error-format=json", path)
    assert code == 1
    objs = [json.loads(line) for line in err.splitlines()]
    assert [o["message"] for o in objs][-1] == "aborting due to 1 previous error"
    assert set(objs[0]) == {"$message_type", "message", "code", "level", "spans", "children", "rendered"}
    assert set(objs[0]["spans"][0]) == {"file_name", "byte_start", "byte_end", "line_start", "line_end",
                                        "column_start", "column_end", "is_primary", "text", "label",
                                        "suggested_replacement", "suggestion_applicability", "expansion"}


def test_usage_errors_exit_2(accepted):
    assert execute("check")[0] == 2
    assert execute("check", "--edition", "2020", accepted)[0] == 2
    assert execute("frobnicate", accepted)[0] == 2


def test_batch_check_of_a_directory(tmp_path):
    (tmp_path / "a.rs").write_text("fn main() {}\n")
    (tmp_path / "b.rs").write_bytes(b"\xff")
    code, _, err = execute("check", "--error-format=short", tmp_path)
    assert code == 1
    assert err == f"{tmp_path / 'b.rs'}:1:1: error: couldn't read `{tmp_path / 'b.rs'}`: stream did not contain valid UTF-8: byte `255` is not valid utf-8\nerror: aborting due to 1 previous error\n"


def test_timings_go_to_stderr(accepted):
    code, out, err = execute("check", "--timings", accepted)
    assert code == 0 and out == ""
    assert err.startswith("time:") and " parse " in err


def test_phase_exception_becomes_ice(accepted, monkeypatch):
    def broken(file, edition):
        raise KeyError("no such node")

    monkeypatch.setattr(borrowck.syntax, "parse", broken)
    code, _, err = execute("check", accepted)
    assert code == 101
    assert err.startswith("error: internal compiler error: tests/test_cli.py:")
    assert "KeyError: 'no such node'" in err and "phase" in err
    assert "Traceback" not in err


def test_entry_point_runs_as_a_module(accepted):
    proc = subprocess.run([sys.executable, "-m", "borrowck", "check", str(accepted)],
                          capture_output=True, text=True, timeout=60)
    assert (proc.returncode, proc.stderr) == (0, "")


def test_run_passes_program_arguments_and_exit_code(accepted, monkeypatch):
    seen = {}

    def fake_run(self, stdout, stderr, args=(), limits=None):
        seen["args"] = list(args)
        stdout.write("hello\n")
        return 101

    monkeypatch.setattr(cli.Compilation, "run", fake_run)
    monkeypatch.setattr(cli.Compilation, "diagnostics", property(lambda self: []))
    monkeypatch.setattr(cli.Compilation, "errors", property(lambda self: []))
    code, out, _ = execute("run", accepted, "--", "a", "-b")
    assert (code, out, seen["args"]) == (101, "hello\n", ["a", "-b"])
