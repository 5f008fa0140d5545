#!/usr/bin/env bash
# The WebSocket benchmarks of docs/benchmarks.md. Prints Markdown.
#
#   scripts/bench-ws.sh browser   In one headless Chromium page, echo throughput (64 KiB
#                                 messages, at most 1 MiB unanswered) and round-trip latency
#                                 (32-byte messages) against the demo server's /ws/echo, through
#                                 the raw JS WebSocket (anchor) and gonet's Conn in the JS and the
#                                 WASM-GC bundle (WsBrowserBench, bench-ws.html). About 4 minutes.
#   scripts/bench-ws.sh server    Messages/s of gonet's WebSocket.handler echo on gonet's Server
#                                 against the npm ws echo server, with the same npm ws load client
#                                 (CONNS connections, DEPTH messages of SIZE bytes unanswered each);
#                                 servers pinned to CPU 0, the client to CPU 1. About 3 minutes.
#   scripts/bench-ws.sh           both.
#
# Knobs: ROUNDS (5), browser: MILLIS per throughput run (3000), LAT_COUNT (2000); server: SECS (5),
# WARM_SECS (3), CONNS ("16 128"), DEPTH (8), SIZE (64), SERVERS ("gonet ws"), JAVA_OPTS,
# NICE (-10 as root, like bench-http.sh). GONET_BENCH_JAVA picks the JVM (else the newest JDK >= 21).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
MODES="${*:-browser server}"
ROUNDS="${ROUNDS:-5}"
JAVA_OPTS="${JAVA_OPTS:-}"
NICE="${NICE:--10}"
[ "$(id -u)" -eq 0 ] || NICE=0

source "$root/scripts/bench-common.sh"
bench_java bench-ws

machine() {
  jv=$("$java" -version 2>&1 | sed -n 's/.*Runtime Environment \(.*\) (build \([^)]*\)).*/\1 \2/p' | head -1)
  echo "Machine: $(nproc)-core $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1), $(free -g | awk '/^Mem:/ {print $2}') GiB,"
  echo "$(. /etc/os-release && echo "$PRETTY_NAME"), Linux $(uname -r); $jv; Node $(node --version), npm ws $(sed -n 's/.*"version": "\(.*\)".*/\1/p' "$modules/ws/package.json")$1."
}

modules="$root/net-native/target/node-ws/node_modules"
bash "$root/scripts/ensure-node-ws.sh" "$root/net-native/target/node-ws"

browser() {
  bash "$root/scripts/ensure-apt.sh" chromium
  # -Pbench adds the WsBenchMain bundles to browser-tests' test site; package puts the js-glue
  # bundles into the jars the demo server serves them from.
  (cd "$root" && mvn -B -q -Pbench -pl browser-tests -am package -DskipTests dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath)
  local bt="$root/browser-tests"
  local cp="$bt/target/test-classes:$bt/target/classes:$(cat "$bt/target/bench.classpath")"
  local load_before load_after chrome
  chrome=$(/usr/bin/chromium --version 2>/dev/null | head -1)
  load_before=$(cut -d' ' -f1-3 /proc/loadavg)
  out=$(PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 "$java" -Xmx512m $JAVA_OPTS -cp "$cp" \
    -Dgonet.testSite="$bt/target/test-site" -Dgonet.chromium=/usr/bin/chromium \
    -Drounds="$ROUNDS" -Dmillis="${MILLIS:-3000}" -DlatCount="${LAT_COUNT:-2000}" \
    dev.gonet.browsertest.WsBrowserBench)
  load_after=$(cut -d' ' -f1-3 /proc/loadavg)
  echo "### Browser: gonet's Conn against the raw JS WebSocket"
  echo
  machine "; $chrome (headless, Playwright 1.62.0), the demo server in the driving JVM (\`-Xmx512m\`)"
  echo "Measured $(date -u '+%Y-%m-%d at %H:%M UTC'); load average before $load_before, after $load_after."
  echo
  echo "$out"
  echo
}

