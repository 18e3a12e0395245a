"""Loading the std model: every `borrowck/std/*.rs` file parsed once per process.

File `name.rs` becomes the module `std::name` (`primitives.rs` is `std::primitive`);
`prelude.rs` is `std::prelude`, whose names every module sees. Parsing ~12k lines takes
about half a second, so the result is cached for the process (`load_std_model`).
"""
from __future__ import annotations

import functools
import gc
from dataclasses import dataclass
from pathlib import Path

from ..source.span import SourceFile

STD_DIR = Path(__file__).parent
# file stem -> module name where they differ
MODULE_NAMES = {"primitives": "primitive"}


@dataclass(frozen=True, slots=True)
class StdFile:
    module: str  # "option", "primitive", ...
    file: SourceFile
    items: tuple  # of ast.Item


@dataclass(frozen=True, slots=True)
class StdModel:
    files: tuple  # of StdFile, sorted by module name
    diagnostics: tuple  # parse problems in the model itself (a bug in the model)


@functools.lru_cache(maxsize=1)
def load_std_model() -> StdModel:
    """Parse every std .rs file (cached: the model is immutable and shared by all crates)."""
    from ..syntax import parse

    enabled = gc.isenabled()
    gc.disable()  # the parsed model is long-lived: collecting while building it only costs time
    try:
        return _parse_all(parse)
    finally:
        if enabled:
            gc.enable()


def _parse_all(parse) -> StdModel:
    files = []
    problems = []
    for path in sorted(STD_DIR.glob("*.rs")):
        source = SourceFile.from_bytes(f"<std>/{path.name}", path.read_bytes())
        result = parse(source, "2021")
        # real std is built with `#![feature(never_type)]`: `!` anywhere is not gated there
        problems.extend(d for d in result.diagnostics if d.code != "E0658")
        module = MODULE_NAMES.get(path.stem, path.stem)
        files.append(StdFile(module, source, result.crate.items))
    return StdModel(tuple(files), tuple(problems))
