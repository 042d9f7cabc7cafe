#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The packaging test (CI runs it): builds the .deb from a configured build directory, installs it
# into this machine with apt as a user would, uses both programs from the installed paths, checks
# the desktop integration, then purges the package and checks that nothing of it is left.
#
#   bash packaging/test-deb.sh [BUILD_DIR]      (default: build-ci with CI=true, else build)
#
# Needs root or sudo, and what `bash .ci/deps package` installs. Refuses to run when a redliner
# package is installed already: it would replace and then remove it. The machine is left as it
# was, also when a check fails: the package, and any dependency apt had to add for it, is purged.
set -euo pipefail
cd "$(dirname "$0")/.."

build=${1:-build}
if [ -z "${1:-}" ] && [ "${CI:-}" = "true" ]; then
    build="build-ci"
fi
[ -f "$build/CMakeCache.txt" ] || { echo "$build is not a configured build directory (cmake --preset ...)" >&2; exit 1; }
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
app_id=org.redliner.Redliner
docx_type=application/vnd.openxmlformats-officedocument.wordprocessingml.document
start=$SECONDS

fail() { echo "FAIL: $*" >&2; exit 1; }
ok() { echo "  ok: $*"; }
installed() { dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null | grep -qx installed; }

if installed redliner; then
    fail "a redliner package is installed already; remove it first (apt-get remove --purge redliner)"
fi

work=$(mktemp -d)
packages_before="$work/packages-before.txt"
installed_packages() { dpkg-query -W -f='${db:Status-Status} ${Package}\n' | awk '$1 == "installed" {print $2}' | sort; }
# Dependencies apt pulled in for the package go too: the machine is left as it was.
purge_added_packages() {
    [ -f "$packages_before" ] || return 0
    local added
    added=$(comm -13 "$packages_before" <(installed_packages))
    if [ -n "$added" ]; then
        echo "  purging what apt installed for the package: $added"
        # shellcheck disable=SC2086 # one package name a word
        $sudo env DEBIAN_FRONTEND=noninteractive apt-get remove --purge -y -q $added >/dev/null
    fi
}
cleanup() {
    local status=$?
    if installed redliner; then
        echo "== Removing the package after a failure"
        $sudo env DEBIAN_FRONTEND=noninteractive apt-get remove --purge -y -q redliner >/dev/null || true
    fi
    purge_added_packages || true
    rm -rf "$work"
    exit $status
}
trap cleanup EXIT

