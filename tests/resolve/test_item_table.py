"""The ItemTable API on user crates: DefIds, lowered signatures, impls, paths in scopes."""
from borrowck.source.span import SourceFile
from borrowck.syntax import ast, parse
from borrowck.types import ty as T
from borrowck.types.items import ItemTable

SRC = """
use std::collections::HashMap;
use std::fmt;
#[derive(Debug, Clone, PartialEq)]
enum Shape { Circle(f64), Square { side: f64 }, Dot }
struct Holder<'a, T: Clone> { item: &'a T, count: usize }
trait Area { fn area(&self) -> f64; fn twice(&self) -> f64 { self.area() * 2.0 } }
impl Area for Shape { fn area(&self) -> f64 { 0.0 } }
impl fmt::Display for Shape {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "s") }
}
impl<'a, T: Clone> Holder<'a, T> {
    fn new(item: &'a T) -> Self { Holder { item, count: 0 } }
    fn item(&self) -> &T { self.item }
    fn first<'b>(&self, other: &'b str) -> &'b str { other }
}
fn longest<'x>(a: &'x str, b: &'x str) -> &'x str { a }
fn get(m: &HashMap<String, u8>) -> Option<&u8> { m.get("k") }
fn main() {
    struct Local;
    let v: Vec<u8> = Vec::new();
}
"""


def build():
    f = SourceFile.from_text("t.rs", SRC)
    crate = parse(f, "2021").crate
    return crate, ItemTable.build(crate, f)


def fn_node(crate, name):
    for it in crate.items:
        if isinstance(it, ast.Fn) and it.ident.name == name:
            return it
    raise KeyError(name)


def test_no_diagnostics_and_def_ids():
    crate, t = build()
    assert t.diagnostics == []
    assert t.adts["crate::Shape"].kind == "enum"
    assert [v.def_id for v in t.adts["crate::Shape"].variants] == [
        "crate::Shape::Circle", "crate::Shape::Square", "crate::Shape::Dot"]
    assert "crate::Holder::new" in t.fns and "crate::Area::area" in t.fns
    assert "crate::<impl Area for Shape>::area" in t.fns
    assert "crate::<impl fmt::Display for Shape>::fmt" in t.fns
    assert t.fns["crate::<impl Area for Shape>::area"].trait_item == "crate::Area::area"
    assert t.fns["crate::Area::twice"].has_body and not t.fns["crate::Area::area"].has_body


def test_elision_and_named_lifetimes():
    crate, t = build()
    sig = t.fn_of(fn_node(crate, "longest"))
    xr = T.Region("param", "'x")
    assert sig.params == (T.Ref(xr, False, T.STR), T.Ref(xr, False, T.STR)) and sig.ret == T.Ref(xr, False, T.STR)
    item = t.fns["crate::Holder::item"]
    self_region = item.params[0].region
    assert self_region == T.Region("param", "'_elided0")
    assert item.ret == T.Ref(self_region, False, T.Param("T"))
    assert item.lifetimes == ("'a", "'_elided0")
    first = t.fns["crate::Holder::first"]
    assert first.ret == T.Ref(T.Region("param", "'b"), False, T.STR)
    get = t.fn_of(fn_node(crate, "get"))
    assert get.ret == T.Adt("std::option::Option", (T.Ref(T.Region("param", "'_elided0"), False, T.Int("u8")),))


def test_holder_fields_generics_and_self():
    crate, t = build()
    h = t.adts["crate::Holder"]
    assert h.generics.lifetimes == ("'a",) and h.generics.types == ("T",)
    assert h.fields[0].ty == T.Ref(T.Region("param", "'a"), False, T.Param("T"))
    new = t.fns["crate::Holder::new"]
    assert new.ret == T.Adt("crate::Holder", (T.Region("param", "'a"), T.Param("T")))
    assert [g.types for g in t.all_generics("crate::Holder::new")] == [("T",), ()]


def test_derives_become_impls_and_flags():
    crate, t = build()
    derived = [i for i in t.impls_for("crate::Shape") if i.derived]
    assert {i.trait_ref.trait_id for i in derived} == {"std::fmt::Debug", "std::clone::Clone", "std::cmp::PartialEq"}
    clone = next(i for i in derived if i.trait_ref.trait_id == "std::clone::Clone")
    assert t.fns[clone.method("clone")].ret == T.Adt("crate::Shape")
    assert not t.adts["crate::Shape"].is_copy
    assert any(i.def_id.endswith("<impl Area for Shape>") for i in t.trait_impls("crate::Area"))


def test_inherent_methods_lookup_user_and_std():
    crate, t = build()
    names = {sig.name for _, sig in t.inherent_methods(T.Adt("crate::Holder", (T.ERASED, T.I32)))}
    assert names == {"new", "item", "first"}
    assert [s.def_id for _, s in t.inherent_methods(T.Adt("std::vec::Vec", (T.I32,)), "push")] == ["std::vec::Vec::push"]
    assert [s.def_id for _, s in t.inherent_methods(T.STR, "len")] == ["std::primitive::str::len"]


