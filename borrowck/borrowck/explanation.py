"""Why a loan is still in scope at a point: rustc's BorrowExplanation, as data.

1. Find a region the loan's region flows into (along outlives constraints) that is live
   at the point because some variable mentions it.
2. Search forward from the point, inside that region, for the first use (or drop) of a
   variable whose type mentions it: USED_LATER (or USED_LATER_IN_LOOP when the loan
   reaches that use only through a loop's back edge and the use lies inside that loop),
   or USED_LATER_WHEN_DROPPED for a drop. A use that is a call the user wrote is "used by
   call", at the called path or method name.
3. Otherwise the loan must outlive a universal region (a lifetime of the signature or
   'static): MUST_BE_VALID_FOR, blaming the most interesting constraint on the path.
"""
from __future__ import annotations

from typing import Optional

from ..syntax.node_class import node_class
from ..mir import ir
from ..mir.visit import Ctx, places_of
from .region_constraints import CATEGORY_ORDER
from .region_inference import constraint_path
from .region_liveness import drop_regions
from .renumber import vids_in

USED_LATER = "used_later"
USED_LATER_IN_LOOP = "used_later_in_loop"
USED_LATER_WHEN_DROPPED = "used_later_when_dropped"
MUST_BE_VALID_FOR = "must_be_valid_for"
UNEXPLAINED = "unexplained"


@node_class(frozen=True, slots=True)
class BorrowExplanation:
    kind: str
    span: object = None  # the later use / drop, or the blamed constraint
    by_call: bool = False  # the later use is a call of the borrowing value (a closure)
    local: Optional[int] = None  # the variable used or dropped later
    category: str = ""  # MUST_BE_VALID_FOR: the blamed constraint's category
    region: Optional[int] = None  # MUST_BE_VALID_FOR: the universal region


def best_blame(path: list, facts=None):
    """The most interesting constraint of a path (rustc's best_blame_constraint). With the
    body's facts, an argument of a call the compiler inserted (the `Deref::deref` of a
    `&String` -> `&str` coercion) is not blamed: the user wrote no call there."""
    if not path:
        return None
    rank = {c: i for i, c in enumerate(CATEGORY_ORDER)}

    def key(c):
        if facts is not None and c.category == "call_argument" and _inserted_call(facts, c):
            return len(CATEGORY_ORDER)
        return rank.get(c.category, len(CATEGORY_ORDER))
    return min(path, key=key)


def _inserted_call(facts, constraint) -> bool:
    if constraint.location is None:
        return False
    node = facts.body.stmt_at(facts.locations.location(constraint.location))
    return isinstance(node, ir.Call) and not node.from_call_syntax


def explain(facts, loc: ir.Location, borrow) -> BorrowExplanation:
    point = facts.locations.point(loc)
    sub = _region_live_at(facts, borrow.region, point, facts.locations.point(borrow.location))
    # rustc renumbers every local's type, so a signature lifetime is never "used later" by
    # a variable: reaching one explains the loan by the requirement instead
    if sub is not None and not facts.universal.is_universal(sub):
        found = _find_use(facts, sub, loc, borrow.location)
        if found is not None:
            return found
    ends = facts.values.ends_of(borrow.region)
    if ends:
        universal = facts.universal
        path = constraint_path(facts.constraints, borrow.region, universal.is_universal)
        blame = best_blame(path or [], facts)
        target = path[-1].sub if path else _lowest_bit(ends)
        return BorrowExplanation(MUST_BE_VALID_FOR, blame.span if blame else None,
                                 category=blame.category if blame else "", region=target)
    return BorrowExplanation(UNEXPLAINED)


def _lowest_bit(bits: int) -> int:
    return (bits & -bits).bit_length() - 1


def _region_live_at(facts, start: int, point: int, loan_point: Optional[int] = None) -> Optional[int]:
    def live(vid):
        return facts.liveness.live_at(vid, point)
    if live(start) and point != loan_point:
        return start
    # at the loan's own statement (a conflict with itself, from an earlier iteration) its
    # region is live only because it is being created: follow where it flows instead
    # (a signature lifetime is live everywhere, as in rustc's liveness of universal regions)
    is_universal = facts.universal.is_universal
    path = constraint_path(facts.constraints, start, lambda v: v != start and (is_universal(v) or live(v)))
    if path:
        return path[-1].sub
    return start if live(start) else None


