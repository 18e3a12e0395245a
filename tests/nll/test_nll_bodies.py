"""NLL on hand-written MIR: each test is a tiny Rust function, its MIR, and rustc's verdict."""
from borrowck.borrowck.nll import check_body
from borrowck.mir import ir
from borrowck.types import ty as T

from nll_mir_fixture import (VEC_I32, arg, assign, block, borrow, call, copy, crate_of, fn_body,
                         fn_info, move, ref, rv, sp, temp, typed_with, var)

RET = ir.Return(sp(99))


def check_crate(mir, typed):
    """Only the NLL half (the fixtures do not initialize every variable)."""
    return [d for body in mir.bodies for d in check_body(body, mir, typed)]


def codes(diags):
    return [(d.code, d.primary_span) for d in diags]


def index_call(n, dest, src, target):
    # dest = <Vec<i32> as Index>::index(move src, 0)
    return call("std::ops::Index::index", [ir.Move(ir.Place(src)),
                                          ir.Constant("int", 0, T.USIZE)], dest, target, n,
                sig_params=(T.Ref(rv(1), False, VEC_I32), T.USIZE), sig_ret=T.Ref(rv(1), False, T.I32))


def push_call(n, src, target, dest):
    return call("std::vec::Vec::push", [ir.Move(ir.Place(src)), ir.Constant("int", 6, T.I32)],
                dest, target, n, sig_params=(T.Ref(rv(2), True, VEC_I32), T.I32))


def holding_first(use_after: bool):
    """let mut v = ..; let first = &v[0]; v.push(6); [use(first)]"""
    locals_ = [temp(T.UNIT), var("v", VEC_I32, True, 1), var("first", ref(T.I32), n=2),
               temp(ref(VEC_I32), 3), temp(ref(VEC_I32, True), 4), temp(T.UNIT, 5), temp(ref(T.I32), 6)]
    tail = [assign(6, copy(2), 7)] if use_after else []
    blocks = [
        block([assign(3, borrow(1), 3)], index_call(3, 2, 3, 1)),
        block([assign(4, borrow(1, ir.BorrowKind.TWO_PHASE_MUT), 4)], push_call(4, 4, 2, 5)),
        block(tail + [ir.StorageDead(2, sp(8)), ir.StorageDead(1, sp(9))], RET),
    ]
    return fn_body(locals_, blocks)


def test_push_while_holding_reference_is_e0502_at_the_push():
    diags = check_crate(crate_of(holding_first(True)), typed_with())
    assert codes(diags) == [("E0502", sp(4))]
    labels = {l.message for l in diags[0].labels}
    assert "immutable borrow later used here" in labels
    assert "immutable borrow occurs here" in labels


def test_reference_dead_before_push_is_accepted():
    assert check_crate(crate_of(holding_first(False)), typed_with()) == []


def test_two_phase_push_len():
    """v.push(v.len()): the shared borrow for len() sits inside the reservation."""
    locals_ = [temp(T.UNIT), var("v", VEC_I32, True, 1), temp(ref(VEC_I32, True), 2),
               temp(ref(VEC_I32), 3), temp(T.USIZE, 4), temp(T.UNIT, 5)]
    len_call = call("std::vec::Vec::len", [ir.Move(ir.Place(3))], 4, 1, 3,
                    sig_params=(T.Ref(rv(1), False, VEC_I32),), sig_ret=T.USIZE)
    push = call("std::vec::Vec::push", [ir.Move(ir.Place(2)), ir.Move(ir.Place(4))], 5, 3, 4,
                sig_params=(T.Ref(rv(2), True, VEC_I32), T.USIZE))
    blocks = [
        block([assign(2, borrow(1, ir.BorrowKind.TWO_PHASE_MUT), 2), assign(3, borrow(1), 3)], len_call),
        block([], push),
        block([], ir.Goto(3, sp(6))),
        block([ir.StorageDead(1, sp(9))], RET),
    ]
    body = fn_body(locals_, blocks)
    assert check_crate(crate_of(body), typed_with()) == []
    # the same with a plain (not two-phase) &mut is E0502 at the shared borrow
    blocks[0] = block([assign(2, borrow(1, ir.BorrowKind.MUT), 2), assign(3, borrow(1), 3)], len_call)
    diags = check_crate(crate_of(fn_body(locals_, blocks)), typed_with())
    assert codes(diags) == [("E0502", sp(3))]


def test_two_mutable_borrows_e0499_at_second():
    locals_ = [temp(T.UNIT), var("x", T.I32, True, 1), var("a", ref(T.I32, True), n=2),
               var("b", ref(T.I32, True), n=3), temp(T.I32, 4)]
    blocks = [block([assign(2, borrow(1, ir.BorrowKind.MUT), 2), assign(3, borrow(1, ir.BorrowKind.MUT), 3),
                     assign(4, copy(2, (ir.DEREF,)), 4), ir.StorageDead(1, sp(9))], RET)]
    diags = check_crate(crate_of(fn_body(locals_, blocks)), typed_with())
    assert codes(diags) == [("E0499", sp(3))]
    assert "first borrow later used here" in {l.message for l in diags[0].labels}


