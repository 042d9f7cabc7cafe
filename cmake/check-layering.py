#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks that the core layers include and link only downwards (see CONTRIBUTING.md).

    docx  <-  review  <-  llm        (app and cli sit on top; only app uses QtWidgets)

  src/docx    may include docx headers only
  src/review  may include docx and review headers
  src/llm     may include docx, review and llm headers
  none of the three may include a QtWidgets header, and each layer's CMakeLists.txt may link
  only the layers below it and the Qt modules listed in ALLOWED_LINKS (never Widgets or Gui).

  A layer's public headers are those its CMakeLists.txt lists with redliner_public_headers(); the
  others are private to it. Outside src/LAYER and tests/LAYER (the layers above, src/app, src/cli,
  the other test folders) only public headers may be included.

Usage: check-layering.py [--source-dir DIR] [--qt-widgets-dir DIR]
  --source-dir      the project root (default: the parent of this script's folder)
  --qt-widgets-dir  Qt's QtWidgets include folder; its class headers (minus those QtGui and QtCore
                    also provide) are the forbidden names. Without it a short built-in list is used.
Exit status 0 when the layering holds, 1 with one sentence per violation otherwise.
"""
import argparse
import os
import re
import sys

LAYERS = ["docx", "review", "llm"]          # bottom to top
ABOVE_CORE = ["app", "cli"]                  # program folders: never included by the core
SOURCE_SUFFIXES = (".cpp", ".h", ".hpp", ".cc", ".cxx")
# Used when Qt's QtWidgets folder is not given: the usual suspects.
FALLBACK_WIDGETS = {"QApplication", "QWidget", "QMainWindow", "QDialog", "QMessageBox", "QLabel",
                    "QPushButton", "QLineEdit", "QTextEdit", "QPlainTextEdit", "QTreeView", "QListView",
                    "QTableView", "QFileDialog", "QStyle", "QLayout", "QVBoxLayout", "QHBoxLayout",
                    "QScrollArea", "QSplitter", "QToolBar", "QStatusBar", "QMenu", "QMenuBar",
                    "QComboBox", "QCheckBox", "QSpinBox", "QProgressBar", "QTabWidget", "QFrame"}
# What each layer's CMakeLists.txt may link: the layers below it and the Qt modules it needs.
ALLOWED_LINKS = {
    "docx": ["Qt6::Core", "PkgConfig::LIBZIP", "redliner_flags"],
    "review": ["redliner_docx", "Qt6::Core", "redliner_flags"],
    "llm": ["redliner_review", "redliner_docx", "Qt6::Core", "Qt6::Network", "Qt6::Concurrent", "redliner_flags"],
}

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')
PUBLIC_HEADERS = re.compile(r"redliner_public_headers\s*\(([^)]*)\)")
# A layer's public headers until its CMakeLists.txt lists them itself with redliner_public_headers()
# (src/review's is being edited elsewhere); a list in the CMakeLists.txt takes precedence.


def widget_headers(widgets_dir):
    if not widgets_dir or not os.path.isdir(widgets_dir):
        return {name for name in FALLBACK_WIDGETS} | {name.lower() + ".h" for name in FALLBACK_WIDGETS}
    names = {n for n in os.listdir(widgets_dir) if os.path.isfile(os.path.join(widgets_dir, n))}
    parent = os.path.dirname(os.path.normpath(widgets_dir))
    for other in ("QtGui", "QtCore"):  # forwarding headers both modules ship are not widgets
        other_dir = os.path.join(parent, other)
        if os.path.isdir(other_dir):
            names -= set(os.listdir(other_dir))
    return names


def resolve_include(path, quote, including_file, src_dir):
    """(src/ folder, path inside it) of the file an include names, or None for Qt, std, other libraries
    and the test folders' own headers."""
    target = os.path.normpath(os.path.join(src_dir, path))
    if quote == '"':  # a quoted include is looked up beside the including file first, then from src/
        beside = os.path.normpath(os.path.join(os.path.dirname(including_file), path))
        if os.path.exists(beside) or path.startswith(".."):
            target = beside
    parts = os.path.relpath(target, src_dir).split(os.sep)
    if len(parts) < 2 or parts[0] not in LAYERS + ABOVE_CORE:
        return None
    return parts[0], "/".join(parts[1:])


def layer_of_include(path, quote, including_file, src_dir):
    """The src/ folder (layer or program) an include names, or None for Qt, std and other libraries."""
    resolved = resolve_include(path, quote, including_file, src_dir)
    return resolved[0] if resolved else None


def allowed_text(layer):
    allowed = LAYERS[: LAYERS.index(layer) + 1]
    if len(allowed) == 1:
        return allowed[0] + " headers only"
    return ", ".join(allowed[:-1]) + " and " + allowed[-1] + " headers"


def check_includes(src_dir, widgets):
    problems = []
    for layer in LAYERS:
        layer_dir = os.path.join(src_dir, layer)
        rank = LAYERS.index(layer)
        for root, _dirs, files in os.walk(layer_dir):
            for name in sorted(files):
                if not name.endswith(SOURCE_SUFFIXES):
                    continue
                path = os.path.join(root, name)
                shown = os.path.relpath(path, os.path.dirname(src_dir))
                with open(path, encoding="utf-8", errors="replace") as f:
                    for number, line in enumerate(f, 1):
                        m = INCLUDE.match(line)
                        if not m:
                            continue
                        quote, included = m.group(1), m.group(2).strip()
                        target = layer_of_include(included, quote, path, src_dir)
                        if target is not None and (target in ABOVE_CORE or LAYERS.index(target) > rank):
                            what = "the program folder src/" + target if target in ABOVE_CORE \
                                else "the higher layer " + target
                            problems.append(
                                f"{shown}:{number}: includes \"{included}\" from {what}, but the {layer} "
                                f"layer may include {allowed_text(layer)} (rule: docx <- review <- llm, "
                                f"a layer never includes a layer above it).")
                            continue
                        if quote == "<" and (included.split("/")[0] == "QtWidgets" or included in widgets):
                            problems.append(
                                f"{shown}:{number}: includes <{included}> from QtWidgets, but the core layers "
                                f"(docx, review, llm) never use widgets (rule: only src/app links QtWidgets).")
    return problems


