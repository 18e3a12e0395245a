"""Shrinking a disagreeing program while it keeps disagreeing the same way.

"The same way" is the signature: the disagreement class plus rustc's verdict and error
codes, so a false accept of an E0502 program stays a false accept of an E0502 program.
Step 1 drops whole episodes, step 2 drops single brace-free lines of `main` (greedy, to a
fixed point); every candidate is relabeled by rustc and rechecked by borrowck.
"""
from __future__ import annotations

from pathlib import Path

from compare import borrowck_result, classify, rustc_label


def signature(expected: dict, cls: str) -> tuple:
    return cls, expected["verdict"], tuple(sorted(str(e["code"]) for e in expected["errors"]))


def keeps(text: str, want: tuple, scratch: Path, labeler, version: str):
    """The (expected, got) for `text` if it still has signature `want`, else None."""
    scratch.write_text(text)
    expected = rustc_label(scratch, labeler, version)
    got = borrowck_result(scratch)
    cls, _ = classify(expected, got)
    return (expected, got) if signature(expected, cls) == want else None


def minimize(program, want: tuple, scratch: Path, labeler, version: str) -> str:
    """The smallest text found for `program` (generator.Program) with signature `want`."""
    keep = list(range(len(program.episodes)))
    for i in list(keep):
        trial = [k for k in keep if k != i]
        if trial and keeps(program.source(set(trial)), want, scratch, labeler, version):
            keep = trial
    lines = program.source(set(keep)).splitlines()
    changed = True
    while changed:
        changed = False
        start = lines.index("fn main() {") + 1
        for i in range(len(lines) - 2, start - 1, -1):
            if "{" in lines[i] or "}" in lines[i] or i >= len(lines):
                continue
            trial = lines[:i] + lines[i + 1:]
            if keeps("\n".join(trial) + "\n", want, scratch, labeler, version):
                lines, changed = trial, True
    return "\n".join(lines) + "\n"
