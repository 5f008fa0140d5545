#!/usr/bin/env bash
# The bundle-size benchmark of docs/benchmarks.md: raw and gzip -9 sizes of the library bundles
# js-glue builds, next to the anchor: the same functions compiled by Go 1.19 for the browser
# (GOOS=js GOARCH=wasm, plus the wasm_exec.js it needs).
#   scripts/bundle-sizes.sh            builds js-glue, then measures
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
(cd "$root" && mvn -B -q -pl js-glue -am package -DskipTests)
bash "$root/scripts/ensure-apt.sh" golang-1.19-go
dir="$root/js-glue/target/bundles/gonet"
work="$root/target/bench/go-wasm-anchor"
mkdir -p "$work"
GO=/usr/lib/go-1.19/bin/go
(cd "$root/scripts/bench/go-wasm-anchor" && GOOS=js GOARCH=wasm GO111MODULE=off CGO_ENABLED=0 \
  GOCACHE="$work/cache" GOPATH="$work/gopath" HOME="$work" \
  "$GO" build -trimpath -ldflags="-s -w" -o "$work/anchor.wasm" main.go)

row() { # label file
  printf '| %s | %d | %d |\n' "$1" "$(stat -c %s "$2")" "$(gzip -9 -c "$2" | wc -c)"
}
printf '| file | raw bytes | gzip -9 bytes |\n|---|---:|---:|\n'
row '`gonet.mjs` (loader for either bundle)' "$dir/gonet.mjs"
row '`js/gonet.js` (JS bundle)' "$dir/js/gonet.js"
row '`wasm-gc/gonet.wasm` (WASM-GC bundle)' "$dir/wasm-gc/gonet.wasm"
row '`wasm-gc/gonet.wasm-runtime.js` (TeaVM loader)' "$dir/wasm-gc/gonet.wasm-runtime.js"
row 'anchor: Go 1.19 `GOOS=js` wasm, same functions' "$work/anchor.wasm"
row 'anchor: Go 1.19 `wasm_exec.js`' "$(dirname "$GO")/../misc/wasm/wasm_exec.js"