echo "== Building the package in $build"
# A new configure picks up tools installed since the first one (rsvg-convert for the PNG icons).
cmake -S . -B "$build" >/dev/null
cmake --build "$build" -j"$(nproc)" --target redliner redliner-cli sample-nda redliner-desktop-files >/dev/null
rm -rf "$build/packages"
(cd "$build" && cpack -G DEB >"$work/cpack.log") || { cat "$work/cpack.log" >&2; fail "cpack -G DEB"; }
debs=("$build"/packages/redliner_*.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then fail "expected one redliner_*.deb in $build/packages"; fi
deb=$(realpath "${debs[0]}")
version=$(dpkg-deb -f "$deb" Version)
upstream=${version%-*}
echo "  $(basename "$deb"): $(du -h "$deb" | cut -f1), Depends: $(dpkg-deb -f "$deb" Depends)"
dpkg-deb -f "$deb" Depends | grep -q "libqt6core6" || fail "Depends does not list the Qt libraries: was dpkg-shlibdeps run?"

# What exists before, to compare with what is left after the purge. The caches that dpkg
# triggers of other packages rebuild (desktop database, icon cache) are theirs, not ours.
snapshot() {
    find /usr /etc /opt /var/lib/dpkg/info -xdev 2>/dev/null \
        | grep -v -e '^/usr/share/applications/mimeinfo\.cache$' -e '^/usr/share/icons/[^/]*/icon-theme\.cache$' \
        | sort
}
snapshot >"$work/before.txt"
installed_packages >"$packages_before"

echo "== Installing it with apt-get install ./$(basename "$deb")"
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$deb" >"$work/apt.log" 2>&1 \
    || { cat "$work/apt.log" >&2; fail "apt-get install"; }
installed redliner || fail "redliner is not installed after apt-get install"
dpkg-query -L redliner | sort >"$work/owned.txt"
ok "installed $version ($(grep -c . "$work/owned.txt") paths)"

home="$work/home"
mkdir -p "$home/run" && chmod 700 "$home/run"
# Both programs run in a throw-away home: the user's settings, decisions, cache and keychain are
# neither read nor changed. No display is needed (offscreen).
isolated() {
    env HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_CACHE_HOME="$home/cache" \
        XDG_RUNTIME_DIR="$home/run" REDLINER_KEYCHAIN=none QT_QPA_PLATFORM=offscreen "$@"
}

echo "== redliner-cli from the installed paths"
[ "$(command -v redliner-cli)" = /usr/bin/redliner-cli ] || fail "redliner-cli is not /usr/bin/redliner-cli"
[ "$(redliner-cli --version)" = "redliner-cli $upstream" ] || fail "redliner-cli --version: $(redliner-cli --version)"
ok "redliner-cli --version: $(redliner-cli --version)"
sample=/usr/share/redliner/samples/sample-nda.docx
playbook=/usr/share/redliner/playbooks/nda-default.json
isolated redliner-cli review "$sample" -o "$work/review.docx" --report "$work/review.json" --author "Packaging test" >"$work/review.log" 2>&1 \
    || { cat "$work/review.log" >&2; fail "redliner-cli review $sample"; }
isolated redliner-cli review "$sample" -o "$work/review-playbook.docx" --playbook "$playbook" --report "$work/review-playbook.json" \
    >"$work/review.log" 2>&1 || { cat "$work/review.log" >&2; fail "redliner-cli review --playbook $playbook"; }
# The review wrote tracked changes, and the installed playbook is the one compiled in.
python3 - "$work/review.json" "$work/review-playbook.json" "$work/review.docx" <<'EOF'
import json, sys, zipfile
written = lambda r: [f["id"] for f in r["findings"] if f.get("written")]
default, installed = (json.load(open(p)) for p in sys.argv[1:3])
if not written(default):
    sys.exit("the review of the sample wrote no finding")
if written(default) != written(installed):
    sys.exit("the installed playbook reviews differently from the built-in one")
body = zipfile.ZipFile(sys.argv[3]).read("word/document.xml").decode()
if "<w:ins " not in body or "<w:del " not in body:
    sys.exit("the redline has no w:ins / w:del")
print(f"  ok: redliner-cli review wrote {len(written(default))} findings as tracked changes; "
      "the installed playbook gives the same")
EOF

echo "== redliner from the installed paths (offscreen)"
[ "$(command -v redliner)" = /usr/bin/redliner ] || fail "redliner is not /usr/bin/redliner"
[ "$(isolated redliner --version)" = "Redliner $upstream" ] || fail "redliner --version: $(isolated redliner --version)"
ok "redliner --version: $(isolated redliner --version)"
# The translations are compiled into the binary: the installed one speaks German and French.
german=$(isolated env LC_ALL=de_DE.UTF-8 LANGUAGE=de redliner --help)
french=$(isolated env LC_ALL=fr_FR.UTF-8 LANGUAGE=fr redliner --help)
grep -q "NDAs prüfen" <<<"$german" || fail "redliner --help is not in German under LANGUAGE=de"
grep -q "Réviser des NDA" <<<"$french" || fail "redliner --help is not in French under LANGUAGE=fr"
ok "translations: German and French --help"
# Start the window on the installed sample, review it offline, save a picture of it and quit.
isolated env QT_DEBUG_PLUGINS=1 timeout 120 redliner --review --screenshot "$work/window.png" "$sample" 2>"$work/gui.log" \
    || { tail -20 "$work/gui.log" >&2; fail "redliner --review --screenshot on the sample"; }
file "$work/window.png" | grep -q "PNG image data" || fail "the window picture is not a PNG"
# Every icon of the window is an SVG: Qt's SVG icon engine (a declared dependency) must load.
grep -q "iconengines/libqsvgicon.so\" loaded library" "$work/gui.log" || fail "Qt's SVG icon engine was not loaded"
report=$(isolated timeout 120 redliner --review --stall-report "$sample" 2>/dev/null)
python3 -c 'import json,sys; r=json.loads(sys.argv[1]); sys.exit(0 if r["completed"] and r["findings"] > 0 else "review in the window: " + sys.argv[1])' "$report"
ok "offscreen start: opened, reviewed and drew the sample ($report)"

echo "== Desktop integration"
desktop=/usr/share/applications/$app_id.desktop
metainfo=/usr/share/metainfo/$app_id.metainfo.xml
desktop-file-validate "$desktop" || fail "desktop-file-validate $desktop"
appstreamcli validate --no-net "$metainfo" >"$work/appstream.log" || { cat "$work/appstream.log" >&2; fail "appstreamcli validate"; }
ok "desktop-file-validate and appstreamcli validate --no-net pass"
grep -qx "Exec=redliner %f" "$desktop" || fail "Exec is not 'redliner %f'"
grep -qx "MimeType=$docx_type;" "$desktop" || fail "the desktop file does not offer to open .docx"
# desktop-file-utils' dpkg trigger registered it: file managers now offer "Open with Redliner".
grep -q "^$docx_type=.*$app_id.desktop" /usr/share/applications/mimeinfo.cache \
    || fail "$app_id.desktop is not registered for .docx in mimeinfo.cache"
ok "registered for .docx (mimeinfo.cache)"
release=$(python3 -c 'import sys, xml.etree.ElementTree as ET; print(ET.parse(sys.argv[1]).find("releases/release").get("version"))' "$metainfo")
[ "$release" = "$upstream" ] || fail "the newest release in the metainfo is $release, the package is $upstream"
icon=$(sed -n 's/^Icon=//p' "$desktop")
[ "$icon" = "$app_id" ] || fail "Icon=$icon, expected $app_id"
[ -f "/usr/share/icons/hicolor/scalable/apps/$icon.svg" ] || fail "no scalable icon"
for size in 16 22 24 32 48 64 128 256 512; do
    png=/usr/share/icons/hicolor/${size}x${size}/apps/$icon.png
    file "$png" | grep -q "PNG image data, $size x $size" || fail "$png is not a ${size}x${size} PNG"
done
ok "icons: SVG and PNG 16-512"

echo "== Manual pages"
for cmd in redliner redliner-cli; do
    [ "$(man -w "$cmd")" = "/usr/share/man/man1/$cmd.1.gz" ] || fail "man -w $cmd: $(man -w "$cmd" 2>&1)"
    # groff may print a hyphen as U+2010; options are compared in ASCII.
    page=$(MANWIDTH=200 man "$cmd" 2>/dev/null | col -b | sed "s/\xe2\x80\x90/-/g")
    grep -q "$upstream" <<<"$page" || fail "man $cmd does not name version $upstream"
    # Every option the program's --help lists is in its manual page.
    for option in $(isolated "$cmd" --help | grep -oE -- '--[a-z0-9][a-z0-9-]*' | sort -u); do
        grep -qe "$option" <<<"$page" || fail "man $cmd does not describe $option"
    done
done
ok "man redliner, man redliner-cli: versions and every --help option"
for doc in copyright changelog.gz changelog.Debian.gz; do
    [ -f "/usr/share/doc/redliner/$doc" ] || fail "no /usr/share/doc/redliner/$doc"
done

echo "== Removing it with apt-get remove --purge"
$sudo env DEBIAN_FRONTEND=noninteractive apt-get remove --purge -y -q redliner >"$work/apt.log" 2>&1 \
    || { cat "$work/apt.log" >&2; fail "apt-get remove --purge"; }
! installed redliner || fail "redliner is still installed"
! dpkg-query -L redliner >/dev/null 2>&1 || fail "dpkg -L redliner still lists files"
while read -r path; do
    # Directories shared with other packages (/usr/share/man/man1...) stay, and should.
    if [ -e "$path" ] && ! [ -d "$path" ]; then fail "left behind: $path"; fi
    if [ -d "$path" ] && [ -z "$(ls -A "$path")" ] && ! dpkg-query -S "$path" >/dev/null 2>&1; then
        fail "left behind: the empty directory $path"
    fi
done <"$work/owned.txt"
! grep -q "$app_id" /usr/share/applications/mimeinfo.cache || fail "mimeinfo.cache still names $app_id"
# Anything the package added that was not in its file list (maintainer scripts, generated files),
# once the dependencies apt added for it are gone too.
purge_added_packages
snapshot >"$work/after.txt"
if ! diff -u "$work/before.txt" "$work/after.txt" >"$work/left.diff"; then
    cat "$work/left.diff" >&2
    fail "the file system differs from before the install"
fi
ok "purged: no file, directory or dpkg record of it is left"
echo "== Packaging test passed in $((SECONDS - start)) s"
