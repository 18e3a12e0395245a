"""Every leaf-value case of format_cases.json (expected strings printed by a rustc 1.95 binary)."""
import json
import os
import struct

import pytest

from borrowck.interp.format import fmt_bool, fmt_char, fmt_float, fmt_int, fmt_str
from borrowck.interp.numeric import int_type

from .spec_text import parse_spec

with open(os.path.join(os.path.dirname(__file__), "format_cases.json"), encoding="utf-8") as fh:
    CASES = json.load(fh)


def render(kind, value, spec_text):
    spec = parse_spec(spec_text)
    if kind == "f64":
        return fmt_float(struct.unpack("<d", struct.pack("<Q", value))[0], 64, spec)
    if kind == "f32":
        return fmt_float(struct.unpack("<f", struct.pack("<I", value))[0], 32, spec)
    if kind == "str":
        return fmt_str(value, spec)
    if kind == "char":
        return fmt_char(value, spec)
    if kind == "bool":
        return fmt_bool(value, spec)
    return fmt_int(value, int_type(kind).bits, spec)


def test_all_cases_match_rustc():
    failures = []
    for kind, value, spec, expected in CASES:
        got = render(kind, value, spec)
        if got != expected:
            failures.append(f"{kind} {value!r} {{:{spec}}}: got {got!r}, rustc {expected!r}")
    assert not failures, f"{len(failures)} of {len(CASES)} differ:\n" + "\n".join(failures[:60])


@pytest.mark.parametrize("kind", ["i32", "f64", "f32", "str", "char", "bool", "u128"])
def test_each_kind_is_covered(kind):
    assert sum(1 for c in CASES if c[0] == kind) >= 10
