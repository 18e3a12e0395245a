"""The order rustc reports analysis errors in, and which borrow errors it never gets to.

rustc works item by item. Within an item it first checks the patterns of the item's body and
then of its closures (E0004/E0005), then borrow-checks the closures before the body. A body
whose patterns failed is not borrow-checked, nor are the closures inside it.
"""
from __future__ import annotations


from ..syntax.node_class import node_class
from ..syntax import ast
from ..syntax.walk import iter_nodes
from .diagnostic import Diagnostic

PATTERN_CODES = frozenset({"E0004", "E0005"})
# rustc's unsafety check runs on an item's body after its patterns and before its borrows are
# checked, visiting the closures inside it in place (source order), whatever the patterns give
UNSAFETY_CODES = frozenset({"E0133"})


@node_class(frozen=True, slots=True)
class Body:
    lo: int
    hi: int
    is_closure: bool


@node_class
class BodyMap:
    bodies: list  # every fn, const/static and closure body, by start

    @classmethod
    def of(cls, crate) -> "BodyMap":
        bodies = []
        if crate is not None:
            for n in iter_nodes(crate):
                if isinstance(n, (ast.Fn, ast.Const, ast.Static, ast.Closure)):
                    bodies.append(Body(n.span.lo, n.span.hi, isinstance(n, ast.Closure)))
        return cls(sorted(bodies, key=lambda b: (b.lo, -b.hi)))

    def chain(self, pos: int) -> list:
        """The bodies containing pos, outermost first."""
        return [b for b in self.bodies if b.lo <= pos < b.hi]


def analysis_key(bodies: BodyMap, diag: Diagnostic, borrowck: bool) -> tuple:
    span = diag.primary_span
    if span is None:
        return (float("inf"),)
    chain = bodies.chain(span.lo)
    if not chain:
        return (span.lo, int(borrowck), ())
    closures = [b for b in chain[1:] if b.is_closure]
    if diag.code in UNSAFETY_CODES:
        return (chain[0].lo, 0.5, ((0, span.lo),))
    if borrowck:  # closures are borrow-checked before the body around them
        path = tuple((0, c.lo) for c in closures) + ((1, span.lo),)
    else:  # patterns: the body first, then its closures
        path = tuple((1, c.lo) for c in closures) + ((0, span.lo),)
    return (chain[0].lo, int(borrowck), path)


def order_analysis(crate, lints: list, borrowck: list) -> list:
    """Pattern/const errors and borrow errors of a type-checked crate, in rustc's order,
    without the borrow errors of bodies whose patterns failed."""
    bodies = BodyMap.of(crate)
    tainted = set()
    for d in lints:
        if d.code in PATTERN_CODES and d.primary_span is not None:
            chain = bodies.chain(d.primary_span.lo)
            if chain:
                tainted.add(chain[-1])
    kept = [d for d in borrowck if d.primary_span is None or d.code in UNSAFETY_CODES
            or not tainted.intersection(bodies.chain(d.primary_span.lo))]
    keyed = [(analysis_key(bodies, d, False), d) for d in lints] + [(analysis_key(bodies, d, True), d) for d in kept]
    return [d for _, d in sorted(keyed, key=lambda kd: kd[0])]
