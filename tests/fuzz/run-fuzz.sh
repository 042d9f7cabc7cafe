#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# usage: tests/fuzz/run-fuzz.sh BUILD_DIR SECONDS
#
# Fuzzes the reader and the revision writer for SECONDS seconds, starting from the seed corpus
# (written by redliner-fuzz-seeds into a temporary folder). BUILD_DIR must be configured with
#   cmake -S . -B BUILD_DIR -DCMAKE_CXX_COMPILER=clang++ -DREDLINER_FUZZ=ON
# Crashing, leaking, hanging or memory-hungry inputs are saved under $FUZZ_ARTIFACTS
# (default /tmp/fuzz-crashes/) and the script exits non-zero.
set -eu

if [ $# -ne 2 ]; then
    echo "usage: $0 BUILD_DIR SECONDS" >&2
    exit 1
fi
build_dir=$1
seconds=$2
case $seconds in
    ''|*[!0-9]*) echo "$0: SECONDS must be a whole number, not '$seconds'" >&2; exit 1 ;;
esac
script_dir=$(cd "$(dirname "$0")" && pwd)
artifacts=${FUZZ_ARTIFACTS:-/tmp/fuzz-crashes/}
case $artifacts in */) ;; *) artifacts=$artifacts/ ;; esac

cmake --build "$build_dir" --target fuzz_reader redliner-fuzz-seeds
fuzzer=$build_dir/tests/fuzz/fuzz_reader
seeds=$build_dir/tests/fuzz/redliner-fuzz-seeds
for exe in "$fuzzer" "$seeds"; do
    if [ ! -x "$exe" ]; then
        echo "$0: $exe is missing; configure $build_dir with clang and -DREDLINER_FUZZ=ON" >&2
        exit 1
    fi
done

corpus=$(mktemp -d "${TMPDIR:-/tmp}/redliner-fuzz-corpus.XXXXXX")
trap 'rm -rf "$corpus"' EXIT INT TERM
"$seeds" "$corpus"
mkdir -p "$artifacts"

status=0
"$fuzzer" -max_total_time="$seconds" -rss_limit_mb=2048 -max_len=200000 -timeout=30 \
    -dict="$script_dir/docx.dict" -artifact_prefix="$artifacts" -print_final_stats=1 \
    "$corpus" || status=$?

if [ "$status" -ne 0 ]; then
    echo "$0: the fuzzer found a problem (exit $status); the input is in $artifacts" >&2
    exit "$status"
fi
echo "$0: no crash in $seconds s"
