"""Inference results on small programs: types of bindings, callees, adjustments, binding
modes, closure kinds and captures."""
from borrowck.source.span import SourceFile
from borrowck.syntax import ast, parse
from borrowck.syntax.walk import iter_nodes
from borrowck.types import check_crate
from borrowck.types import ty as T
from borrowck.types.ty_display import ty_str


def typed_of(src: str):
    f = SourceFile.from_text("case.rs", src)
    typed = check_crate(parse(f).crate, f, "2021")
    errors = [d for d in typed.diagnostics if d.level == "error"]
    assert not errors, [(d.code, d.message) for d in errors]
    return typed


def bindings(typed) -> dict:
    """name -> [type string] for every binding, in source order."""
    out: dict = {}
    for node, t in sorted(typed.binding_types.items(), key=lambda kv: kv[0].span.lo):
        name = node.ident.name if isinstance(node, ast.IdentPat) else "self"
        out.setdefault(name, []).append(ty_str(t))
    return out


def nodes(typed, cls):
    return sorted((n for n in iter_nodes(typed.crate) if isinstance(n, cls)), key=lambda n: n.span.lo)


def test_literal_fallback_and_annotations():
    b = bindings(typed_of("fn main() { let a = 5; let b = 2.5; let c: u8 = 7; let d = c + 1; }"))
    assert b == {"a": ["i32"], "b": ["f64"], "c": ["u8"], "d": ["u8"]}


def test_collect_into_annotated_vec():
    b = bindings(typed_of(
        "fn main() { let v: Vec<_> = (0..3).map(|i| i * 2).collect(); let n = v.len(); }"))
    assert b["v"] == ["Vec<i32>"] and b["i"] == ["i32"] and b["n"] == ["usize"]


def test_vec_new_inferred_from_later_push():
    b = bindings(typed_of("fn main() { let mut v = Vec::new(); v.push(String::new()); }"))
    assert b["v"] == ["Vec<String>"]


def test_shadowing_and_block_scopes():
    typed = typed_of("fn main() { let x = 1; { let x = \"a\"; let y = x; } let z = x; }")
    b = bindings(typed)
    assert b["x"] == ["i32", "&'static str"]
    assert b["y"] == ["&'static str"] and b["z"] == ["i32"]


def test_method_callee_and_autoref():
    typed = typed_of("fn main() { let s = String::from(\"hi\"); let n = s.len(); }")
    call = nodes(typed, ast.MethodCall)[0]
    callee = typed.callees[call]
    assert callee.def_id.endswith("::len")
    adjs = typed.adjustments[call.receiver]
    assert [a.kind for a in adjs][-1] == "borrow" and not adjs[-1].mutable


def test_deref_coercion_of_string_argument():
    typed = typed_of("fn f(s: &str) -> usize { s.len() }\n"
                     "fn main() { let s = String::new(); f(&s); }")
    arg = nodes(typed, ast.Call)[-1].args[0]
    kinds = [a.kind for a in typed.adjustments[arg]]
    assert kinds == ["deref", "overloaded_deref", "borrow"]
    assert typed.adjustments[arg][-1].target == T.Ref(T.ERASED, False, T.STR)


def test_match_ergonomics_binding_mode():
    typed = typed_of("fn main() { let o = Some(3); match &o { Some(x) => { let y = *x; } None => {} } }")
    b = bindings(typed)
    assert b["x"] == ["&i32"] and b["y"] == ["i32"]
    x = next(n for n in nodes(typed, ast.IdentPat) if n.ident.name == "x")
    assert typed.binding_modes[x] == "ref"


def test_closure_kinds_and_captures():
    typed = typed_of(
        "struct P { a: String, b: String }\n"
        "fn main() {\n"
        "    let mut c = 0;\n"
        "    let mut inc = || c += 1;\n"
        "    inc();\n"
        "    let p = P { a: String::new(), b: String::new() };\n"
        "    let take = || drop(p.a);\n"
        "    take();\n"
        "    let s = String::new();\n"
        "    let f = move || s.len();\n"
        "    f();\n"
        "}\n")
    closures = nodes(typed, ast.Closure)
    kinds = [typed.expr_types[c].kind for c in closures]
    assert kinds == ["FnMut", "FnOnce", "Fn"]
    caps = [[(c.projections, c.mode) for c in typed.captures[cl]] for cl in closures]
    assert caps == [[((), "mut_ref")], [(("a",), "move")], [((), "move")]]