server() {
  [ "$(nproc)" -ge 2 ] || { echo "bench-ws: needs 2 CPUs (server on 0, client on 1)" >&2; exit 1; }
  local SECS="${SECS:-5}" WARM_SECS="${WARM_SECS:-3}" CONNS="${CONNS:-16 128}" DEPTH="${DEPTH:-8}" SIZE="${SIZE:-64}"
  local SERVERS="${SERVERS:-gonet ws}"
  bench_native_classpath
  local work
  work="$(mktemp -d /tmp/gonet-bench-ws.XXXXXX)"
  pids=()
  trap 'exec 3>&- || true; for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "'"$work"'"' EXIT
  mkfifo "$work/hold"
  exec 3<>"$work/hold"
  declare -A addr
  for s in $SERVERS; do
    case $s in
      gonet) cmd=("$java" -Xms512m -Xmx512m $JAVA_OPTS -cp "$cp" dev.gonet.jvm.bench.WsEchoServer 127.0.0.1:0 "$SIZE") ;;
      ws) cmd=(env NODE_PATH="$modules" node "$root/scripts/node-ws/ws-load.cjs" echo-server 127.0.0.1:0) ;;
      *) echo "bench-ws: unknown server $s" >&2; exit 1 ;;
    esac
    nice -n "$NICE" taskset -c 0 "${cmd[@]}" <"$work/hold" >"$work/$s.out" 2>"$work/$s.err" &
    pids+=($!)
    for _ in $(seq 1 300); do grep -q '^LISTEN ' "$work/$s.out" && break; sleep 0.1; done
    addr[$s]=$(sed -n 's/^LISTEN //p' "$work/$s.out" | head -1)
    [ -n "${addr[$s]}" ] || { echo "bench-ws: $s did not start: $(cat "$work/$s.err")" >&2; exit 1; }
  done
  run() { # server conns secs -> "msgs N secs T bytes B"
    NODE_PATH="$modules" nice -n "$NICE" taskset -c 1 node "$root/scripts/node-ws/ws-load.cjs" load \
      "ws://${addr[$1]}/" "$2" "$DEPTH" "$SIZE" "$3"
  }
  for s in $SERVERS; do run "$s" 128 "$WARM_SECS" >/dev/null; done # JIT, virtual threads, buffers
  local load_before load_after
  load_before=$(cut -d' ' -f1-3 /proc/loadavg)
  for r in $(seq 1 "$ROUNDS"); do
    for c in $CONNS; do
      for s in $SERVERS; do
        line=$(run "$s" "$c" "$SECS")
        echo "$s $c $line" >>"$work/results"
        echo "round $r $s conns $c: $line" >&2
      done
    done
  done
  load_after=$(cut -d' ' -f1-3 /proc/loadavg)
  echo "### Server: messages/s of gonet's WebSocket.handler against the npm ws server"
  echo
  machine " (\`-Xms512m -Xmx512m${JAVA_OPTS:+ $JAVA_OPTS}\` on one CPU: SerialGC, one carrier thread)"
  echo "Measured $(date -u '+%Y-%m-%d at %H:%M UTC'), servers on CPU 0 and the client on CPU 1 at nice $NICE; load average before $load_before, after $load_after."
  echo
  echo "| server (echo) | conns × depth | msg size | messages/s | vs npm ws | each round | echo messages per message sent |"
  echo "|---|---:|---:|---:|---:|---|---:|"
  median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
  for c in $CONNS; do
    ws_rate=""
    if [[ " $SERVERS " == *" ws "* ]]; then
      ws_rate=$(awk -v c="$c" '$1 == "ws" && $2 == c { print $4 / $6 }' "$work/results" | median)
    fi
    for s in $SERVERS; do
      rates=$(awk -v s="$s" -v c="$c" '$1 == s && $2 == c { printf "%.0f\n", $4 / $6 }' "$work/results")
      m=$(echo "$rates" | median)
      label=$([ "$s" = gonet ] && echo "gonet \`WebSocket.handler\` on \`Server\`, virtual threads" || echo "npm ws $(sed -n 's/.*"version": "\(.*\)".*/\1/p' "$modules/ws/package.json") \`WebSocketServer\` (anchor)")
      vs=$([ -n "$ws_rate" ] && awk -v a="$m" -v b="$ws_rate" 'BEGIN { printf "%.2f×", a / b }' || echo "")
      frames=$(awk -v s="$s" -v c="$c" '$1 == s && $2 == c { f += $10; m += $4 } END { printf "%.2f", f / m }' "$work/results")
      printf "| %s | %s × %s | %s B | %.0f | %s | %s | %s |\n" "$label" "$c" "$DEPTH" "$SIZE" "$m" "$vs" "$(echo "$rates" | paste -sd, | sed 's/,/, /g')" "$frames"
    done
  done
  echo
}

for m in $MODES; do
  case $m in
    browser) browser ;;
    server) server ;;
    *) echo "bench-ws: unknown mode $m (browser, server)" >&2; exit 1 ;;
  esac
done
