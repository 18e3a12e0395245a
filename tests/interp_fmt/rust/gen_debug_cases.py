"""Regenerates ../debug_cases.json from debug_cases.rs built by rustc (run by hand)."""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen_format_cases import unescape_default  # noqa: E402

with tempfile.TemporaryDirectory() as d:
    exe = os.path.join(d, "debug_cases")
    subprocess.run(["rustc", "--edition", "2021", "-A", "warnings", "-o", exe, os.path.join(HERE, "debug_cases.rs")], check=True)
    out = subprocess.run([exe], check=True, capture_output=True, text=True).stdout
cases = {}
for line in out.split("\n")[:-1]:
    label, _, esc = line.partition("\t")
    cases[label] = unescape_default(esc)
with open(os.path.join(HERE, "..", "debug_cases.json"), "w") as fh:
    json.dump(cases, fh, ensure_ascii=False, indent=0)
    fh.write("\n")
print(len(cases), "cases")
