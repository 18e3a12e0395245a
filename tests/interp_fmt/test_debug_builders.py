"""Composite Debug and user Display/Formatter cases against debug_cases.json (rustc 1.95 output
of rust/debug_cases.rs). A tiny value model here plays the interpreter's role: it formats
children through the builders' callbacks, as the interpreter will."""
import json
import os
from dataclasses import dataclass, replace

import pytest

from borrowck.interp.format import (
    Formatter, Spec, StringSink, write_bool, write_char, write_float, write_int, write_str, write_unit,
)

from .spec_text import parse_spec

with open(os.path.join(os.path.dirname(__file__), "debug_cases.json"), encoding="utf-8") as fh:
    EXPECTED = json.load(fh)


@dataclass
class V:
    """A test value: kind plus payload."""
    kind: str
    data: object = None
    name: str = ""


def I(v, bits=32):  # noqa: E743
    return V("int", (v, bits))


def S(s):
    return V("str", s)


def debug(f: Formatter, v: V) -> None:
    """What the interpreter does for `{:?}` of a value: Debug dispatch on its type."""
    k = v.kind
    if k == "int":
        write_int(f, *v.data)
    elif k == "f64":
        write_float(f, v.data, 64)
    elif k == "str":
        write_str(f, v.data)
    elif k == "char":
        write_char(f, v.data)
    elif k == "bool":
        write_bool(f, v.data)
    elif k == "tuple" and not v.data:
        write_unit(f)
    elif k == "tuple":
        t = f.debug_tuple("")
        for c in v.data:
            t.field(child(c))
        t.finish()
    elif k == "struct":
        s = f.debug_struct(v.name)
        for n, c in v.data:
            s.field(n, child(c))
        s.finish()
    elif k == "nonex":
        s = f.debug_struct(v.name)
        for n, c in v.data:
            s.field(n, child(c))
        s.finish_non_exhaustive()
    elif k == "tstruct":
        t = f.debug_tuple(v.name)
        for c in v.data:
            t.field(child(c))
        t.finish()
    elif k == "unit_struct":
        f.write_str(v.name)
    elif k == "list":
        f.debug_list().entries(child(c) for c in v.data).finish()
    elif k == "set":
        f.debug_set().entries(child(c) for c in v.data).finish()
    elif k == "map":
        f.debug_map().entries((child(a), child(b)) for a, b in v.data).finish()
    elif k == "raw":
        f.write_str(v.data)
    else:
        raise AssertionError(k)


def child(v):
    return lambda f: debug(f, v)


def some(v):
    return V("tstruct", [v], "Some")


NONE = V("unit_struct", None, "None")
UNIT = V("tuple", [])


def foo(a, b):
    return V("struct", [("a", I(a)), ("b", S(b))], "Foo")


def pair(a, b):
    return V("tstruct", [I(a), I(b)], "Pair")


VALUES = {
    "foo": foo(1, "x"),
    "outer": V("struct", [
        ("foo", foo(-7, 'q"')),
        ("list", V("list", [I(1), I(20), I(300)])),
        ("opt", some(pair(3, 4))),
        ("e", V("struct", [("x", V("f64", 1.0)), ("y", some(V("char", "\n")))], "C")),
    ], "Outer"),
    "map": V("map", [(S("a"), I(1)), (S("b"), I(22))]),
    "nested_map": V("map", [(I(1), V("list", [foo(2, "y")])), (I(2), V("list", []))]),
    "set": V("set", [I(1), I(2), I(3)]),
    "empty_vec": V("list", []),
    "empty_map": V("map", []),
    "vv": V("list", [V("list", [I(1), I(2)]), V("list", []), V("list", [I(3)])]),
    "hr": V("struct", [("r", V("raw", "line1\nline2\n")), ("n", I(9, 8))], "HasRaw"),
    "tuple": V("tuple", [I(1), S("a"), V("char", "c"), V("f64", 2.5), V("bool", True)]),
    "one": V("tuple", [I(5)]),
    "unit": UNIT,
    "nested_tuple": V("tuple", [UNIT, V("tuple", [I(1)]), V("tuple", [V("unit_struct", None, "Unit"), pair(1, 2)])]),
    "opts": V("list", [some(I(3)), NONE]),
    "res": V("list", [V("tstruct", [I(1)], "Ok"), V("tstruct", [S("bad")], "Err")]),
    "e_list": V("list", [
        V("unit_struct", None, "A"), V("tstruct", [I(-2)], "B"),
        V("struct", [("x", V("f64", -0.0)), ("y", NONE)], "C"),
    ]),
    "boxed": foo(0, ""),
    "strings": V("list", [S("multi\nline"), S("")]),
    "floats": V("list", [V("f64", 1.0), V("f64", 0.1), V("f64", 1e21), V("f64", float("nan"))]),
    "unit_struct": V("unit_struct", None, "Unit"),
    "none": NONE,
    "non_exh": V("nonex", [("v", I(4))], "NonEx"),
    "non_exh_empty": V("nonex", [], "NonExEmpty"),
}
SPECS = ["?", "#?", "5?", "x?", "#x?", "<4?", "+?", "08?", ".1?", "X?", "^9?"]


