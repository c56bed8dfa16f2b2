#!/usr/bin/env bash
# Builds every libFuzzer target (tests/fuzz/Fuzz*.cpp) with clang in build/fuzz — a build
# directory of its own, so build/default is never rebuilt — and runs each for SECONDS (default
# 20) on a copy of its seed corpus tests/fuzz/corpus/<name> (FuzzCaseJson → case-json).
# Fails (exit 1) when a target crashes, leaks, hangs or breaks an assertion; the input that did it
# is kept in build/fuzz/artifacts/. Needs clang and libclang-rt-14-dev (packaging/install-deps.sh).
# Usage: tests/fuzz/run-fuzzers.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds="${1:-20}"
case "$seconds" in
  ''|*[!0-9]*) echo "run-fuzzers: SECONDS must be a whole number, not '$seconds'" >&2; exit 2 ;;
esac
build=build/fuzz
jobs="${ONEWINDOW_FUZZ_JOBS:-2}"

if ! command -v clang++ >/dev/null; then
  echo "run-fuzzers: clang++ is missing (apt-get install -y clang libclang-rt-14-dev)" >&2
  exit 1
fi

targets=()
for source in tests/fuzz/Fuzz*.cpp; do
  targets+=("$(basename "$source" .cpp)")
done

echo "run-fuzzers: building ${targets[*]} in $build"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER=clang++ -DONEWINDOW_FUZZ=ON -DONEWINDOW_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j "$jobs" --target "${targets[@]}"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$build/artifacts"
failed=()
for target in "${targets[@]}"; do
  name="$(echo "${target#Fuzz}" | sed -E 's/([a-z0-9])([A-Z])/\1-\2/g' | tr '[:upper:]' '[:lower:]')"
  seeds="tests/fuzz/corpus/$name"
  corpus="$work/$name"
  mkdir -p "$corpus"
  if [ -d "$seeds" ]; then
    cp -R "$seeds/." "$corpus/"
  else
    echo "run-fuzzers: $target has no seeds in $seeds; starting from nothing" >&2
  fi
  echo "run-fuzzers: $target for ${seconds}s on $(ls "$corpus" | wc -l) seeds"
  if "$build/tests/fuzz/$target" "$corpus" -max_total_time="$seconds" -timeout=10 \
      -rss_limit_mb=2048 -print_final_stats=1 \
      -artifact_prefix="$build/artifacts/$target-" >"$work/$target.log" 2>&1; then
    grep -E '^stat::number_of_executed_units|^stat::new_units_added' "$work/$target.log" \
      | sed "s/^/run-fuzzers: $target /" || true
  else
    tail -n 40 "$work/$target.log" >&2
    echo "run-fuzzers: $target FAILED; the input is in $build/artifacts/ (replay: $build/tests/fuzz/$target FILE)" >&2
    failed+=("$target")
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "run-fuzzers: failed: ${failed[*]}" >&2
  exit 1
fi
echo "run-fuzzers: ${#targets[@]} target(s), ${seconds}s each, no crash"
