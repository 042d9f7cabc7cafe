#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Self-test of cmake/check-layering.py: in a temporary copy of the core layers, a deliberately wrong
include (or link) must make the check fail with the sentence naming the file and the rule; the
untouched copy must pass.

Usage: layering_selftest.py SOURCE_DIR [--qt-widgets-dir DIR]
"""
import os
import shutil
import subprocess
import sys
import tempfile

source_dir = os.path.abspath(sys.argv[1])
extra = sys.argv[2:]
check = os.path.join(source_dir, "cmake", "check-layering.py")

# (file to change, line to add at its top, the sentence the check must print)
CASES = [
    ("src/review/clause.cpp", '#include "llm/reviewrun.h"',
     'src/review/clause.cpp:1: includes "llm/reviewrun.h" from the higher layer llm, but the review layer '
     'may include docx and review headers (rule: docx <- review <- llm, a layer never includes a layer above it).'),
    ("src/docx/package.h", '#include "review/finding.h"',
     'src/docx/package.h:1: includes "review/finding.h" from the higher layer review, but the docx layer '
     'may include docx headers only'),
    ("src/llm/dialect.h", '#include "../app/mainwindow/mainwindow.h"',
     'src/llm/dialect.h:1: includes "../app/mainwindow/mainwindow.h" from the program folder src/app, but the llm layer'),
    ("src/llm/reviewrun.cpp", "#include <QWidget>",
     "src/llm/reviewrun.cpp:1: includes <QWidget> from QtWidgets, but the core layers (docx, review, llm) "
     "never use widgets (rule: only src/app links QtWidgets)."),
    ("src/review/CMakeLists.txt", "target_link_libraries(redliner_review PRIVATE redliner_llm)",
     "src/review/CMakeLists.txt:1: links redliner_llm, but redliner_review may link only redliner_docx"),
]


def run(root):
    result = subprocess.run([sys.executable, check, "--source-dir", root] + extra,
                            capture_output=True, text=True)
    return result.returncode, result.stdout + result.stderr


def fresh_copy(tmp):
    root = os.path.join(tmp, "tree")
    shutil.rmtree(root, ignore_errors=True)
    for layer in ("docx", "review", "llm"):
        shutil.copytree(os.path.join(source_dir, "src", layer), os.path.join(root, "src", layer))
    return root


failures = 0
with tempfile.TemporaryDirectory() as tmp:
    code, output = run(fresh_copy(tmp))
    if code != 0:
        print("FAIL: the untouched copy of the core layers does not pass:\n" + output)
        failures += 1
    for path, line, sentence in CASES:
        root = fresh_copy(tmp)
        target = os.path.join(root, path)
        with open(target, encoding="utf-8") as f:
            text = f.read()
        with open(target, "w", encoding="utf-8") as f:
            f.write(line + "\n" + text)
        code, output = run(root)
        if code != 1 or sentence not in output:
            print(f"FAIL: adding '{line}' to {path} gave exit {code}, expected 1 and the sentence\n"
                  f"  {sentence}\nOutput:\n{output}")
            failures += 1
        else:
            print(f"ok: '{line}' in {path} is refused: {output.splitlines()[0]}")
sys.exit(1 if failures else 0)
