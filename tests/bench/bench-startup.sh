#!/usr/bin/env bash
# Startup and memory: `onewindow --exit-after-startup` signed in, on a database with the full
# catalog and CASES cases (default 500,000, made by `owctl demo generate`), against the minimal
# Qt Widgets program bench_minimal_window built in the same tree. Both run on the offscreen
# platform, alternately, RUNS times (default 7); the medians of wall time and the largest peak
# resident memory are reported. Targets (issue 11): under 2x the minimal program's time, under
# 150 MB peak.
# What "to the sign-in window" includes: process start (loading the libraries), the database
# opened, migrated to the latest schema and checked (on a worker thread while the GUI thread builds
# the window; the window is shown only once that is done), the hall read, and the window's first
# paint; --exit-after-startup exits right after that paint.
#   tests/bench/bench-startup.sh BUILD_DIR [CASES] [RUNS]
set -euo pipefail
build=$(cd "$1" && pwd)
cases=${2:-500000}
runs=${3:-7}
owctl="$build/app/cli/owctl"
work=${ONEWINDOW_BENCH_DIR:-$build/bench-data}
mkdir -p "$work"
db="$work/startup-$cases.sqlite"
password=Counter2026ok
export QT_QPA_PLATFORM=offscreen HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config"

if [ ! -s "$db" ]; then
  echo "preparing $db ($cases cases; made once, kept for later runs)"
  # Made under another name and renamed when complete: an interrupted generation (one long
  # transaction) must not leave a database that the next run takes for a prepared one.
  part="$db.part"
  rm -f "$db" "$db"-* "$db".* "$part" "$part"-* "$part".*
  OWCTL_PASSWORD=$password "$owctl" --db "$part" init --center BENCH --center-name 基准测试中心 \
    --window 1 --admin admin >/dev/null
  OWCTL_PASSWORD=$password OWCTL_NEW_PASSWORD=$password \
    "$owctl" --db "$part" --user admin user add clerk --role clerk >/dev/null
  if [ "$cases" -gt 0 ]; then
    "$owctl" --db "$part" demo generate --cases "$cases" --days 365 --seed 11 >/dev/null
  fi
  sqlite3 "$part" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null 2>&1 || true
  [ -e "$part-wal" ] && [ -s "$part-wal" ] && { echo "bench-startup: $part-wal not empty" >&2; exit 1; }
  rm -f "$part"-*
  for file in "$part".*; do [ ! -e "$file" ] || mv "$file" "$db${file#"$part"}"; done # .files.key
  mv "$part" "$db"
fi

measure() { # prints "seconds kilobytes" (wall time to the millisecond: %e has only 10 ms)
  local start end
  start=$(date +%s%N)
  /usr/bin/time -f "%M" -o "$work/time.txt" "$@" >/dev/null 2>&1
  end=$(date +%s%N)
  echo "$(awk -v ns=$((end - start)) 'BEGIN {printf "%.3f", ns / 1e9}') $(tail -1 "$work/time.txt")"
}
app_times=() app_kb=() signin_times=() min_times=() min_kb=()
for _ in $(seq "$runs"); do
  # To the sign-in window: what a clerk waits for after starting the program.
  read -r t kb < <(measure "$build/app/onewindow" --db "$db" --exit-after-startup)
  signin_times+=("$t"); app_kb+=("$kb")
  # Signed in (--user), to the main window: includes checking the password (Argon2id, made
  # deliberately slow against guessing) and loading today's cases.
  read -r t kb < <(ONEWINDOW_PASSWORD=$password measure "$build/app/onewindow" --db "$db" \
    --user clerk --exit-after-startup)
  app_times+=("$t"); app_kb+=("$kb")
  read -r t kb < <(measure "$build/tests/bench/bench_minimal_window")
  min_times+=("$t"); min_kb+=("$kb")
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
largest() { printf '%s\n' "$@" | sort -g | tail -1; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", (b > 0 ? a/b : 0)}'; }
signin_t=$(median "${signin_times[@]}"); app_t=$(median "${app_times[@]}")
min_t=$(median "${min_times[@]}")
app_mb=$(awk -v k="$(largest "${app_kb[@]}")" 'BEGIN {printf "%.1f", k/1024}')
min_mb=$(awk -v k="$(largest "${min_kb[@]}")" 'BEGIN {printf "%.1f", k/1024}')
signin_ratio=$(ratio "$signin_t" "$min_t"); app_ratio=$(ratio "$app_t" "$min_t")
mem_ratio=$(ratio "$app_mb" "$min_mb")
verdict() { awk -v r="$1" -v limit="$2" 'BEGIN {print (r < limit ? "pass" : "fail")}'; }
echo "startup with $cases cases, median of $runs runs (ONEWINDOW_STARTUP_TIMES=1 shows the steps):"
echo "  onewindow to the sign-in window   ${signin_t} s"
echo "  onewindow signed in, main window  ${app_t} s   peak ${app_mb} MB"
echo "  minimal Qt Widgets program        ${min_t} s   peak ${min_mb} MB"
echo "BENCH | startup to the sign-in window, $cases cases | ${signin_t} s | minimal Qt program ${min_t} s | ${signin_ratio}x | < 2x | $(verdict "$signin_ratio" 2)"
echo "BENCH | startup signed in to the main window (incl. Argon2id), $cases cases | ${app_t} s | minimal Qt program ${min_t} s | ${app_ratio}x | - | -"
echo "BENCH | peak memory at startup, $cases cases | ${app_mb} MB | minimal Qt program ${min_mb} MB | ${mem_ratio}x | < 150 MB | $(verdict "$app_mb" 150)"
