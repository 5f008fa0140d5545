#!/usr/bin/env bash
# Installs the TypeScript compiler (scripts/node-ts: package.json + package-lock.json, pinned)
# into DEST/node_modules with `npm ci`, once per lockfile version (a stamp holds its hash). The JS
# package tests call this with a directory under browser-tests/target/, so nothing lands in the
# source tree and nothing is installed globally. Fails loudly (non-zero, npm's output on stderr)
# when npm cannot install.
#   scripts/ensure-node-ts.sh browser-tests/target/node-ts
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
src="$root/scripts/node-ts"
dest="${1:?usage: ensure-node-ts.sh DEST}"
command -v npm >/dev/null || bash "$root/scripts/ensure-apt.sh" nodejs npm
command -v node >/dev/null || { echo "ensure-node-ts: node not found after installing nodejs" >&2; exit 1; }
hash=$(cat "$src/package.json" "$src/package-lock.json" | sha256sum | cut -d' ' -f1)
ok() { [ -f "$dest/.stamp" ] && [ "$(cat "$dest/.stamp")" = "$hash" ] && [ -f "$dest/node_modules/typescript/package.json" ]; }
ok && exit 0
mkdir -p "$dest"
# Two test JVMs may install at once: flock serialises them, and the second finds the stamp.
exec 9>"$dest/.lock"
flock 9
ok && exit 0
cp "$src/package.json" "$src/package-lock.json" "$dest/"
rm -f "$dest/.stamp"
if ! out=$(cd "$dest" && npm ci --no-audit --no-fund --ignore-scripts 2>&1); then
  echo "ensure-node-ts: npm ci in $dest failed:" >&2
  echo "$out" >&2
  exit 1
fi
[ -f "$dest/node_modules/typescript/package.json" ] || { echo "ensure-node-ts: typescript missing after npm ci in $dest" >&2; exit 1; }
echo "$hash" >"$dest/.stamp"
