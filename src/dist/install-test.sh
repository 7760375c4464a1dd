#!/usr/bin/env bash
# Installs the Linux package in a clean Debian (a debootstrap chroot), as a council IT team would,
# and uses it as an analyst would: `catchment demo` from the installed launcher as an ordinary
# user, then the app under Xvfb with a screenshot. Run as root (chroot, mounts), after
#   xvfb-run mvn -B -ntp -Pdist -DskipTests package
# Usage: src/dist/install-test.sh target/dist/catchment_*.deb [CHROOT] [SCREENSHOT.png]
# CHROOT defaults to /var/tmp/catchment-bookworm; it is made with debootstrap when missing, and a
# copy of it is used, so each run starts from the same clean system.
set -euo pipefail
deb=$(readlink -f "$1")
base=${2:-/var/tmp/catchment-bookworm}
shot=$(readlink -f "${3:-target/dist/installed-app.png}")
root=$base-test

if [ ! -x "$base/bin/sh" ]; then
  debootstrap --variant=minbase bookworm "$base" http://deb.debian.org/debian
fi
cleanup() {
  for m in dev/pts dev proc; do umount "$root/$m" 2>/dev/null || true; done
}
trap cleanup EXIT
cleanup
rm -rf "$root"
cp -a "$base" "$root"
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/catchment.deb"
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

echo "== the package's declared dependencies, from Debian"
deps=$(dpkg-deb -f "$deb" Depends | sed 's/([^)]*)//g; s/,/ /g')
in_root apt-get update -qq
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $deps >/dev/null
echo "== dpkg -i"
in_root dpkg -i /tmp/catchment.deb
in_root sh -c 'ls -l /usr/bin/catchment /opt/catchment/bin /opt/catchment/lib/app/catchment.jsa'

echo "== as an analyst: catchment --version, then catchment demo in the home folder"
in_root useradd -m analyst
as_analyst() { chroot --userspec=analyst:analyst "$root" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/home/analyst LANG=C.UTF-8 "$@"; }
as_analyst sh -c 'cd && catchment --version'
(cd "$root/opt/catchment" && find . | sort && find . -type f -exec md5sum {} + | sort) > "$root/tmp/install-folder.txt"
as_analyst sh -c 'cd && catchment demo --no-app'
as_analyst sh -c 'cd && ls Documents/Catchment/sample/out && grep -c . Documents/Catchment/sample/out/deserts.csv'
if [ -e "$root/home/analyst/out" ]; then
  echo "the installed demo wrote into the current folder" >&2
  exit 1
fi
if ! (cd "$root/opt/catchment" && find . | sort && find . -type f -exec md5sum {} + | sort) | cmp -s - "$root/tmp/install-folder.txt"; then
  echo "the demo changed the install folder" >&2
  exit 1
fi

echo "== the app under Xvfb, timed, then a screenshot of it open on the sample"
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends xvfb xauth imagemagick >/dev/null
as_analyst sh -c 'cd && xvfb-run -a -s "-screen 0 1400x900x24" /opt/catchment/bin/Catchment app --timing'
as_analyst sh -c 'cd && xvfb-run -a -s "-screen 0 1400x900x24" sh -c "
  /opt/catchment/bin/Catchment app Documents/Catchment/sample/analysis.yml & app=\$!
  sleep 25; import -window root /tmp/installed-app.png; kill \$app"' || true
cp "$root/tmp/installed-app.png" "$shot"
echo "screenshot: $shot"

echo "== upgrade over itself and removal leave no file behind"
in_root dpkg -i /tmp/catchment.deb >/dev/null
in_root dpkg -r catchment >/dev/null
if [ -e "$root/opt/catchment" ] || [ -e "$root/usr/bin/catchment" ]; then
  echo "files left after dpkg -r:" >&2
  find "$root/opt/catchment" "$root/usr/bin/catchment" >&2 || true
  exit 1
fi
echo "install test passed"
