"""Every tests/ui/**/CASE.rs against CASE.expected.json (labeled by tools/label.py):
verdict, the (code, primary line) set, and for accepted programs the run's stdout and exit.

Known failures go in tests/ui/XFAIL, one `relative/path.rs: why` per line; a listed case
that starts passing fails the suite (strict), so the list stays honest.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from outcome import expected_of, judge

UI = Path(__file__).parent / "ui"


def xfails() -> dict:
    listed = {}
    path = UI / "XFAIL"
    if path.exists():
        for line in path.read_text().splitlines():
            line = line.split("#", 1)[0].strip()
            if line:
                case, _, why = line.partition(":")
                listed[case.strip()] = why.strip() or "known failure"
    return listed


def cases() -> list:
    known = xfails()
    params = []
    for rs in sorted(UI.rglob("*.rs")):
        if not rs.with_name(rs.name[:-3] + ".expected.json").exists():
            continue
        rel = rs.relative_to(UI).as_posix()
        marks = [pytest.mark.xfail(reason=known[rel], strict=True)] if rel in known else []
        params.append(pytest.param(rs, id=rel, marks=marks))
    return params


@pytest.mark.parametrize("rs", cases())
def test_ui_case(rs: Path):
    outcome = judge(rs, expected_of(rs))
    assert outcome.kind == "exact", f"{outcome.kind}: {outcome.detail}"


def test_every_ui_case_is_labeled():
    unlabeled = [str(rs.relative_to(UI)) for rs in UI.rglob("*.rs")
                 if not rs.with_name(rs.name[:-3] + ".expected.json").exists()]
    assert not unlabeled, f"run tools/label.py on: {unlabeled}"


def test_xfail_entries_exist():
    missing = [case for case in xfails() if not (UI / case).exists()]
    assert not missing, f"tests/ui/XFAIL names missing cases: {missing}"
