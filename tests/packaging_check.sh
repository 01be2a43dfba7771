#!/usr/bin/env bash
# ctest "packaging": from this build tree, installs into a scratch prefix and builds the .deb with cpack; checks that
# the package holds the binaries, desktop entry, metainfo and icons, that its dependencies were computed (Qt, QtKeychain),
# and that `offboard --version` runs from both the installed tree and the unpacked package.
#   packaging_check.sh <build-dir>
set -euo pipefail
build="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cmake --install "$build" --prefix "$work/install" >/dev/null
# --version needs no display: a package check or a terminal over SSH has none.
nodisplay=(env -u QT_QPA_PLATFORM -u DISPLAY -u WAYLAND_DISPLAY)
"${nodisplay[@]}" "$work/install/bin/offboard" --version

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/package" >/dev/null
deb="$(ls "$work"/package/offboard_*.deb)"
contents="$(dpkg-deb -c "$deb")"
for path in ./usr/bin/offboard ./usr/bin/offboard-graphsim \
    ./usr/share/applications/org.offboard.Offboard.desktop \
    ./usr/share/metainfo/org.offboard.Offboard.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/org.offboard.Offboard.svg \
    ./usr/share/icons/hicolor/48x48/apps/org.offboard.Offboard.png \
    ./usr/share/icons/hicolor/256x256/apps/org.offboard.Offboard.png \
    ./usr/share/doc/offboard/examples/Offboard.conf; do
    grep -q " $path\$" <<<"$contents" || { echo "packaging: $path is not in $(basename "$deb")" >&2; exit 1; }
done
depends="$(dpkg-deb -f "$deb" Depends)"
for library in libqt6widgets6 libqt6network6 libqt6keychain1 qt6-qpa-plugins; do
    grep -q "$library" <<<"$depends" || { echo "packaging: Depends lacks $library: $depends" >&2; exit 1; }
done

dpkg-deb -x "$deb" "$work/root"
"${nodisplay[@]}" "$work/root/usr/bin/offboard" --version
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$work/root/usr/share/metainfo/org.offboard.Offboard.metainfo.xml" >/dev/null
fi
echo "packaging: $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB, Depends: $depends"
