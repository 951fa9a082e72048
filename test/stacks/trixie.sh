#!/usr/bin/env bash
# The second real-parts stack: a Debian trixie root with podman 5.4, netavark 1.14, Nix 2.26,
# pre-commit 4 and the real Docker daemon, run in a chroot on this machine (design.md §9).
#
#   test/stacks/trixie.sh ensure           build the root once (cached by its package list), print its path
#   test/stacks/trixie.sh run CMD [ARG…]   run CMD inside it, with this repository at the same path
#
# The root lives under PODNET_STACK_CACHE (default /var/cache/podnet-stacks) and is reused while
# this script's package list is unchanged; roots of older package lists are removed. Each run
# mounts what it needs in a private mount namespace, so the mounts (and everything the tests
# mount inside) vanish with the run on every exit path, SIGKILL included, and runs side by side
# do not see each other's mounts.
set -euo pipefail

packages=(
  podman netavark aardvark-dns runc conmon iptables nftables busybox-static nix-bin iproute2
  util-linux mount ca-certificates nodejs npm git python3 docker.io pre-commit procps
  systemd dbus-daemon firewalld mypy
)
cache=${PODNET_STACK_CACHE:-/var/cache/podnet-stacks}
repo=$(cd "$(dirname "$0")/../.." && pwd)
# The mirror this machine already uses (deb822 or one-line sources), else Debian's own.
mirror=$(grep -hoE '^(URIs:|deb) +https?://[^ ]+/debian/?( |$)' /etc/apt/sources.list /etc/apt/sources.list.d/* 2>/dev/null | head -n1 | awk '{print $2}' || true)
mirror=${mirror:-http://deb.debian.org/debian}
key=$(printf '%s\n' trixie "${packages[@]}" | sha256sum | cut -c1-12)
root="$cache/trixie-$key"

die() { echo "trixie.sh: $*" >&2; exit 2; }
[ "$(id -u)" = 0 ] || die "needs root (debootstrap, chroot, mounts)"

ensure() {
  mkdir -p "$cache"
  # One builder at a time; the others wait and then find the root built.
  exec 9>"$cache/.lock"
  flock 9
  if [ -e "$root/.podnet-stack-complete" ]; then exec 9>&-; echo "$root"; return; fi
  command -v debootstrap >/dev/null || {
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null
  }
  # Leftovers: half-built roots of killed builders, and roots of older package lists.
  for old in "$cache"/.building-* "$cache"/trixie-*; do
    [ -e "$old" ] && [ "$old" != "$root" ] || continue
    umount_all "$old" 2>/dev/null || true
    if ! awk -v d="$old" '$2 == d || index($2, d "/") == 1 { found = 1 } END { exit !found }' /proc/self/mounts; then rm -rf "$old"; fi
  done
  local building="$cache/.building-$key-$$"
  rm -rf "$building"
  trap 'umount_all "$building" 2>/dev/null; rm -rf "$building"' EXIT
  echo "trixie.sh: debootstrap trixie from $mirror (about a minute)" >&2
  debootstrap --variant=minbase trixie "$building" "$mirror" >"$cache/debootstrap-$key.log" 2>&1 \
    || die "debootstrap failed; see $cache/debootstrap-$key.log"
  echo "trixie.sh: installing ${packages[*]} (a few minutes)" >&2
  mount_all "$building"
  chroot "$building" env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
  chroot "$building" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends "${packages[@]}" >"$cache/install-$key.log" 2>&1 \
    || die "apt-get install in the trixie root failed; see $cache/install-$key.log"
  chroot "$building" apt-get clean
  umount_all "$building"
  touch "$building/.podnet-stack-complete"
  mv "$building" "$root"
  trap - EXIT
  exec 9>&-
  echo "$root"
}

mount_all() {
  local dir=$1
  # A bind mount of the root onto itself: without it `ip netns add` inside fails
  # (mount --make-rslave /: Invalid argument).
  mount --bind "$dir" "$dir"
  mount --make-private "$dir"
  mount -t proc proc "$dir/proc"
  mount --rbind /sys "$dir/sys" && mount --make-rslave "$dir/sys"
  mount --rbind /dev "$dir/dev" && mount --make-rslave "$dir/dev"
  mount -t tmpfs -o mode=755 tmpfs "$dir/run"
  cp /etc/resolv.conf "$dir/etc/resolv.conf" 2>/dev/null || true
}

umount_all() {
  local dir=$1
  # Everything below the root, deepest first, then the root's own bind mount.
  awk -v d="$dir" '$2 == d || index($2, d "/") == 1 { print $2 }' /proc/self/mounts | sort -r | while read -r m; do
    umount -l "$m" 2>/dev/null || true
  done
}

run() {
  ensure >/dev/null
  # Everything below happens in a mount namespace of this run's own (see the top).
  exec unshare --mount --propagation private -- "$0" __run-private "$@"
}

run_private() {
  mount_all "$root"
  mount -t tmpfs -o mode=1777 tmpfs "$root/tmp"
  mkdir -p "$root$repo"
  mount --bind "$repo" "$root$repo"
  chroot "$root" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    HOME=/root LANG=C.UTF-8 CI="${CI:-}" PODMAN_IGNORE_CGROUPSV1_WARNING=1 \
    PODNET_STACK=trixie ${PODNET_TEST_ENV:-} \
    /bin/sh -c 'cd "$1" && shift && exec "$@"' sh "$repo" "$@"
}

case "${1:-}" in
  ensure) ensure ;;
  run) shift; [ $# -gt 0 ] || die "run needs a command"; run "$@" ;;
  __run-private) shift; run_private "$@" ;;
  *) die "usage: $0 ensure | run CMD [ARG…]" ;;
esac
