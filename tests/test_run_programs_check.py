"""Every program in tests/run/ is one rustc 1.95 accepts (its `.expected.json` says so), so
the CHECKER must give no error for it. The interpreter tests run these programs without the
checker; this keeps false rejects there from going unnoticed. Known false rejects are strict
xfails with their reason: fixing one turns its xfail into a failure that asks to drop it."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import borrowck

RUN_DIR = Path(__file__).parent / "run"


def _expected(path: Path) -> dict:
    return json.loads(path.with_name(path.stem + ".expected.json").read_text())


CASES = sorted(p for p in RUN_DIR.rglob("*.rs") if p.with_name(p.stem + ".expected.json").exists())

# path relative to tests/run -> why the checker still rejects it
KNOWN_FALSE_REJECTS: dict = {}


def _param(path: Path):
    rel = path.relative_to(RUN_DIR).as_posix()
    marks = ()
    if rel in KNOWN_FALSE_REJECTS:
        marks = (pytest.mark.xfail(strict=True, reason=KNOWN_FALSE_REJECTS[rel]),)
    return pytest.param(path, id=rel, marks=marks)


@pytest.mark.parametrize("path", [_param(p) for p in CASES])
def test_checker_accepts(path: Path):
    expected = _expected(path)
    assert expected["verdict"] == "accept"
    diags = borrowck.check(path.read_text(), path.name, expected.get("edition", "2021"))
    errors = [f"{d.code} {d.message}" for d in diags if d.level == "error"]
    assert errors == []


def test_known_false_rejects_exist():
    assert len(CASES) >= 100
    names = {p.relative_to(RUN_DIR).as_posix() for p in CASES}
    assert set(KNOWN_FALSE_REJECTS) <= names
