"""Renderer goldens: rustc 1.95's own JSON for golden/CASE.rs is read back into our
Diagnostic data and rendered again; human, short and JSON output must equal rustc's
byte for byte (golden/CASE.stderr, CASE.short, CASE.json; warnings were allowed away).

Diagnostics that point into the standard library (another file) are left out: we never
produce those.
"""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from borrowck.diagnostics import emitter, human, json_format, short
from borrowck.diagnostics.diagnostic import Diagnostic, Label, SubDiagnostic, Suggestion
from borrowck.source.span import SourceFile, Span

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(p.stem for p in GOLDEN.glob("*.rs"))


def rustc_json(case: str) -> list[dict]:
    return [json.loads(l) for l in (GOLDEN / f"{case}.json").read_text().splitlines() if l.startswith("{")]


def in_file(obj: dict, name: str) -> bool:
    return all(s["file_name"] == name for s in obj["spans"]) and all(in_file(c, name) for c in obj["children"])


def to_diagnostic(obj: dict) -> Diagnostic:
    diag = Diagnostic(obj["level"], (obj["code"] or {}).get("code"), obj["message"])
    diag.labels = [Label(Span(s["byte_start"], s["byte_end"]), s["label"], s["is_primary"]) for s in obj["spans"]]
    for c in obj["children"]:
        child = SubDiagnostic(c["level"], c["message"])
        for s in c["spans"]:
            span = Span(s["byte_start"], s["byte_end"])
            if s["suggested_replacement"] is not None:
                child.suggestions.append(Suggestion(span, s["suggested_replacement"], s["suggestion_applicability"]))
            else:
                child.labels.append(Label(span, s["label"], s["is_primary"]))
        # rustc shows a short suggestion inline (as a label) instead of as its own block
        child.inline = bool(child.suggestions) and f"\n{c['level']}: {c['message']}\n" not in obj["rendered"]
        diag.children.append(child)
    return diag


def load(case: str):
    file = SourceFile.from_bytes(f"{case}.rs", (GOLDEN / f"{case}.rs").read_bytes())
    objs = [o for o in rustc_json(case) if o["spans"] or o["children"]]
    return file, objs


def comparable(case: str):
    file, objs = load(case)
    return file, [o for o in objs if in_file(o, file.name)]


@pytest.mark.parametrize("case", CASES)
def test_human_rendering_matches_rustc(case):
    file, objs = comparable(case)
    for obj in objs:
        assert human.render(to_diagnostic(obj), file) == obj["rendered"]


@pytest.mark.parametrize("case", CASES)
def test_whole_stderr_matches_rustc(case):
    file, objs = load(case)
    if len(objs) != len(comparable(case)[1]):
        pytest.skip("a diagnostic points into the standard library")
    out = io.StringIO()
    emitter.emit([to_diagnostic(o) for o in objs], file, "human", out)
    assert out.getvalue() == (GOLDEN / f"{case}.stderr").read_text()
    out = io.StringIO()
    emitter.emit([to_diagnostic(o) for o in objs], file, "short", out)
    assert out.getvalue() == (GOLDEN / f"{case}.short").read_text()


@pytest.mark.parametrize("case", CASES)
def test_json_matches_rustc_schema_and_values(case):
    file, objs = comparable(case)
    for obj in objs:
        ours = json_format.to_json(to_diagnostic(obj), file)
        theirs = json.loads(json.dumps(obj))
        if theirs["code"]:
            theirs["code"]["explanation"] = None  # we do not ship rustc's --explain texts
        for span in theirs["spans"]:
            span["expansion"] = None  # macro backtraces (println! internals) are not modelled
        assert ours == theirs


def test_summary_lines():
    file = SourceFile.from_text("m.rs", "fn main() {}\n")
    diags = [Diagnostic("error", "E0499", "x").primary(Span(0, 2)),
             Diagnostic("error", "E0382", "y").primary(Span(3, 7)),
             Diagnostic("warning", None, "w").primary(Span(3, 7))]
    lines = [m for _, m in emitter.summary(diags)]
    assert lines == ["aborting due to 2 previous errors; 1 warning emitted",
                     "Some errors have detailed explanations: E0382, E0499.",
                     "For more information about an error, try `rustc --explain E0382`."]
    assert [m for _, m in emitter.summary(diags[2:])] == ["1 warning emitted"]
