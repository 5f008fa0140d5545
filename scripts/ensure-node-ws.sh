#!/usr/bin/env bash
# Installs the npm `ws` peer (scripts/node-ws, pinned) into DEST/node_modules; see ensure-npm.sh.
#   scripts/ensure-node-ws.sh net-native/target/node-ws
exec bash "$(dirname "$0")/ensure-npm.sh" node-ws ws "${1:?usage: ensure-node-ws.sh DEST}"
