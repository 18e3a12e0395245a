from borrowck.dataflow.engine import solve
from borrowck.dataflow.initialization import (EverInitializedPlaces, MaybeInitializedPlaces,
                                              MaybeUninitializedPlaces)
from borrowck.dataflow.move_paths import gather
from borrowck.mir import ir
from borrowck.types import ty as T

from mir_fixture import STRING, assign, const_string, goto, make_body, move, ret, switch

PAIR = T.Tuple((STRING, STRING))


def bit(data, local, *proj):
    return 1 << data.path_of[ir.Place(local, tuple(proj))]


def test_move_on_one_branch_is_maybe_uninit_at_join():
    # _1 = "s"; if _2 { _3 = move _1 } ; join: _1 maybe-uninit and maybe-init
    body = make_body([T.UNIT, STRING, T.BOOL, STRING], [
        ([assign(1, const_string()), assign(2, ir.Use(ir.Constant("bool", True, T.BOOL)))], switch(2, 1, 2)),
        ([assign(3, ir.Use(move(1)))], goto(2)),
        ([], ret()),
    ])
    data = gather(body)
    init = solve(body, MaybeInitializedPlaces(data))
    uninit = solve(body, MaybeUninitializedPlaces(data))
    join = ir.Location(2, 0)
    assert init.state_before(join) & bit(data, 1)
    assert uninit.state_before(join) & bit(data, 1)
    # before the branch, _1 is definitely initialized
    assert not uninit.state_before(ir.Location(0, 2)) & bit(data, 1)
    # _3 is only maybe-initialized at the join
    assert uninit.state_before(join) & bit(data, 3)


def test_partial_move_marks_child_not_sibling():
    f0 = ir.Field(0, "0", STRING)
    f1 = ir.Field(1, "1", STRING)
    body = make_body([T.UNIT, PAIR, STRING], [
        ([assign(1, ir.Aggregate("tuple", (ir.Constant("str", "a", STRING), ir.Constant("str", "b", STRING)), PAIR)),
          assign(2, ir.Use(move(1, f0)))], ret()),
    ])
    data = gather(body)
    uninit = solve(body, MaybeUninitializedPlaces(data))
    after = uninit.state_before(ir.Location(0, 2))
    assert after & bit(data, 1, f0)
    exact, path = data.lookup(ir.Place(1, (f1,)))  # never moved: no path of its own
    assert not exact and path == data.root_paths[1]
    assert not after & bit(data, 1)  # the parent itself stays (partly) initialized


def test_move_in_loop_reaches_loop_head():
    # bb0: _1 = s; goto bb1;  bb1: switch -> bb2 | bb3;  bb2: _2 = move _1; goto bb1;  bb3: return
    body = make_body([T.UNIT, STRING, STRING, T.BOOL], [
        ([assign(1, const_string())], goto(1)),
        ([], switch(3, 2, 3)),
        ([assign(2, ir.Use(move(1)))], goto(1)),
        ([], ret()),
    ])
    data = gather(body)
    uninit = solve(body, MaybeUninitializedPlaces(data))
    assert uninit.state_before(ir.Location(2, 0)) & bit(data, 1)


def test_call_destination_initialized_only_on_return_edge():
    call = ir.Call(ir.Constant("fn", None, T.FnDef("crate::f"), def_id="crate::f"), (), ir.Place(1), 1,
                   make_body.__globals__["SP"], unwind=2)
    body = make_body([T.UNIT, STRING], [
        ([], call),
        ([], ret()),
        ([], ir.UnwindResume(make_body.__globals__["SP"])),
    ])
    data = gather(body)
    init = solve(body, MaybeInitializedPlaces(data))
    assert init.state_before(ir.Location(1, 0)) & bit(data, 1)
    assert not init.state_before(ir.Location(2, 0)) & bit(data, 1)


def test_ever_initialized_sees_first_assignment_and_args():
    body = make_body([T.UNIT, T.I32, T.I32], [
        ([assign(2, ir.Use(ir.Constant("int", 1, T.I32))), assign(2, ir.Use(ir.Constant("int", 2, T.I32)))], ret()),
    ], arg_count=1)
    data = gather(body)
    ever = solve(body, EverInitializedPlaces(data))
    state = ever.state_before(ir.Location(0, 1))
    inits = [i for i, init in enumerate(data.inits) if init.path == data.root_paths[2]]
    assert state & (1 << inits[0]) and not state & (1 << inits[1])
    arg_init = data.inits_of_path[data.root_paths[1]][0]
    assert ever.state_before(ir.Location(0, 0)) & (1 << arg_init)


def test_move_out_of_reference_is_illegal():
    ref_ty = T.Ref(T.ERASED, False, STRING)
    body = make_body([T.UNIT, ref_ty, STRING], [
        ([assign(2, ir.Use(move(1, ir.DEREF)))], ret()),
    ], arg_count=1)
    data = gather(body)
    assert [m.kind for m in data.illegal_moves] == ["borrowed"]
    assert data.illegal_moves[0].base == ir.Place(1)
