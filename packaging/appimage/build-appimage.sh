#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Redliner-VERSION-x86_64.AppImage, one file that runs on Linux distributions without a
# Redliner package (Fedora, openSUSE, Arch, older Ubuntu...): the programs, the Qt libraries and
# plugins they need, the desktop file, icon and metainfo.
#
#   bash packaging/appimage/build-appimage.sh [--appdir-only]      (BUILD_DIR=build-appimage)
#
# Prerequisites (not in Debian, so this script cannot fetch them):
#   - linuxdeploy and linuxdeploy-plugin-qt, the x86_64 AppImages from
#     https://github.com/linuxdeploy/linuxdeploy/releases and
#     https://github.com/linuxdeploy/linuxdeploy-plugin-qt/releases, made executable, in the same
#     directory, on PATH or named by LINUXDEPLOY=/path/to/linuxdeploy-x86_64.AppImage;
#   - what `bash .ci/deps package` installs (Qt 6, rsvg-convert...), and qt6-wayland to bundle the
#     Wayland platform plugin;
#   - an old enough distribution: the AppImage runs where glibc is at least the build machine's
#     (Debian 12: glibc 2.36), so build on the oldest release you support.
# --appdir-only stops before linuxdeploy: it makes and checks build-appimage/AppDir, which needs
# none of the above but Qt, and is what can be checked without the tools.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD

appdir_only=false
[ "${1:-}" = "--appdir-only" ] && appdir_only=true
build=${BUILD_DIR:-build-appimage}
appdir=$PWD/$build/AppDir
app_id=org.redliner.Redliner

linuxdeploy=${LINUXDEPLOY:-$(command -v linuxdeploy-x86_64.AppImage || command -v linuxdeploy || true)}
if ! $appdir_only && [ -z "$linuxdeploy" ]; then
    echo "linuxdeploy is missing: see the prerequisites at the top of $0 (or use --appdir-only)" >&2
    exit 1
fi

# Installed under /usr inside the AppDir, the layout linuxdeploy and the AppImage runtime expect.
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
      -DREDLINER_BENCH=OFF -DREDLINER_TESTS=ON >/dev/null
cmake --build "$build" -j"$(nproc)" --target redliner redliner-cli sample-nda redliner-desktop-files
rm -rf "$appdir"
DESTDIR="$appdir" cmake --install "$build" >/dev/null
# The AppImage needs neither manual pages nor a Debian changelog; AppRun starts either program.
rm -rf "$appdir/usr/share/man" "$appdir/usr/share/doc"
install -m 0755 packaging/appimage/AppRun "$appdir/AppRun"
# The dispatch works: the CLI answers through a link named redliner-cli.
[ "$(ARGV0=redliner-cli "$appdir/AppRun" --version)" = "redliner-cli $(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")" ] \
    || { echo "AppRun does not start redliner-cli when called by that name" >&2; exit 1; }

for f in usr/bin/redliner usr/bin/redliner-cli "usr/share/applications/$app_id.desktop" \
         "usr/share/metainfo/$app_id.metainfo.xml" "usr/share/icons/hicolor/256x256/apps/$app_id.png" \
         usr/share/redliner/samples/sample-nda.docx; do
    [ -e "$appdir/$f" ] || { echo "The AppDir lacks $f" >&2; exit 1; }
done
if $appdir_only; then
    echo "AppDir ready: $appdir"
    exit 0
fi

# The Qt plugin deploys the platform plugins (xcb, offscreen for servers, and Wayland when
# qt6-wayland is installed), styles, image formats, and the SVG icon engine asked for by
# EXTRA_QT_MODULES: Redliner loads it at run time for its icons, so nothing links it and it would
# be left out. linuxdeploy puts its own AppRun in front of ours when a plugin adds start-up hooks.
platforms="libqoffscreen.so"
plugins=$(qmake6 -query QT_INSTALL_PLUGINS)
[ -f "$plugins/platforms/libqwayland-generic.so" ] && platforms="$platforms;libqwayland-generic.so;libqwayland-egl.so"
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
rm "$appdir/AppRun"
(
    cd "$build"
    QMAKE=$(command -v qmake6) EXTRA_QT_MODULES="svg;" EXTRA_PLATFORM_PLUGINS="$platforms" \
    LINUXDEPLOY_OUTPUT_VERSION="$version" \
        "$linuxdeploy" --appdir "$appdir" \
            --executable "$appdir/usr/bin/redliner" --executable "$appdir/usr/bin/redliner-cli" \
            --desktop-file "$appdir/usr/share/applications/$app_id.desktop" \
            --icon-file "$appdir/usr/share/icons/hicolor/256x256/apps/$app_id.png" \
            --custom-apprun "$root/packaging/appimage/AppRun" \
            --plugin qt --output appimage
)
image=$(ls "$build"/Redliner-*.AppImage)
# The AppImage starts, and so does the CLI through a link named after it (extracted rather than
# mounted, so that this works in containers without FUSE too).
export APPIMAGE_EXTRACT_AND_RUN=1
QT_QPA_PLATFORM=offscreen "$image" --version
ln -sf "$(basename "$image")" "$build/redliner-cli"
"$build/redliner-cli" --version
echo "Wrote $image"
