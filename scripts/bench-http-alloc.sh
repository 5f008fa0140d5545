#!/usr/bin/env bash
# Bytes allocated per request by the Java servers of scripts/bench-http.sh: each server (pinned
# to CPU 0, wrk on CPU 1) is warmed up with wrk for WARM_SECS, then asked for the JVM's total
# allocated bytes (com.sun.management.ThreadMXBean.getTotalThreadAllocatedBytes: every platform
# thread, so the carriers of the virtual threads, live or ended), loaded for SECS, asked again; the
# difference over wrk's request count is the figure. Everything the process allocates counts
# (pollers, timers, the JIT's Java threads), not only the request path.
#   scripts/bench-http-alloc.sh
#   SERVERS="ceiling gonet" CONNS="64 256" SECS=10 scripts/bench-http-alloc.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
SECS="${SECS:-10}"
WARM_SECS="${WARM_SECS:-5}"
CONNS="${CONNS:-64 256}"
SERVERS="${SERVERS:-ceiling gonet}"
JAVA_OPTS="${JAVA_OPTS:-}"
bash "$root/scripts/ensure-apt.sh" wrk curl
source "$root/scripts/bench-common.sh"
bench_native_classpath
bench_java bench-http-alloc
work="$(mktemp -d /tmp/gonet-bench-alloc.XXXXXX)"
pid=""
cleanup() { exec 3>&- || true; [ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
echo "| server | conns | requests | bytes allocated | bytes/request |"
echo "|---|---:|---:|---:|---:|"
for s in $SERVERS; do
  mkfifo "$work/in-$s"
  taskset -c 0 "$java" -Xms512m -Xmx512m $JAVA_OPTS -cp "$cp" dev.gonet.jvm.bench.HelloServer "$s" 127.0.0.1:0 \
    <"$work/in-$s" >"$work/$s.out" 2>"$work/$s.err" &
  pid=$!
  exec 3>"$work/in-$s"
  for _ in $(seq 1 300); do grep -q '^LISTEN ' "$work/$s.out" && break; sleep 0.1; done
  a=$(sed -n 's/^LISTEN //p' "$work/$s.out")
  for c in $CONNS; do
    taskset -c 1 wrk -t1 -c"$c" -d"$WARM_SECS"s "http://$a/" >/dev/null 2>&1
    echo >&3; sleep 0.2
    b0=$(sed -n 's/^ALLOCATED //p' "$work/$s.out" | tail -1)
    taskset -c 1 wrk -t1 -c"$c" -d"$SECS"s "http://$a/" >"$work/wrk.txt" 2>&1
    echo >&3; sleep 0.2
    b1=$(sed -n 's/^ALLOCATED //p' "$work/$s.out" | tail -1)
    n=$(awk '/requests in/ {print $1}' "$work/wrk.txt")
    awk -v s="$s" -v c="$c" -v n="$n" -v b="$((b1 - b0))" 'BEGIN {printf "| %s | %s | %d | %.0f | %.0f |\n", s, c, n, b, b / n}'
  done
  exec 3>&-; wait "$pid" || true; pid=""
done
