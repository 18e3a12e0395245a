"""Threads at run time: tests/run/threads/*.rs against rustc's labels, seeded schedules
(other interleavings, same data), deadlock reports, and the `--schedule` CLI option."""
from __future__ import annotations

import io
import time
from pathlib import Path

import pytest

from borrowck import cli
from borrowck.api import compile_source
from borrowck.interp import Limits
from outcome import expected_of, judge

RUN = Path(__file__).parent.parent / "run" / "threads"
CASES = sorted(p for p in RUN.glob("*.rs") if p.with_name(p.name[:-3] + ".expected.json").exists())


def run(src: str, schedule: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    c = compile_source(src, "main.rs")
    assert not c.errors, [d.message for d in c.errors]
    code = c.run(out, err, (), Limits(schedule=schedule))
    return code, out.getvalue(), err.getvalue()


def test_there_are_run_cases():
    assert len(CASES) >= 15


@pytest.mark.parametrize("rs", CASES, ids=[p.name for p in CASES])
def test_run_case_matches_rustc(rs: Path):
    outcome = judge(rs, expected_of(rs))
    assert outcome.kind == "exact", f"{outcome.kind}: {outcome.detail}"


# Output every interleaving must agree on: the data, not the order of the prints.
SEEDED = """use std::sync::{Arc, Mutex, mpsc};
use std::thread;
fn main() {
    let total = Arc::new(Mutex::new(0));
    let (tx, rx) = mpsc::channel();
    let mut hs = Vec::new();
    for i in 0..4 {
        let total = Arc::clone(&total);
        let tx = tx.clone();
        hs.push(thread::spawn(move || {
            for k in 0..3 {
                *total.lock().unwrap() += i * 10 + k;
                println!("t{} k{}", i, k);
            }
            tx.send(i).unwrap();
        }));
    }
    drop(tx);
    let mut got: Vec<i32> = rx.iter().collect();
    for h in hs { h.join().unwrap(); }
    got.sort();
    println!("sum={} got={:?}", *total.lock().unwrap(), got);
}
"""


def test_seeded_schedules_change_order_not_data():
    outputs = set()
    for seed in range(8):
        code, out, err = run(SEEDED, f"seed:{seed}")
        assert code == 0, err
        lines = out.splitlines()
        assert lines[-1] == "sum=192 got=[0, 1, 2, 3]"
        assert sorted(lines[:-1]) == sorted(f"t{i} k{k}" for i in range(4) for k in range(3))
        for i in range(4):  # each thread's own prints stay in program order
            mine = [ln for ln in lines if ln.startswith(f"t{i} ")]
            assert mine == [f"t{i} k{k}" for k in range(3)]
        outputs.add(out)
    assert len(outputs) > 1, "seeded schedules should interleave differently"


def test_same_seed_same_output():
    assert run(SEEDED, "seed:5") == run(SEEDED, "seed:5")


def test_default_schedule_runs_fresh_threads_in_spawn_order():
    code, out, _ = run(SEEDED)
    lines = out.splitlines()
    assert lines[:3] == ["t0 k0", "t0 k1", "t0 k2"] and lines[3] == "t1 k0"


DEADLOCK = """use std::sync::{Arc, Mutex};
use std::thread;
fn main() {
    let a = Arc::new(Mutex::new(0));
    let b = Arc::new(Mutex::new(0));
    let (a2, b2) = (Arc::clone(&a), Arc::clone(&b));
    let ga = a.lock().unwrap();
    let h = thread::spawn(move || {
        let _gb = b2.lock().unwrap();
        let _ga = a2.lock().unwrap();
    });
    thread::sleep(std::time::Duration::from_millis(10));
    let _gb = b.lock().unwrap();
    println!("unreachable {}", *ga);
    h.join().unwrap();
}
"""


def test_lock_order_deadlock_is_reported_quickly():
    start = time.monotonic()
    code, out, err = run(DEADLOCK)
    assert time.monotonic() - start < 1.0
    assert code == 124 and out == ""
    assert err.startswith("error: deadlock: every thread is blocked:")
    assert "thread 'main' waits on a Mutex lock at main.rs:13:" in err
    assert "thread #2 (unnamed) waits on a Mutex lock at main.rs:10:" in err


def test_join_on_thread_waiting_for_main_is_a_deadlock():
    src = """use std::sync::mpsc;
use std::thread;
fn main() {
    let (tx, rx) = mpsc::channel::<i32>();
    let h = thread::spawn(move || rx.recv().unwrap());
    h.join().unwrap();
    tx.send(1).unwrap();
}
"""
    code, out, err = run(src)
    assert code == 124
    assert "thread 'main' waits on the end of thread #2 (unnamed) (join) at main.rs:6:" in err
    assert "thread #2 (unnamed) waits on a channel receive (recv) at main.rs:5:" in err


def test_thread_waiting_on_main_runs_when_main_sends():
    """A spawned thread blocked on main is resumed later: tasks are not run to completion."""
    src = """use std::sync::mpsc;
use std::thread;
fn main() {
    let (tx, rx) = mpsc::channel::<i32>();
    let (back, from) = mpsc::channel::<i32>();
    let h = thread::spawn(move || {
        for v in rx { back.send(v * 2).unwrap(); }
        println!("worker done");
    });
    for i in 1..4 {
        tx.send(i).unwrap();
        println!("reply {}", from.recv().unwrap());
    }
    drop(tx);
    h.join().unwrap();
}
"""
    for schedule in ("", "seed:1", "seed:2"):
        assert run(src, schedule) == (0, "reply 2\nreply 4\nreply 6\nworker done\n", "")


def test_main_returning_ends_blocked_threads():
    src = """use std::sync::mpsc;
use std::thread;
fn main() {
    let (tx, rx) = mpsc::channel::<i32>();
    thread::spawn(move || { let v = rx.recv(); println!("never {:?}", v); });
    println!("main done");
    std::mem::forget(tx);
}
"""
    assert run(src) == (0, "main done\n", "")


def test_cli_schedule_option(tmp_path, capsys):
    f = tmp_path / "m.rs"
    f.write_text(SEEDED)
    assert cli.main(["run", "--schedule=seed:3", str(f)]) == 0
    seeded = capsys.readouterr().out
    assert cli.main(["run", "--schedule", "default", str(f)]) == 0
    assert capsys.readouterr().out == run(SEEDED)[1]
    assert seeded.splitlines()[-1] == "sum=192 got=[0, 1, 2, 3]"
    assert cli.main(["run", "--schedule=random", str(f)]) == 2  # a usage error
    assert "invalid schedule `random`" in capsys.readouterr().err


def test_thread_panic_message_names_the_thread():
    src = """use std::thread;
fn main() {
    let a = thread::spawn(|| { let v: Vec<u8> = Vec::new(); v[2] });
    let b = thread::Builder::new().name("cruncher".into()).spawn(|| {
        if true { panic!("bad input {}", 7); }
    }).unwrap();
    println!("{} {}", a.join().is_err(), b.join().is_err());
}
"""
    code, out, err = run(src)
    assert (code, out) == (0, "true true\n")
    assert err == ("\nthread '<unnamed>' panicked at main.rs:3:62:\n"
                   "index out of bounds: the len is 0 but the index is 2\n"
                   "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n"
                   "\nthread 'cruncher' panicked at main.rs:5:19:\nbad input 7\n")


def test_sleep_uses_virtual_time():
    src = """use std::thread;
use std::time::Duration;
fn main() {
    let hs: Vec<_> = [300u64, 100, 200].into_iter().map(|ms| thread::spawn(move || {
        thread::sleep(Duration::from_secs(ms));
        println!("woke after {}s", ms);
    })).collect();
    for h in hs { h.join().unwrap(); }
}
"""
    start = time.monotonic()
    assert run(src) == (0, "woke after 100s\nwoke after 200s\nwoke after 300s\n", "")
    assert time.monotonic() - start < 2.0


@pytest.mark.parametrize("rs", CASES, ids=[p.name for p in CASES])
def test_run_case_output_is_the_same_under_seeded_schedules(rs: Path):
    """These programs synchronise every print that matters: any interleaving prints the same."""
    want = expected_of(rs)["run"]
    for seed in (1, 2, 7):
        out, err = io.StringIO(), io.StringIO()
        code = compile_source(rs.read_bytes(), rs.name).run(out, err, (), Limits(schedule=f"seed:{seed}"))
        assert (code, out.getvalue()) == (want["exit_code"], want["stdout"]), f"seed {seed}: {err.getvalue()}"
