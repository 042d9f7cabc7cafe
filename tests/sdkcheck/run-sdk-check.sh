#!/usr/bin/env bash
# Runs sdk-check.mjs (the official Anthropic and OpenAI SDKs) against a redliner-mockllm of its own.
#   bash tests/sdkcheck/run-sdk-check.sh PATH/TO/redliner-mockllm [FILTER]
# The SDKs come from $REDLINER_SDK_DIR (default ~/.cache/redliner-sdk-check), a folder outside any
# clone with node_modules/@anthropic-ai/sdk and node_modules/openai: `bash .ci/deps sdks` fills it.
# Node is $REDLINER_NODE, else `node` on PATH. Exit status: 0 all checks passed, 1 a check failed
# or the mock did not start, 2 usage, 77 skipped (no node or no SDKs; ctest reports it as skipped).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
mock="${1:-}"
filter="${2:-}"
if [ -z "$mock" ] || [ ! -x "$mock" ]; then
    echo "usage: bash $0 PATH/TO/redliner-mockllm [FILTER]  (no executable at '${mock}')" >&2
    exit 2
fi

sdk_dir="${REDLINER_SDK_DIR:-$HOME/.cache/redliner-sdk-check}"
node="${REDLINER_NODE:-}"
[ -n "$node" ] || node="$(command -v node || true)"
missing=()
[ -n "$node" ] && [ -x "$node" ] || missing+=("node")
[ -f "$sdk_dir/node_modules/@anthropic-ai/sdk/package.json" ] || missing+=("@anthropic-ai/sdk")
[ -f "$sdk_dir/node_modules/openai/package.json" ] || missing+=("openai")
if [ ${#missing[@]} -ne 0 ]; then
    echo "SKIPPED: the official SDKs are not installed in $sdk_dir, or Node.js is missing" \
         "(missing: ${missing[*]}); run bash .ci/deps sdks"
    exit 77
fi
# Both SDKs support Node.js 20 and later (their READMEs); Debian 12 and Ubuntu 24.04 ship 18.
node_major="$("$node" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
if [ "$node_major" -lt 20 ]; then
    echo "SKIPPED: $node is Node.js $("$node" --version 2>/dev/null || echo '?'); the official SDKs need 20 or later" \
         "(set REDLINER_NODE to one)"
    exit 77
fi

tmp="$(mktemp -d)"
mock_pid=""
node_pid=""
cleanup() {
    for pid in $node_pid $mock_pid; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# The mock's first stdout line, "redliner-mockllm listening on http://127.0.0.1:PORT", is read as
# soon as it is written (a blocking read with a limit, not a poll).
exec {mock_out}< <(exec "$mock" --port 0 2>"$tmp/stderr")
mock_pid=$!
base=""
if IFS= read -r -t 10 -u "$mock_out" line && [[ "$line" =~ listening\ on\ (http://127\.0\.0\.1:[0-9]+) ]]; then
    base="${BASH_REMATCH[1]}"
fi
if [ -z "$base" ]; then
    echo "redliner-mockllm did not say it was listening within 10 s (first line: '${line:-}'):" >&2
    cat "$tmp/stderr" >&2
    exit 1
fi

# In the background, so that a signal stops node and the mock at once (bash runs traps only
# between commands, and a wait is interruptible).
MOCK_BASE="$base" REDLINER_SDK_DIR="$sdk_dir" "$node" "$here/sdk-check.mjs" ${filter:+"$filter"} &
node_pid=$!
status=0
wait "$node_pid" || status=$?
node_pid=""
if [ "$status" -ne 0 ] && [ -s "$tmp/stderr" ]; then
    echo "--- redliner-mockllm stderr (last 40 lines)"
    tail -n 40 "$tmp/stderr"
fi
[ "$status" -eq 0 ] || exit 1
