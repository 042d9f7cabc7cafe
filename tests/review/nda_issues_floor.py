#!/usr/bin/env python3
"""The NDA issue-spotting benchmark as a test: runs ../shared/bench/nda-issues/score.py with
redliner-cli and fails when the offline review falls below the level it has reached.

usage: nda_issues_floor.py SHARED_DIR CLI   (exit 77 = skipped: no shared benchmark here)
"""
import json, os, subprocess, sys, tempfile

# The level reached (see README, "Review quality"); raise these as the review improves.
FLOOR = {"precision": 0.96, "recall": 0.77, "located": 0.90}
MAX_EDIT_PROBLEMS = 0

shared, cli = sys.argv[1], sys.argv[2]
bench = os.path.join(shared, "bench", "nda-issues")
if not os.path.exists(os.path.join(bench, "score.py")):
    print(f"SKIP: the NDA benchmark is not at {bench} (it comes with ../shared)")
    sys.exit(77)
with tempfile.TemporaryDirectory() as out:
    r = subprocess.run([sys.executable, os.path.join(bench, "score.py"), bench, "--cli", cli, "--out", out],
                       capture_output=True, text=True)
print(r.stdout[-2000:], r.stderr[-2000:])
summary = json.loads(r.stdout.strip().splitlines()[-1])
failed = [f"{k} {summary[k]} < {v}" for k, v in FLOOR.items() if summary[k] < v]
if summary["failed"]:
    failed.append(f"{summary['failed']} review(s) failed to run")
if summary["edit_problems"] > MAX_EDIT_PROBLEMS:
    failed.append(f"edit_problems {summary['edit_problems']} > {MAX_EDIT_PROBLEMS}")
if failed:
    print("FAIL: " + "; ".join(failed))
    sys.exit(1)
print("PASS: " + ", ".join(f"{k} {summary[k]}" for k in list(FLOOR) + ["edit_problems"]))
