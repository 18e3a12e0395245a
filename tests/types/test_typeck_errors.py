"""Type errors: each program's (code, primary line) set, as rustc 1.95 reports them.

Expected results were produced with rustc once and are committed here; the tests never
call rustc.
"""
import pytest

from borrowck.source.span import SourceFile
from borrowck.syntax import parse
from borrowck.types import check_crate


def errors_of(src: str) -> list:
    f = SourceFile.from_text("case.rs", src)
    typed = check_crate(parse(f).crate, f, "2021")
    return sorted({(d.code, f.line_col(d.primary_span.lo)[0]) for d in typed.diagnostics
                   if d.level == "error"})


CASES = [
    ('e0023_e0026', 'enum E { A(i32, i32), B { v: i32 } }\nfn main() {\n    let e = E::A(1, 2);\n    match e {\n        E::A(a) => {}\n        E::B { w } => {}\n    }\n}\n',
     [('E0023', 5), ('E0026', 6)]),
    ('e0061', 'fn add(a: i32, b: i32) -> i32 { a + b }\nfn main() {\n    let x = add(1, 2, 3);\n}\n',
     [('E0061', 3)]),
    ('e0061_method', 'fn main() {\n    let mut v = Vec::new();\n    v.push(1, 2);\n}\n',
     [('E0061', 3)]),
    ('e0070', 'fn two() -> i32 { 2 }\nfn main() {\n    two() = 3;\n}\n',
     [('E0070', 3)]),
    ('e0277_add', 'fn main() {\n    let a: u32 = 1;\n    let b: Option<u32> = Some(2);\n    let c = a + b;\n}\n',
     [('E0277', 4)]),
    ('e0277_bound', 'fn dup<T: Clone>(t: &T) -> T { t.clone() }\nstruct N;\nfn main() {\n    let n = N;\n    dup(&n);\n}\n',
     [('E0277', 5)]),
    ('e0277_display', 'struct P { x: i32 }\nfn main() {\n    let p = P { x: 1 };\n    println!("{}", p);\n}\n',
     [('E0277', 4)]),
    ('e0277_index', 'fn main() {\n    let v = vec![1, 2, 3];\n    let i: i64 = 1;\n    println!("{}", v[i]);\n}\n',
     [('E0277', 4)]),
    ('e0277_question', 'fn parse(s: &str) {\n    let n: i32 = s.parse()?;\n    println!("{}", n);\n}\nfn main() { parse("1"); }\n',
     [('E0277', 2)]),
    ('e0277_send', 'use std::rc::Rc;\nuse std::thread;\nfn main() {\n    let r = Rc::new(5);\n    let h = thread::spawn(move || {\n        println!("{}", r);\n    });\n    h.join().unwrap();\n}\n',
     [('E0277', 5)]),
    ('e0277_sync', 'use std::cell::RefCell;\nuse std::sync::Arc;\nuse std::thread;\nfn main() {\n    let data = Arc::new(RefCell::new(0));\n    let d2 = Arc::clone(&data);\n    thread::spawn(move || {\n        *d2.borrow_mut() += 1;\n    }).join().unwrap();\n}\n',
     [('E0277', 7)]),
    ('e0282', 'fn main() {\n    let items = Vec::new();\n    println!("{}", items.len());\n}\n',
     [('E0282', 2)]),
    ('e0308_arg', 'fn take(n: u64) -> u64 { n }\nfn main() {\n    let a: u32 = 1;\n    take(a);\n}\n',
     [('E0308', 4)]),
    ('e0308_if', 'fn main() {\n    let c = true;\n    let v = if c { 1 } else { "one" };\n}\n',
     [('E0308', 3)]),
    ('e0308_let', 'fn main() {\n    let x: u32 = "five";\n}\n',
     [('E0308', 2)]),
    ('e0308_pat', 'fn main() {\n    let n: u32 = 3;\n    match n {\n        Some(k) => println!("{}", k),\n        _ => {}\n    }\n}\n',
     [('E0308', 4)]),
    ('e0308_ret', 'fn f() -> String {\n    let s = 5;\n    s\n}\nfn main() { f(); }\n',
     [('E0308', 3)]),
    ('e0369', 'struct M;\nfn main() {\n    let a = M;\n    let b = M;\n    let c = a == b;\n}\n',
     [('E0369', 5)]),
    ('e0435', 'fn main() {\n    let n = 3;\n    let a = [0; n];\n}\n',
     [('E0435', 3)]),
    ('e0525', 'fn call_twice<F: Fn()>(f: F) { f(); f(); }\nfn main() {\n    let s = String::from("x");\n    let f = move || drop(s);\n    call_twice(f);\n}\n',
     [('E0525', 4)]),
    ('e0560_e0063', 'struct P { x: i32, y: i32 }\nfn main() {\n    let p = P { x: 1, z: 2 };\n    let q = P { x: 1 };\n}\n',
     [('E0560', 3), ('E0063', 4)]),
    ('e0599_assoc', 'struct P;\nfn main() {\n    let p = P::create();\n}\n',
     [('E0599', 3)]),
    ('e0599_method', 'fn main() {\n    let v: Option<String> = None;\n    let s = v.shout();\n}\n',
     [('E0599', 3)]),
    ('e0600', 'fn main() {\n    let s = String::new();\n    let t = -s;\n}\n',
     [('E0600', 3)]),
    ('e0606_e0605', 'struct S;\nfn main() {\n    let r = &3i32;\n    let a = r as i64;\n    let b = S as i32;\n}\n',
     [('E0606', 4), ('E0605', 5)]),
    ('e0608', 'fn main() {\n    let x = 7u64;\n    let y = x[0];\n}\n',
     [('E0608', 3)]),
    ('e0609', 'struct P { x: i32 }\nfn main() {\n    let p = P { x: 1 };\n    println!("{}", p.y);\n}\n',
     [('E0609', 4)]),
    ('e0614', 'fn main() {\n    let x = 5u8;\n    let y = *x;\n}\n',
     [('E0614', 3)]),
    ('e0618', 'fn main() {\n    let x = 3;\n    x(1);\n}\n',
     [('E0618', 3)]),
]


@pytest.mark.parametrize("name,src,expected", CASES, ids=[c[0] for c in CASES])
def test_type_error(name, src, expected):
    assert errors_of(src) == sorted(set(map(tuple, expected)))
