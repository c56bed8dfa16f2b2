#!/usr/bin/env bash
# Makes the manual's pictures from the real program: a fresh demo hall, then each screen shown
# under Xvfb and driven with the keyboard (xdotool), as a clerk would. The ManualScreenshots
# test re-runs it into the build folder, so the pictures in docs/manual/images can always be
# remade from the program as it is:
#   docs/manual/screenshots.sh BUILD_DIR [OUT_DIR]     (OUT_DIR defaults to docs/manual/images)
# Needs: xvfb, xdotool, imagemagick, faketime (packaging/install-deps.sh installs them).
set -euo pipefail
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:?usage: screenshots.sh BUILD_DIR [OUT_DIR]}" && pwd)
out=${2:-$source_dir/docs/manual/images}
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

owctl="$build/app/cli/owctl"
onewindow="$build/app/onewindow"
export ONEWINDOW_DB="$work/hall.sqlite" QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
# The pictures show one fixed working day, so that they are the same whenever they are remade:
# the programs run at that time (libfaketime; the monotonic clock, which timers use, is real).
export TZ=Asia/Shanghai FAKETIME_DONT_FAKE_MONOTONIC=1
day=2026-11-27
at() { faketime -f "@$day 15:30:00" "$@"; }
password=Counter2026ok
OWCTL_PASSWORD=$password at "$owctl" init --center DEMO --center-name 示范区政务服务中心 --window 3 \
  --admin admin --admin-name 系统管理员 >/dev/null
for user in clerk:clerk:窗口人员小王 helper:assisted:帮办人员小李 boss:supervisor:值班主任老张; do
  IFS=: read -r name role display <<<"$user"
  OWCTL_PASSWORD=$password OWCTL_NEW_PASSWORD=$password \
    at "$owctl" --user admin user add "$name" --role "$role" --display-name "$display" >/dev/null
done
# A history to look at: five working days up to the day shown.
at "$owctl" demo generate --cases 400 --days 5 --seed 7 --end "$day" >/dev/null

# shot NAME USER KEYS...: start onewindow signed in as USER (none: the sign-in window), press
# the keys (xdotool names; "type:TEXT" types text), and save NAME.png.
shot() {
  local name=$1 user=$2; shift 2
  local args=()
  [ "$user" = none ] || args=(--user "$user")
  ONEWINDOW_PASSWORD=$password QT_QPA_PLATFORM=xcb at xvfb-run -a -s "-screen 0 1280x800x24" \
    bash -c '
      "$0" "${@:3}" & pid=$!
      for _ in $(seq 50); do
        w=$(xdotool search --onlyvisible --class onewindow 2>/dev/null | tail -1) && [ -n "$w" ] && break
        sleep 0.2
      done
      sleep 1.5
      xdotool windowfocus --sync "$w" 2>/dev/null || true
      for k in $OW_STEPS; do
        case $k in
          type:*) xdotool type --delay 60 "${k#type:}" ;;
          wait:*) sleep "${k#wait:}" ;;
          dclick:*) xy=${k#dclick:}; xdotool mousemove "${xy%,*}" "${xy#*,}" click --repeat 2 1 ;;
          *) xdotool key "$k" ;;
        esac
        sleep 0.4
      done
      sleep 0.8
      import -window root "$1"
      kill $pid; wait $pid 2>/dev/null || true
    ' "$onewindow" "$out/$name.png" "$name" "${args[@]}"
  echo "screenshot: $out/$name.png"
}

export OW_STEPS=""
shot sign-in none
shot main clerk
OW_STEPS="ctrl+k type:yyyhkh" shot search clerk
OW_STEPS="ctrl+k type:yyyhkh Return wait:1" shot guide clerk
OW_STEPS="F2" shot intake clerk
OW_STEPS="F3" shot cases clerk
OW_STEPS="F3 wait:1 dclick:480,217 wait:1" shot case clerk
OW_STEPS="F1 wait:1" shot shortcuts clerk
OW_STEPS="F12 wait:1 F2 wait:1" shot accessibility helper
OW_STEPS="alt+g wait:1 d wait:3" shot dashboard boss
