"""`python -m borrowck ...` is the `borrowck` command."""
import sys

from .cli import main

sys.exit(main())
