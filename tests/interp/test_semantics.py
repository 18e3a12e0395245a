"""Interpreter semantics that need no rustc label: limits, deadlocks, thread panics, and a
property test of integer operators against numeric.py's reference semantics."""
from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st

from borrowck import syntax, types
from borrowck.interp import Limits, run_program
from borrowck.interp import numeric
from borrowck.source.span import SourceFile
from interp.run_case import run_source


def run_limited(source: str, limits: Limits):
    file = SourceFile.from_text("main.rs", source)
    typed = types.TypedCrate(crate=syntax.parse(file).crate)
    out, err = io.StringIO(), io.StringIO()
    code = run_program(typed, file, out, err, (), limits)
    return code, out.getvalue(), err.getvalue()


def test_step_limit_ends_an_endless_loop():
    code, out, err = run_limited('fn main() { println!("a"); let mut i = 0u64; loop { i += 1; } }',
                                 Limits(max_steps=5_000))
    assert (code, out) == (124, "a\n")
    assert "step limit" in err


def test_step_limit_counts_calls_and_while_iterations():
    src = "fn f(n: u64) -> u64 { n + 1 }\nfn main() { let mut i = 0u64; while i < 100 { i = f(i); } println!(\"{}\", i); }"
    assert run_limited(src, Limits(max_steps=250))[:2] == (0, "100\n")
    code, out, err = run_limited(src, Limits(max_steps=150))
    assert (code, out) == (124, "")
    assert "step limit of 150 steps" in err


def test_memory_limit_ends_a_growing_program():
    src = 'fn main() { let mut v: Vec<String> = Vec::new(); loop { v.push("x".repeat(1000)); } }'
    code, out, err = run_limited(src, Limits(max_memory=1))
    assert code == 124
    assert err.startswith("error: the program exceeded the memory limit of 1 bytes")


def test_memory_limit_leaves_a_small_program_alone():
    src = 'fn main() { let mut n = 0u32; for i in 0..50000u32 { n = n.wrapping_add(i); } println!("{}", n); }'
    assert run_limited(src, Limits(max_memory=1 << 40))[:2] == (0, "1249975000\n")


def test_cli_run_limits_and_exit_code(tmp_path):
    from borrowck.cli import execute
    path = tmp_path / "spin.rs"
    path.write_text('fn main() { println!("go"); let mut i = 0u64; loop { i = i.wrapping_add(1); } }')
    out, err = io.StringIO(), io.StringIO()
    assert execute(["run", "--max-steps", "1000", str(path)], out, err) == 124
    assert out.getvalue() == "go\n" and "--max-steps" in err.getvalue()
    out, err = io.StringIO(), io.StringIO()
    assert execute(["run", "--max-memory", "1K", str(path)], out, err) == 124
    assert "memory limit of 1024 bytes" in err.getvalue()
    assert execute(["run", "--max-steps", "0", str(path)], io.StringIO(), io.StringIO()) == 2


def test_recursion_limit_is_a_stack_overflow():
    src = "fn f(n: u64) -> u64 { f(n + 1) + 1 }\nfn main() { f(0); }"
    code, out, err = run_limited(src, Limits(max_call_depth=300))
    assert code == 134
    assert "has overflowed its stack" in err and "Traceback" not in err


def test_channel_with_no_sender_running_is_a_deadlock():
    src = """use std::sync::mpsc;
fn main() {
    let (tx, rx) = mpsc::channel::<i32>();
    println!("waiting");
    let v = rx.recv();
    drop(tx);
    println!("{:?}", v);
}"""
    code, out, err = run_source(src)
    assert (code, out) == (124, "waiting\n")
    assert "deadlock" in err


def test_panicking_thread_reports_and_join_is_err():
    src = """use std::thread;
fn main() {
    let h = thread::spawn(|| { let v: Vec<i32> = Vec::new(); v[0] });
    println!("{}", h.join().is_err());
}"""
    code, out, err = run_source(src)
    assert (code, out) == (0, "true\n")
    assert "thread '<unnamed>' panicked at main.rs:3:" in err
    assert "index out of bounds: the len is 0 but the index is 0" in err


def test_overflow_panic_location_and_drop_during_unwind():
    src = """struct G;
impl Drop for G { fn drop(&mut self) { println!("dropped"); } }
fn add(a: u8, b: u8) -> u8 { let _g = G; a + b }
fn main() { println!("{}", add(1, 2)); println!("{}", add(200, 100)); }"""
    code, out, err = run_source(src)
    assert (code, out) == (101, "dropped\n3\ndropped\n")
    assert "panicked at main.rs:3:42:\nattempt to add with overflow\n" in err


INT_TYPES = ["i8", "u8", "i16", "u16", "i32", "u32", "i64", "u64"]
OPS = {"+": "add", "-": "sub", "*": "mul", "/": "div", "%": "rem"}


@st.composite
def int_ops(draw):
    name = draw(st.sampled_from(INT_TYPES))
    ty = numeric.int_type(name)
    a = draw(st.integers(ty.min, ty.max))
    b = draw(st.integers(ty.min, ty.max) | st.integers(-3, 3).filter(lambda x: ty.contains(x)))
    op = draw(st.sampled_from(sorted(OPS)))
    return name, ty, a, b, op


@settings(max_examples=25, deadline=None)
@given(int_ops())
def test_integer_operators_match_numeric_reference(case):
    name, ty, a, b, op = case
    src = f"fn calc(a: {name}, b: {name}) -> {name} {{ a {op} b }}\n" \
          f"fn main() {{ println!(\"{{}}\", calc({a}, {b})); }}"
    code, out, err = run_source(src)
    try:
        want = numeric.strict(ty, OPS[op], a, b)
    except numeric.RustPanicRequest as p:
        assert code == 101 and out == ""
        assert p.message in err
    else:
        assert (code, out) == (0, f"{want}\n"), err
