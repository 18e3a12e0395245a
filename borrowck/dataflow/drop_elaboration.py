"""Which `Drop` terminators really drop (rustc's drop elaboration, as facts, not a rewrite).

For every `Drop(place)` in a body the answer is one of:
    "static"       the place is initialized on every path here: always drop it
    "dead"         never initialized here (moved out on every path): the drop does nothing
    "conditional"  initialized on some paths only: a run-time drop flag decides
    "open"         the place itself is initialized but some part was moved out: drop the
                   remaining fields one by one (partial move, e.g. `let n = p.name;`)
Rules, with I = MaybeInitializedPlaces and U = MaybeUninitializedPlaces before the Drop and
S = the move-path subtree of the place:
    dead        :- I ∩ S = ∅
    static      :- U ∩ S = ∅
    open        :- path ∉ U, (U ∩ S) ≠ ∅
    conditional :- otherwise
`drop_flags(body)` also lists the locals that need a drop flag (some Drop of them is
conditional), so the interpreter can track initialization only where it matters.
"""
from __future__ import annotations


from ..syntax.node_class import node_class
from ..mir import ir
from .engine import solve
from .initialization import MaybeInitializedPlaces, MaybeUninitializedPlaces
from .move_paths import gather


@node_class(frozen=True, slots=True)
class DropFacts:
    kinds: dict  # Location of a Drop terminator -> "static" | "dead" | "conditional" | "open"
    flagged_locals: frozenset  # locals needing a run-time drop flag


def drop_facts(body: ir.Body, adts=None) -> DropFacts:
    data = gather(body, adts)
    maybe_init = solve(body, MaybeInitializedPlaces(data))
    maybe_uninit = solve(body, MaybeUninitializedPlaces(data))
    kinds = {}
    flagged = set()
    for b, bb in enumerate(body.blocks):
        term = bb.terminator
        if not isinstance(term, ir.Drop):
            continue
        loc = body.terminator_location(b)
        exact, path = data.lookup(term.place)
        if not exact:
            kinds[loc] = "static"  # a place we never track (behind a deref): the builder only drops owned places
            continue
        subtree = data.subtree_mask(path)
        init = maybe_init.state_before(loc) & subtree
        uninit = maybe_uninit.state_before(loc) & subtree
        if not init:
            kind = "dead"
        elif not uninit:
            kind = "static"
        elif not uninit >> path & 1:
            kind = "open"
        else:
            kind = "conditional"
            flagged.add(term.place.local)
        kinds[loc] = kind
    return DropFacts(kinds, frozenset(flagged))
