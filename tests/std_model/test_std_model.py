"""The std model: it loads without problems, its signatures carry the lifetimes the borrow
checker needs, auto-trait impls are declared, and CATALOG.md is current."""
import pytest

from borrowck.std.catalog import CATALOG, catalog_text
from borrowck.std.model import load_std_model
from borrowck.types import ty as T
from borrowck.types.item_builder import std_items
from borrowck.types.items import ItemTable


@pytest.fixture(scope="module")
def std():
    table, _tree = std_items(ItemTable)
    return table


def param(name):
    return T.Region("param", name)


def test_model_parses_and_lowers_without_diagnostics(std):
    assert load_std_model().diagnostics == ()
    assert [(d.code, d.message) for d in std.diagnostics] == []


def test_catalog_is_up_to_date(std):
    assert CATALOG.read_text() == catalog_text(std) + "\n", "run: python -m borrowck.std.catalog"


@pytest.mark.parametrize("def_id,params,ret", [
    ("std::vec::Vec::push", (T.Ref(param("'_elided0"), True, T.Adt("std::vec::Vec", (T.Param("T"),))), T.Param("T")),
     T.UNIT),
    ("std::string::String::as_str", (T.Ref(param("'_elided0"), False, T.Adt("std::string::String")),),
     T.Ref(param("'_elided0"), False, T.STR)),
    ("std::primitive::slice::first", (T.Ref(param("'_elided0"), False, T.Slice(T.Param("T"))),),
     T.Adt("std::option::Option", (T.Ref(param("'_elided0"), False, T.Param("T")),))),
    ("std::cell::RefCell::borrow", (T.Ref(param("'_elided0"), False, T.Adt("std::cell::RefCell", (T.Param("T"),))),),
     T.Adt("std::cell::Ref", (param("'_elided0"), T.Param("T")))),
    ("std::option::Option::unwrap", (T.Adt("std::option::Option", (T.Param("T"),)),), T.Param("T")),
])
def test_signatures_with_elided_lifetimes(std, def_id, params, ret):
    sig = std.fns[def_id]
    assert sig.params == params
    assert sig.ret == ret


def test_hashmap_get_ties_result_to_the_map_not_the_key(std):
    sig = std.fns["std::collections::hash_map::HashMap::get"]
    self_region = sig.params[0].region
    key_region = sig.params[1].region
    assert self_region != key_region
    assert sig.ret == T.Adt("std::option::Option", (T.Ref(self_region, False, T.Param("V")),))
    assert "Q" in sig.generics.types


def test_entry_and_lock_return_guards_borrowing_self(std):
    entry = std.fns["std::collections::hash_map::HashMap::entry"]
    assert entry.ret.args[0] == entry.params[0].region
    lock = std.fns["std::sync::Mutex::lock"]
    guard = lock.ret.args[0]  # LockResult<G> = Result<G, PoisonError<G>>
    assert guard == T.Adt("std::sync::MutexGuard", (lock.params[0].region, T.Param("T")))


def test_thread_spawn_requires_send_and_static(std):
    preds = std.predicates_of("std::thread::spawn")
    traits = {(p.trait_ref.self_ty, p.trait_ref.trait_id) for p in preds if hasattr(p, "trait_ref") and hasattr(p, "maybe")}
    assert (T.Param("F"), "std::marker::Send") in traits
    assert (T.Param("T"), "std::marker::Send") in traits
    outlives = {(p.ty, p.region) for p in preds if type(p).__name__ == "TypeOutlives"}
    assert (T.Param("F"), T.STATIC) in outlives and (T.Param("T"), T.STATIC) in outlives
    output = [p for p in preds if type(p).__name__ == "ProjectionPred"]
    assert output[0].trait_ref.trait_id == "std::ops::FnOnce" and output[0].ty == T.Param("T")


@pytest.mark.parametrize("trait_id,self_head", [
    ("std::marker::Send", "std::rc::Rc"),
    ("std::marker::Sync", "std::rc::Rc"),
    ("std::marker::Sync", "std::cell::RefCell"),
    ("std::marker::Sync", "std::cell::Cell"),
    ("std::marker::Send", "std::sync::MutexGuard"),
])
def test_negative_auto_trait_impls(std, trait_id, self_head):
    assert any(i.negative and type(i.self_ty) is T.Adt and i.self_ty.def_id == self_head
               for i in std.trait_impls(trait_id))


def test_auto_traits_are_marked(std):
    assert std.traits["std::marker::Send"].is_auto and std.traits["std::marker::Sync"].is_auto
    assert not std.traits["std::clone::Clone"].is_auto


def test_iterator_adapter_impl_is_generic(std):
    impl = next(i for i in std.trait_impls("std::iter::Iterator")
                if type(i.self_ty) is T.Adt and i.self_ty.def_id == "std::iter::Map")
    assert impl.assoc_type("Item") == T.Param("B")
    fnmut = [p for p in impl.generics.preds if hasattr(p, "maybe") and p.trait_ref.trait_id == "std::ops::FnMut"]
    assert fnmut[0].trait_ref.args == (T.Tuple((T.Alias("std::iter::Iterator", "Item", T.Param("I"), ()),)),)


def test_provided_methods_are_marked(std):
    assert std.fns["std::iter::Iterator::map"].is_provided
    assert not std.fns["std::iter::Iterator::next"].is_provided


def test_index_of_vec_goes_through_slice_index(std):
    impl = next(i for i in std.trait_impls("std::ops::Index")
                if type(i.self_ty) is T.Adt and i.self_ty.def_id == "std::vec::Vec")
    assert impl.assoc_type("Output") == T.Alias("std::slice::SliceIndex", "Output", T.Param("I"),
                                                (T.Slice(T.Param("T")),))


def test_copy_and_drop_flags(std):
    assert std.adts["std::cmp::Ordering"].is_copy
    assert not std.adts["std::string::String"].is_copy
    assert std.adts["std::vec::Vec"].has_drop_impl
    assert std.adts["std::cell::Ref"].has_drop_impl
    drop_vec = next(i for i in std.impls_for("std::vec::Vec") if i.trait_ref and i.trait_ref.trait_id == "std::ops::Drop")
    assert drop_vec.may_dangle


def test_prelude_and_primitive_consts(std):
    assert std.consts["std::primitive::i32::MAX"].ty == T.I32
    assert std.consts["std::f64::consts::PI"].ty == T.F64
    assert std.fns["std::primitive::f64::max"].params == (T.F64, T.F64)


def test_elided_lifetimes_in_fn_sugar_are_bound_by_the_bound(std):
    preds = std.predicates_of("std::primitive::slice::sort_by_key")
    fnmut = next(p for p in preds if hasattr(p, "maybe") and p.trait_ref.trait_id == "std::ops::FnMut")
    assert fnmut.bound_regions == ("'_hr0",)
    assert fnmut.trait_ref.args == (T.Tuple((T.Ref(T.Region("param", "'_hr0"), False, T.Param("T")),)),)
    assert "'_hr0" not in std.fns["std::primitive::slice::sort_by_key"].lifetimes