def test_assign_while_borrowed_e0506_and_copy_e0503():
    locals_ = [temp(T.UNIT), var("x", T.I32, True, 1), var("r", ref(T.I32, True), n=2), temp(T.I32, 4)]
    for stmt, code in ((assign(1, ir.Use(ir.Constant("int", 1, T.I32)), 3), "E0506"),
                       (assign(3, copy(1), 3), "E0503")):
        blocks = [block([assign(2, borrow(1, ir.BorrowKind.MUT), 2), stmt,
                         assign(3, copy(2, (ir.DEREF,)), 4)], RET)]
        diags = check_crate(crate_of(fn_body(locals_, blocks)), typed_with())
        assert codes(diags) == [(code, sp(3))]


def test_reassigned_reference_kills_nothing_but_liveness_does():
    """let mut r = &a; r = &b; a = 5; use(r)   -- accepted (r is dead until reassigned)"""
    locals_ = [temp(T.UNIT), var("a", T.I32, True, 1), var("b", T.I32, n=2), var("r", ref(T.I32), True, 3),
               temp(T.I32, 4)]
    blocks = [block([assign(3, borrow(1), 3), assign(3, borrow(2), 4),
                     assign(1, ir.Use(ir.Constant("int", 5, T.I32)), 5), assign(4, copy(3, (ir.DEREF,)), 6)], RET)]
    assert check_crate(crate_of(fn_body(locals_, blocks)), typed_with()) == []


def test_disjoint_fields_do_not_conflict():
    pair = T.Tuple((T.I32, T.I32))
    locals_ = [temp(T.UNIT), var("p", pair, True, 1), var("a", ref(T.I32, True), n=2),
               var("b", ref(T.I32, True), n=3), temp(T.I32, 4)]
    f0, f1 = ir.Field(0, "0"), ir.Field(1, "1")
    blocks = [block([assign(2, borrow(1, ir.BorrowKind.MUT, (f0,)), 2), assign(3, borrow(1, ir.BorrowKind.MUT, (f1,)), 3),
                     assign(4, copy(2, (ir.DEREF,)), 4), assign(4, copy(3, (ir.DEREF,)), 5)], RET)]
    assert check_crate(crate_of(fn_body(locals_, blocks)), typed_with()) == []
    blocks = [block([assign(2, borrow(1, ir.BorrowKind.MUT, (f0,)), 2), assign(3, borrow(1, ir.BorrowKind.MUT), 3),
                     assign(4, copy(2, (ir.DEREF,)), 4)], RET)]
    assert codes(check_crate(crate_of(fn_body(locals_, blocks)), typed_with())) == [("E0499", sp(3))]


def test_borrow_outliving_block_e0597_at_borrow():
    """let r; { let x = 5; r = &x; } use(r)"""
    locals_ = [temp(T.UNIT), var("r", ref(T.I32), n=1), var("x", T.I32, n=2), temp(T.I32, 4)]
    blocks = [block([ir.StorageLive(2, sp(2)), assign(2, ir.Use(ir.Constant("int", 5, T.I32)), 2),
                     assign(1, borrow(2), 3), ir.StorageDead(2, sp(5)), assign(3, copy(1, (ir.DEREF,)), 6)], RET)]
    diags = check_crate(crate_of(fn_body(locals_, blocks)), typed_with())
    assert codes(diags) == [("E0597", sp(3))]
    labels = {l.message for l in diags[0].labels}
    assert "`x` dropped here while still borrowed" in labels and "borrow later used here" in labels


def test_returning_reference_to_local_e0515():
    """fn f() -> &'static i32 { let x = 5; &x }"""
    info = fn_info("crate::f", (), T.Ref(T.STATIC, False, T.I32))
    locals_ = [temp(ref(T.I32)), var("x", T.I32, n=1), temp(ref(T.I32), 2)]
    blocks = [block([assign(1, ir.Use(ir.Constant("int", 5, T.I32)), 1), assign(2, borrow(1), 2),
                     assign(0, move(2), 2), ir.StorageDead(1, sp(5))], RET)]
    body = fn_body(locals_, blocks, source=info.node, def_id="crate::f")
    diags = check_crate(crate_of(body), typed_with([info]))
    assert codes(diags) == [("E0515", sp(2))]
    assert diags[0].message == "cannot return reference to local variable `x`"


def test_wrong_lifetime_returned():
    """fn pick<'a, 'b>(x: &'a i32, y: &'b i32) -> &'a i32 { y }"""
    ra, rb = T.Region("param", "'a"), T.Region("param", "'b")
    info = fn_info("crate::pick", (T.Ref(ra, False, T.I32), T.Ref(rb, False, T.I32)),
                   T.Ref(ra, False, T.I32), lifetimes=("'a", "'b"))
    locals_ = [temp(ref(T.I32)), arg("x", ref(T.I32), 1), arg("y", ref(T.I32), 2)]
    blocks = [block([assign(0, copy(2), 4)], RET)]
    body = fn_body(locals_, blocks, arg_count=2, source=info.node, def_id="crate::pick")
    diags = check_crate(crate_of(body), typed_with([info]))
    assert codes(diags) == [(None, sp(4))]
    assert diags[0].message == "lifetime may not live long enough"
    assert any("consider adding the following bound: `'b: 'a`" == c.message for c in diags[0].children)
    # with 'b: 'a declared, accepted
    info.outlives = (("'b", "'a"),)
    assert check_crate(crate_of(body), typed_with([info])) == []


