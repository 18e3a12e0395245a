from borrowck.mir import build_crate, ir
from toy_typer import typed_from_source

SRC = """fn take(s: String) {}
fn main() { let a = String::new(); let b = String::new(); take(b); }"""


def _main(unwind):
    typed, _ = typed_from_source(SRC)
    return build_crate(typed, unwind=unwind).body("crate::main")


def _unwind_drops(body, block):
    """The locals a cleanup path drops, in order, until it resumes."""
    out = []
    while True:
        bb = body.blocks[block]
        assert bb.is_cleanup
        if isinstance(bb.terminator, ir.UnwindResume):
            return out
        out.append(bb.terminator.place.local)
        block = bb.terminator.target


def test_no_cleanup_blocks_by_default():
    body = _main(False)
    assert not any(bb.is_cleanup for bb in body.blocks)


def test_call_unwinds_through_every_scheduled_drop_in_reverse():
    body = _main(True)
    names = {d.name: i for i, d in enumerate(body.local_decls) if d.name}
    call = next(bb.terminator for bb in body.blocks
                if isinstance(bb.terminator, ir.Call) and bb.terminator.callee == "crate::take")
    named = [x for x in _unwind_drops(body, call.unwind) if body.local_decls[x].name]
    assert named == [names["b"], names["a"]]


def test_scope_exit_drop_unwinds_to_the_earlier_drops_only():
    body = _main(True)
    names = {d.name: i for i, d in enumerate(body.local_decls) if d.name}
    drop_b = next(bb.terminator for bb in body.blocks if not bb.is_cleanup
                  and isinstance(bb.terminator, ir.Drop) and bb.terminator.place == ir.Place(names["b"]))
    assert _unwind_drops(body, drop_b.unwind) == [names["a"]]
