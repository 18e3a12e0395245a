"""Whole programs rustc accepts: no diagnostics, and every expression, binding and callee
gets a fully inferred type (no inference variable, error or unnormalized projection)."""
import pathlib

import pytest

from borrowck.source.span import SourceFile
from borrowck.syntax import parse
from borrowck.types import check_crate
from borrowck.types import ty as T
from borrowck.types.type_fold import walk

PROGRAMS = sorted((pathlib.Path(__file__).parent / "programs").glob("*.rs"))


def _unresolved(t) -> bool:
    return any(type(x) in (T.Error, T.Infer) or (type(x) is T.Alias and type(x.self_ty) is not T.Param)
               for x in walk(t))


@pytest.mark.parametrize("path", PROGRAMS, ids=[p.stem for p in PROGRAMS])
def test_program_typechecks_fully(path):
    f = SourceFile.from_text(str(path), path.read_text())
    typed = check_crate(parse(f).crate, f, "2021")
    assert [(d.code, d.message) for d in typed.diagnostics] == []
    bad = [(f.line_col(e.span.lo), t) for e, t in typed.expr_types.items() if _unresolved(t)]
    bad += [(f.line_col(n.span.lo), t) for n, t in typed.binding_types.items() if _unresolved(t)]
    bad += [(f.line_col(e.span.lo), c.def_id) for e, c in typed.callees.items()
            if any(_unresolved(p) for p in c.sig_params + (c.sig_ret,))]
    assert bad == []
