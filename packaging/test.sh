#!/usr/bin/env bash
# Quick start, second command: installs the dependencies, builds, runs every test with ctest, then
# every fuzz target for ONEWINDOW_FUZZ_SECONDS (default 20) each.
# Needs no display and no running database server: GUI tests run offscreen (set by CMake), and
# the script starts whatever service the tests need and stops it afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/install-deps.sh
cmake --preset default
cmake --build --preset default
# The sync tests need PostgreSQL: a throw-away cluster on a free port, removed on any exit.
bash tests/support/pg-cluster.sh run -- ctest --preset default "$@"
# Every libFuzzer target briefly (build/fuzz, clang; see tests/fuzz/CMakeLists.txt). 0 skips.
fuzz_seconds="${ONEWINDOW_FUZZ_SECONDS:-20}"
if [ "$fuzz_seconds" != 0 ]; then
  bash tests/fuzz/run-fuzzers.sh "$fuzz_seconds"
fi
