"""Inference table and unification: variables, kinds, occurs check, snapshots, fallback."""
from borrowck.types import ty as T
from borrowck.types.infer import InferCtxt
from borrowck.types.unify import can_unify, unify

VEC = "std::vec::Vec"


def test_var_binds_and_resolves_deeply():
    icx = InferCtxt()
    a, b = icx.new_var(), icx.new_var()
    assert unify(icx, T.Adt(VEC, (a,)), T.Adt(VEC, (b,)))
    assert unify(icx, b, T.I32)
    assert icx.resolve(T.Adt(VEC, (a,))) == T.Adt(VEC, (T.I32,))


def test_int_var_accepts_only_integers():
    icx = InferCtxt()
    i = icx.new_var("int")
    assert not unify(icx, i, T.F64)
    assert not unify(icx, i, T.Ref(T.ERASED, False, T.STR))
    assert unify(icx, i, T.Int("u64"))
    assert icx.resolve(i) == T.Int("u64")


def test_int_var_merged_with_ty_var_keeps_int_kind():
    icx = InferCtxt()
    t, i = icx.new_var(), icx.new_var("int")
    assert unify(icx, t, i)
    assert not unify(icx, t, T.BOOL)
    icx.fallback()
    assert icx.resolve(t) == T.I32


def test_float_fallback_is_f64():
    icx = InferCtxt()
    f = icx.new_var("float")
    icx.fallback()
    assert icx.resolve(f) == T.F64


def test_occurs_check():
    icx = InferCtxt()
    a = icx.new_var()
    assert not unify(icx, a, T.Adt(VEC, (a,)))


def test_snapshot_rollback_undoes_bindings_and_new_vars():
    icx = InferCtxt()
    a = icx.new_var()
    n = len(icx.parent)
    snap = icx.snapshot()
    icx.new_var()
    assert unify(icx, a, T.BOOL)
    icx.rollback_to(snap)
    assert len(icx.parent) == n
    assert icx.is_unresolved(a)
    assert can_unify(icx, a, T.CHAR)
    assert icx.is_unresolved(a)


def test_regions_are_ignored_and_mutability_is_not():
    icx = InferCtxt()
    r1 = T.Ref(T.Region("param", "'a"), False, T.STR)
    r2 = T.Ref(T.ERASED, False, T.STR)
    assert unify(icx, r1, r2)
    assert not unify(icx, T.Ref(T.ERASED, True, T.STR), r2)


def test_array_lengths_must_agree():
    icx = InferCtxt()
    assert not unify(icx, T.Array(T.I32, 2), T.Array(T.I32, 3))
    assert unify(icx, T.Array(T.I32, None), T.Array(T.I32, 3))


def test_error_unifies_with_anything():
    icx = InferCtxt()
    assert unify(icx, T.ERROR, T.Adt(VEC, (T.I32,)))