def render(spec_text, v):
    sink = StringSink()
    debug(Formatter(sink, parse_spec(spec_text)), v)
    return sink.text()


@pytest.mark.parametrize("spec", SPECS)
@pytest.mark.parametrize("name", sorted(VALUES))
def test_debug_matches_rustc(name, spec):
    assert render(spec, VALUES[name]) == EXPECTED[name + spec]


def test_every_generated_debug_case_is_checked():
    labels = {n + s for n in VALUES for s in SPECS}
    user = {"w_width", "w_plain", "p_width", "p_prec", "p_center", "fwd_width", "inner_width",
            "flags_plain", "flags_all", "flags_minus"}
    assert set(EXPECTED) == labels | user


# ── user impls: what `write!(f, ...)` and `f.pad` do with the caller's options ──

def run(spec_text, fmt_impl):
    sink = StringSink()
    fmt_impl(Formatter(sink, parse_spec(spec_text)))
    return sink.text()


def w_impl(f):  # write!(f, "w{}", self.0)
    f.write_str("w")
    write_int(f.with_spec(Spec()), 3, 32)


def p_impl(f):  # f.pad("pad")
    f.pad("pad")


def fwd_impl(f):  # fmt::Display::fmt(&self.0, f)
    write_float(f, 3.14159, 64)


def inner_impl(f):  # write!(f, "[{:>4}|{:<3?}]", self.0, "s")
    f.write_str("[")
    write_int(f.with_spec(parse_spec(">4")), 7, 32)
    f.write_str("|")
    write_str(f.with_spec(parse_spec("<3?")), "s")
    f.write_str("]")


def flags_impl(f):
    def opt(x):
        return "None" if x is None else f"Some({x})"

    f.write_str(
        f"alt={str(f.alternate()).lower()} width={opt(f.width())} prec={opt(f.precision())} "
        f"fill='{f.fill()}' plus={str(f.sign_plus()).lower()} minus={str(f.sign_minus()).lower()} "
        f"zero={str(f.sign_aware_zero_pad()).lower()}"
    )


@pytest.mark.parametrize("label,spec,impl", [
    ("w_width", ">10", w_impl), ("w_plain", "", w_impl), ("p_width", ">10", p_impl),
    ("p_prec", ".1", p_impl), ("p_center", "*^9", p_impl), ("fwd_width", "08.2", fwd_impl),
    ("inner_width", ">20", inner_impl), ("flags_plain", "", flags_impl),
    ("flags_all", "_<+#012.3", flags_impl), ("flags_minus", "-", flags_impl),
])
def test_user_impls_match_rustc(label, spec, impl):
    assert run(spec, impl) == EXPECTED[label]


def test_map_key_without_value_is_an_error():
    f = Formatter(StringSink(), Spec(trait="Debug"))
    m = f.debug_map().key(child(I(1)))
    with pytest.raises(AssertionError):
        m.finish()


def test_spec_from_ast_resolves_kind_and_arguments():
    @dataclass
    class AstSpec:
        fill: object = None
        align: object = None
        sign: object = None
        alternate: bool = False
        zero_pad: bool = False
        width: object = None
        precision: object = None
        kind: str = ""

    s = Spec.from_ast(AstSpec(width="w", precision=2, kind="x?", alternate=True), width=7)
    assert s == Spec(width=7, precision=2, alternate=True, debug_hex="x", trait="Debug")
    assert Spec.from_ast(AstSpec(kind="E")) == replace(Spec(), trait="UpperExp")
