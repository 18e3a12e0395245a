"""Lowering of items: spot checks of node kinds, flags and spans."""
from borrowck.syntax import ast


def test_fn_with_generics_where_self_and_qualifiers(rs):
    p = rs("impl S {\n"
           "    pub const unsafe fn f<'a, T: Clone + 'a, const N: usize>(&'a mut self, mut x: T, (a, b): (u8, u8)) -> &'a T\n"
           "    where T: Copy { x }\n"
           "}\n").clean()
    fn = p.one(ast.Fn)
    assert fn.is_pub and fn.qualifiers == ("const", "unsafe")
    assert [type(g).__name__ for g in fn.generics.params] == ["LifetimeParam", "TypeParam", "ConstParam"]
    assert p.text(fn.generics) == "<'a, T: Clone + 'a, const N: usize>"
    tparam = fn.generics.params[1]
    assert isinstance(tparam.bounds[0], ast.TraitBound) and isinstance(tparam.bounds[1], ast.LifetimeBound)
    assert len(fn.generics.where_clause) == 1 and p.text(fn.generics.where_clause[0]) == "T: Copy"
    sp = fn.self_param
    assert sp.is_ref and sp.ref_mutable and sp.lifetime.name == "a" and not sp.binding_mutable
    assert p.text(fn.params[0].pat) == "mut x" and fn.params[0].pat.mutable
    assert isinstance(fn.params[1].pat, ast.TuplePat)
    assert isinstance(fn.ret, ast.RefType) and fn.ret.lifetime.name == "a"
    assert isinstance(fn.body.tail, ast.PathExpr)


def test_self_param_forms(rs):
    p = rs("trait T { fn a(self); fn b(mut self); fn c(&self); fn d(self: Box<Self>); fn e(&mut self) {} }").clean()
    fns = {f.ident.name: f for f in p.nodes(ast.Fn)}
    assert not fns["a"].self_param.is_ref and fns["a"].body is None
    assert fns["b"].self_param.binding_mutable
    assert fns["c"].self_param.is_ref and not fns["c"].self_param.ref_mutable
    assert p.text(fns["d"].self_param.explicit_ty) == "Box<Self>"
    assert fns["e"].self_param.ref_mutable and fns["e"].body is not None


def test_missing_generics_span_is_empty_after_name(rs):
    p = rs("fn main() {}").clean()
    fn = p.one(ast.Fn)
    assert fn.generics.span == ast.Span(7, 7)


def test_structs_enums_unions(rs):
    p = rs("#[derive(Debug, Clone, PartialEq)]\npub struct P<T> { pub x: T, y: i32 }\n"
           "struct U(i32, pub String);\nstruct Unit;\n"
           "enum E { A, B(i32), C { x: u8 } = 3 }\nunion Un { a: u8, b: i8 }\n").clean()
    structs = {s.ident.name: s for s in p.nodes(ast.Struct)}
    assert structs["P"].kind == "named" and structs["P"].attrs[0].name == "derive"
    assert structs["P"].attrs[0].args == ("Debug", "Clone", "PartialEq")
    assert [f.is_pub for f in structs["P"].fields] == [True, False]
    assert structs["U"].kind == "tuple" and structs["U"].fields[1].is_pub
    assert p.text(structs["U"].fields[1]) == "pub String"
    assert structs["Unit"].kind == "unit"
    enum = p.one(ast.Enum)
    assert [(v.ident.name, v.kind) for v in enum.variants] == [("A", "unit"), ("B", "tuple"), ("C", "named")]
    assert enum.variants[2].discriminant.value == 3
    assert len(p.one(ast.Union_).fields) == 2


def test_impl_and_trait_with_associated_items(rs):
    p = rs("trait Tr: Clone + Send { type Item: Copy; const N: usize; fn f(&self) -> Self::Item; }\n"
           "impl<T> Tr for W<T> where T: Clone { type Item = u32; const N: usize = 3; fn f(&self) -> u32 { 1 } }\n"
           "impl !Send for Z {}\nunsafe impl Sync for Z {}\n").clean()
    tr = p.one(ast.Trait)
    assert len(tr.supertraits) == 2
    assert [type(i).__name__ for i in tr.items] == ["TypeAlias", "Const", "Fn"]
    assert tr.items[0].ty is None and len(tr.items[0].bounds) == 1
    impls = p.nodes(ast.Impl)
    assert impls[0].trait_ref.segments[0].ident.name == "Tr"
    assert p.text(impls[0].self_ty) == "W<T>" and len(impls[0].generics.where_clause) == 1
    assert [type(i).__name__ for i in impls[0].items] == ["TypeAlias", "Const", "Fn"]
    assert impls[1].negative and impls[2].is_unsafe


def test_alias_const_static_mod(rs):
    p = rs("type A<T> = Vec<T>;\nconst C: u8 = 1;\nstatic mut S: u32 = 0;\nmod m { #![allow(dead_code)] fn z() {} }\nmod out;\n").clean()
    assert p.one(ast.TypeAlias).ident.name == "A"
    assert p.one(ast.Const).value.value == 1
    assert p.one(ast.Static).mutable
    mods = p.nodes(ast.Mod)
    assert len(mods[0].items) == 1 and mods[0].attrs[0].is_inner and mods[1].items is None


def test_use_trees_are_flattened(rs):
    p = rs("use std::{collections::HashMap, io::{self, Write as W}, fmt::*};\npub use a::b;\n").clean()
    trees = [t for u in p.nodes(ast.Use) for t in u.trees]
    got = [("::".join(i.name for i in t.path), t.alias.name if t.alias else None, t.is_glob) for t in trees]
    assert got == [("std::collections::HashMap", None, False), ("std::io", None, False),
                   ("std::io::Write", "W", False), ("std::fmt", None, True), ("a::b", None, False)]
    assert p.nodes(ast.Use)[1].is_pub


def test_attributes_and_inner_attributes(rs):
    p = rs("#![allow(dead_code, unused)]\n#[cfg(test)]\n#[doc = \"x\"]\nfn f() {}\n").clean()
    assert p.crate.attrs[0].is_inner and p.crate.attrs[0].args == ("dead_code", "unused")
    fn = p.one(ast.Fn)
    assert [(a.name, a.args) for a in fn.attrs] == [("cfg", ("test",)), ("doc", ('"x"',))]


def test_unsupported_items_are_precise(rs):
    p = rs("macro_rules! m { () => {} }\nextern crate core;\nextern \"C\" { fn abs(x: i32) -> i32; }\n")
    assert [u.what for u in p.unsupported()] == ["`extern crate`", "`extern` blocks"]
