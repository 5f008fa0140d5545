#!/usr/bin/env bash
# The socket benchmark of docs/benchmarks.md: loopback TCP throughput (gonet, raw NIO, Go 1.19,
# iperf3) and echo latency (gonet, gonet vs Go, Go vs Go, raw NIO), one run, one machine,
# the idle CPU of an echo server (gonet vs Go, 100 idle connections and one round trip every 10 ms),
# printed as Markdown with the machine's description. Takes about 9 minutes.
#   scripts/bench-sockets.sh                    everything
#   scripts/bench-sockets.sh -Dgonet.bench.only=latency,idle -Dgonet.bench.sizes=1   (any JVM -D;
#       only: a comma list of throughput, latency, idle; see SocketBench for the others)
#   PINNED=0 scripts/bench-sockets.sh ...       without the second latency run on one CPU
# GONET_BENCH_JAVA=/path/to/java picks the JVM; otherwise the newest JDK >= 21 in /usr/lib/jvm.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/scripts/ensure-apt.sh" golang-1.19-go iperf3

# Test classes hold the benchmark (it is a main, never run by surefire).
source "$root/scripts/bench-common.sh"
bench_native_classpath
bench_java bench-sockets

cd "$root"
# Bounded: a JVM that overruns is killed, so a hung run cannot hold the machine.
rc=0
timeout 900 "$java" -Xms512m -Xmx512m "$@" -cp "$cp" dev.gonet.jvm.bench.SocketBench || rc=$?
# Latency once more with every thread of every process on one CPU: a round trip then costs
# context switches only, not the wake-up of an idle CPU (tens of µs on a VM), which is the part
# of the first table that depends most on the machine. Go's peers inherit the affinity.
[ "${PINNED:-1}" = 0 ] && exit $rc
timeout 300 taskset -c 0 "$java" -Xms512m -Xmx512m "$@" -Dgonet.bench.only=latency -Dgonet.bench.sizes=1 -Dgonet.bench.nomachine=true \
  "-Dgonet.bench.note=, every process on one CPU (taskset -c 0)" -cp "$cp" dev.gonet.jvm.bench.SocketBench || rc=$?
exit $rc
