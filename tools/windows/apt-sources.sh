#!/usr/bin/env bash
# Adds deb-src lines for the Debian registry this machine already uses (the deb822 files under
# /etc/apt/sources.list.d that are signed by Debian's archive key), so `apt-get source` fetches
# Debian's own source packages from the same place. Idempotent.
set -euo pipefail
out=/etc/apt/sources.list.d/dovui-deb-src.sources
[ -f "$out" ] && exit 0
tmp=$(mktemp)
for f in /etc/apt/sources.list.d/*.sources; do
  [ "$f" = "$out" ] && continue
  grep -q 'debian-archive-keyring' "$f" || continue
  # One stanza per paragraph: keep the ones of type deb, turn them into deb-src.
  awk 'BEGIN{RS=""; ORS="\n\n"} /Types:[^\n]*deb([ \n]|$)/ {
         sub(/Types:[^\n]*/, "Types: deb-src"); print }' "$f" >>"$tmp"
done
if [ ! -s "$tmp" ]; then
  echo "no Debian deb822 source file found under /etc/apt/sources.list.d" >&2
  exit 1
fi
SUDO=; [ "$(id -u)" -ne 0 ] && SUDO=sudo
$SUDO install -m 644 "$tmp" "$out"
rm -f "$tmp"
$SUDO apt-get update -qq
