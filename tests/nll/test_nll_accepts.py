"""tests/nll_accepts: programs NLL accepts that a lexical, scope-based checker would reject.
Every one must be accepted (check only; tests/test_ui.py judges tests/ui, runs included)."""
from pathlib import Path

import pytest

from outcome import expected_of, judge

CASES = sorted((Path(__file__).parent.parent / "nll_accepts").glob("*.rs"))


@pytest.mark.parametrize("rs", CASES, ids=[p.stem for p in CASES])
def test_nll_accepts(rs):
    expected = expected_of(rs)
    assert expected["verdict"] == "accept"
    outcome = judge(rs, expected, run_programs=False)
    assert outcome.kind == "exact", outcome.detail


def test_there_are_at_least_thirty():
    assert len(CASES) >= 30
