#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Self-test of cmake/check-layering.py: in a temporary copy of src/ and tests/, a deliberately wrong
include (or link, or list of public headers) must make the check fail with the sentence naming the
file and the rule; the untouched copy, and a layer's own tests including its private headers, must
pass.

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
    # Private headers: reachable from their own folder and its tests only.
    ("src/app/mainwindow/mainwindow.cpp", '#include "llm/partywords.h"',
     'src/app/mainwindow/mainwindow.cpp:1: includes "llm/partywords.h", a header private to the llm layer, but '
     'outside src/llm and tests/llm only the public headers src/llm/CMakeLists.txt lists in '
     "redliner_public_headers() may be included (rule: a layer's private headers are not reachable from the "
     "layers above)."),
    ("src/review/clause.cpp", '#include "docx/storyparser.h"',
     'src/review/clause.cpp:1: includes "docx/storyparser.h", a header private to the docx layer, but outside '
     "src/docx and tests/docx only the public headers src/docx/CMakeLists.txt lists"),
    ("src/llm/reviewrun.cpp", '#include "review/wordtokens.h"',
     'src/llm/reviewrun.cpp:1: includes "review/wordtokens.h", a header private to the review layer, but outside '
     "src/review and tests/review only the public headers"),
    ("tests/cli/tst_cli.cpp", '#include "llm/reviewrun.h"',
     'tests/cli/tst_cli.cpp:1: includes "llm/reviewrun.h", a header private to the llm layer'),
    ("src/docx/CMakeLists.txt", "redliner_public_headers(redliner_docx nosuch.h)",
     "src/docx/CMakeLists.txt:1: lists nosuch.h as a public header of the docx layer, but there is no "
     "src/docx/nosuch.h"),
]
# (file to change, line to add at its top): includes the check must let through.
ALLOWED = [
    ("tests/llm/tst_llm_units.cpp", '#include "llm/partywords.h"'),  # a layer's tests see all of it
    ("src/llm/reviewrun.cpp", '#include "docx/revisionwriter.h"'),  # a public header, from above
]


def run(root):
    result = subprocess.run([sys.executable, check, "--source-dir", root] + extra,
                            capture_output=True, text=True)
    return result.returncode, result.stdout + result.stderr


def fresh_copy(tmp):
    root = os.path.join(tmp, "tree")
    shutil.rmtree(root, ignore_errors=True)
    for folder in ("src", "tests"):
        shutil.copytree(os.path.join(source_dir, folder), os.path.join(root, folder))
    return root


def with_line(root, path, line):
    target = os.path.join(root, path)
    with open(target, encoding="utf-8") as f:
        text = f.read()
    with open(target, "w", encoding="utf-8") as f:
        f.write(line + "\n" + text)


failures = 0
with tempfile.TemporaryDirectory() as tmp:
    code, output = run(fresh_copy(tmp))
    if code != 0:
        print("FAIL: the untouched copy of the core layers does not pass:\n" + output)
        failures += 1
    for path, line, sentence in CASES:
        root = fresh_copy(tmp)
        with_line(root, path, line)
        code, output = run(root)
        if code != 1 or sentence not in output:
            print(f"FAIL: adding '{line}' to {path} gave exit {code}, expected 1 and the sentence\n"
                  f"  {sentence}\nOutput:\n{output}")
            failures += 1
        else:
            print(f"ok: '{line}' in {path} is refused: {output.splitlines()[0]}")
    for path, line in ALLOWED:
        root = fresh_copy(tmp)
        with_line(root, path, line)
        code, output = run(root)
        if code != 0:
            print(f"FAIL: adding '{line}' to {path} gave exit {code}, expected 0:\n{output}")
            failures += 1
        else:
            print(f"ok: '{line}' in {path} is let through")
sys.exit(1 if failures else 0)
