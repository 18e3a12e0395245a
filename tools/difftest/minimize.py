"""Shrinking a disagreeing program while it keeps disagreeing the same way.

"The same way" is the signature: the disagreement class, rustc's verdict and error codes
and borrowck's codes, so a false E0277 on an accepted program stays exactly that.
Step 1 drops whole episodes, step 2 drops single brace-free lines of `main` (greedy, to a
fixed point); every candidate is relabeled by rustc and rechecked by borrowck.
"""
from __future__ import annotations

from pathlib import Path

from compare import borrowck_result, classify, rustc_label


def signature(expected: dict, cls: str, got: dict) -> tuple:
    """What must stay the same while shrinking: the class, rustc's codes, borrowck's codes
    and the first line of what a differing run wrote to stderr."""
    stderr = ((got.get("run") or {}).get("stderr_head") or "").split("\n", 1)[0]
    return (cls, expected["verdict"], tuple(sorted(str(e["code"]) for e in expected["errors"])),
            tuple(sorted(str(c) for c, _ in got["errors"])), stderr if cls == "run_differs" else "")


def keeps(text: str, want: tuple, scratch: Path, labeler, version: str):
    """The (expected, got) for `text` if it still has signature `want`, else None."""
    scratch.write_text(text)
    expected = rustc_label(scratch, labeler, version)
    got = borrowck_result(scratch)
    cls, _ = classify(expected, got)
    return (expected, got) if signature(expected, cls, got) == want else None


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
