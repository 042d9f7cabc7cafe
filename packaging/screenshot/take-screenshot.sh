#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's screenshots: starts `redliner` under Xvfb (a real X server, the xcb platform) on the
# bundled sample NDA, lets the offline reviewer review it for the receiving party, selects the
# first change and saves the window. With `their-changes`, the sample is first sent back by the
# other side (resources/samples/counterparty-edits.json written as their tracked changes by
# redliner-cli redline) and the window shows the Their Changes tab, their first change selected.
# With `folder`, File › Review Folder… on a folder made for it (the sample, the sample as the other
# side sent it back, generated NDAs, meeting notes that are no NDA and a file that is no Word
# document) and the triage view is saved once every file is settled. With `playbooks`, Tools ›
# Playbooks… on the sample: a firm's own playbook (the bundled one, renamed) in the library as the
# default for the receiving side, its term issue in the editor.
#
#   bash packaging/screenshot/take-screenshot.sh [BUILD_DIR] [OUT.png] [their-changes|folder|playbooks]
#
# Defaults: build/ and resources/screenshots/redliner-window.png (their-changes:
# resources/screenshots/redliner-their-changes.png; folder: resources/screenshots/redliner-folder.png;
# playbooks: resources/screenshots/redliner-playbooks.png). Needs xvfb (xvfb-run) and the
# SVG icon engine (libqt6svg6). Uses a throw-away home, so your settings and decisions are
# neither read nor changed, and never the network or a keychain.
set -euo pipefail
cd "$(dirname "$0")/../.."

build=${1:-build}
mode=${3:-}
if [[ $mode == their-changes ]]; then
    out=${2:-resources/screenshots/redliner-their-changes.png}
elif [[ $mode == folder ]]; then
    out=${2:-resources/screenshots/redliner-folder.png}
elif [[ $mode == playbooks ]]; then
    out=${2:-resources/screenshots/redliner-playbooks.png}
else
    out=${2:-resources/screenshots/redliner-window.png}
fi
command -v xvfb-run >/dev/null || { echo "xvfb-run is missing (Debian: apt-get install xvfb xauth)" >&2; exit 1; }

cmake --build "$build" --target redliner redliner-cli sample-nda redliner-make-nda redliner-make-sample
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -p "$(dirname "$out")"

document="$build/samples/sample-nda.docx"
extra=()
if [[ $mode == their-changes ]]; then
    document="$home/sample-nda (Northwind comments).docx"
    "$build/src/cli/redliner-cli" redline "$build/samples/sample-nda.docx" \
        --edits resources/samples/counterparty-edits.json -o "$document" \
        --author "Olivia Grant (Northwind)" --date 2025-03-10T09:30:00Z
    extra=(--their-changes)
elif [[ $mode == folder ]]; then
    folder="$home/NDAs to review"
    mkdir -p "$folder/from legal"
    cp "$build/samples/sample-nda.docx" "$folder/Northwind - sample NDA.docx"
    "$build/src/cli/redliner-cli" redline "$build/samples/sample-nda.docx" \
        --edits resources/samples/counterparty-edits.json -o "$folder/from legal/Northwind - their comments.docx" \
        --author "Olivia Grant (Northwind)" --date 2025-03-10T09:30:00Z
    seed=1
    for name in "Project Atlas" "Harbour Logistics" "Vendor onboarding" "Series B data room" "Kestrel pilot"; do
        "$build/tests/support/redliner-make-nda" $((seed % 4 + 2)) "$folder/$name NDA.docx" --seed $seed
        seed=$((seed + 1))
    done
    printf '# Meeting notes\n\nWe agreed to meet again on Tuesday to go through the budget.\n' >"$home/notes.md"
    "$build/tests/support/redliner-make-sample" "$home/notes.md" "$folder/Kick-off meeting notes.docx"
    printf 'scanned, not a Word document' >"$folder/Scan 2025-03-02.docx"
    document=""
    extra=(--review-folder "$folder")
elif [[ $mode == playbooks ]]; then
    # The library in the application data directory (XDG_DATA_HOME/ORGANIZATION/APPLICATION).
    library="$home/data/Redliner/Redliner/playbooks"
    mkdir -p "$library"
    sed -e 's/"name": "Redliner default NDA playbook"/"name": "Northwind legal NDA playbook"/' \
        -e '0,/"version": "1.0.0"/s//"version": "1.2.0"/' \
        resources/playbooks/nda-default.json >"$library/northwind-legal-nda-playbook.json"
    printf '{"receiving": "northwind-legal-nda-playbook.json"}\n' >"$library/.defaults.json"
    extra=(--playbooks)
fi

# HOME too: the folder review shows its folder as "~/NDAs to review", as it would for a user.
env -u QT_QPA_PLATFORM HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_CACHE_HOME="$home/cache" \
    XDG_RUNTIME_DIR="$home/run" REDLINER_KEYCHAIN=none LANG=en_GB.UTF-8 LANGUAGE=en QT_SCALE_FACTOR=1 \
    xvfb-run -a -s "-screen 0 1600x1000x24 -dpi 96" \
    "$build/src/app/redliner" $([[ $mode == folder || $mode == playbooks ]] || echo --review) "${extra[@]}" --screenshot "$out" \
    ${document:+"$document"}
echo "Wrote $out"
