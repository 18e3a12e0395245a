"""Unusual and broken programs never crash the item table, and valid ones build cleanly."""
import pytest

from borrowck.source.span import SourceFile
from borrowck.syntax import parse
from borrowck.types.items import ItemTable

VALID = [
    "mod shapes {\n    pub enum Kind { Round, Flat }\n    pub use self::Kind::*;\n    pub mod deep { pub use super::Kind; }\n}\n"
    "use shapes::{deep::Kind as K, Round};\nfn f(k: K) -> K { Round }\nfn main() {}\n",
    "mod a {\n    pub fn f() {}\n    #[cfg(test)]\n    mod tests { use super::*; fn t() { f(); } }\n}\nfn main() {}\n",
    "use std::{collections::{HashMap, HashSet}, fmt::{self, Write as _}};\n"
    "fn f(m: HashMap<u8, HashSet<u8>>) -> fmt::Result { let mut s = String::new(); write!(s, \"x\") }\nfn main() {}\n",
    "use core::cmp::Ordering;\nuse alloc::vec::Vec as V;\nfn f(o: Ordering, v: V<u8>) {}\nfn main() {}\n",
    "type R<T> = Result<T, String>;\nfn f() -> R<u8> { Ok(1) }\nfn main() {}\n",
    "use std::fmt::Debug;\nfn f<T: ?Sized + Debug>(t: &T) where T: Send {}\nfn main() {}\n",
    "fn f<F>(f: F) where F: for<'a> Fn(&'a u8) -> &'a u8 {}\nfn main() {}\n",
    "fn f(i: impl Iterator<Item = u8>) -> impl Iterator<Item = u8> { i }\nfn main() {}\n",
    "fn f(x: &mut dyn Iterator<Item = u8>) -> Option<u8> { x.next() }\nfn main() {}\n",
    "struct A<const N: usize>([u8; N]);\nimpl<const N: usize> A<N> { const LEN: usize = N; }\nfn main() {}\n",
    "trait T { const C: usize; fn f(&self) -> [u8; 4] where Self: Sized { [0; 4] } }\nfn main() {}\n",
    "mod a { pub mod b { pub fn f() {} } pub use self::b::f; }\nuse a::f;\nfn main() { f(); }\n",
    "mod a { pub(crate) use super::X; }\nstruct X;\nfn g(_: a::X) {}\nfn main() {}\n",  # `pub use`: E0364
    "mod a { pub use crate::b::*; }\nmod b { pub use crate::a::*; pub struct Y; }\nfn g(_: a::Y) {}\nfn main() {}\n",
    "enum E { A = 1, B = 2 }\nconst X: [u8; E::B as usize] = [0; 2];\nfn main() {}\n",
    "trait Tr { type A; fn get(&self) -> Self::A; }\nimpl<T: Clone> Tr for Vec<T> { type A = T; fn get(&self) -> T { self[0].clone() } }\nfn main() {}\n",
    "struct S;\nimpl S { fn f(&self) { fn inner() -> u8 { 1 } struct L; impl L { fn g() {} } } }\nfn main() {}\n",
    "use std::ops::Add;\n#[derive(Clone, Copy)]\nstruct P(i32);\nimpl Add for P { type Output = P; fn add(self, o: P) -> P { P(self.0 + o.0) } }\nfn main() {}\n",
    "use std::collections::HashMap as Map;\nuse std::sync::mpsc::{channel, Sender};\nfn f(m: Map<u8, Sender<u8>>) { let (tx, rx) = channel::<u8>(); }\nfn main() {}\n",
    "fn main() { let x = std::mem::replace(&mut 1, 2); let y: std::rc::Rc<str> = \"a\".into(); }\n",
    "struct W<'a, T: 'a + ?Sized>(&'a T);\nimpl<'a, T: ?Sized> std::ops::Deref for W<'a, T> { type Target = T; fn deref(&self) -> &T { self.0 } }\nfn main() {}\n",
    "trait Animal { fn name(&self) -> String; fn speak(&self) -> String { format!(\"{}!\", self.name()) } }\n"
    "struct Dog;\nimpl Animal for Dog { fn name(&self) -> String { \"dog\".into() } }\n"
    "fn all(v: &[Box<dyn Animal>]) -> Vec<String> { v.iter().map(|a| a.speak()).collect() }\nfn main() {}\n",
]

BROKEN = [
    "type A = B;\ntype B = A;\nfn main() {}\n",
    "use a::b;\nmod a { pub use super::b; }\nfn main() {}\n",
    "fn f() -> Self { loop {} }\nfn main() {}\n",
    "use super::x;\nfn main() {}\n",
    "impl Nope for Missing {}\nfn main() {}\n",
    "impl<T> Drop for T { fn drop(&mut self) {} }\nfn main() {}\n",
    "struct S;\nimpl S {}\nimpl S {}\nimpl Clone for S { fn clone(&self) -> S { S } }\nimpl Clone for S { fn clone(&self) -> S { S } }\nfn main() {}\n",
    "fn f<T>(t: T::Missing) {}\nfn main() {}\n",
    "fn f(x: <u8 as Iterator>::Item, y: <u8>::Z) {}\nfn main() {}\n",
    "struct S { a: [u8; N] }\nfn main() {}\n",
    "fn f(x: _) -> _ { 1 }\nconst C: _ = 1;\nfn main() {}\n",
    "trait T: T {}\nfn main() {}\n",
    "fn main() { struct A; struct A; }\n",
    "mod m;\nfn main() {}\n",
    "fn f(x: dyn) {}\nfn main() {}\n",
    "fn f(x: &'static dyn for<'a> Fn(&'a u8)) {}\nstruct X<T = Self>(T);\nfn main() {}\n",
    "struct S(u8\nfn main() {}\n",
    "impl<'a> Iterator for &'a str { type Item = char; fn next(&mut self) -> Option<char> { None } }\nfn main() {}\n",
    "#[derive(Serialize, Debug)]\nstruct S;\nfn main() {}\n",
    "fn f() -> impl Fn(&str) -> &str { |s| s }\nfn main() {}\n",
]


def build(src):
    f = SourceFile.from_text("case.rs", src)
    return ItemTable.build(parse(f, "2021").crate, f)


@pytest.mark.parametrize("src", VALID)
def test_valid_programs_build_without_diagnostics(src):
    assert [(d.code, d.message) for d in build(src).diagnostics] == []


@pytest.mark.parametrize("src", BROKEN)
def test_broken_programs_report_without_crashing(src):
    table = build(src)
    assert all(d.level in ("error", "warning") for d in table.diagnostics)
