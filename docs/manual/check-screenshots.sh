#!/usr/bin/env bash
# The ManualScreenshots test: remakes every picture of the manual from the program as it is
# (docs/manual/screenshots.sh into a scratch folder) and checks that each picture the manual
# shows was made, is a whole screen, and is not blank; and that the manual shows every picture
# the script makes (docs/manual/images must hold the same set).
#   docs/manual/check-screenshots.sh BUILD_DIR
set -euo pipefail
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
bash "$source_dir/docs/manual/screenshots.sh" "$1" "$out" >/dev/null 2>&1 ||
  { echo "screenshots.sh failed"; bash "$source_dir/docs/manual/screenshots.sh" "$1" "$out"; exit 1; }
status=0
made=$(cd "$out" && ls *.png | sort)
shown=$(grep -o 'images/[a-z0-9-]*\.png' "$source_dir/docs/manual/README.md" | sed 's|images/||' | sort -u)
committed=$(cd "$source_dir/docs/manual/images" && ls *.png | sort)
[ "$made" = "$shown" ] || { echo "the manual shows: $shown"; echo "the script makes: $made"; status=1; }
[ "$made" = "$committed" ] || { echo "docs/manual/images holds: $committed"; echo "the script makes: $made"; status=1; }
for png in $made; do
  size=$(identify -format '%wx%h' "$out/$png")
  deviation=$(identify -format '%[fx:standard_deviation]' "$out/$png")
  [ "$size" = 1280x800 ] || { echo "$png: $size, not the whole 1280x800 screen"; status=1; }
  awk -v d="$deviation" 'BEGIN { exit !(d > 0.02) }' || { echo "$png looks blank ($deviation)"; status=1; }
done
[ $status -eq 0 ] && echo "manual: $(wc -w <<<"$made") pictures remade from the program"
exit $status
