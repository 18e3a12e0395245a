"""Mutated programs (a line deleted or duplicated, token soup) never crash the pipeline:
every phase answers with diagnostics, never with an internal compiler error."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from borrowck.api import InternalCompilerError, compile_source

CORPUS = sorted((Path(__file__).parent / "conformance" / "cases").rglob("*.rs"))
TOKENS = ["fn", "main", "(", ")", "{", "}", "let", "mut", "x", "=", "1", ";", "&", "match", "=>", ",", "Some",
          "None", "if", "else", "+", "*", "[", "]", "\"s\"", "'a", ":", "u8", "struct", "S", "impl", "for", "in",
          "..", ".", "|", "return", "loop", "break", "vec!", "println!", "<", ">", "::", "?", "as", "const"]


def mutant(seed: int) -> str:
    rng = random.Random(seed)
    if seed % 3 == 0:
        return "fn main() { " + " ".join(rng.choice(TOKENS) for _ in range(rng.randint(1, 30))) + " }"
    lines = rng.choice(CORPUS).read_text().split("\n")
    k = rng.randrange(len(lines))
    if seed % 3 == 1:
        del lines[k]
    else:
        lines.insert(k, rng.choice(lines))
    return "\n".join(lines)


@pytest.mark.parametrize("seed", range(40))
def test_mutated_program_gets_diagnostics_not_a_crash(seed):
    source = mutant(seed)
    try:
        compile_source(source, "mutant.rs").diagnostics
    except InternalCompilerError as ice:
        pytest.fail(f"ICE in {ice.phase}: {ice}\n--- program ---\n{source}")
