#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Times python-docx opening a .docx and collecting its text, for comparison with
BM_ParseAndIndex in redliner-bench.

    redliner-bench --write-fixtures /tmp/redliner-fixtures
    python3 tests/bench/python_docx_baseline.py /tmp/redliner-fixtures/*.docx

For each file: the median of 20 runs (time.perf_counter, after one warm-up run) of
docx.Document(path) plus joining the text of every body paragraph and every paragraph in table
cells (nested tables included, each merged cell once). One line per file.
"""

import statistics
import sys
import time

try:
    import docx  # Debian: python3-docx
except ImportError:
    sys.exit("python_docx_baseline.py: python-docx is missing (apt install python3-docx, "
             "or run it with /usr/bin/python3)")

RUNS = 20


def table_paragraphs(table):
    seen = set()
    for row in table.rows:
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell appears once per grid column it spans
                continue
            seen.add(id(cell._tc))
            yield from cell.paragraphs
            for inner in cell.tables:
                yield from table_paragraphs(inner)


def open_and_extract(path):
    document = docx.Document(path)
    paragraphs = list(document.paragraphs)
    for table in document.tables:
        paragraphs.extend(table_paragraphs(table))
    text = "\n".join(p.text for p in paragraphs)
    return len(paragraphs), len(text)


def main(paths):
    if not paths:
        sys.exit(__doc__)
    for path in paths:
        paragraphs, characters = open_and_extract(path)  # warm-up: imports, file cache
        times = []
        for _ in range(RUNS):
            start = time.perf_counter()
            open_and_extract(path)
            times.append(time.perf_counter() - start)
        print(f"{path}: python-docx open + text: median {statistics.median(times) * 1000:.1f} ms "
              f"(min {min(times) * 1000:.1f} ms, {RUNS} runs; {paragraphs} paragraphs, "
              f"{characters} characters)")


if __name__ == "__main__":
    main(sys.argv[1:])
