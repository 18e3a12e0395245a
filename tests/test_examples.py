"""examples/*.rs against the rustc labels beside them (tools/label.py --stderr):
the verdict, the (code, line) set, the run's stdout and exit code; and for the rejected
ones our human diagnostics equal rustc's (examples/CASE.stderr). Known gaps: examples/XFAIL."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from borrowck.api import InternalCompilerError, compile_source
from borrowck.diagnostics import emitter
from outcome import expected_of, judge

EXAMPLES = Path(__file__).parent.parent / "examples"


def xfails() -> dict:
    path = EXAMPLES / "XFAIL"
    listed = {}
    if path.exists():
        for line in path.read_text().splitlines():
            line = line.split("#", 1)[0].strip()
            if line:
                case, _, why = line.partition(":")
                listed[case.strip()] = why.strip() or "known failure"
    return listed


def params(kind: str) -> list:
    known = xfails()
    out = []
    for rs in sorted(EXAMPLES.glob("*.rs")):
        key = f"{rs.name}[{kind}]"
        marks = [pytest.mark.xfail(reason=known[key], strict=True)] if key in known else []
        out.append(pytest.param(rs, id=rs.stem, marks=marks))
    return out


@pytest.mark.parametrize("rs", params("outcome"))
def test_example_agrees_with_rustc(rs: Path):
    outcome = judge(rs, expected_of(rs))
    assert outcome.kind == "exact", f"{outcome.kind}: {outcome.detail}"


@pytest.mark.parametrize("rs", params("rendered"))
def test_example_diagnostics_render_like_rustc(rs: Path):
    stderr = rs.with_suffix(".stderr")
    if expected_of(rs)["verdict"] == "accept":
        pytest.skip("accepted program: no diagnostics")
    compilation = compile_source(rs.read_bytes(), rs.name)
    out = io.StringIO()
    try:
        emitter.emit(compilation.diagnostics, compilation.file, "human", out)
    except InternalCompilerError as ice:
        pytest.fail(f"internal compiler error: {ice}")
    assert out.getvalue() == stderr.read_text()


def test_session_example_is_the_seed_program():
    text = (EXAMPLES / "session.rs").read_text()
    assert "fn handle_session(session: &Session)" in text
    assert expected_of(EXAMPLES / "session.rs")["run"]["stdout"] == "Handling session 1: User session data\n"
