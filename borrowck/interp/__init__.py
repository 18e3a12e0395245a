"""The interpreter: runs `main` of a type-checked crate (see README.md)."""
from .run import Limits, run_program

__all__ = ["Limits", "run_program"]
