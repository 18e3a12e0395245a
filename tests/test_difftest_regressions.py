"""The differential-testing tools (tools/difftest) and the cases they produced.

The cases themselves (tests/ui/programs, tests/ui/difftest) run in test_ui.py against their
rustc labels; here: the generator is reproducible and writes programs borrowck can parse,
its hazards are spread over many episode kinds, the classifier sorts outcomes the way the
report says, and every saved case carries a description line and a rustc label.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from borrowck.api import compile_source

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools" / "difftest"))

from compare import classify  # noqa: E402
from generator import EPISODES, generate  # noqa: E402
from minimize import signature  # noqa: E402

UI = Path(__file__).parent / "ui"


def test_same_seed_same_program():
    assert generate(7).source() == generate(7).source()
    assert generate(7).source() != generate(8).source()


@pytest.mark.parametrize("seed", range(150))
def test_generated_program_parses(seed):
    compilation = compile_source(generate(seed).source(), f"p{seed}.rs")
    assert compilation.parsed is not None
    assert not [d for d in compilation.syntax_diagnostics if d.level == "error"]


def test_hazards_cover_many_episode_kinds():
    programs = [generate(seed) for seed in range(300)]
    hazards = [p.hazard_kind for p in programs if p.hazard_kind]
    assert 0.3 < len(hazards) / len(programs) < 0.6
    assert len(set(hazards)) >= len(EPISODES) - 2


def test_dropping_episodes_keeps_only_needed_helpers():
    program = next(generate(s) for s in range(100) if "Item" in generate(s).helpers
                   and len(generate(s).episodes) > 1)
    uses_item = [i for i, ep in enumerate(program.episodes) if any("Item::" in line for line in ep)]
    others = set(range(len(program.episodes))) - set(uses_item)
    if others:
        assert "struct Item" not in program.source(others)
    assert "struct Item" in program.source(set(uses_item))


def label(verdict, errors=(), stdout="", exit_code=0):
    expected = {"verdict": verdict, "errors": [{"code": c, "line": l} for c, l in errors]}
    if verdict == "accept":
        expected["run"] = {"stdout": stdout, "exit_code": exit_code}
    return expected


def result(errors=(), run=None, crash=None, unsupported=()):
    return {"errors": [list(e) for e in errors], "run": run, "crash": crash, "unsupported": list(unsupported)}


@pytest.mark.parametrize("expected, got, cls", [
    (label("reject", [("E0502", 5)]), result([("E0502", 5)]), "agree"),
    (label("reject", [("E0502", 5)]), result(run={"stdout": "", "exit_code": 0}), "false_accept"),
    (label("accept"), result([("E0499", 3)]), "false_reject"),
    (label("reject", [("E0502", 5)]), result([("E0499", 5)]), "wrong_code"),
    (label("reject", [("E0502", 5)]), result([("E0502", 6)]), "wrong_line"),
    (label("accept", stdout="1\n"), result(run={"stdout": "2\n", "exit_code": 0}), "run_differs"),
    (label("accept", stdout="1\n", exit_code=101), result(run={"stdout": "1\n", "exit_code": 0}), "run_differs"),
    (label("accept", stdout="1\n"), result(run={"stdout": "1\n", "exit_code": 0}), "agree"),
    (label("accept"), result(crash="check: KeyError"), "crash"),
    (label("reject", [(None, 4)]), result(unsupported=[(4, "unsupported: x")]), "unsupported"),
])
def test_classify(expected, got, cls):
    assert classify(expected, got)[0] == cls


def test_signature_tells_root_causes_apart():
    expected = label("accept")
    assert signature(expected, "false_reject", result([("E0277", 3)])) != signature(
        expected, "false_reject", result([("E0716", 3)]))


@pytest.mark.parametrize("folder", ["programs", "difftest"])
def test_saved_cases_are_described_and_labeled(folder):
    cases = sorted((UI / folder).glob("*.rs"))
    assert cases
    for rs in cases:
        assert rs.read_text().startswith("// "), rs.name
        expected = json.loads(rs.with_name(rs.name[:-3] + ".expected.json").read_text())
        assert expected["edition"] == "2021" and expected["rustc"].startswith("rustc 1.95")
        if folder == "programs" and expected["verdict"] == "reject":
            assert len(expected["errors"]) == 1, f"{rs.name}: one mistake per rejected program"


def test_programs_mix_accepted_and_rejected():
    verdicts = [json.loads(p.read_text())["verdict"] for p in (UI / "programs").glob("*.expected.json")]
    assert len(verdicts) >= 40
    assert 0.5 <= verdicts.count("accept") / len(verdicts) <= 0.7


def test_every_helper_used_is_defined():
    from generator import HELPERS

    names = {key.split("/")[0] for key in HELPERS}
    for seed in range(300):
        text = generate(seed).source()
        body = text[text.index("fn main()"):]
        for name in names:
            if any(name + tail in body for tail in ("(", "::", " {")):
                assert f"struct {name}" in text or f"fn {name}" in text, (seed, name)
