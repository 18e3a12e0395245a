"""Usefulness and witness printing on hand-built types and patterns (no type checker needed)."""
from __future__ import annotations

from types import SimpleNamespace

from borrowck.lints.match_check import WitnessPrinter, joined
from borrowck.lints.pattern_space import SINGLE, Pat, PatternSpace, wild
from borrowck.lints.usefulness import missing
from borrowck.types import ty as T
from borrowck.types.item_defs import AdtInfo, FieldInfo, GenericParams, VariantInfo

OPTION = "std::option::Option"
SHAPE = "crate::Shape"


def variant(def_id, name, index, kind, field_tys):
    fields = tuple(FieldInfo(str(i) if kind == "tuple" else f"f{i}", ft, True, None) for i, ft in enumerate(field_tys))
    return VariantInfo(f"{def_id}::{name}", name, index, kind, fields, None, None)


def enum(def_id, name, variants, params=()):
    return AdtInfo(def_id, name, "enum", "", GenericParams(types=params), (), tuple(variants), (), False, False,
                   def_id.startswith("std"), None, None)


ADTS = {
    OPTION: enum(OPTION, "Option", [variant(OPTION, "None", 0, "unit", ()),
                                    variant(OPTION, "Some", 1, "tuple", (T.Param("T"),))], ("T",)),
    SHAPE: enum(SHAPE, "Shape", [variant(SHAPE, "Circle", 0, "named", (T.Int("u32"),)),
                                 variant(SHAPE, "Square", 1, "tuple", (T.Int("u32"),)),
                                 variant(SHAPE, "Dot", 2, "unit", ())]),
}
SPACE = PatternSpace(SimpleNamespace(adts=ADTS, pat_types={}, resolutions={}))
PRINT = WitnessPrinter(SPACE)
OPT_I32 = T.Adt(OPTION, (T.Int("i32"),))
U8 = T.Int("u8")


def some(p, t=OPT_I32):
    return Pat(("variant", 1), (p,), t)


def none(t=OPT_I32):
    return Pat(("variant", 0), (), t)


def witnesses(pats, t):
    return [PRINT.show(w[0]) for w in missing(SPACE, [(False, (p,)) for p in pats], (t,), top=True)]


def rng(lo, hi, t=U8):
    return Pat(("range", lo, hi), (), t)


def test_option_missing_none():
    assert witnesses([some(wild(T.Int("i32")))], OPT_I32) == ["None"]
    assert witnesses([some(wild(T.Int("i32"))), none()], OPT_I32) == []
    assert witnesses([], OPT_I32) == ["None", "Some(_)"]


def test_user_enum_witnesses_are_qualified_and_keep_shape():
    shape = T.Adt(SHAPE)
    assert witnesses([Pat(("variant", 2), (), shape)], shape) == ["Shape::Circle { .. }", "Shape::Square(_)"]


def test_integer_gaps():
    assert witnesses([rng(0, 100)], U8) == ["101_u8..=u8::MAX"]
    i32 = T.Int("i32")
    assert witnesses([rng(1, 1, i32)], i32) == ["i32::MIN..=0_i32", "2_i32..=i32::MAX"]
    assert witnesses([rng(0, 9), rng(10, 255)], U8) == []
    assert witnesses([rng(0, 5), rng(3, 255)], U8) == []


def test_tuple_reports_only_missing_constructor_below_top():
    pair = T.Tuple((OPT_I32, OPT_I32))
    row = Pat(SINGLE, (some(wild(T.Int("i32"))), some(wild(T.Int("i32")))), pair)
    assert witnesses([row], pair) == ["(None, _)"]


def test_or_patterns_and_bools():
    both = T.Tuple((T.Bool(), T.Bool()))
    tt = Pat(SINGLE, (Pat(("bool", True), (), T.Bool()), wild(T.Bool())), both)
    ff = Pat(SINGLE, (Pat(("bool", False), (), T.Bool()), Pat(("bool", False), (), T.Bool())), both)
    assert witnesses([tt, ff], both) == ["(false, true)"]
    assert witnesses([Pat(("or",), (tt, ff), both)], both) == ["(false, true)"]


def test_slices_and_references():
    sl = T.Ref(T.Region("erased"), False, T.Slice(T.Int("i32")))
    inner = sl.inner
    empty = Pat(SINGLE, (Pat(("slice", 0, 0, False), (), inner),), sl)
    two = Pat(SINGLE, (Pat(("slice", 2, 0, False), (wild(T.Int("i32")),) * 2, inner),), sl)
    assert witnesses([empty, two], sl) == ["&[_]", "&[_, _, _, ..]"]
    first = Pat(SINGLE, (Pat(("slice", 1, 0, True), (wild(T.Int("i32")),), inner),), sl)
    assert witnesses([empty, first], sl) == []


def test_opaque_types_need_a_wildcard():
    s = T.Ref(T.Region("erased"), False, T.Str())
    assert witnesses([Pat(SINGLE, (Pat(("opaque",), (), T.Str()),), s)], s) == ["&_"]


def test_joined_lists_like_rustc():
    assert joined(["A"]) == "`A`"
    assert joined(["A", "B", "C"]) == "`A`, `B` and `C`"
    assert joined(["A", "B", "C", "D", "E"]) == "`A`, `B`, `C` and 2 more"


def test_guarded_rows_name_constructors_but_cover_nothing():
    rows = [(True, (some(wild(T.Int("i32"))),)), (False, (none(),))]
    assert [PRINT.show(w[0]) for w in missing(SPACE, rows, (OPT_I32,), top=True)] == ["Some(_)"]
    shape = T.Adt(SHAPE)
    rows = [(False, (Pat(("variant", 2), (), shape),)), (True, (Pat(("variant", 1), (wild(T.Int("u32")),), shape),))]
    assert [PRINT.show(w[0]) for w in missing(SPACE, rows, (shape,), top=True)] == ["Shape::Circle { .. }"]
