"""Property tests: any labels on any text render without error, every JSON key is present,
and the `-->` location agrees with the primary span's line and column."""
from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from borrowck.diagnostics import human, json_format, short
from borrowck.diagnostics.diagnostic import Diagnostic
from borrowck.source.span import SourceFile, Span

TEXT = st.text(alphabet=st.sampled_from("ab \t{}();\n名é🎉"), min_size=1, max_size=80)
SPAN_KEYS = {"file_name", "byte_start", "byte_end", "line_start", "line_end", "column_start", "column_end",
             "is_primary", "text", "label", "suggested_replacement", "suggestion_applicability", "expansion"}


@st.composite
def diagnostics(draw):
    text = draw(TEXT)
    file = SourceFile.from_text("p.rs", text)
    data = file.data
    # byte offsets on char boundaries
    bounds = [i for i in range(len(data) + 1) if i == len(data) or (data[i] & 0xC0) != 0x80]
    diag = Diagnostic("error", draw(st.sampled_from(["E0382", None, "unsupported"])), "m")
    for i in range(draw(st.integers(1, 4))):
        lo, hi = sorted(draw(st.sampled_from(bounds)) for _ in range(2))
        label = draw(st.one_of(st.none(), st.text(alphabet="xyz `", max_size=12)))
        if i == 0:
            diag.primary(Span(lo, hi), label)
        else:
            diag.label(Span(lo, hi), label)
    if draw(st.booleans()):
        diag.note("a note")
    if draw(st.booleans()):
        lo = draw(st.sampled_from(bounds))
        diag.help("try this", Span(lo, lo), draw(st.text(alphabet="q\n ", min_size=1, max_size=5)))
    return file, diag


@settings(max_examples=300, deadline=None)
@given(diagnostics())
def test_any_diagnostic_renders(case):
    file, diag = case
    text = human.render(diag, file)
    assert text.endswith("\n\n")
    line, col = file.line_col(diag.primary_span.lo)
    assert f"--> p.rs:{line}:{col}\n" in text
    assert short.render(diag, file).startswith(f"p.rs:{line}:{col}: error")
    obj = json.loads(json_format.dumps(json_format.to_json(diag, file)))
    assert set(obj) == {"$message_type", "message", "code", "level", "spans", "children", "rendered"}
    for span in obj["spans"] + [s for c in obj["children"] for s in c["spans"]]:
        assert set(span) == SPAN_KEYS
        assert span["line_start"] <= span["line_end"]
