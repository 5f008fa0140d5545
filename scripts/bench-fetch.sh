#!/usr/bin/env bash
# The fetch and DoH benchmarks of docs/benchmarks.md. Prints Markdown.
#
# In one headless Chromium page (bench-fetch.html), against the demo server on loopback in the
# driving JVM: the same request loops through raw fetch() (the anchor) and through gonet's Client
# on the browser's fetch transport in the JS and the WASM-GC bundle (FetchBenchMain): small
# answers (latency per request) and a 10 MiB body read as a stream; then DoH lookups through
# gonet's DoHResolver against a raw fetch() of the same query (cache miss), and cached lookups.
# About 5 minutes.
#
# Knobs: ROUNDS (5), SMALL_COUNT (500), LARGE_COUNT (8), JAVA_OPTS. GONET_BENCH_JAVA picks the
# JVM (else the newest JDK >= 21).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
ROUNDS="${ROUNDS:-5}"
JAVA_OPTS="${JAVA_OPTS:-}"

source "$root/scripts/bench-common.sh"
bench_java bench-fetch

bash "$root/scripts/ensure-apt.sh" chromium
# -Pbench adds the benchmark bundles to browser-tests' test site; package puts the js-glue
# bundles into the jars the demo server serves them from.
(cd "$root" && mvn -B -q -Pbench -pl browser-tests -am package -DskipTests dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath)
bt="$root/browser-tests"
cp="$bt/target/test-classes:$bt/target/classes:$(cat "$bt/target/bench.classpath")"
jv=$("$java" -version 2>&1 | sed -n 's/.*Runtime Environment \(.*\) (build \([^)]*\)).*/\1 \2/p' | head -1)
chrome=$(/usr/bin/chromium --version 2>/dev/null | head -1)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
out=$(PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 "$java" -Xmx1g $JAVA_OPTS -cp "$cp" \
  -Dgonet.testSite="$bt/target/test-site" -Dgonet.chromium=/usr/bin/chromium \
  -Drounds="$ROUNDS" -DsmallCount="${SMALL_COUNT:-500}" -DlargeCount="${LARGE_COUNT:-8}" \
  dev.gonet.browsertest.FetchBrowserBench)
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
echo "### Browser: gonet's fetch transport and DoH resolver against raw fetch()"
echo
echo "Machine: $(nproc)-core $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1), $(free -g | awk '/^Mem:/ {print $2}') GiB,"
echo "$(. /etc/os-release && echo "$PRETTY_NAME"), Linux $(uname -r); $jv; $chrome (headless, Playwright 1.62.0), the demo server in the driving JVM (\`-Xmx1g\`)."
echo "Measured $(date -u '+%Y-%m-%d at %H:%M UTC'); load average before $load_before, after $load_after."
echo
echo "$out"
