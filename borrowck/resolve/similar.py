"""Typo suggestions: the in-scope name closest to an unresolved one (rustc's rule: a
case-insensitive match first, else the smallest edit distance within a third of the length)."""
from __future__ import annotations

from typing import Iterable, Optional


def edit_distance(a: str, b: str, limit: int) -> Optional[int]:
    """Levenshtein distance of a and b, or None when it exceeds limit."""
    if abs(len(a) - len(b)) > limit:
        return None
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return None
        prev = cur
    return prev[-1] if prev[-1] <= limit else None


def best_match(name: str, candidates: Iterable[str]) -> Optional[str]:
    limit = max(len(name), 3) // 3
    best, best_d = None, None
    lower = name.lower()
    for c in sorted(set(candidates)):
        if c == name:
            continue
        if c.lower() == lower:
            return c
        d = edit_distance(name, c, limit)
        if d is not None and (best_d is None or d < best_d):
            best, best_d = c, d
    return best
