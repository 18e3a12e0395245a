"""The NLL programs in tests/ui/borrowing, tests/ui/lifetimes and tests/nll_accepts, judged
against their rustc labels (check only: the verdict, codes and primary lines)."""
from pathlib import Path

import pytest

from outcome import expected_of, judge

TESTS = Path(__file__).parent.parent
CASES = sorted(p for d in ("ui/borrowing", "ui/lifetimes", "nll_accepts")
               for p in (TESTS / d).glob("*.rs"))


@pytest.mark.parametrize("rs", CASES, ids=[f"{p.parent.name}/{p.stem}" for p in CASES])
def test_case(rs):
    expected = expected_of(rs)
    outcome = judge(rs, expected, run_programs=False)
    assert outcome.kind == "exact", outcome.detail
