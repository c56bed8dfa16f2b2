#!/usr/bin/env bash
# Quick start, first command: installs the dependencies, builds, and starts onewindow on a demo
# database (build/demo/onewindow-demo.sqlite). Extra arguments go to onewindow (e.g. --lang en).
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/install-deps.sh
cmake --preset default
cmake --build --preset default

demo_db=build/demo/onewindow-demo.sqlite
mkdir -p "$(dirname "$demo_db")"
# A demo hall with one demo user per role; their passwords are printed once, here.
build/default/app/cli/owctl --db "$demo_db" init --demo

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "demo: no display found; checking a headless start instead (run this on a desktop to see it)"
    QT_QPA_PLATFORM=offscreen build/default/app/onewindow --db "$demo_db" --exit-after-startup "$@"
    echo "demo: onewindow started, painted its window and exited normally"
    exit 0
fi
exec build/default/app/onewindow --db "$demo_db" "$@"
