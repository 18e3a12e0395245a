"""Shared test setup: the tests folder is importable (`from outcome import judge`), and
hypothesis runs a bounded number of examples without per-example deadlines (CI has 2 cores)."""
import sys
from pathlib import Path

from hypothesis import settings

TESTS = str(Path(__file__).parent)
if TESTS not in sys.path:
    sys.path.insert(0, TESTS)

settings.register_profile("ci", max_examples=100, deadline=None)
settings.load_profile("ci")
