"""The borrow checker over MIR: ownership (moves, initialization, mutability) and NLL
borrowing (region inference, loans in scope, access conflicts, signature regions).

Entry point: `check_crate(mir, typed) -> list[Diagnostic]`. See README.md.

Per-body checks, each `check_body(body, mir, typed) -> list[Diagnostic]`:
  nll.check_body          loans and regions: E0499 E0502 E0503 E0505 E0506 E0597 E0716
                          E0515 E0373 E0521, "lifetime may not live long enough"
  moves.check_body        (ownership half) E0382 E0381 and move errors E0507/E0508/E0509
  mutability.check_body   (ownership half) E0596 E0594 E0384
  packed_refs.check_body  E0793 (references to unaligned fields of packed structs)
The ownership modules are picked up as soon as they exist with that function; both take
the body's MoveData (`move_data=`), gathered once per body and shared.
"""
from __future__ import annotations

import importlib

from ..dataflow.move_paths import gather
from . import nll

OWNERSHIP_MODULES = ("moves", "mutability", "packed_refs")


def _ownership_checks() -> list:
    checks = []
    for name in OWNERSHIP_MODULES:
        try:
            module = importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"{__name__}.{name}":
                raise
            continue
        check = getattr(module, "check_body", None)
        if check is not None:
            checks.append(check)
    return checks


def check_crate(mir, typed) -> list:
    """Borrow-check every body of `mir`; the diagnostics sorted by primary span.

    The MIR builder's own diagnostics (`unsupported` constructs, whose bodies may be
    missing) are included: a body that could not be lowered must not pass silently."""
    closures: dict = {}  # closure bodies' region facts, shared with their creators
    crate = nll.CrateTables(typed)

    def nll_check(body, mir, typed):
        return nll.check_body(body, mir, typed, closures, crate)
    ownership = _ownership_checks()
    adts = getattr(typed, "adts", None)
    diags = list(getattr(mir, "diagnostics", ()) or ())
    for body in mir.bodies:
        # moves and mutability read the same move paths: gathered once (MoveData is only
        # read after gathering; its lazy masks are pure functions of the paths)
        data = gather(body, adts)
        for check in ownership:
            diags.extend(check(body, mir, typed, move_data=data))
        diags.extend(nll_check(body, mir, typed))
    diags.sort(key=lambda d: d.sort_key())
    return diags
