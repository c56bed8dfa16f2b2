#!/usr/bin/env bash
# The DebianPackage test: builds the .deb from a build directory with CPack, then checks it as a
# distribution would: lintian (no errors), appstreamcli (the metainfo validates), the desktop
# file (desktop-file-validate when installed), and the files a person relies on are in it.
#   packaging/check-deb.sh BUILD_DIR [OUT_DIR]
set -euo pipefail
build=$(cd "$1" && pwd)
out=${2:-$(mktemp -d)}
mkdir -p "$out"
source_dir=$(cd "$(dirname "$0")/.." && pwd)

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$out" >"$out/cpack.log" 2>&1 ||
  { cat "$out/cpack.log"; exit 1; }
deb=$(ls "$out"/onewindow_*.deb)
echo "package: $deb ($(du -h "$deb" | cut -f1))"

contents=$(dpkg-deb -c "$deb")
for path in ./usr/bin/onewindow ./usr/bin/owctl ./usr/share/applications/onewindow.desktop \
  ./usr/share/metainfo/org.onewindow.OneWindow.metainfo.xml \
  ./usr/share/icons/hicolor/scalable/apps/onewindow.svg \
  ./usr/share/icons/hicolor/48x48/apps/onewindow.png \
  ./usr/share/icons/hicolor/256x256/apps/onewindow.png \
  ./usr/share/man/man1/owctl.1.gz ./usr/share/man/man1/onewindow.1.gz \
  ./usr/share/man/zh_CN/man1/owctl.1.gz \
  ./usr/share/doc/onewindow/copyright ./usr/share/doc/onewindow/changelog.gz; do
  grep -q " $path\$" <<<"$contents" || { echo "missing in the package: $path"; exit 1; }
done
# OneWindow's modules, loaded when first used (app/core/common/RuntimeModule.h).
for module in onewindow-camera.so onewindow-pdf.so; do
  grep -q " \./usr/lib/onewindow/modules/$module\$" <<<"$contents" ||
    { echo "missing in the package: /usr/lib/onewindow/modules/$module"; exit 1; }
done

depends=$(dpkg-deb -f "$deb" Depends)
for dep in libqt6core6 libqt6widgets6 libqt6sql6-sqlite libsodium23 libqrencode4 fonts-wqy-microhei \
  libpoppler-qt6 libqt6multimedia6; do
  grep -q "$dep" <<<"$depends" || { echo "Depends lacks $dep: $depends"; exit 1; }
done

# The manual pages render without a groff warning (line breaking aside: groff cannot break
# Chinese text between characters, man wraps it regardless).
for page in "$build"/man/owctl.1.gz "$build"/man/zh_CN/owctl.1.gz "$build"/man/onewindow.1.gz; do
  warnings=$(zcat "$page" | LC_ALL=C.UTF-8 groff -k -man -Tutf8 -wmac -Wbreak -z 2>&1 || true)
  [ -z "$warnings" ] || { echo "$page: $warnings"; exit 1; }
done

appstreamcli validate --no-net --explain \
  "$source_dir/packaging/linux/org.onewindow.OneWindow.metainfo.xml"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$source_dir/packaging/linux/onewindow.desktop"
fi
# Not a Debian archive upload: the package has no source package or Debian changelog history,
# and its licence is not a free one. Everything lintian calls an error is a failure.
lintian --fail-on error --suppress-tags \
  no-manual-page,binary-without-manpage,initial-upload-closes-no-bugs "$deb" | tee "$out/lintian.log"
echo "check-deb: $deb passed"
