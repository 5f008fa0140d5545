#!/usr/bin/env bash
# Installs the TypeScript compiler (scripts/node-ts, pinned) into DEST/node_modules for the JS
# package tests; see ensure-npm.sh.
#   scripts/ensure-node-ts.sh browser-tests/target/node-ts
exec bash "$(dirname "$0")/ensure-npm.sh" node-ts typescript "${1:?usage: ensure-node-ts.sh DEST}"
