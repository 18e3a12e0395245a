#!/usr/bin/env python3
"""Differential testing of borrowck against rustc on generated programs.

    python tools/difftest/run.py --count 200 --seed 1 [--jobs 2] [--out DIR] [--save N]
    python tools/difftest/run.py --judge tests/ui/programs     (labeled cases, no rustc)

1. generator.generate(seed * 1_000_000 + i) for i < count; each program is written to OUT.
2. Workers label each with rustc (tools/label.py: check, build, run) and check + run it
   with borrowck in-process; compare.classify sorts the pair into a class.
3. OUT/report.md (counts per class and per rustc code, one smallest example per class)
   and OUT/results.json (everything) are written.
4. With --save N, up to N disagreements (the smallest per class and rustc code first) are
   minimized (minimize.py) and saved with their rustc label into tests/ui/difftest/.
"""
from __future__ import annotations

import argparse
import json
import signal
import sys
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from compare import CLASSES, borrowck_result, classify, label_module, rustc_label  # noqa: E402
from generator import generate  # noqa: E402

REPO = HERE.parent.parent
SAVE_DIR = REPO / "tests" / "ui" / "difftest"

_LABELER = None
BORROWCK_SECONDS = 60


def _timed_out(signum, frame):
    raise TimeoutError(f"borrowck took over {BORROWCK_SECONDS}s")


def _check_one(task: tuple) -> dict:
    """Worker: rustc's label and borrowck's result for one program file."""
    global _LABELER  # per worker process: the labeler module and rustc version, loaded once
    seed, path = task
    if _LABELER is None:
        module = label_module()
        _LABELER = (module, module.rustc_version("rustc"))
    labeler, version = _LABELER
    path = Path(path)
    expected = rustc_label(path, labeler, version)
    signal.signal(signal.SIGALRM, _timed_out)
    signal.alarm(BORROWCK_SECONDS)  # a hung phase must not stall the pool
    try:
        got = borrowck_result(path)
    except Exception as e:  # noqa: BLE001 - a crash of the harness itself is still a finding
        got = {"errors": [], "unsupported": [], "crash": f"harness: {type(e).__name__}: {e}", "run": None}
    finally:
        signal.alarm(0)
    cls, detail = classify(expected, got)
    return {"seed": seed, "path": str(path), "class": cls, "detail": detail, "expected": expected,
            "got": got, "lines": path.read_text().count("\n")}


def codes_of(result: dict) -> str:
    return ",".join(sorted(str(e["code"]) for e in result["expected"]["errors"])) or "accept"


def report(results: list, out: Path) -> str:
    by_class = Counter(r["class"] for r in results)
    rejected = sum(r["expected"]["verdict"] == "reject" for r in results)
    lines = ["# difftest report", "",
             f"{len(results)} programs; rustc rejects {rejected}, accepts {len(results) - rejected}; "
             f"borrowck agrees on {by_class['agree']}.", "", "| class | count |", "| --- | ---: |"]
    lines += [f"| {c} | {by_class[c]} |" for c in CLASSES if by_class[c]]
    groups = defaultdict(list)
    for r in results:
        groups[(r["class"], codes_of(r))].append(r)
    lines += ["", "| class | rustc says | count |", "| --- | --- | ---: |"]
    for (cls, codes), rs in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        lines.append(f"| {cls} | {codes} | {len(rs)} |")
    lines += ["", "## Smallest example per class", ""]
    for cls in CLASSES:
        rs = [r for r in results if r["class"] == cls]
        if cls == "agree" or not rs:
            continue
        r = min(rs, key=lambda r: r["lines"])
        lines += [f"### {cls} ({len(rs)})", "", f"{r['path']}: {r['detail']}", "", "```rust",
                  Path(r["path"]).read_text().rstrip(), "```", ""]
    text = "\n".join(lines) + "\n"
    (out / "report.md").write_text(text)
    (out / "results.json").write_text(json.dumps(results, indent=1))
    return text


def save(results: list, limit: int, out: Path) -> list:
    """Minimize up to `limit` disagreements (one per signature first) into SAVE_DIR."""
    from minimize import minimize, signature

    labeler = label_module()
    version = labeler.rustc_version("rustc")
    pending = sorted((r for r in results if r["class"] != "agree"), key=lambda r: r["lines"])
    seen, first = set(), []
    for r in pending:
        key = signature(r["expected"], r["class"], r["got"])
        if key not in seen:
            first.append(r)
        seen.add(key)
    saved = []
    SAVE_DIR.mkdir(parents=True, exist_ok=True)
    for r in first[:limit]:
        program = generate(r["seed"])
        want = signature(r["expected"], r["class"], r["got"])
        text = minimize(program, want, out / "scratch.rs", labeler, version)
        codes = codes_of(r).replace(",", "_").lower()
        target = SAVE_DIR / f"{r['class']}_{codes}_{r['seed']}.rs"
        target.write_text(text)
        labeler.main([str(target)])
        saved.append((target, r["class"], r["detail"]))
    return saved


def judge_dir(folder: Path) -> int:
    """Classify every labeled CASE.rs under `folder` against its CASE.expected.json."""
    results = []
    for rs in sorted(folder.rglob("*.rs")):
        label = rs.with_name(rs.name[:-3] + ".expected.json")
        if not label.exists():
            continue
        expected = json.loads(label.read_text())
        try:
            got = borrowck_result(rs)
        except Exception as e:  # noqa: BLE001
            got = {"errors": [], "unsupported": [], "crash": f"harness: {type(e).__name__}: {e}", "run": None}
        cls, detail = classify(expected, got)
        results.append(cls)
        print(f"{cls:12} {rs.relative_to(folder)} [{','.join(str(e['code']) for e in expected['errors']) or 'accept'}] {detail[:160]}")
    print(" ".join(f"{c}={n}" for c, n in Counter(results).most_common()))
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--out", default="/tmp/difftest")
    ap.add_argument("--save", type=int, default=0, metavar="N",
                    help="minimize and save up to N disagreements into tests/ui/difftest/")
    ap.add_argument("--judge", metavar="DIR", help="only classify the labeled cases in DIR")
    ap.add_argument("--resave", metavar="RESULTS", help="--save from an earlier OUT/results.json")
    args = ap.parse_args(argv)
    if args.judge:
        return judge_dir(Path(args.judge))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    if args.resave:
        for target, cls, detail in save(json.loads(Path(args.resave).read_text()), args.save, out):
            print(f"saved {target.relative_to(REPO)}: {cls} {detail}")
        return 0
    tasks = []
    for i in range(args.count):
        seed = args.seed * 1_000_000 + i
        path = out / f"p{seed}.rs"
        path.write_text(generate(seed).source())
        tasks.append((seed, str(path)))
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        results = list(pool.map(_check_one, tasks, chunksize=4))
    text = report(results, out)
    print(text.split("## Smallest")[0])
    print(f"report: {out / 'report.md'}")
    if args.save:
        for target, cls, detail in save(results, args.save, out):
            print(f"saved {target.relative_to(REPO)}: {cls} {detail}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