def test_resolve_paths_in_body_scope():
    crate, t = build()
    main = fn_node(crate, "main")
    scope = t.block_scope(main.body, t.body_scope(main))
    let = main.body.stmts[1]
    call = let.init
    res = t.resolve_path(call.func.path, scope, "value")
    assert res.binding.kind == "struct" and res.binding.target == "std::vec::Vec"
    assert [s.ident.name for s in res.rest] == ["new"]
    ty = t.lower_type(let.ty, scope, [])
    assert ty == T.Adt("std::vec::Vec", (T.Int("u8"),))
    local = ast.Path(main.span, (ast.PathSegment(main.span, ast.Ident(main.span, "Local"), None),))
    assert t.resolve_path(local, scope, "value").binding.target == "crate::main::Local"
    missing = ast.Path(main.span, (ast.PathSegment(main.span, ast.Ident(main.span, "nope"), None),))
    res = t.resolve_path(missing, scope, "value")
    assert res.binding is None and res.error.code == "E0425"


def test_traits_in_scope_include_prelude_and_imports():
    crate, t = build()
    scope = t.body_scope(fn_node(crate, "main"))
    traits = t.resolver.traits_in_scope(scope)
    assert {"std::iter::Iterator", "std::clone::Clone", "crate::Area"} <= traits
    assert "std::fmt::Display" not in traits  # only `fmt` was imported, not the trait


def test_lower_type_with_fresh_callbacks():
    crate, t = build()
    scope = t.body_scope(fn_node(crate, "main"))
    f = SourceFile.from_text("u.rs", "fn z() { let x: &Vec<_> = todo!(); }")
    let = parse(f, "2021").crate.items[0].body.stmts[0]
    ty = t.lower_type(let.ty, scope, [], fresh_region=lambda n: T.Region("var", index=7),
                      fresh_ty=lambda n: T.Infer(3))
    assert ty == T.Ref(T.Region("var", index=7), False, T.Adt("std::vec::Vec", (T.Infer(3),)))


def test_bare_trait_object_is_dyn_before_2021():
    src = "trait Tr {}\nfn f(x: &Tr) {}\nfn main() {}\n"
    f = SourceFile.from_text("e.rs", src)
    crate = parse(f, "2018").crate
    t = ItemTable.build(crate, f, "2018")
    assert t.diagnostics == []
    assert t.fn_of(crate.items[1]).params[0].inner == T.Dyn("crate::Tr", (), (), T.Region("param", "'_elided0"))


def test_privacy_facts_for_body_checking():
    src = ("mod m {\n    pub struct Open { x: u8, pub y: u8 }\n"
           "    impl Open { fn secret(&self) {} pub fn new() -> Open { Open { x: 1, y: 2 } } }\n}\n"
           "fn main() {}\n")
    f = SourceFile.from_text("p.rs", src)
    t = ItemTable.build(parse(f, "2021").crate, f)
    assert t.diagnostics == []
    assert t.adts["crate::m::Open"].module == "crate::m"
    assert [x.is_pub for x in t.adts["crate::m::Open"].fields] == [False, True]
    secret = t.fns["crate::m::Open::secret"]
    assert secret.private_to == "crate::m" and t.fns["crate::m::Open::new"].private_to is None
    assert t.is_visible(secret.private_to, "crate::m") and not t.is_visible(secret.private_to, "crate")


def test_typo_suggestion_and_function_wording():
    src = "fn foo_baz() {}\nstruct Strang;\nfn main() { foo_bar(); }\n"
    f = SourceFile.from_text("s.rs", src)
    crate = parse(f, "2021").crate
    t = ItemTable.build(crate, f)
    main = crate.items[2]
    call = main.body.tail if main.body.tail is not None else main.body.stmts[0].expr
    res = t.resolve_path(call.func.path, t.body_scope(main), "value", what="function")
    assert res.binding is None and res.error.message == "cannot find function `foo_bar` in this scope"
    helps = [c for c in res.error.children if c.level == "help"]
    assert helps[0].message == "a function with a similar name exists"
    assert helps[0].suggestions[0].replacement == "foo_baz"


def test_const_int_evaluates_lengths_through_consts():
    src = "const A: usize = 16;\nconst B: usize = A * 2 + 1;\nfn main() { let p = [0u8; A + B]; }\n"
    f = SourceFile.from_text("c.rs", src)
    crate = parse(f, "2021").crate
    t = ItemTable.build(crate, f)
    main = crate.items[2]
    repeat = main.body.stmts[0].init
    assert t.const_int(repeat.count, t.body_scope(main)) == 49
