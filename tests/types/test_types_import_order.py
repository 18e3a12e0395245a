"""Every types/ module imports on its own, whatever was imported before (no import cycles
that only work in one order)."""
import pkgutil
import subprocess
import sys

import borrowck.types

SCRIPT = """
import importlib, sys
failed = []
for name in sys.argv[1:]:
    for m in [k for k in sys.modules if k.startswith("borrowck")]:
        del sys.modules[m]
    try:
        importlib.import_module(name)
    except Exception as e:
        failed.append(f"{name}: {e!r}")
print("\\n".join(failed))
"""


def test_each_types_module_imports_first():
    names = [f"borrowck.types.{m.name}" for m in pkgutil.iter_modules(borrowck.types.__path__)]
    assert "borrowck.types.writeback" in names
    out = subprocess.run([sys.executable, "-c", SCRIPT, *names], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