def test_thread_spawn_with_vec_is_send():
    typed_of("use std::thread;\n"
             "fn main() { let v = vec![1, 2]; let h = thread::spawn(move || v.len()); h.join().unwrap(); }")


def test_fn_info_keeps_lifetimes():
    typed = typed_of("fn first<'a>(v: &'a [i32]) -> &'a i32 { &v[0] }\nfn main() {}")
    info = next(i for n, i in typed.fns.items() if n.ident.name == "first")
    assert "'a" in info.lifetimes
    assert info.ret == T.Ref(T.Region("param", "'a"), False, T.I32)


def typed_ed(src: str, edition: str):
    f = SourceFile.from_text("case.rs", src)
    typed = check_crate(parse(f).crate, f, edition)
    assert [d for d in typed.diagnostics if d.level == "error"] == []
    return typed


def test_edition_2018_captures_whole_variables():
    src = ("struct P { a: String, b: String }\n"
           "fn main() { let p = P { a: String::new(), b: String::new() }; let f = || drop(p.a); f(); }")
    for edition, proj in (("2018", ()), ("2021", ("a",))):
        typed = typed_ed(src, edition)
        (cl,) = nodes(typed, ast.Closure)
        assert [(c.projections, c.mode) for c in typed.captures[cl]] == [(proj, "move")]


def test_expected_option_ref_coerces_mut_ref_argument():
    typed = typed_of("struct S { n: u32 }\n"
                     "fn get(s: &mut S) -> Option<&S> { s.n += 1; Some(s) }\n"
                     "fn main() { let mut s = S { n: 0 }; get(&mut s); }")
    some_arg = next(c for c in nodes(typed, ast.Call) if c.args and isinstance(c.args[0], ast.PathExpr)
                    and c.args[0].path.segments[0].ident.name == "s").args[0]
    assert [a.kind for a in typed.adjustments[some_arg]] == ["deref", "borrow"]
    assert typed.adjustments[some_arg][-1].target == T.Ref(T.ERASED, False, T.Adt("crate::S", ()))


def test_boxed_trait_objects_are_unsized_coercions():
    typed = typed_of("trait Sh { fn area(&self) -> f64; }\n"
                     "struct Sq(f64);\n"
                     "impl Sh for Sq { fn area(&self) -> f64 { self.0 * self.0 } }\n"
                     "fn main() { let v: Vec<Box<dyn Sh>> = vec![Box::new(Sq(2.0))]; let a: f64 = v.iter().map(|s| s.area()).sum(); }")
    boxed = next(c for c in nodes(typed, ast.Call) if isinstance(c.func, ast.PathExpr)
                 and c.func.path.segments[-1].ident.name == "new")
    assert [a.kind for a in typed.adjustments[boxed]] == ["unsize"]


def test_impl_trait_return_is_usable_by_callers():
    b = bindings(typed_of("fn evens(n: u32) -> impl Iterator<Item = u32> { (0..n).filter(|x| x % 2 == 0) }\n"
                          "fn main() { let v: Vec<u32> = evens(9).collect(); let s = v.len(); }"))
    assert b["v"] == ["Vec<u32>"] and b["x"] == ["&u32"]


def test_overloaded_operator_callee_names_the_impl():
    typed = typed_of("use std::ops::Add;\n#[derive(Clone, Copy)] struct V(i32);\n"
                     "impl Add for V { type Output = V; fn add(self, o: V) -> V { V(self.0 + o.0) } }\n"
                     "fn main() { let a = V(1) + V(2); }")
    (binop,) = [b for b in nodes(typed, ast.Binary) if b in typed.callees]
    assert typed.callees[binop].def_id.endswith("::add") and typed.callees[binop].def_id.startswith("crate::")
    assert typed.expr_types[binop] == T.Adt("crate::V", ())


def test_call_through_fn_bound_records_trait_method():
    typed = typed_of("fn call_it<'a, T: 'a, F: Fn(i32) -> i32 + 'a>(f: F, t: T) -> i32 { f(1) }\n"
                     "fn twice(g: impl FnMut() -> u8) {}\n"
                     "fn main() { call_it(|x| x + 1, 0u8); twice(|| 1); }")
    inner = next(c for c in nodes(typed, ast.Call) if isinstance(c.func, ast.PathExpr)
                 and c.func.path.segments[0].ident.name == "f")
    assert typed.callees[inner].def_id == "std::ops::Fn::call"
    assert typed.expr_types[inner] == T.I32
