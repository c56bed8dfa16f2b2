#!/usr/bin/env bash
# The PackageInstallsOnCleanDebian test: installs the .deb that check-deb.sh makes into a clean
# Debian 12 root (debootstrap, minbase) with apt resolving its Depends, then runs there
#   owctl --version, owctl init, owctl catalog search, onewindow --exit-after-startup -platform offscreen
# Needs root (debootstrap, chroot) and the Debian archive (the mirror this machine's apt uses).
#   packaging/check-install.sh BUILD_DIR
set -euo pipefail
if [ "$(id -u)" -ne 0 ]; then
  echo "check-install: needs root for debootstrap and chroot; skipped"
  exit 77
fi
build=$(cd "$1" && pwd)
source_dir=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d /tmp/onewindow-install.XXXXXX)
root="$work/root"
cleanup() {
  mountpoint -q "$root/proc" && umount "$root/proc" || true
  rm -rf --one-file-system "$work"
}
trap cleanup EXIT

bash "$source_dir/packaging/check-deb.sh" "$build" "$work/deb" >/dev/null
deb=$(ls "$work"/deb/onewindow_*.deb)

mirror=$(grep -rhoE '^(URIs:|deb) +https?://[^ ]+/debian/?' /etc/apt/sources.list \
  /etc/apt/sources.list.d/ 2>/dev/null | head -1 | awk '{print $2}' || true)
mirror=${mirror:-http://deb.debian.org/debian}
echo "check-install: debootstrap bookworm from $mirror"
debootstrap --variant=minbase bookworm "$root" "$mirror" >"$work/debootstrap.log" 2>&1 ||
  { tail -20 "$work/debootstrap.log"; exit 1; }
cp "$deb" "$root/tmp/"
mount -t proc proc "$root/proc"
chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
  DEBIAN_FRONTEND=noninteractive bash -euo pipefail -c '
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends /tmp/'"$(basename "$deb")"' >/tmp/apt.log 2>&1 ||
      { tail -30 /tmp/apt.log; exit 1; }
    owctl --version | grep -q "^owctl "
    mkdir -p /tmp/check
    export ONEWINDOW_DB=/tmp/check/onewindow.sqlite QT_QPA_PLATFORM=offscreen
    owctl init
    owctl catalog search yyyhkh --json | grep -q "预约银行开户"
    onewindow --exit-after-startup -platform offscreen
    test -s "$ONEWINDOW_DB"
    man -w owctl >/dev/null 2>&1 || test -f /usr/share/man/man1/owctl.1.gz
    echo "check-install: installed and started in a clean Debian 12 root"
  '
