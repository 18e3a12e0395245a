"""The MIR builder's modules import each other (calls, matches, places, adjustments): each
must be importable first, whatever module a caller happens to load before it."""
from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

import borrowck.mir as mir_package

BUILDER_MODULES = sorted(p.stem for p in Path(mir_package.__file__).parent.glob("build*.py"))


@pytest.mark.parametrize("first", BUILDER_MODULES)
def test_module_imports_first(first):
    names = [f"borrowck.mir.{m}" for m in BUILDER_MODULES]
    saved = {n: sys.modules.pop(n, None) for n in names}
    saved_attrs = {m: getattr(mir_package, m, None) for m in BUILDER_MODULES}
    try:
        module = importlib.import_module(f"borrowck.mir.{first}")
        assert module.__name__ == f"borrowck.mir.{first}"
        for name in names:  # the rest load cleanly after it
            importlib.import_module(name)
    finally:
        for name, module in saved.items():
            if module is not None:
                sys.modules[name] = module
        for attr, module in saved_attrs.items():
            if module is not None:
                setattr(mir_package, attr, module)