def test_spawn_of_borrowed_param_is_e0521():
    """fn f(m: &str) { thread::spawn(move || use(m)); }"""
    anon = T.Region("param", "'_elided0")
    info = fn_info("crate::f", (T.Ref(anon, False, T.STR),), T.UNIT, lifetimes=("'_elided0",))
    closure_ty = T.Closure("crate::f::{closure#0}", (), T.UNIT, "FnOnce")
    closure = ir.Body("crate::f::{closure#0}", ir.BodyKind.CLOSURE, object(), sp(0),
                      (temp(T.UNIT), arg(None, closure_ty)), 1, (block([], RET),),
                      upvars=(ir.Upvar(0, "m", None, (), "move", ref(T.STR), False, sp(7)),))
    handle = T.Adt("std::thread::JoinHandle", (T.UNIT,))
    locals_ = [temp(T.UNIT), arg("m", ref(T.STR), 1), temp(closure_ty, 2), temp(handle, 3)]
    spawn = call("std::thread::spawn", [ir.Move(ir.Place(2))], 3, 1, 5,
                 sig_params=(closure_ty,), sig_ret=handle, bounds=((closure_ty, T.STATIC),))
    blocks = [block([assign(2, ir.Aggregate(ir.AggregateKind.CLOSURE, (ir.Copy(ir.Place(1)),), closure_ty,
                                            def_id=closure.def_id), 2)], spawn),
              block([], RET)]
    body = fn_body(locals_, blocks, arg_count=1, source=info.node, def_id="crate::f")
    diags = check_crate(crate_of(body, closure), typed_with([info]))
    assert codes(diags) == [("E0521", sp(5))]


def test_borrow_stored_across_loop_iterations_is_e0499_in_previous_iteration():
    """loop { let slot = &mut data; keep.push(slot) }  -- the loan reaches its own borrow again"""
    vec_ref = T.Adt("std::vec::Vec", (ref(VEC_I32, True),))
    locals_ = [temp(T.UNIT), var("data", VEC_I32, True, 1), var("keep", vec_ref, True, 2),
               var("slot", ref(VEC_I32, True), n=3), temp(ref(vec_ref, True), 4), temp(T.UNIT, 5)]
    push = call("std::vec::Vec::push", [ir.Move(ir.Place(4)), ir.Move(ir.Place(3))], 5, 0, 4,
                sig_params=(T.Ref(rv(1), True, T.Adt("std::vec::Vec", (T.Ref(rv(2), True, VEC_I32),))),
                            T.Ref(rv(2), True, VEC_I32)))
    blocks = [block([assign(3, borrow(1, ir.BorrowKind.MUT), 3),
                     assign(4, borrow(2, ir.BorrowKind.TWO_PHASE_MUT), 4)], push)]
    diags = check_crate(crate_of(fn_body(locals_, blocks)), typed_with())
    assert codes(diags) == [("E0499", sp(3))]
    assert diags[0].labels[0].message == "`data` was mutably borrowed here in the previous iteration of the loop"


def test_drop_impl_keeps_borrow_alive_until_scope_end():
    """let g; let label = ..; g = Guard { name: &label };  -- E0597 only if Guard: Drop"""
    from types import SimpleNamespace
    guard = T.Adt("crate::Guard", (T.ERASED,))
    field = SimpleNamespace(name="name", ty=T.Ref(T.Region("param", "'a"), False, T.STR))
    generics = SimpleNamespace(lifetimes=("'a",), types=())

    def run(has_drop):
        info = SimpleNamespace(kind="struct", fields=(field,), variants=(), generics=generics,
                               has_drop_impl=has_drop, is_std=False)
        typed = typed_with()
        typed.adts["crate::Guard"] = info
        locals_ = [temp(T.UNIT), var("g", guard, n=1), var("label", T.STR, n=2), temp(ref(T.STR), 3)]
        blocks = [block([assign(3, borrow(2), 3),
                         assign(1, ir.Aggregate(ir.AggregateKind.ADT, (ir.Move(ir.Place(3)),), guard,
                                                def_id="crate::Guard"), 4),
                         ir.StorageDead(2, sp(6))],
                        ir.Drop(ir.Place(1), 1, sp(7))),
                  block([ir.StorageDead(1, sp(8))], RET)]
        return check_crate(crate_of(fn_body(locals_, blocks)), typed)
    assert run(False) == []
    diags = run(True)
    assert codes(diags) == [("E0597", sp(3))]
    assert any(l.message.startswith("borrow might be used here, when `g` is dropped") for l in diags[0].labels)
