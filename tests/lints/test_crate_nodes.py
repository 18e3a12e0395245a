"""`CrateNodes` answers what separate `iter_nodes` walks would, from one walk."""
from __future__ import annotations

from pathlib import Path

import pytest

from borrowck.api import compile_source
from borrowck.lints.crate_nodes import CrateNodes, child_nodes
from borrowck.syntax import ast
from borrowck.syntax.walk import iter_nodes

SOURCE = """
use std::collections::{HashMap, HashSet as Set};
struct P { x: i32, y: i32 }
fn make(x: i32) -> P { let y = x + 1; P { x, y } }
fn main() {
    let P { x, y } = make(2);
    let f = |a: i32| { let g = move |b: i32| a + b + x; g(y) };
    fn inner() -> usize { const N: usize = 3; N * 2 }
    let mut m: HashMap<i32, i32> = HashMap::new();
    m.insert(f(1), inner() as i32);
    println!("{} {x}", m.len());
    let _s: Set<i32> = Set::new();
}
"""
CASES = sorted((Path(__file__).parent / "cases").glob("*.rs"))[:12]


def crates():
    yield "inline", compile_source(SOURCE).parsed.crate
    for path in CASES:
        parsed = compile_source(path.read_bytes(), path.name).parsed
        if parsed is not None:
            yield path.name, parsed.crate


@pytest.mark.parametrize("name,crate", list(crates()), ids=lambda x: x if isinstance(x, str) else "")
def test_queries_agree_with_separate_walks(name, crate):
    nodes = CrateNodes(crate)
    assert nodes.nodes == list(iter_nodes(crate))
    kinds = (ast.Fn, ast.Closure, ast.PathExpr, ast.ItemStmt, ast.Lit)
    assert nodes.of(ast.Closure) == [n for n in iter_nodes(crate) if isinstance(n, ast.Closure)]
    assert nodes.of(*kinds) == [n for n in iter_nodes(crate) if isinstance(n, kinds)]
    bodies = [n.body for n in iter_nodes(crate) if isinstance(n, (ast.Fn, ast.Closure)) and n.body is not None]
    assert bodies
    for body in bodies:
        assert nodes.within(body) == list(iter_nodes(body))
        assert nodes.of_within(body, *kinds) == [n for n in iter_nodes(body) if isinstance(n, kinds)]


def test_children_of_maps_children_to_their_parent():
    crate = compile_source(SOURCE).parsed.crate
    parents = CrateNodes(crate).children_of(ast.MethodCall)
    calls = [n for n in iter_nodes(crate) if isinstance(n, ast.MethodCall)]
    assert {id(p) for p in parents.values()} == {id(c) for c in calls}
    for call in calls:
        assert call.receiver in child_nodes(call) and parents[call.receiver] is call
