"""Every place a statement or terminator touches, with how it touches it (rustc's PlaceContext).

`places_of(stmt_or_term)` yields `(place, context)` pairs in evaluation order: operands are
read before the destination is written. Index locals inside projections are reported as
separate COPY uses of the index local. Liveness, move gathering and the NLL half all
read MIR through this one function so they agree on what is a use.
"""
from __future__ import annotations

from . import ir


class Ctx:
    """How a place is used (strings, so tables and tests read naturally)."""

    COPY = "copy"
    MOVE = "move"
    INSPECT = "inspect"  # Discriminant / Len: reads only the discriminant or length
    SHARED_BORROW = "shared_borrow"
    MUT_BORROW = "mut_borrow"  # also two-phase and unique borrows (see Ref.kind)
    FAKE_BORROW = "fake_borrow"
    ADDRESS_OF = "address_of"
    STORE = "store"  # assignment destination
    CALL_DEST = "call_dest"  # written by a Call on its return edge
    DROP = "drop"
    STORAGE_LIVE = "storage_live"
    STORAGE_DEAD = "storage_dead"
    FAKE_READ = "fake_read"
    PLACE_MENTION = "place_mention"
    ASCRIBE = "ascribe"
    SET_DISCRIMINANT = "set_discriminant"

    USES = frozenset((COPY, MOVE, INSPECT, SHARED_BORROW, MUT_BORROW, FAKE_BORROW, ADDRESS_OF,
                      FAKE_READ))
    DEFS = frozenset((STORE, CALL_DEST, STORAGE_LIVE, STORAGE_DEAD))


def _operand(op):
    if isinstance(op, ir.Copy):
        yield from _with_index_uses(op.place, Ctx.COPY)
    elif isinstance(op, ir.Move):
        yield from _with_index_uses(op.place, Ctx.MOVE)


def _with_index_uses(place: ir.Place, ctx: str):
    for elem in place.projection:
        if isinstance(elem, ir.Index):
            yield ir.Place(elem.local), Ctx.COPY
    yield place, ctx


_BORROW_CTX = {
    ir.BorrowKind.SHARED: Ctx.SHARED_BORROW,
    ir.BorrowKind.MUT: Ctx.MUT_BORROW,
    ir.BorrowKind.TWO_PHASE_MUT: Ctx.MUT_BORROW,
    ir.BorrowKind.UNIQUE: Ctx.MUT_BORROW,
    ir.BorrowKind.SHALLOW: Ctx.FAKE_BORROW,
    ir.BorrowKind.FAKE: Ctx.FAKE_BORROW,
}


def rvalue_places(rv: ir.Rvalue):
    if isinstance(rv, (ir.Use, ir.Repeat, ir.Cast, ir.UnaryOp)):
        yield from _operand(rv.operand)
    elif isinstance(rv, (ir.BinaryOp, ir.CheckedBinaryOp)):
        yield from _operand(rv.lhs)
        yield from _operand(rv.rhs)
    elif isinstance(rv, ir.Aggregate):
        for op in rv.operands:
            yield from _operand(op)
    elif isinstance(rv, ir.Ref):
        yield from _with_index_uses(rv.place, _BORROW_CTX[rv.kind])
    elif isinstance(rv, ir.AddressOf):
        yield from _with_index_uses(rv.place, Ctx.ADDRESS_OF)
    elif isinstance(rv, (ir.Len, ir.Discriminant)):
        yield from _with_index_uses(rv.place, Ctx.INSPECT)
    elif isinstance(rv, ir.CopyForDeref):
        yield from _with_index_uses(rv.place, Ctx.COPY)


def places_of(node):
    """(place, Ctx) pairs of a statement or terminator, reads before writes."""
    places = _PLACES_OF.get(node.__class__)
    return places(node) if places is not None else iter(())


def _assign_places(node):
    yield from rvalue_places(node.rvalue)
    yield from _with_index_uses(node.place, Ctx.STORE)


def _call_places(node):
    yield from _operand(node.func)
    for arg in node.args:
        yield from _operand(arg)
    yield from _with_index_uses(node.destination, Ctx.CALL_DEST)


def _assert_places(node):
    yield from _operand(node.cond)
    for op in node.msg.operands:
        yield from _operand(op)


def _one(place, ctx):
    yield place, ctx


# places_of by node class (no MIR node class has subclasses): one lookup, where a chain of
# isinstance tests cost up to a dozen calls per statement (every analysis walks every node)
_PLACES_OF = {
    ir.Assign: _assign_places,
    ir.FakeRead: lambda node: _with_index_uses(node.place, Ctx.FAKE_READ),
    ir.StorageLive: lambda node: _one(ir.Place(node.local), Ctx.STORAGE_LIVE),
    ir.StorageDead: lambda node: _one(ir.Place(node.local), Ctx.STORAGE_DEAD),
    ir.PlaceMention: lambda node: _with_index_uses(node.place, Ctx.PLACE_MENTION),
    ir.AscribeUserType: lambda node: _one(node.place, Ctx.ASCRIBE),
    ir.SetDiscriminant: lambda node: _one(node.place, Ctx.SET_DISCRIMINANT),
    ir.SwitchInt: lambda node: _operand(node.discr),
    ir.Drop: lambda node: _with_index_uses(node.place, Ctx.DROP),
    ir.Call: _call_places,
    ir.Assert: _assert_places,
    ir.Return: lambda node: _one(ir.Place(ir.RETURN_PLACE), Ctx.MOVE),
}


def predecessors(body: ir.Body) -> list:
    """preds[b] = blocks with an edge to b (computed once per call; callers keep it)."""
    preds = [[] for _ in body.blocks]
    for b, bb in enumerate(body.blocks):
        for s in bb.terminator.successors():
            preds[s].append(b)
    return preds


def reverse_postorder(body: ir.Body) -> list:
    """Blocks reachable from the entry, in reverse postorder (iterative DFS)."""
    seen = {ir.START_BLOCK}
    order = []
    stack = [(ir.START_BLOCK, iter(body.blocks[ir.START_BLOCK].terminator.successors()))]
    while stack:
        b, succs = stack[-1]
        for s in succs:
            if s not in seen:
                seen.add(s)
                stack.append((s, iter(body.blocks[s].terminator.successors())))
                break
        else:
            stack.pop()
            order.append(b)
    order.reverse()
    return order


def blocks_on_cycles(body: ir.Body) -> set:
    """Blocks that can reach themselves (in a strongly connected component with a cycle);
    iterative Tarjan, so deep CFGs are fine."""
    succs = [bb.terminator.successors() for bb in body.blocks]
    index = {}
    low = {}
    on_stack = set()
    stack = []
    out = set()
    counter = 0
    for root in range(len(body.blocks)):
        if root in index:
            continue
        work = [(root, 0)]
        while work:
            b, i = work.pop()
            if i == 0:
                index[b] = low[b] = counter
                counter += 1
                stack.append(b)
                on_stack.add(b)
            succ = succs[b]
            if i < len(succ):
                work.append((b, i + 1))
                s = succ[i]
                if s not in index:
                    work.append((s, 0))
                elif s in on_stack:
                    low[b] = min(low[b], index[s])
                continue
            if low[b] == index[b]:
                comp = []
                while True:
                    w = stack.pop()
                    on_stack.discard(w)
                    comp.append(w)
                    if w == b:
                        break
                if len(comp) > 1 or b in succ:
                    out.update(comp)
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[b])
    return out
