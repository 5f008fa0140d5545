#!/usr/bin/env bash
# What a nearly idle HTTP/1.1 server burns: gonet's Server (dev.gonet.jvm.bench.HelloServer gonet,
# as in bench-http.sh) next to Go 1.19 net/http (src/test/go/httppeer hello-server), the HTTP
# companion of the idle-CPU part of scripts/bench-sockets.sh (docs/benchmarks.md). Each round
# starts a fresh server of each kind, unpinned, and
#   1. warms it up: 64 keep-alive connections sending requests for 3 s, then 3 s of one request
#      every 300 µs with 300 connections open (so that the per-connection code is compiled),
#   2. holds 100 keep-alive connections, the first of which asks for "/" every 300 µs for 3 s (so
#      that what the connections' coming and going threw out of compiled code is compiled again;
#      see IdleCpu.WARM_TICK), then every 10 ms for 10 s measured,
#   3. prints the server's CPU over the measured window from /proc/PID/task/TID/schedstat (ms per
#      second), its voluntary context switches (thread wake-ups per second) and the request's
#      round trip p50 as the client saw it.
# Prints Markdown: a row per round and server, then the medians. About 45 s a round.
#   scripts/http-idle-cpu.sh
#   ROUNDS=5 SERVERS="gonet go" scripts/http-idle-cpu.sh [JVM flags...]
# GONET_BENCH_JAVA=/path/to/java picks the JVM; otherwise the newest JDK >= 21 in /usr/lib/jvm.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
ROUNDS="${ROUNDS:-5}"
SERVERS="${SERVERS:-gonet go}"
bash "$root/scripts/ensure-apt.sh" golang-1.19-go
source "$root/scripts/bench-common.sh"
bench_native_classpath
bench_java http-idle-cpu
bench_go httppeer
peer="$go_bin"
work="$(mktemp -d /tmp/gonet-http-idle.XXXXXX)"
pid=
trap 'exec 3>&- 2>/dev/null || true; [ -z "$pid" ] || kill $pid 2>/dev/null || true; rm -rf "$work"' EXIT

# Run time (µs) and wake-ups of every thread of $pid, summed: "µs wakeups".
snap() {
  bench_threads $pid | awk '{ us += $2; w += $4 } END { print us + 0, w + 0 }'
}

# One round of one server: prints "ms/s wakeups/s p50µs".
round() {
  local who=$1; shift
  rm -f "$work/hold" && mkfifo "$work/hold"
  case $who in
    gonet) "$java" -Xms512m -Xmx512m "$@" -cp "$cp" dev.gonet.jvm.bench.HelloServer gonet 127.0.0.1:0 \
      <"$work/hold" >"$work/srv.out" 2>"$work/srv.err" & ;;
    go) "$peer" hello-server -addr 127.0.0.1:0 <"$work/hold" >"$work/srv.out" 2>"$work/srv.err" & ;;
    *) echo "http-idle-cpu: unknown server $who" >&2; exit 1 ;;
  esac
  pid=$!
  exec 3>"$work/hold"
  for _ in $(seq 1 300); do grep -q '^LISTEN ' "$work/srv.out" && break; sleep 0.1; done
  local addr; addr=$(sed -n 's/^LISTEN //p' "$work/srv.out")
  [ -n "$addr" ] || { echo "http-idle-cpu: $who did not start: $(cat "$work/srv.err")" >&2; exit 1; }
  "$peer" idle-client -addr "$addr" -warm 3s >/dev/null
  "$peer" idle-client -addr "$addr" -conns 300 -tick 300us -warmfor 0 -tickfor 3s >/dev/null
  "$peer" idle-client -addr "$addr" -conns 100 -tick 10ms -warmtick 300us -warmfor 3s -tickfor 10s >"$work/cli.out" &
  local cli=$!
  for _ in $(seq 1 300); do grep -q READY "$work/cli.out" && break; sleep 0.1; done
  local a t0 b t1
  a=$(snap); t0=$(date +%s.%N)
  wait $cli
  b=$(snap); t1=$(date +%s.%N)
  exec 3>&-
  wait $pid 2>/dev/null || true
  pid=
  local ok; ok=$(grep '^OK ' "$work/cli.out")
  awk -v a="$a" -v b="$b" -v t0="$t0" -v t1="$t1" -v ok="$ok" 'BEGIN {
    d = t1 - t0; split(a, x, " "); split(b, y, " "); split(ok, o, " ")
    printf "%.1f %.0f %.0f\n", (y[1] - x[1]) / 1000 / d, (y[2] - x[2]) / d, o[2] / 1000 }'
}

echo "| round | server | CPU ms/s | wake-ups/s | request p50 µs |"
echo "|---:|---|---:|---:|---:|"
for r in $(seq 1 "$ROUNDS"); do
  for who in $SERVERS; do
    res=$(round "$who" "$@")
    echo "$who $res" >>"$work/all"
    echo "| $r | $who | ${res// / | } |"
  done
done
echo
echo "| server | median CPU ms/s | median wake-ups/s | median p50 µs |"
echo "|---|---:|---:|---:|"
for who in $SERVERS; do
  med() { grep "^$who " "$work/all" | awk -v c="$1" '{print $c}' | sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }
  echo "| $who | $(med 2) | $(med 3) | $(med 4) |"
done