def _find_use(facts, region: int, start: ir.Location, borrowed_at: ir.Location) -> Optional[BorrowExplanation]:
    body = facts.body
    values = facts.values
    queue = [start]
    seen = {start}
    for loc in queue:
        if not values.contains_point(region, facts.locations.point(loc)):
            continue
        node = body.stmt_at(loc)
        result = _def_use_here(facts, node, region)
        if result is not None:
            kind, local = result
            if kind == "def":
                continue
            if kind == "drop":
                return BorrowExplanation(USED_LATER_WHEN_DROPPED, node.span, local=local)
            # a conflict at the loan's own statement comes from an earlier iteration: any use
            # found after it is of that earlier borrow, in this later iteration
            in_loop = start == borrowed_at or _precedes(facts, loc, borrowed_at)
            by_call = isinstance(node, ir.Call) and node.from_call_syntax
            span = _function_span(facts, node) if by_call else _use_span(facts, node)
            return BorrowExplanation(USED_LATER_IN_LOOP if in_loop else USED_LATER, span,
                                     by_call=by_call, local=local)
        bb = body.blocks[loc.block]
        if loc.index < len(bb.statements):
            nxt = [ir.Location(loc.block, loc.index + 1)]
        else:
            nxt = [ir.Location(s, 0) for s in bb.terminator.successors() if not body.blocks[s].is_cleanup]
        for n in nxt:
            if n not in seen:
                seen.add(n)
                queue.append(n)
    return None


def _use_span(facts, node):
    """rustc points a later use by an overloaded `base[i]` at its `[i]` part."""
    if isinstance(node, ir.Call) and node.desugaring == "overloaded_index" and facts.body.source is not None:
        from ..syntax import ast
        from ..source.span import Span
        from .source_context import node_at

        index = node_at(facts.body.source, node.span, ast.Index)
        if index is not None:
            return Span(index.base.span.hi, node.span.hi)
    return node.span


def _function_span(facts, call):
    """Where rustc points a "later used by call": the called path or method name (a call
    through a local, like a closure, at the whole call)."""
    from ..syntax import ast
    from .source_context import node_at

    if ir.operand_place(call.func) is not None or facts.body.source is None:
        return call.span
    node = node_at(facts.body.source, call.span, (ast.Call, ast.MethodCall))
    if isinstance(node, ast.MethodCall):
        return node.method.span
    if isinstance(node, ast.Call):
        return node.func.span
    return call.span


def _precedes(facts, use_loc, borrowed_at) -> bool:
    """The use is in a later iteration of a loop around the borrow: the borrow reaches it
    only through a back edge (an edge into a block that dominates its source), and the use
    lies inside that loop (it can get back to the loop's head without leaving it). A use
    after the loop, or later in the same iteration, is not."""
    from .dominators import Dominators

    if use_loc.block == borrowed_at.block:
        return use_loc.index < borrowed_at.index
    body = facts.body
    dom = Dominators(body)
    heads = set()
    seen = {borrowed_at.block}
    stack = [borrowed_at.block]
    while stack:
        b = stack.pop()
        for succ in body.blocks[b].terminator.successors():
            if body.blocks[succ].is_cleanup:
                continue
            if dom.dominates(succ, b):
                heads.add(succ)
                continue
            if succ == use_loc.block:
                return False
            if succ not in seen:
                seen.add(succ)
                stack.append(succ)
    return any(_returns_to_head(body, dom, use_loc.block, head) for head in heads)


def _returns_to_head(body, dom, start: int, head: int) -> bool:
    """From block start, is the loop head reachable through blocks the head dominates?"""
    seen = {start}
    stack = [start]
    while stack:
        b = stack.pop()
        if not dom.dominates(head, b):
            continue
        for succ in body.blocks[b].terminator.successors():
            if succ == head:
                return True
            if succ not in seen and not body.blocks[succ].is_cleanup:
                seen.add(succ)
                stack.append(succ)
    return False


def _def_use_here(facts, node, region: int):
    """("use"|"drop"|"def", local) for the first local mentioning region touched here."""
    for place, ctx in places_of(node):
        local = place.local
        ty = facts.local_tys[local]
        if ctx == Ctx.DROP:
            if place.is_local and region in [r.index for r in drop_regions(ty, facts.adts) if r.kind == "var"]:
                return "drop", local
            continue
        if region not in vids_in(ty):
            continue
        if ctx in (Ctx.STORE, Ctx.CALL_DEST, Ctx.STORAGE_LIVE, Ctx.STORAGE_DEAD) and place.is_local:
            return "def", local
        return "use", local
    return None
