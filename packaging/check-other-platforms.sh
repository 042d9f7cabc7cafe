#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Keeps the Windows and macOS recipes working as far as a Linux machine can: a stand-in project
# with the same targets includes packaging/ as if CMake ran on Windows (WIN32) or macOS (APPLE),
# then configures, generates and installs it, with windeployqt and macdeployqt replaced by
# scripts that record how they were called. It fails on a CMake error in packaging/cmake/
# CPackWindows.cmake or CPackMacOS.cmake, on NSIS commands that do not read back as written, and
# on a deploy tool called with the wrong files. It cannot show that windeployqt, macdeployqt or
# NSIS make a working installer: that needs those systems (packaging/README.md).
#
#   bash packaging/check-other-platforms.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }

mkdir -p "$work/src" "$work/qt/bin" "$work/qt/plugins/iconengines"
echo 'int main() { return 0; }' >"$work/src/main.cpp"
ln -s "$root/CHANGELOG.md" "$work/src/CHANGELOG.md"
ln -s "$root/resources" "$work/src/resources"
touch "$work/qt/plugins/iconengines/libqsvgicon.dylib"
for tool in windeployqt macdeployqt; do
    printf '#!/bin/sh\necho "%s $*" >>"%s/deploy.log"\n' "$tool" "$work" >"$work/qt/bin/$tool"
    chmod +x "$work/qt/bin/$tool"
done
# The targets packaging/ works with, the Qt variables it reads, and the install rules of src/
# as the macOS recipe needs them (packaging/README.md).
cat >"$work/src/CMakeLists.txt" <<EOF
cmake_minimum_required(VERSION 3.21)
$(grep -A1 '^project(Redliner' "$root/CMakeLists.txt")
set(QT6_INSTALL_PREFIX "$work/qt")
set(QT6_INSTALL_BINS bin)
set(QT6_INSTALL_PLUGINS plugins)
set(Qt6_VERSION 6.4.2)
set(LIBZIP_PREFIX /usr)
add_executable(redliner main.cpp)
add_executable(redliner-cli main.cpp)
add_custom_target(sample-nda)
file(WRITE \${CMAKE_BINARY_DIR}/samples/sample-nda.docx "stand-in")
if(FAKE_PLATFORM STREQUAL "APPLE")
    set_target_properties(redliner PROPERTIES MACOSX_BUNDLE ON OUTPUT_NAME Redliner)
    install(TARGETS redliner BUNDLE DESTINATION .)
    install(TARGETS redliner-cli RUNTIME DESTINATION Redliner.app/Contents/MacOS)
else()
    install(TARGETS redliner redliner-cli RUNTIME DESTINATION bin)
endif()
# CMake sets these from the platform; the stand-in claims the other one.
set(UNIX 0)
set(\${FAKE_PLATFORM} 1)
add_subdirectory("$root/packaging" packaging)
EOF

for platform in WIN32 APPLE; do
    echo "== As if on $platform"
    build="$work/build-$platform"
    prefix="$work/install-$platform"
    rm -f "$work/deploy.log"
    cmake -S "$work/src" -B "$build" -DFAKE_PLATFORM=$platform >"$work/configure.log" 2>&1 \
        || { cat "$work/configure.log" >&2; fail "configure as $platform"; }
    if grep -q "CMake Warning" "$work/configure.log"; then cat "$work/configure.log" >&2; fail "warnings as $platform"; fi
    cmake --build "$build" >/dev/null
    cmake --install "$build" --prefix "$prefix" >"$work/install.log" 2>&1 \
        || { cat "$work/install.log" >&2; fail "install as $platform"; }
    cat >"$work/read.cmake" <<EOF
include("$build/CPackConfig.cmake")
message("\${CPACK_GENERATOR}|\${CPACK_NSIS_EXTRA_INSTALL_COMMANDS}")
EOF
    config=$(cmake -P "$work/read.cmake" 2>&1)
    if [ $platform = WIN32 ]; then
        [[ $config == NSIS\|* ]] || fail "generator: ${config%%|*}"
        # What NSIS reads: single backslashes, plain quotes around the command line.
        grep -qF "WriteRegStr SHCTX 'Software\\Classes\\Redliner.docx\\shell\\open\\command' '' '\"\$INSTDIR\\bin\\redliner.exe\" \"%1\"'" <<<"$config" \
            || { echo "$config" >&2; fail "the NSIS registry commands do not read back as written"; }
        grep -qx "windeployqt --release --force --no-compiler-runtime --svg --dir $prefix/bin $prefix/bin/redliner.exe $prefix/bin/redliner-cli.exe" "$work/deploy.log" \
            || { cat "$work/deploy.log" >&2; fail "windeployqt was not called on both programs"; }
        [ -f "$prefix/share/redliner/samples/sample-nda.docx" ] || fail "no sample in share/redliner"
        grep -q 'IDI_ICON1 ICON ".*/packaging/windows/redliner.ico"' "$build/packaging/redliner.rc" || fail "redliner.rc names no icon"
    else
        [[ $config == DragNDrop\|* ]] || fail "generator: ${config%%|*}"
        app="$prefix/Redliner.app"
        grep -qx "macdeployqt $app -always-overwrite -executable=$app/Contents/PlugIns/iconengines/libqsvgicon.dylib -executable=$app/Contents/MacOS/redliner-cli" "$work/deploy.log" \
            || { cat "$work/deploy.log" >&2; fail "macdeployqt was not called on the bundle, the SVG icon engine and redliner-cli"; }
        [ -f "$app/Contents/Resources/samples/sample-nda.docx" ] || fail "no sample in the bundle's Resources"
        plist=$(find "$build" -name Info.plist -path '*Redliner.app*' | head -1)
        python3 - "$plist" <<'EOF'
import plistlib, sys
info = plistlib.load(open(sys.argv[1], "rb"))
types = [t for d in info["CFBundleDocumentTypes"] for t in d["LSItemContentTypes"]]
assert info["CFBundleIdentifier"] == "org.redliner.Redliner", info["CFBundleIdentifier"]
assert "org.openxmlformats.wordprocessingml.document" in types, types
assert info["CFBundleIconFile"] == "Redliner.icns"
EOF
    fi
    echo "  ok: configures, generates and installs; the deploy tool is called as intended"
done
