"""Pattern usefulness (Maranget's algorithm, as rustc's pattern analysis runs it): which
values a list of pattern rows does not match, as witness patterns.

`missing(rows, types)`; a row is (guarded, patterns):
1. No columns left: the values are missing exactly when no unguarded row is left (a row
   under an `if` guard names its constructors but covers nothing).
2. Split the first column's type into constructors, using the constructors the rows'
   heads mention (integer ranges cut at every range boundary, slice lengths up to the
   longest pattern, then "that long or longer").
3. If some constructor is absent from the heads, the witnesses are the absent
   constructors (or `_` when none is present, below the top level) combined with the
   witnesses of the rows whose head is a wildcard; rustc reports only these then.
4. Otherwise, for each constructor: keep the rows whose head covers it, replace the head
   by its fields, recurse, and rebuild the constructor around each witness.
"""
from __future__ import annotations

from ..types import ty as T
from .pattern_space import OPAQUE, SINGLE, WILD, Pat, PatternSpace, scalar_range, wild

MAX_WITNESSES = 4
SURROGATES = (0xD800, 0xE000)  # not chars: a char range never covers or reports them  # rustc prints three and "and N more"; more work would be wasted


def expand_or(rows: list) -> list:
    out = []
    stack = list(reversed(rows))
    while stack:
        guarded, pats = stack.pop()
        if pats and pats[0].ctor == ("or",):
            stack.extend(reversed([(guarded, (alt,) + pats[1:]) for alt in pats[0].fields]))
        else:
            out.append((guarded, pats))
    return out


def constructors(space: PatternSpace, t, seen: list):
    """All constructors of t after splitting by `seen` (in the type's order), or None when t
    has no constructors to enumerate (only a wildcard covers all its values)."""
    if isinstance(t, T.Bool):
        return [("bool", False), ("bool", True)]
    if isinstance(t, (T.Tuple, T.Ref, T.Array)):
        return [SINGLE]
    if isinstance(t, T.Adt):
        info = space.adt(t)
        if info is None:
            return [SINGLE] if t.def_id.endswith("Box") else None
        if info.kind == "enum":
            return [("variant", i) for i in range(len(info.variants))]
        return [SINGLE]
    if isinstance(t, (T.Int, T.Char)):
        return split_ranges(t, [c for c in seen if c[0] == "range"])
    if isinstance(t, T.Slice):
        return split_slices([c for c in seen if c[0] == "slice"])
    return None


def split_ranges(t, ranges: list) -> list:
    lo, hi = scalar_range(t)
    points = {lo, hi + 1}
    if isinstance(t, T.Char):
        points.update(SURROGATES)
    for _, a, b in ranges:
        points.update((max(a, lo), min(b, hi) + 1))
    cuts = sorted(p for p in points if lo <= p <= hi + 1)
    segments = [("range", a, b - 1) for a, b in zip(cuts, cuts[1:])
                if not (isinstance(t, T.Char) and SURROGATES[0] <= a < SURROGATES[1])]
    # merge neighbouring segments no pattern covers, so witnesses are maximal gaps
    merged = []
    for seg in segments:
        uncovered = not any(covers(r, seg) for r in ranges)
        if merged and uncovered and merged[-1][1] and merged[-1][0][2] + 1 == seg[1]:
            merged[-1] = (("range", merged[-1][0][1], seg[2]), True)
        else:
            merged.append((seg, uncovered))
    return [seg for seg, _ in merged]


def split_slices(slices: list) -> list:
    fixed = [c[1] for c in slices if not c[3]]
    var = [c[1] + c[2] for c in slices if c[3]]
    longest = max(max(fixed, default=-1) + 1, max(var, default=0))
    return [("slice", k, 0, False) for k in range(longest)] + [("slice", longest, 0, True)]


def covers(pat_ctor: tuple, ctor: tuple) -> bool:
    """Whether a head with constructor pat_ctor matches every value of the split ctor."""
    kind = pat_ctor[0]
    if kind == "wild":
        return True
    if kind == "opaque" or kind != ctor[0]:
        return False
    if kind == "range":
        return pat_ctor[1] <= ctor[1] and ctor[2] <= pat_ctor[2]
    if kind == "slice":
        if pat_ctor[3]:
            return ctor[1] + ctor[2] >= pat_ctor[1] + pat_ctor[2]
        return not ctor[3] and ctor[1] == pat_ctor[1]
    return pat_ctor == ctor


def specialize(head: Pat, ctor: tuple, field_types: tuple) -> tuple:
    if head.ctor == WILD:
        return tuple(wild(ft) for ft in field_types)
    if ctor[0] == "slice" and head.ctor[3]:
        prefix, suffix = head.ctor[1], head.ctor[2]
        middle = len(field_types) - prefix - suffix
        return head.fields[:prefix] + tuple(wild(ft) for ft in field_types[prefix:prefix + middle]) \
            + head.fields[prefix:]
    if len(head.fields) != len(field_types):  # an ill-typed pattern, already reported by typeck
        return tuple(wild(ft) for ft in field_types)
    return head.fields


def missing(space: PatternSpace, rows: list, types: tuple, top: bool = False) -> list:
    """Witness pattern vectors (one Pat per column) that no unguarded row matches."""
    if not types:
        return [] if any(not guarded for guarded, _ in rows) else [()]
    rows = expand_or(rows)
    t, rest = types[0], types[1:]
    seen = [pats[0].ctor for _, pats in rows if pats[0].ctor not in (WILD, OPAQUE)]
    ctors = constructors(space, t, seen)
    default = [(g, pats[1:]) for g, pats in rows if pats[0].ctor == WILD]
    if ctors is None:
        return [(wild(t),) + w for w in missing(space, default, rest)]
    absent = [c for c in ctors if not any(covers(s, c) for s in seen)]
    if absent:
        below = missing(space, default, rest)
        if not below:
            return []
        integers = isinstance(t, (T.Int, T.Char))
        individually = (top and not integers) or len(absent) < len(ctors)
        if individually:
            heads_out = [Pat(c, tuple(wild(ft) for ft in space.field_types(t, c)), t) for c in absent]
        else:
            heads_out = [wild(t)]
        return [(h,) + w for w in below for h in heads_out][:MAX_WITNESSES * 4]
    found = []
    for c in ctors:
        field_types = space.field_types(t, c)
        spec = [(g, specialize(pats[0], c, field_types) + pats[1:]) for g, pats in rows if covers(pats[0].ctor, c)]
        n = len(field_types)
        for w in missing(space, spec, field_types + rest):
            found.append((Pat(c, w[:n], t),) + w[n:])
        if len(found) >= MAX_WITNESSES * 4:
            break
    return found
