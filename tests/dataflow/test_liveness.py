from borrowck.dataflow.engine import solve
from borrowck.dataflow.liveness import MaybeLiveLocals
from borrowck.mir import ir
from borrowck.types import ty as T

from mir_fixture import assign, goto, make_body, ret, switch


def test_local_live_until_last_use():
    # bb0: _1 = 1; _2 = copy _1; _1 = 2; return
    body = make_body([T.UNIT, T.I32, T.I32], [
        ([assign(1, ir.Use(ir.Constant("int", 1, T.I32))), assign(2, ir.Use(ir.Copy(ir.Place(1)))),
          assign(1, ir.Use(ir.Constant("int", 2, T.I32)))], ret()),
    ])
    live = solve(body, MaybeLiveLocals())
    assert live.state_before(ir.Location(0, 1)) & 0b10
    assert not live.state_after(ir.Location(0, 1)) & 0b10  # dead: overwritten before any read
    assert not live.state_before(ir.Location(0, 0)) & 0b10  # defined here


def test_use_in_loop_keeps_local_live_around_back_edge():
    # bb0: _1 = 1; goto bb1; bb1: switch _2 -> bb2 | bb3; bb2: _3 = copy _1; goto bb1; bb3: return
    body = make_body([T.UNIT, T.I32, T.BOOL, T.I32], [
        ([assign(1, ir.Use(ir.Constant("int", 1, T.I32)))], goto(1)),
        ([], switch(2, 2, 3)),
        ([assign(3, ir.Use(ir.Copy(ir.Place(1))))], goto(1)),
        ([], ret()),
    ])
    live = solve(body, MaybeLiveLocals())
    assert live.state_before(ir.Location(1, 0)) & 0b10
    assert live.state_before(ir.Location(2, 0)) & 0b10
    assert not live.state_before(ir.Location(3, 0)) & 0b10
