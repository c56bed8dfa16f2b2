#!/usr/bin/env bash
# Installs every Debian 12 package OneWindow needs to build, test and run.
# Idempotent: packages already present are left as they are. Run as root (or with sudo).
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config git clang-format ccache time libsodium-dev
  # the libFuzzer targets (tests/fuzz/run-fuzzers.sh, run by test.sh): clang and its runtime
  clang libclang-rt-14-dev
  # QR codes on receipts and notices
  libqrencode-dev
  # the key of the encrypted personal files in the platform keychain (Qt 6 build of QtKeychain)
  qtkeychain-qt6-dev libsecret-1-0
  # Qt 6: Widgets, Sql (SQLite + PostgreSQL drivers), PrintSupport, Test, Charts, linguist tools
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql
  qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  # TextToSpeech; its CMake package needs qt6-declarative-dev on Debian 12
  qt6-speech-dev qt6-declarative-dev libqt6texttospeech6 qt6-speech-speechd-plugin
  libgl-dev libvulkan-dev libxkbcommon-dev
  # scans: page counts and thumbnails of PDFs; document cameras (UVC) through Qt Multimedia
  libpoppler-qt6-dev qt6-multimedia-dev
  # Chinese fonts: Noto CJK for the screens, WenQuanYi Micro Hei for printed documents
  fonts-noto-cjk fonts-wqy-microhei
  # headless display for GUI tests and screenshots
  xvfb xauth x11-utils imagemagick xdotool faketime
  # central store for sync tests
  postgresql postgresql-client
  # libpq for COPY on the central connection (db/sync/CentralCopy: the push)
  libpq-dev
  # reading PDFs back in tests and by hand
  poppler-utils
  # the Debian package and its checks: lintian, AppStream, desktop file, a clean Debian root
  dpkg-dev lintian appstream desktop-file-utils debootstrap groff-base man-db
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages already installed"
  exit 0
fi

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
