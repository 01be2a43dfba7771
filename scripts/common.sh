# Shared by run-demo and run-tests: install what is missing (Debian 12), configure and build.
# Sourced, not run.
set -euo pipefail

OFFBOARD_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OFFBOARD_PRESET="${OFFBOARD_PRESET:-default}"
OFFBOARD_BUILD="$OFFBOARD_ROOT/build/$OFFBOARD_PRESET"

# Everything the build, the app and the tests need, as Debian 12 names it.
# Qt6HttpServer's CMake package also needs qt6-websockets-dev; configuring Qt6 Gui needs libxkbcommon-dev; the .deb's
# dependencies are computed by dpkg-shlibdeps (dpkg-dev); the fuzz targets need clang and its libFuzzer runtime
# (libclang-rt-14-dev); simdjson reads Graph's collection pages (libsimdjson-dev).
OFFBOARD_PACKAGES=(
    cmake ninja-build g++ pkgconf clang-format
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev
    libxkbcommon-dev libgl-dev libssl-dev libsimdjson-dev
    dbus dbus-daemon gnome-keyring libsecret-1-0 xvfb xauth
    dpkg-dev
    clang libclang-rt-14-dev
)

offboard_missing_packages() {
    local missing=() pkg
    for pkg in "${OFFBOARD_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    # Node.js >= 18 and npm run the interop tests (tests/interop). A Node.js from elsewhere (nodesource, nvm) that is
    # new enough is kept: Debian's npm package would conflict with it.
    if ! command -v npm >/dev/null 2>&1 || [ "$(offboard_node_major)" -lt 18 ]; then
        missing+=(nodejs npm)
    fi
    echo "${missing[@]:-}"
}

offboard_node_major() {
    local version
    version="$(node --version 2>/dev/null || echo v0)"
    version="${version#v}"
    echo "${version%%.*}"
}

offboard_install_dependencies() {
    if ! command -v dpkg-query >/dev/null 2>&1; then
        echo "offboard: this set-up script knows Debian 12 (apt). Install Qt >= 6.4 (Widgets, Network," >&2
        echo "HttpServer, Concurrent, Test, LinguistTools), QtKeychain for Qt 6, CMake >= 3.22 and Ninja by hand." >&2
        return 1
    fi
    local missing
    missing="$(offboard_missing_packages)"
    [ -z "$missing" ] && return 0
    if [ "$(id -u)" -ne 0 ]; then
        echo "offboard: these packages are missing. Install them, then run this command again:" >&2
        echo >&2
        echo "    sudo apt-get update && sudo apt-get install -y $missing" >&2
        exit 1
    fi
    echo "offboard: installing $missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    # shellcheck disable=SC2086
    apt-get install -y -q --no-install-recommends $missing
}

offboard_build() {
    cd "$OFFBOARD_ROOT"
    cmake --preset "$OFFBOARD_PRESET"
    cmake --build --preset "$OFFBOARD_PRESET" --parallel "$(nproc)"
}
