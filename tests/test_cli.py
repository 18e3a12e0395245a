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


# ── batch mode: many files and directories in one process, or in --jobs workers ──

BAD = "fn main() {\n    let s = String::new();\n    let t = s;\n    println!(\"{}\", s);\n}\n"


@pytest.fixture
def batch(tmp_path):
    """A directory tree of accepted and rejected programs, and a file outside it."""
    (tmp_path / "tree" / "sub").mkdir(parents=True)
    (tmp_path / "tree" / "b_ok.rs").write_text("fn main() {}\n")
    (tmp_path / "tree" / "a_bad.rs").write_text(BAD)
    (tmp_path / "tree" / "sub" / "c_bad.rs").write_text(BAD.replace("t = s", "u = s"))
    (tmp_path / "tree" / "notes.txt").write_text("not rust\n")
    (tmp_path / "z_ok.rs").write_text("fn main() { let x = 1; let _ = x; }\n")
    return tmp_path


def json_files(err: str) -> list:
    """The file of each JSON diagnostic that has a span, in output order."""
    objs = [json.loads(line) for line in err.splitlines()]
    return [o["spans"][0]["file_name"] for o in objs if o["spans"]]


def test_batch_checks_files_and_directories_in_order(batch):
    z, tree = batch / "z_ok.rs", batch / "tree"
    code, out, err = execute("check", "--error-format=json", z, tree)
    assert (code, out) == (1, "")
    a, c = str(tree / "a_bad.rs"), str(tree / "sub" / "c_bad.rs")
    assert json_files(err) == [a, c]  # z and b are accepted; directories are searched recursively, sorted
    codes = [json.loads(line)["code"] for line in err.splitlines()]
    assert [c["code"] for c in codes if c] == ["E0382", "E0382"]
    assert execute("check", z, tree / "b_ok.rs") == (0, "", "")


@pytest.mark.parametrize("fmt", ["human", "json"])
def test_jobs_give_the_same_output_in_the_same_order(batch, fmt):
    args = ("check", f"--error-format={fmt}", batch / "tree", batch / "z_ok.rs", batch / "tree" / "a_bad.rs")
    one = execute(*args)
    assert one[0] == 1 and one[2].count("error[E0382]" if fmt == "human" else '"E0382"') == 3
    assert execute(*args[:1], "--jobs", "3", *args[1:]) == one
    assert execute(*args[:1], "-j2", *args[1:]) == one


def test_jobs_exit_code_is_the_worst_file(batch):
    assert execute("check", "--jobs", "2", batch / "z_ok.rs", batch / "tree" / "b_ok.rs")[0] == 0
    code, _, err = execute("check", "--jobs", "2", batch / "z_ok.rs", batch / "missing.rs", batch / "tree" / "a_bad.rs")
    assert code == 2 and "couldn't read" in err and "error[E0382]" in err


def test_jobs_must_be_a_positive_count(batch):
    assert execute("check", "--jobs", "0", batch / "z_ok.rs")[0] == 2
    assert execute("check", "--jobs", "many", batch / "z_ok.rs")[0] == 2


def test_an_ice_in_a_worker_stops_the_batch(batch, monkeypatch):
    def broken(file, edition):
        if file.name.endswith("a_bad.rs"):
            raise KeyError("no such node")
        return real(file, edition)

    real = borrowck.syntax.parse
    monkeypatch.setattr(borrowck.syntax, "parse", broken)  # workers are forked: they see it too
    code, _, err = execute("check", "--jobs", "2", batch / "tree", batch / "z_ok.rs")
    assert code == 101
    assert "internal compiler error" in err and "KeyError: 'no such node'" in err
    assert "c_bad.rs" not in err  # the files after the ICE are not reported


def test_batch_from_the_command_line_with_jobs(batch):
    proc = subprocess.run([sys.executable, "-m", "borrowck", "check", "--jobs", "2", "--error-format=short",
                           str(batch / "tree")], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1
    lines = [line for line in proc.stderr.splitlines() if ": error[" in line]
    tree = batch / "tree"
    assert [line.split(":")[0] for line in lines] == [str(tree / "a_bad.rs"), str(tree / "sub" / "c_bad.rs")]
