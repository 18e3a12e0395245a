from borrowck.dataflow.drop_elaboration import drop_facts
from borrowck.mir import build_crate, ir
from toy_typer import typed_from_source


def kinds_for(src, name, cleanup=False):
    """Drop kinds of local `name` on the normal path (or, cleanup=True, the unwind path)."""
    typed, _ = typed_from_source(src)
    mir = build_crate(typed, unwind=cleanup)
    body = mir.body("crate::main")
    local = next(i for i, d in enumerate(body.local_decls) if d.name == name)
    facts = drop_facts(body, typed.adts)
    return [k for loc, k in facts.kinds.items() if body.stmt_at(loc).place == ir.Place(local)
            and body.blocks[loc.block].is_cleanup == cleanup], facts, local


def test_unwind_drops_only_what_is_initialized():
    # a panic in `take` drops `t` (still owned) but not `s` (moved into the call)
    src = "fn take(s: String) {}\nfn main() { let t = String::new(); let s = String::new(); take(s); }"
    # (one shared cleanup block also serves the unwind of t's own initializer: a flag)
    assert set(kinds_for(src, "t", cleanup=True)[0]) == {"conditional"}
    assert set(kinds_for(src, "s", cleanup=True)[0]) == {"dead"}


def test_unconditional_drop_is_static():
    kinds, facts, _ = kinds_for("fn main() { let s = String::new(); }", "s")
    assert kinds == ["static"]


def test_moved_value_drop_is_dead():
    kinds, _, _ = kinds_for("fn take(s: String) {}\nfn main() { let s = String::new(); take(s); }", "s")
    assert kinds == ["dead"]


def test_move_on_one_branch_needs_a_flag():
    src = "fn take(s: String) {}\nfn main() { let s = String::new(); let c = 1; if c > 0 { take(s); } }"
    kinds, facts, local = kinds_for(src, "s")
    assert kinds == ["conditional"]
    assert local in facts.flagged_locals


def test_partial_move_drop_is_open():
    src = """struct P { name: String, tag: String }
fn main() { let p = P { name: String::new(), tag: String::new() }; let n = p.name; }"""
    kinds, _, _ = kinds_for(src, "p")
    assert kinds == ["open"]
