"""The vendored conformance corpus (tests/conformance/cases), run in-process.

Fails when the number of exact agreements drops below tests/conformance/FLOOR; raise the
floor (`python tests/test_conformance.py --update-floor`) whenever the count goes up.
"""
from __future__ import annotations

import collections
import sys
from pathlib import Path

from outcome import expected_of, judge

CORPUS = Path(__file__).parent / "conformance"
FLOOR_FILE = CORPUS / "FLOOR"


def score() -> tuple[collections.Counter, list]:
    counts, misses = collections.Counter(), []
    for rs in sorted((CORPUS / "cases").rglob("*.rs")):
        outcome = judge(rs, expected_of(rs))
        counts[outcome.kind] += 1
        if outcome.kind != "exact":
            misses.append(f"{rs.parent.name}/{rs.name}: {outcome.kind} {outcome.detail}")
    return counts, misses


def test_exact_agreements_not_below_floor():
    counts, misses = score()
    floor = int(FLOOR_FILE.read_text().split()[0])
    summary = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
    assert sum(counts.values()) == 202, summary
    assert counts["exact"] >= floor, f"exact {counts['exact']} < floor {floor} ({summary})\n" + "\n".join(misses[:40])


if __name__ == "__main__":
    counts, misses = score()
    print("\n".join(misses))
    print(", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    if "--update-floor" in sys.argv:
        FLOOR_FILE.write_text(f"{counts['exact']}\n")
        print(f"floor set to {counts['exact']}")