def check_links(src_dir):
    """Each layer's CMakeLists.txt links only what lies below it."""
    problems = []
    for layer in LAYERS:
        lists = os.path.join(src_dir, layer, "CMakeLists.txt")
        if not os.path.exists(lists):
            continue
        text = open(lists, encoding="utf-8").read()
        text_nocomments = re.sub(r"#[^\n]*", "", text)
        for m in re.finditer(r"target_link_libraries\s*\(([^)]*)\)", text_nocomments):
            words = m.group(1).split()
            number = text_nocomments[: m.start()].count("\n") + 1
            shown = os.path.relpath(lists, os.path.dirname(src_dir))
            for word in words[1:]:
                if word in ("PUBLIC", "PRIVATE", "INTERFACE") or word in ALLOWED_LINKS[layer]:
                    continue
                problems.append(
                    f"{shown}:{number}: links {word}, but redliner_{layer} may link only "
                    f"{', '.join(ALLOWED_LINKS[layer])} (rule: docx <- review <- llm, a layer links only "
                    f"the layers below it, no widgets in the core).")
    return problems


def public_headers(src_dir, layer):
    """The headers of a layer that code outside it may include, where that list is kept, and the
    problems with the list (a listed header that does not exist)."""
    lists = os.path.join(src_dir, layer, "CMakeLists.txt")
    shown = os.path.relpath(lists, os.path.dirname(src_dir))
    text = open(lists, encoding="utf-8").read() if os.path.exists(lists) else ""
    text_nocomments = re.sub(r"#[^\n]*", "", text)
    m = PUBLIC_HEADERS.search(text_nocomments)
    if m:
        headers = m.group(1).split()[1:]  # the first word is the target
        at = f"{shown}:{text_nocomments[: m.start()].count(chr(10)) + 1}"
        where = f"{shown} lists in redliner_public_headers()"
    else:
        return None, "", [f"{shown}: lists no public headers, so what other folders may include of the {layer} "
                          f"layer is not said (rule: each layer lists its public headers with "
                          f"redliner_public_headers(), see CONTRIBUTING.md, \"Layers\")."]
    problems = []
    for header in headers:
        if not os.path.isfile(os.path.join(src_dir, layer, header)):
            problems.append(f"{at}: lists {header} as a public header of the {layer} layer, but there is no "
                            f"src/{layer}/{header} (rule: only existing headers of the layer are public).")
    return set(headers), where, problems


def source_files(root):
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        for name in sorted(files):
            if name.endswith(SOURCE_SUFFIXES):
                yield os.path.join(folder, name)


def check_private_headers(src_dir):
    """Outside a layer's folder and its tests, only the headers the layer lists as public."""
    project = os.path.dirname(src_dir)
    problems = []
    public = {}
    for layer in LAYERS:
        headers, where, listing_problems = public_headers(src_dir, layer)
        public[layer] = (headers, where)
        problems += listing_problems
    roots = [os.path.join(src_dir, name) for name in LAYERS + ABOVE_CORE]
    tests_dir = os.path.join(project, "tests")
    if os.path.isdir(tests_dir):
        roots += [os.path.join(tests_dir, name) for name in sorted(os.listdir(tests_dir))]
    for root in roots:
        if not os.path.isdir(root):
            continue
        own = os.path.basename(root)  # src/review and tests/review may include review's private headers
        for path in source_files(root):
            shown = os.path.relpath(path, project)
            with open(path, encoding="utf-8", errors="replace") as f:
                for number, line in enumerate(f, 1):
                    m = INCLUDE.match(line)
                    if not m:
                        continue
                    quote, included = m.group(1), m.group(2).strip()
                    resolved = resolve_include(included, quote, path, src_dir)
                    if resolved is None or resolved[0] not in LAYERS or resolved[0] == own:
                        continue
                    layer, header = resolved
                    headers, where = public[layer]
                    if headers is None or header in headers:
                        continue
                    problems.append(
                        f"{shown}:{number}: includes \"{included}\", a header private to the {layer} layer, but "
                        f"outside src/{layer} and tests/{layer} only the public headers {where} may be "
                        f"included (rule: a layer's private headers are not reachable from the layers above).")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source-dir", default=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    parser.add_argument("--qt-widgets-dir", default="")
    args = parser.parse_args()
    src_dir = os.path.join(os.path.abspath(args.source_dir), "src")
    if not all(os.path.isdir(os.path.join(src_dir, layer)) for layer in LAYERS):
        print(f"check-layering: {src_dir} does not hold the folders {', '.join(LAYERS)}", file=sys.stderr)
        return 2
    problems = check_includes(src_dir, widget_headers(args.qt_widgets_dir)) + check_links(src_dir) \
        + check_private_headers(src_dir)
    for problem in problems:
        print(problem)
    if problems:
        print(f"Layering check failed: {len(problems)} violation(s); see CONTRIBUTING.md, \"Layers\".")
        return 1
    print("Layering holds: docx <- review <- llm, no widgets in the core, no private header included from "
          "outside its layer.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
