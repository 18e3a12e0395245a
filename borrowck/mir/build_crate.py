"""Lower a whole crate: one Body per fn with a body, per closure, per const/static initializer."""
from __future__ import annotations

from .ir import MirCrate


def build_crate(typed) -> MirCrate:
    """Stub until the body builder lands: no bodies, no diagnostics."""
    return MirCrate(bodies=(), diagnostics=(), by_def_id={})
