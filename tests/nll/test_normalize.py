"""Projection normalization for regions: the impl's parameters are bound by matching."""
from types import SimpleNamespace

from borrowck.borrowck.normalize import normalize
from borrowck.types import ty as T

A = T.Region("param", "'a")
ITER = "std::slice::Iter"
ITERATOR = "std::iter::Iterator"


def impl(self_ty, assoc, types=("T",)):
    return SimpleNamespace(trait_ref=SimpleNamespace(self_ty=self_ty, args=()),
                           generics=SimpleNamespace(types=types),
                           assoc_type=lambda name: assoc.get(name))


class Items:
    def __init__(self, impls):
        self.impls = impls

    def trait_impls(self, trait_id):
        return self.impls


def v(i):
    return T.Region("var", "", i)


def test_item_of_slice_iter_takes_the_iterator_region():
    items = Items([impl(T.Param("I"), {"Item": T.Param("X")}, ("I", "X")),  # blanket: unbound X
                   impl(T.Adt(ITER, (A, T.Param("T"))), {"Item": T.Ref(A, False, T.Param("T"))})])
    alias = T.Alias(ITERATOR, "Item", T.Adt(ITER, (v(7), T.Ref(v(8), False, T.STR))))
    assert normalize(items, alias) == T.Ref(v(7), False, T.Ref(v(8), False, T.STR))


def test_unbound_impl_parameter_is_not_normalized():
    items = Items([impl(T.Param("I"), {"Item": T.Param("X")}, ("I", "X"))])
    assert normalize(items, T.Alias(ITERATOR, "Item", T.Adt(ITER, (v(1), T.I32)))) is None
