"""Trait solving on a small hand-built item table: auto traits, negative impls, impl
selection with where-clauses, projections."""
from borrowck.types import ty as T
from borrowck.types.infer import InferCtxt
from borrowck.types.item_defs import (AdtInfo, AssocTypeInfo, FieldInfo, GenericParams, ImplInfo,
                                      TraitInfo, TraitPred, TraitRef)
from borrowck.types.items import ItemTable
from borrowck.types.trait_solver import MAYBE, NO, YES, TraitSolver

SEND, SYNC, ITER = "std::marker::Send", "std::marker::Sync", "std::iter::Iterator"
CLONE = "std::clone::Clone"
RC, VEC, CELL = "std::rc::Rc", "std::vec::Vec", "std::cell::Cell"


def _trait(def_id, is_auto=False, assoc=()):
    return TraitInfo(def_id, def_id.rsplit("::", 1)[-1], GenericParams(types=("Self",)), (), (),
                     tuple(AssocTypeInfo(a, None, (), None) for a in assoc), (), is_auto, False, True, None, None)


def _adt(def_id, types=(), fields=(), is_std=True):
    return AdtInfo(def_id, def_id.rsplit("::", 1)[-1], "struct", "named", GenericParams(types=types),
                   tuple(FieldInfo(n, t, True, None) for n, t in fields), (), (), False, False, is_std, None, None)


def _impl(table, def_id, trait_id, self_ty, types=(), preds=(), negative=False, assoc=()):
    impl = ImplInfo(def_id, GenericParams(types=types, preds=preds), self_ty, TraitRef(trait_id, self_ty),
                    negative, False, (), tuple(AssocTypeInfo(n, t, (), None) for n, t in assoc), (), True, None, None)
    table.impls[def_id] = impl
    table.trait_impl_index.setdefault(trait_id, []).append(def_id)


def _table():
    t = ItemTable()
    for tid in (SEND, SYNC):
        t.traits[tid] = _trait(tid, is_auto=True)
    t.traits[CLONE] = _trait(CLONE)
    t.traits[ITER] = _trait(ITER, assoc=("Item",))
    t.adts[RC] = _adt(RC, ("T",))
    t.adts[VEC] = _adt(VEC, ("T",))
    t.adts[CELL] = _adt(CELL, ("T",))
    t.adts["crate::S"] = _adt("crate::S", (), (("r", T.Adt(RC, (T.I32,))),), is_std=False)
    t.adts["crate::Iter"] = _adt("crate::Iter", ("T",))
    _impl(t, "rc!send", SEND, T.Adt(RC, (T.Param("T"),)), ("T",), negative=True)
    _impl(t, "rc!sync", SYNC, T.Adt(RC, (T.Param("T"),)), ("T",), negative=True)
    _impl(t, "cell!sync", SYNC, T.Adt(CELL, (T.Param("T"),)), ("T",), negative=True)
    clone_t = (TraitPred(TraitRef(CLONE, T.Param("T"))),)
    _impl(t, "vec clone", CLONE, T.Adt(VEC, (T.Param("T"),)), ("T",), clone_t)
    _impl(t, "i32 clone", CLONE, T.I32)
    _impl(t, "iter", ITER, T.Adt("crate::Iter", (T.Param("T"),)), ("T",),
          assoc=(("Item", T.Ref(T.ERASED, False, T.Param("T"))),))
    return t


def _solver():
    return TraitSolver(_table(), InferCtxt())


def test_rc_is_not_send_and_names_the_leaf():
    s = _solver()
    assert s.evaluate(SEND, T.Adt(VEC, (T.Adt(RC, (T.I32,)),))) == NO
    assert s.last_failure.self_ty == T.Adt(RC, (T.I32,))


def test_struct_send_is_structural_over_fields():
    s = _solver()
    assert s.evaluate(SEND, T.Adt("crate::S", ())) == NO
    assert s.evaluate(SEND, T.Adt(VEC, (T.I32,))) == YES


def test_shared_ref_is_send_only_if_referent_is_sync():
    s = _solver()
    cell_ref = T.Ref(T.ERASED, False, T.Adt(CELL, (T.I32,)))
    assert s.evaluate(SEND, cell_ref) == NO
    assert s.last_failure.trait_id == SYNC
    assert s.evaluate(SEND, T.Ref(T.ERASED, True, T.Adt(CELL, (T.I32,)))) == YES


def test_impl_where_clauses_are_checked():
    s = _solver()
    assert s.evaluate(CLONE, T.Adt(VEC, (T.I32,))) == YES
    assert s.evaluate(CLONE, T.Adt(VEC, (T.Adt(RC, (T.I32,)),))) == NO


def test_unknown_self_is_ambiguous():
    s = _solver()
    assert s.evaluate(CLONE, s.icx.new_var()) == MAYBE


def test_projection_normalizes_through_the_impl():
    s = _solver()
    got = s.normalize(T.Alias(ITER, "Item", T.Adt("crate::Iter", (T.CHAR,))))
    assert got == T.Ref(T.ERASED, False, T.CHAR)


def test_param_env_bound_holds_for_params():
    table = _table()
    env = (TraitPred(TraitRef(CLONE, T.Param("T"))),)
    s = TraitSolver(table, InferCtxt(), env)
    assert s.evaluate(CLONE, T.Param("T")) == YES
    assert s.evaluate(CLONE, T.Param("U")) == NO
