#!/usr/bin/env bash
# Prints raw and gzip -9 sizes of the library bundles js-glue builds (run `mvn -pl js-glue -am
# package -DskipTests` first). Output is the Markdown table docs/benchmarks.md carries.
set -euo pipefail
dir="$(cd "$(dirname "$0")/.." && pwd)/js-glue/target/bundles/gonet"
[ -d "$dir" ] || { echo "no bundles in $dir: build js-glue first" >&2; exit 1; }
printf '| file | raw bytes | gzip -9 bytes |\n|---|---:|---:|\n'
for f in gonet.mjs js/gonet.js wasm-gc/gonet.wasm wasm-gc/gonet.wasm-runtime.js; do
  raw=$(stat -c %s "$dir/$f")
  gz=$(gzip -9 -c "$dir/$f" | wc -c)
  printf '| `%s` | %d | %d |\n' "$f" "$raw" "$gz"
done
