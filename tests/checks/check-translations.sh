#!/usr/bin/env bash
# Fails when a visible string is missing from a .ts file or left untranslated: runs lupdate over
# the sources into copies of both .ts files and looks for unfinished or new entries.
#   check-translations.sh LUPDATE SOURCE_DIR
set -euo pipefail
lupdate=$1 src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for ts in "$src"/translations/onewindow_*.ts; do
    cp "$ts" "$work/"
    copy="$work/$(basename "$ts")"
    "$lupdate" -silent -no-obsolete -locations none \
        -I "$src/app/core" -I "$src/db/src" -I "$src/db/sync" -I "$src/ui" -I "$src/app/cli" -I "$src/app/gui" \
        -I "$src/translations" "$src/app" "$src/db/src" "$src/db/sync" "$src/ui" -ts "$copy" >/dev/null
    unfinished=$(grep -c 'type="unfinished"' "$copy" || true)
    if [ "$unfinished" -gt 0 ]; then
        echo "$(basename "$ts"): $unfinished strings not translated (or not in the file):"
        grep -B3 'type="unfinished"' "$copy" | grep '<source>' | sed 's/^ */  /'
        status=1
    fi
    if ! diff -q "$ts" "$copy" >/dev/null; then
        echo "$(basename "$ts") is out of date: run 'cmake --build build/default --target update_translations'"
        diff "$ts" "$copy" | head -20
        status=1
    fi
done
[ $status -eq 0 ] && echo "translations complete: $(grep -c '<message' "$src/translations/onewindow_zh_CN.ts") strings in both languages"
exit $status
