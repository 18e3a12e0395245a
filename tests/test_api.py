"""The Python API: check/run, phase gating, and every phase being required."""
from __future__ import annotations

import pytest

import borrowck
from borrowck import api
from borrowck.diagnostics.diagnostic import Diagnostic
from borrowck.source.span import Span


def test_check_returns_diagnostics_for_non_utf8():
    diags = borrowck.check(b"fn main() { \xff }", path="x.rs")
    assert [(d.code, d.message) for d in diags] == [
        (None, "couldn't read `x.rs`: stream did not contain valid UTF-8")]
    assert diags[0].primary_span == Span(12, 12)


def test_check_of_trivial_program_is_clean():
    assert borrowck.check("fn main() {}\n") == []


def test_missing_phase_is_an_internal_error_not_a_skip():
    # skipping an analysis would accept what rustc rejects
    with pytest.raises(ModuleNotFoundError):
        api.phase_function("no_such_phase", "check_crate")
    with pytest.raises(api.InternalCompilerError):
        api.phase_function("syntax", "no_such_function")
    assert callable(api.phase_function("syntax", "parse"))


class FakeCompilation(api.Compilation):
    """A compilation whose phase results are given, to test how they are combined."""


TWO_FNS = "fn one() { 1; }\nfn two() { 2; }\n"  # bodies at bytes 0..15 and 16..31


def combined(syntax=(), types=(), lints=(), borrowck_=()):
    c = FakeCompilation(api.SourceFile.from_text("m.rs", TWO_FNS))
    c.__dict__.update(syntax_diagnostics=list(syntax), type_diagnostics=list(types),
                      lint_diagnostics=list(lints), borrowck_diagnostics=list(borrowck_),
                      typed=object(), analysable=not types)
    return [d.code for d in c.diagnostics]


def err(code, lo=0):
    return Diagnostic("error", code, "m").primary(Span(lo, lo + 1))


def test_syntax_errors_stop_everything():
    assert combined(syntax=[err("E0001")], types=[err("E0308")]) == ["E0001"]


def test_type_errors_stop_analysis():
    assert combined(types=[err("E0308"), err("E0277")], borrowck_=[err("E0382")]) == ["E0308", "E0277"]


def test_analysis_errors_are_ordered_by_item_and_stop_late_lints():
    got = combined(lints=[err("E0004", 20), err("overflowing_literals", 1)], borrowck_=[err("E0382", 3)])
    assert got == ["E0382", "E0004"]


def test_pattern_errors_stop_borrowck_of_their_body_only():
    got = combined(lints=[err("E0004", 5)], borrowck_=[err("E0382", 9), err("E0499", 20)])
    assert got == ["E0004", "E0499"]


def test_late_lints_then_build_lints():
    assert combined(lints=[err("unconditional_panic", 1), err("overflowing_literals", 9)]) == ["overflowing_literals"]
    assert combined(lints=[err("unconditional_panic", 1)]) == ["unconditional_panic"]


def test_run_to_strings_rejects_with_exit_1():
    code, out, err_text = api.run_to_strings(b"\xff", path="x.rs")
    assert (code, out) == (1, "")
    assert err_text.startswith("error: couldn't read `x.rs`")
