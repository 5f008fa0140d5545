#!/usr/bin/env bash
# Installs the npm `ws` peer (scripts/node-ws: package.json + package-lock.json, pinned) into
# DEST/node_modules with `npm ci`, once per lockfile version (a stamp holds its hash). Tests and
# benchmarks call this with a directory under their module's target/, so nothing lands in the
# source tree. Fails loudly (non-zero, npm's output on stderr) when npm cannot install.
#   scripts/ensure-node-ws.sh net-native/target/node-ws
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
src="$root/scripts/node-ws"
dest="${1:?usage: ensure-node-ws.sh DEST}"
command -v npm >/dev/null || bash "$root/scripts/ensure-apt.sh" nodejs npm
command -v node >/dev/null || { echo "ensure-node-ws: node not found after installing nodejs" >&2; exit 1; }
hash=$(cat "$src/package.json" "$src/package-lock.json" | sha256sum | cut -d' ' -f1)
if [ -f "$dest/.stamp" ] && [ "$(cat "$dest/.stamp")" = "$hash" ] && [ -f "$dest/node_modules/ws/package.json" ]; then
  exit 0
fi
mkdir -p "$dest"
cp "$src/package.json" "$src/package-lock.json" "$dest/"
rm -f "$dest/.stamp"
# Two builds may install at once (net-native and browser-tests use different DESTs; this guards
# the same DEST): flock serialises them.
exec 9>"$dest/.lock"
flock 9
if ! out=$(cd "$dest" && npm ci --no-audit --no-fund --ignore-scripts 2>&1); then
  echo "ensure-node-ws: npm ci in $dest failed:" >&2
  echo "$out" >&2
  exit 1
fi
[ -f "$dest/node_modules/ws/package.json" ] || { echo "ensure-node-ws: ws missing after npm ci in $dest" >&2; exit 1; }
echo "$hash" >"$dest/.stamp"
