#!/usr/bin/env bash
# Quick start, second command (and CI through .ci/run): installs the dependencies, builds, runs
# every test with ctest, then every fuzz target for ONEWINDOW_FUZZ_SECONDS (default 20) each.
# ONEWINDOW_TEST_PRESET picks the build: asan (the default: AddressSanitizer +
# UndefinedBehaviorSanitizer on every project target, so the whole suite runs under them and any
# finding fails its test), or default (the plain Debug build, quicker to build). Extra arguments go
# to ctest.
# Needs no display and no running database server: GUI tests run offscreen (set by CMake), and
# the script starts whatever service the tests need and stops it afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."

preset="${ONEWINDOW_TEST_PRESET:-asan}"
case "$preset" in
  asan|default) ;;
  *) echo "test.sh: ONEWINDOW_TEST_PRESET must be asan or default, not '$preset'" >&2; exit 2 ;;
esac
bash packaging/install-deps.sh
start=$(date +%s)
cmake --preset "$preset"
cmake --build --preset "$preset"
built=$(date +%s)
# The sync tests need PostgreSQL: a throw-away cluster on a free port, removed on any exit.
bash tests/support/pg-cluster.sh run -- ctest --preset "$preset" "$@"
tested=$(date +%s)
# Every libFuzzer target briefly (build/fuzz, clang; see tests/fuzz/CMakeLists.txt). 0 skips.
fuzz_seconds="${ONEWINDOW_FUZZ_SECONDS:-20}"
if [ "$fuzz_seconds" != 0 ]; then
  bash tests/fuzz/run-fuzzers.sh "$fuzz_seconds"
fi
echo "test.sh: $preset build $((built - start)) s, tests $((tested - built)) s, fuzzing $(($(date +%s) - tested)) s"
