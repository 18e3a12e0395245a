"""borrowck: Rust's memory-safety rules (ownership, borrowing, lifetimes) checked and run in Python.

    import borrowck
    diagnostics = borrowck.check(source)          # list[Diagnostic], rustc's codes and spans
    exit_code = borrowck.run(source)              # check, then run main (101 on panic)
"""
__version__ = "0.1.0"

from .api import Compilation, check, run  # noqa: E402

__all__ = ["Compilation", "check", "run", "__version__"]
