#!/usr/bin/env bash
# Takes a screenshot of onewindow under Xvfb, for looking at a screen as a clerk would.
#   tests/support/screenshot.sh OUT.png [seconds] -- onewindow arguments...
# Also usable for keyboard walkthroughs: set OW_KEYS="Tab Down Return" (xdotool key names).
set -euo pipefail
out=$1; shift
wait_s=${1:-3}; shift || true
[ "${1:-}" = "--" ] && shift
bin=${ONEWINDOW_BIN:-build/default/app/onewindow}
export QT_QPA_PLATFORM=xcb
xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
  "$0" "${@:3}" & pid=$!
  sleep "$2"
  if [ -n "${OW_KEYS:-}" ] && command -v xdotool >/dev/null; then
    # No window manager under Xvfb: give the newest window the keyboard focus first.
    w=$(xdotool search --onlyvisible --class onewindow | tail -1)
    [ -n "$w" ] && xdotool windowfocus --sync "$w"
    for k in $OW_KEYS; do xdotool key "$k"; sleep 0.3; done
  fi
  import -window root "$1"
  kill $pid; wait $pid 2>/dev/null || true
' "$bin" "$out" "$wait_s" "$@"
echo "screenshot: $out"
