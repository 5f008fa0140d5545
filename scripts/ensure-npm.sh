#!/usr/bin/env bash
# Installs a pinned npm package set (scripts/SRC: package.json + package-lock.json) into
# DEST/node_modules with `npm ci`, once per lockfile version (a stamp holds its hash), and checks
# that PACKAGE is there. Callers give a directory under their module's target/, so nothing lands
# in the source tree and nothing is installed globally. Fails loudly (non-zero, npm's output on
# stderr) when npm cannot install. Used by ensure-node-ws.sh and ensure-node-ts.sh.
#   scripts/ensure-npm.sh node-ws ws net-native/target/node-ws
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
name="${1:?usage: ensure-npm.sh SRC PACKAGE DEST}"
pkg="${2:?usage: ensure-npm.sh SRC PACKAGE DEST}"
dest="${3:?usage: ensure-npm.sh SRC PACKAGE DEST}"
src="$root/scripts/$name"
me="ensure-npm ($name)"
command -v npm >/dev/null || bash "$root/scripts/ensure-apt.sh" nodejs npm
command -v node >/dev/null || { echo "$me: node not found after installing nodejs" >&2; exit 1; }
hash=$(cat "$src/package.json" "$src/package-lock.json" | sha256sum | cut -d' ' -f1)
ok() { [ -f "$dest/.stamp" ] && [ "$(cat "$dest/.stamp")" = "$hash" ] && [ -f "$dest/node_modules/$pkg/package.json" ]; }
ok && exit 0
mkdir -p "$dest"
# Two test JVMs may install into the same DEST at once: flock serialises them, and the second
# finds the stamp.
exec 9>"$dest/.lock"
flock 9
ok && exit 0
cp "$src/package.json" "$src/package-lock.json" "$dest/"
rm -f "$dest/.stamp"
if ! out=$(cd "$dest" && npm ci --no-audit --no-fund --ignore-scripts 2>&1); then
  echo "$me: npm ci in $dest failed:" >&2
  echo "$out" >&2
  exit 1
fi
[ -f "$dest/node_modules/$pkg/package.json" ] || { echo "$me: $pkg missing after npm ci in $dest" >&2; exit 1; }
echo "$hash" >"$dest/.stamp"
