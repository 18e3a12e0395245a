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


# what the conformance corpus calls, by DefId: the model must keep declaring these
COMMON = """
std::vec::Vec::new std::vec::Vec::push std::vec::Vec::pop std::vec::Vec::with_capacity std::vec::Vec::remove
std::vec::Vec::retain std::vec::Vec::insert std::vec::Vec::len std::vec::Vec::clear std::primitive::slice::iter
std::primitive::slice::iter_mut std::primitive::slice::first std::primitive::slice::last std::primitive::slice::get
std::primitive::slice::split_at_mut std::primitive::slice::windows std::primitive::slice::chunks
std::primitive::slice::sort std::primitive::slice::sort_by std::primitive::slice::contains std::primitive::slice::join
std::primitive::slice::first_mut std::primitive::slice::swap std::primitive::slice::is_empty
std::convert::From::from std::string::String::new std::string::String::push_str std::string::String::as_str
std::string::ToString::to_string std::primitive::str::chars std::primitive::str::split_whitespace
std::primitive::str::trim std::primitive::str::to_uppercase std::primitive::str::split std::primitive::str::parse
std::primitive::str::lines std::primitive::str::split_once std::primitive::str::char_indices
std::primitive::str::strip_prefix std::primitive::str::is_char_boundary std::primitive::str::len
std::option::Option::unwrap std::option::Option::unwrap_or std::option::Option::map std::option::Option::ok_or
std::option::Option::is_none std::option::Option::as_ref std::option::Option::take std::option::Option::expect
std::option::Option::and_then std::option::Option::map_or std::option::Option::cloned std::option::Option::is_some
std::result::Result::ok std::result::Result::unwrap std::result::Result::expect
std::iter::Iterator::map std::iter::Iterator::filter std::iter::Iterator::collect std::iter::Iterator::sum
std::iter::Iterator::enumerate std::iter::Iterator::count std::iter::Iterator::find std::iter::Iterator::fold
std::iter::Iterator::zip std::iter::Iterator::max_by_key std::iter::Iterator::last std::iter::Iterator::nth
std::iter::Iterator::peekable std::iter::Iterator::flat_map std::iter::Iterator::reduce std::iter::Iterator::copied
std::iter::Iterator::take std::iter::Iterator::next std::iter::IntoIterator::into_iter std::iter::Peekable::peek
std::collections::hash_map::HashMap::new std::collections::hash_map::HashMap::insert
std::collections::hash_map::HashMap::get std::collections::hash_map::HashMap::get_mut
std::collections::hash_map::HashMap::entry std::collections::hash_map::HashMap::remove
std::collections::hash_map::HashMap::contains_key std::collections::hash_map::HashMap::values
std::collections::hash_map::HashMap::keys std::collections::hash_map::Entry::or_insert
std::collections::hash_map::Entry::or_insert_with std::collections::hash_map::Entry::or_default
std::collections::btree_map::BTreeMap::new std::cell::RefCell::new std::cell::RefCell::borrow
std::cell::RefCell::borrow_mut std::cell::RefCell::try_borrow_mut std::cell::Cell::new std::cell::Cell::get
std::cell::Cell::set std::rc::Rc::new std::rc::Rc::strong_count std::sync::Arc::new std::sync::Mutex::new
std::sync::Mutex::lock std::sync::RwLock::new std::sync::RwLock::read std::sync::RwLock::write
std::sync::mpsc::channel std::sync::mpsc::sync_channel std::sync::mpsc::Sender::send std::sync::mpsc::Receiver::recv
std::sync::atomic::AtomicUsize::new std::sync::atomic::AtomicUsize::fetch_add std::sync::atomic::AtomicUsize::load
std::thread::spawn std::thread::scope std::thread::Scope::spawn std::thread::JoinHandle::join std::mem::swap
std::mem::replace std::mem::take std::mem::drop std::clone::Clone::clone std::ops::Drop::drop
std::primitive::f64::max std::primitive::f64::min std::primitive::f64::abs std::primitive::f64::is_nan
std::primitive::i32::abs std::primitive::u32::checked_add std::primitive::u32::saturating_sub
std::primitive::i32::wrapping_add std::primitive::u8::overflowing_add std::primitive::char::to_digit
std::primitive::char::is_alphanumeric std::primitive::char::to_uppercase std::cmp::Ord::cmp
std::cmp::PartialOrd::partial_cmp std::cmp::Ord::max std::convert::Into::into std::fmt::Formatter::write_str
std::primitive::bool::then
""".split()


@pytest.mark.parametrize("def_id", COMMON)
def test_common_api_is_declared(std, def_id):
    assert def_id in std.fns
