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
