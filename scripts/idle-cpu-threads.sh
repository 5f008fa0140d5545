#!/usr/bin/env bash
# Where an idle echo server's CPU goes, thread by thread: the per-thread companion of the idle-CPU
# part of scripts/bench-sockets.sh (docs/benchmarks.md, "Idle CPU"). Starts one server (gonet's
# EchoServer, the JDK's RawEchoServer, or Go's stream-echo-server), warms it up as the benchmark
# does (20,000 round trips, then 3 s of one every 300 µs with 300 connections open, so that the
# per-connection loop is compiled at entry), puts the idle load on it (100 idle connections, one
# 1-byte round trip every 300 µs for 3 s, so that what the connections' coming and going threw
# out of compiled code is compiled again, then one every 10 ms for 10 s measured; see
# IdleCpu.WARM_TICK) and prints each thread's CPU over 9.5 s of the measured 10 s from
# /proc/PID/task/TID/schedstat (the scheduler's own run time, in ns) with its voluntary context
# switches (wake-ups), then the total. About 25 s. JVM flags reach gonet's or the JDK's server;
# -Dgonet.bench.echoPlatform=true gives gonet's a platform thread per connection.
# PROFILE=1 also records the measured seconds with perf (cpu-clock at 10 kHz, call graphs; a JVM
# with frame pointers and its JIT's symbol map) and prints where each busy thread's samples went
# (scripts/perf-categories.awk). Profiling costs CPU itself: read the shares, not the ms/s then.
#   [PROFILE=1] scripts/idle-cpu-threads.sh [gonet|raw|go] [JVM flags...]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
who="${1:-gonet}"; shift || true
bash "$root/scripts/ensure-apt.sh" golang-1.19-go
profile="${PROFILE:-0}"
jvmprof=()
if [ "$profile" = 1 ]; then
  bash "$root/scripts/ensure-apt.sh" linux-perf
  jvmprof=(-XX:+UnlockDiagnosticVMOptions -XX:+DumpPerfMapAtExit -XX:+PreserveFramePointer)
fi
source "$root/scripts/bench-common.sh"
bench_native_classpath
bench_java idle-cpu-threads
bench_go peer
peer="$go_bin"

work="$(mktemp -d /tmp/gonet-idle-threads.XXXXXX)"
mkfifo "$work/hold"
case $who in
  gonet) srv=("$java" -Xms512m -Xmx512m "${jvmprof[@]}" "$@" -cp "$cp" dev.gonet.jvm.bench.EchoServer) ;;
  raw) srv=("$java" -Xms512m -Xmx512m "${jvmprof[@]}" "$@" -cp "$cp" dev.gonet.jvm.bench.RawEchoServer) ;;
  go) srv=("$peer" stream-echo-server -addr) ;;
  *) echo "idle-cpu-threads: unknown server $who" >&2; exit 1 ;;
esac
"${srv[@]}" 127.0.0.1:0 <"$work/hold" >"$work/srv.out" &
pid=$!
exec 3>"$work/hold"
trap 'exec 3>&- || true; kill $pid 2>/dev/null || true; rm -rf "$work" "/tmp/perf-$pid.map"' EXIT
for _ in $(seq 1 300); do grep -q '^LISTEN ' "$work/srv.out" && break; sleep 0.1; done
addr=$(sed -n 's/^LISTEN //p' "$work/srv.out")
"$peer" pingpong -addr "$addr" -n 20000 -warm 0 -size 1 >/dev/null
"$peer" idle-client -addr "$addr" -conns 300 -tick 300us -warmsecs 0 -secs 3 >/dev/null
"$peer" idle-client -addr "$addr" -conns 100 -tick 10ms -warmtick 300us -warmsecs 3 -secs 10 >"$work/cli.out" &
cli=$!
for _ in $(seq 1 300); do grep -q READY "$work/cli.out" && break; sleep 0.1; done
bench_threads $pid >"$work/a"; t0=$(date +%s.%N)
if [ "$profile" = 1 ]; then
  perf record -q -e cpu-clock -F 10000 -g -p $pid -o "$work/perf.data" -- sleep 9 >/dev/null 2>&1 &
  rec=$!
fi
# The second reading comes just before the client's 10 s end: a platform thread per connection
# (-Dgonet.bench.echoPlatform=true) exits when its connection closes, taking its CPU time along.
sleep 9.5
bench_threads $pid >"$work/b"; t1=$(date +%s.%N)
wait $cli
if [ "$profile" = 1 ]; then
  wait $rec
  exec 3>&-; wait $pid || true # a JVM writes its symbol map at exit
  echo "$who: where each thread's perf samples went (9 s):"
  perf script -i "$work/perf.data" 2>/dev/null | awk -f "$root/scripts/perf-categories.awk" | sort -k1,1n -k3,3nr
fi
echo "$who: tick round trip p50/p99 (ns) and count: $(tail -1 "$work/cli.out")"
join -a2 -e0 -o 0,1.2,1.4,2.3,2.2,2.4 "$work/a" "$work/b" | awk -v t0="$t0" -v t1="$t1" '
  BEGIN { d = t1 - t0 }
  { c = $5 - $2; tot += c; if (c > 0) printf "%8.2f ms/s  %6.0f wake-ups/s  %s\n", c / 1000 / d, ($6 - $3) / d, $4 }
  END { printf "%8.2f ms/s  total over %.1f s\n", tot / 1000 / d, d }' | sort -rn
