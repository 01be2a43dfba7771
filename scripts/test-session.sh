# Runs inside dbus-run-session (see run-tests): a throwaway keyring home, an unlocked login keyring, then ctest.
set -euo pipefail
OFFBOARD_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OFFBOARD_PRESET="${OFFBOARD_PRESET:-default}"

scratch="$(mktemp -d)"
trap 'kill "${GNOME_KEYRING_PID:-}" 2>/dev/null || true; rm -rf "$scratch"' EXIT
# Tests never touch the user's own keyring or settings.
export XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" XDG_CACHE_HOME="$scratch/cache"
export XDG_RUNTIME_DIR="$scratch/runtime"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# --unlock creates the login keyring with this password if there is none, and unlocks it.
eval "$(printf 'offboard-tests' | gnome-keyring-daemon --unlock --components=secrets)"
eval "$(gnome-keyring-daemon --start --components=secrets)"
export GNOME_KEYRING_CONTROL GNOME_KEYRING_PID
export QT_QPA_PLATFORM=offscreen

cd "$OFFBOARD_ROOT"
ctest --preset "$OFFBOARD_PRESET" --parallel "$(nproc)" "$@"
