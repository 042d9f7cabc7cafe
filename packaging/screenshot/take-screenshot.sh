#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's screenshot: starts `redliner` under Xvfb (a real X server, the xcb platform) on the
# bundled sample NDA, lets the offline reviewer review it for the receiving party, selects the
# first change and saves the window.
#
#   bash packaging/screenshot/take-screenshot.sh [BUILD_DIR] [OUT.png]
#
# Defaults: build/ and resources/screenshots/redliner-window.png. Needs xvfb (xvfb-run) and the
# SVG icon engine (libqt6svg6). Uses a throw-away home, so your settings and decisions are
# neither read nor changed, and never the network or a keychain.
set -euo pipefail
cd "$(dirname "$0")/../.."

build=${1:-build}
out=${2:-resources/screenshots/redliner-window.png}
command -v xvfb-run >/dev/null || { echo "xvfb-run is missing (Debian: apt-get install xvfb xauth)" >&2; exit 1; }

cmake --build "$build" --target redliner sample-nda
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -p "$(dirname "$out")"

env -u QT_QPA_PLATFORM XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_CACHE_HOME="$home/cache" \
    XDG_RUNTIME_DIR="$home/run" REDLINER_KEYCHAIN=none LANG=en_GB.UTF-8 LANGUAGE=en QT_SCALE_FACTOR=1 \
    xvfb-run -a -s "-screen 0 1600x1000x24 -dpi 96" \
    "$build/src/app/redliner" --review --screenshot "$out" "$build/samples/sample-nda.docx"
echo "Wrote $out"
