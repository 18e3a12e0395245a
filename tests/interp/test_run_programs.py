"""Programs in tests/run/ (labelled with rustc 1.95 by tools/label.py) run with rustc's
stdout, exit code, panic message (stderr up to the backtrace note, without the thread id
rustc 1.95 prints) and `Error: ..` line of a `main` returning Err."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from interp.run_case import normalize_stderr, run_source

RUN_DIR = Path(__file__).parent.parent / "run"
CASES = sorted(p for p in RUN_DIR.glob("*.rs") if p.with_suffix("").with_suffix(".expected.json").exists()
               or p.with_name(p.stem + ".expected.json").exists())


def expected_of(path: Path) -> dict:
    return json.loads(path.with_name(path.stem + ".expected.json").read_text())["run"]


def edition_of(path: Path) -> str:
    """The edition rustc labelled the case with (`tools/label.py --edition`)."""
    return json.loads(path.with_name(path.stem + ".expected.json").read_text()).get("edition", "2021")


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_program_output(path: Path):
    want = expected_of(path)
    code, out, err = run_source(path.read_text(), path.name, edition=edition_of(path))
    assert out == want["stdout"]
    want_code = want["exit_code"]
    if want_code < 0:  # killed by a signal (SIGABRT on stack overflow): the shell's 128 + n
        want_code = 128 - want_code
    assert code == want_code, err
    head = normalize_stderr(want["stderr_head"])
    if (want["exit_code"] == 101 and "panicked" in head) or head.startswith("Error: "):
        assert normalize_stderr(err)[:len(head)] == head


def test_cases_exist():
    assert len(CASES) >= 20


TESTS = Path(__file__).parent.parent


def _runnable(root: Path) -> list:
    out = []
    for p in sorted(root.rglob("*.rs")):
        exp = p.with_name(p.stem + ".expected.json")
        if exp.exists() and "run" in json.loads(exp.read_text()) and "XFAIL" not in p.parts:
            out.append(p)
    return out


CORPUS_RUNS = _runnable(TESTS / "conformance" / "cases") + _runnable(TESTS / "ui")
# known failures outside the interpreter (non-strict: they pass once fixed upstream)
KNOWN: dict[str, str] = {  # case stem -> why it is expected to fail today
    "raw_ptr_coercion_ok": "typeck: `&mut T` to `*const T` is no coercion yet, raw pointers have no methods (ui XFAIL)",
}


def _param(p: Path):
    marks = [pytest.mark.xfail(reason=KNOWN[p.stem], strict=True)] if p.stem in KNOWN else []
    return pytest.param(p, id=f"{p.parent.name}/{p.stem}", marks=marks)


@pytest.mark.parametrize("path", [_param(p) for p in CORPUS_RUNS])
def test_conformance_run(path: Path):
    """Every accepted program of the vendored conformance corpus and of tests/ui, through the
    interpreter alone (a checker false reject must not hide an interpreter regression)."""
    want = expected_of(path)
    code, out, err = run_source(path.read_text(), path.name)
    assert (code, out) == (want["exit_code"], want["stdout"]), err
