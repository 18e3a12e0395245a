"""Ownership checks on MIR built from source typed by the toy typer (no real typeck needed).

Each case: a program and the (code, line, col) of every error rustc 1.95 reports for it.
"""
import pytest

from borrowck.borrowck import moves, mutability
from borrowck.mir import build_crate
from toy_typer import typed_from_source


def errors(src):
    typed, f = typed_from_source(src)
    mir = build_crate(typed)
    assert not mir.diagnostics, [d.message for d in mir.diagnostics]
    out = []
    for body in mir.bodies:
        for d in moves.check_body(body, mir, typed) + mutability.check_body(body, mir, typed):
            out.append((d.code, *f.line_col(d.primary_span.lo)))
    return sorted(out)


CASES = [
    ("move into call then borrow", """
fn take(s: String) {}
fn main() {
    let s = String::from("a");
    take(s);
    println!("{}", s);
}""", [("E0382", 6, 20)]),
    ("clone keeps ownership", """
fn take(s: String) {}
fn main() {
    let s = String::from("a");
    take(s.clone());
    println!("{}", s);
}""", []),
    ("move in loop", """
fn take(s: String) {}
fn main() {
    let t = String::new();
    loop { take(t); }
}""", [("E0382", 5, 17)]),
    ("move on one branch", """
fn take(s: String) {}
fn main() {
    let s = String::new();
    let c = 1;
    if c > 0 { take(s); }
    let n = s.len();
}""", [("E0382", 7, 13)]),
    ("reinitialize after move", """
fn take(s: String) {}
fn main() {
    let mut s = String::new();
    take(s);
    s = String::new();
    let n = s.len();
}""", []),
    ("move then break out of loop", """
fn take(s: String) {}
fn main() {
    let s = String::new();
    loop { take(s); break; }
}""", []),
    ("use after drop", """
fn main() {
    let z = String::new();
    drop(z);
    z.len();
}""", [("E0382", 5, 5)]),
    ("partial move then whole use", """
struct P { name: String, tag: String }
fn main() {
    let p = P { name: String::new(), tag: String::new() };
    let n = p.name;
    let t = p.tag;
    let q = &p;
}""", [("E0382", 7, 13)]),
    ("partial move leaves sibling usable", """
struct P { name: String, tag: String }
fn main() {
    let p = P { name: String::new(), tag: String::new() };
    let n = p.name;
    let t = p.tag.len();
}""", []),
    ("possibly uninitialized", """
fn main() {
    let c = 1;
    let z: i32;
    if c > 1 { z = 1; }
    println!("{}", z);
}""", [("E0381", 6, 20)]),
    ("initialized on every path", """
fn main() {
    let c = 1;
    let z: i32;
    if c > 1 { z = 1; } else { z = 2; }
    println!("{}", z);
}""", []),
    ("deferred init is not a reassignment", """
fn main() {
    let y: i32;
    y = 5;
    println!("{}", y);
}""", []),
    ("assign twice", """
fn main() {
    let x = 1;
    x = 2;
}""", [("E0384", 4, 5)]),
    ("assign to argument", """
fn p(x: i32) { x = 2; }
fn main() {}""", [("E0384", 2, 16)]),
    ("push to immutable vec once", """
fn main() {
    let v = Vec::new();
    v.push(String::new());
}""", [("E0596", 4, 5)]),
    ("push to immutable vec twice: one error at the declaration", """
fn main() {
    let w: Vec<String> = Vec::new();
    w.push(String::new());
    w.push(String::new());
}""", [("E0596", 3, 9)]),
    ("mutable borrow of immutable binding", """
struct S { n: i32 }
fn main() {
    let t = S { n: 1 };
    let rt = &mut t;
}""", [("E0596", 5, 14)]),
    ("assign to field of immutable binding", """
struct S { n: i32 }
fn main() {
    let s = S { n: 1 };
    s.n = 3;
}""", [("E0594", 5, 5)]),
    ("write through shared reference", """
struct S { n: i32 }
fn q(r: &S, v: &Vec<String>) { r.n = 1; v.push(String::new()); }
fn main() {}""", [("E0594", 3, 32), ("E0596", 3, 41)]),
    ("mutable binding accepts everything", """
struct S { n: i32 }
fn main() {
    let mut s = S { n: 1 };
    s.n = 3;
    let r = &mut s;
    r.n = 4;
    let mut v: Vec<String> = Vec::new();
    v.push(String::new());
}""", []),
    ("two-phase borrow of receiver", """
fn main() {
    let mut v: Vec<String> = Vec::new();
    v.push(String::new());
    let n = v.len();
}""", []),
    ("move out of shared reference", """
fn f(r: &String) { let a = *r; }
fn main() {}""", [("E0507", 2, 28)]),
    ("destructuring assignment moves its operands", """
fn main() {
    let a = String::new();
    let mut x = String::new();
    let mut y = String::new();
    (x, y) = (a, x);
    println!("{} {} {}", x, y, a);
}""", [("E0382", 7, 32)]),
    ("copy out of shared reference is fine", """
fn f(r: &i32) { let a = *r; }
fn main() {}""", []),
]


@pytest.mark.parametrize("name,src,expected", CASES, ids=[c[0] for c in CASES])
def test_ownership(name, src, expected):
    assert errors(src) == sorted(expected)
